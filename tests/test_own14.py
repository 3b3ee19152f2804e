"""Session 14 (own14): an outlet's own name left out story by story, whatever the
grouping: with GROUP_BY=date:D the rule is judged over the stories' ``outlet``."""

from __future__ import annotations

from jsonl_files import write_jsonl

from helpers.own_names import own_names, own_words, story_owners, without_own_names
from helpers.sections import contrast, group_entity_counts, who_and_where
from helpers.study import open_study

FIELDS = {"outlet": "source"}


def _two_outlets_two_days(path):
    """8 stories: 2 days x (2 aawsat + 2 sabq). Every aawsat story names its paper as a
    source (لـ«الشرق الأوسط»); one sabq story (s1, day 1) cites it too; every story
    names Riyadh."""
    records = []
    for i in range(8):
        outlet = ("aawsat", "sabq")[i % 2]
        day = "2015-08-01" if i < 4 else "2015-08-02"
        if outlet == "aawsat":
            source = " وقال لـ«الشرق الأوسط» إن الزيارة مهمة."
        elif i == 1:
            source = " ونقلت «الشرق الأوسط» عن مصادر أن الزيارة مهمة."
        else:
            source = ""
        record = {
            "id": f"s{i}",
            "title": f"زار الرئيس الرياض {i}",
            "body": "وقال الوزير السعودي إن السعودية ترحب بالحوار." + source + f" {i}",
            "source": outlet,
            "date": day,
        }
        records.append(record)
    write_jsonl(path, records)
    return path


def test_own_names_are_judged_over_the_outlet_when_grouped_by_day(tmp_path):
    path = _two_outlets_two_days(tmp_path / "news.jsonl")
    study = open_study(path, fields=FIELDS, group_by="date:D")
    mentions = study.mentions()
    # the owners are the stories' outlets, not the days
    assert story_owners(study).to_dict() == {f"s{i}": ("aawsat", "sabq")[i % 2] for i in range(8)}
    own = own_names(study, mentions)
    # aawsat: 4 of 4 stories (share 1.0); sabq: 1 of 4 (0.25); lead 1.0 / 1.25 = 0.8
    assert own[["outlet", "entity_id", "stories"]].values.tolist() == [
        ["aawsat", "org:asharq-al-awsat", 4]
    ]
    assert own["share"].tolist() == [1.0] and own["lead"].tolist() == [0.8]
    # dropped in aawsat's 4 stories, kept where sabq cites the paper (s1)
    kept = without_own_names(study, mentions)
    gone = mentions.drop(kept.index)
    assert sorted(gone["story_id"]) == ["s0", "s2", "s4", "s6"]
    assert set(gone["entity_id"]) == {"org:asharq-al-awsat"}
    paper = kept[kept["entity_id"] == "org:asharq-al-awsat"]
    assert paper["story_id"].tolist() == ["s1"]
    # the heatmap's days: the paper counted once, on day 1 (sabq's s1), not 3 and 2
    counts = group_entity_counts(study, mentions)
    who, _ = who_and_where(study, counts, mentions=mentions)
    rows = who[who["entity_id"] == "org:asharq-al-awsat"]
    assert rows["count"].tolist() == [1] and len(rows) == 1
    # the word views: aawsat's own words, for the side holding aawsat's stories only
    assert own_words(study) == {"aawsat": frozenset({"شرق", "اوسط"})}
    c = contrast(study, {"outlet": "aawsat"}, {"outlet": "sabq"})
    assert c.own == {"target": frozenset({"شرق", "اوسط"}), "reference": frozenset()}


def test_grouped_by_outlet_keeps_the_groups_as_owners(tmp_path):
    path = _two_outlets_two_days(tmp_path / "news.jsonl")
    study = open_study(path, fields=FIELDS, group_by="outlet")
    own = own_names(study, study.mentions())
    # the same rule, the owner in the run's group column (the outlet's label)
    assert own[["outlet", "entity_id", "stories"]].values.tolist() == [
        ["الشرق الأوسط", "org:asharq-al-awsat", 4]
    ]
    assert story_owners(study).equals(study.groups)


def _ministry_news(path, n):
    """``n`` stories alternating aawsat (even) and sabq (odd): aawsat's all name «وزارة
    الداخلية» after a newspaper noun («جريدة»: the evidence of an outlet's name the
    label rule needs since hostfix22b), s0, s1, s2 name «الولايات المتحدة»; the first
    half dated 2015-08-01."""
    records = []
    for i in range(n):
        outlet = ("aawsat", "sabq")[i % 2]
        body = "وقال الوزير إن الزيارة مهمة."
        if outlet == "aawsat":
            body += " وأعلنت جريدة وزارة الداخلية الخطة."
        if i in (0, 1, 2):
            body += " وزار الوفد الولايات المتحدة."
        record = {
            "id": f"s{i}",
            "title": f"زار الرئيس الرياض {i}",
            "body": body + f" {i}",
            "source": outlet,
            "date": "2015-08-01" if i < n // 2 else "2015-08-02",
        }
        records.append(record)
    write_jsonl(path, records)
    return path


def test_a_label_one_outlet_names_most_is_not_its_own_name_unless_no_other_does(tmp_path):
    # aawsat (12 even stories) names «وزارة الداخلية» in all 12, sabq never: share 1.0,
    # lead 1.0 > OWN_NAME_LABEL_LEAD, 12 >= OWN_NAME_LABEL_MIN stories: an own name.
    # «الولايات المتحدة» in aawsat's s0, s2 (share 2/12) and sabq's s1 (1/12): lead
    # (2/12) / (3/12) = 0.67, above OWN_NAME_LEAD but not OWN_NAME_LABEL_LEAD: a topic,
    # kept in aawsat's stories.
    from helpers.own_names import OWN_NAME_LABEL_LEAD, OWN_NAME_LABEL_MIN, OWN_NAME_LEAD

    assert (OWN_NAME_LEAD, OWN_NAME_LABEL_LEAD, OWN_NAME_LABEL_MIN) == (0.5, 0.9, 10)
    study = open_study(
        _ministry_news(tmp_path / "news.jsonl", 24), fields=FIELDS, group_by="date:D"
    )
    mentions = study.mentions()
    us = mentions[mentions["entity_id"] == "country:US"]
    assert sorted(us["story_id"]) == ["s0", "s1", "s2"]
    own = own_names(study, mentions)
    assert own[["outlet", "name", "stories", "lead"]].values.tolist() == [
        ["aawsat", "وزارة الداخلية", 12, 1.0]
    ]
    kept = without_own_names(study, mentions)
    assert sorted(kept.loc[kept["entity_id"] == "country:US", "story_id"]) == ["s0", "s1", "s2"]


def test_on_a_small_corpus_a_name_one_outlet_alone_mentions_is_no_own_name(tmp_path):
    # the same news in 8 stories: «وزارة الداخلية» in all 4 of aawsat's (lead 1.0) is
    # under OWN_NAME_LABEL_MIN stories, so nothing is an own name and no mention is
    # left out (a hostile tester's 18 real stories, three an outlet, had lost 241 of 367
    # mentions: الولايات المتحدة، بشار الأسد، حزب الله)
    study = open_study(_ministry_news(tmp_path / "news.jsonl", 8), fields=FIELDS, group_by="date:D")
    mentions = study.mentions()
    assert own_names(study, mentions).empty
    kept = without_own_names(study, mentions)
    assert len(kept) == len(mentions)
    assert (kept["canonical"] == "وزارة الداخلية").sum() == 4


def test_quotes_panel_by_day_leaves_out_a_story_quoting_its_own_outlet(tmp_path, monkeypatch):
    # «وقالت صحيفة «الشرق الأوسط»: «...»» in aawsat's s0, s2, s4, s6 and sabq's s1; the
    # paper is aawsat's own name (share 1.0, lead 0.8). The table keeps every quotation
    # (day 1: s0, s1, s2 = 3; day 2: s4, s6 = 2); the panel keeps sabq's s1 only.
    import helpers.charts
    from helpers.sections import quotes_by_group_table

    path = tmp_path / "news.jsonl"
    records = []
    for i in range(8):
        outlet = ("aawsat", "sabq")[i % 2]
        said = "وقالت صحيفة «الشرق الأوسط»" if outlet == "aawsat" or i == 1 else "وقال الوزير"
        record = {
            "id": f"s{i}",
            "title": f"زار الرئيس الرياض {i}",
            "body": f"وقال الوزير السعودي إن السعودية ترحب بالحوار. {said}: "
            f"«الزيارة مهمة جدا للبلدين». {i}",
            "source": outlet,
            "date": "2015-08-01" if i < 4 else "2015-08-02",
        }
        records.append(record)
    write_jsonl(path, records)
    study = open_study(path, fields=FIELDS, group_by="date:D")
    drawn = {}
    draw = helpers.charts.quotes_by_group

    def spy(table, *args, **kwargs):
        drawn["table"] = table
        return draw(table, *args, **kwargs)

    monkeypatch.setattr(helpers.charts, "quotes_by_group", spy)
    table, _ = quotes_by_group_table(study)
    paper = "org:asharq-al-awsat"
    assert table.loc[table["speaker_id"] == paper, "quotes"].tolist() == [3, 2]
    panel = drawn["table"]
    assert panel.loc[panel["speaker_id"] == paper, "quotes"].tolist() == [1]
    # 1 quotation in day 1's 4 stories: 25 per 100 stories
    assert panel.loc[panel["speaker_id"] == paper, "per_100_stories"].tolist() == [25.0]
