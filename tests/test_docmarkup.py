"""Wikitext and AsciiDoc read as their words, one character for one; a BibTeX, RIS or
EndNote library as one page per entry."""

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


LIBRARY = (
    "% Exported from a reference manager\n"
    "@comment{jabref-meta: databaseType:biblatex;}\n\n"
    "@online{zhanjiang_2026,\n"
    "  author  = {{Zhanjiang Daily}},\n"
    "  title   = {{Zhanjiang} Port Signs Deals with {Macao} Shippers},\n"
    "  date    = {2026-10-14},\n"
    "  urldate = {2026-11-20},\n"
    "  url     = {https://example.org/zhanjiang-port},\n"
    "  abstract = {Zhanjiang Port signed six agreements worth MOP\\$2.4 billion with Macao\n"
    "    shipping firms in Macao on Monday. Container traffic rose 8.1\\% in the\n"
    "    first nine months.},\n"
    "}\n\n"
    "@inproceedings{ho_2026,\n"
    '  author     = "Ho, Ka Wai",\n'
    "  title      = {Ports of the western {Pearl River Delta}},\n"
    "  booktitle  = {Proceedings of the Port Economics Seminar},\n"
    "  eventtitle = {Port Economics Seminar},\n"
    "  venue      = {Zhanjiang},\n"
    "  eventdate  = {2026-11-05/2026-11-06},\n"
    "  number     = {2026-07},\n"
    "  year       = 2026,\n"
    "  note       = {Second edition, revised} # { and enlarged},\n"
    "}\n"
)


def test_bibtex_library_reads_as_one_page_per_entry():
    shown, where, entries = docmarkup.bibtex_text(LIBRARY)
    assert entries == 2
    # the title, then the date, then the other shown fields in order; the key, the access
    # date, the URL, the report's number and what stands between entries show nothing
    assert shown == (
        "Zhanjiang Port Signs Deals with Macao Shippers\n2026-10-14\nZhanjiang Daily\n"
        "Zhanjiang Port signed six agreements worth MOP$2.4 billion with Macao shipping firms"
        " in Macao on Monday. Container traffic rose 8.1% in the first nine months.\n\n"
        "Ports of the western Pearl River Delta\n2026\nHo, Ka Wai\n"
        "Proceedings of the Port Economics Seminar\n"
        "Port Economics Seminar, Zhanjiang, 2026-11-05 to 2026-11-06\n"
        "Second edition, revised and enlarged\n\n"
    )
    # every shown character comes from its place: an escaped sign from its escape
    at = shown.index("8.1%")
    assert LIBRARY[slice(*where.span(at, at + 4))] == "8.1\\%"
    at = shown.index("MOP$2.4")
    assert LIBRARY[slice(*where.span(at, at + 7))] == "MOP\\$2.4"


def test_bibtex_dashes_ties_and_commands_read_as_text():
    text = "@article{k,\n  title = {Hengqin~and \\emph{Macao}: 28--29 October 2026},\n}\n"
    shown, where, entries = docmarkup.bibtex_text(text)
    assert (shown, entries) == ("Hengqin and Macao: 28\u201329 October 2026\n\n", 1)
    at = shown.index("\u2013")
    assert text[slice(*where.span(at, at + 1))] == "--"


@pytest.mark.parametrize(
    "text",
    [
        "Contact us at desk@example.org{Macao}, or call.",
        "@string{hk = {Hong Kong}}\n",
        "Follow @CoopNews{ for updates",
        # a post that ends with its citation's entry is read as a post
        "Zhuhai and Macao met on Monday.\n\nCite as:\n@article{k,\n  title = {Talks},\n}\n",
    ],
)
def test_only_bibtex_entries_are_read_as_a_library(text):
    assert not docmarkup.looks_like_bibtex(text)


def test_library_entries_dated_each_by_its_own_date(extractor):
    doc = extractor.extract(LIBRARY)
    # a library has no date of its own; an entry's "on Monday" is the Monday before its
    # date, and its title ("... Signs Deals ...") reports what its abstract does; a
    # paper's event is on its days
    assert doc.publication_date is None
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("signing", "2026-10-12", None),
        ("conference", "2026-11-05", "2026-11-06"),
    ]
    assert [(f.kind, f.value, f.currency, f.text) for f in doc.figures] == [
        ("agreement_count", 6.0, None, "six agreements"),
        ("money", 2_400_000_000.0, "MOP", "MOP\\$2.4 billion"),
        ("percentage", 8.1, None, "8.1\\%"),
    ]
    assert [w.split(":")[0] for w in doc.warnings] == [
        "read as a reference library (BibTeX, RIS or EndNote)"
    ]


def test_single_bibtex_entry_is_dated_by_its_date(extractor):
    entry = LIBRARY[LIBRARY.index("@online") : LIBRARY.index("@inproceedings")]
    doc = extractor.extract(entry)
    assert doc.publication_date == "2026-10-14"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-10-12")]


def test_bibtex_lines_between_entries_stay_but_comments():
    text = (
        "% exported 2026-11-20\n@string{hk = {Hong Kong}}\n@misc{a,\n  title = {Talks},\n}\n"
        "Reading list compiled by the research desk.\n"
    )
    shown, where, entries = docmarkup.bibtex_text(text)
    assert (shown, entries) == ("Talks\n\nReading list compiled by the research desk.\n", 1)
    at = shown.index("Reading")
    assert where.span(at, at + 7)[0] == text.index("Reading")


RIS = (
    "TY  - NEWS\nTI  - Zhaoqing and Macao sign tourism pact\nAU  - Ho, Man Kei\n"
    "T2  - Macau Business\nDA  - 2026/11/05/\nAB  - The two cities signed a tourism\n"
    "  cooperation agreement in Macao on Tuesday, with 12 travel agencies.\n"
    "UR  - https://example.org/zhaoqing\nY2  - 2026/11/20/\nKW  - tourism\nER  - \n\n"
    "TY  - CPAPER\nTI  - Ports and parks\nT2  - Western Guangdong Logistics Forum\n"
    "CY  - Zhanjiang\nDA  - 2026/10/15/\nN1  - Nine cooperation projects were signed at the "
    "forum.\nER  - \n"
)


def test_ris_records_read_as_pages_like_bibtex_entries():
    shown, where, entries = docmarkup.ris_text(RIS)
    assert entries == 2
    # the title, the date in ISO, then the rest; the URL, access date and keywords show
    # nothing; a conference paper's event is one line; a wrapped abstract runs on
    assert shown == (
        "Zhaoqing and Macao sign tourism pact\n2026-11-05\nHo, Man Kei\nMacau Business\n"
        "The two cities signed a tourism cooperation agreement in Macao on Tuesday, with 12"
        " travel agencies.\n\n"
        "Ports and parks\n2026-10-15\nWestern Guangdong Logistics Forum, Zhanjiang, 2026-10-15\n"
        "Nine cooperation projects were signed at the forum.\n\n"
    )
    at = shown.index("2026-11-05")
    assert RIS[slice(*where.span(at, at + 10))] == "2026/11/05"
    assert docmarkup.looks_like_ris(RIS) and not docmarkup.looks_like_ris("TY is a tag.\n")


def test_ris_library_extracted_entry_by_entry(extractor):
    doc = extractor.extract(RIS)
    assert doc.publication_date is None
    assert [(e.type, e.date) for e in doc.events] == [
        ("signing", "2026-11-03"),
        ("conference", "2026-10-15"),
        ("signing", "2026-10-15"),
    ]
    assert [(f.kind, f.value, f.text) for f in doc.figures] == [
        ("agreement_count", 9.0, "Nine cooperation projects")
    ]


REFER = (
    "%0 Newspaper Article\n%T Yichun and Macao open a tea trail\n%A Lei, Ka Man\n"
    "%B Pearl Delta Courier\n%D 2026\n%8 October 14\n%P A4\n%X Yichun signed three tea\n"
    "supply contracts with Macao shops on Monday.\n%U https://example.org/yichun\n"
    "%[ November 2, 2026\n%K tea; Macao\n\n"
    "%0 Conference Paper\n%T Berths shared\n%B Bohai Rim Port Summit\n%C Dalian\n"
    "%D 2026\n%8 September 9-10\n%Z Four port deals were signed at the summit.\n"
)


def test_refer_records_read_as_pages_like_ris_records():
    shown, where, entries = docmarkup.refer_text(REFER)
    assert entries == 2
    # the title, EndNote's day with its year after it, then the rest; the access date, URL,
    # pages and keywords show nothing; a conference paper's event is one line; a wrapped
    # abstract runs on
    assert shown == (
        "Yichun and Macao open a tea trail\nOctober 14, 2026\nLei, Ka Man\n"
        "Pearl Delta Courier\nYichun signed three tea supply contracts with Macao shops on "
        "Monday.\n\n"
        "Berths shared\nSeptember 9-10, 2026\nBohai Rim Port Summit, Dalian, September 9-10, "
        "2026\nFour port deals were signed at the summit.\n\n"
    )
    at = shown.index("October 14")
    assert REFER[slice(*where.span(at, at + 10))] == "October 14"
    assert docmarkup.looks_like_refer(REFER)
    # (a text that opens with a percentage or a TeX comment is no export)
    assert not docmarkup.looks_like_refer("%5 of firms\n%T is a tag\nsaid the survey.\n")
    assert not docmarkup.looks_like_refer("% a comment\n\\section{Trade}\n")


def test_refer_export_dated_by_its_day_and_year(extractor):
    doc = extractor.extract(REFER.split("\n\n")[0] + "\n")
    # "%D 2026" and "%8 October 14" date the record, and its "Monday"
    assert doc.publication_date == "2026-10-14"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-10-12")]
    assert [(f.kind, f.value, f.text) for f in doc.figures] == [
        ("agreement_count", 3.0, "three tea\nsupply contracts")
    ]
    assert [w.split(":")[0] for w in doc.warnings] == [
        "read as a reference entry (BibTeX, RIS or EndNote)"
    ]
    library = extractor.extract(REFER)
    assert [(e.type, e.date, e.end_date) for e in library.events] == [
        ("signing", "2026-10-12", None),
        ("conference", "2026-09-09", "2026-09-10"),
        ("signing", "2026-09-09", "2026-09-10"),
    ]


SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
    'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n'
    "<url>\n<loc>https://news.example.cn/2026/11/20/a.htm</loc>\n<news:news>\n"
    "<news:publication><news:name>Weihai Daily</news:name><news:language>en"
    "</news:language></news:publication>\n"
    "<news:publication_date>2026-11-20T09:00:00+08:00</news:publication_date>\n"
    "<news:title>Weihai and Macao sign seafood deal</news:title>\n"
    "<news:keywords>Weihai, Macao, seafood</news:keywords>\n</news:news>\n"
    "<image:image><image:caption>Officials watch the signing in Macao on Wednesday."
    "</image:caption></image:image>\n</url>\n"
    "<url>\n<loc>https://news.example.cn/2026/11/12/b.htm</loc>\n<news:news>\n"
    "<news:publication><news:name>Weihai Daily</news:name><news:language>en"
    "</news:language></news:publication>\n"
    "<news:publication_date>2026-11-12T17:00:00+08:00</news:publication_date>\n"
    "<news:title>Macao bureau opens desk in Weihai</news:title>\n</news:news>\n"
    "<image:image><image:caption>The desk opened at the port on Tuesday.</image:caption>"
    "</image:image>\n</url>\n<changefreq>daily</changefreq>\n</urlset>\n"
)


def test_news_sitemap_read_as_one_page_per_link():
    shown, where, links = docmarkup.sitemap_text(SITEMAP)
    # each link's title, its day, its captions; the link, the masthead, keywords and crawl
    # hints show nothing
    assert (shown, links) == (
        "Weihai and Macao sign seafood deal\n2026-11-20\nOfficials watch the signing in "
        "Macao on Wednesday.\n\nMacao bureau opens desk in Weihai\n2026-11-12\nThe desk "
        "opened at the port on Tuesday.\n\n",
        2,
    )
    at = shown.index("2026-11-12")
    assert SITEMAP[slice(*where.span(at, at + 10))] == "2026-11-12"
    assert docmarkup.looks_like_sitemap(SITEMAP)
    assert not docmarkup.looks_like_sitemap("<html><body><p>urlset</p></body></html>")


def test_sitemap_value_entities_and_cdata_decoded():
    text = (
        "<urlset><url><news:news><news:title><![CDATA[Huzhou & Macao]]> sign &amp; agree"
        "</news:title><news:publication_date>2026-11-02</news:publication_date></news:news>"
        "</url></urlset>"
    )
    shown, where, links = docmarkup.sitemap_text(text)
    assert (shown, links) == ("Huzhou & Macao sign & agree\n2026-11-02\n\n", 1)
    at = shown.index("& agree")
    assert text[slice(*where.span(at, at + 1))] == "&amp;"


def test_news_sitemap_items_dated_each_by_its_own_day(extractor):
    doc = extractor.extract(SITEMAP)
    # a list of links has no date of its own; each item's title (under its day) lends no
    # day, its caption's weekday is read against the item's day
    assert doc.publication_date is None
    assert [(e.type, e.date) for e in doc.events] == [
        ("signing", "2026-11-18"),
        ("launch", "2026-11-10"),
    ]
    assert doc.warnings[-1].startswith("read as a sitemap")


FORUM_POST = (
    "Re: Baoding buyers in Macao\nPost by tradewatch » Tue Nov 24, 2026 9:41 am\n\n"
    '[quote="harbour_trader" post_id=8821]Is the group still coming?[/quote]\n\n'
    "[list]\n[*]On the 17th, a matchmaking session at the "
    "[url=https://example.org/ma]Macao Metals Association[/url] ended with "
    "[color=#C00000]6 supply contracts[/color] signed on the spot.\n[/list]\n"
    "[img]https://example.org/photo.jpg[/img]\n"
)


def test_bbcode_read_as_its_words_one_for_one():
    shown = docmarkup.bbcode_view(FORUM_POST)
    assert len(shown) == len(FORUM_POST)
    # a link shows its label, a list item its bullet; quotes, colours and an image's
    # address are spaces
    assert " Is the group still coming? " in shown
    assert "-  On the 17th, a matchmaking session at the " in shown
    assert " Macao Metals Association " in shown and "example.org" not in shown
    assert " 6 supply contracts " in shown and "[" not in shown


def test_bbcode_post_gives_the_session_and_its_signing(extractor):
    doc = extractor.extract(FORUM_POST)
    assert doc.publication_date == "2026-11-24"
    # the day opening the sentence dates the gathering that is its subject, and the
    # contracts signed there
    assert [(e.type, e.date) for e in doc.events] == [
        ("conference", "2026-11-17"),
        ("signing", "2026-11-17"),
    ]
    assert [i.name for i in doc.institutions] == ["Macao Metals Association"]


def test_bracketed_text_without_two_closing_tags_is_no_bbcode():
    text = "The [b] key and the [url] field are placeholders."
    assert docmarkup.bbcode_view(text) == text


# a Redmine wiki page in Textile (original text)
TEXTILE_PAGE = (
    "h1. Jiaxing–Macao Silk Route\n\n{{toc}}\n\n"
    "p(note). Last updated by Ada Fong on 2026-11-18.\n\n"
    "h2. Milestones\n\n"
    "|_. Item |_. Figure |\n| Trade growth | 9.4% |\n\n"
    '# 6 Oct 2026 – *framework agreement* signed with the "Macao Textile Guild":'
    "https://guild.example.org\n"
    "# Q2 2027 – bonded silk depot at Jiaxing Port to open\n\n"
    "bq. _Quality first._ -- a guild member\n"
)


def test_textile_marks_become_spaces_one_for_one():
    shown = docmarkup.textile_view(TEXTILE_PAGE)
    assert len(shown) == len(TEXTILE_PAGE)
    # block signatures, header cells, macros and emphasis go; a numbered item is a bullet;
    # a link shows its label
    assert shown.startswith("    Jiaxing–Macao Silk Route\n\n       \n\n         Last updated")
    assert "|   Item |   Figure |" in shown
    assert "- 6 Oct 2026 –  framework agreement  signed with the  Macao Textile Guild " in shown
    assert "example.org" not in shown and "_" not in shown and "{" not in shown


def test_djot_marks_become_spaces_and_deletions_go():
    text = (
        "Led by Vice Mayor {_Wen Hao_}, exports grew {=8.5%=} in January{-–June-}–October; "
        "{+new+} {*strong*} x{^2^} H{~2~}O. A set {1, 2} stays.\n"
    )
    shown = docmarkup.djot_view(text)
    assert len(shown) == len(text)
    assert "Vice Mayor   Wen Hao  , exports grew   8.5%   in January" in shown
    assert "–June" not in shown and "January" + " " * 9 + "–October" in shown
    assert "  new     strong  " in shown and "{1, 2}" in shown
    assert docmarkup.djot_view("No marks {here}.") == "No marks {here}."


def test_djot_brief_extraction(extractor):
    doc = extractor.extract(
        "Updated 24 November 2026\n\nLed by Vice Mayor {_Wen Hao_}, Yibin's exports to "
        "Macao grew {=8.5%=} this year. On 2 December the growers will hold a tasting for "
        "Macao buyers."
    )
    assert [(o.name, o.title) for o in doc.officials] == [("Wen Hao", "Vice Mayor")]
    assert [(f.kind, f.value) for f in doc.figures] == [("percentage", 8.5)]
    assert [(e.type, e.date) for e in doc.events] == [("conference", "2026-12-02")]


def test_textile_page_dated_by_its_stamp_and_its_timeline(extractor):
    doc = extractor.extract(TEXTILE_PAGE)
    assert doc.publication_date == "2026-11-18"
    # a timeline's entry after its day and a dash is its happening, "to open" a plan
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-10-06"), ("launch", "2027")]
    assert [f.value for f in doc.figures if f.kind == "percentage"] == [9.4]


@pytest.mark.parametrize(
    "text",
    [
        # one signature alone; a sentence opening "p." or "h1." as prose; no heading
        "h1. Notes\nThe two sides met.",
        "p. 12 of the report says the sides met.\nbq. a quote",
        "fn1. See the annex.\np. More text.",
    ],
)
def test_only_textile_pages_are_read_so(text):
    assert docmarkup.textile_view(text) == text


def test_gemtext_link_lines_show_their_labels():
    page = (
        "# Lishui at the fair\n=> gemini://example.org/ Home\n\nPosted 2026-11-22\n\n"
        "=> /gemlog/zhuhai.gmi Zhuhai and the bridge buses\n"
    )
    shown = docmarkup.gemtext_view(page)
    assert len(shown) == len(page)
    assert "gemini" not in shown and "=>" not in shown
    assert shown.splitlines()[1].strip() == "Home"
    assert shown.splitlines()[-1].strip() == "Zhuhai and the bridge buses"
    # no link line, no change
    assert docmarkup.gemtext_view("a => b\n") == "a => b\n"


VAULT_NOTE = (
    "# Neijiang mission\n\n"
    "> [!info] Summary\n> [[Neijiang]] sent a delegation to [[Hong Kong]], led by Vice Mayor "
    "[[Tang Wei]].\n\n"
    "- [ ] ask the [[Hong Kong Trade Development Council|HKTDC]] for figures 📅 2026-12-10\n"
    "![[photo.jpg]]\n"
)


def test_vault_note_links_show_their_pages_one_for_one():
    shown = docmarkup.note_view(VAULT_NOTE)
    assert len(shown) == len(VAULT_NOTE)
    # a link shows its page (an alias aside), an embed, a callout's kind, a task's box and
    # its due date are spaces
    assert " ".join(shown.split()) == (
        "# Neijiang mission > Summary > Neijiang sent a delegation to Hong Kong , led by Vice "
        "Mayor Tang Wei . - ask the Hong Kong Trade Development Council for figures"
    )
    # a wiki page's source is left to the wikitext view
    wiki = "'''Neijiang''' is in [[Sichuan]].{{cn}}"
    assert docmarkup.note_view(wiki) == wiki


MARP_DECK = (
    "---\nmarp: true\ntheme: gaia\n"
    'footer: "Yulin Municipal Bureau of Commerce · Macao roadshow · 19 November 2026"\n---\n\n'
    "<!-- _class: lead -->\n# Yulin herbs\n\nPresented by **Fang Li**, Director, Yulin "
    "Municipal Bureau of Commerce\n\n<!-- thank IPIM for hosting -->\n\n---\n\n"
    "## Signed today\n\n- Two herb supply agreements, MOP 90 million\n\n"
    "![bg right:40%](img/herbs.jpg)\n"
)


def test_marp_deck_read_without_its_settings_one_for_one(extractor):
    shown = docmarkup.marp_view(MARP_DECK)
    assert len(shown) == len(MARP_DECK)
    # settings, directives and a slide's background image go; the footer's words and a
    # speaker's note stay
    assert "gaia" not in shown and "_class" not in shown and "40%" not in shown
    assert "Yulin Municipal Bureau of Commerce · Macao roadshow · 19 November 2026" in shown
    assert " thank IPIM for hosting " in shown
    doc = extractor.extract(MARP_DECK)
    assert doc.publication_date == "2026-11-19"
    assert [(o.name, o.title) for o in doc.officials] == [("Fang Li", "Director")]
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-19")]
    # a deck without "marp: true" is Markdown's alone
    plain = "---\ntitle: Notes\n---\n\n![bg](x.jpg)\n"
    assert docmarkup.marp_view(plain) == plain


# A news database's export of one story (original, as Factiva gives it): fields led by
# their codes, the database's index fields after the text
FACTIVA = (
    "HD Lincang tea sells in Macao\nBY Ivy Lo\nWC 120 words\nPD 3 December 2026\n"
    "SN Macau Post Daily\nSC MPDAIL\nLA English\nCY (c) 2026 Macau Post Daily Ltd.\nLP\n"
    "Lincang signed 3 supply agreements in Macao on Tuesday.\nTD\nExports rose 9.9%.\n"
    "CO lcgtea : Lincang Tea Group Ltd\nNS c31 : Marketing\nRE macau : Macau\n"
    "AN Document MPDAIL0020261203ekc30001\n"
)
# A news database's document (original, as LexisNexis gives it): its index lines after the
# text, with relevance scores and the day it was loaded
LEXIS = (
    "Lincang tea sells in Macao\n\nMacau Post Daily\nDecember 3, 2026 Thursday\n\n"
    "Section: BUSINESS; Pg. 2\nLength: 120 words\nByline: Ivy Lo\n\nBody\n\n"
    "Lincang signed 3 supply agreements in Macao on Tuesday. Exports rose 9.9%.\n\n"
    "Classification\n\nLanguage: ENGLISH\n\nSubject: TRADE (90%); TEA (71%)\n\n"
    "Load-Date: December 4, 2026\n\nEnd of Document\n"
)


@pytest.mark.parametrize(
    ("view", "text", "kept", "gone"),
    [
        (docmarkup.factiva_view, FACTIVA, ["Lincang tea sells", "3 December 2026", "9.9%"],
         ["HD ", "PD ", "WC", "MPDAIL", "lcgtea", "(c) 2026"]),
        (docmarkup.lexis_view, LEXIS, ["December 3, 2026 Thursday", "Byline: Ivy Lo", "9.9%"],
         ["Length:", "90%", "Load-Date", "End of Document", "Body"]),
    ],
)  # fmt: skip
def test_news_database_fields_become_spaces_one_for_one(view, text, kept, gone):
    shown = view(text)
    assert len(shown) == len(text)
    assert all(k in shown for k in kept)
    assert not any(g in shown for g in gone)


@pytest.mark.parametrize("text", [FACTIVA, LEXIS])
def test_news_database_story_extraction(extractor, text):
    doc = extractor.extract(text)
    assert doc.publication_date == "2026-12-03"
    assert [(f.kind, f.value) for f in doc.figures] == [
        ("agreement_count", 3.0),
        ("percentage", 9.9),
    ]
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-12-01")]


def test_lexis_view_blanks_labelled_fields_only():
    # (a story's line that opens with a field's word, and no colon, is the story's)
    text = LEXIS.replace("Lincang signed", "City officials said Lincang signed")
    shown = docmarkup.lexis_view(text)
    assert "City officials said Lincang signed 3 supply agreements" in shown
    assert "Subject:" not in shown and "Classification" not in shown
