"""Officials: people named with a role, their title and affiliation, and later short forms.

Rules (ids in the output):
- ``official.title_name``: "[Suzhou's] Party Secretary Cao Lubao";
- ``official.name_appositive``: "Huang Wei, the Communist Party head of Futian district",
  "Gu Haidong (right), executive vice mayor of Suzhou", lists of delegates with posts;
- ``official.title_of_name``: "the Chief Executive of the Hong Kong SAR, Li Jiachao";
- ``official.as_title_name``: "as chief executive, Lee Ka-chao ...";
- ``official.title_colon``: a notice's field, "Director of the Statistics Section: Ms Tang
  Yuxin", or a directory's line, "Director ........ Liang Wenbin";
- ``official.name_bracketed``: an event report's speaker, "Dr Alice Ng (Director, Pearl
  River Policy Institute)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import recache, resources
from ..extensions import add_fact, facts, store, text_of
from ..normalize import MONTH_RE, WEEKDAYS
from ..textutil import (
    OF_THE,
    RESUME_OPENER,
    SpanSet,
    aligned_cells,
    line_at,
    norm,
    table_cells,
    trie_regex,
    windows,
)
from ..truecase import third_person_verbs
from .cities import gazetteer

# A one-capital token ("Vincent U") only where it is not an initial ("F." in "John F. Lee");
# a full stop after it that ends its line ends the sentence ("... President Vincent U.").
# Letters of Latin-1 too: "João Gonçalves Araújo"
_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
# An Arabic family name keeps its article: "Khalid Al-Falih", "Omar El-Sayed"
_ARABIC = rf"(?:Al|El|Bin|Ibn|Abu|Abdul)-[{_UP}][{_LO}]+"
# A family name in capitals before the given name, as Hong Kong and Macao bodies write it
# ("Professor WONG Siu-ming"): ``valid_name`` takes it only first, and only a known surname
NAME_TOKEN = (
    rf"(?:{_ARABIC}|[{_UP}][{_LO}]+(?:-[{_LO}]+)?|[{_UP}][{_LO}]*[{_UP}][{_LO}]+|[{_UP}](?!\w|\.[^\S\n]*\S)"
    rf"|[{_UP}]{{2,}}(?=[^\S\n]+[{_UP}][{_LO}]))"
)
# Lower-case particles inside Portuguese and other Western names ("Maria Helena de Senna
# Fernandes"); they do not count among a name's two to four words.
PARTICLES = ("de", "da", "do", "dos", "das", "van", "von", "der", "del")
_PARTICLE = rf"(?:(?:{'|'.join(PARTICLES)})[^\S\n]+)?"
# (a name's words stand one or two spaces apart: three or more part a table's columns,
# "Courtesy call by Zhuhai Vice Mayor Ding Wei   Porcelain vase")
_NAME_GAP = r"[^\S\n]{1,2}(?![^\S\n])"
PERSON = rf"(?<![\w'’-])(?P<name>{NAME_TOKEN}(?:{_NAME_GAP}{_PARTICLE}{NAME_TOKEN}){{1,3}})"
_STOP = {
    "The", "This", "That", "These", "Those", "He", "She", "They", "It", "We", "I", "Our",
    "His", "Her", "Their", "Its", "And", "But", "Or", "In", "On", "At", "For", "From", "With",
    "By", "To", "Of", "As", "After", "Before", "During", "Since", "Under", "Over", "According",
    "When", "While", "Once", "If", "Although", "Though", "Because", "Until", "Where", "Why",
}  # fmt: skip
# capitalised words of a longer proper name: "Western Rail Link" is no person's name, nor
# is its tail "Rail Link"
_NAME_WORDS = {
    "Key", "Officials", "Delegates", "Chinese", "Mainland", "National", "Central", "Western",
    "Eastern", "Southern", "Northern", "International", "Party", "Communist", "Special",
    "Administrative", "Region", "Government", "Municipal", "Provincial", "People", "Science",
    "Technology", "Innovation", "Cooperation", "Development", "Trade", "Economic", "Commerce",
    "Belt", "Road", "Greater", "Bay", "Area", "Delta", "River", "New", "Old", "First", "Sight",
    "Focus", "Home", "News", "Latest", "Photo", "Updated", "Published", "Read", "More", "Also",
    "Both", "Each", "Every", "Many", "Most", "Some", "Several", "Leave", "Comment", "Reports",
    "Retail", "Asia", "Asian", "Europe", "European", "American", "Global", "World",
    # an instrument's name and number ("Executive Order No. 52/2026")
    "Order", "Decree", "Ordinance", "Article", "Annex", "No",
    # a letter's closing over its signer's post ("Best Regards" / "Director")
    "Regards", "Sincerely", "Faithfully", "Respectfully", "Yours", "Best", "Kind", "Warm",
    "Wishes", "Thanks", "Thank", "Cheers",
}  # fmt: skip
_STOP |= _NAME_WORDS


_HONORIFIC_WORDS = resources.honorific_words()
# the verbs of a post held, told after the name ("who worked under me as ...")
_SERVE_VERBS = r"(?:worked|served|works|serves)"


@cache
def _vocab() -> dict:
    titles = resources.titles()
    heads = sorted({h for words in titles["heads"].values() for h in words}, key=len, reverse=True)
    # "vice mayor" also matches "vice-mayor" (and the other way round).
    head_re = trie_regex({h.replace("-", " ") for h in heads}, space=r"[\s-]+")
    head_low = trie_regex({h.replace("-", " ").lower() for h in heads}, space=r"[\s-]+")
    places, forms = gazetteer()
    org_words = {h for words in resources.org_heads()["heads"].values() for h in words}
    honor = trie_regex(titles["honorifics"])
    return {
        # (a head may end in its abbreviation's stop: "Gov.", "Lt. Gov.")
        "head_re": recache.compile(rf"(?i)\b(?:{head_re})(?:(?<=\.)|\b)"),
        "head_anchor": recache.compile(rf"\b(?:{head_low})(?:(?<=\.)|\b)"),  # on lowered text
        "head_alt": head_re,
        "group": {g.lower() for g in titles["group_titles"]},
        "organs": {o.lower() for o in titles["organs"]},
        "unit_heads": frozenset(titles["unit_heads"]),
        # "Board of Directors" as ("board", "Directors"): an organ a title may split
        "split_organs": [
            (o.split(" of ", 1)[0].lower(), o.split(" of ", 1)[1])
            for o in titles["organs"]
            if " of " in o
        ],
        "modifiers": frozenset(titles["modifiers"]),
        "portfolio": set(titles["portfolio_prepositions"]),
        "place_forms": set(forms),
        # the names of places in China, Hong Kong and Macao: none is a Western given name
        "home_forms": {
            f for f, k in forms.items() if places[k].country in ("CN", "HK", "MO", "TW")
        },
        "place_posts": {norm(p) for p in titles["place_posts"]},
        "place_re": trie_regex(set(forms), space=r"[^\S\n]+"),
        "org_words": org_words,
        "honor": honor,
        "postnominals": trie_regex(titles["postnominals"]),
        "title_words": {w for h in heads for w in h.split()},
        "portfolio_words": {w.lower() for w in titles["portfolio_words"]},
        "portfolio_re": trie_regex(titles["portfolio_words"]),
        "body_heads": trie_regex(
            [h for words in resources.org_heads()["heads"].values() for h in words]
        ),
        "company_nouns": {"company", "firm", *resources.org_heads()["company_cues"]},
        "seat_units": trie_regex(resources.org_heads()["seat_units"], space=r"[^\S\n]+"),
        "meeting_role": recache.compile(
            rf"\s*\((?:{trie_regex(titles['meeting_roles'])})\)\s*$", re.I
        ),
    }


def is_portfolio(obj: str) -> bool:
    """'Economy and Finance', 'commerce and economic development': a post's portfolio."""
    # "Financial Services and the Treasury": "the" may follow "and"
    obj = re.sub(r"\b(and|&)\s+the\b", r"\1", obj.lower().strip(" ,"))
    words = [w for w in re.split(r"[\s,]+", obj) if w and w not in ("and", "&")]
    vocab = _vocab()["portfolio_words"]
    i = 0
    while i < len(words):  # each word, or a phrase of the list ("financial services")
        size = next((k for k in (3, 2, 1) if " ".join(words[i : i + k]) in vocab), 0)
        if not size:
            return False
        i += size
    return bool(words)


def _portfolio_owner(obj: str, owner_preps: tuple[str, ...]) -> tuple[str, str | None] | None:
    """'Investment Promotion' -> (it, None); 'Tourism of Macao' -> ('Tourism', 'Macao')
    when the owner follows one of ``owner_preps``; None when no portfolio leads ``obj``."""
    if is_portfolio(obj):
        return (obj, None)
    owned = _OWNED.match(obj)
    if owned and owned.group(2) in owner_preps and is_portfolio(owned.group(1)):
        return (owned.group(1), owned.group(3))
    return None


_ACRONYM_OWNER = recache.compile(r"[A-Z][A-Za-z]{0,2}[A-Z]{1,6}")


def _possessive_place(app: str) -> tuple[str | None, str]:
    """'Hong Kong's Secretary for Education' -> ('Hong Kong', 'Secretary for Education');
    a body's acronym owns its post too ('the HKTDC's Deputy Executive Director')."""
    m = re.match(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)(?:'s|’s)\s+(.*)$", app, flags=re.S)
    if m is None:
        return None, app
    owner = m.group(1)
    return (owner, m.group(2)) if _may_own(owner) else (None, app)


def _may_own(owner: str) -> bool:
    """May a possessive's capitalised words own a post? A place, a body's acronym, a firm's
    short name ("Lam Chi-keung, Bayline's general manager"); not a person's family name
    ("Chen's chief of staff"), nor a head noun standing for a body named before ("the
    University's Vice President")."""
    return bool(
        owner in _vocab()["place_forms"]
        or _ACRONYM_OWNER.fullmatch(owner)
        or (
            owner not in resources.surnames()
            and owner.split()[0] not in _STOP
            and owner.lower() not in resources.org_head_words()
            and owner.lower() not in _vocab()["organs"]
        )
    )


# A given name of one to three pinyin syllables ("Xiaorong", "Lifeng", "Wei-ming")
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    r"|ua|uo|ui|er|a|o|e|i|u)"
)
_PINYIN_GIVEN = recache.compile(rf"(?i:{_SYLLABLE}(?:-?{_SYLLABLE}){{0,2}})")


# the capitalised word after a name, past a bracket ("... Management (Hong Kong) Limited")
_NEXT_CAP = recache.compile(r"(?:[^\S\n]+\([^()\n]{1,30}\))?[^\S\n]+([A-Z][\w.]*)")


def _letter_end(text: str, end: int) -> bool:
    """Does the text end after ``end``, but for a few short lines (a place and a date, a
    contact)? A signature there is a letter's sign-off."""
    rest = [line for line in text[end:].splitlines() if line.strip()]
    return len(rest) <= 3 and all(len(line) < 80 for line in rest)


def valid_name(name: str, strong_context: bool) -> bool:
    """Is ``name`` a person's name? Needs a known surname unless the context is strong."""
    vocab = _vocab()
    tokens = [t for t in name.split() if t not in PARTICLES]
    if not 2 <= len(tokens) <= 4 or name in vocab["place_forms"]:
        return False
    for k, t in enumerate(tokens):
        if len(t) > 1 and t.isupper() and (k or t.capitalize() not in resources.surnames()):
            return False  # ("WONG Siu-ming": a surname in capitals, first; "HKPC Executive")
        base = t.split("-")[0]
        # "Jun" is a month and a given name: "Li Jun", "Chen Jun" (after a surname); so are
        # "May" and "Jan" before one, where a post vouches for the person ("Jan Lo,
        # vice-chairman of ...")
        month_ok = (k > 0 and tokens[k - 1] in resources.surnames()) or (
            k == 0 and strong_context and tokens[1] in resources.surnames()
        )
        if (
            t in ("In", "I")
            and k == len(tokens) - 1
            and k >= 2
            and any(x in resources.surnames() for x in tokens[:2])
        ):
            continue  # a Macao given name's last syllable: "Leong Weng In", "Ella Lei Cheng I"
        if len(t) == 1 and t not in resources.surnames():
            return False
        if t.rstrip(".") in _HONORIFIC_WORDS:
            return False
        if k and t.lower() in third_person_verbs():
            return False  # a headline's "Consul General Xue Jian Attends Osaka-...": a verb
        if t == "He" and k == 0 and len(tokens) == 2 and _PINYIN_GIVEN.fullmatch(tokens[1]):
            continue  # the surname He before a pinyin given name: "He Xiaorong" ("He Said" no)
        if (
            t in _STOP
            or t in vocab["org_words"]
            or t.lower() in vocab["title_words"]
            or (re.fullmatch(MONTH_RE, t) and not month_ok)
            or t.lower() in WEEKDAYS
        ):
            return False
        if t in vocab["place_forms"] and base not in resources.surnames():
            # "Huang Kunming": a given name may sound like a city, after a surname, unless
            # the two words together are a place ("Wong Tai Sin")
            given = (
                k > 0
                and tokens[0] in resources.surnames()
                and " ".join(tokens[: k + 1]) not in vocab["place_forms"]
            ) or (
                # "Sofia Lam": a Western given name that is a city too, before a surname
                # (and a Hong Kong given name's hyphened syllables: "Stanley Lau Ka-ming")
                k == 0
                and (len(tokens) == 2 or (len(tokens) == 3 and "-" in tokens[2]))
                # ("Macao Marine and Water Bureau": a home place opens no person's name)
                and t not in vocab["home_forms"]
                # (any family name where a post vouches for the person: "appointed Sofia
                # Mendes as General Manager")
                and (tokens[1] in resources.surnames() or strong_context)
                and tokens[1] not in vocab["place_forms"]
                and name not in vocab["place_forms"]
            )
            if not given:
                return False
    if strong_context:
        return True
    return any(
        (t.split("-")[0].capitalize() if t.isupper() else t.split("-")[0]) in resources.surnames()
        for t in tokens
    )


def surname_of(name: str) -> str:
    """The surname: the first token that is a known Chinese surname, else the last token
    (one written in capitals is the surname as prose writes it: "WONG Siu-ming", "Wong")."""
    tokens = name.split()
    for t in tokens:
        if t in resources.surnames():
            return t
        if t.isupper() and t.capitalize() in resources.surnames():
            return t.capitalize()
    return tokens[-1]


def parse_appositive(app: str) -> tuple[str, str | None] | None:
    """Split 'the Communist Party head of Futian district' into (title, affiliation).

    Returns None when the phrase does not start with a title.
    """
    app = _DETERMINER.sub("", app.strip())
    if re.match(r"(?:and|or|&|as well as)\b", app):
        return None  # "X, and Hainan vice governor Y": the next person, not X's post
    app = _RELATIVE_TAIL.sub("", app)  # "vice-mayor of Shenzhen who spent ...": the post
    app = _vocab()["meeting_role"].sub("", app)  # "... for Health (Co-chair)": at the meeting
    parsed = _parse_post(app)
    if parsed is None and (described := _DESCRIBED_AND.match(app)) is not None:
        # "a retired toy maker and former vice-chairman of X": a description, then the post
        parsed = _parse_post(_DETERMINER.sub("", app[described.end() :]))
    return parsed


_DETERMINER = recache.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.I)
_RELATIVE_TAIL = recache.compile(r"\s+(?:who|which|whose)\b.*$", re.S)
# a lower-case description without a post, then "and": "retired toy maker and"
_DESCRIBED_AND = recache.compile(r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?\s+and\s+")
# "then chairman of X" is the post at the time told, "currently deputy director of X" the
# post now; "former" is kept, as written
_STATUS = recache.compile(r"(?P<status>former|then|currently|presently|now|at\s+present)\s+", re.I)
_STATUS_THEN = recache.compile(r"^then[\s-]+", re.I)


def _parse_post(app: str) -> tuple[str, str | None] | None:
    """The post and its owner, for an appositive without its determiner."""
    status = _STATUS.match(app)
    if status is not None:
        app = app[status.end() :]
    owner, app = _possessive_place(app)
    if owner is None and (generic := _GENERIC_OWNER.match(app)) is not None:
        # "the company's founder": a common noun owns the post; the component names the
        # body of that kind the story gave before (``_named_owner``)
        owner, app = generic.group(1), generic.group(2)
    parsed = _parse_title(app)
    if parsed is None:
        return None
    title, affil = parsed[0], parsed[1] or owner
    if (
        owner is not None
        and affil in _vocab()["place_forms"]
        and re.search(rf"\s+for\s+{re.escape(affil)}\s*$", app)
    ):
        # "the UK's Trade Commissioner for China": the owner's post covers the place after
        # "for" (whose post it is, the possessive says)
        title, affil = f"{title} for {affil}", owner
    if affil is None and (place := _place_prefix(title)) is not None:
        # "the Shenzhen vice-mayor": the place owns the post
        title, affil = title[len(place) :].strip(), place
    if status is not None and status.group("status").lower() == "former":
        title = f"{status.group('status')} {title}"
    return (title, affil)


def _place_prefix(title: str) -> str | None:
    """The place opening a post's words ('Shenzhen' of 'Shenzhen vice-mayor'), if a post
    follows it."""
    words = title.split()
    for n in (3, 2, 1):
        place = " ".join(words[:n])
        if len(words) > n and place in _vocab()["place_forms"]:
            rest = " ".join(words[n:])
            return place if _vocab()["head_re"].match(rest) else None
    return None


@cache
def _posting_words() -> frozenset[str]:
    """The last words of the posts that take 'to <place>' ('ambassador', 'envoy')."""
    return frozenset(norm(h).split()[-1] for h in resources.titles()["posting_heads"])


_POSSESSOR_BEFORE = recache.compile(
    r"(?<![\w'’-])((?:[A-Z][\w-]*[^\S\n]+){0,2}[A-Z][\w-]*)['’]s[^\S\n]+$"
)


# the body or place that appoints, right before its verb: "Grand Lisboa Palace Macau has "
_APPOINTER = recache.compile(
    r"(?<![\w'’-])(?P<who>[A-Z][\w'’&.-]*(?:[^\S\n]+(?:[A-Z][\w'’&.-]*|of|and|for)){0,6})"
    r"[^\S\n]+(?:(?:has|have|had)[^\S\n]+)?$"
)


def _appointer(text: str, start: int) -> str | None:
    """The body (or place) whose verb appoints or names the person, if it names one."""
    m = _APPOINTER.search(text, max(0, start - 80), start)
    if m is None:
        return None
    # ("Hong Kong-based Harbourfront Hotels Group": where it is based is no part of it)
    who = re.sub(r"^.*?-based[^\S\n]+", "", m.group("who"))
    words = who.split()
    if not words or words[0] in _STOP or not _is_body(who):
        return None  # "Chan appointed ...": a person, not a body
    return who


# the capitalised name right before a bracket: "Kansai Denryoku Engineering Co., Ltd. ("
_NAME_BEFORE_BRACKET = recache.compile(
    r"(?<![\w'’-])((?:[A-Z][\w&'’.,-]*[^\S\n]+){0,6}[A-Z][\w&'’.-]*)[^\S\n]*$"
)


def _shared_place(text: str, start: int, title: str) -> str | None:
    """'Hunan Party Secretary Ling Zhiqiang and Governor Fang Yuhua': a place's post after
    'and' and another post of that place's holder is the same place's."""
    if norm(title) not in _vocab()["place_posts"] or text[max(0, start - 5) : start] != " and ":
        return None
    m = _patterns()["shared_place"].search(text, max(0, start - 120), start)
    return m.group("place") if m else None


def _possessor_before(text: str, start: int) -> str | None:
    """'Victoria's Commissioner to Greater China Mark Wheeler': a state or a firm that owns
    the post (not a person: 'Chen's chief of staff')."""
    m = _POSSESSOR_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m and _may_own(m.group(1)) else None


# a body's head noun that owns a post: "the bureau's director", "The Council's Chairman"
_HEAD_OWNER = recache.compile(r"([A-Za-z]+)['’]s\s")
# ("the joint laboratory's director": a head noun after a word that describes it)
_GENERIC_OWNER = recache.compile(r"([a-z]+(?:[^\S\n][a-z]+)?)['’]s\s+(.+)$", re.S)


# "research at HKUST", "commerce of the Hubei government": a field, then the body owning it
_OWNED = recache.compile(r"(.+?)\s+(at|of|in)\s+(?:the\s+)?([A-Z].*)$")
# the body of a post in brackets after it, closing the appositive
_BODY_BRACKET = recache.compile(r"[^\S\n]*\(([A-Z][^()\n]{2,80})\)[^\S\n]*")
# a post's unit in brackets after it: "Executive Director (Banking Policy)"
_UNIT = recache.compile(r"[^\S\n]*\((?:[A-Z][\w&-]*[^\S\n]*){1,4}\)")
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "this", "that", "our", "one"}


_SEATED_IN = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")
_SAR = r"(?:SAR|Special[^\S\n]+Administrative[^\S\n]+Region)"
_MARKET = re.compile(r"\s+(?:[A-Z][\w-]*\s+){1,3}")


_PLACE_LED = recache.compile(r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+[a-z]")


def _place_led(obj: str) -> bool:
    """Does ``obj`` open with a place or region and go on in lower case ('Asia credit
    research at ...')?"""
    m = _PLACE_LED.match(obj)
    return m is not None and m.group(1) in _vocab()["place_forms"]


def _second_post(obj: str) -> tuple[str, str | None] | None:
    """'[Deputy Secretary of] the CPC Hainan Provincial Committee and Governor of Hainan
    Province': a party post, then the government post by which the news names the person;
    the second post and its owner. '... of the CPC Jiangmen Municipal Committee and Mayor':
    the second post's owner is the place the first one names, if it names one (a post in
    small letters names its owner: "deputy secretary of the CPC Dingxi Municipal Committee
    and mayor of Dingxi")."""
    for m in re.finditer(r"\s+and\s+(?=[A-Za-z])", obj):
        head = _vocab()["head_re"].match(obj, m.end())
        if head is None:
            continue
        if not head.group()[:1].isupper() and not re.match(r"\s+of\s", obj[head.end() :]):
            continue  # (in small letters only with its owner: "... and mayor of Dingxi")
        post = re.match(r"\s+of\s+(?:the\s+)?([A-Z].*)$", obj[head.end() :], flags=re.S)
        if post is not None:
            return head.group(), post.group(1).strip()
        if not obj[head.end() :].strip():
            words = obj[: m.start()].split()
            places = _vocab()["place_forms"]
            owner = next(
                (
                    " ".join(words[k : k + n])
                    for k in range(len(words))
                    for n in (3, 2, 1)
                    if " ".join(words[k : k + n]) in places
                ),
                None,
            )
            return head.group(), owner
    return None


# " and lead author of ...": a second role (two words, then its own "of/at/for"), not a
# field's second half ("research and development at X")
_AND_ROLE = recache.compile(r"\s+and\s+(?:an?\s+|the\s+)?[a-z]+\s+[a-z]+\s+(?:of|at|for)\b")
# "the judging panel and ": a body told in lower case only, then "and" (a second post)
_UNNAMED_THEN = recache.compile(r"(?:the|a|an|its|their)\s+(?:[a-z][\w'’-]*\s+){1,3}and\s+")


_TO_THE = recache.compile(r"\s+to\s+the\s+(?=[A-Z])")


def _parse_title(app: str) -> tuple[str, str | None] | None:
    vocab = _vocab()
    heads = list(vocab["head_re"].finditer(app))
    if not heads:
        return None
    first = heads[0]
    lead = app[: first.start()].split()
    # "senior Asia Pacific strategist": a modifier, then the market the post covers
    allowed = {"and", "of", "&", *vocab["modifiers"]}
    if len(lead) > 6 or any(w[0].islower() and w not in allowed for w in lead):
        return None
    title_end = first.end()
    group = first.group().lower() in vocab["group"]
    for h in heads[1:]:
        gap = app[title_end : h.start()]
        between = re.split(r"[\s-]+", gap.strip(" -"))
        if (
            re.fullmatch(r"[\s-]+", gap)
            or (gap[:1].isspace() and all(w.lower() in vocab["modifiers"] for w in between))
        ) and app[:title_end].split()[-1].lower() in vocab["modifiers"]:
            # "Deputy Secretary": a modifier that is a post of its own ("deputy") too; the
            # post is the word it modifies ("Principal Assistant Secretary": through more
            # modifiers)
            title_end = h.end()
            group = h.group().lower() in vocab["group"]
        elif (
            re.fullmatch(r"\s+(?:and|&)\s+(?:[A-Za-z-]+\s+){0,2}", gap)
            or (group and re.fullmatch(r"\s+of\s+(?:the\s+)?[A-Z][^,]*?\s+and\s+", gap))
            # "chief Greater China economist": the market a post covers, inside it
            or (h.group()[:1].islower() and _MARKET.fullmatch(gap))
        ):
            title_end = h.end()
        else:
            break
    body = _BODY_BRACKET.fullmatch(app, title_end)
    if body is not None and _has_org_word(body.group(1)):
        # "Minister of State (Department for Business and Trade)": the body the post is in
        return (app[:title_end].strip(), body.group(1).strip())
    if (unit := _UNIT.match(app, title_end)) is not None:
        title_end = unit.end()  # "Senior Manager (Banking Policy)": the post's unit is its own
    title = app[:title_end].strip()
    rest = app[title_end:]
    if _patterns()["posted_tail"].fullmatch(rest) and norm(title).split()[-1] in _posting_words():
        return (f"{title} {' '.join(rest.split())}", None)  # "Commissioner to Greater China"
    served = _TO_THE.match(rest)
    if served is not None and (inner := _parse_title(rest[served.end() :])) is not None:
        # "Press Secretary to the Chief Executive", "Adviser to the Mayor of Zhuhai": a post
        # that serves another post's holder is named with that post
        return (f"{title} to the {inner[0]}", inner[1])
    m = re.match(r"\s+(of|for|at|in|with)\s+(.*)$", rest, flags=re.S)
    if not m:
        if (field := _COMMA_FIELD.fullmatch(rest)) is not None and is_portfolio(field.group(1)):
            # "Executive Director, Engineering and Technology": the post's portfolio
            return (f"{title}, {field.group(1)}", None)
        return (title, None)
    prep, obj = m.group(1), m.group(2).strip()
    if prep == "of" and (bare := _BARE_UNIT.fullmatch(obj)) is not None:
        # "Head of Department (at DSAMA)": a post, its unit unnamed
        return (f"{title} of {bare.group('unit')}", bare.group("body"))
    if prep == "of" and (second := _second_post(obj)) is not None:
        return second
    if prep == "of" and (unnamed := _UNNAMED_THEN.match(obj)) is not None:
        # "chairman of the judging panel and dean of engineering at Lingnan Polytechnic":
        # a post in a body the story does not name, then the post held in one it names
        second = _parse_title(obj[unnamed.end() :])
        if second is not None and second[1] is not None:
            return second
    if prep == "of" and (second_role := _AND_ROLE.search(obj)) and obj[:1].islower():
        # "director of research and lead author of the report": the post, then another role
        field = obj[: second_role.start()]
        if len(field.split()) <= 3 and field.split()[0] not in _DETERMINERS:
            return (f"{title} of {field}", None)
    if prep == "of" and (obj[:1].islower() or _place_led(obj)):
        # "director of justice", "director of commerce at the Hubei government": a
        # portfolio, and the body after it owns the post ("head of Asia credit research at
        # X": the market a department covers opens it)
        owned = _OWNED.match(obj)
        field = owned.group(1) if owned else obj
        # "head of listing at HKEX": a short lower-case field before "at" a body is the
        # post's department, listed portfolio word or not
        department = (
            owned is not None
            and owned.group(2) == "at"
            and len(field.split()) <= 3
            and field.split()[0] not in _DETERMINERS
        )
        if is_portfolio(field) or department:
            # "at Kingsway Securities in Hong Kong": the firm, not where it sits
            return (f"{title} of {field}", _SEATED_IN.sub("", owned.group(3)) if owned else None)
    if prep == "of" and obj[:1].isupper():
        # "Director-General of Investment Promotion", "Minister of Finance of Singapore"
        split = _portfolio_owner(obj, ("at", "of"))
        if split is not None:
            return (f"{title} of {split[0]}", split[1])
    if prep in vocab["portfolio"] and not obj.startswith("the "):
        if obj[:1].islower() or is_portfolio(obj):
            # "vice-president for research at HKUST": the body after the portfolio owns it
            owned = _OWNED.match(obj)
            if owned and owned.group(2) != "in" and obj[:1].islower():
                return (f"{title} {prep} {owned.group(1)}", owned.group(3))
            return (f"{title} {prep} {obj}".strip(), None)
        # "Chief Secretary for Administration of the HKSAR Government"
        split = re.match(r"(.+?)\s+of\s+(?:the\s+)?(.+)$", obj)
        if split and is_portfolio(split.group(1)):
            return (f"{title} {prep} {split.group(1)}", split.group(2))
    obj = re.sub(r"^the\s+", "", obj)
    if group and prep == "of":
        inner = re.match(r"(.+?)\s+of\s+(?:the\s+)?(.+)$", obj)
        # "member of the Standing Committee of the Guangdong Provincial People's Congress",
        # but "chairman of the Macao Chamber of Commerce" is one body
        owner = inner.group(2) if inner else ""
        # ("chairman of the Federation of Macao Industries": a place inside a name is not
        # the body that holds it)
        if (
            inner
            and owner in _vocab()["place_forms"]
            and not _has_org_word(owner)
            and _has_org_word(inner.group(1))
            and inner.group(1).lower() not in _vocab()["organs"]
        ):
            # "chairman of the Guizhou Association of Hong Kong": a body named with the
            # place it serves (an organ, "the Standing Committee of Shenzhen", is the
            # place's)
            return (title, obj)
        if inner and (_has_org_word(owner) or owner in _vocab()["place_forms"]):
            return (f"{title} of the {inner.group(1)}", inner.group(2))
    if prep in ("at", "with"):
        obj = _SEATED_IN.sub("", obj)  # "at Standard Chartered in Hong Kong": the firm
    return (title, obj or None)


# what a comma may add to a post, read as its portfolio: ", Engineering and Technology"
_COMMA_FIELD = recache.compile(r",\s*([A-Z][^,;]*?)\s*")
# a unit named by its kind alone, part of the post: "Head of Department", "Chief of Section"
_BARE_UNIT = recache.compile(
    r"(?P<unit>(?i:department|division|section|unit|branch|team|secretariat|office))"
    r"(?:\s+(?:at|in)\s+(?P<body>[A-Z].*))?",
    re.S,
)


@Language.factory("coop_officials")
def make_officials(nlp: Language, name: str) -> OfficialFinder:
    """Build the official finder."""
    return OfficialFinder()


_PRONOUN = recache.compile(r"\b(?:He|She)\s+(?:is|was|serve)")


def find_officials(text: str, bounds: list[tuple[int, int]] | None = None) -> list[dict]:
    """Return official payloads: name span, title, affiliation, rule.

    Every rule needs a title, so only sentences with a title word are scanned.
    """
    vocab = _vocab()
    spans = windows(text, bounds or [], vocab["head_anchor"])
    found = [f for s, e in spans for f in _find_in(text, s, e)]
    taken = SpanSet([(f["start"], f["end"]) for f in found])
    for m in _patterns()["pronoun_post"].finditer(text) if _PRONOUN.search(text) else ():
        # a name closing its sentence, then the post told of him or her in the next one
        # ("The trip was led by Mr Chan Weng Kei. He is the Director of the Education and
        # Youth Development Bureau of Macao."): the two sentences are two windows
        parsed = parse_appositive(m.group("app"))
        if (
            parsed is not None
            and not taken.overlaps(m.start("name"), m.end("name"))
            and valid_name(m.group("name"), strong_context=True)
        ):
            title, affil = _body_after(text, m.end(), *parsed)
            found.append(_official(m, *_whole_organ(title, affil), "official.pronoun_post"))
            taken.add(m.start("name"), m.end("name"))
    for s, e in spans:
        found += _short_appositives(text, s, e, taken)
    # "Professor Ivan Sze Kin-lok" over "Secretary for ...": a title that is only a form
    # of address gives way to the post a signature's or a guest list's line names
    courtesy = {
        (f["start"], f["end"])
        for f in found
        if f["title"] and f["title"].rstrip(".") in _HONORIFIC_WORDS
    }
    if courtesy:
        taken = SpanSet(
            [(f["start"], f["end"]) for f in found if (f["start"], f["end"]) not in courtesy]
        )
    posted: set[tuple[int, int]] = set()
    for m in _patterns()["signature"].finditer(text):
        # a letter's or a filing's signature: the name, its post, its body, one a line (at
        # the letter's end, its sign-off, any name: "Takeshi Omura" / "Mayor of Kumamoto")
        if taken.overlaps(m.start("name"), m.end("name")) or not valid_name(
            m.group("name"), strong_context=_letter_end(text, m.end())
        ):
            continue
        title, org = m.group("title"), m.group("org")
        if org and not _has_org_word(org):
            org = _org_run_on(text, m.end("org"), org)
        if m.group("rest"):
            title, org = _post_units(title, m.group("rest").split(", "))
            nxt = _NEXT_LINE.match(text, m.end()) if org is None else None
            if nxt is not None and _is_body(nxt.group(1)):
                org = nxt.group(1)  # "Director, Business Development" over the firm's line
        body = org if org and _is_body(org) else _signed_under(text, m.start("name"))
        parsed = _parse_title(title) if body is None else None
        if parsed is not None and parsed[1] in _vocab()["place_forms"]:
            # "He Jianping" over "Mayor of Zhongshan": the post, and the place it is held in
            title, body = parsed
        found.append(_official(m, title, body, "official.signature"))
        taken.add(m.start("name"), m.end("name"))
        posted.add(m.span("name"))
    for rule in ("name_over_post", "name_field"):
        for m in _patterns()[rule].finditer(text):
            if taken.overlaps(m.start("name"), m.end("name")) or not valid_name(
                m.group("name"), strong_context=False
            ):
                continue
            parsed = _post_line(m.group("post"))
            if parsed is not None:
                title, affil = parsed
                if affil is None and rule == "name_field":
                    affil = _signed_for(text, m.start())
                found.append(_official(m, title, affil, f"official.{rule}"))
                taken.add(m.start("name"), m.end("name"))
                posted.add(m.span("name"))
    if courtesy & posted:
        found = [
            f
            for f in found
            if (f["start"], f["end"]) not in courtesy & posted
            or (f["title"] or "").rstrip(".") not in _HONORIFIC_WORDS
        ]
    for fact in [*_table_people(text), *_roll_call(text)]:
        if not taken.overlaps(fact["start"], fact["end"]):
            found.append(fact)
            taken.add(fact["start"], fact["end"])
    for fact in found:
        if fact["affiliation"] is None and fact["title"]:
            fact["affiliation"] = _clean_affil(_body_over(text, fact) or _owner_after(text, fact))
    resume = _RESUME.search(text) if ", male," in text or ", female," in text else None
    if resume is not None and not taken.overlaps(resume.start("name"), resume.end("name")):
        post = _current_post(text, resume.end())
        if post is not None and valid_name(resume.group("name"), strong_context=True):
            found.append(_official(resume, *post, "official.resume"))
    return sorted(found, key=lambda f: f["start"])


# A record's roll: "MEMBERS PRESENT:", "Deputies attending:" over the names, one a line,
# each holding the post the heading names in the plural ("Member"), unless a post stands
# alone on the line above it ("THE PRESIDENT" over "The Honourable Tsang Wing-fai, JP")
_ROLL_HEADING = recache.compile(
    r"(?im)^[ \t]*(?P<role>[a-z]+?)(?:ies|s)[ \t]+(?:present|attending|in[ \t]+attendance)"
    r"[ \t]*:?[ \t]*\n"
)
_ROLL_LINE = recache.compile(r"(?m)^[ \t]*(?:the[ \t]+)?(?P<line>[^\n]*?)[ \t]*$", re.I)


def _roll_call(text: str) -> list[dict]:
    """The people a record's roll lists under a heading such as "Members present:"."""
    if not any(w in text for w in ("resent", "ttend", "RESENT", "TTEND")):
        return []
    found: list[dict] = []
    person = _patterns()["roll_person"]
    for head in _ROLL_HEADING.finditer(text):
        stem = head.group("role")
        role = next((r for r in (stem + "y", stem) if _is_post(r)), None)
        if role is None:
            continue
        title_above: str | None = None
        pos = head.end()
        while pos < len(text):
            line = _ROLL_LINE.match(text, pos)
            assert line is not None
            pos = line.end() + 1
            words = line.group("line")
            if not words:
                title_above = None
                continue
            m = person.fullmatch(text, line.start(), line.end())
            if m is not None and valid_name(m.group("name"), strong_context=False):
                title = title_above or role.capitalize()
                found.append(_official(m, title, None, "official.roll_call"))
                title_above = None
            elif _is_post(words):
                title_above = words.title() if words.isupper() else words
            else:
                break
    return found


_RULE_ROW = recache.compile(r"[\s|:+=-]*")


@cache
def _person_cell() -> re.Pattern[str]:
    """A cell that is a person's name, perhaps after honorifics ("Ms Helen Ng Siu-ling")."""
    return recache.compile(rf"{_honors()}{PERSON}")


@cache
def _table_head() -> re.Pattern[str]:
    """A line that names a column of names and, after it, one of posts."""
    cols = resources.titles()["table_columns"]
    names, posts = trie_regex(cols["name"]), trie_regex(cols["post"])
    return recache.compile(rf"(?im)^[^\n]*\b(?:{names})\b[^\n]*\b(?:{posts})\b[^\n]*$")


@cache
def _column_labels() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in resources.titles()["table_columns"].items()}


def _table_people(text: str) -> list[dict]:
    """A table of people: a header row names a column of names and one of posts (and
    perhaps one of bodies), its rows (cells split by bars or by wide gaps, as the header's
    are) one person each: "No. | Name | Organisation | Post" over "1 | Ms Helen Ng Siu-ling
    | Commerce and Economic Development Bureau, HKSAR | Deputy Secretary"."""
    labels = _column_labels()
    out: list[dict] = []
    for found in _table_head().finditer(text):
        head = found.group()
        split = "|" if "|" in head else " "
        names = [c.lower().rstrip(":.") for _, c in table_cells(head, split)]
        col = {
            kind: next((j for j, c in enumerate(names) if c in words), None)
            for kind, words in labels.items()
        }
        if col["name"] is None or col["post"] is None or len(names) < 2:
            continue
        start = found.end() + 1
        while start < len(text):
            row_start, row_end = line_at(text, start)
            row, start = text[row_start:row_end], row_end + 1
            if not row.strip():
                break
            if _RULE_ROW.fullmatch(row):
                continue  # "---|---": a markdown table's rule
            cells = table_cells(row, split)
            if len(cells) != len(names) and split == " ":
                # (an empty cell, or one that runs into the next column: its words by where
                # they stand under the header's)
                cells = aligned_cells(row, table_cells(head, split))
            if len(cells) != len(names):
                continue
            at, name = cells[col["name"]]
            m = _person_cell().fullmatch(name)
            post = cells[col["post"]][1]
            if m is None or not post or not valid_name(m.group("name"), strong_context=True):
                continue
            body = cells[col["body"]][1] if col["body"] is not None else None
            title, owner = _post_line(post) or (post, None)
            out.append(_official(m, title, body or owner, "official.table_row", row_start + at))
    return out


def _post_line(post: str) -> tuple[str, str | None] | None:
    """A post told on a line (or in a cell) of its own, read as an appositive is, and the
    units after its comma that name no body ("Regional Director, Chinese Mainland")."""
    parsed = parse_appositive(post)
    if parsed is None or parsed[1] is not None:
        return parsed
    head, *rest = post.split(", ")
    if rest and parse_appositive(head) == parsed:
        return _post_units(parsed[0], rest)
    return parsed


_BY_LINE = recache.compile(r"[ \t]*By[ \t]*:")
_NEXT_LINE = recache.compile(r"[^\S\n]*\n[ \t]*([A-Z][^\n]{2,80}?)[ \t]*(?:\n|$)")


def _org_run_on(text: str, end: int, org: str) -> str:
    """A signature's body line that runs on in the next ("Macao Trade and Investment" /
    "Promotion Institute"): the two lines, when together they name a body."""
    nxt = _NEXT_LINE.match(text, end)
    if nxt is None:
        return org
    joined = f"{org} {nxt.group(1)}"
    return joined if _has_org_word(joined) else org


def _signed_for(text: str, start: int) -> str | None:
    """The body a filing's signature fields sign for: the line over its "By:" line
    ("Qingyun Mobility Holdings Limited" / "By: /s/ ..." / "Name: ..."), when it names one."""
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    if not _BY_LINE.match(text, above):
        return None
    for line in reversed(text[max(0, above - 400) : max(0, above - 1)].split("\n")[-3:]):
        if line.strip():
            name = line.strip()
            return name if _is_body(name) and len(name) <= 80 else None
    return None


_ON_BEHALF = recache.compile(
    r"[ \t]*(?i:by[ \t]+order[ \t]+of[ \t]+the[ \t]+board|for[ \t]+and[ \t]+on[ \t]+behalf[ \t]+of)"
    r"[ \t]*[:,]?[ \t]*\n[ \t]*(?P<body>[A-Z][^\n]{2,80}?)[ \t]*\n[ \t]*$"
)


def _signed_under(text: str, start: int) -> str | None:
    """The body a filing's sign-off names over its signer: "By order of the Board" /
    "Harbour Holdings Limited" / "Chan Tai Man" / "Chairman" (or "For and on behalf of")."""
    line = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, max(0, line - 1)) + 1
    above = text.rfind("\n", 0, max(0, above - 1)) + 1
    m = _ON_BEHALF.fullmatch(text, above, line)
    return m.group("body") if m is not None and _is_body(m.group("body")) else None


def _body_over(text: str, fact: dict) -> str | None:
    """The body on the line over a line that holds only a person and the post ("Macao
    Chamber of Commerce" / "    Mr Lao Chi Wai, President"): a declaration's or a guest
    list's blocks of signers, each under the body it signs for. The person's line is
    indented under the body's, or no body's line follows it (a body under each signer
    would make the line over a signer the last signer's body)."""
    start, end = line_at(text, fact["start"])
    if start < 2 or not _OWN_POST_LINE.fullmatch(text, fact["end"], end):
        return None
    if text[fact["end"] : end].strip(" \t,") != fact["title"]:
        return None
    if not _honors_only().fullmatch(text, start, fact["start"]):
        return None
    above = line_at(text, start - 1)
    body = text[above[0] : above[1]]
    if not body.strip() or len(body.strip()) > 80 or not _is_body(body.strip()):
        return None
    if body.strip()[-1] in ".:;":
        return None
    indent = len(text[start:end]) - len(text[start:end].lstrip())
    if indent > len(body) - len(body.lstrip()):
        return body.strip()
    below = line_at(text, end + 1) if end < len(text) else (end, end)
    nxt = text[below[0] : below[1]].strip()
    return None if nxt and _is_body(nxt) else body.strip()


# a place or a body in brackets right after the name: "Vice Mayor Yue Lin (Baoding)"
_OWNER_BRACKET = recache.compile(r"[ \t]*\((?P<owner>[A-Z][^()\n,;]{1,60})\)")


def _owner_after(text: str, fact: dict) -> str | None:
    """The place or body in brackets right after a titled name with no body of its own
    ("met Vice Mayor Yue Lin (Baoding)", "Director Wen Bo (Hebei University)")."""
    m = _OWNER_BRACKET.match(text, fact["end"])
    if m is None:
        return None
    owner = m.group("owner").strip()
    return owner if owner in _vocab()["place_forms"] or _has_org_word(owner) else None


# the rest of a line that holds a person and the post only: ", President"
_OWN_POST_LINE = recache.compile(r",[ \t]*[A-Z][^\n,;:()]{1,60}?[ \t]*")


@cache
def _honors_only() -> re.Pattern[str]:
    """Indentation and honorifics only ("    Mr "), before a name on its line."""
    return recache.compile(rf"[ \t]*{_honors()}")


# An official's résumé, as Chinese government pages write it: "Wu Guoqiang, male, Han
# nationality, born in ...", then a career of dated lines; the line whose span has no end
# ("2024.12-  Deputy Secretary of the CPC Jiangmen Municipal Committee, Mayor of Jiangmen")
# holds the posts held now
_RESUME = recache.compile(r"(?m)^[ \t]*" + RESUME_OPENER)
_OPEN_POST = recache.compile(
    r"(?m)^[ \t]*(?:19|20)\d{2}[./]\d{1,2}[ \t]*[-–—]+(?![ \t]*\d)[ \t]*"
    r"(?:(?:present|now|to[ \t]+date)\b[ \t]*)?(?P<post>[A-Z][^\n]*)"
)
_SECOND_RANK = ("deputy", "vice", "member", "alternate", "assistant")


def _current_post(text: str, after: int) -> tuple[str, str | None] | None:
    """The post a résumé's open-ended career line names: the first one that is no deputy's
    or member's ("Mayor of Jiangmen" after "Deputy Secretary of the CPC ... Committee"),
    else the first."""
    m = _OPEN_POST.search(text, after)
    if m is None:
        return None
    posts = [p for part in m.group("post").split(", ") if (p := parse_appositive(part.strip()))]
    if not posts:
        return None
    return next((p for p in posts if not p[0].lower().startswith(_SECOND_RANK)), posts[0])


def _post_units(title: str, rest: list[str]) -> tuple[str, str | None]:
    """The parts of a post line after its title: units, then the body ("Director, Mainland
    Business Development, Hong Kong Trade Development Council"); units with no body join
    the post ("General Manager, Liner Services")."""
    *units, last = rest
    if _is_body(last):
        # ("Dean, Faculty of Chinese Medicine, Macau University of ...": a unit named by its
        # head is the body's, with the body; a portfolio, "Mainland Business Development",
        # is the post's)
        inner = [u for u in units if _is_unit(u)]
        posts = [u for u in units if not _is_unit(u)]
        return ", ".join([title, *posts]), ", ".join([*inner, last])
    if any(u in _vocab()["place_forms"] or _has_org_word(u) for u in rest):
        return title, None
    return ", ".join([title, *rest]), None


def _official(
    m: re.Match[str], title: str | None, affil: str | None, rule: str, at: int = 0
) -> dict:
    """The payload of the person a match's ``name`` group holds (the match made ``at`` that
    offset of the text: a table's cell)."""
    return {
        "start": at + m.start("name"),
        "end": at + m.end("name"),
        "name": m.group("name"),
        "title": title,
        "affiliation": _clean_affil(affil),
        "rule": rule,
    }


def _honors() -> str:
    """Up to two honorifics before a name ("H.E. Mr. Sam Hou Fai": two in a row)."""
    return rf"(?:(?:{_vocab()['honor']})\s+){{0,2}}"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The official patterns, compiled once (they hold every title head)."""
    vocab = _vocab()
    honor = _honors()
    # "Vivian Lo, CFA", "Chan Tai Man, SBS, JP": letters after the name, neither name nor post
    post = rf"(?:,[^\S\n]*(?:{vocab['postnominals']})(?![\w.]))*"
    heads = vocab["head_alt"]
    pw = vocab["portfolio_re"]
    # "Economy and Finance", "Innovation, Technology and Industry", "the Civil Service",
    # "Financial Services and the Treasury": one or more portfolios
    portfolios = rf"(?:the\s+)?{pw}(?:(?:\s*,\s*|\s+and\s+(?:the\s+)?|\s+){pw})*"
    levels = "|".join(re.escape(w) for w in resources.titles()["level_words"])
    # modifiers before a title head: "acting mayor", "executive vice-mayor"
    ranks = "|".join(resources.titles()["modifiers"])
    mods = rf"(?:(?:{ranks})[\s-]+)*"
    # "Ambassador to China", "Commissioner to Greater China": an envoy's post and where to
    postings = trie_regex(resources.titles()["posting_heads"], space=r"[\s-]+")
    lead = trie_regex(resources.place_modifiers())  # "Greater China"
    where = rf"to[^\S\n]+(?:the[^\S\n]+)?(?:(?:{lead})[^\S\n]+)?(?:{vocab['place_re']})(?![\w'’-])"
    posted = rf"(?i:{postings})[^\S\n]+{where}"
    field_labels = trie_regex(resources.titles()["person_field_labels"], space=r"[ \t]+")
    organs = trie_regex(resources.titles()["organs"], space=r"[ \t]+")
    return {
        # "Hunan Party Secretary Ling Zhiqiang and ": the place the next post shares
        "shared_place": recache.compile(
            rf"(?<![\w'’-])(?P<place>{vocab['place_re']})(?:['’]s)?[^\S\n]+(?i:{heads})"
            rf"[^\S\n]+{PERSON}[^\S\n]+and[^\S\n]+$"
        ),
        # the place an envoy's post is to, after the post ("..., Ambassador to China")
        "posted_tail": recache.compile(rf"\s+{where}\s*"),
        # Name, [ (note) ,] title phrase [of affiliation] -- ends at , ; . or "said" (but a
        # portfolio's series goes on: "Permanent Secretary for Innovation, Technology and
        # Industry").
        "appositive": recache.compile(
            # (a blanked mark may stand before the comma: "**Du Minghui**, Director")
            rf"{honor}{PERSON}{post}(?:\s*\([^)]{{1,30}}\))?[^\S\n]*,\s+(?P<app>[^,;.\n]+?"
            rf"(?i:(?:\s*,\s*{pw})+\s+and\s+(?:the\s+)?{pw})?)"
            rf"(?=\s*(?:[,;.\n]|\bsaid\b|\bsays\b|$))"
        ),
        # "... led by Mr Chan Weng Kei. He is the Director of ...": an honorific's person,
        # the post in the next sentence, which opens with the pronoun
        "pronoun_post": recache.compile(
            rf"(?:{vocab['honor']})\s+{honor}{PERSON}{post}\.[^\S\n]+(?:He|She)[^\S\n]+"
            r"(?:is|was|serves[^\S\n]+as|served[^\S\n]+as)[^\S\n]+"
            r"(?P<app>(?:the|an?)[^\S\n]+[^,;.\n]+?)(?=\s*(?:[,;.\n]|$))"
        ),
        # "Dr Alice Ng (Director, Pearl River Policy Institute)": a speaker's post and body
        "bracketed": recache.compile(
            rf"{honor}{PERSON}[^\S\n]*\((?P<post>[A-Za-z][^,()\n]{{1,60}}),[^\S\n]*"
            rf"(?P<affil>[A-Z][^,()\n]{{1,80}})\)"
        ),
        # "[Approved] Fang Xiaoli (Deputy Director) 2026-11-26 11:02": an approver's post
        # alone in brackets after the name (a post the titles know, nothing else)
        "bracketed_post": recache.compile(
            rf"{honor}{PERSON}[^\S\n]*\((?P<post>[A-Z][A-Za-z' -]{{1,50}})\)"
        ),
        # [Place['s]] Title Name
        "title_name": recache.compile(
            rf"(?P<title>(?i:(?:(?:{ranks})[\s-]+|(?:former|then)\s+|then-)*"
            rf"(?:(?-i:{posted})|(?:{heads})(?:\s+(?:for|of)\s+{portfolios})?)"
            # "Vice Rector (Research) Prof. Lam Hin"
            rf"(?:[^\S\n]+\((?:{pw})\))?))[^\S\n]+{honor}{PERSON}"
        ),
        # Title of Place Name: "Vice Mayor of Guangzhou Li Ming", "Chief Executive of the
        # Macao SAR Sam Hou Fai" (a government translation's order)
        "title_of_place": recache.compile(
            rf"(?P<title>(?i:{mods}"
            rf"(?:{heads})(?:[^\S\n]+for[^\S\n]+{portfolios})?))[^\S\n]+of[^\S\n]+(?:(?P<the>the)[^\S\n]+)?"
            rf"(?P<affil>{vocab['place_re']})(?(the)[^\S\n]+{_SAR}|(?:[^\S\n]+{_SAR})?)"
            rf"[^\S\n]+{PERSON}"
        ),
        # the Title of the Affiliation, Name
        "title_of": recache.compile(
            rf"(?P<title>(?i:{heads}))\s+(?P<prep>of|for)\s+(?:the\s+)?"
            # (never across a verb: "Secretary of State was received by the Chief Executive
            # of the Macao SAR, H.E. Mr. Sam Hou Fai" is the Chief Executive's name)
            rf"(?P<affil>[A-Z](?:(?!\s(?:was|were|is|are|has|have|had|will|by)\s)[^;.\n]){{2,80}}?),"
            rf"\s+{honor}{PERSON}(?=[,.;\s])"
        ),
        # the commission's chairman, Philip Ma Ching-yeung / its president, Vincent U
        # ... and "The HKMA chief executive, Eddie Yue" (the body before the post)
        "owner_title": recache.compile(
            rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ww]hose|[A-Z]?[\w-]+['’]s)\s+"
            # ("the current Dean, Professor Rita Kwan": the post now, as written)
            rf"(?:(?:{levels}|current|incumbent)\s+)?(?P<org>(?:[A-Z][\w&.-]*\s+){{0,4}}?)"
            rf"(?P<title>(?i:(?:(?:{ranks}|former)\s+)*"
            rf"(?:(?:{pw})\s+)?(?:(?-i:{posted})|(?:{heads})(?:\s+and\s+(?:{heads}))?"
            rf"(?:\s+(?:of|for)\s+{portfolios})?))),"
            rf"\s+{honor}{PERSON}(?=[,.;\s]|$)"
        ),
        # Title of the Body Name, as government translations write it: "Secretary of the
        # CPC Shenzhen Municipal Committee Zhao Dewei" (the body ends in its head noun)
        "title_of_body": recache.compile(
            rf"(?P<title>(?i:{mods}"
            rf"(?:{heads})))[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
            rf"(?P<affil>(?:[A-Z][\w'’&.-]*[^\S\n]+(?:(?:of|and|for|the)[^\S\n]+)*){{0,7}}"
            rf"(?:{vocab['body_heads']})"
            # "... Liaison Office of the Central People's Government in the Macao SAR"
            rf"(?:[^\S\n]+in[^\S\n]+the[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){{1,3}}{_SAR}"
            # "... People's Government of Guangxi Zhuang Autonomous Region", "Department of
            # Culture and Tourism of Hunan Province" (its field, then its region)
            rf"|(?:[^\S\n]+of[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+(?:(?:and|&)[^\S\n]+)?[A-Z][\w'’-]*){{0,3}})?"
            rf"[^\S\n]+of[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){{1,3}}?(?:{vocab['seat_units']}))?)"
            rf"[^\S\n]+{PERSON}"
        ),
        "body_then_name": recache.compile(
            rf"\b(?:{vocab['body_heads']}|{_SAR}|{vocab['seat_units']})[^\S\n]+[A-Z][a-z]"
        ),
        # a firm's head in brackets after its name, as Japanese releases write it:
        # "Kansai Denryoku Engineering Co., Ltd. (President: Takahashi Kenji; "KDE")"
        "bracket_colon": recache.compile(
            rf"\((?P<title>(?i:{mods}(?:{heads})))[^\S\n]*[:：][^\S\n]*{honor}{PERSON}"
            r"[^\S\n]*[;,)]"
        ),
        # a field of a notice's foot: "Director of the Statistics Section: Ms Tang Yuxin"
        "title_colon": recache.compile(
            # (an indented line, its window starting after the indent: "  Director: ...")
            rf"(?m)(?:^[ \t]*|(?<=[.;|][ \t])|(?<=^[ \t])|(?<=^[ \t]{{2}})|(?<=^[ \t]{{3}})"
            rf"|(?<=^[ \t]{{4}}))(?P<title>(?i:{mods}(?:{heads})))"
            r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<affil>[A-Z][^:;.\n]{2,60}?))?"
            # (a directory's dot leaders: "Director ............ Liang Wenbin")
            rf"[^\S\n]*(?:[:：]|\.{{3,}}|…+)[^\S\n]*{honor}{PERSON}"
        ),
        # as chief executive, Lee Ka-chao
        "as_title": recache.compile(rf"\bas\s+(?P<title>(?i:{heads})),\s+{honor}{PERSON}"),
        # "Mr. Leung Kin Fai re-elected as President", "Chan was appointed chairman of X",
        # "Chen was named acting mayor of Zhuhai"
        "elected_as": recache.compile(
            rf"{honor}{PERSON}[^\S\n]+(?:(?:was|ha[sd][^\S\n]+been|is)[^\S\n]+)?"
            # ("had been promoted to Deputy Director")
            r"(?:re-?elected|elected|re-?appointed|appointed|named|sworn[^\S\n]+in|"
            r"promoted[^\S\n]+to)[^\S\n]+"
            rf"(?:as[^\S\n]+)?(?:(?:the|its|new|an?)[^\S\n]+)?"
            # ("appointed as an executive director and Chief Operating Officer of the
            # Company": the second post, which names its owner)
            rf"(?:(?i:{mods}(?:{heads}))[^\S\n]+and[^\S\n]+(?:(?:the|its|an?)[^\S\n]+)?)?"
            rf"(?P<title>(?i:{mods}"
            rf"(?:{heads})))\b"
            r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<affil>[A-Z][\w'’&-]*(?:[^\S\n]+"
            r"(?:[A-Z][\w'’&-]*|of|and|for|the)){0,8}))?"
        ),
        # "Ms Joyce Ho, who worked under me as Programme Officer at the ... Hub": a post held
        # as told of the person in a clause after the name
        "served_as": recache.compile(
            rf"{honor}{PERSON},?[^\S\n]+(?:who[^\S\n]+)?(?:(?:has|had)[^\S\n]+)?"
            rf"{_SERVE_VERBS}(?:[^\S\n]+(?:under|with|for)[^\S\n]+"
            r"(?:me|us|him|her|them))?[^\S\n]+as[^\S\n]+(?:(?:the|its|our|an?)[^\S\n]+)?"
            rf"(?P<title>(?i:{mods}(?:{heads})))\b"
            r"(?:\s+(?:of|at)\s+(?:the[^\S\n]+)?(?P<affil>[A-Z][\w'’&-]*(?:[^\S\n]+"
            r"(?:[A-Z][\w'’&-]*|of|and|for|the)){0,8}))?"
        ),
        # "To re-elect Ms. Fiona Chan as an executive director", "appointed Dr Ho as
        # Director of the Institute": the verb before the name
        "elect_name_as": recache.compile(
            r"\b(?:re-?elect|elect|re-?appoint|appoint|name)(?:ed|s|d)?[^\S\n]+"
            rf"{honor}{PERSON}{post}(?:[^\S\n]*\([^)\n]{{1,30}}\))?,?[^\S\n]+"
            # ("has named Daniel Chow its Vice President": the owner's post, no "as")
            rf"(?:as[^\S\n]+(?:(?:the|its|an?|new|our|their)[^\S\n]+)?|(?:its|their|our)[^\S\n]+)"
            rf"(?P<title>(?i:{mods}(?:{heads})))\b"
            r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<affil>[A-Z][\w'’&-]*(?:[^\S\n]+"
            r"(?:[A-Z][\w'’&-]*|of|and|for|the)){0,8}))?"
        ),
        # "the executive directors of the Company are Mr. A, Ms. B and Mr. C": a post in
        # the plural, then its holders (each read by "listed_person")
        # (the verb first, as it is rare; then the post in the plural before it)
        "title_list": recache.compile(
            r"s[^\S\n]+(?:of[^\S\n]+the[^\S\n]+[A-Z][\w'’-]*[^\S\n]+)?"
            r"(?:are|were|include|included|comprise|comprised)[^\S\n]+(?=[A-Z])"
        ),
        "title_before": recache.compile(rf"\b(?P<title>(?i:{mods}(?:{heads})))$"),
        "listed_person": recache.compile(
            rf"{honor}{PERSON}{post}(?:[^\S\n]*\((?P<role>[^)\n]{{1,30}})\))?"
        ),
        # a signature: "Ip Sio Man" / "Chairman" / "Macau Chinese Enterprises Association"
        # (or a profile's header: "Grace Leung • 1st" / "Director, Mainland Business
        # Development, Hong Kong Trade Development Council", post and body on one line; or
        # a list of participants: "Edmund Lo — Head of Bay Area Business, Harbour Bay Bank")
        "signature": recache.compile(
            # (a list's number before it: "2.  Ms Li Xiaohong", a card of a numbered list)
            rf"(?m)^[ \t]*(?:\d{{1,2}}[.)][ \t]+)?{honor}{PERSON}{post}"
            # (or a roster's columns: "Mr Huang Zhiqiang     Vice Mayor, Zhuhai ...")
            r"(?:[ \t]*(?:[•|][^\n]*)?\n[ \t]*|[ \t]+[—–-][ \t]+|[ \t]{3,}|[ \t]*\t[ \t]*)"
            rf"(?P<title>(?i:{mods}(?:{heads}))"
            # ("President of the Management Committee": a body's organ, after "the")
            rf"(?:[ \t]+of[ \t]+(?:the[ \t]+(?={organs}\b))?[A-Z][\w&'’-]*"
            r"(?:[ \t]+(?:[A-Z][\w&'’-]*|of|and|for|the)){0,6})?"
            r"(?:[ \t]+\((?:[A-Z][\w&-]*[ \t]*){1,4}\))?)"
            r"(?:,[ \t]*(?P<rest>[A-Z][^\n]{2,120}?)"
            r"|[ \t]*(?:\n[ \t]*(?P<org>[A-Z][^\n]{2,80}?))?)[ \t]*$"
        ),
        # an invitation's or a programme's guest: "The Honourable Tai Kin Ip" over "Secretary
        # for Economy and Finance of the Macao Special Administrative Region", a line each
        # (the post line is read as an appositive is)
        "name_over_post": recache.compile(
            rf"(?m)^[ \t]*(?:\d{{1,2}}[.)][ \t]+)?{honor}{PERSON}{post}[ \t]*\n[ \t]*"
            r"(?P<post>[A-Z][^\n]{2,160}?)[ \t]*$"
        ),
        # a record's roll: "The Honourable Chan Ka-lok, JP", a person alone on a line
        "roll_person": recache.compile(rf"[ \t]*{honor}{PERSON}{post}[ \t]*"),
        # a filing's or a form's signature fields: "Name: Helen Xu" over "Title: Chief
        # Financial Officer", "Claimant: Ms Karen Leung" over "Post: Senior Manager", a
        # signer's "Endorsed: Desmond Kwok" over his post (the post line is read as an
        # appositive is)
        "name_field": recache.compile(
            rf"(?m)^[ \t]*(?i:{field_labels})[ \t]*[:：][ \t]*{honor}{PERSON}{post}[ \t]*\n[ \t]*"
            r"(?:(?:Title|Position|Designation|Post)[ \t]*[:：][ \t]*)?"
            r"(?P<post>[A-Z][^\n]{2,160}?)[ \t]*$"
        ),
        # "said Tan, the company's founder", "Whitfield, its chairman, said": a short form
        # after a speech verb or opening a sentence
        "short_appositive": recache.compile(
            r"(?:\b(?:said|says|added|told|according[^\S\n]+to)[^\S\n]+|(?:^|(?<=[.!?][ \t])))"
            r"(?P<short>[A-Z][a-z]{1,12}),[^\S\n]+"
            r"(?P<app>(?:the|its|their|his|her)[^\S\n]+[^,;.\n]+?)(?=\s*(?:[,;.\n]|$))",
            re.M,
        ),
        # ", the Secretary ...": the name just found has its own post after it
        "own_post": recache.compile(r",\s+(?:the\s+)?(?i:" + heads + r")\b"),
    }


_LIST_SEP = recache.compile(r"[^\S\n]*(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)")


def _listed(text: str, pos: int, hi: int) -> Iterator[re.Match[str]]:
    """The people named one after another from ``pos``: "Mr. A, Ms. B and Dr. C"."""
    pats = _patterns()
    while (p := pats["listed_person"].match(text, pos, hi)) is not None:
        if not valid_name(p.group("name"), strong_context=True):
            return
        yield p
        sep = _LIST_SEP.match(text, p.end(), hi)
        if sep is None:
            return
        pos = sep.end()


def _is_post(phrase: str) -> bool:
    """Is ``phrase`` a post, whole ("Chairman", "Vice-President")?"""
    return _vocab()["head_re"].fullmatch(phrase.strip()) is not None


_WORD_BEFORE = recache.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[^\S\n]+$")


def _tail_of_name(text: str, at: int) -> bool:
    """Does the name at ``at`` end a longer capitalised name ("Western Rail Link")? Only when
    the word before it is a proper name's word, not a title, an honorific or the first
    word of a sentence."""
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and m.group(1) in _NAME_WORDS


def _find_in(text: str, lo: int, hi: int) -> list[dict]:
    out: list[dict] = []
    taken = SpanSet()
    pats = _patterns()

    def emit(m: re.Match[str], title: str | None, affil: str | None, rule: str) -> None:
        s, e = m.start("name"), m.end("name")
        if taken.overlaps(s, e):
            return
        after = _NEXT_CAP.match(text, e)
        if after is not None and after.group(1) in _vocab()["org_words"]:
            return  # "Head of Talent, Pacific Bridge Logistics Limited": a company's name
            # ("Manager: Harbourline Asset Management (Hong Kong) Limited")
        taken.add(s, e)
        out.append(_official(m, *_whole_organ(title, affil), rule))

    # Name, [ (note) ,] title phrase [of affiliation]  -- ends at , ; . or "said".
    # Scanned so that matches may overlap: in "the Commerce Bureau, Judith Yu, President
    # of ..." a failed candidate must not swallow the next name.
    for m in _overlapping(pats["appositive"], text, lo, hi):
        app = _cut_next_person(m.group("app"))
        parsed = parse_appositive(app)
        if parsed is None or not valid_name(m.group("name"), strong_context=True):
            continue
        if pats["bracketed"].match(text, m.start("app")):
            continue  # "Prof. Wang Lei (SYSU), Ms Carmen Ho (Deputy Director, ...)": the
            # next speaker and her own post
        if _ends_in_name(m.group("app")):
            continue  # "X, Deputy Secretary of ... and Mayor of Shenzhen Tan Lihua": the post
            # is the next person's, who is listed after it
        if _tail_of_name(text, m.start("name")):
            continue  # "the Western Rail Link (...), a spokesman for ...": no person
        if _names_next(m.group("app")):
            continue  # "Secretary Chen Yiwei, Vice Mayor Wu Jiahui attended": Wu's post
        emit(m, *_body_after(text, m.end(), *parsed), "official.name_appositive")

    # an event report's speakers: "Ms Carmen Ho (Deputy Director, Macao Financial Services
    # Bureau)", the post and the body it belongs to in brackets after the name
    for m in pats["bracketed"].finditer(text, lo, hi):
        post = m.group("post").strip()
        parsed = _parse_title(post)
        if parsed is None or not valid_name(m.group("name"), strong_context=True):
            continue
        title, affil = parsed
        if affil is not None and not _is_body(affil):
            title, affil = post, None  # "Head of Sustainable Finance, Harbourview Bank"
        emit(m, title, affil or m.group("affil").strip(), "official.name_bracketed")
    for m in pats["bracketed_post"].finditer(text, lo, hi):
        post = m.group("post").strip()
        parsed = _parse_title(post)
        if parsed is None or not (
            parsed == (post, None) or _OF_PLACE.fullmatch(post, len(parsed[0]))
        ):
            continue  # ("Li Wei (SYSU)": no post)
        if valid_name(m.group("name"), strong_context=True):
            # ("Huang Zhiwei (Vice Mayor of Shanwei)": the post and its place)
            emit(m, parsed[0], parsed[1], "official.name_bracketed")

    # the commission's chairman, Philip Ma Ching-yeung / its president, Vincent U (before
    # "Title Name": in "Its vice-president, Professor Wong Ka Chun" the post is the first)
    for m in pats["owner_title"].finditer(text, lo, hi):
        after = text[m.end("name") : m.end("name") + 40]
        if pats["own_post"].match(after):
            continue
        if valid_name(m.group("name"), strong_context=True):
            # "Guangxi's Party Secretary, Liu Jianfeng": the owner is the affiliation
            org = m.group("org").strip() or _place_before(text, m.start("title"))
            # "Victoria's Commissioner to Greater China, Mark Wheeler": a state, a firm
            org = org or _possessor_before(text, m.start("title"))
            head = _HEAD_OWNER.match(m.group())
            generic = (
                not org and head is not None and head.group(1).capitalize() in _vocab()["org_words"]
            )
            # ("the bureau's director, Mr Ao Weng Cheong": the bureau the story names, if it
            # names one; see ``_sole_owner``)
            org = head.group(1).lower() if generic and head else org
            emit(m, re.sub(r"\s+", " ", m.group("title")), org, "official.owner_title_name")
            if generic and out and out[-1]["start"] == m.start("name"):
                out[-1]["generic_owner"] = True

    # [Place['s]] Title Name
    for m in _overlapping(pats["title_name"], text, lo, hi):
        title = m.group("title")
        # A lower-case title before a name ("its deputy director Sophia Chong") needs a
        # name with a known surname; a capitalised one ("Mayor Sun Zhiyang") does not.
        # "MGTO director Maria ...": the body's acronym vouches for the post, and owns it
        acronym = _ACRONYM_BEFORE.search(text, max(0, m.start("title") - 12), m.start("title"))
        strong = not _STATUS_THEN.sub("", title)[0].islower() or acronym is not None
        if not valid_name(m.group("name"), strong_context=strong):
            continue
        emit(
            m,
            _STATUS_THEN.sub("", re.sub(r"\s+", " ", title)),  # "then Chief Executive X"
            _place_before(text, m.start("title"))
            or (acronym.group().strip() if acronym else None)
            or _place_after(text, m.end("name"))
            or _delegation_place(text, m.start("title"), title)
            or _possessor_before(text, m.start("title"))
            or _shared_place(text, m.start("title"), title),
            "official.title_name",
        )

    # Title of Place Name: "Vice Mayor of Guangzhou Li Ming" (a capitalised post)
    for m in pats["title_of_place"].finditer(text, lo, hi):
        if m.group("title")[0].isupper() and valid_name(m.group("name"), strong_context=True):
            emit(
                m,
                re.sub(r"\s+", " ", m.group("title")),
                m.group("affil"),
                "official.title_of_place",
            )

    # Title of the Body Name: "Secretary of the CPC Shenzhen Municipal Committee Zhao Dewei"
    # (tried only before a body's head noun followed by a capital: the full pattern opens
    # with every title head, and the pair is rare)
    for a in pats["body_then_name"].finditer(text, lo, hi):
        start = max(lo, a.start() - 200)
        for m in pats["title_of_body"].finditer(text, start, min(hi, a.end() + 80)):
            if m.group("title")[0].isupper() and valid_name(m.group("name"), strong_context=False):
                emit(m, m.group("title"), m.group("affil"), "official.title_of_body")

    # the Title of the Affiliation, Name
    for m in pats["title_of"].finditer(text, lo, hi):
        if not valid_name(m.group("name"), strong_context=True):
            continue
        after = text[m.end("name") : m.end("name") + 40]
        if pats["own_post"].match(after):
            continue  # the name has its own post after it: we are inside a list of delegates
        title, affil = m.group("title"), m.group("affil")
        # "Secretary for Security", "Director-General of Trade", "Director of Tourism of
        # Macao" (the portfolio, then the owner; none: the place before the post)
        split = _portfolio_owner(affil, ("of",))
        if split is not None:
            title = f"{title} {m.group('prep')} {split[0]}"
            affil = split[1] or _place_before(text, m.start("title"))
        emit(m, title, affil, "official.title_of_name")

    # as chief executive, Lee Ka-chao
    for m in pats["as_title"].finditer(text, lo, hi):
        if valid_name(m.group("name"), strong_context=True):
            emit(m, m.group("title"), None, "official.as_title_name")
    # "Mr. Leung Kin Fai re-elected as President"
    for m in _overlapping(pats["elected_as"], text, lo, hi):  # "After Liu Wen was named"
        if valid_name(m.group("name"), strong_context=True):
            emit(m, m.group("title"), m.group("affil"), "official.elected_as")
    served = _SERVED.search(text, lo, hi) is not None  # (the pattern's verb, cheaply first)
    for m in pats["served_as"].finditer(text, lo, hi) if served else ():
        if valid_name(m.group("name"), strong_context=True):
            emit(m, m.group("title"), m.group("affil"), "official.served_as")
    for m in pats["bracket_colon"].finditer(text, lo, hi):
        if valid_name(m.group("name"), strong_context=True):
            owner = _NAME_BEFORE_BRACKET.search(text, max(0, m.start() - 80), m.start())
            emit(m, m.group("title"), owner.group(1) if owner else None, "official.bracket_colon")
    for m in pats["title_colon"].finditer(text, lo, hi):
        if valid_name(m.group("name"), strong_context=True):
            emit(m, m.group("title"), m.group("affil"), "official.title_colon")
    for m in _overlapping(pats["elect_name_as"], text, lo, hi):
        if valid_name(m.group("name"), strong_context=True):
            # "Harbourfront Hotels Group has named Daniel Chow its ...": the one who names
            title, owner = m.group("title"), m.group("affil")
            if owner and owner.split()[0].lower() in _vocab()["portfolio_words"]:
                # "its Vice President of Development for the Greater Bay Area": a field
                title, owner = f"{title} of {owner}", None
            emit(m, title, owner or _appointer(text, m.start()), "official.elect_name_as")
    for m in pats["title_list"].finditer(text, lo, hi):
        post = pats["title_before"].search(text, max(lo, m.start() - 80), m.start())
        if post is None:
            continue
        for p in _listed(text, m.end(), hi):
            # "Mr. Lau Kwok Wai (Chairman)": a post in brackets is the holder's own
            role = p.group("role")
            own = role if role and _is_post(role) else None
            emit(p, own or post.group("title"), None, "official.title_list")
    out.sort(key=lambda f: f["start"])
    return out


_SPACE = recache.compile(r"\s")
_ACRONYM_BEFORE = recache.compile(r"(?<![\w.-])[A-Z]{2,6}[^\S\n]+$")


def _overlapping(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None):
    """Yield matches of ``pattern`` starting at every word, overlapping allowed."""
    pos = lo
    hi = len(text) if hi is None else hi
    while (m := pattern.search(text, pos, hi)) is not None:
        yield m
        nxt = _SPACE.search(text, m.start("name"))
        pos = nxt.start() if nxt else hi


_PERSON = recache.compile(PERSON)


def _short_appositives(text: str, lo: int, hi: int, taken: SpanSet) -> list[dict]:
    """'said Tan, the company's founder and chief executive': a short form with its post,
    whose full name the story gave before ('When Tan Xiaoyu opened ...')."""
    out = []
    for m in _patterns()["short_appositive"].finditer(text, lo, hi):
        parsed = parse_appositive(m.group("app"))
        full = _full_name_before(text, m.start("short"), m.group("short"))
        if parsed is None or full is None or taken.overlaps(*full.span("name")):
            continue
        title, affil = _body_after(text, m.end(), *parsed)
        taken.add(*full.span("name"))
        out.append(_official(full, title, affil, "official.short_name_appositive"))
    return out


def _full_name_before(text: str, at: int, short: str) -> re.Match[str] | None:
    """The last full name before ``at`` that ``short`` is the surname of: 'Tan Xiaoyu' for
    a Chinese surname, 'Sam Whitfield' for any other."""
    chinese = short in resources.surnames()
    if chinese:
        pattern = rf"(?<![\w'’-])(?P<name>{short}(?:[^\S\n]+[A-Z][a-z]+(?:-[a-z]+)?){{1,2}})\b"
    else:
        pattern = rf"(?<![\w'’-])(?P<name>[A-Z][a-z]+[^\S\n]+{short})(?![\w'’-])"
    found = [
        m
        for m in re.compile(pattern).finditer(text, 0, at)
        # a given name before a surname we do not know: the post after it vouches
        if valid_name(m.group("name"), strong_context=not chinese)
    ]
    return found[-1] if found else None


def _ends_in_name(app: str) -> bool:
    """Does ``app`` end in a person's name right after a capitalised post or place ('...
    and Mayor of Shenzhen Tan Lihua'), not after 'and' (that is ``_cut_next_person``)?"""
    words = app.split()
    for k in (2, 3, 4):
        if len(words) > k and words[-k - 1][:1].isupper():
            name = " ".join(words[-k:])
            if f"{words[-k - 1]} {words[-k]}" in _vocab()["place_forms"]:
                continue  # "... of Hong Kong Industries": the name of a place, not a person
            if _PERSON.fullmatch(name) and valid_name(name, strong_context=False):
                return True
    return False


def _names_next(app: str) -> bool:
    """Does ``app`` open with a post and the name of its holder ('Vice Mayor Wu Jiahui
    attended ...')? Then the post is that person's, not the name's before the comma."""
    m = _patterns()["title_name"].match(app.strip())
    return m is not None and valid_name(m.group("name"), strong_context=True)


def _cut_next_person(app: str) -> str:
    """'Deputy Director of X in Beijing, Hong Kong and Kevin Chan' -> drop ' and Kevin Chan'."""
    m = re.search(rf"\s+(?:and|as well as)\s+{PERSON}\s*$", app)
    if m and valid_name(m.group("name"), strong_context=False):
        return app[: m.start()]
    return app


def _place_before(text: str, start: int) -> str | None:
    """'Suzhou's Party Secretary' / 'Hong Kong Chief Executive': the place before a title."""
    before = text[max(0, start - 60) : start]
    m = re.search(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)(?:'s|’s)?\s+$", before)
    if not m:
        return None
    words = m.group(1).split()
    places = _vocab()["place_forms"]
    for k in range(len(words)):
        cand = " ".join(words[k:])
        if cand in places:
            return cand
    return None


@cache
def _of_place() -> re.Pattern[str]:
    # (a place alone: "of Foshan Municipal Government" names a body, read elsewhere)
    return recache.compile(
        rf"[^\S\n]+of[^\S\n]+(?P<place>{_vocab()['place_re']})(?![\w'’-])(?![^\S\n]+[A-Z])"
    )


def _place_after(text: str, end: int) -> str | None:
    """'Mayor Lin Shaojun of Foshan': the place after a titled name."""
    m = _of_place().match(text, end)
    return m.group("place") if m else None


# "A Fujian provincial delegation led by ", "the Guangxi delegation, headed by "
_DELEGATION_LED = recache.compile(
    r"\b(?:[Aa]n?|[Tt]he)[^\S\n]+(?P<place>[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*){0,2})[^\S\n]+"
    r"(?:(?:provincial|municipal|city|government|official|party\s+and\s+government)[^\S\n]+)?"
    r"delegation,?[^\S\n]+(?:led|headed)[^\S\n]+by[^\S\n]+$"
)


def _delegation_place(text: str, start: int, title: str) -> str | None:
    """The place whose delegation the holder of a place's post leads ('A Fujian provincial
    delegation led by Party Secretary Lin Jianhua'): the post's owner."""
    if norm(title) not in _vocab()["place_posts"]:
        return None
    m = _DELEGATION_LED.search(text, max(0, start - 80), start)
    if m is None or m.group("place") not in _vocab()["place_forms"]:
        return None
    return m.group("place")


# ", IPIM" or ", the Macao Trade and Investment Promotion Institute" closing a line or clause
# (or before a contact's note: "..., Commerce and Economic Development Bureau (Tel: 2810 2000)")
_BODY_AFTER = recache.compile(
    r",[^\S\n]+(?:the[^\S\n]+)?(?P<org>[A-Z][\w&'’.-]*(?:[^\S\n]+(?:[A-Z][\w&'’.-]*|of|and|for|the)){0,8})"
    r"(?=[^\S\n]*(?:[,;.)\n]|\((?i:tel|phone|email|e-mail|fax)\b|$))"
)


_OF_SPLIT = recache.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def _whole_organ(title: str | None, affil: str | None) -> tuple[str | None, str | None]:
    """'Chairman of the Board' and 'Directors of the Monetary Authority of Macao': a title
    that took the first words of an organ ('Board of Directors') gets the rest of it, and
    the affiliation is the body after."""
    if not title or not affil:
        return title, affil
    for organ in _vocab()["split_organs"]:
        head, rest = organ
        m = re.match(rf"{re.escape(rest)}\s+of\s+", affil, re.I)
        if m is not None and title.lower().endswith(head):
            return f"{title} of {affil[: len(rest)]}", affil[m.end() :]
    return title, affil


def _organ_of(affil: str) -> tuple[str, str] | None:
    """'the Executive Committee of IPIM' -> ('Executive Committee', 'IPIM'): the longest
    unnamed organ that opens the affiliation ('Board of Directors', not 'Board'), and the
    body after it; None when no organ opens it."""
    bare = re.sub(r"^the\s+", "", affil, flags=re.I)
    split = None
    for m in _OF_SPLIT.finditer(bare):
        if bare[: m.start()].lower() in _vocab()["organs"]:
            split = (bare[: m.start()], bare[m.end() :])
    return split


def _body_after(text: str, end: int, title: str, affil: str | None) -> tuple[str, str | None]:
    """'Lao Kin Fong, President of the Executive Committee, IPIM': a post with no owner, or
    one of an unnamed organ of a body ('the Executive Committee', 'the Board'), belongs to
    the body named right after it, as a programme or a letterhead lists people."""
    organ = affil is not None and affil.lower().removeprefix("the ") in _vocab()["organs"]
    if affil is not None and not organ:
        split = _organ_of(affil)
        if split is not None:
            # "President of the Executive Committee of IPIM": the organ's post, the body's
            return f"{title} of the {split[0]}", split[1]
        return title, affil
    m = _BODY_AFTER.match(text, end)
    if m is not None and not organ and _is_unit(m.group("org")):
        # "Assistant Professor, School of Business, Lingnan University": a unit named by its
        # head, then the body it is in; the post's body is the unit of that body
        body = _BODY_AFTER.match(text, m.end())
        # (the body may end its sentence: "..., Lingnan University.")
        if body is not None and _has_org_word(body.group("org").rstrip(".")):
            return title, f"{m.group('org')}, {body.group('org')}"
    elif m is not None and not organ and not _has_org_word(m.group("org")):
        # "Director, Mainland Business Development, Hong Kong Trade Development Council": a
        # unit of the post (no body's head noun in it), then its body
        unit = _BODY_AFTER.match(text, m.end())
        if unit is not None and _has_org_word(unit.group("org")):
            title, m = f"{title}, {m.group('org')}", unit
    if m is None or not _is_body(m.group("org")) or m.group("org") in _vocab()["place_forms"]:
        return title, affil
    if organ:
        title = f"{title} of the {affil.removeprefix('the ')}"
    return title, m.group("org")


def _is_unit(phrase: str) -> bool:
    """Does ``phrase`` name a unit inside a body by its head ('School of Business', 'the
    Faculty of Law')?"""
    words = phrase.removeprefix("the ").split()
    return bool(words) and words[0] in _vocab()["unit_heads"]


def _has_org_word(phrase: str) -> bool:
    """Does ``phrase`` hold an organisation's head noun or read as an acronym?"""
    return any(w in _vocab()["org_words"] for w in phrase.split()) or bool(
        re.fullmatch(r"[A-Z]{2,8}", phrase.strip())
    )


def _is_body(phrase: str) -> bool:
    """Does ``phrase`` name a body or place of its own (an organisation head noun, a place,
    an acronym), rather than end another body's name ('Commerce')?"""
    words = phrase.split()
    return _has_org_word(phrase) or any(
        " ".join(words[k:j]) in _vocab()["place_forms"]
        for k in range(len(words))
        for j in range(k + 1, min(len(words), k + 4) + 1)
    )


def _clean_affil(affil: str | None) -> str | None:
    if not affil:
        return None
    # ("Mayor of Zhaoqing               Interpretation ch. 2": a run-of-show's next column)
    affil = _COLUMN_GAP.split(affil.strip(), maxsplit=1)[0]
    affil = re.sub(r"^(?:the)\s+", "", affil, flags=re.I).strip(" ,")
    # "Macao Government Tourism Office (MGTO)": the body, without the acronym it is given
    affil = re.sub(r"\s*\([A-Z][A-Za-z&]{1,11}\)$", "", affil)
    # "... of the Cooperation Zone (30 min": a bracket opened after the body, never closed
    affil = re.sub(r"\s*\([^()]*$", "", affil)
    # "..., Hengqin Economic Development Bureau." ending a sentence (not "Co." or "Ltd.")
    affil = re.sub(r"(?<=[a-z]{4})\.$", "", affil)
    # (and "... University of Hong Kong.": a short last word, no abbreviation)
    short = _SHORT_LAST.search(affil)
    if short is not None and short.group(1) not in _ABBREVIATIONS:
        affil = affil[:-1]
    return affil or None


_SHORT_LAST = recache.compile(r"\b([A-Z][a-z]{2,3})\.$")
_COLUMN_GAP = recache.compile(r"[ \t]{3,}|\t")
_OF_PLACE = recache.compile(r"[ \t]+of[ \t]+[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?")
_ABBREVIATIONS = frozenset(
    ("Corp", "Bros", "Dept", "Govt", "Univ", "Inst", "Assn", "Intl", "Inc", "Ltd", "Plc")
)


class OfficialFinder:
    """Write official mentions to ``doc._.coop["officials"]``."""

    def __call__(self, doc: Doc) -> Doc:
        bodies = sorted(facts(doc, "institutions"), key=lambda f: f["start"])
        text = text_of(doc)
        for fact in find_officials(text, store(doc).get("sentences")):
            if fact.pop("generic_owner", False):
                owner = _sole_owner(fact["affiliation"], bodies)
            else:
                owner = _its_unit(fact["affiliation"], fact["start"], bodies)
                owner = owner or _named_owner(fact["affiliation"], fact["start"], bodies)
            owner = owner or _adjacent_body(text, fact, bodies)
            # (a body's name broken over a line is told on one: "Chinese University of
            # Hong" / "Kong")
            fact["affiliation"] = " ".join(owner.split()) if owner else None
            add_fact(doc, "officials", fact.pop("start"), fact.pop("end"), fact.pop("rule"), **fact)
        return doc


def _sole_owner(head: str, bodies: list[dict]) -> str | None:
    """'the bureau's director': the one body the story names with that head noun ('...
    Bureau of Commerce'; its defined term, 'the Guangzhou Bureau', is the same body), or
    none when it names two or none."""
    defined = {b.get("defined") for b in bodies}
    named = {b["name"] for b in bodies if _named_with(b, [head]) and b["name"] not in defined}
    return named.pop() if len(named) == 1 else None


def _named_with(body: dict, words: list[str]) -> bool:
    """Does the body's name hold each of ``words`` (lower case) as a capitalised word?"""
    return {w.capitalize() for w in words} <= set(body["name"].split())


def _its_unit(affil: str | None, at: int, bodies: list[dict]) -> str | None:
    """'Dean of its School of Graduate Studies': the unit, then the body named last before
    the person that it belongs to ('School of Graduate Studies, Lingnan University')."""
    if not affil or not affil.startswith(("its ", "their ")):
        return None
    unit = affil.split(None, 1)[1]
    owner = next(
        (b["name"] for b in reversed(bodies) if b["end"] <= at and b["name"] != unit), None
    )
    return f"{unit}, {owner}" if owner else unit


def _adjacent_body(text: str, fact: dict, bodies: list[dict]) -> str | None:
    """The body a post with no owner stands next to: 'Chief Superintendent Ho Wing-yan of
    the Commercial Crime Bureau' (right after the name), 'Sofia Ng, founder, BlueDelta
    Microsystems' (a listed post), 'Macao Fire Services Bureau Commander Lei Kin Fai'
    (right before the post)."""
    title = fact.get("title")
    if not title:
        return None
    listed = f", {title.lower()},"
    for b in bodies:
        if b["start"] > fact["end"] and OF_THE.fullmatch(text, fact["end"], b["start"]):
            return b["name"]
        if fact["end"] < b["start"] <= fact["end"] + len(listed) + 24 and " ".join(
            text[fact["end"] : b["start"]].lower().split()
        ) in (listed, f"{listed} the"):
            # "Sofia Ng, founder, BlueDelta Microsystems": a listed post's body
            return b["name"]
        if (
            b["end"] <= fact["start"] <= b["end"] + len(title) + 30
            and _WHOSE.match(text, b["end"])
            and title.lower() in text[b["end"] : fact["start"] + len(title)].lower()
        ):
            # "the ... Security Bureau, whose Deputy Director-General, Ms Tang Yuhong"
            return b["name"]
        if b["end"] < fact["start"] <= b["end"] + len(title) + 24:
            between = " ".join(text[b["end"] : fact["start"]].split()).lower()
            rest = between.removeprefix(title.lower()).strip().rstrip(".")
            if between.startswith(title.lower()) and (not rest or rest in _HONORIFIC_LOWER):
                return b["name"]
    return None


_HONORIFIC_LOWER = {h.lower() for h in _HONORIFIC_WORDS}
_SERVED = recache.compile(rf"\b{_SERVE_VERBS}\b")
_WHOSE = recache.compile(r"[^\S\n]*,\s*whose\b")


_DEFINED_FIRMS = frozenset({"Group", "Company", "Bank"})


def _named_owner(affil: str | None, at: int, bodies: list[dict]) -> str | None:
    """'deputy director of the commission': the commission the story named last before
    the person ('Chongqing Municipal Commission of Commerce'), or the first after; 'the
    company' is the company so named; a report's defined term ('of the Group', 'the
    Company') is the first company it names, the one reporting. Anything else stays as
    written."""
    if affil in _DEFINED_FIRMS:
        # the one the filing defines so ('... Holdings Limited (the "Company")'), else the
        # first company (a listing's disclaimer names the exchange before it: no definition)
        firms = [b for b in bodies if b.get("defined_as") == affil] or [
            b for b in bodies if b.get("kind") == "company"
        ]
        return firms[0]["name"] if firms else affil
    words = affil.split() if affil else []
    if not words or not all(w.isalpha() and w.islower() for w in words):
        return affil
    # ("the joint laboratory": a named body with each of those words, its head among them)
    companies = affil in _vocab()["company_nouns"]
    fits = [
        b for b in bodies if _named_with(b, words) or (companies and b.get("kind") == "company")
    ]
    if not fits:
        return affil
    before = [b for b in fits if b["start"] < at]
    return (before[-1] if before else fits[0])["name"]
