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


@pytest.fixture(scope="session")
def real_cluster(tmp_path_factory):
    """A `dask scheduler` and two `dask worker` processes on 127.0.0.1 (tests/dask_cluster.py),
    shared by the tests of one session and stopped by pid at its end."""
    from dask_cluster import dask_cluster

    with dask_cluster(tmp_path_factory.mktemp("dask"), n_workers=2) as cluster:
        yield cluster
