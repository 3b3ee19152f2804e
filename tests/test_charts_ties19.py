"""Top-n charts say when their cut falls inside a tie (session 19): worked by hand."""

import pandas as pd
import pytest

from helpers.charts import top_terms_chart
from helpers.charts.skeleton import tie_note, tied_beyond


def _table(counts):
    terms = [chr(ord("a") + i) for i in range(len(counts))]
    return pd.DataFrame(
        {
            "story_id": "s1",
            "term": terms,
            "label": [f"كلمة{t}" for t in terms],
            "count": counts,
            "per_1000": [c * 10.0 for c in counts],  # 100 counted tokens
            "rank": range(1, len(counts) + 1),
        }
    )


def test_tied_beyond_counts_the_rows_cut_inside_a_tie():
    # 5 4 2 2 2 2 1, top 3: the 3rd value 2 is shared by rows 4-6 (3 rows not drawn)
    assert tied_beyond([5, 4, 2, 2, 2, 2, 1], 3) == 3
    assert tied_beyond([5, 4, 2, 2, 2, 2, 1], 2) == 0  # cut between 4 and 2
    assert tied_beyond([5, 4, 2, 2, 2, 2, 1], 6) == 0  # 6th value 2, 7th is 1
    assert tied_beyond([5, 4], 3) == 0  # nothing cut
    assert tied_beyond([3, 3], 0) == 0


@pytest.mark.parametrize(
    ("values", "note"),
    [
        ([2] * 7, "وكلمة واحدة أخرى بالتكرار نفسه خارج الرسم"),
        ([2] * 8, "وكلمتان أخريان بالتكرار نفسه خارج الرسم"),
        ([2] * 9, "و3 كلمات أخرى بالتكرار نفسه خارج الرسم"),
        ([2] * 17, "و11 كلمة أخرى بالتكرار نفسه خارج الرسم"),  # story 1's 16 twice, 5 drawn
        ([3] * 6 + [2] * 5, None),
    ],
)
def test_tie_note_agrees_with_the_number(values, note):
    assert tie_note(values, 6) == note


def test_tie_note_of_bigrams():
    assert tie_note([4, 1, 1, 1], 2, "عبارة") == "وعبارتان أخريان بالتكرار نفسه خارج الرسم"


def test_top_terms_chart_subtitle_names_the_terms_tied_with_the_last_bar():
    fig = top_terms_chart(_table([5, 4, 2, 2, 2, 2, 1]), "s1", n=3)
    (text,) = [t.get_text() for t in fig.texts]
    assert text.endswith("قصة واحدة، 100 كلمة، و3 كلمات أخرى بالتكرار نفسه خارج الرسم")
    fig = top_terms_chart(_table([5, 4, 2, 2, 2, 2, 1]), "s1", n=2)
    (text,) = [t.get_text() for t in fig.texts]
    assert text.endswith("قصة واحدة، 100 كلمة")  # the cut is between 4 and 2
