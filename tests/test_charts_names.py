"""What a reader sees for a group and a unit: Arabic names (helpers.charts.names), the
one group order a chart is given, and a comparison cloud of exactly its sides.

Expected names are the mastheads of the SaudiNewsNet papers (its README lists the ids);
every number below is counted by hand from the table built in the test.
"""

from __future__ import annotations

import pandas as pd
import pytest
from chart_text import plain

from helpers.charts import (
    comparison_cloud,
    entity_heatmap,
    stories_over_time,
    story_lengths_chart,
    time_series_chart,
    top_terms_by_group,
)
from helpers.charts.names import group_name, outlet_names, unit_name, unit_noun
from helpers.grouping import choose_group_by

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]


def test_outlet_ids_and_domains_by_their_arabic_names():
    assert group_name("aawsat") == "الشرق الأوسط"
    assert group_name("3alyoum") == "عين اليوم"
    assert group_name("alyaum") == "اليوم"
    assert group_name("was") == "واس"
    # case, www., a scheme and a trailing slash do not matter
    assert group_name("OKAZ") == "عكاظ"
    assert group_name("https://www.sabq.org/") == "سبق"
    assert group_name("aleqt.com") == "الاقتصادية"
    # anything else as it is: a story id, an Arabic name, a number
    assert group_name("asharq-two-stories-01") == "asharq-two-stories-01"
    assert group_name("الرياض") == "الرياض"
    assert group_name(12) == "12"
    assert group_name(None) == "" and group_name(float("nan")) == ""
    # SaudiNewsNet's 14 ids (its README) all have a name
    ids = [
        "aawsat",
        "aleqtisadiya",
        "aljazirah",
        "almadina",
        "alriyadh",
        "alwatan",
        "alweeam",
        "alyaum",
        "arreyadi",
        "arriyadiyah",
        "okaz",
        "sabq",
        "was",
        "3alyoum",
    ]
    assert all(i in outlet_names() for i in ids) and len(ids) == 14


def test_units_named_in_arabic():
    assert [unit_name(u) for u in ("outlet", "story_id", "side", "date:D", "date:W")] == [
        "الصحيفة",
        "القصة",
        "الجانب",
        "اليوم",
        "الأسبوع",
    ]
    assert unit_name("date:M") == "الشهر" and unit_name("category") == "المجموعة"
    # a `period` column: days, weeks or months read from its labels (Unit.label)
    assert unit_noun("period", ["أسبوع 20 يوليو 2015", "أسبوع 27 يوليو 2015"]) == "أسبوع"
    assert unit_noun("period", ["يوليو 2015", "أغسطس 2015"]) == "شهر"
    assert unit_noun("period", ["20 يوليو 2015"]) == "يوم"
    assert unit_noun("outlet") == "صحيفة" and unit_noun("nope") == "مجموعة"


def test_unit_label_arabic_names_weeks_and_story_ids():
    table = pd.DataFrame(
        {
            "story_id": ["okaz", "b", "c"],
            "outlet": ["okaz", "aawsat", "okaz"],
            "date": pd.to_datetime(["2015-07-20", "2015-07-22", "2015-07-28"]),
        }
    )
    assert choose_group_by(table, "outlet").label("aawsat") == "الشرق الأوسط"
    assert choose_group_by(table, "outlet").label("my-blog") == "my-blog"
    # the week starting Monday 20 July 2015
    week = choose_group_by(table, "date:W")
    assert week.label(pd.Timestamp("2015-07-20")) == "أسبوع 20 يوليو 2015"
    # a story id is never renamed, even one spelled like an outlet
    assert choose_group_by(table, "story_id").label("okaz") == "okaz"


def dated_stories() -> pd.DataFrame:
    # 3 stories on 20 July, 2 on 21 July 2015; okaz 3, aawsat 2
    return pd.DataFrame(
        {
            "story_id": list("abcde"),
            "title": ["عنوان"] * 5,
            "body": ["واحد اثنان"] * 5,
            "outlet": ["okaz", "okaz", "aawsat", "okaz", "aawsat"],
            "date": pd.to_datetime(["2015-07-20"] * 3 + ["2015-07-21"] * 2),
        }
    )


def test_one_series_of_many_days_is_not_called_one_group():
    # GROUP_BY date:D draws the corpus as one series (by=None): the subtitle counts the
    # stories, never «مجموعة واحدة»
    fig = stories_over_time(dated_stories(), None, period="D")
    sup = plain(fig._suptitle.get_text())
    assert "مجموعة" not in sup and "5 قصص" in sup
    fig = story_lengths_chart(dated_stories(), None)
    assert "مجموعة" not in plain(fig._suptitle.get_text())
    # by outlet: two outlets, in their noun
    fig = stories_over_time(dated_stories(), "outlet", period="D")
    assert "صحيفتان، 5 قصص" in plain(fig._suptitle.get_text())


def test_the_order_given_is_kept():
    stories = dated_stories()
    # most stories first would be okaz (3) then aawsat (2); the order given wins
    fig = story_lengths_chart(stories, "outlet", order=["aawsat", "okaz"])
    names = [plain(t.get_text()) for t in fig.axes[0].get_yticklabels()]
    assert names == ["الشرق الأوسط · قصتان", "عكاظ · 3 قصص"]
    fig = stories_over_time(stories, "outlet", order=["aawsat", "okaz"])
    # RTL legend of one row: reversed, so the first group is the rightmost entry
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["عكاظ", "الشرق الأوسط"]
    freq = pd.DataFrame(
        {
            "outlet": ["okaz", "aawsat"],
            "term": ["حج", "حج"],
            "label": ["الحج", "الحج"],
            "count": [9, 2],
            "per_1000": [4.5, 1.0],
        }
    )
    sizes = {"okaz": 30, "aawsat": 20}
    fig = top_terms_by_group(freq, "outlet", group_sizes=sizes, order=["aawsat", "okaz"])
    # two panels in one row, right to left: the first in order is the right panel
    assert plain(fig.axes[1].get_title(loc="right")) == "الشرق الأوسط · 20 قصة"
    # the default title names the unit in its own noun
    assert plain(fig._suptitle.get_text(), join=False).startswith(
        "الكلمات الأكثر تكراراً في كل صحيفة\n"
    )
    mentions = pd.DataFrame(
        {
            "outlet": ["okaz", "aawsat"],
            "entity_id": ["country:IQ", "country:IQ"],
            "canonical": ["العراق", "العراق"],
            "count": [6, 3],
        }
    )
    fig = entity_heatmap(mentions, "outlet", value="count", order=["aawsat", "okaz"])
    # columns left to right: the first group is on the right
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert ticks == ["عكاظ", "الشرق الأوسط"]
    assert fig.axes[0].images[0].get_array().tolist() == [[6.0, 3.0]]


def test_time_series_colours_follow_the_order_given():
    series = pd.DataFrame(
        {
            "period": pd.to_datetime(["2015-07-20", "2015-07-20"]),
            "group": ["okaz", "aawsat"],
            "key": ["حج", "حج"],
            "label": ["الحج", "الحج"],
            "count": [8, 2],
            "per_1000": [4.0, 1.0],
        }
    )
    fig = time_series_chart(series, order=["aawsat", "okaz"], min_tokens=0)
    colour = {plain(line.get_label()): line.get_color() for line in fig.axes[0].lines}
    # the first group of the order takes the first colour, as in stories_over_time
    assert colour == {"الشرق الأوسط": "#1b6a8f", "عكاظ": "#c8553d"}


def test_comparison_cloud_draws_exactly_its_sides_with_their_stories():
    rows = []
    for side, tokens in (("عكاظ", 4000), ("بقية القصص", 3000)):
        for word, c in (("الحج", 8), (f"كلمة{len(side)}", 4)):
            rows.append((side, word, word, c, c * 1000 / tokens))
    freq = pd.DataFrame(rows, columns=["story_id", "term", "label", "count", "per_1000"])
    # a side of 3 stories (under MIN_GROUP_STORIES = 5) is drawn all the same: it was named
    fig = comparison_cloud(
        freq,
        stories=["عكاظ", "بقية القصص"],
        group_sizes={"عكاظ": 3, "بقية القصص": 40},
        by="side",
    )
    legend = [plain(t.get_text()) for t in fig.legends[0].get_texts()]
    assert legend == ["بقية القصص · 40 قصة", "عكاظ · 3 قصص"]
    sup = plain(fig._suptitle.get_text())
    assert "جانبان، 43 قصة" in sup and "تُركت" not in sup


def test_nationalities_by_their_adjective_and_group_labels_by_one_rule():
    from helpers.charts.names import entity_labels, group_label

    counts = pd.DataFrame(
        {
            "entity_id": ["country:SA", "country:SA", "country:EG", "norp:x"],
            "canonical": ["السعودية", "السعودية", "مصر", "الشيعة"],
            "type": ["LOC", "NORP", "NORP", "NORP"],
        }
    )
    assert entity_labels(counts).tolist() == ["السعودية", "سعودي", "مصري", "الشيعة"]
    assert group_label("date:W", pd.Timestamp("2015-07-20")) == "أسبوع 20 يوليو 2015"
    assert group_label("date:M", pd.Timestamp("2015-07-01")) == "يوليو 2015"
    assert group_label("outlet", "aawsat") == "الشرق الأوسط"
    assert group_label("story_id", "aawsat") == "aawsat"  # a story id as it is
    unit = choose_group_by(pd.DataFrame({"story_id": ["a"], "outlet": ["okaz"]}), "outlet")
    assert unit.label("okaz") == group_label("outlet", "okaz") == "عكاظ"
