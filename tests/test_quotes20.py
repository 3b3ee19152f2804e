"""Quotes, session 20 (branch quotes20): words in quote marks that are names, not
speech (a thing's name after a naming verb and the list it opens; a headline's quoted
subject before its reporting verb), a body's quoted short name in a role phrase is no
speaker, a speaker's name written past the entity rules' mention, and a state as a
statement's speaker. The right values are worked out by hand; the sentences are written
for these tests (the kinds were met in SaudiNewsNet, not copied from it). Each fixed case
has a neighbour that must stay a quote or keep its speaker.
"""

from __future__ import annotations

import pytest
from quote_cases import quote_rows

_rows = quote_rows


# --- 1. a thing's name after a naming verb, and the next item of its list


@pytest.mark.parametrize(
    "body",
    [
        # before: «خبز بالتمر» and «خبز أسمر» quotes of the carried speaker
        "وأشار إلى أن التمر يدخل في إعداده، ولذلك يطلق عليه أحياناً «خبز بالتمر» أو «خبز أسمر».",
        "وقال الخباز إن الناس يطلقون عليه «خبز الفقراء» منذ زمن.",
        "وأطلقت عليها الصحافة «المرأة الحديدية» في تلك الأيام.",
    ],
)
def test_a_name_after_a_naming_verb_is_no_quote(body):
    assert _rows(body) == []


def test_after_a_naming_verb_a_colon_and_a_sentence_stay_speech():
    body = "وقال الخباز إن الناس يطلقون عليه ما يريدون: «لا يهمني ذلك أبدا يا أخي»."
    assert _rows(body) == [("لا يهمني ذلك أبدا يا أخي", "الخباز", "named", "", "")]


# --- 1. a headline's quoted subject before its reporting verb and the verb's object


@pytest.mark.parametrize(
    "body",
    [
        # before: «الأحوال المدنية» a quote of the phrase «نتائج القبول المبدئي ...»
        "«الأحوال المدنية» تعلن نتائج القبول المبدئي لبرنامج التدريب",
        "«تقنية خيبر» تعلن أسماء المقبولين للتدريب بالفصل الأول",
        "وأعلنت الوزارة أمس. «الصحة العامة» تؤكد أن الوضع مستقر.",
    ],
)
def test_a_quoted_subject_before_its_verb_is_no_quote(body):
    assert _rows(body) == []


@pytest.mark.parametrize(
    ("body", "row"),
    [
        # the verb followed by who said it: speech before its verb
        (
            "«الوضع مستقر» قال الوزير خالد العمر.",
            ("الوضع مستقر", "خالد العمر", "named", "", "الوزير"),
        ),
        (
            "«الوضع مستقر تماما» يقول الوزير خالد العمر.",
            ("الوضع مستقر تماما", "خالد العمر", "named", "", "الوزير"),
        ),
    ],
)
def test_speech_before_its_verb_and_speaker_stays_a_quote(body, row):
    assert _rows(body) == [row]


# --- 2. a body's quoted short name in a role phrase is not the role's holder


@pytest.mark.parametrize(
    "body",
    [
        "وأوضح مدير عام الشركة الوطنية السياحية «سياحية» المهندس صالح قدح، أن الفعالية "
        "«تحظى باهتمام الزوار من كل مكان».",
        "وأوضح المدير العام للشركة الوطنية السياحية «سياحية» المهندس صالح قدح أن الفعالية "
        "«تحظى باهتمام الزوار من كل مكان».",
    ],
)
def test_a_bodys_quoted_short_name_is_no_speaker(body):
    # before: speaker «سياحية», the company's nickname
    (row,) = _rows(body)
    assert row[:4] == ("تحظى باهتمام الزوار من كل مكان", "صالح قدح", "named", "")


def test_a_bodys_quoted_short_name_with_no_person_is_an_unnamed_role():
    body = (
        "وقال مدير عام الشركة الوطنية السياحية «سياحية» إن الفعالية "
        "«تحظى باهتمام الزوار من كل مكان»."
    )
    (row,) = _rows(body)
    assert row[:4] == ("تحظى باهتمام الزوار من كل مكان", "", "unknown", "unnamed_role")


# --- 3. the speaker's name as written past the entity rules' mention


def test_a_name_the_rules_cut_is_written_in_full():
    # the entity rules read «بيجن نامدار» (before: the speaker)
    body = "وقال وزير النفط الإيراني بيجن نامدار زنكنه إن بلاده «ستعود إلى إنتاجها السابق»."
    assert _rows(body) == [
        ("ستعود إلى إنتاجها السابق", "بيجن نامدار زنكنه", "named", "", "وزير النفط الإيراني")
    ]


def test_a_title_after_a_rules_name_is_no_part_of_it():
    body = "وقال محمد سعيد الغامدي رئيس اللجنة إن «الوضع مستقر تماما»."
    assert _rows(body)[0][1] == "محمد سعيد الغامدي"


# --- 4. a state speaks as its government (the documented rule; the golds hold no
# country speaker, so nothing contradicts it)


def test_a_state_named_before_speaks_its_statement():
    body = (
        "وأعلنت مملكة البحرين أمس احتجاجها. وجاء في بيان نقلته وكالة الأنباء، أن مملكة "
        "البحرين «تدين بشدة استمرار التصريحات العدائية تجاه المملكة»."
    )
    assert _rows(body) == [
        ("تدين بشدة استمرار التصريحات العدائية تجاه المملكة", "البحرين", "carried", "", "")
    ]


def test_a_quoted_name_after_a_bodys_words_with_no_person_after_it_is_the_persons():
    # the neighbour met on a raw day: the spokesman's name in quote marks, a comma after
    body = (
        "وقال المتحدث باسم الجماعة «قاري حمزة»، في بيان صادر عنه، إن «الملا عمر قتل "
        "مسموما على يد رفاقه»."
    )
    (row,) = _rows(body)
    assert row[1:4] == ("المتحدث باسم الجماعة قاري حمزة", "named", "")


def test_a_headline_subject_before_a_verb_and_a_preposition_is_no_quote():
    assert _rows("«مدني عسير» يحذر من المخاطر المصاحبة للأمطار والسيول") == []
