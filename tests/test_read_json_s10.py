"""Session 10: JSON files the runner reads back (notebooks of the previous run, the
lock) are read however deeply nested (``helpers.io.read_json``): a notebook of 100,000
nested lists raised RecursionError in ``notebooks._last_duration``."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from helpers.errors import KhabarError, MalformedFileError
from helpers.io import read_json
from helpers.notebooks import _last_duration, _parameter_names

DEEP = 100_000


def _deep_list(levels: int) -> str:
    return "[" * levels + "]" * levels


def test_a_deep_list_is_read_to_its_last_level(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text(_deep_list(DEEP), encoding="utf-8")
    value, depth = read_json(path), 0
    while value:
        value, depth = value[0], depth + 1
    assert depth == DEEP - 1  # the innermost [] is empty: 99,999 lists hold one list


def test_the_iterative_reader_gives_what_json_gives(tmp_path):
    # the deep prefix sends the whole text through the iterative reader
    inner = {"a": [1, 2.5, -300.0, True, False, None, "xA\n"], "b": {}, "k": 2}
    text = '{"k": 1, "deep": ' + "[" * 2000 + json.dumps(inner) + "]" * 2000 + "}"
    text = text.replace('"k": 1, ', '"k": 1, "k": 3, ')  # a repeated key keeps its last value
    path = tmp_path / "x.json"
    path.write_text(text, encoding="utf-8")
    got = read_json(path)
    assert got["k"] == 3
    node = got["deep"]
    for _ in range(1999):
        node = node[0]
    assert node == [inner]


def test_a_deep_notebook_keeps_its_duration_and_a_deep_list_is_unknown(tmp_path):
    (tmp_path / "notebooks").mkdir()
    nb = '{"cells": [{"outputs": ' + _deep_list(DEEP) + '}], "metadata": {"papermill": '
    nb += '{"duration": 7.5}}}'
    (tmp_path / "notebooks" / "01_a.ipynb").write_text(nb, encoding="utf-8")
    assert _last_duration(tmp_path, Path("01_a.ipynb")) == 7.5
    (tmp_path / "notebooks" / "02_b.ipynb").write_text(_deep_list(DEEP), encoding="utf-8")
    assert _last_duration(tmp_path, Path("02_b.ipynb")) == math.inf
    assert _parameter_names(tmp_path / "notebooks" / "02_b.ipynb") is None


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b"\xff\xfe[1]", "not UTF-8 text at byte 0"),
        (
            b'{"a": 1,}',
            "not JSON: Expecting property name enclosed in double quotes at line 1, column 9",
        ),
        (("[" * 5000 + "1 2").encode(), "not JSON: Expecting ',' delimiter at line 1, column 5003"),
        (("[" * 5000).encode(), "not JSON: Expecting value at line 1, column 5001"),
    ],
)
def test_bad_json_is_a_khabar_error_naming_the_file(tmp_path, raw, says):
    path = tmp_path / "bad.ipynb"
    path.write_bytes(raw)
    with pytest.raises(MalformedFileError) as e:
        read_json(path)
    assert str(e.value) == f"{path}: {says}"
    assert isinstance(e.value, KhabarError) and isinstance(e.value, ValueError)


def test_relative_pythonpath_entries_are_absolute_for_the_runs_children(monkeypatch, tmp_path):
    import os

    from helpers.notebooks import _absolute_pythonpath

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(["src", "/abs/lib"]))
    with _absolute_pythonpath():
        # the kernels start in notebooks/: src must name the project's src, not theirs
        assert os.environ["PYTHONPATH"].split(os.pathsep) == [str(tmp_path / "src"), "/abs/lib"]
    assert os.environ["PYTHONPATH"] == os.pathsep.join(["src", "/abs/lib"])
