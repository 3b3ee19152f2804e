"""Session 16 (branch scatter16): the term scatter a newcomer found hard to read.

One label a marker (two leaders to one cross read as one crossing the other), no two
leaders crossing (a label is left out rather than cross), two labels side by side at
least :data:`LABEL_SIDE_GAP_PT` apart (a word space apart, «العيد» «النووي» read as one
phrase), the markers no label names drawn faint. The figure's data, not its pixels.
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from matplotlib.patches import FancyArrowPatch
from test_charts_scatter_labels import crowded

from helpers.charts import save_figure, term_scatter
from helpers.charts.scatter import (
    FAINT_ALPHA,
    LABEL_SIDE_GAP_PT,
    NAMED_ALPHA,
    _crosses,
    _labelled,
    _with_key_statistics,
    label_box,
)

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]


def _table(rows) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["term", "count_target", "count_reference", "log_odds_z"])
    df["label"] = df["term"]
    df.attrs.update(target_size=1000, reference_size=1000)
    return df


def test_terms_of_one_marker_get_one_label_and_the_next_term_takes_the_turn():
    # حكيم and اميركي: 3 against 0 both, one cross; ranked by z they are the target
    # side's first two. One label names the cross (اميركي: same z, ties by term, ا
    # before ح), the side's second
    # label goes to the next term, عراق (2 against 0). The reference side: اسد 0 / 4
    df = _table(
        [
            ("حكيم", 3, 0, 2.0),
            ("اميركي", 3, 0, 2.0),
            ("عراق", 2, 0, 1.5),
            ("اسد", 0, 4, -2.5),
            ("دمشق", 0, 2, -1.4),
            ("يوم", 1, 1, 0.0),
        ]
    )
    df = _with_key_statistics(df, 1000, 1000)  # g2 and log_ratio, as keyness gives
    a = df["count_target"].to_numpy(float)
    b = df["count_reference"].to_numpy(float)
    chosen = _labelled(df, a, b, 4)
    # session 20: placed strongest first across both sides (|log2 ratio|: اسد 0.5/4 3,
    # اميركي 3/0.5 2.585, then دمشق and عراق 2, ties by term)
    assert [df.at[i, "term"] for i in chosen] == ["اسد", "اميركي", "دمشق", "عراق"]
    # asked for 6 labels: the fill-in (most frequent others) never repeats a place:
    # يوم (1 / 1) is new, حكيم's place is taken
    chosen = _labelled(df, a, b, 6)
    assert [df.at[i, "term"] for i in chosen] == ["اسد", "اميركي", "دمشق", "عراق", "يوم"]


@pytest.fixture(scope="module")
def crowded_figure(tmp_path_factory):
    fig = term_scatter(crowded(), n_labels=30, title="مفردات متقاربة")
    save_figure(fig, "crowded", tmp_path_factory.mktemp("scatter16"), formats=("png",))
    return fig


def _leaders(fig):
    """Each leader drawn, as a segment in pixels."""
    ax = fig.axes[0]
    return [
        tuple(tuple(ax.transData.transform(p)) for p in arrow._posA_posB)
        for arrow in ax.patches
        if isinstance(arrow, FancyArrowPatch)
    ]


def test_no_two_leaders_of_a_crowded_scatter_cross(crowded_figure):
    leaders = _leaders(crowded_figure)
    assert len(leaders) >= 5  # the test is not passed by drawing none
    crossing = [(p, q) for p, q in itertools.combinations(leaders, 2) if _crosses(*p, *q)]
    assert crossing == []
    # and no two leaders end at one dot
    ends = [tuple(np.round(seg[1], 3)) for seg in leaders]
    assert len(ends) == len(set(ends))


def test_labels_side_by_side_stand_an_em_apart(crowded_figure):
    fig = crowded_figure
    renderer = fig.canvas.get_renderer()
    px = fig.dpi / 72.0
    # the labels' ink (scatter19: scatter.label_box; a line box is 1.7 times as tall)
    boxes = [label_box(t, renderer) for t in fig.axes[0].texts if t.get_text()]
    assert len(boxes) >= 15
    for p, q in itertools.combinations(boxes, 2):
        if p.y1 <= q.y0 or q.y1 <= p.y0:
            continue  # one above the other: no line shared
        gap = max(q.x0 - p.x1, p.x0 - q.x1)
        # LABEL_SIDE_GAP_PT (10 pt) less a pixel of snapping to whole pixels
        assert gap >= LABEL_SIDE_GAP_PT * px - 1.5, (gap, p, q)


def test_the_markers_no_label_names_are_faint(crowded_figure):
    dots = crowded_figure.axes[0].collections[0]
    alpha = np.asarray(dots.get_alpha())
    named = sum(1 for t in crowded_figure.axes[0].texts if t.get_text())
    # every term of crowded() has its own counts: a marker each, one named a label
    assert set(np.unique(alpha)) <= {FAINT_ALPHA, NAMED_ALPHA}
    assert int((alpha == NAMED_ALPHA).sum()) == named
    assert int((alpha == FAINT_ALPHA).sum()) == len(alpha) - named
