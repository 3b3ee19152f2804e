"""Session 10 (branch orgs10): organisation recall that carries over, by kind. Every
sentence was written for this file; expected values worked out by reading it against
the annotation conventions of tests/data/heldout/README.md and tests/data/dev4/README.md
(spans without attached proclitics, head nouns kept, the longest name; medical and
research centres, networks and company groups are ORG). Offsets count code points from
the start of the body: a word's offset is the length of the text before it."""

from __future__ import annotations

import pytest
from entity_stories import mention_rows, picked, stories

from helpers.entities import extract_entities

#: What a test compares of each mention.
COLUMNS = ("story_id", "surface", "start", "method")


def rows(m, typ=None):
    """:data:`COLUMNS` of the mentions of type ``typ`` (None: all), in table order."""
    return picked(m, typ, COLUMNS)


def test_a_name_ends_before_affiliated_to():
    # التابع/التابعة "affiliated to" is a definite word but no part of the name before it
    m = extract_entities(
        stories(
            # "حضر الحفل رئيس " is 15 code points; منطقة الشرقية after "التابعة ل" at 36
            "حضر الحفل رئيس بلدية مليجة التابعة لمنطقة الشرقية.",
            # "وتقام المباراة على " 19
            "وتقام المباراة على ملعب لوفتس رود التابع للنادي.",
        )
    )
    assert rows(m) == [
        ("s1", "بلدية مليجة", 15, "rule"),
        ("s1", "منطقة الشرقية", 36, "rule"),
        ("s2", "ملعب لوفتس رود", 19, "rule"),
    ]


# --- the Eastern Province by its adjective ----------------------------------------------


def test_a_directorate_of_the_eastern_province_named_by_its_adjective():
    # الشرقية is the Eastern Province where the context says place (place_context.txt),
    # so a directorate head before it names the directorate (DIRECTORATE_HEADS)
    m = extract_entities(
        stories(
            "وطالبوا أمانة الشرقية بتثمين المباني.",  # "وطالبوا " 8
            "وقال مدير صحة الشرقية إن الحالات تراجعت.",  # "وقال مدير " 10
            "وأقيمت الفعاليات في الشرقية أمس.",  # "وأقيمت الفعاليات في " 20
            "ووقف على الجهة الشرقية من السور.",  # "eastern": no place
        )
    )
    assert rows(m) == [
        ("s1", "أمانة الشرقية", 8, "rule"),
        ("s2", "صحة الشرقية", 10, "rule"),
        ("s3", "الشرقية", 20, "context"),
    ]
    assert list(m[m["story_id"] == "s3"]["canonical"]) == ["المنطقة الشرقية"]


# --- the country named with its article: without it, the adjective --------------------


def test_saudi_without_its_article_is_the_adjective_not_the_country():
    # السعودية is the country's name with its article; سعودية without it is always the
    # feminine adjective, so no head noun before it makes an ORG or a LOC
    m = extract_entities(
        stories(
            "تخرج من جامعة سعودية أو من جامعة أخرى.",
            "وقالت مصادر سعودية إن الوفد وصل.",
            "وأكد أن للسعودية دورا كبيرا.",  # "وأكد أن " 8, then ل: the span starts at 9
        )
    )
    assert list(zip(m["story_id"], m["surface"], m["type"], m["start"], strict=True)) == [
        ("s1", "سعودية", "NORP", 14),  # "تخرج من جامعة " 14
        ("s2", "سعودية", "NORP", 12),  # "وقالت مصادر " 12
        ("s3", "لسعودية", "LOC", 9),
    ]


#: ``(bodies, type, rows of COLUMNS)``: :func:`entity_stories.mention_rows` cases.
CASES = [
    # --- heads that name a body only before a name: مركز، شبكة، مجموعة ----------------------
    pytest.param(
        (
            # "وأعلن " is 6 code points: the head starts at 6
            "وأعلن مركز البحوث الزراعية الوطني نتائج الموسم.",
            # "ووقعت " 6
            "ووقعت مجموعة العثيم القابضة عقدا جديدا.",
        ),
        "ORG",
        [
            ("s1", "مركز البحوث الزراعية الوطني", 6, "rule"),
            ("s2", "مجموعة العثيم القابضة", 6, "rule"),
        ],
        id="a_centre_network_or_group_closed_by_an_org_adjective_is_an_org",
    ),
    pytest.param(
        (
            # "وقال قائد في " is 13 code points; حقاني (Zipf 2.8) no Arabic word
            "وقال قائد في شبكة حقاني إن الهجوم فشل.",
            # "وتعاقدت الوزارة مع " 19; الشايعي a family nisba the lexicon lacks
            "وتعاقدت الوزارة مع مجموعة الشايعي لتشغيل المخيم.",
        ),
        "ORG",
        [
            ("s1", "شبكة حقاني", 13, "rule"),
            ("s2", "مجموعة الشايعي", 19, "rule"),
        ],
        id="a_network_or_group_before_one_rare_name_is_an_org",
    ),
    pytest.param(
        (
            "وشارك في اللقاء مجموعة من الباحثين.",  # "a group of"
            "وأصلحت البلدية شبكة المياه الرئيسية في الحي.",  # "the main water network"
            "ولعب المدافع في مركز الحارس الأساسي.",  # "the goalkeeper's position"
            "وصدرت له مجموعة قصصية جديدة.",  # "a collection of stories": an adjective
            "وافتتح مركز يدعم المواقع العربية.",  # "a centre that supports": a verb
            "وزار الأمير مركز طبب أمس.",  # a Saudi district, a place
        ),
        "ORG",
        [],
        id="a_centre_network_or_group_in_an_everyday_phrase_is_no_org",
    ),
    pytest.param(
        # القابضة closes a company's name as the other ORG tail adjectives do; "وأعلنت " is 7
        ("وأعلنت شركة الرمال القابضة أرباحها.",),
        "ORG",
        [("s1", "شركة الرمال القابضة", 7, "rule")],
        id="a_holding_company_keeps_the_word_holding",
    ),
    # --- a ministry named by its domain; a definite word is no verb ------------------------
    pytest.param(
        # العمل، التجارة، النقل make everyday phrases after حركة or مجلس (NOT_ORG_COMPLEMENTS)
        # but name the ministry after وزارة; النقل is no reporting verb (نقل) with its article
        (
            "وأصدرت وزارة العمل قرارا جديدا.",  # "وأصدرت " 7
            "وقالت وزارة التجارة والصناعة إن الأسعار مستقرة.",  # "وقالت " 6
            "وأعلنت وزارة النقل افتتاح الطريق.",  # "وأعلنت " 7
        ),
        "ORG",
        [
            ("s1", "وزارة العمل", 7, "rule"),
            ("s2", "وزارة التجارة والصناعة", 6, "rule"),
            ("s3", "وزارة النقل", 7, "rule"),
        ],
        id="a_ministry_named_by_a_common_complement_is_an_org",
    ),
    pytest.param(
        (
            "وقال اتحاد النقل الجوي إن الطلب ارتفع.",  # IATA; "وقال " 5
            "وتوقفت حركة النقل الجوي في المطار.",  # air traffic
            "وحضر أعضاء هيئة التدريس الحفل.",  # the teaching staff
            "ووافق مجلس الإدارة على الأرباح.",  # the board
        ),
        "ORG",
        [("s1", "اتحاد النقل الجوي", 5, "rule")],
        id="a_common_complement_with_an_org_adjective_names_a_body_save_after_a_verbal_noun",
    ),
    # --- a fund ----------------------------------------------------------------------------
    pytest.param(
        (
            "وأعلن صندوق المئوية تمويل المشاريع.",  # "وأعلن " 6
            "وقال مدير صندوق مكافحة الإدمان إن البرنامج بدأ.",  # "وقال مدير " 10
            "وسجل في برنامج صندوق الموارد البشرية.",  # "وسجل في برنامج " 15
            "وأدلى الناخبون بأصواتهم في صندوق الاقتراع.",  # the ballot box
            "ووضع الحقيبة في صندوق السيارة.",  # the car's boot
        ),
        "ORG",
        [
            ("s1", "صندوق المئوية", 6, "rule"),
            ("s2", "صندوق مكافحة الإدمان", 10, "rule"),
            ("s3", "صندوق الموارد البشرية", 15, "rule"),
        ],
        id="a_fund_is_an_org_head_save_in_everyday_phrases",
    ),
    # --- a company described before its quoted name ----------------------------------------
    pytest.param(
        # the gold has the quoted name alone (شركة «نوكيا» gives نوكيا); the description
        # with its nationality is no ORG. Without a nationality the words are the name
        # (and the quote after them no name the rule reads).
        # "وقالت شركة صناعة السيارات الألمانية «" is 37 code points; "وأضافت شركة خدمات
        # الإنترنت الأميركية العملاقة «" 47; "وقالت " 6
        (
            "وقالت شركة صناعة السيارات الألمانية «ماركو» إن المبيعات ارتفعت.",
            "وأضافت شركة خدمات الإنترنت الأميركية العملاقة «سيرتش» خاصية جديدة.",
            "وقالت شركة الرمال القابضة «رمال» إن أرباحها ارتفعت.",
        ),
        "ORG",
        [
            ("s1", "ماركو", 37, "rule"),
            ("s2", "سيرتش", 47, "rule"),
            ("s3", "شركة الرمال القابضة", 6, "rule"),
        ],
        id="a_company_described_with_a_nationality_before_its_quoted_name",
    ),
]


@pytest.mark.parametrize(("bodies", "typ", "expected"), CASES)
def test_mentions(bodies, typ, expected):
    assert mention_rows(bodies, typ, COLUMNS) == expected
