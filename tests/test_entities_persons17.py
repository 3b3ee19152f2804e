"""PERSON recall and links by kind: session 17 (branch persons17).

A rare surname after two first names when the context says person; a patronymic with no
family name after a reporting verb or before a role; everyday first names before a family
name; a compound family name in العبد + a name of God; one key for the spellings of a
compound first name in الله; a manner phrase (ب + noun) after a titled first name.

Each sentence is a shortened context of the lead's list or of SaudiNewsNet text
(non-held-out outlets); every expected span was read off the sentence by hand: the name
as a reader marks it, without title or role (tests/data/dev*/README.md). DEVELOPING.md,
"Session 17 (branch persons17)", has the rules and what they changed on raw days.
"""

from __future__ import annotations

import pytest
from entity_stories import person_rows
from entity_stories import person_surfaces as surfaces

from helpers.entities.keys import allah_key, name_keys

THIRD_NAME = [
    # after two first names a rare indefinite word (شريم 2.51) closing the clause, or
    # after a title, is the family name (was «محمد علي», «هبة الله»)
    ("وقال محمد علي شريم إن العمل مستمر.", ["محمد علي شريم"]),
    ("وقالت الدكتورة هبة الله علي شريم إن العمل مستمر.", ["هبة الله علي شريم"]),
    ("وقال المهندس محمد علي شريم رئيس الجمعية إن العمل مستمر.", ["محمد علي شريم"]),
    ("وقالت هبة الله علي شريم، مديرة المركز، إن العمل مستمر.", ["هبة الله علي شريم"]),
]

THIRD_NAME_KEPT_SHORT = [
    # no title and the clause goes on, after an everyday first name (flag common): the
    # word may be the clause's, left out (session 18: after محمد علي, two first names
    # that are no everyday words, شريم closes the name, tests/test_entities_persons18.py)
    ("وحضر صقر خالد شريم الحفل.", ["صقر خالد"]),
    # a noun with a pronoun, an accusative: the clause's (as before)
    ("وقال محمد صلاح جاهزيته كاملة.", ["محمد صلاح"]),
    ("سجل محمد صلاح هدفا.", ["محمد صلاح"]),
    # هبة الله + God's gift's adjective (feminine, definite) is no name
    ("وهذه هبة الله العظيمة للناس.", []),
]

SHORT_PATRONYMIC = [
    # an everyday first word, بن, a listed father: a name after a reporting verb or
    # before a role (was nothing: a family name was asked for)
    ("وقال ضيف بن سميحان إن العمل مستمر.", ["ضيف بن سميحان"]),
    ("وأكد عقلا بن علي أن العمل مستمر.", ["عقلا بن علي"]),
    ("وحضر عقلا بن علي مدير المدرسة الحفل.", ["عقلا بن علي"]),
]

SHORT_PATRONYMIC_NO_NAME = [
    # Ben Ali's regime: نظام (5.51) is among the commonest nouns, in construct
    ("وسقط نظام بن علي في تونس.", []),
    ("وقال نظام بن علي إن العمل مستمر.", []),
    # a noun after a preposition, no reporting verb or role
    ("وذلك بعد سقوط بن علي.", []),
]

EVERYDAY_FIRST_NAMES = [
    # everyday words listed as common first names, before a family name by the lexicon
    ("وقال عارف الشمري إن العمل مستمر.", ["عارف الشمري"]),
    ("وحضر عامر الحربي الحفل.", ["عامر الحربي"]),
    # the words alone stay words
    ("وقال إنه لا مانع من ذلك.", []),
    ("وقال إنه عارف بالأمور كلها.", []),
]

COMPOUND_FAMILY = [
    # العبد + a name of God is one family name; a family name may follow it
    ("وقال محمد العبد الله الصباح إن العمل مستمر.", ["محمد العبد الله الصباح"]),
    ("وحضر سعد العبد الله الشمري الحفل.", ["سعد العبد الله الشمري"]),
    ("وقال خالد العبد الكريم إن العمل مستمر.", ["خالد العبد الكريم"]),
    # a noun after it is the verb's object (was «محمد العبد اللطيف المعرض»)
    ("وزار محمد العبد اللطيف المعرض.", ["محمد العبد اللطيف"]),
    ("وحضر سعد العبد الله الاجتماع.", ["سعد العبد الله"]),
]

MANNER_PHRASE = [
    # ب + a noun ب governs with its article as often (بغضب 3.47 / بالغضب 3.62): a
    # manner phrase after a titled first name, no surname (was «فهد بغضب»)
    ("وقال المدرب فهد بغضب على الصحفي.", ["فهد"]),
    ("ورد المدرب فهد بحماس: لن نتراجع.", ["فهد"]),
    ("وقال المدرب فهد بمرارة أمس إن الفريق خسر.", ["فهد"]),
    ("وقال المدرب فهد أمس إن الفريق جاهز.", ["فهد"]),
]

SURNAME_READ_AS_BA = [
    # surnames read as ب + noun are far rarer with the article inside (بدير 3.32 /
    # بالدير 2.46), or their rest is short (باخ)
    ("وقال المدرب محمد بدير إن الفريق جاهز.", ["محمد بدير"]),
    ("وتعهد توماس باخ بعدم التدخل.", ["توماس باخ"]),
    ("وقال رئيس اللجنة توماس باخ إن الألعاب مهمة.", ["توماس باخ"]),
    ("وقال الممثل جورج كلوني إن الفيلم جاهز.", ["جورج كلوني"]),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    THIRD_NAME
    + THIRD_NAME_KEPT_SHORT
    + SHORT_PATRONYMIC
    + SHORT_PATRONYMIC_NO_NAME
    + EVERYDAY_FIRST_NAMES
    + COMPOUND_FAMILY
    + MANNER_PHRASE
    + SURNAME_READ_AS_BA,
)
def test_person_spans(body: str, expected: list[str]) -> None:
    assert surfaces(body) == expected


def test_allah_key_spellings() -> None:
    # عطا الله، عطاالله، عطالله (one alef): one key, as عبد الله / عبدالله
    assert allah_key("عطا", "الله") == allah_key("عطاالله") == allah_key("عطالله") == "عطاالله"
    assert allah_key("عطا") is None
    assert allah_key("نصر", "الله") is None  # نصر الله: no compound of the list
    assert name_keys(("عطا", "الله", "شمري"), (False, False, True)) == ("عطاالله", "شمري")
    assert name_keys(("عطالله", "شمري"), (False, True)) == ("عطاالله", "شمري")
    assert name_keys(("هبه", "الله", "علي"), (False, False, False)) == ("هبهالله", "علي")


def test_allah_spellings_one_id() -> None:
    # three spellings in one story: one person, one id (were three ids)
    body = (
        "وقال عطا الله الشمري إن الأمر مهم. وأضاف عطاالله الشمري أن العمل مستمر. "
        "وقال عطالله الشمري إن الموعد قريب."
    )
    rows = person_rows(body, "entity_id")
    assert [s for s, _ in rows] == ["عطا الله الشمري", "عطاالله الشمري", "عطالله الشمري"]
    assert {i for _, i in rows} == {"rule:PERSON:عطاالله_الشمري"}


def test_allah_spellings_bare_surname_links() -> None:
    body = "وقال جار الله الحربي إن الأمر مهم. وأضاف جارالله الحربي أن العمل مستمر. وأكد الحربي أن"
    rows = person_rows(body, "entity_id")
    assert rows == [
        ("جار الله الحربي", "rule:PERSON:جارالله_الحربي"),
        ("جارالله الحربي", "rule:PERSON:جارالله_الحربي"),
        ("الحربي", "rule:PERSON:جارالله_الحربي"),
    ]


def test_bare_middle_name_links() -> None:
    # a rare middle name (مضواح 1.36, no listed first name) of one person of the story,
    # said alone later, is his alias (2015-07-26; lost when the full name grew a family
    # name in session 16)
    body = "وكرم إبراهيم مضواح الألمعي الفائزين. ثم قدم مضواح أصحاب الإصدارات."
    assert person_rows(body, "entity_id") == [
        ("إبراهيم مضواح الألمعي", "rule:PERSON:ابراهيم_مضواح_المعي"),
        ("مضواح", "rule:PERSON:ابراهيم_مضواح_المعي"),
    ]


def test_bare_middle_first_name_does_not_link() -> None:
    # a listed first name in the middle is the father's name: علي alone is anyone
    body = "وقال محمد علي الشهري إن العمل مستمر. وحضر علي الحفل."
    assert person_rows(body, "entity_id") == [("محمد علي الشهري", "rule:PERSON:محمد_علي_الشهري")]


def test_bare_father_name_does_not_link() -> None:
    # the word after بن is the father's name: alone it may name the father
    body = "وقال محمد بن دليم القحطاني إن العمل مستمر. وكان دليم قد زار المدينة."
    rows = person_rows(body, "entity_id")
    assert rows[0] == ("محمد بن دليم القحطاني", "rule:PERSON:محمد_بن_دليم_القحطاني")
    assert ("دليم", "rule:PERSON:محمد_بن_دليم_القحطاني") not in rows


THIRD_NAME_REFUSED = [
    # 2015-07-21: a listed whole name, an adjective, a dual noun (first version's errors)
    ("خلال زيارة لوزير الخارجية جون كيري مرتقبة في الأسابيع المقبلة.", ["جون كيري"]),
    ("وقدم الفنان علي سلمان عملين لطبيعة صامتة.", ["علي سلمان"]),
    # and the rare names it found there
    ("وقال عنه عباس قائد رحمت، عضو اللجنة، إنه الطريق.", ["عباس قائد رحمت"]),
    ("وأعلن بدر محمد باسملة وزير النقل اليمني عن خطة.", ["بدر محمد باسملة"]),
]


@pytest.mark.parametrize(("body", "expected"), THIRD_NAME_REFUSED)
def test_third_name_refused(body: str, expected: list[str]) -> None:
    assert surfaces(body) == expected
