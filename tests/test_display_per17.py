"""Session 17: a capped table shares its rows between the groups of the unit.

A newcomer's two-outlet run showed 40 rows of quotes per speaker, entities and stories,
all from the first outlet («الوطن»), the second never. ``rtl_table(per=...)`` gives
each group its share of ``max_rows``. And a p-value cell reads left to right. Values
worked out by hand.
"""

import pandas as pd

from helpers.display import rtl_table


def _table(n_a: int, n_b: int) -> pd.DataFrame:
    n = n_a + n_b
    return pd.DataFrame(
        {"outlet": ["a"] * n_a + ["b"] * n_b, "speaker": [f"s{i}" for i in range(n)]},
        index=[0] * n,  # a repeated index: rows are chosen by position
    )


def _speakers(html: str, n: int) -> list[str]:
    return [f"s{i}" for i in range(n) if f">s{i}<" in html]


def test_two_groups_share_the_rows():
    html = rtl_table(_table(30, 20), max_rows=10, per="outlet").data
    assert _speakers(html, 50) == ["s0", "s1", "s2", "s3", "s4", "s30", "s31", "s32", "s33", "s34"]
    assert "… لم يظهر هنا 40 صفاً" in html  # session 19: the note in Arabic


def test_without_per_the_first_rows_as_before():
    html = rtl_table(_table(30, 20), max_rows=10).data
    assert _speakers(html, 50) == [f"s{i}" for i in range(10)]


def test_more_groups_than_rows_shows_the_first_groups_only():
    df = pd.DataFrame(
        {"story_id": [f"s{i}" for i in range(12)], "speaker": [f"s{i}" for i in range(12)]}
    )
    html = rtl_table(df, max_rows=5, per="story_id").data
    assert _speakers(html, 12) == ["s0", "s1", "s2", "s3", "s4"]
    assert "… لم يظهر هنا 7 صفوف" in html


def test_a_table_without_the_column_or_short_enough_is_shown_as_before():
    assert _speakers(rtl_table(_table(3, 2), max_rows=10, per="outlet").data, 5) == [
        "s0",
        "s1",
        "s2",
        "s3",
        "s4",
    ]
    html = rtl_table(_table(30, 20).drop(columns="outlet"), max_rows=4, per="outlet").data
    assert _speakers(html, 50) == ["s0", "s1", "s2", "s3"]


def test_a_p_value_reads_left_to_right_in_the_right_to_left_table():
    # «< 0.001» in a right-to-left cell showed «0.001 >», read as "greater than"
    df = pd.DataFrame({"term": ["أ", "ب"], "p_value": [1e-9, 0.25]})
    html = rtl_table(df).data
    # session 21: by p_value_text's own isolate (LRI ... PDI), kept in a text dump too;
    # 0.250 has no sign to turn round
    assert ">\u2066&lt; 0.001\u2069</td>" in html
    assert ">0.250</td>" in html
