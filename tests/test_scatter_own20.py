"""Scatter labels beside their own marker, the strongest terms first (session 20, branch
scatter20).

1. A place is accepted only if the label's own marker is clearly the nearest to its
   box (every other NEAREST_MARGIN_PT farther), or, with a leader drawn, every other
   marker stands CLEAR_OF_OTHERS_PT from it (helpers.charts.scatter.reads_as_own). The
   committed embedded scatter had «العراقية» between the crosses at 22 and 18 per
   1,000 and «الحكيم، الوجود» beside the cross at 14.5.
2. Labels are chosen and placed in the keyness chart's order (helpers.freq.by_strength).
3. The unnamed note's noun and pronouns agree with the count (unnamed_phrase).

Geometry at 100 dpi: a point is 100/72 px; a marker's reach 2.5 pt = 3.472 px; a label
stands 3 pt (4.167 px) + 0.5 px beyond it, so its box edge is 8.139 px from the marker's
centre and its gap to the marker (edge to edge) 4.667 px; NEAREST_MARGIN_PT 3 pt =
4.167 px; CLEAR_OF_OTHERS_PT 12 pt = 16.667 px.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from drawn_axes import drawn_axes
from matplotlib.transforms import Bbox

from helpers.charts import scatter as S
from helpers.charts.scatter import (
    CLEAR_OF_OTHERS_PT,
    NEAREST_MARGIN_PT,
    _place_near,
    label_box,
    marker_gaps,
    reads_as_own,
    unnamed_phrase,
)
from helpers.freq import by_strength

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]

PX = 100 / 72
REACH = 2.5 * PX
EDGE = REACH + 3.0 * PX + 0.5  # marker centre to the label's box: 8.139 px


def test_the_thresholds_are_3_and_12_points():
    assert NEAREST_MARGIN_PT == 3.0
    assert CLEAR_OF_OTHERS_PT == 12.0  # 3 pt gap + 6 pt ring + 3 pt margin


def test_marker_gaps_by_hand():
    box = Bbox.from_extents(0, 0, 40, 10)
    got = marker_gaps(box, [(50, 5), (45, 15), (20, 5)], [3.0, 3.0, 3.0])
    assert got[0] == pytest.approx(7.0)  # 10 across less the radius
    assert got[1] == pytest.approx(np.hypot(5, 5) - 3)  # 4.07: off the corner
    assert got[2] == 0.0  # inside


def test_a_label_as_near_another_marker_as_its_own_is_ambiguous():
    # box (0,0)-(40,10), own marker at (-5.5, 5): gap 3; at 1 px a point the margin is
    # 3 px, so another marker must stand 6 px off; a leader helps only from 12 px
    box = Bbox.from_extents(0, 0, 40, 10)
    own = (-5.5, 5.0)
    for other, ok in (((47.0, 5.0), False), ((50.0, 5.0), True)):  # gaps 4.5, 7.5
        dots = [own, other]
        assert reads_as_own(box, own, dots, [2.5, 2.5], 1.0, leader=False) is ok
        assert reads_as_own(box, own, dots, [2.5, 2.5], 1.0, leader=True) is ok


def test_a_far_label_nearer_another_marker_needs_a_leader_and_12_points():
    # own marker 32.5 px left of the box (gap 30); another 13.5 px right of it (gap 11,
    # nearer than the own): refused even with a leader; at 15.5 px (gap 13 >= 12) the
    # leader carries it, without one it is refused
    box = Bbox.from_extents(0, 0, 40, 10)
    own = (-32.5, 5.0)
    near, far = (53.5, 5.0), (55.5, 5.0)
    assert not reads_as_own(box, own, [own, near], [2.5, 2.5], 1.0, leader=True)
    assert reads_as_own(box, own, [own, far], [2.5, 2.5], 1.0, leader=True)
    assert not reads_as_own(box, own, [own, far], [2.5, 2.5], 1.0, leader=False)


def _texts(ax, pixels, words):
    data = ax.transData.inverted().transform(np.asarray(pixels, dtype=float))
    return [ax.text(x, y, w, fontsize=10) for (x, y), w in zip(data, words, strict=True)]


def test_two_markers_15_px_apart_get_labels_above_and_below_not_between():
    # upper marker U, lower L, 15 px apart on one vertical. U's label is placed first.
    # Left of U (its box from 6.53 px above to 6.53 below U's line, its right edge
    # 8.139 px left of U) L's gap is hypot(8.139, 15 - 6.53) - 3.472 = 8.27 px, U's
    # 4.667: L is not 4.167 px farther (8.83), and not 16.667 px off either, so the
    # place is ambiguous (session 19 took it); right of U the same; above U it is clear
    # (L 23.1 px off). L's label: left and right ambiguous the same way, above it lies
    # on U, below it is clear. So U's label above U, L's below L.
    _fig, ax, renderer = drawn_axes()
    cx, cy = ax.transData.transform((5, 5))
    upper, lower = (cx, cy + 15.0), (cx, cy)
    texts = _texts(ax, [upper, lower], ["العراق", "سوريا"])
    dots = np.array([upper, lower])
    kept = _place_near(texts, ax, renderer, dots, dots, np.full(2, REACH))
    assert kept == texts
    u, low = (label_box(t, renderer) for t in texts)
    assert u.y0 == pytest.approx(upper[1] + EDGE, abs=0.01)
    assert (u.x0 + u.x1) / 2 == pytest.approx(upper[0], abs=0.01)
    assert low.y1 == pytest.approx(lower[1] - EDGE, abs=0.01)
    assert (low.x0 + low.x1) / 2 == pytest.approx(lower[0], abs=0.01)
    for box, own, other in ((u, upper, lower), (low, lower, upper)):
        own_gap, other_gap = marker_gaps(box, [own, other], [REACH, REACH])
        assert other_gap >= own_gap + NEAREST_MARGIN_PT * PX  # each nearest its own


def _only_left_at(monkeypatch, gap: float):
    """One place for a label: left of its marker, its box's right edge ``gap`` px off
    (and no grid of further places, scatter20b)."""
    monkeypatch.setattr(S, "compass_offsets", lambda w, h, gaps: [(-(w / 2 + gap), 0.0)])
    monkeypatch.setattr(S, "grid_offsets", lambda *args, **kwargs: [])


@pytest.mark.parametrize(
    ("above", "kept"),
    [
        (10.0, False),  # B's gap 6.53 px: nearer than the own marker (36.5), < 12 pt
        (16.0, False),  # 12.53 px: still within 16.667
        (20.5, True),  # 17.03 px: clear of B by 12 pt, the leader names the own marker
    ],
)
def test_a_label_whose_only_place_is_nearer_another_marker_is_dropped_unless_12_pt_off(
    monkeypatch, above, kept
):
    # the one place: 40 px left of A (own gap 40 - 3.472 = 36.5 px); another marker B
    # stands ``above`` px over the top edge of that box's middle. Nearer than 12 pt the
    # label is dropped (its marker stays, unnamed); from 12 pt it is kept with a leader
    _only_left_at(monkeypatch, 40.0)
    _fig, ax, renderer = drawn_axes()
    a = ax.transData.transform((7, 5))
    text = _texts(ax, [a], ["العراق"])[0]
    w = label_box(text, renderer).width
    h = label_box(text, renderer).height
    b = (a[0] - 40.0 - w / 2, a[1] + h / 2 + above)
    dots = np.array([a, b])
    got = _place_near([text], ax, renderer, dots, dots[:1], np.full(2, REACH))
    assert (got == [text]) is kept
    if kept:
        box = label_box(text, renderer)
        assert box.x1 == pytest.approx(a[0] - 40.0, abs=0.01)
        assert S._leader(box, a, S.MIN_LEADER_PT * PX) is not None  # a leader is drawn
        own_gap, other_gap = marker_gaps(box, [a, b], [REACH, REACH])
        assert other_gap < own_gap  # B is nearer: only the leader says whose it is
    else:
        assert text.axes is None  # removed


def test_by_strength_orders_by_bar_length_ties_by_term():
    rows = pd.DataFrame({"term": ["ب", "أ", "ج", "د"], "log_ratio": [1.0, -3.0, 3.0, -0.5]})
    assert list(by_strength(rows)["term"]) == ["أ", "ج", "ب", "د"]  # 3, 3 (by term), 1, 0.5
    assert list(by_strength(rows, weakest_first=True)["term"]) == ["د", "ب", "أ", "ج"]


def _two_outlets() -> pd.DataFrame:
    """A keyness table of 10,000 tokens a side: «تدخين» 48 against 0 (the longest bar,
    G2 60.1 but not the highest), «يورو» 61 against 1, «بحرين» 130 against 20 (the
    highest G2, a shorter bar), and 20 frequent shared terms."""
    from helpers.freq import keyness_from_counts

    t = {"تدخين": 48, "يورو": 61, "بحرين": 130, "دراما": 0, "ثوار": 1}
    r = {"تدخين": 0, "يورو": 1, "بحرين": 20, "دراما": 35, "ثوار": 30}
    for i in range(20):
        t[f"ع{i:02d}"] = 100 + i
        r[f"ع{i:02d}"] = 100 + i
    return keyness_from_counts(
        pd.Series(t), pd.Series(r), target_size=10_000, reference_size=10_000
    )


def test_labels_are_placed_strongest_bar_first_across_both_sides():
    from helpers.charts import term_scatter

    kt = _two_outlets()
    fig = term_scatter(kt, n_labels=4, target_name="أ", reference_name="ب")
    # log2 ratios: تدخين 48/0.5 -> 6.58, ثوار 30/1 -> -4.91, دراما 35/0.5 -> -6.13,
    # يورو 61/1 -> 5.93, بحرين 6.5 -> 2.70. Two a side: the target's 2 of its chart by
    # bar (تدخين, يورو), the reference's (دراما, ثوار); placed by bar length
    assert [t.get_text() for t in fig.axes[0].texts] == ["تدخين", "دراما", "يورو", "ثوار"]


@pytest.mark.parametrize(
    ("n", "text"),
    [
        # session 24: markers counted, not words (a label can name several words)
        (1, "؛ علامة واحدة بلا اسم: لا مكان لاسم قربها"),
        (2, "؛ علامتان بلا اسم: لا مكان لاسم قربهما"),
        (4, "؛ 4 علامات بلا اسم: لا مكان لاسم قربها"),
        (11, "؛ 11 علامة بلا اسم: لا مكان لاسم قربها"),
    ],
)
def test_the_unnamed_note_agrees_with_its_count(n, text):
    assert unnamed_phrase(n) == text


def test_the_unnamed_note_refuses_zero():
    from helpers.errors import ArgumentError

    with pytest.raises(ArgumentError, match="unnamed_phrase"):
        unnamed_phrase(0)


def test_every_label_of_the_embedded_scatter_reads_as_its_own_markers():
    """The committed figure's labels as drawn (after every pass and the whole-pixel
    snap, a pixel of slack): each has a leader, and every other marker is 3 pt farther
    from its box than its own or 12 pt off."""
    from matplotlib.patches import FancyArrowPatch

    from helpers.charts import story_labels, term_scatter
    from helpers.corpus import load_corpus, zones
    from helpers.freq import keyness
    from helpers.notebooks import PROJECT_ROOT
    from helpers.sections import drop_terms
    from helpers.text import display_stopwords, stopwords, tokenize_zones

    stories = load_corpus(PROJECT_ROOT / "data" / "raw")
    kt = keyness(tokenize_zones(zones(stories)), stories["story_id"].iloc[0], None)
    kt = drop_terms(kt, sorted(display_stopwords() - stopwords()))
    fig = term_scatter(kt, story_names=story_labels(stories), title="مفردات القصتين")
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    px = fig.dpi / 72
    dots = np.vstack([ax.transData.transform(c.get_offsets()) for c in ax.collections[:2]])
    sizes = np.concatenate(
        [np.broadcast_to(c.get_sizes(), len(c.get_offsets())) for c in ax.collections[:2]]
    )
    reaches = np.maximum(np.sqrt(sizes) / 2 + 0.5, S.DOT_RADIUS_PT) * px
    arrows = {p.patchA: p for p in ax.patches if isinstance(p, FancyArrowPatch)}
    assert ax.texts and set(arrows) == set(ax.texts)  # every label has its leader
    for text in ax.texts:
        own = ax.transData.transform(arrows[text]._posA_posB[1])
        box = label_box(text, renderer)
        gaps = marker_gaps(box, dots, reaches)
        mine = np.hypot(*(dots - own).T) <= 1.0
        own_gap, others = gaps[mine].min(), gaps[~mine]
        ok = (others >= own_gap + NEAREST_MARGIN_PT * px - 1) | (
            others >= CLEAR_OF_OTHERS_PT * px - 1
        )
        assert ok.all(), text.get_text()


def test_ring_gaps_reach_the_leader_limit():
    # base 20 px, 2 px a point, axes 400 px: RINGS_PT (0, 6) give 20 and 32; the
    # fractions 5 %, 10 %, 15 % of 400 give 20 (already there), 40 and 60, the last one
    # a pixel inside MAX_LEADER_FRACTION * 400 = 60, so 59 (session 20: it was dropped).
    assert S.ring_gaps(20.0, 2.0, 400.0) == [20.0, 32.0, 40.0, 59.0]
    # a base beyond the first fraction drops the rings nearer than it
    assert S.ring_gaps(45.0, 2.0, 400.0) == [45.0, 57.0, 59.0]
