"""Session 22 (charts22): what readers see in the charts and notebooks on a real corpus.

Each defect found on a SaudiNewsNet run (aawsat, alwatan, alyaum, sabq; 2015-08-01..03)
fixed as a kind; every expected value below is worked out by hand from the rule.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]

# ------------------------------------------------------------------ 1. lists wrap between items


def test_a_list_in_brackets_wraps_between_its_items_not_inside_a_name():
    from helpers.charts.skeleton import _wrap

    # the formulas note: 67 characters; at 40 a line the bracket holds two items
    # (23 + 1 + 19 characters with the space): «(خادم الحرمين الشريفين،» (23) and
    # «صلى الله عليه وسلم)» (19); the opening «دون صيغ الألقاب والدعاء» (23) takes the
    # first line. Before: «… (خادم الحرمين» / «الشريفين، …», the title cut in two.
    note = "دون صيغ الألقاب والدعاء (خادم الحرمين الشريفين، صلى الله عليه وسلم)"
    assert _wrap(note, 40) == [
        "دون صيغ الألقاب والدعاء",
        "(خادم الحرمين الشريفين،",
        "صلى الله عليه وسلم)",
    ]
    # at 50 the whole bracket (43 characters) is one line
    assert _wrap(note, 50) == [
        "دون صيغ الألقاب والدعاء",
        "(خادم الحرمين الشريفين، صلى الله عليه وسلم)",
    ]


@pytest.mark.parametrize("width", range(24, 81, 4))
def test_every_item_of_a_names_note_stays_on_one_line(width):
    from helpers.charts.skeleton import _wrap
    from helpers.sections import LIST_NAMES, LISTS_OFF, OWN_WORDS_NOTE

    own = OWN_WORDS_NOTE.format(
        "الصحيفة", "الوطن من «الوطن»؛ الشرق، الأوسط، اليوم، سبق، المدينة من «بقية القصص»"
    )
    lists = f"{LISTS_OFF}: {'، '.join(LIST_NAMES.values())}"
    for note, items in (
        (lists, list(LIST_NAMES.values())),
        (own, ["الوطن من «الوطن»", "الشرق", "الأوسط", "اليوم", "سبق", "المدينة من «بقية القصص»"]),
    ):
        lines = _wrap(note, width)
        assert " ".join(lines) == note  # only spaces become line breaks
        for item in items:  # each item (at most 23 characters) whole on some line
            assert any(item in line for line in lines), (width, item, lines)


def test_the_sides_of_an_own_names_note_keep_their_semicolon_break():
    from helpers.charts.skeleton import _wrap
    from helpers.sections import OWN_WORDS_NOTE

    sides = "الوطن من «الوطن»؛ الشرق، الأوسط، اليوم، سبق، المدينة، عكاظ، الرياض من «بقية القصص»"
    note = OWN_WORDS_NOTE.format("الصحيفة", sides)
    # at 50: the opening (34 characters) and side A (17) are 52 with the space: two
    # lines; side B (64) is over 50: split between its items, evenly (35 and 28)
    assert _wrap(note, 50) == [
        "دون كلمات من اسم الصحيفة في قصصها:",
        "الوطن من «الوطن»؛",
        "الشرق، الأوسط، اليوم، سبق، المدينة،",
        "عكاظ، الرياض من «بقية القصص»",
    ]


# ------------------------------------------------------------------ 2. scatter: colour, crosses


def test_cross_areas_grow_with_their_terms_up_to_cross_most():
    from helpers.charts.scatter import CROSS_AREA, CROSS_MOST, cross_areas

    assert CROSS_AREA == 12.0 and CROSS_MOST == 4
    assert cross_areas(np.array([1, 3, 4, 99])).tolist() == [12.0, 36.0, 48.0, 48.0]


def _absent_table(k: int) -> pd.DataFrame:
    """``k`` terms seen once in the target and never in the reference (one cross), one
    term seen 3 and 3 times (one dot)."""
    return pd.DataFrame(
        {
            "term": [f"t{i}" for i in range(k + 1)],
            "label": [f"ك{i}" for i in range(k + 1)],
            "count_target": [1] * k + [3],
            "count_reference": [0] * k + [3],
            "log_odds_z": [0.4] * k + [0.0],
        }
    )


@pytest.mark.parametrize(("k", "area", "said"), [(3, 36.0, False), (9, 48.0, True)])
def test_a_cross_of_many_terms_is_capped_outlined_and_the_note_says_so(k, area, said):
    from helpers.charts import term_scatter
    from helpers.charts.scatter import ABSENT_NOTE, CROSS_EDGE

    kt = _absent_table(k)
    kt.attrs.update(target_size=100, reference_size=100)
    fig = term_scatter(kt, n_labels=1)
    crosses = fig.axes[0].collections[1]
    assert crosses.get_sizes().tolist() == [area]  # 3 terms: 3 x 12; 9 terms: 4 x 12
    # drawn with a grey outline (a pale cross on the grey band)
    effects = crosses.get_path_effects()
    assert len(effects) == 2 and effects[0]._gc == {
        "linewidth": CROSS_EDGE[0],
        "foreground": CROSS_EDGE[1],
    }
    notes = fig._supxlabel.get_text().replace("\u200f", "").split("\n")
    line = next(n for n in notes if n.startswith(ABSENT_NOTE))
    assert line == (ABSENT_NOTE + "، أكبرها 4 كلمات فأكثر" if said else ABSENT_NOTE)


def test_a_cross_stays_inside_the_axes():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from helpers.charts import term_scatter

    kt = _absent_table(40)
    kt.attrs.update(target_size=100, reference_size=100)
    fig = term_scatter(kt, n_labels=1)
    FigureCanvasAgg(fig).draw()
    ax = fig.axes[0]
    crosses = ax.collections[1]
    # the cross's centre in pixels, its half width sqrt(area)/2 points
    x, y = ax.transData.transform(crosses.get_offsets()[0])
    half = np.sqrt(crosses.get_sizes()[0]) / 2 * fig.dpi / 72
    box = ax.get_window_extent()
    assert box.x0 <= x - half and x + half <= box.x1
    assert box.y0 <= y - half and y + half <= box.y1


def test_the_colour_bar_says_what_the_colour_means():
    from helpers.charts import term_scatter
    from helpers.charts.scatter import Z_NAME

    assert Z_NAME == "قوة الفرق بين الجانبين"
    kt = _absent_table(2)
    kt.attrs.update(target_size=100, reference_size=100)
    fig = term_scatter(kt, n_labels=1)
    assert fig.axes[1].get_ylabel().replace("\u200f", "") == Z_NAME


# ------------------------------------------------------------------ 3. Arabic runs in a code span


def test_each_arabic_run_of_a_code_span_is_isolated():
    from helpers.display import ARABIC_CODE_BDI, isolated_runs, rtl_markdown

    # a selection: the key, and each value, its own isolate; the quotes, colon, commas
    # and brackets between them stay in the span's left-to-right order
    assert isolated_runs('{"الصحيفة": ["عكاظ", "سبق"]}') == (
        '{"<bdi>الصحيفة</bdi>": \\["<bdi>عكاظ</bdi>", "<bdi>سبق</bdi>"\\]}'
    )
    # a name of two words, a dotted abbreviation, a name with a number, a snake-case
    # name: one run each (they read right to left as one)
    assert isolated_runs("اسم الصحيفة") == "<bdi>اسم الصحيفة</bdi>"
    assert isolated_runs("أ.ف.ب") == "<bdi>أ.ف.ب</bdi>"
    assert isolated_runs("المصدر 2") == "<bdi>المصدر 2</bdi>"
    assert isolated_runs("أ_ب") == "<bdi>أ\\_ب</bdi>"
    assert isolated_runs("outlet") == "outlet"
    shown = rtl_markdown('اختر `{"الصحيفة": "سبق"}` ثم أعد التشغيل.')
    assert ARABIC_CODE_BDI.format('{"<bdi>الصحيفة</bdi>": "<bdi>سبق</bdi>"}') in shown


# ------------------------------------------------------------------ 4. English glue in Arabic lists

#: An Arabic list (items joined by «،») that also holds an English «and»/«or» between
#: Arabic words: «(سيرغي and سيرجي، سوريا and سورية)», «والعراق، بالعراق and العراق».
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff«»]+(?:[\s،]+(?:(?:and|or)\s+)?[\u0600-\u06ff«»]+)*")


def _mixed(text: str) -> list[str]:
    return [
        m.group(0)
        for m in _ARABIC_RUN.finditer(text)
        if "،" in m.group(0) and re.search(r"\b(?:and|or)\b", m.group(0))
    ]


def test_the_mixed_glue_pattern_finds_what_it_should():
    assert _mixed("spelled (سيرغي and سيرجي، سوريا and سورية)") == [
        "سيرغي and سيرجي، سوريا and سورية"
    ]
    assert _mixed("so والعراق، بالعراق and العراق are one") == ["والعراق، بالعراق and العراق"]
    assert _mixed("(سيرغي أو سيرجي، سوريا أو سورية)") == []
    assert _mixed("gives العراق and والعراق two rows") == []  # an English sentence


def test_no_notebook_joins_an_arabic_list_with_english_and():
    found = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            found += [(path.name, m) for m in _mixed("".join(cell["source"]))]
    assert found == []


# ------------------------------------------------------------------ 5. heatmap row labels


def _heatmap(names, groups):
    from helpers.charts import entity_heatmap

    rows = [
        {"outlet": g, "entity_id": f"e{i}", "canonical": n, "count": 5 + i, "type": "ORG"}
        for g in groups
        for i, n in enumerate(names)
    ]
    return entity_heatmap(pd.DataFrame(rows), "outlet", value="count")


@pytest.mark.parametrize("groups", [1, 3, 12])
def test_heatmap_rows_fit_inside_the_figure_latin_or_arabic(groups):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    names = [
        "مجلس التعاون لدول الخليج العربية",  # 32 characters: whole
        "WWW MMM WWW MMM WWW MMM WWW MMMM",  # 32 wide Latin letters: 0.9 in over 0.09 a letter
        "الهيئة العامة للرياضة في المملكة العربية السعودية",  # 49 letters: cut, «…»
    ]
    fig = _heatmap(names, [f"g{i}" for i in range(groups)])
    FigureCanvasAgg(fig).draw()
    renderer = fig.canvas.get_renderer()
    ticks = fig.axes[0].get_yticklabels()
    # rows in drawing order: the most mentioned first (counts 7, 6, 5)
    shown = [t.get_text().replace("\u200f", "") for t in ticks]
    # the 49-letter name cut at MAX_LABEL_CHARS (32) with «…» at its last space inside:
    # «المملكة» would end at letter 32, past the 31 left beside the ellipsis
    assert shown == ["الهيئة العامة للرياضة في…", names[1], names[0]]
    width = fig.bbox.width
    for tick in ticks:
        box = tick.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= width
    # the cells keep their room: the axes at least 0.85 in a column wide less layout
    assert fig.axes[0].get_window_extent().width / fig.dpi >= 0.6 * groups
