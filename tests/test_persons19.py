"""Session 19 (branch persons19): person names and speakers left from session 18, each
a kind, with neighbours that must not change (values worked out by hand)."""

from __future__ import annotations

import pytest
from entity_stories import person_rows
from quote_cases import story_quotes


def _people(body: str) -> list[tuple[str, str]]:
    return person_rows(body, "entity_id")


def _speakers(body: str) -> list[tuple[str, str, str]]:
    q = story_quotes(body)
    return [
        (str(r["speaker"]), str(r["speaker_id"]), str(r["attribution"])) for _, r in q.iterrows()
    ]


# --- 4. a rank with its qualifiers (ركن، طيار، البحري، مهندس، أول) is one title


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name only the title rule reads (ثابت is no listed first name here)
        (
            "وقال العميد الركن ثابت جواس قائد جبهات العند إن القوات تقدمت.",
            [("ثابت جواس", "rule:PERSON:ثابت_جواس")],
        ),
        (
            "وقال العقيد ركن نبيل العايد إن القوات جاهزة.",
            [("نبيل العايد", "rule:PERSON:نبيل_العايد")],
        ),
        (
            "وأوضح العميد طيار ركن يوسف الحربي أن القوات جاهزة.",
            [("يوسف الحربي", "rule:PERSON:يوسف_الحربي")],
        ),
        (
            "وقال اللواء مهندس بندر بن علي المشعوف إن العمل انتهى.",
            [("بندر بن علي المشعوف", "rule:PERSON:بندر_بن_علي_المشعوف")],
        ),
        (
            "حضر الاجتماع الفريق أول ركن عبدالرحمن البنيان رئيس هيئة الأركان.",
            [("عبدالرحمن البنيان", "rule:PERSON:عبدالرحمن_البنيان")],
        ),
        (
            "قال الفريق ركن رائد الحربي إن القوات جاهزة.",
            [("رائد الحربي", "rule:PERSON:رائد_الحربي")],
        ),
    ],
)
def test_a_rank_with_its_qualifiers_is_the_title_before_a_name(body, expected):
    assert _people(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # الفريق الأول "the first team", اللواء الأول "the first brigade": no rank
        "وفاز الفريق الأول بالمباراة.",
        "وقال قائد اللواء الأول إن القوات جاهزة.",
    ],
)
def test_a_team_or_brigade_with_an_ordinal_is_no_rank(body):
    assert _people(body) == []


# --- 5. an epithet after a title is no name


@pytest.mark.parametrize(
    "body",
    [
        # «صقر الأمن» "the falcon of security": a word and an everyday definite noun
        # right after a title, no verb before the title
        "وأشاد ولي العهد صقر الأمن بالجهود.",
        # a contest's name, «سيدة جمال الأخلاق» (2015-08-03)
        "وتقول رئيسة إدارة مسابقة سيدة جمال الأخلاق: نتمنى النجاح.",
    ],
)
def test_an_epithet_after_a_title_is_no_name(body):
    assert _people(body) == []


def test_a_plain_first_name_keeps_an_everyday_family_name_after_a_title():
    # سلمان is no everyday word: العودة "the return" is his family name (2015-08-03)
    body = "مثل الداعية سلمان العودة من الكتاب."
    assert _people(body) == [("سلمان العودة", "rule:PERSON:سلمان_العوده")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the verb's subject, then its object (session 18), kept
        ("وحضر اللاعب صقر الحفل.", [("صقر", "rule:PERSON:صقر@s1")]),
        # a family name that is a listed surname stays
        ("وحضر الأمير خالد الفيصل الحفل.", [("خالد الفيصل", "rule:PERSON:خالد_الفيصل")]),
    ],
)
def test_a_title_and_a_name_with_its_object_or_surname_stay(body, expected):
    assert _people(body) == expected


# --- 6. a reporting verb that is a stopword (قال، أكد) is a verb before the name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # was no person: قال is a stopword, so «صقر الحفل» read as one name's end
        ("وقال اللاعب صقر الحفل.", [("صقر", "rule:PERSON:صقر@s1")]),
        ("أكد اللاعب صقر الحفل.", [("صقر", "rule:PERSON:صقر@s1")]),
    ],
)
def test_a_stopword_reporting_verb_before_a_name_is_its_verb(body, expected):
    assert _people(body) == expected


# --- 3. a family name in ي that reads as noun + "my", after two first names


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "وقال اللاعب حسين علي أميري إن الفريق جاهز.",
            [("حسين علي أميري", "rule:PERSON:حسين_علي_اميري")],
        ),
        (
            "وقال حسين علي جعفري إن الفريق جاهز.",
            [("حسين علي جعفري", "rule:PERSON:حسين_علي_جعفري")],
        ),
    ],
)
def test_a_my_noun_closes_a_name_after_two_first_names(body, expected):
    assert _people(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # كتابي "my book" (Zipf 4.07) is too common a word
        ("وقال محمد علي كتابي إن الفريق جاهز.", [("محمد علي", "rule:PERSON:محمد_علي")]),
        # mid-clause the noun is the clause's
        ("وحضر محمد علي أميري الحفل.", [("محمد علي", "rule:PERSON:محمد_علي")]),
    ],
)
def test_a_common_or_mid_clause_my_noun_is_no_family_name(body, expected):
    assert _people(body) == expected


# --- 1. a dynasty's name as a bare speaker takes the story's full name


def test_a_dynasty_name_takes_the_full_name_as_written():
    # the gazetteer's canonical name (تميم بن حمد) is shorter than the mention as written
    body = "استقبل الشيخ تميم بن حمد آل ثاني أمير قطر الوفد. وقال آل ثاني إن «قطر بخير»."
    assert _speakers(body) == [("تميم بن حمد", "person:tamim-bin-hamad", "named")]


def test_a_dynasty_name_of_a_rule_name_takes_it():
    body = "التقى الشيخ عبدالله بن ناصر آل ثاني الوفد. وقال آل ثاني إن «قطر بخير»."
    eid = "rule:PERSON:عبدالله_بن_ناصر_ال_ثاني"
    assert _speakers(body) == [("عبدالله بن ناصر آل ثاني", eid, "named")]


def test_a_dynasty_name_alone_is_no_person():
    body = "وقال الصباح إن «الكويت بخير»."
    assert _people(body) == []
    assert _speakers(body) == [("الصباح", "phrase:الصباح", "named")]


# --- 8. a surname alone takes no mention's person of the other gender than the verb


_WOMAN = "وقالت هدى الحذيفي إن «الاجتماع تأجل». "


def test_a_masculine_verb_does_not_take_a_womans_mention():
    body = _WOMAN + "وقال الحذيفي إن «الاجتماع تأجل»."
    assert _speakers(body) == [
        ("هدى الحذيفي", "rule:PERSON:هدى_الحذيفي", "named"),
        ("الحذيفي", "phrase:الحذيفي", "named"),
    ]


def test_a_feminine_verb_takes_the_womans_mention():
    body = _WOMAN + "وقالت الحذيفي إن «الاجتماع تأجل»."
    assert _speakers(body) == [("هدى الحذيفي", "rule:PERSON:هدى_الحذيفي", "named")] * 2
