"""Places: canonical names, kinds, provinces, and words that are not places."""

import pytest

# fmt: off
CASES = [
    ("Suzhou's Party Secretary led a delegation to Hong Kong.",
     [("Suzhou", "city", "Jiangsu"), ("Hong Kong", "sar", None)]),
    ("HK and Macao leaders met in Canton.",
     [("Hong Kong", "sar", None), ("Macau", "sar", None), ("Guangzhou", "city", "Guangdong")]),
    ("The Chongqing-Hong Kong High-Level Meeting opened.",
     [("Chongqing", "city", "Chongqing"), ("Hong Kong", "sar", None)]),
    ("Firms in Qianhai and Hengqin expanded.",
     [("Qianhai", "district", "Guangdong"), ("Hengqin", "district", "Guangdong")]),
    # a time zone's cities are no places of the text
    ("When: 8 December 2026 3:00 PM (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi.\n"
     "Talks in Jiangmen.", [("Jiangmen", "city", "Guangdong")]),
    # Foshan's and Zhuhai's districts
    ("Makers in Shunde District and Doumen exported more.",
     [("Shunde", "district", "Guangdong"), ("Doumen", "district", "Guangdong")]),
    ("Jiangsu province and the Greater Bay Area", [("Jiangsu", "province", "Jiangsu"),
                                                   ("Greater Bay Area", "region", None)]),
    ("Trade with the US and Mainland China grew.", [("United States", "country", None),
                                                   ("China", "country", None)]),
    # either apostrophe (GeoNames writes "Xi’an"); the canonical name has the plain one
    ("Xi’an and Huai'an signed a pact.",
     [("Xi'an", "city", "Shaanxi"), ("Huai'an", "city", "Jiangsu")]),
    ("Xi'an's mayor spoke.", [("Xi'an", "city", "Shaanxi")]),
    # Vietnamese spellings with the syllables apart; a name written without its accents
    ("Ha Noi and Hai Phong welcomed the Nanning mission.",
     [("Hanoi", "city", None), ("Haiphong", "city", None), ("Nanning", "city", "Guangxi")]),
    ("The flight to Can Tho took off.", [("Cần Thơ", "city", None)]),
    # a Chinese name is the pinyin without its marks, whichever way it is written ("lü" also
    # as "lv" or "lyu"); a name may open with a marked letter
    ("Ürümqi and Lvliang signed a pact.",
     [("Urumqi", "city", "Xinjiang"), ("Luliang", "city", "Shanxi")]),
    # people, words and names that are not places
    ("Gu Haidong spoke.", []),
    ("Most firms split the cost at the university.", []),
    ("CONTACT US\nCALL US ANYTIME", []),
    ("They met at the Golden Phoenix Laboratory.", []),
    ("It invested 650 million US dollars.", []),
    ("The yuan ended at 7.25 per US dollar.", []),
    ("Deposits in Singapore dollars rose in Hong Kong.", [("Hong Kong", "sar", None)]),
    # a place that opens a newspaper's name names the paper
    ("Foshan opened a depot, China Daily reported.", [("Foshan", "city", "Guangdong")]),
    ("Zhuhai told the South China Morning Post and the Macau Daily Times it would.",
     [("Zhuhai", "city", "Guangdong")]),
    # a given name before a foreign city's name makes a person ("Marco Milan"); a place's
    # own modifier does not
    ("Guangzhou hired midfielder Marco Milan last week.", [("Guangzhou", "city", "Guangdong")]),
    ("Flights link Guangzhou with Greater Milan.",
     [("Guangzhou", "city", "Guangdong"), ("Milan", "city", None)]),
    # partner cities of half a million people, also before "-based"; a place-word that is a
    # Hong Kong district's first word is no city
    ("Edinburgh-based Ledgerline and a Lyon studio met in Kennedy Town.",
     [("Edinburgh", "city", None), ("Lyon", "city", None)]),
    # a name that opens with a homonym of a place is not about it (Jinan University is in
    # Guangzhou); the place alone still is
    ("Students at Jinan University and at Nanyang Polytechnic met in Foshan.",
     [("Foshan", "city", "Guangdong")]),
    ("A Jinan trade delegation met in Foshan.",
     [("Jinan", "city", "Shandong"), ("Foshan", "city", "Guangdong")]),
    # a place that opens a sea's name is no place of the story
    ("Buoys in the South China Sea send data to Haikou.", [("Haikou", "city", "Hainan")]),
    # a city after places only, at a name's start, locates the body; a district after a
    # city names a site
    ("Teams met at the Qianhai Shenzhen-Hong Kong Youth Innovation and Entrepreneur Hub.",
     [("Qianhai", "district", "Guangdong"), ("Shenzhen", "city", "Guangdong"),
      ("Hong Kong", "sar", None)]),
    ("The flight landed at Wuhan Tianhe International Airport.", [("Wuhan", "city", "Hubei")]),
    # a street named after a city is no mention of it
    ("We dined on Nanjing Road in Guangzhou's old town.", [("Guangzhou", "city", "Guangdong")]),
    # a locale's region code is no place ("ex-HK" and "pro-HK" still name Hong Kong)
    ("<language>en-US</language> News from Dalian", [("Dalian", "city", "Liaoning")]),
    ("Subtitles: en-US, zh_HK, pt-PT", []),
    ("The ex-HK official flew to Dalian.", [("Hong Kong", "sar", None),
                                            ("Dalian", "city", "Liaoning")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cities_canonical_names(extractor, text, expected):
    doc = extractor.extract(text)
    assert [(c.name, c.kind, c.province) for c in doc.cities] == expected


def test_cities_marked_and_plain_spellings_are_one_place(extractor):
    (city,) = extractor.extract("Officials from Urumqi met in Ürümqi.").cities
    assert (city.name, [m.text for m in city.mentions]) == ("Urumqi", ["Urumqi", "Ürümqi"])
    (city,) = extractor.extract("Lüliang, Lyuliang and Luliang").cities
    assert (city.name, len(city.mentions)) == ("Luliang", 3)


def test_cities_one_record_per_place_with_all_mentions(extractor):
    text = "Hong Kong (HK) and Hongkong firms: HK leads."
    (city,) = extractor.extract(text).cities
    assert city.name == "Hong Kong"
    assert [m.text for m in city.mentions] == ["Hong Kong", "HK", "Hongkong", "HK"]
    assert all(text[m.start : m.end] == m.text for m in city.mentions)


def test_cities_carry_geonames_id_and_coordinates(extractor):
    (city,) = extractor.extract("A delegation went to Qinzhou.").cities
    assert city.geonameid == 1797551
    assert city.latitude == pytest.approx(21.95, abs=0.1)


# fmt: off
HOMONYMS = [
    ("Suzhou signed a deal with Hong Kong.", "Jiangsu"),
    ("Suzhou, a city in Anhui province, signed a deal.", "Anhui"),
    ("Suzhou, a city in Jiangsu province, met Anhui officials.", "Jiangsu"),
]
# fmt: on


@pytest.mark.parametrize(("text", "province"), HOMONYMS)
def test_cities_two_suzhous_by_evidence(extractor, text, province):
    suzhou = next(c for c in extractor.extract(text).cities if c.name == "Suzhou")
    assert suzhou.province == province


# fmt: off
SMALL = [
    ("They met at the Yuzhou Hotel.", []),
    ("From Jinfeng Laboratory to the knife.", []),
    ("Sharing Jinfeng’s visit experience.", []),
    ("Investors toured Yuzhou city last week.", ["Yuzhou"]),
    ("Factories in Yuzhou, Henan expanded.", ["Yuzhou", "Henan"]),
    # Portugal's cities are in the gazetteer; a visit confirms a small place
    ("A delegation will visit Coimbra and Braga next month.", ["Coimbra", "Braga"]),
    # a zone's name, a route's arrow, or the place's province named in the story
    ("Investors toured the Yuzhou economic zone.", ["Yuzhou"]),
    ("Day 2: Zhengzhou → Yuzhou", ["Zhengzhou", "Yuzhou"]),
    ("Henan officials showed the Yuzhou plant to guests.", ["Henan", "Yuzhou"]),
    # its own country right after it, in a list or a table's next cell
    ("| 3 | Braga | Portugal | 2011 |", ["Braga", "Portugal"]),
    ("Twinned: Braga, Portugal (2011)", ["Braga", "Portugal"]),
    ("| 3 | Braga | Japan | 2011 |", ["Japan"]),
    # a Hong Kong district whose name opens with a region's: the district, not the region
    ("The centre moved to Kowloon Bay last year.", ["Kowloon Bay"]),
    ("The group reached West Kowloon station at noon.", ["West Kowloon"]),
    # a magazine's name, a place and capitalised words before its masthead word
    ("By Gloria Tam | Asia Supply Chain Monthly | Hong Kong", ["Hong Kong"]),
    ("Lincang's mayor spoke to Asia Tea Review in Hong Kong.", ["Lincang", "Hong Kong"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), SMALL)
def test_cities_small_places_need_place_context(extractor, text, names):
    assert [c.name for c in extractor.extract(text).cities] == names
