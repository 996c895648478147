"""A unified diff (``diff -u``, ``git diff``) read as the text it leaves, with the map back
to the input.

A revision of a press release or a story sent as a diff holds both versions: lines taken
out ("-"), lines put in ("+") and the lines around them (" "). What the file says now is
its new version, so the lines a hunk keeps and puts in are read, in order, without their
first column; the lines it takes out are not (a corrected date or figure is read once, as
corrected). The headers ("diff --git", "index", "---", "+++", "@@ ... @@") are left out;
a gap between two hunks, where the diff skips unchanged lines, is a paragraph's break.
Text outside the diff (a commit's message, a note over it) is kept as it is.
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown
from .textutil import line_spans

_HUNK = recache.compile(r"@@ -\d+(?:,(?P<old>\d+))? \+\d+(?:,(?P<new>\d+))? @@")
_HEADER = recache.compile(
    r"(?:diff |index [0-9a-f]|--- |\+\+\+ |(?:new|deleted) file mode |similarity index "
    r"|rename (?:from|to) |old mode |new mode |Binary files )"
)


def looks_like_patch(text: str) -> bool:
    """Does ``text`` hold a unified diff: a "---" line, a "+++" line under it, then a
    hunk's "@@ -a,b +c,d @@"?"""
    if "\n+++ " not in text or "@@ -" not in text:
        return False
    at = text.find("\n+++ ")
    start = text.rfind("\n", 0, at) + 1
    hunk = text.find("\n", at + 1) + 1
    return text.startswith("--- ", start) and _HUNK.match(text, hunk) is not None


def patch_text(text: str) -> tuple[str, OffsetMap]:
    """The text a diff leaves (its kept and added lines) and the map of their characters
    back to ``text``; lines outside the diff as they are."""
    shown = Shown()
    old = new = 0  # lines still to come in the current hunk
    hunks = 0
    for at, end, after in line_spans(text):
        line = text[at:end]
        if old > 0 or new > 0:
            mark = line[:1]
            if mark == "-":
                old -= 1
            elif mark == "+":
                new -= 1
                shown.copy(text, at + 1, end)
                shown.emit("\n", end, end)
            elif mark in (" ", ""):
                old, new = old - 1, new - 1
                shown.copy(text, at + 1 if mark else at, end)
                shown.emit("\n", end, end)
            continue
        if (m := _HUNK.match(line)) is not None:
            if hunks:
                shown.emit("\n", at, at)  # (lines the diff skips)
            hunks += 1
            old = int(m.group("old") or 1)
            new = int(m.group("new") or 1)
            continue
        if line.startswith("\\") or _HEADER.match(line):
            continue  # ("\\ No newline at end of file", a file's header)
        shown.copy(text, at, after)
    return shown.result()
