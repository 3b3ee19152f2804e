"""Proclitic decisions on words of the development sample (SaudiNewsNet outlets other than
the held-out ones), one test per kind of wrong split the lexicon rules now prevent.

Expected readings are an Arabic reader's, worked out by hand; each word is tokenised
alone (no corpus attestation). Zipf values in comments: wordfreq 3.1.1, Arabic large.
"""

import pytest
from clitic_reading import one

from helpers.text.clitics import stems


@pytest.mark.parametrize(
    "word",
    [
        # ب before a name or a verb: the remainder is no noun (its definite form is rare)
        "بكين",  # Beijing, not ب + كين
        "بايدن",  # Biden
        "برنت",  # Brent (crude)
        "بلوتو",  # Pluto
        "باتت",  # "became" (بات), not ب + أتت
        "باشرت",  # "began" (باشر)
        # س before a word that is no verb with a stem
        "سان",  # San (سان موريتز)
        "ساهم",  # "contributed"
        "ساعد",  # "helped"
        "سامر",  # Samer
        # ك before a pronoun or particle, or a remainder hardly more frequent
        "كانا",  # "they (two) were"
        "كفى",  # "enough"
        "كيا",  # Kia
        "كلم",  # km
        # the stem of the word takes the article: a noun with a suffix or accusative alef
        "واحدا",  # الواحد
        "ليلا",  # الليل
        "فورا",  # الفور
        "فكرا",  # الفكر
        # an acronym (Saudi Press Agency), data/clitic_exceptions.txt
        "واس",
    ],
)
def test_whole_words_stay_whole(word):
    assert one(word) == ("", word)


@pytest.mark.parametrize(
    ("word", "clitics", "base"),
    [
        ("بحسب", "ب", "حسب"),  # a function word after ب passes the noun test
        ("بحقهم", "ب", "حقهم"),  # the remainder's stem حق takes the article
        ("بصفته", "ب", "صفته"),  # صفته: ta marbuta written ت before the suffix
        ("بدنيا", "ب", "دنيا"),  # الدنيا over البدني
        ("وانه", "و", "انه"),  # a function word: no stem test
        ("وهما", "و", "هما"),
        ("بمصر", "ب", "مصر"),
        ("بجدة", "ب", "جدة"),
        ("كرئيس", "ك", "رئيس"),
        ("كالعادة", "ك+ال", "عادة"),  # the article written after ك
        ("سأكون", "س", "اكون"),  # first person: a verb stem of 3 letters
        ("سيتم", "س", "يتم"),  # a 2-letter stem after ي
        ("لاستكمال", "ل", "استكمال"),  # purpose ل before a verbal noun
        ("للطائرة", "ل+ال", "طائرة"),
    ],
)
def test_true_splits_are_kept(word, clitics, base):
    assert one(word) == (clitics, base)


def test_stems_strip_one_suffix():
    assert stems("لمستها") == ["لمستها", "لمسة", "لمست"]
    assert stems("اجوائها") == ["اجوائها", "اجواء"]  # hamza seat back to ء
    assert stems("منسوبيها") == ["منسوبيها", "منسوبي", "منسوبين"]  # construct plural
    assert stems("واحدا") == ["واحدا", "واحد"]
    assert stems("حقهم", 2) == ["حقهم", "حق"]
    assert stems("حقهم") == ["حقهم"]  # stems keep 3 letters by default
