"""Percentages ('28.7 percent', '3 per cent', '73.2%', '5.5 pct') and percentage points."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import recache
from ..extensions import add_fact, store, text_of
from ..normalize import NUMBER_RE, clean_float, number_words_re, parse_number
from ..textutil import SentenceIndex, SpanSet, windows
from ._figures import (
    CONTEXT,
    NO_QUAL,
    amount_re,
    narrowed,
    period_near,
    qualifier_re,
    qualifier_value,
    subject_before,
)

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
_BASIS = recache.compile(
    r"\b(?:year[- ]on[- ]year|month[- ]on[- ]month|quarter[- ]on[- ]quarter|yoy)\b", re.I
)


_ANCHOR = recache.compile(r"%|％|per\s*cent|pct|\bpc\b")  # matched on lowered text
_UNIT = r"(?P<unit>%|％|(?i:percentage\s+points?|per\s*cents?|percents?|percentage|pct|pc)\b)"


@cache
def percent_patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str] | None]]:
    """(rule, pattern, core): number then unit ('28.7 percent', '5-6%'), and the reversed
    'per cent of 210'. The core is the pattern without its qualifier (``narrowed``)."""
    return [
        (rule, full, core if core.pattern != full.pattern else None)
        for (rule, full), (_, core) in zip(
            _percent_patterns(rf"(?i:(?:(?P<qual>{qualifier_re()})\s+)?)"),
            _percent_patterns(NO_QUAL),
            strict=True,
        )
    ]


def _percent_patterns(qual: str) -> list[tuple[str, re.Pattern[str]]]:
    number = rf"(?:{NUMBER_RE}|{number_words_re()})"
    # "5-6 percent", "5 to 6 percent", "between 5 and 6 per cent" (never a bare "5 and 6")
    low = rf"(?:between\s+(?P<low>{number})\s+and\s+|(?P<low2>{number})\s*(?:-|–|to)\s*)?"
    return [
        (
            "percent.number_unit",
            recache.compile(
                rf"{qual}(?P<minus>(?i:minus|negative)\s+|-(?=\d))?{low}{amount_re()}\s*{_UNIT}"
            ),
        ),
        (
            "percent.unit_of_number",
            recache.compile(
                rf"(?<![\d%])\s*\b(?P<unit>(?i:per\s*cents?|percents?))\s+of\s+{amount_re()}\b"
            ),
        ),
    ]


@Language.factory("coop_percentages")
def make_percentages(nlp: Language, name: str) -> PercentFinder:
    """Build the percentage finder."""
    return PercentFinder()


# a web address or its query ("?utm=...", "&q=70%25"), a percent-encoded byte
_IN_ADDRESS = recache.compile(r"https?:|www\.|[?&][\w.-]*=|=[\w%]|%[0-9A-F]{2}")


def find_percentages(text: str, sentences: SentenceIndex | None = None) -> list[dict]:
    """Return percentage payloads found in ``text``.

    A range ("5-6 percent") is one figure with ``value`` the low end and ``value_max``
    the high end. With sentences, each figure also gets its subject, period, direction of
    change and basis ("year-on-year"), and shares are marked with what they are a share of.
    """
    out: list[dict] = []
    taken = SpanSet()
    spans = windows(text, sentences.bounds if sentences else [], _ANCHOR)
    for rule, pattern, core in percent_patterns():
        where = narrowed(text, spans, core) if core is not None else spans
        for m in (m for s, e in where for m in pattern.finditer(text, s, e)):
            start = m.start("unit") if rule == "percent.unit_of_number" else m.start()
            end = m.end()
            if taken.overlaps(start, end):
                continue
            if rule == "percent.unit_of_number" and re.search(
                r"[\d%]\s*$", text[max(0, start - 3) : start]
            ):
                continue
            token_start = text.rfind(" ", 0, start) + 1
            token_end = text.find(" ", end)
            token = text[token_start : token_end if token_end != -1 else len(text)]
            if _IN_ADDRESS.search(token):
                continue  # percent-encoding inside a URL (not a CSV row's question mark:
                # '"Would you join?",Yes,61%')
            value = parse_number(m.group("num"))
            if value is None:
                continue
            unit = (
                "percentage point"
                if re.match(r"(?i)percentage\s+point", m.group("unit"))
                else "percent"
            )
            groups = m.groupdict()
            if groups.get("minus"):
                value = -value
            payload = {
                "kind": "percentage",
                "value": clean_float(value),
                "unit": unit,
                "qualifier": qualifier_value(groups.get("qual")),
                "start": start,
                "end": end,
                "rule": rule,
            }
            if groups.get("low") or groups.get("low2"):
                low = parse_number(groups.get("low") or groups["low2"])
                if low is not None and low < value:
                    payload["value_max"] = payload["value"]
                    payload["value"] = clean_float(low)
            taken.add(start, end)
            if sentences is not None:
                _context(text, sentences, payload)
            out.append(payload)
    out.sort(key=lambda f: f["start"])
    return out


def _context(text: str, sentences: SentenceIndex, payload: dict) -> None:
    start, end = payload["start"], payload["end"]
    s, e = sentences.bounds_of(start)
    s, e = max(s, start - CONTEXT), min(e, end + CONTEXT)
    payload["subject"] = subject_before(text, s, start)
    payload["period"] = period_near(text, (s, e), start, end)
    window = text[max(s, start - 40) : start]
    for direction, pat in _DIRECTION:
        if re.search(pat, window, re.I):
            payload["direction"] = direction
            break
    basis = _BASIS.search(text[start : min(e, end + 25)])
    if basis:
        payload["basis"] = basis.group().lower().replace(" ", "-")
    after = text[end:e]
    before = text[s:start]
    share_from = re.match(
        r"\s+(?:was|were|is|are|came|come|comes)\s+from\s+(?P<src>[^,.;]+)", after
    )
    share_of = re.match(r"\s+(?:share\s+)?of\s+(?P<of>(?:the\s+)?(?:[^,.;]|[,.](?=\S))+)", after)
    accounted = re.search(
        r"(?P<src>[A-Z][\w' -]*?)\s+(?:accounted|accounts|account)\s+for\s+$", before
    )
    if share_from:
        payload["share_source"] = share_from.group("src").strip()
        payload["share"] = True
    if accounted:
        payload["share_source"] = accounted.group("src").strip()
        payload["share"] = True
    if share_of and (payload.get("share") or accounted or re.match(r"\s+of\b", after)):
        payload["share_of"] = share_of.group("of").strip()
        payload["share"] = True
    if re.match(r"\s+share\b", after):
        payload["share"] = True
    if payload.get("share") and not payload.get("share_of") and payload.get("subject"):
        payload["share_of"] = payload["subject"]  # "..., among which 55.5 percent was from HK"


class PercentFinder:
    """Write percentage figures to ``doc._.coop["figures"]``."""

    def __call__(self, doc: Doc) -> Doc:
        index = SentenceIndex(store(doc).get("sentences", []))
        for fact in find_percentages(text_of(doc), index):
            add_fact(doc, "figures", fact.pop("start"), fact.pop("end"), fact.pop("rule"), **fact)
        return doc
