"""A Mermaid Gantt chart read as the event pages it stands for, with the map back to the
input.

A chart opens with a line "gantt"; "title", "section" and settings lines ("dateFormat",
"axisFormat", "excludes", "todayMarker") follow, and each task is a line "name : tags, id,
start, end": tags among "done", "active", "crit" and "milestone"; a start that is a date in
the chart's "dateFormat" or "after" other tasks' ids; an end that is a date (the day after
the last, unless "inclusiveEndDates" is set), a length ("4d", "2w", "12h") or "until" a
task's id. With one item the task starts where the one before it ended. Each task is laid
out as a calendar's event is, "What: <name>" over "When: <first day> - <last day>", so the
chart's plan reads as dated happenings; its title and sections are headings, its "%%"
comments text (a chart's notes: who keeps it, when it was revised), a "%%{...}%%" directive
nothing. Lines outside the chart (a Markdown page's text around a "```mermaid" block, a
file's front matter) are kept as they are.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import recache
from .markup import OffsetMap, Shown
from .textutil import line_spans

_CHART = recache.compile(r"(?m)^[ \t]*gantt[ \t]*$")
# a setting's line: no task's (its keyword, then its value; never a colon)
_SETTING = recache.compile(
    r"[ \t]*(?:dateFormat|axisFormat|tickInterval|excludes|includes|todayMarker|weekday"
    r"|inclusiveEndDates|topAxis|displayMode|click|accTitle|accDescr)\b",
)
_HEADING = recache.compile(r"[ \t]*(?P<kind>title|section)[ \t]+(?P<text>\S.*?)[ \t]*$")
_TASK = recache.compile(r"[ \t]*(?P<name>[^:\s][^:]*?)[ \t]*:[ \t]*(?P<meta>\S.*?)[ \t]*$")
_COMMENT = recache.compile(r"[ \t]*%%(?!\{)[ \t]*(?P<text>.*?)[ \t]*$")
_FENCE = recache.compile(r"[ \t]*(?:```|~~~)")
_TAGS = frozenset({"done", "active", "crit", "milestone"})
_LENGTH = recache.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<unit>ms|[smhdwy]|M)")
# a day in any "dateFormat" (digits and separators, a time after it), "until" or "after"
# tasks' ids, an id
_DAY_ITEM = r"\d[\d\-/.]*\d(?:[ T]\d\d?:\d\d(?::\d\d)?)?"
_DAYLIKE = recache.compile(_DAY_ITEM)
_REF = recache.compile(r"until(?:[ \t]+[\w-]+)+")
_LEAD_ITEM = recache.compile(rf"after(?:[ \t]+[\w-]+)+|[\w-]+|{_DAY_ITEM}")
_UNIT_DAYS = {"h": 1 / 24, "d": 1, "w": 7}
# dayjs's tokens in a "dateFormat" and what each reads
_TOKENS = (
    ("YYYY", r"(?P<year>\d{4})"),
    ("MM", r"(?P<month>\d\d?)"),
    ("DD", r"(?P<day>\d\d?)"),
    ("HH", r"\d\d?"),
    ("mm", r"\d\d?"),
    ("ss", r"\d\d?"),
    ("M", r"(?P<month>\d\d?)"),
    ("D", r"(?P<day>\d\d?)"),
    ("H", r"\d\d?"),
)
_DEFAULT_FORMAT = "YYYY-MM-DD"
_GROUP = re.compile(r"\?P<(\w+)>")


def looks_like_gantt(text: str) -> bool:
    """Does ``text`` hold a Mermaid Gantt chart: a line "gantt" and a task line under it?"""
    if "gantt" not in text or ":" not in text:
        return False
    m = _CHART.search(text)
    return m is not None and _task_follows(text, m.end())


def _task_follows(text: str, at: int) -> bool:
    """Is the first line after ``at`` that is no setting, heading or comment a task's?"""
    for line in text[at : at + 4000].splitlines():
        if not line.strip() or _SETTING.match(line) or _COMMENT.match(line) or _HEADING.match(line):
            continue
        m = _TASK.match(line)
        return m is not None and _items(m.group("meta")) is not None
    return False


def _date_pattern(fmt: str) -> re.Pattern[str] | None:
    """The pattern a "dateFormat" reads a date with (None when it has no year, month and
    day)."""
    out, used, i = [], set(), 0
    while i < len(fmt):
        for token, pattern in _TOKENS:
            if fmt.startswith(token, i):
                group = _GROUP.search(pattern)
                if group is not None and group.group(1) in used:
                    pattern = r"\d\d?"  # (a part read twice is read once)
                elif group is not None:
                    used.add(group.group(1))
                out.append(pattern)
                i += len(token)
                break
        else:
            out.append(re.escape(fmt[i]))
            i += 1
    source = "".join(out)
    if not all(f"?P<{g}>" in source for g in ("year", "month", "day")):
        return None
    return re.compile(source)


class _Task:
    """A task's line: its name's and its items' places, its id, and its days once known
    (its first and the day after its last)."""

    __slots__ = ("at", "days", "end", "items", "m", "tid")

    def __init__(self, m: re.Match[str], items: list[str], at: int, end: int) -> None:
        self.m, self.at, self.end = m, at, end
        self.tid = items[0] if len(items) == 3 else None
        self.items = items[-2:]
        self.days: tuple[date, date] | None = None


class _Chart:
    """One chart's settings, and its lines in order (a comment's or a heading's text, or a
    task) until its tasks' days are worked out."""

    def __init__(self) -> None:
        self.pattern = _date_pattern(_DEFAULT_FORMAT)
        self.inclusive = False
        self.weekends = False
        self.holidays: set[date] = set()
        self.lines: list[tuple[int, int, int, bool] | _Task] = []

    def setting(self, line: str) -> None:
        words = line.split(None, 1)
        key, value = words[0], words[1].strip() if len(words) > 1 else ""
        if key == "dateFormat":
            self.pattern = _date_pattern(value)
        elif key == "inclusiveEndDates":
            self.inclusive = True
        elif key == "excludes":
            for item in re.split(r"[,\s]+", value.lower()):
                if item == "weekends":
                    self.weekends = True
                elif (day := self.day(item)) is not None:
                    self.holidays.add(day)

    def day(self, value: str) -> date | None:
        m = self.pattern.fullmatch(value.strip()) if self.pattern else None
        if m is None:
            return None
        try:
            return date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        except ValueError:
            return None

    def _off(self, day: date) -> bool:
        return (self.weekends and day.weekday() >= 5) or day in self.holidays

    def _after(self, first: date, days: float) -> date:
        """The day after a task of ``days`` days that starts on ``first`` (excluded days
        do not count)."""
        whole = max(0, round(days + 0.4999)) if days < 1 else round(days)
        end = first
        while whole > 0:
            if not self._off(end):
                whole -= 1
            end += timedelta(days=1)
        return end

    def resolve(self) -> None:
        """Work out each task's days: a task that starts after another, or lasts until
        one, waits for that one's (which may come later in the chart)."""
        tasks = [line for line in self.lines if isinstance(line, _Task)]
        ids = {task.tid: task for task in tasks if task.tid}
        for _ in range(len(tasks)):
            progress = False
            for k, task in enumerate(tasks):
                if task.days is None:
                    task.days = self._days(task, tasks[k - 1] if k else None, ids)
                    progress = progress or task.days is not None
            if not progress:
                break

    def _days(self, task: _Task, before: _Task | None, ids: dict) -> tuple[date, date] | None:
        if len(task.items) == 1:
            first = before.days[1] if before is not None and before.days else None
        else:
            first = self._start(task.items[0], ids)
        if first is None:
            return None
        end = self._end(first, task.items[-1], ids)
        return None if end is None else (first, end)

    def _start(self, item: str, ids: dict) -> date | None:
        if item.startswith("after "):
            ends = [ids[i].days[1] if ids[i].days else None for i in item.split()[1:] if i in ids]
            return None if not ends or None in ends else max(ends)
        return self.day(item)

    def _end(self, first: date, item: str, ids: dict) -> date | None:
        if item.startswith("until "):
            starts = [ids[i].days[0] if ids[i].days else None for i in item.split()[1:] if i in ids]
            return None if not starts or None in starts else min(starts)
        m = _LENGTH.fullmatch(item)
        if m is not None:
            unit = m.group("unit")
            if unit not in _UNIT_DAYS:
                return None
            return self._after(first, float(m.group("n")) * _UNIT_DAYS[unit])
        last = self.day(item)
        if last is None:
            return None
        return last + timedelta(days=1) if self.inclusive else last

    def write(self, shown: Shown, text: str) -> None:
        """The chart's lines: comments' and headings' text, each task's page."""
        self.resolve()
        for line in self.lines:
            if isinstance(line, _Task):
                _task(shown, text, line)
                continue
            a, b, end, heading = line
            if heading:
                shown.emit("\n", a, a)
            shown.copy(text, a, b)
            shown.emit("\n", end, end)


def gantt_text(text: str) -> tuple[str, OffsetMap]:
    """The event pages a text's Mermaid Gantt charts stand for and the map of their
    characters back to ``text``; its other lines as they are."""
    shown = Shown()
    chart: _Chart | None = None
    for at, end, after in line_spans(text):
        line = text[at:end]
        if chart is None:
            if _CHART.fullmatch(line):
                chart = _Chart()
            else:
                shown.copy(text, at, after)
            continue
        if not line.strip():
            continue
        if _SETTING.match(line):
            chart.setting(line.strip())
            continue
        if (m := _COMMENT.match(line)) is not None:
            if m.group("text"):
                chart.lines.append((at + m.start("text"), at + m.end("text"), end, False))
            continue
        if (m := _HEADING.match(line)) is not None:
            chart.lines.append((at + m.start("text"), at + m.end("text"), end, True))
            continue
        m = _TASK.match(line)
        items = _items(m.group("meta")) if m is not None else None
        if m is not None and items is not None:
            chart.lines.append(_Task(m, items, at, end))
            continue
        # the chart has ended (a "```" fence closes it; any other line goes on as text)
        chart.write(shown, text)
        chart = None
        if not _FENCE.match(line):
            shown.copy(text, at, after)
    if chart is not None:
        chart.write(shown, text)
    return shown.result()


def _items(meta: str) -> list[str] | None:
    """A task's items after its tags (an id, a start, an end), or None when ``meta`` is
    no task's: one to three items, the last a day, a length or "until" a task, those
    before it an id, a day or "after" a task."""
    items = [item.strip() for item in meta.split(",")]
    while items and items[0].lower() in _TAGS:
        items.pop(0)
    if not 1 <= len(items) <= 3:
        return None
    *lead, last = items
    if not (_LENGTH.fullmatch(last) or _DAYLIKE.fullmatch(last) or _REF.fullmatch(last)):
        return None
    if any(not _LEAD_ITEM.fullmatch(item) for item in lead):
        return None
    return items


def _task(shown: Shown, text: str, task: _Task) -> None:
    """A task's page: "What:" its name, "When:" its days, then a blank line."""
    m, at, end = task.m, task.at, task.end
    meta_at = at + m.start("meta")
    name_at = at + m.start("name")
    shown.emit("What: ", name_at, name_at)
    shown.copy(text, name_at, at + m.end("name"))
    shown.emit("\n", at + m.end("name"), at + m.end("name"))
    if task.days is not None:
        first, after = task.days
        last = max(first, after - timedelta(days=1))
        when = first.isoformat() + (f" - {last.isoformat()}" if last > first else "")
        shown.emit("When: ", meta_at, meta_at)
        shown.emit(when, meta_at, at + m.end("meta"))
        shown.emit("\n", end, end)
    shown.emit("\n", end, end)
