"""Session 15 (branch view15): what a newcomer saw in the charts, tables and HTML of the
embedded corpus. Each test checks a figure's or a table's data and labels (not pixels),
with values worked out by hand from the two embedded stories.

1. term labels without tashkeel (أستمدّ → أستمد), reporting verbs out of every word view
   at any corpus size (أضاف, «وأضاف لافروف» were among the embedded stories' top terms);
2. the term scatter: the colour bar names both sides, at most 3 heading lines, terms with
   the same counts one marker (no jitter blot);
3. the overlap bars in the sides' colours, labelled by the sides' names as the other
   charts write them;
4. the keyness chart and table: one selection (12 + 12);
5. the keyness table names each side once (``rtl_table(group_by=...)``).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest
from chart_text import plain
from matplotlib.colors import to_hex

from helpers.errors import ArgumentError, CorpusFormatError

EMBEDDED_STORY_1 = "asharq-two-stories-01"


@pytest.fixture(scope="module")
def study(embedded_path, tmp_path_factory):
    from helpers.study import open_study

    return open_study(embedded_path, tables=tmp_path_factory.mktemp("v15") / "cache")


@pytest.fixture(scope="module")
def c(study):
    from helpers.sections import contrast

    return contrast(study)


# ------------------------------------------------------------- 1. labels, reporting verbs


def test_a_label_is_shown_without_tashkeel_or_tatweel():
    from helpers.freq.counts import shown_labels

    got = shown_labels(np.array(["أستمدّ", "آمنَ", "العراقـية", "\u200fالعراق", "كرة"], dtype=object))
    assert got.tolist() == ["أستمد", "آمن", "العراقية", "العراق", "كرة"]
    # hamza forms, teh marbuta and alef maqsura are letters: kept
    assert shown_labels(np.array(["إلى مؤسسة"], dtype=object)).tolist() == ["إلى مؤسسة"]


def test_term_frequencies_label_the_vowelled_story_word_plainly_counts_unchanged():
    from helpers.freq import term_frequencies
    from helpers.text import tokenize

    tokens = tokenize("أستمدّ دعمه، وأستمد القوة. أستمدّ")
    freq = term_frequencies(tokens, by=None)
    row = freq[freq["label"] == "أستمد"]
    assert row["count"].tolist() == [3]  # أستمدّ twice, وأستمد once: one key
    assert not freq["label"].str.contains("\u0651").any()  # no shadda in any label
    pairs = term_frequencies(tokens, by=None, n=2)
    assert "أستمد دعمه" in pairs["label"].tolist()


def test_reporting_verbs_are_left_out_of_word_views_at_story_level_too(study):
    from helpers.sections import extra_stopwords
    from helpers.text import normalize

    assert study.per_story  # the two embedded stories
    extra = set(extra_stopwords(study))
    for verb in ("أضاف", "قال", "أكد", "أعلن"):
        assert normalize(verb) in extra
    assert extra_stopwords(study, False) == ()


def test_the_embedded_top_terms_and_pairs_hold_no_reporting_verb_counts_unchanged(c):
    from helpers.freq import term_frequencies

    words = term_frequencies(c.data, extra_stopwords=c.extra)
    one = words[words["story_id"] == EMBEDDED_STORY_1].set_index("label")["count"]
    assert "وأضاف" not in one.index and "أضاف" not in one.index
    # the counts themselves are those of the committed figure (العراق 8, لافروف 7)
    assert one["العراق"] == 8 and one["لافروف"] == 7 and one["العراقية"] == 6
    pairs = term_frequencies(c.data, n=2, extra_stopwords=c.extra)
    labels = set(pairs["label"])
    assert "وأضاف لافروف" not in labels and "وأشار الحكيم" not in labels
    assert "الحكومة العراقية" in labels  # a content pair stays
    assert not any("\u0651" in s for s in labels)  # أستمدّ دعمه is أستمد دعمه


# ------------------------------------------------------------------- 2. term scatter


def test_the_scatter_names_both_sides_in_its_colour_bar_and_keeps_3_heading_lines(c):
    from helpers.charts.alt import figure_alt
    from helpers.sections import scatter_figure

    fig = scatter_figure(c)[0][1]
    bar = next(ax for ax in fig.axes if ax.get_label() == "<colorbar>")
    label = plain(bar.get_ylabel())
    assert "الجانب المستهدف" not in label and "المرجع" not in label
    # the sides' colours by name: a note under the axes since session 17 (read across)
    key = plain(fig._supxlabel.get_text())
    assert f"أزرق أكثر في «{c.a_name}»" in key
    assert f"أحمر أكثر في «{c.b_name}»" in key
    title = fig.axes[0].get_title(loc="right")
    assert title.count("\n") + 1 <= 3  # title, side A, side B (was 5 lines)
    notes = plain(fig._supxlabel.get_text())
    assert "فوق الخط المتقطع" in notes and "كلمات غابت عن أحد الجانبين" in notes
    assert "ملاحظة: " in figure_alt(fig)  # the notes are read out too


def test_terms_with_the_same_counts_are_one_marker_sized_by_their_number():
    from helpers.charts import term_scatter
    from helpers.charts.scatter import CROSS_AREA, DOT_AREA

    # by hand: 3 terms (2, 1), 1 term (1, 2), 4 terms (1, 0): 3 places for 8 terms
    counts = [(2, 1)] * 3 + [(1, 2)] + [(1, 0)] * 4
    kt = pd.DataFrame(
        {
            "term": [f"t{i}" for i in range(8)],
            "label": [f"ك{i}" for i in range(8)],
            "count_target": [a for a, _ in counts],
            "count_reference": [b for _, b in counts],
            "log_odds_z": [0.5] * 3 + [-0.5] + [0.8] * 4,
        }
    )
    kt.attrs.update(target_size=100, reference_size=100)
    ax = term_scatter(kt, n_labels=2).axes[0]
    dots, crosses = ax.collections[:2]
    assert len(dots.get_offsets()) == 2 and len(crosses.get_offsets()) == 1
    assert sorted(dots.get_sizes() / DOT_AREA) == [1.0, 3.0]
    assert (crosses.get_sizes() / CROSS_AREA).tolist() == [4.0]
    # no jitter: the dots sit at the rates themselves (per 1,000: 10 and 20)
    assert sorted(map(tuple, np.round(dots.get_offsets(), 6).tolist())) == [
        (10.0, 20.0),
        (20.0, 10.0),
    ]


# ------------------------------------------------------------------------ 3. overlap


def test_the_overlap_bars_are_the_sides_colours_and_names(c):
    from helpers.charts.skeleton import PALETTE
    from helpers.sections import overlap

    measures, _, figs = overlap(c)
    ax = figs[0][1].axes[0]
    labels = [plain(t.get_text()) for t in ax.get_yticklabels()]
    colours = {lab: to_hex(p.get_facecolor()) for lab, p in zip(labels, ax.patches, strict=True)}
    # the names exactly as the keyness chart and the scatter write them, never cut again,
    # inside «في «…» فقط» (session 22: the bars count the words only that side uses)
    only_a, only_b = f"في «{c.a_name}» فقط", f"في «{c.b_name}» فقط"
    assert set(labels) == {"في الجانبين", only_a, only_b}
    assert colours[only_a] == PALETTE[0] and colours[only_b] == PALETTE[1]
    assert colours["في الجانبين"] == PALETTE[-1]
    # the counts themselves unchanged: 18 shared, 129 only in A, 143 only in B
    assert (measures["shared"], measures["only_a"], measures["only_b"]) == (18, 129, 143)


# ------------------------------------------------------------------- 4-5. keyness


def test_top_key_terms_takes_n_of_each_side_by_g2_then_term():
    from helpers.freq import top_key_terms

    table = pd.DataFrame(
        {
            "term": list("abcdefg"),
            "g2": [9.0, 9.0, 5.0, 8.0, 7.0, 1.0, 4.0],
            "log_ratio": [1.0, 2.0, 1.0, -1.0, -2.0, -1.0, 0.0],
        }
    )
    table.attrs["x"] = 1
    out = top_key_terms(table, 2)
    # A: a and b tie at 9 (term order), c left; B: d (8), e (7); g used alike: out
    assert out["term"].tolist() == ["a", "b", "d", "e"]
    assert out.attrs == {"x": 1}
    assert top_key_terms(table, 0).empty
    with pytest.raises(ArgumentError):
        top_key_terms(table, -1)
    with pytest.raises(CorpusFormatError):
        top_key_terms(table.drop(columns=["g2"]))


def test_the_keyness_chart_draws_the_rows_of_the_table(c):
    from helpers.sections import keyness_figure

    table = c.top_terms(["label", "g2", "key_for"])
    assert len(table) == 24  # 12 + 12 (the table showed 25)
    ax = keyness_figure(c)[0][1].axes[0]
    drawn = [plain(t.get_text()) for t in ax.get_yticklabels()]
    assert sorted(drawn) == sorted(table["label"])
    assert table["key_for"].tolist() == [c.a_name] * 12 + [c.b_name] * 12
    assert table["label"].iloc[0] == "العراق" and table["label"].iloc[12] == "الأسد"


def test_a_grouped_table_names_each_run_once_and_not_in_every_row():
    from helpers.display import rtl_table

    table = pd.DataFrame(
        {"label": ["أ", "ب", "ج"], "g2": [3.0, 2.0, 1.0], "key_for": ["الرياض", "الرياض", "سبق"]}
    )
    html = rtl_table(table, group_by="key_for").data
    assert html.count("مميِّزة لـ «الرياض»") == 1 and html.count("مميِّزة لـ «سبق»") == 1
    assert html.count('<th colspan="2"') == 2  # a row across the two shown columns
    assert html.count("الرياض") == 1  # not in every row
    assert list(table.columns) == ["label", "g2", "key_for"]  # the table keeps its column
    with pytest.raises(ArgumentError, match="group_by"):
        rtl_table(table, group_by="side")


# --------------------------------------------------------------- 6. the runner's shutdown


SLOW_CELL_RUN = """
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, {tests!r})
from runner_notebooks import notebook

from helpers import notebooks as nb
from helpers.notebooks import NotebookTimeoutError

folder = Path({folder!r})
path = notebook(folder, "slow.ipynb", "import time\\ntime.sleep(20)")


def one(_):
    try:
        nb._execute(path, folder / "out.ipynb", {{}}, "python3", 3, path)
    except NotebookTimeoutError:
        return "timeout"


with ThreadPoolExecutor(1) as pool:  # as the runner: the loop ends with its thread
    print(list(pool.map(one, [0])))
import gc

gc.collect()
"""


@pytest.mark.slow  # a kernel started and timed out in a child process (about 30 s)
def test_a_timed_out_cell_leaves_no_pending_nbclient_task(tmp_path):
    """Before session 15 a cell timeout left nbclient's output-reading task pending on
    the worker thread's loop, and asyncio printed «Task was destroyed but it is
    pending!» when the loop was collected (the end of ``make test``)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    tests = str(Path(__file__).resolve().parent)
    code = SLOW_CELL_RUN.format(tests=tests, folder=str(tmp_path))
    src = str(Path(tests).parent / "src")
    env = os.environ | {"PYTHONPATH": src}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert "['timeout']" in done.stdout, done.stderr[-2000:]
    assert "Task was destroyed" not in done.stderr


def test_a_reporting_verb_that_is_as_often_a_noun_stays_in_word_views():
    """النقل (transport) shares its key with the relay verb نقل: on raw text it carries
    the article in 46 % of its uses (display_kept.tsv), so word views keep it; the
    verbs that are mostly verbs stay out. reporting_verbs() is unchanged."""
    from helpers.freq import term_frequencies
    from helpers.text import display_stopwords, normalize, reporting_verbs, tokenize

    shown = display_stopwords()
    assert normalize("نقل") not in shown
    for verb in ("قال", "أضاف", "كشف", "تابع", "ذكر"):
        assert normalize(verb) in shown
    assert normalize("نقل") in reporting_verbs()  # the entity and quote rules' list
    tokens = tokenize("قال الوزير إن وزارة النقل تطور النقل العام")
    freq = term_frequencies(tokens, by=None, extra_stopwords=sorted(shown))
    assert "النقل" in freq["label"].tolist() and "قال" not in freq["label"].tolist()
    assert freq.set_index("label").at["النقل", "count"] == 2


def test_the_measures_table_names_the_overlap_parts_as_the_bars():
    """Session 22: the table rows of the three parts read «مفردات» + the bars' words,
    the sides as أ / ب (one definition: sections.ONLY_IN_SIDE, IN_BOTH_SIDES)."""
    from helpers.display import value_label
    from helpers.sections import IN_BOTH_SIDES, ONLY_IN_SIDE

    assert value_label("measure", "only_a") == "مفردات في أ فقط"
    assert value_label("measure", "only_b") == "مفردات في ب فقط"
    assert value_label("measure", "shared") == "مفردات في الجانبين"
    assert [value_label("measure", k) for k in ("only_a", "only_b", "shared")] == [
        f"مفردات {ONLY_IN_SIDE.format('أ')}",
        f"مفردات {ONLY_IN_SIDE.format('ب')}",
        f"مفردات {IN_BOTH_SIDES}",
    ]


def test_only_in_side_names_the_side_in_guillemets_or_the_period():
    """Session 22: «اليوم» (alyaum) bare read «في اليوم فقط», "only today"."""
    from helpers.sections import only_in_side

    assert only_in_side("اليوم") == "في «اليوم\u200f»\u200f فقط"
    assert plain(only_in_side("  بقية   القصص ")) == "في «بقية القصص» فقط"
    # a Latin name between left-to-right marks (bidi_name), so «-sabq» keeps its dash
    assert only_in_side("-sabq") == "في «\u200e-sabq\u200e\u200f»\u200f فقط"
    assert (
        only_in_side("من 21 يوليو 2015 إلى 27 يوليو 2015")
        == "في الفترة من 21 يوليو 2015 إلى 27 يوليو 2015 فقط"
    )
