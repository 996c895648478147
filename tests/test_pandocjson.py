"""A document in Pandoc's JSON read as the text it holds (``pandocjson.pandoc_text``)."""

from __future__ import annotations

import json

from coop_extract import pandocjson


def _inlines(words: str) -> list[dict]:
    out: list[dict] = []
    for k, word in enumerate(words.split(" ")):
        if k:
            out.append({"t": "Space"})
        out.append({"t": "Str", "c": word})
    return out


# an original document, written as ``pandoc -t json`` writes one: one line, no spaces
AST = json.dumps(
    {
        "pandoc-api-version": [1, 23, 1],
        "meta": {
            "title": {"t": "MetaInlines", "c": _inlines("Zhangye in Macao")},
            "date": {"t": "MetaInlines", "c": _inlines("2026-11-24")},
        },
        "blocks": [
            {"t": "Header", "c": [2, ["news", [], []], _inlines("News")]},
            {
                "t": "Para",
                "c": [
                    *_inlines("Zhangye will sign 3 deals in Macao on Friday,"),
                    {"t": "SoftBreak"},
                    *_inlines("the bureau’s director said."),
                ],
            },
            {"t": "BulletList", "c": [[{"t": "Plain", "c": _inlines("Sales rose 8.5%.")}]]},
        ],
    },
    ensure_ascii=True,
    separators=(",", ":"),
)


def test_pandoc_json_shows_its_words_meta_and_blocks():
    assert pandocjson.looks_like_pandoc(AST)
    assert not pandocjson.looks_like_pandoc('{"title": "x"}')
    shown, where, items = pandocjson.pandoc_text(AST)
    assert items == 1
    assert shown.split("\n\n")[0].splitlines() == [
        "Zhangye in Macao",
        "Published: 2026-11-24",
        "News",
    ]
    assert "\nZhangye will sign 3 deals in Macao on Friday, the bureau’s director said.\n" in shown
    assert "\nSales rose 8.5%.\n" in shown
    # a word's characters stand for their own (an escape for its character), a space for
    # its element
    at = shown.index("Friday")
    assert AST[slice(*where.span(at, at + 6))] == "Friday"
    at = shown.index("’")
    assert AST[slice(*where.span(at, at + 1))] == "\\u2019"


def test_pandoc_json_extraction(extractor):
    doc = extractor.extract(AST)
    assert doc.publication_date == "2026-11-24"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-27")]
    assert [f.value for f in doc.figures if f.kind == "percentage"] == [8.5]
    assert any("Pandoc" in w for w in doc.warnings)
