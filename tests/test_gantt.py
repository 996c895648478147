"""A Mermaid Gantt chart read as the event pages it stands for (``gantt.gantt_text``)."""

from __future__ import annotations

import pytest

from coop_extract import gantt

CHART = """%% Plan kept by the Lu'an Municipal Commerce Bureau. Revised 12 Nov 2026.
gantt
    title Lu'an-Hong Kong Tea Week
    dateFormat YYYY-MM-DD
    section In Hong Kong
    Mayor Tao Jinhua leads a delegation to Hong Kong :crit, trip, 2026-12-07, 3d
    Talks with the Hong Kong Trade Development Council :talks, 2026-12-08, 1d
    Signing of 9 tea supply agreements :milestone, sign, 2026-12-08, 0d
    Tea promotion banquet :after talks, 1d
"""


def _pages(text: str) -> list[tuple[str, str]]:
    shown, _ = gantt.gantt_text(text)
    pages = [p for p in shown.split("\n\n") if p.startswith("What: ") or "\nWhat: " in p]
    out = []
    for page in pages:
        lines = dict(line.split(": ", 1) for line in page.splitlines() if ": " in line)
        out.append((lines["What"], lines.get("When", "")))
    return out


def test_a_chart_reads_as_dated_pages():
    assert _pages(CHART) == [
        ("Mayor Tao Jinhua leads a delegation to Hong Kong", "2026-12-07 - 2026-12-09"),
        ("Talks with the Hong Kong Trade Development Council", "2026-12-08"),
        ("Signing of 9 tea supply agreements", "2026-12-08"),
        ("Tea promotion banquet", "2026-12-09"),
    ]
    shown, where = gantt.gantt_text(CHART)
    # settings show nothing; comments, the title and the sections are text
    assert "dateFormat" not in shown and ":crit" not in shown
    assert "Plan kept by the Lu'an Municipal Commerce Bureau. Revised 12 Nov 2026." in shown
    assert "\nIn Hong Kong\n" in shown
    at = shown.index("Tea promotion banquet")
    assert CHART[slice(*where.span(at, at + 21))] == "Tea promotion banquet"


@pytest.mark.parametrize(
    ("settings", "task", "when"),
    [
        # a length in days, weeks or hours; a milestone's day
        ("", "Visit :2026-12-01, 4d", "2026-12-01 - 2026-12-04"),
        ("", "Visit :v1, 2026-12-01, 2w", "2026-12-01 - 2026-12-14"),
        ("", "Visit :v1, 2026-12-01, 12h", "2026-12-01"),
        ("", "Signing :milestone, s1, 2026-12-03, 0d", "2026-12-03"),
        # an end day is the day after the last, unless the chart says it is the last
        ("", "Fair :2026-12-03, 2026-12-06", "2026-12-03 - 2026-12-05"),
        ("inclusiveEndDates\n", "Fair :2026-12-03, 2026-12-06", "2026-12-03 - 2026-12-06"),
        # the chart's own date format
        ("dateFormat DD/MM/YYYY\n", "Fair :done, f1, 03/12/2026, 2d", "2026-12-03 - 2026-12-04"),
        ("dateFormat YYYY.MM.DD\n", "Fair :2026.12.03, 1d", "2026-12-03"),
        # weekends left out of a length
        ("excludes weekends\n", "Roadshow :2026-12-04, 3d", "2026-12-04 - 2026-12-08"),
        # "until" another task
        (
            "",
            "Prep :p1, 2026-11-30, 1d\nStay :2026-11-30, until s9\nTalk :s9, 2026-12-04, 1d",
            "2026-11-30 - 2026-12-03",
        ),
    ],
)
def test_task_days(settings, task, when):
    text = f"gantt\n{settings}{task}\n"
    pages = dict(_pages(text))
    name = task.split(" :")[0] if "\n" not in task else "Stay"
    assert pages[name] == when


def test_a_task_with_one_item_starts_where_the_last_ended():
    text = "gantt\nBriefing :b1, 2026-11-30, 1d\nVisit to Macao :3d\n"
    assert dict(_pages(text))["Visit to Macao"] == "2026-12-01 - 2026-12-03"


def test_text_around_a_fenced_chart_is_kept():
    text = (
        "The Hefei team's plan for the Macao fair:\n\n```mermaid\ngantt\n"
        "    Fair in Macao :2026-10-16, 3d\n```\n\nSigned on Friday, 16 October 2026.\n"
    )
    shown, _ = gantt.gantt_text(text)
    assert shown.startswith("The Hefei team's plan for the Macao fair:\n")
    assert "When: 2026-10-16 - 2026-10-18" in shown
    assert shown.rstrip().endswith("Signed on Friday, 16 October 2026.")


def test_a_line_that_is_no_task_ends_the_chart():
    text = "gantt\nFair :2026-10-16, 3d\nUpdated: the fair opens on Friday\nMore text here.\n"
    shown, _ = gantt.gantt_text(text)
    assert "Updated: the fair opens on Friday\nMore text here.\n" in shown
    assert "What: Updated" not in shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CHART, True),
        ("Our gantt\nchart: shows the plan", False),
        ("gantt\ntitle A plan\nThe plan: to be agreed later\n", False),
        ("The gantt chart below shows the programme.\n", False),
    ],
)
def test_only_a_chart_is_read_as_one(text, expected):
    assert gantt.looks_like_gantt(text) is expected


def test_chart_events(extractor):
    doc = extractor.extract(CHART)
    assert doc.publication_date == "2026-11-12"
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("visit", "2026-12-07", "2026-12-09"),
        ("meeting", "2026-12-08", None),
        ("signing", "2026-12-08", None),
        ("conference", "2026-12-09", None),
    ]
    assert [(f.kind, f.value) for f in doc.figures] == [("agreement_count", 9)]
    assert doc.warnings[-1].startswith("read as a Mermaid Gantt chart")
