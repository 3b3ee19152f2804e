"""Session 10 (branch display10b): what users see, a newcomer's and a hostile tester's
list. Every right value here is worked out by hand in the comment beside it."""

from __future__ import annotations

import pytest

from helpers.charts.skeleton import cell_format


@pytest.mark.parametrize(
    ("values", "shown"),
    [
        # half to even gave ['0', '2', '2']: 0.5 < 1, so one decimal, every digit exact
        ([0.5, 1.5, 2.5], ["0.5", "1.5", "2.5"]),
        # one story of 200 names the entity: 0.5 per 100, beside whole shares
        ([0.5, 3.0, 40.0], ["0.5", "3.0", "40.0"]),
        # smallest magnitude 0.001 < 0.01: two decimals, and under 0.01 it is «>-0.01»
        ([-0.001, 1.0], [">-0.01", "1.00"]),
        ([0.001, 1.0], ["<0.01", "1.00"]),
        # negative values choose by magnitude: -0.25 needs one decimal (was «-0»)
        ([-0.25, 2.0], ["-0.2", "2.0"]),
        # -0.0 is zero, never «-0»
        ([-0.0, 3.0], ["0", "3"]),
        # 1e20 as the tables write it, not 21 digits; 10**15 - 1 still whole
        ([1e20, 999_999_999_999_999.0], ["1e+20", "999,999,999,999,999"]),
        ([float("inf"), 2.0], ["∞", "2"]),
    ],
)
def test_no_nonzero_cell_prints_as_zero(values, shown):
    fmt = cell_format(values)
    assert [fmt(v) for v in values] == shown
