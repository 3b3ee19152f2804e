"""Session 15 (orgs15): organisations of market reports and sports stories nobody tuned
on (2015-08-02, 26 economy and sports stories of non-held-out outlets, read by hand;
Tadawul reports of 2015-07-24).

* Listed companies by their short names in a market sentence: a list of two names or
  more with a known company in it (وتبعه البحري، وسابك، واللجين والمتقدمة), after سهما
  (the nominative dual), and a short name anywhere in a story that names the company
  in full (شركة إعمار العقارية ... وسجلت إعمار). Outside these the names are words.
* «تداول» in quote marks is the Saudi exchange.
* A company named by an everyday word and the ل-phrase of its field (شركة اساس
  للاستثمار العالمية), not by an adjective agreeing with شركة (شركة جديدة للتجارة).
* Club spellings: الأرسنال with the article, سان جيرمان.

Every sentence was written for this file; expected values worked out by reading it
against the conventions of tests/data/heldout/README.md.
"""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

SPORT = "فاز الفريق في مباراة الدوري. وشارك المدرب في التدريب. "


def _orgs(body: str) -> list[tuple[str, str]]:
    return mention_rows((body,), "ORG", ("surface", "entity_id"))


# --- listed companies by their short names ---------------------------------------------


def test_a_list_of_listed_names_in_a_market_sentence_names_the_companies():
    body = (
        "أغلق المؤشر العام عند 9300 نقطة، وتصدر قطاع التأمين الارتفاعات، وتراجع "
        "البحري، وسابك، واللجين والمتقدمة."
    )
    assert _orgs(body) == [
        ("البحري", "org:bahri"),
        ("سابك", "org:sabic"),
        ("اللجين", "org:alujain"),
        ("المتقدمة", "org:advanced-petchem"),
    ]


def test_short_names_without_a_known_company_or_after_a_sector_noun_stay_words():
    # a market sentence, but its list holds no known organisation: the adjectives stay
    assert _orgs("وارتفع المؤشر 20 نقطة بدعم من الصناعات المتقدمة والكيميائية.") == []
    # after قطاع the list is of sectors: الاتصالات is no company (سابك is, always)
    assert _orgs("وارتفع مؤشر قطاع الاتصالات وسابك 20 نقطة.") == [("سابك", "org:sabic")]
    # no market word in the sentence: البحري "the sailor", المتقدمة "the advanced"
    assert _orgs("ركب البحري السفينة مع سابك والمتقدمة من الطلاب.") == [("سابك", "org:sabic")]


def test_the_nominative_dual_sahma_opens_a_list_of_shares():
    body = "وسجل سهما الدريس ورعاية ارتفاعات محدودة."
    assert _orgs(body) == [("الدريس", "org:aldrees"), ("رعاية", "org:nmcc")]


def test_a_short_name_counts_in_a_story_that_names_its_company_in_full():
    body = (
        "أعلنت شركة إعمار العقارية في دبي أرباحها الفصلية. "
        "وفي العام الماضي سجلت إعمار أرباحا سنوية قياسية."
    )
    assert _orgs(body) == [("شركة إعمار العقارية", "org:emaar"), ("إعمار", "org:emaar")]
    # without the full name إعمار is "building"
    assert _orgs("وتتواصل أعمال إعمار المساجد في المدينة.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("وأظهرت البيانات الصادرة عن «تداول» تغيرا في الملكية.", [("تداول", "org:tadawul")]),
        ("ارتفع حجم تداول الأسهم أمس.", []),
    ],
    ids=["quoted_tadawul_is_the_exchange", "trading_unquoted_is_a_word"],
)
def test_tadawul_in_quote_marks_is_the_exchange(body, expected):
    assert _orgs(body) == expected


def test_listed_names_of_the_market_reports():
    body = (
        "وجاءت أسهم شركات المتحدة للتأمين، وبروج للتأمين والقصيم الزراعية، واليانزا "
        "وإكسا للتأمين في صدارة الأسهم المرتفعة."
    )
    assert _orgs(body) == [
        ("المتحدة للتأمين", "org:united-coop"),
        ("بروج للتأمين", "org:buruj"),
        ("القصيم الزراعية", "org:gaco"),
        ("اليانزا", "org:allianz-sf"),
        ("إكسا للتأمين", "org:axa-coop"),
    ]


# --- a company named by a word and its field ------------------------------------------


def test_a_company_named_by_a_word_and_its_field():
    body = "ورفعت شركة اساس للاستثمار العالمية حصتها، كما خفضت شركة الشاعر للتجارة والصناعة حصتها."
    assert [s for s, _e in _orgs(body)] == [
        "شركة اساس للاستثمار العالمية",
        "شركة الشاعر للتجارة والصناعة",
    ]


def test_an_adjective_after_sharika_names_no_company():
    body = "وأسس رجل الأعمال شركة جديدة للتجارة، وتملك شركة تابعة للاستثمار العقاري."
    assert _orgs(body) == []


# --- clubs ----------------------------------------------------------------------------


def test_club_spellings_of_a_sports_story():
    body = SPORT + ("وشهدت المباراة مشاركة حارس الأرسنال. وأحرز سان جيرمان اللقب.")
    assert _orgs(body) == [("الأرسنال", "org:arsenal"), ("سان جيرمان", "org:psg")]


def test_a_short_name_after_a_sector_noun_in_quote_marks_is_the_sector():
    # the story names the company in full, yet قطاع «الاتصالات ...» is the sector
    body = (
        "ربحت شركة الاتصالات السعودية أمس. وتصدر سهم «الاتصالات» الانخفاض، تلاه قطاع "
        "«الاتصالات وتقنية المعلومات» بنسبة 1 في المائة."
    )
    assert _orgs(body) == [
        ("شركة الاتصالات السعودية", "org:saudi-telecom"),
        ("الاتصالات", "org:saudi-telecom"),
    ]


def test_an_everyday_short_name_does_not_count_story_wide():
    # الاتصالات is the word "telecommunications" outside a list, even in a story on STC
    body = "وقعت شركة الاتصالات السعودية عقدا لإيصال خدمات الاتصالات إلى القرى."
    assert _orgs(body) == [("شركة الاتصالات السعودية", "org:saudi-telecom")]


def test_a_list_of_quoted_names_joined_by_a_separate_waw():
    body = 'وتصدر سهم "إعمار" و"كيان" و "سابك" قائمة الأسهم الأكثر انخفاضا.'
    assert _orgs(body) == [
        ("إعمار", "org:emaar-ec"),
        ("كيان", "org:saudi-kayan"),
        ("سابك", "org:sabic"),
    ]
