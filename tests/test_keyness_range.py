"""The range (dispersion) filter of keyness: stories of each side holding a term.

Range as a dispersion measure: Gries, S. Th. (2008), "Dispersions and adjusted
frequencies in corpora", International Journal of Corpus Linguistics 13(4): 403-437,
section 2.1 (the number of corpus parts in which a word occurs); the "Range" column of
AntConc's word and keyword lists. Values below are counted by hand from the stories.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.errors import ArgumentError
from helpers.freq import count_corpus
from helpers.freq.keyness import keyness, min_stories_for


def _tokens(stories: dict[str, list[str]]) -> pd.DataFrame:
    rows = [
        {"story_id": sid, "base": w, "surface": w, "kind": "word", "is_stop": False}
        for sid, words in stories.items()
        for w in words
    ]
    return pd.DataFrame(rows)


# target: 3 stories; "burst" 9 times in one story, "spread" once in each of the 3.
# reference: 3 stories of filler, "spread" nowhere, "burst" nowhere.
STORIES = {
    "t1": ["burst"] * 9 + ["spread", "alpha"],
    "t2": ["spread", "alpha", "beta"],
    "t3": ["spread", "beta", "gamma"],
    "r1": ["alpha", "beta", "gamma", "delta"],
    "r2": ["alpha", "gamma", "delta", "delta"],
    "r3": ["beta", "gamma", "delta", "alpha"],
}
TARGET = ["t1", "t2", "t3"]
REFERENCE = ["r1", "r2", "r3"]


def test_stories_columns_count_stories_not_tokens():
    kt = keyness(_tokens(STORIES), TARGET, REFERENCE, min_stories=1)
    row = kt.set_index("term")
    # burst: 9 tokens, 1 story of the target; spread: 3 tokens, 3 stories
    assert row.loc["burst", ["count_target", "stories_target", "stories_reference"]].tolist() == [
        9,
        1,
        0,
    ]
    assert row.loc["spread", ["count_target", "stories_target"]].tolist() == [3, 3]
    # delta: 4 tokens in 3 reference stories (twice in r2)
    assert row.loc["delta", ["count_reference", "stories_reference"]].tolist() == [4, 3]
    # without the filter, the burst term has the larger G2 (9 tokens against 3)
    assert kt["term"].iloc[0] == "burst"
    assert kt.attrs["min_stories"] == {"target": 1, "reference": 1}
    assert kt.attrs["dropped_by_range"] == 0


def test_min_stories_drops_terms_of_few_stories_on_their_key_side():
    kt = keyness(_tokens(STORIES), TARGET, REFERENCE, min_stories=2)
    terms = set(kt["term"])
    # burst (1 target story) goes; every other term is in >= 2 stories of each side
    # it occurs on, so the rest of the table is the unfiltered one without burst
    assert "burst" not in terms
    assert {"spread", "delta"} <= terms
    full = keyness(_tokens(STORIES), TARGET, REFERENCE, min_stories=1)
    pd.testing.assert_frame_equal(
        kt, full[full["term"] != "burst"].reset_index(drop=True), check_like=False
    )
    assert kt.attrs["dropped_by_range"] == 1
    assert kt.attrs["min_stories"] == {"target": 2, "reference": 2}


def test_corpus_counts_path_gives_the_same_range():
    table = pd.DataFrame(
        {
            "story_id": list(STORIES),
            "title": [""] * 6,
            "body": [" ".join(w) for w in STORIES.values()],
        }
    )
    cc = count_corpus(table, n=1, progress=False)
    kt = keyness(cc, TARGET, REFERENCE, min_stories=1, stories=table)
    row = kt.set_index("label")
    assert row.loc["burst", ["stories_target", "stories_reference"]].tolist() == [1, 0]
    assert row.loc["delta", ["stories_target", "stories_reference"]].tolist() == [0, 3]
    assert "burst" not in set(keyness(cc, TARGET, REFERENCE, min_stories=2, stories=table).label)


def test_default_threshold_is_one_percent_of_the_side():
    # ceil(1 % of n), at least 1: a side of up to 100 stories is never filtered
    assert [min_stories_for(n) for n in (1, 2, 99, 100, 101, 200, 1500, 18_000)] == [
        1,
        1,
        1,
        1,
        2,
        2,
        15,
        180,
    ]
    assert min_stories_for(1500, 3) == 3


def test_default_changes_nothing_with_one_story_a_side(stories, zones_table):
    from helpers.text import tokenize_zones

    tokens = tokenize_zones(zones_table)
    a, b = stories["story_id"].tolist()
    default = keyness(tokens, a, b, stories=stories)
    off = keyness(tokens, a, b, stories=stories, min_stories=1)
    pd.testing.assert_frame_equal(default, off)
    assert default.attrs["dropped_by_range"] == 0
    assert (default["stories_target"] + default["stories_reference"] >= 1).all()


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2", True])
def test_bad_min_stories(bad):
    with pytest.raises(ArgumentError, match="min_stories"):
        keyness(_tokens(STORIES), TARGET, REFERENCE, min_stories=bad)


def test_chart_line_says_the_filter_only_when_it_filters():
    from helpers.charts.plots import range_phrase

    kt = keyness(_tokens(STORIES), TARGET, REFERENCE)
    assert range_phrase(kt, "أ", "ب") == ""  # 3 stories a side: 1 story needed
    kt.attrs["min_stories"] = {"target": 15, "reference": 180}
    line = range_phrase(kt, "alriyadh", "بقية المنافذ")
    assert "15 قصة" in line and "180 قصة" in line and "alriyadh" in line
