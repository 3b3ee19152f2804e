"""Session 21 (branch org21c): two smaller ORG kinds of dev5tune's errors, as kinds.

1. After a royal title's first name (الملك سعود، الأمير سطام) a definite word is his
   family name only on evidence (a listed surname, a family name by the lexicon, a
   first name with the article); a definite noun after a body named after him is the
   sentence's next word, not part of the name (جامعة الملك سعود | النتائج). Adjectives
   by form stay in the institution's name as before (متنزه الملك عبدالله البيئي).
2. A state broadcaster + a nationality is an ORG, as the other institution nouns
   (التلفزيون الإيراني، الإذاعة السورية).

Sentences written for the rules; values worked out by hand (surface, type, entity id).
"""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

_COLS = ("surface", "type", "entity_id")


def _rows(body: str, typ: str | None = None) -> list[tuple]:
    return mention_rows((body,), typ, _COLS)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # changed: a definite noun is no family name of the royal namesake
        (
            "وأعلنت جامعة الملك سعود النتائج أمس.",
            [("جامعة الملك سعود", "ORG", "rule:ORG:جامعه_ملك_سعود")],
        ),
        (
            "وقالت جامعة الأمير سطام الطلاب",
            [("جامعة الأمير سطام", "ORG", "rule:ORG:جامعه_امير_سطام")],
        ),
        # neighbours as before: adjectives of the institution stay in its name
        (
            "وزار متنزه الملك عبدالله البيئي أمس.",
            [("متنزه الملك عبدالله البيئي", "LOC", "rule:LOC:متنزه_ملك_عبدالله_بيئي")],
        ),
        (
            "وزارت مكتبة الملك عبدالعزيز المتنقلة الحي.",
            [("مكتبة الملك عبدالعزيز المتنقلة", "ORG", "rule:ORG:مكتبه_ملك_عبدالعزيز_متنقله")],
        ),
        # neighbours as before: a royal's family name on evidence
        (
            "وحضر الأمير فيصل السديري الحفل.",
            [("فيصل السديري", "PERSON", "rule:PERSON:فيصل_السديري")],
        ),
        (
            "وقال الأمير خالد الفيصل أمير منطقة مكة",
            [
                ("خالد الفيصل", "PERSON", "rule:PERSON:خالد_الفيصل"),
                ("منطقة مكة", "LOC", "geonames:104515"),
            ],
        ),
        (
            "واستقبل الملك عبدالله الثاني الوفد.",
            [("عبدالله الثاني", "PERSON", "person:king-abdullah-ii")],
        ),
    ],
)
def test_royal_namesake_takes_no_definite_noun(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # changed: a state broadcaster with a nationality (was the NORP alone)
        (
            "وبث التلفزيون الإيراني الخبر.",
            [("التلفزيون الإيراني", "ORG", "rule:ORG:تلفزيون_ايراني")],
        ),
        ("ونقل التلفزيون الايراني", [("التلفزيون الايراني", "ORG", "rule:ORG:تلفزيون_ايراني")]),
        (
            "وذكرت الإذاعة الإيرانية أن",
            [("الإذاعة الإيرانية", "ORG", "rule:ORG:اذاعه_ايرانيه")],
        ),
        (
            "وقال التليفزيون المصري إن",
            [("التليفزيون المصري", "ORG", "rule:ORG:تليفزيون_مصري")],
        ),
        # neighbours as before: the listed Saudi channel; a role of the body is a title
        ("وبث التلفزيون السعودي المباراة", [("التلفزيون السعودي", "ORG", "org:saudi-tv")]),
        ("وقال مدير التلفزيون السوري إن", [("السوري", "NORP", "country:SY")]),
    ],
)
def test_state_broadcaster_with_nationality(body, expected):
    assert _rows(body) == expected
