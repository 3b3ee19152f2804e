"""«الشباب» the youth, not Al-Shabab FC, in a sports story (a newcomer of session 13 found
the club among the top organisations, 102 of its 219 mentions in 43 stories; read on
2015-08-02: بطولة آسيا للشباب، درجتي الشباب والناشئين، بعض الشباب، احتواء الشباب).
The club stays where the sentence is about it."""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

SPORT = "فاز الهلال على النصر في الدوري. وشارك المدرب في المباراة. "


def _shabab(body: str) -> list[str]:
    rows = mention_rows((SPORT + body,), "ORG", ("surface", "entity_id"))
    return [s for s, e in rows if e == "org:al-shabab-riyadh"]


@pytest.mark.parametrize(
    "body",
    [
        # ل + the name right after an event's name: the youth category
        "وتستعد قطر لتنظيم بطولة آسيا للشباب لكرة القدم قبل يناير.",
        # after احتواء "containing": young people
        "وسخر النادي الامكانيات في الملعب من اجل احتواء الشباب.",
    ],
)
def test_the_youth_is_no_club(body):
    assert _shabab(body) == []


def test_the_club_stays_where_the_sentence_is_about_it():
    assert _shabab("سجل هدف الشباب الوحيد موسى الشمري.") == ["الشباب"]
    assert _shabab("اختار الشباب والتعاون الإقامة في هولندا.") == ["الشباب"]
