"""A Texinfo source read as the text its formatter shows (``texinfo.texinfo_text``)."""

from __future__ import annotations

from coop_extract import texinfo

# an original report, kept as Texinfo
TEXI = (
    "\\input texinfo   @c -*-texinfo-*-\n"
    "@setfilename report.info\n"
    "@settitle Jiuquan--Macao Report\n"
    "\n"
    "@copying\n"
    "Issued by the Jiuquan Municipal Commerce Bureau on 20 November 2026.\n"
    "Contact: @email{desk@@jiuquan.example, the desk}\n"
    "@end copying\n"
    "\n"
    "@menu\n"
    "* Visit::   The visit\n"
    "@end menu\n"
    "\n"
    "@node Visit\n"
    "@chapter The visit\n"
    "@cindex visit\n"
    "\n"
    "A delegation led by Mayor @strong{Wang Jinfeng} visited Macao from\n"
    "10 to 12 November 2026@footnote{As planned.}.  It met the\n"
    "Macao Trade and Investment Promotion Institute (@acronym{IPIM, Macao Trade and\n"
    "Investment Promotion Institute}) and Jos@'e Lopes---a ``partner''.\n"
    "\n"
    "@itemize @bullet\n"
    "@item\n"
    "exports up 6.5%@dots{}\n"
    "@end itemize\n"
    "\n"
    "@example\n"
    "Line one\n"
    "Line two\n"
    "@end example\n"
    "@bye\n"
    "Nothing after bye.\n"
)


def test_texinfo_is_known_by_its_commands():
    assert texinfo.looks_like_texinfo(TEXI)
    assert not texinfo.looks_like_texinfo("@alice: see you at 10\n@bob: fine\n")
    assert not texinfo.looks_like_texinfo("A plain text.\n@chapter\n@section\n@node x\n")


def test_texinfo_shows_its_words_filled_with_their_offsets():
    shown, where = texinfo.texinfo_text(TEXI)
    assert shown.split("\n\n")[:4] == [
        "Jiuquan\u2013Macao Report",
        "Issued by the Jiuquan Municipal Commerce Bureau on 20 November 2026. Contact: the desk",
        "The visit",
        "A delegation led by Mayor Wang Jinfeng visited Macao from 10 to 12 November 2026.  It"
        " met the Macao Trade and Investment Promotion Institute (IPIM) and José Lopes\u2014a"
        " \u201cpartner\u201d.",
    ]
    assert "\u2022 exports up 6.5%\u2026" in shown
    assert "Line one\nLine two" in shown
    for hidden in ("planned", "Visit::", "cindex", "report.info", "bye", "@"):
        assert hidden not in shown
    # a word stands for itself, a command's character for the whole command
    at = shown.index("Wang Jinfeng")
    assert TEXI[slice(*where.span(at, at + 12))] == "Wang Jinfeng"
    at = shown.index("é")
    assert TEXI[slice(*where.span(at, at + 1))] == "@'e"
    at = shown.index("\u2014")
    assert TEXI[slice(*where.span(at, at + 1))] == "---"


def test_texinfo_extraction(extractor):
    doc = extractor.extract(TEXI)
    assert doc.publication_date == "2026-11-20"
    assert [(o.name, o.title) for o in doc.officials] == [("Wang Jinfeng", "Mayor")]
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-11-10", "2026-11-12")
    ]
    assert [f.value for f in doc.figures if f.kind == "percentage"] == [6.5]
    assert any("Texinfo" in w for w in doc.warnings)
