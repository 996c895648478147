"""Percentages ('28.7 percent', '3 per cent', '73.2%', '5.5 pct') and percentage points."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import add_fact, store
from ..normalize import clean_float, parse_number
from ..textutil import SentenceIndex
from ._figures import amount_re, qualifier_re, qualifier_value, subject_before

_DIRECTION = [
    (
        "increase",
        r"\b(?:increase[sd]?|rose|rise[sn]?|grew|grow[sn]?|growth|up|jump(?:ed|s)?|"
        r"surge[sd]?|climb(?:ed|s)?|gain(?:ed|s)?|expand(?:ed|s)?)\b",
    ),
    (
        "decrease",
        r"\b(?:decrease[sd]?|fell|fall(?:s|en)?|drop(?:ped|s)?|declin(?:e[sd]?|ing)|"
        r"down|shr[ia]nk|contract(?:ed|s)?|slid|slump(?:ed|s)?)\b",
    ),
]
_BASIS = re.compile(
    r"\b(?:year[- ]on[- ]year|month[- ]on[- ]month|quarter[- ]on[- ]quarter|yoy)\b", re.I
)


@cache
def percent_pattern() -> re.Pattern[str]:
    """The percentage pattern."""
    qual = rf"(?:(?P<qual>{qualifier_re()})\s+)?"
    return re.compile(
        rf"(?i:{qual}){amount_re()}\s*(?P<unit>%|％|(?i:percentage\s+points?|per\s*cent|percent|pct)\b)"
    )


@Language.factory("coop_percentages")
def make_percentages(nlp: Language, name: str) -> PercentFinder:
    """Build the percentage finder."""
    return PercentFinder()


def find_percentages(text: str, sentences: SentenceIndex | None = None) -> list[dict]:
    """Return percentage payloads found in ``text``."""
    out: list[dict] = []
    for m in percent_pattern().finditer(text):
        token_start = text.rfind(" ", 0, m.start()) + 1
        token_end = text.find(" ", m.end())
        token = text[token_start : token_end if token_end != -1 else len(text)]
        if re.search(r"https?:|www\.|[=?&]|%[0-9A-F]{2}", token):
            continue  # percent-encoding inside a URL
        value = parse_number(m.group("num"))
        if value is None or m.group("num").lower() in ("a", "an"):
            continue
        start = m.start("qual") if m.group("qual") else m.start("num")
        unit = "percentage point" if m.group("unit").lower().startswith("percentage") else "percent"
        payload = {
            "kind": "percentage",
            "value": clean_float(value),
            "unit": unit,
            "qualifier": qualifier_value(m.group("qual")),
            "start": start,
            "end": m.end(),
            "rule": "percent.number_unit",
        }
        if sentences is not None:
            s, e = sentences.bounds_of(start)
            payload["subject"] = subject_before(text, s, start)
            window = text[max(s, start - 40) : start]
            for direction, pat in _DIRECTION:
                if re.search(pat, window, re.I):
                    payload["direction"] = direction
                    break
            basis = _BASIS.search(text[start : min(e, m.end() + 25)])
            if basis:
                payload["basis"] = basis.group().lower().replace(" ", "-")
        out.append(payload)
    return out


class PercentFinder:
    """Write percentage figures to ``doc._.coop["figures"]``."""

    def __call__(self, doc: Doc) -> Doc:
        index = SentenceIndex(store(doc).get("sentences", []))
        for fact in find_percentages(doc.text, index):
            add_fact(doc, "figures", fact.pop("start"), fact.pop("end"), fact.pop("rule"), **fact)
        return doc
