"""A hostile tester's session-9 cases for counts and numbers as shown (values by hand)."""

from __future__ import annotations

import numpy as np
import pytest

from helpers.charts.skeleton import counted
from helpers.display import _number
from helpers.errors import ArgumentError


@pytest.mark.parametrize("bad", [1.9, -2, -0.5, float("nan"), None, "3", True])
def test_counted_refuses_what_is_no_whole_count(bad):
    # 1.9 gave «قصة واحدة», -2 «-2 قصة», NaN and None a raw error
    with pytest.raises(ArgumentError, match="counted: n must be a whole number"):
        counted(bad, "قصة")


def test_counted_takes_whole_numbers_of_any_numeric_type():
    assert counted(np.int64(3), "قصة") == "3 قصص"
    assert counted(5.0, "قصة") == "5 قصص"
    assert counted(2, "قصة", "oblique") == "قصتين"


@pytest.mark.parametrize(
    "value, shown",
    [
        (1e300, "1e+300"),  # was 301 digits
        (1e20, "1e+20"),  # was 100,000,000,000,000,000,000
        (999_999_999_999_999.0, "999,999,999,999,999"),
        (1110.4, "1,110"),
        (0.0866, "0.0866"),
        (-0.0, "0"),  # was «-0»
        (float("inf"), "∞"),  # was «inf»
        (float("-inf"), "-∞"),
    ],
)
def test_a_float_as_a_table_shows_it(value, shown):
    assert _number(value) == shown
