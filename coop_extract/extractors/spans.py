"""Mirror every payload group as a spaCy span group, once, at the end of the pipeline."""

from __future__ import annotations

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import write_spans

GROUPS = ("places", "dates", "figures", "institutions", "officials")


@Language.factory("coop_spans")
def make_spans(nlp: Language, name: str) -> SpanWriter:
    """Build the span writer."""
    return SpanWriter()


class SpanWriter:
    """Fill ``doc.spans["coop_<group>"]`` from ``doc._.coop[group]`` (span id = rule id)."""

    def __call__(self, doc: Doc) -> Doc:
        token_starts = doc.to_array([IDX]).ravel().tolist()
        for group in GROUPS:
            write_spans(doc, group, token_starts)
        return doc
