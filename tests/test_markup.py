"""Scraped HTML and Markdown read as the text they show, offsets kept in the input."""

import pytest

from coop_extract.markup import looks_like_markup, markdown_view, shown_text, subtitle_view

PAGE = (
    '<div class="title">Zhuhai &amp; Macau sign port pact</div>\n'
    '<span class="date">2025-11-25 10:42</span>\n'
    "<p>ZHUHAI, Nov. 25 &mdash; Zhuhai&#8217;s port authority and Macau signed a pact on "
    "Monday.</p>\n<!-- ad --><script>var x = '<p>';</script>"
)


def test_markup_shown_text_maps_every_character_back():
    shown, where = shown_text(PAGE)
    assert "<" not in shown and "Zhuhai & Macau sign port pact" in shown
    assert "Zhuhai’s port authority" in shown and "var x" not in shown
    k = shown.index("Macau signed")
    start, end = where.span(k, k + len("Macau"))
    assert PAGE[start:end] == "Macau"
    k = shown.index("’s port")
    assert PAGE[slice(*where.span(k, k + 1))] == "&#8217;"


@pytest.mark.parametrize(
    ("text", "expected"),
    [(PAGE, True), ("Prices rose 3% as a < b and c > d.", False), ("<p>One tag only", False)],
)
def test_markup_is_told_from_prose(text, expected):
    assert looks_like_markup(text) is expected


def test_markup_page_records_quote_the_input(extractor):
    doc = extractor.extract(PAGE)
    assert doc.publication_date == "2025-11-25"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2025-11-24")]
    for entity in (*doc.cities, *doc.institutions, *doc.officials):
        for m in entity.mentions:
            assert PAGE[m.start : m.end] == m.text
    assert any("read as HTML" in w for w in doc.warnings)


def test_markdown_marks_become_spaces_one_for_one():
    text = "AMCM chairman **Leong Pui San** [launched](https://example.com/a) it.\n## Next"
    view = markdown_view(text)
    assert len(view) == len(text)
    link = "[launched](https://example.com/a)"
    expected = (
        text.replace("**", "  ")
        .replace(link, " launched" + " " * (len(link) - 9))
        .replace("## ", "   ")
    )
    assert view == expected
    assert markdown_view("2 * 3 = 6 and a_b") == "2 * 3 = 6 and a_b"


def test_markdown_post_reads_its_names(extractor):
    text = "*Posted 2025-11-26*\n\nAMCM chairman **Leong Pui San** said **11** banks applied."
    doc = extractor.extract(text)
    assert [(o.name, o.title, o.mentions[0].text) for o in doc.officials] == [
        ("Leong Pui San", "chairman", "Leong Pui San")
    ]


def test_subtitles_cue_numbers_and_timings_become_spaces_one_for_one():
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nThe bridge opened\n\n2\n"
        "00:00:03.100 --> 00:00:05.000 align:start\nin October 2018.\n"
    )
    shown = subtitle_view(text)
    assert len(shown) == len(text)
    assert shown.split() == ["The", "bridge", "opened", "in", "October", "2018."]
    # one cue follows the one before on the next line, so the sentence reads on
    assert [line.strip() for line in shown.splitlines()] == [
        "",
        "The bridge opened",
        "in October 2018.",
    ]
    # prose with an arrow in it is left alone
    assert subtitle_view("Shenzhen --> Hong Kong, 12:00") == "Shenzhen --> Hong Kong, 12:00"
