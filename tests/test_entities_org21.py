"""Session 21 (branch org21): organisation rules by error kind (issue 13), each kind
with sentences written for it and neighbours that must not change (values worked out
by hand: the surface, type and entity id each rule gives)."""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

from helpers.entities.matcher import _root_al

_COLS = ("surface", "type", "entity_id")


def _rows(body: str, typ: str | None = None) -> list[tuple]:
    return mention_rows((body,), typ, _COLS)


# --- 1. a definite ل-field takes the definite adjectives agreeing with it


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # was «الاتحاد العربي للكشاف» (cut at «للكشاف | المسلم»): a participle, masculine
        (
            "وشارك الاتحاد العربي للكشاف المسلم في المخيم.",
            [("الاتحاد العربي للكشاف المسلم", "ORG", "rule:ORG:اتحاد_عربي_كشاف_مسلم")],
        ),
        # فعيل, then و + a nisba as before (was «المركز الوطني للطب»)
        (
            "وافتتح المركز الوطني للطب البديل والتكميلي أعماله.",
            [
                (
                    "المركز الوطني للطب البديل والتكميلي",
                    "ORG",
                    "rule:ORG:مركز_وطني_طب_بديل_تكميلي",
                )
            ],
        ),
        # أفعل and a second adjective (was «الهيئة الأفريقية للسور»)
        (
            "وأطلقت الهيئة الأفريقية للسور الأخضر الكبير مشروعا.",
            [
                (
                    "الهيئة الأفريقية للسور الأخضر الكبير",
                    "ORG",
                    "rule:ORG:هيئه_افريقيه_سور_اخضر_كبير",
                )
            ],
        ),
        # a title after the field is a person's, no adjective
        (
            "وقدمت الشركة السعودية للكهرباء المهندس خالد.",
            [
                ("الشركة السعودية للكهرباء", "ORG", "org:saudi-electricity"),
                ("خالد", "PERSON", "rule:PERSON:خالد@s1"),
            ],
        ),
        # a time word is none
        (
            "وعقدت الجمعية الوطنية للمتقاعدين الأسبوع الماضي اجتماعها.",
            [("الجمعية الوطنية للمتقاعدين", "ORG", "rule:ORG:جمعيه_وطنيه_متقاعدين")],
        ),
        # an adjective of the other gender describes another noun
        (
            "وأعلنت الجمعية الخيرية للأيتام الجديدة برنامجا.",
            [("الجمعية الخيرية للأيتام", "ORG", "rule:ORG:جمعيه_خيريه_ايتام")],
        ),
    ],
)
def test_field_adjective_agrees(body, expected):
    assert _rows(body) == expected


# --- 2. a hospital and its research centre, one compound name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the listed hospital keeps its entity, the name goes on past و
        (
            "وعالج مستشفى الملك فيصل التخصصي ومركز الأبحاث المريض.",
            [("مستشفى الملك فيصل التخصصي ومركز الأبحاث", "ORG", "org:kfshrc")],
        ),
        # the kind, not the one name: another hospital named so
        (
            "ونقل إلى مستشفى الملك فهد التخصصي ومركز الأبحاث بالدمام.",
            [
                (
                    "مستشفى الملك فهد التخصصي ومركز الأبحاث",
                    "ORG",
                    "rule:ORG:مستشفى_ملك_فهد_تخصصي_مركز_ابحاث",
                ),
                ("الدمام", "LOC", "geonames:110336"),
            ],
        ),
        # a centre named after a person is a second body
        (
            "وقال مدير مستشفى الملك خالد الجامعي ومركز الأمير سلطان للقلب إن.",
            [
                ("مستشفى الملك خالد الجامعي", "ORG", "rule:ORG:مستشفى_ملك_خالد_جامعي"),
                ("مركز الأمير سلطان", "ORG", "rule:ORG:مركز_امير_سلطان"),
            ],
        ),
        # a centre named in full (an adjective after its field) is a second body
        (
            "وزار مستشفى الملك فهد ومركز الأبحاث الطبية.",
            [
                ("مستشفى الملك فهد", "ORG", "rule:ORG:مستشفى_ملك_فهد"),
                ("مركز الأبحاث الطبية", "ORG", "rule:ORG:مركز_ابحاث_طبيه"),
            ],
        ),
    ],
)
def test_hospital_and_research_centre(body, expected):
    assert _rows(body) == expected


# --- 3. fields of public bodies added to data/org_fields.txt


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # both gave no ORG before
        (
            "وأعلنت اللجنة العليا للانتخابات النتائج.",
            [("اللجنة العليا للانتخابات", "ORG", "rule:ORG:لجنه_عليا_انتخابات")],
        ),
        (
            "واجتمع المجلس الأعلى للأمن أمس.",
            [("المجلس الأعلى للأمن", "ORG", "rule:ORG:مجلس_اعلى_امن")],
        ),
        # أمن a field: its nisba joins (Afghanistan's council, was org:unsc)
        (
            "وأكد الخبر في جلسة لمجلس الأمن القومي أمس.",
            [("مجلس الأمن القومي", "ORG", "rule:ORG:مجلس_امن_قومي")],
        ),
        # the nisba reaches the end of a listed name: the listed name, no nationality,
        # as before أمن was a field
        (
            "وتجسست وكالة الأمن القومي الأميركية على حلفائها.",
            [
                ("وكالة الأمن القومي", "ORG", "org:nsa"),
                ("الأميركية", "NORP", "country:US"),
            ],
        ),
        # unchanged: a listed name reached by و and a nationality is another state's body
        (
            "وذكرت هيئة الإذاعة والتلفزيون اليابانية أن.",
            [
                (
                    "هيئة الإذاعة والتلفزيون اليابانية",
                    "ORG",
                    "rule:ORG:هيئه_اذاعه_تلفزيون_يابانيه",
                )
            ],
        ),
        # unchanged: the field and its nisba
        (
            "وباشرت الإدارة العامة للدفاع المدني الحادث.",
            [("الإدارة العامة للدفاع المدني", "ORG", "rule:ORG:اداره_عامه_دفاع_مدني")],
        ),
    ],
)
def test_public_body_fields(body, expected):
    assert _rows(body) == expected


# --- 4. a form-VIII masdar in الت is no definite word


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # was ORG «حركة التفافية»: "an encircling movement"
        ("ونفذت القوات حركة التفافية حول المدينة.", []),
        ("وقامت بحركة التفافية سريعة.", []),
        # ال + a noun in ت keeps its article: a movement's name
        ("وأكد التزامه بحركة التحرير.", [("حركة التحرير", "ORG", "rule:ORG:حركه_تحرير")]),
        (
            "وقال رئيس حركة التحرير الوطني إن.",
            [("حركة التحرير الوطني", "ORG", "rule:ORG:حركه_تحرير_وطني")],
        ),
    ],
)
def test_masdar_in_alt(body, expected):
    assert _rows(body, "ORG") == expected


@pytest.mark.parametrize(
    ("light", "expected"),
    [
        # الالتفاف, الالتزام, الالتحاق are attested: the ال of these is the root's
        ("التفافية", True),
        ("التزام", True),
        ("التحاق", True),
        # الالتجارة, الالتنمية, الالتحرير are not: ال + تجارة ...
        ("التجارة", False),
        ("التنمية", False),
        ("التحرير", False),
        # no ت after ال: never
        ("الالتزام", False),
    ],
)
def test_root_al(light, expected):
    assert _root_al(light, 0) is expected


def test_root_al_after_conjunction():
    # والتزامات: the ال at index 1 (after و) is the root's
    assert _root_al("والتزامات", 1) is True
