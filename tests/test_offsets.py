"""Every mention's offsets slice the input to its text, on every sample and long input."""

from __future__ import annotations

from pathlib import Path

import pytest

from coop_extract import Document
from coop_extract.pipeline import split_text

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


def spans(doc: Document):
    for entity in [*doc.cities, *doc.officials, *doc.institutions]:
        for m in entity.mentions:
            yield m.start, m.end, m.text
    for f in doc.figures:
        yield f.start, f.end, f.text
    for e in doc.events:
        yield e.evidence.start, e.evidence.end, e.evidence.text
    if doc.publication_date_info and doc.publication_date_info.text:
        info = doc.publication_date_info
        yield info.start, info.end, info.text


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_offsets_slice_sample(extractor, path):
    text = path.read_text(encoding="utf-8")
    doc = extractor.extract(text)
    found = list(spans(doc))
    assert len(found) > 10
    for start, end, written in found:
        assert text[start:end] == written


def test_offsets_long_text_in_pieces(extractor, monkeypatch):
    import coop_extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2_000)
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    doc = extractor.extract(text)
    assert any("pieces" in w for w in doc.warnings)
    for start, end, written in spans(doc):
        assert text[start:end] == written
    assert sum(1 for f in doc.figures if f.kind == "money") >= 13


def test_split_text_pieces_cover_the_text():
    text = ("word " * 50 + "\n") * 100
    pieces = split_text(text, limit=700)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 700 for _, p in pieces)
    assert [o for o, _ in pieces] == [
        sum(len(p) for _, p in pieces[:k]) for k in range(len(pieces))
    ]
