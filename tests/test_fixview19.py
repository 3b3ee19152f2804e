"""Session 19 (branch fixview19): display and notebook defects a hostile tester confirmed.

Each with values worked out by hand: the exported parameters cell names no outside path
whatever its characters (papermill writes the cell with ``\\uXXXX`` and ``\\"``); the
interactive table's static fallback and an object column of numbers show «—» for a
missing value; paragraph and sentence numbers of a float column count from 1;
``peaking_terms`` on an empty table, any index, keys with no rate; the tokens caption's
adjective agrees with the number; a bar label of marks only is drawn as it is."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from unittest import mock

import numpy as np
import pandas as pd
import pytest

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


