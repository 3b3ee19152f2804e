"""What a journalist sees among the top and key terms of a few raw SaudiNewsNet days.

Session 23 (branch terms23): the views a newcomer read when running the main job on
real days, printed so that two source trees (before and after a change) can be compared
by eye. For every outlet of the chosen days (the held-out four left out, see
``saudinewsnet.HELD_OUT``), grouped by outlet as the main job groups them:

- the top ``--top`` terms (notebook 02: :func:`helpers.sections.term_table`, n = 1,
  the display stopwords of :func:`helpers.sections.extra_stopwords` left out, each
  outlet's own-name words left out as :func:`helpers.sections.terms_by_group` does);
- the top ``--top`` bigrams (n = 2, formulas left out, the same filters);
- the top ``3 * --top`` bigrams of all the outlets together (where a discourse
  connective such as «من جهة أخرى» ranks, with its count);
- the top ``--top`` key terms of the outlet against the other outlets (notebook 04:
  :func:`helpers.sections.contrast` with ``TARGET={"outlet": X}``, the terms
  :func:`helpers.freq.top_key_terms` shows for the target, from :attr:`Contrast.shown`).

``--own-check OUTLET`` (session 23: aljazirah, whose stories the brief opened for this
one kind only) adds OUTLET's stories of the same days and prints only that outlet's
own-name words (:func:`helpers.own_names.own_words`) and the rank of each of them among
its key terms before the own-name filter: nothing else of a held-out outlet is printed.

The stories of the days and outlets are written as JSON into a temporary folder (never
into the repository) and opened with :func:`helpers.study.open_study` (no cache, the
entity mentions extracted in this process).

Usage::

    PYTHONPATH=src python benchmarks/terms_views.py --days 2015-07-25 2015-08-03 2015-08-04
    PYTHONPATH=/tmp/before/src python benchmarks/terms_views.py ...   # the tree before

Prints plain text to stdout; exit status 2 without the corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from saudinewsnet import CORPUS, FIELDS, HELD_OUT  # noqa: E402


def _write_days(corpus: Path, days, outlets, folder: Path) -> int:
    """Write each day's articles of ``outlets`` (a set; None: every outlet not held
    out) as ``<day>.json`` into ``folder``; returns the number of articles written."""
    n = 0
    for day in days:
        with zipfile.ZipFile(corpus / f"{day}.zip") as z:
            rows = json.loads(z.read(f"{day}.json").decode("utf-8"))
        if outlets is None:
            kept = [r for r in rows if r.get("source") not in HELD_OUT]
        else:
            kept = [r for r in rows if r.get("source") in outlets]
        (folder / f"{day}.json").write_text(json.dumps(kept, ensure_ascii=False), "utf-8")
        n += len(kept)
    return n


def _line(words) -> str:
    return "، ".join(str(w) for w in words)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--days", nargs="+", default=["2015-07-25", "2015-08-03", "2015-08-04"])
    p.add_argument("--outlets", nargs="*", default=None, help="default: every outlet not held out")
    p.add_argument("--top", type=int, default=20)
    p.add_argument("--own-check", default=None, help="an outlet whose own words alone are shown")
    p.add_argument("--corpus", type=Path, default=CORPUS)
    args = p.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"SaudiNewsNet not found at {args.corpus}: nothing measured", file=sys.stderr)
        return 2

    from helpers.charts.names import group_name
    from helpers.freq import top_key_terms
    from helpers.own_names import own_words, without_own_words
    from helpers.sections import contrast, extra_stopwords, term_table
    from helpers.study import open_study

    outlets = set(args.outlets) if args.outlets else None
    if args.own_check:
        outlets = (outlets or set()) | {args.own_check}
        if len(outlets) < 2:
            p.error("--own-check needs --outlets to compare it with")
    with tempfile.TemporaryDirectory(prefix="terms_views_") as tmp:
        folder = Path(tmp) / "days"
        folder.mkdir()
        n = _write_days(args.corpus, args.days, outlets, folder)
        study = open_study(folder, fields=FIELDS, group_by="outlet", progress=False)
        print(f"# days {' '.join(args.days)}; {n} articles; {len(study.stories)} stories kept")
        own = own_words(study)
        extra = extra_stopwords(study)
        groups = sorted(study.groups.unique())
        if args.own_check:
            check = args.own_check
            mine = own.get(group_name(check), own.get(check, frozenset()))
            print(f"## own-name words of {check}: {_line(sorted(mine))}")
            c = contrast(study, {"outlet": check})
            key = top_key_terms(c.keyness, len(c.keyness))
            key = key[key["log_ratio"] > 0].reset_index(drop=True)
            from helpers.text import tokenize

            for word in tokenize(group_name(check)).query("kind == 'word'")["base"]:
                hit = key.index[key["term"] == word]
                rank = int(hit[0]) + 1 if len(hit) else None
                shown = word not in mine
                print(
                    f"{check}: key term {word!r} rank {rank} (before the own-name filter);"
                    f" shown in its views: {shown and rank is not None}"
                )
            return 0
        for n_gram, name in ((1, "terms"), (2, "bigrams")):
            table = term_table(study, n_gram, extra_stopwords=extra)
            table = without_own_words(table, study.col, own)
            print(f"\n## top {args.top} {name} per outlet")
            for g in groups:
                rows = table[table[study.col] == g].sort_values(
                    ["count", "term"], ascending=[False, True], kind="stable"
                )
                print(f"{g}: {_line(rows['label'].head(args.top))}")
        # the bigrams of every outlet together, where a connective ranks (session 23)
        from helpers.freq import term_frequencies
        from helpers.sections import without_formulas

        whole = term_frequencies(study.counts(), by=None, n=2, extra_stopwords=extra)
        whole = without_formulas(whole).sort_values(["count", "term"], ascending=[False, True])
        shown = [f"{r.label} {r.count}" for r in whole.head(3 * args.top).itertuples()]
        print(f"\n## top {3 * args.top} bigrams of all outlets together")
        print(_line(shown))
        print(f"\n## top {args.top} key terms per outlet (against the other outlets)")
        for outlet in sorted(study.stories["outlet"].dropna().unique()):
            c = contrast(study, {"outlet": outlet})
            key = top_key_terms(c.shown, args.top)
            key = key[key["log_ratio"] > 0]
            words = key["label"] if "label" in key.columns else key["term"]
            print(f"{group_name(outlet)}: {_line(words)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
