"""Session 16 (branch fix16b): the word-pair break rule's edge cases
(``helpers.freq.pairs``), values worked out by hand.

1. a masculine noun written with ة («الخليفة العباسي») takes a masculine adjective: the
   pair is a phrase (``data/masculine_teh_marbuta.txt``); a feminine one is not;
2. the rule reads the written form: with ``teh_marbuta=True`` or ``maqsura=True`` the
   same pairs go and stay as with the defaults;
3. without a ``clitics`` column the name-of-God rule still applies (it reads keys).
"""

from __future__ import annotations

import pandas as pd
import pytest

TEXT = (
    "قال الخليفة العباسي كلمة. وقال الداعية الإسلامي كلمة. وقال العلامة السعودي كلمة. "
    "وكتب الرحالة المغربي كتابا. وأنشد النابغة الذبياني قصيدة. "
    "أكد وزير الخارجية العراقي أن الحكومة العراقية مستعدة. رحمه الله تعالى. "
    "تم بحمد لله تحرير مدينة دمشق. يوم الجمعة الماضي"
)
KEPT = (
    "الخليفة العباسي",
    "الداعية الإسلامي",
    "العلامة السعودي",
    "الرحالة المغربي",
    "النابغة الذبياني",
    "الحكومة العراقية",
    "الله تعالى",
    "الجمعة الماضي",
    "تحرير مدينة",
)
GONE = ("الخارجية العراقي", "لله تحرير")


def _pairs(table):
    return dict(zip(table["label"], table["count"], strict=True))


@pytest.mark.parametrize("options", [{}, {"teh_marbuta": True}, {"maqsura": True}])
def test_the_same_pairs_under_every_option(options):
    from helpers.freq import term_frequencies
    from helpers.text import tokenize

    got = _pairs(term_frequencies(tokenize(TEXT, **options), by=None, n=2))
    for pair in KEPT:
        assert got.get(pair) == 1, (pair, options)
    for pair in GONE:
        assert pair not in got, (pair, options)


@pytest.mark.parametrize("options", [{}, {"teh_marbuta": True}, {"maqsura": True}])
def test_both_counters_agree_on_the_edge_cases(options):
    from helpers.corpus import zones
    from helpers.freq import count_corpus, term_frequencies
    from helpers.text import tokenize_zones

    stories = pd.DataFrame({"story_id": ["s1"], "title": [""], "body": [TEXT], "captions": [""]})
    toks = tokenize_zones(zones(stories, ("title", "body")), **options)
    a = term_frequencies(toks, n=2).sort_values("term").reset_index(drop=True)
    b = term_frequencies(count_corpus(stories, n=(1, 2), **options), n=2)
    b = b.sort_values("term").reset_index(drop=True)
    pd.testing.assert_frame_equal(a[["term", "label", "count"]], b[["term", "label", "count"]])
    labels = set(b["label"])
    assert "الخليفة العباسي" in labels and "الله تعالى" in labels
    assert "الخارجية العراقي" not in labels


def test_masculine_nouns_in_teh_marbuta_are_language_data():
    from helpers.freq.pairs import masculine_teh_marbuta

    words = masculine_teh_marbuta()
    assert {"خليفة", "داعية", "علامة", "رحالة", "نابغة", "طاغية"} <= words
    # feminine nouns and the article are not in it
    assert not {"خارجية", "حكومة", "الخليفة"} & words


def test_word_features_reads_the_written_form():
    from helpers.freq.pairs import word_features

    # keys folded as teh_marbuta=True and maqsura=True would fold them
    f = word_features(
        ["خارجيه", "عراقي", "خليفه", "جمعه", "اعلي"],
        ["ال", "ال", "ال", "ال", "ال"],
        ["الخارجية", "العراقي", "الخليفة", "الجمعة", "الأعلى"],
    )
    assert f["fem"].tolist() == [True, False, False, False, False]
    assert f["nisba"].tolist() == [False, True, False, False, False]


def test_without_clitics_the_formula_rule_still_applies():
    from helpers.freq import term_frequencies
    from helpers.text import tokenize

    toks = tokenize(TEXT).drop(columns=["clitics"])
    got = _pairs(term_frequencies(toks, by=None, n=2))
    assert "لله تحرير" not in got  # the name-of-God rule reads keys only
    assert got["الله تعالى"] == 1 and got["بحمد لله"] == 1
    # the gender rule needs the proclitics: off without them (documented)
    assert got["الخارجية العراقي"] == 1


def test_word_features_checks_lengths():
    from helpers.errors import KhabarError
    from helpers.freq.pairs import word_features

    with pytest.raises(KhabarError, match="2 keys, 1 clitics"):
        word_features(["a", "b"], ["ال"], ["a", "b"])
    with pytest.raises(KhabarError, match="2 keys, 1 surfaces"):
        word_features(["a", "b"], None, ["a"])
