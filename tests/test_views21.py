"""Session 21 (views21): what the outlet comparison charts show.

The direction rule of every chart whose values run along x beside a column of labels
(:func:`helpers.charts.skeleton.reading_direction`); each side's own-name words and the
optional lists' note on every per-outlet term view; the concordance's order and tight
contexts in notebook 05.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.charts import cleaning_chart, story_lengths_chart, top_terms_chart

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]


def _stories() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "story_id": ["a", "b", "c", "d"],
            "title": ["عنوان", "عنوان", "عنوان", "عنوان"],
            "body": ["واحد اثنان", "واحد", "واحد اثنان ثلاثة", "واحد"],
            "outlet": ["okaz", "okaz", "okaz", "aawsat"],
        }
    )


def _right_to_left(ax) -> bool:
    """Values grow leftwards from the right, labels on the right, no left spine."""
    labels_right = all(
        t.tick2line.get_visible() or t.label2.get_visible() for t in ax.yaxis.get_major_ticks()
    )
    return ax.xaxis_inverted() and labels_right and not ax.spines["left"].get_visible()


def test_story_lengths_boxes_run_right_to_left_as_the_bars():
    # session 21: the boxes ran left to right under bar charts growing leftwards
    boxes = story_lengths_chart(_stories(), "outlet").axes[0]
    assert _right_to_left(boxes)
    # okaz's words (title + body) 3, 2, 4: its box's median 3 stands at x = 3 still
    medians = [line.get_xdata()[0] for line in boxes.lines if line.get_color() == "#c8553d"]
    assert medians[0] == 3.0
    report = pd.DataFrame({"story_id": ["a"], "reason": ["boilerplate"]})
    assert _right_to_left(cleaning_chart(report, _stories(), "outlet").axes[0])
    table = pd.DataFrame(
        {
            "story_id": ["a", "a"],
            "term": ["واحد", "اثنان"],
            "label": ["واحد", "اثنان"],
            "count": [3, 1],
            "per_1000": [3.0, 1.0],
            "rank": [1, 2],
        }
    )
    assert _right_to_left(top_terms_chart(table, "a").axes[0])
