"""A Texinfo source (a report or a manual kept as ``.texi``) read as the text its formatter
shows, every offset mapped back.

Texinfo writes its markup as @-commands: whole-line ones ("@chapter The delegation to
Macao", "@item", "@node Top", "@end itemize") and brace ones inside the text
("@strong{Liu Yunjie}", "@acronym{DSEDT}", "@email{desk@@example.org}", "@dots{}"). The
view shows what ``makeinfo --plaintext`` would: a heading's, title's or author's words as a
line of their own, a list item opened by a bullet, text lines filled into paragraphs (a
line's end a space standing for the line break, a blank line a paragraph's end), an
example's or a display's lines as they are. A brace command shows its text (a link or an
address its label when it has one, an acronym its letters), a symbol command its
character ("@@" an at sign, "@dots{}" an ellipsis, "@'e" é), and the TeX ligatures their
marks ("---" an em dash, "--" an en dash, "``" and "''" quotes). Comments ("@c ..."), the
header's settings, nodes, menus, index entries, ignored and TeX-only blocks, footnotes and
anchors show nothing; "@bye" ends the document. Each shown character keeps the span of
the input it stands for.

(makeinfo renders Texinfo well but is no Python package and gives no map back to the
input, and every record must quote its input by offsets, so the little of Texinfo a report
uses is read here.)
"""

from __future__ import annotations

import unicodedata

from . import recache
from .markup import Filled, OffsetMap
from .textutil import known_lines, line_spans

# a whole-line command: its name and the rest of its line
_LINE = recache.compile(r"[ \t]*@(?P<name>[A-Za-z]+)(?![A-Za-z{])[ \t]*(?P<rest>.*)")
# commands whose line shows its words as a line of its own
_HEADINGS = frozenset(
    {
        "settitle", "title", "subtitle", "author", "top", "chapter", "section",
        "subsection", "subsubsection", "unnumbered", "unnumberedsec", "unnumberedsubsec",
        "appendix", "appendixsec", "appendixsubsec", "heading", "subheading",
        "subsubheading", "majorheading", "chapheading", "centerchap", "center",
    }
)  # fmt: skip
# blocks whose lines are kept as lines (no filling)
_NO_FILL = frozenset(
    {"example", "smallexample", "display", "smalldisplay", "format", "smallformat", "lisp",
     "smalllisp", "verbatim"}
)  # fmt: skip
# blocks that show nothing, up to their "@end"
_HIDDEN_BLOCKS = frozenset(
    {"menu", "ignore", "macro", "rmacro", "direntry", "iftex", "ifhtml", "ifdocbook",
     "ifxml", "iflatex", "tex", "html", "docbook", "xml", "latex", "detailmenu"}
)  # fmt: skip
# blocks that show their text (a break at each end)
_BLOCKS = frozenset(
    {"itemize", "enumerate", "table", "vtable", "ftable", "multitable", "quotation",
     "smallquotation", "cartouche", "copying", "titlepage", "flushleft", "flushright",
     "raggedright", "group", "ifinfo", "ifnottex", "ifplaintext", "ifnothtml", "ifset",
     "ifclear", "float", "indentedblock", "smallindentedblock"}
) | _NO_FILL  # fmt: skip
# list items: a bullet opens the item's line; a table's item shows its term
_ITEMS = frozenset({"item", "itemx"})
# the commands a Texinfo source is known by (three of them)
_KNOWN = (
    _HEADINGS
    | _BLOCKS
    | _HIDDEN_BLOCKS
    | _ITEMS
    | frozenset({"node", "setfilename", "end", "bye", "c", "comment", "documentencoding"})
)
# line commands that show nothing but are no text either ("@cindex ...", "@noindent")
_LINE_ONLY = frozenset(
    {"cindex", "findex", "vindex", "kindex", "pindex", "tindex", "printindex", "contents",
     "shortcontents", "summarycontents", "page", "vskip", "insertcopying", "noindent",
     "indent", "paragraphindent", "firstparagraphindent", "exampleindent",
     "setchapternewpage", "headings", "finalout", "smallbook", "afourpaper", "syncodeindex",
     "synindex", "defindex", "defcodeindex", "dircategory", "set", "clear", "sp", "need",
     "refill", "documentlanguage", "include", "shorttitlepage", "everyheading",
     "everyfooting", "evenheading", "oddheading", "evenfooting", "oddfooting", "alias",
     "definfoenclose", "frenchspacing", "allowcodebreaks", "codequoteundirected",
     "codequotebacktick", "deftypefnnewline", "kbdinputstyle", "urefbreakstyle",
     "xrefautomaticsectiontitle", "validatemenus", "novalidate", "columnfractions"}
)  # fmt: skip
# every line command: the known ones and those that show nothing
_COMMAND_LINES = _KNOWN | _LINE_ONLY
# brace commands whose text shows nothing
_HIDDEN_BRACES = frozenset(
    {"footnote", "anchor", "image", "value", "today", "indicateurl", "errormsg", "hyphenation",
     "inlineraw", "inlinefmt", "inlineifset", "inlineifclear", "sortas", "seeentry", "seealso"}
)  # fmt: skip
# brace commands with arguments after commas: which argument shows (the second, a label,
# when it has one, else the first)
_LABELLED = frozenset({"email", "uref", "url", "inforef"})
_FIRST_ONLY = frozenset({"acronym", "abbr", "xref", "ref", "pxref"})
_ARGUMENTS = _LABELLED | _FIRST_ONLY
# what a symbol command shows ("@dots{}", "@copyright{}")
_SYMBOLS = {
    "dots": "\u2026", "enddots": "\u2026", "copyright": "\u00a9", "registeredsymbol": "\u00ae",
    "euro": "\u20ac", "pounds": "\u00a3", "textdegree": "\u00b0", "bullet": "\u2022",
    "minus": "-", "result": "\u21d2", "expansion": "\u21a6", "equiv": "\u2261", "TeX": "TeX",
    "LaTeX": "LaTeX", "tie": " ", "atchar": "@", "lbracechar": "{", "rbracechar": "}",
    "backslashchar": "\\", "hashchar": "#", "comma": ",", "quotedblleft": "\u201c",
    "quotedblright": "\u201d", "quoteleft": "\u2018", "quoteright": "\u2019", "ordf": "\u00aa",
    "ordm": "\u00ba", "exclamdown": "\u00a1", "questiondown": "\u00bf", "ss": "\u00df",
    "ae": "\u00e6", "AE": "\u00c6", "oe": "\u0153", "OE": "\u0152", "o": "\u00f8",
    "O": "\u00d8", "l": "\u0142", "L": "\u0141", "aa": "\u00e5", "AA": "\u00c5",
}  # fmt: skip
# accent commands and the marks they put on the letter after them
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
            "=": "\u0304", ",": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b",
            "ringaccent": "\u030a", "dotaccent": "\u0307", "ogonek": "\u0328"}  # fmt: skip
# what a one-character command shows
_ONE = {"@": "@", "{": "{", "}": "}", ".": ".", ":": "", "!": "!", "?": "?", "*": "\n",
        "-": "", " ": " ", "\t": " ", "/": "", "&": "&"}  # fmt: skip
# a token inside a line: a comment to its end, an accent, a brace command opening, a
# closing brace, a one-character command, a tab command, a TeX ligature
_TOKEN = recache.compile(
    r"@(?:c|comment)(?=[ \t]|$).*"
    r"|@(?P<accent>['`^\"~=,])(?:\{(?P<braced>[A-Za-z])\}|(?P<letter>[A-Za-z]))"
    r"|@(?P<name>[A-Za-z]+)(?P<open>\{)?"
    r"|(?P<close>\})"
    r"|@(?P<one>[@{}.:!?*\- \t/&])"
    r"|(?P<lig>---|--|``|'')"
    r"|(?P<comma>,)"
)
_LIGATURES = {"---": "\u2014", "--": "\u2013", "``": "\u201c", "''": "\u201d"}


def looks_like_texinfo(text: str) -> bool:
    """Is ``text`` a Texinfo source: opened by "\\input texinfo" or by an @-command line,
    with at least three lines of known commands?"""
    head = text.lstrip("\ufeff \t\r\n")
    if not (head.startswith("\\input texinfo") or head.startswith("@")):
        return False
    return known_lines(text, _LINE, _KNOWN)


def _unescaped(text: str, char: str, a: int, b: int) -> int:
    """Where ``char`` first stands in ``text[a:b]`` not after an "@" (``b`` if nowhere)."""
    pos = a
    while pos < b and text[pos] != char:
        pos += 2 if text[pos] == "@" else 1
    return min(pos, b)


class _Reader(Filled):
    """The view being written, the open brace commands and the filling."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        # each open brace command: its name and whether it hides its text (an acronym
        # running over a line's end hides what follows its first comma)
        self.braces: list[list] = []

    @property
    def hidden(self) -> bool:
        return any(hides for _, hides in self.braces)

    def emit(self, chars: str, start: int, end: int) -> None:
        if chars and not self.hidden:
            self.before()
            self.shown.emit(chars, start, end)

    def copy(self, a: int, b: int) -> None:
        if a < b and not self.hidden:
            self.before()
            self.shown.copy(self.text, a, b)

    def words(self, a: int, b: int) -> None:
        """``text[a:b]`` with its commands read."""
        text = self.text
        at = a
        while (m := _TOKEN.search(text, at, b)) is not None:
            self.copy(at, m.start())
            at = m.end()
            if m.lastgroup is None:
                return  # a comment, to the line's end
            if m.group("accent") is not None:
                letter = m.group("braced") or m.group("letter")
                chars = unicodedata.normalize("NFC", letter + _ACCENTS[m.group("accent")])
                self.emit(chars, m.start(), m.end())
            elif (name := m.group("name")) is not None:
                if m.group("open") is None:
                    self.emit("\t" if name == "tab" else "", m.start(), m.end())
                elif name in _SYMBOLS:
                    self.emit(_SYMBOLS[name], m.start(), m.end())
                    self.braces.append([name, False])
                elif name in _LABELLED or name in _FIRST_ONLY:
                    at = self._argument(name, m.end(), b)
                else:
                    # ("@strong{...}", "@ringaccent{a}": the text shows; "@footnote{...}"
                    # hides it)
                    self.braces.append([name, name in _HIDDEN_BRACES])
            elif m.group("close") is not None:
                if self.braces:
                    self.braces.pop()
                else:
                    self.copy(m.start(), m.end())
            elif m.group("comma") is not None:
                if self.braces and self.braces[-1][0] in _ARGUMENTS:
                    self.braces[-1][1] = True  # (its first argument shown: the rest hides)
                else:
                    self.copy(m.start(), m.end())
            elif (one := m.group("one")) is not None:
                self.emit(_ONE.get(one, one), m.start(), m.end())
            else:
                self.emit(_LIGATURES[m.group("lig")], m.start(), m.end())
        self.copy(at, b)

    def _argument(self, name: str, start: int, b: int) -> int:
        """A link's, an address's or an acronym's shown argument, from its brace's
        ``start`` to its closing brace (on the same line): the label after the first comma
        for a link or an address, when it has one, else the first argument. Returns
        where the reading goes on."""
        text = self.text
        close = _unescaped(text, "}", start, b)
        if close >= b:
            # (its closing brace on a later line: its first argument shows, up to a comma)
            self.braces.append([name, False])
            return start
        comma = _unescaped(text, ",", start, close)
        a, z = start, comma
        if name in _LABELLED and comma < close:
            label_a = comma + 1
            while label_a < close and text[label_a] in " \t":
                label_a += 1
            if label_a < close and name != "inforef":
                a, z = label_a, close
        while z > a and text[z - 1] in " \t":
            z -= 1
        self.words(a, z)
        return min(close + 1, b)

    def line_end(self, end: int, nxt: int) -> None:
        if not self.hidden:  # (a line's end inside a footnote or an acronym's expansion)
            super().line_end(end, nxt)


def texinfo_text(text: str) -> tuple[str, OffsetMap]:
    """The text a Texinfo source shows and the map of its characters back to ``text``."""
    r = _Reader(text)
    hidden_block: list[str] = []  # the hidden blocks open (their names)
    fills: list[bool] = []  # the filling outside each open block
    for a, b, nxt in line_spans(text):
        line = text[a:b]
        if a == 0 and line.lstrip("\ufeff").startswith("\\input"):
            continue
        m = _LINE.match(text, a, b)
        name = m.group("name") if m is not None else ""
        if hidden_block:
            if name == "end" and m.group("rest").split()[:1] == [hidden_block[-1]]:
                hidden_block.pop()
            elif name in _HIDDEN_BLOCKS:
                hidden_block.append(name)
            continue
        if m is None or name not in _COMMAND_LINES:
            if not line.strip():
                if r.fill:
                    r.brk(a, nxt)
                elif nxt > b:
                    r.shown.emit("\n", a, nxt)
                continue
            r.words(a, b)
            r.line_end(b, nxt)
            continue
        rest_a, rest_b = m.span("rest")
        if name == "bye":
            break
        if name in _HIDDEN_BLOCKS:
            hidden_block.append(name)
        elif name in _HEADINGS:
            r.brk(a, nxt)
            if rest_a < rest_b:
                r.words(rest_a, rest_b)
            r.brk(b, nxt)
        elif name in _BLOCKS:
            r.brk(a, nxt)
            fills.append(r.fill)
            if name in _NO_FILL:
                r.fill = False
        elif name == "end":
            r.brk(a, nxt)
            if fills:
                r.fill = fills.pop()
        elif name in _ITEMS:
            r.brk(a, nxt)
            if rest_a < rest_b:
                r.words(rest_a, rest_b)  # a table's term, its own line
                r.brk(b, nxt)
            else:
                r.emit("\u2022 ", a, b)
        # (any other line command, "@node", "@cindex", "@setfilename", shows nothing)
    return r.shown.result()
