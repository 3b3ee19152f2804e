"""Session 20 (branch person20): first-name gender of foreign names written alike for a
man and a woman, and Gulf nasab chains (values worked out by hand)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from entity_stories import person_rows

from helpers.entities.gazetteer import first_name_gender

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import build_name_gender as bng


def _people(body: str) -> list[tuple[str, str]]:
    return [s for s, _ in person_rows(body, "surface")]


# --- دانيال writes Daniel and Danielle: no gender; its generator's rule


def test_shared_foreign_spellings_have_no_gender():
    g = first_name_gender()
    # Daniel/Danielle, Lawrence/Laurence: one Arabic spelling each
    assert g["دانيال"] == "-"
    assert g["لورنس"] == "-"
    # one Latin name, of the Arabic script's gender: unchanged
    assert g["جون"] == "m"
    assert g["ماريا"] == "f"
    assert g["جورج"] == "m"


def test_latin_gender_rule():
    data = {
        "Daniel": {"gender": {"M": 0.988, "F": 0.012}},
        "Danielle": {"gender": {"M": 0.01, "F": 0.99}},
        "John": {"gender": {"M": 0.981, "F": 0.019}},
        "Jean": {"gender": {"M": 0.756, "F": 0.244}},
    }
    # دانيال: m by the Arabic script, Danielle f → no gender
    assert bng.latin_gender(data, "دانيال", "m") == "-"
    assert bng.latin_gender(data, "جون", "m") == "m"
    # a key not listed keeps its Arabic-script gender
    assert bng.latin_gender(data, "محمد", "m") == "m"
    # a listed Latin name the package lacks is an error (Jean passes: '-' as given)
    with pytest.raises(KeyError, match="Jane"):
        bng.latin_gender(data, "جان", "-")


def test_danielle_steel_keeps_her_surname():
    # link19's wrong change (alweeam 2015-07-26): «كتبت ستيل» refused دانيال ستيل as a man
    body = "صدرت رواية للكاتبة دانيال ستيل. وكتبت ستيل في مقدمتها أن الرواية عن ابنها."
    rows = person_rows(body, "canonical")
    assert ("ستيل", "دانيال ستيل") in rows


# --- Gulf nasab chains: definite first names, then a listed family name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "وحضر الشيخ جابر المبارك الحمد الصباح رئيس الوزراء الحفل.",
            ["جابر المبارك الحمد الصباح"],
        ),
        (
            "وقال الشيخ ناصر المحمد الأحمد الصباح إن الزيارة ناجحة.",
            ["ناصر المحمد الأحمد الصباح"],
        ),
        # جابر is a first name now (common: after a title)
        ("واستقبل الشيخ جابر المبارك رئيس الوزراء الوفد.", ["جابر المبارك"]),
        # no listed family name closes the chain: the extent as before
        ("وقال الشيخ جابر الصباح إن الزيارة ناجحة.", ["جابر"]),
    ],
)
def test_nasab_chain(body, expected):
    assert _people(body) == expected
