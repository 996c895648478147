"""A TiddlyWiki tiddler read as the text it shows (``tiddlywiki.tiddler_text``)."""

from __future__ import annotations

import pytest

from coop_extract import tiddlywiki

TIDDLER = (
    "created: 20261118063000000\n"
    "modified: 20261120101500000\n"
    "tags: Missions [[Jiangxi cities]]\n"
    "title: Ganzhou roadshow in Hong Kong\n"
    "type: text/vnd.tiddlywiki\n"
    "\n"
    "!! Summary\n\n"
    "Vice Mayor ''Zeng Lihua'' led a [[Ganzhou]] delegation to //Hong Kong// on "
    "Tuesday 17 November 2026; see [[the programme|Ganzhou roadshow/Programme]].\n\n"
    "|!Day |!What |\n|Wed 18 Nov |Rare-earth roundtable; 5 deals signed |\n\n"
    "* @@color:#c00;Follow-up:@@ send the brochure via https://example.org//x\n"
    "<<tag Missions>> {{Ganzhou roadshow/Contacts}} <$list filter='[tag[x]]'>y</$list>\n"
)


def test_tiddler_shows_its_fields_and_its_words():
    shown, where, items = tiddlywiki.tiddler_text(TIDDLER)
    assert items == 1
    assert shown.startswith("Created: 2026-11-18\nModified: 2026-11-20\nTags: ")
    assert "\nTitle: Ganzhou roadshow in Hong Kong\n" in shown
    assert "led a   Ganzhou   delegation to   Hong Kong   on" in shown
    assert "Zeng Lihua" in shown and "''" not in shown
    assert "see   the programme" in shown and "Ganzhou roadshow/Programme" not in shown
    assert "| Day | What |" in shown
    assert "Follow-up:" in shown and "color" not in shown and "@@" not in shown
    assert "https://example.org//x" in shown  # (a URL's slashes are no emphasis)
    assert "<<" not in shown and "{{" not in shown and "$list" not in shown
    # a stamp's day stands for the whole stamp; the body's characters for their own
    assert TIDDLER[slice(*where.span(9, 19))] == "20261118063000000"
    at = shown.index("Zeng")
    assert TIDDLER[slice(*where.span(at, at + 10))] == "Zeng Lihua"


def test_tiddler_extraction(extractor):
    doc = extractor.extract(TIDDLER)
    assert doc.publication_date == "2026-11-18"
    assert [(e.type, e.date) for e in doc.events] == [
        ("visit", "2026-11-17"),
        ("conference", "2026-11-18"),
        ("signing", "2026-11-18"),
    ]
    assert [(o.name, o.title) for o in doc.officials] == [("Zeng Lihua", "Vice Mayor")]
    assert doc.warnings[-1].startswith("read as a TiddlyWiki tiddler")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TIDDLER, True),
        ("title: Notes\ntype: text/vnd.tiddlywiki\n\nBody.\n", True),
        ("title: Notes\nauthor: Li\n\nBody.\n", False),
        ("Subject: Visit\nDate: 20261118063000000\n\nHello.\n", False),
        ("The mayor said: title: none.\n\nMore.\n", False),
    ],
)
def test_only_a_tiddler_is_read_as_one(text, expected):
    assert tiddlywiki.looks_like_tiddler(text) is expected
