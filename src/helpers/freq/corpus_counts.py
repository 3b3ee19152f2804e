"""Corpus-scale counting in two passes, as map / reduce / finalise steps.

No token-per-row table of the corpus is ever built. The counting is split so that the
same functions run in one process (:func:`count_corpus`) or on Dask partitions
(``helpers`` dask path: ``map_partitions(count_chunk)``, a tree reduction with
:func:`merge_counts`, then :func:`finalize_counts` on the client):

1. **Map** (:func:`count_chunk`, pass 1 over the text): one chunk of stories (a
   DataFrame with ``story_id`` and the zone columns) -> :class:`SurfaceCounts`: the
   chunk's surface types (its own vocabulary, first-seen order) and, per story, the
   counts of surface unigrams and of adjacent surface n-grams. Tokens are found by the
   tokeniser's own pattern (:data:`helpers.text.tokenize.TOKEN_RE`); counted kinds are
   ``word``, ``latin``, ``abbrev``; an n-gram never crosses a number, punctuation, a
   URL, a line break (sentence and paragraph ends are punctuation or line breaks) or a
   zone, exactly as in :func:`helpers.freq.term_frequencies`.
2. **Reduce** (:func:`merge_counts`): two (or more) :class:`SurfaceCounts` -> one, by
   union of the type vocabularies and concatenation of the per-story entries. Merging
   is associative; a story id present in two parts is summed at finalisation.
   Merge in corpus order (left part first) so "first seen" tie-breaks of labels hold.
3. **Finalise** (:func:`finalize_counts`, pass 2 over *types* only): every surface
   type of the whole corpus is analysed once (normalisation, clitics with the whole
   corpus's types as attestation, stopword) by :func:`analyse_types`, the same
   analysis :func:`helpers.text.tokenize_zones` applies, so keys are identical on
   every path. Surface counts are mapped to term keys: story x key sparse matrices
   (:mod:`scipy.sparse`), one per n-gram order. N-grams holding a stopword key are
   dropped (a stopword is a gap), as in :func:`helpers.freq.term_frequencies`.

The result, :class:`CorpusCounts`, feeds :func:`helpers.freq.term_frequencies`,
:func:`helpers.freq.keyness`, :func:`helpers.freq.time_series`,
:func:`helpers.freq.vocabulary_overlap` and :func:`helpers.freq.shared_terms`.

Labels follow the one rule of :func:`helpers.freq.term_labels`: the most frequent
surface form (n-gram: surface n-gram) of the key over the corpus among those with the
fewest proclitics other than the article (كرة over a more frequent لكرة), ties to the
one seen first.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.charsets import ARABIC_LETTER_SET
from helpers.errors import ArgumentError, CorpusFormatError, check_whole
from helpers.freq.labels import best_per_group
from helpers.freq.pairs import pair_breaks, word_features
from helpers.text.normalize import _key
from helpers.text.tokenize import COUNT_RE, COUNTED_KINDS

__all__ = [
    "CorpusCounts",
    "SurfaceCounts",
    "analyse_types",
    "count_chunk",
    "count_corpus",
    "finalize_counts",
    "merge_counts",
]

_COUNTED = frozenset(COUNTED_KINDS)
_ZONES = ("title", "caption", "body")
#: Columns of the stories table not kept with the counts (text, lists).
_TEXT_COLUMNS = frozenset(
    {"title", "body", "paragraphs", "captions", "photo_credits", "repairs", "text", "content"}
)


def analyse_types(
    types: Sequence[str],
    *,
    known: Iterable[str] = (),
    attested: Sequence[str] | None = None,
    **options: bool,
) -> tuple[list[str], list[str], np.ndarray]:
    """Term key, proclitics and stopword flag of every surface type (pass 2).

    The one entry point of the corpus-scale path (and of :func:`helpers.freq.count_terms`)
    into the word analysis: :class:`helpers.text.Analyser` (behind
    :func:`helpers.text.analyse_types`), the per-type analysis the tokeniser uses, with
    every type of ``types`` as corpus attestation for clitic decisions, exactly as
    :func:`helpers.text.tokenize_zones` attests every word of its table. So keys are
    identical on every path.

    Parameters
    ----------
    types : sequence of str
        Distinct surface types of counted kinds (Arabic words, Latin words,
        abbreviations); they are also the attestation set.
    known : iterable of str
        Extra attested words (see :func:`helpers.text.tokenize`).
    attested : sequence of str, optional
        The surface types whose words attest clitic decisions, when ``types`` is only a
        slice of them (pass 2 split over Dask workers, :mod:`helpers.cluster.tables`);
        default ``types`` itself. The analysis of a type depends only on this set, so
        slices analysed apart give the keys of the whole.
    **options : bool
        Normalisation options (:func:`helpers.text.normalize`).

    Returns
    -------
    (keys, clitics, is_stop)
        ``keys``: list of str, the term key (``base``) of each type; ``clitics``:
        list of str (``"و+ال"``, ``""``); ``is_stop``: bool array. Same order as
        ``types``.

    Raises
    ------
    helpers.errors.ArgumentError
        A type that is not exactly one token, or an unknown option.
    """
    from helpers.text import Analyser

    if isinstance(known, str):
        known = (known,)
    arabic = ARABIC_LETTER_SET
    # kinds of counted surfaces: an Arabic word, or not (Latin word, abbreviation)
    kinds = ["word" if t[0] in arabic and "." not in t else "latin" for t in types]
    words = () if attested is None else (t for t in attested if t[0] in arabic and "." not in t)
    analyse = Analyser(
        words,
        known=known,
        cache=False,  # every type is analysed once
        **options,
    )
    # without a separate attested set the types attest each other (normalised once)
    keys, clitics, stop = analyse.many(types, kinds, attest=attested is None)
    return keys, clitics, np.array(stop, dtype=bool)


# ----------------------------------------------------------------------------- map


@dataclass
class SurfaceCounts:
    """Pass-1 counts of a chunk of stories (the map step's output; picklable).

    Attributes
    ----------
    story_ids : numpy.ndarray of object (str)
        Stories of the chunk, in order.
    tokens : numpy.ndarray of int64
        Counted tokens (word, latin, abbrev; stopwords included) per story.
    types : numpy.ndarray of object (str)
        The chunk's surface types, first-seen order.
    grams : dict int -> (rows, ids, counts)
        Per n-gram order n: ``rows`` (int32, index into ``story_ids``), ``ids`` (int32
        array of shape (m, n), indices into ``types``), ``counts`` (int32): how often
        story ``rows[i]`` holds the surface n-gram ``types[ids[i]]``. Entries in order
        of first occurrence in the chunk. Holds order 2 also when ``n`` holds 1 but
        not 2: :func:`finalize_counts` reads it to take a title's words out of the
        unigram counts (:func:`without_title_uses`), so unigram counts never depend on
        the orders asked (session 23), then drops it.
    meta : pandas.DataFrame
        The stories' non-text columns (``story_id``, ``outlet``, ``date``...), for groups.
    n : tuple of int
        N-gram orders asked for (the orders of :class:`CorpusCounts`).
    zones : tuple of str
        Zones counted.
    """

    story_ids: np.ndarray
    tokens: np.ndarray
    types: np.ndarray
    grams: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]
    meta: pd.DataFrame
    n: tuple[int, ...]
    zones: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.story_ids)


def _check_n(n: Any, func: str) -> tuple[int, ...]:
    ns = (n,) if isinstance(n, int | np.integer) and not isinstance(n, bool) else n
    try:
        ns = tuple(sorted(set(ns)))
    except TypeError:
        ns = ()
    if not ns or any(isinstance(k, bool) or k not in (1, 2, 3) for k in ns):
        raise ArgumentError(f"{func}: n must be 1, 2, 3 or a tuple of them, got {n!r}")
    return ns


def _check_zones(zones: Any, func: str) -> tuple[str, ...]:
    try:
        zs = (zones,) if isinstance(zones, str) else tuple(zones)
    except TypeError:  # None, a number: not zone names
        zs = ()
    bad = [z for z in zs if not isinstance(z, str) or z not in _ZONES]
    if bad or not zs:
        raise ArgumentError(f"{func}: zones must be taken from {', '.join(_ZONES)}, got {zones!r}")
    return tuple(z for z in _ZONES if z in zs)


def _zone_texts(stories: pd.DataFrame, zones: tuple[str, ...], func: str) -> list[list]:
    cols = {"title": "title", "caption": "captions", "body": "body"}
    need = ["story_id", *(cols[z] for z in zones)]
    missing = [c for c in need if c not in stories.columns]
    if missing:
        raise CorpusFormatError(
            f"{func}: the stories table lacks column(s) {missing}",
            hint="use helpers.corpus.load_corpus(path), or pass zones= naming the columns it has",
        )
    out = []
    for z in zones:
        col = stories[cols[z]]
        if z == "caption":
            out.append(["\n".join(c) if isinstance(c, list | tuple) else "" for c in col])
        else:
            out.append([t if isinstance(t, str) else "" for t in col])
    return out


def _ngram_entries(
    ids: np.ndarray, rows: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (story, surface n-gram) pairs with counts, in first-occurrence order."""
    m = len(ids) - n + 1
    if m <= 0:
        return np.zeros(0, np.int32), np.zeros((0, n), np.int32), np.zeros(0, np.int32)
    ok = ids[:m] >= 0
    for j in range(1, n):
        ok &= ids[j : j + m] >= 0
    pos = np.flatnonzero(ok)
    table = np.stack([rows[pos], *(ids[pos + j] for j in range(n))], axis=1)
    code, distinct = _factor_rows(table)
    counts = np.bincount(code, minlength=len(distinct)).astype(np.int32)
    return distinct[:, 0].astype(np.int32), distinct[:, 1:].astype(np.int32), counts


def count_chunk(
    stories: pd.DataFrame,
    *,
    n: int | Sequence[int] = (1, 2),
    zones: Sequence[str] = ("title", "body"),
    intern: dict[str, str] | None = None,
) -> SurfaceCounts:
    """Map step: count surface unigrams and n-grams per story of a chunk (pass 1).

    A plain function of a DataFrame, picklable, so it runs on a Dask partition as it
    runs on a slice of the stories table.

    Parameters
    ----------
    stories : pandas.DataFrame
        Stories (a slice of :func:`helpers.corpus.load_corpus`'s table): ``story_id``
        and the zone columns (``title``, ``body``, ``captions`` for ``"caption"``);
        other non-text columns are kept as :attr:`SurfaceCounts.meta`.
    n : int or tuple of int
        N-gram orders to count, from 1, 2, 3 (default unigrams and bigrams).
    zones : tuple of str
        Zones counted, in the order title, caption, body (default title and body, as
        :func:`helpers.text.tokenize_zones`).
    intern : dict, optional
        A dict shared by the chunks of one process: surface strings seen before are
        reused, so the chunks' vocabularies share one copy of each type in memory.

    Returns
    -------
    SurfaceCounts

    Raises
    ------
    helpers.errors.CorpusFormatError
        A needed column is missing.
    helpers.errors.ArgumentError
        Bad ``n`` or ``zones``.
    """
    func = "count_chunk"
    if not isinstance(stories, pd.DataFrame):
        raise ArgumentError(
            f"{func}: stories must be the stories table (a DataFrame), got {type(stories).__name__}"
        )
    ns = _check_n(n, func)
    zs = _check_zones(zones, func)
    texts = _zone_texts(stories, zs, func)
    findall = COUNT_RE.findall
    toks: list[str] = []
    extend = toks.extend
    append = toks.append
    starts = array("q")
    for zone_texts in zip(*texts, strict=True):
        starts.append(len(toks))
        for text in zone_texts:
            if text:
                extend(findall(text))
                append("")  # a zone ends: no n-gram across it
    # surface types in first-seen order; "" (a gap: number, punctuation, URL, line
    # break, zone end) becomes -1
    codes, uniques = pd.factorize(pd.Series(toks, dtype=object), sort=False)
    del toks
    uniques = np.asarray(uniques, dtype=object)
    if intern is not None:
        setdefault = intern.setdefault
        uniques = np.array([setdefault(t, t) for t in uniques], dtype=object)
    gap = np.flatnonzero(uniques == "")
    ids_np = codes.astype(np.int64)
    if len(gap):
        g = int(gap[0])
        ids_np[ids_np == g] = -1
        ids_np[ids_np > g] -= 1
        uniques = np.delete(uniques, g)
    k = len(stories)
    bounds = np.append(np.frombuffer(starts, dtype=np.int64), len(ids_np)) if k else np.zeros(1)
    rows = np.repeat(np.arange(k, dtype=np.int64), np.diff(bounds).astype(np.int64))
    tokens = np.bincount(rows[ids_np >= 0], minlength=k).astype(np.int64)
    # unigrams also count bigrams: a title's words inside it are no terms, and the
    # rule reads the bigram counts (finalize_counts drops the order if not asked)
    counted = (*ns, 2) if 1 in ns and 2 not in ns else ns
    grams = {g: _ngram_entries(ids_np, rows, g) for g in counted}
    meta_cols = [c for c in stories.columns if c not in _TEXT_COLUMNS]
    meta = stories[meta_cols].reset_index(drop=True)
    return SurfaceCounts(
        story_ids=stories["story_id"].astype(str).to_numpy(dtype=object),
        tokens=tokens,
        types=uniques,
        grams=grams,
        meta=meta,
        n=ns,
        zones=zs,
    )


# -------------------------------------------------------------------------- reduce


def merge_counts(*parts: SurfaceCounts, consume: bool = False) -> SurfaceCounts:
    """Reduce step: merge pass-1 counts of chunks (in corpus order) into one.

    Type vocabularies are united (types of the first part keep their ids, new types of
    later parts are appended in their first-seen order), per-story entries are
    concatenated with their type ids remapped. Associative, so a tree reduction gives
    the same result as a left fold; a story present in two parts is summed by
    :func:`finalize_counts`.

    ``consume=True`` with the parts given as one list: the list is emptied as its
    entries are copied, so the peak stays near one copy of the entries (a left fold of
    pairs holds two at its last step: the merged entries and their copy).

    Raises
    ------
    helpers.errors.ArgumentError
        No parts, a part that is not :class:`SurfaceCounts`, or parts counted with
        different ``n`` or ``zones``; ``consume=True`` without one list of parts.
    """
    if consume:
        if len(parts) != 1 or not isinstance(parts[0], list):
            raise ArgumentError("merge_counts: consume=True takes the parts as one list")
        given = parts[0]
        parts = tuple(given)
    elif len(parts) == 1 and isinstance(parts[0], list | tuple):
        parts = tuple(parts[0])
    if not parts or not all(isinstance(p, SurfaceCounts) for p in parts):
        raise ArgumentError(
            "merge_counts: give one or more SurfaceCounts (outputs of count_chunk), got "
            + ", ".join(type(p).__name__ for p in parts[:3])
        )
    first = parts[0]
    if len(parts) == 1:
        return first
    for p in parts[1:]:
        if p.n != first.n or p.zones != first.zones or set(p.grams) != set(first.grams):
            raise ArgumentError(
                f"merge_counts: parts counted with different settings (n={first.n}, "
                f"zones={first.zones} vs n={p.n}, zones={p.zones})"
            )
    remaps, types = _union(parts)
    if not consume:
        return _concat(list(parts), remaps, types, consume=False)
    del first, p
    given.clear()  # the only references left are the ones _concat releases
    parts = list(parts)
    return _concat(parts, remaps, types, consume=True)


def _union(parts) -> tuple[list[np.ndarray], np.ndarray]:
    """United type vocabulary (first part's order, then new types as first seen) and,
    per part, the int32 map from its type ids to the united ids."""
    index: dict[str, int] = {}
    remaps = []
    for p in parts:
        get = index.get
        where = np.empty(len(p.types), np.int32)
        for i, t in enumerate(p.types):
            j = get(t)
            if j is None:
                j = index[t] = len(index)
            where[i] = j
        remaps.append(where)
    return remaps, np.array(list(index), dtype=object)


def _concat(
    parts: list, remaps: list[np.ndarray], types: np.ndarray, *, consume: bool
) -> SurfaceCounts:
    """Concatenate parts' entries (type ids remapped) into preallocated arrays.

    With ``consume`` the parts' entries are released as they are copied (``parts`` is
    emptied), so the peak stays near one copy of the entries.
    """
    first = parts[0]
    lengths = [len(p) for p in parts]
    offsets = np.cumsum([0, *lengths])
    story_ids = np.concatenate([p.story_ids for p in parts])
    tokens = np.concatenate([p.tokens for p in parts])
    meta = pd.concat([p.meta for p in parts], ignore_index=True)
    ns, zones = first.n, first.zones
    orders = tuple(first.grams)  # may hold order 2 beside n (count_chunk)
    sizes = {g: sum(len(p.grams[g][2]) for p in parts) for g in orders}
    out = {
        g: (np.empty(m, np.int32), np.empty((m, g), np.int32), np.empty(m, np.int32))
        for g, m in sizes.items()
    }
    at = dict.fromkeys(orders, 0)
    for i in range(len(parts)):
        p, r = parts[i], remaps[i]
        for g in orders:
            rows, ids, counts = p.grams[g]
            k, m = at[g], len(counts)
            out[g][0][k : k + m] = rows + np.int32(offsets[i])
            out[g][1][k : k + m] = r[ids]
            out[g][2][k : k + m] = counts
            at[g] = k + m
        if consume:
            parts[i] = None
            remaps[i] = None
            del p
    return SurfaceCounts(
        story_ids=story_ids,
        tokens=tokens,
        types=types,
        grams=out,
        meta=meta,
        n=ns,
        zones=zones,
    )


# ------------------------------------------------------------------------ finalise


@dataclass
class CorpusCounts:
    """Term-key counts of a corpus, per story (sparse), with labels: pass 2's output.

    Attributes
    ----------
    story_ids : numpy.ndarray of object (str)
        Rows of every matrix, corpus order.
    tokens : numpy.ndarray of int64
        Counted tokens per story (word, latin, abbrev; stopwords included): the
        denominator of relative frequencies.
    meta : pandas.DataFrame
        Non-text columns of the stories table, one row per story (``story_id`` first):
        what ``by=`` and selections are resolved against when no ``stories`` is given.
    keys : numpy.ndarray of object (str)
        Unigram term keys (columns of ``matrix[1]``).
    is_stop : numpy.ndarray of bool
        Stopword flag per unigram key.
    matrix : dict int -> scipy.sparse.csr_matrix
        Per n-gram order: stories x n-gram keys, int32 counts (cast to int64 before
        summing over stories: :meth:`group_counts` does).
    parts : dict int -> numpy.ndarray
        Per order n: (K_n, n) int32 indices into ``keys`` of each n-gram key's words.
    label_types : dict int -> numpy.ndarray
        Per order n: (K_n, n) indices into ``types`` of the label's surface words.
    types : numpy.ndarray of object (str)
        Surface types of the corpus.
    n, zones, options
        What was counted and the normalisation options.
    """

    story_ids: np.ndarray
    tokens: np.ndarray
    meta: pd.DataFrame
    keys: np.ndarray
    is_stop: np.ndarray
    matrix: dict[int, sparse.csr_matrix]
    parts: dict[int, np.ndarray]
    label_types: dict[int, np.ndarray]
    types: np.ndarray
    n: tuple[int, ...]
    zones: tuple[str, ...]
    options: dict = field(default_factory=dict)
    _cache: dict = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{g}-grams: {self.matrix[g].shape[1]:,}" for g in self.n)
        return (
            f"CorpusCounts({len(self.story_ids):,} stories, {int(self.tokens.sum()):,} "
            f"tokens, {len(self.types):,} surface types; keys {sizes})"
        )

    def _orders(self, n: Any, func: str) -> int:
        if isinstance(n, bool) or n not in self.n:
            raise ArgumentError(
                f"{func}: n={n!r} was not counted; these counts hold n = "
                f"{', '.join(map(str, self.n))}",
                hint="count_corpus(stories, n=(1, 2, 3)) to count more n-gram orders",
            )
        return int(n)

    def terms(self, n: int = 1) -> np.ndarray:
        """Term keys of order ``n`` (str array; n-grams space-joined), built once."""
        n = self._orders(n, "CorpusCounts.terms")
        if n == 1:
            return self.keys
        got = self._cache.get(("terms", n))
        if got is None:
            got = _join(self.keys, self.parts[n])
            self._cache[("terms", n)] = got
        return got

    def labels(self, n: int = 1) -> np.ndarray:
        """Display label of each term key of order ``n`` (str array), built once."""
        n = self._orders(n, "CorpusCounts.labels")
        got = self._cache.get(("labels", n))
        if got is None:
            from helpers.freq.counts import shown_labels

            got = shown_labels(_join(self.types, self.label_types[n]))
            self._cache[("labels", n)] = got
        return got

    def term_index(self, n: int = 1) -> pd.Index:
        """:meth:`terms` as a pandas Index (column lookup by key), built once."""
        got = self._cache.get(("index", n))
        if got is None:
            got = pd.Index(self.terms(n), dtype=object)
            self._cache[("index", n)] = got
        return got

    def side(self, ids: Iterable[str], n: int = 1) -> tuple[pd.Series, int]:
        """Counts of every key of order ``n`` over some stories, and their token total.

        Returns ``(Series term -> int64 count, keys with count > 0 only, stopword keys
        included; int tokens)``.
        """
        rows = self.rows(ids)
        size = int(self.tokens[rows].sum())
        vec = np.asarray(self.matrix[n][rows].sum(axis=0, dtype=np.int64)).ravel()
        nz = np.flatnonzero(vec)
        return pd.Series(vec[nz], index=pd.Index(self.terms(n)[nz], dtype=object)), size

    def rows(self, ids: Iterable[str]) -> np.ndarray:
        """Row indices of the given story ids (int64 array, in the given order)."""
        where = pd.Index(self.story_ids).get_indexer(list(ids))
        return where[where >= 0]

    def stories_table(self) -> pd.DataFrame:
        """The stories' non-text columns (what groups and selections are resolved on)."""
        return self.meta

    def group_tokens(
        self, by: str | Sequence[str] = "story_id", stories: pd.DataFrame | None = None
    ) -> pd.Series:
        """Counted tokens of each group: the one denominator of every relative frequency
        per group (per 1,000 tokens) and of every "too small to compare" check.

        Parameters
        ----------
        by : str or sequence of str
            ``"story_id"``, a stories column (``"outlet"``) or ``"date:D"`` /
            ``"date:W"`` / ``"date:M"`` (:func:`helpers.corpus.story_groups`); several
            (``["date:D", "outlet"]``) give one total per combination.
        stories : pandas.DataFrame, optional
            The stories table ``by`` is resolved against (default :attr:`meta`).

        Returns
        -------
        pandas.Series
            int64 counted tokens (word, latin, abbrev; stopwords included) per group,
            indexed by the group value (str; ``datetime64[ns]`` period start for
            periods; a MultiIndex for several ``by``), sorted, named ``tokens``. Stories
            without a group value, or absent from these counts, are left out; a group of
            such stories only is absent.

        Raises
        ------
        helpers.errors.ArgumentError
            ``by`` is not a str naming a stories column or a period (nor a non-empty
            sequence of them), or ``stories`` is not a stories table
            (:func:`helpers.corpus.story_groups`).
        """
        from helpers.corpus.groups import story_groups

        table = self.meta if stories is None else stories
        several = not isinstance(by, str)
        bys = list(by) if several and isinstance(by, Iterable) else [by]
        if not bys:
            raise ArgumentError("CorpusCounts.group_tokens: by must name at least one group")
        ids = pd.Index(self.story_ids).astype(str)
        keys, ok = [], np.ones(len(ids), bool)
        for b in bys:
            groups = story_groups(table, b)
            where = pd.Index(groups.index).get_indexer(ids)
            ok &= where >= 0
            keys.append((groups, where))
        values = [g.to_numpy()[w[ok]] for g, w in keys]
        tokens = pd.Series(np.asarray(self.tokens, dtype=np.int64)[ok])
        out = tokens.groupby(values if several else values[0], sort=True).sum().astype(np.int64)
        if several:
            out.index.names = [None] * len(bys)
            return out.rename("tokens")
        return out.rename("tokens").rename_axis(None)


def _join(words: np.ndarray, parts: np.ndarray) -> np.ndarray:
    if parts.shape[1] == 1:
        return words[parts[:, 0]]
    out = words[parts[:, 0]].astype(object)
    for j in range(1, parts.shape[1]):
        out = out + " " + words[parts[:, j]]
    return out.astype(object)


def _csr(rows: np.ndarray, cols: np.ndarray, data: np.ndarray, shape: tuple) -> sparse.csr_matrix:
    """CSR matrix of summed (row, col, data) entries; rows in order need no COO copy."""
    if len(rows) and (np.diff(rows) < 0).any():
        out = sparse.csr_matrix((data, (rows, cols)), shape=shape)
    else:
        indptr = np.zeros(shape[0] + 1, np.int64)
        np.cumsum(np.bincount(rows, minlength=shape[0]), out=indptr[1:])
        out = sparse.csr_matrix((data.copy(), cols.astype(np.int32), indptr), shape=shape)
    out.sum_duplicates()
    return out


def _first_positions(codes: np.ndarray, n_codes: int) -> np.ndarray:
    """Position of the first entry of each code, for codes numbered in order of first
    appearance (as :func:`pandas.factorize` numbers them): a code appears for the first
    time exactly where it exceeds every code before it."""
    if len(codes) == 0:
        return np.zeros(n_codes, np.int64)
    seen = np.maximum.accumulate(codes)
    new = np.empty(len(codes), bool)
    new[0] = True
    new[1:] = seen[1:] > seen[:-1]
    return np.flatnonzero(new)


def _factor_rows(arr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes of the distinct rows of a 2-D int array (first-seen order) and one row each."""
    width = [int(arr[:, j].max(initial=0)) + 1 for j in range(arr.shape[1])]
    if float(np.prod(width, dtype=float)) < 2.0**62:  # one combined key per row
        key = arr[:, 0].astype(np.int64)
        for j in range(1, arr.shape[1]):
            key = key * width[j] + arr[:, j]
        code = pd.factorize(key)[0].astype(np.int64)
    else:  # too many distinct values for one int64 key: factorise column by column
        code = np.zeros(len(arr), np.int64)
        for j in range(arr.shape[1]):
            code = pd.factorize(code * width[j] + arr[:, j])[0].astype(np.int64)
    n_codes = int(code.max(initial=-1)) + 1
    first = _first_positions(code, n_codes)
    return code, arr[first]


def without_title_uses(
    unigrams: sparse.csr_matrix,
    bigrams: sparse.csr_matrix,
    keys: np.ndarray,
    pairs: np.ndarray,
) -> sparse.csr_matrix:
    """``unigrams`` (stories x unigram keys ``keys``) less the uses of a title's words
    standing inside the title (session 23): for each bigram key (``pairs``: (K2, 2)
    indices into ``keys``) that is a pair of :func:`helpers.text.title_pairs` («صاحب
    سمو»، «سمو ملكي»، «ملكي امير»), one use of its first word per count, story by story.
    The head noun that ends a title (الأمير of «صاحب السمو الملكي الأمير») is the first
    word of no such pair and stays a term; so do صاحب of «صاحب العمل» and الملكي of
    «الديوان الملكي». A word's count never goes below 0 (each pair counted is a use of
    its first word). Returns a new int32 CSR matrix of the same shape, zeros removed;
    ``unigrams`` itself when no pair was counted. Method and counts:
    :func:`helpers.text.title_pairs`."""
    from helpers.text import title_pairs

    if not len(pairs) or not unigrams.nnz:
        return unigrams
    wanted = title_pairs()
    first, second = keys[pairs[:, 0]], keys[pairs[:, 1]]
    cols = np.flatnonzero([(a, b) in wanted for a, b in zip(first, second, strict=True)])
    if not len(cols):
        return unigrams
    # bigram column -> its first word's unigram column
    to_word = _csr(
        np.arange(len(cols)),
        pairs[cols, 0].astype(np.int64),
        np.ones(len(cols), np.int32),
        (len(cols), unigrams.shape[1]),
    )
    inside = (bigrams[:, cols] @ to_word).astype(unigrams.dtype)
    if not inside.nnz:
        return unigrams
    out = (unigrams - inside).tocsr()
    out.data = np.maximum(out.data, 0)
    out.eliminate_zeros()
    return out


def finalize_counts(
    surface: SurfaceCounts,
    *,
    known: Iterable[str] = (),
    consume: bool = False,
    analysis: tuple[Sequence[str], Sequence[str], np.ndarray] | None = None,
    **options: bool,
) -> CorpusCounts:
    """Finalise step (pass 2, over types): surface counts -> term-key counts.

    Every surface type is analysed once with the whole corpus's types as attestation
    (:func:`analyse_types`); story x key matrices are the story x surface counts
    mapped through the surface -> key mapping; n-grams holding a stopword key are
    dropped; labels are chosen by the rule of :func:`helpers.freq.term_labels`.

    Parameters
    ----------
    surface : SurfaceCounts
        Merged pass-1 counts of the whole corpus (:func:`merge_counts`).
    known : iterable of str
        Extra attested words for clitic decisions.
    consume : bool
        Free ``surface``'s entries as they are used (lower peak memory; ``surface`` is
        emptied). Default False.
    analysis : (keys, clitics, is_stop), optional
        :func:`analyse_types` of ``surface.types`` (same order, same ``known`` and
        options), already computed, e.g. in slices on several Dask workers; default:
        computed here.
    **options : bool
        Normalisation options (:func:`helpers.text.normalize`).

    Returns
    -------
    CorpusCounts

    Raises
    ------
    helpers.errors.ArgumentError
        ``surface`` is not a :class:`SurfaceCounts`.
    """
    if not isinstance(surface, SurfaceCounts):
        raise ArgumentError(
            f"finalize_counts: expected the SurfaceCounts of count_chunk/merge_counts, got "
            f"{type(surface).__name__}"
        )
    if isinstance(known, str):
        known = (known,)
    story_ids, row_of = surface.story_ids, None
    if len(set(story_ids)) != len(story_ids):  # a story in two parts: sum it
        codes, uniq = pd.factorize(pd.Series(story_ids, dtype=object))
        row_of = codes.astype(np.int64)
        story_ids = np.asarray(uniq, dtype=object)
    n_st = len(story_ids)
    tokens = surface.tokens
    meta = surface.meta
    if row_of is not None:
        tokens = np.bincount(row_of, weights=tokens, minlength=n_st).astype(np.int64)
        meta = meta.drop_duplicates("story_id").reset_index(drop=True)
    types = surface.types
    if analysis is None:
        analysis = analyse_types(list(types), known=known, **options)
    keys_t, clitics_t, stop_t = analysis
    if not len(keys_t) == len(clitics_t) == len(stop_t) == len(types):
        raise ArgumentError(
            f"finalize_counts: analysis holds {len(keys_t)} types, the counts {len(types)}"
        )
    penalty_t = (~pd.Series(clitics_t, dtype=object).isin(["", "ال"])).to_numpy(np.int64)
    kid_t, keys = pd.factorize(pd.Series(keys_t, dtype=object))
    kid_t = kid_t.astype(np.int32)
    keys = np.asarray(keys, dtype=object)
    n_keys, n_types = len(keys), len(types)
    is_stop = np.zeros(n_keys, bool)
    is_stop[kid_t] = stop_t
    stop_t = is_stop[kid_t]  # per type: its key is a stopword
    matrix, parts, label_types = {}, {}, {}
    orders = sorted(surface.grams)  # order 2 may be there for the title rule alone
    features = word_features(keys_t, clitics_t, types) if max(orders) > 1 else None
    for g in orders:
        rows, ids, counts = surface.grams.pop(g) if consume else surface.grams[g]
        if row_of is not None:
            rows = row_of[rows]
        if g > 1:  # a stopword is a gap: n-grams holding one are not terms
            keep = ~stop_t[ids].any(axis=1)
            for j in range(g - 1):  # nor a pair that is no phrase (helpers.freq.pairs)
                keep &= ~pair_breaks(features, ids[:, j], ids[:, j + 1])
            rows, ids, counts = rows[keep], ids[keep], counts[keep]
            del keep
        if g == 1:
            # every type occurs as a unigram, and type ids follow first appearance
            col = kid_t[ids[:, 0]]
            part = np.arange(n_keys, dtype=np.int32)[:, None]
            sid, surf = ids[:, 0], np.arange(n_types, dtype=np.int32)[:, None]
            first = np.arange(n_types)
        else:
            col, part = _factor_rows(kid_t[ids])
            sid, surf = _factor_rows(ids) if len(ids) else (np.zeros(0, np.int64), ids)
            first = _first_positions(sid, len(surf))
        n_cols = len(part)
        matrix[g] = _csr(rows, col, counts, (n_st, n_cols))
        del rows
        # labels: the best surface n-gram of each key over the corpus
        n_surf = len(surf)
        total = np.bincount(sid, weights=counts, minlength=n_surf)
        pen = penalty_t[surf].sum(axis=1) if n_surf else np.zeros(0, np.int64)
        key_of_surf = np.zeros(n_surf, np.int64)
        key_of_surf[sid] = col
        del sid, col, ids, counts
        best = best_per_group(key_of_surf, total, pen, first, n_cols)
        lab = np.zeros((n_cols, g), np.int32)
        has = best >= 0
        lab[has] = surf[best[has]]
        parts[g] = part
        label_types[g] = lab
    if 1 in matrix and 2 in matrix:  # a title's words are no terms inside it
        matrix[1] = without_title_uses(matrix[1], matrix[2], keys, parts[2])
    for g in orders:  # an order counted only for the title rule is not kept
        if g not in surface.n:
            del matrix[g], parts[g], label_types[g]
    return CorpusCounts(
        story_ids=story_ids,
        tokens=tokens,
        meta=meta,
        keys=keys,
        is_stop=is_stop,
        matrix=matrix,
        parts=parts,
        label_types=label_types,
        types=types,
        n=surface.n,
        zones=surface.zones,
        options=dict(_key(options)),
    )


def count_corpus(
    stories: pd.DataFrame,
    *,
    n: int | Sequence[int] = (1, 2),
    zones: Sequence[str] = ("title", "body"),
    known: Iterable[str] = (),
    chunk_size: int = 500,
    progress: bool | None = None,
    **options: bool,
) -> CorpusCounts:
    """Count term keys and n-grams per story of a whole corpus, within memory.

    Runs :func:`count_chunk` on chunks of ``chunk_size`` stories (pass 1, with a tqdm
    progress bar: stories done, rate, ETA), :func:`merge_counts`, then
    :func:`finalize_counts` (pass 2 over types). Memory grows with the number of
    distinct (story, term) pairs, never with a token-per-row table. Keys are those of
    :func:`helpers.text.tokenize_zones` on the same zones.

    Parameters
    ----------
    stories : pandas.DataFrame
        The stories table (:func:`helpers.corpus.load_corpus`).
    n : int or tuple of int
        N-gram orders counted (default 1 and 2).
    zones : tuple of str
        Zones counted (default title and body).
    known : iterable of str
        Extra attested words for clitic decisions.
    chunk_size : int
        Stories per map step (>= 1).
    progress : bool or None
        Show the progress bar; ``None`` shows it only when pass 1 lasts over 2 s.
    **options : bool
        Normalisation options (:func:`helpers.text.normalize`).

    Returns
    -------
    CorpusCounts
        Use with :func:`helpers.freq.term_frequencies`, :func:`helpers.freq.keyness`,
        :func:`helpers.freq.time_series`, the overlap functions.

    Raises
    ------
    helpers.errors.CorpusFormatError
        A needed column is missing.
    helpers.errors.ArgumentError
        Bad ``n``, ``zones`` or ``chunk_size``, or ``stories`` is not a DataFrame.
    """
    from tqdm.auto import tqdm

    func = "count_corpus"
    if not isinstance(stories, pd.DataFrame):
        raise ArgumentError(
            f"{func}: stories must be the stories table (a DataFrame), got "
            f"{type(stories).__name__}",
            hint="use helpers.corpus.load_corpus(path)",
        )
    chunk_size = check_whole(chunk_size, func, "chunk_size")
    ns = _check_n(n, func)
    zs = _check_zones(zones, func)
    _zone_texts(stories.iloc[:0], zs, func)  # column check before any work
    parts: list[SurfaceCounts] = []
    intern: dict[str, str] = {}
    with tqdm(
        total=len(stories),
        unit="story",
        desc="counting (pass 1: surface forms)",
        disable=progress is False,
        delay=0 if progress else 2,
    ) as bar:
        for start in range(0, len(stories), chunk_size):
            chunk = stories.iloc[start : start + chunk_size]
            parts.append(count_chunk(chunk, n=ns, zones=zs, intern=intern))
            bar.update(len(chunk))
    del intern
    if not parts:
        parts = [count_chunk(stories, n=ns, zones=zs)]
    merged = merge_counts(parts, consume=True)
    return finalize_counts(merged, known=known, consume=True, **options)
