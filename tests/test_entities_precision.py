"""Session 4, entities: false positives seen on SaudiNewsNet outlets other than the
held-out four (aawsat, sabq, alyaum...), labels of countries, and one king under four
names. Every sentence was written for this file (none is from a corpus); every expected
value was worked out by reading the sentence."""

from __future__ import annotations

import pandas as pd
from entity_stories import picked, stories

from helpers.entities import entity_counts, extract_entities


def rows(m: pd.DataFrame, *cols: str) -> list[tuple]:
    return picked(m, None, cols)


# --- the outlet's own name: الشرق الأوسط the newspaper or the region ---------------


def test_the_newspaper_in_quote_marks_is_an_org_the_region_a_place():
    m = extract_entities(
        stories(
            "وقال المتحدث لـ«الشرق الأوسط» إن الاجتماع انتهى. وتلقت «الشرق الأوسط» نسخة من البيان.",
            "نشرت صحيفة الشرق الأوسط تقريرا عن الأمن في منطقة الشرق الأوسط.",
            "يمر الشرق الأوسط بمرحلة صعبة.",
        )
    )
    assert rows(m, "story_id", "surface", "type", "entity_id") == [
        ("s1", "الشرق الأوسط", "ORG", "org:asharq-al-awsat"),
        ("s1", "الشرق الأوسط", "ORG", "org:asharq-al-awsat"),
        ("s2", "صحيفة الشرق الأوسط", "ORG", "org:asharq-al-awsat"),
        ("s2", "منطقة الشرق الأوسط", "LOC", "loc:middle-east"),
        ("s3", "الشرق الأوسط", "LOC", "loc:middle-east"),
    ]


# --- common nouns after a word that is also a first name --------------------------


def test_a_first_name_that_is_a_common_noun_takes_no_common_noun_as_surname():
    m = extract_entities(
        stories(
            "استقبلت رحاب المملكة ضيوف الرحمن. وأكدت المملكة دعمها.",
            "الإخلاص عماد العمل في كل مؤسسة.",
            "ويشترط ألا يتجاوز عمر المتقدم ثلاثين عاما.",
            "وتحدث حافظ الصندوق عن جو النيتروجين في الكوكب.",
        )
    )
    assert m[m["type"] == "PERSON"].empty


def test_such_a_first_name_still_opens_a_name_with_a_family_name():
    m = extract_entities(stories("وقال عماد المحيسن إن الفريق جاهز، وأكد عمر هوساوي ذلك."))
    assert rows(m[m["type"] == "PERSON"], "surface") == [("عماد المحيسن",), ("عمر هوساوي",)]


def test_religious_formulas_are_no_names():
    m = extract_entities(
        stories(
            "قال الملك عبدالله رحمه الله إن الوطن للجميع.",
            "قال النبي محمد صلى الله عليه وسلم إن الدين النصيحة.",
            "وأصبحت البلاد بحمد الله آمنة.",
        )
    )
    person = m[m["type"] == "PERSON"]
    # الملك عبدالله: the name after the title, without the formula
    assert rows(person, "story_id", "surface") == [("s1", "عبدالله")]


def test_a_bare_title_is_no_person_and_banh_is_no_place():
    m = extract_entities(
        stories(
            "وأكد وزير أن القرار نهائي. وقال وزير سابق إن الوضع صعب.",
            "وأفاد بأنه سيعود غدا، مؤكدا بأنه لن يتأخر.",
        )
    )
    assert m.empty


# --- one person, four names ---------------------------------------------------------


def test_the_king_under_his_names_and_title_is_one_entity():
    m = extract_entities(
        stories(
            "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الوفد. وأكد الملك سلمان "
            "أن البلاد ماضية. وقال خادم الحرمين الشريفين إن الشعب واحد. وكان سلمان بن "
            "عبد العزيز قد زار القاهرة."
        )
    )
    person = m[m["type"] == "PERSON"]
    # the title is no mention of him, before his name or alone (session 16: the gold
    # convention, "a bare title or role is not a mention")
    assert rows(person, "surface", "entity_id") == [
        ("سلمان بن عبدالعزيز", "person:king-salman"),
        ("سلمان", "person:king-salman"),
        ("سلمان بن عبد العزيز", "person:king-salman"),
    ]
    assert set(person["canonical"]) == {"سلمان بن عبدالعزيز"}


def test_his_son_is_another_person():
    m = extract_entities(stories("التقى الأمير محمد بن سلمان بن عبدالعزيز الوفد."))
    assert rows(m, "surface", "entity_id") == [
        ("محمد بن سلمان بن عبدالعزيز", "person:mohammed-bin-salman")
    ]


# --- countries are labelled by their names ------------------------------------------


def test_a_country_is_labelled_by_its_name_and_adjectives_are_told_apart():
    m = extract_entities(
        stories("قال مسؤول سعودي إن الاقتصاد الأميركي يتعافى، وزار السعودية ثم الولايات المتحدة.")
    )
    assert rows(m, "surface", "type", "canonical", "form") == [
        ("سعودي", "NORP", "السعودية", "adjective"),
        ("الأميركي", "NORP", "الولايات المتحدة", "adjective"),
        ("السعودية", "LOC", "السعودية", "name"),
        ("الولايات المتحدة", "LOC", "الولايات المتحدة", "name"),
    ]
    counts = entity_counts(m)
    # one row per entity: a country named by name and adjective is one place (session
    # 8, the rule of shared_entities), labelled by its name; before, one row per type
    assert sorted(zip(counts["canonical"], counts["type"], counts["count"], strict=True)) == [
        ("السعودية", "LOC", 2),
        ("الولايات المتحدة", "LOC", 2),
    ]


# --- organisations: Saudi bodies, companies in quote marks, nationality after a name --


def test_saudi_bodies_in_construct_chains_are_organisations():
    m = extract_entities(
        stories(
            "تسلم المعلم خطابه من إدارة شؤون المعلمين، وقامت إدارة صحة البيئة بجولة، "
            "ورفع المواطن شكواه إلى ديوان المظالم."
        )
    )
    assert rows(m, "surface", "type") == [
        ("إدارة شؤون المعلمين", "ORG"),
        ("إدارة صحة البيئة", "ORG"),
        ("ديوان المظالم", "ORG"),
    ]


def test_a_definite_institution_with_a_nationality_is_an_organisation():
    m = extract_entities(
        stories("أغلقت السفارة الإيطالية أبوابها، وقالت السلطات التركية إن المنتخب البرازيلي وصل.")
    )
    assert rows(m, "surface", "type") == [
        ("السفارة الإيطالية", "ORG"),
        ("السلطات التركية", "ORG"),
        ("المنتخب البرازيلي", "ORG"),
    ]


def test_a_company_named_in_quote_marks_is_the_quoted_name():
    m = extract_entities(
        stories('أعلنت شركة «إي إف جي هيرميس» أرباحها، ونشر موقع "بورد باندا" صورا.')
    )
    assert rows(m, "surface", "type") == [("إي إف جي هيرميس", "ORG"), ("بورد باندا", "ORG")]


def test_no_nationality_after_an_organisation_named_by_an_indefinite_name():
    m = extract_entities(stories("كشف علماء من جامعة هايدلبرج الألمانية نتائج دراسة."))
    assert rows(m, "surface", "type") == [("جامعة هايدلبرج", "ORG"), ("الألمانية", "NORP")]


def test_a_byline_names_the_newspaper_and_the_city_stays_a_place():
    m = extract_entities(stories("عيسى الحربي- سبق- الرياض: أعلن الأمين العام للمجلس."))
    assert rows(m, "surface", "type", "entity_id") == [
        ("عيسى الحربي", "PERSON", "rule:PERSON:عيسى_الحربي"),
        ("سبق", "ORG", "org:sabq"),
        ("الرياض", "LOC", "geonames:108410"),
    ]


def test_an_everyday_first_name_before_a_family_name_opens_a_name():
    m = extract_entities(
        stories(
            "تكون الطاقم من الطيار جميل الزريع والمسعف تركي السبيعي. وقال مسؤول تركي إن "
            "حسن الجوار مهم. وفي رمضان الماضي أعلنت أسماء الفائزين، وحياة الناس مهمة."
        )
    )
    assert rows(m, "surface", "type") == [
        ("جميل الزريع", "PERSON"),
        ("تركي السبيعي", "PERSON"),
        ("تركي", "NORP"),
    ]
