"""Time series of chosen term keys per period (and group), from corpus counts.

Counts come from :func:`helpers.freq.count_corpus`; periods and groups from
:mod:`helpers.corpus.groups` (``date:D``/``date:W``/``date:M`` and any stories column).
Relative frequency is per 1,000 counted tokens of the period and group (stopwords
included), the denominator of every khabar frequency table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.corpus.groups import PERIODS, story_groups
from helpers.errors import ArgumentError, check_table, shown

__all__ = ["SERIES_COLUMNS", "time_series"]

#: Columns of :func:`time_series` with dtypes.
SERIES_COLUMNS: dict[str, str] = {
    "period": "datetime64[ns]",
    "group": "str",
    "key": "str",
    "label": "str",
    "count": "int64",
    "stories": "int64",
    "per_1000": "float64",
    "tokens": "int64",
}
_FREQ = {"D": "D", "W": "W-MON", "M": "MS"}
#: Rows a time series may have (periods x groups x keys): every period between the first
#: and the last dated story gets a row, so one mistyped date (year 1678 or 2261) would
#: otherwise make millions of rows from a dozen stories.
MAX_ROWS = 2_000_000


def _resolve_key(cc, word: str) -> tuple[int, int] | None:
    """(n, column) of a term key, or of the key a surface form (n-gram) maps to."""
    parts = word.split()
    n = len(parts)
    if n not in cc.n:
        return None
    where = cc.term_index(n).get_indexer([word])[0]
    if where >= 0:
        return n, int(where)
    from helpers.text import tokenize
    from helpers.text.tokenize import COUNTED_KINDS

    tok = tokenize(word)
    tok = tok[tok["kind"].isin(COUNTED_KINDS)]
    key = " ".join(tok["base"])
    if len(tok) != n:
        return None
    where = cc.term_index(n).get_indexer([key])[0]
    return (n, int(where)) if where >= 0 else None


def time_series(
    counts,
    keys: str | Iterable[str],
    stories: pd.DataFrame | None = None,
    period: str = "D",
    by: str | None = None,
) -> pd.DataFrame:
    """Counts of chosen terms per period (and group), as a tidy table.

    Parameters
    ----------
    counts : helpers.freq.CorpusCounts
        Corpus counts (:func:`helpers.freq.count_corpus`).
    keys : str or iterable of str
        Term keys (``"اسد"``, bigrams space-joined ``"بشار اسد"``) or surface forms,
        which are mapped to their key (``"الأسد"`` -> ``اسد``).
    stories : DataFrame, optional
        The stories table with a ``date`` column (default: ``counts.meta``).
    period : str
        ``"D"`` (day), ``"W"`` (ISO week from Monday) or ``"M"`` (calendar month).
    by : str or None
        A stories column to split each period by (``"outlet"``); ``None``: one group
        ``"all"``.

    Returns
    -------
    pandas.DataFrame
        ``period`` (datetime64[ns], start of the period), ``group`` (str), ``key``
        (str, the term key, or the word as given when it matches no key), ``label``
        (str, the key's label; the word as given when unknown), ``count`` (int64,
        tokens), ``stories`` (int64, stories of the period and group holding the key
        at least once; session 19), ``per_1000`` (float64, per 1,000 counted tokens of
        that period and group; NaN where the group has no tokens in the period),
        ``tokens`` (int64, the counted tokens of that period and group, the rate's
        denominator, 0 where it has none; session 21: a chart can leave out a rate of 0
        of a period too small to say anything). Every period from
        the first to the last dated story is present (empty ones with count 0), for
        every group and key. Sorted by key (in the order given), group, period.
        Stories without a date (or group value) are left out.

    Raises
    ------
    helpers.errors.ArgumentError
        ``counts`` is not corpus counts, ``stories`` not a DataFrame, ``by`` not a str
        or None, an unknown ``period``, no keys (or keys not strings), a missing or
        empty ``date`` or ``by`` column (the message lists the columns), or a table of
        more than :data:`MAX_ROWS` rows (the message names the first and last dated
        stories: usually a mistyped date).
    """
    from helpers.freq.corpus_counts import CorpusCounts

    func = "time_series"
    if not isinstance(counts, CorpusCounts):
        raise ArgumentError(
            f"{func}: counts must be the corpus counts of helpers.freq.count_corpus, got "
            f"{type(counts).__name__}"
        )
    if not isinstance(period, str) or period not in PERIODS:
        raise ArgumentError(f"{func}: period must be 'D', 'W' or 'M', got {shown(period)}")
    if isinstance(keys, str):
        words = [keys]
    elif isinstance(keys, Iterable) and not isinstance(keys, bytes | Mapping):
        words = list(keys)
    else:
        words = []
    if not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise ArgumentError(
            f"{func}: keys must be one or more non-empty strings, got {shown(keys)}"
        )
    if by is not None and not isinstance(by, str):
        raise ArgumentError(
            f"{func}: by must be a stories column (a str such as 'outlet') or None, got {shown(by)}"
        )
    if stories is not None:
        check_table(stories, func, columns=("story_id",))
    table = stories if stories is not None else counts.meta
    per = story_groups(table, f"date:{period}")
    grp = story_groups(table, by) if by is not None else pd.Series("all", index=per.index)
    ids = pd.Index(counts.story_ids)
    both = per.index.intersection(grp.index)
    rows = ids.get_indexer(both)
    ok = rows >= 0
    both, rows = both[ok], rows[ok]
    grid = pd.date_range(per.min(), per.max(), freq=_FREQ[period]) if len(per) else []
    grid = pd.DatetimeIndex(grid)
    groups = np.array(sorted(set(grp.loc[both].astype(str)))) if len(both) else np.array([])
    n_rows = len(grid) * len(groups) * len(words)
    if n_rows > MAX_ROWS:
        raise ArgumentError(
            f"{func}: {len(grid):,} periods ('{period}') from {per.min():%Y-%m-%d} (story "
            f"{per.idxmin()}) to {per.max():%Y-%m-%d} (story {per.idxmax()}) x "
            f"{len(groups):,} groups x {len(words):,} keys would be {n_rows:,} rows, more "
            f"than {MAX_ROWS:,}",
            hint="check those stories' dates, choose a coarser period ('W', 'M'), or "
            "select a date range of stories first",
        )
    p_code = grid.get_indexer(pd.DatetimeIndex(per.loc[both].to_numpy()))
    g_code = pd.Index(groups).get_indexer(grp.loc[both].astype(str).to_numpy())
    n_cells = len(grid) * len(groups)
    cell = g_code * len(grid) + p_code
    a = sparse.csr_matrix(
        (np.ones(len(rows), np.int64), (cell, rows)), shape=(n_cells, len(counts.story_ids))
    )
    # counted tokens of each (period, group) cell: the one group-token total of the counts
    if by is None:
        totals = counts.group_tokens(f"date:{period}", table)
        cells = pd.Index(np.tile(grid.to_numpy(), len(groups)))
    else:
        totals = counts.group_tokens([f"date:{period}", by], table)
        cells = pd.MultiIndex.from_arrays(
            [np.tile(grid.to_numpy(), len(groups)), np.repeat(groups, len(grid))]
        )
    tokens = totals.reindex(cells, fill_value=0).to_numpy(np.int64) if n_cells else np.zeros(0)
    frames = []
    for word in words:
        found = _resolve_key(counts, word.strip())
        if found is None:
            cnt = np.zeros(n_cells, np.int64)
            held = np.zeros(n_cells, np.int64)
            key, label = word.strip(), word.strip()
        else:
            n, col = found
            column = counts.matrix[n][:, [col]].astype(np.int64).toarray()
            cnt = np.asarray(a @ column).ravel()
            held = np.asarray(a @ (column > 0).astype(np.int64)).ravel()
            key, label = counts.terms(n)[col], counts.labels(n)[col]
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = np.where(tokens > 0, cnt / np.maximum(tokens, 1) * 1000.0, np.nan)
        frames.append(
            pd.DataFrame(
                {
                    "period": np.tile(grid.to_numpy(), len(groups)),
                    "group": np.repeat(groups, len(grid)),
                    "key": key,
                    "label": label,
                    "count": cnt,
                    "stories": held,
                    "per_1000": rate,
                    "tokens": tokens,
                }
            )
        )
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=SERIES_COLUMNS)
    return out.astype(SERIES_COLUMNS)
