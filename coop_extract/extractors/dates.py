"""Date expressions, normalised to ISO against the publication (or reference) date.

Each payload in ``doc._.coop["dates"]`` has ``date`` / ``end_date`` (ISO, at the precision
the text gives: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; None when it cannot be resolved,
e.g. "on Friday" in an undated article) and the rule id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from .. import recache, resources
from ..extensions import add_fact, store, text_of
from ..normalize import (
    MONTH_RE,
    PT_DATE_RE,
    SHORT_WEEKDAY,
    WEEKDAYS,
    month_number,
    number_words_re,
    parse_number,
    weekday_index,
)
from ..textutil import (
    CHAT_STAMP,
    NONBLANK_LINE,
    PICTOGRAPH,
    RULE_LINE,
    SentenceIndex,
    SpanSet,
    line_at,
    trie_regex,
    windows_by_kind,
)
from .cities import gazetteer


def _gathering_heads() -> str:
    """The words that close a gathering's name, capitalised as a name writes them: the last
    words of the meeting and conference nouns and of the named ones ('Joint Conference',
    'Forum', 'Grand Prix')."""
    data = resources.event_triggers()
    phrases = [w for t in ("meeting", "conference") for w in data["nouns"][t]]
    phrases += [w for words in data["named_nouns"].values() for w in words]
    heads = {w.split()[-1].lower() for w in phrases if "*" not in w}
    return trie_regex(sorted(h.capitalize() for h in heads if h.isalpha()))


_GATHERING_HEADS = _gathering_heads()
# a year's run named after "on", "than", "over", "with", "vs" is a base of comparison ("up 8%
# on the 2025 edition", "than the 2024 fair"), no date of what happens
_NOT_A_BASE = r"(?<!\bon\s)(?<!\bthan\s)(?<!\bover\s)(?<!\bwith\s)(?<!\bvs\s)(?<!\bvs\.\s)"
D = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
D2 = r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
Y = r"(?P<y>(?:19|20)\d{2})"
M = rf"(?P<mon>{MONTH_RE})"
M2 = rf"(?P<mon2>{MONTH_RE})"
_WEEKDAY_NAME = "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"  # "Monday", ...
# a weekday labelling a range's days: "from Monday 23 November to Friday 27 November" (the
# second only after the first: "Day 1 – Monday, 16 March" is no range)
# (short names too: a memo's "Mon 7 to Wed 9 Dec")
_WEEKDAY_LABEL = rf"(?:{_WEEKDAY_NAME}|{SHORT_WEEKDAY}\.?)"
WDL = rf"(?P<wd1>{_WEEKDAY_LABEL},?\s+)?"
WDL2 = rf"(?(wd1)(?:{_WEEKDAY_LABEL},?\s+)?)"
# the news "comes two months after" what it follows: a count back from the story's day
_COMES = ("comes", "follows", "arrives")
# a day written as an ordinal word ("the fourth of December", "the twenty-first of May")
_ORDINALS: dict[str, int] = resources.numbers()["ordinals"]
ORD = rf"(?:(?:twenty|thirty)[\s-])?(?:{'|'.join(sorted(_ORDINALS, key=len, reverse=True))})"
# a year written in words ("two thousand and twenty-six", "nineteen ninety-nine")
_YEAR_WORDS = (
    rf"(?:[Tt]wo\s+thousand(?:[\s-]+and)?(?:[\s-]+{number_words_re()})?"
    rf"|(?:[Nn]ineteen|[Tt]wenty)[\s-]+{number_words_re()})"
)
_YEAR_INTRO = (
    r"(?:\b(?:in|since|by|by\s+the\s+end\s+of|at\s+the\s+end\s+of|end\s+of|as\s+early\s+as|"
    r"from|until|till|before|after|during|throughout|early|late|mid-?|for|of|the\s+year|in\s+early|"
    r"in\s+late|by\s+early|by\s+late)\s+|\b(?:mid|end|early|late)-)"
)
_TENSE_WORDS = resources.tense_words()
# the one-word past forms a "-ed" rule misses ("met", "led", "held")
_SIMPLE_PAST = "|".join(w for w in _TENSE_WORDS["past"] if w.isalpha())


def _words_re(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


# (an attributive word after an article or a possessive is a noun's, not the verb's: "a
# planned research centre", "the will to cooperate")
_ATTRIBUTIVE = _TENSE_WORDS["attributive"]
_DETERMINERS = ("a", "an", "the", "its", "their", "our", "his", "her")
_FUTURE = recache.compile(
    r"(?:"
    + "".join(rf"(?<!\b{word}\s)" for word in _DETERMINERS)
    + rf"\b(?:{_words_re(_ATTRIBUTIVE)})"
    + rf"|\b(?:{_words_re([w for w in _TENSE_WORDS['future'] if w not in _ATTRIBUTIVE])})"
    # ("signed ... with total planned investment of RMB680 million": a size, no tense)
    + rf")\b(?!\s+(?:{_words_re(_TENSE_WORDS['planned_figures'])})\b)",
    re.I,
)

# a comma closing a range's first date, before its word ("December 1, to")
_COMMA_TO = r"(?:,(?=\s+(?:to|until|through|till)\b))?"

# Order matters: earlier (longer) patterns claim their text first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # a wire flash's stamp: "BN 11/24 09:31 *SHENZHEN, HONG KONG SIGN PACT" (month/day, time)
    (
        "date.flash",
        recache.compile(
            r"(?m)^[ \t]*(?:[A-Za-z]{1,5}[ \t]+)?(?P<m>\d{1,2})/(?P<d>\d{1,2})"
            r"(?=[ \t]+\d{1,2}:\d{2}\b)"
        ),
    ),
    # "2026-12-03 to 2026-12-04"; a data file's record, "date: 2026-12-03" over "end_date:
    # 2026-12-04": the days from one to the other
    (
        "date.iso_range",
        recache.compile(
            rf"\b{Y}-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[^\S\n]*(?:to|until|till|[–—])[^\S\n]*"
            r"|[\"']?[^\S\n]*\n[^\S\n]*(?i:end_?date|end|ends|until|to|date_?to)[^\S\n]*[:=]"
            r"[^\S\n]*[\"']?)(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{2})-(?P<d2>\d{2})\b"
        ),
    ),
    # (its clock may follow after a "T": an Atom entry's "2026-11-18T16:00:00+08:00"; not
    # a quoted value, a page's metadata: '"datePublished":"2026-11-16T08:15:00+08:00"')
    (
        "date.iso",
        recache.compile(
            rf"\b{Y}-(?P<m>\d{{2}})-(?P<d>\d{{2}})"
            r"(?:\b|(?=T\d{2}:)(?<![\"'][12]\d{3}-\d{2}-\d{2}))"
        ),
    ),
    # "2027-09": an ISO month (a note's, a task's; "2011-12" may be a season, see _resolve)
    ("date.iso_month", recache.compile(rf"\b{Y}-(?P<m>0[1-9]|1[0-2])\b(?![-/.]\d)")),
    # "23 de Novembro de 2026": a Macao release's Portuguese header
    ("date.pt", recache.compile(rf"\b{PT_DATE_RE}\b")),
    # "17/11 — Futian and ... signed", "RSVP by 27/11", "signed on 20/11.", "the 19/11
    # meeting": a digest's day and month, no year (either way round; the reading nearer
    # the story's day); "24/7" is round the clock
    (
        "date.day_slash",
        recache.compile(
            r"(?:^[^\S\n]*(?:[-•*▪·][^\S\n]*)?|\b(?:by|on|until|from|before|[Tt]he)[^\S\n]+)"
            r"(?!24/7\b)(?P<sa>\d{1,2})/(?P<sb>\d{1,2})(?![/\d:]|[.,]\d)"
            r"(?=[^\S\n]*(?:[—–:)-]|[^\S\n][A-Za-z(]|$)|[.,;](?:[^\S\n]|$))",
            re.M,
        ),
    ),
    # "Wed 25/11, 15:00", "Thursday, 19.11.": a short date after its weekday, the reading
    # whose weekday it is ("19.11.2026" is left to the full numeric form)
    (
        "date.weekday_slash",
        recache.compile(
            rf"\b(?P<wd>{SHORT_WEEKDAY}|{_WEEKDAY_NAME})\.?,?[^\S\n]+"
            r"(?P<sa>\d{1,2})[/.](?P<sb>\d{1,2})(?![\d/])(?!\.\d)"
        ),
    ),
    # "leaves on Monday the 30th", "Monday 30th": a day of the month after its weekday,
    # the one near the story's day that falls on it (a month after it is the day-month
    # form's: "Monday 30th November")
    (
        "date.weekday_ordinal",
        recache.compile(
            rf"\b(?P<wd>{_WEEKDAY_NAME}),?[^\S\n]+(?:the[^\S\n]+)?"
            r"(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
            rf"(?!,?[^\S\n]+(?:of[^\S\n]+)?(?:{MONTH_RE})\b)"
        ),
    ),
    # "from 18.11. to 20.11.2026", "18.-20.11.2026": a range of days written the German
    # way, day then month, each closed by a point
    (
        "date.range_dotted",
        recache.compile(
            r"(?:\b(?:from|between)[^\S\n]+)?(?<![\d.])(?P<a1>\d{1,2})\.(?:(?P<b1>\d{1,2})\.)?"
            r"[^\S\n]*(?:[-–—]|to|until|till)[^\S\n]*(?P<a>\d{1,2})\.(?P<b>\d{1,2})\."
            r"(?P<y>(?:19|20)\d{2})?(?!\d)"
        ),
    ),
    # "on 19.11.", "until 30.11.": a day and month the German way, after a preposition
    (
        "date.day_dotted",
        recache.compile(
            r"\b(?:on|by|until|till|from|since|before|after)[^\S\n]+"
            r"(?P<sa>\d{1,2})\.(?P<sb>\d{1,2})\.(?!\d)"
        ),
    ),
    # "2024.06.28", "2024/06/28": the year first
    (
        "date.numeric_ymd",
        recache.compile(rf"(?<![\d./]){Y}[./](?P<m>\d{{1,2}})[./](?P<d>\d{{1,2}})(?![\d]|[./]\d)"),
    ),
    # "20/11/2025", "20.11.2025": the day first, unless the first number cannot be a day's
    # month ("11/24/2025")
    (
        "date.numeric_dmy",
        recache.compile(rf"(?<![\d./])(?P<a>\d{{1,2}})[./](?P<b>\d{{1,2}})[./]{Y}(?![\d]|[./]\d)"),
    ),
    # "2025年11月26日", "11月26日": a date written in Chinese inside English text
    (
        "date.cjk",
        recache.compile(
            r"(?:(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*)?"
            r"(?P<m>\d{1,2})[ \t]*月[ \t]*(?P<d>\d{1,2})[ \t]*[日号]"
        ),
    ),
    # "Q3 2025", "H1 2026", "FY2024", "1H 2025", "fiscal 2029": a part of a year, dated by
    # its year
    # (not the year a budget or a plan is for: "the Policy Address for the Fiscal Year 2027")
    (
        "date.fiscal",
        recache.compile(
            rf"\b(?:Q[1-4]|[1-4]Q|H[12]|[12]H|FY|(?<![Ff]or the )(?<![Ff]or )[Ff]iscal"
            rf"(?: [Yy]ear)? )[ ]?{Y}\b"
        ),
    ),
    (
        "date.range_month_day",
        recache.compile(
            # "between March 3 and 5": "and" joins a range after "between", else only two
            # days in a row ("on 9 and 10 September"; "3 and 17 May" are two days)
            # ("from Tuesday, December 1, to Thursday, December 3": a comma before "to")
            rf"\b(?:from\s+|(?P<btw>between\s+))?{WDL}{M}\s+{D}{_COMMA_TO}"
            # (a LaTeX source's "--" is its en dash: "November 17--21")
            rf"(?:\s*(?:--|-|–|—|to|until|through|till)\s*|\s+(?P<and>and)\s+)(?:{WDL2}{M2}\s+)?{D2}\b"
            rf"(?:,?\s+{Y})?",
            re.I,
        ),
    ),
    (
        "date.range_day_month",
        recache.compile(
            # (not a version's "2.1 - 16 November 2026": a number's decimals are no day)
            rf"\b(?<!\d\.)(?:from\s+|(?P<btw>between\s+))?{WDL}{D}(?:\s+{M}{_COMMA_TO})?"
            rf"(?:\s*(?:--|-|–|—|to|until|till)\s*|\s+(?P<and>and)\s+){WDL2}{D2}\s+{M2}\b"
            rf"(?:,?\s+{Y})?",
            re.I,
        ),
    ),
    # "the fourth of December, two thousand and twenty-six": an invitation's formal date
    (
        "date.spelled",
        recache.compile(
            rf"\b(?:[Tt]he\s+)?(?P<dw>(?i:{ORD}))\s+(?:day\s+)?of\s+{M}\b"
            rf"(?:,?\s+(?:in\s+the\s+year\s+)?(?P<yw>{_YEAR_WORDS})\b|,?\s+{Y}\b)?"
        ),
    ),
    # "comes into force on the day following its publication": the day after the story's
    # (a gazette's) date; "on the date of its publication": that date
    (
        "date.publication_day",
        recache.compile(
            r"\bthe\s+(?:day|date)\s+(?:(?P<next>following|after)\s+(?:the\s+(?:day|date)\s+of\s+)?"
            r"|of\s+)its\s+publication\b",
            re.I,
        ),
    ),
    # "Twenty-seven years ago today", "a decade ago", "two months ago": counted back from the
    # story's day; so is what the news "comes two months after" (what "came" a year after
    # something is counted from its own day)
    (
        "date.years_ago",
        recache.compile(
            rf"(?:\b(?P<comes>{'|'.join(_COMES)})\s+"
            r"(?:just\s+|only\s+|barely\s+|about\s+|some\s+|nearly\s+|almost\s+)?)?"
            rf"\b(?P<n>{number_words_re()}|\d{{1,3}}|[Aa]n?)\s+"
            r"(?P<unit>years?|decades?|months?|weeks?|fortnights?)\s+(?P<dir>ago|after)\b"
            r"(?:\s+(?P<today>today|this\s+month))?"
        ),
    ),
    (
        "date.relative_day",
        recache.compile(
            r"\b(?P<word>yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)"
            # "a short while ago", "moments ago", "two hours ago": the day of the story (an
            # app's stamp too: "12 min ago", "2 h ago")
            r"|last\s+night|(?:a\s+(?:short\s+)?while|moments|minutes|an\s+hour|(?:a\s+few|"
            rf"\d{{1,2}}|two|three)\s+(?:min(?:ute)?s?|h(?:ou)?rs?|h))\s+ago)\b"
            rf"(?:\s*\(\s*{M}\s+{D}\s*\))?"
            rf"(?:\s*(?:-|–|to|until|till|through)\s*(?:{M2}\s+)?{D2}\b)?",
            re.I,
        ),
    ),
    (
        "date.month_day",
        # (never an hour: "13 Mar   20:00   Awards ceremony" is the 13th at eight)
        recache.compile(rf"\b{M}\s+{D}\b(?!\s*(?:%|percent|per\s+cent)|[:：]\d{{2}})(?:,?\s+{Y})?"),
    ),
    # "14 October this year": the day in the year named after it
    (
        "date.day_month",
        # ("Made on this 12th day of November 2026": a legal instrument's date; "on the
        # 3rd of December")
        recache.compile(
            rf"\b{D}\s+(?:day\s+of\s+|(?<=(?:st|nd|rd|th)\s)of\s+)?{M}\b"
            rf"(?:,?\s+{Y}|\s+(?P<ry>[Tt]his|[Nn]ext|[Ll]ast)\s+year\b)?"
        ),
    ),
    # "from April to June 2025", "between March and May last year", "April-June 2025": the
    # months from the first to the last, the year written once, after the last
    (
        "date.range_months",
        recache.compile(
            rf"\b(?:from\s+|(?P<btw>between\s+))?{M}(?:\s+(?P<y1>(?:19|20)\d{{2}}))?"
            rf"(?:\s*(?:-|–|—)\s*|\s+(?:to|until|till|through|(?P<and>and))\s+){M2}\s+"
            rf"(?:{Y}|(?P<rel>[Tt]his|[Nn]ext|[Ll]ast)\s+year)\b"
        ),
    ),
    ("date.month_year", recache.compile(rf"\b{M}\s+(?:of\s+)?{Y}\b")),
    # "in March this year", "from March next year": that month of the year named
    (
        "date.month_of_rel_year",
        recache.compile(rf"\b{M}\s+(?P<rel>[Tt]his|[Nn]ext|[Ll]ast)\s+year\b"),
    ),
    # "next April", "last September": the nearest such month after (before) the article
    ("date.month_rel", recache.compile(rf"\b(?P<rel>[Nn]ext|[Ll]ast|[Tt]his)\s+{M}\b(?!\s+\d)")),
    # "was introduced that December", "the following March": that month of the year the
    # story named last before it (the one after it, for "following")
    (
        "date.month_that",
        recache.compile(
            rf"\b(?P<rel>[Tt]hat(?:\s+same)?|[Tt]he\s+(?:following|same))\s+{M}\b(?!\s+\d)"
        ),
    ),
    (
        "date.month",
        recache.compile(
            r"\b(?:(?:[Ii]n|of|since|until|by|early|late|for|as\s+early\s+as|as\s+soon\s+as|from"
            r"|before|after)\s+(?:mid-?\s*)?|(?:[Mm]id|[Ee]nd|[Ee]arly|[Ll]ate)-\s*"
            # ("is published (February)": a chronology's month alone in brackets)
            r"|(?P<br>(?<=\())"
            rf"){M}\b(?!\s+\d)(?(br)(?=\)))"
        ),
    ),
    ("date.year", recache.compile(rf"(?i:{_YEAR_INTRO}){Y}\b(?![-/]\d|\s*(?:%|percent))")),
    # a chronology's item headed by its year: "2021 — The institute and ... hold ..."
    (
        "date.year_head",
        # (or a column's gap after it: "2022  The first phase of the hub opens.")
        recache.compile(
            rf"(?m)^[^\S\n]*{Y}(?=[^\S\n]*(?:—|–|:)[^\S\n]+[A-Z\"“]|[^\S\n]{{2,}}[A-Z\"“])"
        ),
    ),
    # a year naming one run of a series: "the 2025 edition", "its 2019 summit"; a
    # gathering's year: "for a 2027 exhibition"
    (
        "date.year_named",
        recache.compile(
            _NOT_A_BASE + r"\b(?:[Tt]he|[Ii]ts|[Tt]heir"
            rf"|[Aa](?=\s+\d{{4}}\s+(?i:{_GATHERING_HEADS})\b))\s+{Y}(?=\s+[a-z][a-z-]+\b)"
        ),
    ),
    # the year of a gathering's run, its name told with it: "the 2024 Guangzhou-Hong Kong
    # Cooperation Joint Conference", "at MFE 2026" (an acronym's; not "Expo 2025 site",
    # a name's own year)
    (
        "date.year_of_name",
        recache.compile(
            _NOT_A_BASE
            + r"(?:\b(?P<the>[Tt]he|[Ii]ts|[Tt]heir)\s+|\b(?:at|during|from)\s+[A-Z]{2,6}\s+)"
            rf"{Y}(?(the)(?=\s+(?:(?:[A-Z][\w'’&-]*|and|of|for|on|the)\s+){{0,8}}"
            rf"(?:{_GATHERING_HEADS})\b)"
            r"|\b(?![-–/.]\d|\s*(?:%|per\s*cent|percent)))"
        ),
    ),
    (
        # "last Thursday and Friday": two days running are one range; so is "from Sunday
        # to Tuesday"
        "date.weekday_pair",
        recache.compile(
            r"\b(?:(?P<rel>(?i:last|this|on|from)|next)\s+)?"
            rf"(?P<wd>{_WEEKDAY_NAME})\s+"
            r"(?P<join>and|to|until|through|till)\s+"
            rf"(?P<wd2>{_WEEKDAY_NAME})\b"
            # ("from Tuesday to Friday last week": the days of that week)
            r"(?:[^\S\n]+(?P<week>this|last|next)[^\S\n]+week\b)?"
        ),
    ),
    (
        # "Mon-Wed this week", "Tuesday–Thursday next week": a memo's run of days written
        # with a dash (short names only with their week after them: "Mon-Fri 9am-5pm" are
        # opening hours)
        "date.weekday_pair",
        recache.compile(
            rf"\b(?:(?P<wd>{_WEEKDAY_NAME})[^\S\n]*(?P<join>[-–—])[^\S\n]*(?P<wd2>{_WEEKDAY_NAME})\b"
            rf"|(?P<swd>{SHORT_WEEKDAY})\.?[^\S\n]*[-–—][^\S\n]*(?P<swd2>{SHORT_WEEKDAY})\.?"
            r"(?=[^\S\n]+(?:this|last|next)[^\S\n]+week\b))"
            r"(?:[^\S\n]+(?P<week>this|last|next)[^\S\n]+week\b)?"
        ),
    ),
    # "Mon – seminar on ...", "Tue: signing with ...": a memo's line led by its day's
    # short weekday and a dash or a colon
    (
        "date.weekday_short",
        recache.compile(
            rf"(?m)^[^\S\n]*(?P<wd>{SHORT_WEEKDAY})\.?(?=[^\S\n]*[-–—:][^\S\n]+[^\s\d])"
        ),
    ),
    (
        "date.weekday",
        recache.compile(
            # (opening a sentence too: "Last Monday, 25 pupils ..."; but a capital "Next
            # Thursday" is left as the coming one, as "Thursday" alone would be: which week
            # it means is split)
            r"\b(?:(?P<rel>(?i:last|this|on|early|late)|next)\s+)?"
            rf"(?P<wd>{_WEEKDAY_NAME})\b"
            # "Thursday, 17 September 2026": the weekday labels the date written after it
            # (past a part of the day: "on Tuesday morning, December 8")
            r"(?![,\s(]+(?:(?:morning|afternoon|evening|night)[,\s(]+)?"
            rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\b|(?:{MONTH_RE})\.?\s+\d"
            rf"|(?:[Tt]he\s+)?(?i:{ORD})\s+(?:day\s+)?of\s+(?:{MONTH_RE})\b))"
            # ("on Thursday last week": the day of that week; "the Tuesday before last": the
            # one a week before last Tuesday)
            r"(?:[^\S\n]+(?P<week>this|last|next)[^\S\n]+week\b"
            r"|[^\S\n]+(?P<before>before[^\S\n]+last)\b)?"
        ),
    ),
    # "last Sat", "next Sun": a forum post's short weekday, only after its "last"/"next"
    (
        "date.weekday",
        recache.compile(
            rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<wd>{SHORT_WEEKDAY})\.?(?![\w-])"
        ),
    ),
    # "When: Tue 10:30", "arrives Wed night", "leaves Sat.": a memo's short weekday before
    # a time or a part of the day, or closing a clause after "on" or a verb of travel
    # ("on Sun Yat-sen's birthday" is a name)
    (
        "date.weekday_short",
        recache.compile(
            r"(?P<pre>\b(?:on|by|until|till|from|arrives?|leaves?|departs?|returns?)[^\S\n]+)?"
            rf"\b(?P<wd>{SHORT_WEEKDAY})\.?(?:(?=,?[^\S\n]+(?:\d{{1,2}}[:.]\d{{2}}\b"
            r"|(?:night|morning|afternoon|evening|noon)\b))"
            r"|(?(pre)(?<=\.)(?=[^\S\n]|$)|(?!))|(?(pre)(?=[,;)]|[^\S\n]*$)|(?!)))"
        ),
    ),
    (
        # "this summer", "next autumn": the year of that season
        "date.season",
        recache.compile(
            r"(?:\b(?P<rel>this|last|next|early\s+this|late\s+this)\s+"
            # "in the autumn": the season nearest in the tense's direction
            # ("in the fall in exports" is no season)
            r"|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s))the\s+(?!fall\b))"
            r"(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\b|-)",
            re.I,
        ),
    ),
    (
        # "by the end of that year", "later that year", "the following year": the year the
        # story named last before it
        "date.that_year",
        recache.compile(
            r"(?<!\bof\s)\b(?:(?:(?:in|by|during|throughout|at|for)\s+)?(?:the\s+(?:end|start|beginning|"
            r"middle|rest|course)\s+of\s+)?(?P<core>that\s+(?:same\s+)?year)"
            r"|(?:later|earlier|late|early)\s+(?P<core2>that\s+year)"
            # ("up 47 per cent on the previous year" compares; it dates nothing)
            r"|(?:in|by|during|throughout)\s+(?P<core3>the\s+(?P<rel>same|following)\s+year)"
            r"|(?:(?<=^)|(?<=[.!?]\s))(?P<core4>The\s+(?P<rel2>following)\s+year)"
            # "promises to send 12 teams to Macao the following year."
            r"|(?P<core5>the\s+(?P<rel3>following)\s+year)(?=\s*[.,;]))\b",
            re.I,
        ),
    ),
    (
        # "in the second half of the year", "by the end of the year", "before year-end":
        # the article's year
        "date.the_year",
        recache.compile(
            r"(?:(?<=half\sof\s)|(?<=quarter\sof\s)|(?<=end\sof\s)|(?<=start\sof\s)"
            r"|(?<=beginning\sof\s))the\s+year\b|\byear[-\s]end\b",
            re.I,
        ),
    ),
    (
        # "due to open in the third quarter", "in the second half": that part of the
        # article's year (by tense, as a bare month is); "the third quarter of 2026" is the
        # year's own
        "date.quarter",
        recache.compile(
            r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\bfrom\s)|(?<=\buntil\s))"
            r"the\s+(?:(?P<q>first|second|third|fourth|final|last)\s+quarter"
            r"|(?P<h>first|second|last)\s+half)\b(?!\s+of\b|-)",
            re.I,
        ),
    ),
    (
        # "On the 18th, the conference was held", "From the 17th to the 20th", "on the
        # afternoon of the 19th": a day of the month the story is in (Chinese government
        # English); an ordinal before a noun ("the 15th National Games") is no date, but
        # one before a clause's subject is ("on the 24th Karamay signed", "On the 10th we
        # meet")
        "date.day_only",
        recache.compile(
            r"\b(?:[Oo]n|[Ff]rom|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]etween)\s+(?P<core>the\s+"
            r"(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+the\s+)?"
            r"(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
            r"(?:\s+(?P<join>to|and|through|until|till)\s+the\s+(?P<d2>[1-9]|[12]\d|3[01])"
            r"(?:st|nd|rd|th)\b)?(?:\s+of\s+(?P<rel>this|last|next)\s+month\b)?)"
            r"(?=[^\S\n]*(?:[,.;:)]|$)|\s+(?:to|and|through|until|till|at|in|when|the|a"
            r"|we|they|he|she|I|you)\s"
            rf"|\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?:will|\w+ed|{_SIMPLE_PAST})\b)",
            re.M,
        ),
    ),
    (
        "date.relative_period",
        recache.compile(
            r"\b(?P<rel>last|this|next|earlier\s+this|later\s+this|early\s+this|late\s+last)\s+"
            r"(?P<unit>week|month|year)\b",
            re.I,
        ),
    ),
]


@Language.factory("coop_dates")
def make_dates(nlp: Language, name: str) -> DateFinder:
    """Build the date finder."""
    return DateFinder()


# Words without which no date pattern can match: each pattern is tried only in the
# sentences that hold the kind of word it needs (a month name, a year, a weekday ...).
_SHORT = SHORT_WEEKDAY.lower()  # (the anchor is matched on lowered text)
_ANCHOR = recache.compile(  # matched on lowered text; one leading \b, tried at word starts only
    rf"\b(?:(?P<month>{MONTH_RE.lower()})(?!\w)|(?P<year>(?:19|20)\d{{2}})\b"
    r"|(?P<relative>yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|ago|publication"
    rf"|{'|'.join(_COMES)})\b|(?P<unit>week|month|year|quarter|half)\b"
    rf"|(?P<weekday>[a-z]*day|(?<=last ){_SHORT}|(?<=next ){_SHORT}|(?<=this ){_SHORT}"
    # "Wed 25/11", "Tue 10:30", "Wed night": a short weekday before a day, a time or a
    # part of the day
    rf"|{_SHORT}(?=\.?,?[^\S\n]+(?:\d|night|morning|afternoon"
    r"|evening|noon)|\.?(?:[,;)]|[^\S\n]*$)|\.[^\S\n]"
    # ... or before a dash or a colon: "Mon-Wed this week", "Tue – signing with ..."
    r"|\.?[^\S\n]*[-–—:]))\b"
    r"|(?P<dotted>\d{1,2}\.(?:\d{1,2}\.(?!\d)|[^\S\n]*(?:[–—-]|to\b)))"
    r"|(?P<season>spring|summer|autumn|fall|winter)\b"
    r"|(?P<stamp>\d{1,2}/\d{1,2}[ \t]+\d{1,2}:\d{2})|(?P<cjk>\d{1,2}[ \t]*月)"
    r"|(?P<ordinal>\d{1,2}(?:st|nd|rd|th))\b|(?P<slash>\d{1,2}/\d{1,2})(?![/\d]))"
)
_NEEDS = {
    "date.iso": "year",
    "date.iso_month": "year",
    "date.iso_range": "year",
    "date.pt": "year",
    "date.day_slash": "slash",
    "date.weekday_slash": "weekday",
    "date.weekday_ordinal": "weekday",
    "date.weekday_short": "weekday",
    "date.range_dotted": "dotted",
    "date.day_dotted": "dotted",
    "date.flash": "stamp",
    "date.numeric_ymd": "year",
    "date.numeric_dmy": "year",
    "date.fiscal": "year",
    "date.cjk": "cjk",
    "date.range_month_day": "month",
    "date.range_day_month": "month",
    "date.relative_day": "relative",
    "date.spelled": "month",
    "date.publication_day": "relative",
    "date.years_ago": "relative",
    "date.month_day": "month",
    "date.day_month": "month",
    "date.month_year": "month",
    "date.range_months": "month",
    "date.month": "month",
    "date.month_rel": "month",
    "date.month_of_rel_year": "month",
    "date.month_that": "month",
    "date.year": "year",
    "date.year_named": "year",
    "date.year_of_name": "year",
    "date.year_head": "year",
    "date.weekday": "weekday",
    "date.weekday_pair": "weekday",
    "date.relative_period": "unit",
    "date.season": "season",
    "date.that_year": "unit",
    "date.the_year": "unit",
    "date.quarter": "unit",
    "date.day_only": "ordinal",
}
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}


def season_window(said: str, year: str) -> tuple[str, str] | None:
    """The days a season told as a year's part covers ('this spring' in 2026: 1 March to
    31 May 2026); None for winter, which spans two years, or no season."""
    m = re.search(r"spring|summer|autumn|fall", said, re.I)
    if m is None or not re.fullmatch(r"\d{4}", year):
        return None
    first, last = _SEASONS[m.group().lower()]
    end = date(int(year), last + 1, 1) - timedelta(days=1)
    return f"{year}-{first:02d}-01", end.isoformat()


# "this year", "next year", "last year": the year's offset from the article's
_REL_YEAR = {"this": 0, "next": 1, "last": -1}


def _of_week(anchor: date, week: str, weekday: int) -> date:
    """The day ``weekday`` (0 for Monday) of the week ``week`` ("this", "last", "next") of
    ``anchor``."""
    monday = anchor - timedelta(days=anchor.weekday() - 7 * _REL_YEAR[week])
    return monday + timedelta(days=weekday)


def _month_range(g: dict, anchor: date | None) -> tuple[str | None, str | None, str] | None:
    """'from April to June 2025': (2025-04, 2025-06, month); 'and' only after 'between'."""
    if g.get("and") and not g.get("btw"):
        return None  # "in March and May 2025": two months, not a range
    first, last = month_number(g["mon"]), month_number(g["mon2"])
    if g.get("rel"):
        if anchor is None:
            return (None, None, "month")
        end_year = anchor.year + _REL_YEAR[g["rel"].lower()]
    else:
        end_year = int(g["y"])
    start_year = int(g["y1"]) if g.get("y1") else end_year - (1 if first > last else 0)
    if (start_year, first) >= (end_year, last):
        return None
    return (f"{start_year:04d}-{first:02d}", f"{end_year:04d}-{last:02d}", "month")


class YearAnchor(date):
    """Only the year is known (an undated "Annual Report 2024"): a day and month written
    without a year are in it; dates relative to a day stay unresolved."""


_RELATIVE_RULES = frozenset(
    {
        "date.relative_day",
        "date.weekday",
        "date.weekday_ordinal",
        "date.weekday_short",
        "date.weekday_pair",
        "date.month_rel",
        "date.month_of_rel_year",
        "date.season",
        "date.the_year",
        "date.relative_period",
        "date.years_ago",
        "date.publication_day",
        "date.day_only",
    }
)
_TITLE_YEAR = recache.compile(r"(?<![\w/-])((?:19|20)\d{2})(?![\w/-])")


def title_year(text: str) -> YearAnchor | None:
    """The year a document with no date names in its title lines ('Annual Report 2024 —
    Chronicle of Activities'): one year, in the first three lines, each a title (short,
    no full stop at the end)."""
    years: set[str] = set()
    for line in _title_lines(text, 12):
        years.update(_TITLE_YEAR.findall(line))
    # (a fact sheet's or a paper's month on a line of its own under the title: "November
    # 2026")
    heads = _head_lines(text, 6)
    years.update(m.group("y") for ln in heads if (m := _MONTH_LINE.fullmatch(ln)))
    return YearAnchor(int(years.pop()), 12, 31) if len(years) == 1 else None


_MONTH_LINE = recache.compile(rf"(?:{MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d{{2}})")


def _title_lines(text: str, max_words: int) -> list[str]:
    """The title lines among a text's first three lines: short, no full stop at the end."""
    lines = _head_lines(text, 3)
    return [ln for ln in lines if len(ln.split()) <= max_words and not ln.endswith(".")]


def _head_lines(text: str, n: int) -> list[str]:
    """The first ``n`` lines of the text's head (its first 600 characters) that are not
    blank, stripped."""
    return [ln for ln in (ln.strip() for ln in text[:600].splitlines()) if ln][:n]


_YEAR_AHEAD = recache.compile(rf"\b(?:{_words_re(_TENSE_WORDS['year_ahead'])})\b", re.I)


# a day or a span of days and a month, no year after them: "(12-19 JULY)"
_YEARLESS_DAYS = recache.compile(
    rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{MONTH_RE})\b(?!\.?,?\s*(?:19|20)\d{{2}})", re.I
)


def _year_ahead(text: str, anchor: date | None) -> int | None:
    """The year a preview looks ahead to: a title line (one of the first three, short, no
    full stop) that names the story's next year and no other, with a preview's word ('The
    year ahead: ten dates that will shape the Greater Bay Area in 2027') or the days of the
    occasion it names ('SUMMER STUDY TOUR 2027: CHENGDU AND CHONGQING (12-19 JULY)')."""
    if anchor is None or isinstance(anchor, YearAnchor):
        return None
    for line in _title_lines(text, 16):
        if (_YEAR_AHEAD.search(line) or _YEARLESS_DAYS.search(line)) and set(
            _TITLE_YEAR.findall(line)
        ) == {str(anchor.year + 1)}:
            return anchor.year + 1
    return None


def _in_year_ahead(text: str, found: list[dict], year: int) -> None:
    """In a preview of ``year``, a day, month or part of the year written without a year
    and read as the story's own year is in ``year`` ('Macao hosts the ... Fair from August
    12 to 15'), unless it is told in the past ('the committee said in October')."""
    was = str(year - 1)
    for f in found:
        if (
            f["rule"] not in _AHEAD_YEARLESS
            or not (f["date"] or "").startswith(was)
            or _tense_at(text, f["start"]) == "past"
        ):
            continue
        moved = [
            f"{year}{iso[4:]}" if iso and iso.startswith(was) else iso
            for iso in (f["date"], f["end_date"])
        ]
        if all(iso is None or len(iso) < 10 or _valid_iso(iso) for iso in moved):
            f["date"], f["end_date"] = moved


def _valid_iso(iso: str) -> bool:
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False  # (29 February)
    return True


_GROUP_AT = {  # where such a date's text starts
    "date.month": "mon",
    "date.flash": "m",
    "date.day_only": "core",
    "date.day_slash": "sa",
    "date.day_dotted": "sa",
    "date.weekday_short": "wd",
}


# "Results of 2026 Guangdong-Hong Kong ... Scheme announced": a year between "of" and a
# name is the name's edition, as "the 2026 ..." is; not after a part of the year ("by the
# end of 2026", "the first half of 2026")
_OF_YEAR_NAME = recache.compile(
    r"(?<![\w-])(?!(?:end|ends|beginning|start|half|quarter|middle|rest|course|part|close|turn"
    r"|spring|summer|autumn|fall|winter|months|weeks)\b)[A-Za-z]+[^\S\n]+of[^\S\n]+$",
    re.I,
)
_NAME_AFTER = recache.compile(rf"[^\S\n]+(?!(?:{MONTH_RE})\b)[A-Z][\w'’-]*[^\S\n]+[A-Z]")


def _edition_year(text: str, m: re.Match[str]) -> bool:
    """Is the year a bare 'of' introduces the edition a name after it holds?"""
    y = m.start("y")
    return (
        _NAME_AFTER.match(text, m.end()) is not None
        and _OF_YEAR_NAME.search(text, max(0, y - 30), y) is not None
    )


@cache
def _law_named() -> re.Pattern[str]:
    """A law's or a document's name that a year closes: "the Securities Exchange Act of
    1934" (the year is part of the name, no day of a happening)."""
    words = trie_regex(resources.org_heads()["document_words"])
    return recache.compile(rf"\b[A-Z][\w'’-]*[^\S\n]+(?:{words})[^\S\n]+of[^\S\n]+$")


# a weekday that recurs: "every Sunday", "each Monday and Thursday"
_HABIT_DAYS = recache.compile(
    rf"\b(?:[Ee]very|[Ee]ach)\s+{_WEEKDAY_NAME}(?:(?:\s*,\s*|\s+(?:and|or)\s+){_WEEKDAY_NAME})*\b"
)


_RANGE_RULES = frozenset({"date.range_month_day", "date.range_day_month"})
# a move from one day to another: "has been moved (from)", "postponed (from)"
_MOVED = rf"\b(?:{_words_re(_TENSE_WORDS['move_verbs'])})"
_MOVED_BEFORE = recache.compile(rf"{_MOVED}\s+(?:from\s+)?$", re.I)
# ... and the days it moves between: "postponed from 8 December to ", "moved from ", or
# the one it moves to: "has been postponed to ", "moved to Saturday, "
_MOVED_BETWEEN = recache.compile(
    rf"{_MOVED}\s+(?:from\s+(?:[^,;.]{{0,40}}?\s+to\s+)?|(?:to|until|till)\s+(?:[A-Z][a-z]+,?\s+)?)$",
    re.I,
)


# a thread's post number opening its line: "🧵 1/4 Big week ...", "2/4 Tuesday 1 Dec: ..."
# (no leading zero, and no dash after it: "02/12 — Chamber luncheon" is a day's item)
_THREAD_NUMBER = recache.compile(
    r"(?m)^[^\w\n]{0,6}(?P<k>[1-9]\d?)/(?P<n>[1-9]\d?)(?=[ \t]+(?![-–—]))"
)


def _thread_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of a thread's post numbers: two or more lines opening "k/n" with the same
    n, the k counting up one by one, each at most n (a date written "3/4" opens no such
    run, nor do a list's days "1/12 — ...", "9/12 — ...")."""
    if "/" not in text:
        return []
    runs: dict[str, list[re.Match[str]]] = {}
    for m in _THREAD_NUMBER.finditer(text):
        runs.setdefault(m.group("n"), []).append(m)
    return [
        (m.start("k"), m.end("n"))
        for n, found in runs.items()
        if len(found) >= 2
        and all(int(b.group("k")) == int(a.group("k")) + 1 for a, b in pairwise(found))
        and int(found[-1].group("k")) <= int(n)
        for m in found
    ]


def find_dates(
    text: str, anchor: date | None, bounds: list[tuple[int, int]] | None = None
) -> list[dict]:
    """Return date payloads for ``text`` resolved against ``anchor`` (non-overlapping)."""
    taken = SpanSet()
    for m in _HABIT_DAYS.finditer(text):
        taken.add(m.start(), m.end())  # "every Sunday", "each Monday and Wednesday": no day
    for a, b in _thread_numbers(text):
        taken.add(a, b)  # a thread's "2/4", "3/4" opening its posts: no day
    out: list[dict] = []
    day_only: dict[int, re.Match[str]] = {}
    yearless: dict[int, tuple[str, re.Match[str]]] = {}
    by_kind = windows_by_kind(text, bounds or [], _ANCHOR)
    for rule, pattern in _PATTERNS:
        spans = by_kind.get(_NEEDS[rule], [])
        for m in (m for s, e in spans for m in pattern.finditer(text, s, e)):
            start, end = m.start(), m.end()
            if rule in (
                "date.year",
                "date.year_named",
                "date.year_of_name",
                "date.year_head",
                "date.month",
                "date.flash",
                "date.day_only",
                "date.day_slash",
                "date.day_dotted",
                "date.weekday_short",
            ):
                start = m.start(_GROUP_AT.get(rule, "y"))
            elif rule == "date.that_year":  # "by the end of that year": as "by ... 1993"
                start = min(
                    m.start(k) for k in ("core", "core2", "core3", "core4", "core5") if m.group(k)
                )
            if taken.overlaps(start, end):
                continue
            if rule in _RANGE_RULES and _MOVED_BEFORE.search(text, max(0, start - 40), start):
                continue  # "moved from Dec. 8 to Dec. 9": the day it was, then the day it is
            if rule == "date.year" and (
                _edition_year(text, m) or _law_named().search(text, max(0, start - 60), start)
            ):
                continue
            if (
                isinstance(anchor, YearAnchor)
                and rule in _RELATIVE_RULES
                # ("Last year, the two cities signed ..." in a ceremony's script dated only
                # by its year: a year counted from a year is known)
                and not (rule == "date.relative_period" and m.group("unit").lower() == "year")
            ):
                resolved = _resolve(rule, m, text, None)  # no day to count from
            else:
                resolved = _resolve(rule, m, text, anchor)
            if resolved is None:
                continue
            taken.add(start, end)
            iso, end_iso, precision = resolved
            if anchor is None and iso is None and rule in _YEARLESS_RULES:
                yearless[start] = (rule, m)
            found = {
                "start": start,
                "end": end,
                "text": text[start:end],
                "date": iso,
                "end_date": end_iso,
                "precision": precision,
                "rule": rule,
            }
            if rule == "date.relative_period" and precision == "month" and iso and anchor:
                # "later this month": the days after the story's (a relative date has a
                # date only when the story's day is known)
                found["window"] = _part_of_month(m.group("rel"), anchor)
            out.append(found)
            if rule == "date.day_only" and iso and not m.group("rel"):
                day_only[start] = m
    out.sort(key=lambda f: f["start"])
    if yearless:
        _year_told_before(text, out, yearless)
    if day_only:
        _day_only_near(text, out, day_only, anchor)
    if (ahead := _year_ahead(text, anchor)) is not None:
        _in_year_ahead(text, out, ahead)
    out = _that_month(
        text, _years_later(text, _offsets(text, _year_headed(text, out), bounds or []), bounds)
    )
    out = _weekday_labels(text, _told_after(text, _drop_named_years(out, bounds or [])))
    if anchor is not None:
        _weekdays_of_told_week(text, out, anchor)
        if not isinstance(anchor, YearAnchor):
            _weekday_year(text, out, anchor)
    return _dated_ranges(text, out)


# a weekday right before a day ("Thu 3 Dec", "Thursday, 3 December", "Thursday the 3rd")
_WEEKDAY_JUST_BEFORE = recache.compile(
    rf"\b(?P<wd>{SHORT_WEEKDAY}\.?|{_WEEKDAY_NAME}),?[^\S\n]+(?:the[^\S\n]+)?$"
)
# a day written with its number or its month's name (never "On Tuesday" itself)
_DAY_WRITTEN = recache.compile(rf"\d|(?:{MONTH_RE})\b")


def _on_weekday(day: date, wd: str) -> list[date]:
    """``day``'s month and day of the month in its own year and in the years either side
    (in that order) where it falls on the weekday ``wd`` ("Thu", "Thursday")."""
    target = weekday_index(wd)
    return [
        o
        for k in (0, -1, 1)
        if (o := _safe(day.year + k, day.month, day.day)) is not None and o.weekday() == target
    ]


def _weekday_year(text: str, found: list[dict], anchor: date) -> None:
    """A day written without its year after its weekday ("|Thu 3 Dec |... signed"): the
    year, of the one the tense picked and the two beside it, in which that day falls on
    that weekday (the nearest the story's day), wherever the tense would have put it."""
    for f in found:
        if (
            f["precision"] != "day"
            or not f["date"]
            or _WRITTEN_YEAR.search(f["text"])
            or not _DAY_WRITTEN.match(f["text"])
        ):
            continue
        wd = _WEEKDAY_JUST_BEFORE.search(text, max(0, f["start"] - 14), f["start"])
        day = date.fromisoformat(f["date"])
        fits = _on_weekday(day, wd.group("wd")) if wd is not None else []
        if not fits or fits[0] == day:
            continue
        moved = min(fits, key=lambda o: abs((o - anchor).days))
        f["date"] = moved.isoformat()
        if f["end_date"] and len(f["end_date"]) == 10:
            last = date.fromisoformat(f["end_date"])
            shifted = _safe(last.year + moved.year - day.year, last.month, last.day)
            f["end_date"] = (shifted or last).isoformat()


# "on Monday 3 August", "on Tuesday, 8 December": a day told in running text after its
# own weekday (not a list's slot, "(b) Wednesday, 10 November 2021, 3 pm")
# ("on Monday 3 August", or a line's label: "2/4 Tuesday 1 Dec: ...", "- Tuesday 1 Dec")
_WEEKDAY_BEFORE = recache.compile(
    rf"(?:\b[Oo]n[^\S\n]+|(?:\A|\n)[^\w\n]*(?:\d{{1,2}}/\d{{1,2}}[^\S\n]+)?)(?P<wd>{_WEEKDAY_NAME}),?"
    r"[^\S\n]+$"
)
_BARE_WEEKDAY = recache.compile(rf"(?:on[^\S\n]+)?(?P<wd>{_WEEKDAY_NAME})", re.I)
# "on the Monday evening": a weekday of the week told, not the next one
_THE_BEFORE_WEEKDAY = recache.compile(r"\b[Tt]he[^\S\n]+$")
# "next Thursday", "last Friday", "this Monday": a weekday counted from the story's day
_COUNTED_WEEKDAY = recache.compile(
    r"\b(?:next|last|this|coming|following|previous|past)[^\S\n]+$", re.I
)


def _weekdays_of_told_week(text: str, found: list[dict], anchor: date) -> None:
    """'We crossed the border on Monday 3 August ... our visit to BYD on Thursday': a
    diary's or a programme's bare weekday, after a day written with its own weekday in a
    week other than the story's (or still to come), is the next such weekday after that day
    (within the next few paragraphs, and until another day is told), not one of the story's week;
    after "the" ("on the Monday evening") it is the nearest such weekday, before that day
    too; after two such days told close together (a trip's first and last) it is the one
    between them, when one is."""
    frame: date | None = None
    frame_end = 0
    span: tuple[date, date] | None = None  # the days from one told day to the next
    for f in found:
        if f["rule"] == "date.weekday" and (bare := _BARE_WEEKDAY.fullmatch(f["text"])):
            if (
                frame is not None
                and f["date"]
                and f["start"] - frame_end <= 1200
                and not _COUNTED_WEEKDAY.search(text, max(0, f["start"] - 12), f["start"])
            ):
                target = weekday_index(bare.group("wd"))
                inside = weekdays_between(*span, target) if span else []
                if span and len(inside) == 1:
                    # ("leaves on Monday the 30th, and we are back on Wednesday, December
                    # 2 ... On Tuesday we hold the conference": a day of the span told)
                    frame, frame_end = inside[0], f["end"]
                    f["date"] = frame.isoformat()
                    continue
                gap = (target - frame.weekday()) % 7
                if gap > 3 and _THE_BEFORE_WEEKDAY.search(text, max(0, f["start"] - 8), f["start"]):
                    gap -= 7  # ("back on Wednesday, December 2 ... on the Monday evening":
                    # a day of the week told, the nearest, before the frame too)
                if gap:  # (the day told last is the next one's frame)
                    frame, frame_end = frame + timedelta(days=gap), f["end"]
                    f["date"] = frame.isoformat()
            continue
        if f["precision"] != "day" or not f["date"]:
            continue
        before, before_end = frame, frame_end
        frame, span = None, None
        day = date.fromisoformat(f["date"])
        if f["rule"] == "date.weekday_pair" and f["end_date"] and day > anchor:
            # ("will lead a delegation to Hong Kong from Sunday to Tuesday. The trip centres
            # on a promotion ... on Monday": a day of the days to come, told by its weekday)
            span, frame_end = (day, date.fromisoformat(f["end_date"])), f["end"]
            frame = day
            continue
        wd = _WEEKDAY_BEFORE.search(text, max(0, f["start"] - 20), f["start"])
        if (
            (
                f["rule"] == "date.weekday_ordinal"  # ("leaves on Monday the 30th")
                or (wd is not None and weekday_index(wd.group("wd")) == day.weekday())
            )
            and not f["end_date"]
            # (or a day still to come: "Tuesday 1 Dec: ... fashion show", then "Wednesday:
            # courtesy call on ...", a programme's next day, in a post of 27 November)
            and (abs((day - anchor).days) > 7 or day > anchor)
        ):
            if (
                before is not None
                and 0 < (day - before).days <= 14
                and f["start"] - before_end <= 200
            ):
                span = (before, day)
            frame, frame_end = day, f["end"]


# A day written without its year ("On 11 November, ...", "from 10 to 12 November").
_YEARLESS_RULES = frozenset(
    {"date.day_month", "date.month_day", "date.range_day_month", "date.range_month_day"}
)
_WRITTEN_YEAR = recache.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _year_told_before(
    text: str, found: list[dict], yearless: dict[int, tuple[str, re.Match[str]]]
) -> None:
    """'On 10 November 2026 a delegation arrived ... On 11 November, nine agreements were
    signed': in a text with no date of its own (a wiki page), a day written without its
    year is in the year of the latest day told with one before it, within a few
    paragraphs."""
    year, told_end = None, 0
    for f in found:
        said = yearless.get(f["start"])
        if said is not None and year is not None and f["start"] - told_end <= 1500:
            resolved = _resolve(said[0], said[1], text, YearAnchor(year, 12, 31))
            if resolved is not None:
                f["date"], f["end_date"] = resolved[0], resolved[1]
        elif f["date"] and f["precision"] == "day" and (y := _WRITTEN_YEAR.search(f["text"])):
            year, told_end = int(y.group()), f["end"]


def _day_only_near(
    text: str, found: list[dict], day_only: dict[int, re.Match[str]], anchor: date | None
) -> None:
    """'It arrived on October 30. On the 2nd, it ...': a day told by its number alone is in
    the month nearest the day the story told last (within a few paragraphs), not
    necessarily the story's own month."""
    last: dict | None = None
    for f in found:
        m = day_only.get(f["start"]) if f["rule"] == "date.day_only" else None
        if m is not None and last is not None and f["start"] - last["end"] <= 1500:
            resolved = _day_only(m.groupdict(), text, m.start(), anchor, last["day"])
            if resolved is not None:
                f["date"], f["end_date"] = resolved[0], resolved[1]
        if f["date"] and f["precision"] == "day" and (f["rule"] in _NAMED_DAYS or m is not None):
            last = {"end": f["end"], "day": date.fromisoformat(f["end_date"] or f["date"])}


def _weekday_labels(text: str, found: list[dict]) -> list[dict]:
    """'November 30 (Monday)': a weekday in brackets after a day labels it (Hong Kong
    government style); it is part of that date, not a date of its own."""
    out: list[dict] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and f["rule"] == "date.weekday"
            and prev["precision"] == "day"
            and text[prev["end"] : f["start"]] in (" (", "(")
            and text[f["end"] : f["end"] + 1] == ")"
        ):
            prev.update(end=f["end"] + 1, text=text[prev["start"] : f["end"] + 1])
            continue
        out.append(f)
    return out


def _told_after(text: str, found: list[dict]) -> list[dict]:
    """ "The move comes two weeks after X met Y on June 18": the day told after it dates
    what happened; the count back from the story's day only dates a happening told with
    no date of its own."""
    drop = set()
    for k, f in enumerate(found):
        if f["rule"] != "date.years_ago" or not f["text"].lower().startswith(_COMES):
            continue
        start, sentence = _sentence_span(text, f["start"])
        if any(f["end"] <= g["start"] < start + len(sentence) for g in found[k + 1 :]):
            drop.add(k)
    return [f for k, f in enumerate(found) if k not in drop]


# "from 5 December 2026 to 3 January 2027", "between March 3, 2025 and May 1, 2025", "5 Dec
# 2026 - 3 Jan 2027": two days written in full, each with its year, are one range
# (a page's inline range runs over a line break of its source: "2026-12-14 –" over
# "2026-12-18", which a browser shows on one line; a workspace's date property joins its
# days with an arrow: "December 14, 2026 → December 17, 2026")
_RANGE_JOIN = recache.compile(
    r"[^\S\n]*(?:(?P<word>to|until|till|through|and)|[-–—→])(?:[^\S\n]*\n)?[^\S\n]*$", re.I
)
_RANGE_OPEN = recache.compile(r"\b(?P<open>from|between)[^\S\n]+$", re.I)
_FULL_DAYS = frozenset({"date.day_month", "date.month_day", "date.iso", "date.spelled"})
# days told with their month: what a day told by its number alone is counted from
_NAMED_DAYS = frozenset({*_FULL_DAYS, "date.range_day_month", "date.range_month_day", "date.cjk"})
# days that may open or close a range: "14/09/2026 - 18/09/2026" (a form's period) as well
_RANGE_DAYS = frozenset({*_FULL_DAYS, "date.numeric_dmy", "date.numeric_ymd"})


def _joined(text: str, start: int, end: int, next_start: int) -> bool:
    """Do the days at ``start`` and ``next_start`` make one range: a dash between them,
    "from ... to/until/through ..." or "between ... and ..."?"""
    join = _RANGE_JOIN.match(text[end:next_start])
    if join is None:
        return False
    if join.group("word") is None:
        return True
    opened = _RANGE_OPEN.search(text, max(0, start - 12), start)
    if opened is None:
        return False
    return (join.group("word").lower() == "and") == (opened.group("open").lower() == "between")


def _dated_ranges(text: str, found: list[dict]) -> list[dict]:
    out: list[dict] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev["rule"] in _RANGE_DAYS
            and f["rule"] in _RANGE_DAYS
            and prev["precision"] == f["precision"] == "day"
            and not prev["end_date"]
            and not f["end_date"]
            and prev["date"]
            and f["date"]
            and (
                (_DIGIT_YEAR.search(prev["text"]) and _DIGIT_YEAR.search(f["text"]))
                # "from November 30 (Monday) to December 3 (Thursday)": labelled days
                or (prev["text"].endswith(")") and f["text"].endswith(")"))
            )
            and _joined(text, prev["start"], prev["end"], f["start"])
            and 0 < (date.fromisoformat(f["date"]) - date.fromisoformat(prev["date"])).days <= 400
        ):
            prev.update(
                end=f["end"],
                text=text[prev["start"] : f["end"]],
                end_date=f["date"],
                rule="date.range_dated",
            )
            continue
        out.append(f)
    return out


# an item headed by its year: "2004 — On 21 December, Guangdong and Macao sign ..."
_YEAR_HEAD = recache.compile(
    r"[^\S\n]*(?P<y>(?:19|20)\d{2})(?:[^\S\n]*(?:—|–|:|-(?=\s))[^\S\n]*|[^\S\n]{2,}(?=[A-Z\"“]))"
)
_YEARLESS = frozenset(
    {
        "date.day_month",
        "date.month_day",
        "date.range_day_month",
        "date.range_month_day",
        "date.month",
        "date.spelled",
    }
)
_DIGIT_YEAR = recache.compile(r"(?:19|20)\d{2}")
# what a preview's year moves: dates read without a year of their own
_AHEAD_YEARLESS = frozenset({*_YEARLESS, "date.quarter", "date.the_year", "date.season"})


def _year_headed(text: str, found: list[dict]) -> list[dict]:
    """A day or a month written without a year in an item headed by its year ('2004 — On
    21 December, ...', a chronology's or an 'on this day' column's line or paragraph) is in
    that year, whatever the story's own year and tense; so is one that opens an item of a
    list headed by its year ('2026 TIMELINE', then '12 Apr   Rail service launched')."""
    lists = [(m.end(), m.group("y") or m.group("y2")) for m in _LIST_YEAR.finditer(text)]
    for f in found:
        if f["rule"] not in _YEARLESS or not f["date"] or _DIGIT_YEAR.search(f["text"]):
            continue
        line = text.rfind("\n", 0, f["start"]) + 1
        para = text.rfind("\n\n", 0, f["start"])
        head = _YEAR_HEAD.match(text, line) or _YEAR_HEAD.match(text, para + 2 if para >= 0 else 0)
        if head is not None and head.end() <= f["start"]:
            _move_to_year(f, int(head.group("y")))
        elif _ITEM_OPEN.fullmatch(text, line, f["start"]) and (
            year := next((y for end, y in reversed(lists) if end <= line), None)
        ):
            _move_to_year(f, int(year))
    return found


# a heading that names a list of a year's happenings and the year ("2026 TIMELINE",
# "Milestones in 2025", "## Key dates, 2027"): see tense_words' 'year_lists'
_LIST_WORDS = rf"(?i:{_words_re(_TENSE_WORDS['year_lists'])})"
_LIST_YEAR = recache.compile(
    rf"^[^\S\n]*(?:#{{1,6}}[^\S\n]+)?(?:(?P<y>(?:19|20)\d{{2}})[^\S\n]+{_LIST_WORDS}"
    rf"|{_LIST_WORDS}(?:[^\S\n]+(?:of|for|in))?[^\S\n]*[,:–—-]?[^\S\n]*"
    r"(?P<y2>(?:19|20)\d{2}))[^\S\n]*:?[^\S\n]*$",
    re.M,
)
# what may open a list's item before its day: spaces, a bullet
_ITEM_OPEN = recache.compile(r"[^\S\n]*(?:[-*•·][^\S\n]+)?")


def _move_to_year(f: dict, year: int) -> None:
    """A date found (``f``) and its end moved to ``year``, unless a day does not exist
    there (29 February)."""
    shift = year - int(f["date"][:4])
    moved = [_shift_year(iso, shift) for iso in (f["date"], f["end_date"])]
    if moved[0] is not None and (f["end_date"] is None or moved[1] is not None):
        f["date"], f["end_date"] = moved


def _shift_year(iso: str | None, shift: int) -> str | None:
    """``iso`` moved by ``shift`` years; None when that day does not exist (29 February)."""
    if iso is None:
        return None
    moved = f"{int(iso[:4]) + shift:04d}{iso[4:]}"
    if len(moved) == 10 and _safe(int(moved[:4]), int(moved[5:7]), int(moved[8:])) is None:
        return None
    return moved


# "two days later", "a week earlier": a day counted from another
LATER = recache.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier)\b",
    re.I,
)


# "later that month", "in the following month": the month of the date told before
_THAT_MONTH = recache.compile(
    r"\b(?:(?:later|earlier|late|early)\s+(?P<core>that\s+(?:same\s+)?month)"
    r"|(?:in|by|during|throughout|at\s+the\s+end\s+of|at\s+the\s+start\s+of)\s+"
    r"(?P<core2>that\s+(?:same\s+)?month|the\s+(?P<rel>same|following)\s+month))\b",
    re.I,
)


def _that_month(text: str, found: list[dict]) -> list[dict]:
    """'On 12 August 2024 the Group signed ... Later that month, our CEO led a team to
    Guangzhou': the month of the latest date before it (a day's or a month's, within a
    few sentences), or the month after it for 'the following month'."""
    if "month" not in text:
        return found
    added = []
    for m in _THAT_MONTH.finditer(text):
        core = "core" if m.group("core") else "core2"
        before = [
            d
            for d in found
            if d["date"]
            and d["end"] <= m.start()
            and m.start() - d["end"] <= 600
            and d["precision"] in ("day", "month")
        ]
        if not before or any(d["start"] <= m.start(core) < d["end"] for d in found):
            continue
        y, mth = (int(x) for x in before[-1]["date"][:7].split("-"))
        if (m.group("rel") or "").lower() == "following":
            y, mth = (y + 1, 1) if mth == 12 else (y, mth + 1)
        added.append(
            {
                "start": m.start(core),
                "end": m.end(core),
                "text": m.group(core),
                "date": f"{y:04d}-{mth:02d}",
                "end_date": None,
                "precision": "month",
                "rule": "date.that_month",
            }
        )
    return sorted([*found, *added], key=lambda f: f["start"]) if added else found


# "the following day", "the next day", "the previous day": told after a day in the same
# sentence, the day after (before) it ("called on the mayor on 15 September, and took part
# in the seminar the following day"); "the day after the summit" names no day
_NEXT_DAY = (
    r"\bthe[^\S\n]+(?:(?P<next>following|next)|previous)[^\S\n]+day\b"
    r"(?![^\S\n]+(?:of|after|before|that|when|on)\b|['’])"
)
# what a day told before dates in its sentence: a count of days, or the day after it
COUNTED_FROM = recache.compile(rf"{LATER.pattern}|{_NEXT_DAY}", re.I)


def offset_days(m: re.Match[str]) -> int:
    """The days a ``LATER`` (or ``COUNTED_FROM``) match counts: 'two weeks later' 14, 'a
    day earlier' -1, 'the following day' 1, 'the previous day' -1."""
    if m.groupdict().get("unit") is None:
        return 1 if m.group("next") else -1
    days = int(parse_number(m.group("n")) or 1)
    days *= 7 if m.group("unit").lower().startswith("week") else 1
    return -days if m.group("dir").lower() == "earlier" else days


def _offsets(text: str, found: list[dict], bounds: list[tuple[int, int]]) -> list[dict]:
    """'Leave was granted on 6 June 2025, and the order was served nine days later': a
    count of days after a single day of the same sentence (with no other date between) is
    a day of its own, and so is 'the following day' or 'the previous day' after it. (Told
    in a sentence of its own, "Two days later, ..." is counted from the event before; see
    the events.)"""
    if COUNTED_FROM.search(text) is None:
        return found

    def counted(d: dict, m: re.Match[str]) -> dict | None:
        if d["precision"] != "day":
            return None
        day = date.fromisoformat(d["date"]) + timedelta(days=offset_days(m))
        rule = "date.offset" if m.group("unit") else "date.next_day"
        return {"date": day.isoformat(), "end_date": None, "precision": "day", "rule": rule}

    return _counted_after(text, found, bounds, COUNTED_FROM, counted)


def _counted_after(
    text: str,
    found: list[dict],
    bounds: list[tuple[int, int]] | None,
    pattern: re.Pattern[str],
    counted: Callable[[dict, re.Match[str]], dict | None],
) -> list[dict]:
    """The dates a count told after a date of the same sentence gives ('nine days later', 'a
    year later'), with no other date between: ``pattern`` finds the count after each single
    date, ``counted`` turns the date and the count into the new date's payload (None: no
    date), added to ``found`` in order."""
    sentences = SentenceIndex(bounds or [(0, len(text))])
    added = []
    for k, d in enumerate(found):
        if d["end_date"] or not d["date"]:
            continue
        _, hi = sentences.bounds_of(d["start"])
        nxt = found[k + 1]["start"] if k + 1 < len(found) else hi
        m = pattern.search(text, d["end"], min(hi, nxt))
        if m is None or (payload := counted(d, m)) is None:
            continue
        added.append({"start": m.start(), "end": m.end(), "text": m.group(), **payload})
    return sorted([*found, *added], key=lambda f: f["start"]) if added else found


# "a year later", "two years earlier": a count of years after a date of the sentence
_YEARS_LATER = recache.compile(
    r"\b(?P<n>an?|one|two|three|four|five|\d)\s+years?\s+(?P<dir>later|earlier)\b", re.I
)


_YEARS_HINT = recache.compile(r"years?\s+(?:later|earlier)", re.I)
_COMPARED_BASE = recache.compile(r"\b(?:from|than|on|over|against|versus|vs\.?|with)\s+$", re.I)


def _years_later(text: str, found: list[dict], bounds: list[tuple[int, int]] | None) -> list[dict]:
    """'In 2018 the Council opened an office ..., and a year later it organised its first
    mission ...': a count of years after a date of the same sentence (with no other date
    between) is that date's year moved on, at the year's precision."""
    if _YEARS_HINT.search(text) is None:  # (a literal first: cheap on every text)
        return found

    def counted(d: dict, m: re.Match[str]) -> dict | None:
        if _COMPARED_BASE.search(text, max(0, m.start() - 12), m.start()):
            return None  # ("up 37.5 per cent from a year earlier": a comparison's base)
        n = int(parse_number(m.group("n")) or 1)
        year = int(d["date"][:4]) + (-n if m.group("dir").lower() == "earlier" else n)
        rule = "date.years_later"
        return {"date": str(year), "end_date": None, "precision": "year", "rule": rule}

    return _counted_after(text, found, bounds, _YEARS_LATER, counted)


def _drop_named_years(found: list[dict], bounds: list[tuple[int, int]]) -> list[dict]:
    """'The 2023 edition, held in Zhuhai in May 2023': the year naming the edition gives
    way to a finer date of that year in its sentence; so does the year heading an item
    ('2004 — On 21 December, ...')."""
    named = ("date.year_named", "date.year_of_name", "date.year_head")
    if not any(f["rule"] in named for f in found):
        return found
    sentences = SentenceIndex(bounds)

    def finer_beside(f: dict) -> bool:
        # ("attend the 2025 ... Cooperation Week ... tomorrow (November 17)": a run's name
        # gives way to any day or month its sentence tells)
        of_year = f["date"] + "-" if f["rule"] != "date.year_of_name" else ""
        lo, hi = sentences.bounds_of(f["start"]) if bounds else (f["start"] - 200, f["end"] + 200)
        return any(
            lo <= g["start"] < hi
            and g is not f
            and len(g["date"] or "") > 4
            and (g["date"] or "").startswith(of_year)
            for g in found
        )

    return [f for f in found if f["rule"] not in named or not finer_beside(f)]


def _part_of_month(rel: str, anchor: date) -> tuple[str, str] | None:
    """The days 'later this month' or 'earlier this month' can be, counted from the
    story's day: (first, last) ISO; None for a whole month."""
    rel = rel.lower().split()[0]
    first = anchor.replace(day=1)
    last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    if rel == "later" and anchor < last:
        return ((anchor + timedelta(days=1)).isoformat(), last.isoformat())
    if rel == "earlier" and anchor > first:
        return (first.isoformat(), (anchor - timedelta(days=1)).isoformat())
    return None


def _ordinal_day(said: str) -> int:
    """'fourth' -> 4, 'twenty-first' -> 21."""
    words = re.split(r"[\s-]+", said.lower())
    tens = {"twenty": 20, "thirty": 30}.get(words[0], 0) if len(words) > 1 else 0
    return tens + _ORDINALS[words[-1]]


def _year_in_words(said: str) -> int | None:
    """'two thousand and twenty-six' -> 2026; 'nineteen ninety-nine' -> 1999."""
    first, _, rest = said.lower().partition(" ")
    if first == "two":
        value = parse_number(said)
    else:  # "nineteen ninety-nine", "twenty twenty-six": a century, then its year
        tail = parse_number(rest.replace("-", " ")) if rest else None
        value = None if tail is None else {"nineteen": 1900, "twenty": 2000}[first] + tail
    return int(value) if value and 1900 <= value <= 2099 else None


def _spelled(
    g: dict, text: str, m: re.Match[str], anchor: date | None
) -> tuple[str | None, str | None, str] | None:
    """'the fourth of December, two thousand and twenty-six': a day in words, its month and
    perhaps its year (in words or digits); without one, the year the tense and the story's
    day give, as for '4 December'."""
    mth, d = month_number(g["mon"]), _ordinal_day(g["dw"])
    year = int(g["y"]) if g.get("y") else _year_in_words(g["yw"]) if g.get("yw") else None
    if g.get("yw") and year is None:
        return None
    if year is None and anchor is None:
        return (None, None, "day")
    first = (
        _safe(year, mth, d) if year else _day_in_year(mth, d, anchor, _tense_at(text, m.start()))
    )
    return (first.isoformat(), None, "day") if first else None


def _years_ago(g: dict, anchor: date | None) -> tuple[str | None, str | None, str] | None:
    """'Twenty-seven years ago today' is that day, 'a decade ago' that year, counted back from
    the story's day."""
    if g["dir"] == "after" and not g.get("comes"):
        return None  # "two months after the launch": counted from the launch, not told here
    n = 1 if g["n"].lower() in ("a", "an") else parse_number(g["n"])
    if not n or n != int(n) or n > 200:
        return None
    unit = g["unit"].lower()
    if unit.startswith(("month", "week", "fortnight")):
        # "two months ago": that month; "a week ago" and "a fortnight ago" are the day seven
        # or fourteen days back, "three weeks ago" is no more exact than its month
        if g.get("today"):
            return None
        days = int(n) * (14 if unit.startswith("fortnight") else 7)
        if g["dir"] == "ago" and not unit.startswith("month") and days <= 14:
            if anchor is None:
                return (None, None, "day")
            return ((anchor - timedelta(days=days)).isoformat(), None, "day")
        if anchor is None:
            return (None, None, "month")
        if not unit.startswith("month"):
            back_day = anchor - timedelta(days=days)
            return (f"{back_day.year:04d}-{back_day.month:02d}", None, "month")
        months = anchor.year * 12 + anchor.month - 1 - int(n)
        return (f"{months // 12:04d}-{months % 12 + 1:02d}", None, "month")
    back = int(n) * (10 if unit.startswith("decade") else 1)
    if anchor is None:
        return (None, None, "day" if g.get("today") else "year")
    if not g.get("today"):
        return (f"{anchor.year - back:04d}", None, "year")
    if g["today"].lower() != "today":  # "ten years ago this month"
        return (f"{anchor.year - back:04d}-{anchor.month:02d}", None, "month")
    day = _safe(anchor.year - back, anchor.month, anchor.day) or _safe(
        anchor.year - back, anchor.month, anchor.day - 1
    )
    return (day.isoformat(), None, "day") if day else None


def _month_index(day: date) -> int:
    """The months from year 0 to ``day``'s month, so months add as numbers."""
    return day.year * 12 + day.month - 1


def _day_in_months(d: int, months: Iterable[int]) -> list[date]:
    """The day ``d`` of each month (by ``_month_index``) that has one."""
    return [o for k in months if (o := _safe(k // 12, k % 12 + 1, d)) is not None]


def _day_only(
    g: dict, text: str, at: int, anchor: date | None, near: date | None = None
) -> tuple[str | None, str | None, str] | None:
    """'the 18th' (and 'the 17th to the 20th'): that day in the month nearest ``near`` (the
    day the story told last), else the story's own day; a past report's day is not after
    the story's, a future one's not before it. 'of last month' names the month."""
    d, d2 = int(g["d"]), int(g["d2"]) if g.get("d2") else None
    if d2 is not None and (d2 <= d or (g["join"] == "and" and d2 != d + 1)):
        return None  # "the 3rd and the 9th": two days, neither a range
    if anchor is None:
        return (None, None, "day")
    ref, tense = near or anchor, _tense_at(text, at)
    rel = (g.get("rel") or "").lower()
    if rel:
        months = [_month_index(anchor) + {"this": 0, "last": -1, "next": 1}[rel]]
    else:
        months = [_month_index(ref) + k for k in (-1, 0, 1)]
    options = _day_in_months(d, months)
    if not rel and tense == "past":
        options = [o for o in options if o <= anchor] or options
    elif not rel and tense == "future":
        options = [o for o in options if o >= anchor] or options
    if not options:
        return None
    first = min(options, key=lambda o: abs((o - ref).days))
    if d2 is None:
        return (first.isoformat(), None, "day")
    last = _safe(first.year, first.month, d2)
    return (first.isoformat(), last.isoformat(), "day") if last else None


def _day_slash(
    a: int, b: int, text: str, at: int, anchor: date | None, weekday: str | None = None
) -> tuple[str | None, str | None, str] | None:
    """'17/11': day then month, or month then day where only that reads ('11/17'); when
    both read, the day nearer the story's ('02/12' in a November digest is 2 December).
    A weekday before it ('Wed 25/11') picks the reading, and the year, that falls on it."""
    readings = [(mth, d) for mth, d in ((b, a), (a, b)) if 1 <= mth <= 12 and 1 <= d <= 31]
    if not readings:
        return None
    if anchor is None or isinstance(anchor, YearAnchor):
        return (None, None, "day") if anchor is None else None
    tense = _tense_at(text, at)
    days = [o for mth, d in readings if (o := _infer_year(mth, d, anchor, tense)) is not None]
    if weekday is not None:
        wd = weekday_index(weekday)
        named = [
            o
            for mth, d in readings
            for k in (0, -1, 1)
            if (o := _safe(anchor.year + k, mth, d)) is not None and o.weekday() == wd
        ]
        days = named or days
    if not days:
        return None
    return (min(days, key=lambda o: abs((o - anchor).days)).isoformat(), None, "day")


def _weekday_ordinal(
    d: int, weekday: str, anchor: date | None
) -> tuple[str | None, str | None, str] | None:
    """'Monday the 30th': the day ``d`` of a month, from two months before the story's to
    three after, that falls on the weekday, the nearest such; none when no month has it."""
    if anchor is None or isinstance(anchor, YearAnchor):
        return (None, None, "day") if anchor is None else None
    wd = weekday_index(weekday)
    here = _month_index(anchor)
    days = [o for o in _day_in_months(d, range(here - 2, here + 4)) if o.weekday() == wd]
    if not days:
        return None
    return (min(days, key=lambda o: abs((o - anchor).days)).isoformat(), None, "day")


def _dotted_range(
    g: dict, text: str, at: int, anchor: date | None
) -> tuple[str | None, str | None, str] | None:
    """'18.11. to 20.11.2026', '18.-20.11.': the first day's month is the last's when it
    is not written; a range over more than two months is none."""
    d1, d2, mth2 = int(g["a1"]), int(g["a"]), int(g["b"])
    mth1 = int(g["b1"]) if g.get("b1") else mth2
    if not (1 <= mth1 <= 12 and 1 <= mth2 <= 12):
        return None
    if g.get("y"):
        last = _safe(int(g["y"]), mth2, d2)
    elif anchor is None:
        return (None, None, "day")
    else:
        last = _day_in_year(mth2, d2, anchor, _tense_at(text, at))
    if last is None:
        return None
    first = _safe(last.year - (1 if (mth1, d1) > (mth2, d2) else 0), mth1, d1)
    if first is None or first >= last or (last - first).days > 62:
        return None
    return (first.isoformat(), last.isoformat(), "day")


def _safe(y: int, mth: int, d: int) -> date | None:
    try:
        return date(y, mth, d)
    except ValueError:
        return None


# (a participle before its agent tells no tense: "Welcome reception hosted by the
# Secretary", "a delegation led by the mayor")
# a verb in the past: an irregular one, or one in "-ed"
_PAST_VERB = rf"(?:{_words_re(_TENSE_WORDS['past'])}|[a-z]{{3,}}ed)"
_PAST = recache.compile(rf"\b{_PAST_VERB}\b(?![^\S\n]+by\b)", re.I)


# "led a delegation of officials and company heads to Hong Kong": a schedule's present verb
# in "-s" ("heads to", "leaves for") right after a singular noun that is itself after "and",
# "of", a comma or a number, or opens the words read (a conjunct after "and"), is a plural
# noun ("company heads"), no verb (but "The delegation heads to", "40 officials heads to",
# "which runs until": a subject and its verb)
_NOUN_BEFORE_PLURAL = recache.compile(
    r"(?:^\s*|(?:\band|\bof|,|\d)\s+)"
    r"(?!(?:which|that|who|it|he|she|one|everyone|anyone|someone|the|this)\s)[a-z]+[a-rt-z]\s+$"
)


def sentence_tense(sentence: str) -> str:
    """'future' (will, plans to ...), 'past' (a past-tense verb), or '' when unclear."""
    if "expected" in sentence and _FORECAST.search(sentence):
        return "future"  # ("Signing ceremony for supply contracts (about 12 contracts
        # expected)": a count still to come)
    for m in _FUTURE.finditer(sentence):
        if not (
            m.group().split()[0].lower().endswith("s")
            and _NOUN_BEFORE_PLURAL.search(sentence, max(0, m.start() - 40), m.start())
        ):
            return "future"
    return "past" if _PAST.search(sentence) else ""


# a count forecast by its participle: "about 12 contracts expected", "300 guests expected"
# (not "the 200 expected", a forecast told against what came)
_FORECAST = recache.compile(
    r"(?<!\bthe\s)\b\d[\d,]*\s+(?:[a-z-]+\s+){0,3}expected\b(?!\s+(?:to|in|by)\b)"
)


_MONTH_PREPOSITION = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough|[Dd]uring|of|[Ee]arly|[Ll]ate|[Mm]id)[-\s]+$"
)
# "Wednesday, 6 May": a weekday labelling the date written right after it (shared with
# the events' "From Wednesday, 6 May, ...")
WEEKDAY_LABEL = recache.compile(rf"\b({_WEEKDAY_NAME}),?\s+$", re.I)


def _infer_year(mth: int, d: int, anchor: date | None, tense: str = "") -> date | None:
    """The year for a month/day: a past report takes the latest such day on or before the
    anchor (Dec 28 in a Jan 3 story is last year), a future one the next on or after it,
    anything else the nearest."""
    if anchor is None:
        return None
    options = [o for k in (-1, 0, 1) if (o := _safe(anchor.year + k, mth, d)) is not None]
    if not options:
        return None
    if tense == "past":
        before = [o for o in options if o <= anchor]
        return max(before) if before else min(options)
    if tense == "future":
        after = [o for o in options if o >= anchor]
        return min(after) if after else max(options)
    return min(options, key=lambda o: abs((o - anchor).days))


def _day_in_year(mth: int, d: int, anchor: date | None, tense: str = "") -> date | None:
    """A month and day written without a year: in the year of a ``YearAnchor``, else
    the year ``_infer_year`` reckons from the publication date and the tense."""
    if isinstance(anchor, YearAnchor):
        return _safe(anchor.year, mth, d)
    return _infer_year(mth, d, anchor, tense)


def weekdays_between(first: date, last: date, weekday: int) -> list[date]:
    """The days from ``first`` to ``last`` (both told) that fall on ``weekday`` (0-6)."""
    return [
        day
        for k in range((last - first).days + 1)
        if (day := first + timedelta(days=k)).weekday() == weekday
    ]


def next_weekday(anchor: date, wd: str, *, today_counts: bool) -> date:
    """The first day named ``wd`` from ``anchor`` on: ``anchor`` itself when it is one and
    ``today_counts``, else the one a week later."""
    delta = (weekday_index(wd) - anchor.weekday()) % 7
    return anchor + timedelta(days=delta or (0 if today_counts else 7))


# "arrives Wed night, leaves Sat.", "a four-day visit that ends Thursday", "heads home on
# Saturday", "the promotion is Tuesday 3pm", "When: Thu 09:30": a schedule's present tense,
# or a planning sheet's "When:" field, right before the day
# "I've booked a tour of the ... factory for Wednesday at 9:30": a day a booking is for,
# still to come whatever the booking's tense
_BOOKED_FOR = recache.compile(
    r"\b(?:booked|reserved|scheduled|arranged|pencill?ed[^\S\n]+in)\b[^.;!?\n]{0,80}?"
    r"[^\S\n]for[^\S\n]+(?:next[^\S\n]+|this[^\S\n]+)?$",
    re.I,
)
_SCHEDULE_VERB_BEFORE = recache.compile(
    # ("The delegation arrives in Macao on Thursday": the place a trip comes to or leaves;
    # "travels on to Macau on Thursday", "heads to Zhuhai on Friday": the next leg)
    # ("Four of us land in Xuchang on Tuesday": a party's plan, its verb's plain form)
    r"\b(?:arrives?|lands?|leaves|leave|departs?|returns?"
    r"|(?:travels?|heads?|fl(?:y|ies)|moves?|go(?:es)?|proceeds?)"
    r"(?:[^\S\n]+on)?)(?:[^\S\n]+(?:in|at|for|to|from)"
    r"(?:[^\S\n]+[A-Z][\w'’-]*){1,3})?[^\S\n]+(?:on[^\S\n]+)?$"
    r"|\b(?:begins|starts|ends|opens|closes|concludes"
    # ("The delegation heads home on Saturday", "they fly home on Saturday")
    r"|(?:heads?|fl(?:y|ies)|go(?:es)?|travels?|returns?)[^\S\n]+(?:home|back)"
    # ("The ... Promotion is Tuesday 3pm", "Our meeting with ... is on Wednesday at 10";
    # "Our makers are in Macau from Monday to Thursday": a stay told as a schedule)
    r"|is|are)[^\S\n]+(?:on[^\S\n]+|in(?:[^\S\n]+[A-Z][\w'’-]*){1,2}[^\S\n]+(?:from[^\S\n]+)?)?$"
    # ("a three-day mission to Chengdu starting Monday": a start still to come)
    r"|\b(?:starting|beginning)[^\S\n]+(?:on[^\S\n]+|from[^\S\n]+)?$|(?:^|\n)[^\S\n]*When[^\S\n]*"
    r"[:：][^\S\n]*$",
    re.I,
)


_NEXT_WEEK = recache.compile(r"\bnext\s+week\b", re.I)


def _weekday_date(wd: str, rel: str | None, text: str, at: int, anchor: date) -> date:
    """The day a weekday names: ahead in a future clause or after "next", the nearest in a
    move ("moved from Thursday morning to Friday"), else back."""
    tense = _tense_at(text, at)
    future = (
        tense == "future"
        or bool(_SCHEDULE_VERB_BEFORE.search(text, max(0, at - 48), at))
        or bool(_BOOKED_FOR.search(text, max(0, at - 100), at))
    )
    target = weekday_index(wd)
    rel = (rel or "").lower()
    if tense == "nearest" and not rel:
        ahead = next_weekday(anchor, wd, today_counts=True)
        back = ahead - timedelta(days=7) if ahead != anchor else ahead
        return ahead if (ahead - anchor).days <= (anchor - back).days else back
    if rel == "next":
        # "next Thursday" is never the paper's own day, and never a day of its week: on a
        # Monday, "next Tuesday" is the Tuesday of the week after (the day after is "this
        # Tuesday" or "tomorrow")
        day = next_weekday(anchor, wd, today_counts=False)
        return day + timedelta(days=7) if day.isocalendar()[:2] == anchor.isocalendar()[:2] else day
    if future and rel != "last":
        # "will visit on Thursday" in a Thursday paper is that day, unless the text has
        # spoken of next week before ("about next week's trip ... On Tuesday morning we'd
        # like to hold the roundtable", said on a Tuesday)
        framed = target == anchor.weekday() and _NEXT_WEEK.search(text, max(0, at - 800), at)
        return next_weekday(anchor, wd, today_counts=not framed)
    delta = (anchor.weekday() - target) % 7
    if rel == "last" and delta == 0:
        delta = 7
    return anchor - timedelta(days=delta)


def _resolve(
    rule: str, m: re.Match[str], text: str, anchor: date | None
) -> tuple[str | None, str | None, str] | None:
    """Return (date, end_date, precision), with None dates when unresolvable; None to reject."""
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else None
    if rule == "date.iso":
        first = _safe(year or 0, int(g["m"]), int(g["d"]))
        return (first.isoformat(), None, "day") if first else None
    if rule == "date.iso_range":
        first = _safe(year or 0, int(g["m"]), int(g["d"]))
        last = _safe(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        if first is None or last is None or not 0 < (last - first).days <= 62:
            return None
        return (first.isoformat(), last.isoformat(), "day")
    if rule in ("date.numeric_ymd", "date.numeric_dmy"):
        if rule == "date.numeric_ymd":
            mth, d = int(g["m"]), int(g["d"])
        else:
            a, b = int(g["a"]), int(g["b"])
            mth, d = (a, b) if b > 12 and a <= 12 else (b, a)
        first = _safe(year or 0, mth, d)
        return (first.isoformat(), None, "day") if first else None
    if rule == "date.cjk":
        mth, d = int(g["m"]), int(g["d"])
        if not (1 <= mth <= 12 and 1 <= d <= 31):
            return None
        if year:
            first = _safe(year, mth, d)
        elif anchor is None:
            return (None, None, "day")
        else:
            first = _day_in_year(mth, d, anchor, _tense_at(text, m.start()))
        return (first.isoformat(), None, "day") if first else None
    if rule == "date.fiscal":
        return (f"{year:04d}", None, "year")
    if rule == "date.flash":
        mth, d = int(g["m"]), int(g["d"])
        if mth > 12:
            mth, d = d, mth  # "24/11 09:31": day first
        if not (1 <= mth <= 12 and 1 <= d <= 31):
            return None
        if anchor is None:
            return (None, None, "day")
        day = _day_in_year(mth, d, anchor)
        return (day.isoformat(), None, "day") if day else None
    if rule in ("date.range_month_day", "date.range_day_month", "date.month_day", "date.day_month"):
        mth, d = month_number(g["mon"] or g["mon2"]), int(g["d"])
        if d < 1 or d > 31:
            return None
        if g.get("ry") and anchor is not None:
            year = anchor.year + _REL_YEAR[g["ry"].lower()]
        tense = _tense_at(text, m.start())
        first = _safe(year, mth, d) if year else _day_in_year(mth, d, anchor, tense)
        label = WEEKDAY_LABEL.search(text, max(0, m.start() - 12), m.start())
        if first is not None and not year and label and not isinstance(anchor, YearAnchor):
            # "Wednesday, 6 May": the year in which that day is a Wednesday, if one is near
            wd = WEEKDAYS.index(label.group(1).lower())
            near = [o for k in (0, -1, 1) if (o := _safe(first.year + k, mth, d)) is not None]
            first = next((o for o in near if o.weekday() == wd), first)
        if "d2" not in g or g.get("d2") is None:
            if year is None and anchor is None:
                return (None, None, "day")
            return (first.isoformat(), None, "day") if first else None
        mth2 = month_number(g["mon2"]) if g.get("mon2") else mth
        d2 = int(g["d2"])
        if first is None:
            return (None, None, "day") if 1 <= d2 <= 31 else None
        last = _safe(first.year + (1 if mth2 < mth else 0), mth2, d2)
        if last is None or last < first or (last - first).days > 62:
            return None
        if g.get("and") and not g.get("btw") and (last - first).days != 1:
            return None
        return (first.isoformat(), last.isoformat(), "day")
    if rule == "date.day_only":
        return _day_only(g, text, m.start(), anchor)
    if rule == "date.pt":
        first = _safe(int(g["py"]), month_number(g["pmon"]), int(g["pd"]))
        return (first.isoformat(), None, "day") if first else None
    if rule in ("date.day_slash", "date.day_dotted"):
        return _day_slash(int(g["sa"]), int(g["sb"]), text, m.start(), anchor)
    if rule == "date.weekday_slash":
        return _day_slash(int(g["sa"]), int(g["sb"]), text, m.start(), anchor, g["wd"])
    if rule == "date.weekday_ordinal":
        return _weekday_ordinal(int(g["d"]), g["wd"], anchor)
    if rule == "date.range_dotted":
        return _dotted_range(g, text, m.start(), anchor)
    if rule == "date.spelled":
        return _spelled(g, text, m, anchor)
    if rule == "date.years_ago":
        return _years_ago(g, anchor)
    if rule == "date.publication_day":
        if anchor is None:
            return (None, None, "day")
        return ((anchor + timedelta(days=1 if g.get("next") else 0)).isoformat(), None, "day")
    if rule == "date.month_year":
        return (f"{year:04d}-{month_number(g['mon']):02d}", None, "month")
    if rule == "date.iso_month":
        mth = int(g["m"])
        if mth >= 10 and mth == ((year or 0) + 1) % 100:
            return None  # "the 2011-12 season", "FY2025-26": a span of two years
        return (f"{year:04d}-{mth:02d}", None, "month")
    if rule == "date.range_months":
        return _month_range(g, anchor)
    if rule == "date.month_of_rel_year":
        if anchor is None:
            return (None, None, "month")
        shift = _REL_YEAR[g["rel"].lower()]
        return (f"{anchor.year + shift:04d}-{month_number(g['mon']):02d}", None, "month")
    if rule == "date.month_rel":
        if anchor is None:
            return (None, None, "month")
        mth, rel = month_number(g["mon"]), g["rel"].lower()
        y = anchor.year
        if rel == "next" and mth <= anchor.month:
            y += 1
        elif rel == "last" and mth >= anchor.month:
            y -= 1
        return (f"{y:04d}-{mth:02d}", None, "month")
    if rule == "date.month_that":
        return _month_that(m, text)
    if rule == "date.month":
        mth = month_number(g["mon"])
        if (
            m.group("mon") == "May"
            and m.group("br") is None
            and not re.match(r"\s*(?:,|\.|$)", text[m.end() : m.end() + 2])
            and not _MONTH_PREPOSITION.search(text, max(0, m.start("mon") - 12), m.start("mon"))
        ):
            return None  # "in May" vs the modal verb: only when nothing follows, or a
            # preposition comes before it ("In May we resumed ...": never the modal)
        that = _THAT_YEAR.match(text, m.end())
        if that is not None:
            # "in October of that year": the year the sentence named before it
            years = _YEAR_BEFORE.findall(text, max(0, m.start() - 300), m.start())
            if years:
                return (f"{years[-1]}-{mth:02d}", None, "month")
        if anchor is None:
            return (None, None, "month")
        tense = None if isinstance(anchor, YearAnchor) else _tense_at(text, m.start())
        if tense is None:
            y = anchor.year  # the year of an undated report's title
        elif tense == "future":
            y = anchor.year if mth >= anchor.month else anchor.year + 1
        elif tense == "past":
            y = anchor.year if mth <= anchor.month else anchor.year - 1
        else:  # no tense ("Mid-December: policy dialogue"): the nearest such month
            y = min(
                (anchor.year - 1, anchor.year, anchor.year + 1),
                key=lambda k: abs((k - anchor.year) * 12 + mth - anchor.month),
            )
        return (f"{y:04d}-{mth:02d}", None, "month")
    if rule in ("date.year", "date.year_named", "date.year_of_name", "date.year_head"):
        return (f"{year:04d}", None, "year")
    if rule == "date.weekday_pair":
        wd, wd2 = g["wd"] or g["swd"], g["wd2"] or g["swd2"]
        first_wd, second_wd = weekday_index(wd), weekday_index(wd2)
        days = (second_wd - first_wd) % 7
        if days == 0 or (g.get("join") == "and" and days != 1):
            return None  # "on Monday and Wednesday": two days, each its own
        if anchor is None:
            return (None, None, "day")
        rel = g.get("rel") if g.get("rel") != "from" else None
        if g.get("week"):  # "Mon-Wed this week": the days of that week
            first = _of_week(anchor, g["week"], first_wd)
        else:
            first = _weekday_date(wd, rel, text, m.start(), anchor)
        return (first.isoformat(), (first + timedelta(days=days)).isoformat(), "day")
    if rule in ("date.weekday", "date.weekday_short"):
        if anchor is None:
            return (None, None, "day")
        at = m.start("wd") if rule == "date.weekday_short" else m.start()
        if g.get("week") and g.get("rel") in (None, "on", "On"):
            # "on Thursday last week": that week's Thursday
            day = _of_week(anchor, g["week"], weekday_index(g["wd"]))
        elif g.get("before") and g.get("rel") in (None, "on", "On"):
            day = _weekday_date(g["wd"], "last", text, at, anchor) - timedelta(days=7)
        else:
            day = _weekday_date(g["wd"], g.get("rel"), text, at, anchor)
        return (day.isoformat(), None, "day")
    if rule == "date.relative_day":
        if anchor is None:
            return (None, None, "day")
        word = " ".join(g["word"].lower().split())
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        day = anchor + timedelta(days=shift)
        if g.get("mon"):  # "tomorrow (January 8)": the explicit date wins
            mth, d = month_number(g["mon"]), int(g["d"])
            tense = "future" if shift > 0 else "past" if shift < 0 else ""
            day = _infer_year(mth, d, anchor, tense) or day
        if g.get("d2"):  # "from tomorrow (March 10) to March 13"
            mth2 = month_number(g["mon2"]) if g.get("mon2") else day.month
            last = _safe(day.year + (1 if mth2 < day.month else 0), mth2, int(g["d2"]))
            if last is not None and day < last and (last - day).days <= 62:
                return (day.isoformat(), last.isoformat(), "day")
        return (day.isoformat(), None, "day")
    if rule == "date.that_year":
        years = _YEAR_BEFORE.findall(text, max(0, m.start() - 600), m.start())
        if not years:
            return None
        shift = (
            1
            if (g.get("rel") or g.get("rel2") or g.get("rel3") or "").lower() == "following"
            else 0
        )
        return (f"{int(years[-1]) + shift:04d}", None, "year")
    if rule == "date.the_year":
        return (f"{anchor.year:04d}", None, "year") if anchor else (None, None, "year")
    if rule == "date.season":
        if anchor is None:
            return (None, None, "year")
        first, last = _SEASONS[g["season"].lower()]
        rel = g["rel"].lower().split()[-1] if g.get("rel") else ""
        # "will meet in the spring", told in November: next year's
        year = anchor.year if rel else _year_by_tense(first, last, text, m.start(), anchor)
        if rel == "last" and last >= anchor.month:
            year -= 1  # "last summer" in a May story
        elif rel == "next" and first <= anchor.month:
            year += 1  # "next spring" in a May story
        return (f"{year:04d}", None, "year")
    if rule == "date.quarter":
        if anchor is None:
            return (None, None, "year")
        if g["h"]:  # "in the second half": months 7 to 12
            first, last = (1, 6) if g["h"].lower() == "first" else (7, 12)
        else:
            q = {"first": 1, "second": 2, "third": 3}.get(g["q"].lower(), 4)
            first, last = q * 3 - 2, q * 3
        # "will open in the first quarter", told in May: next year's
        return (f"{_year_by_tense(first, last, text, m.start(), anchor):04d}", None, "year")
    if rule == "date.relative_period":
        if anchor is None:
            return (None, None, "year")
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        unit = g["unit"].lower()
        step = -1 if rel in ("last", "late last") else 1 if rel == "next" else 0
        if unit == "year":
            return (f"{anchor.year + step:04d}", None, "year")
        if unit == "month":
            mth = anchor.month + step
            y = anchor.year + (mth - 1) // 12
            return (f"{y:04d}-{(mth - 1) % 12 + 1:02d}", None, "month")
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        return (monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week")
    return None


def _year_by_tense(first: int, last: int, text: str, at: int, anchor: date) -> int:
    """The year of a part of a year (months ``first`` to ``last``) told without one: the
    story's, unless the tense puts it in the next year (a future whose months are over) or
    the last (a past whose months are still to come)."""
    if isinstance(anchor, YearAnchor):
        return anchor.year
    tense = _tense_at(text, at)
    if tense == "future" and last < anchor.month:
        return anchor.year + 1
    if tense == "past" and first > anchor.month:
        return anchor.year - 1
    return anchor.year


# the year told before "that December", with the month that may come just before it
# ("29 June 2023", "June 2023")
_DATED_YEAR_BEFORE = recache.compile(
    rf"(?:(?P<mon>{MONTH_RE})[^\S\n]+(?:\d{{1,2}},?[^\S\n]+)?)?(?<![\w-])((?:19|20)\d{{2}})(?![\w-])"
)


def _month_that(m: re.Match[str], text: str) -> tuple[str, None, str] | None:
    """'On 29 June 2023 the Bureau signed ... The contract came into use that December':
    the month in the year told last before it (within a few sentences); 'the following
    March' is the first such month after the date told (a year's: the next year's). None
    when no year comes before, or when 'May' is the modal verb ('that May be')."""
    if m.group("mon") == "May" and not re.match(r"\s*(?:,|\.|$)", text[m.end() : m.end() + 2]):
        return None
    told = list(_DATED_YEAR_BEFORE.finditer(text, max(0, m.start() - 600), m.start()))
    if not told:
        return None
    year, mth = int(told[-1].group(2)), month_number(m.group("mon"))
    if m.group("rel").lower().endswith("following"):
        before = told[-1].group("mon")
        year += 1 if before is None or month_number(before) >= mth else 0
    return (f"{year:04d}-{mth:02d}", None, "month")


_THAT_YEAR = recache.compile(r"\s+(?:of\s+)?that\s+year\b", re.I)
_YEAR_BEFORE = recache.compile(r"(?<![\w-])((?:19|20)\d{2})(?![\w-])")
_TO_VERB = recache.compile(r"\bto\s+[a-z]{3,}\b")
# the day of a planning between its verb and "to": "agreed on Tuesday to", "decided
# yesterday to", "agreed in September to" (shared with the events' planned triggers)
PLANNING_DAY = (
    r"(?:\s+(?:on\s+\w+|yesterday|today|last\s+\w+|this\s+\w+|earlier\s+this\s+\w+"
    rf"|in\s+(?:early\s+|late\s+|mid-?)?(?:{MONTH_RE})(?:\s+(?:19|20)\d{{2}})?"
    r"|in\s+(?:19|20)\d{2}))?"
)
# "agreed to launch a flight by the end of June": what was agreed comes after the agreeing
_COMMITTED = recache.compile(
    rf"\b(?:{_words_re(_TENSE_WORDS['committed'])}){PLANNING_DAY}\s+to\s+[a-z]{{3,}}\b", re.I
)


# a clause that is only when a change takes effect: ", effective December 1", ", with
# effect from 20 November"
# (the words, shared with the events' change rules)
EFFECT_FROM = r"effective(?:\s+from)?|with\s+effect\s+from"
_EFFECTIVE_CLAUSE = recache.compile(rf"\s*(?:{EFFECT_FROM})\s+(?:on\s+)?", re.I)


# a colon that closes a label (never a time's: "10:30")
_LABEL_COLON = recache.compile(r"(?<!\d):(?!\d)")
_LABEL_WORD = recache.compile(r"[A-Za-z]{2,}")


# a form's field label opening a line, its words capitalised: "Meetings Requested: "
_FIELD_OPEN = recache.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]*:[ \t]+")


def _tense_at(text: str, offset: int) -> str:
    """The tense around ``offset``. A headline (a short line with no closing full stop)
    that says 'X to host ...' speaks of the future: "HKTDC to host summit in September"."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end != -1 else len(text)].strip()
    if (
        len(line.split()) <= 16
        and not line.endswith((".", "!", "?", '"', "”", ":"))
        and _TO_VERB.search(line)
    ):
        return "future"
    start, sentence = _sentence_span(text, offset)
    if _COMMITTED.search(sentence, 0, offset - start):
        return "future"
    if _MOVED_BETWEEN.search(sentence, max(0, offset - start - 80), offset - start):
        # "has been postponed from 8 December to 10 December", "moved to 12 December": the
        # days of a move are the nearest such days, whatever the tense of the moving
        return "nearest"
    # ("the ... Trade Week, held from 8 to 10 December at ...": a participle after its
    # noun, no clause's verb: its tense is the sentence's, if it tells one)
    held = _HELD_AFTER_NOUN.search(sentence)
    if held is not None:
        sentence = _HELD_AFTER_NOUN.sub(lambda m: " " * len(m.group()), sentence)
    # the date's own clause first: in "opened a lab on Monday, the first of five labs the
    # universities plan to set up", the plan does not move the opening to next Monday
    pos = offset - start
    lo = max(sentence.rfind(c, 0, pos) for c in ",;") + 1
    # ("Meetings Requested: Courtesy call on ... 7 December": a form's label, no verb of
    # the clause)
    field = _FIELD_OPEN.match(sentence, 0, pos)
    opens = field.end() if field is not None else 0
    lo = max(lo, opens)
    ends = [k for k in (sentence.find(c, pos) for c in ",;") if k != -1]
    # "told a gathering on Monday that the city would ...": what was told has its own tense
    that = _THAT.search(sentence, pos)
    if that is not None:
        ends.append(that.start())
    hi = min(ends) if ends else len(sentence)
    # "Call with the ... bureau, 18 Nov: they will send ...": a label's day, after the
    # label's words, its colon closing what the day is told in (what follows is what was
    # said; after a day alone, "18 November: 5 agreements were signed", what was done)
    colon = _LABEL_COLON.search(sentence, pos, hi)
    label_end = len(sentence)
    if colon is not None:
        line_start = sentence.rfind("\n", 0, pos) + 1
        if len(_LABEL_WORD.findall(sentence, line_start, pos)) >= 2:
            label_end = colon.start()
    hi = min(hi, label_end)
    if _EFFECTIVE_CLAUSE.fullmatch(sentence, lo, pos):
        # "has appointed X as General Manager, effective December 1", "had been promoted
        # ..., with effect from November 20": a notice's day, just ahead or just past
        # whatever the verb's tense: the nearest
        return "nearest"
    # "received approval on November 3 and will inject ...": the date's own conjunct
    left = [m.end() for m in _AND.finditer(sentence, lo, pos) if not _in_name(sentence, m)]
    right = next((m for m in _AND.finditer(sentence, pos, hi) if not _in_name(sentence, m)), None)
    c_lo, c_hi = left[-1] if left else lo, right.start() if right else hi
    if _told_past_after_future(sentence, c_lo, pos):
        return "past"
    # ("signed a memorandum on Tuesday to co-host an expo next June": the later date's own
    # "next" tells when the expo falls, not the tense of the signing)
    conjunct = sentence_tense(sentence[c_lo:pos] + _LATER_NEXT.sub(" ", sentence[pos:c_hi]))
    clause = conjunct or sentence_tense(sentence[lo:hi])
    # (", the carrier said in a customer advisory on Monday" closing the sentence: the
    # saying's tense, not what was said)
    said = _SAID_TAIL.search(sentence, pos)
    rest = sentence[opens : min(said.start() if said is not None else len(sentence), label_end)]
    # (", with Jinchang firms invited": a participle that tells a state, no clause's verb)
    rest = _WITH_PARTICIPLE.sub(lambda m: " " * len(m.group()), rest)
    told = (
        clause
        or _tense_before(sentence[opens:lo])
        or sentence_tense(_outside_relative_clauses(rest, pos - opens))
    )
    if not told and held is not None:
        # (the participle's own past, but in a purpose told alone: "To accompany the Vice
        # Mayor at the ... Week, held from 8 to 10 December ...", a plan)
        return "future" if _PURPOSE_OPEN.match(sentence) else "past"
    return told


# "we began", "they had signed": a clause of its own, its subject a pronoun, in the past
_PRONOUN_PAST = recache.compile(
    rf"\b(?:we|they|he|she|I|you)[^\S\n]+(?:(?:had|first|jointly|just|already)[^\S\n]+)?"
    rf"{_PAST_VERB}\b",
    re.I,
)


def _told_past_after_future(sentence: str, lo: int, pos: int) -> bool:
    """'Looking forward to continuing the talks we began at the ... forum in September',
    'will build on the deal they signed in March': a past clause of its own after what is
    to come, and nothing to come after it, dates the day told in it."""
    told = max(_PRONOUN_PAST.finditer(sentence, lo, pos), key=lambda m: m.start(), default=None)
    return (
        told is not None
        and _FUTURE.search(sentence, lo, told.start()) is not None
        and _FUTURE.search(sentence, told.end(), pos) is None
    )


_LATER_NEXT = recache.compile(
    rf"\bnext(?=\s+(?:{MONTH_RE}|{_WEEKDAY_NAME}|week|month|year|spring|summer|autumn|fall"
    r"|winter)\b)",
    re.I,
)
_PURPOSE_OPEN = recache.compile(r"[^\S\n]*To[^\S\n]+[a-z]+\b")
_HELD_AFTER_NOUN = recache.compile(
    r"(?<=,)[^\S\n]+(?:held|hosted|staged)(?=[^\S\n]+(?:from|on|in|at|between|over)\b)"
)
_WITH_PARTICIPLE = recache.compile(
    r",[^\S\n]+with[^\S\n]+(?:[\w'’-]+[^\S\n]+){1,4}?[a-z]+ed\b(?=[^\S\n]*(?:[.;,]|$))"
)
_SAID_TAIL = recache.compile(
    r",[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,5}?(?:said|told|added|noted|announced|stated)\b[^,]*$"
)


_CLAUSE_SPLIT = recache.compile(r"[,;]")
_RELATIVE_START = recache.compile(r"\s*(?:which|who|whom|whose|where)\b", re.I)


def _tense_before(head: str) -> str:
    """The tense of the nearest clause before a date whose own clause has no verb: in
    "Ms Chan met the Director, Mr Zhou, in Shenzhen on November 6, and the two sides agreed
    to finalise ...", "met" tells the date's tense, not the plan after it."""
    for part in reversed(_CLAUSE_SPLIT.split(head)):
        if _RELATIVE_START.match(part):
            continue
        if tense := sentence_tense(part):
            return tense
    return ""


_AND = recache.compile(r"\s+and\s+")
_CAPITALISED_BEFORE = recache.compile(
    rf"(?<![\w'’])(?!(?i:{_WEEKDAY_NAME}|{MONTH_RE})\b)[A-Z][\w'’.-]*$"
)
_CAPITALISED_AFTER = recache.compile(r"[A-Z][\w'’.-]*[^\S\n]+[A-Z]")


def _in_name(sentence: str, m: re.Match[str]) -> bool:
    """Is the "and" between a capitalised word (no day's or month's name) and two more,
    inside a name or a list of names ("the Hong Kong Chinese Importers' and Exporters'
    Association", "Mayor Li and Vice Mayor Wang"), joining no clauses?"""
    return bool(
        _CAPITALISED_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        and _CAPITALISED_AFTER.match(sentence, m.end())
    )


_THAT = recache.compile(r"\bthat\b", re.I)
# (a participle of a gathering's making, told after its noun, is no verb of the sentence:
# "Joint workshop with ... students, held online")
_RELATIVE_CLAUSE = recache.compile(
    r",\s+(?:(?:which|where|who)\b|(?:jointly\s+)?(?:held|hosted|co-hosted|organi[sz]ed"
    r"|co-organi[sz]ed|sponsored|chaired|moderated|conducted|streamed)\s+"
    r"(?:online|virtually|in|at|on|by|via|with|from|under|over|jointly)\b)[^,]*(?:,|$)"
)


def _outside_relative_clauses(sentence: str, pos: int) -> str:
    """The sentence without the relative clauses that do not hold ``pos``: in 'visited Hong
    Kong from September 5 to 7, ahead of the Expo, which will be held ...', the visit is
    not future."""
    kept, last = [], 0
    for m in _RELATIVE_CLAUSE.finditer(sentence):
        if m.start() <= pos < m.end():
            continue
        kept.append(sentence[last : m.start()])
        last = m.end()
    kept.append(sentence[last:])
    return " ".join(kept)


def _sentence_around(text: str, offset: int, reach: int = 300) -> str:
    """The sentence around ``offset``, at most ``reach`` characters each way."""
    return _sentence_span(text, offset, reach)[1]


def _sentence_span(text: str, offset: int, reach: int = 300) -> tuple[int, str]:
    """(start, sentence) of ``_sentence_around``."""
    lo, hi = max(0, offset - reach), min(len(text), offset + reach)
    start = max(text.rfind(".", lo, offset), text.rfind("\n", lo, offset), lo - 1) + 1
    ends = [i for i in (text.find(".", offset, hi), text.find("\n", offset, hi)) if i != -1]
    return start, text[start : min(ends) if ends else hi]


# A line that is only a day's date, perhaps after "Day 2 –" and a weekday: "Wednesday 19
# November", "Day 1 – Sunday, 30 November". Matched around the date payload on its line.
_HEADING_HEAD = recache.compile(
    # (a chat export's day separator: "----- Monday, November 23rd -----"; an app's
    # notification under its section's label: "Politics · Yesterday, 18:05")
    r"[ \t]*(?:[-=_*]{3,}[ \t]*)?"
    # (a tracker's comment under its writer's name and stamp, "Tam Wai Lun  20 Nov 2026
    # 16:22": only with its clock time, see ``dated_sections``)
    r"(?P<who>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){1,3}[ \t]{2,})?"
    r"(?:[A-Z][\w&'’-]*(?:[ \t]+[A-Z&][\w'’-]*){0,2}[ \t]*[·•][ \t]*)?"
    # (a post's pictograph before its day: "📍 Day 1 (Sat 14 Nov): Shenzhen")
    rf"(?:{PICTOGRAPH}[ \t]*)?"
    # (an outline's mark before its day: "   B. Thursday 3 December")
    r"(?:(?:[A-Z]|[IVX]{2,4}|\d{1,2})[.)][ \t]+)?"
    # (a run of show's field over its timed lines: "Date:    Tuesday, 8 December 2026"; see
    # _field_heads)
    r"(?P<field>(?:Date|DATE)[ \t]*:[ \t]*)?"
    # (an exported article's stamp under its title: "Published: 2026-11-16", a JSON
    # export's or an SQL dump's row's; see ``markup.article_page``)
    r"(?:Published:[ \t]+)?"
    # ("SHOOT DAY 2 OF 3 - WEDNESDAY 9 DECEMBER 2026": a day of several, named in capitals)
    r"\[?(?:(?:[A-Z][A-Za-z]+[ \t]+)?(?:Day|DAY)[ \t]+\d{1,2}(?:[ \t]+(?:of|OF)[ \t]+\d{1,2})?"
    r"[ \t]*[-–—:|,.]?[ \t]*|[Oo]n[ \t]+)?"
    r"\(?(?:(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)[a-zA-Z]*\.?,?"
    r"[ \t]*)?\(?"
)
# "Monday (Dec 1)": a diary's heading may hold its date in brackets
# ... or a clock time and its zone after it: a feed's item stamp ("Fri, 20 Nov 2026 19:15:00
# +0800", an Atom entry's "2026-11-18T16:00:00+08:00")
_HEADING_TAIL = recache.compile(
    r"\)?[ \t]*[:.]?[ \t]*(?:[-=_*]{3,}[ \t]*)?"
    r"(?:(?:,?[ \t]*|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]*(?:[+-]\d{2}:?\d{2}|Z|GMT|UTC|HKT)(?:[ \t]*[+-]\d{1,2}(?::?\d{2})?)?)?[ \t]*)?"
)
# ... or the day's place or theme after a dash or a colon: a trip report's "Day 1 (Mon 9
# Nov) – Guiyang", a post's "Day 3 (Mon 16 Nov): back to Shenzhen" (a short label, no
# sentence: no full stop, at most six words; after a dash, capitalised)
_HEADING_LABEL = recache.compile(
    # (or after a comma, capitalised: a checklist's "## Mon 30 Nov, Haikou"; or a short
    # note in brackets: a note's "## Wed 2 Dec (plan)")
    r"\)?(?:(?:[ \t]+[-–—|][ \t]+[A-Z]|[ \t]*:[ \t]+\w|,[ \t]+[A-Z])[^\s.!?]*"
    r"(?:[ \t]+[^\s.!?]+){0,5}|[ \t]+\([^\s().!?]+(?:[ \t]+[^\s().!?]+){0,3}\))[ \t]*"
)
# ... an activity report's item over its paragraph: "15-17 July | Nanchang and Jiujiang", a
# range of days with its place after a bar, heads its lines as a day does
_BAR_LABEL = recache.compile(r"[ \t]+\|[ \t]+[A-Z][^\s.!?|]*(?:[ \t]+[^\s.!?|]+){0,5}[ \t]*")
# A line led by a clock time or a part of the day: a programme's or a live blog's entry
# ("09:30–12:00  Conference ...", "21:40  That's all from us", "Afternoon    Depart ...")
# (a clock time, or two: "09:30–12:00", "2:30 pm", "16:00 - 16:45")
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm|a\.m\.|p\.m\.|HKT))?"
_CLOCK_SPAN = rf"{_CLOCK}(?:[ \t]*[-–—][ \t]*{_CLOCK})?"
TIMED_LINE = recache.compile(
    rf"^[ \t]*(?:{_CLOCK_SPAN}[ \t]|(?:Morning|Afternoon|Evening|Noon)[ \t]{{2,}})",
    re.M | re.I,
)


# A chat export's message stamp ("[18/11/2026, 08:05] Winnie Tse: ..."): the message after
# it is the stamp's day's.
_CHAT_STAMP = recache.compile(CHAT_STAMP)
_CLOCK_AFTER = recache.compile(r",?[ \t]+\d{1,2}:\d{2}\b")

_SENDER_SAID = recache.compile(r"[ \t]*[^\s:][^\n:]{0,60}:[ \t]+\S")  # "Winnie Tse: Morning"


# a comment's writer before its stamp: "Cheryl Fung · Nov 27, 2026"
_BYLINE = recache.compile(r"[ \t]*(?P<by>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){1,2})[ \t]*[·•][ \t]*")


def _byline_stamp(text: str, line: int, at: int) -> bool:
    """Is the line at ``line`` a comment's byline, a person's name (one holding a known
    surname, and no place's) and a dot before its stamp at ``at``?"""
    m = _BYLINE.fullmatch(text, line, at)
    if m is None or m["by"] in gazetteer()[1]:
        return False
    return any(w in resources.surnames() for w in m["by"].split())


def _chat_message_line(text: str, line: int, end: int) -> bool:
    """Is the line at ``line`` a chat message's, its stamp and the message after it
    ("[18/11/2026, 08:05] Winnie Tse: Morning all ..."), not a stamp heading the lines
    under it (an export's "[11/18/2026 9:05 AM] MYEH Team")?"""
    stamp = _CHAT_STAMP.match(text, line)
    return stamp is not None and _SENDER_SAID.match(text, stamp.end(), end) is not None


# A recording's chapter line: its elapsed time, then what happens ("1:06:40 Launch of ...")
_CHAPTER_LINE = recache.compile(
    r"[ \t]*(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>[0-5]\d)[ \t]+\S[^\n]*"
)
_CHAPTERS_START = recache.compile(r"(?m)^[ \t]*(?:0?0:)?0?0:00[ \t]+\S")


def _chapters(text: str, dates: list[dict], pub: dict | None) -> list[dict]:
    """A video's chapter list: three or more lines in a row, each led by the elapsed time
    from "0:00" up ("00:00 Livestream begins", "58:02 Signing ceremony: ...", "1:06:40
    Launch of ..."). What its lines tell happened on the recording's day: the first day's
    date told above the list, the description's lead ("the forum, held ... on Saturday";
    not a later line's "The camp closes tomorrow"), else the page's own date (a live
    stream's "Streamed live on 21 Nov 2026")."""
    sections: list[dict] = []
    start = _CHAPTERS_START.search(text)
    if start is None:
        return sections  # (the list starts at zero)
    lines = list(NONBLANK_LINE.finditer(text, start.start()))
    k = 0
    while k < len(lines):
        run: list[tuple[re.Match[str], int]] = []
        while k < len(lines):
            m = _CHAPTER_LINE.fullmatch(text, lines[k].start(), lines[k].end())
            if m is None:
                break
            secs = int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
            if secs <= run[-1][1] if run else secs != 0:
                break  # the list starts at zero and counts up
            run.append((m, secs))
            k += 1
        if len(run) < 3:
            k += 1
            continue
        a, b = run[0][0].start(), run[-1][0].end()
        above = [
            d
            for d in dates
            if d["end"] <= a
            and d["date"]
            and d["precision"] == "day"
            and not d["end_date"]
            and not (pub and pub.get("start", -1) <= d["start"] < pub.get("end", -1))
        ]
        day = above[0] if above else pub if pub and pub.get("date") else None
        if day is not None:
            payload = {"date": day["date"], "end_date": None, "precision": "day"}
            payload["text"] = day.get("text")
            sections.append({"start": a, "end": b, "heading": None, **payload})
    return sections


# An e-mail's header line with its date ("Sent: Wednesday, 18 November 2026 09:15", "Date:
# Wed, 18 Nov 2026 09:15:02 +0800", quoted or not) under or over its "From:" line, and a
# reply's attribution ("On Wed, 18 Nov 2026 at 09:15, Zhou Qiang <...> wrote:")
_MAIL_HEAD = recache.compile(
    r"[ \t]*(?:>[ \t]*)*(?:\*?(?:Sent|Date)\*?[ \t]*:\*?|On)[ \t]+"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]*)?"
)
_MAIL_FROM = recache.compile(r"(?m)^[ \t]*(?:>[ \t]*)*\*?From\*?[ \t]*:")
# (the time an attribution may give after its day: ", at 09:15", " 9:15 PM")
_WROTE_TIME = r"(?:,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?"
_WROTE_TAIL = recache.compile(_WROTE_TIME + r",?[ \t]+[^\n]{1,160}?[ \t]wrote:[ \t]*")


_WROTE_NAME = recache.compile(_WROTE_TIME + r"(?:[ \t]*[+-]\d{4})?,?[ \t]+[^\n]{1,160}?")
_WROTE_NEXT = recache.compile(r"\r?\n[ \t]*(?:>[ \t]*)*wrote:[ \t]*\r?(?:\n|$)")


def _quote_end(text: str, end: int) -> int | None:
    """Where the lines an attribution quotes end ("On Fri, ... wrote:" over ">The ..."
    lines, each marked or indented), when a line of the reply itself comes after them
    (the reply written below the quote); None when the quote runs to the end."""
    pos = text.find("\n", end)
    if _WROTE_NEXT.match(text, end):
        pos = text.find("\n", pos + 1)  # (past the wrapped "wrote:")
    seen = False
    while pos != -1:
        pos += 1
        line = text[slice(*line_at(text, pos))]
        if line.strip():
            if not line.startswith((">", " ", "\t")):
                return pos if seen else None
            seen = True
        pos = text.find("\n", pos)
    return None


def _mail_stamp(text: str, line: int, d: dict, end: int) -> bool:
    """Is the date at ``d`` an e-mail message's own, on its header or attribution line?"""
    head = _MAIL_HEAD.fullmatch(text, line, d["start"])
    if head is None:
        return False
    if head.group().strip().startswith("On"):
        # (its "wrote:" may be wrapped onto the next line: "On Fri, 20 Nov 2026 09:15:40
        # +0800, Grace Ho <graceho@...>" over "wrote:")
        return _WROTE_TAIL.fullmatch(text, d["end"], end) is not None or (
            _WROTE_NAME.fullmatch(text, d["end"], end) is not None
            and _WROTE_NEXT.match(text, end) is not None
        )
    if not _HEADING_TAIL.fullmatch(text, d["end"], end):
        return False
    above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(0, line - 1)))) + 1
    below = text.find("\n", end + 1)
    return _MAIL_FROM.search(text, above, below if below != -1 else len(text)) is not None


_SNIPPET_TAIL = recache.compile(r"[ \t]+[—–-][ \t]+\S")
_LINK_LINE = recache.compile(r"[ \t]*(?:https?://|www\.)\S")


def _snippet_stamp(text: str, line: int, d: dict) -> bool:
    """Is the date at ``d`` a search result's date: opening its line, a dash after it, the
    result's link on the line above?"""
    if line == 0 or text[line : d["start"]].strip() or not _SNIPPET_TAIL.match(text, d["end"]):
        return False
    above = text.rfind("\n", 0, line - 1) + 1
    return _LINK_LINE.match(text, above, line) is not None


# a chat export's day divider opening its line ("----- 23 November 2026 -----")
DAY_DIVIDER = recache.compile(r"[ \t]*[-=_*]{3,}")
# an exported item's stamp line (another after the first: a JSON export's messages)
_STAMP_LINE = recache.compile(r"(?m)^Published:[ \t]")
# a range of days written out as two dates, each with its weekday: "Thursday 10 December to
# Friday 11 December"
_RANGE_HEADING = recache.compile(
    r"(?i)(?:[a-z]+day,?\s+)?\d{1,2}\s+[a-z]+\.?(?:\s+\d{4})?\s*(?:to|[-–—])\s*"
    r"[a-z]+day,?\s+\d{1,2}\s+[a-z]+\.?(?:\s+\d{4})?"
)


# what follows a line's leading day in a note's list: a colon or a dash, then its text
_DAY_LED = recache.compile(r"\)?[ \t]*(?::|[ \t][–—-])[ \t]+(?=\w)")


def _own_title(head: tuple[int, int, dict]) -> tuple[int, int, dict]:
    """A heading whose line is its own title: no title above it starts its section."""
    line, end, d = head
    return (line, end, {**d, "own_line": True})


def _day_list(lines: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """A note's lines led by their days, as a list of days: three lines or more, each
    right under the one before (no paragraph under a day), whose days run forward (one
    day may lead two lines), over more than one day and a month at most (a trip's, not a
    chronology's); else none."""
    days = [d["date"] for _, _, d in lines]
    if (
        len(lines) < 3
        or days != sorted(days)
        or not 0 < (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days <= 31
        or any(b[0] != a[2]["until"] + 1 for a, b in pairwise(lines))
    ):
        return []
    return lines


# A diary's paragraph led by its day's number ("Day 2 🍈 The big one: ..."), after a mark
_DAY_NUMBERED = recache.compile(
    r"(?m)^[^\S\n]*(?:[^\w\s]{1,3}[^\S\n]*)?Day[^\S\n]+(?P<n>\d{1,2})\b"
)


def _opens_paragraph(text: str, line: int) -> bool:
    """Is the line that starts at ``line`` a paragraph's first: the text's first, or one
    under a blank line (spaces and tabs at most) that is not the text's first?"""
    if line == 0:
        return True
    blank = text.rfind("\n", 0, line - 1)
    return blank != -1 and not text[blank + 1 : line - 1].strip(" \t")


# between a day's number and its date: "Day 1 (Mon 23 Nov)", "Day 1: Monday, 23 November"
_NUMBER_TO_DATE = recache.compile(r"[^\S\n]*[(:,–—-]?[^\S\n]*(?:[A-Z][a-z]{2,8}\.?,?[^\S\n]+)?")


def _numbered_days(text: str, dates: list[dict]) -> list[tuple[int, int, dict]]:
    """A diary's paragraphs led by their days' numbers, "Day 1 (Mon 23 Nov)" then "Day 2",
    "Day 3": two or more, their numbers running up, one of them dated right after its
    number (every dated one on the same count): each paragraph that day, up to the next
    day's line or the next blank line; else none."""
    lines = list(_DAY_NUMBERED.finditer(text)) if "Day" in text else []
    if not all(_opens_paragraph(text, m.start()) for m in lines):
        return []  # (a list's items, "- Day 1 (12 Jul): ..." over "- Days 2-4: ...")
    numbers = [int(m["n"]) for m in lines]
    if len(lines) < 2 or any(b <= a for a, b in pairwise(numbers)):
        return []
    firsts: set[date] = set()
    for m, n in zip(lines, numbers, strict=True):
        for d in dates:
            if (
                d["precision"] == "day"
                and d["date"]
                and not d["end_date"]
                and _NUMBER_TO_DATE.fullmatch(text, m.end(), d["start"])
            ):
                firsts.add(date.fromisoformat(d["date"]) - timedelta(n - 1))
    if len(firsts) != 1:
        return []  # (no day dated, or two that disagree)
    first = firsts.pop()
    heads = []
    for k, (m, n) in enumerate(zip(lines, numbers, strict=True)):
        gap = _BLOCK_END.search(text, m.end())
        until = min(
            gap.start() if gap is not None else len(text),
            lines[k + 1].start() - 1 if k + 1 < len(lines) else len(text),
        )
        day = (first + timedelta(n - 1)).isoformat()
        label = {"date": day, "end_date": None, "precision": "day", "text": m.group().strip()}
        label.update(start=m.start(), end=m.end(), until=until)
        heads.append(_own_title((m.start(), m.start(), label)))
    return heads


# A report's block heading that names its day relative to the report's ("Work completed
# today", "Plan for tomorrow", "Today's work:", "## Yesterday"): a daily log's or a stand-up
# note's, over the block of lines it dates (up to the next blank line)
_REPORT_HEADING = recache.compile(
    r"[ \t]*(?:#{1,6}[ \t]+|\*\*)?(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]+)?"
    r"(?P<day>[Tt]oday|[Tt]omorrow|[Yy]esterday)"
    r"(?:['’]s(?:[ \t]+[a-z]+){1,2})?[ \t]*:?(?:\*\*)?[ \t]*"
)
_BLOCK_END = recache.compile(r"\n[ \t]*(?:\n|$)")


def _report_block(text: str, line: int, end: int, d: dict) -> tuple[int, int, dict] | None:
    """The block a report's relative day heading dates (see ``_REPORT_HEADING``): the
    lines right under it, up to the next blank line; None if the line is no such heading
    or nothing is under it."""
    m = _REPORT_HEADING.fullmatch(text, line, end)
    if m is None or m.start("day") != d["start"] or text[end + 1 : end + 2] in ("", "\n"):
        return None
    gap = _BLOCK_END.search(text, end)
    return (line, end, {**d, "until": gap.start() if gap else len(text)})


def dated_sections(text: str, dates: list[dict], pub: dict | None) -> list[dict]:
    """The dated sections of a programme, a live blog or a chat: each line that is only a
    day's date heads the lines below it up to the next such line, and a chat's message
    stamp heads its message and the lines below. There must be two such headings, or one
    and entries led by clock times; a single date on a line of its own in a story is no
    programme. Entries led by clock times above the first heading are the publication
    day's (a live blog's latest entries come first). An e-mail's header date and a search
    result's snippet date head their message when a text holds two or more of them: such a
    section (``mail``) dates what is said relative to it, and lends no day of its own. A
    video's chapter list (see ``_chapters``) is the page's one section."""
    chapters = _chapters(text, dates, pub)
    if chapters:
        return chapters  # (a video's page holds no programme besides)
    pub_line = text.rfind("\n", 0, pub["start"]) + 1 if pub and "start" in pub else -1
    heads: list[tuple[int, int, dict]] = []
    reports: list[tuple[int, int, dict]] = []  # a daily report's blocks ("Plan for tomorrow")
    day_lines: list[tuple[int, int, dict]] = []  # a note's lines led by their days
    pub_head: tuple[int, int, dict] | None = None  # the page's own date line, as a heading
    for d in dates:
        if d["precision"] != "day" or not d["date"]:
            continue
        line = text.rfind("\n", 0, d["start"]) + 1
        end = text.find("\n", d["end"])
        end = len(text) if end == -1 else end
        if (
            d["end_date"]
            and not _RANGE_HEADING.fullmatch(d["text"])
            and not _BAR_LABEL.fullmatch(text, d["end"], end)
        ):
            continue  # (a range heads its lines only written out in full: "THURSDAY 10
            # DECEMBER TO FRIDAY 11 DECEMBER", a programme's days for a trip)
        head = _HEADING_HEAD.fullmatch(text, line, d["start"])
        if head is not None and head.group("who") and not _CLOCK_AFTER.match(text, d["end"]):
            head = None  # ("Chan Tai Man  12 March 2026": a list's name and day, no stamp)
        # (an e-mail's header date or a reply's attribution, whatever heading its line
        # might also read as: "Date: Mon, 23 Nov 2026 14:02:11 +0800" under "From:", "On
        # Fri, 20 Nov 2026 ..." before "wrote:")
        mail = _mail_stamp(text, line, d, end)
        if not mail and _snippet_stamp(text, line, d):
            # a search result's "Nov 17, 2026 — Dongguan and ... launched ... on Monday"
            # under its link: the page's date, the snippet after it its message
            heads.append((line, line, {**d, "mail": True}))
            continue
        if mail:
            # an e-mail's "Sent:" under "From:", or a reply's "On ... wrote:": its message
            # (the top one too: a thread's messages are dated one by one); a reply's
            # quoted lines only, when the reply goes on below them
            quoted = _quote_end(text, end) if text.startswith("On", line) else None
            heads.append((line, end, {**d, "mail": True, **({"until": quoted} if quoted else {})}))
            continue
        if head is None:
            block = _report_block(text, line, end, d)
            if block is not None:
                reports.append(block)
            continue
        # (the page's own date line heads nothing, unless it is a chat's day divider:
        # "----- 23 November 2026 -----" over that day's messages, its first message with
        # its stamp, or the first of an export's items' stamps, each over its own item; or
        # a diary's first day, see below)
        own_line = (
            line == pub_line
            and not DAY_DIVIDER.match(text, line)
            and not _chat_message_line(text, line, end)
            and not (
                text.startswith("Published:", line) and _STAMP_LINE.search(text, end) is not None
            )
        )
        heading = _HEADING_TAIL.fullmatch(text, d["end"], end) or _HEADING_LABEL.fullmatch(
            text, d["end"], end
        )
        if (led := _DAY_LED.match(text, d["end"], end)) is not None and not head.group("who"):
            # a note's line led by its day ("Mon 14 Dec: fly in via Shenzhen, hotel in Wan
            # Chai"): a day of its list, over that line alone
            day_lines.append(_own_title((line, led.end(), {**d, "until": end})))
            if not heading:
                continue
        if not heading:
            stamp = _CHAT_STAMP.match(text, line)
            if stamp is None or not line <= d["start"] < stamp.end():
                continue
            end = stamp.end()
            d = {**d, "chat": True}
        elif _byline_stamp(text, line, d["start"]):
            # a comment's byline, "Cheryl Fung · Nov 27, 2026", over its text: the day it
            # was posted, as a chat message's stamp
            d = {**d, "chat": True}
        day = date.fromisoformat(d["date"])
        if head.group("wd") and not re.search(r"\d{4}", d["text"]):
            # the weekday picks the year of a date written without one
            fits = _on_weekday(day, head.group("wd"))
            shift = (fits[0] - day).days if fits else 0
            day = fits[0] if fits else day
            if d["end_date"] and shift:
                last = date.fromisoformat(d["end_date"]) + timedelta(shift)
                d = {**d, "end_date": last.isoformat()}
        if head.group("field"):
            d = {**d, "field": True}
        if own_line:
            pub_head = (line, end, {**d, "date": day.isoformat()})
            continue
        heads.append((line, end, {**d, "date": day.isoformat()}))
    if pub_head is not None and _diary_days(text, pub_head, heads):
        # "24 November 2026" over a note's first day and "25 November 2026" over its
        # second (an outline's "[[Nov 23rd, 2026]]" blocks): the page's date line is the
        # diary's first day heading, written as its others are
        heads = [pub_head, *heads]
    if len(day_lines) >= 3 and {h[0] for h in heads} <= {h[0] for h in day_lines}:
        # (three or more lines, their days running forward, first to last: a trip's list;
        # the short ones among them, "Wed 16 Dec: back to Guiyang", are its lines too)
        heads = _day_list(day_lines) or heads
    if not heads and (numbered := _numbered_days(text, dates)):
        heads = numbered  # (a diary's "Day 1 (Mon 23 Nov)", "Day 2", ...)
    heads = _field_heads(text, heads)
    if not heads and not reports:
        return _log_under_date(text, pub)
    timed = [m.start() for m in TIMED_LINE.finditer(text)]
    # two messages make a thread, two days (or a day and timed entries) a programme
    mails = sum(1 for h in heads if h[2].get("mail"))
    days = len(heads) - mails
    thread, programme = mails >= 2, days >= 2 or (days == 1 and len(timed) >= 2)
    if days == 1 and not mails:
        # (a listing's one item besides the page's own date, or a reference library's with
        # no date of its own: the item's stamp under its title dates what the item tells)
        (line, _, _) = heads[0]
        programme = programme or _title_above(text, line, {line}) != line
    heads = [h for h in heads if (thread if h[2].get("mail") else programme)]
    # (a report's block heads its lines whatever else the text holds; it and a list's day
    # line are their own titles)
    heads = sorted([*heads, *(_own_title(h) for h in reports)], key=lambda h: h[0])
    if not heads:
        return []
    # a feed's item: its title (and link) stand over its date line, and are the item's
    # (a line that is only a stamp: an Atom entry's "published" over its "updated")
    stamps = {line for line, _, d in heads if not d.get("chat") and not d.get("mail")}
    titled = [
        line if d.get("own_line") else _title_above(text, line, stamps) for line, _, d in heads
    ]
    sections = []
    early = [t for t in timed if t < heads[0][0]]
    if early and pub and pub.get("date"):
        top = {"date": pub["date"], "end_date": None, "precision": "day", "text": pub.get("text")}
        sections.append({"start": early[0], "end": heads[0][0], "heading": None, **top})
    for k, (_, end, d) in enumerate(heads):
        stop = titled[k + 1] if k + 1 < len(heads) else _closing_rule(text, end)
        stop = min(stop, d.get("until", stop))
        payload = {f: d[f] for f in ("date", "end_date", "precision", "text")}
        # (a feed item's stamp, under its title and link, is the day the item was put out:
        # it dates what the item tells relative to it, as a message's header does, and
        # lends no day of its own)
        payload["mail"] = d.get("mail", False) or titled[k] != heads[k][0]
        if d.get("chat") or text.startswith("Published:", heads[k][0]):
            # a chat message's stamp, an export's item's: the day it was sent or posted
            payload["chat"] = True
        start = end if titled[k] == heads[k][0] else titled[k]
        if start < stop:
            sections.append(
                {"start": start, "end": stop, "heading": (d["start"], d["end"]), **payload}
            )
    return sections


_BLANK_LINE = recache.compile(r"\n[ \t]*\n")
# what a date line's shape leaves out: its numbers, its words
_SHAPE = recache.compile(r"\d+|[^\W\d_]+")


def _line_shape(text: str, line: int, end: int) -> str:
    """A line's shape: its numbers and words each one mark ("Nov 24th, 2026" and "Nov
    23rd, 2026" alike; "24 November 2026" unlike "Thursday 10 December")."""
    return _SHAPE.sub(lambda m: "0" if m.group()[0].isdigit() else "a", text[line:end].strip())


def _diary_days(
    text: str, pub_head: tuple[int, int, dict], heads: list[tuple[int, int, dict]]
) -> bool:
    """Is the page's own date line (``pub_head``) the first of a diary's day headings: the
    first line to head anything, over another day's heading of the very same shape up to
    its date (and no field's, message's or chat message's stamp among them)?"""
    if (
        not heads
        or heads[0][0] < pub_head[0]
        or any(h[2].get(k) for h in [pub_head, *heads] for k in ("mail", "field", "chat"))
    ):
        return False  # (a "Date:" field's day is an item's, a message's or a chat
        # message's stamp its message's)
    # (up to the date: "## Tue 1 Dec 2026 (plan)" is written as "## Mon 30 Nov 2026")
    shape = _line_shape(text, pub_head[0], pub_head[2]["end"])
    return any(_line_shape(text, line, d["end"]) == shape for line, _, d in heads)


def _field_heads(text: str, heads: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """A 'Date:' field heads only the block of timed lines below it, its one occasion's run
    of show ("Date: Tuesday, 8 December 2026" over "14:30  Guests arrive ..." up to the
    next blank line), when it is the text's only such field: clippings' or items' 'Date:'
    fields each date their own item, and head nothing."""
    fields = [h for h in heads if h[2].get("field")]
    rest = [h for h in heads if not h[2].get("field")]
    if len(fields) != 1:
        return rest
    line, end, d = fields[0]
    first = TIMED_LINE.search(text, end)
    if first is None:
        return rest
    gap = _BLANK_LINE.search(text, first.start())
    block = {**d, "until": gap.start() if gap else len(text)}
    return sorted([*rest, (line, end, block)], key=lambda h: h[0])


def _closing_rule(text: str, start: int) -> int:
    """Where the last dated section ends: at a rule after its first lines of text, when
    no timed line comes after the rule (a visitors' book's last note, then "~~~" and the
    page's footer); else at the end of the text."""
    body = _LINE_OF_TEXT.search(text, start)
    rule = RULE_LINE.search(text, body.end()) if body else None  # (closing the last entry)
    if rule is None or TIMED_LINE.search(text, rule.end()):
        return len(text)
    return rule.start()


_LINE_OF_TEXT = recache.compile(r"(?m)^[ \t]*\w[^\n]*$")
_DATE_LEADS = recache.compile(rf"(?:{_WEEKDAY_NAME},?[ \t]*)?(?:\d|{MONTH_RE}\b)")
_TODAY_WORD = recache.compile(r"\btoday\b", re.I)
# A table's row whose last column is its clock time: "Press Conference: ...    Press Room
# 4503      16:00 - 16:45"
_TIMED_ROW = recache.compile(rf"(?m)^[^\n]*\S[ \t]{{2,}}{_CLOCK_SPAN}[ \t]*$", re.I)


def _log_under_date(text: str, pub: dict | None) -> list[dict]:
    """A log right under the page's own date line: three or more lines led by clock times,
    at most one line between ("Tuesday 24 November 2026 | Morning shift" over "06:02  ...",
    "06:18  ..."), as a news ticker's or a duty desk's log is kept, or a board's rows each
    closed by its time ("Today's Events | Wednesday, 25 November 2026" over "... Summit
    Ballroom A-C   09:00 - 17:30"). What its lines tell without a day of their own is that
    day's: the log has no day heading besides. The date must lead its line, as a day's
    heading does, or the line must say it is today's ("Posted 2 Dec 2026" over a
    programme's clock times stamps the page, and the programme's day is not told)."""
    if not pub or pub.get("start") is None or len(pub.get("date") or "") != 10:
        return []
    line = text.rfind("\n", 0, pub["start"]) + 1
    line_end = text.find("\n", pub["start"])
    if line_end == -1:
        return []
    leads = not text[line : pub["start"]].strip() and _DATE_LEADS.match(text, pub["start"])
    if not leads and not _TODAY_WORD.search(text, line, line_end):
        return []
    timed = sorted(
        m.start() for pattern in (TIMED_LINE, _TIMED_ROW) for m in pattern.finditer(text, line_end)
    )
    if len(timed) < 3 or len(NONBLANK_LINE.findall(text, line_end, timed[0])) > 1:
        return []
    top = {"date": pub["date"], "end_date": None, "precision": "day", "text": pub.get("text")}
    return [{"start": timed[0], "end": len(text), "heading": None, **top}]


# (an Atom entry's id is a link of its own kind: "tag:example.gov.cn,2026-11-18:/en/1179",
# "urn:uuid:...")
_URL_LINE = recache.compile(r"[ \t]*(?:https?://|www\.|tag:[\w.-]+,\d{4}|urn:)\S+[ \t]*")


_STAMP_LINE_OPENS = recache.compile(r"[ \t]*[^\sa-z]")


def _headline_block(text: str, prev: int, pos: int, line: int, words: int) -> bool:
    """Is the row at ``prev`` (ending at ``pos``) a headline standing right over the date
    line at ``line`` and opening its block (the text's start or a blank line above it), as
    a listing's item is laid out ("Putian and Macao Sign Agreement ..." / "2026-11-03" /
    its summary)? Three words at least (any over an exported article's "Published:"
    line), no clock time's entry: a programme's day heading stands under a blank line,
    under the day before's entries."""
    stamp_end = text.find("\n", line)
    stamp = text[line : len(text) if stamp_end == -1 else stamp_end]
    return (
        pos == line
        # (an exported article's "Published:" line is its title's, however short: "Call
        # notes" / "Published: 2026-11-24")
        and (words >= 3 or text.startswith("Published:", line))
        and (prev == 0 or text[max(0, prev - 2) : prev] == "\n\n")
        and not TIMED_LINE.match(text, prev)
        # (not a wrapped sentence's lines: "... will be held at Nansha Science City" / "on
        # 16 December.")
        and _STAMP_LINE_OPENS.match(stamp) is not None
        and not stamp.rstrip().endswith(".")
    )


def _title_above(text: str, line: int, stamps: set[int]) -> int:
    """Where the title block over a date line starts: a title (a line with no full stop,
    twenty words at most) right above its link line, single blank lines apart, as a feed's
    item is laid out ("Secretary meets Hubei delegation" / link / "Fri, 20 Nov 2026
    19:15:00 +0800"); else the date line itself (a programme's entry above a day's heading
    is the day before's). The item's other stamp lines (``stamps``: an Atom entry's
    "published" over its "updated") and the lines its markup's tags left blank (spaces
    only) stand between as its link does."""
    pos = line
    blanks = 0
    linked = stamped = False
    while pos > 0:
        prev = text.rfind("\n", 0, pos - 1) + 1
        row = text[prev : pos - 1]
        if prev in stamps and pos == line and not stamped:
            line = prev  # (the item's first stamp: the title is above it)
            stamped = True
        elif row and not row.strip():
            pass  # (a tag's line: no paragraph break)
        elif not row:
            blanks += 1
            if blanks > 1:
                return line
        elif _URL_LINE.fullmatch(row):
            blanks = 0
            linked = True
        else:
            words = row.split()
            if row.rstrip()[-1:] in ".!?:;" or len(words) > 20:
                return line
            if not linked and not _headline_block(text, prev, pos, line, len(words)):
                return line
            return prev
        pos = prev
    return line


def _redate(
    text: str, found: list[dict], sections: list[dict], sentences: list[tuple[int, int]]
) -> list[dict]:
    """Resolve the relative dates under each heading against the heading's day."""
    spans = [
        (sec["start"], sec["end"], sec["date"]) for sec in sections if sec["heading"] is not None
    ]
    return _resolve_within(text, found, spans, sentences)


def _resolve_within(
    text: str,
    found: list[dict],
    spans: list[tuple[int, int, str]],
    sentences: list[tuple[int, int]],
) -> list[dict]:
    """The dates found, those in each span (start, end, ISO day) found again against the
    span's own day."""
    out = found
    for a, b, iso in spans:
        bounds = [(s, e) for s, e in sentences if a <= s < b]
        if not bounds:
            continue
        again = find_dates(text, date.fromisoformat(iso), bounds)
        out = [d for d in out if not a <= d["start"] < b] + [
            d for d in again if a <= d["start"] < b
        ]
    return sorted(out, key=lambda d: d["start"])


# "(adapted from a news report, 2 March 2026)" over a passage: an exam's or a textbook's
# reading, told as of its own day
_ADAPTED_FROM = recache.compile(
    r"(?im)^[ \t]*[(\[]?[ \t]*(?:adapted|abridged|excerpted|extracted|reprinted|translated)"
    r"[ \t]+from[ \t]+[^\n]{3,120}$"
)


# A digest's item under its source and that source's day: "ITEM 2  |  Ou Mun Jornal, 16
# November (Chinese; summary)", "3. South China Morning Post, 21 November, p. 4"; the day
# is checked to be the one date on the line, all of it after the comma (not a key dates
# table's "Registration opens    Tuesday, 1 December 2026")
_SOURCE_LINE = recache.compile(
    r"(?m)^[ \t]*(?:(?:ITEM|Item|No\.)[ \t]*\d{1,3}[ \t]*[|:.–—-][ \t]*|\d{1,3}[.)][ \t]+"
    r"|[-•*][ \t]+)?[A-Z][\w'’&.-]*(?:[ \t][\w'’&.-]+){0,6},[ \t]+(?P<day>[^\n,()]{4,30}?)"
    r"(?:,?[ \t]*(?:\([^\n)]{0,60}\)|p\.?[ \t]*\d{1,3}|page[ \t]+\d{1,3}))*[ \t]*$"
)


def _passages(text: str, found: list[dict], sentences: list[tuple[int, int]]) -> list[dict]:
    """Resolve the relative dates of a passage under an "(adapted from ..., <day>)" line
    against that day, up to the next such line or the text's end; so too the items of a
    digest under their sources' lines, two or more such lines, each with its day."""

    def heads(matches: list[re.Match[str]]) -> list[tuple[int, int, str]]:
        out = []
        for m in matches:
            lo = m.start("day") if "day" in m.re.groupindex else m.start()
            days = [d for d in found if m.start() <= d["start"] < m.end() and d["date"]]
            if days and days[0]["start"] < lo:
                continue
            if len(days) == 1 and days[0]["precision"] == "day" and not days[0]["end_date"]:
                out.append((m.start(), m.end(), days[0]["date"]))
        return out

    lines = heads(list(_ADAPTED_FROM.finditer(text))) if "from" in text else []
    if not lines:
        # (only the lines of single days are tried: cheaper than a search of every text)
        spans = {
            line_at(text, d["start"])
            for d in found
            if d["date"] and d["precision"] == "day" and not d["end_date"]
        }
        if len(spans) < 2:
            return found
        matches = [m for a, b in sorted(spans) if (m := _SOURCE_LINE.fullmatch(text, a, b))]
        lines = heads(matches)
        if len(lines) < 2:
            return found
    spans = [
        (a, lines[k + 1][0] if k + 1 < len(lines) else len(text), iso)
        for k, (_, a, iso) in enumerate(lines)
    ]
    return _resolve_within(text, found, spans, sentences)


# An exported table's row with a field that is its own stamp: a Q&A tool's CSV, "...
# this morning's session ...?",Anonymous,34,2026-12-09 11:42,Answered,...
_ROW_STAMP = recache.compile(
    r"(?m)(?:^|,)(?P<day>\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2})?(?=,|[ \t]*$)"
)


def _row_stamps(text: str, found: list[dict], sentences: list[tuple[int, int]]) -> list[dict]:
    """Resolve the relative dates of an exported table's rows (two or more, each holding
    one field that is a stamp, see ``_ROW_STAMP``) against each row's own stamp: a question
    sent on 9 December asks about "this morning's session" that day, whatever day the
    export was made."""
    if "," not in text:
        return found
    rows: dict[tuple[int, int], list[str]] = {}  # each row's line, and its stamps' days
    for m in _ROW_STAMP.finditer(text):
        try:  # (a field that only looks like a day: "2026-16-08 10:00")
            day = date.fromisoformat(m.group("day")).isoformat()
        except ValueError:
            day = ""
        rows.setdefault(line_at(text, m.start("day")), []).append(day)
    spans = [(a, b, days[0]) for (a, b), days in rows.items() if len(days) == 1 and days[0]]
    if len(spans) < 2:
        return found
    return _resolve_within(text, found, spans, sentences)


# a memo's line led by a weekday and a colon or a dash: "Tue: the fair at the Venetian"
_WEEKDAY_LINE = recache.compile(rf"[^\S\n]*(?:{_WEEKDAY_NAME}|{SHORT_WEEKDAY})\.?[^\S\n]*[:–—-]")
# how far under its run of days a weekday's line may stand
_RUN_REACH = 1500


def _run_days(text: str, found: list[dict]) -> list[dict]:
    """The weekdays that lead a memo's lines under a run of days told before them ("Mon 7
    to Wed 9 Dec", then "Tue: ..." and "Wed: ..."), each the day of that run it names, not
    the one nearest the text's own day."""
    runs = [d for d in found if d["date"] and d["end_date"] and d["precision"] == "day"]
    if not runs:
        return found
    out = []
    for d in found:
        run = (
            next((r for r in reversed(runs) if r["end"] <= d["start"]), None)
            if d["rule"] in ("date.weekday", "date.weekday_short") and d["date"]
            else None
        )
        led = _WEEKDAY_LINE.match(text, line_at(text, d["start"])[0]) if run else None
        if (
            run is not None
            and d["start"] - run["end"] <= _RUN_REACH
            and led is not None
            and led.end() > d["start"]
        ):
            first, last = date.fromisoformat(run["date"]), date.fromisoformat(run["end_date"])
            day = first + timedelta(days=(weekday_index(d["text"]) - first.weekday()) % 7)
            if (last - first).days < 7 and day <= last:
                d = {**d, "date": day.isoformat()}
        out.append(d)
    return out


class DateFinder:
    """Write every date expression to ``doc._.coop["dates"]``, and the dated sections of a
    programme or live blog to ``doc._.coop["sections"]``."""

    def __call__(self, doc: Doc) -> Doc:
        pub = store(doc).get("pubdate")
        text = text_of(doc)
        anchor = date.fromisoformat(pub["date"]) if pub else title_year(text)
        sentences = store(doc).get("sentences") or []
        found = find_dates(text, anchor, sentences)
        sections = dated_sections(text, found, pub)
        if sections:
            store(doc)["sections"] = sections
            found = _redate(text, found, sections, sentences)
        found = _run_days(text, _row_stamps(text, _passages(text, found, sentences), sentences))
        for fact in found:
            start, end, rule = fact.pop("start"), fact.pop("end"), fact.pop("rule")
            fact.pop("text")
            add_fact(doc, "dates", start, end, rule, **fact)
        return doc
