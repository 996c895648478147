"""Small pure text helpers shared by the extractors: sentence bounds, words, normalisation."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from . import recache, resources
from .normalize import MONTHS

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Fr|Rev|Revd|St|No|Co|Ltd|Inc|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|vs|etc|Gov|Lt|Sen|Rep|Jr|Sr)|\b[A-Z]|\bU\.S|\be\.g|\bi\.e)\.$"
)
# ... but a month closing a range of months ends its sentence: "grew 26.8% in Jan-Oct. Huang
# will ..." (a day or a year would follow the month of a date)
_MONTHS_SHORT = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_MONTH_RANGE_END = re.compile(rf"\b(?:{_MONTHS_SHORT})[a-z]*\.?[-–](?:{_MONTHS_SHORT})\.$")
# a footnote's superscript mark: "... to integration.¹", "... Bay Area,² and ..."
SUPERSCRIPT = "[¹²³⁴-⁹⁰]"
# (a closing citation mark stays with its sentence: "... Technology Park.[3] The State ...",
# "... to integration.¹ In June 2023 ...")
# A chat export's message stamp at the head of a line, WhatsApp's "[18/11/2026, 08:05]" or
# "18/11/2026, 08:05 - ": the stamp is a sentence of its own (it heads the message's dated
# section, see ``dates.dated_sections``), and the message after it another.
CHAT_STAMP = (
    r"(?m:^(?:\[\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}"
    r"(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+-(?=[ \t])))"
)
# A social post's pictograph (an emoji, perhaps with its presentation selector)
PICTOGRAPH = r"[\u2600-\u27bf\U0001f300-\U0001faff]+\ufe0f?"
# (a social post ends a sentence with a pictograph after its words as often as with a
# stop: "... will add four daily sailings 🚢 Yesterday afternoon ..."; one that opens a line
# is its bullet)
# The opening of an official's résumé, as Chinese government pages write it: "Wu Guoqiang,
# male, Han nationality, born in September 1971 ..." (the officials read the name's post
# from the career below it; the events read no happening in it)
RESUME_OPENER = r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}),[ \t]+(?:male|female),"
_BOUNDARY = re.compile(
    # (a run of four dots or more is a directory's leader, "Director ........ Liang Wenbin",
    # and ends nothing)
    r"(?:(?<!\.)(?!\.{4})[.!?。！？]+[\"”’)\]]*(?:\[\d{1,3}\]|" + SUPERSCRIPT + r"+)*"
    r"|(?<=[\w.,!?)”\"][ \t])" + PICTOGRAPH + ")"
    r"(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*|"
    + CHAT_STAMP
    # (a CSV record's quoted field that ends a sentence: '"... this morning?",Anonymous,34')
    + r"|(?<=[.!?])[\"”](?=,\S)"
)
# A line broken inside a sentence (text wrapped at a fixed width, a subtitle's cue): the
# next line begins with a small letter after a word or a comma ("... the island has run\n
# its own customs regime"), or the line ends in a word that cannot end a sentence ("... an
# agreement with the\nHong Kong ..."). Never across a blank line, and a byline under a
# headline ("by Tiffany Lo") still starts a line of its own.
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*(?=\S)")
_BYLINE = re.compile(r"by\s+[A-Z]")
_LAST_WORD = re.compile(r"(?<![\w-])([A-Z][a-z]{1,8})\.?$")
_OPEN_END = re.compile(
    r"(?<![\w-])(?:the|of|and|with|to|in|for|a|an|at|on|from|its|their|by|than|into|between)$"
)
# a date wrapped between its day and its month: "held in Guangzhou on 20" over "November
# 2026 and ..." (the month in full, as a wrapped sentence writes it; normalize's MONTHS)
_DAY_END = re.compile(r"(?<![\w.,:/-])\d{1,2}$")
# a figure wrapped away from the word before it: "... via the bridge reached" over "10.7
# million in the first ten months" (a figure, then a word in small letters: not a list's
# number, "10. ", a chronology's year, nor a day, "2 to 6 January")
_WORD_END = re.compile(r"(?<![\w-])[a-z]{2,}$")
_FIGURE_START = re.compile(
    r"(?!\d{1,2}[.)][^\S\n]|(?:19|20)\d{2}(?:[^\S\n]{2,}|[^\S\n]*[—–:-]))"
    r"\d[\d,]*(?:\.\d+)?(?:%|[^\S\n](?!(?:to|and|or)\b)[a-z])"
)
_FULL_MONTHS = [max((k for k in MONTHS if MONTHS[k] == n), key=len) for n in range(1, 13)]
_MONTH_START = re.compile("(?:" + "|".join(m.capitalize() for m in _FULL_MONTHS) + r")\b")
# A list's item wrapped under its own text (a hanging indent): "- Since a pilot began at
# the port in July" over "  2023, clearance times ...", "2024  The two governments sign ...
# on 19" over "      September." The item's mark (a bullet, "(1)", "a.", a chronology's year)
# and the gap after it set the column its wrapped lines start at.
ITEM_MARK = r"(?:[-•*·▪●–]|\(?\d{1,2}[.)]|\([a-z]\)|[a-z][.)])"
_ITEM_HEAD = re.compile(rf"[ \t]*(?:{ITEM_MARK}|(?:19|20)\d{{2}}(?=[ \t]{{2}}))[ \t]+(?=\S)")
_INDENT = re.compile(r"[ \t]*")
_FIELD_OPENER = re.compile(r"[A-Z][\w'’&/ -]{0,30}:")
_WRAP_WIDTH = 60  # a line this long that breaks mid-sentence was wrapped to a width


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences: at line breaks and at . ! ? before a capital.

    Returns (start, end) character offsets with surrounding whitespace trimmed.
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if (
            m.group().startswith((".",))
            and _ABBREV.search(text[max(0, m.start() - 6) : m.start() + 1])
            and not _MONTH_RANGE_END.search(text, max(0, m.start() - 16), m.start() + 1)
        ):
            continue
        if m.group().startswith("\n") and _soft_break(text, m.start()):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        _push(text, start, end, bounds)
        start = m.end()
    _push(text, start, len(text), bounds)
    return bounds


# a list item's number or letter in brackets, opening a line: "(3) ", "(b) ", "(iv) "
_BRACKETED_ITEM = re.compile(r"\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)[^\S\n]")


def _soft_break(text: str, pos: int) -> bool:
    """Is the line break at ``pos`` inside a sentence?"""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    if pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in ",)"):
        return False
    nxt = _NEXT_LINE.match(text, pos)
    if nxt is None:
        return False
    after = nxt.end()
    if _BYLINE.match(text, after) or _BRACKETED_ITEM.match(text, after):
        return False  # (a list's next item: "...; and" over "(3) convene, with ...")
    return (
        text[after].islower()
        or bool(_OPEN_END.search(text, max(0, pos - 8), pos))
        or (_wrapped(text, pos) and _date_or_figure_wrap(text, pos, after))
        # a long line that ends with a comma goes on ("chaired by Mr Tony Wong," over
        # "Commissioner for Digital Policy, and ..."; never a short "Yours faithfully,", nor
        # a CSV record whose last field is empty: "...,2026-12-09 11:47,Answered,Trade,")
        or (text[pos - 1] == "," and _wrapped(text, pos) and not _csv_record(text, pos))
        or _hanging(text, pos, after)
        # a name wrapped after its honorific ("... the Executive Director, Mr" over "Dane
        # Cheng, and ...")
        or (
            (last := _LAST_WORD.search(text, max(0, pos - 12), pos)) is not None
            and last.group(1) in resources.honorific_words()
        )
        # a title or a place name wrapped between its words ("... and Nansha District Party"
        # over "Secretary Ms Wen ...", "... the presence of Hong" over "Kong officials")
        or _split_pair(text, pos, after)
        or (_wrapped(text, pos) and _split_name(text, pos, after))
    )


# a CSV record's field separator: a comma with no space after it (not a figure's "1,800")
_CSV_COMMA = re.compile(r"(?<!\d),(?=\S)|,(?=[^\s\d])")


def _csv_record(text: str, pos: int) -> bool:
    """Is the line that ends at ``pos`` a CSV record: three or more commas with no space
    after them?"""
    return len(_CSV_COMMA.findall(text, line_at(text, pos)[0], pos + 1)) >= 3


_END_WORD = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z]*)$")
_START_WORD = re.compile(r"[A-Z][A-Za-z]*")


def _split_pair(text: str, pos: int, after: int) -> bool:
    """Do the capitalised word that ends the line at ``pos`` and the one that opens the
    next line (at ``after``) belong together, two words of one title or of one place?"""
    last = _END_WORD.search(text, max(0, pos - 30), pos)
    first = _START_WORD.match(text, after)
    return (
        last is not None
        and first is not None
        and (last.group(1).lower(), first.group().lower()) in _joined_pairs()
    )


# a body's name cut before its head: "the Travel Industry" over "Council of Hong Kong"
_NAME_END = re.compile(r"(?:\bthe|[A-Z][\w'’&-]*)[^\S\n]+[A-Z][\w'’&-]*$")


def _split_name(text: str, pos: int, after: int) -> bool:
    """Does a capitalised name that ends the line at ``pos`` go on with a body's head word
    opening the next line ("... and the Travel Industry" over "Council of Hong Kong (TIC)
    will ...")?"""
    first = _START_WORD.match(text, after)
    return (
        first is not None
        and first.group() in _head_words()
        and _NAME_END.search(text, max(0, pos - 40), pos) is not None
    )


@cache
def _head_words() -> frozenset[str]:
    """The one-word heads of a body's name ("Council", "Bureau", "University")."""
    heads = resources.org_heads()["heads"]
    return frozenset(h for words in heads.values() for h in words if " " not in h)


@cache
def _joined_pairs() -> frozenset[tuple[str, str]]:
    """Word pairs a line break does not part: neighbours in a title ('party secretary',
    'vice mayor'; a modifier before a title's first word, 'deputy director') or in a place's
    name ('hong kong'), in small letters."""
    titles = resources.titles()
    pairs: set[tuple[str, str]] = set()
    mods = [m.lower() for m in titles["modifiers"]]
    for head in {h for words in titles["heads"].values() for h in words}:
        words = head.lower().replace("-", " ").split()
        pairs.update(pairwise(words))
        pairs.update((m, words[0]) for m in mods)
    for place in resources.places():
        for form in (place.name, *place.aliases):
            words = form.lower().split()
            pairs.update(pairwise(words))
    return frozenset(pairs)


def _wrapped(text: str, pos: int) -> bool:
    """Is the line that ends at ``pos`` long enough to have been wrapped to a width?"""
    return pos - (text.rfind("\n", 0, pos) + 1) >= _WRAP_WIDTH


def _date_or_figure_wrap(text: str, pos: int, after: int) -> bool:
    """Does the break at ``pos`` cut a date between its day and its month, or a figure from
    the word before it (the next line goes on from ``after``)?"""
    return (
        _DAY_END.search(text, max(0, pos - 4), pos) is not None
        and _MONTH_START.match(text, after) is not None
    ) or (
        _WORD_END.search(text, max(0, pos - 30), pos) is not None
        and _FIGURE_START.match(text, after) is not None
    )


def _hanging(text: str, pos: int, after: int) -> bool:
    """Is the line that ends at ``pos`` a wrapped list item's, its next line (from
    ``after``) starting at the item's text column? The line is wrapped to a width (long),
    and the next line opens no field of its own ("Contact: ...")."""
    line = text.rfind("\n", 0, pos) + 1
    if not _wrapped(text, pos) or _FIELD_OPENER.match(text, after):
        return False
    column = after - text.rfind("\n", 0, after) - 1
    for _ in range(4):  # the item's first line, over at most a few wrapped ones
        head = _ITEM_HEAD.match(text, line)
        if head is not None:
            return head.end() - line == column
        if _INDENT.match(text, line).end() - line != column or line == 0:
            return False
        line = text.rfind("\n", 0, line - 1) + 1
    return False


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


def trie_regex(words: list[str] | set[str] | dict, space: str = r"\s+") -> str:
    """An alternation of ``words`` as a prefix tree: ``(?:a(?:bc|d)|b)``.

    Python's ``re`` tries each branch of ``a|b|c`` in turn at every position; sharing
    prefixes makes a scan over hundreds of words (titles, number words, triggers)
    several times faster. Within each branch the longest continuation is tried first, so
    the longest phrase wins as in a sorted alternation. ``space`` replaces inner spaces.
    The text is kept in the pattern cache (``recache.memo``): building it took a tenth
    of a second at every start.
    """
    ordered = sorted(words)
    key = "trie\x00" + space + "\x00" + "\x01".join(ordered)
    return recache.memo(key, lambda: _build_trie(ordered, space))


def _build_trie(words: list[str], space: str) -> str:
    trie: dict = {}
    for word in words:  # sorted: the same pattern text in every process
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> tuple[str, int]:
        """Return (pattern, length of the longest word below) for a node."""
        parts = []
        for ch, child in node.items():
            if ch:
                body, depth = build(child)
                parts.append((depth + 1, (space if ch == " " else re.escape(ch)) + body))
        if not parts:
            return "", 0
        parts.sort(key=lambda p: -p[0])
        branches = [p for _, p in parts]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return (f"(?:{body})?" if "" in node else body), parts[0][0]

    return "(?:" + build(trie)[0] + ")"


# a line that holds more than white space
NONBLANK_LINE = recache.compile(r"[^\n]*\S[^\n]*")


def line_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """Each line of ``text`` (as ``str.splitlines`` cuts them): where it starts, where it
    ends before its break, and where the next line starts."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        yield pos, pos + len(raw.rstrip("\r\n")), pos + len(raw)
        pos += len(raw)


def known_lines(
    text: str, line: re.Pattern[str], names: frozenset[str], need: int = 3, within: int = 200
) -> bool:
    """Do ``need`` of the first ``within`` lines of ``text`` match ``line`` with a "name"
    group among ``names`` (a markup's commands: ".PP", "@chapter")?"""
    known = 0
    for k, (a, b, _) in enumerate(line_spans(text)):
        if k >= within:
            break
        m = line.match(text, a, b)
        if m is not None and m.group("name") in names:
            known += 1
            if known >= need:
                return True
    return False


# a line that is only a rule: "~~~", "-----" (over a page's footer, under a heading)
RULE_LINE = recache.compile(r"(?m)^[ \t]*[-=_*~]{3,}[ \t]*$")


def line_at(text: str, at: int) -> tuple[int, int]:
    """Where the line that holds offset ``at`` starts and ends (before its line break)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


# " of the " between a unit or a post and the body it belongs to
OF_THE = recache.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?")
# "the " right before a word (searched in a window that ends at it)
THE_BEFORE = recache.compile(r"\b[Tt]he[^\S\n]+$")

# What a superseded text said, told by a correction: "An earlier version of this story
# said ...", "The earlier version also misstated ..." (not "An earlier version of this
# paper was presented at the workshop"); in a text that corrects another ("ERRATUM",
# "Correction:"), also what the corrected release, story or report gave: "(The release
# gave the growth rate as 25.2 per cent.)". Its dates and figures are the wrong ones.
_TOLD_WRONG = (
    r"(?:\s+also)?\s+(?:said|stated|reported|gave|put|listed|misstated|misreported|"
    r"incorrectly|wrongly|mistakenly|misspelled|misidentified|referred|described|"
    r"(?:has\s+been|was)\s+(?:corrected|amended|updated))\b"
)
_EARLIER_VERSION = recache.compile(
    r"\b(?:[Aa]n|[Tt]he)\s+(?:earlier|previous)\s+version\b(?:\s+of\s+(?:this|the)\s+\w+)?"
    + _TOLD_WRONG
)
_CORRECTED_TEXT = recache.compile(
    r"\b[Tt]he\s+(?:original\s+)?(?:press\s+release|release|story|article|report|notice|"
    r"announcement)(?:\s+as\s+(?:first\s+)?(?:issued|published|posted))?" + _TOLD_WRONG
)
# a correction's heading or label: "ERRATUM", "Corrigendum", "Correction (17 April): ..."
_CORRECTING = recache.compile(
    r"(?im)^[^\S\n]*(?:errat(?:um|a)|corrigend(?:um|a)|corrections?|clarifications?)"
    r"[^\S\n]*(?:$|[:(])"
)


def corrects_another(text: str) -> bool:
    """Is ``text`` a correction of another text (a heading or label says so)?"""
    return _CORRECTING.search(text) is not None


def superseded(sentence: str, correcting: bool) -> bool:
    """Does ``sentence`` tell what a superseded text wrongly said (``correcting``: the
    whole text is a correction, see ``corrects_another``)?"""
    return _EARLIER_VERSION.search(sentence) is not None or (
        correcting and _CORRECTED_TEXT.search(sentence) is not None
    )


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_lowered: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """``text`` in lower case, the same length (so offsets hold), computed once per text.

    Python's ``re`` scans a case-insensitive alternation several times slower than a
    case-sensitive one; anchors and prefilters search this view instead. Where
    ``str.lower`` would change the length ("İ" becomes two characters), only ASCII is
    lowered.
    """
    global _lowered
    if _lowered[0] is text:
        return _lowered[1]
    low = text.lower()
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)
    _lowered = (text, low)
    return low


class Found:
    """A match found on the lowered view: its span, and its text cut from the text itself."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, index: int = 0) -> str:
        if index:
            raise IndexError("a Caseless match has no groups")
        return self._text[self._start : self._end]


class Caseless:
    """A case-insensitive alternation of words, searched fast.

    Python's ``re`` scans a case-insensitive alternation several times slower than a
    case-sensitive one. This pattern is written in lower case and searched on
    ``lowered(text)``; matches (``Found``) carry their span and the text as written. Build
    it from lower-cased words, never by lowering a pattern's source (``\\S`` would become
    ``\\s``).
    """

    def __init__(self, lower: re.Pattern[str]):
        self.lower = lower

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Found]:
        """Like ``re.Pattern.finditer``."""
        end = len(text) if endpos is None else endpos
        for m in self.lower.finditer(lowered(text), pos, end):
            yield Found(text, m.start(), m.end())

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        """Like ``re.Pattern.search``."""
        end = len(text) if endpos is None else endpos
        m = self.lower.search(lowered(text), pos, end)
        return None if m is None else Found(text, m.start(), m.end())


def windows(
    text: str, bounds: list[tuple[int, int]], anchor: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The sentences that hold at least one ``anchor`` match, as (start, end) spans.

    Extractors scan only these: a money pattern need not be tried in a sentence with no
    currency word, which is most of them. Without sentence bounds, the whole text.
    ``anchor`` is matched against ``lowered(text)``: write it in lower case, without
    ``re.I``.
    """
    low = lowered(text)
    if not bounds:
        return [(0, len(text))] if anchor.search(low) else []
    index = SentenceIndex(bounds)
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := anchor.search(low, pos)) is not None:
        s, e = index.bounds_of(m.start())
        if not (s <= m.start() < e):
            s, e = m.start(), m.end()
        out.append((s, e))
        pos = max(e, m.end())  # the rest of this sentence is in already
    return out


def windows_by_kind(
    text: str, bounds: list[tuple[int, int]], anchor: re.Pattern[str]
) -> dict[str, list[tuple[int, int]]]:
    """Like ``windows``, per kind of anchor: the name of the group of ``anchor`` that
    matched -> the sentences holding such a match, in order. A pattern that needs a
    month name is then tried only where a month name stands."""
    low = lowered(text)
    index = SentenceIndex(bounds)
    out: dict[str, list[tuple[int, int]]] = {}
    for m in anchor.finditer(low):
        s, e = index.bounds_of(m.start()) if bounds else (0, len(text))
        if not (s <= m.start() < e):
            s, e = m.start(), m.end()
        spans = out.setdefault(m.lastgroup or "", [])
        if not spans or spans[-1] != (s, e):
            spans.append((s, e))
    return out


def word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``word`` (not inside a longer word or hyphenation).

    Uses ``str.find``: far cheaper than a regex that opens with a look-behind, which
    ``re`` must try at every position.
    """
    out: list[tuple[int, int]] = []
    if not word:
        return out
    pos = text.find(word)
    while pos != -1:
        end = pos + len(word)
        before = text[pos - 1] if pos else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            out.append((pos, end))
        pos = text.find(word, pos + 1)
    return out


class SpanSet:
    """Non-overlapping (start, end) spans with O(log n) overlap tests, for long texts."""

    def __init__(self, spans: list[tuple[int, int]] | None = None):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in sorted(spans or []):  # overlapping inputs are merged into their union
            if self.ends and s < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], e)
            else:
                self.starts.append(s)
                self.ends.append(e)

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) overlap any span in the set?"""
        k = bisect_right(self.starts, start)
        if k and self.ends[k - 1] > start:
            return True
        return k < len(self.starts) and self.starts[k] < end

    def add(self, start: int, end: int) -> None:
        """Add a span; spans it overlaps are merged into it."""
        k = bisect_right(self.starts, start)
        if k and self.ends[k - 1] > start:  # overlaps the span before: grow that one
            k -= 1
            start = self.starts[k]
            end = max(end, self.ends[k])
            del self.starts[k], self.ends[k]
        while k < len(self.starts) and self.starts[k] < end:
            end = max(end, self.ends[k])
            del self.starts[k], self.ends[k]
        self.starts.insert(k, start)
        self.ends.insert(k, end)


class ByStart:
    """Items with a start offset, found by range in O(log n)."""

    def __init__(self, items: list, key=lambda item: item["start"]):
        pairs = sorted(((key(item), k) for k, item in enumerate(items)))
        self.starts = [p[0] for p in pairs]
        self.items = [items[p[1]] for p in pairs]

    def within(self, start: int, end: int) -> list:
        """The items whose start lies in [start, end)."""
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def word_count(text: str, step: int = 1 << 20) -> int:
    """``len(text.split())`` without a list of every word of a 50 MB text: counted in
    pieces of about ``step`` characters, cut at white space."""
    count = start = 0
    while start < len(text):
        end = min(len(text), start + step)
        while end < len(text) and not text[end].isspace():
            end += 1
        count += len(text[start:end].split())
        start = end
    return count


# What trigger searches return: a ``re`` match or a ``Found`` from a ``Caseless`` pattern.
MatchLike = re.Match[str] | Found


_CELL_SPLIT = {"|": recache.compile(r"[ \t]*\|[ \t]*"), " ": recache.compile(r"[ \t]{2,}|\t")}


def table_cells(line: str, split: str = " ") -> list[tuple[int, str]]:
    """A table row's cells, split by bars ("|") or by wide gaps and tabs (" "), and where
    each starts in the line (bars at its ends dropped)."""
    cells, at = [], 0
    for m in _CELL_SPLIT[split].finditer(line):
        cells.append((at, line[at : m.start()]))
        at = m.end()
    cells.append((at, line[at:]))
    if split == "|":
        cells = [c for k, c in enumerate(cells) if c[1].strip() or 0 < k < len(cells) - 1]
    return [(a + len(c) - len(c.lstrip()), c.strip()) for a, c in cells]


# a run of characters between spaces (shared with the institutions' and events' readers)
WORD = recache.compile(r"\S+")


def aligned_cells(line: str, head: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A row of a table aligned by spaces, read against its header's cells (``head``, as
    ``table_cells`` gives them): each word goes to the column whose header starts at or
    before it (or up to two places after it), so an empty cell stays empty and a cell
    that runs into the next column gives up its words there ("... Municipal Government
    Single": "Single" is the next column's). One cell for each of the header's."""
    starts = [a for a, _ in head]
    words: list[list[re.Match[str]]] = [[] for _ in head]
    for m in WORD.finditer(line):
        words[max(0, bisect_right(starts, m.start() + 2) - 1)].append(m)
    return [
        (ws[0].start(), line[ws[0].start() : ws[-1].end()]) if ws else (a, "")
        for a, ws in zip(starts, words, strict=True)
    ]
