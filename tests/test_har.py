"""A browser's HTTP archive (HAR) read as the pages it captured (``har.har_text``)."""

from __future__ import annotations

import json

import pytest

from coop_extract import har

PAGE = (
    "<html><head><title>Jinhua and Macao sign film pact</title>"
    "<style>body{font-family:Georgia}</style></head><body>"
    "<h1>Jinhua and Macao sign film pact</h1>"
    "<p>Jinhua Daily | 2026-11-17 08:30</p>"
    "<p>Jinhua signed 3 film co-production agreements with Macao studios on Monday.</p>"
    "</body></html>"
)


def _entry(mime: str, body: str | None, encoding: str | None = None) -> dict:
    content: dict = {"size": len(body or ""), "mimeType": mime}
    if body is not None:
        content["text"] = body
    if encoding:
        content["encoding"] = encoding
    return {
        "startedDateTime": "2026-11-24T02:15:08.112Z",
        "request": {"method": "GET", "url": "https://example.org/x", "headers": []},
        "response": {
            "status": 200,
            "headers": [{"name": "date", "value": "Tue, 24 Nov 2026 02:15:08 GMT"}],
            "content": content,
        },
    }


HAR = json.dumps(
    {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "pages": [{"startedDateTime": "2026-11-24T02:15:08.112Z", "title": "x"}],
            "entries": [
                _entry("text/css", "body{font-family:Georgia,serif}"),
                _entry("text/html; charset=utf-8", PAGE),
                _entry("image/png", "iVBORw0KGgo=", "base64"),
                _entry("application/json", '{"event":"pageview","city":"Zhuhai"}'),
            ],
        }
    },
    indent=2,
)


def test_har_shows_only_the_captured_page():
    shown, where, pages = har.har_text(HAR)
    assert pages == 1
    # requests, headers, the capture's days, the style sheet, the beacon show nothing
    assert "Georgia" not in shown and "2026-11-24" not in shown and "Zhuhai" not in shown
    assert "Jinhua signed 3 film co-production agreements with Macao studios on Monday." in shown
    at = shown.index("Monday")
    assert HAR[slice(*where.span(at, at + 6))] == "Monday"


def test_har_page_extraction(extractor):
    doc = extractor.extract(HAR)
    assert doc.publication_date == "2026-11-17"
    assert [c.name for c in doc.cities] == ["Jinhua", "Macau"]
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-16")]
    assert [(f.kind, f.value) for f in doc.figures] == [("agreement_count", 3)]
    assert doc.warnings[-1].startswith("read as an HTTP archive (HAR)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HAR, True),
        ('{"log": ["a", "b"], "entries": 2}', False),
        ('{"title": "The log of entries", "body": "text"}', False),
    ],
)
def test_only_a_har_file_is_read_as_one(text, expected):
    assert har.looks_like_har(text) is expected
