"""A TOML document read as its fields (``tomlview.toml_text``), every character mapped back to
the file."""

from __future__ import annotations

from coop_extract import tomlview

EVENT_DATA = (
    "# data/events/baoding-macao.toml\n"
    "# Event data for the portal. Last edited 2026-11-21 by the web desk.\n\n"
    'title = "Baoding (Macao) Trade Week"\n'
    "start = 2026-12-02\n"
    "end = 2026-12-05\n"
    'organisers = [\n  "Baoding Municipal Bureau of Commerce",\n  "Macao Trade Office",\n]\n'
    'summary = """\n'
    "The week opens with a promotion conference. Trade rose \\\n"
    '    21% last year, to 2.5 million patacas, the \\"bureau\\" said.\n"""\n\n'
    "[[sessions]]\n"
    "date = 2026-12-03\n"
    'title = "Roundtable with Macao importers"\n'
    'speakers = ["Mayor Yue Lin (Baoding)"]\n'
    "meta = { draft = false }\n"
)


def test_toml_fields_shown_as_front_matter_reads():
    assert tomlview.looks_like_toml(EVENT_DATA)
    shown, where = tomlview.toml_text(EVENT_DATA)
    # each key and its value as a field; an array's strings one a line; a multi-line
    # string's text with its line-ending backslash joined and escapes decoded; a table's
    # header a paragraph's break; an inline table shows nothing; comments their words
    assert shown == (
        "data/events/baoding-macao.toml\n"
        "Event data for the portal. Last edited 2026-11-21 by the web desk.\n\n"
        "title: Baoding (Macao) Trade Week\nstart: 2026-12-02\nend: 2026-12-05\n"
        "organisers: Baoding Municipal Bureau of Commerce\nMacao Trade Office\n"
        "summary: \nThe week opens with a promotion conference. Trade rose 21% last year, "
        'to 2.5 million patacas, the "bureau" said.\n\n\n\n'
        "date: 2026-12-03\ntitle: Roundtable with Macao importers\n"
        "speakers: Mayor Yue Lin (Baoding)\nmeta: \n"
    )
    at = shown.index("rose 21%")
    assert EVENT_DATA[slice(*where.span(at, at + 8))] == "rose \\\n    21%"


def test_toml_extracted(extractor):
    doc = extractor.extract(EVENT_DATA)
    assert doc.publication_date == "2026-11-21"
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("conference", "2026-12-02", "2026-12-05"),
        ("conference", "2026-12-03", None),
    ]
    assert [(o.name, o.title, o.affiliation) for o in doc.officials] == [
        ("Yue Lin", "Mayor", "Baoding")
    ]
    assert [(f.value, f.currency) for f in doc.figures if f.kind == "money"] == [(2_500_000, "MOP")]
    assert doc.warnings[-1].startswith("read as TOML")


def test_prose_with_an_equals_sign_is_no_toml():
    assert not tomlview.looks_like_toml("Revenue = cost + margin, the bureau said.\nIt grew.\n")
    assert not tomlview.looks_like_toml('a = 1\nb = 2\nc = "x"\nd = 4\n')  # (no table)


def test_ini_settings_read_as_fields(extractor):
    ini = (
        "; Event microsite settings\n; Last updated 2026-11-22\n\n[event]\n"
        "name = Bozhou (Hong Kong) Herbs Expo\nstart_date = 2026-12-03\nend_date = 2026-12-05\n"
        "venue = Hong Kong Convention and Exhibition Centre\n\n[news]\n"
        "item1 = Bozhou's herb exports to Hong Kong rose 22% this year.\n"
        "item2 = The city signed 3 agreements in Hong Kong on Monday.\n"
    )
    assert tomlview.looks_like_toml(ini)
    doc = extractor.extract(ini)
    assert doc.publication_date == "2026-11-22"
    # each item a field of its own, not run on into the one before
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("conference", "2026-12-03", "2026-12-05"),
        ("signing", "2026-11-16", None),
    ]
