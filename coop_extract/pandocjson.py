"""A document in Pandoc's JSON (its abstract syntax tree, ``pandoc -t json``) read as the
text it holds, with the map back to the input.

Pandoc writes each word as a ``{"t":"Str","c":"word"}`` element and each space between
words as ``{"t":"Space"}``; blocks (paragraphs, headings, list items' plain text) hold
those inlines, and the document's ``meta`` holds its title, author and date the same way.
The words show one character for one (a JSON escape stands for its character), a space or
a soft line break as one space standing for its element, a hard break as a line end; each
block closes with a blank line, each meta entry with a line end, its date after a
"Published: " label standing for the entry's key. Nothing else (attributes, identifiers,
the API version) shows.
"""

from __future__ import annotations

from . import recache
from .markup import JSON_TOKEN, OffsetMap, Shown, json_string

# the document's head: its API version, the first key Pandoc writes
_HEAD = recache.compile(r'\s*\{\s*"pandoc-api-version"\s*:')
# the elements whose inlines make a block of their own, closed by a blank line
_BLOCKS = frozenset({'"Para"', '"Plain"', '"Header"', '"LineBlock"'})
# the elements whose "c" is words: a word, a meta entry's plain string
_WORDS = frozenset({'"Str"', '"MetaString"'})
# what a space-like inline shows
_SPACING = {'"Space"': " ", '"SoftBreak"': " ", '"LineBreak"': "\n"}


def looks_like_pandoc(text: str) -> bool:
    """Is ``text`` a document in Pandoc's JSON?"""
    return _HEAD.match(text) is not None


def pandoc_text(text: str) -> tuple[str, OffsetMap, int]:
    """The text a Pandoc JSON document holds, the map of its characters back to
    ``text``, and 1 (one document)."""
    shown = Shown()
    tokens = list(JSON_TOKEN.finditer(text))
    # each open object: what shows as it closes ("\n\n" after a block, "\n" after a meta
    # entry, "" for any other)
    closing: list[str] = []
    meta = -1  # the depth of the "meta" object's entries while inside it
    entry = False  # a meta entry's key was read: its object opens next
    for k, tok in enumerate(tokens):
        t = tok.group()
        after = tokens[k + 2].group() if k + 2 < len(tokens) else ""
        keyed = k + 1 < len(tokens) and tokens[k + 1].group() == ":"
        if t == "{":
            closing.append("\n" if entry else "")
            entry = False
        elif t == "}" and closing:
            if end := closing.pop():
                shown.emit(end, tok.start(), tok.end())
            if len(closing) < meta:
                meta = -1  # (the meta object closed)
        elif t == '"t"' and keyed:
            if after in _SPACING:
                shown.emit(_SPACING[after], tokens[k + 2].start(), tokens[k + 2].end())
            elif after in _BLOCKS and closing:
                closing[-1] = "\n\n"
        elif t == '"c"' and keyed and after[:1] == '"' and tokens[k - 2].group() in _WORDS:
            value = tokens[k + 2]
            shown.place(*json_string(text, value.start(), value.end()))
        elif t == '"meta"' and keyed and after == "{":
            meta = len(closing) + 1
        elif t[:1] == '"' and keyed and after == "{" and len(closing) == meta:
            # a meta entry ("title", "date", "author"): a line of its own; the date's
            # after a label standing for its key
            if t == '"date"':
                shown.emit("Published: ", tok.start(), tok.end())
            entry = True
    return (*shown.result(), 1)
