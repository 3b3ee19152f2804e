"""Session 14 (orgs14): organisations a reader sees in stories nobody tuned on
(2015-07-26, 40 stories of non-held-out outlets, read by hand), and two known defects.

* A city that names a club is the club throughout a sports story that names the club
  once (مانشستر يونايتد يهزم برشلونة: 7 of 8 «برشلونة» were the city).
* A listed club's last word alone is the club, not a person (وقال بريمن في بيان after
  فيردر بريمن: 10 «بريمن» were a PERSON).
* «البرلمان» alone is the parliament of the story, not one entity for all countries.
* «الشباب» the youth, «الاتفاق» the agreement: a story that never uses the word in a
  sentence about sport has no such club (an essay on the youth and terrorism that says
  هدف "aim" and مدرب "trainer" is a "sports story" by its words); the youth team
  (منتخب الشباب) and the youth category after another (الناشئين والشباب).
"""

from __future__ import annotations

import pandas as pd
import pytest
from entity_stories import mention_rows

SPORT = "فاز الهلال على النصر في الدوري. وشارك المدرب في المباراة. "


def _org_rows(body: str) -> list[tuple[str, str]]:
    return mention_rows((body,), "ORG", ("surface", "entity_id"))


def test_a_club_city_is_the_club_in_its_sports_story():
    body = (
        "فاز مانشستر يونايتد على برشلونة في المباراة. وسدد لويس سواريز مهاجم برشلونة "
        "كرتين في القائم. وقدم برشلونة مباراة ممتعة."
    )
    rows = _org_rows(body)
    assert [s for s, e in rows if e == "org:fc-barcelona"] == ["برشلونة"] * 3


def test_the_club_city_after_a_preposition_of_place_stays_the_city():
    body = (
        "منعت السلطات خمسة من لاعبي روما من خوض المباراة الودية، والأمر يتعلق بلاعبين "
        "عادوا إلى روما في رحلة أخرى."
    )
    rows = mention_rows((body,), None, ("surface", "type"))
    assert ("روما", "ORG") in rows
    assert ("روما", "LOC") in rows


def test_a_listed_club_by_its_last_word_is_no_person():
    body = (
        "قال فيردر بريمن المنافس في الدوري الألماني إن مهاجمه رحل عن الفريق. "
        "وقال بريمن في بيان إن اللاعب سدد الشرط الجزائي. وأوضح بريمن أمس أن العقد انتهى."
    )
    rows = mention_rows((body,), None, ("surface", "type", "entity_id"))
    assert [(s, t) for s, t, e in rows if e == "org:werder"] == [
        ("فيردر بريمن", "ORG"),
        ("بريمن", "ORG"),
        ("بريمن", "ORG"),
    ]
    assert not [r for r in rows if r[1] == "PERSON" and r[0] == "بريمن"]


@pytest.mark.parametrize(
    ("body", "entity"),
    [
        # the story names its parliament in full: the bare one is it
        (
            "أقر البرلمان قانونا جديدا. وقال رئيس البرلمان التونسي إن القانون تاريخي.",
            "rule:ORG:برلمان_تونسي",
        ),
        # one foreign country named (تونس): the id the rules give البرلمان التونسي
        ("قال نواب في تونس إن البرلمان سيصوت غدا.", "rule:ORG:برلمان_تونسي"),
        # two foreign countries, none named with the parliament: the generic entity
        ("قال نواب في تونس ومصر إن البرلمان سيصوت غدا.", "org:parliament"),
        # no country at all: the generic entity
        ("قال نواب إن البرلمان سيصوت غدا.", "org:parliament"),
        # the adjective of an ORG names the country (2015-08-03: a British bill)
        (
            "تنوي الحكومة البريطانية تقديم مشروع قانون الى البرلمان.",
            "rule:ORG:برلمان_بريطاني",
        ),
        # ... and with another country named, none is the story's
        (
            "تنوي الحكومة البريطانية تقديم مشروع قانون الى البرلمان. وتتابع فرنسا.",
            "org:parliament",
        ),
    ],
)
def test_a_bare_parliament_is_the_story_s_parliament(body, entity):
    rows = _org_rows(body)
    assert ("البرلمان", entity) in rows


def test_the_story_s_parliament_keeps_its_canonical():
    rows = mention_rows(
        ("قال نواب في تونس إن البرلمان سيصوت غدا.",), "ORG", ("surface", "canonical")
    )
    assert rows == [("البرلمان", "البرلمان التونسي")]


def _club(body: str, entity: str) -> list[str]:
    return [s for s, e in _org_rows(body) if e == entity]


def test_the_youth_of_an_essay_with_sports_words_is_no_club():
    # هدف "aim" and مدرب "trainer" make it a sports story by its words; no sentence
    # with الشباب is about sport, and the name twice in a sentence is no other club
    body = (
        "قال المدرب التربوي إن الهدف هو التوعية. وشدد على تحصين الشباب من الفكر الضال، "
        "واضاف ان الشباب المغرر بهم يحتاجون إلى تبصير."
    )
    assert _club(body, "org:al-shabab-riyadh") == []


def test_the_agreement_of_an_essay_with_sports_words_is_no_club():
    body = (
        "قال الخبير إن الاتفاق يحجم القدرات النووية. وأضاف أن فريق المفاوضين حقق "
        "الهدف. ولا أشك في التزام إيران بالاتفاق."
    )
    assert _club(body, "org:al-ettifaq") == []


def test_a_federation_named_al_ittihad_stays_an_organisation():
    # a title's club name is kept only if the body uses it in a sentence about sport;
    # الاتحاد is a body in its everyday sense too (a federation): kept, الاتفاق not
    from entity_stories import picked

    from helpers.entities import extract_entities

    stories = pd.DataFrame(
        {
            "story_id": ["s1", "s2"],
            "title": ["بيان الاتحاد يثير الجدل", "الاتفاق يثير الجدل"],
            "body": [SPORT, SPORT],
        }
    )
    rows = picked(extract_entities(stories), "ORG", ("story_id", "surface"))
    assert ("s1", "الاتحاد") in rows
    assert ("s2", "الاتفاق") not in rows


def test_the_club_in_a_sentence_about_sport_stays():
    body = SPORT + "وفاز الشباب على الاتحاد في المباراة. ونشر الشباب صورا للاعب."
    assert _club(body, "org:al-shabab-riyadh") == ["الشباب", "الشباب"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وصلت بعثة المنتخب السعودي للشباب لكرة القدم إلى المعسكر.",
        "وأكد مدير منتخب الشباب أن اللاعب جاهز للمباراة.",
        "وغير النادي إداريي فريقي الناشئين والشباب في الموسم.",
        "وتدرج اللاعب في فئات الناشئين والشباب في النادي.",
    ],
)
def test_the_youth_team_and_category_are_no_club(sentence):
    assert _club(SPORT + sentence, "org:al-shabab-riyadh") == []
