"""A spreadsheet saved as XML (Excel's "XML Spreadsheet 2003", SpreadsheetML) read as the
text its sheets show, with the map back to the input.

The workbook's properties (title, author, company, when it was created and last saved)
are its header, one "Name: value" line each. Each worksheet is a paragraph under its
name; each row is a line, its cells side by side as a table's ("| 2026-12-08 | 09:30 |
Investment Promotion Conference |"), a row of one cell its text alone. A cell's value
shows as a reader sees it: entities decoded, a rich cell's HTML tags left out, a date
cell's midnight ("2026-12-08T00:00:00.000") left out. Styles, window settings, sheet
options and cell comments show nothing.

A sheet's values as the Google Sheets API gives them (``spreadsheets.values.get``: a
"range" and its "values", rows of cells; ``batchGet``: several such "valueRanges") are
read the same way: the range's sheet as the paragraph's name, each row a table's line.
"""

from __future__ import annotations

import html
import re

from . import recache
from .markup import JSON_TOKEN, OffsetMap, Shown, json_string, opens_object

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


# a sheet's values as the Sheets API gives them: its "values" (and "majorDimension")
_VALUES_KEYS = recache.compile(r'"values"\s*:\s*\[\s*\[')
_SHEET_OF_RANGE = recache.compile(r"'?(?P<name>[^'!]+)'?!")


def looks_like_sheet_values(text: str) -> bool:
    """Is ``text`` a sheet's values as the Google Sheets API gives them: a JSON object with
    a "range" (or "valueRanges") and "values", an array of rows?"""
    head = text[:2000]
    return (
        opens_object(text)
        and ('"range"' in head or '"valueRanges"' in head)
        and _VALUES_KEYS.search(text) is not None
    )


def sheet_values_text(text: str) -> tuple[str, OffsetMap, int]:
    """The rows a Sheets API answer holds, as a table's lines under their sheet's name, the
    map of their characters back to ``text``, and how many rows hold words."""
    shown = Shown()
    tokens = list(JSON_TOKEN.finditer(text))
    rows = 0
    k = 0
    while k < len(tokens):
        t = tokens[k].group()
        if k + 2 < len(tokens) and tokens[k + 1].group() == ":":
            value = tokens[k + 2]
            if t == '"range"' and value.group()[:1] == '"':
                name, spans = json_string(text, value.start(), value.end())
                sheet = _SHEET_OF_RANGE.match(name)
                if sheet is not None:
                    shown.place(sheet.group("name"), spans[sheet.start("name") : sheet.end("name")])
                    shown.emit("\n\n", value.end(), value.end())
            elif t == '"values"' and value.group() == "[":
                k, written = _value_rows(shown, text, tokens, k + 2)
                rows += written
                continue
        k += 1
    return (*shown.result(), rows)


def _value_rows(shown: Shown, text: str, tokens: list[re.Match[str]], k: int) -> tuple[int, int]:
    """Write the rows of the "values" array opened at ``tokens[k]``; the index after it
    and how many rows held words."""
    written = 0
    cells: list[re.Match[str] | None] = []
    depth = 0
    while k < len(tokens):
        t = tokens[k].group()
        k += 1
        if t == "[":
            depth += 1
            cells = []
        elif t == "]":
            depth -= 1
            if depth == 0:
                break
            written += _value_row(shown, text, cells)
        elif depth == 2 and t != ",":
            cells.append(tokens[k - 1] if t != '""' else None)
    shown.emit("\n", tokens[k - 1].end(), tokens[k - 1].end())
    return k, written


def _value_row(shown: Shown, text: str, cells: list[re.Match[str] | None]) -> int:
    """Write one row's line ("| a | b |", a lone cell's text alone); 1 if it holds words."""
    while cells and cells[-1] is None:
        cells.pop()
    if not cells:
        return 0
    if len(cells) == 1:
        _value_cell(shown, text, cells[0])
        shown.emit("\n", cells[0].end(), cells[0].end())
        return 1
    at = next(cell.start() for cell in cells if cell is not None)
    shown.emit("|", at, at)
    for cell in cells:
        if cell is None:
            shown.emit("  |", at, at)  # (an empty cell)
            continue
        shown.emit(" ", cell.start(), cell.start())
        _value_cell(shown, text, cell)
        shown.emit(" |", cell.end(), cell.end())
        at = cell.end()
    shown.emit("\n", at, at)
    return 1


def _value_cell(shown: Shown, text: str, cell: re.Match[str]) -> None:
    """A cell's value: a string's characters each from its place (a line break in it a
    space), a number as written."""
    if cell.group()[:1] == '"':
        chars, spans = json_string(text, cell.start(), cell.end())
        shown.place(chars.replace("\n", " "), spans)
    else:
        shown.copy(text, cell.start(), cell.end())
