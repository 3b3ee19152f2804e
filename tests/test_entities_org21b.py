"""Session 21 (branch org21b): three ORG kinds of dev5tune's errors, each as a kind.

1. A body and the body it is affiliated to (التابع ل / التابعة ل) are two mentions:
   a rule's span ends before the affiliation word, and the gazetteer lists no alias
   running through it (مجلس الأمن التابع للأمم المتحدة was one alias of org:unsc).
2. A foreign club's name goes on through a club tail word (غازينتاب سبور), and a
   foreign word after an indefinite player's role with a nationality after it is the
   club (لاعب ليوبارد الكونغولي), not a person.
3. التحالف + العربي / الدولي / الإسلامي is a coalition's name (ORG).

Sentences written for the rules; values worked out by hand (surface, type, entity id).
"""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

_COLS = ("surface", "type", "entity_id")

#: A sports story: the clubs' context rules read only there (sports_context.txt words).
_SPORT = " وكان المدرب قد أشرك اللاعب في المباراة بالدوري."


def _rows(body: str, typ: str | None = "ORG") -> list[tuple]:
    return mention_rows((body,), typ, _COLS)


# --- 1. affiliation: two mentions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the gazetteer's long alias is gone: the council, then the UN (ل + ال merged:
        # the surface starts after the ل, as the golds write it)
        (
            "وأشار إلى القرار الذي أصدره مجلس الأمن التابع للأمم المتحدة يوم الاثنين.",
            [("مجلس الأمن", "ORG", "org:unsc"), ("لأمم المتحدة", "ORG", "org:un")],
        ),
        # written with no hamza, as in dev5tune
        (
            "وقال إن قرار مجلس الأمن التابع للامم المتحدة واضح.",
            [("مجلس الأمن", "ORG", "org:unsc"), ("لامم المتحدة", "ORG", "org:un")],
        ),
        (
            "وأعلن مجلس حقوق الإنسان التابع للأمم المتحدة قراره.",
            [("مجلس حقوق الإنسان", "ORG", "org:unhrc"), ("لأمم المتحدة", "ORG", "org:un")],
        ),
        # a rule's span (head + الملك + name) took التابع as a family name
        (
            "وافتتح مستشفى الملك فهد التابع لوزارة الصحة قسما جديدا.",
            [
                ("مستشفى الملك فهد", "ORG", "rule:ORG:مستشفى_ملك_فهد"),
                ("وزارة الصحة", "ORG", "rule:ORG:وزاره_صحه"),
            ],
        ),
        (
            "وقالت جامعة الملك عبدالعزيز التابعة لوزارة التعليم إن الدراسة بدأت.",
            [
                ("جامعة الملك عبدالعزيز", "ORG", "rule:ORG:جامعه_ملك_عبدالعزيز"),
                ("وزارة التعليم", "ORG", "rule:ORG:وزاره_تعليم"),
            ],
        ),
        # neighbours as before: an adjective before التابع stays in the name, and a
        # chain that already stopped there
        (
            "وافتتح مستشفى الملك فهد التخصصي التابع لوزارة الصحة قسما جديدا.",
            [
                ("مستشفى الملك فهد التخصصي", "ORG", "rule:ORG:مستشفى_ملك_فهد_تخصصي"),
                ("وزارة الصحة", "ORG", "rule:ORG:وزاره_صحه"),
            ],
        ),
        (
            "وأعلنت هيئة التحقيق التابعة لوزارة الداخلية النتائج.",
            [
                ("هيئة التحقيق", "ORG", "rule:ORG:هيئه_تحقيق"),
                ("وزارة الداخلية", "ORG", "rule:ORG:وزاره_داخليه"),
            ],
        ),
    ],
)
def test_affiliated_body_is_a_second_mention(body, expected):
    assert _rows(body) == expected


# --- 2. foreign clubs


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # after فريق (an opponent cue) the club's "Spor" is part of its name
        (
            "ويلاقي الهلال نظيره فريق غازينتاب سبور التركي في أولى مبارياته." + _SPORT,
            [
                ("الهلال", "ORG", "org:al-hilal"),
                ("فريق غازينتاب سبور", "ORG", "rule:ORG:فريق_غازينتاب_سبور"),
            ],
        ),
        # a city the gazetteer knows, then سبور: the listed club
        (
            "وانضم مهاجم فريق طرابزون سبور إلى النصر." + _SPORT,
            [("فريق طرابزون سبور", "ORG", "org:trabzonspor"), ("النصر", "ORG", "org:al-nassr")],
        ),
        # after an indefinite role, a foreign word and a nationality: the club
        (
            "وقال الطبيب المعالج للاعب ليوبارد الكونغولي إن العملية نجحت." + _SPORT,
            [("ليوبارد", "ORG", "rule:ORG:ليوبارد")],
        ),
    ],
)
def test_foreign_club(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an everyday adjective after the word is no nationality: no club, as before
        ("وكان لاعب بوركينا الجديد قد سجل هدفا." + _SPORT, []),
        # no sports story: the context rules do not read clubs; the person rule's
        # reading stays (a known miss, left alone: dev5tune's story is a sports one)
        (
            "وقال الطبيب المعالج للاعب ليوبارد الكونغولي إن العملية نجحت.",
            [("ليوبارد", "PERSON", "rule:PERSON:ليوبارد")],
        ),
    ],
)
def test_club_neighbours_unchanged(body, expected):
    assert _rows(body, None) == expected


# --- 3. coalitions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "وقال المصدر إن طائرات التحالف العربي بقيادة السعودية توفر غطاء جويا.",
            [("التحالف العربي", "ORG", "rule:ORG:تحالف_عربي"), ("السعودية", "LOC", "country:SA")],
        ),
        (
            "وشن التحالف الدولي ضد داعش غارات على الرقة.",
            [
                ("التحالف الدولي", "ORG", "rule:ORG:تحالف_دولي"),
                ("داعش", "ORG", "org:isis"),
                ("الرقة", "LOC", "geonames:172955"),
            ],
        ),
        # قوات التحالف العربي: the longer body, as before
        (
            "وقالت قوات التحالف العربي إنها قصفت المواقع.",
            [("قوات التحالف العربي", "ORG", "rule:ORG:قوات_تحالف_عربي")],
        ),
        # not any nationality: "the American alliance with Israel"
        (
            "وقال إن التحالف الأمريكي مع إسرائيل قوي.",
            [("الأمريكي", "NORP", "country:US"), ("إسرائيل", "LOC", "country:IL")],
        ),
        # التحالف alone, or before a preposition: no name
        ("وأكد أن التحالف بين البلدين قوي.", []),
    ],
)
def test_coalition(body, expected):
    assert _rows(body, None) == expected
