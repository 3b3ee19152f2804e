"""Session 10: the cleaning chart draws the report rows of no story («خارج القصص»: a
record or file skipped whole, a line between stories) apart from the groups, never as
one of them: last, below a dashed line, never ranked or folded among the groups."""

from __future__ import annotations

import pandas as pd

from helpers.charts import cleaning_chart
from helpers.charts.views import NO_STORY


def _plain(text: str) -> str:
    return text.replace("\u200f", "").replace("\n", " ")


def _stories(outlets: list[str]) -> pd.DataFrame:
    ids = [f"s{i}" for i in range(len(outlets))]
    return pd.DataFrame(
        {"story_id": ids, "title": ["ع"] * len(ids), "body": ["و"] * len(ids), "outlet": outlets}
    )


def _rows(ax) -> dict[str, float]:
    totals: dict[int, float] = {}
    for p in ax.patches:
        at = round(p.get_y() + p.get_height() / 2)
        totals[at] = totals.get(at, 0) + p.get_width()
    names = [_plain(t.get_text()) for t in ax.get_yticklabels()]
    return {names[k]: v for k, v in sorted(totals.items())}


def test_lines_outside_stories_are_a_bar_apart_even_when_they_are_the_most():
    stories = _stories(["okaz", "okaz", "aawsat"])
    # 5 rows of no story, 3 of okaz, 1 of aawsat: the 5 used to rank first, as an outlet
    report = pd.DataFrame(
        {"story_id": ["", "", "", "", "", "s0", "s0", "s1", "s2"], "reason": ["logo"] * 9}
    )
    fig = cleaning_chart(report, stories, "outlet")
    ax = fig.axes[0]
    assert list(_rows(ax).items()) == [("عكاظ", 3), ("الشرق الأوسط", 1), (NO_STORY, 5)]
    # a dashed line between the last outlet (y = 1) and the bar apart (y = 2)
    (line,) = ax.lines
    assert line.get_linestyle() == "--" and list(line.get_ydata()) == [1.5, 1.5]
    sub = _plain(fig._suptitle.get_text())
    assert f"«{NO_STORY}»: 5 أسطر لا تنتمي إلى أي صحيفة، في شريط منفصل" in sub
    assert "9 أسطر في التقرير" in sub


def test_the_bar_apart_is_never_folded_with_many_outlets():
    # 13 outlets of one story each, with 13 - k rows; 2 rows of no story
    outlets = [f"o{k:02d}" for k in range(13)]
    stories = _stories(outlets)
    ids = [sid for k, sid in enumerate(stories["story_id"]) for _ in range(13 - k)]
    report = pd.DataFrame({"story_id": [*ids, "", ""], "reason": ["logo"] * (len(ids) + 2)})
    fig = cleaning_chart(report, stories, "outlet")
    rows = _rows(fig.axes[0])
    names = list(rows)
    # 11 outlets, «غيرها (2)» = o11 + o12 = 2 + 1 rows, then the bar apart
    assert names[:11] == outlets[:11] and names[12] == NO_STORY
    assert "غيرها" in names[11] and rows[names[11]] == 3 and rows[NO_STORY] == 2


def test_without_rows_outside_stories_nothing_is_apart():
    stories = _stories(["okaz", "aawsat"])
    report = pd.DataFrame({"story_id": ["s0", "s1"], "reason": ["logo", "logo"]})
    fig = cleaning_chart(report, stories, "outlet")
    assert NO_STORY not in _rows(fig.axes[0]) and not fig.axes[0].lines
    assert NO_STORY not in _plain(fig._suptitle.get_text())


def test_a_dropped_copy_counts_for_its_outlet_not_outside_the_stories():
    # session 12: the gallery drew almadina's 295 recrawled copies as lines of no story;
    # a copy is in no stories table, and its reason names the kept story of its outlet
    from helpers.corpus.duplicates import kept_ids

    stories = _stories(["okaz", "aawsat"])
    report = pd.DataFrame(
        {
            "story_id": ["s9", "s8", "", "s1"],
            "reason": [
                "duplicate story (same body as s0)",
                "duplicate story (same body as s0)",
                "logo",
                "logo",
            ],
        }
    )
    assert kept_ids(report).tolist()[:2] == ["s0", "s0"]
    assert kept_ids(report).isna().tolist() == [False, False, True, True]
    ax = cleaning_chart(report, stories, "outlet").axes[0]
    assert list(_rows(ax).items()) == [("عكاظ", 2), ("الشرق الأوسط", 1), (NO_STORY, 1)]
