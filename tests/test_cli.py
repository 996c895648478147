"""End-to-end CLI tests with click's CliRunner and real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from coop_extract.cli import cli

ARTICLE = (
    "Updated: 2024-06-06 10:00\n\n"
    "Macau's Secretary for Economy and Finance Tai Kin-ip led a delegation to Guangzhou on "
    "Tuesday, where the two sides signed 14 cooperation agreements worth 9.6 billion yuan.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "macau.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_cli_file_as_written_gives_one_json_object(runner, article):
    result = runner.invoke(cli, [str(article)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["source"] == str(article)
    assert doc["publication_date"] == "2024-06-06"
    assert [c["name"] for c in doc["cities"]] == ["Macau", "Guangzhou"]
    assert doc["officials"][0]["title"] == "Secretary for Economy and Finance"
    money = [f for f in doc["figures"] if f["kind"] == "money"]
    assert (money[0]["value"], money[0]["currency"]) == (9.6e9, "CNY")
    assert [(e["type"], e["date"]) for e in doc["events"]] == [
        ("visit", "2024-06-04"),
        ("signing", "2024-06-04"),
    ]


def test_cli_stdin_dash_and_piped(runner):
    for args in (["-"], []):
        result = runner.invoke(cli, args, input=ARTICLE)
        assert result.exit_code == 0, result.output
        doc = json.loads(result.stdout)
        assert doc["source"] == "<stdin>"
        assert doc["figures"][0]["value"] == 14


def test_cli_jsonl_one_line_per_document(runner, tmp_path, article):
    other = tmp_path / "b.txt"
    other.write_text("Hong Kong trade rose 3 per cent.", encoding="utf-8")
    result = runner.invoke(cli, [str(article), str(other), "--format", "jsonl"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(article), str(other)]


def test_cli_json_array_for_several_inputs(runner, tmp_path, article):
    other = tmp_path / "b.txt"
    other.write_text("Hong Kong trade rose 3 per cent.", encoding="utf-8")
    result = runner.invoke(cli, [str(article), str(other), "--format", "json"])
    docs = json.loads(result.stdout)
    assert [d["figures"][-1]["value"] for d in docs] == [9.6e9, 3]


def test_cli_table_fits_80_columns(runner, article):
    result = runner.invoke(cli, [str(article), "--format", "table"], terminal_width=80)
    assert result.exit_code == 0
    assert "Tai Kin-ip" in result.output and "Secretary for Economy" in result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_cli_output_file(runner, tmp_path, article):
    out = tmp_path / "result.json"
    result = runner.invoke(cli, [str(article), "-o", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["publication_date"] == "2024-06-06"


def test_cli_output_dir_keeps_folder_structure(runner, tmp_path):
    news = tmp_path / "news"
    (news / "a").mkdir(parents=True)
    (news / "a" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "y.txt").write_text("Shenzhen grew 5 percent.", encoding="utf-8")
    (news / "skip.md").write_text("not taken", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, [str(news), "--output-dir", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        "a/x.json",
        "y.json",
    ]
    assert json.loads((out / "y.json").read_text())["figures"][0]["value"] == 5


def test_cli_glob_option(runner, tmp_path):
    (tmp_path / "a.md").write_text("Hong Kong rose 2 percent.", encoding="utf-8")
    result = runner.invoke(cli, [str(tmp_path), "--glob", "*.md", "--format", "jsonl"])
    assert json.loads(result.stdout)["figures"][0]["value"] == 2


def test_cli_reads_calendar_json_and_rtf_files_in_a_folder(runner, tmp_path):
    (tmp_path / "trip.ics").write_text(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTAMP:20260301T080000Z\r\n"
        "DTSTART;VALUE=DATE:20260310\r\nSUMMARY:Visit to the Macao Science Centre\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    (tmp_path / "feed.json").write_text(
        '[{"title": "Zhuhai pact", "publishedAt": "2026-03-02T08:00:00Z",'
        ' "content": "Zhuhai and Macao signed a pact on Monday."}]',
        encoding="utf-8",
    )
    (tmp_path / "release.rtf").write_text(
        "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\b Foshan, 4 March 2026\\b0\\par\n"
        "Foshan and Hong Kong opened a HK$5\\~million design fund on Tuesday.\\par}",
        encoding="utf-8",
    )
    result = runner.invoke(cli, [str(tmp_path), "--glob", "*.*", "--format", "jsonl"])
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(Path(d["source"]).name, d["publication_date"]) for d in docs] == [
        ("feed.json", "2026-03-02"),
        ("release.rtf", "2026-03-04"),
        ("trip.ics", "2026-03-01"),
    ]
    assert [[(e["type"], e["date"]) for e in d["events"]] for d in docs] == [
        [("signing", "2026-03-02")],
        [("launch", "2026-03-03")],
        [("visit", "2026-03-10")],
    ]
    assert [(f["value"], f["currency"], f["text"]) for f in docs[1]["figures"]] == [
        (5000000.0, "HKD", "HK$5\\~million")
    ]


def test_cli_output_dir_for_a_direct_file_uses_its_stem(runner, tmp_path, article):
    out = tmp_path / "out"
    runner.invoke(cli, [str(article), "--output-dir", str(out)])
    assert (out / "macau.json").exists()


# fmt: off
BAD_INPUTS = [
    ("missing.txt", None, "no such file or directory"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
    ("report.pdf.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)"),
    ("image.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary file (JPEG image)"),
]
# fmt: on


@pytest.mark.parametrize(("name", "content", "reason"), BAD_INPUTS)
def test_cli_bad_input_one_line_and_others_still_written(
    runner, tmp_path, article, name, content, reason
):
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    out = tmp_path / "out"
    result = runner.invoke(cli, [str(bad), str(article), "--output-dir", str(out)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and str(bad) in errors[0] and reason in errors[0]
    assert (out / "macau.json").exists()


def test_cli_folder_without_matching_files(runner, tmp_path):
    result = runner.invoke(cli, [str(tmp_path)])
    assert result.exit_code == 1
    assert "no files matching '*.txt'" in result.stderr


def test_cli_empty_file_gives_valid_empty_record(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(cli, [str(empty)])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert (doc["cities"], doc["events"], doc["figures"], doc["publication_date"]) == (
        [],
        [],
        [],
        None,
    )


def test_cli_utf8_bom_and_utf16_are_read(runner, tmp_path):
    a = tmp_path / "bom.txt"
    a.write_bytes("\ufeffHong Kong rose 4 percent.".encode())
    b = tmp_path / "u16.txt"
    b.write_bytes("Macau rose 6 percent.".encode("utf-16"))
    result = runner.invoke(cli, [str(a), str(b), "--format", "jsonl"])
    assert result.exit_code == 0
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["cities"][0]["name"] for d in docs] == ["Hong Kong", "Macau"]
    assert docs[0]["cities"][0]["mentions"][0]["start"] == 0  # offsets refer to decoded text


def test_cli_usage_errors_exit_2(runner, article):
    assert runner.invoke(cli, [str(article), "--format", "xml"]).exit_code == 2
    assert runner.invoke(cli, [str(article), "--ref-date", "yesterday"]).exit_code == 2
    assert runner.invoke(cli, ["-", "-"], input="x").exit_code == 2


def test_cli_ref_date_resolves_relative_dates(runner, tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("The two cities signed 25 agreements on Friday.", encoding="utf-8")
    result = runner.invoke(cli, [str(path), "--ref-date", "2023-02-27"])
    doc = json.loads(result.stdout)
    assert doc["publication_date"] == "2023-02-27"
    assert doc["publication_date_info"]["source"] == "ref-date"
    assert [(e["type"], e["date"]) for e in doc["events"]] == [("signing", "2023-02-24")]


def test_cli_schema_is_generated_from_models(runner):
    result = runner.invoke(cli, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "Document"
    assert {"cities", "officials", "institutions", "events", "figures"} <= set(schema["properties"])


def test_cli_eval_json_on_samples(runner):
    samples = Path(__file__).resolve().parent.parent / "samples"
    result = runner.invoke(cli, ["eval", str(samples), "--json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["documents"] == 622
    assert report["fields"]["percentages"]["f1"] == 1.0


@pytest.mark.parametrize(
    "args", [["--help"], ["-h"], ["eval", "--help"], ["schema", "-h"], ["extract", "--help"]]
)
def test_cli_help(runner, args):
    result = runner.invoke(cli, args)
    assert result.exit_code == 0 and "Usage:" in result.output


# fmt: off
ENCODINGS = [
    ("gbk.txt", "深圳与香港签署25项协议。Shenzhen and Hong Kong signed 25 agreements.".encode("gbk"), "gb18030"),
    ("big5.txt", "香港與深圳簽署協議。Hong Kong and Shenzhen signed 25 agreements.".encode("big5"), "big5"),
    ("cp1252.txt", "The “Greater Bay Area” – Hong Kong and Shenzhen signed 25 agreements.".encode("cp1252"), "cp1252"),
]
# fmt: on


@pytest.mark.parametrize(("name", "content", "encoding"), ENCODINGS)
def test_cli_legacy_encodings_detected_and_noted(runner, tmp_path, name, content, encoding):
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(cli, [str(path)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert f"decoded as {encoding}" in doc["warnings"]
    assert [f["value"] for f in doc["figures"]] == [25]
    text = content.decode(encoding)
    assert all(
        text[m["start"] : m["end"]] == m["text"] for c in doc["cities"] for m in c["mentions"]
    )


def test_cli_workers_keep_input_order_and_match_one_process(runner, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for k in range(12):
        (folder / f"{k:02d}.txt").write_text(
            f"Hong Kong trade rose {k + 1} percent.", encoding="utf-8"
        )
    one = runner.invoke(cli, [str(folder), "--format", "jsonl", "--workers", "1"])
    two = runner.invoke(cli, [str(folder), "--format", "jsonl", "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert [json.loads(x)["figures"][0]["value"] for x in two.stdout.splitlines()] == list(
        range(1, 13)
    )
    assert one.stdout == two.stdout


def test_batch_workers_write_output_files_themselves(tmp_path):
    """With an output folder, each worker writes its document's file; the parent gets back
    only that it is written (no record travels through the pool)."""
    from coop_extract.batch import run

    folder = tmp_path / "news"
    folder.mkdir()
    items = []
    for k in range(10):
        path = folder / f"{k}.txt"
        path.write_text(f"Zhuhai exports rose {k + 1} percent.", encoding="utf-8")
        items.append((str(path), path, f"{k}.json", None, None))
    out = tmp_path / "out"
    results = list(run(items, 2, want_doc=False, want_json=True, output_dir=str(out)))
    assert [(r.written, r.json, r.error) for r in results] == [(True, None, None)] * 10
    values = [json.loads((out / f"{k}.json").read_text())["figures"][0]["value"] for k in range(10)]
    assert values == list(range(1, 11))
    assert not list(out.glob("*.part"))


def test_cli_resume_skips_complete_outputs(runner, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k}.txt").write_text(f"Macau grew {k + 1} percent.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "0.json").write_text('{"schema_version": "1", "source": "kept"}', encoding="utf-8")
    (out / "1.json").write_text('{"schema_ver', encoding="utf-8")  # cut short: redone
    result = runner.invoke(cli, [str(folder), "--output-dir", str(out), "--resume"])
    assert result.exit_code == 0
    assert "2 done, 0 failed, 1 skipped" in result.stderr
    assert json.loads((out / "0.json").read_text())["source"] == "kept"
    assert json.loads((out / "1.json").read_text())["figures"][0]["value"] == 2


def test_cli_resume_needs_output_dir(runner, article):
    assert runner.invoke(cli, [str(article), "--resume"]).exit_code == 2


def test_cli_summary_line_for_batches(runner, tmp_path, article):
    other = tmp_path / "b.txt"
    other.write_text("Hong Kong trade rose 3 per cent.", encoding="utf-8")
    result = runner.invoke(cli, [str(article), str(other), "--format", "jsonl"])
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("coop-extract: 2 done, 0 failed, 0 skipped in ")
    assert summary.endswith("words/s")


def test_cli_symlink_loop_in_folder_is_survived(runner, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Shenzhen grew 5 percent.", encoding="utf-8")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    result = runner.invoke(cli, [str(folder), "--format", "jsonl"])
    assert result.exit_code == 0
    assert [json.loads(x)["figures"][0]["value"] for x in result.stdout.splitlines()] == [5]


def test_cli_path_that_vanishes_mid_run(runner, tmp_path, monkeypatch):
    import coop_extract.inputs as inputs

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Macau grew 4 percent.", encoding="utf-8")
    (folder / "b.txt").write_text("Zhuhai grew 6 percent.", encoding="utf-8")
    real_expand = inputs.expand

    def expand_then_delete(paths, glob):
        items = list(real_expand(paths, glob))
        (folder / "a.txt").unlink()  # gone between listing and reading
        return iter(items)

    monkeypatch.setattr("coop_extract.cli.expand", expand_then_delete)
    result = runner.invoke(cli, [str(folder), "--format", "jsonl", "--workers", "1"])
    assert result.exit_code == 1
    assert "a.txt: no such file (it may have been removed)" in result.stderr
    assert [json.loads(x)["figures"][0]["value"] for x in result.stdout.splitlines()] == [6]


def test_cli_unreadable_file(runner, tmp_path, monkeypatch, article):
    from pathlib import Path

    secret = tmp_path / "secret.txt"
    secret.write_text("Macau grew 4 percent.", encoding="utf-8")
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    result = runner.invoke(cli, [str(secret), str(article), "--format", "jsonl", "--workers", "1"])
    assert result.exit_code == 1
    assert f"{secret}: permission denied" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_batch_workers_die_on_sigterm_and_leave_ctrl_c_to_the_parent():
    """A worker that inherited the CLI's raising SIGTERM handler survived Pool.terminate()
    (a document's error handling caught the exception) and the run never ended."""
    import signal

    from coop_extract import batch

    saved = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        batch._worker_signals()
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, saved[0])
        signal.signal(signal.SIGTERM, saved[1])
