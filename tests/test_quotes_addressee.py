"""The person a participle of manner addresses is never the speaker (hostile test of
session 7: «وقال الوزير مخاطبا الرئيس الأمريكي دونالد ترامب» gave Trump as speaker)."""

import json

import pytest

from helpers.corpus import load_corpus
from helpers.quotes import extract_quotes

QUOTE = "«إن الوضع في المنطقة خطير جدا ويحتاج إلى تحرك عاجل من الجميع»"


def _quotes(tmp_path, speaker_phrase):
    path = tmp_path / "q.jsonl"
    body = f"وقال {speaker_phrase}: {QUOTE}."
    path.write_text(
        json.dumps({"id": "q", "title": "خبر", "body": body}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return extract_quotes(load_corpus(path))


@pytest.mark.parametrize(
    "phrase",
    ["الوزير مخاطبا الرئيس الأمريكي دونالد ترامب", "الوزير مخاطبا محمد بن سلمان"],
)
def test_the_addressee_of_a_participle_is_not_the_speaker(tmp_path, phrase):
    q = _quotes(tmp_path, phrase)
    assert len(q) == 1
    row = q.iloc[0]
    # the speaker is the minister, whom the story does not name: unknown, role kept
    assert row["attribution"] == "unknown"
    assert row["speaker_role"] == "الوزير"
    assert row["unknown_reason"] == "unnamed_role"


def test_a_named_speaker_before_the_participle_still_speaks(tmp_path):
    q = _quotes(tmp_path, "وزير الخارجية عادل الجبير مخاطبا الحضور")
    assert q.iloc[0]["speaker"] == "عادل الجبير"
    assert q.iloc[0]["attribution"] == "named"
