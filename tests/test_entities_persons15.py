"""PERSON names cut short by a surname read as a preposition + word, and bare first
names of a cut name split from the story's person: session 15 (branch persons15).

Each sentence is a shortened context of SaudiNewsNet text (non-held-out outlets) or of
the defects the lead listed; every expected span and id was read off the sentence by
hand: the name as a reader marks it, without title, nationality or role
(tests/data/dev*/README.md). DEVELOPING.md, "Session 15 (branch persons15)", has the
rules and what they changed on raw days.
"""

from __future__ import annotations

import pytest
from entity_stories import person_rows
from entity_stories import person_surfaces as surfaces

CUT_SURNAMES = [
    # a rare word the text layer reads as ب/ك + rest, closing the clause after a first
    # name, is the surname read whole (all were the first name alone before)
    ("وقال رئيس اللجنة الأولمبية الدولية توماس باخ إن الألعاب ستقام في موعدها.", ["توماس باخ"]),
    ("بحسب ما أشار إليه رئيس المنظمة العالمية الألماني توماس باخ.", ["توماس باخ"]),
    ("من جهته، أوضح المهندس بدر باسلمة، وزير النقل اليمني.", ["بدر باسلمة"]),
    (
        "استقالة الرئيس فهد بن خالد ومدير الاحتراف فهد بارباع، هذا الزلزال المفاجئ.",
        ["فهد بن خالد", "فهد بارباع"],
    ),
    # no title: the rest فاين takes no article (الفاين 1.73 / فاين 3.95)
    ("والبيئة، وفهد كفاين، وزير الثروة السمكية.", ["فهد كفاين"]),
    # a word the lexicon reads as ك + noun (preposition_noun) closing the clause
    ("تزوجت من النجم جورج كلوني، في سبتمبر.", ["جورج كلوني"]),
    ("وقال الممثل جورج كلوني إن الفيلم ناجح.", ["جورج كلوني"]),
    # a role in construct after the word ends the name as the end of a clause does
    (
        "قال الألماني توماس باخ رئيس اللجنة الأولمبية الدولية إن السويسري سيب بلاتر تخلى.",
        ["توماس باخ", "سيب بلاتر"],
    ),
]

ROLE_FAMILY_NAMES = [
    # a definite family name that is also a word (العباد 4.01، العسكر 4.13: above the
    # 4.0 of a name closing a clause) closes a patronymic before a role in construct
    # (both were the patronymic alone before)
    (
        "وخالد بن صالح العباد رئيس المراسم الملكية، وفهد بن عبد الله العسكر نائب السكرتير.",
        ["خالد بن صالح العباد", "فهد بن عبد الله العسكر"],
    ),
    # a frequent noun (الوفد) is the verb's object, a role after it or not
    ("التقى محمد بن سلمان الوفد رئيس البعثة.", ["محمد بن سلمان"]),
]

KEPT_SHORT = [
    # a preposition and a noun going on to its complement: no surname
    ("وأمر الدكتور مصطفى بتشكيل لجنة عاجلة.", ["مصطفى"]),
    # a noun with a pronoun suffix (ب + مكتبه) before a role: no surname (was
    # «خالد بن عبدالقادر طاهر بمكتبه» with the first rule, 2015-07-26)
    (
        "استقبل الدكتور خالد بن عبدالقادر طاهر بمكتبه أمين عام مجلس الجمعيات.",
        ["خالد بن عبدالقادر طاهر"],
    ),
    # the rest is a place of the gazetteer
    ("ووصل الملك فهد بجدة.", ["فهد"]),
    # no title, the rest a noun that takes the article (الغضب): a manner phrase, and a
    # bare first name with no title is no mention (was «فهد بغضب» with the first rule)
    ("وقال فهد بغضب: لن نقبل.", []),
]


@pytest.mark.parametrize(("body", "expected"), CUT_SURNAMES)
def test_a_rare_preposition_word_closing_the_clause_is_the_surname(body, expected):
    assert surfaces(body) == expected


@pytest.mark.parametrize(("body", "expected"), ROLE_FAMILY_NAMES)
def test_a_family_name_before_a_role_closes_the_patronymic(body, expected):
    assert surfaces(body) == expected


@pytest.mark.parametrize(("body", "expected"), KEPT_SHORT)
def test_a_preposition_phrase_after_a_first_name_stays_out(body, expected):
    assert surfaces(body) == expected


def test_the_bare_first_name_and_surname_join_the_full_name():
    body = (
        "قال توماس إن الألعاب مهمة. وقال رئيس اللجنة الأولمبية الدولية توماس باخ إن "
        "الألعاب ستقام في موعدها. وأضاف توماس أن الرياضيين جاهزون. وأكد باخ ذلك."
    )
    full = "rule:PERSON:توماس_باخ"
    assert person_rows(body, "entity_id") == [
        ("توماس", full),  # before the full name: linked all the same
        ("توماس باخ", full),
        ("توماس", full),
        ("باخ", full),  # ب + اخ to the text layer, read whole as the surname
    ]


def test_a_bare_first_name_of_two_full_names_is_the_one_named_last():
    # two full names open with توماس (باخ، after a title; مولر): the bare one after both
    # is the man named in full last before it (session 24, the lead's brief: it was
    # neither, an id of the story's own)
    body = "وحضر الرئيس توماس باخ، واللاعب توماس مولر. وقال توماس إن اللقاء مهم."
    assert person_rows(body, "entity_id") == [
        ("توماس باخ", "rule:PERSON:توماس_باخ"),
        ("توماس مولر", "rule:PERSON:توماس_مولر"),
        ("توماس", "rule:PERSON:توماس_مولر"),
    ]
    # between them: the one named before it
    body = "وحضر الرئيس توماس باخ. وقال توماس إن اللقاء مهم، وحضره اللاعب توماس مولر."
    assert person_rows(body, "entity_id") == [
        ("توماس باخ", "rule:PERSON:توماس_باخ"),
        ("توماس", "rule:PERSON:توماس_باخ"),
        ("توماس مولر", "rule:PERSON:توماس_مولر"),
    ]


def test_takes_article_by_hand():
    from helpers.text.lexical import takes_article

    assert takes_article("غضب")  # الغضب 4.61 / غضب 4.54
    assert not takes_article("فاين")  # الفاين 1.73 / فاين 3.95
