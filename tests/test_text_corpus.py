"""The embedded two-story corpus: counts worked out by reading the stories."""

import pytest

from helpers.corpus import load_corpus, zones
from helpers.text import tokenize_zones

CORPUS = "data/raw/asharq-two-stories.txt"


@pytest.fixture(scope="module")
def zone_table():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    return zones(load_corpus(root / CORPUS))


@pytest.fixture(scope="module")
def tokens(zone_table):
    return tokenize_zones(zone_table)


def test_default_zones_title_and_body(tokens):
    assert set(tokens["zone"]) == {"title", "body"}


def test_lavrov_counts_seven_in_story_one(tokens):
    s1 = tokens[tokens["story_id"] == "asharq-two-stories-01"]
    hits = s1[s1["base"] == "لافروف"]
    assert len(hits) == 7
    assert (hits["zone"] == "title").sum() == 1
    assert "للافروف" in set(hits["surface"])


def test_assad_counts_eight_in_story_two(tokens):
    s2 = tokens[tokens["story_id"] == "asharq-two-stories-02"]
    hits = s2[s2["base"] == "اسد"]
    assert (hits["zone"] == "body").sum() == 7
    assert (hits["zone"] == "title").sum() == 1


def test_lebashar_split_in_story_two(tokens):
    row = tokens[tokens["surface"] == "لبشار"].iloc[0]
    assert (row["clitics"], row["base"]) == ("ل", "بشار")


def test_offsets_slice_back_every_token(zone_table, tokens):
    texts = {(s, z): t for s, z, t in zone_table[["story_id", "zone", "text"]].itertuples(False)}
    for sid, zone, start, end, surface in tokens[
        ["story_id", "zone", "start", "end", "surface"]
    ].itertuples(False):
        assert texts[(sid, zone)][start:end] == surface


def test_captions_only_when_asked(zone_table):
    t = tokenize_zones(zone_table, include=("title", "caption", "body"))
    assert "caption" in set(t["zone"])
