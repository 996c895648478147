"""A browser's HTTP archive (HAR: "Save all as HAR", a capture tool's export) read as the
pages it captured, with the map back to the input.

A HAR file is one JSON object: "log", its "creator", its "pages" and its "entries", each
entry a request and its response, the response's body in "content" ("mimeType", "text",
"encoding"). Only what a reader of the captured page would read is shown: each response
whose content is an HTML or XHTML page, read as its shown text, or a plain text. Requests,
headers, timings, cookies and every other file (a style sheet's fonts, a script, an image,
an analytics beacon) show nothing, nor do the capture's own days, which say when a page
was fetched, not when it was published. A body kept in base64 is not read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from .markup import JSON_TOKEN, OffsetMap, Shown, json_string, shown_page


def looks_like_har(text: str) -> bool:
    """Does ``text`` open as a HAR file: a JSON object whose "log" holds a "version" or a
    "creator" near its top, and "entries"?"""
    head = text.lstrip("\ufeff \t\r\n")[:400]
    return (
        head.startswith("{")
        and '"log"' in head
        and ('"creator"' in head or '"version"' in head)
        and '"entries"' in text
    )


def _values(text: str) -> Iterator[tuple[tuple, re.Match[str]]]:
    """Each scalar value of the JSON ``text`` with its path of keys and indices."""
    frames: list[list] = []  # each open object's current key, or array's index
    for tok in JSON_TOKEN.finditer(text):
        t = tok.group()
        if t in ("{", "["):
            frames.append([t, None if t == "{" else 0])
        elif t in ("}", "]"):
            if frames:
                frames.pop()
        elif t == ",":
            if frames:
                frames[-1][1] = frames[-1][1] + 1 if frames[-1][0] == "[" else None
        elif t != ":":
            if frames and frames[-1][0] == "{" and frames[-1][1] is None:
                try:
                    frames[-1][1] = json.loads(t)  # (a key)
                except ValueError:
                    frames[-1][1] = t
                continue
            yield tuple(f[1] for f in frames), tok


def har_text(text: str) -> tuple[str, OffsetMap, int]:
    """The pages a HAR file captured, the map of their characters back to ``text``, and
    how many pages there are."""
    contents: dict[int, dict[str, re.Match[str]]] = {}
    for path, tok in _values(text):
        if (
            len(path) == 6
            and path[:2] == ("log", "entries")
            and path[3:5] == ("response", "content")
            and tok.group()[:1] == '"'
        ):
            contents.setdefault(path[2], {})[path[5]] = tok
    shown = Shown()
    pages = 0
    for _, fields in sorted(contents.items()):
        body = fields.get("text")
        kind = fields.get("mimeType")
        encoding = fields.get("encoding")
        if body is None or kind is None or (encoding is not None and "base64" in encoding.group()):
            continue
        kind_text = kind.group().lower()
        chars, spans = json_string(text, body.start(), body.end())
        if not chars.strip():
            continue
        if "html" in kind_text:
            inner = Shown()
            inner.place(chars, spans)
            page, where = shown_page(inner)
            shown.extend(page, where)
        elif "text/plain" in kind_text:
            shown.place(chars, spans)
        else:
            continue
        shown.emit("\n\n", body.end(), body.end())
        pages += 1
    return (*shown.result(), pages)
