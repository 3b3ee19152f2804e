"""PERSON recall from names mined in raw text, session 12 (branch persons12).

First names were mined from nine days of SaudiNewsNet by
``benchmarks/mine_person_names.py`` and kept after reading their contexts
(``entities/data/first_names.txt``, last section); every change was judged on the unread
stories of 2015-07-31 and 08-01 (DEVELOPING.md, "Session 12 (branch persons12)"). The
sentences are those contexts, shortened; every expected span was read off the sentence
by hand: the name as a reader marks it, without title, nationality or role
(tests/data/dev*/README.md). None of these names was found at the session's start.
"""

from __future__ import annotations

import pytest
from entity_stories import person_rows
from entity_stories import person_surfaces as surfaces

MINED_NAMES = [
    # Arabic first names no list held, after a title (الدكتور، المهندس، العقيد)
    ("وعين لها الدكتور بريكان الشلوي رئيساً له، وبهدف العمل", ["بريكان الشلوي"]),
    ("أكد المهندس هذلول حسين الهذلول وكيل وزارة النقل أن المشروع يسير", ["هذلول حسين الهذلول"]),
    ("وناشد العقيد عائض البقمي المواطنين والمقيمين الالتزام", ["عائض البقمي"]),
    # a woman's name before her family name, after a role with no title word
    ("وحضرت مديرة عام التوجيه والإرشاد موضي المقيطيب الحفل.", ["موضي المقيطيب"]),
    # foreign first names before a surname no list holds
    ("وصل آشتون كارتر وزير الدفاع الأميركي إلى الرياض أمس.", ["آشتون كارتر"]),
    (
        "وكان المدرب الروماني الجديد للاتحاد لازلو بولوني وصل إلى معسكر الفريق.",
        ["لازلو بولوني"],
    ),
    (
        "وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة، سمانثا باور، إن الاتفاق مهم.",
        ["سمانثا باور"],
    ),
    ("وقال نائب رئيس الحكومة، قباد طالباني، إن الاستدعاء غير قانوني.", ["قباد طالباني"]),
    (
        "وأعلن وزير الخارجية النمساوي، سباستيان كورتس، عزمه زيارة إيران.",
        ["سباستيان كورتس"],
    ),
    # flagged common (صائب "right", راجح "outweighing", بختيار): a title, a role before,
    # or a surname no Arabic word reads as opens the name
    (
        "وطالب رئيس منظمة التحرير الدكتور صائب عريقات المجتمع الدولي بالتدخل.",
        ["صائب عريقات"],
    ),
    (
        "وقال الناطق الرسمي باسم الحكومة اليمنية راجح بادي، إن حجم الدمار كبير.",
        ["راجح بادي"],
    ),
    (
        "وقال بختيار دوغان، الناطق الرسمي للجناح العسكري للحزب، إن القصف مستمر.",
        ["بختيار دوغان"],
    ),
    ("وقال جيسي شاهين إن المشاورات مستمرة.", ["جيسي شاهين"]),
    # a one-word name after a title
    ("ويقول الشيخ فزاع إن الصقور تحتاج رعاية.", ["فزاع"]),
]


EVERYDAY_READINGS = [
    # the mined names that are everyday words carry the common flag: no name without
    # more evidence (سلفا "in advance", صدقة "alms", عطاء "giving", أصالة "authenticity")
    "دفع المشتري المبلغ سلفا قبل التسليم.",
    "قدم المحسن صدقة للفقراء في الحي.",
    "جمعت الصور عطاء الماضي وأصالة الحاضر.",
]


@pytest.mark.parametrize(("body", "expected"), MINED_NAMES)
def test_a_mined_first_name_opens_the_name(body, expected):
    assert surfaces(body) == expected


@pytest.mark.parametrize("body", EVERYDAY_READINGS)
def test_a_mined_everyday_word_opens_no_name(body):
    assert surfaces(body) == []


def test_mined_names_keep_the_vetting_flag():
    # every mined line carries the flag build_first_names.vet gives it: the hand list
    # and the generated list are vetted one way (صدقة 3.93 is an ordinary word of Zipf
    # >= 2.5: common; بريكان 1.30: none)
    from helpers.entities.gazetteer import first_names

    names = first_names()
    assert names["صدقه"] is True
    assert names["سلفا"] is True
    assert names["بريكان"] is False
    assert names["لازلو"] is False


def persons(body: str) -> list[tuple[str, str]]:
    """(surface, entity_id) of the PERSON mentions of ``body``."""
    return person_rows(body, "entity_id")


# --- people of these days' news, listed with their surname alone (people.csv) ---

LISTED_PEOPLE = [
    # a surname alone in a headline with no full name in the story (2015-07-31 and 08-01)
    ('مليونا دولار سنويًا تقود "بولوني" لتدريب الاتحاد', [("بولوني", "person:laszlo-boloni")]),
    ("بلاتر يتعرض للإهانة ويعلن أنه لن يترشح.", [("بلاتر", "person:sepp-blatter")]),
    # a first name that is an everyday word (جيب "pocket", عادل "just") in a full name
    (
        "يرغب جيب بوش المرشح للرئاسة الأميركية في الفوز.",
        [("جيب بوش", "person:jeb-bush")],
    ),
    (
        "وقال عادل الجبير وزير الخارجية السعودي إن المملكة تدعم.",
        [("عادل الجبير", "person:adel-al-jubeir")],
    ),
    # كشف النقاب "unveiled": the envoy's name ends before it (was [أحمد النقاب])
    (
        "وكشف ولد الشيخ أحمد النقاب عن أهم النقاط",
        [("ولد الشيخ أحمد", "person:ismail-ould-cheikh-ahmed")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), LISTED_PEOPLE)
def test_a_listed_person_is_found_by_the_name_news_uses(body, expected):
    assert persons(body) == expected


def test_the_country_is_no_listed_persons_surname():
    # كاميرون is no alias of ديفيد كاميرون: keys drop the article, so it would make
    # the country الكاميرون a person
    assert persons("فاز منتخب الكاميرون على نيجيريا.") == []


def test_a_listed_surname_said_of_a_namesake_is_the_namesake():
    # point 8 of helpers.entities.aliases: the story names فهد الجبير (the Eastern
    # Province's mayor) in full and عادل الجبير never: the bare الجبير is فهد
    body = (
        "وقال أمين المنطقة الشرقية المهندس فهد الجبير إن المشاريع تسير. "
        "وأضاف الجبير أن العمل مستمر."
    )
    assert persons(body) == [
        ("فهد الجبير", "rule:PERSON:فهد_الجبير"),
        ("الجبير", "rule:PERSON:فهد_الجبير"),
    ]
    # a story that names the listed man too keeps him for the bare surname
    both = "وقال عادل الجبير إن المملكة تدعم. والتقى فهد الجبير الوفد. وأضاف الجبير أن العمل مستمر."
    assert persons(both) == [
        ("عادل الجبير", "person:adel-al-jubeir"),
        ("فهد الجبير", "rule:PERSON:فهد_الجبير"),
        ("الجبير", "person:adel-al-jubeir"),
    ]


def test_a_listed_man_written_shorter_is_no_namesake():
    # جواد ظريف is محمد جواد ظريف (people.csv) written without محمد: the bare ظريف keeps
    # the listed id, as at the session's start
    body = "وقال وزير الخارجية الإيراني جواد ظريف إن الاتفاق جيد. وأضاف ظريف أن إيران ملتزمة."
    assert persons(body)[1] == ("ظريف", "person:mohammad-javad-zarif")
