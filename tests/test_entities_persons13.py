"""PERSON recall and run-on names by kind, session 13 (branch persons13).

The kinds were counted on 100 raw stories of 2015-07-23 and every change was judged on
the unread stories of 2015-07-26 (DEVELOPING.md, "Session 13 (branch persons13)"). The
sentences are shortened from those stories or written like them; every expected span
was read off the sentence by hand: the name as a reader marks it, without title,
nationality or role (tests/data/dev*/README.md).
"""

from __future__ import annotations

import pytest
from entity_stories import person_rows
from entity_stories import person_surfaces as surfaces

# --- (b) a foreign first name in أل written with a bare ال ---

BARE_ALEF_NAMES = [
    # الكسندر is ألكسندر (listed) written with a bare alef: not the article + كسندر
    ("وقال الكسندر ليتفيننكو إن التحقيق لم ينته.", ["الكسندر ليتفيننكو"]),
    ("دخل مدرب الفريق الفارو غوتيريز اللقاء بتشكيلة جديدة.", ["الفارو غوتيريز"]),
    ("ثم يضيف اليكس نيوال مدير شركة هانوفر العقارية أن الأسعار سترتفع.", ["اليكس نيوال"]),
    # after the conjunction: و + الكسندر
    ("التقى الرئيس بوتين والكسندر لوكاشينكو في موسكو.", ["بوتين", "الكسندر لوكاشينكو"]),
]


@pytest.mark.parametrize(("body", "expected"), BARE_ALEF_NAMES)
def test_a_bare_alef_spelling_of_a_foreign_first_name_opens_the_name(body, expected):
    assert surfaces(body) == expected


def test_both_spellings_are_one_person():
    # the key of الكسندر is the key of ألكسندر: one rule id for both spellings
    body = "وقال ألكسندر ليتفيننكو إن التحقيق مستمر. وأضاف الكسندر ليتفيننكو أنه ينتظر."
    ids = {eid for _s, eid in person_rows(body, "entity_id")}
    assert ids == {"rule:PERSON:الكسندر_ليتفيننكو"}


def test_which_names_have_a_bare_alef_spelling():
    # hand-worked from data/first_names.txt: the names in أل whose rest after ال has
    # three letters or more and Zipf < 3.5 (كسندر 0.0, برت 3.18, فارو 3.20); ألكس is
    # too short (كس), and a name in إل (إلياس: الياس, اليأس "despair") never has one
    from helpers.entities.gazetteer import bare_alef_names

    names = bare_alef_names()
    assert {"الكسندر", "البرت", "الفارو", "اليكسيس"} <= names
    assert "الكس" not in names
    assert "الياس" not in names
    assert "الهام" not in names


def test_the_article_before_an_everyday_word_stays_the_article():
    # الان "now" (آلان is a listed first name in آ, not أل) and الهام "inspiration"
    # (إلهام) open no name
    assert surfaces("وتحدث في المظاهرة الان عدد من النواب.") == []
    assert surfaces("ويستمد الفنان الهام من الطبيعة.") == []
