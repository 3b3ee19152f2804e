"""Term frequencies, n-grams, TF-IDF, streaming counts (and keyness, overlap).

Public API::

    term_frequencies(tokens, by="story_id", n=1)  -> term-frequency table
    count_terms(iterable of texts or paths)        -> term-frequency table (streaming)
    term_labels(tokens, key="base")                -> Series term key -> display label
    count_corpus(stories, n=(1, 2))                -> CorpusCounts (corpus scale, sparse)
    count_chunk / merge_counts / finalize_counts   -> its map, reduce and pass-2 steps
    time_series(counts, keys, period="D", by=None) -> period, group, key, label, count, per_1000

Columns are documented in the functions and in DEVELOPING.md.
"""

from helpers.freq.corpus_counts import (
    CorpusCounts,
    SurfaceCounts,
    analyse_types,
    count_chunk,
    count_corpus,
    finalize_counts,
    merge_counts,
)
from helpers.freq.counts import FREQ_COLUMNS, count_terms, term_frequencies, term_labels
from helpers.freq.keyness import (
    KEY_TERMS_PER_SIDE,
    KEYNESS_COLUMNS,
    by_strength,
    keyness,
    keyness_from_counts,
    select_stories,
    top_key_terms,
)
from helpers.freq.overlap import shared_entities, shared_terms, vocabulary_overlap
from helpers.freq.series import SERIES_COLUMNS, time_series

__all__ = ["FREQ_COLUMNS", "count_terms", "term_frequencies", "term_labels"]
__all__ += [
    "KEYNESS_COLUMNS",
    "KEY_TERMS_PER_SIDE",
    "by_strength",
    "keyness",
    "keyness_from_counts",
    "select_stories",
    "top_key_terms",
]
__all__ += ["CorpusCounts", "SurfaceCounts", "analyse_types", "count_chunk", "count_corpus"]
__all__ += ["SERIES_COLUMNS", "finalize_counts", "merge_counts", "time_series"]
__all__ += ["shared_entities", "shared_terms", "vocabulary_overlap"]
