"""PERSON recall on text nobody tuned on, session 11 (branch persons11).

Each kind was counted on the SaudiNewsNet stories of 2015-07-21 (outlets other than the
held-out four) and every PERSON mention a rule changed there was read (DEVELOPING.md,
"Session 11 (branch persons11)"). Every expected span was read off the sentence by hand:
the name as a reader marks it, without title, nationality or role
(tests/data/dev*/README.md).
"""

from __future__ import annotations

import pytest
from entity_stories import person_surfaces as surfaces

# --- a first name that is an everyday word, before a surname no Arabic word reads as ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # سعيد "happy", خوان, حسن "good", نبيل "noble": listed first names flagged
        # common; the surname is in no lexicon (مموزيني 0) or rare and foreign-shaped
        ("وقال سعيد مموزيني، مسؤول إعلام الحزب", ["سعيد مموزيني"]),
        ("قبل أن يضيف إليهم خوان كوادرادو في فترة الانتقالات", ["خوان كوادرادو"]),
        ("ونائب رئيس حكومة الشيشان حسن حكيموف والمندوب الدائم", ["حسن حكيموف"]),
        ("وقال نائب رئيس المجلس نبيل قاووق، خلال إحياء ذكرى", ["نبيل قاووق"]),
        # the later bare surname is the same person (aliases)
        ("وقال سعيد مموزيني، مسؤول إعلام الحزب. وأضاف مموزيني: «اندلعت»", None),
    ],
)
def test_a_common_first_name_takes_a_foreign_surname(body, expected):
    if expected is None:
        assert surfaces(body) == ["سعيد مموزيني", "مموزيني"]
    else:
        assert surfaces(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # كامل "whole" + a noun with a pronoun suffix whose stem is a word (أناقة 3.69,
        # حلل 3.57): no surname
        "وهن في كامل أناقتهن وليس في بنطلونات",
        "تعود السيدات من الأفراح في كامل حللهن، من ذهب",
        # a verb with an object pronoun (هنأت 2.50) after a first name
        "لا نساند بعضنا؟ فسيرين هنّأتني على دوري",
        # the future prefix on a present verb (تتفرغ 2.37، يحطون 2.35)
        "بعد شهر رمضان ستتفرّغ لمشاهدة عدد من الأعمال",
        "لا يقل عن 50 ألف ضيف عربي سيحطون الرحال فيها",
        # a conjunction the text layer left on a verb (أحنى 2.34)
        "نظرات بلا بريق وأحنى رأسه ينظر إلى الأرض",
        # ذكائك: ذكاء + ك (a final ئ read as ء)
        "لم يغرك جمالك، ولا بريق ذكائك، ولا علو نسبك",
        # after a stopword that is a first name: لي "to me"
        "أتذكر يوما أن الجندي المرافق لي سلمني جهاز اللاسلكي",
    ],
)
def test_an_inflected_word_is_no_foreign_surname(body):
    assert surfaces(body) == []


def test_a_construct_noun_opens_no_name_before_a_foreign_surname():
    # حياة "the life of" (rules.CONSTRUCT_NOUNS) is a first name too; before a foreign
    # word it opens no name (2015-07-21: [حياة فيرساتشي] "Versace's life", [حياة
    # ريجيكامف]); a one-word name there is left to other evidence
    assert surfaces("يوفر فرصة الاستمتاع بنمط حياة فيرساتشي بشكل كامل") == []


# --- a foreign name of two words before a role in apposition -----------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the name, a comma, the office (2015-07-21): neither word is a listed first
        # name, both are no Arabic word (جابريل 2.5, زيجمار 0)
        ("ويتوجه زيجمار جابريل، وزير الاقتصاد الألماني، اليوم", ["زيجمار جابريل"]),
        # no comma: an indefinite role in construct
        ("كما حضر الاجتماع ماغمد داؤدوف رئيس البرلمان في الشيشان", ["ماغمد داؤدوف"]),
        # a definite role of TITLES (المدير)
        ("قرر جوريجيوس دونيس المدير الفني للفريق الأول", ["جوريجيوس دونيس"]),
    ],
)
def test_two_foreign_words_before_a_role_are_a_person(body, expected):
    assert surfaces(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a quoted name is a body's: «فيرست إنيرجي» before a role word
        "وقال ناطق باسم «فيرست إنيرجي» مدير العمليات إن",
        # after a head noun of a body (مستشفى), the words name the body; without it the
        # same words are a person (وقال مسؤول في كولابا كوزواي، مدير الفرع)
        "وقال مسؤول في مستشفى كولابا كوزواي، مدير الفرع",
        # no role after the pair: two foreign words alone are no evidence
        "أضيء مبنى إمباير ستايت في نيويورك أمس",
    ],
)
def test_no_appositive_person_without_a_role_or_in_a_body_name(body):
    assert surfaces(body) == []
