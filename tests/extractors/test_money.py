"""Money: sentence -> (value, currency, qualifier) for every figure found."""

import pytest

from coop_extract.extractors.money import find_money

# fmt: off
CASES = [
    # symbols and codes before the number
    ("foreign capital rose to $796 million in January", [(796e6, "USD", None)]),
    ("a HK$2.5bn venture fund", [(2.5e9, "HKD", None)]),
    ("worth US$ 13.8 billion", [(13.8e9, "USD", None)]),
    ("deals worth RMB 8.6 billion were inked", [(8.6e9, "CNY", None)]),
    ("a budget of €3m for the lab", [(3e6, "EUR", None)]),
    # ASEAN partners' currencies
    ("firms pledged RM2.3 billion and 5 billion baht", [(2.3e9, "MYR", None), (5e9, "THB", None)]),
    ("MOP$500 million for the bridge", [(500e6, "MOP", None)]),
    ("USD 200 per ton", [(200, "USD", None)]),
    # a capitalised scale in a headline
    ("Drone Maker Raises HK$4.2 Billion in IPO", [(4.2e9, "HKD", None)]),
    # a code glued to the number
    ("projects worth RMB48.2bn were signed", [(48.2e9, "CNY", None)]),
    ("a fund of Rmb7.5bn for start-ups", [(7.5e9, "CNY", None)]),
    ("agreed to set up a 2-billion-yuan venture fund", [(2e9, "CNY", None)]),
    ("a HKD3.5m grant", [(3.5e6, "HKD", None)]),
    ("the A380 and the MRMB5 part", []),
    # names after the number
    ("trade reached 56.11 billion yuan last year", [(56.11e9, "CNY", None)]),
    ("a grant of 10,000 yuan per student", [(10000, "CNY", None)]),
    ("650 million US dollars of investment", [(650e6, "USD", None)]),
    ("invest 3.2 billion patacas in Nansha", [(3.2e9, "MOP", None)]),
    ("some 40 million Hong Kong dollars", [(40e6, "HKD", "about")]),
    ("two billion yuan in new loans", [(2e9, "CNY", None)]),
    ("500 million euros from the fund", [(500e6, "EUR", None)]),
    # "won" is a currency only behind an amount money is written as
    ("Incheon will put 12 billion won into a cold-chain depot", [(12e9, "KRW", None)]),
    ("a day pass costs 15,000 won", [(15000, "KRW", None)]),
    ("the squad of 40 won six titles", []),
    ("the firm that in 2019 won the tender", []),
    # a change from one amount to another is two figures, not a range
    ("the cap rises from HK$2 million to HK$4 million", [(2e6, "HKD", None), (4e6, "HKD", None)]),
    # each end written whole is an amount of its own
    ("seats cost MOP 150 to MOP 600", [(150, "MOP", None), (600, "MOP", None)]),
    # qualifiers
    ("more than 3.2 billion patacas", [(3.2e9, "MOP", "more than")]),
    ("nearly two billion yuan", [(2e9, "CNY", "nearly")]),
    ("roughly $3.9 billion", [(3.9e9, "USD", "about")]),
    ("up to HK$100 million", [(100e6, "HKD", "up to")]),
    # a qualifier on a later figure of the sentence, far from the first one
    (
        "Exports were $3 billion in the first half of the year, according to the data "
        "released by the customs office, while imports reached more than $2 billion",
        [(3e9, "USD", None), (2e9, "USD", "more than")],
    ),
    # Gulf currencies; a SAR is a region, not a riyal
    ("deals worth SR4.5 billion", [(4.5e9, "SAR", None)]),
    ("a fund of 800 million dirhams", [(8e8, "AED", None)]),
    ("the Macao SAR 25 years on", []),
    # cents of a named currency, as dividends are written; bare cents name none
    ("a final dividend of HK12 cents per share", [(0.12, "HKD", None)]),
    ("an interim payout of 4.5 US cents", [(0.045, "USD", None)]),
    ("A 10 cents levy applies.", []),
    # not money
    ("13,6 million readers", []),
    ("the 2023 plan covers 11 cities", []),
    ("call 852 2584 4333 for details", []),
    ("grew by 3 per cent last year", []),
    ("a registered investment amount of 105 Hong Kong is the largest", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_money_values_and_currencies(sentence, expected):
    found = [(f["value"], f["currency"], f["qualifier"]) for f in find_money(sentence)]
    assert [(pytest.approx(v), c, q) for v, c, q in expected] == found


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("In 2022 it was 56.11 billion yuan.", "56.11 billion yuan"),
        ("about $4.1 billion", "about $4.1 billion"),
    ],
)
def test_money_offsets_slice_the_text(sentence, text):
    (fig,) = find_money(sentence)
    assert sentence[fig["start"] : fig["end"]] == text


# fmt: off
RANGES = [
    ("between 5 and 10 billion yuan", (5e9, 10e9, "CNY", "between 5 and 10 billion yuan")),
    ("a 5-10 billion yuan fund", (5e9, 10e9, "CNY", "5-10 billion yuan")),
    ("$5-8 million", (5e6, 8e6, "USD", "$5-8 million")),
    ("HK$5 to HK$8 billion", (5e9, 8e9, "HKD", "HK$5 to HK$8 billion")),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), RANGES)
def test_money_ranges_are_one_figure_low_and_high(sentence, expected):
    (fig,) = find_money(sentence)
    assert (
        fig["value"],
        fig["value_max"],
        fig["currency"],
        sentence[fig["start"] : fig["end"]],
    ) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "it cost 100 billion yuan (US$13.8 billion) in all",
        "worth 2 billion yuan, or about $280 million, in 2023",
    ],
)
def test_money_conversion_marks_the_equivalent(sentence):
    first, second = find_money(sentence)
    assert second["equivalent_of_start"] == first["start"]
    assert "equivalent_of_start" not in first


# fmt: off
SYMBOLS = [
    ("c $ 16.4 million", (16.4e6, "CAD")),
    ("to hk $ 10.05 billion", (10.05e9, "HKD")),
    ("u.s $ 100,000,000", (100e6, "USD")),
    ("the cost is 100元!", (100, "CNY")),
    ("Sell Mex$ 10 million forward", (10e6, "MXN")),
    ("a one-yen bid", (1, "JPY")),
    ("a billion dollars", (1e9, "USD")),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), SYMBOLS)
def test_money_spaced_and_unicode_symbols(sentence, expected):
    (fig,) = find_money(sentence)
    assert (fig["value"], fig["currency"]) == (pytest.approx(expected[0]), expected[1])


HOME_DOLLAR = [
    # a Hong Kong Government release writes "$" for its own dollar: told by its house style
    ("The Bureau gives each Hong Kong school $120,000, it said today (March 4).", "HKD"),
    ("LCQ7: School grants\nThe Government will give Hong Kong schools $2 million.", "HKD"),
    ("Hong Kong schools get $2 million.\n\nEnds/Friday, March 6, 2026\nIssued at HKT 18:02", "HKD"),
    # elsewhere "$" stays the US dollar: a wire's story, or another government's release
    ("Hong Kong funds raised $2 million on Friday, brokers said.", "USD"),
    ("The Singapore Government will give $2 million, it said today (March 4).", "USD"),
]


@pytest.mark.parametrize(("text", "currency"), HOME_DOLLAR)
def test_money_bare_dollar_in_a_government_release_is_its_own(text, currency):
    assert [f["currency"] for f in find_money(text)] == [currency]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table row whose label gives the currency and the scale: each cell an amount
        (
            "Indicator | 2026 | 2025\nCapital spending (HK$ million) | 1,240 | 985\n",
            [(1_240_000_000, "HKD", "1,240"), (985_000_000, "HKD", "985")],
        ),
        ("Item\t2026\nRevenue (RMB'000)\t3,410.5\nStaff\t310\n", [(3_410_500, "CNY", "3,410.5")]),
        # a unit in a later cell is no row label; a row of words has no amounts
        ("Group | Sales (US$ million) | 40\n", []),
        ("Notes (HK$ million) | see below\n", []),
    ],
)
def test_money_table_row_label_gives_the_unit(text, expected):
    found = [(f["value"], f["currency"], text[f["start"] : f["end"]]) for f in find_money(text)]
    assert found == expected
