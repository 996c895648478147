"""Money amounts: value in currency units (scale words applied) and an ISO 4217 currency."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources
from ..extensions import add_fact, store
from ..normalize import clean_float, parse_number, scale_value
from ..textutil import SentenceIndex
from ._figures import amount_re, qualifier_re, qualifier_value, subject_before

_SCALES = r"(?:hundred\s+million|thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn|m|b|k)"


@cache
def money_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The money patterns, built from ``currencies.json`` and ``numbers.json``."""
    cur = resources.currencies()
    prefixes = sorted(cur["prefixes"], key=len, reverse=True)
    names = sorted(cur["names"], key=len, reverse=True)
    pre = "|".join(re.escape(p) for p in prefixes)
    name = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    qual = rf"(?:(?P<qual>{qualifier_re()})\s+)?"
    amount = amount_re()
    scale = rf"(?:\s*(?P<scale>{_SCALES})\b)?"
    return [
        (
            "money.prefix",
            re.compile(
                rf"(?i:{qual})(?<![A-Za-z])(?P<cur>{pre})\s?{amount}{scale}(?:\s+(?P<cur2>(?i:{name}))\b)?",
            ),
        ),
        (
            "money.suffix",
            re.compile(rf"(?i:{qual}){amount}{scale}\s*(?:of\s+)?(?P<cur>(?i:{name}))\b"),
        ),
    ]


@Language.factory("coop_money")
def make_money(nlp: Language, name: str) -> MoneyFinder:
    """Build the money finder."""
    return MoneyFinder()


def find_money(text: str, sentences: SentenceIndex | None = None) -> list[dict]:
    """Return money payloads found in ``text``."""
    cur = resources.currencies()
    prefixes = {k.lower(): v for k, v in cur["prefixes"].items()}
    names = cur["names"]
    taken: list[tuple[int, int]] = []
    out: list[dict] = []
    for rule, pattern in money_patterns():
        for m in pattern.finditer(text):
            first = "cur" if rule == "money.prefix" else "num"
            start = m.start("qual") if m.group("qual") else m.start(first)
            end = m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            value = parse_number(m.group("num"))
            if value is None or (m.group("num").lower() in ("a", "an") and not m.group("scale")):
                continue
            if rule == "money.prefix":
                symbol = m.group("cur")
                code = prefixes[symbol.lower()]
                if m.group("cur2"):
                    code = names[re.sub(r"\s+", " ", m.group("cur2").lower())]
            else:
                code = names[re.sub(r"\s+", " ", m.group("cur").lower())]
                if re.fullmatch(r"(?:19|20)\d{2}", m.group("num")) and not m.group("scale"):
                    continue  # "in 2023 dollars"
            scale = m.group("scale")
            if scale and scale.lower() in ("m", "b", "k") and not _tight(m):
                scale = None
            value *= scale_value(scale)
            taken.append((start, end))
            payload = {
                "kind": "money",
                "value": clean_float(value),
                "currency": code,
                "qualifier": qualifier_value(m.group("qual")),
                "start": start,
                "end": end,
                "rule": rule,
            }
            if sentences is not None:
                s, _ = sentences.bounds_of(start)
                payload["subject"] = subject_before(text, s, start)
            out.append(payload)
    out.sort(key=lambda f: f["start"])
    return out


def _tight(m: re.Match[str]) -> bool:
    """A one-letter scale ('5m', '3bn') must touch its number."""
    return m.start("scale") == m.end("num")


class MoneyFinder:
    """Write money figures to ``doc._.coop["figures"]``."""

    def __call__(self, doc: Doc) -> Doc:
        index = SentenceIndex(store(doc).get("sentences", []))
        for fact in find_money(doc.text, index):
            add_fact(doc, "figures", fact.pop("start"), fact.pop("end"), fact.pop("rule"), **fact)
        return doc
