"""Captions in SAMI (Microsoft's Synchronized Accessible Media Interchange, ".smi", the
caption files broadcasters and their archives still keep) read as running text, every
offset mapped back.

A SAMI file is HTML-like: a "<HEAD>" with the programme's "<TITLE>", its parameters and a
style sheet of caption classes; a "<BODY>" of "<SYNC Start=...>" cues, each a "<P
Class=...>" caption, a "<br>" breaking a caption's line and "&nbsp;" a blank caption. A
sentence runs on over cues and lines as it is spoken.

The view shows the title on a line of its own, then the captions one after the other, a
space for each cue and each line break, so that a sentence (and a name a line break cuts,
"Executive Vice Mayor<br>Long Shiqiang") reads whole. Only the captions of the file's first
caption class are shown (a second language's are its translation). Each shown character
keeps the span of the input it stands for.

(No maintained Python package reads SAMI into text with offsets.)
"""

from __future__ import annotations

import html

from . import recache
from .markup import ENTITY_RE, OffsetMap, Shown

_HEAD = recache.compile(r"(?i)\s*<SAMI\b")
_TITLE = recache.compile(r"(?is)<TITLE\b[^<>]*>(?P<title>[^<]*)</TITLE\s*>")
_BODY = recache.compile(r"(?i)<BODY\b[^<>]*>")
# a cue, a caption's paragraph (and its class), a line break, any other tag, an entity
_TOKEN = recache.compile(
    r"(?i)(?P<sync><SYNC\b[^<>]*>)|<P\b(?:[^<>]*\bClass[ \t]*=[ \t]*[\"']?(?P<cls>[\w-]+))?[^<>]*>"
    r"|(?P<br><br\b[^<>]*>)|(?P<end></BODY\s*>)|(?P<tag></?[A-Za-z][^<>]*>)"
    rf"|(?P<entity>{ENTITY_RE})"
)

_BREAK = recache.compile(r"(\r?\n)")
_SPACE = {"\n": " ", "\r\n": " "}


def looks_like_sami(text: str) -> bool:
    """Is ``text`` a SAMI caption file: its "<SAMI>" tag first?"""
    return _HEAD.match(text) is not None


def sami_text(text: str) -> tuple[str, OffsetMap]:
    """The title and captions of a SAMI file (see the module's docstring) and the map of
    their characters back to ``text``."""
    shown = Shown()
    title = _TITLE.search(text)
    if title is not None and title.group("title").strip():
        shown.copy(text, *title.span("title"))
        shown.emit("\n\n", title.end(), title.end())
    body = _BODY.search(text)
    at = body.end() if body is not None else 0
    first: str | None = None  # the first caption class
    showing = False  # (inside a caption of that class)
    tail = ""  # the last character its captions showed, but spaces
    for m in _TOKEN.finditer(text, at):
        if showing:  # (a line break in the file's lines is a space in the caption)
            shown.copy_decoded(text, at, m.start(), _BREAK, _SPACE)
            tail = text[at : m.start()].rstrip()[-1:] or tail
        at = m.end()
        if m.group("sync") is not None:
            showing = False
            # (a cue after a sentence's end opens a line: "Evening News, Friday 4 December
            # 2026." is a dateline of its own)
            shown.emit("\n" if tail in (".", "!", "?") else " ", m.start(), m.end())
            tail = ""
        elif m.group("br") is not None:
            if showing:
                shown.emit(" ", m.start(), m.end())
        elif m.group("entity") is not None:
            if showing:
                char = html.unescape(m.group())
                shown.emit(" " if char == "\u00a0" else char, m.start(), m.end())
                tail = char.strip() or tail
        elif m.group("end") is not None:
            showing = False
            break
        elif m.group("tag") is None:  # a caption's paragraph
            cls = (m.group("cls") or "").lower()
            first = cls if first is None else first
            showing = cls == first
    if showing:
        shown.copy_decoded(text, at, len(text), _BREAK, _SPACE)
    shown.emit("\n", len(text), len(text))
    return shown.result()
