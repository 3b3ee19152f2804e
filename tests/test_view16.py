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
    assert [lab for _, lab in ticks] == [c.a_name, c.b_name, "مشتركة"]


# --------------------------------------------------------------------------- 4. seed


def test_term_scatter_has_no_seed():
    from helpers.charts import term_scatter

    with pytest.raises(TypeError):
        term_scatter(pd.DataFrame(), seed=1)
