"""Notebook 04 on a small corpus with a column selection as TARGET (session 14, fix04).

``python -m helpers run --corpus small.jsonl --fields '{"outlet":"source"}' --target
'{"outlet":"aawsat"}'`` on at most 8 stories exited 1: "04 cell 4 failed: SelectionError:
the target is a column selection ... but no stories table was given". At story level
:func:`helpers.sections.contrast` passed the selection to keyness without the stories
table. Now the sides are resolved against the study's stories: one story picked is a
story-level comparison, several a comparison of sides.

Hand count of the corpus below (titles and bodies, every token, stopwords included):
a1 4 + 6 = 10 tokens, a2 4 + 5 = 9 (aawsat: 19); s1 3 + 6 = 9 (sabq). وزير: once in
each title and body of a1 and a2 = 4, none in s1; أمطار and جدة: twice in s1 (title and
body), none in aawsat.
"""

from __future__ import annotations

import pytest
from jsonl_files import write_jsonl

from helpers.errors import KhabarError, SelectionError
from helpers.sections import contrast
from helpers.study import open_study

ROWS = [
    {
        "id": "a1",
        "title": "وزير الخارجية في الرياض",
        "body": "وصل وزير الخارجية إلى الرياض اليوم.",
        "source": "aawsat",
    },
    {
        "id": "a2",
        "title": "وزير المالية يعلن الميزانية",
        "body": "أعلن وزير المالية الميزانية اليوم.",
        "source": "aawsat",
    },
    {
        "id": "s1",
        "title": "أمطار في جدة",
        "body": "هطلت أمطار غزيرة على جدة اليوم.",
        "source": "sabq",
    },
]


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fix04")
    corpus = folder / "small.jsonl"
    write_jsonl(corpus, ROWS)
    return open_study(corpus, fields={"outlet": "source"}, tables=folder / "cache")


def test_the_corpus_is_at_story_level(study):
    assert study.per_story
    assert study.stories["story_id"].tolist() == ["a1", "a2", "s1"]


def test_a_column_selection_of_several_stories_is_a_side(study):
    c = contrast(study, {"outlet": "aawsat"})  # raised SelectionError before the fix
    assert not c.per_story  # two stories against one: sides, as beyond story level
    assert c.keyness.attrs["target"] == ["a1", "a2"]
    assert c.keyness.attrs["reference"] == ["s1"]
    assert (c.keyness.attrs["target_size"], c.keyness.attrs["reference_size"]) == (19, 9)
    rows = c.keyness.set_index("term")
    assert rows.loc["وزير", ["count_target", "count_reference"]].tolist() == [4, 0]
    assert rows.loc["جدة", ["count_target", "count_reference"]].tolist() == [0, 2]
    assert (c.a_name, c.b_name) == ("الشرق الأوسط", "بقية القصص")


def test_a_column_selection_of_one_story_is_that_story(study):
    c = contrast(study, {"outlet": "sabq"})
    assert c.per_story and c.target == "s1"
    assert c.keyness.attrs["reference"] == ["a1", "a2"]
    assert c.a_name == "أمطار في جدة"  # the story's title names it
    rows = c.keyness.set_index("term")
    assert rows.loc["امطار", ["count_target", "count_reference"]].tolist() == [2, 0]


def test_a_column_selection_as_reference_at_story_level(study):
    c = contrast(study, "s1", {"outlet": "aawsat"})
    assert c.per_story and c.target == "s1"
    assert c.reference == ["a1", "a2"]  # resolved: the story-level views read ids
    assert c.reference_ids == ["a1", "a2"]
    assert c.keyness.attrs["reference_rest"] is False
    assert c.keyness.set_index("term").loc["وزير", "count_reference"] == 4


def test_a_column_selection_of_no_story_says_so(study):
    with pytest.raises(SelectionError, match="selects no stories") as err:
        contrast(study, {"outlet": "okaz"})
    assert isinstance(err.value, KhabarError)
