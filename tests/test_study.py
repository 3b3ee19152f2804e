"""One set-up for every notebook (helpers.study): the corpus, its unit, the tables once."""

from __future__ import annotations

import json
import os
import pickle

import pandas as pd
import pytest
from jsonl_files import write_jsonl

import helpers.cluster
from helpers.errors import ArgumentError, CorpusNotFoundError
from helpers.notebooks import PROJECT_ROOT, _has_parameter, find_notebooks
from helpers.study import COUNT_ZONES, open_study, prepare_study, study_key

RAW = PROJECT_ROOT / "data" / "raw"
FIELDS_JSON = '{"outlet": "source"}'


def _grouped(path, n=12, outlets=("okaz", "aawsat", "sabq")):
    """``n`` short stories, outlets in turn, dated over four days (JSONL). The bodies
    end in the story's number, a number token no count reads (no word, a gap for
    n-grams): without it they would be copies of one story (helpers.corpus.duplicates)."""
    records = []
    for i in range(n):
        record = {
            "id": f"n{i:02d}",
            "title": f"زار الرئيس الرياض {i}",
            "body": f"وقال الوزير: «نحن هنا للحوار». وزار الرئيس جدة والرياض. {i}",
            "source": outlets[i % len(outlets)],
            "date": f"2015-07-2{i % 4}",
        }
        records.append(record)
    write_jsonl(path, records)
    return path


def _refuse(*args, **kwargs):
    raise AssertionError("corpus_tables was called: the cache was not used")


def test_embedded_corpus_is_story_level_with_todays_tables(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.entities import extract_entities
    from helpers.freq import count_corpus, term_frequencies
    from helpers.quotes import extract_quotes

    study = open_study(RAW, tables=tmp_path / "cache")
    assert (study.by, study.col, study.per_story) == ("story_id", "story_id", True)
    assert len(study.stories) == 2 and study.unit.groups == 2
    assert list(study.sizes) == [1, 1]
    # the notebooks' previous calls, one by one: the cached tables are the same values
    stories = load_corpus(RAW)
    pd.testing.assert_frame_equal(study.stories, stories)
    mentions = extract_entities(stories)
    pd.testing.assert_frame_equal(study.mentions(), mentions)
    pd.testing.assert_frame_equal(study.mentions(PROJECT_ROOT / "data" / "gazetteer"), mentions)
    pd.testing.assert_frame_equal(study.quotes, extract_quotes(stories))
    pd.testing.assert_frame_equal(
        term_frequencies(study.counts(), n=2),
        term_frequencies(count_corpus(stories, n=(1, 2), zones=COUNT_ZONES), n=2),
    )
    assert study.sample(1) is study.stories  # story level: every story


def test_tables_are_computed_once_and_read_back(tmp_path, monkeypatch):
    corpus = _grouped(tmp_path / "news.jsonl")
    fields = {"outlet": "source"}
    entry = prepare_study(corpus, tmp_path / "cache", fields=fields)
    assert sorted(p.name for p in entry.iterdir()) == [
        "about.json",
        "counts.pkl",
        "mentions.pkl",
        "quotes.pkl",
        "report.pkl",
        "stories.pkl",
    ]
    monkeypatch.setattr(helpers.cluster, "corpus_tables", _refuse)
    study = open_study(corpus, fields=json.dumps(fields), tables=tmp_path / "cache")
    assert study.entry == entry
    assert (study.by, study.unit.groups) == ("outlet", 3)
    assert study.sizes.to_dict() == {"عكاظ": 4, "الشرق الأوسط": 4, "سبق": 4}
    # 12 stories: every one has «نحن هنا للحوار» after وقال الوزير
    assert len(study.quotes) == 12
    assert study.counts().tokens.sum() > 0
    # one story of each outlet, in corpus order
    assert list(study.sample(1)["story_id"]) == ["n00", "n01", "n02"]
    # no temporary folder left beside the entry
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [entry.name]


def test_a_changed_corpus_or_option_never_reads_the_old_entry(tmp_path):
    corpus = _grouped(tmp_path / "news.jsonl", n=12)
    key = study_key(corpus)
    assert study_key(corpus) == key
    assert study_key(corpus, fields={"outlet": "source"}) != key
    assert study_key(corpus, group_from="folder") != key
    old = prepare_study(corpus, tmp_path / "cache")
    _grouped(corpus, n=10)  # edited in place
    os.utime(corpus, ns=(1, 1))  # even with an old modification time: the size differs
    assert study_key(corpus) != key
    study = open_study(corpus, tables=tmp_path / "cache")
    assert study.entry != old and len(study.stories) == 10
    with open(study.entry / "stories.pkl", "rb") as fh:
        assert len(pickle.load(fh)) == 10


def test_the_same_corpus_for_the_cache_is_the_same_files_at_the_same_path(tmp_path, monkeypatch):
    # what the README says "the same corpus" is for the cache: the files (path, size,
    # modification time) where they are, not their content nor the folder's name
    import shutil

    import helpers.entities.gazetteer as gazetteer

    monkeypatch.setattr(gazetteer, "DEFAULT_USER_DIR", tmp_path / "gazetteer")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    corpus = _grouped(tmp_path / "a" / "news.jsonl", n=12)
    key = study_key(corpus)
    copy = tmp_path / "b" / "news.jsonl"  # same name, same bytes, same times, elsewhere
    shutil.copy2(corpus, copy)
    assert copy.read_bytes() == corpus.read_bytes()
    assert study_key(copy) != key
    os.utime(corpus, ns=(5, 5))  # touched, content unchanged
    assert study_key(corpus) != key
    # a gazetteer file added, then edited: the tables are counted again
    key = study_key(corpus)
    (tmp_path / "gazetteer").mkdir()
    names = tmp_path / "gazetteer" / "mine.csv"
    names.write_text("name,type\nخالد الفيصل,PERSON\n", encoding="utf-8")
    added = study_key(corpus)
    assert added != key
    names.write_text("name,type\nخالد الفيصل,PERSON\nسعود الفيصل,PERSON\n", encoding="utf-8")
    assert study_key(corpus) not in (key, added)


def test_without_a_cache_tables_are_computed_when_first_used(tmp_path, monkeypatch):
    corpus = _grouped(tmp_path / "news.jsonl")
    calls = []
    real = helpers.cluster.corpus_tables

    def counting(*args, **kwargs):
        calls.append(kwargs["entities"])
        return real(*args, **kwargs)

    monkeypatch.setattr(helpers.cluster, "corpus_tables", counting)
    study = open_study(corpus, fields={"outlet": "source"}, group_by="date:D")
    assert calls == []  # opening reads the corpus only
    assert (study.col, study.unit.groups) == ("period", 4)
    study.counts()
    study.counts()
    assert calls == [False]  # counts only, once
    assert len(study.quotes) == 12
    assert calls == [False, True]  # mentions and quotes together, once
    study.mentions()
    assert calls == [False, True]
    assert not list(tmp_path.glob("**/study-*"))  # nothing written


def test_whole_corpus_unit_gets_its_column(tmp_path):
    corpus = tmp_path / "news.jsonl"
    _grouped(corpus)
    study = open_study(corpus)  # no outlet field mapped: 12 stories, no group column
    assert study.by == "corpus"
    assert set(study.stories["corpus"]) == {"news.jsonl"}  # the file name, as before
    assert study.sizes.to_dict() == {"news.jsonl": 12}


def test_bad_input_names_the_problem(tmp_path):
    with pytest.raises(CorpusNotFoundError, match="no such file or folder"):
        open_study(tmp_path / "missing")
    corpus = _grouped(tmp_path / "news.jsonl")
    with pytest.raises(ArgumentError, match=r"'author' is not a column"):
        open_study(corpus, group_by="author")
    study = open_study(corpus, fields={"outlet": "source"})
    with pytest.raises(ArgumentError, match="n must be a whole number"):
        study.sample(0)


def test_the_runner_prepares_tables_only_for_notebooks_that_take_them(tmp_path):
    assert all(_has_parameter(nb, "TABLES") for nb in find_notebooks())
    nb = tmp_path / "01_x.ipynb"
    nb.write_text(
        json.dumps(
            {
                "cells": [
                    {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": "X = 1"},
                    {"cell_type": "code", "metadata": {}, "source": "TABLES = 2"},
                ]
            }
        ),
        encoding="utf-8",
    )
    assert not _has_parameter(nb, "TABLES")


def test_compare_the_largest_group_with_the_rest_and_a_named_period(tmp_path):
    corpus = _grouped(tmp_path / "news.jsonl", n=10)  # okaz 4 stories, aawsat 3, sabq 3
    study = open_study(corpus, fields={"outlet": "source"})
    assert study.can_compare()
    side = study.compare()
    assert side.target == {"outlet": "okaz"} and side.reference is None
    assert side.target_ids == ["n00", "n03", "n06", "n09"]
    assert side.reference_ids == ["n01", "n02", "n04", "n05", "n07", "n08"]
    assert (side.target_name, side.reference_name) == ("عكاظ", "بقية القصص")
    assert side.chart_sides == {
        "group_sizes": {"عكاظ": 4, "بقية القصص": 6},
        "order": ["عكاظ", "بقية القصص"],
    }
    rest = "بقية القصص"
    assert side.sides(study.stories)["side"].tolist() == ["عكاظ", rest, rest] * 3 + ["عكاظ"]
    # session 19: in Arabic, as the tables around it; 4 قصص (3-10: plural), 6 قصص
    assert side.describe() == "**أ** = عكاظ (4 قصص)؛ **ب** = بقية القصص (6 قصص)."
    # JSON text, as papermill passes it; a period named by its Arabic date
    days = open_study(corpus, fields={"outlet": "source"}, group_by="date:D")
    side = days.compare('{"date": "2015-07-23"}', '{"outlet": ["sabq"]}')
    assert side.target_ids == ["n03", "n07"] and side.reference_ids == ["n02", "n05", "n08"]
    assert (side.target_name, side.reference_name) == ("23 يوليو 2015", "سبق")
    one = open_study(_grouped(tmp_path / "one.jsonl", n=1))
    assert not one.can_compare()


def test_the_rest_of_the_corpus_is_named_by_its_group_when_it_is_one_group(tmp_path):
    """Two outlets: the default reference (the rest of the corpus) is the other outlet,
    and charts name it so, not «بقية القصص» (a newcomer's two-outlet run, session 16)."""
    corpus = _grouped(tmp_path / "news.jsonl", n=10, outlets=("okaz", "sabq"))
    study = open_study(corpus, fields={"outlet": "source"})
    side = study.compare()
    assert side.target == {"outlet": "okaz"} and side.reference is None
    assert side.reference_ids == ["n01", "n03", "n05", "n07", "n09"]  # sabq's five
    assert (side.target_name, side.reference_name) == ("عكاظ", "سبق")
    # three outlets: the rest is two groups, still «بقية القصص» (test above)


def test_a_date_range_against_the_next_under_a_week_unit(tmp_path):
    """GROUP_BY date:W with TARGET a date range (a JSON list of two dates, as the README
    shows it): the sides are the stories of each range, named in words (a newcomer's
    run raised TypeError: the range was read as one period's start)."""
    corpus = _grouped(tmp_path / "news.jsonl", n=10)  # dated 2015-07-20 .. 2015-07-23
    weeks = open_study(corpus, fields={"outlet": "source"}, group_by="date:W")
    side = weeks.compare(
        '{"date": ["2015-07-20", "2015-07-21"]}', '{"date": ["2015-07-22", "2015-07-23"]}'
    )
    # story i is dated 2015-07-2(i % 4)
    assert side.target_ids == ["n00", "n01", "n04", "n05", "n08", "n09"]
    assert side.reference_ids == ["n02", "n03", "n06", "n07"]
    assert side.target_name == "من 20 يوليو 2015 إلى 21 يوليو 2015"
    assert side.reference_name == "من 22 يوليو 2015 إلى 23 يوليو 2015"


def test_notebooks_open_at_once_and_wait_for_the_tables(tmp_path, monkeypatch):
    import threading

    from helpers.study import start_study

    corpus = _grouped(tmp_path / "news.jsonl")
    gate = threading.Event()
    real = helpers.cluster.corpus_tables

    def held(*args, **kwargs):
        assert gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(helpers.cluster, "corpus_tables", held)
    job = start_study(corpus, tmp_path / "cache", fields=FIELDS_JSON)
    assert not job.done()
    assert sorted(p.name for p in job.entry.iterdir()) == [
        "about.json",
        "pending.json",
        "report.pkl",
        "stories.pkl",
    ]
    study = open_study(corpus, fields=FIELDS_JSON, tables=tmp_path / "cache")
    assert study.entry == job.entry and len(study.stories) == 12  # before the tables
    gate.set()
    assert len(study.quotes) == 12  # waited for the runner's thread
    assert job.wait() == job.entry and not (job.entry / "pending.json").exists()


def test_a_failed_computation_is_reported_to_the_runner_and_the_notebooks(tmp_path, monkeypatch):
    from helpers.study import StudyError, start_study

    corpus = _grouped(tmp_path / "news.jsonl")

    def broken(*args, **kwargs):
        raise ArgumentError("corpus_tables: workers must be a whole number >= 1, got 0")

    monkeypatch.setattr(helpers.cluster, "corpus_tables", broken)
    job = start_study(corpus, tmp_path / "cache")
    study = open_study(corpus, tables=tmp_path / "cache")  # opened while it runs
    with pytest.raises(ArgumentError, match="workers must be a whole number"):
        job.wait()
    with pytest.raises(StudyError, match="ArgumentError: corpus_tables: workers must be"):
        study.counts()


def _ending_between_the_looks(monkeypatch, entry, write):
    """``_pending_alive`` as if the runner ended right then: it writes what the runner
    writes last (``write``), removes ``pending.json`` and says it is gone: the
    interleaving a loaded machine gave once (the runner's thread ran between a
    notebook's look for ``failed.txt`` and its look for ``pending.json``)."""
    import helpers.study as study_module

    def ended(folder):
        write(folder)
        (folder / "pending.json").unlink(missing_ok=True)
        return False

    (entry / "pending.json").write_text(json.dumps({"pid": os.getpid()}), encoding="utf-8")
    monkeypatch.setattr(study_module, "_pending_alive", ended)


def test_a_runner_failing_while_a_notebook_looks_is_reported_as_its_failure(tmp_path, monkeypatch):
    from helpers.study import FAILED, StudyError, _read_table

    entry = tmp_path / "study-x"
    entry.mkdir()
    message = "ArgumentError: corpus_tables: workers must be a whole number >= 1, got 0"
    _ending_between_the_looks(
        monkeypatch, entry, lambda f: (f / FAILED).write_text(message, encoding="utf-8")
    )
    with pytest.raises(StudyError, match="ArgumentError: corpus_tables: workers must be"):
        _read_table(entry, "counts", poll=0.01)


def test_a_table_written_while_a_notebook_looks_is_read_not_computed_again(tmp_path, monkeypatch):
    from helpers.study import _read_table

    entry = tmp_path / "study-x"
    entry.mkdir()

    def write(folder):
        with open(folder / "counts.pkl", "wb") as fh:
            pickle.dump({"ready": 12}, fh)

    _ending_between_the_looks(monkeypatch, entry, write)
    assert _read_table(entry, "counts", poll=0.01) == {"ready": 12}


def test_an_entry_left_by_a_stopped_run_is_made_again(tmp_path):
    import subprocess
    import sys

    from helpers.study import start_study

    corpus = _grouped(tmp_path / "news.jsonl")
    job = start_study(corpus, tmp_path / "cache")
    job.wait()
    (job.entry / "quotes.pkl").unlink()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    (job.entry / "pending.json").write_text(
        json.dumps({"pid": int(gone.stdout), "host": __import__("socket").gethostname()}),
        encoding="utf-8",
    )
    # the next opening makes the entry again (in a thread of its own) and waits for it
    study = open_study(corpus, tables=tmp_path / "cache")
    assert study.entry == job.entry
    assert len(study.quotes) == 12
    again = start_study(corpus, tmp_path / "cache")
    assert again.done() and again.wait() == job.entry
    assert (job.entry / "quotes.pkl").is_file()
