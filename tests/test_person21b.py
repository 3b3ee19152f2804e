"""Session 21 (branch person21b): Gulf name chains — a first name that is an everyday
word after a title opening a nasab chain, and a gazetteer place word inside a name
chain closed by the chain's own family name (sentences written for the tests; values
worked out by hand)."""

from __future__ import annotations

from entity_stories import person_surfaces, spans
from quote_cases import quote_rows

# --- 1. صباح "morning" after a title opens a nasab chain closing in a listed family name


def test_everyday_first_name_after_title_opens_a_nasab_chain():
    body = "وقال الشيخ صباح الخالد الحمد الصباح إن الكويت تدعم الحل السياسي."
    assert person_surfaces(body) == ["صباح الخالد الحمد الصباح"]


def test_the_chain_speaker_is_the_full_name():
    body = "وقال الشيخ صباح الخالد الحمد الصباح إن «الكويت تدعم الحل السياسي في اليمن»."
    rows = quote_rows(body)
    assert [r[1] for r in rows] == ["صباح الخالد الحمد الصباح"]


def test_everyday_first_name_needs_the_chain_and_the_title():
    # no listed family name closes the chain: صباح stays "morning"
    assert person_surfaces("وقال الشيخ صباح الخالد إن الكويت تدعم الحل.") == []
    # no title before: صباح الخميس is a time
    assert person_surfaces("وصل الوفد صباح الخميس إلى الكويت.") == []


# --- 2. a place word inside a chain that its own family name closes


def test_place_word_inside_a_chain_closed_by_its_family_name():
    body = "وقالت وزيرة الشؤون هند صبيح براك الصبيح إن الوزارة ستعمل على ذلك."
    assert person_surfaces(body) == ["هند صبيح براك الصبيح"]
    assert ("براك", "LOC") not in spans(body)


def test_place_word_without_the_matching_family_name_stays_a_place():
    # الصبيح does not follow: براك stays the gazetteer's place, the name ends before it
    body = "وقالت وزيرة الشؤون هند صبيح براك إن الوزارة ستعمل على ذلك."
    assert person_surfaces(body) == ["هند صبيح"]
