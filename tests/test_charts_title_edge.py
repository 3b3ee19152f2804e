"""Where a chart's text ends, measured on the drawn figure (not pixels): no label past
the title's edge, a name kept with its count, overlap labels on one line.

The defects (session 9, one week of SaudiNewsNet, 2015-07-21 to 07-27, held-out
outlets left out): in 04_entities the label «صحيفة الشرق الأوسط», right of its bars,
ended 4 px (100 dpi) right of the title's edge (the title sat at 99 % of the width, the
constrained layout keeps labels inside its 3-pt padding); the subtitle ««الشرق الأوسط»
(1,368 قصة) مقابل ...؛ جانبان، 7,375 قصة» was cut into side A alone, a full line and the
orphan «7,375 قصة»; 04_overlap's labels «فقط في» / name were two lines reaching the
next bar's (since session 15 the bar is the side's name alone).
"""

from __future__ import annotations

from itertools import pairwise

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest
from chart_text import plain
from matplotlib.backends.backend_agg import FigureCanvasAgg

from helpers.charts import bar_chart, entity_heatmap, top_entities_by_group
from helpers.sections import overlap_parts, side_label

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]

#: 04_entities' subtitle as notebook 04 passes it; the chart adds «؛ جانبان، 7,375 قصة»
SUBTITLE = (
    "«الشرق الأوسط»\u200f (1,368 قصة) مقابل «بقية القصص»\u200f (6,007 قصص)؛ "
    "مرات الذكر لكل 1,000 كلمة من نصوص كل جانب"
)
SIZES = {"A": 1368, "B": 6007}


def side_counts() -> pd.DataFrame:
    rows = []
    names = {
        "A": ["صحيفة الشرق الأوسط للأخبار الدولية والعربية", "إيران", "سوريا"],
        "B": ["سلمان بن عبدالعزيز", "مصر", "السعودية"],
    }
    for side, labels in names.items():
        for i, label in enumerate(labels):
            rows.append((side, f"e{side}{i}", label, "ORG", 10 - i, (10 - i) / 2))
    return pd.DataFrame(
        rows, columns=["side", "entity_id", "canonical", "type", "count", "per_1000"]
    )


def drawn(fig):
    FigureCanvasAgg(fig).draw()
    return fig.canvas.get_renderer()


def test_no_label_runs_past_the_title_edge_of_a_right_to_left_chart():
    fig = top_entities_by_group(
        side_counts(),
        "side",
        value="per_1000",
        title="الكيانات الأكثر ذكراً: «الشرق الأوسط» مقابل «بقية القصص»",
        subtitle=SUBTITLE,
    )
    renderer = drawn(fig)
    title = fig._suptitle.get_window_extent(renderer)
    right = max(ax.get_tightbbox(renderer).x1 for ax in fig.axes)
    # the panels' labels (the long name, cut with an ellipsis) reach the layout's
    # padding, and the title ends at that same edge, inside the figure
    assert right <= title.x1 + 0.5, (right, title.x1)
    assert title.x1 <= fig.bbox.x1
    pad = fig.get_layout_engine().get()["w_pad"] * fig.dpi
    assert title.x1 == pytest.approx(fig.bbox.x1 - pad, abs=0.5)


def test_heatmap_row_labels_end_inside_the_title_edge():
    counts = pd.DataFrame(
        {
            "outlet": ["aawsat", "sabq", "aawsat", "sabq"],
            "entity_id": ["o1", "o1", "o2", "o2"],
            "canonical": ["الاتحاد الدولي لكرة القدم", "الاتحاد الدولي لكرة القدم", "مصر", "مصر"],
            "count": [4, 3, 2, 5],
        }
    )
    fig = entity_heatmap(counts, "outlet", value="count", group_sizes={"aawsat": 10, "sabq": 12})
    renderer = drawn(fig)
    title = fig._suptitle.get_window_extent(renderer)
    right = max(ax.get_tightbbox(renderer).x1 for ax in fig.axes)
    assert right <= title.x1 + 0.5, (right, title.x1)


def test_a_subtitle_keeps_each_name_with_its_count_and_leaves_no_orphan():
    fig = top_entities_by_group(
        side_counts(),
        "side",
        value="per_1000",
        title="عنوان",
        subtitle=SUBTITLE,
        group_sizes=SIZES,
        min_stories=0,
        min_tokens=0,
    )
    lines = plain(fig._suptitle.get_text(), join=False).split("\n")[1:]
    # an 8.4-inch figure takes 91 characters a subtitle line: two balanced lines,
    # broken after the sides' «؛» (58 and 59 characters), each name with its count;
    # the «؛» at the line's end is not drawn (session 13: the line break parts them)
    assert lines == [
        "«الشرق الأوسط» (1,368 قصة) مقابل «بقية القصص» (6,007 قصص)",
        "مرات الذكر لكل 1,000 كلمة من نصوص كل جانب؛ جانبان، 7,375 قصة",
    ]
    renderer = drawn(fig)
    box = fig._suptitle.get_window_extent(renderer)
    assert fig.bbox.x0 <= box.x0 and box.x1 <= fig.bbox.x1


def test_overlap_labels_say_only_and_keep_the_whole_name():
    """Session 15: a side's bar is labelled by its name as every chart writes it (a
    story's title as story_labels shortens it, at most 30 characters), not cut again.
    Session 22: inside «في «…» فقط» (the bar counts the words only that side uses); a
    30-character title makes a 39-character label, which wraps onto two lines whole."""
    assert side_label("بقية القصص") == "بقية القصص"
    long = side_label("بيان منسوب لبشار الأسد: غادرت…")  # story_labels' own cut
    assert long == "بيان منسوب لبشار الأسد: غادرت…"
    parts = overlap_parts("بيان منسوب لبشار الأسد: غادرت…", "بقية  القصص")
    assert {k: plain(v) for k, v in parts.items()} == {
        "only_a": "في «بيان منسوب لبشار الأسد: غادرت…» فقط",
        "only_b": "في «بقية القصص» فقط",
        "shared": "في الجانبين",
    }
    table = pd.DataFrame(
        {"set": [parts["shared"], parts["only_b"], parts["only_a"]], "types": [32000, 27000, 17000]}
    )
    fig = bar_chart(table, label="set", value="types", title="المفردات الخاصة بكل جانب")
    renderer = drawn(fig)
    ax = fig.axes[0]
    labels = ax.get_yticklabels()
    # 39 characters > MAX_LABEL_CHARS (32): two lines of whole words, nothing cut
    assert [plain(t.get_text(), join=False) for t in labels] == [
        "في الجانبين",
        "في «بقية القصص» فقط",
        "في «بيان منسوب لبشار الأسد:\nغادرت…» فقط",
    ]
    boxes = sorted((t.get_window_extent(renderer) for t in labels), key=lambda b: b.y0)
    one_line = labels[0].get_window_extent(renderer).height
    heights = sorted(b.height for b in boxes)
    assert heights[:2] == pytest.approx([one_line, one_line], abs=0.5)
    assert heights[2] > 1.5 * one_line  # the two-line label
    # no two labels' boxes overlap
    assert all(low.y1 <= high.y0 for low, high in pairwise(boxes))
