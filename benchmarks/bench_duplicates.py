"""Benchmark: duplicate stories in SaudiNewsNet, and what finding them costs the loader.

Loads ``../shared/corpora/saudinewsnet`` (12 days, read in place, never copied) with
``load_corpus(..., duplicates="keep")`` and with the default ``duplicates="drop"``
(:mod:`helpers.corpus.duplicates`), interleaved, ``--repeat`` times each in one process,
and reports the fastest CPU time (``time.process_time``: other jobs on the machine
matter less) of each, the CPU time of the rule alone (``story_hashes`` +
``find_duplicates`` over the stories as read), and the copies dropped per outlet and
per day. Counts only: no story text is printed.

Usage::

    python benchmarks/bench_duplicates.py [--repeat 2] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

from saudinewsnet import CORPUS, FIELDS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"no corpus at {args.corpus} (SaudiNewsNet is not in a user's clone)")
    warnings.simplefilter("ignore")
    from helpers.corpus import load_corpus
    from helpers.corpus.duplicates import find_duplicates, story_hashes

    best: dict[str, float] = {}
    tables = {}
    for _ in range(args.repeat):
        for mode in ("keep", "drop"):
            t = time.process_time()
            tables[mode] = load_corpus(
                args.corpus, fields=FIELDS, return_report=True, progress=False, duplicates=mode
            )
            best[mode] = min(best.get(mode, float("inf")), time.process_time() - t)
    kept, _ = tables["keep"]
    t = time.process_time()
    dropped = find_duplicates(story_hashes(kept))
    rule = time.process_time() - t
    stories, report = tables["drop"]
    print(
        f"stories: keep {len(kept):,}, drop {len(stories):,} ({len(kept) - len(stories):,} copies)"
    )
    for mode in ("keep", "drop"):
        print(
            f"load_corpus(duplicates={mode!r}): {best[mode]:.1f} CPU s (fastest of {args.repeat})"
        )
    print(f"the rule alone over the stories as loaded (with boilerplate cut): {rule:.2f} CPU s")
    outlet = kept.set_index("story_id")["outlet"]
    rows = report[report["reason"].str.startswith("duplicate story")]
    by_outlet = rows["story_id"].map(outlet).value_counts().sort_index()
    by_day = rows["story_id"].str[:10].value_counts().sort_index()
    print("copies dropped per outlet:", ", ".join(f"{k} {v}" for k, v in by_outlet.items()))
    print("copies dropped per day:", ", ".join(f"{k} {v}" for k, v in by_day.items()))
    print(f"(rule over keep's stories finds {len(dropped):,}: after site boilerplate)")


if __name__ == "__main__":
    main()
