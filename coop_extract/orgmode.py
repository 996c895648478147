"""An Org-mode file (Emacs' outline notes) read as the notes it holds, every offset mapped back.

Trip notes and meeting logs kept in Org mode ('#+TITLE: ...', '#+DATE: <2026-11-19 Thu>',
'** DONE Call on the Secretary ... :meeting:' over 'CLOSED: [2026-11-16 Mon 17:40]') tell
their happenings in the outline's syntax: a headline names an item, its planning line (or
a timestamp of its own) says when it is or was. The view writes each dated item as an
event page's fields, the way a calendar's events are read ('What: Call on the Secretary
...' / 'When: 2026-11-16'), its date the item's scheduled day, else the day it was closed
(a done item's), else its own active timestamp; a deadline is a 'Deadline:' field, no day
of a happening. An item whose keyword calls it off ('CANCELLED', 'DROPPED') keeps its title
and loses its days. The file's title and date are its headline and its 'Date:' line; its
other settings ('#+STARTUP:', '#+TAGS:'), comment lines, drawers (but a ':LOCATION:'
property, a 'Where:' field) and block markers are no text; stars, priorities and tags go;
a link shows its label (or its target); a timestamp in the text is its ISO day ('<a>--<b>'
a range, 'a - b'). Each shown character keeps the span of the input it stands for.

(orgparse and orgmode.py parse the outline well but give no character offsets, and every
record must quote its input by offsets, so the little syntax used here is read here.)
"""

from __future__ import annotations

import re

from . import recache
from .markup import OffsetMap, Shown
from .textutil import line_spans

# a file setting: "#+TITLE: Dongguan delegation ...", "#+DATE: <2026-11-19 Thu>"
# (a value up to its last non-space, greedily: a lazy one before trailing spaces rescans a
# long run of spaces at every step)
_SETTING = recache.compile(r"#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>(?:.*\S)?)[ \t]*")
# an outline's headline: stars, a keyword, a priority, the title, tags
# an outline's headline: stars, a keyword, a priority, then the title (and its tags)
_HEADLINE = recache.compile(
    r"(?P<stars>\*+)[ \t]+(?:(?P<kw>[A-Z]{2,12})[ \t]+)?(?:\[#[A-Z0-9]\][ \t]*)?(?P<title>.*)"
)
_TAGS = recache.compile(r":(?:[\w@#%]+:)+")
# a timestamp: active "<2026-11-16 Mon 10:00-12:00 +1w>" or inactive "[2026-11-16 Mon]"
_STAMP_BODY = (
    r"(?P<y{n}>\d{{4}})-(?P<m{n}>\d{{2}})-(?P<d{n}>\d{{2}})(?:[ \t]+[^\W\d_]{{2,9}}\.?)?"
    r"(?:[ \t]+\d{{1,2}}:\d{{2}}(?:-\d{{1,2}}:\d{{2}})?)?(?:[ \t]+[.+-]{{1,2}}\d+[hdwmy])*"
)
_STAMP = recache.compile(
    rf"(?P<open>[<\[]){_STAMP_BODY.format(n=1)}[>\]]"
    rf"(?:--[<\[]{_STAMP_BODY.format(n=2)}[>\]])?"
)
# a planning line: "SCHEDULED: <...>", "DEADLINE: <...>", "CLOSED: [...]", one or more
_PLANNING_WORD = recache.compile(r"(?P<word>SCHEDULED|DEADLINE|CLOSED):[ \t]*")
_PLANNING = recache.compile(
    r"[ \t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<\[][^\]>\n]*[\]>]"
    r"(?:--[<\[][^\]>\n]*[\]>])?[ \t]*)+"
)
_DRAWER = recache.compile(r"[ \t]*:(?P<name>[A-Za-z_-]+):[ \t]*(?P<value>(?:.*\S)?)[ \t]*")
_BLOCK_MARK = recache.compile(r"[ \t]*#\+(?:BEGIN|END)_\w+.*", re.I)
_COMMENT = recache.compile(r"[ \t]*#(?:[ \t].*)?")
# a link: "[[target][label]]" shows its label, "[[target]]" its target
_LINK = recache.compile(r"\[\[(?P<target>[^\]\n]{1,500})\](?:\[(?P<label>[^\]\n]{1,500})\])?\]")
# settings that are the file's words: its title, its author and its date
_SHOWN_SETTINGS = {"TITLE": "", "SUBTITLE": "", "AUTHOR": "Author: ", "DATE": "Date: "}
# the keywords an item takes when the file declares none ("#+TODO: TODO | DONE")
_DEFAULT_KEYWORDS = frozenset(
    {"TODO", "DONE", "NEXT", "WAITING", "HOLD", "CANCELLED", "CANCELED", "STARTED"}
)
# keywords that call an item off: its days are no happening's
_OFF_KEYWORDS = frozenset({"CANCELLED", "CANCELED", "CANCEL", "DROPPED", "ABANDONED", "KILLED"})
_ANY_HEADLINE = recache.compile(r"(?m)^\*+[ \t]+\S")
_KEYWORD_SETTINGS = frozenset({"TODO", "SEQ_TODO", "TYP_TODO"})
# an Org file: a setting line that only Org writes, or a planning line under a headline
_ORG_HINT = recache.compile(
    r"(?m)^#\+(?:TITLE|DATE|AUTHOR|STARTUP|OPTIONS|TODO|SEQ_TODO|FILETAGS|TAGS):"
    r"|^\*+[ \t]+\S[^\n]*\n[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<\[]\d{4}-\d{2}-\d{2}"
)


def looks_like_org(text: str) -> bool:
    """Is ``text`` an Org-mode file: an Org setting line, or a planning line under a
    headline, and a headline?"""
    if "\n*" not in text and not text.startswith("*"):
        return False  # (no headline: a substring test first)
    return _ORG_HINT.search(text) is not None and _ANY_HEADLINE.search(text) is not None


def _title_span(text: str, a: int, b: int) -> tuple[int, int]:
    """A headline's title without its trailing tags (":meeting:") and spaces."""
    b = a + len(text[a:b].rstrip())
    cut = max(text.rfind(" ", a, b), text.rfind("\t", a, b))
    if cut >= a and _TAGS.fullmatch(text, cut + 1, b):
        b = a + len(text[a:cut].rstrip())
    return a, b


def _iso(m: re.Match[str], n: int) -> str:
    return f"{m.group(f'y{n}')}-{m.group(f'm{n}')}-{m.group(f'd{n}')}"


def _stamp_text(m: re.Match[str]) -> str:
    """A timestamp's ISO day, or its range 'a - b'."""
    first = _iso(m, 1)
    return first if m.group("y2") is None else f"{first} - {_iso(m, 2)}"


class OutlineView:
    def __init__(self, text: str) -> None:
        self.text = text
        self.shown = Shown()
        self.keywords = set(_DEFAULT_KEYWORDS)

    def line_break(self, end: int) -> None:
        self.shown.emit("\n", end, min(end + 1, len(self.text)))

    def section_break(self, at: int) -> None:
        """A blank line before a headline: each item's lines are a paragraph of their own
        (a done item's day is not its cancelled neighbour's)."""
        tail = "".join(self.shown.out[-4:])
        if tail and not tail.endswith("\n\n"):
            self.shown.emit("\n", at, at)

    def label(self, label: str, a: int, b: int) -> None:
        if label:
            self.shown.emit(label, a, b)

    def inline(self, a: int, b: int) -> None:
        """``text[a:b]`` with its links shown by their labels and its timestamps as days."""
        text, pos = self.text, a
        marks = sorted(
            [*_LINK.finditer(text, a, b), *_STAMP.finditer(text, a, b)], key=lambda m: m.start()
        )
        for m in marks:
            if m.start() < pos:
                continue
            self.shown.copy(text, pos, m.start())
            if m.re is _LINK:
                part = "label" if m.group("label") is not None else "target"
                self.shown.copy(text, m.start(part), m.end(part))
            else:
                self.shown.emit(_stamp_text(m), m.start(), m.end())
            pos = m.end()
        self.shown.copy(text, pos, b)

    def setting(self, m: re.Match[str], a: int, end: int) -> None:
        key = m.group("key").upper()
        if key in _KEYWORD_SETTINGS:
            self.keywords |= set(re.findall(r"[A-Z]{2,12}", m.group("value")))
        if key not in _SHOWN_SETTINGS or not m.group("value"):
            return
        self.label(_SHOWN_SETTINGS[key], a, m.start("value"))
        self.inline(m.start("value"), m.end("value"))
        self.line_break(end)

    def headline(self, m: re.Match[str], planning: list[re.Match[str]], end: int) -> None:
        """A headline's title, as an event page's 'What:' over its 'When:' when it is dated."""
        text = self.text
        keyword = m.group("kw")
        if keyword is not None and keyword not in self.keywords:
            keyword, title = None, _title_span(text, m.start("kw"), m.end("title"))
        else:
            title = _title_span(text, m.start("title"), m.end("title"))
        stamps = {p.group("word"): s for p in planning if (s := _STAMP.match(text, p.end()))}
        own = next(
            (s for s in _STAMP.finditer(text, *title) if s.group("open") == "<"),
            None,
        )
        when = stamps.get("SCHEDULED") or (stamps.get("CLOSED") if keyword else None) or own
        off = keyword in _OFF_KEYWORDS
        if when is not None and not off:
            self.label("What: ", m.start(), title[0])
        a, b = (title[0], own.start()) if own is not None else title
        self.inline(a, a + len(text[a:b].rstrip()))
        self.line_break(end)
        if off:
            return
        if when is not None:
            self.label("When: ", when.start(), when.start() + 1)
            self.shown.emit(_stamp_text(when), when.start(), when.end())
            self.line_break(when.end())
        deadline = stamps.get("DEADLINE")
        if deadline is not None and deadline is not when:
            self.label("Deadline: ", deadline.start(), deadline.start() + 1)
            self.shown.emit(_stamp_text(deadline), deadline.start(), deadline.end())
            self.line_break(deadline.end())


def planning_lines(
    text: str, rows: list[tuple[int, int]], k: int
) -> tuple[list[re.Match[str]], int]:
    """The planning words ("SCHEDULED:", "DEADLINE:", "CLOSED:") on the lines from
    ``rows[k]`` on that are only planning (an item's, under its headline or its block), and
    the index of the row after them."""
    planning: list[re.Match[str]] = []
    while k < len(rows) and _PLANNING.fullmatch(text, *rows[k]):
        planning += list(_PLANNING_WORD.finditer(text, *rows[k]))
        k += 1
    return planning, k


def org_text(text: str) -> tuple[str, OffsetMap]:
    """The notes an Org-mode file holds, as text, and the map of its characters back to
    ``text`` (see the module's docstring)."""
    view = OutlineView(text)
    rows = [(a, b) for a, b, _ in line_spans(text)]
    k = 0
    drawer = False
    while k < len(rows):
        a, b = rows[k]
        line = text[a:b]
        k += 1
        if drawer:
            m = _DRAWER.fullmatch(line)
            if m is not None and m.group("name").upper() == "END":
                drawer = False
            elif m is not None and m.group("name").upper() == "LOCATION" and m.group("value"):
                view.label("Where: ", a + m.start(), a + m.start("value"))
                view.inline(a + m.start("value"), a + m.end("value"))
                view.line_break(b)
            continue
        m = _SETTING.fullmatch(text, a, b)
        if m is not None:
            view.setting(m, a, b)
            continue
        if _BLOCK_MARK.fullmatch(line) or _COMMENT.fullmatch(line):
            continue
        m = _DRAWER.fullmatch(line)
        if m is not None and not m.group("value") and m.group("name").upper() != "END":
            drawer = True
            continue
        m = _HEADLINE.fullmatch(text, a, b)
        if m is not None:
            view.section_break(a)
            planning, k = planning_lines(text, rows, k)
            view.headline(m, planning, rows[k - 1][1])
            continue
        view.inline(a, b)
        view.line_break(b)
    return view.shown.result()
