"""A wire story as an ANPA 1312 transmission read as its text (``anpa.anpa_text``)."""

from __future__ import annotations

from coop_extract import anpa

# an original story, framed as an agency's wire feeds it: SYN SYN SOH, the header line,
# STX, the text with its carets and line-end marks, the filing line, ETX
WIRE = (
    "\x16\x16\x01a0231 r f BC-AS-China-Macao-Anshun 12-02 0118\x02\n"
    "^BC-AS-China-Macao-Anshun,0118<\n"
    "^Guizhou city of Anshun signs tea deals in Macao<\n"
    "   MACAO (AP) _ A delegation from Anshun signed 7 supply agreements worth 90 million"
    " patacas on Tuesday, Vice Mayor Pan Jiayi said.\n"
    "   ``Our tea goes further from here,'' Pan said. Sales grew 12.5 percent.\n"
    "   AP-WS-12-02-26 0915GMT<\n"
    "\x03"
)


def test_anpa_is_known_by_its_framing():
    assert anpa.looks_like_anpa(WIRE)
    assert not anpa.looks_like_anpa("a0231 r f BC-AS-China 12-02 0118\nText.\n")
    assert not anpa.looks_like_anpa("\x01 a control character, then no header and no STX\n")


def test_anpa_shows_the_filing_date_and_the_lines():
    shown, where = anpa.anpa_text(WIRE)
    assert shown.startswith("2026-12-02\n\nGuizhou city of Anshun signs tea deals in Macao\n")
    assert "BC-AS-China" not in shown and "0915GMT" not in shown
    assert "MACAO (AP) \u2014 A delegation" in shown
    assert "\u201cOur tea goes further from here,\u201d Pan said." in shown
    assert "\x01" not in shown and "\x02" not in shown and "^" not in shown and "<" not in shown
    # the date stands for the filing line's month-day-year; the words for themselves
    assert WIRE[slice(*where.span(0, 10))] == "12-02-26"
    at = shown.index("Pan Jiayi")
    assert WIRE[slice(*where.span(at, at + 9))] == "Pan Jiayi"
    at = shown.index("\u201c")
    assert WIRE[slice(*where.span(at, at + 1))] == "``"


def test_anpa_extraction(extractor):
    doc = extractor.extract(WIRE)
    assert doc.publication_date == "2026-12-02"
    assert [(o.name, o.title) for o in doc.officials] == [("Pan Jiayi", "Vice Mayor")]
    assert [(f.kind, f.value, f.currency) for f in doc.figures] == [
        ("agreement_count", 7.0, None),
        ("money", 90000000.0, "MOP"),
        ("percentage", 12.5, None),
    ]
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-12-01")]
    assert any("ANPA" in w for w in doc.warnings)
