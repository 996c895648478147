"""Sentence bounds: where a line break ends a sentence and where it does not."""

import pytest

from coop_extract.textutil import sentence_bounds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # text wrapped at a fixed width: the next line goes on in small letters, or the
        # line ends in a word no sentence ends with
        (
            "The ferry operator said on Monday that\nservices to Shekou would resume.",
            ["The ferry operator said on Monday that\nservices to Shekou would resume."],
        ),
        (
            "Fares were cut for the\nHong Kong leg. Demand rose.",
            ["Fares were cut for the\nHong Kong leg.", "Demand rose."],
        ),
        # a headline over a byline, a blank line, a line closed by a full stop: breaks
        ("Ferry back on\nby Lee Wai\n\nit said.", ["Ferry back on", "by Lee Wai", "it said."]),
        ("Services resume on Monday.\nfares stay.", ["Services resume on Monday.", "fares stay."]),
        ("Services resume\n\nat noon", ["Services resume", "at noon"]),
        # a chat's message stamp is a sentence of its own
        (
            "[03/03/2026, 09:15] Ada: Landed.\n3/3/26, 9:20 pm - Ben: Great",
            ["[03/03/2026, 09:15]", "Ada: Landed.", "3/3/26, 9:20 pm -", "Ben: Great"],
        ),
    ],
)
def test_sentence_bounds_lines(text, expected):
    assert [text[a:b] for a, b in sentence_bounds(text)] == expected
