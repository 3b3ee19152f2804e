"""PERSON recognition, session 10 (branch persons10): recall that carries over.

Each kind was counted on SaudiNewsNet stories of 2015-08-03 and 2015-08-04 (outlets other
than the held-out four) before a rule or list was written for it (DEVELOPING.md, "Session
10 (branch persons10)"). The sentences here are constructed on the pattern of what was
seen, and every expected span was read off the sentence by hand: the name as a reader
marks it, without its title, nationality or role (the conventions of
tests/data/dev*/README.md and tests/data/heldout/README.md).
"""

from __future__ import annotations

from entity_stories import stories

from helpers.entities import extract_entities


def persons(body: str) -> list[tuple[str, str]]:
    m = extract_entities(stories(body))
    m = m[m["type"] == "PERSON"]
    return list(zip(m["surface"], m["method"], strict=True))


def surfaces(body: str) -> list[str]:
    return [s for s, _m in persons(body)]


# --- transliterated foreign first names ----------------------------------------------


def test_a_listed_foreign_first_name_opens_a_name_with_no_title():
    # دوغلاس، آرتورو، نيكلاس, شارل: no title, no cue; the first name alone tells the
    # name (first_names.txt, section of session 10), and the surname after it is read
    assert surfaces("وسجل لبايرن آرتورو فيدال ودوغلاس كوستا") == ["آرتورو فيدال", "دوغلاس كوستا"]
    assert surfaces("وتعادل الفريق بهدف سجله البديل نيكلاس بيندتنر قبل النهاية") == [
        "نيكلاس بيندتنر"
    ]
    assert surfaces("صدح صوت شارل أزنافور في المهرجان") == ["شارل أزنافور"]


def test_a_foreign_first_name_after_a_title_takes_its_surname():
    # before the list the name stopped at the title's one word: الإيراني [بيجن] زنغنه
    assert surfaces("وقال وزير النفط الإيراني بيجن زنغنه إن بلاده") == ["بيجن زنغنه"]
    assert surfaces("برقية تهنئة للرئيس باتريك ألين حاكم عام جامايكا") == ["باتريك ألين"]


def test_a_first_name_that_is_an_everyday_word_needs_a_title():
    # براين, كارمن are ordinary words by the lexicon (flagged common): alone, no name
    from helpers.entities.gazetteer import first_names
    from helpers.entities.keys import surface_key

    names = first_names()
    assert names[surface_key("كارمن")] is True
    assert names[surface_key("دوغلاس")] is False
    # a place is no first name (ممفيس، صوفيا are cities of the gazetteer)
    assert surface_key("ممفيس") not in names
    assert surface_key("صوفيا") not in names
