"""Shouted lines read in ordinary case, letter for letter."""

import pytest

from coop_extract.truecase import truecase

# fmt: off
CASES = [
    # a wire flash: places and known acronyms keep their spelling, small words go lower case
    ("BN 11/24 09:31 *ZHUHAI AND MACAU SIGN PACT ON TOURISM: XINHUA",
     "Bn 11/24 09:31 *Zhuhai and Macau sign Pact on Tourism: Xinhua"),
    ("*HK'S HKTDC TO LEAD MISSION TO CHENGDU", "*HK's HKTDC to lead Mission to Chengdu"),
    # ordinary lines, and short capitals, are left alone
    ("The HKTDC and IPIM met in Macao.", "The HKTDC and IPIM met in Macao."),
    ("VOLUNTARY ANNOUNCEMENT\nText.", "VOLUNTARY ANNOUNCEMENT\nText."),
    # a column of capitals beside a word in ordinary case shouts on its own
    ("NANSHA HARBOUR TOWAGE LIMITED          Plaintiff",
     "Nansha Harbour Towage Limited          Plaintiff"),
    # letters outside ASCII are letters of their word
    ("CENTRO DE CIÊNCIA PARA JOVENS DE MACAU", "Centro de Ciência Para Jovens de Macau"),
    # an ordinal's letters after its digits stay lower case (a "5G" is no ordinal)
    ("FIRST SESSION OF THE 15TH GUANGDONG PEOPLE'S CONGRESS ON 5G",
     "First Session of the 15th Guangdong People's Congress on 5G"),
    # a given name's syllable after a hyphen is lower case, a place's name, a month and
    # letters with no vowel keep their capital; honours after a name keep their letters
    ("THE HONOURABLE SIMON LO KWAN-HO, GBS, JP", "The Honourable Simon Lo Kwan-ho, GBS, JP"),
    ("GUANGDONG-HONG KONG-MACAO TRADE FAIR OPENS IN ZHUHAI",
     "Guangdong-Hong Kong-Macao Trade Fair opens in Zhuhai"),
    ("*DATA PILOT TO START IN QIANHAI BY END-MARCH", "*Data Pilot to start in Qianhai by End-March"),
    ("SHENZHEN-ZHUHAI LINK TO OPEN AS HK-SZ TRADE GROWS",
     "Shenzhen-Zhuhai Link to open as HK-Sz Trade Grows"),
    # a speaker's label in capitals, and a heading's name before a dash, on a line that
    # does not shout
    ("MR CHAN KA-LOK (in Cantonese): President, I move.",
     "Mr Chan Ka-lok (in Cantonese): President, I move."),
    ("LEGISLATIVE COUNCIL - 18 November 2026", "Legislative Council - 18 November 2026"),
    ("NOTE: the room changed.", "NOTE: the room changed."),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_truecase_shouted_lines(text, expected):
    out = truecase(text)
    assert out == expected
    assert len(out) == len(text)


def test_truecase_records_quote_the_input(extractor):
    text = (
        "First Word — Monday, November 24, 2025\n\nBN 11/24 10:05 *FOSHAN MAYOR BAI TAO SIGNS PACT"
    )
    doc = extractor.extract(text)
    assert [(o.name, o.mentions[0].text) for o in doc.officials] == [("Bai Tao", "BAI TAO")]
    assert [c.name for c in doc.cities] == ["Foshan"]
    assert [e.evidence.text for e in doc.events] == [
        "BN 11/24 10:05 *FOSHAN MAYOR BAI TAO SIGNS PACT"
    ]
