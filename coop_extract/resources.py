"""Load and validate the data files under ``coop_extract/data/``, once per process."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlaceEntry(_Strict):
    """One gazetteer entry (curated ``places.jsonl`` or derived ``geonames_places.jsonl``)."""

    name: str
    kind: str
    country: str | None = None
    province: str | None = None
    parent: str | None = None
    aliases: list[str] = Field(default_factory=list)
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    # Other places of the same name (two Suzhous), chosen when the text names their province.
    alternates: list[dict] = Field(default_factory=list)


@dataclass(slots=True, frozen=True)
class Place:
    """A gazetteer entry at run time: the fields of ``PlaceEntry`` in a plain slotted class.

    The data files are validated against ``PlaceEntry`` by tests/test_data_files.py; at
    start-up 2,000 rows are only built, and a dataclass builds fifty times faster than a
    pydantic model (even with ``model_construct``), which counted in cold start.
    """

    name: str
    kind: str
    country: str | None = None
    province: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    alternates: tuple[dict, ...] = ()


def _place(row: dict) -> Place:
    return Place(
        **{
            **row,
            "aliases": tuple(row.get("aliases", ())),
            "alternates": tuple(row.get("alternates", ())),
        }
    )


class InstitutionEntry(_Strict):
    """A well-known institution with its acronym."""

    name: str
    acronym: str | None = None
    kind: str = "other"
    aliases: list[str] = Field(default_factory=list)

    @property
    def forms(self) -> set[str]:
        """Every way it is written: its name, its aliases, its acronym."""
        return {self.name, *self.aliases, *([self.acronym] if self.acronym else [])}


def read_text(name: str) -> str:
    """Return the text of ``data/<name>``."""
    return resources.files("coop_extract").joinpath("data", name).read_text(encoding="utf-8")


def read_json(name: str) -> Any:
    """Return the parsed JSON of ``data/<name>``."""
    return json.loads(read_text(name))


def read_jsonl(name: str) -> list[dict]:
    """Return the objects of the JSON-lines file ``data/<name>``."""
    return [json.loads(line) for line in read_text(name).splitlines() if line.strip()]


def read_word_list(name: str) -> list[str]:
    """Return the words of a text list (``#`` comments; one or more words a line)."""
    words: list[str] = []
    for line in read_text(name).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words.append(line)
    return words


@cache
def places() -> list[Place]:
    """Curated places first, then the derived GeoNames places they do not already name."""
    curated = [_place(row) for row in read_jsonl("places.jsonl")]
    seen = {p.name for p in curated} | {a for p in curated for a in p.aliases}
    derived = []
    for row in read_jsonl("geonames_places.jsonl"):
        if row["name"] in seen:
            continue
        plain = _folded(row["name"], seen)
        if plain and row["country"] == "CN":
            # a Chinese name is written in English as pinyin without its tone marks
            # ("Urumqi", not GeoNames' "Ürümqi"): that is its name, the marked form an
            # alias, and so are the spellings of its "lü" and "nü" with "v" and "yu"
            # ("Lvliang", "Lyuliang")
            name = row["name"]
            spelt = [_plain(_PINYIN_U.sub(u, name)) for u in ("v", "yu") if _PINYIN_U.search(name)]
            row = {**row, "name": plain[0], "aliases": [name, *spelt]}
        else:
            row = {**row, "aliases": plain}
        derived.append(_place(row))
    return curated + derived


_PINYIN_U = re.compile(r"(?<=[lnLN])ü")


def _folded(name: str, seen: set[str]) -> list[str]:
    """'Cần Thơ' is written 'Can Tho' in English news: the name without its accents, as an
    alias (unless a curated place already has that form)."""
    plain = _plain(name)
    return [plain] if plain != name and plain.isascii() and plain not in seen else []


def _plain(name: str) -> str:
    """``name`` without its accents ("Cần Thơ" reads "Can Tho")."""
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
        if not unicodedata.combining(c)
    )


@cache
def known_institutions() -> list[InstitutionEntry]:
    """Well-known institutions (acronyms an article may use without spelling out)."""
    return [InstitutionEntry(**row) for row in read_jsonl("institutions.jsonl")]


@cache
def surnames() -> frozenset[str]:
    """Chinese surnames in the romanisations news uses."""
    return frozenset(w for line in read_word_list("surnames.txt") for w in line.split())


@cache
def place_modifiers() -> frozenset[str]:
    """Capitalised words that open a place's name as written ("Greater", "Downtown")."""
    return frozenset(read_word_list("place_modifiers.txt"))


@cache
def small_words() -> frozenset[str]:
    """The small words a line or a shouted headline goes on after ("of", "the", "and")."""
    return frozenset(read_json("truecase.json")["small_words"])


@cache
def hyphen_compounds() -> frozenset[str]:
    """Words that follow a compound's own hyphen ("-based", "-owned", "-boundary")."""
    return frozenset(read_word_list("hyphen_compounds.txt"))


@cache
def mastheads() -> tuple[str, ...]:
    """Words that close an outlet's name after a place ("China Daily")."""
    return tuple(read_word_list("mastheads.txt"))


@cache
def place_homonyms() -> tuple[str, ...]:
    """Names that open with a place's name but are not about it ("Jinan University")."""
    return tuple(read_word_list("place_homonyms.txt"))


@cache
def water_bodies() -> tuple[str, ...]:
    """Words that close a sea's or a street's name after a place ("South China Sea",
    "Beijing Road")."""
    return tuple(read_word_list("water_bodies.txt"))


@cache
def titles() -> dict[str, Any]:
    """The title vocabulary (``titles.json``)."""
    return read_json("titles.json")


@cache
def org_heads() -> dict[str, Any]:
    """Organisation head nouns and their kinds (``org_heads.json``)."""
    return read_json("org_heads.json")


@cache
def currencies() -> dict[str, Any]:
    """Currency prefixes and names mapped to ISO 4217 codes."""
    return read_json("currencies.json")


@cache
def numbers() -> dict[str, Any]:
    """Number words, scale words and qualifiers."""
    return read_json("numbers.json")


@cache
def agreement_units() -> dict[str, Any]:
    """What an agreement count may count."""
    return read_json("agreement_units.json")


@cache
def pubdate_header() -> dict[str, Any]:
    """What a header line holding the publication date may contain."""
    return read_json("pubdate_header.json")


@cache
def tense_words() -> dict[str, Any]:
    """Words that set a clause's tense (future markers, irregular pasts, committing verbs)."""
    return read_json("tense_words.json")


@cache
def event_triggers() -> dict[str, Any]:
    """Trigger words per event type."""
    return read_json("event_triggers.json")


@cache
def honorific_words() -> frozenset[str]:
    """The honorifics of ``titles.json`` without their stops ('Mr', 'Dr', 'Prof')."""
    return frozenset(h.rstrip(".") for h in titles()["honorifics"])


@cache
def org_head_words() -> frozenset[str]:
    """Every organisation head noun of ``org_heads.json``, in lower case."""
    return frozenset(h.lower() for words in org_heads()["heads"].values() for h in words)


@cache
def venue_heads() -> tuple[str, ...]:
    """The head words that close a venue's name ('Centre', 'Hall'), capitalised as a name
    writes them (``event_triggers.json``'s venue words)."""
    return tuple(w.capitalize() for w in event_triggers()["venue_words"])
