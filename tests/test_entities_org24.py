"""Session 24 (branch org24): ORG kinds of untuned text (DEVELOPING "Session 24 (branch
org24)").

1. A news agency named by the nationality adjective of its own name after a word that
   says a source: «وفقا للألمانية» is dpa (وكالة الأنباء الألمانية), «بحسب الفرنسية»
   AFP (``data/agency_adjectives.tsv``, ``extract._agency_credits``). Elsewhere, after a
   reporting verb too, the adjective stays the nationality (NORP).
2. An administrative unit named after its director's role: «مدير إدارة العلاقات
   العامة»، «رئيس قسم الهندسة المدنية» (``rules.bodies.unit_end``); after a verb, or
   with a body's noun (إدارة المستشفى), no unit.

Sentences written for the rules; values worked out by hand: the surface keeps the
article and drops only the preposition's ل of لل (tests/data/heldout/README.md:
للهيئة gives لهيئة), so «للألمانية» gives «لألمانية».
"""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

from helpers.entities import gazetteer as G
from helpers.errors import GazetteerError, KhabarError

_COLS = ("surface", "type", "entity_id")


def _rows(body: str) -> list[tuple]:
    return mention_rows((body,), None, _COLS)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # an attribution word, the preposition ل on the adjective (hamza or not)
        ("وقع الانفجار ليلا.وفقا للألمانية. وقال شاهد", ("لألمانية", "ORG", "org:dpa")),
        ("وقع الانفجار ليلا.وفقا للالمانية. وقال شاهد", ("لالمانية", "ORG", "org:dpa")),
        ("ارتفعت المبيعات. بحسب الفرنسية. وأوضح مسؤول", ("الفرنسية", "ORG", "org:afp")),
    ],
)
def test_an_agency_by_its_adjective_after_a_source_word(body, want):
    got = _rows(body)
    assert want in got
    assert not [r for r in got if r[1] == "NORP"]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # the adjective of a woman's name after the verb: the nationality
        ("قالت الفرنسية ماري لوبان إن الحزب", "الفرنسية"),
        # a reporting verb is no source cue (the lead, after hostile24: a French woman
        # named before speaks; no corpus use of «ذكرت الفرنسية» reads the agency)
        ("وفازت اللاعبة الفرنسية بالسباق. وقالت الفرنسية إنها سعيدة", "الفرنسية"),
        ("ذكرت الفرنسية أن الجيش تقدم", "الفرنسية"),
        ("وقالت الألمانية، إن المباراة صعبة", "الألمانية"),
        # a definite word after it: a noun phrase, "the French participant"
        ("وبحسب الفرنسية المشاركة في السباق فإن الطقس جيد", "الفرنسية"),
        # no source word before it
        ("ارتفعت الأسعار الفرنسية هذا العام", "الفرنسية"),
        ("تراجعت الصادرات الألمانية هذا العام", "الألمانية"),
    ],
)
def test_the_adjective_elsewhere_stays_a_nationality(body, word):
    got = _rows(body)
    assert not [r for r in got if r[2] in ("org:afp", "org:dpa")]
    assert any(r[1] == "NORP" and r[0].endswith(word[2:]) for r in got)


def test_the_agency_adjectives_are_news_agencies():
    assert G.agency_adjectives() == (("الفرنسية", "org:afp"), ("الألمانية", "org:dpa"))
    assert {eid for _, eid in G.agency_adjectives()} <= G.news_agency_ids()


def test_an_adjective_of_no_agency_is_an_error_naming_the_file(package_file):
    raw = "# agencies\nadjective\tentity_id\nالفرنسية\torg:afp\nالمصرية\tcountry:EG\n"
    package_file("helpers.entities", "agency_adjectives.tsv", raw.encode())
    G.agency_adjectives.cache_clear()
    try:
        with pytest.raises(
            GazetteerError, match=r"agency_adjectives\.tsv, line 4: .*country:EG is no news agency"
        ) as err:
            G.agency_adjectives()
        assert isinstance(err.value, KhabarError)
    finally:
        G.agency_adjectives.cache_clear()


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("وقال مدير إدارة العلاقات العامة بالمستشفى إن", "إدارة العلاقات العامة"),
        ("وأوضح رئيس قسم الهندسة المدنية في الجامعة أن", "قسم الهندسة المدنية"),
        ("كشف مدير إدارة الحج والعمرة بمنطقة مكة المكرمة", "إدارة الحج والعمرة"),
        ("وقال رئيس وحدة المراجعة الداخلية إن", "وحدة المراجعة الداخلية"),
        # the chain ends before a title
        ("وقال مدير شعبة التحقيق العقيد سعيد الغامدي إن", "شعبة التحقيق"),
    ],
)
def test_a_unit_after_its_directors_role(body, want):
    got = _rows(body)
    assert (want, "ORG") in [r[:2] for r in got]


@pytest.mark.parametrize(
    "body",
    [
        "وقال مدير إدارة المستشفى إن المرضى بخير",  # the hospital's management
        "وقال مدير إدارة النادي إن اللاعب باق",  # the club's management
        "قالت إدارة المكتبة إن الدوام يبدأ غدا",  # after a verb: no role
        "نجحت الشركة في إدارة المشاريع الكبرى",  # managing, an activity
    ],
)
def test_a_managed_body_or_an_activity_is_no_unit(body):
    assert not [r for r in _rows(body) if r[0].startswith(("إدارة", "قسم"))]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a definite institution noun + a nationality of two words (as الحكومة المصرية)
        ("أعلنت الحكومة الكورية الجنوبية أمس", "الحكومة الكورية الجنوبية"),
        ("أعلن الجيش الكوري الجنوبي أمس", "الجيش الكوري الجنوبي"),
        # a ministry's name takes it too (as وزارة الخارجية المصرية)
        ("وقالت وزارة الخارجية الكورية الجنوبية إن", "وزارة الخارجية الكورية الجنوبية"),
    ],
)
def test_a_two_word_nationality_ends_a_bodys_name(body, want):
    got = _rows(body)
    assert (want, "ORG") in [r[:2] for r in got]
    assert not [r for r in got if r[1] == "NORP"]


def test_a_two_word_nationality_after_a_title_stays_the_mans():
    got = _rows("وقال الرئيس الكوري الجنوبي إن")
    assert got == [("الكوري الجنوبي", "NORP", "country:KR")]


def test_a_two_word_nationality_before_a_bodys_field():
    # as الاتحاد الماليزي لكرة القدم: the field's ل-phrase stays in the name
    got = _rows("وترأس تشونغ الاتحاد الكوري الجنوبي لكرة القدم من 1993")
    assert ("الاتحاد الكوري الجنوبي لكرة القدم", "ORG") in [r[:2] for r in got]
