"""A todo.txt list read task by task (``todotxt.todo_text``), each under the day it was
written."""

from __future__ import annotations

import pytest

from coop_extract import todotxt

TASKS = (
    "(A) 2026-11-23 Book the Baoding delegation's trip to Macao, Dec 8-10 +BaodingMO "
    "@office due:2026-11-27\n"
    "(B) 2026-11-24 Confirm talks with IPIM on Wed 9 Dec +BaodingMO @phone\n"
    "x 2026-11-20 2026-11-16 Count the projects: 31 cooperation projects +BaodingMO\n"
    "Ask Hebei University about interns +BaodingMO\n"
)


def test_tasks_laid_out_under_the_day_each_was_written():
    shown, where, tasks = todotxt.todo_text(TASKS)
    assert tasks == 4
    # marks, priorities, completion days and tags left out; a task with no day has no line
    assert shown == (
        "Published: 2026-11-23\nBook the Baoding delegation's trip to Macao, Dec 8-10\n\n"
        "Published: 2026-11-24\nConfirm talks with IPIM on Wed 9 Dec\n\n"
        "Published: 2026-11-16\nCount the projects: 31 cooperation projects\n\n"
        "Ask Hebei University about interns\n\n"
    )
    at = shown.index("2026-11-16")
    assert TASKS[slice(*where.span(at, at + 10))] == "2026-11-16"


def test_tasks_extracted_with_no_page_date(extractor):
    doc = extractor.extract(TASKS)
    assert doc.publication_date is None
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-12-08", "2026-12-10"),
        ("meeting", "2026-12-09", None),
    ]
    assert [f.value for f in doc.figures if f.kind == "agreement_count"] == [31]
    assert doc.warnings[-1].startswith("read as a todo.txt list")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TASKS, True),
        # a timeline of dated lines with no tags
        ("2026-11-16 Baoding delegation arrives\n2026-11-17 Talks with IPIM\n", False),
        # a chat's lines address people ("@alice:"), no contexts
        ("2026-11-16 @alice: the delegation lands at 9\n2026-11-16 @bob: noted\n", False),
        # one task alone
        ("(A) 2026-11-23 Book hotel +trip\n", False),
    ],
)
def test_only_a_task_list_is_read_as_one(text, expected):
    assert todotxt.looks_like_todo(text) is expected
