"""Contact cards (vCard 2.1, 3.0 and 4.0: a phone's or a mail program's exported contacts,
a business-card scanner's file) read card by card, with the map back to the input.

Each card is laid out as an exported article is: its title the name (FN, else N's given
and family names), the role (TITLE, else ROLE) and the organisation (ORG's first part; the
parts after it are its departments), "Karen Leung, Regional Director, Hong Kong Trade
Development Council"; the card's revision day (REV) as a "Published:" line under it; the
address's parts on an "Address:" line; then its note as a paragraph, so "on Friday" in a
note reads against the day the card was written. Several cards take the first card's day, as a note
export's notes do. Phones, e-mails, web addresses, photos, keys, categories and the maker's
product id show nothing. Content lines are read as an iCalendar file's are
(``markup.content_lines``): folded lines joined, escapes ("\\,", "\\;", "\\n") decoded,
a vCard 2.1 value's quoted-printable bytes too, every shown character mapped to the input.
"""

from __future__ import annotations

import re

from . import recache
from .markup import OffsetMap, Shown, content_lines, content_value, field_line

_OPENS = recache.compile(r"\s*BEGIN:VCARD\s*$", re.I | re.M)
# "item1.ADR;type=WORK:..." (an Apple group's prefix before the name)
_LINE = recache.compile(
    r"(?:[A-Za-z0-9-]+\.)?(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<params>(?:;[^:\n]*)?):"
)
_DAY = recache.compile(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)")
_SHOWN = frozenset({"FN", "N", "TITLE", "ROLE", "ORG", "ADR", "NOTE", "REV"})

# a property's parts: each its text and the span of the input each character stands for
Part = tuple[str, list[tuple[int, int]]]


def looks_like_vcard(text: str) -> bool:
    """Does ``text`` open with a contact card ("BEGIN:VCARD" on its first line)?"""
    m = _OPENS.match(text[:200])
    return m is not None and "END:VCARD" in text.upper()


def _parts(line: str, offsets: list[int], at: int, params: str) -> list[Part]:
    """A structured value's parts (split at each ";" no backslash escapes), decoded."""
    parts: list[Part] = []
    start = k = at
    while k <= len(line):
        if k == len(line) or line[k] == ";":
            parts.append(content_value(line, offsets, start, k, params))
            start = k + 1
        elif line[k] == "\\":
            k += 1
        k += 1
    return parts


def _joined(parts: list[Part], sep: str = ", ") -> Part | None:
    """The parts with text joined by ``sep`` (standing for the break before each)."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for text, where in parts:
        if not text:
            continue
        if chars:
            chars.append(sep)
            spans += [(spans[-1][1], where[0][0])] * len(sep)
        chars.append(text)
        spans += where
    return ("".join(chars), spans) if chars else None


def _card(shown: Shown, fields: dict[str, tuple[list[Part], tuple[int, int]]]) -> bool:
    """Lay out one card; does it show anything?"""

    def part(name: str, index: int = 0) -> Part | None:
        parts = fields[name][0] if name in fields else []
        return parts[index] if len(parts) > index and parts[index][0] else None

    name = part("FN")
    if name is None and "N" in fields:  # (family; given; ...): "Karen Leung"
        name = _joined([p for p in (part("N", 1), part("N", 0)) if p is not None], " ")
    role = part("TITLE") or part("ROLE")
    title = _joined([p for p in (name, role, part("ORG")) if p is not None])
    note = part("NOTE")
    if title is None and note is None:
        return False
    if title is not None:
        field_line(shown, (*title, title[1][0]))
    if "REV" in fields and (day := _DAY.match(fields["REV"][0][0][0])) is not None:
        spans = fields["REV"][0][0][1]
        iso = "-".join(day.groups())
        a, b = spans[day.start()][0], spans[day.end() - 1][1]
        field_line(shown, (iso, [(a, b)] * len(iso), fields["REV"][1]), "Published: ")
    address = _joined(fields["ADR"][0]) if "ADR" in fields else None
    if address is not None:
        field_line(shown, (*address, fields["ADR"][1]), "Address: ")
    if note is not None:
        at = note[1][0][0]
        shown.emit("\n", at, at)
        field_line(shown, (*note, (at, at)))
    end = shown.where.ends[-1]
    shown.emit("\n", end, end)
    return True


def vcard_text(text: str) -> tuple[str, OffsetMap, int]:
    """The cards a vCard file stands for, the map of their characters back to ``text``,
    and how many cards show anything."""
    shown = Shown()
    cards = 0
    fields: dict[str, tuple[list[Part], tuple[int, int]]] | None = None
    for line, offsets, _ in content_lines(text):
        m = _LINE.match(line)
        if m is None:
            continue
        name = m.group("name").upper()
        if name == "BEGIN" and line[m.end() :].strip().upper() == "VCARD":
            fields = {}
        elif name == "END" and fields is not None:
            cards += _card(shown, fields)
            fields = None
        elif fields is not None and name in _SHOWN and name not in fields:
            structured = name in ("N", "ORG", "ADR")
            params = m.group("params")
            parts = (
                _parts(line, offsets, m.end(), params)
                if structured
                else [content_value(line, offsets, m.end(), params=params)]
            )
            if any(p[0] for p in parts):
                fields[name] = (parts, (offsets[0], offsets[m.end() - 1] + 1))
    if fields is not None:  # (a file cut short: its last card still counts)
        cards += _card(shown, fields)
    return (*shown.result(), cards)
