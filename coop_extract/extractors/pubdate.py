"""The article's own publication date, from the forms news pages carry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .. import recache, resources
from ..extensions import store, text_of
from ..normalize import (
    MONTH_RE,
    PT_DATE_RE,
    SHORT_WEEKDAY,
    WEEKDAYS,
    month_number,
    weekday_index,
)
from ..textutil import CHAT_STAMP, SUPERSCRIPT, line_at

# A time after a date: " 10:12", ", 9:31 PM", " at 10:12 AM GMT+8", " 18:02 HKT"
_TIME = (
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+(?:GMT|UTC|HKT|CST|BJT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?)?"
)
# a dateline's place is no weekday ("Thursday, September 11, 2025", "THURSDAY, 3 JUL 2025")
_NO_WEEKDAY = r"(?![A-Z](?:[a-z]+day|[A-Z]+DAY)\b)"
# a date written with its month's name, the day before or after it: "3 April 2025",
# "April 3, 2025"
_WRITTEN_DATE = (
    r"(?:(?P<d1>\d{1,2})\s+(?P<mon1>"
    + MONTH_RE
    + r"),?\s+(?P<y1>(?:19|20)\d{2})|(?P<mon2>"
    + MONTH_RE
    + r")\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2}))"
)
# a page's latest stamp, a tracker card's or a wiki page's: "Last activity: 20 Nov 2026"
_LAST_STAMP = r"last\s+(?:activity|modified|edited|changed)"
# (rule id, pattern); earlier rules win. Groups: y, m, d, or y, mon, d.
_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        # A page's structured metadata left in the text, a JSON-LD block's or a feed's key
        # and its ISO value: '"datePublished":"2026-11-16T08:15:00+08:00"', "pubDate =
        # '2026-11-16'" (the page's own day, whatever the article's lines say)
        "pubdate.metadata_key",
        recache.compile(
            r"""(?i)["']?\b(?:date_?published|published_?(?:at|time|date|on)|pub_?date"""
            r"""|publication_?date)["']?[^\S\n]*[:=][^\S\n]*["']"""
            r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"
        ),
    ),
    (
        "pubdate.labelled_iso",
        recache.compile(
            # (a photo's metadata: "Date Created: 2026:11:21 09:42:17", as a camera writes it)
            # ("# last_updated: 2026-11-20": a data file's stamp, its key in snake case; "Last
            # edited 2026-11-21 by the web desk", a comment's; a note app's metadata,
            # "created_time: 2026-11-24T02:15:33.512Z", the day the note was written)
            r"(?im)\b(?:(?:last_)?updated|last_modified|published|posted|released|issued|date"
            # (a trip's "Start time:" or "End time:" is the trip's, no stamp of the page:
            # "time" only alone or after a stamp's word, "Release time:", "Reply time:")
            r"|created_time"
            r"|dated|(?:(?<![A-Za-z][^\S\n])|(?<=release\s)|(?<=reply\s)|(?<=post\s)|(?<=publish\s))"
            rf"time|(?:date\s+)?(?:created|taken)|{_LAST_STAMP}(?:\s+on)?)\s*[:：]?\s*"
            # (an ISO stamp's time after its "T": "2026-11-24T02:15:33.512Z")
            r"(?P<y>(?:19|20)\d{2})(?P<sep>[-/.:])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
            r"(?:\b|(?=T\d))"
        ),
    ),
    (
        # An AsciiDoc document's revision line under its title and author ("v1.2,
        # 2026-11-21: Final for circulation") or its ":revdate:" entry, in its first lines
        "pubdate.revision_line",
        recache.compile(
            r"\A(?:[^\n]*\n){0,5}?(?:[^\n]*?[ \t>])?(?::revdate:[ \t]*|v\d{1,3}(?:\.\d{1,3}){0,3},"
            r"[ \t]*)(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b"
        ),
    ),
    (
        # ("Date of Judgment: 14 October 2025": the day a court's paper is its own; so is a
        # notice's "Date of notice:")
        "pubdate.labelled_text",
        recache.compile(
            # ("Received ...; accepted ...; published online 20 November 2026": a journal's)
            # ("Revised 12 November 2026": a teaching case's or a paper's own version)
            # ("Delegation list (version 3, 2 March 2027)": a document's numbered version;
            # "RUN OF SHOW (v3, 2 Dec 2026)", "(rev. 2, ...)" its short forms)
            r"(?im)\b(?:updated|revised|published(?:\s+online)?|posted|released|issued|dated"
            # ("Last activity: 20 Nov 2026 16:22": a tracker card's or a wiki page's latest
            # stamp, the day it stands as read, over its "Created:" one)
            rf"|{_LAST_STAMP}"
            r"|(?:(?:version|draft|rev(?:ision)?\.?)\s+|v)\d{1,2}(?:\.\d{1,2})?\s*,"
            # ("Draft 2 - 26 November 2026": a script's title page, its draft and day)
            r"|draft\s+\d{1,2}\s*[-–—](?=\s)"
            # ("Published on 23 October 2026" on a line of its own, a notice's foot; never a
            # sentence's "was published on ...", another paper's day; a header's "Posted on
            # ... by ..." is a header line)
            r"|^[^\S\n]*(?:published|released|issued)[^\S\n]+on"
            # (a poll's or a board's "Created Nov 24, 2026 · Closed Nov 27, 2026" under its
            # title: the day it was made, over the day it closed; a form's summary's
            # "Exported 2 Dec 2026 by ...": the export's own day)
            r"|^[^\S\n]*(?:created|exported)(?:[^\S\n]+on)?(?=[^\S\n])"
            # (a campaign report's "Regular email · Sent Tue, Dec 8, 2026 9:00 am · ..."; a
            # reader's clippings' "- Your Highlight on page 2 | Location 18-21 | Added on
            # Monday, November 30, 2026 9:48:15 PM", the first the day the file was begun)
            r"|(?:(?<=[·•|][^\S\n])|(?<=[·•|][^\S\n]{2})|^)(?:sent|added[^\S\n]+on)(?=[^\S\n])"
            # (an issue tracker's page: "wingkei-data opened this issue on Nov 19, 2026")
            r"|\bopened[^\S\n]+this[^\S\n]+(?:issue|pull[^\S\n]+request|discussion)[^\S\n]+on"
            # (an instant messenger's log, its title: "Conversation with chen@jabber... at
            # Tue 24 Nov 2026 09:58:31 AM HKT on ivy@... (jabber)", the chat's first day)
            r"|^[^\S\n]*conversation[^\S\n]+with[^\S\n]+[^\n]{1,120}?[^\S\n]at"
            # (a call's chat or notes giving its own day: "For the minutes: Wednesday 25
            # November 2026", "For the record: ...")
            r"|\bfor[^\S\n]+the[^\S\n]+(?:minutes|record)(?=[^\S\n]*[:：])"
            # (a wiki's foot: "This page was last edited on 14 November 2026, at 08:02 (UTC)")
            r"|^[^\S\n]*(?:this[^\S\n]+(?:page|article|post|entry)[^\S\n]+was[^\S\n]+)?"
            rf"{_LAST_STAMP}[^\S\n]+on"
            r"|date(?:\s+of\s+(?:judgment|judgement|decision|ruling|publication|issue|notice"
            r"|announcement|circular|release))?)"
            r"\s*[:：]?\s*"
            r"(?:\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?,?\s*)?"
            # (a weekday in full or cut short: an e-mail's "Date: Thu, 26 Nov 2026 14:03")
            r"(?:(?:[A-Z][a-z]+day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s*)?"
            r"(?:(?P<d1>\d{1,2})\s+(?P<mon1>" + MONTH_RE + r"),?\s+(?P<y1>(?:19|20)\d{2})"
            r"|(?P<mon2>" + MONTH_RE + r")\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2}))"
        ),
    ),
    (
        # A stamp's label and a numeric date, day and month read as for a header line: a
        # ticket's foot "Issued: 20/11/2026 16:02 HKT", "Last updated: 03.11.2026"; a form's
        # "Signed Date: 27/11/2026", the day it was signed and sent
        "pubdate.labelled_numeric",
        recache.compile(
            r"(?im)^[^\S\n]*(?:(?:last[^\S\n]+)?updated|published|posted|released|issued"
            r"|(?:signed|signature)[^\S\n]+date|date[^\S\n]+(?:signed|of[^\S\n]+signature))"
            r"[^\S\n]*[:：][^\S\n]*"
            r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y3>(?:19|20)\d{2})(?![\w-])"
        ),
    ),
    (
        # A title's state date in brackets, in the first lines: "Organisational structure (as
        # at 1 October 2026)", "Contact list (as of 3 May 2026)" (one further down is a
        # figure's: "reserves of $1bn (as at 30 June 2026)")
        "pubdate.header_line",
        recache.compile(
            # (a word or two may say what stands so: "(plan as of 23 Nov 2026)", "(draft as
            # at ...)")
            r"\A(?:[^\n]*\n){0,3}?[^\n(]{3,100}\((?:[A-Za-z]+[^\S\n]+){0,2}?"
            r"(?P<when>(?i:as[^\S\n]+(?:at|of))[^\S\n]+" + _WRITTEN_DATE + r")\)[ \t]*$",
            re.M,
        ),
    ),
    (
        # A call's record as the meeting app titles it: the meeting's name, its day (and
        # time) in brackets, a dash and what the record is ("Weekly sync (2026-11-23 15:02
        # GMT+08:00) - Transcript", "... - Recording", "... - Notes by Gemini")
        "pubdate.record_title",
        recache.compile(
            r"\A(?:[ \t]*\n){0,3}[^\n(]{3,120}\([ \t]*(?P<when>(?P<y>(?:19|20)\d{2})[-/.]"
            r"(?P<m>\d{1,2})[-/.](?P<d>\d{1,2})|"
            + _WRITTEN_DATE
            + r")(?:,?[ \t]+\d{1,2}:\d{2}[^\n)]{0,20})?\)[ \t]*[-–—][ \t]*"
            r"(?i:transcript|recording|notes|chat|minutes)\b"
        ),
    ),
    (
        # A programme's edition as the text's title: its name, its day, a dash and what it
        # holds ("HK Evening Report 2026-11-23 - Harbin ice roadshow", a caption script's)
        "pubdate.edition_title",
        recache.compile(
            r"\A(?:[ \t]*\n)*[ \t]*[A-Z][\w.'’&]*(?:[ \t][A-Z][\w.'’&]*){0,5}[ \t]+"
            r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})[ \t]+[-–—|][ \t]+\S"
        ),
    ),
    (
        # A note titled by its day, as note apps and daily notes name them: the text's first
        # line, a heading's mark or not, the date and the title ("# 2026-12-01 Enshi
        # delegation in Hong Kong")
        "pubdate.note_title",
        recache.compile(
            r"\A(?:[ \t]*\n)*[ \t]*(?:#{1,6}[ \t]+)?(?P<when>(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-"
            r"(?P<d>\d{2}))[ \t]+(?:[-–—:|][ \t]+)?[A-Z][a-z]"
        ),
    ),
    (
        "pubdate.timestamp_line",
        recache.compile(
            r"(?m)^[ \t]*(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})"
            r"(?:[ T]\d{2}:\d{2}(?::\d{2})?)?[ \t]*$"
        ),
    ),
    (
        "pubdate.dateline",
        recache.compile(
            r"(?m)^[ \t]*"
            + _NO_WEEKDAY
            + r"[A-Z][A-Z .'’-]{2,40},\s+(?P<mon2>"
            + MONTH_RE
            + r")\s+(?P<d2>\d{1,2}),?\s+"
            r"(?P<y2>(?:19|20)\d{2})\b"
        ),
    ),
    (
        # "Hong Kong, 18 April 2025 – ...", "Macau, May 3, 2024 (Agency) -- ...",
        # "FOSHAN, China, 3 April 2025 /PRNewswire/ -- ..."
        "pubdate.dateline",
        recache.compile(
            r"(?m)^[ \t]*[A-Z][\w .'’-]{1,40},(?:\s*[A-Z][\w .'’-]{1,30},)?\s+"
            + _WRITTEN_DATE
            + r"\s*(?:\([^)]{1,40}\)\s*|/[^/\n]{1,40}/\s*)?(?:--|—|–|-)"
        ),
    ),
    (
        # A wire's or an agency's dateline in spaced dashes: "Meridian Ratings - Hong Kong -
        # 12 Nov 2026: ...", "HONG KONG — 3 March 2026 — ..."
        "pubdate.dateline",
        recache.compile(
            r"(?m)^[ \t]*[A-Z][\w.'’&]*(?:[ \t](?:[A-Z]|of\b|and\b)[\w.'’&]*){0,5}"
            r"(?:[ \t]+[-–—][ \t]+[A-Z][\w.'’&]*(?:[ \t][A-Z][\w.'’&]*){0,3})?[ \t]+[-–—][ \t]+"
            + _WRITTEN_DATE
            + r"[ \t]*(?::|--|—|–|-)"
        ),
    ),
    (
        # A Macao release's Portuguese dateline: "Macau, 23 de Novembro de 2026"
        "pubdate.dateline",
        recache.compile(r"(?m)^[ \t]*[A-Z][\w .'’-]{1,40},[ \t]+" + PT_DATE_RE + r"[ \t]*$"),
    ),
    (
        # A post's byline with its day, between a forum's fields: "187 points by kwokfung
        # 2026-11-23 | hide | past", "Submitted by admin on 2026-11-20 · 4 replies"
        "pubdate.byline_stamp",
        recache.compile(
            r"(?m)^[^\n]{0,60}?\bby[ \t]+[\w.@/-]{2,40}[ \t]+(?:on[ \t]+)?"
            r"(?P<when>(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2}))"
            r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?=[ \t]*(?:[|·•]|$))"
        ),
    ),
    (
        # A short header line ending in a date: "Source: Provincial Government | 2024-07-16".
        "pubdate.header_iso",
        recache.compile(
            r"(?m)^[^\n]{0,120}[|·•]\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
            r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$"
        ),
    ),
    (
        # A video page's stats line, the stamp with its time between other fields: "124k
        # views  ·  863 bullet comments  ·  2026-11-29 20:15:03  ·  No reposting"
        "pubdate.header_iso",
        recache.compile(
            r"(?m)^[^\n]{0,120}[·•][ \t]*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
            r"[ T]\d{1,2}:\d{2}(?::\d{2})?[ \t]*[·•][^\n]{0,120}$"
        ),
    ),
    (
        # The same with the date first: "2025-06-18 | Source: Provincial Government".
        "pubdate.header_iso",
        recache.compile(
            r"(?m)^[ \t]*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
            r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*[|·•][^\n]{0,120}$"
        ),
    ),
    (
        # "June 18, 2025 | Source: ...", "18 June 2025 · Xinhua", a weekday before it
        # ("Tuesday 24 November 2026 | Morning shift": a log's page head)
        "pubdate.header_text",
        recache.compile(
            r"(?m)^[ \t]*(?:[A-Z][a-z]+day,?\s*)?(?:(?P<mon2>"
            + MONTH_RE
            + r")\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2})|(?P<d1>\d{1,2})\s+(?P<mon1>"
            + MONTH_RE
            + r"),?\s+(?P<y1>(?:19|20)\d{2}))[ \t]*[|·•][^\n]{0,120}$"
        ),
    ),
    (
        # A line that is only a place and a date: "Nanning, Sept 10, 2024" (a weekday there
        # is a date line: "Thursday, September 11, 2025", and so is one the words before it
        # end in: "Board meeting of Tuesday, 15 December 2026", a meeting's day).
        "pubdate.dateline",
        recache.compile(
            r"(?m)^[ \t]*"
            + _NO_WEEKDAY
            + r"(?![^\n,]{0,40}(?i:day),)"
            + r"[A-Z][\w .'’-]{1,40},\s+"
            + _WRITTEN_DATE
            + _TIME
            + r"[ \t]*$"
        ),
    ),
    (
        # Hong Kong government press releases end "Ends/Saturday, March 9, 2024".
        "pubdate.press_release_end",
        recache.compile(
            r"(?m)^[ \t]*Ends/(?:[A-Z][a-z]+day,?\s*)?(?P<mon2>"
            + MONTH_RE
            + r")\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2})"
        ),
    ),
    (
        # A short header line ending in a written date: "Macau Business | June 20, 2024".
        "pubdate.header_text",
        recache.compile(
            r"(?m)^[^\n|]{1,80}[|·•]\s*(?:(?P<mon2>"
            + MONTH_RE
            + r")\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2})|(?P<d1>\d{1,2})\s+(?P<mon1>"
            + MONTH_RE
            + r"),?\s+(?P<y1>(?:19|20)\d{2}))[ \t]*$"
        ),
    ),
    (
        "pubdate.date_line",
        recache.compile(
            r"(?m)^[ \t]*(?:[A-Z][a-z]+day,?\s*)?(?:(?P<mon2>"
            + MONTH_RE
            + r")\s+(?P<d2>\d{1,2}),?\s+"
            r"(?P<y2>(?:19|20)\d{2})|(?P<d1>\d{1,2})\s+(?P<mon1>" + MONTH_RE + r")\s+"
            r"(?P<y1>(?:19|20)\d{2}))" + _TIME + r"[ \t]*$"
        ),
    ),
    (
        # A monitoring service's source line: the agency, its place, the language, and the
        # time and day it was carried, the year in two digits ("Source: Xinhua news agency,
        # Beijing, in English 1123 gmt 27 Nov 26"); tried last, a report's foot
        "pubdate.source_line",
        recache.compile(
            r"(?m)^[ \t]*\[?(?:Description[ \t]+of[ \t]+)?Source:[^\n]{0,160}?\b\d{3,4}[ \t]*"
            r"(?i:gmt|utc)[ \t]+(?P<when>(?P<d1>\d{1,2})[ \t]+(?P<mon1>"
            + MONTH_RE
            + r")\.?[ \t]+(?P<yy>\d{2}))\b"
        ),
    ),
    (
        # A social post's stamp over its count of views, its year in two digits: "11/27/26
        # · 1.2K views" (the day and month read as for a header line)
        "pubdate.post_stats",
        recache.compile(
            r"(?m)^[ \t]*(?P<a>\d{1,2})(?P<sep>/)(?P<b>\d{1,2})/(?P<yy3>\d{2})[ \t]*[·•][ \t]*"
            r"[\d.,]+[KkMm]?[ \t]+(?:views|likes|reads|replies)\b"
        ),
    ),
    (
        # A request's own stamp, where nothing else dates the page: an approval's
        # "Submitted: 2026-11-26 09:14" (a mailbox page's reply, signed and dated at its
        # foot, is the page's day over the letter's "Submitted:")
        "pubdate.submitted",
        recache.compile(
            r"(?im)^[^\S\n]*(?:submitted(?:[^\S\n]+on)?|submission[^\S\n]+(?:date|time))"
            r"[^\S\n]*[:：][^\S\n]*"
            r"(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b"
        ),
    ),
]


@Language.factory("coop_pubdate")
def make_pubdate(nlp: Language, name: str) -> PublicationDateFinder:
    """Build the publication-date finder."""
    return PublicationDateFinder()


_YEARLESS_DATELINE = recache.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'’-]{2,40},\s+(?P<mon>" + MONTH_RE + r")\s+(?P<d>\d{1,2})\b"
    r"(?!,?\s+(?:19|20)\d{2})(?:\s*\([^)]{1,40}\))?\s*(?:--|—|–|-)"
)
# A social post's stamp near the top, month and day with no year, then the time: a
# Weibo post's "11-23 14:05 from Weibo" (this year's posts are stamped so)
_POST_STAMP = recache.compile(
    r"[ \t]*(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])[ \t]+\d{1,2}:\d{2}\b(?![:-]\d)"
)
_FULL_DATE = recache.compile(
    r"\b(?:(?P<mon>" + MONTH_RE + r")\s+\d{1,2},?\s+(?P<y1>(?:19|20)\d{2})|"
    r"\d{1,2}\s+" + MONTH_RE + r",?\s+(?P<y2>(?:19|20)\d{2})|(?P<y3>(?:19|20)\d{2})-\d{2}-\d{2})\b"
)
_YEAR = recache.compile(r"(?<![\w-])(?P<y>(?:19|20)\d{2})(?![\w-])")
# Years that are not the story's: a target ("by 2035") or where a span up to the story
# begins ("have expanded to Hong Kong since 2019")
_OTHER_YEAR = recache.compile(
    r"(?i)\b(?:by|until|till|to|before|through|for|vision|plan|since|from)\s+$"
    # "up from about 10,000 in 2021", "compared with 3,200 in 2019": a baseline's year
    r"|\b(?:up|down|rising|falling|rose|fell)\s+from\s+(?:about\s+|some\s+|around\s+)?"
    r"[\d,.]+(?:\s+[a-z]+)?\s+in\s+$"
    r"|\bcompared\s+(?:with|to)\s+(?:about\s+|some\s+)?[\d,.]+(?:\s+[a-z]+)?\s+in\s+$"
)
# "reached 1.05 trillion yuan in 2024, up 8.3 percent year on year": a whole year's figure,
# so that year is over when the story is told
_WHOLE_YEAR = recache.compile(
    r"(?:[^.;\n]|\.(?=\d)){0,60}?\b(?:year[- ]on[- ]year|from\s+a\s+year\s+(?:earlier|ago|before)|"
    r"over\s+the\s+previous\s+year)\b",
    re.I,
)


_FUTURE = recache.compile(
    r"\b(?:will|would|shall|plans? to|expected to|aims? to|target|scheduled|slated|due to|"
    r"set to)\b",
    re.I,
)
_LEAD_END = recache.compile(r"(?<![ap]\.m)(?<!\b[ap]m)\.(?:\s|$)")
_WEEKDAY = recache.compile(
    # ("on a chilly Tuesday": a word or two may describe the day)
    r"\bon\s+(?:an?\s+(?:[a-z-]+\s+){0,2})?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _clause_before(text: str, offset: int) -> str:
    """The clause that leads up to ``offset`` (back to the last comma, full stop or line)."""
    start = max(
        text.rfind(", ", 0, offset), text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)
    )
    return text[start + 1 : offset]


def _year_elsewhere(text: str, skip: tuple[int, int]) -> int | None:
    """The year a year-less dateline belongs to: the latest full date in the text, else the
    latest year mentioned that is not a target ('by 2035') nor a span's start ('since
    2019'), or the year after a whole year's figure ('in 2024, up 8.3 percent year on
    year')."""
    full = [
        int(m.group("y1") or m.group("y2") or m.group("y3"))
        for m in _FULL_DATE.finditer(text)
        if not (skip[0] <= m.start() < skip[1])
    ]
    if full:
        return max(full)
    years = [
        int(m.group("y"))
        + (
            text[max(0, m.start() - 3) : m.start()] == "in "
            and bool(_WHOLE_YEAR.match(text, m.end()))
        )
        for m in _YEAR.finditer(text)
        if not _OTHER_YEAR.search(text[max(0, m.start() - 40) : m.start()])
        and not _FUTURE.search(_clause_before(text, m.start()))  # "would be extended in 2025"
    ]
    return max(years) if years else None


def _weekday_check(text: str, lead_start: int, day: date) -> date:
    """A year-less dateline whose lead says what happened 'on Tuesday' reports that day or
    the day before: when the year found elsewhere fits neither and the year after (or
    before) does, take that year ('CHONGQING, Jan. 9 (Xinhua) -- ... on Tuesday signed
    ...', with 2023 trade figures in the text: 9 January 2024)."""
    end = _LEAD_END.search(text, lead_start)  # (not the stop of "7:40 a.m.")
    m = _WEEKDAY.search(text, lead_start, end.start() if end else len(text))
    if m is None:
        return day
    weekday = WEEKDAYS.index(m.group("wd").lower())
    for shift in (0, 1, -1):
        try:
            candidate = day.replace(year=day.year + shift)
        except ValueError:
            continue
        # the day of the dateline, or the day before it ("GUANGZHOU, Oct 16 -- ... opened on
        # Sunday" is a Monday's report of Sunday)
        if weekday in (candidate.weekday(), (candidate.weekday() - 1) % 7):
            return candidate
    return day


# A chat export's first message stamp, opening the text: "[18/11/2026, 08:05] Winnie Tse:
# ...", "[2026/11/16, 09:12] ..." (a chat's day is its first message's, whatever a later
# message says)
_FIRST_STAMP = recache.compile(
    r"\s*(?=" + CHAT_STAMP + r")\[?(?P<day>(?P<a>\d{1,4})[/.-](?P<b>\d{1,2})[/.-](?P<c>\d{1,4}))"
)


def _chat_opening(text: str) -> dict | None:
    """The day of the first message stamp a chat export opens with, or None."""
    m = _FIRST_STAMP.match(text)
    if m is None:
        return None
    a, b, c = (int(m.group(g)) for g in "abc")
    if len(m.group("a")) == 4:
        year, month, day = a, b, c
    elif len(m.group("c")) == 4:
        year, month, day = (c, a, b) if b > 12 >= a else (c, b, a)  # (day first, as a rule)
    else:
        return None
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return _found(m, found, "pubdate.chat_stamp", "day")


# A page header's stamp with its weekday and time but no year, a teletext page's "P362
# 362 PEARLTEXT 362  Tue 24 Nov 18:42:07" (its year the one the page tells elsewhere, in
# which that day is that weekday)
_WEEKDAY_STAMP = recache.compile(
    rf"\b(?P<wd>{SHORT_WEEKDAY}|(?:{'|'.join(w.title() for w in WEEKDAYS)}))\.?,?[ \t]+"
    rf"(?:(?P<d>\d{{1,2}})[ \t]+(?P<mon>{MONTH_RE})|(?P<mon2>{MONTH_RE})[ \t]+(?P<d2>\d{{1,2}}))"
    r"\.?,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?![\d:])(?![ \t]*,?[ \t]*(?:19|20)\d{2})"
)


def _weekday_stamp(text: str) -> dict | None:
    """The day of a year-less stamp with its weekday in the text's first lines, in the year
    the text tells elsewhere (or the one before or after it) in which that day falls on
    that weekday; None when none does."""
    m = next(
        (
            x
            for line in _top_lines(text, 3)
            if (x := _WEEKDAY_STAMP.search(text, line.start(), line.end()))
        ),
        None,
    )
    year = _year_elsewhere(text, m.span()) if m is not None else None
    if m is None or year is None:
        return None
    month = month_number(m.group("mon") or m.group("mon2"))
    weekday = weekday_index(m.group("wd"))
    for candidate in (year, year - 1, year + 1):
        try:
            day = date(candidate, month, int(m.group("d") or m.group("d2")))
        except ValueError:
            continue
        if day.weekday() == weekday:
            return _found(m, day, "pubdate.weekday_stamp_year_from_text")
    return None


def find_publication_date(text: str) -> dict | None:
    """Return {date, text, start, end, rule} for the article's own date, or None."""
    found = _chat_opening(text) or _find_dated(text)
    if found is not None:
        return found
    m = _YEARLESS_DATELINE.search(text)
    if m is not None:
        month, start, rule = month_number(m.group("mon")), m.start("mon"), "dateline"
    else:
        m = next(
            (
                x
                for line in _top_lines(text, _HEADER_LINES)
                if (x := _POST_STAMP.match(text, line.start()))
            ),
            None,
        )
        if m is None:
            return _weekday_stamp(text)
        month, start, rule = int(m.group("m")), m.start("m"), "post_stamp"
    year = _year_elsewhere(text, (m.start(), m.end()))
    if year is None:
        return None
    try:
        day = date(year, month, int(m.group("d")))
    except ValueError:
        return None
    day = _weekday_check(text, m.end(), day)
    return {
        "date": day.isoformat(),
        "text": text[start : m.end("d")],
        "start": start,
        "end": m.end("d"),
        "rule": f"pubdate.{rule}_year_from_text",
    }


# a page's own stamp label: what it dates is the page, under any heading
_STAMP_LABEL = recache.compile(
    rf"(?:updated|revised|published|posted|released|issued|{_LAST_STAMP})\b", re.I
)


def _find_dated(text: str) -> dict | None:
    for rule, pattern in _RULES:
        for m in pattern.finditer(text):
            if (
                rule.startswith("pubdate.labelled")
                and not _STAMP_LABEL.match(m.group())
                and _under_meeting_label(text, m.start())
            ):
                continue  # "Minutes of the Sixth Meeting" / "Date: ...": the meeting's day
                # (never a page's stamp: "Record of gifts received" over "Last updated: ...")
            if rule.startswith("pubdate.labelled") and _another_things_date(text, m):
                continue  # "Listing date: 26 November 2026": a fund's listing, no stamp
            if rule.startswith("pubdate.labelled") and _items_date(text, m):
                continue  # "Prepared: 9 December 2026" over clippings, each with its own
                # "Date:" field: the items' days, under the page's own
            if rule.startswith("pubdate.labelled") and _among_slot_fields(text, m):
                continue  # "Date: Thursday, 3 December 2026" over "Time:" and "Venue:": an
                # event's particulars
            if rule.startswith("pubdate.labelled") and (
                _in_sentence(text, m) or _in_reference(text, m)
            ):
                continue  # "the notice of the meeting dated 27 October 2026": another
                # paper's day, told in a sentence or a reference list's entry
            if rule == "pubdate.dateline" and _venue_before().search(
                text, m.start(), text.find(",", m.start()) + 1
            ):
                continue  # "Macau Tower Convention Centre, 9 December 2026": a venue, no
                # dateline: where and when an event is
            if rule == "pubdate.dateline" and _trip_before().search(
                text, m.start(), text.find(",", m.start())
            ):
                continue  # "Tangshan delegation in Macao, 18 November 2026": a trip's
                # title, when it was made (never "MISSION VIEJO, Calif.", a place)
            if rule == "pubdate.date_line" and _entry_day(text, m):
                continue  # a visitors' book's or a log's dated entries, below its header
            parsed = _to_date(m)
            if parsed is not None:
                # (the date and its label, where a rule marks them: "as at 1 October 2026")
                return _found(m, parsed, rule, "when" if "when" in m.re.groupindex else 0)
    return _url_date(text) or _header_line(text) or _source_foot(text)


# A text's last line crediting its source with a day: "Source: loan syndication desk, 20
# November 2026", "Source: Xinhua, November 20, 2026"
_SOURCE_FOOT = recache.compile(
    r"[ \t]*(?i:sources?|credit)[ \t]*[:：][^\n]{1,100}?,[ \t]*" + _WRITTEN_DATE + r"[ \t.]*$"
)


def _source_foot(text: str) -> dict | None:
    """The day on a source line that ends the text (the last line that is not blank; one
    further up may credit a table's figures with their day)."""
    end = len(text.rstrip())
    m = _SOURCE_FOOT.match(text, text.rfind("\n", 0, end) + 1, end)
    day = _to_date(m) if m is not None else None
    return _found(m, day, "pubdate.source_foot") if m is not None and day else None


# A line that is only a day, perhaps with its weekday: "12 October 2026", "3 November 2026
# (Tuesday)", "Tuesday, November 3, 2026"
_DAY_LINE = recache.compile(
    r"(?m)^[ \t]*(?:[A-Z][a-z]+day,?[ \t]*)?(?:(?:"
    + MONTH_RE
    + r")[ \t]+\d{1,2},?|\d{1,2}[ \t]+(?:"
    + MONTH_RE
    + r"),?)[ \t]+(?:19|20)\d{2}(?:[ \t]*\([A-Z][a-z]+day\))?[ \t]*$"
)


def _entry_day(text: str, m: re.Match[str]) -> bool:
    """Is the day line ``m`` one of the days that head a log's entries: below the page's
    first five lines, with another such line (a visitors' book's "12 October 2026" over
    its first note, "19 October 2026" over the next)?"""
    if text.count("\n", 0, m.start()) < _HEADER_LINES:
        return False
    said = m.group().strip()
    return any(d.group().strip() != said for d in _DAY_LINE.finditer(text))


# A page's own address in its header carries its date: ".../news/2025-11/25/c_104.htm",
# ".../2025/11/25/slug", ".../202511/t20251125_123.html", ".../a/202511/25/WS6.html".
_URL = recache.compile(r"(?i)(?:https?://|www\.)\S+")
_URL_DATE = recache.compile(
    r"(?<=[/_t-])(?P<y>(?:19|20)\d{2})(?:[-/_]?)(?P<m>0[1-9]|1[0-2])(?:[-/_]?)"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?![0-9])"
)
_HEADER_LINES = 5
_LINE = recache.compile(r"[^\n]+")


def _under_meeting_label(text: str, pos: int) -> bool:
    """Is the line holding ``pos`` the first after a meeting paper's label line (blank
    lines apart)?"""
    start = text.rfind("\n", 0, pos) + 1
    lines = text[:start].rstrip().rsplit("\n", 1)
    return bool(lines[-1].strip()) and _header_parts()[2].match(lines[-1]) is not None


_LABEL_WORD = recache.compile(r"[a-z]+")
# (a header's fields apart: "Received 12 March 2026; accepted ...; published online ...")
# ... and the sentence goes on after the date ("... were duly passed"; a header line ends:
# "Compiled by the Business Desk, published Sunday 30 November 2025")
_GOES_ON = recache.compile(r"[^\S\n]*(?:\([^)\n]*\)[^\S\n]*)?,?[^\S\n]*[a-z]")
_SENTENCE_BEFORE = recache.compile(r"(?:[^\s;|·•]+[^\S\n]+){2,}$")


# a field's label that names its day's thing: "Listing date:", "Closing Date:"
# (one space: "Source: ... Portal    Date: 2026-11-21" is two fields)
_NAMED_DATE_LABEL = recache.compile(r"[^\S\n]*([A-Za-z]+) [Dd]ate[^\S\n]*[:：]")
# a field's label: "Effective:", "Date/time:", "Date and time:"
_LINE_LABEL = recache.compile(
    r"[^\S\n]*([A-Za-z]+(?:[^\S\n]*(?:/|&|and\b)[^\S\n]*[A-Za-z]+)?)[^\S\n]*[:：]"
)
_WORD_BEFORE = recache.compile(r"([A-Za-z]+) $")


# a field of an event's particulars beside its "Date:" field (the events read them too)
SLOT_LABELS = r"(?:time|venue|location|where)"
_SLOT_FIELD = recache.compile(rf"(?im)^[ \t]*{SLOT_LABELS}[ \t]*[:：]")


def _date_label(text: str, at: int) -> bool:
    """Does the word "date" (not "dated", "dates") stand at ``at``?"""
    return text[at : at + 4].lower() == "date" and not text[at + 4 : at + 5].isalpha()


def _among_slot_fields(text: str, m: re.Match[str]) -> bool:
    """Is the label "Date" one of an event's particulars, a "Time:", "Venue:" or "Where:"
    field within two lines of it (a lecture's notice, a meeting's invitation)?"""
    if not _date_label(text, m.start()):
        return False
    lo = m.start()
    for _ in range(3):
        lo = text.rfind("\n", 0, max(0, lo - 1)) + 1 if lo else 0
    hi = m.end()
    for _ in range(3):
        nxt = text.find("\n", hi + 1)
        hi = len(text) if nxt == -1 else nxt
    return _SLOT_FIELD.search(text, lo, hi) is not None


_DATE_FIELD = recache.compile(r"(?im)^[ \t]*date[ \t]*[:：]")


def _items_date(text: str, m: re.Match[str]) -> bool:
    """Is the label "Date" a field that each of a list's items has (a "Date:" field on two
    lines or more), under a header line that dates the page ("Prepared: 9 December 2026,
    08:30")? An e-mail's "Date:" on its top lines has no header over it."""
    if not _date_label(text, m.start()):
        return False
    fields = [f.start() for f in _DATE_FIELD.finditer(text)]
    return len(fields) >= 2 and _header_line(text[: fields[0]]) is not None


def _another_things_date(text: str, m: re.Match[str]) -> bool:
    """Is the label "date" after a word that names another thing's day on its line
    ("Listing date:", "Closing date:"), not the page's ("Release date:")?"""
    if not _date_label(text, m.start()):
        return False
    word = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return word is not None and word.group(1).lower() not in _own_date_qualifiers()


@cache
def _own_date_qualifiers() -> frozenset[str]:
    return frozenset(resources.pubdate_header()["own_date_qualifiers"])


def _in_sentence(text: str, m: re.Match[str]) -> bool:
    """Is the label a lower-case word with no colon after it, two or more words into its
    line, in a sentence that goes on after the date ("... of the Company dated 27 October
    2026 (the "AGM") were duly passed")?"""
    label = _LABEL_WORD.match(text, m.start())
    if label is None or text[label.end() : label.end() + 3].lstrip()[:1] in (":", "："):
        return False
    return (
        _SENTENCE_BEFORE.search(text, max(0, m.start() - 200), m.start()) is not None
        and _GOES_ON.match(text, m.end()) is not None
    )


# A reference list's entry: its author or body and the year in brackets open it, perhaps
# after its number ("[3] Chan, K. Y. (2025). ...", "Macao Statistics ... (2026). ...")
# (a footnote's number, "3  Innovation ... (2023).", or its superscript, "³ ...")
_CITATION = recache.compile(
    rf"[ \t]*(?:\[\d{{1,3}}\][ \t]+|\d{{1,3}}[.)]?[ \t]+|{SUPERSCRIPT}+[ \t]*)?"
    r"[A-Z][^\n()]{0,150}?"
    r"\((?:19|20)\d{2}[a-z]?\)[.,:]?[ \t]"
)


@cache
def _reference_heading() -> re.Pattern[str]:
    words = resources.pubdate_header()["reference_headings"]
    # (after a blank line, below the text: a page titled "Notes" is no list's heading)
    return recache.compile(
        rf"(?i)\S[^\S\n]*\n[ \t]*\n[ \t]*(?:{'|'.join(map(re.escape, words))})[ \t]*:?[ \t]*\n"
    )


def _in_reference(text: str, m: re.Match[str]) -> bool:
    """Is the date in a reference list's entry (its first line, or the indented lines it
    runs on in): "... Research note, published 8 September 2026." is the cited paper's day,
    not the page's? So is any date under a 'Notes' or 'References' heading."""
    start = text.rfind("\n", 0, m.start()) + 1
    while start and text[start : start + 1] in (" ", "\t"):
        start = text.rfind("\n", 0, start - 1) + 1  # (an entry's wrapped, indented line)
    return (
        _CITATION.match(text, start) is not None
        or _reference_heading().search(text, 0, start) is not None
    )


def _top_lines(text: str, n: int) -> Iterator[re.Match[str]]:
    """The first ``n`` lines of ``text`` that are not blank."""
    return islice((m for m in _LINE.finditer(text) if not m.group().isspace()), n)


def _url_date(text: str) -> dict | None:
    """The date in the address of the page, when one of the first lines gives it (a link
    further down may be another page's)."""
    for line in _top_lines(text, _HEADER_LINES):
        for url in _URL.finditer(text, line.start(), line.end()):
            m = _URL_DATE.search(text, url.start(), url.end())
            day = _to_date(m) if m is not None else None
            if day is not None:
                return _found(m, day, "pubdate.url")
    return None


def _found(m: re.Match[str], day: date, rule: str, group: int | str = 0) -> dict:
    return {
        "date": day.isoformat(),
        "text": m.group(group).strip(),
        "start": m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip())),
        "end": m.end(group) - (len(m.group(group)) - len(m.group(group).rstrip())),
        "rule": rule,
    }


# Any full date inside a line, for the header-line rule: ISO (also "2025-09-18T17:42"),
# written months in any case, with or without an ordinal ("16-Apr-2025", "July 3rd, 2025",
# "03 JUL 2025"), numeric day and month in either order ("18.09.2025", "09/18/2025",
# "03-07-2025"), the Chinese form ("2025年7月3日") and the year before the month's name
# ("2026 November 19").
_MON = rf"(?i:{MONTH_RE})"
# a weekly page's header: "Week of 16-22 November 2026"
# (or a weekly page's title, then the week written out: "TV WEEK | Friday 27 November to
# Thursday 3 December 2026")
_WEEKDAY_WORD = r"(?:[A-Z][a-z]+day,?[^\S\n]+)?"
_WEEK_OF = recache.compile(
    r"[^\S\n]*(?:(?i:week[^\S\n]+of)|(?:[A-Za-z]+[^\S\n]+){0,2}(?i:week)[^\S\n]*[|·])"
    rf"[^\S\n]+(?P<range>{_WEEKDAY_WORD}(?P<d>\d{{1,2}})(?:[^\S\n]+(?P<mon0>{_MON}))?"
    rf"[^\S\n]*(?:[-–]|[^\S\n]to[^\S\n])[^\S\n]*{_WEEKDAY_WORD}"
    rf"\d{{1,2}}[^\S\n]+(?P<mon>{_MON})[^\S\n]+(?P<y>(?:19|20)\d{{2}}))\b"
)
_ORD = r"(?:st|nd|rd|th)?"
_ANY_DATE = recache.compile(
    r"(?<![\w-])(?:(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?=T\d|[^\w-]|$)"
    # ("Oct.15,2025"; "July 3, 20256:15 AM" where a scrape glued the time to the year)
    rf"|(?P<mon2>{_MON})\s*(?<!\w)(?P<d2>\d{{1,2}}){_ORD}(?:,\s*|\s+)(?P<y2>(?:19|20)\d{{2}})"
    r"(?:(?![\w-])|(?=\d{1,2}:\d{2}))"
    rf"|(?P<d1>\d{{1,2}}){_ORD}(?:\s+|-)(?P<mon1>{_MON})(?:,?\s+|-)(?P<y1>(?:19|20)\d{{2}})(?![\w-])"
    r"|(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y3>(?:19|20)\d{2})(?![\w-])"
    r"|(?P<y4>(?:19|20)\d{2})\s*年\s*(?P<m4>\d{1,2})\s*月\s*(?P<d4>\d{1,2})\s*日"
    # the year first, then the month's name: a cable's "Created: 2026 November 19, 08:14"
    rf"|(?<![\d,.])(?P<y5>(?:19|20)\d{{2}})\s+(?P<mon5>{_MON})\.?\s+(?P<d5>\d{{1,2}}){_ORD}(?![\w-]))"
)
_TIME_RANGE = recache.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[–—-]\s*\d{1,2}[:.]\d{2}\b", re.I
)
_AT_OCCASION = recache.compile(r"[^\S\n]+(?:at|during)[^\S\n]+(?:the|a|an)[^\S\n]")
_HEADER_WORD = recache.compile(r"[^\W\d_][\w'’.-]*")


@cache
def _venue_before() -> re.Pattern[str]:
    """A venue's head word ending the words before a line's date ('... Centre, '), or
    before the names of where it stands and the date's weekday ('Grand Ballroom, Wynn
    Palace, Cotai  |  Thursday, ')."""
    return recache.compile(
        rf"\b(?:{_venue_words()})(?:,?[^\S\n]+[A-Z][\w'’-]*){{0,3}}[^\S\n]*[,|·•–—]?[^\S\n]*"
        rf"(?:(?i:{'|'.join(WEEKDAYS)}),?[^\S\n]*)?$"
    )


@cache
def _trip_before() -> re.Pattern[str]:
    """A trip's noun ('delegation', 'mission') in lower case, or capitalised after the
    line's first word ('Trade Mission to Hong Kong')."""
    nouns = resources.event_triggers()["carrying"]["nouns"]
    lower = "|".join(re.escape(n) for n in nouns)
    title = "|".join(re.escape(n[0].upper() + n[1:]) for n in nouns)
    return recache.compile(rf"\b(?:{lower})s?\b|(?<=\S[ \t])(?:{title})s?\b")


def _venue_line_below(text: str, end: int) -> bool:
    """Is the line right after ``end`` a venue's ("Ballroom, Grand Hyatt Hong Kong, 1
    Harbour Road"): a venue's head word in its first words, and no date?"""
    if text[end : end + 1] != "\n":
        return False
    a, b = line_at(text, end + 1)
    below = text[a:b]
    return _venue_word().search(below, 0, 60) is not None and _ANY_DATE.search(below) is None


@cache
def _venue_word() -> re.Pattern[str]:
    """A venue's head word ('Ballroom', 'Hotel', 'Centre')."""
    return recache.compile(rf"\b(?:{_venue_words()})\b")


def _venue_words() -> str:
    """The alternation of the venues' head words."""
    return "|".join(re.escape(w) for w in resources.venue_heads())


# nothing but a weekday before a line's date
_DAY_OPENS = recache.compile(rf"[ \t]*(?:(?i:{'|'.join(WEEKDAYS)}),?[ \t]*)?")


@cache
def _header_parts() -> tuple[
    frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], dict
]:
    data = resources.pubdate_header()
    zones = "|".join(sorted(data["time_zones"], key=len, reverse=True))
    noise = recache.compile(
        r"(?:\bT|\b)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?!\d)"  # a time ("T17:42:00" in ISO)
        r"|\b(?:" + zones + r")\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"  # a zone and its offset
        r"|\b(?:" + "|".join(WEEKDAYS) + r")\b"
        rf"|\b{SHORT_WEEKDAY}\b\.?"  # "Thu, 18 Sep 2025"
        r"|(?<![+-])[+-]\d{2}:?\d{2}\b|(?<=\d)Z\b"  # an offset ("+0800", "+08:00", "Z")
        r"|\b\d{1,3}(?:st|nd|rd|th)\b"  # an ordinal in a masthead ("21st Century ...")
        r"|\b\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b"  # "Updated 2 hours ago"
        r"|\b\d+\s+min(?:ute)?s?\s+read\b|\bcomments?\s*\(?\d+\)?"  # "3 min read", "Comments (4)"
        # a page's counter: "2,413 views", "1.2K views", "Hits: 380", a petition's "2,416
        # signatures"
        r"|\b\d[\d,.]*[KkMm]?\s+(?:views|hits|signatures|supporters|likes)\b"
        r"|\b(?:views|hits)\s*:?\s*\d[\d,.]*[KkMm]?\b"
        r"|(?<![\w#])#[\w-]+"  # a chat channel's name or a hashtag ("#gba-desk — exported ...")
        # a report's addressees, to the next field ("Submitted 2026-12-03 21:47 · To: Director
        # Su Jianmin · CC: Trip group"): whom it went to, not who wrote it
        r"|\b(?:to|cc|bcc)\s*:[^·|•\n]*"
        # a newsletter's or a release's number: "Issue 15/2026", "Vol. 3, No. 12",
        # "Press release 412/2026"; a reader's level or a school grade: "Level 2"
        r"|\b(?:issue|vol(?:ume)?|no|release|edition|level|grade)\.?\s*\d{1,4}(?:/(?:19|20)?\d{2})?\b"
        # a magazine's print issue beside the web stamp: "December 2026 issue"
        rf"|\b(?:{MONTH_RE})\.?\s+(?:19|20)\d{{2}}\s+(?:issue|edition)\b"
        # a document's or an app's version: "Version 3.8.0 (12 November 2026)", "v2.1 –"
        r"|\b(?:version|release|ver|v)\.?\s?\d{1,3}(?:\.\d{1,4}){1,3}\b"
        r"|(?<=\d)(?=[A-Z])",
        re.I,
    )
    # what opens a line that tells the page's own release ("Announced at ..., 20 November
    # 2026"), perhaps in brackets ("(Issued by the Chief Executive's Office on Saturday, 5
    # December 2026. Times are ...")
    release = recache.compile(
        r"(?i)[^\S\n]*\(?(?:" + "|".join(re.escape(w) for w in data["release_openers"]) + r")\b"
    )
    # what opens a meeting paper's header ("For discussion / on 16 June 2026")
    meeting = recache.compile(
        r"(?i)\s*(?:"
        + "|".join(re.escape(w) for w in [*data["meeting_labels"], *data["record_headings"]])
        + r")\b"
    )
    return frozenset(data["labels"]), noise, meeting, release, data


def opens_release(line: str, at_occasion: bool = False) -> bool:
    """Does the line open with the page's own release ("Posted 12 Dec 2025")? With
    ``at_occasion``, one made at an occasion the line names ("Announced at the awards
    ceremony at ..., Friday 20 November 2026")."""
    m = _header_parts()[3].match(line)
    return m is not None and (not at_occasion or _AT_OCCASION.match(line, m.end()) is not None)


def _label_key(label: str) -> str:
    """A field's label as the data lists it: 'Date / time' and 'Date/time' are 'date/time',
    'Date  and time' is 'date and time'."""
    return re.sub(r"\s+", " ", re.sub(r"\s*([/&])\s*", r"\1", label.lower()))


def _name_joiner(words: list[str], k: int, data: dict) -> bool:
    """'for' in "by the Centre for Regional Studies": a small word between two words of a
    name (or 'to' after a label: "Delivered to the Legislative Assembly")."""
    if words[k].lower() in data["label_objects"]:
        # "Delivered to the Legislative Assembly ...": a label's object after it
        return k > 0 and words[k - 1].lower().rstrip(".") in data["labels"]
    return (
        words[k].lower() in data["name_joiners"]
        and 0 < k < len(words) - 1
        and words[k - 1][0].isupper()
        and words[k + 1][0].isupper()
    )


def _header_line(text: str) -> dict | None:
    """A line near the top that holds a full date and otherwise only labels, times, time
    zones and names: "2025-09-18 HKT 17:42", "By Wang Yi | 00:00 UTC+8 March 27, 2025 |
    Shanghai Daily". A sentence (a lower-case word that is not a label) never is one."""
    labels, noise, meeting, _, data = _header_parts()
    before = ""
    weekly = None
    for line in _top_lines(text, data["top_lines"]):
        said, before = before, line.group()
        if len(line.group()) > data["max_line"]:
            continue
        week = _WEEK_OF.match(text, line.start(), line.end())
        if week is not None and weekly is None:
            # "Week of 16-22 November 2026 · compiled by ...": a weekly page's own week, from
            # its first day, unless a stamp on a top line dates the page ("(Issued by ... on
            # Saturday, 5 December 2026 ...)" under "Week of 7 to 11 December 2026")
            month = month_number(week.group("mon0") or week.group("mon"))
            # (a week from December into January starts in the year before)
            year = int(week.group("y")) - (month > month_number(week.group("mon")))
            try:
                first = date(year, month, int(week.group("d")))
            except ValueError:
                first = None
            if first is not None:
                weekly = _found(week, first, "pubdate.header_line", group="range")
                continue
        m = _ANY_DATE.search(text, line.start(), line.end())
        if m is None:
            continue
        named_day = _NAMED_DATE_LABEL.match(line.group())
        if named_day is not None and named_day.group(1).lower() not in _own_date_qualifiers():
            continue  # "Closing date: 26 November 2026": another thing's day
        if _among_slot_fields(text, line):
            continue  # "Date: Thursday, 3 December 2026" over "Time:" and "Venue:"
        if _in_reference(text, m):
            continue  # "    published 3 May 2026.": a cited paper's day, its entry wrapped
        label = _LINE_LABEL.match(line.group())
        if label is not None and _label_key(label.group(1)) in data["other_day_labels"]:
            continue  # "Effective: 1 December 2026": the day a change takes effect;
            # "Date/time: Tuesday 1 December 2026, 15:00": an occasion's slot
        if meeting.match(said) or meeting.match(line.group()):
            continue  # "For discussion / on 16 June 2026": the day of a meeting
        if opens_release(line.group()):
            # "Announced at the awards ceremony at Hong Kong Science Park, Friday 20
            # November 2026": the page's own release, wherever it was made
            parsed = _to_date(m)
            if parsed is not None:
                return _found(m, parsed, "pubdate.header_line")
            continue
        if _TIME_RANGE.search(line.group()):
            continue  # "Thursday 14 May 2026, 16:00–17:30 HKT": an event's slot, no stamp
        if (day_line := _DAY_LINE.match(text, line.start())) and _entry_day(text, day_line):
            continue  # a log's entry's day, below the page's header
        if _venue_before().search(text, line.start(), m.start()) or (
            _DAY_OPENS.fullmatch(text, line.start(), m.start())
            and (_venue_before().search(said) or _venue_line_below(text, line.end()))
        ):
            continue  # "Hong Kong Convention and Exhibition Centre, 3 December 2026": where
            # and when an event is, under its name (or the venue's line over the day's:
            # "Grand Ballroom, Macau Tower Convention Centre" / "Sunday, 20 December 2026",
            # or under it: "Saturday, 12 December 2026, 7.00 pm" / "Ballroom, Zhuhai Hotel")
        rest = noise.sub(" ", text[line.start() : m.start()] + " " + text[m.end() : line.end()])
        words = _HEADER_WORD.findall(rest)
        # the name after "by" may be a handle in any case ("Posted on ... by admin")
        named = [(k, w) for k, w in enumerate(words) if k == 0 or words[k - 1].lower() != "by"]
        if (
            any(c.isdigit() for c in rest)
            # labels are not counted: "Delivered at the Fifth Session of the ... Congress on
            # 2025.01.16" is a long header of names
            or sum(w.lower().rstrip(".") not in labels for w in words) > data["max_words"]
            or any(
                w.lower().rstrip(".") not in labels
                and not w[0].isupper()
                and not _name_joiner(words, k, data)
                for k, w in named
            )
        ):
            continue
        parsed = _to_date(m)
        if parsed is not None:
            return _found(m, parsed, "pubdate.header_line")
    return weekly


def _numeric_day_month(m: re.Match[str], text: str = "") -> date | None:
    """'18.09.2025' and '18/09/2025' are day first, '09/18/2025' month first (a dotted one
    is read day first, as Europe and Asia write it). '03/07/2025' says neither: the
    reading whose month is nearer the days the article names ('June 18', 'August 1')
    wins; with none, or a tie, there is no date."""
    g = m.groupdict()
    a, b = int(m.group("a")), int(m.group("b"))
    year = int(g["y3"]) if g.get("y3") else 2000 + int(g["yy3"])  # ("11/27/26": two digits)
    if a > 12 or (m.group("sep") == "." and b <= 12):
        day, month = a, b
    elif b > 12:
        day, month = b, a
    else:
        months = [
            month_number(x.group("mon") or x.group("mon2"))
            for x in _NAMED_DAY.finditer(text, 0, 6000)
        ]

        def distance(mon: int) -> int:
            return sum(min(abs(mon - k), 12 - abs(mon - k)) for k in months)

        month_first, day_first = distance(a), distance(b)
        if not months or month_first == day_first:
            return None
        day, month = (b, a) if month_first < day_first else (a, b)
    try:
        return date(year, month, day)
    except ValueError:
        return None


# "June 18", "18 June": a day the article names, for reading an ambiguous header date
_NAMED_DAY = recache.compile(
    rf"\b(?P<mon>{MONTH_RE})\.?\s+\d{{1,2}}\b(?!\s*(?:%|percent))|\b\d{{1,2}}\s+(?P<mon2>{MONTH_RE})\b"
)


def _to_date(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    if g.get("y3") or g.get("yy3"):
        return _numeric_day_month(m, m.string)
    try:
        if g.get("yy"):  # (a year in two digits: "27 Nov 26")
            return date(2000 + int(g["yy"]), month_number(g["mon1"]), int(g["d1"]))
        if g.get("y"):
            return date(int(g["y"]), int(g["m"]), int(g["d"]))
        if g.get("y1"):
            return date(int(g["y1"]), month_number(g["mon1"]), int(g["d1"]))
        if g.get("y2"):
            return date(int(g["y2"]), month_number(g["mon2"]), int(g["d2"]))
        if g.get("y4"):
            return date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
        if g.get("y5"):
            return date(int(g["y5"]), month_number(g["mon5"]), int(g["d5"]))
        if g.get("py"):
            return date(int(g["py"]), month_number(g["pmon"]), int(g["pd"]))
    except ValueError:
        return None
    return None


class PublicationDateFinder:
    """Set ``doc._.coop["pubdate"]`` from the text; falls back to ``doc._.ref_date``."""

    def __call__(self, doc: Doc) -> Doc:
        if "pubdate" in store(doc):
            return doc  # set by the Extractor from the whole text (long texts come in pieces)
        found = find_publication_date(text_of(doc))
        if found is None and doc._.ref_date:
            found = {"date": doc._.ref_date, "rule": "pubdate.ref_date", "source": "ref-date"}
        elif found is not None:
            found["source"] = "text"
        store(doc)["pubdate"] = found
        return doc
