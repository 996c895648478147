"""Places from the gazetteer: cities, districts, provinces, SARs, countries and regions."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import resources
from ..extensions import add_fact
from ..resources import PlaceEntry


@cache
def gazetteer() -> tuple[list[PlaceEntry], dict[str, int]]:
    """Return the place entries and a map from every written form to its entry index."""
    entries = resources.places()
    forms: dict[str, int] = {}
    for i, entry in enumerate(entries):
        for form in (entry.name, *entry.aliases):
            forms.setdefault(form, i)  # curated entries come first and win
    return entries, forms


@Language.factory("coop_cities")
def make_cities(nlp: Language, name: str) -> CityFinder:
    """Build the place finder (a PhraseMatcher over every gazetteer name and alias)."""
    return CityFinder(nlp)


class CityFinder:
    """Write place mentions to ``doc._.coop["places"]`` with their gazetteer entry."""

    def __init__(self, nlp: Language):
        self.entries, forms = gazetteer()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        names = list(forms)
        # Tokenizer only: building patterns must not run the rest of the pipeline.
        for form, pattern in zip(names, nlp.tokenizer.pipe(names), strict=True):
            self.matcher.add(f"place:{forms[form]}", [pattern])
        self.surnames = resources.surnames()

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        for span in filter_spans(spans):
            entry_index = int(span.label_.split(":", 1)[1])
            entry = self.entries[entry_index]
            if self._is_person_name(doc, span.start, span.end, entry):
                continue
            add_fact(
                doc,
                "places",
                span.start_char,
                span.end_char,
                "place.gazetteer",
                entry=entry_index,
                name=entry.name,
            )
        return doc

    def _is_person_name(self, doc: Doc, start: int, end: int, entry: PlaceEntry) -> bool:
        """'Gu Haidong' is a person, not the city Haidong: a surname stands right before it."""
        if end - start != 1 or entry.kind not in ("city", "district") or entry.population is None:
            return False
        prev = doc[start - 1] if start > 0 else None
        nxt = doc[end] if end < len(doc) else None
        if prev is not None and prev.text in self.surnames:
            return True
        return bool(
            doc[start].text in self.surnames
            and nxt is not None
            and nxt.text[:1].isupper()
            and nxt.is_alpha
        )
