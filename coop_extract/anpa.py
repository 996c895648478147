"""A wire story as an ANPA 1312 transmission (the format news agencies' wires still feed
newsroom systems with) read as its text, every offset mapped back.

A transmission frames each story in control characters: SYN SYN SOH, then a header line
(the selector code, the priority, the category, the slug and the date as month-day:
"a0517 r f BC-AS-China-HongKong 11-24 0412"), STX, the text, ETX. In the text a caret opens
a headline or a byline and a "<" ends a line set flush left ("^Central China city ...<"); the
slug's line repeats the slug with the word count ("^BC-AS-China-HongKong,0412<"); paragraphs
open with an indent; typewriter quotes are doubled backticks and apostrophes (``...''), a
dash an underscore between spaces ("HONG KONG (AP) _ A delegation ..."); the story ends with
its filing line, the agency's code, the desk, the date as month-day-year and the time
("AP-WS-11-24-26 0712GMT").

The view shows the filing date first (as ISO, standing for its "11-24-26"), then each line's
words without the framing, the carets and the line-end marks, with the quotes and dashes as
they are meant. The header's date has no year: it is left to the filing line.

(No Python package reads ANPA 1312, and every record must quote its input by offsets.)
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown
from .textutil import line_spans

# a transmission: SYN characters, SOH, the header line, STX
_OPEN = recache.compile(r"\x16*\x01[^\x01\x02\n]{4,160}\x02")
# a story's text: after STX, up to ETX (or EOT, or the text's end)
_STORY = recache.compile(r"\x02(?P<body>[^\x01\x02\x03\x04]*)")
# the slug's line: "BC-AS-China-HongKong,0412"
_SLUG_LINE = recache.compile(r"[ \t]*\^?[A-Za-z]{1,4}-[\w-]{1,80},\d{2,5}<?[ \t]*")
# the filing line: "AP-WS-11-24-26 0712GMT"
_FILED = recache.compile(
    r"[ \t]*\^?[A-Z]{2,5}-[A-Z]{2,5}-(?P<date>(?P<m>\d\d)-(?P<d>\d\d)-(?P<y>\d\d))"
    r"[ \t]+\d{4}[A-Z]{0,4}<?[ \t]*"
)
# what a line shows otherwise: a caret, a line-end mark, typewriter quotes, a dash
_MARK = recache.compile(r"\^|<[ \t]*$|``|''|(?<= )_(?= )|[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHOWN = {"``": "\u201c", "''": "\u201d", "_": "\u2014"}


def looks_like_anpa(text: str) -> bool:
    """Is ``text`` an ANPA transmission: SOH and a header line, then STX, first?"""
    return _OPEN.match(text) is not None


def anpa_text(text: str) -> tuple[str, OffsetMap]:
    """The words of an ANPA transmission's stories (see the module's docstring) and the map
    of their characters back to ``text``."""
    shown = Shown()
    spans = [(s, e) for s, e, _ in line_spans(text)]
    for story in _STORY.finditer(text):
        a, b = story.span("body")
        lines = [(max(s, a), min(e, b)) for s, e in spans if e > a and s < b]
        for s, e in lines:
            filed = _FILED.fullmatch(text, s, e)
            if filed is not None:
                year, month, day = filed.group("y", "m", "d")
                shown.emit(f"20{year}-{month}-{day}\n\n", *filed.span("date"))
        for s, e in lines:
            if _SLUG_LINE.fullmatch(text, s, e) or _FILED.fullmatch(text, s, e):
                continue
            at = s
            for m in _MARK.finditer(text, s, e):
                shown.copy(text, at, m.start())
                # (a caret, a line-end mark or a control character shows nothing)
                shown.emit(_SHOWN.get(m.group(), ""), m.start(), m.end())
                at = m.end()
            shown.copy(text, at, e)
            shown.emit("\n", e, min(e + 1, len(text)))
        shown.emit("\n", b, b)
    return shown.result()
