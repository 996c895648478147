"""Agreement counts: '25 agreements', '193 cooperation projects', 'two memorandums'."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import recache, resources
from ..extensions import add_fact, store, text_of
from ..normalize import clean_float, number_words_re, parse_digits, parse_number
from ..textutil import THE_BEFORE, SentenceIndex, trie_regex, windows
from ._figures import NO_QUAL, amount_re, narrowed, qualifier_re, qualifier_value


@cache
def count_pattern() -> re.Pattern[str]:
    """Number, up to N modifier words, then a unit noun from ``agreement_units.json``."""
    return _count_pattern(rf"(?i:(?:(?P<qual>{qualifier_re()})\s+)?)")


@cache
def count_core() -> re.Pattern[str]:
    """``count_pattern`` without its qualifier (see ``narrowed``)."""
    return _count_pattern(NO_QUAL)


def _count_pattern(qual: str) -> re.Pattern[str]:
    data = resources.agreement_units()
    units = sorted(set(data["always"]) | set(data["with_cooperation"]), key=len, reverse=True)
    unit = trie_regex(units)
    # Modifiers never hold another number: "two governments signed three memoranda".
    mods = (
        rf"(?P<mods>(?:(?!(?:{number_words_re()})\b)[A-Za-z][\w'-]*\s+)"
        rf"{{0,{data['max_modifiers']}}}?)"
    )
    return recache.compile(rf"{qual}{amount_re()}\s+{mods}(?P<unit>(?i:{unit}))\b")


@cache
def _count_anchor() -> re.Pattern[str]:
    """Any unit noun: sentences without one are not scanned for counts."""
    data = resources.agreement_units()
    units = {u.lower() for u in (*data["always"], *data["with_cooperation"])}
    return recache.compile(trie_regex(units))  # matched on lowered text


@Language.factory("coop_counts")
def make_counts(nlp: Language, name: str) -> CountFinder:
    """Build the agreement-count finder."""
    return CountFinder()


_FIELDS = recache.compile(
    r"\b(?:in\s+(?:the\s+)?(?:fields?\s+of\s+|areas?\s+(?:of|such\s+as)\s+|a\s+number\s+of\s+"
    r"fields,?\s+including\s+)?|including\s+|covering\s+|on\s+|spanning\s+)"
    # bounded item length and count: unbounded nested runs backtrack badly on long text
    r"(?P<list>[a-z][a-z -]{0,40}(?:,\s*[a-z][a-z -]{0,40}){0,8},?\s+and\s+[a-z][a-z -]{0,40}?)"
    r"(?=\s*[.;,]|$)"
)


def fields_after(text: str, start: int, end: int) -> list[str]:
    """'... in technology, business and commerce' -> ['technology', 'business', 'commerce']."""
    m = _FIELDS.search(text, start, end)
    if not m:
        return []
    items = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list"))
    return [i.strip() for i in items if i.strip()]


@cache
def _signing_re() -> re.Pattern[str]:
    return recache.compile(rf"\b{trie_regex(resources.agreement_units()['signing_verbs'])}\b", re.I)


def _signed_near(text: str, m: re.Match[str]) -> bool:
    """'31 projects with a total investment of 28.6 billion yuan were signed', 'signed 18
    projects': the sentence says these things were signed. Stops at a sentence end or a
    line break ("Showing 6 of 118 items" above a headline that signs something)."""
    window = resources.agreement_units()["signing_window"]
    before = text[max(0, m.start() - 25) : m.start()].split(".")[-1].split("\n")[-1]
    after = text[m.end() : m.end() + window].split(". ")[0].split("\n")[0]
    return bool(_signing_re().search(before) or _signing_re().search(after))


# "Signing of cooperation projects (about 20 projects ...)": a bracket opened right after
# the things it counts, named as cooperation
_BRACKET_AFTER = recache.compile(r"\b(?P<mod>[\w-]+)\s+(?P<unit>[A-Za-z]+)[^\S\n]*\([^\S\n]*$")


def _restated(text: str, m: re.Match[str], unit: str, coop_words: set[str]) -> bool:
    """Does the count open a bracket after the same noun with a cooperation word before it
    ("cooperation projects (about 20 projects worth ...)")?"""
    b = _BRACKET_AFTER.search(text, max(0, m.start() - 60), m.start())
    return (
        b is not None and b.group("unit").lower() == unit and b.group("mod").lower() in coop_words
    )


def _told_again(text: str, m: re.Match[str], value: float, unit: str, found: list[dict]) -> bool:
    """Is the count 'the 14 projects', a count of the same things made before it ('14
    cooperation projects ... Add the 14 projects to the list')?"""
    return THE_BEFORE.search(text, max(0, m.start() - 6), m.start()) is not None and any(
        f["value"] == value and f["unit"].split()[-1] == unit for f in found
    )


# Words that never stand between a count and what it counts: the number belongs to
# something else ("5 ships from Qinzhou", "two sides signed a memorandum", "40 teams have
# already signed tenancy agreements").
_NOT_MODIFIERS = {
    "of", "in", "to", "from", "by", "with", "a", "an", "the",
    "was", "were", "is", "are", "be", "been", "have", "has", "had", "will", "would", "can",
    "could", "already", "also",
    # a possessive opens another noun phrase: "the two hospitals renewed their agreement"
    "their", "its", "our", "his", "her", "my", "your",
}  # fmt: skip


# Signing verbs in the present tense are never a count's modifiers ("signed" may be one:
# "30 signed projects").
_PRESENT_SIGNING = frozenset(
    {"sign", "signs", "ink", "inks", "seal", "seals", "clinch", "clinches"}
)


_PAST_SIGNING = frozenset({"signed", "inked", "sealed", "clinched", "concluded"})


@cache
def _subset_opener() -> re.Pattern[str]:
    openers = resources.agreement_units()["subset_openers"]
    return recache.compile(rf"^\W*(?:{trie_regex(openers)})\b", re.I)


def _subset_of_previous(
    text: str, m: re.Match[str], unit: str, found: list[dict], sentences: SentenceIndex | None
) -> bool:
    """'56 investment projects were signed ... Among them, 19 projects came from Hong Kong':
    part of a count just made, in the sentence after it, with the same noun."""
    if sentences is None or not found:
        return False
    k = sentences.index(m.start())
    start = sentences.bounds[k][0]
    if not _subset_opener().search(text[start : m.start()]):
        return False
    previous = sentences.bounds[k - 1] if k else (start, start)
    last = found[-1]
    return previous[0] <= last["start"] < start and last["unit"].split()[-1] == unit


# an item's number ("#218", "No. 12", the last part of an id: "HZ-HK-2026-011 cold-chain
# MoU"), or the minutes of a clock or a video's timestamp ("09:15 MoU signing", a chapter's
# start): no count
_NUMBER_SIGN = recache.compile(r"(?:#|\bNo\.?:?)[^\S\n]*$|\d:$|(?:\b[A-Z]{2,}|\d{4})-$")


def find_counts(text: str, sentences: SentenceIndex | None = None) -> list[dict]:
    """Return agreement-count payloads found in ``text`` (with sentences: their fields)."""
    data = resources.agreement_units()
    always = {u.lower() for u in data["always"]}
    coop_words = {w.lower() for w in data["cooperation_words"]}
    out: list[dict] = []
    spans = windows(text, sentences.bounds if sentences else [], _count_anchor())
    spans = narrowed(text, spans, count_core())
    for m in (m for s, e in spans for m in count_pattern().finditer(text, s, e)):
        num = m.group("num")
        if num.lower() in ("a", "an", "one") and not m.group("qual"):
            continue  # a single agreement is an event, not a count
        value = parse_number(num)
        if value is None or re.fullmatch(r"(?:19|20)\d{2}", num):
            continue
        if _NUMBER_SIGN.search(text, max(0, m.start("num") - 6), m.start("num")):
            continue  # "CARD #218  Jiangmen-Macao cold-chain MoU", "No. 12", "09:15 MoU"
        mods = m.group("mods").lower().split()
        if any(w in _NOT_MODIFIERS or w in _PRESENT_SIGNING for w in mods):
            continue  # "5 ships from Qinzhou ... agreement", "two sides signed a memorandum",
            # a headline's "Two cities sign port pact"
        if any(
            w in _PAST_SIGNING and not all(v.endswith("ly") for v in mods[:k])
            for k, w in enumerate(mods)
        ):
            continue  # "18 Macao firms signed leases": the firms are counted (a signing
            # participle modifies only first or after adverbs: "30 (jointly) signed projects")
        unit = re.sub(r"\s+", " ", m.group("unit").lower())
        if (
            unit not in always
            and not coop_words & set(mods)
            and not _signed_near(text, m)
            and not _subset_of_previous(text, m, unit, out, sentences)
            and not _restated(text, m, unit, coop_words)
            and not _told_again(text, m, value, unit, out)
        ):
            continue
        start = m.start("qual") if m.group("qual") else m.start("num")
        fields = []
        if sentences is not None:
            _, sentence_end = sentences.bounds_of(start)
            fields = fields_after(text, m.end(), min(sentence_end, m.end() + 300))
        out.append(
            {
                "fields": fields,
                "kind": "agreement_count",
                "value": clean_float(value),
                "unit": " ".join([*mods, unit]),
                "qualifier": qualifier_value(m.group("qual")),
                "start": start,
                "end": m.end(),
                "rule": "count.number_unit",
            }
        )
        # "87 cooperation agreements ... in 2025, up from 64 in 2024": the earlier count
        # of the same things, its unit understood
        was = _UP_FROM.match(text, m.end(), min(len(text), m.end() + 120))
        if was is not None:  # (a bare year cannot match: at most three digits before a comma)
            out.append(
                {
                    "fields": [],
                    "kind": "agreement_count",
                    "value": clean_float(parse_digits(was.group("n"))),
                    "unit": " ".join([*mods, unit]),
                    "qualifier": None,
                    "start": was.start("n"),
                    "end": was.end("n"),
                    "rule": "count.elliptic",
                }
            )
    # a fact sheet's "Cooperation agreements signed with Hong Kong bodies since 2010: 210"
    for m in _labelled().finditer(text):
        if re.fullmatch(r"(?:19|20)\d{2}", m.group("n")):
            continue  # "Deals signed: 2024": a year
        if _IDENTIFIER.search(m.group()):
            continue  # "Contract No.: 3602": the agreement's number, not a count of them
        if not any(f["start"] <= m.start("n") < f["end"] for f in out):
            out.append(
                {
                    "fields": [],
                    "kind": "agreement_count",
                    "value": clean_float(parse_digits(m.group("n"))),
                    "unit": m.group("unit").lower(),
                    "qualifier": None,
                    "start": m.start("n"),
                    "end": m.end("n"),
                    "rule": "count.labelled",
                }
            )
    return out


# a label that numbers one thing: "Contract No.:", "Agreement number:", "MOU ref.:"
_IDENTIFIER = recache.compile(r"(?i)\b(?:no|nos|number|ref|reference|code|id)\b\.?[^\S\n]*:")


@cache
def _labelled() -> re.Pattern[str]:
    """A line that labels a count of agreements ('Cooperation agreements signed ...: 210'):
    an 'always' unit opening the label (after at most two words), the number alone after
    its colon."""
    units = resources.agreement_units()["always"]
    return recache.compile(
        r"(?im)^[^\S\n]*(?:[•·▪*-][^\S\n]*)?(?:[\w-]+[^\S\n]+){0,2}?"
        rf"(?P<unit>{trie_regex(units)})\b[^:\n]{{0,80}}:[^\S\n]*"
        r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)[^\S\n]*$"
    )


_UP_FROM = recache.compile(
    r"[^.;\n]{0,80}?,\s+(?:up|down|rising|falling|compared)\s+(?:from|with)\s+"
    r"(?P<n>\d{1,3}(?:,\d{3})*)\b(?!\s*(?:%|per\s*cent|percent|\.\d|\s*(?:billion|million|bn|m)\b))"
)


class CountFinder:
    """Write agreement counts to ``doc._.coop["figures"]``."""

    def __call__(self, doc: Doc) -> Doc:
        index = SentenceIndex(store(doc).get("sentences", []))
        for fact in find_counts(text_of(doc), index):
            add_fact(doc, "figures", fact.pop("start"), fact.pop("end"), fact.pop("rule"), **fact)
        return doc
