"""Publication dates in the forms news pages carry."""

import pytest

from coop_extract.extractors.pubdate import find_publication_date

# fmt: off
CASES = [
    # a monitoring service's source line: the day it was carried, its year in two digits,
    # under a dateline with none
    ("Yinchuan, 27 November: The city signed deals.\n\nSource: Xinhua news agency, Beijing,"
     " in English 1123 gmt 27 Nov 26\n", "2026-11-27", "pubdate.source_line"),
    # a note titled by its day, as note apps name a daily note (a heading's mark or not)
    ("# 2026-11-30 Anshun mission in Macao\n#trips\n\n## Mon 30 Nov\n- Talks with IPIM\n",
     "2026-11-30", "pubdate.note_title"),
    ("2026-11-24 - Weekly desk notes\n\nMet the bureau on Monday.", "2026-11-24",
     "pubdate.note_title"),
    # a note app's metadata under the note: the day it was created, an ISO stamp with its time
    ("Notes\n\nMet the bureau on Monday.\n\nid: 8f3c2a91\ncreated_time: 2026-11-24T02:15:33"
     ".512Z\nupdated_time: 2026-11-25T13:40:12.007Z\ntype_: 1\n", "2026-11-24",
     "pubdate.labelled_iso"),
    # a call's chat giving its own day for the minutes
    ("10:02:15 From Ho Ka to Everyone:\n\tWelcome to the call. For the minutes: Wednesday 25 "
     "November 2026.\n10:03:01 From Ho Ka to Everyone:\n\tThe fair opens on 3 December 2026.",
     "2026-11-25", "pubdate.labelled_text"),
    # a data file's comment with its last edit
    ("# data/events/x.toml\n# Event data. Last edited 2026-11-21 by the web desk.\n\ntitle = 1",
     "2026-11-21", "pubdate.labelled_iso"),
    # a town whose name holds a trip's noun is a dateline's place
    ("MISSION VIEJO, Calif., Nov. 18, 2026 -- The firm said.", "2026-11-18", "pubdate.dateline"),
    # an AsciiDoc document's revision line under its title and author, or its attribute
    ("= Mission report\nTrade Association <desk@example.org>\nv1.2, 2026-11-21: Final\n"
     ":toc: left\n\n== Summary\n\nThe mission met on 16 November 2026.", "2026-11-21",
     "pubdate.revision_line"),
    ("= Mission report\n:revdate: 2026-11-20\n:toc:\n\nText.", "2026-11-20",
     "pubdate.revision_line"),
    # an issue tracker's page: the day its issue was opened, not its comments' days
    ("Add Huizhou MoU to the dataset #214\n\nClosed   wingkei-data opened this issue on Nov "
     "19, 2026 · 4 comments\n\nmcheng-hk commented on Nov 20, 2026\n\nThanks!", "2026-11-19",
     "pubdate.labelled_text"),
    # a data file's stamp in a comment, its key in snake case, over its records' dates
    ("# _data/events.yml\n# last_updated: 2026-11-20 by the desk\n\n- title: Forum\n"
     "  date: 2026-12-03\n", "2026-11-20", "pubdate.labelled_iso"),
    # a wiki page's foot: the day it was last edited, over its comments' signatures
    ("Talk:Ferry route\n\nThe lead needs a source. Lo (talk) 09:14, 12 November 2026 (UTC)\n\n"
     "This page was last edited on 14 November 2026, at 08:02 (UTC).", "2026-11-14",
     "pubdate.labelled_text"),
    # a tracker card's latest stamp, not the day it was made
    ("CARD #12  Ferry pact\nCreated: 2 Oct 2026 by Lo\nLast activity: 20 Nov 2026 16:22\n\nText.",
     "2026-11-20", "pubdate.labelled_text"),
    # a page's JSON-LD block left in the text: its datePublished, not its dateModified
    ('<script type="application/ld+json">{"@type":"NewsArticle","dateModified":'
     '"2026-12-02T10:00:00+08:00","datePublished":"2026-12-01T08:15:00+08:00"}</script>'
     "\n\nThe fair closed on Friday.", "2026-12-01", "pubdate.metadata_key"),
    ("Suzhou Bureau of Commerce | Updated:2023-02-27 15:41\n\nText.", "2023-02-27", "pubdate.labelled_iso"),
    ("Body text.\n\n2023-05-13 02:08:25\n#tags", "2023-05-13", "pubdate.timestamp_line"),
    ("Published: 8:29pm, 25 Nov 2024\n\nText.", "2024-11-25", "pubdate.labelled_text"),
    ("Oct 26, 2023\n\nShanghai and Suzhou ...", "2023-10-26", "pubdate.date_line"),
    ("Headline\nBy A. Reporter\nDecember 6, 2024 at 10:12 AM GMT+8\n\nText.", "2024-12-06", "pubdate.date_line"),
    ("Headline\nNanning, Sept 10, 2024\n\nA delegation ...", "2024-09-10", "pubdate.dateline"),
    ("date 2023-05-24\nText", "2023-05-24", "pubdate.labelled_iso"),
    ("HANGZHOU, Oct 9, 2024 (Campus Wire) -- Text", "2024-10-09", "pubdate.dateline"),
    ("Thursday, September 11, 2025\n\nText", "2025-09-11", "pubdate.date_line"),
    ("Posted 2025-05-22 by the desk", "2025-05-22", "pubdate.labelled_iso"),
    # a court's paper: the day of its judgment is its own (not the hearing's)
    ("HCA 12/2026\nDate of Hearing: 4 May 2026\nDate of Judgment: 2 June 2026\n\nText",
     "2026-06-02", "pubdate.labelled_text"),
    # an e-mail header's weekday cut short, before an event page's "Date:" in its body
    ("From: Desk <a@b.org>\nDate: Thu, 26 Nov 2026 14:03:11 +0800\n\nEvent: Forum\n"
     "Date: Friday, 4 December 2026", "2026-11-26", "pubdate.labelled_text"),
    # a programme's "as of" line under its title
    ("Study Tour to Xi'an\nProgramme (as of 3 March 2026)\n\nDay 1", "2026-03-03", "pubdate.header_line"),
    # a Chinese label on a header line
    ("粤港澳大湾区 | Bay Area News\n发布时间：2025年11月27日\n\nText", "2025-11-27", "pubdate.header_line"),
    # a report's delivery line: labels are not counted against a header's length
    ("Report of the Zhuhai Government\nDelivered at the Third Session of the 11th Zhuhai Municipal "
     "People's Congress on 2025.01.20\n\nText", "2025-01-20", "pubdate.header_line"),
    # an agency's dateline in spaced dashes, the date closed by a colon
    ("Harbour Credit Research - Macau - 4 Mar 2026: The agency has upgraded ...", "2026-03-04",
     "pubdate.dateline"),
    ("SHENZHEN — 9 June 2026 — A fintech fund ...", "2026-06-09", "pubdate.dateline"),
    # a journal's history line: the day it was published online
    ("Title\nReceived 2 March 2026; accepted 9 June 2026; published online 1 July 2026\n\nText",
     "2026-07-01", "pubdate.labelled_text"),
    # a header line ends after its date, whatever words come before the label
    ("Compiled by the desk, published 9 May 2026\n\nText", "2026-05-09", "pubdate.labelled_text"),
    # a video page's counter and "streamed live" / "premiered" beside its date
    ("Trade week recap\n1,204 views  Streamed live on 3 Dec 2026\n\nText", "2026-12-03",
     "pubdate.header_line"),
    ("Trade week recap\n12K views · Premiered Dec 3, 2026\n\nText", "2026-12-03",
     "pubdate.header_line"),
    # a photo's metadata, its day written as a camera writes it
    ("File name: QZ_0031.jpg\nDate Created: 2026:10:04 16:20:05\nCity: Quanzhou\n\nText",
     "2026-10-04", "pubdate.labelled_iso"),
    # the year before the month's name, as a cable's header writes it
    ("Reference ID: 26SHENZHEN0412\nCreated: 2026 October 7, 16:20 (Wednesday)\n\nText",
     "2026-10-07", "pubdate.header_line"),
    ("Notes\n2025 Mar 3 · Desk\n\nText", "2025-03-03", "pubdate.header_line"),
    # a chat's export stamp
    ("Messages exported from the desk's broadcast list\nExport date: 23/11/2026\n\n"
     "[16/11/2026, 07:02] Desk: Text.", "2026-11-23", "pubdate.header_line"),
    # a petition's line: who started it, the day, its count of signatures
    ("PETITION\n\nKeep the night bus\n\nStarted by Tai Po Residents Group · 2 March 2026 · 812 "
     "signatures\n\nText.", "2026-03-02", "pubdate.header_line"),
    # a notice's own date, not the day it takes effect on
    ("NOTICE 12\nSubject: Ferry times\nEffective: 1 March 2026\nDate of notice: 9 February 2026"
     "\n\nText.", "2026-02-09", "pubdate.labelled_text"),
    # a weekly page's own week, from its first day
    ("TRADE LEADS\nWeek of 9-15 March 2026 · compiled by the desk\n\nText.", "2026-03-09",
     "pubdate.header_line"),
]
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "No date here at all.",
        "In 2018 the line opened.",
        "Call 2023-99-99",
        # a sentence's day range is no dateline
        "The fair runs 3 - 5 May 2026 - and more.",
        # another paper's date, told in a sentence
        "All resolutions in the circular of the Company dated 3 March 2026 were passed.",
        "Update\n\nThe plan was published on 3 May 2025 by the bureau.",
        # an event's venue and day under its name
        "Fintech Summit\nMacau Tower Convention Centre, 9 December 2026\n\nSpeakers.",
        # ... or a room's and its building's, then the day and its hour
        "Welcome Dinner\nJade Room, Lisboa Palace, Cotai  |  Friday, 4 December 2026, 7:30 pm"
        "\n\nSeats.",
        # a trip's title with its day: when the trip was made, no dateline
        "Tangshan delegation in Macao, 18 November 2026\n\nThe route of the day.",
        "Huzhou Trade Mission to Hong Kong, 2 December 2026\n\nProgramme.",
        # a log's dated entries below its header: the first entry's day is not the page's
        "MARITIME MUSEUM\nGuest register\nExtracts for the autumn\n\nOur thanks to all.\n\n"
        "***\n\n5 September 2026\n\nA fine visit.\n\n***\n\n22 September 2026 (Tuesday)\n\n"
        "Most instructive.",
        # a date under a "Notes" heading is a cited paper's
        "Working Paper | November 2026\n\nText.\n\nNotes\n1  Bureau, circular issued 13 "
        "December 2023.\n",
    ],
)
def test_pubdate_none(text):
    assert find_publication_date(text) is None


def test_pubdate_yearless_dateline_takes_year_from_text():
    text = (
        "HONG KONG, March 21 (Xinhua) -- Hong Kong's exports rose in February 2023, "
        "the government said, with a target set for 2035."
    )
    found = find_publication_date(text)
    assert (found["date"], found["rule"]) == ("2023-03-21", "pubdate.dateline_year_from_text")
    assert text[found["start"] : found["end"]] == "March 21"


def test_pubdate_yearless_dateline_skips_a_baseline_year():
    # "up from about 9,000 in 2020" compares with a year gone by: no year for the dateline
    text = (
        "ZHUHAI, Nov. 3 (Xinhua) -- More than 20,000 residents now live there, up from "
        "about 9,000 in 2020."
    )
    assert find_publication_date(text) is None


def test_pubdate_yearless_dateline_weekday_after_a_time():
    # the lead's "7:40 a.m." ends no sentence, and "on a cold Tuesday" fits 9 January 2024,
    # not the 2023 the text names
    text = (
        "MACAO, Jan. 9 (Xinhua) -- At 7:40 a.m. on a cold Tuesday, staff opened the new "
        "hall. Exports reached a record in 2023."
    )
    assert find_publication_date(text)["date"] == "2024-01-09"


def test_pubdate_yearless_dateline_without_any_year_is_none():
    assert find_publication_date("HONG KONG, March 21 (Xinhua) -- Trade rose.") is None
    # where a span began ("since 2019") is not the year the story is told in
    text = "FOSHAN, Nov. 2 (Xinhua) -- Some 80 Foshan brands have opened in Macao since 2019."
    assert find_publication_date(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a teletext page's header: its weekday, day and month, no year; the year the page
        # tells elsewhere, in which that day is that weekday
        (
            "P362  362 PEARLTEXT 362  Tue 24 Nov 18:42:07\n\n TEA FIRMS SIGN DEALS\n\n"
            " PEARLTEXT (C) 2026",
            "2026-11-24",
        ),
        # (a copyright's year a year off: the year in which the day is that weekday)
        ("P101  CEEFAX 101  Fri 1 Jan 09:15/07\n\n NEWS\n\n (C) 2020", "2021-01-01"),
        ("Sun Nov 29 07:05\nBody of the page.\nCopyright 2026", "2026-11-29"),
    ],
)
def test_pubdate_yearless_weekday_stamp_takes_the_year_its_weekday_fits(text, iso):
    found = find_publication_date(text)
    assert (found["date"], found["rule"]) == (iso, "pubdate.weekday_stamp_year_from_text")
    assert text[found["start"] : found["end"]] == found["text"]


def test_pubdate_yearless_weekday_stamp_needs_a_year_and_a_fitting_weekday():
    assert find_publication_date("P362  PEARLTEXT  Tue 24 Nov 18:42:07\n\n Tea deals.") is None
    # (24 November is a Monday in 2025, a Tuesday in 2026, a Wednesday in 2027: never a
    # Thursday)
    text = "P362  PEARLTEXT  Thu 24 Nov 18:42:07\n\n Tea deals.\n (C) 2026"
    assert find_publication_date(text) is None


# fmt: off
HEADERS = [
    ("Source: Guangdong Provincial People's Government | 2024-07-16\n\nText.", "2024-07-16", "pubdate.header_iso"),
    ("Fair opens\n2025-06-18 | Source: Provincial Government\n\nText.", "2025-06-18", "pubdate.header_iso"),
    ("Headline\nJanuary 7, 2025 · Macau Daily Times\n\nText.", "2025-01-07", "pubdate.header_text"),
    # a weekday before it: a log's page head
    ("DESK LOG\nWednesday 25 November 2026 | Night shift | Editor: K. Lam\n\n21:05  Text.",
     "2026-11-25", "pubdate.header_text"),
    ("PRESS RELEASE\n\nHong Kong, 18 April 2025 – A trade mission ...", "2025-04-18", "pubdate.dateline"),
    ("Macau, May 3, 2024 (Lusa) -- Text", "2024-05-03", "pubdate.dateline"),
    ("PRESS RELEASE\n\nFOSHAN, China, 3 April 2025 /PRNewswire/ -- Text", "2025-04-03", "pubdate.dateline"),
    ("HONG KONG, Dec 4 (Xinhua) -- Trade rose 3% in 2024; it would grow in 2025.", "2024-12-04", "pubdate.dateline_year_from_text"),
    # the lead's "on Tuesday" says which year puts Jan. 9 on a Tuesday (2023 figures: 2024)
    ("CHONGQING, Jan. 9 (Xinhua) -- The two sides on Tuesday signed 21 deals. Trade reached "
     "10 billion yuan in 2023. The next meeting is scheduled for 2025.", "2024-01-09",
     "pubdate.dateline_year_from_text"),
    # ... and a Monday's report of what opened "on Sunday" keeps its year
    ("GUANGZHOU, Oct 16 (Xinhua) -- The fair opened on Sunday. Exports rose 3% in 2023.",
     "2023-10-16", "pubdate.dateline_year_from_text"),
    # a whole year's figure ("in 2024, up 5 percent year on year") is told after that year
    ("SHANTOU, Dec. 3 (Xinhua) -- The fair opened on Tuesday. Exports to Macao reached 8.2 billion "
     "yuan in 2024, up 5.1 percent year on year.", "2025-12-03", "pubdate.dateline_year_from_text"),
    # a social post's "MM-DD HH:MM" stamp near the top, its year from the text
    ("City Release V\n11-23 14:05 from Weibo\n\nExports rose 8% in the first ten months of "
     "2026.", "2026-11-23", "pubdate.post_stamp_year_from_text"),
]
# fmt: on


# fmt: off
FOOTERS = [
    # a document's short version stamp; a page's "Last updated" under a "Record of" heading
    ("RUN OF SHOW (v2, 30 Nov 2026)\n\nEvent: Forum", "2026-11-30", "pubdate.labelled_text"),
    ("Record of gifts received\nPeriod: 1 July to 30 September 2026     Last updated: 15 "
     "October 2026\n\nText.", "2026-10-15", "pubdate.labelled_text"),
    # a source line that ends the text, with its day
    ("Headline\n\n" + "A paragraph.\n\n" * 8 + "Source: Xinhua, November 20, 2026",
     "2026-11-20", "pubdate.source_foot"),
    # a ticket's stamp at its foot, the day and month in numbers (day first: 20 > 12)
    ("E-TICKET\n\nForum\nDate: Saturday, 12 December 2026\nVenue: Hall 5BC\n\nIssued: "
     "20/11/2026 16:02 HKT", "2026-11-20", "pubdate.labelled_numeric"),
    ("Last updated: 03.11.2026\n\nBody.", "2026-11-03", "pubdate.labelled_numeric"),
    ("Body.\n\nEnds/Saturday, March 9, 2024\nIssued at HKT 18:30", "2024-03-09", "pubdate.press_release_end"),
    ("Macau Business | June 20, 2024\n\nBody.", "2024-06-20", "pubdate.header_text"),
    # an agenda's "Date:" is its meeting's; the paper's own is when it was issued
    ("Fifth Meeting\n\nAGENDA\n\nDate: Friday, 6 March 2026\n\nItem 1  Matters arising\n\n"
     "Issued: 20 February 2026", "2026-02-20", "pubdate.labelled_text"),
    # "Published on <date>" on a line of its own
    ("NOTICE\n\nThe contract was signed on 2 March 2026.\n\nPublished on 9 March 2026",
     "2026-03-09", "pubdate.labelled_text"),
    # a document's numbered version and its day
    ("DELEGATION LIST (version 2, 14 May 2027)\n\nHead of delegation: ...", "2027-05-14",
     "pubdate.labelled_text"),
    # a release's own "Release date:" still dates it, past a listing's day
    ("Listing date: 3 March 2027\nRelease date: 24 February 2027\n\nBody.", "2027-02-24",
     "pubdate.labelled_text"),
    # a weekly page's title and its week written out: the week's first day
    ("TV WEEK | Friday 27 November to Thursday 3 December 2026\nListings\n\nBody.",
     "2026-11-27", "pubdate.header_line"),
    # a release's stamp in brackets under its title (over the week's line)
    ("WEEKLY SCHEDULE\nWeek of 7 to 11 December 2026\n(Issued by the Press Office on Saturday, "
     "5 December 2026. Times may change.)\n\nBody.", "2026-12-05", "pubdate.header_line"),
    # a digest's own stamp over its clippings, each with its "Date:" field
    ("PRESS DIGEST\nCompiled: 3 March 2027, 09:00\n\nITEM 1\nDate:  2 March 2027\nText.\n\n"
     "ITEM 2\nDate:  1 March 2027\nText.", "2027-03-03", "pubdate.header_line"),
    # an e-mail's "Date:" with nothing dated over it is its own, another "Date:" below
    ("From: Bureau\nDate: Fri, 20 Nov 2026 16:47:03 +0800\nSubject: Confirmed\n\n  Date:   "
     "Thursday, 10 December 2026\n", "2026-11-20", "pubdate.labelled_text"),
    # a field after a wide gap is a field of its own, whatever name closes the one before
    ("Source: Foshan Municipal Portal    Date: 3 March 2027\n\nBody.", "2027-03-03",
     "pubdate.labelled_text"),
]
# A header line of labels, times, zones and names around a date, in any order.
HEADER_LINES = [
    ("Headline here\n\n2024-02-06 HKT 09:15\n\nBody.", "2024-02-06", "pubdate.header_line"),
    ("Headline\nBy Chen Lu | 18:30 UTC+8 July 4, 2024 | Metro Post\n\nBody.", "2024-07-04", "pubdate.header_line"),
    ("Headline\nLast updated 07:45 BJT, 12 May 2023 by Staff Reporter\n\nBody.", "2023-05-12", "pubdate.header_line"),
    ("Headline\nWed, 3 Jan 2024 11:05:09 +0800\n\nBody.", "2024-01-03", "pubdate.header_line"),
    ("Headline\n2024-01-03T03:05:09Z\n\nBody.", "2024-01-03", "pubdate.header_line"),
    ("Headline\nPosted on 21.06.2024 at 14:10\n\nBody.", "2024-06-21", "pubdate.header_line"),
    ("Headline\n06/21/2024 2:10 PM EDT\n\nBody.", "2024-06-21", "pubdate.header_line"),
    ("Headline\n09:20, 03-Jun-2024\n\nBody.", "2024-06-03", "pubdate.header_line"),
    # a document's version beside its date: release notes, a policy paper's revision
    ("What's new\n\nVersion 5.2.1 (4 March 2026)\n- Fixes.", "2026-03-04", "pubdate.header_line"),
    ("Data Sharing Guidelines\nv1.3 – 18 February 2026\n\nBody.", "2026-02-18", "pubdate.header_line"),
    ("Headline\n\nBy LI Hua|Jun 3,2024\n\nBody.", "2024-06-03", "pubdate.header_line"),
    # a form's date of submission is its own
    ("TRAVEL CLAIM\nName: Ho Ka Yan\nDate submitted: 21/10/2026\n\nBody.", "2026-10-21",
     "pubdate.header_line"),
    ("LEAVE FORM\nDate of submission: 5 October 2026\n\nBody.", "2026-10-05",
     "pubdate.header_line"),
    # a paper's own kind before "date": an invoice's, a receipt's, a letter's
    ("TAX INVOICE\nInvoice no.:   INV-0412\nInvoice date:  3 November 2026\nPayment due:   3 "
     "December 2026\n\nBody.", "2026-11-03", "pubdate.labelled_text"),
    ("OFFICIAL RECEIPT\nReceipt date: 14/10/2026\n\nBody.", "2026-10-14", "pubdate.header_line"),
    # a chat export's day is its first message's, whatever a later one looks like
    ("[18/11/2026, 08:05] Winnie Tse: Morning all, programme attached.\n"
     "[19/11/2026, 13:16] Daniel Fung: ok\n", "2026-11-18", "pubdate.chat_stamp"),
    ("[2026/11/16, 09:12] Karen Tsui: Landing at 3pm.\n[2026/11/17, 10:05] Zhao Min: Done.\n",
     "2026-11-16", "pubdate.chat_stamp"),
    # a draft's date is the draft's own (a script's title page)
    ("Title: Harbour Lights\nAuthor: Video Unit\nDraft date: 9 November 2026\n\nBody.",
     "2026-11-09", "pubdate.labelled_text"),
    # ... and a title page's "Draft 2 - 26 November 2026", its number and day
    ("HARBOUR LIGHTS\nDraft 2 - 26 November 2026\n\nBody.", "2026-11-26",
     "pubdate.labelled_text"),
    # a call's record as the meeting app titles it: its day and time in brackets, a dash
    # and what the record is
    ("Weekly desk sync (2026-11-23 15:02 GMT+08:00) - Transcript\nAttendees\nLi Na, Ho Kit\n",
     "2026-11-23", "pubdate.record_title"),
    ("Budget call (Nov 23, 2026, 9:30 AM) - Recording\n\nBody.", "2026-11-23",
     "pubdate.record_title"),
    # a title's state date in brackets, in the first lines
    ("Zhuhai Port Authority\nContact list (as at 3 May 2026)\n\nBody.", "2026-05-03",
     "pubdate.header_line"),
    # a line that opens with the page's release, wherever it was made
    ("Winners\nAnnounced at the gala dinner at the Grand Lisboa, Friday 4 December 2026\n\nBody.",
     "2026-12-04", "pubdate.header_line"),
    ("Headline\n21st Century Herald | 2024-06-03 17:20:11 | Reporter: Li Hua\n\nBody.", "2024-06-03",
     "pubdate.header_line"),
    # a genre's word in lower case ("Event report", "Special feature") is a label
    ("Headline\nLingnan Policy Forum | Event report | 3 March 2026\n\nBody.", "2026-03-03",
     "pubdate.header_line"),
    # a Macao release's Portuguese dateline; a venue over a date is no dateline
    ("Comunicado de Imprensa\nMacau, 4 de Março de 2026\n\nBody.", "2026-03-04",
     "pubdate.dateline"),
    # a magazine's print issue beside its web stamp
    ("Headline\nPearl Monthly · May 2026 issue · Posted online 21 April 2026\n\nBody.",
     "2026-04-21", "pubdate.header_line"),
    # day and month either way round: the reading nearer the days the article names
    ("Headline\nIssued on: 03/07/2025 - 09:12\n\nThey met on June 18 and will meet on August 1.",
     "2025-07-03", "pubdate.header_line"),
    ("Headline\nIssued on: 03/07/2025 - 09:12\n\nThey met on 2 March.", "2025-03-07", "pubdate.header_line"),
    # ordinals, capitals, hyphens, the Chinese form, a lower-case handle after "by"
    ("Headline\nJuly 3rd, 2025\n\nBody.", "2025-07-03", "pubdate.header_line"),
    ("Headline\nTHURSDAY, 3 JUL 2025\n\nBody.", "2025-07-03", "pubdate.header_line"),
    ("Headline\nDate: 03-07-2025\n\nThey met on June 18.", "2025-07-03", "pubdate.header_line"),
    ("Headline\n2025年7月3日 09:12\n\nBody.", "2025-07-03", "pubdate.header_line"),
    ("Headline\nPosted on July 3, 2025 by admin\n\nBody.", "2025-07-03", "pubdate.header_line"),
    # no space after the month's stop or the comma; a scrape that glued the time to the year
    ("Headline\n\nTaishan Daily | Oct.15,2025\n\nBody.", "2025-10-15", "pubdate.header_line"),
    ("Headline\nBy Li Hua\nJuly 3, 20256:15 AM GMT+8Updated 2 hours ago\n\nBody.", "2025-07-03",
     "pubdate.header_line"),
    ("Headline\nThursday 3 July 2025 09:12 | Comments (4) | Share this article\n\nBody.", "2025-07-03",
     "pubdate.header_line"),
    # a newsletter's issue number beside its date
    ("CHAMBER BULLETIN | Issue 7/2025 | 3 July 2025\n\nBody.", "2025-07-03", "pubdate.header_line"),
    ("Trade Notes | Vol. 4, No. 12 | July 3, 2025\n\nBody.", "2025-07-03", "pubdate.header_line"),
    # a city's press release number beside its dotted date
    ("City of Essen | Press Office\nPress release 88/2025 | 03.07.2025\n\nBody.", "2025-07-03",
     "pubdate.header_line"),
    # a name's small words between its capitalised ones ("Institute for ...") after "by"
    ("Call for papers\nPosted on 9 May 2025 by the Institute for Delta Studies\n\nBody.", "2025-05-09",
     "pubdate.header_line"),
    # a meeting paper's header gives the meeting's day; an "Issued:" line at its foot the paper's
    ("For discussion\non 4 March 2026\n\nPaper title\n\nBody.\n\nIssued: 20 February 2026",
     "2026-02-20", "pubdate.labelled_text"),
    # a government site's line: source and font-size controls beside the date and time
    ("Ministry notice\nAnnouncement on visas\n\n2026-03-02 10:00   Source: MOFA   Font size: L M S"
     "\n\nBody.", "2026-03-02", "pubdate.header_line"),
    # a briefing note: the occasion's "Date/time:" slot is not the note's date, the line of
    # who prepared it is
    ("TALKING POINTS\nOccasion: Lunch with the Zhaoqing delegation\nDate/time: Monday 7 "
     "December 2026, 12:30\nPrepared by: Liaison Unit, Trade Office | 30 Nov 2026\n\nBody.",
     "2026-11-30", "pubdate.header_text"),
    # a teaching case's "Revised" day at the end of its prepared-by line
    ("TEACHING CASE\n\nPrepared for class discussion only. Revised 3 March 2026.\n\nBody.",
     "2026-03-03", "pubdate.labelled_text"),
    # a reader's level beside the week's day; a speech delivered to a body, with a comma
    ("KIDS' NEWS · Level 3 · Week of 8 March 2027\n\nBody.", "2027-03-08",
     "pubdate.header_line"),
    ("BUDGET SPEECH\nDelivered to the Legislative Council of the HKSAR, 24 February 2027\n\n"
     "Body.", "2027-02-24", "pubdate.header_line"),
    # a work log's submission line: whom it went to ("To:", "CC:") is no part of its header
    ("DAILY REPORT\nSubmitted 2026-12-07 (Mon) 20:10 · To: Director Lam Wai, Deputy Director "
     "Ho Kin · CC: Tongchuan trip group\n\nBody.", "2026-12-07", "pubdate.header_line"),
    # a form's foot: the day it was signed
    ("APPLICATION FORM\n\nOrganisation: Tongchuan Bureau of Commerce\n\nSigned Date: "
     "27/11/2026", "2026-11-27", "pubdate.labelled_numeric"),
    # an approval's submitted stamp, where nothing else dates it (a reply's foot does); a
    # trip's "Start time:" is the trip's, no stamp of the page (a page's "Release time:" is)
    ("Business Trip Request\nSubmitted: 2026-11-26 09:14\nDestination city: Macau\n"
     "Start time: 2026-12-14 Morning", "2026-11-26", "pubdate.submitted"),
    # a form summary's export stamp; a video page's stats line, the stamp between fields
    ("Registration summary\nResponses 47\n\nBody.\n\nExported 2 Dec 2026 by events@example.mo",
     "2026-12-02", "pubdate.labelled_text"),
    ("Video title\n124k views  ·  863 comments  ·  2026-11-29 20:15:03  ·  No reposting\n\n"
     "Body.", "2026-11-29", "pubdate.header_iso"),
    # a campaign report's "Sent" stamp between dot-split fields
    ("Newsletter - December 2026\nRegular email  ·  Sent Tue, Dec 8, 2026 9:00 am  ·  "
     "Audience: trade contacts\n\nBody.", "2026-12-08", "pubdate.labelled_text"),
    # a reader's clippings: each one's "Added on" stamp after a bar, the first the file's
    ("Report title (City Bureau of Commerce)\n- Your Highlight on page 2 | Location 18-21 | "
     "Added on Monday, November 30, 2026 9:48:15 PM\n\nBody.\n==========\nReport title\n"
     "- Your Note on page 5 | Location 66 | Added on Tuesday, December 1, 2026 8:02:44 AM",
     "2026-11-30", "pubdate.labelled_text"),
    # a social post's stamp over its views, its year in two digits (month first here)
    ("pingxiang.invest\n\nBig week ahead!\n\n11/27/26 · 1.2K views\n♡ 214", "2026-11-27",
     "pubdate.post_stats"),
    # a poll's "Created" stamp under its title, over the day it closed
    ("Team poll: pick a slot\nCreated Nov 24, 2026 · Closed Nov 27, 2026\n\nBody.",
     "2026-11-24", "pubdate.labelled_text"),
    ("Mayor's Mailbox\nSubmitted:  2026-11-03 21:14\n\nREPLY\nThe coach starts in "
     "December.\n\nTransport Bureau\n10 November 2026", "2026-11-10", "pubdate.date_line"),
    ("Business Trip Request\nDestination city: Macau\nStart time: 2026-12-14 Morning\n"
     "Release time: 2026-11-20", "2026-11-20", "pubdate.labelled_iso"),
]

# a post's byline with its day between a forum's fields (a page's relative age shown as
# the day its element's stamp gives)
BYLINES = [
    # an instant messenger's log under its title: the conversation's first day
    ("Conversation with chen@jabber.example.cn at Tue 24 Nov 2026 09:58:31 AM HKT on "
     "ivy@xmpp.example.hk/Pidgin (jabber)\n\n(09:58:31 AM) Chen: Morning!", "2026-11-24",
     "pubdate.labelled_text"),
    ("Headline (example.com)\n\n187 points by kwokfung 2026-11-23  | hide | past | 64 comments"
     "\n\nkwokfung 2026-11-23 | next\n\nBody.", "2026-11-23", "pubdate.byline_stamp"),
    ("Topic\nSubmitted by admin on 2026-11-20 09:12 · 4 replies\n\nBody.", "2026-11-20",
     "pubdate.byline_stamp"),
]

# a page's own address in its first lines carries its date, in the forms sites use
URLS = [
    ("http://english.example.gov.cn/news/2025-10/07/c_99012.htm\n\nHeadline\n\nBody on Monday.",
     "2025-10-07", "pubdate.url"),
    ("Source: https://www.example.com/business/2024/03/19/macau-ferry-link\nHeadline\n\nBody.",
     "2024-03-19", "pubdate.url"),
    ("www.example.gov.cn/policy/202501/t20250108_4471.html\n\nBody.", "2025-01-08", "pubdate.url"),
    ("Headline\nhttps://example.com.cn/a/202406/30/WS66812.html\n\nBody.", "2024-06-30", "pubdate.url"),
]
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        # a sentence (lower-case words that are no labels) is not a header line
        "Headline\n\nThe forum will open on March 3, 2025 in Macao.\n\nBody.",
        # the date line must sit near the top
        "Title\n" + "Line of text.\n" * 10 + "2024-02-06 HKT 09:15\n",
        # day and month could be either way round, and nothing in the text tells
        "Title\n05/06/2024\n\nBody.",
        "Title\n05-06-2024\n\nBody.",
        # a link far down the page is another page's; an address without a date has none
        "Title\n"
        + "Line of text.\n" * 8
        + "READ MORE: https://example.com/2024/05/01/older-story\n",
        "https://example.com/news/macau-ferry-link-c_20991.htm\n\nBody.",
        # the day of the meeting a paper is for is not the paper's own
        "For information on 4 March 2026\n\nPaper title\n\nBody.",
        "FOR DISCUSSION\nON 4 MARCH 2026\n\nPaper title\n\nBody.",
        # an event's day and hours under its title is not the page's date
        "Webinar: Green Bonds\nTuesday 12 May 2026, 09:30–11:00 HKT (online)\n\nBody.",
        # the "Date:" field of a meeting's minutes is the meeting's day
        "Port Liaison Group\n\nNotes of the Third Meeting\n\nDate: 2 June 2026 (Tuesday)\n\nBody.",
        # a field's day named by another thing: a listing, a deadline
        "Bay Income Fund\nQuick facts\nListing date:    3 March 2027\n\nBody.",
        "Closing Date: 12 January 2027\nApplications to the fund office.",
        # a payment's deadline is no page's date, nor is an order's day
        "Payment due: 12 January 2027\nThank you for your order.",
        "Order date: 12 January 2027\nThank you for your order.",
        # an occasion's day under its venue's line is no page's
        "GALA DINNER\n\nGrand Hall, Zhuhai International Convention Centre\nFriday, 4 December "
        "2026, 7.30 pm\n\nMENU",
        # a figure's state date in a sentence is no page's
        "Annual report\nThe fund held reserves of $1bn (as at 30 June 2026).\n\nBody.",
        # an occasion's slot, however its label is spelt
        "Note for the Director\nDate and time: Friday 4 December 2026, 10:30\n\nBody.",
        "Note for the Director\nDate / Time: Friday 4 December 2026, 10:30\n\nBody.",
        # a meeting's day named with its weekday is no dateline's place and date
        "FOR DECISION\n\nBoard meeting of Tuesday, 15 December 2026\n\nBody.",
        # an occasion's day over its venue's line is no page's
        "Dinner for the Zone\n\nSaturday, 12 December 2026, 7.00 pm\nBallroom, Zhuhai Hotel"
        "\n\nBody.",
        # a source line that credits a table's figures with their day, text below it
        "Headline\n\n"
        + "A paragraph.\n\n" * 8
        + "Table 1\nSource: Statistics Bureau, 30 June 2026\n\nThe figures show growth.",
        # a reference list's entry: the cited paper's day
        'REFERENCES\n\nLam, W. (2026). "Port links." Working paper, published 3 May 2026.\n',
        "[3] Lam, W. (2026). Port links. Working paper,\n    published 3 May 2026.\n",
        # a stamp's numbers that could be either way round, and no day named to tell
        "Body.\n\nIssued: 05/06/2026 10:00",
        # a programme's row: "to" after a name, no label's object
        "Programme\n2026-12-05\t11:00\tReturn to Nanning\n\nBody.",
        # a lecture's particulars: its "Date:" among "Time:" and "Venue:" fields
        "GUEST LECTURE\n\nSpeaker: Dr Ho\nDate: Friday, 4 December 2026\nTime: 7:00 pm\n"
        "Venue: Room 101\n\nBody.",
    ],
)
def test_pubdate_header_line_needs_a_header(text):
    assert find_publication_date(text) is None


@pytest.mark.parametrize(
    ("text", "iso", "rule"), CASES + HEADERS + FOOTERS + HEADER_LINES + BYLINES + URLS
)
def test_pubdate_forms(text, iso, rule):
    found = find_publication_date(text)
    assert found is not None
    assert (found["date"], found["rule"]) == (iso, rule)
    assert text[found["start"] : found["end"]] == found["text"]
