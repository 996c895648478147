"""Jupyter notebooks read as their prose and results, offsets kept in the input."""

import json

import pytest

from coop_extract import notebook


def _notebook(*cells: dict) -> str:
    return json.dumps({"cells": list(cells), "metadata": {}, "nbformat": 4}, indent=1) + "\n"


def _markdown(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text.splitlines(keepends=True)}


def _code(source: str, *outputs: dict) -> dict:
    return {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": list(outputs),
            "source": source.splitlines(keepends=True)}  # fmt: skip


def _stream(text: str, name: str = "stdout") -> dict:
    return {"name": name, "output_type": "stream", "text": text.splitlines(keepends=True)}


def _result(plain: str, html: str = "") -> dict:
    data = {"text/plain": plain.splitlines(keepends=True)}
    if html:
        data["text/html"] = [html]
    return {"data": data, "execution_count": 1, "metadata": {}, "output_type": "execute_result"}


# fmt: off
SHOWN = [
    # a Markdown cell's lines, escapes decoded
    (_notebook(_markdown("# Tracker\n\nZhuhai\u2019s mayor visited Macao.")),
     "# Tracker\n\nZhuhai\u2019s mayor visited Macao.\n\n"),
    # a code cell's printed output and its result's plain text, never its code, its
    # errors or its HTML rendering
    (_notebook(_code('print("Share: 61.1%")\nx = "RMB 5 billion"', _stream("Share: 61.1%\n"),
                     _stream("Warning: stale data\n", "stderr"),
                     _result("27", "<b>27</b>"))),
     "Share: 61.1%\n\n\n27\n\n"),
    # a source written as one string, and a raw cell left out
    (_notebook({"cell_type": "markdown", "metadata": {}, "source": "Signed on 11 November."},
               {"cell_type": "raw", "metadata": {}, "source": ["\\begin{table}"]}),
     "Signed on 11 November.\n\n"),
]
# fmt: on


@pytest.mark.parametrize(("text", "shown"), SHOWN)
def test_notebook_shows_its_prose_and_results(text, shown):
    assert notebook.looks_like_notebook(text)
    assert notebook.notebook_text(text)[0] == shown


def test_notebook_maps_every_shown_character_back():
    text = _notebook(_markdown("Zhuhai\u2019s mayor\nvisited Macao."))
    shown, where = notebook.notebook_text(text)
    k = shown.index("mayor")
    assert text[slice(*where.span(k, k + 5))] == "mayor"
    k = shown.index("\u2019")
    assert text[slice(*where.span(k, k + 1))] == "\\u2019"
    k = shown.index("\nvisited")
    assert text[slice(*where.span(k, k + 1))] == "\\n"


@pytest.mark.parametrize(
    "text",
    [
        # a JSON export of articles, JSON with cells but no format, and broken JSON
        '{"articles": [{"title": "Pact", "content": "Signed."}]}',
        '{"cells": [], "note": "nbformat is not a key here"}',
        '{"cells": [{"cell_type": "markdown", "source": ["Hi"]}], "nbformat": 4',
    ],
)
def test_only_notebooks_are_read_as_notebooks(text):
    assert not notebook.looks_like_notebook(text)


def test_notebook_extracted_with_offsets_in_the_input(extractor):
    text = _notebook(
        _markdown("# Huizhou tracker\n\n*Last updated 20 November 2026.*"),
        _code("import pandas as pd\nlen(deals)", _result("14")),
        _markdown(
            "## The mission\n\nHuizhou Vice Mayor Lin Qiang led a delegation of officials and "
            "company heads to Macao from 10 to 12 November. Nine cooperation agreements "
            "worth MOP 180 million were signed on 11 November."
        ),
        _code('print(f"Macao share: {share:.1%}")', _stream("Macao share: 12.5%\n")),
    )
    doc = extractor.extract(text)
    assert doc.publication_date == "2026-11-20"
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-11-10", "2026-11-12"),
        ("signing", "2026-11-11", None),
    ]
    assert [(f.kind, f.value, f.currency) for f in doc.figures] == [
        ("agreement_count", 9.0, None),
        ("money", 180_000_000.0, "MOP"),
        ("percentage", 12.5, None),
    ]
    for f in doc.figures:
        assert text[f.start : f.end] == f.text
    assert [(o.name, o.title) for o in doc.officials] == [("Lin Qiang", "Vice Mayor")]
    assert any(w.startswith("read as a Jupyter notebook") for w in doc.warnings)
