"""Shared fixtures: the embedded corpus and its tables."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EMBEDDED = ROOT / "data" / "raw" / "asharq-two-stories.txt"


@pytest.fixture(scope="session")
def embedded_path() -> Path:
    return EMBEDDED


@pytest.fixture(scope="session")
def stories():
    from helpers.corpus import load_corpus

    return load_corpus(EMBEDDED)


@pytest.fixture(scope="session")
def zones_table(stories):
    from helpers.corpus import zones

    return zones(stories)
