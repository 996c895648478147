"""Sentence bounds that respect line breaks (headlines, captions, bylines are their own lines)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import store
from ..textutil import sentence_bounds


@Language.factory("coop_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """Build the sentence splitter."""
    return SentenceSplitter()


class SentenceSplitter:
    """Record sentence bounds in ``doc._.coop["sentences"]`` and set ``token.is_sent_start``."""

    def __call__(self, doc: Doc) -> Doc:
        bounds = sentence_bounds(doc.text)
        store(doc)["sentences"] = bounds
        starts = {s for s, _ in bounds}
        for token in doc:
            token.is_sent_start = token.i == 0 or token.idx in starts
        return doc
