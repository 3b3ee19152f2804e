"""Quotes, session 14 (branch nquote14): wrong quotes and speakers a newcomer saw in the
main job's tables of aawsat, sabq, alyaum and alwatan, 2015-08-01..04, each fixed as a
kind; the right values are worked out by hand.

The sentences are written for these tests (patterns seen in the outlets), not copied
from a corpus.
"""

from __future__ import annotations

import pandas as pd
import pytest
from quote_cases import named_quotes, speaker_cols

from helpers.quotes import QUOTE_COLUMNS, phrase_people, quotes_per_speaker

# --- 2. a title of a work after its noun with a pronoun; «التالي» is nobody


@pytest.mark.parametrize(
    "text",
    [
        # مذكرته، ومقالته: the noun of a work with a pronoun (and a conjunction)
        "وأشار الكاتب إلى جابوتنسكي أنه ذكر التالي في مذكرته «الجدار الحديدي» ومقالته "
        "«نحن والعرب» حيث كان يرى ذلك.",
        # كتابه: a designator with no ta marbuta before its pronoun
        "وذكر الباحث أن المؤلف كتب في كتابه «حدود القوة» رأيه بوضوح.",
        "وقالت الممثلة إن فيلمها «ليلة باردة» يعرض الشهر المقبل في دور السينما.",
    ],
)
def test_a_title_after_the_noun_of_a_work_with_a_pronoun_is_no_quote(text):
    assert named_quotes(text).empty


def test_the_following_is_never_a_speaker():
    # ذكر التالي: "the following" is what is said; with no subject, nobody
    q = named_quotes("وذكر التالي: «يجب أن نتحرك الآن قبل فوات الأوان».")
    assert speaker_cols(q) == [("-", "unknown", "no_subject", "")]


# --- 3. a unit's name (a word and its number), a name in construct, a label's name


@pytest.mark.parametrize(
    "text",
    [
        # a word and its number: a unit's name
        "وقالت مصادر إن مقاتلين قتلوا خمسة من أفراد «الفرقة 30» أمس.",
        # the second «الفرقة الأولى» (everyday words, after عناصر) is the name the first
        # one (after باسم) is
        "وقالت الجماعة التي تعرف باسم «الفرقة الأولى»، إن مقاتلين هاجموا مقرها. وأكد "
        "المتحدث أن عناصر «الفرقة الأولى» بخير.",
        # a noun in construct (no article, no pronoun) before a name
        "وكان المدرب استبعد اللاعب، مما يؤكد أن مغامرة «سوبر ماريو» مع الفريق انتهت.",
        "وأضافت المجموعة أن إدراج «باركليز زيمبابوي» في البورصة لن يتأثر.",
        # one word after a label's colon, no reporting word: the name it introduces
        "مطعم الأسبوع: «سالمونتيني».. أطباقه تتراقص على نغمات المطابخ",
    ],
)
def test_a_short_name_in_quote_marks_is_no_quote(text):
    assert named_quotes(text).empty


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # everyday words in construct: a partial quote stays speech
        ("وأكد الوزير ضرورة «تعزيز التعاون المشترك» بين البلدين.", "تعزيز التعاون المشترك"),
        # a noun with a pronoun heads no construct: وصوله «سأشجع ...» is speech
        (
            "وقال الرئيس إنه عند وصوله «سأشجع الجميع وسنستعيد» المناطق.",
            "سأشجع الجميع وسنستعيد",
        ),
        # a present verb is no noun in construct; a preposition inside makes a phrase
        (
            "وانتقد الرئيس الدول التي قال إنها تحاول «إلقاء اللوم على تركيا» لأنها فشلت.",
            "إلقاء اللوم على تركيا",
        ),
        # one everyday word after a colon is speech (a headline's quote)
        ("ترامب: «كارثة»", "كارثة"),
        # a colon after a sentence, no label: its one word is speech
        ("ودار نقاش انتهى بقول المسؤول لحارس الأمن: «طلعوه».", "طلعوه"),
        # an accusative noun (tanween alef) is in no construct
        ("كما أوضحت أن جنديا «أصيب بجروح طفيفة» جراء الرشق بالحجارة.", "أصيب بجروح طفيفة"),
        # after a designator with a pronoun, more than six words are said, not a title
        (
            "وقال أحد المسعفين طالبا عدم ذكر اسمه «نقلنا حتى الآن 12 جثة من المكان».",
            "نقلنا حتى الآن 12 جثة من المكان",
        ),
    ],
)
def test_words_of_every_day_in_those_slots_stay_speech(text, quoted):
    assert list(named_quotes(text)["text"]) == [quoted]


# --- 4. a phrase speaker ends before a past verb and a preposition with its pronoun


def test_a_phrase_speaker_ends_before_a_past_verb():
    # رجل ملثم عرف عن نفسه: the verb opens the clause describing the subject
    q = named_quotes(
        "كما أكد رجل ملثم عرف عن نفسه بأنه أحد العناصر أن الجماعة «قامت بقطع يد الغرب "
        "في بلاد الشام» باختطافها المقاتلين."
    )
    assert speaker_cols(q) == [("رجل ملثم", "named", "", "")]


def test_a_phrase_speaker_ends_before_a_preposition_with_its_pronoun():
    q = named_quotes("وقال صاحبنا الثائر له: «لا تكثروا الكلام في المجالس».")
    assert speaker_cols(q) == [("صاحبنا الثائر", "named", "", "")]


def test_a_name_reads_on_through_short_words_that_look_like_verbs():
    # بي كي باتنايك: كي (two letters) is no verb; دل نيرو likewise
    q = named_quotes(
        "وقال رئيس الاتحاد ماركو بولو دل نيرو في بيان: «يحظى زيكو بدعمنا لتسهيل ترشحه»."
    )
    assert list(q["speaker"]) == ["ماركو بولو دل نيرو"]


# --- 5. a phrase that is a person speaker's full name is that person


def _quote(story: str, sid: str, name: str) -> dict:
    row = dict.fromkeys(QUOTE_COLUMNS, "")
    row.update(story_id=story, zone="body", start=0, end=10, text="نص مقتبس من كلامه")
    row.update(speaker_id=sid, speaker=name, attribution="named", unclosed=False)
    return row


def test_a_phrase_speaker_takes_the_id_of_the_person_of_its_name():
    q = pd.DataFrame(
        [
            _quote("s1", "phrase:سالم سعيد كبيش", "سالم سعيد كبيش"),
            _quote("s1", "phrase:سالم سعيد كبيش", "سالم سعيد كبيش"),
            _quote("s2", "rule:PERSON:سالم_سعيد_كبيش", "سالم سعيد كبيش"),
            # a story-scoped phrase and a one-word phrase are left alone
            _quote("s2", "phrase:الام@s2", "الأم"),
            _quote("s2", "phrase:كبيش", "كبيش"),
        ]
    )
    assert phrase_people(q) == {
        "phrase:سالم سعيد كبيش": ("rule:PERSON:سالم_سعيد_كبيش", "سالم سعيد كبيش")
    }
    stories = pd.DataFrame({"story_id": ["s1", "s2"], "outlet": ["alyaum", "alyaum"]})
    per = quotes_per_speaker(q, by="outlet", stories=stories)
    # one speaker, one row: 4 quotes of 4 words (كبيش alone is the same person by the
    # surname rule, surname_speakers)
    row = per[per["speaker"] == "سالم سعيد كبيش"]
    assert list(zip(row["speaker_id"], row["quotes"], row["words"], strict=True)) == [
        ("rule:PERSON:سالم_سعيد_كبيش", 4, 16)
    ]
    # per story too: story s1's row has the person's id
    s1 = quotes_per_speaker(q)
    assert list(s1.loc[s1["story_id"] == "s1", "speaker_id"]) == ["rule:PERSON:سالم_سعيد_كبيش"]


def test_two_people_of_one_name_take_no_phrase():
    q = pd.DataFrame(
        [
            _quote("s1", "phrase:محمد العلي", "محمد العلي"),
            _quote("s2", "rule:PERSON:محمد_علي", "محمد العلي"),
            _quote("s3", "person:mohammed-alali", "محمد العلي"),
        ]
    )
    assert phrase_people(q) == {}


# --- 6. a verse cited after God's name is scripture, no news speaker's


@pytest.mark.parametrize(
    "text",
    [
        "يقول الله عز وجل في سورة الأحزاب: «والذين يؤذون المؤمنين والمؤمنات بغير ما اكتسبوا».",
        "وقال الله تعالى: «ولا تقربوا الزنى إنه كان فاحشة».",
        # as after قال تعالى, which has always named nobody
        "وقال تعالى: «ولا تقربوا الزنى إنه كان فاحشة».",
    ],
)
def test_a_verse_after_gods_name_has_no_speaker(text):
    q = named_quotes(text)
    assert speaker_cols(q) == [("-", "unknown", "not_a_speaker", "")]


def test_a_name_with_god_in_it_still_speaks():
    q = named_quotes("وقال عبد الله الربيعة: «نحن مستعدون للعمل».")
    assert list(q["speaker"]) == ["عبد الله الربيعة"]


def test_the_words_of_a_tweet_are_speech():
    # a statement noun (تغريدة) takes what was written, not a name
    q = named_quotes("وكتبت المذيعة الشهيرة أوبرا وينفري في تغريدة «أخيرا ترقد بسلام».")
    assert list(q["text"]) == ["أخيرا ترقد بسلام"]
