"""Subsumed n-grams: shorter n-grams every use of which lies inside one longer n-gram.

An n-gram list counts each name or phrase once per length: «الرئيس بشار الأسد» twice
gives the trigram رئيس بشار اسد 2 and the bigrams رئيس بشار 2 and بشار اسد 2, so a
bigram chart shows one name as overlapping pairs. Corpus tools call a shorter n-gram
that only ever occurs as part of a longer one a *substring* of it and reduce the list
by it: Buerki (2017), "Frequency consolidation among word n-grams: a practical
procedure" (LNCS 10596, pp. 432-446; the SubString program,
http://buerki.github.io/SubString/frequency_consolidation.html), whose consolidated
frequency of an n-gram is its count minus its counts inside longer n-grams; an n-gram
left with 0 occurs only inside the longer one and is removed ("substring reduction";
Ikehara et al. 1996, COLING, call these "fractional" substrings). The rule here is that
reduction for one longer n-gram at a time (the brief's "subsumed"; AntConc's and
CQPweb's own documentation was not found to check their wording):

    an n-gram g of a group is **subsumed** when some longer n-gram h of the same group
    (up to the longest order given) contains g as consecutive words and
    ``count(h) == count(g)``.

Each use of h holds a use of g at the same position, so ``count(h) <= count(g)``, and
equality means every use of g lies inside a use of h. An n-gram partly inside a longer
one (بشار اسد 5 with رئيس بشار اسد 2) stays; ties (a bigram inside two trigrams of its
own count) go. Two longer n-grams that together cover every use (x g 1, g y 1, g 2) do
not subsume g: the rule looks at one longer n-gram, as the brief asks. The longer
n-grams are counted from the same tokens by the same counter, so an n-gram with a
stopword or across punctuation (a gap for :func:`helpers.freq.term_frequencies`) never
subsumes: وزير خارجية in «وزير الخارجية في ...» stays. Per-type work: rows of the
tables, never tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from helpers.errors import ArgumentError

__all__ = ["rerank", "subsumed", "without_subsumed"]


def _group_columns(table: pd.DataFrame) -> list[str]:
    """The group columns of a term-frequency table: those before ``term``."""
    cols = list(table.columns)
    return cols[: cols.index("term")] if "term" in cols else []


def _check(table, func: str, arg: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise ArgumentError(
            f"{func}: {arg} must be a term-frequency table (DataFrame), got {type(table).__name__}"
        )
    missing = [c for c in ("term", "n", "count") if c not in table.columns]
    if missing:
        raise ArgumentError(
            f"{func}: {arg} lacks column(s) {missing}",
            hint="use tables of helpers.freq.term_frequencies",
        )


def subsumed(table: pd.DataFrame, longer: Sequence[pd.DataFrame]) -> np.ndarray:
    """Which rows of ``table`` are subsumed by a row of ``longer`` (rule: module docstring).

    Parameters
    ----------
    table : pandas.DataFrame
        A :func:`helpers.freq.term_frequencies` table (``term``, space-joined keys;
        ``n``; ``count``; the group column before ``term``, if any).
    longer : sequence of pandas.DataFrame
        Tables of longer orders counted from the same tokens with the same options and
        the same group column (their ``top`` None: a cut list misses n-grams).

    Returns
    -------
    numpy.ndarray
        bool, one per row of ``table``: True where the row's n-gram is subsumed.
        Unigrams can be subsumed too (a word only ever seen in one bigram).

    Raises
    ------
    helpers.errors.ArgumentError
        A table is not a DataFrame or lacks ``term``, ``n`` or ``count``; the group
        columns differ.
    """
    func = "subsumed"
    _check(table, func, "table")
    if isinstance(longer, pd.DataFrame):
        longer = [longer]
    groups = _group_columns(table)
    for t in longer:
        _check(t, func, "longer")
        if _group_columns(t) != groups:
            raise ArgumentError(
                f"{func}: the tables are grouped differently ({groups} vs {_group_columns(t)})",
                hint="count both with the same by=",
            )
    out = np.zeros(len(table), bool)
    if table.empty:
        return out
    keys = [*groups, "term", "count"]
    for k in sorted(set(table["n"].astype(int))):
        rows = (table["n"] == k).to_numpy()
        found = []
        for t in longer:
            t = t[t["n"] > k]
            for m in sorted(set(t["n"].astype(int))):
                tm = t[t["n"] == m]
                words = tm["term"].astype(str).str.split(" ", expand=True)
                for j in range(m - k + 1):  # each run of k consecutive words of the m-gram
                    sub = words[j].str.cat([words[j + i] for i in range(1, k)], sep=" ")
                    found.append(tm[groups].assign(term=sub.to_numpy(), count=tm["count"]))
        if not found:
            continue
        seen = pd.concat(found, ignore_index=True).drop_duplicates()
        seen = pd.MultiIndex.from_frame(seen[keys].astype(str))
        mine = pd.MultiIndex.from_frame(table.loc[rows, keys].astype(str))
        out[np.flatnonzero(rows)] = mine.isin(seen)
    return out


def rerank(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` (a term-frequency table whose rows were filtered) with each group's
    ``rank`` counted again over its rows (1 = most frequent, ties share the best rank;
    groups are the columns before ``term``). A table without ``rank`` or ``count`` is
    returned as it is."""
    if table.empty or "rank" not in table.columns or "count" not in table.columns:
        return table
    out = table.copy()
    groups = _group_columns(out)
    counts = out.groupby(groups)["count"] if groups else out["count"]
    out["rank"] = counts.rank(method="min", ascending=False).astype("int64")
    out.attrs = dict(table.attrs)
    return out


def without_subsumed(
    table: pd.DataFrame, longer: Sequence[pd.DataFrame], top: int | None = None
) -> pd.DataFrame:
    """``table`` without its subsumed rows (:func:`subsumed`), ranks counted again
    (:func:`rerank`), then the first ``top`` rows of each group (None: all), in the
    table's order (group, rank, term). ``attrs["subsumed_dropped"]`` (int) counts the
    rows left out. Raises as :func:`subsumed`."""
    gone = subsumed(table, longer)
    out = rerank(table[~gone].reset_index(drop=True))
    if top is not None:
        groups = _group_columns(out)
        out = (out.groupby(groups, sort=False).head(top) if groups else out.head(top)).reset_index(
            drop=True
        )
    out.attrs = {**table.attrs, "subsumed_dropped": int(gone.sum())}
    return out
