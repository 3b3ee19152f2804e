"""Session 11 (branch orgfix11): organisation names that fired on everyday phrases.

1. A listed name made of everyday words is matched only with its head (حزب الأصالة
   والمعاصرة، جماعة أنصار الدين); a body that many countries have (المقاومة الشعبية،
   جهاز مكافحة الإرهاب، هيئة علماء المسلمين) is a generic entity, never one country's.
2. A party's two-word short form is not propagated when it is noun + nisba (العمل
   الوطني) or where the story uses it as a phrase (بدولة القانون، العمل الإسلامي المشترك).
3. A transliterated company after a first name is the person's surname (جان رينو).
4. A court after a place keeps its kind adjectives (محكمة جدة الجزائية المتخصصة).

Every sentence was written for this file (the hostile tester's cases, reworded); expected
values worked out by hand. Offsets count code points from the start of the body."""

from __future__ import annotations

from entity_stories import mention_rows, stories

from helpers.entities import extract_entities

COLS = ("story_id", "surface", "start", "entity_id", "method")


def test_everyday_phrases_are_no_listed_party():
    # none of these sentences names a body: the words of the name without its head
    got = mention_rows(
        (
            "وفق أسلوب يجمع الأصالة والمعاصرة في التصميم.",
            "وهو من أنصار الدين الحق.",
            "خرج مئات الشباب المجاهدين في سبيل الله.",
        ),
        "ORG",
        COLS,
    )
    assert got == []


def test_listed_party_with_its_head():
    got = mention_rows(
        ("أعلن حزب الأصالة والمعاصرة فوزه.", "أعلنت جماعة أنصار الدين مسؤوليتها."),
        "ORG",
        COLS,
    )
    # "أعلن " is 5 code points, "أعلنت " 6
    assert got == [
        ("s1", "حزب الأصالة والمعاصرة", 5, "org:pam-morocco", "gazetteer"),
        ("s2", "جماعة أنصار الدين", 6, "org:ansar-dine", "gazetteer"),
    ]


def test_army_of_a_person_is_no_armed_group():
    # جيش محمد علي باشا: the army of Muhammad Ali Pasha; "وكان جيش " is 9 code points
    m = extract_entities(stories("وكان جيش محمد علي باشا دخل الحجاز."))
    m = m[m["type"].isin(["PERSON", "ORG"])]
    assert list(zip(m["surface"], m["type"], m["start"], strict=True)) == [
        ("محمد علي", "PERSON", 9)
    ]


def test_generic_bodies_take_no_country():
    got = mention_rows(
        (
            "أعلن جهاز مكافحة الإرهاب المصري أمس.",
            "قالت هيئة علماء المسلمين في لبنان إنها ترفض.",
            "ودعا إلى تفعيل المقاومة الشعبية في الضفة.",
        ),
        "ORG",
        COLS,
    )
    # "أعلن " 5; "قالت " 5; "ودعا إلى تفعيل " 15
    assert got == [
        ("s1", "جهاز مكافحة الإرهاب", 5, "org:counter-terrorism-service", "gazetteer"),
        ("s2", "هيئة علماء المسلمين", 5, "org:muslim-scholars-association", "gazetteer"),
        ("s3", "المقاومة الشعبية", 15, "org:popular-resistance", "gazetteer"),
    ]


def test_iraqi_scholars_with_their_place():
    # "قالت " 5: the listed name with its place is the Iraqi body
    got = mention_rows(("قالت هيئة علماء المسلمين في العراق إنها ترفض.",), "ORG", COLS)
    assert got == [("s1", "هيئة علماء المسلمين في العراق", 5, "org:amsi", "gazetteer")]


def test_short_forms_that_are_everyday_phrases():
    got = mention_rows(
        (
            "وقال حزب العمل الوطني إن الانتخابات مزورة. وأكد أن العمل الوطني واجب.",
            "أعلنت جبهة الإنقاذ الوطني رفضها. وطالبت بالإنقاذ الوطني للاقتصاد.",
            "قال ائتلاف دولة القانون إنه يرفض. ونادى بدولة القانون والمؤسسات.",
            "قالت جبهة العمل الإسلامي إنها تدعم العمل الإسلامي المشترك.",
        ),
        "ORG",
        ("story_id", "surface", "method"),
    )
    # each body once, with its head; the later phrase is no mention
    assert got == [
        ("s1", "حزب العمل الوطني", "rule"),
        ("s2", "جبهة الإنقاذ الوطني", "rule"),
        ("s3", "ائتلاف دولة القانون", "rule"),
        ("s4", "جبهة العمل الإسلامي", "rule"),
    ]


def test_short_form_as_the_body_still_propagates():
    got = mention_rows(
        ("قال ائتلاف دولة القانون إنه يرفض. وأعلن دولة القانون أمس رفضه.",),
        "ORG",
        ("surface", "start", "method"),
    )
    # "قال " 4; "قال ائتلاف دولة القانون إنه يرفض. " 4+7+5+8+4+6 = 34, "وأعلن " 6 more: 40
    assert got == [("ائتلاف دولة القانون", 4, "rule"), ("دولة القانون", 40, "alias")]


def test_company_name_after_a_first_name_is_a_surname():
    m = extract_entities(
        stories("قال الممثل الفرنسي جان رينو إنه سعيد.", "أعلنت رينو الفرنسية أرباحها.")
    )
    got = list(zip(m["story_id"], m["surface"], m["type"], strict=True))
    assert got == [
        ("s1", "الفرنسي", "NORP"),
        ("s1", "جان رينو", "PERSON"),
        ("s2", "رينو", "ORG"),
        ("s2", "الفرنسية", "NORP"),
    ]


def test_court_after_a_place_keeps_its_kind():
    got = mention_rows(
        ("أصدرت محكمة جدة الجزائية المتخصصة حكما.", "أصدرت محكمة الرياض العامة حكما."),
        "ORG",
        ("surface", "start"),
    )
    # "أصدرت " 6
    assert got == [("محكمة جدة الجزائية المتخصصة", 6), ("محكمة الرياض العامة", 6)]


def test_a_body_named_daily_after_a_first_name_stays_the_body():
    # الجهادي جون (a nickname) then داعش (Zipf 5.13): "سمات الجهادي جون " is 17 code points
    got = mention_rows(("سمات الجهادي جون داعش واضحة.",), "ORG", ("surface", "start"))
    assert got == [("داعش", 17)]
