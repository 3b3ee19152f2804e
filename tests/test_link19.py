"""Session 19 (branch link19): no within-story link across genders.

A bare surname or a one-word name links to a story's full name only when the words right
before it do not give it the other gender: a reporting word (قال / قالت) or a gendered
title (الدكتور / الدكتورة). The one rule is :func:`helpers.text.agreement.clashes`, read by
the entity layer (:func:`helpers.entities.aliases.said_gender`) and the quote layer
(:func:`helpers.quotes.names._other_gender`). Every expected value is worked out by hand
from the words of the test."""

from __future__ import annotations

import pytest
from entity_stories import stories

from helpers.entities import extract_entities
from helpers.entities.aliases import Person, person_gender
from helpers.text.agreement import clashes, verb_gender
from helpers.text.normalize import normalize


def _persons(body: str) -> list[tuple[str, str]]:
    m = extract_entities(stories(body))
    p = m[m["type"] == "PERSON"]
    return list(zip(p["surface"], p["canonical"], strict=True))


HUDA = "قالت الدكتورة هدى الحذيفي إن المشروع مهم. "
MUHAMMAD = "قال محمد الحذيفي إن المشروع مهم. "


@pytest.mark.parametrize(
    ("form", "gender"),
    [
        ("قال", "m"),
        ("أضاف", "m"),
        ("يقول", "m"),
        ("مؤكدا", "m"),
        ("قالت", "f"),
        ("أضافت", "f"),
        ("تقول", "f"),
        ("مؤكدة", "f"),
        ("قالوا", ""),  # a plural: no one person
        ("قالا", ""),  # a dual
        ("ذهب", ""),  # no reporting word
    ],
)
def test_the_gender_a_reporting_word_gives_its_subject(form, gender):
    assert verb_gender(normalize(form)) == gender


def test_a_clash_needs_both_genders_known_and_different():
    assert clashes("f", "m") and clashes("m", "f")
    assert not clashes("m", "m") and not clashes("f", "f")
    assert not clashes("", "m") and not clashes("-", "f") and not clashes("m", "")


def test_a_persons_gender_is_that_of_the_first_names_of_its_full_names():
    assert person_gender(Person("x", "هدى الحذيفي", [("هدى", "الحذيفي")])) == "f"
    assert person_gender(Person("x", "محمد الحذيفي", [("محمد", "الحذيفي")])) == "m"
    # a one-word name gives no first name; two names of two genders: unknown
    assert person_gender(Person("x", "الحذيفي", [("الحذيفي",)])) == ""
    assert person_gender(Person("x", "?", [("هدى", "الحذيفي"), ("محمد", "الحذيفي")])) == ""


def test_a_bare_surname_after_a_masculine_verb_is_no_alias_of_a_woman():
    # «وقال الحذيفي»: a man of her family, not هدى (the surname is dropped, not linked)
    assert _persons(HUDA + "وقال الحذيفي إن العمل بدأ") == [("هدى الحذيفي", "هدى الحذيفي")]
    # the same after a masculine title: «وأضاف الدكتور الحذيفي»
    body = HUDA + "وأضاف الدكتور الحذيفي أن العمل بدأ"
    assert _persons(body) == [("هدى الحذيفي", "هدى الحذيفي")]


def test_a_bare_surname_after_a_feminine_verb_or_title_is_no_alias_of_a_man():
    body = MUHAMMAD + "وقالت الحذيفي إن العمل بدأ"
    assert _persons(body) == [("محمد الحذيفي", "محمد الحذيفي")]
    body = MUHAMMAD + "وأكدت الدكتورة الحذيفي أن العمل بدأ"
    assert _persons(body) == [("محمد الحذيفي", "محمد الحذيفي")]


def test_a_bare_surname_of_the_same_gender_still_links():
    assert _persons(HUDA + "وقالت الحذيفي إن العمل بدأ") == [
        ("هدى الحذيفي", "هدى الحذيفي"),
        ("الحذيفي", "هدى الحذيفي"),
    ]
    assert _persons(HUDA + "وأضافت الدكتورة الحذيفي أن العمل بدأ") == [
        ("هدى الحذيفي", "هدى الحذيفي"),
        ("الحذيفي", "هدى الحذيفي"),
    ]
    assert _persons(MUHAMMAD + "وأضاف الحذيفي أن العمل بدأ") == [
        ("محمد الحذيفي", "محمد الحذيفي"),
        ("الحذيفي", "محمد الحذيفي"),
    ]


def test_with_both_genders_in_the_story_the_surname_goes_to_the_one_of_its_verb():
    # هدى named last before the bare surname, but قال is a man's: محمد
    body = MUHAMMAD + HUDA + "وقال الحذيفي إن العمل بدأ"
    got = _persons(body)
    assert got[-1] == ("الحذيفي", "محمد الحذيفي")
    body = HUDA + MUHAMMAD + "وقالت الحذيفي إن العمل بدأ"
    assert _persons(body)[-1] == ("الحذيفي", "هدى الحذيفي")


def test_a_first_name_alone_still_links_to_the_only_name_that_opens_with_it():
    body = "قال محمد العلي إن المشروع مهم. وأضاف محمد أن العمل بدأ"
    assert _persons(body) == [("محمد العلي", "محمد العلي"), ("محمد", "محمد العلي")]


def test_a_masculine_title_before_a_womans_surname_names_another_person():
    # aawsat 2015-07-21: «الفنان عادل إمام» after «غادة عادل» (her surname عادل)
    body = "وشاركت الفنانة غادة عادل في العمل. وسأتابع خصوصا الفنان عادل إمام الذي أعشق أداءه"
    m = extract_entities(stories(body))
    p = m[m["type"] == "PERSON"]
    assert list(p["surface"]) == ["غادة عادل", "عادل"]
    assert list(p["canonical"]) == ["غادة عادل", "عادل"]
    assert p["entity_id"].iloc[-1].startswith("rule:PERSON:عادل@")


def test_a_full_name_after_another_name_word_tells_no_gender():
    # alweeam 2015-07-21: خوسيب ماريا بارتوميو read as ماريا بارتوميو; Maria is his middle
    # name, so وأعرب (masculine) does not part the surname from him
    body = (
        "أعلن نادي برشلونة عن فوز خوسيب ماريا بارتوميو برئاسة النادي. "
        "وأعرب بارتوميو عن سعادته بالفوز"
    )
    assert _persons(body) == [
        ("ماريا بارتوميو", "ماريا بارتوميو"),
        ("بارتوميو", "ماريا بارتوميو"),
    ]


def test_a_reporting_word_after_its_subject_does_not_gender_its_object():
    # aawsat 2015-07-31: «إن إيران لا ترى الأسد»: ترى (feminine) is إيران's, الأسد its object
    body = "قال الرئيس بشار الأسد إن الحرب طويلة. وقال الوزير إن إيران لا ترى الأسد رئيسا"
    got = _persons(body)
    assert got[-1][0] == "الأسد" and got[-1][1] == got[0][1]


def test_a_title_without_its_article_gives_no_gender():
    # 3alyoum 2015-07-24: «تصرفات نجمه الشمراني», نجمه is «his star» (نجم + ه), not the
    # feminine title نجمة: الشمراني stays ناصر الشمراني
    body = "وقال ناصر الشمراني إن الفريق قوي. وتحدث عن تصرفات نجمه الشمراني"
    got = _persons(body)
    assert got[-1] == ("الشمراني", "ناصر الشمراني")
