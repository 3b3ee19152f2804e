"""Quote speakers, session 9 (issue 13, item 4): kinds seen among the speakers of 2,914
SaudiNewsNet stories of 2015-07-24/25/26 (outlets that are not held out), each with both
readings, right values worked out by hand.

A speaker named by a common first name alone is a person of the story when the story
shows who: the phrase writes the name in full though the mention stops at the first name
(الدكتور إبراهيم نجم), the first name is the family name of the story's person (رامي
عبد الرحمن → عبد الرحمن), or a sports story calls a player by that one name (فريد). The
sentences are written for these tests (patterns seen in the outlets), not copied from a
corpus.
"""

from __future__ import annotations

import pandas as pd
import pytest
from quote_cases import mention as _mention
from quote_cases import named_quotes
from quote_cases import speaker_cols as _cols
from quote_cases import zones as _z

from helpers.quotes import extract_quotes, quotes_per_speaker


def test_a_mention_cut_to_a_first_name_speaks_by_the_name_the_phrase_writes():
    text = "وقال الدكتور إبراهيم نجم، مستشار مفتي مصر، إن «التقرير دقيق»."
    q = named_quotes(text, ("إبراهيم", "PERSON", "rule:PERSON:ابراهيم"))
    assert _cols(q) == [("إبراهيم نجم", "named", "", "الدكتور")]
    assert list(q["speaker_id"]) == ["phrase:ابراهيم نجم"]


def test_a_first_name_that_is_the_family_name_of_the_storys_person():
    text = (
        "وقال مدير المرصد رامي عبد الرحمن إن القتال مستمر. "
        "وأكد عبد الرحمن أن «النظام وصل إلى مرحلة جديدة»."
    )
    m = pd.DataFrame(
        [
            _mention(text, "رامي عبد الرحمن", "PERSON", "rule:PERSON:رامي_عبدالرحمن"),
            _mention(text, "عبد الرحمن", "PERSON", "rule:PERSON:عبدالرحمن", nth=1),
        ]
    )
    q = extract_quotes(_z(text), mentions=m)
    assert _cols(q) == [("رامي عبد الرحمن", "named", "", "")]
    # a famous man named by his family name: عباس of a story naming محمود عباس
    text = "واستقبل الرئيس محمود عباس الوفد. وقال عباس: «لن نتنازل عن حقوقنا»."
    q = named_quotes(text, ("محمود عباس", "PERSON", "person:mahmoud-abbas"))
    assert list(q["speaker_id"]) == ["person:mahmoud-abbas"]


def test_one_person_opens_with_the_first_name_another_ends_with_it():
    text = (
        "والتقى الأمير علي بن الحسين النائب فضل علي. "
        "وقال الأمير علي: «الإصلاح ضروري». وقال علي: «نحن ندعمه»."
    )
    m = pd.DataFrame(
        [
            _mention(text, "علي بن الحسين", "PERSON", "rule:PERSON:علي_بن_حسين"),
            _mention(text, "فضل علي", "PERSON", "rule:PERSON:فضل_علي"),
            _mention(text, "علي", "PERSON", "rule:PERSON:علي", nth=2),
            _mention(text, "علي", "PERSON", "rule:PERSON:علي", nth=3),
        ]
    )
    q = extract_quotes(_z(text), mentions=m)
    # after a style (الأمير) the first name is the one it opens; alone, the family name
    assert list(q["speaker"]) == ["علي بن الحسين", "فضل علي"]


def test_a_footballer_known_by_one_name_speaks_in_a_sports_story():
    text = (
        "أكد الاتحاد البرازيلي أن لاعبه الدولي فريد تناول مادة منشطة خلال المباراة "
        "الأخيرة في الدوري. ونفى فريد (22 عاما): «لم أتناول أي مادة محظورة»."
    )
    q = extract_quotes(_z(text))
    assert _cols(q) == [("فريد", "named", "", "")]
    # the same name in a story of no sport names nobody
    text = "وصل فريد إلى المدينة أمس. ونفى فريد (22 عاما): «لم أتناول أي مادة محظورة»."
    q = extract_quotes(_z(text))
    assert _cols(q) == [("-", "unknown", "first_name", "فريد")]
    # a sports story that calls him no player: nobody named
    text = "انتهت المباراة الأخيرة في الدوري بالتعادل. وقال فريد، أحد المشجعين: «كانت مباراة صعبة»."
    q = extract_quotes(_z(text))
    assert _cols(q) == [("-", "unknown", "first_name", "فريد")]


def _hoda_and_mohammed(text: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            _mention(text, "هدى حسين", "PERSON", "rule:PERSON:هدى_حسين"),
            _mention(text, "محمد العلي", "PERSON", "rule:PERSON:محمد_علي"),
        ]
    )


def test_a_masculine_verb_skips_the_women_as_the_feminine_skips_the_men():
    text = (
        "وقالت هدى حسين: «المشروع جاهز». وقال محمد العلي: «التمويل متأخر». "
        "وأضافت: «سنبدأ غدا». وأضاف: «ننتظر الموافقة». ونفت: «لا خلاف بيننا»."
    )
    q = extract_quotes(_z(text), mentions=_hoda_and_mohammed(text))
    # نفت (نفى + ت) is feminine too; وأضاف skips هدى, carried last, for محمد العلي
    assert list(zip(q["speaker"], q["attribution"], strict=True)) == [
        ("هدى حسين", "named"),
        ("محمد العلي", "named"),
        ("هدى حسين", "carried"),
        ("محمد العلي", "carried"),
        ("هدى حسين", "carried"),
    ]
    # the subject before a masculine verb is the man of the clause, not the woman
    text = "وفي المؤتمر هدى حسين ومحمد العلي، وقال: «التمويل متأخر»."
    q = extract_quotes(_z(text), mentions=_hoda_and_mohammed(text))
    assert list(q["speaker"]) == ["محمد العلي"]
    # a plural verb and جاء say no gender: the last speaker is carried
    text = "وقالت هدى حسين: «المشروع جاهز». وجاء في البيان: «الموعد ثابت»."
    q = named_quotes(text, ("هدى حسين", "PERSON", "rule:PERSON:هدى_حسين"))
    assert list(q["speaker"]) == ["هدى حسين", "هدى حسين"]


def test_a_mention_that_lost_its_first_name_tells_no_gender():
    # Josep Maria Bartomeu read as ماريا بارتوميو: ماريا is a woman's name, he is a man,
    # so وأضاف skips هدى حسين, not him
    text = (
        "وقال جوسيب ماريا بارتوميو: «الفريق قوي». وقالت هدى حسين: «الجمهور غاضب». "
        "وأضاف: «لن نبيع أي لاعب»."
    )
    q = named_quotes(
        text,
        ("ماريا بارتوميو", "PERSON", "rule:PERSON:ماريا_بارتوميو"),
        ("هدى حسين", "PERSON", "rule:PERSON:هدى_حسين"),
    )
    assert list(q["speaker"]) == ["ماريا بارتوميو", "هدى حسين", "ماريا بارتوميو"]
    # written after the verb, ماريا is her first name: وأضاف skips both women; with no
    # man named, a continuation verb goes on from nobody (session 13: it stayed with the
    # last speaker, a woman, which a masculine verb cannot have as its subject)
    text = "وقالت ماريا بارتوميو: «الفريق قوي». وقالت هدى حسين: «الجمهور غاضب». وأضاف: «لا»."
    q = named_quotes(
        text,
        ("ماريا بارتوميو", "PERSON", "rule:PERSON:ماريا_بارتوميو"),
        ("هدى حسين", "PERSON", "rule:PERSON:هدى_حسين"),
    )
    assert list(q["speaker"]) == ["ماريا بارتوميو", "هدى حسين", ""]


def test_an_attribution_adverbial_or_a_time_preposition_ends_the_speaker_phrase():
    # وفقا / نقلا: the source of the report follows, the speaker is before it
    q = extract_quotes(_z("وأكد المصدر وفقا لموقع محلي أن «التنظيم انسحب»."))
    assert _cols(q) == [("-", "unknown", "unnamed_source", "المصدر")]


def test_ja_reports_only_a_text():
    # جاء في البيان، وجاء أيضا في: a report; فيما جاء X ثالثا: "came", no reporting verb,
    # so the guillemets after it are a name and the next quote has no speaker to carry
    q = extract_quotes(_z("وجاء أيضا في البيان أن السوداني «أشرف على عمليات كثيرة»."))
    assert list(q["verb"]) == ["وجاء"] and list(q["verb_lemma"]) == ["جاء"]
    text = (
        "وجاء الجامايكي كيمار بايلي كول ثالثا بعدما سجل 9.92 ثانية. "
        "«بالمجمل كان السباق جيدا»، هذا ما قاله بولت، مضيفا «أردت أن أكون أسرع»."
    )
    q = extract_quotes(_z(text))
    assert _cols(q) == [("-", "unknown", "no_subject", "")]


def test_a_number_is_no_speaker_and_a_statement_names_its_issuer_after_li():
    # after the quote: «...»، بحسب بيان للبنتاغون
    text = "وأثنى المسؤول الأميركي «على النجاحات الميدانية»، بحسب بيان للبنتاغون."
    m = pd.DataFrame(
        [dict(_mention(text, "بنتاغون", "ORG", "org:pentagon"), canonical="البنتاغون")]
    )
    q = extract_quotes(_z(text), mentions=m)
    assert list(q["speaker"]) == ["البنتاغون"]
    # a statement with no issuer stays nobody
    q = extract_quotes(_z("وأوضح التقرير الـ 51 أن «النظام يعد من أحدث الأنظمة»."))
    assert _cols(q) == [("-", "unknown", "statement", "التقرير")]
    # a count right after the verb is no speaker: the clause's subject is carried
    q = extract_quotes(_z("وقال سمير الجابري: «بدأنا». وأوضح 51 في المئة منهم أن «الخدمة جيدة»."))
    assert list(zip(q["speaker"], q["attribution"], strict=True)) == [
        ("سمير الجابري", "named"),
        ("سمير الجابري", "carried"),
    ]


def test_a_relay_verb_gives_the_source_after_an():
    # نقلت الشبكة عن مصادر ميدانية أن «...»: the sources speak, the network relays
    q = extract_quotes(_z("ونقلت الشبكة عن مصادر ميدانية أن «ثمانية عناصر قتلوا أمس»."))
    assert _cols(q) == [("-", "unknown", "unnamed_source", "مصادر ميدانية")]
    assert list(q["verb"]) == ["ونقلت"] and list(q["verb_lemma"]) == ["نقل"]
    text = "ونقل «مكتب أخبار سوريا» عن الناشط أحمد الحوراني أن «الجرحى نقلوا إلى المشفى»."
    q = named_quotes(text, ("أحمد الحوراني", "PERSON", "rule:PERSON:احمد_حوراني"))
    assert list(q["speaker"]) == ["أحمد الحوراني"]
    # the passive أُفيد عن: the same
    text = "وأُفيد عن المرصد السوري أن «الاشتباكات مستمرة»."
    q = named_quotes(text, ("المرصد السوري", "ORG", "org:sohr"))
    assert list(q["speaker"]) == ["المرصد السوري"]
    # نقل with عن طريق is a transfer, no report: the last speaker is carried
    text = (
        "وقال سمير الجابري: «بدأنا». وتم نقل ابني عن طريق الهلال الأحمر إلى المستشفى، "
        "وأضاف: «الوضع صعب»."
    )
    q = named_quotes(text, ("الهلال الأحمر", "ORG", "org:red-crescent"))
    assert list(q["speaker"]) == ["سمير الجابري", "سمير الجابري"]


def test_a_first_name_the_story_keeps_as_its_subject_is_that_storys_speaker():
    # a refugee the story names by her first name only, subject of two reporting verbs
    text = (
        "وقالت نور (21 سنة): «قاموا بتفريق الرجال عن النساء». "
        "وأضافت: «لا تذهبوا». وشددت نور: «كل ذلك كذب»."
    )
    q = extract_quotes(_z(text, text))
    assert (
        list(zip(q["speaker"], q["attribution"], strict=True))
        == [
            ("نور", "named"),
            ("نور", "carried"),
            ("نور", "named"),
        ]
        * 2
    )
    # one person of each story: two stories' نور are two speakers
    assert sorted(set(q["speaker_id"])) == ["phrase:نور@q0", "phrase:نور@q1"]
    stories = pd.DataFrame({"story_id": ["q0", "q1"], "outlet": ["sabq", "sabq"]})
    per = quotes_per_speaker(q, by="outlet", stories=stories)
    assert list(zip(per["speaker"], per["quotes"], strict=True)) == [("نور", 3), ("نور", 3)]
    # named once, the first name is still nobody named
    q = extract_quotes(_z("وقالت نور (21 سنة): «قاموا بتفريق الرجال عن النساء»."))
    assert _cols(q) == [("-", "unknown", "first_name", "نور")]


def test_a_mention_run_on_into_a_common_word_is_no_fuller_name_to_choose():
    # خالد رجل (a mention run on into "man") beside خالد بن سعد: the prince is the one
    text = (
        "وكان خالد رجل المرحلة. واستقبل الأمير خالد بن سعد اللاعبين، "
        "وقال الأمير خالد: «لن يخرج أي لاعب»."
    )
    m = pd.DataFrame(
        [
            _mention(text, "خالد رجل", "PERSON", "rule:PERSON:خالد_رجل"),
            _mention(text, "خالد بن سعد", "PERSON", "rule:PERSON:خالد_بن_سعد"),
            _mention(text, "خالد", "PERSON", "rule:PERSON:خالد", nth=2),
        ]
    )
    q = extract_quotes(_z(text), mentions=m)
    assert _cols(q) == [("خالد بن سعد", "named", "", "الأمير")]
    # two fuller names that are both names: still nobody can be chosen (session 8)
    text = "والتقى خالد بن سعد وخالد الفيصل. وقال الأمير خالد: «لن يخرج أي لاعب»."
    m = pd.DataFrame(
        [
            _mention(text, "خالد بن سعد", "PERSON", "rule:PERSON:خالد_بن_سعد"),
            _mention(text, "خالد الفيصل", "PERSON", "rule:PERSON:خالد_فيصل"),
            _mention(text, "خالد", "PERSON", "rule:PERSON:خالد", nth=2),
        ]
    )
    q = extract_quotes(_z(text), mentions=m)
    assert _cols(q) == [("-", "unknown", "first_name", "الأمير خالد")]


def test_a_quantity_in_quote_marks_is_no_quotation():
    # scare quotes around a number and its unit, after a reporting verb
    q = extract_quotes(_z("وأكد الوزير أن الموقف تغير «180 درجة» خلال عام."))
    assert len(q) == 0
    # introduced by a colon it is speech
    q = extract_quotes(_z("وقال الوزير: «180 درجة»."))
    assert list(q["text"]) == ["180 درجة"]
    # an age in quote marks after a name is no part of the speaker's name
    q = extract_quotes(_z('وتقول الطفلة شروق العالي "11 عاما": «استمتعت بالركن كثيرا».'))
    assert list(q["speaker"]) == ["الطفلة شروق العالي"]


#: ``(text, named mentions, speaker_cols rows)``: :func:`quote_cases.named_quotes` cases.
CASES = [
    pytest.param(
        # a title without the article inside the name is the name's
        "وصرح الجنرال عبدالقادر شيخ علي ديني أمام صحافيين: «سيطرت قواتنا على المدينة».",
        (("عبدالقادر", "PERSON", "rule:PERSON:عبدالقادر"),),
        [("عبدالقادر شيخ علي ديني", "named", "", "الجنرال")],
        id="a_mention_cut_to_a_first_name_speaks_by_the_name_the_phrase_writes-1",
    ),
    pytest.param(
        # what follows the name in the phrase is not the name: a time word, a manner
        "وقال الدكتور علي أمس: «الفكرة قديمة».",
        (("علي", "PERSON", "rule:PERSON:علي"),),
        [("-", "unknown", "first_name", "الدكتور علي")],
        id="a_mention_cut_to_a_first_name_speaks_by_the_name_the_phrase_writes-2",
    ),
    pytest.param(
        "وقال وزير الإعلام رمزي جريج عقب لقائه الرئيس سلام أمس: «أكدت له تضامني».",
        (("سلام", "PERSON", "rule:PERSON:سلام"),),
        [("رمزي جريج", "named", "", "وزير الإعلام")],
        id="an_attribution_adverbial_or_a_time_preposition_ends_the_speaker_phrase-1",
    ),
    pytest.param(
        # التقرير الـ51 لمؤسسة النقد: the number is the report's, the issuer follows لـ
        "وأوضح التقرير الـ 51 لمؤسسة النقد العربي السعودي أن «النظام يعد من أحدث الأنظمة».",
        (("مؤسسة النقد العربي السعودي", "ORG", "org:sama"),),
        [("مؤسسة النقد العربي السعودي", "named", "", "")],
        id="a_number_is_no_speaker_and_a_statement_names_its_issuer_after_li-1",
    ),
]


@pytest.mark.parametrize(("text", "named", "expected"), CASES)
def test_speakers(text, named, expected):
    assert _cols(named_quotes(text, *named)) == expected
