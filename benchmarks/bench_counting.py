"""Benchmark: corpus-scale counting (helpers.freq.count_corpus) on SaudiNewsNet.

Usage::

    .venv/bin/python benchmarks/bench_counting.py [--corpus DIR] [--stories N ...] [--n 1 2]

Reads the development corpus in place (``../shared/corpora/saudinewsnet/``, zips of JSON
arrays; never copied into the repository) with ``load_corpus(fields=...)`` and, for
each size (a seeded sample of N stories, or all), in one process:

* baseline: one ``re.findall`` of Arabic letter runs per title and body into a
  ``collections.Counter`` (no keys, no n-grams, no per-story counts): the floor;
* ``count_corpus(stories, n=...)``: pass 1 over the text (per-story surface unigrams
  and bigrams), pass 2 over types (normalisation, clitics with corpus attestation,
  stopwords), sparse story x key matrices;
* from the counts: ``term_frequencies(by="outlet")``, ``keyness`` of one outlet
  against the rest and of one week against the next (one call each),
  ``time_series`` of three terms per day and outlet.

Prints wall and CPU seconds per step, the CPU ratio count_corpus / baseline, and peak
RSS (``resource.getrusage``) after loading and after counting. The lexicon of
``helpers.text`` is loaded before timing (its load is not counting). Skips with a
message where the corpus folder is absent.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from saudinewsnet import CORPUS, FIELDS  # noqa: E402  (this folder: the corpus, once)

SEED = 20150721
WEEK_1 = ("2015-07-20", "2015-07-26")
WEEK_2 = ("2015-07-27", "2015-08-02")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, func, *args, **kwargs):
    w, c = time.perf_counter(), time.process_time()
    out = func(*args, **kwargs)
    wall, cpu = time.perf_counter() - w, time.process_time() - c
    print(f"  {label:<44} wall {wall:7.2f} s  cpu {cpu:7.2f} s  peak RSS {peak_mb():7.0f} MB")
    return out, cpu


def baseline(stories) -> Counter:
    letters = re.compile("[\u0621-\u064a]+")
    counter: Counter = Counter()
    for text in stories["title"]:
        counter.update(letters.findall(text))
    for text in stories["body"]:
        counter.update(letters.findall(text))
    return counter


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--stories", type=int, nargs="*", default=[], help="sample sizes")
    parser.add_argument("--n", type=int, nargs="+", default=[1, 2], help="n-gram orders")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: the development corpus is not at {args.corpus}")
        return 0

    from helpers.corpus import load_corpus
    from helpers.freq import count_corpus, keyness, term_frequencies, time_series
    from helpers.text import analyse_types

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    analyse_types(["والعراق"])  # the lexicon, loaded once per process
    print(f"after imports and lexicon: peak RSS {peak_mb():.0f} MB")
    stories, _ = timed("load_corpus (zips of JSON arrays)", load_corpus, args.corpus, fields=FIELDS)
    stories = stories.drop(columns=[c for c in ("paragraphs",) if c in stories])
    sizes = [s for s in args.stories if s < len(stories)] + [len(stories)]
    for size in sizes:
        sample = (
            stories.sample(size, random_state=SEED).sort_index() if size < len(stories) else stories
        )
        print(f"\n{size:,} stories, n={tuple(args.n)}:")
        _, base_cpu = timed("baseline: findall + Counter", baseline, sample)
        counts, count_cpu = timed(
            "count_corpus", count_corpus, sample, n=tuple(args.n), progress=False
        )
        print(f"  {counts}")
        print(f"  CPU ratio count_corpus / baseline: {count_cpu / base_cpu:.1f}")
        timed(
            "term_frequencies(by='outlet', top=20)", term_frequencies, counts, by="outlet", top=20
        )
        kt, _ = timed("keyness(outlet 'aawsat' vs the rest)", keyness, counts, {"outlet": "aawsat"})
        print(
            f"    {len(kt.attrs['target'])} vs {len(kt.attrs['reference'])} stories; top: "
            + ", ".join(kt.label.head(5))
        )
        try:
            kw, _ = timed(
                "keyness(week 20-26 Jul vs 27 Jul-2 Aug)",
                keyness,
                counts,
                {"date": WEEK_1},
                {"date": WEEK_2},
            )
            print(
                f"    {len(kw.attrs['target'])} vs {len(kw.attrs['reference'])} stories; top: "
                + ", ".join(kw.label.head(5))
            )
        except Exception as exc:  # a small sample may miss a week
            print(f"    week keyness: {exc}")
        timed(
            "time_series(3 terms, day x outlet)",
            time_series,
            counts,
            ["الحوثي", "داعش", "العيد"],
            period="D",
            by="outlet",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
