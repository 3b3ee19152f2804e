"""Corpus-scale counting (helpers.freq.count_corpus and its map/reduce/finalise steps).

The keys, counts and labels must be those of the tokens path
(helpers.text.tokenize_zones + term_frequencies), whose values on the embedded corpus
are pinned by hand in test_freq.py; small cases here are counted by hand.
"""

import pickle

import numpy as np
import pandas as pd
import pytest

from helpers.errors import ArgumentError, CorpusFormatError
from helpers.freq import (
    count_chunk,
    count_corpus,
    count_terms,
    finalize_counts,
    merge_counts,
    term_frequencies,
)
from helpers.text import tokenize_zones


def _stories(*texts, titles=None):
    titles = titles or [""] * len(texts)
    return pd.DataFrame(
        {
            "story_id": [f"s{i + 1}" for i in range(len(texts))],
            "title": titles,
            "body": list(texts),
        }
    )


def _cells(cc, n=1, stop=False):
    """{(story, term): count} of a CorpusCounts matrix."""
    m = cc.matrix[n].tocoo()
    out = {}
    for r, c, v in zip(m.row, m.col, m.data, strict=True):
        if n == 1 and cc.is_stop[c] and not stop:
            continue
        out[(cc.story_ids[r], cc.terms(n)[c])] = int(v)
    return out


def test_alef_wasla_article_attests_like_tokenize():
    # ٱلبشار is ال + بشار (alef wasla writes the article), so بشار is attested and
    # لبشار splits as ل + بشار: both tokens have the key بشار (counted by hand: 2).
    text = "ٱلبشار لبشار"
    zones = pd.DataFrame({"story_id": ["s1"], "zone": ["body"], "text": [text]})
    assert tokenize_zones(zones)["base"].tolist() == ["بشار", "بشار"]
    cc = count_corpus(_stories(text), progress=False)
    assert _cells(cc) == {("s1", "بشار"): 2}
    streamed = count_terms([text], progress=False)
    assert dict(zip(streamed.term, streamed["count"], strict=True)) == {"بشار": 2}


def test_ngrams_stop_at_punctuation_numbers_lines_and_stopwords():
    # tokens: العراق سوريا ، لبنان 3 الأردن \n مصر في ليبيا
    # bigrams by hand: (عراق سوريا) only; ، 3 and the line break are gaps, في is a
    # stopword and is a gap too, so (مصر في) and (في ليبيا) are not terms.
    text = "العراق سوريا، لبنان 3 الأردن\nمصر في ليبيا"
    cc = count_corpus(_stories(text), progress=False)
    assert _cells(cc, 2) == {("s1", "عراق سوريا"): 1}
    assert cc.tokens.tolist() == [7]  # 7 counted words (في included); 3 and ، are not
    assert cc.labels(2).tolist() == ["العراق سوريا"]


def test_title_and_body_are_separate_zones():
    # the last word of the title and the first of the body make no bigram
    cc = count_corpus(_stories("سوريا لبنان", titles=["مصر العراق"]), progress=False)
    assert set(_cells(cc, 2)) == {("s1", "مصر عراق"), ("s1", "سوريا لبنان")}


@pytest.mark.parametrize("n", [1, 2, 3])
def test_embedded_corpus_same_keys_counts_labels_as_tokens_path(stories, zones_table, n):
    tokens = tokenize_zones(zones_table)
    tf = term_frequencies(tokens, n=n)
    cc = count_corpus(stories, n=(1, 2, 3), progress=False)
    want = {(s, t): (c, lab) for s, t, c, lab in tf[["story_id", "term", "count", "label"]].values}
    m = cc.matrix[n].tocoo()
    got = {
        (cc.story_ids[r], cc.terms(n)[c]): (int(v), cc.labels(n)[c])
        for r, c, v in zip(m.row, m.col, m.data, strict=True)
        if n > 1 or not cc.is_stop[c]
    }
    assert got == want
    counted = tokens[tokens.kind.isin(["word", "latin", "abbrev"])].groupby("story_id").size()
    assert dict(zip(cc.story_ids, cc.tokens.tolist(), strict=True)) == counted.to_dict()


def test_map_reduce_in_any_chunking_gives_the_same_counts(stories):
    whole = count_corpus(stories, progress=False)
    one_by_one = count_corpus(stories, chunk_size=1, progress=False)
    for n in (1, 2):
        assert _cells(whole, n, stop=True) == _cells(one_by_one, n, stop=True)
        assert dict(zip(whole.terms(n), whole.labels(n), strict=True)) == dict(
            zip(one_by_one.terms(n), one_by_one.labels(n), strict=True)
        )
    # the map step's output is picklable (Dask ships it between processes)
    parts = [pickle.loads(pickle.dumps(count_chunk(stories.iloc[[i]]))) for i in range(2)]
    tree = finalize_counts(merge_counts(merge_counts(parts[0]), parts[1]))
    assert _cells(tree, 2) == _cells(whole, 2)


def test_a_story_in_two_parts_is_summed():
    a = count_chunk(_stories("سوريا لبنان"))
    b = count_chunk(_stories("سوريا"))  # same story id s1
    cc = finalize_counts(merge_counts(a, b))
    assert _cells(cc) == {("s1", "سوريا"): 2, ("s1", "لبنان"): 1}
    assert cc.tokens.tolist() == [3]


def test_bad_input():
    with pytest.raises(ArgumentError, match="count_corpus: n must be 1, 2, 3"):
        count_corpus(_stories("x"), n=4)
    with pytest.raises(ArgumentError, match="count_corpus: zones must be taken from"):
        count_corpus(_stories("x"), zones=("headline",))
    with pytest.raises(CorpusFormatError, match=r"count_corpus: the stories table lacks .*'body'"):
        count_corpus(pd.DataFrame({"story_id": ["a"], "title": ["x"]}))
    with pytest.raises(ArgumentError, match="count_corpus: chunk_size must be"):
        count_corpus(_stories("x"), chunk_size=0)
    with pytest.raises(ArgumentError, match="merge_counts: give one or more SurfaceCounts"):
        merge_counts()
    empty = count_corpus(_stories(""), progress=False)
    assert empty.tokens.tolist() == [0] and empty.matrix[1].nnz == 0
    assert np.asarray(empty.terms(2)).size == 0
