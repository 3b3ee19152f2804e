"""Top-n charts say when their cut falls inside a tie (session 19, load19 and ties19):
every top-n chart, per panel where there are panels; worked by hand."""

import pandas as pd
import pytest

from helpers.charts import bar_chart, compare_stories, top_terms_chart, word_cloud
from helpers.charts.plots import entity_counts_chart
from helpers.charts.skeleton import (
    ALT_TITLE,
    other_word,
    panel_tie_note,
    tie_note,
    tied_beyond,
)
from helpers.charts.views import (
    entity_heatmap,
    quotes_by_group,
    top_by_group,
    top_entities_by_group,
    top_terms_by_group,
)


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


# ------------------------------------------- every top-n chart, per panel (session 19)


def _subtitle(fig):
    """The figure's heading as written (title and subtitle lines before wrapping), one
    string, without the direction marks around names (bidi_name)."""
    return "\n".join(getattr(fig, ALT_TITLE, [])).replace("\u200f", "").replace("\u200e", "")


@pytest.mark.parametrize(
    ("k", "noun", "word"),
    [
        (1, "كيان", "آخر"),  # كيان واحد آخر
        (2, "كيان", "آخران"),
        (3, "كيان", "أخرى"),  # 3 كيانات أخرى: a thing's plural is feminine
        (11, "كيان", "آخر"),  # 11 كياناً آخر
        (3, "متحدث", "آخرين"),  # 3 متحدثين آخرين: a person's plural
        (12, "متحدث", "آخر"),
        (2, "متحدث", "آخران"),
        (2, "كلمة", "أخريان"),
        (5, "كلمة", "أخرى"),
        (103, "متحدث", "آخرين"),  # the last two digits decide, as counted()
    ],
)
def test_other_agrees_with_the_counted_noun(k, noun, word):
    assert other_word(k, noun) == word


def test_tie_note_of_entities_and_speakers():
    assert tie_note([4, 1, 1], 2, "كيان") == "وكيان واحد آخر بالتكرار نفسه خارج الرسم"
    assert (
        tie_note([4, 1, 1, 1, 1], 2, "متحدث", "بعدد الاقتباسات نفسه")
        == "و3 متحدثين آخرين بعدد الاقتباسات نفسه خارج الرسم"
    )


def test_panel_tie_note_names_only_the_panels_cut_inside_a_tie():
    assert panel_tie_note([("a", 0), ("b", 0)]) is None
    note = panel_tie_note([("عكاظ", 3), ("سبق", 0), ("الرياض", 2)]).replace("\u200f", "")
    assert note == "خارج الرسم بالتكرار نفسه لآخر شريط: 3 كلمات في «عكاظ»، كلمتان في «الرياض»"


def _by_outlet(rows):
    """outlet, label, count rows -> a term table of two outlets."""
    return pd.DataFrame(rows, columns=["outlet", "label", "count"])


# okaz 5 3 3 3 1 (top 2 cuts inside the 3s: 2 more 3s left out); sabq 4 2 1 (no tie)
TERMS = _by_outlet(
    [
        ("okaz", "أ", 5),
        ("okaz", "ب", 3),
        ("okaz", "ت", 3),
        ("okaz", "ث", 3),
        ("okaz", "ج", 1),
        ("sabq", "ح", 4),
        ("sabq", "خ", 2),
        ("sabq", "د", 1),
    ]
)


def test_top_by_group_names_the_panel_cut_inside_a_tie():
    fig = top_by_group(TERMS, "outlet", "label", "count", n=2, noun="كلمة")
    # okaz draws أ, ب (ties by key: ب < ت < ث); ت and ث have 3 too; sabq's cut 2 | 1
    assert _subtitle(fig).endswith("خارج الرسم بالتكرار نفسه لآخر شريط: كلمتان في «عكاظ»")
    okaz = next(ax for ax in fig.axes if "عكاظ" in ax.get_title(loc="right"))
    assert [t.get_text() for t in okaz.get_yticklabels()] == ["أ", "ب"]


def test_top_by_group_without_a_tie_at_the_cut_says_nothing():
    fig = top_by_group(TERMS, "outlet", "label", "count", n=1, noun="كلمة")  # 5 | 3, 4 | 2
    assert "خارج الرسم بالتكرار" not in _subtitle(fig)
    fig = top_by_group(TERMS, "outlet", "label", "count", n=4, noun="كلمة")  # 3 | 1; all 3
    assert "خارج الرسم بالتكرار" not in _subtitle(fig)


def test_top_terms_by_group_all_tied():
    table = _by_outlet([("okaz", t, 2) for t in "أبتثجح"]).assign(term=list("abcdef"))
    fig = top_terms_by_group(table, "outlet", n=2, value="count", min_tokens=0)
    assert _subtitle(fig).endswith("خارج الرسم بالتكرار نفسه لآخر شريط: 4 كلمات في «عكاظ»")


def test_top_entities_by_group_ties_broken_by_mentions_are_no_tie():
    counts = pd.DataFrame(
        {
            "outlet": ["okaz"] * 4,
            "entity_id": ["person:a", "person:b", "person:c", "person:d"],
            "canonical": ["أحمد", "بدر", "تركي", "ثامر"],
            "type": ["PERSON"] * 4,
            "count": [9, 4, 3, 3],
            "stories": [3, 2, 2, 2],
        }
    )
    sizes = {"okaz": 10}
    # 30 20 20 20 stories a 100: b (4 mentions) before c, d (3): the cut 4 | 3 is no tie
    fig = top_entities_by_group(counts, "outlet", n=2, value="stories_per_100", group_sizes=sizes)
    assert "لآخر شريط" not in _subtitle(fig)
    # top 3: c and d have 20 and 3 mentions each: d is left out inside the tie
    fig = top_entities_by_group(counts, "outlet", n=3, value="stories_per_100", group_sizes=sizes)
    assert _subtitle(fig).endswith("خارج الرسم بالنسبة نفسها لآخر شريط: كيان واحد في «عكاظ»")
    # by mentions: 9 4 3 3, top 3 cuts between c and d
    fig = top_entities_by_group(counts, "outlet", n=3)
    assert _subtitle(fig).endswith("خارج الرسم بالتكرار نفسه لآخر شريط: كيان واحد في «عكاظ»")


def test_quotes_by_group_counts_speakers():
    q = pd.DataFrame(
        {
            "outlet": ["sabq"] * 5,
            "speaker_id": ["person:a", "person:b", "person:c", "person:d", "person:e"],
            "speaker": ["أحمد", "بدر", "تركي", "ثامر", "جابر"],
            "quotes": [4, 2, 2, 2, 2],
            "words": [40, 20, 20, 20, 30],
        }
    )
    fig = quotes_by_group(q, "outlet", n=2)
    assert _subtitle(fig).endswith("خارج الرسم بعدد الاقتباسات نفسه لآخر شريط: 3 متحدثين في «سبق»")
    fig = quotes_by_group(q, "outlet", n=2, value="words")  # 40 30 | 20: no tie
    assert "لآخر شريط" not in _subtitle(fig)


def test_entity_counts_chart_notes_each_type_panel():
    counts = pd.DataFrame(
        {
            "story_id": ["s1"] * 5,
            "entity_id": ["person:a", "person:b", "person:c", "org:x", "org:y"],
            "canonical": ["أحمد", "بدر", "تركي", "وزارة", "هيئة"],
            "type": ["PERSON", "PERSON", "PERSON", "ORG", "ORG"],
            "count": [5, 2, 2, 3, 1],
        }
    )
    fig = entity_counts_chart(counts, n=2)  # persons 5 2 | 2: تركي left out; orgs 3 1
    assert _subtitle(fig).endswith("خارج الرسم بالتكرار نفسه لآخر شريط: كيان واحد في «أشخاص»")
    fig = entity_counts_chart(counts, n=3)
    assert "لآخر شريط" not in _subtitle(fig)


def test_compare_stories_counts_tied_terms_drawn_for_neither_story():
    freq = pd.concat(
        [
            _table([5, 4, 2, 2, 2, 2, 1]),  # a b c | d e f tied at 2, g
            _table([6, 3, 1]).assign(story_id="s2", term=["d", "x", "y"]),
        ]
    )
    fig = compare_stories(freq, "s1", "s2", n=3, value="count")
    # s1's top 3: a b c; d is drawn (s2's top); e, f (2, as c) are drawn for neither
    assert _subtitle(fig).endswith("خارج الرسم بالتكرار نفسه لآخر شريط: كلمتان في «s1»")
    fig = compare_stories(freq, "s1", "s2", n=2, value="count")  # 4 | 2, 3 | 1
    assert "لآخر شريط" not in _subtitle(fig)


def test_word_cloud_says_when_its_cut_falls_inside_a_tie():
    fig = word_cloud(_table([5, 4, 2, 2, 2, 2, 1]), "s1", n=3)
    assert _subtitle(fig).endswith("و3 كلمات أخرى بالتكرار نفسه خارج الرسم")
    fig = word_cloud(_table([5, 4, 2, 2, 2, 2, 1]), "s1", n=2)
    assert "خارج الرسم" not in _subtitle(fig)


def test_bar_chart_notes_a_tie_at_its_cut():
    table = pd.DataFrame({"speaker": ["أحمد", "بدر", "تركي", "ثامر"], "quotes": [3, 1, 1, 1]})
    fig = bar_chart(table, "speaker", "quotes", n=2, noun="متحدث")
    # 3 1 | 1 1: بدر drawn (ties by name), تركي and ثامر left out; no other subtitle
    assert _subtitle(fig).endswith("متحدثان آخران بعدد الاقتباسات نفسه خارج الرسم")
    fig = bar_chart(table, "speaker", "quotes", n=1, noun="متحدث")  # 3 | 1
    assert "خارج الرسم" not in _subtitle(fig)
    fig = bar_chart(table, "speaker", "quotes", n=2, sort=False)  # the table's order: no rank
    assert "خارج الرسم" not in _subtitle(fig)


def test_entity_heatmap_notes_rows_tied_in_stories_and_mentions():
    counts = pd.DataFrame(
        {
            "outlet": ["sabq"] * 4,
            "entity_id": ["person:a", "person:b", "person:c", "person:d"],
            "canonical": ["أحمد", "بدر", "تركي", "ثامر"],
            "type": ["PERSON"] * 4,
            "count": [5, 2, 2, 3],
            "stories": [3, 1, 1, 1],
        }
    )
    # ranked (stories, count): (3,5) (1,3) (1,2) (1,2): top 3 cuts between بدر and تركي
    fig = entity_heatmap(counts, "outlet", n=3, value="count", min_stories=0, min_tokens=0)
    assert _subtitle(fig).endswith("كيان واحد آخر بعدد القصص ومرات الذكر نفسه خارج الرسم")
    fig = entity_heatmap(
        counts, "outlet", n=2, value="count", min_stories=0, min_tokens=0
    )  # (1,3) | (1,2)
    assert "خارج الرسم بعدد" not in _subtitle(fig)
