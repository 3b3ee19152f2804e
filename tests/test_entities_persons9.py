"""PERSON recognition, session 9 (branch persons9): recall on text nobody tuned on.

Each kind was found on SaudiNewsNet stories of days nobody had read for person names
(2015-07-21 and 2015-08-01..02; outlets other than the held-out four). The sentences here
are constructed on the pattern of what was seen, and every expected span was read off the
sentence by hand: the name as a reader marks it, without its title, nationality or role
(the conventions of tests/data/dev*/README.md and tests/data/heldout/README.md).
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


# --- a surname that is also a present-tense verb ---------------------------------------


def test_a_verb_like_surname_that_closes_the_clause_is_a_surname():
    # توكل "he relied" (يوكل، نوكل attested), تاسك, يلين (تلين): verbs by their persons,
    # but a verb has its complement; a word right before punctuation is the surname
    assert surfaces("وأكد مدير العلاقات العامة الدكتور سمير توكل، أن المهرجان نجح") == ["سمير توكل"]
    assert surfaces("وفقا لرئيس المجلس الأوروبي دونالد تاسك، فإن اليونان") == ["دونالد تاسك"]
    # the clause goes on after the verb: دي ماريا تخلف عن "stayed behind"
    assert surfaces("ولم يكن يعلم بأن ماريا تخلف عن اللحاق بالفريق") == []
    assert surfaces("وقال إن الرئيس هادي يعين محافظا جديدا لعدن") == ["هادي"]
