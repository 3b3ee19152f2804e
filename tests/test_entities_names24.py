"""One person, one entity; a facility is not the king it is named after: session 24
(branch names24).

Each sentence is a shortened context of the kinds session 23's newcomers and hostile
tester saw on real SaudiNewsNet stories (non-held-out outlets); every expected span,
type and id was read off the sentence by hand with the gold conventions
(tests/data/heldout/README.md: a head noun right before a name is part of the span,
facilities and roads are LOC, hospitals and universities ORG, flat annotation with no
person inside). DEVELOPING.md, "Session 24 (branch names24)", has the rules and what
they changed on a raw day.
"""

from __future__ import annotations

import pytest
from entity_stories import person_rows, spans

NAMESAKE_FACILITIES = [
    # a plural or dual head (data/head_forms.tsv) + title + name: one LOC or ORG, no
    # person (each was the king alone before: خالد، عبدالعزيز، فهد)
    (
        "وتفقد المحافظ مشروع أنفاق الملك خالد أمس.",
        [("أنفاق الملك خالد", "LOC")],
    ),
    (
        "وصلت الرحلات إلى مطاري الملك عبدالعزيز بجدة أمس.",
        [("مطاري الملك عبدالعزيز", "LOC"), ("جدة", "LOC")],
    ),
    (
        "ونقل المصابون إلى مستشفيات الملك فهد بالهفوف.",
        [("مستشفيات الملك فهد", "ORG"), ("الهفوف", "LOC")],
    ),
    (
        "وتستقبل متنزهات الأمير سلطان الزوار طوال العيد.",
        [("متنزهات الأمير سلطان", "LOC")],
    ),
    # singular heads added to the namesake heads: a tunnel, a dam
    ("وأغلق المرور نفق الملك عبدالله مساء أمس.", [("نفق الملك عبدالله", "LOC")]),
    ("وارتفع منسوب المياه في سد الملك فهد ببيشة.", [("سد الملك فهد", "LOC"), ("بيشة", "LOC")]),
    # the singular heads read so before this session stay so
    ("وتدرس في جامعة الملك سعود منذ عامين.", [("جامعة الملك سعود", "ORG")]),
    ("وتوجه الموكب عبر طريق الملك فهد إلى المطار.", [("طريق الملك فهد", "LOC")]),
    # a mall named after a first name (مول, a loanword closing the name): a LOC from
    # the head noun before it (was the person هيفاء مول)
    ("وافتتح أمس مركز هيفاء مول في جدة.", [("مركز هيفاء مول", "LOC"), ("جدة", "LOC")]),
    ("وتسوقت الأسرة في هيفاء مول أمس.", [("هيفاء مول", "LOC")]),
]


@pytest.mark.parametrize(("body", "expected"), NAMESAKE_FACILITIES)
def test_a_facility_named_after_a_royal_is_one_place_or_body(body, expected):
    assert spans(body) == expected


def test_the_king_himself_is_still_a_person():
    # the same title and name with no facility head before them: the king
    assert person_rows("وأكد الملك خالد أن المشروع مهم.", "canonical") == [("خالد", "الملك خالد")]


def test_a_head_form_whose_singular_is_no_head_raises(monkeypatch):
    from helpers.entities.rules import spans as rule_spans
    from helpers.errors import GazetteerError

    monkeypatch.setattr(rule_spans, "head_forms", lambda: {"أقلام": "قلم"})
    with pytest.raises(GazetteerError, match=r"head_forms\.tsv.*أقلام"):
        rule_spans._head_form_keys.__wrapped__()  # past the import-time cache


KUNYA_SURNAMES = [
    # أبو + name written apart or as one word is one surname (keys.id_keys, the rule ids
    # use): the later short form is the man of the story (each was a person of its own
    # or no mention before)
    "قال عبدالله أبو ثنين إن الوزارة ماضية. وأكد أبوثنين أن العمل مستمر.",
    "قال عبدالله أبو ثنين إن الوزارة ماضية. وكان أبوثنين قد أشار إلى ذلك.",
    "قال عبدالله أبوثنين إن الوزارة ماضية. وأكد أبو ثنين أن العمل مستمر.",
]


@pytest.mark.parametrize("body", KUNYA_SURNAMES)
def test_a_kunya_surname_written_together_or_apart_is_one_person(body):
    rows = person_rows(body, "entity_id")
    assert len(rows) == 2
    assert {eid for _, eid in rows} == {"rule:PERSON:عبدالله_ابوثنين"}


def test_a_kunya_surname_with_the_article_written_together():
    rows = person_rows("قال أحمد أبو الغيط إن الجامعة ترفض. وكان أبوالغيط قد حذر.", "entity_id")
    assert rows == [
        ("أحمد أبو الغيط", "person:ahmed-aboul-gheit"),
        ("أبوالغيط", "person:ahmed-aboul-gheit"),
    ]


def test_a_bare_first_name_goes_to_the_later_of_two():
    body = "قال عبدالله السالم إن الخطة جاهزة. وأضاف عبدالله الفهد أن. وقال عبدالله إن."
    assert person_rows(body, "entity_id") == [
        ("عبدالله السالم", "rule:PERSON:عبدالله_السالم"),
        ("عبدالله الفهد", "rule:PERSON:عبدالله_الفهد"),
        ("عبدالله", "rule:PERSON:عبدالله_الفهد"),
    ]


def test_a_bare_past_verb_after_a_first_name_is_no_surname():
    # موسى حضر الاجتماع: the verb and its object (was the person «موسى حضر»)
    assert person_rows("وقال موسى حضر الاجتماع.", "surface") == [("موسى", "موسى")]
    # before إن the word closes the speaker's name: a surname
    assert person_rows("وقال موسى حضر إن الاجتماع مهم.", "surface") == [("موسى حضر", "موسى حضر")]


def test_father_and_son_named_by_a_generation_epithet_stay_apart():
    # جورج بوش الأب / الابن: the epithet is part of each name, two ids (they were one,
    # جورج بوش); the bare surname after both is the one named last (the son)
    body = "وكان الرئيس جورج بوش الأب قد زار. وقال جورج بوش الابن إن. وأضاف بوش أن."
    assert person_rows(body, "entity_id") == [
        ("جورج بوش الأب", "rule:PERSON:جورج_بوش_الاب"),
        ("جورج بوش الابن", "rule:PERSON:جورج_بوش_الابن"),
        ("بوش", "rule:PERSON:جورج_بوش_الابن"),
    ]
    # ابن without the article opens a patronymic's second name, no epithet
    assert person_rows("قال جورج بوش ابن الرئيس إن.", "surface") == [("جورج بوش", "جورج بوش")]


def test_a_kunya_surname_of_two_men_goes_to_the_one_named_last():
    # أبو زنط is one id key (keys.id_keys): of two men of that family, the bare form is
    # the one named in full last before it, as a one-word shared surname is
    body = (
        "شيع جثمان الشيخ عبد المنعم أبو زنط أمس. وقد نعى الطراونة النائب أبو زنط. "
        "وكان سالم بن محمد أبو زنط قد حضر. ويعتبر الشيخ أبو زنط من كبار العلماء."
    )
    assert person_rows(body, "entity_id") == [
        ("عبد المنعم أبو زنط", "rule:PERSON:عبدالمنعم_ابوزنط"),
        ("أبو زنط", "rule:PERSON:عبدالمنعم_ابوزنط"),
        ("سالم بن محمد أبو زنط", "rule:PERSON:سالم_بن_محمد_ابوزنط"),
        ("أبو زنط", "rule:PERSON:سالم_بن_محمد_ابوزنط"),
    ]
