"""Org-mode notes read as their items and days, offsets kept in the input."""

import pytest

from coop_extract import orgmode

HEAD = "#+TITLE: Trip notes\n"


# fmt: off
SHOWN = [
    # a dated item is an event page's fields: a done item's closing day, its stars,
    # keyword, priority and tags gone
    ("** DONE [#A] Call on the Secretary   :meeting:\n   CLOSED: [2026-11-16 Mon 17:40]\n",
     "\nWhat: Call on the Secretary\nWhen: 2026-11-16\n"),
    # a scheduled range; the scheduled day is the item's even when it was closed later
    ("* TODO Return visit\n  SCHEDULED: <2027-03-09 Tue>--<2027-03-11 Thu>\n",
     "\nWhat: Return visit\nWhen: 2027-03-09 - 2027-03-11\n"),
    ("* DONE Forum\n  SCHEDULED: <2026-11-17 Tue> CLOSED: [2026-11-20 Fri 09:00]\n",
     "\nWhat: Forum\nWhen: 2026-11-17\n"),
    # a headline's own active timestamp dates it; an inactive one in the text is its day
    ("* Lunch with IPIM <2026-11-18 Wed 12:30>\nBooked on [2026-11-02 Mon].\n",
     "\nWhat: Lunch with IPIM\nWhen: 2026-11-18\nBooked on 2026-11-02.\n"),
    # a deadline is no happening's day; an item called off loses its days (each item is
    # a paragraph of its own)
    ("** TODO Send terms\n   DEADLINE: <2026-12-04 Fri>\n",
     "\nSend terms\nDeadline: 2026-12-04\n"),
    ("** CANCELLED Site visit\n   SCHEDULED: <2026-11-18 Wed>\n", "\nSite visit\n"),
    # a keyword the file declares calls an item off too; an unknown word is the title's
    ("#+TODO: PLAN | HELD DROPPED\n* DROPPED Dinner <2026-11-18 Wed>\n* NOTE on IPIM\n",
     "\nDinner\n\nNOTE on IPIM\n"),
    # settings, comments, drawers and block marks are no text, but the date and a
    # location property; a link shows its label, else its target
    ("#+DATE: <2026-11-19 Thu>\n#+STARTUP: overview\n# a comment\n* Visit <2026-11-18 Wed>\n"
     ":PROPERTIES:\n:LOCATION: Taipa\n:ID: x1\n:END:\n#+BEGIN_QUOTE\nSee [[https://x.org][the "
     "list]] and [[file:a.org]].\n#+END_QUOTE\n",
     "Date: 2026-11-19\n\nWhat: Visit\nWhen: 2026-11-18\nWhere: Taipa\n"
     "See the list and file:a.org.\n"),
]
# fmt: on


@pytest.mark.parametrize(("body", "shown"), SHOWN)
def test_org_shows_its_items_as_fields(body, shown):
    text = HEAD + body
    assert orgmode.looks_like_org(text)
    assert orgmode.org_text(text)[0] == "Trip notes\n" + shown


def test_org_maps_every_shown_character_back():
    text = HEAD + "** DONE Call on IPIM  :meeting:\n   CLOSED: [2026-11-16 Mon 17:40]\n"
    shown, where = orgmode.org_text(text)
    k = shown.index("Call on IPIM")
    assert text[slice(*where.span(k, k + 12))] == "Call on IPIM"
    k = shown.index("2026-11-16")
    assert text[slice(*where.span(k, k + 10))] == "[2026-11-16 Mon 17:40]"
    k = shown.index("What: ")
    assert text[slice(*where.span(k, k + 6))] == "** DONE "


@pytest.mark.parametrize(
    "text",
    [
        # Markdown bullets and a plain "Date:" line are no Org file
        "Date: 2026-11-19\n\n* Visited the park\n* Met the Mayor\n",
        # nor a setting line without any headline
        "#+TITLE: Notes\nThe two sides met on Monday.\n",
        "* Item\nSCHEDULED for next week\n",
    ],
)
def test_only_org_files_are_read_as_org(text):
    assert not orgmode.looks_like_org(text)


def test_org_notes_extracted_with_offsets_in_the_input(extractor):
    text = (
        "#+TITLE: Foshan delegation to Macao - trip notes\n"
        "#+DATE: <2026-11-19 Thu>\n#+STARTUP: overview\n\n"
        "* Summary\nDeputy Mayor Ou Yanling led a 20-member delegation to Macao from 16 to\n"
        "18 November. Nine cooperation agreements worth MOP 210 million were signed.\n\n"
        "* Programme\n** DONE Meeting with the Economic and Technological Development Bureau"
        "  :meeting:\n   CLOSED: [2026-11-16 Mon 17:40]\n"
        "** DONE Furniture Trade Matchmaking Session  :conference:\n"
        "   CLOSED: [2026-11-17 Tue 18:05]\n   - 9 agreements signed at the close.\n"
    )
    doc = extractor.extract(text)
    assert doc.publication_date == "2026-11-19"
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-11-16", "2026-11-18"),
        ("meeting", "2026-11-16", None),
        ("conference", "2026-11-17", None),
        ("signing", "2026-11-17", None),
    ]
    meeting = doc.events[1]
    assert text[meeting.evidence.start : meeting.evidence.end].startswith("** DONE Meeting")
    assert [(f.kind, f.value, f.currency) for f in doc.figures] == [
        ("agreement_count", 9.0, None),
        ("money", 210000000.0, "MOP"),
        ("agreement_count", 9.0, None),
    ]
    for f in doc.figures:
        assert text[f.start : f.end] == f.text
    assert [(o.name, o.title) for o in doc.officials] == [("Ou Yanling", "Deputy Mayor")]
    assert "Economic and Technological Development Bureau" in [i.name for i in doc.institutions]
    assert any(w.startswith("read as Org mode") for w in doc.warnings)
