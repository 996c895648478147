"""A Google Docs document as the Docs API gives it, read as its text (``gdocs.gdoc_text``)."""

from __future__ import annotations

import json

from coop_extract import gdocs


def _run(text: str, **style: object) -> dict:
    return {"textRun": {"content": text, "textStyle": style}}


def _paragraph(*runs: dict, kind: str = "NORMAL_TEXT") -> dict:
    return {"paragraph": {"elements": list(runs), "paragraphStyle": {"namedStyleType": kind}}}


# an original brief, as documents.get returns it (indices left out)
DOC = json.dumps(
    {
        "title": "Putian footwear mission",
        "body": {
            "content": [
                {"sectionBreak": {"sectionStyle": {"sectionType": "CONTINUOUS"}}},
                _paragraph(_run("Prepared on 20 November 2026\n", italic=True)),
                _paragraph(
                    _run("Led by Vice Mayor "),
                    _run("Chen Yiming", bold=True),
                    _run(", the city signed "),
                    {"textRun": {"content": "five ", "suggestedDeletionIds": ["s1"]}},
                    _run("4 agreements in Hong Kong on 18 November.\n"),
                ),
                {
                    "table": {
                        "tableRows": [
                            {
                                "tableCells": [
                                    {"content": [_paragraph(_run("Exports\n"))]},
                                    {"content": [_paragraph(_run("12.5%\n"))]},
                                ]
                            }
                        ]
                    }
                },
            ]
        },
        "headers": {"h1": {"content": [_paragraph(_run("DRAFT \u2013 page header\n"))]}},
        "documentId": "1AbCdEf",
    },
    indent=1,
)


def test_gdoc_is_known_by_its_id_body_and_runs():
    assert gdocs.looks_like_gdoc(DOC)
    assert not gdocs.looks_like_gdoc('{"title": "A post", "body": "Text"}')


def test_gdoc_shows_its_runs_in_order_with_their_offsets():
    shown, where = gdocs.gdoc_text(DOC)
    assert shown == (
        "Putian footwear mission\n\n"
        "Prepared on 20 November 2026\n"
        "Led by Vice Mayor Chen Yiming, the city signed 4 agreements in Hong Kong on 18"
        " November.\n"
        "Exports\n"
        "12.5%\n"
    )
    at = shown.index("Chen Yiming")
    assert DOC[slice(*where.span(at, at + 11))] == "Chen Yiming"


def test_gdoc_extraction(extractor):
    doc = extractor.extract(DOC)
    assert doc.publication_date == "2026-11-20"
    assert [(o.name, o.title) for o in doc.officials] == [("Chen Yiming", "Vice Mayor")]
    assert [(f.kind, f.value) for f in doc.figures] == [
        ("agreement_count", 4.0),
        ("percentage", 12.5),
    ]
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-18")]
    assert any("Google Docs" in w for w in doc.warnings)
