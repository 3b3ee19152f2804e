"""Session 18 (branch latin18): organisations written in Latin letters.

The matcher reads a Latin token by :func:`helpers.entities.keys.latin_key` (case folded,
dots of a lettered abbreviation dropped), the alias and the text alike; the gazetteer
lists the Latin names SaudiNewsNet writes bare for an organisation in nearly every use
(STC, Mobily, MBC, CNN, BBC, EY, FATF, CIA). Sentences written for this file; expected values
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
    # session 19 (orgfix19): a leading Latin article is written joined (Al Jazeera)
    assert latin_key("Al-Jazeera") == "aljazeera"
    assert latin_key("Coca-Cola") == "coca-cola"
    assert latin_key("3.5") == "3.5"
    assert latin_key(".") == "."
    assert phrase_keys("شركة STC") == ("شركه", "stc")


def test_latin_aliases_in_any_case():
    got = mention_rows(
        (
            "وأعلنت STC اليوم عن باقات جديدة.",
            "وقالت stc إن الخدمة عادت.",
            "وأطلقت Mobily عرضا جديدا.",
            "وأصدرت مجموعة العمل المالي (FATF) قرارا.",
            "وقال في مقابلة مع CNN إن الاتفاق جيد.",
            "وقال رئيس الضرائب لدى EY إن الإصلاحات مستمرة.",
            "وظهر على MBC في رمضان.",
            "وقالت S.T.C إن الشبكة تعمل.",
            "تنبأ المدير السابق لـ«C.I.A» الأميركية بذلك.",
        ),
        "ORG",
        COLS,
    )
    assert got == [
        ("s1", "STC", "org:saudi-telecom"),
        ("s2", "stc", "org:saudi-telecom"),
        ("s3", "Mobily", "org:mobily"),
        ("s4", "مجموعة العمل المالي", "org:fatf"),
        ("s4", "FATF", "org:fatf"),
        ("s5", "CNN", "org:cnn"),
        ("s6", "EY", "org:ey"),
        ("s7", "MBC", "org:mbc"),
        ("s8", "S.T.C", "org:saudi-telecom"),
        ("s9", "C.I.A", "org:cia"),
    ]


def test_sms_footer_short_codes_are_no_mentions():
    # a network's name after its short code labels the number (session 8's footer)
    footer = "ارسل رسالة SMS تبدأ بالرمز (2) إلى 88591 - Stc 635031 - Mobily 737221 - Zain"
    assert mention_rows((footer, "أرسل إلى ٨٨٥٩١: STC"), "ORG", COLS) == []
    # a number before a name that is not Latin, or a word before the Latin name, stays
    got = mention_rows(("وقال 3 من مسؤولي STC إن", "أعلن 12 موظفا في موبايلي"), "ORG", COLS)
    assert got == [("s1", "STC", "org:saudi-telecom"), ("s2", "موبايلي", "org:mobily")]


def test_latin_words_not_listed_stay_out():
    # an acronym that is also an English word is not listed: WHO would be "who"
    assert mention_rows(("عبر تطبيق جديد يسمى Who Deleted Me.",), "ORG", COLS) == []
    # brands whose Latin name is mostly a product's first word are not listed
    got = mention_rows(("اشترى هاتف Samsung Galaxy وجهاز Microsoft Surface.",), "ORG", COLS)
    assert got == []


def test_cia_arabic_and_latin_one_entity():
    # 2015-08-04: the Arabic name with استخبارات and the acronym after it are one body
    got = mention_rows(
        ("صرح المدير السابق لوكالة الاستخبارات المركزية الأميركية CIA ، قائلا: لقد اختفت",),
        "ORG",
        COLS,
    )
    assert got == [
        ("s1", "وكالة الاستخبارات المركزية", "org:cia"),
        ("s1", "CIA", "org:cia"),
    ]
