"""The XML formats of dated items (feeds, outlines, note exports), read item by item with
their maps back to the input.

- A feed (``feed_text``): an RSS 2.0 or 0.92 channel (a newsroom's, a podcast's, a
  WordPress export's, an issue tracker's XML export), an RSS 1.0 (RDF) one or an Atom feed.
  The channel's title, its own date (its last build, its publication, its last update),
  its description, author and copyright head the text; each item is laid out as an
  exported article is (``markup.article_page``): its title, its date as a "Published:"
  line (its publication, else its creation: an issue's), its text (the full content, else
  the description, else a podcast's summary), then each of its comments as a message is,
  a "From:" line (its author) over a "Sent:" line (its stamp) over its text. Links, guids,
  enclosures, durations, categories, custom fields, post metadata and crawl hints show
  nothing; a date with no year one can read (a WordPress draft's "-0001", "0000-00-00")
  shows nothing either.
- An outline (``opml_text``, OPML): its title, its date (last modified, else created) and
  its owner head the text; each outline node shows its text on a line of its own, its note
  below it, a node with children opening a paragraph.
- A note export (``enex_text``, Evernote's ENEX): each note laid out as a feed's item is, its
  title, its creation day (a compact stamp, "20261119T014210Z", read as "2026-11-19") and
  its note's text; tags, authors and the note's DOCTYPE show nothing.

Entities and CDATA are decoded and a value's escaped markup (an issue's "&lt;p&gt;...",
an Atom entry's HTML content) read as a page's, every character mapped. (feedparser reads
feeds well but gives no offsets into the file, which every record must quote.)
"""

from __future__ import annotations

import re
from functools import cache

from . import recache
from .docmarkup import element_value
from .markup import (
    XML_PROLOGUE,
    Field,
    OffsetMap,
    Shown,
    article_page,
    field_line,
    shown_page,
)

# What a feed, an outline or a note export opens with, after its prologue.
_FEED_OPENS = recache.compile(XML_PROLOGUE + r"<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
# (or a FreeMind mind map: "<map version=...>" over its "<node TEXT=...>" nodes, read as
# an outline's)
_OPML_OPENS = recache.compile(
    XML_PROLOGUE + r"(?:<opml\b|<map\b[^<>]*>\s*(?:<!--.*?-->\s*)*<node\b)", re.DOTALL
)
_ENEX_OPENS = recache.compile(XML_PROLOGUE + r"<en-export\b", re.DOTALL)
# a start tag's attributes (a quoted value may hold ">"; a "/" outside quotes closes it)
_ATTRS = r"""(?P<attrs>(?:[^<>"'/]|"[^"]*"|'[^']*')*)"""
_ITEM = recache.compile(rf"<(?P<tag>item|entry)\b{_ATTRS}>(?P<body>.*?)</(?P=tag)\s*>", re.DOTALL)
_COMMENT = recache.compile(
    rf"<(?P<tag>comment|wp:comment)\b{_ATTRS}>(?P<body>.*?)</(?P=tag)\s*>", re.DOTALL
)
# each element read, in the order of preference
_CHANNEL_DATES = ("lastBuildDate", "pubDate", "dc:date", "updated", "published")
_CHANNEL_LINES = (
    ("description",), ("subtitle",), ("itunes:author", "managingEditor", "dc:creator"),
    ("copyright", "rights"),
)  # fmt: skip
_ITEM_DATES = ("pubDate", "dc:date", "published", "created", "updated", "wp:post_date")
_ITEM_TEXTS = ("content:encoded", "content", "description", "summary", "itunes:summary")
# a date one can read holds its year
_YEAR = recache.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# ISO 8601's basic format, an Evernote note's stamp: "20261119T014210Z"
_COMPACT_STAMP = recache.compile(r"(?:19|20)\d{6}T\d{4,6}Z?")


def looks_like_feed(text: str) -> bool:
    """Does ``text`` open as a feed ("<rss", "<feed", "<rdf:RDF" after the declaration)?"""
    return _FEED_OPENS.match(text[:2000]) is not None


def looks_like_enex(text: str) -> bool:
    """Does ``text`` open as an Evernote export ("<en-export")?"""
    return _ENEX_OPENS.match(text[:2000]) is not None


def looks_like_opml(text: str) -> bool:
    """Does ``text`` open as an OPML outline?"""
    return _OPML_OPENS.match(text[:2000]) is not None


@cache
def _element(name: str) -> re.Pattern[str]:
    tag = re.escape(name)
    return re.compile(rf"<{tag}\b{_ATTRS}>(?P<value>.*?)</{tag}\s*>", re.DOTALL)


def _first(text: str, names: tuple[str, ...], a: int, b: int, dated: bool = False) -> Field | None:
    """The first of the elements ``names`` (in their order) in ``text[a:b]`` with a value
    (a date's with its year; a compact stamp's, "20261119T014210Z", as "2026-11-19"): the
    value, its characters' spans, the element's span."""
    for name in names:
        for m in _element(name).finditer(text, a, b):
            chars, spans = element_value(text, m.start("value"), m.end("value"))
            if dated and _COMPACT_STAMP.fullmatch(chars):
                dash = [(spans[3][1], spans[4][0])]
                chars = f"{chars[:4]}-{chars[4:6]}-{chars[6:8]}"
                spans = spans[:4] + dash + spans[4:6] + [(spans[5][1], spans[6][0])] + spans[6:8]
            if chars and (not dated or _YEAR.search(chars)):
                return chars, spans, (m.start(), m.start("value"))
    return None


def _item_page(shown: Shown, text: str, a: int, b: int, dates: tuple, texts: tuple) -> bool:
    """Lay out the item in ``text[a:b]`` as an exported article: its title, its date (the
    first of ``dates``), its text (the first of ``texts``); does it show anything?"""
    fields = {
        role: field
        for role, field in (
            ("title", _first(text, ("title",), a, b)),
            ("date", _first(text, dates, a, b, dated=True)),
            ("body", _first(text, texts, a, b)),
        )
        if field is not None
    }
    page = article_page(fields)
    for chars, spans in page:
        shown.place(chars, spans)
    return bool(page)


@cache
def _attribute(name: str) -> re.Pattern[str]:
    return re.compile(rf"""(?<![\w:.-]){re.escape(name)}\s*=\s*(?:"(?P<d>[^"]*)"|'(?P<s>[^']*)')""")


def _attr(text: str, attrs: re.Match[str], name: str) -> Field | None:
    """A start tag's attribute ``name``, decoded, as a field."""
    m = _attribute(name).search(text, attrs.start("attrs"), attrs.end("attrs"))
    if m is None:
        return None
    group = "d" if m.group("d") is not None else "s"
    chars, spans = element_value(text, m.start(group), m.end(group))
    return (chars, spans, (m.start(), m.start(group))) if chars else None


def _comment(shown: Shown, text: str, m: re.Match[str]) -> bool:
    """Lay out a comment as a message: "From:" its author, "Sent:" its stamp, its text."""
    a, b = m.start("body"), m.end("body")
    content = _first(text, ("wp:comment_content",), a, b)
    if content is None and m.group("tag") == "comment":
        chars, spans = element_value(text, a, b)
        content = (chars, spans, (m.start(), a)) if chars else None
    if content is None:
        return False
    author = _attr(text, m, "author") or _first(text, ("wp:comment_author",), a, b)
    stamp = _attr(text, m, "created") or _first(text, ("wp:comment_date",), a, b, dated=True)
    if author is not None:
        field_line(shown, author, "From: ")
    if stamp is not None and _YEAR.search(stamp[0]):
        field_line(shown, stamp, "Sent: ")  # (as an e-mail's: it dates its message)
    shown.emit("\n", a, a)
    field_line(shown, content)
    shown.emit("\n", b, b)
    return True


def feed_text(text: str) -> tuple[str, OffsetMap, int]:
    """The channel and the items a feed stands for, the map of their characters back to
    ``text``, and how many items show anything."""
    shown = Shown()
    items = list(_ITEM.finditer(text))
    head_end = items[0].start() if items else len(text)
    title = _first(text, ("title",), 0, head_end)
    if title is not None:
        field_line(shown, title)
    stamp = _first(text, _CHANNEL_DATES, 0, head_end, dated=True)
    if stamp is not None:  # (the feed's own date: the page's, before any item's)
        field_line(shown, stamp, "Published: ")
    for names in _CHANNEL_LINES:
        if (field := _first(text, names, 0, head_end)) is not None:
            field_line(shown, field)
    shown.emit("\n", head_end, head_end)
    pages = 0
    for item in items:
        a, b = item.start("body"), item.end("body")
        comments = list(_COMMENT.finditer(text, a, b))
        own = comments[0].start() if comments else b
        shown_any = _item_page(shown, text, a, own, _ITEM_DATES, _ITEM_TEXTS)
        for m in comments:
            shown_any = _comment(shown, text, m) or shown_any
        pages += shown_any
    return (*shown_page(shown), pages)


_NOTE = recache.compile(rf"<note\b{_ATTRS}>(?P<body>.*?)</note\s*>", re.DOTALL)


def enex_text(text: str) -> tuple[str, OffsetMap, int]:
    """The notes an Evernote export (ENEX) stands for, each as an exported article (its
    title, its creation day, its note's text), the map of their characters back to
    ``text``, and how many notes show anything."""
    shown = Shown()
    notes = 0
    for note in _NOTE.finditer(text):
        a, b = note.start("body"), note.end("body")
        notes += _item_page(shown, text, a, b, ("created", "updated"), ("content",))
    return (*shown_page(shown), notes)


_OUTLINE_TAG = recache.compile(rf"<(?P<close>/)?(?:outline|node)\b{_ATTRS}(?P<empty>/)?>")
# the head's lines: its title, its date (a date's value holds its year), its owner
_OPML_HEAD = ((("title",), False), (("dateModified", "dateCreated"), True), (("ownerName",), False))


def opml_text(text: str) -> tuple[str, OffsetMap, int]:
    """The outline an OPML file stands for, the map of its characters back to ``text``, and
    how many nodes show anything."""
    shown = Shown()
    body = text.find("<body")
    if body == -1 and (first := _OUTLINE_TAG.search(text)) is not None:
        body = first.start()  # (a mind map's nodes, under no body)
    head_end = body if body != -1 else len(text)
    for names, dated in _OPML_HEAD:
        field = _first(text, names, 0, head_end, dated=dated)
        if field is not None:
            field_line(shown, field)
    nodes = 0
    tags = list(_OUTLINE_TAG.finditer(text, head_end))
    for k, tag in enumerate(tags):
        if tag.group("close"):
            continue
        parent = not tag.group("empty") and k + 1 < len(tags) and not tags[k + 1].group("close")
        if parent or nodes == 0:
            shown.emit("\n", tag.start(), tag.start())
        node = _attr(text, tag, "text") or _attr(text, tag, "TEXT")  # (FreeMind's, in capitals)
        note = _attr(text, tag, "_note")
        for field in (node, note):
            if field is not None:
                field_line(shown, field)
        nodes += node is not None or note is not None
    return (*shown_page(shown), nodes)
