"""A TOML document (a static site's data file or page front matter, a config of events) read
as the fields it holds, with the map back to the input.

Each ``key = value`` line shows as a field, "key: value", the way a page's front matter in
YAML reads (the rules that read "date: 2026-12-04" and "title: ..." read it too); a
string's escapes are decoded and a multi-line string's text runs on under its key, its
line-ending backslashes joining its lines; an array's strings stand one a line under the
key; an inline table shows nothing. A table's header ("[seo]", "[[sessions]]") opens a
paragraph, so each session's fields stand together; a comment shows its words ("# Last
edited 2026-11-21 by the web desk"). An INI file (a microsite's settings) is read alike, its
";" comments as comments. ``tomllib`` parses TOML exactly but keeps no offsets into the
file, which every record must quote.
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown

_KEY = r"(?:[A-Za-z0-9_-]+|\"[^\"\n]*\")(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"))*"
_KEY_LINE = recache.compile(rf"[ \t]*(?P<key>{_KEY})[ \t]*=[ \t]*")
_HEADER = recache.compile(rf"[ \t]*\[\[?[ \t]*{_KEY}[ \t]*\]\]?[ \t]*(?:#[^\n]*)?$")
# (an INI file's comments open with ";": a config's settings in the same shape)
_COMMENT = recache.compile(r"[ \t]*[#;]+[ \t]*")
_FRONT_FENCE = recache.compile(r"[ \t]*\+\+\+[ \t]*$")
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "", "b": "", "f": ""}
_LINE_END_ESCAPE = recache.compile(r"\\[ \t]*\r?\n\s*")
_UNICODE = recache.compile(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")


def looks_like_toml(text: str) -> bool:
    """Is ``text`` a TOML document: four ``key = value`` lines at least, a table's header
    or a multi-line string among them, and nothing else on its lines outside its values
    but comments, headers and the "+++" of front matter?"""
    return toml_view(text) is not None


def toml_view(text: str) -> tuple[str, OffsetMap] | None:
    """The fields ``text`` holds and their map back to it when it is a TOML document (see
    ``looks_like_toml``), read in one walk; None for any other text."""
    if " = " not in text and '="' not in text:
        return None
    out = _toml_lines(text, Shown())
    if out is None or out[1] < 4 or not out[2]:
        return None
    return out[0].result()


def toml_text(text: str) -> tuple[str, OffsetMap]:
    """The fields a TOML document holds and the map of their characters back to ``text``."""
    out = _toml_lines(text, Shown())
    assert out is not None
    return out[0].result()


def _toml_lines(text: str, out: Shown) -> tuple[Shown, int, bool] | None:
    """Read ``text`` line by line, laying out its fields on ``out``; None when a line is
    neither a field, a header, a comment, a fence nor blank."""
    fields = 0
    structured = False  # (a header, or a multi-line string or array)
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end == -1 else end
        line = text[pos:end]
        if not line.strip() or _FRONT_FENCE.fullmatch(line):
            out.emit("\n", end, end)
        elif _HEADER.fullmatch(line):
            structured = True
            out.emit("\n", pos, end)
        elif (c := _COMMENT.match(line)) is not None and line.lstrip().startswith(("#", ";")):
            out.copy(text, pos + c.end(), end)
            out.emit("\n", end, end)
        elif (k := _KEY_LINE.match(line)) is not None and k.end() < len(line):
            fields += 1
            out.copy(text, pos + k.start("key"), pos + k.end("key"))
            out.emit(": ", pos + k.end("key"), pos + k.end())
            after, multi = _value(text, pos + k.end(), out)
            structured = structured or multi
            out.emit("\n", after, after)
            end = text.find("\n", after)
            end = n if end == -1 else end
        else:
            return None
        pos = end + 1
    return out, fields, structured


def _value(text: str, at: int, out: Shown) -> tuple[int, bool]:
    """Show the value at ``at``: where it ends, and whether it ran over lines."""
    if text.startswith(('"""', "'''"), at):
        close = text.find(text[at : at + 3], at + 3)
        close = len(text) if close == -1 else close
        start = at + 3 + (text[at + 3 : at + 4] == "\n")
        out.emit("\n", at, start)
        _string(text, start, close, out, basic=text[at] == '"')
        return min(close + 3, len(text)), True
    if text[at] in "\"'":
        close = _closing_quote(text, at)
        _string(text, at + 1, close, out, basic=text[at] == '"')
        return close + 1, False
    if text[at] == "[":
        return _array(text, at, out)
    if text[at] == "{":
        close = text.find("}", at)
        return (len(text) if close == -1 else close + 1), False
    stop = text.find("\n", at)
    stop = len(text) if stop == -1 else stop
    hash_at = text.find(" #", at, stop)
    stop = hash_at if hash_at != -1 else stop
    last = stop
    while last > at and text[last - 1] in " \t\r":
        last -= 1
    out.copy(text, at, last)
    return stop, False


def _closing_quote(text: str, at: int) -> int:
    """Where the one-line string opened at ``at`` closes (its line's end if never)."""
    quote = text[at]
    k = at + 1
    while k < len(text) and text[k] != "\n":
        if text[k] == "\\" and quote == '"':
            k += 2
            continue
        if text[k] == quote:
            return k
        k += 1
    return k


def _string(text: str, a: int, b: int, out: Shown, basic: bool) -> None:
    """Show ``text[a:b]``, a string's content, its escapes decoded when it is ``basic``."""
    if not basic or "\\" not in text[a:b]:
        out.copy(text, a, b)
        return
    k = a
    while k < b:
        slash = text.find("\\", k, b)
        if slash == -1:
            out.copy(text, k, b)
            return
        out.copy(text, k, slash)
        joined = _LINE_END_ESCAPE.match(text, slash, b)
        uni = _UNICODE.match(text, slash, b)
        if joined is not None:  # (a line-ending backslash: the lines run on)
            k = joined.end()
        elif uni is not None:
            out.emit(chr(int(uni.group()[2:], 16)), slash, uni.end())
            k = uni.end()
        else:
            nxt = text[slash + 1 : slash + 2]
            out.emit(_ESCAPES.get(nxt, nxt), slash, slash + 2)
            k = slash + 2


_SEPARATOR = recache.compile(r"\s*,?")
_ITEM = recache.compile(
    r"""\s*(?:#[^\n]*\n\s*)*(?:(?P<q>"|')|(?P<close>\])|(?P<other>[^,\]\s]+)\s*,?)"""
)


def _array(text: str, at: int, out: Shown) -> tuple[int, bool]:
    """Show an array's strings, one a line under its key; where it ends, and whether it ran
    over lines."""
    k = at + 1
    first = True
    while k < len(text):
        m = _ITEM.match(text, k)
        if m is None or m.end() == k:
            break
        if m.group("close"):
            return m.end(), "\n" in text[at : m.end()]
        if m.group("q"):
            q = m.start("q")
            close = _closing_quote(text, q)
            if not first:
                out.emit("\n", q, q)
            _string(text, q + 1, close, out, basic=text[q] == '"')
            first = False
            k = _SEPARATOR.match(text, close + 1).end()
        else:
            k = m.end()
    return k, True
