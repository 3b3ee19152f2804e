"""Session 13 (branch linking13): one person, one id, from a newcomer's people tables.

Every expected value is worked out by hand from the names written in the test (the
conventions: DEVELOPING.md, "Session 13 (branch linking13)")."""

from __future__ import annotations

from entity_stories import stories

from helpers.entities import extract_entities


def _persons(body: str) -> list[tuple[str, str]]:
    m = extract_entities(stories(body))
    p = m[m["type"] == "PERSON"]
    return list(zip(p["surface"], p["canonical"], strict=True))


# --- «آل X» closing a name is the house: X alone is never this man -------------------------


def test_the_house_after_aal_is_no_surname_alias_of_a_listed_king():
    # King Salman's alias ends «آل سعود»; a bare سعود later (Saud al-Faisal, a son's name,
    # the house) was his alias: the house is no surname, so nothing is found there
    body = "استقبل الملك سلمان بن عبدالعزيز آل سعود الوفد. وقال إن سعود كان رجلا"
    assert _persons(body) == [("سلمان بن عبدالعزيز آل سعود", "سلمان بن عبدالعزيز")]


def test_the_house_after_aal_is_no_surname_alias_of_a_chain_or_a_family_name():
    # «يا سعود» after the chain of King Faisal addresses Saud al-Faisal, not King Faisal
    body = "توفي الأمير فيصل بن عبدالعزيز آل سعود. وداعا يا سعود"
    assert _persons(body) == [("فيصل بن عبدالعزيز آل سعود", "فيصل بن عبدالعزيز آل سعود")]
    # «آل الشيخ» said again is the man (the two-word tail, session 11), الشيخ alone is a
    # title (the sheikh), never his alias
    body = "وقال الدكتور صالح آل الشيخ إن الأمر مهم. وأكد آل الشيخ أن الشيخ"
    assert _persons(body) == [
        ("صالح آل الشيخ", "صالح آل الشيخ"),
        ("آل الشيخ", "صالح آل الشيخ"),
    ]
