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


FOREIGN_SURNAMES = [
    # سعيد "happy", خوان, حسن "good", نبيل "noble": listed first names flagged
    # common; the surname is in no lexicon (مموزيني 0) or rare and foreign-shaped
    ("وقال سعيد مموزيني، مسؤول إعلام الحزب", ["سعيد مموزيني"]),
    ("قبل أن يضيف إليهم خوان كوادرادو في فترة الانتقالات", ["خوان كوادرادو"]),
    ("ونائب رئيس حكومة الشيشان حسن حكيموف والمندوب الدائم", ["حسن حكيموف"]),
    ("وقال نائب رئيس المجلس نبيل قاووق، خلال إحياء ذكرى", ["نبيل قاووق"]),
    # the later bare surname is the same person (aliases)
    (
        "وقال سعيد مموزيني، مسؤول إعلام الحزب. وأضاف مموزيني: «اندلعت»",
        ["سعيد مموزيني", "مموزيني"],
    ),
]


INFLECTED = [
    # كامل "whole" + a noun with a pronoun suffix whose stem is a word (أناقة 3.69,
    # حلل 3.57): no surname
    "وهن في كامل أناقتهن وليس في بنطلونات",
    "تعود السيدات من الأفراح في كامل حللهن، من ذهب",
    # a verb with an object pronoun (هنأت 2.50) after a first name
    "لا نساند بعضنا؟ فسيرين هنّأتني على دوري",
    # the future prefix on a present verb (تتفرغ 2.37، يحطون 2.35)
    "بعد شهر رمضان ستتفرّغ لمشاهدة عدد من الأعمال",
    "لا يقل عن 50 ألف ضيف عربي سيحطون الرحال فيها",
    # the negation written onto a present verb (2015-07-24: لاتقام = لا تقام)
    "ففي شهر رمضان لاتقام الزواجات مؤكدا",
    # a conjunction the text layer left on a verb (أحنى 2.34)
    "نظرات بلا بريق وأحنى رأسه ينظر إلى الأرض",
    # ذكائك: ذكاء + ك (a final ئ read as ء)
    "لم يغرك جمالك، ولا بريق ذكائك، ولا علو نسبك",
    # after a stopword that is a first name: لي "to me"
    "أتذكر يوما أن الجندي المرافق لي سلمني جهاز اللاسلكي",
    # a first name that is a feminine past verb opening its clause, before its
    # subject: ورفعت "and she raised" (رفعت, a name too), كيمارا a body's short form
    "ورفعت كيمارا الغرامة على الشركات.",
]


def test_a_construct_noun_opens_no_name_before_a_foreign_surname():
    # حياة "the life of" (rules.CONSTRUCT_NOUNS) is a first name too; before a foreign
    # word it opens no name (2015-07-21: [حياة فيرساتشي] "Versace's life", [حياة
    # ريجيكامف]); a one-word name there is left to other evidence
    assert surfaces("يوفر فرصة الاستمتاع بنمط حياة فيرساتشي بشكل كامل") == []


# --- a foreign name of two words before a role in apposition -----------------------


APPOSITIVES = [
    # the name, a comma, the office (2015-07-21): neither word is a listed first
    # name, both are no Arabic word (جابريل 2.5, زيجمار 0)
    ("ويتوجه زيجمار جابريل، وزير الاقتصاد الألماني، اليوم", ["زيجمار جابريل"]),
    # no comma: an indefinite role in construct
    ("كما حضر الاجتماع ماغمد داؤدوف رئيس البرلمان في الشيشان", ["ماغمد داؤدوف"]),
    # a definite role of TITLES (المدير)
    ("قرر جوريجيوس دونيس المدير الفني للفريق الأول", ["جوريجيوس دونيس"]),
]


NO_APPOSITIVES = [
    # a quoted name is a body's: «فيرست إنيرجي» before a role word
    "وقال ناطق باسم «فيرست إنيرجي» مدير العمليات إن",
    # after a head noun of a body (مستشفى), the words name the body; without it the
    # same words are a person (وقال مسؤول في كولابا كوزواي، مدير الفرع)
    "وقال مسؤول في مستشفى كولابا كوزواي، مدير الفرع",
    # no role after the pair: two foreign words alone are no evidence
    "أضيء مبنى إمباير ستايت في نيويورك أمس",
]


# --- a role whose office a country names: رئيس وزراء اليونان X -----------------------


COUNTRY_ROLES = [
    # an indefinite office noun (وزراء، خارجية), then the country: the name after
    # it needs no first-name list (2015-07-21)
    ("وقال رئيس وزراء اليونان أليسكيس تسيبراس بأنه اتفاق سيئ", ["أليسكيس تسيبراس"]),
    ("ورئيس وزراء لوكسمبورغ كزافييه بيتل، على التأكيد", ["كزافييه بيتل"]),
    ("وقال وزير خارجية النمسا سباستيان كورتس الذي يعتزم", ["سباستيان كورتس"]),
    # a known body after the office noun is skipped whole (الأوروبي is no
    # nationality; the name was cut to موغيريني before)
    ("وقالت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني للصحافيين", ["فيديريكا موغيريني"]),
    # the country right after the role
    ("وقال سفير فرنسا برتران بزانسنو إن", ["برتران بزانسنو"]),
]


NO_COUNTRY_ROLES = [
    # an office noun with no known place after it: the word after is no name
    "فإنه بحاجة إلى وزير دفاع مقرب منه ويستطيع",
    # أمام "in front of" has the key of الإمام: no role, so no name after إيران
    "يمهد الطريق أمام إيران لتسليح نفسها",
    # أمير منطقة: a governor; the word after is the clause's verb
    "أمير منطقة القصيم واكب هذا التوجه",
]


@pytest.mark.parametrize(("body", "expected"), FOREIGN_SURNAMES + APPOSITIVES + COUNTRY_ROLES)
def test_the_name_is_found(body, expected):
    assert surfaces(body) == expected


@pytest.mark.parametrize("body", INFLECTED + NO_APPOSITIVES + NO_COUNTRY_ROLES)
def test_no_person(body):
    assert surfaces(body) == []
