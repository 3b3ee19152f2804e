"""Development-set scorer for the entity recogniser (issue 13, item 3).

Scores ``helpers.entities.extract_entities`` on the 31 SaudiNewsNet articles of
``tests/data/dev/`` (outlets 3alyoum, aawsat, almadina, alwatan, alweeam, alyaum,
arreyadi, sabq: none of the held-out four), annotated by hand with the conventions of
``tests/data/heldout/README.md``. Unlike the held-out set, this one is for tuning: with
``--errors`` it prints every false positive and false negative with its context.

Usage::

    python benchmarks/eval_dev.py [--corpus DIR]
        [--set dev|tune|test|dev2|dev3tune|dev3test|dev3|dev4tune|dev4test|dev4
               |dev5tune|dev5test|dev5]
        [--errors] [--json FILE]

``--set``: ``dev`` (default, the 31 articles), ``tune`` / ``test`` (the two fixed halves
of the second set, ``tests/data/dev2/``: 20 more articles of the same outlets), ``dev2``
(both halves); ``dev3tune`` / ``dev3test`` (the two fixed halves of the third set,
``tests/data/dev3/``: articles of two other days, drawn per topic), ``dev3`` (both);
``dev4tune`` / ``dev4test`` / ``dev4`` the same for the fourth set (``tests/data/dev4/``:
40 articles of all days, 10 a topic: sports, economy, foreign affairs, local/other);
``dev5tune`` / ``dev5test`` / ``dev5`` for the fifth (``tests/data/dev5/``: 20 articles
of the four least-used days, 5 a topic). ``--errors`` is refused for ``dev4test``,
``dev4``, ``dev5test`` and ``dev5``: a test half is scored blind, at the start and the end
of a piece of work. The test halves ``test`` and ``dev3test`` were spent in session 23
(branch kinds23 read their errors to count the kinds of miss that recur on untuned text):
they, and so ``dev2`` and ``dev3``, are tuning sets from then on and take ``--errors``.

Exact and lenient P/R/F1 per type and micro (the scoring functions of
``benchmarks/eval_heldout.py``), proper-name coverage, and entity linking on the
mentions found exactly (:func:`linking`, session 23: whether one gold entity is one id
and one name across the set's articles). Without the corpus the script
says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_heldout as eh

DEV_DIR = eh.ROOT / "tests" / "data" / "dev"
DEV2_DIR = eh.ROOT / "tests" / "data" / "dev2"
DEV3_DIR = eh.ROOT / "tests" / "data" / "dev3"
DEV4_DIR = eh.ROOT / "tests" / "data" / "dev4"
DEV5_DIR = eh.ROOT / "tests" / "data" / "dev5"
#: The sets ``--set`` scores: the first development set, the two halves of the second
#: (``tune`` for rule work with ``--errors``; ``test`` blind until session 23 spent it),
#: or all of the second; the same for the third
#: (``dev3tune``, ``dev3test``, ``dev3``), the fourth (``dev4tune``, ``dev4test``,
#: ``dev4``) and the fifth (``dev5tune``, ``dev5test``, ``dev5``).
SETS = (
    *("dev", "tune", "test", "dev2", "dev3tune", "dev3test", "dev3"),
    *("dev4tune", "dev4test", "dev4", "dev5tune", "dev5test", "dev5"),
)
#: Sets scored blind: ``--errors`` is refused for them. ``test`` and ``dev3test`` (and with
#: them ``dev2`` and ``dev3``) were blind until session 23, which spent them: branch kinds23
#: read their errors to count the kinds of miss, and they are tuning sets from then on.
BLIND = ("dev4test", "dev4", "dev5test", "dev5")
#: The test halves spent in session 23 (kinds counted by branch kinds23): tuning sets now.
SPENT = ("test", "dev3test")
#: The sets read by prefix: ``<prefix>`` both halves, ``<prefix>tune`` / ``<prefix>test``.
HALVED = {"dev3": DEV3_DIR, "dev4": DEV4_DIR, "dev5": DEV5_DIR}


def read_dev(gold_dir: Path = DEV_DIR, half: str | None = None) -> dict[str, pd.DataFrame]:
    """``articles`` and ``mentions`` of a development gold (strings as written); with
    ``half`` (``tune`` or ``test``) only the articles of that half (``dev2``, ``dev3``,
    ``dev4``, ``dev5``)."""
    read = {"keep_default_na": False, "encoding": "utf-8", "dtype": str}
    articles = pd.read_csv(gold_dir / "articles.csv", **read)
    mentions = pd.read_csv(gold_dir / "mentions.csv", **read).astype(
        {"start": "int64", "end": "int64"}
    )
    if half is not None:
        articles = articles[articles["half"] == half]
        mentions = mentions[mentions["article"].isin(set(articles["article"]))]
    return {"articles": articles, "mentions": mentions}


def read_set(name: str) -> dict[str, pd.DataFrame]:
    """The gold of one of :data:`SETS`.

    Raises ``ValueError`` for a name not in :data:`SETS`."""
    if name not in SETS:
        raise ValueError(f"--set {name!r}: not one of {', '.join(SETS)}")
    if name == "dev":
        return read_dev(DEV_DIR)
    for prefix, gold_dir in HALVED.items():
        if name.startswith(prefix):
            return read_dev(gold_dir, name.removeprefix(prefix) or None)
    return read_dev(DEV2_DIR, None if name == "dev2" else name)


def errors(pred: pd.DataFrame, gold: pd.DataFrame, texts: dict[str, dict]) -> list[str]:
    """False positives (``+``) and false negatives (``-``) with 25 characters each side."""
    pred = pred[pred["type"].isin(eh.TYPES)]
    key = ["article", "zone", "start", "end", "type"]
    p = set(map(tuple, pred[key].itertuples(index=False)))
    g = set(map(tuple, gold[key].itertuples(index=False)))
    out = []
    for sign, rows in (("+", p - g), ("-", g - p)):
        for a, z, s, e, t in sorted(rows):
            text = texts[a][z]
            ctx = f"{text[max(0, s - 25) : s]}[{text[s:e]}]{text[e : e + 25]}".replace("\n", " ")
            out.append(f"{sign} {t:6} {a} {z}: {ctx}")
    return out


def _pairs(sizes) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


def linking(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Entity linking on the mentions found exactly (same article, zone, offsets and
    type as a gold mention), across the whole set (session 23, canon23: one entity, one
    row). A gold entity is its normalised gold ``canonical`` name
    (:func:`helpers.text.normalize`) and type; a predicted one its ``entity_id``.

    Pairwise, over pairs of matched mentions: ``precision`` = pairs with one predicted
    id that are one gold entity / pairs with one predicted id; ``recall`` = pairs of one
    gold entity with one predicted id / pairs of one gold entity. ``one_id``: the share
    of gold entities with two matched mentions or more whose mentions all carry one
    predicted id; ``one_name``: the share of those whose mentions all carry one
    predicted canonical name (normalised). One row per type and ``all``."""
    from helpers.text import normalize

    key = ["article", "zone", "start", "end", "type"]
    m = pred[pred["type"].isin(eh.TYPES)].merge(gold, on=key, suffixes=("_p", "_g"))
    m = m.assign(
        g=m["type"] + ":" + m["canonical_g"].map(normalize),
        n=m["canonical_p"].map(normalize),
    )
    rows = []
    for typ in (*eh.TYPES, "all"):
        x = m if typ == "all" else m[m["type"] == typ]
        same_p = _pairs(x.groupby("entity_id").size())
        same_g = _pairs(x.groupby("g").size())
        both = _pairs(x.groupby(["g", "entity_id"]).size())
        ids = x.groupby("g")["entity_id"].nunique()
        names = x.groupby("g")["n"].nunique()
        many = x.groupby("g").size() > 1
        rows.append(
            {
                "type": typ,
                "matched": len(x),
                "gold_entities": int(x["g"].nunique()),
                "precision": both / same_p if same_p else float("nan"),
                "recall": both / same_g if same_g else float("nan"),
                "one_id": float((ids[many] == 1).mean()) if many.any() else float("nan"),
                "one_name": float((names[many] == 1).mean()) if many.any() else float("nan"),
            }
        )
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", help="SaudiNewsNet folder (default: ../shared/corpora/...)")
    ap.add_argument("--set", default="dev", choices=SETS, help="which gold (default dev)")
    ap.add_argument(
        "--errors",
        action="store_true",
        help="print every error with context (refused for the blind "
        + ", ".join(BLIND)
        + "; "
        + " and ".join(SPENT)
        + " were spent in session 23, kinds counted by branch kinds23, and are tuning sets now)",
    )
    ap.add_argument("--json", help="also write the scores as JSON to this file")
    args = ap.parse_args(argv)
    corpus = eh.find_corpus(args.corpus)
    if corpus is None:
        print("SaudiNewsNet not found: nothing scored (see the docstring).")
        return 0
    if args.errors and args.set in BLIND:
        ap.error(
            f"--errors is for the tuning sets: {args.set} is scored blind"
            " (test and dev3test were spent in session 23 and are tuning sets now)"
        )
    gold = read_set(args.set)
    texts, problems = eh.load_texts(corpus, gold["articles"])
    for p in problems:
        print("skipped:", p)
    from helpers.entities import extract_entities

    stories = eh.stories_of(texts)
    pred = extract_entities(stories).rename(columns={"story_id": "article"})
    g = gold["mentions"][gold["mentions"]["article"].isin(texts)]
    ent = eh.score_entities(pred, g)
    cov = eh.coverage(pred, g)
    link = linking(pred, g)
    with pd.option_context("display.width", 200, "display.precision", 3):
        print(ent.to_string(index=False))
        print(cov.to_string(index=False))
        print(link.to_string(index=False))
    if args.errors:
        print("\n".join(errors(pred, g, texts)))
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "entities": ent.to_dict("records"),
                    "coverage": cov.to_dict("records"),
                    "linking": link.to_dict("records"),
                }
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
