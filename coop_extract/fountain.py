"""A screenplay in Fountain's plain-text format read as the prose it stands for, with the
map back to the input.

A Fountain script may open with a title page ("Title:", "Credit:", "Author:", "Draft date:"
lines, a key's value indented under it), kept as its lines. Then, paragraph by paragraph:
scene headings ("INT. MEETING ROOM - DAY", or forced by a leading "."), action, a
character's cue in capitals ("MAYOR ZHOU", "DR. KWOK (O.S.)") over parentheticals ("(to
camera)") and the words spoken, transitions ("CUT TO:"), centered text ("> THE END <"),
sections ("# ACT ONE"), synopses ("= ..."), notes ("[[...]]"), and the boneyard ("/* ...
*/"), text cut from the script.

Each speech is laid out as a transcript's is, "<speaker>: <words>", the speaker in ordinary
case, so that what a mayor says is his; a parenthetical that captions the speaker ("(caption:
Chairman, ...)", "(SUPER: ...)") follows the name after a comma, as an appositive does, and
other parentheticals (directions) are left out. A character introduced in capitals in an
action line ("MAYOR ZHOU JINGHAN, 50s, studies a map") is in ordinary case too. The
boneyard is left out (it is not in the film); marks (emphasis, a note's brackets, a
section's "#", centering) are left out, their text kept.
"""

from __future__ import annotations

import re

from . import recache
from .markup import OffsetMap, Shown, blanked
from .textutil import line_spans
from .truecase import recase

# a title page's key, at the opening of the script
_TITLE_KEY = recache.compile(
    r"(?i)(?:title|credit|authors?|source|draft date|date|contact|copyright|notes|revision)"
    r"[ \t]*:"
)
_SCENE = recache.compile(r"(?i)[ \t]*(?:(?:int|ext|est|int\.?/ext|i/e)[. ]|\.(?=[a-z]))")
_BONEYARD = recache.compile(r"(?s)/\*.*?(?:\*/|\Z)")
# marks left out, their text kept: emphasis, a note's brackets, an escape
_MARK = recache.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|\[\[|\]\]|\\")
# a line's own marks: a section's "#", a synopsis's "=", centering, a lyric's "~", a forced
# action's "!", a forced cue's "@"; a page break's "==="
_LEAD = recache.compile(r"[ \t]*(?:#+|=(?!==)|>|~|!|@)[ \t]*")
_CENTER_END = recache.compile(r"[ \t]*<[ \t]*$")
_PAGE_BREAK = recache.compile(r"[ \t]*={3,}[ \t]*")
# a cue: capitals, a trailing extension ("(V.O.)", "(CONT'D)") and dual dialogue's "^"
_CUE = recache.compile(r"[ \t]*(?P<name>[^\sa-z(][^a-z(]*?)[ \t]*(?:\([^)\n]*\)[ \t]*)*\^?[ \t]*$")
_PAREN = recache.compile(r"[ \t]*\((?P<text>[^)\n]*)\)[ \t]*$")
# a parenthetical that captions its speaker: its text after the label
_CAPTION = recache.compile(
    r"(?i)[ \t]*(?:caption|super|lower third|title|chyron|on[- ]screen)[ \t]*:[ \t]*"
)
# a character introduced in capitals inside an action line: two words or more
_CAPS_RUN = recache.compile(r"\b[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+)+\b")


def looks_like_fountain(text: str) -> bool:
    """Is ``text`` a Fountain screenplay: two scene headings in capitals ("INT. ..."),
    or one under a title page?"""
    head = text[:20_000]
    if "INT" not in head and "EXT" not in head:
        return False
    scenes = re.findall(r"(?m)^[ \t]*(?:INT|EXT|EST|INT\.?/EXT|I/E)[. ][ \t]*[A-Z]", head)
    if len(scenes) >= 2:
        return True
    return len(scenes) == 1 and _TITLE_KEY.match(text.lstrip()) is not None


def _blanked(text: str) -> str:
    """``text`` with the boneyard and the marks blanked, one character for one."""

    def blank(m: re.Match[str]) -> str:
        return blanked(m.group())

    return _MARK.sub(blank, _BONEYARD.sub(blank, text))


def _paragraphs(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The lines in runs between blank lines."""
    out: list[list[tuple[int, int]]] = [[]]
    for a, b in lines:
        if text[a:b].strip():
            out[-1].append((a, b))
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def fountain_text(text: str) -> tuple[str, OffsetMap]:
    """The prose a Fountain script stands for and the map of its characters back to
    ``text``."""
    work = _blanked(text)
    shown = Shown()
    paragraphs = _paragraphs(work, [(a, b) for a, b, _ in line_spans(work)])
    if paragraphs and _TITLE_KEY.match(work, paragraphs[0][0][0]):
        page = paragraphs.pop(0)
        for a, b in page:  # the title page: its lines as they are
            _line(shown, work, a, b)
        shown.emit("\n", page[-1][1], page[-1][1])
    for para in paragraphs:
        a, b = para[0]
        if _PAGE_BREAK.fullmatch(work, a, b):
            continue
        cue = _CUE.fullmatch(work, a, b)
        if (
            len(para) > 1
            and cue is not None
            and not _SCENE.match(work, a)
            and re.search(r"[A-Z]", cue.group("name"))
        ):
            _speech(shown, work, para, cue.start("name"), cue.end("name"))
        else:
            for a, b in para:
                _line(shown, work, a, b, action=not _SCENE.match(work, a))
        shown.emit("\n", para[-1][1], para[-1][1])  # (a blank line after each paragraph)
    return shown.result()


def _line(shown: Shown, work: str, a: int, b: int, action: bool = False) -> None:
    """One line, its own marks left out (an action line's names in capitals in ordinary
    case)."""
    lead = _LEAD.match(work, a, b)
    if lead is not None:
        a = lead.end()
    else:
        a += len(work[a:b]) - len(work[a:b].lstrip())
    if (end := _CENTER_END.search(work, a, b)) is not None:
        b = end.start()
    b = a + len(work[a:b].rstrip())
    if a >= b:
        return
    if action:
        _recased(shown, work, a, b)
    else:
        shown.copy(work, a, b)
    shown.emit("\n", b, b)


def _recased(shown: Shown, work: str, a: int, b: int) -> None:
    """``work[a:b]`` with each run of names in capitals in ordinary case."""
    at = a
    if not re.search(r"[a-z]", work[a:b]):  # (a line all in capitals: a heading's, shouted)
        shown.copy(work, a, b)
        return
    for m in _CAPS_RUN.finditer(work, a, b):
        shown.copy(work, at, m.start())
        shown.place(recase(m.group()), [(i, i + 1) for i in range(m.start(), m.end())])
        at = m.end()
    shown.copy(work, at, b)


def _speech(shown: Shown, work: str, para: list[tuple[int, int]], a: int, b: int) -> None:
    """A cue and its speech: "<speaker>[, <caption>]: <words>" on one line."""
    shown.place(recase(work[a:b]), [(i, i + 1) for i in range(a, b)])
    said = False
    for la, lb in para[1:]:
        paren = _PAREN.fullmatch(work, la, lb)
        if paren is not None:
            caption = _CAPTION.match(work, paren.start("text"), paren.end("text"))
            if caption is not None and not said:
                shown.emit(", ", caption.end(), caption.end())
                shown.copy(work, caption.end(), paren.end("text"))
            continue
        la += len(work[la:lb]) - len(work[la:lb].lstrip())
        if la >= lb:
            continue
        if not said:
            shown.emit(": ", la, la)
            said = True
        else:
            shown.emit(" ", la - 1, la)
        shown.copy(work, la, lb)
    end = para[-1][1]
    shown.emit("\n", end, end)
