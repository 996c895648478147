"""A roff source (a press release kept as groff ``-ms``, a man page, an ``-mm`` memo) read
as the text its formatter shows, every offset mapped back.

Roff writes its markup as request lines (".PP", ".SH Media enquiries", '.B "Tan Weiguo"',
".DA November 24, 2026") between lines of text, and as escapes inside the text ("\\fB22.6%\\fP",
"\\(em", "Fisherman\\(aqs", "0714\\-620"). The formatter fills text lines into paragraphs, so
the view does too: a text line's end is a space (one standing for the line break), and a
paragraph, heading, list item or display request, a blank line or ".sp" ends a paragraph
with a blank line (".br" with a line end). Inside ".nf" ... ".fi" (and a display, an
example) lines stay lines. A heading's words (".SH NAME", ".SS ...", mm's '.H 1 "..."')
make a line of their own; the font macros (".B", ".I", ".BR", ".SM" ...) show their words
inline; the document's date (".DA", ".ND", mdoc's ".Dd", a man page's ".TH" third word)
shows after a "Date: " label standing for its request; a list item's mark (".IP \\(bu 2")
opens its line. Comments ('.\\"', '\\"' to the line's end), macro definitions (".de" ...
".."), ignored blocks (".ig"), a table's format lines and every other request show
nothing. An escape shows its character ("\\(em" a dash, "\\[u00E9]" é, "\\-" a hyphen,
"\\e" a backslash, "\\ " and "\\~" spaces) or nothing (font and size changes, "\\&", "\\c",
motions, registers, strings other than quotes). Each shown character keeps the span of the
input it stands for, as an HTML page's do.

(groff itself, and mandoc, render roff well but give no map back to the input and are no
Python package, and every record must quote its input by offsets, so the little of roff a
document uses is read here.)
"""

from __future__ import annotations

import unicodedata

from . import recache
from .markup import Filled, OffsetMap, Shown
from .textutil import known_lines, line_spans

# a request or macro line: its control character, its name and its arguments
_REQUEST = recache.compile(r"[.'][ \t]*(?P<name>[^\s\\]{1,16})?[ \t]*(?P<args>.*)")
# a comment line: '.\"', "'\"", '.\#', '\"' or '\#' opening a line
_COMMENT_LINE = recache.compile(r"(?:[.'][ \t]*)?\\[\"#]")
# macros and requests that end a paragraph
_BREAKS = frozenset(
    {
        "PP", "LP", "P", "TL", "AU", "AI", "AB", "AE", "NH", "SH", "SS", "TH", "IP", "TP",
        "HP", "RS", "RE", "QP", "QS", "QE", "DS", "DE", "ID", "LD", "CD", "BD", "sp", "bp",
        "H", "HU", "LI", "BL", "AL", "DL", "ML", "VL", "LE", "Sh", "Ss", "Pp", "Lp", "It",
        "Bl", "El", "Bd", "Ed", "PS", "PE", "TS", "TE", "EX", "EE", "XS", "XE", "FS", "FE",
        "MT", "SA", "ce", "in", "ti", "nf", "fi", "DT", "PD", "Dd", "DA", "ND", "XP",
    }
)  # fmt: skip
# headings whose arguments are their words (mm's ".H 1 ..." after its level)
_HEADINGS = frozenset({"SH", "SS", "Sh", "Ss", "HU"})
_LEVELLED_HEADINGS = frozenset({"H"})
# headings whose words are the next text line when the request has none
_HEADING_NEXT = frozenset({"SH", "SS", "Sh", "Ss"})
# font and size macros: their arguments show inline, alternating ones without spaces
_INLINE = frozenset({"B", "I", "SM", "SB", "CW", "R", "UL", "BX", "LG", "NL", "Em", "Sy", "Ar"})
_ALTERNATING = frozenset({"BI", "IB", "BR", "RB", "IR", "RI"})
# the document's date
_DATES = frozenset({"DA", "ND", "Dd"})
# list items whose first argument is their mark
_MARKED = frozenset({"IP", "LI"})
# requests whose lines up to ".." (or ".ig"'s own end) show nothing
_DEFINING = frozenset({"de", "de1", "am", "am1", "ig"})
# requests that turn filling off / on
_NO_FILL = frozenset({"nf", "DS", "ID", "LD", "CD", "BD", "EX", "Bd", "TS"})
_FILL = frozenset({"fi", "DE", "EE", "Ed", "TE"})
# the requests a roff source is known by (three of them, one opening it)
_KNOWN = _BREAKS | _INLINE | _ALTERNATING | frozenset({"br", "ft", "ds", "nr", "de", "so"})

# an escape: a comment to the line's end, a special character, a string, a font or size,
# an escape with a quoted argument, a register, or any one character
_ESCAPE = recache.compile(
    r"\\(?:"
    r"(?P<comment>[\"#].*)"
    r"|\((?P<glyph2>..)"
    r"|\[(?P<glyph>[^\]\n]{1,40})\]"
    r"|\*(?:\((?P<str2>..)|\[(?P<strn>[^\]\n]{1,40})\]|(?P<str1>.))"
    r"|f(?:\(..|\[[^\]\n]{0,40}\]|.)"
    r"|s(?:[-+]?\d{1,2}|\([-+]?\d\d|\[[^\]\n]{0,20}\])"
    r"|[hvwolLDXZbxNRS](?P<q>['|])[^'|\n]*(?P=q)"
    r"|[nkgmMFz$](?:\(..|\[[^\]\n]{0,40}\]|.)"
    r"|(?P<one>.)"
    r")"
)
# what a special character or a string shows (groff_char's names)
_GLYPHS = {
    "em": "\u2014", "en": "\u2013", "hy": "-", "aq": "'", "dq": '"', "lq": "\u201c",
    "rq": "\u201d", "oq": "\u2018", "cq": "\u2019", "bq": "\u201e", "bu": "\u2022",
    "co": "\u00a9", "rg": "\u00ae", "tm": "\u2122", "de": "\u00b0", "mu": "\u00d7",
    "di": "\u00f7", "pm": "\u00b1", "Eu": "\u20ac", "eu": "\u20ac", "Po": "\u00a3",
    "Ye": "\u00a5", "ct": "\u00a2", "Do": "$", "sc": "\u00a7", "ps": "\u00b6", "dg": "\u2020",
    "dd": "\u2021", "rs": "\\", "sl": "/", "ba": "|", "at": "@", "sh": "#", "ha": "^",
    "ti": "~", "Fo": "\u00ab", "Fc": "\u00bb", "fo": "\u2039", "fc": "\u203a", "r!": "\u00a1",
    "r?": "\u00bf", "sq": "\u25a1", "ci": "\u25cb", "->": "\u2192", "<-": "\u2190",
    "%": "", "Q": "\u201c", "U": "\u201d", "R": "\u00ae", "Tm": "\u2122",
}  # fmt: skip
# an accented letter: "\('e", "\[e aa]" (the mark's name after the letter)
_ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", ":": "\u0308", "~": "\u0303", ",": "\u0327",
    "aa": "\u0301", "ga": "\u0300", "a^": "\u0302", 'a"': "\u0308", "ad": "\u0308",
    "a~": "\u0303", "ac": "\u0327", "ah": "\u030c", "ao": "\u030a",
}  # fmt: skip
# one-character escapes that show nothing: "\&" a zero-width mark, "\c" a joint, "\%" a
# hyphenation point, "\|" and "\^" thin spaces, "\u" and "\d" half-line motions ...
_SHOW_NOTHING = frozenset("&%|^c)/,:!{}durpa")
# one-character escapes that show a character ("\-" a hyphen, "\ " a space)
_ONE = {"-": "-", "e": "\\", "\\": "\\", " ": " ", "~": " ", "0": " ", "'": "'", "`": "`",
        "t": "\t", ".": ".", "_": "_", "E": "\\"}  # fmt: skip


def looks_like_roff(text: str) -> bool:
    """Is ``text`` a roff source: opened by a request or a comment line, with at least
    three lines that call a known request or macro?"""
    first = text.lstrip("\ufeff \t\r\n")[:1]
    if first not in (".", "'"):
        return False
    return known_lines(text, _REQUEST, _KNOWN)


def _glyph(name: str) -> str:
    """What a named special character shows ("em", "u00E9", "e aa"); nothing when unknown."""
    if name in _GLYPHS:
        return _GLYPHS[name]
    if name[:1] == "u" and len(name) >= 5:
        try:
            return "".join(chr(int(code, 16)) for code in name[1:].split("_"))
        except ValueError:
            return ""
    parts = name.split()
    if len(parts) == 2 and len(parts[0]) == 1 and parts[1] in _ACCENTS:
        return _composed(parts[0], _ACCENTS[parts[1]])
    if len(name) == 2 and name[0] in _ACCENTS and name[1].isalpha():
        return _composed(name[1], _ACCENTS[name[0]])
    return ""


def _composed(letter: str, mark: str) -> str:
    return unicodedata.normalize("NFC", letter + mark)


def _decoded(shown: Shown, text: str, a: int, b: int) -> None:
    """``text[a:b]``, a line's text, with its escapes shown as what they stand for."""
    at = a
    for m in _ESCAPE.finditer(text, a, b):
        shown.copy(text, at, m.start())
        at = m.end()
        if m.group("comment") is not None:
            break
        if (name := m.group("glyph2") or m.group("glyph")) is not None:
            chars = _glyph(name)
        elif (name := m.group("str2") or m.group("strn") or m.group("str1")) is not None:
            chars = _GLYPHS.get(name, "") if name in ("lq", "rq", "Q", "U", "R", "Tm") else ""
        elif (one := m.group("one")) is not None:
            chars = _ONE.get(one, "" if one in _SHOW_NOTHING else one)
        else:
            chars = ""
        if chars:
            shown.emit(chars, m.start(), m.end())
    else:
        shown.copy(text, at, b)


def _arguments(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of a request's arguments in ``text[a:b]``: words, or quoted strings
    (their quotes left out; '""' inside stands for a quote, kept as written)."""
    out: list[tuple[int, int]] = []
    pos = a
    while pos < b:
        while pos < b and text[pos] in " \t":
            pos += 1
        if pos >= b or text.startswith('\\"', pos):
            break
        if text[pos] == '"':
            end = pos + 1
            while end < b and not (text[end] == '"' and text[end + 1 : end + 2] != '"'):
                end += 2 if text[end] == '"' else 1
            out.append((pos + 1, min(end, b)))
            pos = end + 1
        else:
            end = pos
            while end < b and text[end] not in " \t":
                end += 1
            out.append((pos, end))
            pos = end
    return out


class _Reader(Filled):
    """The view being written and the formatter's state."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.heading_next = False  # the next text line is a heading's words
        self.break_next: tuple[int, int] | None = None  # a heading's words were shown

    def brk(self, start: int, end: int, chars: str = "\n\n") -> None:
        self.break_next = None
        super().brk(start, end, chars)

    def words(self, spans: list[tuple[int, int]], joined: bool) -> None:
        """Arguments shown as words: with a space between two (one standing for the gap)
        unless ``joined`` or the next is only punctuation."""
        for k, (a, b) in enumerate(spans):
            if k and not joined and any(c.isalnum() for c in self.text[a:b]):
                self.shown.emit(" ", spans[k - 1][1], a)
            _decoded(self.shown, self.text, a, b)

    def before(self) -> None:
        """What goes before a line's text: the pending break after a heading, or the space
        a filled line's end stands for."""
        if self.break_next is not None:
            self.brk(*self.break_next)
        super().before()

    def line_end(self, end: int, nxt: int) -> None:
        if self.heading_next:
            self.heading_next = False
            self.break_next = (end, nxt)
        else:
            super().line_end(end, nxt)


def roff_text(text: str) -> tuple[str, OffsetMap]:
    """The text a roff source shows and the map of its characters back to ``text``."""
    r = _Reader(text)
    skipping: str | None = None  # the end of a definition or an ignored block
    table_format = False  # a table's options and format lines come first
    for a, b, nxt in line_spans(text):
        line = text[a:b]
        if skipping is not None:
            if line.strip() == skipping:
                skipping = None
            continue
        if table_format:
            table_format = not line.rstrip().endswith(".")
            continue
        if _COMMENT_LINE.match(line):
            continue
        m = _REQUEST.match(text, a, b)
        if m is None:
            if not line.strip():
                if r.fill:
                    r.brk(a, nxt)
                elif r.started or nxt > b:
                    r.shown.emit("\n", a, nxt)
                continue
            r.before()
            _decoded(r.shown, text, a, b)  # (a line opened by "\&" shows from its text)
            r.line_end(b, nxt)
            continue
        name = m.group("name") or ""
        args = _arguments(text, m.start("args"), b)
        if name in _DEFINING:
            # (".de XX" ... "..": a macro's definition; ".ig" ... "..", or ".ig END" ...
            # ".END": text left out)
            skipping = f".{text[slice(*args[0])]}" if name == "ig" and args else ".."
            continue
        if name in _BREAKS:
            r.brk(a, nxt)
        elif name == "br":
            r.brk(a, nxt, "\n")
        if name in _NO_FILL:
            r.fill = False
            table_format = name == "TS"
        elif name in _FILL:
            r.fill = True
        if name in _DATES and args:
            r.shown.emit("Date: ", m.start("name"), m.end("name"))
            r.started = True
            r.words(args, joined=False)
            r.brk(b, nxt)
        elif name == "TH" and args:
            r.started = True
            r.words(args[:2], joined=False)
            if len(args) > 2:
                r.shown.emit("\nDate: ", m.start("name"), m.end("name"))
                r.words(args[2:3], joined=False)
            r.brk(b, nxt)
        elif name in _HEADINGS or name in _LEVELLED_HEADINGS:
            words = args[1:] if name in _LEVELLED_HEADINGS else args
            if words:
                r.started = True
                r.words(words, joined=False)
                r.break_next = (b, nxt)
            elif name in _HEADING_NEXT:
                r.heading_next = True
        elif name in _MARKED and args:
            r.started = True
            r.words(args[:1], joined=False)
            r.shown.emit(" ", b, nxt)
        elif (name in _INLINE or name in _ALTERNATING) and args:
            # (".B" alone sets the next line's font: nothing shows)
            r.before()
            r.words(args, joined=name in _ALTERNATING)
            r.line_end(b, nxt)
    return r.shown.result()
