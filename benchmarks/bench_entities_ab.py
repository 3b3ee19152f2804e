"""Benchmark: CPU time of entity extraction under several source trees, interleaved.

``bench_entities_cpu.py`` run once per tree, one tree after the other, compares runs
made minutes apart; on a shared machine the load moves in between (session 14 saw
+-15 % between rounds). Here one worker process per tree (``PYTHONPATH`` its ``src``)
builds the bench's stories (``bench_entities.build_stories``), warms up (gazetteer,
lexicon, caches), then waits; the parent asks the trees in turn, ``--rounds`` times,
for one ``extract_entities`` call each, timed with ``time.process_time`` inside the
worker. Every round visits the trees in a new order (rotated), so no tree always runs
first. Prints each round's seconds, then per tree the fastest and the median, and each
tree's ratio to the first (fastest / fastest and median / median).

Usage::

    git archive c4a0464 src | tar -x -C /tmp/base
    python benchmarks/bench_entities_ab.py /tmp/base/src /tmp/main/src src [--rounds 15]
        [--stories 300] [--pickle FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent


def _worker(stories: int, pickled: str | None) -> None:
    """Child: warm up, then one timed extraction per line read on stdin."""
    sys.path.insert(0, str(HERE))
    from bench_entities import build_stories

    from helpers.entities import extract_entities, load_gazetteer

    gaz = load_gazetteer(None)
    if pickled:
        table = pd.read_pickle(pickled)
        extract_entities(build_stories(20), gaz)
    else:
        table = build_stories(stories)
        extract_entities(table, gaz)
    print("ready", flush=True)
    for _line in sys.stdin:
        t0 = time.process_time()
        extract_entities(table, gaz)
        print(f"{time.process_time() - t0:.6f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs="*", help="src folders; the first is the reference")
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--stories", type=int, default=300)
    ap.add_argument("--pickle", help="a pickled stories table to time instead")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.stories, args.pickle)
        return
    if len(args.trees) < 2:
        ap.error("give two source trees or more")
    procs = []
    for src in args.trees:
        env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
        cmd = [sys.executable, __file__, "--worker", "--stories", str(args.stories)]
        if args.pickle:
            cmd += ["--pickle", str(Path(args.pickle).resolve())]
        procs.append(
            subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        )
    for p, src in zip(procs, args.trees, strict=True):
        if p.stdout.readline().strip() != "ready":
            raise SystemExit(f"bench_entities_ab: the worker of {src} failed")
    times: list[list[float]] = [[] for _ in args.trees]
    n = len(args.trees)
    for r in range(args.rounds):
        order = [(r + k) % n for k in range(n)]
        for t in order:
            procs[t].stdin.write("go\n")
            procs[t].stdin.flush()
            times[t].append(float(procs[t].stdout.readline()))
        print(f"round {r + 1:2d}  " + "  ".join(f"{times[t][-1]:.3f}" for t in range(n)))
    for p in procs:
        p.stdin.close()
        p.wait()
    if args.pickle and args.rounds > 1:
        print("round 1 (cold): " + "  ".join(f"{ts[0]:.3f}" for ts in times), end="  ")
        print("ratio to the first " + "  ".join(f"{ts[0] / times[0][0]:.3f}" for ts in times))
        times = [ts[1:] for ts in times]  # the warm rounds
    best = [min(ts) for ts in times]
    med = [statistics.median(ts) for ts in times]
    for src, b, m in zip(args.trees, best, med, strict=True):
        print(
            f"{src}: fastest {b:.3f} s  median {m:.3f} s  "
            f"ratio to the first {b / best[0]:.3f} (fastest) {m / med[0]:.3f} (median)"
        )


if __name__ == "__main__":
    main()
