"""Keyness: which terms one story (or group of stories) uses more than another.

Three statistics are computed for every term key, each from its own literature:

``g2``, ``p_value``
    Log-likelihood G2 on the 2x2 table of (term, other tokens) x (target, reference),
    in the form given by Rayson and Garside (2000) and Paul Rayson's UCREL
    log-likelihood calculator (https://ucrel.lancs.ac.uk/llwizard.html), after Dunning
    (1993). ``E1 = c(a+b)/(c+d)``, ``E2 = d(a+b)/(c+d)``,
    ``G2 = 2(a ln(a/E1) + b ln(b/E2))`` with ``0 ln 0 = 0``; ``p_value`` from the
    chi-squared distribution with 1 degree of freedom (:func:`scipy.stats.chi2.sf`).
    G2 says how sure we are that the difference is not chance; it is not an effect size.
    Critical values: 3.84 (p < 0.05), 6.63 (p < 0.01), 10.83 (p < 0.001),
    15.13 (p < 0.0001). With thousands of terms tested at once, expect some
    "significant" ones by chance: read p-values as a ranking aid, not as proof.

``log_ratio``
    Hardie (2014), "Log Ratio: an informal introduction" (CQPweb): the binary log of
    the ratio of relative frequencies, ``log2((a/c) / (b/d))``. +1 means twice as frequent
    in the target, -1 half as frequent, 0 equal. Zero counts are smoothed as in CQPweb:
    a count of 0 is replaced by 0.5 before dividing (only the zero cell; the corpus
    sizes are unchanged), so a term found only in the target of two equal-sized texts
    with count 3 gets ``log2(3 / 0.5) = 2.585``.

``log_odds``, ``log_odds_z``
    Weighted log-odds ratio with an informative Dirichlet prior, Monroe, Colaresi and
    Quinn (2008), "Fightin' words", Political Analysis 16(4), eq. 16-22::

        delta_w = ln((y_wt + a_w) / (n_t + a_0 - y_wt - a_w))
                - ln((y_wr + a_w) / (n_r + a_0 - y_wr - a_w))
        var(delta_w) ~= 1 / (y_wt + a_w) + 1 / (y_wr + a_w)
        z_w = delta_w / sqrt(var(delta_w))

    By default the prior is the pooled counts of target and reference
    (``a_w = y_wt + y_wr``, ``a_0 = n_t + n_r``), the empirical-Bayes choice of
    Monroe et al.'s section 3.5.3 and of the ``tidylo`` package; pass ``prior`` (a
    Series of background counts, e.g. from a larger corpus) to use another. ``|z| > 1.96``
    is the usual threshold. Unlike G2 this shrinks rare terms towards zero, so one
    occurrence in a short story does not top the list.

``stories_target``, ``stories_reference`` and ``min_stories``
    The *range* of a term (Gries 2008, "Dispersions and adjusted frequencies in
    corpora", International Journal of Corpus Linguistics 13(4), section 2.1: the number
    of corpus parts a word occurs in; the "Range" column of AntConc and WordSmith's
    "Texts" / minimum share of texts for key words): the number of stories of each side
    that hold the term. G2 and the log ratio see only pooled counts, so at corpus scale a
    term repeated in a handful of stories (a recipe's ingredients, a page's leftover
    code) can top a side of thousands of stories. ``min_stories`` keeps a term only if
    it is in at least that many stories of the side it is key for (the default: 1 % of
    that side's stories, at least 1, see :func:`min_stories_for`). A side of fewer than
    100 stories needs 1 story, so a comparison of two stories, or of a few dozen, is
    never filtered.

All three statistics are signed the same way: positive means over-used in the target,
negative over-used in the reference (``g2`` itself is always >= 0; the ``key_for``
column gives the direction).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from helpers.corpus.groups import group_selection, resolve_sides, select_stories
from helpers.errors import (
    ArgumentError,
    CorpusFormatError,
    SelectionError,
    check_flag,
    check_table,
    check_whole,
    shown,
)
from helpers.freq.counts import _COUNTED, _kinds, term_labels

__all__ = [
    "DEFAULT_KINDS",
    "KEYNESS_COLUMNS",
    "KEY_TERMS_PER_SIDE",
    "by_strength",
    "keyness",
    "keyness_from_counts",
    "min_stories_for",
    "select_stories",
    "top_key_terms",
]

#: Token kinds counted by default: the same as :func:`helpers.freq.term_frequencies`
#: (words, Latin words, abbreviations; numbers, punctuation and URLs left out), so a
#: term is a keyword candidate exactly when it can appear in a frequency list.
DEFAULT_KINDS: tuple[str, ...] = _COUNTED

#: Columns of the keyness table, in order.
KEYNESS_COLUMNS: list[str] = [
    "term",
    "label",
    "count_target",
    "count_reference",
    "per_1000_target",
    "per_1000_reference",
    "g2",
    "p_value",
    "log_ratio",
    "log_odds",
    "log_odds_z",
    "key_for",
    "expected_target",
    "expected_reference",
    "stories_target",
    "stories_reference",
]

#: Default ``min_stories``: a term must be in this share of the stories of the side it is
#: key for (rounded up, at least 1).
MIN_STORIES_SHARE = 0.01

#: Substitute for a zero count in the log ratio (Hardie 2014, as in CQPweb).
LOG_RATIO_ZERO = 0.5


def _resolve_pair(
    tokens: pd.DataFrame,
    target: Any,
    reference: Any,
    stories: pd.DataFrame | None,
    names: tuple[str, str] = ("target", "reference"),
) -> tuple[list[str], list[str]]:
    """Both sides over the corpus of ``stories`` (or of the tokens table without one)."""
    if stories is not None:
        check_table(stories, "keyness", columns=("story_id",))
    universe = (
        stories["story_id"].astype(str)
        if stories is not None
        else tokens["story_id"].astype(str).unique()
    )
    return resolve_sides(stories, target, reference, story_ids=universe, names=names)


def _check_tokens(tokens: pd.DataFrame, key: str, func: str = "keyness") -> None:
    if not isinstance(key, str):
        raise ArgumentError(
            f"{func}: key must be the name of a tokens column (a str), got {shown(key)}"
        )
    need = {"story_id", key, "surface", "kind"}
    if not isinstance(tokens, pd.DataFrame):
        raise SelectionError(
            f"expected a tokens table (DataFrame), got {type(tokens).__name__}",
            hint="use helpers.text.tokenize_zones(zones)",
        )
    missing = sorted(need - set(tokens.columns))
    if missing:
        raise SelectionError(
            f"the tokens table lacks column(s) {', '.join(missing)}",
            hint="use helpers.text.tokenize_zones(zones), which adds story_id",
        )


def _side_counts(
    tokens: pd.DataFrame, ids: list[str], key: str, kinds: tuple[str, ...] | None, name: str
) -> tuple[pd.Series, pd.Series]:
    """Token counts per key over some stories, and the number of those stories holding
    each key (both int64 Series indexed by key). A title word standing inside its title
    (:func:`helpers.freq.counts.title_uses`, keys ``base`` only) is no term and is not
    counted (session 23), as in the corpus counts; :func:`_side_size` still counts it
    as a token."""
    from helpers.freq.counts import title_uses

    mask = tokens["story_id"].astype(str).isin(ids).to_numpy().copy()
    if kinds is not None:
        mask &= tokens["kind"].isin(kinds).to_numpy()
    if not mask.any():
        raise SelectionError(
            f"the {name} ({', '.join(ids[:5])}) holds no tokens of kind {', '.join(kinds or ())}",
            hint="is the story empty, or were its zones left out of the tokens table?",
        )
    if key == "base":
        mask &= ~title_uses(tokens)
    sel = tokens[mask]
    grouped = sel.groupby(key, sort=True)
    counts = grouped.size().astype("int64")
    return counts, grouped["story_id"].nunique().astype("int64")


def _side_size(tokens: pd.DataFrame, ids: list[str], kinds: tuple[str, ...] | None) -> int:
    """The tokens of some stories of the ``kinds`` counted (the side's size: every such
    token, a title word inside its title included, as the corpus counts' ``tokens``)."""
    sel = tokens["story_id"].astype(str).isin(ids)
    if kinds is not None:
        sel = sel & tokens["kind"].isin(kinds)
    return int(sel.sum())


def min_stories_for(n_stories: int, min_stories: int | None = None) -> int:
    """The number of stories of a side a key term of that side must be in.

    ``min_stories`` when given, else ``ceil(MIN_STORIES_SHARE * n_stories)`` and at least
    1: 1 for up to 100 stories, 2 for 101-200, 15 for 1,500 (see the module docstring:
    range, Gries 2008).
    """
    if min_stories is not None:
        return int(min_stories)
    return max(1, math.ceil(MIN_STORIES_SHARE * n_stories - 1e-9))


def _check_min_stories(value: Any) -> None:
    check_whole(
        value,
        "keyness",
        "min_stories",
        unit="stories",
        none_ok=True,
        hint="None (default) asks for 1 % of the stories of the side a term is key for",
    )


def _numbers(value: Any, func: str, name: str) -> pd.Series:
    """``value`` (a Series or mapping term -> number) as a float64 Series, or
    :class:`ArgumentError`."""
    if isinstance(value, pd.Series | Mapping):
        try:
            return pd.Series(value, dtype="float64")
        except (TypeError, ValueError):
            pass
    raise ArgumentError(
        f"{func}: {name} must be a Series or dict of term -> number, got {shown(value)}"
    )


#: Terms of each side that a keyness view shows: notebook 04's keyness chart draws them
#: and its table lists the same rows (:func:`top_key_terms`, the one selection).
KEY_TERMS_PER_SIDE = 12


def top_key_terms(table: pd.DataFrame, n: int = KEY_TERMS_PER_SIDE) -> pd.DataFrame:
    """The rows of a keyness table a reader is shown: the ``n`` terms with the largest
    G2 among those more frequent in the target (``log_ratio`` > 0), then the ``n`` of
    the reference (``log_ratio`` < 0), each side by G2 descending, ties by ``term``.
    Terms used alike (``log_ratio`` 0) and rows with a missing ``g2`` or ``log_ratio``
    are left out. :func:`helpers.charts.keyness_chart` draws these rows and notebook 04
    shows them as its table, so chart and table hold the same terms (session 15: the
    chart drew 12 a side, the table 13 + 12).

    Parameters
    ----------
    table : pandas.DataFrame
        A keyness table (:func:`keyness`): needs ``term``, ``g2``, ``log_ratio``.
    n : int
        Terms per side, a whole number >= 0.

    Returns
    -------
    pandas.DataFrame
        The same columns and ``attrs``, at most ``2 * n`` rows, the target's first.

    Raises
    ------
    helpers.errors.CorpusFormatError
        A needed column is missing.
    helpers.errors.ArgumentError
        ``n`` is not a whole number >= 0.
    """
    n = check_whole(n, "top_key_terms", "n", minimum=0)
    missing = [c for c in ("term", "g2", "log_ratio") if c not in table.columns]
    if missing:
        raise CorpusFormatError(
            f"top_key_terms: the keyness table lacks column(s) {missing}",
            hint="build it with helpers.freq.keyness",
        )
    ratio = pd.to_numeric(table["log_ratio"], errors="coerce")
    g2 = pd.to_numeric(table["g2"], errors="coerce")
    ranked = table.assign(_g2=g2, _term=table["term"].astype(str))
    parts = []
    for side in (ratio > 0, ratio < 0):
        rows = ranked[side & g2.notna()].sort_values(
            ["_g2", "_term"], ascending=[False, True], kind="stable"
        )
        parts.append(rows.head(n))
    out = pd.concat(parts).drop(columns=["_g2", "_term"])
    out.attrs = dict(table.attrs)
    return out


def by_strength(
    rows: pd.DataFrame, value: str = "log_ratio", *, weakest_first: bool = False
) -> pd.DataFrame:
    """The rows of a keyness table ordered by how strongly each term is key, as
    :func:`helpers.charts.keyness_chart` draws it: the length of its bar, ``|value|``
    (default the log ratio: the strongest term is the one farthest from the term
    scatter's diagonal), longest first (``weakest_first``: shortest first, the order of
    the chart's reference side, whose longest bar is at the bottom); ties by ``term``
    in code-point order. The one ranking of strength: the keyness chart orders its bars
    by it and the term scatter places its labels by it, so the chart's first terms get
    the free space near their markers first (session 20: on alyaum against alwatan,
    2015-07-25..27, the chart's first and third bars, التدخين and القطيف, were left
    unnamed while weaker terms were named).

    Parameters
    ----------
    rows : pandas.DataFrame
        Rows of a keyness table (:func:`keyness`): needs ``term`` and ``value``.
    value : str
        The column whose absolute value is the strength (``log_ratio`` or ``g2``).
    weakest_first : bool
        Shortest bar first.

    Returns
    -------
    pandas.DataFrame
        The same rows, columns and ``attrs``, reordered.

    Raises
    ------
    helpers.errors.CorpusFormatError
        ``term`` or ``value`` is missing.
    """
    missing = [c for c in ("term", value) if c not in rows.columns]
    if missing:
        raise CorpusFormatError(
            f"by_strength: the keyness table lacks column(s) {missing}",
            hint="build it with helpers.freq.keyness",
        )
    strength = pd.to_numeric(rows[value], errors="coerce").abs()
    out = rows.assign(_s=strength, _term=rows["term"].astype(str)).sort_values(
        ["_s", "_term"], ascending=[weakest_first, True], kind="stable"
    )
    out = out.drop(columns=["_s", "_term"])
    out.attrs = dict(rows.attrs)
    return out


def keyness_from_counts(
    target_counts: pd.Series | Mapping[str, int],
    reference_counts: pd.Series | Mapping[str, int],
    *,
    target_size: int | None = None,
    reference_size: int | None = None,
    labels: pd.Series | Mapping[str, str] | None = None,
    prior: pd.Series | Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Keyness statistics from two term-count tables (the arithmetic behind :func:`keyness`).

    Parameters
    ----------
    target_counts, reference_counts : Series or mapping, term -> int
        Token counts per term key in the target and the reference. A term missing
        from one side counts 0 there.
    target_size, reference_size : int, optional
        Corpus sizes in tokens (``c`` and ``d`` in Rayson's notation). Default: the sum
        of the counts, i.e. the given counts cover every token.
    labels : Series or mapping, optional
        Display label per term (default: the term itself).
    prior : Series or mapping, term -> float, optional
        Dirichlet prior pseudo-counts ``a_w`` for the log-odds (default: pooled counts
        ``a_w = y_wt + y_wr``). Terms missing from ``prior`` get the pooled count.

    Returns
    -------
    DataFrame
        One row per term in either table, columns :data:`KEYNESS_COLUMNS` but the two
        ``stories_*`` ones (counts carry no stories; :func:`keyness` adds them):
        ``term`` (str), ``label`` (str), ``count_target``/``count_reference`` (int64,
        tokens), ``per_1000_target``/``per_1000_reference`` (float64, relative frequency
        per 1,000 tokens), ``g2`` (float64, >= 0), ``p_value`` (float64, chi-squared 1
        d.f.), ``log_ratio`` (float64, binary log, zero counts -> 0.5), ``log_odds``
        (float64, natural log), ``log_odds_z`` (float64), ``key_for`` (str: ``target``,
        ``reference`` or ``neither`` when the relative frequencies are equal),
        ``expected_target``/``expected_reference`` (float64, expected counts E1, E2).
        Sorted by ``g2`` descending, then ``term``. Where relative frequencies are
        exactly equal, ``g2 = 0``, ``p_value = 1``, ``log_ratio = 0`` (so identical
        texts give all zeros; ``log_odds_z`` is then 0 too when the sizes are equal).

    Raises
    ------
    SelectionError
        Negative counts, a count larger than its corpus size, or an empty side.
    ArgumentError
        Counts or ``prior`` not a Series or mapping of numbers; a size not a number
        or None; ``labels`` not a Series, mapping or None.
    """
    func = "keyness_from_counts"
    t = _numbers(target_counts, func, "target_counts")
    r = _numbers(reference_counts, func, "reference_counts")
    for name, size in (("target_size", target_size), ("reference_size", reference_size)):
        if size is not None and (
            isinstance(size, bool) or not isinstance(size, int | float | np.integer | np.floating)
        ):
            raise ArgumentError(
                f"{func}: {name} must be a number of tokens or None, got {shown(size)}"
            )
    if prior is not None:
        _numbers(prior, func, "prior")
    if labels is not None and not isinstance(labels, pd.Series | Mapping):
        raise ArgumentError(
            f"{func}: labels must be a Series or dict term -> label, got {shown(labels)}"
        )
    terms = t.index.union(r.index)
    a = t.reindex(terms, fill_value=0.0).to_numpy()
    b = r.reindex(terms, fill_value=0.0).to_numpy()
    if (a < 0).any() or (b < 0).any():
        raise SelectionError("term counts must be >= 0")
    c = float(a.sum() if target_size is None else target_size)
    d = float(b.sum() if reference_size is None else reference_size)
    if c <= 0 or d <= 0:
        which = "target" if c <= 0 else "reference"
        raise SelectionError(f"the {which} has no tokens: keyness needs text on both sides")
    if (a > c).any() or (b > d).any():
        raise SelectionError("a term count exceeds its corpus size")

    n = c + d
    e1 = c * (a + b) / n
    e2 = d * (a + b) / n
    with np.errstate(divide="ignore", invalid="ignore"):
        ta = np.where(a > 0, a * np.log(a / e1), 0.0)
        tb = np.where(b > 0, b * np.log(b / e2), 0.0)
    g2 = 2.0 * (ta + tb)
    equal = a * d == b * c  # exact equality of relative frequencies
    g2 = np.where(equal, 0.0, np.maximum(g2, 0.0))
    # chi2.sf(g2, 1) is chdtrc(1, g2), bit for bit; scipy.special alone imports in
    # 0.2 s where scipy.stats takes 0.6 s more in every kernel that compares
    from scipy.special import chdtrc

    p = chdtrc(1, g2)

    a_s = np.where(a > 0, a, LOG_RATIO_ZERO)
    b_s = np.where(b > 0, b, LOG_RATIO_ZERO)
    log_ratio = np.where(equal, 0.0, np.log2((a_s / c) / (b_s / d)))

    pooled = a + b
    if prior is None:
        alpha = pooled
    else:
        pr = pd.Series(prior, dtype="float64").reindex(terms)
        alpha = np.where(pr.isna().to_numpy(), pooled, pr.to_numpy())
        if (alpha <= 0).any():
            raise SelectionError("prior pseudo-counts must be > 0")
    alpha0 = float(alpha.sum()) if prior is not None else n
    delta = np.log((a + alpha) / (c + alpha0 - a - alpha)) - np.log(
        (b + alpha) / (d + alpha0 - b - alpha)
    )
    z = delta / np.sqrt(1.0 / (a + alpha) + 1.0 / (b + alpha))

    sign = np.sign(a * d - b * c)
    key_for = np.where(sign > 0, "target", np.where(sign < 0, "reference", "neither"))
    if labels is None:
        lab = pd.Series(terms, index=terms)
    else:
        lab = pd.Series(labels, dtype="str").reindex(terms)
        lab = lab.where(lab.notna(), pd.Series(terms, index=terms))
    out = pd.DataFrame(
        {
            "term": pd.array(terms.astype(str), dtype="str"),
            "label": pd.array(lab.astype(str).to_numpy(), dtype="str"),
            "count_target": a.astype("int64"),
            "count_reference": b.astype("int64"),
            "per_1000_target": a / c * 1000.0,
            "per_1000_reference": b / d * 1000.0,
            "g2": g2,
            "p_value": p,
            "log_ratio": log_ratio,
            "log_odds": delta,
            "log_odds_z": z,
            "key_for": pd.array(key_for, dtype="str"),
            "expected_target": e1,
            "expected_reference": e2,
        }
    )
    out = out.sort_values(["g2", "term"], ascending=[False, True], kind="stable")
    out = out.reset_index(drop=True)
    out.attrs.update({"target_size": int(c), "reference_size": int(d)})
    return out


def keyness(
    tokens: pd.DataFrame,
    target: Any,
    reference: Any = None,
    *,
    stories: pd.DataFrame | None = None,
    key: str = "base",
    kinds: tuple[str, ...] | None = DEFAULT_KINDS,
    stopwords: bool = False,
    min_count: int = 1,
    prior: pd.Series | Mapping[str, float] | None = None,
    n: int = 1,
    by: str = "story_id",
    min_stories: int | None = None,
) -> pd.DataFrame:
    """Key terms of a target story (or group) against a reference story (or group).

    Parameters
    ----------
    tokens : DataFrame or helpers.freq.CorpusCounts
        Tokens table of :func:`helpers.text.tokenize_zones` (needs ``story_id``,
        ``kind``, ``surface``, the ``key`` column and, for ``stopwords=False``,
        ``is_stop``); or the corpus counts of :func:`helpers.freq.count_corpus` (the
        corpus-scale path: same table; selections resolved against ``stories`` or the
        counts' own ``meta``, so ``keyness(counts, {"outlet": "okaz"})`` and
        ``keyness(counts, {"date": ("2015-07-20", "2015-07-26")}, {"date":
        ("2015-07-27", "2015-08-02")})`` are one call each).
    target, reference
        Story selections as accepted by :func:`select_stories`: a story id, a list of
        ids, a ``{column: value}`` mapping over ``stories`` (any column of the stories
        table), or a boolean mask over ``stories``. ``reference=None`` (default) means
        every story not in the target ("the rest of the corpus").
    stories : DataFrame, optional
        The stories table; needed for mapping/mask selections. It also fixes the
        corpus order of story ids.
    key : str
        Tokens column that is the term key (default ``base``, the clitic-free
        normalised form, so والعراق and بالعراق count as العراق).
    kinds : str, tuple of str or None
        Token kinds counted, default :data:`DEFAULT_KINDS` (no punctuation, no URLs).
        ``None`` counts every token; a single string is one kind (``"word"``).
    stopwords : bool
        ``False`` (default) drops stopword rows from the result; they still count in
        the corpus sizes, so relative frequencies stay per 1,000 running tokens.
    min_count : int
        Drop terms whose pooled count (target + reference) is below this.
    prior : Series or mapping, optional
        Background pseudo-counts for the log-odds (see :func:`keyness_from_counts`).
    n : int
        N-gram order compared (corpus counts only; a tokens table compares unigrams).
    by : str
        The unit ``target`` and ``reference`` are written in: ``"story_id"`` (default,
        selections as above) or a group (``"outlet"``, ``"date:W"``), so
        ``keyness(counts, "aawsat", by="outlet")`` is ``{"outlet": "aawsat"}`` against
        the rest (:func:`helpers.corpus.group_selection`).
    min_stories : int or None
        Dispersion filter (range, Gries 2008; AntConc/WordSmith "range"): keep a term
        only if at least this many stories of the side it is key for hold it (a term
        with ``key_for == "neither"``: of either side). ``None`` (default): 1 % of that
        side's stories, at least 1 (:func:`min_stories_for`), so sides of up to 100
        stories are not filtered. ``1`` turns the filter off.

    Returns
    -------
    DataFrame
        Columns :data:`KEYNESS_COLUMNS` (see :func:`keyness_from_counts` for dtypes and
        units; ``stories_target``/``stories_reference``: int64, stories of each side
        holding the term), one row per term key, sorted by ``g2`` descending. ``label`` is
        :func:`helpers.freq.term_labels` over the whole tokens table (every story, the
        counted kinds), the same label :func:`helpers.freq.term_frequencies` gives the
        key. ``df.attrs`` holds ``target``/``reference`` (lists of story ids),
        ``reference_rest`` (bool, True when ``reference=None``: the rest of the corpus)
        ``target_size``/``reference_size`` (tokens counted), ``min_stories`` (dict
        ``{"target": int, "reference": int}``, the thresholds applied) and
        ``dropped_by_range`` (int, terms the filter removed).

    Raises
    ------
    SelectionError
        A selection names unknown stories, selects none, selects stories with no
        tokens, or target and reference share stories (including a story compared
        with itself). :class:`helpers.errors.ArgumentError` for an unknown kind, a
        ``min_count`` that is not a whole number >= 1 or ``stopwords`` not True or
        False.

    Examples
    --------
    >>> kt = keyness(tokens, "asharq-two-stories-01", "asharq-two-stories-02")
    >>> kt.query("key_for == 'target' and p_value < 0.05").head(10)
    """
    from helpers.freq.corpus_counts import CorpusCounts

    _check_min_stories(min_stories)
    stopwords = check_flag(stopwords, "keyness", "stopwords")
    min_count = check_whole(min_count, "keyness", "min_count")
    target, reference = group_selection(target, by), group_selection(reference, by)
    if isinstance(tokens, CorpusCounts):
        return _keyness_from_corpus_counts(
            tokens, target, reference, stories, kinds, stopwords, min_count, prior, n, min_stories
        )
    _check_tokens(tokens, key)
    kinds = _kinds(kinds, "keyness")
    if not stopwords and "is_stop" not in tokens.columns:
        raise SelectionError(
            "the tokens table lacks the is_stop column needed for stopwords=False",
            hint="pass stopwords=True or use helpers.text.tokenize_zones",
        )
    t_ids, r_ids = _resolve_pair(tokens, target, reference, stories)
    t_counts, t_stories = _side_counts(tokens, t_ids, key, kinds, "target")
    r_counts, r_stories = _side_counts(tokens, r_ids, key, kinds, "reference")
    labels = term_labels(tokens, key, kinds)
    t_size, r_size = _side_size(tokens, t_ids, kinds), _side_size(tokens, r_ids, kinds)
    out = keyness_from_counts(
        t_counts,
        r_counts,
        target_size=t_size,
        reference_size=r_size,
        labels=labels,
        prior=prior,
    )
    if not stopwords:
        sel = tokens[tokens["story_id"].astype(str).isin(t_ids + r_ids)]
        stop_terms = set(sel.loc[sel["is_stop"].astype(bool), key].astype(str))
        out = out[~out["term"].isin(stop_terms)]
    return _finish(
        out,
        t_ids,
        r_ids,
        reference,
        t_size,
        r_size,
        min_count,
        (t_stories, r_stories),
        min_stories,
    )


def _finish(
    out: pd.DataFrame,
    t_ids: list[str],
    r_ids: list[str],
    reference,
    t_size: int,
    r_size: int,
    min_count: int,
    spread: tuple[pd.Series, pd.Series],
    min_stories: int | None,
) -> pd.DataFrame:
    """The last step of both keyness paths: the range columns and filter, ``min_count``
    filter, fresh index, and the attrs the notebooks and charts read (sides' ids,
    whether B is the rest, sizes, range thresholds)."""
    for col, counts in zip(("stories_target", "stories_reference"), spread, strict=True):
        out[col] = counts.reindex(out["term"].to_numpy(), fill_value=0).to_numpy(dtype="int64")
    need_t = min_stories_for(len(t_ids), min_stories)
    need_r = min_stories_for(len(r_ids), min_stories)
    ok_t = out["stories_target"] >= need_t
    ok_r = out["stories_reference"] >= need_r
    side = out["key_for"]
    keep = (
        ((side == "target") & ok_t)
        | ((side == "reference") & ok_r)
        | ((side == "neither") & (ok_t | ok_r))
    )
    dropped = int((~keep).sum())
    if dropped:
        out = out[keep]
    if min_count > 1:
        out = out[(out["count_target"] + out["count_reference"]) >= min_count]
    out = out.reset_index(drop=True)
    out.attrs.update(
        {
            "target": t_ids,
            "reference": r_ids,
            "reference_rest": reference is None,
            "target_size": t_size,
            "reference_size": r_size,
            "min_stories": {"target": need_t, "reference": need_r},
            "dropped_by_range": dropped,
        }
    )
    return out


def _keyness_from_corpus_counts(
    cc, target, reference, stories, kinds, stopwords, min_count, prior, n, min_stories
) -> pd.DataFrame:
    """:func:`keyness` of a :class:`helpers.freq.CorpusCounts` (same table, same values)."""
    from helpers.errors import ArgumentError

    kinds = _kinds(kinds, "keyness")
    if kinds is None or set(kinds) != set(DEFAULT_KINDS):
        raise ArgumentError(
            f"keyness: corpus counts hold the kinds {', '.join(DEFAULT_KINDS)} only, got "
            f"kinds={kinds!r}",
            hint="use a tokens table (helpers.text.tokenize_zones) for other kinds",
        )
    n = cc._orders(n, "keyness")
    table = stories if stories is not None else cc.meta
    t_ids, r_ids = resolve_sides(table, target, reference, story_ids=cc.story_ids)
    sides = []
    for ids, name in ((t_ids, "target"), (r_ids, "reference")):
        counts, size = cc.side(ids, n)
        if size == 0:
            raise SelectionError(
                f"the {name} ({', '.join(ids[:5])}) holds no tokens of kind "
                f"{', '.join(DEFAULT_KINDS)}",
                hint="is the story empty, or were its zones left out of the counts?",
            )
        rows = cc.rows(ids)
        held = np.asarray((cc.matrix[n][rows] > 0).sum(axis=0, dtype=np.int64)).ravel()
        nz = np.flatnonzero(held)
        spread = pd.Series(held[nz], index=pd.Index(cc.terms(n)[nz], dtype=object))
        sides.append((counts, size, spread))
    (t_counts, t_size, t_stories), (r_counts, r_size, r_stories) = sides
    both = t_counts.index.union(r_counts.index)
    labels = pd.Series(cc.labels(n)[cc.term_index(n).get_indexer(both)], index=both)
    out = keyness_from_counts(
        t_counts,
        r_counts,
        target_size=t_size,
        reference_size=r_size,
        labels=labels,
        prior=prior,
    )
    if not stopwords and n == 1:
        stop_terms = set(cc.keys[cc.is_stop])
        out = out[~out["term"].isin(stop_terms)]
    return _finish(
        out,
        t_ids,
        r_ids,
        reference,
        t_size,
        r_size,
        min_count,
        (t_stories, r_stories),
        min_stories,
    )
