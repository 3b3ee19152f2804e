"""Session 21 (branch notes21): the last English a reader sees in the notebooks.

Every reason a chart gives for drawing nothing or less is Arabic, from one table
(:mod:`helpers.charts.reasons`), and a notebook shows it whole, right to left. Values
worked out by hand.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd
import pytest

from helpers.charts import ChartWarning, bar_chart, reasons
from helpers.display import markdown
from helpers.sections import chart_note

CHARTS = Path(__file__).resolve().parents[1] / "src" / "helpers" / "charts"

# ------------------------------------------------------------------ chart reasons


def test_the_reasons_read_as_arabic_sentences():
    assert reasons.NO_ROWS == "ليس في الجدول صف يُرسم"
    assert reasons.missing_values(1, ["count"]) == "تُرك صف واحد بلا قيمة (NaN) في count"
    assert reasons.missing_values(2, ["log_ratio", "g2"]) == (
        "تُرك صفان بلا قيمة (NaN) في log_ratio، g2"
    )
    assert reasons.all_zero(3, "count") == "كل قيم count صفر (3 صفوف): لا شيء يُرسم"
    assert reasons.empty_labels(11, "label") == "تُرك 11 صفاً بلا اسم في label"
    assert reasons.rows_cut(200, 140, 40) == (
        "رُسم أول 140 من 200 صف: لا يتسع الشكل (40 بوصة) لأكثر"
    )
    assert reasons.rows_cut(20, 14, 19) == "رُسم أول 14 من 20 صفاً: لا يتسع الشكل (19 بوصة) لأكثر"
    assert reasons.bars_cut(20, 12, 2, 40) == (
        "رُسم أول 12 من 20 في كل لوحة: لا يتسع الشكل (40 بوصة) لأكثر في صفين من اللوحات"
    )


def test_an_empty_chart_says_why_in_arabic_in_a_notebook():
    with pytest.warns(ChartWarning) as caught:
        bar_chart(pd.DataFrame({"label": [], "value": []}), "label", "value")
    (message,) = [str(w.message) for w in caught]
    assert message == "bar_chart: ليس في الجدول صف يُرسم; drawing an empty figure"
    note = chart_note(message)
    assert note == "_لم يُرسم الشكل: ليس في الجدول صف يُرسم._"
    # shown whole, right to left: one RTL block, the full stop inside it
    assert (
        markdown(note).data
        == '<div dir="rtl" class="khabar-rtl"><style>div.khabar-rtl p, div.khabar-rtl li '
        "{text-align: start}</style>\n\n_لم يُرسم الشكل: ليس في الجدول صف يُرسم._\n\n</div>"
    )


def test_a_partial_chart_note_is_arabic_and_whole():
    table = pd.DataFrame({"label": ["أ", "ب", "ج"], "value": [3.0, float("nan"), 1.0]})
    with pytest.warns(ChartWarning) as caught:
        bar_chart(table, "label", "value")
    notes = [chart_note(str(w.message)) for w in caught]
    assert notes == ["_ملاحظة على الشكل: تُرك صف واحد بلا قيمة (NaN) في value._"]


def _literal_reasons(path: Path) -> list[str]:
    """``_empty_figure`` calls of ``path`` whose reason is a string written in place."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        call = isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_empty_figure"
        if call and len(node.args) > 3 and isinstance(node.args[3], ast.Constant | ast.JoinedStr):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_chart_writes_its_own_reason():
    """Every reason comes from helpers.charts.reasons (one place per string)."""
    assert [r for p in sorted(CHARTS.glob("*.py")) for r in _literal_reasons(p)] == []


# ------------------------------------------------------------------ notebook notes


def test_nothing_to_compare_is_arabic():
    from types import SimpleNamespace

    from helpers.sections import nothing_to_compare

    one = SimpleNamespace(stories=pd.DataFrame({"story_id": ["a"]}), by="story_id")
    assert nothing_to_compare(one) == (
        "**لا شيء يُقارن:** في المدونة قصة واحدة. أضف قصصاً، أو اختر `GROUP_BY` آخر، أو "
        "سمِّ الجانبين بـ `TARGET` و`REFERENCE`."
    )
    grouped = SimpleNamespace(stories=pd.DataFrame({"story_id": list("abcdefghijk")}), by="outlet")
    said = nothing_to_compare(grouped, search_below=True)
    assert said.startswith("**لا شيء يُقارن:** كل القصص (11 قصة) في مجموعة واحدة (`GROUP_BY` = ")
    assert said.endswith("`REFERENCE`. والبحث عن أي كلمة في سياقها أدناه.")


def _dropped(n: int) -> pd.DataFrame:
    return pd.DataFrame({"reason": ["duplicate story of x"] * n, "story_id": ["y"] * n})


@pytest.mark.parametrize(
    ("n", "opening"),
    [(1, "حُذفت قصة واحدة مكررة"), (2, "حُذفت قصتان مكررتان"), (3, "حُذفت 3 قصص مكررة")],
)
def test_the_duplicates_note_counts_in_arabic(n, opening):
    from helpers.corpus.duplicates import dropped_count
    from helpers.sections import duplicates_note

    report = _dropped(n)
    assert dropped_count(report) == n  # the report's own rule of a dropped story
    note = duplicates_note(report)
    assert note.startswith(f"_**{opening}**: ")
    assert "(السبب «قصة مكررة (نسخة أخرى من قصة مُبقاة)»)" in note
    assert note.endswith('`load_corpus(..., duplicates="keep")` يُبقي كل القصص._')


def test_wrote_shows_an_arabic_list(capsys, tmp_path):
    from helpers.display import wrote

    wrote("data/processed/stories.csv", "odd`name.csv")
    assert capsys.readouterr().out == (
        "- كُتب `data/processed/stories.csv`\n- كُتب ``odd`name.csv``\n"
    )
    wrote()
    assert capsys.readouterr().out == ""


# ------------------------------------------------------------------ notebook 01's words


def _stories(counts: dict[str, int]) -> pd.DataFrame:
    rows = [(f"{o}-{i}", o) for o, n in counts.items() for i in range(n)]
    return pd.DataFrame(rows, columns=["story_id", "outlet"])


def test_the_stories_caption_says_which_stories_the_table_shows():
    from helpers.display import rows_shown
    from helpers.sections import stories_caption

    assert stories_caption(_stories({"sabq": 2}), "outlet") == "كل القصص (قصتان)"
    # the subset of session 21: 180 + 161 + 1 stories, 50 rows shared by 3 outlets:
    # 50 // 3 = 16 of each, the outlet of one story shows it: 16 + 16 + 1 = 33
    three = _stories({"alweeam": 180, "3alyoum": 161, "arreyadi": 1})
    assert rows_shown(three, per="outlet") == 33
    assert stories_caption(three, "outlet") == "أول 16 قصة من كل صحيفة: 33 قصة من 342 قصة"
    # no group column: the first 50
    assert rows_shown(three) == 50
    assert stories_caption(three) == "أول 50 قصة من 342 قصة"
    # two outlets of 30: 25 of each
    assert stories_caption(_stories({"a": 30, "b": 30}), "outlet") == (
        "أول 25 قصة من كل صحيفة: 50 قصة من 60 قصة"
    )


def test_notebook_01_names_the_file_column_as_its_table_does():
    import json

    from helpers.sections import SOURCE_FILE

    nb = Path(__file__).resolve().parents[1] / "notebooks" / "01_corpus.ipynb"
    text = "".join("".join(c["source"]) for c in json.loads(nb.read_text("utf-8"))["cells"])
    assert "corpus_file" not in text and f"`{SOURCE_FILE}`" in text
    assert "first 50" not in text
    assert "**05 · Quotes and context**" in text


# ------------------------------------------------------------------ the lists note's line


def test_the_lists_note_ends_the_small_multiples_heading_after_the_counts():
    from helpers.charts import top_terms_by_group
    from helpers.charts.alt import ALT_TITLE

    table = pd.DataFrame(
        {
            "outlet": ["sabq", "sabq", "aawsat", "aawsat"],
            "term": ["مطر", "سيل", "مطر", "برد"],
            "label": ["مطر", "سيل", "مطر", "برد"],
            "count": [3, 2, 4, 1],
            "per_1000": [3.0, 2.0, 4.0, 1.0],
        }
    )
    note = "القوائم الاختيارية غير مفعّلة: أسماء الصحف"
    fig = top_terms_by_group(
        table,
        "outlet",
        subtitle=f"لكل 1,000 كلمة في كل صحيفة\n{note}",
        group_sizes=pd.Series({"sabq": 5, "aawsat": 6}),
    )
    # counts (2 outlets, 5 + 6 stories) on the first line, the note alone after them
    assert getattr(fig, ALT_TITLE) == [
        "الكلمات الأكثر تكراراً في كل صحيفة",
        "لكل 1,000 كلمة في كل صحيفة؛ صحيفتان، 11 قصة",
        note,
    ]


# ------------------------------------------------------------------ Arabic in a code span


def test_an_arabic_code_span_is_drawn_in_the_texts_font_left_to_right():
    from helpers.display import ARABIC_CODE_BDI, rtl_markdown

    shown = rtl_markdown('تُقارن القصص بحسب `الصحيفة` و`GROUP_BY` و`{"أ_ب": "*"}`.')
    # an Arabic span: not a <code> (a monospaced font set its letters apart), its text
    # literal (the _ and * escaped); a Latin span stays a code span in its <bdi>
    # each Arabic run in its own <bdi> (session 22: the quotes between runs kept in order)
    assert ARABIC_CODE_BDI.format("<bdi>الصحيفة</bdi>") in shown
    assert ARABIC_CODE_BDI.format('{"<bdi>أ\\_ب</bdi>": "\\*"}') in shown
    assert '<bdi style="display:inline-block">`GROUP_BY`</bdi>' in shown
    assert "`الصحيفة`" not in shown
    assert ARABIC_CODE_BDI.startswith('<bdi dir="ltr" style="display:inline-block;')


# ------------------------------------------------------------------ «< 0.001» left to right


def test_a_p_value_floor_is_isolated_left_to_right_by_one_rule():
    import helpers.display as d

    # the text itself carries the isolate, so a text dump of a page keeps it too
    assert d.p_value_text(1e-9) == "\u2066< 0.001\u2069"
    assert d.p_value_text(0.25) == "0.250"
    # one constant for the cells' direction (NUMBER_BIDI duplicated it until session 21)
    assert not hasattr(d, "NUMBER_BIDI")
    table = pd.DataFrame({"term": ["أ"], "p_value": [1e-9]})
    live = d.interactive_table(table).data
    assert live.count(d.CELL_BIDI) >= 2  # every cell, and the number headers
    # session 24: the number cells left to right, isolated, whatever the viewer
    assert f"td.{d.NUMBER_CLASS} {{{d.NUMBER_LTR}}}" in live
    assert d.NUMBER_LTR == "direction:ltr;unicode-bidi:isolate"
    static = d.rtl_table(table).data
    assert ' dir="ltr">\u2066&lt; 0.001\u2069</td>' in static and "<bdi dir" not in static
