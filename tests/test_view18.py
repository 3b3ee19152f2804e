"""Session 18 (branch view18): what readers see in the charts.

Values worked out by hand (geometry and table values, not pixels):

1. a bar chart's value axis ends on a tick at or past its longest bar;
2. the quotes chart says how many quotations of each group have no known speaker;
3. a scatter marker of several words is labelled with all of them, or with its first
   word and how many others share it;
4. the story lengths box plot draws its outliers and counts them in the subtitle;
5. a cloud word with no room is skipped, not the end of the cloud.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

# ------------------------------------------------------------------ 1. value axis


def _axes(width=3.0, height=2.0, inverted=False):
    fig = Figure(figsize=(width, height))
    ax = fig.add_subplot()
    if inverted:
        ax.invert_xaxis()
    return ax


def test_value_axis_ends_on_the_tick_past_the_longest_bar():
    from helpers.charts.skeleton import END_ROOM, value_axis

    # the newcomer's panel: bars to 3.9, at most 3 intervals; steps 1, 2, 2.5, 5 of a
    # power of ten: 3.9 / 3 = 1.3 -> step 2: ticks 0, 2, 4; the axis ends at 4 + 2 %
    ax = _axes()
    ax.barh([0, 1], [3.9, 1.2])
    ticks = value_axis(ax, [3.9, 1.2], nbins=3)
    assert ticks.tolist() == [0.0, 2.0, 4.0]
    assert ax.get_xlim() == pytest.approx((0.0, 4.0 * (1 + END_ROOM)))
    assert ax.xaxis.get_major_locator()().tolist() == [0.0, 2.0, 4.0]
    # a right-to-left (inverted) axis stays inverted
    ax = _axes(inverted=True)
    ticks = value_axis(ax, [3.9], nbins=3)
    assert ax.get_xlim() == pytest.approx((4.08, 0.0))
    # whole counts: whole steps; 5 / 3 -> step 2: 0, 2, 4, 6 (6 is the first past 5)
    ax = _axes()
    assert value_axis(ax, [5, 1], nbins=3).tolist() == [0.0, 2.0, 4.0, 6.0]
    # a bar exactly on a tick ends the axis there (and a hair past it)
    ax = _axes()
    assert value_axis(ax, [4.0], nbins=3).tolist() == [0.0, 2.0, 4.0]
    # signed bars: the same reach both ways (2.3 and -1.1: -3 ... 3 by 1)
    ax = _axes(width=7.0)
    ticks = value_axis(ax, [2.3, -1.1], nbins=6, symmetric=True)
    assert ticks.tolist() == [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0]
    assert ax.get_xlim() == pytest.approx((-3.12, 3.12))
    # vertical bars: the y axis; 7 whole / 3 = 2.3 -> whole step 5 (2.5 is no whole step)
    ax = _axes()
    assert value_axis(ax, [7], axis="y", nbins=3).tolist() == [0.0, 5.0, 10.0]
    assert ax.get_ylim() == pytest.approx((0.0, 10.2))


def _last_tick_and_end(ax) -> tuple[float, float]:
    ticks = ax.xaxis.get_major_locator()()
    return float(max(ticks)), float(max(ax.get_xlim()))


def test_every_panel_of_a_group_chart_ticks_past_its_longest_bar():
    from helpers.charts import top_terms_by_group

    freq = pd.DataFrame(
        {
            "outlet": ["a", "a", "b", "b"],
            "term": ["س", "ص", "س", "ع"],
            "label": ["سوريا", "صنعاء", "سوريا", "عمان"],
            "count": [39, 12, 20, 10],
            "per_1000": [3.9, 1.2, 2.0, 1.0],
        }
    )
    fig = top_terms_by_group(freq, "outlet", min_stories=0, min_tokens=0)
    panels = [ax for ax in fig.axes if ax.patches]
    assert len(panels) == 2
    for ax in panels:
        last, end = _last_tick_and_end(ax)
        assert last >= 3.9 and end >= last  # 4 and 4.08: the longest bar has its tick
        assert last == 4.0


def test_bar_chart_and_keyness_ticks_cover_their_bars():
    from helpers.charts import bar_chart

    table = pd.DataFrame({"speaker": ["أ", "ب", "ج"], "quotes": [17, 3, 9]})
    ax = bar_chart(table, "speaker", "quotes").axes[0]
    last, end = _last_tick_and_end(ax)
    ticks = sorted(ax.xaxis.get_major_locator()())
    assert last >= 17 > ticks[-2] and end >= last


# ------------------------------------------------------------------ 2. quotes' note


def test_quotes_chart_counts_the_quotations_with_no_known_speaker():
    from helpers.charts import quotes_by_group
    from helpers.charts.views import UNATTRIBUTED_NOTE, unattributed_note

    per_speaker = pd.DataFrame(
        {
            "outlet": ["sabq", "sabq", "aawsat", "aawsat", "aawsat"],
            "speaker_id": ["", "person:x", "", "person:x", "person:y"],
            "speaker": ["(غير معروف)", "خالد", "(غير معروف)", "خالد", "سعد"],
            "quotes": [2, 3, 12, 4, 1],
            "words": [20, 30, 120, 40, 10],
        }
    )
    # most first: aawsat (الشرق الأوسط) 12, sabq (سبق) 2; 12 اقتباساً, 2 اقتباسان
    note = unattributed_note(per_speaker, "outlet")
    assert note == UNATTRIBUTED_NOTE.format(
        "12 اقتباساً في «الشرق الأوسط\u200f»، اقتباسان في «سبق\u200f»"
    )
    # the run's order first
    assert unattributed_note(per_speaker, "outlet", order=["sabq", "aawsat"]).endswith(
        "اقتباسان في «سبق\u200f»، 12 اقتباساً في «الشرق الأوسط\u200f»"
    )
    # every quotation attributed: no note
    assert unattributed_note(per_speaker[per_speaker["speaker_id"] != ""], "outlet") == ""
    fig = quotes_by_group(per_speaker, "outlet", min_stories=0, subtitle="س")
    heading = "\n".join(t.get_text() for t in fig.texts)
    assert "بلا متكلم معروف" in heading and "12" in heading
    # the unknown speaker is no bar
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert not any("غير معروف" in s for s in labels)


# ------------------------------------------------------------------ 3. scatter labels


def test_a_marker_of_several_words_is_labelled_truthfully():
    from helpers.charts.scatter import marker_label, others_phrase

    df = pd.DataFrame(
        {
            "term": ["حكيم", "اميركي", "عراق", "اسد", "دمشق", "بشار", "حلب", "ادلب"],
            "label": ["الحكيم", "الأميركي", "العراق", "الأسد", "دمشق", "بشار", "حلب", "إدلب"],
        }
    )
    a = np.array([3, 3, 2, 0, 0, 0, 0, 0], dtype=float)
    b = np.array([0, 0, 0, 4, 2, 2, 2, 2], dtype=float)
    assert marker_label(df, a, b, 2) == "العراق"  # alone at 2 / 0
    # two words, short: both, the chosen first
    assert marker_label(df, a, b, 1) == "الأميركي، الحكيم"
    assert marker_label(df, a, b, 0) == "الحكيم، الأميركي"
    # four words at 0 / 2: more than ALL_WORDS (3): the first and «و3 كلمات أخرى»
    assert marker_label(df, a, b, 4) == "دمشق و3 كلمات أخرى"
    assert others_phrase(1) == "وكلمة أخرى"
    assert others_phrase(2) == "وكلمتان أخريان"
    assert others_phrase(11) == "و11 كلمة أخرى"
    # three long words do not fit in 24 characters: the first and the others counted
    long = pd.DataFrame({"term": ["x", "y", "z"], "label": ["الاستراتيجية"] * 3})
    one = np.ones(3)
    assert marker_label(long, one, one, 0) == "الاستراتيجية وكلمتان أخريان"


def test_the_scatter_draws_the_marker_labels():
    from helpers.charts import term_scatter

    df = pd.DataFrame(
        {
            "term": ["حكيم", "اميركي", "عراق", "اسد", "يوم"],
            "count_target": [3, 3, 2, 0, 1],
            "count_reference": [0, 0, 0, 4, 1],
            "log_odds_z": [2.0, 2.0, 1.5, -2.5, 0.0],
        }
    )
    df["label"] = df["term"]
    df.attrs.update(target_size=100, reference_size=100)
    fig = term_scatter(df, n_labels=4)
    texts = [t.get_text() for t in fig.axes[0].texts]
    # اميركي and حكيم share 3 / 0: one label names both (اميركي first: ties by term)
    assert any("اميركي" in s and "حكيم" in s for s in texts)


# ------------------------------------------------------------------ 4. story lengths


def test_story_lengths_draw_their_outliers_and_count_them():
    from helpers.charts import story_lengths_chart
    from helpers.charts.views import OUTLIERS_NOTE

    # 10 stories of 10 words and one of 100: quartiles 10 and 10, IQR 0: the 100-word
    # story is past the fence; in the other group 5 to 9 words, no outlier
    bodies = ["ك " * 9] * 10 + ["ك " * 99] + ["ك " * n for n in (4, 5, 6, 7, 8)]
    stories = pd.DataFrame(
        {
            "story_id": [f"s{i}" for i in range(16)],
            "title": ["ع"] * 16,
            "body": bodies,
            "outlet": ["sabq"] * 11 + ["aawsat"] * 5,
        }
    )
    fig = story_lengths_chart(stories, "outlet")
    ax = fig.axes[0]
    fliers = [line for line in ax.lines if line.get_marker() == "o"]
    points = sorted(float(x) for line in fliers for x in line.get_xdata())
    assert points == [100.0]
    heading = "\n".join(t.get_text() for t in fig.texts)
    assert OUTLIERS_NOTE.format("قصة واحدة").split(":")[0] in heading
    assert "قصة واحدة أطول أو أقصر" in heading


# ------------------------------------------------------------------ 5. clouds


def test_a_cloud_word_with_no_room_is_skipped_not_the_rest():
    from helpers.charts import find_arabic_font
    from helpers.charts.cloud import _cloud_image

    # a 300 x 80 px cloud: the third word is wider than the cloud even at the smallest
    # size (8 px), so wordcloud stopped there and drew neither of the two after it
    freqs = {
        "سوريا": 10.0,
        "دمشق": 9.0,
        "المملكةالعربيةالسعوديةوالإماراتالعربيةالمتحدةوالكويت" * 2: 8.0,
        "حلب": 7.0,
        "غزة": 6.0,
    }
    _, wc = _cloud_image(
        freqs,
        find_arabic_font(None).path,
        width=300,
        height=80,
        random_state=7,
        color_func=lambda *a, **k: "black",
        layout=None,
    )
    placed = [word for (word, _), *_ in wc.layout_]
    assert placed == ["سوريا", "دمشق", "حلب", "غزة"]
    sizes = [size for _, size, *_ in wc.layout_]
    assert sizes == sorted(sizes, reverse=True)  # never larger than a more frequent word
