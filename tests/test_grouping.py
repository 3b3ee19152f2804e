"""GROUP_BY resolved once for every notebook (helpers.grouping.choose_group_by)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.errors import ArgumentError, CorpusFormatError
from helpers.grouping import CORPUS_GROUP, UnitWarning, choose_group_by


def stories(n: int, **columns) -> pd.DataFrame:
    return pd.DataFrame({"story_id": [f"s{i:02d}" for i in range(n)], **columns})


def test_small_corpus_is_compared_story_by_story():
    unit = choose_group_by(stories(2))
    assert (unit.by, unit.per_story, unit.groups) == ("story_id", True, 2)
    # eight stories is still story level, even with an outlet column
    unit = choose_group_by(stories(8, outlet=["okaz"] * 4 + ["aawsat"] * 4))
    assert unit.by == "story_id" and unit.per_story


def test_larger_corpus_uses_outlet_then_folder_then_the_corpus():
    outlets = ["okaz"] * 6 + ["aawsat"] * 3
    assert choose_group_by(stories(9, outlet=outlets)).by == "outlet"
    assert choose_group_by(stories(9, outlet=outlets)).groups == 2
    assert choose_group_by(stories(9, group=["june"] * 5 + ["july"] * 4)).by == "group"
    unit = choose_group_by(stories(9))
    assert (unit.by, unit.groups, unit.per_story) == (CORPUS_GROUP, 1, False)
    # an outlet column empty for every story is no outlet
    assert choose_group_by(stories(9, outlet=[""] * 9)).by == CORPUS_GROUP


def test_named_column_and_periods():
    dates = pd.to_datetime(["2015-07-20"] * 5 + ["2015-07-28"] * 4)
    table = stories(9, outlet=["okaz"] * 9, date=dates)
    assert choose_group_by(table, "outlet").by == "outlet"
    unit = choose_group_by(table, "date:W")
    assert (unit.by, unit.column(), unit.groups) == ("date:W", "period", 2)
    assert choose_group_by(table, "story_id").per_story is False  # 9 > 8: no per-story files


def test_missing_column_names_the_columns_it_has():
    with pytest.raises(ArgumentError, match=r"'source'.*it has story_id, outlet \("):
        choose_group_by(stories(3, outlet=["a", "b", "a"]), "source")
    with pytest.raises(ArgumentError, match="date column"):
        choose_group_by(stories(3), "date:D")
    with pytest.raises(ArgumentError, match="empty for every story"):
        choose_group_by(stories(3, author=[None, "", " "]), "author")
    with pytest.raises(CorpusFormatError):
        choose_group_by(pd.DataFrame({"id": [1]}))


def test_a_column_where_every_story_differs_is_story_level():
    table = stories(20, url=[f"https://okaz.com.sa/{i}" for i in range(20)])
    with pytest.warns(UnitWarning, match="every story has its own value"):
        unit = choose_group_by(table, "url")
    assert unit.by == "story_id" and unit.per_story is False  # the cap: 20 > 8


def test_describe_says_the_unit_and_how_to_change_it():
    text = choose_group_by(stories(9, outlet=["okaz"] * 5 + ["sabq"] * 4)).describe()
    # Arabic since session 20 (counted nouns: helpers.charts.skeleton.counted)
    assert "`outlet`" in text and "(مجموعتان، 9 قصص)" in text and "GROUP_BY" in text


def test_read_parameter_takes_papermill_text():
    from helpers.grouping import read_parameter

    assert read_parameter('{"outlet": "aawsat"}') == {"outlet": "aawsat"}
    assert read_parameter('{"date": ["2015-07-21", "2015-07-27"]}') == {
        "date": ("2015-07-21", "2015-07-27")
    }
    assert read_parameter('["a-01", "b-01"]') == ["a-01", "b-01"]
    assert read_parameter("asharq-two-stories-01") == "asharq-two-stories-01"
    assert read_parameter(None) is None
    with pytest.raises(ArgumentError, match="TARGET"):
        read_parameter('{"outlet": aawsat}', "TARGET")


def test_folder_groups(tmp_path):
    from helpers.grouping import folder_groups

    assert folder_groups(tmp_path) is None  # no sub-folders
    (tmp_path / "june").mkdir()
    assert folder_groups(tmp_path) is None  # one sub-folder is no comparison
    (tmp_path / "july").mkdir()
    (tmp_path / ".git").mkdir()
    assert folder_groups(tmp_path) == "folder"
    assert folder_groups(tmp_path / "missing") is None


def test_auto_period_and_labels():
    from helpers.grouping import auto_period

    assert auto_period(pd.to_datetime(["2015-07-01", "2015-09-01"])) == "D"  # 62 days
    assert auto_period(pd.to_datetime(["2015-07-01", "2015-09-02"])) == "W"
    assert auto_period(pd.to_datetime(["2013-01-01", "2015-09-02"])) == "M"
    assert auto_period(pd.Series([pd.NaT])) == "D"
    table = stories(9, date=pd.to_datetime(["2015-07-20"] * 9))
    assert choose_group_by(table, "date:D").label(pd.Timestamp("2015-07-20")) == "20 يوليو 2015"
    assert choose_group_by(table, "date:M").label(pd.Timestamp("2015-07-01")) == "يوليو 2015"


def test_describe_counts_stories_and_periods_in_their_own_words():
    two = choose_group_by(stories(2)).describe()
    # Arabic since session 20 (counted nouns: helpers.charts.skeleton.counted)
    assert "كل **قصة** على حدة (قصتان)." in two and "مجموعة" not in two
    dated = stories(9, date=pd.to_datetime(["2015-07-21"] * 5 + ["2015-07-29"] * 4))
    assert "كل **أسبوع** (أسبوعان، 9 قصص)." in choose_group_by(dated, "date:W").describe()
    assert "كل **يوم** (يومان، 9 قصص)." in choose_group_by(dated, "date:D").describe()
    one = choose_group_by(stories(9, outlet=["okaz"] * 9)).describe()
    assert "(مجموعة واحدة، 9 قصص)" in one and "وعمود `outlet`،" in one


# --- session 17: stories without a value of the unit are said, not dropped silently ---


def _twelve(outlets):
    return pd.DataFrame({"story_id": [f"s{i}" for i in range(12)], "outlet": outlets})


def test_auto_skips_a_column_most_stories_lack():
    # 4 of 12 stories have an outlet (8 null or empty): comparing by it would leave
    # two thirds of the corpus out of every table, so the corpus is one whole
    unit = choose_group_by(_twelve(["a", "b", "a", "b"] + [None] * 4 + [""] * 4))
    assert (unit.by, unit.groups) == (CORPUS_GROUP, 1)


def test_auto_says_how_many_stories_a_column_leaves_out():
    unit = choose_group_by(_twelve(["a", "b"] * 4 + ["a", None, "", " "]))
    assert (unit.by, unit.groups) == ("outlet", 2)
    assert unit.reason.endswith(  # Arabic since session 20
        "ليس لـ3 قصص من 12 قصة قيمة في `outlet`، فتُترك خارج المقارنات بحسبه."
    )


def test_an_asked_column_says_how_many_stories_it_leaves_out():
    unit = choose_group_by(_twelve(["a", "b", "a", "b"] + [None] * 8), "outlet")
    assert unit.by == "outlet"
    # Arabic since session 20: «ليس لـ8 قصص من 12 قصة قيمة في `outlet`»
    assert "ليس لـ8 قصص من 12 قصة قيمة في `outlet`، فتُترك خارج المقارنات بحسبه." in unit.reason
    assert "ليس لـ8 قصص من 12 قصة قيمة في `outlet`" in unit.describe()


def test_a_full_column_adds_no_sentence():
    unit = choose_group_by(_twelve(["a", "b"] * 6), "outlet")
    assert unit.reason == "تُقارن القصص بحسب `outlet`، كما طُلب."  # Arabic since session 20
