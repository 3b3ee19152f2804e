"""Session 22 (own22): a place, a nationality or a person is never an outlet's own name
unless ``newspapers.csv`` lists the name (:data:`helpers.own_names.OWN_NAME_TYPES`).

With two outlets (aawsat and sabq, SaudiNewsNet 2015-08-01..03) «الولايات المتحدة» led
aawsat at 0.907 > OWN_NAME_LABEL_LEAD and vanished from its entity views."""

from __future__ import annotations

import pytest
from jsonl_files import write_jsonl

from helpers.own_names import OWN_NAME_TYPES, own_names, without_own_names
from helpers.sections import group_entity_counts, who_and_where
from helpers.study import open_study

FIELDS = {"outlet": "source"}


def _one_outlet_leads(path, head=""):
    """24 stories alternating aawsat (even ids) and sabq (odd ids). Every aawsat story
    names «الولايات المتحدة» (a place), «بشار الأسد» (a person), «الروسي» (a
    nationality, country:RU) and «وزارة الداخلية» (an organisation, a rule-built ORG),
    written after ``head`` («جريدة»: evidence it is a paper's name); sabq's s1 alone
    names «الولايات المتحدة». The first half dated 2015-08-01."""
    records = []
    for i in range(24):
        outlet = ("aawsat", "sabq")[i % 2]
        body = "وقال الوزير إن الزيارة مهمة."
        if outlet == "aawsat":
            body += (
                " وزار الوفد الولايات المتحدة. ورحب الرئيس بشار الأسد بالموقف الروسي."
                f" وأعلنت {head}وزارة الداخلية الخطة."
            )
        elif i == 1:
            body += " وزار الوفد الولايات المتحدة."
        records.append(
            {
                "id": f"s{i}",
                "title": f"زار الرئيس الرياض {i}",
                "body": body + f" {i}",
                "source": outlet,
                "date": "2015-08-01" if i < 12 else "2015-08-02",
            }
        )
    return write_jsonl(path, records)


HEAD = "جريدة "


@pytest.mark.parametrize("group_by", ["outlet", "date:D"])
def test_a_place_person_or_nationality_one_outlet_leads_is_no_own_name(tmp_path, group_by):
    # «الولايات المتحدة»: aawsat 12 of 12 stories (share 1.0), sabq 1 of 12: lead
    # 1 / (1 + 1/12) = 12/13 = 0.923 > 0.9, 12 >= 10 stories: an own name before
    # session 22, as «بشار الأسد» and «روسيا» (lead 1.0). Now only the ORG is, here
    # written after a newspaper noun («جريدة وزارة الداخلية», hostfix22b).
    assert OWN_NAME_TYPES == ("ORG",)
    path = _one_outlet_leads(tmp_path / "news.jsonl", HEAD)
    study = open_study(path, fields=FIELDS, group_by=group_by)
    mentions = study.mentions()
    types = mentions.drop_duplicates("entity_id").set_index("entity_id")["type"]
    assert types["country:US"] == "LOC" and types["country:RU"] == "NORP"
    assert (mentions["canonical"] == "بشار الأسد").sum() == 12
    assert set(mentions.loc[mentions["canonical"] == "بشار الأسد", "type"]) == {"PERSON"}
    own = own_names(study, mentions)
    owner = "الشرق الأوسط" if group_by == "outlet" else "aawsat"
    assert own.columns[0] == ("outlet")
    assert own[["outlet", "name", "stories", "share", "lead"]].values.tolist() == [
        [owner, "وزارة الداخلية", 12, 1.0, 1.0]
    ]
    # only the ministry's 12 mentions leave aawsat's stories; the US keeps its 13
    kept = without_own_names(study, mentions)
    gone = mentions.drop(kept.index)
    assert len(gone) == 12 and set(gone["canonical"]) == {"وزارة الداخلية"}
    assert (kept["entity_id"] == "country:US").sum() == 13
    # the places heatmap's table, by outlet: the US in aawsat's 12 stories, Russia
    # through its adjective in the same 12
    if group_by == "outlet":
        counts = group_entity_counts(study, mentions)
        _, where = who_and_where(study, counts, mentions=mentions)
        got = where[where["outlet"] == owner].set_index("entity_id")["count"]
        assert got["country:US"] == 12 and got["country:RU"] == 12


@pytest.mark.parametrize("group_by", ["outlet", "date:D"])
def test_a_topical_organisation_one_outlet_alone_names_is_no_own_name(tmp_path, group_by):
    # hostfix22b: the same stories, «وأعلنت وزارة الداخلية الخطة» with no newspaper
    # noun before it and no credit: share 1.0, lead 1.0, 12 stories pass the numbers,
    # but nothing says the ministry is aawsat's name for itself: no own name, every
    # mention kept (before the fix the ministry's 12 mentions left aawsat's views)
    path = _one_outlet_leads(tmp_path / "news.jsonl")
    study = open_study(path, fields=FIELDS, group_by=group_by)
    mentions = study.mentions()
    assert (mentions["canonical"] == "وزارة الداخلية").sum() == 12
    assert set(mentions.loc[mentions["canonical"] == "وزارة الداخلية", "method"]) == {"rule"}
    assert own_names(study, mentions).empty
    assert len(without_own_names(study, mentions)) == len(mentions)


def test_a_table_without_type_is_judged_on_every_mention(tmp_path):
    # no ``type`` column: a place cannot be told from an organisation, so the label
    # rule reads every mention as before session 22; but only a name with evidence it
    # is a paper's (hostfix22b) passes: the ministry after «جريدة» (1.0); the US
    # (12/13 = 0.923), the person and Russia (1.0) have none
    path = _one_outlet_leads(tmp_path / "news.jsonl", HEAD)
    study = open_study(path, fields=FIELDS, group_by="outlet")
    mentions = study.mentions().drop(columns=["type"])
    own = own_names(study, mentions)
    assert own[["name", "stories", "lead"]].values.tolist() == [["وزارة الداخلية", 12, 1.0]]


@pytest.mark.parametrize("group_by", ["outlet", "date:D"])
def test_the_notebooks_name_each_own_name_left_out_and_its_outlet(tmp_path, group_by):
    # notebooks 03 and 04 say which names left which outlet's stories: here the ministry
    # from aawsat (shown by its Arabic name); the owner is the outlet whatever GROUP_BY
    from helpers.sections import own_names_left_out

    path = _one_outlet_leads(tmp_path / "news.jsonl", HEAD)
    study = open_study(path, fields=FIELDS, group_by=group_by)
    mentions = study.mentions()
    assert own_names_left_out(study, mentions) == (
        "_لم يُعدّ اسم الصحيفة نفسه في قصصها: «وزارة الداخلية» من الشرق الأوسط._"
    )
    # notebook 04's sides holding sabq's stories only: no name of theirs was left out
    sabq = [f"s{i}" for i in range(1, 24, 2)]
    assert own_names_left_out(study, mentions, sabq) is None


def test_no_own_name_line_at_story_level(tmp_path):
    # up to 8 stories every view is per story: no owner, no line (the embedded stories)
    from helpers.sections import own_names_left_out

    records = [
        {"id": f"s{i}", "title": f"خبر {i}", "body": f"وأعلنت وزارة الداخلية الخطة {i}."}
        for i in range(3)
    ]
    study = open_study(write_jsonl(tmp_path / "few.jsonl", records))
    assert study.per_story
    assert own_names_left_out(study) is None
