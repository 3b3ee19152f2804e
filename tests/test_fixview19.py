"""Session 19 (branch fixview19): display and notebook defects a hostile tester confirmed.

Each with values worked out by hand: the exported parameters cell names no outside path
whatever its characters (papermill writes the cell with ``\\uXXXX`` and ``\\"``); the
interactive table's static fallback and an object column of numbers show «—» for a
missing value; paragraph and sentence numbers of a float column count from 1;
``peaking_terms`` on an empty table, any index, keys with no rate; the tokens caption's
adjective agrees with the number; a bar label of marks only is drawn as it is."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from unittest import mock

import numpy as np
import pandas as pd
import pytest
from interactive_cells import cells, ranks

import helpers.display as d
from helpers.charts.skeleton import wrap_label
from helpers.display import cut_at_word, rtl_table
from helpers.notebooks import _path_forms, _replace_paths
from helpers.sections import peaking_terms, tokens_caption

# --- item 1: the parameters cell as papermill writes it ---------------------------------

NBDIR = Path("/srv/khabar-repo/notebooks")  # the project elsewhere: outside paths shortened


@pytest.mark.parametrize(
    "path, shown, literal",
    [
        # Arabic and a space: papermill writes \u0642..., shown as written
        ("/tmp/fv19/قصص أخبار", "…/قصص أخبار", '"…/قصص أخبار"'),
        # a double quote: papermill writes \", kept escaped in the literal
        ('/tmp/fv19/a"b', '…/a"b', '"…/a\\"b"'),
        # a backslash: papermill writes \\, kept escaped
        ("/tmp/fv19/a\\b", "…/a\\b", '"…/a\\\\b"'),
        # a single quote: papermill writes it as it is
        ("/tmp/fv19/it's", "…/it's", '"…/it\'s"'),
    ],
)
def test_the_parameters_cell_names_no_outside_path_in_any_form(path, shown, literal):
    nbformat = pytest.importorskip("nbformat")
    from papermill.translators import PythonTranslator

    passed, shown_form = _path_forms(Path(path), NBDIR)
    assert (passed, shown_form) == (path, shown)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(PythonTranslator.codify({"CORPUS": passed}))]
    plain, html = repr(passed), f"<p>{d.escape_html(passed, None)}</p>"
    nb.cells[0].outputs = [
        nbformat.v4.new_output("execute_result", data={"text/plain": plain, "text/html": html})
    ]
    _replace_paths(nb, {passed: shown})
    source = nb.cells[0].source
    assert "fv19" not in source
    line = next(x for x in source.split("\n") if x.startswith("CORPUS"))
    assert line == f"CORPUS = {literal}"
    assert ast.literal_eval(line.split(" = ", 1)[1]) == shown  # runnable, the shown value
    data = nb.cells[0].outputs[0]["data"]
    assert "fv19" not in data["text/plain"] and "fv19" not in data["text/html"]
    assert ast.literal_eval(data["text/plain"]) == shown


def test_a_path_with_both_quotes_and_a_direction_mark_is_replaced_as_a_literal():
    nbformat = pytest.importorskip("nbformat")
    from papermill.translators import PythonTranslator

    passed = '/tmp/fv19/it\'s "x" \u202eب'
    shown = '…/it\'s "x" \u202eب'
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(PythonTranslator.codify({"CORPUS": passed}))]
    nb.cells[0].outputs = [
        nbformat.v4.new_output("execute_result", data={"text/plain": repr(passed)})
    ]
    _replace_paths(nb, {passed: shown})
    line = next(x for x in nb.cells[0].source.split("\n") if x.startswith("CORPUS"))
    # the quote escaped, the direction mark written \u202e (it does not print), ب as is
    assert line == 'CORPUS = "…/it\'s \\"x\\" \\u202eب"'
    assert ast.literal_eval(line.split(" = ", 1)[1]) == shown
    plain = nb.cells[0].outputs[0]["data"]["text/plain"]
    assert plain == "'…/it\\'s \"x\" \\u202eب'"  # repr's own quote kept
    assert ast.literal_eval(plain) == shown


# --- item 2: «—» for a missing number in the interactive table --------------------------


def _interactive(df, monkeypatch):
    monkeypatch.setattr(d, "_INTERACTIVE", {"ready": True, "count": 0})
    with mock.patch("IPython.display.display"):
        return d.interactive_table(df).data


def _fallback_cells(html):
    start = html.find('<div id="khabar-table-1_fallback">')
    assert start >= 0
    body = html[html.find("<tbody>", start) : html.find("</tbody>", start)]
    return re.findall(r"<td[^>]*>([^<]*)</td>", body)


def test_the_static_fallback_shows_a_dash_for_a_missing_number(monkeypatch):
    df = pd.DataFrame(
        {
            "term": ["NaN", "b", "c"],  # a text «NaN» is a word: kept
            "count": pd.array([1, None, 3], dtype="Int64"),
            "ratio": [np.nan, 0.5, 1.25],
        }
    )
    html = _interactive(df, monkeypatch)
    # count: integers written as they are; ratio: 2 decimals (column_decimals of 1.25)
    assert _fallback_cells(html) == ["NaN", "1", "—", "b", "—", "0.50", "c", "3", "1.25"]
    # session 20: each number cell as its rank in its column's texts, «—» first
    assert cells(html) == [["NaN", "1", "—"], ["b", "—", "0.50"], ["c", "3", "1.25"]]
    assert ranks(html) == [["NaN", 2, 1], ["b", 1, 2], ["c", 3, 3]]


def test_an_object_column_of_numbers_with_a_missing_value_does_not_raise(monkeypatch):
    df = pd.DataFrame(
        {"term": ["a", "b", "c", "d"], "value": pd.Series([np.nan, 1.5, None, 2], dtype=object)}
    )
    html = _interactive(df, monkeypatch)  # raised ValueError: Unable to parse string '—'
    # an object column sets no decimals: number_text, as rtl_table writes it
    assert _fallback_cells(html) == ["a", "—", "b", "1.5", "c", "—", "d", "2"]
    assert _fallback_cells(html) == re.findall(r"<td[^>]*>([^<]*)</td>", rtl_table(df).data)
    # NaT and pd.NA in an object column of numbers are missing too
    df = pd.DataFrame({"term": ["a", "b", "c"], "value": [pd.NaT, pd.NA, 1.5]})
    assert _fallback_cells(_interactive(df, monkeypatch)) == ["a", "—", "b", "—", "c", "1.5"]


def test_a_year_with_a_missing_value_is_written_whole_with_a_dash(monkeypatch):
    df = pd.DataFrame({"term": ["a", "b", "c"], "year": [2015.0, np.nan, 2016.0]})
    html = _interactive(df, monkeypatch)
    assert _fallback_cells(html) == ["a", "2015", "b", "—", "c", "2016"]
    assert "<NA>" not in html and "2,015" not in html


# --- item 3: paragraph and sentence from 1 for a float column ---------------------------


def test_a_float_paragraph_column_is_shown_from_one():
    def cells(values):
        df = pd.DataFrame({"term": list("abcd"), "paragraph": values})
        return re.findall(r"<td[^>]*>([^<]*)</td>", rtl_table(df).data)[1::2]

    assert cells([0, 1, np.nan, 3]) == ["1", "2", "—", "4"]  # was «0، 1، —، 3»
    assert cells([0.0, 1.0, 2.0, 3.0]) == ["1", "2", "3", "4"]  # whole floats shift too
    assert cells(pd.Series([0, None, 2, 3], dtype=object)) == ["1", "—", "3", "4"]
    assert cells(pd.array([0, None, 2, 3], dtype="Int64")) == ["1", "—", "3", "4"]
    # a fraction is no paragraph number: left as it is
    assert cells([0.5, 1.0, 2.0, 3.0]) == ["0.50", "1.00", "2.00", "3.00"]


def test_a_float_sentence_column_is_shown_from_one_in_the_interactive_table(monkeypatch):
    df = pd.DataFrame({"term": ["a", "b", "c"], "sentence": [0.0, np.nan, 4.0]})
    html = _interactive(df, monkeypatch)
    assert _fallback_cells(html) == ["a", "1", "b", "—", "c", "5"]
    assert df["sentence"].tolist()[::2] == [0.0, 4.0]  # the table itself unchanged


# --- item 4: peaking_terms ---------------------------------------------------------------


def _daily(rows, index=None):
    return pd.DataFrame(rows, columns=["key", "period", "per_1000", "stories"], index=index)


# a: rates 0, 9 (max 9 / mean 4.5 = 2.0, peak d2 in 5 stories); b: rate 1 and a NaN
# (1 / 1 = 1.0, peak d1 in 3 stories); c: no rate at all, skipped
ROWS = [
    ("a", "d1", 0.0, 0),
    ("a", "d2", 9.0, 5),
    ("b", "d1", 1.0, 3),
    ("b", "d2", np.nan, 0),
    ("c", "d1", np.nan, 0),
    ("c", "d2", np.nan, 0),
]


@pytest.mark.parametrize(
    "index",
    [None, list("uvwxyz"), [0, 0, 1, 1, 2, 2], pd.date_range("2015-01-01", periods=6)],
)
def test_peaking_terms_reads_rows_by_position_and_skips_keys_with_no_rate(index):
    assert peaking_terms(_daily(ROWS, index), 3) == ["a", "b"]
    assert peaking_terms(_daily(ROWS, index), 1) == ["a"]
    assert peaking_terms(_daily(ROWS, index), 3, min_stories=4) == ["a"]


def test_peaking_terms_of_an_empty_or_rateless_table_is_empty():
    assert peaking_terms(_daily([]), 3) == []
    assert peaking_terms(_daily(ROWS[4:]), 3) == []  # only c: no rate
    # all rates 0: no ratio (0 / 0), skipped
    assert peaking_terms(_daily([("z", "d1", 0.0, 5), ("z", "d2", 0.0, 5)]), 3) == []


# --- item 5: the tokens caption's adjective agrees ---------------------------------------


@pytest.mark.parametrize(
    "n, caption",
    [
        (0, "0 كلمة محسوبة"),
        (1, "كلمة واحدة محسوبة"),
        (2, "كلمتان محسوبتان"),  # was «كلمتان محسوبة»
        (3, "3 كلمات محسوبة"),
        (10, "10 كلمات محسوبة"),
        (11, "11 كلمة محسوبة"),
        (99, "99 كلمة محسوبة"),
        (100, "100 كلمة محسوبة"),
        (102, "102 كلمة محسوبة"),
        (103, "103 كلمات محسوبة"),
        (561, "561 كلمة محسوبة"),
    ],
)
def test_tokens_caption_agrees_in_every_number_class(n, caption):
    assert tokens_caption(n) == caption


# --- item 6: a label of marks only ---------------------------------------------------------


def test_a_label_of_marks_only_is_drawn_as_it_is():
    marks = "\u0651" * 50  # 50 shaddas, no letter: was «…»
    assert wrap_label(marks) == marks
    assert wrap_label(" \u064b\u0651  \u064c ") == "\u064b\u0651 \u064c"  # spaces collapsed
    # a table cell of marks only is cut at the limit, not emptied to «…»
    assert cut_at_word(marks, 10) == "\u0651" * 9 + "…"
    # a letter and its marks still kept together at a cut
    assert cut_at_word("بَبَبَبَبَ", 4) == "بَ…"
