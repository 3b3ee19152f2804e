"""Notebook 04 warns when its sides' stories fall on different days (worked by hand)."""

import pandas as pd

from helpers.sections import dates_apart


def _stories(days):
    return pd.DataFrame(
        {"story_id": [f"s{i}" for i in range(len(days))], "date": pd.to_datetime(days)}
    )


def test_sides_on_different_days_are_named_with_their_shares():
    # A: s0-s3 = 3 on 21 July, 1 on 22 -> 75 % / 25 %; B: s4-s7 = 1 and 3 -> 25 % / 75 %
    # TVD = (|.75 - .25| + |.25 - .75|) / 2 = 0.5
    days = ["2015-07-21"] * 3 + ["2015-07-22"] + ["2015-07-21"] + ["2015-07-22"] * 3
    note = dates_apart(_stories(days), ["s0", "s1", "s2", "s3"], ["s4", "s5", "s6", "s7"])
    assert "total variation distance 0.50" in note
    assert "75% of side A's stories against 25% of side B's are of 2015-07-21" in note


def test_close_calendars_and_undated_sides_say_nothing():
    # A 2/2, B 3/2 over two days: TVD = (|.5 - .6| + |.5 - .4|) / 2 = 0.1 < 0.3
    days = ["2015-07-21", "2015-07-21", "2015-07-22", "2015-07-22"]
    days += ["2015-07-21"] * 3 + ["2015-07-22"] * 2
    st = _stories(days)
    ids = st["story_id"].tolist()
    assert dates_apart(st, ids[:4], ids[4:]) is None
    assert dates_apart(st.drop(columns="date"), ids[:4], ids[4:]) is None
    undated = st.assign(date=pd.NaT)
    assert dates_apart(undated, ids[:4], ids[4:]) is None


def test_the_threshold_is_inclusive():
    # A all on 21 July, B 70 % on 21 July: TVD = (0.3 + 0.3) / 2 = 0.3
    days = ["2015-07-21"] * 10 + ["2015-07-21"] * 7 + ["2015-07-22"] * 3
    st = _stories(days)
    ids = st["story_id"].tolist()
    assert "0.30" in dates_apart(st, ids[:10], ids[10:])
    assert dates_apart(st, ids[:10], ids[10:], threshold=0.31) is None
