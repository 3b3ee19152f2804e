"""One order and one colour for a run's groups, in every figure.

The defect (full SaudiNewsNet run): 01_stories_over_time coloured outlets by their place
in its own stack, 02_terms_over_time by the order its lines were drawn, so «اليوم» was
purple in one and green in the other; and 02_terms_over_time kept the five outlets that
used the followed words most, so an outlet of 2,120 stories fell into «غيرها» while one
of 1,227 was drawn.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
from chart_text import plain
from matplotlib.colors import to_hex

from helpers.charts import (
    group_colours,
    group_order,
    stories_over_time,
    story_lengths_chart,
    time_series_chart,
)
from helpers.charts.names import group_name
from helpers.charts.skeleton import COLOURS, OTHERS_COLOUR

#: Stories per outlet (SaudiNewsNet ids), largest first by hand: alriyadh 40 ... sabq 10.
STORIES = {
    "alriyadh": 40,
    "aljazirah": 35,
    "aawsat": 30,
    "alyaum": 25,
    "aleqtisadiya": 20,
    "okaz": 15,
    "sabq": 10,
}
ORDER = list(STORIES)  # the order worked out by hand from the counts above
DAYS = pd.date_range("2015-07-20", periods=3, freq="D")


def stories_table() -> pd.DataFrame:
    rows = []
    for outlet, n in STORIES.items():
        for i in range(n):
            rows.append(
                {
                    "story_id": f"{outlet}-{i}",
                    "date": DAYS[i % 3],
                    "outlet": outlet,
                    "title": "عنوان",
                    "body": "نص القصة",
                }
            )
    return pd.DataFrame(rows)


def series_table() -> pd.DataFrame:
    """One key; the largest outlet (alriyadh) uses it least, sabq (the smallest) most:
    ranked by occurrences, alriyadh would be the line folded away."""
    uses = {"alriyadh": 1, "aljazirah": 2, "aawsat": 3, "alyaum": 4, "aleqtisadiya": 5}
    uses |= {"okaz": 6, "sabq": 7}
    rows = []
    for outlet, k in uses.items():
        for day in DAYS:
            rows.append(
                {
                    "period": day,
                    "group": outlet,
                    "key": "العيد",
                    "label": "العيد",
                    "count": k * 10,
                    "per_1000": k * 10 * 1000 / 5000,  # 5,000 tokens a cell
                }
            )
    return pd.DataFrame(rows)


def legend_colours(fig) -> dict[str, str]:
    legend = fig.legends[0]
    out = {}
    for text, handle in zip(legend.get_texts(), legend.legend_handles, strict=True):
        if not text.get_text():
            continue  # padding of a short legend row
        colour = handle.get_color() if hasattr(handle, "get_color") else handle.get_facecolor()
        if isinstance(colour, np.ndarray | tuple) and np.ndim(colour) == 2:
            colour = colour[0]
        out[plain(text.get_text())] = to_hex(colour)
    return out


def test_group_order_is_stories_then_name():
    assert group_order(STORIES) == ORDER
    # a tie is broken by the name a reader sees: الشرق الأوسط before عكاظ
    assert group_order({"okaz": 3, "aawsat": 3, "sabq": 5}) == ["sabq", "aawsat", "okaz"]


def test_group_colours_follow_the_order_by_value_or_shown_name():
    labels = [group_name(g) for g in ORDER]  # the order as sections hold it (labels)
    colours = group_colours(["okaz", "alriyadh", "غيرها (3)"], labels)
    assert colours == {"okaz": COLOURS[5], "alriyadh": COLOURS[0], "غيرها (3)": OTHERS_COLOUR}


def test_same_outlet_same_colour_in_stories_and_terms_over_time():
    order = [group_name(g) for g in ORDER]  # a run passes its order as shown names
    over_time = legend_colours(stories_over_time(stories_table(), "outlet", order=order))
    terms = legend_colours(time_series_chart(series_table(), order=order))
    shared = set(over_time) & set(terms)
    assert len(shared) == 5  # the five largest outlets, drawn in both
    for name in shared:
        assert over_time[name] == terms[name], name
    assert over_time["الرياض"] == terms["الرياض"] == to_hex(COLOURS[0])
    assert over_time["عكاظ"] == to_hex(COLOURS[5])
    # without an order, the charts apply the same rule themselves: same colours
    assert legend_colours(stories_over_time(stories_table(), "outlet")) == over_time


def test_terms_over_time_keeps_the_largest_outlets_not_the_wordiest():
    order = [group_name(g) for g in ORDER]
    fig = time_series_chart(series_table(), order=order, max_lines=6)
    drawn = list(legend_colours(fig))
    # the 5 largest outlets by stories, then the two smallest folded into «غيرها (2)»
    assert sorted(drawn) == sorted([*order[:5], "غيرها (2)"])
    assert legend_colours(fig)["غيرها (2)"] == to_hex(OTHERS_COLOUR)


def test_story_lengths_list_the_outlets_in_the_run_order():
    fig = story_lengths_chart(stories_table(), "outlet")
    labels = [plain(t.get_text()).split(" · ")[0] for t in fig.axes[0].get_yticklabels()]
    assert labels == [group_name(g) for g in ORDER]


def test_alt_text_lists_a_two_row_legend_in_the_run_order():
    from helpers.charts import figure_alt

    # 7 entries in rows of 6: matplotlib holds them column by column, padded, so the
    # alt text read «عكاظ, الرياض, ...» on the full run; it lists them as a reader does
    fig = stories_over_time(stories_table(), "outlet")
    alt = plain(figure_alt(fig))
    names = "، ".join(group_name(g) for g in ORDER)
    assert f"مفتاح الرسم: {names}." in alt
