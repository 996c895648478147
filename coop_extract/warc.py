"""A web archive (WARC, as Heritrix, wget or a crawler writes it) read as the pages it
archived, with the map back to the input.

A WARC file is a run of records, each a "WARC/1.0" line, its header fields ("WARC-Type:
response", "WARC-Date: ..." when it was crawled) and a block. Only what a reader of the
archive would read is shown: each "response" record's page (its HTTP status line and
headers left out, an HTML page read as its shown text) and each "resource" or
"conversion" record's text. The crawl's own records ("warcinfo", "request", "metadata",
"revisit") and every header's dates, the day a page was fetched and not the day it was
published, show nothing; each page is followed by a blank line.
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown, shown_page
from .mime import header_fields

_RECORD = recache.compile(r"(?m)^WARC/1\.[01][ \t]*\r?$")
_SHOWN_TYPES = frozenset({"response", "resource", "conversion"})


def looks_like_warc(text: str) -> bool:
    """Does ``text`` open as a WARC file ("WARC/1.0", then a record's fields)?"""
    return text.lstrip("\ufeff").startswith(("WARC/1.0", "WARC/1.1"))


def _next_line(text: str, at: int) -> int:
    """Where the line after the one at ``at`` starts."""
    end = text.find("\n", at)
    return len(text) if end == -1 else end + 1


def _page(shown: Shown, text: str, a: int, b: int, kind: str) -> bool:
    """A record's block ``text[a:b]``: an HTML page's shown text or a text's own; False
    for any other kind of content (an image, a PDF's bytes)."""
    if "html" in kind or "xml" in kind:
        inner = Shown()
        inner.copy(text, a, b)
        chars, where = shown_page(inner)
        shown.extend(chars, where)
        return True
    if kind.startswith("text/") or not kind:
        shown.copy(text, a, b)
        return True
    return False


def warc_text(text: str) -> tuple[str, OffsetMap, int]:
    """The pages a WARC file archived, the map of their characters back to ``text``, and
    how many pages there are."""
    shown = Shown()
    pages = 0
    starts = [m.start() for m in _RECORD.finditer(text)]
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(text)
        # (the record's fields under its "WARC/1.0" line, read as a message's header is)
        record = header_fields(text, _next_line(text, a))
        if record is None or record[1] > b:
            continue
        fields, body = record
        if fields.get("warc-type", "").lower() not in _SHOWN_TYPES:
            continue
        kind = fields.get("content-type", "").lower()
        if kind.startswith("application/http"):
            # (an HTTP response: its status line and headers, then the page)
            response = header_fields(text, _next_line(text, body))
            if response is None or response[1] > b:
                continue
            kind = response[0].get("content-type", "").lower()
            body = response[1]
        if _page(shown, text, body, b, kind):
            shown.emit("\n\n", b, b)
            pages += 1
    return (*shown.result(), pages)
