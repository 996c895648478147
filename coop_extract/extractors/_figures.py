"""Shared pieces of the figure extractors: number and qualifier patterns, subjects."""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..normalize import NUMBER_RE, number_words_re

# Verbs that link a measured quantity (the subject) to its figure.
_LINK_VERBS = re.compile(
    r"\b(?:increased|increase|rose|rise|grew|grow|jumped|surged|climbed|fell|declined|dropped|"
    r"decreased|reached|reach|hit|totaled|totalled|totaling|totalling|amounted|stood|was|were|"
    r"is|are|will\s+be|would\s+be|has\s+been|have\s+been|exceeded|topped|accounted|worth|"
    r"valued|registered|recorded|attracted|invested|raised)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:(]|\b(?:while|which|among which|of which|that)\b")
_LEADING_TIME = re.compile(
    r"^(?:(?:in|during|by|as of|from|for|since)\s+(?:the\s+)?[\w\s-]{0,30}?\d{4}|"
    r"(?:in|during)\s+[A-Z][a-z]+|(?:the|a|an|its|their|his|her|our)\b)\s*,?\s*",
)


@cache
def qualifier_re() -> str:
    """A regex alternation of qualifier phrases ('more than', 'nearly', ...)."""
    words = sorted(resources.numbers()["qualifiers"], key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def qualifier_value(phrase: str | None) -> str | None:
    """Return the canonical qualifier for a phrase ('over' -> 'more than')."""
    if not phrase:
        return None
    return resources.numbers()["qualifiers"].get(re.sub(r"\s+", " ", phrase.lower()))


@cache
def amount_re() -> str:
    """A number in digits or words, as group ``num``."""
    return rf"(?P<num>{NUMBER_RE}|{number_words_re()})"


def subject_before(text: str, sent_start: int, fig_start: int) -> str | None:
    """Return what a figure measures: the noun phrase before the verb that leads to it.

    In "In January, Suzhou's actual use of foreign capital increased by 28.7 percent" the
    subject of 28.7 is "Suzhou's actual use of foreign capital".
    """
    before = text[sent_start:fig_start]
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
    head = _LEADING_TIME.sub("", head).strip(" ,")
    if not head or len(head.split()) > 14 or not re.search(r"[A-Za-z]", head):
        return None
    return head
