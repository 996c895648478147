"""An outliner's page (Logseq, Roam's Markdown export) read as its notes
(``outliner.outliner_text``)."""

from __future__ import annotations

from coop_extract import outliner

# an original Logseq page
PAGE = (
    "title:: Zhaoqing mission to Hong Kong\n"
    "tags:: [[Hong Kong]], [[Zhaoqing]]\n"
    "created:: [[Nov 20th, 2026]]\n"
    "\n"
    "- [[Nov 18th, 2026]]\n"
    "\t- Met **Chan Siu Ming** of the [[Hong Kong Trade Development Council]] #meeting\n"
    "\t  collapsed:: true\n"
    "\t\t- notes from ((64a1b2c3-0000-4000-8000-000000000001))\n"
    "\t\t  id:: 64a1b2c3-0000-4000-8000-000000000002\n"
    "- [[Nov 19th, 2026]]\n"
    "\t- DONE Signed 3 supply agreements; exports up ==12.5%== {{embed [[Deals]]}}\n"
    "\t- venue:: Hong Kong Convention and Exhibition Centre\n"
    "- LATER [#A] Return visit by the council to Zhaoqing\n"
    "  SCHEDULED: <2027-02-10 Wed>\n"
)


def test_outliner_is_known_by_bullets_and_properties():
    assert outliner.looks_like_outliner(PAGE)
    # (a Markdown list with no outliner's mark, a text with a list: no outliner's page)
    assert not outliner.looks_like_outliner("- one\n- two\n- three\n")
    assert not outliner.looks_like_outliner(
        "Note:: a definition\n\nA paragraph.\nAnother paragraph.\nMore.\n- one\n- two\n"
    )


def test_outliner_shows_blocks_with_their_offsets():
    shown, where = outliner.outliner_text(PAGE)
    assert shown == (
        "Zhaoqing mission to Hong Kong\n"
        "Tags: Hong Kong, Zhaoqing\n"
        "Created: Nov 20th, 2026\n"
        "\n"
        "Nov 18th, 2026\n"
        "Met **Chan Siu Ming** of the Hong Kong Trade Development Council meeting\n"
        "notes from \n"
        "\n"
        "Nov 19th, 2026\n"
        "Signed 3 supply agreements; exports up 12.5% \n"
        "Venue: Hong Kong Convention and Exhibition Centre\n"
        "\n"
        "What: Return visit by the council to Zhaoqing\n"
        "When: 2027-02-10\n"
    )
    at = shown.index("12.5%")
    assert PAGE[slice(*where.span(at, at + 5))] == "12.5%"
    at = shown.index("Hong Kong Trade")
    assert PAGE[slice(*where.span(at, at + 15))] == "Hong Kong Trade"


def test_outliner_extraction(extractor):
    doc = extractor.extract(PAGE)
    assert doc.publication_date == "2026-11-20"
    # (the page's title over its days is the mission's stay)
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-11-18", "2026-11-19"),
        ("meeting", "2026-11-18", None),
        ("signing", "2026-11-19", None),
        ("visit", "2027-02-10", None),
    ]
    assert [(f.kind, f.value) for f in doc.figures] == [
        ("agreement_count", 3.0),
        ("percentage", 12.5),
    ]
    assert any("outliner" in w for w in doc.warnings)
