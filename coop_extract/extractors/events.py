"""Dated events: trigger words in a sentence plus a date from that sentence, the frame the
previous sentence set, or the event an anaphor points back to ("at the meeting"); typed
from ``event_triggers.json``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .. import recache, resources
from ..extensions import facts, store, text_of
from ..normalize import MONTH_RE, WEEKDAYS, parse_number
from ..textutil import (
    ITEM_MARK,
    NONBLANK_LINE,
    RESUME_OPENER,
    RULE_LINE,
    SUPERSCRIPT,
    THE_BEFORE,
    WORD,
    ByStart,
    Caseless,
    Found,
    MatchLike,
    corrects_another,
    lowered,
    superseded,
    table_cells,
    trie_regex,
)
from .cities import gazetteer
from .dates import (
    COUNTED_FROM,
    DAY_DIVIDER,
    EFFECT_FROM,
    PLANNING_DAY,
    TIMED_LINE,
    WEEKDAY_LABEL,
    next_weekday,
    offset_days,
    season_window,
    sentence_tense,
    weekdays_between,
)
from .dates import LATER as _LATER
from .pubdate import SLOT_LABELS, opens_release

_DURATION = recache.compile(
    # ("a four-day official visit": a word or two may describe it; "a week-long mission")
    r"\b(?:(?P<n>\w+)-day|(?P<week>week)-long)\s+(?:[a-z][a-z-]*\s+){0,2}?"
    r"(?P<noun>trip|visit|tour|mission|stay|event|fair|expo|forum|summit|"
    r"exhibition|conference|roadshow|road\s+show|festival|workshop|seminar|run)",
    re.I,
)
# what happened before or comes after the event told ("after a two-day roadshow")
_SEQUEL_OF = recache.compile(
    r"\b(?:after|before|following|ahead\s+of)\s+(?:a|an|the|its|their|his|her)\s+$", re.I
)
_DURATION_TYPE = {
    "trip": "visit",
    "visit": "visit",
    "tour": "visit",
    "mission": "visit",
    "stay": "visit",
}
_INSIDE_RANGE = recache.compile(
    r"\b(?:during\s+which|in\s+the\s+course\s+of\s+which|during\s+(?:the|a|an|its|their|his|her))\b",
    re.I,
)
# Words that point back to an event already reported: "at the meeting", "after the ceremony"
_POINTING_BACK = r"at|during|after|following|sidelines\s+of|day\s+of"
# an event noun right after them and "the" is that event ("before the ceremony" too)
_BEFORE = r"before|prior\s+to"
_BACK_REF = recache.compile(rf"\b(?:{_POINTING_BACK}|{_BEFORE})\s+the\s+$", re.I)
_ANAPHOR_ANY = recache.compile(rf"\b(?:{_POINTING_BACK}|{_BEFORE})\s+the\b", re.I)
# what a happening is timed by: "ahead of the launch", "after the forum"
_TIMED_BY = recache.compile(
    rf"\b(?:{_BEFORE}|ahead\s+of|after|following)\s+(?:the|its|their)\s+$", re.I
)
_RECURRING = recache.compile(r"\b(?:every\s+year|each\s+year|annually|annual|yearly)\b", re.I)


# what opens a subject named by its noun: "the", "this year's" ("The symposium ... met",
# "The race, co-organised by ..., starts")
_SUBJECT_DETERMINER = r"(?:the|this|that|its|our|(?:this|last|next)\s+year['’]s)"

# a word a "*" stands for: "60-member", "US$85", "1,200", "8.5", "No." ("a US$85 million
# Series B round", "sent 1,200 students to", "replaced the No. 8 signal"); a comma ends it
# unless digits follow
_STAR_WORD = r"[\w$€£¥-]+(?:[.,]\d+)*\.?"


# what may follow an anaphor's noun that closes its phrase: a comma, "of", the sentence's end
_CLOSED = r"(?=\s*[,;:]|\s+of\b|[.!?]?[\s\"”’]*$)"


@cache
def _triggers() -> dict:
    data = resources.event_triggers()
    # "new", "extra" or "additional", then a service's noun ("a new container route", "four
    # extra daily departures")
    services = trie_regex(data["new_service"]["nouns"] + data["new_service"]["added_nouns"])
    service = rf"(?:new|extra|additional)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{services})s?"
    # anaphora kinds whose noun must close the phrase ("the opening", not "the opening day"),
    # and words of other kinds that must
    closed = set(data["anaphora_closed"])
    closed_words = set(data["anaphora_closed_words"])
    told_words = {
        w for t, ws in data["anaphora"].items() if t not in closed for w in ws
    } - closed_words
    # a deal's nouns ("agreement", "memorandum", "accord"): the signing's anaphora but the verb
    deals = trie_regex([w for w in data["anaphora"]["signing"] if w != "signing"])
    units = resources.agreement_units()
    heads = resources.titles()["heads"]
    # what one who saw a happening did: "witnessed", "saw", "watched"
    witnessed = trie_regex(data["witnessing"]["verbs"])
    all_told = {w for ws in data["anaphora"].values() for w in ws}

    def starred(phrases: list[str]) -> list[str]:
        # "*" stands for up to five words (_STAR_WORD): "led a * delegation" matches "led a
        # 60-member Hong Kong business delegation" (never from "that": "added that the
        # services").
        # Phrases that share their words before and after the "*" share one branch of
        # prefix trees ("send|sent|dispatch * officials|delegates to"): one branch per
        # listed phrase would be tried at every position of every sentence.
        by_tail: dict[str, set[str]] = {}
        for p in phrases:
            head, tail = p.split(" * ", 1)
            by_tail.setdefault(tail, set()).add(head)
        groups: dict[frozenset[str], set[str]] = {}
        for tail, heads in by_tail.items():
            groups.setdefault(frozenset(heads), set()).add(tail)

        def tails_re(tails: set[str]) -> str:
            # ("will lead 60 herb traders and processors to": a party of two nouns before
            # a tail's "to")
            bound = {t[: -len(" to")] for t in tails if t.endswith(" to")}
            rest = tails - {f"{t} to" for t in bound}
            parts = [trie_regex(rest)] if rest else []
            if bound:
                parts.append(rf"(?:{trie_regex(bound)})(?:\s+(?:and|&)\s+[\w-]+)?\s+to")
            return "|".join(parts)

        return [
            # (an "and" between two of the words is free: "will lead 15 Puyang chemical and
            # new materials firms to")
            rf"(?:{trie_regex(set(heads))})\s+(?!that\s)(?:{_STAR_WORD}\s+(?:and\s+)?){{0,5}}"
            rf"(?:{tails_re(tails)})"
            for heads, tails in groups.items()
        ]

    def alternation(words: list[str], tail: str = "") -> Caseless:
        def body(words: list[str]) -> str:
            plain = [w for w in words if "*" not in w]
            stars = starred([w for w in words if "*" in w])
            return "|".join([*stars, trie_regex(plain)]) if plain else "|".join(stars)

        return Caseless(recache.compile(rf"\b(?:{body([w.lower() for w in words])})\b{tail}"))

    # "the Hong Kong Convention and Exhibition Centre", "the conference room", "Shenzhen
    # World Exhibition and Convention Center": a place (a column's gap is no space inside
    # a name: "... Travel Expo        Halls A-D")
    not_venue = (
        r"(?![^\S\n]{1,2}(?:(?:and|&)[^\S\n]+[A-Za-z]{3,}[^\S\n]+)?"
        rf"(?i:{trie_regex(data['venue_words'])})\b)"
    )

    # "Macau Grand Prix Organizing Committee", "the Games Foundation": a body's name, which
    # a named gathering's word only opens
    bodies = [
        h
        for kind, heads in resources.org_heads()["heads"].items()
        if kind != "other"
        for h in heads
    ]
    not_body = rf"(?![^\S\n]+(?:[A-Z][\w-]*[^\S\n]+){{0,2}}(?:{trie_regex(bodies)})(?![\w-]))"
    # "the Ma'anshan Municipal Bureau of Investment Promotion": a body's name, its head before
    # "of"
    of_body = recache.compile(
        rf"\b(?:{trie_regex(bodies)})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
        r"(?:[A-Z][\w'’&-]*[^\S\n]+){1,3}$"
    )

    treaty = data["treaty_names"]
    # "the New York Convention", "the Convention on ...": a treaty, named for where it was
    # made or for what it is on, no gathering
    treaty_before = recache.compile(rf"\b(?:{trie_regex(treaty['before'])})[^\S\n]+$")
    treaty_after = recache.compile(rf"[^\S\n]+(?:{trie_regex(treaty['after'])})\b")

    def named(words: list[str]) -> _Named:
        after_the = frozenset(data.get("named_after_the", []))
        # (in small letters after a pair of places: "a Fuzhou-Macao week"; never "the Hong
        # Kong-Macau night ferry")
        lower = [w.lower() for w in words if w not in data["named_capitals_only"]]
        return _Named(
            recache.compile(rf"\b(?:{trie_regex([*words, *lower])})\b{not_venue}{not_body}"),
            after_the,
            (frozenset(treaty["nouns"]), treaty_before, treaty_after),
            of_body,
            frozenset(data["named_papers"]),
        )

    def compile_group(group: dict[str, list[str]], tail: str = "") -> list[tuple[str, Caseless]]:
        return [(etype, alternation(words, tail)) for etype, words in group.items()]

    def pairs(group: dict[str, list[str]]) -> list[str]:  # each verb before each object
        return [f"{v} {o}" for v in group["verbs"] for o in group["objects"]]

    planned = "|".join(re.escape(w) for w in data["planned_markers"])
    verbs = {
        **data["verbs"],
        "visit": [
            *data["verbs"]["visit"],
            *pairs(data["sending"]),
            *pairs(data["leading_firms"]),
            # ("We'll bring 20 tea companies to Macao": a party that goes with them; never
            # "The expo, bringing 2,000 exhibitors to the city", a gathering's draw)
            *pairs(data["bringing_firms"]),
        ],
        "launch": [*data["verbs"]["launch"], *pairs(data["adding"])],
        "meeting": [*data["verbs"]["meeting"], *pairs(data["consulting"])],
    }
    # named nouns first: dict(nouns) keeps each type's full word list
    # "on opening night", "opening hours": a time, nothing opened
    not_time = rf"(?![^\S\n]+(?i:{trie_regex(data['launch_not_before'])})\b)"
    # "began trading higher", "opens 0.6% higher": a price's move, nothing begun
    moves = trie_regex(data["price_moves"])
    # ("Tea opens the door", "opened a new chapter": a figure of speech, nothing opened)
    figurative = trie_regex(data["launch_figurative"])
    not_moved = (
        rf"(?![^\S\n]+(?:(?:{moves})\b|[\d.,]+[^\S\n]*(?:%|per[^\S\n]?cent|percent|points?\b)"
        rf"|(?:[\w'’-]+[^\S\n]+){{0,2}}(?i:{figurative})\b))"
    )
    # "confirmed the signing time": a particular of a signing, told elsewhere
    not_particular = rf"(?![^\S\n]+(?:{trie_regex(data['signing_not_before'])})\b)"
    after = {"launch": not_time, "signing": not_particular}
    nouns = [
        *((etype, named(words)) for etype, words in data["named_nouns"].items()),
        *(
            (etype, _EntryNoun(trie_regex(words), trie_regex(data["entry_openers"])))
            for etype, words in data["entry_nouns"].items()
        ),
        *(
            (etype, alternation(words, not_venue + after.get(etype, "")))
            for etype, words in data["nouns"].items()
        ),
    ]

    def plural(noun: str) -> str:
        if noun.endswith(("s", "x", "ch", "sh")):
            return noun + "es"
        if noun.endswith("y") and noun[-2:-1] not in "aeiou":
            return noun[:-1] + "ies"
        return noun + "s"

    return {
        "verbs": [
            (etype, alternation(words, not_moved if etype == "launch" else ""))
            for etype, words in verbs.items()
        ],
        "nouns": nouns,
        # "will host investor seminars": gatherings in the plural, after an object verb
        "plural_nouns": compile_group(
            {
                etype: [plural(w) for w in data["nouns"][etype] if not w.endswith("s")]
                for etype in ("meeting", "conference")
            }
        ),
        "object_verbs": alternation(data["object_verbs"]),
        "part_nouns": frozenset(data["part_nouns"]),
        # "host a lunch briefing with Vice Mayor Liang": a meal or briefing with an
        # official or a named person is a meeting with them, not a conference
        "audience_nouns": recache.compile(rf"\b(?:{trie_regex(data['audience_nouns'])})\b", re.I),
        "talk_nouns": frozenset(data["talk_nouns"]),
        # ("a symposium with Sophia Chong, Deputy Executive Director of the council")
        "with_official": recache.compile(
            r"\s+with\s+(?:the\s+)?(?:(?:"
            + trie_regex(resources.titles()["honorifics"])
            + r")\s|(?:(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}),\s+(?:the\s+)?)?"
            # ("with Dongguan Vice Mayor Liu Ping": the post's place or body before it)
            + r"(?:(?-i:[A-Z][\w-]*)(?:['’]s)?\s+){0,2}?(?:(?:"
            + trie_regex(resources.titles()["modifiers"])
            + r")[\s-]+)*(?:"
            + trie_regex([h for heads in resources.titles()["heads"].values() for h in heads])
            # ("with the Macau Xinjiang Fellow Association": a body's name, no post)
            + r")\b(?!(?-i:[^\S\n]+(?:"
            + trie_regex(
                [h for k, hs in resources.org_heads()["heads"].items() if k != "other" for h in hs]
            )
            + r")\b)))",
            re.I,
        ),
        # "will hold a briefing for schools": a gathering only as a hosting verb's object
        # (a "briefing" alone is as often a paper)
        "object_nouns": [
            (etype, recache.compile(rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>{trie_regex(words)})\b", re.I))
            for etype, words in data["object_nouns"].items()
        ],
        # what was organised, before the verb: "The mission, co-organized by", "a
        # delegation jointly organised by", "The Hong Kong Pavilion, organised by"
        "organised_what": recache.compile(
            r"(?<![\w-])(?P<what>[\w-]+),?\s+(?:(?:was|were|is|are|being|been|jointly)\s+)*"
            r"(?:co-)?$",
            re.I,
        ),
        "visit_nouns": {w.lower() for w in data["nouns"]["visit"]},
        "generic_after": recache.compile(rf"\s+(?:{trie_regex(data['generic_nouns'])})\b", re.I),
        "told_occasion": recache.compile(
            rf"\s+the\s+(?:{trie_regex(data['anaphora']['any'])})\b", re.I
        ),
        # "the ceremony", "the agreement": an event the story has named already
        # "Vice Mayor Tan ... witnessed the signing.": a happening told before, seen
        "witnessed_told": recache.compile(
            rf"(?:{witnessed})\s+the\s+(?:[\w-]+\s+)?(?:{trie_regex(sorted(all_told))})\b", re.I
        ),
        "told_before": recache.compile(
            rf"\bthe\s+(?:[\w-]+\s+)?(?:{trie_regex(told_words)})\b", re.I
        ),
        # "Before the ceremony, the delegation visited ...": only a one-sitting occasion's
        # day is also the day of what came before it (not a trip's or a fair's)
        "anaphora": {
            etype: recache.compile(
                # ("on the day of the inspection": that visit's day)
                r"\b(?:at|during|after|on\s+the\s+sidelines\s+of|following|on\s+the\s+day\s+of"
                rf"{'|' + _BEFORE if etype in data['anaphora_before'] else ''})"
                # ("at the end of the meeting", "at the close of the forum")
                r"\s+the\s+(?:(?:end|close|start|conclusion)\s+of\s+the\s+)?(?:[\w-]+\s+)?"
                # ("At the opening, ...", "at the opening of the centre": the launch told;
                # never "on the opening day", "at the opening ceremony"; "... at the launch."
                # closing the sentence is the launch told too)
                # ("During the promotion, ...": a word of 'anaphora_closed_words' only where it
                # closes the phrase, never "at the Wuxi promotion session")
                rf"(?:{'|'.join(w for w in words if w not in closed_words)}"
                rf"|(?:{'|'.join(w for w in words if w in closed_words) or '(?!)'}){_CLOSED})\b"
                + (_CLOSED if etype in closed else ""),
                re.I,
            )
            for etype, words in data["anaphora"].items()
        },
        # "led a delegation of 80 firms to the event at ...", "brought 40 buyers to the
        # fair": a trip whose goal is a gathering told before
        "trip_to_told": recache.compile(
            r"\b(?:led|leads|leading|brought|brings|bringing|took|takes|sent|sends|came|comes"
            r"|went|goes|travell?ed|travels|flew|flies|headed|heads)\b[^.;\n]{0,90}?\bto\s+the\s+"
            r"(?:[\w-]+\s+)?(?P<noun>"
            + "|".join(
                trie_regex(data["anaphora"][kind]) for kind in ("conference", "meeting", "any")
            )
            + r")\b",
            re.I,
        ),
        # ("the event", "the ceremony": an occasion of any kind)
        "any_occasions": frozenset(w.lower() for w in data["anaphora"]["any"]),
        "noun_priority": data["noun_priority"],
        # "later that day" anywhere; "In the morning, ..." only opening the sentence
        "same_day": Caseless(
            recache.compile(
                rf"\b(?:{trie_regex([w.lower() for w in data['same_day']])})\b"
                rf"|^\W*(?:{trie_regex([w.lower() for w in data['same_day_openers']])})\b"
                # "At a matchmaking event held in the afternoon, ...": the day told before
                rf"|(?:(?<=held )|(?<=hosted )|(?<=staged ))"
                rf"(?:{trie_regex([w.lower() for w in data['same_day_openers']])})\b"
            )
        ),
        "planned": recache.compile(rf"\b(?:{planned})\b", re.I),
        # ("On the second afternoon the delegates toured ...": that day's afternoon; "on the
        # Summit's first day", "on the fair's final day": the event's own)
        "day_of_event": recache.compile(
            rf"\b(?:on|during)\s+(?:(?:the|their|its|his|her)\s+|(?:the\s+)?[\w-]+['’]s\s+)?"
            rf"(?P<nth>{trie_regex(data['day_of_event'])})\s+(?:day|morning|afternoon|evening)\b",
            re.I,
        ),
        # "On the first day of this year's meeting": the year is the meeting's own, the day
        # the nth of its days
        "day_of_event_of": recache.compile(
            rf"\b(?:on|during)\s+(?:(?:the|their|its|his|her)\s+)?"
            rf"(?:{trie_regex(data['day_of_event'])})\s+(?:day|morning|afternoon|evening)"
            r"\s+of\s+(?:the\s+)?$",
            re.I,
        ),
        # "signed ... yesterday, on the first day of a Xinyang tea culture week in Wan
        # Chai that runs until Friday": a gathering told by its first day, begun that day
        # (a week only with a word before it: never "the first day of the week")
        "first_day_of": recache.compile(
            r"\bon\s+the\s+(?:first|opening)\s+day\s+of\s+(?:an?|the|this\s+year['’]s)\s+"
            rf"(?:(?:[\w'’-]+\s+){{0,5}}?(?P<noun>{trie_regex(data['nouns']['conference'])})"
            r"|(?:[\w'’-]+\s+){1,5}?(?P<week>week))\b",
            re.I,
        ),
        "day_numbers": data["day_of_event"],
        # "Jiangxi Daily (English Edition)", "Encoded from the print edition": a paper's
        # edition, no gathering's
        "paper_edition": recache.compile(
            rf"\b(?:{trie_regex(data['paper_editions'])})[^\S\n]+$", re.I
        ),
        "win_verbs": recache.compile(rf"(?:{trie_regex(data['win_verbs'])})", re.I),
        # "the 2024 agreement between the two governments": a deal named by the year it was
        # made
        # (the year first: a scan that starts only at digits)
        # ("last month's agreement between ...", "Monday's accord": a time's own deal)
        "year_deal": recache.compile(
            r"\b(?P<deal>(?P<when>(?:19|20)\d{2}|(?:(?:last|this)\s+(?:week|month|year)|"
            r"yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s)\s+(?:[\w-]+\s+){0,2}?"
            rf"(?:{deals}))\b",
            re.I,
        ),
        # "A second memorandum, covering clinical training, followed in 2023": a deal after
        # one told before it, signed then
        "deal_followed": recache.compile(
            r"\s*(?:a|another)\s+(?:(?:"
            + trie_regex(data["deal_sequels"])
            + r")\s+)?(?:[\w-]+\s+){0,2}?"
            + rf"(?P<deal>{deals})"
            r"\b[^.;:!?]*?\b(?P<verb>followed)\b(?!\s+(?:by|the|a|an|suit)\b)",
            re.I,
        ),
        # "beat Hong Kong 2-1", "won the first leg 2-1": a match, told by its score (never a
        # day range: "held on 1-3 December")
        "score": recache.compile(
            rf"\b(?P<verb>{trie_regex(data['score_verbs'])})\b(?:[^\S\n]+[\w'’.-]+){{0,5}}?"
            r"[^\S\n]+\d{1,2}[-–]\d{1,2}\b(?![-–/.]?\d|\s*(?:%|per\s*cent|percent|"
            + MONTH_RE
            + r"))",
            re.I,
        ),
        # "became Dean in 2022", "became the bank's first chairman": a post taken up
        "became_post": recache.compile(
            r"\b(?P<verb>became)\s+(?:(?:the|its|their|his|her)\s+)?"
            r"(?:(?:first|new|next|sole)\s+)?(?:[\w'’-]+\s+){0,2}?"
            rf"(?:{trie_regex({h for hs in resources.titles()['heads'].values() for h in hs})})\b",
            re.I,
        ),
        # "some contracts signed in the zone": deals of a kind, none signed on a day
        "generic_deals": recache.compile(
            rf"\b(?:{trie_regex(data['generic_quantifiers'])})\s+(?:[\w-]+\s+){{0,2}}"
            rf"(?:{trie_regex(resources.agreement_units()['always'])})\s+$",
            re.I,
        ),
        # the subject of a beginning that names an occasion held, not a thing opened
        "occasion_subject": recache.compile(
            rf"\s*{_SUBJECT_DETERMINER}\s+"
            rf"(?:[\w'’-]+\s+){{0,3}}?(?:{trie_regex(data['occasion_subjects'])})"
            r"\s*(?:,|\(|$)",
            re.I,
        ),
        "begin_serving": recache.compile(
            rf"\s+(?:{trie_regex(data['begin_serving'])})\b{not_moved}", re.I
        ),
        # an instrument's signature line: "Signed in duplicate at Guangzhou on 5 November
        # 2026", "Done at Macao on ..."
        "signature_line": recache.compile(
            rf"[^\S\n]*(?:Signed|{trie_regex(data['instrument_made'])})\b"
        ),
        "instrument_made": recache.compile(
            rf"\s*(?P<verb>{trie_regex(data['instrument_made'])})"
            r"(?:\s+at\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?,?\s+(?:on\s+)?(?:this\s+|the\s+)?\d"
        ),
        "named_told": [
            (etype, word) for etype, words in data["named_told"].items() for word in words
        ],
        "party_nouns": frozenset(data["party_nouns"]),
        "joining_verbs": frozenset(data["joining_verbs"]),
        "landing_verbs": frozenset(data["landing_verbs"]),
        "vehicle": recache.compile(rf"\b(?:{trie_regex(data['vehicles'])})\b", re.I),
        # "Tacheng's first shipment of chilled beef arrived in Hong Kong": goods come, no party
        # (the subject's head: "the first shipment of ...", "two containers from ..." right
        # before the verb; never "freight forwarders arrived", people)
        "cargo": recache.compile(
            rf"\b(?:{trie_regex(data['cargo_nouns'])})\b(?=\s+(?:of|from|for|bound|carrying)\b"
            r"|\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?$)",
            re.I,
        ),
        "named_heads": {h: etype for etype, heads in data["named_nouns"].items() for h in heads},
        # "the recording of the ...", "Photos of our ...": a record, then its happening
        "record_of": recache.compile(
            rf"\b(?:{trie_regex(data['records'])})\s+of\s+"
            r"(?:(?:the|this|that|our|its|their|last)\s+)?(?:[\w'’-]+\s+){0,4}$",
            re.I,
        ),
        "record_released": recache.compile(
            rf"\s+(?:{trie_regex(data['record_released'])})\b", re.I
        ),
        "named_runs": recache.compile(
            # (after a year that frames the sentence: "Next year the week will travel to")
            r"[^\S\n]*(?:(?:(?:Early|Later|Late)[^\S\n]+)?(?:Next|This)[^\S\n]+year,?[^\S\n]+"
            r"|In[^\S\n]+(?:19|20)\d{2},?[^\S\n]+)?"
            r"[Tt]he[^\S\n]+(?P<head>[a-z]+)[^\S\n]+"
            rf"(?P<verb>{trie_regex([w.lower() for w in data['named_runs']])})\b"
        ),
        "end_verbs": alternation(data["end_verbs"]),
        "close_verbs": alternation(data["close_verbs"]),
        "return_verbs": alternation(data["return_verbs"]),
        "condition_verbs": alternation(data["condition_verbs"]),
        "arrival_verbs": alternation(data["arrival_verbs"]),
        "begin_verbs": alternation(data["begin_verbs"]),
        "draw_verbs": alternation(data["draw_verbs"]),
        # "ended with 7 offtake agreements": deals signed at what ended
        "deal_outcomes": recache.compile(
            rf"\b(?P<verb>{trie_regex(data['deal_outcomes'])})[^\S\n]+(?:about[^\S\n]+|some[^\S\n]+)?"
            rf"\d[\d,]*[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,3}}?(?:{trie_regex(units['always'])})\b",
            re.I,
        ),
        # "brought its mayor, Shi Yuanhong, to Hong Kong": a place's own official taken there
        "bringing_official": recache.compile(
            rf"\b(?P<verb>{trie_regex(data['bringing_officials'])})[^\S\n]+(?:its|their)[^\S\n]+"
            rf"(?:(?:{trie_regex(resources.titles()['modifiers'])})[^\S\n]+)?"
            rf"(?:{trie_regex([*heads['government'], *heads['party']])})"
            r"(?:,[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2},)?[^\S\n]+to\b",
            re.I,
        ),
        "creation_verbs": alternation(data["creation_verbs"]),
        "begin_not": alternation(data["begin_not_subjects"]),
        "begin_other": frozenset(w.lower() for w in data["begin_other_subjects"]),
        "begin_launch": frozenset(w.lower() for w in data["begin_launch_subjects"]),
        # "Applications for the 2027 edition open on 1 March": the papers' date, not the
        # edition's (not past a relative word: "proposals for the seventh symposium in a
        # series whose first meeting was held in 2019")
        "papers_for": recache.compile(
            rf"\b(?:{trie_regex(data['begin_not_subjects'])})\s+(?:for|to)\s+"
            r"(?:(?:the|a|an|its|their|this|next)\s+)?"
            r"(?:(?!(?:whose|which|where|who|that)\b)[\w'’-]+\s+){0,10}$",
            re.I,
        ),
        # "set up a Weihai pavilion at the ...": a stand at a gathering
        "display_at": recache.compile(
            rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{trie_regex(data['display_nouns'])})\s+(?:at|during)\b",
            re.I,
        ),
        # "Three agreements: seafood promotion, ...", "The agreement covers joint promotion
        # of ...": what a deal covers (a noun after it is its topic)
        "deal_topic": recache.compile(
            rf"\b(?:{deals})"
            rf"(?:\s+[\w'’-]+){{0,3}}?(?:\s*:|\s+(?:{trie_regex(data['deal_topic_verbs'])})\b)"
            r"[^.;!?]*$",
            re.I,
        ),
        "going": recache.compile(
            rf"\b(?P<verb>{trie_regex(data['going']['verbs'])})\s+(?:[\w'’&.,-]+\s+){{1,12}}?"
            rf"(?:{trie_regex(data['going']['purposes'])})\b",
            re.I,
        ),
        # "went to Singapore last month for a roadshow": a trip, whatever the gathering is
        "going_gathering": recache.compile(
            rf"\b(?P<verb>(?i:{trie_regex(data['going']['verbs'])}))\s+(?:the\s+)?[A-Z]"
            r"[\w'’&.-]*(?:\s+[\w'’&.,-]+){0,8}?\s+(?i:for\s+(?:an?|the|its|their)\s+)"
            rf"(?:[\w'’-]+\s+){{0,3}}?(?i:{trie_regex(data['nouns']['conference'])})s?\b"
        ),
        # "a new container route will link Yueyang with Hong Kong from January", "four extra
        # daily departures in each direction will run to ...": a launch
        "new_service": recache.compile(
            rf"\b{service}(?:\s+[\w'’-]+){{0,4}}?"
            r"\s+(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|are\s+to|shall)\s+"
            rf"(?P<verb>{trie_regex(data['new_service']['verbs'])})\b",
            re.I,
        ),
        # "... before finishing in Shanghai on Friday": a trip's last stop (after a visit verb)
        "trip_leg": recache.compile(
            rf"\b(?P<verb>{trie_regex(data['trip_legs'])})\s+(?:(?:the|its|their|our)\s+"
            r"(?:[\w-]+\s+)?(?:trip|tour|visit|mission)\s+)?in\s+(?=[A-Z])",
            re.I,
        ),
        # "Next spring, Kumamoto will welcome Mayor Qin": a place hosts an official, who
        # visits it (the place is checked against the gazetteer)
        "place_hosts": recache.compile(
            r"(?P<place>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})\s+"
            r"(?:will\s+|would\s+|is\s+to\s+)?(?P<verb>welcome[sd]?|host(?:s|ed)?)\s+"
            r"(?:the\s+)?(?=(?:"
            + trie_regex(resources.titles()["honorifics"])
            + r")\s|(?:(?-i:[A-Z][\w-]*)\s+){0,2}(?:"
            + trie_regex([h for heads in resources.titles()["heads"].values() for h in heads])
            + r")\s+(?-i:[A-Z]))",
            re.I,
        ),
        # a travel note's "First stop: the Qianhai ... Hub": the place of the stop, visited
        "stop_label": recache.compile(
            rf"\W*(?P<label>(?:{trie_regex(data['stop_labels'])}))[ \t]*:[ \t]+(?=\S)", re.I
        ),
        # "the Wuyi tea promotion at the Macao Fisherman's Wharf ... Center": a noun held
        # at a named venue is a gathering there (not "spend ... on promotion in the
        # Greater Bay Area", a campaign in a region)
        "held_at_venue": recache.compile(
            # (up to six words before the noun: "a peony culture and farm produce promotion
            # at the Hong Kong Convention and Exhibition Centre")
            # (or opening an entry after its day's label: "20 Nov: dark tea tasting for 80
            # Hong Kong buyers at Flagstaff House")
            r"(?:\b(?:an?|the)[^\S\n]+|(?<=:)[^\S\n]+)(?:[\w'’-]+[^\S\n]+){0,6}?"
            # ("At a tasting event at the Hong Kong Convention and Exhibition Centre")
            rf"(?P<noun>{trie_regex(data['held_at_venue'])})"
            # (a venue's name with its article or without: "at Times Square in Causeway Bay";
            # whom it is for may come before it: "for 80 Hong Kong buyers at ...")
            r"(?:[^\S\n]+(?:event|session|party|day|evening|night))?"
            r"(?:[^\S\n]+for[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,5}?[\w'’-]+)?[^\S\n]+at[^\S\n]+"
            r"(?:the[^\S\n]+)?(?-i:[A-Z])",
            re.I,
        ),
        "carrying": recache.compile(
            rf"\b(?:{trie_regex(data['carrying']['nouns'])})\b(?:,?\s+(?:that|which))?"
            rf"(?:\s+[\w'’,-]+){{0,8}}?\s+(?P<verb>{trie_regex(data['carrying']['verbs'])})"
            r"\s+(?:him|her|them|us|(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}?[a-z]+s?)\s+to\b",
            re.I,
        ),
        # "NEW SERVICE FROM TUESDAY 1 DECEMBER 2026": a service that begins on the day after
        "new_from": recache.compile(
            rf"\W*(?:an?\s+)?{service}(?=\s+(?:from|starting|effective|with\s+effect\s+from)\s)",
            re.I,
        ),
        # a change to come, then (within twelve words) the day it takes effect from
        "change_from": recache.compile(
            # (a name in quotes among the words: 'extend the "Northbound Travel" quota')
            rf"\b(?:{trie_regex(data['change_verbs'])})\b(?:[^\S\n]+[\w'’\"“”,.%$-]+){{0,12}}?"
            r"(?=[^\S\n]+(?:from|starting|effective|with\s+effect\s+from)\s)",
            re.I,
        ),
        "maiden_verbs": alternation(data["maiden_verbs"]),
        "maiden_arrivals": alternation(data["maiden_arrivals"]),
        "maiden_plans": alternation(data["maiden_plans"]),
        "instrument_subjects": frozenset(data["instrument_subjects"]),
        # "the first freight train": a first run that is a vehicle or a service
        "first_vehicle": recache.compile(
            rf"\b(?:first|maiden|inaugural)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}"
            rf"(?:{trie_regex(data['new_service']['nouns'])})s?\b",
            re.I,
        ),
        # "Passengers board the first bus of the new route", "rode the maiden sailing": a
        # first run, boarded (a first train alone may be the day's first)
        "maiden_boardings": recache.compile(
            rf"\b(?:{trie_regex(data['maiden_boardings'])})(?=[^\S\n]+(?:the[^\S\n]+)?"
            rf"(?:(?:maiden|inaugural)|(?P<first>first))[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}"
            rf"(?:{trie_regex(data['new_service']['nouns'])})s?\b"
            r"(?(first)[^\S\n]+(?:of|on)[^\S\n]+(?:the|a|its)[^\S\n]+new\b))",
            re.I,
        ),
        "founding_verbs": {w.lower() for w in data["founding_verbs"]},
        "facilities": {w.lower() for w in data["facility_nouns"]},
        "trip_purposes": {w.lower() for w in data["trip_purposes"]},
        # a field's label: its line's words up to a colon, or a table row's first cell, an
        # event noun there before one of the heads ("Delegation leader:", "| Meeting venue |")
        "label_head": recache.compile(
            r"[^\S\n]+(?:[\w'’-]+[^\S\n]+)?"
            rf"(?i:{trie_regex(data['label_heads'])})[^\S\n]*(?:[:：]|\|)"
        ),
        # "helped 1,036 companies set up": a number, up to four words, a tally subject
        # ("A pilot with 15 firms starts ...": the firms are the pilot's, no tally)
        "tally_subject": recache.compile(
            r"(?<!\bwith\s)(?<!\binvolving\s)(?<!\bcovering\s)"
            r"\b\d+(?:[,.]\d+)*\+?\s+(?:[\w-]+\s+){0,4}?"
            rf"(?:{trie_regex(data['tally_subjects'])})\s+(?:to\s+|have\s+|had\s+)?$",
            re.I,
        ),
        # "About 1.1 million people from Macao visited": thousands or more of travellers
        "crowd_subject": recache.compile(
            r"\b(?P<n>\d[\d,.]*)\s*(?P<scale>million|thousand|mn|m\b|k\b)?\s+"
            rf"(?:[\w-]+\s+){{0,3}}?(?:{trie_regex(data['crowd_nouns'])})\s+(?:[\w'’-]+\s+){{0,5}}?$",
            re.I,
        ),
        # "You received this email because ...": a message's foot (see 'mail_footers')
        "mail_footer": recache.compile(rf"\W*(?:{trie_regex(data['mail_footers'])})\b", re.I),
        "document_title": recache.compile(
            rf"\b(?:{trie_regex(data['document_titles'])})\s+(?:on|of)\s+(?:the\s+)?$"
        ),
        # "witnessed the two universities to sign": a happening seen (see 'witnessing')
        "witnessed_to": recache.compile(
            rf"\b(?:{trie_regex(data['witnessing']['verbs'])})\s+"
            rf"(?:(?!(?:{trie_regex(data['witnessing']['not_objects'])})\b)[\w'’.-]+\s+){{1,12}}"
            r"to\s+$",
            re.I,
        ),
        # "helped Hong Kong firms sign": what many firms did, a tally
        "helped_subject": recache.compile(
            r"\b(?:helped|helps|help|helping|enabled|assisted)\s+(?:[\w-]+\s+){0,4}?"
            rf"(?:{trie_regex(data['tally_subjects'])})\s+(?:to\s+)?$",
            re.I,
        ),
        "body_heads": resources.org_head_words(),
        "since_named_heads": frozenset(data["since_named_heads"]),
        "generic_nouns": {w.lower() for w in data["generic_nouns"]},
        # "had operated since October 2022": the start of its operation
        "operating": alternation([f"{w} * since" for w in data["operating_since"]]),
        # a change log's heading on a line of its own ("Change log", "REVISION HISTORY:")
        "history_heading": recache.compile(
            rf"(?im)^[ \t#*]*(?:{trie_regex(data['history_headings'])})[ \t]*:?[ \t]*$"
        ),
        "operating_since": recache.compile(
            rf"\b(?P<verb>{trie_regex([w.lower() for w in data['operating_since']])})\s+"
            # (a body's name between: "trialled by the Shenzhen Municipal Transport Bureau
            # since")
            r"(?:[\w-]+\s+){0,7}since\s+$",
            re.I,
        ),
        "opening_verbs": {w.lower().split()[-1] for w in data["opening_up"]["verbs"]},
        # "... its digital economy wider to Hong Kong investors": a market opened up
        "opening_up": recache.compile(
            r"(?:\s+up)?\s+(?:[\w'’&,-]+\s+){0,8}?"
            rf"(?:{trie_regex(data['opening_up']['adverbs'])})\s+to\b"
            # "opened mainland services markets to Hong Kong firms"
            r"|(?:\s+up)?\s+(?:[\w'’&,-]+\s+){0,4}?"
            rf"(?:{trie_regex(data['opening_up']['markets'])})\s+(?:[\w'’&,-]+\s+){{0,2}}?to\b",
            re.I,
        ),
        "proper_noun_types": {k.lower(): v for k, v in data["proper_noun_types"].items()},
        # a table's column of days named by a happening: "Agreement signed", "Opened"
        "column_labels": [
            (etype, recache.compile(rf"(?i)(?:[\w-]+\s+){{0,2}}(?:{trie_regex(words)})"))
            for etype, words in data["column_labels"].items()
        ],
        "conference_nouns": alternation(data["nouns"]["conference"], not_venue),
        "meeting_nouns": dict(nouns)["meeting"],
        # "Minutes of the Sixth Meeting", "AGENDA": a meeting's record or its agenda (its
        # "Date:" is the meeting's)
        "record_heading": recache.compile(
            r"[ \t]*(?:"
            + trie_regex(resources.pubdate_header()["record_headings"], space=r"[ \t]+")
            + r")(?:[ \t]|[ \t]*(?:\n|\Z))",
            re.I,
        ),
        "conference_named": named(data["named_nouns"].get("conference", [])),
        "dated_labels": {k.lower(): v for k, v in data["dated_labels"].items()},
        "trip_end_labels": frozenset(data["trip_end_labels"]),
        "trip_start_labels": frozenset(data["trip_start_labels"]),
        # (a travel request's "Destination city: Hong Kong")
        "trip_place": recache.compile(
            r"[ \t]*(?:" + trie_regex(data["trip_place_labels"], space=r"[ \t]+") + r")[ \t]*[:：]",
            re.I,
        ),
        # "a receipt signed on ...", "signed the guestbook": no agreement was signed
        "signed_not_before": recache.compile(
            rf"\b(?:{trie_regex(data['signed_not_agreements'])})"
            r"\s+(?:(?:was|were|is|are|been|being|has|have|had)\s+){0,2}$",
            re.I,
        ),
        # "10 signed projects", "the signed agreements": deals a word tells as signed, after
        # a number or a determiner (see _SIGNED_BEFORE)
        "signed_deals": recache.compile(
            r"[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
            rf"(?:{trie_regex({*units['always'], *units['with_cooperation']})})\b",
            re.I,
        ),
        "signed_not_after": recache.compile(
            r"\s+(?:(?:a|an|the|its|their|his|her|our|all|every)\s+)?(?:[\w-]+\s+)?"
            rf"(?:{trie_regex(data['signed_not_agreements'])})\b(?!\s+of\b)",
            re.I,
        ),
    }


# a number or a determiner before a participle that tells of the noun after it
_SIGNED_BEFORE = recache.compile(
    r"(?:\d|\b(?:the|these|those|all|its|their|our|of|with))[^\S\n]+$", re.I
)
_ADJECTIVE_BEFORE = recache.compile(
    r"\b(?:the|a|an|of|for|with|its|their|our|these|those|all|any|no)\s+$", re.I
)
# what opens a deal named by its year ("the 2024 agreement", "under the 2019 pact")
_DEAL_OWNER = recache.compile(r"\b(?:the|an?|its|their|under)\s+$", re.I)
# a score's digits ("2-1"): without them no match was played
_SCORE_HINT = recache.compile(r"\d[-–]\d")
# a time clause in the present after a future ("will ..., after the Fed meets")
_TIME_CLAUSE = recache.compile(
    r"(?:,[^\S\n]*|[^\S\n])(?:after|before|until|once|when)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:[\w.'’-]+[^\S\n]+){0,4}$",
    re.I,
)
_WILL = recache.compile(r"\b(?:will|would|shall)\b", re.I)
_DATEISH = recache.compile(
    rf"\d|\b(?:{MONTH_RE}|{'|'.join(WEEKDAYS)}|today|tomorrow|tonight|next|this)\b", re.I
)
# a verb with nothing after it: "... but the football won tonight,"
_US = recache.compile(r"[^\S\n]+(?:us|me)\b")  # the writer, who held what was joined
_NO_OBJECT = recache.compile(
    r"\s*(?:[,.;:!?\"”’)]|$)|\s+(?:tonight|today|yesterday|again|easily|comfortably)\b", re.I
)
_LABEL_COLON = recache.compile(r"(?:[ \t]+(?:on|at))?[ \t]*[:：]", re.I)


class _Named:
    """A capitalised event noun closing a name: 'the Shenzhen Futian Fintech Week' (after
    a capitalised word; 'Last Week' in a headline is no event)."""

    _PREV = recache.compile(r"\(?([A-Z][\w'’&-]*)\)?[^\S\n]+$")  # "Hangzhou (Macao) Week"
    # the name's next word (a column's gap is no space inside a name: "... Auto Show
    # Halls A-C")
    _NEXT = recache.compile(r"[^\S\n]{1,2}[A-Z][a-z]")
    # ("the National People's Congress" is a body, not a congress of delegates; "the
    # National Day Golden Week" a holiday; "on Friday Night", "the Final Night" a time)
    _NOT = frozenset(
        {"Last", "Next", "This", "That", "Each", "Every", "The", "A", "Per", "One", "People's",
         "People’s", "Golden", "Holy", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
         "Saturday", "Sunday", "First", "Final", "Opening", "Closing", "Late", "Good", "Same"}
    )  # fmt: skip

    # "a Fuzhou-Macao week", "a Hunan-Hong Kong week": a pair of places names the event,
    # written in lower case too
    _PAIR = recache.compile(r"\b[A-Z][\w'’]*-[A-Z][\w'’]*(?:[^\S\n]+[A-Z][\w'’]*)?[^\S\n]+$")

    # a periodical's issue right after its name: "..., December 2026", "No. 12", "Issue 3"
    _ISSUE = recache.compile(
        rf",?[^\S\n]+(?:(?:{MONTH_RE})\.?[^\S\n]+(?:19|20)\d{{2}}\b|(?:No\.|Issue|Vol\.)[^\S\n]*\d)"
    )

    def __init__(
        self,
        pattern: re.Pattern[str],
        after_the: frozenset[str],
        treaty: tuple[frozenset[str], re.Pattern[str], re.Pattern[str]],
        of_body: re.Pattern[str],
        papers: frozenset[str],
    ):
        self.pattern = pattern
        self.after_the = after_the  # "the Games": a name standing alone after "the"
        self.treaty = treaty  # nouns that also name a treaty, and a treaty's words around
        self.of_body = of_body  # a body's head, "of" and the name's words before the noun
        self.papers = papers  # nouns that also name a periodical ("... Briefing")

    def _treaty(self, text: str, m: MatchLike) -> bool:
        """Does the noun name a treaty ('the New York Convention', 'the Convention on the
        Rights of the Child')?"""
        nouns, before, after = self.treaty
        return m.group() in nouns and bool(
            before.search(text, max(0, m.start() - 40), m.start()) or after.match(text, m.end())
        )

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[MatchLike]:
        end = len(text) if endpos is None else endpos
        for m in self.pattern.finditer(text, pos, end):
            if text[m.end() : m.end() + 1] in ("'", "’"):
                continue  # "12 of the Games' 34 sports": the owner of what is told
            if self._treaty(text, m) or self.of_body.search(
                text, max(0, m.start() - 60), m.start()
            ):
                continue  # (or a body's: "the Bureau of Investment Promotion")
            if m.group() in self.papers and self._ISSUE.match(text, m.end()):
                continue  # "GBA Business Briefing, December 2026": a periodical's issue
            if m.group().islower():
                if self._PAIR.search(text, max(0, m.start() - 40), m.start()):
                    yield m
                continue
            if self._NEXT.match(text, m.end()):
                continue  # "the ... Investment Promotion Conference": the name goes on
            prev = self._PREV.search(text, max(0, m.start() - 40), m.start())
            after_the = m.group() in self.after_the and THE_BEFORE.search(
                text, max(0, m.start() - 5), m.start()
            )  # "the Games", "The Games were opened"
            if after_the or (prev is not None and prev.group(1) not in self._NOT):
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> MatchLike | None:
        return next(self.finditer(text, pos, endpos), None)


class _EntryNoun:
    """An event noun that names a happening only where it opens a sentence, a line or a
    list's item: a note's entry ("Call with IPIM about the delegation", "- [ ] call with
    the bureau"), perhaps under a note's opener ("Notes from call with ..."), never a noun
    inside a sentence ("revised after a call with ...")."""

    def __init__(self, words: str, openers: str):
        self.pattern = recache.compile(
            rf"(?im)^[^\w\n]{{0,8}}(?:(?:{openers})[^\S\n]+(?:(?:the|a|my|our)[^\S\n]+)?)?"
            rf"(?P<noun>{words})\b(?=[^\S\n]+[\w\[\"“])"
        )

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Found]:
        end = len(text) if endpos is None else endpos
        for m in self.pattern.finditer(text, pos, end):
            yield Found(text, m.start("noun"), m.end("noun"))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        return next(self.finditer(text, pos, endpos), None)


@Language.factory("coop_events")
def make_events(nlp: Language, name: str) -> EventFinder:
    """Build the event finder."""
    return EventFinder()


# "host Daniel Ho talks to Ivy Leong": "talks" is the verb there, no meeting's noun; "talks
# by founders of start-ups" are lectures (the conference noun "talks by")
_TALKS_TO = recache.compile(r"(?<=talks)\s+(?:to\s+[A-Z]|by\b)")


def _noun_in(pattern: Caseless | _Named, text: str) -> MatchLike | None:
    """The first match of an event noun's pattern that is a noun there (not one in the
    possessive: "the Guangdong delegation's open meeting" is a meeting)."""
    return next(
        (
            m
            for m in pattern.finditer(text)
            if not _TALKS_TO.match(text, m.end())
            and text[m.end() : m.end() + 2] not in _POSSESSIVE
            and not _PER_AFTER.match(text, m.end())
            and not _VERB_SLOT.search(text, max(0, m.start() - 8), m.start())
            and not _SPEECH_AFTER.match(text, m.end())
            and not _in_address(text, m.start(), m.end())
            and not _record_released(text, m)
        ),
        None,
    )


def _record_released(text: str, noun: MatchLike) -> bool:
    """Is the noun the happening a record of, said to be made public ('the recording of
    the pitch day will follow next week', 'Photos of the gala are now online')? Its day
    is the record's."""
    trig = _triggers()
    return bool(
        trig["record_released"].match(text, noun.end())
        and trig["record_of"].search(text, max(0, noun.start() - 80), noun.start())
    )


# "Opening remarks", "the launch address": a speech at an event, not the event
_SPEECH_AFTER = recache.compile(r"[^\S\n]+(?:remarks|address|speech|statement)\b", re.I)


def _in_address(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of an e-mail or web address ('summit@fstb.gov.hk',
    'www.expo.org')?"""
    before = text[start - 1] if start else ""
    after = text[end : end + 2]
    return (
        before in ("@", "/", ".", "_")
        or after[:1] in ("@", "_")
        or (after[:1] == "." and after[1:].isalnum())
    )


# "will try to match each other's subsidies": a verb's slot, where the word is no noun
_VERB_SLOT = recache.compile(r"\b(?:to|will|would|can|could|must|should)\s+$", re.I)


_POSSESSIVE = frozenset({"'s", "’s"})
_PER_AFTER = recache.compile(r"\s+per\s")  # "one trip per week": a rate, no trip
_POSSESSIVE_AFTER = recache.compile(r"['’]s\s+")
# the noun phrase a possessive opens: up to five words, to a verb-like or clause word
_NOT_IN_PHRASE = r"(?!(?:is|was|are|were|has|have|had|will|would|to|that|which|and|with)\b)"
_NOUN_PHRASE = recache.compile(
    rf"{_NOT_IN_PHRASE}[\w'’-]+(?:[^\S\n]+{_NOT_IN_PHRASE}[\w'’-]+){{0,4}}"
)


def _dates_another(text: str, d: dict, told: dict[str, str]) -> bool:
    """Does a date in the possessive date a thing that is no happening ('this year's
    finalists', 'last year's figure'; but "this morning's Shenzhen-Hong Kong innovation
    signing" is the event's, and so is "last year's camp" where ``told`` (see
    ``_event_acronyms``) makes 'camp' the text's event)?"""
    m = _POSSESSIVE_AFTER.match(text, d["end"])
    if m is None or _triggers()["year_deal"].match(text, d["start"]):
        return False  # ("last month's agreement between ...": the deal's own day)
    phrase = _NOUN_PHRASE.match(text, m.end())
    words = phrase.group() if phrase else ""
    if any(re.search(rf"\b{re.escape(noun)}\b", words) for noun in told):
        return False
    return _first_noun(words) is None and not _triggers()["generic_after"].match(" " + words)


# a subject's opening: a determiner and up to four words before its head noun
_SUBJECT_OPEN = recache.compile(rf"\s*{_SUBJECT_DETERMINER}\s+(?:[\w'’-]+\s+){{0,4}}", re.I)
_SITTING_VERBS = frozenset(("met", "meets", "convened", "convenes", "sat"))


def _gathering_met(sentence: str, verb: MatchLike) -> bool:
    """Is ``verb`` ('met', 'convened') a gathering's own sitting: its subject a conference's
    noun that opens the sentence ('The symposium whose papers are collected here met at
    ...'; never 'the delegation met the forum's organisers')?"""
    if verb.group().lower() not in _SITTING_VERBS:
        return False
    found = _first_noun(sentence[: verb.start()])
    return (
        found is not None
        and found[0] == "conference"
        and _SUBJECT_OPEN.fullmatch(sentence, 0, found[1].start()) is not None
    )


def _first_noun(text: str) -> tuple[str, MatchLike] | None:
    """The earliest event noun in ``text`` (ties: noun priority)."""
    trig = _triggers()
    order = {t: k for k, t in enumerate(trig["noun_priority"])}
    found = []
    for etype, pattern in trig["nouns"]:
        m = _noun_in(pattern, text)
        if m:
            found.append((m.start(), order.get(etype, 99), etype, m))
    if not found:
        return None
    _, _, etype, m = min(found, key=lambda f: (f[0], f[1]))
    if m.group()[0].isupper():  # "hosted the Belt and Road Summit": a name's own type
        etype = trig["proper_noun_types"].get(m.group().lower(), etype)
    return etype, m


_LATEST_OF = recache.compile(r",?\s+(?:the|its)\s+(?:most\s+recent|latest|last|newest)\b", re.I)
# a number or a quantity before a plural: a tally of gatherings, not one ("held 12 forums")
_QUANTITY_BEFORE = recache.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|several|many|some|"
    r"numerous|multiple|various)\b)[^\d]{0,30}$",
    re.I,
)


def _plural_noun(text: str) -> tuple[str, MatchLike] | None:
    """The first gathering named in the plural within the first words of ``text`` ('host
    investor seminars in Guangzhou and Dongguan in November'), if no number counts them."""
    found = [
        (m.start(), etype, m)
        for etype, pattern in _triggers()["plural_nouns"]
        if (m := pattern.search(text, 0, 60)) is not None
    ]
    if not found:
        return None
    _, etype, m = min(found, key=lambda f: f[0])
    if _QUANTITY_BEFORE.search(text, 0, m.start()) and not _LATEST_OF.match(text, m.end()):
        return None  # (but "held six briefing sessions, the most recent in Shenzhen on
        # 14 October 2025": the latest of them is told with its day)
    return etype, m


# what a hosted party is hosted for, within the hosting's clause: "for a seminar", "at a
# luncheon"
_HOSTED_FOR = recache.compile(
    r"[^,;.\n]{0,60}?[^\S\n](?:for|at|to)[^\S\n]+(?:an?|the|its|their|our)[^\S\n]+",
    re.I,
)


def _object_noun(text: str) -> tuple[str, MatchLike] | None:
    """A noun that names a gathering only right after an object verb, within its first
    words ('hold a briefing for schools on December 3')."""
    for etype, pattern in _triggers()["object_nouns"]:
        m = pattern.match(text)
        if m is not None and not _QUANTITY_BEFORE.search(text, 0, m.start("noun")):
            return etype, m  # (not "held six briefing sessions": a tally)
    return None


# a list's item that names a day by what happens on it: "* Online briefing: Saturday 9
# January 2027, 10:00-11:30"
_ITEM_LABEL = recache.compile(
    # (never a time of day's hour: "11:30  Briefing at ...")
    r"[^\w\n]{0,3}[ \t]*(?!\d{1,2}[:：]\d)(?P<label>[\w'’ -]{1,40}?)[ \t]*[:：][ \t]*"
    rf"(?=\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|(?:{MONTH_RE})\b)",
    re.I,
)


# a list's item that opens with its day and time of day, then a dash and what happens:
# "Wed 13 May, 14:00 - Briefing on the 2026 Cross-border Digital Trade Subsidy Scheme"
# (or with its time alone, under a day's heading: "  11:30  Briefing at the Institute")
_TIMED_ITEM = recache.compile(
    r"(?m)^[^\w\n]{0,3}[ \t]*(?:\d{1,2}[.)][ \t]+)?"
    r"(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
    rf"(?:\d{{1,2}}[ \t]+(?:{MONTH_RE})|(?:{MONTH_RE})[ \t]+\d{{1,2}})\b,?[ \t]+)?"
    r"\d{1,2}[:.]\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}[:.]\d{2})?(?:[ \t]+[-–—])?[ \t]+"
    r"(?P<label>[^\n]{1,80})"
)


def _told_occasion(sentence: str, noun: MatchLike) -> bool:
    """Is the noun an occasion's told before, after 'at the end of the', 'during the',
    'after the'?"""
    lo = max(0, noun.start() - 60)
    return any(
        m.end() == noun.end() and _TOLD_OCCASION.match(m.group())
        for pattern in _triggers()["anaphora"].values()
        for m in pattern.finditer(sentence, lo, noun.end())
    )


# (not "at the plenary session of ..., to be held in January": "at the" also names the
# occasion first)
_TOLD_OCCASION = recache.compile(
    r"(?:during|after|following|on\s+the\s+sidelines)\s|.*\b(?:end|close|start|conclusion)\s+of\s",
    re.I,
)


def _labelled_noun(sentence: str) -> tuple[str, MatchLike] | None:
    """The gathering an item's label names with a noun that is one only as an object
    ('Online briefing: Saturday 9 January 2027'; 'Wed 13 May, 14:00 - Briefing on ...';
    'briefing' alone is as often a paper)."""
    item = _ITEM_LABEL.match(sentence)
    if item is not None:
        typed = _object_noun(item.group("label"))
        if typed is None or typed[1].end() != len(item.group("label")):
            return None
    else:
        item = _TIMED_ITEM.search(sentence)
        typed = _object_noun(item.group("label")) if item is not None else None
        if item is None or typed is None or typed[1].start("noun") != 0:
            return None
    at = item.start("label")
    return typed[0], _NounMatch(Found(sentence, at + typed[1].start("noun"), at + typed[1].end()))


def _inside_noun(sentence: str, verb: MatchLike) -> bool:
    """Is the verb's word part of a longer event noun ('open meeting')?"""
    lo, hi = max(0, verb.start() - 30), min(len(sentence), verb.end() + 30)
    return any(
        n.start() <= verb.start()
        and verb.end() <= n.end()
        and n.end() - n.start() > verb.end() - verb.start()
        for _, pattern in _triggers()["nouns"]
        for n in pattern.finditer(sentence, lo, hi)
    )


def _label_words(sentence: str, at: int) -> bool:
    """Is the word at ``at``, before a colon, a label's: with two words at most before it on
    its line, after a programme line's clock time ("09:00 – 12:00   Site visits:", "Date
    issued:"), or no verb in the past ("Note to table hosts:"; "new boundary control point
    opened: the Huanggang Port, on 18 September" tells a happening)?"""
    line = sentence.rfind("\n", 0, at) + 1
    clock = TIMED_LINE.match(sentence, line)
    word = _WORD_AT.match(sentence, at)
    return len(sentence[clock.end() if clock else line : at].split()) <= 2 or not (
        word is not None and word.group().lower().endswith("ed")
    )


_WORD_AT = recache.compile(r"[\w-]+")
_LISTING = recache.compile(r"\blisted\b", re.I)


# a state kept, before "open": "keeps it open", "the office remains open"
_KEPT_OPEN = recache.compile(
    r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|keep(?:s|ing)?|kept|leave|leaves|leaving)"
    r"[^\S\n]+(?:(?!(?:and|or|to|then|but)\b)[\w'’-]+[^\S\n]+){0,3}?$",
    re.I,
)
# ... unless from a day on: "to keep the port open round the clock from 1 December"
_FROM_ON = recache.compile(r"\b(?:from|starting)\b", re.I)


# a party's stay in a place over days: "are in Macau from Monday to Thursday"
_STAYING_IN = recache.compile(
    r"\b(?P<verb>is|are|was|were|will[^\S\n]+be)[^\S\n]+in[^\S\n]+"
    r"(?P<place>[A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*)?)[^\S\n]+(?=from[^\S\n])"
)


# ("She won a promotion at Hongkong Bank": a rise in rank, no gathering)
_WON_BEFORE = recache.compile(
    r"\b(?:won|wins?|got|gets?|earned|earns?|received|receives?|deserved?|denied)[^\S\n]+$",
    re.I,
)


def _triggers_in(sentence: str, duration: re.Match[str] | None) -> list[tuple[str, MatchLike]]:
    """Return (type, match) for the sentence's event triggers.

    Every finite verb trigger of a distinct type gives one ('led a delegation ... where the
    two sides signed': a visit and a signing); 'other' only when nothing else fires; purpose
    infinitives ('signed an agreement to set up') only when nothing finite fires. Verbs such
    as 'attended' take the type of the event noun after them. Nouns ('the forum', 'a
    three-day trip') type the sentence only when no verb does, by noun priority.
    """
    trig = _triggers()
    finite: dict[str, MatchLike] = {}
    infinitive: dict[str, MatchLike] = {}
    again: list[tuple[str, MatchLike]] = []  # later finite verbs of a type already found
    planned_again: list[tuple[str, MatchLike]] = []  # the same for planned verbs
    purposes: list[tuple[str, MatchLike]] = []  # signings and meetings after "to"

    def add(etype: str, m: MatchLike) -> None:
        if sentence[m.end() : m.end() + 1] == "-" and m.group().lower() in ("sign", "signs"):
            return  # "sign-in", "sign-up": a noun, nothing signed
        if (
            etype == "other"
            and _BY_AFTER.match(sentence, m.end())
            and _NOUN_BEFORE.search(sentence, max(0, m.start() - 20), m.start())
            and _MAIN_VERB_DAY.search(sentence, 0, m.start())
        ):
            return  # "today (November 25) welcomed the 12 measures announced by the
            # Ministry ...": the day is the welcoming's; the announcing's is not told
        if (
            etype == "meeting"
            and (crowd := _MET_CROWD.match(sentence, m.end())) is not None
            and trig["conference_nouns"].search(sentence, crowd.end())
        ):
            return  # "will meet more than 200 Jiangsu buyers at the ... matchmaking session":
            # a crowd met at a gathering, which is the event
        if (
            etype == "signing"
            and m.group().lower() == "signed"
            and _SIGNED_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
            and trig["signed_deals"].match(sentence, m.end())
        ):
            return  # "a goal of 10 signed projects", "the signed agreements": deals named
            # by what was done to them, no signing told (the gathering beside is the event)
        if etype == "signing" and _SIGNED_UP.match(sentence, m.end()):
            return  # "40 firms signed up for the pilot": they enrolled, nothing was signed
        if etype == "signing" and trig["generic_deals"].search(
            sentence, max(0, m.start() - 60), m.start()
        ):
            return  # "to apply to some contracts signed in the zone": deals of a kind
        if (
            etype == "signing"
            and m.group().lower() in ("signed", "sign", "signs")
            and (
                trig["signed_not_before"].search(sentence, max(0, m.start() - 40), m.start())
                or trig["signed_not_after"].match(sentence, m.end())
            )
        ):
            etype = "other"  # "a receipt signed on 18 October": a happening, not a signing
        if etype == "other" and (
            sentence[m.start() - 1 : m.start()] == "-"
            or _ADJECTIVE_BEFORE.search(sentence, max(0, m.start() - 8), m.start())
        ):
            return  # "court-ordered interim measures", "a list of approved transfers"
        if (
            etype == "other"
            and m.group().lower() == "introduced"
            and _REDUCED_PASSIVE.match(sentence, m.end())
            and sentence[: m.start()].rstrip().endswith(",")
        ):
            etype = "launch"  # "The contract, introduced in December 2023, ...": as "was
            # introduced" is
        if (
            etype == "launch"
            and m.group().lower().endswith("into operation")
            and (last := _LAST_WORD.search(_strip_aux(sentence[: m.start()]))) is not None
            and last.group(1).lower() in trig["instrument_subjects"]
        ):
            etype = "other"  # "the principal Ordinance came into operation": a law took
            # effect, nothing was opened
        if (
            etype == "launch"
            and m.group().lower() == "open"
            and _KEPT_OPEN.search(sentence, max(0, m.start() - 40), m.start())
            and not _FROM_ON.search(sentence, m.end(), m.end() + 40)
        ):
            return  # "tourism keeps it open", "the office remains open": a state kept,
            # nothing opened (but "to keep the port open round the clock from 1 December":
            # a service begun that day)
        if etype == "launch" and _HOURS_CHANGED.match(sentence, m.end()):
            etype = "other"  # "From today the hall opens at 6:00 instead of 6:30": its hours
            # changed, nothing opened
        if _LABEL_COLON.match(sentence, m.end()) and _label_words(sentence, m.start()):
            return  # a label ("Published: ...", "Issued on: 3/7/2021", "Date issued:"), not a
            # happening ("new boundary control point opened: the Huanggang Port, on ..." is)
        if (
            (clause := _TIME_CLAUSE.search(sentence, max(0, m.start() - 60), m.start()))
            and _WILL.search(sentence, 0, clause.start())
            and not _DATEISH.search(sentence, m.end())
        ):
            return  # "will announce its decision on 10 December, after the Fed meets": what
            # the future waits for, no day of its own
        if (
            etype == "other"
            and (
                trig["win_verbs"].fullmatch(m.group()) or m.group().lower() in trig["joining_verbs"]
            )
            and (
                _NO_OBJECT.match(sentence, m.end())
                or (m.group().lower() in trig["joining_verbs"] and _US.match(sentence, m.end()))
            )
        ):
            return  # "the football won tonight": no prize, contract or bid won; "The
            # Commissioner ... also joined.": joined the meeting told, no post taken up;
            # "Thanks to all who joined us": came to what the writer held, told apart
        if (
            etype == "visit"
            and m.group().lower() in trig["landing_verbs"]
            and trig["vehicle"].search(sentence, 0, m.start())
        ):
            return  # "An Air Macau Airbus ... landed at Wuhan ...": a flight's landing, no
            # party's trip
        if (
            etype == "visit"
            and trig["arrival_verbs"].search(m.group().lower()) is not None
            and trig["cargo"].search(sentence, sentence.rfind(",", 0, m.start()) + 1, m.start())
        ):
            return  # "The first shipment of chilled beef arrived in Hong Kong": goods came
        if _inside_noun(sentence, m):
            return  # "the delegation's open meeting": the verb's word is the noun's
        if etype == "signing" and _INTO_FORCE.match(sentence, m.end()):
            return  # "entered into force": the deal took effect (an "other" verb)
        if (
            etype == "signing"
            and _wholly(trig["end_verbs"], m.group())
            and (
                (
                    (ended := _first_noun(" ".join(sentence[m.end() :].split()[:8]))) is not None
                    and ended[0] != "signing"
                )
                or _ended_gathering(sentence, m) is not None
            )
        ):
            return  # "concluded yesterday a four-day official visit": a trip ended, no deal;
            # "The forum concluded on Sunday": the forum ended (a happening, below)
        before = sentence[: m.start()]
        if (
            " " not in m.group()
            and _SENTENCE_OPEN.search(before)
            and _ONE_WORD_CLOSE.match(sentence, m.end())
        ):
            return  # "PITCH. MEET. BUILD.": a poster's slogan, a word to a sentence
        if etype == "launch" and trig["tally_subject"].search(before, max(0, m.start() - 80)):
            return  # "helped 1,036 companies set up or expand": a tally of many firms
        if (
            etype == "visit"
            and (crowd := trig["crowd_subject"].search(before)) is not None
            and (crowd.group("scale") or (parse_number(crowd.group("n")) or 0) >= 1000)
        ):
            return  # "About 1.1 million people from Macao visited Foshan last year": a
            # count of visitors over a period, no trip
        if (
            etype == "launch"
            and m.group().lower().split()[-1] in trig["opening_verbs"]
            and (
                trig["opening_up"].match(sentence, m.end())
                # "to further open up the Qianhai ... Zone to Hong Kong professional services"
                or _FURTHER_OPEN.search(sentence, max(0, m.start() - 12), m.end() + 4)
            )
        ):
            return  # "would open its digital economy wider to Hong Kong investors": policy
        if (
            etype == "conference"
            and m.group().lower().startswith("organi")
            and _organised_no_event(sentence, m)
        ):
            return  # "The mission, co-organized by ...": who organised the trip, no event
        if (
            etype == "conference"
            and m.group().lower().startswith("organi")
            and _TRIP_OBJECT.match(sentence, m.end())
        ):
            etype = "visit"  # "organised its first joint mission to Southeast Asia": a trip
        if (
            etype == "visit"
            and m.group().lower() in ("tour", "visit", "visits", "tours")
            and (
                _DETERMINER_BEFORE.search(before, max(0, m.start() - 8))
                # (a plural only: "a three-day visit" is the trip a duration tells)
                or (
                    m.group().lower().endswith("s")
                    and _MODIFIER_BEFORE.search(before, max(0, m.start() - 24))
                )
            )
        ):
            return  # "The tour is backed by ...", "raise two-way visits to 5 million": the
            # noun (typed as a noun, if at all)
        if (
            etype == "visit"
            and m.group().lower() in ("tour", "visit", "trip")
            and before.endswith("-")
            and _NOUN_AFTER.match(sentence, m.end())
        ):
            return  # "signed 3 package-tour agreements": a compound that sizes the noun
            # after it ("a study-tour to Macao" is a trip)
        if m.group().lower() == "tours" and not _VISITED_WHAT.match(sentence, m.end()):
            return  # "factory tours in Nanhai", "launched its English-language tours in June":
            # the plural noun; the verb takes what it visits ("It tours the Science Park")
        if _RECOMMENDED.search(before, max(0, m.start() - 80)):
            return  # "They recommend that the two cities set up ... offices by 2028": advice
        if etype in ("conference", "meeting") and _counted_events(sentence, m):
            return  # "organised or supported 1,260 promotion events in 2025": a tally
        if (
            etype == "other"
            and (ended := trig["end_verbs"].lower.match(lowered(sentence), m.start()))
            and ended.end() >= m.end()
        ):
            return  # "returned on Saturday from a three-day trip": the end of the trip (but
            # "completed the acquisition" is a phrase of its own)
        if etype == "other" and _attribution(sentence, m):
            return  # "..., the organisers announced today.": who told the news, and when
        if _AS_ASIDE.search(before, max(0, m.start() - 16)) and _ASIDE_CLOSE.match(
            sentence, m.end()
        ):
            return  # "..., as we discussed, ...": a word on talks before, no happening
        if _NEGATED.search(before, max(0, m.start() - 24)):
            return  # "Please do not start a journey tomorrow", "did not sign": no happening
        if (
            etype in ("launch", "other")
            and not _LISTING.search(m.group())
            and (
                # (but "The shares were listed on ...": shares are what a listing lists)
                trig["begin_not"].search(" ".join(before.split()[-3:]))
                or trig["papers_for"].search(before, max(0, m.start() - 80))
            )
        ):
            # "Registration opens for the ... Fair", "Applications for the 2027 edition
            # open on 1 March": no launch of the story; "Updates will be issued at 7 am": a
            # release's next release, no happening
            return
        if (
            etype == "launch"
            and _PASSIVE.search(before, max(0, m.start() - 30))
            and trig["begin_not"].search(" ".join(before[_item_end(before) :].split()[:3]))
        ):
            return  # "Tenders must be submitted ... and will be opened in public": papers
        if (
            etype in ("launch", "other")
            and _PERFECT.search(before, max(0, m.start() - 30))
            and _COUNTED_AFTER.match(sentence, m.end())
        ):
            return  # "we have opened about 18,000 southbound accounts": a running tally
        if etype in ("launch", "signing") and trig["helped_subject"].search(
            before, max(0, m.start() - 80)
        ):
            return  # "helped Hong Kong firms sign more than 60 deals": a tally of what many did
        if _TO_BEFORE.search(before) and (agreed := _AGREED_ON.search(before)) is not None:
            # "agreed in September to add four more routes in 2027": the agreeing, dated,
            # is a happening of its own (what was agreed is planned, below)
            finite.setdefault("signing", Found(sentence, agreed.start("verb"), agreed.end("verb")))
        if (
            _TO_BEFORE.search(before)
            and not (
                etype == "meeting"
                and m.group().lower().startswith("meet")
                and _PLEASURE_TO.search(before)
            )
            and not trig["witnessed_to"].search(before, max(0, m.start() - 120))
        ):
            # "plans to launch", "agreed to sign": a planned event; "expects to attract
            # companies to set up": a purpose, not a happening; a headline's "Rail link to
            # open in 2027" is its future tense.
            headline = not sentence.rstrip().endswith((".", "!", "?"))
            if (
                _PLANNING.search(before)
                # "agreed to hold X ..., and to set up Y": the plan covers both
                or (_AND_TO.search(before) and _PLANNED_EARLIER.search(before))
                or (headline and _HEADLINE_TO.search(sentence, 0, m.start()))
                # a note's action item, "- The Secretary to sign a memorandum ...": as a
                # headline's "to"
                or (
                    (item := _item_end(sentence))
                    and _HEADLINE_TO.search(sentence[item : m.start()]) is not None
                )
            ):
                if etype in infinitive:
                    planned_again.append((etype, m))
                infinitive.setdefault(etype, m)
            elif etype in ("signing", "meeting"):
                purposes.append((etype, m))  # "visits ... to sign": what a trip is for
            return
        if etype == "meeting" and _gathering_met(sentence, m):
            etype = "conference"  # "The symposium ... met in Hengqin over two days": the
            # gathering sat, no meeting of people apart from it
        if etype in finite:
            again.append((etype, m))
        finite.setdefault(etype, m)

    for etype, pattern in trig["verbs"]:
        for m in pattern.finditer(sentence):
            add(etype, m)
    for m in trig["score"].finditer(sentence) if _SCORE_HINT.search(sentence) else ():
        # "came from behind to beat Hong Kong 2-1": a match played, whatever "to" before it
        if not _NEGATED.search(sentence, max(0, m.start() - 24), m.start()):
            played = Found(sentence, m.start("verb"), m.end("verb"))
            if finite.get("other") is not None and finite["other"].start() == played.start():
                del finite["other"]  # "won the first leg 2-1": the match, not a prize won
            finite.setdefault("conference", played)
            break
    if "signing" not in finite:
        for deal in trig["year_deal"].finditer(sentence):
            # (a possessive time is the deal's own determiner: "last month's agreement")
            if not deal.group("when")[0].isdigit() or _DEAL_OWNER.search(
                sentence, max(0, deal.start() - 8), deal.start()
            ):
                # "the 2024 agreement between the two governments": made, and signed, then
                finite["signing"] = Found(sentence, deal.start("deal"), deal.end("deal"))
                break
    if "signing" not in finite and (sequel := trig["deal_followed"].match(sentence)):
        finite["signing"] = Found(sentence, sequel.start("verb"), sequel.end("verb"))
    if "launch" not in finite:
        # "had operated since October 2022": a launch, when no other verb tells one
        for m in trig["operating"].finditer(sentence):
            add("launch", m)
    for m in _SIGNING_AFTER.finditer(sentence) if any(t != "signing" for t in finite) else ():
        # "led a delegation to Hong Kong from Sunday to Tuesday, signing 17 projects": what
        # the trip did, told in a participle's clause after a verb of its own (a noun's
        # sentence, "wrapped up a three-day roadshow ..., signing ...", stays the noun's)
        add("signing", Found(sentence, m.start("verb"), m.end("verb")))
    for m in _CONSULTED.finditer(sentence):
        if _CAPITAL_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            # "The Law Society of Hong Kong were consulted in July": a named body was met
            # (not "Members were consulted", "the public was consulted")
            add("meeting", m)
    for m in trig["going"].finditer(sentence):
        # "went to Macao University of Science and Technology to investigate": a visit
        add("visit", Found(sentence, m.start("verb"), m.end("verb")))
    for m in trig["going_gathering"].finditer(sentence):
        add("visit", Found(sentence, m.start("verb"), m.end("verb")))
    for m in _WILL_BE_IN.finditer(sentence):
        # "Dr Huang will be in Hong Kong from 24 to 26 November": a stay planned in a place
        if _opens_with_place(m.group("place")) and not (
            m.group("past") and not _STAY_DAYS.match(sentence, m.end())
        ):
            add("visit", Found(sentence, m.start(), m.start("place") - 1))
    for m in trig["became_post"].finditer(sentence):
        # "joined the University of Macau in 2008 and became Dean in 2022": a post taken up
        add("other", Found(sentence, m.start("verb"), m.end("verb")))
    for m in _CAME_TO.finditer(sentence):
        # "Mr Zhong last came to Hong Kong in April 2025"
        if _opens_with_place(m.group("place")):
            verb = Found(sentence, m.start("verb"), m.end("verb"))
            # ("The ... Careers Fair comes to Wan Chai next Saturday": a gathering held
            # there, no one's trip)
            add(_ended_gathering(sentence, verb) or "visit", verb)
    for m in _WENT_TO.finditer(sentence):
        if m.group("place") in gazetteer()[1]:  # (not "went to Hong Kong University")
            add("visit", Found(sentence, m.start("verb"), m.end("verb")))
    for m in _STAYING_IN.finditer(sentence) if " in " in sentence else ():
        # "Pingxiang's ceramics makers are in Macau from Monday to Thursday": a stay there
        # over days, a trip (a gathering that is there is held there: "The fair is in
        # Macau from ...")
        if m.group("place") in gazetteer()[1] and not trig["conference_nouns"].search(
            sentence, max(0, m.start() - 24), m.start()
        ):
            add("visit", Found(sentence, m.start("verb"), m.end("place")))
    for m in trig["place_hosts"].finditer(sentence) if _HOSTING.search(sentence) else ():
        if m.group("place") in gazetteer()[1]:
            add("visit", Found(sentence, m.start("verb"), m.end("verb")))
    if (stop := trig["stop_label"].match(sentence)) is not None and (
        _first_noun(sentence[stop.end() :]) is None
    ):
        # (a label's colon, which add() reads as a field's, no happening; "Next stop: a
        # return mission to Nanning ...": the noun after it tells the event)
        finite.setdefault("visit", Found(sentence, stop.start("label"), stop.end("label")))
    for m in trig["first_day_of"].finditer(sentence):
        noun = "noun" if m.group("noun") else "week"
        add("conference", Found(sentence, m.start(noun), m.end(noun)))
    for m in trig["held_at_venue"].finditer(sentence):
        if _WON_BEFORE.search(sentence, max(0, m.start() - 16), m.start()) is None:
            add("conference", Found(sentence, m.start("noun"), m.end("noun")))
    for m in trig["carrying"].finditer(sentence):
        # "a roadshow in the spring of 1993 that took him to Hong Kong": the trip's travel
        add("visit", Found(sentence, m.start("verb"), m.end("verb")))
    for m in trig["new_service"].finditer(sentence):
        # "where a new container route will link Yueyang with Hong Kong from January"
        add("launch", Found(sentence, m.start("verb"), m.end("verb")))
    if "visit" in finite:
        for m in trig["trip_leg"].finditer(sentence, finite["visit"].end()):
            # "will travel to Suzhou on Wednesday before finishing in Shanghai on Friday"
            add("visit", Found(sentence, m.start("verb"), m.end("verb")))
    for m in trig["begin_verbs"].finditer(sentence):
        if _DETERMINER_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            continue  # "It is a start", "a good start": the noun
        begun = _begun(sentence, m)
        if begun is not None:
            add(begun, m)
    for m in trig["end_verbs"].finditer(sentence):
        # "The ... Fair closed on Sunday with 88 agreements signed": a gathering that ends
        # on its day is a happening of its own, beside what was done at it
        ended = _ended_gathering(sentence, m)
        if ended is not None and ended not in finite:
            add(ended, m)
    for m in trig["deal_outcomes"].finditer(sentence):
        add("signing", Found(sentence, m.start("verb"), m.end("verb")))
        held = _first_noun(sentence[: m.start()])
        if held is not None and held[0] in ("conference", "meeting"):
            add(held[0], held[1])  # (the gathering that ended so was held)
    for m in trig["bringing_official"].finditer(sentence):
        add("visit", Found(sentence, m.start("verb"), m.end("verb")))
    for m in trig["draw_verbs"].finditer(sentence):
        # so is a named one that drew its crowd ("The ... Investment Forum drew about 180
        # investors, and ..."; "last year's summit drew 900" is told by its noun)
        drew = _ended_gathering(sentence, m, named=True)
        if drew is not None and drew not in finite:
            add(drew, m)
    for m in trig["creation_verbs"].finditer(sentence):
        if not _PASSIVE.search(sentence, max(0, m.start() - 30), m.start()) and not (
            _REDUCED_PASSIVE.match(sentence, m.end())
        ):
            continue  # "the delegation completed a visit": no founding ("JV with X formed
            # in July 2025", a slide's bullet, drops its "was")
        subject = _strip_aux(sentence[: m.start()]).split()
        last = subject[-1].lower().rstrip(",;:") if subject else ""  # "..., Hengqin Port,"
        if (
            last in trig["body_heads"]
            or last in trig["facilities"]
            or _first_noun(last) is not None
        ):
            add("launch", m)  # "since the forum was created in 2003", "the building ... completed"
    # "The first ... freight train ... departed on April 12"; "reached" only after a first
    # vehicle ("the first freight train from Chongqing reached the port"), and so a plan
    # ("the first charter flight is planned for 28 March")
    for verbs, first_run in (
        (trig["maiden_verbs"], _FIRST_RUN),
        (trig["maiden_arrivals"], trig["first_vehicle"]),
        (trig["maiden_plans"], trig["first_vehicle"]),
    ):
        for m in verbs.finditer(sentence):
            clause = sentence[max(sentence.rfind(".", 0, m.start()), 0) : m.start()]
            run = first_run.search(clause)
            if run is not None and not _DAYS_FIRST.match(clause, run.end()):
                add("launch", m)  # (not "the first flight of the day")
    for m in trig["maiden_boardings"].finditer(sentence):
        add("launch", m)
    for m in trig["object_verbs"].finditer(sentence):
        if _DETERMINER_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            continue  # "a host of events", "the host city": a noun, not the verb
        told = _NOUN_COMMA.search(sentence, max(0, m.start() - 40), m.start())
        if told is not None and _first_noun(told.group("noun")) is not None:
            continue  # "at the ceremony, held during the ... Wine Week": a participle that
            # tells of the noun before it (where it was held), no happening of its own
        # (its object in its own clause: "joined us in the evening; she will bring a
        # delegation ..." joined no delegation)
        following = " ".join(sentence[m.end() :].split(";", 1)[0].split()[:16])
        if following.startswith("by "):
            following = ""  # "a promotion conference ... attended by some 200 business
            # people, said ... the four-day visit": who attended, no object after the verb
        noun = _first_noun(following) or _plural_noun(following) or _object_noun(following)
        if (
            noun is not None
            and noun[1].group().lower() in trig["party_nouns"]
            and _TOPIC_BEFORE.search(following, max(0, noun[1].start() - 40), noun[1].start())
            and (meal := trig["audience_nouns"].search(following, 0, noun[1].start()))
        ):
            noun = ("conference", meal)  # "will host a buyers' lunch for the Bozhou
            # delegation": the meal the party is the guest of is the hosting's object
        if noun is None and _PASSIVE.search(sentence, max(0, m.start() - 30), m.start()):
            # "A briefing for parents will be held in the school hall ...": the subject of
            # a hosting verb in the passive is its object
            subject = " ".join(sentence[_item_end(sentence) : m.start()].split())
            noun = _object_noun(subject) if _first_noun(subject) is None else None
            clauses = _CLAUSE_START.split(subject)
            if noun is None and len(clauses) > 1 and any(t != "other" for t in finite):
                # "...; the ninth session was held in Macao on 15 September, at which 11
                # projects were signed": the clause's own subject, where a verb of another
                # kind keeps the sentence from its nouns
                noun = _first_noun(clauses[-1])
            if noun is None and (held := trig["occasion_subject"].search(_strip_aux(subject))):
                noun = ("conference", held)  # "In 2022 the race was held without ...": a
                # contest held took place, as one that began did
        if (
            noun is None
            and m.group().lower() in ("held", "staged")
            and _FIRST_HELD.fullmatch(sentence, _item_end(sentence), m.start())
        ):
            noun = ("conference", m)  # a fact sheet's "- First held in 1954 as ...": the
            # page's own gathering, told without its name
        if (
            noun is not None
            and _first_noun(following) is None
            and _COUNTED_PEOPLE.search(sentence, max(0, m.start() - 40), m.start())
        ):
            continue  # "312 students took part in exchange programmes": a tally of people
            # over a period, no one gathering
        if (
            noun is not None
            and noun[0] != "visit"
            and _is_trip_purpose(sentence, m)
            and ("visit" in finite or "visit" in infinitive)
        ):
            # "will lead a mission to Wuhan in October to attend the ... Expo": the trip's
            # purpose happens on the trip, planned or reported as the trip is
            bucket = finite if "visit" in finite else infinitive
            bucket.setdefault(noun[0], m)
            continue
        if (
            noun is not None
            and noun[0] == "meeting"
            and "conference" in finite
            and noun[1].group().lower() in trig["part_nouns"]
        ):
            # "hosted our opening workshop ..., where Professor Chiu chaired the session on
            # ...": a part of the gathering told before it
            noun = ("conference", noun[1])
        if (
            noun is not None
            and noun[0] == "visit"
            and noun[1].group().lower() in trig["party_nouns"]
            and (at := _HOSTED_FOR.search(following, noun[1].end())) is not None
            and (gathering := _first_noun(following[at.end() :])) is not None
            and len(following[at.end() : at.end() + gathering[1].start()].split()) <= 2
            and gathering[0] in ("conference", "meeting")
        ):
            # "can host the delegation on Tuesday 8 December for a seminar on ...": the
            # party is hosted at the gathering, which is the happening (the trip is told
            # by its own words)
            noun = (gathering[0], noun[1])
        if noun is not None:
            # "attended the opening of the ... Fair": the happening is the fair.
            if noun[0] == "launch" and trig["conference_nouns"].search(following):
                noun = ("conference", noun[1])
            elif noun[0] == "conference" and _held_with(following, noun[1], search=True):
                noun = ("meeting", noun[1])
            # "met for the ... Conference": the meeting is the conference, not another event
            for etype, other in list(finite.items()):
                if other.start() == m.start() and etype != noun[0]:
                    del finite[etype]
            add(noun[0], m)
    for etype, m in list(finite.items()):
        venue = _venue_event(sentence, m)
        if venue is not None and venue[0] not in finite:
            # "were signed at the third high-level meeting": the meeting happened too
            finite[venue[0]] = venue[1]
            if etype == "other":
                # "was named champion at the grand final in Guangzhou": what is won or
                # awarded at a gathering is the gathering's news; the gathering is the event
                del finite[etype]
    won = finite.get("other")
    if won is not None and "conference" not in finite and trig["win_verbs"].fullmatch(won.group()):
        # "won the men's elite race of the fifth Shenzhen Bay Cycling Classic": what is won
        # at a contest is its news; the contest is the event
        contest = _first_noun(" ".join(sentence[won.end() :].split()[:14]))
        if contest is not None and contest[0] == "conference":
            del finite["other"]
            finite["conference"] = won
    if "signing" in finite:
        # "signed a memorandum ..., one of 12 agreements reached at the second ... Meeting":
        # the agreements' own verb, later in the sentence, names where they were reached
        for m in _REACHED.finditer(sentence, finite["signing"].end()):
            venue = _venue_event(sentence, m)
            if venue is not None and venue[0] not in finite:
                finite[venue[0]] = venue[1]
    announced = finite.get("other")
    if announced is not None and _ANNOUNCED_THAT.match(sentence, announced.end()):
        # "announced today (July 8) that Ms X will be appointed ... with effect from July
        # 15": what is announced, when a trigger tells it, is the happening
        later = [(t, m) for t, m in [*finite.items(), *again] if m.start() > announced.end()]
        # "... announced today that the 10th Belt and Road Summit will be held on ...": a
        # noun tells it too
        # (or a change to come with its day: "... would be allowed to practise in Hengqin
        # from 1 December", which the sentence's fallback reads)
        if (
            later
            or any(pattern.search(sentence, announced.end()) for _, pattern in trig["nouns"])
            or trig["change_from"].search(sentence, announced.end())
        ):
            del finite["other"]
            nxt = next(((t, m) for t, m in again if t == "other"), None)
            if nxt is not None:
                again.remove(nxt)
                finite["other"] = nxt[1]
    chosen = finite or infinitive
    aside: list[tuple[str, MatchLike]] = []
    if len(chosen) > 1 and not _own_clause(sentence, chosen) and "other" in chosen:
        # "Two catamarans ordered ... in 2022 were delivered in July and entered service in
        # October": beside the sentence's other happenings an 'other' verb is one of its
        # own only with a date of its own (as a second noun is; see _own_date); never a
        # saying (", the bureau announced on Saturday" tells who told the news)
        others = [chosen.pop("other"), *(m for t, m in again if t == "other" and chosen is finite)]
        aside = [("other", _OtherNoun(m)) for m in others if not _SPEECH.fullmatch(m.group())]
    if chosen:
        # "visited Lujiazui on Thursday and will head to Hangzhou on Friday": two visits
        # (each takes the date nearest to it; one date makes them one event again)
        more = [(t, m) for t, m in again if chosen is finite and t in finite]
        if chosen is infinitive:
            # "Construction is expected to start in 2027 and the link is due to open in
            # 2035": two planned launches, each with its date
            more += planned_again
        # "... will take place from 18 to 20 April, and a matchmaking session ... in May":
        # a noun of another type, if a date of the sentence is its own (see _own_date)
        nouns = []
        if chosen is finite:
            # "... will hold a symposium in May, and a second lab is scheduled to open in
            # early 2026": a planned happening of its own, if a date of the sentence is
            # ("Construction is scheduled to begin in 2026, with production starting in
            # 2027": two launches, each with its own date; a plan after a finite event of
            # its type, "opened a lab on Monday, the first of five they plan to set up by
            # 2027", is a target, not a happening; one "scheduled to" happen is on the
            # calendar: "arrived on Sunday ..., is scheduled to travel to Seoul on Wednesday")
            nouns += [
                (t, _OtherNoun(m))
                for t, m in infinitive.items()
                if t not in finite
                or m.start() < finite[t].start()
                or _SCHEDULED.search(sentence, max(0, m.start() - 30), m.start())
                # ("LCB, founded in Macao in 1974, plans to open ... in 2027": the finite
                # verb is an aside about the subject)
                or _aside_before(sentence, finite[t], m)
            ]
        if "visit" in finite:
            # ("visits the University of Macau to sign a ... memorandum": a happening of
            # its own only on the visit's one day; see _purpose_day)
            nouns += [
                (t, _OtherNoun(m))
                for t, m in purposes
                if t not in finite and m.start() > finite["visit"].start()
            ]
        purpose = min(_purpose_at(sentence, m) or len(sentence) for m in chosen.values())
        for etype, pattern in trig["nouns"]:
            m = _noun_in(pattern, sentence)
            if m is None:
                continue
            if m.group().lower() in trig["party_nouns"] and any(
                _SUBJECT_GAP.fullmatch(sentence, m.end(), v.start()) for v in chosen.values()
            ):
                continue  # "On Tuesday the delegation met the ... Chamber": the party of the
                # verb's happening, no trip of its own
            if m.start() < purpose and (later := pattern.search(sentence, purpose)) is not None:
                # "signed ... at the opening ceremony to co-host a design week ...": the noun
                # of the purpose, not the one of the venue
                nouns.append((etype, _OtherNoun(later)))
            goal = _trip_goal(sentence, pattern, chosen.get("visit"), m)
            if goal is not None:
                # "had dinner with Mr Wong, who agreed to lead 20 buyers to Guyuan's summer
                # beef fair next July": the gathering the trip goes to, a happening of its own
                # whatever noun of its type came before
                nouns.append((etype, _OtherNoun(goal)))
            if m.start() > 0 and m.group()[0].isupper():  # "the Belt and Road Summit"
                etype = trig["proper_noun_types"].get(m.group().lower(), etype)
            if _TALKED_OVER.search(sentence, max(0, m.start() - 100), m.start()):
                continue  # "called on the ... Office, where the two sides talked about
                # charter flights and joint promotion": what the talks were about
            if etype not in chosen and any(_item_parts(sentence, v, m) for v in chosen.values()):
                # "Visit to the ... Council; talks on smart manufacturing": a programme
                # item's parts, each a happening of the item's day
                nouns.append((etype, _NounMatch(m)))
            elif etype not in chosen or _noun_in_dated_clause(sentence, m, chosen[etype]):
                nouns.append((etype, _OtherNoun(m)))
            elif (joined := _joined_noun(sentence, pattern, chosen[etype], m, again)) is not None:
                nouns.append((etype, _OtherNoun(joined)))
        return sorted([*chosen.items(), *more, *nouns, *aside], key=lambda x: x[1].start())
    order = {t: k for k, t in enumerate(trig["noun_priority"])}
    found = []
    for etype, pattern in trig["nouns"]:
        m = _noun_in(pattern, sentence)
        if (
            m
            and not _COUNTED_NOUN.search(sentence, max(0, m.start() - 24), m.start())
            and not trig["papers_for"].search(sentence, max(0, m.start() - 80), m.start())
            and not _PUBLISHED_AFTER.match(sentence, m.end())
            and not _paper_edition(sentence, m)
            and not trig["deal_topic"].search(sentence, max(0, m.start() - 200), m.start())
            and not _TALKED_OVER.search(sentence, max(0, m.start() - 100), m.start())
        ):
            # ("made at least one trip in March": a count of trips, no happening;
            # "Registration for the forum closes on ...": the papers', no happening; "This
            # year's edition was produced with ...": an edition of a publication; "Three
            # agreements: seafood promotion, ...": a deal's topic)
            found.append((order.get(etype, 99), m.start(), etype, m))
    # "Promotion Meeting" is a conference's noun, whatever "Meeting" alone would be
    found = [
        f
        for f in found
        if not any(
            g is not f
            and g[3].start() <= f[3].start()
            and f[3].end() <= g[3].end()
            and g[3].end() - g[3].start() > f[3].end() - f[3].start()
            for g in found
        )
    ]
    # "Signing of 6 cooperation agreements at the end of the conference": a noun after
    # "at the end of the", "during the", "after the" is the occasion told before, where
    # the happening the other noun names took place
    told = [f for f in found if _told_occasion(sentence, f[3])]
    if told and len(told) < len(found):
        found = [f for f in found if f not in told]
    # "The ... Design Week closed ... after seven days of workshops, talks and pop-up
    # stalls": what filled the gathering's days are its parts, not the happening
    parts = [f for f in found if _CONTENTS_OF.search(sentence, max(0, f[1] - 80), f[1])]
    if parts and len(parts) < len(found):
        found = [f for f in found if f not in parts]
    if not found:
        labelled = _labelled_noun(sentence)
        return [labelled] if labelled is not None else []
    first = min(found)
    if (
        len(found) == 1
        and first[3].group().lower() in trig["party_nouns"]
        and TIMED_LINE.match(sentence)
    ):
        return []  # a programme's "14:55  Zhaoqing delegation ... enters": the party at
        # that time of the day's occasion, no trip of its own
    if first[3].group().lower() in trig["party_nouns"] and _TOPIC_BEFORE.search(
        sentence, max(0, first[3].start() - 40), first[3].start()
    ):
        # "Call with IPIM about the Zhangye delegation": the party is what the happening
        # before it is about, no trip of its own (or whom it is for: "welcome banquet
        # hosted by IPIM for the delegation and Macau business guests")
        earlier = [f for f in found if f[1] < first[1]]
        first = min(earlier, key=lambda f: f[1]) if earlier else first
    if first[3].group().lower() in trig["party_nouns"]:
        # "support the delegation ... follow up the leads from the Chengdu roadshow in
        # June": a noun told with its day is the happening, not the party
        dated = [f for f in found if f[1] > first[1] and _DATED_NEXT.match(sentence, f[3].end())]
        first = min(dated, key=lambda f: f[1]) if dated else first
    if duration is not None:
        # "A delegation ... wrapped up a three-day roadshow": what lasted three days is the
        # happening, whatever noun comes first
        lasting = [f for f in found if duration.start("noun") <= f[1] < duration.end("noun")]
        first = lasting[0] if lasting else first
    out: list[tuple[str, MatchLike]] = []
    for entry in sorted(found, key=lambda f: f[1]):
        _, _, etype, m = entry
        written = m.group()
        if m.start() > 0 and written[0].isupper():  # inside a name: "the Belt and Road Summit"
            etype = trig["proper_noun_types"].get(written.lower(), etype)
        # ("18:30 Dinner and signing of three agreements": two happenings, joined by "and")
        joined = entry is not first and etype != first[2] and _joined_nouns(sentence, first, entry)
        kind = _NounMatch if entry is first or joined else _OtherNoun
        if (
            etype == "conference"
            and written.lower() == "conference"
            and _CO_CHAIRED.search(sentence)
        ):
            etype = "meeting"  # a conference two governments co-chair is their joint meeting
        etype = _series_type(sentence, m) or _modifier_type(sentence, m) or etype
        if (
            entry is first
            and m.start() > 0
            and written[0].isupper()
            and (_NAMED_HELD.match(sentence, m.end()))
        ):
            # "The Hangzhou-Hong Kong ... Forum, held at the ... Centre, drew 500 guests":
            # a named event told as held is a happening, dated as a verb's would be
            out.append((etype, m))
            continue
        out.append((etype, kind(m)))
    return out


# what opens the topic of a happening told before it, or its guest: "about the",
# "regarding its", "for the"
_TOPIC_BEFORE = recache.compile(
    r"\b(?:about|regarding|concerning|on|for)[^\S\n]+(?:the|a|an|its|their|our)[^\S\n]+"
    r"(?:[\w'’\[\]-]+[^\S\n]+){0,3}$",
    re.I,
)
_AND_JOINED = recache.compile(r"[^\S\n]+and[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?")
# a programme item's next part: the nouns of a line of nouns, the later one heading its part
# after a semicolon ("Talks with the ... Council; tour of the ... Terminals", "... Investment
# Promotion Conference; signing of 11 investment contracts")
_ITEM_JOINED = recache.compile(
    r"[^;|\n]*;[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?(?:[\w'’-]+[^\S\n]+)?", re.I
)


# the head of a programme item's part: at its line's, its cell's or its part's start,
# after an article or one word at most ("| Visit to ...", "; a tour of ...")
_PART_HEAD = recache.compile(
    r"(?:\A|[;|\n])[^\S\n]*(?:(?:the|a|an)[^\S\n]+)?(?:[\w'’-]+[^\S\n]+)?\Z", re.I
)


# a gathering's name that is a whole part of an item: capitalised words from the part's
# start ("| Chuzhou (Macao) Investment Promotion Conference; 8 projects signed ...", or
# after the item's label: "Tue: Hengyang ... Fair at the Venetian Macao; 11 projects ..."),
# its venue's name after it
_NAMED_PART = recache.compile(
    r"(?:\A|[;|\n:])[^\S\n]*(?:[A-Z(][\w'’()&.-]*[^\S\n]+(?:(?:and|of|for|on)[^\S\n]+)?){0,8}\Z"
)
_PART_END = recache.compile(
    r"(?:[^\S\n]+(?:at|in)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’&.-]*"
    r"(?:[^\S\n]+(?:(?:and|of|the|&)[^\S\n]+)?[A-Z][\w'’&.-]*){0,7})?"
    r"[^\S\n]*[;|]"
)
# the parts side by side: one semicolon between them, in one item
_NEXT_PART = recache.compile(r"[^;|\n]*;[^;|\n]*")


def _item_parts(sentence: str, verb: MatchLike, noun: MatchLike) -> bool:
    """Are a verb and an event noun in two parts of a programme item told apart by a
    semicolon, each a happening: the verb's word heading the item ("Visit to the ...
    Council", where the word is a noun) and the noun heading the next part ("...; talks on
    smart manufacturing"), or the noun naming a part of its own ("... Investment Promotion
    Conference; 8 projects signed"), or a table row's cell of its own?"""
    (x, y) = (verb, noun) if verb.start() < noun.start() else (noun, verb)
    if (
        x.end() <= y.start()
        and sentence.lstrip().startswith("|")
        and "|" in sentence[x.end() : y.start()]
    ):
        # a table row's two cells: "| Investment promotion conference at the ... Centre |
        # ... | 8 projects signed, HK$2.6 billion |"
        return (
            _PART_HEAD.search(sentence, 0, noun.start()) is not None
            or _NAMED_PART.search(sentence, 0, noun.start()) is not None
        ) and _PART_END.match(sentence, noun.end()) is not None
    if x.end() > y.start() or _NEXT_PART.fullmatch(sentence, x.end(), y.start()) is None:
        return False
    if (
        _PART_HEAD.search(sentence, 0, verb.start()) is not None
        and _ITEM_JOINED.fullmatch(sentence, x.end(), y.start()) is not None
    ):
        return True
    return (
        _NAMED_PART.search(sentence, 0, noun.start()) is not None
        and _PART_END.match(sentence, noun.end()) is not None
    )


def _joined_nouns(sentence: str, a: tuple, b: tuple) -> bool:
    """Are two event nouns side by side, joined by 'and' ('Dinner and signing of ...', 'a
    reception and the signing of ...'), or each heading its part of an item of nouns told
    apart by a semicolon ('Talks with the council; tour of the terminals')?"""
    (x, y) = (a[3], b[3]) if a[3].start() < b[3].start() else (b[3], a[3])
    return x.end() <= y.start() and (
        _AND_JOINED.fullmatch(sentence, x.end(), y.start()) is not None
        or _ITEM_JOINED.fullmatch(sentence, x.end(), y.start()) is not None
    )


_HELD_WORDS = r"held|hosted|staged|convened"  # also in _HELD
_NAMED_HELD = recache.compile(rf",\s+(?:{_HELD_WORDS})\b")


# "the seventh symposium in a series whose first meeting was held in 2019"
_SERIES_WHOSE = recache.compile(r"\bseries\s+(?:whose|in\s+which|where)\s+(?:[\w-]+\s+){0,2}$")


def _series_type(sentence: str, noun: MatchLike) -> str | None:
    """A run of a series is an event of the series' kind, named before 'series'."""
    back = _SERIES_WHOSE.search(sentence, max(0, noun.start() - 60), noun.start())
    if back is None:
        return None
    named = _first_noun(sentence[max(0, back.start() - 80) : back.start()])
    return named[0] if named is not None else None


def _item_end(text: str) -> int:
    """Where the words of a list's item start (after '4.', '•'), or 0."""
    item = _LIST_ITEM.match(text)
    return item.end() if item else 0


_TO_BEFORE = recache.compile(r"\bto\s+$")
# "agreed on Thursday to", "agreed in September to": an agreement with its own day
_AGREED_ON = recache.compile(rf"\b(?P<verb>agreed)(?!\s+to\b){PLANNING_DAY}\s+to\s+$")
_ATTRIBUTED = recache.compile(r",\s+(?:[\w'’.-]+\s+){1,5}$")
_ATTRIBUTION_END = recache.compile(
    r"(?:\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|"
    r"last\s+[a-z]+|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|on\s+\d{1,2}\s+[A-Z][a-z]+|"
    r"in\s+a\s+(?:statement|release|notice|post|filing))){0,2}\s*(?:\([^)]*\))?\s*[.!?]?[\"”’]?\s*$"
)


def _attribution(sentence: str, verb: MatchLike) -> bool:
    """Does a saying verb close the sentence after a comma, with at most its date after it
    ('..., the organisers announced today.', '..., Xinhua announced on Monday.')?"""
    return (
        bool(_SPEECH.fullmatch(verb.group()))
        and bool(_ATTRIBUTED.search(sentence, max(0, verb.start() - 60), verb.start()))
        and bool(_ATTRIBUTION_END.match(sentence, verb.end()))
        and "that" not in sentence[verb.end() :].split()
    )


# "signed" as a word that describes a paper, not a verb: "the signed MoU", "Send signed
# MoU scan to ..." (before a noun, after a determiner or a verb of handling papers)
_SIGNED_ADJECTIVE = recache.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|our|your|his|her|send|return|attach"
    r"|forward|submit|upload|scan|file|share|collect|bring|print)[^\S\n]+$",
    re.I,
)
_PAPER_AFTER = recache.compile(
    r"[^\S\n]+(?!(?:by|on|with|in|at|and|yesterday|today|off|up|for|between|during)\b)[A-Za-z]"
)
# a TaskPaper task's tag of the day it was done: "@done(2026-11-19)"
_DONE_TAG = recache.compile(r"@done\($")
# a task's line, its checkbox first ("☐ Send ... by 27 Nov", "- [ ] Book ..."): the day it is
# due by is no happening's
_TASK_OPEN = recache.compile(r"[^\S\n]*(?:-[^\S\n]*)?(?:[☐☑☒□]|\[[ xX]?\])")
_DUE_BEFORE = recache.compile(
    r"\b(?:by|before|no[^\S\n]+later[^\S\n]+than|until)[^\S\n]+(?:the[^\S\n]+)?$", re.I
)
# an edition produced or published is a publication's, not a gathering's
_PUBLISHED_AFTER = recache.compile(
    r"\s+(?:was|is|were|will\s+be|has\s+been)\s+(?:produced|published|compiled|printed|written|"
    r"edited)\b"
)
# A paper's title in quotes after what names it: 'press release "Zhuhai and Macao firms sign
# 14 ... agreements", issued on 3 November', 'a report titled "Hong Kong opens ..."'
_QUOTED_TITLE = recache.compile(
    r"\b(?:release|statement|announcement|bulletin|report|article|story|paper|headline|"
    r"circular|notice|column|feature|post|titled|entitled|headlined|"
    # (a chat's group or channel, named or renamed: 'created group "Nanping tea mission"')
    r"group|channel|subject[ \t]+to|name[ \t]+to)[ \t]*[:,]?[ \t]*"
    r"[\"“](?P<title>[^\"”\n]{3,200})[\"”]"
)


# a page's metadata field that names or sorts it: "aliases: [...]", "tags: [...]"
_NAME_FIELD = recache.compile(
    r"[ \t]*(?:aliases|alias|tags|categories|keywords|topics|slug|series)[ \t]*:", re.I
)


# a field's label opens its line (a table's row, after its bar), in up to four words
_LABEL_OPENS = recache.compile(r"[ \t]*(?:\|[ \t]*)?(?:[A-Z][\w'’-]*[ \t]+){0,3}\Z")


def _in_field_label(sentence: str, trigger: MatchLike) -> bool:
    """Does the event noun only sort a field, in its label before the label's head
    ('Delegation leader: Sun Qiming', '| Meeting venue | ... |')?"""
    line = sentence.rfind("\n", 0, trigger.start()) + 1
    return (
        _LABEL_OPENS.match(sentence, line, trigger.start()) is not None
        and _triggers()["label_head"].match(sentence, trigger.end()) is not None
    )


# a workflow's status tag opening a line: "[Approved]", "【Approved】"
_TAG_OPEN = recache.compile(r"[ \t]*[\[【][ \t]*\Z")
_TAG_CLOSE = recache.compile(r"[ \t]*[\]】]")


def _status_tag(sentence: str, trigger: MatchLike) -> bool:
    """Is the trigger a workflow's status tag, alone in brackets at its line's start ("[Approved]
    Fang Xiaoli (Deputy Director) 2026-11-26 11:02", an approval's step)? A record's state,
    no happening."""
    line = sentence.rfind("\n", 0, trigger.start()) + 1
    return (
        _TAG_OPEN.match(sentence, line, trigger.start()) is not None
        and _TAG_CLOSE.match(sentence, trigger.end()) is not None
    )


def _in_name_field(sentence: str, trigger: MatchLike) -> bool:
    """Does the trigger stand in a page's metadata field that names or sorts the page
    ('aliases: ["Shijiazhuang biomed trip"]')? A name, not a happening."""
    line = sentence.rfind("\n", 0, trigger.start()) + 1
    return ":" in sentence and _NAME_FIELD.match(sentence, line) is not None


def _in_quoted_title(sentence: str, trigger: MatchLike) -> bool:
    """Does the trigger stand in a paper's title quoted in the sentence? The title tells
    what the paper is about; the sentence's dates are the paper's (its issue), not the
    title's happening."""
    return ('"' in sentence or "“" in sentence) and any(
        q.start("title") <= trigger.start() < q.end("title")
        for q in _QUOTED_TITLE.finditer(sentence)
    )


# A yes/no question, perhaps after its speaker's name ("Priscilla Au: Is the New Area
# visit Thursday or Friday?"): it asks whether something happens, it does not tell it
_YES_NO = recache.compile(
    r"(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}:[ \t]+)?[\"“]?"
    r"(?:Is|Are|Was|Were|Will|Would|Do|Does|Did|Can|Could|Should|Shall|Has|Have|Had)\s"
    r"[^?]*\?[\s\"”’)]*$"
)
# a quiz's statement to judge, after its number: "2. True or false: ..."
_TRUE_OR_FALSE = recache.compile(
    r"[^\S\n]*(?:\(?\d{1,2}[.)][^\S\n]+)?(?:true[^\S\n]+or[^\S\n]+false|fact[^\S\n]+or"
    r"[^\S\n]+fiction)\b",
    re.I,
)
# a noun after a noun ("package-tour agreements"), not a preposition or a conjunction
_NOUN_AFTER = recache.compile(
    r"[^\S\n]+(?!(?:to|of|in|at|on|for|by|with|from|and|or|is|was|will)\b)[a-z]{3,}\b"
)
# a hyphenated modifier or a number before "visits": the noun ("two-way visits", "3,000
# visits")
# (a number counts the visits, a programme line's clock time does not: "10:00   Visits ...")
_MODIFIER_BEFORE = recache.compile(r"(?:\b[a-z]+-[a-z]+|(?<![:.]\d)\d)\s+$")
# a that-clause of advice: what is recommended has not happened
_RECOMMENDED = recache.compile(
    r"\b(?:recommends?|recommended|proposes?|proposed|suggests?|suggested|urges?|urged)\s+that\s+"
    r"[^.;:,]*$",
    re.I,
)
_NEGATED = recache.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:\w+ly\s+)?$", re.I)
# "announced today (July 8) that", "announces that"
_ANNOUNCED_THAT = recache.compile(
    r"(?<=announced|announces)(?:\s+(?:today|yesterday|on\s+\w+|last\s+\w+))?"
    r"(?:\s*\([^)]{1,30}\))?\s+that\b",
    re.I,
)
_HAS_DONE = recache.compile(
    r"\b(?:has|have)\s+(?:(?:already|just|now|also|\w+ly)\s+)?\w+(?:ed|en)\b", re.I
)
_RESOLVED_TO = recache.compile(
    r"\b(?:agreed|decided|pledged|vowed|promised|resolved)\s+(?:[\w-]+\s+){0,2}?to\s+$", re.I
)
_AND_TO = recache.compile(r",?\s+and\s+to\s+$")
_SCHEDULED = recache.compile(r"\b(?:is|are)\s+(?:scheduled|due|slated)\s+to\s+$", re.I)
_CO_CHAIRED = recache.compile(r"\b(?:co-?chaired|co-?chairs|co-?chair|jointly\s+chaired)\b", re.I)
_INTO_FORCE = recache.compile(r"\s+(?:force|effect)\b")
_LIST_ITEM = recache.compile(r"\s*(?:[•·▪●◦‣*–✅✔✓☑➤►▶🔹🔸-]|\d{1,2}[.)])\s+")
# a headline line: capitalised words, then "to" ("Zhongshan-Hong Kong rail link to open ...")
# (after a wire flash's stamp: "BN 11/24 09:35 *Data Pilot to Start ...", or a ticker's
# time: "06:18  Shenzhen Vice Mayor ... to meet ...")
_HEADLINE_TO = recache.compile(
    r"^(?:(?:[A-Za-z]{1,5}\s+\d{1,2}/\d{1,2}\s+)?\d{1,2}:\d{2}\s+\*?)?(?:[A-Za-z]+:\s+)?"
    # (a timeline's entry after its day and a dash: "Q1 2027 – bonded cold store to open")
    r"(?:(?=[^–—\n]{0,24}\d)[\w/.,'’ ]{1,24}?\s[–—-]\s+[a-z]|[A-Z])"
    r"[\w'’-]*(?:\s+[\w'’-]+){0,6}\s+to\s+$"
)
# ("agreed in May, under which the bureau will send ... next spring": a clause of its own)
_WHICH_CLAUSE = r",\s+(?:(?:under|in|by|through)\s+which|whereby)\s+(?:[\w'’-]+\s+){0,6}?"
_NAMES_AND = recache.compile(r"\b[A-Z][\w'’-]*\s+and\s+[A-Z][\w'’-]*\s+$")
# a coordinated clause opening with its date: ", and in December 2023", "; on Monday"
# (a footnote's mark may close the clause before: "... Area,² and in ...")
_DATE_OPENS_CLAUSE = recache.compile(
    rf"(?:,{SUPERSCRIPT}*\s+(?:and|but|while|and\s+then)|;{SUPERSCRIPT}*(?:\s+(?:and|but|then))?)\s+"
    r"(?:in|on|by|from|since|during)\s+$",
    re.I,
)
# (", and of the 3 cooperation agreements it signed": a comma's conjunct may name the
# thing done before its verb)
_CONJUNCT = recache.compile(
    r",?\s+and\s+(?:[\w'’-]+\s+){0,2}$|,\s+and\s+(?:of\s+)?(?:the|its|their|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,6}$|" + _WHICH_CLAUSE + "$"
    # ("... arrived in Hong Kong on 18 November 2026, after the prefecture signed a supply
    # deal ... on 5 November": a clause of its own, after or before the first)
    r"|,\s+(?:after|before|once|since)\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){1,3}$",
    re.I,
)
# what a deal provides for, still to come: ", under which the three parties will "
_PROVIDED_FOR = recache.compile(
    _WHICH_CLAUSE + r"(?P<future>(?:will|would|shall)\s+(?:\w+ly\s+)?)?$", re.I
)
# the words between "at the" and an event noun: modifiers or a name, never a function word
# ("at the second Chongqing-Hong Kong High-Level Meeting", "at the Shenzhen-Hong Kong
# financial cooperation forum"; not "at the end of the forum")
# (a name's own "and", "of" or "&" between its capitalised words: "the Xiamen-Macao
# Economic and Trade Matchmaking Session")
# (a host's name may hold its partner's in brackets: "the Jinhua (Hong Kong) Investment
# Promotion Conference")
_NAME_WORDS = recache.compile(
    r"(?:(?:(?!(?:of|in|on|at|with|for|to|by|and|or|that|which|the|a|an|its|their)\s)[\w'’-]+"
    r"|\((?-i:[A-Z])[\w'’ -]{1,30}\)|(?-i:(?:and|of|&)(?=\s+[A-Z])))\s+){1,7}",
    re.I,
)
_AT_FIRST = recache.compile(r"\s+(?:at|in|on|during|by)\b", re.I)
_REACHED = recache.compile(r"\b(?:reached|signed|inked|sealed|concluded)\b", re.I)
_REDUCED_PASSIVE = recache.compile(r"\s+(?:in|on)\s+")
_PASSIVE = recache.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# a noun and a comma right before a participle: "at the ceremony, held during ..."
_NOUN_COMMA = recache.compile(r"\b(?P<noun>[a-z][\w-]*),[^\S\n]*$")
_FIRST_RUN = recache.compile(r"\b(?:first|maiden|inaugural)\b", re.I)
# "the first flight of the day": the day's first run, no new service
_DAYS_FIRST = recache.compile(r"\s+of\s+the\s+(?:day|morning|afternoon|evening|night)\b", re.I)
# "production starting in 2027", "an incubation programme in Qianhai starting on 11 January"
_NOUN_BEFORE = recache.compile(
    r"\b[a-z]{3,}(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+$"
)
# "start-ups", "began to", "at the start of a visit"
_BEGUN_NOT = recache.compile(r"-|\s+(?:to\s|of\s|\w+ing\b)", re.I)


# "organised or supported 1,260 promotion events", "held more than 30 forums"
_COUNTED_AFTER = recache.compile(
    r"(?:\s+(?:or|and)\s+[\w-]+)?\s+(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{2,}|dozens\s+of|hundreds\s+of|thousands\s+of)\s+"
    r"(?P<noun>(?:[\w-]+\s+){0,3}?[\w-]+?)s\b",
    re.I,
)


def _counted_events(sentence: str, verb: MatchLike) -> bool:
    """Is what the verb did a number of events ('organised 1,260 promotion events in
    2025', 'hosted more than 30 forums')? A count of them is a tally, no one happening."""
    m = _COUNTED_AFTER.match(sentence, verb.end())
    if m is None or _LATEST_OF.match(sentence, m.end()):
        return False  # ("hosted 12 roadshows, the latest in Jakarta on 3 March": that one)
    noun = m.group("noun")
    return _first_noun(noun) is not None or noun.split()[-1].lower() in _triggers()["generic_nouns"]


_PAREN_ACRONYM = recache.compile(r"\((?P<acr>[A-Z][A-Z0-9&]{1,9})\)")


@cache
def _known_body_names() -> dict[str, tuple[str, ...]]:
    """The well-known bodies' names by their acronyms (an acronym of a body is never an
    event's name; it stands for the body's full name)."""
    names: dict[str, tuple[str, ...]] = {}
    for e in resources.known_institutions():
        if e.acronym:
            names[e.acronym] = (*names.get(e.acronym, ()), e.name)
    return names


def _names_with(text: str, head: str) -> bool:
    """Does the text give a name closed by ``head`` ("... Youth Innovation Camp", "...
    Investment Week")?"""
    return re.search(rf"[A-Z][\w'’-]*[ \t]+{re.escape(head)}\b", text) is not None


def _event_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text gives an event's name: '6th China International Consumer Products
    Expo (CICPE)' makes 'CICPE' a conference's name ({acronym: event type}); so does a
    named event's head noun in 'named_told' for the same noun in lower case ('the Zhuhai–Macao
    Youth Innovation Camp' makes 'camp' a conference: "Last year's camp attracted ...")."""
    out: dict[str, str] = {}
    for etype, head in _triggers()["named_told"]:
        if _names_with(text, head):
            out.setdefault(head.lower(), etype)
    bodies = _known_body_names()
    for m in _PAREN_ACRONYM.finditer(text):
        if m.group("acr") in bodies:
            continue  # "Chinese People's Political Consultative Conference (CPPCC)": a body
        # the name: its line up to the bracket
        name = text[max(0, m.start() - 80) : m.start()].rstrip().rsplit("\n", 1)[-1]
        found = _first_noun(name)
        if found is None:
            continue
        etype, noun = found
        if noun.group()[0].isupper() and noun.end() == len(name):
            out.setdefault(m.group("acr"), etype)
    return out


# a gathering's move to another place: "the week will travel to Macao"
_MOVES_TO = recache.compile(r"\w+[^\S\n]+to")


def _named_runs(sentence: str, text: str, moving: bool = False) -> list[tuple[str, MatchLike]]:
    """'The week will now run from Dec. 2 to Dec. 6': the gathering the text named ('...
    Investment Week'), told by its head noun as the sentence's subject (``moving``: only
    where it moves, "Next year the week will travel to Macao")."""
    m = _triggers()["named_runs"].match(sentence)
    if m is None or (moving and not _MOVES_TO.search(m.group("verb"))):
        return []
    head = m.group("head").capitalize()
    etype = _triggers()["named_heads"].get(head)
    if etype is None or not _names_with(text, head):
        return []
    return [(etype, _NounMatch(Found(sentence, *m.span("head"))))]


# A gathering the text records, told in the present by its speaker: "This is the third
# meeting of ...", "This call is to close out ...", "Today's session will ..."
_THIS_GATHERING = recache.compile(
    r"[^\S\n]*(?:(?:This|Today['’]s)[^\S\n]+(?=[a-z]+[^\S\n]+(?:is|will)\b)"
    r"|This[^\S\n]+is[^\S\n]+(?:the|our)[^\S\n]+(?:[\w-]+[^\S\n]+)?"
    r"(?=[a-z]+[^\S\n]+(?:of|to|on|for|with|between)\b))(?P<noun>call|meeting|session)\b"
)
# ("This year it runs from 14 to 16 December": a lead-in of when before the pronoun)
_IT_RUNS = recache.compile(
    r"[^\S\n]*(?:(?:This[^\S\n]+year|In[^\S\n]+\d{4}|Now),?[^\S\n]+(?P<lower>it)|(?P<it>It))"
    r"[^\S\n]+(?:(?:will|is[^\S\n]+to|would)[^\S\n]+(?:now[^\S\n]+)?"
    r"(?:take[^\S\n]+place|be[^\S\n]+held|go[^\S\n]+ahead|run)"
    r"|(?:takes[^\S\n]+place|is[^\S\n]+held|goes[^\S\n]+ahead|runs))\b"
)


def _pronoun_runs(sentence: str, before: str) -> list[tuple[str, MatchLike]]:
    """'It will now take place on Saturday, 12 December 2026': the gathering the sentence
    before named as its subject ('..., the 2026 ... Youth Innovation Forum, which was to be
    held ..., has been postponed.'), told again by its pronoun."""
    m = _IT_RUNS.match(sentence)
    named = _first_noun(before) if m is not None else None
    if m is None or named is None or named[0] not in ("conference", "meeting"):
        return []
    # (the pronoun and its verb: a date right after them is theirs, "In 2027 it will be
    # held from 9 to 11 April", over the year it opens with)
    it = m.start("it") if m.group("it") else m.start("lower")
    return [(named[0], _NounMatch(Found(sentence, it, m.end())))]


# "Members who", "Firms that have", "Those who": a subject told by what its members do
_WHO_SUBJECT = recache.compile(
    r"\W*(?:[A-Z][a-z]+s|Those|Anyone|Any[^\S\n]+[a-z]+)[^\S\n]+(?:who|that)[^\S\n]+"
    r"(?:have[^\S\n]+)?"
)


def _condition_on_who(sentence: str, trigger: MatchLike) -> bool:
    """Is the trigger what the subject's members do to gain something ('Members who set up
    in the park get a rent subsidy'): a condition, no happening?"""
    if not _WHO_SUBJECT.fullmatch(sentence, 0, trigger.start()):
        return False
    return _triggers()["condition_verbs"].search(sentence, trigger.end()) is not None


_TOLD_SUBJECT = recache.compile(
    r"[^\S\n]*(?:The|This[^\S\n]+year['’]s)[^\S\n]+(?P<head>[\w-]+)[^\S\n]+(?=\w)"
)


def _told_closing(sentence: str, acronyms: dict[str, str]) -> list[tuple[str, MatchLike]]:
    """'The camp closes tomorrow with a demo day ...': the gathering the text named (by its
    head noun or its acronym, see ``_event_acronyms``) as the subject of a closing verb, its
    end, whatever else the sentence names for its last day."""
    m = _TOLD_SUBJECT.match(sentence)
    if m is None:
        return []
    etype = acronyms.get(m.group("head").lower()) or acronyms.get(m.group("head"))
    verb = _triggers()["close_verbs"].search(sentence, m.end(), m.end() + 30)
    if etype is None or verb is None or verb.start() != m.end():
        return []
    return [(etype, _NounMatch(Found(sentence, *m.span("head"))))]


def _acronym_named(sentence: str, acronyms: dict[str, str]) -> list[tuple[str, MatchLike]]:
    """'The 7th CICPE will take place from 12 to 17 April 2027': an event named by the
    acronym the text gave its name (not where the name itself is told)."""
    for acr, etype in acronyms.items():
        m = re.search(rf"(?<![\w(\-–]){re.escape(acr)}(?![\w)\-–])", sentence)
        if m is not None:
            return [(etype, _NounMatch(m))]
    return []


# "The four-day event closes on Thursday", "The week-long show runs until 21 November"
_GENERIC_NOUN = recache.compile(r"\b(?:event|show)\b")
_GENERIC_BEFORE = recache.compile(
    r"\b(?:[Tt]he|[Tt]his(?:[^\S\n]+year['’]s)?)\s+(?:[\w-]+\s+){0,2}$"
)


def _generic_close(sentence: str) -> list[tuple[str, MatchLike]]:
    """A generic noun ('the event') as the subject of a closing verb: a conference's end."""
    for m in _GENERIC_NOUN.finditer(sentence):
        if _GENERIC_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            verb = _triggers()["close_verbs"].search(sentence, m.end(), m.end() + 20)
            if verb is not None and not sentence[m.end() : verb.start()].strip():
                return [("conference", _GenericClose(m))]
    return []


# "will meet again at a roundtable": where they meet is the gathering told (a few words
# before its noun, or a name's: "at the Fourth Greater Bay Area Chambers of Commerce Summit")
_MEET_AT = recache.compile(
    r"(?:[^\S\n]+again)?[^\S\n]+at[^\S\n]+(?:a|an|the|their|its)[^\S\n]+"
    r"(?:(?:[\w'’-]+[^\S\n]+){0,3}|(?:(?:[A-Z\d][\w'’-]*|of|and|for|on)[^\S\n]+){0,9})$"
)
# "chambers ..., meeting at the Summit", "officials meeting at": the verb's participle, no
# meeting of its own ("their meeting at the forum" is one)
_PARTICIPLE_BEFORE = recache.compile(
    r"(?:,|\b(?:were|was|are|is|been|(?!(?i:this|its|his|hers|ours|yours|theirs)\b)"
    r"[A-Za-z]+[a-rt-z]s))[^\S\n]+$"
)


def _held_with(sentence: str, noun: MatchLike, search: bool = False) -> bool:
    """Is ``noun`` a meal or a talk held with a party, a meeting with them ('Chamber
    luncheon with Dongguan Vice Mayor Liu Ping'; 'a symposium with the Macao Guizhou Fellow
    Association')? A meal with a body is a gathering ('dinner with the ... Fellow
    Association'); a talk with one is still a meeting. (``search``: the noun may hold
    more words than the audience noun, 'a business symposium'.)"""
    trig = _triggers()
    found = (trig["audience_nouns"].search if search else trig["audience_nouns"].fullmatch)(
        noun.group()
    )
    if found is None:
        return False
    if trig["with_official"].match(sentence, noun.end()):
        return True
    return found.group().lower() in trig["talk_nouns"] and bool(
        _WITH_NAMED.match(sentence, noun.end())
    )


# "with the Macao Guizhou Fellow Association": a named party after "with"
_WITH_NAMED = recache.compile(r"[^\S\n]+with[^\S\n]+(?:the[^\S\n]+)?[A-Z]")


def _with_official(sentence: str, etype: str, m: MatchLike) -> str:
    """'Chamber luncheon with Dongguan Vice Mayor Liu Ping': a meal or a briefing with an
    official is a meeting with them, told as a noun as after a hosting verb."""
    if etype == "conference" and _held_with(sentence, m):
        return "meeting"
    return etype


def _met_at_gathering(
    sentence: str, found: list[tuple[str, MatchLike]]
) -> list[tuple[str, MatchLike]]:
    """'Business leaders will meet again at a roundtable on Thursday': one gathering, the
    roundtable; the verb with no one met tells no meeting of its own ('met with the mayor
    at the forum' still does)."""
    nouns = [m for etype, m in found if etype == "conference"]
    if not nouns:
        return found
    return [
        (etype, m)
        for etype, m in found
        if etype != "meeting"
        or (
            isinstance(m, _NounMatch)
            and not _PARTICIPLE_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        )
        or not any(
            m.end() < n.start() <= m.end() + 60 and _MEET_AT.fullmatch(sentence, m.end(), n.start())
            for n in nouns
        )
    ]


def _aside_before(sentence: str, verb: MatchLike, later: MatchLike) -> bool:
    """Is ``verb`` a participle set off by commas before ``later`` (', founded in Macao in
    1974, plans to open')?"""
    opened = sentence.rfind(",", 0, verb.start())
    closed = sentence.find(",", verb.end(), later.start())
    return opened != -1 and verb.start() - opened <= 2 and closed != -1 and closed - verb.end() < 60


def _organised_no_event(sentence: str, verb: MatchLike) -> bool:
    """Does 'organised' tell only who organised a trip ('The mission, co-organized by ...')
    or, before 'by', a thing that is no event ('The Hong Kong Pavilion, organised by the
    HKTDC, brought 96 exhibitors')? An event noun there gives the event itself."""
    trig = _triggers()
    m = trig["organised_what"].search(sentence, max(0, verb.start() - 60), verb.start())
    if m is None:
        return False
    what = m.group("what")
    low = what.lower()
    if low in trig["visit_nouns"] or (low.endswith("s") and low[:-1] in trig["visit_nouns"]):
        return True
    if not re.match(r"\s+by\b", sentence[verb.end() :]) or not what[0].isalpha():
        return False
    return _first_noun(what) is None and low not in trig["generic_nouns"]


_BIO_OPENER = recache.compile(RESUME_OPENER)  # (see textutil)
_SINCE_SUBJECT = recache.compile(r"\bsince\s+(?:the|this|its|their)(?:\s+[\w'’-]+){1,5}$", re.I)
# a relative clause the trigger stands in ("..., under which six students take part in the
# workshop every year"): what recurs there is no happening of the day told before it
_RELATIVE_OPEN = recache.compile(
    r",\s+(?:(?:under|in|by|through|with|for)\s+)?(?:which|whom|where|who)\b[^,;]*$", re.I
)
_RECURRING_AFTER = recache.compile(
    r"[^,;]*?\b(?:every|each)\s+(?:year|month|week|semester|term)\b", re.I
)


_ALSO = recache.compile(r"\balso\b", re.I)
_SHORT_LINK = 12  # words: a sentence this short that only tells a day links to the next
_TOUR_TRADE = recache.compile(
    r"(?<=\btour)s?\s+(?:operators?|guides?|groups?|packages?|bus(?:es)?|agenc(?:y|ies)|companies)\b",
    re.I,
)
_FURTHER_OPEN = recache.compile(r"\bfurther\s+open(?:s|ed|ing)?\s+up\b", re.I)
_BY_AFTER = recache.compile(r"\s+by\s", re.I)
# a day told before a finite verb earlier in the sentence: "today (November 25) welcomed"
_MAIN_VERB_DAY = recache.compile(
    r"\b(?:today|yesterday|on\s+\w+day)\b(?:\s*\([^)]{1,30}\))?\s+[a-z]+ed\b", re.I
)
_SIGNED_UP = recache.compile(r"\s+up\b", re.I)
# what may open a fact sheet's item before "held": "First held in 1954", "Held in ..."
_FIRST_HELD = recache.compile(r"[^\S\n]*(?:(?:[Ff]irst|[Oo]riginally)[^\S\n]+)?")
# a counted plural subject right before a verb: "312 students", "more than 40 firms" (a year
# counts nobody, and "was" is no plural: "In 2022 the race was held")
_COUNTED_PEOPLE = recache.compile(
    # (never a day and its month: "On 2 December the growers will hold a tasting")
    rf"\b(?!(?:19|20)\d{{2}}\b)(?!\d{{1,2}}\s+(?:{MONTH_RE})\b)"
    r"\d[\d,]*\+?\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?"
    r"(?!(?:was|is|has|does|this|its|his|thus|us)\s)[a-z]+s\s+$"
)
# a counted crowd after a meeting verb: "meet more than 200 Jiangsu buyers"
_MET_CROWD = recache.compile(
    r"\s+(?:with\s+)?(?:(?:more\s+than|over|about|around|nearly|some|up\s+to)\s+)?"
    r"\d[\d,]*\+?\s+(?:[A-Z][\w'’-]*\s+){0,2}[a-z]+s\b"
)
_HEAD_OF = recache.compile(r"\s+(?:of|for|on|in)\s+")


# a post taken up after a beginning verb: "started in the role", "began his new job"
_IN_ROLE = recache.compile(
    r"\s+(?:in\s+)?(?:the|his|her|their|a)\s+(?:new\s+)?(?:role|post|job|position|term)\b", re.I
)


# "that afternoon", "later that day": the day the sentence before told
_THAT_DAY = recache.compile(r"\bthat\s+(?:day|morning|afternoon|evening)\b", re.I)
# "The pupils stayed for three days.", "They spent four days in Foshan."
# how long a trip lasts, told after its verb: "led a delegation to Hong Kong for three days"
_FOR_DAYS = recache.compile(r"\bfor\s+(?:a\s+)?(?P<n>\w+)\s+days\b", re.I)
# a gathering's run: "and ran for three days", "lasting five days"
_RAN_FOR = recache.compile(
    r"\b(?:ran|runs|will\s+run|lasted|lasts|will\s+last|lasting|running)[^\S\n]+(?:for[^\S\n]+)?"
    r"(?P<n>\w+)[^\S\n]+days\b",
    re.I,
)
_STAYED = recache.compile(
    r"\b(?:stayed|stays|will\s+stay|remained|spent)\s+(?:for\s+)?(?P<n>\w+)\s+days\b", re.I
)


def _stay_days(events: list[dict], text: str, s: int, e: int, stay: re.Match[str]) -> None:
    """'Last Tuesday, 40 pupils went to Foshan. ... The pupils stayed for three days.': the
    trip told last in the paragraph, on a single day, runs that many days from it."""
    n = parse_number(stay.group("n"))
    if not events or not n or not 1 < n <= 31:
        return
    ev = events[-1]
    if ev["type"] != "visit" or ev["end_date"] or len(ev["date"] or "") != 10:
        return
    if "\n\n" in text[ev["start"] : s]:
        return  # (another paragraph's stay)
    ev["end_date"] = (date.fromisoformat(ev["date"]) + timedelta(days=int(n) - 1)).isoformat()
    ev["spans"].append((s, e))


def _ended_gathering(sentence: str, verb: MatchLike, named: bool = False) -> str | None:
    """The type of the gathering an end verb says ended (or a travel verb says came to a
    place), when its subject's last word names one ("The ... Fair closed", "the talks will
    conclude", "The expo, which drew 300 firms, concluded"), else None (``named``: only a
    capitalised one right before the verb, "The ... Investment Forum drew")."""
    before = _strip_aux(sentence[: verb.start()])
    aside = sentence.rfind(",", 0, verb.start())
    if aside >= len(before):  # (an aside between commas: the subject is before it)
        if named:
            return None  # ("The ... Fair, which ended ... last Saturday, drew 9,000": the
            # aside's day is the fair's, told by its noun)
        before = before[: max(0, before.rfind(","))]
    head = _LAST_WORD.search(before)
    if head is not None and named and not head.group(1)[:1].isupper():
        return None
    ended = _first_noun(head.group(1)) if head is not None else None
    return ended[0] if ended is not None and ended[0] in ("conference", "meeting") else None


_ONE_PERSON_BEFORE = recache.compile(r"(?:^|[^\w'’-])(?:[Ss]he|[Hh]e|I)\s*$")


def _begun(sentence: str, verb: MatchLike) -> str | None:
    """What 'began'/'starts' reports: the event its subject names ('The forum began on
    Monday', 'the trip, which began on Wednesday'), else something launched ('a pilot
    that starts next month', 'since it began in January 2023'). None where it is an
    auxiliary of another verb ('exports began to recover', 'started growing')."""
    if _BEGUN_NOT.match(sentence, verb.end()) and not _triggers()["begin_serving"].match(
        sentence, verb.end()
    ):
        return None  # (but "the project, which began taking in residents in January 2024":
        # a service begun, as "began operating" is)
    if verb.group().lower() == "starting" and (
        not _NOUN_BEFORE.search(sentence, 0, verb.start())
        or _ADJECTIVE_BEFORE.search(sentence, max(0, verb.start() - 8), verb.start())
    ):
        return None  # "Starting next month, fares ...": no subject, no happening; "over the
        # starting price": an adjective
    if _IN_ROLE.match(sentence, verb.end()):
        return "other"  # "Chow, who started in the role on November 16": a post taken up
    before = _strip_aux(sentence[: verb.start()])
    if _ONE_PERSON_BEFORE.search(before):
        return None  # "She begins in January 1983", "He started his career in a bank": a
        # person's start, or a story's, opens nothing
    subject = " ".join(before.split()[-8:])
    if _triggers()["begin_not"].search(subject):
        return None  # "Our coverage resumes at 8am": no happening of the story
    if _SINCE_SUBJECT.search(before):
        return "launch"  # "the most since the expo began in 2021": its first edition
    if _triggers()["occasion_subject"].match(before):
        return "conference"  # "The race, co-organised by ..., starts at ... on Sunday";
        # "The series began in Zhuhai in 2020": the occasion took place, nothing opened
    taken = _first_noun(" ".join(sentence[verb.end() :].split()[:3]))
    if taken is not None and taken[0] in ("meeting", "conference", "visit"):
        return taken[0]  # "had resumed regular meetings", "began talks": what was begun
    lasting = _DURATION.search(subject)
    if lasting is not None and not subject[lasting.end() :].strip(" ,"):
        # "During its three-day stay starting on November 19": the stay itself
        return _DURATION_TYPE.get(lasting.group("noun").lower(), "conference")
    # "A joint review of the scheme", "training for 40 managers": "review", "training"
    head = _HEAD_OF.split(subject, 1)[0].split()
    if head and head[-1].lower() in _triggers()["begin_other"]:
        return "other"  # "Staff training began last week": a task under way, nothing opened
    if head and head[-1].lower() in _triggers()["begin_launch"]:
        return "launch"  # "a joint inspection pilot for chilled goods began": the pilot,
        # which an event noun only describes
    found = [
        (m.end(), etype)
        for etype, pattern in _triggers()["nouns"]
        for m in pattern.finditer(subject)
        if m.group().lower() not in _triggers()["generic_nouns"]
    ]
    return max(found)[1] if found else "launch"


_VENUE_NP = (  # "the third ...", "Wednesday's investment promotion ...", "the city's ..."
    r"\s+(?P<art>the|a|an|(?:last\s+|this\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|yester|to)day"
    r"['’]s|the\s+city['’]s|its)\s+(?P<np>(?:(?:[\w-]+|\([A-Z][\w'’ -]{1,30}\))\s+){1,4}?)(?=\w)"
)
_AT_VENUE = recache.compile(r"\s+(?:at|during|on\s+the\s+sidelines\s+of|for)" + _VENUE_NP, re.I)


@cache
def _of_named() -> re.Pattern[str]:
    """'(the opening) of the third ... Expo', matched on lowered text."""
    return recache.compile(
        r"(?:\s+ceremony)?\s+of\s+the\s+(?:[\w'’-]+\s+){0,8}?"
        rf"(?P<noun>{_triggers()['conference_nouns'].lower.pattern})"
    )


# (or, past the signers' posts, a gathering named with capitals: "..., Ms Chen Hongyu, at the
# Guangzhou-Hong Kong Tourism Cooperation Conference")
_SIDELINES = recache.compile(
    # (or the city's own: ", at the city's investment roadshow in Hong Kong")
    r"(?:\s+on\s+the\s+sidelines\s+of|,\s+at(?=\s+(?:the\s+(?-i:[A-Z])|the\s+city['’]s\s|its\s)))"
    + _VENUE_NP,
    re.I,
)
_PLACE_AFTER = recache.compile(r"\s+(?:in|at)\s+[A-Z]")  # "at the grand final in Guangzhou"


def _venue_event(sentence: str, verb: MatchLike) -> tuple[str, MatchLike] | None:
    """The event a happening took place at, named with more than its noun ('signed at the
    third high-level meeting', 'at the opening ceremony') or new to the story ('at a
    promotion event'); a bare 'at the meeting' points back to one already reported, and
    adds nothing."""
    # right after the verb ("were signed at"), or after its object in the same clause
    # ("signed 26 projects with investors at a promotion event")
    clause_end = min(
        (k for k in (sentence.find(c, verb.end()) for c in ",;:") if k != -1),
        default=len(sentence),
    )
    m = _AT_VENUE.search(sentence, verb.end(), min(clause_end, verb.end() + 160))
    if m is None:
        # "was signed ... by X and Y, director of Z, on the sidelines of the ... Conference":
        # the sidelines of a gathering are where it happened, past the signers' posts (so
        # is a named one: "..., at the Guangzhou-Hong Kong Tourism Cooperation Conference")
        m = _SIDELINES.search(sentence, verb.end(), verb.end() + 300)
    if m is None:
        return None
    found = _first_noun(sentence[m.start("np") : m.end("np") + 60])
    if found is None:
        return None
    etype, noun = found
    offset = m.start("np")
    if etype == "launch" and noun.start() == 0:
        # "at the opening of the third ... Expo": the happening is the expo
        named = _of_named().match(lowered(sentence), offset + noun.end())
        if named is not None:
            return "conference", Found(sentence, named.start("noun"), named.end("noun"))
    # "at a matchmaking session", "at a promotion event": a new event, even unmodified;
    # "at the meeting" points back, and "at a ceremony" is the signing itself
    new = (
        m.group("art").lower() != "the" or _PLACE_AFTER.match(sentence, offset + noun.end())
    ) and noun.group().lower() not in _triggers()["generic_nouns"]
    named = _NAME_WORDS.fullmatch(sentence, offset, offset + noun.start())
    if (noun.start() == 0 and not new) or (noun.start() > m.end("np") - offset and named is None):
        # the noun must come after the modifiers, and right after them, or close a name
        # ("reached at the second Chongqing-Hong Kong High-Level Meeting")
        return None
    # Not a _NounMatch: the venue shares the verb's date, borrowed or its own.
    return etype, Found(sentence, noun.start() + offset, noun.end() + offset)


def _modifier_type(sentence: str, head: MatchLike) -> str | None:
    """'the launch ceremony': a generic noun takes the type of the event noun before it."""
    trig = _triggers()
    if head.group().lower() not in trig["generic_nouns"]:
        return None
    before = sentence[: head.start()].rstrip()
    if len(before) == head.start():
        return None  # no space between: not two words
    for etype, pattern in trig["nouns"]:
        for m in pattern.finditer(sentence, max(0, len(before) - 40), len(before)):
            if m.end() == len(before) and m.group().lower() not in trig["generic_nouns"]:
                return etype
    return None


_COUNTED_NOUN = recache.compile(
    r"\b(?:at\s+least|one\s+or\s+more|more\s+than|no\s+fewer\s+than)\s+(?:one\s+)?$", re.I
)


class _NounMatch:
    """A noun trigger: it types a sentence with its own date, but takes no borrowed one."""

    def __init__(self, m: MatchLike):
        self._m = m

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()

    def group(self) -> str:
        return self._m.group()


class _GenericClose(_NounMatch):
    """'The week-long event runs until 21 November': the close of a gathering told before;
    no event of its own where none was."""


class _OtherNoun(_NounMatch):
    """A noun trigger beside the words that type its sentence: an event of its own only
    where a date of the sentence is nearer to it than to any of them ('a tour ... from 18
    to 20 April, and a matchmaking session ... in May')."""


_PART_OF_MONTH = recache.compile(r"\b(?P<part>early|late|mid)[-\s]+$", re.I)


_ISO_DAY = recache.compile(r"\d{4}-\d{2}-\d{2}")


def _is_day(iso: str | None) -> bool:
    """Is ``iso`` a day (not a month, a year or nothing)?"""
    return iso is not None and _ISO_DAY.fullmatch(iso) is not None


def _single_day(ev: dict) -> bool:
    """Is the event dated to one day (no range, no coarser precision)?"""
    return ev["end_date"] is None and _is_day(ev["date"])


def _lead_frame(
    text: str, s: int, e: int, own: list[dict], published: str | None
) -> tuple[dict, int, int]:
    """The story's lead is its first dated sentence. When that sentence is a paragraph of
    its own and its one date (however often told) is a past day, return that day and the
    span of the paragraph after it, which goes on with the lead's happening; else a frame
    over no text."""
    nothing = ({}, 0, 0)
    # "today (3 November)": one day, told twice
    day = own[0] if len({(d["date"], d["end_date"]) for d in own}) == 1 else None
    if (
        day is None
        or not day["date"]
        or day["precision"] != "day"
        or day["end_date"]
        or not published
        or day["date"] > published
    ):
        return nothing
    opens = text.rfind("\n\n", 0, s)
    closes = text.find("\n\n", e)
    if (
        text[max(0, opens) : s].strip()
        or closes == -1
        or (text[e:closes].strip() and not _LEAD_CODA.fullmatch(text, e, closes))
    ):
        return nothing  # not a paragraph of one sentence (or one and its signpost)
    if len(text[s:e].split()) < 8 or not text[s:e].rstrip().endswith((".", "!", "?")):
        return nothing  # a dateline or a heading, not a lead
    if (question := _QUESTION_HEAD.match(text, closes)) is not None:
        closes = question.end() - 1  # an explainer's "What was signed?" heads what follows
    after = text.find("\n\n", closes + 2)
    return _on_day(day["date"], day["text"]), closes, len(text) if after == -1 else after


# "Here is what you need to know.": an explainer's signpost after its lead, no news of its own
_LEAD_CODA = recache.compile(r"\s+(?:Here(?:'s|’s|\s+is|\s+are)\b)[^\n\d.!?]{0,60}[.:]\s*")
# a question on a line of its own: an explainer's heading
_QUESTION_HEAD = recache.compile(r"\n\n[A-Z][^\n.!?]{2,80}\?[^\S\n]*\n(?!\n)")


def _on_day(iso: str, text: str) -> dict:
    """A borrowed single-day date, in the shape of a date payload."""
    return {"date": iso, "end_date": None, "precision": "day", "text": text}


# (the hosting verbs' words, looked for before the place_hosts pattern: cheap on every text)
_HOSTING = recache.compile(r"(?i)welcome|host")
# a non-restrictive relative clause: ", where farmers have helped growers since 2015"
_ASIDE_OPENS = recache.compile(r",[^\S\n]+(?:where|which|who|whose)\b")


def _all_in_aside(sentence: str, s: int, own: list[dict]) -> bool:
    """Do all of ``own`` stand in a relative clause after a comma, the clause's own dates?"""
    aside = _ASIDE_OPENS.search(sentence)
    return aside is not None and all(d["start"] - s > aside.start() for d in own)


def _later_date(text: str, sentence: str, events: list[dict]) -> dict | None:
    """'A day later, Lau opened ...', 'Two weeks later, ...', 'Three days earlier, ...': the
    latest event's date moved on (or back); from a month ('in late February'), the month
    that lands in."""
    m = _LATER.search(sentence)
    if m is None or not events:
        return None
    days = offset_days(m)
    ev = events[-1]
    if abs(days) < 7 and not _single_day(ev):
        # "a day earlier" counts from a day: the latest event told by its day, not a
        # background month ("since it opened in June 2024") told after it
        ev = next((e for e in reversed(events) if _single_day(e)), ev)
    last = ev["end_date"] or ev["date"]
    if _is_day(last):
        day = date.fromisoformat(last) + timedelta(days=days)
        return _on_day(day.isoformat(), m.group())
    if re.fullmatch(r"\d{4}-\d{2}", last):
        said = text.find(ev["date_text"], ev["start"], ev["end"]) if ev["date_text"] else -1
        part = _PART_OF_MONTH.search(text, max(ev["start"], said - 8), said) if said > 0 else None
        guess = {"early": 5, "mid": 15, "late": 24}.get(
            part.group("part").lower() if part else "", 15
        )
        day = date.fromisoformat(f"{last}-{guess:02d}") + timedelta(days=days)
        return {
            "date": day.isoformat()[:7],
            "end_date": None,
            "precision": "month",
            "text": m.group(),
        }
    return None


# the day told before, opening a sentence: "On the same day, ...", "That day ..." (not a
# part of the day, "In the afternoon, ...", which goes on with the day's own business)
_SAME_DAY_OPENS = recache.compile(
    r"[\W_]*(?:(?:On|At)\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day)\b", re.I
)


def _opens_same_day(sentence: str) -> bool:
    """Does the sentence open with the day told before ("On the same day, ...")?"""
    return _SAME_DAY_OPENS.match(sentence) is not None


def _same_day_date(text: str, sentence: str, events: list[dict], before: str = "") -> dict | None:
    """'Earlier in the day, Chan visited ...': the day of the latest single-day event (or
    the day of a trip the sentence before named, 'On the second day, they learned lion
    dance ...', for 'That afternoon, ... signed')."""
    m = _triggers()["same_day"].search(sentence)
    if m is None:
        return _day_of_event(sentence, events, text) or _later_date(text, sentence, events)
    if before and _THAT_DAY.search(m.group()) and (told := _day_of_event(before, events, text)):
        return _on_day(told["date"], m.group())
    for ev in reversed(events):
        if _single_day(ev):
            day = date.fromisoformat(ev["date"])
            if re.search(r"next|following", m.group(), re.I):
                day += timedelta(days=1)
            elif re.search(r"before|previous|day\s+earlier", m.group(), re.I):
                day -= timedelta(days=1)
            return _on_day(day.isoformat(), m.group())
    return None


# a field's colon (or a CSV record's comma with its value right after it: an export's
# "Event name,Baiyin-Macao ... Forum 2026" over "Event dates,2026-12-09 - 2026-12-09")
_FIELD_COLON = r"(?:[:：]|,(?=[^\s,]))"
# "What:", "Mission:": a field that names the happening a "When:" field under it dates
# (a two-column table's row is a field too: "| Mission | ... |" over "| Dates | ... |")
_WHAT = recache.compile(
    rf"[ \t]*(?P<bar>\|[ \t]*)?(?:{trie_regex(resources.event_triggers()['what_labels'])})"
    rf"[ \t]*(?(bar)[|:：]|{_FIELD_COLON})",
    re.I,
)
# "When:", "Date:", "Date of Hearing:" (a field that names what it dates)
_WHEN = recache.compile(
    # (after a bullet or an emoji: "📅 Time: 5–7 December 2026"; a table's row: "| Dates |
    # 7–11 December 2026 |")
    r"[ \t]*(?:(?P<bar>\|)[ \t]*|[^\w\s]{1,3}[ \t]*)?"
    # ("Listing date: 26 November 2026": a fact sheet's field, its word the happening)
    # ("Date/time: Tuesday 1 December 2026, 15:00": a slot's field, as "When:")
    # ("Show dates: 13-15 May 2027", "Race week: ...": an exhibition's or a race's run)
    rf"(?:(?P<named>[A-Za-z]+) (?=(?:dates?|time|week|days)[ \t]*{_FIELD_COLON}))?"
    # ("Final option: Thu, Dec 17, 2026": a poll's chosen slot, as "When:")
    r"(?P<label>When|Date[ \t]*(?:and|&|/)[ \t]*time|Dates?|Time|(?<= )(?:week|days)"
    r"|(?:final|chosen|selected|confirmed)[ \t]+(?:option|slot|date)"
    # ("Expected completion: fourth quarter of 2029": a works notice's field)
    r"|(?:(?:expected|target|scheduled|planned|estimated)[ \t]+)?(?P<done>completion|commencement))"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<what>[A-Za-z][\w -]{0,30}?))?"
    rf"[ \t]*(?(bar)[|:：]|{_FIELD_COLON})",
    re.I,
)


_NAMED_DAY = recache.compile(r"(?P<what>[A-Za-z]+) date[ \t]*[:：]?", re.I)


def _named_day_type(label: str) -> str | None:
    """The happening a day's label names ('Listing date', 'Opening date'), or None."""
    m = _NAMED_DAY.fullmatch(label)
    typed = _label_noun(m.group("what")) if m is not None else None
    return typed[0] if typed else None


def _label_noun(what: str) -> tuple[str, MatchLike] | None:
    """The happening a date field's word names: its event noun ("Date of Hearing"), else
    one of the dated labels ("Date of incorporation", "Listing date")."""
    typed = _first_noun(what)
    if typed is None and what.lower() in _triggers()["dated_labels"]:
        typed = (_triggers()["dated_labels"][what.lower()], Found(what, 0, len(what)))
    return typed


def _when_field(text: str, s: int) -> bool:
    """Does sentence ``s`` open with a date field's label: "When:", "Date of Hearing:", or
    a day named by its happening ("Listing date:"; not "Closing date:", a deadline)?"""
    label = _WHEN.match(text, s)
    if label is None or not (label.group("named") or label.group("done")):
        return label is not None
    # ("Event dates:", "Mission dates:": dated by the "Event:" field above, if there is one)
    return _label_noun(word := _field_word(label)) is not None or bool(_WHAT.fullmatch(word + ":"))


def _field_word(label: re.Match[str]) -> str | None:
    """The happening a date field's label names by a word of its own: "Hearing" of "Date of
    Hearing:", "Listing" of "Listing date:", "completion" of "Expected completion:" (and of
    "Commencement of operations:", what the happening is of)."""
    return label.group("done") or label.group("what") or label.group("named")


def _block_event(
    etype: str,
    when: dict,
    end_date: str | None,
    trigger: MatchLike,
    location: str | None,
    rule: str,
    spans: list[tuple[int, int]],
    named_in: int = 2,
) -> dict:
    """An event a block of lines tells (an event page's fields, a title over its date line,
    a programme's or a schedule's days): reported, with no participants or figures of its
    own; its evidence is ``spans``, and it stands in the first ``named_in`` of them."""
    return {
        "type": etype,
        "date": when["date"],
        "end_date": end_date,
        "date_text": when["text"],
        "status": "reported",
        "trigger": trigger.group(),
        "participants": [],
        "location": location,
        "figures": [],
        "rule": rule,
        "start": spans[0][0],
        "end": spans[named_in - 1][1],
        "spans": spans,
    }


# a noun after "for": "lined up for signing there"
_FOR_BEFORE = recache.compile(r"\bfor\s+$")
# an event noun, then what it names, then its own happening ("The signing of the
# memorandum between ... will take place at the forum")
_TAKES_PLACE = recache.compile(
    r"[^.;:!?]{0,160}?\b(?:(?:will|would|is\s+to|are\s+to|shall)\s+"
    r"(?:now\s+)?(?:take\s+place|go\s+ahead)"
    # ("On the afternoon of the same day, the ... Conference was held at ...")
    r"|(?:was|were)\s+(?:held|hosted|staged|convened)|took\s+place)\b"
)
# What was to happen on a day and now will not: the day before a postponement, and an
# event called off
_MOVE_VERBS = trie_regex(resources.tense_words()["move_verbs"], space=r"[^\S\n]+")
_FORMER_DAY = recache.compile(
    r"\b(?:(?:originally|initially|previously|first)[^\S\n]+(?:scheduled|planned|set|slated|"
    r"due|expected)[^\S\n]+(?:for|on|to[^\S\n]+(?:be[^\S\n]+held|take[^\S\n]+place)"
    r"[^\S\n]+on)"
    # "has been moved from Dec. 3 to Dec. 2", "postponed from Friday to Monday"
    rf"|(?:{_MOVE_VERBS})"
    r"[^\S\n]+from)"
    r"[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][a-z]+,?[^\S\n]+)?$"
)
_CALLED_OFF = recache.compile(
    r"\b(?:is|was|are|were|has[^\S\n]+been|have[^\S\n]+been|will[^\S\n]+be|had[^\S\n]+been)"
    r"[^\S\n]+(?:cancell?ed|called[^\S\n]+off|scrapped"
    # (put off with no new time in the sentence: "..., has been postponed.")
    r"|(?:postponed|deferred|put[^\S\n]+off)(?![^.;]*\b(?:to|until|till)\b(?!\s+further\b)))\b"
    # (a happening said not to be: "The session is not being rescheduled this year", "will
    # not be held", "won't take place")
    r"|\b(?:is|are|was|were|will|would|did)[^\S\n]*(?:not|n['’]t)[^\S\n]+"
    r"(?:be(?:ing)?[^\S\n]+)?(?:held|rescheduled|staged|organi[sz]ed|take[^\S\n]+place"
    r"|go(?:ing)?[^\S\n]+ahead)\b(?![^;]*\bbut\b)"
    r"|\bwon['’]t[^\S\n]+(?:be[^\S\n]+)?(?:held|rescheduled|staged|take[^\S\n]+place"
    r"|go[^\S\n]+ahead)\b(?![^;]*\bbut\b)"
)


# ("the 2026 Zhuhai-Macao Youth Innovation Forum": a name's words between)
_THE_NOUN_BEFORE = recache.compile(r"\b[Tt]he[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,6}$")


def _called_off(sentence: str) -> bool:
    """Is the sentence's event called off ('The site visit ... is cancelled', 'The forum
    has been called off')? Not services or trips cancelled in numbers ('all rail services
    will be cancelled on Wednesday', '460 trips were cancelled'): those are what happened."""
    if not any(
        w in sentence
        for w in ("cancel", "called", "scrapped", "postponed", "deferred", "put off", "not ", "n't")
    ):
        return False  # (the words are rare: a substring test first)
    called = _CALLED_OFF.search(sentence)
    if called is None:
        return False
    noun = _first_noun(sentence[: called.start()])
    return (
        noun is not None
        and not noun[1].group().lower().endswith("s")
        and _THE_NOUN_BEFORE.search(sentence, 0, noun[1].start()) is not None
    )


_SUBJECT_LINE = recache.compile(r"(?im)^[ \t]*(?:Subject|Topic)[ \t]*[:：][ \t]*(?=\S)")


def _last_subject(text: str, sentences: list[tuple[int, int]], k: int) -> int | None:
    """The sentence of the last "Subject:" line within the twelve sentences before ``k``."""
    for j in range(k - 1, max(-1, k - 13), -1):
        if _SUBJECT_LINE.match(text, sentences[j][0]):
            return j
    return None


def _refines(field: dict, told: dict) -> bool:
    """Does a field's event give the days of one its heading told with a month or a year
    (the same type, a date within the heading's)?"""
    return (
        field["type"] == told["type"]
        and told["date"] is not None
        and field["date"] is not None
        and len(field["date"]) > len(told["date"])
        and field["date"].startswith(told["date"])
    )


def _section_dated(text: str, told: dict, sections: list[dict]) -> bool:
    """Was ``told`` dated only by the day heading of the section it stands in (its date's
    words the heading's, not its own sentence's)?"""
    day = _section_day(sections, told["start"]) if sections else []
    return (
        bool(day)
        and day[0]["text"] == told["date_text"]
        and told["date_text"] not in text[told["start"] : told["end"]]
    )


# An event page's date field's label on a line of its own ("Date and time", "When")
_DATE_FIELD = recache.compile(
    r"[ \t]*(?:[^\w\s]{1,3}[ \t]*)?(?:Date[ \t]*(?:and|&|/)[ \t]*[Tt]ime|When|Event[ \t]+date)"
    r"[ \t]*:?[ \t]*"
)


# A field beside a "Date:" field that makes the block an event's particulars, not a page's
# header: "Venue:", "Time:" ("Date: Thursday, 10 December 2026" / "Venue: ... Hotel")
_VENUE_FIELD = recache.compile(rf"[ \t]*{SLOT_LABELS}[ \t]*[:：]", re.I)


def _among_venue_fields(text: str, sentences: list[tuple[int, int]], k: int) -> bool:
    """Is sentence ``k`` a field line with a venue or time field within two lines of it?"""
    return any(
        _VENUE_FIELD.match(text, sentences[j][0])
        for j in range(max(0, k - 2), min(len(sentences), k + 3))
        if j != k and text.count("\n", *sorted((sentences[j][0], sentences[k][0]))) <= 2
    )


def _date_field_above(text: str, sentences: list[tuple[int, int]], k: int) -> bool:
    """Is the line right above sentence ``k`` an event page's date label, alone?"""
    a, b = sentences[k - 1]
    return text[b : sentences[k][0]].count("\n") == 1 and bool(_DATE_FIELD.fullmatch(text, a, b))


def _trip_place_above(
    text: str, sentences: list[tuple[int, int]], k: int
) -> tuple[int, int] | None:
    """The span of a trip's destination field ("Destination city: Hong Kong") among the
    three sentences above sentence ``k``, or None."""
    place = _triggers()["trip_place"]
    return next(
        (
            sentences[j]
            for j in range(k - 1, max(-1, k - 4), -1)
            if place.match(text, sentences[j][0])
        ),
        None,
    )


def _field_type(
    text: str, sentences: list[tuple[int, int]], k: int, word: str
) -> tuple[str, MatchLike] | None:
    """The happening the date field ``word`` of sentence ``k`` names (see ``_label_noun``);
    a trip's start ("Start time:") under its destination's field, a visit."""
    typed = _label_noun(word)
    if (
        typed is None
        and word.lower() in _triggers()["trip_start_labels"]
        and _trip_place_above(text, sentences, k) is not None
    ):
        typed = ("visit", Found(word, 0, len(word)))
    return typed


def _trip_start_field(text: str, sentences: list[tuple[int, int]], k: int) -> bool:
    """Does sentence ``k`` open with a trip's start field under its destination's field
    ("Destination city: Hong Kong", then "Start time: 2026-12-08 Morning"), or a slot's
    under the field that names its happening ("Topic: ... Investment Briefing", then "Start
    Time: 2026-11-26 15:00")?"""
    label = _WHEN.match(text, sentences[k][0])
    word = _field_word(label) if label is not None else None
    return bool(word) and (
        _field_type(text, sentences, k, word) is not None or _slot_start(text, sentences, k, word)
    )


def _slot_start(text: str, sentences: list[tuple[int, int]], k: int, word: str) -> bool:
    """Is the field ``word`` of sentence ``k`` a slot's start ("Start Time:") under a field
    that names its happening ("Topic:", "What:") within the three sentences above?"""
    return word.lower() in _triggers()["trip_start_labels"] and any(
        _WHAT.match(text, sentences[j][0]) for j in range(max(0, k - 3), k)
    )


def _trip_end(text: str, sentences: list[tuple[int, int]], k: int, dates: ByStart) -> str | None:
    """The day the trip a field names (sentence ``k``, "Arrival Date: 2026-12-07") ends,
    told by the field right under it ("Departure Date: 2026-12-09"; see 'trip_end_labels'),
    or None."""
    if not 0 <= k < len(sentences) - 1:
        return None
    s, e = sentences[k]
    a, b = sentences[k + 1]
    field = _WHEN.match(text, s)
    start = _field_word(field) if field is not None else None
    if (
        not start
        or (typed := _field_type(text, sentences, k, start)) is None
        or typed[0] != "visit"
    ):
        return None
    label = _WHEN.match(text, a)
    word = _field_word(label) if label is not None else None
    if not word or word.lower() not in _triggers()["trip_end_labels"]:
        return None
    first = next((d for d in dates.within(s, e) if d["date"]), None)
    last = next((d for d in dates.within(a, b) if d["date"]), None)
    if first is None or last is None or not (_is_day(first["date"]) and _is_day(last["date"])):
        return None
    return last["date"] if last["date"] > first["date"] else None


def _field_event(
    text: str,
    sentences: list[tuple[int, int]],
    k: int,
    dates: ByStart,
    places: ByStart,
    pub_at: int | None,
    timed: bool = False,
) -> dict | None:
    """An event page's fields: 'What: A two-day summit ...' then 'When: 9-10 December
    2025' (sentence ``k``) is the summit on those days (``timed``: a label on the line
    above, "Date and time", the headline's event as for "When:"). The noun is the "What"
    line's, else the headline's; named in the headline ('FINTECH SUMMIT 2025'), it takes
    the type of a name. The place is among the lines from the "What" line to the one after
    "When"."""
    s, e = sentences[k]
    when = next((d for d in dates.within(s, e) if d["date"]), None)
    if when is None or (pub_at is not None and s <= pub_at < e):
        return None  # "Date: Sept 12, 2025 | Time: 4:47 PM": the page's own date
    label = _WHEN.match(text, s)
    back = [j for j in range(max(0, k - 3), k) if _WHAT.match(text, sentences[j][0])]
    word = _field_word(label) if label is not None else None
    typed = _field_type(text, sentences, k, word) if word else None
    if (
        word
        # "Event dates:" under "Event: Hengqin-Macao Youth Forum": the field above names it
        and not (back and _WHAT.fullmatch(word + ":"))
        # ("Start Time:" under "Topic:": the slot's start, as "Time:"; see _slot_start)
        and not (typed is None and back and word.lower() in _triggers()["trip_start_labels"])
    ):
        # "Date of Hearing: 9 and 10 September 2025": the field's own noun is the event
        if typed is None or (
            word.lower() in _triggers()["trip_end_labels"]
            and _trip_end(text, sentences, k - 1, dates) == when["date"]
        ):
            return None  # (a trip's "Departure Date:" under its "Arrival Date:": its end)
        end_date = when["end_date"] if when["precision"] == "day" else None
        if typed[0] == "visit" and end_date is None:
            # "Arrival Date: 2026-12-07" over "Departure Date: 2026-12-09": one trip
            end_date = _trip_end(text, sentences, k, dates)
        bounds = [(s, e)]
        if typed[0] == "visit" and (goal := _trip_place_above(text, sentences, k)) is not None:
            bounds.insert(0, goal)  # (the trip's destination field, its place)
        place = next((p["name"] for a, b in bounds for p in places.within(a, b)), None)
        return _block_event(
            typed[0], when, end_date, typed[1], place, "event.field_date", [(s, e)], 1
        )
    # "Minutes of the Sixth Meeting" over "Date: 11 September 2025": the meeting recorded
    record = _triggers()["record_heading"]
    back = back or [j for j in range(max(0, k - 3), k) if record.match(text, sentences[j][0])]
    # the headline's event (or a "Subject:" line's) only for a "When:" or "Time:" field,
    # never "Date:" alone: a "Date:" among a venue's or a time's fields is an event's too
    timed = timed or (
        label is not None
        and (
            # ("When:", "Time:", "Date/time:"; "Dates:", the days a happening runs over,
            # never a page's own date)
            label.group("label").lower() in ("when", "dates")
            or _POLL_LABEL.search(label.group()) is not None
            or "time" in label.group("label").lower()
            or _among_venue_fields(text, sentences, k)
        )
    )
    if not back and not timed:
        return None
    if not back:
        # a meeting invitation's "Subject: ... video conference" over its "When:" line
        subject = _last_subject(text, sentences, k)
        back = [subject] if subject is not None else []
    a, b = sentences[back[-1] if back else 0]
    found = _first_noun(text[a:b])
    if found is None and back and record.match(text, a):
        # "Twelfth Meeting" over "AGENDA": the meeting an agenda is for, named above it
        named = next(
            (
                j
                for j in range(back[-1] - 1, max(-1, back[-1] - 3), -1)
                if _first_noun(text[sentences[j][0] : sentences[j][1]])
            ),
            None,
        )
        if named is not None:
            a, b = sentences[named]
            found = _first_noun(text[a:b])
    if found is None and back and _WHAT.match(text, a):
        # "What: Call on the Secretary for Economy and Finance": a field that names its
        # happening by a verb
        found = next(iter(_triggers_in(text[a:b], None)), None)
    if found is None and not back:
        # "E-TICKET | ADMIT ONE" over "2026 Greater Bay Area Youth Innovation Forum" over the
        # fields: a headline that names no event gives way to a title line over the block
        titled = next(
            (
                (j, t)
                for j in range(k - 1, max(0, k - _TITLE_LINES - 1), -1)
                if (t := _title_noun(text[sentences[j][0] : sentences[j][1]])) is not None
            ),
            None,
        )
        if titled is not None:
            (a, b), found = sentences[titled[0]], titled[1]
    if found is None and not back and label is not None and _POLL_LABEL.search(label.group()):
        # a poll's "Final option: Thu, Dec 17, 2026": the slot of what its title, in any
        # case, names ("Tongling copper roundtable with HKGCC members: pick a slot")
        polled = next(
            (
                (j, t)
                for j in range(max(0, k - _POLL_LINES), k)
                if (t := _first_noun(text[sentences[j][0] : sentences[j][1]])) is not None
            ),
            None,
        )
        if polled is not None:
            (a, b), found = sentences[polled[0]], polled[1]
    if found is not None and found[0] == "visit":
        # "What: Guangzhou mayor's delegation calls on the Chief Executive": the trip is
        # who acts; what it does in the slot is the event
        found = next(
            (
                (t, m)
                for t, m in _triggers_in(text[a:b], None)
                if t != "visit" and 0 < m.start() - found[1].end() <= 3
            ),
            found,
        )
    if found is None:
        return None
    etype, trigger = found
    trig = _triggers()
    noun = trigger.group().lower()
    head = text[sentences[0][0] : sentences[0][1]]
    if (
        noun in trig["proper_noun_types"]
        and _word_in(noun, head)
        and not re.search(rf"\b{re.escape(noun)}\b", head)
    ):
        etype = trig["proper_noun_types"][noun]  # capitalised in the headline: a name
    last = sentences[k + 1][1] if k + 1 < len(sentences) else e
    precise = when["precision"] == "day"
    where = _location(text, a, b, trigger, etype, places.within(a, last))
    end_date = when["end_date"] if precise else None
    return _block_event(etype, when, end_date, trigger, where, "event.field_date", [(a, b), (s, e)])


_SINCE_NOUN = recache.compile(r"\bsince\s+(?:(?:its|the|their)\s+)?$", re.I)
# An agenda's heading, and its items: "Item 4  Signing of ...", "4.  Any other business"
_AGENDA = recache.compile(r"(?im)^[ \t]*agenda[ \t]*$")
_AGENDA_ITEM = recache.compile(r"(?:Item[ \t]+\d{1,2}[a-z]?|\d{1,2}\.)[ \t]+[A-Z]")
# An event page's programme heading ("Programme highlights", "Rundown:", a slide's "Today's
# programme") and its bullets
_PROGRAMME_HEAD = recache.compile(
    r"(?im)^[ \t]*(?:(?:today|the[ \t]+day)['’]s[ \t]+)?(?:programme|program|rundown|schedule"
    r"|running[ \t]+order|order[ \t]+of[ \t]+(?:events|proceedings|ceremony)|run[ \t]+of[ \t]+"
    r"show)(?:[ \t]+(?:highlights|at[ \t]+a[ \t]+glance))?[ \t]*:?[ \t]*$"
)
_BULLET_ITEM = recache.compile(r"[ \t]*[•●▪◦*–-][ \t]+\S")
# a weekday, whole or cut short ("Tuesday", "Tue.")
_WEEKDAY_WORD = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
# What a heading's date line may hold besides its date and places: "Haikou, Hainan | 13-18
# April 2026"
_LINE_REST = recache.compile(
    r"(?:[\s|·•,;/()–—-]"
    r"|\b(?:on|from)\b"  # an invitation's "on Friday, the fourth of December"
    rf"|\b{_WEEKDAY_WORD}\b\.?"  # its weekday
    r"|\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"  # its hours, "16:00–17:30"
    r"|\b(?:HKT|GMT|UTC|CST|BJT|SGT)(?:[+-]\d{1,2})?\b"
    r"|\((?:online|virtual|hybrid|in person)\))*",
    re.I,
)
_TITLE_WORD = recache.compile(r"(?<!\w)[^\W\d_][\w'’&.-]*")  # not "th" of "6th"
_TITLE_SMALL = frozenset({"of", "and", "the", "for", "on", "in", "at", "to", "de", "da", "do"})


def _items_end(text: str, start: int) -> int:
    """Where the unmarked items of a list from ``start`` end (a slide's or an HTML list's
    lines, their bullets not written): at the first line that reads as prose (a full stop
    at its end, or more than twenty words) or a clock time's entry; ``start`` when the list
    has no such item."""
    end = start
    for line in NONBLANK_LINE.finditer(text, start):
        row = line.group().strip()
        if row[-1:] in ".!?" or len(row.split()) > 20 or TIMED_LINE.match(row):
            break
        end = line.end()
    return end


def _date_line(
    text: str, s: int, e: int, dates: ByStart, places: ByStart, precisions: tuple[str, ...]
) -> tuple[dict, list[dict]] | None:
    """The one date of a line that holds only it and places ('Haikou, Hainan | 13-18 April
    2026', '3-4 Dec | Shenzhen'), and the places; None for any other line."""
    when = [d for d in dates.within(s, e) if d["date"]]
    if len(when) != 1 or when[0]["precision"] not in precisions:
        return None
    where = places.within(s, e)
    rest = _without_places(text[s : when[0]["start"]] + " " + text[when[0]["end"] : e], where)
    # ("9 December, Hong Kong Convention and Exhibition Centre.": a full stop closing it)
    return (when[0], where) if _LINE_REST.fullmatch(rest.rstrip().removesuffix(".")) else None


def _without_places(line: str, where: list[dict]) -> str:
    """A line's words left once its places and up to two venue names are blanked ("Hong
    Kong Convention and Exhibition Centre, "; a room's and its building's: "Grand
    Ballroom, Wynn Palace, Cotai | ")."""
    for p in where:
        line = line.replace(p["text"], " ") if p.get("text") else line
    return _venue_name().sub(" ", line, count=2)


@cache
def _venue_name() -> re.Pattern[str]:
    """A venue's capitalised name, closed by its head word ('... Exhibition Centre')."""
    heads = trie_regex(resources.venue_heads())
    return recache.compile(
        rf"\b(?:[A-Z][\w'’&.-]*[^\S\n]+(?:(?:and|of|the|&)[^\S\n]+)*)+(?:{heads})\b"
    )


def _venue_only(text: str, a: int, b: int, places: ByStart) -> bool:
    """Is ``text[a:b]`` a line of a venue's name and places only ("Grand Ballroom, Macau
    Tower Convention Centre")?"""
    line = text[a:b]
    if "\n" in line or not _venue_name().search(line):
        return False
    return not _without_places(line, places.within(a, b)).strip(" \t,|·•–—-")


# what an occasion's title may go on with in small letters: its purpose ("Reception to mark
# the fifth anniversary of ...", "Dinner celebrating ...")
_TITLE_PURPOSE = recache.compile(
    r"[^\S\n]+(?:to[^\S\n]+[a-z]+|marking|celebrating|honouring|honoring|welcoming|"
    r"commemorating)\b"
)


def _title_noun(head: str) -> tuple[str, MatchLike] | None:
    """The event noun of a title line (every word capitalised but the small ones, no full
    stop: not a headline's sentence, 'Chengdu hosts Hong Kong Week'), capitalised in it;
    the title may go on with its purpose in small letters ('Reception to mark ...')."""
    if head.endswith((".", "!", "?", ":")):
        return None
    for m in _TITLE_WORD.finditer(head):
        w = m.group()
        if not w[0].isupper() and w.lower() not in _TITLE_SMALL:
            purpose = _TITLE_PURPOSE.search(head, 0, m.end())
            if purpose is None or purpose.end() != m.end():
                return None
            head = head[: purpose.start()]  # (the capitalised title before its purpose)
            break
    if not _TITLE_WORD.search(head):
        return None
    found = _first_noun(head)
    if found is not None and _paper_edition(head, found[1]):
        return None  # ("Jiangxi Daily (English Edition)" over its day: a paper's edition)
    return found if found is not None and found[1].group()[0].isupper() else None


def _paper_edition(text: str, m: MatchLike) -> bool:
    """Is the event noun a paper's edition ("the print edition", "(English Edition)")?"""
    return m.group().lower() == "edition" and bool(
        _triggers()["paper_edition"].search(text, max(0, m.start() - 24), m.start())
    )


# the most lines an event's name over its date line may be wrapped on
_TITLE_LINES = 3
# a poll's chosen slot's label, and how far above it its title may stand
_POLL_LABEL = recache.compile(r"(?i)(?:option|slot)[ \t]*:")
_POLL_LINES = 6
# a line of who hosts or organises an event, under its name
_HOST_LINE = recache.compile(
    r"[^\S\n]*(?:(?:Co-)?(?:Hosted|Organised|Organized|Presented|Given|Offered)|Jointly\s+"
    r"(?:hosted|organised|organized))\s+by\b[^\n]*$"
)
# an exported item's stamp as its page is laid out (``markup.article_page``): "Published:
# 2026-11-20T03:05:44.871Z" between a card's name and its description
_STAMP_LINE = recache.compile(r"[^\S\n]*Published:[^\S\n]+\S+[^\S\n]*$")


def _heading_event(
    text: str,
    sentences: list[tuple[int, int]],
    k: int,
    dates: ByStart,
    places: ByStart,
    particulars: bool = False,
) -> dict | None:
    """An event's name on a line of its own, then (perhaps after a blank line) a line of
    only places and its date: '6th China International Consumer Products Expo (CICPE)' over
    'Haikou, Hainan | 13-18 April 2026' is the expo on those days; so is an invitation's
    'Tenth Anniversary Gala Dinner' over 'on Friday, the fourth of December, ...'. With
    ``particulars`` (the date is the page's own), only when its host's or its venue's line
    stands between."""
    s, e = sentences[k]
    a, b = sentences[k - 1]
    below = s  # where the lines under the name start
    if (
        k >= 2
        and text[b:s].count("\n") == 1
        and (_HOST_LINE.match(text, a, b) or _STAMP_LINE.match(text, a, b))
    ):
        # "WELCOME BANQUET IN HONOUR OF ..." over "Hosted by the Government of ..." over
        # the line of its place and day: who hosts it stands between them (as an exported
        # card's stamp stands between its name and its description)
        below, (a, b) = a, sentences[k - 2]
    elif (
        k >= 2
        and text[b:s].count("\n") in (1, 2)
        and not text[b:s].strip()
        and _venue_only(text, a, b, places)
    ):
        # "Grand Ballroom, Macau Tower Convention Centre" over "Sunday, 20 December 2026,
        # 7.00 pm": the venue's line stands between the name and the day (a blank line
        # apart on a slide or a poster)
        below, (a, b) = a, sentences[k - 2]
    if particulars and below == s:
        return None
    lines = text[a:b].rstrip().split("\n")
    # ("WELCOME BANQUET" over "in honour of the Delegation ..." / "hosted by ...": the
    # name's own lines, before the small-letter ones that say whom it honours)
    lines = lines[: next((j for j, ln in enumerate(lines) if j and ln.strip()[:1].islower()), None)]
    if (
        text[b:below].count("\n") not in (1, 2)
        or text[b:below].strip()
        or len(lines) > _TITLE_LINES
        # a name wrapped over lines ("... SYMPOSIUM ON" / "TRADITIONAL CHINESE MEDICINE
        # INNOVATION") is a block of its own, after a blank line or at the top
        or (len(lines) > 1 and not (a == 0 or text[:a].endswith("\n\n")))
    ):
        return None  # (a blank line between them is an invitation's or a poster's layout)
    if (cut := text.find("\n", s, e)) != -1:
        e = cut  # the date's own line ("... twenty-six" / "at seven o'clock in the evening")
    line = _date_line(text, s, e, dates, places, ("day", "month"))
    # (a wrapped name is read with its line ends as spaces, offsets kept)
    found = _title_noun(" ".join(lines)) if line is not None else None
    if line is None or found is None:
        return None
    return _titled_event(line, found, [(a, b), (s, e)], 2)


def _titled_event(
    line: tuple[dict, list[dict]],
    found: tuple[str, MatchLike],
    spans: list[tuple[int, int]],
    named_in: int,
) -> dict:
    """The event an event's name and a line of its date and places tell: its days (a range
    only for days), its first place."""
    (when, where), (etype, trigger) = line, found
    end_date = when["end_date"] if when["precision"] == "day" else None
    place = where[0]["name"] if where else None
    return _block_event(
        etype, when, end_date, trigger, place, "event.heading_date", spans, named_in
    )


_BAR = recache.compile(r"[^\S\n]+[|｜][^\S\n]+")


def _named_date_line(
    text: str, sentences: list[tuple[int, int]], k: int, dates: ByStart, places: ByStart
) -> dict | None:
    """An event's name and its place and days on one line, split by a bar: 'Greater Bay
    Area Film Awards 2027 | Macao, 12-13 March 2027' is the awards on those days."""
    s, e = sentences[k]
    if (cut := text.find("\n", s, e)) != -1:
        e = cut
    bar = _BAR.search(text, s, e)
    if bar is None or text[s - 1 : s] not in ("", "\n"):
        return None
    line = _date_line(text, bar.end(), e, dates, places, ("day", "month"))
    found = _title_noun(text[s : bar.start()]) if line is not None else None
    if line is None or found is None:
        return None
    return _titled_event(line, found, [(s, e)], 1)


def _name_below(
    text: str, sentences: list[tuple[int, int]], k: int, dates: ByStart, places: ByStart
) -> dict | None:
    """An events calendar's entry: a line of only its date and places, then the event's
    name on the next line ('3-4 Dec | Shenzhen' over 'Qianhai Modern Service Industry
    Forum'): that event on those days."""
    s, e = sentences[k]
    if k + 1 >= len(sentences) or "\n" in text[s:e] or text[s - 1 : s] not in ("", "\n"):
        return None
    a, b = sentences[k + 1]
    if text[e:a].count("\n") != 1 or text[e:a].strip() or "\n" in text[a:b].strip():
        return None
    line = _date_line(text, s, e, dates, places, ("day",))
    found = _title_noun(text[a:b].rstrip()) if line is not None else None
    if line is None or found is None:
        return None
    (when, where), (etype, trigger) = line, found
    place = where[0]["name"] if where else None
    return _block_event(
        etype, when, when["end_date"], trigger, place, "event.name_below", [(s, e), (a, b)]
    )


def _day_of_event(sentence: str, events: list[dict], text: str) -> dict | None:
    """'On the second day, delegates will tour ...': that day of the latest event reported
    with a range of days ('the final day' is its last)."""
    m = _triggers()["day_of_event"].search(sentence)
    if m is None:
        return None
    word = m.group("nth").lower()
    nth = _triggers()["day_numbers"][word]
    # (a gathering opens and closes, a trip does not: "on the opening day" after an expo
    # and a delegation's trip to it is the expo's first day)
    day = (word in _GATHERING_DAYS and _nth_day(events, nth, text, trips=False)) or _nth_day(
        events, nth, text
    )
    return _on_day(day, m.group()) if day else None


_GATHERING_DAYS = frozenset({"opening", "closing"})


def _nth_day(events: list[dict], nth: int, text: str = "", trips: bool = True) -> str | None:
    """The ``nth`` day (from 1; a negative ``nth``: the last) of the latest event reported
    with a range of days (not a trip, unless ``trips``); None past its end or with no such
    event. The last day is also that of an event told as closing on a day ('the Week,
    which closed last Sunday')."""
    for ev in reversed(events):
        if not trips and ev["type"] == "visit":
            continue
        if nth < 0 and text and _closed_on(text, ev):
            return ev["date"]
        if nth == 1 and text and _told_first_day(text, ev):
            return ev["date"]
        if ev["end_date"] and len(ev["date"]) == 10:
            first, last = date.fromisoformat(ev["date"]), date.fromisoformat(ev["end_date"])
            if nth == 0:
                return None
            day = last if nth < 0 else first + timedelta(days=nth - 1)
            return day.isoformat() if day <= last else None
    return None


@cache
def _first_day() -> re.Pattern[str]:
    """'opening day', 'first day': the words of 'day_of_event' that name day one."""
    firsts = [w for w, n in _triggers()["day_numbers"].items() if n == 1]
    return recache.compile(rf"\b(?:{trie_regex(firsts)})[ \t]+day\b", re.I)


def _told_first_day(text: str, ev: dict) -> bool:
    """Is ``ev`` a single day told as an occasion's first ('the opening day of the ...
    Camp, held ... on Thursday')?"""
    if ev["end_date"] or len(ev["date"]) != 10:
        return False
    return _first_day().search(text, ev["start"], ev["end"]) is not None


def _closed_on(text: str, ev: dict) -> bool:
    """Is ``ev`` a single day told as the day something closed ('..., which closed in
    Nansha last Sunday', 'The expo ended on 15 May')?"""
    if ev["end_date"] or len(ev["date"]) != 10 or not ev["date_text"]:
        return False
    sentence = text[ev["start"] : ev["end"]]
    verb = _triggers()["close_verbs"].search(sentence)
    return verb is not None and 0 <= sentence.find(ev["date_text"], verb.end()) - verb.end() <= 40


@cache
def _signed_things() -> re.Pattern[str]:
    """A sentence about the agreements just reported: 'The agreements were signed at ...',
    'These deals cover ...' (dated by the latest signing, even across a paragraph)."""
    units = resources.agreement_units()["always"]
    return recache.compile(
        rf"\W*(?:The|These|Those|Both)\s+(?:[\w-]+\s+){{0,3}}?(?:{trie_regex(units)})\b"
        # (a figure's decimal point ends no sentence: "The agreements, worth 4.6 billion
        # yuan, were signed at ...")
        rf"(?=(?:[^.]|\.\d)*\b(?:{trie_regex(resources.agreement_units()['signing_verbs'])})\b)",
        re.I,
    )


# "there" after a verb's object, a place told before ("sign 6 agreements there"), never
# the subject of "there will be", "there are"
_THERE = recache.compile(
    r"(?<=\w)[^\S\n]+there\b(?![^\S\n]+(?:is|are|was|were|will|would|has|have|had|may|"
    r"might|could|should|must|seems?|appears?|remains?)\b)(?!['’])"
)


def _points_back(sentence: str) -> bool:
    """Does the sentence point back to a happening told before ("at the forum", "sign 6
    agreements there", "led a delegation to the festival")?"""
    return (
        _ANAPHOR_ANY.search(sentence) is not None
        or _THERE.search(sentence) is not None
        or _triggers()["trip_to_told"].search(sentence) is not None
    )


def _anaphor_date(sentence: str, events: list[dict], text: str = "") -> dict | None:
    """'At the meeting, 16 projects were signed': the single-day date of the latest event of
    the kind the phrase names ('ceremony', 'event': the latest event of any kind), never
    one told as an earlier one ('The previous joint inspection took place on ...')."""
    kinds = list(_triggers()["anaphora"].items())
    if _signed_things().match(sentence):
        kinds.insert(0, ("signing", _signed_things()))
    kinds.append(("gathering", _THERE))
    for etype, pattern in kinds:
        said = pattern.search(sentence)
        if said is None:
            continue
        if etype == "gathering":
            # "We plan to sign 6 purchase agreements there": at the gathering told last,
            # on its one day
            for ev in reversed(events):
                if ev["type"] in ("conference", "meeting") and _single_day(ev):
                    return _on_day(ev["date"], ev["date_text"])
                if ev["type"] == "visit":
                    break  # (a trip told since: "there" is its place)
            continue
        # (the latest first)
        days = [
            k
            for k in range(len(events) - 1, -1, -1)
            if _single_day(events[k]) and not _told_as_earlier(text, events[k])
        ]
        kind = [k for k in days if etype == "any" or events[k]["type"] == etype]
        # ("at the end of the meeting": the latest told by that noun, "Meeting with ...",
        # before one told by a verb, "the group has met three times, most recently ...";
        # "at the session" after a "business matching session", a gathering of another
        # kind told by the same noun)
        noun = said.group().split()[-1].lower()
        named = [k for k in kind if noun in events[k]["trigger"].lower().split()] or [
            k for k in days if noun in events[k]["trigger"].lower().split()
        ]
        for k in (named or kind)[:1]:
            if etype == "visit" and _trip_legs(events, k):
                return None  # "During the visit, ...": the whole trip, no one leg's day
            return _on_day(events[k]["date"], events[k]["date_text"])
        if _SPAN_OF.match(said.group()):
            # "During the Expo, ... signed 27 agreements", "to be signed at the fair":
            # sometime in the days of the latest gathering told by that noun (a trip's days
            # are no one happening's)
            runs = [
                ev
                for ev in reversed(events)
                if ev["type"] not in ("visit", "other") and ev["end_date"] and _is_day(ev["date"])
            ]
            # (one told by that noun, as its trigger or in its sentence: "will hold the ...
            # Fair on December 9 and 10")
            spans = [ev for ev in runs if noun in ev["trigger"].lower().split()] or [
                ev
                for ev in runs
                if ev["type"] == etype and _word_in(noun, text[ev["start"] : ev["end"]])
            ]
            for ev in spans[:1]:
                return {**_on_day(ev["date"], ev["date_text"]), "end_date": ev["end_date"]}
            if etype == "launch" and runs and not any(ev["type"] == "launch" for ev in events):
                # "signed package deals ... at the launch" after "an ice-sculpture roadshow
                # ... on Monday ... that runs until Sunday": the gathering's opening day
                return _on_day(runs[0]["date"], runs[0]["date_text"])
    return _trip_to_told(sentence, events, text)


def _trip_to_told(sentence: str, events: list[dict], text: str) -> dict | None:
    """'Luo led a delegation of 80 travel firms to the event at the ... Centre', after 'staged
    a roadshow in Hong Kong on Monday': a trip to the gathering told last by that noun (by
    any noun for "the event"), on its days."""
    goal = _triggers()["trip_to_told"].search(sentence)
    if goal is None:
        return None
    noun = goal.group("noun").lower()
    generic = noun in _triggers()["any_occasions"]
    for ev in reversed(events):
        if ev["type"] not in ("conference", "meeting") or not _is_day(ev["date"]):
            continue
        if generic or _word_in(noun, text[ev["start"] : ev["end"]] if text else ev["trigger"]):
            return {**_on_day(ev["date"], ev["date_text"]), "end_date": ev["end_date"]}
    return None


def _word_in(word: str, span: str) -> bool:
    """Is ``word`` a word of ``span`` (in any case)?"""
    return re.search(rf"\b{re.escape(word)}\b", span, re.I) is not None


# (and "at the fair" of a fair over days; "at the close of the fair" is its last day's)
_SPAN_OF = recache.compile(
    r"(?:during|on\s+the\s+sidelines\s+of|at(?!\s+the\s+(?:end|close|start|conclusion)\b))\s",
    re.I,
)


_EARLIER_ONE = recache.compile(r"\b(?:previous|earlier|prior|last)\s+(?:[\w-]+\s+)?$", re.I)


def _told_as_earlier(text: str, ev: dict) -> bool:
    """Is ``ev`` told as an earlier one of its kind ('the previous joint inspection')?"""
    said = text.find(ev["trigger"], ev["start"], ev["end"]) if text else -1
    return said != -1 and _EARLIER_ONE.search(text, max(ev["start"], said - 30), said) is not None


# a day told by its weekday alone: "on Thursday", "Thursday afternoon"
_BARE_WEEKDAY = recache.compile(
    rf"(?:on[^\S\n]+)?(?P<wd>{'|'.join(WEEKDAYS)})"
    r"(?:[^\S\n]+(?:morning|afternoon|evening|night))?",
    re.I,
)


def _trip_weekday(event: dict, events: list[dict], sentence: str, published: str | None) -> None:
    """A weekday said of the party whose trip is yet to begin, or in a line with no tense,
    is that day of the trip (its one such day), not the first such day after the text's:
    "Update: the delegation will also meet the Macao Chamber of Commerce on Thursday
    afternoon", after the trip was told as "arriving in Macao Thursday 3 Dec, leaving
    Saturday 5 Dec"."""
    told = _BARE_WEEKDAY.fullmatch(event["date_text"] or "")
    if told is None or event["type"] == "visit" or not _is_day(event["date"]):
        return
    if sentence_tense(sentence) and not any(
        _word_in(noun, sentence) for noun in _triggers()["party_nouns"]
    ):
        return  # ("the delegation will also meet ..."; or a line that tells no tense: a
        # planning chat's "Working lunch with the ... Chamber, Thursday 12:30")
    trip = next((ev for ev in reversed(events) if ev["type"] == "visit"), None)
    if trip is None or not trip["end_date"] or not _is_day(trip["date"]):
        return
    first, last = date.fromisoformat(trip["date"]), date.fromisoformat(trip["end_date"])
    day = date.fromisoformat(event["date"])
    if published is None or not _is_day(published) or trip["date"] <= published:
        return  # (a trip begun or ended when the text was written: its days are past)
    if not day < first <= last or (last - first).days > 13:
        return  # (said of a day the party is there, or of a trip too long to tell)
    days = weekdays_between(first, last, WEEKDAYS.index(told.group("wd").lower()))
    if len(days) == 1:
        event["date"] = days[0].isoformat()


def _trip_legs(events: list[dict], k: int) -> bool:
    """Is the visit at ``k`` one leg of a trip told leg by leg in its sentence ('arrived in
    Nanjing on Sunday and will travel to Suzhou on Wednesday')?"""
    ev = events[k]
    return any(
        other["type"] == "visit" and other["start"] == ev["start"] and other["date"] != ev["date"]
        for other in events[:k]
    )


def find_events(doc: Doc) -> list[dict]:
    """Return event payloads for ``doc`` (its dates, places and figures already found)."""
    text = text_of(doc)
    sentences = store(doc).get("sentences", [])
    dates = ByStart(facts(doc, "dates"))
    places = ByStart(facts(doc, "places"))
    figures = facts(doc, "figures")
    money = [(f["start"], f["end"]) for f in figures if f["kind"] == "money"]
    events: list[dict] = []
    called_off: list[tuple[str, str]] = []  # (a called-off sentence, lower case; a day it names)
    # The frame: the single-day date of the event the previous sentence reported, so that
    # "... held on May 11. The mechanism was formally established." dates the second.
    frame: dict | None = None
    list_frame: dict | None = None
    prev_item = False  # the sentence before was a list's item
    agenda: dict | None = None  # the meeting an agenda is for
    page: dict | None = None  # an event page's field event ("What:" / "When:"), one day
    bullets_from = len(text) + 1  # where a programme's bullets under its heading start
    items_until = 0  # where its unmarked items end (a slide's, a page's list)
    prev_end = -1
    said_day: dict | None = None  # the day the sentence before was said on
    also_frame: dict | None = None  # the borrowed day of the sentence before's event
    lead: tuple[dict, int, int] | None = None  # (day, span of the paragraph it frames)
    pub = store(doc).get("pubdate") or {}
    sections = store(doc).get("sections", [])
    datelines = _datelines(text, facts(doc, "dates"))
    # (a message's or a search result's own date, heading its section, dates no event)
    datelines |= {sec["heading"][0] for sec in sections if sec.get("mail") and sec["heading"]}
    acronyms = _event_acronyms(text)
    stamped_at = _stamp_minutes(text, pub)
    session = _session_window(text)
    schedule = _schedule_dates(text, facts(doc, "dates"))
    signed_day = _signature_day(text, facts(doc, "dates"))
    correcting = corrects_another(text)
    edits = _edit_log(text, facts(doc, "dates"))
    for k, (s, e) in enumerate(sentences):
        sentence = text[s:e]
        if superseded(sentence, correcting):
            continue  # "An earlier version of this story said ... on Wednesday": a correction
        if any(a <= s < b for a, b in edits):
            continue  # a change log's "14/08/2026  Added the ... Forum.": the page's edit
        if sentence.rstrip(' "”’)').endswith("?") and _YES_NO.match(sentence):
            continue
        if _TRUE_OR_FALSE.match(sentence):
            continue  # "True or false: the link will open before ...": a claim to judge
        if _FIRST_TIME.match(sentence):
            continue  # "It was the first time the Yunnan city had brought its artisans to
            # Hong Kong as a group": a remark on the happening told before, none of its own
        if _BIO_OPENER.match(sentence):
            continue  # "Wu ..., male, Han nationality, born in ...; joined the Party in ...":
            # an official's résumé, no happening
        field = None
        when_field = _when_field(text, s)
        # (a trip's "Start time:" under its "Destination city:": the trip's days; the lines
        # under it are more of the request's fields, no business of the trip's day)
        trip_start = not when_field and _trip_start_field(text, sentences, k)
        if when_field or trip_start:  # "When: 9-10 December 2025" after "What: A ... summit"
            field = _field_event(text, sentences, k, dates, places, pub.get("start"))
            page = field if field and not trip_start and len(field["date"] or "") == 10 else None
        elif k and _date_field_above(text, sentences, k):
            # an event page's "Date and time" label, its date on the line below
            field = _field_event(text, sentences, k, dates, places, pub.get("start"), True)
        elif k and not (s <= pub.get("start", -1) < e):
            field = (
                _heading_event(text, sentences, k, dates, places)
                or _name_below(text, sentences, k, dates, places)
                or _named_date_line(text, sentences, k, dates, places)
            )
        elif k:
            # the page's one date under an event's name and its venue (a title slide's,
            # a poster's): the event's day, the page's too
            field = _heading_event(text, sentences, k, dates, places, particulars=True)
        # (an event told there already: the heading's, which the field may refine)
        told = (
            next((ev for ev in events if ev["start"] <= field["start"] < ev["end"]), None)
            if field
            else None
        )
        if (
            field
            and told is not None
            and (_refines(field, told) or (when_field and _section_dated(text, told, sections)))
        ):
            # "Business Mission to Macao, December 2026" over "When: 1-3 December 2026";
            # a note's day heading over an item with a "When:" of its own (a task
            # scheduled for a later day, "What: Return visit ..." / "When: 2027-01-12")
            events[events.index(told)] = field
        elif field and told is None:
            events.append(field)
            if len(field["date"] or "") == 10 and _AGENDA.search(
                text, field["start"], field["end"]
            ):
                agenda = field  # "AGENDA" / "Date: ...": its items are that day's business
            elif len(field["date"] or "") == 10 and (
                head := _PROGRAMME_HEAD.search(text, field["end"], field["end"] + 1200)
            ):
                # "Event: ... Summit" / "Date: Friday, 4 December 2026" over "Programme
                # highlights" and its bullets: each bullet is that day's business
                agenda, bullets_from = field, head.end()
                items_until = _items_end(text, bullets_from)
        if _called_off(sentence):
            called_off += [(sentence.lower(), d["date"]) for d in dates.within(s, e) if d["date"]]
            continue  # "The site visit ..., planned for 15 October, is cancelled": no event
        if (
            pub.get("date")
            and (this := _THIS_GATHERING.match(sentence)) is not None
            and not any(ev["type"] in ("meeting", "conference") for ev in events)
        ):
            # "This is the third meeting of the working group", "This call is to ...": a
            # record's own gathering, held on its day (with none told before, which it
            # would point back to)
            noun = Found(sentence, this.start("noun"), this.end("noun"))
            held = _on_day(pub["date"], noun.group())
            if (ev := _event(text, s, e, sentence, "meeting", noun, [], held, places)) is not None:
                events.append(ev)
        own = [
            d
            for d in dates.within(s, e)
            if not _masthead(text, d, pub, datelines)
            and not _dates_another(text, d, acronyms)
            and not _triggers()["day_of_event_of"].search(text, max(0, d["start"] - 40), d["start"])
            # ("originally scheduled for 14 October ..., is postponed to 28 October": the
            # day it was to be, not the day it is)
            and not _FORMER_DAY.search(text, max(0, d["start"] - 60), d["start"])
            # (a task's due day dates nothing that happens: "☐ Book booth for the Battery
            # Show before 15 Dec")
            and not (
                _TASK_OPEN.match(sentence)
                and _DUE_BEFORE.search(text, max(s, d["start"] - 24), d["start"])
            )
            # (a base of comparison dates nothing that happened: "handled 1.2 million tonnes,
            # 9.4 per cent more than in 2025, and signed two agreements"; "we met the Vice
            # Mayor, who said 2,300 graduates work there, 35% more than two years ago")
            and not _COMPARED_WITH.search(text, max(0, d["start"] - 40), d["start"])
        ]
        if (
            not own
            and s <= pub.get("start", -1) < e
            and (_release(sentence) or opens_release(sentence, at_occasion=True))
        ):
            # "Version 3.8.0 (12 November 2026)" atop release notes: the page's date is
            # its latest release's; "Announced at the awards ceremony at ..., Friday 20
            # November 2026": the page's date is the ceremony's
            own = [d for d in dates.within(s, e) if d["date"]]
        # "(until Thursday)", "through Tuesday": the last day of what the sentence tells
        until = [
            d for d in own if d["date"] and _UNTIL.search(text, max(0, d["start"] - 8), d["start"])
        ]
        closing = [
            d
            for d in own
            if d["date"]
            and d not in until
            and _AND_CLOSES.search(text, max(s, d["start"] - 24), d["start"])
        ]
        if closing and len(closing) + len(until) < len(own):
            until += closing  # "The fair opened on Thursday and closes tomorrow": its last day
        if (
            sections
            and own
            and len(until) == len(own)
            # ("The food week runs until Tuesday" under a post's stamp: the close of the
            # gathering told before, on its own day; but "Day 2: the ... Week opened ... and
            # runs till Sunday" opened on the heading's day)
            and not all(_RUN_TOLD.search(text, s, d["start"]) for d in until)
        ):
            own = []  # a diary's entry "... (through Tuesday)": its start is the heading's day
        # the day of the programme's or report's section the sentence is in, if any
        section = _section_day(sections, s) if sections else []
        if (
            not own
            and section
            and not (
                # ("During the visit our president ... signed": a chat message tells what
                # happened on the day of the visit it names, not on the day it was sent)
                section[0].get("chat") and _anaphor_date(sentence, events, text) is not None
            )
            # ("The Guangxi Week was at the Convention and Exhibition Centre, right?" under
            # a comment's stamp: the gathering the post told, by its name)
            and not _named_again(text, sentence, events)
        ):
            # a programme's or live blog's entry: the day its heading gives
            own = section
        if not own:
            own = _numbered_day(sentence, s, events)  # "🔹 Day 2: Visit to ..."
        if (
            not any(d["date"] and d["precision"] == "day" for d in own)
            and stamped_at is not None
            and not s <= pub["start"] < e  # (the stamp's own line)
            and (clock := _past_clock(sentence, s, stamped_at)) is not None
        ):
            # a bulletin stamped with its hour ("Issued ... at 17:45 HKT, 14 September
            # 2026"): "Shuttle buses ... were halted at 4pm" happened earlier that day (and
            # "At 10:30 Lee and Sun witnessed the signing of ... an exhibition centre to
            # open in 2028": the year is the centre's, the hour the signing's)
            own = sorted(
                [*own, {**clock, **_on_day(pub["date"], clock["text"])}], key=lambda d: d["start"]
            )
        if (
            not any(d["date"] and d["precision"] == "day" for d in own)
            and session is not None
            and s > session.fields_end
            and (clock := _past_clock(sentence, s, session.end, session.start)) is not None
        ):
            # a session's report ("Start: 2026-11-20 19:30  End: 2026-11-20 23:05"): "At
            # 21:00 the bureau signed a supply agreement ... on air" happened that day
            own = sorted(
                [*own, {**clock, **_on_day(session.day, clock["text"])}], key=lambda d: d["start"]
            )
        if (
            not own
            and agenda is not None
            and (
                _AGENDA_ITEM.match(sentence)
                or (
                    s >= bullets_from
                    and (
                        _BULLET_ITEM.match(sentence)
                        or TIMED_LINE.match(sentence)
                        or (e <= items_until and text[s - 1 : s] == "\n")
                    )
                )
            )
        ):
            # "Item 4  Signing of the letter of intent": done at the meeting (a programme's
            # "3:30 pm   Signing of cooperation projects" too)
            own = [{"start": s, "end": s, **_on_day(agenda["date"], agenda["date_text"])}]
        if page is not None and s >= page["end"] and _WHAT.match(text, s):
            page = None  # a "What:" field opens the next event's fields, not its business
        if (
            not own
            and page is not None
            and s >= page["end"]
            and ("\n\n" not in text[page["end"] : s] or TIMED_LINE.match(sentence))
        ):
            # an event page's description under its "When:" line (a calendar entry's):
            # "Signing of about 20 cooperation agreements expected" is the event's business
            # (and its running order's timed lines, a paragraph on: a banquet event order's
            # "19:00 - 19:20   Signing ceremony: 5 investment agreements")
            own = [{"start": s, "end": s, **_on_day(page["date"], page["date_text"])}]
        same_paragraph = prev_end >= 0 and "\n\n" not in text[prev_end:s]
        if said_day is not None and _SPEAKING.match(sentence):
            # "X said on Monday ..." then, even a paragraph on, "Speaking after a meeting
            # with ...": the same occasion
            inherited = said_day
        else:
            # ("In the first nine months of the year the group won 14 contracts": a period
            # of its own, not the day the sentence before told)
            inherited = frame if same_paragraph and not _OWN_PERIOD.search(sentence) else None
            if inherited is None and same_paragraph and also_frame and _ALSO.search(sentence):
                # "During the seminar, X and Y signed ...", then "Guangzhou enterprises also
                # held matchmaking talks ...": more of the same occasion, on its day
                inherited = also_frame
        if (
            own
            and inherited is not None
            and len(until) == len(own)
            and all(_RUNS_BEFORE.search(text, max(0, d["start"] - 60), d["start"]) for d in until)
        ):
            # "... signed on the expo's opening day yesterday. The expo, which runs at
            # AsiaWorld-Expo until Saturday, opened with ...": the opening is the day told
            # before, the run goes on to the "until" day
            own = []
        from_lead = None
        if lead is None and own:
            lead = _lead_frame(text, s, e, own, pub.get("date"))
        elif (
            lead is not None
            and not own
            and inherited is None
            and lead[1] <= s < lead[2]
            and not dates.within(s, e)
            and not _LIST_ITEM.match(sentence)
            and not _triggers()["told_before"].search(sentence)
            and not _triggers()["planned"].search(sentence)
            and not _HAS_DONE.search(sentence)
        ):
            # the paragraph after a lead tells more of the lead's day: "Transport officials
            # ... yesterday agreed to ...", then "X received a delegation led by Y at ..."
            # (not what it says of an event already named, "witnessed the ceremony", nor
            # what is to come, nor a tally, "40 teams have signed")
            inherited = from_lead = lead[0]
        if own and inherited is None and section:
            # a programme's or report's entry with a date of what is still to come ("called
            # on the Vice Governor ... to discuss the projects due to start this year" under
            # "8 July | Changsha"): the heading's day, should the sentence's dates be another's
            inherited = {**section[0]}
        if (stay := _STAYED.search(sentence)) is not None:
            _stay_days(events, text, s, e, stay)
        if not own and inherited is None and same_paragraph and _TALKS_OPENER.match(sentence):
            # "The delegation crossed to Macao on Tuesday. In talks with Chief Executive
            # ..., Lin said ...": talks held on the day the sentence before told
            before = [ev for ev in events if ev["start"] == sentences[k - 1][0]]
            if before and all(_single_day(ev) for ev in before):
                inherited = _on_day(before[-1]["date"], before[-1]["date_text"])
        if not own and inherited is None and (ceremony := _ITS_CEREMONY.match(sentence)):
            # "... today opened its first sub-branch." then "The opening ceremony was
            # officiated by ...": the ceremony of what opened, on its day
            opened = [ev for ev in events if ev["type"] == "launch" and _single_day(ev)]
            if opened:
                inherited = _on_day(opened[-1]["date"], ceremony.group())
        if not own and pub.get("date") and (now := _ARRIVED_NOW.search(sentence)):
            # "The Chief Secretary has arrived in Chengdu": an arrival told in the present
            # perfect is the story's own day
            inherited = _on_day(pub["date"], now.group())
        prev_end = e
        # "Key outcomes:" then bullets: each item is dated by what the list sums up
        if sentence.rstrip().endswith(":"):
            list_frame = frame or list_frame
        elif _LIST_ITEM.match(sentence):
            # one bullet's day is not the next one's ("✅ Met ... on Monday", then "✅
            # Co-hosted the ... Forum"): each takes only what the list sums up
            inherited = list_frame if prev_item else inherited or list_frame
        else:
            list_frame = None
        prev_item = bool(_LIST_ITEM.match(sentence))
        frame = None
        also_frame = None
        spoken = [d for d in own if d["date"] and d["precision"] == "day" and not d["end_date"]]
        if len(spoken) > 1:
            # "... from January 1, Lo said on Monday": the day after the speech verb
            spoken = [
                d for d in spoken if _SAID_ON.search(text, max(0, d["start"] - 12), d["start"])
            ]
        said_day = None
        if len(spoken) == 1 and _SPEECH.search(sentence):
            # "X said on Saturday ..." dates what the next sentence says X did ("... Chan
            # told a forum organised by ...").
            frame = said_day = spoken[0]
        if (
            not own
            and inherited is None
            and not _points_back(sentence)
            and not _signed_things().match(sentence)
            and not _triggers()["same_day"].search(sentence)
            and not _triggers()["day_of_event"].search(sentence)
            and not _LATER.search(sentence)
            and not (signed_day and _ON_SIGNATURE.search(sentence))
        ):
            continue  # nothing could date an event here: skip the trigger search
        if _triggers()["mail_footer"].match(sentence):
            continue  # "You received this email because ...": why a message came
        duration = _DURATION.search(sentence)
        # "45 billion won": a currency, not a verb
        found = (_told_closing(sentence, acronyms) if acronyms else []) or [
            (etype, m)
            for etype, m in _triggers_in(sentence, duration)
            if not any(a <= s + m.start() and s + m.end() <= b for a, b in money)
            # ("published online 20 November 2026": the article's own stamp)
            and not pub.get("start", -1) <= s + m.start() < pub.get("end", -1)
            and not (etype == "other" and _homecoming(sentence, s, m, places))
            # ("would arrive in February": when, not where)
            and not (etype == "visit" and _ARRIVE_IN_TIME.match(sentence, m.start()))
            and not _in_quoted_title(sentence, m)
            and not _in_name_field(sentence, m)
            and not _in_field_label(sentence, m)
            and not _condition_on_who(sentence, m)
            and not (etype == "other" and _status_tag(sentence, m))
        ]
        if any(t == "visit" for t, _ in found) and (moved := _named_runs(sentence, text, True)):
            found = moved  # "Next year the week will travel to Macao, in May": the gathering
            # the text named, held there; no party's trip
        if not found and not (field and s <= field["start"] < e):
            # (a field's event told already: "Listing date:      26 November 2026" is no
            # schedule's other line too)
            found = (
                _takes_effect(sentence, s, own)
                or _since_launch(sentence)
                or _acronym_named(sentence, acronyms)
                or _named_runs(sentence, text)
                or _pronoun_runs(sentence, text[sentences[k - 1][0] : s] if k else "")
                or _generic_close(sentence)
                or _schedule_item(sentence, s, own, schedule, text)
                or _instrument_made(sentence)
                or _release(sentence)
            )
        found = _outcomes(
            sentence,
            [
                *found,
                *_year_clause(sentence, found),
                *_clause_noun_event(sentence, found),
                *_opener_event(sentence, s, found, own),
                *_second_legs(sentence, s, found, own),
            ],
        )
        if any(d["date"] for d in own):
            found = _at_new_gathering(sentence, found)
        elif _SAME_DAY_AT.match(sentence):
            # ("At a matchmaking meeting that afternoon, ...": on the day told before, as
            # what was signed there)
            found = _at_new_gathering(sentence, found, borrowed=True)
        found = _met_at_gathering(sentence, found)
        found = [(_with_official(sentence, t, m), m) for t, m in found]
        if not found:
            days = [d for d in own if _is_day(d["date"]) and not d["end_date"]]
            words = sentence.split()
            if (
                len(days) == 1
                and 4 <= len(words) <= _SHORT_LINK
                and sentence.rstrip().endswith(".")
                and not words[0].endswith("ed")  # ("Retrieved 13 December 2020.": a citation)
                and not _LIST_ITEM.match(sentence)
            ):
                # "The business programme followed on Tuesday. At a ... forum held at ...,
                # companies signed nine agreements": a short link sentence dates the next
                frame = days[0]
            continue
        resolved = [
            d
            for d in own
            if d["date"]
            and not _is_span_start(text, d, sentence, pub.get("date"))
            and not _TARGET_BY.search(text, s, d["start"])
            and not _REPLY_BY.search(text, max(s, d["start"] - 40), d["start"])
            # ("Two thirds of them opened after 2020": a bound of a span, no happening's year)
            and not (
                d["precision"] == "year"
                and _YEAR_BOUND.search(text, max(s, d["start"] - 12), d["start"])
            )
            # "renewed their 2021 cooperation agreement": the old deal's year
            and not (
                d["precision"] == "year"
                and _RENEWED_WHAT.search(text, max(0, d["start"] - 40), d["start"])
            )
        ]
        since = [
            d
            for d in own
            if d["date"]
            and d not in resolved
            and _SINCE.search(text, max(0, d["start"] - 8), d["start"])
        ]
        if own and not resolved and not any(d["date"] for d in own):
            continue  # the sentence has a date we cannot place: no guessing
        if own and not resolved and not _all_in_aside(sentence, s, own):
            continue  # only "since 2019": a tally over a span, not a happening (but "The
            # next day we visited Yangshuo, where farmers have ... since 2015": the aside's)
        if _AS_OF_OPENER.match(sentence):
            continue  # "As of 31 March, 86,412 vehicles had been approved, and ...": a status
            # report, whatever else it dates
        if not resolved:
            # ("... will take place during the reception": the occasion it names, before
            # the day the paragraph told)
            told_before = (
                text[sentences[k - 1][0] : sentences[k - 1][1]] if k and same_paragraph else ""
            )
            inherited = (
                _same_day_date(text, sentence, events, told_before)
                or _anaphor_date(sentence, events, text)
                or inherited
            )
        elif inherited is None:  # also when the sentence's own dates are all another's
            inherited = _anaphor_date(sentence, events, text)
        if inherited is None and not own and signed_day and _ON_SIGNATURE.search(sentence):
            inherited = signed_day  # "shall enter into force on the date of its signature"
        range_type = (
            _DURATION_TYPE.get(duration.group("noun").lower(), "conference") if duration else None
        )
        leads = [(t, m) for t, m in found if not isinstance(m, _OtherNoun)]
        for etype, trigger in found:
            if (
                isinstance(trigger, _NounMatch)
                and own
                and all(_DONE_TAG.search(text, max(0, d["start"] - 6), d["start"]) for d in own)
            ):
                continue  # "- Send the delegation list to ... @done(2026-11-19)": the day a
                # task was done dates what it did, not the nouns it handled
            if (
                trigger.group().lower() == "signed"
                and _SIGNED_ADJECTIVE.search(
                    sentence, max(0, trigger.start() - 12), trigger.start()
                )
                and _PAPER_AFTER.match(sentence, trigger.end())
            ):
                continue  # "Send signed MoU scan to HKSTP": a paper signed, no signing told
            if (
                _triggers()["witnessed_told"].match(sentence, trigger.start())
                and events
                and events[-1]["type"] == etype
            ):
                continue  # "Vice Mayor Tan ... witnessed the signing.": the signing just
                # told, seen (under a post's stamp too: no one more on the post's day)
            if _SINCE_NOUN.search(
                sentence, max(0, trigger.start() - 12), trigger.start()
            ) and not any(0 <= d["start"] - s - trigger.end() <= 20 for d in own):
                continue  # "46 projects approved since launch": the span's start, undated
            if etype == "visit" and _TOUR_TRADE.match(sentence, trigger.end()):
                continue  # "agreements between tour operators": the trade, no trip
            if _NEEDS_AFTER.match(sentence, trigger.end()):
                continue  # "Terminal visit needs ID numbers by Friday": what the happening
                # needs (told on a message's day), not the happening
            if _HEDGED.search(sentence, max(0, trigger.start() - 30), trigger.start()):
                continue  # "a possible first visit to Macao by ...", "asked for site visits to
                # Changzhi next spring": talked of or asked for, not set
            if (
                etype == "meeting"
                and trigger.group().lower() == "discussed"
                and _WHERE_DISCUSSED.search(sentence, max(0, trigger.start() - 40), trigger.start())
                and any(t == "visit" and m.end() <= trigger.start() for t, m in found)
            ):
                continue  # "visited the Productivity Council, where the two sides
                # discussed ...": what the visit was for, no meeting of its own
            if (
                isinstance(trigger, _NounMatch)
                and events
                and _BACK_REF.search(sentence, 0, trigger.start())
                # "At the exchange session held the same evening": told with the day of
                # the event before, a gathering of its own
                and _held_same_day(sentence, trigger) is None
                and not _new_occasion_dated(events, sentence, trigger, own, s)
            ):
                continue  # "Speaking after the ceremony, ...": the event already reported
            if events and _at_told_occasion(sentence, trigger, closed=bool(resolved)):
                continue  # "Speaking at the ceremony, ...": the event already reported (and
                # the sentence's date another's: "..., Choi said the scheme, launched in 2004")
            if (
                _THE_NOUN_OPENS.fullmatch(sentence, 0, trigger.start())
                and _SAID_OF_IT.match(sentence, trigger.end())
                and any(ev["type"] == etype for ev in events)
            ):
                continue  # "The opening is the first step in ...", "The launch follows a
                # framework agreement signed ...": what the event reported means, not
                # another one (a verb's word after "The" is its noun)
            if _running_tally(sentence, trigger, _in_clause(sentence, s, trigger, resolved)):
                continue  # "This year alone, we have signed 18 agreements": a tally so far
            if (
                not resolved
                and _SINCE_THEN.match(sentence)
                and _PERFECT.search(sentence, max(0, trigger.start() - 24), trigger.start())
            ):
                continue  # "Since then the two bureaus have signed 12 further agreements": a
                # tally from the day told before, no happening of its own
            if etype == "other" and _counted_tally(sentence, trigger, resolved):
                continue  # "47 joint projects were approved in 2025": a year's tally
            if since and (
                _tally_clause(sentence, s, trigger, since)
                or (
                    not isinstance(trigger, (_NounMatch, _OtherNoun))
                    and not _FIRST_BEFORE.search(
                        sentence, max(0, trigger.start() - 30), trigger.start()
                    )
                    and any(
                        _SINCE_AFTER.fullmatch(text, s + trigger.end(), d["start"])
                        and not any(s + trigger.end() <= r["start"] < d["start"] for r in resolved)
                        for d in since
                    )
                )
            ):
                continue  # "..., where three firms have set up centres since 2023", "312
                # projects landed since 2023": a tally over a span (not the year another
                # clause of the sentence dates)
            if etype == "other" and not resolved and inherited is from_lead:
                continue  # "The scheme was announced by ...": the lead's news, told again
            dates_here = resolved
            told = [d for d in resolved if d.get("rule") != "date.flash"]
            if isinstance(trigger, _NounMatch) or told:
                # a flash's stamp dates what its verb reports, not a noun it names ("SUMMIT
                # EXPECTED TO DRAW 1,500 INVESTORS": the summit is not on the stamp's day),
                # nor what the flash dates itself ("TO HOST ... SUMMIT ON FEB. 10-11")
                dates_here = told
            later = _later_clause(sentence, etype, trigger, leads) if inherited else None
            if later is not None:
                # "At the event, the bureau signed a framework agreement ..., and Vice Mayor
                # Chen said agencies would send a first group ... starting December 12": a
                # date told in a later clause, after that clause's own happening, is its;
                # the occasion the sentence opens with dates this one
                dates_here = [d for d in dates_here if d["start"] - s < later]
            takes_place = (
                not resolved
                and inherited is not None
                and _TAKES_PLACE.match(sentence, trigger.end()) is not None
            )  # "The signing of ... will take place at the forum": the forum's day ("will be
            # held" is a verb of its own)
            if (
                not resolved
                and _BACK_REF.search(sentence, max(0, trigger.start() - 24), trigger.start())
                and any(t != etype for t, _ in leads)
                # ("At the exchange session held the same evening": one more, that day)
                and _held_same_day(sentence, trigger) is None
            ):
                continue  # "signed package deals ... at the launch.": the occasion told before,
                # whose day the signing takes, not one more
            if (
                resolved
                and _TIMED_BY.search(sentence, max(0, trigger.start() - 24), trigger.start())
                and any(t != etype for t, _ in leads)
                # ("ahead of the Expo, which will be held ... from September 24 to 28": a
                # day of its own)
                and all(d["start"] - s < trigger.start() for d in resolved)
            ):
                continue  # "will send a working group ... from 7 to 10 December, ahead of
                # the launch": what the sentence's dated happening is timed by, none of its
                # own (with no date, "said at the launch ceremony" is the launch told)
            if isinstance(trigger, _OtherNoun) and not takes_place:
                mine = _own_date(sentence, s, trigger, leads, resolved)
                held = None if resolved or inherited is None else _held_same_day(sentence, trigger)
                if held is not None:  # held "the same afternoon": the day the phrase gives
                    mine = {**inherited, "start": s + held.start(), "end": s + held.end()}
                elif (
                    mine is None and inherited is not None and _opening_occasion(sentence, trigger)
                ):
                    mine = inherited  # "Speaking after a meeting with X, Lo said ... passed"
                elif (
                    mine is None
                    and inherited is not None
                    and (
                        (
                            _HELD_PARTICIPLE.match(sentence, trigger.end())
                            and _A_BEFORE.search(
                                sentence, max(0, trigger.start() - 40), trigger.start()
                            )
                            # ("signed by X ... at a ceremony held on the campus": the
                            # signing's own)
                            and trigger.group().lower() not in _triggers()["generic_nouns"]
                        )
                        or _in_occasion_clause(sentence, s, trigger, resolved)
                        or _named_item_clause(sentence, trigger)
                    )
                ):
                    # "At a ... forum held at ..., companies signed": one more gathering, on
                    # the day the sentence before told; "...; a signing of three agreements
                    # will take place during the reception": the occasion its clause names
                    mine = {**inherited, "start": s + trigger.start(), "end": s + trigger.end()}
                elif (
                    mine is None
                    and inherited is not None
                    and not resolved
                    and _opens_same_day(sentence)
                    and _TO_BEFORE.search(sentence, max(0, trigger.start() - 4), trigger.start())
                ):
                    # "On the same day the bureau plans to sign 4 agreements, and the
                    # council will host a networking lunch": the day the sentence opens
                    # with is each of its clauses'
                    mine = {**inherited, "start": s + trigger.start(), "end": s + trigger.end()}
                elif (
                    mine is None
                    and section
                    and _main_clause_noun(sentence, s, trigger, leads, resolved)
                ):
                    # a report's "Evening: ... had dinner with Mr Wong, who agreed to lead
                    # 20 buyers to ... next July": the dinner is the section's day, the
                    # relative clause's date is its own
                    mine = {**section[0], "start": s + trigger.start(), "end": s + trigger.end()}
                elif mine is None:
                    # "on Thursday the delegation visits the University of Macau to sign a
                    # ... memorandum": what a day's visit is for is done that day
                    mine = _purpose_day(sentence, trigger, leads, resolved)
                if mine is None:
                    continue
                dates_here = [mine]
            inside = _INSIDE_RANGE.search(sentence) or (duration and trig_inside(duration, trigger))
            if duration and etype != range_type and inside:
                # happened some day inside the range: no day of its own, unless a date of
                # its own is nearer to it ("toured a hub, which opened in mid-October")
                range_at = s + duration.start()
                ranged = _nearest(resolved, range_at) if resolved else None
                if (
                    isinstance(trigger, _OtherNoun)
                    and len(dates_here) == 1
                    and ranged is not None
                    and ranged.get("start") != dates_here[0].get("start")
                ):
                    pass  # "a four-day visit ..., his first since taking office in June": a
                    # happening with a date of its own, not the range's
                elif len(dates_here) < 2 or _nearest(dates_here, s + trigger.start()) is _nearest(
                    dates_here, range_at
                ):
                    continue
            if isinstance(trigger, _NounMatch):
                # "Last year's summit" after "the 10th Belt and Road Summit": the noun
                # names the kind of event already reported with it
                # ("The fourth conference will be held ..." after "The third Foshan-Macao
                # Cooperation Conference": the same head noun)
                # (a noun of several words is typed by its own phrase: "the ... Joint
                # Conference" is the governments' meeting after a promotion conference)
                # (a name's head takes the type of a name told with the same last two
                # words: "The Fujian-Macao Cooperation Conference" keeps its own after "the
                # Guangdong-Macao Cooperation Joint Conference", another "... Joint
                # Conference" takes its type)
                said = trigger.group().lower().split()[-1]
                named = _NAMED_HEAD_BEFORE.search(sentence, 0, trigger.start())
                told = f"{named.group().split()[0]} {said}" if named else said
                etype = (
                    next(
                        (
                            ev["type"]
                            for ev in events
                            if _named_by(text, ev, said)
                            and (named is None or _told_in(text, ev, told))
                        ),
                        etype,
                    )
                    if " " not in trigger.group().strip()
                    else etype
                )
            if (
                section
                and dates_here
                and not isinstance(trigger, _NounMatch)
                and (clause := _semicolon_clause(sentence, trigger)) != (0, len(sentence))
                # (only days told in later clauses: an earlier clause may set the scene, "The
                # 2021 edition, held on 19 May; 19 agreements were signed on its sidelines")
                and all(d["start"] - s >= clause[1] for d in dates_here)
            ):
                # ("Signed MoU on ... incubation; 3 Xinyu start-ups to join the programme in
                # Jan" under a day's heading: the other clause's day is its own, the
                # signing the heading's)
                dates_here = section
            event = _event(text, s, e, sentence, etype, trigger, dates_here, inherited, places)
            if event is None:
                continue
            _trip_weekday(event, events, sentence, pub.get("date"))
            if _closes(sentence, trigger):
                # (a four-day fair that closes on Thursday closes on its last day)
                closing = (
                    {**event, "date": event["end_date"], "end_date": None}
                    if duration and _is_day(event["end_date"])
                    else event
                )
                if _close_earlier(
                    text, events, closing, (s, e), trigger.group(), sentence[: trigger.start()]
                ):
                    continue  # "The fair closes on June 19": the end of the fair, not a new event
                if _RUNS_ON.search(sentence, trigger.end(), trigger.end() + 60) and not (
                    until
                    and (event["date"], event["date_text"])
                    != (until[-1]["date"], until[-1]["text"])
                ):
                    continue  # "the fair, which runs until 19 April": its last day, no start
                    # (but "on Monday, with a roadshow ... that runs until Sunday" has one)
            if isinstance(trigger, _GenericClose):
                continue  # "The event runs until Sunday", and no gathering before it
            opened = _first_day_told(sentence, s, trigger, own)
            if opened is not None:
                # ("... yesterday, on the first day of a ... tea culture week": its first day
                # the day told before the phrase)
                event["date"], event["date_text"] = opened["date"], opened["text"]
            last = (
                _last_day(until[-1], event["date"])
                if until
                and _single_day(event)
                and (event["date"], event["date_text"]) != (until[-1]["date"], until[-1]["text"])
                # ("signed ... yesterday, on the first day of a ... week ... that runs until
                # Friday": the run is the gathering's, told between, not the signing's)
                and not (
                    event["type"] != "conference"
                    and any(
                        trigger.end() <= other.start() < until[-1]["start"] - s
                        for t, other in found
                        if t == "conference"
                    )
                )
                else None
            )  # (an event dated by the "until" day itself is not a run from it)
            if last is not None and last > event["date"]:
                event["end_date"] = last  # "opens on Monday (through Tuesday)"
            if etype == "signing":  # a signing carries the agreement counts of its sentence
                counted = [
                    f for f in figures if f["kind"] == "agreement_count" and s <= f["start"] < e
                ]
                event["figures"] = [(f["start"], f["end"]) for f in counted]
                event["counted"] = frozenset(f["value"] for f in counted) or (
                    frozenset({1.0}) if _one_signed(sentence, trigger) else frozenset()
                )
            # "Earlier on Wednesday, Lau met with ...": another happening of that day
            event["sequel"] = bool(_SEQUEL.match(sentence))
            # "A media session will be held after the ceremony": another gathering that day
            event["beside"] = (
                bool(_HELD_BESIDE.search(sentence, 0, trigger.start() + 60))
                or (
                    # "At a promotion conference held the same afternoon": one more gathering
                    isinstance(trigger, _NounMatch)
                    and _A_BEFORE.search(sentence, max(0, trigger.start() - 40), trigger.start())
                    is not None
                    and _held_same_day(sentence, trigger) is not None
                )
                or (
                    # "Three other deals ... were signed the same day": more deals, signed apart
                    etype == "signing"
                    and _OTHER_DEALS.search(sentence, 0, trigger.start()) is not None
                )
                # ("On the same day the council will host a networking lunch": one more
                # happening of the day told before, beside it)
                or (event["rule"] == "event.frame_date" and _opens_same_day(sentence))
            )
            # "It starts next month": a pronoun's launch is one told already, or next
            event["pronoun"] = bool(_PRONOUN_SUBJECT.fullmatch(sentence, 0, trigger.start()))
            # (a headline's line: "Binzhou to host Macau youth study tour in 2027 - Binzhou
            # Daily", over the snippet that tells the same tour "next July")
            event["headline"] = _HEADLINE_LINE.fullmatch(sentence.strip()) is not None
            # (a party's return with no trip told before it: the trip's one known day)
            event["return"] = _returns(sentence, trigger)
            events.append(event)
            if event["rule"] == "event.sentence_date" and _single_day(event):
                frame = _on_day(event["date"], event["date_text"])
            elif event["rule"] == "event.frame_date" and _single_day(event):
                also_frame = _on_day(event["date"], event["date_text"])
    # "The delegation flies home tomorrow" told before the trip it ends (an archive's newest
    # post first): that trip's last day, no trip of its own; so is "The delegation is back
    # from Hong Kong" told in the days after it
    events = [
        ev
        for ev in events
        if not (
            ev.get("return")
            and _is_day(ev["date"])
            and any(
                other is not ev
                and other["type"] == "visit"
                and other["end_date"]
                and other["date"] <= ev["date"] <= _days_after(other["end_date"], _BACK_WITHIN)
                for other in events
            )
        )
    ]
    events += _counted_gatherings(text, sentences, dates, places, events)
    events += _column_days(text, dates, events)
    programme = _programme_event(text, sections, places) or _schedule_event(text, dates, places)
    if programme is not None:
        events = [ev for ev in events if not _programme_again(text, ev, programme)]
        events.insert(0, programme)
    signed = _instrument_signed(text, pub, events)
    if signed is not None:
        events.insert(0, signed)
    if called_off:
        # "CANCELLATION NOTICE" over "... Matching Session (Macao, 3 December 2026)": the
        # gathering a heading names on the day the body says is called off is no event
        events = [
            ev
            for ev in events
            if not any(
                ev["date"] == day and ev["trigger"].lower() in sentence
                for sentence, day in called_off
            )
        ]
    day = pub.get("date")
    for ev in events:
        if day and ev["date"] > day[: len(ev["date"])]:
            ev["status"] = "planned"  # dated after the article: not yet happened
        elif day and ev["date"] < day[: len(ev["date"])]:
            # dated before it: "The purpose of the visit is to hold talks on the farm agreed
            # under the framework agreement signed in Macao on 21 October" (a past signing)
            ev["status"] = "reported"
    return _merge(events, places, text)


# "Two public sessions will be held:" over "(a) Wednesday, 4 November 2026, ..." and "(b)
# ...", or "Two forums will be held, on 4 and 18 November": gatherings counted, each then
# told by its day
_COUNTED_HELD = recache.compile(
    r"\b(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[2-6])[^\S\n]+"
    r"(?P<what>(?:[\w'’-]+[^\S\n]+){0,3}?[\w'’-]+)[^\S\n]+"
    r"(?:will[^\S\n]+be|are[^\S\n]+to[^\S\n]+be|are|were|have[^\S\n]+been)[^\S\n]+"
    r"(?:held|hosted|organi[sz]ed|staged|run|arranged|scheduled|planned)\b"
    r"(?:[^\S\n]+as[^\S\n]+follows)?(?P<colon>[^\S\n]*:)?"
)
# ... or told active, then each by its day or month: "have run two joint roadshows, in
# Bangkok in March 2026 and in Jakarta in September 2026"
_COUNTED_RUN = recache.compile(
    r"\b(?:held|hosted|organi[sz]ed|staged|run|ran)[^\S\n]+"
    r"(?P<n>two|three|four|five|six|[2-6])[^\S\n]+"
    r"(?P<what>(?:[\w'’-]+[^\S\n]+){0,3}?[\w'’-]+)(?P<colon>[^\S\n]*:)?(?=[^\S\n]*[,:])"
)
_NEWLINE_AFTER = recache.compile(r"[^\S\n]*\n")
# a list's item mark: "(a)", "b.", "1)", "-", "•"
_ITEM_MARK = recache.compile(rf"[ \t]*{ITEM_MARK}[ \t]*")


def _counted_gatherings(
    text: str, sentences: list[tuple[int, int]], dates: ByStart, places: ByStart, told: list[dict]
) -> list[dict]:
    """Gatherings told as a count, then each by its day: 'Two public sessions will be
    held:' over a list's items '(a) Wednesday, 4 November 2026, 3:00 pm, Central Government
    Offices' and '(b) ...' (or the days in the same sentence; or the months, after an
    active verb: 'have run two joint roadshows, in Bangkok in March 2026 and in Jakarta in
    September 2026'). One event of the plural noun's type a day, when the days are as many
    as the count says; none otherwise."""
    out: list[dict] = []
    for s, e in sentences:
        m = _COUNTED_HELD.search(text, s, e)
        run = m is None and (m := _COUNTED_RUN.search(text, s, e)) is not None
        if m is None:
            continue
        # (the longest name: "public sessions" before "sessions")
        nouns = [
            (etype, f)
            for etype, pattern in _triggers()["plural_nouns"]
            if (f := pattern.search(text, m.start("what"), m.end("what"))) is not None
            and f.end() == m.end("what")
        ]
        if not nouns:
            continue
        noun = min(nouns, key=lambda n: n[1].start())
        items: list[tuple[int, int]] = []
        listed = m.group("colon") is not None and _NEWLINE_AFTER.match(text, m.end()) is not None
        if listed:
            at = text.index("\n", m.end()) + 1
            while at < len(text):  # the items, a line each, up to the first line that is none
                line_end = text.find("\n", at)
                line_end = len(text) if line_end == -1 else line_end
                if at == line_end or not _ITEM_MARK.match(text, at):
                    break
                items.append((at, line_end))
                at = line_end + 1
        else:
            items = [(d["start"], d["end"]) for d in dates.within(m.end(), e) if d["date"]]
        days = [
            (a, b, when[0])
            for a, b in items
            if (when := [d for d in dates.within(a, b) if d["date"]])
            and (when[0]["precision"] == "day" or (run and when[0]["precision"] == "month"))
        ]
        if len(days) != len(items) or len(days) != parse_number(m.group("n")):
            continue
        etype, trigger = noun
        # (in a sentence, each day's place is the last told before it: "in Bangkok in March
        # 2026 and in Jakarta in September 2026"; else the one before that)
        told_from, where = m.end(), places.within(s, e)[:1]
        for a, b, when in days:
            if not listed:
                where, told_from = places.within(told_from, a)[-1:] or where, b
            if any(ev["type"] == etype and ev["date"] == when["date"] for ev in [*told, *out]):
                continue
            span = (a, b) if listed else (s, e)
            if listed:
                where = places.within(*span)
            out.append(
                _block_event(
                    etype,
                    when,
                    None,
                    trigger,
                    where[0]["name"] if where else None,
                    "event.counted_list",
                    [span],
                    1,
                )
            )
    return out


# "the talks that led to round-the-clock clearance ... from January 2003"
_LED_TO = recache.compile(
    r"\s+(?:that|which)\s+(?:(?:eventually|finally|ultimately|later)\s+)?"
    r"(?P<verb>(?:led|paved\s+the\s+way)\s+to)\b",
    re.I,
)
_STARTING = recache.compile(r"\b(?:from|since|starting|beginning)\s+\S")


def _outcomes(sentence: str, found: list[tuple[str, MatchLike]]) -> list[tuple[str, MatchLike]]:
    """A happening 'that led to' another, the date told after: the date is the outcome's,
    and so is the event (typed by its noun; a start told with 'from' is a launch)."""
    out: list[tuple[str, MatchLike]] = []
    for etype, m in found:
        led = _LED_TO.match(sentence, m.end())
        if led is None:
            out.append((etype, m))
            continue
        rest = sentence[led.end() : led.end() + 100]
        noun = _first_noun(rest)
        kind = noun[0] if noun else "launch" if _STARTING.search(rest) else "other"
        out.append((kind, Found(sentence, led.start("verb"), led.end("verb"))))
    return out


# "in 1980, the year the city became a special economic zone": what that year saw
_THE_YEAR_CLAUSE = recache.compile(
    r"(?<=\d{4}),\s+the\s+(?:same\s+)?year\s+(?:that\s+|when\s+|in\s+which\s+)?"
    r"(?P<clause>[^,;.]{6,120})"
)
_CLAUSE_VERB = recache.compile(r"\b(?:became|began|won|took|came|rose|fell|[a-z]{3,}ed)\b")


def _opener_event(
    sentence: str, s: int, found: list[tuple[str, MatchLike]], own: list[dict]
) -> list[tuple[str, MatchLike]]:
    """The happening an opening clause says the sentence follows, told with its own date
    ("Following our phone call yesterday, ..."; "After talks in Zhuhai on Monday, ..."): an
    event of its own, typed by its noun."""
    opener = _AFTER_OPENER.match(sentence)
    if opener is None or any(m.start() < opener.end() for _, m in found):
        return []
    if not any(d["date"] and d["start"] - s < opener.end() for d in own):
        return []
    noun = _first_noun(opener.group())
    return [] if noun is None else [noun]


# a later clause of the sentence: ", and Vice Mayor Chen said ...", "; the bureau will ..."
_NEXT_CLAUSE = recache.compile(r",\s+and\s+|;\s+")
# "At the event, ...": an occasion told before opens the sentence
_AT_THE_OCCASION = recache.compile(
    r"[^\S\n]*(?:At|During)[^\S\n]+(?:the|this|that)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}?"
    r"[\w'’-]+,"
)


def _later_clause(
    sentence: str, etype: str, trigger: MatchLike, leads: list[tuple[str, MatchLike]]
) -> int | None:
    """Where a later clause of the sentence opens, when a happening of another type is told
    in it (its dates are that happening's), else None."""
    clause = _NEXT_CLAUSE.search(sentence, trigger.end())
    if clause is None or not _AT_THE_OCCASION.match(sentence):
        return None
    if any(t != etype and m.start() >= clause.end() for t, m in leads):
        return clause.start()
    return None


# "will visit Cyberport on Wednesday, then HKUST on Thursday": after the first place's day,
# "and" or "then" and the second place, its day right after it
_SECOND_LEG = recache.compile(
    r"[^\S\n]*,?[^\S\n]+(?=(?:and|then)\b)(?:and[^\S\n]+)?(?:then[^\S\n]+)?"
    r"(?:(?:on[^\S\n]+)?to[^\S\n]+)?"
    r"(?P<leg>(?:the[^\S\n]+)?[A-Z][\w&'’.-]*(?:[^\S\n]+(?:(?:of|and|for|&)[^\S\n]+)?"
    r"[A-Z][\w&'’.-]*){0,7})[^\S\n]*,?[^\S\n]*"
)


def _second_legs(
    sentence: str, s: int, found: list[tuple[str, MatchLike]], own: list[dict]
) -> list[tuple[str, MatchLike]]:
    """The second place a visit's verb or noun takes, with a day of its own after 'and' or
    'then' ('will visit Cyberport on Wednesday, then HKUST on Thursday', 'delegation
    visiting Cyberport this morning and HKUST tomorrow'): a visit of its own that day, the
    place its trigger (the first keeps the first day)."""
    visits = [m for etype, m in found if etype == "visit"]
    if not visits:
        return []
    days = sorted(
        (d for d in own if d["date"] and d["precision"] == "day" and not d["end_date"]),
        key=lambda d: d["start"],
    )
    out: list[tuple[str, MatchLike]] = []
    for first, second in pairwise(days):
        if first["start"] - s < visits[0].end():
            continue
        leg = _SECOND_LEG.fullmatch(sentence, first["end"] - s, second["start"] - s)
        if leg is not None:
            out.append(("visit", Found(sentence, *leg.span("leg"))))
    return out


# a same-day phrase right after an opening gathering: "At a matchmaking meeting that
# afternoon, ..."
# (one "held the same evening" is read as held: see _held_same_day)
_SAME_DAY_AT = recache.compile(
    r"\A[^\S\n]*(?:At|During)[^\S\n]+an?[^\S\n]+(?:(?!held\b|hosted\b|staged\b)[^,;.\n]){3,60}?"
    r"[^\S\n]+(?:that|the\s+same)[^\S\n]+(?:morning|afternoon|evening|day|night),"
)
# "On Tuesday, at a matchmaking session attended by about 60 companies, ...": a gathering
# the sentence brings in ("a", never "the", one told before) as the place of what it tells
_AT_A_GATHERING = recache.compile(
    r"[\"“‘]?(?:[^,;.\n]{1,40},[^\S\n]+)?(?i:at|during)[^\S\n]+(?P<art>an?|the)[^\S\n]"
    r"(?P<phrase>[^,;.\n]{3,120}),"
)


def _at_new_gathering(
    sentence: str, found: list[tuple[str, MatchLike]], borrowed: bool = False
) -> list[tuple[str, MatchLike]]:
    """``found``, with the gathering an opening clause brings in as the occasion of the
    sentence's signing an event of its own ('On Tuesday, at a matchmaking session attended
    by about 60 companies, the district signed three agreements': a conference on the
    sentence's day), not a noun beside the verb. A ceremony is the signing's own (a
    'signing ceremony'), no gathering besides it. (Only in a sentence with a date of its
    own: 'At a matchmaking event held in the afternoon, ...' takes the day told before; with
    ``borrowed``, 'At a matchmaking meeting that afternoon, ...', the gathering takes it too.)
    After 'the', only a gathering named by its capitalised noun ('At the Chongqing-Hong
    Kong Logistics Cooperation Forum yesterday, ...'; 'at the forum' points back)."""
    m = _AT_A_GATHERING.match(sentence)
    if m is None or not any(t == "signing" and x.start() >= m.end() for t, x in found):
        return found
    named = m.group("art").lower() == "the"
    return [
        (t, Found(sentence, x.start(), x.end()) if borrowed else _NounMatch(x))
        if (
            type(x) is _OtherNoun
            and t == "conference"
            and m.start("phrase") <= x.start() < m.end("phrase")
            and not _CEREMONY_WORD.search(x.group())
            and (not named or x.group()[:1].isupper())
        )
        else (t, x)
        for t, x in found
    ]


_CEREMONY_WORD = recache.compile(r"(?i)\bceremony\b")


def _year_clause(sentence: str, found: list[tuple[str, MatchLike]]) -> list[tuple[str, Found]]:
    """The happening a year is named by, told after it: an event of its own (typed by
    its trigger, when it has one, which the sentence's search has found already)."""
    m = _THE_YEAR_CLAUSE.search(sentence)
    if m is None or any(m.start("clause") <= t.start() < m.end("clause") for _, t in found):
        return []
    verb = _CLAUSE_VERB.search(sentence, m.start("clause"), m.end("clause"))
    return [] if verb is None else [("other", Found(sentence, verb.start(), verb.end()))]


# a clause after a semicolon, up to the next one
_SEMI_CLAUSE = recache.compile(r";[^\S\n]+(?P<clause>[^;]+)")


def _noun_clause(sentence: str, found: list[tuple[str, MatchLike]]) -> Found | None:
    """A note's verbless clause after a semicolon, headed by an event noun within its
    first three words and dated ('Agreed to set up a joint task force ...; first meeting in
    Dongguan in the first quarter of 2027'), after a trigger of another kind: the clause
    (its noun's span) is a happening of its own, with the clause's date."""
    if not found:
        return None
    for m in _SEMI_CLAUSE.finditer(sentence, found[0][1].end()):
        a, b = m.span("clause")
        noun = _first_noun(sentence[a:b])
        if (
            noun is not None
            and len(sentence[a : a + noun[1].start()].split()) <= 3
            and _CLAUSE_DATE.search(sentence, a + noun[1].end(), b)
            and not any(a <= t.start() < b for _, t in found)
            and all(etype != noun[0] for etype, _ in found)
        ):
            return Found(sentence, a + noun[1].start(), a + noun[1].end())
    return None


def _clause_noun_event(sentence: str, found: list[tuple[str, MatchLike]]) -> list:
    """The happening of a dated noun clause after a semicolon (see ``_noun_clause``)."""
    noun = _noun_clause(sentence, found) if ";" in sentence else None
    typed = _first_noun(noun.group()) if noun is not None else None
    return [] if typed is None else [(typed[0], _NounMatch(noun))]


_RELATIVE_HEADING = recache.compile(r"(?i)today|tonight|tomorrow|yesterday")


def _column_days(text: str, dates: ByStart, events: list[dict]) -> list[dict]:
    """A register's table whose header names a column of its rows' days by a happening
    ('Agreement signed', 'Date signed', 'Opened'; see ``column_labels``): each row's day
    in that column is that happening, the row its evidence ('1    Macao    Friendship city
    12 May 2010'), unless a sentence of the row told it already; an 'other' happening a
    row's line gave on that day is this one (dropped from ``events``)."""
    if "  " not in text and "\t" not in text and "|" not in text:
        return []  # (no wide gap, tab or bar: no line of three cells, no table)
    labels = _triggers()["column_labels"]

    def typed(cell: str) -> str | None:
        return next((etype for etype, p in labels if p.fullmatch(cell)), None)

    told = {(ev["type"], ev["date"]) for ev in events}
    out: list[dict] = []
    lines = list(NONBLANK_LINE.finditer(text))
    for k, head in enumerate(lines):
        # (a table drawn with bars, "| No. | City | Relations established |", its rows'
        # cells counted, not measured: bars need not line up)
        split = "|" if head.group().count("|") >= 2 else " "
        cells = table_cells(head.group(), split)
        column = next(
            ((j, c, t) for j, c in enumerate(cells) if len(cells) >= 3 and (t := typed(c[1]))),
            None,
        )
        if column is None:
            continue
        j, (at, label), etype = column
        stop = cells[j + 1][0] if j + 1 < len(cells) else 10**6
        below = head.end()
        for row in lines[k + 1 :]:
            if row.start() != below + 1:
                break  # a blank line ends the table
            below = row.end()
            lo, hi = row.start() + at - 2, row.start() + stop
            if split == "|":
                row_cells = table_cells(row.group(), split)
                if len(row_cells) != len(cells):
                    continue
                lo = row.start() + row_cells[j][0]
                hi = lo + len(row_cells[j][1])
            days = [
                d
                for d in dates.within(row.start(), row.end())
                if d["date"] and lo <= d["start"] < hi
            ]
            if len(days) != 1 or (etype, days[0]["date"]) in told:
                continue
            events[:] = [
                ev
                for ev in events
                if not (
                    ev["type"] == "other"
                    and ev["date"] == days[0]["date"]
                    and row.start() <= ev["start"] < row.end()
                )
            ]
            trigger = Found(text, head.start() + at, head.start() + at + len(label))
            spans = [(row.start(), row.end()), (trigger.start(), trigger.end())]
            out.append(
                _block_event(etype, days[0], None, trigger, None, "event.column_day", spans, 1)
            )
    return out


def _programme_event(text: str, sections: list[dict], places: ByStart) -> dict | None:
    """A programme's own event: 'Business Mission to Hefei and Wuhu' above 'Day 1 –
    Sunday, 30 November' ... 'Day 4 – Wednesday, 3 December' is a visit over those days.
    The event noun is the first in the lines above the first day's heading (at most five);
    the days must run forward, two of them at least."""
    days = [sec for sec in sections if sec["heading"] is not None and not sec.get("mail")]
    if any(sec.get("chat") for sec in days) or all(
        DAY_DIVIDER.match(text, text.rfind("\n", 0, sec["heading"][0]) + 1) for sec in days
    ):
        return None  # a chat's messages, each stamped with its day, or under a divider's
        # ("--------------- Monday, November 23, 2026 ---------------"): no programme's days
    # (a note's list may give one day two lines: "Tue 15 Dec: morning, ..." and "Tue 15
    # Dec: 2.30pm, ...")
    if (
        len(days) < 2
        or any(a["date"] > b["date"] for a, b in pairwise(days))
        or days[0]["date"] == days[-1]["date"]
    ):
        return None
    if all(_RELATIVE_HEADING.fullmatch(sec.get("text") or "") for sec in days):
        return None  # a daily's "TODAY" / "TOMORROW" listings: the issue's days, not an event's
    top = text.rfind("\n", 0, days[0]["heading"][0]) + 1
    lines = list(NONBLANK_LINE.finditer(text, 0, top))[:5]
    for m in lines:
        found = _first_noun(m.group())
        if found is None:
            continue
        etype, trigger = found  # (a capitalised noun typed as a name by _first_noun)
        a, b = m.start(), m.end()
        where = _location(text, a, b, trigger, etype, places.within(a, b))
        if where is None and etype == "visit":
            # ("Hami melons go to Macau | my work trip diary": the place the title goes to,
            # before its trip's noun)
            where = next(
                (
                    p["name"]
                    for p in places.within(a, b)
                    if _TO_PLACE.search(text, max(a, p["start"] - 8), p["start"])
                ),
                None,
            )
        spans = [(a, b), days[0]["heading"], days[-1]["heading"]]
        return _block_event(
            etype, days[0], days[-1]["date"], trigger, where, "event.programme", spans, 1
        )
    return None


_TO_PLACE = recache.compile(r"\bto[^\S\n]+(?:the[^\S\n]+)?$")
# "the trip", "our tour", "this mission": the event told already
_DEFINITE_BEFORE = recache.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[Mm]y)[^\S\n]+$")


def _programme_again(text: str, ev: dict, programme: dict) -> bool:
    """Is ``ev`` the programme's own event told again under one of its days ("💰 Cost: the
    trip was HK$4,500" under "Day 3", below "my Shenzhen–Dongguan youth trip")? The same
    type and noun, after "the", "this", "our" or "my", dated by no date of its own sentence
    but by its day's heading."""
    if ev["type"] != programme["type"] or ev["end_date"]:
        return False
    noun = ev["trigger"].lower()
    if (
        noun != programme["trigger"].lower()
        or text.find(ev["date_text"], ev["start"], ev["end"]) != -1
    ):
        return False
    said = text.lower().find(noun, ev["start"], ev["end"])
    return (
        said != -1 and _DEFINITE_BEFORE.search(text, max(ev["start"], said - 12), said) is not None
    )


# A schedule's line: a place, then its day ("Chengdu — Tuesday 5 May, Sichuan Grand
# Theatre"), or the day, then the place ("5 May | Chengdu"); a venue may follow a comma
_SCHEDULE_LEAD = recache.compile(rf"[ \t]*(?:{_WEEKDAY_WORD}\.?,?[ \t]+)?")
_SCHEDULE_GAP = recache.compile(r"[ \t]*[—–:|-]" + _SCHEDULE_LEAD.pattern)
_SCHEDULE_REST = recache.compile(r"[ \t]*(?:[,|·(][^\n.]{0,80})?[ \t]*")


def _schedule_line(text: str, a: int, b: int, dates: ByStart, places: ByStart) -> dict | None:
    """The day of a schedule's line, or None if the line is no such entry."""
    days = [d for d in dates.within(a, b) if d["date"]]
    where = places.within(a, b)
    if len(days) != 1 or days[0]["precision"] != "day" or days[0]["end_date"] or not where:
        return None
    day, place = days[0], where[0]
    if place["start"] < day["start"]:  # the place first
        ok = (
            not text[a : place["start"]].strip()
            and _SCHEDULE_GAP.fullmatch(text, place["end"], day["start"]) is not None
            and _SCHEDULE_REST.fullmatch(text, day["end"], b) is not None
        )
    else:  # the day first
        ok = (
            _SCHEDULE_LEAD.fullmatch(text, a, day["start"]) is not None
            and _SCHEDULE_GAP.fullmatch(text, day["end"], place["start"]) is not None
            and _SCHEDULE_REST.fullmatch(text, place["end"], b) is not None
        )
    return day if ok else None


def _schedule_event(text: str, dates: ByStart, places: ByStart) -> dict | None:
    """A tour's or a roadshow's schedule: two or more lines in a row, each a place and its
    day, the days running forward ('Chengdu — Tuesday 5 May, Sichuan Grand Theatre' ...
    'Kunming — Wednesday 13 May, ...'), under a heading or a headline that names the
    event ('Tour dates'): that event from the first day to the last."""
    lines = list(NONBLANK_LINE.finditer(text))
    k = 0
    while k < len(lines):
        run = []
        while k < len(lines):
            day = _schedule_line(text, lines[k].start(), lines[k].end(), dates, places)
            if day is None or (run and day["date"] <= run[-1][1]["date"]):
                break
            run.append((k, day))
            k += 1
        if len(run) < 2:
            k += 1
            continue
        first = run[0][0]
        # the nearest of the three lines above that names an event, else the headline
        named = (
            (m, found)
            for m in [*reversed(lines[max(0, first - 3) : first]), lines[0]]
            if (found := _first_noun(m.group())) is not None
        )
        heading = next(named, None)
        if heading is None:
            return None
        m, (etype, trigger) = heading
        spans = [(m.start(), m.end()), (lines[first].start(), lines[run[-1][0]].end())]
        # (no one place: the schedule names many)
        return _block_event(
            etype, run[0][1], run[-1][1]["date"], trigger, None, "event.schedule", spans, 1
        )
    return None


# ("Days 2-4: lectures ...": a span of the programme's days)
_DAY_NUMBER = recache.compile(
    r"[^\w\n]{0,6}(?:Days?|DAYS?)[ \t]+(?P<n>\d{1,2})(?:[ \t]*[-–][ \t]*(?P<last>\d{1,2}))?"
    r"[ \t]*[:：–—-]"
)


def _numbered_day(sentence: str, s: int, events: list[dict]) -> list[dict]:
    """A programme's line 'Day 2: Visit to ...' under an event told with a range of days
    (the camp 'Time: 5–7 December 2026'): that day of it, as a date of the line's own;
    'Days 2-4:' those days."""
    m = _DAY_NUMBER.match(sentence)
    # (the programme's own run of days, not an earlier item's "Days 2-4")
    events = [ev for ev in events if not _DAY_NUMBER.match(ev["date_text"] or "")]
    day = _nth_day(events, int(m.group("n"))) if m else None
    if day is None:
        return []
    payload = _on_day(day, m.group())
    if m.group("last"):
        last = _nth_day(events, int(m.group("last")))
        if last is None or last <= day:
            return []
        payload["end_date"] = last
    return [{"start": s, "end": s + m.end(), **payload}]


# the capitalised words of a name before its head noun: "the Guangxi " of "the Guangxi Week"
_NAME_RUN = recache.compile(r"(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for|on|the|&)\s+)*){1,8}$")


def _named_again(text: str, sentence: str, events: list[dict]) -> bool:
    """Does the sentence tell only of happenings events before it told, each by the same
    name and event noun ("the Guangxi Week")?"""
    found = _triggers_in(sentence, None) if events else []
    for _, m in found:
        run = _NAME_RUN.search(sentence, max(0, m.start() - 120), m.start())
        if run is None or not m.group()[:1].isupper():
            return False
        name = re.sub(r"^(?:The|the)\s+", "", sentence[run.start() : m.end()])
        if name == m.group() or not any(name in text[a:b] for ev in events for a, b in ev["spans"]):
            return False
    return bool(found)


def _first_day_told(sentence: str, s: int, trigger: MatchLike, own: list[dict]) -> dict | None:
    """The day a gathering told by its first day ("on the first day of a ... week", the
    trigger its noun) began: the day the sentence tells just before the phrase."""
    if "day of" not in sentence:
        return None  # (most sentences: no search)
    for m in _triggers()["first_day_of"].finditer(sentence):
        if m.end() == trigger.end():
            before = [d for d in own if d["date"] and d["end"] - s <= m.start()]
            return before[-1] if before else None
    return None


def _section_day(sections: list[dict], s: int) -> list[dict]:
    """The date of the dated section (see ``dates.dated_sections``) the sentence at ``s``
    is in, as a date of the sentence's own; empty outside every section."""
    for sec in sections:
        if sec["start"] <= s < sec["end"] and not sec.get("mail"):
            # (an e-mail's day dates what its message says relative to it, not all it says)
            keys = ("date", "end_date", "precision", "text")
            day = {"start": s, "end": s, **{k: sec[k] for k in keys}}
            return [{**day, "chat": True} if sec.get("chat") else day]
    return []


# What may stand before a dateline's date: "HONG KONG,", "(Yicai)", "Nanning,"
_DATELINE_HEAD = recache.compile(r"[ \t]*(?:[(\[]?[A-Z][\w.'’/&-]*[)\]]?,?[ \t]+){0,5}")
_DATELINE_TAIL = recache.compile(r",?[ \t]*(?:[(/][\w .'’/&-]{1,30}[)/][ \t]*)?(?:--|–|—|-)[ \t]")


def _masthead(text: str, d: dict, pub: dict, datelines: set[int]) -> bool:
    """Is the date the article's own (its publication date's line, or a dateline such as
    "(Yicai) Sept. 12 -- ")? It tells when the story was filed, not when things happened.
    ``datelines`` (from ``_datelines``): a story has one; bare dates opening two or more
    lines are a chronicle's entries ("18 January – The Chamber's new board ..."), none a
    masthead."""
    # (the stamp as the text holds it, whatever spaces it was read with: "Posted on&nbsp;16
    # November 2026")
    if (
        pub.get("start", -1) <= d["start"] < pub.get("end", -1)
        and text[pub["start"] : pub["end"]].split() == (pub.get("text") or "").split()
    ):
        return True
    # (or another stamp of the page's day, a sentence of its own: the page's foot,
    # "Sources: ... Published 4 December 2026.", when its head's "published 4 December
    # 2026" dates it; a list's "Released 30 June 2026." of another day is a cited work's)
    return d["start"] in datelines or (
        d["date"] == pub.get("date")
        and _STAMP_BEFORE.search(text, max(0, d["start"] - 30), d["start"]) is not None
    )


# a stamp's word opening its sentence right before its day: "Published 4 December 2026.",
# "Updated: 3 Dec 2026" (never "The bureau published ...")
_STAMP_BEFORE = recache.compile(
    r"(?:^|(?<=[.!?][^\S\n])|(?<=[.!?][^\S\n]{2}))[^\S\n]*(?:Published|Posted|Updated|Released|Issued)"
    r"(?:[^\S\n]+on)?[^\S\n]*:?[^\S\n]*$",
    re.M,
)


def _edit_log(text: str, dates: list[dict]) -> list[tuple[int, int]]:
    """The lines of a page's change log: under a line that holds only one of the data's
    'history_headings' ("Change log", "Revision history", perhaps underlined), each line
    that opens with its day, up to the first line that does not."""
    headings = list(_triggers()["history_heading"].finditer(text))
    if not headings:
        return []  # (most texts: no set of the days' starts to build)
    opens = {d["start"] for d in dates if d["date"]}
    spans: list[tuple[int, int]] = []
    for m in headings:
        at = m.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end == -1 else end
            line = text[at:end]
            if line.strip() and not RULE_LINE.fullmatch(line):
                if at + len(line) - len(line.lstrip(" \t-*•")) not in opens:
                    break
                spans.append((at, end))
            at = end + 1
    return spans


def _datelines(text: str, dates: list[dict]) -> set[int]:
    """Where the dates that are datelines start (see ``_masthead``): every one after a
    place or source ("HONG KONG, July 1 (Reuters) -"); one with nothing before it ("18
    January – ...") only when it is the only such line of the text."""
    headed, bare = set(), set()
    for d in dates:
        if d["precision"] == "year":
            continue  # a year opening a line heads a chronology's item; no story's filing
        line = text.rfind("\n", 0, d["start"]) + 1
        head = _DATELINE_HEAD.fullmatch(text, line, d["start"])
        if head and _DATELINE_TAIL.match(text, d["end"]):
            (headed if text[line : d["start"]].strip() else bare).add(d["start"])
    return headed | bare if len(bare) == 1 else headed


def _closes(sentence: str, trigger: MatchLike) -> bool:
    """Is the event noun the subject of a closing verb ('The fair closes on June 19'), or a
    party's noun the subject of a return ('The delegation flew back this morning': its
    trip's last day)?"""
    if not isinstance(trigger, _NounMatch):
        return False
    trig = _triggers()
    if trig["close_verbs"].search(sentence, trigger.end(), trigger.end() + 60) is not None:
        return True
    return _returns(sentence, trigger)


# how many days after a trip's end its party may be told to be back from it
_BACK_WITHIN = 7


def _days_after(iso: str, days: int) -> str:
    """The day ``days`` after the ISO day ``iso`` (``iso`` itself when it is no day)."""
    if not _is_day(iso):
        return iso
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def _returns(sentence: str, trigger: MatchLike) -> bool:
    """Is a party's noun the subject of a return ('The delegation flies home tomorrow')?"""
    trig = _triggers()
    return (
        trigger.group().lower() in trig["party_nouns"]
        and trig["return_verbs"].search(sentence, trigger.end(), trigger.end() + 24) is not None
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "his", "her"})


def _close_earlier(
    text: str,
    events: list[dict],
    closing: dict,
    span: tuple[int, int],
    noun: str,
    before: str,
) -> bool:
    """Give the latest single-day event of the same type, some days before, its end date:
    the latest told with the closing noun's modifier (or the full name of a body it is the
    acronym of), else with the noun, else any ('The NPC session is scheduled to close on
    March 11' ends the session of the National People's Congress, not the CPPCC's session
    nor a delegation's meeting told after it)."""
    day = closing["date"]
    if closing["end_date"] is not None or not _is_day(day):
        return False
    same = [ev for ev in events if ev["type"] == closing["type"] and ev["end_date"] is None]

    def told_with(forms: set[str]) -> list[dict]:
        if not forms:
            return []
        pattern = re.compile(rf"\b(?:{'|'.join(re.escape(f) for f in forms)})\b", re.I)
        return [ev for ev in same if pattern.search(text, ev["start"], ev["end"])]

    forms = {m for m in before.split()[-1:] if m.lower() not in _DETERMINERS}
    forms |= {name for m in forms for name in _known_body_names().get(m, ())}
    # (else the latest that "opened": a fair's opening ceremony is over the same day)
    told = (
        told_with(forms)
        or told_with({noun})
        or [ev for ev in same if ev["trigger"].lower() in _STARTED]
    )
    for ev in reversed(told[-1:] or same):
        if not _is_day(ev["date"]):
            continue
        gap = (date.fromisoformat(day) - date.fromisoformat(ev["date"])).days
        if 0 < gap <= 31:
            ev["end_date"] = day
            ev["spans"].append(span)
            return True
        return False
    return False


_SAID_THAT = recache.compile(
    # ("I read last month that a direct coach ... would start": what one read or heard)
    r"\b(?:said|says|told|announced|stated|noted|added|reported|wrote|read|heard|learned|learnt)"
    r"\b[^.;]{0,120}?\bthat\b",
    re.I,
)
# the words a plan is told with before "to": "is expected to", "due to", "set to"
_SLATED = r"(?:expected|scheduled|set|due|slated)"
_TO_COME = recache.compile(
    r"\b(?:would|will|could|(?-i:may)|might|should|plans?\s+to|planned\s+to|is\s+to|are\s+to|"
    r"aims?\s+to|"
    rf"{_SLATED}\s+to|(?:expected|scheduled|due|slated)\s+(?:in|by|for)|"
    r"(?:agreed|agrees|decided|pledged|vowed|promised)\s+to)\b",
    re.I,
)


_TOLD = recache.compile(r"\b(?:told|addressed|briefed|assured|informed)\b", re.I)
# a time of day: "4pm", "4:40pm", "2.30 p.m.", "17:45"
_CLOCK = recache.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?[^\S\n]*(?P<ap>[ap]\.?m\b\.?)?", re.I
)
_AT_CLOCK = recache.compile(
    r"\b(?:at|from|since|until|by)[^\S\n]+(?P<t>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?[^\S\n]*"
    r"[ap]\.?m\b\.?|(?:[01]?\d|2[0-3]):[0-5]\d)",
    re.I,
)


def _minutes(clock: str) -> int | None:
    """Minutes after midnight of a time of day ("4:40pm" -> 1000), None if it is none."""
    m = _CLOCK.fullmatch(clock.strip())
    if m is None or (m.group("m") is None and m.group("ap") is None):
        return None
    hour = int(m.group("h"))
    if m.group("ap"):
        if hour > 12:
            return None
        hour = hour % 12 + (12 if m.group("ap")[0].lower() == "p" else 0)
    return hour * 60 + int(m.group("m") or 0)


def _stamp_minutes(text: str, pub: dict) -> int | None:
    """The hour a text is stamped with on its publication line ("Issued by ... at 17:45
    HKT, 14 September 2026"), in minutes; None when the line gives none."""
    if not pub.get("date") or pub.get("start") is None:
        return None
    a = text.rfind("\n", 0, pub["start"]) + 1
    b = text.find("\n", pub["end"])
    line = text[a : len(text) if b == -1 else b]
    for m in _CLOCK.finditer(line):
        if m.group("m") is not None or m.group("ap"):
            return _minutes(m.group())
    return None


def _past_clock(sentence: str, s: int, stamped_at: int, since: int = 0) -> dict | None:
    """A time of day the sentence tells a happening at, before the hour the text is
    stamped with (and not before ``since``), in a clause told in the past ("were suspended
    from 3pm"; "At 10:30 Lee and Sun witnessed the signing of four agreements, including one
    on a centre to open in 2028"): a date of the stamp's day, in the shape of a date payload
    (its day filled in by the caller)."""
    for m in _AT_CLOCK.finditer(sentence):
        at = _minutes(m.group("t"))
        if at is None or not since <= at <= stamped_at:
            continue
        a, b = _clause_around(sentence, m.start(), m.end(), _COMMA_OR_SEMICOLON)
        clause = sentence[a:b]
        if sentence_tense(clause) != "past" or _triggers()["planned"].search(clause):
            continue  # ("hosts a business matching session from 10am" under "TOMORROW")
        return {"start": s + m.start(), "end": s + m.end(), "text": m.group()}
    return None


# a session's fields, its start and its end the same day: "Start: 2026-11-20 19:30
# End: 2026-11-20 23:05"
_SESSION = recache.compile(
    r"(?im)^[^\S\n]*(?:start|started|start[^\S\n]+time)[^\S\n]*:[^\S\n]*"
    r"(?P<day>(?:19|20)\d{2}-\d{2}-\d{2})[ T](?P<from>\d{1,2}:\d{2})\b[^\n]{0,40}?"
    r"\b(?:end|ended|end[^\S\n]+time)[^\S\n]*:[^\S\n]*(?:(?P=day)[ T])?(?P<to>\d{1,2}:\d{2})\b"
)


class _Session(NamedTuple):
    """A session's day, its start and end in minutes, and where its fields end."""

    day: str
    start: int
    end: int
    fields_end: int


def _session_window(text: str) -> _Session | None:
    """A session's fields ("Start: 2026-11-20 19:30  End: 2026-11-20 23:05", a live
    session's report); None if the text holds none."""
    m = _SESSION.search(text) if "tart" in text else None
    if m is None:
        return None
    a, b = _minutes(m["from"]), _minutes(m["to"])
    if a is None or b is None or b <= a:
        return None
    return _Session(m["day"], a, b, m.end())


_ARRIVED_NOW = recache.compile(r"\b(?:has|have)\s+(?:just\s+)?(?:arrived|landed)\s+in\b", re.I)
# "today announced that it has signed ...": the day of the telling, not of the signing
_ANNOUNCED_PERFECT = recache.compile(
    r"\b(?:announced|said|confirmed|disclosed|revealed)\b[^.;]*?\bthat\s+(?:[\w-]+\s+){1,4}?"
    r"(?:has|have|had)\s+(?:\w+ly\s+)?$",
    re.I,
)
_THAT = recache.compile(r"\s(?:that)\s", re.I)


def _told_that(sentence: str, trigger: MatchLike) -> int | None:
    """'Wang told a banquet that investment grew last year': an event noun spoken to, whose
    'that' opens what was said; returns where that begins, else None."""
    if not isinstance(trigger, _NounMatch):
        return None
    if _TOLD.search(sentence, max(0, trigger.start() - 40), trigger.start()) is None:
        return None
    m = _THAT.search(sentence, trigger.end(), trigger.end() + 120)
    return m.end() if m else None


# a saying after an event noun, and the day it was said on if told ("Ma said on Monday")
_SAID_AFTER = recache.compile(
    r"\b(?:said|says|told|noted|stressed|added|stated)\b(?!\s*,)"
    r"(?:\s+(?:on\s+)?(?:\w+day|yesterday|today|this\s+\w+)\b)?",
    re.I,
)


def _said_after(sentence: str, trigger: MatchLike) -> int | None:
    """'At a dinner hosted by the provincial government, Ma said trade had reached US$9.7
    billion last year': what is said after an event noun is dated by its own words, not
    the noun's; returns where it begins (after the day of the saying, if one is told).
    Not when what is said names an event ('Lau said ... during talks in Shenzhen last
    Friday': the talks may be the noun's)."""
    if not isinstance(trigger, _NounMatch):
        return None
    m = _SAID_AFTER.search(sentence, trigger.end())
    if m is None or _first_noun(sentence[m.end() :]) is not None:
        return None
    return m.end()


def _told_before(sentence: str, trigger: MatchLike) -> int | None:
    """Where a clause told after 'said/announced ... that' begins, when the trigger is in
    it; else None."""
    last = None
    for m in _SAID_THAT.finditer(sentence, 0, trigger.start()):
        last = m.end()
    return last


def _reported_future(sentence: str, trigger: MatchLike) -> int | None:
    """'X said at a press conference on Monday that the city would open ...': where the
    reported future begins (after 'that'), when the trigger is in it; else None."""
    for m in _SAID_THAT.finditer(sentence, 0, trigger.start()):
        # (the trigger may hold the future itself: "that Mr Ho will be appointed")
        if _TO_COME.search(sentence, m.end(), trigger.end()):
            return m.end()
    return None


_HELD = (
    r",?\s+(?:(?:which|that)\s+(?:was|is|will\s+be)\s+)?"
    rf"(?:{_HELD_WORDS}|organi[sz]ed|opened|launched|taking\s+place)"
)
# "the Conference held on August 12" ("on Wednesday": a weekday's date holds its "on")
# (its place told before "held" too: "last year's conference in Nanning, held on 8 November")
_IN_PLACE = r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
_HELD_ON = recache.compile(_IN_PLACE + _HELD + _IN_PLACE + r"(?:\s+(?:on|in|from))?\s+")
_HELD_THEN = recache.compile(_HELD + r"\s+")


def _name_end(sentence: str, noun: MatchLike) -> int:
    """Where the event's name ends: after a generic noun that follows the event noun ('a
    matchmaking event held on May 12')."""
    generic = _triggers()["generic_after"].match(sentence, noun.end())
    return generic.end() if generic is not None else noun.end()


def _held_same_day(sentence: str, noun: MatchLike) -> MatchLike | None:
    """'At the ... Matchmaking Session held the same afternoon': the venue is named with a
    day told by another event; the phrase that tells it."""
    held = _HELD_THEN.match(sentence, _name_end(sentence, noun))
    if held is None:
        return None
    day = _triggers()["same_day"].search(sentence, held.end(), held.end() + 30)
    return day if day is not None and day.start() == held.end() else None


_PURPOSE = recache.compile(r"\bto\s+(?:co-)?[a-z]+\s+(?:a|an|the|its|their)\s+")


def _purpose_at(sentence: str, trigger: MatchLike) -> int | None:
    """Where a purpose that names an event of its own begins after the trigger ('signed an
    agreement ... to co-host a lighting design week in Hong Kong next April'): the dates
    after it are that event's, not the trigger's."""
    for m in _PURPOSE.finditer(sentence, trigger.end(), trigger.end() + 80):
        found = _first_noun(" ".join(sentence[m.end() :].split()[:5]))
        if found is not None:
            return m.start()
    return None


def _purpose_day(
    sentence: str, trigger: MatchLike, leads: list[tuple[str, MatchLike]], resolved: list[dict]
) -> dict | None:
    """The day of a signing or a meeting that a visit told with one day is for ('visits the
    University of Macau on Thursday to sign a ... memorandum', 'will travel to Busan on
    Saturday to hold talks'): that day, the sentence's only date. (A trip over days is for
    what happens on one of them, which the purpose does not tell.)"""
    before = [(t, m) for t, m in leads if m.end() <= trigger.start()]
    if (
        len(resolved) != 1
        or not _is_day(resolved[0]["date"])
        or resolved[0]["end_date"]
        or not before
        or max(before, key=lambda b: b[1].start())[0] != "visit"
        or not _TO_BEFORE.search(sentence, max(0, trigger.start() - 8), trigger.start())
    ):
        return None
    return resolved[0]


_PAST_VERB = recache.compile(
    r"(?:ed|met|held|led|sent|took|went|made|began|won|brought|paid)$", re.I
)
_FUTURE_AFTER = recache.compile(rf"\b(?:will|plans?\s+to|(?:(?:is|are)\s+)?{_SLATED}\s+to)\s")
# ("..., aimed at putting Macao tour groups on the Silk Road by next spring": an aim's
# clause, its date the aim's)
_ING_ADJUNCT = recache.compile(
    r"\b(?:before|after)\s+[a-z]{2,}ing\b|,\s+(?:aimed\s+at|aiming\s+(?:at|to)|designed\s+to"
    r"|intended\s+to|in\s+a\s+bid\s+to|with\s+(?:the\s+aim|a\s+view)\s+(?:of|to))\b"
)


def _is_trip_purpose(sentence: str, trigger: MatchLike) -> bool:
    """Is the trigger what a trip is for ('to attend the Expo')?"""
    return trigger.group().lower() in _triggers()["trip_purposes"] and bool(
        _TO_BEFORE.search(sentence, max(0, trigger.start() - 8), trigger.start())
    )


_COMMA_BEFORE = recache.compile(r",\s+$")
_WILL_BE_IN = recache.compile(
    r"\b(?:will\s+be|(?P<past>was|were))\s+in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
# (a stay told in the past, "Our team was in Macao from Tuesday to Friday", holds its days
# right after the place: never "Sales were in Hong Kong dollars")
_STAY_DAYS = recache.compile(r"\s+(?:from|between|for\s+(?:\w+\s+)?days|last|on)\b")


def _opens_with_place(words: str) -> bool:
    """Do the capitalised words after "be in" or "came to" open with a place the gazetteer
    knows ("Hong Kong from", "Macao")?"""
    split = words.split()
    return any(" ".join(split[:k]) in gazetteer()[1] for k in range(len(split), 0, -1))


# "Mr Zhong last came to Hong Kong in April 2025": a trip to a place the gazetteer knows
# (never an amount in its currency: "exports came to US$42 million")
_CAME_TO = recache.compile(
    r"\b(?P<verb>came|comes|come)\s+(?:back\s+)?to\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?![\w'’$-])"
)
# "40 pupils from Macao went to Foshan, a city in ...": a trip to a place the gazetteer
# knows, told with the plainest verb, when the place stands alone (not "will go to Macao
# charities", the place only naming what is given)
_WENT_TO = recache.compile(
    r"\b(?P<verb>went|goes|go|going)\s+(?:back\s+)?to\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|on|in|for|and|from|at|by|with|where|last|this|next|"
    r"early|late|during|after|before|until|via|\d))"
)
_SENTENCE_OPEN = recache.compile(r"(?:^|[.!?])\s*$")
_HOURS_CHANGED = recache.compile(
    r"\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:instead\s+of|rather\s+than)\b",
    re.I,
)
_ONE_WORD_CLOSE = recache.compile(r"[.!](?:\s|$)")
# what a visit's verb in the present takes: "tours the park", "tours Foshan"
_VISITED_WHAT = recache.compile(
    r"[^\S\n]+(?:(?:the|a|an|its|their|his|her|our|two|three|several)\b|(?-i:[A-Z]))", re.I
)
_DETERMINER_BEFORE = recache.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+$")
# (a name may hold a comma: "for the Asian Logistics, Maritime and Aviation Conference")
# ("for an investment conference"; "for talks with ...", a noun with no article)
_FOR_EVENT = recache.compile(
    # ("for our investment seminar", a party's own)
    r"\bfor\s+(?:(?P<art>a|an|the|its|their|our|his|her)\s+(?:[\w'’-]+,?\s+){0,5})?$",
    re.I,
)


# what opens a sentence before its first word, a Q&A page's answer marker too ("A. From ...")
_OPENING = r"\W*(?:A\.\s+)?"
_EFFECTIVE = recache.compile(
    _OPENING + rf"(?P<w>from|starting(?:\s+from)?|beginning|{EFFECT_FROM})\s+",
    re.I,
)


_ON_SIGNATURE = recache.compile(
    r"\bon\s+the\s+(?:date|day)\s+of\s+(?:its|the|their)\s+sign(?:ing|ature)", re.I
)


def _signature_day(text: str, dates: list[dict]) -> dict | None:
    """The day an instrument's signature line gives ('Signed in duplicate at Guangzhou on 5
    November 2026'), for 'shall enter into force on the date of its signature' above it."""
    for d in dates:
        if d["date"] and d["precision"] == "day" and not d["end_date"]:
            line = text.rfind("\n", 0, d["start"]) + 1
            if _triggers()["signature_line"].match(text, line, d["start"]):
                return _on_day(d["date"], "the date of its signature")
    return None


def _instrument_nouns() -> list[str]:
    """What an instrument's title names: any agreement unit, or a singular no count takes
    ("letter of intent")."""
    units = resources.agreement_units()
    return [*units["always"], *units["instrument_titles"]]


# An instrument's title: its first line names the agreement ("LETTER OF INTENT",
# "FRAMEWORK AGREEMENT ON PORT COOPERATION"); its signers' blocks, "Signed for the Bureau:"
_INSTRUMENT_TITLE = recache.compile(
    r"\W*(?:[\w-]+[^\S\n]+){0,4}?"
    rf"(?P<noun>{trie_regex(_instrument_nouns())})\b"
    r"[^\n.]{0,80}$",
    re.I | re.M,
)
_SIGNER_BLOCK = recache.compile(
    r"(?im)^[^\S\n]*Signed[^\S\n]+(?:for|by|on[^\S\n]+behalf[^\S\n]+of)\b[^\n\d]*$"
)


def _instrument_signed(text: str, pub: dict, events: list[dict]) -> dict | None:
    """An instrument's own text, its title naming the agreement, its own day given (a
    "Date:" field, the page's date) and its signers' blocks with no day of their own
    ("Signed for the Bureau:" over the name): it was signed that day, unless a signing
    is told on a day already ("Signed in duplicate at Guangzhou on 5 November 2026")."""
    if (
        "start" not in pub
        or len(pub.get("date") or "") != 10
        or any(ev["type"] == "signing" and ev["date"] == pub["date"] for ev in events)
    ):
        return None
    top = NONBLANK_LINE.search(text)
    title = _INSTRUMENT_TITLE.match(text, top.start(), top.end()) if top else None
    if title is None or _SIGNER_BLOCK.search(text, pub["end"]) is None:
        return None
    when = _on_day(pub["date"], pub["text"])
    noun = Found(text, title.start("noun"), title.end("noun"))
    spans = [(top.start(), top.end()), (pub["start"], pub["end"])]
    return _block_event("signing", when, None, noun, None, "event.instrument_date", spans)


def _instrument_made(sentence: str) -> list[tuple[str, MatchLike]]:
    """'Made on this 12th day of November 2026.', 'Done at Macao on 3 May 2026': the closing
    line of a legal instrument tells when it was made (an 'other' happening)."""
    m = _triggers()["instrument_made"].match(sentence)
    return [("other", Found(sentence, m.start("verb"), m.end("verb")))] if m else []


# A release's heading: "Version 3.8.0 (12 November 2026)", "Coming in Version 3.9
# (December 2026)", "v2.4.1 – 3 March 2026": a few words round a version number
_RELEASE = recache.compile(
    r"[^\S\n]*(?:(?:[A-Za-z]+[^\S\n]+){0,3}?)"
    r"(?P<verb>(?:[Vv]ersion|[Rr]elease|[Vv](?=\d))[^\S\n]?\d{1,3}(?:\.\d{1,4}){1,3}\b)"
    r"[^\S\n]*[(:,–—-]"
)


def _release(sentence: str) -> list[tuple[str, MatchLike]]:
    """A software release's heading with its date: the release is launched that day (or
    month, or is to come)."""
    m = _RELEASE.match(sentence)
    if m is None or len(sentence.split()) > 10:
        return []
    return [("launch", Found(sentence, m.start("verb"), m.end("verb")))]


# a schedule's line: a date opening the line (perhaps after a bullet), then a colon or a dash
_LINE_OPENING = recache.compile(
    r"(?:^|\n)[^\S\n]*(?:[-•*·▪]+[^\S\n]*)?(?:(?i:early|mid|late)[-\s]+)?$"
)
_ITEM_AFTER_DATE = recache.compile(r"[^\S\n]*(?::|：|–|—)[^\S\n]*(?=\w)")


def _schedule_dates(text: str, dates: list[dict]) -> set[int]:
    """Where the dates of a schedule's lines start ('KEY DATES / 28 November: Higher
    Education Expo / 2 to 6 January 2027: confirmation of registration'): dates that open
    their line before a colon or a dash, when at least two lines of the text are such; or
    that close it in a column of their own ('Publication in the Gazette      27 November
    2026'), when at least two lines are such."""
    starts = {
        d["start"]
        for d in dates
        if d["date"]
        and _LINE_OPENING.search(text, max(0, d["start"] - 16), d["start"])
        and _ITEM_AFTER_DATE.match(text, d["end"])
    }
    column = {
        d["start"]
        for d in dates
        if d["date"]
        and _LINE_END.match(text, d["end"])
        and _COLUMN_BEFORE.search(text, max(0, d["start"] - 80), d["start"])
    }
    return (starts if len(starts) >= 2 else set()) | (column if len(column) >= 2 else set())


# a table's date column: a label, then a wide gap (or a tab), then the date closing its line
_COLUMN_BEFORE = recache.compile(r"(?:^|\n)[^\S\n]*[A-Za-z][^\n\t]*?\S(?:[ ]{3,}|\t+)$")
_LINE_END = recache.compile(r"[^\S\n]*(?:\n|$)")
# a block's heading that names its lines deadlines: "DEADLINES", "Key deadlines:"
_DEADLINES_HEADING = recache.compile(
    r"[^\S\n]*(?:key[^\S\n]+|important[^\S\n]+)?deadlines[^\S\n]*:?[^\S\n]*\n", re.I
)
# a form's field that names a deadline by its last word ("Payment due:", "Offer valid until:")
_DEADLINE_FIELD = recache.compile(
    rf"\b(?:{trie_regex(resources.event_triggers()['deadline_fields'])})[ \t]*[:：]$", re.I
)


def _schedule_item(
    sentence: str, s: int, own: list[dict], schedule: set[int], text: str = ""
) -> list[tuple[str, MatchLike]]:
    """A schedule's line with no trigger ('20 November to 14 December: online registration',
    'Late July 2027: admission results') tells an 'other' happening on its date (not one
    in a block headed "DEADLINES": each a deadline)."""
    day = next((d for d in own if d["start"] in schedule), None)
    if day is None:
        return []
    block = max(text.rfind("\n\n", 0, s), text.rfind("\n \n", 0, s)) + 1
    if _DEADLINES_HEADING.match(text, block + 1 if text[block : block + 1] == "\n" else block):
        return []  # ("DEADLINES" over "Stand design approval      30 November 2026")
    row = _COLUMN_BEFORE.search(sentence, 0, day["start"] - s)
    if row is not None and _LINE_END.match(sentence, day["end"] - s):
        # "Publication in the Gazette      27 November 2026": the label is the happening
        # (not a label that is a date's own name: "Financial year end      31 December")
        if any(row.start() <= d["start"] - s < day["start"] - s for d in own):
            return []
        label = sentence[row.start() : day["start"] - s].strip()
        bare = _WHEN.fullmatch(label)
        if bare is not None and (
            not (bare.group("named") or bare.group("what"))
            or _label_noun(_field_word(bare)) is None
        ):
            return []  # "Dates:      9-12 November 2026": a field's day, dated by the field
            # that names its happening ("Mission: ..."), if one does; "Closing date:", a
            # field's deadline, none
        if _DEADLINE_FIELD.search(label):
            return []  # "Payment due:      8 November 2026": a form's deadline
        at = sentence.index(label, row.start())
        # ("Sponsor briefing (online)      10 February 2027": the label's gathering)
        found = _first_noun(label) or _object_noun(label)
        etype = _named_day_type(label) or (found[0] if found else "other")
        return [(etype, Found(sentence, at, at + len(label)))]
    m = _ITEM_AFTER_DATE.match(sentence, day["end"] - s)
    if m is None:
        return []
    return [("other", Found(sentence, m.end(), len(sentence.rstrip())))]


# where a clause of its own starts inside a sentence
_CLAUSE_START = recache.compile(r"[;:]\s+")
# "arrive in February", "arrived in time": an arrival's "in" before a time or no place
_ARRIVE_IN_TIME = recache.compile(
    rf"arriv(?:es?|ed)[^\S\n]+in[^\S\n]+(?:(?:{MONTH_RE})\b|\d|(?:early|late|mid|time)\b)",
    re.I,
)
# "Since 17 September 2021 it has been the Guangdong-Macao In-Depth Cooperation Zone": a
# place's state since a day, a name it has borne since then
_SINCE_NAMED = recache.compile(
    r"[^\S\n]*Since\b[^,\n]{3,40}?,?\s+(?:it|this|the\s+\w+)\s+(?:has|have)\s+been\s+"
    r"(?:the|an?)\s+(?P<noun>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)*)"
)
# "A scheme under which private cars ... have crossed ... since 1 July 2023": what a scheme
# lets be done since a day
_SCHEME_SINCE = recache.compile(
    r"[^\S\n]*(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?P<noun>\w+)\s+(?:under\s+which|whereby|"
    r"that|which)\s+[^.;]*?\b(?:has|have)\s+(?:\w+\s+)?\w+ed\b[^.;]*?\bsince\s+",
    re.I,
)


def _state_since(sentence: str) -> re.Match[str] | None:
    """A sentence that tells a state begun on its 'since' day: a name borne since then (a
    body's, a zone's: "Since 17 September 2021 it has been the ... Zone"), or what a scheme
    has let be done since then ("A scheme under which ... have crossed ... since 1 July
    2023"); its match, the noun of what began in it, else None."""
    named = _SINCE_NAMED.match(sentence)
    if named is not None and _head_noun_of(named.group("noun")):
        return named
    scheme = _SCHEME_SINCE.match(sentence)
    if scheme is not None and scheme.group("noun").lower() in _triggers()["begin_launch"]:
        return scheme
    return None


def _head_noun_of(name: str) -> bool:
    """Does a capitalised name hold a body's head noun, or one of 'since_named_heads'?"""
    trig = _triggers()
    return any(
        w.lower() in trig["body_heads"] or w.lower() in trig["since_named_heads"]
        for w in name.split()
    )


def _since_launch(sentence: str) -> list[tuple[str, MatchLike]]:
    """A launch on the 'since' day of a sentence that tells a state begun then."""
    m = _state_since(sentence)
    if m is None:
        return []
    return [("launch", Found(sentence, m.start("noun"), m.end("noun")))]


def _takes_effect(sentence: str, s: int, own: list[dict]) -> list[tuple[str, MatchLike]]:
    """'From Wednesday, 6 May, the daily quota rises ...': a sentence with no trigger that
    opens with the day a change takes effect tells that change (an 'other' event); so does
    a change to come told with its day after it ('would go up by 40 per cent from 1
    September'); a new service told with the day it runs from is a launch ('NEW SERVICE
    FROM TUESDAY 1 DECEMBER 2026')."""
    m = _EFFECTIVE.match(sentence)
    etype = "other"
    if m is None and (begins := _triggers()["new_from"].match(sentence)) is not None:
        m, etype = _EFFECTIVE.match(sentence, begins.end()), "launch"
    elif m is None:
        change = _triggers()["change_from"].search(sentence)
        if change is None:
            return []
        m = _EFFECTIVE.match(sentence, change.end())
        if m is None:
            return []
    day = next(
        (
            d
            for d in own
            # "From Wednesday, 6 May": the weekday labels the date
            if d["start"] - s == m.end()
            or (
                d["start"] - s > m.end()
                and WEEKDAY_LABEL.fullmatch(sentence, m.end(), d["start"] - s)
            )
        ),
        None,
    )
    if day is None or not day["date"] or day["precision"] != "day" or day["end_date"]:
        return []
    return [(etype, Found(sentence, m.start("w"), m.end("w")))]


def _new_occasion_dated(
    events: list[dict], sentence: str, trigger: MatchLike, own: list[dict], s: int
) -> bool:
    """'branding at the networking dinner at the Grand Hyatt on the evening of 16 March': an
    occasion no event before was told with (no trigger ends in its head noun), its own day
    after it in the same clause, a day no one-day event before fell on ("At the meeting held
    on May 11, ... signed" after a signing on May 11 is that signing's occasion; a dinner on a
    summit's first day is one of its own)."""
    head = trigger.group().lower().split()[-1]
    return not any(ev["trigger"].lower().endswith(head) for ev in events) and any(
        d["date"]
        and 0 <= d["start"] - s - trigger.end() <= 60
        and not _PUNCT_BREAK.search(sentence, trigger.end(), d["start"] - s)
        and not any(ev["date"] == d["date"] and not ev["end_date"] for ev in events)
        for d in own
    )


# (any stop inside a clause: "at the dinner, on 16 March" is no day of the dinner's)
_PUNCT_BREAK = recache.compile(r"[,;:]")


def _at_told_occasion(sentence: str, trigger: MatchLike, closed: bool = False) -> bool:
    """'Speaking at the ceremony', 'attended the event': an object verb whose object is a
    generic occasion the story has told already. ``closed``: only where a comma closes the
    phrase, so no date of its own follows the occasion ('Speaking at the ceremony, ...')."""
    if not _is_object_verb(trigger.group()):
        return False
    told = _triggers()["told_occasion"].match(sentence, trigger.end())
    return told is not None and (not closed or sentence[told.end() : told.end() + 1] == ",")


def _is_object_verb(said: str) -> bool:
    """Is ``said`` wholly an object verb ('attended', 'speaking at'), not a trigger that
    only holds one?"""
    return _wholly(_triggers()["object_verbs"], said)


def _wholly(words: Caseless, said: str) -> bool:
    """Is ``said`` wholly one of ``words`` (a compiled word list), not a phrase holding one?"""
    found = words.search(said)
    return found is not None and found.end() - found.start() == len(said)


def _clause_around(sentence: str, start: int, end: int, sep: re.Pattern[str]) -> tuple[int, int]:
    """The bounds of the clause, between ``sep`` marks, that holds sentence[start:end]."""
    lo = max((m.end() for m in sep.finditer(sentence, 0, start)), default=0)
    nxt = sep.search(sentence, end)
    return lo, nxt.start() if nxt else len(sentence)


_SEMICOLON = recache.compile(";")
_COMMA_OR_SEMICOLON = recache.compile("[,;]")


def _semicolon_clause(sentence: str, m: MatchLike) -> tuple[int, int]:
    """The bounds of the clause between semicolons that holds the match."""
    return _clause_around(sentence, m.start(), m.end(), _SEMICOLON)


# a list item's day label: "- 15 Dec (Tue): ", "Wed 16 Dec – "
_ITEM_LABEL_END = recache.compile(r"[^\S\n]*(?:\([^()\n]{1,12}\)[^\S\n]*)?[:：–—]")
# a table's first cell closed by a gap of columns
_CELL_END = recache.compile(r"[^\S\n]{3,}(?=\S)")


# an organising verb's object that is a trip: "organised its first joint mission to ..."
_TRIP_OBJECT = recache.compile(
    r"\s+(?:(?:a|an|the|its|their|our|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:missions?|delegations?|trips?|tours?|study\s+tours?|visits?)\b",
    re.I,
)
_AND_AN = recache.compile(r"\band\s+(?:a|an)\s+$")


def _item_day(sentence: str, s: int, resolved: list[dict]) -> dict | None:
    """The single day a list item opens with, as its label: the item's day (or a table's
    row's, its first cell: "Mon 9 Nov    Chengdu     Meeting with ...; visit to ...")."""
    first = min(resolved, key=lambda d: d["start"], default=None)
    if first is not None and first["start"] == s and _DAY_NUMBER.match(first["text"]):
        return first  # a programme's "Days 2-4: ...; visit to ... and a meeting with ..."
    item = _LIST_ITEM.match(sentence)
    label_end = _ITEM_LABEL_END if item is not None else _CELL_END
    opened = item.end() if item is not None else len(sentence) - len(sentence.lstrip())
    if (
        first is None
        or first["end_date"]
        or not _is_day(first["date"])
        or first["start"] - s > opened + 6  # (a weekday may come first: "Tue 8 Dec:")
        or label_end.match(sentence, first["end"] - s) is None
    ):
        return None
    return first


# a gathering's noun after "at" and its article: "at an investment fair"
_AT_A_GATHERING_BEFORE = recache.compile(
    r"\bat[^\S\n]+(?:an?|the)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}$", re.I
)


def _own_date(
    sentence: str,
    s: int,
    noun: MatchLike,
    leads: list[tuple[str, MatchLike]],
    resolved: list[dict],
) -> dict | None:
    """The date of a second event noun: the first date after it, with no trigger typing
    the sentence in between, and that is not the date of one of those triggers (a date in
    the relative clause after the noun is never theirs: 'inked ... during the two-day
    trip, which began on Wednesday')."""
    if not resolved:
        return None
    pos = s + noun.end()
    dated = next(
        (d for d in resolved if _NOUN_OF_DATE.fullmatch(sentence, noun.end(), d["start"] - s)),
        None,
    )
    if dated is not None and _AT_WHICH.match(sentence, dated["end"] - s):
        return dated  # "the ... Conference of 10 November 2026, at which ... were signed":
        # the gathering's day, which its clause's happening shares
    owned = [
        d for d in resolved if _POSSESSIVE_DATE.fullmatch(sentence, d["end"] - s, noun.start())
    ]
    typed = _first_noun(noun.group()) if owned else None
    if typed and typed[0] == "conference" and not any(d["start"] >= pos for d in resolved):
        # "last year's Dongying roadshow in HK signed 9 deals": a gathering's time (one
        # with a day after it, "Last year's conference, held ... on 12 December", has that)
        return owned[-1]
    opening = _opening_date(sentence, s, noun, leads, resolved)
    if opening is not None:
        return opening
    label = _item_day(sentence, s, resolved)
    if label is not None:
        a, b = _semicolon_clause(sentence, noun)
        if _AND_AN.search(sentence, max(0, noun.start() - 8), noun.start()):
            # "Days 2-4: ...; visit to the ... Zone and a meeting with officials of ...": two
            # happenings of the item, each on its day
            a = noun.start()
        if not any(a <= lead.start() < b for _, lead in leads) and not any(
            a <= d["start"] - s < b for d in resolved if d is not label
        ):
            # "15 Dec (Tue): Joint lessons and a robotics workshop ...; the two schools will
            # sign ...": a dated item's clauses are each that day's happenings
            return label
    trips = [lead for t, lead in leads if t == "visit"]
    if trips and (
        any(
            trip.start() <= noun.start()
            and (
                sentence[noun.end() : trip.end()].strip().lower() in ("to", "in")
                or _goal_after(sentence, trip, noun)
            )
            for trip in trips
        )
        or _TRIP_TO.search(sentence, max(0, noun.start() - 80), noun.start())
    ):
        # "led the delegation to the RCEP accession talks in Jakarta in 2025": what the trip
        # went to happens on the trip; so does what it takes there ("will lead a tourism
        # roadshow to Taiyuan on 9 December", "leads a tourism roadshow in Hong Kong")
        return _closest(sentence, s, resolved, pos)
    # (not a date past a clause of what came before or after the noun's happening: "for
    # talks with the Qianhai authority, before flying home on Friday")
    after = [
        d
        for d in resolved
        if d["start"] >= pos and not _ING_ADJUNCT.search(sentence, pos - s, d["start"] - s)
    ]
    if (
        not after
        and noun.group().lower().endswith("ing")
        and _COMMA_BEFORE.search(sentence, max(0, noun.start() - 4), noun.start())
    ):
        # "... brought its roadshow to Hong Kong on Wednesday, signing 28 projects ...": a
        # participle after the clause happens when the clause does (on one day of a span:
        # "visited Nanning from 7 to 9 March, meeting ..." gives it no day of its own)
        before = [d for d in resolved if d["start"] < s + noun.start()]
        last = max(before, key=lambda d: d["start"]) if before else None
        return last if last is not None and not last["end_date"] else None
    if (
        not after
        and (part := _THEN_PART_OF_DAY.search(sentence, max(0, noun.start() - 80), noun.start()))
        is not None
    ):
        # "On Tuesday morning we'd like to hold the roundtable ..., and then in the
        # afternoon there's the signing": the day told before
        days = [
            d
            for d in resolved
            if d["start"] - s < part.start() and d["precision"] == "day" and not d["end_date"]
        ]
        return max(days, key=lambda d: d["start"]) if days else None
    if not after:
        # "... symposium in Chengdu on 18 November, where the two sides are expected to
        # sign ...": what happens where the event is happens when it is
        where = sentence.rfind(", where ", 0, noun.start())
        bare = False  # (what the trip is for, told with no article)
        if where == -1 and any(t == "visit" for t, _ in leads):
            # "... was in Macao last Thursday and Friday for an investment conference": what
            # a trip was for happens on the trip
            purpose = _FOR_EVENT.search(sentence, max(0, noun.start() - 60), noun.start())
            bare = purpose is not None and purpose.group("art") is None
            if bare and not _WITH_AFTER.match(sentence, noun.end()):
                purpose = None  # (a noun with no article only with whom: "for talks with
                # IPIM"; "led a team to Nansha for talks" tells what the trip was for)
            where = purpose.start() if purpose else -1
        before = [d for d in resolved if d["start"] < s + where] if where != -1 else []
        if where != -1 and bare:
            # (and on the trip's one day: "later that month ... for talks with ..." leaves
            # the talks no day of their own)
            before = [d for d in before if d["precision"] == "day" and not d["end_date"]]
        return max(before, key=lambda d: d["start"]) if before else None
    mine = min(after, key=lambda d: d["start"])
    between = [(t, lead) for t, lead in leads if pos <= s + lead.start() < mine["start"]]
    if between:
        typed = _first_noun(noun.group())
        signed_at = (
            typed is not None
            and typed[0] == "signing"
            and all(
                t == "conference" and _AT_A_GATHERING_BEFORE.search(sentence, 0, lead.start())
                for t, lead in between
            )
        )
        # ("after signing 6 agreements at an investment fair ... on Wednesday": signed at
        # the gathering, on its day)
        return mine if signed_at else None
    if _AND_PLANNED_TO.search(sentence, max(0, noun.start() - 40), noun.start()):
        # "will lead a delegation ... and would like to call on the Secretary on Dec. 2": a
        # clause of its own, planned, whose day is the one after it (the trip's too)
        return mine
    if (
        _HELD_ON.fullmatch(sentence, _name_end(sentence, noun), mine["start"] - s)
        and not any(t in ("meeting", "conference") for t, _ in leads)
        and _first_noun(sentence[: noun.start()]) is None
    ):
        # "At the ... Conference held on August 12, the two sides signed ...": the venue of
        # the signing has the date too; "At the first meeting of the ... Conference held on
        # May 11" is one gathering, named twice
        return mine

    def nearest(etype: str, t: MatchLike) -> dict | None:
        said = _reported_future(sentence, t)  # a reported future takes no earlier date
        usable = _dates_for(sentence, s, t, resolved, etype)
        usable = [d for d in usable if said is None or d["start"] - s >= said]
        purpose = _purpose_at(sentence, t)
        usable = [d for d in usable if purpose is None or d["start"] - s < purpose]
        return _closest(sentence, s, usable, s + t.start()) if usable else None

    # a trigger in the clause that says what happened inside the noun's span ("a four-day
    # trip ... on Thursday, during which 46 projects were signed") has no day of its own:
    # it claims none of the noun's dates
    inside = _INSIDE_RANGE.search(sentence, noun.end())
    claiming = [(t, m) for t, m in leads if inside is None or m.start() < inside.start()]

    def claims(etype: str, lead: MatchLike) -> bool:
        # (not a trigger in a "where" clause after the noun's day: "the joint celebration
        # at the ... Center on 16 November, where our two governments will sign ...": the
        # signing is at the celebration, on its day, and both happen; nor in a clause of
        # its own after a semicolon: "... Conference will take place on 3 December at the
        # ... Centre; 18 projects are to be signed there")
        return (
            nearest(etype, lead) is mine
            and _CLAUSE_AFTER.search(sentence, mine["end"] - s, lead.start()) is None
        )

    return mine if not any(claims(etype, lead) for etype, lead in claiming) else None


_POSSESSIVE_DATE = recache.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")
_NAMED_HEAD_BEFORE = recache.compile(r"\b[A-Z][\w'’-]*[^\S\n]+$")


def _told_in(text: str, ev: dict, words: str) -> bool:
    """Does the sentence of ``ev`` tell ``words`` (any case, any run of spaces)?"""
    pattern = r"[^\S\n]+".join(re.escape(w) for w in words.split())
    return re.search(rf"\b{pattern}\b", text[ev["start"] : ev["end"]], re.I) is not None


_CLAUSE_AFTER = recache.compile(r", where |;[^\S\n]")
_AS_ASIDE = recache.compile(r"\bas\s+(?:(?:we|you|I|they)\s+)?(?:(?:had|have)\s+)?$", re.I)
_ASIDE_CLOSE = recache.compile(r"\s*(?:[,;.)]|$)")
# "..., and then in the afternoon there's the signing": the day told before in the sentence
_THEN_PART_OF_DAY = recache.compile(
    r"\b(?:then|and|later)\s+(?:then\s+)?(?:later\s+)?in\s+the\s+(?:morning|afternoon|evening)\b"
    r"[^.;]*$",
    re.I,
)
_AND_PLANNED_TO = recache.compile(
    r"\band\s+(?:would\s+like|plans?|intends?|expects?)\s+to\s+$", re.I
)
# (what opens the name of a trip's goal: "the", "a", a place's or a body's possessive,
# "to Guyuan's summer beef fair")
_GOAL_OPENS = r"(?:the|an?|its|their|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s)\s+"
# (the party, or the firms a leader takes, may be counted: "led a delegation of 35
# companies to the ... Forum", "led 35 Sichuan companies to the ... Forum")
_TRIP_TO = recache.compile(
    r"\b(?:delegations?|missions?|teams?|visits?|trips?|groups?|companies|firms|enterprises|"
    r"businesses|exhibitors|investors)(?:\s+of\s+(?:[\w'’,-]+\s+){0,5}?[\w'’-]+)?"
    rf"\s+to\s+{_GOAL_OPENS}(?:[\w'’-]+\s+){{0,6}}$",
    re.I,
)
# ... after a trip's own "to" ("will lead 20 buyers to Guyuan's summer beef fair")
_GOAL_AFTER_TO = recache.compile(rf"\s+{_GOAL_OPENS}(?:[\w'’-]+\s+){{0,6}}")
# ("From today the hall opens at 6:00 instead of 6:30, following ...": the change's day)
_OPENING_FRAME = recache.compile(r"\W*(?:(?:in|on|by|during|at|from)[^\S\n]+)?", re.I)


# between an opening date and the subject's noun: "On the 17th, a matchmaking session"
_FRAMED_SUBJECT = recache.compile(
    r"[ \t]*,[ \t]*(?:a|an|the)[ \t]+(?:(?:[\w'’-]+[ \t]+){0,3}"
    # (or a name: "the Hebi-Macao Economic and Trade Exchange Conference")
    r"|(?:(?-i:[A-Z])[\w'’-]*[ \t]+(?:(?-i:and|of|for|&)[ \t]+)?){1,8})",
    re.I,
)


def _opening_date(
    sentence: str, s: int, noun: MatchLike, leads: list[tuple[str, MatchLike]], resolved: list[dict]
) -> dict | None:
    """'In August we completed the acquisition of ..., and we opened a sub-branch on 14
    September': a date opening the sentence belongs to the first happening after it, when
    that is the noun and the sentence's other happenings come later with dates of their
    own."""
    first = min(resolved, key=lambda d: d["start"])
    if (
        first["start"] >= s + noun.start()
        or not _OPENING_FRAME.fullmatch(sentence, 0, first["start"] - s)
        or any(lead.start() < noun.start() for _, lead in leads)
    ):
        return None
    later = [d for d in resolved if d is not first]
    if not all(any(d["start"] >= s + lead.start() for d in later) for _, lead in leads):
        # a later happening with no date of its own shares the opening one (its own may open
        # it: "last month's agreement"); so does a gathering that is the sentence's subject,
        # where it happened ("On the 17th, a matchmaking session at the ... Association
        # ended with 9 supply contracts ... signed on the spot")
        if _FRAMED_SUBJECT.fullmatch(sentence, first["end"] - s, noun.start()) is None:
            return None
        held = _triggers()["conference_nouns"].search(noun.group())
        return first if held is not None and held.group() == noun.group() else None
    return first


def _named_by(text: str, event: dict, noun: str) -> bool:
    """Whether ``event`` was told with ``noun``: as its trigger ('the summit') or as what
    its verb took ('to host the 10th Belt and Road Summit')."""
    if event["trigger"].lower().split()[-1] == noun:
        return True
    if not _is_object_verb(event["trigger"]):
        return False  # only what an object verb ("host", "attended") took
    at = text.find(event["trigger"], event["start"], event["end"])
    if at == -1:
        return False
    following = text[at + len(event["trigger"]) : event["end"]].lower().split()[:12]
    found = _first_noun(" ".join(following))
    return found is not None and found[1].group().lower().split()[-1] == noun


def _last_day(until: dict, first: str) -> str | None:
    """The day an "until"/"through" (or "and closes") date closes a run that starts on
    ``first``: a bare weekday, or a day written without its year, is the first such day
    after the start ("opens Monday (through Wednesday)", "opened on 3 May and will end on 7
    May"), whatever the story's own day or the tense would make of it."""
    day = until["date"]
    if day is None or len(day) != 10:
        return None
    weekday = (until.get("text") or "").strip().lower()
    if weekday in WEEKDAYS:
        return next_weekday(date.fromisoformat(first), weekday, today_counts=False).isoformat()
    if len(first) == 10 and not _YEAR_WRITTEN.search(until.get("text") or ""):
        start = date.fromisoformat(first)
        try:
            last = date(start.year, int(day[5:7]), int(day[8:10]))
            last = last if last >= start else last.replace(year=start.year + 1)
        except ValueError:  # (29 February)
            return day
        return last.isoformat()
    return day


_YEAR_WRITTEN = recache.compile(r"\b(?:19|20)\d{2}\b|['’]\d{2}\b")


def _nearest(dates: list[dict], pos: int) -> dict:
    return min(dates, key=lambda d: abs(d["start"] - pos))


_SPACE_RUN = recache.compile(r"\s{2,}")


def _nearest_between(sentence: str, s: int, dates: list[dict], pos: int) -> dict:
    """The date nearest ``pos``, a run of spaces between counting as one (a caption
    script's blanked fields, a view's blanked marks, stand between words that are near)."""
    if "   " not in sentence:
        return _nearest(dates, pos)

    def gap(d: dict) -> int:
        a, b = sorted((d["start"] - s, pos - s))
        return len(_SPACE_RUN.sub(" ", sentence[max(a, 0) : max(b, 0)]))

    return min(dates, key=gap)


_NOUN_OF_DATE = recache.compile(r"[^\S\n]+(?:of|on)[^\S\n]+")  # "the Conference of 10 November"
# a date, then the relative clause on what it dates, up to the trigger: ", at which 6
# cooperation agreements worth HK$480 million were "
_AT_WHICH = recache.compile(r",[^\S\n]+(?:at|during|in)[^\S\n]+which[^\S\n]+[^,;.\n]{0,80}", re.I)
_AFTER_OPENER = recache.compile(r"[\"“‘]?(?:Following|After)[^\S\n][^,;.\n]{1,80},")


def _closest(sentence: str, s: int, dates: list[dict], pos: int) -> dict:
    """The date nearest a trigger at ``pos``, except that one before a conjunction that
    opens the trigger's clause is the first verb's, when the trigger has one of its own
    after it ("signed ... in late September, and will hold a fair ... in December"; "is due
    to meet X tomorrow and will tour a park on Friday")."""
    # "The night bus, suspended since 2 June, resumes on 10 July": the date after
    # "suspended since" is the suspension's own
    others = [
        d
        for d in dates
        if not (
            _suspended_since(sentence, d["start"] - s) and not d["start"] - 30 <= pos < d["start"]
        )
    ]
    dates = others or dates
    when = _nearest_between(sentence, s, dates, pos)
    opener = _AFTER_OPENER.match(sentence)
    if opener and when["end"] - s <= opener.end() <= pos - s:
        # "Following our phone call yesterday, the bureau will send a delegation ... next
        # month": the opening clause's date is the happening it follows
        after = [d for d in dates if d["start"] - s >= opener.end()]
        if after:
            return _nearest(after, pos)
    if (
        when["start"] < pos
        and _CONJUNCT.search(sentence, when["end"] - s, pos - s)
        # ("At 10:30 Lee and Sun witnessed ...": two names, one subject, no second clause)
        and not _NAMES_AND.search(sentence, when["end"] - s, pos - s)
    ):
        after = [d for d in dates if d["start"] > pos]
        if after:
            when = min(after, key=lambda d: d["start"])
    if (
        when["start"] < pos
        and (aside := _ASIDE_BEFORE.fullmatch(sentence, 0, pos - s)) is not None
        and aside.start("aside") <= when["start"] - s
    ):
        # "The delegation, in Hong Kong from Sunday to Wednesday, met the ... Association
        # on Tuesday": the days set off by commas before the verb are the aside's (the
        # stay's); the verb's own come after it, in its clause
        # (as fine as the aside's: "... was delivered to an address the company had left
        # in 2023" tells another thing's year)
        fine = _PRECISION_RANK.get(when["precision"], 0)
        after = [
            d
            for d in dates
            if d["start"] > pos
            and _PRECISION_RANK.get(d["precision"], 0) >= fine
            and not _CLAUSE_BREAK.search(sentence, pos - s, d["start"] - s)
        ]
        if after:
            return min(after, key=lambda d: d["start"])
    if when["start"] > pos and (
        before_which := [
            d
            for d in dates
            if d["end"] <= pos and _AT_WHICH.fullmatch(sentence, d["end"] - s, pos - s)
        ]
    ):
        # "the ... Conference of 10 November 2026, at which 6 cooperation agreements ...
        # were signed, and talks ... on 11 November": a clause on the gathering dated just
        # before it happened that day
        return max(before_which, key=lambda d: d["start"])
    if when["start"] > pos and _DATE_OPENS_CLAUSE.search(sentence, pos - s, when["start"] - s):
        # "In June 2023 [a long subject] signed a memorandum ..., and in December 2023 the
        # two sides launched ...": a date that opens the next clause is that clause's; the
        # one before the trigger, in its own clause, is the trigger's
        before = [d for d in dates if d["end"] <= pos]
        if before:
            when = max(before, key=lambda d: d["start"])
    if when["precision"] == "year" and (
        when["start"] < pos or _POSSESSIVE_AFTER.match(sentence, when["end"] - s)
    ):
        # "Last year's edition, held in Zhongshan in October 2025": the year names the
        # edition; the day or month it was held in, within that year, is finer (so after
        # a verb: "took part in this year's hackathon, held over 48 hours from 14 to 16
        # November")
        # (a year framing the whole sentence, "In 2027 it will be held from 9 to 11 April",
        # "Next year the week will travel to Macao, in May", has the days told in the
        # trigger's clause within it)
        framed = _YEAR_FRAME.match(sentence, 0, when["end"] - s) is not None
        finer = [
            d
            for d in dates
            if d["start"] > max(pos, when["end"])
            and d["precision"] != "year"
            and (d["date"] or "")[:4] == when["date"]
            and (
                _HELD_IN.search(sentence, max(0, d["start"] - s - 60), d["start"] - s)
                or (framed and not _CLAUSE_BREAK.search(sentence, pos - s, d["start"] - s))
            )
        ]
        if finer:
            when = min(finer, key=lambda d: d["start"])
    if when["precision"] == "month" and when["end"] <= pos:
        # "Last month I joined a delegation to Shenzhen from 12 to 14 October": the days
        # told after the trigger, in its own clause and in the month told before it, are
        # the finer date of the same happening
        finer = [
            d
            for d in dates
            if d["start"] > pos
            and d["precision"] == "day"
            and (d["date"] or "")[:7] == when["date"]
            and d["start"] - pos <= 120
            and not _CLAUSE_BREAK.search(sentence, pos - s, d["start"] - s)
        ]
        if finer:
            when = min(finer, key=lambda d: d["start"])
    return when


# the adverbs and auxiliaries that may stand right before a verb ("will also meet")
_BEFORE_VERB = r"also|then|later|first|jointly|will|would|has|have|had"
# what stands between a subject and its verb: nothing, an adverb or an auxiliary or two
# ("the delegation met", "the delegation will also meet")
_SUBJECT_GAP = recache.compile(rf"[^\S\n]+(?:(?:{_BEFORE_VERB}|is|was|to)[^\S\n]+){{0,2}}")
# a sentence's subject (a few words), an aside set off by commas after it, then the verb
# (and an adverb or an auxiliary before it): "The delegation, in Hong Kong from Sunday to
# Wednesday, (also) met"
_ASIDE_BEFORE = recache.compile(
    r"[^\S\n]*(?:[^\s,;:]+[^\S\n]+){0,5}[^\s,;:]+,[^\S\n]+(?P<aside>[^,;:]{1,80}),[^\S\n]+"
    rf"(?:(?:{_BEFORE_VERB})[^\S\n]+){{0,2}}"
)
_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}
_CLAUSE_BREAK = recache.compile(r";|,\s+(?:and|but|while|then|which|who)\b|\band\s+then\b")


# a day or month told right after a noun: "roadshow in June", "forum on 3 May"
_DATED_NEXT = recache.compile(
    r"[^\S\n]+(?:in|on)[^\S\n]+(?:(?:early|late|mid)[-\s]+)?"
    rf"(?:{MONTH_RE}|\d{{1,2}}[^\S\n]+{MONTH_RE}|(?i:{'|'.join(WEEKDAYS)}))\b"
)
# a meeting as a launch verb's object: "set up a breakfast meeting", "opened the call"
# (never "a meeting room", "a dialogue mechanism")
_MEETING_OBJECT = recache.compile(
    r"[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,2}?(?:meeting|call)\b"
    r"(?![^\S\n]+(?:room|rooms|point|place|hall|venue|mechanism|system|centre|center)\b)",
    re.I,
)
# a remark on a happening told before: "It was the first time ...", "This marks the
# third time ..."
_FIRST_TIME = recache.compile(
    r"\W*(?:It|This|That)[^\S\n]+(?:was|is|marks|marked|will[^\S\n]+be)[^\S\n]+the"
    r"[^\S\n]+(?:first|second|third|fourth|fifth|last|only|\d+(?:st|nd|rd|th))[^\S\n]+time\b"
)
# what talks are about, up to an event's noun in the same clause: "talked about direct
# charter flights ... and joint promotion", "discussed the next expo" (not past a
# preposition of the talks' own occasion: "talked about trade at the forum")
_TALKED_OVER = recache.compile(
    r"\b(?:talk(?:s|ed|ing)?[^\S\n]+(?:about|over|on)|spoke[^\S\n]+(?:about|of|on)"
    r"|speak(?:s|ing)?[^\S\n]+(?:about|of)|discuss(?:es|ed|ing)?"
    r"|exchang(?:e|es|ed|ing)[^\S\n]+views[^\S\n]+on)[^\S\n]+"
    r"(?:(?!(?:at|during|in|before|after|when|where|which|while|on)\b)[^,.;:\n])*$",
    re.I,
)
# what filled a gathering's days: "after seven days of workshops, talks and ...", "a
# programme of seminars"
_CONTENTS_OF = recache.compile(
    r"\b(?:days?|weeks?|evenings?|nights?|hours?|programme|program|series|line-?up)[^\S\n]+of"
    r"[^\S\n]+(?:[\w'’-]+(?:[^\S\n]+[\w'’-]+)?,[^\S\n]+){0,4}(?:and[^\S\n]+)?$",
    re.I,
)
# how long what ended lasted: "closed ... after seven days"
_AFTER_DAYS = recache.compile(r"\bafter[^\S\n]+(?P<n>\w+)[^\S\n]+(?P<noun>days)\b", re.I)
# a year that opens the sentence, framing it: "In 2027 it will be held ...", "Next year
# the week will travel to Macao, in May", "Later this year"
_YEAR_FRAME = recache.compile(
    r"\W*(?:In[^\S\n]+(?:19|20)\d{2}|(?:(?:Early|Later|Late)[^\S\n]+)?(?:[Nn]ext|[Tt]his)"
    r"[^\S\n]+year)\Z"
)
# a held clause before a date: ", held in Zhongshan in ", ", which took place on "
_HELD_IN = recache.compile(
    r",[^\S\n]+(?:which[^\S\n]+(?:was|were)[^\S\n]+)?(?:held|hosted|staged|took[^\S\n]+place)"
    r"\b[^,;]{0,50}$"
)


def trig_inside(duration: MatchLike, trigger: MatchLike) -> bool:
    """Does the trigger come after the stated duration ('a three-day visit, ... signed')?"""
    return trigger.start() > duration.end()


_SPEECH_VERBS = r"said|told|says|stated|announced|noted|stressed"
_SAID_ON = recache.compile(rf"\b(?:{_SPEECH_VERBS})\s+$", re.I)  # "said on Monday"
_SPEECH = recache.compile(rf"\b(?:{_SPEECH_VERBS})\b", re.I)
_PLANNERS = (
    r"\b(?:plans?|planned|planning|agreed|agrees|decided|decides|is|are|was|were|scheduled|"
    r"set|going|intends?|prepares?|preparing|pledged|pledges?|vowed|vows?|promised|promises?|expect|"
    r"expects|expected|due|slated|poised|aims?|aimed|aiming|targets?|targeted|targeting|remains?|"
    # "would like to call on ...": a request, planned (a hope is none: "We hope to sign")
    r"would\s+like|"
    r"will\s+\w+|"
    # "will use the money to open a research centre": what the funds are for is planned
    r"use\s+(?:the|its|their|this|these|the\s+new)\s+(?:[\w-]+\s+){0,2}"
    r"(?:money|funds|proceeds|capital|cash|financing|funding))"
    rf"{PLANNING_DAY}\s+to\s+"  # "agreed on Tuesday to"
)
_PLANNING = recache.compile(_PLANNERS + "$", re.I)
_PLANNED_EARLIER = recache.compile(_PLANNERS, re.I)
# a plan's task: a sentence opening, after its number or bullet, with a verb's bare form
_TASK_VERBS = "|".join(re.escape(w) for w in resources.tense_words()["task_verbs"])
# (after an item's mark, in small letters too: "(1) open the second phase ... by the end of
# June 2027;" under "In the coming year the Government will:")
_TASK = recache.compile(
    r"[^\S\n]*(?:(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-•*·▪])[^\S\n]+"
    rf"(?i:{_TASK_VERBS})|(?:{_TASK_VERBS}))\b"
)
_PERIOD_OF = recache.compile(
    r"\b(?:months?|quarters?|half|weeks?|period|end|start|beginning)\s+of\s+(?:the\s+year\s+)?$",
    re.I,
)
_PERIOD_BOUNDS = frozenset({"end", "start", "beginning"})
_RELATIVE = recache.compile(r",\s+(?:which|where|when|who)\b")
_CLAUSE_COMMA = recache.compile(r",(?!\d{3}\b)")
_CLAUSE_MARK = recache.compile(r",(?!\d{3}\b)|;")


def _own_clause(sentence: str, chosen: dict[str, MatchLike]) -> bool:
    """Does the 'other' trigger stand alone in a relative clause ('The deal, which took
    effect on January 1, 2004, opened ...')? Then it is kept beside the main verb."""
    other = chosen.get("other")
    if other is None:
        return False
    for a, b in _relative_clauses(sentence):
        if a <= other.start() < b:
            return not any(a <= m.start() < b for t, m in chosen.items() if t != "other")
    return False


_SINCE = recache.compile(r"\bsince\s+$", re.I)
_FIRST_BEFORE = recache.compile(r"\b(?:first|only|last)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "landed since 2023", "signed between the three provinces and Hong Kong since 2021": the
# trigger's own clause, no comma, no other day between
_SINCE_AFTER = recache.compile(
    r"\s+(?:[^\s,;:.!?()\d]+\s+|\d{1,3}(?:,\d{3})*\s+(?=[a-z])){0,10}since\s+", re.I
)
_DATED = recache.compile(r"\bdated\s+$", re.I)
# a span the sentence tells its own figures over: "in the first nine months of the year",
# "over the past year", "so far this year"
_OWN_PERIOD = recache.compile(
    r"\b(?:(?:in|during|over|for)\s+the\s+(?:first|last|past|previous|latest)\s+"
    r"(?:[\w-]+\s+)?(?:months?|quarters?|half|weeks?|years?)\b|so\s+far\s+this\s+year"
    # "During its stay, the delegation also called on ...": some day of the trip, not the
    # day the sentence before told
    r"|during\s+(?:its|the|their|his|her)\s+(?:stay|visit|trip|tour|mission)\b)",
    re.I,
)
# "Returned to Hong Kong via Guiyang", "returns to Macao on Friday": travellers home again
_RETURN_TO = recache.compile(r"(?i:return(?:ed|s|ing)?)\s+to\s+(?:the\s+)?")


def _homecoming(sentence: str, s: int, m: MatchLike, places: ByStart) -> bool:
    """Is the 'other' verb at ``m`` a return to a city (the end of a trip, part of it, no
    happening of its own), not a territory's return ("Macao returned to Chinese rule")?"""
    to = _RETURN_TO.match(sentence, m.start())
    return to is not None and bool(places.within(s + to.end(), s + to.end() + 1))


_SUSPENDED_SINCE = recache.compile(r"\b(?:suspended|halted)\s+since\s+$", re.I)


def _suspended_since(text: str, at: int) -> bool:
    """Does the date at ``at`` follow 'suspended since' (the suspension's own start)?"""
    return bool(_SUSPENDED_SINCE.search(text, max(0, at - 30), at))


# "..., where the two sides discussed": a relative clause on the place just visited
_WHERE_DISCUSSED = recache.compile(r",\s*where\s+(?:[\w'’-]+\s+){1,4}$")
_NEEDS_AFTER = recache.compile(
    r"\s+(?:still\s+|also\s+)?(?:needs|requires|will\s+need|will\s+require)\b", re.I
)
_THE_NOUN_OPENS = recache.compile(r"\W*(?:The|This|That)\s+")
_SAID_OF_IT = recache.compile(
    r"\s+(?:(?:is|was)\s+(?:the|a|an|one|part|seen|widely)|marks|marked|comes|came|follows|"
    r"followed)\b"
)
# "..., plans 40 Bay Area stores by 2028": a clause's target date, no happening's
# ("... will take the chain to 40 stores in the Greater Bay Area by the end of 2028": a
# count to reach by a date)
_TARGET_BY = recache.compile(
    r"(?:(?:[,;:—–]\s*|\band\s+)(?:plans|aims\s+for|targets|eyes|seeks|wants)\s+"
    r"(?:(?!to\b)[^\s,;:]+\s+){1,8}?"
    r"|\bto\s+(?:about\s+|around\s+|more\s+than\s+|over\s+)?\d[\d,.]*\s+(?:[^\s,;:]+\s+){1,8}?)"
    r"by\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)
# a trip's goal by its name, then its days: " to the Zhanjiang International Seafood Fair ("
_TO_NAMED_GOAL = recache.compile(
    r"\s+to\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|for|on|the|&)\s+)*){0,8}?"
    r"[A-Z][\w'’&.-]*\s*(?:\(\s*|,\s*(?:from\s+|on\s+)?|\s(?:from|on)\s+)"
)
# "It was a pleasure to meet you in Zhanjiang on 22 September": a meeting recalled (or
# looked forward to), not a purpose
_PLEASURE_TO = recache.compile(
    r"\b(?:(?:a|an|my|our)\s+(?:great\s+|real\s+|particular\s+)?(?:pleasure|privilege|honou?r)"
    r"|(?:delighted|glad|pleased|happy|honou?red|good|nice|great))\s+to\s+$",
    re.I,
)
_YEAR_BOUND = recache.compile(r"\b(?:after|before)\s+$", re.I)
# "Please let me know by Monday whether ...": the day an answer is due, no happening's
_REPLY_BY = recache.compile(
    r"\b(?:let\s+(?:me|us)\s+know|inform\s+(?:me|us)|tell\s+(?:me|us)|reply|respond|revert"
    r"|advise\s+(?:me|us)|get\s+back\s+to\s+(?:me|us))\s+by\s+$",
    re.I,
)
_AS_OF = recache.compile(r"\bas\s+(?:of|at)\s+$", re.I)
_IN_EFFECT = recache.compile(r"\b(?:effect|effective|force)\s+as\s+(?:of|at)\s+$", re.I)
_AS_OF_OPENER = recache.compile(_OPENING + r"as\s+(?:of|at)\s", re.I)
_RENEWED_WHAT = recache.compile(
    r"\b(?:renew|renews|renewed|renewing|extend|extends|extended|extending|upgrade|upgrades|"
    r"upgraded|upgrading|revise|revises|revised|revising)\s+(?:their|its|the|our|his|her)\s+$",
    re.I,
)
# "runs until", "will last till", "runs to Friday": what opened goes on to the date after it
_RUNNING = r"(?:runs?|lasts?|continues?|remains\s+open)"
# "... opened on Thursday and closes tomorrow": the close of what the clause before opened
_AND_CLOSES = recache.compile(
    r"\band\s+(?:will\s+)?(?:closes?|ends?|concludes?|wraps?\s+up)\s+(?:on\s+)?$", re.I
)
_UNTIL = recache.compile(rf"(?:\b(?:until|till|through)|\b{_RUNNING}\s+to)\s+$", re.I)
_RUNS = rf"\b{_RUNNING}\s+(?:until|till|through|to)"
# (after the event's noun, "to" only before a day: "runs to 19 April", not "runs to plan")
_RUNS_ON = recache.compile(rf"\b{_RUNNING}\s+(?:until|till|through|to(?=\s+(?:\d|[A-Z])))\b")
_RUNS_UNTIL = recache.compile(_RUNS + r"\s+$", re.I)
# a sentence that only tells how long a gathering told before runs, after a label perhaps:
# "Follow-up: the food week runs until "
_RUN_TOLD = recache.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][^\S\n]))[^\S\n]*(?:[A-Z][\w-]*:[^\S\n]+)?(?:the|its|this)[^\S\n]+"
    # (its subject's words, no verb: never "The fair opened and runs until ...")
    r"(?:(?!(?:and|or)\b|(?-i:[a-z][\w'’-]*ed)\b)[\w'’-]+[^\S\n]+){0,4}?" + _RUNS + r"[^\S\n]+$",
    re.I,
)
# ... in a relative clause, a place or so between: "The expo, which runs at AsiaWorld-Expo
# until Saturday, opened ..."
_RUNS_BEFORE = recache.compile(
    rf",\s*(?:which|that)\s+{_RUNNING}\b[^,.;]{{0,40}}?\b(?:until|till|through)\s+$", re.I
)
_PERFECT = recache.compile(r"\b(?:have|has)\s+(?:(?:\w+ly|also|already|so\s+far)\s+)?$", re.I)
_PERIODS = frozenset({"date.relative_period", "date.the_year"})
# "Since then", "Ever since that visit": from the day told before to now
_SINCE_THEN = recache.compile(
    r"\W*(?:ever\s+)?since\s+(?:then|that\s+(?:day|time|date|signing|meeting|visit))\b", re.I
)


def _in_clause(sentence: str, s: int, trigger: MatchLike, dates: list[dict]) -> list[dict]:
    """The dates of the trigger's own clause (between commas or semicolons), or all when it
    has none."""
    lo, hi = _clause_around(sentence, trigger.start(), trigger.end(), _CLAUSE_MARK)
    return [d for d in dates if lo <= d["start"] - s < hi] or dates


def _running_tally(sentence: str, trigger: MatchLike, dates: list[dict]) -> bool:
    """'This year alone, we have signed 18 agreements', 'We signed 23 cooperation agreements
    ... this year', '41 projects were signed so far this year': a perfect tense, dozens of
    things done, or "so far", over the year so far (or last year) counts what was done, it
    reports no one happening. One occasion's signings are one happening ("last year's
    mission signed 23 agreements")."""
    subject = sentence[max(0, trigger.start() - 24) : trigger.start()]
    occasion = _first_noun(subject)
    if occasion is not None and not subject[occasion[1].end() :].strip():
        return False
    return (
        bool(dates)
        and all(d.get("rule") in _PERIODS and d["precision"] == "year" for d in dates)
        and (
            _PERFECT.search(sentence, max(0, trigger.start() - 24), trigger.start()) is not None
            or _COUNTED_AFTER.match(sentence, trigger.end()) is not None
            or _SO_FAR.search(sentence) is not None
        )
    )


# "41 projects were signed so far this year": what the year has added up to
_SO_FAR = recache.compile(r"\b(?:so|thus)\s+far\b|\bto\s+date\b", re.I)
# "47 joint projects were approved", "1,200 permits have been issued"
_COUNTED_SUBJECT = recache.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{2,})\s+(?:[\w-]+\s+){0,3}?[\w-]+s\s+"
    r"(?:were|have\s+been|had\s+been)\s+$",
    re.I,
)


def _counted_tally(sentence: str, trigger: MatchLike, dates: list[dict]) -> bool:
    """'47 joint projects were approved in 2025', 'Guangdong issued 41,200 work permits
    ... in 2025': what happened to a number of things over a year or a month counts them,
    it reports no one happening (on a day it is one)."""
    return (
        bool(dates)
        and all(d["precision"] in ("year", "month") for d in dates)
        and (
            _COUNTED_SUBJECT.search(sentence, max(0, trigger.start() - 60), trigger.start())
            is not None
            or _COUNTED_AFTER.match(sentence, trigger.end()) is not None
        )
    )


def _tally_clause(sentence: str, s: int, trigger: MatchLike, spans: list[dict]) -> bool:
    """Is the trigger in a relative clause that counts over a span ('since 2023')? Such a
    clause tells how things stand, and takes no date from the main clause."""
    for a, b in _relative_clauses(sentence):
        if a <= trigger.start() < b:
            return any(a <= d["start"] - s < b for d in spans)
    return False


# what may stand between a noun and the relative clause of its own: the rest of its name
_NAME_TAIL = recache.compile(r"(?:\s+(?:[A-Z0-9(][\w'’&().-]*|of|and|for|the|on|&))*")


def _main_clause_noun(
    sentence: str, s: int, noun: MatchLike, leads: list[tuple[str, MatchLike]], resolved: list[dict]
) -> bool:
    """Is the noun in the sentence's main clause, its leading triggers and its dates all in
    relative clauses after it ("had dinner with Mr Wong, who agreed to lead 20 buyers to
    ... next July")?"""
    clauses = _relative_clauses(sentence)

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in clauses)

    after = [a for a, _ in clauses if a >= noun.end()]
    return (
        bool(after)
        # (never the clause of the noun itself: "the ... Fair, which opens on 3 December")
        and _NAME_TAIL.fullmatch(sentence, noun.end(), after[0]) is None
        and not inside(noun.start())
        and all(inside(m.start()) for _, m in leads)
        and all(inside(d["start"] - s) for d in resolved)
    )


def _trip_goal(
    sentence: str, pattern: Caseless | _Named, trip: MatchLike | None, first: MatchLike
) -> MatchLike | None:
    """The event noun a trip's "to" leads to ("lead 20 buyers to Guyuan's summer beef
    fair"), when it is not ``first``, the noun of its type the sentence told first."""
    if trip is None or not trip.group().lower().endswith(" to") or first.start() >= trip.end():
        return None
    goal = _noun_in(pattern, sentence[trip.end() :])
    if goal is None:
        return None
    goal = Found(sentence, trip.end() + goal.start(), trip.end() + goal.end())
    return goal if _goal_after(sentence, trip, goal) else None


def _goal_after(sentence: str, trip: MatchLike, noun: MatchLike) -> bool:
    """Is the noun what a trip's own "to" leads to, its name opened by "the", "its" or a
    possessive right after it ("lead 20 buyers to Guyuan's summer beef fair")?"""
    return (
        trip.group().lower().endswith(" to")
        and _GOAL_AFTER_TO.fullmatch(sentence, trip.end(), noun.start()) is not None
    )


def _noun_in_dated_clause(sentence: str, noun: MatchLike, verb: MatchLike) -> bool:
    """'Mayor Yoon, who was on a four-day trip to China from Nov. 18, also visited the
    zone': an event noun inside a relative clause with a date of its own, the verb of its
    type outside, is a happening of its own (the clause's date is its; the verb has none)."""
    # (or in a clause of what follows: "will attend the fair on Wednesday, before moving on
    # to Chongqing for the logistics dialogue on Thursday")
    later = [(m.start(), m.end()) for m in _SEQUENCE_CLAUSE.finditer(sentence)]
    for a, b in [*_relative_clauses(sentence), *later]:
        if a <= noun.start() < b and not a <= verb.start() < b:
            return _CLAUSE_DATE.search(sentence, noun.end(), b) is not None
    # (or a clause of its own before ", and": "An information session will be held on
    # Thursday ..., and the Vice Rector ... will meet the scholars at a sharing session")
    joined = _AND_CLAUSE.search(sentence, noun.end())
    if joined is not None and joined.start() <= verb.start():
        return _CLAUSE_DATE.search(sentence, noun.end(), joined.start()) is not None
    # (or a clause between semicolons, dated or at an occasion told before: "... was signed
    # on 30 November 2021; a signing of three agreements will take place during the
    # reception")
    lo, hi = _semicolon_clause(sentence, noun)
    if not lo <= verb.start() < hi:
        return bool(_CLAUSE_DATE.search(sentence, lo, hi) or _ANAPHOR_ANY.search(sentence, lo, hi))
    return False


# a name's words before its head noun: capitalised, or the small words inside a name
_NAME_BEFORE = recache.compile(
    r"\s*[A-Z][\w'’&().-]*(?:[^\S\n]+(?:[A-Z][\w'’&().-]*|of|and|for|the|on|in|&)){0,12}"
    r"[^\S\n]+"
)
_SEMICOLON_NEXT = recache.compile(r"[^\S\n]*;")


def _named_item_clause(sentence: str, trigger: MatchLike) -> bool:
    """Is the trigger the head of a gathering's name that is a whole clause, before a
    semicolon, opening the sentence ('Yunfu-Hong Kong Stone Industry Investment
    Conference; 14 projects signed', a programme's item under its day)? A happening of
    the item's day, beside what the next clause tells."""
    return (
        trigger.group()[:1].isupper()
        and _SEMICOLON_NEXT.match(sentence, trigger.end()) is not None
        and _NAME_BEFORE.fullmatch(sentence, 0, trigger.start()) is not None
    )


def _in_occasion_clause(sentence: str, s: int, trigger: MatchLike, resolved: list[dict]) -> bool:
    """Is the trigger in a clause between semicolons with no date of its own that names an
    occasion told before after it ("during the reception"), the trigger not that occasion
    itself?"""
    lo, hi = _semicolon_clause(sentence, trigger)
    return (
        (lo, hi) != (0, len(sentence))
        and not any(lo <= d["start"] - s < hi for d in resolved)
        and _ANAPHOR_ANY.search(sentence, trigger.end(), hi) is not None
        and _BACK_REF.search(sentence, 0, trigger.start()) is None
    )


_AND_CLAUSE = recache.compile(r",\s+and\s")


def _joined_noun(
    sentence: str,
    pattern: Caseless | _Named,
    verb: MatchLike,
    first: MatchLike,
    again: list[tuple[str, MatchLike]],
) -> MatchLike | None:
    """'will host a data centre forum next March, and Xinjiang takes a pavilion at the ...
    Travel Expo next June': a noun of the verb's type in a clause after ", and", both
    clauses dated and no verb of the type in the second, is a happening of its own (the
    first noun is the verb's)."""
    joined = _AND_CLAUSE.search(sentence, max(verb.end(), first.end()))
    if joined is None or not _CLAUSE_DATE.search(sentence, verb.end(), joined.start()):
        return None
    end = _NEXT_CLAUSE.search(sentence, joined.end())
    b = end.start() if end is not None else len(sentence)
    if any(joined.end() <= m.start() < b for _, m in again):
        return None  # ("..., and will hold an expo in June": the verb's own)
    later = next((m for m in pattern.finditer(sentence, joined.end(), b)), None)
    if later is None or not _CLAUSE_DATE.search(sentence, later.end(), b):
        return None
    return later


_SEQUENCE_CLAUSE = recache.compile(
    r",\s+(?:before|after|then|and\s+then|followed\s+by)\s[^,;]*", re.I
)


# a date word in a clause (not any digit: "who led a 30-strong delegation" has none)
_CLAUSE_DATE = recache.compile(
    rf"\b(?:{MONTH_RE}|{'|'.join(WEEKDAYS)}|today|tomorrow|yesterday)\b|\b(?:19|20)\d{{2}}\b",
    re.I,
)


def _relative_clauses(sentence: str) -> list[tuple[int, int]]:
    """Spans of the relative clauses (', which opened on Tuesday,') of a sentence, each up
    to a comma or a semicolon ("..., where 11 projects were signed; on the 19th we ...")."""
    spans = []
    for m in _RELATIVE.finditer(sentence):
        close = _CLAUSE_MARK.search(sentence, m.end())  # not the one in "1,870 cases"
        spans.append((m.start(), close.start() if close else len(sentence)))
    return spans


# a note's label that ends with its day before a colon: "Call with the bureau, 18 Nov: "
_DATED_LABEL = recache.compile(
    rf"[^\S\n]*[A-Z][^:;.\n]{{2,80}},[^\S\n]+(?:\d{{1,2}}[^\S\n]+{MONTH_RE}\.?|{MONTH_RE}\.?"
    rf"[^\S\n]+\d{{1,2}})(?:,?[^\S\n]+\d{{4}})?[^\S\n]*:[^\S\n]+"
)


def _dates_for(
    sentence: str, s: int, trigger: MatchLike, resolved: list[dict], etype: str = ""
) -> list[dict]:
    """The dates a trigger may take: a date inside a relative clause belongs to that clause
    ('signed during the Week, which opened on Tuesday': not the signing's date); a date in
    the main clause frames the whole sentence ('On March 12, ..., where Mr Yau will ...').
    A clause right after the event's own noun describes that event: 'met for the fifth
    ... Conference, which ran from November 27 to 28' dates the conference."""
    label = _DATED_LABEL.match(sentence)
    if label is not None and label.end() <= trigger.start():
        # "Call with the Chongzuo commerce bureau, 18 Nov: they will send a working group
        # ... from 7 to 10 December": the label's day is the note's; what it tells has its own
        resolved = [d for d in resolved if d["start"] - s >= label.end()] or resolved
    said = _said_before_pluperfect(sentence, trigger)
    if said is not None:
        # "Firms we interviewed on 15 August said ... they had filed": what had happened
        # before the saying takes no date told before it
        resolved = [d for d in resolved if d["start"] - s > said]
    plan = _LATER_PLAN.search(sentence, trigger.end()) if "to " in sentence else None
    if plan is not None and (plan.group("be") or not sentence.rstrip().endswith((".", "!", "?"))):
        # "signed an agreement on the link, and construction is to start in 2027", a
        # headline's "..., construction to start in 2027": the date told after the plan's
        # clause is the plan's
        resolved = [d for d in resolved if d["start"] - s < plan.start()]
    noun = _noun_clause(sentence, [(etype, trigger)]) if ";" in sentence else None
    if noun is not None:
        # "Agreed to set up a task force; first meeting in Dongguan in 2027": the date
        # told in the noun's clause is the noun's
        resolved = [d for d in resolved if d["start"] - s < noun.start()]
    clauses = _relative_clauses(sentence)
    if not clauses:
        return resolved
    # "its three-day stay starting on November 19, ..., which opened in July 2022": a date
    # right after the verb is the verb's
    right_after = [d for d in resolved if 0 <= d["start"] - s - trigger.end() <= 4]
    if right_after:
        return right_after

    def clause(pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in clauses if a <= pos < b), None)

    own = clause(trigger.start())
    main = [d for d in resolved if clause(d["start"] - s) is None]
    at = _AT_OCCASION.match(sentence)
    if own is None and not main and at is not None and _first_noun(at.group()) is not None:
        # "At the forum, which ran from November 20 to 21, officials signed ...": what was
        # done at the occasion takes the occasion's days
        inside = [d for d in resolved if clause(d["start"] - s) == clause(at.end())]
        if inside and clause(at.end())[1] <= trigger.start():
            return inside
    if own is None:
        for a, b in clauses:
            if (
                a >= trigger.end()
                # "Last week, I led a delegation to X, where we agreed to open ... by 2027":
                # with a date of its own, the trip takes none from what happened there
                and not (main and _WHERE.match(sentence, a))
                and (
                    _ends_with_noun(sentence[trigger.start() : a], etype)
                    or _span_of_last_noun(sentence, trigger.start(), a, etype)
                )
            ):
                inside = [d for d in resolved if clause(d["start"] - s) == (a, b)]
                if inside:
                    return inside
        return main
    inside = [d for d in resolved if clause(d["start"] - s) == own]
    return inside or main


# a clause of its own after a comma, what its subject is (expected, due ...) to do (not a
# relative clause: "The forum, which is to be held on 3 May, ..." is the forum's day)
_LATER_PLAN = recache.compile(
    r"[,;]\s+(?:(?:and|but|while)\s+)?(?!(?:which|who|whom|whose|that|where|when)\b)"
    r"(?:[\w'’-]+\s+){1,4}?"
    rf"(?:(?P<be>(?:is|are|was|were|will\s+be)\s+(?:(?:{_SLATED}|planned|poised)\s+)?)"
    r"|[\"“']?)to\s+[a-z]"
)
_HAD_BEFORE = recache.compile(r"\bhad\s+(?:(?:already|just|also|not|never|first|jointly)\s+)?$")


def _said_before_pluperfect(sentence: str, trigger: MatchLike) -> int | None:
    """Where the saying ends, when the trigger is a pluperfect told after it ('... said the
    centre was the reason they had filed'); else None."""
    if not _HAD_BEFORE.search(sentence, max(0, trigger.start() - 20), trigger.start()):
        return None
    said = None
    for m in _SPEECH.finditer(sentence, 0, trigger.start()):
        said = m.end()
    return said


# what a figure is compared with, right before a date: "than in 2025", "compared with
# the same period of 2024", "against 2023"
_COMPARED_WITH = recache.compile(
    r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:in|on|during|for)\s+)?"
    r"(?:the\s+)?(?:same\s+(?:period|time|month|quarter)\s+(?:of|in|last)\s+)?$",
    re.I,
)
_WHERE = recache.compile(r",\s+where\b", re.I)
# "At the forum", "During the visit": an opening that names the occasion, up to a clause
_AT_OCCASION = recache.compile(
    r"[^\S\n]*(?:At|During)[^\S\n]+(?:the|this|that|its|their)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}?"
    r"[\w'’-]+(?=,[^\S\n]+(?:which|where|when)\b)"
)
_SPAN_CLAUSE = recache.compile(
    r"\W*(?:which|that)\s+(?:\w+\s+)?(?:began|begins|started|starts|ended|ends|concluded|"
    r"closed|closes|ran|runs|lasted|opened|kicked\s+off|wrapped\s+up)\b",
    re.I,
)


def _span_of_last_noun(sentence: str, start: int, clause: int, etype: str) -> bool:
    """', which ended on Wednesday' after 'a three-day visit ... by a delegation led by X':
    a clause that opens or closes something tells of the last event noun before it."""
    if not _SPAN_CLAUSE.match(sentence, clause):
        return False
    nouns = [
        (m.start(), kind)
        for kind, pattern in _triggers()["nouns"]
        for m in pattern.finditer(sentence, start, clause)
    ]
    return bool(nouns) and max(nouns)[1] == etype


# "trip to the island province": where the event went or took place, after its noun
_NOUN_TAIL = recache.compile(r"\s+(?:to|in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+$")
# "Summit 2026", "Forum (GBAF)": the edition's year or the short name after a name's noun
_EDITION_TAIL = recache.compile(r"(?:\s+(?:19|20)\d\d)?(?:\s+\([^()\n]{1,30}\))?$")


def _ends_with_noun(words: str, etype: str) -> bool:
    """Does ``words`` (at most a dozen of them) end with an event noun of ``etype``, or
    with one and the place it went to ('trip to the island province')?"""
    words = words.rstrip(" ,")
    words = words[: _EDITION_TAIL.search(words).start()]
    if not etype or len(words.split()) > 12:
        return False
    tail = _NOUN_TAIL.search(words)
    # "the Tea and Silk Week, which will run ...": a name's capitalised head (only a named
    # noun's; "last week" is none)
    last = (words[: tail.start()] if tail else words).rsplit(None, 1)[-1:]
    if last and _triggers()["named_heads"].get(last[0]) == etype:
        return True
    pattern = dict(_triggers()["nouns"]).get(etype)
    if pattern is None:
        return False
    ends = {len(words), tail.start()} if tail else {len(words)}
    return any(m.end() in ends for m in pattern.finditer(words))


def _is_span_start(text: str, d: dict, sentence: str, published: str | None = None) -> bool:
    """'since 2019' opens a span (a running tally), unless the thing recurs every year
    ('held every year since 1997' dates its first edition); 'until 19 April' closes one."""
    lead = text[max(0, d["start"] - 8) : d["start"]]
    if _UNTIL.search(lead):
        # (but "The fair runs until 21 November" tells the fair's last day)
        return not _RUNS_UNTIL.search(text, max(0, d["start"] - 24), d["start"])
    if period := _PERIOD_OF.search(text[max(0, d["start"] - 40) : d["start"]]):
        # "in the first five months of 2024": a period, not a happening; but "would begin
        # in the second quarter of next year" is when a planned happening comes, as is a
        # plan's task ("2. Open the new port building in the first half of 2027"), and a
        # period still to come when the text was written ("the hub's first phase opens in
        # the third quarter of 2027": no figures are told over a time not yet begun)
        # (not "by the end of 2027", a target's bound, nor "in the first five months of
        # 2027", a span of figures)
        to_come = (
            published is not None
            and d["date"] > published[: len(d["date"])]
            and period.group().split()[0].lower() not in _PERIOD_BOUNDS
            and not _OWN_PERIOD.search(sentence)
        )
        return not to_come and not _TO_COME.search(sentence) and not _TASK.match(sentence)
    trig = _triggers()
    since = trig["operating_since"].search(text, max(0, d["start"] - 80), d["start"])
    if since is not None and not any(
        etype == "launch" and m.group().lower() != since.group("verb").lower()
        for etype, pattern in trig["verbs"]
        for m in pattern.finditer(sentence)
    ):
        # "had operated since October 2022": when its operation began (the sentence's
        # launch, unless a verb tells another: "in operation since 1987, opened a branch";
        # "trialled ... since January 2026" is a launch verb telling this one)
        return False
    if _suspended_since(text, d["start"]):
        return False  # "had been suspended since 2020": when the suspension began
    if _SINCE.search(lead) and _state_since(sentence) and not _triggers_in(sentence, None):
        return False  # "Since 17 September 2021 it has been the ... Zone": when it began
        # (not "300 firms have joined the scheme since May 2024", a tally of joining)
    if _AS_OF.search(lead) and not _IN_EFFECT.search(text, max(0, d["start"] - 40), d["start"]):
        # "As of 31 March 2026, 86,412 vehicles had been approved": a tally's day (but
        # "takes effect as of 1 July" is when a change comes)
        return True
    return bool(_SINCE.search(lead)) and not _RECURRING.search(sentence)


def _event(
    text: str,
    s: int,
    e: int,
    sentence: str,
    etype: str,
    trigger: MatchLike,
    resolved: list[dict],
    inherited: dict | None,
    places: ByStart,
) -> dict | None:
    """Build one event from a trigger and the dates around it (or the inherited frame)."""
    trig = _triggers()
    if trig["document_title"].search(sentence, max(0, trigger.start() - 40), trigger.start()):
        return None  # "Notice on the opening of the ... Centre, 28 March 2025": the paper's
        # subject, no happening on the paper's day
    rule = "event.sentence_date"
    everything = resolved  # (a trip's last day may be told after its first)
    sitting = _SITTING_OPENER.match(sentence) if etype == "other" else None
    if sitting is not None and trigger.start() > sitting.end():
        # "At the meeting of the Executive Council on 17 November 2026, the Council
        # ADVISED and the Chief Executive ORDERED that ...": what a sitting decided is
        # the sitting
        etype = "meeting"
    # "yesterday agreed to launch four routes": the day of the agreeing (or of a story
    # before) does not date the launch to come; only a date after the trigger does
    resolved_to = _RESOLVED_TO.search(sentence, max(0, trigger.start() - 40), trigger.start())
    if resolved_to:
        inherited = None
    purposed: list[dict] = []  # the dates of what the trip is for
    if resolved and inherited is not None and _opening_occasion(sentence, trigger):
        # "Speaking after a meeting with X, Lo said the hospitals had passed ... last
        # Friday": the dates of what was said are not the talks'
        said = _SPEECH.search(sentence, trigger.end())
        if said is not None:
            resolved = [d for d in resolved if d["start"] - s < said.start()]
    # "since the expo began in 2021", "the biggest crowd since the stadium opened"
    since = _SINCE_SUBJECT.search(_strip_aux(sentence[: trigger.start()])) is not None
    if resolved:
        resolved = _dates_for(sentence, s, trigger, resolved, etype)
        if etype != "signing" and (
            papers := [
                d
                for d in resolved
                # (a day borrowed from a happening told before has no place here)
                if "start" in d
                and _DATED.search(sentence, max(0, d["start"] - s - 8), d["start"] - s)
            ]
        ):
            # "the notice of the meeting dated 27 October": a paper's day, not the meeting's
            # (an agreement's is the day it was signed)
            resolved = [d for d in resolved if d not in papers]
            if not resolved:
                return None
        relative = _RELATIVE_OPEN.search(sentence, 0, trigger.start())
        if relative is not None and _RECURRING_AFTER.match(sentence, trigger.end()):
            # "signed ... in March 2025, under which six students ... take part in the
            # workshop every year": a habit of the agreement's, not the signing's day
            resolved = [d for d in resolved if d["start"] - s >= relative.start()]
            if not resolved:
                return None
        if since:
            # "the biggest crowd last night since the stadium opened": the clause after
            # "since" takes only a date of its own ("since the expo began in 2021")
            resolved = [d for d in resolved if d["start"] - s >= trigger.start()]
            if not resolved:
                return None
        said = _reported_future(sentence, trigger)
        provided = _PROVIDED_FOR.search(sentence, 0, trigger.start())
        if provided is not None and (provided.group("future") or _WILL.match(trigger.group())):
            # "signed a memorandum on 21 March, under which the parties will trial ...":
            # what a deal provides for is still to come; the signing's day is not its own
            resolved = [d for d in resolved if d["start"] - s >= provided.end()]
        if said is not None:  # the date of the saying does not date what is to come
            resolved = [d for d in resolved if d["start"] - s >= said]
        elif (told_at := _told_before(sentence, trigger)) is not None and any(
            d["start"] - s >= told_at for d in resolved
        ):
            # "today announced that it signed ... on November 20": what was told has a
            # day of its own, after "that"; the announcing's is not its
            resolved = [d for d in resolved if d["start"] - s >= told_at]
        purpose = _purpose_at(sentence, trigger)
        if purpose is not None:  # "signed ... to co-host a design week next April": its date
            purposed = [d for d in resolved if d["start"] - s >= purpose]
            resolved = [d for d in resolved if d["start"] - s < purpose]
        if etype == "visit" and trig["trip_leg"].match(sentence, trigger.start()):
            # "... on Wednesday before finishing in Shanghai on Friday": the last stop's day
            # is the one told after it
            resolved = [d for d in resolved if d["start"] - s >= trigger.end()] or resolved
        since_own = [
            d
            for d in resolved
            if (ran := trig["operating_since"].search(text, max(0, d["start"] - 80), d["start"]))
            and ran.start("verb") == s + trigger.start()
        ]
        if since_own:
            # "trialled by the ... Bureau since May 2026": the day it began, whatever other
            # date stands nearer
            resolved = since_own
        if _is_trip_purpose(sentence, trigger):
            # "will visit Sanya later this month to attend the ... Forum on November 19":
            # what the trip is for has the date after it, when it has one
            resolved = [d for d in resolved if d["start"] - s >= trigger.end()] or resolved
        future = _FUTURE_AFTER.search(sentence, trigger.end())
        deferred = False  # were the only dates what is still to come ("projects due to
        # start this year")? Then the day the sentence inherits is the happening's
        if (
            future is not None
            # a verb told as done ("An exchange tour ... will take place": "tour" is no
            # past verb; "The next session will be held in 2027": no verb at all)
            and _PAST_VERB.search(trigger.group().split()[0]) is not None
            and not trig["planned"].search(sentence[: trigger.end()])
        ):
            # "Under a memorandum signed at the session, the two cities will open a train
            # service by the end of June": a date in what is still to come is not the
            # date of what was done
            deferred = any(d["start"] - s >= future.start() for d in resolved)
            resolved = [d for d in resolved if d["start"] - s < future.start()]
        adjunct = _ING_ADJUNCT.search(sentence, trigger.end())
        if adjunct is not None:
            # "will visit Xishuangbanna before returning to Macao on Saturday": the date of
            # what comes before or after it is not its own
            resolved = [d for d in resolved if d["start"] - s < adjunct.start()]
        told = _told_that(sentence, trigger)
        if told is not None:  # "told a banquet that trade grew last year": not the banquet's
            resolved = [d for d in resolved if d["start"] - s < told]
        said = _said_after(sentence, trigger)
        if said is not None:  # "At a dinner ..., Ma said trade had grown last year"
            resolved = [d for d in resolved if d["start"] - s < said]
        # "today announced that it has signed": an undated signing; "agreed to launch"; a
        # perfect ("..., and the council has opened a help desk") takes no date before it
        if (
            resolved_to
            or _ANNOUNCED_PERFECT.search(sentence, 0, trigger.start())
            or (
                not isinstance(trigger, _NounMatch)
                and _PERFECT.search(sentence, max(0, trigger.start() - 30), trigger.start())
            )
        ):
            resolved = [d for d in resolved if d["start"] - s >= trigger.start()]
        if not resolved and (
            inherited is None
            or (purpose is None and not deferred and not _at_occasion_opener(sentence))
        ):
            return None  # (all its dates the purpose's, or the sentence opens at an
            # occasion told before, "At the luncheon, ... signed a memorandum ..., which is
            # due to open in March 2027": the frame or the anaphor dates it)
    if resolved and inherited is not None and _in_occasion_clause(sentence, s, trigger, resolved):
        # "... was signed on 30 November 2021; two agreements will be signed during the
        # reception": the clause's occasion told before dates it
        resolved = []
    if resolved:
        tpos = s + trigger.start()
        # "topping-out in Aug 2025; opening targeted for Q2 2026": a date of the trigger's
        # own clause between semicolons, when it has one
        lo, hi = _semicolon_clause(sentence, trigger)
        resolved = [d for d in resolved if lo <= d["start"] - s < hi] or resolved
        when = _closest(sentence, s, resolved, tpos)
        if etype == "visit":
            # "during our delegation's visit to the Zhanjiang International Seafood Fair
            # (21 to 23 September)": the days right after the trip's named goal are the
            # trip's, whatever day the sentence told nearer
            when = next(
                (
                    d
                    for d in resolved
                    if d["start"] - s > trigger.end()
                    and _TO_NAMED_GOAL.fullmatch(sentence, trigger.end(), d["start"] - s)
                ),
                when,
            )
        nth = trig["day_of_event"].search(sentence, when["end"] - s, trigger.start())
        if (
            when["end_date"]
            and nth is not None
            and (day := _nth_day([when], trig["day_numbers"][nth.group("nth").lower()]))
        ):
            # "During that visit, from 13 to 16 July, ..., and on the last day ... signed 14
            # agreements": that day of the days told before it in the sentence
            when = {**_on_day(day, nth.group()), "start": s + nth.start(), "end": s + nth.end()}
    elif (
        inherited is not None
        and (
            not isinstance(trigger, _NounMatch)
            or _TAKES_PLACE.match(sentence, trigger.end())
            or _opening_occasion(sentence, trigger)
            # ("6 purchase contracts are lined up for signing there": what a noun after
            # "for" is to be done at, the happening told before)
            or (
                _FOR_BEFORE.search(sentence, max(0, trigger.start() - 5), trigger.start())
                is not None
                and _points_back(sentence)
            )
        )
        # (a list's item closed by a semicolon is a whole clause too: "17 agreements were
        # signed on the final day;"; so is a card's note with a verb that names the
        # occasion, "Signed an MoU with ... at the session")
        and (
            sentence.rstrip().endswith((".", "!", "?", ";"))
            or (not isinstance(trigger, _NounMatch) and _points_back(sentence))
        )
    ):
        # (a noun that takes place is told as a verb is: "The signing ... will take place
        # at the forum on the new date"; so is "In talks with X, ..." opening a sentence)
        when, rule = inherited, "event.frame_date"
    else:
        return None

    def gathering_after(at: int, count: int = 6) -> MatchLike | None:
        """A gathering's noun among the ``count`` words after ``at`` (read in the whole
        sentence: "at the Hong Kong Convention and Exhibition Centre" is a venue)."""
        end = at
        for _, word in zip(range(count), WORD.finditer(sentence, at), strict=False):
            end = word.end()
        for nouns in (trig["conference_nouns"], trig["conference_named"]):
            # (the words after the last one only for a venue's name: "... and Exhibition
            # Centre")
            m = nouns.search(sentence, at, end + 40)
            if m is not None and m.end() <= end:
                return m
        return None

    what = gathering_after(trigger.end())
    if what is not None and what.group().lower() in trig["generic_nouns"]:
        what = None  # "the launch ceremony": a launch, not a conference
    if what is None and etype in ("launch", "meeting"):
        shown = trig["display_at"].match(sentence, trigger.end())
        if shown is not None and (
            etype == "launch"
            or (
                not _AT_FIRST.match(sentence, trigger.end())
                and when.get("start", e) - s >= shown.end()
            )
        ):
            # "set up a pavilion at the ... Food Expo": the fair; so is one talked over with
            # the fair's day ("Discussed a Jinhua pavilion at the ... Fair in April 2027"; a
            # meeting "at a booth at the fair" is one)
            # (the fair's name after "at": "the Hong Kong Gifts & Premium Fair")
            what = gathering_after(shown.end(), 10)
            etype = "conference" if what is not None else etype
    # ("since the expo began in 2021": its first edition)
    founding = since or trigger.group().lower() in trig["founding_verbs"]
    subject, noun = (None, None) if founding else _subject_type(sentence, trigger, text[:s])
    if etype == "launch" and (what is not None or subject == "conference"):
        etype = "conference"  # "opened the expo", "the Trade Week, which opened": the event
    elif etype == "launch" and _MEETING_OBJECT.match(sentence, trigger.end()):
        etype = "meeting"  # "has set up a breakfast meeting with the delegation on the
        # 10th": the meeting arranged, nothing founded
    elif (
        etype == "launch"
        and subject == "meeting"
        and trigger.group().lower().split()[-1] in _STARTED
    ):
        # "before the meeting opened": the meeting; "The session was opened by ..." after
        # "the ... Matchmaking Session": the gathering that name tells
        etype = "conference" if noun and _named_conference(text[:s], noun) else "meeting"
    if etype == "visit" and when["precision"] == "month":
        # "... later this month to attend the Forum on November 19": a trip told only by
        # its month goes on the day of what it is for
        day = [d for d in purposed if d["precision"] == "day" and d["date"][:7] == when["date"]]
        when = day[0] if day else when
    start_date = when["date"]
    end_date = when["end_date"] if when["precision"] == "day" else None
    window = when.get("window")
    if when.get("rule") == "date.season" and start_date:
        # "this spring": a year in the record, but only its season's days are meant
        window = season_window(when["text"], start_date)
    if when["precision"] == "week" and start_date:
        # "signed last week": not a week-long happening but one day in it; the month that
        # holds most of the week (its Thursday's, as ISO 8601 counts weeks)
        # (from the Sunday before: a week starts on Sunday as often as on Monday; "is
        # leading a delegation ... this week" on a Tuesday, "arrived on Sunday")
        monday = date.fromisoformat(start_date)
        window = ((monday - timedelta(days=1)).isoformat(), when["end_date"])
        start_date = (monday + timedelta(days=3)).isoformat()[:7]
    if etype == "visit" and not end_date and when["precision"] == "day" and start_date:
        end_date = _departure_day(sentence, s, when, everything)
    duration = _DURATION.search(sentence)
    if (
        duration
        and not duration.start() <= trigger.start() < duration.end()
        and _SEQUEL_OF.search(sentence, max(0, duration.start() - 24), duration.start())
    ):
        duration = None  # "were priced on 12 November after a two-day roadshow": the span of
        # what came before, not of this (but "returned ... after a six-day tour": the tour)
    if duration and etype != "visit" and _DURATION_TYPE.get(duration.group("noun").lower()):
        duration = None  # "signed at a promotion conference ..., said the mayor, who is
        # leading the four-day visit": a trip's days are no gathering's
    if duration is None and (after := _AFTER_DAYS.search(sentence, trigger.end())) is not None:
        # "The ... Week closed at PMQ last Saturday after seven days": how long what ended
        # lasted (only what ended: "arrived on Sunday after two days in Zhuhai" tells
        # another stay's)
        ended = trig["end_verbs"].search(sentence) or (
            _closes(sentence, trigger) and trig["close_verbs"].search(sentence, trigger.end())
        )
        duration = after if ended and ended.end() <= after.start() else None
    if duration and not end_date and when["precision"] == "day" and etype != "signing":
        # (a deal is signed on one day: "signed ... at the event, and ... would send a first
        # group on a five-day tour" tells the tour's days)
        n = 7 if duration.groupdict().get("week") else parse_number(duration.group("n"))
        if n and 1 < n <= 31:
            day = date.fromisoformat(when["date"])
            ended = trig["end_verbs"].search(sentence) or (
                _closes(sentence, trigger) and trig["close_verbs"].search(sentence, trigger.end())
            )
            if ended and when.get("start", e) - s > ended.start():
                # "wrapped up a four-day trip yesterday", "a four-day visit that ends on
                # Saturday" (not "arrived this evening ..., a four-day trip that ends ...")
                start_date = (day - timedelta(days=int(n) - 1)).isoformat()
                end_date = day.isoformat()
            else:
                end_date = (day + timedelta(days=int(n) - 1)).isoformat()
    if (
        etype == "conference"
        and not end_date
        and when["precision"] == "day"
        and start_date
        and (ran := _RAN_FOR.search(sentence, trigger.end())) is not None
    ):
        # "the ... Festival ..., which opened on the Friday before last and ran for three
        # days": from its day for that many days
        n = parse_number(ran.group("n"))
        if n and 1 < n <= 31:
            end_date = _days_after(start_date, int(n) - 1)
    if (
        etype == "visit"
        and not end_date
        and when["precision"] == "day"
        and start_date
        and (lasting := _FOR_DAYS.search(sentence, trigger.end())) is not None
        # (in the trigger's clause: a comma only right before it, "next Wednesday, for
        # three days"; never "..., where firms have worked for 20 days")
        and not _PUNCT_BREAK.search(sentence[trigger.end() : lasting.start()].rstrip(" ,"))
    ):
        # "On 9 September Mayor Zhou led a delegation to Hong Kong for three days": a trip
        # from its day for that many days
        n = parse_number(lasting.group("n"))
        if n and 1 < n <= 31:
            end_date = _days_after(start_date, int(n) - 1)
    planned = bool(trig["planned"].search(sentence[: trigger.end()]))
    if (
        not planned
        and not isinstance(trigger, _NounMatch)
        and _NEXT_POSSESSIVE.fullmatch(when["text"] or "")
        and _POSSESSIVE_AFTER.match(text, when.get("end", e))
    ):
        return None  # "called on the Council about a booth at next year's ... Expo": a day
        # to come names what was talked over, not a day of the talks told as done
    return {
        "type": etype,
        "date": start_date,
        "end_date": end_date,
        "date_text": when["text"],
        "status": "planned" if planned else "reported",
        "trigger": trigger.group(),
        "named": _names_head(sentence, trigger),
        "met": _met_with(sentence, trigger) if etype == "meeting" else frozenset(),
        "participants": [],  # filled from the assembled entities
        "location": _location(text, s, e, trigger, etype, places.within(s, e)),
        "figures": [],
        "rule": rule,
        "start": s,
        "end": e,
        "spans": [(s, e)],
        "window": window,  # the days "last week" or "later this month" stand for
        # "about next week's trip": a happening named by its time, told elsewhere
        "mention": "end" in when
        and _POSSESSIVE_DATE.fullmatch(text, when["end"], s + trigger.start()) is not None,
    }


_NEXT_POSSESSIVE = recache.compile(
    r"next[ \t]+(?:year|month|week|season|spring|summer|autumn|winter)", re.I
)


# "arrives Wed night, leaves Sat.", "arrived on Monday and left on Thursday": a trip's first
# day after its arrival, its last after its leaving (a weekday may stand before the date:
# "arrives in Macao on Thursday, 10 December")
_WEEKDAY_COMMA = rf"(?:(?i:{'|'.join(WEEKDAYS)}),?[^\S\n]+)?"
# a place's name of one to three capitalised words, after a space: " Hong Kong"
_PLACE_WORDS = r"(?:[^\S\n]+[A-Z][\w'’-]*){1,3}"
_ARRIVES_BEFORE = recache.compile(
    rf"\b(?:(?:arriv(?:es?|ed|ing)|land(?:s|ed|ing)?)(?:[^\S\n]+(?:in|at){_PLACE_WORDS})?"
    # ("travels on to Shenzhen on Thursday ..., before flying home on Friday": the next stop)
    r"|(?:travel(?:s|led|ling)?|head(?:s|ed|ing)?|mov(?:es|ed|ing)|go(?:es|ing)?|went)"
    rf"[^\S\n]+on[^\S\n]+to{_PLACE_WORDS})"
    # ("will arrive in Zhuhai through Macao on 9 December": the way in)
    rf"(?:[^\S\n]+(?:through|via){_PLACE_WORDS})?"
    rf"[^\S\n]+(?:on[^\S\n]+)?{_WEEKDAY_COMMA}$"
)
_LEAVES_BEFORE = recache.compile(
    r"(?:\b(?:leaves?|left|leaving|departs?|departed|departing)(?:[^\S\n]+(?:for[^\S\n]+)?"
    r"(?:[A-Z][\w'’-]*[^\S\n]+){1,3}?)?[^\S\n]*(?:on[^\S\n]+)?"
    # ("...; they fly home on Saturday")
    r"|\b(?:fl(?:y|ies|ew|ying)|heads?|headed|heading|go(?:es|ing)?|went|returns?|returned"
    r"|returning)[^\S\n]+(?:home|back)[^\S\n]+(?:on[^\S\n]+)?"
    # ("... and stays until Saturday, 12 December")
    rf"|\b(?:stays?|stayed|staying|remains?|remained|remaining)(?:[^\S\n]+(?:in|at){_PLACE_WORDS})?"
    rf"[^\S\n]+until[^\S\n]+){_WEEKDAY_COMMA}$"
)


# "leaves for Nanchang on Monday the 30th, and we are back on Wednesday, December 2": a
# trip's first day after its setting out for a place, its last after its coming back
_SETS_OUT_BEFORE = recache.compile(
    r"\b(?:leaves?|leaving|departs?|departing|sets?[^\S\n]+off|setting[^\S\n]+off)"
    rf"[^\S\n]+for{_PLACE_WORDS}[^\S\n]+(?:on[^\S\n]+)?$"
)
_BACK_BEFORE = recache.compile(
    rf"\b(?:back|returns?|returning|home)[^\S\n]+(?:on[^\S\n]+)?{_WEEKDAY_COMMA}$"
)


def _departure_day(sentence: str, s: int, when: dict, dates: list[dict]) -> str | None:
    """The last day of a trip whose arrival is dated ('arrives Wed night, leaves Sat.'),
    or its setting out for a place ('leaves for Nanchang on Monday the 30th, and we are
    back on Wednesday, December 2'): the day told right after its leaving, or its coming
    back, up to a month on; else none."""
    at = when.get("start", s) - s
    if not when["date"]:
        return None
    if _ARRIVES_BEFORE.search(sentence, max(0, at - 40), at):
        leaving = _LEAVES_BEFORE
    elif _SETS_OUT_BEFORE.search(sentence, max(0, at - 60), at):
        leaving = _BACK_BEFORE
    else:
        return None
    first = date.fromisoformat(when["date"])
    for d in dates:
        k = d["start"] - s
        if not (
            k > at
            and d["precision"] == "day"
            and d["date"]
            and not d["end_date"]
            and leaving.search(sentence, max(0, k - 40), k)
        ):
            continue
        last = date.fromisoformat(d["date"])
        if last <= first and (bare := _BARE_WEEKDAY.fullmatch(d["text"])) is not None:
            # ("travels on to Shenzhen on Thursday ..., before flying home on Friday": a
            # bare weekday read back from the paper's day is the one after the first)
            last = next_weekday(first, bare.group("wd"), today_counts=False)
        if 0 < (last - first).days <= 31:
            return last.isoformat()
    return None


# "At the meeting of the Executive Council on 17 November 2026,": a sitting and its day
# open the sentence
_SITTING_OPENER = recache.compile(
    r"[^\S\n]*At[^\S\n]+(?:the|its|their|a)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:meeting|session|sitting)\b[^,;\n]{0,120}?\b(?:on|in)[^\S\n]+[^,;\n]{3,40},",
    re.I,
)
# ", signing 17 projects", ", jointly signing a memorandum": a participle's clause that
# tells a signing after the main verb's
_SIGNING_AFTER = recache.compile(
    r",[^\S\n]+(?:and[^\S\n]+)?(?:\w+ly[^\S\n]+)?(?P<verb>signing)[^\S\n]+"
    r"(?=(?:a|an|two|three|four|five|six|seven|eight|nine|ten|more|over|about|some|nearly|"
    r"several|dozens)\b|\d)",
    re.I,
)
# a body consulted, told in the passive, and the capitalised word of its name before it
_CONSULTED = recache.compile(
    r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?consulted\b", re.I
)
_CAPITAL_BEFORE = recache.compile(r"\S[^\S\n]+(?:[\w'’-]+[^\S\n]+)?[A-Z][\w'’)-]*[^\S\n]+$")


_AUX = {
    "was", "were", "is", "are", "has", "have", "had", "been", "be", "formally", "officially",
    "also", "successfully", "grandly", "which", "that", "will", "would", "shall", "to",
    "scheduled", "set", "due", "expected", "slated", "poised", "should", "could", "may",
    "might", "must",
}  # fmt: skip
_LAST_WORD = recache.compile(r"(?:^|\s)([\w'’-]+)$")


def _strip_aux(before: str) -> str:
    """Drop trailing auxiliaries, adverbs and commas ('..., which was formally')."""
    before = before.rstrip(" ,\t\n")
    while (m := _LAST_WORD.search(before)) is not None and m.group(1).lower() in _AUX:
        before = before[: m.start(1)].rstrip(" ,\t\n")
    return before


_ACRONYM_AFTER = recache.compile(r"\s*\([A-Z][A-Za-z&-]{1,11}\)$")


def _named_conference(before: str, noun: str) -> bool:
    """Is ``noun`` ('session') the head of the last gathering named before, and that name a
    conference's ('the Xiamen-Macao Economic and Trade Matchmaking Session')?"""
    names = recache.compile(
        rf"(?:[A-Z][\w'’-]*[^\S\n]+){{1,8}}{re.escape(noun.capitalize())}\b"
    ).findall(before)
    return bool(names) and bool(_triggers()["conference_nouns"].search(names[-1]))


def _subject_type(
    sentence: str, trigger: MatchLike, told: str = ""
) -> tuple[str | None, str | None]:
    """Is what opened a fair or forum (a conference), or a meeting? 'The ... Canton Fair,
    opened on Sunday', 'the Trade Week, which opened', 'before the meeting opened', 'The
    week, which opened on Monday' after the text ``told`` before it named '... Wine Week';
    not 'the Conference Mechanism was established' (a mechanism) nor 'the fair organiser
    opened an office' (the verb has its own object). The type, and the noun that tells it."""
    if re.match(r"\s+(?:a|an|the|its|their|his|her|new)\b", sentence[trigger.end() :]) and not (
        _SPAN_AGO.match(sentence, trigger.end())
    ):
        return None, None  # (but "opened a day earlier" has no object)
    # "the ... Fair (MIF), which opens": its acronym after the name
    stripped = _strip_aux(sentence[: trigger.start()])
    before = _ACRONYM_AFTER.sub("", stripped)
    # "the fourth session of the 14th National People's Congress opened": the session
    owner = _OF_NAME_END.search(before)
    ends = {len(before), owner.start()} if owner else {len(before)}
    # 'The "Jiangxi Week in Macao 2026" opened': the name's place (or venue), year and quote
    # after it
    tail = _NAME_TAIL.search(before)
    if tail is not None:
        ends.add(tail.start())
    # "The expo, bringing 2,000 exhibitors to the city, opened": the subject before the
    # words set off by commas
    # (not the relative clause the verb is in: "At the luncheon, ... signed a memorandum
    # to set up a design hub, which is due to open in March 2027": the hub opens)
    aside = _ASIDE_END.search(before)
    between = sentence[len(stripped) : trigger.start()]
    if aside is not None and "," in between and not _RELATIVE_TAIL.match(between):
        ends.add(aside.start())
    # "the ... Exhibition at the Central Harbourfront, which Vice Mayor Deng and the ...
    # Association opened on 19 November": what the clause's own subject opened is the noun
    # before "which" (and its venue)
    held = _OBJECT_RELATIVE.search(before)
    if held is not None:
        ends.add(held.start())
        if (venue := _NAME_TAIL.search(before, 0, held.start())) is not None:
            ends.add(venue.start())
    trig = _triggers()
    for etype, nouns in (
        ("conference", trig["conference_nouns"]),
        ("conference", trig["conference_named"]),
        ("meeting", trig["meeting_nouns"]),
    ):
        for m in nouns.finditer(before):
            if m.end() in ends:
                return etype, m.group()
    the = _THE_HEAD.search(before)
    if the is not None and the.end() in ends:
        head = the.group("head").capitalize()
        etype = trig["named_heads"].get(head)
        if etype is not None and _names_with(told, head):
            return etype, the.group("head")
    return None, None


# "The week": a name's head noun in lower case, the gathering the text named before
_THE_HEAD = recache.compile(r"(?:^|[^\w'’-])[Tt]he[^\S\n]+(?P<head>[a-z]+)$")


_RELATIVE_TAIL = recache.compile(r"\s*,\s*(?:which|that|who)\b", re.I)
# a relative clause with a subject of its own before the verb: ", which Vice Mayor Deng Jiahui
# and the Hong Kong Qingyuan Clansmen Association"
_OBJECT_RELATIVE = recache.compile(
    r",\s+which\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the|for|&))*\s*$"
)
# a relative clause, a participle's or an apposition set off by commas ("2,000" is no comma)
_ASIDE_END = recache.compile(
    r",[^\S\n]+(?:which|who|where|whose|[a-z]+ing|[a-z]+ed|held|run|now|a|an|the|its)\b"
    r"(?:[^,\n]|,(?=\d{3}\b)){1,160}$"
)
_SPAN_AGO = recache.compile(
    r"\s+(?:a|an)\s+(?:day|week|fortnight|month|year)\s+(?:earlier|later|before|after|ago)\b",
    re.I,
)
_NAME_TAIL = recache.compile(
    # ("the Pingliang Apple Festival at Macao Fisherman's Wharf, which opened": its venue)
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"|\s+at\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?"
    r"(?:\s+(?:19|20)\d\d)?[\"”’']?$"
)
# " of the 14th National People's Congress" closing a subject: a body's or event's name
_OF_NAME_END = recache.compile(
    r"\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for))*$"
)


_STARTED = frozenset({"open", "opens", "opened", "begin", "begins", "began", "start", "starts",
                      "started", "commenced"})  # fmt: skip
_RIGHT_TO = recache.compile(r"\s+to\s+(?:the\s+)?")


# the rest of a name a place opens, then "in": "-ASEAN Expo in ", " Book Fair in the "
_NAME_THEN_IN = recache.compile(
    r"(?:[-–][A-Z][\w'’]*|[^\S\n]+(?:[A-Z0-9][\w'’-]*|and|of|&))+[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?"
)


def _location(
    text: str, s: int, e: int, trigger: MatchLike, etype: str, places: list[dict]
) -> str | None:
    """The place it happened: 'to X' after a visit trigger, else 'in/at X' in the sentence."""
    tpos = s + trigger.start()

    def from_place(p: dict) -> bool:
        # "A delegation from Shaoxing in Zhejiang": where the party comes from
        return _FROM_PLACE_IN.search(text, max(s, p["start"] - 60), p["start"]) is not None

    def held_in(i: int) -> str:
        # "led a delegation to the China-ASEAN Expo in Nanning": the place after the name,
        # which its first place only opens
        p = places[i]
        later = (q for q in places[i + 1 :] if _NAME_THEN_IN.fullmatch(text, p["end"], q["start"]))
        return next(later, p)["name"]

    for i, p in enumerate(places):
        if p["start"] > tpos and _RIGHT_TO.fullmatch(text, s + trigger.end(), p["start"]):
            return held_in(i)  # "brought its investment roadshow to Hong Kong"
    for i, p in enumerate(places):
        lead = text[max(s, p["start"] - 12) : p["start"]]
        if (
            etype == "visit"
            and p["start"] > tpos
            and re.search(r"\b(?:to|in)\s+(?:the\s+)?$", lead)
            and not from_place(p)
        ):
            return held_in(i)
    for p in places:
        lead = text[max(s, p["start"] - 8) : p["start"]]
        if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", lead) and not from_place(p):
            return p["name"]
    return None


# "A delegation from Shaoxing in Zhejiang province": where the party comes from, placed
_FROM_PLACE_IN = recache.compile(r"\bfrom\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+in\s+$")


def _merge(events: list[dict], places: ByStart, text: str) -> list[dict]:
    """One event per happening: same type and dates are merged, their evidence united; so
    is an event dated only by its month with one of its type inside that month ('...
    Summit in September' in a headline, 'on 10-11 September' in the body). Two that name
    places, none of them the same, are two happenings ('Shenzhen, Hong Kong sign pact' and
    'Zhuhai, Macau sign 18 projects' on one day; a visit to Busan on the 23rd and 'earlier
    this month, a delegation to Hong Kong')."""
    merged: list[dict] = []
    entries = gazetteer()[0]
    known: dict[int, _Where] = {}  # by id of the event; dropped when its spans grow

    def where(ev: dict) -> _Where:
        if id(ev) not in known:
            found = [entries[p["entry"]] for a, b in ev["spans"] for p in places.within(a, b)]
            known[id(ev)] = _Where(
                # a district counts as its city too: "Cyberport in Pok Fu Lam" is in Hong Kong
                frozenset({e.name for e in found} | {e.parent for e in found if e.parent}),
                frozenset(e.country for e in found if e.country and e.kind == "country"),
                frozenset(e.country for e in found if e.country and e.kind != "country"),
            )
        return known[id(ev)]

    for ev in events:
        twin = next(
            (
                m
                for m in merged
                if m["type"] == ev["type"]
                and m["date"] == ev["date"]
                and m["end_date"] == ev["end_date"]
                and not _elsewhere(m, ev, where)
                and not _named_apart(m, ev)
                and not _met_apart(m, ev)
                and not _counted_apart(m, ev)
                and not _timed_apart(text, m, ev)
            ),
            None,
        ) or next(
            (
                m
                for m in merged
                if (_within(m, ev) or _within(ev, m))
                and not _elsewhere(m, ev, where)
                and not _launched_apart(m, ev)
                and not _counted_leg(m, ev)
                # ("In mid-November the city signed a memorandum with ...", and "9
                # contracts ... had been inked" on a day of that month: two signings)
                and not _counted_apart(m, ev)
            ),
            None,
        )
        if twin is None:
            twin = next((m for m in merged if _run_told_again(m, ev)), None)
            if twin is not None and ev["end_date"]:
                for key in ("date", "end_date", "date_text", "status", "rule"):
                    twin[key] = ev[key]  # (keep the run's days)
        if twin is None:
            twin = next(
                (
                    m
                    for m in merged
                    if _day_of_run(m, ev, text)
                    or _day_of_run(ev, m, text)
                    or _arrival_of(m, ev)
                    or _arrival_of(ev, m)
                ),
                None,
            )
            if twin is not None and (_day_of_run(ev, twin, text) or _arrival_of(ev, twin)):
                # (keep the run's days)
                for key in ("date", "end_date", "date_text", "status", "rule"):
                    twin[key] = ev[key]
        if twin is None:
            merged.append(ev)
            continue
        if _within(twin, ev):  # keep the finer date
            for key in ("date", "end_date", "date_text", "status", "rule"):
                twin[key] = ev[key]
            twin["window"] = ev.get("window")
        twin["spans"].extend(ev["spans"])
        known.pop(id(twin), None)
        twin["figures"] = sorted(set(twin["figures"]) | set(ev["figures"]))
        twin["location"] = twin["location"] or ev["location"]
    return merged


def _run_told_again(a: dict, b: dict) -> bool:
    """Are two events of one type dated by the same days' words, one with their run and
    one with its first day only ("When: 2026-11-10 - 2026-11-14" over "Forty students from
    Macao visited the Yinxu ruins on a study tour.": the record's happening, told again)?"""
    return (
        a["type"] == b["type"]
        and a["date"] == b["date"]
        and bool(a["date_text"])
        and a["date_text"] == b["date_text"]
        and _RUN_WORDS.search(a["date_text"]) is not None
        and bool(a["end_date"]) != bool(b["end_date"])
    )


# the words of a run of days: "2026-11-10 - 2026-11-14", "8–10 December", "from 8 to 10"
_RUN_WORDS = recache.compile(
    r"\d[^\S\n]+[-–—][^\S\n]+\d|\d[^\S\n]*[–—][^\S\n]*\d"
    r"|\d[^\S\n]+(?:to|until|till|through)[^\S\n]+\d|(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])"
)


def _counted_leg(a: dict, b: dict) -> bool:
    """Is one of two events, one within the other's dates, dated by a count from another
    happening ("Last month I led a delegation to Guilin. ... The next day our delegation
    visited Yangshuo")? A leg of the trip on a day of its own, not the trip told again."""
    return any(COUNTED_FROM.fullmatch(ev.get("date_text") or "") for ev in (a, b))


def _timed_apart(text: str, a: dict, b: dict) -> bool:
    """Are two events told on a programme's two lines, each led by its own clock time
    ("10:30   Meets the Governor ..." and "15:00   Attends the 24th Plenary ..."): two
    happenings of one day, not one told twice."""
    clocks = []
    for ev in (a, b):
        line = text.rfind("\n", 0, ev["start"]) + 1
        m = TIMED_LINE.match(text, line)
        if m is None:
            return False
        clocks.append(m.group().strip())
    return clocks[0] != clocks[1]


def _named_apart(a: dict, b: dict) -> bool:
    """Are two events told in two sentences, each by a name's head noun, and the nouns
    differ ("... Tourism Investment Summit" and "Press Conference: ..." on a venue's board
    for one day): two gatherings, not one told twice."""
    return (
        a["start"] != b["start"]
        and bool(a.get("named"))
        and bool(b.get("named"))
        and a["trigger"].split()[-1].lower() != b["trigger"].split()[-1].lower()
    )


def _counted_apart(a: dict, b: dict) -> bool:
    """Are two signings told in two sentences, each with how many agreements, and the
    numbers differ ("signed a three-year cooperation agreement on Thursday", then "On the
    first day, 42 design cooperation projects were signed"): two signings of one day, not
    one told twice."""
    return (
        a["start"] != b["start"]
        and bool(a.get("counted"))
        and bool(b.get("counted"))
        and not a["counted"] & b["counted"]
    )


@cache
def _one_agreement() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'signed a three-year cooperation agreement' (after a signing verb), 'A framework
    agreement was signed' (before it): one agreement, told as one (the agreement units'
    "singular" nouns)."""
    nouns = resources.agreement_units()["singular"]
    one = rf"(?:an?|one)\s+(?:[\w'’-]+\s+){{0,5}}?(?:{trie_regex(sorted(nouns))})\b"
    return (
        recache.compile(rf"\s+{one}", re.I),
        recache.compile(rf"\b{one}\s+(?:was|has\s+been|had\s+been)\s+$", re.I),
    )


def _one_signed(sentence: str, trigger: MatchLike) -> bool:
    """Does the signing's verb sign one agreement ("signed a ... agreement", "An agreement
    was signed")?"""
    after, before = _one_agreement()
    return bool(
        after.match(sentence, trigger.end())
        or before.search(sentence, max(0, trigger.start() - 80), trigger.start())
    )


_WITH_AFTER = recache.compile(r"\s+with\s+")
_PARTY_END = recache.compile(r"[,.;:()]|\s+(?:and|to|on|in|at|for)\s+[a-z]")
_CAPITALISED = recache.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")


def _met_with(sentence: str, trigger: MatchLike) -> frozenset[str]:
    """The capitalised words of whom a meeting was with ('had a seminar with the Macao ...
    Secretary for Economy and Finance Liang Yongqi'), up to the clause's end; none when its
    trigger names no one after 'with'."""
    at = trigger.end()
    if not trigger.group().lower().endswith("with"):
        after = _WITH_AFTER.match(sentence, at)
        if after is None:
            return frozenset()
        at = after.end()
    rest = sentence[at : at + 120]
    end = _PARTY_END.search(rest)
    return frozenset(_CAPITALISED.findall(rest[: end.start()] if end else rest))


def _met_apart(a: dict, b: dict) -> bool:
    """Are two meetings told in two sentences, each with whom it was, and none of the
    words that name them shared ('had a seminar with the ... Secretary for Economy and
    Finance Liang Yongqi', then 'held a talk with the chamber President Kou Kam Fai'): two
    meetings of one day, not one told twice."""
    return (
        a["start"] != b["start"]
        and bool(a.get("met"))
        and bool(b.get("met"))
        and not a["met"] & b["met"]
    )


_CAPITAL_WORD_BEFORE = recache.compile(r"[A-Z][\w'’&.-]*[^\S\n]+$")


def _names_head(sentence: str, trigger: MatchLike) -> bool:
    """Is the trigger an event noun closing a capitalised name ("... Investment Summit",
    "Press Conference", "Matchmaking Session"; not a programme line's "Reception" or
    "Opening ceremony", nor a verb)?"""
    words = trigger.group().split()
    return (
        isinstance(trigger, _NounMatch)
        and words[-1][:1].isupper()
        and (
            len(words) > 1
            or _CAPITAL_WORD_BEFORE.search(sentence, max(0, trigger.start() - 40), trigger.start())
            is not None
        )
    )


_SEQUEL = recache.compile(r"\W*(?:Earlier|Later)\s+(?:on|in|that|this|the)\b")
_PRONOUN_SUBJECT = recache.compile(
    r"\W*(?:It|This|They|These)\s+(?:(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+)?"
)
_TALKS_OPENER = recache.compile(
    r"\W*(?:In|During|At|(?:Speaking|Talking)\s+(?:after|following))\s+"
    r"(?:(?:his|her|their|the|a)\s+)?(?:talks|meetings?|courtesy\s+call)\s+with\b"
)
_SPEAKING = recache.compile(r"\W*(?:Speaking|Talking)\b")


_ITS_CEREMONY = recache.compile(
    r"\W*The\s+(?:opening|launch|launching|inauguration|unveiling|ribbon-cutting)\s+ceremony\b"
)


def _at_occasion_opener(sentence: str) -> bool:
    """Does the sentence open at an occasion told before ("At the luncheon, ...", "During
    the visit, ...", "The agreements were signed at ...")?"""
    at = len(sentence) - len(sentence.lstrip())
    return _signed_things().match(sentence) is not None or any(
        p.match(sentence, at) for p in _triggers()["anaphora"].values()
    )


def _opening_occasion(sentence: str, trigger: MatchLike) -> bool:
    """Is the trigger the noun of 'In talks with ...' or 'The opening ceremony' opening the
    sentence (an occasion dated by what was told before)?"""
    m = _TALKS_OPENER.match(sentence) or _ITS_CEREMONY.match(sentence)
    return m is not None and trigger.start() < m.end()


# (talked of, or asked for: "a possible first visit", "had asked for site visits")
_HEDGED = recache.compile(
    r"\b(?:possible|potential|rumou?red|mooted|(?:asked|called|applied|pushed|lobbied)\s+for"
    r"|requested)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_HELD_PARTICIPLE = recache.compile(r"\s+(?:held|hosted|co-hosted|organi[sz]ed|staged|convened)\b")
_A_BEFORE = recache.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}$")
_OTHER_DEALS = recache.compile(
    r"\b(?:other|another|further|more|additional)\s+(?:[\w-]+\s+){0,2}"
    r"(?:agreements?|deals?|contracts?|memorand(?:um|a|ums)|MoUs?|pacts?)\b",
    re.I,
)
_HELD_BESIDE = recache.compile(
    r"\b(?:be|was|were|is|are)\s+held\s+(?:(?:right|immediately|shortly|just)\s+)?"
    r"(?:after|before|following)\s+the\b",
    re.I,
)


class _Where(NamedTuple):
    """The places an event's sentences name: the places and their cities, the countries
    named as such, and the countries of the other places."""

    names: frozenset[str]
    countries: frozenset[str]
    in_countries: frozenset[str]

    def countries_alone(self) -> frozenset[str]:
        """The countries of a list of countries alone (a "China" beside cities places
        nothing)."""
        return frozenset() if self.in_countries else self.countries


def _elsewhere(one: dict, other: dict, where: Callable[[dict], _Where]) -> bool:
    """Are two events of one type and day, each dated by its own words, told with other verbs
    (two 'other' happenings), or of places none of which is the other's (a country told
    alone holds its cities: "to Vietnam and Cambodia", "travel to Hanoi"), or one told
    as coming before or after the other ("Earlier on Wednesday, ...")? Then they are two
    happenings. (One dated by a date borrowed from another sentence, "... on the same
    day as the launch", is a mention of an event already told, wherever its sentence
    says things happened.)"""
    if one.get("mention") or other.get("mention"):
        return False  # "about next week's trip": the trip told elsewhere, wherever it goes
    if (one.get("beside") or other.get("beside")) and one["start"] != other["start"]:
        return True
    if one["rule"] != "event.sentence_date" or other["rule"] != "event.sentence_date":
        return False
    if (one.get("sequel") or other.get("sequel")) and one["start"] != other["start"]:
        return True
    if one["type"] == "other" and _other_verbs(one, other):
        return True  # "coaches will be suspended ...", "ferries stopped running ...": an
        # 'other' is as wide as its verb, and two verbs on one day are two happenings
    here, there = where(one), where(other)
    if not here.names or not there.names:
        return False
    return not (
        here.names & there.names
        or here.countries_alone() & there.in_countries
        or there.countries_alone() & here.in_countries
    )


def _launched_apart(one: dict, other: dict) -> bool:
    """Two launches, one dated by its day and one by its month, each by its own sentence
    and told with another verb ('The ... measure, launched on 1 January 2024', 'The ...
    project, which began taking in residents in January 2024'), are two things begun;
    unless one's subject is a pronoun ('It starts next month'), which names none."""
    return (
        one["type"] == "launch"
        and one["rule"] == other["rule"] == "event.sentence_date"
        and not (one.get("pronoun") or other.get("pronoun"))
        and _other_verbs(one, other)
    )


def _other_verbs(one: dict, other: dict) -> bool:
    """Are two events told in different sentences with verbs of different stems?"""
    return one["start"] != other["start"] and _verb_key(one) != _verb_key(other)


def _verb_key(ev: dict) -> str:
    """The stem of an event's trigger word ('suspe' for 'will be suspended')."""
    return ev["trigger"].lower().split()[-1][:5]


def _day_of_run(run: dict, day: dict, text: str) -> bool:
    """Is ``day`` a day of ``run``, a gathering told over days, named by the same noun
    ('the ... Youth Founders Camp, held ... from Thursday' to Saturday, and a chapter's
    'Welcome and camp overview' on Thursday; 'The fair opened on Thursday and closes
    tomorrow' and 'spent Friday afternoon wandering the ... Fair')? Another gathering on one
    of its days ('a forum at the expo') is named by another; a trip's day is a visit of its
    own."""
    if not (
        run["type"] == day["type"] == "conference"
        and run["end_date"] is not None
        and _single_day(day)
        and _is_day(run["date"])
        and run["date"] <= day["date"] <= run["end_date"]
    ):
        return False
    noun = day["trigger"].split()[-1].lower()
    if run["trigger"].split()[-1].lower() == noun:
        return True
    # (the run told by its verb: the noun its sentence opens with)
    first = _first_noun(text[run["start"] : run["end"]])
    return first is not None and first[1].group().split()[-1].lower() == noun


def _arrival_of(trip: dict, day: dict) -> bool:
    """Is ``day`` the arrival of ``trip``, a visit told over days ('wrapped up a three-day
    visit to Chongqing today', then 'arrived in Chongqing on Tuesday'): a visit on the
    trip's first day told by one of 'arrival_verbs', to the trip's one place? The trip
    told again, no leg of it (but 'arrived in Hong Kong on Saturday' in a tour of Hong Kong
    and Macao, which names no one place, starts its first leg)."""
    return (
        trip["type"] == day["type"] == "visit"
        and trip["end_date"] is not None
        and trip["location"] is not None
        and trip["location"] == day["location"]
        and _single_day(day)
        and day["date"] == trip["date"]
        and _triggers()["arrival_verbs"].search(day["trigger"].lower()) is not None
    )


# a headline: one line of ten to 140 characters, no stop or comma closing it
_HEADLINE_LINE = recache.compile(r"[^\n]{10,140}(?<![.!?:;,])")
# how far under its headline the lines that tell it may stand (a snippet's, a lead's)
_HEADLINE_REACH = 400


def _within(coarse: dict, fine: dict) -> bool:
    """Is ``coarse`` (a month, no end; or a signing's days) the month (the days) ``fine``
    falls in, same type? A year is too wide: 'launched five platforms in 2023' and
    'launched X on May 3' are two. A month reckoned from another event ('Two weeks later')
    was never stated: it merges nothing."""
    if (
        coarse["type"] == fine["type"] == "signing"
        and coarse["end_date"]
        and fine["end_date"] is None
        and _is_day(coarse["date"])
        and _is_day(fine["date"])
        and coarse["date"] <= fine["date"] <= coarse["end_date"]
    ):
        # "led a delegation to Macao from Sunday to Tuesday, signing 5 supply agreements",
        # then "The agreements were signed at a ... fair on Monday": a signing is done on
        # one day, and the days of the trip it was told with hold it
        return True
    if (
        coarse.get("headline")
        and coarse["type"] == fine["type"]
        and coarse["end_date"] is None
        and len(coarse["date"]) == 4
        and fine["date"].startswith(coarse["date"] + "-")
        and 0 <= fine["start"] - coarse["end"] <= _HEADLINE_REACH
    ):
        # "Binzhou to host Macau youth study tour in 2027", then "will host 50 Macau
        # students on a ten-day study tour next July": the headline's year is the story's
        # happening, told finer in the lines under it
        return True
    window = coarse.get("window")
    return (
        coarse["type"] == fine["type"]
        and coarse["rule"] != "event.frame_date"
        and coarse["end_date"] is None
        # a month, or a season of a year ("this spring": its window)
        and (len(coarse["date"]) == 7 or (len(coarse["date"]) == 4 and window is not None))
        and fine["date"].startswith(coarse["date"] + "-")
        # "last week", "later this month": a month only in the record; a day outside the
        # days they stand for is another happening
        and (window is None or window[0] <= fine["date"][:10] <= window[1])
    )


class EventFinder:
    """Write events to ``doc._.coop["events"]``."""

    def __call__(self, doc: Doc) -> Doc:
        store(doc)["events"] = find_events(doc)
        return doc
