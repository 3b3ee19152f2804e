"""Session 14 (branch bare14): a bare common first name is no cross-story person.

A newcomer saw «أحمد» alone as one PERSON entity (one id, one row of a people table)
joining an injured child, a doctor and an academic of three stories. A first name alone,
linked to no full name of its story, now has the story-local id
``rule:PERSON:<name key>@<story_id>`` (:func:`helpers.entities.aliases._story_local_id`).
Every expected value is worked out by hand from the names written in the test
(DEVELOPING.md, "Session 14 (branch bare14)")."""

from __future__ import annotations

import pandas as pd
from entity_stories import stories

from helpers.entities import entity_counts, extract_entities
from helpers.entities.aliases import corpus_surnames


def _people(m: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    p = m[m["type"] == "PERSON"]
    return list(zip(p["story_id"], p["surface"], p["entity_id"], p["canonical"], strict=True))


def test_a_bare_first_name_in_three_stories_is_three_people():
    # the newcomer's three people (a doctor, an injured child, an academic), each said
    # from context (وقال أحمد); no story names a full name that opens with أحمد, so
    # each is its story's own «أحمد»
    m = extract_entities(
        stories(
            "أصيب الطفل في الحادث. وقال أحمد إن الحالة مستقرة",
            "وقال أحمد إن الطفل أصيب في الحادث",
            "عقدت الجامعة ندوة. وقال أحمد إن الدراسة مهمة",
        )
    )
    assert _people(m) == [
        ("s1", "أحمد", "rule:PERSON:احمد@s1", "أحمد"),
        ("s2", "أحمد", "rule:PERSON:احمد@s2", "أحمد"),
        ("s3", "أحمد", "rule:PERSON:احمد@s3", "أحمد"),
    ]
    # a people table of one outlet: three rows of one story each, not one row of three
    outlets = stories("", "", "").assign(outlet="سبق")
    t = entity_counts(m, by="outlet", stories=outlets)
    t = t[t["type"] == "PERSON"]
    assert list(zip(t["entity_id"], t["canonical"], t["stories"], strict=True)) == [
        ("rule:PERSON:احمد@s1", "أحمد", 1),
        ("rule:PERSON:احمد@s2", "أحمد", 1),
        ("rule:PERSON:احمد@s3", "أحمد", 1),
    ]


def test_a_bare_first_name_said_twice_in_its_story_is_one_id():
    # within its story the first name alone is one man: both mentions one id
    m = extract_entities(stories("وقال الطبيب أحمد إن الحالة مستقرة. وأكد أحمد أن الطفل بخير"))
    assert {e for _s, _w, e, _c in _people(m)} == {"rule:PERSON:احمد@s1"}


def test_a_bare_first_name_linked_to_its_storys_full_name_keeps_that_id():
    # أحمد after «أحمد محمد الغامدي» in the same story is that man (point 6): unchanged
    m = extract_entities(
        stories("وقال أحمد محمد الغامدي إن الأمر مهم. وأكد أحمد ذلك", "وقال أحمد إن")
    )
    assert _people(m) == [
        ("s1", "أحمد محمد الغامدي", "rule:PERSON:احمد_محمد_الغامدي", "أحمد محمد الغامدي"),
        ("s1", "أحمد", "rule:PERSON:احمد_محمد_الغامدي", "أحمد محمد الغامدي"),
        ("s2", "أحمد", "rule:PERSON:احمد@s2", "أحمد"),
    ]


def test_a_titled_first_name_stays_one_id_across_stories():
    # session 13 (linking13): «الملك عبدالعزيز» is one man in every story; the untitled
    # «الدكتور عبدالعزيز» (الدكتور is no royal title) is now its story's own
    m = extract_entities(
        stories(
            "وقال إن الملك عبدالعزيز وحد البلاد",
            "وكان الملك عبدالعزيز قد وحد البلاد",
            "وقال الدكتور عبدالعزيز إن الدراسة مهمة",
        )
    )
    assert [(s, e) for s, _w, e, _c in _people(m)] == [
        ("s1", "rule:PERSON:ملك_عبدالعزيز"),
        ("s2", "rule:PERSON:ملك_عبدالعزيز"),
        ("s3", "rule:PERSON:عبدالعزيز@s3"),
    ]


def test_a_surname_said_alone_from_context_stays_cross_story():
    # ترودو is no first name: a surname said alone keeps the id of its key, which the
    # table rule joins to the one full name of the corpus ending with it
    m = extract_entities(stories("وقال ترودو إن الحكومة مستعدة", "وقال جاستن ترودو إن"))
    ids = [e for _s, _w, e, _c in _people(m)]
    assert ids == ["rule:PERSON:ترودو", "rule:PERSON:جاستن_ترودو"]
    rows = [(e, c, True) for _s, _w, e, c in _people(m)]
    assert corpus_surnames(rows) == {
        "rule:PERSON:ترودو": ("rule:PERSON:جاستن_ترودو", "جاستن ترودو")
    }


def test_a_story_local_id_is_never_joined_to_a_corpus_full_name():
    # a bare first name (one word, a first name) is no short name of corpus_surnames,
    # so «أحمد» of s1 does not count with the one «أحمد محمد» of the table
    rows = [("rule:PERSON:احمد@s1", "أحمد", True), ("rule:PERSON:احمد_محمد", "أحمد محمد", True)]
    assert corpus_surnames(rows) == {}
