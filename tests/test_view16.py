"""Session 16 (branch view16): what a newcomer saw in the charts of the embedded corpus
and of SaudiNewsNet. Values worked out by hand.

1. word pairs that are no phrase (``helpers.freq.pairs``): «الخارجية العراقي» of «وزير
   الخارجية العراقي» (gender: the adjective qualifies وزير) and «لله تحرير» of «تم بحمد
   لله تحرير» (the name of God closes an invocation) were among the embedded stories'
   top bigrams; both counters drop them alike;
2. a cloud keeps a word space left and right of each word (``SPACE_ROOM``, in
   ``test_display11.py``);
3. the overlap bars read A, B, then the shared words, top to bottom;
4. ``term_scatter`` has no ``seed`` (it was ignored since session 15).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest
from chart_text import plain

TEXT = (
    "تم بحمد لله تحرير مدينة دمشق. أكد وزير الخارجية العراقي أن الحكومة العراقية "
    "مستعدة. رحمه الله تعالى. يوم الجمعة الماضي منح الفرصة للنادي. حزب الله اللبناني"
)


def _pairs(table):
    return dict(zip(table["label"], table["count"], strict=True))


def test_pairs_that_are_no_phrase_are_not_counted():
    from helpers.freq import term_frequencies
    from helpers.text import tokenize

    got = _pairs(term_frequencies(tokenize(TEXT), by=None, n=2))
    # gone: a feminine definite noun then a masculine nisba adjective; a pair from the
    # name of God that closes an invocation or a name
    for pair in ("الخارجية العراقي", "لله تحرير", "الله اللبناني"):
        assert pair not in got
    # kept: agreeing pairs, a formula's own pair, a weekday, a preposition on the second
    # word, the words before the boundary
    for pair in (
        "الحكومة العراقية",
        "وزير الخارجية",
        "الله تعالى",
        "بحمد لله",
        "الجمعة الماضي",
        "الفرصة للنادي",
        "حزب الله",
        "تحرير مدينة",
    ):
        assert got[pair] == 1, pair
    # a trigram holding such a pair is not counted either
    tri = _pairs(term_frequencies(tokenize(TEXT), by=None, n=3))
    assert "وزير الخارجية العراقي" not in tri and "بحمد لله تحرير" not in tri
    assert tri["تحرير مدينة دمشق"] == 1


def test_the_corpus_counter_drops_the_same_pairs():
    from helpers.freq import count_corpus, term_frequencies
    from helpers.text import tokenize_zones

    stories = pd.DataFrame({"story_id": ["s1"], "title": [""], "body": [TEXT], "captions": [""]})
    from helpers.corpus import zones

    toks = tokenize_zones(zones(stories, ("title", "body")))
    a = term_frequencies(toks, n=2).sort_values("term").reset_index(drop=True)
    b = term_frequencies(count_corpus(stories, n=(1, 2)), n=2)
    b = b.sort_values("term").reset_index(drop=True)
    pd.testing.assert_frame_equal(a[["term", "label", "count"]], b[["term", "label", "count"]])
    assert "الخارجية العراقي" not in set(b["label"])


def test_formula_ends_is_the_name_of_god():
    from helpers.text import formula_ends, formula_rows

    assert formula_ends() == frozenset({"الله"})
    closing = [p for p, c, _ in formula_rows() if c.startswith(("eulogy", "praise", "invocation"))]
    # the docstring's count: the name of God in 25 of the 26 closing rows (not عليه
    # السلام; ولله الحمد holds it with و)
    assert len(closing) == 26
    assert sum(any(w in ("الله", "لله", "ولله") for w in p.split()) for p in closing) == 25


def test_the_embedded_story_bigrams_lose_the_two_pairs(embedded_path):
    from helpers.corpus import load_corpus, zones
    from helpers.freq import term_frequencies
    from helpers.text import tokenize_zones

    table = term_frequencies(tokenize_zones(zones(load_corpus(embedded_path))), n=2)
    labels = set(table["label"])
    assert "الخارجية العراقي" not in labels and "لله تحرير" not in labels
    assert {"وزير الخارجية", "الحكومة العراقية", "بشار الأسد"} <= labels


# ------------------------------------------------------------------------ 3. overlap


def test_the_overlap_bars_read_a_then_b_then_shared(embedded_path, tmp_path):
    from helpers.sections import contrast, overlap
    from helpers.study import open_study

    c = contrast(open_study(embedded_path, tables=tmp_path / "cache"))
    _, _, figs = overlap(c)
    ax = figs[0][1].axes[0]
    ticks = sorted(
        zip(ax.get_yticks(), (plain(t.get_text()) for t in ax.get_yticklabels()), strict=True),
        reverse=not ax.yaxis_inverted(),
    )
    # session 22: each side's bar counts the words only it uses, and says so
    assert [lab for _, lab in ticks] == [
        f"في «{c.a_name}» فقط",
        f"في «{c.b_name}» فقط",
        "في الجانبين",
    ]


# --------------------------------------------------------------------------- 4. seed


def test_term_scatter_has_no_seed():
    from helpers.charts import term_scatter

    with pytest.raises(TypeError):
        term_scatter(pd.DataFrame(), seed=1)


# ------------------------------------------------------------------ 7. entity table


def test_the_entity_table_shows_names_not_ids_and_each_status():
    from helpers.sections import entities_shown

    table = pd.DataFrame(
        {
            "entity_id": ["country:SY", "country:RU", "country:IQ", "country:US", "x:1", "x:2"],
            "canonical": ["سوريا", "روسيا", "العراق", "الولايات المتحدة", "أ", "ب"],
            "type": ["LOC", "LOC", "LOC", "NORP", "ORG", "ORG"],
            "count_target": [6, 3, 12, 4, 2, 0],
            "count_reference": [4, 5, 0, 0, 0, 1],
            "status": [
                "shared",
                "shared",
                "only_target",
                "only_target",
                "only_target",
                "only_reference",
            ],
        }
    )
    shown = entities_shown(table, n=1)
    # one row of each status, in the order shared, only A, only B; the table's own order
    # within a status; no id column
    assert list(shown.columns) == ["canonical", "type", "count_target", "count_reference", "status"]
    assert shown[["canonical", "status"]].values.tolist() == [
        ["سوريا", "shared"],
        ["العراق", "only_target"],
        ["ب", "only_reference"],
    ]
    # a nationality without a place row is named by its adjective, as the chart names it
    both = entities_shown(table, n=3)
    assert both.loc[both["type"] == "NORP", "canonical"].tolist() == ["أميركي"]


def test_the_entity_table_takes_a_whole_n():
    from helpers.errors import ArgumentError
    from helpers.sections import entities_shown

    with pytest.raises(ArgumentError):
        entities_shown(pd.DataFrame(columns=["status"]), n=0)


# ------------------------------------------------------------------- 3. keyness chart


@pytest.fixture(scope="module")
def embedded_keyness(embedded_path):
    from helpers.corpus import load_corpus, zones
    from helpers.freq import keyness
    from helpers.text import tokenize_zones

    stories = load_corpus(embedded_path)
    first = stories["story_id"].iloc[0]
    return keyness(tokenize_zones(zones(stories)), first)


def test_keyness_labels_stand_at_zero_beside_their_bars(embedded_keyness):
    from helpers.charts import keyness_chart

    fig = keyness_chart(embedded_keyness, n=3)
    ax = fig.axes[0]
    shown = [a for a in ax.texts if a.get_text()]
    widths = [p.get_width() for p in ax.patches]
    assert len(shown) == len(widths) == 6
    for i, (text, width) in enumerate(zip(shown, widths, strict=True)):
        # at the zero line of its own row, on the side its bar leaves empty: the chart is
        # right to left (the x axis inverted), so a bar of A (width > 0) runs left and
        # its label starts just right of zero, and the other way for B
        assert text.xy == (0, i)
        assert text.get_horizontalalignment() == ("left" if width > 0 else "right")
    # the tick labels stay the categories (alt text), drawn in no colour
    assert [plain(t.get_text()) for t in ax.get_yticklabels()] == [
        plain(t.get_text()) for t in shown
    ]
    assert all(t.get_color() == "none" for t in ax.get_yticklabels())
    # the same reach both ways of zero
    lo, hi = ax.get_xlim()
    assert lo == pytest.approx(-hi)


def test_keyness_heading_keeps_three_lines_and_the_legend_one_entry_a_row(embedded_keyness):
    from helpers.charts import keyness_chart

    kt = embedded_keyness.copy()
    kt.attrs = {**embedded_keyness.attrs, "min_stories": {"target": 2, "reference": 3}}
    fig = keyness_chart(kt, n=3, target_name="أ", reference_name="ب")
    # title + sides: the range filter's line is no longer a heading line
    assert fig.get_suptitle().count("\n") + 1 <= 3
    assert "المحصورة في قصص قليلة" not in fig.get_suptitle()
    xlabel = fig.axes[0].get_xlabel()
    assert "المحصورة في قصص قليلة" in xlabel and xlabel.count("\n") >= 1
    legend = fig.legends[0]
    # A, B, and the hatched bars' key only where a bar is hatched (session 16, lead:
    # the embedded stories' top 3 a side are all significant, so no hatched key)
    hatched = any(p.get_hatch() for p in fig.axes[0].patches)
    assert legend._ncols == 1 and len(legend.get_texts()) == 2 + hatched
