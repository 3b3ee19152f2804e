"""Lanes of the main job: notebooks declared ``alone_on_big_corpus`` take every lane.

At 20,329 articles notebooks 01 and 02 each held over 1 GB; beside any other kernel the
job went over its 2 GB target, so on a big corpus they run with no kernel beside them.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from helpers.notebooks import (
    SHARED_TABLES_MAX_STORIES,
    _alone,
    _lanes,
    _plan,
    _Turns,
    critical_path,
    idle_lanes,
    run_all,
)


def _notebook(tmp_path: Path, name: str, metadata: dict) -> Path:
    path = tmp_path / name
    path.write_text(
        json.dumps({"cells": [], "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}),
        encoding="utf-8",
    )
    return path


def test_a_declared_notebook_runs_alone_only_on_a_big_corpus(tmp_path):
    declared = _notebook(tmp_path, "01_a.ipynb", {"khabar": {"alone_on_big_corpus": True}})
    plain = _notebook(tmp_path, "03_b.ipynb", {})
    big = SimpleNamespace(stories=SHARED_TABLES_MAX_STORIES + 1)
    small = SimpleNamespace(stories=SHARED_TABLES_MAX_STORIES)
    unknown = SimpleNamespace(stories=None)
    assert SHARED_TABLES_MAX_STORIES == 1000
    assert _alone(declared, big) is True
    assert _alone(declared, unknown) is True  # not yet known: the safe side
    assert _alone(declared, small) is False  # 1,000 stories: shares the cores
    assert _alone(declared, None) is False  # no tables job: nothing known of the corpus
    assert _alone(plain, big) is False


def test_lanes_never_put_a_notebook_that_needs_every_lane_beside_another():
    lanes = threading.Semaphore(2)
    gate = threading.Lock()
    running: list[str] = []
    seen: list[tuple[str, ...]] = []
    lock = threading.Lock()

    def work(name: str, need: int) -> None:
        with _lanes(lanes, need, gate):
            with lock:
                running.append(name)
                seen.append(tuple(sorted(running)))
            time.sleep(0.05)
            with lock:
                running.remove(name)

    # two that need both lanes (01, 02) and three that need one (03, 04, 05)
    jobs = [("01", 2), ("02", 2), ("03", 1), ("04", 1), ("05", 1)]
    threads = [threading.Thread(target=work, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert not any(t.is_alive() for t in threads)  # no deadlock
    assert {name for state in seen for name in state} == {"01", "02", "03", "04", "05"}
    for state in seen:
        assert len(state) <= 2
        if "01" in state or "02" in state:
            assert len(state) == 1, state  # alone: nothing beside it
    # the permits are all given back
    assert lanes.acquire(blocking=False) and lanes.acquire(blocking=False)


# ------------------------------------------------------------- the plan (session 8)

NB = {n: Path(f"{n}_x.ipynb") for n in ("01", "02", "03", "04", "05")}


def _names(order) -> list[str]:
    return [p.name[:2] for p in order]


def test_the_plan_puts_shared_notebooks_longest_first_then_those_that_run_alone():
    """Session 7's 20,329-article run: 01 9 s and 02 40 s alone; 03 26 s, 04 52 s and
    05 10 s on two lanes. Longest first: 04 on one lane, 03 then 05 on the other (36 s
    against 52 s), then 02 and 01 each alone."""
    notebooks = list(NB.values())
    durations = {NB["01"]: 9, NB["02"]: 40, NB["03"]: 26, NB["04"]: 52, NB["05"]: 10}
    order = _plan(notebooks, alone=[NB["01"], NB["02"]], durations=durations)
    assert _names(order) == ["04", "03", "05", "02", "01"]


def test_the_plan_without_a_previous_run_keeps_notebook_order_within_each_kind():
    notebooks = list(NB.values())
    assert _names(_plan(notebooks, alone=[NB["01"], NB["02"]])) == ["03", "04", "05", "01", "02"]
    assert _names(_plan(notebooks)) == ["01", "02", "03", "04", "05"]
    # a notebook new since the last run (no duration) counts as the longest
    durations = {NB["01"]: 9, NB["02"]: 40, NB["04"]: 52, NB["05"]: 10}
    assert _names(_plan(notebooks, durations=durations)) == ["03", "04", "02", "05", "01"]


def test_while_the_tables_share_the_cores_those_not_waiting_for_them_start_first():
    """A small corpus: the tables process takes one lane; 01 reads no table, so it
    starts before the longer notebooks that would wait for the tables."""
    notebooks = list(NB.values())
    durations = {NB["01"]: 2, NB["02"]: 9, NB["03"]: 4, NB["04"]: 13, NB["05"]: 3}
    order = _plan(notebooks, durations=durations, first=[NB["01"]])
    assert _names(order) == ["01", "04", "02", "03", "05"]


def test_notebooks_take_their_lanes_in_the_plans_order_whatever_thread_comes_first():
    """Session 7's regression: two threads raced for the lanes the tables process gave
    back, and 03 (one lane) sometimes won over 01 (every lane), ran alone while 01 held
    the other lane waiting: one core idle for 26 s. With turns, the order is the plan's
    even when the threads ask in the opposite order."""
    order = [NB[n] for n in ("04", "03", "05", "02", "01")]
    alone = {NB["01"], NB["02"]}
    lanes = threading.Semaphore(2)
    gate = threading.Lock()
    stopping = threading.Event()
    turns = _Turns(order)
    got: list[str] = []
    running: list[str] = []
    seen: list[tuple[str, ...]] = []
    lock = threading.Lock()
    for _ in range(2):
        lanes.acquire()  # the tables process holds every lane at first

    def work(nb: Path) -> None:
        with turns.take(nb, lanes, 2 if nb in alone else 1, gate, stopping):
            with lock:
                got.append(nb.name[:2])
                running.append(nb.name[:2])
                seen.append(tuple(sorted(running)))
            time.sleep(0.05)
            with lock:
                running.remove(nb.name[:2])

    threads = [threading.Thread(target=work, args=(nb,)) for nb in reversed(order)]
    for t in threads:
        t.start()
        time.sleep(0.02)  # every thread is waiting before the lanes come free
    for _ in range(2):
        lanes.release()
    for t in threads:
        t.join(timeout=10)
    assert not any(t.is_alive() for t in threads)
    assert got == ["04", "03", "05", "02", "01"]
    assert ("03", "04") in seen  # the two lanes were used together
    for state in seen:
        if "01" in state or "02" in state:
            assert len(state) == 1, state


def test_a_stopping_run_lets_every_waiting_notebook_return():
    order = [NB["01"], NB["02"]]
    turns = _Turns(order)
    stopping = threading.Event()
    stopping.set()
    lanes = threading.Semaphore(2)
    done = []

    def work() -> None:  # 02's turn never comes (01 never asks): stopping frees it
        with turns.take(NB["02"], lanes, 1, threading.Lock(), stopping):
            done.append("02")

    t = threading.Thread(target=work)
    t.start()
    t.join(timeout=5)
    assert done == ["02"]


# ------------------------------------------------------- the record of a run's times

STEPS = [  # seconds, as in <build>/timings.json (a run like session 7's, planned)
    {"step": "corpus tables", "start": 0.0, "end": 155.0},
    {"step": "04_x.ipynb", "start": 156.0, "end": 208.0},
    {"step": "03_x.ipynb", "start": 156.2, "end": 182.0},
    {"step": "03_x.html", "start": 182.0, "end": 183.5},
    {"step": "05_x.ipynb", "start": 182.4, "end": 193.0},
    {"step": "05_x.html", "start": 193.0, "end": 194.0},
    {"step": "02_x.ipynb", "start": 208.5, "end": 248.0},
    {"step": "04_x.html", "start": 208.0, "end": 210.0},
    {"step": "01_x.ipynb", "start": 248.3, "end": 257.0},
    {"step": "02_x.html", "start": 248.0, "end": 250.0},
    {"step": "01_x.html", "start": 257.0, "end": 258.0},
    {"step": "tables.xlsx", "start": 258.0, "end": 275.0},
]


def test_the_critical_path_walks_back_from_the_last_step():
    path = critical_path(STEPS)
    assert [s["step"] for s in path] == [
        "corpus tables",
        "04_x.ipynb",
        "02_x.ipynb",
        "01_x.ipynb",
        "01_x.html",
        "tables.xlsx",
    ]
    assert [s["seconds"] for s in path] == [155.0, 52.0, 39.5, 8.7, 1.0, 17.0]
    assert [s["wait_s"] for s in path] == [0.0, 1.0, 0.5, 0.3, 0.0, 0.0]
    assert critical_path([]) == []


def test_idle_lanes_counts_lane_seconds_no_step_used():
    # two lanes for 10 s; one step all along, one for the first 4 s: 6 lane-seconds idle
    steps = [{"start": 0.0, "end": 10.0}, {"start": 0.0, "end": 4.0}]
    assert idle_lanes(steps, 2, 10.0) == 6.0
    # a third step beside two others uses no extra lane (at most two are busy)
    steps.append({"start": 1.0, "end": 3.0})
    assert idle_lanes(steps, 2, 10.0) == 6.0
    # the run above, one lane idle: tables 155, 04 alone 0.2 + 14, 04.html 0.5, 02 alone
    # 38, 02.html 0.3, 01 alone 7, 01.html 1, the workbook 17; both idle 155-156: 2
    assert idle_lanes(STEPS, 2, 275.0) == 155 + 2 + 0.2 + 14 + 0.5 + 38 + 0.3 + 7 + 1 + 17


@pytest.mark.slow
def test_a_run_records_each_notebooks_times_and_its_critical_path(tmp_path):
    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    for name, seconds in (("01_a", 0.1), ("02_b", 2.0), ("03_c", 0.1)):
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "P"}
        nb.cells = [nbformat.v4.new_code_cell(f"import time\ntime.sleep({seconds})")]
        nbformat.write(nb, nbs / f"{name}.ipynb")
    build = tmp_path / "build"
    params = {"PROCESSED": str(tmp_path / "p"), "FIGURES": str(tmp_path / "f")}
    run_all(nbs, build_dir=build, parameters=params, jobs=2, workbook=False)
    record = json.loads((build / "timings.json").read_text(encoding="utf-8"))
    kinds = {s["step"]: s["kind"] for s in record["steps"]}
    assert kinds == {
        "runner start-up": "runner",
        "01_a.ipynb": "notebook",
        "02_b.ipynb": "notebook",
        "03_c.ipynb": "notebook",
        "01_a.html": "export",
        "02_b.html": "export",
        "03_c.html": "export",
    }
    for s in record["steps"]:
        assert 0 <= s["start"] <= s["end"] <= record["wall_s"]
        if s["kind"] == "notebook":
            assert s["cpu_s"] > 0  # the kernel's own CPU, read before it was shut down
            assert s["lanes"] == 1
    assert record["lanes"] == 2
    # 02 sleeps 2 s: its kernel's step is at least that long
    (b,) = [s for s in record["steps"] if s["step"] == "02_b.ipynb"]
    assert b["end"] - b["start"] >= 2.0
    assert record["critical_path"][-1]["end"] == max(s["end"] for s in record["steps"])
