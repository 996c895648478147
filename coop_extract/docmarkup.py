"""Two document markup languages read one for one: a wiki page's source (MediaWiki's
wikitext) and an AsciiDoc document.

As Markdown's marks are (``markup.markdown_view``), their marks turn to spaces, character
for character, so every offset stays the input's and a record quotes the source itself:

- wikitext: a link shows its label ("[[Xi River|Xi]]" reads "Xi", "[[Wuzhou]]" "Wuzhou", an
  external "[https://... the release]" "the release"), templates ("{{cite news |...}}", an
  infobox, nested ones too), references ("<ref name="gx" />", "<ref>...</ref>"), category
  and file links, bold and italic quotes and heading marks are spaces;
- AsciiDoc: the title's and sections' "=" marks, attribute entries (":toc: left"), block
  attributes ("[cols="1,3"]"), a table's "|===" rules and its cells' "|", constrained bold
  and italic marks ("*Ho Chun-yip*"), an admonition's label ("NOTE:"), a thematic break
  and a macro's target are spaces; a link's or a footnote's text stays
  ("link:https://...[full text]" reads "full text").

(A converter, pandoc or asciidoctor, would render either well but gives no map back to the
input, and is not a Python library one installs from the registry alone.)
"""

from __future__ import annotations

import re

from . import recache
from .markup import blank_except

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


_NOT_NEWLINE = recache.compile(r"[^\n]")


def _blanked(piece: str) -> str:
    """``piece`` as spaces, its line breaks kept (a template or a reference over lines)."""
    return _NOT_NEWLINE.sub(" ", piece)


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
        chars[a:b] = _blanked(text[a:b])
    blanked = "".join(chars)

    def blank(m: re.Match[str]) -> str:
        if m.group("link"):
            return blank_except(len(m.group()), [(m.start("label") - m.start(), m.group("label"))])
        if m.group("ext") and m.group("ext_label"):
            return blank_except(
                len(m.group()), [(m.start("ext_label") - m.start(), m.group("ext_label"))]
            )
        return _blanked(m.group())

    return _WIKI_MARK.sub(blank, blanked)


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
        return _blanked(m.group())

    return _ADOC_MARK.sub(blank, text)
