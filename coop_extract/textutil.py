"""Small pure text helpers shared by the extractors: sentence bounds, words, normalisation."""

from __future__ import annotations

import re
from bisect import bisect_right

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Co|Ltd|Inc|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec|vs|etc|Gov|Sen|Rep|Jr|Sr)|\b[A-Z]|\bU\.S|\be\.g|\bi\.e)\.$"
)
_BOUNDARY = re.compile(r"[.!?。！？]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences: at line breaks and at . ! ? before a capital.

    Returns (start, end) character offsets with surrounding whitespace trimmed.
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().startswith((".",)) and _ABBREV.search(
            text[max(0, m.start() - 6) : m.start() + 1]
        ):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        _push(text, start, end, bounds)
        start = m.end()
    _push(text, start, len(text), bounds)
    return bounds


def _push(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


class SentenceIndex:
    """Find the sentence that holds a character offset."""

    def __init__(self, bounds: list[tuple[int, int]]):
        self.bounds = bounds
        self._starts = [b[0] for b in bounds]

    def index(self, offset: int) -> int:
        """Return the index of the sentence holding ``offset`` (or the one before it)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def bounds_of(self, offset: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding ``offset``."""
        if not self.bounds:
            return (0, 0)
        return self.bounds[self.index(offset)]


def norm(text: str) -> str:
    """Fold case, curly quotes and runs of white space, for comparisons."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def is_headline(line: str) -> bool:
    """Guess whether a line is a headline or menu (most words capitalised, no full stop)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
    if len(words) < 3 or line.rstrip().endswith("."):
        return False
    small = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by", "as"}
    content = [w for w in words if w.lower() not in small]
    caps = sum(1 for w in content if w[0].isupper())
    return bool(content) and caps / len(content) >= 0.75
