"""Benchmark: CPU time of entity extraction relative to tokenising, for A/B runs.

Wall-clock ratios (``bench_entities.py``) swing by +-40 % on a shared machine; CPU time
(``time.process_time``) of the same work swings far less. This script builds the corpus
of ``bench_entities.py`` (``--stories`` stories from the embedded stories' paragraphs),
warms up (gazetteer, lexicon, caches), then takes the fastest of ``--repeat`` interleaved
runs of (a) ``tokenize_zones`` and (b) ``extract_entities``, and prints both and a/b.

To compare two versions of the code, run it once per version in the same venv, the older
one from an exported tree (see benchmarks/README.md)::

    git archive <commit> src | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old/src python benchmarks/bench_entities_cpu.py
    python benchmarks/bench_entities_cpu.py

Usage: ``python benchmarks/bench_entities_cpu.py [--stories 300] [--repeat 5]``
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_entities import build_stories

from helpers.corpus import zones
from helpers.entities import extract_entities, load_gazetteer
from helpers.text import tokenize_zones


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    stories = build_stories(args.stories)
    z = zones(stories)
    gaz = load_gazetteer(None)
    extract_entities(stories, gaz)  # warm-up: gazetteer compile, lexicon, caches
    ta = tb = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        tokenize_zones(z, include=None)
        ta = min(ta, time.process_time() - t0)
        t0 = time.process_time()
        extract_entities(stories, gaz)
        tb = min(tb, time.process_time() - t0)
    print(f"cpu (a) tokenise {ta:.3f} s  (b) extract {tb:.3f} s  ratio a/b {ta / tb:.3f}")


if __name__ == "__main__":
    main()
