"""Percentages: sentence -> (value, unit) and the change facts around them."""

import pytest

from coop_extract.extractors.percentages import find_percentages
from coop_extract.textutil import SentenceIndex, sentence_bounds

# fmt: off
CASES = [
    ("increased by 28.7 percent year-on-year", [(28.7, "percent")]),
    ("grew by 3 per cent last year", [(3, "percent")]),
    ("accounted for 73.2% of the total", [(73.2, "percent")]),
    ("trade grew 7.8 pct", [(7.8, "percent")]),
    ("a 47% share", [(47, "percent")]),
    ("rose five percent", [(5, "percent")]),
    ("up 0.5 percentage points", [(0.5, "percentage point")]),
    ("a １２％ rise in full-width digits", [(12, "percent")]),
    # a CSV row's fields after a question's mark: each a percentage (a number's comma
    # splits none: "13,6%")
    ('"Would you join a site visit?",Yes,61%,No,17%', [(61, "percent"), (17, "percent")]),
    # not percentages
    ("see https://example.com/?q=30%25%2020%", []),
    ("13,6% of the total", []),
    ("the 2023 report", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_percentages_values(sentence, expected):
    found = [(f["value"], f["unit"]) for f in find_percentages(sentence)]
    assert found == [(pytest.approx(v), u) for v, u in expected]


def test_percentages_change_direction_basis_and_subject():
    text = (
        "In January, Suzhou's actual use of foreign capital increased by 28.7 percent "
        "year-on-year to $796 million."
    )
    (fig,) = find_percentages(text, SentenceIndex(sentence_bounds(text)))
    assert fig["direction"] == "increase"
    assert fig["basis"] == "year-on-year"
    assert fig["subject"] == "Suzhou's actual use of foreign capital"


# fmt: off
FORMS = [
    ("growth of 5-6 percent", (5, 6)),
    ("just need minus five percent", (-5, None)),
    ("one hundred percents", (100, None)),
    ("per cent of 210", (210, None)),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FORMS)
def test_percentages_ranges_signs_and_reversed_forms(sentence, expected):
    (fig,) = find_percentages(sentence)
    assert (fig["value"], fig.get("value_max")) == expected


def test_percentages_share_of_and_source():
    text = (
        "By the end of 2022, Hong Kong accounted for 73.2% of the total amount of foreign "
        "investment absorbed by Chongqing, and was the largest source."
    )
    (fig,) = find_percentages(text, SentenceIndex(sentence_bounds(text)))
    assert fig["share"] is True
    assert fig["share_source"] == "Hong Kong"
    assert fig["share_of"] == "the total amount of foreign investment absorbed by Chongqing"


def test_percentages_change_leads_to_amount_and_share_from(extractor):
    text = (
        "In January, Suzhou's actual use of foreign capital increased by 28.7 percent "
        "year-on-year to $796 million, among which 55.5 percent was from Hong Kong."
    )
    change, amount, share = extractor.extract(text).figures
    assert change.leads_to == 1 and change.period == "In January"
    assert amount.subject == change.subject == "Suzhou's actual use of foreign capital"
    assert (share.share, share.share_source, share.share_of) == (True, "Hong Kong", change.subject)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("a target of between 5 and 6 per cent", [(5, 6)]), ("rose 5 and 6 percent", [(6, None)])],
)
def test_percentages_between_and_needs_between(sentence, expected):
    assert [(f["value"], f.get("value_max")) for f in find_percentages(sentence)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an earlier version said is the wrong figure; the corrected one stands
        (
            "Correction: An earlier version of this story said exports rose 12 per cent. "
            "They rose 21 per cent.",
            [("percentage", 21.0)],
        ),
        # in a text that corrects another, what the corrected release gave
        (
            "ERRATUM\n\nThe release gave the fund's size as HK$2 billion. The fund is "
            "HK$3 billion.",
            [("money", 3_000_000_000.0)],
        ),
        # outside a correction a report's figure is a fact
        ("The report gave the growth rate as 5.1 per cent.", [("percentage", 5.1)]),
    ],
)
def test_figures_a_correction_drops_the_superseded_ones(extractor, text, expected):
    assert [(f.kind, f.value) for f in extractor.extract(text).figures] == expected
