"""by= on entity counts and quotes per speaker (tables of the entities and quotes modules)."""

import pandas as pd
import pytest

from helpers.entities import entity_counts
from helpers.errors import ArgumentError
from helpers.quotes import quotes_per_speaker

STORIES = pd.DataFrame(
    {
        "story_id": ["a1", "a2", "b1"],
        "outlet": ["aawsat", "aawsat", "okaz"],
        "date": pd.to_datetime(["2015-07-21", "2015-07-28", "2015-07-22"]),
    }
)


def _mentions():
    rows = [
        ("a1", "body", "الأسد", "PERSON", "assad", "بشار الأسد"),
        ("a1", "body", "بشار الأسد", "PERSON", "assad", "بشار الأسد"),
        ("a2", "title", "الأسد", "PERSON", "assad", "بشار الأسد"),
        ("a2", "body", "العراق", "LOC", "iraq", "العراق"),
        ("b1", "body", "العراق", "LOC", "iraq", "العراق"),
        ("b1", "caption", "العراق", "LOC", "iraq", "العراق"),
    ]
    cols = ["story_id", "zone", "surface", "type", "entity_id", "canonical"]
    return pd.DataFrame(rows, columns=cols).assign(start=0, end=1, method="gazetteer")


def test_entity_counts_by_outlet_and_week_by_hand():
    ec = entity_counts(_mentions(), by="outlet", stories=STORIES)
    assert list(ec.columns) == [
        "outlet",
        "entity_id",
        "canonical",
        "type",
        "count",
        "surfaces",
        "written",
        "stories",
    ]
    got = {(o, e): c for o, e, c in ec[["outlet", "entity_id", "count"]].values}
    # captions are not counted by default: okaz has one iraq mention
    assert got == {("aawsat", "assad"): 3, ("aawsat", "iraq"): 1, ("okaz", "iraq"): 1}
    assert ec.iloc[0].surfaces == ["الأسد", "بشار الأسد"]  # 2 then 1
    wk = entity_counts(_mentions(), by="date:W", stories=STORIES)
    got = {(str(p.date()), e): c for p, e, c in wk[["period", "entity_id", "count"]].values}
    assert got == {
        ("2015-07-20", "assad"): 2,
        ("2015-07-20", "iraq"): 1,
        ("2015-07-27", "assad"): 1,
        ("2015-07-27", "iraq"): 1,
    }
    # by story_id: today's table
    per_story = entity_counts(_mentions())
    assert list(per_story.columns[:2]) == ["story_id", "entity_id"]
    assert per_story["count"].tolist() == [2, 1, 1, 1]  # a1 assad; a2 assad, iraq; b1 iraq
    with pytest.raises(ArgumentError, match="needs stories="):
        entity_counts(_mentions(), by="outlet")
    with pytest.raises(ArgumentError, match="names no column of the stories table"):
        entity_counts(_mentions(), by="author", stories=STORIES)


def test_quotes_per_speaker_by_outlet_by_hand():
    quotes = pd.DataFrame(
        {
            "story_id": ["a1", "a2", "b1", "b1"],
            "speaker_id": ["lavrov", "lavrov", "lavrov", ""],
            "speaker": ["لافروف", "لافروف", "لافروف", None],
            "text": ["كلمة واحدة", "ثلاث كلمات هنا", "أربع كلمات في جملة", "كلمة"],
        }
    )
    qs = quotes_per_speaker(quotes, by="outlet", stories=STORIES)
    assert list(qs.columns) == ["outlet", "speaker_id", "speaker", "quotes", "words"]
    got = {(o, s): (q, w) for o, s, q, w in qs[["outlet", "speaker", "quotes", "words"]].values}
    assert got == {
        ("aawsat", "لافروف"): (2, 5),
        ("okaz", "لافروف"): (1, 4),
        ("okaz", "(غير معروف)"): (1, 1),
    }
