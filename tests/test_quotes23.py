"""Session 23 (quotes23): quote kinds a newcomer saw wrong on real SaudiNewsNet stories.
Sentences written for the tests; each expected row worked out by hand: (quote, speaker,
attribution, unknown_reason, speaker_role)."""

from __future__ import annotations

import pytest
from quote_cases import quote_rows


# 2. The owner of a statement after جاء في / ورد في is the speaker: a title in construct
# after the statement noun names its holder (the name after the role), as a definite
# noun or a mention there did already.
@pytest.mark.parametrize(
    ("body", "row"),
    [
        (
            "وجاء في بيان رئيس إقليم كردستان مسعود برزاني «إن الإقليم لن يقبل بهذا القرار أبدا».",
            (
                "إن الإقليم لن يقبل بهذا القرار أبدا",
                "مسعود برزاني",
                "named",
                "",
                "رئيس إقليم كردستان",
            ),
        ),
        (
            "وورد في تصريح وزير الخارجية عادل الجبير «نحن ندعم الحل السياسي في اليمن».",
            ("نحن ندعم الحل السياسي في اليمن", "عادل الجبير", "named", "", "وزير الخارجية"),
        ),
        # neighbours already right: a definite title, an organisation
        (
            "وجاء في رسالة الرئيس الأمريكي باراك أوباما إلى الكونغرس «إن الاتفاق يمنع الحرب».",
            ("إن الاتفاق يمنع الحرب", "باراك أوباما", "named", "", "الرئيس الأمريكي"),
        ),
        (
            "وجاء في بيان وزارة الداخلية «تم القبض على المتهمين في الرياض».",
            ("تم القبض على المتهمين في الرياض", "وزارة الداخلية", "named", "", ""),
        ),
        # a title with no name: its role, unknown, not a statement of nobody
        (
            "وجاء في كلمة وزير الخارجية «نحن ندعم الحل السياسي».",
            ("نحن ندعم الحل السياسي", "", "unknown", "unnamed_role", "وزير الخارجية"),
        ),
        # an adjective after the noun names nobody (unchanged)
        (
            "وجاء في رسالة مهمة «نحن ندعم الحل السياسي».",
            ("نحن ندعم الحل السياسي", "", "unknown", "no_subject", ""),
        ),
    ],
)
def test_statement_of_a_titled_person(body, row):
    assert quote_rows(body) == [row]


# 3. A first name alone that ends (or opens) the name of a speaker the zone named before
# by a phrase (no entity: كفاح is no listed first name) is that speaker.
def test_bare_last_name_links_to_earlier_phrase_speaker():
    body = (
        "أكد كفاح محمود المستشار الإعلامي لرئاسة الإقليم أن الوضع مستقر. "
        "وتابع محمود ان «الحكومة الاتحادية لم ترسل الرواتب منذ أشهر»."
    )
    assert quote_rows(body) == [
        ("الحكومة الاتحادية لم ترسل الرواتب منذ أشهر", "كفاح محمود", "named", "", "")
    ]


def test_bare_name_two_phrase_speakers_stays_unknown():
    # two earlier phrases end with محمود: which one is not told
    body = (
        "أكد كفاح محمود أن الوضع مستقر. وأكد ريباز محمود أن الوضع صعب. "
        "وتابع محمود ان «الحكومة لم ترسل الرواتب»."
    )
    assert quote_rows(body) == [("الحكومة لم ترسل الرواتب", "", "unknown", "first_name", "محمود")]


def test_bare_name_before_the_phrase_is_not_linked():
    # the fuller phrase comes after the quote: nothing named before it
    body = "وتابع محمود ان «الحكومة لم ترسل الرواتب». وأكد كفاح محمود أن الوضع مستقر."
    assert quote_rows(body) == [("الحكومة لم ترسل الرواتب", "", "unknown", "first_name", "محمود")]
