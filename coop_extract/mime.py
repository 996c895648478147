"""A raw e-mail message (an ``.eml`` file, a mail client's "show original") read as the
message its reader sees, every offset mapped back.

A press office's release saved from the mail client comes as MIME: a header block
("Date: Thu, 19 Nov 2026 16:42:07 +0800", "Subject: =?utf-8?q?...?="), then parts whose
text is quoted-printable ("Ms Winni=" / "e Tsang", "Hong Kong=E2=80=99s") or base64, often
the same text twice (a plain part and an HTML one). The message is read as its header's
date, sender, recipients and subject (encoded words decoded, folded lines joined), then the
text of one part of each alternative: the plain one, else the HTML one read as a page's
shown text; attachments that are no text are left out, a forwarded message is read the
same way in its place. Each shown character keeps the span of the input it stands for: a
decoded "=E2=80=99" the nine characters that wrote it, a base64 byte its group of four.

(Python's ``email`` package parses such messages well but gives no map back to the input,
and every record must quote its input by offsets, so the parts are found and decoded here;
``email.header`` still decodes each encoded word, and the codecs the bytes.)
"""

from __future__ import annotations

import binascii
import re
from email.header import decode_header

from . import recache
from .markup import QP_RUN, OffsetMap, Shown, charset_codec, shown_page

# A header line ("Content-Type: text/plain;") or its folded continuation (" charset=...").
_HEADER_LINE = recache.compile(r"[A-Za-z][A-Za-z0-9-]{0,76}:[^\n]*|[ \t]+\S[^\n]*")
# (an mbox file's separator line over the message: "From media@example.hk Thu Nov 19 ...")
_MBOX_FROM = recache.compile(r"From \S+ [^\n]*\n")
# The headers that make a text a MIME message, and those a reader is shown.
_MIME_NAMES = frozenset({"mime-version", "content-type", "content-transfer-encoding"})
_SHOWN_NAMES = ("date", "from", "to", "cc", "subject")
_ENCODED_WORD = recache.compile(r"=\?[^?\s]{1,40}\?[QqBb]\?[^?\s]{0,900}\?=")
_BETWEEN_WORDS = recache.compile(r"[ \t\n]*")
_PARAM = r"(?i:;\s*{name}\s*=\s*(?:\"(?P<q>[^\"]*)\"|(?P<t>[^\s;]+)))"
_QP_TOKEN = recache.compile(rf"=\r?\n|{QP_RUN}")
_BASE64_CHAR = recache.compile(r"[A-Za-z0-9+/=]")


def _headers(text: str, start: int) -> tuple[list[tuple[str, int, int]], int] | None:
    """The header block at ``start``: each header's lowercased name and its span (folded
    lines included), and where the body starts (after the blank line); None when the text
    there is no header block."""
    headers: list[tuple[str, int, int]] = []
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos:end].rstrip("\r")
        if not line.strip():
            return (headers, min(end + 1, len(text))) if headers else None
        if _HEADER_LINE.fullmatch(line) is None:
            return None
        if line[0] in " \t":
            if not headers:
                return None
            name, a, _ = headers[-1]
            headers[-1] = (name, a, pos + len(line))
        else:
            headers.append((line[: line.index(":")].lower(), pos, pos + len(line)))
        pos = end + 1
    return (headers, len(text)) if headers else None


def _field_values(text: str, headers: list[tuple[str, int, int]]) -> dict[str, str]:
    """Each header's value by its lowercased name (the first one of a name wins)."""
    return {name: _value(text, x, y) for name, x, y in reversed(headers)}


def header_fields(text: str, start: int) -> tuple[dict[str, str], int] | None:
    """The header block at ``start`` (a message's, a web archive's record's, an HTTP
    response's) as its values by name, and where its body starts; None when the text there
    is no header block."""
    block = _headers(text, start)
    return None if block is None else (_field_values(text, block[0]), block[1])


# an Apple Mail message file (.emlx): the message's length in bytes on its first line, the
# message, then a property list of the mailbox's own fields (flags, days read)
_EMLX_COUNT = recache.compile(r"[ \t]*\d{1,9}[ \t]*\r?\n(?=[A-Za-z][A-Za-z0-9-]{0,76}:)")
_PLIST_TAIL = recache.compile(r"<\?xml[^<>]*\?>\s*(?:<!DOCTYPE[ \t]+plist[^<>]*>\s*)?<plist\b")


def _message_span(text: str) -> tuple[int, int]:
    """Where a file's message starts and ends: after an mbox's "From " line, or between an
    .emlx file's byte count and its property list; else the whole text."""
    if (m := _MBOX_FROM.match(text)) is not None:
        return m.end(), len(text)
    if (m := _EMLX_COUNT.match(text)) is not None:
        tail = _PLIST_TAIL.search(text, m.end())
        return m.end(), tail.start() if tail is not None else len(text)
    return 0, len(text)


def looks_like_mime(text: str) -> bool:
    """Is ``text`` a raw MIME message: a header block at its top that declares its content
    ("MIME-Version:", "Content-Type:")?"""
    head = text[:20000]
    start = _message_span(head)[0]
    block = _headers(head, start)
    return block is not None and any(name in _MIME_NAMES for name, _, _ in block[0])


def _value(text: str, a: int, b: int) -> str:
    """A header's value (its span ``[a, b)``), unfolded."""
    return re.sub(r"\r?\n(?=[ \t])", "", text[text.index(":", a) + 1 : b]).strip()


def _param(value: str, name: str) -> str | None:
    m = re.search(_PARAM.format(name=name), value)
    return None if m is None else (m.group("q") if m.group("q") is not None else m.group("t"))


def _quoted_printable(shown: Shown, text: str, a: int, b: int, codec: str) -> None:
    """Quoted-printable text ``text[a:b]`` decoded: a soft line break ("=" at a line's end)
    goes, a run of "=XX" escapes is bytes in ``codec``, the rest is itself."""
    last = a
    for m in _QP_TOKEN.finditer(text, a, b):
        shown.copy(text, last, m.start())
        last = m.end()
        if m.group()[1] in "\r\n":
            continue
        spans = [(k, k + 3) for k in range(m.start(), m.end(), 3)]
        data = bytes(int(text[k + 1 : k + 3], 16) for k, _ in spans)
        shown.place_bytes(data, spans, codec)
    shown.copy(text, last, b)


def _base64(shown: Shown, text: str, a: int, b: int, codec: str) -> None:
    """Base64 text ``text[a:b]`` decoded; each byte stands for its group of four."""
    where = [m.start() for m in _BASE64_CHAR.finditer(text, a, b)]
    where = where[: len(where) - len(where) % 4]
    try:
        data = binascii.a2b_base64("".join(text[k] for k in where).encode("ascii"))
    except (binascii.Error, ValueError):
        shown.copy(text, a, b)
        return
    spans = [(where[4 * (k // 3)], where[4 * (k // 3) + 3] + 1) for k in range(len(data))]
    shown.place_bytes(data, spans, codec)


def _header_line(shown: Shown, text: str, a: int, b: int) -> None:
    """A shown header's line: its name, then its value, encoded words decoded (the space
    between two of them dropped), folded lines joined by their spaces."""
    colon = text.index(":", a) + 1
    shown.copy(text, a, colon)
    last = colon
    word_end = -1
    for m in _ENCODED_WORD.finditer(text, colon, b):
        if not (last == word_end and _BETWEEN_WORDS.fullmatch(text, last, m.start())):
            _unfolded(shown, text, last, m.start())  # (white space between two encoded
            # words is no text)
        try:
            (data, charset), *_ = decode_header(m.group())
        except (ValueError, LookupError, binascii.Error):
            shown.copy(text, m.start(), m.end())
        else:
            chars = (
                data.decode(charset_codec(charset), "replace") if isinstance(data, bytes) else data
            )
            shown.emit(chars, m.start(), m.end())
        last = word_end = m.end()
    _unfolded(shown, text, last, b)
    shown.emit("\n", b, b)


def _unfolded(shown: Shown, text: str, a: int, b: int) -> None:
    """``text[a:b]`` with its line breaks (a folded header's) left out, and the indent
    after each but one space (none after a space)."""
    spaced = False
    for k, piece in enumerate(re.split(r"(\r?\n)", text[a:b])):
        if k % 2 == 0:
            skip = len(piece) - len(piece.lstrip(" \t")) - (0 if spaced else 1) if k else 0
            shown.copy(text, a + max(skip, 0), a + len(piece))
            spaced = piece[-1:] in (" ", "\t") or (spaced and not piece.strip())
        a += len(piece)


def _part(shown: Shown, text: str, a: int, b: int, top: bool) -> None:
    """The shown text of the MIME entity ``text[a:b]`` (headers, then its body)."""
    block = _headers(text, a)
    if block is None:
        shown.copy(text, a, b)  # (a part with no headers: plain text)
        return
    headers, body = block
    body = min(body, b)
    fields = _field_values(text, headers)
    if top:  # (the message's header, and a forwarded message's)
        # (a browser's saved page, MHTML, dates its header by the saving: the page's own
        # date is in the page)
        snapshot = "snapshot-content-location" in fields
        for name, x, y in headers:
            if name in _SHOWN_NAMES and not (snapshot and name == "date"):
                _header_line(shown, text, x, y)
        shown.emit("\n", body, body)
    kind = fields.get("content-type", "text/plain").split(";")[0].strip().lower()
    if kind.startswith("multipart/"):
        _multipart(shown, text, body, b, fields.get("content-type", ""), kind)
    elif kind == "message/rfc822":
        _part(shown, text, body, b, top=True)
    elif kind.startswith("text/") and "attachment" not in fields.get("content-disposition", ""):
        _text_part(shown, text, body, b, fields, kind)


def _text_part(shown: Shown, text: str, a: int, b: int, fields: dict, kind: str) -> None:
    """A text part's body, decoded by its transfer encoding and charset; an HTML part read
    as a page's shown text."""
    codec = charset_codec(_param(fields.get("content-type", ""), "charset"))
    encoding = fields.get("content-transfer-encoding", "7bit").strip().lower()
    inner = Shown()
    if encoding == "quoted-printable":
        _quoted_printable(inner, text, a, b, codec)
    elif encoding == "base64":
        _base64(inner, text, a, b, codec)
    else:
        inner.copy(text, a, b)
    chars, where = shown_page(inner) if kind == "text/html" else inner.result()
    shown.extend(chars, where)
    if not chars.endswith("\n"):
        shown.emit("\n", b, b)


def _multipart(shown: Shown, text: str, a: int, b: int, content_type: str, kind: str) -> None:
    """A multipart body's parts between its boundary lines: each in turn, or, for
    alternatives, the plain one (else the last, the richest), or, for a related set, its
    root."""
    boundary = _param(content_type, "boundary")
    if not boundary:
        shown.copy(text, a, b)
        return
    mark = recache.compile(rf"(?m)^--{re.escape(boundary)}(--)?[ \t]*\r?$")
    parts: list[tuple[int, int]] = []
    start = None
    for m in mark.finditer(text, a, b):
        if start is not None:
            parts.append((start, max(start, m.start() - 1)))
        if m.group(1):
            break
        start = m.end() + 1
    if kind == "multipart/alternative" and parts:
        plain = [p for p in parts if _kind(text, *p) == "text/plain"]
        parts = plain[:1] or parts[-1:]
    elif kind == "multipart/related":
        # (a page and what it is built of, as a browser saves it in MHTML: the root, the
        # first part, is the document; its style sheets and scripts are no text of it)
        parts = parts[:1]
    for x, y in parts:
        _part(shown, text, x, y, top=False)


def _kind(text: str, a: int, b: int) -> str:
    block = _headers(text, a)
    if block is None:
        return "text/plain"
    for name, x, y in block[0]:
        if name == "content-type":
            return _value(text, x, y).split(";")[0].strip().lower()
    return "text/plain"


def mime_text(text: str) -> tuple[str, OffsetMap]:
    """The message a raw MIME text stands for and the map of its characters back to
    ``text``."""
    shown = Shown()
    _part(shown, text, *_message_span(text), top=True)
    return shown.result()
