"""A story exported as XPress Tags read as its text (``xtags.xtags_text``)."""

from __future__ import annotations

from coop_extract import xtags

# an original story, as QuarkXPress exports a text box's contents
TAGS = (
    "<v14.00><e0>\n"
    '@Body=[S"","Body"]<*L*h"Standard"*kn0*kt0*ra0*rb0*d0*p(0,0,0,9,0,0,g,"U.S. English")>\n'
    "@Headline:Shaoguan signs deals in Macao\n"
    "@Body:Shaoguan<\\#8217>s Vice Mayor <B>Lin Haoran<B> signed 6 agreements worth MOP<\\!s>40"
    " million on 3 November 2026 <\\@> the <z8.5>IPIM<z$> office.<\\n>Exports rose 8.5%.\n"
    "@$:Plain paragraph<\\h>s end here <\\<>sic<\\\\>.\n"
)


def test_xtags_is_known_by_its_version_and_style_sheets():
    assert xtags.looks_like_xtags(TAGS)
    assert not xtags.looks_like_xtags("<p>A page</p>\n@Body: no\n")
    assert not xtags.looks_like_xtags("<v1.0> a version tag, then nothing of a story\n")


def test_xtags_shows_paragraphs_with_their_offsets():
    shown, where = xtags.xtags_text(TAGS)
    assert shown == (
        "Shaoguan signs deals in Macao\n"
        "Shaoguan\u2019s Vice Mayor Lin Haoran signed 6 agreements worth MOP 40 million on 3"
        " November 2026 @ the IPIM office.\nExports rose 8.5%.\n"
        "Plain paragraphs end here <sic\\.\n"
    )
    at = shown.index("\u2019")
    assert TAGS[slice(*where.span(at, at + 1))] == "<\\#8217>"
    at = shown.index("Lin Haoran")
    assert TAGS[slice(*where.span(at, at + 10))] == "Lin Haoran"


def test_xtags_extraction(extractor):
    doc = extractor.extract(TAGS, ref_date="2026-11-05")
    assert [(o.name, o.title) for o in doc.officials] == [("Lin Haoran", "Vice Mayor")]
    assert [(f.kind, f.value, f.currency) for f in doc.figures] == [
        ("agreement_count", 6.0, None),
        ("money", 40000000.0, "MOP"),
        ("percentage", 8.5, None),
    ]
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-03")]
    assert any("XPress Tags" in w for w in doc.warnings)
