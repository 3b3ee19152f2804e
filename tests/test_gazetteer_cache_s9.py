"""Session 9: a built gazetteer is kept in the run's cache folder (KHABAR_LEXICON_CACHE)
and read back by the next process instead of being built again; any change to a
curated file gives another cache file."""

from __future__ import annotations

import pandas as pd
import pytest

import helpers.entities.gazetteer as gz

CSV = "entity_id,canonical,type,aliases,wikidata\nperson:x,سلمى خالد,PERSON,,\n"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("KHABAR_LEXICON_CACHE", str(tmp_path / "cache"))
    gz._load.cache_clear()
    yield tmp_path
    gz._load.cache_clear()


def _load(folder):
    return gz.load_gazetteer(folder, builtin=False, countries=False, cities=False)


def test_the_second_process_reads_the_gazetteer_the_first_built(fresh, monkeypatch):
    (fresh / "g").mkdir()
    (fresh / "g" / "people.csv").write_text(CSV, encoding="utf-8")
    built = _load(fresh / "g")
    assert len(list((fresh / "cache").glob("gazetteer-*.pkl"))) == 1
    gz._load.cache_clear()  # as a new process: nothing in memory

    def no_build(*_a):
        raise AssertionError("built again instead of read from the cache")

    monkeypatch.setattr(gz, "_build", no_build)
    read = _load(fresh / "g")
    pd.testing.assert_frame_equal(read.table, built.table)
    assert read.table["canonical"].tolist() == ["سلمى خالد"]
    assert read.files == built.files


def test_an_edited_file_gives_another_cache_file(fresh):
    (fresh / "g").mkdir()
    path = fresh / "g" / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    _load(fresh / "g")
    path.write_text(CSV + "person:y,ليلى سعيد,PERSON,,\n", encoding="utf-8")
    gz._load.cache_clear()
    again = _load(fresh / "g")
    assert again.table["canonical"].tolist() == ["سلمى خالد", "ليلى سعيد"]
    assert len(list((fresh / "cache").glob("gazetteer-*.pkl"))) == 2


def test_without_the_variable_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.delenv("KHABAR_LEXICON_CACHE", raising=False)
    assert gz._stored(((str(tmp_path), 1, 2),), True, True) is None
