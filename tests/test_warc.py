"""A web archive (WARC) read as the pages it archived (``warc.warc_text``)."""

from __future__ import annotations

import pytest

from coop_extract import warc


def _record(kind: str, fields: str, body: str, ctype: str) -> str:
    return (
        f"WARC/1.0\nWARC-Type: {kind}\n{fields}Content-Type: {ctype}\n"
        f"Content-Length: {len(body.encode())}\n\n{body}\n\n"
    )


PAGE = (
    "<html><head><title>Suining and Macao sign tea pact</title>"
    "<script>var x = 1;</script></head><body><h1>Suining and Macao sign tea pact</h1>"
    "<p>Source: Suining Daily | 2026-11-18 09:10</p>"
    "<p>Suining signed a tea supply agreement with a Macao importer on Monday.</p>"
    "</body></html>\n"
)
ARCHIVE = (
    _record(
        "warcinfo",
        "WARC-Date: 2026-11-24T03:12:44Z\n",
        "software: Heritrix/3.4.0\n",
        "application/warc-fields",
    )
    + _record(
        "request",
        "WARC-Date: 2026-11-24T03:13:02Z\n",
        "GET /news/1.html HTTP/1.1\nHost: example.org\n\n",
        "application/http; msgtype=request",
    )
    + _record(
        "response",
        "WARC-Date: 2026-11-24T03:13:02Z\n",
        "HTTP/1.1 200 OK\nDate: Tue, 24 Nov 2026 03:13:02 GMT\n"
        "Content-Type: text/html; charset=utf-8\n\n" + PAGE,
        "application/http; msgtype=response",
    )
)


def test_warc_shows_only_the_archived_page():
    shown, where, pages = warc.warc_text(ARCHIVE)
    assert pages == 1
    # the crawl's records and every header (with the crawl's dates) show nothing
    assert "Heritrix" not in shown and "GET" not in shown and "2026-11-24" not in shown
    assert "var x" not in shown
    assert "Suining signed a tea supply agreement with a Macao importer on Monday." in shown
    at = shown.index("Monday")
    assert ARCHIVE[slice(*where.span(at, at + 6))] == "Monday"


def test_warc_page_dated_by_its_own_day(extractor):
    doc = extractor.extract(ARCHIVE)
    assert doc.publication_date == "2026-11-18"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-16")]
    assert doc.warnings[-1].startswith("read as a web archive")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ARCHIVE, True),
        ("The WARC/1.0 format stores crawled pages.", False),
        ("Version: WARC/1.0\n", False),
    ],
)
def test_only_a_warc_file_is_read_as_one(text, expected):
    assert warc.looks_like_warc(text) is expected
