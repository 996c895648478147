"""Build the spaCy pipeline once per process, and run it over texts of any length."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions
from .anpa import anpa_text, looks_like_anpa
from .appstrings import looks_like_strings, strings_text
from .assemble import NO_PUBDATE, assemble
from .docmarkup import (
    asciidoc_view,
    bbcode_view,
    bibtex_text,
    djot_view,
    factiva_view,
    gemtext_view,
    lexis_view,
    looks_like_bibtex,
    looks_like_refer,
    looks_like_ris,
    looks_like_sitemap,
    marp_view,
    note_view,
    refer_text,
    ris_text,
    sitemap_text,
    textile_view,
    wikitext_view,
)
from .extractors import pubdate as _pubdate
from .feeds import (
    enex_text,
    feed_text,
    looks_like_enex,
    looks_like_feed,
    looks_like_opml,
    opml_text,
)
from .fountain import fountain_text, looks_like_fountain
from .gantt import gantt_text, looks_like_gantt
from .gdocs import gdoc_text, looks_like_gdoc
from .gopher import gophermap_text, looks_like_gophermap
from .har import har_text, looks_like_har
from .irclog import irc_text, looks_like_irc_log
from .linechat import line_chat_text, looks_like_line_chat
from .markup import (
    OffsetMap,
    calendar_text,
    column_view,
    composed,
    critic_view,
    has_entities,
    json_text,
    latex_view,
    looks_like_calendar,
    looks_like_json,
    looks_like_markup,
    looks_like_xml,
    markdown_view,
    mojibake_text,
    ocr_view,
    page_text,
    quote_view,
    shown_text,
    subtitle_view,
    unassigned,
    unwrapped_text,
)
from .merge import PieceMerger, remap, shift
from .mif import looks_like_mif, mif_text
from .mime import looks_like_mime, mime_text
from .models import Document
from .notebook import looks_like_notebook, notebook_text
from .orgmode import looks_like_org, org_text
from .outliner import looks_like_outliner, outliner_text
from .pandocjson import looks_like_pandoc, pandoc_text
from .patch import looks_like_patch, patch_text
from .pofile import looks_like_po, po_text
from .roff import looks_like_roff, roff_text
from .rtf import looks_like_rtf, rtf_text
from .sami import looks_like_sami, sami_text
from .smsbackup import looks_like_sms_backup, sms_backup_text
from .spreadsheet import (
    looks_like_sheet_values,
    looks_like_spreadsheet,
    sheet_values_text,
    spreadsheet_text,
)
from .sqldump import looks_like_sql_dump, sql_text
from .story import looks_like_story, story_text
from .texinfo import looks_like_texinfo, texinfo_text
from .textproto import looks_like_textproto, textproto_text
from .tiddlywiki import looks_like_tiddler, tiddler_text
from .todotxt import looks_like_todo, todo_text
from .tomlview import toml_view
from .truecase import truecase
from .vcard import looks_like_vcard, vcard_text
from .warc import looks_like_warc, warc_text
from .xtags import looks_like_xtags, xtags_text

# The components in the order they run. Dates need the publication date; money and
# percentages need sentences; events need everything before them.
PIPE_NAMES = [
    "coop_sentences",
    "coop_pubdate",
    "coop_cities",
    "coop_dates",
    "coop_money",
    "coop_percentages",
    "coop_counts",
    "coop_institutions",
    "coop_officials",
    "coop_events",
    "coop_spans",
]
# Full-width ASCII (U+FF01..FF5E) and unusual spaces folded to ASCII, one for one; a lone
# surrogate (a JSON export's "\ud83d" with no pair, a caller's broken string), which the
# tokenizer cannot encode, becomes U+FFFD.
_SPACES = (0x00A0, 0x2007, 0x202F, 0x3000, 0x2009, 0x200A)
FOLD = (
    {0xFF01 + i: 0x21 + i for i in range(94)}
    | dict.fromkeys(_SPACES, 0x20)
    | dict.fromkeys(range(0xD800, 0xE000), 0xFFFD)
)
_FOLDABLE = re.compile(
    "[\uff01-\uff5e\ud800-\udfff" + "".join(re.escape(chr(c)) for c in _SPACES) + "]"
)


def fold(text: str) -> str:
    """``text`` with FOLD applied, a draft's edits accepted (``critic_view``), Textile's,
    gemtext's, Markdown's, wikitext's, BBCode's and AsciiDoc's marks, a news database's field
    codes and subtitles' cue timings blanked (``quote_view``, ``markdown_view``,
    ``docmarkup``, ``subtitle_view``)
    and its shouted lines in ordinary case (``truecase``);
    the text itself when nothing needs either (most texts: a character-class search is ten
    times cheaper than ``str.translate`` with a table)."""
    text = text.translate(FOLD) if _FOLDABLE.search(text) else text
    text = critic_view(latex_view(ocr_view(text)))
    text = markdown_view(
        djot_view(marp_view(note_view(gemtext_view(textile_view(quote_view(text))))))
    )
    text = lexis_view(factiva_view(asciidoc_view(bbcode_view(wikitext_view(text)))))
    return truecase(subtitle_view(text))


MARKUP_WARNING = "read as HTML: tags left out, entities decoded; offsets refer to the input"
MIME_WARNING = (
    "read as an e-mail message: its header's date, sender and subject, then its text (one"
    " part of each alternative, transfer encoding decoded); offsets refer to the input"
)
NOTEBOOK_WARNING = (
    "read as a Jupyter notebook: its Markdown cells and its code cells' printed output and"
    " results, the code left out; offsets refer to the input"
)
ENTITY_WARNING = "HTML entities decoded (&amp;, &#8217;, ...); offsets refer to the input"
MOJIBAKE_WARNING = "UTF-8 read as Windows-1252 mended ('â€™' as '’'); offsets refer to the input"
JSON_WARNING = (
    "read as JSON: each object's title, date, description and body; offsets refer to the input"
)
UNWRAPPED_WARNING = (
    "read as hard-wrapped text: line breaks inside paragraphs as spaces, words hyphenated"
    " over them joined; offsets refer to the input"
)
COLUMNS_WARNING = (
    "read with side-by-side columns (signature blocks) one after the other and a table's"
    " wrapped cells whole, a row at a time; offsets refer to the input"
)
RTF_WARNING = (
    "read as RTF: control words and the groups that show no text left out, escapes decoded;"
    " offsets refer to the input"
)
ROFF_WARNING = (
    "read as roff (groff -ms, a man page): requests and escapes left out, their words and"
    " characters shown, lines filled; offsets refer to the input"
)
TEXINFO_WARNING = (
    "read as Texinfo: @-commands left out, their words and characters shown, lines filled;"
    " offsets refer to the input"
)
GDOC_WARNING = (
    "read as a Google Docs document (the Docs API's JSON): its title and its body's text"
    " runs in their order, styles, headers, footers and ids left out; offsets refer to the"
    " input"
)
ANPA_WARNING = (
    "read as an ANPA wire transmission: each story's lines, the framing, header, slug and"
    " filing lines, carets and line-end marks left out, the filing date shown first;"
    " offsets refer to the input"
)
MIF_WARNING = (
    "read as FrameMaker MIF: each paragraph's strings and special characters, catalogs,"
    " formats and frames left out; offsets refer to the input"
)
SAMI_WARNING = (
    "read as SAMI captions: the title, then the captions of the first caption class as"
    " running text, cues and line breaks as spaces, the head and styles left out; offsets"
    " refer to the input"
)
XTAGS_WARNING = (
    "read as XPress Tags (QuarkXPress): each paragraph's words, style sheets, attribute"
    " tags and style definitions left out, special characters shown; offsets refer to the"
    " input"
)
STORY_WARNING = (
    "read as an InDesign or InCopy story: each run's words, a line for each paragraph,"
    " layout, properties, notes and deleted text left out; offsets refer to the input"
)
TEXTPROTO_WARNING = (
    "read as a protocol buffers text-format record: its title, date, lead and body fields,"
    " escapes decoded, identifiers, tags and comments left out; offsets refer to the input"
)
OUTLINER_WARNING = (
    "read as an outliner's page (Logseq, Roam): each block on a line of its own, each dated"
    " task as its title and day, bullets, the outliner's properties and marks left out;"
    " offsets refer to the input"
)
ORG_WARNING = (
    "read as Org mode: each dated item as its title and day, settings, drawers and marks"
    " left out; offsets refer to the input"
)
ENTRY_WARNING = (
    "read as a reference entry (BibTeX, RIS or EndNote): its title and date, then its"
    " authors, venue, abstract and note; offsets refer to the input"
)
# (a library's entries are dated each by its own date: the library itself has none)
LIBRARY_WARNING = (
    "read as a reference library (BibTeX, RIS or EndNote): each entry as its title and"
    " date, then its authors, venue, abstract and note; no publication date of its own;"
    " offsets refer to the input"
)
SQL_ROW_WARNING = (
    "read as an SQL dump: its row's title, date, lead and body; offsets refer to the input"
)
# (a dump's rows are dated each by its own date column: the dump itself has none)
SQL_DUMP_WARNING = (
    "read as an SQL dump: each row's title, date, lead and body, one article a row; no"
    " publication date of its own; offsets refer to the input"
)
SITEMAP_LINK_WARNING = (
    "read as a sitemap: its link's title, day and captions; offsets refer to the input"
)
# (a sitemap's links are dated each by its own day: the list itself has none)
SITEMAP_WARNING = (
    "read as a sitemap: each link's title, day and captions; no publication date of its"
    " own; offsets refer to the input"
)
FEED_ITEM_WARNING = (
    "read as a feed: its channel, then its item's title, date, text and comments; offsets"
    " refer to the input"
)
# (a feed's items are dated each by its own date, the feed by its channel's)
FEED_WARNING = (
    "read as a feed: its channel, then each item's title, date, text and comments; offsets"
    " refer to the input"
)
OPML_WARNING = (
    "read as an OPML outline: its title, date and owner, then each node's text and note;"
    " offsets refer to the input"
)
NOTE_WARNING = (
    "read as a note export (ENEX): its note's title, creation day and text; offsets refer"
    " to the input"
)
# (an export of notes: its first note's day is the page's, as a JSON export's first article)
NOTES_WARNING = (
    "read as a note export (ENEX): each note's title, creation day and text; offsets refer"
    " to the input"
)
CARD_WARNING = (
    "read as a contact card (vCard): its name, role, organisation, address, revision day and"
    " note; offsets refer to the input"
)
# (several cards: the first card's day is the page's, as a note export's first note's)
CARDS_WARNING = (
    "read as contact cards (vCard): each card's name, role, organisation, address, revision"
    " day and note; offsets refer to the input"
)
TASK_WARNING = (
    "read as a todo.txt task: the day it was written and its text, tags left out; offsets"
    " refer to the input"
)
TASKS_WARNING = (
    "read as a todo.txt list: each task under the day it was written, tags left out; no"
    " publication date of its own; offsets refer to the input"
)
# (a log's first day is the page's, as a chat export's first message's)
IRC_WARNING = (
    "read as an IRC log: each message under its day, clock times, nicks and the client's"
    " notices left out; offsets refer to the input"
)
PO_WARNING = (
    "read as a gettext translation file (PO): each entry's translation (its source where"
    " untranslated or fuzzy), comments and the header left out; offsets refer to the input"
)
LINE_WARNING = (
    "read as a LINE chat history: each message under its day and clock time, the header and"
    " placeholders left out; offsets refer to the input"
)
GOPHER_WARNING = (
    "read as a Gopher menu (gophermap): each item's text on its line, selectors, hosts and"
    " ports left out; offsets refer to the input"
)
SMS_WARNING = (
    "read as a phone's text messages (SMS Backup & Restore): each message under its day and"
    " clock time, its sender and text, the backup's own fields left out; offsets refer to"
    " the input"
)
STRINGS_WARNING = (
    "read as an app's strings file: each entry's text, escapes decoded, keys left out;"
    " offsets refer to the input"
)
PANDOC_WARNING = (
    "read as Pandoc's JSON: its words, meta entries and blocks as lines, the rest left out;"
    " offsets refer to the input"
)
TIDDLER_WARNING = (
    "read as a TiddlyWiki tiddler: its fields as lines, time stamps as days, the body's"
    " WikiText marks, macros and transclusions left out; offsets refer to the input"
)
SPREADSHEET_WARNING = (
    "read as an XML spreadsheet: the workbook's properties as fields, each sheet's rows as"
    " lines of cells, styles and settings left out; offsets refer to the input"
)
SHEET_VALUES_WARNING = (
    "read as a sheet's values from the Google Sheets API: each range's sheet by name, each"
    " row a table's line; offsets refer to the input"
)
WARC_WARNING = (
    "read as a web archive (WARC): each archived page's shown text, the crawl's records and"
    " headers left out; offsets refer to the input"
)
# A source that is read whole whenever it is one (its first characters or tags tell): the
# reader and the warning that says so, in the order they are asked.
_SOURCES = (
    (looks_like_anpa, anpa_text, ANPA_WARNING),
    (looks_like_mif, mif_text, MIF_WARNING),
    (looks_like_sami, sami_text, SAMI_WARNING),
    (looks_like_roff, roff_text, ROFF_WARNING),
    (looks_like_texinfo, texinfo_text, TEXINFO_WARNING),
    (looks_like_xtags, xtags_text, XTAGS_WARNING),
    (looks_like_story, story_text, STORY_WARNING),
    (looks_like_textproto, textproto_text, TEXTPROTO_WARNING),
)
# The texts read one page per item (a library's entry, a dump's row, a sitemap's link, a
# feed's item, an outline's node): how each looks, its reader, its warning for one item
# and for several. (Their openings differ, so at most one looks like its kind.)
_PAGED = (
    (looks_like_bibtex, bibtex_text, ENTRY_WARNING, LIBRARY_WARNING),
    (looks_like_ris, ris_text, ENTRY_WARNING, LIBRARY_WARNING),
    (looks_like_refer, refer_text, ENTRY_WARNING, LIBRARY_WARNING),
    (looks_like_sql_dump, sql_text, SQL_ROW_WARNING, SQL_DUMP_WARNING),
    (looks_like_sitemap, sitemap_text, SITEMAP_LINK_WARNING, SITEMAP_WARNING),
    (looks_like_feed, feed_text, FEED_ITEM_WARNING, FEED_WARNING),
    (looks_like_opml, opml_text, OPML_WARNING, OPML_WARNING),
    (looks_like_enex, enex_text, NOTE_WARNING, NOTES_WARNING),
    (looks_like_vcard, vcard_text, CARD_WARNING, CARDS_WARNING),
    (looks_like_todo, todo_text, TASK_WARNING, TASKS_WARNING),
    (looks_like_irc_log, irc_text, IRC_WARNING, IRC_WARNING),
    (looks_like_po, po_text, PO_WARNING, PO_WARNING),
    (looks_like_line_chat, line_chat_text, LINE_WARNING, LINE_WARNING),
    (looks_like_sms_backup, sms_backup_text, SMS_WARNING, SMS_WARNING),
    (looks_like_strings, strings_text, STRINGS_WARNING, STRINGS_WARNING),
    (looks_like_spreadsheet, spreadsheet_text, SPREADSHEET_WARNING, SPREADSHEET_WARNING),
    (looks_like_sheet_values, sheet_values_text, SHEET_VALUES_WARNING, SHEET_VALUES_WARNING),
    (looks_like_tiddler, tiddler_text, TIDDLER_WARNING, TIDDLER_WARNING),
    (looks_like_pandoc, pandoc_text, PANDOC_WARNING, PANDOC_WARNING),
)
# (several items, each dated by its own date: the text itself has none; a feed has its
# channel's, an outline its own)
_UNDATED = frozenset({LIBRARY_WARNING, SQL_DUMP_WARNING, SITEMAP_WARNING, TASKS_WARNING})
XML_WARNING = (
    "read as XML: tags left out, each element apart from running text on a line of its own,"
    " entities decoded; offsets refer to the input"
)
TOML_WARNING = (
    "read as TOML (or INI): each key and its value as a field, tables as paragraphs,"
    " comments as text; offsets refer to the input"
)
HAR_WARNING = (
    "read as an HTTP archive (HAR): each captured page's shown text, requests, headers and"
    " other files left out; offsets refer to the input"
)
PATCH_WARNING = (
    "read as a unified diff: the text it leaves, lines taken out and headers left out;"
    " offsets refer to the input"
)
FOUNTAIN_WARNING = (
    "read as a screenplay (Fountain): each speech as its speaker's words, directions and"
    " the boneyard left out; offsets refer to the input"
)
GANTT_WARNING = (
    "read as a Mermaid Gantt chart: each task as its name and days, settings left out;"
    " offsets refer to the input"
)
CALENDAR_WARNING = (
    "read as iCalendar: each event as its summary, day, location and description; offsets"
    " refer to the input"
)
# Texts are cut into pieces of at most this many characters (at line breaks), so memory
# stays bounded and spaCy's max_length never refuses a long article.
CHUNK_CHARS = 100_000
# A calendar, a JSON export, an e-mail message or a notebook up to this size is read as its
# events, its articles or its text (its character map costs memory in proportion); a longer
# one is read as it is.
CALENDAR_CHARS = 1_000_000
# Runs of non-space characters longer than this are broken up for the tokenizer only.
MAX_RUN = 100


@cache
def build_nlp() -> Language:
    """Return the process-wide pipeline: ``spacy.blank("en")`` plus coop's components."""
    from . import extractors  # noqa: F401  (registers the factories)

    extensions.register()
    nlp = spacy.blank("en")
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    nlp.max_length = CHUNK_CHARS * 2
    return nlp


def split_bounds(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Cut ``text`` into (start, end) pieces of at most ``limit`` characters.

    Cuts fall at a blank line, else a line break, else a sentence end, else a space. Only
    the bounds are returned: the pieces are cut one at a time, when they are read.
    """
    limit = limit or CHUNK_CHARS
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for pattern in (r"\n\s*\n", r"\n", r"[.!?]\s", r"\s"):
            found = [m.end() for m in re.finditer(pattern, window)]
            found = [f for f in found if f > limit // 2]
            if found:
                cut = found[-1]
                break
        if cut <= 0:
            cut = limit
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, len(text)))
    return bounds


def split_text(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """(offset, piece) pairs of ``split_bounds``."""
    return [(a, text[a:b]) for a, b in split_bounds(text, limit)]


_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def break_long_runs(text: str) -> str:
    """Put a space into every ``MAX_RUN`` characters of a longer run without spaces.

    spaCy's tokenizer is quadratic in the length of such a run ("%%%...", a minified blob):
    20,000 percent signs took two minutes. The copy has the same length, so token offsets
    stay those of the text, which the extractors read unchanged.
    """

    def cut(m: re.Match[str]) -> str:
        run = m.group()
        return " ".join(run[k : k + MAX_RUN - 1] for k in range(0, len(run), MAX_RUN))[: len(run)]

    return _LONG_RUN.sub(cut, text)


class Extractor:
    """Reusable extractor: ``Extractor().extract(text)`` or ``.pipe(texts)`` for many."""

    def __init__(self, nlp: Language | None = None):
        self.nlp = nlp or build_nlp()

    def extract(self, text: str, source: str = "<text>", ref_date: str | None = None) -> Document:
        """Extract one document."""
        return next(self.pipe([(text, source)], ref_date=ref_date))

    def pipe(
        self,
        items: Iterable[tuple[str, str]],
        ref_date: str | None = None,
    ) -> Iterator[Document]:
        """Yield one Document per (text, source) pair, in order."""
        for text, source in items:
            yield self._one(text, source, ref_date)

    def _one(self, text: str, source: str, ref_date: str | None) -> Document:
        view = _view(text)
        if view is None:
            return self._plain(text, source, ref_date)
        # the text a page, a calendar, an export or a wrapped text stands for, read as plain
        # text; every offset carried back to the input
        shown, where, warning = view
        dated = warning not in _UNDATED
        doc = remap(self._plain(shown, source, ref_date, dated), where.span, text)
        if not dated:  # (its items' relative dates are resolved, each against its own)
            doc.warnings = [w for w in doc.warnings if w != NO_PUBDATE]
        doc.warnings.append(warning)
        return doc

    def _plain(self, text: str, source: str, ref_date: str | None, dated: bool = True) -> Document:
        """One text as it is; ``dated`` False when it has no date of its own to find."""
        if len(text) <= CHUNK_CHARS:
            folded = fold(text)
            pub = self._pubdate(text, folded, ref_date, dated)
            doc = self.nlp(self._doc(folded, pub))
            return assemble(text, _facts(doc), source=source, pubdate=pub, view=folded)
        merger = self.merge_pieces(text, source, ref_date, dated=dated)
        try:
            return merger.document()
        finally:
            merger.close()

    def merge_pieces(
        self,
        text: str,
        source: str,
        ref_date: str | None = None,
        spool: bool = False,
        dated: bool = True,
    ) -> PieceMerger:
        """Extract a long text piece by piece into a ``PieceMerger`` (see ``merge``).

        Each piece of at most ``CHUNK_CHARS`` characters is assembled on its own and folded
        into the merger at once, so memory holds one piece's facts, not the whole text's.
        With ``spool`` its events and figures wait in temporary files, not in memory.
        """
        # Extractors read a folded copy: full-width digits and punctuation ("２３％") and
        # odd spaces become ASCII, one character for one, so offsets stay those of the input.
        folded = fold(text)
        pub = self._pubdate(text, folded, ref_date, dated)
        bounds = split_bounds(folded)
        warnings = [f"long text processed in {len(bounds)} pieces"] if len(bounds) > 1 else []
        merger = PieceMerger(text, source, pub, warnings=warnings, spool=spool)
        docs = (self._doc(folded[a:b], pub) for a, b in bounds)
        # batch_size=1: a long text never has more than one 100,000-character Doc alive.
        for (a, b), doc in zip(bounds, self.nlp.pipe(docs, batch_size=1), strict=True):
            part = assemble(text[a:b], _facts(doc), source=source, pubdate=pub, view=folded[a:b])
            merger.add(shift(part, a))
        return merger

    @staticmethod
    def _pubdate(text: str, folded: str, ref_date: str | None, dated: bool = True) -> dict | None:
        """The publication date, found in the whole (folded) text (when it is ``dated``),
        else ``ref_date``."""
        pub = _pubdate.find_publication_date(folded) if dated else None
        if pub is not None:
            pub["source"] = "text"
            pub["text"] = text[pub["start"] : pub["end"]]
        elif ref_date:
            pub = {"date": ref_date, "rule": "pubdate.ref_date", "source": "ref-date"}
        return pub

    def _doc(self, piece: str, pub: dict | None) -> Doc:
        doc = self.nlp.make_doc(break_long_runs(piece))
        data = extensions.store(doc)
        data["pubdate"] = pub
        data["_text"] = piece  # doc.text would rebuild it from the tokens
        return doc


def _view(text: str) -> tuple[str, OffsetMap, str] | None:
    """The text ``text`` stands for, its map back to ``text`` and the warning that says so:
    an RTF document's, a wire transmission's, a FrameMaker, roff, Texinfo or XPress Tags
    source's, caption files', an InDesign story's, a Google Docs document's, a raw e-mail
    message's or a scraped HTML page's shown text, an iCalendar file's events as event
    pages, a notebook's prose and results, a JSON export's articles, an Org-mode file's
    dated items as event pages, an outliner's page's blocks, a text's side-by-side columns
    one after the other, a hard-wrapped text's paragraphs; None for plain text."""
    if looks_like_rtf(text):
        return (*rtf_text(text), RTF_WARNING)
    if len(text) <= CALENDAR_CHARS:
        for looks, read, warning in _SOURCES:
            if looks(text):
                return (*read(text), warning)
    if len(text) <= CALENDAR_CHARS and looks_like_gophermap(text):
        # (a menu's information lines are wrapped by hand as often as not)
        return _then_unwrapped(*gophermap_text(text), GOPHER_WARNING)
    if len(text) <= CALENDAR_CHARS and looks_like_warc(text):
        # (before a MIME message's reading: a record's fields are no message's header)
        shown, where, pages = warc_text(text)
        if pages:
            return shown, where, WARC_WARNING
    if len(text) <= CALENDAR_CHARS and looks_like_gdoc(text):
        # (a JSON file, but its runs are pieces of paragraphs: before an export's reading)
        return (*gdoc_text(text), GDOC_WARNING)
    if len(text) <= CALENDAR_CHARS and looks_like_har(text):
        # (a JSON file, but its pages are HTML in its strings: before a page's reading)
        shown, where, pages = har_text(text)
        if pages:
            return shown, where, HAR_WARNING
    if len(text) <= CALENDAR_CHARS and looks_like_patch(text):
        # (before a message's reading: a patch mailed from git holds a message's header;
        # a release's lines in a diff are hard-wrapped as often as not)
        return _then_unwrapped(*patch_text(text), PATCH_WARNING)
    if len(text) <= CALENDAR_CHARS and looks_like_mime(text):
        # (a message's text may quote a reply, and be hard-wrapped)
        shown, where = mime_text(text)
        return _then_unwrapped(quote_view(shown), where, MIME_WARNING)
    if len(text) <= CALENDAR_CHARS:
        for looks, read, one, several in _PAGED:
            if looks(text):
                shown, where, items = read(text)
                if items:
                    return shown, where, one if items == 1 else several
    if (
        len(text) <= CALENDAR_CHARS
        and looks_like_json(data := unassigned(text))
        and not looks_like_notebook(text)
    ):
        # (before a page's reading: an article exported as JSON may hold its body's HTML,
        # read as a page's within its field; a notebook's JSON is read as a notebook)
        return (*json_text(data), JSON_WARNING)
    if looks_like_markup(text):
        return (*page_text(text), MARKUP_WARNING)
    if looks_like_xml(text):
        return (*page_text(text, xml=True), XML_WARNING)
    # a reply's quote marks are blanked (one for one) before the rest: a quoted paragraph
    # is unwrapped like any other (in a page, a line opening with ">" closes a tag); so are
    # a LaTeX source's commands ("\date{...}" a line of its own, not a wrapped one's end)
    # and a draft's edits (a deleted sentence is no paragraph's line)
    text = critic_view(latex_view(quote_view(text)))
    if len(text) <= CALENDAR_CHARS and looks_like_calendar(text):
        return (*calendar_text(text), CALENDAR_WARNING)
    if len(text) <= CALENDAR_CHARS and looks_like_fountain(text):
        return (*fountain_text(text), FOUNTAIN_WARNING)
    if len(text) <= CALENDAR_CHARS and looks_like_gantt(text):
        return (*gantt_text(text), GANTT_WARNING)
    if len(text) <= CALENDAR_CHARS and looks_like_notebook(text):
        return (*notebook_text(text), NOTEBOOK_WARNING)
    if len(text) <= CALENDAR_CHARS and (toml := toml_view(text)) is not None:
        return (*toml, TOML_WARNING)
    if len(text) <= CALENDAR_CHARS and looks_like_outliner(text):
        return (*outliner_text(text), OUTLINER_WARNING)
    if len(text) <= CALENDAR_CHARS and looks_like_org(text):
        # (an outline's paragraphs are hard-wrapped as often as not)
        return _then_unwrapped(*org_text(text), ORG_WARNING)
    if has_entities(text):
        return (*shown_text(text), ENTITY_WARNING)
    mended = mojibake_text(text)
    if mended is not None:
        return (*mended, MOJIBAKE_WARNING)
    columns = column_view(text) if len(text) <= CHUNK_CHARS else None
    if columns is not None:
        # (columns read one after the other may then be unwrapped, a table's rows laid out
        # whole left as they are)
        return _then_unwrapped(*columns[:2], COLUMNS_WARNING, laid=columns[2])
    unwrapped = unwrapped_text(text) if len(text) <= CHUNK_CHARS else None
    return None if unwrapped is None else (*unwrapped, UNWRAPPED_WARNING)


def _then_unwrapped(
    shown: str, where: OffsetMap, warning: str, laid: frozenset[int] = frozenset()
) -> tuple[str, OffsetMap, str]:
    """A view's text (``shown``, mapped to the input by ``where``) with its hard-wrapped
    paragraphs unwrapped when it has any (``laid``: its lines that are a table's rows laid
    out whole): both maps, one after the other, and both warnings. (A view longer than a
    piece is read as it is.)"""
    unwrapped = unwrapped_text(shown, laid) if len(shown) <= CHUNK_CHARS else None
    if unwrapped is None:
        return shown, where, warning
    both = f"{warning.split(';')[0]}; {UNWRAPPED_WARNING}"
    return unwrapped[0], composed(where, unwrapped[1]), both


def _facts(doc: Doc) -> dict[str, list]:
    data = extensions.store(doc)
    kinds = ("sentences", "places", "dates", "figures", "institutions", "officials", "events")
    return {kind: data.get(kind, []) for kind in kinds}


@cache
def default_extractor() -> Extractor:
    """The process-wide Extractor."""
    return Extractor()


def extract(text: str, source: str = "<text>", ref_date: str | None = None) -> Document:
    """Extract cities, officials, institutions, events and figures from one text."""
    return default_extractor().extract(text, source=source, ref_date=ref_date)
