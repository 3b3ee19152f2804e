"""Benchmark: what notebook 02's ``DROP_SUBSUMED`` costs beyond 8 stories.

Usage::

    PYTHONPATH=src python benchmarks/bench_subsumed.py [--stories 2000] [--days 8]

The run's cached counts (:meth:`helpers.study.Study.counts`) hold unigrams and bigrams;
``DROP_SUBSUMED`` needs trigrams, so :func:`helpers.sections.group_term_frequencies`
counts the stories once more with ``n=(1, 2, 3)``. This script measures that recount
against the run's own count, and the bigram table with and without the subsumed rule:
a seeded sample of ``--stories`` stories of the first ``--days`` SaudiNewsNet days, the
held-out outlets (:data:`saudinewsnet.HELD_OUT`) left out (not loaded into the sample),
each count timed twice (CPU seconds, ``time.process_time``; the second run is the one to
quote). The ``helpers.text`` lexicon is loaded before timing. Skips with a message where
the corpus folder is absent.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from saudinewsnet import CORPUS, FIELDS, HELD_OUT

SEED = 20150721


def cpu(func, *args, **kwargs):
    """``func(*args, **kwargs)`` and its CPU seconds."""
    start = time.process_time()
    out = func(*args, **kwargs)
    return out, time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--days", type=int, default=8)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: the development corpus is not at {CORPUS}")
        return 0

    import pandas as pd

    from helpers.corpus import load_corpus
    from helpers.freq import count_corpus, term_frequencies
    from helpers.text import analyse_types

    analyse_types(["والعراق"])  # the lexicon, loaded once per process
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    days = sorted(CORPUS.glob("*.zip"))[: args.days]
    parts = []
    for day in days:
        stories = load_corpus(day, fields=FIELDS)
        parts.append(stories[~stories["outlet"].isin(HELD_OUT)])
    stories = pd.concat(parts, ignore_index=True)
    stories = stories.sample(min(args.stories, len(stories)), random_state=SEED).sort_index()
    print(f"{len(stories):,} stories of {days[0].stem} .. {days[-1].stem}")
    for _ in range(2):
        run, t_run = cpu(count_corpus, stories, n=(1, 2), progress=False)
        more, t_more = cpu(count_corpus, stories, n=(1, 2, 3), progress=False)
        print(f"count_corpus n=(1, 2): {t_run:.2f} s CPU; n=(1, 2, 3): {t_more:.2f} s CPU")
    print(f"  {run}\n  {more}")
    _, t_plain = cpu(term_frequencies, run, by="outlet", n=2, min_count=2)
    _, t_sub = cpu(term_frequencies, more, by="outlet", n=2, min_count=2, drop_subsumed=True)
    print(f"bigrams by outlet (min_count 2): {t_plain:.2f} s CPU; drop_subsumed {t_sub:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
