"""Words that stand for a formula alone (helpers.text.formula_words) leave the
single-word rankings: خادم الحرمين الشريفين، صاحب السمو، لا بد.

Right values counted by hand from the two sentences below.
"""

import pandas as pd
import pytest

from helpers.freq import count_corpus, keyness, term_frequencies
from helpers.sections import drop_terms
from helpers.text import display_stopwords, formula_words, tokenize

# keys by hand: استقبل خادم حرمين شريفين ملك سلمان وزير / قال انه لا بد من عمل
A = "استقبل خادم الحرمين الشريفين الملك سلمان الوزير. وقال إنه لا بد من العمل."
# keys: التقى صاحب سمو ملكي امير محمد وزير في رياض / لابد ان ينجح
B = "التقى صاحب السمو الملكي الأمير محمد الوزير في الرياض. لابد أن ينجح."


def test_the_words_alone_of_formulas_tsv():
    # the alone column of text/data/formulas.tsv, keyed as the counts key them, and the
    # blessing glyphs that are their own key: U+FD40-FD4F, FDCF, FDFA-FDFB, FDFD-FDFF
    # (16 + 1 + 2 + 3; not FDF5 صلعم, FDF7 عليه, FDF8 وسلم, FDF9 صلى: words once keyed)
    glyphs = {chr(c) for c in [*range(0xFD40, 0xFD50), 0xFDCF, 0xFDFA, 0xFDFB, 0xFDFD]}
    glyphs |= {"\ufdfe", "\ufdff"}
    assert len(glyphs) == 22 and glyphs <= formula_words()
    assert formula_words() - glyphs == {
        "خادم",
        "حرمين",
        "شريفين",
        "سمو",
        "معالي",
        "صلى",
        "رحمه",
        "رحمها",
        "يرحمه",
        "حفظه",
        "حفظهم",
        "وجل",
        "بمشيئة",
        "بد",
        "لابد",
    }
    assert formula_words() <= display_stopwords()
    # words of formulas with a life of their own stay
    assert not {"ملك", "امير", "الله", "ملكي", "صاحب"} & display_stopwords()


def test_top_terms_leave_the_formula_words_out():
    tokens = tokenize(A)
    shown = term_frequencies(tokens, by=None, extra_stopwords=display_stopwords())
    # of the 13 words: قال a reporting verb, انه لا من stopwords, خادم حرمين شريفين بد
    # formula words: five left, each once
    assert sorted(shown["term"]) == sorted(["استقبل", "ملك", "سلمان", "وزير", "عمل"])
    assert shown["count"].tolist() == [1] * 5
    counted = term_frequencies(tokens, by=None)  # the counts keep بد
    assert "بد" in set(counted["term"])
    # but since session 23 not the words of the title «خادم الحرمين الشريفين الملك»
    # standing inside it (text.title_pairs); its head ملك stays
    assert not {"خادم", "حرمين", "شريفين"} & set(counted["term"])
    assert "ملك" in set(counted["term"])


def test_keyness_leaves_them_out_and_keeps_the_name_after_the_title():
    stories = pd.DataFrame(
        {
            "story_id": ["a", "b"],
            "title": ["", ""],
            "body": [A, B],
            "outlet": ["x", "y"],
        }
    )
    counts = count_corpus(stories)
    # as notebook 04 does: the keyness table less the display stopwords
    table = drop_terms(keyness(counts, ["b"], ["a"], min_stories=1), display_stopwords())
    terms = set(table["term"])
    assert not {"سمو", "لابد", "خادم", "حرمين", "شريفين", "بد"} & terms
    # B's own words by hand: التقى صاحب ملكي امير محمد رياض ينجح (وزير, ملك in both);
    # since session 23 صاحب and ملكي stand inside the title «صاحب السمو الملكي الأمير»
    # and are no terms there (text.title_pairs): the head امير and the name stay
    assert {"امير", "محمد"} <= terms
    assert not {"صاحب", "ملكي"} & terms
    raw = keyness(counts, ["b"], ["a"], min_stories=1)
    # سمو, like صاحب and ملكي, stands inside the title; لابد is counted, a display
    # stopword only
    assert "لابد" in set(raw["term"])
    assert not {"صاحب", "سمو", "ملكي"} & set(raw["term"])


@pytest.mark.parametrize("term", ["خادم حرمين", "حرمين شريفين", "صاحب سمو"])
def test_the_ngram_rule_is_unchanged(term):
    from helpers.text import is_formula

    assert is_formula(term)
