"""The places table of notebook 03's "where" heatmap on real SaudiNewsNet days: the top
places of each outlet, before and after a change (session 24, places24: a language name,
بالإنجليزية، اللغة الفرنسية، is no mention; session 8's rule is kept, so a nationality
adjective still counts with its country where the outlet names it, and what moves is
the language mentions alone).

For each ``--date`` (default 2015-07-21, -22, -23) the stories of ``--outlets``
(default alyaum, sabq, aawsat; the four held-out outlets are never read, even when
named) are loaded, their entities extracted and counted per outlet
(``helpers.entities.entity_counts(by="outlet")``), and the places table of the heatmap
(``helpers.sections._places``, the rows ``who_and_where`` returns as "where", without its
own-name rule: no outlet's own name is a place here) ranked as the heatmap ranks its
rows: stories that name the place, then mentions. Prints, per day and outlet, the
``--top`` (10) places: rank, name, stories, mentions; then the same outlets over all the
days. The tree measured is the one on ``PYTHONPATH``: run it once with the source tree
before the change and once with the worktree's, and compare the two outputs::

    git archive HEAD src | tar -x -C /tmp/before
    PYTHONPATH=/tmp/before/src python benchmarks/places_table.py > /tmp/before.txt
    PYTHONPATH=src python benchmarks/places_table.py > /tmp/after.txt
    diff /tmp/before.txt /tmp/after.txt

Usage: ``python benchmarks/places_table.py [--date D ...] [--outlets O ...] [--top 10]
[--corpus DIR]``. Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saudinewsnet import CORPUS, FIELDS, HELD_OUT, find_corpus

DAYS = ("2015-07-21", "2015-07-22", "2015-07-23")
OUTLETS = ("alyaum", "sabq", "aawsat")


def top_places(where, top: int) -> dict[str, list[tuple[str, int, int]]]:
    """``{outlet: [(name, stories, mentions), ...]}``: the ``top`` places of each outlet
    of a places table (``outlet, entity_id, canonical, count, stories``), most stories
    first, then most mentions, then name."""
    out = {}
    for outlet, rows in where.groupby("outlet", sort=True):
        rows = rows.sort_values(
            ["stories", "count", "canonical"], ascending=[False, False, True], kind="stable"
        )
        out[outlet] = [
            (str(r.canonical), int(r.stories), int(r.count)) for r in rows.head(top).itertuples()
        ]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--date", nargs="+", default=list(DAYS))
    ap.add_argument("--outlets", nargs="+", default=list(OUTLETS))
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--corpus", default=None)
    args = ap.parse_args(argv)
    corpus = find_corpus(args.corpus) if args.corpus else CORPUS
    if corpus is None or not corpus.is_dir():
        print(f"no SaudiNewsNet corpus at {corpus}: nothing measured")
        return 0
    import pandas as pd

    from helpers.corpus import load_corpus
    from helpers.entities import entity_counts, extract_entities
    from helpers.sections import _places

    outlets = [o for o in args.outlets if o not in HELD_OUT]
    tables = []
    for day in args.date:
        stories = load_corpus(corpus / f"{day}.zip", fields=FIELDS)
        stories = stories[stories["outlet"].isin(outlets)].reset_index(drop=True)
        mentions = extract_entities(stories)
        counts = entity_counts(mentions, by="outlet", stories=stories)
        where = _places(counts, "outlet")
        tables.append(where.assign(day=day))
        print(f"== {day}: {len(stories)} stories, {len(mentions)} mentions")
        for outlet, rows in top_places(where, args.top).items():
            print(f"  {outlet}")
            for rank, (name, n_stories, n) in enumerate(rows, 1):
                print(f"    {rank:2d} {name}  stories={n_stories} mentions={n}")
    every = pd.concat(tables, ignore_index=True)
    summed = every.groupby(["outlet", "entity_id"], as_index=False).agg(
        canonical=("canonical", "first"), count=("count", "sum"), stories=("stories", "sum")
    )
    print(f"== all {len(args.date)} days")
    for outlet, rows in top_places(summed, args.top).items():
        print(f"  {outlet}")
        for rank, (name, n_stories, n) in enumerate(rows, 1):
            print(f"    {rank:2d} {name}  stories={n_stories} mentions={n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
