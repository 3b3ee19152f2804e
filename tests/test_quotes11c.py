"""Quote speakers, session 11 (branch quotes11c): wrong speakers a newcomer saw in the
top rows of a real week's quotes table, each fixed as a kind, right values worked out by
hand.

The sentences are written for these tests (patterns seen in the outlets), not copied
from a corpus.
"""

from __future__ import annotations

from quote_cases import speaker_cols as _cols
from quote_cases import story_quotes

from helpers.text import quote_words


def test_one_of_the_after_a_name_opens_an_apposition():
    # أحد / احد (hamza or none) + an elative or a definite word: "one of the ..."
    for body in (
        "وقال عارف حسن احد اشهر مهندسي تخطيط المدن إن «المدينة تنمو بسرعة»",
        "وقال عارف حسن أحد أشهر مهندسي تخطيط المدن إن «المدينة تنمو بسرعة»",
        "وقال عارف حسن أحد المهندسين إن «المدينة تنمو بسرعة»",
    ):
        assert _cols(story_quotes(body)) == [("عارف حسن", "named", "", "")], body
    q = story_quotes("وقالت سارة العلي إحدى الناجيات إن «الموج كان عاليا»")
    assert _cols(q) == [("سارة العلي", "named", "", "")]


def test_one_of_the_heading_the_phrase_is_still_an_unnamed_source():
    # no name before it: أحد المسؤولين is the source nobody names, as before
    q = story_quotes("وقال أحد المسؤولين إن «الوضع مستقر»")
    assert _cols(q) == [("-", "unknown", "unnamed_source", "أحد المسؤولين")]


def test_partitive_list_holds_both_spellings():
    assert {"احد", "احدى"} <= quote_words()["partitive"]


def test_a_name_after_a_relative_clause_is_the_phrase_speaker():
    q = story_quotes("وقال كبير الباحثين الذين قاموا بالدراسة، سيث بولاك إن «النتائج مهمة»")
    assert _cols(q) == [("سيث بولاك", "named", "", "كبير الباحثين")]
    # a name inside the relative clause is its object, never the speaker: the phrase
    # stays as it was read before
    q = story_quotes("وقال كبير الباحثين الذين التقوا سيث بولاك إن «النتائج مهمة»")
    assert _cols(q) == [("كبير الباحثين", "named", "", "")]
    # after the comma an everyday definite word is no name
    q = story_quotes("وقال كبير الباحثين الذين قاموا بالدراسة، الأسبوع الماضي إن «النتائج مهمة»")
    assert _cols(q) == [("كبير الباحثين", "named", "", "")]


def test_a_body_in_construct_after_a_title_is_the_roles_never_the_speaker():
    # قائد is also a first name: before an organisation's name it is the title. Since
    # session 12 a player's role (قائد، مدرب) in a club needs its name: with none it is
    # unknown, the role kept (it was the role as an office, named)
    body = 'وأضاف قائد أرسنال ومنتخب إنجلترا السابق "لقد كان موسما صعبا"'
    role = "قائد أرسنال ومنتخب إنجلترا السابق"
    assert _cols(story_quotes(body)) == [("-", "unknown", "unnamed_role", role)]
    q = story_quotes('وقال رئيس أرامكو "لقد كان موسما صعبا"')
    assert _cols(q) == [("رئيس أرامكو", "named", "", "رئيس أرامكو")]
    # a name after the body is still the role's name
    q = story_quotes('وقال مدرب أرسنال أرسين فينغر "لقد كان موسما صعبا"')
    assert _cols(q) == [("أرسين فينغر", "named", "", "مدرب أرسنال")]
    # a first name before a family name is a person, as before
    q = story_quotes('وقال قائد الحربي "لقد كان موسما صعبا"')
    assert _cols(q) == [("قائد الحربي", "named", "", "")]


def test_a_survey_made_by_someone_is_its_makers():
    body = 'وقال استطلاع قامت به كاسبرسكي لاب: "نصف المستخدمين لا يحمون أجهزتهم"'
    assert _cols(story_quotes(body)) == [("كاسبرسكي لاب", "named", "", "")]
    # a survey with nobody named is nobody's, never the phrase as a name
    q = story_quotes('وقال استطلاع للرأي: "نصف المستخدمين لا يحمون أجهزتهم"')
    assert _cols(q) == [("-", "unknown", "statement", "استطلاع")]
    assert {"اجرته", "قامت", "به"} <= quote_words()["conduct"]


def test_a_stray_quote_mark_inside_the_speaker_phrase():
    # the marks pair wrongly ("الفوزان في حديثه لقناة " reads as a quoted name); a
    # preposition with a noun and its pronoun is in no name: the name is الفوزان
    q = story_quotes('وقال "الفوزان في حديثه لقناة "المجد: "إن الأمر خطير"')
    assert _cols(q) == [("الفوزان", "named", "", "")]
    q = story_quotes('وقال الفوزان في حديثه لقناة "المجد": "إن الأمر خطير"')
    assert _cols(q) == [("الفوزان", "named", "", "")]


def test_a_verb_after_a_question_word_reports_nothing():
    body = 'ليس هناك أي سر لماذا كتبت إسرائيل هذا التقرير: طالما أن "دولة نتنياهو" منبوذة'
    assert _cols(story_quotes(body)) == []
    q = story_quotes('لا أحد يعرف كيف قال الوزير إن "الأمر انتهى"')
    assert _cols(q) == []
    # without the question word the same verb reports
    q = story_quotes('كتبت إسرائيل في التقرير: "دولة نتنياهو منبوذة"')
    assert _cols(q) == [("إسرائيل", "named", "", "")]
