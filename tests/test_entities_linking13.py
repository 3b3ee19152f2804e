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


# --- one rule for "a royal title before this name" ----------------------------------------


def test_a_royal_title_is_a_listed_title_with_its_article_written():
    from helpers.entities.aliases import royal_title
    from helpers.entities.keys import surface_key

    # the key is the word's without the article: الأمير → امير (alef folded), الملك → ملك
    assert royal_title("الأمير") == surface_key("الأمير") == "امير"
    assert royal_title("الملك") == "ملك"
    # after a proclitic (و، ب) or ل + ال written لل
    assert royal_title("والأمير") == "امير"
    assert royal_title("بالملك") == "ملك"
    assert royal_title("للأمير") == "امير"
    assert royal_title("السلطان") == "سلطان"
    # without the article: a first name (سلطان، أمير) or a noun (ملك الأردن), no title
    assert royal_title("سلطان") is None
    assert royal_title("أمير") is None
    assert royal_title("ملك") is None
    # other titles are not royal: الوزير، الدكتور
    assert royal_title("الوزير") is None
    assert royal_title("الدكتور") is None


def test_the_story_rule_and_the_table_rule_read_a_title_the_same_way():
    from helpers.entities.aliases import _title_before, title_key
    from helpers.entities.gazetteer import load_gazetteer
    from helpers.entities.matcher import compile_gazetteer, read_zone
    from helpers.text import tokenize_texts

    text = "قال الأمير خالد وقال سلطان خالد وقال للأمير فهد"
    names = [text.index("خالد"), text.rindex("خالد"), text.index("فهد")]
    # the tables' rule reads the raw text before each name's offset: titled, not (سلطان
    # without the article is a first name), titled (ل + ال)
    assert [_title_before(text, at) for at in names] == [True, False, True]
    # the story's rule reads the zone's tokens: the same answers, with the title's key
    cg = compile_gazetteer(load_gazetteer())
    z = read_zone("s1", "body", text, next(iter(tokenize_texts([text]))), cg)
    at = {z.start[i]: i for i in range(len(z))}
    assert [title_key(z, at[n]) for n in names] == ["امير", None, "امير"]
