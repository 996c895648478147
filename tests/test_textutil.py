"""Sentence bounds: where a line break ends a sentence and where it does not."""

import pytest

from coop_extract.textutil import aligned_cells, sentence_bounds, table_cells


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
        # a list's item wrapped under its own text (a hanging indent) goes on, whatever
        # letter the wrapped line opens with; a field under an item is a line of its own
        (
            "- A new customs lane for fresh produce opened at the Lok Ma Chau crossing on 3\n"
            "  March 2025, the bureau said.\n- Exports rose.",
            [
                "- A new customs lane for fresh produce opened at the Lok Ma Chau crossing on 3\n"
                "  March 2025, the bureau said.",
                "- Exports rose.",
            ],
        ),
        (
            "2021  The two cities agreed a joint plan for the bay's cold-chain logistics on 8\n"
            "      June.",
            [
                "2021  The two cities agreed a joint plan for the bay's cold-chain logistics on 8\n"
                "      June."
            ],
        ),
        (
            "(1) Macao Gourmet Franchise Holdings, a chain of noodle shops founded in Taipa\n"
            "    Contact: Ms Ip",
            [
                "(1) Macao Gourmet Franchise Holdings, a chain of noodle shops founded in Taipa",
                "Contact: Ms Ip",
            ],
        ),
        # a long line wrapped inside a date, or before a figure and its word, goes on
        (
            "The Fourth Joint Meeting of the two port authorities was held in Zhuhai on 14\n"
            "December 2026 and chaired by the mayor.",
            [
                "The Fourth Joint Meeting of the two port authorities was held in Zhuhai on 14\n"
                "December 2026 and chaired by the mayor."
            ],
        ),
        (
            "Cross-boundary trips by private cars via the new bridge rose in the year and reached"
            "\n12.4 million in the first ten months of 2026.",
            [
                "Cross-boundary trips by private cars via the new bridge rose in the year and reached"
                "\n12.4 million in the first ten months of 2026."
            ],
        ),
        # a list of key dates, each line a day of its own
        (
            "KEY DATES\n20 November to 14 December: online registration\n2 to 6 January 2027: "
            "confirmation",
            [
                "KEY DATES",
                "20 November to 14 December: online registration",
                "2 to 6 January 2027: confirmation",
            ],
        ),
        # a short line is no wrapped one
        ("(a) Opening ceremony\n    Hall 3", ["(a) Opening ceremony", "Hall 3"]),
        # a name wrapped after its honorific goes on
        (
            "The pact was signed by the Director of the Zhuhai Bureau of Commerce, Mr\nLam Ka "
            "Ho, on Monday. Trade rose.",
            [
                "The pact was signed by the Director of the Zhuhai Bureau of Commerce, Mr\nLam Ka "
                "Ho, on Monday.",
                "Trade rose.",
            ],
        ),
        # a place's or a post's words wrapped apart go on; other capitals after a line end
        # open a line of their own
        (
            "Talks with the Zhuhai Party\nSecretary took place in Hong\nKong.\nTrade Rose\nBy Ada",
            [
                "Talks with the Zhuhai Party\nSecretary took place in Hong\nKong.",
                "Trade Rose",
                "By Ada",
            ],
        ),
        # a footnote's superscript mark closes its sentence
        (
            "It was the largest obstacle.¹ In June the sides signed.",
            ["It was the largest obstacle.¹", "In June the sides signed."],
        ),
        # a body's name wrapped before its head word, in a hard-wrapped paragraph (a short
        # line's capitalised word over a head word is a heading over its text)
        (
            "Four agreements will be signed with travel agencies, and the Travel Industry\n"
            "Council of Hong Kong will host a lunch.\nLishui Tea\nBureau news follows.",
            [
                "Four agreements will be signed with travel agencies, and the Travel Industry\n"
                "Council of Hong Kong will host a lunch.",
                "Lishui Tea",
                "Bureau news follows.",
            ],
        ),
        # a chat's message stamp is a sentence of its own
        (
            "[03/03/2026, 09:15] Ada: Landed.\n3/3/26, 9:20 pm - Ben: Great",
            ["[03/03/2026, 09:15]", "Ada: Landed.", "3/3/26, 9:20 pm -", "Ben: Great"],
        ),
        # a CSV record: its quoted question ends a sentence before the next field, and a
        # long record that ends with an empty field (a comma) goes on to no next line
        (
            '"Mayor Li, how many of the projects signed this morning are in the new park?",'
            "Anonymous,34,2026-12-09 11:42,Answered,Investment,\n"
            '"Which products?",Kelly Ieong,21,2026-12-09 11:47,Answered,Trade,',
            [
                '"Mayor Li, how many of the projects signed this morning are in the new park?"',
                ",Anonymous,34,2026-12-09 11:42,Answered,Investment,",
                '"Which products?"',
                ",Kelly Ieong,21,2026-12-09 11:47,Answered,Trade,",
            ],
        ),
    ],
)
def test_sentence_bounds_lines(text, expected):
    assert [text[a:b] for a, b in sentence_bounds(text)] == expected


def test_aligned_cells_read_a_row_against_its_header():
    head = "No.  Guest        Position                Room    Notes"
    cells = table_cells(head)
    # an empty last cell stays empty; a word that runs into the next column is its
    row = "2    FENG Lili    Director, Tongling Bureau Single"
    assert [c for _, c in aligned_cells(row, cells)] == [
        "2",
        "FENG Lili",
        "Director, Tongling Bureau",
        "Single",
        "",
    ]
    assert aligned_cells(row, cells)[2][0] == row.index("Director")
