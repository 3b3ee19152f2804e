"""Quote speakers, session 14 (branch quotes14): the leftovers of issue 13, each fixed as
a kind; the right values are worked out by hand.

The sentences are written for these tests (patterns seen in the outlets), not copied
from a corpus.
"""

from __future__ import annotations

import pytest
from quote_cases import named_quotes, zones
from quote_cases import speaker_cols as _cols

from helpers.quotes import extract_quotes

OMAR = ("خالد العمر", "PERSON", "rule:PERSON:خالد_عمر")
JABER = ("سامي الجابر", "PERSON", "person:sami-al-jaber")
HIND = ("هند العلي", "PERSON", "rule:PERSON:هند_علي")


# --- 1. continuation verbs in the dual and the feminine plural


@pytest.mark.parametrize(
    "verb, lemma",
    [
        ("وأضافا", "أضاف"),
        ("وتابعا", "تابع"),
        ("وقالتا", "قال"),
        ("وأضفن", "أضاف"),
        ("وأوضحتا", "أوضح"),
        ("ويقولان", "قال"),
    ],
)
def test_a_dual_or_feminine_plural_verb_after_one_person_goes_on_from_nobody(verb, lemma):
    # one man spoke; a verb of two or more people cannot go on from him: unknown, the
    # verb read as written with its dictionary form (before: not a reporting word, so
    # وأضفن was a headline «name» and the others carried خالد العمر)
    text = f"وقال خالد العمر: «نعمل بجد». {verb}: «لن نتوقف»."
    q = named_quotes(text, OMAR)
    assert _cols(q) == [
        ("خالد العمر", "named", "", ""),
        ("-", "unknown", "no_subject", ""),
    ]
    assert list(q["verb"]) == ["وقال", verb]
    assert list(q["verb_lemma"]) == ["قال", lemma]


def test_a_dual_verb_goes_on_from_the_two_named_before_it():
    # «خالد العمر وسامي الجابر» spoke together (one phrase): وأضافا carries them
    text = "وقال المدربان خالد العمر وسامي الجابر: «نعمل بجد». وأضافا: «لن نتوقف»."
    q = extract_quotes(zones(text))
    assert list(q["attribution"]) == ["named", "carried"]
    assert q["speaker"].iloc[1] == q["speaker"].iloc[0] != ""
    assert list(q["verb"]) == ["وقال", "وأضافا"]


def test_a_feminine_plural_verb_goes_on_from_a_group():
    text = "وقالت المعلمات: «نعمل بجد». وأضفن: «لن نتوقف»."
    q = extract_quotes(zones(text))
    assert list(zip(q["speaker"], q["attribution"], strict=True)) == [
        ("المعلمات", "named"),
        ("المعلمات", "carried"),
    ]


def test_a_dual_in_alif_is_no_participle_and_tells_no_gender():
    from helpers.quotes.wordkinds import _participle, _verb_gender
    from helpers.text.normalize import normalize

    for form in ("أضافا", "قالتا", "أضفن", "يقولان", "قالوا", "قولهم"):
        assert not _participle(normalize(form)), form
        assert _verb_gender(normalize(form)) == "", form
    assert _participle(normalize("مضيفا")) and _verb_gender(normalize("مضيفا")) == "m"
    assert _participle(normalize("مستطردة")) and _verb_gender(normalize("مستطردة")) == "f"


def test_the_plural_forms_are_rows_of_the_one_list():
    from helpers.text.stopwords import reporting_plurals, reporting_words

    plurals = reporting_plurals()
    assert plurals <= set(reporting_words())
    assert {"قالا", "قالتا", "قلن", "يقولان", "اضافا", "اضفن", "قالوا", "قولهم"} <= plurals
    assert "قال" not in plurals and "مضيفا" not in plurals
    # accusative nouns of the same letters are not listed (نفيا "denial", وصفا)
    assert not {"نفيا", "وصفا", "كتبا", "ذكرا"} & set(reporting_words())


# --- 2. a participle of manner is never the speaker


@pytest.mark.parametrize("participle", ["مستطردة", "مستدركة", "مختتمة", "متسائلة"])
def test_a_feminine_participle_carries_the_speaker(participle):
    # «مستطردة» was a headline name (a word and a colon): it is the accusative
    # participle of a verb of saying, so the woman who spoke goes on
    text = f"وقالت هند العلي: «نعمل بجد»، {participle}: «لن نتوقف»."
    q = named_quotes(text, HIND)
    assert _cols(q) == [("هند العلي", "named", "", ""), ("هند العلي", "carried", "", "")]
    assert q["verb"].iloc[1] == participle


@pytest.mark.parametrize(
    "clause",
    ["، مستنكرة:", "، وتابعت ساخرة:", "، ثم قالت مبتسمة:", "، وتابعت متهكمة:"],
)
def test_a_manner_word_alone_is_no_speaker(clause):
    # an accusative adjective of manner (حال) in the speaker's place, in the list of
    # reporting words or not: she goes on speaking (before: the word was the speaker)
    text = f"وقالت هند العلي: «نعمل بجد»{clause} «لن نتوقف»."
    q = named_quotes(text, HIND)
    assert _cols(q) == [("هند العلي", "named", "", ""), ("هند العلي", "carried", "", "")]


def test_a_manner_word_alone_before_a_colon_is_no_headline_name():
    # «مفكرة:» (a column's rubric, "notebook") and «مستنكرا:» opening a story name
    # nobody: unknown, never a speaker called مفكرة
    q = extract_quotes(zones("مفكرة: «خبز من الخيار»", "مستنكرا: «لن نتوقف»."))
    assert _cols(q) == [("-", "unknown", "no_subject", "")] * 2


@pytest.mark.parametrize("name", ["بوقرة", "كيري"])
def test_a_name_alone_stays_a_speaker(name):
    # ة or no ة, a name the lexicon does not hold as an ordinary word still speaks
    q = extract_quotes(zones(f"وقال {name}: «نعمل بجد»."))
    assert list(q["speaker"]) == [name]


# --- 6. to complete or conclude is no speech: «بر الوالدين»


def test_a_verb_of_completing_that_opens_no_quote_names_no_speaker():
    # ويكمل "completes" the scene of بر الوالدين (piety to parents): the quoted words
    # after it are the writer's, opened by no colon; before, «المشهد التراجيدي البر
    # بالوالدين» was their speaker and was carried to the next quote
    text = (
        "ويكمل المشهد التراجيدي البر بالوالدين من الأبناء الصالحين "
        '"نحسبهم كذلك ولا نزكيهم على الله". رحل الناس وبقي "رمضان" فهل نبقى؟ '
        'كلنا راحلون وحجوزاتنا مؤكدة "واحد ورى واحد".'
    )
    q = extract_quotes(zones(text))
    assert "الوالدين" not in "".join(q["speaker"])
    assert list(q["text"]) == ["واحد ورى واحد"]
    assert _cols(q) == [("-", "unknown", "no_subject", "")]
    # اختتمت فعاليات مؤتمر «...»: the conference's name, no speaker
    q = extract_quotes(zones("اختتمت فعاليات مؤتمر الرياض “من أجل إنقاذ اليمن”."))
    assert len(q) == 0


@pytest.mark.parametrize(
    "text, verb",
    [
        ("واختتم «لا توجد مشكلة».", "واختتم"),  # the quote right after the verb
        ("وأكمل العمر: «لا توجد مشكلة».", "وأكمل"),  # a colon
        ("وختم العمر حديثه بأن «لا توجد مشكلة».", "وختم"),  # a complementiser
        ("«لا توجد مشكلة»، ختم العمر.", "ختم"),  # after the quote
        ("فيكمل: «لا توجد مشكلة».", "فيكمل"),
    ],
)
def test_a_verb_of_completing_that_opens_its_quote_reports_it(text, verb):
    body = f"وقال المدرب خالد العمر إن «الفريق جاهز». {text}"
    q = named_quotes(body, OMAR)
    assert list(q["speaker"]) == ["خالد العمر", "خالد العمر"]
    assert list(q["verb"]) == ["وقال", verb]


# --- 3. the subject before the verb


@pytest.mark.parametrize(
    "clause, expected",
    [
        # a role with no name and nobody named with it: unknown, the role kept (before:
        # the last speaker, سامي الجابر, was carried to it, a wrong speaker)
        ("وزير الرياضة قال إن", ("-", "unknown", "unnamed_role", "وزير الرياضة")),
        ("مصدر مطلع قال إن", ("-", "unknown", "unnamed_source", "مصدر مطلع")),
        # the same clause with the verb first reads the same
        ("وقال وزير الرياضة إن", ("-", "unknown", "unnamed_role", "وزير الرياضة")),
        # a person's mention before the verb (as before) and a role with its name
        ("وخالد العمر، قال إن", ("خالد العمر", "named", "", "")),
        ("الوزير خالد العمر قال إن", ("خالد العمر", "named", "", "الوزير")),
        # a prepositional phrase or a time word before the verb is no subject: carried
        ("بدوره قال إن", ("سامي الجابر", "carried", "", "")),
        ("اليوم قال إن", ("سامي الجابر", "carried", "", "")),
    ],
)
def test_a_subject_before_the_verb_speaks(clause, expected):
    text = f"وقال سامي الجابر: «نعمل». {clause} «الفريق جاهز»."
    q = named_quotes(text, *[m for m in (OMAR, JABER) if m[0] in text])
    assert _cols(q) == [("سامي الجابر", "named", "", ""), expected]


def test_a_role_before_the_verb_is_its_holder_and_goes_on():
    text = (
        "وقال وزير الرياضة خالد العمر: «نعمل». وقال سامي الجابر: «نعمل». "
        "الوزير قال إن «الفريق جاهز». وأضاف: «نعم»."
    )
    q = named_quotes(text, OMAR, JABER)
    assert list(zip(q["speaker"], q["attribution"], strict=True)) == [
        ("خالد العمر", "named"),
        ("سامي الجابر", "named"),
        ("خالد العمر", "carried"),  # الوزير: the minister named before
        ("خالد العمر", "carried"),
    ]


# --- 5. unknown speakers: the subject of the sentence before, after its own title

KENYATTA = ("أوهورو كيناتا", "PERSON", "rule:PERSON:اوهورو_كيناتا")
OBAMA = ("باراك أوباما", "PERSON", "person:barack-obama")


@pytest.mark.parametrize(
    "sentence",
    [
        "أقر الرئيس الكيني أوهورو كيناتا بوجود تهديد إرهابي.",
        # the sentence opens with an adverbial; its clause after the commas with the verb
        "وفي خطاب متلفز، أول من أمس، أقر الرئيس الكيني أوهورو كيناتا بوجود تهديد.",
        "أقر أوهورو كيناتا بوجود تهديد إرهابي.",  # as before: no title
    ],
)
def test_a_subjectless_verb_goes_on_from_the_titled_subject_before_it(sentence):
    # nobody spoke before; the sentence before opens with a verb whose subject is a
    # person after his own title: he goes on (before: unknown, no_subject)
    q = named_quotes(f"{sentence} وقال: «بلدنا تحمل هجمات».", KENYATTA)
    assert _cols(q) == [("أوهورو كيناتا", "carried", "", "")]


@pytest.mark.parametrize(
    "sentence",
    [
        # two people open clauses of the sentence: nobody is carried
        "وفي خطاب متلفز، أقر أوهورو كيناتا بوجود تهديد، وانتقد باراك أوباما الهجوم.",
        # a second title: the king is the subject, the president the object
        "واستقبل الملك الرئيس الأميركي باراك أوباما.",
        # punctuation between the verb and the name
        "أقر، أمس، الرئيس باراك أوباما بوجود تهديد.",
    ],
)
def test_no_subject_is_carried_from_a_sentence_that_names_no_one_subject(sentence):
    text = f"{sentence} وقال: «بلدنا تحمل هجمات»."
    q = named_quotes(text, *[m for m in (KENYATTA, OBAMA) if m[0] in text])
    assert _cols(q) == [("-", "unknown", "no_subject", "")]


def test_a_heading_before_a_verb_with_its_own_subject_is_no_subject():
    # «دراسة جامعة أوكسفورد» is a heading run into the text: the verb has its subject
    # after it (quotes_dev5 tune, 2015-08-01), so the fronted phrase is none
    text = 'دراسة جامعة أوكسفورد يقول خالد العمر، الأستاذ بالجامعة: "كانت هناك فرص".'
    q = named_quotes(text, OMAR)
    assert list(q["speaker"]) == ["خالد العمر"]
