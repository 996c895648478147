"""Captions in SAMI read as running text (``sami.sami_text``)."""

from __future__ import annotations

from coop_extract import sami

# original captions of a news report, as a broadcaster's archive keeps them: a title, a
# style sheet, cues with line breaks, a blank cue, and the same cue in a second language
CAPTIONS = (
    "<SAMI>\n<HEAD>\n<TITLE>Evening News - Anshun</TITLE>\n"
    '<STYLE TYPE="text/css">\n<!--\n.ENCC { name: English; lang: en-US; }\n-->\n</STYLE>\n'
    "</HEAD>\n<BODY>\n"
    "<SYNC Start=0><P Class=ENCC>Evening News, Friday 4 December 2026.\n"
    "<SYNC Start=3000><P Class=ENCC>Anshun&#39;s Vice Mayor<br>Pan Jiayi signed 3 agreements\n"
    "<SYNC Start=3000><P Class=PTCC>Vice-presidente Pan Jiayi assinou 3 acordos\n"
    "<SYNC Start=6000><P Class=ENCC>&nbsp;\n"
    "<SYNC Start=6500><P Class=ENCC>in Macao on Thursday, worth<br><i>MOP 20 million</i>.\n"
    "</BODY>\n</SAMI>\n"
)


def test_sami_is_known_by_its_first_tag():
    assert sami.looks_like_sami(CAPTIONS)
    assert not sami.looks_like_sami("<html><body><p>A page</p></body></html>")


def test_sami_shows_the_title_then_the_captions_as_running_text():
    shown, where = sami.sami_text(CAPTIONS)
    assert shown.startswith("Evening News - Anshun\n\n")
    words = " ".join(shown.split())
    assert words.endswith(
        "Evening News, Friday 4 December 2026. Anshun's Vice Mayor Pan Jiayi signed 3"
        " agreements in Macao on Thursday, worth MOP 20 million."
    )
    assert "assinou" not in shown and "ENCC" not in shown and "lang" not in shown
    at = shown.index("'")
    assert CAPTIONS[slice(*where.span(at, at + 1))] == "&#39;"
    at = shown.index("Pan Jiayi")
    assert CAPTIONS[slice(*where.span(at, at + 9))] == "Pan Jiayi"


def test_sami_extraction(extractor):
    doc = extractor.extract(CAPTIONS)
    assert doc.publication_date == "2026-12-04"
    assert [(o.name, o.title) for o in doc.officials] == [("Pan Jiayi", "Vice Mayor")]
    assert [(f.kind, f.value, f.currency) for f in doc.figures] == [
        ("agreement_count", 3.0, None),
        ("money", 20000000.0, "MOP"),
    ]
    assert [(e.type, e.date) for e in doc.events] == [("signing", "2026-12-03")]
    assert any("SAMI" in w for w in doc.warnings)
