"""An RTF document read as the text a word processor shows, every offset mapped back.

A press release saved as Rich Text ('{\\rtf1\\ansi ... \\b Foshan and Hong Kong ...\\b0\\par
... 19\\u8211?22 November ... Jos\\'e9 Lopes ...}') is read as its words: control words that
only format ("\\b", "\\fs22", "\\pard") and the groups that hold no shown text (the font and
colour tables, "\\*" destinations, pictures, a field's instruction) go; "\\par" and "\\line"
end lines, "\\tab" is a tab, "\\~" a space, "\\endash", "\\rquote" and the like their
characters, "\\'hh" a byte in the document's code page ("\\ansicpg"), "\\uN" a Unicode
character (its fallback skipped, "\\ucN" long). Raw line breaks are no text in RTF. Each
shown character keeps the span of the input it stands for, as an HTML page's do.

(striprtf converts RTF to text well but gives no map back to the input, and every record
must quote its input by offsets, so the reading is done here, by the specification's rules.)
"""

from __future__ import annotations

import codecs
import re

from . import recache
from .markup import OffsetMap, Shown

_TOKEN = recache.compile(
    r"\\(?P<word>[A-Za-z]{1,32})(?P<arg>-?\d{1,10})? ?"
    r"|\\'(?P<hex>[0-9A-Fa-f]{2})"
    r"|\\(?P<symbol>[^A-Za-z'])"
    r"|(?P<brace>[{}])"
    r"|(?P<newline>\r\n|\r|\n)"
)
_RTF_OPENS = recache.compile(r"[\ufeff \t\r\n]{1,200}\{\\rtf")
# Groups whose text is not shown: tables of fonts, colours, styles and lists, the document's
# information, pictures and objects, a field's instruction (a link's address).
_HIDDEN_GROUPS = frozenset(
    {
        "fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable",
        "revtbl", "rsidtbl", "generator", "pict", "object", "fldinst", "themedata",
        "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "filetbl",
        "userprops", "private", "nonshppict", "bkmkstart", "bkmkend", "template",
    }
)  # fmt: skip
# Control words that stand for text.
_WORD_TEXT = {
    "par": "\n", "line": "\n", "sect": "\n\n", "page": "\n", "row": "\n", "cell": "\t",
    "tab": "\t", "emdash": "\u2014", "endash": "\u2013", "emspace": " ", "enspace": " ",
    "qmspace": " ", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
    "ldblquote": "\u201c", "rdblquote": "\u201d",
}  # fmt: skip
# Control symbols: "\~" a space that does not break, "\-" a hyphen shown only at a line's
# end, "\_" a hyphen that does not break, escaped braces and backslash; a backslash before
# a line break is a paragraph's end.
_SYMBOL_TEXT = {"~": " ", "-": "", "_": "-", "{": "{", "}": "}", "\\": "\\", "\n": "\n", "\r": "\n"}


def looks_like_rtf(text: str) -> bool:
    """Is ``text`` an RTF document (it opens with "{\\rtf")?"""
    return text[:5] == "{\\rtf" or _RTF_OPENS.match(text) is not None


def _codec(text: str) -> str:
    """The document's code page for "\\'hh" bytes ("\\ansicpg1252"; Windows-1252 when it
    names none or one Python does not know)."""
    m = re.search(r"\\ansicpg(\d{3,5})", text[:2000])
    name = f"cp{m.group(1)}" if m else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


class _Group:
    """The state a group ("{...}") opens with and restores when it closes."""

    __slots__ = ("fallback", "hidden", "vanished")

    def __init__(self, hidden: bool, fallback: int, vanished: bool = False) -> None:
        self.hidden = hidden  # a destination that shows nothing (a table, "\*...")
        self.vanished = vanished  # text formatted as hidden ("\v" ... "\v0")
        self.fallback = fallback  # characters after "\uN" that stand in for it ("\ucN")

    @property
    def shows(self) -> bool:
        return not (self.hidden or self.vanished)


def rtf_text(text: str) -> tuple[str, OffsetMap]:
    """The text an RTF document shows and the map of its characters back to ``text``."""
    shown = Shown()
    decoder = codecs.getincrementaldecoder(_codec(text))(errors="replace")
    group = _Group(hidden=False, fallback=1)
    stack: list[_Group] = []
    opened = False  # the token before was "{": a "\*" after it hides the group
    skip = 0  # fallback characters of the last "\uN" still to pass over
    byte_start = -1  # where the bytes of a character not yet decoded began
    pos = 0
    while (m := _TOKEN.search(text, pos)) is not None:
        if m.start() > pos:  # plain characters between two tokens
            a = pos + min(skip, m.start() - pos)
            skip -= a - pos
            if group.shows and a < m.start():
                shown.copy(text, a, m.start())
            opened = False
        pos = m.end()
        kind = m.lastgroup
        if kind == "newline":  # a raw line break is no text
            continue
        was_opened, opened = opened, False
        if kind == "brace":
            skip = 0
            if m.group() == "{":
                stack.append(group)
                group = _Group(group.hidden, group.fallback, group.vanished)
                opened = True
            elif stack:
                group = stack.pop()
            continue
        if kind == "hex":
            if skip:
                skip -= 1
                continue
            if byte_start < 0:
                byte_start = m.start()
            chars = decoder.decode(bytes([int(m.group("hex"), 16)]))
            if chars:  # (a double-byte code page's character takes two)
                if group.shows:
                    shown.emit(chars, byte_start, m.end())
                byte_start = -1
            continue
        byte_start = -1
        if kind == "symbol":
            symbol = m.group("symbol")
            if symbol == "*":
                group.hidden = group.hidden or was_opened
            elif skip:
                skip -= 1
            elif group.shows and _SYMBOL_TEXT.get(symbol):
                shown.emit(_SYMBOL_TEXT[symbol], m.start(), m.end())
            continue
        word, arg = m.group("word"), m.group("arg")
        if word in _HIDDEN_GROUPS:
            group.hidden = True
        elif word == "u" and arg is not None:
            code = int(arg) % 0x10000
            if group.shows:
                shown.emit(chr(code), m.start(), m.end())
            skip = group.fallback
        elif word == "uc" and arg is not None:
            group.fallback = int(arg)
        elif word == "v":  # hidden text from "\v" to "\v0"
            group.vanished = arg != "0"
        elif word == "bin" and arg is not None:  # binary data: its bytes are no text
            pos = min(m.end() + max(int(arg), 0), len(text))
        elif group.shows and word in _WORD_TEXT:
            shown.emit(_WORD_TEXT[word], m.start(), m.end())
    if pos < len(text) and group.shows:
        shown.copy(text, pos + min(skip, len(text) - pos), len(text))
    return shown.result()
