"""Hostile leftovers of the text layer (session 12), each a kind with its right value:
spacing harakat, punctuation and currency signs among the letters, a blessing ligature
keyed with spaces, unchecked ``min_count`` / ``drop_stop``, directional marks in labels.
"""

import unicodedata

import pandas as pd
import pytest

from helpers.charsets import (
    ARABIC_LETTER_SET,
    DIRECTION_MARKS,
    HONORIFIC_LIGATURE_SET,
    SPACING_HARAKAT_SET,
    WORD_LETTERS,
)
from helpers.charts.skeleton import safe_text
from helpers.errors import ArgumentError, KhabarError
from helpers.freq import count_corpus, count_terms, keyness, term_frequencies
from helpers.text import display_stopwords, normalize, tokenize


def test_spacing_harakat_are_marks_not_letters():
    # Unicode 15 chart of Arabic Presentation Forms-B: U+FE70-FE72, FE74, FE76-FE7F are
    # the spacing forms of the eight harakat (FE75 unassigned, FE73 a tail fragment)
    expected = {chr(c) for c in [0xFE70, 0xFE71, 0xFE72, 0xFE74, *range(0xFE76, 0xFE80)]}
    assert expected == SPACING_HARAKAT_SET
    assert not SPACING_HARAKAT_SET & ARABIC_LETTER_SET
    assert "\ufe73" in ARABIC_LETTER_SET
    # alone: no token (its key was the empty string); after a word: the word's tanwin
    t = tokenize("قال \ufe70 الوزير شكرا\ufe70 جزيلا")
    assert t["surface"].tolist() == ["قال", "الوزير", "شكرا\ufe70", "جزيلا"]
    assert t["base"].tolist() == ["قال", "وزير", "شكرا", "جزيلا"]
    assert "" not in set(count_terms(["\ufe70 \ufe7c قال"], drop_stop=False)["term"])


@pytest.mark.parametrize(
    ("ch", "category"), [("\ufd3e", "Pe"), ("\ufd3f", "Ps"), ("\ufdfc", "Sc"), ("\ufbb2", "Sk")]
)
def test_punctuation_currency_and_symbols_are_no_letters(ch, category):
    assert unicodedata.category(ch) == category
    assert ch not in ARABIC_LETTER_SET
    assert not any(ch in w for w in tokenize(f"و{ch}الآية{ch}")["surface"] if len(w) > 1)


def test_ornate_parentheses_and_rial_sign_are_punctuation_tokens():
    t = tokenize("قال تعالى ﴿الحمد لله﴾ بسعر 5 ﷼")
    assert list(zip(t["surface"], t["kind"], strict=True)) == [
        ("قال", "word"),
        ("تعالى", "word"),
        ("﴿", "punct"),
        ("الحمد", "word"),
        ("لله", "word"),
        ("﴾", "punct"),
        ("بسعر", "word"),
        ("5", "number"),
        ("﷼", "punct"),
    ]
    # ﷼ was a word keyed ريال: a price counted the currency's name once more
    assert count_terms(["بسعر 5 ﷼"])["term"].tolist() == ["سعر"]


def test_every_letter_is_a_letter_or_a_blessing_glyph():
    for ch in ARABIC_LETTER_SET:
        assert unicodedata.category(ch).startswith("L") or ch in HONORIFIC_LIGATURE_SET, ch
    # U+FDCF (Unicode 14, ﷏ سلامه علينا) is a blessing glyph too: a token of its own
    assert "\ufdcf" in HONORIFIC_LIGATURE_SET and "\ufdcf" not in WORD_LETTERS


def test_a_blessing_ligature_is_keyed_whole_and_is_no_top_term():
    t = tokenize("قال محمد ﷺ وقال ﷻ")
    assert t["base"].tolist() == ["قال", "محمد", "ﷺ", "قال", "ﷻ"]
    assert normalize("ﷺ") == "ﷺ" and normalize("ﻻ") == "لا"  # letter ligatures still split
    counted = count_terms(["محمد ﷺ"])
    # one unigram of key ﷺ (it was «صلى الله عليه وسلم», spaces in a unigram's key)
    assert sorted(counted["term"]) == sorted(["ﷺ", "محمد"])
    assert counted["n"].tolist() == [1, 1]
    assert {"ﷺ", "ﷻ", "\ufd40", "\ufdfd"} <= display_stopwords()
    shown = term_frequencies(t, by=None, extra_stopwords=display_stopwords())
    assert shown["term"].tolist() == ["محمد"]  # قال a reporting verb, ﷺ ﷻ formulas


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2", None, True])
def test_min_count_is_checked(bad):
    tokens = tokenize("قال الوزير")
    for call in (
        lambda: term_frequencies(tokens, by=None, min_count=bad),
        lambda: count_terms(["قال الوزير"], min_count=bad),
    ):
        with pytest.raises(ArgumentError, match="min_count must be a whole number >= 1"):
            call()


@pytest.mark.parametrize("bad", ["no", 0, 1, None, "False"])
def test_drop_stop_is_checked(bad):
    tokens = tokenize("قال الوزير")
    with pytest.raises(ArgumentError, match="term_frequencies: drop_stop must be True or False"):
        term_frequencies(tokens, by=None, drop_stop=bad)
    with pytest.raises(ArgumentError, match="count_terms: drop_stop must be True or False"):
        count_terms(["قال الوزير"], drop_stop=bad)


def test_keyness_checks_min_count_and_stopwords():
    stories = pd.DataFrame(
        {"story_id": ["a", "b"], "title": ["", ""], "body": ["قال الوزير", "وصل الأمير"]}
    )
    counts = count_corpus(stories)
    with pytest.raises(ArgumentError, match="keyness: min_count must be a whole number"):
        keyness(counts, "a", "b", min_count=0)
    with pytest.raises(ArgumentError, match="keyness: stopwords must be True or False") as e:
        keyness(counts, "a", "b", stopwords="yes")
    assert isinstance(e.value, KhabarError)


def test_labels_hold_no_directional_mark():
    assert DIRECTION_MARKS == "\u200e\u200f\u061c"
    text = "قال الوزير\u200f إن الوزير\u200f وصل \u200eokaz\u200e"
    shown = term_frequencies(tokenize(text), by=None)
    assert dict(zip(shown["term"], shown["label"], strict=True))["وزير"] == "الوزير"
    assert not shown["label"].str.contains(f"[{DIRECTION_MARKS}]").any()
    stories = pd.DataFrame({"story_id": ["a"], "title": [""], "body": [text]})
    from_counts = term_frequencies(count_corpus(stories), by=None)
    assert from_counts["label"].tolist() == shown["label"].tolist()
    streamed = count_terms([text])
    assert not streamed["label"].str.contains(f"[{DIRECTION_MARKS}]").any()
    # a group's name drawn in a figure: the figure adds its own RLM after it
    assert safe_text("\u200fokaz\u061c") == "okaz"
