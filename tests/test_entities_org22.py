"""Session 22 (branch org22): ORG kinds counted on raw text nobody tuned for.

1. A listed armed group's name after a militia head is the listed group: جماعة الحوثي
   gives ميليشيات الحوثي، مليشيا الحوثيين... (``gazetteer.composed_aliases``); it was
   a rule's entity of its own (rule:ORG:ميليشيات_حوثي), so one group counted as two.
2. A company described by its trade before its quoted name: the quoted name alone is
   the ORG, as after a nationality (شركة الطاقة «فيرست إنيرجي» → فيرست إنيرجي; was
   «شركة الطاقة» ORG and the name missed).

Sentences written for the rules; values worked out by hand (surface, type, entity id).
"""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

from helpers.entities.gazetteer import composed_aliases

_COLS = ("surface", "type", "entity_id")


def _rows(body: str, typ: str | None = None) -> list[tuple]:
    return mention_rows((body,), typ, _COLS)


def test_composed_aliases_militia_heads():
    # four militia spellings for each جماعة name, none for a name without the head
    got = composed_aliases(["جماعة الحوثي", "الحوثيون", "جماعة أنصار الله"])
    assert got == [
        "ميليشيا الحوثي",
        "ميليشيات الحوثي",
        "مليشيا الحوثي",
        "مليشيات الحوثي",
        # the nisba as the adjective of a definite head (session 23, short23)
        "الميليشيا الحوثية",
        "الميليشيات الحوثية",
        "المليشيا الحوثية",
        "المليشيات الحوثية",
        "الجماعة الحوثية",
        "ميليشيا أنصار الله",
        "ميليشيات أنصار الله",
        "مليشيا أنصار الله",
        "مليشيات أنصار الله",
    ]
    assert composed_aliases(["حركة حماس", "حماس"]) == []
    # a name already listed is not repeated (normalised: alef spellings)
    assert composed_aliases(["جماعة بوكو حرام", "ميليشيات بوكو حرام"]) == [
        "ميليشيا بوكو حرام",
        "مليشيا بوكو حرام",
        "مليشيات بوكو حرام",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # changed: the militia head + a listed group's name is the listed group
        ("قصفت ميليشيات الحوثي مواقع.", [("ميليشيات الحوثي", "ORG", "org:houthis")]),
        ("هاجمت ميليشيا الحوثي القرى.", [("ميليشيا الحوثي", "ORG", "org:houthis")]),
        ("شنت مليشيات الحوثيين هجوما.", [("مليشيات الحوثيين", "ORG", "org:houthis")]),
        ("وقالت مليشيا أنصار الله إن", [("مليشيا أنصار الله", "ORG", "org:houthis")]),
        # neighbours as before
        ("وقالت جماعة الحوثي إن", [("جماعة الحوثي", "ORG", "org:houthis")]),
        ("واتهمت الحكومة الحوثيين بالقصف.", [("الحوثيين", "ORG", "org:houthis")]),
    ],
)
def test_militia_of_a_listed_group(body, expected):
    assert _rows(body, "ORG") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # changed: a trade description, then the quoted name: the name alone
        (
            "وقالت شركة الطاقة «فيرست إنيرجي» إن",
            [("فيرست إنيرجي", "ORG", "rule:ORG:فيرست_انيرجي")],
        ),
        (
            "وقالت شركة العقارات التجارية «كولييرز إنترناشونال» إن",
            [("كولييرز إنترناشونال", "ORG", "rule:ORG:كولييرز_انترناشونال")],
        ),
        ("أطلقت شركة التقنية «اكساكت» خدمة", [("اكساكت", "ORG", "rule:ORG:اكساكت")]),
        # an industry noun opens the description; the quoted name read whole (no ف)
        (
            "وقعت شركة صناعة السيارات «فيات كرايسلر» عقدا.",
            [("فيات كرايسلر", "ORG", "rule:ORG:فيات_كرايسلر")],
        ),
        # four quoted words, no short name: the description stays as before
        (
            "وقالت شركة الاتصالات «نعي شغف مشتركي باقة» إن",
            [("شركة الاتصالات", "ORG", "rule:ORG:شركه_اتصالات")],
        ),
        # a definite word that is no field is the company's own name: as before
        (
            "وقالت شركة الرمال القابضة «رمال» إن",
            [("شركة الرمال القابضة", "ORG", "rule:ORG:شركه_رمال_قابضه")],
        ),
        # no quoted name: as before
        ("وقالت شركة الكهرباء إن", [("شركة الكهرباء", "ORG", "rule:ORG:شركه_كهرباء")]),
    ],
)
def test_company_trade_before_quoted_name(body, expected):
    assert _rows(body, "ORG") == expected
