"""A record in protocol buffers' text format (a newsroom pipeline's article dumped with
``text_format``: ``headline: "..."``, ``publish_time { seconds: 1795478400 }``, repeated
``paragraph: "..."`` fields) read as the article it holds, with the map back to the input.

Each string field shows its decoded value (``\\"``, ``\\'``, ``\\n``, octal bytes of UTF-8)
by the role its name has in an export of articles (``markup.field_role``): the title first,
then the date, then the lead and the body, each a paragraph of its own. A date field that is
a message of seconds (a ``google.protobuf.Timestamp``) shows its UTC day, "Published:
2026-11-24", standing for its digits; one that is a string shows as written. Identifiers,
status enums, tags, counts and the ``# proto-file:`` comments show nothing. The format has
no reader in the standard library, and ``protobuf``'s needs the message's schema, which a
dumped record does not carry.
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Piece, Shown, epoch_day, field_role
from .textutil import NONBLANK_LINE

_FIELD = recache.compile(r"[ \t]*(?P<name>[A-Za-z_][\w.]*)[ \t]*:[ \t]*(?P<value>[^\n]*)")
_OPEN = recache.compile(r"[ \t]*(?P<name>[A-Za-z_][\w.]*)[ \t]*:?[ \t]*\{[ \t]*(?:#[^\n]*)?$")
_CLOSE = recache.compile(r"[ \t]*\}[ \t]*(?:#[^\n]*)?$")
_COMMENT = recache.compile(r"[ \t]*#[^\n]*$")
_STRING = recache.compile(r"\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'")
_ESCAPE = recache.compile(r"\\(?:(?P<oct>[0-7]{1,3})|x(?P<hex>[0-9A-Fa-f]{1,2})|(?P<c>.))")
_SIMPLE = {"n": "\n", "t": " ", "r": "", '"': '"', "'": "'", "\\": "\\", "a": "", "b": "",
           "f": "", "v": ""}  # fmt: skip
_SECONDS = recache.compile(r"[ \t]*seconds[ \t]*:[ \t]*(?P<n>\d+)")
_ORDER = ("title", "date", "lead", "body")
# a role for the fields an article's dump names in the singular ("paragraph: ...")
_MORE_BODY = frozenset({"paragraph", "paragraphs", "para", "bodytext"})


def looks_like_textproto(text: str) -> bool:
    """Does ``text`` read as a text-format record: a ``# proto-file:`` or ``# proto-message:``
    header, or a message block (``name {`` ... ``}``), every line before its first 40 a
    field, a block's opening or close, a comment or blank, with a string field among them?"""
    head = text[:4000]
    if "{" not in head or '"' not in head:
        return False
    lines = [row for row in head.splitlines()[:40] if row.strip()]
    opened = closed = strings = 0
    for row in lines:
        if _COMMENT.match(row):
            continue
        if _OPEN.match(row):
            opened += 1
        elif _CLOSE.match(row):
            closed += 1
        elif (m := _FIELD.match(row)) is not None:
            strings += bool(_STRING.match(m.group("value").strip()))
        else:
            return False
    marked = "# proto-file:" in head or "# proto-message:" in head
    return strings > 0 and ((opened and closed) or marked)


def _decoded(text: str, a: int, b: int) -> Piece:
    """The characters of the string between ``a`` and ``b`` with its escapes decoded, each
    standing for its place (an octal run of UTF-8 bytes for the whole run)."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    raw = bytearray()
    raw_from = a

    def flush(at: int) -> None:
        if raw:
            shown = raw.decode("utf-8", errors="replace")
            chars.extend(shown)
            spans.extend([(raw_from, at)] * len(shown))
            raw.clear()

    at = a
    for m in _ESCAPE.finditer(text, a, b):
        if m.start() > at:
            flush(at)
            chars.extend(text[at : m.start()])
            spans.extend((k, k + 1) for k in range(at, m.start()))
        if m.group("oct") or m.group("hex"):
            if not raw:
                raw_from = m.start()
            raw.append(int(m.group("oct"), 8) if m.group("oct") else int(m.group("hex"), 16))
        else:
            flush(m.start())
            shown = _SIMPLE.get(m.group("c"), m.group("c"))
            chars.extend(shown)
            spans.extend([m.span()] * len(shown))
        at = m.end()
    flush(at)
    chars.extend(text[at:b])
    spans.extend((k, k + 1) for k in range(at, b))
    return "".join(chars), spans


def _role(name: str) -> str | None:
    """The role a field's name has in an article ("headline": the title)."""
    name = name.split(".")[-1]
    key = name.replace("_", "").lower()
    return "body" if key in _MORE_BODY else field_role(name)


def textproto_text(text: str) -> tuple[str, OffsetMap]:
    """The article a text-format record holds and the map of its characters back to
    ``text`` (see the module's note)."""
    found: dict[str, list[Piece]] = {role: [] for role in _ORDER}
    stack: list[str | None] = []  # the role of each open block
    for line in NONBLANK_LINE.finditer(text):
        row, at = line.group(), line.start()
        if _COMMENT.match(row):
            continue
        if (opened := _OPEN.match(row)) is not None:
            stack.append(_role(opened.group("name")))
            continue
        if _CLOSE.match(row):
            if stack:
                stack.pop()
            continue
        m = _FIELD.match(row)
        if m is None:
            continue
        seconds = _SECONDS.match(row)
        if seconds is not None and stack and stack[-1] == "date":
            day = epoch_day(seconds.group("n"))
            if day is not None and not found["date"]:
                span = (at + seconds.start("n"), at + seconds.end("n"))
                label = "Published: "
                found["date"].append((label + day, [span] * (len(label) + len(day))))
            continue
        role = _role(m.group("name"))
        if role is None or role not in found or (stack and stack[-1] is None and role != "body"):
            continue
        value_at = at + m.start("value")
        pieces = [
            _decoded(text, value_at + s.start(1 if s.group(1) is not None else 2),
                     value_at + s.end(1 if s.group(1) is not None else 2))
            for s in _STRING.finditer(m.group("value"))
        ]  # fmt: skip
        chars = "".join(p[0] for p in pieces)
        spans = [span for p in pieces for span in p[1]]
        if chars.strip():
            found[role].append((chars, spans))
    out = Shown()
    for role in _ORDER:
        for chars, spans in found[role]:
            end = spans[-1][1] if spans else 0
            out.place(chars + "\n\n", [*spans, (end, end), (end, end)])
    return out.result()
