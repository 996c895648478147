"""A gettext translation file (PO) read as the text it translates, with the map back to
the input.

A government portal's English pages are often kept as PO files: each entry holds a
source string ("msgid", here the Chinese original) and its translation ("msgstr"), each
written as one or more quoted strings over lines, with comments before it (a translator's
"# ...", an extracted "#. headline", a reference "#: news/1187.html:9", flags "#, fuzzy").
Each entry is laid out as a paragraph of its translation, its strings joined as gettext
joins them and their escapes decoded ("\\n" a line break, "\\"" a quote); an entry not yet
translated, or whose translation is marked fuzzy (a draft gettext itself never shows),
shows its source instead. The header entry (its empty msgid), comments and obsolete
entries ("#~ msgid ...") show nothing.
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown
from .textutil import line_spans

# a keyword line: "msgid", "msgstr", "msgstr[0]", "msgctxt", "msgid_plural", then a string
_KEYWORD = recache.compile(
    r"[ \t]*(?P<key>msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+(?=\")"
)
_STRING = recache.compile(r"[ \t]*\"(?P<body>(?:[^\"\\\n]|\\.)*)\"[ \t]*\r?$")
_ESCAPE = recache.compile(r"\\(.)")
_DECODED = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": ""}
_ENTRY_START = recache.compile(r"(?m)^[ \t]*msgid[ \t]+\"")


def looks_like_po(text: str) -> bool:
    """Is ``text`` a PO file: two entries or more, each a msgid with a msgstr, and nothing
    but entries, their strings and comments?"""
    if "msgid" not in text or "msgstr" not in text:
        return False
    first = _ENTRY_START.search(text)
    if first is None or _ENTRY_START.search(text, first.end()) is None:
        return False
    for line in text.splitlines():
        stripped = line.strip()
        if not (
            not stripped or stripped.startswith(("#", '"')) or _KEYWORD.match(line) is not None
        ):
            return False  # (a text that quotes a PO file is no PO file)
    return True


def _entries(text: str) -> list[dict]:
    """The entries of a PO file: each keyword's string pieces (the spans of their bodies),
    and whether the entry is marked fuzzy."""
    entries: list[dict] = []
    entry: dict | None = None
    key = None
    fuzzy = False
    for pos, end, _ in line_spans(text):
        line = text[pos:end]
        stripped = line.lstrip()
        keyword = _KEYWORD.match(line)
        string = None
        if keyword is not None:
            key = keyword.group("key")
            if key in ("msgctxt", "msgid") and (entry is None or "msgid" in entry):
                entry = {"fuzzy": fuzzy}
                entries.append(entry)
                fuzzy = False
            string = _STRING.match(line, keyword.end())
        elif stripped.startswith('"'):
            string = _STRING.match(line)  # (a string continuing the keyword's)
        elif stripped.startswith("#,"):
            fuzzy = fuzzy or "fuzzy" in stripped
            key = None
        elif stripped.startswith("#") or not stripped:
            key = None  # (a comment, an obsolete entry's "#~" lines, a blank line)
        if string is not None and entry is not None and key is not None:
            entry.setdefault(key, []).append((pos + string.start("body"), pos + string.end("body")))
    return entries


def po_text(text: str) -> tuple[str, OffsetMap, int]:
    """The text a PO file translates, each entry a paragraph, the map of its characters
    back to ``text``, and how many entries are shown."""
    shown = Shown()
    count = 0
    for entry in _entries(text):
        source = entry.get("msgid", [])
        if all(a == b for a, b in source):
            continue  # (the header entry: the file's own metadata)
        translation = entry.get("msgstr") or entry.get("msgstr[0]") or []
        translated = any(a < b for a, b in translation) and not entry["fuzzy"]
        pieces = translation if translated else source
        for a, b in pieces:
            shown.copy_decoded(text, a, b, _ESCAPE, _DECODED)
        end = pieces[-1][1]
        shown.emit("\n\n", end, end)
        count += 1
    return (*shown.result(), count)
