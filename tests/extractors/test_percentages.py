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
    # not percentages
    ("see https://example.com/?q=30%25%2020%", []),
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
