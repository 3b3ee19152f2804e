"""Session 20 (branch itables20): one way to give the interactive table its numbers.

Each number column goes to itables as an ordered pandas Categorical of its texts
(``display._number_order``): DataTables shows the text and sorts by the rank, and the
static table itables shows without JavaScript writes the same texts. It replaces three
patches of itables 2.9's output (pandas' ``display.float_format`` answered value by value,
a string replace of its «NaN» in the data, another in its static table). Values below
are worked out by hand.
"""

from __future__ import annotations

import html as html_lib
import re
from unittest import mock

import numpy as np
import pandas as pd
import pytest
from browser import CHROMIUM, NO_CHROMIUM, dump_dom, interactive_page
from interactive_cells import cells, fallback_cells, ranks

import helpers.display as d
from helpers.display import MISSING, rtl_table

pytest.importorskip("itables")


def _interactive(df, monkeypatch, **kwargs):
    monkeypatch.setattr(d, "_INTERACTIVE", {"ready": True, "count": 0})
    with mock.patch("IPython.display.display"):
        return d.interactive_table(df, **kwargs).data


def test_a_missing_number_is_a_dash_ranked_below_every_number(monkeypatch):
    # ratio: the largest 10.0 has 3 significant digits with 1 decimal: «10.0», «2.5»,
    # «0.5»; ranks by value: — 1, 0.5 2, 2.5 3, 10.0 4
    df = pd.DataFrame({"term": list("abcd"), "ratio": [2.5, np.nan, 10.0, 0.5]})
    html = _interactive(df, monkeypatch)
    assert [r[1] for r in cells(html)] == ["2.5", MISSING, "10.0", "0.5"]
    assert [r[1] for r in ranks(html)] == [3, 1, 4, 2]
    # the static table a reader without JavaScript sees: the same texts
    assert fallback_cells(html) == ["a", "2.5", "b", "—", "c", "10.0", "d", "0.5"]
    assert "NaN" not in html


def test_a_position_column_with_a_gap_sorts_by_value_not_as_text(monkeypatch):
    # offsets written whole, no separator; as text «100» < «25» < «9»
    df = pd.DataFrame({"term": list("abcd"), "start": [100.0, np.nan, 9.0, 25.0]})
    html = _interactive(df, monkeypatch)
    assert [r[1] for r in cells(html)] == ["100", "—", "9", "25"]
    assert [r[1] for r in ranks(html)] == [4, 1, 2, 3]
    assert fallback_cells(html)[1::2] == ["100", "—", "9", "25"]


def test_an_integer_column_keeps_every_digit_and_sorts_by_value(monkeypatch):
    # above 2**53 an integer is exact (it went to itables as a float before)
    df = pd.DataFrame({"count": [2**53 + 1, 1055675, 7, 12]})
    html = _interactive(df, monkeypatch)
    assert [r[0] for r in cells(html)] == ["9,007,199,254,740,993", "1,055,675", "7", "12"]
    assert [r[0] for r in ranks(html)] == [4, 3, 1, 2]


def test_values_written_alike_share_a_rank(monkeypatch):
    # p-values below 0.001 all read «< 0.001»; 0.0866 and 0.0900 with 2 decimals «0.09»
    df = pd.DataFrame(
        {"p_value": [7.76e-55, 0.5, 1e-4, np.nan], "per_1000": [0.0866, 0.09, 1.5, 2.0]}
    )
    html = _interactive(df, monkeypatch)
    assert cells(html) == [
        ["\u2066&lt; 0.001\u2069", "0.09"],
        ["0.500", "0.09"],
        ["\u2066&lt; 0.001\u2069", "1.50"],
        ["—", "2.00"],
    ]
    assert ranks(html) == [[2, 1], [3, 1], [2, 2], [1, 3]]


def test_the_interactive_table_writes_numbers_as_rtl_table_does(monkeypatch):
    df = pd.DataFrame(
        {
            "term": ["أ", "ب", "ج"],
            "count": [1055675, 7, 12],
            "g2": [1110.4, 6.24e-86, np.inf],
            "log_odds_z": [1.0, 1.3, -0.922],
            "value": pd.Series([3, 0.125, None], dtype=object),  # counts and ratios
            "year": [2015, 2016, 2017],
        }
    )
    html = _interactive(df, monkeypatch)
    # rtl_table's cells, its nowrap span around «-0.92» left out
    static = [
        re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", rtl_table(df).data)
    ]
    assert fallback_cells(html) == static
    assert [c for row in cells(html) for c in row] == static
    assert static[1:6] == ["1,055,675", "1,110.4", "1.00", "3", "2015"]
    assert static[-4:] == ["∞", "-0.92", "—", "2017"]


def test_script_and_img_payloads_stay_text_in_the_html_export(monkeypatch):
    script, img = "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"
    df = pd.DataFrame({img: [script, img], "count": [1, 2]})
    html = _interactive(df, monkeypatch, caption=img, source=f"{script}.csv")
    for payload in (script, img, "<img"):
        assert payload not in html
    assert fallback_cells(html) == [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "1",
        "&lt;img src=x onerror=alert(1)&gt;",
        "2",
    ]
    assert [r[0] for r in cells(html)] == [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&lt;img src=x onerror=alert(1)&gt;",
    ]


def test_bidi_controls_are_shown_as_codes_inside_their_cell(monkeypatch):
    # session 20 (hostfix20): one rule for both tables, display.shorten writes a bidi
    # embedding, override or isolate as its code (it was kept, contained by the cell)
    df = pd.DataFrame({"text": ["قال \u202eثم غادر"], "count": [3]})
    html = _interactive(df, monkeypatch)
    assert cells(html) == [["قال ⟨U+202E⟩ثم غادر", "3"]]
    assert fallback_cells(html) == ["قال ⟨U+202E⟩ثم غادر", "3"]
    assert html.count("\u202e") == 0


def test_a_table_over_max_bytes_shows_its_first_rows_and_says_so(monkeypatch):
    # each row: «a» 1 byte + «1» 1 byte + 2 cells x 4 bytes = 10 bytes; 25 bytes: 2 rows
    df = pd.DataFrame({"term": ["a"] * 5, "count": [1, 2, 3, 4, 5]})
    html = _interactive(df, monkeypatch, max_bytes=25, source="/x/t.csv")
    assert cells(html) == [["a", "1"], ["a", "2"]]
    assert "لم يظهر هنا 3 صفوف" in html and "t.csv" in html
    # at least one row, however small max_bytes
    assert len(cells(_interactive(df, monkeypatch, max_bytes=1))) == 1
    assert "لم يظهر" not in _interactive(df, monkeypatch)


def test_a_left_out_surface_column_does_not_shift_the_number_columns(monkeypatch):
    # _written_shown leaves out «surface»: count and ratio are the 2nd and 3rd shown
    df = pd.DataFrame(
        {"surface": ["لمملكة"], "written": ["المملكة"], "count": [1234], "ratio": [0.5]}
    )
    html = _interactive(df, monkeypatch)
    # ratio: 0.5 with 3 significant digits, «0.500»
    assert cells(html) == [["المملكة", "1,234", "0.500"]]
    assert f'{{"className": "{d.NUMBER_CLASS}", "targets": [1, 2], "type": "num"}}' in html


def test_no_patch_of_itables_output_is_left():
    for name in ("_FloatTexts", "_float_texts", "_fallback_missing", "_ITABLES_NAN"):
        assert not hasattr(d, name), name


#: Clicks the sort icon of a column twice (up, then down) as a reader does and writes
#: the column's shown cells after each click into <pre id="probe">.
PROBE = """<script>
function probe(col) {
  var t = document.querySelector('table.dataTable');
  if (!t) { setTimeout(function () { probe(col); }, 100); return; }
  var out = [];
  var read = function () {
    out.push(Array.from(t.querySelectorAll('tbody tr'))
      .map(function (r) { return r.children[col].textContent; }).join('|'));
  };
  var icon = t.querySelectorAll('thead th')[col].querySelector('.dt-column-order');
  icon.click();
  setTimeout(function () {
    read(); icon.click();
    setTimeout(function () {
      read();
      var p = document.createElement('pre'); p.id = 'probe';
      p.textContent = out.join('\\n'); document.body.appendChild(p);
    }, 300);
  }, 300);
}
setTimeout(function () { probe(COLUMN); }, 200);
</script>"""


#: 12 p-values (ranks 1 to 12): 0.01 to 0.10, 0.5 and 1e-5 («< 0.001»), shuffled
P_VALUES = [0.05, 0.5, 0.01, 1e-5, 0.1, 0.03, 0.07, 0.02, 0.09, 0.04, 0.06, 0.08]
P_UP = "\u2066< 0.001\u2069|0.010|0.020|0.030|0.040|0.050|0.060|0.070|0.080|0.090"
P_DOWN = "0.500|0.100|0.090|0.080|0.070|0.060|0.050|0.040|0.030|0.020"


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
@pytest.mark.parametrize(
    ("column", "up", "down"),
    [
        # a rate with gaps: «—» below every number (the first page: 10 rows)
        (1, "—|" * 8 + "0.5|2.5", "12.0|10.0|2.5|0.5" + "|—" * 6),
        # offsets with gaps: by value (as text «100» came before «25» and «9»)
        (2, "—|" * 8 + "9|25", "2015|100|25|9" + "|—" * 6),
        # more than 9 texts, one of them «< 0.001»: DataTables took the column for
        # text and sorted its ranks 1, 10, 11, 2 until the type was set
        (3, P_UP, P_DOWN),
    ],
)
def test_chromium_sorts_numbers_by_value_and_runs_no_payload(
    tmp_path, monkeypatch, column, up, down
):
    monkeypatch.setattr(d, "_INTERACTIVE", {"ready": False, "count": 0})
    df = pd.DataFrame(
        {
            "term": ["<img src=x onerror=\"document.title='KHABARXSS'\">", *"bcdefghijkl"],
            "ratio": [2.5, np.nan, 10.0, 0.5, 12.0] + [np.nan] * 7,
            "start": [100.0, np.nan, 9.0, 25.0, 2015.0] + [np.nan] * 7,
            "p_value": P_VALUES,
        }
    )
    tail = PROBE.replace("COLUMN", str(column))
    page = interactive_page(tmp_path / "sort.html", lambda: d.interactive_table(df), tail)
    dom = dump_dom(page, tmp_path / "profile", budget_ms=5000)
    assert "<title>t</title>" in dom  # the payload in a cell did not run
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found, "DataTables did not run"
    assert html_lib.unescape(found.group(1)).split("\n") == [up, down]
