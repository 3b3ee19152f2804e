"""Session 15 (branch misc15): loader and shared-constant defects left from session 14.

Values worked out by hand; each fixed example is a test.
"""

from __future__ import annotations

import pandas as pd

# --- 1. one story-scope mark (helpers.ids) -------------------------------------------------


def test_one_story_scope_mark_for_entities_and_quotes():
    import helpers.entities.aliases as aliases
    import helpers.quotes as quotes
    import helpers.quotes.columns as columns
    from helpers.ids import STORY_SCOPE, is_story_scoped, story_scoped

    assert STORY_SCOPE == "@"
    # the duplicates are gone: one name, in helpers.ids
    assert not hasattr(aliases, "STORY_LOCAL_MARK")
    assert not hasattr(aliases, "is_story_local")
    assert not hasattr(columns, "STORY_SCOPE")
    assert not hasattr(quotes, "STORY_SCOPE")
    assert story_scoped("rule:PERSON:احمد", "day/a-01") == "rule:PERSON:احمد@day/a-01"
    assert story_scoped("phrase:نور", "x@y-01") == "phrase:نور@x@y-01"
    assert is_story_scoped("phrase:نور@x@y-01")
    assert not is_story_scoped("phrase:نور")
    assert not is_story_scoped("@s1")  # no id before the mark
    assert not is_story_scoped(None)
    assert not is_story_scoped(float("nan"))


def test_story_scoped_ids_keeps_the_series_index():
    from helpers.ids import story_scoped_ids

    got = story_scoped_ids(pd.Series(["a@s", "b", None], index=[5, 7, 9]))
    assert got.index.tolist() == [5, 7, 9]
    assert got.tolist() == [True, False, False]
    assert got.dtype == bool


def test_both_layers_make_story_scoped_ids_with_the_one_mark():
    # a bare first name in two stories: two story-local entity ids (bare14's scheme)
    from helpers.entities import extract_entities

    stories = pd.DataFrame(
        {
            "story_id": ["s1", "s2"],
            "title": ["", ""],
            "body": ["وقال أحمد إن الوضع جيد.", "وقال أحمد إن الوضع سيئ."],
        }
    )
    m = extract_entities(stories)
    ids = sorted(set(m.loc[m["surface"].str.contains("أحمد"), "entity_id"]))
    assert ids == ["rule:PERSON:احمد@s1", "rule:PERSON:احمد@s2"]
