"""Session 18 (branch latin18): organisations written in Latin letters.

The matcher reads a Latin token by :func:`helpers.entities.keys.latin_key` (case folded,
dots of a lettered abbreviation dropped), the alias and the text alike; the gazetteer
lists the Latin names SaudiNewsNet writes bare for an organisation in nearly every use
(STC, Mobily, MBC, CNN, BBC, EY, FATF). Sentences written for this file; expected values
worked out by hand."""

from __future__ import annotations

from entity_stories import mention_rows

from helpers.entities.keys import latin_key, phrase_keys

COLS = ("story_id", "surface", "entity_id")


def test_latin_key_folds_case_and_dots():
    assert latin_key("STC") == "stc"
    assert latin_key("Stc") == "stc"
    assert latin_key("S.T.C") == "stc"
    assert latin_key("u.n.") == "un"
    assert latin_key("Al-Jazeera") == "al-jazeera"
    assert latin_key("3.5") == "3.5"
    assert latin_key(".") == "."
    assert phrase_keys("شركة STC") == ("شركه", "stc")


def test_latin_aliases_in_any_case():
    got = mention_rows(
        (
            "وأعلنت STC اليوم عن باقات جديدة.",
            "وقالت stc إن الخدمة عادت.",
            "أرسل رسالة إلى 88591 - Stc 635031 - Mobily",
            "وأصدرت مجموعة العمل المالي (FATF) قرارا.",
            "وقال في مقابلة مع CNN إن الاتفاق جيد.",
            "وقال رئيس الضرائب لدى EY إن الإصلاحات مستمرة.",
            "وظهر على MBC في رمضان.",
            "وقالت S.T.C إن الشبكة تعمل.",
        ),
        "ORG",
        COLS,
    )
    assert got == [
        ("s1", "STC", "org:saudi-telecom"),
        ("s2", "stc", "org:saudi-telecom"),
        ("s3", "Stc", "org:saudi-telecom"),
        ("s3", "Mobily", "org:mobily"),
        ("s4", "مجموعة العمل المالي", "org:fatf"),
        ("s4", "FATF", "org:fatf"),
        ("s5", "CNN", "org:cnn"),
        ("s6", "EY", "org:ey"),
        ("s7", "MBC", "org:mbc"),
        ("s8", "S.T.C", "org:saudi-telecom"),
    ]


def test_latin_words_not_listed_stay_out():
    # brands whose Latin name is mostly a product's first word are not listed
    got = mention_rows(("اشترى هاتف Samsung Galaxy وجهاز Microsoft Surface.",), "ORG", COLS)
    assert got == []
