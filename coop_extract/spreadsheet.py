"""A spreadsheet saved as XML (Excel's "XML Spreadsheet 2003", SpreadsheetML) read as the
text its sheets show, with the map back to the input.

The workbook's properties (title, author, company, when it was created and last saved)
are its header, one "Name: value" line each. Each worksheet is a paragraph under its
name; each row is a line, its cells side by side as a table's ("| 2026-12-08 | 09:30 |
Investment Promotion Conference |"), a row of one cell its text alone. A cell's value
shows as a reader sees it: entities decoded, a rich cell's HTML tags left out, a date
cell's midnight ("2026-12-08T00:00:00.000") left out. Styles, window settings, sheet
options and cell comments show nothing.
"""

from __future__ import annotations

import html
import re

from . import recache
from .markup import OffsetMap, Shown

_NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet"
_PROPERTIES = recache.compile(
    r"<(?:o:)?DocumentProperties\b[^>]*>(?P<body>.*?)</(?:o:)?DocumentProperties\s*>", re.S
)
# a property: "<Created>2026-11-23T03:15:00Z</Created>" (its name as a label's words)
_PROPERTY = recache.compile(r"<(?:o:)?(?P<name>[A-Za-z]+)>(?P<value>[^<]*)</(?:o:)?(?P=name)>")
_SKIPPED_PROPERTIES = frozenset({"Version", "TotalTime", "Revision", "Pages", "Words"})
_SHEET = recache.compile(
    r"<(?:ss:)?Worksheet\b[^>]*?\bss:Name=\"(?P<name>[^\"]*)\"[^>]*>(?P<body>.*?)"
    r"</(?:ss:)?Worksheet\s*>",
    re.S,
)
_ROW = recache.compile(r"<(?:ss:)?Row\b[^>]*?(?:/>|>(?P<body>.*?)</(?:ss:)?Row\s*>)", re.S)
_CELL = recache.compile(
    r"<(?:ss:)?Cell\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</(?:ss:)?Cell\s*>)", re.S
)
_INDEX = recache.compile(r"\bss:Index=\"(\d{1,5})\"")
_DATA = recache.compile(r"<(?:ss:)?Data\b(?P<attrs>[^>]*)>(?P<value>.*?)</(?:ss:)?Data\s*>", re.S)
_DATE_TYPE = recache.compile(r"\bss:Type=\"DateTime\"")
_MIDNIGHT = recache.compile(r"\d{4}-\d\d-\d\d(?P<time>T00:00(?::00(?:\.0+)?)?)\s*\Z")
# what a rich cell's value holds besides its text: tags ("<B>", "<Font ...>") and entities
_VALUE_TOKEN = recache.compile(r"<[^<>]*>|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]\w{1,31});")
_WORDS_OF_NAME = recache.compile(r"(?<=[a-z])(?=[A-Z])")


def looks_like_spreadsheet(text: str) -> bool:
    """Is ``text`` an XML spreadsheet: a "<Workbook>" in Excel's spreadsheet namespace?"""
    head = text[:3000]
    return _NAMESPACE in head and "<Workbook" in head


def spreadsheet_text(text: str) -> tuple[str, OffsetMap, int]:
    """The text an XML spreadsheet shows, the map of its characters back to ``text``, and
    how many of its rows hold words."""
    shown = Shown()
    rows = 0
    props = _PROPERTIES.search(text)
    if props is not None:
        for m in _PROPERTY.finditer(text, props.start("body"), props.end("body")):
            if m.group("name") in _SKIPPED_PROPERTIES or not m.group("value").strip():
                continue
            label = " ".join(_WORDS_OF_NAME.split(m.group("name")))
            shown.emit(f"{label}: ", m.start(), m.start("value"))
            _value(shown, text, m.start("value"), m.end("value"))
            shown.emit("\n", m.end("value"), m.end())
        shown.emit("\n", props.end(), props.end())
    for sheet in _SHEET.finditer(text):
        shown.copy(text, sheet.start("name"), sheet.end("name"))
        shown.emit("\n\n", sheet.end("name"), sheet.end("name"))
        for row in _ROW.finditer(text, sheet.start("body"), sheet.end("body")):
            if row.group("body") is not None and _row(shown, text, row):
                rows += 1
        shown.emit("\n", sheet.end(), sheet.end())
    return (*shown.result(), rows)


def _row(shown: Shown, text: str, row: re.Match[str]) -> bool:
    """Write a row's line ("| a | b |", or a lone cell's text); does it hold words?"""
    cells: list[tuple[int, re.Match[str] | None]] = []  # (column, data)
    column = 0
    for cell in _CELL.finditer(text, row.start("body"), row.end("body")):
        index = _INDEX.search(cell.group("attrs"))
        column = int(index.group(1)) if index else column + 1
        body = cell.group("body")
        data = _DATA.search(text, cell.start("body"), cell.end("body")) if body else None
        cells.append((column, data if data is not None and data.group("value").strip() else None))
    while cells and cells[-1][1] is None:
        cells.pop()
    if not cells:
        return False
    if len(cells) == 1 and cells[0][0] == 1:
        data = cells[0][1]
        assert data is not None
        _data(shown, text, data)
        shown.emit("\n", row.end(), row.end())
        return True
    shown.emit("|", row.start(), row.start())
    last = 0
    for column, data in cells:
        for _ in range(column - last - 1):  # (a column skipped by "ss:Index")
            shown.emit("  |", row.start(), row.start())
        last = column
        shown.emit(" ", row.start(), row.start())
        if data is not None:
            _data(shown, text, data)
        shown.emit(" |", data.end() if data else row.start(), data.end() if data else row.start())
    shown.emit("\n", row.end(), row.end())
    return True


def _data(shown: Shown, text: str, data: re.Match[str]) -> None:
    """A cell's value as shown: a date cell's midnight left out."""
    a, b = data.start("value"), data.end("value")
    if _DATE_TYPE.search(data.group("attrs")):
        midnight = _MIDNIGHT.match(text, a, b)
        if midnight is not None:
            b = midnight.start("time")
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    _value(shown, text, a, b)


def _value(shown: Shown, text: str, a: int, b: int) -> None:
    """``text[a:b]`` with its entities decoded (a line break in a cell is a space) and its
    tags left out."""
    at = a
    for m in _VALUE_TOKEN.finditer(text, a, b):
        shown.copy(text, at, m.start())
        if m.group().startswith("&"):
            decoded = html.unescape(m.group())
            shown.emit(" " if decoded in ("\n", "\r") else decoded, m.start(), m.end())
        at = m.end()
    shown.copy(text, at, b)
