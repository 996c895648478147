"""A Fountain screenplay read as the prose it stands for (``fountain.fountain_text``)."""

from __future__ import annotations

import pytest

from coop_extract import fountain

SCRIPT = """Title: Bridges of Trade
Author: Video Unit, Wuxi Municipal Commerce Bureau
Draft date: 16 November 2026

INT. WUXI MUNICIPAL PEOPLE'S GOVERNMENT - OFFICE - DAY

VICE MAYOR TANG RUOLAN, 40s, reads a briefing on Macao.

VICE MAYOR TANG (V.O.)
(to camera)
Our exports to Macao rose 14 percent this year.

EXT. MACAO, SENADO SQUARE - NIGHT

DR. IEONG KA WAI (CONT'D)
(SUPER: President, Macao Cultural Exchange Society)
We will sign *five cooperation agreements* with Wuxi on Friday.

/* Cut:
INT. PORT - DAY
The harbour master says 40 agreements are pending.
*/

[[Check the percentage with the statistics bureau.]]

> THE END <
"""


def test_a_script_reads_as_prose_with_speakers():
    shown, where = fountain.fountain_text(SCRIPT)
    assert "Draft date: 16 November 2026\n" in shown
    # a character introduced in capitals is in ordinary case
    assert "Vice Mayor Tang Ruolan, 40s, reads a briefing on Macao." in shown
    # a speech: its speaker, in ordinary case, its words; a direction left out
    assert "Vice Mayor Tang: Our exports to Macao rose 14 percent this year." in shown
    assert "to camera" not in shown and "V.O." not in shown
    # a caption of the speaker follows the name as an appositive
    assert "Dr. Ieong Ka Wai, President, Macao Cultural Exchange Society: We will sign" in shown
    # the boneyard is cut; marks go, a note's and centered text's words stay
    assert "harbour master" not in shown and "40 agreements" not in shown
    assert "*" not in shown and "[[" not in shown and "<" not in shown
    assert "Check the percentage with the statistics bureau." in shown
    at = shown.index("Ruolan")
    assert SCRIPT[slice(*where.span(at, at + 6))] == "RUOLAN"


def test_script_extraction(extractor):
    doc = extractor.extract(SCRIPT)
    assert doc.publication_date == "2026-11-16"
    officials = {o.name: (o.title, o.affiliation) for o in doc.officials}
    assert officials["Tang Ruolan"][0] == "Vice Mayor"
    assert officials["Ieong Ka Wai"] == ("President", "Macao Cultural Exchange Society")
    assert [(f.kind, f.value) for f in doc.figures] == [
        ("percentage", 14),
        ("agreement_count", 5),
    ]
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-11-20")]
    assert doc.warnings[-1].startswith("read as a screenplay")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SCRIPT, True),
        ("INT. OFFICE - DAY\n\nA talk.\n\nEXT. STREET - NIGHT\n\nRain.\n", True),
        ("Title: Report\n\nEXT. PORT - DAY\n\nShips.\n", True),
        ("The INT. and EXT. codes mark interior and exterior shots.\n", False),
        ("INT. OFFICE - DAY\n\nOne scene only, with no title page.\n", False),
    ],
)
def test_only_a_script_is_read_as_one(text, expected):
    assert fountain.looks_like_fountain(text) is expected
