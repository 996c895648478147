"""An IRC channel's log read day by day (``irclog.irc_text``), each message a paragraph
under its day's divider."""

from __future__ import annotations

import pytest

from coop_extract import irclog

# an irssi log over two days (original text)
IRSSI = (
    "--- Log opened Mon Nov 16 09:01:12 2026\n"
    "09:01 -!- ada [~ada@desk.example] has joined #citydesk\n"
    "09:04 < ada> the Linyi delegation landed yesterday, here till Wednesday\n"
    "09:05 <@bo> ok. 6 deals signed at lunch, RMB 2.4 billion\n"
    "09:06  * bo is at the briefing\n"
    "--- Day changed Tue Nov 17 2026\n"
    "10:15 < ada> Linyi delegation visiting the Science Park this morning, then Cyberport tomorrow\n"
    "--- Log closed Tue Nov 17 18:00:00 2026\n"
)


def test_irssi_log_laid_out_day_by_day():
    shown, where, days = irclog.irc_text(IRSSI)
    assert days == 2
    # clock times, nicks and the client's notices are left out; an action keeps its nick
    assert shown == (
        "----- Mon Nov 16 2026 -----\n\n"
        "the Linyi delegation landed yesterday, here till Wednesday\n\n"
        "ok. 6 deals signed at lunch, RMB 2.4 billion\n\n"
        "bo is at the briefing\n\n"
        "----- Tue Nov 17 2026 -----\n\n"
        "Linyi delegation visiting the Science Park this morning, then Cyberport tomorrow\n\n"
    )
    at = shown.index("RMB")
    assert IRSSI[slice(*where.span(at, at + 15))] == "RMB 2.4 billion"
    at = shown.index("Tue Nov 17 2026")
    assert IRSSI[slice(*where.span(at, at + 10))] == "Tue Nov 17"


def test_irc_log_read_against_each_message_day(extractor):
    doc = extractor.extract(IRSSI)
    assert doc.publication_date == "2026-11-16"
    # "yesterday" is the day before the first day; the second day's "this morning" and
    # "tomorrow" are its own and the next
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-11-15", "2026-11-18"),
        ("signing", "2026-11-16", None),
        ("visit", "2026-11-17", None),
        ("visit", "2026-11-18", None),
    ]
    assert [f.value for f in doc.figures if f.kind == "money"] == [2_400_000_000]
    assert doc.warnings[-1].startswith("read as an IRC log")


def test_weechat_and_mirc_logs_read_alike():
    weechat = (
        "2026-11-16 09:04:00\tada\tthe delegation landed yesterday\n"
        "2026-11-16 09:05:00\t-->\tbo (~bo@host) has joined #citydesk\n"
        "2026-11-17 10:15:00\t@bo\ttalks with the Mayor at 3pm\n"
        "2026-11-17 10:16:00\t *\tada waves\n"
    )
    shown, _, days = irclog.irc_text(weechat)
    assert days == 2
    assert shown == (
        "----- 2026-11-16 -----\n\nthe delegation landed yesterday\n\n"
        "----- 2026-11-17 -----\n\ntalks with the Mayor at 3pm\n\nada waves\n\n"
    )
    mirc = (
        "Session Start: Mon Nov 16 09:00:00 2026\n"
        "[09:04] <ada> the delegation landed yesterday\n"
        "[09:05] * bo nods\n"
        "[09:06] <bo> talks at 3pm\n"
    )
    shown, _, days = irclog.irc_text(mirc)
    assert (days, shown.splitlines()[0]) == (1, "----- Mon Nov 16 2026 -----")
    assert "bo nods\n\ntalks at 3pm" in shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (IRSSI, True),
        # a programme's timed lines
        ("09:00 Arrival\n10:30 Talks with the Mayor\n12:00 Lunch\n", False),
        # a mail's header with an address in brackets, then prose
        ("From: Ada <ada@example.org>\nTo: Bo <bo@example.org>\n\nThe delegation landed.\n", False),
        # two messages are too few
        ("09:04 < ada> hi\n09:05 < bo> hello\n", False),
    ],
)
def test_only_an_irc_log_is_read_as_one(text, expected):
    assert irclog.looks_like_irc_log(text) is expected
