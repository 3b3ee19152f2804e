"""Vocabulary overlap on hand-made token tables, values worked out by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.errors import SelectionError
from helpers.freq.overlap import shared_terms, vocabulary_overlap


def _tokens(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "story_id": [s for s, _ in rows],
            "surface": [b for _, b in rows],
            "kind": "word",
            "base": [b for _, b in rows],
            "is_stop": [b == "في" for _, b in rows],
        }
    )


TOK = _tokens([("s1", "x"), ("s1", "x"), ("s1", "y"), ("s1", "في"), ("s2", "x"), ("s2", "z")])


def test_set_measures_and_tfidf_cosine_by_hand():
    ov = vocabulary_overlap(TOK, "s1", "s2")
    # types (stopword في left out): s1 = {x, y}, s2 = {x, z}
    assert ov["tokens_a"] == 4 and ov["tokens_b"] == 2
    assert (ov["types_a"], ov["types_b"]) == (2, 2)
    assert (ov["shared"], ov["only_a"], ov["only_b"]) == (1, 1, 1)
    assert ov["jaccard"] == pytest.approx(1 / 3)
    # idf (smoothed, n = 2 stories): x df=2 -> ln(3/3)+1 = 1; y, z df=1 -> ln(3/2)+1
    # u = (x 2, y 1.405465, z 0), v = (x 1, y 0, z 1.405465)
    # cos = 2 / (sqrt(4 + 1.405465^2) * sqrt(1 + 1.405465^2))
    #     = 2 / (2.444449 * 1.724915) = 0.474331
    w = math.log(1.5) + 1
    expected = 2 / (math.sqrt(4 + w * w) * math.sqrt(1 + w * w))
    assert ov["cosine_tfidf"] == pytest.approx(expected)
    assert ov["cosine_tfidf"] == pytest.approx(0.474331, abs=1e-6)


def test_shared_terms_balance_and_order():
    st = shared_terms(TOK, "s1", "s2")
    assert list(st.term) == ["x", "y", "z"]
    assert list(st.status) == ["shared", "only_target", "only_reference"]
    # x: 2 of 4 tokens = 500 per 1,000 in s1, 1 of 2 = 500 in s2 -> balance 1
    x = st.iloc[0]
    assert x.per_1000_target == pytest.approx(500.0) and x.per_1000_reference == pytest.approx(
        500.0
    )
    assert x.balance == pytest.approx(1.0)
    assert st.balance.iloc[1:].isna().all()


def test_shared_terms_rank_by_the_smaller_rate_then_pooled_count():
    """Session 17: shared terms by the smaller of the two rates (a term both sides use a
    lot first), no longer by balance; balance stays a column with its values."""
    tok = _tokens([*(("a", t) for t in "pppq"), *(("b", t) for t in "pqqr")])
    st = shared_terms(tok, "a", "b")
    # p: 3/4 = 750 vs 1/4 = 250 -> min 250, balance 1/3, pooled 4;
    # q: 1/4 = 250 vs 2/4 = 500 -> min 250, balance 0.5, pooled 3: a tie, p has more
    assert list(st.term[:2]) == ["p", "q"]
    assert st.balance.iloc[0] == pytest.approx(1 / 3)
    assert st.balance.iloc[1] == pytest.approx(0.5)


def test_a_chance_match_trails_a_term_both_sides_use_a_lot():
    """The newcomer's case (أبواب، تجاوزت, 1 and 1 on alyaum against alwatan): a word
    once on each side had balance 1 and led; by the smaller rate it comes last."""
    a = [*("w" * 6), *("c" * 1), *("x" * 3)]  # 10 tokens
    b = [*("w" * 2), *("c" * 1), *("y" * 7)]  # 10 tokens
    tok = _tokens([*(("a", t) for t in a), *(("b", t) for t in b)])
    st = shared_terms(tok, "a", "b").query("status == 'shared'")
    # w: 600 and 200 per 1,000 -> min 200 (balance 1/3); c: 100 and 100 -> min 100
    # (balance 1)
    assert list(st.term) == ["w", "c"]
    assert st.balance.tolist() == pytest.approx([1 / 3, 1.0])


def test_identical_and_disjoint_texts():
    same = _tokens([("s1", "x"), ("s1", "y"), ("s2", "x"), ("s2", "y")])
    ov = vocabulary_overlap(same, "s1", "s2")
    assert ov["jaccard"] == 1.0 and ov["cosine_tfidf"] == pytest.approx(1.0)
    apart = _tokens([("s1", "x"), ("s2", "y")])
    ov = vocabulary_overlap(apart, "s1", "s2")
    assert ov["jaccard"] == 0.0 and ov["cosine_tfidf"] == 0.0


def test_bad_selection():
    with pytest.raises(SelectionError, match="same stories"):
        vocabulary_overlap(TOK, "s1", ["s1"])
    with pytest.raises(SelectionError, match="selects no stories"):
        shared_terms(TOK, "s1", [])


def test_shared_entities():
    from helpers.freq.overlap import shared_entities

    counts = pd.DataFrame(
        {
            "story_id": ["s1", "s1", "s2", "s2", "s3"],
            "entity_id": ["lavrov", "iraq", "lavrov", "assad", "iraq"],
            "canonical": ["سيرغي لافروف", "العراق", "سيرغي لافروف", "بشار الأسد", "العراق"],
            "type": ["PERSON", "LOC", "PERSON", "PERSON", "LOC"],
            "count": [7, 8, 1, 9, 2],
        }
    )
    se = shared_entities(counts, "s1", "s2")
    assert list(se.entity_id) == ["lavrov", "iraq", "assad"]
    assert list(se.status) == ["shared", "only_target", "only_reference"]
    assert (se.count_target.iloc[0], se.count_reference.iloc[0]) == (7, 1)
    # b=None: every other story (s2 and s3), so iraq is shared
    se2 = shared_entities(counts, "s1")
    assert se2.set_index("entity_id").loc["iraq", "count_reference"] == 2
    with pytest.raises(SelectionError, match="both selections"):
        shared_entities(counts, ["s1", "s2"], "s2")


def test_shared_entities_gives_a_country_and_its_adjective_one_row():
    """Session 7 (tables): on the real corpus السعودية appeared twice in
    shared_entities.csv, once as NORP (سعودي, labelled by its country) and once as LOC.
    One row an entity: LOC when found as both, counts of both types summed."""
    from helpers.freq.overlap import shared_entities

    counts = pd.DataFrame(
        {
            "story_id": ["s1", "s1", "s2", "s2", "s2"],
            "entity_id": ["country:SA", "country:SA", "country:SA", "country:SY", "norp:x"],
            "canonical": ["السعودية", "السعودية", "السعودية", "سوريا", "الشيعة"],
            "type": ["LOC", "NORP", "NORP", "NORP", "NORP"],
            "count": [2, 3, 1, 4, 5],
        }
    )
    se = shared_entities(counts, "s1", "s2")
    assert se["entity_id"].tolist() == ["country:SA", "norp:x", "country:SY"]
    sa = se.iloc[0]
    # s1: 2 names + 3 adjectives = 5; s2: 1 adjective
    assert (sa["type"], sa["count_target"], sa["count_reference"], sa["status"]) == (
        "LOC",
        5,
        1,
        "shared",
    )
    # found only by its adjective: stays NORP; another NORP entity stays NORP
    assert se.set_index("entity_id").loc["country:SY", "type"] == "NORP"
    assert se.set_index("entity_id").loc["norp:x", "count_reference"] == 5
    assert not se["entity_id"].duplicated().any()
