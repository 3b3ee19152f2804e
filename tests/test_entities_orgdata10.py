"""Session 10 (branch orgdata10): organisations named bare, with no head noun, found by
gazetteer data (companies.csv, sports_names.csv, organisations.csv aliases). Every
sentence was written for this file; expected values worked out by hand against the
annotation conventions of tests/data/dev4/README.md (a company, club or federation named
bare is an ORG; spans without attached proclitics). Offsets count code points from the
start of the body: a word's offset is the length of the text before it."""

from __future__ import annotations

import pytest
from entity_stories import mention_rows, picked, stories

from helpers.entities import extract_entities

#: What a test compares of each mention.
COLUMNS = ("story_id", "surface", "start", "entity_id")


def rows(m, typ=None):
    """:data:`COLUMNS` of the mentions of type ``typ`` (None: all), in table order."""
    return picked(m, typ, COLUMNS)


def test_a_company_named_bare_is_an_org_not_a_person():
    # a rare foreign word alone was read as a person's name (سوناطراك، بتروناس)
    m = extract_entities(
        stories(
            "وقالت سوناطراك إن الإنتاج ارتفع.",  # "وقالت " is 6 code points
            "وأعلنت أوبو هاتفا جديدا.",  # "وأعلنت " 7
            "ووقعت بتروناس عقدا مع الحكومة.",  # "ووقعت " 6
            "وقالت قطر للبترول إن الإنتاج ارتفع.",  # the company, not the country: 6
            # bare أمازون is the company ("وقالت " 6); the definite الأمازون is the forest
            "وقالت أمازون إنها ستبيع الهاتف، وزار الوفد غابات الأمازون.",
        )
    )
    assert rows(m) == [
        ("s1", "سوناطراك", 6, "org:sonatrach"),
        ("s2", "أوبو", 7, "org:oppo"),
        ("s3", "بتروناس", 6, "org:petronas"),
        ("s4", "قطر للبترول", 6, "org:qatar-petroleum"),
        ("s5", "أمازون", 6, "org:amazon-company"),
    ]


def test_a_body_by_its_acronym_with_the_article():
    # "ورفض " is 5 code points. الأوبك is not an alias: inside a rule's chain it cut
    # صندوق الأوبك للتنمية الدولية short; the body by its chain stays whole ("وأسس " 5)
    m = extract_entities(
        stories("ورفض اليويفا طلب الاستئناف.", "وأسس صندوق الأوبك للتنمية الدولية مكتبا.")
    )
    assert [r[:3] for r in rows(m, "ORG")] == [
        ("s1", "اليويفا", 5),
        ("s2", "صندوق الأوبك للتنمية الدولية", 5),
    ]
    assert rows(m, "ORG")[0][3] == "org:uefa"


#: ``(bodies, type, rows of COLUMNS)``: :func:`entity_stories.mention_rows` cases.
CASES = [
    pytest.param(
        # آبل would match إبل "camels" (a hamza dropped or changed): only شركة آبل is listed
        ("وشارك في المهرجان ملاك إبل من المنطقة.",),
        "ORG",
        [],
        id="apple_bare_is_left_out_as_it_reads_as_camels",
    ),
    pytest.param(
        # الدوري and مباراة make a sports story; "وفاز " is 5, "وفاز الزعيم على " 16
        ("وفاز الزعيم على الشياطين الحمر في مباراة الدوري أمس.",),
        "ORG",
        [
            ("s1", "الزعيم", 5, "org:al-hilal"),
            ("s1", "الشياطين الحمر", 16, "org:man-utd"),
        ],
        id="a_clubs_nickname_is_the_club_in_a_sports_story",
    ),
    pytest.param(
        (
            "وقال الزعيم الكوري إن البلاد مستعدة للحوار.",  # "the leader": no sports story
            # العالمي (Al-Nassr's nickname) is left out: here "the world star"
            "وأكد النجم العالمي بعد مباراة الدوري أن الفريق جاهز.",
        ),
        "ORG",
        [],
        id="a_nickname_outside_a_sports_story_or_left_out_is_no_club",
    ),
]


@pytest.mark.parametrize(("bodies", "typ", "expected"), CASES)
def test_mentions(bodies, typ, expected):
    assert mention_rows(bodies, typ, COLUMNS) == expected
