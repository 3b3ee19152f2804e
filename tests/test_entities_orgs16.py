"""Session 16 (orgs16): a club by its epithet after النادي/الفريق, and the ل + ال
contraction (لل) before an organisation on every path.

* النادي/الفريق + البافاري, الملكي, الكتالوني (الكاتالوني), الباريسي: Bayern, Real
  Madrid, Barcelona, Paris Saint-Germain, the head noun in the span (as the gold puts
  «النادي البافاري»), only in a sports story; outside one النادي الملكي is any royal
  club (النادي الملكي للسيارات).
* لل before an organisation written with the article: the span drops only the
  preposition's ل (tests/data/heldout/README.md: للأمم المتحدة gives لأمم المتحدة), on
  the gazetteer path, the sports-name path and the rule-built bodies alike.

Every sentence was written for this file; expected values worked out by reading it
against the conventions of tests/data/heldout/README.md.
"""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

SPORT = "فاز الفريق في مباراة الدوري. وشارك المدرب في التدريب. "


def _orgs(body: str) -> list[tuple[str, str]]:
    return mention_rows((body,), "ORG", ("surface", "entity_id"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وتعاقد النادي البافاري مع المدافع.", [("النادي البافاري", "org:bayern")]),
        ("وسقط الفريق البافاري أمام منافسه.", [("الفريق البافاري", "org:bayern")]),
        ("وقال رئيس النادي الملكي إن الحارس باق.", [("النادي الملكي", "org:real-madrid")]),
        ("وخسر الفريق الملكي الودية.", [("الفريق الملكي", "org:real-madrid")]),
        ("وعاد الحارس للنادي الملكي.", [("لنادي الملكي", "org:real-madrid")]),
        ("وأعلن النادي الكتالوني ضم الظهير.", [("النادي الكتالوني", "org:fc-barcelona")]),
        ("وأعلن النادي الكاتالوني ضم الظهير.", [("النادي الكاتالوني", "org:fc-barcelona")]),
        ("وقدم النادي الباريسي عرضا جديدا.", [("النادي الباريسي", "org:psg")]),
    ],
    ids=[
        "bayern_nadi",
        "bayern_fariq",
        "real_nadi",
        "real_fariq",
        "real_lil",
        "barca",
        "barca_kaf_alef",
        "psg",
    ],
)
def test_a_club_epithet_after_its_head_noun_is_the_club_in_a_sports_story(sentence, expected):
    assert _orgs(SPORT + sentence) == expected


def test_a_club_epithet_outside_a_sports_story_is_no_club():
    # (the rules read the foundation's whole name as a body of its own: no club)
    assert _orgs("ووجدت مؤسسة النادي الملكي للسيارات أن المجالس تفرض رسوما.") == [
        ("مؤسسة النادي الملكي للسيارات", "rule:ORG:مؤسسه_نادي_ملكي_سيارات")
    ]
    assert _orgs("وأقيم الحفل في النادي الملكي بالعاصمة.") == []
    # النادي alone, or a nationality after it (any club of the country), names no club
    assert _orgs(SPORT + "وقال رئيس النادي الإنجليزي إن الحارس باق.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # gazetteer rows written with the article
        ("وجه الأمين العام للأمم المتحدة نداء.", [("لأمم المتحدة", "org:un")]),
        (SPORT + "وانضم اللاعب للأرسنال في الصيف.", [("لأرسنال", "org:arsenal")]),
        # a sports name (the club's bare name counts only in a sports story)
        (SPORT + "وانضم اللاعب للهلال في الصيف.", [("لهلال", "org:al-hilal")]),
        # a body the rules build from its head noun
        (
            "وقدم الوفد خطابا للمحكمة الجزائية المتخصصة أمس.",
            [("لمحكمة الجزائية المتخصصة", "rule:ORG:محكمه_جزائيه_متخصصه")],
        ),
    ],
    ids=["gazetteer", "club_alias", "sports_name", "rule_body"],
)
def test_lam_lam_drops_only_the_prepositions_lam_on_every_org_path(body, expected):
    assert _orgs(body) == expected
