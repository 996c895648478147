"""RTF documents read as the text a word processor shows, offsets kept in the input."""

import pytest

from coop_extract import rtf

HEAD = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl ;\\red0\\green0\\blue0;}\n"


# fmt: off
SHOWN = [
    # formatting words go, with the one space that ends them; "\par" ends a line
    ("\\pard\\b\\fs28 Ferry pact signed\\b0\\fs22\\par\n", "Ferry pact signed\n"),
    # a raw line break is no text: the words run on
    ("The Zhuhai port\nauthority said.\\par", "The Zhuhai portauthority said.\n"),
    # a byte in the document's code page, a Unicode character with its fallback skipped
    ("Jos\\'e9 Lopes, 19\\u8211?22 May\\par", "José Lopes, 19–22 May\n"),
    ("\\uc2 Caf\\u233\\'e9\\'e9 open\\par", "Café open\n"),
    # quotes, dashes, ties and tabs as their characters
    ("\\ldblquote Yes,\\rdblquote  Mr Yuen\\rquote s team said \\endash  HK$5\\~million\\tab x\\par",
     "“Yes,” Mr Yuen’s team said – HK$5 million\tx\n"),
    # escaped braces and backslash are text; a "\*" group and a field's address are not
    ("a \\{b\\} c\\\\d {\\*\\bkmkstart x}{\\field{\\*\\fldinst HYPERLINK \"https://x.org\"}"
     "{\\fldrslt the site}}\\par", "a {b} c\\d the site\n"),
    # hidden text ("\v") shows nothing
    ("Seen {\\v unseen }again\\par", "Seen again\n"),
    # a Chinese code page's two bytes are one character (Windows-1252 when none is named)
    ("\\ansicpg936 \\'d6\\'e9\\'ba\\'a3 Zhuhai\\par", "珠海 Zhuhai\n"),
]
# fmt: on


@pytest.mark.parametrize(("body", "shown"), SHOWN)
def test_rtf_shows_its_text(body, shown):
    text = HEAD + body + "}"
    assert rtf.looks_like_rtf(text)
    assert rtf.rtf_text(text)[0] == shown


def test_rtf_maps_every_shown_character_back():
    text = HEAD + "\\b Jos\\'e9 Lopes\\b0  met the Mayor.\\par}"
    shown, where = rtf.rtf_text(text)
    assert shown == "José Lopes met the Mayor.\n"
    assert text[slice(*where.span(0, 10))] == "Jos\\'e9 Lopes"
    k = shown.index("Mayor")
    assert text[slice(*where.span(k, k + 5))] == "Mayor"


@pytest.mark.parametrize(
    "text", ["Plain {text} with \\rtf1 inside", "{\\rtf", "\\rtf1 {", "{ \\rtf1 }"]
)
def test_only_a_text_that_opens_as_rtf_is_rtf(text):
    assert rtf.looks_like_rtf(text) is (text == "{\\rtf")


def test_rtf_release_extracted_with_offsets_in_the_input(extractor):
    text = (
        HEAD.replace("\\ansi", "\\ansi\\ansicpg1252")
        + "\\pard\\b Foshan and Hong Kong sign design pact\\b0\\par\n"
        "\\i Foshan, 20 November 2026\\i0\\par\n"
        "The city and the Hong Kong Design Centre (HKDC) signed an agreement on Thursday "
        "to set up a HK$5\\~million fund; 12.5\\~per cent of it comes from Foshan. Macao "
        "maker Jos\\'e9 Lopes, founder of Casa Lus\\'f3fona, attended.\\par}"
    )
    doc = extractor.extract(text)
    assert doc.publication_date == "2026-11-20"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-19")]
    assert [(f.kind, f.value, f.currency, f.text) for f in doc.figures] == [
        ("money", 5000000.0, "HKD", "HK$5\\~million"),
        ("percentage", 12.5, None, "12.5\\~per cent"),
    ]
    for f in doc.figures:
        assert text[f.start : f.end] == f.text
    assert [(o.name, o.title) for o in doc.officials] == [("José Lopes", "founder")]
    assert "Casa Lusófona" in [i.name for i in doc.institutions]
    assert any(w.startswith("read as RTF") for w in doc.warnings)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a file cut short, or with a brace too many, still shows its words
        ("{\\rtf1\\ansi Zhuhai and \\b Macau", "Zhuhai and Macau"),
        ("{\\rtf1 Zhuhai}} and Macau}", "Zhuhai and Macau"),
        # a control word's binary data ("\bin N") is no text
        ("{\\rtf1 Zhuhai {\\*\\blob\\bin4 a}bc}and Macau}", "Zhuhai and Macau"),
    ],
)
def test_rtf_broken_or_binary_parts_still_show_the_words(text, shown):
    assert rtf.rtf_text(text)[0] == shown
