"""Turn the extractors' payloads into one validated ``Document``: the only place where
candidates become records. Merges mentions into entities, finds later short forms of
people and bodies, resolves overlaps between kinds, and attaches evidence."""

from __future__ import annotations

import re
from functools import cache

from . import recache, resources
from .extractors.cities import gazetteer
from .extractors.institutions import SEAT_LEVELS
from .extractors.officials import surname_of
from .models import (
    City,
    Document,
    Event,
    Evidence,
    Figure,
    Institution,
    Mention,
    Official,
    PublicationDate,
)
from .textutil import (
    ByStart,
    SentenceIndex,
    SpanSet,
    corrects_another,
    norm,
    superseded,
    trie_regex,
    word_spans,
)

_HONORIFIC_BEFORE = recache.compile(
    r"(?<![\w.])" + trie_regex(resources.titles()["honorifics"]) + r"\s+$"
)
_CAPITAL_BEFORE = recache.compile(r"[A-Z][a-z]*\s$")


def _mention(text: str, start: int, end: int, rule: str = "") -> Mention:
    return Mention(text=text[start:end], start=start, end=end, rule=rule)


def assemble(
    text: str,
    facts: dict[str, list[dict]],
    source: str = "<text>",
    pubdate: dict | None = None,
    warnings: list[str] | None = None,
    view: str | None = None,
) -> Document:
    """Build the Document for ``text`` from merged extractor payloads.

    ``view`` is the text the extractors read (``text`` with full-width characters folded,
    same length); searches run on it, and every quoted span is cut from ``text`` itself.
    """
    warnings = list(warnings or [])
    original, text = text, (view if view is not None else text)
    officials = _officials(text, facts.get("officials", []))
    person_spans = [(m.start, m.end) for o in officials for m in o.mentions]
    institutions = _institutions(text, facts.get("institutions", []), person_spans)
    institutions += _employers(text, officials, institutions)
    name_spans = [(m.start, m.end) for i in institutions for m in i.mentions]
    figure_spans = [(f["start"], f["end"]) for f in facts.get("figures", [])]
    # A place inside a money figure is its currency ("650 million US dollars").
    cities = _cities(text, facts.get("places", []), person_spans + figure_spans, name_spans)
    figures = _figures(
        text, facts.get("figures", []), [*institutions, *cities], facts.get("sentences", [])
    )
    events = _events(text, facts.get("events", []), figures, [*officials, *institutions, *cities])
    info = publication_info(pubdate)
    if info is None and text.strip():
        warnings.append(NO_PUBDATE)
    doc = Document(
        source=source,
        publication_date=pubdate["date"] if pubdate else None,
        publication_date_info=info,
        cities=cities,
        officials=officials,
        institutions=institutions,
        events=events,
        figures=figures,
        warnings=warnings,
    )
    if original is not text and original != text:  # only folded text is quoted again
        for q in doc.quoted():  # every span quotes the input as given, not its view
            q.text = original[q.start : q.end]
    return doc


NO_PUBDATE = "no publication date in the text: relative dates are left unresolved"


def publication_info(pubdate: dict | None) -> PublicationDate | None:
    """The record of where the publication date came from (None without one)."""
    if not pubdate:
        return None
    return PublicationDate(
        date=pubdate["date"],
        source=pubdate.get("source", "text"),
        text=pubdate.get("text"),
        start=pubdate.get("start"),
        end=pubdate.get("end"),
        rule=pubdate.get("rule", ""),
    )


def _place_in_name(
    text: str, fact: dict, names: ByStart, place_spans: ByStart | None = None
) -> bool:
    """A place inside an organisation's name that does not locate it ('Golden Phoenix
    Laboratory'): only a place that opens the name, follows 'of'/'in' or, a city, follows
    places only ('Qianhai Shenzhen-Hong Kong Youth ... Hub'; a district after a city names
    a site: 'Wuhan Tianhe International Airport') says where it is. ``place_spans`` are
    given for a city only."""
    for a, b in names.within(fact["start"] - 300, fact["start"] + 1):
        if a <= fact["start"] and fact["end"] <= b and fact["start"] > a:
            lead = text[a : fact["start"]]
            if not re.search(r"\b(?:of|in|of the)\s+$", lead) and not (
                place_spans is not None and _places_only(text, a, fact["start"], place_spans)
            ):
                return True
    return False


def _places_only(text: str, a: int, b: int, place_spans: ByStart) -> bool:
    """Is text[a:b] nothing but places, joined by spaces or dashes?"""
    pos = a
    for s, e in place_spans.within(a, b):
        if text[pos:s].strip(" -–") or s < pos:
            return False
        pos = e
    return pos > a and not text[pos:b].strip(" -–")


def _shouting(text: str, fact: dict) -> bool:
    """'CONTACT US': an upper-case alias inside a line of capitals is a word, not a place."""
    written = text[fact["start"] : fact["end"]]
    if not (written.isupper() and len(written) <= 3):
        return False
    around = text[max(0, fact["start"] - 12) : fact["end"] + 12]
    words = re.findall(r"[A-Za-z]+", around)
    return sum(1 for w in words if w.isupper() and len(w) > 1) >= 2


# Derived (GeoNames) places smaller than this are common pinyin words too ("Jinfeng
# Laboratory", "Yuzhou Hotel"): they count only where the context says they are places.
SMALL_PLACE = 300_000
_PLACE_WORD = recache.compile(
    r"^\s+(?:city|county|district|prefecture|town|township|"
    r"(?:high-tech|hi-tech|development|economic|industrial|free\s+trade)\s+zone|new\s+area)\b",
    re.I,
)
# "in Yuxi", "toured Yuxi", a route's "Kunming → Yuxi"
_PLACE_LEAD = recache.compile(
    r"\b(?:in|to|from|at|near|via|between|and|of|visit|visits|visited|visiting|toured)\s+$"
    r"|,\s*$|→\s*$"
)


@cache
def _currency_unit() -> re.Pattern[str]:
    """The unit word of a currency named after a place ('dollar' in 'US dollar')."""
    units = {name.split()[-1] for name in resources.currencies()["names"] if " " in name}
    return recache.compile(rf"[^\S\n]*(?:{trie_regex(units)})\b", re.I)


def _small_place_confirmed(text: str, fact: dict, province_named: bool) -> bool:
    """'Yuzhou city', 'in Yuzhou, Henan', 'from Jinfeng to ...' yes; 'the Yuzhou Hotel' no;
    'the Yuxi high-tech zone' in a story that names Yunnan, its province, yes."""
    after = text[fact["end"] : fact["end"] + 30]
    if _PLACE_WORD.match(after):
        return True
    if re.match(r"[^\S\n]*[A-Z(]", after) or re.match(r"['’]s\b", after):
        return False  # part of a longer name, or a possessive that names something else
    return province_named or bool(
        _PLACE_LEAD.search(text[max(0, fact["start"] - 12) : fact["start"]])
    )


# between a city and its country: "Coimbra, Portugal", a table's "Coimbra | Portugal",
# "Coimbra (Portugal)"
_COUNTRY_GAP = recache.compile(r"[ \t]*[,|][ \t]*|[ \t]+\(")


def _own_country_after(text: str, end: int, country: str | None, countries: dict) -> bool:
    """Is the place followed by the name of its own country ('Coimbra, Portugal')?"""
    gap = _COUNTRY_GAP.match(text, end)
    return gap is not None and country is not None and countries.get(gap.end()) == country


def _choose_homonym(city: City, entry, mentioned_provinces: set[str]) -> City:
    """Two Suzhous: take the one whose province the text names, when only it is named."""
    if not entry.alternates or entry.province in mentioned_provinces:
        return city
    for alt in entry.alternates:
        if alt.get("province") in mentioned_provinces:
            return city.model_copy(
                update={k: alt.get(k) for k in ("province", "geonameid", "latitude", "longitude")}
            )
    return city


def _cities(
    text: str,
    places: list[dict],
    person_spans: list[tuple[int, int]],
    name_spans: list[tuple[int, int]],
) -> list[City]:
    blocked = SpanSet(person_spans)
    names = ByStart(name_spans, key=lambda span: span[0])
    entries, _ = gazetteer()
    by_entry: dict[int, City] = {}
    provinces = {entries[f["entry"]].name for f in places if entries[f["entry"]].kind == "province"}
    countries = {
        f["start"]: entries[f["entry"]].country
        for f in places
        if entries[f["entry"]].kind == "country"
    }
    place_spans = ByStart(sorted((f["start"], f["end"]) for f in places), key=lambda sp: sp[0])
    for fact in sorted(places, key=lambda f: f["start"]):
        if blocked.overlaps(fact["start"], fact["end"]):
            continue
        runs_on = place_spans if entries[fact["entry"]].kind in ("city", "sar") else None
        if _place_in_name(text, fact, names, runs_on) or _shouting(text, fact):
            continue
        if _currency_unit().match(text, fact["end"]):
            continue  # "7.25 per US dollar", "Hong Kong dollars": a currency, not a place
        entry = entries[fact["entry"]]
        small = entry.population is not None and entry.population < SMALL_PLACE
        if (
            small
            and entry.kind == "city"
            and not _small_place_confirmed(text, fact, entry.province in provinces)
            and not _own_country_after(text, fact["end"], entry.country, countries)
        ):
            continue
        entry = entries[fact["entry"]]
        city = by_entry.get(fact["entry"])
        if city is None:
            kind = (
                entry.kind
                if entry.kind in ("city", "district", "province", "sar", "country", "region")
                else "city"
            )
            city = City(
                name=entry.name,
                kind=kind,
                country=entry.country,
                province=entry.province,
                parent=entry.parent,
                geonameid=entry.geonameid,
                latitude=entry.latitude,
                longitude=entry.longitude,
            )
            by_entry[fact["entry"]] = city
        city.mentions.append(_mention(text, fact["start"], fact["end"], fact["rule"]))
    return [_choose_homonym(city, entries[index], provinces) for index, city in by_entry.items()]


@cache
def _corporate_posts() -> frozenset[str]:
    """The company posts of ``titles.json`` ('founder', 'managing director'), lower case."""
    return frozenset(t.lower() for t in resources.titles()["heads"]["corporate"])


# an official's body named by a proper name alone: "Lusobyte", "Sands China"
_EMPLOYER = re.compile(r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}")
# how far from the person's first mention the body's name is looked for
_EMPLOYER_REACH = 120


def _employers(
    text: str, officials: list[Official], bodies: list[Institution]
) -> list[Institution]:
    """The bodies named only as an official's, with no head noun to make them one
    elsewhere: "Mr Tiago Lopes, founder of Lusobyte", "Sands China's chief executive,
    Ronald Kam". The name must stand near the person's first mention, be no place and no
    body told already; a corporate post makes it a company."""
    places = gazetteer()[1]
    corporate = _corporate_posts()
    heads = resources.org_head_words()
    candidates = [
        person
        for person in officials
        if person.mentions
        # (a company's post; an acronym no name was found for, "HKIC")
        and (person.title or "").lower() in corporate
        and _EMPLOYER.fullmatch(name := person.affiliation or "")
        and name not in places
        and not name.isupper()
        # (a name with a head noun the institutions passed over is a unit or a fragment:
        # "Statistics Section", "Innovation Bureau")
        and not any(w.lower() in heads for w in name.split())
    ]
    if not candidates:
        return []
    names = [n for b in bodies for n in (b.name, *b.aliases, b.acronym) if n]
    known = {_body_key(n) for n in names}
    taken = SpanSet([(m.start, m.end) for b in bodies for m in b.mentions])
    out: list[Institution] = []
    for person in candidates:
        name = person.affiliation or ""
        # (a body told already, or its name cut short: "Bayline" for "Bayline Shipping")
        if _body_key(name) in known or any(n.startswith(name + " ") for n in names):
            continue
        first = person.mentions[0]
        lo = max(0, first.start - _EMPLOYER_REACH)
        near = word_spans(text[lo : first.end + _EMPLOYER_REACH], name)
        if not near or taken.overlaps(lo + near[0][0], lo + near[0][1]):
            continue
        body = Institution(name=name, kind="company", rule="inst.employer")
        body.mentions = [
            _mention(text, a, b, "inst.employer")
            for a, b in word_spans(text, name)
            if not taken.overlaps(a, b)
        ]
        known.add(_body_key(name))
        out.append(body)
    return out


def _same_holder(one: Official, other: Official) -> bool:
    """Can two holders of one unique post be one person? Only where they hold it in the
    same place, or where one names the post in lower case with no place ('after taking
    office as chief executive, Lee Ka-chao'): two posts introduced in capitals, one with
    a place, are two people ("Chief Executive John Lee", "Macao SAR Chief Executive Sam
    Hou Fai")."""
    if norm(one.affiliation or "") == norm(other.affiliation or ""):
        return True
    bare = one if not one.affiliation else other if not other.affiliation else None
    return bare is not None and bool(bare.title) and bare.title.islower()


def _plain_name(name: str) -> str:
    """A name with its surname written in capitals, as a delegation list or a passport
    writes it ("SUN Zhenhai"), in the case prose writes it ("Sun Zhenhai")."""
    return " ".join(
        t.capitalize()
        if len(t) > 1 and t.isupper() and t.capitalize() in resources.surnames()
        else t
        for t in name.split()
    )


def _officials(text: str, found: list[dict]) -> list[Official]:
    people: list[Official] = []
    for fact in sorted(found, key=lambda f: f["start"]):
        name = _plain_name(fact["name"])
        same = next((p for p in people if p.name == name), None)
        if same is None:
            same = Official(
                name=name,
                title=fact.get("title"),
                affiliation=fact.get("affiliation"),
                rule=fact["rule"],
            )
            people.append(same)
        elif same.title is None or (
            fact.get("title")
            and len(fact["title"]) > len(same.title)
            and norm(fact["title"]).startswith(norm(same.title))
        ):
            # The fuller statement of the post wins: "Secretary" (headline) then
            # "Secretary for Social Affairs and Culture" (body).
            same.title = fact.get("title")
            same.affiliation = fact.get("affiliation") or same.affiliation
        elif same.affiliation is None and norm(fact.get("title") or "") == norm(same.title):
            # "Mayor Sun Zhenhai", then a list's "SUN Zhenhai   Mayor, Huaibei": the place
            # the same post is held in
            same.affiliation = fact.get("affiliation")
        if fact["name"] != name and fact["name"] not in same.aliases:
            same.aliases.append(fact["name"])  # ("SUN Zhenhai": its mentions are his)
    # One record per person: the same unique post held under two romanisations.
    unique_posts = set(resources.titles()["unique_posts"])
    merged: list[Official] = []
    for person in people:
        twin = next(
            (
                m
                for m in merged
                if person.title
                and m.title
                and norm(person.title) == norm(m.title)
                and norm(person.title) in unique_posts
                and _same_holder(person, m)
            ),
            None,
        )
        if twin is None:
            merged.append(person)
        elif person.name not in twin.aliases:
            twin.aliases.append(person.name)
            twin.affiliation = twin.affiliation or person.affiliation
    # Mentions: every occurrence of the full name or an alias; later short forms.
    taken = SpanSet()
    for person in merged:
        for form in (person.name, *person.aliases):
            for a, b in word_spans(text, form):
                if not taken.overlaps(a, b):
                    person.mentions.append(_mention(text, a, b, person.rule))
                    taken.add(a, b)
    surnames: dict[str, list[Official]] = {}
    for person in merged:
        surnames.setdefault(surname_of(person.name), []).append(person)
    # An honorific fixes the surname even in an ambiguous order ("Xiang Zhang" ...
    # "Professor Zhang"): every surname-like token of a name may take one.
    for person in merged:
        for token in person.name.split():
            if token in resources.surnames() and token != surname_of(person.name):
                surnames.setdefault(f"@{token}", []).append(person)
    for surname, holders in surnames.items():
        needs_honorific = surname.startswith("@")
        surname = surname.lstrip("@")
        for a, b in word_spans(text, surname):
            if re.match(r"\s+[A-Z]", text[b : b + 2]):
                continue  # "Chan Pak-li", "Lee Ka-chiu": part of a longer name
            honor = _HONORIFIC_BEFORE.search(text, max(0, a - 12), a)
            if honor is not None:
                a = honor.start()
            elif needs_honorific:
                continue
            if taken.overlaps(a, b) or text[a - 1 : a] == "-":
                continue
            if honor is None and _CAPITAL_BEFORE.search(text, max(0, a - 20), a):
                continue  # part of another capitalised name
            if len(holders) != 1:
                continue  # "Mr Chan" with two Chans in the story: left unattached
            person = holders[0]
            alias = text[a:b]
            if alias not in person.aliases and alias != person.name:
                person.aliases.append(alias)
            person.mentions.append(_mention(text, a, b, "official.alias_surname"))
            taken.add(a, b)
    for person in merged:
        person.mentions.sort(key=lambda x: x.start)
    return merged


def _institutions(
    text: str, found: list[dict], person_spans: list[tuple[int, int]]
) -> list[Institution]:
    _, place_forms = gazetteer()
    bodies: list[Institution] = []
    by_key: dict[str, Institution] = {}
    people = SpanSet(person_spans)
    for fact in sorted(found, key=lambda f: (f["start"], -f["end"])):
        if people.overlaps(fact["start"], fact["end"]):
            continue
        name = fact.get("canonical") or fact["name"]
        name = re.sub(r"\s+", " ", name).strip()
        if name in place_forms:
            continue
        key = _body_key(_place_first(name, place_forms))
        acronym = fact.get("acronym")
        body = by_key.get(key) or (by_key.get(norm(acronym)) if acronym else None)
        if body is None:
            body = Institution(
                name=name, acronym=acronym, kind=fact.get("kind", "other"), rule=fact["rule"]
            )
            bodies.append(body)
            by_key[key] = body
        if acronym and not body.acronym:
            body.acronym = acronym
        if acronym:
            by_key.setdefault(norm(acronym), body)
        short = fact.get("short")
        if short and short not in body.aliases and short != body.name:
            body.aliases.append(short)
        if short:  # "Sports Bureau of the Macao SAR Government": then "Sports Bureau" is it
            by_key.setdefault(_body_key(short), body)
        defined = fact.get("defined")
        if defined:  # a filing's defined term: written later, it is this body
            by_key.setdefault(_body_key(defined), body)
            if defined not in body.aliases and defined != body.name:
                body.aliases.append(defined)
        written = re.sub(r"\s+", " ", text[fact["start"] : fact["end"]])
        if written != body.name and written not in body.aliases and written != body.acronym:
            body.aliases.append(written)
        body.mentions.append(_mention(text, fact["start"], fact["end"], fact["rule"]))
    # (twice: "Consulate General" is the short form of one body only once "... of the
    # Republic of Poland" has become the one "... in Hong Kong" names)
    for _ in range(2):
        bodies = _merge_short_forms(text, bodies, place_forms)
    bodies = _merge_cut_company_names(text, bodies)
    bodies = _merge_bilingual_heading(text, bodies)
    bodies = _merge_bracketed_names(text, bodies)
    # Acronyms defined in the text stand for their body everywhere else.
    for body in bodies:
        if not body.acronym:
            continue
        seen = SpanSet([(m.start, m.end) for b in bodies for m in b.mentions])
        for a, b in word_spans(text, body.acronym):
            if not seen.overlaps(a, b):
                body.mentions.append(_mention(text, a, b, "inst.acronym"))
        body.mentions.sort(key=lambda x: x.start)
    return bodies


# (the last "of": "Department of Commerce of Guangxi" is "Guangxi Department of Commerce")
_OF_PLACE = re.compile(r"(.+)\s+of\s+(?:the\s+)?(.+)$")


def _place_first(name: str, place_forms: set[str] | dict) -> str:
    """'Public Security Police Force of Macao' as 'Macao Public Security Police Force', 'Law
    Society of Hong Kong' as 'Hong Kong Law Society': one body, its place before or after
    (a name of one word and its place stays: 'University of Macau')."""
    m = _OF_PLACE.match(name)
    if m is None or m.group(2) not in place_forms or len(m.group(1).split()) < 2:
        return name
    return f"{m.group(2)} {m.group(1)}"


_CORP = re.compile(r"\bcorp\b\.?$")
# a place, its level, then "people's government": the level's government, named in full
# (a bare "Municipal People's Government" keeps its words: the short form of the one
# named so, not of a "... Municipal Government" beside it)
_PEOPLES_GOVERNMENT = re.compile(
    r"(?<=\w )(municipal|provincial|district|county|city|prefectural|regional)\s+people's"
    r"\s+government\b"
)
_LEGAL_SUFFIX = re.compile(r"(?:[\s,]+(?:co|ltd|limited|inc|llc|plc)\.?)+$")


# "the Education Bureau and the Zhaoqing Municipal Education Bureau": two bodies side by side
_SIDE_BY_SIDE = re.compile(r"(?:,|,?\s+(?:and|or|&))\s+(?:the\s+)?")


def _merge_short_forms(
    text: str, bodies: list[Institution], place_forms: set[str] | dict
) -> list[Institution]:
    """'the Law Society' after 'the Law Society of Hong Kong', 'Trade Development Council'
    after 'Hong Kong Trade Development Council': the name without its place is the same
    body, written short, when only one body in the text has that short form (and it is
    never named beside it: "organised by the Education Bureau and the Zhaoqing Municipal
    Education Bureau" is two bureaus)."""
    short: dict[str, list[Institution]] = {}
    for body in bodies:
        for form in _short_forms(body.name, place_forms):
            short.setdefault(_body_key(form), []).append(body)
    kept: list[Institution] = []
    for body in bodies:
        # (not the body itself: "Nansha ... Port Co." is its own short form without "Co.")
        owners = [o for o in short.get(_body_key(body.name), []) if o is not body]
        owner = owners[0] if len(owners) == 1 else None
        if owner is None or body.acronym or _side_by_side(text, body, owner):
            kept.append(body)
            continue
        if body.name not in owner.aliases:
            owner.aliases.append(body.name)
        owner.mentions.extend(body.mentions)
        owner.mentions.sort(key=lambda x: x.start)
    return kept


def _merge_cut_company_names(text: str, bodies: list[Institution]) -> list[Institution]:
    """'Pearl Delta Fund' cut from 'Pearl Delta Fund Management in Shenzhen' after 'Pearl
    Delta Fund Management Co., Ltd.': where every mention of a body runs on, as written,
    into a company's name without its legal suffix, it is that company, named short."""
    cores = []
    for body in bodies:
        suffix = _LEGAL_SUFFIX.search(body.name.lower())
        core = body.name[: suffix.start()] if suffix else ""
        if len(core.split()) >= 2:
            cores.append((core, body))
    if not cores:
        return bodies
    dropped: list[Institution] = []
    for body in bodies:
        for core, owner in cores:
            if (
                owner is body
                or len(core) <= len(body.name)
                or not core.startswith(body.name + " ")
                or not all(_runs_into(text, m, core) for m in body.mentions)
            ):
                continue
            if core not in owner.aliases:
                owner.aliases.append(core)
            owner.mentions.extend(
                _mention(text, m.start, m.start + len(core), m.rule) for m in body.mentions
            )
            owner.mentions.sort(key=lambda x: x.start)
            dropped.append(body)
            break
    return [b for b in bodies if not any(b is d for d in dropped)]


def _runs_into(text: str, m: Mention, core: str) -> bool:
    """Does the text at mention ``m`` read ``core`` whole (a word ends after it)?"""
    end = m.start + len(core)
    return text[m.start : end] == core and not text[end : end + 1].isalnum()


def _side_by_side(text: str, one: Institution, other: Institution) -> bool:
    """Is a mention of one joined to a mention of the other by a comma or 'and'?"""
    return any(
        _SIDE_BY_SIDE.fullmatch(text, a.end, b.start) is not None
        for x, y in ((one, other), (other, one))
        for a in x.mentions
        for b in y.mentions
        if 0 < b.start - a.end <= 12
    )


_BRACKET_OPEN = re.compile(r"[^\S\n]*\([^\S\n]*")
_BRACKET_CLOSE = re.compile(r"[^\S\n]*\)")


def _merge_bracketed_names(text: str, bodies: list[Institution]) -> list[Institution]:
    """'Zhongshan University (Sun Yat-sen University)': a body named in brackets right after
    another of the same head noun is that body under its other name, when it is never named
    anywhere else (the first name is kept, the bracketed one is its alias)."""
    if len(bodies) < 2:
        return bodies
    dropped: list[Institution] = []
    for body in bodies:
        if len(body.mentions) != 1 or any(body is d for d in dropped):
            continue
        inner = body.mentions[0]
        if _BRACKET_CLOSE.match(text, inner.end) is None:
            continue
        for owner in bodies:
            if owner is body or any(owner is d for d in dropped):
                continue
            if owner.name.split()[-1].lower() != body.name.split()[-1].lower():
                continue
            if not any(
                _BRACKET_OPEN.fullmatch(text, m.end, inner.start) is not None
                for m in owner.mentions
            ):
                continue
            if body.name not in owner.aliases:
                owner.aliases.append(body.name)
            owner.mentions = sorted([*owner.mentions, inner], key=lambda x: x.start)
            dropped.append(body)
            break
    return [b for b in bodies if not any(b is d for d in dropped)]


def _merge_bilingual_heading(text: str, bodies: list[Institution]) -> list[Institution]:
    """'Instituto de Promoção do Comércio e do Investimento de Macau' over 'Macao Trade and
    Investment Promotion Institute', each a line of its own at the top of a Macao release:
    one body, named in Portuguese, then in English (the English name is kept, the
    Portuguese one is its alias)."""
    top = text[: sum(len(line) + 1 for line in text.split("\n")[:5])]
    whole: dict[int, Institution] = {}  # line start -> the body that is the whole line
    for body in bodies:
        for m in body.mentions:
            a = text.rfind("\n", 0, m.start) + 1
            b = text.find("\n", m.end)
            if (
                m.end <= len(top)
                and not text[a : m.start].strip()
                and not text[m.end : len(text) if b == -1 else b].strip()
            ):
                whole.setdefault(a, body)
    dropped: list[Institution] = []
    for a, body in whole.items():
        nxt = whole.get(text.find("\n", a) + 1)
        if nxt is None or nxt is body or body.rule != "inst.leading_head":
            continue
        if body.name not in nxt.aliases:
            nxt.aliases.append(body.name)
        nxt.mentions = sorted([*nxt.mentions, *body.mentions], key=lambda x: x.start)
        dropped.append(body)
    return [b for b in bodies if not any(b is d for d in dropped)]


@cache
def _company_heads() -> frozenset[str]:
    return frozenset(resources.org_heads()["heads"]["company"])


_GOVERNMENT_OF = re.compile(
    rf"(?:the\s+)?(.+?)\s+(?:(?:SAR|Special\s+Administrative\s+Region|{'|'.join(SEAT_LEVELS)})\s+)?"
    r"Government"
)


_SEATED_IN = re.compile(r"(.+?)\s+in\s+(?:the\s+)?(.+)$")


_OF_IN = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?=\S)")
# a country's formal name: "the Republic of Poland", "the Kingdom of Thailand"
_STATE_OF = re.compile(
    r"(?:(?:People's|Socialist|Federal|Islamic)\s+)?(?:Republic|Kingdom)\s+of\s+"
)


def _a_place(name: str, place_forms: set[str] | dict) -> bool:
    """Is ``name`` a place, or a country's formal name ("Republic of Poland")?"""
    return name in place_forms or (
        (state := _STATE_OF.match(name)) is not None and name[state.end() :] in place_forms
    )


_SEAT_AT_END = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$")


def _short_forms(name: str, place_forms: set[str] | dict) -> list[str]:
    """The name without a closing 'of/in <place>', a closing '<place>' or an opening
    '<place>' ('s), or a company's name without its closing head ('Harbourline' for
    'Harbourline Bank')."""
    forms = []
    # every "of" or "in" may open the tail: "Consulate General of the Republic of Poland in
    # Hong Kong" is "Consulate General of the Republic of Poland" in its seat, and that is
    # the "Consulate General"
    for tail in _OF_IN.finditer(name):
        head, rest = name[: tail.start()], name[tail.end() :]
        if len(head.split()) < 2:
            continue
        # "... of Guangdong Province", "... of the Macao SAR Government": a place, or the
        # government of one
        owner = _GOVERNMENT_OF.fullmatch(rest)
        # "... of the Cooperation Zone in Hengqin": the zone, seated in its place
        seated = _SEATED_IN.match(rest)
        zone = seated.group(1) if seated and _a_place(seated.group(2), place_forms) else rest
        if (
            _a_place(rest, place_forms)
            or (owner is not None and owner.group(1) in place_forms)
            # "Executive Committee of the Cooperation Zone": a zone or a new area is a place
            or zone.split()[-1] in ("Zone", "Area")
            or _a_place(zone, place_forms)
        ):
            forms.append(head)
    seat = _SEAT_AT_END.search(name)
    if seat is not None and _a_place(seat.group(1), place_forms):
        # "Hengqin Executive Committee" for "Executive Committee of the ... Zone in
        # Hengqin": the short form with its seat before it
        forms += [f"{seat.group(1)} {f}" for f in forms if seat.group(1) not in f]
    words = name.split()
    for k in (1, 2):
        # "Airport Authority" for "Airport Authority Hong Kong": a closing place
        if len(words) - k >= 2 and " ".join(words[-k:]) in place_forms:
            forms.append(" ".join(words[:-k]))
    if len(words) >= 3 and words[-1] in resources.org_heads()["head_tails"]:
        forms.append(" ".join(words[:-1]))  # "Gongbei Customs" for "Gongbei Customs District"
    if len(words) >= 3 and _LEGAL_SUFFIX.search(name.lower()) and words[-2] in _company_heads():
        words = words[:-1]  # "Golden Crust Holdings Limited": "Golden Crust" too
    if len(words) >= 2 and words[-1] in _company_heads():
        rest = " ".join(words[:-1])
        if rest not in place_forms and rest.split()[-1] not in _company_heads():
            forms.append(rest)
    for k in range(1, min(4, len(words) - 1)):
        lead = " ".join(words[:k]).removesuffix("'s").removesuffix("’s")
        # "Portugal–Macao Joint Commission": places joined by a dash open it too
        joined = re.split(r"[-–]", lead)
        if (lead in place_forms or all(p in place_forms for p in joined)) and len(words) - k >= 2:
            forms.append(" ".join(words[k:]))
            if words[k] in SEAT_LEVELS and len(words) - k >= 3:
                # "Department of Commerce" after "Guizhou Provincial Department of Commerce"
                forms.append(" ".join(words[k + 1 :]))
    return forms


def _body_key(name: str) -> str:
    """Names that differ only in spelled-out forms or a parenthesis are one body:
    'Hong Kong (Region) Chamber of ...' = 'Hong Kong Chamber of ...',
    'Hong Kong Special Administrative Region Government' = 'Hong Kong SAR Government'."""
    key = norm(name)
    key = re.sub(r"\s*\([^)]*\)", "", key)
    key = key.replace("special administrative region", "sar").replace("macao", "macau")
    key = re.sub(r"^the\s+", "", key)
    # "HKSAR Government" = "Government of the Hong Kong Special Administrative Region"
    key = re.sub(r"\bhksar\b", "hong kong sar", key)
    key = re.sub(r"\bmsar\b", "macau sar", key)
    key = re.sub(r"^government\s+of\s+(?:the\s+)?(.+)$", r"\1 government", key)
    # "Guangzhou Municipal People's Government" = "Guangzhou Municipal Government"
    key = _PEOPLES_GOVERNMENT.sub(r"\1 government", key)
    # "X Group Co., Ltd." = "X Group": the legal suffix names no other body
    key = _LEGAL_SUFFIX.sub("", key)
    key = _CORP.sub("corporation", key)  # "X Corp." = "X Corporation"
    # "Hong Kong's Beijing Office" = "Hong Kong Office in Beijing": an office named by where
    # it sits, written either way.
    office = re.match(r"(.+?)'s\s+([\w -]+?)\s+((?:liaison\s+|representative\s+)?office)$", key)
    if office:
        key = f"{office.group(1)} {office.group(3)} in {office.group(2)}"
    # "Shenzhen Institute of ..." in a headline = "Shenzhen Institutes of ..." in the text: a
    # head noun in the plural is the same body
    heads = resources.org_head_words()
    return " ".join(
        w[:-3] + "y" if w.endswith("ies") and w[:-3] + "y" in heads
        else w[:-1] if w.endswith("s") and w[:-1] in heads
        else w
        for w in key.split(" ")
    )  # fmt: skip


def _figures(
    text: str,
    found: list[dict],
    entities: list[Institution | City],
    sentences: list[tuple[int, int]],
) -> list[Figure]:
    sentence_index = SentenceIndex(sentences)
    correcting = corrects_another(text)
    if found and (correcting or "version" in text):
        # "(The release gave the growth rate as 25.2 per cent.)", "An earlier version of
        # this story said ...": a corrected text's wrong figure, no fact
        found = [
            f
            for f in found
            if not superseded(text[slice(*sentence_index.bounds_of(f["start"]))], correcting)
        ]
    money = SpanSet([(f["start"], f["end"]) for f in found if f["kind"] == "money"])
    kept = [
        f
        for f in sorted(found, key=lambda f: (f["start"], f["kind"] != "money"))
        if f["kind"] == "money" or not money.overlaps(f["start"], f["end"])
    ]
    index = {f["start"]: k for k, f in enumerate(kept)}
    parties = _mention_index(
        [
            e
            for e in entities
            if not (isinstance(e, City) and e.kind in ("region", "country", "province"))
        ]
    )
    out: list[Figure] = []
    for k, f in enumerate(kept):
        extra: dict = {}
        if "equivalent_of_start" in f and f["equivalent_of_start"] in index:
            extra["equivalent_of"] = index[f["equivalent_of_start"]]
        if f["kind"] == "percentage" and f.get("direction"):
            extra["leads_to"] = _leads_to(text, kept, k)
        if f["kind"] == "agreement_count":
            extra["parties"] = _parties(f, parties, sentence_index)
        out.append(
            Figure(
                kind=f["kind"],
                value=f["value"],
                value_max=f.get("value_max"),
                currency=f.get("currency"),
                unit=f.get("unit"),
                qualifier=f.get("qualifier"),
                text=text[f["start"] : f["end"]],
                start=f["start"],
                end=f["end"],
                subject=f.get("subject"),
                period=f.get("period"),
                direction=f.get("direction"),
                basis=f.get("basis"),
                share=f.get("share", False),
                share_of=f.get("share_of"),
                share_source=f.get("share_source"),
                fields=f.get("fields", []),
                rule=f["rule"],
                **extra,
            )
        )
    # A change and the amount it led to describe one quantity: share the subject.
    for fig in out:
        if fig.leads_to is not None and out[fig.leads_to].subject is None:
            out[fig.leads_to].subject = fig.subject
    return out


def _leads_to(text: str, figures: list[dict], k: int) -> int | None:
    """'increased by 28.7 percent year-on-year to $796 million': the amount after 'to'."""
    pct = figures[k]
    for j in range(k + 1, min(k + 3, len(figures))):
        nxt = figures[j]
        gap = text[pct["end"] : nxt["start"]]
        if nxt["kind"] == "money" and re.fullmatch(
            r"[\s,]*(?:(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)\s*)?,?\s*"
            r"(?:to|at|reaching|hitting|totalling|totaling)\s+",
            gap,
        ):
            return j
    return None


def _mention_index(entities: list) -> ByStart:
    """Every mention of every entity, as (start, name), findable by offset range."""
    return ByStart([(m.start, e.name) for e in entities for m in e.mentions], key=lambda x: x[0])


def _names_within(index: ByStart, spans: list[tuple[int, int]]) -> list[str]:
    """Names with a mention inside any of ``spans``, in order of first mention."""
    found = sorted(hit for a, b in spans for hit in index.within(a, b))
    return list(dict.fromkeys(name for _, name in found))


def _parties(fig: dict, index: ByStart, sentences: SentenceIndex) -> list[str]:
    """Places and bodies named in the agreement count's sentence."""
    if not sentences.bounds:
        return []
    return _names_within(index, [sentences.bounds_of(fig["start"])])


def _events(
    text: str,
    found: list[dict],
    figures: list[Figure],
    entities: list[Official | Institution | City],
) -> list[Event]:
    index = {(f.start, f.end): k for k, f in enumerate(figures)}
    mentions = _mention_index(entities)
    out: list[Event] = []
    for ev in found:
        # Participants: every person, body and place with a mention in the evidence.
        spans = ev.get("spans") or [(ev["start"], ev["end"])]
        participants = _names_within(mentions, spans)
        out.append(
            Event(
                type=ev["type"],
                date=ev["date"],
                end_date=ev["end_date"],
                date_text=ev["date_text"],
                status=ev["status"],
                trigger=ev["trigger"],
                participants=participants,
                location=ev["location"],
                figures=[index[f] for f in ev["figures"] if f in index],
                rule=ev["rule"],
                evidence=Evidence(
                    text=text[ev["start"] : ev["end"]], start=ev["start"], end=ev["end"]
                ),
            )
        )
    return out
