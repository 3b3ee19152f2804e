"""Session 18 (branch fix18a): a surname alone takes no full name of the other gender
than its reporting verb's (values worked out by hand)."""

from __future__ import annotations

from quote_cases import story_quotes


def _speakers(body: str) -> list[tuple[str, str]]:
    q = story_quotes(body)
    return [(str(r["speaker"]), str(r["attribution"])) for _, r in q.iterrows()]


_MAN = "أوضح وزير الداخلية اليمني عبده الحذيفي أن الحكومة تعمل. "


def test_a_feminine_verb_does_not_take_a_mans_full_name():
    body = _MAN + "وقالت الحذيفي إن «الاجتماع تأجل»."
    assert _speakers(body) == [("الحذيفي", "named")]


def test_a_masculine_verb_takes_the_mans_full_name():
    body = _MAN + "وقال الحذيفي إن «الاجتماع تأجل»."
    assert _speakers(body) == [("عبده الحذيفي", "named")]
