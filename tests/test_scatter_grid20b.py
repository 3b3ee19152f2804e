"""Scatter labels find room between rows and beside columns of markers (session 20,
branch scatter20b).

The embedded scatter named 8 of its 16 chosen words: the compass places
(helpers.charts.scatter.compass_offsets: beside, above, below, the corners and a few
slides) left no place between two rows of markers, where a label with a leader reads
as naming its own (every other marker 12 pt off). helpers.charts.scatter._place_near
now tries, after them, a grid of places every GRID_STEP_PT points
(helpers.charts.scatter.grid_offsets), nearest first, with the same tests.

Geometry at 100 dpi: a point is 100/72 px; the grid's step 3 pt = 4.1667 px; a
marker's reach 2.5 pt = 3.472 px; a label stands 3 pt (4.167 px) + 0.5 px beyond it,
so the nearest ring is 8.139 px from the marker's centre.
"""

from __future__ import annotations

import numpy as np
import pytest
from drawn_axes import drawn_axes

from helpers.charts import scatter as S
from helpers.charts.scatter import _place_near, grid_offsets, label_box, reads_as_own

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]

PX = 100 / 72
REACH = 2.5 * PX
EDGE = REACH + 3.0 * PX + 0.5  # 8.139 px
STEP = 3.0 * PX  # 4.1667 px


def test_grid_offsets_by_hand():
    # a 12 x 6 px label, 1 px a point (step 3 px), gaps 6 to 9: the nearest edge's gap
    # is max(|dx| - 6, |dy| - 3); gap 6 beside at dx = +-12 (dy 0, +-3), above and
    # below at dy = +-9 (dx -6 .. 6); nearest first, then the smaller rise, up before
    # down, right before left
    got = grid_offsets(12, 6, 6, 9, 1.0)
    assert got[:6] == [(12, 0), (-12, 0), (12, 3), (-12, 3), (12, -3), (-12, -3)]
    assert len(got) == 64  # 11 x 9 grid points within gap 9 less the 35 nearer than 6
    assert (15, 12) in got and got[-1] in {(15, 12), (-15, 12), (15, -12), (-15, -12)}
    assert all(6 <= max(abs(x) - 6, abs(y) - 3) <= 9 for x, y in got)
    assert grid_offsets(12, 6, 6, 9, 1.0, skip=[(12, 0)])[0] == (-12, 0)


def _first_grid_place(w: float, h: float) -> tuple[float, float]:
    """The first grid place clear of everything, worked by the rule: beside, the
    least k with k * STEP - w / 2 >= EDGE (gap k * STEP - w / 2); above, the least j
    with j * STEP - h / 2 >= EDGE (gap j * STEP - h / 2), there the rightmost i with
    i * STEP - w / 2 <= that gap. The smaller gap wins (a tie: beside, no rise)."""
    k = int(np.ceil((EDGE + w / 2) / STEP))
    j = int(np.ceil((EDGE + h / 2) / STEP))
    beside, above = k * STEP - w / 2, j * STEP - h / 2
    if beside <= above:
        return k * STEP, 0.0
    i = int(np.floor((above + w / 2) / STEP + 1e-9))
    return i * STEP, j * STEP


def test_with_no_compass_place_a_label_takes_the_nearest_grid_place(monkeypatch):
    # the compass gives no place: the label goes to the first grid place. «العراق» at
    # 10 pt is 38 x 13.95 px: beside, k = 7 (gap 10.17 px); above, j = 4 (gap 9.69
    # px, nearer), i = 6: its centre 25 px right of and 16.67 px above its marker
    monkeypatch.setattr(S, "compass_offsets", lambda w, h, gaps: [])
    _fig, ax, renderer = drawn_axes()
    a = ax.transData.transform((5, 5))
    text = ax.text(5, 5, "العراق", fontsize=10)
    ink = label_box(text, renderer)
    kept = _place_near([text], ax, renderer, np.array([a]), np.array([a]), np.full(1, REACH))
    assert kept == [text]
    box = label_box(text, renderer)
    dx, dy = _first_grid_place(ink.width, ink.height)
    assert (box.x0 + box.x1) / 2 == pytest.approx(a[0] + dx, abs=0.01)
    assert (box.y0 + box.y1) / 2 == pytest.approx(a[1] + dy, abs=0.01)
    if ink.width == pytest.approx(38.0) and ink.height == pytest.approx(13.95, abs=0.01):
        assert (dx, dy) == (pytest.approx(25.0), pytest.approx(16.667, abs=0.001))


def test_a_label_between_two_rows_where_the_compass_has_none(monkeypatch):
    # marker A; rows of markers 40 px above and below A's line, from 30 px right of A
    # every 10 px. The compass is made to offer only a place on the upper row (refused:
    # it holds markers); the grid finds one between the rows that reads as A's
    _fig, ax, renderer = drawn_axes()
    a = np.array(ax.transData.transform((3, 5)))
    text = ax.text(3, 5, "سوريا", fontsize=10)
    rows = [(a[0] + 30 + 10 * i, a[1] + s * 40) for i in range(15) for s in (1, -1)]
    dots = np.array([a, *rows])
    reaches = np.full(len(dots), REACH)
    monkeypatch.setattr(S, "compass_offsets", lambda w_, h_, gaps: [(60.0, 40.0)])
    kept = _place_near([text], ax, renderer, dots, dots[:1], reaches)
    assert kept == [text]
    box = label_box(text, renderer)
    assert a[1] - 40 + REACH < box.y0 and box.y1 < a[1] + 40 - REACH  # between the rows
    line = S._leader(box, a, S.MIN_LEADER_PT * PX)
    assert reads_as_own(box, a, dots, reaches, PX, line is not None)


def test_the_embedded_scatter_names_11_of_its_16_words():
    # scatter20: 8 of 16 (every label reading as its own marker's); with the grid 11:
    # بشار، دمشق; القاعدة، المعارضة; الأحد، الرئيس، سقوط (the lower band's crosses)
    # and الاستعداد و7 كلمات أخرى are named, وأبدى و98 كلمة أخرى (the big cross, 15th
    # of 16) no longer finds room
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
    named = {t.get_text() for t in fig.axes[0].texts}
    assert len(named) >= 11
    assert {"بشار، دمشق", "القاعدة، المعارضة", "الأحد، الرئيس، سقوط"} <= named
