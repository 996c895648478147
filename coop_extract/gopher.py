"""A Gopher menu (a gophermap) read as the text it shows, with the map back to the input.

A menu is a list of items, one a line: a type character, the text shown, then the
selector, the host and the port, apart by tabs ("0Full text of the agreement<TAB>/notices/
agreement.txt<TAB>gopher.example.cn<TAB>70"); a lone "." ends it. An information line
(type "i") is text the menu shows; many menus write their news in such lines, wrapped by
hand. Each item shows its text on a line of its own (a link's text is a title, no
sentence of the text around it); the selectors, hosts, ports and the closing "." show
nothing.
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown
from .textutil import line_spans

# an item: its type, its text, then its selector, host and port apart by tabs
_ITEM = recache.compile(
    r"(?P<type>[0-9A-Za-z+:;<?])(?P<text>[^\t\r\n]*)\t[^\t\r\n]*\t[^\t\r\n]*\t\d*"
)


def looks_like_gophermap(text: str) -> bool:
    """Does ``text`` read as a Gopher menu: of its first forty lines that hold anything,
    all but the closing "." items, at least three of them information lines?"""
    lines = [ln.rstrip("\r") for ln in text[:6000].split("\n")[:40]]
    lines = [ln for ln in lines if ln.strip() and ln.strip() != "."]
    if len(lines) < 4:
        return False
    items = [_ITEM.match(ln) for ln in lines]
    return all(items) and sum(m.group("type") == "i" for m in items if m) >= 3


def gophermap_text(text: str) -> tuple[str, OffsetMap]:
    """The text a menu shows (see the module's note) and the map of its characters back to
    ``text``."""
    shown = Shown()
    for at, end, _ in line_spans(text):
        m = _ITEM.match(text, at, end)
        if m is None:
            continue
        a, b = m.span("text")
        if m.group("type") != "i":
            shown.emit("\n", a, a)  # (a link's text: a line apart)
        shown.copy(text, a, b)
        shown.emit("\n", b, b)
    return shown.result()
