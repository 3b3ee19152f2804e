"""count_terms' order, ranks, labels and stopwords, worked out by hand (session 11, count11).

The streaming counter aggregates its types with array operations (a stable sort by key,
label rank and count; sums by key; a sort by count then term). These are the rules it
must keep, each on a text small enough to count by eye.
"""

from __future__ import annotations

from helpers.freq import count_terms


def _rows(text: str, **kw) -> list[tuple]:
    t = count_terms([text], progress=False, **kw)
    return list(zip(t["term"], t["label"], t["count"], t["rank"], t["per_1000"], strict=True))


def test_equal_counts_sort_by_term_in_code_point_order_and_share_the_rank():
    # مصر 2, قطر 2, تونس 1 of 5 tokens; ق (U+0642) sorts before م (U+0645)
    assert _rows("مصر قطر مصر قطر تونس") == [
        ("قطر", "قطر", 2, 1, 400.0),
        ("مصر", "مصر", 2, 1, 400.0),
        ("تونس", "تونس", 1, 3, 200.0),
    ]


def test_latin_keys_are_case_folded_and_sort_before_arabic():
    # Beta/beta are one key (2); alpha 1, قطر 1: a (U+0061) < b < ق (U+0642)
    assert [r[:4] for r in _rows("قطر beta alpha Beta")] == [
        ("beta", "beta", 2, 1),
        ("alpha", "alpha", 1, 2),
        ("قطر", "قطر", 1, 2),
    ]


def test_a_label_tie_goes_to_the_surface_seen_first():
    # العراق and عراق: both without proclitics beyond the article, once each
    assert _rows("العراق عراق")[0][:3] == ("عراق", "العراق", 2)
    assert _rows("عراق العراق")[0][:3] == ("عراق", "عراق", 2)
    # والعراق twice (و+ال), العراق once: the article-only surface labels the key
    assert _rows("والعراق والعراق العراق")[0][:3] == ("عراق", "العراق", 3)


def test_stopword_keys_leave_the_table_but_stay_in_the_denominator():
    # في twice (one of them وفي: و + في), قطر once: 3 tokens
    assert _rows("في قطر وفي") == [("قطر", "قطر", 1, 1, 1000 / 3)]
    assert [r[:4] for r in _rows("في قطر وفي", drop_stop=False)] == [
        ("في", "في", 2, 1),
        ("قطر", "قطر", 1, 2),
    ]


def test_min_count_keeps_ranks_of_the_whole_table():
    # قطر 2, مصر 1: min_count=2 leaves قطر at rank 1, per 1,000 of all 3 tokens
    assert _rows("قطر مصر قطر", min_count=2) == [("قطر", "قطر", 2, 1, 2000 / 3)]


def test_lone_surrogates_and_emoji_split_words_and_never_reach_the_sort():
    # the terms are sorted as UTF-8 (StringDType), which a lone surrogate could not be
    # encoded to: no token holds one (nor an emoji), they separate words like punctuation
    assert [r[:4] for r in _rows("abc\ud800def قطر\udc00 x\U0001f600y")] == [
        ("abc", "abc", 1, 1),
        ("def", "def", 1, 1),
        ("x", "x", 1, 1),
        ("y", "y", 1, 1),
        ("قطر", "قطر", 1, 1),
    ]
