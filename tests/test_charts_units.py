"""Defects of the full SaudiNewsNet run (session 7): the unit's own word in titles, and
the scatter's x tick labels apart.

- 02_top_bigrams_by_group was titled «... في كل مجموعة» under outlets, where the terms
  chart says «في كل صحيفة»; 05_quotes_by_group's subtitle likewise.
- 04_term_scatter: 3.1 decades under a title of five lines drew 1-2-5 ticks whose labels
  nearly touched («0.005 0.01»).
"""

from __future__ import annotations

from itertools import pairwise

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest
from chart_text import plain
from matplotlib.backends.backend_agg import FigureCanvasAgg

from helpers.charts import term_scatter, top_terms_by_group


def freq(n: int) -> pd.DataFrame:
    rows = []
    for outlet in ("okaz", "aawsat"):
        for i, term in enumerate(["خادم الحرمين", "ولي العهد", "مجلس الوزراء"]):
            label = term if n == 2 else term.split()[0]
            rows.append((outlet, label, label, n, 10 - i, (10 - i) / 2.0))
    return pd.DataFrame(rows, columns=["outlet", "term", "label", "n", "count", "per_1000"])


@pytest.mark.parametrize(
    ("n", "title"),
    [(1, "الكلمات الأكثر تكراراً في كل صحيفة"), (2, "العبارات الأكثر تكراراً في كل صحيفة")],
)
def test_terms_and_bigrams_by_group_name_the_unit(n, title):
    fig = top_terms_by_group(freq(n), "outlet", min_stories=0, min_tokens=0)
    head = plain(fig._suptitle.get_text())
    assert head.startswith(title)
    assert "مجموعة" not in head


def scatter_table(decades: float) -> pd.DataFrame:
    """Rates spread over ``decades`` decades on each side (1,000,000 tokens a side)."""
    n = 400
    rng = np.random.default_rng(3)
    counts = np.round(10 ** rng.uniform(0.0, decades, (n, 2))).astype(int)
    table = pd.DataFrame(
        {
            "term": [f"t{i:03d}" for i in range(n)],
            "label": [f"كلمة{i}" for i in range(n)],
            "count_target": counts[:, 0],
            "count_reference": counts[:, 1],
            "log_odds_z": (np.log(counts[:, 0]) - np.log(counts[:, 1])) / 2,
        }
    )
    table.attrs.update(target_size=1_000_000, reference_size=1_000_000)
    return table


def tick_labels(fig):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = fig.axes[0]
    xmin, xmax = ax.get_xlim()
    shown = [
        t
        for t, v in zip(ax.get_xticklabels(), ax.get_xticks(), strict=True)
        if t.get_text() and xmin <= v <= xmax
    ]
    return shown, renderer


def test_scatter_x_tick_labels_stand_apart_under_a_long_title():
    subtitle = "«الرياض» (3,128 قصة) مقابل «بقية القصص» (17,162 قصة)\nسطر ثان\nسطر ثالث"
    fig = term_scatter(scatter_table(3.1), n_labels=2, title="مفردات", subtitle=subtitle)
    shown, renderer = tick_labels(fig)
    boxes = sorted((t.get_window_extent(renderer) for t in shown), key=lambda b: b.x0)
    em = shown[0].get_fontsize() * fig.dpi / 72
    gaps = [b.x0 - a.x1 for a, b in pairwise(boxes)]
    assert len(boxes) >= 3
    assert min(gaps) >= 1.0 * em, gaps


def test_scatter_of_few_decades_keeps_ticks_at_1_2_5():
    fig = term_scatter(scatter_table(1.5), n_labels=2, title="مفردات")
    shown, _ = tick_labels(fig)
    texts = {t.get_text() for t in shown}
    assert {"0.002", "0.005"} & texts or {"0.02", "0.05"} & texts, texts


def test_a_wrapped_title_never_splits_a_number_from_its_noun():
    from helpers.charts.skeleton import _wrap

    line = (
        "مقابل «بقية القصص» (17,162 قصة)؛ مرات الذكر لكل 1,000 كلمة من نصوص كل جانب؛ "
        "جانبان، 20,290 قصة"
    )
    # 90 characters a line (the line has 94): plain wrapping (textwrap) ends the first
    # line on «20,290» and starts the second with «قصة» alone; kept together, greedy
    # wrapping leaves «20,290 قصة» an orphan on the second line (83 + 10 characters).
    # Session 10 balanced it between words (44 + 49, «مرات الذكر» / «لكل 1,000 كلمة»
    # apart). At phrase ends (session 11): the phrases after each «؛» are 32, 42 and 18
    # characters, all under 90; two lines are 32 + (42 + 1 + 18 = 61) or (32 + 1 + 42 =
    # 75) + 18, and the narrowest width giving two lines, 61, gives the first.
    # (Session 12: «1,000» with its separator, as every other number, one character more)
    lines = _wrap(line, 90)
    assert lines == [
        "مقابل «بقية القصص» (17,162 قصة)؛",
        "مرات الذكر لكل 1,000 كلمة من نصوص كل جانب؛ جانبان، 20,290 قصة",
    ]
    assert [len(x) for x in lines] == [32, 61]
    assert " ".join(lines) == line


def test_a_wrapped_subtitle_keeps_a_name_with_its_count_and_leaves_no_orphan():
    from helpers.charts.skeleton import _wrap

    line = (
        "«الشرق الأوسط» (1,368 قصة) مقابل «بقية القصص» (6,007 قصص)؛ "
        "مرات الذكر لكل 1,000 كلمة من نصوص كل جانب؛ جانبان، 7,375 قصة"
    )
    # 119 characters at 45 a line. Plain wrapping gives 45 + 45 + 26 and starts the
    # second line with «(6,007 قصص)؛», the count away from its name. At phrase ends
    # (session 11): the phrases after each «؛» are 58, 42 and 17 characters. The first,
    # over 45, has no «،» or «:» outside its guillemets and brackets, so it wraps
    # between words on lines of its own, a name in guillemets with its count kept whole
    # (26 and 24 characters, under 0.6 x 45 = 27): 26 + 31, each side on its line.
    # The other two fit but not together (42 + 1 + 17 = 60): one line each
    assert _wrap(line, 45) == [
        "«الشرق الأوسط» (1,368 قصة)",
        "مقابل «بقية القصص» (6,007 قصص)؛",
        "مرات الذكر لكل 1,000 كلمة من نصوص كل جانب؛",
        "جانبان، 7,375 قصة",
    ]
    # at the width of an 8.4-inch figure (91 characters): two lines of 58 and 60, the
    # break after the sides' «؛», not 91 and the orphan «كل جانب؛ جانبان، 7,375 قصة»
    assert _wrap(line, 91) == [
        "«الشرق الأوسط» (1,368 قصة) مقابل «بقية القصص» (6,007 قصص)؛",
        "مرات الذكر لكل 1,000 كلمة من نصوص كل جانب؛ جانبان، 7,375 قصة",
    ]
