"""Groups and selections (helpers.corpus.groups): by=, periods, selections, sides.

Values are worked out by hand from the small stories tables below.
"""

import pandas as pd
import pytest

from helpers.corpus import group_column, resolve_sides, select_stories, story_groups
from helpers.errors import ArgumentError, KhabarError, SelectionError

STORIES = pd.DataFrame(
    {
        "story_id": ["s1", "s2", "s3", "s4", "s5"],
        "outlet": ["aawsat", "okaz", "aawsat", "", "okaz"],
        # Tue 21 Jul 2015, Mon 27 Jul, Tue 28 Jul, Sat 1 Aug, missing
        "date": pd.to_datetime(
            ["2015-07-21 10:00", "2015-07-27 23:59", "2015-07-28 00:00", "2015-08-01 00:00", None]
        ),
    }
)


def test_group_column_names():
    assert group_column("story_id") == "story_id"
    assert group_column("outlet") == "outlet"
    assert [group_column(f"date:{p}") for p in "DWM"] == ["period"] * 3
    with pytest.raises(ArgumentError, match=r"by='date:Y' is not a period"):
        group_column("date:Y")


def test_story_groups_column_leaves_out_missing_values():
    g = story_groups(STORIES, "outlet")
    assert g.name == "outlet"
    # s4 has an empty outlet: in no group
    assert g.to_dict() == {"s1": "aawsat", "s2": "okaz", "s3": "aawsat", "s5": "okaz"}
    assert story_groups(STORIES).to_dict() == {s: s for s in STORIES.story_id}


def test_story_groups_periods_by_hand():
    day = story_groups(STORIES, "date:D")
    assert day.name == "period" and str(day.dtype) == "datetime64[ns]"
    assert [str(d.date()) for d in day] == ["2015-07-21", "2015-07-27", "2015-07-28", "2015-08-01"]
    # ISO weeks start on Monday: 21 Jul (Tue) -> Mon 20 Jul; 27 Jul is a Monday;
    # 28 Jul -> 27 Jul; Sat 1 Aug -> Mon 27 Jul
    week = story_groups(STORIES, "date:W")
    assert [str(d.date()) for d in week] == ["2015-07-20", "2015-07-27", "2015-07-27", "2015-07-27"]
    month = story_groups(STORIES, "date:M")
    assert [str(d.date()) for d in month] == ["2015-07-01"] * 3 + ["2015-08-01"]
    assert "s5" not in day.index  # no date: in no period


def test_story_groups_bad_by_lists_columns():
    with pytest.raises(ArgumentError) as err:
        story_groups(STORIES, "author")
    assert "by='author' names no column of the stories table; its columns are story_id, " in str(
        err.value
    )
    assert "outlet, date" in str(err.value)
    empty = STORIES.assign(author=["", None, " ", "", None])
    with pytest.raises(ArgumentError, match="the column 'author' is empty for every story"):
        story_groups(empty, "author")
    with pytest.raises(ArgumentError, match="the column 'outlet' holds no dates"):
        story_groups(STORIES, "outlet:W")
    assert issubclass(ArgumentError, KhabarError)


def test_select_column_values_lists_and_date_ranges():
    assert select_stories({"outlet": "aawsat"}, stories=STORIES) == ["s1", "s3"]
    assert select_stories({"outlet": ["okaz", "aawsat"]}, stories=STORIES) == [
        "s1",
        "s2",
        "s3",
        "s5",
    ]
    # inclusive range of days: 27 Jul 23:59 is inside, 28 Jul 00:00 is not
    week = select_stories({"date": ("2015-07-21", "2015-07-27")}, stories=STORIES)
    assert week == ["s1", "s2"]
    assert select_stories({"date": "2015-07-28"}, stories=STORIES) == ["s3"]
    assert select_stories({"date:W": "2015-07-27"}, stories=STORIES) == ["s2", "s3", "s4"]
    both = {"outlet": "okaz", "date": (pd.Timestamp("2015-07-01"), "2015-07-31")}
    assert select_stories(both, stories=STORIES) == ["s2"]


def test_select_bad_input_names_the_side():
    with pytest.raises(SelectionError, match=r"the target \{'outlet': 'nope'\} selects no stories"):
        select_stories({"outlet": "nope"}, stories=STORIES, name="target")
    with pytest.raises(SelectionError, match="which the stories table does not have"):
        select_stories({"author": "x"}, stories=STORIES, name="target")
    with pytest.raises(SelectionError, match="ends \\(2015-07-01\\) before it starts"):
        select_stories({"date": ("2015-07-27", "2015-07-01")}, stories=STORIES)
    with pytest.raises(SelectionError, match="'someday' for the date column 'date'"):
        select_stories({"date": "someday"}, stories=STORIES)


def test_resolve_sides():
    t, r = resolve_sides(STORIES, {"outlet": "aawsat"})
    assert (t, r) == (["s1", "s3"], ["s2", "s4", "s5"])
    t, r = resolve_sides(
        STORIES, {"date": ("2015-07-20", "2015-07-26")}, {"date": ("2015-07-27", "2015-08-02")}
    )
    assert (t, r) == (["s1"], ["s2", "s3", "s4"])
    with pytest.raises(SelectionError, match="the reference \\(every story not in the target\\)"):
        resolve_sides(STORIES, {"outlet": ["aawsat", "okaz", ""]})
    with pytest.raises(SelectionError, match="stories in both target and reference: s2"):
        resolve_sides(STORIES, {"outlet": "okaz"}, {"date": ("2015-07-27", "2015-07-27")})
    with pytest.raises(SelectionError, match="target and reference select the same stories"):
        resolve_sides(STORIES, "s1", ["s1"])
    with pytest.raises(SelectionError, match="the reference selects no stories"):
        resolve_sides(STORIES, "s1", [])


# --- one date parser everywhere (hostile-input list of issue 10): a text date column is
# read by helpers.corpus.dates.parse_date (day first, Arabic month names), never by
# pandas; a time-zone-aware column keeps its local time and drops the zone, as
# parse_date does with an offset written in a cell (session 13: a story is on the
# calendar day of the place that dated it, helpers.corpus.dates.local_time)

TEXT_DATES = pd.DataFrame(
    {
        "story_id": ["a", "b", "c", "d"],
        "date": ["01/02/2015", "5 أغسطس 2015", "٣ آب ٢٠١٥", "غدا"],
    }
)


def test_text_dates_are_read_day_first_and_with_arabic_months():
    g = story_groups(TEXT_DATES, "date:D")
    # 01/02/2015 is 1 February (pandas would say 2 January); 5 August; 3 August in the
    # Levantine name with Arabic-Indic digits; "tomorrow" is no date: in no group
    assert g.to_dict() == {
        "a": pd.Timestamp("2015-02-01"),
        "b": pd.Timestamp("2015-08-05"),
        "c": pd.Timestamp("2015-08-03"),
    }
    assert story_groups(TEXT_DATES, "date:M")["c"] == pd.Timestamp("2015-08-01")


def test_text_dates_in_selections_are_read_day_first():
    assert select_stories({"date": "01/02/2015"}, stories=TEXT_DATES) == ["a"]
    assert select_stories({"date": ("1/8/2015", "5 أغسطس 2015")}, stories=TEXT_DATES) == ["b", "c"]
    with pytest.raises(SelectionError, match=r"'31/02/2015' for the date column 'date'"):
        select_stories({"date": "31/02/2015"}, stories=TEXT_DATES)


def test_time_zone_aware_dates_keep_their_local_day():
    riyadh = pd.Series(
        pd.to_datetime(["2015-07-21 23:30", "2015-07-22 01:00", "2015-07-22 03:00"])
    ).dt.tz_localize("Asia/Riyadh")  # in UTC 20:30 and 22:00 on the 21st, 00:00 on the 22nd
    st = pd.DataFrame({"story_id": ["r1", "r2", "r3"], "date": riyadh})
    # the days of Riyadh's calendar: 01:00 on the 22nd is a story of the 22nd
    assert story_groups(st, "date:D").to_dict() == {
        "r1": pd.Timestamp("2015-07-21"),
        "r2": pd.Timestamp("2015-07-22"),
        "r3": pd.Timestamp("2015-07-22"),
    }
    assert select_stories({"date": "2015-07-21"}, stories=st) == ["r1"]
    # a zone-aware bound keeps its local time too: from 02:00 in Riyadh on the 22nd
    start = pd.Timestamp("2015-07-22 02:00", tz="Asia/Riyadh")
    assert select_stories({"date": (start, "2015-07-23")}, stories=st) == ["r3"]
    t, r = resolve_sides(st, {"date": "2015-07-22"})
    assert (t, r) == (["r2", "r3"], ["r1"])


def test_mixed_offsets_in_an_object_column():
    st = pd.DataFrame(
        {
            "story_id": ["m1", "m2"],
            # each at its own local time: 23:30 on the 21st in Chicago, 01:00 on the
            # 22nd at +03:00 (in UTC the other way round: 04:30 on the 22nd, 22:00 on
            # the 21st)
            "date": [
                pd.Timestamp("2015-07-21 23:30", tz="America/Chicago"),
                pd.Timestamp("2015-07-22 01:00+03:00"),
            ],
        }
    )
    assert story_groups(st, "date:D").to_dict() == {
        "m1": pd.Timestamp("2015-07-21"),
        "m2": pd.Timestamp("2015-07-22"),
    }
