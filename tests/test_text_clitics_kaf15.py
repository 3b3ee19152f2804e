"""Session 15: the proclitic ك (issue 13: found 2 of 13 on the held-out set).

Each word is tokenised alone (no corpus attestation), so the lexicon decides. The
readings are the ones an Arabic reader gives the word in news text, worked out by hand;
the Zipf values quoted are wordfreq's (helpers.text.lexicon). Words marked "sample" are
from the hand-annotated sample of 200 ك-words of non-held-out SaudiNewsNet outlets
(benchmarks/README.md, session 15).
"""

import pytest
from clitic_reading import one

from helpers.text import tokenize


@pytest.mark.parametrize(
    ("word", "base"),
    [
        # the brief's examples: the remainder ten times as frequent as the whole
        ("كرئيس", "رئيس"),  # 4.12 / 5.69
        ("كعضو", "عضو"),
        ("كممثل", "ممثل"),
        ("كمراقب", "مراقب"),
        ("كدولة", "دولة"),
        ("كلاعب", "لاعب"),
        # three to ten times as frequent, a clear noun, no suffix, no verb: the ك tests
        ("كوسيلة", "وسيلة"),  # 4.06 / 4.79, الوسيلة 4.03
        ("كبديل", "بديل"),  # 3.83 / 4.49, البديل 4.38
        ("كجزء", "جزء"),  # 4.47 / 5.30, الجزء 5.18
        ("كمثال", "مثال"),  # sample: «وضع إسرائيل كمثال على التحرر»
        ("كمرشح", "مرشح"),
        # a written hamza after ك: the remainder decides (كأميرة is not كاميرة "camera")
        ("كأحد", "احد"),
        ("كأداة", "اداة"),
        ("كأميرة", "اميرة"),  # sample: «وأحيانا كأميرة آسيوية»
        ("كإجراء", "اجراء"),
        ("كآلية", "الية"),  # sample
        # sample: split before and after
        ("كاقتصاد", "اقتصاد"),
        ("كجامعة", "جامعة"),
        ("كحواضن", "حواضن"),
        ("كعقبة", "عقبة"),
        ("كفرصة", "فرصة"),
        ("كقاعدة", "قاعدة"),
        ("كمسرح", "مسرح"),
        ("كنموذج", "نموذج"),
        ("كهدف", "هدف"),
    ],
)
def test_kaf_before_a_noun_splits(word, base):
    assert one(word) == ("ك", base)


def test_kaf_before_the_article():
    assert one("كالمعتاد") == ("ك+ال", "معتاد")
    assert one("كالعادة") == ("ك+ال", "عادة")


@pytest.mark.parametrize(
    "word",
    [
        # the brief's words that stay whole: stopwords, two-letter remainders, and words
        # whose remainder is rarer than the whole or takes the article less (كما، كذلك:
        # ك + a function word since session 16, tests/test_text_clitics_kaf16.py)
        *("كان", "كبير", "كتب", "كلمة", "كل", "كيف", "كم", "كثير"),
        *("كريم", "كرة", "كأس"),
        # attested after ب or ل (لكولن، بكلين): a word of its own, whatever its remainder
        *("كولن", "كلين", "كلاي", "كنيته"),
        # within three to ten times, but a verb (يكاد، يكلف), a suffix on the whole, or a
        # bare alef after ك (a name: Kayla)
        *("كادت", "كلفت", "كسرنا", "كايلا"),
        # sample: whole words
        *("كافة", "كامل", "كفيله", "كدمة", "كرسيه", "كوبر", "كمين", "كلية", "كشمير"),
        # a stopword after a hamza (كأنه) stays whole
        "كأنه",
    ],
)
def test_words_beginning_with_kaf_stay_whole(word):
    clitics, _ = one(word)
    assert clitics == ""


def test_kaf_after_a_conjunction_and_in_running_text():
    assert one("وكوسيلة") == ("و+ك", "وسيلة")
    rows = tokenize("يستخدم لبنان كقاعدة لوجستية كما كان كبديل مؤقت")
    got = dict(zip(rows["surface"], zip(rows["clitics"], rows["base"], strict=True), strict=True))
    assert got["كقاعدة"] == ("ك", "قاعدة")
    assert got["كبديل"] == ("ك", "بديل")
    assert got["كما"] == ("ك", "ما") and got["كان"] == ("", "كان")


def test_a_form_of_ila_is_no_article_after_kaf_or_ba():
    # كاليه is Calais (50 tokens in the non-held-out outlets, summer 2015), never ك +
    # إليه: a form of إلى written without its hamza is no article + word, and no
    # preposition stands before إلى; the relative pronouns after ب/ك still split
    assert one("كاليه") == ("", "كاليه")
    assert one("كاليها") == ("", "كاليها")
    assert one("وكاليه") == ("و", "كاليه")
    assert one("كالتي") == ("ك", "التي")
    assert one("بالذي") == ("ب", "الذي")
    assert one("كالذين") == ("ك", "الذين")
