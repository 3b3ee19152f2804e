"""Session 9: each rule in one place (the country rule ``one_place`` and the surname rule
``aliases.with_full_names``), called by every table that uses it; values by hand."""

import pandas as pd

from helpers.entities.aliases import with_full_names
from helpers.entities.extract import one_place
from helpers.freq import shared_entities


def _mentions(rows):
    return pd.DataFrame(rows, columns=["story_id", "type", "entity_id"])


def test_one_place_per_story_and_over_the_table():
    m = _mentions(
        [
            ("s1", "LOC", "sa"),  # السعودية
            ("s1", "NORP", "sa"),  # السعودي, same story: one place
            ("s2", "NORP", "sa"),  # adjective only in s2
            ("s2", "NORP", "eg"),  # مصري, no مصر anywhere
        ]
    )
    assert one_place(m, ["story_id"])["type"].tolist() == ["LOC", "LOC", "NORP", "NORP"]
    # keys=[]: the whole table is one unit, so s2's السعودي is the place too
    assert one_place(m, [])["type"].tolist() == ["LOC", "LOC", "LOC", "NORP"]
    # nothing to change: the same object back, not a copy
    only = m[m["entity_id"] == "eg"]
    assert one_place(only, []) is only


def test_shared_entities_and_group_counts_agree_on_a_country():
    # a country by its name in one story and its adjective in another: one row, LOC,
    # 2 + 3 mentions, in shared_entities (the rule of entity_counts, one home)
    counts = pd.DataFrame(
        {
            "story_id": ["a1", "a2", "b1"],
            "entity_id": ["sa", "sa", "sa"],
            "canonical": ["السعودية", "السعودية", "السعودية"],
            "type": ["LOC", "NORP", "NORP"],
            "count": [2, 3, 1],
        }
    )
    out = shared_entities(counts, ["a1", "a2"], ["b1"])
    assert out[
        ["entity_id", "type", "count_target", "count_reference", "status"]
    ].values.tolist() == [["sa", "LOC", 5, 1, "shared"]]


def test_with_full_names_only_where_asked_and_not_on_missing_ids():
    t = pd.DataFrame(
        {
            "id": ["p:blatter", "p:blatter", None, "p:kerry"],
            "name": ["بلاتر", "بلاتر", "؟", "كيري"],
            "type": ["PERSON", "ORG", "PERSON", "PERSON"],
        }
    )
    mapping = {"p:blatter": ("p:joseph_blatter", "جوزيف بلاتر")}
    out = with_full_names(t, mapping, id_col="id", name_col="name", where=t["type"] == "PERSON")
    assert out["id"].fillna("").tolist() == ["p:joseph_blatter", "p:blatter", "", "p:kerry"]
    assert out["name"].tolist() == ["جوزيف بلاتر", "بلاتر", "؟", "كيري"]
    assert t["id"].tolist()[0] == "p:blatter"  # the input is not changed
    assert with_full_names(t, {}, id_col="id", name_col="name") is t
