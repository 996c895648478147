"""Shared pieces of the figure extractors: number and qualifier patterns, subjects."""

from __future__ import annotations

import re
from functools import cache

from .. import recache, resources
from ..normalize import NUMBER_AFTER_CODE_RE, NUMBER_RE, number_words_re
from ..textutil import trie_regex

# How far around a figure its subject, period and direction are looked for. Bounded, so
# that a text with thousands of figures and no full stop stays linear.
CONTEXT = 300

# Verbs that link a measured quantity (the subject) to its figure.
_LINK_VERBS = recache.compile(
    r"\b(?:increased|increase|rose|rise|grew|grow|jumped|surged|climbed|fell|declined|dropped|"
    r"decreased|reached|reach|hit|totaled|totalled|totaling|totalling|amounted|stood|was|were|"
    r"is|are|will\s+be|would\s+be|has\s+been|have\s+been|exceeded|topped|accounted|worth|"
    r"valued|registered|recorded|attracted|invested|raised)\b",
    re.I,
)
_CLAUSE_BREAK = recache.compile(r"[,;:(]|\b(?:while|which|among which|of which|that)\b")
_LEADING_TIME = recache.compile(
    r"^(?:(?:in|during|by|as of|from|for|since)\s+(?:the\s+)?[\w\s-]{0,30}?\d{4}|"
    r"(?:in|during)\s+[A-Z][a-z]+|(?:the|a|an|its|their|his|her|our|after|as|while|since|because|"
    r"when|though|although|but|and|so|with|whereas)\b)\s*,?\s*",
)


# The longest stretch a qualifier ("more than", "as much as") and its spaces take before
# the number it qualifies.
QUAL_REACH = 80
# What stands for the qualifier in a pattern's core (no qualifier, the group kept empty).
NO_QUAL = "(?P<qual>)"


def narrowed(
    text: str, spans: list[tuple[int, int]], core: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Cut each window to where a figure can start, or drop it.

    ``core`` is a figure pattern without its leading optional qualifier, which ``re`` must
    try at every position and which made the full patterns three to five times slower.
    A full match holds a core match, so a window without one holds no figure, and none
    starts more than ``QUAL_REACH`` characters before the first core. The full pattern
    then runs on what is left and finds exactly what it found on the whole window.
    """
    out = []
    for s, e in spans:
        m = core.search(text, s, e)
        if m is not None:
            out.append((max(s, m.start() - QUAL_REACH), e))
    return out


@cache
def qualifier_re() -> str:
    """A regex alternation of qualifier phrases ('more than', 'nearly', ...)."""
    return trie_regex(resources.numbers()["qualifiers"])


def qualifier_value(phrase: str | None) -> str | None:
    """Return the canonical qualifier for a phrase ('over' -> 'more than')."""
    if not phrase:
        return None
    return resources.numbers()["qualifiers"].get(re.sub(r"\s+", " ", phrase.lower()))


@cache
def amount_re(after_code: bool = False) -> str:
    """A number in digits or words, as group ``num``. ``after_code``: the number may touch
    the letters before it, a currency code the pattern matches itself ("RMB48.2bn")."""
    a_scale = r"(?:a|an)(?=\s+(?:hundred|thousand|million|billion|trillion)\b)"
    digits = NUMBER_AFTER_CODE_RE if after_code else NUMBER_RE
    return rf"(?P<num>{digits}|{number_words_re()}|{a_scale})"


def subject_before(text: str, sent_start: int, fig_start: int) -> str | None:
    """Return what a figure measures: the noun phrase before the verb that leads to it.

    In "In January, Suzhou's actual use of foreign capital increased by 28.7 percent" the
    subject of 28.7 is "Suzhou's actual use of foreign capital".
    """
    before = text[max(sent_start, fig_start - CONTEXT) : fig_start]
    verbs = list(_LINK_VERBS.finditer(before))
    if not verbs:
        return None
    verb = verbs[-1]
    head = before[: verb.start()]
    # Skip back past a chain of verbs ("increased by 28.7 percent ... to $796 million").
    while True:
        earlier = list(_LINK_VERBS.finditer(head))
        if earlier and not head[earlier[-1].end() :].strip(" ,"):
            head = head[: earlier[-1].start()]
            continue
        break
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    head = head.strip(" ,;:\"“”'")
    previous = None
    while previous != head:  # "after the country's GDP" -> "country's GDP"
        previous, head = head, _LEADING_TIME.sub("", head).strip(" ,")
    if not head or len(head.split()) > 14 or not re.search(r"[A-Za-z]", head):
        return None
    return head


_PERIOD = recache.compile(
    r"\b(?:(?:in|during|for|over|as of|by the end of|at the end of|by|since)\s+)?(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|last)\s+(?:half|quarter|three quarters|two quarters|"
    r"(?:\w+\s+)?months)(?:\s+of\s+(?:the\s+year|\d{4}))?|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?|(?:19|20)\d{2}|last\s+year|this\s+year|the\s+year|[QH][1-4]\s+\d{4})\b",
    re.I,
)


def period_near(text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """The period a figure refers to: the time phrase of its clause nearest to it."""
    s, e = max(sentence[0], start - CONTEXT), min(sentence[1], end + CONTEXT)
    best = None
    for m in _PERIOD.finditer(text, s, e):
        if m.group().lower() in ("may", "the year"):
            continue
        introduced = re.match(
            r"(?i)(?:in|during|for|over|as of|by|since|at|the\s+first|last|this)\b", m.group()
        ) or re.search(
            r"(?i)\b(?:in|during|for|of|by)\s+$", text[max(s, m.start() - 12) : m.start()]
        )
        if not introduced:
            continue
        gap = start - m.end() if m.end() <= start else m.start() - end
        if (
            gap < 0
            or gap > 90
            or re.search(r"[;]", text[min(m.end(), end) : max(m.start(), start)])
        ):
            continue
        if best is None or gap < best[0]:
            best = (gap, m.group())
    return best[1] if best else None
