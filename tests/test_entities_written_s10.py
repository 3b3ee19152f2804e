"""Session 10: a mention's written form (``written``): after the preposition ل the
article's alef is not written (للمملكة = ل + المملكة), so the surface the offsets cut
reads «لمملكة»; tables and displays show the name as written on its own. Values worked
out by hand from the Arabic spelling rule (ل + ال + X is written للX; ل + ال + لX is
written للX too, the article's alef and lam both dropped)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers.corpus import load_corpus
from helpers.display import rtl_table
from helpers.entities import entity_counts, extract_entities

EMBEDDED = "data/raw/asharq-two-stories.txt"


def _mentions(*bodies: str) -> pd.DataFrame:
    ids = [f"s{i}" for i in range(len(bodies))]
    stories = pd.DataFrame({"story_id": ids, "title": ["خبر"] * len(bodies), "body": bodies})
    return extract_entities(stories), stories.assign(outlet="x")


@pytest.mark.parametrize(
    ("body", "surface", "written"),
    [
        # ل + المملكة: the alef of the article is not written
        (
            "قدم الرئيس الشكر للمملكة العربية السعودية أمس",
            "لمملكة العربية السعودية",
            "المملكة العربية السعودية",
        ),
        ("أعلن دعمه لليمن أمس", "ليمن", "اليمن"),
        ("وجه الشكر للأمم المتحدة أمس", "لأمم المتحدة", "الأمم المتحدة"),
        # و + ل + ال: the same after a conjunction
        ("وأعلن دعمه وللمملكة موقف ثابت", "لمملكة", "المملكة"),
        # ب + ال keeps its alef: written as it stands
        ("وصل الوفد بالسعودية أمس", "السعودية", "السعودية"),
        # ل + ال + لجنة: the whole article hidden; the definite adjective tells it
        (
            "قدم الشكر للجنة الأولمبية السعودية على جهودها",
            "لجنة الأولمبية السعودية",
            "اللجنة الأولمبية السعودية",
        ),
    ],
)
def test_the_article_that_lam_hides_is_written_back(body, surface, written):
    m, _ = _mentions(body)
    row = m[m["surface"] == surface]
    assert len(row) == 1, m[["surface", "written"]]
    assert row["written"].iloc[0] == written
    # the offsets still cut the surface; only the display form changes
    assert body[row["start"].iloc[0] : row["end"].iloc[0]] == surface


def test_before_a_stem_in_lam_the_hidden_article_is_alef_and_lam():
    # ل + اللبنانيين is written للبنانيين: alef and lam of the article both unwritten
    m, _ = _mentions("وقدم الدعم للبنانيين أمس")
    assert m[["surface", "written"]].values.tolist() == [["لبنانيين", "اللبنانيين"]]


def test_a_construct_after_lam_keeps_its_first_word_without_article():
    # للجنة الانضباط = ل + لجنة الانضباط (a construct: الانضباط is a noun, no
    # adjective); للجنة المحلية = ل + اللجنة المحلية (المحلية: a nisba, المحلي)
    for body, name in (
        ("وأحال الأمر للجنة الانضباط في الاتحاد", "لجنة الانضباط"),
        ("وأحال الأمر للجنة المحلية في الاتحاد", "اللجنة المحلية"),
    ):
        m, _ = _mentions(body)
        row = m[m["surface"].str.startswith("لجنة")]
        assert row[["written", "canonical"]].values.tolist() == [[name, name]], body


def test_a_rule_name_in_lam_lam_gets_its_article_in_canonical_too():
    m, _ = _mentions("قدم الشكر للجنة الأولمبية السعودية على جهودها")
    assert m["canonical"].tolist() == ["اللجنة الأولمبية السعودية"]


def test_a_name_inside_the_span_keeps_its_lam():
    # للجمعية العامة للأمم المتحدة: only the first word's article is restored
    m, _ = _mentions("وقال للجمعية العامة للأمم المتحدة إن")
    assert m["written"].tolist() == ["الجمعية العامة للأمم المتحدة"]


def test_counts_list_written_forms_and_count_stories():
    m, stories = _mentions(
        "قدم الشكر للمملكة العربية السعودية وللمملكة دورها. ووصل إلى السعودية",
        "وصل الوفد إلى السعودية",
    )
    per_story = entity_counts(m)
    sa = per_story[(per_story["story_id"] == "s0") & (per_story["entity_id"] == "country:SA")]
    assert sa["count"].iloc[0] == 3
    assert sa["surfaces"].iloc[0] == ["لمملكة العربية السعودية", "لمملكة", "السعودية"]
    assert sa["written"].iloc[0] == ["المملكة العربية السعودية", "المملكة", "السعودية"]
    assert sa["stories"].iloc[0] == 1
    grouped = entity_counts(m, by="outlet", stories=stories)
    sa = grouped[grouped["entity_id"] == "country:SA"]
    # 3 + 1 mentions in 2 stories; السعودية written twice, so first
    assert (sa["count"].iloc[0], sa["stories"].iloc[0]) == (4, 2)
    assert sa["written"].iloc[0][0] == "السعودية"


def test_a_gold_table_without_written_counts_its_surfaces():
    gold = pd.DataFrame(
        {
            "story_id": ["a", "a"],
            "zone": ["body", "body"],
            "surface": ["ليمن", "اليمن"],
            "type": ["LOC", "LOC"],
            "entity_id": ["country:YE"] * 2,
            "canonical": ["اليمن"] * 2,
        }
    )
    counts = entity_counts(gold)
    assert counts["written"].iloc[0] == counts["surfaces"].iloc[0] == ["ليمن", "اليمن"]


def test_a_display_shows_the_written_form_not_the_cut_surface():
    m, _ = _mentions("أعلن دعمه لليمن أمس")
    html = rtl_table(m).data + rtl_table(entity_counts(m)).data
    assert "اليمن" in html and re.search("(?<!ا)ليمن", html) is None
    assert "الاسم كما يُكتب" in html  # the written column's Arabic header
    assert "surface" in m.columns  # the table keeps it (CSV, tables.xlsx)


def test_the_embedded_stories_write_back_three_articles():
    m = extract_entities(load_corpus(EMBEDDED))
    changed = m[m["surface"] != m["written"]]
    assert changed["written"].tolist() == [
        "الخارجية العراقية",  # للخارجية العراقية
        "اللجنة العراقـية - الروسية المشتركة",  # للجنة: tatweel kept as written
        "الرئاسة السورية",  # للرئاسة السورية
    ]
    # written = the hidden letters + the surface: ا for لخارجية، لرئاسة; ال for لجنة
    assert (changed["written"].str.len() - changed["surface"].str.len()).tolist() == [1, 2, 1]
    same = m[m["surface"] == m["written"]]
    assert len(same) == len(m) - 3
