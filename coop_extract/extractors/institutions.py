"""Named organisations: capitalised phrases with an organisation head noun, acronyms in
parentheses, well-known institutions from ``institutions.jsonl``, and companies named in
company context ("firms including XtalPi", "companies such as Walmart and Ping An")."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from .. import recache, resources
from ..extensions import add_fact, text_of
from ..normalize import MONTH_RE
from ..textutil import OF_THE, WORD, trie_regex
from ..truecase import third_person_verbs
from .cities import gazetteer

# a numbered school or hospital names its number: "Guangzhou No. 2 Middle School"
# (a plural's possessive stop is no part of the word: "Panasonic Holdings' headquarters";
# but before a members' body's head it is: "the Chinese Manufacturers' Association", "the
# ... Importers' and Exporters' Association")
_CAP = (
    r"(?:No\.[^\S\n]?\d+\b(?!\.\d)|[A-Z][\w'’.&–-]*(?:[\w&]|['’](?=\w)"
    r"|(?<=s)['’](?=[^\S\n](?:(?:and|&)[^\S\n][A-Z][\w-]*s['’][^\S\n])?"
    r"(?:Association|Union|Federation|Council|Club|Society|Alliance|Fund)\b))"
    r"|[A-Z]|\d+(?:st|nd|rd|th))"
)
# "(Region)", "(Chongqing)" inside a name; a longer bracketed region, or a region's code,
# only before a company's suffix ("Rheinmetall Trading (Hong Kong) Ltd", "X Capital (HK)
# Limited"; "... Countries (Forum Macao)" is an alias, "Macao Trade Fair (MIF)" an acronym);
# a place of two words, "(Hong Kong)", also before the name's next words, after a place
# ("Xuancheng (Hong Kong) Culture and Tourism Investment Forum")
# (a company's suffix next: "Ltd", "Limited", "Holdings")
_SUFFIX_NEXT = (
    r"[^\S\n]+(?:Ltd|Limited|Co\b|Company|Corporation|Holdings|Inc\b|Pte|GmbH|Bhd|LLC|Plc)"
)
_PAREN = (
    r"\((?:[A-Z][a-z]+)\)"
    rf"|\((?:[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){{1,2}}|[A-Z]{{2,3}})\)(?={_SUFFIX_NEXT})"
    r"|(?<=[a-z][^\S\n])\((?:[A-Z][a-z]+[^\S\n][A-Z][a-z]+)\)(?=[^\S\n]+[A-Z])"
)
_CONN = r"(?:of|and|for|the|in|on|&|de|du|da|do|dos|das|e|between)"  # (Portuguese: "do", "e")
_SP = r"[^\S\n]+"  # spaces, never a line break: headlines and bylines stay apart
# between the words of a name: one space, never a tab or a run of spaces (a table's or a
# programme's column gap: "Afternoon    Depart Macao International Airport")
_GAP = r"[^\S\n\t](?![^\S\n])"
# (a name may run over a line break after "of" or "for", which end no name: "the Chengdu
# Bureau of" / "   Commerce", a table's cell run on)
_WRAP = r"(?:of|for)[^\S\n]*\n[ \t]*(?=[A-Z])"
# (never from a floor's "F": "22/F United Centre")
_SEQ = recache.compile(
    rf"(?<!\d/){_CAP}(?:{_GAP}(?:(?:{_CONN}){_GAP}|{_WRAP}){{0,2}}(?:{_CAP}|{_PAREN}))*"
)
# The longest names seen run to about 15 words ("Southern Bureau of the Central Committee of
# the Communist Party of China"); longer capitalised runs are lists or headlines.
MAX_NAME_WORDS = 30
MAX_NAME_CHARS = 600
_MONTH = recache.compile(MONTH_RE)
_WHEN = recache.compile(
    rf"{MONTH_RE}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Yesterday|Today|Tomorrow"
)
_TITLE_CASE = recache.compile(r"[A-Z][a-z]+")
# the small words a title-case headline capitalises that no name holds
_HEADLINE_LINKS = frozenset({"With", "From", "At", "Into", "Via", "Amid", "To", "As", "Vs"})
_ACRONYM_AFTER = recache.compile(r"(?:\.[ \t]*|\s*)\((?P<acr>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)")
_OWNER_ACRONYM = recache.compile(r"[A-Z]{2,6}")
_ORDINAL = recache.compile(r"\d+(?:st|nd|rd|th)")  # "the 26th Joint Steering Council [meeting]"
_CO_LTD = recache.compile(r"\.?,[^\S\n]*(?:Ltd\.?|Limited|Inc\.?)")
_LISTED = recache.compile(
    rf"\b[\w-]+-(?:listed|based|headquartered){_SP}(?P<name>{_CAP}(?:{_SP}(?:&{_SP})?{_CAP})*)"
)
# A filing's defined term right after a name, perhaps after its city: '(the "Nansha
# Government")', ', Guangzhou ("NSG")', '("the Guangzhou Bureau")'
_DEFINED_AFTER = recache.compile(
    r"(?:,[^\S\n]*[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})?[^\S\n]*"
    r"\((?:the[^\S\n]+|hereinafter[^\S\n]+(?:referred[^\S\n]+to[^\S\n]+as[^\S\n]+)?)?"
    r"[\"“](?:the[^\S\n]+)?(?P<term>[A-Z][\w'’&.-]*(?:[^\S\n]+[\w'’&.-]+){0,5})[\"”]\)"
)
_AMOUNT_BEFORE = recache.compile(r"\d[^\S\n]*$")
_TO_BEFORE = recache.compile(r"\bto[^\S\n]$")
_NEXT_WORD = recache.compile(r"[^\S\n]+([a-z]+)")
_ABBREVIATED = recache.compile(r"\b(?:Co|Corp|Inc|Ltd|Bhd|Pte|Plc)$")
_RANKS = frozenset({"vice", "deputy", "assistant", "executive", "chief", "senior"})
_SITE_WORDS = frozenset({"Zone", "District", "Park", "Area", "Campus", "Port"})
_PLACE_NOUN = recache.compile(
    r"[^\S\n]+(?:district|county|city|province|municipality|new\s+area|area|town|village)\b"
)


_CAP_WORDS_BEFORE = recache.compile(r"(?:(?<=\s)|(?<=^)|(?<=\())((?:[A-Z][\w'’-]*[^\S\n]+){1,3})$")


def _home_place_start(text: str, start: int) -> int:
    """Where a known body's name starts once the place written before it joins: "the Macao
    Statistics and Census Service" names the body the gazetteer lists as "Statistics and
    Census Service". Else ``start``."""
    if start < 2 or text[start - 1] not in " \t":
        return start
    # (the word before, past a line break too: "... note.\n\nMacao Statistics ...")
    before = text[max(0, start - 41) : start - 1].split()
    if not before or not before[-1][:1].isupper():
        return start  # most known names follow "the", "of", "and": no place before them
    m = _CAP_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return start
    forms = gazetteer()[1]
    lead = text[start : start + 40].split()[:3]
    if any(" ".join(lead[:k]) in forms for k in (1, 2, 3)):
        return start  # "Shenzhen Hong Kong Trade Development Council": the name has a place
    for w in WORD.finditer(text, m.start(1), start):  # the longest place ending at the name
        if " ".join(text[w.start() : start].split()) in forms:
            return w.start()
    return start


@cache
def _vocab() -> dict:
    data = resources.org_heads()
    final = {h: kind for kind, words in data["final_heads"].items() for h in words}
    heads = {h: kind for kind, words in data["heads"].items() for h in words} | final
    leading = {h: kind for kind, words in data["leading_heads"].items() for h in words}
    return {
        "heads": heads,
        "final_heads": set(final),
        "place_final_not": frozenset(data["place_final_not"]),
        "head_tails": frozenset(data["head_tails"]),
        "place_brands": {w: kind for kind, words in data["place_brands"].items() for w in words},
        "not": [n.lower() for n in data["not_institutions"]],
        # a capitalised run closed by one of these names a document or a site, not a body
        "not_body_closers": set(data["document_words"]) | set(data["facility_words"]),
        "area_words": frozenset(data["area_words"]),
        "defined_generic": set(data["defined_generic"]),
        "occasions": set(data["occasions"]),
        "body_works": frozenset(data["body_works"]),
        "exchange_kinds": set(data["exchange_kinds"]),
        "venue_heads": set(data["venue_heads"]),
        "seat_unit_ends": {unit.split()[-1] for unit in data["seat_units"]},
        "branch_units": frozenset(data["branch_units"]),
        "seated_away_heads": frozenset(data["seated_away_heads"]),
        "place_owned": frozenset(data["place_owned"]),
        "event_nouns": set(resources.event_triggers()["nouns"]["conference"]),
        # a trip's one-word nouns: "... Chamber of Commerce Mission to Nansha" is the
        # chamber's trip, not a body of its own
        "trip_nouns": frozenset(
            w for w in resources.event_triggers()["nouns"]["visit"] if " " not in w
        ),
        "lead_stop": set(data["lead_stop"]),
        "generic_leads": frozenset(data["generic_leads"]),
        "creation_verbs": set(data["creation_verbs"]),
        # a works contract's or a document's title word before "of": "Construction of the
        # ... Centre", "Charter of the ... Alliance" (the body is what follows)
        # (and a party's: "Delegation of the ... Government")
        "title_of": frozenset(data["lead_works"])
        | frozenset(data["lead_documents"])
        | frozenset(data["lead_parties"]),
        "titles": {t.lower() for words in resources.titles()["heads"].values() for t in words},
        "organs": {o.lower() for o in resources.titles()["organs"]},
        # an organ, "of" and the body it belongs to
        "organ_of": recache.compile(
            rf"(?:{trie_regex(resources.titles()['organs'])})[^\S\n]+of[^\S\n]+"
        ),
        "title_starts": {
            t.lower().split()[0] for words in resources.titles()["heads"].values() for t in words
        },
        "portfolio_words": {w.lower() for w in resources.titles()["portfolio_words"]},
        "title_words": {
            t.lower()
            for words in resources.titles()["heads"].values()
            for t in words
            if " " not in t
        }
        | {"vice", "assistant"},
        "work_words": frozenset(data["work_words"]),
        # scale and currency words: after a number they are an amount ("5 Billion Yuan"); a
        # currency named in words is one whole ("12 Hong Kong Dollar ...", never the stand
        # number before "Hong Kong Design Centre")
        "amount_words": set(resources.numbers()["scales"])
        | {n for n in resources.currencies()["names"] if " " not in n},
        "amount_phrases": tuple(f"{n} " for n in resources.currencies()["names"] if " " in n),
        "company_cues": data["company_cues"],
        "stake_cues": data["stake_cues"],
        "market_moves": data["market_moves"],
        "market_measures": frozenset(data["market_measures"]),
        "list_cues": data["list_cues"],
        # Any head noun anywhere (a superset of what _head_kind accepts): capitalised runs
        # without one are skipped before they are cut into words.
        "any_head": recache.compile(trie_regex({**heads, **leading})),
        "leading_heads": leading,
    }


@cache
def _known_forms() -> tuple[re.Pattern[str], dict]:
    """One case-sensitive pattern for every well-known name, alias and acronym (a name may
    run over a line break: a signature's "Macao Trade and Investment" / "Promotion
    Institute")."""
    by_form = {}
    for entry in resources.known_institutions():
        for written in entry.forms:
            for form in (written, written.replace("'", "’")):
                by_form.setdefault(form, entry)
    space = r"(?: |[ \t]*\n[ \t]*)"
    return recache.compile(trie_regex(by_form, space=space) + r"(?![\w-])"), by_form


@cache
def _place_brand() -> re.Pattern[str]:
    return recache.compile(
        rf"\b(?P<brand>{trie_regex(sorted(_vocab()['place_brands']))}){_SP}"
        rf"(?P<place>[A-Z][\w'’-]*(?:{_SP}[A-Z][\w'’-]*){{0,2}}?)(?![\w'’-]|{_SP}[A-Z])"
    )


def _brand_at(text: str, pos: int) -> int | None:
    """Where a place-brand name that starts at ``pos`` ends; None when none starts there."""
    m = _place_brand().match(text, pos)
    return _brand_end(text, m) if m else None


def _brand_end(text: str, m: re.Match[str]) -> int | None:
    """Where a place-brand name ends: after the shortest run of its words that is a place
    ("Invest Hong Kong", also in "Invest Hong Kong SAR"); None when none is."""
    for w in WORD.finditer(text, m.start("place"), m.end("place")):
        if text[m.start("place") : w.end()] in gazetteer()[1]:
            return w.end()
    return None


# a word before "of" or "for" and what follows ("Laboratory of Internet of Things for
# Smart City": the head may stand before any of them)
_OF_TAIL = recache.compile(r"(?<!\S)(\S+)\s+(?=(?:of|for)\s+(?:the\s+)?\S)")


def _field_tail(name: str) -> bool:
    """Does ``name`` end in a field after its head ('Institute of Public Policy', 'Office
    of the Greater Bay Area'), or in a tail of its head ('Shenzhen Customs District'), not
    in a plan or a place ('Outline Development Plan', 'Nanshan District')?"""
    words = name.split()
    if len(words) >= 3 and words[-1] in _vocab()["head_tails"] and _head_kind(words[-2]):
        return True
    return any(_head_kind(m.group(1)) is not None for m in _OF_TAIL.finditer(name))


@cache
def _place_firsts() -> frozenset[str]:
    """The first words of the place names: a run that opens with none holds no place."""
    return frozenset(form.split()[0] for form in gazetteer()[1] if form.strip())


def _after_place(text: str, words: list[tuple[int, int]], vocab: dict) -> list[tuple[int, int]]:
    """Drop a place that opens a run when what follows is no name of it: "in Macao for the
    ... Forum" (what it is there for), "Hong Kong Chief Secretary for Administration" (its
    post)."""
    forms = gazetteer()[1]
    for k in (1, 2, 3):
        if k < len(words) and text[words[k][0] : words[k][1]] in ("for", "in"):
            if " ".join(text[a:b] for a, b in words[:k]) in forms:
                return words[k + 1 :]
            break
    for k in range(1, min(4, len(words))):
        first = text[words[k][0] : words[k][1]].lower()
        if first not in vocab["title_starts"]:
            continue  # most places are followed by the rest of a name ("Hong Kong Trade ...")
        post = " ".join(text[a:b] for a, b in words[k : k + 2]).lower()
        if (
            post in vocab["titles"] or (first in vocab["titles"] and first not in _RANKS)
        ) and " ".join(text[a:b] for a, b in words[:k]) in forms:
            return words[k:]
    return words


def _closes_name(text: str, part: list[tuple[int, int]], k: int) -> bool:
    """Is word ``k`` a final head where it stands: the name's last word, not after 'of' or
    'for' ('Tasca Robotics', but 'Joint Laboratory for Marine Robotics' is a laboratory),
    or before the last only when that is a head's tail ('Guangdong People's Publishing
    House')?"""
    if k != len(part) - 1 and not (
        k == len(part) - 2 and text[slice(*part[k + 1])] in _vocab()["head_tails"]
    ):
        return False
    if (
        k
        and text[slice(*part[k])] in _vocab()["place_final_not"]
        and _ends_in_place(text, part[:k])
    ):
        return False  # "Zhaoqing Courts Macao Capital": a place's money, no firm
    if _NAME_LIST_ON.match(text, part[k][1]):
        return False  # "the Asian Logistics, Maritime and Aviation Conference": one of the
        # fields a longer name lists
    # ("Guangdong Radio and Television": two final heads joined by "and" close one name)
    paired = (
        k >= 2
        and text[slice(*part[k - 1])] in ("and", "&")
        and text[slice(*part[k - 2])] in _vocab()["final_heads"]
    )
    return k == 0 or not any(
        text[slice(*part[j])] in _TAIL_LINKS and not (paired and j == k - 1) for j in range(k)
    )


# a gathering's name listing its fields on after a comma: ", Maritime and Aviation
# Conference" (not a list of firms: "Kerry Logistics, Cainiao and SF Express")
_NAME_LIST_ON = recache.compile(
    r",[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){1,3}(?:and|&)[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){0,3}"
    r"(?:Conference|Forum|Summit|Expo|Exhibition|Fair|Week|Show|Festival|Congress)\b"
)


def _ends_in_place(text: str, words: list[tuple[int, int]]) -> bool:
    """Do the last one or two of ``words`` name a place ('Macao', 'Hong Kong')?"""
    places = gazetteer()[1]
    return any(text[words[-n][0] : words[-1][1]] in places for n in (1, 2) if len(words) >= n)


_TAIL_LINKS = frozenset({"of", "for", "and", "&", "in", "on"})


def _head_kind(word: str) -> str | None:
    heads = _vocab()["heads"]
    # "Co" before its full stop (a run of capitals stops there) is the head "Co."
    return heads.get(word.strip("'’s").rstrip("’'")) or heads.get(word) or heads.get(word + ".")


@Language.factory("coop_institutions")
def make_institutions(nlp: Language, name: str) -> InstitutionFinder:
    """Build the institution finder."""
    return InstitutionFinder()


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in WORD.finditer(text[start:end])]


# "Hong Kong-based ", "Edinburgh-listed ": where a firm is seated, before its name
_SEAT_SUFFIXES = ("-based", "-funded", "-listed", "-headquartered")
_SEAT_WORD = re.compile(
    r"(?:[A-Z][\w'’]*\s+){0,2}[\w'’]+(?:" + "|".join(_SEAT_SUFFIXES) + r")\s+(?=[A-Z])"
)
# a verb opening a bullet's or a programme's line: "Co-hosted the ...", "Chairs the ..."
_VERB_OPENER = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)*(?:ed|s)")


def _trim_leading(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop sentence openers, titles, months and 'X-based' words before the name proper."""
    vocab = _vocab()
    for k, (a, b) in enumerate(words):
        if k < 3 or text[a:b] not in ("and", "&"):
            continue
        post = max(
            (j for j in range(k) if text[words[j][0] : words[j][1]].lower() in vocab["titles"]),
            default=None,
        )
        if (
            post is not None
            and 1 <= k - post - 1 <= 3
            and all(text[x].isupper() for x, _ in words[post + 1 : k])
        ):
            # "HKPC Executive Director Mohamed Butt and Songshan Lake Administrative
            # Committee Director Ye Ming": a post's holder, then "and" the next body
            return _trim_leading(text, words[k + 1 :])
        break
    for k, (a, b) in enumerate(words):
        if text[a:b] == "between":
            # "Forum for ... Cooperation between China and ...": a name's tail after its
            # head; "Trade between Hubei and ...": what comes before it is no name
            if not any(_head_kind(text[x:y]) for x, y in words[:k]):
                words = words[k + 1 :]
            break
    for k in range(1, len(words) - 2):
        if text[words[k][0] : words[k][1]] in ("Honour", "Honor") and [
            text[x:y].lower() for x, y in (words[k - 1], words[k + 1])
        ] == ["in", "of"]:
            # "Welcome Banquet in Honour of the Sichuan Provincial Government": an occasion,
            # then the body it honours
            words = words[k + 2 :]
            if words and text[words[0][0] : words[0][1]].lower() == "the":
                words = words[1:]
            break
    for k, (a, b) in enumerate(words[:6]):  # "Hong Kong-based China Merchants ..."
        if text[a:b].lower().endswith(_SEAT_SUFFIXES):
            # only a seat that opens the run ("X Company and Sanya-based Y Group" is two)
            if k == 0 or text[words[0][0] : text.rfind("-", a, b)] in gazetteer()[1]:
                words = words[k + 1 :]
            break
    if (
        len(words) > 2
        and _VERB_OPENER.fullmatch(text[words[0][0] : words[0][1]])
        and text[words[1][0] : words[1][1]] == "the"
        and text[words[0][0] : words[0][1]] not in gazetteer()[1]
    ):
        # a bullet's "Co-hosted the ... Forum", a programme's "09:00   Chairs the Executive
        # Council meeting": a verb, then the name
        words = words[2:]
    if words and text[words[0][0] : words[0][1]] in _place_firsts():
        words = _after_place(text, words, vocab)
    i = 0
    while i < len(words):
        w = text[words[i][0] : words[i][1]]
        low = w.lower()
        own = next(
            (
                j
                for j in range(i, min(i + 4, len(words) - 1))
                if text[words[j][1] - 2 : words[j][1]] in ("'s", "’s")
            ),
            None,
        )
        if own is not None and (
            " ".join(text[a:b].lower() for a, b in words[i : own + 1])[:-2] in vocab["titles"]
        ):
            break  # "Chief Executive's Office", "Financial Secretary's Office": a post's office
        if (
            low in vocab["titles"]
            and i + 1 < len(words)
            and text[words[i + 1][0] : words[i + 1][1]] == "for"
        ):
            # "Secretary for Administration of the HKSAR Government": skip the portfolio too
            j = i + 2
            while j < len(words) and (
                text[words[j][0] : words[j][1]].lower() in vocab["portfolio_words"]
                or text[words[j][0] : words[j][1]] in ("and", "&")
            ):
                j += 1
            if j > i + 2:
                i = j
                continue
        nxt = text[words[i + 1][0] : words[i + 1][1]].lower() if i + 1 < len(words) else ""
        if i + 2 < len(words) and (
            " ".join(text[a:b].lower() for a, b in words[i : i + 3]) in vocab["titles"]
        ):
            # "Chief Operating Officer of the Company": a post of three words, whole
            i += 3
            continue
        if f"{low} {nxt}" in vocab["titles"]:
            # "Party Secretary of the SIP Working Committee": a post, then the body (its
            # last word is a title too, and takes a portfolio "for ..." as one)
            i += 1
            continue
        organ = vocab["organ_of"].match(text, words[i][0]) if w[0].isupper() else None
        if organ is not None and any(text[a:b].lower() in vocab["titles"] for a, b in words[:i]):
            # "Chairman of the Board of Directors of the Monetary Authority of Macao
            # (AMCM)": the post's organ; the body (and its acronym) after it
            i = next((k for k in range(i, len(words)) if words[k][0] >= organ.end()), i + 1)
            continue
        if (
            w[0].isupper()
            and f"{low} {nxt}" in vocab["organs"]
            and (
                i + 2 < len(words)
                or not any(text[a:b].lower() in vocab["titles"] for a, b in words[:i])
            )
        ):
            # "the Executive Committee of ...", "the Executive Council": an organ's name (but
            # "President of the Executive Committee, IPIM": the organ of a post)
            break
        if (
            w[0].isupper()
            and f"{low} {nxt}" in vocab["organs"]
            and i + 2 == len(words)
            and i >= 2
            and text[words[i - 1][0] : words[i - 1][1]] in ("of", "the")
        ):
            # "President of the Management Committee" closing its run (a signature's post
            # line, the body on the line below): the post's organ, no body's name
            return []
        if (
            w in vocab["lead_stop"]
            or (w in vocab["title_of"] and nxt == "of")
            or low in vocab["titles"]
            or _ORDINAL.fullmatch(w)
            or _MONTH.fullmatch(w)
            or low.endswith(_SEAT_SUFFIXES)
            or w in ("of", "the", "and", "for", "in", "on", "&")
            or (_TITLE_CASE.fullmatch(w) and low in _RANKS)
        ):
            i += 1
            continue
        break
    return words[i:]


_LINE_OPEN = recache.compile(r"(?:^|\n)[ \t]*(?:[-*•–—][ \t]+)?$")


def _run_in_heading(text: str, m: re.Match[str]) -> bool:
    """Is the capitalised run ``m`` a paragraph's run-in heading: alone at the start of its
    line, a colon after it ("Strong Government Links: ...")?"""
    return text[m.end() : m.end() + 1] == ":" and (
        _LINE_OPEN.search(text, max(0, m.start() - 8), m.start()) is not None
    )


# a bracket of two capitalised words inside a run (the company suffix after one is read
# before: "X Capital (Asia Pacific) Limited")
_ALIAS_BRACKET = recache.compile(rf"\([A-Z][a-z]+[^\S\n][A-Z][a-z]+\)(?!{_SUFFIX_NEXT})")


def _split(text: str, words: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split at 'and the', and at an 'and' with a complete name on each side
    ('X Holdings and Y Ltd'; not 'Science and Technology Commission')."""
    parts: list[list[tuple[int, int]]] = [[]]
    bracket_end = -1
    for k, (s, e) in enumerate(words):
        w = text[s:e]
        if _WHEN.fullmatch(w):  # "... Department of Commerce on Wednesday"
            parts.append([])
            continue
        if k <= bracket_end:
            continue
        if (
            k + 1 < len(words)
            and _ALIAS_BRACKET.fullmatch(text, s, words[k + 1][1])
            and f"{w[1:]} {text[words[k + 1][0] : words[k + 1][1] - 1]}" not in gazetteer()[1]
        ):
            # "... Countries (Forum Macao) Secretary-General ...": a name's other name in
            # brackets ends it (a place, "(Hong Kong)", goes on inside it)
            parts.append([])
            bracket_end = k + 1
            continue
        if k and (w.lower() in third_person_verbs() or w in _HEADLINE_LINKS):
            parts.append([])  # "Meridian Ratings Affirms Guangzhou Metro Group", "... Pact
            continue  # With Macau ...": a headline's verb or preposition between two names
        nxt = text[words[k + 1][0] : words[k + 1][1]] if k + 1 < len(words) else ""
        if w == "and" and parts[-1]:  # "&" joins one name: "Hong Kong Exchanges & Clearing"
            right = words[k + 1 :]
            # The right side must name its own head before any "of"/"in"/"and", or start a
            # well-known name ("... of Commerce and Invest Hong Kong").
            stop = next(
                (j for j, (a, b) in enumerate(right) if text[a:b] in ("and", "&", "of", "in")),
                len(right),
            )
            # ... and more than a lone head word ("... Cooperation Forum and Exhibition")
            # (or open with a Portuguese head: "... Group and Transportes Urbanos de Macau")
            right_head = (stop > 1 and any(_head_kind(text[a:b]) for a, b in right[:stop])) or (
                len(right) > 1 and text[slice(*right[0])] in _vocab()["leading_heads"]
            )
            right_known = bool(right) and (
                _known_forms()[0].match(text, right[0][0]) is not None
                or _brand_at(text, right[0][0]) is not None
            )
            title_next = nxt.lower() in _vocab()["title_words"]
            # "... and Singapore's PSA International": a place's possessive opens a new name
            # (of two or three words: "Duyun and Hong Kong's Tea Merchants Association")
            owner_next = any(
                text[right[j][0] : right[j][1]].endswith(("'s", "’s"))
                and text[right[0][0] : right[j][1] - 2] in gazetteer()[1]
                for j in range(min(3, len(right)))
            )
            # "Air China and Macau Tourism Board": a place-branded name is whole without a head
            left = parts[-1]
            left_brand = _brand_at(text, left[0][0]) == left[-1][1]
            # "IPIM and Chongqing Commerce Commission": an acronym is a whole name
            left_acronym = len(left) == 1 and _OWNER_ACRONYM.fullmatch(
                text[left[0][0] : left[0][1]]
            )
            # "Songshan Lake Science City and Pengcheng Laboratory": a site or a place is
            # whole before a name with its own head
            last_word = text[left[-1][0] : left[-1][1]]
            left_site = (
                len(left) > 1
                and (
                    last_word in _vocab()["not_body_closers"]
                    or _PLACE_NOUN.fullmatch(" " + last_word.lower()) is not None
                    # "Sands China and Galaxy Entertainment Group": a firm's name closed by
                    # its market, before a name with its own head
                    or (
                        last_word in gazetteer()[1]
                        and text[left[0][0] : left[0][1]] not in _place_firsts()
                        and not any(text[a:b] in ("of", "for", "in") for a, b in left)
                    )
                )
            )
            if (
                nxt == "the"
                or title_next
                or owner_next
                # a lone head word is no name: "Securities and Futures Commission" is one
                or (
                    (
                        (_complete(text, left) and len(left) > 1)
                        or left_brand
                        or left_acronym
                        or left_site
                    )
                    and (right_head or right_known)
                )
            ):
                parts.append([])
                continue
        if (
            w == "in"
            and nxt == "the"
            and parts[-1]
            and any(_head_kind(text[a:b]) for a, b in parts[-1])
            and text[words[-1][0] : words[-1][1]] in _SITE_WORDS
        ):
            # "... Joint Laboratory for Embodied AI in the Hetao ... Cooperation Zone": a body,
            # then the zone or park it sits in
            parts.append([])
            continue
        if w == "of" and _unit_of_body(text, parts[-1], words[k + 1 :]):
            # "School of Government of Sun Yat-sen University": a unit, then its body
            parts.append([])
            continue
        if w == "the" and not parts[-1]:
            continue
        if (
            w.endswith(("'s", "’s"))
            and parts[-1]
            and _owns_body(text, parts[-1], (s, e), words[k + 1 :])
        ):
            # "University of Macau's State Key Laboratory of ...": two bodies
            parts[-1].append((s, e - 2))
            parts.append([])
            continue
        parts[-1].append((s, e))
    return [p for p in parts if p]


def _unit_of_body(text: str, left: list[tuple[int, int]], right: list[tuple[int, int]]) -> bool:
    """Is 'X of Y' a named unit ('School of Government', itself 'head of field') of a
    university or academy named in full after it ('Sun Yat-sen University')?"""
    if len(left) < 3 or not any(text[a:b] == "of" for a, b in left) or not _complete(text, left):
        return False
    if not right or not _complete(text, right):
        return False
    kinds = [_head_kind(text[a:b]) for a, b in right]
    if "university" not in kinds:
        return False
    return not any(text[a:b] == "of" for a, b in right[: kinds.index("university")])


def _owns_body(
    text: str, before: list[tuple[int, int]], word: tuple[int, int], right: list[tuple[int, int]]
) -> bool:
    """Is 'X's' a whole body that owns another named body after it? Both sides must end
    like a name ('People's Bank' and 'Alibaba Group's Hangzhou campus' are no such pair)."""
    owner = [*before, (word[0], word[1] - 2)]
    if not _complete(text, owner):
        return False
    stop = next(
        (j for j, (a, b) in enumerate(right) if text[a:b] in ("and", "&", "of", "in")), len(right)
    )
    if stop == 1 and len(owner) >= 2 and len(right) > 2 and text[right[1][0] : right[1][1]] == "of":
        # "Zhejiang University's College of Control Science ...": a head, then its "of" tail
        return bool(_head_kind(text[right[0][0] : right[0][1]]))
    return stop >= 2 and any(_head_kind(text[a:b]) for a, b in right[:stop])


def _complete(text: str, words: list[tuple[int, int]]) -> bool:
    """Does a word run end like a whole name: at a head noun ('... Holdings') or in an
    'of X' tail after one ('... Center of National Technology Transformation')?"""
    kinds = [_head_kind(text[a:b]) for a, b in words]
    if not any(kinds):
        return False
    if kinds[-1]:
        return True
    last_head = max(k for k, kind in enumerate(kinds) if kind)
    return any(text[a:b] == "of" for a, b in words[last_head + 1 :])


def _strip_possessive_owner(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Suzhou's Southern Jiangsu Center of ...' -> 'Southern Jiangsu Center of ...'."""
    for k, (s, e) in enumerate(words[:-1]):
        if text[s:e].endswith(("'s", "’s")):
            owner = text[words[0][0] : e - 2]
            if _OWNER_ACRONYM.fullmatch(owner) and len(words) - k > 2:
                return words[k + 1 :]  # "UM's State Key Laboratory of ...": the body's own lab
            if (
                len(words) - k > 2
                and _head_kind(text[s : e - 2])
                and _head_kind(text[words[-1][0] : words[-1][1]])
            ):
                # "the Executive Committee's Economic Development Bureau": a body's own unit
                return words[k + 1 :]
            if owner not in gazetteer()[1]:
                return words  # "People's Bank of China": the possessive is part of the name
            rest = words[k + 1 :]
            seat = text[rest[0][0] : rest[0][1]] in gazetteer()[1]
            if len(rest) >= 3 or (len(rest) == 2 and not seat):
                # "Macao's Transport Bureau" is the Transport Bureau; "Hong Kong's Beijing
                # Office" stays whole (it is the Hong Kong Office in Beijing)
                return rest
            return words
    return words


def _trim_trailing(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    while words and text[words[-1][0] : words[-1][1]] in (
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
        "&",
    ):
        words = words[:-1]
    return words


_IN_SAR = re.compile(r"the\s+(.+?)\s+(?:SAR|Special\s+Administrative\s+Region)")
_IN_SAR_TAIL = re.compile(r"\s+in\s+" + _IN_SAR.pattern)


def _sar_seat(text: str, tail: list[tuple[int, int]]) -> int:
    """How many words of ``tail`` are 'in the <place> SAR' (or '... Special
    Administrative Region'), when it opens with that seat; else 0."""
    words = [text[a:b] for a, b in tail]
    if words[:2] != ["in", "the"]:
        return 0
    for n in range(3, len(words) + 1):
        sar = _IN_SAR.fullmatch(" ".join(words[1:n]))
        if sar is not None and sar.group(1) in gazetteer()[1]:
            return n
    return 0


_ON_HEADS = frozenset({"Committee", "Subcommittee", "Commission", "Council", "Panel"})


def _good_tail(text: str, tail: list[tuple[int, int]], head: str, before: str = "") -> bool:
    """What may follow the last head: 'of X' ('Commission of Commerce'), 'for X' ('Council
    for Sustainable Development'), or 'in <place>' ('Office in Beijing'), never 'in the
    Science City', nor after a venue head ('Forum in Qianhai'), which may take 'and' an
    event noun instead ('Forum and Exhibition'), nor a place inside one the name already
    holds ('Guangdong Olympic Sports Centre in Guangzhou': where it stands)."""
    first = text[tail[0][0] : tail[0][1]]
    if first == "of":
        return True
    if first == "on" and (
        head in _ON_HEADS
        or (head == "Group" and " ".join([*before.split()[-1:], head]) in _vocab()["heads"])
    ):
        # "Joint Working Group on Cross-boundary Healthcare", "Committee on Trade", "Expert
        # Group on Science and Technology Cooperation" (a group of people, not of firms)
        return len(tail) > 1 and text[tail[1][0]].isupper()
    if first == "and" and len(tail) == 2 and head in _vocab()["venue_heads"]:
        # "... Cooperation Forum and Exhibition": one event's name
        return text[tail[1][0] : tail[1][1]].lower() in _vocab()["event_nouns"]
    words = [text[a:b] for a, b in tail[1:]]
    if first == "for":  # "Joint Laboratory for Intelligent Marine Systems", never "Ltd for
        # the Suzhou [delegation]": a place alone is whom it was for
        return " ".join(words[1:] if words[:1] == ["the"] else words) not in gazetteer()[1]
    if (
        first != "in"
        or head in _vocab()["venue_heads"]
        or _head_kind(head) in ("company", "university")
        or head.endswith("Government")
    ):
        return False  # "... Cooperation Forum in Qianhai": where the forum meets; "Kingsway
        # Securities in Hong Kong": where the firm works; "South China University of
        # Technology in Guangzhou": where it stands; "the Hong Kong SAR Government in
        # Guangdong": where it is represented
    # "Convention Center in Bao'an district": where the body stands, not its name
    entries, forms = gazetteer()
    place = forms.get(" ".join(words))
    if place is None or _PLACE_NOUN.match(text, tail[-1][1]):
        return False
    # ("Hong Kong Logistics Development Council in Hong Kong": the place it holds itself;
    # "Shunde Exhibition Centre in Foshan": a district of the place)
    owners = {entries[place].parent, entries[place].province, entries[place].name} - {None}
    owners.add(" ".join(words))
    if any(re.search(rf"\b{re.escape(o)}\b", before) for o in owners):
        return False
    held = before.split()
    if head not in _vocab()["seated_away_heads"] and any(
        " ".join(held[i : i + n]) in forms for n in (1, 2, 3) for i in range(len(held) - n + 1)
    ):
        return False  # ("the Hong Kong Trade Development Council in Jiangyin": where its
        # people met; a body named for one place sits there, but for an office)
    return not any(
        (k := forms.get(" ".join(held[i : i + n]))) is not None
        and entries[k].parent == entries[place].name
        for n in (1, 2)
        for i in range(len(held) - n + 1)
    )


def _drop_owned_place(text: str, part: list[tuple[int, int]], last: int) -> list[tuple[int, int]]:
    """'Labour and Welfare Bureau of the Hong Kong [government]', 'Department of Commerce of
    the Guangdong [provincial government]': a closing 'of the' and a place before a noun the
    place owns belongs to that noun, not to the name."""
    after = _NEXT_WORD.match(text, part[-1][1])
    if after is None or after.group(1) not in _vocab()["place_owned"]:
        return part
    for k in range(last + 1, len(part) - 2):
        if (
            text[slice(*part[k])] == "of"
            and text[slice(*part[k + 1])] == "the"
            and text[part[k + 2][0] : part[-1][1]] in gazetteer()[1]
        ):
            return part[:k]
    return part


def _drop_person_after_seat(
    text: str, part: list[tuple[int, int]], last: int
) -> list[tuple[int, int]]:
    """'People's Government of Guangxi Zhuang Autonomous Region Fang Yuqing': after the unit
    that closes the region a body belongs to, a surname opens the person who holds its post."""
    units = _vocab()["seat_unit_ends"]
    surnames = resources.surnames()
    for k in range(last + 2, len(part) - 1):
        if text[part[k][0] : part[k][1]] in units and (
            text[part[k + 1][0] : part[k + 1][1]] in surnames
        ):
            return part[: k + 1]
    return part


def _drop_trip_noun(text: str, part: list[tuple[int, int]], last: int) -> list[tuple[int, int]]:
    """'Hong Kong General Chamber of Commerce Mission [to Nansha]': a trip's noun closing a
    name's 'of' tail is the body's trip or delegation, not part of its name."""
    if last + 2 < len(part) and text[slice(*part[-1])].lower() in _vocab()["trip_nouns"]:
        return part[:-1]
    return part


_POSSESSIVE_END = recache.compile(r"['’]s$")


def _drop_possessor(text: str, part: list[tuple[int, int]], last: int) -> list[tuple[int, int]]:
    """'Cyberspace Administration of China and Hong Kong's [Innovation ... Bureau]': a place
    after the tail's last 'and', in the possessive, owns what follows it, the next party,
    and is no part of this name (the 'Department of Trade and Industry's' budget is the
    department's)."""
    tail = text[part[-1][0] : part[-1][1]]
    if len(part) - last < 4 or not _POSSESSIVE_END.search(tail):
        return part
    for k in range(len(part) - 2, last, -1):
        if text[slice(*part[k])] == "and":
            place = text[part[k + 1][0] : part[-1][1] - 2]
            return part[:k] if place in gazetteer()[1] else part
    return part


def _spelled_by_acronym(text: str, part: list[tuple[int, int]]) -> bool:
    """'Airport Authority Hong Kong (AAHK)': the acronym after the words spells every one of
    them, so the place after the head is part of the name."""
    acr = _ACRONYM_AFTER.match(text, part[-1][1])
    if acr is None:
        return False
    initials = "".join(text[a] for a, _ in part if text[a].isupper())
    return len(initials) > 2 and initials == acr.group("acr").upper()


def _drop_seat(text: str, part: list[tuple[int, int]], last: int) -> list[tuple[int, int]]:
    """'Boao Forum for Asia in Hainan': an 'in <place>' closing a 'for' or an 'on' tail is
    where the body sits or meets ('Office in Beijing', right after its head, stays: see
    _good_tail; so does '... Expert Group on Science and Technology Cooperation in
    Guangzhou'), and so it is closing a university's or a firm's 'of' tail ('South China
    University of Technology in Guangzhou'); an 'and <place>' closing an 'of'/'for' tail is
    another party."""
    tail = [text[a:b] for a, b in part[last + 1 :]]
    if len(tail) < 4 or tail[0] not in ("of", "for", "on"):
        return part
    # "... Department of Commerce and Macao [rose]": a place joined after the name is no part
    # of it, nor is where the body sits
    # ("... Chamber of Commerce in China", "... Cooperation Zone in Hengqin": after 'of' the
    # place is often the official name's own, but not a university's or a firm's)
    seated = tail[0] in ("for", "on") or _head_kind(text[slice(*part[last])]) in (
        "company",
        "university",
    )
    for word in ("in", "and") if seated else ("and",):
        if word in tail[2:]:
            k = len(tail) - 1 - tail[::-1].index(word)
            if " ".join(tail[k + 1 :]) in gazetteer()[1] and not (
                word == "and" and _seat_list(tail[:k])
            ):
                return part[: last + 1 + k]
    return part


# the rest of a body's list of fields after "of X": ", Radio, Television, Tourism and Sports"
_FIELD_SERIES = recache.compile(
    r"(?P<items>(?:,[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?){1,6}),?[^\S\n]+and[^\S\n]+"
    r"(?P<last>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)\b(?![^\S\n]+(?:[A-Z]|of\b))"
)


def _field_series_end(text: str, e: int) -> int:
    """Where a body's name ends once the rest of its fields join ('Shenzhen Municipal Bureau
    of Culture' + ', Radio, Television, Tourism and Sports'): each a word or two, none a
    place nor a body's head (else the list names other parties)."""
    m = _FIELD_SERIES.match(text, e)
    if m is None:
        return e
    items = [w.strip() for w in m.group("items").split(",") if w.strip()] + [m.group("last")]
    # (a final head is one only closing a name: "Radio, Television" are fields here)
    final = _vocab()["final_heads"]
    if any(
        w in gazetteer()[1] or any(_head_kind(x) and x not in final for x in w.split())
        for w in items
    ):
        return e
    return m.end()


# a body's name, then a signing verb: "... Cooperation Zone signed"
_SIGNED = recache.compile(r"(?<=\S)[^\S\n]+(?:signed|inked|have\s+signed|has\s+signed)\b")
# the party named before it: "... where AICEP Portugal Global and the "
_PARTY_BEFORE = recache.compile(
    # (a stop inside a word only, "U.S.": never a sentence's end, "on Monday. Zhuhai and")
    r"(?:^|(?<=[\s,(]))(?P<name>[A-Z](?:[\w&'’-]|\.(?!\s))*"
    r"(?:[^\S\n]+[A-Z](?:[\w&'’-]|\.(?!\s))*){1,4})"
    r"[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?$"
)


def _seat_list(tail: list[str]) -> bool:
    """Does an 'of' tail end in 'in <place>', so an 'and <place>' after it joins the places
    the body serves ('Consulate General of Portugal in Macao and Hong Kong')?"""
    if "in" not in tail:
        return False
    k = len(tail) - 1 - tail[::-1].index("in")
    return k > 0 and " ".join(tail[k + 1 :]) in gazetteer()[1]


def _places_only(text: str, words: list[tuple[int, int]]) -> bool:
    """Are the words before a head two or more places joined by 'and'/'&'?"""
    if not words:
        return False
    joined = text[words[0][0] : words[-1][1]]
    pieces = re.split(r"\s+(?:and|&)\s+", joined)
    return len(pieces) > 1 and all(p in gazetteer()[1] for p in pieces)


def _inner_position(text: str, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """Does ``inner`` close ``outer`` after 'of (the)'? ('Queen Mary Hospital of the
    University of Hong Kong' holds 'University of Hong Kong'; so does '... of the Central
    People's Government in the Macao SAR', the seat closing it; never a list of a bureau's
    fields, 'Bureau of Culture, Tourism, Radio and Television'.)"""
    closes = inner[1] == outer[1] or bool(_IN_SAR_TAIL.fullmatch(text, inner[1], outer[1]))
    return (
        closes
        and "," not in text[inner[0] : inner[1]]
        and bool(re.search(r"\bof\s+(?:the\s+)?$", text[outer[0] : inner[0]]))
    )


@cache
def _body_field() -> re.Pattern[str]:
    """A line opening with a label of bodies ('Organisers:', 'Supported by:'), then its items."""
    labels = trie_regex(resources.org_heads()["body_field_labels"])
    return recache.compile(rf"(?m)^[^\w\n]{{0,4}}(?:{labels})[ \t]*[:：][ \t]*(?P<items>[^\n]+)")


# one item of such a line: a capitalised name up to a comma, a semicolon or the line's end
_FIELD_ITEM = recache.compile(
    r"[ \t]*(?:and[ \t]+)?(?P<name>[A-Z][^,;、\n]*?[\w.)])[ \t]*(?:[,;、]|$)", re.M
)


# "rent for a flat in the Novo Bairro de Macau fell 6.1 per cent": the name is where the
# thing that moved is, not a firm (but "shares in the ... Bank fell")
_WHERE_BEFORE = recache.compile(
    r"\b(?!(?:shares|stocks?|stakes?|holdings|investors)\b)[a-z]+[^\S\n]+in[^\S\n]+the[^\S\n]+$"
)


@cache
def _market_move(name_re: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A market move and a percentage (" fell 1.1 per cent"), and the capitalised name that
    ends right before one ("Sands China"): the move is looked for first, as it is rare."""
    moves = trie_regex(_vocab()["market_moves"], space=_SP)
    move = recache.compile(
        rf"{_SP}(?:{moves}){_SP}(?:by{_SP})?"
        rf"(?:(?:as{_SP}much{_SP}as|about|nearly|almost|some){_SP})?"
        r"\d+(?:\.\d+)?[^\S\n]?(?:%|per[^\S\n]?cent\b|percent\b)"
    )
    return move, recache.compile(rf"(?<![\w'’-])(?P<name>{name_re})$")


def _after_person_of(text: str, part: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Iong Weng Kei of the Centre for Macau Studies': a person's name, then 'of' and the
    body the person is of; the body's name starts after 'of (the)'."""
    words = [text[a:b] for a, b in part]
    k = next((j for j, w in enumerate(words[:4]) if w == "of"), None)
    if k is None or not k or not _person_like(words[:k]) or any(map(_head_kind, words[:k])):
        return part
    return _trim_leading(text, part[k + 1 :])


def _person_like(words: list[str]) -> bool:
    """Do the words read as a person's name: three or fewer, opening with a surname?"""
    return len(words) <= 3 and words[0] in resources.surnames()


@cache
def _comma_legal_form() -> re.Pattern[str]:
    """A comma and a legal form after it (", S.A.", ", Lda.")."""
    forms = trie_regex(resources.org_heads()["comma_legal_forms"])
    return recache.compile(rf"(?<=\w),[^\S\n]*(?:{forms})(?![\w.])")


# up to six capitalised words closing the text before a legal form's comma
_NAME_BEFORE_FORM = recache.compile(
    rf"(?<![\w'’.-])(?P<name>{_CAP}(?:{_SP}(?:&{_SP})?{_CAP}){{0,5}})$"
)


def _legal_suffix_end(text: str, e: int) -> int:
    """Where a name ending in "Co" ends once its ", Ltd." joins ("X Group Co., Ltd.")."""
    if text[e - 3 : e].rstrip(".").endswith("Co") and (
        ltd := _CO_LTD.match(text, e - 1 if text[e - 1] == "." else e)
    ):
        return ltd.end()
    return e


def find_institutions(text: str) -> list[dict]:
    """Return institution payloads: name, kind, acronym, and the rule that found them."""
    vocab = _vocab()
    starts: list[tuple[int, int]] = []  # (start, id), sorted
    by_id: dict[int, dict] = {}
    ids: list[dict] = []

    def accept(s: int, e: int, kind: str, rule: str, **extra: object) -> None:
        if text[e : e + 1] == "." and _ABBREVIATED.search(text, max(s, e - 5), e):
            e += 1  # "Shenzhen Xunlong Shipping Co.": the stop is the abbreviation's
        e = _legal_suffix_end(text, e)  # "its developer X Co., Ltd. said", by any rule
        if text[e : e + 1] in (" ", ",", "\t") and (defined := _DEFINED_AFTER.match(text, e)):
            term = defined.group("term")
            extra["defined_as"] = term  # (the "Company"): whose officers "of the Company" are
            if not set(term.split()) <= vocab["defined_generic"]:
                extra["defined"] = term  # (the "Nansha Government"): the filing's own alias
        name = text[s:e]
        low = name.lower().replace("’", "'")
        if (
            # ("China Merchants Port": a listed firm's short name, as written)
            not (rule == "inst.known" and kind == "company")
            and any(low == n or low.endswith(" " + n) for n in vocab["not"])
            and not _field_tail(name)
        ):
            return
        replaced = []
        # Only names that start within the longest name's reach can overlap this one.
        lo = bisect_left(starts, (s - MAX_NAME_CHARS, -1))
        hi = bisect_left(starts, (e, -1))
        near = [by_id[i] for _, i in starts[lo:hi]]
        if any((f["start"], f["end"]) == (s, e) for f in near):
            return
        for f in near:
            a, b = f["start"], f["end"]
            if not (a < e and s < b):
                continue
            if a <= s and e <= b:  # inside an accepted name: only as its closing inner body
                if not _inner_position(text, (a, b), (s, e)):
                    return
            elif s <= a and b <= e:  # holds an accepted name: an inner body, or a known
                if f["rule"].startswith("inst.company"):  # name made more specific
                    return
                if not _inner_position(text, (s, e), (a, b)):
                    # a known name may sit after plain modifiers ("People's Bank of China
                    # Shenzhen Branch"), never after "of", "and" or "the"
                    lead = text[s:a].split()
                    if f["rule"] != "inst.known" or any(
                        w in ("of", "and", "the", "&") for w in lead
                    ):
                        return
                    # the longer name is the more specific body: "X Affairs Office of
                    # Chongqing Municipality", "People's Bank of China Shenzhen Branch"
                    replaced.append(f)
            else:
                return
        for f in replaced:
            starts.remove((f["start"], f["id"]))
            del by_id[f["id"]]
        fact = {
            "start": s,
            "end": e,
            "name": name,
            "kind": kind,
            "rule": rule,
            "id": len(ids),
            **extra,
        }
        ids.append(fact)
        by_id[fact["id"]] = fact
        insort(starts, (s, fact["id"]))

    # 1. Companies named in company context, and lists after "such as" / "including".
    cues = "|".join(re.escape(c) for c in vocab["company_cues"])
    # A listed name may hold "of", "&" and a bracketed place: "Bank of China (Hong Kong)".
    name_re = rf"{_CAP}(?:{_SP}(?:(?:of|&|de){_SP})?(?:{_CAP}|\([A-Z][\w ]*\)))*"
    lists = "|".join(re.escape(c) for c in vocab["list_cues"])
    for m in re.finditer(
        rf"\b(?:companies|firms|enterprises|banks|groups|brands|giants|institutions),?\s+"
        rf"(?:{lists})\s+(?P<items>{name_re}(?:\s*,\s*{name_re})*(?:,?\s+and\s+{name_re})?)",
        text,
    ):
        for item in re.finditer(name_re, m.group("items")):
            if item.group().lower() in vocab["titles"] or _person_like(item.group().split()):
                continue  # "enterprises led by Vincent U, President of ...": a leader
            s = m.start("items") + item.start()
            seat = _SEAT_WORD.match(item.group())  # "including Edinburgh-based Ledgerline"
            accept(
                s + (seat.end() if seat else 0),
                s + len(item.group()),
                "company",
                "inst.company_list",
            )
    # (never a compound's last part: "a cold-chain MoU" names no chain)
    for m in re.finditer(rf"(?<![\w-])(?:{cues})s?{_SP}(?P<name>{name_re})", text):
        seat = _SEAT_WORD.match(m.group("name"))
        accept(
            m.start("name") + (seat.end() if seat else 0),
            m.end("name"),
            "company",
            "inst.company_cue",
        )
    # "BlueAtlantic Aquaculture, S.A.": a name, a comma and its legal form, head noun or not
    # (the form found first, the name read back from it)
    for form in _comma_legal_form().finditer(text):
        m = _NAME_BEFORE_FORM.search(text, max(0, form.start() - 120), form.start())
        words = m.group("name").split() if m is not None else []
        if words and not (
            m.group("name") in gazetteer()[1]
            or _person_like(words)
            or words[0] in vocab["lead_stop"]
        ):
            accept(m.start("name"), form.end(), "company", "inst.legal_form")
    # "Organisers: Hengqin Youth Entrepreneurship Valley, Macao Youth Entrepreneurship
    # Association": a field listing bodies names a body with each item, head noun or not
    for m in _body_field().finditer(text):
        for item in _FIELD_ITEM.finditer(text, m.start("items"), m.end("items")):
            start, end = item.start("name"), item.end("name")
            words = text[start:end].split()
            kind = next((k for w in words if (k := _head_kind(w))), None)
            parts = [p.split() for p in re.split(r"\s+(?:and|&)\s+", text[start:end])]
            if (
                kind is not None  # (a name with a head noun is found as any other is)
                or len(words) > 10
                or text[start:end] in gazetteer()[1]
                or any(len(p) <= 3 and set(p) & resources.surnames() for p in parts)
                or words[0].rstrip(".") in resources.honorific_words()  # ("Agent: Mr Chan")
            ):
                continue  # a place or people ("Hosts: Chan Tai-man and Ivy Leong"): no body
            accept(start, end, "other", "inst.field_listed")
    # "a 20% stake in Qianhai Harbour Consumer Finance": what a stake is held in is a firm
    stakes = "|".join(re.escape(c) for c in vocab["stake_cues"])
    for m in re.finditer(rf"\b(?:{stakes}){_SP}(?P<name>{name_re})", text):
        start, name = m.start("name"), m.group("name")
        described = re.match(r"\S+-[a-z]+(?:\s+|$)", name)
        if described:  # "a stake in Shenzhen-based Meiyu Foods": what the firm is, then it
            start, name = start + described.end(), name[described.end() :]
        if (
            name
            and name not in gazetteer()[1]
            and not _places_only(text, _words(text, start, m.end("name")))
        ):  # (never "a stake in Hong Kong")
            accept(start, m.end("name"), "company", "inst.stake_in")
    # "Sands China fell 1.1 per cent": what a market report says moved is a listed firm
    move, moved = _market_move(name_re)
    for mv in move.finditer(text):
        m = moved.search(text, max(0, mv.start() - 200), mv.start())
        if m is None:
            continue
        start, end = m.start("name"), m.end("name")
        words = text[start:end].split()
        if (
            len(words) >= 2
            and not any(w in vocab["market_measures"] for w in words)
            and not _places_only(text, _words(text, start, end))
            and not _person_like(words)
            and not _WHERE_BEFORE.search(text, max(0, start - 40), start)
        ):  # ("Sands China", "Wynn Macau": a firm named by its market)
            accept(start, end, "company", "inst.market_move")
    # "Shenzhen-based GridNest", "Macao's Tasca Robotics, a restaurant automation firm,",
    # "SonoLite, spun out of the Chinese University ...": a firm told by where it is based,
    # by what it is, or by where it came from
    told_trades = {*vocab["company_cues"], "team", "teams", "investor", "investors", "group"}
    for told in (_BASED_IN, _SPUN_OUT, _told_firm(cues, name_re)):
        for m in told.finditer(text):
            start, end = m.start("name"), m.end("name")
            owner = re.match(r".*[\w]['’]s" + _SP, text[start:end])
            if owner:  # "Macao's Tasca Robotics": the firm after its home place
                start += owner.end()
            name = text[start:end]
            words = name.split()
            trade = _NEXT_WORD.match(text, end)
            if (
                not name
                # "a Shenzhen-based Chinese firm": the words before a trade describe it
                or (trade is not None and trade.group(1).lower() in told_trades)
                or name in gazetteer()[1]
                or words[-1] in gazetteer()[1]  # "Guangdong-Hong Kong-Macao Greater Bay Area"
                or vocab["any_head"].search(name)  # its head noun names its kind (rule 3)
                or _person_like(words)
                or _MONTH.fullmatch(words[-1])  # "... on 10 January, the carrier said"
            ):
                continue
            accept(start, end, "company", "inst.firm_told")
    # "the chain, Xiaomianguan, runs four shops": the name set off after its trade
    for m in re.finditer(
        rf"\b(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir){_SP}(?:[\w-]+{_SP})?(?:{cues}),{_SP}"
        rf"(?P<name>{name_re}),",
        text,
    ):
        words = m.group("name").split()
        if m.group("name") in gazetteer()[1] or _person_like(words):
            continue  # "the firm, Hong Kong, ..." or "the bank, Chen Wei, ...": no company
        accept(m.start("name"), m.end("name"), "company", "inst.company_cue")

    # "Sofia Ng, founder, BlueDelta Microsystems": the body a listed person's post is at
    for m in _POST_LISTED.finditer(text):
        words = m.group("name").split()
        if (
            m.group("post").lower() in vocab["titles"]
            and not vocab["any_head"].search(m.group("name"))  # (its head noun tells it)
            and m.group("name") not in gazetteer()[1]
            and not _places_only(text, _words(text, m.start("name"), m.end("name")))
            and not _person_like(words)
        ):
            accept(m.start("name"), m.end("name"), "company", "inst.post_listed")
    # "a partner at Harcourt & Ling": a firm of partners' names where a post is held
    for m in _FIRM_AT.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].lower().split()[:-1]  # not "at"
        if any(" ".join(before[-k:]) in vocab["titles"] for k in (1, 2, 3)):
            accept(m.start("name"), m.end("name"), "company", "inst.firm_at")
    # "Fiona Lai, head of research at Pearl Realty Advisors": where a post (with its
    # field) is held, a name of two to four capitalised words is a body
    for m in _NAME_AT.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].split()[:-1]  # not "at"
        tail = before[-4:]
        held = next(
            (
                k
                for k in range(len(tail) - 1, -1, -1)
                if tail[k].lower() in vocab["title_words"] or tail[k] in vocab["work_words"]
            ),
            None,
        )
        name = m.group("name")
        if held is not None and _UNIQUE_POST_AT.search(text, max(0, m.start() - 40), m.start()):
            continue  # "calls on the Chief Executive at Government House": where the one
            # holder of a post is met, not a body the post is held at
        if (
            held is not None
            and _known_forms()[0].match(text, m.start("name")) is None  # (read by its name)
            and all(w.islower() and w.isalpha() for w in tail[held + 1 :])
            and name not in gazetteer()[1]
            and name.split()[-1] not in gazetteer()[1]
        ):
            accept(m.start("name"), m.end("name"), "company", "inst.firm_at")

    # 2. Well-known institutions and their acronyms (one prefix-tree scan, longest first).
    pattern, by_form = _known_forms()
    for m in pattern.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
            continue
        entry = by_form[" ".join(m.group().split())]
        start = _home_place_start(text, m.start()) if m.group() != entry.acronym else m.start()
        # "the Macao Statistics and Census Service": named as written, the gazetteer's name
        # an alias
        named: dict[str, object] = (
            {"canonical": " ".join(text[start : m.end()].split()), "short": entry.name}
            if start < m.start()
            else {"canonical": entry.name}
        )
        accept(start, m.end(), entry.kind, "inst.known", acronym=entry.acronym, **named)

    # 2b. A body named by a word and its place: "Enterprise Singapore", "Invest Hong Kong",
    # "Air Macau".
    for m in _place_brand().finditer(text):
        end = _brand_end(text, m)
        if end is not None:
            accept(m.start(), end, vocab["place_brands"][m.group("brand")], "inst.place_brand")

    # 3. Capitalised sequences with a head noun, and the bodies named inside them.
    any_head = vocab["any_head"].search
    for m in _SEQ.finditer(text):
        if not any_head(text, m.start(), m.end() + 1):  # + 1: the stop of "Co."
            continue  # most capitalised runs (names, places, openers) hold no head noun
        if _AMOUNT_BEFORE.search(text, max(0, m.start() - 24), m.start()) and (
            text[m.start() : m.end()].split()[0].lower() in vocab["amount_words"]
            or f"{text[m.start() : m.end()].lower()} ".startswith(vocab["amount_phrases"])
        ):
            continue  # "a 5 Billion Yuan Tech Fund" (a headline): an amount, not a name
        if _TO_BEFORE.search(text, max(0, m.start() - 4), m.start()) and (
            text[m.start() : m.end()].split()[0] in vocab["creation_verbs"]
        ):
            continue  # "... Authorities to Build Optical Chip R&D Centre" (a headline):
            # what is still to be made, in capitals, no body
        words = _trim_leading(text, _words(text, m.start(), m.end()))
        if len(words) > MAX_NAME_WORDS * 4:
            continue  # a run of capitals that long is a list or junk, not a name
        for part in _split(text, words):
            # trimmed again once the owner is gone: "Hong Kong's Chief Secretary for ..."
            owned = _strip_possessive_owner(text, _trim_leading(text, part))
            part = _trim_trailing(text, _trim_leading(text, owned))
            part = _after_person_of(text, part)
            lead = text[part[0][0] : part[0][1]] if part else ""
            if lead in vocab["leading_heads"] and len(part) >= 2:
                # "Instituto Nacional de Estatística": a Portuguese name opens with its head
                s, e = part[0][0], part[-1][1]
                acr = _ACRONYM_AFTER.match(text, e)
                extra = {"acronym": acr.group("acr")} if acr else {}
                accept(s, e, vocab["leading_heads"][lead], "inst.leading_head", **extra)
                continue
            heads = [
                # (a two-word head names the kind: "Expert Group" is no firm)
                (
                    k,
                    vocab["heads"].get(f"{text[slice(*part[k - 1])]} {text[s:e]}", kind)
                    if k
                    else kind,
                )
                for k, (s, e) in enumerate(part)
                if (kind := _head_kind(text[s:e]))
                and (text[s:e] not in vocab["final_heads"] or _closes_name(text, part, k))
            ]
            if not part or not heads:
                continue
            # The name ends at its last head noun, or runs on only through "of/in X" (or
            # a tail of the head: "Macao Customs Service")
            last = heads[-1][0]
            if last + 1 < len(part) and text[slice(*part[last + 1])] in vocab["head_tails"]:
                last += 1
            nxt = text[part[last + 1][0] : part[last + 1][1]] if last + 1 < len(part) else ""
            head_word = text[part[last][0] : part[last][1]]
            after = _NEXT_WORD.match(text, part[last][1])
            follow = nxt or (after.group(1) if after else "")
            named = [text[a:b].lower() for a, b in part[: last + 1]]
            titled = (" ".join([*named[k:], follow.lower()]) for k in range(last + 1))
            if any(t in vocab["titles"] for t in titled):
                continue  # "Shenzhen Party Secretary", "Communist Party chief", "Municipal
                # Party Committee Secretary": a title
            if nxt.lower() in vocab["title_words"]:
                # "Macao Fire Services Bureau Commander Lei Kin Fai": the body, then a post
                # held in it and its holder; the name ends at its head
                part = part[: last + 1]
                nxt = ""
            if (
                nxt[:1].isupper()
                and head_word.endswith("s")
                and not head_word.endswith(("'s", "’s", "ss"))
                and head_word not in vocab["heads"]
            ):
                continue  # "Zhaoqing Courts Macao Capital": a headline's verb, no body
            cut = next(
                (
                    k
                    for k, (a, b) in enumerate(part[:-1])
                    if text[a:b].endswith(("'s", "’s"))
                    and k >= last  # no head after the possessive
                    and len(part) - k - 1 <= 2  # not "People's Political Consultative ..."
                ),
                None,
            )
            if cut is not None:
                # "... University of Science and Technology's Hengqin [campus]": no head after
                # the possessive, so the name ends there
                part = part[: cut + 1]
            if text[part[-1][0] : part[-1][1]].rstrip(".,") in vocab["not_body_closers"] and not (
                any(
                    k + 2 < len(part)
                    and text[slice(*part[k + 1])] == "of"
                    and (k + 3 == len(part) or text[slice(*part[-1])] in vocab["area_words"])
                    for k, _ in heads
                )
            ):  # ("School of Law": a body's field; "Management Committee of Nansha Economic
                # and Technological Development Zone": the area a body runs; but "Bank of
                # China Tower" is a site)
                continue  # "... Securities Litigation Reform Act": a law, not a body; "...
                # International Airport Logistics Park": a site
            if _document_of(text, part, heads, last):
                continue  # "the Funding Scheme for Youth Exchange": a scheme, not a body
            if _places_only(text, part[:last]):
                continue  # "Zhuhai and Macau Partners" in a headline: places, not a name
            seat = _sar_seat(text, part[last + 1 :])
            if seat:
                # "Liaison Office of the Central People's Government in the Macao SAR [Zheng
                # Xincong]": the region named as a SAR is part of the name, and ends it
                part = part[: last + 1 + seat]
            elif (
                last + 1 < len(part)
                and not _good_tail(
                    text,
                    part[last + 1 :],
                    text[part[last][0] : part[last][1]],
                    text[part[0][0] : part[last][0]],
                )
                and not _spelled_by_acronym(text, part)
            ):
                if _run_in_heading(text, m):
                    continue  # "Strong Government Links: ...": a paragraph's heading, in
                    # which the head noun names no body
                part = part[: last + 1]
                heads = [h for h in heads if h[0] <= last]
            part = _drop_owned_place(text, part, last)
            part = _drop_seat(text, part, last)
            part = _drop_person_after_seat(text, part, last)
            part = _drop_trip_noun(text, part, last)
            part = _drop_possessor(text, part, last)
            if len(part) < 2 or len(part) > MAX_NAME_WORDS:
                continue  # a lone head word ("Bureau") is no name, nor are 40 words
            if len(part) == 2 and text[slice(*part[0])] in vocab["generic_leads"]:
                continue  # "New Partners", "Key Partners": a kind of body, no name
            if text[slice(*part[-1])] == "Party" and (
                text[part[0][0] : part[-2][1]] in gazetteer()[1]
            ):
                continue  # "Foshan Party and Government Delegation": the city's leaders (its
                # party committee has a name of its own: "Foshan Municipal Party Committee")
            if text[slice(*part[0])] == "No." and len(part) <= 3:
                continue  # "Hong Kong's No. 1 Bank": a rank; "No. 1 Affiliated Hospital of ..."
            s, e = part[0][0], part[-1][1]
            if (
                _INDEFINITE_BEFORE.search(text, max(0, s - 4), s)
                and not any(
                    text[a:b] in _place_firsts() or text[a:b].isupper() for a, b in part[:last]
                )
                and not (
                    last + 2 < len(part)
                    and text[slice(*part[last + 1])] == "for"
                    and text[part[last + 2][0]].isupper()
                )
            ):
                continue  # "will open an Economic and Trade Office in Xi'an": one of a kind,
                # not a name (a place or an acronym in it names one: "a HKTDC Business Centre";
                # so does the field it is for: "a Joint Research Centre for Low-altitude
                # Systems")
            if len(part) >= 3 and text[part[1][0] : part[1][1]] == "and":
                s = _series_start(text, s)  # "Science, Technology and Innovation Commission"
            if text[e - 2 : e] in ("'s", "’s"):
                e -= 2  # "Alibaba Group's headquarters"
            else:
                e = _legal_suffix_end(text, e)  # "Chongqing Logistics Group Co., Ltd.": one name
                if len(part) >= 3 and text[slice(*part[-2])] == "of":
                    e = _field_series_end(text, e)  # "Bureau of Culture, Radio, ... and Sports"
            extra: dict[str, object] = {}
            acr = _ACRONYM_AFTER.match(text, e)
            if acr:
                extra["acronym"] = acr.group("acr")
            inner: list[tuple[int, int, str]] = []
            for k in range(1, len(part) - 2):
                article = text[part[k + 1][0] : part[k + 1][1]]
                if text[part[k][0] : part[k][1]] == "of" and article in ("the", "The"):
                    # "of The Stock Exchange of Hong Kong Limited": a legal name's article,
                    # dropped as every name's is
                    rest = part[k + 2 :]
                    kinds = [kd for kk, kd in heads if kk >= k + 2]
                    seat = [j for j, (a, b) in enumerate(rest) if text[a:b] == "in"]
                    if seat and seat[-1] > 1:
                        rest = rest[: seat[-1]]  # "... Government in the Macao SAR"
                    # (a body of its own has its head before its own "of": "Office of the
                    # Commissioner of the Ministry of ...": the ministry, not the
                    # commissioner's "Commissioner of the Ministry of ...")
                    own_of = next(
                        (j for j, (a, b) in enumerate(rest) if text[a:b] == "of"), len(rest)
                    )
                    if kinds and len(rest) > 1:
                        extra.setdefault("short", text[s : part[k - 1][1]])
                        if any(k + 2 <= kk < k + 2 + own_of for kk, _ in heads):
                            inner.append((rest[0][0], rest[-1][1], kinds[-1]))
            short = str(extra.get("short", ""))
            if not (
                inner
                and (
                    short in vocab["occasions"]
                    or short.split()[-1] in vocab["occasions"]
                    or short in vocab["body_works"]
                )
            ):
                # "the Fifth Session of the ... People's Congress": a sitting of the body
                # inside it, no body of its own; "the Main Board of The Stock Exchange of
                # Hong Kong Limited": a board it lists on; "Work of the ... Office": what
                # the body does
                accept(s, e, _kind_name(heads[-1][1]), "inst.head_noun", **extra)
            for a, b, kd in inner:
                accept(a, b, _kind_name(kd), "inst.inner_body")
    # 4. "Hong Kong-listed Kerry Logistics Network": a listing or a seat before a name of
    # two or more words that is no place ("a Shenzhen-based Chinese firm" names nothing).
    # Last, so that a name with a head noun ("Shanghai-based East Center of ...") wins.
    for m in _LISTED.finditer(text):
        name = m.group("name")
        words = name.split()
        if len(words) >= 2 and name not in gazetteer()[1] and words[0] not in vocab["lead_stop"]:
            accept(m.start("name"), m.end("name"), "company", "inst.listed")
    # 5. "AICEP Portugal Global and the Economic Development Bureau ... signed": the other
    # party of a body to a signing is a body too, head noun or not
    for m in _SIGNED.finditer(text):
        partner = next((f for f in by_id.values() if f["end"] == m.start()), None)
        if partner is None:
            continue
        lead = _PARTY_BEFORE.search(text, max(0, partner["start"] - 80), partner["start"])
        if lead is None:
            continue
        name = lead.group("name")
        words = name.split()
        if name in gazetteer()[1] or words[0] in vocab["lead_stop"] or _person_like(words):
            continue  # a place ("Zhuhai and the X Bureau signed") or a person is no body
        accept(lead.start("name"), lead.end("name"), "other", "inst.signing_party")
    out = sorted(by_id.values(), key=lambda f: f["start"])
    _drop_joined_place(text, out)
    _units_of_universities(text, out)
    out = _drop_branch_after_dash(text, out)
    # "GBA Trade and Logistics Forum 2026": an occasion's name with its edition's year is an
    # event, not a body (and so is one told as attended or held: "will attend the
    # Macao-Portugal Business Forum on 1 December")
    # (a name told so once is that occasion wherever it stands: "Added the ... Forum.",
    # "Figures for the ... Forum")
    held = {
        f["name"]
        for f in out
        if f["name"].split()[-1] in vocab["occasions"]
        and (
            _EDITION_YEAR.match(text, f["end"])
            or _OCCASION_TOLD.search(text, max(0, f["start"] - 40), f["start"])
            # "The ... Forum was held on 10 August", "... Forum took place in Nansha"
            or _OCCASION_HELD.match(text, f["end"])
            # "The 15th Pan-Pearl River Delta ... Forum opened": an edition's number
            or _EDITION_BEFORE.search(text, max(0, f["start"] - 24), f["start"])
        )
    }
    out = [
        f
        for f in out
        if not any(_same_tail(f["name"], name) for name in held)
        # ("the Hyogo-Guangdong Friendship Exchange Conference": people exchanged, no bourse;
        # so are firms in "the Hebi-Macao Economic and Trade Exchange Conference")
        # ("the Rizhao-Hong Kong Port and Shipping Cooperation Conference": a trade named
        # by a firm's head noun is the gathering's subject, no firm)
        and not (
            f["kind"] == "company"
            and f["rule"] == "inst.head_noun"
            and _GATHERING_OF_TRADE.match(text, f["end"])
        )
        and not (
            len(words := f["name"].split()) > 1
            and words[-1] == "Exchange"
            and (
                words[-2].split("-")[-1] in vocab["exchange_kinds"]
                or _GATHERING_AFTER.match(text, f["end"])
            )
        )
    ]
    for f in out:
        del f["id"]
    return out


# a gathering's noun closing the name a run begins: "... Exchange Conference"
_GATHERING_NOUN = r"(?:Conference|Meeting|Forum|Fair|Expo|Symposium|Week|Seminar)"
_GATHERING_AFTER = recache.compile(rf"[^\S\n]+{_GATHERING_NOUN}\b")

# more capitalised words of a gathering's name, closed by its noun: "... Cooperation
# Conference", "... Industry Development Forum"
_GATHERING_OF_TRADE = recache.compile(
    rf"(?:[^\S\n]+[A-Z][a-z]+(?:-[a-z]+)?){{0,3}}?[^\S\n]+(?:{_GATHERING_NOUN}|Summit)\b"
)


def _same_tail(a: str, b: str) -> bool:
    """Is one name the other's closing words ('Figures for the ... Forum', '... Forum')?"""
    return a == b or a.endswith(f" {b}") or b.endswith(f" {a}")


_OCCASION_TOLD = recache.compile(
    r"\b(?:attend(?:s|ed|ing)?|(?:take|takes|took|taking)\s+part\s+in|participat\w*\s+in|"
    r"(?:co-)?host(?:s|ed|ing)?|held|hold(?:s|ing)?|open(?:s|ed|ing)?|address(?:es|ed|ing)?|"
    r"spoke\s+at|speak(?:s|ing)?\s+at)\s+(?:the\s+)?$"
    # an event page's field: "What: Hong Kong-Guangxi Economic and Trade Cooperation Forum"
    r"|(?:^|\n)[ \t]*(?:What|Event)[ \t]*:[ \t]*(?:the\s+)?$"
    # a trip's purpose: "took the train to Guangzhou for the ... Forum"
    r"|\bto\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+for\s+the\s+$",
    re.I,
)
_OCCASION_HELD = recache.compile(
    # (and a reduced one: "... Logistics Forum, held in Beihai on 24 June")
    r",[^\S\n]+held\s+(?:in|on|at|from)\b"
    r"|,?[^\S\n]+(?:(?:was|were|is|will\s+be|has\s+been)\s+held|(?:took|takes|will\s+take)"
    r"\s+place|(?:opened|closed|kicked\s+off|concluded|ended)\s+(?:on|in|at|yesterday|today)\b)",
    re.I,
)
_EDITION_BEFORE = recache.compile(
    r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]his)[^\S\n]+(?:\d{1,3}(?:st|nd|rd|th)|(?i:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|annual|inaugural))[^\S\n]+$"
)
_EDITION_YEAR = recache.compile(r"[^\S\n]+(?:19|20)\d{2}\b(?![-/.]\d)")


_DASH_BETWEEN = recache.compile(r"[^\S\n]+[–—-][^\S\n]+")


def _drop_branch_after_dash(text: str, found: list[dict]) -> list[dict]:
    """ "From: Pearl Delta Shipping Co., Ltd. – Hong Kong Office": a place's office or branch
    after a dash is the body's unit there (a memo's or a letterhead's sender), no body of
    its own."""
    out: list[dict] = []
    for f in found:
        words = f["name"].split()
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(words) >= 2
            and words[-1] in _vocab()["branch_units"]
            and " ".join(words[:-1]) in gazetteer()[1]
            and _DASH_BETWEEN.fullmatch(text, prev["end"], f["start"]) is not None
        ):
            continue
        out.append(f)
    return out


def _units_of_universities(text: str, found: list[dict]) -> None:
    """'Department of Pathological Anatomy and Cytology of the Chinese University of Hong
    Kong': a department named as a university's is a university's unit, not a government's."""
    for f, g in pairwise(found):
        if (
            f["kind"] == "government"
            and g["kind"] == "university"
            and OF_THE.fullmatch(text, f["end"], g["start"])
        ):
            f["kind"] = "university"


# "Shenzhen-based GridNest": what a place is the base of is a firm (a capitalised run of
# one to four words; "Hong Kong-based" is one word for this)
_FIRM_NAME = rf"{_CAP}(?:{_SP}{_CAP}){{0,3}}"
_BASED_IN = recache.compile(rf"(?<=-based)[^\S\n](?P<name>{_FIRM_NAME})(?![\w'’&-])")
_SPUN_OUT = recache.compile(
    rf"(?<![\w'’-])(?P<name>{_FIRM_NAME}),?{_SP}(?:(?:which|that){_SP})?(?:was{_SP})?"
    rf"(?:spun{_SP}(?:out|off){_SP}(?:of|from)|a{_SP}spin-?(?:off|out){_SP}(?:of|from))\b"
)


_NOT_AFTER_PREPOSITION = "".join(
    rf"(?<!\b{w}\s)" for w in ("in", "on", "at", "by", "to", "of", "from", "since")
)


@cache
def _told_firm(cues: str, name_re: str) -> re.Pattern[str]:
    """'Tasca Robotics, a restaurant automation firm,': a name told as a firm in apposition
    (up to five words between the article and the trade; after 'the' at least one, and
    never after a preposition: 'in May, the airline said' is no apposition)."""
    return recache.compile(
        rf"(?<![\w'’-]){_NOT_AFTER_PREPOSITION}(?P<name>{name_re}),{_SP}(?:an?{_SP}|the{_SP}(?=[\w'’-]+{_SP}[\w'’-]))"
        rf"(?:[\w'’-]+{_SP}){{0,5}}?(?:{cues})(?![\w'’-])"
    )


_FIRM_AT = recache.compile(
    rf"(?<=[^\S\n]at[^\S\n])(?P<name>{_CAP}(?:{_SP}{_CAP}){{0,2}}{_SP}&{_SP}{_CAP}"
    rf"(?:{_SP}{_CAP}){{0,2}})"
)
_UNIQUE_POST_AT = recache.compile(
    rf"\b[Tt]he[^\S\n]+(?i:{trie_regex(resources.titles()['unique_posts'])})[^\S\n]+at[^\S\n]+$"
)
_NAME_AT = recache.compile(
    rf"(?<=[^\S\n]at[^\S\n])(?P<name>{_CAP}(?:{_SP}{_CAP}){{1,3}})"
    rf"(?![\w'’&-]|[^\S\n]*[A-Z(&]|{_SP}(?:and|of|for|de){_SP}[A-Z])"
)
# "Sofia Ng, founder, BlueDelta Microsystems]", "Tom Lee, CEO, Harbourline Robotics;": a
# caption's or a speakers' list's person, post and body, set off by commas
_POST_LISTED = recache.compile(
    rf"[A-Z][\w'’-]*,{_SP}(?P<post>[\w-]+(?:{_SP}[\w-]+){{0,2}}),{_SP}"
    rf"(?P<name>{_CAP}(?:{_SP}(?:{_CAP}|&)){{1,3}})(?=[^\S\n]*(?:[,;.)\]\n]|$))"
)
_INDEFINITE_BEFORE = recache.compile(r"\b[Aa]n?[^\S\n]+$")
_JOINED = recache.compile(r"(?P<place>[A-Z][\w'’. -]{1,30}?) and (?=[A-Z])")


_SERIES_BEFORE = recache.compile(r"(?:(?<=\s)|^)([A-Z][a-z]+),[^\S\n]+$")
# (an owner's possessive is no name of its own: "Hong Kong's Innovation, Technology and ...")
_CAP_WORD_BEFORE = recache.compile(r"(?<![\w'’-])(?!The\b)[A-Z][\w'’-]*(?<!['’]s)[^\S\n]+$")


def _series_start(text: str, start: int) -> int:
    """Where a name opening with 'X and Y' starts once the words of its series before a
    comma join it ('Science, Technology and Innovation Commission'; never a place:
    'Zhuhai, Shenzhen and Hong Kong ...' lists places)."""
    while (m := _SERIES_BEFORE.search(text, max(0, start - 30), start)) is not None:
        if m.group(1) in gazetteer()[1] or m.group(1) in _vocab()["lead_stop"]:
            break
        if (seat := _seat_before(text, m.start(1))) is not None:
            return seat  # "Guangzhou Municipal Culture, Radio, ... Bureau": the body's seat
        if _CAP_WORD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)):
            break  # "Hong Kong, Singapore and Macao ...": a name of its own before the comma
        start = m.start(1)
    return start


# A place's level word between the place and a body's head: "Guangzhou Municipal ..."
SEAT_LEVELS = ("Municipal", "Provincial")
_SEAT_BEFORE = recache.compile(
    r"(?:(?<=\s)|^)(?P<seat>(?:[A-Z][\w'’-]*[^\S\n]+){1,3}?)"
    rf"(?:{'|'.join(SEAT_LEVELS)})[^\S\n]+$"
)


def _seat_before(text: str, start: int) -> int | None:
    """Where a place and its level word ('Guangzhou Municipal') right before ``start``
    begin, if they are there."""
    m = _SEAT_BEFORE.search(text, max(0, start - 50), start)
    if m is None or m.group("seat").strip() not in gazetteer()[1]:
        return None
    return m.start("seat")


# "between Huizhou's Daya Bay and ...", "linking Huizhou and ...": the two ends of a link
_BETWEEN_ENDS = recache.compile(
    r"\b(?:between|linking|connecting)[^\S\n]+(?:[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*){0,2}['’]s"
    r"[^\S\n]+)?$"
)


def _drop_joined_place(text: str, found: list[dict]) -> None:
    """'Qingdao and Hong Kong Investment Corp. Set Up ...' (a headline), with 'Hong Kong
    Investment Corp.' named on its own elsewhere, or 'a coach route between Huizhou's Daya
    Bay and Hong Kong International Airport', the two ends of a link: the place is the
    body's partner, not part of its name. A name that only ever appears whole ('Hong Kong
    and Macao Affairs Office') is left alone."""
    names = [f["name"].rstrip(".") for f in found]
    for f in found:
        m = _JOINED.match(f["name"])
        if m is None or m.group("place") not in gazetteer()[1]:
            continue
        rest = f["name"][m.end() :].rstrip(".")
        if any(n != f["name"].rstrip(".") and n.startswith(rest) for n in names) or (
            _BETWEEN_ENDS.search(text, max(0, f["start"] - 60), f["start"])
        ):
            f["start"] += m.end()
            f["name"] = text[f["start"] : f["end"]]


def _document_of(
    text: str, part: list[tuple[int, int]], heads: list[tuple[int, str]], last: int
) -> bool:
    """Does a document word ('Scheme', 'Programme') followed by 'for'/'on' stand before the
    name's head, with no head before it ('Funding Scheme for Youth Exchange' names a
    scheme; 'Office of the Scheme for ...' is an office)?"""
    first_head = heads[0][0]
    closers = _vocab()["not_body_closers"]
    return any(
        text[a:b] in closers and text[slice(*part[k + 1])] in ("for", "on")
        for k, (a, b) in enumerate(part[:last])
        if k < first_head
    )


def _kind_name(kind: str) -> str:
    return (
        kind
        if kind in ("government", "university", "research", "company", "association")
        else "other"
    )


class InstitutionFinder:
    """Write institution mentions to ``doc._.coop["institutions"]``."""

    def __call__(self, doc: Doc) -> Doc:
        for fact in find_institutions(text_of(doc)):
            add_fact(
                doc, "institutions", fact.pop("start"), fact.pop("end"), fact.pop("rule"), **fact
            )
        return doc
