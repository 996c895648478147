"""An app's strings file (Apple's Localizable.strings) read as the text it shows, with the
map back to the input.

Each entry is a line '"key" = "value";': the key names where the app shows the value
("news.item1.body"), the value is what a reader sees, its escapes ('\\"', "\\n",
"\\U2013") decoded. Comments ("/* Home screen */", "// ...") are the file's notes (who
updated it, and when). Each value is a paragraph of its own and each comment's text a
line; keys, quotes and the "=" and ";" show nothing.
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown

_ENTRY = recache.compile(
    r'[ \t]*"(?P<key>(?:[^"\\\n]|\\.)*)"[ \t]*=[ \t]*"(?P<value>(?:[^"\\\n]|\\.)*)"[ \t]*;[ \t]*'
)
_COMMENT = recache.compile(r"(?s)/\*(?P<block>.*?)\*/|//(?P<line>[^\n]*)")
# an escape: a character's, or a "U" and its four hex digits ("\U2013")
_ESCAPE = recache.compile(r"\\(U[0-9A-Fa-f]{4}|.)")
_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\n", "'": "'"}


def looks_like_strings(text: str) -> bool:
    """Is ``text`` a strings file: two entries or more, and every line but comments an
    entry?"""
    if '" = "' not in text and '"="' not in text:
        return False
    rest = _COMMENT.sub("", text[:20_000])
    lines = [line for line in rest.splitlines() if line.strip()]
    return len(lines) >= 2 and all(_ENTRY.fullmatch(line) for line in lines)


def strings_text(text: str) -> tuple[str, OffsetMap, int]:
    """The text a strings file shows, the map of its characters back to ``text``, and how
    many entries there are."""
    shown = Shown()
    entries = 0
    pos = 0
    while pos < len(text):
        comment = _COMMENT.search(text, pos)
        entry = _ENTRY.search(text, pos)
        if comment is not None and (entry is None or comment.start() < entry.start()):
            body = "block" if comment.group("block") is not None else "line"
            for line in _lines(text, comment.start(body), comment.end(body)):
                shown.copy(text, *line)
                shown.emit("\n", line[1], line[1])
            shown.emit("\n", comment.end(), comment.end())
            pos = comment.end()
            continue
        if entry is None:
            break
        if entry.group("value").strip():
            shown.copy_decoded(text, entry.start("value"), entry.end("value"), _ESCAPE, _ESCAPES)
            shown.emit("\n\n", entry.end(), entry.end())
            entries += 1
        pos = entry.end()
    return (*shown.result(), entries)


def _lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The lines of ``text[a:b]`` that hold words, each without its margins."""
    out = []
    at = a
    for raw in text[a:b].split("\n"):
        left = len(raw) - len(raw.lstrip())
        if raw.strip():
            out.append((at + left, at + len(raw.rstrip())))
        at += len(raw) + 1
    return out
