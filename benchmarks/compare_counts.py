"""Compare the ``count_terms`` tables of two source trees: a guard for speed-ups.

A change to the streaming counter (:func:`helpers.freq.count_terms`) that must not change
any count is checked here: both trees count the same texts, each in its own process with
``PYTHONPATH`` set to its ``src`` folder, and the full tables (every column, in table
order, floats compared exactly, and ``attrs``) are compared row by row. The texts:

- ``bench``: the synthetic corpus of ``bench_text.py`` (``--mb`` MB, ``--types`` word
  types, its default seeds), built once by the new tree and handed to the base tree;
- ``day``: the bodies of one SaudiNewsNet day's stories (``--date``), outlets other than
  the four held out (okaz, alriyadh, aljazirah, aleqtisadiya), read once by the new tree.

Each text set is counted four ways: the defaults, ``drop_stop=False``, ``min_count=3``,
and ``known=`` (a few words) with ``alef=False``, so the stopword, threshold, attestation
and option paths are all compared. Prints, per text set and way, the rows of each tree
and the first differing rows (up to ``--show``). Exit status 0 when every table is equal,
1 when one differs, 2 without the corpus (the bench comparison still runs).

Typical use, the tree before a change against the worktree::

    git archive HEAD src | tar -x -C /tmp/before
    python benchmarks/compare_counts.py /tmp/before/src src --date 2015-08-02

Usage: ``python benchmarks/compare_counts.py BASE_SRC NEW_SRC [--date YYYY-MM-DD]
[--mb 10] [--types 50000] [--corpus DIR] [--show 10]``
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from saudinewsnet import CORPUS, FIELDS  # noqa: E402  (this folder: the corpus, once)
from source_trees import run_in_tree  # noqa: E402

#: The outlets held out for the final evaluation: never read here.
HELD_OUT = frozenset({"okaz", "alriyadh", "aljazirah", "aleqtisadiya"})
#: The ways each text set is counted: name -> count_terms keyword arguments.
WAYS: dict[str, dict] = {
    "defaults": {},
    "drop_stop=False": {"drop_stop": False},
    "min_count=3": {"min_count": 3},
    "known, alef=False": {"known": ["لافروف", "ترودو", "كلينتون"], "alef": False},
}


def _texts(args: argparse.Namespace, texts_pkl: Path) -> dict[str, list[str]]:
    """The text sets (built by the first child, read back by the second)."""
    if texts_pkl.exists():
        return pickle.loads(texts_pkl.read_bytes())
    import bench_text

    vocab = bench_text.build_vocabulary(args.types)
    sets = {"bench": list(bench_text.chunks(vocab, args.mb * 1_000_000))}
    zipped = args.corpus / f"{args.date}.zip"
    if zipped.is_file():
        from helpers.corpus import load_corpus

        stories = load_corpus(zipped, fields=FIELDS, progress=False)
        stories = stories[~stories["outlet"].isin(HELD_OUT)]
        sets["day"] = [str(b) for b in stories["body"] if isinstance(b, str)]
    texts_pkl.write_bytes(pickle.dumps(sets))
    return sets


def _dump(args: argparse.Namespace) -> None:
    """Child process: count with the ``helpers`` on ``PYTHONPATH``; write the tables."""
    from helpers.freq import count_terms

    out = {}
    for name, texts in _texts(args, args.texts_pickle).items():
        for way, kw in WAYS.items():
            t = count_terms(texts, progress=False, **kw)
            out[(name, way)] = {
                "columns": list(t.columns),
                "dtypes": [str(d) for d in t.dtypes],
                "rows": list(t.itertuples(index=False, name=None)),
                "attrs": dict(t.attrs),
                "texts": len(texts),
            }
    args.child.write_bytes(pickle.dumps(out))


def _run(src: Path, args: argparse.Namespace, texts_pkl: Path, out: Path) -> dict:
    child = ["--texts-pickle", str(texts_pkl), "--date", args.date, "--corpus", str(args.corpus)]
    child += ["--mb", str(args.mb), "--types", str(args.types)]
    return run_in_tree(__file__, src, out, child)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("base_src", type=Path)
    ap.add_argument("new_src", type=Path)
    ap.add_argument("--date", default="2015-08-02")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--mb", type=int, default=10)
    ap.add_argument("--types", type=int, default=50_000)
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--texts-pickle", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _dump(args)
        return 0
    for src in (args.base_src, args.new_src):
        if not (src / "helpers" / "__init__.py").is_file():
            raise SystemExit(f"compare_counts: {src} is no src folder (no helpers/)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pkl = tmp / "texts.pkl"
        b = _run(args.new_src.resolve(), args, pkl, tmp / "b.pkl")
        a = _run(args.base_src.resolve(), args, pkl, tmp / "a.pkl")
    differ = 0
    for key, tb in b.items():
        ta = a[key]
        same = all(ta[f] == tb[f] for f in ("columns", "dtypes", "rows", "attrs"))
        print(
            f"{key[0]:5s} ({tb['texts']:,} texts) {key[1]:18s}: base {len(ta['rows']):,} rows, "
            f"new {len(tb['rows']):,}; attrs {ta['attrs']} / {tb['attrs']}: "
            + ("identical" if same else "DIFFERENT")
        )
        if same:
            continue
        differ += 1
        if ta["columns"] != tb["columns"] or ta["dtypes"] != tb["dtypes"]:
            print("  columns", ta["columns"], ta["dtypes"], "/", tb["columns"], tb["dtypes"])
        shown = 0
        for i, (ra, rb) in enumerate(zip(ta["rows"], tb["rows"], strict=False)):
            if ra != rb and shown < args.show:
                print(f"  row {i}: - {ra}\n  row {i}: + {rb}")
                shown += 1
    if "day" not in {k[0] for k in b}:
        print(f"compare_counts: no {args.corpus / (args.date + '.zip')}; only the bench compared")
        return 1 if differ else 2
    print("all identical" if not differ else f"{differ} table(s) DIFFERENT")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
