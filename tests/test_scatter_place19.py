"""Scatter labels placed near their markers, not pushed away and dropped (session 19,
branch scatter19: helpers.charts.scatter._place_near).

Each label, most telling first, goes to the first clear place of
``compass_offsets`` (8 compass directions, then slid along each side, at gaps growing
to MAX_LEADER_FRACTION of the axes); a label with no clear place is dropped.
"""

from __future__ import annotations

import numpy as np
import pytest
from drawn_axes import drawn_axes

from helpers.charts.scatter import (
    LABEL_GAP_PT,
    _place_near,
    compass_offsets,
    label_box,
)

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]


def test_compass_offsets_put_the_labels_edge_the_gap_from_its_dot():
    # a 40 x 10 px label, gap 5: beside its dot the centre is 20 + 5 away across,
    # above it 5 + 5 up; the 8 directions first (left, right, up, down, then corners),
    # then slid half a height up/down beside, a quarter width left/right above/below
    got = compass_offsets(40.0, 10.0, [5.0])
    assert got[:8] == [
        (-25.0, 0.0), (25.0, 0.0), (0.0, 10.0), (0.0, -10.0),
        (-25.0, 10.0), (25.0, 10.0), (-25.0, -10.0), (25.0, -10.0),
    ]  # fmt: skip
    assert got[8:12] == [(-25.0, 5.0), (-25.0, -5.0), (25.0, 5.0), (25.0, -5.0)]
    assert got[12:16] == [(-10.0, 10.0), (10.0, 10.0), (-10.0, -10.0), (10.0, -10.0)]
    # two gaps: every place of the nearer first
    assert compass_offsets(40.0, 10.0, [5.0, 9.0])[: len(got)] == got


def _place(ax, renderer, points, words):
    texts = [ax.text(x, y, w, fontsize=10) for (x, y), w in zip(points, words, strict=True)]
    anchors = ax.transData.transform(np.asarray(points, dtype=float))
    reach = np.full(len(anchors), 2.5 * 100 / 72)  # DOT_RADIUS_PT at 100 dpi
    return texts, anchors, _place_near(texts, ax, renderer, anchors, anchors, reach)


def test_a_point_in_the_top_right_corner_gets_its_label_inside_the_axes_below_left():
    # at (9.9, 9.9) the label fits neither left, right, above nor below (its box would
    # cross the top or right edge): the first corner that fits is below left, its top
    # right corner 2.5 pt (reach) + 3 pt (LABEL_GAP_PT) + 0.5 px from the dot each way
    _fig, ax, renderer = drawn_axes()
    texts, anchors, kept = _place(ax, renderer, [(9.9, 9.9)], ["المملكة"])
    assert kept == texts
    box, frame = label_box(texts[0], renderer), ax.get_window_extent(renderer)
    assert frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0
    assert box.y1 <= frame.y1
    gap = (2.5 + LABEL_GAP_PT) * 100 / 72 + 0.5
    (dx, dy) = anchors[0]
    assert box.x1 == pytest.approx(dx - gap, abs=0.01)
    assert box.y1 == pytest.approx(dy - gap, abs=0.01)


def test_two_labels_of_one_place_go_either_side_of_it():
    # two points on top of each other at (5, 5): the first label left of it, the
    # second, left being taken, right of it; both on the dot's line, apart
    _fig, ax, renderer = drawn_axes()
    texts, anchors, kept = _place(ax, renderer, [(5, 5), (5, 5)], ["العراق", "سوريا"])
    assert kept == texts
    a, b = (label_box(t, renderer) for t in texts)
    x, y = anchors[0]
    assert a.x1 < x < b.x0 and not a.overlaps(b)
    assert a.y0 < y < a.y1 and b.y0 < y < b.y1


def test_a_label_with_no_room_near_its_dot_is_dropped():
    # a label wider than a 1.5-inch axes fits nowhere: removed, its dot unnamed
    _fig, ax, renderer = drawn_axes(size=1.5)
    texts, _, kept = _place(ax, renderer, [(5, 5)], ["الأميركي، الخارجية، وزير " * 2])
    assert kept == [] and texts[0].axes is None


def test_a_labels_ink_box_is_its_letters_height_not_its_lines():
    # «العراق» in 10-pt Noto Sans Arabic: glyphs from 2.3 pt under the baseline to
    # 7.1 pt over it (TextPath), a line box of 21 pt
    import matplotlib as mpl

    from helpers.charts.style import chart_style

    with mpl.rc_context(chart_style(None)):
        _fig, ax, renderer = drawn_axes()
        text = ax.text(5, 5, "العراق", fontsize=10, fontfamily=mpl.rcParams["font.family"])
        box = label_box(text, renderer)
    line = text.get_window_extent(renderer)
    assert box.height == pytest.approx((7.1 + 2.3) * 100 / 72, abs=0.3)
    assert line.height > 1.5 * box.height
    assert (box.x0, box.x1) == (line.x0, line.x1)
