"""Money amounts: value in currency units (scale words applied) and an ISO 4217 currency."""

from __future__ import annotations

import itertools
import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import recache, resources
from ..extensions import add_fact, store, text_of
from ..normalize import NUMBER_RE, clean_float, parse_number, scale_value
from ..textutil import SentenceIndex, SpanSet, trie_regex, windows
from ._figures import (
    NO_QUAL,
    amount_re,
    narrowed,
    period_near,
    qualifier_re,
    qualifier_value,
    subject_before,
)

_SCALES = r"(?:hundred\s+million|thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn|m|b|k)"


def _prefix_re(prefix: str) -> str:
    """'HK$' also matches 'hk $' and 'HK $'; codes and symbols match as written."""
    if prefix.endswith("$") and prefix[:-1].replace(".", "").isalpha():
        letters = r"\s?".join(r"\.?" if ch == "." else re.escape(ch) for ch in prefix[:-1])
        return rf"(?i:{letters})\s?\$"
    return re.escape(prefix)


def _key(symbol: str) -> str:
    """'U.S. $', 'us$' and 'US$' are one prefix; so are 'hk $' and 'HK$'."""
    key = re.sub(r"\s+", "", symbol).lower()
    return key.replace(".", "") if key.endswith("$") else key


@cache
def money_patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """(rule, pattern, core) for each money pattern, built from ``currencies.json`` and
    ``numbers.json``; the core is the pattern without its qualifier (``narrowed``)."""
    cur = resources.currencies()
    prefixes = sorted(cur["prefixes"], key=len, reverse=True)
    names = sorted(cur["names"], key=len, reverse=True)
    symbols = sorted(cur["suffix_symbols"], key=len, reverse=True)
    pre = "|".join(_prefix_re(p) for p in prefixes)
    name = trie_regex(names)
    sym = "|".join(re.escape(x) for x in symbols)
    amount = amount_re()
    # "HK$4.2 Billion" in a headline; "a 1-billion-yuan fund"
    scale = rf"(?:(?:\s*|-)(?P<scale>(?i:{_SCALES}))\b)?"

    def build(qual: str) -> list[str]:
        return [
            rf"{qual}(?<![A-Za-z])(?P<cur>{pre})\s?{amount_re(after_code=True)}{scale}"
            rf"(?:\s+(?P<cur2>(?i:{name}))\b)?",
            rf"{qual}{amount}{scale}(?:\s*|-)(?:of\s+)?(?P<cur>(?i:{name}))\b",
            rf"{qual}{amount}{scale}\s?(?P<cur>{sym})",
        ]

    full = build(rf"(?i:(?:(?P<qual>{qualifier_re()})\s+)?)")
    core = build(NO_QUAL)
    rules = ["money.prefix", "money.suffix", "money.symbol_after"]
    return [
        (rule, recache.compile(f), recache.compile(c))
        for rule, f, c in zip(rules, full, core, strict=True)
    ]


@cache
def money_anchor() -> re.Pattern[str]:
    """Any currency word or symbol: sentences without one are not scanned for money."""
    cur = resources.currencies()
    words = {w.lower() for w in (*cur["names"], *cur["suffix_symbols"])}
    # Letter prefixes of one letter ("C$", "A$") are found through their "$".
    words |= {p.lower() for p in cur["prefixes"] if "$" not in p} | {"$"}
    return recache.compile(trie_regex({w for w in words if w}))  # matched on lowered text


_RANGE_BEFORE = recache.compile(
    rf"(?:(?P<between>between|from)\s+)?(?P<low>{NUMBER_RE})(?:\s*(?P<lscale>{_SCALES}))?"
    r"\s*(?P<join>-|–|to|and)\s*$",
    re.I,
)


@Language.factory("coop_money")
def make_money(nlp: Language, name: str) -> MoneyFinder:
    """Build the money finder."""
    return MoneyFinder()


@cache
def _prefix_table() -> dict[str, str]:
    """Prefix key -> ISO code, built once (it was rebuilt for every amount found)."""
    return {_key(k): v for k, v in resources.currencies()["prefixes"].items()}


@cache
def _home_cues() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    table = resources.currencies()["home_dollar"]
    return [
        (code, recache.compile(spec["requires"]), recache.compile("|".join(spec["cues"]), re.M))
        for code, spec in table.items()
        if not code.startswith("_")
    ]


def _home_dollar(text: str) -> str:
    """The dollar a bare '$' means in ``text``: a government's own release marked by its
    house style ('Issued at HKT', 'today (November 16)') writes '$' for its own dollar;
    '' when the text carries no such mark (then '$' stays USD)."""
    for code, requires, cues in _home_cues():
        if cues.search(text) and requires.search(text):
            return code
    return ""


def _currency(rule: str, m: re.Match[str]) -> str:
    cur = resources.currencies()
    if rule == "money.prefix":
        if m.group("cur2"):
            return cur["names"][re.sub(r"\s+", " ", m.group("cur2").lower())]
        return _prefix_table()[_key(m.group("cur"))]
    if rule == "money.symbol_after":
        return cur["suffix_symbols"][m.group("cur")]
    return cur["names"][re.sub(r"\s+", " ", m.group("cur").lower())]


def find_money(text: str, sentences: SentenceIndex | None = None) -> list[dict]:
    """Return money payloads found in ``text``.

    A range ("5-10 billion yuan", "between 5 and 10 billion yuan", "$5-8 million") is one
    figure: ``value`` is the low end and ``value_max`` the high end. An amount in brackets
    or after "or" right behind another ("100 billion yuan (US$13.8 billion)") is marked as
    its equivalent (``equivalent_of_start`` points at the first, by offset).
    """
    taken = SpanSet()
    out: list[dict] = []
    home: str | None = None  # the text's own dollar, looked up at its first bare '$'
    spans = windows(text, sentences.bounds if sentences else [], money_anchor())
    for rule, pattern, core in money_patterns():
        for m in (m for s, e in narrowed(text, spans, core) for m in pattern.finditer(text, s, e)):
            first = "cur" if rule == "money.prefix" else "num"
            start = m.start("qual") if m.group("qual") else m.start(first)
            end = m.end()
            if taken.overlaps(start, end):
                continue
            value = parse_number(m.group("num"))
            if value is None:
                continue
            year_like = re.fullmatch(r"(?:19|20)\d{2}", m.group("num"))
            if rule != "money.prefix" and year_like and not m.group("scale"):
                continue  # "in 2023 dollars"
            if rule == "money.suffix" and _bare_word_name(m):
                continue  # "the 12 won three golds"
            scale = m.group("scale")
            if scale and scale.lower() in ("m", "b", "k") and not _tight(m):
                scale = None
            value *= scale_value(scale)
            payload = {
                "kind": "money",
                "value": clean_float(value),
                "currency": _currency(rule, m),
                "qualifier": qualifier_value(m.group("qual")),
                "start": start,
                "end": end,
                "rule": rule,
            }
            if rule == "money.prefix" and m.group("cur") == "$" and not m.group("cur2"):
                if home is None:
                    home = _home_dollar(text)
                if home:
                    payload["currency"] = home
                    payload["rule"] += "+home_dollar"
            _range(text, m, payload, scale, taken)
            taken.add(payload["start"], payload["end"])
            if sentences is not None:
                s, _ = sentences.bounds_of(payload["start"])
                payload["subject"] = subject_before(text, s, payload["start"])
                payload["period"] = period_near(text, sentences.bounds_of(start), start, end)
            out.append(payload)
    if _CENT_WORD.search(text):  # ("per cent" is no coin)
        out += _cents(text, taken, sentences)
    if "(" in text and ("|" in text or "\t" in text):
        out += _table_money(text, taken)
    out.sort(key=lambda f: f["start"])
    _mark_equivalents(text, out)
    return out


_CENT_WORD = recache.compile(r"(?<!per\s)\bcents?\b")


@cache
def _unit_label() -> re.Pattern[str]:
    """A table row's label that gives its unit: "Green financing raised (HK$ million)",
    "Revenue (RMB'000)"."""
    prefixes = [p for p in resources.currencies()["prefixes"] if len(p) > 1]
    return recache.compile(
        rf"\((?P<cur>{trie_regex(prefixes)})[^\S\n]?(?P<scale>(?i:{_SCALES})|['’]000)\)"
    )


_LABEL_REST = recache.compile(r"[^|\t\n]*")
_ROW_CELL = recache.compile(r"[ \t]*[|\t][ \t]*(?P<num>\d[\d,]*(?:\.\d+)?)(?=[ \t]*(?:[|\t]|\n|$))")


def _table_money(text: str, taken: SpanSet) -> list[dict]:
    """The cells of a table row whose label gives a currency and scale: "Green financing
    raised (HK$ million) | 850 | 400" holds HK$850 million and HK$400 million."""
    out = []
    for m in _unit_label().finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if "|" in text[line_start : m.start()] or "\t" in text[line_start : m.start()]:
            continue  # the unit must be the row's label, its first cell
        scale = m.group("scale")
        factor = 1000.0 if scale.endswith("000") else scale_value(scale)
        currency = _prefix_table()[_key(m.group("cur"))]
        pos = _LABEL_REST.match(text, m.end()).end()  # the rest of the label
        while (cell := _ROW_CELL.match(text, pos)) is not None:
            pos = cell.end()
            value = parse_number(cell.group("num"))
            a, b = cell.span("num")
            if value is None or taken.overlaps(a, b):
                continue
            out.append(
                {
                    "kind": "money",
                    "value": clean_float(value * factor),
                    "currency": currency,
                    "qualifier": None,
                    "start": a,
                    "end": b,
                    "rule": "money.table_unit",
                }
            )
            taken.add(a, b)
    return out


@cache
def _cents_pattern() -> re.Pattern[str]:
    cents = resources.currencies()["cents"]
    return recache.compile(
        # ("HK8 cents", "HK 8 cents"; a one-letter prefix only touching: not "A 10 cents")
        rf"(?<![\w$.])(?P<pre>{trie_regex(cents['prefixes'])})(?:(?<=\w\w)[^\S\n])?"
        rf"(?P<num>\d{{1,3}}(?:\.\d+)?)"
        rf"[^\S\n]*cents?\b"
        rf"|(?<![\w.])(?P<num2>\d{{1,3}}(?:\.\d+)?)[^\S\n]+(?P<name>{trie_regex(cents['names'])})"
        r"[^\S\n]+cents?\b"
    )


def _cents(text: str, taken: SpanSet, sentences: SentenceIndex | None) -> list[dict]:
    """'a final dividend of HK8 cents per share', '15 US cents': hundredths of a currency."""
    cents = resources.currencies()["cents"]
    out = []
    for m in _cents_pattern().finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        code = cents["prefixes"][m["pre"]] if m["pre"] else cents["names"][m["name"]]
        value = float(m["num"] or m["num2"]) / 100
        payload = {
            "kind": "money",
            "value": clean_float(round(value, 6)),
            "currency": code,
            "qualifier": None,
            "start": m.start(),
            "end": m.end(),
            "rule": "money.cents",
        }
        if sentences is not None:
            bounds = sentences.bounds_of(m.start())
            payload["subject"] = subject_before(text, bounds[0], m.start())
            payload["period"] = period_near(text, bounds, m.start(), m.end())
        taken.add(m.start(), m.end())
        out.append(payload)
    return out


def _range(text: str, m: re.Match[str], payload: dict, scale: str | None, taken: SpanSet) -> None:
    """Widen a figure into a range when a low end stands before it or a high end after it.
    A low end that is a figure of its own ("raised from RMB 3 million to RMB 5 million")
    makes a change between two amounts, not one range."""
    if m.group("qual"):
        return
    high = parse_number(m.group("num"))
    window_start = max(0, payload["start"] - 40)
    before = _RANGE_BEFORE.search(text[window_start : payload["start"]])
    if before and taken.overlaps(window_start + before.start(), payload["start"]):
        return
    if before and (before.group("join").lower() != "and" or before.group("between")):
        low = parse_number(before.group("low"))
        if low is not None and high is not None and low < high:
            low_scale = before.group("lscale") or scale
            payload["value_max"] = payload["value"]
            payload["value"] = clean_float(low * scale_value(low_scale))
            payload["start"] = window_start + before.start()
            payload["rule"] += "+range"
        return
    if payload["rule"] == "money.prefix" and not m.group("scale"):
        after = re.match(
            rf"\s*(?:-|–|to)\s*(?P<again>{re.escape(m.group('cur'))})?\s?(?P<high>{NUMBER_RE})"
            rf"(?:\s*(?P<hscale>{_SCALES})\b)?",
            text[m.end() :],
        )
        if after and after.group("again") and not after.group("hscale"):
            return  # "MOP 180 to MOP 480": each end written whole is an amount of its own,
            # as "between MOP 20 billion and MOP 21 billion" is ("HK$5 to HK$8 billion"
            # shares its scale: one range)
        if after:
            top = parse_number(after.group("high"))
            hscale = after.group("hscale")
            if top is not None and high is not None and high < top:
                factor = scale_value(hscale)
                payload["value"] = clean_float(high * factor)
                payload["value_max"] = clean_float(top * factor)
                payload["end"] = m.end() + after.end()
                payload["rule"] += "+range"


def _mark_equivalents(text: str, figures: list[dict]) -> None:
    for a, b in itertools.pairwise(figures):
        gap = text[a["end"] : b["start"]]
        bracket = re.fullmatch(
            r"\s*[(（]\s*(?:about|around|roughly|approximately|some|or)?\s*", gap
        )
        closes = re.match(r"\s*[)）]", text[b["end"] :])
        spelled = re.fullmatch(r",?\s+or\s+(?:about|around|roughly|some\s+)?\s*", gap)
        if (bracket and closes) or spelled:
            b["equivalent_of_start"] = a["start"]


def _bare_word_name(m: re.Match[str]) -> bool:
    """Is a name that is also a common word ('won') behind an amount too plain to be money:
    no scale word and no thousands separator ('45 billion won', '3,000 won' are money)?"""
    if m.group("cur").lower() not in resources.currencies()["verb_like_names"]:
        return False
    return not m.group("scale") and not re.search(r"\d[,.]\d", m.group("num"))


def _tight(m: re.Match[str]) -> bool:
    """A one-letter scale ('5m', '3bn') must touch its number."""
    return m.start("scale") == m.end("num")


class MoneyFinder:
    """Write money figures to ``doc._.coop["figures"]``."""

    def __call__(self, doc: Doc) -> Doc:
        index = SentenceIndex(store(doc).get("sentences", []))
        for fact in find_money(text_of(doc), index):
            add_fact(doc, "figures", fact.pop("start"), fact.pop("end"), fact.pop("rule"), **fact)
        return doc
