"""Scraped HTML read as text: tags out, entities decoded, every offset mapped back.

A page saved as it was scraped ('<p>NANNING, Nov. 25 &mdash; The ... region&#8217;s
commerce department said.</p>') is read as the text a browser shows. The extractors run
on that text; ``OffsetMap`` carries each of its characters back to the span of the input it
came from, so the records keep offsets into the input and quote it exactly.
"""

from __future__ import annotations

import codecs
import html
import json
import re
from array import array
from collections.abc import Iterable, Iterator
from datetime import date as date_type
from datetime import datetime, timedelta, timezone
from functools import cache

from . import recache, resources
from .normalize import MONTH_RE, month_number
from .textutil import SpanSet, line_spans

# Enough markup to be a page, not a stray "<" in prose: two or more of these tags.
# (an XML word processor's tags carry a namespace's prefix: a .docx file's document part,
# "<w:p><w:r><w:t>Weifang</w:t></w:r></w:p>"; a slide's "<a:p>")
_TAG_HINT = recache.compile(
    r"</?(?:[A-Za-z]\w{0,10}:)?(?:p|div|span|br|a|li|ul|ol|h[1-6]|table|tr|td|th|section"
    r"|article|header|footer|strong|em|b|i|img|meta|title|body|html)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
# a character entity for a typographic mark, shown as written after one decoding (a feed's
# "&amp;rsquo;"): never text a page means to show (a page about HTML shows "&lt;p&gt;")
_TYPOGRAPHIC = recache.compile(
    r"&(?:[lr][sd]quo|[sb]dquo|[mn]dash|nbsp|hellip|middot|bull|#8\d{3}|#x20[0-9A-Fa-f]{2});"
)
# a tag written with entities, as a feed's escaped HTML holds it ("&lt;p&gt;")
_ESCAPED_TAG = recache.compile(r"&lt;/?[A-Za-z][\w-]*\b[^<>]{0,500}?&gt;")
# What a page shows none of: a script, a style sheet, a comment, an XML declaration or a
# document type; a word processor's deleted or moved-away text ("<w:delText>9</w:delText>",
# an OpenDocument's "<text:tracked-changes>"), a field's instruction (' HYPERLINK
# "https://..." '), the copy of a text box an older reader falls back on ("<mc:Fallback>"),
# a reviewer's comment ("<office:annotation>") and a footnote's mark (its text stays); a
# translation memory's properties ("<prop type="x-Origin">TM</prop>"); a wiki's macro
# settings and a task's id and state ("<ac:parameter ac:name="title">", "<ac:task-status>");
# an inline XBRL filing's header (its hidden facts, contexts and units: "<ix:header>").
_DROPPED = (
    "script", "style", "w:delText", "w:instrText", "w:moveFrom", "mc:Fallback",
    "text:tracked-changes", "office:annotation", "text:note-citation", "prop",
    "ac:parameter", "ac:task-id", "ac:task-status", "ix:header",
)  # fmt: skip
# a character entity: "&amp;", "&#8217;", "&#x2019;" (shared with the caption reader)
ENTITY_RE = r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_TOKEN = recache.compile(
    rf"(?P<drop><(?P<raw>{'|'.join(_DROPPED)})\b"
    r"[^>]*(?<!/)>.*?</(?P=raw)\s*>|<!--.*?-->|<\?[^<>]{0,2000}\?>|<!DOCTYPE\b[^<>]{0,2000}>"
    # (an XML section's marks: what it holds is read as the rest is)
    r"|<!\[CDATA\[|\]\]>"
    # (an MDX page's comment: "{/* source: city statistics bureau */}")
    r"|\{/\*.*?\*/\}"
    # (a note's reference mark, an e-book's '<a epub:type="noteref" ...>2</a>': no figure
    # of the sentence it closes)
    r"""|<a\b[^<>]*\b(?:epub:type|role)=["'](?:doc-)?noteref["'][^<>]*>[^<]{0,12}</a\s*>)"""
    r"|(?P<tag></?(?P<prefix>[A-Za-z][\w-]*:)?(?P<name>[A-Za-z][\w.-]*)\b[^<>]{0,2000}>)"
    rf"|(?P<entity>{ENTITY_RE})",
    re.DOTALL,
)
_SPACES = recache.compile(r'\bc="(\d{1,3})"')
# the day of an element that shows none of its own: "<time datetime="2026-11-16" />", a
# news wire's (NITF's) issue date "<date.issue norm="20261120T083000+0800"/>"
_DATETIME = recache.compile(r'\b(?:datetime|norm)="(\d{4})-?(\d{2})-?(\d{2})')
_DAY_ELEMENTS = frozenset({"time", "date.issue"})
# a microformat's class for an entry's publication stamp (h-entry's "dt-published"), or
# RDFa's or microdata's property ('<time property="datePublished" datetime="...">')
_PUBLISHED_CLASS = recache.compile(
    r"""\bclass=["'][^"'<>]*\bdt-published\b"""
    r"""|\b(?:property|itemprop)=["'](?:schema:)?datePublished["']"""
)
# a page's metadata element for its publication day, the day in its content: Open Graph's
# 'property="article:published_time"', RDFa's or microdata's "datePublished", Dublin
# Core's "DC.date.issued", a news site's 'name="pubdate"' or 'name="publish-date"'
_META_PUBLISHED = recache.compile(
    r"""\b(?:property|name|itemprop)=["'](?:article:published_time|og:published_time"""
    r"""|(?:schema:)?datePublished|dc\.date\.issued|dcterms\.issued|pub_?date|publish[-_]?date"""
    r"""|publication[-_]date|citation_publication_date|parsely-pub-date)["']"""
    r"""[^<>]*?\bcontent=["'](?P<day>(?:19|20)\d{2}-\d{2}-\d{2})"""
    r"""|\bcontent=["'](?P<day2>(?:19|20)\d{2}-\d{2}-\d{2})[^"'<>]*["'][^<>]*?"""
    r"""\b(?:property|name|itemprop)=["'](?:article:published_time|(?:schema:)?datePublished)["']""",
    re.I,
)
# an MDX page's component, its words in its props: '<EventCard title="..." date="..."
# venue="..." />' (a capitalised name, which no HTML element has), the props that hold text
_COMPONENT_PROP = recache.compile(
    r"""\b(?:title|subtitle|heading|name|date|time|when|venue|location|where|place|summary"""
    r"""|description|caption|label|text)\s*=\s*(?P<q>["'])(?P<value>(?:(?!(?P=q))[^<>\n])*)(?P=q)""",
    re.I,
)
# a publication date told in parts, a journal article's (JATS: "<pub-date><day>20</day>
# <month>11</month><year>2026</year></pub-date>") or a registry's ("<publication_date>")
_PARTED_DATE = recache.compile(r"pub(?:lication)?[-_]?date", re.I)
_DATE_PART = recache.compile(r"<(day|month|year)>\s*(\d{1,4})\s*</\1>")
# Tags that end a line of the text a browser shows.
_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table",
        "tr", "td", "th", "section", "article", "header", "footer", "title", "blockquote",
        "pre", "hr", "dt", "dd", "cr", "seg", "h", "line-break",
        # (a news wire's story, NITF: its headlines, byline, dateline and tagline)
        "hl1", "hl2", "byline", "dateline", "tagline",
    }
)  # fmt: skip


# The elements of HTML itself: any other one in a page (DocBook's "<firstname>" beside
# "<surname>" in an article's head) is of a vocabulary of its own, its elements apart
# from running text read as an XML document's are
_HTML_NAMES = frozenset(
    {
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base",
        "bdi", "bdo", "big", "blink", "blockquote", "body", "br", "button", "canvas",
        "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd",
        "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i",
        "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main",
        "map", "mark", "marquee", "menu", "meta", "meter", "nav", "nobr", "noscript",
        "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre",
        "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section",
        "select", "slot", "small", "source", "span", "strike", "strong", "style", "sub",
        "summary", "sup", "svg", "path", "g", "table", "tbody", "td", "template", "textarea",
        "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var",
        "video", "wbr",
    }
)  # fmt: skip
_HTML_OR_DAY = _HTML_NAMES | _DAY_ELEMENTS


class OffsetMap:
    """Where each character of the shown text came from in the input."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The input span of the shown text's ``[start, end)``."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.ends[-1]
            return pos, pos
        first, last = self.starts[start], self.ends[end - 1]
        if last < first:  # a view that puts lines in another order (a calendar's fields)
            return min(self.starts[start:end]), max(self.ends[start:end])
        return first, last


def charset_codec(charset: str | None) -> str:
    """The codec of a declared charset (Windows-1252 for Latin-1, as mail clients read it;
    UTF-8 when it names none or one Python does not know)."""
    name = (charset or "utf-8").strip().lower()
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        name = "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


class Shown:
    """A view's text, built piece by piece, and its ``OffsetMap``."""

    __slots__ = ("out", "where")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.where = OffsetMap()

    def copy(self, text: str, a: int, b: int) -> None:
        """``text[a:b]`` as it is, each character from its own place."""
        self.out.append(text[a:b])
        self.where.starts.extend(range(a, b))
        self.where.ends.extend(range(a + 1, b + 1))

    def emit(self, chars: str, start: int, end: int) -> None:
        """``chars``, each standing for the input's ``[start, end)`` (an entity, a tag)."""
        self.out.append(chars)
        self.where.starts.extend([start] * len(chars))
        self.where.ends.extend([end] * len(chars))

    def place(self, chars: str, spans: list[tuple[int, int]]) -> None:
        """``chars``, each standing for its own span of the input."""
        self.out.append(chars)
        self.where.starts.extend(a for a, _ in spans)
        self.where.ends.extend(b for _, b in spans)

    def copy_decoded(
        self, text: str, a: int, b: int, escape: re.Pattern[str], decode: dict[str, str]
    ) -> None:
        """``text[a:b]`` with each ``escape`` match decoded ('\\n', '\\"'), standing for
        the whole escape: its first group looked up in ``decode`` (itself when not there),
        or a "U" and four hex digits read as that character ("\\U2013")."""
        at = a
        for m in escape.finditer(text, a, b):
            self.copy(text, at, m.start())
            code = m.group(1)
            if len(code) == 5 and code[0] == "U":
                self.emit(chr(int(code[1:], 16)), m.start(), m.end())
            else:
                self.emit(decode.get(code, code), m.start(), m.end())
            at = m.end()
        self.copy(text, at, b)

    def copy_unescaped(self, text: str, a: int, b: int) -> None:
        """``text[a:b]`` with each character entity decoded ("&amp;", "&#8217;"), standing
        for the whole entity (an XML element's text)."""
        at = a
        for m in _ENTITY.finditer(text, a, b):
            self.copy(text, at, m.start())
            self.emit(html.unescape(m.group()), m.start(), m.end())
            at = m.end()
        self.copy(text, at, b)

    def place_bytes(self, data: bytes, spans: list[tuple[int, int]], codec: str) -> None:
        """``data`` decoded, each character standing for the spans of the bytes that wrote
        it (a quoted-printable run's "=E2=80=99" is one character)."""
        decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        first = 0
        for k in range(len(data)):
            chars = decoder.decode(data[k : k + 1])
            if chars:
                self.place(chars, [(spans[first][0], spans[k][1])] * len(chars))
                first = k + 1
        chars = decoder.decode(b"", final=True)
        if chars and first < len(data):
            self.place(chars, [(spans[first][0], spans[-1][1])] * len(chars))

    def extend(self, chars: str, where: OffsetMap) -> None:
        """Another view's text ``chars``, mapped to the input by ``where`` (a part read
        apart: an e-mail's HTML part, an archived page)."""
        self.out.append(chars)
        self.where.starts.extend(where.starts)
        self.where.ends.extend(where.ends)

    def result(self) -> tuple[str, OffsetMap]:
        return "".join(self.out), self.where


class Filled:
    """A view written as a typesetter fills text (a roff or a Texinfo source): a text
    line's end is a space standing for the line break, shown only when more of the
    paragraph follows; a break ends the paragraph with a blank line; where filling is off
    (a display, an example) lines stay lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.shown = Shown()
        self.fill = True
        self.started = False  # something shown since the last break
        self.joint: tuple[int, int] | None = None  # a filled line's end, shown as a space

    def brk(self, start: int, end: int, chars: str = "\n\n") -> None:
        """End the paragraph (a blank line, or ``chars``) at the input's ``[start, end)``."""
        self.joint = None
        if self.started:
            self.shown.emit(chars, start, end)
            self.started = chars == "\n"  # (a line break keeps the paragraph)

    def before(self) -> None:
        """Before more text: the space a filled line's end stands for, if the paragraph
        goes on."""
        if self.joint is not None and self.started:
            self.shown.emit(" ", *self.joint)
        self.joint = None
        self.started = True

    def line_end(self, end: int, nxt: int) -> None:
        """A text line's end, at ``[end, nxt)``: a space to come when filling, else a line
        end."""
        if self.fill:
            self.joint = (end, nxt)
        elif nxt > end:
            self.shown.emit("\n", end, nxt)


def composed(outer: OffsetMap, inner: OffsetMap) -> OffsetMap:
    """The map of a view of a view: ``inner`` carries the second view's characters to the
    first view, ``outer`` the first view's to the input."""
    both = OffsetMap()
    both.starts = array("q", (outer.starts[a] for a in inner.starts))
    both.ends = array("q", (outer.ends[b - 1] if b > 0 else outer.starts[0] for b in inner.ends))
    return both


# What an XML document opens with before its root: its declaration, comments, processing
# instructions (style sheets, an XMP packet's) and a DOCTYPE (a pattern's text, DOTALL)
XML_PROLOGUE = (
    r"\s*(?:<\?xml[^<>]{0,500}\?>\s*)?"
    r"(?:(?:<!--.*?-->|<\?[^<>]{0,500}\?>|<!DOCTYPE\b[^<>]{0,2000}>)\s*)*"
)
# An XML document of its own vocabulary (a map's placemarks, a GPS track, a data export):
# its root element, and the root's close.
_XML_ROOT = recache.compile(
    XML_PROLOGUE + r"<(?!html\b)(?P<root>[A-Za-z][\w.:-]*)[\s/>]", re.DOTALL | re.IGNORECASE
)


def looks_like_xml(text: str) -> bool:
    """Is ``text`` an XML document that is no web page (its root is not "<html>", and it
    holds no HTML tags: a map's KML, a GPS track), its root's close ending it?"""
    root = _XML_ROOT.match(text[:5000])
    return (
        root is not None
        and re.search(rf"</{re.escape(root.group('root'))}\s*>\s*\Z", text[-5000:]) is not None
        and not looks_like_markup(text)
    )


def looks_like_markup(text: str) -> bool:
    """Does ``text`` hold HTML tags (two or more)?"""
    first = _TAG_HINT.search(text)
    return first is not None and _TAG_HINT.search(text, first.end()) is not None


# A scraped text whose tags are gone but whose entities stayed ("Macao&#8217;s",
# "Posted on&nbsp;16 November"): two entities that decode to something else.
_ENTITY = recache.compile(ENTITY_RE)


def has_entities(text: str) -> bool:
    """Does ``text`` hold two or more HTML character entities (and no tags)?"""
    if "&" not in text:
        return False
    found = 0
    for m in _ENTITY.finditer(text):
        if html.unescape(m.group()) != m.group():
            found += 1
            if found == 2:
                return True
    return False


# UTF-8 read as Windows-1252 ("Hong Kongâ€™s", "Reuters) â€“"): a lead byte's letter, then
# a continuation byte's character
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE_HINT = recache.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")
# a sequence with a byte the decoder lost ("â€\ufffd", a closing quote): one lost character
_LOSSY = recache.compile(f"[\u00c2-\u00f4][{_CONTINUATION}\ufffd]{{1,3}}")


def mojibake_text(text: str) -> tuple[str, OffsetMap] | None:
    """A text whose UTF-8 was read as Windows-1252 (mojibake), mended sequence by sequence
    with ftfy (which knows the codecs' quirks and tells mojibake from real accented
    letters), and the map back to ``text``; None when there is none to mend."""
    if not _MOJIBAKE_HINT.search(text):
        return None
    import ftfy  # (only here: most texts have no mojibake)
    from ftfy.badness import is_bad
    from ftfy.chardata import UTF8_DETECTOR_RE

    mended: list[tuple[int, int, str]] = []
    for m in UTF8_DETECTOR_RE.finditer(text):
        fixed = ftfy.fix_encoding(m.group()) if is_bad(m.group()) else m.group()
        if fixed != m.group():
            mended.append((m.start(), m.end(), fixed))
    taken = SpanSet([(a, b) for a, b, _ in mended])
    for m in _LOSSY.finditer(text):
        if "\ufffd" in m.group() and not taken.overlaps(m.start(), m.end()):
            mended.append((m.start(), m.end(), "\ufffd"))
    if not mended:
        return None
    shown = Shown()
    last = 0
    for a, b, fixed in sorted(mended):
        shown.copy(text, last, a)
        shown.emit(fixed, a, b)
        last = b
    shown.copy(text, last, len(text))
    return shown.result()


def _apart(text: str, tag: re.Match[str]) -> bool:
    """Does an XML tag stand apart from running text: only spaces between an opening tag
    and the tag before it, or a closing one and the tag after it ("<name>Hong Kong Science
    Park</name>" on its line; never "from <location>Hohhot</location> signed")?"""
    if tag.group().startswith("</"):
        after = text.find("<", tag.end())
        return not text[tag.end() : len(text) if after == -1 else after].strip()
    return not text[text.rfind(">", 0, tag.start()) + 1 : tag.start()].strip()


# an XML element named by its "name" attribute, a value right inside it (perhaps in a
# "<value>" element): a form's field ('<field name="Section2.ArrivalDate"><value>...'), a
# map's data ('<Data name="visit_date"><value>...')
_NAME_ATTR = recache.compile(r"""\sname=(?:"([^"<>\n]{1,80})"|'([^'<>\n]{1,80})')""")
_VALUE_INSIDE = recache.compile(r"\s*(?:<value\b[^<>]*>\s*)?[^<\s]")
# the words of a field's name: the last of its dotted parts, split at its capitals and
# underscores ("Section2.ArrivalDate": "Arrival Date")
_NAME_PART = recache.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def _field_label(text: str, tag: re.Match[str]) -> tuple[str, int] | None:
    """The label an XML element's "name" attribute gives the value right inside it, as a
    reader would write it ("Arrival Date"), and where the value starts; None for any other
    tag."""
    if tag.group().startswith("</") or tag.group().endswith("/>"):
        return None
    name = _NAME_ATTR.search(tag.group())
    value = _VALUE_INSIDE.match(text, tag.end()) if name is not None else None
    if value is None:
        return None
    last = re.split(r"[./:]", name.group(1) or name.group(2))[-1]
    words = _NAME_PART.findall(last)
    if not words:
        return None
    label = " ".join(words)
    return label[0].upper() + label[1:], value.end() - 1


# an SVG text run's move: down ("y", "dy"), across to a place ("x") or by some ("dx")
_SVG_MOVE = recache.compile(r"""\s(d?[xy])=["']\s*[-+]?[\d.]""")


# A TEI document's elements (the Text Encoding Initiative's, an archive's encoded article):
# the header's source description dates the text as it was first published ('<sourceDesc>
# <bibl>... <date when="2026-11-20">'); an editor's alternative readings ('<choice>
# <sic>%</sic><corr> percent</corr></choice>') show the corrected, regularised or expanded
# one; names and readings inside a sentence stand in it
_TEI_WHEN = recache.compile(r"""\swhen=["'](?P<day>(?:19|20)\d{2}-\d{2}-\d{2})""")
_TEI_SKIPPED = {name: recache.compile(rf"</{name}\s*>", re.I) for name in ("sic", "orig", "abbr")}
_TEI_INLINE = frozenset(
    {"choice", "corr", "reg", "expan", "sic", "orig", "abbr", "placename", "persname",
     "orgname", "rs", "name", "hi", "lb", "foreign", "num", "measure", "term"}
)  # fmt: skip
_DATE_END = recache.compile(r"</date\s*>", re.I)


# a JSON-LD script's publication day
_LD_PUBLISHED = recache.compile(
    r"""<script\b[^>]*\btype=["']application/ld\+json["'][^>]*>[^<]*?"datePublished"\s*:\s*"""
    r"""\s*"(?P<day>(?:19|20)\d{2}-\d{2}-\d{2})"""
)


def _published(shown: Shown, day: str, start: int, end: int) -> None:
    """A page's own day, from its metadata, as a stamp on a line of its own ("Published:
    2026-11-20"), standing for ``[start, end)`` of the input."""
    shown.emit(f"\nPublished: {day}\n", start, end)


def shown_text(text: str, xml: bool = False) -> tuple[str, OffsetMap]:
    """The text of an HTML page and the map of its characters back to ``text``; of an XML
    document's (``xml``), each element standing apart from running text on its own line."""
    shown = Shown()
    last = 0
    published = False  # (a page's metadata stamp shown)
    source_desc = False  # (inside a TEI header's source description)
    choice = 0  # (inside a TEI choice of readings)
    for m in _TOKEN.finditer(text):
        if m.start() < last:  # (inside a time element read as its day)
            continue
        shown.copy(text, last, m.start())
        last = m.end()
        if m.group("raw") == "script" and (day := _LD_PUBLISHED.match(text, *m.span())):
            # (a page's JSON-LD, '"datePublished":"2026-11-20T09:30:00+08:00"' in its
            # head, an AMP story's: the page's day, a stamp on a line of its own)
            _published(shown, day.group("day"), *day.span("day"))
        elif (
            m.group("tag")
            and m.group("name").lower() == "meta"
            and not published
            and (day := _META_PUBLISHED.search(m.group())) is not None
        ):
            # (a page's metadata, '<meta property="article:published_time" content="...">',
            # RDFa's or microdata's "datePublished": the page's day, a stamp on a line of
            # its own, once)
            published = True
            group = "day" if day.group("day") else "day2"
            at = m.start() + day.start(group)
            _published(shown, day.group(group), at, at + 10)
        elif m.group("entity"):
            shown.emit(html.unescape(m.group()), m.start(), m.end())
        elif m.group("tag"):
            name = m.group("name")
            lower = name.lower()
            if lower == "br" and m.group("prefix") and m.group().startswith("</"):
                pass  # (a slide's "<a:br><a:rPr/></a:br>": one break, its close none)
            elif not xml and name[0].isupper() and not m.group("prefix") and "=" in m.group():
                # (a component's props, each on a line of its own, one character for one)
                shown.emit("\n", m.start(), m.start() + 1)
                for prop in _COMPONENT_PROP.finditer(m.group()):
                    shown.copy(text, m.start() + prop.start("value"), m.start() + prop.end("value"))
                    shown.emit("\n", m.start() + prop.end(), m.start() + prop.end())
            elif _PARTED_DATE.fullmatch(name) and (end := _parted_date(text, m)):
                # (its parts as one day, a stamp on a line of its own, standing for the
                # element: a bare day's line would head a log's section)
                iso, last = end
                _published(shown, iso, m.start(), last)
            elif lower in ("sourcedesc", "choice"):
                opening = not m.group().startswith("</")
                if lower == "sourcedesc":
                    source_desc = opening
                else:
                    choice = max(0, choice + (1 if opening else -1))
            elif lower in _TEI_SKIPPED and choice and not m.group().startswith("</"):
                # (the reading a TEI editor set aside: its text shows nothing)
                close = _TEI_SKIPPED[lower].search(text, m.end())
                last = close.end() if close else m.end()
            elif (
                lower == "date"
                and source_desc
                and not published
                and not m.group().startswith("</")
                and (day := _TEI_WHEN.search(m.group())) is not None
            ):
                # (the source's day: the text's own, a stamp on a line of its own)
                published = True
                close = _DATE_END.search(text, m.end())
                at = m.start() + day.start("day")
                _published(shown, day.group("day"), at, at + 10)
                last = close.end() if close else m.end()
            elif not xml and (age := _aged(text, m)) is not None:
                # (a post's age with its stamp in the element's attribute, a forum's '<span
                # class="age" title="2026-11-23T01:12:40"><a ...>9 hours ago</a>': the
                # stamp's day in the age's place)
                iso, at, last = age
                shown.emit(iso, at, last)
            elif xml and (field := _field_label(text, m)) is not None:
                # (a form's field named in its tag: an XFDF file's '<field
                # name="Section2.ArrivalDate"><value>2026-12-07</value>' is "Arrival Date:
                # 2026-12-07" on a line of its own)
                label, last = field
                shown.emit(f"\n{label}: ", m.start(), last)
            elif lower == "tspan":
                # (a run of an SVG drawing's text, which has no wrapping of its own: where
                # it moves across to a place, a column's gap ('<tspan class="date">12
                # Apr</tspan><tspan x="170">Direct rail service ... launched</tspan>'); where
                # it moves down, its text element's next line, the same paragraph wrapped;
                # where it is only set apart, a space; else the same line's words)
                if not m.group().startswith("</"):
                    moved = set(_SVG_MOVE.findall(m.group()))
                    gap = "   " if "x" in moved and not {"y", "dy"} & moved else " "
                    shown.emit(gap if moved else "", m.start(), m.end())
            elif lower in _BLOCK or (
                (xml or (not m.group("prefix") and lower not in _HTML_OR_DAY | _TEI_INLINE))
                and _apart(text, m)
            ):
                shown.emit("\n", m.start(), m.end())
            elif name == "tab":  # (a word processor's tab stop)
                shown.emit("\t", m.start(), m.end())
            elif name == "s" and m.group("prefix"):
                # (an OpenDocument's run of spaces: "<text:s/>", "<text:s text:c="3"/>")
                count = _SPACES.search(m.group())
                shown.emit(" " * (int(count.group(1)) if count else 1), m.start(), m.end())
            elif lower in _DAY_ELEMENTS:
                day = _DATETIME.search(m.group())
                if day is not None and _PUBLISHED_CLASS.search(m.group()):
                    # (a microformat's publication stamp, an h-entry's '<time
                    # class="dt-published" datetime="2026-11-28T09:41:17.512Z">' in a blog's
                    # export: the page's day, a stamp on a line of its own before its text)
                    _published(shown, "-".join(day.groups()), m.start(), m.end())
                # (a day with no text of its own: a wiki's "<time datetime="2026-11-16" />",
                # a wire story's issue date; never its release's or its expiry's)
                elif day is not None and m.group().endswith("/>"):
                    iso = "-".join(day.groups())
                    # (a wire story's date is a line of its own; a wiki's is in its sentence)
                    iso = iso if lower == "time" else f"\n{iso}\n"
                    shown.emit(iso, m.start(), m.end())
                elif day is not None and lower == "time" and (end := _yearless_time(text, m)):
                    # (a day shown without its year, "Mon 14 Dec, 10am", "Friday": the
                    # element's own day in its place)
                    shown.emit("-".join(day.groups()), m.end(), end)
                    last = end
    shown.copy(text, last, len(text))
    # (an XML document's elements each stand on a line of their own: its layout is its own)
    return shown.result() if xml else _one_blank_line(*shown.result())


# a run of blank lines (spaces and line breaks, two breaks or more): a browser shows the
# space between two blocks as one gap, however the source is laid out
_BLANK_RUN = recache.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)+[^\S\n]*")


def _one_blank_line(chars: str, where: OffsetMap) -> tuple[str, OffsetMap]:
    """A page's shown text with each run of blank lines one blank line ("<h1>" over
    "<p>" on indented lines of the source is a name over its date line, as in any text),
    each character still mapped to the input."""
    if "\n" not in chars:
        return chars, where
    out: list[str] = []
    kept = OffsetMap()
    last = 0
    for m in _BLANK_RUN.finditer(chars):
        first, final = chars.index("\n", m.start()), chars.rindex("\n", 0, m.end())
        if m.end() - m.start() == 2 and final == first + 1:
            continue  # (already one blank line)
        out.append(chars[last : m.start()])
        kept.starts.extend(where.starts[last : m.start()])
        kept.ends.extend(where.ends[last : m.start()])
        out.append("\n\n")
        kept.starts.extend((where.starts[first], where.starts[final]))
        kept.ends.extend((where.ends[first], where.ends[final]))
        last = m.end()
    if not out:
        return chars, where
    out.append(chars[last:])
    kept.starts.extend(where.starts[last:])
    kept.ends.extend(where.ends[last:])
    return "".join(out), kept


_TIME_END = recache.compile(r"</time\s*>", re.IGNORECASE)
_YEAR = recache.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _parted_date(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The day a date element told in parts holds ("2026-11-20") and where the element
    ends, when it holds a day, a month and a year; else None."""
    if m.group().startswith("</") or m.group().endswith("/>"):
        return None
    close = text.find(f"</{m.group('name')}", m.end(), m.end() + 300)
    if close == -1:
        return None
    parts = {p.group(1): int(p.group(2)) for p in _DATE_PART.finditer(text, m.end(), close)}
    if len(parts) < 3 or (day := _iso_day(parts["year"], parts["month"], parts["day"])) is None:
        return None
    return day, text.index(">", close) + 1


def _iso_day(year: int, month: int, day: int) -> str | None:
    """The ISO day of a year, a month and a day, or None when they make none."""
    try:
        return date_type(year, month, day).isoformat()
    except ValueError:
        return None


# an element's stamp in an attribute ('title="2026-11-23T01:12:40 1795396360"',
# 'datetime="2026-11-23T06:14:02Z"'), and an age told relative to the reader's time
_AGE_STAMP = recache.compile(
    r"""\s(?:title|datetime)=["'](?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ]|["'])"""
)
_AGE_TEXT = recache.compile(
    r"(?:(?:<[A-Za-z][^<>]{0,300}>)?[^\S\n]*){0,2}"
    r"(?P<age>(?:\d{1,3}|an?|one)[^\S\n]+(?:seconds?|minutes?|mins?|hours?|hrs?|hr\.|days?"
    r"|weeks?|months?|years?)[^\S\n]+ago|just[^\S\n]+now|yesterday)[^\S\n]*(?=<)",
    re.I,
)


# (blocks hold no one age; a time element's day is read by its own branch)
_NOT_AGED = _BLOCK | _DAY_ELEMENTS


def _aged(text: str, m: re.Match[str]) -> tuple[str, int, int] | None:
    """The day an opening tag's stamp attribute gives, and where the relative age it shows
    ("9 hours ago", perhaps in a link inside it) is, when it shows one; else None."""
    if m.group().startswith("</") or m.group("name").lower() in _NOT_AGED:
        return None  # (a time element's day is its own branch's)
    stamp = _AGE_STAMP.search(m.group())
    age = _AGE_TEXT.match(text, m.end()) if stamp is not None else None
    if age is None:
        return None
    return "-".join(stamp.group("y", "m", "d")), age.start("age"), age.end("age")


def _yearless_time(text: str, m: re.Match[str]) -> int:
    """Where the text of the time element ``m`` opens ends, when that text (at most 200
    characters) shows no year; else 0."""
    close = _TIME_END.search(text, m.end(), m.end() + 200)
    if close is None or _YEAR.search(text, m.end(), close.start()):
        return 0
    return close.start()


def page_text(text: str, xml: bool = False) -> tuple[str, OffsetMap]:
    """The text of an HTML or XML page (an XML document's of its own vocabulary, ``xml``:
    see ``shown_text``) and its map back to ``text``. A feed's escaped markup (an Atom
    entry's ``<content type="html">&lt;p&gt;...``, an RSS description's "&amp;rsquo;")
    shows its tags or typographic entities once the page's own are decoded: such a text is
    read again, and both maps composed."""
    shown, where = shown_text(text, xml)
    if not (_ESCAPED_TAG.search(text) and looks_like_markup(shown)) and not _TYPOGRAPHIC.search(
        shown
    ):
        return shown, where
    again, inner = shown_text(shown)
    return again, composed(where, inner)


def shown_page(shown: Shown) -> tuple[str, OffsetMap]:
    """A reader's shown text, its values' markup read as a page's when it holds HTML tags
    (a feed item's "<p>", a dump's body, an e-mail's HTML part), both maps composed."""
    chars, where = shown.result()
    if not looks_like_markup(chars):
        return chars, where
    again, inner = page_text(chars)
    return again, composed(where, inner)


# Markdown read as the text it renders, character for character: "**Leong Pui San**",
# "[launched](https://...)", "## What happened", "> quoted" lose their marks to spaces. A
# site generator's shortcode ('{{< figure src="/img/visit.jpg" caption="..." >}}', '{{%
# ref "posts/x.md" %}}') shows only its caption: its file names are no words of the text.
_SHORTCODE = r"\{\{[<%][^\n]{0,2000}?[>%]\}\}"
# a task list's box, ticked or not, after its item mark or alone: "- [x] Send the programme",
# "[ ] Set up the working group" (the item reads as its words)
_TASK_BOX = r"^(?P<task_mark>[ \t]*(?:[-*+][ \t]+)?)\[[ xX]\](?=[ \t])"
# a fenced block of code: a notebook document's executable chunk ("```{r}", "```{python}"
# in Quarto or R Markdown) or a block in a named programming language; its lines are no
# prose ("# 31 percent in 2025" is a comment in code), and read as spaces. (A fence of
# plain text, "```" or "```text", keeps its words.) A Quarto div's fence (":::
# {.callout-note}", ":::") is a mark around prose.
_CODE_LANGS = (
    r"python|py|r|julia|js|javascript|ts|typescript|bash|sh|shell|zsh|powershell|sql|css"
    r"|java|c|cpp|c\+\+|csharp|go|rust|ruby|php|perl|stata|matlab|ojs|mermaid|dot"
)
_CODE_FENCE = (
    rf"^[ \t]*(?P<fence>```+|~~~+)[ \t]*(?:\{{[^}}\n]*\}}|(?i:{_CODE_LANGS})\b)[^\n]*\n"
    r"(?:(?![ \t]*(?:```|~~~))[^\n]*\n)*?[ \t]*(?P=fence)[ \t]*$"
)
_DIV_FENCE = r"^[ \t]*:::+[ \t]*(?:\{[^}\n]*\}|[\w-]+)?[ \t]*$"
_MD_HINT = recache.compile(
    rf"\*\*[^*\n]+\*\*|\]\([^)\s]+\)|^#{{1,6}} |{_SHORTCODE}|{_TASK_BOX}|^[ \t]*(?:```|~~~|:::)",
    re.MULTILINE,
)
# (a caption in double quotes may hold an apostrophe: caption="Members' visit")
_SHOWN_ATTR = recache.compile(
    r"""\b(?:caption|alt|title)=(?:"(?P<value>[^"\n]*)"|'(?P<single>[^'\n]*)')"""
)
_MD_MARK = recache.compile(
    rf"(?P<code>{_CODE_FENCE})"
    rf"|(?P<div>{_DIV_FENCE})"
    rf"|(?P<task>{_TASK_BOX})"
    rf"|(?P<shortcode>{_SHORTCODE})"
    rf"|(?P<link>\[(?P<label>[^\]\n]{{1,300}})\]\((?:[^)\s]{{1,2000}}|{_SHORTCODE})\))"
    r"|(?P<strong>\*\*|__)(?=\S)"
    r"|(?<=\S)(?P<strong_end>\*\*|__)"
    r"|(?P<em>(?<![\w*])\*(?=[^\s*]))"
    r"|(?P<em_end>(?<=[^\s*])\*(?![\w*]))"
    r"|^(?P<lead>#{1,6}[ \t]|>[ \t]?)",
    re.MULTILINE,
)


_NOT_NEWLINE = recache.compile(r"[^\n]")


def blanked(piece: str) -> str:
    """``piece`` as spaces, its line breaks kept (a template, a reference or a block of
    code over lines)."""
    return _NOT_NEWLINE.sub(" ", piece)


def blank_except(length: int, kept: list[tuple[int, str]]) -> str:
    """``length`` spaces but for the pieces ``kept`` (offset, text), each in its place: a
    mark's shown part, one for one."""
    shown = [" "] * length
    for at, piece in kept:
        shown[at : at + len(piece)] = piece
    return "".join(shown)


def markdown_view(text: str) -> str:
    """``text`` with Markdown's marks turned to spaces, one for one (the text itself when
    it shows none): a link keeps its label, emphasis and heading marks go."""
    if not _MD_HINT.search(text):
        return text

    def blank(m: re.Match[str]) -> str:
        if m.group("task") is not None:
            return m.group("task_mark") + " " * (len(m.group()) - len(m.group("task_mark")))
        if m.group("shortcode"):
            kept = []
            for attr in _SHOWN_ATTR.finditer(m.group()):
                key = "value" if attr.group("value") is not None else "single"
                kept.append((attr.start(key), attr.group(key)))
            return blank_except(len(m.group()), kept)
        if m.group("link"):
            return blank_except(len(m.group()), [(1, m.group("label"))])
        if m.group("code"):
            return blanked(m.group())  # (its lines stay lines)
        return " " * len(m.group())

    return _MD_MARK.sub(blank, text)


# A LaTeX source (a working paper's .tex) read as its words, character for character: a
# command's name and its braces turn to spaces ("\section{Data}", "\date{17 November
# 2026}"), so do a comment, a reference's key ("\citep{szstib2025}") and a table's column
# mark "&"; a tie "~" is a space and an escaped sign stands after a space ("67.2\%" reads
# "67.2 %", "HK\$1.8" reads "HK $1.8").
_LATEX_HINT = recache.compile(r"\\(?:documentclass|begin\{document\}|section\*?\{|maketitle)")
_LATEX_MARK = recache.compile(
    r"(?P<key>\\(?:cite[a-z]*|ref|eqref|label|usepackage|documentclass|bibliography(?:style)?"
    r"|includegraphics|use(?:color|font|inner|outer)?theme|setbeamer(?:template|color|font))"
    r"\*?(?:\[[^\]\n]*\]|\{[^{}\n]*\})*)"
    # (an environment's name and options; a slide's title after them is its words)
    r"|(?P<env>\\(?:begin|end)\{[^{}\n]*\}(?:\[[^\]\n]*\])?)"
    r"|(?P<escaped>\\[%$&#_])"
    r"|(?P<comment>(?<!\\)%[^\n]*)"
    # (a line break "\\" ends its line: an author's name over the post)
    r"|(?P<newline>\\\\)"
    # (a beamer overlay after a command: "\item<2->")
    r"|(?P<mark>\\[A-Za-z]+\*?(?:<[^<>\n]{1,12}>)?|[{}~&])"
)


def latex_view(text: str) -> str:
    """``text`` with LaTeX's commands, braces, comments and ties turned to spaces, one for
    one (the text itself unless it is a LaTeX source)."""
    if "\\" not in text or not _LATEX_HINT.search(text):
        return text

    def blank(m: re.Match[str]) -> str:
        if m.group("escaped"):
            return " " + m.group()[1]
        if m.group("newline"):
            return " \n"
        return " " * len(m.group())

    return _LATEX_MARK.sub(blank, text)


# A draft with its edits marked in CriticMarkup (a newsroom's or an editor's tracked
# changes in plain text) read as it stands once they are accepted, one for one: an
# addition "{++on Monday++}" and a substitution's new text "{~~five~>six~~}" show without
# their marks; a deletion "{--on Tuesday--}", a substitution's old text and a comment
# "{>>Check the day<<}" turn to spaces.
_CRITIC_MARK = recache.compile(
    # (an edit is at most a few paragraphs: a mark never closed costs no scan of the rest)
    r"\{\+\+(?P<added>.{0,5000}?)\+\+\}|\{--.{0,5000}?--\}"
    r"|\{~~.{0,5000}?~>(?P<new>.{0,5000}?)~~\}|\{>>.{0,5000}?<<\}|\{==(?P<marked>.{0,5000}?)==\}",
    re.DOTALL,
)


_CRITIC_OPENS = ("{++", "{--", "{~~", "{>>", "{==")
_CRITIC_CLOSES = ("++}", "--}", "~~}", "<<}", "==}")


def critic_view(text: str) -> str:
    """``text`` with its CriticMarkup edits accepted, one for one (the text itself unless
    it holds one)."""
    if (
        "{" not in text
        or not any(mark in text for mark in _CRITIC_OPENS)
        or not any(mark in text for mark in _CRITIC_CLOSES)
    ):
        return text

    def accept(m: re.Match[str]) -> str:
        kept = [
            (m.start(key) - m.start(), m.group(key))
            for key in ("added", "new", "marked")
            if m.group(key) is not None
        ]
        return blank_except(len(m.group()), kept)

    return _CRITIC_MARK.sub(accept, text)


# A reply that quotes the message before it ("> We signed a memorandum with the Shenzhen
# Institute of" / "> Advanced Technology ..."), in an e-mail or a forum thread, read without
# its quote marks, so a name or a sentence runs on over the quoted lines: each line's
# leading marks (">", "> >", ">>") turn to spaces, one for one, once two lines carry them.
_QUOTE_MARKS = recache.compile(r"^>(?:[ \t]?>)*[ \t]?", re.MULTILINE)


def quote_view(text: str) -> str:
    """``text`` with the quote marks that open its lines blanked (the text itself unless two
    or more lines open with one)."""
    if "\n>" not in text and not text.startswith(">"):
        return text
    first = _QUOTE_MARKS.search(text)
    if first is None or _QUOTE_MARKS.search(text, first.end()) is None:
        return text
    return _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text)


# Subtitles (SubRip .srt, WebVTT) read as the lines spoken: the WEBVTT header and each
# cue's number and timing, with the blank line before them, turn to spaces, one for one,
# so a cue follows the one before on the next line and a sentence that runs over two cues
# reads as one ("... the zone's executive committee signed" / "a funding arrangement").
# (YouTube's SubViewer captions, .sbv, write a cue's timing "0:00:14.300,0:00:19.000")
_SBV_TIMING = r"\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}[ \t]*(?=\n|\Z)"
# (a cue's blank lines are taken from the end of the line before them: a match tried from
# each line break of a long run of blank lines would cost the square of the run)
_CUE_TIMING = recache.compile(
    r"(?:\A|(?<![ \t\n])[ \t]*\n)(?:[ \t]*\n)*(?:[ \t]*\d{1,6}[ \t]*\n)?[ \t]*"
    r"(?:(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
    rf"[ \t]+-->[ \t]+(?:\d{{1,2}}:)?\d{{2}}:\d{{2}}[,.]\d{{3}}[^\n]*|{_SBV_TIMING})|\AWEBVTT[^\n]*"
)


_SBV_HINT = recache.compile(_SBV_TIMING)
# A cue's tags: WebVTT's voice ("<v Lei Ka Man>", a meeting transcript's speaker), class,
# styling and timestamp tags ("<c.loud>", "<i>", "<00:00:05.120>"), and their ends.
_CUE_TAG = recache.compile(
    r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:\.[\w.-]+)?(?:[ \t][^<>\n]{0,80})?>"
    r"|<\d{2}:\d{2}[:.][\d:.]{2,9}>"
)


# An Advanced SubStation Alpha script (.ass, .ssa; Aegisub's): its "Title:" shows its
# title, each "Dialogue:" line its text after the nine fields before it, override tags
# ("{\an8}", "{\i1}") and line-break codes ("\N") as spaces; the script's other settings,
# its styles, its section headings, its comments and "Comment:" lines show nothing.
_ASS_EVENTS = recache.compile(r"(?m)^\[Events\][ \t]*\r?$")
_ASS_LINE = recache.compile(
    r"(?m)^(?:Title:[ \t]*|Dialogue:(?:[^,\n]*,){9}"
    r"|\[[^\]\n]+\]|[;!][^\n]*|[A-Za-z][\w ]{0,30}:[^\n]*)"
)
_ASS_CODE = recache.compile(r"\{[^{}\n]*\}|\\[Nnh]")


def ass_view(text: str) -> str:
    """``text`` with an SSA/ASS script's fields, settings and codes blanked, one for one
    (the text itself unless it has an "[Events]" section)."""
    if "[Events]" not in text or _ASS_EVENTS.search(text) is None:
        return text
    text = _ASS_LINE.sub(lambda m: " " * len(m.group()), text)
    return _ASS_CODE.sub(lambda m: " " * len(m.group()), text)


def subtitle_view(text: str) -> str:
    """``text`` with a subtitle file's cue numbers, timings and tags blanked (the text
    itself unless it holds two or more cue timings); an SSA/ASS script's fields and codes
    too (``ass_view``)."""
    text = ass_view(text)
    if "-->" not in text and not _SBV_HINT.search(text):
        return text
    first = _CUE_TIMING.search(text)
    if first is None or _CUE_TIMING.search(text, first.end()) is None:
        return text
    text = _CUE_TIMING.sub(lambda m: " " * len(m.group()), text)
    return _CUE_TAG.sub(lambda m: " " * len(m.group()), text) if "<" in text else text


# An iCalendar file (RFC 5545: an exported calendar, a meeting invitation's .ics) read as
# the event pages it stands for: each VEVENT becomes "What: <SUMMARY>", "When: <day>",
# "Where: <LOCATION>" and its DESCRIPTION, the lines the event-page rules already read; the
# calendar's name heads the text and its first DTSTAMP (when the file was written) is the
# "Updated:" line. Folded lines are joined, escapes ("\,", "\n") decoded, and so are the
# quoted-printable values of vCalendar 1.0 (an older Outlook's .vcs: "=E2=80=99", soft
# breaks); every shown character keeps the span of the input it stands for, so records
# quote the file itself.
_VEVENT = "BEGIN:VEVENT"
_ICS_LINE = recache.compile(r"(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<params>(?:;[^:\n]*)?):")
_ICS_DAY = recache.compile(r"(\d{4})(\d{2})(\d{2})(?:T\d{4,6}Z?)?$")
_ICS_ESCAPE = {",": ",", ";": ";", "\\": "\\", "n": "\n", "N": "\n"}
_ICS_FIELDS = ("SUMMARY", "DTSTART", "DTEND", "LOCATION", "DESCRIPTION")
_ICS_STAMPS = ("DTSTAMP", "LAST-MODIFIED", "CREATED", "DCREATED")  # (DCREATED: vCalendar 1.0)
_ICS_TITLES = ("X-WR-CALNAME", "NAME")

# One shown piece: its characters and the input span each of them stands for.
# a shown line and the input span of each of its characters
Piece = tuple[str, list[tuple[int, int]]]


def looks_like_calendar(text: str) -> bool:
    """Is ``text`` an iCalendar file (or does it hold one) with an event?"""
    return _VEVENT in text and "BEGIN:VCALENDAR" in text


def _quoted_printable(head: str) -> bool:
    """Does a content line's name and parameters (``head``, up to its colon) say its value
    is quoted-printable ("DESCRIPTION;ENCODING=QUOTED-PRINTABLE:", vCalendar 1.0 and
    vCard 2.1)?"""
    return "QUOTED-PRINTABLE" in head.upper()


def content_lines(text: str) -> list[tuple[str, list[int], int]]:
    """The content lines, unfolded: each line's characters, their offsets and where its
    line break is (a line that starts with a space or a tab goes on the one before,
    without that space; a quoted-printable value's soft break, "=" at a line's end, goes
    on with the next line whole, without the "=")."""
    lines: list[tuple[list[str], list[int], int]] = []
    qp = False  # is the line's value quoted-printable (its name's parameters say so)?
    soft = False  # does the line before end in a quoted-printable value's soft break?
    for pos, end, _ in line_spans(text):
        body = text[pos:end]
        if soft or (body[:1] in (" ", "\t") and lines and lines[-1][0]):
            chars, offsets, _ = lines[-1]
            skip = 0 if soft else 1
            if soft:
                chars.pop()
                offsets.pop()
            chars.extend(body[skip:])
            offsets.extend(range(pos + skip, end))
            lines[-1] = (chars, offsets, end)
        else:
            lines.append((list(body), list(range(pos, end)), end))
            chars = lines[-1][0]
            qp = _quoted_printable(body.partition(":")[0])
        soft = qp and bool(chars) and chars[-1] == "="
    return [("".join(chars), offsets, end) for chars, offsets, end in lines]


# a run of quoted-printable bytes ("=E2=80=99"; shared with the e-mail reader)
QP_RUN = r"(?:=[0-9A-Fa-f]{2})+"
_QP_RUN = recache.compile(QP_RUN)
_CHARSET = recache.compile(r";CHARSET=([^;:]+)", re.I)


def _decoded_value(
    line: str, offsets: list[int], at: int, end: int, params: str
) -> tuple[str, list[tuple[int, int]]]:
    """A property's characters from ``at`` to ``end`` and the input span of each: a
    quoted-printable value's "=XX" runs decoded in its charset (a line break written
    "=0D=0A" is one "\\n")."""

    def each(a: int, b: int) -> list[tuple[int, int]]:  # (one input character a character)
        return [(offsets[k], offsets[k] + 1) for k in range(a, b)]

    if not _quoted_printable(params):
        return line[at:end], each(at, end)
    charset = _CHARSET.search(params)
    codec = charset_codec(charset.group(1) if charset else None)
    shown = Shown()
    last = at
    for m in _QP_RUN.finditer(line, at, end):
        shown.place(line[last : m.start()], each(last, m.start()))
        spans = [(offsets[k], offsets[k + 2] + 1) for k in range(m.start(), m.end(), 3)]
        data = bytes(int(line[k + 1 : k + 3], 16) for k in range(m.start(), m.end(), 3))
        shown.place_bytes(data, spans, codec)
        last = m.end()
    shown.place(line[last:end], each(last, end))
    chars, where = shown.result()
    kept = [k for k, c in enumerate(chars) if c != "\r"]  # (CR LF is one line break)
    return "".join(chars[k] for k in kept), [(where.starts[k], where.ends[k]) for k in kept]


def content_value(
    line: str, offsets: list[int], at: int, end: int | None = None, params: str = ""
) -> tuple[str, list[tuple[int, int]]]:
    """A property's value from ``at`` on (up to ``end``), its text escapes decoded (and,
    where ``params`` say so, its quoted-printable bytes)."""
    line, where = _decoded_value(line, offsets, at, len(line) if end is None else end, params)
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(line):
        nxt = line[k + 1] if k + 1 < len(line) else ""
        if line[k] == "\\" and nxt in _ICS_ESCAPE:
            chars.append(_ICS_ESCAPE[nxt])
            spans.append((where[k][0], where[k + 1][1]))
            k += 2
            continue
        chars.append(line[k])
        spans.append(where[k])
        k += 1
    value = "".join(chars)
    lead = len(value) - len(value.lstrip())
    value = value.strip()
    return value, spans[lead : lead + len(value)]


def _ics_day(value: str, params: str, end: bool) -> date_type | None:
    """The day of a DTSTART or DTEND value; an all-day DTEND is the day after the last."""
    m = _ICS_DAY.match(value)
    if m is None:
        return None
    try:
        day = date_type(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    if end and "VALUE=DATE" in params.upper() and "T" not in value:
        day -= timedelta(days=1)
    return day


def _joined(pieces: list[Piece]) -> tuple[str, OffsetMap]:
    """The text of the shown pieces and the map of its characters back to the input."""
    shown = Shown()
    for chars, spans in pieces:
        shown.place(chars, spans)
    return shown.result()


def _shown_line(label: str, label_span: tuple[int, int], value: str, spans: list) -> Piece:
    """One shown line: ``label`` standing for the property's name, then its value."""
    end = spans[-1][1] if spans else label_span[1]
    return label + value + "\n", [label_span] * len(label) + spans + [(end, end)]


def _ics_calendar(head: list[Piece], stamp: list[Piece], events: list[Piece], days: list):
    """A calendar's lines: its name, the days its events run over when it has a name
    ("Business Mission to Macao" on the days of its calls and visits), its "Updated:"
    line, then its events."""
    if head and days:
        first = min(days, key=lambda d: d[0])
        last = max(days, key=lambda d: d[1])
        when = first[0].isoformat()
        shown = [first[2]] * len(when)
        if last[1] > first[0]:
            when += f" - {last[1].isoformat()}"
            shown += [last[2]] * (len(when) - len(shown))
        head = [*head, _shown_line("When: ", first[2], when, shown)]
    head = [*head, *stamp]
    if head:
        end = head[-1][1][-1]
        head.append(("\n", [end]))
    return [*head, *events]


def _ics_event(
    fields: dict[str, tuple[str, list, str, tuple[int, int]]], days: list
) -> list[Piece]:
    """An event's lines: what, when, where, then its description and a blank line; its
    first and last day go to ``days``."""
    lines: list[Piece] = []
    if "SUMMARY" in fields:
        value, spans, _, name = fields["SUMMARY"]
        lines.append(_shown_line("What: ", name, value, spans))
    if "DTSTART" in fields:
        value, spans, params, name = fields["DTSTART"]
        first = _ics_day(value, params, end=False)
        if first is not None:
            last = None
            when = first.isoformat()
            shown = [(spans[0][0], spans[-1][1])] * len(when)
            if "DTEND" in fields:
                value, end_spans, params, _ = fields["DTEND"]
                last = _ics_day(value, params, end=True)
                if last is not None and last > first:
                    when += f" - {last.isoformat()}"
                    shown += [(end_spans[0][0], end_spans[-1][1])] * (len(when) - len(shown))
            lines.append(_shown_line("When: ", name, when, shown))
            days.append((first, max(first, last or first), (spans[0][0], spans[-1][1])))
    if "LOCATION" in fields:
        value, spans, _, name = fields["LOCATION"]
        lines.append(_shown_line("Where: ", name, value, spans))
    if "DESCRIPTION" in fields:
        value, spans, _, name = fields["DESCRIPTION"]
        lines.append(_shown_line("", name, value, spans))
    if lines:
        end = lines[-1][1][-1]
        lines.append(("\n", [end]))
    return lines


def calendar_text(text: str) -> tuple[str, OffsetMap]:
    """The event pages an iCalendar file stands for and the map of their characters back
    to ``text``. Lines outside a calendar are kept as they are."""
    shown: list[Piece] = []
    events: list[Piece] | None = None  # the current calendar's event lines
    head: list[Piece] = []
    stamp: list[Piece] = []
    fields: dict[str, tuple[str, list, str, tuple[int, int]]] | None = None
    days: list[tuple[date_type, date_type, tuple[int, int]]] = []  # each event's first, last
    skip = 0  # depth inside a component that is no event (a time zone's rules, an alarm)
    for line, offsets, end in content_lines(text):
        if events is None:
            if line.strip().upper() == "BEGIN:VCALENDAR":
                events, head, stamp, fields, skip, days = [], [], [], None, 0, []
            else:
                brk = (end, min(end + 1, len(text)))
                shown.append((line + "\n", [(o, o + 1) for o in offsets] + [brk]))
            continue
        m = _ICS_LINE.match(line)
        if m is None:
            continue
        name, params = m.group("name").upper(), m.group("params")
        value, spans = content_value(line, offsets, m.end(), params=params)
        kind = value.upper()
        name_span = (offsets[0], offsets[m.end() - 1] + 1)
        if name == "BEGIN":
            if kind == "VEVENT" and not skip:
                fields = {}
            else:
                skip += 1
        elif name == "END" and kind == "VCALENDAR":
            shown += _ics_calendar(head, stamp, events, days)
            events = None
        elif name == "END":
            if skip:
                skip -= 1
            elif fields is not None:
                events += _ics_event(fields, days)
                fields = None
        elif skip or not value:
            continue
        elif name in _ICS_TITLES and fields is None:
            head.append(_shown_line("", name_span, value, spans))
        elif name in _ICS_STAMPS and not stamp:
            day = _ics_day(value, params, end=False)
            if day is not None:
                label = f"Updated: {day.isoformat()}"
                stamp = [(label + "\n", [name_span] * (len(label) + 1))]
        elif fields is not None and name in _ICS_FIELDS:
            fields[name] = (value, spans, params, name_span)
    if events is not None:  # a file cut short: its events still count
        shown += _ics_calendar(head, stamp, events, days)
    return _joined(shown)


# Hard-wrapped text (a PDF's text layer, e-mail, wire copy at 70 columns) read as the
# paragraphs it wraps: a line break inside a paragraph is a space, and a word hyphenated
# over it is whole again ("Economic Develop-" / "ment Bureau"), so names and sentences run
# on ("Secretary ... Lio Man" / "Kei"). A text is wrapped when its long lines are all of a
# width (four or more between 50 and 100 characters, few longer; a rule of "=====" or
# "-----" is no line of text); a break is soft when the line before it is nearly that
# width, neither line holds a gap of columns (a running header "Report 2026    Page 2 of
# 5", a table's row) or fields split by bars ("Thursday 19 November 2026 | For internal
# reference only" under a long line of the letterhead), and the next line opens no item
# (a bullet, a number, a quote, a field's label: "date: 2026-11-17" under a long "title:
# ..." in a post's front matter).
# A line that opens an item, or one in capitals, goes on only in small letters, after a
# small word ("of", "the"), or (an item's) into its hanging indent ("a) 1100 HKT ...
# Director of the" / "   Guangdong ..."), unless it opens a sentence ("The", "In": a
# digest's headline over its story): a report's title in capitals over its subtitle
# are two lines. A table's row goes on where the next line is indented to its last cell,
# that cell's text run on; under a row that does not, such lines are the cell's entries, one
# a line.
_WRAP_MIN, _WRAP_MAX = 50, 100
# a gap of columns: three spaces or more between two cells
_SPACE_GAP = r"(?<=\S) {3,}(?=\S)"
# (or a directory's dot leader: "Director ........ Liang Wenbin")
_CELL_GAP = recache.compile(rf"{_SPACE_GAP}|(?<=\S) ?\.{{4,}} ?(?=\S)")
_FIELD_BAR = recache.compile(r"\S[ \t]+\|[ \t]+\S")  # fields split by bars: "2026 | For ..."
_FIRST_WORD = recache.compile(r"[ \t]*([A-Z][a-z]*)\b")
# (a Markdown heading or a data file's comment, "# last_updated: 2026-11-20", opens one too)
# (a code block's or a div's fence, "```{r}", ":::", opens its own line too)
_ITEM_OPEN = recache.compile(
    r"[ \t]*(?:(?:[-*•–—>]|#{1,6}|\d{1,2}[.)]|\(?[a-z]\)"
    r"|[A-Za-z][\w-]*(?:[ \t][A-Za-z][\w-]*){0,2}:)(?:[ \t]|$)|```|~~~|:::)"
)
_RULE_LINE = recache.compile(r"[ \t]*[-=_*~#+.·•]{3,}[ \t]*")
# a programme's timed entry: "  15:00  Meeting with ...", "9.30am Briefing" (its own line)
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:[aApP]\.?[mM]\.?|hrs?|h)\b)?"
_TIMED_ENTRY = recache.compile(rf"[ \t]*{_CLOCK}(?:[ \t]*[-–—][ \t]*{_CLOCK})?[ \t]+(?=[A-Z])")
# a name's words: capitalised, with the small words a name holds between them
_NAME_WORD = r"[A-Z][\w'’&-]*"
_NAME_SEP = r"[ \t]+(?:(?:of|and|for|the|&)[ \t]+)*"
# two or more such words closing a line after a comma or a dash, the line's last item
_NAME_TAIL = recache.compile(rf"(?:,|[ \t][-–—])[ \t]+{_NAME_WORD}(?:{_NAME_SEP}{_NAME_WORD})+$")
_NAME_LINE = recache.compile(rf"{_NAME_WORD}(?:{_NAME_SEP}{_NAME_WORD}){{0,5}}")
_SENTENCE_END = recache.compile(r"[.!?][\"')\]’”]?$")
_LAST_WORD = recache.compile(r"([A-Za-z]+)$")
_WRAP_HYPHEN = recache.compile(r"[A-Za-z]-$")
_NEXT_WORD = recache.compile(r"[ \t]*([a-z]+)")


def _indent(line: str) -> int:
    """How far a line is indented (spaces and tabs)."""
    return len(line) - len(line.lstrip(" \t"))


# (a teletext page's forty columns, a pager's: a narrow wrap, its lines all short)
_NARROW_MIN = 28


def _wrap_width(lengths: list[int]) -> int | None:
    """The width a text is wrapped at, or None if it is not wrapped."""
    long = sorted(n for n in lengths if n >= _WRAP_MIN)
    within = [n for n in long if n <= _WRAP_MAX]
    if len(within) >= 4:
        return within[len(within) // 2] if len(long) - len(within) <= len(within) // 10 else None
    # a narrow wrap: most lines of text near one width under fifty columns, hardly one over
    narrow = sorted(n for n in lengths if _NARROW_MIN <= n < _WRAP_MIN)
    if len(narrow) < 8 or len(long) > len(narrow) // 10:
        return None
    return narrow[len(narrow) // 2]


# a transcript's timed cue, its time before its words: "00:11  On Monday our coffee
# cooperative signed a three-year", "1:02:15 supply agreement with ..."
# (never a clock time of day: "8:37 pm   Welcome remarks")
_CUE = recache.compile(
    r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
    r"(?![ \t]*(?:[AaPp]\.?[Mm]\.?|hrs?|h|HKT|GMT|UTC)\b)[ \t]+(?=\S)"
)


def _cue_breaks(lines: list[str]) -> set[int]:
    """A transcript's cues whose sentence goes on in the next cue: the next cue's words
    open in small letters ("00:11  On Monday ... signed a three-year" over "00:14  supply
    agreement with ..."); a programme's timed entries ("09:30 Meeting with ...") never do."""
    return {
        k
        for k in range(len(lines) - 1)
        if _CUE.match(lines[k])
        and (nxt := _CUE.match(lines[k + 1])) is not None
        and lines[k + 1][nxt.end() : nxt.end() + 1].islower()
        and not lines[k].rstrip().endswith(("!", "?"))
    }


def _soft_breaks(lines: list[str], laid: frozenset[int] = frozenset()) -> set[int]:
    """The lines of a hard-wrapped text that go on in the next one (none when the text
    is not wrapped), and a transcript's cues that go on in the next; ``laid`` are a
    table's rows laid out whole, no wrapped lines."""
    if len(lines) < 5:
        return set()
    cues = _cue_breaks(lines)
    return cues | _wrapped_breaks(lines, laid)


def _wrapped_breaks(lines: list[str], laid: frozenset[int]) -> set[int]:
    """The lines of a hard-wrapped text that go on in the next one (none when the text is
    not wrapped)."""
    # (a rule is no line of text, nor is a table's row laid out whole, its cells read
    # across their wraps)
    width = _wrap_width(
        [
            len(ln.rstrip())
            for k, ln in enumerate(lines)
            if not _RULE_LINE.fullmatch(ln) and k not in laid
        ]
    )
    if width is None:
        return set()
    # (a line as long as the text's lines run, less a long word's room; under fifty
    # columns, two thirds of the width)
    full = max(40, width - 20) if width >= _WRAP_MIN else width * 2 // 3
    small_words = resources.small_words()

    def after_small_word(body: str) -> bool:
        last = _LAST_WORD.search(body)
        return last is not None and last.group(1).lower() in small_words

    def candidate(k: int) -> bool:
        body, nxt = lines[k].rstrip(), lines[k + 1]
        return (
            len(body) >= full
            and bool(nxt.strip())
            and not _CELL_GAP.search(body.strip())
            and not _CELL_GAP.search(nxt.strip())
            and not _FIELD_BAR.search(body)
            and not _FIELD_BAR.search(nxt)
            and not _RULE_LINE.fullmatch(body)
            and not _RULE_LINE.fullmatch(nxt)
            and not _ITEM_OPEN.match(nxt)
            and not _TIMED_ENTRY.match(nxt)
        )

    # the right edge of the lines indented to each column: how far a cell's lines run
    edges: dict[int, int] = {}
    for ln in lines:
        if (at := _indent(ln)) > 0:
            edges[at] = max(edges.get(at, 0), len(ln.rstrip()))

    def cell_goes_on(k: int) -> bool:
        """A table's row whose last cell runs on in the next line, indented to that cell
        ("Mon 9 Nov    Chengdu     Meeting with ... (Director" / "      General Zhao ..."),
        its next word too long for the cell's line (a shorter row's next line is a detail of
        its own: "2:30 PM    ACTIVITY  ... Promotion Conference" over "           Hong Kong
        Convention and Exhibition Centre, Room S421", in a cell whose lines run longer)."""
        body, nxt = lines[k].rstrip(), lines[k + 1]
        gaps = list(_CELL_GAP.finditer(body))
        return (
            len(body) >= full
            and bool(gaps)
            and not _ITEM_OPEN.match(nxt)
            and 0 < _indent(nxt) == gaps[-1].end()
            and bool(nxt.strip())
            and len(body) + 1 + len(nxt.split()[0]) > edges[_indent(nxt)]
        )

    def under_cell(k: int) -> bool:
        """Line ``k`` and the next stand in the last cell of a table's row above them, one
        entry a line ("09:15 – 09:45   Opening remarks" over "   Ivan Mok ..., Secretary
        for ... the Treasury" and "   Ren Zhiqiang, Vice Mayor of Chengdu")."""
        at = _indent(lines[k])
        if at == 0 or _indent(lines[k + 1]) != at:
            return False
        j = k - 1
        while j >= 0 and lines[j].strip() and _indent(lines[j]) == at:
            j -= 1
        if j < 0 or not lines[j].strip():
            return False
        gaps = list(_CELL_GAP.finditer(lines[j].rstrip()))
        return bool(gaps) and gaps[-1].end() == at and not cell_goes_on(j)

    def hanging(k: int) -> bool:
        """The next line is indented to the text of the item line ``k`` opens, and opens
        no sentence of its own ("The", "In": an item's headline over its story)."""
        line, nxt = lines[k], lines[k + 1]
        first = _FIRST_WORD.match(nxt)
        if first is not None and first.group(1).lower() in small_words:
            return False
        item = _ITEM_OPEN.match(line)
        rest = line[item.end() :] if item else ""
        text_at = len(line) - len(rest.lstrip(" \t"))
        return 0 < _indent(nxt) == text_at

    def split_place(body: str, nxt: str) -> bool:
        last, first = _LAST_WORD.search(body), _FIRST_WORD.match(nxt)
        if last is None or first is None:
            return False
        # (imported here: the text views load without spaCy and the pipeline's components)
        from .extractors.cities import gazetteer

        return f"{last.group(1)} {first.group(1)}" in gazetteer()[1]

    def name_goes_on(k: int) -> bool:
        """A long line that ends inside a name, the paragraph's last line its end ("- Zhang
        Hua, Deputy Director-General, Authority of Qianhai ... Modern Service" / "Industry
        Cooperation Zone")."""
        body, nxt = lines[k].rstrip(), lines[k + 1].strip()
        tail = _NAME_TAIL.search(body)
        return (
            tail is not None
            and (k + 2 == len(lines) or not lines[k + 2].strip())
            and len(nxt) < full
            and _NAME_LINE.fullmatch(nxt) is not None
        )

    breaks, evidence = [], set()
    for k in range(len(lines) - 1):
        if not candidate(k):
            if cell_goes_on(k):
                evidence.add(k)
            continue
        body, nxt = lines[k].rstrip(), lines[k + 1].lstrip()
        if under_cell(k) and not nxt[:1].islower():
            continue  # (but an entry of the cell may go on: "... Signing of 6 agreements" /
            # "with Hong Kong travel agencies at 4:00 PM.")
        # (a long line that ends on a comma goes on too: "... in Guangzhou," / "Shenzhen";
        # so does one that ends inside a place's name: "... will be in Hong" / "Kong from")
        goes_on = (
            nxt[:1].islower()
            or after_small_word(body)
            or body.endswith(",")
            or split_place(body, nxt)
            or name_goes_on(k)
        )
        if _ITEM_OPEN.match(lines[k]) or not any(c.islower() for c in body):
            if goes_on or hanging(k):
                evidence.add(k)
        elif goes_on:
            evidence.add(k)
        elif not _SENTENCE_END.search(body) and not _SIGN_OFF_LINE.fullmatch(nxt.rstrip()):
            # (a letter's "Taipa, October 2026" under its signer's post is a line of its own)
            breaks.append(k)
    # A line that goes on in small letters or after a small word is plainly wrapped; when
    # such lines are as many as those that end on a capitalised word before a capital, so
    # is one of those ("... Lio Man" / "Kei and"); when fewer, the lines are a list's
    # ("..., Secretary for Financial Services and the Treasury" / "Ren Zhiqiang"). A line
    # that ends a sentence before a capital tells neither way, and stays a line (a log's
    # timed entries, a digest's items).
    return evidence | set(breaks) if evidence and len(evidence) >= len(breaks) else evidence


# a sign-off's place and date: "Taipa, October 2026", "Hong Kong, 24 November 2026"
_SIGN_OFF_LINE = recache.compile(
    rf"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}},[^\S\n]+(?:\d{{1,2}}[^\S\n]+)?"
    rf"(?:{MONTH_RE})\.?(?:[^\S\n]+\d{{1,2}},?)?[^\S\n]+\d{{4}}\.?"
)


# A PDF's typographic ligatures ("ﬁrst", "Oﬃce", "eﬀect") spelled out, each letter mapped
# to the ligature it came from
_LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}  # fmt: skip
_LIGATURE = recache.compile("[\ufb00-\ufb06]")


def unwrapped_text(text: str, laid: frozenset[int] = frozenset()) -> tuple[str, OffsetMap] | None:
    """The paragraphs of a hard-wrapped text, with a PDF's ligatures spelled out, and the
    map of their characters back to ``text``; None when neither applies. ``laid``: the
    lines that are a table's rows laid out whole (``column_view``), left as they are."""
    ligatures = _LIGATURE.search(text) is not None
    lines = text.split("\n") if text.count("\n") >= 4 else [text]
    soft_breaks = _soft_breaks(lines, laid) - laid if len(lines) > 1 else set()
    if not soft_breaks and not ligatures:
        return None
    compounds = resources.hyphen_compounds()
    shown = Shown()
    start = 0  # where the line starts in ``text``
    skip = 0  # (the indent of a line that goes on the one before is left out)

    def copy(a: int, b: int) -> None:
        if ligatures and _LIGATURE.search(text, a, b):
            for i in range(a, b):  # each ligature's letters stand for it
                shown.emit(_LIGATURES.get(text[i], text[i]), i, i + 1)
        else:
            shown.copy(text, a, b)

    for k, line in enumerate(lines):
        end = start + len(line)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        body = line.rstrip()
        a = start + skip
        skip = 0
        if k in soft_breaks:
            # (a cue that goes on in the next: the next one's time is left out too)
            cue = _CUE.match(nxt) if _CUE.match(line) else None
            skip = cue.end() if cue is not None else _indent(nxt)
            word = _NEXT_WORD.match(nxt)
            hyphen = _WRAP_HYPHEN.search(body) and nxt.lstrip()[:1].isalnum()
            if hyphen and word and word.group(1) not in compounds:
                copy(a, start + len(body) - 1)  # "Develop-" / "ment": the hyphen goes
            elif hyphen:
                # "Hong Kong-" / "listed", "Hong Kong-" / "Zhuhai-Macao Bridge": the
                # compound's own hyphen, no space after it
                copy(a, start + len(body))
            else:
                copy(a, start + len(body))
                shown.emit(" ", end, end + 1)  # the line break, read as a space
        else:
            copy(a, min(end + 1, len(text)))
        start = end + 1
    return shown.result()


# Two columns side by side, one block of lines: a certificate's or an agreement's signature
# blocks ("Chan Tak Meng          Huang Xiaoling" over "President ...   Director" over
# "Macao Trade and ...          Zhongshan Municipal Bureau of Commerce"), read one after the
# other, the left column first. The right column starts at one place on every line that
# has it (a line may hold only its left or only its right cell), at least 24 characters in,
# after a gap of three or more spaces; no line holds a second gap (a table's row), and one
# line holds two cells alike: two rules ("______     ______") or two names, perhaps after
# labels ("Signed: Karen Leung      Endorsed: Desmond Kwok").
_WIDE_GAP = recache.compile(r"\S {6,}\S")
_COLUMN_GAP = recache.compile(_SPACE_GAP)  # (spaces only: a leader is no column's gap)
_CELL_RULE = recache.compile(r"[_=.-]{3,}")
_CELL_NAME = recache.compile(
    r"(?:[A-Z][a-z]+(?: [a-z]+)?:[ \t]*)?(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?"
    r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){1,3}"
)
_PARAGRAPH = recache.compile(r"(?m)(?:^[ \t]*\S[^\n]*(?:\n|$))+")


def _columns_at(lines: list[str]) -> int | None:
    """Where the right column of a block of lines starts, when the block is two columns
    side by side; None when it is not."""
    gapped = [gaps for ln in lines if len(gaps := list(_COLUMN_GAP.finditer(ln.rstrip()))) == 1]
    if not gapped or (x := gapped[0][0].end()) < 24:
        return None
    alike = 0
    for line in lines:
        body = line.rstrip()
        gaps = list(_COLUMN_GAP.finditer(body))
        if gaps:
            if len(gaps) != 1 or gaps[0].end() != x or _indent(body) > 3:
                return None
            left, right = body[: gaps[0].start()].strip(), body[x:]
            if (_CELL_RULE.fullmatch(left) and _CELL_RULE.fullmatch(right)) or (
                _CELL_NAME.fullmatch(left) and _CELL_NAME.fullmatch(right)
            ):
                alike += 1
        elif _indent(body) != x and (len(body) > x - 2 or _indent(body) > 3):
            return None
    return x if alike else None


# A table whose cells wrap inside their columns (a hotel's banquet event order, a run of
# show typed in columns: "18:30 - 19:00   Welcome speech by Mr Pan ..., Mayor of      Stage,
# lectern" over "                Kaili; city video (6 min)"), read a row at a time, each
# cell whole: its text, then the lines it wraps onto. The table has three columns or more,
# its cells start where its header's do (at the line's start or after a gap of three or
# more spaces, at a place two lines share), and every line that goes on a cell is a soft
# wrap: its first word would not have fitted after the cell's text above it (a programme's
# speakers listed under a short "Opening remarks" are entries, one a line, and stay so).
Segment = tuple[int, int]  # a cell's text on one line: its start and end in the line


def _segments(line: str) -> list[Segment]:
    """A line's cells: its runs of text between gaps of three or more spaces."""
    body = line.rstrip()
    cuts = [0, *(x for m in _COLUMN_GAP.finditer(body) for x in m.span()), len(body)]
    a = _indent(body)
    return [(max(s, a), e) for s, e in zip(cuts[::2], cuts[1::2], strict=True) if e > max(s, a)]


def _wrapped_cells(lines: list[str]) -> list[int] | None:
    """The columns' starts of a table whose cells wrap inside their columns; None when
    ``lines`` are no such table."""
    cells = [_segments(line) for line in lines]
    counts: dict[int, int] = {}
    for segs in cells:
        for s, _ in segs:
            counts[s] = counts.get(s, 0) + 1
    starts = sorted(s for s, n in counts.items() if n >= 2)
    if len(starts) < 3 or starts[0] != 0 or len(starts) < len(counts):
        return None  # (a cell starting where no other line's does: no table's column)
    width = max(len(line.rstrip()) for line in lines)
    wrapped = 0
    for k, segs in enumerate(cells):
        if not segs or segs[0][0] == 0:
            continue  # (a row of its own)
        if k == 0:
            return None
        above = dict(cells[k - 1])
        for s, e in segs:
            if s not in above:
                return None
            nxt = next((x for x in starts if x > s), width + 3)
            word = len(lines[k][s:e].split()[0])
            if above[s] + 1 + word <= nxt - 3:
                return None  # (an entry of its own under a short cell)
            wrapped += 1
    return starts if wrapped else None


def _table_rows(
    shown: Shown, text: str, lines: list[str], offsets: list[int], starts: list[int]
) -> int:
    """Lay out a table whose cells wrap (``lines``, each at its offset in ``text``) a row
    at a time, each cell whole, a line a row; how many rows."""
    rows: list[list[int]] = []
    for k, line in enumerate(lines):
        if _indent(line) == 0 or not rows:
            rows.append([k])
        else:
            rows[-1].append(k)
    for row in rows:
        last = None  # where the cell laid out last ends in ``text``
        for col in starts:
            parts = [
                (offsets[k] + s, offsets[k] + e)
                for k in row
                for s, e in _segments(lines[k])
                if s == col
            ]
            for n, (a, b) in enumerate(parts):
                if last is not None:
                    # (between two cells their gap, inside one its line break)
                    shown.emit(" " if n else "   ", last, last + 1)
                shown.copy(text, a, b)
                last = b
        end = offsets[row[-1]] + len(lines[row[-1]])
        shown.emit("\n", end, min(end + 1, len(text)))
    return len(rows)


def column_text(text: str) -> tuple[str, OffsetMap] | None:
    """The text with each block of two columns side by side read a column at a time, and
    each table whose cells wrap read a row at a time, and the map of its characters back
    to ``text``; None when it holds no such block."""
    view = column_view(text)
    return None if view is None else (view[0], view[1])


def column_view(text: str) -> tuple[str, OffsetMap, frozenset[int]] | None:
    """``column_text``'s text and map, and the shown text's lines that are a table's rows
    laid out whole (longer than its wrapped lines, and none of them)."""
    if _WIDE_GAP.search(text) is None:
        return None
    blocks = []
    for para in _PARAGRAPH.finditer(text):
        lines = para.group().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if 2 <= len(lines) <= 12 and (x := _columns_at(lines)) is not None:
            blocks.append((para.start(), lines, x, None))
        elif 2 <= len(lines) <= 60 and (starts := _wrapped_cells(lines)) is not None:
            blocks.append((para.start(), lines, 0, starts))
    if not blocks:
        return None
    shown = Shown()
    done = 0
    laid: set[int] = set()
    for start, lines, x, starts in blocks:
        shown.copy(text, done, start)
        offsets, at = [], start
        for line in lines:
            offsets.append(at)
            at += len(line) + 1
        done = min(at, len(text))
        if starts is not None:
            first = sum(piece.count("\n") for piece in shown.out)
            laid.update(range(first, first + _table_rows(shown, text, lines, offsets, starts)))
            continue
        # the newline closing each line stands for it; a blank line between the columns
        ends = [min(a + len(ln), len(text) - 1) for a, ln in zip(offsets, lines, strict=True)]
        for a, line, end in zip(offsets, lines, ends, strict=True):
            left = line[:x].rstrip() if _indent(line) != x else ""
            if left.strip():
                shown.copy(text, a, a + len(left))
                shown.emit("\n", end, end + 1)
        shown.emit("\n", ends[-1], ends[-1] + 1)  # (a column's last line ends no sentence)
        for a, line, end in zip(offsets, lines, ends, strict=True):
            if len(line.rstrip()) > x:
                shown.copy(text, a + x, a + len(line.rstrip()))
                shown.emit("\n", end, end + 1)
    shown.copy(text, done, len(text))
    return (*shown.result(), frozenset(laid))


# A news API's or a scraper's JSON export ({"articles": [{"title": ..., "publishedAt":
# "2026-11-19T03:20:00Z", "content": "..."}]}, a JSON Feed's "items" with "date_published"
# and "content_text", or one object a line) read as the articles
# it holds: each object's title, its date as a "Published:" line, its description and its
# body, escapes ("\u2019", "\n") decoded, every character mapped back to the file. Other
# fields (links, ids, image addresses) are left out.
# (a JSON token: a string, a mark, or a bare word, a number, true, false or null)
JSON_TOKEN = recache.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')
_JSON_ESCAPE = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
}
# (a field's name in small letters without "_" and "-": "published_at", "post_content")
_JSON_ROLES = {
    **dict.fromkeys(("title", "headline", "posttitle"), "title"),
    **dict.fromkeys(
        ("publishedat", "published", "pubdate", "publishdate", "publisheddate",
         "publicationdate", "datepublished", "date", "createdat", "created", "postdate",
         "publishtime", "publishedtime", "releasedate", "createdtimestampusec",
         "createdtimestamp", "createdtime", "creationtime", "createtime", "timestamp",
         "issued", "originserverts", "createat", "creationdate", "timestampms",
         "createddate"),
        "date",
    ),
    **dict.fromkeys(
        ("description", "desc", "summary", "abstract", "subtitle", "standfirst", "lede",
         "excerpt", "postexcerpt", "customexcerpt"),
        "lead",
    ),
    # (a tracker's card or a board: its "name" stands for a title and its latest stamp for
    # a date, where the object has no field of that role)
    "name": "name",
    # (a happening's record, a map's feature or an events feed's item: its days and its
    # kind, "category": "signing")
    **dict.fromkeys(
        ("startdate", "start", "starttime", "datestart", "startsat", "startat", "fromdate",
         "begins"),
        "start",
    ),
    **dict.fromkeys(
        ("enddate", "end", "endtime", "dateend", "endsat", "endat", "todate", "until",
         "ends"),
        "end",
    ),
    **dict.fromkeys(("category", "eventtype", "kind", "type"), "kind"),
    # (a data file's own day: "metadata": {"generated": "2026-11-23T06:00:00Z"})
    **dict.fromkeys(("generated", "generatedat"), "date"),
    **dict.fromkeys(
        ("datelastactivity", "lastactivity", "updatedat", "updated", "modified",
         "lastmodified", "datemodified", "usereditedtimestampusec", "editedtimestamp",
         "updatedtime", "modifiedtime", "lasteditedtime", "edittime", "updateat", "editat",
         "modifieddate"),
        "updated",
    ),
    **dict.fromkeys(
        ("content", "body", "text", "articlebody", "fulltext", "story", "maintext", "cooked",
         "postcontent", "contenttext", "textcontent", "post", "string", "html",
         "plaintext", "message", "notes", "parts"),
        "body",
    ),
}  # fmt: skip
_JSON_ORDER = ("title", "date", "lead", "body")
# the roles a field stands in for where the object has none of its own
_JSON_STAND_INS = {"name": "title", "updated": "date"}
# an article's field: its shown value, the input span of each character, the span its
# label stands for
Field = tuple[str, list[tuple[int, int]], tuple[int, int]]


def field_line(shown: Shown, field: Field, label: str = "") -> None:
    """``label`` (standing for the field's name) and the field's value, then a line end."""
    chars, spans, key = field
    shown.place(*_shown_line(label, key, chars, spans))


# an epoch stamp's digits: seconds, milliseconds or microseconds (seconds perhaps with
# their fraction: a chat export's "create_time": 1796433120.482913)
_EPOCH = recache.compile(r"1\d{9}(?:\d{3}){0,2}|1\d{9}\.\d{1,9}")


def epoch_day(number: str) -> str | None:
    """The UTC day of a Unix time in seconds, milliseconds or microseconds
    ("1795483800000000": "2026-11-24"), from September 2001 to May 2033 (ten digits of
    seconds that open with a 1); None for any other token."""
    if not _EPOCH.fullmatch(number):
        return None
    number = number.split(".")[0]
    seconds = int(number) // 1000 ** ((len(number) - 10) // 3)
    return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()


def field_role(name: str) -> str | None:
    """What an export's field (a JSON key, a table's column) holds of an article: "title",
    "date", "lead" or "body"; None for any other ("id", "url", "slug")."""
    return _JSON_ROLES.get(name.replace("_", "").replace("-", "").lower())


# a time as C's ctime and Twitter write it: "Fri Nov 20 09:30:12 +0000 2026"
_CTIME = recache.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(?P<day>\d{1,2}) "
    r"\d{2}:\d{2}:\d{2}(?: [+-]\d{4}| [A-Z]{3})? (?P<year>\d{4})"
)


_ISO_DAY = recache.compile(r"\s*(?:19|20)\d{2}-\d{2}-\d{2}")


@cache
def _event_kinds() -> frozenset[str]:
    """The words a record's kind names a happening by: the event types and their nouns
    ("signing", "visit", "exhibition", "forum")."""
    data = resources.event_triggers()
    nouns = {w.lower() for words in data["nouns"].values() for w in words}
    return frozenset(nouns | set(data["nouns"]) | {"signing", "visit", "event"})


def _day_part(field: Field) -> tuple[str, list[tuple[int, int]]]:
    """A date field's ISO day ("2026-12-05" of "2026-12-05T10:00:00+08:00") and where its
    characters stand; the whole value when it is written otherwise."""
    chars, spans, _ = field
    day = _ISO_DAY.match(chars)
    if day is None:
        return chars, spans
    lead = len(day.group()) - len(day.group().lstrip())
    return chars[lead : day.end()], spans[lead : day.end()]


def _event_page(fields: dict[str, Field]) -> list[Piece]:
    """A happening's record as an event page: "What:" its title, "When:" its day or days,
    then its lead and body, then a blank line."""
    shown: list[Piece] = []
    if "title" in fields:
        chars, spans, key = fields["title"]
        shown.append(_shown_line("What: ", key, chars, spans))
    first = fields.get("start") or fields.get("date")
    if first is not None:
        when, where = _day_part(first)
        if "end" in fields:
            last, last_where = _day_part(fields["end"])
            when, where = f"{when} - {last}", [*where, *[last_where[0]] * 3, *last_where]
        shown.append(_shown_line("When: ", first[2], when, where))
    for role in ("lead", "body"):
        if role in fields:
            chars, spans, key = fields[role]
            shown.append(_shown_line("", key, chars, spans))
            shown.append(("\n", [shown[-1][1][-1]]))
    if shown:
        shown.append(("\n", [shown[-1][1][-1]]))
    return shown


def article_page(fields: dict[str, Field]) -> list[Piece]:
    """An exported article's lines: its title, its date as a "Published:" line, its lead
    and its body, then a blank line; none when it has no title, lead or body. A
    happening's record (one with an end day, a start day or a happening's kind) is an
    event page instead (``_event_page``)."""
    if not any(role in fields for role in ("title", "lead", "body")):
        return []
    if any(role in fields for role in ("start", "end", "kind")):
        return _event_page(fields)
    if "lead" in fields or "body" in fields:
        # (a card's "name" over its "desc", its "dateLastActivity": its title and date;
        # a label's or a list's "name" alone is no article)
        for role, stands_for in _JSON_STAND_INS.items():
            if role in fields and stands_for not in fields:
                fields = {**fields, stands_for: fields[role]}
    if all(
        len(fields[role][0].split()) < 2 for role in ("title", "lead", "body") if role in fields
    ):
        return []  # (a hashtag's text, "OrdosHK", a label's: one word is no article)
    shown: list[Piece] = []
    for role in _JSON_ORDER:
        if role not in fields:
            continue
        chars, spans, key = fields[role]
        label = "Published: " if role == "date" else ""
        if role == "date" and (stamp := _CTIME.fullmatch(chars.strip())) is not None:
            # ("Fri Nov 20 09:30:12 +0000 2026", as Twitter and C's ctime write a time: its
            # day, standing for the whole stamp)
            day = f"{stamp['year']}-{month_number(stamp['month']):02d}-{int(stamp['day']):02d}"
            chars, spans = day, [(spans[0][0], spans[-1][1])] * len(day)
        shown.append(_shown_line(label, key, chars, spans))
        if role in ("lead", "body"):
            shown.append(("\n", [shown[-1][1][-1]]))
    shown.append(("\n", [shown[-1][1][-1]]))
    return shown


def looks_like_json(text: str) -> bool:
    """Is ``text`` JSON (one document, or one object a line) with a field we read?"""
    head = text.lstrip()[:1]
    if head not in ("{", "["):
        return False
    try:
        json.loads(text)
    except ValueError:
        lines = [line for line in text.splitlines() if line.strip()]
        try:
            for line in lines:
                json.loads(line)
        except ValueError:
            return False
    return any(
        field_role(m.group()[1:-1]) in _JSON_ORDER or (m.group() == '"ops"' and '"insert"' in text)
        for m in JSON_TOKEN.finditer(text)
        if m.group()[:1] == '"'
    )


# a character's UTF-8 bytes each escaped as a character of its own, as a social network's
# export writes them ("\u00e2\u0080\u0099" for "’"): a lead byte and its continuations
_UTF8_BYTES = recache.compile(r"[\xc2-\xf4][\x80-\xbf]{1,3}")


def utf8_mended(chars: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``chars`` with each run of characters that are one character's UTF-8 bytes read as
    that character ("â\x80\x99" as "’"), standing for the span of all its bytes; the
    characters as they are where none is."""
    if not _UTF8_BYTES.search(chars):
        return chars, spans

    def mended() -> Iterator[tuple[int, int, str]]:
        for m in _UTF8_BYTES.finditer(chars):
            try:
                yield m.start(), m.end(), m.group().encode("latin-1").decode("utf-8")
            except UnicodeDecodeError:
                continue  # (Latin-1 text of its own: "Café")

    return _substituted(chars, spans, mended())


def _substituted(
    chars: str, spans: list[tuple[int, int]], subs: Iterable[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int]]]:
    """``chars`` with each ``(start, end, replacement)`` of ``subs`` (in order, apart) put
    in its place, each character of a replacement standing for the span of all it
    replaces; and the characters' spans."""
    out: list[str] = []
    where: list[tuple[int, int]] = []
    last = 0
    for a, b, new in subs:
        out.append(chars[last:a])
        where.extend(spans[last:a])
        out.append(new)
        where.extend([(spans[a][0], spans[b - 1][1])] * len(new))
        last = b
    out.append(chars[last:])
    where.extend(spans[last:])
    return "".join(out), where


def json_string(text: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]]:
    """The decoded characters of the JSON string literal text[start:end] (quotes
    included) and the span of the input each stands for."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    k = start + 1
    while k < end - 1:
        c = text[k]
        if c == "\\" and text[k + 1 : k + 2] == "u":
            code = int(text[k + 2 : k + 6], 16)
            width = 6
            low = text[k + 6 : k + 12]
            if 0xD800 <= code < 0xDC00 and low[:2] == "\\u" and 0xDC00 <= int(low[2:], 16) < 0xE000:
                code = 0x10000 + ((code - 0xD800) << 10) + (int(low[2:], 16) - 0xDC00)
                width = 12
            chars.append(chr(code))
            spans.append((k, k + width))
            k += width
        elif c == "\\":
            chars.append(_JSON_ESCAPE.get(text[k + 1], text[k + 1]))
            spans.append((k, k + 2))
            k += 2
        else:
            chars.append(c)
            spans.append((k, k + 1))
            k += 1
    return "".join(chars), spans


# a JSON object's opening, after any spaces (matched in place: no copy of a long text)
_OBJECT_OPEN = recache.compile(r"\s*\{")


def opens_object(text: str) -> bool:
    """Does ``text`` open with a JSON object's "{" (after any spaces)?"""
    return _OBJECT_OPEN.match(text) is not None


# a Markdown escape: a backslash before an ASCII punctuation mark, as a journal app writes
# its entries' text ("4\.6 billion yuan", "Jan\-Oct")
_MD_ESCAPE = recache.compile(r"\\([!-/:-@\[-`{-~])")


def md_unescaped(chars: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``chars`` with each Markdown escape read as its mark ("4\\.6" as "4.6"), the mark
    standing for both characters; the characters as they are where none is."""
    if "\\" not in chars:
        return chars, spans
    escapes = ((m.start(), m.end(), m.group(1)) for m in _MD_ESCAPE.finditer(chars))
    return _substituted(chars, spans, escapes)


def _record_fields(text: str, tokens: list[re.Match[str]], k: int) -> tuple[Field | None, int]:
    """A table record's "fields" object (an Airtable record's: {"Event": "...", "Date":
    "2026-12-09", ...}) opened at ``tokens[k]``: its scalar fields as "Key: value" lines,
    one field's value; and the index of the object's close."""
    end = _array_end(tokens, k)
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    j = k + 1
    while j + 2 <= end:
        key, colon, value = tokens[j], tokens[j + 1], tokens[j + 2]
        if key.group()[:1] != '"' or colon.group() != ":":
            j += 1
            continue
        if value.group() in ("[", "{"):
            j = _array_end(tokens, j + 2) + 1  # (a linked record, an attachment)
            continue
        if value.group()[:1] == '"':
            shown, where = md_unescaped(*json_string(text, value.start(), value.end()))
        else:
            shown, where = (
                value.group(),
                [(value.start() + n, value.start() + n + 1) for n in range(len(value.group()))],
            )
        if shown.strip():
            name, _ = json_string(text, key.start(), key.end())
            label = f"{name}: "
            chars.append(label + shown.replace("\n", " ") + "\n")
            spans.extend([(key.start(), key.end())] * len(label) + where + [where[-1]])
        j += 3
    if not chars:
        return None, end
    return ("".join(chars), spans, (tokens[k - 2].start(), tokens[k - 2].end())), end


# A chat app's export keeps a message's rich text twice: as "text", an array of plain
# strings and styled pieces ({"type": "bold", "text": "..."}), and again as its pieces in
# "text_entities": the first is read as the message's body, the second not at all. A
# rich-text editor's document (a CMS draft as a Quill delta, {"ops": [{"insert": "..."},
# {"attributes": {"bold": true}, "insert": "..."}]}) is its inserts' text, embeds aside.
_JSON_COPIES = frozenset({"text_entities", "entities", "caption_entities"})


def _array_end(tokens: list[re.Match[str]], k: int) -> int:
    """The index of the token that closes the array opened at ``tokens[k]``."""
    depth = 0
    for j in range(k, len(tokens)):
        t = tokens[j].group()
        if t in ("[", "{"):
            depth += 1
        elif t in ("]", "}"):
            depth -= 1
            if depth == 0:
                return j
    return len(tokens) - 1


def _date_parts(tokens: list[re.Match[str]], k: int, end: int) -> str | None:
    """The ISO day of a citation's "date-parts" array (``tokens[k:end + 1]``, "[[2026, 11,
    23]]"), its first date's year, month and day; None when it has less."""
    numbers = []
    for tok in tokens[k + 2 : end]:
        if tok.group() == "]":
            break
        if tok.group() != ",":
            numbers.append(tok.group().strip('"'))
    if len(numbers) < 3 or not all(n.isdigit() for n in numbers[:3]):
        return None
    return _iso_day(int(numbers[0]), int(numbers[1]), int(numbers[2]))


def _rich_text(
    text: str, tokens: list[re.Match[str]], a: int, b: int, piece: str = '"text"'
) -> Field | None:
    """A rich text's array (``tokens[a:b]``, its key two tokens before ``a``): its strings
    and its pieces' ``piece`` values ("text"; a Quill delta's "insert") in their order, as
    one field's value."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for j in range(a, b):
        tok = tokens[j]
        t = tok.group()
        if t[:1] != '"' or (j + 1 < b and tokens[j + 1].group() == ":"):
            continue  # (a key, a mark)
        key = tokens[j - 2].group() if tokens[j - 1].group() == ":" else None
        if key is not None and key != piece:
            continue  # (a piece's type, its link's address)
        more, where = json_string(text, tok.start(), tok.end())
        chars.append(more)
        spans.extend(where)
    joined = "".join(chars)
    if not joined.strip():
        return None
    return joined, spans, (tokens[a - 3].start(), tokens[a - 3].end())


# a date field's name that tells the day the article was published ("published_at",
# "pubDate", "release_date"), not the day it was made or stamped ("created_at")
_PUBLISHED_KEY = recache.compile(r"publish|pubdate|release|issued")


def _publishes(key: str, field: Field, text: str) -> bool:
    """Does the date field ``key`` (quoted) tell when the article was published, where
    the object's date so far (``field``) was told by another kind of field ("created_at"
    before "published_at", as a blog's export writes them)?"""
    told = text[field[2][0] : field[2][1]]
    return (
        field_role(key[1:-1]) == "date"
        and _PUBLISHED_KEY.search(key.lower()) is not None
        and _PUBLISHED_KEY.search(told.lower()) is None
    )


def json_text(text: str) -> tuple[str, OffsetMap]:
    """The articles a JSON export holds and the map of their characters back to ``text``."""
    objects: list[dict[str, Field]] = []
    stack: list[int] = []  # the objects open, by their index in ``objects``
    keyed: dict[int, str] = {}  # the objects that are a field's value: their key's name
    lead_bodies: set[int] = set()  # the objects whose body is a second lead's
    tokens = list(JSON_TOKEN.finditer(text))
    skip_to = -1
    for k, tok in enumerate(tokens):
        if k <= skip_to:
            continue
        t = tok.group()
        if (
            t[:1] == '"'
            and stack
            and k + 2 < len(tokens)
            and tokens[k + 1].group() == ":"
            and tokens[k + 2].group() == "["
        ):
            if t[1:-1] in _JSON_COPIES:
                skip_to = _array_end(tokens, k + 2)  # (a copy of the text, in pieces)
                continue
            if t == '"date-parts"' and field_role(keyed.get(stack[-1], "")) == "date":
                # (a citation's "issued": {"date-parts": [[2026, 11, 23]]}: its day, standing
                # for the whole array)
                end = _array_end(tokens, k + 2)
                day = _date_parts(tokens, k + 2, end)
                if day is not None and "date" not in objects[stack[-1]]:
                    span = [(tokens[k + 2].start(), tokens[end].end())] * len(day)
                    objects[stack[-1]]["date"] = (day, span, (tok.start(), tok.end()))
                skip_to = end
                continue
            # (a rich-text editor's document, a Quill delta: {"ops": [{"insert": "..."}]})
            delta = t == '"ops"'
            role = "body" if delta else field_role(t[1:-1])
            fields = objects[stack[-1]]
            if role == "body" and role not in fields:
                end = _array_end(tokens, k + 2)
                rich = _rich_text(text, tokens, k + 3, end, '"insert"' if delta else '"text"')
                if rich is not None:
                    fields[role] = rich
                    skip_to = end  # (its pieces are its words, no articles of their own)
            continue
        if (
            t == "{"
            and k > 1
            and tokens[k - 1].group() == ":"
            and tokens[k - 2].group() == '"fields"'
        ):
            # (a table record's fields: its own lines, no article of their own)
            record, end = _record_fields(text, tokens, k)
            if record is not None and stack and "body" not in objects[stack[-1]]:
                objects[stack[-1]]["body"] = record
            skip_to = end
            continue
        if t == "{":
            if k > 1 and tokens[k - 1].group() == ":":
                keyed[len(objects)] = tokens[k - 2].group()[1:-1]
            stack.append(len(objects))
            objects.append({})
        elif t == "}" and stack:
            index = stack.pop()
            done = objects[index]
            if (
                stack
                and index in keyed
                and set(done) == {"date"}
                and "date" not in objects[stack[-1]]
            ):
                # (an article's "metadata": {"datePublished": ...}: its date is the
                # article's; an item of its array of "actions", each dated, is not)
                objects[stack[-1]]["date"] = done.pop("date")
            elif (
                stack
                and index in keyed
                and done
                and set(done) <= {"lead", "body"}
                and not set(done) & set(objects[stack[-1]])
                and "date" in objects[stack[-1]]
            ):
                # (a chat message's "content": {"body": ...} under its stamp: the
                # message's own text)
                objects[stack[-1]].update(done)
                done.clear()
        elif t[:1] == '"' and stack and k + 2 < len(tokens) and tokens[k + 1].group() == ":":
            role = field_role(t[1:-1])
            fields = objects[stack[-1]]
            value = tokens[k + 2]
            if t in ('"label"', '"value"') and value.group()[:1] == '"':
                # (a pass's or a form's field: {"label": "EVENT", "value": "..."})
                fields[t[1:-1]] = (*json_string(text, value.start(), value.end()), tok.span())
                continue
            if role == "lead" and "lead" in fields and "body" not in fields:
                # (a podcast episode's "summary", then its "description": the second
                # lead stands for the body the object has none of, until a body comes)
                role = "body"
                lead_bodies.add(stack[-1])
            elif role == "body" and stack[-1] in lead_bodies:
                lead_bodies.discard(stack[-1])
                del fields["body"]
            if not role or (role in fields and not _publishes(t, fields[role], text)):
                continue
            if value.group()[:1] == '"':
                chars, spans = md_unescaped(
                    *utf8_mended(*json_string(text, value.start(), value.end()))
                )
            elif role in ("date", "updated") and (day := epoch_day(value.group())):
                # ("createdTimestampUsec": 1795483800000000, a note app's: its day, standing
                # for the whole number)
                chars, spans = day, [value.span()] * len(day)
            else:
                continue
            if role == "kind" and chars.strip().lower() not in _event_kinds():
                continue  # ("type": "Feature", "kind": "news": no happening's kind)
            if role in ("start", "end") and not _ISO_DAY.match(chars):
                continue  # ("start": 206, an offset: no day)
            if chars.strip():
                fields[role] = (chars, spans, (tok.start(), tok.end()))
    shown = Shown()
    in_fields = False
    for fields in objects:
        if "label" in fields and "value" in fields:
            # a run of labelled fields, one line each ("EVENT: Xuancheng ... Forum" under
            # "DATE: 10 Dec 2026"), one block
            label, label_spans, _ = fields["label"]
            if label.strip() and fields["value"][0].strip():
                key = (label_spans[0][0], label_spans[-1][1])
                field_line(shown, (*fields["value"][:2], key), label.strip() + ": ")
                in_fields = True
            continue
        page = article_page(fields)
        if page and in_fields:
            shown.place("\n", [page[0][1][0]])
        in_fields = in_fields and not page
        for chars, spans in page:
            shown.place(chars, spans)
    # (a value's HTML, "<p>A 50-member delegation ...</p>", read as a page's)
    return shown_page(shown)


# A script that assigns one JSON value to a name (an X archive's "window.YTD.tweets.part0 =
# [...]", a JSONP-style "var data = {...};"): its assignment, and the closing semicolon
_ASSIGNED = recache.compile(
    r"\A(?P<head>\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*=\s*)"
    r"(?=[\[{])"
)
_ASSIGNED_END = recache.compile(r";\s*\Z")


def unassigned(text: str) -> str:
    """``text`` with a script's assignment of one JSON value blanked, one character for
    one ("window.YTD.tweets.part0 = [" reads as "["); the text itself when it is none."""
    head = _ASSIGNED.match(text[:300])
    if head is None:
        return text
    end = _ASSIGNED_END.search(text, len(text) - 200 if len(text) > 200 else 0)
    cut = end.start() if end is not None else len(text)
    return " " * head.end("head") + text[head.end("head") : cut] + " " * (len(text) - cut)


# A scanned page's OCR text confuses letters and digits inside numbers ("2O26", "l2 to 14
# January", "4O delegates") and in month names ("29 0ctober"): read as digits and letters
# again, one character for one, so offsets hold. A token is mended only when it holds a
# digit and nothing but digits and the look-alike letters O, o, l and I.
_OCR_HINT = recache.compile(r"[0-9](?:[OolI]|ct)|[OolI][0-9]|Oct0|N0v")  # ([0-9]: 3x faster)
_OCR_NUMBER = recache.compile(r"(?<![\w.,])(?=[OolI]*\d)(?=\d*[OolI])[0-9OolI]{2,}(?![\w])")
_OCR_MONTH = recache.compile(r"\b(?:0ct[o0]ber|Oct0ber|N0vember)\b")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_OCR_AFTER = recache.compile(rf"[ \t]+(?:[a-z]|(?:{MONTH_RE})\b)")


def ocr_view(text: str) -> str:
    """``text`` with OCR's letters read as digits inside numbers and digits read as
    letters inside month names, one for one (the text itself when it shows neither)."""
    if not _OCR_HINT.search(text):
        return text
    text = _OCR_NUMBER.sub(lambda m: _ocr_number(text, m), text)
    return _OCR_MONTH.sub(lambda m: m.group().replace("0", "o").capitalize(), text)


def _ocr_number(text: str, m: re.Match[str]) -> str:
    """The OCR token read as a number, unless it opens with a letter, holds a single digit
    and reads as a name ("O2 Arena"): then only before a small word, a month or "to"."""
    token = m.group()
    if (
        token[0].isalpha()
        and sum(c.isdigit() for c in token) == 1
        and not _OCR_AFTER.match(text, m.end())
    ):
        return token
    return token.translate(_OCR_DIGITS)
