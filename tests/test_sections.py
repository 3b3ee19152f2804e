"""The notebooks' group-level sections (helpers.sections) on a small corpus of three outlets."""

from __future__ import annotations

import pandas as pd
import pytest
from chart_text import plain
from jsonl_files import write_jsonl
from PIL import Image
from test_study import _grouped

from helpers.own_names import own_names
from helpers.sections import (
    corpus_overview,
    drop_terms,
    empty_figure,
    entities_by_group,
    extra_stopwords,
    group_entity_counts,
    group_term_frequencies,
    group_tokens,
    group_values,
    quotes_by_group_table,
    save_all,
    terms_by_group,
    terms_over_time,
    types_by_group,
    who_and_where,
)
from helpers.study import open_study

FIELDS = {"outlet": "source"}


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    corpus = _grouped(tmp_path_factory.mktemp("corpus") / "news.jsonl")  # 4 stories an outlet
    return open_study(corpus, fields=FIELDS, tables=tmp_path_factory.mktemp("cache"))


def test_group_tables_count_by_outlet(study):
    unigrams = group_term_frequencies(study, 1)
    assert set(unigrams["outlet"]) == {"عكاظ", "الشرق الأوسط", "سبق"}
    # every story: الرياض in the title and والرياض in the body -> key رياض twice;
    # four stories an outlet
    riyadh = unigrams[unigrams["term"] == "رياض"].set_index("outlet")["count"]
    assert riyadh.to_dict() == {"عكاظ": 8, "الشرق الأوسط": 8, "سبق": 8}
    # counted tokens per story (words; numbers and punctuation are not counted): title 3
    # (زار الرئيس الرياض), body 9 (وقال الوزير نحن هنا للحوار وزار الرئيس جدة والرياض)
    tokens = group_tokens(study)
    assert tokens.to_dict() == {"عكاظ": 4 * 12.0, "الشرق الأوسط": 4 * 12.0, "سبق": 4 * 12.0}
    bigrams = group_term_frequencies(study, 2)
    assert set(bigrams["n"]) == {2}
    # the four stories of an outlet have the same body and titles differing in a number:
    # a bigram is seen 4 times an outlet, 8 when title and body share it (زار الرئيس)
    assert set(bigrams["count"]) == {4, 8}
    kept = group_term_frequencies(study, 2, min_count=5)
    assert set(kept["count"]) == {8} and len(kept) == (bigrams["count"] == 8).sum()
    per_speaker, figures = quotes_by_group_table(study)
    assert per_speaker.groupby("outlet")["quotes"].sum().to_dict() == {
        "الشرق الأوسط": 4,
        "عكاظ": 4,
        "سبق": 4,
    }
    assert [name for name, _ in figures] == ["05_quotes_by_group"]


def test_periods_are_labelled_as_arabic_dates(tmp_path):
    corpus = _grouped(tmp_path / "news.jsonl")
    days = open_study(corpus, fields=FIELDS, group_by="date:D")
    table = group_term_frequencies(days, 1)
    assert sorted(set(table["period"])) == sorted(
        ["20 يوليو 2015", "21 يوليو 2015", "22 يوليو 2015", "23 يوليو 2015"]
    )
    counts = group_entity_counts(days, days.mentions())
    assert set(counts["period"]) <= set(table["period"])


def test_every_section_draws_named_bounded_figures(study, tmp_path):
    unigrams = group_term_frequencies(study, 1)
    drawn = [
        *corpus_overview(study),
        *terms_by_group(study, unigrams),
        *terms_by_group(study, group_term_frequencies(study, 2), title="العبارات"),
        *terms_over_time(study, unigrams),
        *entities_by_group(study, group_entity_counts(study, study.mentions())),
    ]
    names = [name for name, _ in drawn]
    assert names == [
        "01_stories_over_time",
        "01_story_lengths",
        "01_cleaning",
        "02_top_terms_by_group",
        "02_top_bigrams_by_group",
        "02_terms_over_time",
        "03_entities_by_group",
        "03_places_by_group",
        "03_people_by_group",
    ]
    figures = save_all(drawn, tmp_path)
    # session 18: a figure drawn empty (this tiny corpus: cleaning removed nothing, and
    # the heatmaps have no entity in enough stories) is neither saved nor shown; a note
    # says why (sections.noted)
    empty = {name for name, fig in drawn if empty_figure(fig)}
    assert "01_cleaning" in empty
    assert figures == [fig for name, fig in drawn if name not in empty]
    for name in names:
        assert (tmp_path / f"{name}.png").exists() == (name not in empty), name
        if name in empty:
            continue
        with Image.open(tmp_path / f"{name}.png") as im:
            assert max(im.size) <= 4000, name
    # named terms are followed as given
    ((name, _),) = terms_over_time(study, unigrams, ["رياض"])
    assert name == "02_terms_over_time"


def _own_name_corpus(path, hayat: int = 0):
    """3 outlets x 4 stories: aawsat's stories name the paper as a source
    («الشرق الأوسط»), every story names Riyadh, a Saudi minister and Saudi Arabia; the
    first ``hayat`` okaz stories cite another paper, «الحياة»."""
    records = []
    for i in range(12):
        outlet = ("okaz", "aawsat", "sabq")[i % 3]
        source = " وقال لـ«الشرق الأوسط» إن الزيارة مهمة." if outlet == "aawsat" else ""
        if outlet == "okaz" and i // 3 < hayat:
            source = " ونقلت «الحياة» عن مصادر أن الزيارة مهمة."
        record = {
            "id": f"n{i:02d}",
            "title": f"زار الرئيس الرياض {i}",
            # the story's number ends the body: a number, read by no count, so the
            # stories are not copies of one (helpers.corpus.duplicates)
            "body": "وقال الوزير السعودي إن السعودية ترحب بالحوار." + source + f" {i}",
            "source": outlet,
            "date": "2015-07-21",
        }
        records.append(record)
    write_jsonl(path, records)
    return path


def test_who_and_where_leave_out_places_adjectives_and_own_names(tmp_path):
    study = open_study(_own_name_corpus(tmp_path / "news.jsonl"), fields=FIELDS)
    mentions = study.mentions()
    own = own_names(study, mentions)
    # لـ«الشرق الأوسط»: the paper (an ORG, quoted as a source) in all 4 aawsat stories
    # (share 1.0) and nowhere else (all mentions)
    assert own[["outlet", "entity_id", "stories"]].values.tolist() == [
        ["الشرق الأوسط", "org:asharq-al-awsat", 4]
    ]
    assert own["name"].tolist() == ["الشرق الأوسط"]
    assert own["share"].tolist() == [1.0] and own["lead"].tolist() == [1.0]
    counts = group_entity_counts(study, mentions)
    who, where = who_and_where(study, counts, mentions=mentions)
    assert set(who["type"]) <= {"PERSON", "ORG"}
    assert "org:asharq-al-awsat" not in set(who["entity_id"])
    # Saudi Arabia: السعودي (NORP) and السعودية (LOC) are one row, labelled by the
    # country: 4 stories x 2 mentions an outlet
    saudi = where[where["entity_id"] == "country:SA"].set_index("outlet")
    assert saudi["count"].to_dict() == {"عكاظ": 8, "الشرق الأوسط": 8, "سبق": 8}
    assert set(saudi["canonical"]) == {"السعودية"} and set(saudi["type"]) == {"LOC"}
    riyadh = where[where["canonical"] == "الرياض"].set_index("outlet")["count"]
    assert riyadh.to_dict() == {"عكاظ": 4, "الشرق الأوسط": 4, "سبق": 4}
    # entities and mentions per outlet and type
    types = types_by_group(study, counts).set_index(["outlet", "type"])
    assert types.loc[("الشرق الأوسط", "LOC"), "entities"] == 2  # الرياض، السعودية
    assert types.loc[("الشرق الأوسط", "ORG"), "entities"] == 1  # الشرق الأوسط, the paper


def test_notebook_04_leaves_out_a_sides_own_names_as_notebook_03_does(tmp_path):
    from helpers.own_names import without_own_names
    from helpers.sections import contrast, entities_compared

    study = open_study(_own_name_corpus(tmp_path / "news.jsonl"), fields=FIELDS)
    mentions = study.mentions()
    kept = without_own_names(study, mentions)
    gone = mentions.drop(kept.index)
    # the paper «الشرق الأوسط» in aawsat's 4 stories (n01, n04, n07, n10), nothing else
    assert sorted(gone["story_id"]) == ["n01", "n04", "n07", "n10"]
    assert set(gone["entity_id"]) == {"org:asharq-al-awsat"}
    c = contrast(study, {"outlet": "aawsat"})
    table, ((name, fig),) = entities_compared(c, mentions)
    assert name == "04_entities"
    drawn = {plain(t.get_text()) for ax in fig.axes for t in ax.get_yticklabels()}
    # the heatmap's rule: the side of aawsat's stories does not count its own name,
    # and the subtitle says so
    assert "صحيفة الشرق الأوسط" not in drawn and "الشرق الأوسط" not in drawn, drawn
    assert "الرياض" in drawn
    assert "لا يُعدّ اسم الصحيفة نفسه في قصص الصحيفة" in plain(fig._suptitle.get_text())
    # session 17: the table (shared_entities.csv) too, as the chart: a newcomer saw an
    # outlet's paper top its "only in A" rows (before, the table kept every entity);
    # mentions.csv keeps every mention
    assert "org:asharq-al-awsat" not in set(table["entity_id"])
    assert "geonames:108410" in set(table["entity_id"])


@pytest.mark.parametrize("hayat", [2, 3])
def test_a_paper_cited_in_a_story_or_two_is_not_an_own_name(tmp_path, hayat):
    # «الحياة» in okaz only (lead 1.0): in 2 of its 4 stories (share 0.5) it is below
    # OWN_NAME_PAPER_MIN = 3 stories, so الحياة ("life") keeps its words in okaz's views;
    # in 3 stories (share 0.75) it counts as okaz's own name
    from helpers.own_names import OWN_NAME_PAPER_MIN

    assert OWN_NAME_PAPER_MIN == 3
    study = open_study(_own_name_corpus(tmp_path / "news.jsonl", hayat=hayat), fields=FIELDS)
    own = own_names(study, study.mentions())
    rows = own[["outlet", "entity_id", "stories"]].values.tolist()
    aawsat = ["الشرق الأوسط", "org:asharq-al-awsat", 4]
    if hayat == 2:
        assert rows == [aawsat]
    else:
        assert sorted(rows) == sorted([aawsat, ["عكاظ", "org:al-hayat-newspaper", 3]])


def test_own_names_need_both_shares():
    # places of a hand-made counts table: the adjective's row takes the place's label
    counts = pd.DataFrame(
        {
            "outlet": ["a", "a", "b"],
            "entity_id": ["country:US", "country:US", "country:US"],
            "canonical": ["أميركي", "الولايات المتحدة", "أميركي"],
            "type": ["NORP", "LOC", "NORP"],
            "count": [5, 2, 3],
        }
    )
    from helpers.sections import _places

    places = _places(counts, "outlet")
    assert places.values.tolist() == [
        ["a", "country:US", "الولايات المتحدة", "LOC", 7],
        ["b", "country:US", "الولايات المتحدة", "LOC", 3],
    ]


def test_one_day_of_stories_is_one_point_and_said(tmp_path):
    # 3 outlets x 4 stories of one day, each long enough that an outlet's day holds
    # 1,000 counted tokens: since session 21 a chart whose points are all under that
    # floor is not drawn (_own_name_corpus's short stories drew empty lines here)
    records = [
        {
            "id": f"n{i:02d}",
            "title": f"زار الرئيس الرياض {i}",
            "body": "زار الوزير السعودي الرياض وجدة والدمام اليوم. " * 60 + f"{i}",
            "source": ("okaz", "aawsat", "sabq")[i % 3],
            "date": "2015-07-21",
        }
        for i in range(12)
    ]
    write_jsonl(tmp_path / "news.jsonl", records)
    study = open_study(tmp_path / "news.jsonl", fields=FIELDS)
    ((_, fig),) = terms_over_time(study, group_term_frequencies(study, 1), ["رياض"])
    text = " ".join(t.get_text() for t in fig.texts)
    assert "يوم واحد فقط" in text, text


def test_reporting_verbs_are_left_out_beyond_story_level(study):
    from helpers.text import reporting_verbs, stopwords

    extra = extra_stopwords(study)
    # reporting verbs and name parts (display_stopwords), not the stopwords already
    # dropped (بين is both a verb of saying, بيّن, and a stopword, "between")
    # less the verb kept as an everyday noun (display_kept.tsv: النقل, session 15)
    assert set(reporting_verbs()) - {"نقل"} <= set(extra) | stopwords()
    assert "نقل" in reporting_verbs() and "نقل" not in extra
    assert "بين" in reporting_verbs() and "بين" not in extra
    assert {"قال", "بن"} <= set(extra)
    assert "كان" not in extra
    assert extra_stopwords(study, False) == ()
    table = group_term_frequencies(study, 1, extra_stopwords=extra_stopwords(study))
    # وقال is in every story's body: key قال, left out
    assert "قال" not in set(table["term"])
    assert "قال" in set(group_term_frequencies(study, 1)["term"])
    keys = pd.DataFrame({"term": ["قال", "رياض"], "g2": [3.0, 2.0]})
    assert drop_terms(keys, extra_stopwords(study))["term"].tolist() == ["رياض"]
    assert drop_terms(keys, ()) is keys


def test_story_level_leaves_reporting_verbs_out_by_default_too(tmp_path):
    """Session 15: reporting verbs are words of news prose, left out of word views at
    every corpus size (أضاف led the embedded stories' views); False keeps them."""
    from test_notebooks import PROJECT_ROOT

    embedded = open_study(PROJECT_ROOT / "data" / "raw")
    assert extra_stopwords(embedded) == extra_stopwords(embedded, True)
    assert len(extra_stopwords(embedded)) > 0
    assert extra_stopwords(embedded, False) == ()


# ------------------------------------------------- sides of different size: rates


def _unequal(path):
    """18 stories: okaz 12, sabq 6, each «زار الرئيس الرياض N» (3 counted tokens: the
    number is not a word) and «وقال سيرغي لافروف: «نحن هنا للحوار». وزار الرئيس جدة
    والرياض.» (10 words): 13 tokens a story; mentions: الرياض twice, جدة and سيرغي
    لافروف once; one quotation of لافروف."""
    records = []
    for i in range(18):
        record = {
            "id": f"u{i:02d}",
            "title": f"زار الرئيس الرياض {i}",
            # + the story's number, no word: not copies (helpers.corpus.duplicates)
            "body": f"وقال سيرغي لافروف: «نحن هنا للحوار». وزار الرئيس جدة والرياض. {i}",
            "source": "sabq" if i % 3 == 2 else "okaz",
            "date": f"2015-07-2{i % 4}",
        }
        records.append(record)
    write_jsonl(path, records)
    return path


@pytest.fixture(scope="module")
def unequal(tmp_path_factory):
    return open_study(_unequal(tmp_path_factory.mktemp("unequal") / "news.jsonl"), fields=FIELDS)


def _bars(fig):
    """The bar lengths of each panel of a small-multiples figure, and its x labels."""
    panels = [
        [round(p.get_width(), 3) for p in ax.patches]
        for ax in fig.axes
        if [t.get_text() for t in ax.get_yticklabels()]
    ]
    return panels, {ax.get_xlabel() for ax in fig.axes if ax.get_xlabel()}


def test_group_charts_compare_rates_not_counts(unequal):
    from helpers.sections import PER_100_STORIES_LABEL, STORY_SHARE_LABEL

    assert unequal.sizes.to_dict() == {"عكاظ": 12, "سبق": 6}
    assert group_tokens(unequal).to_dict() == {"عكاظ": 12 * 13.0, "سبق": 6 * 13.0}
    # quotations: 12 and 6 (raw, kept in the table), 100 per 100 stories on both sides
    per_speaker, ((_, fig),) = quotes_by_group_table(unequal)
    rows = per_speaker.set_index("outlet")
    assert rows["quotes"].to_dict() == {"عكاظ": 12, "سبق": 6}
    assert rows["per_100_stories"].to_dict() == {"عكاظ": 100.0, "سبق": 100.0}
    panels, xlabels = _bars(fig)
    assert panels == [[100.0], [100.0]] and xlabels == {PER_100_STORIES_LABEL}
    # people: لافروف in 12 of okaz's 12 stories and 6 of sabq's 6: 100 per 100 stories
    # (session 10: group charts rank and draw entities by the stories naming them)
    counts = group_entity_counts(unequal, unequal.mentions())
    assert counts.set_index("outlet").query("type == 'PERSON'")["stories"].to_dict() == {
        "عكاظ": 12,
        "سبق": 6,
    }
    drawn = dict(entities_by_group(unequal, counts))
    panels, xlabels = _bars(drawn["03_people_by_group"])
    assert panels == [[100.0], [100.0]] and xlabels == {STORY_SHARE_LABEL}


def test_two_sides_of_different_size_compare_rates(unequal):
    from helpers.sections import (
        PER_100_STORIES_LABEL,
        STORY_SHARE_LABEL,
        contrast,
        entities_compared,
        quotes_compared,
    )

    c = contrast(unequal, {"outlet": "sabq"})  # 6 stories against the other 12
    _, ((name, fig),) = entities_compared(c, unequal.mentions())
    assert name == "04_entities"
    panels, xlabels = _bars(fig)
    # الرياض, جدة and لافروف are each in every story of both sides: 100 per 100 stories
    # (raw counts would be 24 against 12); الرياض first, named twice a story
    assert panels == [[100.0, 100.0, 100.0]] * 2
    assert xlabels == {STORY_SHARE_LABEL}
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "الرياض" in labels[0]
    per_speaker, ((_, fig),) = quotes_compared(c, unequal.quotes)
    # the sides by code (session 17), named only in display
    assert per_speaker.set_index("side")["quotes"].to_dict() == {
        "target": 6,
        "reference": 12,
    }  # the rest is one outlet
    assert c.sides_named(per_speaker)["side"].tolist() == ["سبق", "عكاظ"]
    assert set(per_speaker["per_100_stories"]) == {100.0}
    panels, xlabels = _bars(fig)
    assert panels == [[100.0], [100.0]] and xlabels == {PER_100_STORIES_LABEL}


def test_own_name_words_leave_that_side_of_the_word_views(tmp_path):
    from helpers.own_names import own_words, without_own_words
    from helpers.sections import _frequencies, comparison_cloud_figure, contrast

    study = open_study(_own_name_corpus(tmp_path / "news.jsonl"), fields=FIELDS)
    # aawsat's own name is the paper; its words as listed in newspapers.csv («الشرق
    # الأوسط»), as term keys
    assert own_words(study) == {"الشرق الأوسط": frozenset({"شرق", "اوسط"})}
    unigrams = group_term_frequencies(study, 1)
    kept = without_own_words(unigrams, "outlet", own_words(study))
    gone = unigrams.drop(kept.index)
    assert sorted(zip(gone["outlet"], gone["term"], strict=True)) == [
        ("الشرق الأوسط", "اوسط"),
        ("الشرق الأوسط", "شرق"),
    ]
    # a bigram holding an own-name word goes too, in its own group only
    bigrams = pd.DataFrame({"outlet": ["الشرق الأوسط", "عكاظ"], "term": ["شرق اوسط", "شرق اوسط"]})
    assert without_own_words(bigrams, "outlet", own_words(study))["outlet"].tolist() == ["عكاظ"]
    c = contrast(study, {"outlet": "aawsat"})  # 4 stories against the other 8
    assert c.own == {"target": frozenset({"شرق", "اوسط"}), "reference": frozenset()}
    # the CSV's table keeps them (4 occurrences in aawsat, none elsewhere) ...
    both = c.keyness.set_index("term").loc[["شرق", "اوسط"]]
    assert both["count_target"].tolist() == [4, 4] and set(both["key_for"]) == {"target"}
    # ... the views do not
    assert {"شرق", "اوسط"}.isdisjoint(c.shown["term"])
    assert len(c.shown) == len(c.keyness) - 2
    # the comparison cloud compares the two sides of the keyness chart, not the outlets
    freq = _frequencies(c)
    assert set(freq["story_id"]) == {"الشرق الأوسط", "بقية القصص"}
    assert {"شرق", "اوسط"}.isdisjoint(freq["term"])
    # رياض: in each title only (the body names السعودية): 4 in aawsat's 4 stories, 8
    # in the other 8
    riyadh = freq[freq["term"] == "رياض"].set_index("story_id")["count"]
    assert riyadh.to_dict() == {"الشرق الأوسط": 4, "بقية القصص": 8}
    # an own-name word of the side a term leans to goes from both sides (dropped from
    # one side only, the term would look like the other side's): رياض, 4 in aawsat's
    # 4 stories of 17 tokens (58.8 per 1,000), 8 in 8 stories of 10 (100): leans to the
    # rest
    from dataclasses import replace

    rest_owns_riyadh = replace(c, own={"target": frozenset(), "reference": frozenset({"رياض"})})
    assert "رياض" not in set(_frequencies(rest_owns_riyadh)["term"])
    aawsat_owns_riyadh = replace(c, own={"target": frozenset({"رياض"}), "reference": frozenset()})
    assert len(_frequencies(aawsat_owns_riyadh).query("term == 'رياض'")) == 2
    ((name, fig),) = comparison_cloud_figure(c)
    text = " ".join(t.get_text() for t in fig.texts)
    assert name == "04_comparison_cloud"
    assert "«الشرق الأوسط" in text and "(4 قصص)" in text and "(8 قصص)" in text, text
    # the two sides counted as sides, as in every chart of them (was «مجموعتان»)
    assert "جانبان، 12 قصة" in plain(text), text
    # the term scatter neither: الشرق and الأوسط (key for aawsat, 4 against 0) were
    # labelled; رياض, key for the rest, stays (drawn; since session 16 its marker, shared
    # with ترحب of the same counts, is named once, by ترحب: ت before ر; since session 18
    # with the count of the 7 other terms it stands for, scatter.marker_label)
    from helpers.sections import scatter_figure

    ((name, fig),) = scatter_figure(c)
    labelled = {t.get_text() for t in fig.axes[0].texts}
    assert name == "04_term_scatter" and "ترحب و7 كلمات أخرى" in labelled, labelled
    assert "رياض" in set(c.shown["term"])
    words = {w.strip("،") for label in labelled for w in label.split()}
    assert {"الشرق", "الأوسط"}.isdisjoint(words), labelled


def test_own_names_are_judged_by_name_across_entity_ids(tmp_path):
    """The paper «الشرق الأوسط» (org id, in quote marks) is aawsat's own name; the region
    of the same name (loc id) is a place: since session 16 only the newspaper sense is
    left out of aawsat's views (before: both ids), the region stays on every side."""
    path = tmp_path / "news.jsonl"
    records = []
    for i in range(12):
        outlet = ("okaz", "aawsat", "sabq")[i % 3]
        body = "إن الأمن في الشرق الأوسط مهم."
        if outlet == "aawsat":
            body = "وقال لـ«الشرق الأوسط» " + body
        body += f" {i}"  # the story's number: no word, and no copies of one story
        record = {"id": f"n{i:02d}", "title": f"زار الرئيس الرياض {i}", "body": body}
        records.append({**record, "source": outlet})
    write_jsonl(path, records)
    study = open_study(path, fields=FIELDS)
    mentions = study.mentions()
    own = own_names(study, mentions)
    # the paper: in all 4 aawsat stories and no other (lead 1.0); the region is a place
    assert own[["outlet", "name", "entity_id", "stories"]].values.tolist() == [
        ["الشرق الأوسط", "الشرق الأوسط", "org:asharq-al-awsat", 4],
    ]
    _, where = who_and_where(study, group_entity_counts(study, mentions), mentions=mentions)
    region = where[where["entity_id"] == "loc:middle-east"].set_index("outlet")["count"]
    assert region.to_dict() == {"عكاظ": 4, "الشرق الأوسط": 4, "سبق": 4}
    assert "org:asharq-al-awsat" not in set(
        where.loc[where["outlet"] == "الشرق الأوسط", "entity_id"]
    )


def test_stories_table_shows_outlet_date_tokens_and_the_file_inside_the_corpus(unequal):
    from helpers.sections import stories_table

    table = stories_table(unequal)
    assert list(table.columns) == [
        "story_id",
        "title",
        "outlet",
        "date",
        "tokens",
        "characters",
        "paragraphs",
        "captions",
        "source_file",  # session 21: the name stories.csv gives it (was corpus_file)
    ]
    first = table.iloc[0]
    # u00: okaz, 2015-07-20 (i % 4 = 0); 3 + 10 counted tokens (see _unequal); title
    # «زار الرئيس الرياض 0» (19 characters) + body (61, then « 0»: 63); the file, not
    # its folder; the outlet by its Arabic name, as the charts show it (stories.csv
    # keeps okaz)
    assert [first["outlet"], first["date"], first["tokens"]] == ["عكاظ", "2015-07-20", 13]
    assert first["characters"] == 19 + 63 and first["paragraphs"] == 1
    assert set(table["source_file"]) == {"news.jsonl"}


def test_csv_tables_keep_the_stories_group_values(tmp_path):
    # charts show outlets by their Arabic names; the CSVs keep the stories' own values,
    # so a table joins stories.csv on its outlet column
    study = open_study(_own_name_corpus(tmp_path / "news.jsonl"), fields=FIELDS)
    counts = group_entity_counts(study, study.mentions())
    assert set(counts["outlet"]) == {"عكاظ", "الشرق الأوسط", "سبق"}  # shown
    raw = group_values(study, counts)
    assert set(raw["outlet"]) == {"okaz", "aawsat", "sabq"}  # written
    assert raw.drop(columns="outlet").equals(counts.drop(columns="outlet"))
    assert group_values(study, raw)["outlet"].tolist() == raw["outlet"].tolist()


# ------------------------------------ notebook 04: one selection for the word views


def _key_corpus(path):
    """202 stories, okaz 101 and sabq 101 (a key term must be in 2 stories of its side:
    1 % of 101, rounded up). Every story «زار الوزير المدينة»; besides, in okaz:
    الطحال 5 times in one story (in 1 story: under the range), التمور once in each of
    10 stories, العيد once in 4 stories; in sabq: سوريا once in 10 stories, العيد once
    in 2."""
    extra = {("okaz", 0): "الطحال " * 5}
    for i in range(10):
        extra[("okaz", 10 + i)] = extra.get(("okaz", 10 + i), "") + "التمور "
        extra[("sabq", 10 + i)] = "سوريا "
    for i in range(4):
        extra[("okaz", 30 + i)] = "العيد "
    for i in range(2):
        extra[("sabq", 30 + i)] = "العيد "
    records = []
    for outlet in ("okaz", "sabq"):
        for i in range(101):
            record = {
                "id": f"{outlet}{i:03d}",
                "title": "خبر",
                # + the story's number (no word): not copies of one story
                "body": "زار الوزير المدينة. " + extra.get((outlet, i), "") + f" {i}",
                "source": outlet,
                "date": "2015-07-21",
            }
            records.append(record)
    write_jsonl(path, records)
    return path


def test_the_cloud_draws_the_keyness_charts_significant_terms(tmp_path):
    from helpers.charts.alt import figure_alt
    from helpers.charts.skeleton import ALT_TITLE, ALT_WORDS
    from helpers.sections import comparison_cloud_figure, contrast, keyness_figure

    study = open_study(_key_corpus(tmp_path / "news.jsonl"), fields=FIELDS)
    c = contrast(study, {"outlet": "okaz"})
    assert c.keyness.attrs["min_stories"] == {"target": 2, "reference": 2}
    # الطحال: 5 occurrences, all in one okaz story: out of the keyness table (range 1 < 2)
    assert "طحال" not in set(c.keyness["term"])
    # العيد: 4 against 2 in sides of about 400 tokens, G2 = 2(4 ln 4/3 + 2 ln 2/3) = 0.68
    # give or take the sides' sizes: in the table and the chart (hatched), p > 0.05
    eid = c.keyness.set_index("term").loc["عيد"]
    assert (eid["count_target"], eid["count_reference"]) == (4, 2) and eid["p_value"] > 0.05
    # التمور and سوريا: 10 against 0, G2 = 2 * 10 ln 2 = 13.9: the significant terms
    assert sorted(c.key_terms()["term"]) == ["تمور", "سوريا"]
    ((_, fig),) = comparison_cloud_figure(c)
    assert sorted(getattr(fig, ALT_WORDS)) == ["التمور", "سوريا"]
    # how the words were chosen, under the cloud (its note, read into the alt text) ...
    text = figure_alt(fig)
    assert "(احتمال الصدفة أقل من 0.05)" in text and "المحصورة في قصص قليلة" in text, text
    # ... not in its heading: title and sides, at most 3 lines (session 16: 5 lines on
    # a real subset, the sizing and the range filter's two lines in the heading)
    heading = str(getattr(fig, ALT_TITLE))  # title and subtitle as written
    assert "احتمال الصدفة" not in heading and "المحصورة" not in heading, heading
    assert fig._suptitle.get_text().count("\n") + 1 <= 3, fig._suptitle.get_text()
    # the keyness chart's bars: the same two solid, العيد hatched, الطحال absent
    ((_, chart),) = keyness_figure(c)
    labels = {t.get_text() for ax in chart.axes for t in ax.get_yticklabels()}
    assert {"التمور", "سوريا", "العيد"} <= labels and "الطحال" not in labels


def test_a_group_without_attributed_quotations_is_named(tmp_path):
    # okaz and sabq 6 stories each quoting لافروف; arreyadi 6 stories, no quotation
    records = []
    for i in range(18):
        outlet = ("okaz", "sabq", "arreyadi")[i % 3]
        body = "وقال سيرغي لافروف: «نحن هنا للحوار». وزار الرئيس جدة."
        record = {
            "id": f"q{i:02d}",
            "title": f"زار الرئيس الرياض {i}",
            # + the story's number (no word): not copies of one story
            "body": (body if outlet != "arreyadi" else "فاز الفريق بالمباراة أمس.") + f" {i}",
            "source": outlet,
            "date": "2015-07-21",
        }
        records.append(record)
    write_jsonl(tmp_path / "news.jsonl", records)
    study = open_study(tmp_path / "news.jsonl", fields=FIELDS)
    from helpers.charts.skeleton import ALT_TITLE

    table, ((_, fig),) = quotes_by_group_table(study)
    assert set(table["outlet"]) == {"عكاظ", "سبق"}
    panels = [ax.get_title(loc="right") or ax.get_title() for ax in fig.axes if ax.axison]
    assert len([p for p in panels if p]) == 2, panels
    text = " ".join(getattr(fig, ALT_TITLE))
    # two panels drawn, the third outlet named as left out and why
    assert "صحيفتان، 12 قصة" in text, text
    assert "تُركت خارج الرسم صحيفة واحدة بلا اقتباس منسوب إلى متكلم: الرياضي\u200f (6 قصص)" in text
