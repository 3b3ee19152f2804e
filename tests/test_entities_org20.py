"""Session 20 (branch org20): organisation rules by error kind (issue 13), each kind
with sentences written for it and neighbours that must not change (values worked out
by hand: the surface, type and entity id each rule gives)."""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

from helpers.entities.rules.words import human_plural

_COLS = ("surface", "type", "entity_id")


def _rows(body: str, typ: str | None = None) -> list[tuple]:
    return mention_rows((body,), typ, _COLS)


# --- 1. a definite body noun + scope or nationality adjective + any ل-field


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # was «لأرصاد» (the one-word alias of org:saudi-pme): the centre's whole name
        (
            "وحذر المركز الإقليمي للأرصاد من أمطار غزيرة.",
            [("المركز الإقليمي للأرصاد", "ORG", "rule:ORG:مركز_اقليمي_ارصاد")],
        ),
        # a field not in org_fields.txt (was NORP السعودية alone)
        (
            "وسجلت الشبكة السعودية للمدفوعات نموا كبيرا.",
            [("الشبكة السعودية للمدفوعات", "ORG", "rule:ORG:شبكه_سعوديه_مدفوعات")],
        ),
        (
            "وحضر رئيس الاتحاد السعودي للسهام البطولة.",
            [("الاتحاد السعودي للسهام", "ORG", "rule:ORG:اتحاد_سعودي_سهام")],
        ),
        # و + a body's head noun opens a second body, not a second field
        (
            "وشاركت الهيئة المصرية للكتاب والمركز القومي للترجمة في المعرض.",
            [
                ("الهيئة المصرية للكتاب", "ORG", "rule:ORG:هيئه_مصريه_كتاب"),
                ("المركز القومي للترجمة", "ORG", "rule:ORG:مركز_قومي_ترجمه"),
            ],
        ),
        # a name listed whole: the ل-phrase is its object (the refugees)
        (
            "وقدم الاتحاد الأوروبي للاجئين مساعدات.",
            [("الاتحاد الأوروبي", "ORG", "org:eu")],
        ),
        # a rank adjective is no scope: a party's organisers
        ("وألقى رئيس اللجنة المنظمة للحفل كلمة.", []),
        # a time word opens no field
        ("وعقدت الجمعية الوطنية للعام الثاني اجتماعها.", []),
        # a listed field goes on past و as before
        (
            "وأشاد بدور الجمعية السعودية للثقافة والفنون.",
            [("الجمعية السعودية للثقافة والفنون", "ORG", "rule:ORG:جمعيه_سعوديه_ثقافه_فنون")],
        ),
    ],
)
def test_scope_adjective_field(body, expected):
    assert _rows(body, "ORG") == expected


# --- 2. coordination does not join a body with people


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # session 19's note: مجلس التعاون | والمتطرفين ran on (تعاون is a field)
        ("وأكد مجلس التعاون والمتطرفين خطر الإرهاب.", [("مجلس التعاون", "ORG", "org:gcc")]),
        # people after people stay one name
        (
            "وقالت نقابة الصحفيين والإعلاميين إنها ترفض القرار.",
            [("نقابة الصحفيين والإعلاميين", "ORG", "rule:ORG:نقابه_صحفيين_اعلاميين")],
        ),
        # تلفزيون is a singular, no people
        (
            "وحول مؤسسة الراديو والتلفزيون إلى بوق.",
            [("مؤسسة الراديو والتلفزيون", "ORG", "rule:ORG:مؤسسه_راديو_تلفزيون")],
        ),
    ],
)
def test_no_people_coordinated(body, expected):
    assert _rows(body, "ORG") == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("متطرفين", True),
        ("مواطنون", True),
        ("صحفيين", True),
        ("ايرانيين", True),
        ("فنون", False),
        ("تموين", False),
        ("قانون", False),
        ("تلفزيون", False),
        ("مليون", False),
    ],
)
def test_human_plural(key, expected):
    assert human_plural(key) is expected


# --- 3. a directorate named by two coordinated fields and its place


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # its name until 2015: was the place alone
        (
            "وأوضحت إدارة التربية والتعليم بمنطقة الرياض أن الدراسة تبدأ.",
            [
                ("إدارة التربية والتعليم", "ORG", "rule:ORG:اداره_تربيه_تعليم"),
                ("منطقة الرياض", "LOC", "geonames:108410"),
            ],
        ),
        # no place phrase: no directorate reading (as إدارة التعليم alone)
        ("وأوضحت إدارة التربية والتعليم أن الدراسة تبدأ.", []),
    ],
)
def test_directorate_two_fields(body, expected):
    assert _rows(body, None) == expected
