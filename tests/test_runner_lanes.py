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

from helpers.notebooks import SHARED_TABLES_MAX_STORIES, _alone, _lanes


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
