"""Compare the mention tables of two source trees on one day of SaudiNewsNet.

A guard for changes that must not change any mention (speed-ups, refactors): both trees
extract the entities of the stories of ``--date`` whose outlet is not one of the four
held-out ones (okaz, alriyadh, aljazirah, aleqtisadiya; 1,199 stories on 2015-07-31),
each in its own process with ``PYTHONPATH`` set to its ``src`` folder, and the full
mention tables (every column of the new tree's table; one the base tree lacks counts as
``"(none)"``) are compared row by row, in table order. The stories are read once, by the
new tree's loader (an old one may lack ``fields=``), and handed to the base tree, so only
the entity code differs.

Prints the number of mentions of each tree, the sha256 of each table written as a
sorted CSV (:func:`_sha256`: equal digests, equal tables whatever the row order), the
CPU seconds (``time.process_time``) of
each ``extract_entities`` call after a warm-up on the first 20 stories (one run each: for
A/B timing use ``bench_entities_cpu.py``), and up to ``--show`` rows found by only one
tree. Exit status 0 when the tables are equal, 1 when they differ, 2 without the corpus.

Typical use, the tree before a change against the worktree::

    git archive HEAD src | tar -x -C /tmp/before
    python benchmarks/compare_mentions.py /tmp/before/src src --date 2015-07-31

Usage: ``python benchmarks/compare_mentions.py BASE_SRC NEW_SRC [--date YYYY-MM-DD]
[--corpus DIR] [--show 20]``
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import pickle
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from saudinewsnet import CORPUS, FIELDS  # noqa: E402  (this folder: the corpus, once)
from source_trees import run_in_tree  # noqa: E402

#: The outlets held out for the final evaluation: never read here.
HELD_OUT = frozenset({"okaz", "alriyadh", "aljazirah", "aleqtisadiya"})


def _dump(corpus: Path, date: str, stories_pkl: Path, out: Path) -> None:
    """Child process: extract with the ``helpers`` on ``PYTHONPATH``; write the rows."""
    from helpers.entities import extract_entities

    if stories_pkl.exists():
        stories = pickle.loads(stories_pkl.read_bytes())
    else:
        from helpers.corpus import load_corpus

        zipped = corpus / f"{date}.zip"
        if not zipped.is_file():
            raise SystemExit(f"compare_mentions: no {zipped}")
        stories = load_corpus(zipped, fields=FIELDS, progress=False)
        stories = stories[~stories["outlet"].isin(HELD_OUT)].reset_index(drop=True)
        stories_pkl.write_bytes(pickle.dumps(stories))
    extract_entities(stories.head(20))  # warm-up: gazetteer compile, lexicon
    t0 = time.process_time()
    m = extract_entities(stories)
    cpu = time.process_time() - t0
    rows = list(m.itertuples(index=False, name=None))  # in table order
    out.write_bytes(
        pickle.dumps(
            {"columns": list(m.columns), "rows": rows, "cpu": cpu, "stories": len(stories)}
        )
    )


def _align(run: dict, columns: list[str]) -> None:
    """Put the rows of ``run`` in the order of ``columns`` (the new tree's), a column its
    tree lacks (an old tree has no ``form``) as ``"(none)"``."""
    at = {c: i for i, c in enumerate(run["columns"])}
    run["rows"] = [tuple(r[at[c]] if c in at else "(none)" for c in columns) for r in run["rows"]]
    run["columns"] = columns


def _sha256(columns: list[str], rows: list[tuple]) -> str:
    """The sha256 (hex) of the table's rows sorted and written as CSV with a header line
    (``csv`` module, ``\\n`` line ends, UTF-8; every value written with ``str``)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(sorted(tuple(map(str, r)) for r in rows))
    return hashlib.sha256(buf.getvalue().encode("utf-8")).hexdigest()


def _run(src: Path, corpus: Path, date: str, stories_pkl: Path, out: Path) -> dict:
    args = ["--stories-pickle", str(stories_pkl), "--date", date, "--corpus", str(corpus)]
    return run_in_tree(__file__, src, out, args)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("base_src", type=Path)
    ap.add_argument("new_src", type=Path)
    ap.add_argument("--date", default="2015-07-31")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--stories-pickle", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _dump(args.corpus, args.date, args.stories_pickle, args.child)
        return 0
    if not args.corpus.is_dir():
        print(f"compare_mentions: no corpus at {args.corpus}; nothing compared")
        return 2
    for src in (args.base_src, args.new_src):
        if not (src / "helpers" / "__init__.py").is_file():
            raise SystemExit(f"compare_mentions: {src} is no src folder (no helpers/)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pkl = tmp / "stories.pkl"
        b = _run(args.new_src.resolve(), args.corpus, args.date, pkl, tmp / "b.pkl")
        a = _run(args.base_src.resolve(), args.corpus, args.date, pkl, tmp / "a.pkl")
    _align(a, b["columns"])
    only_a = sorted(set(a["rows"]) - set(b["rows"]))
    only_b = sorted(set(b["rows"]) - set(a["rows"]))
    print(
        f"{args.date}: {a['stories']:,} stories; base {len(a['rows']):,} mentions "
        f"({a['cpu']:.2f} CPU s), new {len(b['rows']):,} ({b['cpu']:.2f} CPU s); "
        f"only base {len(only_a)}, only new {len(only_b)}"
    )
    print(f"sha256 of the sorted CSV: base {_sha256(a['columns'], a['rows'])}")
    print(f"                          new  {_sha256(b['columns'], b['rows'])}")
    for tag, rows in (("-", only_a), ("+", only_b)):
        for r in rows[: args.show]:
            print(tag, *r, sep="\t")
    same = a["rows"] == b["rows"]
    if same:
        print("identical (same rows in the same order)")
    else:
        print("DIFFERENT" + ("" if only_a or only_b else ": same rows, other order or repeats"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
