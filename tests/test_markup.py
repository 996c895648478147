"""Scraped HTML, Markdown, subtitles, calendars and hard-wrapped text read as the text
they show, offsets kept in the input."""

import re

import pytest

from coop_extract import markup

PAGE = (
    '<div class="title">Zhuhai &amp; Macau sign port pact</div>\n'
    '<span class="date">2025-11-25 10:42</span>\n'
    "<p>ZHUHAI, Nov. 25 &mdash; Zhuhai&#8217;s port authority and Macau signed a pact on "
    "Monday.</p>\n<!-- ad --><script>var x = '<p>';</script>"
)


def test_markup_shown_text_maps_every_character_back():
    shown, where = markup.shown_text(PAGE)
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
    assert markup.looks_like_markup(text) is expected


def test_markup_page_records_quote_the_input(extractor):
    doc = extractor.extract(PAGE)
    assert doc.publication_date == "2025-11-25"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2025-11-24")]
    for entity in (*doc.cities, *doc.institutions, *doc.officials):
        for m in entity.mentions:
            assert PAGE[m.start : m.end] == m.text
    assert any("read as HTML" in w for w in doc.warnings)


# a scraped text whose tags were stripped but whose entities stayed
ENTITIES = (
    "Guangxi &amp; Macao sign 12 deals\nPosted on&nbsp;3 March 2027\n\nThe region&#8217;s "
    "exports to Portuguese-speaking countries rose 8.4&#37; to US&#36;2.2 billion, the "
    "Nanning commerce bureau said on Monday."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ENTITIES, True),
        ("AT&T and R&D spending rose; P&G did too.", False),  # ampersands, no entities
        ("Tom &amp; Jerry", False),  # one entity alone
    ],
)
def test_entities_are_told_from_prose(text, expected):
    assert markup.has_entities(text) is expected


def test_entity_text_records_quote_the_input(extractor):
    doc = extractor.extract(ENTITIES)
    assert doc.publication_date == "2027-03-03"
    assert [(f.kind, f.value, f.currency, f.text) for f in doc.figures] == [
        ("agreement_count", 12.0, None, "12 deals"),
        ("percentage", 8.4, None, "8.4&#37;"),
        ("money", 2_200_000_000.0, "USD", "US&#36;2.2 billion"),
    ]
    assert [c.name for c in doc.cities] == ["Guangxi", "Macau", "Nanning"]
    assert any("HTML entities decoded" in w for w in doc.warnings)


# UTF-8 read as Windows-1252 by a scraper (a closing quote's third byte lost)
MOJIBAKE = (
    "ZHUHAI, March 2, 2026 (Reuters) \u00e2\u20ac\u201c Zhuhai\u00e2\u20ac\u2122s port and "
    "Macao\u00e2\u20ac\u2122s airport signed a pact on Monday. \u00e2\u20ac\u0153It is a "
    "start,\u00e2\u20ac\ufffd said Jo\u00c3\u00a3o Leal of the port."
)


def test_mojibake_mended_one_sequence_at_a_time():
    shown, where = markup.mojibake_text(MOJIBAKE)
    assert shown == (
        "ZHUHAI, March 2, 2026 (Reuters) \u2013 Zhuhai\u2019s port and Macao\u2019s airport signed "
        "a pact on Monday. \u201cIt is a start,\ufffd said Jo\u00e3o Leal of the port."
    )
    k = shown.index("\u2019s port")
    assert MOJIBAKE[slice(*where.span(k, k + 1))] == "\u00e2\u20ac\u2122"


@pytest.mark.parametrize(
    "text",
    ["S\u00e3o Paulo and Jo\u00e3o Leal", "Caf\u00e9 \u2013 \u201cquoted\u201d", "Prices rose 5%."],
)
def test_mojibake_not_found_in_clean_text(text):
    assert markup.mojibake_text(text) is None


def test_mojibake_text_records_quote_the_input(extractor):
    doc = extractor.extract(MOJIBAKE)
    assert doc.publication_date == "2026-03-02"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-03-02")]
    assert [c.name for c in doc.cities] == ["Zhuhai", "Macau"]
    for city in doc.cities:
        for m in city.mentions:
            assert MOJIBAKE[m.start : m.end] == m.text
    assert any("Windows-1252" in w for w in doc.warnings)


def test_markdown_marks_become_spaces_one_for_one():
    text = "AMCM chairman **Leong Pui San** [launched](https://example.com/a) it.\n## Next"
    view = markup.markdown_view(text)
    assert len(view) == len(text)
    link = "[launched](https://example.com/a)"
    expected = (
        text.replace("**", "  ")
        .replace(link, " launched" + " " * (len(link) - 9))
        .replace("## ", "   ")
    )
    assert view == expected
    assert markup.markdown_view("2 * 3 = 6 and a_b") == "2 * 3 = 6 and a_b"


def _one_for_one(view_of, text: str, shown: list[str], hidden: list[str]) -> None:
    """A view keeps the text's length, shows ``shown`` and none of ``hidden``."""
    view = view_of(text)
    assert len(view) == len(text)
    assert [s for s in shown if s not in view] == []
    assert [h for h in hidden if h in view] == []


def test_markdown_shortcode_shows_only_its_caption(extractor):
    text = (
        "# Chamber mission to Jiangmen\n\nPosted 2026-12-01\n\n"
        '{{< figure src="/img/2026/jiangmen-visit.jpg" caption="Members in Jiangmen" >}}\n\n'
        '*Related:* [Last year in Foshan]({{< ref "posts/2025-foshan-trip.md" >}})\n'
    )
    _one_for_one(
        markup.markdown_view,
        text,
        shown=["Members in Jiangmen", "Last year in Foshan"],
        hidden=["jiangmen-visit", "posts/"],
    )
    doc = extractor.extract(text)
    assert doc.events == []  # (the file's name tells of no visit)
    assert [c.name for c in doc.cities] == ["Jiangmen", "Foshan"]


def test_task_boxes_and_latex_marks_become_spaces_one_for_one(extractor):
    tasks = "## Before departure\n- [x] Book flights\n[ ] Print badges\n"
    assert (
        markup.markdown_view(tasks) == "   Before departure\n-     Book flights\n    Print badges\n"
    )
    tex = (
        "\\documentclass{article}\n\\title{Labs}\n\\date{3 May 2026}\n\\begin{document}\n"
        "Funding reached HK\\$2.4~billion, 31.5\\% of the total \\citep{lee2025}.\n"
        "\\end{document}\n"
    )
    _one_for_one(
        markup.latex_view, tex, shown=["HK $2.4 billion, 31.5 % of the total"], hidden=["lee2025"]
    )
    doc = extractor.extract(tex)
    assert doc.publication_date == "2026-05-03"
    assert [(f.kind, f.value, f.currency) for f in doc.figures] == [
        ("money", 2400000000.0, "HKD"),
        ("percentage", 31.5, None),
    ]


def test_draft_edits_accepted_one_for_one():
    text = (
        "The centre {--on Tuesday--}{++on Monday++} opened; {~~five~>six~~} deals were "
        "signed. {>>Check the day -- LW<<} {==Hengqin==}"
    )
    _one_for_one(
        markup.critic_view,
        text,
        shown=["on Monday", "six", "Hengqin"],
        hidden=["Tuesday", "five", "Check", "{", "}", "~"],
    )
    assert markup.critic_view("a {b} c -- d") == "a {b} c -- d"


def test_wrapped_text_keeps_comment_and_heading_lines_apart():
    # a data file's comment lines over its records, wrapped in its summaries
    text = (
        "# Business calendar of the association (shown on the site's events page)\n"
        "# last_updated: 2026-11-20 by the secretariat\n\n"
        "- title: Youth Innovation Forum\n"
        "  summary: >\n"
        "    Two days of pitches and matchmaking for Macao start-ups, with about 40 teams\n"
        "    expected. The organisers plan to sign six incubation agreements with Macao\n"
        "    teams on the first day, and the members who come will be met at the port by\n"
        "    the staff of the association, who will take them to the forum by coach too.\n"
    )
    shown = markup.unwrapped_text(text)[0]
    assert "events page)\n# last_updated" in shown
    assert "about 40 teams expected." in shown


def test_wrapped_text_keeps_timed_entries_apart():
    prose = (
        "Thank you for your note about the delegation. We have now arranged the visits\n"
        "and the meetings that your colleagues asked for during the call last week and\n"
        "we look forward to welcoming the group. The hotel is close to the venue and we\n"
        "will send the list of rooms with the final programme early next week as well.\n"
    )
    text = (
        prose + "\n2 December (Wednesday)\n"
        "  09:30  Briefing at the Foshan Municipal Bureau of Commerce and its trade office\n"
        "  14:00  Visit to the Foshan Industrial Design Park\n"
    )
    shown = markup.unwrapped_text(text)[0]
    assert "trade office\n  14:00  Visit" in shown
    assert "arranged the visits and the meetings" in shown


def test_wrapped_text_keeps_a_cells_detail_lines_apart():
    # a row's next line indented to its last cell is a detail of its own when its first word
    # would have fitted the cell's line; an entry under the cell may still go on
    text = (
        "Subject: Trip plan\n\n"
        "10:00 AM   MEETING  Travel Industry Council of Hong Kong (TIC)\n"
        "           Wing On Plaza, Tsim Sha Tsui\n"
        "2:30 PM    ACTIVITY  Cultural Tourism Promotion Conference\n"
        "           Hong Kong Convention and Exhibition Centre, Room S421\n"
        "           Notes: Vice Mayor Ma Jianhua gives the keynote. Signing of 6 agreements\n"
        "           with Hong Kong travel agencies at 4:00 PM.\n"
    )
    shown = markup.unwrapped_text(text)[0]
    assert "Promotion Conference\n           Hong Kong Convention" in shown
    assert "(TIC)\n           Wing On Plaza" in shown
    assert "Signing of 6 agreements with Hong Kong travel agencies" in shown


def test_wrapped_text_row_over_a_line_of_spaces():
    # a row whose next line holds only spaces, as far in as the row's last cell: no word
    # goes on there, and the rows stay as they are
    text = (
        "Programme for the delegation from Chengdu, as agreed with the host office on Monday\n"
        "Mon 9 Nov    Chengdu     Meeting with the Municipal Bureau of Commerce (Director\n"
        "                         \n"
        "Tue 10 Nov   Chongqing   Visit to the Liangjiang New Area and its logistics hub\n"
        "Wed 11 Nov   Chongqing   Signing of three agreements with the port authority\n"
        "Thu 12 Nov   Hong Kong   Return flight in the evening, after a final briefing\n"
    )
    unwrapped = markup.unwrapped_text(text)
    shown = text if unwrapped is None else unwrapped[0]
    assert "Mon 9 Nov    Chengdu     Meeting with the Municipal Bureau of Commerce" in shown
    assert "Wed 11 Nov   Chongqing   Signing of three agreements" in shown


def test_svg_text_runs_read_as_lines_and_columns():
    # an SVG text's runs: a column's gap where a run moves across, a space where it moves
    # down (the same paragraph wrapped) or is set apart, nothing where it does not move
    page = (
        '<svg xmlns="http://www.w3.org/2000/svg"><text y="90"><tspan class="date">12 Apr'
        '</tspan><tspan x="170">Rail service launched</tspan></text>\n'
        '<text><tspan>9</tspan><tspan dx="20">agreements signed</tspan><tspan x="170" dy="36">'
        "with travel agencies</tspan> in <tspan>Hong Kong</tspan></text></svg>"
    )
    shown, where = markup.page_text(page)
    assert "12 Apr   Rail service launched" in shown
    assert "9 agreements signed with travel agencies in Hong Kong" in shown
    start = shown.index("Rail")
    assert page[slice(*where.span(start, start + 4))] == "Rail"


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
    shown = markup.subtitle_view(text)
    assert len(shown) == len(text)
    assert shown.split() == ["The", "bridge", "opened", "in", "October", "2018."]
    # one cue follows the one before on the next line, so the sentence reads on
    assert [line.strip() for line in shown.splitlines()] == [
        "",
        "The bridge opened",
        "in October 2018.",
    ]
    # prose with an arrow in it is left alone
    assert markup.subtitle_view("Shenzhen --> Hong Kong, 12:00") == "Shenzhen --> Hong Kong, 12:00"


def test_subtitles_after_a_long_run_of_blank_lines():
    # a run of thousands of blank lines (as a blanked stretch of a long text leaves) before
    # prose is left as it is, and the cues after it are still read; the run is tried once,
    # from the line before it, not from each of its line breaks
    text = (
        "Credits roll.\n"
        + "    \n" * 3000
        + "Ganzhou hosts buyers\n\n1\n00:00:01,000 --> 00:00:02,000\nfrom Macao\n\n"
        + "2\n00:00:02,500 --> 00:00:04,000\nand Zhuhai.\n"
    )
    shown = markup.subtitle_view(text)
    assert len(shown) == len(text)
    assert shown.count("\n") == 1 + 3000 + 3  # (the blank run kept; each cue joins on)
    assert [line.strip() for line in shown.splitlines() if line.strip()] == [
        "Credits roll.",
        "Ganzhou hosts buyers",
        "from Macao",
        "and Zhuhai.",
    ]


def test_meeting_transcript_voice_tags_become_spaces_one_for_one(extractor):
    text = (
        "WEBVTT\n\nNOTE\nRecorded: 19 November 2026 10:00\n\n1\n00:00:03.120 --> "
        "00:00:08.480\n<v Lei Ka Man>Our delegation leaves for Nanchang on Monday the 30th, "
        "and we are back on Wednesday, December 2.</v>\n\n2\n00:00:08.480 --> 00:00:16.900\n"
        "<v.chair Wu Jianhua>On Tuesday we hold a <i>matchmaking conference</i>.</v>\n\n3\n"
        "00:00:17.050 --> 00:00:24.310\n<v Wu Jianhua>The memorandum is ready for signing on "
        "the Wednesday morning.</v>\n"
    )
    shown = markup.subtitle_view(text)
    assert len(shown) == len(text) and "<" not in shown and ">" not in shown.replace("-->", "")
    assert "Our delegation leaves" in shown and "a    matchmaking conference    ." in shown
    doc = extractor.extract(text)
    assert doc.publication_date == "2026-11-19"
    # "Monday the 30th" is the 30th that is a Monday; the week told holds "On Tuesday" and
    # "the Wednesday morning", the days of the trip
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-11-30", "2026-12-02"),
        ("conference", "2026-12-01", None),
        ("signing", "2026-12-02", None),
    ]


# An exported calendar (original): a named calendar, a time zone's rules (whose DTSTART is
# no event), a folded description with escapes, an all-day event ending the day after.
CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Nanning Trade Mission to Macao\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Asia/Macau\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
    "END:STANDARD\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nDTSTAMP:20260302T080000Z\r\nDTSTART;TZID=Asia/Macau:20260316T100000\r\n"
    "SUMMARY:Courtesy call on the Secretary for Economy and Finance\r\n"
    "LOCATION:Government Headquarters\\, Macao\r\n"
    "DESCRIPTION:Led by Huang Zhiping\\, Director of the Nanning Municipal Comme\r\n"
    " rce Bureau.\\nBring business cards.\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260317\r\nDTEND;VALUE=DATE:20260319\r\n"
    "SUMMARY:Macao International Trade and Investment Fair\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_calendar_events_read_as_event_pages():
    assert markup.looks_like_calendar(CALENDAR)
    assert not markup.looks_like_calendar("BEGIN:VEVENT is how a calendar's event opens.")
    shown, where = markup.calendar_text(CALENDAR)
    assert shown.splitlines() == [
        "Nanning Trade Mission to Macao",
        "When: 2026-03-16 - 2026-03-18",
        "Updated: 2026-03-02",
        "",
        "What: Courtesy call on the Secretary for Economy and Finance",
        "When: 2026-03-16",
        "Where: Government Headquarters, Macao",
        "Led by Huang Zhiping, Director of the Nanning Municipal Commerce Bureau.",
        "Bring business cards.",
        "",
        "What: Macao International Trade and Investment Fair",
        "When: 2026-03-17 - 2026-03-18",
        "",
    ]
    k = shown.index("Commerce Bureau")
    start, end = where.span(k, k + len("Commerce Bureau"))
    assert CALENDAR[start:end] == "Comme\r\n rce Bureau"


def test_calendar_records_quote_the_file(extractor):
    doc = extractor.extract(CALENDAR)
    assert doc.publication_date == "2026-03-02"
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-03-16", "2026-03-18"),
        ("meeting", "2026-03-16", None),
        ("conference", "2026-03-17", "2026-03-18"),
    ]
    assert [(o.name, o.title) for o in doc.officials] == [("Huang Zhiping", "Director")]
    for quoted in doc.quoted():
        assert CALENDAR[quoted.start : quoted.end] == quoted.text
    assert any("read as iCalendar" in w for w in doc.warnings)


# An Outlook calendar saved as vCalendar 1.0 (original): values quoted-printable in UTF-8,
# their soft breaks ("=" at a line's end) running on at the next line's first column.
VCALENDAR = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "VERSION:1.0\r\nBEGIN:VEVENT\r\nDTSTART:20261211T020000Z\r\nDTEND:20261211T053000Z\r\n"
    "DCREATED:20261125T031500Z\r\n"
    "DESCRIPTION;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Host: Weinan Municipal People=\r\n"
    "=E2=80=99s Government=0D=0A11:00  Signing of 6 supply agreements=0D=0ALed by Vice Ma=\r\n"
    "yor Qiao Lixin.\r\n"
    "SUMMARY;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Weinan=E2=80=93Macao Fruit Fair\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_vcalendar_quoted_printable_values_decoded():
    shown, where = markup.calendar_text(VCALENDAR)
    assert shown.splitlines() == [
        "Updated: 2026-11-25",
        "",
        "What: Weinan–Macao Fruit Fair",
        "When: 2026-12-11",
        "Host: Weinan Municipal People’s Government",
        "11:00  Signing of 6 supply agreements",
        "Led by Vice Mayor Qiao Lixin.",
        "",
    ]
    # a character written as its bytes quotes them all, a soft break its "=" and line end
    k = shown.index("’s Government")
    assert VCALENDAR[slice(*where.span(k, k + 1))] == "=E2=80=99"
    k = shown.index("Vice Mayor")
    assert VCALENDAR[slice(*where.span(k, k + 10))] == "Vice Ma=\r\nyor"


def test_vcalendar_records_quote_the_file(extractor):
    doc = extractor.extract(VCALENDAR)
    assert doc.publication_date == "2026-11-25"
    assert [(e.type, e.date) for e in doc.events] == [
        ("conference", "2026-12-11"),
        ("signing", "2026-12-11"),
    ]
    assert [(o.name, o.title, o.affiliation) for o in doc.officials] == [
        ("Qiao Lixin", "Vice Mayor", None)
    ]
    assert [f.text for f in doc.figures] == ["6 supply agreements"]
    for quoted in doc.quoted():
        assert VCALENDAR[quoted.start : quoted.end] == quoted.text


# A report's text layer (original), wrapped at 64 columns, with a running header.
WRAPPED = (
    "Quarterly Bulletin                                Page 3 of 8\n\n"
    "In March the Port Committee and the Marine Department of the\n"
    "Macao SAR Government agreed a joint drill schedule for the inner\n"
    "harbour and the waters off Coloane. Secretary for Transport and\n"
    "Public Works Ho Ka Wai and Wong Mei Lan, director of the Harbour Develop-\n"
    "ment Unit of the committee, said the crews from the Macao-\n"
    "based ferry lines would train with pilots from the Zhuhai Port\n"
    "Group from the spring onwards, and that the first drill would be\n"
    "held on 14 April.\n\n"
    "- a drill in each quarter, with the ferry companies' own crews\n"
    "- Lam Chi Keung, Senior Officer, will lead the first of them\n"
)


def test_wrapped_lines_read_as_paragraphs():
    shown, where = markup.unwrapped_text(WRAPPED)
    assert "Marine Department of the Macao SAR Government agreed" in shown
    assert "Secretary for Transport and Public Works Ho Ka Wai and Wong Mei Lan" in shown
    assert "Harbour Development Unit" in shown  # the break's hyphen goes
    assert "the Macao-based ferry lines" in shown  # a compound keeps its own
    assert "Zhuhai Port Group from the spring" in shown
    # a running header and a list's items are lines of their own
    assert shown.startswith("Quarterly Bulletin                                Page 3 of 8\n")
    assert "14 April.\n\n- a drill" in shown and "own crews\n- Lam Chi Keung" in shown
    k = shown.index("Development")
    start, end = where.span(k, k + len("Development Unit"))
    assert WRAPPED[start:end] == "Develop-\nment Unit"
    assert markup.unwrapped_text("A short note.\nSigned on Monday.\n") is None
    # a hyphen before a capital is the compound's own, with no space after it
    bridge = (
        "The ferry linking the two ports on the western side of the Hong Kong-\n"
        "Zhuhai-Macao Bridge will add sailings from the spring, the operator said\n"
        "on Monday, and fares on the route will rise by a tenth from 1 March next\n"
        "year, after the cross-boundary transport panel approved the plan at its\n"
        "meeting last week in the city's government headquarters in Admiralty.\n"
    )
    assert "the Hong Kong-Zhuhai-Macao Bridge will add" in markup.unwrapped_text(bridge)[0]


def test_wrapped_text_reads_names_over_line_breaks(extractor):
    doc = extractor.extract(WRAPPED, ref_date="2026-04-01")
    assert [(o.name, o.title) for o in doc.officials] == [
        ("Ho Ka Wai", "Secretary for Transport and Public Works"),
        ("Wong Mei Lan", "director"),
        ("Lam Chi Keung", "Senior Officer"),
    ]
    names = [b.name for b in doc.institutions]
    assert "Marine Department of the Macao SAR Government" in names
    assert "Harbour Development Unit" in names and "Zhuhai Port Group" in names
    assert [(e.type, e.date) for e in doc.events] == [("other", "2026-03"), ("other", "2026-04-14")]
    for quoted in doc.quoted():
        assert WRAPPED[quoted.start : quoted.end] == quoted.text


# A news API's export (original): two articles, escapes, a surrogate pair, fields left out.
FEED = (
    '{"status": "ok", "articles": [\n'
    ' {"source": {"id": null, "name": "Delta Wire"}, "title": "Jiangmen and Macao sign'
    ' tourism pact", "url": "https://example.com/a", "publishedAt": "2026-11-19T03:20:00Z",'
    ' "content": "JIANGMEN, Nov 19 \\u2014 Jiangmen\\u2019s tourism bureau and the Macao'
    ' Government Tourism Office signed a pact on Wednesday. \\ud83d\\ude86 Trains run hourly.",'
    ' "description": "Rail packages for Macao visitors."},\n'
    ' {"title": "Macao office to open in Jiangmen", "publishedAt": "2026-11-21T10:05:00Z",'
    ' "content": "The office will open on Monday, the bureau said."}\n]}\n'
)


def test_json_export_read_as_its_articles():
    assert markup.looks_like_json(FEED)
    assert not markup.looks_like_json('{"rows": [1, 2, 3]}')
    assert not markup.looks_like_json("{ not json: at all }")
    shown, where = markup.json_text(FEED)
    assert shown.split("\n\n")[0].splitlines() == [
        "Jiangmen and Macao sign tourism pact",
        "Published: 2026-11-19T03:20:00Z",
        "Rail packages for Macao visitors.",
    ]
    assert "Jiangmen’s tourism bureau" in shown and "\U0001f686 Trains" in shown
    assert "example.com" not in shown and "Delta Wire" not in shown
    # a high surrogate with no low one after it stays as it is
    assert markup.json_text('{"title": "A \\ud83d\\u0041"}')[0] == "A \ud83dA\n\n"
    k = shown.index("’s tourism")
    start, end = where.span(k, k + 2)
    assert FEED[start:end] == "\\u2019s"


def test_json_export_records_quote_the_file(extractor):
    doc = extractor.extract(FEED)
    assert doc.publication_date == "2026-11-19"
    assert [(e.type, e.date) for e in doc.events] == [
        ("signing", "2026-11-18"),
        ("launch", "2026-11-23"),
    ]
    names = [b.name for b in doc.institutions]
    assert "Macao Government Tourism Office" in names
    for quoted in doc.quoted():
        assert FEED[quoted.start : quoted.end] == quoted.text
    assert any("read as JSON" in w for w in doc.warnings)


# An X (Twitter) archive's tweets.js (original): a script that assigns the tweets, each
# with its ctime-style "created_at", and hashtags as objects of their own
TWEETS = (
    'window.YTD.tweets.part0 = [\n {"tweet": {"entities": {"hashtags": [{"text": "BengbuHK",'
    ' "indices": ["60", "69"]}]}, "created_at": "Wed Nov 18 03:12:44 +0000 2026",'
    ' "full_text": "Bengbu signed 4 logistics agreements in Hong Kong today. #BengbuHK"}},\n'
    ' {"tweet": {"created_at": "Tue Nov 17 08:00:03 +0000 2026", "full_text": "Tomorrow our'
    ' delegation lands in Hong Kong for a three-day visit."}}\n];\n'
)
# An article in a news app's JSON (original): its body's HTML inside a string
APP_ARTICLE = (
    '{"title": "Bengbu courts Hong Kong shippers", "metadata": {"datePublished":'
    ' "2026-11-19T10:30:00+08:00"}, "components": [{"role": "body", "format": "html",'
    ' "text": "<p>Bengbu signed <b>4</b> agreements on Tuesday.</p><p>Talks follow.</p>"}]}\n'
)


def test_a_script_assigning_json_reads_as_its_json():
    plain = markup.unassigned(TWEETS)
    assert len(plain) == len(TWEETS) and plain.lstrip().startswith("[")
    assert plain.rstrip().endswith("]") and "window" not in plain
    assert markup.unassigned('{"a": 1}') == '{"a": 1}'
    assert markup.unassigned("x = 3 + 4") == "x = 3 + 4"
    shown, where = markup.json_text(plain)
    # a ctime stamp is its day; a one-word object (a hashtag's) is no article
    assert shown.split("\n\n")[0].splitlines() == [
        "Published: 2026-11-18",
        "Bengbu signed 4 logistics agreements in Hong Kong today. #BengbuHK",
    ]
    assert "\nBengbuHK\n" not in shown
    at = shown.index("2026-11-18")
    assert TWEETS[slice(*where.span(at, at + 10))] == '"Wed Nov 18 03:12:44 +0000 2026"'[1:-1]


def test_tweets_archive_extraction(extractor):
    doc = extractor.extract(TWEETS)
    assert doc.publication_date == "2026-11-18"
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("signing", "2026-11-18", None),
        ("visit", "2026-11-18", "2026-11-20"),
    ]
    assert any("read as JSON" in w for w in doc.warnings)


def test_json_article_with_an_html_body_reads_the_body_as_a_page(extractor):
    shown, _ = markup.json_text(APP_ARTICLE)
    assert "Bengbu signed 4 agreements on Tuesday." in shown and "<p>" not in shown
    doc = extractor.extract(APP_ARTICLE)
    assert doc.publication_date == "2026-11-19"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-17")]
    assert any("read as JSON" in w for w in doc.warnings)


# A podcast host's episode (original): a short "summary", then the "description" in HTML,
# then a "content" field of its own in a second episode
EPISODES = (
    '{"data": [{"attributes": {"title": "Ep. 12 - Tongling in Macau",'
    ' "published_at": "2026-12-02T06:00:00+08:00",'
    ' "summary": "What Tongling signed in Macau.",'
    ' "description": "<p>On Tuesday Tongling signed 5 agreements in Macau.</p>"}},\n'
    ' {"attributes": {"title": "Ep. 13 - Chizhou", "published_at": "2026-12-09",'
    ' "summary": "Chizhou at the fair.", "description": "A note on the fair.",'
    ' "content": "Chizhou opened a liaison office in Macau on Monday."}}]}\n'
)


def test_json_episode_second_lead_stands_for_its_body(extractor):
    shown, _ = markup.json_text(EPISODES)
    assert shown.split("\n\n")[:2] == [
        "Ep. 12 - Tongling in Macau\nPublished: 2026-12-02T06:00:00+08:00\n"
        "What Tongling signed in Macau.",
        "On Tuesday Tongling signed 5 agreements in Macau.",
    ]
    # (a body of its own comes after: the body, no second lead)
    assert "A note on the fair." not in shown
    assert "Chizhou opened a liaison office in Macau on Monday." in shown
    doc = extractor.extract(EPISODES)
    assert [(e.type, e.date) for e in doc.events][:1] == [("signing", "2026-12-01")]


# A chat assistant's conversation export (original): the title, a stamp in seconds with
# its fraction, each message's text in its content's "parts"
CHAT_EXPORT = (
    '[{"title": "Bozhou Macau note", "create_time": 1796433120.482913, "mapping": {"a1": '
    '{"message": {"author": {"role": "user"}, "create_time": 1796433120.482913, "content": '
    '{"content_type": "text", "parts": ["On 2 December Bozhou signed 3 agreements in Macau."]}}}'
    "}}]\n"
)


def test_json_chat_export_parts_read_as_the_message_body(extractor):
    shown, _ = markup.json_text(CHAT_EXPORT)
    assert "Published: 2026-12-05" in shown
    assert "On 2 December Bozhou signed 3 agreements in Macau." in shown
    doc = extractor.extract(CHAT_EXPORT)
    assert doc.publication_date == "2026-12-05"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-12-02")]


# A wallet pass (original): fields as "label" and "value" pairs, front and back
PASS = (
    '{"description": "Admission to the Bozhou Herbal Medicine Forum",'
    ' "eventTicket": {"headerFields": [{"key": "date", "label": "DATE", "value": "9 Dec 2026"}],'
    ' "primaryFields": [{"key": "event", "label": "EVENT",'
    ' "value": "Bozhou Herbal Medicine Forum"}],'
    ' "secondaryFields": [{"key": "venue", "label": "VENUE", "value": "Harbour Hall"}],'
    ' "backFields": [{"key": "about", "label": "About",'
    ' "value": "Bozhou will sign 6 agreements at the forum."},'
    ' {"key": "terms", "label": "Terms", "value": "Issued 20 Nov 2026."}]}}\n'
)


def test_json_label_value_pairs_read_as_fields(extractor):
    shown, where = markup.json_text(PASS)
    assert shown.splitlines()[-5:] == [
        "DATE: 9 Dec 2026",
        "EVENT: Bozhou Herbal Medicine Forum",
        "VENUE: Harbour Hall",
        "About: Bozhou will sign 6 agreements at the forum.",
        "Terms: Issued 20 Nov 2026.",
    ]
    at = shown.index("EVENT")
    assert PASS[slice(*where.span(at, at + 5))] == "EVENT"
    doc = extractor.extract(PASS)
    assert doc.publication_date == "2026-11-20"
    assert [(e.type, e.date) for e in doc.events] == [
        ("conference", "2026-12-09"),
        ("signing", "2026-12-09"),
    ]


# A task board's JSON export (original): the board's and its cards' "name", "desc" and
# latest stamp, lists and labels with a name alone, comments dated in an array of actions
BOARD = (
    '{"name": "Jiaxing - Macao Food Week", "desc": "Working board of the Jiaxing bureau.",\n'
    ' "dateLastActivity": "2026-11-24T08:15:22.114Z",\n'
    ' "lists": [{"name": "In progress"}],\n'
    ' "cards": [{"name": "Jiaxing Food Promotion Conference", "desc": "9 December, Macau'
    ' Tower Convention Centre. Vice Mayor Shen Li speaks.",'
    ' "dateLastActivity": "2026-11-20T03:05:44.871Z",'
    ' "labels": [{"name": "Event"}]}],\n'
    ' "actions": [{"type": "commentCard", "date": "2026-11-25T01:00:00.000Z",'
    ' "data": {"text": "Venue confirmed by the tower."}}]}\n'
)


def test_a_board_export_reads_its_cards_as_articles(extractor):
    shown, where = markup.json_text(BOARD)
    assert shown.split("\n\n")[0].splitlines() == [
        "Jiaxing - Macao Food Week",
        "Published: 2026-11-24T08:15:22.114Z",
        "Working board of the Jiaxing bureau.",
    ]
    assert "In progress" not in shown and "\nEvent\n" not in shown
    # (the board's own stamp, not a comment's: an array's dated item is no field of it)
    at = shown.index("2026-11-24")
    assert where.span(at, at + 10)[0] == BOARD.index("2026-11-24")
    doc = extractor.extract(BOARD)
    assert doc.publication_date == "2026-11-24"
    # (its evidence the stamp's key and its day, as a labelled stamp's)
    info = doc.publication_date_info
    assert (info.start, info.end) == (
        BOARD.index('"dateLastActivity"'),
        BOARD.index("2026-11-24") + 10,
    )
    # a card's name over its stamp and its description's day and venue
    assert [(e.type, e.date) for e in doc.events] == [("conference", "2026-12-09")]


# A note app's export (original): its "textContent" and its stamps in microseconds
NOTE = (
    '{"title": "Lishui trip", "textContent": "Lishui delegation to Macao on 9 December.",\n'
    ' "userEditedTimestampUsec": 1795576320000000, "createdTimestampUsec": 1795483800000000,\n'
    ' "labels": [{"name": "Trips"}]}\n'
)


def test_a_note_export_reads_its_text_and_its_epoch_stamp():
    shown, where = markup.json_text(NOTE)
    assert shown.splitlines()[:3] == [
        "Lishui trip",
        "Published: 2026-11-24",
        "Lishui delegation to Macao on 9 December.",
    ]
    # (the created stamp, a date's field, over the edited one; its day stands for the number)
    at = shown.index("2026-11-24")
    assert NOTE[slice(*where.span(at, at + 10))] == "1795483800000000"
    assert markup.epoch_day("1795483800") == "2026-11-24"
    assert markup.epoch_day("1795483800123") == "2026-11-24"
    assert markup.epoch_day("42") is None and markup.epoch_day("2026") is None


# A social network's export of posts (original): UTF-8 bytes escaped one by one, a Unix
# time in seconds, the post's text in a nested "post" field
POSTS = (
    '[{"timestamp": 1795507511, "data": [{"post": "Yiwu\\u00e2\\u0080\\u0099s team signed '
    '3 deals \\u00e2\\u0080\\u0093 on 19 November. Caf\\u00e9 talks next."}],'
    ' "title": "Yiwu Commerce updated their status."}]\n'
)


def test_a_post_export_mends_its_escaped_bytes():
    shown, where = markup.json_text(POSTS)
    assert shown.splitlines()[:4] == [
        "Yiwu Commerce updated their status.",
        "Published: 2026-11-24",
        "",
        "Yiwu’s team signed 3 deals – on 19 November. Café talks next.",
    ]
    # (the mended character stands for its bytes' escapes)
    at = shown.index("’")
    assert POSTS[slice(*where.span(at, at + 1))] == "\\u00e2\\u0080\\u0099"
    assert markup.utf8_mended("Café", [(0, 1)] * 4) == ("Café", [(0, 1)] * 4)


# A citation manager's record (original, CSL JSON): its day in "date-parts", its text in
# "abstract"; the day it was read ("accessed") is no date of it
CITATION = (
    '{"type": "article-newspaper", "title": "Yichang courts Hong Kong money",'
    ' "accessed": {"date-parts": [[2026, 11, 25]]}, "issued": {"date-parts": [[2026, 11, 23]]},'
    ' "abstract": "Yichang signed 8 agreements on Friday."}\n'
)
# A chat room's export (original, Matrix): each message's stamp in milliseconds, its text
# in a "content" object
ROOM = (
    '{"room_name": "Desk", "messages": [{"sender": "@a:x.org", "origin_server_ts":'
    ' 1795482725000, "content": {"msgtype": "m.text", "body": "We sign 2 agreements on'
    ' Friday."}}]}\n'
)

# a note graph's export (Roam): pages of blocks, each its "string" and its stamps
GRAPH = (
    '[{"title": "November 24th, 2026", "children": [{"string": "Talks with [[IPIM]] on '
    '[[November 24th, 2026]]", "uid": "a1", "create-time": 1795482600000, "edit-time": '
    '1795482600000}], "uid": "11-24-2026", "edit-time": 1795484460000}]\n'
)


def test_a_graph_block_shows_its_string_and_its_stamp(extractor):
    shown, _ = markup.json_text(GRAPH)
    assert "Published: 2026-11-24\nTalks with [[IPIM]] on [[November 24th, 2026]]" in shown
    doc = extractor.extract(GRAPH)
    assert doc.publication_date == "2026-11-24"
    assert [(e.type, e.date) for e in doc.events] == [("meeting", "2026-11-24")]


def test_a_citation_is_dated_by_its_issued_parts(extractor):
    shown, where = markup.json_text(CITATION)
    assert shown.splitlines()[:3] == [
        "Yichang courts Hong Kong money",
        "Published: 2026-11-23",
        "Yichang signed 8 agreements on Friday.",
    ]
    at = shown.index("2026-11-23")
    assert CITATION[slice(*where.span(at, at + 10))] == "[[2026, 11, 23]]"
    doc = extractor.extract(CITATION)
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-20")]


def test_a_chat_message_takes_its_content_as_its_text(extractor):
    shown, _ = markup.json_text(ROOM)
    assert shown.splitlines()[:2] == ["Published: 2026-11-24", "We sign 2 agreements on Friday."]
    doc = extractor.extract(ROOM)
    assert doc.publication_date == "2026-11-24"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-27")]


# An e-book's chapter (original, EPUB XHTML): a note's reference mark is no figure
EPUB = (
    '<html xmlns:epub="http://www.idpf.org/2007/ops"><body><section epub:type="chapter">'
    "<p>On 10 September 2025 the city signed 12 agreements at the Qingyang Trade Forum."
    '<a epub:type="noteref" role="doc-noteref" href="#fn2">2</a></p></section></body></html>\n'
)


def test_an_ebook_note_reference_is_no_text(extractor):
    shown, _ = markup.page_text(EPUB)
    assert "Forum.\n" in shown or shown.rstrip().endswith("Forum.")
    doc = extractor.extract(EPUB)
    assert [(e.type, e.date) for e in doc.events] == [
        ("signing", "2025-09-10"),
        ("conference", "2025-09-10"),
    ]


# A journal article's XML (original, JATS): its publication date told in parts
JATS = (
    "<article><front><article-meta><title-group><article-title>Apples</article-title>"
    '</title-group>\n<pub-date pub-type="epub"><day>20</day><month>11</month>'
    '<year>2026</year></pub-date>\n<history><date date-type="received"><day>2</day>'
    "<month>6</month><year>2026</year></date></history></article-meta></front>\n"
    "<body><p>On Friday the bureau signed 6 supply agreements.</p></body></article>\n"
)


def test_a_date_told_in_parts_reads_as_its_day(extractor):
    shown, _ = markup.page_text(JATS, xml=True)
    assert "\nPublished: 2026-11-20\n" in shown
    doc = extractor.extract(JATS)
    assert doc.publication_date == "2026-11-20"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-20")]


# An MDX page (original): a component's props hold its words; its comments none
MDX = (
    "---\ntitle: Lishui in Hong Kong\ndate: 2026-11-23\n---\n\n"
    "import { EventCard } from '@site/src/components/EventCard';\n\n"
    "The city brings its tea to Hong Kong.\n\n"
    '<EventCard\n  title="Lishui Tea Promotion Conference"\n  date="Friday 11 December 2026"\n'
    '  venue="Hong Kong Convention and Exhibition Centre"\n/>\n\n'
    "Growers signed <strong>3</strong> deals. {/* checked 20 Nov */}\n"
)


def test_a_component_shows_its_props_and_hides_comments(extractor):
    shown, where = markup.page_text(MDX)
    assert "\nLishui Tea Promotion Conference\nFriday 11 December 2026\n" in shown
    assert "20 Nov" not in shown
    at = shown.index("Friday 11")
    assert MDX[slice(*where.span(at, at + 9))] == "Friday 11"
    doc = extractor.extract(MDX)
    assert [(e.type, e.date) for e in doc.events] == [("conference", "2026-12-11")]


# A JSON Feed (original): its items' "content_text" is each article's body
JSON_FEED = (
    '{"version": "https://jsonfeed.org/version/1.1", "title": "Yuxi Today",\n'
    ' "items": [{"id": "1", "title": "Yuxi signs tea pact with Macao importer",'
    ' "content_text": "Yuxi signed a supply agreement with a Macao importer on Monday.\\n\\n'
    'The importer will open a Yuxi office in January.", "date_published": "2026-11-24T09:00:00+08:00"}]}\n'
)


def test_json_feed_items_read_with_their_text(extractor):
    shown, _ = markup.json_text(JSON_FEED)
    assert "Yuxi signed a supply agreement with a Macao importer on Monday." in shown
    doc = extractor.extract(JSON_FEED)
    assert doc.publication_date == "2026-11-24"
    assert [(e.type, e.date) for e in doc.events] == [
        ("signing", "2026-11-23"),
        ("launch", "2027-01"),
    ]


def test_inline_xbrl_header_shows_nothing():
    page = (
        '<html><body><div style="display:none"><ix:header><ix:hidden><ix:nonNumeric '
        'name="x:Code" contextRef="c1">8892</ix:nonNumeric></ix:hidden><ix:resources>'
        '<xbrli:context id="c1"><xbrli:period><xbrli:instant>2026-11-20</xbrli:instant>'
        "</xbrli:period></xbrli:context></ix:resources></ix:header></div>"
        '<p>On <ix:nonNumeric name="x:Date" contextRef="c1">20 November 2026</ix:nonNumeric>'
        " the Company signed an agreement.</p></body></html>"
    )
    shown, _ = markup.page_text(page)
    assert "8892" not in shown and "2026-11-20" not in shown
    assert " ".join(shown.split()) == "On 20 November 2026 the Company signed an agreement."


# A situation report (original), wrapped at 84 columns: rules between its sections, items
# whose text hangs under their letter, and names broken after small words and capitals.
RULE = "=" * 84 + "\n"
REPORT = (
    "ZHUHAI PORT LIAISON GROUP\n"
    "WEEKLY NOTE No. 12\n"
    + RULE
    + "The group met at the Gongbei port office on Monday with staff from the Department of\n"
    "Transport of Guangdong Province and the Marine Department, chaired by the port's Deputy\n"
    "Director Wong Siu-ming. Officers of the Civil Aviation Department of the Hong Kong\n"
    "Government joined by video for the first time, as did the Macao Maritime and Water\n"
    "Bureau, whose Acting Director Lai Kin Fong spoke on the new berth schedule for ferries.\n"
    + RULE
    + "a) The two sides agreed a joint inspection of the outer anchorage and of the approaches\n"
    "   to the Zhuhai Jiuzhou Port terminal, to be held before the end of the month.\n"
    "b) Night sailings will resume once the new radar at the Qi'ao Island station is tested\n"
    "   by the Guangdong Maritime Safety Administration.\n"
)


def test_wrapped_report_items_and_rules():
    shown, where = markup.unwrapped_text(REPORT)
    # a rule is no line of text, and a title in capitals is not run into its subtitle
    assert shown.startswith("ZHUHAI PORT LIAISON GROUP\nWEEKLY NOTE No. 12\n====")
    assert "=\nThe group met" in shown and "ferries.\n====" in shown
    # names broken after a small word or before a capital read whole, as lines that go on
    # in small letters or after a small word show the text wrapped
    assert "the Department of Transport of Guangdong Province" in shown
    assert "Deputy Director Wong Siu-ming" in shown
    assert "the Civil Aviation Department of the Hong Kong Government joined" in shown
    assert "the Macao Maritime and Water Bureau, whose" in shown
    # an item's text runs on into its hanging indent, and the next item is its own line
    assert "of the approaches to the Zhuhai Jiuzhou Port terminal" in shown
    assert "the month.\nb) Night sailings" in shown
    assert "is tested by the Guangdong Maritime Safety Administration." in shown
    k = shown.index("approaches to")
    assert REPORT[slice(*where.span(k, k + len("approaches to")))] == "approaches\n   to"


# A trip report's programme (original): rows of day, city and what was done, the last
# cell run on under itself, in a text wrapped at 88 columns.
PROGRAMME_ROWS = (
    "The mission went as planned, and the members met more buyers than they had expected\n"
    "to meet on the first two days; the hosts in both cities asked for a return visit soon.\n"
    "Mon 9 Nov    Chengdu     Meeting with the Chengdu Municipal Bureau of Commerce (Director\n"
    "                         General Zhao Lin); visit to the Tianfu logistics park\n"
    "Tue 10 Nov   Chengdu     Logistics Cooperation Forum (about 300 participants) and the\n"
    "                         signing of seven agreements\n"
    "The two forums drew more guests than the organisers had planned for in the summer.\n"
)


def test_wrapped_table_row_runs_on_under_its_last_cell():
    shown, _ = markup.unwrapped_text(PROGRAMME_ROWS)
    assert "(Director General Zhao Lin); visit" in shown
    assert "and the signing of seven agreements\nThe two forums" in shown
    # a row is never run into the line before it
    assert "soon.\nMon 9 Nov" in shown and "park\nTue 10 Nov" in shown
    # under a short row, the lines in its last cell are its entries, one a line
    speakers = (
        PROGRAMME_ROWS
        + "10:00 – 10:20   Welcome remarks\n"
        + "                Wong Ka-yan, Deputy Director of the Chengdu Financial Regulatory Bureau\n"
        + "                Lam Tsz-ho, Vice Chairman of the Hong Kong Logistics Association\n"
    )
    shown, _ = markup.unwrapped_text(speakers)
    assert "Regulatory Bureau\n                Lam Tsz-ho" in shown


def test_front_matter_fields_stay_lines_in_wrapped_text():
    text = (
        '---\ntitle: "A long title for a post about the week the two design groups met"\n'
        "date: 2026-11-17T09:30:00+08:00\n---\n\n"
        + "The makers of the district showed chairs and tables to the buyers who came\n" * 4
        + "from Macao.\n"
    )
    shown, _ = markup.unwrapped_text(text)
    assert '"\ndate: 2026-11-17' in shown and "who came the makers" not in shown.lower()
    assert "buyers who came from Macao." in shown


# A press office's digest (original), wrapped at 88 columns: a letterhead over a line of
# fields split by bars, numbered headlines over their stories in a hanging indent.
DIGEST = (
    "EVENING PRESS SUMMARY\n"
    "Information Unit, Office of the Commissioner for Cross-boundary Trade and Investment\n"
    "Monday 16 November 2026 | Internal use only | Prepared by the duty officer on the day\n"
    "\n"
    "1. Ou Mun Times (p. 4) - Second ferry pier for the northern district approved today\n"
    "   The Marine and Water Bureau said the pier in the northern district will open to\n"
    "   ferries from Nansha by the end of next year, with sailings every half an hour.\n"
    "2. Business Daily (p. 7) - Chamber urges longer opening hours at the border crossings\n"
    "   In a letter to the government, the chamber asked for the crossings to stay open\n"
    "   around the clock at weekends, citing the growth in visitors from the mainland.\n"
)


def test_wrapped_digest_keeps_its_field_lines_and_headlines():
    shown, _ = markup.unwrapped_text(DIGEST)
    # a line of fields split by bars is no line of prose: not run into the letterhead
    assert "Investment\nMonday 16 November 2026 | Internal" in shown
    # a headline is not run into its story when the story opens a sentence ("The", "In")
    assert "approved today\n   The Marine" in shown
    assert "crossings\n   In a letter" in shown
    # ... while the story's own lines run on
    assert "will open to ferries from Nansha" in shown
    assert "stay open around the clock" in shown


def test_pdf_ligatures_spelled_out_and_mapped_back(extractor):
    text = "The agreement took e\ufb00ect on 1 May 2026, the Liaison O\ufb03ce said.\n"
    shown, where = markup.unwrapped_text(text)
    assert shown == "The agreement took effect on 1 May 2026, the Liaison Office said.\n"
    k = shown.index("Office")
    assert text[slice(*where.span(k, k + len("Office")))] == "O\ufb03ce"
    doc = extractor.extract(text)
    assert [(e.type, e.date) for e in doc.events] == [("other", "2026-05-01")]
    assert doc.events[0].evidence.text.startswith("The agreement took e\ufb00ect on 1 May")
    assert [b.name for b in doc.institutions] == ["Liaison Office"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Date: 5 November 2O26", "Date: 5 November 2026"),
        (
            "held from l2 to 14 January 2O27 with 4O delegates",
            "held from 12 to 14 January 2027 with 40 delegates",
        ),
        ("your letter of 29 0ctober", "your letter of 29 October"),
        ("to sign l6 agreements", "to sign 16 agreements"),
        # a name that looks like one ("O2 Arena"), and words, are left alone
        ("at the O2 Arena in 2026; Io and lo", "at the O2 Arena in 2026; Io and lo"),
    ],
)
def test_ocr_letters_in_numbers_read_as_digits_one_for_one(text, shown):
    assert markup.ocr_view(text) == shown


def test_quote_marks_open_lines_blanked_one_for_one():
    text = "Thanks.\n\n> We signed with the\n>> Zhuhai Port Authority.\nBye"
    assert (
        markup.quote_view(text) == "Thanks.\n\n  We signed with the\n   Zhuhai Port Authority.\nBye"
    )
    # one line opening with ">" is no quotation
    assert markup.quote_view("> 50 delegates\nattended") == "> 50 delegates\nattended"


def test_wrapped_line_ending_on_a_comma_goes_on(extractor):
    # (original) as many lines end on a capitalised word before a capital as on a comma,
    # none after a small word: the commas tell the text is wrapped, so names run on
    text = (
        "Jiangmen Tourism Office | Notice No. 7 · 20 October 2026\n\n"
        "The office invites licensed guides to a training course run with partners in Zhuhai,\n"
        "Zhongshan and Macao. The course began in 2024 and was joined by the Institute for Tourism\n"
        "Studies in May 2025, with lectures given by guides from Jiangmen, Foshan, Kaiping,\n"
        "Taishan and Enping. Classes meet at the Jiangmen Convention and Exhibition Centre\n"
        "Annex every Monday evening from 7pm.\n"
    )
    names = [b.name for b in extractor.extract(text).institutions]
    assert "Institute for Tourism Studies" in names


def test_wrapped_line_ending_inside_a_place_name_goes_on(extractor):
    # (original) lines that end inside "Hong Kong" are wrapped, whatever else the text holds
    text = (
        "TRADE LEADS — CLASSIFIEDS\nWeek of 9-15 March 2026 · compiled by the desk\n\n"
        "[SERVICES] A Foshan design studio with forty staff offers packaging work to Hong\n"
        "Kong brands. Portfolio at the Foshan Creative Industry Park on request from March.\n\n"
        "[TRAVEL] Our sales director, Ms Lee, will visit clients and partners in Hong\n"
        "Kong from 10 to 12 March. Contact us to book a meeting with her in Causeway Bay.\n"
    )
    doc = extractor.extract(text)
    assert "Hong Kong" in [c.name for c in doc.cities]
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-03-10", "2026-03-12")
    ]


def test_wrapped_item_line_ending_inside_a_name_goes_on(extractor):
    # (original) a long dash-led signature line ends inside a body's name; the paragraph's
    # last line, capitalised words only, closes it
    text = (
        "STUDY TOUR NOTES\nCompiled by the secretariat for members who could not attend\n\n"
        "The tour began with a briefing on the zone's plans and a walk along the waterfront,\n"
        "then a visit to two start-ups that moved across from Hong Kong earlier in the year.\n"
        "- Chen Lihong, Deputy Director, Economic Development Bureau of Hengqin Guangdong-Macao\n"
        "In-Depth Cooperation Zone\n\n"
        "Members thanked the hosts and agreed to meet the zone's investment team in Macao.\n"
    )
    names = [b.name for b in extractor.extract(text).institutions]
    assert (
        "Economic Development Bureau of Hengqin Guangdong-Macao In-Depth Cooperation Zone" in names
    )


def test_side_by_side_signature_blocks_read_a_column_at_a_time(extractor):
    # (original) two signers' blocks in columns: each name takes the post and body below it
    text = (
        "Signed for the parties on 4 June 2026.\n\n"
        "______________________                            ______________________\n"
        "Liang Weiguo                                      Lo Kam Fai\n"
        "Deputy District Mayor                             Vice-President\n"
        "Shunde District People's Government               Macao Chamber of Commerce\n"
    )
    doc = extractor.extract(text)
    assert [(o.name, o.title, o.affiliation) for o in doc.officials] == [
        ("Liang Weiguo", "Deputy District Mayor", "Shunde District People's Government"),
        ("Lo Kam Fai", "Vice-President", "Macao Chamber of Commerce"),
    ]
    (lo,) = doc.officials[1].mentions
    assert any("side-by-side columns" in w for w in doc.warnings)
    at = text.find("Lo Kam Fai")
    assert (lo.start, lo.end, lo.text) == (at, at + len("Lo Kam Fai"), "Lo Kam Fai")


def test_labelled_signatures_side_by_side(extractor):
    # (original) "Prepared:" and "Approved:" signers on one line, a post under the right one
    text = (
        "Expense summary for the Guiyang roadshow, October 2026.\n\n"
        "Prepared: Joan Fung              Approved: Raymond Tse Ka-lok\n"
        "                                 Finance Manager, Hong Kong Economic and Trade Office "
        "in Chengdu\n"
    )
    doc = extractor.extract(text)
    assert ("Raymond Tse Ka-lok", "Finance Manager") in [(o.name, o.title) for o in doc.officials]


@pytest.mark.parametrize(
    "text",
    [
        # a key and its value, a timetable's columns: no signatures
        "Organiser                     Hong Kong Trade Development Council\n"
        "Venue                         Hong Kong Convention and Exhibition Centre\n",
        "Departure                     Arrival\nZhuhai 08:10                  Macao 08:40\n",
    ],
)
def test_two_columns_that_are_no_signatures_stay_lines(text):
    assert markup.column_text(text) is None


# A running order typed in three columns (original), its cells wrapped inside them.
RUNNING_ORDER = (
    "Function date:  Friday, 11 December 2026\n\n"
    "TIME            ITEM                                        SET-UP\n"
    "18:30 - 19:00   Remarks by Ms Fu Ling, Vice Mayor of        Lectern, 2 flags\n"
    "                Tongchuan; welcome video\n"
    "19:00 - 19:15   Signing of 4 supply agreements with the     Signing table,\n"
    "                Macao Chamber of Commerce                   backdrop\n"
    "19:15 - 21:00   Dinner                                      10 rounds\n"
)


def test_table_cells_wrapped_in_their_columns_read_whole():
    shown, where = markup.column_text(RUNNING_ORDER)
    assert shown.splitlines()[2:] == [
        "TIME   ITEM   SET-UP",
        "18:30 - 19:00   Remarks by Ms Fu Ling, Vice Mayor of Tongchuan; welcome video   "
        "Lectern, 2 flags",
        "19:00 - 19:15   Signing of 4 supply agreements with the Macao Chamber of Commerce   "
        "Signing table, backdrop",
        "19:15 - 21:00   Dinner   10 rounds",
    ]
    k = shown.index("Tongchuan")
    assert RUNNING_ORDER[slice(*where.span(k, k + 9))] == "Tongchuan"


def test_table_cells_wrapped_give_each_post_its_body(extractor):
    doc = extractor.extract(RUNNING_ORDER)
    assert [(o.name, o.title, o.affiliation) for o in doc.officials] == [
        ("Fu Ling", "Vice Mayor", "Tongchuan")
    ]
    assert [c.name for c in doc.cities] == ["Tongchuan", "Macau"]
    for quoted in doc.quoted():
        assert RUNNING_ORDER[quoted.start : quoted.end] == quoted.text


def test_table_rows_laid_whole_leave_the_prose_around_them_unwrapped(extractor):
    # (original) a report wrapped at 72 columns around a table whose cells wrap: the long
    # rows laid out whole are no wrapped lines, and the prose still reads as paragraphs
    prose = (
        "The mission met officials in Baoji and Xianyang over three days and heard\n"
        "about plans for titanium processing parks, cold-chain hubs and two new\n"
        "rail links; the team also toured a logistics park run by the Shaanxi\n"
        "Provincial Department of Commerce, whose officials briefed members on the\n"
        "next round of incentives for Hong Kong investors in the western region.\n"
    )
    table = (
        "DATE        PLACE       ITEMS\n"
        "Mon 7 Dec   Baoji       Meeting with the Baoji Municipal Bureau of Commerce\n"
        "                        (Director Wen Lei); titanium park tour\n"
        "Tue 8 Dec   Xianyang    Logistics forum at the Xianyang International Expo\n"
        "                        Centre (about 200 participants)\n"
    )
    doc = extractor.extract("Trip report, 10 December 2026\n\n" + prose + "\n" + table)
    assert "Shaanxi Provincial Department of Commerce" in [b.name for b in doc.institutions]
    assert ("Wen Lei", "Director") in [(o.name, o.title) for o in doc.officials]
    assert any("wrapped cells" in w and "hard-wrapped" in w for w in doc.warnings)


def test_entries_under_a_short_cell_stay_lines():
    # (original) the speakers under "Opening remarks" are entries, one a line, no wrap
    text = (
        "TIME            ITEM                            VENUE\n"
        "09:15 - 09:45   Opening remarks                 Hall A\n"
        "                Ivan Mok, Permanent Secretary\n"
        "                Ren Jie, Vice Mayor of Weinan\n"
        "09:45 - 10:30   Keynote                         Hall A\n"
    )
    assert markup.column_text(text) is None


# an Atom feed: each entry's content is escaped HTML, its stamps ISO with a clock
ATOM = (
    '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
    "  <title>Jiangmen Foreign Affairs News</title>\n"
    "  <updated>2026-11-23T10:02:00+08:00</updated>\n"
    "  <entry>\n    <title>Jiangmen and Macao sign youth pact</title>\n"
    '    <link href="https://example.gov.cn/a/1"/>\n'
    "    <id>tag:example.gov.cn,2026-11-23:/a/1</id>\n"
    "    <published>2026-11-23T09:30:00+08:00</published>\n"
    "    <updated>2026-11-23T10:02:00+08:00</updated>\n"
    '    <content type="html">&lt;p&gt;The Jiangmen Foreign Affairs Office and the Macao '
    "Youth Federation signed a memorandum on Saturday.&lt;/p&gt;\n&lt;p&gt;The "
    "federation&amp;rsquo;s chairman, Leong Ka-wai, witnessed the signing.&lt;/p&gt;</content>\n"
    "  </entry>\n"
    "  <entry>\n    <title>Jiangmen delegation in Macao</title>\n"
    '    <link href="https://example.gov.cn/a/2"/>\n'
    "    <id>tag:example.gov.cn,2026-11-18:/a/2</id>\n"
    "    <published>2026-11-18T16:00:00+08:00</published>\n"
    "    <updated>2026-11-18T16:00:00+08:00</updated>\n"
    '    <content type="html">&lt;p&gt;At an investment conference in Macao on Monday, '
    "12 projects were signed.&lt;/p&gt;</content>\n  </entry>\n</feed>\n"
)


def test_feed_escaped_markup_read_again_and_mapped_back():
    shown, where = markup.page_text(ATOM)
    assert "<p>" not in shown and "&rsquo;" not in shown
    k = shown.index("federation\u2019s")
    assert ATOM[slice(*where.span(k, k + 10))] == "federation"
    k = shown.index("\u2019s chairman")
    assert ATOM[slice(*where.span(k, k + 1))] == "&amp;rsquo;"
    # a page whose entities stand for themselves is read once
    page = "<p>Use &amp;lt;p&amp;gt; to open a paragraph.</p><p>Two tags.</p>"
    assert markup.page_text(page)[0] == "\nUse &lt;p&gt; to open a paragraph.\n\nTwo tags.\n"


def test_feed_entries_dated_by_their_own_stamps(extractor):
    doc = extractor.extract(ATOM)
    assert doc.publication_date == "2026-11-23"
    # "on Saturday" from the entry of the 23rd, "on Monday" from that of the 18th; the
    # signing witnessed is the one told, and a title lends no day of the entry's stamp
    assert [(e.type, e.date) for e in doc.events] == [
        ("signing", "2026-11-21"),
        ("conference", "2026-11-16"),
        ("signing", "2026-11-16"),
    ]
    assert [(o.name, o.title) for o in doc.officials] == [("Leong Ka-wai", "chairman")]
    for e in doc.events:
        assert ATOM[e.evidence.start : e.evidence.end] == e.evidence.text


# A word processor's document part (a .docx file's word/document.xml), all on one line:
# runs split inside words, a tracked deletion and insertion, a hyperlink field, a tab.
DOCX = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://'
    'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle '
    'w:val="Title"/></w:pPr><w:r><w:t>Zhao</w:t></w:r><w:proofErr w:type="spellStart"/><w:r>'
    "<w:t>qing Trade Mission to Hong Kong</w:t></w:r></w:p><w:p><w:r><w:t>Zhaoqing Bureau of "
    "Commerce</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>20 November 2026</w:t></w:r></w:p><w:p>"
    '<w:r><w:t xml:space="preserve">Zhaoqing Vice Mayor </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Tang '
    'Yuhan</w:t></w:r><w:r><w:t xml:space="preserve"> led the mission from </w:t></w:r><w:del '
    'w:id="1" w:author="Editor"><w:r><w:delText>15</w:delText></w:r></w:del><w:ins w:id="2" '
    'w:author="Editor"><w:r><w:t>16</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> to 18 '
    'November. It met the </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
    '<w:instrText xml:space="preserve"> HYPERLINK "https://example.org/2019" </w:instrText>'
    '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Hong Kong Trade '
    'Development Council</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t '
    'xml:space="preserve"> on 17 November, and 14 agreements were signed.</w:t></w:r></w:p>'
    "</w:body></w:document>"
)


def test_word_document_part_read_as_its_paragraphs():
    shown, where = markup.page_text(DOCX)
    lines = [line for line in shown.split("\n") if line.strip()]
    # a paragraph is a line, a run split inside a word joins up again, a tab is a tab; the
    # deleted "15" and the field's instruction show nothing, nor does the XML declaration
    assert lines == [
        "Zhaoqing Trade Mission to Hong Kong",
        "Zhaoqing Bureau of Commerce\t20 November 2026",
        "Zhaoqing Vice Mayor Tang Yuhan led the mission from 16 to 18 November. It met the Hong"
        " Kong Trade Development Council on 17 November, and 14 agreements were signed.",
    ]
    k = shown.index("Zhaoqing Trade")
    assert DOCX[slice(*where.span(k, k + 8))].startswith("Zhao</w:t>")


def test_word_document_part_extracted(extractor):
    doc = extractor.extract(DOCX)
    assert doc.publication_date == "2026-11-20"
    assert [(o.name, o.title, o.affiliation) for o in doc.officials] == [
        ("Tang Yuhan", "Vice Mayor", "Zhaoqing")
    ]
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-11-16", "2026-11-18"),
        ("meeting", "2026-11-17", None),
        ("signing", "2026-11-17", None),
    ]
    assert [(f.kind, f.value, f.text) for f in doc.figures] == [
        ("agreement_count", 14.0, "14 agreements")
    ]


# A translation memory (TMX): each unit's Chinese and English segments; its properties
# are the tool's, no words of the text.
TMX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
    '<tmx version="1.4"><header srclang="zh-CN" creationdate="20261119T020000Z">'
    '<prop type="x-Project">Releases 2025</prop></header><body>'
    '<tu><prop type="x-Origin">TM</prop><tuv xml:lang="zh-CN"><seg>发布日期:2026年11月19日</seg>'
    '</tuv><tuv xml:lang="en"><seg>Released: 19 November 2026</seg></tuv></tu>'
    '<tu><tuv xml:lang="zh-CN"><seg>周二,双方举行会谈。</seg></tuv><tuv xml:lang="en"><seg>On '
    "Tuesday, Mayor Xu Jiaming held talks with the Hong Kong Productivity Council on a planned "
    "design centre.</seg></tuv></tu></body></tmx>"
)


def test_translation_memory_read_as_its_segments(extractor):
    shown, _ = markup.page_text(TMX)
    lines = [line for line in shown.split("\n") if line.strip()]
    assert lines[1] == "Released: 19 November 2026"
    assert "TM" not in lines and not any("Releases 2025" in line for line in lines)
    doc = extractor.extract(TMX)
    assert doc.publication_date == "2026-11-19"
    # (a planned centre is a thing the talks were about: the talks were last Tuesday)
    assert [(e.type, e.date) for e in doc.events] == [("meeting", "2026-11-17")]


# An OpenDocument text's content.xml: headings and paragraphs as "text:h" / "text:p", a run
# of spaces "<text:s/>", a tab, a line break; a deletion kept in the tracked changes, a
# reviewer's comment and a footnote's mark show nothing (the footnote's text stays).
ODT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:'
    'names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
    'text:1.0"><office:body><office:text><text:tracked-changes><text:changed-region><text:'
    "deletion><text:p>The mission also signed 3 agreements in Zhuhai on 20 November.</text:p>"
    '</text:deletion></text:changed-region></text:tracked-changes><text:h text:outline-level="1">'
    "Jiangmen Delegation in Macao</text:h><text:p>Jiangmen Foreign Affairs Office<text:tab/>"
    "Issued 21 November 2026</text:p><text:p>On 18 November, Jiangmen and Macao firms signed "
    '<text:span text:style-name="T1">6 cooperation agreements</text:span><office:annotation>'
    "<text:p>Meeting on 3 December to check.</text:p></office:annotation> worth 12.5<text:s/>"
    "per cent more than last year.<text:note><text:note-citation>1</text:note-citation>"
    "<text:note-body><text:p>Figures from the Jiangmen Bureau of Commerce.</text:p></text:note-body>"
    "</text:note></text:p></office:text></office:body></office:document-content>"
)


def test_opendocument_text_read_as_its_paragraphs(extractor):
    shown, _ = markup.page_text(ODT)
    lines = [line for line in shown.split("\n") if line.strip()]
    assert lines == [
        "Jiangmen Delegation in Macao",
        "Jiangmen Foreign Affairs Office\tIssued 21 November 2026",
        "On 18 November, Jiangmen and Macao firms signed 6 cooperation agreements worth 12.5 per"
        " cent more than last year.",
        "Figures from the Jiangmen Bureau of Commerce.",
    ]
    doc = extractor.extract(ODT)
    assert doc.publication_date == "2026-11-21"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-18")]
    assert [c.name for c in doc.cities] == ["Jiangmen", "Macau"]
    assert [(f.kind, f.value) for f in doc.figures] == [
        ("agreement_count", 6.0),
        ("percentage", 12.5),
    ]


def test_wiki_storage_day_with_no_text_shows_its_datetime(extractor):
    page = (
        '<h2>Date</h2><p><time datetime="2026-11-16" /></p><h2>Notes</h2><p>The service will '
        'start on <time datetime="2027-01-08" />.</p><ac:structured-macro ac:name="info">'
        '<ac:parameter ac:name="title">Background</ac:parameter><ac:rich-text-body><p>The two '
        "firms signed a memorandum in Hong Kong on 22 September 2026.</p></ac:rich-text-body>"
        "</ac:structured-macro>"
    )
    shown, where = markup.page_text(page)
    assert [line for line in shown.split("\n") if line.strip()] == [
        "Date",
        "2026-11-16",
        "Notes",
        "The service will start on 2027-01-08.",
        "The two firms signed a memorandum in Hong Kong on 22 September 2026.",
    ]
    at = shown.index("2027-01-08")
    assert page[slice(*where.span(at, at + 10))] == '<time datetime="2027-01-08" />'
    doc = extractor.extract(page)
    assert doc.publication_date == "2026-11-16"
    assert [(e.type, e.date) for e in doc.events] == [
        ("launch", "2027-01-08"),
        ("signing", "2026-09-22"),
    ]


def test_slide_line_break_with_its_run_properties_is_one_break():
    slide = (
        '<p:sld xmlns:p="urn:p" xmlns:a="urn:a"><p:txBody><a:p><a:r><a:t>Baotou Week</a:t>'
        '</a:r><a:br><a:rPr lang="en-US"/></a:br><a:r><a:t>Wan Chai</a:t></a:r></a:p>'
        "</p:txBody></p:sld>"
    )
    shown, _ = markup.page_text(slide)
    assert shown.strip() == "Baotou Week\nWan Chai"


def test_wire_story_issue_date_shows_its_day(extractor):
    # a news wire's NITF story: its issue date is only an attribute; its release's and its
    # expiry's days are no day of the story
    story = (
        '<nitf><head><docdata><date.issue norm="20261120T083000+0800"/>'
        '<date.expire norm="20261220T000000+0800"/></docdata></head><body><body.head>'
        "<hedline><hl1>Hohhot firms sign deals</hl1></hedline><dateline>HOHHOT, "
        '<story.date norm="20261120">Nov. 20</story.date></dateline></body.head>'
        "<body.content><p>Six firms signed supply deals in Hong Kong on Wednesday.</p>"
        "</body.content></body></nitf>"
    )
    shown, where = markup.page_text(story)
    # (its own elements apart, each on a line: blank lines between them aside)
    lines = [line for line in shown.splitlines() if line.strip()]
    assert lines[:3] == ["2026-11-20", "Hohhot firms sign deals", "HOHHOT, Nov. 20"]
    assert "2026-12-20" not in shown
    at = shown.index("2026-11-20")
    assert story[slice(*where.span(at, at + 10))] == '<date.issue norm="20261120T083000+0800"/>'
    doc = extractor.extract(story)
    assert doc.publication_date == "2026-11-20"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-18")]


MAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
    "<name>Jinhua mission to Hong Kong</name>"
    "<description><![CDATA[Route plan, updated 20 Nov 2026.]]></description>"
    "<Folder><name>Day 2 (Tue 8 Dec)</name><Placemark><name>Meeting with the Hong Kong "
    "General Chamber of Commerce</name><TimeStamp><when>2026-12-08T10:00:00+08:00</when>"
    "</TimeStamp></Placemark></Folder></Document></kml>\n"
)


def test_xml_document_read_one_element_a_line(extractor):
    # an XML document of its own vocabulary: each element standing apart from running
    # text on its own line (even with no line breaks in the file), CDATA read as text
    assert markup.looks_like_xml(MAP)
    shown, where = markup.page_text(MAP, xml=True)
    lines = [line for line in shown.split("\n") if line.strip()]
    assert lines == [
        "Jinhua mission to Hong Kong",
        "Route plan, updated 20 Nov 2026.",
        "Day 2 (Tue 8 Dec)",
        "Meeting with the Hong Kong General Chamber of Commerce",
        "2026-12-08T10:00:00+08:00",
    ]
    at = shown.index("Route plan")
    assert MAP[slice(*where.span(at, at + 10))] == "Route plan"
    doc = extractor.extract(MAP)
    assert doc.publication_date == "2026-11-20"
    assert [(e.type, e.date) for e in doc.events] == [("meeting", "2026-12-08")]
    assert doc.warnings[-1].startswith("read as XML: tags left out")


@pytest.mark.parametrize(
    ("text", "xml"),
    [
        (MAP, True),
        # (an element inside running text stays in it)
        ("<story><p>Firms from <city>Jinhua</city> signed deals.</p></story>", False),
        ("<doc><para>Firms from <city>Jinhua</city> signed deals.</para></doc>", True),
        # (a page, a text after a script block, a root left open: no XML document)
        ("<html><body>Jinhua</body></html>", False),
        ('<script type="application/ld+json">{}</script>\nJinhua signed a deal.', False),
        ("<draft>\nJinhua signed a deal.", False),
    ],
)
def test_looks_like_xml(text, xml):
    assert markup.looks_like_xml(text) is xml


def test_xml_field_named_in_its_tag_reads_as_a_label(extractor):
    # a form's field named by its "name" attribute, its value inside (an XFDF file's):
    # the name's last part in words, then the value, on a line of its own
    form = (
        '<xfdf><fields><field name="Section2.ArrivalDate"><value>2026-12-07</value></field>'
        '<field name="Section1.ContactPerson"><value>Ms Feng Lirong</value></field>'
        '<field name="visit_purpose">Courtesy call</field></fields></xfdf>'
    )
    shown, where = markup.page_text(form, xml=True)
    lines = [line for line in shown.split("\n") if line.strip()]
    assert lines == [
        "Arrival Date: 2026-12-07",
        "Contact Person: Ms Feng Lirong",
        "Visit purpose: Courtesy call",
    ]
    at = shown.index("2026-12-07")
    assert form[slice(*where.span(at, at + 10))] == "2026-12-07"


def test_xml_element_in_running_text_stays_inline():
    shown, _ = markup.shown_text(
        "<doc><para>Firms from <city>Jinhua</city> signed deals.</para></doc>", xml=True
    )
    assert shown.strip() == "Firms from Jinhua signed deals."


# a caption script in SSA/ASS (original)
ASS_SCRIPT = (
    "[Script Info]\n; Script generated by Aegisub\nTitle: City Report 2026-11-23 - Neijiang fair\n"
    "ScriptType: v4.00+\n\n[V4+ Styles]\nFormat: Name, Fontname\nStyle: Default,Arial\n\n"
    "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
    "Dialogue: 0,0:00:01.00,0:00:04.00,Default,,0,0,0,,Neijiang opened a sugar fair{\\i1}\\Nin "
    "Macao on Monday.\n"
    "Comment: 0,0:00:04.00,0:00:05.00,Default,,0,0,0,,check the name\n"
)


def test_ass_script_shows_its_title_and_dialogue_one_for_one(extractor):
    shown = markup.subtitle_view(ASS_SCRIPT)
    assert len(shown) == len(ASS_SCRIPT)
    assert [line.strip() for line in shown.splitlines() if line.strip()] == [
        "City Report 2026-11-23 - Neijiang fair",
        "Neijiang opened a sugar fair       in Macao on Monday.",
    ]
    doc = extractor.extract(ASS_SCRIPT)
    # the programme's edition in the title dates the script
    assert doc.publication_date == "2026-11-23"
    assert [(e.type, e.date) for e in doc.events] == [("conference", "2026-11-23")]


# a chat channel's JSON export (original): rich text as an array, its pieces again in
# "text_entities", each message dated by its own stamp
CHANNEL_EXPORT = (
    '{"name": "Biz Flash", "messages": [\n'
    ' {"id": 1, "type": "message", "date": "2026-11-23T09:00:00", "text": "The Huai\'an '
    'delegation arrives in Macao today.", "text_entities": [{"type": "plain", "text": '
    '"The Huai\'an delegation arrives in Macao today."}]},\n'
    ' {"id": 2, "type": "message", "date": "2026-11-24T18:00:00", "text": ["Firms ", '
    '{"type": "bold", "text": "signed 5 agreements"}, " today."], "text_entities": '
    '[{"type": "plain", "text": "Firms "}, {"type": "bold", "text": "signed 5 agreements"},'
    ' {"type": "plain", "text": " today."}]}\n]}\n'
)


def test_chat_export_reads_each_message_once_on_its_own_day(extractor):
    shown, _ = markup.json_text(CHANNEL_EXPORT)
    assert shown.count("signed 5 agreements") == 1
    assert "Firms signed 5 agreements today." in shown
    doc = extractor.extract(CHANNEL_EXPORT)
    assert doc.publication_date == "2026-11-23"
    assert [(e.type, e.date) for e in doc.events] == [
        ("visit", "2026-11-23"),
        ("signing", "2026-11-24"),
    ]
    assert [f.value for f in doc.figures if f.kind == "agreement_count"] == [5]


def test_elements_of_another_vocabulary_stand_apart_in_a_page():
    page = (
        '<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "docbookx.dtd">'
        "<article><title>Report</title><author><firstname>Olivia</firstname><surname>Tam"
        "</surname></author><para>Talks were held on <emphasis>Monday</emphasis>.</para>"
        "</article>"
    )
    shown, _ = markup.page_text(page)
    words = shown.split()
    # DocBook's name parts are apart; an inline HTML-like run stays in its sentence
    assert "Olivia" in words and "Tam" in words
    assert "Talks were held on Monday." in " ".join(words)


# a CMS draft as a Quill delta (original)
DELTA = (
    '{"ops":[{"insert":"Tai\'an courts Macao"},{"attributes":{"header":1},"insert":"\\n"},'
    '{"insert":"Draft, 24 November 2026\\nTai\'an held a tourism promotion conference in Macao '
    'on "},{"attributes":{"bold":true},"insert":"Monday"},{"insert":".\\n"},'
    '{"insert":{"image":"https://cms.example/x.jpg"}},{"insert":"\\n"}]}'
)


def test_quill_delta_read_as_its_inserts(extractor):
    shown, _ = markup.json_text(DELTA)
    assert "Tai'an held a tourism promotion conference in Macao on Monday." in shown
    assert "cms.example" not in shown and "header" not in shown
    doc = extractor.extract(DELTA)
    assert doc.publication_date == "2026-11-24"
    assert [(e.type, e.date) for e in doc.events] == [("conference", "2026-11-23")]


BEAMER = (
    "\\documentclass{beamer}\n\\usetheme{Madrid}\n"
    "\\author{Song Li\\\\Deputy Director, Fuyang Municipal Bureau of Commerce}\n"
    "\\date{19 November 2026}\n\\begin{document}\n"
    "\\begin{frame}{This week in Macao}\n\\begin{itemize}\n"
    "\\item<2-> Fuyang promotion week at the Macao Tower, 17--21 November\n"
    "\\end{itemize}\n\\end{frame}\n\\end{document}\n"
)


def test_beamer_slides_read_as_their_words(extractor):
    shown = markup.latex_view(BEAMER)
    assert len(shown) == len(BEAMER)
    # a theme is no word; a slide's title is; an overlay goes; "\\\\" ends a line
    assert "Madrid" not in shown and "<2->" not in shown
    assert "This week in Macao" in shown
    assert "Song Li \nDeputy Director, Fuyang" in shown
    doc = extractor.extract(BEAMER)
    assert [(o.name, o.title) for o in doc.officials] == [("Song Li", "Deputy Director")]
    # a LaTeX "--" joins a range of days
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("conference", "2026-11-17", "2026-11-21")
    ]


@pytest.mark.parametrize(
    ("element", "shown"),
    [
        # a day shown without its year: the element's own day in its place
        ('<time datetime="2026-12-14T10:00+08:00">Mon 14 Dec, 10am</time>', "2026-12-14"),
        ('<time datetime="2026-11-20">Friday</time>', "2026-11-20"),
        # a day shown with its year, or an element with no day, as it is
        ('<time datetime="2026-12-14">14 December 2026</time>', "14 December 2026"),
        ('<time datetime="PT2H">two hours</time>', "two hours"),
        ("<time>Friday</time>", "Friday"),
    ],
)
def test_time_element_shown_without_a_year_shows_its_day(element, shown):
    page = f"<p>Opens {element} in Macao.</p>"
    text, where = markup.page_text(page)
    assert text.strip() == f"Opens {shown} in Macao."
    # (the day stands for the element's own text)
    at = text.index(shown)
    inner = element[element.index(">") + 1 : element.index("</")]
    assert page[slice(*where.span(at, at + len(shown)))] == inner


@pytest.mark.parametrize(
    ("element", "shown"),
    [
        # a post's age, its stamp in the element's attribute: the stamp's day in its place,
        # the age in a link inside it or not
        (
            '<span class="age" title="2026-11-23T01:12:40 1795396360"><a href="item?id=1">9 hours '
            "ago</a></span>",
            "2026-11-23",
        ),
        ('<relative-time datetime="2026-11-20T06:14:02Z">3 days ago</relative-time>', "2026-11-20"),
        ('<abbr class="timeago" title="2026-11-22T09:00:00Z">yesterday</abbr>', "2026-11-22"),
        # (a stamp over a written day, or an age with no stamp, as it is)
        ('<span title="2026-11-23T01:12:40">23 November 2026</span>', "23 November 2026"),
        ('<span class="age">9 hours ago</span>', "9 hours ago"),
    ],
)
def test_relative_age_with_a_stamp_attribute_shows_its_day(element, shown):
    page = f"<p>Posted by kwokfung {element} | reply</p>"
    text, where = markup.page_text(page)
    assert text.strip() == f"Posted by kwokfung {shown} | reply"
    at = text.index(shown)
    # (the day stands for the age's own words)
    assert markup.page_text(page)[0][at : at + len(shown)] == shown
    assert page[slice(*where.span(at, at + len(shown)))] in element


def test_forum_thread_page_dates_its_comments_by_the_submission_stamp(extractor):
    page = (
        "<html><head><title>Jiaozuo opens a robotics lab | Forum</title></head><body><table>"
        '<tr><td class="subtext"><span class="score">187 points</span> by <a href="user?id=k" '
        'class="hnuser">kwokfung</a> <span class="age" title="2026-11-23T01:12:40 1795396360">'
        '<a href="item?id=1">9 hours ago</a></span> | <a href="hide?id=1">hide</a> | '
        '<a href="item?id=1">64&nbsp;comments</a></td></tr>\n'
        '<tr><td><span class="comhead"><a href="user?id=k" class="hnuser">kwokfung</a> '
        '<span class="age" title="2026-11-23T02:05:11 1795399511"><a href="item?id=2">8 hours '
        'ago</a></span></span><div class="commtext">The mayor signed the agreement with the Hong '
        "Kong Polytechnic University in Hong Kong on Friday.</div></td></tr></table></body></html>"
    )
    doc = extractor.extract(page)
    assert doc.publication_date == "2026-11-23"
    assert page[doc.publication_date_info.start : doc.publication_date_info.end] == "9 hours ago"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-20")]


TELETEXT = (
    "P362  362 PEARLTEXT 362  Tue 24 Nov 18:42:07\n\n"
    " BUSINESS   MAINLAND LINKS           1/3\n\n"
    " XINYANG TEA FIRMS SIGN HK DEALS\n\n"
    " Tea growers and traders from Xinyang,\n"
    " in the south of Henan province, signed\n"
    " 14 supply agreements worth 260 million\n"
    " yuan with Hong Kong buyers yesterday,\n"
    " at a tea week in Wan Chai. Party\n"
    " Secretary Liu Shuping met leaders of\n"
    " the Hong Kong Chinese Importers' and\n"
    " Exporters' Association on Sunday.\n\n"
    " Business 350  Markets 361  Weather 401\n"
    " PEARLTEXT (C) PEARL BROADCASTING 2026\n"
)


def test_forty_column_page_is_unwrapped(extractor):
    shown, where = markup.unwrapped_text(TELETEXT)
    # a narrow wrap's lines that go on are joined, as any hard wrap's
    assert " signed 14 supply agreements worth 260 million yuan with Hong Kong buyers" in shown
    assert "the Hong Kong Chinese Importers' and Exporters' Association on Sunday." in shown
    at = shown.index("Importers'")
    assert TELETEXT[slice(*where.span(at, at + 10))] == "Importers'"
    doc = extractor.extract(TELETEXT)
    assert doc.publication_date == "2026-11-24"
    assert [(e.type, e.date) for e in doc.events] == [
        ("signing", "2026-11-23"),
        ("meeting", "2026-11-22"),
    ]
    assert [i.name for i in doc.institutions][:1] == [
        "Hong Kong Chinese Importers' and Exporters' Association"
    ]


@pytest.mark.parametrize(
    "meta",
    [
        '<meta property="article:published_time" content="2026-11-20T08:10:00+08:00">',
        '<meta property="datePublished" content="2026-11-20T08:10:00+08:00">',
        '<meta itemprop="datePublished" content="2026-11-20">',
        '<meta name="pubdate" content="2026-11-20">',
        '<meta content="2026-11-20T08:10:00Z" property="article:published_time" />',
    ],
)
def test_page_metadata_publication_day_dates_the_page(extractor, meta):
    page = (
        f"<html><head><title>Pingdingshan signs projects</title>{meta}"
        '<meta property="article:modified_time" content="2026-11-22T09:45:00+08:00"></head>'
        "<body><h1>Pingdingshan signs projects</h1><p>Updated 22 Nov 2026</p>"
        "<p>Pingdingshan held an investment conference in Hong Kong on Thursday.</p>"
        "</body></html>"
    )
    shown, where = markup.page_text(page)
    # the page's metadata stamp, once, on a line of its own where the element stood (the
    # modified day is no publication)
    assert shown.count("Published: ") == 1
    at = shown.index("Published: ") + len("Published: ")
    assert page[slice(*where.span(at, at + 10))] == "2026-11-20"
    doc = extractor.extract(page)
    assert doc.publication_date == "2026-11-20"
    assert [(e.type, e.date) for e in doc.events] == [("conference", "2026-11-19")]


CAPTIONS = (
    "Video captions (auto-translated)\n"
    "00:01  Hello Hong Kong, greetings from Baoshan,\n"
    "00:04  in the west of Yunnan.\n"
    "00:08  On Monday our coffee cooperative signed a three-year\n"
    "00:11  supply agreement with Kowloon Roasters Co.\n"
    "00:14  worth 22 million yuan.\n"
    "00:17  Next month our growers will visit Hong Kong\n"
    "00:20  for the Hong Kong Coffee Festival.\n"
)


def test_transcript_cues_that_run_on_are_one_sentence(extractor):
    shown, where = markup.unwrapped_text(CAPTIONS)
    # a cue whose sentence goes on in the next (in small letters) runs on, the next
    # cue's time left out; a cue that opens a sentence keeps its line and its time
    assert "00:01  Hello Hong Kong, greetings from Baoshan, in the west of Yunnan.\n" in shown
    assert (
        "00:08  On Monday our coffee cooperative signed a three-year supply agreement with "
        "Kowloon Roasters Co. worth 22 million yuan.\n"
    ) in shown
    at = shown.index("supply agreement")
    assert CAPTIONS[slice(*where.span(at, at + 6))] == "supply"
    doc = extractor.extract("Published 2026-11-18 20:31\n\n" + CAPTIONS)
    assert [(e.type, e.date) for e in doc.events] == [
        ("signing", "2026-11-16"),
        ("visit", "2026-12"),
        ("conference", "2026-12"),
    ]


def test_programme_timed_entries_stay_lines():
    # a programme's entries open in capitals: each its own line
    text = (
        "09:30  Meeting with the Secretary\n10:30  Visit to the port\n12:00  Lunch\n"
        "14:30  Investment Promotion Conference\n17:00  Return to the hotel\n"
    )
    assert markup.unwrapped_text(text) is None


COOPERATION_MAP = """{
  "type": "FeatureCollection",
  "metadata": {"title": "Anyang - Hong Kong and Macao cooperation map",
               "generated": "2026-11-23T06:00:00Z"},
  "features": [
    {"type": "Feature", "properties": {
      "title": "Anyang signs e-commerce memorandum in Hong Kong",
      "category": "signing", "date": "2026-11-19",
      "summary": "The Anyang Municipal Bureau of Commerce signed a memorandum of understanding in Hong Kong."},
     "geometry": {"type": "Point", "coordinates": [114.17, 22.32]}},
    {"type": "Feature", "properties": {
      "title": "Oracle bones exhibition at the Hong Kong Palace Museum",
      "category": "exhibition", "date": "2026-12-05", "end_date": "2027-03-14",
      "summary": "Some 120 oracle bones will go on show in Hong Kong."},
     "geometry": {"type": "Point", "coordinates": [114.16, 22.30]}},
    {"type": "Feature", "properties": {
      "title": "Macao students' study tour of Yinxu",
      "category": "visit", "date": "2026-11-10", "end_date": "2026-11-14",
      "summary": "Forty students from Macao visited the Yinxu ruins on a study tour."},
     "geometry": {"type": "Point", "coordinates": [114.39, 36.13]}}
  ]
}"""


def test_happening_records_read_as_event_pages(extractor):
    shown, where = markup.json_text(COOPERATION_MAP)
    # a record with a happening's kind or an end day is an event page: what and when (its
    # days), then its summary; the file's own "generated" day is its stamp
    assert "Anyang - Hong Kong and Macao cooperation map\nPublished: 2026-11-23" in shown
    assert "What: Oracle bones exhibition at the Hong Kong Palace Museum\n" in shown
    assert "When: 2026-12-05 - 2027-03-14\n" in shown
    assert "When: 2026-11-19\n" in shown
    at = shown.index("2027-03-14")
    assert COOPERATION_MAP[slice(*where.span(at, at + 10))] == "2027-03-14"
    doc = extractor.extract(COOPERATION_MAP)
    assert doc.publication_date == "2026-11-23"
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("signing", "2026-11-19", None),
        ("conference", "2026-12-05", "2027-03-14"),
        ("visit", "2026-11-10", "2026-11-14"),
    ]


def test_an_article_record_keeps_its_published_line():
    # (an export's article, its "type" no happening's kind, is still an article)
    record = (
        '{"type": "article", "title": "Trade rises", "date": "2026-11-20", "body": "Trade rose."}'
    )
    shown, _ = markup.json_text(record)
    assert shown.startswith("Trade rises\nPublished: 2026-11-20\n")


TEI = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n'
    "<teiHeader><fileDesc>\n<titleStmt><title>Shangrao and Macao sign tourism pact</title>"
    "</titleStmt>\n<publicationStmt><publisher>Jiangxi Digital Press Archive</publisher>"
    '<date when="2026-11-24">24 November 2026</date></publicationStmt>\n'
    '<sourceDesc><bibl><title level="j">Jiangxi Daily (English Edition)</title>'
    '<date when="2026-11-20">20 November 2026</date></bibl></sourceDesc>\n'
    '</fileDesc></teiHeader>\n<text><body><div type="article">\n'
    "<p><placeName>Shangrao</placeName> signed a tourism cooperation agreement with the "
    "<orgName>Macao Government Tourism Office</orgName> yesterday.</p>\n"
    "<p>Visitors from Macao rose 41<choice><sic>%</sic><corr> percent</corr></choice> in "
    "the first ten months.</p>\n</div></body></text>\n</TEI>\n"
)


def test_tei_document_dated_by_its_source_and_its_corrected_readings(extractor):
    shown, where = markup.page_text(TEI)
    # the source's day is the text's stamp; the editor's corrected reading stands in the
    # sentence, the reading set aside shows nothing; names stay in their sentence
    assert "\nPublished: 2026-11-20\n" in shown
    assert "rose 41 percent in the first ten months." in shown
    assert "Shangrao signed a tourism cooperation agreement with the Macao Government" in shown
    at = shown.index("Published: ") + len("Published: ")
    assert TEI[slice(*where.span(at, at + 10))] == "2026-11-20"
    doc = extractor.extract(TEI)
    assert doc.publication_date == "2026-11-20"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-19")]
    assert [(f.kind, f.value) for f in doc.figures] == [("percentage", 41.0)]


def test_short_lines_that_are_a_list_stay_lines():
    # lines under fifty columns that end their items are no narrow wrap
    text = "".join(f"{k}. Meeting with the Bureau of Trade, room {k}\n" for k in range(1, 10))
    assert markup.unwrapped_text(text) is None


def test_event_page_with_yearless_time_elements(extractor):
    page = (
        "<html><body>\n<article>\n  <h1>Wenzhou Food Week in Macao</h1>\n"
        '  <p class="when">\n    <time datetime="2026-12-07T10:00">Mon 7 Dec</time> &ndash;\n'
        '    <time datetime="2026-12-11T18:00">Fri 11 Dec</time>\n  </p>\n'
        "  <div>\n    <p>Wenzhou will sign four tourism agreements on the opening day.</p>\n"
        '  </div>\n</article>\n<footer>Updated <time datetime="2026-11-18">18 Nov</time></footer>'
        "\n</body></html>"
    )
    shown, _ = markup.page_text(page)
    # the page's blank runs are one blank line each, as a browser shows its blocks
    assert "\n\n\n" not in shown
    assert "Wenzhou Food Week in Macao\n\n2026-12-07 –\n    2026-12-11" in shown
    doc = extractor.extract(page)
    assert doc.publication_date == "2026-11-18"
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("conference", "2026-12-07", "2026-12-11"),
        ("signing", "2026-12-07", None),
    ]


QUARTO = (
    '---\ntitle: "Brief"\ndate: 2026-11-27\n---\n\n```{r}\n#| label: setup\n'
    'trade <- read_csv("trade.csv")  # 31 percent of rows\n```\n\n'
    "Exports to Macao rose 12% in October.\n\n```python\nshare = 0.44  # 44% in 2025\n```\n\n"
    "::: {.callout-note}\nFigures for November will follow.\n:::\n\n"
    "```\nA plain block: 7 agreements were signed.\n```\n"
)


def test_code_blocks_are_blanked_one_for_one(extractor):
    shown = markup.markdown_view(QUARTO)
    assert len(shown) == len(QUARTO)
    # an executable chunk and a block in a named language read as spaces, lines kept
    assert "read_csv" not in shown and "31 percent" not in shown and "44%" not in shown
    assert shown.count("\n") == QUARTO.count("\n")
    # a div's fences go, its prose stays; a plain block keeps its words
    assert ":::" not in shown and "Figures for November will follow." in shown
    assert "A plain block: 7 agreements were signed." in shown
    doc = extractor.extract(QUARTO)
    assert sorted((f.kind, f.value) for f in doc.figures) == [
        ("agreement_count", 7),
        ("percentage", 12),
    ]


def test_fence_line_is_never_a_wrapped_lines_tail():
    text = (
        "The two sides met in Macao on Monday to review the cooperation programme and\n"
        "agreed to set up a working group on tourism, trade and youth exchanges soon.\n"
        "Officials from both governments will report on the first results in spring\n"
        "```{r}\nplot(trade)\n```\n"
        "The delegation also visited the Macao Science Center and two universities in\n"
        "the Taipa district before returning home on Wednesday evening by ferry.\n"
    )
    unwrapped = markup.unwrapped_text(text)
    shown = unwrapped[0] if unwrapped else text
    assert "\n```{r}\n" in shown and "\n```\n" in shown


SBV = (
    "0:00:00.000,0:00:04.200\nThe Luohe Food Week opened in Macao on 30 November 2026.\n\n"
    "0:00:04.200,0:00:09.000\nOn 1 December, the Luohe Commerce Bureau\n\n"
    "0:00:09.000,0:00:13.500\nsigned 3 cooperation agreements with Macao importers.\n"
)


def test_sbv_caption_timings_are_blanked_and_cues_run_on(extractor):
    shown = markup.subtitle_view(SBV)
    assert len(shown) == len(SBV) and "0:00" not in shown
    # (a cue runs on the next line: the blank line and the timing are spaces)
    assert re.search(r"the Luohe Commerce Bureau +\nsigned 3", shown)
    doc = extractor.extract(SBV)
    assert [(e.type, e.date) for e in doc.events] == [
        ("conference", "2026-11-30"),
        ("signing", "2026-12-01"),
    ]


# A blog's export (original, as Ghost writes one): its post's body three times over, as
# the editor's JSON in a string ("lexical"), as "html" and as "plaintext"; its "created_at"
# before its "published_at"
BLOG_EXPORT = (
    '{"db": [{"meta": {"exported_on": 1764058213000}, "data": {"posts": [{'
    '"title": "Putian shoemakers sign deals in Hong Kong",'
    ' "lexical": "{\\"root\\":{\\"children\\":[{\\"text\\":\\"Putian signed 4 agreements.\\"}]}}",'
    ' "html": "<p>Putian signed 4 agreements on 18 November.</p>",'
    ' "plaintext": "Putian signed 4 agreements on 18 November.",'
    ' "custom_excerpt": "Footwear makers find buyers",'
    ' "created_at": "2026-11-19T14:05:41.000Z", "published_at": "2026-11-20T08:30:00.000Z"}],'
    ' "users": [{"name": "Grace Lin", "bio": "Reporter"}]}}]}'
)


def test_blog_export_reads_its_post_once_with_its_publication_day(extractor):
    shown, _ = markup.json_text(BLOG_EXPORT)
    assert shown == (
        "Putian shoemakers sign deals in Hong Kong\n"
        "Published: 2026-11-20T08:30:00.000Z\n"
        "Footwear makers find buyers\n\n"
        "Putian signed 4 agreements on 18 November.\n\n"
    )
    doc = extractor.extract(BLOG_EXPORT)
    assert doc.publication_date == "2026-11-20"
    assert [f.value for f in doc.figures if f.kind == "agreement_count"] == [4.0]
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-18")]


# A journal app's export (original, as Day One writes one): Markdown escapes in an entry's
# "text", its day in "creationDate"; and a table's records (as Airtable's API gives them),
# each record's "fields" its own lines
JOURNAL = (
    '{"metadata": {"version": "1.0"}, "entries": [{"uuid": "6A1F", '
    '"creationDate": "2026-11-24T13:40:02Z", "modifiedDate": "2026-11-24T13:55:31Z", '
    '"text": "# Roadshow day\\n\\n9 projects signed at the roadshow, 4\\\\.6 billion yuan in '
    'all\\\\. Output rose 12\\\\.5% in Jan\\\\-Oct\\\\."}]}'
)
RECORDS = (
    '{"records": [{"id": "recA1", "createdTime": "2026-11-19T06:21:09.000Z", "fields": '
    '{"Event": "Yangjiang knife roadshow", "Date": "2026-12-09", "Attendees": 120, '
    '"Files": [{"url": "https://example.org/a.pdf"}], "Lead": "Mayor Chen Ting"}}]}'
)


def test_journal_export_reads_markdown_escapes_and_creation_day(extractor):
    shown, where = markup.json_text(JOURNAL)
    assert "4.6 billion yuan in all. Output rose 12.5% in Jan-Oct." in shown
    at = shown.index("4.6")
    assert JOURNAL[slice(*where.span(at, at + 3))] == "4\\\\.6"
    doc = extractor.extract(JOURNAL)
    assert doc.publication_date == "2026-11-24"
    assert [(f.kind, f.value) for f in doc.figures] == [
        ("agreement_count", 9.0),
        ("money", 4600000000.0),
        ("percentage", 12.5),
    ]


def test_table_records_read_as_their_fields(extractor):
    shown, where = markup.json_text(RECORDS)
    assert shown.split("\n")[:6] == [
        "Published: 2026-11-19T06:21:09.000Z",
        "Event: Yangjiang knife roadshow",
        "Date: 2026-12-09",
        "Attendees: 120",
        "Lead: Mayor Chen Ting",
        "",
    ]
    at = shown.index("Event:")
    assert RECORDS[slice(*where.span(at, at + 6))] == '"Event"'
    doc = extractor.extract(RECORDS)
    assert doc.publication_date == "2026-11-19"
    assert [(o.name, o.title) for o in doc.officials] == [("Chen Ting", "Mayor")]
    assert [(e.type, e.date) for e in doc.events] == [("conference", "2026-12-09")]


# A messenger's thread export (original): each message's "content", its UTF-8 bytes
# escaped one by one, its stamp in milliseconds ("timestamp_ms"), the newest first
THREAD = (
    '{"participants": [{"name": "Lo Wing"}], "messages": [{"sender_name": "Lo Wing",'
    ' "timestamp_ms": 1796044817123, "content": "Wuwei\\u00e2\\u0080\\u0099s mayor will sign 4'
    ' agreements in Macao on Friday."}], "title": "Wuwei trip"}\n'
)


def test_thread_export_reads_its_millisecond_stamps(extractor):
    shown, where = markup.json_text(THREAD)
    assert "Published: 2026-11-30" in shown.splitlines()
    at = shown.index("2026-11-30")
    assert THREAD[slice(*where.span(at, at + 10))] == "1796044817123"
    doc = extractor.extract(THREAD)
    assert doc.publication_date == "2026-11-30"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-12-04")]


# A blog's post exported as HTML with microformats (original, as Medium exports one): its
# day in the footer's "dt-published" time element, the export's own day after it
BLOG_POST = (
    '<article class="h-entry"><h1 class="p-name">Wuwei in Macao</h1>'
    '<section class="e-content"><p>The Wuwei Wine Week closed last Saturday.</p></section>'
    '<footer><p>By Lo Wing on <time class="dt-published" datetime="2026-11-28T09:41:17Z">'
    "November 28, 2026</time>.</p><p>Exported from Medium on November 30, 2026.</p>"
    "</footer></article>"
)


def test_blog_post_export_reads_its_published_time(extractor):
    shown, where = markup.page_text(BLOG_POST)
    assert "Published: 2026-11-28" in shown.splitlines()
    at = shown.index("Published")
    assert BLOG_POST[slice(*where.span(at, at + 9))].startswith('<time class="dt-published"')
    doc = extractor.extract(BLOG_POST)
    assert doc.publication_date == "2026-11-28"
    assert [(e.type, e.date) for e in doc.events] == [("conference", "2026-11-21")]


# A forum topic as Discourse's JSON gives it (original): each post's rendered HTML in
# "cooked", the topic's "title" and "created_at"
TOPIC = (
    '{"post_stream": {"posts": [{"id": 7, "username": "lo", "created_at":'
    ' "2026-11-27T02:14:51.220Z", "cooked": "<p>Bijie&#39;s mayor will sign 2 agreements'
    ' in Macao on 9 December.</p>", "post_number": 1}]}, "title": "Bijie trip",'
    ' "created_at": "2026-11-27T02:14:51.169Z"}\n'
)
# A chat space's messages as Google's export gives them (original): "created_date" written
# out with its weekday, time and zone
SPACE = (
    '{"messages": [{"creator": {"name": "Lo Wing"}, "created_date": "Tuesday, December 1,'
    ' 2026 at 1:05:44 AM UTC", "text": "Vice Mayor Duan Minghua lands in Macao tomorrow.",'
    ' "topic_id": "k2Lr8"}]}\n'
)


def test_forum_topic_reads_its_cooked_posts(extractor):
    shown, _ = markup.json_text(TOPIC)
    assert "Bijie's mayor will sign 2 agreements in Macao on 9 December." in shown
    doc = extractor.extract(TOPIC)
    assert doc.publication_date == "2026-11-27"
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-12-09")]


def test_chat_space_reads_its_written_created_dates(extractor):
    doc = extractor.extract(SPACE)
    assert doc.publication_date == "2026-12-01"
    assert [(e.type, e.date) for e in doc.events] == [("visit", "2026-12-02")]


AMP_PAGE = (
    '<!doctype html>\n<html ⚡ lang="en">\n<head>\n<title>Yichun tea in Hong Kong</title>\n'
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":'
    '"2026-11-20T09:30:00+08:00","dateModified":"2026-11-21T10:05:00+08:00"}</script>\n'
    '<script async src="https://cdn.ampproject.org/v0.js"></script>\n</head>\n<body>\n'
    '<p class="meta">Updated: 2026-11-21 10:05</p>\n'
    "<p>Yichun held a tea promotion at Times Square on Thursday.</p>\n</body></html>\n"
)


def test_html_json_ld_publication_day_shows_as_a_stamp():
    shown, where = markup.shown_text(AMP_PAGE)
    # the JSON-LD's "datePublished" is a "Published:" line where the script stood, mapped
    # to its day; the other script shows nothing
    assert "Published: 2026-11-20\n" in shown
    assert "ampproject" not in shown and "dateModified" not in shown
    at = shown.index("2026-11-20")
    assert AMP_PAGE[slice(*where.span(at, at + 10))] == "2026-11-20"


def test_html_json_ld_published_day_dates_the_page(extractor):
    doc = extractor.extract(AMP_PAGE)
    # (published over updated; "on Thursday" the day before the published Friday)
    assert doc.publication_date == "2026-11-20"
    assert [(e.type, e.date) for e in doc.events] == [("conference", "2026-11-19")]
