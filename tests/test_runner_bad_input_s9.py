"""Session 9: the runner's timing and planning helpers refuse malformed input with a
KhabarError naming the step or notebook and the problem; a cell's error names the
output and corpus folders relative to the project root, not the notebooks' folder."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import SimpleNamespace

import pytest

from helpers.display import STAGING
from helpers.errors import ArgumentError, KhabarError
from helpers.notebooks import (
    _last_duration,
    _path_replacements,
    _plan,
    _unstage,
    critical_path,
    idle_lanes,
)

GOOD = [{"step": "01_a.ipynb", "start": 0.0, "end": 4.0}]


@pytest.mark.parametrize(
    ("steps", "says"),
    [
        ("01_a.ipynb", "steps must be a list of steps"),
        ({"step": "x", "start": 0, "end": 1}, "steps must be a list of steps"),
        ([*GOOD, 7], "steps[1] must be a mapping"),
        ([*GOOD, {"step": "02_b.ipynb", "end": 3.0}], "steps[1] lacks start"),
        ([{"step": 3, "start": 0.0, "end": 1.0}], "steps[0]['step'] must be a str"),
        ([{"step": "x", "start": "0", "end": 1.0}], "steps[0] (x) start must be a number"),
        ([{"step": "x", "start": math.nan, "end": 1.0}], "got nan"),
        ([{"step": "x", "start": -1.0, "end": 1.0}], "steps[0] (x) start must be"),
        ([{"step": "x", "start": 0.0, "end": True}], "steps[0] (x) end must be"),
        ([{"step": "x", "start": 5.0, "end": 4.0}], "ends at 4.0 s, before it starts at 5.0 s"),
    ],
)
def test_critical_path_refuses_a_malformed_step(steps, says):
    with pytest.raises(ArgumentError) as e:
        critical_path(steps)
    assert says in str(e.value)
    assert str(e.value).startswith("critical_path: ")
    assert isinstance(e.value, KhabarError)


def test_critical_path_refuses_a_bad_slack_and_still_skips_an_unended_step():
    with pytest.raises(ArgumentError, match="slack must be a number of seconds >= 0"):
        critical_path(GOOD, slack=-1)
    steps = [*GOOD, {"step": "02_b.ipynb", "start": 4.5, "end": None}]
    assert [s["step"] for s in critical_path(steps)] == ["01_a.ipynb"]


def test_idle_lanes_refuses_bad_lanes_wall_and_steps():
    for lanes in (0, True, 1.5, "2"):
        with pytest.raises(ArgumentError, match="idle_lanes: lanes must be a whole number"):
            idle_lanes(GOOD, lanes, 10.0)
    for wall in (math.nan, -3.0, math.inf, None):
        with pytest.raises(ArgumentError, match="idle_lanes: wall must be a number"):
            idle_lanes(GOOD, 2, wall)
    with pytest.raises(ArgumentError, match=r"idle_lanes: steps\[0\] lacks end"):
        idle_lanes([{"start": 0.0}], 2, 10.0)
    # names are optional here: one lane busy 0-4 s of 10 s on two lanes: 2*10 - 4 = 16
    assert idle_lanes([{"start": 0.0, "end": 4.0}], 2, 10.0) == 16.0


def test_the_plan_refuses_repeated_stray_and_unreadable_input():
    a, b = Path("01_a.ipynb"), Path("02_b.ipynb")
    with pytest.raises(ArgumentError, match=r"notebooks named twice: 01_a\.ipynb"):
        _plan([a, b, a])
    with pytest.raises(ArgumentError, match=r"alone names notebook\(s\) not in this run: x\.ipynb"):
        _plan([a, b], alone=[Path("x.ipynb")])
    with pytest.raises(ArgumentError, match=r"first names notebook\(s\) not in this run"):
        _plan([a], first=[b])
    for bad in (math.nan, -2.0, "12", None):
        with pytest.raises(ArgumentError, match=r"the duration of 02_b\.ipynb must be a number"):
            _plan([a, b], durations={b: bad})
    # infinity is "unknown": it starts first, before a notebook of 10 s
    assert _plan([a, b], durations={a: 10.0, b: math.inf}) == [b, a]


@pytest.mark.parametrize(
    ("duration", "seconds"),
    [
        (12.5, 12.5),
        (3, 3.0),
        ("NaN", math.inf),
        (-4.0, math.inf),
        ("12", math.inf),
        (None, math.inf),
    ],
)
def test_a_damaged_record_of_the_previous_run_is_unknown_not_an_error(tmp_path, duration, seconds):
    (tmp_path / "notebooks").mkdir()
    value = float(duration) if duration == "NaN" else duration
    record = {"metadata": {"papermill": {"duration": value}}}
    (tmp_path / "notebooks" / "01_a.ipynb").write_text(json.dumps(record), encoding="utf-8")
    assert _last_duration(tmp_path, Path("01_a.ipynb")) == seconds


def test_a_cells_error_names_folders_from_the_project_root(tmp_path):
    project = tmp_path / "project"
    nbs = project / "notebooks"
    processed = project / "data" / "processed"
    outside = tmp_path / "elsewhere" / "figures"
    staging = SimpleNamespace(staged={processed: processed / STAGING, outside: outside / STAGING})
    params = {"CORPUS": "../data/raw/c.txt"}
    errors, _ = _path_replacements(staging, params, nbs)
    text = (
        f"FileNotFoundError: ../data/processed/{STAGING}/x.csv; ../data/raw/c.txt; "
        f"{outside / STAGING}/y.png"
    )
    assert _unstage(text, errors) == (
        f"FileNotFoundError: data/processed/x.csv; data/raw/c.txt; {outside}/y.png"
    )
