"""Shared fixtures: paths of the repository, the corpus and the case tables."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus() -> Path:
    return ROOT / "corpus"
