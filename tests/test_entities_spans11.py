"""Entity spans and non-entities on raw text, session 11 (branch spans11).

Each kind was counted in the hand-judged sample of 2015-08-03 (and the 27 errors of the
2015-07-23 sample, ``benchmarks/precision/``) and judged on every mention it changed on
the SaudiNewsNet stories of 2015-07-31 (outlets other than the held-out four;
DEVELOPING.md, "Session 11 (branch spans11)"). Every expected span was read off the
sentence by hand: the name as a reader marks it, without title, nationality or role
(tests/data/dev*/README.md).
"""

from __future__ import annotations

from entity_stories import person_surfaces as surfaces
from entity_stories import spans

# --- a family name after a patronymic chain ---------------------------------------


def test_a_first_name_with_the_article_closes_a_patronymic():
    # السالم، الراشد: Najdi family names made of a first name and the article; after
    # «X بن Y» they close the name even where the clause goes on (2015-07-23 sample:
    # أحمد بن محمد | السالم)
    assert surfaces("وقال أحمد بن محمد السالم إن المشروع تأخر") == ["أحمد بن محمد السالم"]
    assert surfaces("وأوضح سعود بن عبدالله الراشد أن اللجنة اجتمعت") == ["سعود بن عبدالله الراشد"]


def test_an_everyday_word_after_a_patronymic_stays_out():
    # الحمد "praise" opens a formula (الحمد لله) and is too frequent a word (4.76);
    # الحفل is no first name: the name ends at the father's name
    assert surfaces("وقال فهد بن سلمان الحمد لله على السلامة")[0] == "فهد بن سلمان"
    assert surfaces("ورعى الأمير سعود بن نايف الحفل") == ["سعود بن نايف"]


def test_a_second_family_name_after_a_patronymic():
    # clan, then tribe (2015-07-23 sample: يحيى بن محمد الرفيدي | القحطاني); a
    # nationality is no family name (السعودي) nor is a modifier (الحالي)
    assert surfaces("وقال يحيى بن محمد الرفيدي القحطاني إن") == ["يحيى بن محمد الرفيدي القحطاني"]
    assert surfaces("وقال فهد بن عبدالله الحالي إن") == ["فهد بن عبدالله"]


# --- a compound first name is one first name ---------------------------------------


def test_a_surname_after_a_compound_first_name():
    # عبد القادر is one first name: a surname no Arabic word reads as may follow it,
    # as after محمد (2015-07-23 sample: عبد القادر | خمري; 2015-07-31: عبد الغني باتاي)
    assert surfaces("وقال عبد القادر خمري إن الاتفاق") == ["عبد القادر خمري"]
    assert surfaces("وأقال المدعي العام عبد الغني باتاي الذي") == ["عبد الغني باتاي"]
    # a past-tense verb, a noun with a pronoun suffix, an everyday noun are no surname
    # (2015-07-31: عبد الحميد اختطف، عبد القادر تأكيده، جامعة الملك عبد العزيز عنوان)
    assert surfaces("وقالت المحكمة إن عبد الحميد اختطف شقيقه") == ["عبد الحميد"]
    assert surfaces("وجدد عبد القادر تأكيده أن الحل قريب") == ["عبد القادر"]
    assert spans("في جامعة الملك عبد العزيز عنوان «سوق عكاظ»") == [
        ("جامعة الملك عبد العزيز", "ORG")
    ]


# --- an organisation's name ends after the adjective of its field -----------------------


def test_a_relational_adjective_after_a_field_noun_is_part_of_the_name():
    # a field noun (data/org_fields.txt) named by its adjective: the body's name
    # (2015-07-22 sample: لجنة التنمية | السياحية، مستشفى الصحة | النفسية)
    assert spans("وقال رئيس مجلس التنمية السياحية بالمنطقة إن") == [
        ("مجلس التنمية السياحية", "ORG")
    ]
    assert spans("وقال رئيس لجنة الشؤون الخارجية إن") == [("لجنة الشؤون الخارجية", "ORG")]
    assert spans("افتتح مستشفى الصحة النفسية قسما") == [("مستشفى الصحة النفسية", "ORG")]
    # a coordinated adjective goes on the field
    assert spans("وقال باحث في معهد البحوث الاقتصادية والاجتماعية إن") == [
        ("معهد البحوث الاقتصادية والاجتماعية", "ORG")
    ]


def test_an_adjective_after_an_everyday_complement_describes_the_body():
    # الأنباء is no field: «الرسمية» says the agency is official, no part of its name
    assert spans("وذكرت وكالة الأنباء الرسمية أن") == [("وكالة الأنباء", "ORG")]
    # an abstract noun in -ية is no adjective: its masculine (المسؤولي) is no word
    # (2015-07-31: حمل الأهالي وزارة الصحة المسؤولية "held the ministry responsible")
    assert spans("حمل الأهالي وزارة الصحة المسؤولية الكاملة") == [("وزارة الصحة", "ORG")]


# --- a present-tense verb ends an organisation's or a place's name ----------------------


def test_a_head_noun_before_a_verb_names_nothing():
    # شرطة "police" + a verb (2015-08-03 sample: دورية [[شرطة تتفاعل]] مع زفة عريس)
    assert spans("شاهد.. دورية شرطة تتفاعل مع زفة عريس") == []
    # مدينة "a city" + a verb (2015-07-31: كانت [[مدينة تستضيف الألعاب]])
    assert spans("كانت مدينة تستضيف الألعاب") == []


def test_a_name_ends_before_the_verb_of_its_clause():
    assert spans("وقال إن إقليم فيكتوريا يجب التوقف عن") == [("إقليم فيكتوريا", "LOC")]
    assert spans("وقالت شرطة جدة تعلن عن") == [("شرطة جدة", "ORG")]


def test_a_place_that_reads_as_a_verb_stays():
    # تدمر "destroys" is a gazetteer name's word: the town (Palmyra) keeps its head
    assert spans("وصلوا إلى مدينة تدمر الأثرية") == [("مدينة تدمر", "LOC")]
    # a verbal noun in ت that takes the article (التقصي) is no verb: لجنة تقصي الحقائق
    # (2015-07-31, lost to a first try without this test)
    assert spans("وسبق للجنة تقصي الحقائق أن") == [("لجنة تقصي الحقائق", "ORG")]


# --- a body named after a place ends after the adjective of its kind --------------------


def test_an_adjective_of_the_head_s_gender_after_a_place_names_the_body_s_kind():
    # the literary clubs (2015-07-23 sample: نادي الأحساء | الأدبي; 2015-08-03: نادي
    # الباحة | الأدبي الثقافي): نادي is masculine, so are الأدبي، الثقافي
    assert spans("وقال رئيس نادي الأحساء الأدبي إن") == [("نادي الأحساء الأدبي", "ORG")]
    assert spans("ضمن شراكة نادي الباحة الأدبي الثقافي وقع النادي") == [
        ("نادي الباحة الأدبي الثقافي", "ORG")
    ]


def test_a_stance_adjective_is_no_part_of_a_name():
    # الرسمية says what the agency is held to be (2015-07-31: وكالة أنباء الشرق الأوسط
    # | الرسمية, lost to a first try); the gazetteer's name stays
    assert spans("حسبما أعلنت وكالة أنباء الشرق الأوسط الرسمية أمس") == [
        ("وكالة أنباء الشرق الأوسط", "ORG")
    ]


# --- و between two bodies ---------------------------------------------------------------


def test_a_head_noun_after_wa_opens_a_second_body():
    # 2015-07-23 sample: [[اتحاد الكرة والشرطة الصربية]] is two bodies
    assert spans("وقال اتحاد الكرة والشرطة الصربية إن") == [
        ("اتحاد الكرة", "ORG"),
        ("الشرطة الصربية", "ORG"),
    ]
    # a coordinated field stays inside the name
    assert spans("أعلنت وزارة التربية والتعليم أمس") == [("وزارة التربية والتعليم", "ORG")]


# --- a first name the stopword list held ------------------------------------------------


def test_muadh_is_a_first_name_and_muadh_allah_an_oath():
    # Arabic-Stopwords lists معاذ for the oath معاذ الله; as a stopword it opened no
    # name (2015-07-23 sample: حسن | معاذ, معاذ بن | إبراهيم الجعفري)
    assert surfaces("وقال حسن معاذ إن") == ["حسن معاذ"]
    assert surfaces("وقال معاذ الخطيب إن الحل") == ["معاذ الخطيب"]
    assert surfaces("فقال معاذ الله أن نفعل ذلك") == []
