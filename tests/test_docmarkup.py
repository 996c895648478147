"""Wikitext and AsciiDoc read as their words, one character for one."""

import pytest

from coop_extract import docmarkup

# fmt: off
WIKI = [
    # a link shows its label, or its target; bold quotes and heading marks go
    ("'''Zhuhai''' is linked to [[Macau|Macao]] by the [[Hong Kong–Zhuhai–Macau Bridge]].{{cn}}",
     "Zhuhai is linked to Macao by the Hong Kong–Zhuhai–Macau Bridge ."),
    # templates (nested too), references and categories are no words of the text
    ("== 2026 ==\nTalks began.<ref name=\"a\">{{cite news |title=Talks {{!}} begin}}</ref>"
     " Signed.<ref name=\"a\" />\n[[Category:Zhuhai]]",
     "2026\nTalks began. Signed.\n"),
    # an external link shows its label
    ("See [[Nansha]] and [https://example.org/release the release] {{reflist}}.",
     "See Nansha and the release ."),
]
ADOC = [
    # the title's and sections' marks, attribute entries and constrained bold go
    ("= Mission report\n:toc: left\n\n== Summary\n\nLed by *Ho Chun-yip* on 16 November.",
     "Mission report\n\nSummary\n\nLed by Ho Chun-yip on 16 November."),
    # a table's rules and cell marks; a link's and a footnote's text stay
    ("= Report\n\n[cols=\"1,3\"]\n|===\n|16 Nov |Meeting with the Mayor\n|===\n"
     "See link:https://example.org/mou.pdf[the text].footnote:[Dates to be confirmed.]",
     "Report\n\n16 Nov Meeting with the Mayor\nSee the text . Dates to be confirmed."),
]
# fmt: on


@pytest.mark.parametrize(("text", "words"), WIKI)
def test_wikitext_marks_become_spaces_one_for_one(text, words):
    shown = docmarkup.wikitext_view(text)
    assert len(shown) == len(text)
    assert " ".join(shown.split()) == " ".join(words.split())


@pytest.mark.parametrize(("text", "words"), ADOC)
def test_asciidoc_marks_become_spaces_one_for_one(text, words):
    shown = docmarkup.asciidoc_view(text)
    assert len(shown) == len(text)
    assert " ".join(shown.split()) == " ".join(words.split())


@pytest.mark.parametrize(
    "text",
    [
        # a Markdown page, prose with a bracket, a heading-like line with no attributes
        "# Notes\n\n**Zhuhai** and [Macao](https://example.org) signed.",
        "The list [[1]] shows two items.",
        "= not a title\nThe two sides met.",
    ],
)
def test_only_wiki_and_asciidoc_sources_are_read_so(text):
    assert docmarkup.wikitext_view(text) == text
    assert docmarkup.asciidoc_view(text) == text


def test_wiki_page_with_no_date_reads_days_in_the_year_told(extractor):
    text = (
        "{{Infobox bilateral relations\n| party1 = [[Wuzhou]]\n}}\n"
        "'''Wuzhou–Macau relations''' link [[Wuzhou]] and [[Macau]].\n\n== 2026 ==\n"
        "On 10 November 2026 a Wuzhou delegation led by Mayor Liang Qiming arrived in "
        '[[Macau]] for a visit.<ref name="gx" /> At an investment fair on 11 November, '
        "nine cooperation agreements worth '''MOP 1.2 billion''' were signed.<ref>{{cite web "
        "|title=Mission |date=13 November 2026}}</ref>\n"
    )
    doc = extractor.extract(text)
    assert doc.publication_date is None
    assert [(e.type, e.date) for e in doc.events] == [
        ("visit", "2026-11-10"),
        ("conference", "2026-11-11"),
        ("signing", "2026-11-11"),
    ]
    assert [(f.kind, f.value, f.currency, f.text) for f in doc.figures] == [
        ("agreement_count", 9.0, None, "nine cooperation agreements"),
        ("money", 1_200_000_000.0, "MOP", "MOP 1.2 billion"),
    ]
    for f in doc.figures:
        assert text[f.start : f.end] == f.text


def test_asciidoc_report_read_with_its_revision_date_and_programme(extractor):
    text = (
        "= Zhaoqing Mission Report\nTrade Association <desk@example.org>\n"
        'v2.0, 2026-11-21: Final\n:toc: left\n\n== Programme\n\n[cols="1,3"]\n|===\n'
        "|16 Nov\n|Meeting with Zhaoqing Party Secretary Zhou Wei\n\n"
        "|17 Nov\n|Zhaoqing-Macao Furniture Investment Conference; 11 projects signed\n|===\n"
    )
    doc = extractor.extract(text)
    assert doc.publication_date == "2026-11-21"
    # (the mission's programme of days is the mission, over them)
    assert [(e.type, e.date) for e in doc.events] == [
        ("visit", "2026-11-16"),
        ("meeting", "2026-11-16"),
        ("conference", "2026-11-17"),
        ("signing", "2026-11-17"),
    ]
    assert [(o.name, o.title) for o in doc.officials] == [("Zhou Wei", "Party Secretary")]
