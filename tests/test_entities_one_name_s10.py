"""By a group, an entity has one name in every group (a newcomer read «علي عبد الله صالح»
in one outlet's panel and «علي عبدالله صالح» in another's as two people): the
canonical name of ``entity_counts(by=...)`` is the entity's most frequent one over the
whole table, while ``written`` keeps each group's own spellings."""

from __future__ import annotations

import pandas as pd

from helpers.entities import entity_counts, extract_entities


def test_one_name_across_outlets():
    bodies = [
        "وقال علي عبد الله صالح إن الحرب طويلة.",  # outlet a: spaced عبد الله
        "وقال علي عبدالله صالح إن الحرب طويلة.",  # outlet b: fused, twice
        "وقال علي عبدالله صالح إن السلام قريب.",
    ]
    stories = pd.DataFrame(
        {"story_id": ["1", "2", "3"], "title": [""] * 3, "outlet": ["a", "b", "b"], "body": bodies}
    )
    got = entity_counts(extract_entities(stories), by="outlet", stories=stories)
    got = got[got["type"] == "PERSON"]
    assert got["entity_id"].nunique() == 1
    # the fused spelling is named 2 times of 3: it names the person in both outlets
    assert list(got["canonical"]) == ["علي عبدالله صالح", "علي عبدالله صالح"]
    assert list(got["written"]) == [["علي عبد الله صالح"], ["علي عبدالله صالح"]]
    assert list(got["count"]) == [1, 2]
