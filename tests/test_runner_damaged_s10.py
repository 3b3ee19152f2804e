"""Damaged files a previous run can leave, read by the runner (a hostile tester's
findings, session 10): every reader falls back as its docstring says, never a raw
``RecursionError``, ``TypeError`` or ``AttributeError``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import notebooks as nbm
from helpers import study
from helpers.errors import shown

DEEP = 50_000


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_shown_cuts_deep_and_huge_values():
    x: list = [1]
    for _ in range(DEEP):
        x = [x]
    assert shown(x) == "list [[[[...]]]]"
    assert shown(10**5000) == "<an int of 16,610 bits>"
    # the values it always showed are shown as before
    assert shown([1, 2]) == "list [1, 2]"
    assert shown("bogus") == "'bogus'"
    assert shown(None) == "None"
    assert shown({"a": [1, {"b": [2]}]}) == "dict {'a': [1, {'b': [...]}]}"


def test_a_duration_nested_50000_deep_is_unknown(tmp_path):
    (tmp_path / "notebooks").mkdir()
    head, tail = '{"cells":[],"metadata":{"papermill":{"duration":', '}},"nbformat":4}'
    text = head + _nested(DEEP) + tail
    (tmp_path / "notebooks" / "01.ipynb").write_text(text, encoding="utf-8")
    assert nbm._last_duration(tmp_path, Path("01.ipynb")) == float("inf")


@pytest.mark.parametrize(
    "nb",
    [
        {"cells": None},
        {"cells": 5},
        {"cells": [1, 2]},
        {"cells": [{"cell_type": "code", "metadata": [], "source": 5}]},
        {"cells": [{"cell_type": "code", "metadata": {"papermill": []}, "source": ["a"]}]},
        {"cells": [{"cell_type": "code", "metadata": {"tags": "parameters"}, "source": "X = 1"}]},
    ],
)
def test_damaged_cells_fall_back(tmp_path, nb):
    f = tmp_path / "x.ipynb"
    f.write_text(json.dumps(nb), encoding="utf-8")
    assert nbm._uses_tables(f) is False  # no source naming the study's tables
    assert nbm._running_cell(f) == "a cell"
    assert nbm._parameter_names(f) is None  # no parameters cell: every parameter passed


def test_good_cells_are_still_read(tmp_path):
    f = tmp_path / "x.ipynb"
    cells = [
        {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": ["X = 1\n", "Y=2"]},
        {
            "cell_type": "code",
            "metadata": {"papermill": {"status": "running"}},
            "source": "t = study.mentions",
        },
    ]
    f.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    assert nbm._parameter_names(f) == {"X", "Y"}
    assert nbm._uses_tables(f) is True
    assert nbm._running_cell(f) == "cell 2 (t = study.mentions)"


@pytest.mark.parametrize("text", ["[]", "null", "5", '"x"', _nested(DEEP)])
def test_a_damaged_pending_record_is_no_process(tmp_path, text):
    (tmp_path / study.PENDING).write_text(text, encoding="utf-8")
    assert study._pending_alive(tmp_path) is False
