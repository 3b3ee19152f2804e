"""Quote speakers, session 7 (issue 13, item 4): kinds seen among the top speakers of the
whole SaudiNewsNet run (outlets that are not held out), each with both readings.

A speaker is a person, an organisation or a named role with a name: a title that is also
a stopword (أمين) still heads a role; the object of a participle of manner (مخاطبا
الحضور) is the addressee, not the speaker; a person nobody names (الزبون، المواطن،
المصدر نفسه) is an unnamed source; the person named right after a noun in construct is
its possessor (محامي حبري), not the speaker; a person named beside the organisation of a
role is the speaker, not the organisation. The sentences are written for these tests
(patterns seen in SaudiNewsNet outlets that are not held out), not copied from a corpus.
"""

from __future__ import annotations

import pandas as pd
import pytest
from quote_cases import mention as _mention
from quote_cases import named_quotes
from quote_cases import speaker_cols as _cols
from quote_cases import zones as _z

from helpers.quotes import extract_quotes


def test_amin_heads_a_role_though_it_is_a_stopword():
    # أمين is a stopword of helpers.text; as a title it heads the role of the name after it
    text = "وقال أمين العاصمة المقدسة أسامة البار: «سنبدأ المشروع غدا»."
    q = named_quotes(text, ("أسامة البار", "PERSON", "rule:PERSON:اسامه_بار"))
    assert _cols(q) == [("أسامة البار", "named", "", "أمين العاصمة المقدسة")]
    # without a mention, the phrase is the speaker (the role's words kept before the name)
    q = extract_quotes(_z(text))
    assert _cols(q) == [("أسامة البار", "named", "", "أمين العاصمة المقدسة")]
    # with no name, the role is an unnamed role (it was not_a_speaker), kept in speaker_role
    q = extract_quotes(_z("وقال أمين منطقة الرياض: «سنبدأ المشروع غدا»."))
    assert _cols(q) == [("-", "unknown", "unnamed_role", "أمين منطقة الرياض")]


def test_the_object_of_a_participle_of_manner_is_the_addressee():
    # وقال مخاطبا الحضور: the audience is spoken to; nobody named, so nothing to carry
    q = extract_quotes(_z("وقال مخاطبًا الحضور: «أنتم أمل الأمة»."))
    assert _cols(q) == [("-", "unknown", "no_subject", "")]
    # a name of the same shape (م...ا) is a name: ماريا غونزاليس speaks; ماريا alone is
    # a first name alone (session 8): no speaker of its own, but the name (first_name,
    # role ماريا), not a participle with no subject
    q = extract_quotes(_z("وقالت ماريا غونزاليس: «أنا سعيدة»."))
    assert _cols(q) == [("ماريا غونزاليس", "named", "", "")]
    q = extract_quotes(_z("وقالت ماريا: «أنا سعيدة»."))
    assert _cols(q) == [("-", "unknown", "first_name", "ماريا")]


def test_a_person_nobody_names_is_an_unnamed_source():
    q = extract_quotes(
        _z(
            "وقال الزبون: «أريد الحساب».",
            "وقال المواطن: «لا نريد شيئا».",
            "وأضاف المصدر نفسه أن «الوضع مستقر».",
        )
    )
    assert _cols(q) == [
        ("-", "unknown", "unnamed_source", "الزبون"),
        ("-", "unknown", "unnamed_source", "المواطن"),
        ("-", "unknown", "unnamed_source", "المصدر نفسه"),
    ]
    # with a name, the noun is that person's description: the person speaks
    text = "وقال المواطن محمد العلي: «لا نريد شيئا»."
    q = named_quotes(text, ("محمد العلي", "PERSON", "rule:PERSON:محمد_علي"))
    assert list(q["speaker"]) == ["محمد العلي"]
    assert list(q["attribution"]) == ["named"]


def test_a_possessor_before_the_speaker_is_not_the_speaker():
    text = (
        "وقال الرئيس السابق حسين حبري إنه بريء. "
        "وأكد محامي حبري إبراهيم ديوارا لوكالة الصحافة الفرنسية أن موكله «بحال جيدة». "
        "وقال محامي حبري: «لن نتراجع»."
    )
    m = pd.DataFrame(
        [
            _mention(text, "حسين حبري", "PERSON", "rule:PERSON:حسين_حبري"),
            _mention(text, "حبري", "PERSON", "rule:PERSON:حسين_حبري", nth=1),
            _mention(text, "إبراهيم ديوارا", "PERSON", "rule:PERSON:ابراهيم_ديوارا"),
            _mention(text, "حبري", "PERSON", "rule:PERSON:حسين_حبري", nth=2),
        ]
    )
    q = extract_quotes(_z(text), mentions=m)
    # the lawyer named after his client speaks; the same role later is carried to him
    assert _cols(q) == [
        ("إبراهيم ديوارا", "named", "", "محامي حبري"),
        ("إبراهيم ديوارا", "carried", "", "محامي حبري"),
    ]
    assert list(q["speaker_id"]) == ["rule:PERSON:ابراهيم_ديوارا"] * 2
    # an honorific style is no possessor: سمو الأمير is the prince himself
    text = "وقال سمو الأمير محمد بن سلمان: «لن نتراجع»."
    q = named_quotes(text, ("الأمير محمد بن سلمان", "PERSON", "person:mbs"))
    assert list(q["speaker_id"]) == ["person:mbs"]


def test_a_person_named_beside_the_organisation_of_a_role_speaks():
    # the organisation itself speaks when no name is beside it
    text = "وقالت وزارة الخارجية الإريترية في بيان: «الهدف هو التجنيد»."
    q = named_quotes(text, ("وزارة الخارجية الإريترية", "ORG", "org:mfa-er"))
    assert list(q["speaker_id"]) == ["org:mfa-er"]
    # ... and a role of it with no name speaks as that office (session 10: a role that
    # names its body is a speaker, a bare title is not; until then an unnamed role)
    text = "وقال المتحدث باسم وزارة الخارجية: «الوضع مستقر»."
    q = named_quotes(text, ("وزارة الخارجية", "ORG", "org:mfa"))
    role = "المتحدث باسم وزارة الخارجية"
    assert _cols(q) == [(role, "named", "", role)]


def test_more_verbs_of_saying_introduce_quotes():
    # verbs of saying of a reference list (أردف، استطرد، بيّن، نوّه، ادّعى، زعم، لفت، وصف،
    # ختم، غرّد) in their present, past and participle forms
    text = (
        "ونوه المدرب خالد العمر إلى أن «الفريق جاهز». "
        "مبينا أن «اللاعبين في حالة جيدة». "
        "ويستطرد العمر: «لن نتهاون». "
        "ووصف سامي الجابر المباراة بأنها «صعبة جدا على الجميع»."
    )
    q = named_quotes(
        text,
        ("خالد العمر", "PERSON", "rule:PERSON:خالد_عمر"),
        ("سامي الجابر", "PERSON", "person:sami-al-jaber"),
    )
    assert list(q["verb"]) == ["ونوه", "مبينا", "ويستطرد", "ووصف"]  # as written
    assert list(q["verb_lemma"]) == ["نوه", "بين", "استطرد", "وصف"]
    assert list(q["attribution"]) == ["named", "carried", "named", "named"]
    # العمر alone is the story's خالد العمر
    assert list(q["speaker_id"]) == ["rule:PERSON:خالد_عمر"] * 3 + ["person:sami-al-jaber"]
    # بين "between" is no verb of saying: a quoted name after it stays a name
    q = extract_quotes(_z("الفرق بين «النصر» و«الهلال» كبير."))
    assert q.empty


def test_a_surname_is_the_person_whose_mention_ran_on():
    # the entity span ran on past the name (جون كيري الجمعة): كيري alone is that person
    text = "والتقى جون كيري الجمعة نظيره الروسي. وقال كيري: «سيكون هذا خطأ فادحا»."
    q = named_quotes(text, ("جون كيري الجمعة", "PERSON", "rule:PERSON:جون_كيري_جمعه"))
    assert list(q["speaker_id"]) == ["rule:PERSON:جون_كيري_جمعه"]
    # a name that runs on into no time word is another person: the surname stays a phrase
    text = "والتقى جون كيري الابن نظيره الروسي. وقال كيري: «سيكون هذا خطأ فادحا»."
    q = named_quotes(text, ("جون كيري الابن", "PERSON", "rule:PERSON:جون_كيري_ابن"))
    assert list(q["speaker_id"]) == ["phrase:كيري"]


def test_the_title_of_a_piece_is_no_quote():
    # تحت عنوان «...»، زاوية «...»: the headline of an article or a column is a name
    text = (
        "ردت الهيئة على ما نشرته زاوية «سبق تقول للمسؤول» تحت عنوان "
        "«يا رئيس الهيئة: الأنظمة ضعيفة والتصريحات حبر على ورق». "
        "وقال رئيس الهيئة: «نرحب بكل نقد»."
    )
    q = extract_quotes(_z(text))
    assert list(q["text"]) == ["نرحب بكل نقد"]


def test_an_organisation_far_before_the_verb_is_another_verbs_subject():
    # «سبق» is the subject of تواصلت; the family's saying is nobody named
    text = (
        "وتواصلت «سبق» مع والدتها وخالها وهما من الجنسية المالية ويسكنان في حي وادي جليل "
        "في شارع الحج حيث قاما فجر الأربعاء بأخذ جثة الطفلة والصلاة عليها ودفنها، "
        "ولسان حال العائلة يقول: «نحن لا نريد شيئا من أحد»."
    )
    q = named_quotes(text, ("سبق", "ORG", "org:sabq"))
    assert list(q["speaker_id"]) == [""]
    # close to the verb, the organisation opening the clause speaks
    text = "وأعلنت وزارة الصحة في بيان مساء أمس، قائلة: «سجلنا ثلاث إصابات جديدة»."
    q = named_quotes(text, ("وزارة الصحة", "ORG", "org:moh"))
    assert list(q["speaker_id"]) == ["org:moh"]


def test_it_is_noted_that_reports_nobody():
    # with a subject after it, يذكر reports: ويذكر الكاتب أن «...»
    text = "ويذكر الكاتب أحمد العلي أن «الخبز الأحمر مطلوب في كل بيت»."
    q = named_quotes(text, ("أحمد العلي", "PERSON", "rule:PERSON:احمد_علي"))
    assert list(q["speaker_id"]) == ["rule:PERSON:احمد_علي"]


def test_a_short_name_after_a_preposition_of_time_or_place_is_no_quote():
    # بعد «طاش ما طاش»، بلا «حماس»: a show named after a preposition; a mention after بلا
    # is no subject
    text = "وقال ناصر القصبي إنه كان مهما أن تكون له محطة بعد «طاش ما طاش»."
    assert extract_quotes(_z(text)).empty


def test_the_next_item_of_a_list_of_quoted_names_is_a_name():
    # «تشيللو» is a name (one word); «24 قيراط» after و is the next title of the list
    text = (
        "وقالت الممثلة: «هناك أعمال لبنانية جميلة جدا». وعن العملين اللذين تشارك فيهما "
        "وهما «العهد» و«حق ميت» قالت: «أحب الدورين»."
    )
    q = extract_quotes(_z(text))
    assert list(q["text"]) == ["هناك أعمال لبنانية جميلة جدا", "أحب الدورين"]
    # a quotation after a name and a word other than و/أو stays a quotation
    text = "وعن مسلسل «العهد» قالت: «أحب هذا الدور كثيرا»."
    q = extract_quotes(_z(text))
    assert list(q["text"]) == ["أحب هذا الدور كثيرا"]


def test_an_accusative_adverb_after_the_verb_is_no_subject():
    # وهو يقول ساخرًا: the adverb in tanween is skipped; nobody named after it
    text = "وقال الفقير محمد العلي: «لن أرحل». وخرج من كوخه وهو يقول ساخرًا: «الله يخليك يا فقر»."
    q = named_quotes(text, ("محمد العلي", "PERSON", "rule:PERSON:محمد_علي"))
    assert list(q["speaker_id"]) == ["rule:PERSON:محمد_علي"] * 2
    assert list(q["attribution"]) == ["named", "carried"]


def test_a_first_name_before_a_surname_mention_is_no_possessor():
    # بختيار دوغان: دوغان is the mention, بختيار a first name no list holds, not a noun
    text = "وقال بختيار دوغان، الناطق الرسمي لقوات حماية الشعب: «الطائرات تواصل هجماتها»."
    q = named_quotes(text, ("دوغان", "PERSON", "rule:PERSON:دوغان"))
    assert list(q["speaker_id"]) == ["rule:PERSON:دوغان"]


def test_a_title_before_a_name_is_no_possessed_noun():
    # أمير عبد اللهيان: أمير is his first name (or a title), not "the emir of"
    text = "وقال أمير عبد اللهيان للإذاعة الحكومية إن «مكافحة التطرف أولوية»."
    q = named_quotes(text, ("عبد اللهيان", "PERSON", "rule:PERSON:عبداللهيان"))
    assert list(q["speaker_id"]) == ["rule:PERSON:عبداللهيان"]


def test_words_after_a_naming_verb_are_a_name():
    # ما يسمى «...»: what something is called, not what someone said
    text = "وحذر الوزير خالد العمر مما يسمى «الجيش الإلكتروني للنظام السوري» وقال: «سنواجهه»."
    q = named_quotes(text, ("خالد العمر", "PERSON", "rule:PERSON:خالد_عمر"))
    assert list(q["text"]) == ["سنواجهه"]
    assert list(q["speaker_id"]) == ["rule:PERSON:خالد_عمر"]


#: ``(text, named mentions, speaker_cols rows)``: :func:`quote_cases.named_quotes` cases.
CASES = [
    pytest.param(
        # ... and the speaker named before the participle speaks: ظريف, not النواب
        "وقال ظريف مخاطبا النواب: «الاتفاق جيد».",
        (("ظريف", "PERSON", "person:zarif"),),
        [("ظريف", "named", "", "")],
        id="the_object_of_a_participle_of_manner_is_the_addressee-1",
    ),
    pytest.param(
        # with the participle, the last speaker is carried (the addressee is no subject)
        "وقال ظريف: «الاتفاق جيد». ثم قال مخاطبا النواب: «صوتوا له».",
        (("ظريف", "PERSON", "person:zarif"),),
        [("ظريف", "named", "", ""), ("ظريف", "carried", "", "")],
        id="the_object_of_a_participle_of_manner_is_the_addressee-2",
    ),
    pytest.param(
        # a possessor with no one named after it: the role speaks, nobody known
        "وقال نجل صالح: «والدي بخير».",
        (("صالح", "PERSON", "person:saleh"),),
        [("-", "unknown", "unnamed_role", "نجل صالح")],
        id="a_possessor_before_the_speaker_is_not_the_speaker-1",
    ),
    pytest.param(
        # سفير خادم الحرمين الشريفين: the king's ambassador, unnamed, not the king
        "أكد سفير خادم الحرمين الشريفين بالأردن أن «العلاقات تمر بأفضل مراحلها».",
        (("خادم الحرمين الشريفين", "PERSON", "person:king-salman"),),
        [("-", "unknown", "unnamed_role", "سفير خادم الحرمين الشريفين")],
        id="a_possessor_before_the_speaker_is_not_the_speaker-2",
    ),
    pytest.param(
        "وقال رئيس بلدية تشاتانوغا أندي بيرك لشبكة «سي إن إن» إن «الوضع مستقر».",
        (("بلدية تشاتانوغا", "ORG", "rule:ORG:بلديه_تشاتانوغا"),),
        [("أندي بيرك", "named", "", "رئيس بلدية تشاتانوغا")],
        id="a_person_named_beside_the_organisation_of_a_role_speaks-1",
    ),
    pytest.param(
        # the name first, then the role
        "وقال جيري رايس المتحدث باسم صندوق النقد الدولي: «لم تعد اليونان متأخرة».",
        (("صندوق النقد الدولي", "ORG", "org:imf"),),
        [("جيري رايس", "named", "", "المتحدث باسم صندوق النقد الدولي")],
        id="a_person_named_beside_the_organisation_of_a_role_speaks-2",
    ),
    pytest.param(
        # يذكر أن "it is noted that" (يُذكر): the quote is the writer's, not the last speaker's
        "وقال حمزة الحكيم: «الخبز الأحمر مطلوب». "
        "يذكر أن ركن «المخبز الحساوي في المهرجان الكبير» يقدم خبز التمر.",
        (("حمزة الحكيم", "PERSON", "rule:PERSON:حمزه_حكيم"),),
        [("حمزة الحكيم", "named", "", "")],
        id="it_is_noted_that_reports_nobody-1",
    ),
    pytest.param(
        # منير alone is a common first name (session 8): no speaker of its own, but the name
        "وأضاف منير بلا حماس: «أهلا، ما الذي جاء بك؟».",
        (("حماس", "ORG", "org:hamas"),),
        [("-", "unknown", "first_name", "منير")],
        id="a_short_name_after_a_preposition_of_time_or_place_is_no_quote-1",
    ),
    pytest.param(
        # ... and a subject after the adverb is the speaker (وقال أيضًا الوزير عادل الجبير)
        "وقال أيضًا وزير الخارجية عادل الجبير: «لن نتراجع».",
        (("عادل الجبير", "PERSON", "person:jubeir"),),
        [("عادل الجبير", "named", "", "وزير الخارجية")],
        id="an_accusative_adverb_after_the_verb_is_no_subject-1",
    ),
    pytest.param(
        # واصفة العمل بالضخم: العمل is what she described, not a new speaker to carry
        "وقالت الممثلة أمل بوشوشة إنها استمتعت بالمسلسل واصفة العمل بالضخم. "
        "وأضافت: «قصدت أن أتحول إلى هذا النوع من الأدوار».",
        (("أمل بوشوشة", "PERSON", "rule:PERSON:امل_بوشوشه"),),
        [("أمل بوشوشة", "carried", "", "الممثلة")],
        id="the_words_after_a_participle_of_saying_are_its_object-1",
    ),
    pytest.param(
        # بلا حماس "without enthusiasm" ends the phrase: حماس is not the speaker. عز alone is
        # no honorific since session 8 (only in عز وجل); alone and in no first-name list it
        # reads as the everyday word عز "glory" (Zipf 4.8), so it names nobody: no_subject
        "وأضاف عز بلا حماس: «أهلا، ما الذي جاء بك؟».",
        (("حماس", "ORG", "org:hamas"),),
        [("-", "unknown", "no_subject", "")],
        id="a_mention_after_bla_is_no_subject-1",
    ),
]


@pytest.mark.parametrize(("text", "named", "expected"), CASES)
def test_speakers(text, named, expected):
    assert _cols(named_quotes(text, *named)) == expected
