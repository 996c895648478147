"""Shared fixtures: one pipeline per test session (blank English + coop components)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coop_extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The process-wide extractor (the pipeline is built once)."""
    return Extractor()
