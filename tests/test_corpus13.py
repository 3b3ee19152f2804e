"""Session 13 (branch corpus13): the corpus tables' memory, agency datelines.

Values worked out by hand on the small stories written here.
"""

import pandas as pd
import pytest

from helpers.cluster.tables import PartialTables, _empty_report, merge_partials
from helpers.errors import ArgumentError
from helpers.freq import count_chunk, merge_counts


def _stories(*texts, first=1):
    return pd.DataFrame(
        {
            "story_id": [f"s{i + first}" for i in range(len(texts))],
            "title": [""] * len(texts),
            "body": list(texts),
        }
    )


def _entries(surface, n=1):
    """{(story, surface n-gram): count} of a SurfaceCounts."""
    rows, ids, counts = surface.grams[n]
    return {
        (surface.story_ids[r], " ".join(surface.types[i] for i in row)): int(c)
        for r, row, c in zip(rows, ids, counts, strict=True)
    }


def test_merge_counts_consuming_a_list_is_the_fold_and_empties_it():
    a = count_chunk(_stories("سوريا لبنان"))
    b = count_chunk(_stories("لبنان مصر لبنان", first=2))
    parts = [a, b]
    merged = merge_counts(parts, consume=True)
    assert parts == []  # emptied: the caller holds no copy of the entries
    # types: a's first (سوريا 0, لبنان 1), then b's new one (مصر 2)
    assert list(merged.types) == ["سوريا", "لبنان", "مصر"]
    assert _entries(merged) == {
        ("s1", "سوريا"): 1,
        ("s1", "لبنان"): 1,
        ("s2", "لبنان"): 2,
        ("s2", "مصر"): 1,
    }
    assert _entries(merged, 2) == {
        ("s1", "سوريا لبنان"): 1,
        ("s2", "لبنان مصر"): 1,
        ("s2", "مصر لبنان"): 1,
    }
    assert merged.story_ids.tolist() == ["s1", "s2"] and merged.tokens.tolist() == [2, 3]
    fold = merge_counts(
        count_chunk(_stories("سوريا لبنان")), count_chunk(_stories("لبنان مصر لبنان", first=2))
    )
    assert list(fold.types) == list(merged.types) and _entries(fold, 2) == _entries(merged, 2)


def test_merge_counts_consume_needs_one_list():
    a = count_chunk(_stories("سوريا"))
    with pytest.raises(ArgumentError, match="consume=True takes the parts as one list"):
        merge_counts(a, a, consume=True)
    with pytest.raises(ArgumentError, match="consume=True takes the parts as one list"):
        merge_counts((a, a), consume=True)


def test_merge_partials_consuming_keeps_corpus_order():
    parts = [
        PartialTables(surface=count_chunk(_stories(text, first=i)), report=_empty_report())
        for i, text in ((1, "سوريا"), (2, "مصر سوريا"), (3, "لبنان"))
    ]
    merged = merge_partials(parts, consume=True)
    assert parts == []
    assert merged.surface.story_ids.tolist() == ["s1", "s2", "s3"]
    assert list(merged.surface.types) == ["سوريا", "مصر", "لبنان"]
    assert _entries(merged.surface) == {
        ("s1", "سوريا"): 1,
        ("s2", "مصر"): 1,
        ("s2", "سوريا"): 1,
        ("s3", "لبنان"): 1,
    }


def test_mentions_of_a_partition_share_one_string_per_value():
    from helpers.cluster.tables import _shared_strings

    # two mentions of one name, each built anew (as extract_entities builds them)
    first, second = "".join(["سلمان", " ", "بن"]), "".join(["سلمان ", "بن"])
    assert first == second and first is not second
    table = pd.DataFrame(
        {"surface": pd.array([first, second, None], dtype="str"), "start": [0, 9, 20]}
    )
    out = _shared_strings(table.copy())
    pd.testing.assert_frame_equal(out, table)  # the same values and dtypes
    cells = out["surface"].array._ndarray
    assert cells[0] is cells[1]
    assert _shared_strings(None) is None
