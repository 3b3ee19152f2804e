"""The notebooks' group-level sections (helpers.sections) on a small corpus of three outlets."""

from __future__ import annotations

import pytest
from PIL import Image
from test_study import _grouped

from helpers.sections import (
    corpus_overview,
    entities_by_group,
    group_entity_counts,
    group_term_frequencies,
    group_tokens,
    quotes_by_group_table,
    save_all,
    terms_by_group,
    terms_over_time,
)
from helpers.study import open_study

FIELDS = {"outlet": "source"}


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    corpus = _grouped(tmp_path_factory.mktemp("corpus") / "news.jsonl")  # 4 stories an outlet
    return open_study(corpus, fields=FIELDS, tables=tmp_path_factory.mktemp("cache"))


def test_group_tables_count_by_outlet(study):
    unigrams = group_term_frequencies(study, 1)
    assert set(unigrams["outlet"]) == {"okaz", "aawsat", "sabq"}
    # every story: الرياض in the title and والرياض in the body -> key رياض twice;
    # four stories an outlet
    riyadh = unigrams[unigrams["term"] == "رياض"].set_index("outlet")["count"]
    assert riyadh.to_dict() == {"okaz": 8, "aawsat": 8, "sabq": 8}
    # counted tokens per story (words; numbers and punctuation are not counted): title 3
    # (زار الرئيس الرياض), body 9 (وقال الوزير نحن هنا للحوار وزار الرئيس جدة والرياض)
    tokens = group_tokens(study)
    assert tokens.to_dict() == {"okaz": 4 * 12.0, "aawsat": 4 * 12.0, "sabq": 4 * 12.0}
    bigrams = group_term_frequencies(study, 2)
    assert set(bigrams["n"]) == {2}
    # the four stories of an outlet have the same body and titles differing in a number:
    # a bigram is seen 4 times an outlet, 8 when title and body share it (زار الرئيس)
    assert set(bigrams["count"]) == {4, 8}
    kept = group_term_frequencies(study, 2, min_count=5)
    assert set(kept["count"]) == {8} and len(kept) == (bigrams["count"] == 8).sum()
    per_speaker, figures = quotes_by_group_table(study)
    assert per_speaker.groupby("outlet")["quotes"].sum().to_dict() == {
        "aawsat": 4,
        "okaz": 4,
        "sabq": 4,
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
        "03_people_by_group",
    ]
    figures = save_all(drawn, tmp_path)
    assert figures == [fig for _, fig in drawn]
    for name in names:
        with Image.open(tmp_path / f"{name}.png") as im:
            assert max(im.size) <= 4000, name
    # named terms are followed as given
    ((name, _),) = terms_over_time(study, unigrams, ["رياض"])
    assert name == "02_terms_over_time"
