"""An app's strings file read as the text it shows (``appstrings.strings_text``)."""

from __future__ import annotations

import pytest

from coop_extract import appstrings

STRINGS = (
    "/* Localizable.strings\n   Updated 2026-11-20 by the Quzhou Tourism Bureau */\n\n"
    '/* Home */\n"home.title" = "Quzhou Culture Week in Macao";\n'
    '"home.dates" = "7\\U20139 December 2026";\n'
    '"news.body" = "Quzhou will sign 5 tourism agreements with \\"Macao\\" agencies on the '
    'opening day.\\nEntry is free.";\n'
    '"button.ok" = "OK";\n'
)


def test_strings_show_their_values_decoded():
    shown, where, entries = appstrings.strings_text(STRINGS)
    assert entries == 4
    assert "home.title" not in shown and '" = "' not in shown
    assert "Updated 2026-11-20 by the Quzhou Tourism Bureau\n" in shown
    assert "\n7–9 December 2026\n" in shown
    assert (
        'Quzhou will sign 5 tourism agreements with "Macao" agencies on the opening day.\n' in shown
    )
    assert "opening day.\nEntry is free." in shown
    # a decoded escape stands for its whole escape
    at = shown.index("–")
    assert STRINGS[slice(*where.span(at, at + 1))] == "\\U2013"


def test_strings_extraction(extractor):
    doc = extractor.extract(STRINGS)
    assert doc.publication_date == "2026-11-20"
    assert [(e.type, e.date, e.end_date) for e in doc.events] == [
        ("conference", "2026-12-07", "2026-12-09"),
        ("signing", "2026-12-07", None),
    ]
    assert [(f.kind, f.value) for f in doc.figures] == [("agreement_count", 5)]
    assert doc.warnings[-1].startswith("read as an app's strings file")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (STRINGS, True),
        ('She said "yes" = "no"; then left.\nAnother line.\n', False),
        ('"a" = "b";\n', False),
    ],
)
def test_only_a_strings_file_is_read_as_one(text, expected):
    assert appstrings.looks_like_strings(text) is expected
