"""An outliner's page in Markdown (a Logseq page, a Roam graph's Markdown export) read as
the notes it holds, every offset mapped back.

An outliner writes a page as nested blocks, each a bullet ("- ") indented under its parent
by tabs or spaces: "- [[Nov 23rd, 2026]]" over "\t- Met **Lei Man Kuan**, President of
the [[Macao Trade and Investment Promotion Institute]] ...". A page's properties open it
("title:: Huaihua delegation to Macao", "created:: [[Nov 24th, 2026]]"), a block's stand
under its first line ("collapsed:: true", "id:: 6741c2a8-..."); a task's marker opens its
block ("DONE", "LATER", Roam's "{{[[TODO]]}}") and its planning line follows it
("SCHEDULED: <2027-01-12 Tue>", as in Org mode). The view writes each block on a line of
its own, a top-level block after a blank line (a day's block and what it holds are a
section), the bullets and indentation left out; the page's title is its first line, a
property the reader keeps ("venue:: ...", "created:: ...") a "Key: value" line, and the
outliner's own ("id::", "collapsed::", "heading::") nothing. A page link shows its page
("[[Huaihua]]", "#[[Macao mission]]", "#Macao"), a highlight its words ("==19.4%==",
"^^11.6%^^"), a block reference ("((6741c2a8-...))") and a macro ("{{embed ...}}")
nothing; a dated task is an event page's "What:" over its "When:", the way an Org item is
read (``orgmode``). Each shown character keeps the span of the input it stands for.

(No maintained Python package parses Logseq's or Roam's Markdown with character offsets,
and every record must quote its input by offsets, so the little syntax used here is read
here, with the Org reader's planning lines.)
"""

from __future__ import annotations

import re

from . import recache
from .markup import OffsetMap
from .orgmode import OutlineView, planning_lines
from .textutil import line_spans

# a block's first line: its indentation, the bullet, a task's marker and priority, its text
_BLOCK = recache.compile(
    r"(?P<indent>[ \t]*)-(?:[ \t]+(?:(?P<kw>[A-Z]{2,12})[ \t]+)?(?:\[#[A-C]\][ \t]*)?"
    r"(?P<title>.*?))?[ \t]*"
)
# a property: "title:: ...", "collapsed:: true" (on a page's first lines, in a block's
# first line or under it)
_PROPERTY = recache.compile(
    r"[ \t]*(?:-[ \t]+)?(?P<key>[A-Za-z][\w-]{0,40})::(?:[ \t]+(?P<value>.*?))?[ \t]*"
)
# Logseq's and Roam's task markers (Org's keywords too)
_MARKERS = frozenset(
    {"TODO", "DOING", "DONE", "LATER", "NOW", "WAITING", "WAIT", "CANCELED", "CANCELLED",
     "STARTED", "NEXT"}
)  # fmt: skip
# properties the outliner keeps for itself: no words of the page
_OWN_PROPERTIES = frozenset(
    {"id", "collapsed", "heading", "background-color", "icon", "public", "filters",
     "template", "template-including-parent", "exclude-from-graph-view", "ls-type",
     "hl-type", "hl-page", "hl-stamp", "hl-color", "created-at", "updated-at",
     "card-last-interval", "card-repeats", "card-ease-factor", "card-next-schedule",
     "card-last-reviewed", "card-last-score", "query-table", "query-properties",
     "query-sort-by", "query-sort-desc", "logseq.order-list-type"}
)  # fmt: skip
# marks inside a block's text: a tag ("#[[Macao mission]]", "#Macao"), a highlight
# ("==19.4%==", "^^11.6%^^"), a block reference, a macro ("{{embed ...}}", Roam's
# "{{[[TODO]]}}")
_MARK = recache.compile(
    r"(?<![\w#])#\[\[(?P<tag>[^\]\n]{1,200})\]\]"
    r"|(?<![\w#&])#(?P<word>[^\W\d_][\w/-]{0,60})"
    r"|(?P<hl>==|\^\^)(?P<lit>[^\n=^]{1,300}?)(?P=hl)"
    r"|\(\([0-9A-Za-z_-]{6,40}\)\)"
    r"|\{\{[^{}\n]{0,300}(?:\{\{[^{}\n]{0,300}\}\}[^{}\n]{0,300})*\}\}"
)
_SHOWN_KEYS = {"title": ""}
_BULLET_LINE = recache.compile(r"(?m)^[ \t]*-[ \t]+\S")
_PROPERTY_LINE = recache.compile(r"(?m)^[ \t]*(?:-[ \t]+)?[A-Za-z][\w-]{0,40}::[ \t]")
_BLOCK_REF = recache.compile(r"\(\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-")


def looks_like_outliner(text: str) -> bool:
    """Is ``text`` an outliner's page: bullets on most of its lines (a property, an
    indented line or a blank one on the rest), two or more, and an outliner's property
    ("key:: value") or block reference?"""
    if "- " not in text or ("::" not in text and "((" not in text):
        return False  # (substring tests first: most texts hold neither mark)
    if _PROPERTY_LINE.search(text) is None and not _BLOCK_REF.search(text):
        return False
    bullets = other = 0
    for a, b, _ in line_spans(text[:20000]):
        line = text[a:b]
        if not line.strip() or line[0] in " \t" or _PROPERTY.fullmatch(line):
            continue
        if _BULLET_LINE.match(line) or line.strip() == "-":
            bullets += 1
        else:
            other += 1
    return bullets >= 2 and other <= bullets // 5


class _Page(OutlineView):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.keywords = set(_MARKERS)

    def inline(self, a: int, b: int) -> None:
        """``text[a:b]`` with its tags and highlights as their words, block references and
        macros as nothing, and its links and timestamps as Org's are."""
        text, pos = self.text, a
        for m in _MARK.finditer(text, a, b):
            super().inline(pos, m.start())
            part = next((g for g in ("tag", "word", "lit") if m.group(g) is not None), None)
            if part is not None:
                super().inline(m.start(part), m.end(part))
            pos = m.end()
        super().inline(pos, b)

    def prop(self, m: re.Match[str], end: int) -> None:
        key = m.group("key").lower()
        if key in _OWN_PROPERTIES or not m.group("value"):
            return
        label = _SHOWN_KEYS.get(key)
        if label is None:
            label = key.replace("-", " ").replace("_", " ").capitalize() + ": "
        self.label(label, m.start("key"), m.start("value"))
        self.inline(m.start("value"), m.end("value"))
        self.line_break(end)


def outliner_text(text: str) -> tuple[str, OffsetMap]:
    """The notes an outliner's page holds, as text, and the map of its characters back to
    ``text`` (see the module's docstring)."""
    page = _Page(text)
    rows = [(a, b) for a, b, _ in line_spans(text)]
    k = 0
    while k < len(rows):
        a, b = rows[k]
        k += 1
        m = _PROPERTY.fullmatch(text, a, b)
        if m is not None:
            page.prop(m, b)
            continue
        m = _BLOCK.fullmatch(text, a, b)
        if m is None:
            if text[a:b].strip():  # (a block's further line)
                page.inline(a + len(text[a:b]) - len(text[a:b].lstrip()), b)
                page.line_break(b)
            continue
        if m.group("title") is None:
            continue  # (an empty block)
        if not m.group("indent"):
            page.section_break(a)
        planning, k = planning_lines(text, rows, k)
        page.headline(m, planning, rows[k - 1][1])
    return page.shown.result()
