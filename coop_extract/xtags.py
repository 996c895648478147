"""A story exported as QuarkXPress Tags (XPress Tags, the text a QuarkXPress page's box
holds, as newsrooms hand it on) read as its text, every offset mapped back.

XPress Tags opens with its version and encoding ("<v14.00><e0>"), opens each paragraph with
its style sheet's name ("@Body:", "@Headline:", "@$:" for the normal one) and sets the
character attributes in angle brackets as it goes ("<B>Zhou Hongbo<B>" bold on and off,
"<z8.5>" a size, '<f"Helvetica">' a font, "<P>" plain); a style's definition is a line
of its own ("@Body=[...]"). A special character is a backslash code in brackets:
"<\\#8217>" the character of that number, "<\\n>" a line break, "<\\!s>" a no-break space,
"<\\h>" a discretionary hyphen (nothing shown), "<\\@>", "<\\<>" and "<\\\\>" their signs.
The view shows each paragraph's words on a line of its own, the style names, attributes
and definitions left out. Each shown character keeps the span of the input it stands for.

(No Python package reads XPress Tags, and every record must quote its input by offsets.)
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown
from .textutil import line_spans

# the file's first tags: its version and its encoding
_HEAD = recache.compile(r"\s*<v\d+(?:\.\d+)?>\s*(?:<e\d+>)?")
# a paragraph's style sheet: "@Body:", "@$:", "@:"; a style's definition: "@Body=..."
_STYLE = recache.compile(r"@(?:\$|[^:=<>\n@]{0,60})(?P<mark>[:=])")
# a tag: a special character's code ("<\#8217>", "<\n>", "<\!s>") or attributes
_TAG = recache.compile(r"<(?:\\(?P<code>#\d{1,7}|![-\w]|[^>\n]))?[^<>\n]{0,200}?>")
# special characters by their code
_SPECIAL = {
    "n": "\n", "c": "\n", "b": "\n", "t": "\t", "!s": " ", "s": " ", "f": " ", "!f": " ",
    "p": " ", "!p": " ", "q": " ", "!q": " ", "e": " ", "!e": " ", "@": "@", "<": "<",
    "\\": "\\", "!-": "-", "-": "-",
}  # fmt: skip


def looks_like_xtags(text: str) -> bool:
    """Is ``text`` XPress Tags: its version tag first, and a paragraph's style sheet?"""
    head = _HEAD.match(text)
    return head is not None and _STYLE.search(text, head.end(), head.end() + 2000) is not None


def xtags_text(text: str) -> tuple[str, OffsetMap]:
    """The words of an XPress Tags story (see the module's docstring) and the map of its
    characters back to ``text``."""
    shown = Shown()
    head = _HEAD.match(text)
    start = head.end() if head is not None else 0
    for a, b, _ in line_spans(text):
        if b <= start:
            continue
        a = max(a, start)
        style = _STYLE.match(text, a, b)
        if style is not None:
            if style.group("mark") == "=":
                continue  # (a style's definition)
            a = style.end()
        at = a
        for tag in _TAG.finditer(text, a, b):
            shown.copy(text, at, tag.start())
            code = tag.group("code")
            if code is not None and code.startswith("#"):
                if int(code[1:]) <= 0x10FFFF:
                    shown.emit(chr(int(code[1:])), tag.start(), tag.end())
            elif code is not None and code in _SPECIAL:
                shown.emit(_SPECIAL[code], tag.start(), tag.end())
            at = tag.end()
        shown.copy(text, at, b)
        shown.emit("\n", b, min(b + 1, len(text)))
    return shown.result()
