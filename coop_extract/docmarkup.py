"""Document markup languages read one for one, a wiki page's source (MediaWiki's wikitext,
Textile), a Gemini page, a forum post's BBCode and an AsciiDoc document; a reference
library, BibTeX, RIS or EndNote's refer export, read one page per entry (``bibtex_text``,
``ris_text``, ``refer_text``) and a sitemap one page per link (``sitemap_text``), with their
maps back to the input.

As Markdown's marks are (``markup.markdown_view``), the first ones' marks turn to spaces,
character for character, so every offset stays the input's and a record quotes the source
itself:

- wikitext: a link shows its label ("[[Xi River|Xi]]" reads "Xi", "[[Wuzhou]]" "Wuzhou", an
  external "[https://... the release]" "the release"), templates ("{{cite news |...}}", an
  infobox, nested ones too), references ("<ref name="gx" />", "<ref>...</ref>"), category
  and file links, bold and italic quotes and heading marks are spaces;
- a Textile page (``textile_view``): a block's signature ("h2. ", "p(note). "), a table
  header's "_." and a macro ("{{toc}}") are spaces, a numbered item's "#" a bullet, a link
  shows its label, bold and italic marks go;
- a Gemini page's link line (``gemtext_view``) shows its label, its address a space;
- a forum post's BBCode (``bbcode_view``): a link shows its label, a list item's "[*]" is a
  bullet, an image's address and every other tag are spaces;
- a news database's export (Factiva, ``factiva_view``): its field codes ("HD", "PD", "LP")
  and the database's own fields (word count, copyright, index codes) are spaces; so are a
  LexisNexis document's database lines (``lexis_view``: "Section:", "Length:", "Body",
  "Classification", its index lines with their relevance scores, "Load-Date:");
- AsciiDoc: the title's and sections' "=" marks, attribute entries (":toc: left"), block
  attributes ("[cols="1,3"]"), a table's "|===" rules and its cells' "|", constrained bold
  and italic marks ("*Ho Chun-yip*"), an admonition's label ("NOTE:"), a thematic break
  and a macro's target are spaces; a link's or a footnote's text stays
  ("link:https://...[full text]" reads "full text").

(A converter, pandoc or asciidoctor, would render each well but gives no map back to the
input, and is not a Python library one installs from the registry alone.)
"""

from __future__ import annotations

import re

from . import recache
from .markup import XML_PROLOGUE, OffsetMap, Piece, Shown, blank_except, blanked, shown_text
from .textutil import NONBLANK_LINE

# A wiki page's marks: two kinds must show (a link and a template, a reference or bold).
_WIKI_LINK = recache.compile(r"\[\[[^\[\]\n]{1,300}\]\]")
_WIKI_OTHER = recache.compile(r"\{\{[^{}\n]{0,300}|<ref[\s>/]|'''[^'\n]")
_WIKI_MARK = recache.compile(
    r"(?P<ref><ref\b[^<>]{0,300}/>|<ref\b[^<>]{0,300}>.{0,3000}?</ref\s*>)"
    r"|(?P<meta>\[\[(?:Category|File|Image|Media):[^\[\]\n]{0,300}\]\])"
    r"|(?P<link>\[\[(?:[^\[\]|\n]{1,200}\|)?(?P<label>[^\[\]|\n]{1,200})\]\])"
    r"|(?P<ext>\[(?:https?:)?//[^\s\[\]]{1,500}(?:[ \t]+(?P<ext_label>[^\[\]\n]{1,200}))?\])"
    r"|(?P<quote>'{2,5})"
    r"|(?P<heading>^={1,6}[ \t]*|[ \t]*={1,6}[ \t]*$)"
    r"|(?P<magic>__[A-Z]{2,20}__)",
    re.MULTILINE | re.DOTALL,
)


def _templates(text: str) -> list[tuple[int, int]]:
    """The spans of the top-level templates ("{{...}}", nested ones inside them)."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for m in re.finditer(r"\{\{|\}\}", text):
        if m.group() == "{{":
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, m.end()))
    return spans


def looks_like_wikitext(text: str) -> bool:
    """Does ``text`` read as a wiki page's source: an internal link and a template, a
    reference or bold quotes?"""
    return "[[" in text and bool(_WIKI_LINK.search(text)) and bool(_WIKI_OTHER.search(text))


def wikitext_view(text: str) -> str:
    """``text`` with wikitext's marks turned to spaces, one for one (the text itself when it
    is no wiki source)."""
    if not looks_like_wikitext(text):
        return text
    chars = list(text)
    for a, b in _templates(text):
        chars[a:b] = blanked(text[a:b])
    untemplated = "".join(chars)

    def blank(m: re.Match[str]) -> str:
        if m.group("link"):
            return blank_except(len(m.group()), [(m.start("label") - m.start(), m.group("label"))])
        if m.group("ext") and m.group("ext_label"):
            return blank_except(
                len(m.group()), [(m.start("ext_label") - m.start(), m.group("ext_label"))]
            )
        return blanked(m.group())

    return _WIKI_MARK.sub(blank, untemplated)


# A note-taking app's vault note (Obsidian, Logseq, Foam): "[[Page]]" shows its page,
# "[[Page|shown words]]" its page too (the note's name for the thing, a reader's alias
# aside: "[[Hong Kong Biotechnology Organization|HKBIO]]"), an embed ("![[photo.jpg]]"),
# a callout's kind ("> [!info]"), a task's box ("- [ ]") and a task's dates (the Tasks
# plugin's "📅 2026-12-10" due, "⏳" scheduled, "🛫" start, "✅" done: deadlines, no
# happenings) are spaces.
_NOTE_MARK = recache.compile(
    r"(?P<embed>!\[\[[^\[\]\n]{1,300}\]\])"
    r"|(?P<link>\[\[(?P<page>[^\[\]|\n]{1,200})(?:\|[^\[\]\n]{1,200})?\]\])"
    r"|(?P<callout>(?<![^\s>])\[![\w-]{1,30}\][+-]?)"
    r"|(?P<box>(?<=[-*+] )\[[ xX]\](?=[ \t]))"
    r"|(?P<due>(?:📅|⏳|🛫|✅|➕)\ufe0f?[ \t]*\d{4}-\d{2}-\d{2})"
)


def note_view(text: str) -> str:
    """``text`` with a vault note's links, embeds, callout kinds, task boxes and task dates
    turned to spaces, one for one, a link showing its page (the text itself when it holds
    no "[[" link, and a wiki page's source, read by ``wikitext_view``)."""
    if "[[" not in text or looks_like_wikitext(text):
        return text

    def blank(m: re.Match[str]) -> str:
        if m.group("link"):
            return blank_except(len(m.group()), [(2, m.group("page"))])
        return blanked(m.group())

    return _NOTE_MARK.sub(blank, text)


# A Markdown slide deck for Marp ("marp: true" in its front matter): the deck's settings
# ("theme: gaia", "paginate: true") and a slide's directives ("<!-- _class: lead -->") are
# spaces, a header's or a footer's words stay (the key and its quotes go: the deck's
# "footer: "... · 20 November 2026"" dates it), a speaker's note loses its comment marks,
# and an image that styles a slide ("![bg right:40%](...)", "![w:300](...)") is spaces.
_MARP = recache.compile(r"\A---[ \t]*\r?\n(?:[^\n]*\n){0,30}?marp[ \t]*:[ \t]*true\b")
_MARP_MARK = recache.compile(
    r"(?P<setting>^(?!header|footer)[a-zA-Z]\w*[ \t]*:[^\n]*$)"
    r"|(?P<shown>^(?:header|footer)[ \t]*:[ \t]*[\"']?)(?P<value>[^\n]*?)(?P<end>[\"']?[ \t]*$)"
    r"|(?P<directive><!--[ \t]*_?[a-zA-Z]\w*[ \t]*:[^\n]*?-->)"
    r"|(?P<note><!--|-->)"
    r"|(?P<image>!\[(?:bg\b|[wh]:\d)[^\]\n]*\]\([^)\n]*\))",
    re.MULTILINE,
)


def marp_view(text: str) -> str:
    """``text`` with a Marp deck's settings, directives and styling images turned to spaces,
    one for one (the text itself when its front matter does not say "marp: true")."""
    if not text.startswith("---") or _MARP.match(text) is None:
        return text
    matter_end = text.find("\n---", 3)
    matter_end = len(text) if matter_end == -1 else matter_end

    def blank(m: re.Match[str]) -> str:
        if m.group("setting") is not None and m.start() > matter_end:
            return m.group()  # (a slide's "Partner: ..." line is its words)
        if m.group("shown") is not None:
            if m.start() > matter_end:
                return m.group()
            return blank_except(len(m.group()), [(m.start("value") - m.start(), m.group("value"))])
        return blanked(m.group())

    return _MARP_MARK.sub(blank, text)


# A forum post's BBCode (phpBB, vBulletin, Discourse's own): a link shows its label
# ("[url=https://...]the association[/url]" reads "the association"), a list's "[*]" is a
# bullet, an image's or a bare link's address and every other tag ("[b]", "[quote=...]",
# "[color=#C00000]", "[size=85]") are spaces. Two closing tags make a post of it.
_BB_TAGS = r"b|i|u|s|url|img|quote|list|color|size|font|center|left|right|code|spoiler|email|h[1-6]"
_BB_CLOSE = recache.compile(rf"\[/(?:{_BB_TAGS})\]", re.I)
_BB_MARK = recache.compile(
    rf"(?P<address>\[(?P<bare>img|url|email)(?:=[^\]\n]{{0,300}})?\][^\[\n]{{0,500}}\[/(?P=bare)\])"
    r"|(?P<item>\[\*\])"
    rf"|(?P<tag>\[/?(?:{_BB_TAGS})(?:=[^\]\n]{{0,300}}|[ \t][^\]\n]{{0,300}})?\])",
    re.I,
)


def bbcode_view(text: str) -> str:
    """``text`` with a forum post's BBCode turned to spaces, one for one (the text itself
    when it holds fewer than two closing tags)."""
    first = _BB_CLOSE.search(text)
    if first is None or _BB_CLOSE.search(text, first.end()) is None:
        return text

    def blank(m: re.Match[str]) -> str:
        if m.group("item"):
            return "-  "
        if m.group("address"):
            label = m.group()[m.group().index("]") + 1 : m.group().rindex("[")]
            if "=" in m.group()[: m.group().index("]")] and m.group("bare").lower() != "img":
                at = m.group().index("]") + 1
                return blank_except(len(m.group()), [(at, label)])
        return blanked(m.group())

    return _BB_MARK.sub(blank, text)


# A Textile page (a Redmine or Textpattern wiki's source): a block's signature ("h2. ",
# "p(note). ", "bq. ", "fn1. ") and a table's header mark ("|_. Item |") are spaces, a
# numbered item's "#" a bullet ("-"), a link shows its label ("\"the association\":https://
# ..." reads "the association"), an image, a macro ("{{toc}}") and constrained bold and
# italic marks ("*14 October 2026*", "_Customs pre-clearance_") are spaces. A heading's
# signature and another block's make a page of it.
_TX_ATTRS = r"(?:\([^()\n]{0,40}\)|\{[^{}\n]{0,80}\}|\[[^\[\]\n]{0,20}\]|[<>=]{1,2})*"
_TX_HEADING = recache.compile(rf"(?m)^h[1-6]{_TX_ATTRS}\.[ \t]")
_TX_BLOCK = recache.compile(rf"(?m)^(?:h[1-6]|p|bq|bc|pre|fn\d{{1,3}}){_TX_ATTRS}\.\.?[ \t]")
_TX_MARK = recache.compile(
    rf"(?P<block>^(?:h[1-6]|p|bq|bc|pre|fn\d{{1,3}}){_TX_ATTRS}\.\.?[ \t]+)"
    r"|(?P<item>^#+(?=[ \t]))"
    r"|(?P<cell>(?<=\|)(?:_|[<>=^~]|\\\d{1,2}|/\d{1,2}|\([^()\n]{0,40}\)|\{[^{}\n]{0,80}\})+"
    r"\.(?=[ \t]))"
    r"|(?P<macro>\{\{[^{}\n]{0,200}\}\})"
    r"|(?P<link>\"(?P<label>[^\"\n]{1,200})\":(?:https?://|/|\#|mailto:)[^\s<>\"]{0,500}"
    r"[^\s<>\".,;:!?)\]])"
    r"|(?P<image>!(?:https?://|/)[^\s!]{1,500}!)"
    r"|(?P<strong>(?<![\w*])\*{1,2}(?=[^\s*])(?P<strong_text>[^*\n]{1,200}?)(?<=[^\s*])"
    r"\*{1,2}(?![\w*]))"
    r"|(?P<em>(?<![\w_])_{1,2}(?=[^\s_])(?P<em_text>[^_\n]{1,200}?)(?<=[^\s_])_{1,2}(?![\w_]))",
    re.MULTILINE,
)


def looks_like_textile(text: str) -> bool:
    """Does ``text`` read as a Textile page: a heading's signature ("h1. ") and another
    block's further on?"""
    first = _TX_HEADING.search(text)
    return first is not None and _TX_BLOCK.search(text, first.end()) is not None


def textile_view(text: str) -> str:
    """``text`` with Textile's marks turned to spaces, one for one (the text itself when it
    is no Textile page)."""
    if not looks_like_textile(text):
        return text

    def blank(m: re.Match[str]) -> str:
        if m.group("item"):
            return "-" + " " * (len(m.group()) - 1)
        for group in ("label", "strong_text", "em_text"):
            if m.group(group):
                return blank_except(len(m.group()), [(m.start(group) - m.start(), m.group(group))])
        return blanked(m.group())

    return _TX_MARK.sub(blank, text)


# Djot's braced inline marks: "{_emphasis_}", "{*strong*}", "{=highlight=}", "{+insert+}",
# "{^superscript^}", "{~subscript~}" keep their words; "{-deleted-}" is a deletion, its
# words taken out (spaces, one for one)
_DJOT_MARK = recache.compile(r"\{(?P<mark>[_*=+^~-])(?P<body>[^{}\n]{1,300}?)(?P=mark)\}")


def djot_view(text: str) -> str:
    """``text`` with Djot's braced marks turned to spaces and its deletions taken out, one
    for one (the text itself when it holds none)."""
    if "{" not in text or _DJOT_MARK.search(text) is None:
        return text

    def blank(m: re.Match[str]) -> str:
        if m.group("mark") == "-":
            return blanked(m.group())
        return "  " + m.group("body") + "  "

    return _DJOT_MARK.sub(blank, text)


# A Gemini page's (gemtext's) link line, "=> gemini://host/path Label": the arrow and the
# address are spaces, the label stays (its headings, bullets and quotes are Markdown's)
_GEM_LINK = recache.compile(r"(?m)^=>[ \t]*[^\s]+[ \t]*")


def gemtext_view(text: str) -> str:
    """``text`` with gemtext's link lines shown as their labels, one for one (the text
    itself when no line opens with "=>")."""
    if not text.startswith("=>") and "\n=>" not in text:
        return text
    return _GEM_LINK.sub(lambda m: blanked(m.group()), text)


# An AsciiDoc document: its title line, then an attribute entry or a table's rule.
_ADOC_TITLE = recache.compile(r"\A(?:[ \t]*\n)*= \S[^\n]*\n")
_ADOC_HINT = recache.compile(r"(?m)^(?::[A-Za-z][\w-]*:(?:[ \t]|$)|\|===[ \t]*$|={2,6} \S)")
_ADOC_MARK = recache.compile(
    r"(?P<line>^:[A-Za-z!][\w-]*!?:[^\n]*$|^\[[^\[\]\n]*\][ \t]*$|^\|===[ \t]*$|^'{3,}[ \t]*$)"
    r"|(?P<heading>^={1,6}[ \t]+)"
    r"|(?P<admonition>^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+)"
    r"|(?P<cell>(?:^|(?<=[ \t]))[a-z0-9.+*^<>]{0,6}\|(?=[ \t]|\S))"
    r"|(?P<macro>\b(?:link|mailto|footnote|xref|image|kbd):(?:[^\s\[\]]{0,500})\[(?P<text>[^\]\n]{0,300})\])"
    r"|(?P<url>\bhttps?://[^\s\[\]]{1,500}\[(?P<url_text>[^\]\n]{1,300})\])"
    r"|(?P<strong>(?<![\w*])\*(?=[^\s*])(?P<strong_text>[^*\n]{1,200}?)(?<=[^\s*])\*(?![\w*]))"
    r"|(?P<em>(?<![\w_])_(?=[^\s_])(?P<em_text>[^_\n]{1,200}?)(?<=[^\s_])_(?![\w_]))",
    re.MULTILINE,
)


def looks_like_asciidoc(text: str) -> bool:
    """Does ``text`` open as an AsciiDoc document: a "= Title" line, then attribute
    entries, a table or a section further down?"""
    return bool(_ADOC_TITLE.match(text)) and bool(_ADOC_HINT.search(text))


def asciidoc_view(text: str) -> str:
    """``text`` with AsciiDoc's marks turned to spaces, one for one (the text itself when
    it is no AsciiDoc document)."""
    if not looks_like_asciidoc(text):
        return text

    def blank(m: re.Match[str]) -> str:
        for group in ("text", "url_text", "strong_text", "em_text"):
            if m.group(group):
                return blank_except(len(m.group()), [(m.start(group) - m.start(), m.group(group))])
        return blanked(m.group())

    return _ADOC_MARK.sub(blank, text)


# A news database's export (Dow Jones Factiva): each field on lines led by its code, "HD"
# the headline, "BY" the byline, "PD" the day, "SN" the source, "LP" and "TD" the lead and
# the rest of the text; the others (word count, time, copyright, companies, industries,
# subjects, regions, publisher, document number) are the database's. The codes of the
# article's own fields turn to spaces, the database's fields whole, one for one.
_FACTIVA_HEAD = recache.compile(r"\A(?:[ \t]*\n)*HD[ \t]")
_FACTIVA_SHOWN = ("HD", "BY", "CR", "PD", "SN", "LP", "TD", "CT")
_FACTIVA_FIELD = recache.compile(
    r"(?m)^(?P<code>HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPD|IPC|PUB"
    r"|AN|SE|ART)(?=[ \t]|$)[^\n]*"
)


def factiva_view(text: str) -> str:
    """``text`` with a Factiva export's field codes and the database's own fields blanked,
    one for one (the text itself unless it opens with a headline's "HD" and holds a "PD" and
    an "AN" line)."""
    if not _FACTIVA_HEAD.match(text) or "\nPD " not in text or "\nAN " not in text:
        return text

    def blank(m: re.Match[str]) -> str:
        code = m.group("code")
        if code in _FACTIVA_SHOWN:
            return " " * len(code) + m.group()[len(code) :]
        return " " * len(m.group())

    return _FACTIVA_FIELD.sub(blank, text)


# A news database's document (LexisNexis): the article's title, source, day, copyright and
# "Section:", "Length:" and "Byline:" lines, "Body", the text, then "Classification" and the
# database's index lines ("Subject: TRADE DELEGATIONS (90%); ...", "Load-Date: ...") and
# "End of Document". The database's lines turn to spaces, one for one (their relevance
# scores are no figures of the article, their day no day of its).
_LEXIS_END = recache.compile(r"(?m)^[ \t]*End of Document[ \t]*$")
_LEXIS_LINE = recache.compile(
    # (a field's label with its colon: a story's line "City officials said ..." stays)
    r"(?m)^[ \t]*(?:(?:Section|Length|Language|Publication-Type|Subject|Geographic|Industry"
    r"|Company|Organization|Person|Ticker|City|State|Country|Load-Date|Document-Type"
    r"|Journal-Code|Graphic|Notes|Correction-Date)[ \t]*:[^\n]*|Body|Classification"
    r"|End of Document)[ \t]*$"
)


def lexis_view(text: str) -> str:
    """``text`` with a LexisNexis document's database lines blanked, one for one (the text
    itself unless it holds "Body" and ends with "End of Document")."""
    if "End of Document" not in text or "Load-Date:" not in text or "\nBody" not in text:
        return text
    if _LEXIS_END.search(text) is None:
        return text
    return _LEXIS_LINE.sub(lambda m: " " * len(m.group()), text)


# A BibTeX or BibLaTeX library (a reference manager's export: Zotero, JabRef) read as one
# page per entry: its date first, so that the entry's words are told under it ("on Monday"
# in its abstract is the Monday before it), then the fields that are the work's own words
# in their order (title, authors, venue, abstract, note; a talk's event title, venue and
# days on one line). The library's bookkeeping (the key, an access date "urldate", a URL,
# a DOI, a report's number, keywords, a file) and whatever stands between entries
# (comments, "@string" abbreviations, "@comment{jabref-meta: ...}") show nothing. In a
# value a protecting brace ("{Hong Kong}") and a command's name ("\emph") show nothing, a
# tie "~" and a line break show as a space, an escaped sign as itself ("14.6\%" reads
# "14.6%") and "--" as a dash ("28--29 October 2026" reads "28–29 October 2026").
_BIB_ENTRY = recache.compile(r"(?m)^[ \t]*@(?P<type>[A-Za-z]{2,20})[ \t]*[{(]")
_BIB_KEY = recache.compile(r"[ \t]*[^,\s{}()=\"]*[ \t]*,")
_BIB_FIELD = recache.compile(r"\s*(?P<name>[A-Za-z][\w:.+-]{0,40})\s*=\s*")
_BIB_COMMA = recache.compile(r"\s*,")
_BIB_CLOSE = recache.compile(r"\s*[})]")
_BIB_OPENS = recache.compile(r"(?:[ \t]*(?:%[^\n]*)?\n)*[ \t]*@[A-Za-z]{2,20}[ \t]*[{(]")
_BIB_BARE = recache.compile(r"[A-Za-z0-9_.:+/-]{1,100}")
_BIB_HIDDEN_TYPES = frozenset({"comment", "string", "preamble"})
# the field that dates the page (the first one an entry has)
_BIB_DATES = ("date", "year")
# a talk's or a paper's event, shown on one line: "Forum, Xining, 2026-10-28 to 2026-10-29"
_BIB_EVENT = ("eventtitle", "venue", "eventdate")
# the work's title, shown first under its date (the page's headline)
_BIB_TITLES = frozenset({"title", "subtitle", "titleaddon"})
_BIB_SHOWN = frozenset(
    {
        "title", "subtitle", "titleaddon", "booktitle", "maintitle", "journal",
        "journaltitle", "author", "editor", "organization", "institution", "publisher",
        "school", "location", "address", "note", "abstract", "annotation", "annote",
        "addendum", "howpublished",
    }
)  # fmt: skip
_BIB_IN_VALUE = recache.compile(
    r"(?P<escaped>\\[%$&#_{}])|(?P<dash>-{2,3})|(?P<space>~|\s+)|\\[A-Za-z]+\*?|\\.|[{}]"
)


def looks_like_bibtex(text: str) -> bool:
    """Does ``text`` open as a BibTeX library: an entry ("@type{key,") first, past blank
    and comment lines? (A post that ends with its citation's entry is no library.)"""
    return (
        text[:1000].lstrip()[:1] in ("@", "%")
        and _BIB_OPENS.match(text) is not None
        and any(
            entry.group("type").lower() not in _BIB_HIDDEN_TYPES
            and _BIB_KEY.match(text, entry.end()) is not None
            for entry in _BIB_ENTRY.finditer(text)
        )
    )


def _bib_value(text: str, at: int) -> tuple[list[tuple[int, int]], int] | None:
    """The pieces of a field's value from ``at`` ("{...}", "\"...\"", a bare word or number,
    joined with "#") as the spans of their insides, and where the value ends; None when
    no value stands there."""
    pieces: list[tuple[int, int]] = []
    n = len(text)
    while True:
        while at < n and text[at].isspace():
            at += 1
        if at >= n:
            return None
        if text[at] in '{"':
            close = "}" if text[at] == "{" else '"'
            depth, k = 0, at + 1
            while k < n:
                c = text[k]
                if c == "\\":
                    k += 2
                    continue
                if c == "{":
                    depth += 1
                elif c == "}" and depth:
                    depth -= 1
                elif c == close and depth == 0:
                    break
                elif c == "}":  # (a quoted value cut short by the entry's end)
                    return None
                k += 1
            if k >= n:
                return None
            pieces.append((at + 1, k))
            at = k + 1
        else:
            m = _BIB_BARE.match(text, at)
            if m is None:
                return None
            pieces.append(m.span())
            at = m.end()
        k = at
        while k < n and text[k].isspace():
            k += 1
        if k < n and text[k] == "#":
            at = k + 1
            continue
        return pieces, at


def _bib_shown(text: str, pieces: list[tuple[int, int]]) -> Piece:
    """A field's value as it reads (braces and commands left out, ties, line breaks and
    runs of spaces as one space, escaped signs and dashes as themselves) and the input
    span of each of its characters."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for a, b in pieces:
        last = a
        for m in _BIB_IN_VALUE.finditer(text, a, b):
            chars.extend(text[last : m.start()])
            spans.extend((k, k + 1) for k in range(last, m.start()))
            last = m.end()
            if m.group("escaped"):
                shown = m.group()[1]
            elif m.group("dash"):
                shown = "\u2013" if len(m.group()) == 2 else "\u2014"
            elif m.group("space"):
                shown = " "
            else:
                continue
            chars.append(shown)
            spans.append(m.span())
        chars.extend(text[last:b])
        spans.extend((k, k + 1) for k in range(last, b))
    start, end = 0, len(chars)
    while start < end and chars[start] == " ":
        start += 1
    while end > start and chars[end - 1] == " ":
        end -= 1
    return "".join(chars[start:end]), spans[start:end]


def _bib_entries(text: str) -> list[tuple[int, int, list[tuple[str, Piece]] | None]]:
    """Each entry's span and fields (its name in small letters, its shown value), in
    order; an abbreviation's, a comment's or a preamble's span with None."""
    entries: list[tuple[int, int, list[tuple[str, Piece]] | None]] = []
    last = 0
    for entry in _BIB_ENTRY.finditer(text):
        if entry.start() < last:
            continue  # (an "@" opening a line inside an entry's value)
        if entry.group("type").lower() in _BIB_HIDDEN_TYPES:
            value = _bib_value(text, entry.end() - 1)
            last = value[1] if value is not None else entry.end()
            entries.append((entry.start(), last, None))
            continue
        key = _BIB_KEY.match(text, entry.end())
        if key is None:
            continue
        fields: list[tuple[str, Piece]] = []
        at = key.end()
        while (field := _BIB_FIELD.match(text, at)) is not None:
            value = _bib_value(text, field.end())
            if value is None:
                break
            pieces, at = value
            shown = _bib_shown(text, pieces)
            if shown[0]:
                fields.append((field.group("name").lower(), shown))
            comma = _BIB_COMMA.match(text, at)
            if comma is None:
                break
            at = comma.end()
        close = _BIB_CLOSE.match(text, at)
        last = close.end() if close is not None else at
        entries.append((entry.start(), last, fields))
    return entries


def _bib_between(shown: Shown, text: str, a: int, b: int) -> None:
    """The lines between entries, as they are, but blank ones and comments ("% ...")."""
    for line in NONBLANK_LINE.finditer(text, a, b):
        if not line.group().lstrip().startswith("%"):
            end = line.end() + (line.end() < b and text[line.end()] == "\n")
            shown.copy(text, line.start(), end)
            if end == line.end():
                shown.emit("\n", end, end)


def _bib_page(fields: list[tuple[str, Piece]]) -> list[Piece]:
    """An entry's lines: its date, its title, its other shown fields in order (its event's
    on one line), then a blank line; none when it shows nothing."""
    values = dict(reversed(fields))  # (a field given twice: the first)
    lines = [value for name, value in fields if name in _BIB_TITLES]
    dated = next((values[name] for name in _BIB_DATES if name in values), None)
    if dated is not None:
        lines.append(dated)
    event_at = None
    for name, value in fields:
        if name in _BIB_SHOWN and name not in _BIB_TITLES:
            lines.append(value)
        elif name in _BIB_EVENT and event_at is None:
            event_at = len(lines)
    if event_at is not None:
        chars, spans = "", []
        for name in _BIB_EVENT:
            if name in values:
                value, where = values[name]
                if name == "eventdate":  # an ISO range: "2026-10-28/2026-10-29"
                    cut = value.find("/")
                    if cut > 0:
                        value = f"{value[:cut]} to {value[cut + 1 :]}"
                        where = where[:cut] + [where[cut]] * 4 + where[cut + 1 :]
                if chars:
                    chars += ", "
                    spans += [spans[-1]] * 2
                chars += value
                spans += where
        lines.insert(event_at, (chars, spans))
    if not lines:
        return []
    page = [(chars + "\n", [*spans, (spans[-1][1], spans[-1][1])]) for chars, spans in lines]
    page.append(("\n", [page[-1][1][-1]]))
    return page


def _place_page(shown: Shown, fields: list[tuple[str, Piece]]) -> bool:
    """Place an entry's page (``_bib_page``) in ``shown``; does it show anything?"""
    page = _bib_page(fields)
    for chars, spans in page:
        shown.place(chars, spans)
    return bool(page)


def bibtex_text(text: str) -> tuple[str, OffsetMap, int]:
    """The pages a BibTeX library's entries stand for (and the lines between them that are
    no comments), the map of their characters back to ``text``, and how many entries
    show anything."""
    shown = Shown()
    pages = 0
    last = 0
    for start, end, fields in _bib_entries(text):
        _bib_between(shown, text, last, start)
        last = end
        pages += _place_page(shown, fields or [])
    _bib_between(shown, text, last, len(text))
    return (*shown.result(), pages)


# An RIS file (the other reference managers' export: EndNote, Zotero, Mendeley) read as a
# BibTeX library is, one page per record from "TY  - NEWS" to "ER  -": each tag names the
# BibTeX field it stands for (TI the title, DA the date, AU an author, T2 the journal or, for
# a conference paper, the event, AB the abstract ...); the access date (Y2), URL, keywords,
# pages and numbers show nothing. A date "2026/10/28/" reads "2026-10-28".
_RIS_LINE = recache.compile(r"(?m)^(?P<tag>[A-Z][A-Z0-9])  -(?: (?P<value>[^\n]*))?$")
_RIS_OPENS = recache.compile(r"(?:[ \t]*\n)*TY  - [A-Z]{2,8}[ \t]*\n")
_RIS_FIELDS = {
    "TI": "title", "T1": "title", "CT": "title", "AU": "author", "A1": "author",
    "A2": "editor", "ED": "editor", "T2": "journaltitle", "JO": "journaltitle",
    "JF": "journaltitle", "JA": "journaltitle", "BT": "booktitle", "DA": "date",
    "Y1": "date", "PY": "year", "CY": "location", "PB": "publisher", "AB": "abstract",
    "N2": "abstract", "N1": "note",
}  # fmt: skip
# a conference paper's secondary title is its event, its place the event's
_RIS_EVENT_TYPES = frozenset({"CONF", "CPAPER"})
_RIS_EVENT_FIELDS = {"T2": "eventtitle", "CY": "venue", "DA": "eventdate"}


def looks_like_ris(text: str) -> bool:
    """Does ``text`` open as an RIS file ("TY  - NEWS" first, past blank lines)?"""
    return text[:1000].lstrip()[:2] == "TY" and _RIS_OPENS.match(text) is not None


def _ris_date(value: str, spans: list[tuple[int, int]]) -> Piece:
    """An RIS date ("2026/10/28/", "2026/10//", "2026///") as ISO ("2026-10-28", "2026-10",
    "2026"), each character from its place."""
    parts = value.split("/")
    chars, where, at = "", [], 0
    for part in parts[:3]:
        if not part.isdigit():
            break
        if chars:
            chars += "-"
            where.append(spans[at - 1])
        chars += part
        where += spans[at : at + len(part)]
        at += len(part) + 1
    return (chars, where) if chars else (value, spans)


def _goes_on(fields: list[tuple[str, list]], text: str, at: int, row: str) -> None:
    """An untagged line of a tagged record (a long abstract's next line, at ``at``): the
    last field's value goes on with it, after a space."""
    if fields:
        a = at + len(row) - len(row.lstrip())
        b = at + len(row.rstrip())
        fields[-1][1][0] += " " + text[a:b]
        fields[-1][1][1] += [(a - 1, a), *((k, k + 1) for k in range(a, b))]


def ris_text(text: str) -> tuple[str, OffsetMap, int]:
    """The pages an RIS file's records stand for, the map of their characters back to
    ``text``, and how many records show anything."""
    shown = Shown()
    pages = 0
    kind = ""
    fields: list[tuple[str, list]] = []  # (BibTeX name, [shown value, its spans])

    def flush() -> None:
        nonlocal pages
        pages += _place_page(shown, [(name, (chars, where)) for name, (chars, where) in fields])
        fields.clear()

    for line in NONBLANK_LINE.finditer(text):
        row = line.group()
        m = _RIS_LINE.match(row)
        if m is None:
            _goes_on(fields, text, line.start(), row)
            continue
        tag, raw = m.group("tag"), m.group("value") or ""
        value = raw.strip()
        start = line.start() + m.start("value") + len(raw) - len(raw.lstrip()) if raw else 0
        spans = [(k, k + 1) for k in range(start, start + len(value))]
        if tag == "TY":
            kind = value
        elif tag == "ER":
            flush()
        elif value and (tag in _RIS_FIELDS or tag in _RIS_EVENT_FIELDS):
            names = [_RIS_FIELDS.get(tag)]
            if kind in _RIS_EVENT_TYPES and tag in _RIS_EVENT_FIELDS:
                names = [_RIS_EVENT_FIELDS[tag], "date" if tag == "DA" else None]
            chars, where = _ris_date(value, spans) if tag in ("DA", "Y1", "PY") else (value, spans)
            fields += [(name, [chars, list(where)]) for name in names if name is not None]
    flush()  # (a file cut short: its last record still counts)
    return (*shown.result(), pages)


# An EndNote or refer export ("%0 Newspaper Article", "%T ...", "%D 2026", "%8 November 9")
# read as an RIS file is, one page per record (a record ends at a blank line or the next
# "%0"): %T the title, %A an author, %B the newspaper or the book (a conference paper's:
# its event, and %C the event's place), %X the abstract, %Z a note. The date is EndNote's
# "%8" day with the "%D" year after it ("November 9, 2026"), or "%D" alone; the access date
# ("%["), URL, keywords, pages, numbers and database show nothing.
_REFER_LINE = recache.compile(r"%(?P<tag>[0-9A-Z@!#$&*+^~\[\]|?]) ?(?P<value>[^\n]*)")
_REFER_OPENS = recache.compile(r"(?:[ \t]*\n)*%[0A-Z] [^\n]*\S[^\n]*\n%[0-9A-Z@~\[] ")
_REFER_FIELDS = {
    "T": "title", "A": "author", "E": "editor", "B": "journaltitle", "J": "journaltitle",
    "C": "location", "I": "publisher", "X": "abstract", "Z": "note",
}  # fmt: skip
_REFER_EVENT_TYPES = frozenset({"Conference Paper", "Conference Proceedings"})
_REFER_EVENT_FIELDS = {"B": "eventtitle", "C": "venue"}
_YEAR = recache.compile(r"\b(?:1[89]|2[01])\d\d\b")
_ANY_LINE = recache.compile(r"(?m)^[^\n]*")


def looks_like_refer(text: str) -> bool:
    """Does ``text`` open as an EndNote or refer export: tagged lines ("%0 Newspaper
    Article", "%T ...") first, past blank lines, every line of its first record one?"""
    head = text[:1000].lstrip()
    if head[:1] != "%" or _REFER_OPENS.match(text) is None:
        return False
    record = head.split("\n\n", 1)[0].splitlines()
    tags = [row[1:2] for row in record if _REFER_LINE.fullmatch(row.rstrip())]
    return "T" in tags and len(tags) >= 3 and len(tags) * 2 >= len(record)


def _refer_date(values: dict[str, Piece]) -> Piece | None:
    """A record's date: its "%8" day with the "%D" year after it when the day has none
    ("November 9" and "2026" read "November 9, 2026"), else either alone."""
    day, year = values.get("8"), values.get("D")
    if day is None or year is None or _YEAR.search(day[0]) is not None:
        return day or year
    return day[0] + ", " + year[0], [*day[1], *[day[1][-1]] * 2, *year[1]]


def refer_text(text: str) -> tuple[str, OffsetMap, int]:
    """The pages an EndNote or refer export's records stand for, the map of their
    characters back to ``text``, and how many records show anything."""
    shown = Shown()
    pages = 0
    kind = ""
    tagged: list[tuple[str, list]] = []  # (tag, [shown value, its spans])

    def flush() -> None:
        nonlocal pages, kind
        values = {tag: (chars, where) for tag, (chars, where) in reversed(tagged)}
        event = kind in _REFER_EVENT_TYPES
        names = {**_REFER_FIELDS, **(_REFER_EVENT_FIELDS if event else {})}
        fields = [(names[tag], (c, w)) for tag, (c, w) in tagged if tag in names]
        dated = _refer_date(values)
        if dated is not None:
            fields.insert(0, ("date", dated))
            if event:
                fields.append(("eventdate", dated))
        pages += _place_page(shown, fields)
        tagged.clear()
        kind = ""

    for line in _ANY_LINE.finditer(text):
        row = line.group()
        m = _REFER_LINE.fullmatch(row.rstrip())
        if not row.strip():
            if tagged:
                flush()
            continue
        if m is None:
            _goes_on(tagged, text, line.start(), row)
            continue
        tag, raw = m.group("tag"), m.group("value")
        value = raw.strip()
        start = line.start() + m.start("value") + len(raw) - len(raw.lstrip())
        if tag == "0":
            if tagged:
                flush()
            kind = value
        elif value:
            tagged.append((tag, [value, [(k, k + 1) for k in range(start, start + len(value))]]))
    if tagged:
        flush()
    return (*shown.result(), pages)


# A sitemap (a news site's "sitemap-news.xml") read as one page per link, as a library's
# entries are: each "<url>"'s news (or video) title, its day (the news publication date,
# else the page's last change) and its images' titles and captions and videos'
# descriptions. The link itself, the paper's name and language, keywords and crawl hints
# show nothing. A value's entities and CDATA are decoded, every character mapped.
_SITEMAP_OPENS = recache.compile(XML_PROLOGUE + r"<urlset\b", re.DOTALL)
_SITEMAP_URL = recache.compile(r"<url\b[^<>]*>(.*?)</url\s*>", re.DOTALL)
# each shown element, and the BibTeX field it stands for (its title, date or abstract)
_SITEMAP_FIELDS = {
    "news:title": "title", "video:title": "title", "image:title": "abstract",
    "news:publication_date": "date", "video:publication_date": "date", "lastmod": "year",
    "image:caption": "abstract", "video:description": "abstract",
}  # fmt: skip
_SITEMAP_VALUE = recache.compile(
    rf"<(?P<tag>{'|'.join(_SITEMAP_FIELDS)})\b[^<>]*>(?P<value>.*?)</(?P=tag)\s*>", re.DOTALL
)
_CDATA = recache.compile(r"<!\[CDATA\[|\]\]>")
# a stamp's day, before its hour if it has one ("2026-11-19T08:30:00+08:00", an SQL dump's
# "2026-11-10 09:15:00")
ISO_DAY = recache.compile(r"\d{4}-\d{2}-\d{2}(?=$|[ T])")


def looks_like_sitemap(text: str) -> bool:
    """Does ``text`` open as a sitemap ("<urlset>" after the XML declaration)?"""
    return _SITEMAP_OPENS.match(text[:1000]) is not None


def element_value(text: str, a: int, b: int) -> Piece:
    """An XML element's value ``text[a:b]`` as it reads (CDATA marks left out, entities
    decoded, spaces trimmed) and the input span of each character."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    last = a
    for m in [*_CDATA.finditer(text, a, b), None]:
        end = m.start() if m is not None else b
        shown, where = shown_text(text[last:end])
        chars.append(shown)
        spans += [(last + where.starts[k], last + where.ends[k]) for k in range(len(shown))]
        last = m.end() if m is not None else b
    value = "".join(chars)
    start = len(value) - len(value.lstrip())
    end = len(value.rstrip())
    return value[start:end], spans[start:end]


def sitemap_text(text: str) -> tuple[str, OffsetMap, int]:
    """The pages a sitemap's links stand for, the map of their characters back to
    ``text``, and how many links show anything."""
    shown = Shown()
    pages = 0
    for url in _SITEMAP_URL.finditer(text):
        fields: list[tuple[str, Piece]] = []
        for m in _SITEMAP_VALUE.finditer(text, url.start(1), url.end(1)):
            chars, spans = element_value(text, m.start("value"), m.end("value"))
            name = _SITEMAP_FIELDS[m.group("tag")]
            if name in _BIB_DATES and (day := ISO_DAY.match(chars)) is not None:
                chars, spans = chars[: day.end()], spans[: day.end()]  # (its day, no hour)
            if chars:
                fields.append((name, (chars, spans)))
        pages += _place_page(shown, fields)
    return (*shown.result(), pages)
