"""Session 18: what readers see in the notebooks' HTML exports on their own corpus.

Two newcomers ran the README's subset recipe (two outlets, two days of SaudiNewsNet)
and read the exports: a raw ``ChartWarning`` line with a source path above an empty
cleaning chart, bare term keys heading the concordances (عراق for العراق), ``../data/raw``
paths in the cleaning table where its CSV names the file, and one column of numbers
written with 0 to 3 decimals. Values worked out by hand.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from helpers.charts import ChartWarning, bar_chart
from helpers.display import column_decimals, fixed_text, rtl_table
from helpers.errors import ArgumentError
from helpers.kwic import concordance, concordance_html
from helpers.sections import chart_note, cleaning_table, empty_figure, noted, save_all
from helpers.text import tokenize_zones

# ------------------------------------------------------------------ chart warnings


def test_a_chart_warning_reads_as_a_sentence_without_path_or_function():
    empty = "cleaning_chart: لم يحذف التنظيف أي سطر; drawing an empty figure"
    assert chart_note(empty) == "_لم يُرسم الشكل: لم يحذف التنظيف أي سطر._"
    partial = "bar_chart: تُرك 3 صفوف بلا قيمة (NaN) في count"
    assert chart_note(partial) == "_ملاحظة على الشكل: تُرك 3 صفوف بلا قيمة (NaN) في count._"
    # no "what: " prefix: the message whole
    assert chart_note("nothing to draw") == "_ملاحظة على الشكل: nothing to draw._"
    with pytest.raises(ArgumentError):
        chart_note(None)


def _empty_bars():
    return [("x_empty", bar_chart(pd.DataFrame({"label": [], "value": []}), "label", "value"))]


def test_outside_a_notebook_the_warning_is_given_as_before():
    draw = noted(_empty_bars)
    with pytest.warns(ChartWarning, match="drawing an empty figure"):
        draw()


def test_in_a_notebook_the_warning_is_a_note(monkeypatch):
    import IPython.display

    import helpers.sections as sections

    shown = []
    monkeypatch.setattr(sections, "_in_notebook", lambda: True)
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(str(obj)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning left: it would raise here
        figures = noted(_empty_bars)()
    assert shown == ["_لم يُرسم الشكل: ليس في الجدول صف يُرسم._"]
    assert empty_figure(figures[0][1])


def test_an_empty_figure_is_neither_saved_nor_shown(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ChartWarning)
        ((name, empty),) = _empty_bars()
    full = bar_chart(pd.DataFrame({"label": ["أ"], "value": [2]}), "label", "value")
    assert empty_figure(empty) and not empty_figure(full) and not empty_figure("x")
    assert save_all([(name, empty), ("x_full", full)], tmp_path) == [full]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".png") == ["x_full.png"]


# ------------------------------------------------------------------ cleaning table


def test_the_cleaning_table_names_files_as_its_csv(tmp_path):
    corpus = tmp_path / "raw"
    corpus.mkdir()
    report = pd.DataFrame(
        {
            "file": [str(corpus / "a.txt"), "/elsewhere/b.txt"],
            "line": [3, 4],
            "text": ["TT", "x"],
            "reason": ["logo", "logo"],
            "action": ["dropped", "dropped"],
            "story_id": ["a-01", "b-01"],
            "kept": ["", ""],
        }
    )
    # the corpus-relative name, as cleaning_report.csv writes it (report_csv); a file
    # outside the corpus as it is
    assert cleaning_table(report, root=corpus)["file"].tolist() == ["a.txt", "/elsewhere/b.txt"]
    assert cleaning_table(report)["file"].tolist() == report["file"].tolist()


# ------------------------------------------------------------------ concordance headers

TEXT = "قال الأسد إن العراق مهم. والأسد زار بالعراق، وللعراق ولالأسد دور. الاسد"
ZONES = pd.DataFrame({"story_id": ["s-01"], "zone": ["body"], "text": [TEXT]})


def _caption(html: str) -> str:
    import re

    return re.sub("<[^>]+>", "", html.split("<caption>", 1)[1].split("</caption>", 1)[0])


def test_a_concordance_is_headed_by_the_written_form_not_the_key():
    tokens = tokenize_zones(ZONES)
    c = concordance(tokens, ["عراق", "اسد"], window=1, analyse=False)
    # عراق: العراق (no proclitic but the article) over بالعراق and وللعراق; اسد: الأسد
    # twice as written (قال الأسد، والأسد) over الاسد once
    assert c.attrs["labels"] == ["العراق", "الأسد"]
    assert len(c) == 6  # العراق، بالعراق، وللعراق; الأسد، والأسد، الاسد (ولالأسد is not one)
    assert _caption(concordance_html(c)) == "العراق / الأسد · 6 أسطر"  # Arabic (session 18)
    # as typed: the same header
    assert concordance(tokens, "العراق").attrs["labels"] == ["العراق"]
    # a keyness table's labels first; a term it lacks from the tokens
    c = concordance(tokens, ["عراق", "اسد"], analyse=False, labels={"عراق": "عراقِ"})
    assert c.attrs["labels"] == ["عراقِ", "الأسد"]
    # a term the tokens never hold: as given
    assert concordance(tokens, ["سوريا"], analyse=False).attrs["labels"] == ["سوريا"]
    with pytest.raises(ArgumentError, match="labels"):
        concordance(tokens, "العراق", labels=["العراق"])


def test_a_typed_search_is_headed_as_typed_and_counted_in_arabic():
    # session 18: «العراق» searched where only والعراق occurs was headed «والعراق · 1 lines»
    zones = pd.DataFrame({"story_id": ["s-01"], "zone": ["body"], "text": ["زار الوزير والعراق"]})
    c = concordance(tokenize_zones(zones), " العراق ")
    assert c["keyword"].tolist() == ["والعراق"] and c.attrs["labels"] == ["العراق"]
    assert _caption(concordance_html(c)) == "العراق · سطر واحد"
    two = concordance(tokenize_zones(zones), ["العراق", "الوزير"])
    assert _caption(concordance_html(two)) == "العراق / الوزير · سطران"
    assert _caption(concordance_html(c.iloc[:0])) == "العراق · 0 سطر"


# ------------------------------------------------------------------ one precision a column


def _cells(df: pd.DataFrame) -> list[str]:
    import re

    html = rtl_table(df).data
    return [re.sub("<[^>]+>", "", c) for c in re.findall(r"<td [^>]*>(.*?)</td>", html)]


def test_a_float_column_shows_one_number_of_decimals():
    # the newcomer's cells: log_odds_z 1, 1.3, -0.922 and per_1000 29 beside 25.4
    assert _cells(pd.DataFrame({"log_odds_z": [1.0, 1.3, -0.922]})) == ["1.00", "1.30", "-0.92"]
    assert _cells(pd.DataFrame({"per_1000": [29.0, 25.4]})) == ["29.00", "25.40"]
    assert _cells(pd.DataFrame({"g2": [39.0, 41.24]})) == ["39.0", "41.2"]
    # a column of no named kind: 3 significant digits of its largest value
    assert _cells(pd.DataFrame({"x": [29.0, 25.4, 0.5]})) == ["29.0", "25.4", "0.5"]
    assert _cells(pd.DataFrame({"x": [0.0866, 0.5]})) == ["0.087", "0.500"]
    # whole numbers with a missing value (a float count): no decimals, a dash
    assert _cells(pd.DataFrame({"x": [3.0, float("nan"), 1200.0]})) == ["3", "—", "1,200"]


def test_the_decimals_rule_by_kind_of_column():
    s = pd.Series
    assert column_decimals("per_1000_target", s([0.1])) == 2
    assert column_decimals("expected_reference", s([0.1])) == 1
    assert column_decimals("per_100_stories", s([15.83])) == 1
    assert column_decimals("p_value", s([0.5])) is None  # p_value_text's
    assert column_decimals("x", s([1, 2])) is None  # an integer column: every digit
    assert column_decimals("x", s([6.24e-86, 1e-5])) is None  # powers of ten, each
    assert column_decimals("x", s([1234.5])) == 0
    assert column_decimals("x", s([9.5])) == 2
    assert fixed_text(-0.001, 2) == "0.00" and fixed_text(1110.44, 1) == "1,110.4"
    assert fixed_text(float("inf"), 2) == "∞"


# ------------------------------------------------------------------ notebook 04's quotes


def _speakers(n_a: int, n_b: int, col: str = "side") -> pd.DataFrame:
    n = n_a + n_b
    return pd.DataFrame(
        {
            col: ["target"] * n_a + ["reference"] * n_b,
            "speaker_id": [f"p:{i}" for i in range(n)],
            "speaker": [f"s{i}" for i in range(n)],
            "quotes": list(range(n, 0, -1)),
        }
    )


def test_notebook_04s_quotes_share_30_rows_among_the_sides():
    """``sections.quotes_shown`` (15 rows of each side) is gone: notebook 04 shows
    ``rtl_table(max_rows=30, per=C.table_groups)``, the one rule of a capped table. Two
    sides: 15 each, as before; a side with fewer shows all of its own and the other 15
    (30 // 2); three stories share 30 rows, 10 each (quotes_shown gave 15 each)."""
    html = rtl_table(_speakers(40, 20), max_rows=30, per="side").data
    shown = [f"s{i}" for i in range(60) if f">s{i}<" in html]
    assert shown == [f"s{i}" for i in range(15)] + [f"s{i}" for i in range(40, 55)]
    assert "p:0" not in html  # the speaker id beside its name is left out
    html = rtl_table(_speakers(40, 5), max_rows=30, per="side").data
    assert [f"s{i}" for i in range(45) if f">s{i}<" in html] == [
        *[f"s{i}" for i in range(15)],
        *[f"s{i}" for i in range(40, 45)],
    ]
    three = _speakers(20, 20, "story_id").assign(story_id=["a"] * 20 + ["b"] * 10 + ["c"] * 10)
    html = rtl_table(three, max_rows=30, per="story_id").data
    shown = [f"s{i}" for i in range(40) if f">s{i}<" in html]
    assert shown == [f"s{i}" for i in [*range(10), *range(20, 30), *range(30, 40)]]
