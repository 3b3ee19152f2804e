"""Which site-boilerplate blocks a floor of ``helpers.corpus.boilerplate`` finds, on
SaudiNewsNet days or the whole development corpus (session 24: not a speed benchmark).

    PYTHONPATH=<tree>/src python benchmarks/boilerplate_floor.py \
        [--days D ...] [--outlets O ...] [--floors 20 3] [--show]

Writes the chosen days' articles of the chosen outlets (default: every outlet not held
out; a held-out outlet is refused) into a temporary folder, loads it with
``load_corpus(..., return_report=True)`` once per floor (``MIN_STORIES`` set for the
run; the share ``MIN_SHARE`` as in the tree) and prints, per floor and outlet, the
stories, the stories cut and the report rows of site boilerplate; with ``--show``, each
report row a floor cuts that the first floor does not (the outlet, the reason and the
paragraph cut), to be read and judged.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
import warnings
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from saudinewsnet import CORPUS, FIELDS, HELD_OUT  # noqa: E402

DAYS = [
    "2015-07-21",
    "2015-07-22",
    "2015-07-23",
    "2015-07-24",
    "2015-07-25",
    "2015-07-26",
    "2015-07-27",
    "2015-07-31",
    "2015-08-01",
    "2015-08-02",
    "2015-08-03",
    "2015-08-04",
]


def _write(corpus: Path, days, outlets, folder: Path) -> int:
    n = 0
    for day in days:
        with zipfile.ZipFile(corpus / f"{day}.zip") as z:
            rows = json.loads(z.read(f"{day}.json").decode("utf-8"))
        kept = [
            r
            for r in rows
            if r.get("source") not in HELD_OUT and (outlets is None or r.get("source") in outlets)
        ]
        (folder / f"{day}.json").write_text(json.dumps(kept, ensure_ascii=False), "utf-8")
        n += len(kept)
    return n


def _site_rows(folder: Path, floor: int):
    import helpers.corpus.boilerplate as bp
    from helpers.corpus import load_corpus

    old = bp.MIN_STORIES
    bp.MIN_STORIES = floor
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stories, rep = load_corpus(folder, fields=FIELDS, return_report=True, progress=False)
    finally:
        bp.MIN_STORIES = old
    site = rep[rep["reason"].astype(str).str.startswith("site boilerplate")]
    outlet = dict(zip(stories["story_id"], stories["outlet"], strict=True))
    return stories, site, outlet


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--days", nargs="+", default=DAYS)
    p.add_argument("--outlets", nargs="*", default=None)
    p.add_argument("--floors", nargs="+", type=int, default=[20, 3])
    p.add_argument("--show", action="store_true")
    p.add_argument("--corpus", type=Path, default=CORPUS)
    args = p.parse_args(argv)
    if args.outlets and set(args.outlets) & set(HELD_OUT):
        p.error("held-out outlets are not read")
    outlets = set(args.outlets) if args.outlets else None
    with tempfile.TemporaryDirectory(prefix="bp_floor_") as tmp:
        folder = Path(tmp)
        n = _write(args.corpus, args.days, outlets, folder)
        print(f"# days {' '.join(args.days)}; {n} articles")
        first = None
        for floor in args.floors:
            stories, site, outlet = _site_rows(folder, floor)
            sizes = stories["outlet"].value_counts()
            cut = site.groupby(site["story_id"].map(outlet))["story_id"].nunique()
            rows = site.groupby(site["story_id"].map(outlet)).size()
            print(f"## floor {floor}: {len(site)} site rows, {site['story_id'].nunique()} stories")
            for o in sorted(sizes.index):
                print(f"{o}: {sizes[o]} stories, {cut.get(o, 0)} cut, {rows.get(o, 0)} rows")
            keys = set(zip(site["story_id"], site["text"].astype(str), strict=True))
            if first is None:
                first = keys
                continue
            new = site[[k not in first for k in keys_of(site)]]
            lost = first - keys
            print(f"newly cut rows: {len(new)}; rows no longer cut: {len(lost)}")
            by = collections.Counter(
                (outlet.get(s, "?"), _reason(r))
                for s, r in zip(new["story_id"], new["reason"], strict=True)
            )
            for (o, r), c in sorted(by.items()):
                print(f"  {o}: {c} x {r}")
            if args.show:
                for s, r, t in zip(new["story_id"], new["reason"], new["text"], strict=True):
                    print(f"- {outlet.get(s, '?')} | {_reason(r)} | {str(t)[:160]}")
                for s, t in sorted(lost):
                    print(f"- no longer cut: {outlet.get(s, '?')} | {str(t)[:160]}")
    return 0


def keys_of(site):
    return list(zip(site["story_id"], site["text"].astype(str), strict=True))


def _reason(reason: str) -> str:
    return str(reason).replace("site boilerplate ", "")


if __name__ == "__main__":
    sys.exit(main())
