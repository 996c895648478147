"""Long texts are extracted piece by piece and merged into one record, streamed by the CLI.

``CHUNK_CHARS`` is made small here so that a few short paragraphs already span pieces.
"""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from coop_extract import pipeline
from coop_extract.batch import complete_output
from coop_extract.cli import cli

PARAGRAPH = (
    "Shenzhen and Hong Kong signed 12 agreements on technology on March 3, 2025, "
    "Hong Kong's Secretary for Innovation Sun Dong said. "
    "The deals are worth 800 million yuan (US$110 million), up 12 percent year-on-year."
)
HEADER = "Posted: 2025-03-05\n\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 400)


def long_text(n: int = 6) -> str:
    return HEADER + "\n\n".join(PARAGRAPH for _ in range(n)) + "\n"


def test_long_text_entities_are_merged_across_pieces(extractor, small_pieces):
    text = long_text()
    doc = extractor.extract(text)
    assert "long text processed in" in doc.warnings[0]
    names = [c.name for c in doc.cities]
    assert names == ["Shenzhen", "Hong Kong"]
    hk = doc.cities[1]
    assert len(hk.mentions) == 12  # two a paragraph, from every piece
    assert [o.name for o in doc.officials] == ["Sun Dong"]
    assert doc.officials[0].title == "Secretary for Innovation"
    assert doc.publication_date == "2025-03-05"
    for m in hk.mentions:
        assert text[m.start : m.end] == m.text


def test_long_text_figure_indexes_point_past_earlier_pieces(extractor, small_pieces):
    text = long_text()
    doc = extractor.extract(text)
    figures = doc.figures
    assert [f.text for f in figures[:4]] == [
        "12 agreements",
        "800 million yuan",
        "US$110 million",
        "12 percent",
    ]
    assert len(figures) == 24
    last_usd = figures[-2]
    assert last_usd.currency == "USD"
    assert figures[last_usd.equivalent_of].text == "800 million yuan"
    assert last_usd.equivalent_of == 21
    signings = [e for e in doc.events if e.type == "signing"]
    assert len(signings) == 6
    assert [figures[e.figures[0]].start for e in signings] == [
        f.start for f in figures if f.kind == "agreement_count"
    ]
    for e in doc.events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text


def test_streamed_json_is_the_merged_document(extractor, small_pieces):
    text = long_text()
    expected = extractor.extract(text, source="x.txt").model_dump_json()
    merger = extractor.merge_pieces(text, "x.txt", spool=True)
    out = io.StringIO()
    merger.write_json(out)
    merger.close()
    assert out.getvalue() == expected
    assert json.loads(out.getvalue())["figures"][5]["text"] == "800 million yuan"


def test_cli_long_file_streams_to_every_output(runner, tmp_path, small_pieces):
    path = tmp_path / "long.txt"
    path.write_text(long_text(), encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text(PARAGRAPH, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        cli, [str(path), str(short), "--format", "jsonl", "--output-dir", str(out)]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"] for d in lines] == [str(path), str(short)]
    assert len(lines[0]["figures"]) == 24 and len(lines[1]["figures"]) == 4
    on_disk = json.loads((out / "long.json").read_text(encoding="utf-8"))
    assert on_disk == lines[0]
    assert complete_output(out / "long.json") and complete_output(out / "short.json")
    array = runner.invoke(cli, [str(path), str(short), "--format", "json"])
    assert [d["source"] for d in json.loads(array.stdout)] == [str(path), str(short)]


def test_cli_long_file_table_is_a_summary(runner, tmp_path, small_pieces):
    path = tmp_path / "long.txt"
    path.write_text(long_text(), encoding="utf-8")
    result = runner.invoke(cli, [str(path), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "Sun Dong" in result.output
    assert "of 24 figures" in " ".join(result.output.split())


def test_resume_check_reads_only_the_ends(tmp_path):
    whole = tmp_path / "a.json"
    whole.write_text('{"schema_version":"1","source":"a","figures":[]}\n', encoding="utf-8")
    cut = tmp_path / "b.json"
    cut.write_text('{"schema_version":"1","source":"b","figures":[', encoding="utf-8")
    other = tmp_path / "c.json"
    other.write_text('{"source": "c"}\n', encoding="utf-8")
    assert [complete_output(p) for p in (whole, cut, other)] == [True, False, False]


@pytest.mark.parametrize(
    ("text", "step", "expected"),
    [
        ("one two  three\nfour", 3, 4),
        ("averyveryverylongword and more", 4, 3),
        ("  lead and trail  ", 2, 3),
        ("", 5, 0),
        ("一二三 ４５ six", 2, 3),
    ],
)
def test_word_count_in_pieces_matches_split(text, step, expected):
    from coop_extract.textutil import word_count

    assert word_count(text, step=step) == expected == len(text.split())


def test_cli_long_files_with_workers_leave_no_temporary_files(
    runner, tmp_path, small_pieces, monkeypatch
):
    import tempfile

    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(4):
        (folder / f"long{k}.txt").write_text(long_text(3 + k), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, [str(folder), "--output-dir", str(out), "--workers", "2"])
    assert result.exit_code == 0, result.output
    counts = [
        len(json.loads((out / f"long{k}.json").read_text(encoding="utf-8"))["figures"])
        for k in range(4)
    ]
    assert counts == [12, 16, 20, 24]
    assert list(spool.iterdir()) == []
