"""A roff source (groff -ms, a man page) read as the text its formatter shows
(``roff.roff_text``)."""

from __future__ import annotations

from coop_extract import roff

# an original release, kept as groff -ms source
MS = (
    '.\\" release of a made-up bureau\n'
    ".TL\n"
    "Zhangye and Macao sign a fruit deal\n"
    ".AU\n"
    "Press Office\n"
    ".DA November 24, 2026\n"
    ".NH\n"
    "Talks\n"
    ".PP\n"
    "A delegation led by Deputy Mayor\n"
    '.B "Ma Lirong"\n'
    "visited Macao from November 16 to 18\\(em the first since 2019.\n"
    "Exports rose \\fB12.5%\\fP, and Jos\\('e Lopes of\n"
    'the Macao chamber (tel. 2833\\-0000) spoke.\\" a note to the editor\n'
    ".IP \\(bu 2\n"
    "dates: up 4%\n"
    ".de XX\n"
    "Hidden macro text\n"
    "..\n"
    ".nf\n"
    "Line one\n"
    "Line two\n"
    ".fi\n"
)

MAN = (
    '.TH COOP-EXTRACT 1 "2026-11-20" "coop-extract 1.0" "User Commands"\n'
    ".SH NAME\n"
    "coop-extract \\- read news of cooperation\n"
    ".SH DESCRIPTION\n"
    ".B coop-extract\n"
    "reads an article.\n"
)


def test_roff_is_known_by_its_requests():
    assert roff.looks_like_roff(MS)
    assert roff.looks_like_roff(MAN)
    assert not roff.looks_like_roff("...and then the fair opened.\n.5 percent\n")
    assert not roff.looks_like_roff("A plain text.\n.PP\n.SH\n.B x\n")


def test_roff_shows_its_words_filled_with_their_offsets():
    shown, where = roff.roff_text(MS)
    assert shown.split("\n\n")[:4] == [
        "Zhangye and Macao sign a fruit deal",
        "Press Office",
        "Date: November 24, 2026",
        "Talks",
    ]
    assert (
        "A delegation led by Deputy Mayor Ma Lirong visited Macao from November 16 to 18\u2014"
        " the first since 2019. Exports rose 12.5%, and José Lopes of the Macao chamber (tel."
        " 2833-0000) spoke." in shown
    )
    assert "\u2022 dates: up 4%" in shown
    assert "Hidden" not in shown and "editor" not in shown and "\\" not in shown
    assert "Line one\nLine two" in shown
    # each shown character stands for its own span: a word for itself, an escape for the
    # whole escape, a filled line's end for the line break
    at = shown.index("Ma Lirong")
    assert MS[slice(*where.span(at, at + 9))] == "Ma Lirong"
    at = shown.index("é")
    assert MS[slice(*where.span(at, at + 1))] == "\\('e"
    at = shown.index("12.5%")
    assert MS[slice(*where.span(at, at + 5))] == "12.5%"
    at = shown.index("Mayor Ma") + len("Mayor")
    assert MS[slice(*where.span(at, at + 1))] == "\n"


def test_man_page_title_line_and_headings():
    shown, _ = roff.roff_text(MAN)
    assert shown.split("\n\n") == [
        "COOP-EXTRACT 1\nDate: 2026-11-20",
        "NAME",
        "coop-extract - read news of cooperation",
        "DESCRIPTION",
        "coop-extract reads an article.",
    ]


def test_roff_extraction(extractor):
    doc = extractor.extract(MS)
    assert doc.publication_date == "2026-11-24"
    assert [(o.name, o.title) for o in doc.officials] == [("Ma Lirong", "Deputy Mayor")]
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-11-16", "2026-11-18")
    ]
    assert [f.value for f in doc.figures if f.kind == "percentage"] == [12.5, 4.0]
    assert any("roff" in w for w in doc.warnings)
    for o in doc.officials:
        for m in o.mentions:
            assert MS[m.start : m.end] == m.text
