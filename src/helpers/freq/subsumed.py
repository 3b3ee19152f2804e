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

    an n-gram g of a group seen at least twice is **subsumed** when some longer n-gram h
    of the same group (up to the longest order given) contains g as consecutive words
    and ``count(h) == count(g)``.

Each use of h holds a use of g at the same position, so ``count(h) <= count(g)``, and
equality means every use of g lies inside a use of h. An n-gram partly inside a longer
one (بشار اسد 5 with رئيس بشار اسد 2) stays; an n-gram seen once is never subsumed
(:data:`REPEATED`). :func:`without_subsumed` puts h in g's
place, as SubString's reduced lists keep the longer string: dropping alone would take a
name out of a bigram list when both its pairs tie with it (رجب طيب 5 and طيب اردوغان 5
inside رجب طيب اردوغان 5, alyaum 2015-07-25/26), so the list holds trigrams (``n`` 3)
where they stand for their pairs. Two longer n-grams that together cover every use
(x g 1, g y 1, g 2) do not subsume g: the rule looks at one longer n-gram. The longer
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

__all__ = ["REPEATED", "rerank", "subsumed", "without_subsumed"]

#: Only n-grams seen at least this often can be subsumed: an n-gram seen once is always
#: inside the one trigram around it (every pair of a story's tail would give way to
#: overlapping trigrams seen once: embedded story 2, viewed), which says nothing of a
#: fixed phrase.
REPEATED = 2


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


def _check_all(table, longer, func: str) -> tuple[list[str], pd.DataFrame]:
    """The group columns and the longer tables as one (rows renumbered)."""
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
    both = [t for t in longer if len(t)]
    return groups, (pd.concat(both, ignore_index=True) if both else table.iloc[:0])


def _holders(table: pd.DataFrame, groups: list[str], longer: pd.DataFrame) -> pd.DataFrame:
    """Pairs (``row``: position in ``table``, ``holder``: position in ``longer``) where
    the longer n-gram holds the row's n-gram and has its count, in the same group."""
    keys = [*groups, "term", "count"]
    pairs = []
    for k in sorted(set(table["n"].astype(int))):
        # a pair seen once lies inside whatever trigram holds it: no evidence (REPEATED)
        rows = np.flatnonzero(((table["n"] == k) & (table["count"] >= REPEATED)).to_numpy())
        found = []
        for m in sorted(set(longer["n"].astype(int))):
            if m <= k:
                continue
            tm = longer[longer["n"] == m]
            words = tm["term"].astype(str).str.split(" ", expand=True)
            for j in range(m - k + 1):  # each run of k consecutive words of the m-gram
                sub = words[j].str.cat([words[j + i] for i in range(1, k)], sep=" ")
                found.append(
                    tm[groups].assign(
                        term=sub.to_numpy(), count=tm["count"], holder=tm.index.to_numpy()
                    )
                )
        if not found or not len(rows):
            continue
        found = pd.concat(found, ignore_index=True)
        mine = table.iloc[rows][keys].assign(row=rows)
        on = [f"_{i}" for i in range(len(keys))]
        left = mine.assign(**{o: mine[c].astype(str) for o, c in zip(on, keys, strict=True)})
        right = found.assign(**{o: found[c].astype(str) for o, c in zip(on, keys, strict=True)})
        pairs.append(left[["row", *on]].merge(right[["holder", *on]], on=on)[["row", "holder"]])
    if not pairs:
        return pd.DataFrame({"row": np.zeros(0, np.int64), "holder": np.zeros(0, np.int64)})
    return pd.concat(pairs, ignore_index=True).drop_duplicates()


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
    groups, both = _check_all(table, longer, "subsumed")
    out = np.zeros(len(table), bool)
    if len(table) and len(both):
        out[_holders(table.reset_index(drop=True), groups, both)["row"].to_numpy()] = True
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
    """``table`` with each subsumed row (:func:`subsumed`) giving way to the longer
    n-gram that holds it: the subsumed rows are left out and each row of ``longer``
    that subsumed one comes in (once, with its own columns: ``n`` says its length), so
    «رجب طيب اردوغان» 5 stands for رجب طيب 5 and طيب اردوغان 5 instead of the name
    leaving the list; a longer n-gram whose words also stand on their own (بشار اسد 5
    beside رئيس بشار اسد 2) comes in too. Ranks are counted again (:func:`rerank`),
    rows sorted by group (in the table's order), rank, term; then the first ``top``
    rows of each group (None: all). ``attrs["subsumed_dropped"]`` (int) counts the rows
    left out, ``attrs["subsumed_longer"]`` the longer rows brought in. Raises as
    :func:`subsumed`."""
    groups, both = _check_all(table, longer, "without_subsumed")
    table = table.reset_index(drop=True)
    pairs = _holders(table, groups, both) if len(table) and len(both) else None
    if pairs is None or pairs.empty:
        out = table.copy()
        gone, came = 0, 0
    else:
        holders = both.loc[np.unique(pairs["holder"].to_numpy()), list(table.columns)]
        kept = table.drop(index=np.unique(pairs["row"].to_numpy()))
        gone, came = len(table) - len(kept), len(holders)
        out = pd.concat([kept, holders], ignore_index=True).astype(table.dtypes.to_dict())
        order = [*groups, "count", "term"]
        if groups:  # groups stay in the table's order
            first = {g: i for i, g in enumerate(table[groups[0]].drop_duplicates())}
            out["_g"] = out[groups[0]].map(first)
            order = ["_g", *groups[1:], "count", "term"]
        asc = [True] * (len(order) - 2) + [False, True]
        out = out.sort_values(order, ascending=asc, kind="stable").drop(
            columns="_g", errors="ignore"
        )
        out = rerank(out.reset_index(drop=True))
    if top is not None:
        out = out.groupby(groups, sort=False).head(top) if groups else out.head(top)
        out = out.reset_index(drop=True)
    out.attrs = {**table.attrs, "subsumed_dropped": int(gone), "subsumed_longer": int(came)}
    return out
