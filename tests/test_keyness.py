"""Keyness statistics checked against values worked out by hand from the published formulas.

Sources:
- G2: Rayson, P. and Garside, R. (2000), "Comparing corpora using frequency profiling",
  and the worked formula of the UCREL log-likelihood calculator
  (https://ucrel.lancs.ac.uk/llwizard.html): E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d),
  G2 = 2(a ln(a/E1) + b ln(b/E2)), 0 ln 0 = 0.
- Log ratio: Hardie, A. (2014), "Log Ratio: an informal introduction" (CQPweb):
  log2((a/c)/(b/d)); a zero count is replaced by 0.5.
- Weighted log-odds with informative Dirichlet prior: Monroe, Colaresi and Quinn (2008),
  "Fightin' words", Political Analysis 16(4): 372-403, eq. 16 and 18-22.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.errors import KhabarError, SelectionError
from helpers.freq.keyness import keyness, keyness_from_counts, select_stories


def _row(df: pd.DataFrame, term: str) -> pd.Series:
    return df.set_index("term").loc[term]


def _p_chi2_1df(x: float) -> float:
    # chi-squared with 1 d.f.: P(X > x) = erfc(sqrt(x / 2)); independent of scipy
    return math.erfc(math.sqrt(x / 2))


def test_g2_log_ratio_and_log_odds_by_hand():
    # target: c = 100 tokens, "x" 10 times; reference: d = 200 tokens, "x" 5 times.
    # G2 (Rayson & Garside 2000): E1 = 100*15/300 = 5, E2 = 200*15/300 = 10
    #   G2 = 2 * (10 ln(10/5) + 5 ln(5/10)) = 2 * 5 ln 2 = 10 ln 2 = 6.931472
    # log ratio (Hardie 2014): log2((10/100) / (5/200)) = log2(0.1 / 0.025) = log2 4 = 2
    # log-odds (Monroe et al. 2008) with pooled prior a_x = 15, a_0 = 300:
    #   delta = ln(25 / (100+300-10-15)) - ln(20 / (200+300-5-15))
    #         = ln(25/375) - ln(20/480) = ln(1/15) - ln(1/24) = ln 1.6 = 0.470004
    #   var = 1/25 + 1/20 = 0.09, sd = 0.3, z = 0.470004 / 0.3 = 1.566679
    kt = keyness_from_counts({"x": 10, "y": 90}, {"x": 5, "y": 195})
    x = _row(kt, "x")
    assert x.count_target == 10 and x.count_reference == 5
    assert x.per_1000_target == pytest.approx(100.0)
    assert x.per_1000_reference == pytest.approx(25.0)
    assert x.expected_target == pytest.approx(5.0)
    assert x.expected_reference == pytest.approx(10.0)
    assert x.g2 == pytest.approx(10 * math.log(2))
    assert x.g2 == pytest.approx(6.931472, abs=1e-6)
    assert x.p_value == pytest.approx(_p_chi2_1df(10 * math.log(2)))
    assert x.p_value == pytest.approx(0.00847, abs=5e-5)
    assert x.log_ratio == pytest.approx(2.0)
    assert x.log_odds == pytest.approx(math.log(1.6))
    assert x.log_odds_z == pytest.approx(1.566679, abs=1e-6)
    assert x.key_for == "target"
    # y is the mirror image: over-used in the reference, negative effect sizes
    y = _row(kt, "y")
    assert y.key_for == "reference"
    assert y.log_ratio == pytest.approx(math.log2((90 / 100) / (195 / 200)))
    assert y.log_ratio < 0 and y.log_odds_z < 0
    # sorted by g2 descending
    assert list(kt.g2) == sorted(kt.g2, reverse=True)


def test_published_example_52_in_50000_vs_57_in_75000():
    # Worked example in Lancaster corpus-linguistics teaching material for the UCREL /
    # CQPweb log-likelihood web form (reproduced in the slides "Corpus 2",
    # scribd.com/presentation/807361921): a word occurring 52 times in a 50,000-token
    # corpus and 57 times in a 75,000-token one gives "Word 52 0.10 57 0.08 + 2.65",
    # i.e. LL = 2.65, more frequent in corpus 1, not significant (< 3.84).
    # By hand: E1 = 50000*109/125000 = 43.6, E2 = 65.4,
    # G2 = 2 (52 ln(52/43.6) + 57 ln(57/65.4)) = 2 (9.161702 - 7.835846) = 2.651710
    # log ratio = log2((52/50000) / (57/75000)) = log2(1.368421) = 0.452512
    kt = keyness_from_counts({"w": 52}, {"w": 57}, target_size=50_000, reference_size=75_000)
    w = _row(kt, "w")
    assert round(w.g2, 2) == 2.65
    assert w.g2 == pytest.approx(2.651710, abs=1e-6)
    assert w.p_value > 0.05 and w.key_for == "target"
    assert round(w.per_1000_target / 10, 2) == 0.10  # 0.10 % as printed
    assert round(w.per_1000_reference / 10, 2) == 0.08
    assert w.log_ratio == pytest.approx(0.452512, abs=1e-6)


def test_term_absent_from_reference_uses_half_count_smoothing():
    # a = 3, b = 0, c = d = 100: E1 = 100*3/200 = 1.5
    # G2 = 2 * 3 ln(3/1.5) = 6 ln 2 = 4.158883 (the b = 0 cell contributes 0)
    # log ratio = log2((3/100) / (0.5/100)) = log2 6 = 2.584963
    # log-odds, pooled prior a_z = 3, a_0 = 200 (no smoothing needed: the prior is > 0):
    #   delta = ln(6 / (100+200-3-3)) - ln(3 / (100+200-0-3)) = ln(594/294) = 0.703300
    #   var = 1/6 + 1/3 = 0.5, z = 0.703300 / sqrt(0.5) = 0.994616
    kt = keyness_from_counts({"z": 3}, {}, target_size=100, reference_size=100)
    z = _row(kt, "z")
    assert z.count_reference == 0
    assert z.g2 == pytest.approx(6 * math.log(2))
    assert z.log_ratio == pytest.approx(math.log2(6))
    assert z.log_odds == pytest.approx(math.log(594 / 294))
    assert z.log_odds_z == pytest.approx(0.994616, abs=1e-6)


def test_identical_texts_give_zero_statistics():
    counts = {"a": 4, "b": 6}
    kt = keyness_from_counts(counts, counts)
    assert (kt.g2 == 0).all()
    assert (kt.p_value == 1).all()
    assert (kt.log_ratio == 0).all()
    assert (kt.log_odds_z == 0).all()
    assert (kt.key_for == "neither").all()


def test_same_relative_frequency_different_sizes_is_exactly_zero():
    # 2 of 10 vs 4 of 20: equal relative frequencies, so G2 = 0 and log ratio = 0 exactly
    kt = keyness_from_counts({"a": 2}, {"a": 4}, target_size=10, reference_size=20)
    a = _row(kt, "a")
    assert a.g2 == 0.0 and a.p_value == 1.0 and a.log_ratio == 0.0


def _tokens(rows: list[tuple[str, str]]) -> pd.DataFrame:
    """Hand-made tokens table: (story_id, base); surface = base, nothing is a stopword."""
    return pd.DataFrame(
        {
            "story_id": [s for s, _ in rows],
            "zone": "body",
            "surface": [b for _, b in rows],
            "kind": "word",
            "norm": [b for _, b in rows],
            "base": [b for _, b in rows],
            "is_stop": False,
        }
    )


def test_one_token_text():
    # target "s1" = ["x"] (c = 1); reference "s2" = ["x", "y"] (d = 2)
    # x: E1 = 1*2/3, E2 = 2*2/3; G2 = 2(ln 1.5 + ln 0.75) = 0.235566
    # y: a = 0, b = 1: E2 = 2/3; G2 = 2 ln 1.5 = 0.810930, key for the reference
    tok = _tokens([("s1", "x"), ("s2", "x"), ("s2", "y")])
    kt = keyness(tok, "s1", "s2")
    assert _row(kt, "x").g2 == pytest.approx(2 * (math.log(1.5) + math.log(0.75)))
    assert _row(kt, "y").g2 == pytest.approx(2 * math.log(1.5))
    assert _row(kt, "y").key_for == "reference"
    assert kt.attrs["target_size"] == 1 and kt.attrs["reference_size"] == 2


def test_groups_stopwords_labels_and_punctuation():
    tok = _tokens([("a1", "x"), ("a1", "x"), ("a2", "x"), ("a2", "في"), ("b1", "y"), ("b1", "في")])
    tok.loc[tok.base == "في", "is_stop"] = True
    tok.loc[0, "surface"] = "والx"  # label: most frequent surface form of the key wins
    punct = pd.DataFrame(
        [{"story_id": "a1", "zone": "body", "surface": "،", "kind": "punct", "norm": "،"}]
    ).assign(base="،", is_stop=False)
    tok = pd.concat([tok, punct], ignore_index=True)
    kt = keyness(tok, ["a1", "a2"], "b1")
    assert set(kt.term) == {"x", "y"}  # stopword row dropped, punctuation not counted
    assert kt.attrs["target_size"] == 4 and kt.attrs["reference_size"] == 2
    assert _row(kt, "x").label == "x"
    assert _row(kt, "x").count_target == 3
    # stopwords=True keeps the stopword row: 1 of 4 vs 1 of 2
    kt2 = keyness(tok, ["a1", "a2"], "b1", stopwords=True)
    assert _row(kt2, "في").per_1000_target == pytest.approx(250.0)
    # reference=None: the rest of the corpus
    kt3 = keyness(tok, ["a1", "a2"])
    assert kt3.attrs["reference"] == ["b1"]


def test_selection_by_story_columns_and_mask():
    stories = pd.DataFrame({"story_id": ["a1", "a2", "b1"], "source": ["a.txt", "a.txt", "b.txt"]})
    tok = _tokens([("a1", "x"), ("a2", "x"), ("b1", "y")])
    kt = keyness(tok, {"source": "a.txt"}, {"source": "b.txt"}, stories=stories)
    assert kt.attrs["target"] == ["a1", "a2"] and kt.attrs["reference"] == ["b1"]
    mask = stories.source == "b.txt"
    assert select_stories(mask, story_ids=stories.story_id, stories=stories) == ["b1"]
    assert select_stories(
        {"source": ["a.txt", "b.txt"]}, story_ids=stories.story_id, stories=stories
    ) == ["a1", "a2", "b1"]


def test_bad_selections_raise_selection_error():
    tok = _tokens([("s1", "x"), ("s2", "y")])
    with pytest.raises(SelectionError, match="same stories"):
        keyness(tok, "s1", "s1")
    with pytest.raises(SelectionError, match="not in the corpus"):
        keyness(tok, "s1", "nope")
    with pytest.raises(SelectionError, match="selects no stories"):
        keyness(tok, [], "s2")
    with pytest.raises(SelectionError, match="both target and reference"):
        keyness(tok, ["s1", "s2"], "s2")
    with pytest.raises(SelectionError, match="no stories table"):
        keyness(tok, {"source": "a.txt"}, "s2")
    with pytest.raises(SelectionError, match="whole corpus"):
        keyness(tok, ["s1", "s2"])
    stories = pd.DataFrame({"story_id": ["s1", "s2"], "source": ["a", "b"]})
    with pytest.raises(SelectionError, match="selects no stories"):
        keyness(tok, {"source": "zzz"}, "s2", stories=stories)
    # every error is a KhabarError, catchable in one except
    assert issubclass(SelectionError, KhabarError)


def test_story_with_no_countable_tokens():
    tok = _tokens([("s1", "x"), ("s2", "y")])
    tok.loc[tok.story_id == "s2", "kind"] = "punct"
    with pytest.raises(SelectionError, match="holds no tokens"):
        keyness(tok, "s1", "s2")


def test_term_scatter_labels_distinctive_terms_without_overlap():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from helpers.charts.scatter import term_scatter

    # target uses a..f, reference g..l, both share "m"; z > 0 for a..f, < 0 for g..l
    rows = [("t", w) for w in "aabbccddeeffmm"] + [("r", w) for w in "gghhiijjkkllmm"]
    kt = keyness(_tokens(rows), "t", "r")
    fig = term_scatter(kt, n_labels=6)
    labels = fig.axes[0].texts
    # a..f are all 2 against 0, one marker, g..l 0 against 2 another: one label a
    # marker (session 16), the first by term on each side, then the shared m (2 / 2);
    # a marker of six terms names its first and the five others (session 18:
    # scatter.marker_label; it was named «a» alone), an RLM before the Latin start
    assert sorted(t.get_text() for t in labels) == [
        "m",
        "\u200fa و5 كلمات أخرى",
        "\u200fg و5 كلمات أخرى",
    ]
    renderer = FigureCanvasAgg(fig).get_renderer()
    boxes = [t.get_window_extent(renderer) for t in labels]
    overlaps = [(i, j) for i in range(len(boxes)) for j in range(i) if boxes[i].overlaps(boxes[j])]
    assert overlaps == []


def test_default_kinds_match_term_frequencies(stories):
    """Numbers (the 8 of «8 ديسمبر») are keyword candidates only when asked for, as in
    term_frequencies: story 2 writes 8 three times, story 1 never."""
    from helpers.corpus import zones
    from helpers.freq import keyness, term_frequencies
    from helpers.text import tokenize_zones

    tokens = tokenize_zones(zones(stories))
    a, b = stories["story_id"]
    kt = keyness(tokens, b, a)
    assert "8" not in set(kt["term"])
    assert "8" not in set(term_frequencies(tokens)["term"])
    with_numbers = keyness(tokens, b, a, kinds=("word", "number"))
    row = with_numbers.set_index("term").loc["8"]
    assert (row["count_target"], row["count_reference"]) == (3, 0)
