"""Sentence bounds that respect line breaks (headlines, captions, bylines are their own lines)."""

from __future__ import annotations

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
        # Mark only the first token of each sentence: walking every token costs more than
        # the whole extraction of a short article.
        for start, end in bounds:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                span[0].is_sent_start = True
        return doc
