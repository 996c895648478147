"""Scraped HTML read as text: tags out, entities decoded, every offset mapped back.

A page saved as it was scraped ('<p>NANNING, Nov. 25 &mdash; The ... region&#8217;s
commerce department said.</p>') is read as the text a browser shows. The extractors run
on that text; ``OffsetMap`` carries each of its characters back to the span of the input it
came from, so the records keep offsets into the input and quote it exactly.
"""

from __future__ import annotations

import html
import re
from array import array

from . import recache

# Enough markup to be a page, not a stray "<" in prose: two or more of these tags.
_TAG_HINT = recache.compile(
    r"</?(?:p|div|span|br|a|li|ul|ol|h[1-6]|table|tr|td|th|section|article|header|footer"
    r"|strong|em|b|i|img|meta|title|body|html)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_TOKEN = recache.compile(
    r"(?P<drop><(?P<raw>script|style)\b[^>]*>.*?</(?P=raw)\s*>|<!--.*?-->)"
    r"|(?P<tag></?(?P<name>[A-Za-z][\w-]*)\b[^<>]{0,2000}>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    re.DOTALL,
)
# Tags that end a line of the text a browser shows.
_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table",
        "tr", "td", "th", "section", "article", "header", "footer", "title", "blockquote",
        "pre", "hr", "dt", "dd",
    }
)  # fmt: skip


class OffsetMap:
    """Where each character of the shown text came from in the input."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The input span of the shown text's ``[start, end)``."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.ends[-1]
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def looks_like_markup(text: str) -> bool:
    """Does ``text`` hold HTML tags (two or more)?"""
    first = _TAG_HINT.search(text)
    return first is not None and _TAG_HINT.search(text, first.end()) is not None


def shown_text(text: str) -> tuple[str, OffsetMap]:
    """The text of an HTML page and the map of its characters back to ``text``."""
    out: list[str] = []
    where = OffsetMap()
    last = 0

    def emit(chars: str, start: int, end: int) -> None:
        out.append(chars)
        for _ in chars:
            where.starts.append(start)
            where.ends.append(end)

    def copy(a: int, b: int) -> None:
        out.append(text[a:b])
        where.starts.extend(range(a, b))
        where.ends.extend(range(a + 1, b + 1))

    for m in _TOKEN.finditer(text):
        copy(last, m.start())
        last = m.end()
        if m.group("entity"):
            emit(html.unescape(m.group()), m.start(), m.end())
        elif m.group("tag") and m.group("name").lower() in _BLOCK:
            emit("\n", m.start(), m.end())
    copy(last, len(text))
    return "".join(out), where


# Markdown read as the text it renders, character for character: "**Leong Pui San**",
# "[launched](https://...)", "## What happened", "> quoted" lose their marks to spaces.
_MD_HINT = recache.compile(r"\*\*[^*\n]+\*\*|\]\([^)\s]+\)|^#{1,6} ", re.MULTILINE)
_MD_MARK = recache.compile(
    r"(?P<link>\[(?P<label>[^\]\n]{1,300})\]\([^)\s]{1,2000}\))"
    r"|(?P<strong>\*\*|__)(?=\S)"
    r"|(?<=\S)(?P<strong_end>\*\*|__)"
    r"|(?P<em>(?<![\w*])\*(?=[^\s*]))"
    r"|(?P<em_end>(?<=[^\s*])\*(?![\w*]))"
    r"|^(?P<lead>#{1,6}[ \t]|>[ \t]?)",
    re.MULTILINE,
)


def markdown_view(text: str) -> str:
    """``text`` with Markdown's marks turned to spaces, one for one (the text itself when
    it shows none): a link keeps its label, emphasis and heading marks go."""
    if not _MD_HINT.search(text):
        return text

    def blank(m: re.Match[str]) -> str:
        if m.group("link"):
            return " " + m.group("label") + " " * (len(m.group()) - len(m.group("label")) - 1)
        return " " * len(m.group())

    return _MD_MARK.sub(blank, text)


# Subtitles (SubRip .srt, WebVTT) read as the lines spoken: the WEBVTT header and each
# cue's number and timing, with the blank line before them, turn to spaces, one for one,
# so a cue follows the one before on the next line and a sentence that runs over two cues
# reads as one ("... the zone's executive committee signed" / "a funding arrangement").
_CUE_TIMING = recache.compile(
    r"(?:\A|\n)(?:[ \t]*\n)*(?:[ \t]*\d{1,6}[ \t]*\n)?[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
    r"[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\n]*|\AWEBVTT[^\n]*"
)


def subtitle_view(text: str) -> str:
    """``text`` with a subtitle file's cue numbers and timings blanked (the text itself
    unless it holds two or more cue timings)."""
    if "-->" not in text:
        return text
    first = _CUE_TIMING.search(text)
    if first is None or _CUE_TIMING.search(text, first.end()) is None:
        return text
    return _CUE_TIMING.sub(lambda m: " " * len(m.group()), text)
