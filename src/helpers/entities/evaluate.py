"""Evaluating mentions against gold annotations: precision, recall and F1.

Two views, both by type and overall (micro-averaged over the types evaluated):

``spans``
    A predicted mention is a true positive when a gold mention has the same story,
    zone, ``start``, ``end`` and type (exact match, as in the CoNLL-2003 shared task:
    Tjong Kim Sang & De Meulder 2003).
``counts``
    Per story and entity: predicted entities are aligned to gold entities by their
    overlapping mentions (same story, zone, type, overlapping offsets); the aligned
    pair's true positives are ``min(count_pred, count_gold)``. Precision is the sum of
    true positives over the predicted counts, recall over the gold counts. This scores
    what a reader of an entity-counts table sees: the right people, counted right.

The types evaluated are those of the gold table (the embedded gold has PERSON, ORG and
LOC; NORP predictions are then not scored).
"""

from __future__ import annotations

import pandas as pd

from helpers.entities.extract import ZONES, check_names
from helpers.entities.gazetteer import TYPES
from helpers.errors import ArgumentError, CorpusFormatError

__all__ = ["evaluate"]

_SPAN_COLS = ("story_id", "zone", "start", "end", "type")


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _check(df: pd.DataFrame, name: str, cols) -> None:
    if not isinstance(df, pd.DataFrame):
        raise ArgumentError(f"evaluate: {name} must be a DataFrame, got {type(df).__name__}")
    missing = set(cols) - set(getattr(df, "columns", ()))
    if missing:
        raise CorpusFormatError(f"evaluate: the {name} table lacks column(s) {sorted(missing)}")


def evaluate(
    pred: pd.DataFrame,
    gold: pd.DataFrame,
    *,
    types: tuple[str, ...] | None = None,
    zones: tuple[str, ...] = ("title", "caption", "body"),
) -> pd.DataFrame:
    """Precision, recall and F1 of predicted mentions against gold mentions.

    Parameters
    ----------
    pred : DataFrame
        Mentions table (:func:`extract_entities`): ``story_id, zone, start, end, type,
        entity_id``.
    gold : DataFrame
        Gold mentions: ``story_id, zone, start, end, type`` and ``entity`` (a label
        shared by the mentions of one entity within a story), e.g.
        ``tests/data/gold_mentions.csv``.
    types : tuple of str, optional
        Types scored, from ``PERSON``, ``ORG``, ``LOC``, ``NORP``; default: the types
        present in ``gold``.
    zones : tuple of str
        Zones scored, from ``title``, ``caption``, ``body``.

    Returns
    -------
    DataFrame
        One row per ``(level, type)``: ``level`` (str: ``spans`` or ``counts``),
        ``type`` (str: each type, then ``micro``), ``tp``, ``n_pred``, ``n_gold``
        (int64), ``precision``, ``recall``, ``f1`` (float64 in [0, 1]).

    Raises
    ------
    helpers.errors.CorpusFormatError
        A table lacks a required column.
    helpers.errors.ArgumentError
        ``pred`` or ``gold`` is not a DataFrame, or an unknown type or zone name.
    """
    _check(pred, "pred", (*_SPAN_COLS, "entity_id"))
    _check(gold, "gold", (*_SPAN_COLS, "entity"))
    zones = check_names(zones, ZONES, func="evaluate", arg="zones")
    if types is None:
        types = tuple(sorted(set(gold["type"])))
    else:
        types = check_names(types, TYPES, func="evaluate", arg="types")
    p = pred[pred["type"].isin(types) & pred["zone"].isin(zones)]
    g = gold[gold["type"].isin(types) & gold["zone"].isin(zones)]
    rows = []
    # exact spans
    gold_set = {tuple(r) for r in g[list(_SPAN_COLS)].itertuples(index=False)}
    tot = [0, 0, 0]
    for t in types:
        pt = {tuple(r) for r in p.loc[p["type"] == t, list(_SPAN_COLS)].itertuples(index=False)}
        gt = {x for x in gold_set if x[4] == t}
        tp = len(pt & gt)
        rows.append(("spans", t, tp, len(pt), len(gt), *_prf(tp, len(pt), len(gt))))
        tot = [tot[0] + tp, tot[1] + len(pt), tot[2] + len(gt)]
    rows.append(("spans", "micro", *tot, *_prf(*tot)))
    # per-story entity counts
    tot = [0, 0, 0]
    for t in types:
        tp, n_pred, n_gold = _count_scores(p[p["type"] == t], g[g["type"] == t])
        rows.append(("counts", t, tp, n_pred, n_gold, *_prf(tp, n_pred, n_gold)))
        tot = [tot[0] + tp, tot[1] + n_pred, tot[2] + n_gold]
    rows.append(("counts", "micro", *tot, *_prf(*tot)))
    out = pd.DataFrame(
        rows, columns=["level", "type", "tp", "n_pred", "n_gold", "precision", "recall", "f1"]
    )
    return out.astype({"tp": "int64", "n_pred": "int64", "n_gold": "int64"})


def _count_scores(p: pd.DataFrame, g: pd.DataFrame) -> tuple[int, int, int]:
    pc = p.groupby(["story_id", "entity_id"]).size()
    gc = g.groupby(["story_id", "entity"]).size()
    # overlap votes between predicted and gold entities
    votes: dict[tuple, dict] = {}
    gold_by_zone: dict[tuple, list] = {}
    for r in g.itertuples(index=False):
        gold_by_zone.setdefault((r.story_id, r.zone), []).append(
            (int(r.start), int(r.end), r.entity)
        )
    for r in p.itertuples(index=False):
        for s, e, ent in gold_by_zone.get((r.story_id, r.zone), ()):
            if int(r.start) < e and s < int(r.end):
                d = votes.setdefault((r.story_id, r.entity_id), {})
                d[ent] = d.get(ent, 0) + 1
    # greedy one-to-one alignment, strongest overlap first
    pairs = sorted(
        ((n, sid, pe, ge) for (sid, pe), d in votes.items() for ge, n in d.items()),
        key=lambda x: (-x[0], x[1], x[2], x[3]),
    )
    used_p, used_g = set(), set()
    tp = 0
    for _n, sid, pe, ge in pairs:
        if (sid, pe) in used_p or (sid, ge) in used_g:
            continue
        used_p.add((sid, pe))
        used_g.add((sid, ge))
        tp += min(int(pc[(sid, pe)]), int(gc[(sid, ge)]))
    return tp, int(pc.sum()), int(gc.sum())
