"""A Jupyter notebook (an ``.ipynb`` file) read as what its reader sees, every offset mapped
back.

An analyst's notebook is JSON: a list of cells, each with its ``source`` as a list of lines
(or one string), a code cell with its ``outputs``. It is read as its prose and its results:
each Markdown cell's text, then each code cell's printed output (``stdout``) and the plain
text of its results, in the cells' order, a blank line between cells. The code itself, its
errors, images and HTML renderings are left out. JSON escapes are decoded; each shown
character keeps the span of the input it stands for, as a JSON export's do. Markdown's
marks are blanked later, as in any Markdown text.

(``nbformat`` reads notebooks well but gives no map back to the input, and every record must
quote its input by offsets, so the file's tokens are walked here.)
"""

from __future__ import annotations

import json
from typing import Any

from .markup import JSON_TOKEN, OffsetMap, Shown, json_string

_SHOWN_OUTPUTS = frozenset({"execute_result", "display_data"})


def looks_like_notebook(text: str) -> bool:
    """Is ``text`` a Jupyter notebook: a JSON object with a list of cells and a format
    version?"""
    head = text.lstrip()[:1]
    if head != "{" or '"cells"' not in text or '"nbformat"' not in text:
        return False
    try:
        value = json.loads(text)
    except ValueError:
        return False
    return isinstance(value, dict) and isinstance(value.get("cells"), list)


class _Str:
    """A JSON string token, where it stands in the input."""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def _parse(text: str) -> Any:
    """The JSON value of ``text``, its strings left as ``_Str`` spans (keys decoded)."""
    tokens = [(m.group(), m.start(), m.end()) for m in JSON_TOKEN.finditer(text)]
    pos = 0

    def value() -> Any:
        nonlocal pos
        tok, a, b = tokens[pos]
        pos += 1
        if tok == "{":
            obj: dict[str, Any] = {}
            while tokens[pos][0] != "}":
                key = json.loads(tokens[pos][0])
                pos += 2  # (the key, the colon)
                obj[key] = value()
                if tokens[pos][0] == ",":
                    pos += 1
            pos += 1
            return obj
        if tok == "[":
            items = []
            while tokens[pos][0] != "]":
                items.append(value())
                if tokens[pos][0] == ",":
                    pos += 1
            pos += 1
            return items
        return _Str(a, b) if tok[:1] == '"' else None

    return value()


def _lines(value: Any) -> list[_Str]:
    """A cell's source or an output's text: a list of strings, or one string."""
    if isinstance(value, _Str):
        return [value]
    return [v for v in value if isinstance(v, _Str)] if isinstance(value, list) else []


def _shown(notebook: dict) -> list[list[_Str]]:
    """The pieces a reader sees, cell by cell: a Markdown cell's source, a code cell's
    printed output and its results' plain text."""
    shown: list[list[_Str]] = []
    for cell in notebook.get("cells") or []:
        if not isinstance(cell, dict):
            continue
        kind = cell.get("cell_type")
        if kind == "markdown":
            shown.append(_lines(cell.get("source")))
        elif kind == "code":
            for out in cell.get("outputs") or []:
                if not isinstance(out, dict):
                    continue
                if out.get("output_type") == "stream" and out.get("name") == "stdout":
                    shown.append(_lines(out.get("text")))
                elif out.get("output_type") in _SHOWN_OUTPUTS:
                    data = out.get("data")
                    if isinstance(data, dict):
                        shown.append(_lines(data.get("text/plain")))
    return [piece for piece in shown if piece]


def notebook_text(text: str) -> tuple[str, OffsetMap]:
    """The prose and results of a notebook and the map of their characters back to
    ``text``."""
    tree = _decoded_kinds(text, _parse(text))
    shown = Shown()
    for piece in _shown(tree) if isinstance(tree, dict) else []:
        for token in piece:
            chars, spans = json_string(text, token.start, token.end)
            shown.place(chars, spans)
        at = piece[-1].end
        shown.emit("\n\n", at, at)
    return shown.result()


_KIND_KEYS = frozenset({"cell_type", "output_type", "name"})


def _decoded_kinds(text: str, value: Any) -> Any:
    """``value`` with the strings that tell a cell's or an output's kind decoded."""
    if isinstance(value, dict):
        return {
            k: json.loads(text[v.start : v.end])
            if k in _KIND_KEYS and isinstance(v, _Str)
            else _decoded_kinds(text, v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_decoded_kinds(text, v) for v in value]
    return value
