"""Every ``Doc._`` extension coop-extract uses, registered once, and the helpers that fill them.

Each extractor writes its candidates twice: as spans in ``doc.spans["coop_<kind>"]`` (for
spaCy users: displacy, span groups) and as plain payload dicts in ``doc._.coop[kind]``, in
the same order. Payloads keep the exact character offsets of the match (a span may have to
expand to token boundaries) and the id of the rule that made them.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Span


def register() -> None:
    """Register the extensions (idempotent)."""
    if not Doc.has_extension("coop"):
        Doc.set_extension("coop", default=None)
    if not Doc.has_extension("ref_date"):
        Doc.set_extension("ref_date", default=None)


# Where spaCy keeps the value of the Doc extension ``coop`` (what ``doc._.coop`` reads).
_KEY = ("._.", "coop", None, None)


def store(doc: Doc) -> dict[str, Any]:
    """Return the doc's payload store (``doc._.coop``), creating it on first use.

    Read straight from ``doc.user_data``: going through ``doc._`` builds an accessor
    object on every call, which showed in profiles at thousands of facts per second.
    """
    data = doc.user_data.get(_KEY)
    if data is None:
        data = {}
        doc.user_data[_KEY] = data
    return data


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from the tokens on every access."""
    data = store(doc)
    if "_text" not in data:
        data["_text"] = doc.text
    return data["_text"]


def add_fact(doc: Doc, group: str, start: int, end: int, rule: str, **payload: Any) -> dict:
    """Record one candidate in ``group`` at ``doc.text[start:end]``; return its payload.

    Spans for ``doc.spans["coop_<group>"]`` are made in one go by ``write_spans``.
    """
    fact = {"start": start, "end": end, "text": text_of(doc)[start:end], "rule": rule, **payload}
    store(doc).setdefault(group, []).append(fact)
    return fact


def write_spans(doc: Doc, group: str, token_starts: list[int] | None = None) -> None:
    """Mirror the payloads of ``group`` as spans in ``doc.spans["coop_<group>"]``.

    Each span covers every token the fact's characters touch (``char_span`` with
    ``alignment_mode="expand"``), found by bisection over the token offsets, which
    ``write_spans`` takes once per doc (``token_starts``) rather than per fact.
    """
    if token_starts is None:
        token_starts = doc.to_array([IDX]).ravel().tolist()
    text = text_of(doc)
    spans = []
    for fact in store(doc).get(group, []):
        start, end = fact["start"], fact["end"]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        first = bisect_right(token_starts, start) - 1
        last = bisect_right(token_starts, end - 1)
        if first < 0 or last <= first:
            continue
        spans.append(Span(doc, first, last, label=group, span_id=fact["rule"]))
    doc.spans[f"coop_{group}"] = spans


def facts(doc: Doc, kind: str) -> list[dict]:
    """Return the payloads of ``kind`` recorded on ``doc`` (empty when none)."""
    return store(doc).get(kind, [])
