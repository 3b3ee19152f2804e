"""The labelling rule of every khabar term table: which surface form shows a term key.

A term key (the normalised form, or ``base``) counts many surface forms: كرة, الكرة,
لكرة, بالكرة. A table shows one of them, its *label*. The rule, the same in
:func:`helpers.freq.term_labels`, :func:`helpers.freq.term_frequencies`,
:func:`helpers.freq.count_terms` and :func:`helpers.freq.count_corpus`:

1. fewest words carrying proclitics other than the article (a *penalty* of 0 for كرة and
   الكرة, 1 for لكرة), so the label shows the word the key counts: كرة over a more
   frequent لكرة in sports news (لكرة القدم), نسبة over بنسبة;
2. then the most frequent surface;
3. then the surface seen first.

A word written only with a proclitic (للاجئين alone) keeps it. The rule lives here once;
each counter computes the candidates' counts, penalties and first positions its own way
(pandas groups, sorted arrays, sparse matrices) and asks this module for the winners.
"""

from __future__ import annotations

import numpy as np

__all__ = ["best_per_group", "label_order"]


def label_order(
    group: np.ndarray, count: np.ndarray, penalty: np.ndarray, first: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Order candidates so that each group's label comes first in its run.

    Parameters
    ----------
    group : numpy.ndarray of int, shape (m,)
        The term key of each candidate surface (any integer codes).
    count : numpy.ndarray of int or float, shape (m,)
        Occurrences of each candidate.
    penalty : numpy.ndarray of int, shape (m,)
        Words of the candidate that carry proclitics other than the article.
    first : numpy.ndarray of int, shape (m,), optional
        Position where the candidate was first seen; default its index (candidates
        given in first-seen order).

    Returns
    -------
    (order, starts) : two numpy.ndarray of int64
        ``order`` sorts the candidates by group, then penalty (ascending), count
        (descending), first (ascending); ``starts`` are the positions in ``order`` where a
        group's run begins, so ``order[starts]`` are the labels, one per group present, in
        ascending group code. Both are empty for m = 0.
    """
    group = np.asarray(group)
    if first is None:
        first = np.arange(len(group))
    order = np.lexsort((first, -np.asarray(count), np.asarray(penalty), group))
    if len(order) == 0:
        return order.astype(np.int64), np.zeros(0, np.int64)
    g = group[order]
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
    return order.astype(np.int64), starts.astype(np.int64)


def best_per_group(
    group: np.ndarray,
    count: np.ndarray,
    penalty: np.ndarray,
    first: np.ndarray,
    n_groups: int,
) -> np.ndarray:
    """Index of the label candidate of each group (:func:`label_order`'s rule).

    Parameters
    ----------
    group, count, penalty, first : numpy.ndarray, shape (m,)
        As in :func:`label_order`; ``group`` holds codes in ``range(n_groups)``.
    n_groups : int
        Number of groups.

    Returns
    -------
    numpy.ndarray of int64, shape (n_groups,)
        The candidate's index for each group; -1 for a group with no candidate.
    """
    order, starts = label_order(group, count, penalty, first)
    out = np.full(n_groups, -1, np.int64)
    best = order[starts]
    out[np.asarray(group)[best]] = best
    return out
