"""Vocabulary overlap between two stories (or two groups of stories).

:func:`vocabulary_overlap` gives the set measures (shared and unique types, Jaccard
index) and the cosine similarity of TF-IDF vectors; :func:`shared_terms` gives the
per-term table, shared terms first, ranked by the smaller of the two sides' rates
(:func:`_shared_rank`).

Definitions
-----------
type
    A distinct term key (``base`` column of the tokens table), so والعراق and بالعراق
    are one type.
Jaccard index
    ``|A ∩ B| / |A ∪ B|`` over the two sets of types (Jaccard 1912); 1 = same
    vocabulary, 0 = no word in common.
TF-IDF cosine
    Each side is one vector: term frequency = the side's raw count of the term;
    inverse document frequency over the stories of the tokens table (each story one
    document), smoothed as in scikit-learn's ``TfidfVectorizer(smooth_idf=True)``:
    ``idf = ln((1 + n) / (1 + df)) + 1``. The smoothing keeps shared terms in a two-story
    corpus (plain ``ln(n/df)`` would give them weight 0). Cosine similarity
    ``u·v / (|u| |v|)`` (Salton and McGill 1983) is 1 for proportional vectors and 0 when
    no term is shared.
balance
    For a shared term, ``min(f_a, f_b) / max(f_a, f_b)`` of the relative frequencies
    (per 1,000 tokens): 1 when both sides use it at the same rate, near 0 when one side
    leans on it heavily. A column of :func:`shared_terms`, no longer its order (session
    17: even chance matches, 1 and 1, had balance 1 and led).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from helpers.corpus.groups import group_selection, resolve_sides
from helpers.errors import SelectionError, check_table
from helpers.freq.counts import _kinds, smoothed_idf, term_labels
from helpers.freq.keyness import DEFAULT_KINDS, _check_tokens, _resolve_pair, _side_counts

__all__ = ["SHARED_TERMS_COLUMNS", "shared_entities", "shared_terms", "vocabulary_overlap"]

#: Columns of :func:`shared_terms`, in order.
SHARED_TERMS_COLUMNS: list[str] = [
    "term",
    "label",
    "status",
    "count_target",
    "count_reference",
    "per_1000_target",
    "per_1000_reference",
    "balance",
]


def _shared_rank(fa: np.ndarray, fb: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """How :func:`shared_terms` orders the shared terms (largest first; ties: pooled
    count): the smaller of the two sides' rates per 1,000 tokens,
    ``min(per_1000_target, per_1000_reference)``; 0 for a term of one side. A term ranks
    high only when *both* sides use it a lot. Ordered by ``balance`` (how even the two
    rates are, before session 17), any word found once on each side of two sides of
    like size had balance near 1 and led the table (أبواب، تجاوزت: 1 and 1 on a
    two-outlet subset, alyaum against alwatan). The smaller rate is the rate both sides
    reach: it needs no minimum count and is neutral to the sides' sizes."""
    return np.where(shared, np.minimum(fa, fb), 0.0)


def _prepare_counts(cc, a, b, stories, kinds, stopwords):
    """:func:`_prepare` for corpus counts (:func:`helpers.freq.count_corpus`)."""
    from helpers.errors import ArgumentError

    if kinds is None or set(kinds) != set(DEFAULT_KINDS):
        raise ArgumentError(
            f"the overlap functions: corpus counts hold the kinds {', '.join(DEFAULT_KINDS)} "
            f"only, got kinds={kinds!r}",
            hint="use a tokens table (helpers.text.tokenize_zones) for other kinds",
        )
    table = stories if stories is not None else cc.meta
    ids_a, ids_b = resolve_sides(table, a, b, story_ids=cc.story_ids)
    sides = []
    for ids, name in ((ids_a, "first selection (a)"), (ids_b, "second selection (b)")):
        counts, size = cc.side(ids, 1)
        if size == 0:
            raise SelectionError(
                f"the {name} ({', '.join(ids[:5])}) holds no tokens of kind "
                f"{', '.join(DEFAULT_KINDS)}",
                hint="is the story empty, or were its zones left out of the counts?",
            )
        if not stopwords:
            counts = counts[~counts.index.isin(set(cc.keys[cc.is_stop]))]
        sides.append((counts, size))
    (ca, size_a), (cb, size_b) = sides
    labels = pd.Series(cc.labels(1), index=cc.term_index(1))
    return ids_a, ids_b, ca, cb, size_a, size_b, labels


def _prepare(tokens, a, b, stories, key, kinds, stopwords):
    from helpers.freq.corpus_counts import CorpusCounts

    if isinstance(tokens, CorpusCounts):
        return _prepare_counts(tokens, a, b, stories, kinds, stopwords)
    _check_tokens(tokens, key, "shared_terms/vocabulary_overlap")
    ids_a, ids_b = _resolve_pair(tokens, a, b, stories)
    ca, _ = _side_counts(tokens, ids_a, key, kinds, "first selection (a)")
    cb, _ = _side_counts(tokens, ids_b, key, kinds, "second selection (b)")
    size_a, size_b = int(ca.sum()), int(cb.sum())
    if not stopwords:
        if "is_stop" not in tokens.columns:
            raise SelectionError(
                "the tokens table lacks the is_stop column needed for stopwords=False",
                hint="pass stopwords=True or use helpers.text.tokenize_zones",
            )
        stop = set(tokens.loc[tokens["is_stop"].astype(bool), key].astype(str))
        ca = ca[~ca.index.isin(stop)]
        cb = cb[~cb.index.isin(stop)]
    labels = term_labels(tokens, key, kinds)
    return ids_a, ids_b, ca, cb, size_a, size_b, labels


def shared_terms(
    tokens: pd.DataFrame,
    a: Any,
    b: Any,
    *,
    stories: pd.DataFrame | None = None,
    by: str = "story_id",
    key: str = "base",
    kinds: tuple[str, ...] | None = DEFAULT_KINDS,
    stopwords: bool = False,
) -> pd.DataFrame:
    """Every type of two selections, marked shared or unique, shared ones ranked by the
    smaller of their two rates (:func:`_shared_rank`).

    Parameters
    ----------
    tokens : DataFrame or helpers.freq.CorpusCounts
        Tokens table with ``story_id``, ``kind``, ``surface``, ``key`` and ``is_stop``;
        or corpus counts (:func:`helpers.freq.count_corpus`: same table, selections
        resolved against ``stories`` or the counts' ``meta``).
    a, b
        Story selections (a story id, a list of ids, a ``{column: value}`` mapping, a
        date range ``{"date": (start, end)}`` or a boolean mask over ``stories``; see
        :mod:`helpers.corpus.groups`).
    stories : DataFrame, optional
        The stories table, for mapping/mask selections.
    key, kinds, stopwords
        As in :func:`helpers.freq.keyness.keyness`: term key column, token kinds
        counted, and whether stopword types are kept (they always count in the sizes).
    by : str
        The unit ``a`` and ``b`` are written in (:mod:`helpers.corpus.groups`): with
        ``"story_id"`` (default) they are selections as above; with ``"outlet"`` or
        ``"date:W"``, group values: ``shared_terms(counts, "aawsat", "okaz",
        by="outlet")`` (:func:`helpers.corpus.group_selection`).

    Returns
    -------
    DataFrame
        Columns :data:`SHARED_TERMS_COLUMNS`: ``term`` (str), ``label`` (str, most
        frequent surface form over the whole tokens table,
        :func:`helpers.freq.term_labels`), ``status`` (str: ``shared``, ``only_target``,
        ``only_reference``),
        ``count_target``/``count_reference`` (int64 tokens),
        ``per_1000_target``/``per_1000_reference`` (float64, per 1,000 tokens),
        ``balance`` (float64 in (0, 1], NaN for unique types).
        Shared terms first, by the smaller of ``per_1000_target`` and
        ``per_1000_reference`` descending (:func:`_shared_rank`), then pooled count
        descending; then ``only_target``, then ``only_reference``, each by count
        descending. ``df.attrs`` holds ``a``/``b`` (story ids) and ``size_a``/``size_b``
        (tokens). Session 17: the sides' columns and statuses are named ``target`` /
        ``reference`` as :func:`helpers.freq.keyness`'s (they were ``count_a``,
        ``only_a``...), and the shared terms were ordered by ``balance``.

    Raises
    ------
    SelectionError
        As :func:`helpers.freq.keyness.keyness` (empty, unknown or overlapping
        selections, or a story compared with itself).
        :class:`helpers.errors.ArgumentError` for an unknown kind (a single string
        ``kinds="word"`` is one kind).
    """
    kinds = _kinds(kinds, "shared_terms")
    a, b = group_selection(a, by), group_selection(b, by)
    ids_a, ids_b, ca, cb, size_a, size_b, labels = _prepare(
        tokens, a, b, stories, key, kinds, stopwords
    )
    terms = ca.index.union(cb.index)
    na = ca.reindex(terms, fill_value=0).to_numpy().astype("int64")
    nb = cb.reindex(terms, fill_value=0).to_numpy().astype("int64")
    fa = na / size_a * 1000.0
    fb = nb / size_b * 1000.0
    shared = (na > 0) & (nb > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        balance = np.where(shared, np.minimum(fa, fb) / np.maximum(fa, fb), np.nan)
    status = np.where(shared, "shared", np.where(na > 0, "only_target", "only_reference"))
    out = pd.DataFrame(
        {
            "term": pd.array(terms.astype(str), dtype="str"),
            "label": pd.array(labels.reindex(terms).astype(str).to_numpy(), dtype="str"),
            "status": pd.array(status, dtype="str"),
            "count_target": na,
            "count_reference": nb,
            "per_1000_target": fa,
            "per_1000_reference": fb,
            "balance": balance,
        }
    )
    order = out["status"].map({"shared": 0, "only_target": 1, "only_reference": 2})
    low = _shared_rank(fa, fb, shared)  # a term both sides use a lot leads
    out = (
        out.assign(_o=order, _n=na + nb, _m=low)
        .sort_values(["_o", "_m", "_n", "term"], ascending=[True, False, False, True])
        .drop(columns=["_o", "_n", "_m"])
        .reset_index(drop=True)
    )
    out.attrs.update({"a": ids_a, "b": ids_b, "size_a": size_a, "size_b": size_b})
    return out


def vocabulary_overlap(
    tokens: pd.DataFrame,
    a: Any,
    b: Any,
    *,
    stories: pd.DataFrame | None = None,
    by: str = "story_id",
    key: str = "base",
    kinds: tuple[str, ...] | None = DEFAULT_KINDS,
    stopwords: bool = False,
) -> pd.Series:
    """Summary measures of how much vocabulary two selections share.

    Parameters are those of :func:`shared_terms`.

    Returns
    -------
    Series
        Indexed by measure name:

        * ``tokens_a``, ``tokens_b`` (int): tokens counted on each side (stopwords
          included);
        * ``types_a``, ``types_b`` (int): distinct term keys on each side (stopwords
          excluded unless ``stopwords=True``);
        * ``shared``, ``only_a``, ``only_b`` (int): types in both, only in a, only in b;
        * ``jaccard`` (float in [0, 1]): shared / union of types;
        * ``cosine_tfidf`` (float in [0, 1]): cosine similarity of the two TF-IDF
          vectors, idf over the stories of ``tokens`` (see the module docstring).

    Raises
    ------
    SelectionError
        As :func:`shared_terms`.
    """
    kinds = _kinds(kinds, "vocabulary_overlap")
    a, b = group_selection(a, by), group_selection(b, by)
    ids_a, ids_b, ca, cb, size_a, size_b, _ = _prepare(tokens, a, b, stories, key, kinds, stopwords)
    terms = ca.index.union(cb.index)
    va = ca.reindex(terms, fill_value=0).to_numpy().astype(float)
    vb = cb.reindex(terms, fill_value=0).to_numpy().astype(float)
    # document frequency over every story in the tokens table (or the counts)
    from helpers.freq.corpus_counts import CorpusCounts

    if isinstance(tokens, CorpusCounts):
        n_docs = int((tokens.tokens > 0).sum())
        df_all = pd.Series(tokens.matrix[1].getnnz(axis=0), index=tokens.term_index(1))
        df = df_all.reindex(terms, fill_value=0).to_numpy()
    else:
        counted = tokens if kinds is None else tokens[tokens["kind"].isin(kinds)]
        n_docs = counted["story_id"].nunique()
        df = counted.groupby(key)["story_id"].nunique().reindex(terms, fill_value=0).to_numpy()
    idf = smoothed_idf(df, n_docs)
    wa, wb = va * idf, vb * idf
    denom = np.linalg.norm(wa) * np.linalg.norm(wb)
    cosine = float(wa @ wb / denom) if denom > 0 else 0.0
    shared = int(((va > 0) & (vb > 0)).sum())
    only_a = int(((va > 0) & (vb == 0)).sum())
    only_b = int(((va == 0) & (vb > 0)).sum())
    union = shared + only_a + only_b
    out = pd.Series(
        {
            "tokens_a": size_a,
            "tokens_b": size_b,
            "types_a": shared + only_a,
            "types_b": shared + only_b,
            "shared": shared,
            "only_a": only_a,
            "only_b": only_b,
            "jaccard": shared / union if union else 0.0,
            "cosine_tfidf": min(cosine, 1.0),
        },
        dtype="object",
        name="vocabulary_overlap",
    )
    out.attrs.update({"a": ids_a, "b": ids_b})
    return out


def _most(pooled: pd.Series) -> dict:
    """``{entity_id: the second index level with the most mentions}`` of a Series indexed
    ``(entity_id, x)``; a tie goes to the first seen."""
    top = pooled.sort_values(ascending=False, kind="stable")
    top = top[~top.index.get_level_values(0).duplicated()]
    return dict(top.index.to_list())


def shared_entities(
    counts: pd.DataFrame,
    a: Any,
    b: Any = None,
    *,
    stories: pd.DataFrame | None = None,
    by: str = "story_id",
) -> pd.DataFrame:
    """Entities mentioned in both selections, and those mentioned on one side only.

    Parameters
    ----------
    counts : DataFrame
        Entity counts table of :func:`helpers.entities.entity_counts` (``story_id,
        entity_id, canonical, type, count``).
    a, b
        Story selections as in :func:`helpers.freq.keyness.select_stories`; ``b=None``
        means every other story in ``counts`` (or in ``stories`` when given).
    stories : DataFrame, optional
        The stories table, for mapping/mask selections.
    by : str
        The unit ``a`` and ``b`` are written in, as in :func:`shared_terms` (needs
        ``stories`` unless ``"story_id"``).

    Returns
    -------
    DataFrame
        One row an entity: ``entity_id`` (str), ``canonical`` (str: its name with the
        most mentions on both sides), ``type`` (str: ``LOC`` for a country named both
        by its name, ``LOC``, and by its adjective, ``NORP``, which share its id, so
        السعودية and سعودي are one row, not two rows both labelled السعودية; else the
        type of most of its mentions), ``count_target``, ``count_reference`` (int64, mentions of
        every type), ``status`` (str: ``shared``, ``only_target``, ``only_reference``). Shared
        entities first, each group by pooled count descending, then ``canonical``.

    Raises
    ------
    SelectionError
        Missing columns, or empty, unknown or overlapping selections.
    ArgumentError
        ``counts`` or ``stories`` not a DataFrame; a bad ``by``.
    """
    check_table(counts, "shared_entities", "counts", made_by="helpers.entities.entity_counts")
    if stories is not None:
        check_table(stories, "shared_entities", columns=("story_id",))
    a, b = group_selection(a, by), group_selection(b, by)
    need = ["story_id", "entity_id", "canonical", "type", "count"]
    missing = [c for c in need if c not in counts.columns]
    if missing:
        raise SelectionError(
            f"the entity counts table lacks column(s) {', '.join(missing)}",
            hint="use helpers.entities.entity_counts(mentions)",
        )
    universe = (
        stories["story_id"].astype(str)
        if stories is not None
        else counts["story_id"].astype(str).unique()
    )
    ids_a, ids_b = resolve_sides(
        stories, a, b, story_ids=universe, names=("first selection (a)", "second selection (b)")
    )
    sid = counts["story_id"].astype(str)
    in_a, in_b = sid.isin(ids_a).to_numpy(), sid.isin(ids_b).to_numpy()
    from helpers.entities.extract import one_place  # not at import: freq stays light

    # one row an entity: a country's name (LOC) and adjective (NORP) share its id and
    # are one place over both selections, as notebook 03's "where" heatmap sums them
    rows = one_place(counts[in_a | in_b], [])
    n = rows["count"].to_numpy()
    rows = rows.assign(
        count_target=np.where(in_a[in_a | in_b], n, 0),
        count_reference=np.where(in_b[in_a | in_b], n, 0),
    )
    out = rows.groupby("entity_id", sort=False)[["count_target", "count_reference"]].sum()
    out = out.astype("int64").reset_index()
    canonical = rows.groupby(["entity_id", "canonical"], sort=False)["count"].sum()
    types = rows.groupby(["entity_id", "type"], sort=False)["count"].sum()
    out.insert(1, "canonical", out["entity_id"].map(_most(canonical)))
    out.insert(2, "type", out["entity_id"].map(_most(types)))
    out["status"] = np.where(
        (out["count_target"] > 0) & (out["count_reference"] > 0),
        "shared",
        np.where(out["count_target"] > 0, "only_target", "only_reference"),
    )
    order = out["status"].map({"shared": 0, "only_target": 1, "only_reference": 2})
    out = (
        out.assign(_o=order, _n=out["count_target"] + out["count_reference"])
        .sort_values(["_o", "_n", "canonical"], ascending=[True, False, True], kind="stable")
        .drop(columns=["_o", "_n"])
        .reset_index(drop=True)
    )
    out.attrs.update({"a": ids_a, "b": ids_b})
    return out.astype({"entity_id": "str", "canonical": "str", "type": "str", "status": "str"})
