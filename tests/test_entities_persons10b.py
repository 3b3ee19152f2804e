"""PERSON names cut short or run on, session 10 (branch persons10b).

Each kind was met by a newcomer and a hostile tester and judged on the SaudiNewsNet
stories of 2015-07-26 (outlets other than the held-out four; DEVELOPING.md, "Session 10
(branch persons10b)"). Every expected span was read off the sentence by hand: the name
as a reader marks it, without title, nationality or role (tests/data/dev*/README.md).
"""

from __future__ import annotations

from entity_stories import person_surfaces as surfaces
from entity_stories import stories


def spans(body: str) -> list[tuple[str, str]]:
    """(surface, type) of every mention of one story, in text order."""
    from helpers.entities import extract_entities

    m = extract_entities(stories(body))
    return list(zip(m["surface"], m["type"], strict=True))


# --- a place or institution named after a titled person --------------------------------


def test_a_patronymic_namesake_head_takes_a_title_too():
    # مدرسة، قاعة name places after a person with a title as after a bare patronymic:
    # the whole is the ORG or LOC, no person inside (2015-07-26: مدرسة الملك فيصل، قاعة
    # الملك سلمان were PERSON فيصل، سلمان)
    assert spans("زار طلاب مدرسة الأمير فيصل بن بندر المعرض") == [
        ("مدرسة الأمير فيصل بن بندر", "ORG")
    ]
    assert spans("أقيم الحفل في قاعة الملك سلمان بالمدارس") == [("قاعة الملك سلمان", "LOC")]


def test_by_way_of_is_no_road():
    # عن طريق "by way of": the road head opens no namesake, the person stays
    assert surfaces("وصلت الرسالة عن طريق الأمير فيصل بن بندر") == ["فيصل بن بندر"]
