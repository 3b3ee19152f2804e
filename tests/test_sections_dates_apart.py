"""Notebook 04 warns when its sides' stories fall on different days (worked by hand)."""

import pandas as pd
import pytest

from helpers.sections import dates_apart


def _stories(days):
    return pd.DataFrame(
        {"story_id": [f"s{i}" for i in range(len(days))], "date": pd.to_datetime(days)}
    )


def test_sides_on_different_days_are_named_with_their_shares():
    # A: s0-s7 = 6 on 21 July, 2 on 22 -> 75 % / 25 %; B: s8-s15 = 2 and 6 -> 25 % / 75 %
    # TVD = (|.75 - .25| + |.25 - .75|) / 2 = 0.5
    days = ["2015-07-21"] * 6 + ["2015-07-22"] * 2 + ["2015-07-21"] * 2 + ["2015-07-22"] * 6
    st = _stories(days)
    ids = st["story_id"].tolist()
    note = dates_apart(st, ids[:8], ids[8:])
    # session 21: the paragraph is Arabic (the same numbers)
    assert "(مسافة التباين الكلي 0.50 بين" in note
    assert "على 8 قصص مؤرخة في الجانب أ و8 في الجانب ب" in note
    assert "75% من قصص الجانب أ مقابل 25% من قصص الجانب ب في 21 يوليو 2015." in note


def test_close_calendars_and_undated_sides_say_nothing():
    # A 3/3, B 6/4 over two days: TVD = (|.5 - .6| + |.5 - .4|) / 2 = 0.1 < 0.3
    days = ["2015-07-21"] * 3 + ["2015-07-22"] * 3
    days += ["2015-07-21"] * 6 + ["2015-07-22"] * 4
    st = _stories(days)
    ids = st["story_id"].tolist()
    assert dates_apart(st, ids[:6], ids[6:]) is None
    assert "0.10" in dates_apart(st, ids[:6], ids[6:], threshold=0.05)  # judged, below 0.3
    assert dates_apart(st.drop(columns="date"), ids[:6], ids[6:]) is None
    undated = st.assign(date=pd.NaT)
    assert dates_apart(undated, ids[:6], ids[6:]) is None


def test_the_threshold_is_inclusive():
    # A all on 21 July, B 70 % on 21 July: TVD = (0.3 + 0.3) / 2 = 0.3
    days = ["2015-07-21"] * 10 + ["2015-07-21"] * 7 + ["2015-07-22"] * 3
    st = _stories(days)
    ids = st["story_id"].tolist()
    assert "0.30" in dates_apart(st, ids[:10], ids[10:])
    assert dates_apart(st, ids[:10], ids[10:], threshold=0.31) is None


def test_a_side_of_few_dated_stories_is_not_judged():
    # A: 100 stories, 4 dated (all 2 August); B: 5 stories of 1 August -> TVD would be
    # 1.00, but 4 dated stories (< MIN_DATED = 5) cannot stand for A's calendar
    days = ["2015-08-02"] * 4 + [None] * 96 + ["2015-08-01"] * 5
    st = _stories(days)
    ids = st["story_id"].tolist()
    assert dates_apart(st, ids[:100], ids[100:]) is None
    st.loc[4, "date"] = pd.Timestamp("2015-08-02")  # a fifth dated story: judged
    assert "1.00" in dates_apart(st, ids[:100], ids[100:])


def test_a_repeated_story_id_counts_once():
    days = ["2015-07-21"] * 6 + ["2015-07-22"] * 6
    st = _stories(days)
    st = pd.concat([st, st.iloc[[0]]], ignore_index=True)  # s0 twice
    ids = [f"s{i}" for i in range(12)]
    assert "1.00" in dates_apart(st, ids[:6], ids[6:])


class _Side:
    def __init__(self, target, reference):
        self.target, self.reference = target, reference


@pytest.mark.parametrize(
    "target, reference, by_date",
    [
        ({"outlet": "sabq"}, None, False),
        ({"date": ("2015-07-21", "2015-07-21")}, None, True),  # the user named days
        ({"date:D": "2015-07-21"}, None, True),  # a period unit's default side
        ({"outlet": "sabq"}, {" Date ": ("2015-07-21", "2015-07-22")}, True),
        ("2015-07-21/sabq-01", None, False),
    ],
)
def test_sides_chosen_by_date_are_not_warned_about(target, reference, by_date):
    from helpers.sections import Contrast

    c = Contrast(None, target, reference, None, pd.DataFrame(), "A", "B", _Side(target, reference))
    assert c._sides_by_date() is by_date


def test_days_of_unequal_order_raise_no_pandas_warning():
    # value_counts orders A's days 22, 21 and B's 25, 22, 23: the concat of the two
    # DatetimeIndexes is sorted explicitly (pandas 3 warned, Pandas4Warning, when it
    # sorted them by default). A: 5 on 21, 15 on 22 -> 25 % / 75 %; B (s15-s39): 5 on 22,
    # 5 on 23, 15 on 25 -> 20 % / 20 % / 60 %. Gaps 21: .25, 22: .55, 23: .20, 25: .60
    # -> TVD 1.6 / 2 = 0.8, the day 25 July (0 % against 60 %).
    import warnings

    from helpers.sections import days_apart

    days = ["2015-07-21"] * 5 + ["2015-07-22"] * 15 + ["2015-07-23"] * 5
    days += ["2015-07-25"] * 15
    st = _stories(days)
    ids = st["story_id"].tolist()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        apart = days_apart(st, ids[:20], ids[15:])
    assert apart.tvd == pytest.approx(0.8)
    assert apart.day == pd.Timestamp("2015-07-25")
    assert (apart.share_a, apart.share_b) == (0.0, pytest.approx(0.6))
    assert (apart.n_a, apart.n_b) == (20, 25)
