"""Places from the gazetteer: cities, districts, provinces, SARs, countries and regions.

Matching is on the text with a first-word index over every name and alias (case-sensitive,
whole words, longest name first). A spaCy PhraseMatcher does the same job but must
tokenize all ~2,500 names into the vocabulary when the pipeline is built, which cost half
a second on every start; the index costs milliseconds.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import recache, resources
from ..extensions import add_fact, text_of
from ..resources import Place
from ..textutil import trie_regex

# (a word may open with any letter: "Ürümqi", "Ālā'ĕr")
_WORD = recache.compile(r"[^\W\d_][\w'’.]*")
_KEY_TAIL = recache.compile(r"(?:['’]s|\.)+$")
_PREV_WORD = recache.compile(r"([A-Z][a-z]+)[^\S\n]+$")
# a lower-case word before it: the capitalised word is inside a sentence, not opening it
_LOWER_BEFORE = recache.compile(r"(?<![\w'’-])[a-z][\w'’-]*[^\S\n]+$")
_HOME = frozenset({"CN", "HK", "MO", "TW"})


def _key(word: str) -> str:
    return _KEY_TAIL.sub("", word)


@cache
def gazetteer() -> tuple[list[Place], dict[str, int]]:
    """Return the place entries and a map from every written form to its entry index."""
    entries = resources.places()
    forms: dict[str, int] = {}
    for i, entry in enumerate(entries):
        for form in (entry.name, *entry.aliases):
            # "Xi'an" and "Xi’an": either apostrophe, as the text happens to be typed
            for written in {form, form.replace("’", "'"), form.replace("'", "’")}:
                forms.setdefault(written, i)  # curated entries come first and win
    return entries, forms


@cache
def _index() -> dict[str, list[str]]:
    """First word of each form (before a space or hyphen) -> forms, longest first."""
    _, forms = gazetteer()
    index: dict[str, list[str]] = {}
    for form in forms:
        index.setdefault(_key(re.split(r"[ \-]", form)[0]), []).append(form)
    for names in index.values():
        names.sort(key=len, reverse=True)
    return index


@cache
def _first_chars() -> frozenset[str]:
    """The characters a place name can start with."""
    return frozenset(key[0] for key in _index() if key)


def find_places(text: str) -> list[tuple[int, int, int]]:
    """Return (start, end, entry index) for every place name in ``text``, longest first."""
    _, forms = gazetteer()
    index = _index()
    firsts = _first_chars()
    found: list[tuple[int, int, int]] = []
    last_end = 0
    for m in _WORD.finditer(text):
        start = m.start()
        word = m.group()
        if start < last_end or word[0] not in firsts:
            continue  # most words are lower case, and no place name starts like them
        for form in index.get(_key(word) if word[-1] in "s.'’" else word, ()):
            end = start + len(form)
            if text.startswith(form, start) and not (end < len(text) and text[end].isalnum()):
                found.append((start, end, forms[form]))
                last_end = end
                break
    return found


# A calendar's time zone named by its cities ("(UTC+08:00) Beijing, Chongqing, Hong Kong,
# Urumqi"): the zone, not places the text is about
_TIME_ZONE = recache.compile(r"\((?:UTC|GMT)[ \t]*[+\-−][ \t]*\d{1,2}(?::?\d{2})?\)[^\n.;()]*")
# a language's region code ("en-US", "zh_HK", "pt-PT" in a feed's language field or a
# subtitle list): a locale, no place ("ex-HK", "pro-HK" still name it)
_LOCALE_BEFORE = recache.compile(r"(?<![\w-])(?!(?:ex|pro|non)-)[a-z]{2,3}[-_]$")


@Language.factory("coop_cities")
def make_cities(nlp: Language, name: str) -> CityFinder:
    """Build the place finder."""
    return CityFinder()


class CityFinder:
    """Write place mentions to ``doc._.coop["places"]`` with their gazetteer entry."""

    def __init__(self) -> None:
        self.entries, self.forms = gazetteer()
        self.surnames = resources.surnames()
        self.modifiers = resources.place_modifiers()
        # "China Daily", "Asia Supply Chain Monthly" name a newspaper or a magazine, "South
        # China Sea" a sea (right after the place)
        mastheads = "|".join(sorted(map(re.escape, resources.mastheads()), key=len, reverse=True))
        waters = "|".join(sorted(map(re.escape, resources.water_bodies()), key=len, reverse=True))
        self.name_closer = recache.compile(
            rf"(?:[^\S\n]+[A-Z][\w&'’-]*){{0,3}}?[^\S\n]+(?:{mastheads})\b|[^\S\n]+(?:{waters})\b"
        )
        # "Jinan University" is in Guangzhou: a name about no place it opens with
        self.homonym = recache.compile(rf"(?:{trie_regex(resources.place_homonyms())})(?![\w-])")

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        zones = (
            [m.span() for m in _TIME_ZONE.finditer(text)] if "UTC" in text or "GMT" in text else []
        )
        for start, end, entry_index in find_places(text):
            if any(a <= start < b for a, b in zones):
                continue  # "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi": a time zone
            if end - start <= 3 and _LOCALE_BEFORE.search(text, max(0, start - 4), start):
                continue  # "en-US", "zh_HK": a locale's region code
            entry = self.entries[entry_index]
            if self._is_person_name(text, start, end, entry):
                continue
            if self.name_closer.match(text, end) or self.homonym.match(text, start):
                continue  # "China Daily" names a newspaper, "South China Sea" a sea
            add_fact(
                doc, "places", start, end, "place.gazetteer", entry=entry_index, name=entry.name
            )
        return doc

    def _is_person_name(self, text: str, start: int, end: int, entry: Place) -> bool:
        """'Gu Haidong' is a person, not the city Haidong: a surname stands right before it;
        'Wuhan Li' or a place that is also a surname followed by a given name likewise."""
        if " " in text[start:end] or entry.kind not in ("city", "district"):
            return False
        if entry.population is None:
            return False
        prev = _PREV_WORD.search(text, max(0, start - 30), start)
        if prev is not None and prev.group(1) in self.surnames:
            return True
        if (
            prev is not None
            and entry.country not in _HOME
            and _LOWER_BEFORE.search(text, max(0, prev.start() - 30), prev.start())
            and prev.group(1) not in self.forms
            and prev.group(1) not in self.modifiers
        ):
            return True  # "coach Andrea Colombo": a given name before a foreign city's
        nxt = re.match(r"[^\S\n]+([A-Z][a-z]+)\b", text[end : end + 30])
        return bool(text[start:end] in self.surnames and nxt)
