"""Benchmark: entities with more than one canonical spelling on real SaudiNewsNet days,
and which entities a change merged (session 23, branch canon23).

One entity should be one row of every people and places table, whatever the spelling of
its name in a story (عبد الله / عبدالله, مونتاري / مونتارى). This script runs
``extract_entities`` on whole days of SaudiNewsNet (the non-held-out outlets only:
:data:`saudinewsnet.HELD_OUT` are never read) and writes the mentions' keys, ids,
canonicals and surfaces to a pickle; it then counts

* ``ids``: distinct entity ids; ``multi``: ids whose mentions carry more than one
  canonical spelling (compared after :func:`helpers.text.normalize`, so diacritics and
  hamza seats do not count as a spelling), within each day's call and pooled over the
  days (three calls: a name is chosen per call); the 20 with the most mentions are
  listed;
* with ``--compare before.pkl after.pkl``: the mentions found at the same place (story,
  zone, start, end) in both runs, grouped by their id after; an id after whose mentions
  had two ids or more before is a **merge** (printed with the ids before and their
  canonicals, so a reader can judge it), an id before whose mentions have two ids after a
  **split**.

Usage (run under the tree to measure; ``PYTHONPATH`` its ``src``)::

    PYTHONPATH=/tmp/base/src python benchmarks/canonical_spellings.py --out /tmp/before.pkl
    PYTHONPATH=src python benchmarks/canonical_spellings.py --out /tmp/after.pkl
    python benchmarks/canonical_spellings.py --compare /tmp/before.pkl /tmp/after.pkl

Days default to 2015-07-23, 2015-07-26 and 2015-08-04 (``--days``); ``--stories N``
takes the first N stories of each day (default all). Numbers describe the code; nothing
is asserted.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
DAYS = ("2015-07-23", "2015-07-26", "2015-08-04")
PLACE = ["day", "story_id", "zone", "start", "end"]


def run(days, stories: int | None, out: str) -> None:
    """Extract each day's entities and pickle the mentions (columns :data:`PLACE` +
    ``type, entity_id, canonical, surface, method``)."""
    sys.path.insert(0, str(HERE))
    from saudinewsnet import CORPUS, FIELDS, HELD_OUT

    from helpers.corpus import load_corpus
    from helpers.entities import extract_entities, load_gazetteer

    if not CORPUS.is_dir():
        raise SystemExit(f"canonical_spellings: no SaudiNewsNet corpus at {CORPUS}")
    gaz = load_gazetteer(None)
    parts = []
    for day in days:
        table = load_corpus(CORPUS / f"{day}.zip", fields=FIELDS)
        table = table[~table["outlet"].isin(HELD_OUT)].reset_index(drop=True)
        if stories:
            table = table.head(stories)
        t0 = time.process_time()
        m = extract_entities(table, gaz)
        print(
            f"{day}: {len(table)} stories, {len(m)} mentions, {time.process_time() - t0:.1f} s CPU",
            flush=True,
        )
        m = m[
            [
                "story_id",
                "zone",
                "start",
                "end",
                "type",
                "entity_id",
                "canonical",
                "surface",
                "method",
            ]
        ].copy()
        m.insert(0, "day", day)
        parts.append(m)
    pd.concat(parts, ignore_index=True).to_pickle(out)


def spellings(m: pd.DataFrame) -> dict[str, Counter]:
    """``{entity_id: Counter(normalised canonical -> mentions)}``."""
    from helpers.text import normalize

    out: dict[str, Counter] = defaultdict(Counter)
    for eid, canon in zip(m["entity_id"], m["canonical"], strict=True):
        out[eid][normalize(canon)] += 1
    return out


def summary(m: pd.DataFrame, label: str, show: int = 20) -> None:
    """Prints the ids, the ids with more than one spelling, and the top ``show``."""
    sp = spellings(m)
    multi = {e: c for e, c in sp.items() if len(c) > 1}
    if "day" in m.columns:
        # within one extract_entities call (a day) and pooled over the calls
        per_day = {d: sum(len(c) > 1 for c in spellings(g).values()) for d, g in m.groupby("day")}
        print(
            f"{label}: ids with more than one canonical spelling within one call (a day): "
            + ", ".join(f"{d} {n}" for d, n in per_day.items())
        )
    print(
        f"{label}: {len(m)} mentions, {len(sp)} ids, {len(multi)} ids with more than "
        f"one canonical spelling ({sum(sum(c.values()) for c in multi.values())} mentions)"
    )
    for e, c in sorted(multi.items(), key=lambda kv: -sum(kv[1].values()))[:show]:
        print(f"  {e}: " + " | ".join(f"{k} ×{n}" for k, n in c.most_common()))


def _top(names) -> str:
    """The most frequent of ``names``."""
    return Counter(names).most_common(1)[0][0]


def compare(before: pd.DataFrame, after: pd.DataFrame, show: int = 40) -> None:
    """Prints the merges and splits between two runs (mentions at the same place)."""
    both = before.merge(after, on=PLACE, suffixes=("_b", "_a"))
    print(f"mentions: before {len(before)}, after {len(after)}, at the same place {len(both)}")
    ids_after = both.groupby("entity_id_a")["entity_id_b"].agg(lambda s: sorted(set(s)))
    merges = ids_after[ids_after.map(len) > 1]
    ids_before = both.groupby("entity_id_b")["entity_id_a"].agg(lambda s: sorted(set(s)))
    splits = ids_before[ids_before.map(len) > 1]
    print(
        f"merges (one id after, several before): {len(merges)}; "
        f"splits (one id before, several after): {len(splits)}"
    )
    canon_b = both.groupby("entity_id_b")["canonical_b"].agg(_top)
    n_b = both.groupby("entity_id_b").size()
    canon_a = both.groupby("entity_id_a")["canonical_a"].agg(_top)
    order = sorted(merges.index, key=lambda e: (-len(merges[e]), e))
    for e in order[:show]:
        parts = "; ".join(f"{b} «{canon_b[b]}» ×{n_b[b]}" for b in merges[e])
        print(f"  MERGE {e} «{canon_a[e]}» <- {parts}")
    for e in sorted(splits.index)[:show]:
        print(f"  SPLIT {e} -> {', '.join(splits[e])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", nargs="*", default=list(DAYS))
    ap.add_argument("--stories", type=int, default=None)
    ap.add_argument("--out", help="pickle the mentions here (then summarise them)")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    if args.compare:
        b, a = (pd.read_pickle(p) for p in args.compare)
        summary(b, "before", args.show)
        summary(a, "after", args.show)
        compare(b, a, 2 * args.show)
        return
    if not args.out:
        ap.error("give --out FILE or --compare BEFORE AFTER")
    run(args.days, args.stories, args.out)
    summary(pd.read_pickle(args.out), "run", args.show)


if __name__ == "__main__":
    main()
