"""Quote speakers, session 15 (branch quotes15): nouns read as verbs, «الوزير حديثه»,
generic phrase speakers pooled across stories, and time linear in a paragraph's length.
The right values are worked out by hand; the sentences are written for these tests
(the kinds were met in SaudiNewsNet, not copied from it). Each story goes through the
entity extractor (:func:`quote_cases.story_quotes`), as a user's would.
"""

from __future__ import annotations

import pytest
from quote_cases import speaker_cols as _cols
from quote_cases import story_quotes

from helpers.quotes.spans import _clause_start
from helpers.quotes.wordkinds import _clause_verb, _noun_only, _noun_reading
from helpers.text import normalize

# --- 1. a noun whose form is also a verb's


@pytest.mark.parametrize(
    ("word", "reading", "only"),
    [
        # a noun in construct: the article form about as common, its past forms rare
        ("نظام", True, True),  # Zipf 5.51, النظام 5.50, no past
        ("يد", True, True),  # 5.13, اليد 4.70, يدوا 1.68 (noise)
        ("يوم", True, True),
        ("أمن", True, False),  # 5.20, الأمن 5.44, أمنوا 4.24 (آمنوا): a verb too
        ("تقدم", True, False),
        ("بحث", True, False),  # بحث الأمير مع ...: a news verb stays a verb
        # verbs: no article form
        ("انتقد", False, False),
        ("قال", False, False),
        ("تحاول", False, False),
        ("لعبت", False, False),
    ],
)
def test_noun_readings_by_the_lexicon(word, reading, only):
    assert _noun_reading(normalize(word)) is reading
    assert _noun_only(normalize(word)) is only
    assert _clause_verb(normalize(word)) is (not only)


@pytest.mark.parametrize(
    "body",
    [
        # before: a quote of هيئة الإمارات (نظام read as a verb, its object speech)
        "أعلنت هيئة الإمارات للهوية عن إطلاق نظام «بنك الأفكار الإبداعية» عبر موقعها.",
        # before: a quote of nobody (unknown, no_subject)
        "أشار إلى أن تقدم «عاصفة الحزم» كان سريعا.",
    ],
)
def test_a_quoted_name_after_a_noun_in_construct_is_no_quote(body):
    assert story_quotes(body).empty


def test_a_verb_before_a_quoted_phrase_still_reports():
    # لعبت is a verb (no article form): what follows is speech, as before
    q = story_quotes("وقال الوزير خالد الفالح إن المملكة لعبت «دورا مركزيا في المنطقة».")
    assert list(q["text"]) == ["دورا مركزيا في المنطقة"]


def test_a_clause_opened_by_a_verb_still_names_its_subject():
    # زار is a verb: its subject goes on to the next sentence's وقال, as before
    q = story_quotes("وزار الرئيس بشار الأسد المدينة. وقال: «سنعيد بناءها».")
    assert _cols(q) == [("بشار الأسد", "carried", "", "")]


# --- 5. a long paragraph: the clause start read by bisection


@pytest.mark.parametrize(
    ("text", "lo", "pos", "start"),
    [
        ("قال. ثم أضاف", 0, 12, 4),  # after the dot
        ("قال. ثم أضاف", 5, 12, 5),  # the dot lies before lo
        ("زار بي.بي.سي وقال", 0, 17, 0),  # dots inside a word end no sentence
        ("أ؟ ب! ج", 0, 7, 5),  # the last of several ends
        ("أ؟ ب! ج", 0, 4, 2),  # an end at pos or after it is not read
    ],
)
def test_clause_start(text, lo, pos, start):
    assert _clause_start(text, lo, pos) == start


def test_one_long_paragraph_quotes_as_its_stories_do():
    # three stories written as one paragraph (no line break): each quote and speaker as
    # in its own story; the bisection and the zone's indexes change no reading
    one = "وقال وزير الخارجية عادل الجبير: «الحل سياسي». وأضاف: «لا مكان للأسد»."
    two = "من جانبه قال الرئيس الفرنسي فرنسوا هولاند إن «فرنسا تدعم الحل»."
    q = story_quotes(" ".join([one, two] * 3))
    assert (
        _cols(q)
        == [
            ("عادل الجبير", "named", "", "وزير الخارجية"),
            ("عادل الجبير", "carried", "", "وزير الخارجية"),
            ("فرانسوا هولاند", "named", "", "الرئيس الفرنسي"),
        ]
        * 3
    )


# --- 2. a definite title and a noun with a pronoun: the noun is the verb's object


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # before: the phrase speaker «الوزير حديثه» (phrase:الوزير حديثه)
        (
            "وزار وزير الصحة توفيق الربيعة المستشفى. "
            "وواصل الوزير حديثه قائلا: «سنفتتح مستشفى جديدا».",
            [("توفيق الربيعة", "carried", "", "الوزير")],
        ),
        # before: «الوزير حديثه بالقول»; the story names no minister: the role, unknown
        (
            "وختم الوزير حديثه بالقول: «شكرا للجميع».",
            [("-", "unknown", "unnamed_role", "الوزير")],
        ),
        ("وختم الرئيس كلمته قائلا: «عاش الوطن».", [("-", "unknown", "unnamed_role", "الرئيس")]),
        # an indefinite title in construct keeps the noun (وزير خارجيتها), as before
        ("وقال وزير خارجيتها: «لا تعليق».", [("-", "unknown", "unnamed_source", "وزير خارجيتها")]),
    ],
)
def test_a_definite_title_and_its_talk(body, expected):
    assert _cols(story_quotes(body)) == expected


# --- 3. a person's everyday noun alone is somebody of its story only


def test_a_mother_in_two_stories_is_two_speakers():
    import pandas as pd

    from helpers.quotes import extract_quotes, quotes_per_speaker

    stories = pd.DataFrame(
        {
            "story_id": ["a", "b"],
            "title": ["", ""],
            "body": ["وقالت الأم: «ابني بريء».", "وقالت الأم: «ابنتي مريضة»."],
        }
    )
    q = extract_quotes(stories)
    # before: phrase:الام in both stories, one speaker with two quotes
    assert list(q["speaker_id"]) == ["phrase:الام@a", "phrase:الام@b"]
    assert list(q["speaker"]) == ["الأم", "الأم"]
    per = quotes_per_speaker(q)
    assert sorted(per["quotes"].tolist()) == [1, 1]


@pytest.mark.parametrize(
    ("body", "sid"),
    [
        ("وقال الأب إن «الطفل بخير».", "phrase:الاب@s1"),  # person list
        ("وقال الرجل: «رأيت الحادث».", "phrase:الرجل@s1"),  # person list
        # a name that is also a word keeps its corpus-wide id (the lists lack it)
        ("وقال الأسد: «لن نتراجع».", "phrase:الاسد"),
    ],
)
def test_which_phrase_speakers_are_story_scoped(body, sid):
    assert list(story_quotes(body)["speaker_id"]) == [sid]


# --- 4. unknown speakers: a title's name whose first letter reads as a proclitic


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # before: unknown, unnamed_role, role «الجنرال باديش» (ب + اديش, neither attested);
        # session 16: the speaker is the name alone, the title in speaker_role
        (
            "وقال الجنرال باديش خلال حفل ألقاه: «لقد كنت على رأس جيش».",
            [("باديش", "named", "", "الجنرال")],
        ),
        # a preposition and an attested noun stay the role's (بلسان الوزارة)
        (
            "وقال المتحدث بلسان الوزارة: «لا تعليق».",
            [("-", "unknown", "unnamed_role", "المتحدث بلسان الوزارة")],
        ),
    ],
)
def test_a_title_and_a_name_read_as_a_proclitic(body, expected):
    assert _cols(story_quotes(body)) == expected
