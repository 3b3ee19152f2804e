"""By a group, an entity has one name in every group (a newcomer read «علي عبد الله صالح»
in one outlet's panel and «علي عبدالله صالح» in another's as two people): the
canonical name of ``entity_counts(by=...)`` is the entity's most frequent one over the
whole table, while ``written`` keeps each group's own spellings. (Session 14 listed
محمد عبد الله العتيبي in people.csv, whose canonical name is the gazetteer's: the rule names
here are another man's, محمد عبد الله العتيبي, so that the rule-name path is tested.)"""

from __future__ import annotations

import pandas as pd

from helpers.entities import entity_counts, extract_entities


def test_one_name_across_outlets():
    bodies = [
        "وقال محمد عبد الله العتيبي إن الحرب طويلة.",  # outlet a: spaced عبد الله
        "وقال محمد عبدالله العتيبي إن الحرب طويلة.",  # outlet b: fused, twice
        "وقال محمد عبدالله العتيبي إن السلام قريب.",
    ]
    stories = pd.DataFrame(
        {"story_id": ["1", "2", "3"], "title": [""] * 3, "outlet": ["a", "b", "b"], "body": bodies}
    )
    got = entity_counts(extract_entities(stories), by="outlet", stories=stories)
    got = got[got["type"] == "PERSON"]
    assert got["entity_id"].nunique() == 1
    # the fused spelling is named 2 times of 3: it names the person in both outlets
    assert list(got["canonical"]) == ["محمد عبدالله العتيبي", "محمد عبدالله العتيبي"]
    assert list(got["written"]) == [["محمد عبد الله العتيبي"], ["محمد عبدالله العتيبي"]]
    assert list(got["count"]) == [1, 2]
