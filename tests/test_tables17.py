"""Session 17 (branch tables17): what a newcomer saw in the tables of a two-outlet run
(alyaum against alwatan): an outlet's paper among its "only in A" entities, «اليوم"
"today" gone from alyaum's word views."""

from __future__ import annotations

import pandas as pd
from jsonl_files import write_jsonl

from helpers.own_names import name_share, own_names, own_words
from helpers.sections import contrast, entities_compared
from helpers.study import open_study

FIELDS = {"outlet": "source"}


def _two_papers(path):
    """12 stories, 6 an outlet, over two days. alyaum: each names its paper once («لصحيفة
    اليوم») and writes اليوم "today" twice; alwatan: each cites its paper once
    («لـ"الوطن"») and never writes الوطن otherwise. Both name Riyadh."""
    records = []
    for i in range(12):
        outlet = ("alyaum", "alwatan")[i % 2]
        if outlet == "alyaum":
            body = "وقال المدير لصحيفة اليوم إن الاجتماع يعقد اليوم في الرياض وينتهي اليوم."
        else:
            body = "وقال الوزير لـ«الوطن» إن المشروع في الرياض جاهز للعمل."
        record = {
            "id": f"s{i}",
            "title": f"خبر رقم {i}",
            "body": f"{body} {i}",  # no two bodies alike (no copies dropped)
            "source": outlet,
            "date": ("2015-08-01", "2015-08-02")[i // 6],
        }
        records.append(record)
    write_jsonl(path, records)
    return path


def test_a_common_word_that_names_an_outlet_stays_in_its_word_views(tmp_path):
    study = open_study(_two_papers(tmp_path / "news.jsonl"), fields=FIELDS, group_by="date:D")
    mentions = study.mentions()
    own = own_names(study, mentions)
    assert sorted(own["entity_id"]) == ["org:al-watan-newspaper", "org:al-yaum-newspaper"]
    # alyaum: 3 uses of يوم a story, 1 of them the paper's name -> 1/3, under 0.5: kept;
    # alwatan: 1 use of وطن a story, the paper's name -> 1.0: left out
    share = name_share(study, mentions, {"alyaum": {"يوم"}, "alwatan": {"وطن"}})
    assert share == {("alyaum", "يوم"): 6 / 18, ("alwatan", "وطن"): 1.0}
    assert own_words(study) == {"alwatan": frozenset({"وطن"})}
    c = contrast(study, {"outlet": "alyaum"}, {"outlet": "alwatan"})
    assert c.own == {"target": frozenset(), "reference": frozenset({"وطن"})}


def test_the_compared_entity_table_leaves_out_each_sides_own_paper(tmp_path):
    """The newcomer's case: «صحيفة اليوم» was the top "only in A" row of notebook 04's
    entity table (the chart already left it out)."""
    study = open_study(_two_papers(tmp_path / "news.jsonl"), fields=FIELDS, group_by="date:D")
    c = contrast(study, {"outlet": "alyaum"}, {"outlet": "alwatan"})
    table, _ = entities_compared(c, study.mentions())
    assert "org:al-yaum-newspaper" not in set(table["entity_id"])
    assert "org:al-watan-newspaper" not in set(table["entity_id"])
    riyadh = table[table["canonical"] == "الرياض"]
    assert riyadh[["count_target", "count_reference", "status"]].values.tolist() == [
        [6, 6, "shared"]
    ]


def test_a_paper_named_after_a_newspaper_noun_is_its_own_name_whatever_its_id(tmp_path):
    """«جريدة اليوم» under another id (a rule's) is the paper's own name in alyaum: the
    kind «صحيفة/جريدة + the outlet's listed name» (lexicons.NEWSPAPER_HEADS)."""
    study = open_study(_two_papers(tmp_path / "news.jsonl"), fields=FIELDS, group_by="date:D")
    mentions = study.mentions()
    extra = mentions[mentions["entity_id"] == "org:al-yaum-newspaper"].head(1)
    extra = extra.assign(entity_id="rule:ORG:جريده_يوم", canonical="جريدة اليوم")
    own = own_names(study, pd.concat([mentions, extra], ignore_index=True))
    ids = own.loc[own["outlet"] == "alyaum", "entity_id"].tolist()
    assert ids == ["org:al-yaum-newspaper", "rule:ORG:جريده_يوم"]
