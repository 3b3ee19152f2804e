"""Session 23 (fix23d): one entity, one name across calls, chunks and orders.

An entity's canonical name is chosen once, by one rule (most mentions, then code-point
order: :func:`helpers.entities.extract.one_name`), over the rows it is merged from: one
call's, the cluster's chunks merged, or a counts table's groups. Values worked out by
hand: stories a «عبد الله بن مساعد», b and c «عبدالله بن مساعد» (two mentions joined of
three: the joined spelling); with the stories cut [a] | [b, c] each chunk had chosen its
own name before this session.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from helpers.cluster import corpus_tables
from helpers.entities import entity_counts, extract_entities, load_gazetteer
from helpers.entities.extract import _most_named, one_canonical_table, one_name
from helpers.errors import CorpusFormatError

APART, JOINED = "عبد الله بن مساعد", "عبدالله بن مساعد"
EID = "rule:PERSON:عبدالله_بن_مساعد"
BODIES = [
    "قال الأمير عبد الله بن مساعد إن الفريق جاهز.",
    "أكد الأمير عبدالله بن مساعد أن الفريق جاهز.",
    "وقال الأمير عبدالله بن مساعد إن الموسم طويل.",
]


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(None)


def _stories(bodies, outlets):
    return pd.DataFrame(
        {
            "story_id": [f"s{i}" for i in range(len(bodies))],
            "title": [""] * len(bodies),
            "body": list(bodies),
            "outlet": list(outlets),
        }
    )


def test_one_name_most_mentions_then_code_point_order():
    assert one_name(Counter({JOINED: 2, APART: 1})) == JOINED
    # a tie: the space (U+0020) sorts before the letter ا (U+0627)
    assert one_name(Counter({JOINED: 1, APART: 1})) == APART
    assert one_name({"ب": 3}) == "ب"
    with pytest.raises(ValueError):
        one_name({})


def test_most_named_breaks_ties_by_code_point_not_first_seen():
    # before fix23d: the first seen, so the two orders gave two names
    assert _most_named([JOINED, APART]) == APART
    assert _most_named([APART, JOINED]) == APART
    assert _most_named([JOINED, APART, JOINED]) == JOINED


def test_chunks_without_one_name_merge_to_the_one_call_name(gaz):
    stories = _stories(BODIES, ["a", "b", "b"])
    whole = extract_entities(stories, gaz)
    a = extract_entities(stories.iloc[:1], gaz, one_name=False)
    bc = extract_entities(stories.iloc[1:], gaz, one_name=False)
    assert a.loc[a["type"] == "PERSON", "canonical"].tolist() == [APART]  # its own spelling
    for parts in ([a, bc], [bc, a]):
        merged = one_canonical_table(pd.concat(parts, ignore_index=True))
        p = merged[merged["type"] == "PERSON"]
        assert set(zip(p["entity_id"], p["canonical"], strict=True)) == {(EID, JOINED)}
    pairs = set(zip(whole["entity_id"], whole["canonical"], strict=True))
    merged = one_canonical_table(pd.concat([bc, a], ignore_index=True))
    assert set(zip(merged["entity_id"], merged["canonical"], strict=True)) == pairs


def test_grouped_counts_name_does_not_follow_row_order(gaz):
    # one mention each way: the tie goes to the spelling with the space, both orders
    stories = _stories(BODIES[:2], ["a", "b"])
    parts = [extract_entities(stories.iloc[[i]], gaz) for i in (0, 1)]
    for order in (parts, parts[::-1]):
        m = pd.concat(order, ignore_index=True)
        by = entity_counts(m, by="outlet", stories=stories)
        assert set(by.loc[by["type"] == "PERSON", "canonical"]) == {APART}


def test_corpus_tables_name_is_the_same_in_any_chunking(gaz):
    stories = _stories(BODIES, ["a", "b", "b"])
    whole = extract_entities(stories, gaz)
    want = set(zip(whole["entity_id"], whole["canonical"], strict=True))
    assert (EID, JOINED) in want
    for frame in (stories, stories.iloc[::-1].reset_index(drop=True)):
        for size in (1, 2, 3):
            t = corpus_tables(frame, entities=True, partition_size=size, chunk_size=1)
            got = set(zip(t.mentions["entity_id"], t.mentions["canonical"], strict=True))
            assert got == want, (size, got ^ want)


def test_one_canonical_table_needs_its_columns():
    with pytest.raises(CorpusFormatError, match="canonical"):
        one_canonical_table(pd.DataFrame({"entity_id": ["x"]}))
