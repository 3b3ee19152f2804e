"""Term frequencies, n-grams, document frequency, TF-IDF and streaming counts.

Terms are **base forms** (``tokens.base``: normalised, proclitics removed), so
والعراق, العراق and العراقـ all count as عراق. The label shown to readers is the most
frequent surface form of the key in the whole table (a chart says الأميركي, not
اميركي). N-grams are space-joined base forms; they never cross punctuation, numbers,
URLs, sentence, paragraph or zone boundaries, and (by default) never contain a
stopword, so a stopword is a gap, not a bridge.

Relative frequency is per 1,000 tokens, the denominator being every counted token
(kinds ``word``, ``latin``, ``abbrev``, stopwords included) of the group, for n-grams too.

TF-IDF variant (stated, as the issue asks): raw count times smoothed inverse document
frequency, ``tfidf = count * (ln((1 + N) / (1 + df)) + 1)``, with N the number of groups
(stories) and df the number of groups the term occurs in; no length normalisation. This
is scikit-learn's ``TfidfTransformer(smooth_idf=True, norm=None)`` (Salton & Buckley 1988,
"Term-weighting approaches in automatic text retrieval"; smoothing as in scikit-learn).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.charsets import WITHOUT_LABEL_MARKS
from helpers.errors import (
    ArgumentError,
    CorpusFormatError,
    CorpusNotFoundError,
    DecodingError,
    UnreadableFileError,
    check_flag,
    check_whole,
)
from helpers.freq.labels import best_per_group, label_order
from helpers.freq.pairs import pair_breaks, word_features
from helpers.text.normalize import _key
from helpers.text.tokenize import COUNTED_KINDS, count_counted_surfaces

__all__ = ["FREQ_COLUMNS", "TOKEN_KINDS", "count_terms", "term_frequencies", "term_labels"]

#: Columns of the term-frequency table after the optional group column, with dtypes.
FREQ_COLUMNS: dict[str, str] = {
    "term": "str",
    "label": "str",
    "n": "int64",
    "count": "int64",
    "per_1000": "float64",
    "rank": "int64",
    "df": "int64",
    "tfidf": "float64",
}
_COUNTED = COUNTED_KINDS
#: Token kinds of the tokens table (``kind`` column of :func:`helpers.text.tokenize`).
TOKEN_KINDS: tuple[str, ...] = ("word", "number", "punct", "latin", "abbrev", "url")


def _names(value, arg: str, func: str, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """A collection of names (token kinds, stopwords) as a tuple of str.

    A single ``str`` is one name (``kinds="word"`` is ``("word",)``), never a sequence of
    one-letter names. Raises :class:`helpers.errors.ArgumentError` naming ``arg`` for a
    non-iterable value, an item that is not a ``str``, or a name outside ``allowed``.
    """
    if isinstance(value, str):
        items: tuple = (value,)
    else:
        try:
            items = tuple(value)
        except TypeError:
            raise ArgumentError(
                f"{func}: {arg} must be a string or a list of strings, "
                f"got {type(value).__name__} {value!r}"
            ) from None
    bad = [v for v in items if not isinstance(v, str)]
    if bad:
        raise ArgumentError(
            f"{func}: {arg} must hold strings, got {', '.join(repr(v) for v in bad[:5])}"
        )
    unknown = [v for v in items if allowed is not None and v not in allowed]
    if unknown:
        raise ArgumentError(
            f"{func}: unknown {arg} {', '.join(map(repr, unknown[:5]))}; "
            f"allowed: {', '.join(allowed)}"
        )
    return items


def _kinds(kinds, func: str) -> tuple[str, ...] | None:
    """``kinds`` argument: ``None`` (every kind) or a tuple of :data:`TOKEN_KINDS`."""
    return None if kinds is None else _names(kinds, "kinds", func, TOKEN_KINDS)


_NEEDED = ("base", "surface", "kind", "is_stop", "sentence", "paragraph")


def smoothed_idf(df: np.ndarray, n_docs: int) -> np.ndarray:
    """Smoothed inverse document frequency, ``ln((1 + N) / (1 + df)) + 1``.

    ``df`` is an array of document frequencies, ``n_docs`` (N) the number of documents
    (stories or groups). The form is scikit-learn's ``smooth_idf=True`` (module docstring);
    it stays positive for a term in every document, so shared terms keep weight.
    """
    return np.log((1.0 + n_docs) / (1.0 + np.asarray(df, dtype=float))) + 1.0


def _empty(by: str | None) -> pd.DataFrame:
    cols = {c: pd.Series([], dtype=d) for c, d in FREQ_COLUMNS.items()}
    if by is not None:
        cols = {by: pd.Series([], dtype="str"), **cols}
    return pd.DataFrame(cols)


def _labels(keys: pd.Series, surfaces: pd.Series, penalty: np.ndarray) -> pd.Series:
    """The label of each key by :mod:`helpers.freq.labels`' rule (fewest proclitics
    beyond the article, then most frequent, then first seen), from one row per
    occurrence: ``penalty`` is the occurrence's count of such proclitics; directional
    marks removed (:func:`shown_labels`).

    Returns a Series indexed by key (sorted) with the label surface as value.
    """
    pairs = pd.DataFrame({"key": keys.to_numpy(), "surface": surfaces.to_numpy()})
    pairs["order"] = np.arange(len(pairs))
    pairs["penalty"] = penalty
    stats = pairs.groupby(["key", "surface"], sort=False).agg(
        c=("order", "size"), p=("penalty", "min"), first=("order", "min")
    )
    stats = stats.reset_index()
    codes, uniques = pd.factorize(stats["key"], sort=True)
    best = best_per_group(
        codes, stats["c"].to_numpy(), stats["p"].to_numpy(), stats["first"].to_numpy(), len(uniques)
    )
    labels = shown_labels(stats["surface"].to_numpy()[best])
    return pd.Series(labels, index=np.asarray(uniques, dtype=object))


def shown_labels(labels: np.ndarray) -> np.ndarray:
    """``labels`` (object array of str) without invisible formatting characters
    (:data:`helpers.charsets.INVISIBLE`: directional marks LRM, RLM, ALM, bidi
    embeddings, overrides and isolates, ZWSP, ZWNJ, ZWJ, word joiners, BOM, soft
    hyphen), which a surface may hold (the loader keeps them in story text: a scraped
    «\u202bدنقلا\u202c» gave the pair label «مدينة دنقلا» a U+202C) and a label shown
    alone must not: a chart sets a label's direction itself, and an invisible character
    makes two labels that look the same; and without tashkeel and tatweel
    (:data:`helpers.charsets.WITHOUT_LABEL_MARKS`: a vowelled أستمدّ is labelled أستمد,
    as a reader sees the other words). The one last step of every term label (tokens
    tables and corpus counts): the commonest written form's letters, the counts
    unchanged."""
    joined = "".join(labels)  # one C-level scan: most tables hold no mark at all
    if not _LABEL_MARK_RE.search(joined):
        return labels
    out = np.array(labels, dtype=object)
    for i, s in enumerate(out):
        if _LABEL_MARK_RE.search(s):
            out[i] = s.translate(WITHOUT_LABEL_MARKS)
    return out


#: Any character :data:`helpers.charsets.WITHOUT_LABEL_MARKS` removes.
_LABEL_MARK_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in WITHOUT_LABEL_MARKS) + "]")


def _clitic_penalty(tokens: pd.DataFrame) -> np.ndarray:
    """1 where a token carries proclitics other than the article alone, else 0."""
    if "clitics" in tokens.columns:
        return (~tokens["clitics"].astype(str).isin(["", "ال"])).to_numpy(np.int64)
    return np.zeros(len(tokens), np.int64)


def term_labels(
    tokens: pd.DataFrame, key: str = "base", kinds: Iterable[str] | None = None
) -> pd.Series:
    """The display label of every term key: its most frequent surface form without
    proclitics other than the article, else its most frequent surface form.

    This is the one labelling rule of khabar: :func:`term_frequencies`,
    :func:`helpers.freq.keyness`, :func:`helpers.freq.shared_terms` and the charts drawn
    from them all use it, so one term key gets one label in every table of a corpus.
    A surface with proclitics other than the article (the ``clitics`` column, when
    present) is a label only when the key has no other: الوجود over a more frequent
    للوجود, كرة over لكرة. Ties go to the one seen first in table order.

    Parameters
    ----------
    tokens : pandas.DataFrame
        A tokens table with ``surface`` and the ``key`` column (``clitics`` and ``kind``
        used when present).
    key : str
        The term key column (default ``base``).
    kinds : str or iterable of str, optional
        Count only tokens of these kinds (``kind`` column; one of :data:`TOKEN_KINDS`;
        a single string is one kind); default every token.

    Returns
    -------
    pandas.Series
        Index: term keys (str); values: labels (str). Empty for an empty table.

    Raises
    ------
    helpers.errors.CorpusFormatError
        ``surface`` or the ``key`` column is missing.
    helpers.errors.ArgumentError
        An unknown kind.
    """
    missing = [c for c in (key, "surface") if c not in getattr(tokens, "columns", ())]
    if missing:
        raise CorpusFormatError(
            f"term_labels: the tokens table lacks column(s) {missing}",
            hint="build it with helpers.text.tokenize_zones(zones)",
        )
    kinds = _kinds(kinds, "term_labels")
    if kinds is not None and "kind" in tokens.columns:
        tokens = tokens[tokens["kind"].isin(kinds)]
    if len(tokens) == 0:
        return pd.Series([], dtype="str")
    return _labels(
        tokens[key].astype(str), tokens["surface"].astype(str), _clitic_penalty(tokens)
    ).astype("str")


def term_frequencies(
    tokens: pd.DataFrame,
    by: str | None = "story_id",
    n: int = 1,
    *,
    drop_stop: bool = True,
    extra_stopwords: Iterable[str] = (),
    kinds: Iterable[str] = _COUNTED,
    min_count: int = 1,
    top: int | None = None,
    stories: pd.DataFrame | None = None,
    drop_subsumed: bool = False,
) -> pd.DataFrame:
    """Count term keys (n = 1) or n-grams (n = 2, 3) per group of a tokens table.

    Parameters
    ----------
    tokens : pandas.DataFrame or helpers.freq.CorpusCounts
        A tokens table (:func:`helpers.text.tokenize_zones` or
        :func:`helpers.text.tokenize`): needs ``base``, ``surface``, ``kind``,
        ``is_stop``, ``sentence``, ``paragraph`` and the ``by`` column (or
        ``story_id`` and ``stories=``); ``zone`` is used as an n-gram boundary where
        present, ``clitics`` by the gender rule of :mod:`helpers.freq.pairs` where
        present (without it that rule is off for n >= 2; the name-of-God rule needs
        only ``base`` and ``surface``). Or the corpus counts of
        :func:`helpers.freq.count_corpus` (the corpus-scale path; same table, same
        values).
    by : str or None
        The groups (:mod:`helpers.corpus.groups`): ``story_id`` (default), a stories
        column (``"outlet"``), or ``"date:D"``/``"date:W"``/``"date:M"``; a column of
        the tokens table itself is used as it is; ``None`` counts the whole table as
        one.
    n : int
        1, 2 or 3.
    drop_stop : bool
        Drop stopwords (``is_stop``) and n-grams containing one.
    extra_stopwords : str or iterable of str
        More base forms to drop, e.g. :func:`helpers.text.reporting_verbs` (a single
        string is one word).
    kinds : str, iterable of str or None
        Token kinds counted, from :data:`TOKEN_KINDS` (default word, latin, abbrev;
        numbers, punctuation and URLs are excluded and break n-grams). A single string
        is one kind (``kinds="word"``); ``None`` counts every kind.
    min_count : int
        Keep terms with ``count >= min_count``.
    top : int or None
        Keep the first ``top`` (>= 1) rows per group (by rank, ties in term order);
        ``None`` keeps every row.
    stories : DataFrame, optional
        The stories table, for a ``by`` that is not a column of ``tokens`` (default for
        corpus counts: their own ``meta``). Stories without a group value are left out.
    drop_subsumed : bool
        Off by default. True: the n-grams (n = 2) *subsumed* by a trigram of the same
        group, i.e. inside one trigram as many times as they occur, give way to that
        trigram (رئيس بشار 2 → رئيس بشار اسد 2; بشار اسد 5 stays), so the table holds
        rows with ``n`` 3 too; ranks counted again (:mod:`helpers.freq.subsumed`: the
        rule, its source, ties). The trigrams are
        counted from the same tokens (or counts) with the same options; corpus counts
        must hold n = 3 (``count_corpus(stories, n=(1, 2, 3))``). No effect for n = 3
        (the longest order); for n = 1 against bigrams and trigrams.

    Returns
    -------
    pandas.DataFrame
        :func:`helpers.corpus.group_column` ``(by)`` (str; datetime64[ns] period start
        for periods; absent when ``by`` is None), ``term`` (str, base forms space-joined), ``label``
        (str, most frequent surface form or surface n-gram of the key over the whole
        table), ``n`` (int64), ``count`` (int64), ``per_1000`` (float64, count per
        1,000 counted tokens of the group), ``rank`` (int64, 1 = most frequent, ties
        share the best rank), ``df`` (int64, number of groups containing the term),
        ``tfidf`` (float64, see module docstring; N = groups with counted tokens).
        Sorted by group, rank, term. Corpus counts give the same table as the tokens
        of the same zones; they hold the kinds word, latin, abbrev only, and no n-gram
        with a stopword.

    Raises
    ------
    helpers.errors.CorpusFormatError
        A needed column is missing.
    helpers.errors.ArgumentError
        ``by`` names no stories column or is empty for every story (the message lists
        the columns); other ``kinds`` or ``drop_stop=False`` with n > 1 on corpus
        counts.
    helpers.errors.ArgumentError
        When ``n`` is not 1, 2 or 3, ``top`` is not None or >= 1, ``min_count`` is
        not a whole number >= 1, ``drop_stop`` or ``drop_subsumed`` is not True or False, or
        ``kinds`` / ``extra_stopwords`` are not strings or name an unknown kind.
    """
    if not isinstance(n, int | np.integer) or isinstance(n, bool) or n not in (1, 2, 3):
        raise ArgumentError(
            f"term_frequencies: n must be 1, 2 or 3 (unigrams, bigrams, trigrams), got {n!r}"
        )
    top = check_whole(top, "term_frequencies", "top", none_ok=True, hint="None counts every term")
    drop_stop = check_flag(drop_stop, "term_frequencies", "drop_stop")
    min_count = check_whole(min_count, "term_frequencies", "min_count")
    kinds = _kinds(kinds, "term_frequencies")
    extra = set(_names(extra_stopwords, "extra_stopwords", "term_frequencies"))
    if check_flag(drop_subsumed, "term_frequencies", "drop_subsumed") and n < 3:
        from helpers.freq.subsumed import without_subsumed

        same = {"by": by, "drop_stop": drop_stop, "extra_stopwords": sorted(extra)}
        same.update(kinds=kinds, min_count=min_count, stories=stories)
        table = term_frequencies(tokens, n=n, **same)
        longer = [term_frequencies(tokens, n=k, **same) for k in range(n + 1, 4)]
        return without_subsumed(table, longer, top)
    from helpers.freq.corpus_counts import CorpusCounts

    if isinstance(tokens, CorpusCounts):
        return _frequencies_from_counts(
            tokens, by, n, stories, drop_stop, extra, kinds, min_count, top
        )
    gname = by
    if (
        by is not None
        and stories is not None
        and (by not in getattr(tokens, "columns", ()) or ":" in by)
        and "story_id" in getattr(tokens, "columns", ())
    ):
        from helpers.corpus.groups import group_column, story_groups

        groups = story_groups(stories, by)
        gname = group_column(by)
        sid = tokens["story_id"].astype(str)
        tokens = tokens[sid.isin(groups.index)].copy()
        tokens[gname] = tokens["story_id"].astype(str).map(groups)
        by = gname
    needed = [*_NEEDED, *([by] if by is not None else [])]
    missing = [c for c in needed if c not in getattr(tokens, "columns", ())]
    if missing:
        raise CorpusFormatError(
            f"term_frequencies: the tokens table lacks column(s) {missing}",
            hint="build it with helpers.text.tokenize_zones(zones)"
            + ("; or pass by=None for one text" if by in missing else ""),
        )
    if len(tokens) == 0:
        return _empty(by)
    if by is None:
        group = np.zeros(len(tokens), int)
    elif pd.api.types.is_datetime64_any_dtype(tokens[by].dtype):
        group = tokens[by].to_numpy()
    else:
        group = tokens[by].astype(str).to_numpy()
    base = tokens["base"].astype(str).to_numpy()
    surface = tokens["surface"].astype(str).to_numpy()
    ok = tokens["kind"].isin(kinds).to_numpy() if kinds is not None else np.ones(len(tokens), bool)
    pen = _clitic_penalty(tokens)
    totals = pd.Series(ok).groupby(group).sum()
    usable = ok.copy()
    if drop_stop:
        usable &= ~tokens["is_stop"].to_numpy(bool)
    if extra:
        usable &= ~np.isin(base, list(extra))
    if n == 1:  # a title word inside its title is no term (session 23)
        keep = usable & ~title_uses(tokens)
        terms, labels_src, groups = base[keep], surface[keep], group[keep]
        penalty = pen[keep]
    else:
        seg_cols = [*([by] if by is not None else []), "story_id", "zone", "paragraph"]
        seg_cols = [c for c in dict.fromkeys([*seg_cols, "sentence"]) if c in tokens.columns]
        seg = pd.MultiIndex.from_frame(tokens[seg_cols].astype(str)).codes
        seg_id = np.zeros(len(tokens), np.int64)
        for codes in seg:
            seg_id = seg_id * (int(codes.max()) + 2) + codes
        m = len(tokens) - n + 1
        if m <= 0:
            return _empty(by)
        valid = np.ones(m, bool)
        for k in range(n):
            valid &= usable[k : k + m] & (seg_id[k : k + m] == seg_id[:m])
        idx = np.flatnonzero(valid)
        if len(idx):  # no pair that is no phrase (helpers.freq.pairs)
            # the rule reads each distinct (key, surface, proclitics) once; without a
            # clitics column only its formula part, which reads keys and surfaces
            has_clitics = "clitics" in tokens.columns
            cl = tokens["clitics"].astype(str).to_numpy() if has_clitics else ""
            word, distinct = pd.factorize(
                pd.Series(base, dtype=object) + "\t" + surface + "\t" + cl
            )
            split = [str(w).split("\t") for w in distinct]
            features = word_features(
                [w[0] for w in split],
                [w[2] for w in split] if has_clitics else None,
                [w[1] for w in split],
            )
            for k in range(n - 1):
                idx = idx[~pair_breaks(features, word[idx + k], word[idx + k + 1])]
        terms = base[idx]
        labels_src = surface[idx]
        penalty = pen[idx]
        for k in range(1, n):
            terms = np.char.add(np.char.add(terms.astype(str), " "), base[idx + k].astype(str))
            labels_src = np.char.add(
                np.char.add(labels_src.astype(str), " "), surface[idx + k].astype(str)
            )
            penalty = penalty + pen[idx + k]
        groups = group[idx]
    if len(terms) == 0:
        return _empty(by)
    frame = pd.DataFrame({"g": groups, "term": terms.astype(object)})
    counts = frame.groupby(["g", "term"], sort=False).size().rename("count").reset_index()
    counts = counts[counts["count"] >= min_count]
    if counts.empty:
        return _empty(by)
    label = _labels(pd.Series(terms.astype(object)), pd.Series(labels_src.astype(object)), penalty)
    counts["label"] = counts["term"].map(label)
    return _finish(counts, totals, n, by, top)


def title_uses(tokens: pd.DataFrame) -> np.ndarray:
    """Per row of a tokens table (``base``; ``kind``, ``story_id``, ``zone``,
    ``paragraph``, ``sentence`` read where present): True where the token is a word of
    a title of address standing inside the title, i.e. it and the next row are words of
    one story, zone, paragraph and sentence whose keys are a pair of
    :func:`helpers.text.title_pairs` (صاحب of «صاحب السمو»، السمو of «السمو الملكي»،
    الملكي of «الملكي الأمير»). Such a token is no term: :func:`term_frequencies` (n =
    1) and :func:`helpers.freq.keyness` of a tokens table leave it out of the counts
    but keep it in the token totals, as
    :func:`helpers.freq.corpus_counts.without_title_uses` does for the corpus counts
    (the same rule: the head noun الأمير and صاحب of «صاحب العمل» stay terms). Returns
    a bool array of ``len(tokens)``."""
    from helpers.text import title_pairs

    base = tokens["base"].astype(str).to_numpy()
    out = np.zeros(len(base), bool)
    if len(base) < 2:
        return out
    pairs = title_pairs()
    firsts = list({a for a, _ in pairs})
    cand = np.flatnonzero(np.isin(base[:-1], firsts))
    if not len(cand):
        return out
    ok = np.array([(base[i], base[i + 1]) in pairs for i in cand], bool)
    cand = cand[ok]
    if "kind" in tokens.columns:
        kind = tokens["kind"].to_numpy()
        cand = cand[(kind[cand] == "word") & (kind[cand + 1] == "word")]
    for col in ("story_id", "zone", "paragraph", "sentence"):
        if col in tokens.columns and len(cand):
            values = tokens[col].to_numpy()
            cand = cand[values[cand] == values[cand + 1]]
    out[cand] = True
    return out


def _finish(
    counts: pd.DataFrame, totals: pd.Series, n: int, gname: str | None, top: int | None
) -> pd.DataFrame:
    """The term-frequency table from ``g, term, count, label`` rows (both paths).

    ``totals``: counted tokens per group (index = group labels); its length is N of the
    TF-IDF. ``gname``: name of the group column (None: no group column).
    """
    counts["n"] = n
    counts["per_1000"] = counts["count"] / counts["g"].map(totals).astype(float) * 1000.0
    counts["rank"] = (
        counts.groupby("g")["count"].rank(method="min", ascending=False).astype("int64")
    )
    n_groups = len(totals)
    counts["df"] = counts.groupby("term")["g"].transform("nunique").astype("int64")
    counts["tfidf"] = counts["count"].to_numpy(float) * smoothed_idf(counts["df"], n_groups)
    counts = counts.sort_values(["g", "rank", "term"], kind="stable")
    if top is not None:
        counts = counts.groupby("g", sort=False).head(top)
    out = pd.DataFrame({c: counts[c].astype(d).to_numpy() for c, d in FREQ_COLUMNS.items()}).astype(
        FREQ_COLUMNS
    )
    if gname is not None:
        g = counts["g"]
        if pd.api.types.is_datetime64_any_dtype(g.dtype):
            out.insert(0, gname, pd.Series(g.to_numpy(), dtype="datetime64[ns]"))
        else:
            out.insert(0, gname, pd.Series(g.astype(str).to_numpy(), dtype="str"))
    return out.reset_index(drop=True)


def _frequencies_from_counts(
    cc,
    by: str | None,
    n: int,
    stories: pd.DataFrame | None,
    drop_stop: bool,
    extra: set[str],
    kinds: tuple[str, ...] | None,
    min_count: int,
    top: int | None,
) -> pd.DataFrame:
    """:func:`term_frequencies` of a :class:`helpers.freq.CorpusCounts`."""
    from scipy import sparse

    from helpers.corpus.groups import group_column, story_groups

    func = "term_frequencies"
    if kinds is None or set(kinds) != set(_COUNTED):
        raise ArgumentError(
            f"{func}: corpus counts hold the kinds {', '.join(_COUNTED)} only, got kinds={kinds!r}",
            hint="use a tokens table (helpers.text.tokenize_zones) for other kinds",
        )
    n = cc._orders(n, func)
    if n > 1 and not drop_stop:
        raise ArgumentError(
            f"{func}: drop_stop=False with n={n}: corpus counts never hold n-grams with a "
            "stopword (a stopword is a gap)",
            hint="use a tokens table (helpers.text.tokenize_zones) for such n-grams",
        )
    X = cc.matrix[n]
    keep = np.ones(X.shape[1], bool)
    if n == 1 and drop_stop:
        keep &= ~cc.is_stop
    if extra:
        bad = np.isin(cc.keys, list(extra))
        keep &= ~bad[cc.parts[n]].any(axis=1)
    gname = None if by is None else group_column(by)
    if by == "story_id" or by is None:
        gx, glabels, gtok = X, cc.story_ids, np.asarray(cc.tokens)
        if by is None:
            gx = sparse.csr_matrix(X.sum(axis=0, dtype=np.int64))
            glabels, gtok = np.zeros(1, np.int64), np.array([cc.tokens.sum()])
        totals = pd.Series(gtok, index=pd.Index(glabels))
    else:
        table = stories if stories is not None else cc.meta
        groups = story_groups(table, by)
        where = pd.Index(groups.index).get_indexer(cc.story_ids)
        ok = where >= 0
        vals = groups.to_numpy()[where[ok]]
        codes, glabels = pd.factorize(pd.Series(vals), sort=True)
        glabels = np.asarray(glabels)
        a = sparse.csr_matrix(
            (np.ones(ok.sum(), np.int64), (codes, np.flatnonzero(ok))),
            shape=(len(glabels), len(cc.story_ids)),
        )
        gx = a @ X.astype(np.int64)
        # the one group total behind every per-1,000 rate of a group
        totals = cc.group_tokens(by, table)
    totals = totals[totals.to_numpy() > 0]
    m = gx[:, np.flatnonzero(keep)].tocoo() if not keep.all() else gx.tocoo()
    cols = np.flatnonzero(keep)[m.col] if not keep.all() else m.col
    data = m.data.astype(np.int64)
    sel = data >= min_count
    if not sel.any():
        return _empty(gname if by is not None else None)
    counts = pd.DataFrame(
        {
            "g": glabels[m.row[sel]],
            "term": cc.terms(n)[cols[sel]],
            "count": data[sel],
            "label": cc.labels(n)[cols[sel]],
        }
    )
    return _finish(counts, totals, n, gname, top)


def _read(item: str | os.PathLike) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, os.PathLike):
        path = Path(item)
        if path.is_dir():
            raise ArgumentError(
                "count_terms: this path is a folder, not a text file",
                path=path,
                hint="pass its files, e.g. count_terms(sorted(Path(folder).glob('*.txt')))",
            )
        try:
            return path.read_text(encoding="utf-8-sig")
        except FileNotFoundError as exc:
            raise CorpusNotFoundError("file not found", path=path) from exc
        except OSError as exc:
            raise UnreadableFileError(
                f"count_terms: cannot read the file ({exc.strerror})", path=path
            ) from exc
        except UnicodeDecodeError as exc:
            raise DecodingError(
                "not UTF-8 text",
                path=path,
                offset=exc.start,
                hint="convert it, or load it with helpers.corpus.load_corpus",
            ) from exc
    raise ArgumentError(f"count_terms: expected str or path items, got {type(item).__name__}")


def count_terms(
    texts: Iterable[str | os.PathLike],
    *,
    drop_stop: bool = True,
    known: Iterable[str] = (),
    min_count: int = 1,
    progress: bool | None = None,
    **options: bool,
) -> pd.DataFrame:
    """Stream a corpus too big for memory and count term keys (unigrams).

    Each item is a text (str) or a UTF-8 file path, read one at a time; only a counter
    of whitespace-separated runs is kept, so memory grows with the vocabulary, not the
    corpus. The lean path: ``str.split`` into that counter, one compiled regex
    ``findall`` per distinct run into a counter of surface types, then normalisation
    and clitic analysis once per *type* (with every type of the stream as attestation, see
    :mod:`helpers.text.clitics`), then aggregation by key. Keys equal those of
    :func:`helpers.text.tokenize_zones` on the same texts.

    Parameters
    ----------
    texts : iterable of str or path, or one path
        Texts and UTF-8 file paths (:class:`pathlib.Path`), e.g. a generator. A single
        ``Path`` is one file. A single ``str`` is refused (it could be one text or one
        file name): pass ``[text]`` or ``[Path(name)]``.
    drop_stop : bool
        Leave stopwords out of the table (they still count in the denominator).
    known : str or iterable of str
        Extra attested words for clitic decisions (see :func:`helpers.text.tokenize`);
        a single string is one word.
    min_count : int
        Drop keys seen fewer times.
    progress : bool or None
        tqdm progress bar over the texts; ``None`` shows it only on runs longer than 2 s.
    **options : bool
        Normalisation options (:func:`helpers.text.normalize`).

    Returns
    -------
    pandas.DataFrame
        ``term`` (str), ``label`` (str), ``n`` (int64, 1), ``count`` (int64),
        ``per_1000`` (float64, per 1,000 counted tokens of the whole stream), ``rank``
        (int64), sorted by rank then term. ``df.attrs["tokens"]`` is the number of
        counted tokens (words, Latin words, abbreviations; URLs excluded),
        ``df.attrs["types"]`` the number of distinct surface types seen.

    Raises
    ------
    helpers.errors.CorpusNotFoundError, helpers.errors.UnreadableFileError
        A file is missing or unreadable.
    helpers.errors.ArgumentError
        An item is neither str nor path, ``texts`` is given as one str (or is not
        iterable), a path is a folder, ``min_count`` is not a whole number >= 1 or
        ``drop_stop`` not True or False;
        :class:`helpers.errors.DecodingError` for a file that is not UTF-8.
    """
    from tqdm import tqdm

    if isinstance(texts, os.PathLike):
        texts = [texts]  # one file
    elif isinstance(texts, str | bytes):
        raise ArgumentError(
            f"count_terms: texts is a single {type(texts).__name__} "
            f"({texts[:30]!r}{'...' if len(texts) > 30 else ''}), which could be one text "
            "or one file name; pass a list",
            hint="count_terms([text]) for one text, count_terms([Path(name)]) for one file",
        )
    elif not isinstance(texts, Iterable):
        raise ArgumentError(
            f"count_terms: texts must be an iterable of texts (str) or file paths, "
            f"got {type(texts).__name__}"
        )
    known = _names(known, "known", "count_terms")
    drop_stop = check_flag(drop_stop, "count_terms", "drop_stop")
    min_count = check_whole(min_count, "count_terms", "min_count")
    runs: Counter[str] = Counter()
    bar = tqdm(texts, unit="text", disable=progress is False, delay=0 if progress else 2)
    for item in bar:
        runs.update(_read(item).split())
    return _from_surface_counts(_surfaces(runs), drop_stop, known, min_count, dict(_key(options)))


def _surfaces(runs: Counter[str]) -> Counter[str]:
    """Counter of counted surface types from a counter of whitespace-separated runs.

    The tokens are :func:`helpers.text.tokenize.counted_surfaces`' (counted by
    :func:`helpers.text.tokenize.count_counted_surfaces`), the tokeniser's own pattern and
    kinds (URLs and numbers, with the proclitics written onto them, are not
    counted). No token holds a whitespace character (``str.split`` and the pattern's
    ``\\s`` are the same set, ``str.isspace``), so the tokens of a text are the tokens of
    its runs: each distinct run is matched once and its tokens counted as often as the
    run occurs (2.8 -> 1.0 s for 5 MB of news-like text at load 10). Consumes ``runs``.
    """
    surfaces = count_counted_surfaces(runs)
    runs.clear()
    return surfaces


def _from_surface_counts(
    surfaces: Counter[str], drop_stop: bool, known: Iterable[str], min_count: int, opts: dict
) -> pd.DataFrame:
    """Keys, labels and counts from a counter of surface types (one pass per type).

    Consumes ``surfaces`` (it is cleared to free memory). The analysis of each type is
    :func:`helpers.freq.corpus_counts.analyse_types`, the one shared with
    :func:`helpers.freq.count_corpus` and :func:`helpers.text.tokenize_zones`. The
    aggregation by key is array work, no Python loop over the types: one stable sort
    of the types by (key, label preference, count) gives each key's label (its first
    type: :func:`_labels`' rule, ties to the type seen first) and, by ``reduceat``, its
    count and stopword flag; the table is sorted by count, then term in code-point
    order (a stable sort by count of the terms sorted as ``StringDType``, which orders
    by UTF-8 bytes, the same order as ``str``).
    """
    from helpers.freq.corpus_counts import analyse_types

    types: list[str] = []
    freqs: list[int] = []
    for s, c in surfaces.items():  # URLs and e-mail addresses never reach here
        types.append(s)
        freqs.append(c)
    n_types = len(surfaces)
    surfaces.clear()  # consumed: free it before the analysis
    keys, clitics, is_stop = analyse_types(types, known=known, **opts)
    freq = np.array(freqs, dtype=np.int64)
    del freqs
    total = int(freq.sum())
    codes, terms = pd.factorize(np.array(keys, dtype=object))  # terms in first-seen order
    del keys
    # the label: helpers.freq.labels' rule; types are in first-seen order
    plain = np.fromiter((c == "" or c == "ال" for c in clitics), bool, count=len(clitics))
    del clitics
    order, starts = label_order(codes, freq, (~plain).astype(np.int64))
    count = np.add.reduceat(freq[order], starts) if len(order) else freq
    label = np.array(types, dtype=object)[order[starts]] if len(order) else terms
    del types
    stop = np.logical_or.reduceat(is_stop[order], starts) if len(order) else is_stop
    keep = count >= min_count
    if drop_stop:
        keep &= ~stop
    terms, label, count = terms[keep], shown_labels(label[keep]), count[keep]
    # table, sorted by count (descending) then term; rank = 1 + number of higher counts
    by_term = np.argsort(np.array(terms, dtype=np.dtypes.StringDType()), kind="stable")
    rows = by_term[np.argsort(-count[by_term], kind="stable")]
    counts = count[rows]
    rank = np.searchsorted(-counts, -counts, side="left") + 1
    dtypes = {c: d for c, d in FREQ_COLUMNS.items() if c not in ("df", "tfidf")}
    out = pd.DataFrame(
        {
            "term": pd.Series(terms[rows], dtype="str"),
            "label": pd.Series(label[rows], dtype="str"),
            "n": np.ones(len(rows), dtype=np.int64),
            "count": counts,
            "per_1000": counts / total * 1000.0 if total else np.zeros(len(rows)),
            "rank": rank.astype(np.int64),
        }
    ).astype(dtypes)
    out.attrs["tokens"] = total
    out.attrs["types"] = n_types
    return out
