"""A task list in todo.txt's format read task by task, with the map back to the input.

One task a line: "x" and the day it was done when it is done, its priority ("(A)"), the
day it was written, then its text, which "+project", "@context" and "key:value" tags
("due:2026-11-27") sort. Each task is laid out as an exported article is: the day it was
written as a "Published:" line over its text, the tags and marks left out, so "on Friday"
in a task reads against the day the task was written. The list has no day of its own.
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown
from .textutil import line_spans

_ISO = r"(?:19|20)\d\d-\d\d-\d\d"
_TASK = recache.compile(
    rf"(?P<done>x[ \t]+{_ISO}[ \t]+)?(?:\([A-Z]\)[ \t]+)?(?:(?P<made>{_ISO})[ \t]+)?(?=\S)"
)
# a project's or a context's tag (never a chat's addressee, "@alice:")
_SORT_TAG = recache.compile(r"(?<!\S)[+@][^\s:]+(?!\S)")
# any tag: those, and "key:value" ("due:2026-11-27", "t:2026-12-01")
_TAG = recache.compile(r"[ \t]*(?<!\S)(?:[+@][^\s:]+|[A-Za-z][\w-]*:[^\s:]+)(?!\S)")


def looks_like_todo(text: str) -> bool:
    """Is ``text`` a todo.txt list: two tasks or more, each line a task marked as done,
    given a priority or a day, or sorted by a tag, most lines sorted by a project or a
    context and half of them marked?"""
    if "+" not in text and "@" not in text:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    marked = tagged = 0
    for line in lines:
        m = _TASK.match(line)
        is_marked = m is not None and m.end() > 0
        is_tagged = _SORT_TAG.search(line) is not None
        if not (is_marked or is_tagged):
            return False
        marked += is_marked
        tagged += is_tagged
    return 2 * marked >= len(lines) and 2 * tagged > len(lines)


def todo_text(text: str) -> tuple[str, OffsetMap, int]:
    """The tasks a todo.txt list stands for, each under the day it was written, the map of
    their characters back to ``text``, and how many tasks there are."""
    shown = Shown()
    tasks = 0
    for pos, end, _ in line_spans(text):
        line = text[pos:end]
        m = _TASK.match(line)
        if m is not None and line.strip():
            a = pos + m.start("made") if m.group("made") else -1
            if a >= 0:
                shown.emit("Published: ", a, a)
                shown.copy(text, a, a + 10)
                shown.emit("\n", a + 10, a + 10)
            at = pos + m.end()
            for tag in _TAG.finditer(line, m.end()):
                shown.copy(text, at, pos + tag.start())
                at = pos + tag.end()
            shown.copy(text, at, pos + len(line.rstrip()))
            shown.emit("\n\n", end, end)
            tasks += 1
    return (*shown.result(), tasks)
