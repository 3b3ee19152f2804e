"""Session 10: group charts rank entities by the stories that mention them (ties by
mentions), so one long story cannot make a name a group's top person, and a heatmap
writes every cell in one number format. Values worked out by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.charts import entity_heatmap, top_entities_by_group
from helpers.charts.skeleton import STORY_SHARE, cell_format
from helpers.errors import ArgumentError


def _plain(text: str) -> str:
    return "".join(ch for ch in text if ch not in "\u200e\u200f\u2066\u2067\u2068\u2069")


def _counts() -> pd.DataFrame:
    # outlet a (10 stories): يوسف in one story of 34,000 characters, 60 times; سلمان in
    # 3 stories, 3 times; فهد in 3 stories, 5 times. outlet b (20 stories): سلمان in 4
    # stories (8 times), يوسف in 1 (1 time).
    return pd.DataFrame(
        {
            "outlet": ["a", "a", "a", "b", "b"],
            "entity_id": ["p:yusuf", "p:salman", "p:fahd", "p:salman", "p:yusuf"],
            "canonical": ["يوسف", "سلمان", "فهد", "سلمان", "يوسف"],
            "type": ["PERSON"] * 5,
            "count": [60, 3, 5, 8, 1],
            "stories": [1, 3, 3, 4, 1],
        }
    )


def _panel(fig, k: int) -> tuple[list[str], list[float]]:
    axes = [ax for ax in fig.axes if ax.get_yticklabels()]
    ax = axes[k]
    labels = [_plain(t.get_text()) for t in ax.get_yticklabels()]
    return labels, [round(p.get_width(), 3) for p in ax.patches]


def test_people_are_ranked_by_stories_then_mentions_not_by_one_long_story():
    sizes = {"a": 10, "b": 20}
    fig = top_entities_by_group(
        _counts(), "outlet", value=STORY_SHARE, group_sizes=sizes, min_tokens=0
    )
    # right to left: b (20 stories) is the first panel, on the right (the second axes)
    labels, bars = _panel(fig, 1)
    # b: سلمان 4/20 = 20 per 100 stories, يوسف 1/20 = 5
    assert bars == [20.0, 5.0] and "سلمان" in labels[0]
    labels, bars = _panel(fig, 0)
    # a: فهد and سلمان 3/10 = 30 each, فهد first (5 mentions against 3); يوسف 1/10 = 10
    # although his 60 mentions were the most
    assert bars == [30.0, 30.0, 10.0]
    assert ["فهد" in labels[0], "سلمان" in labels[1], "يوسف" in labels[2]] == [True] * 3


def test_a_share_of_stories_needs_the_groups_sizes():
    with pytest.raises(ArgumentError, match="group_sizes="):
        top_entities_by_group(_counts(), "outlet", value=STORY_SHARE)


def test_heatmap_rows_by_stories_and_cells_in_one_format():
    fig = entity_heatmap(
        _counts(), "outlet", value=STORY_SHARE, group_sizes={"a": 10, "b": 20}, min_tokens=0
    )
    ax = fig.axes[0]
    rows = [_plain(t.get_text()) for t in ax.get_yticklabels()]
    # over both outlets: سلمان 7 stories, فهد 3, يوسف 2 (61 mentions: last)
    assert ["سلمان" in rows[0], "فهد" in rows[1], "يوسف" in rows[2]] == [True] * 3
    # columns right to left: b (20 stories) on the right, a on the left
    assert ax.images[0].get_array().tolist() == [[30.0, 20.0], [30.0, 0.0], [10.0, 5.0]]
    cells = [t.get_text() for t in ax.texts]
    # every nonzero value is 5 or more: whole numbers in every cell, a zero written «0»
    # faintly (session 14: a blank cell read as missing data)
    assert cells == ["30", "20", "30", "0", "10", "5"]
    sup = _plain(fig._suptitle.get_text()).replace("\n", " ")
    assert "من كل 100 قصة" in sup
    # people only: named as people (session 17; was «الكيانات ...: 3 كيانات»)
    assert "الأشخاص الذين تذكرهم أكثر القصص: 3 أشخاص" in sup
    assert "الخلية: القصص التي تذكر الشخص من كل 100 قصة من قصص الصحيفة" in sup


def test_a_heatmap_mixing_2_and_0_045_writes_both_with_the_same_decimals():
    counts = pd.DataFrame(
        {
            "outlet": ["a", "b"],
            "entity_id": ["x", "x"],
            "canonical": ["العراق", "العراق"],
            "type": ["LOC", "LOC"],
            "count": [4, 9],
            "per_1000": [2.0, 0.045],
        }
    )
    fig = entity_heatmap(counts, "outlet", group_sizes={"a": 10, "b": 10}, min_tokens=0)
    # smallest nonzero 0.045 < 0.05: two decimals in every cell (was «2» and «0.045»);
    # the float 0.045 lies just under 0.045 and rounds to 0.04
    assert sorted(t.get_text() for t in fig.axes[0].texts) == ["0.04", "2.00"]


@pytest.mark.parametrize(
    ("values", "shown"),
    [
        ([2.0, 0.5, 12400.0], ["2.0", "0.5", "12,400.0"]),  # 0.5 < 1: one decimal
        ([2.0, 0.045, 0.0], ["2.00", "0.04", "0.00"]),  # two decimals (0.045 -> 0.04)
        ([3.25, 0.06], ["3.25", "0.06"]),  # two decimals under 0.1
        ([1.0, 0.004], ["1.00", "<0.01"]),  # under half the last digit
        ([np.nan, 0.0], ["nan", "0"]),  # nothing nonzero: whole numbers
    ],
)
def test_cell_format_by_hand(values, shown):
    fmt = cell_format(values)
    assert [fmt(v) for v in values] == shown
