"""Bounded fuzz of corpus folders and selections (the long run: tests/fuzz/fuzz_trees.py),
and the cases it found, each pinned by hand."""

import warnings
from pathlib import Path

from fuzz.fuzz_trees import (
    FIELDS,
    build,
    check_selection,
    check_tree,
    selections,
    stories_tables,
    trees,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.corpus import load_corpus

FUZZ = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@FUZZ
@given(trees(), st.sampled_from(FIELDS))
def test_folders_load_or_raise_a_project_error(tmp_path_factory, entries, fields):
    root = tmp_path_factory.mktemp("tree") / "corpus"
    root.mkdir()
    build(entries, root)
    assert check_tree(root, fields) in {
        "table",
        "EmptyCorpusError",
        "CorpusFormatError",
        "DecodingError",
        "UnreadableFileError",
    }


@FUZZ
@given(st.data())
def test_selections_resolve_or_raise_a_project_error(data):
    stories = data.draw(stories_tables())
    ids = stories["story_id"].tolist()
    target = data.draw(selections(ids))
    reference = data.draw(st.one_of(st.none(), selections(ids)))
    assert check_selection(stories, target, reference).count("/") == 1


def test_an_empty_json_file_in_a_folder_is_skipped_like_other_empty_files(tmp_path):
    # found by the fuzz pass: a .json file of white space stopped the whole folder with
    # "is empty" (CorpusFormatError), where an empty .txt/.csv/.jsonl is skipped
    (tmp_path / "a.json").write_bytes(b"\xef\xbb\xbf \n")
    (tmp_path / "b.txt").write_text("عنوان\nنص", "utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st_, rep = load_corpus(tmp_path, return_report=True)
    assert st_["story_id"].tolist() == ["b-01"]
    assert rep[["file", "reason", "action"]].values.tolist() == [
        [str(tmp_path / "a.json"), "empty file", "skipped"]
    ]


def test_build_skips_entries_whose_folder_is_a_file(tmp_path):
    # the generator's own guard: "a" as a file, then "a/b.txt" under it
    build([("file", "a", b"x"), ("file", "a/b.txt", b"y")], tmp_path)
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == ["a"]
