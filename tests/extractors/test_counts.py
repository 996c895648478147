"""Agreement counts: what counts agreements, and what does not."""

import pytest

from coop_extract.extractors.counts import find_counts

# fmt: off
CASES = [
    ("the two cities signed 25 agreements on Friday", [(25, "agreements", None)]),
    # an item's number after "#" or "No." counts nothing
    ("CARD #218  Zhuhai-Macao cold-chain MoU", []),
    # nor do a clock's minutes or a video chapter's start
    ("09:15 MoU signing: shared incubation track", []),
    ("1:02:15 Three MoUs signed on stage", [(3, "mous", None)]),
    # nor does the last part of an identifier
    ("Add HZ-HK-2026-011 cold-chain MoU and projects", []),
    # "the 14 projects" tells again a count of cooperation projects made before it
    ("They agreed 14 cooperation projects. Add the 14 projects to the list, not the 3 projects.",
     [(14, "cooperation projects", None), (14, "projects", None)]),
    ("193 cooperation deals were sealed", [(193, "cooperation deals", None)]),
    ("agreements on 193 science and technology cooperation projects",
     [(193, "science and technology cooperation projects", None)]),
    ("under the framework of 47 cooperation contents in 11 fields", [(47, "cooperation contents", None)]),
    ("they signed seven investment agreements", [(7, "investment agreements", None)]),
    ("more than 30 deals worth RMB 8.6 billion", [(30, "deals", "more than")]),
    ("12 memorandums of understanding were signed", [(12, "memorandums", None)]),
    ("two MoUs on finance", [(2, "mous", None)]),
    ("signed 18 investment projects and five framework agreements",
     [(18, "investment projects", None), (5, "framework agreements", None)]),
    ("twenty-five deals were inked", [(25, "deals", None)]),
    # an arrangement is an agreement ("The arrangement was signed by ..." tells a signing)
    ("the two bodies signed three arrangements on mutual recognition", [(3, "arrangements", None)]),
    # the earlier count of the same things, its unit understood
    ("Fujian signed 52 cooperation agreements with Macao in 2025, up from 40 in 2024",
     [(52, "cooperation agreements", None), (40, "cooperation agreements", None)]),
    ("they signed 12 agreements, up from 2019", [(12, "agreements", None)]),
    ("they signed 12 agreements, up from 8.5% a year ago", [(12, "agreements", None)]),
    # not agreement counts
    ("Suzhou signed a strategic cooperation agreement", []),
    ("there are 5 ships from Qinzhou every week", []),
    ("the 11 cities in the Greater Bay Area", []),
    ("nearly 200 delegates attended", []),
    ("153 non-financial investment enterprises", []),
    ("more than 11 million patients have benefited", []),
    ("in 2019 projects were approved", []),
    ("the two sides signed a memorandum on data standards", []),
    ("More than 40 teams have already signed tenancy agreements", []),
    ("three officials of the bureau signed the deal", []),
    ("the two ports renewed their cooperation agreement", []),
    # the number counts the parties that signed, not what they signed
    ("24 Hong Kong start-ups signed leases at the park", []),
    # (a signing participle first, or after an adverb, still modifies the count's noun)
    ("30 signed projects", [(30, "signed projects", None)]),
    ("12 jointly signed agreements", [(12, "jointly signed agreements", None)]),
    # a number word may open the sentence
    ("Seven investment agreements were signed on Monday.", [(7, "investment agreements", None)]),
    ("Twenty-two cooperation projects were signed.", [(22, "cooperation projects", None)]),
    # a label that numbers one agreement counts none
    ("Contract No.: 3602", []),
    ("Agreement ref.: 12", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_counts_values_and_units(sentence, expected):
    found = [(f["value"], f["unit"], f["qualifier"]) for f in find_counts(sentence)]
    assert found == expected


def test_counts_carry_fields_and_parties(extractor):
    text = (
        "A delegation from Shenzhen's Futian district signed 25 agreements with the Hong Kong "
        "government on Friday to enhance cooperation in a number of fields, including "
        "technology, business and commerce."
    )
    (fig,) = extractor.extract(text).figures
    assert fig.fields == ["technology", "business", "commerce"]
    assert fig.parties == ["Shenzhen", "Futian", "Hong Kong"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "During the forum, 31 projects with a total investment of 28.6 billion yuan were signed.",
            [31],
        ),
        ("The two sides signed 18 projects.", [18]),
        ("Bay Area fair signs 56 projects in Zhaoqing", [56]),
        ("The district approved 1,800 projects last year.", []),
        # the signing must be on the count's own line: a list page's "118 items" is none
        ("Showing 6 of 118 items\n03/10/2025  Two cities sign port pact", []),
        ("The landlord signed 4 new leases with Macau firms.", [4]),
        # a fact sheet's labelled count; a year after the colon is none
        ("• Cooperation agreements signed with Hong Kong bodies since 2010: 210", [210]),
        ("Deals signed: 2024", []),
        # a bracket after the cooperation projects it counts
        ("10:30  Signing of cooperation projects (some 14 projects worth RMB 3 billion)", [14]),
        ("The district listed its key projects (about 30 projects were shown).", []),
    ],
)
def test_counts_projects_the_sentence_says_were_signed(sentence, expected):
    assert [f["value"] for f in find_counts(sentence)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In all, 56 investment projects were signed. Among them, 19 projects came from "
            "Hong Kong investors.",
            [56, 19],
        ),
        ("Of these, 12 projects are in Qianhai.", []),  # nothing counted before
        ("The city signed 40 cooperation projects. It also approved 12 projects.", [40]),
    ],
)
def test_counts_a_part_of_the_count_before(text, expected):
    from coop_extract.textutil import SentenceIndex, sentence_bounds

    found = find_counts(text, SentenceIndex(sentence_bounds(text)))
    assert [f["value"] for f in found] == expected
