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


# ------------------------------------------------------------------ tables from counts


def _grouped():
    """Four stories, two outlets, two ISO weeks (hand-made)."""
    return pd.DataFrame(
        {
            "story_id": ["a1", "a2", "b1", "b2"],
            "title": ["", "", "", ""],
            "body": ["سوريا سوريا لبنان", "سوريا مصر", "مصر مصر مصر", "لبنان"],
            "outlet": ["aawsat", "aawsat", "okaz", "okaz"],
            # Tue 21 Jul (week of 20 Jul); Mon 27 Jul, Tue 28 Jul, Sun 2 Aug (week of 27 Jul)
            "date": pd.to_datetime(["2015-07-21", "2015-07-27", "2015-07-28", "2015-08-02"]),
        }
    )


def test_term_frequencies_by_outlet_and_week_by_hand():
    cc = count_corpus(_grouped(), progress=False)
    tf = term_frequencies(cc, by="outlet")
    cols = ["outlet", "term", "label", "n", "count", "per_1000", "rank", "df", "tfidf"]
    assert list(tf.columns) == cols
    # aawsat: سوريا 3, لبنان 1, مصر 1 of 5 tokens; okaz: مصر 3, لبنان 1 of 4
    got = {(o, t): (c, p) for o, t, c, p in tf[["outlet", "term", "count", "per_1000"]].values}
    assert got == {
        ("aawsat", "سوريا"): (3, 600.0),
        ("aawsat", "لبنان"): (1, 200.0),
        ("aawsat", "مصر"): (1, 200.0),
        ("okaz", "مصر"): (3, 750.0),
        ("okaz", "لبنان"): (1, 250.0),
    }
    # df over 2 groups: لبنان and مصر in both -> idf = ln(3/3) + 1 = 1; سوريا: ln(3/2) + 1
    assert tf.set_index(["outlet", "term"]).loc[("aawsat", "سوريا"), "tfidf"] == pytest.approx(
        3 * (np.log(1.5) + 1)
    )
    weeks = term_frequencies(cc, by="date:W")
    assert str(weeks["period"].dtype) == "datetime64[ns]"
    wk = {(str(p.date()), t): c for p, t, c in weeks[["period", "term", "count"]].values}
    assert wk == {
        ("2015-07-20", "سوريا"): 2,
        ("2015-07-20", "لبنان"): 1,
        ("2015-07-27", "مصر"): 4,
        ("2015-07-27", "سوريا"): 1,
        ("2015-07-27", "لبنان"): 1,
    }


def test_by_a_missing_column_lists_columns():
    cc = count_corpus(_grouped(), progress=False)
    with pytest.raises(ArgumentError, match=r"by='author' names no column .* story_id, outlet"):
        term_frequencies(cc, by="author")


def test_tables_from_counts_equal_tables_from_tokens(stories, zones_table):
    from helpers.freq import keyness, shared_terms, vocabulary_overlap

    tokens = tokenize_zones(zones_table)
    cc = count_corpus(stories, progress=False)
    for by in ("story_id", None):
        for n in (1, 2):
            pd.testing.assert_frame_equal(
                term_frequencies(tokens, by=by, n=n), term_frequencies(cc, by=by, n=n)
            )
    s1, s2 = stories.story_id
    a, b = keyness(tokens, s1), keyness(cc, s1)
    pd.testing.assert_frame_equal(a, b)
    assert a.attrs == b.attrs
    pd.testing.assert_frame_equal(shared_terms(tokens, s1, s2), shared_terms(cc, s1, s2))
    pd.testing.assert_series_equal(
        vocabulary_overlap(tokens, s1, s2), vocabulary_overlap(cc, s1, s2)
    )


def test_keyness_of_an_outlet_and_of_a_week_one_call_each():
    from helpers.freq import keyness

    cc = count_corpus(_grouped(), progress=False)
    kt = keyness(cc, {"outlet": "aawsat"})
    assert kt.attrs["target"] == ["a1", "a2"] and kt.attrs["reference"] == ["b1", "b2"]
    assert (kt.attrs["target_size"], kt.attrs["reference_size"]) == (5, 4)
    row = kt.set_index("term").loc["سوريا"]
    # سوريا: 3 of 5 against 0 of 4; log ratio with the zero as 0.5: log2((3/5)/(0.5/4))
    assert (row.count_target, row.count_reference) == (3, 0)
    assert row.log_ratio == pytest.approx(np.log2((3 / 5) / (0.5 / 4)))
    assert keyness(cc, "aawsat", by="outlet").equals(kt)
    wk = keyness(cc, {"date": ("2015-07-20", "2015-07-26")}, {"date": ("2015-07-27", "2015-08-02")})
    assert wk.attrs["target"] == ["a1"] and wk.attrs["reference"] == ["a2", "b1", "b2"]
    # a group of one story is a side like any other; an empty or overlapping side is not
    from helpers.errors import SelectionError

    with pytest.raises(SelectionError, match=r"the reference \{'outlet': 'sabq'\} selects no"):
        keyness(cc, {"outlet": "okaz"}, {"outlet": "sabq"})
    with pytest.raises(SelectionError, match="stories in both target and reference: b1"):
        keyness(cc, {"outlet": "okaz"}, {"date": "2015-07-28"})


def test_time_series_by_hand():
    from helpers.freq import time_series

    cc = count_corpus(_grouped(), progress=False)
    ts = time_series(cc, ["مصر", "السوريا"], period="W", by="outlet")
    # session 19: a stories column (stories of the period and group holding the key)
    # session 21: a tokens column (the rate's denominator: a chart leaves out a rate of 0
    # of a group and period under 1,000 tokens)
    cols = ["period", "group", "key", "label", "count", "stories", "per_1000", "tokens"]
    assert list(ts.columns) == cols
    held = ts.set_index(["key", "group", ts["period"].dt.strftime("%Y-%m-%d")])["stories"]
    # okaz week 27 Jul: مصر 3 times, all in b1 (b2 has none): 1 story, not 3
    assert held[("مصر", "okaz", "2015-07-27")] == 1
    # aawsat week 20 Jul: سوريا twice in a1: 1 story; week 27 Jul: once in a2
    assert held[("سوريا", "aawsat", "2015-07-20")] == 1
    assert held[("سوريا", "aawsat", "2015-07-27")] == 1
    assert held[("مصر", "aawsat", "2015-07-20")] == 0
    egypt = ts[ts.key == "مصر"]
    got = {
        (str(p.date()), g): (c, r)
        for p, g, c, r in egypt[["period", "group", "count", "per_1000"]].values
    }
    # aawsat week 20 Jul: a1 (3 tokens, no مصر); week 27 Jul: a2 (مصر 1 of 2)
    # okaz week 20 Jul: no story (NaN rate); week 27 Jul: b1+b2 (مصر 3 of 4)
    assert got[("2015-07-20", "aawsat")] == (0, 0.0)
    assert got[("2015-07-27", "aawsat")] == (1, 500.0)
    assert got[("2015-07-20", "okaz")][0] == 0 and np.isnan(got[("2015-07-20", "okaz")][1])
    assert got[("2015-07-27", "okaz")] == (3, 750.0)
    tokens = egypt.set_index([egypt["period"].dt.strftime("%Y-%m-%d"), "group"])["tokens"]
    # the same cells' tokens: a1 3, a2 2, okaz none, b1+b2 4
    assert tokens[("2015-07-20", "aawsat")] == 3 and tokens[("2015-07-27", "aawsat")] == 2
    assert tokens[("2015-07-20", "okaz")] == 0 and tokens[("2015-07-27", "okaz")] == 4
    # a surface form is mapped to its key: السوريا -> سوريا (ال + سوريا)
    assert set(ts.key) == {"مصر", "سوريا"}
    daily = time_series(cc, "مصر")
    assert len(daily) == 13  # every day from 21 Jul to 2 Aug, one group "all"
    assert set(daily.group) == {"all"} and daily["count"].sum() == 4


def test_time_series_refuses_a_span_of_millions_of_rows():
    # a mistyped date: 1678-01-01 to 2261-12-31 is 213,301 days (584 years of 365 days +
    # 141 leap days: 146 multiples of 4 from 1680 to 2260, less 1700, 1800, 1900, 2100,
    # 2200), x 2 outlets x 5 keys = 2,133,010 rows > 2,000,000
    from helpers.freq import time_series

    stories = pd.DataFrame(
        {
            "story_id": ["old", "new"],
            "title": ["مصر", "لبنان"],
            "body": ["سوريا مصر", "لبنان سوريا"],
            "outlet": ["aawsat", "okaz"],
            "date": pd.to_datetime(["1678-01-01", "2261-12-31"]),
        }
    )
    cc = count_corpus(stories, progress=False)
    keys = ["مصر", "لبنان", "سوريا", "اليمن", "ليبيا"]
    with pytest.raises(
        ArgumentError,
        match=r"time_series: 213,301 periods \('D'\) from "
        r"1678-01-01 \(story old\) to 2261-12-31 \(story new\) x 2 groups x "
        r"5 keys would be 2,133,010 rows",
    ):
        time_series(cc, keys, period="D", by="outlet")
    # by week: Mondays 1677-12-27 to 2261-12-30, 30,473 periods: 304,730 rows, allowed
    assert len(time_series(cc, keys, period="W", by="outlet")) == 304_730


def test_group_value_selections_in_overlap():
    from helpers.freq import shared_terms, vocabulary_overlap

    cc = count_corpus(_grouped(), progress=False)
    ov = vocabulary_overlap(cc, "aawsat", "okaz", by="outlet")
    # types: aawsat {سوريا, لبنان, مصر}, okaz {مصر, لبنان}: 2 shared of 3
    assert (ov["shared"], ov["only_a"], ov["only_b"]) == (2, 1, 0)
    assert ov["jaccard"] == pytest.approx(2 / 3)
    st = shared_terms(cc, "aawsat", "okaz", by="outlet")
    assert st.attrs["a"] == ["a1", "a2"]


@pytest.mark.parametrize(
    "text",
    [
        "قال و2006 وبـ15000 ب.ل U.S. إ.ب.أ 3.5 ١٢٫٥ COVID19 don't",
        "راسلوا a.b@example.com أو https://spa.gov.sa/x. العراقـية مخطَّط",
        "«قال»: الأسد… ٱلبشار\nلبشار_x",
    ],
)
def test_counting_pattern_finds_the_tokenisers_counted_tokens(text, stories):
    from helpers.text.tokenize import COUNT_RE, TOKEN_RE

    def gaps_collapsed(seq):  # runs of gaps are one gap
        out = []
        for t in seq:
            if t or (out and out[-1]):
                out.append(t)
        return out

    for s in [text, *stories.title, *stories.body]:
        want = []
        for line in s.split("\n"):
            for m in TOKEN_RE.finditer(line):
                want.append(m.group() if m.lastgroup in ("word", "latin", "abbrev") else "")
            want.append("")
        got = [*COUNT_RE.findall(s), ""]
        assert gaps_collapsed(got) == gaps_collapsed(want)


def test_tokens_path_by_outlet_and_week_equals_counts_path():
    # the tokens table of the same four stories, grouped through stories=, gives the
    # table the corpus counts give (values by hand in the test above)
    stories = _grouped()
    zones = pd.DataFrame({"story_id": stories.story_id, "zone": "body", "text": stories.body})
    tokens = tokenize_zones(zones)
    cc = count_corpus(stories, progress=False)
    for by in ("outlet", "date:W"):
        for n in (1, 2):
            pd.testing.assert_frame_equal(
                term_frequencies(tokens, by=by, n=n, stories=stories),
                term_frequencies(cc, by=by, n=n),
            )
