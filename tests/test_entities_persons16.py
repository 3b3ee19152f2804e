"""PERSON names whose first name is an everyday word before بن, and family names cut
before a role noun that opens no name: session 16 (branch persons16).

Each sentence is a shortened context of SaudiNewsNet text (non-held-out outlets) or of
the defects the lead listed; every expected span was read off the sentence by hand: the
name as a reader marks it, without title or role (tests/data/dev*/README.md).
DEVELOPING.md, "Session 16 (branch persons16)", has the rules and what they changed on
raw days.
"""

from __future__ import annotations

import pytest
from entity_stories import person_surfaces as surfaces

EVERYDAY_FIRST_NAMES = [
    # an everyday word (مساعد "assistant" 4.66, متعب "tiring" 4.2, عارف "knowing"
    # 4.31) before بن and a listed first name, then a family name or a second بن: the
    # patronymic makes it a first name (each was no mention, or the father's name
    # alone, before)
    ("وقال مساعد بن محمد العيبان إن الاجتماع ناجح.", ["مساعد بن محمد العيبان"]),
    ("وحضر متعب بن عبدالله بن عبدالعزيز الحفل.", ["متعب بن عبدالله بن عبدالعزيز"]),
    ("وقال عارف بن غازي الشمري إن العمل مستمر.", ["عارف بن غازي الشمري"]),
]

EVERYDAY_KEPT_OUT = [
    # no family name after the father's name: «نظام بن علي» is Ben Ali's regime
    ("وسقط نظام بن علي في تونس.", []),
    # ابن after a noun opens a name of its own in construct with it (رحيل ابن عبود)
    ("وحضر رحيل ابن عبود ومن معه.", []),
    # a past-tense verb before بن: the short name is its subject
    ("استقبل بن زايد الرئيس.", []),
]

ROLE_AFTER_NAME = [
    # a role noun that opens no name (مساعد، وكيل) in construct after a family name
    # ends the name as وزير or رئيس does (was «تميم بن عبد العزيز», «خالد بن صالح»)
    (
        "وقال تميم بن عبد العزيز السالم مساعد المدير العام إن العمل مستمر.",
        ["تميم بن عبد العزيز السالم"],
    ),
    ("وحضر خالد بن صالح العباد وكيل الوزارة.", ["خالد بن صالح العباد"]),
    # a rare indefinite word after بن + a name (زقزوق 2.23, a word to the lexicon, so
    # no foreign-looking surname) before a role or the clause end is the family name
    (
        "وقال حازم بن مصطفى زقزوق رئيس الجمعية إن العمل مستمر.",
        ["حازم بن مصطفى زقزوق"],
    ),
    ("وقال حازم بن مصطفى زقزوق إن العمل مستمر.", ["حازم بن مصطفى زقزوق"]),
    # a rare word closing the clause after بن + a name (2015-07-22، 07-23، 07-31)
    ("الدكتور علاء بن عبدالله نصيف، ومديري العموم.", ["علاء بن عبدالله نصيف"]),
    # و on a noun with a pronoun (و + أدبه) opens the next phrase: the gazetteer's name
    # stays (was «محمد بن سلمان وأدبه» with the first version, 2015-07-23)
    (
        "لسمو ولي ولي العهد الأمير محمد بن سلمان وأدبه، وهو يقبّل رأس الشيخ.",
        ["محمد بن سلمان"],
    ),
    # a noun in the dual construct goes on to its complement: no family name
    ("استقبل محمد بن نايف برقيتي تهنئة.", ["محمد بن نايف"]),
]


NISBA_FAMILY_NAMES = [
    # a definite nisba in ي after بن + a name, the clause going on after it, is the
    # family name (الشهري 4.10 "monthly", as frequent as شهري; the chain was cut
    # before it); from 2015-07-22 and 2015-08-01 (read by hand)
    (
        "وحضر الحفل عبد الله بن محمد بن سعد الشهري وعدد من المسؤولين.",
        ["عبد الله بن محمد بن سعد الشهري"],
    ),
    (
        "وقدم مدير عام جمعية البر معاذ بن ابراهيم الجعفري شكره للمحافظ.",
        ["معاذ بن ابراهيم الجعفري"],
    ),
    (
        "وعلق عليه الشيخ سعد بن سعيد الحجري مفتي منطقة عسير.",
        ["سعد بن سعيد الحجري"],
    ),
    # after a royal title the name stops at the patronymic: an adjective there may be
    # an institution's (مستشفى الأمير فيصل بن سلمان التخصصي)
    ("وافتتح الأمير فيصل بن سلمان التخصصي بالمدينة.", ["فيصل بن سلمان"]),
]


@pytest.mark.parametrize(("body", "expected"), EVERYDAY_FIRST_NAMES)
def test_an_everyday_word_before_bin_and_a_listed_name_is_a_first_name(body, expected):
    assert surfaces(body) == expected


@pytest.mark.parametrize(("body", "expected"), EVERYDAY_KEPT_OUT)
def test_an_everyday_word_before_a_short_patronymic_stays_out(body, expected):
    assert surfaces(body) == expected


@pytest.mark.parametrize(("body", "expected"), ROLE_AFTER_NAME)
def test_a_role_noun_that_opens_no_name_ends_the_family_name(body, expected):
    assert surfaces(body) == expected


@pytest.mark.parametrize(("body", "expected"), NISBA_FAMILY_NAMES)
def test_a_nisba_after_a_patronymic_is_the_family_name_mid_clause(body, expected):
    assert surfaces(body) == expected
