"""A phone's text messages saved by SMS Backup & Restore (an XML file of ``<sms>`` elements,
and ``<mms>`` ones with their text parts) read as a chat, with the map back to the input.

Each message is an element whose attributes hold all it says: ``body`` (an MMS's text in
its ``<part ct="text/plain" text="...">``), ``date`` (a Unix time in milliseconds),
``readable_date`` (the phone's own time, "21 Nov 2026 10:02:00"), ``type`` (1 received, 2
sent; an MMS's ``msg_box``) and ``contact_name``. Each is laid out as a chat export's
message is, under its stamp: "[2026-11-21, 10:02] Kelvin Tam: Hi Ms Zhao, ...", the
stamp standing for its ``readable_date`` (the phone's day, not the UTC day of ``date``,
which the stamp falls back on), a sent message's sender "Me". Its text is shown with its
entities decoded ("&apos;", "&#10;"). A message's day then dates what it tells, as a
chat's does ("on Tuesday" the Tuesday after the message); the backup's own day, in its
comment and its ``backup_date``, is not the chat's.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from . import recache
from .markup import OffsetMap, Shown
from .normalize import MONTH_RE, month_number

_ROOT = recache.compile(r"<smses\b[^<>]*>")
# what may stand before the root: the XML declaration, a stylesheet's, comments
_PROLOG = recache.compile(
    r"\ufeff?\s*(?:(?:<\?xml[^<>]*\?>|<\?xml-stylesheet[^<>]*\?>|<!--(?:(?!-->).){0,500}-->)\s*)*"
    r"(?=<smses\b)",
    re.S,
)
_MESSAGE = recache.compile(r"<(?P<kind>sms|mms)\b(?P<attrs>[^<>]*?)/?>", re.S)
_ATTR = recache.compile(r"""\s(?P<name>[\w:-]+)=(?:"(?P<dq>[^"<]*)"|'(?P<sq>[^'<]*)')""")
_PART = recache.compile(r"<part\b(?P<attrs>[^<>]*?)/?>")
_MMS_END = recache.compile(r"</mms\s*>")
# the phone's time: "21 Nov 2026 10:02:00", "Nov 21, 2026 10:02:00 AM", "2026-11-21 10:02:00"
_READABLE = recache.compile(
    rf"(?:(?P<d>\d{{1,2}})\s+(?P<mon>{MONTH_RE})\.?,?\s+(?P<y>\d{{4}})"
    rf"|(?P<mon2>{MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2}))"
    r"[ ,T]+(?P<clock>\d{1,2}:\d{2})",
    re.I,
)


def looks_like_sms_backup(text: str) -> bool:
    """Does ``text`` read as an SMS Backup & Restore file: an ``<smses>`` root, after the
    XML prolog only, over an ``<sms>`` or ``<mms>`` element in its first lines?"""
    head = text[:6000]
    prolog = _PROLOG.match(head)
    root = _ROOT.match(head, prolog.end()) if prolog is not None else None
    return root is not None and _MESSAGE.search(head, root.end()) is not None


def _attrs(text: str, a: int, b: int) -> dict[str, tuple[int, int]]:
    """Each attribute's name and where its value stands in ``text``."""
    found = {}
    for m in _ATTR.finditer(text, a, b):
        group = "dq" if m.group("dq") is not None else "sq"
        found[m.group("name")] = m.span(group)
    return found


def _stamp(text: str, attrs: dict[str, tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """A message's stamp, "[2026-11-21, 10:02]", and where what it stands for is: the
    phone's time, else the UTC time of its milliseconds."""
    if "readable_date" in attrs:
        a, b = attrs["readable_date"]
        m = _READABLE.match(text, a, b)
        if m is not None:
            if m.group("y3"):
                y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
            else:
                y = int(m.group("y") or m.group("y2"))
                mo = month_number(m.group("mon") or m.group("mon2"))
                d = int(m.group("d") or m.group("d2"))
            return f"[{y:04d}-{mo:02d}-{d:02d}, {m.group('clock')}]", (a, b)
    if "date" in attrs:
        a, b = attrs["date"]
        digits = text[a:b]
        if digits.isdigit() and 12 <= len(digits) <= 13:
            when = datetime.fromtimestamp(int(digits) / 1000, tz=timezone.utc)
            return when.strftime("[%Y-%m-%d, %H:%M]"), (a, b)
    return None


def sms_backup_text(text: str) -> tuple[str, OffsetMap, int]:
    """The messages a backup holds, each under its stamp (see the module's note), the map
    of their characters back to ``text``, and how many messages there are."""
    shown = Shown()
    count = 0
    root = _ROOT.search(text)
    for m in _MESSAGE.finditer(text, root.end() if root else 0):
        attrs = _attrs(text, m.start("attrs"), m.end("attrs"))
        if m.group("kind") == "sms":
            bodies = [attrs["body"]] if "body" in attrs else []
            box = attrs.get("type")
        else:
            end = _MMS_END.search(text, m.end())
            stop = end.start() if end else m.end()
            bodies = []
            for part in _PART.finditer(text, m.end(), stop):
                part_attrs = _attrs(text, part.start("attrs"), part.end("attrs"))
                kind = part_attrs.get("ct")
                if kind and text[slice(*kind)] == "text/plain" and "text" in part_attrs:
                    bodies.append(part_attrs["text"])
            box = attrs.get("msg_box")
        bodies = [span for span in bodies if text[slice(*span)].strip()]
        if not bodies:
            continue
        count += 1
        stamp = _stamp(text, attrs)
        if stamp is not None:
            shown.emit(stamp[0] + " ", *stamp[1])
        sent = box is not None and text[slice(*box)] == "2"
        if sent:
            shown.emit("Me", *box)
        elif "contact_name" in attrs and text[slice(*attrs["contact_name"])] not in (
            "",
            "(Unknown)",
        ):
            shown.copy(text, *attrs["contact_name"])
        elif "address" in attrs:
            shown.copy(text, *attrs["address"])
        shown.emit(": ", m.start(), m.start())
        for k, (a, b) in enumerate(bodies):
            if k:
                shown.emit(" ", a, a)
            shown.copy_unescaped(text, a, b)
        shown.emit("\n", m.end(), m.end())
    return (*shown.result(), max(count, 1))
