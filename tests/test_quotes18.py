"""Quotes, session 18 (branch quotes18): scare quotes and quoted terms in a clause's
slot, speakers that are nobody (الجميع، a noun with the pronoun هن, a regulation), a
surname alone linked to the full name its story wrote. The right values are worked out
by hand; the sentences are written for these tests (the kinds were met in SaudiNewsNet,
not copied from it). Each story goes through the entity extractor
(:func:`quote_cases.story_quotes`), as a user's would; each fixed case has a neighbour
that must stay a quote or keep its speaker.
"""

from __future__ import annotations

import pytest
from quote_cases import quote_rows

from helpers.text.clitics import stems
from helpers.text.lexical import suffixed_noun

_rows = quote_rows


# --- 1 and 3. a short noun phrase in quote marks in its clause's slot: no quotation


@pytest.mark.parametrize(
    "body",
    [
        # a food in quote marks, after a preposition with its pronoun and a construct
        # noun, no reporting word in the clause
        "وتقدم أم عبدالله أكلات شعبية منها «الأرز الحساوي» والجريش.",
        "وتعمل لجنة واحدة لزكاة «الأرز الحساوي» هذا العام.",
    ],
)
def test_a_noun_phrase_in_its_clauses_slot_is_no_quote(body):
    # before: a quote credited to أم عبدالله / the carried speaker
    assert _rows(body) == []


@pytest.mark.parametrize(
    ("body", "row"),
    [
        # after a complementiser: what was said
        (
            "وقال الوزير خالد العمر إن «الحل سياسي».",
            ("الحل سياسي", "خالد العمر", "named", "", "الوزير"),
        ),
        # a predicate after its subject opens with no noun form: the speaker's words
        (
            "وقال الوزير خالد العمر إن الوضع «خطير جدا».",
            ("خطير جدا", "خالد العمر", "named", "", "الوزير"),
        ),
        # a colon introduces it: speech, whatever its form
        (
            "وقالت أم عبدالله: «الأرز الحساوي».",
            ("الأرز الحساوي", "أم عبدالله", "named", "", ""),
        ),
        # in reported speech, a verb's object: the speaker's words, a partial quote
        # (embedded story 1's «دوراً مركزياً», kept a quote of الحكيم by the lead: the
        # words the minister used, as the gold marks بخاري's below), going on, ending
        # the sentence, with the accusative alef and no tanween written
        (
            "وأكد المتحدث الرسمي محمد علي الحكيم أن روسيا لعبت «دوراً مركزياً» في الاتفاق.",
            ("دوراً مركزياً", "محمد علي الحكيم", "named", "", "المتحدث الرسمي"),
        ),
        (
            "وأكد المتحدث الرسمي محمد علي الحكيم أن روسيا لعبت «دوراً مركزياً».",
            ("دوراً مركزياً", "محمد علي الحكيم", "named", "", "المتحدث الرسمي"),
        ),
        (
            "وأكد المتحدث الرسمي محمد علي الحكيم أن روسيا لعبت «دورا مركزيا».",
            ("دورا مركزيا", "محمد علي الحكيم", "named", "", "المتحدث الرسمي"),
        ),
        # in reported speech, after a word that is no verb: the speaker's words (the
        # quotes_dev gold: بخاري's «الانتهاكات لحقوق الإنسان» after بسبب)
        (
            "وحذر الرئيس خالد العمر من أن الرفض بسبب «الانتهاكات لحقوق الإنسان» يضر.",
            ("الانتهاكات لحقوق الإنسان", "خالد العمر", "named", "", "الرئيس"),
        ),
        (
            "وقالت أم عبدالله إنها تقدم أكلات منها «الأرز الحساوي» والجريش.",
            ("الأرز الحساوي", "أم عبدالله", "named", "", ""),
        ),
        # in reported speech, the predicate of كان and its sisters: the speaker's
        # judgement (raw 2015-07-26: إنه كان "فاشلا ومغمورا"، قد تكون "هدفا محتملا")
        (
            "وقال الوزير خالد العمر إن المبعوث كان «فاشلا ومغمورا».",
            ("فاشلا ومغمورا", "خالد العمر", "named", "", "الوزير"),
        ),
        # a reporting verb right after the closing mark
        (
            "«الوضع مستقر» قال الوزير خالد العمر.",
            ("الوضع مستقر", "خالد العمر", "named", "", "الوزير"),
        ),
    ],
)
def test_speech_beside_a_quoted_term_stays_a_quote(body, row):
    assert _rows(body) == [row]


def test_the_term_goes_and_the_quote_beside_it_stays():
    body = "وتقدم أم عبدالله أكلات شعبية منها «الأرز الحساوي» والجريش، وقالت إن «الطلب كبير»."
    assert _rows(body) == [("الطلب كبير", "أم عبدالله", "named", "", "")]


# --- 5. a noun phrase of everyday words before its verb after إن: a name or a term


@pytest.mark.parametrize(
    "body",
    [
        "وقال عادل الجبير إن «عاصفة الحزم» حققت أهدافها.",
        "وقال إن «القوى السوداء» تنشر معلومات خاطئة.",
    ],
)
def test_a_noun_phrase_before_its_verb_after_a_complementiser_is_no_quote(body):
    assert _rows(body) == []


def test_a_clause_after_a_complementiser_before_a_verb_stays_a_quote():
    # a function word inside: speech (لن), whatever follows
    body = "وقال عادل الجبير إن «الحرب لن تطول» ثم غادر."
    assert [r[:3] for r in _rows(body)] == [("الحرب لن تطول", "عادل الجبير", "named")]


# --- 2. speakers that are nobody


def test_everyone_is_no_speaker():
    assert _rows("وقال الجميع إن «الاجتماع تأجل».") == [
        ("الاجتماع تأجل", "", "unknown", "not_a_speaker", "")
    ]


def test_some_stays_an_unnamed_source():
    assert _rows("وقال البعض إن «الاجتماع تأجل».") == [
        ("الاجتماع تأجل", "", "unknown", "unnamed_source", "البعض")
    ]


def test_the_feminine_plural_pronoun_suffix_is_a_suffix():
    # أسمائهن "their (f.) names": الأسماء takes the article, so the word is a noun
    assert "اسماء" in stems("اسمائهن", 2)
    assert suffixed_noun("اسمائهن")
    assert "بيئة" in stems("بيئتهن", 2)
    # a name that ends in هن keeps no stem shorter than three letters
    assert stems("كاهن") == ["كاهن"]


def test_their_names_is_no_person_and_the_spokesman_speaks():
    # before: أسمائهن was a PERSON mention and took both quotes of the spokesman
    body = (
        "وفضلت الموظفات عدم ذكر أسمائهن في الشكوى، وأكد المتحدث الرسمي لوزارة العمل "
        "تيسير المفرج أن البرنامج ليس له علاقة بمهمات العمل، مضيفا «يجب على صاحب العمل "
        "الالتزام بالعقد»."
    )
    rows = _rows(body)
    assert [(r[1], r[2]) for r in rows] == [("تيسير المفرج", "carried")]


def test_a_regulation_is_a_text_nobody_named():
    body = "وتقول اللائحة التنفيذية الجديدة إن «الرسوم تدفع سنويا»."
    assert _rows(body) == [
        ("الرسوم تدفع سنويا", "", "unknown", "statement", "اللائحة التنفيذية الجديدة")
    ]


def test_a_ministrys_regulation_speaks_for_the_ministry():
    body = "وتقول لائحة وزارة الصحة إن «الرسوم تدفع سنويا»."
    assert [r[1:3] for r in _rows(body)] == [("وزارة الصحة", "named")]


# --- 6. a surname alone: the full name its story wrote before


def test_a_surname_alone_is_the_full_name_written_before():
    body = (
        "أوضح وزير الداخلية اليمني عبده الحذيفي أن الحكومة تعمل. وقال الحذيفي إن «الاجتماع تأجل»."
    )
    assert [r[1:3] for r in _rows(body)] == [("عبده الحذيفي", "named")]


def test_a_surname_alone_with_no_full_name_stays_a_named_surname():
    assert [r[1:3] for r in _rows("وقال الحذيفي إن «الاجتماع تأجل».")] == [("الحذيفي", "named")]
