"""Quote speakers on the development set ``benchmarks/quotes_dev.tsv`` (not held out).

The set: 70 spans that ``helpers.quotes.extract_quotes`` took for quotations in
SaudiNewsNet stories of outlets other than the four held-out ones (okaz, alriyadh,
aljazirah, aleqtisadiya), drawn at random, each read by hand: the gold speaker, ``unknown``
when the text names nobody, ``-`` when the span is a name or term in quote marks, not a
quotation. It is the set the speaker rules were tuned on: its numbers show progress, the
held-out ``eval_heldout.py`` shows what generalises.

Scoring, per gold row, of the quotes of the importable ``helpers`` (entities extracted
from the stories of the set only):

* ``-`` rows: right when no predicted quote starts at the same offset (the span is not
  taken for a quotation);
* ``unknown`` rows: right when the quote is found with attribution ``unknown``;
* named rows: right when the predicted speaker, normalised, equals a gold name or ends with
  one after a title or first name (``بنيامين نتنياهو`` for ``نتنياهو``).

The second set, ``benchmarks/quotes_dev2.tsv`` (``--gold benchmarks/quotes_dev2.tsv``), was
drawn without ``extract_quotes`` (random guillemet spans of stories of the same outlets,
read by hand) and split in two halves before reading: rules are tuned on ``--half tune``;
``--half test`` is scored once, at the end (its header says how it was drawn). The third,
``benchmarks/quotes_dev3.tsv``, was drawn the same way from alwatan, sabq and arreyadi
(stories in neither earlier set, any quote mark), halves fixed before reading; the fourth,
``benchmarks/quotes_dev4.tsv``, from 3alyoum, alweeam, alyaum and aawsat on 2015-08-03/04
(stories in no earlier set), the same way; the fifth, ``benchmarks/quotes_dev5.tsv``, from
aawsat, alyaum, alweeam, 3alyoum, alwatan and sabq on 2015-08-01/02, the same way, drawn
after session 7's rule changes.

Usage: ``python benchmarks/eval_quotes_dev.py [--corpus DIR] [--gold TSV] [--half tune|test]
[--show]`` (``--show`` lists the wrong rows). Without the corpus it says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from saudinewsnet import CORPUS, FIELDS  # noqa: E402  (this folder: the corpus, once)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--gold", type=Path, default=ROOT / "benchmarks/quotes_dev.tsv")
    ap.add_argument("--half", choices=("tune", "test"), help="rows of one half (quotes_dev2)")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    corpus = args.corpus
    if not corpus.is_dir():
        print(f"eval_quotes_dev: no corpus at {args.corpus}; nothing scored")
        return 0
    import pandas as pd

    from helpers.corpus import load_corpus
    from helpers.entities import extract_entities
    from helpers.quotes import extract_quotes
    from helpers.text import normalize

    gold = pd.read_csv(args.gold, sep="\t", comment="#", dtype=str)
    gold = gold.astype({"start": int, "end": int})
    if args.half:
        gold = gold[gold["half"] == args.half].reset_index(drop=True)
    stories = load_corpus(corpus, fields=FIELDS)
    stories = stories[stories["story_id"].isin(set(gold["story_id"]))].reset_index(drop=True)
    held = {"okaz", "alriyadh", "aljazirah", "aleqtisadiya"}
    assert not set(stories["outlet"]) & held, "the development set holds a held-out outlet"
    q = extract_quotes(stories, mentions=extract_entities(stories))
    pred = {(r.story_id, r.zone, r.start): r for r in q.itertuples()}

    def norm(s: str) -> str:
        return " ".join(normalize(s).split())

    right = {"-": [0, 0], "unknown": [0, 0], "named": [0, 0]}
    wrong = []
    for g in gold.itertuples():
        p = pred.get((g.story_id, g.zone, g.start))
        kind = g.speaker if g.speaker in ("-", "unknown") else "named"
        if kind == "-":
            ok = p is None
        elif p is None:
            ok = False
        elif kind == "unknown":
            ok = p.attribution == "unknown"
        else:
            ps = norm(p.speaker) if isinstance(p.speaker, str) else ""
            names = [norm(n) for n in g.speaker.split("|")]
            ok = bool(ps) and any(ps == n or ps.endswith(" " + n) for n in names)
        right[kind][0] += ok
        right[kind][1] += 1
        if not ok:
            got = "(no quote)" if p is None else f"{p.speaker} [{p.attribution}]"
            wrong.append(f"{g.story_id} {g.start}: gold {g.speaker!r}, got {got}")
    total = sum(r[0] for r in right.values()), sum(r[1] for r in right.values())
    label = args.gold.stem + (f" {args.half}" if args.half else "")
    print(
        f"{label}: {total[0]}/{total[1]} right ({total[0] / total[1]:.3f}); "
        f"named speakers {right['named'][0]}/{right['named'][1]}, "
        f"unknown {right['unknown'][0]}/{right['unknown'][1]}, "
        f"not quotes rejected {right['-'][0]}/{right['-'][1]}"
    )
    if args.show:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
