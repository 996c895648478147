"""A LINE chat's saved history read message by message (``linechat.line_chat_text``)."""

from __future__ import annotations

import pytest

from coop_extract import linechat

HISTORY = (
    "[LINE] Chat history in Macao Desk (Luoyang)\n"
    "Saved on: 2026/11/25 20:00\n"
    "\n"
    "2026/11/23(Mon)\n"
    "09:02\tIvy Chan\tLuoyang delegation lands in Macao this afternoon.\n"
    "09:05\tSun Hao\t[Sticker]\n"
    "11:40\tSun Hao\tMeeting with IPIM tomorrow at 10am.\n"
    "\n"
    "2026/11/24(Tue)\n"
    "15:10\tIvy Chan\tSigning done! 4 cooperation agreements with Macao firms.\n"
)


def test_line_history_shows_each_message_under_its_day():
    shown, where, days = linechat.line_chat_text(HISTORY)
    assert days == 2
    assert shown.splitlines() == [
        "[2026/11/23, 09:02] Ivy Chan: Luoyang delegation lands in Macao this afternoon.",
        "[2026/11/23, 11:40] Sun Hao: Meeting with IPIM tomorrow at 10am.",
        "[2026/11/24, 15:10] Ivy Chan: Signing done! 4 cooperation agreements with Macao firms.",
    ]
    # the stamp's day stands for its day's line; the header's day shows nothing
    at = shown.index("2026/11/24")
    assert HISTORY[slice(*where.span(at, at + 10))] == "2026/11/24"
    assert "2026/11/25" not in shown


def test_line_history_extraction(extractor):
    doc = extractor.extract(HISTORY)
    assert doc.publication_date == "2026-11-23"
    assert [(e.type, e.date) for e in doc.events] == [
        ("visit", "2026-11-23"),
        ("meeting", "2026-11-24"),
        ("signing", "2026-11-24"),
    ]
    assert [(f.kind, f.value) for f in doc.figures] == [("agreement_count", 4)]
    assert doc.warnings[-1].startswith("read as a LINE chat history")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HISTORY, True),
        # (no header: a day's line over two messages written LINE's way)
        (HISTORY.split("\n", 3)[3], True),
        ("2026/11/23(Mon)\nThe delegation arrived.\n", False),
        ("Notes\t2026\tfirst\n", False),
    ],
)
def test_only_a_line_history_is_read_as_one(text, expected):
    assert linechat.looks_like_line_chat(text) is expected
