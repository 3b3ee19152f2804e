"""Session 22 (hostile22): a hostile tester's confirmed defects, each fixed as a kind.
Every expected value below is worked out by hand from the rule it tests."""

import re
import unicodedata

import pytest

from helpers.charsets import DIGITS, OTHER_NUMERALS
from helpers.io import read_data_rows
from helpers.text.tokenize import counted_surfaces, kind_of, tokenize

# ------------------------------- 1. numerals outside DIGITS are numbers, not terms


def _numerals_in_file() -> set[str]:
    _, rows = read_data_rows("helpers", "numerals.tsv", ("first", "last", "category"))
    return {chr(c) for a, b, _ in rows for c in range(int(a, 16), int(b, 16) + 1)}


def _numerals_of_unicode() -> set[str]:
    digit = re.compile(f"[{DIGITS}]")
    return {
        ch
        for ch in map(chr, range(0x110000))
        if unicodedata.category(ch) in ("Nd", "Nl", "No") and not digit.match(ch)
    }


def test_numerals_file_is_the_unicode_number_categories_less_digits():
    # the header names the Unicode version the file was made from: on that version the
    # file is exactly the N* code points outside DIGITS; on a later one, each of its code
    # points is still one (General_Category of an assigned number does not change)
    listed = _numerals_in_file()
    ours = _numerals_of_unicode()
    from importlib.resources import files

    text = files("helpers").joinpath("data/numerals.tsv").read_text(encoding="utf-8")
    version = re.search(r"Unicode Character Database (\d+\.\d+\.\d+)", text).group(1)
    if unicodedata.unidata_version == version:
        assert listed == ours
    else:
        assert listed <= ours
    # by hand: superscript two, one half, fullwidth one, Devanagari one, circled one,
    # Roman numeral twelve are in; ASCII 5, Arabic-Indic ٥, Persian ۵ and a letter are not
    assert {"\u00b2", "\u00bd", "\uff11", "\u0967", "\u2460", "\u216b"} <= listed
    assert not {"5", "\u0665", "\u06f5", "a", "\u0645"} & listed
    assert re.fullmatch(f"[{OTHER_NUMERALS}]+", "\u00b2\uff11\U0001d7ce")


def test_a_superscript_after_a_unit_is_a_number_not_a_term():
    # م² «square metre»: the word م, then ² as a number; before, ² was a latin term
    toks = tokenize("مساحة 500 م² و30 كم²")
    assert toks[["surface", "kind"]].values.tolist() == [
        ["مساحة", "word"],
        ["500", "number"],
        ["م", "word"],
        ["²", "number"],
        ["و30", "number"],
        ["كم", "word"],
        ["²", "number"],
    ]
    assert counted_surfaces("مساحة 500 م² و30 كم²") == ["مساحة", "م", "كم"]


@pytest.mark.parametrize(
    "text",
    [
        "\uff11\uff12\uff13",  # fullwidth １２３: was dropped, no token at all
        "\u0967\u0968",  # Devanagari १२: dropped too
        "\u00bd",  # ½: was a latin term
        "\u2460",  # ①
        "\u216b",  # Ⅻ
        "\u00b2\u00b3",  # ²³: one run, one token
    ],
)
def test_every_other_numeral_run_is_one_number_token(text):
    toks = tokenize(f"قال {text} امس")
    assert toks[["surface", "kind"]].values.tolist() == [
        ["قال", "word"],
        [text, "number"],
        ["امس", "word"],
    ]
    assert kind_of(text) == "number"
    assert counted_surfaces(f"قال {text} امس") == ["قال", "امس"]


def test_a_numeral_inside_a_word_of_another_script_stays_in_it():
    # H₂O and x² are words of Latin letters holding a numeral, as COVID19
    assert counted_surfaces("H₂O CO₂ x² COVID19") == ["H₂O", "CO₂", "x²", "COVID19"]
