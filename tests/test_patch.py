"""A unified diff read as the text it leaves (``patch.patch_text``)."""

from __future__ import annotations

import pytest

from coop_extract import patch

DIFF = """diff --git a/news/nantong-macao.md b/news/nantong-macao.md
index 1a2b3c4..5d6e7f8 100644
--- a/news/nantong-macao.md
+++ b/news/nantong-macao.md
@@ -1,6 +1,6 @@
 # Nantong and Macao sign logistics pact

-NANTONG, Nov. 10, 2026 (staff) -- Nantong signed 4 logistics agreements with Macao firms
-on Monday, Vice Mayor Pan Lijun said.
+NANTONG, Nov. 11, 2026 (staff) -- Nantong signed 5 logistics agreements with Macao firms
+on Tuesday, Vice Mayor Pan Lijun said.

 Trade between the two cities rose 12 percent last year.
@@ -20,3 +20,4 @@
 The agreements are worth 300 million yuan.
-A forum will follow in May.
+A forum will follow in Macao on 14 May 2027.
+Nantong's exports to Macao grew 8.5% in October.
\\ No newline at end of file
"""


def test_the_diff_reads_as_its_new_text():
    shown, where = patch.patch_text(DIFF)
    # headers and the lines taken out show nothing
    assert "index 1a2b3c4" not in shown and "@@" not in shown and "+++" not in shown
    assert "Nov. 10" not in shown and "4 logistics" not in shown and "in May." not in shown
    assert "NANTONG, Nov. 11, 2026 (staff) -- Nantong signed 5 logistics agreements" in shown
    # the first column is left out; a gap between hunks is a paragraph's break
    assert "\nTrade between the two cities rose 12 percent last year.\n\n" in shown
    assert shown.rstrip().endswith("Nantong's exports to Macao grew 8.5% in October.")
    at = shown.index("Tuesday")
    assert DIFF[slice(*where.span(at, at + 7))] == "Tuesday"


def test_diff_extraction_reads_only_the_new_version(extractor):
    doc = extractor.extract(DIFF)
    assert doc.publication_date == "2026-11-11"
    counts = [f.value for f in doc.figures if f.kind == "agreement_count"]
    assert counts == [5]
    assert sorted(f.value for f in doc.figures if f.kind == "percentage") == [8.5, 12]
    assert [(e.type, e.date) for e in doc.events if e.type == "signing"] == [
        ("signing", "2026-11-10")
    ]
    assert ("conference", "2027-05-14") in [(e.type, e.date) for e in doc.events]
    assert doc.warnings[-1].startswith("read as a unified diff")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (DIFF, True),
        (
            "--- old.txt\t2026-11-18 09:12\n+++ new.txt\t2026-11-19 10:00\n@@ -1 +1 @@\n-a\n+b\n",
            True,
        ),
        ("Scores:\n--- first half\n+++ second half\n", False),
        ("A list\n+++ great news\n@@ -1 +1 @@ is a hunk header\n", False),
    ],
)
def test_only_a_diff_is_read_as_one(text, expected):
    assert patch.looks_like_patch(text) is expected
