"""The README documents every command and option, and its sample output is real."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from coop_extract.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_docs_every_command_has_help_and_is_in_readme(name):
    command = cli.commands[name]
    assert command.help
    assert f"coop-extract {name}" in README or name == "extract"


@pytest.mark.parametrize(
    "option", [o for p in cli.commands["extract"].params for o in p.opts if o.startswith("--")]
)
def test_docs_every_extract_option_is_in_readme(option):
    assert f"`{option}" in README


def test_docs_readme_json_example_matches_a_real_run():
    block = README.split("$ coop-extract samples/wuhan_hongkong_chamber.txt | jq .\n", 1)[1]
    shown = json.loads(block.split("```", 1)[0])
    sample = ROOT / "samples" / "wuhan_hongkong_chamber.txt"
    result = CliRunner().invoke(cli, [str(sample), "--format", "json"])
    real = json.loads(result.stdout)
    for key in ("schema_version", "publication_date"):
        assert shown[key] == real[key]
    assert shown["figures"][0] in real["figures"]
    assert shown["events"][0] in real["events"]


def test_docs_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = ci.strip().splitlines()[-1]
    assert command in README
    assert re.search(r"pytest", command)
