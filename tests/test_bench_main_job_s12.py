"""benchmarks/bench_main_job.kernel_notebooks: which kernel ran which notebook.

Session 11's records named the kernels by the order of the runner's log lines, and two
lanes start their kernels at the same instant: 03's and 04's kernels were swapped, so
04 (72 CPU s in the runner's own record) was reported with 03's 32 CPU s, as if it had
waited two minutes for something. The kernels are now named from the runner's record of
each notebook's start and end (timings.json).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_main_job import kernel_notebooks

#: The runner's record of session 11's main job (20,329 stories, the lead's run), seconds
#: since its start: 03 and 04 start together on the two lanes, 05 after 03.
STEPS = [
    {"step": "corpus tables", "kind": "tables", "start": 0.0, "end": 122.56},
    {"step": "03_entities.ipynb", "kind": "notebook", "start": 122.53, "end": 218.31},
    {"step": "04_compare_stories.ipynb", "kind": "notebook", "start": 122.53, "end": 275.36},
    {"step": "05_quotes_and_context.ipynb", "kind": "notebook", "start": 218.34, "end": 233.28},
    {"step": "03_entities.html", "kind": "export", "start": 218.34, "end": 221.29},
]


def test_kernels_that_start_together_are_told_apart_by_their_ends():
    # the sampler's clock runs 1.4 s ahead of the runner's (its start-up); pid 101 is
    # seen first but lives to the end of 04, pid 102 to the end of 03
    kernels = {
        101: {"first": 123.9, "last": 276.6},
        102: {"first": 124.1, "last": 219.6},
        103: {"first": 219.9, "last": 234.6},
    }
    assert kernel_notebooks(kernels, STEPS) == {
        101: "04_compare_stories.ipynb",
        102: "03_entities.ipynb",
        103: "05_quotes_and_context.ipynb",
    }


def test_a_kernel_without_a_step_is_unnamed():
    kernels = {7: {"first": 5.0, "last": 9.0}, 8: {"first": 5.1, "last": 30.0}}
    steps = [{"step": "01_corpus.ipynb", "kind": "notebook", "start": 4.0, "end": 29.0}]
    assert kernel_notebooks(kernels, steps) == {7: "?", 8: "01_corpus.ipynb"}
    assert kernel_notebooks(kernels, []) == {7: "?", 8: "?"}
