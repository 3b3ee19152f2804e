"""Charts given bad numbers: one check (helpers.charts.plots._check_values) for every plot.

Negative counts, infinite or non-numeric values raise ArgumentError naming the column and
the values; rows with a missing value are left out with a ChartWarning; a table whose
values are all 0 is drawn like an empty table (titled empty figure + ChartWarning).
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from helpers.charts import (
    ChartWarning,
    bar_chart,
    compare_stories,
    comparison_cloud,
    entity_counts_chart,
    keyness_chart,
    term_scatter,
    top_terms_chart,
    word_cloud,
)
from helpers.charts.plots import NO_DATA
from helpers.errors import ArgumentError, KhabarError

S1, S2 = "asharq-two-stories-01", "asharq-two-stories-02"
WORDS = ["العراق", "لافروف", "موسكو", "دمشق", "الأسد"]


def freq(values, story_id=S1) -> pd.DataFrame:
    """A term-frequency table of five words with the given counts (per_1000 = count * 2.5)."""
    counts = pd.Series(values, dtype=object if any(isinstance(v, str) for v in values) else None)
    per = counts if counts.dtype == object else counts * 2.5
    return pd.DataFrame(
        {"story_id": story_id, "term": WORDS, "label": WORDS, "count": counts, "per_1000": per}
    )


def two_stories(values) -> pd.DataFrame:
    """Story 1 with the given counts, story 2 with none of the five words (counts 0)."""
    return pd.concat([freq(values, S1), freq([0] * 5, S2)], ignore_index=True)


def entities(values) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "story_id": S1,
            "entity_id": [f"Q{i}" for i in range(5)],
            "canonical": WORDS,
            "type": "LOC",
            "count": values,
        }
    )


def keyness(values) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "term": WORDS,
            "label": WORDS,
            "count_target": values,
            "count_reference": [0, 1, 2, 3, 4],
            "g2": [9.0, 8.0, 7.0, 6.0, 5.0],
            "p_value": 0.01,
            "log_ratio": [2.0, 1.0, -1.0, -2.0, -3.0],
            "log_odds_z": [2.0, 1.0, -1.0, -2.0, -3.0],
            "per_1000_target": 1.0,
            "per_1000_reference": 1.0,
        }
    )


# every chart, drawn from a table whose counted column holds `values`
CHARTS = {
    "top_terms_chart": lambda v: top_terms_chart(freq(v)),
    "bar_chart": lambda v: bar_chart(freq(v), "label", "count"),
    "compare_stories": lambda v: compare_stories(two_stories(v), S1, S2, value="count"),
    "word_cloud": lambda v: word_cloud(freq(v)),
    "comparison_cloud": lambda v: comparison_cloud(
        two_stories(v).assign(per_1000=lambda d: d["count"])
    ),
    "entity_counts_chart": lambda v: entity_counts_chart(entities(v)),
    "keyness_chart": lambda v: keyness_chart(keyness([0, 1, 2, 3, 4]).assign(g2=v)),
    "term_scatter": lambda v: term_scatter(keyness(v)),
}
COLUMN = {  # the column each chart's check names
    "comparison_cloud": "per_1000",
    "keyness_chart": "g2",
    "term_scatter": "count_target",
}


@pytest.mark.parametrize("chart", CHARTS)
@pytest.mark.parametrize(
    ("values", "message"),
    [
        ([3, -5, 1, 2, 4], r"holds 1 negative value\(s\): -5; counts and frequencies are >= 0"),
        ([3, np.inf, 1, 2, 4], r"holds 1 infinite value\(s\): inf"),
        ([3, -np.inf, 1, -2, 4], r"holds 1 infinite value\(s\): -inf"),  # inf reported first
        (["3", "x", 1, 2, 4], r"must hold numbers; it holds 2 non-numeric value\(s\): '3', 'x'"),
        ([3, True, 1, 2, 4], r"must hold numbers; it holds 1 non-numeric value\(s\): True"),
    ],
    ids=["negative", "inf", "-inf", "text", "bool"],
)
def test_bad_values_raise_naming_column_and_values(chart, values, message):
    column = COLUMN.get(chart, "count")
    with pytest.raises(ArgumentError, match=f"{chart}: column '{column}' {message}"):
        CHARTS[chart](values)


def test_signed_statistics_may_be_negative_but_counts_may_not():
    # log_ratio < 0 is a term key for the reference: drawn, as a leftward bar
    fig = keyness_chart(keyness([5, 4, 0, 0, 0]))
    assert sorted(p.get_width() for p in fig.axes[0].patches) == [-3.0, -2.0, -1.0, 1.0, 2.0]
    with pytest.raises(ArgumentError, match="'g2' holds 1 negative value"):
        keyness_chart(keyness([5, 4, 0, 0, 0]).assign(g2=[9.0, -1.0, 7.0, 6.0, 5.0]))


def test_rows_with_missing_values_are_left_out_with_a_warning():
    # the breaker's table without its bad numbers: [3, NaN, None, 2] -> bars 3 and 2 only
    table = freq([3, np.nan, None, 2, 1])
    with pytest.warns(ChartWarning, match=r"^top_terms_chart: تُرك صفان بلا قيمة \(NaN\) في count$"):
        fig = top_terms_chart(table)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["العراق", "دمشق", "الأسد"]
    assert [p.get_width() for p in ax.patches] == [3.0, 2.0, 1.0]
    with pytest.warns(ChartWarning, match=r"تُرك صف واحد بلا قيمة \(NaN\)"):
        fig = entity_counts_chart(entities([3, np.nan, 1, 2, 4]))
    assert sorted(p.get_width() for p in fig.axes[0].patches) == [1.0, 2.0, 3.0, 4.0]


@pytest.mark.parametrize("chart", [c for c in CHARTS if c not in ("keyness_chart", "term_scatter")])
@pytest.mark.parametrize("values", [[0, 0, 0, 0, 0], [np.nan] * 5, [0, np.nan, 0, 0, 0]])
def test_all_zero_or_all_missing_draws_the_empty_figure(chart, values):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = CHARTS[chart](values)
    said = [str(w.message) for w in caught if issubclass(w.category, ChartWarning)]
    assert said[-1] == f"{chart}: ليس في الجدول صف يُرسم; drawing an empty figure"
    missing = sum(np.isnan(values))
    if missing:
        rows = "صف واحد" if missing == 1 else "5 صفوف"
        assert said[0].startswith(f"{chart}: تُرك {rows} بلا قيمة (NaN) في ")
    if missing < 5:  # some zeros left
        assert any(" صفر (" in s and s.endswith("): لا شيء يُرسم") for s in said)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == [NO_DATA]
    assert not ax.patches and not ax.images


def test_keyness_and_scatter_with_nothing_to_draw():
    # keyness: rows with log_ratio 0 favour neither side, so all-zero is the empty figure
    with pytest.warns(ChartWarning, match="drawing an empty figure"):
        fig = keyness_chart(keyness([0, 1, 2, 3, 4]).assign(log_ratio=0.0))
    assert [t.get_text() for t in fig.axes[0].texts] == [NO_DATA]
    # term_scatter refuses an empty table; every count missing leaves it empty
    with (
        pytest.warns(ChartWarning, match="تُرك 5 صفوف"),
        pytest.raises(KhabarError, match="has no rows"),
    ):
        term_scatter(keyness([np.nan] * 5))


def test_word_clouds_never_raise_wordclouds_value_error():
    # no word left to draw (n=0): the empty figure, not "We need at least 1 word"
    with pytest.warns(ChartWarning, match="لم تبقَ كلمة تُرسم"):
        fig = word_cloud(freq([3, 2, 1, 1, 1]), n=0)
    assert [t.get_text() for t in fig.axes[0].texts] == [NO_DATA]
    with pytest.warns(ChartWarning, match="لا تميل أي كلمة إلى جانب دون الآخر"):
        fig = comparison_cloud(two_stories([3, 2, 1, 1, 1]), n=0)
    assert [t.get_text() for t in fig.axes[0].texts] == [NO_DATA]
    # two stories using every term alike: no term leans to one story
    same = pd.concat([freq([3, 2, 1, 1, 1], S1), freq([3, 2, 1, 1, 1], S2)])
    with pytest.warns(ChartWarning, match="لا تميل أي كلمة إلى جانب دون الآخر"):
        fig = comparison_cloud(same)
    assert [t.get_text() for t in fig.axes[0].texts] == [NO_DATA]


def test_complex_counts_are_not_numbers():
    with pytest.raises(ArgumentError, match=r"5 non-numeric value\(s\): \(3\+0j\), \(1\+2j\)"):
        top_terms_chart(freq([3, 1 + 2j, 1, 2, 4]))
