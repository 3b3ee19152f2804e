"""Session 17: invisible characters inside a word, and between a proclitic and a number.

A hostile tester found that a combining grapheme joiner (U+034F) or a variation
selector (U+FE0F, pasted with an emoji) cut الرئيس into الر + ئيس, and that a direction
mark or a haraka between a proclitic and digits (و<LRM>2006، وَ2006) made the letter a
word of its own, so the same text counted one more token depending on its encoding.
Both are default-ignorable or marks: they are inside the token, as ZWNJ already was
(``charsets.INVISIBLE``; ``tokenize._NUMBER_CLITIC``). Values worked out by hand.
"""

import pytest

from helpers.freq import count_terms
from helpers.text import normalize, tokenize


@pytest.mark.parametrize("mark", ["\u034f", "\ufe0f", "\ufe00", "\u200c", "\u00ad"])
def test_an_invisible_inside_a_word_keeps_one_word(mark):
    t = tokenize(f"الر{mark}ئيس")
    assert list(t["kind"]) == ["word"]
    assert (t["clitics"].iloc[0], t["base"].iloc[0]) == ("ال", "رئيس")
    assert normalize(f"الر{mark}ئيس") == "الرئيس"


@pytest.mark.parametrize(
    ("text", "clitics", "number"),
    [
        ("و\u200e2006", "و", "2006"),  # LRM
        ("ب\u200f15000", "ب", "15000"),  # RLM
        ("وَ2006", "و", "2006"),  # fatha
        ("بـ15000", "ب", "15000"),  # tatweel, as before
        ("و2006", "و", "2006"),  # plain, as before
    ],
)
def test_a_proclitic_before_a_number_is_inside_it_whatever_sits_between(text, clitics, number):
    t = tokenize(text)
    assert list(t["kind"]) == ["number"]
    assert (t["clitics"].iloc[0], t["base"].iloc[0]) == (clitics, number)


def test_the_counters_agree_on_encodings_of_one_sentence():
    plain = "قال الرئيس و2006 عام"
    for text in (plain, "قال الر\u034fئيس و\u200e2006 عام", "قال الر\ufe0fئيس وَ2006 عام"):
        table = count_terms([text], progress=False)
        assert table.attrs["tokens"] == 3  # قال، الرئيس، عام: the number is no term
        assert sorted(table["term"]) == ["رئيس", "عام", "قال"]  # keys: no article
