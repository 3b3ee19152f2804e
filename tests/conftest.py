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


@pytest.fixture
def no_dask_address(monkeypatch):
    """No ``DASK_SCHEDULER_ADDRESS`` from the environment: the cluster tests choose."""
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)


@pytest.fixture(scope="module")
def dask_leftovers_collected():
    """Close a module's Dask clients and collect their event loops at its end, so a later
    test that reads stderr does not get distributed's 'unclosed event loop' warning."""
    yield
    import gc
    import warnings

    from helpers.cluster import close_clients

    close_clients()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.fixture
def package_file(monkeypatch):
    """Make ``helpers.io`` read the given bytes for one package data file:
    ``package_file(package, name, raw)``; every other file is read as shipped."""
    import helpers.io as hio

    real = hio._package_bytes

    def use(package: str, name: str, raw: bytes) -> None:
        def fake(pkg: str, nm: str) -> bytes:
            return raw if (pkg, nm) == (package, name) else real(pkg, nm)

        monkeypatch.setattr(hio, "_package_bytes", fake)

    return use
