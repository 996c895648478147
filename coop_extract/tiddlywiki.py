"""A TiddlyWiki tiddler file (.tid) read as the text it shows, with the map back to the
input.

A tiddler opens with its fields, one "name: value" line each ("title: ...", "tags: ...",
"created: 20261117021500000"), then a blank line and its body in WikiText. The fields show
as "Name: value" lines, a time stamp (year, month, day, hours, minutes, seconds and
milliseconds run together, UTC) as its day ("Created: 2026-11-17"); the body shows its
words, one character for one: heading and table header marks ("!!", "|!Day"), emphasis
("''bold''", "//italic//"), a link's brackets and target ("[[Chuzhou]]", "[[shown|target]]"),
a styled run's style ("@@color:#c00;Follow-up:@@") read as spaces, and macros ("<<tag
...>>"), transclusions ("{{...}}") and widgets ("<$list ...>") as nothing but spaces.
"""

from __future__ import annotations

import re

from . import recache
from .markup import OffsetMap, Shown

_FIELD = recache.compile(r"(?P<name>[a-z][\w.-]{0,40}):[ \t]*(?P<value>[^\n]*)")
_STAMP = recache.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})\d{6,9}")
_STAMPED = frozenset({"created", "modified"})
# the body's marks, each read as spaces: a heading's or a header cell's "!", emphasis, a
# link's brackets and target, a styled run's style, macros, transclusions and widgets
_MARK = recache.compile(
    r"(?m)(?P<url>\b(?:https?|ftp)://[^\s\]|]+)"  # (kept: a URL's slashes are no emphasis)
    r"|^!{1,6}|(?<=\|)!|''|//|__|\^\^|,,"
    r"|\[\[(?=[^\]\n|]*\|)|\|[^\]\n]*\]\]|\[\[|\]\]"
    r"|@@(?:(?:[\w-]+:[^;@\n]*;)+|\.[\w-]+[ \t]*)?"
    r"|<<[^\n]*?>>|\{\{[^\n]*?\}\}|</?\$[^>\n]*>"
)


def looks_like_tiddler(text: str) -> bool:
    """Is ``text`` a tiddler file: field lines up to its first blank line, a "title:"
    among them, and a time stamp or TiddlyWiki's type?"""
    head = text[: text.find("\n\n")] if "\n\n" in text[:3000] else ""
    if not head:
        return False
    fields = {}
    for line in head.split("\n"):
        m = _FIELD.fullmatch(line.rstrip("\r"))
        if m is None:
            return False
        fields[m.group("name")] = m.group("value").strip()
    return "title" in fields and (
        any(_STAMP.fullmatch(fields.get(name, "")) for name in _STAMPED)
        or fields.get("type", "").startswith("text/vnd.tiddlywiki")
    )


def tiddler_text(text: str) -> tuple[str, OffsetMap, int]:
    """The text a tiddler shows, the map of its characters back to ``text``, and 1 (one
    tiddler)."""
    shown = Shown()
    body = text.find("\n\n")
    for m in _FIELD.finditer(text, 0, body):
        name, a, b = m.group("name"), m.start("value"), m.end("value")
        label = name.capitalize() + ": "
        shown.emit(label, m.start(), a)
        stamp = _STAMP.fullmatch(text, a, b) if name in _STAMPED else None
        if stamp is not None:
            shown.emit(f"{stamp['y']}-{stamp['m']}-{stamp['d']}", a, b)
        else:
            shown.copy(text, a, b)
        shown.emit("\n", b, b + 1)
    plain = _MARK.sub(_spaces, text[body:])
    shown.place(plain, [(k, k + 1) for k in range(body, len(text))])
    return (*shown.result(), 1)


def _spaces(m: re.Match[str]) -> str:
    return m.group() if m.group("url") else " " * len(m.group())
