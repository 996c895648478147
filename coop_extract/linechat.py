"""A LINE chat's saved history read message by message, with the map back to the input.

LINE saves a chat as text: a header ("[LINE] Chat history in <group>", "Saved on:
2026/11/24 21:05"), then each day's line ("2026/11/16(Mon)", "2026.11.16 Monday") over its
messages, one a line: its clock time, the sender and the text, apart by tabs ("09:12<TAB>
Karen Tsui<TAB>Morning all."). A message holds no day of its own, so each is laid out as a
chat export's message is, under its stamp: "[2026/11/16, 09:12] Karen Tsui: Morning all.",
the stamp's day standing for its day's line. A message's day then dates what it tells
("Signing done!" on 18 November, "tomorrow" the day after). The header's day, when the
history was saved, is not the chat's; nor are a photo's or a sticker's placeholders words.
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown
from .textutil import line_spans

_HEAD = recache.compile(r"\ufeff?[ \t]*\[LINE\][ \t]")
_SAVED = recache.compile(r"(?i)[ \t]*(?:Saved on|Save date)[ \t]*:")
# a day's line: its date, then its weekday in brackets or in full
_DAY = recache.compile(
    r"[ \t]*(?P<date>(?:19|20)\d\d[/.]\d{1,2}[/.]\d{1,2})[ \t]*"
    r"(?:\([A-Za-z]{2,3}\)|[A-Z][a-z]+day|\([^)\n]{1,4}\))?[ \t]*"
)
# a message: its clock time, sender and text, apart by tabs
_MESSAGE = recache.compile(
    r"(?P<clock>(?:[AP]M[ \t]?)?\d{1,2}:\d{2})\t(?P<name>[^\t\n]+)\t(?P<text>.*?)[ \t]*"
)
_PLACEHOLDER = recache.compile(r"\[[A-Za-z ]{2,20}\]")  # "[Photo]", "[Sticker]"


def looks_like_line_chat(text: str) -> bool:
    """Is ``text`` a LINE chat's history: its "[LINE]" header, or a day's line over two
    messages written LINE's way?"""
    if _HEAD.match(text):
        return True
    if "\t" not in text[:4000]:
        return False
    lines = text[:4000].splitlines()
    for k, line in enumerate(lines):
        if _DAY.fullmatch(line):
            after = lines[k + 1 : k + 3]
            return len(after) == 2 and all(_MESSAGE.fullmatch(ln) for ln in after)
    return False


def line_chat_text(text: str) -> tuple[str, OffsetMap, int]:
    """The messages a LINE history holds, each under its stamp, the map of their characters
    back to ``text``, and how many days there are."""
    shown = Shown()
    day: tuple[int, int] | None = None
    days = 0
    for k, (at, end, _) in enumerate(line_spans(text)):
        line = text[at:end]
        if (k == 0 and _HEAD.match(line)) or _SAVED.match(line) or not line.strip():
            continue
        if (m := _DAY.fullmatch(line)) is not None:
            day = (at + m.start("date"), at + m.end("date"))
            days += 1
            continue
        m = _MESSAGE.fullmatch(line)
        if m is None:  # (a message's further line)
            shown.copy(text, at, at + len(line.rstrip()))
            shown.emit("\n", end, end)
            continue
        if not m.group("text") or _PLACEHOLDER.fullmatch(m.group("text")):
            continue
        if day is not None:
            shown.emit("[", day[0], day[0])
            shown.copy(text, *day)
            shown.emit(", ", day[1], day[1])
            shown.copy(text, at + m.start("clock"), at + m.end("clock"))
            shown.emit("] ", at + m.end("clock"), at + m.end("clock"))
        shown.copy(text, at + m.start("name"), at + m.end("name"))
        shown.emit(": ", at + m.end("name"), at + m.end("name"))
        shown.copy(text, at + m.start("text"), at + m.end("text"))
        shown.emit("\n", at + m.end("text"), at + m.end("text"))
    return (*shown.result(), max(days, 1))
