"""Session 21 (branch gold21): the first word of a name in quote marks after its head
noun keeps a first letter the text layer read as a proclitic (dev5tune's largest
boundary kind: شركة «فيات كرايسلر» gave يات كرايسلر). Sentences written for the rule;
values worked out by hand (surface, type, entity id)."""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

_COLS = ("surface", "type", "entity_id")


def _rows(body: str, typ: str | None = "ORG") -> list[tuple]:
    return mention_rows((body,), typ, _COLS)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # ف + يات before: the whole word, and the later quoted use (no head) with it
        (
            "غرمت الهيئة شركة «فيات كرايسلر» أمس، وقالت «فيات كرايسلر» إنها ستدفع.",
            [("فيات كرايسلر", "ORG", "rule:ORG:فيات_كرايسلر")] * 2,
        ),
        # و + ان بلس before
        (
            "وكشفت شركة «وان بلس» عن هاتفها، وقالت «وان بلس» إن السعر منخفض.",
            [("وان بلس", "ORG", "rule:ORG:وان_بلس")] * 2,
        ),
        # the future prefix س: س + اراس before
        ("وأعلنت شركة «ساراس» الإيطالية أرباحها.", [("ساراس", "ORG", "rule:ORG:ساراس")]),
        # ب + صيرت نيوز before, after the head موقع
        ("ونشر موقع «بصيرت نيوز» الخبر.", [("بصيرت نيوز", "ORG", "rule:ORG:بصيرت_نيوز")]),
    ],
)
def test_quoted_name_keeps_its_first_letter(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a proclitic before the article stays one (لل: ل + ال), as before
        ("ووقع الاتفاق مع شركة «للاستثمار» أمس.", [("لاستثمار", "ORG", "rule:ORG:استثمار")]),
        # a quotation (no head noun before the mark) is no name
        ("وقال المدير «ولن نتراجع عن قرارنا» أمس.", []),
        # a quoted word with a peeled letter and no head, in a story where no head named
        # it, is read as before (no mention)
        ("وقالت «وان بلس» إن السعر منخفض.", []),
    ],
)
def test_neighbours_unchanged(body, expected):
    assert _rows(body) == expected


# --- a military facility named by an unlisted definite word before its arm (dev5tune:
# قاعدة العند الجوية was no mention; قاعدة takes a definite word otherwise only when it is
# a listed place)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "وتقدمت القوات نحو قاعدة العند الجوية صباح اليوم.",
            [("قاعدة العند الجوية", "LOC", "rule:LOC:قاعده_عند_جويه")],
        ),
        (
            "وهبطت الطائرات في قاعدة الحبانية العسكرية أمس.",
            [("قاعدة الحبانية العسكرية", "LOC", "rule:LOC:قاعده_حبانيه_عسكريه")],
        ),
        # an indefinite name keeps the arm too, and its later bare use is the same place
        (
            "وأقلعت المقاتلات من قاعدة إنجرليك الجوية، ثم عادت إلى إنجرليك مساء.",
            [
                ("قاعدة إنجرليك الجوية", "LOC", "rule:LOC:قاعده_انجرليك_جويه"),
                ("إنجرليك", "LOC", "rule:LOC:قاعده_انجرليك_جويه"),
            ],
        ),
        # an adjective right after the head names no facility
        ("وتقع قاعدة العسكرية البحرية قرب الساحل.", []),
    ],
)
def test_military_facility_by_its_arm(body, expected):
    assert _rows(body, "LOC") == expected
