"""Session 18 (branch suffix18): one number rule for both displayed tables. The
interactive table (itables) writes each float column with the decimals
``display.column_decimals`` gives it, as ``rtl_table`` does, and a p-value «< 0.001»."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from interactive_cells import cells, ranks

from helpers.display import interactive_table, rtl_table, shown_number


def test_shown_number_by_hand():
    assert shown_number("year", 2015) == "2015"  # a position column: no separator
    assert shown_number("count", 1055675) == "1,055,675"
    assert shown_number("p_value", 7.76e-55) == "\u2066< 0.001\u2069"  # isolated LTR
    assert shown_number("p_value", 0.0312) == "0.031"
    assert shown_number("g2", 1110.4, 1) == "1,110.4"
    assert shown_number("per_1000", -0.001, 2) == "0.00"  # no -0.00
    assert shown_number("ratio", 0.0866333) == "0.0866"  # no decimals given: number_text
    assert shown_number("g2", float("inf"), 1) == "∞"


def test_both_tables_write_the_same_texts():
    pytest.importorskip("itables")
    table = pd.DataFrame(
        {
            "term": ["أ", "ب", "ج"],
            "count": [1055675, 7, 12],
            "g2": [1110.4, 6.24e-86, 3.0],
            "log_odds_z": [1.0, 1.3, -0.922],
            "p_value": [7.76e-55, 0.0312, 1.0],
            "share": [12.3, 0.5, np.nan],  # another float column: 3 digits of 12.3
        }
    )
    html = interactive_table(table).data
    rows = cells(html)
    # worked out by hand: g2 1 decimal, log_odds_z 2, p-value «< 0.001» / 3 decimals,
    # share 1 decimal (12.3 has 3 significant digits), a missing value «—»
    assert [r[2] for r in rows] == ["1,110.4", "0.0", "3.0"]
    assert [r[3] for r in rows] == ["1.00", "1.30", "-0.92"]
    assert [r[4] for r in rows] == ["\u2066&lt; 0.001\u2069", "0.031", "1.000"]
    assert [r[5] for r in rows] == ["12.3", "0.5", "—"]
    assert [r[1] for r in rows] == ["1,055,675", "7", "12"]
    # sorted by value (session 20: each cell's rank in its column; the missing share
    # first): 6.24e-86 < 3.0 < 1110.4; NaN < 0.5 < 12.3
    assert [r[2] for r in ranks(html)] == [3, 1, 2]
    assert [r[5] for r in ranks(html)] == [3, 2, 1]
    # rtl_table writes the same texts
    html = rtl_table(table).data
    for text in ["1,110.4", ">0.0<", ">3.0<", "1.30", "-0.92", "0.031", "1.000", ">12.3<"]:
        assert text in html
    assert "\u2066&lt; 0.001\u2069" in html


def test_number_cells_of_an_interactive_table_read_left_to_right():
    pytest.importorskip("itables")
    html = interactive_table(pd.DataFrame({"p_value": [0.0001]})).data
    assert "unicode-bidi:plaintext" in html
