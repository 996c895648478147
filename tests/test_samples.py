"""Evaluation floors on the project's own samples (original articles with gold files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coop_extract.evaluate import evaluate

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Floors sit a little under today's scores: a drop below them is a regression.
FLOORS = {
    "cities": 0.95,
    "officials": 0.90,
    "institutions": 0.85,
    "money": 0.95,
    "percentages": 0.98,
    "agreement_counts": 0.90,
    "events": 0.80,
    "event_dates": 0.90,
}


@pytest.fixture(scope="module")
def report(extractor):
    return evaluate(SAMPLES, extractor)


@pytest.mark.parametrize(("field", "floor"), FLOORS.items())
def test_samples_f1_floor(report, field, floor):
    assert report.fields[field].f1 >= floor, report.misses


def test_samples_titles_and_publication_dates(report):
    assert report.titles_right / report.titles_scored >= 0.90
    assert report.documents == 622
    # four known misses: a dateline with no year in a text that gives none ("since 2019" is
    # where a span began, "up from ... in 2021" a baseline), so the publication date is left
    # unknown rather than guessed; a bond tombstone dated by its month alone, whose bonds'
    # "Issue date:" is read as the page's; and a Form 6-K dated by its exhibit's dateline
    # (November 19), not by the signature block's "Date:" (November 20) above it
    wrong = sorted(
        name
        for name, log in report.misses.items()
        if any(line.startswith("publication date:") for line in log)
    )
    assert wrong == [
        "secfiling_lumenbridge_zhuhai_rd_centre",
        "tombstone_zhuhai_huajin_bond",
        "xinhua_chongqing_noodles_hk",
        "xinhua_feature_zhuhai_macao_commuters",
    ]
    assert report.pubdates_right == report.documents - 4
