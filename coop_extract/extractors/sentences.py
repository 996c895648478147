"""Sentence bounds that respect line breaks (headlines, captions, bylines are their own lines)."""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import store, text_of
from ..textutil import sentence_bounds


@Language.factory("coop_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """Build the sentence splitter."""
    return SentenceSplitter()


class SentenceSplitter:
    """Record sentence bounds in ``doc._.coop["sentences"]`` and set ``token.is_sent_start``."""

    def __call__(self, doc: Doc) -> Doc:
        bounds = sentence_bounds(text_of(doc))
        store(doc)["sentences"] = bounds
        # One array write: setting token.is_sent_start one by one re-checks the whole doc
        # each time, which is quadratic on a long text.
        starts = numpy.zeros(len(doc), dtype="uint64")  # 1 = starts a sentence
        token_starts = doc.to_array([IDX]).ravel().tolist()
        for start, _ in bounds:
            k = bisect_left(token_starts, start)
            if k < len(starts):
                starts[k] = 1
        if len(starts):
            starts[0] = 1
            doc.from_array([SENT_START], starts.reshape(-1, 1))
        return doc
