"""A hostile tester's session-9 cases for counts and numbers as shown (values by hand)."""

from __future__ import annotations

import numpy as np
import pytest

from helpers.charts.skeleton import counted
from helpers.display import number_text
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
    assert number_text(value) == shown


# --- language-data files edited by hand (helpers.io.read_data_rows) -----------------------

from helpers.errors import GazetteerError  # noqa: E402
from helpers.io import _data_rows  # noqa: E402

GOOD = "# a comment\nword\trole\nكأس\tnoun\n\n  \nأبطال\tlink\n"


def test_a_data_file_with_bom_crlf_blank_lines_and_spaces_reads_the_same():
    want = (("word", "role"), [("كأس", "noun"), ("أبطال", "link")])
    assert _data_rows(GOOD.encode(), "f.tsv", ("word", "role"), GazetteerError) == want
    messy = "\ufeff" + GOOD.replace("\n", "\r\n").replace("كأس\tnoun", "كأس \t noun")
    assert _data_rows(messy.encode(), "f.tsv", ("word", "role"), GazetteerError) == want


@pytest.mark.parametrize(
    "text, message",
    [
        ("word\trole\nكأس\tnoun\textra\n", r"f\.tsv, line 2: .* is not 2 non-empty"),
        ("word\trole\nكأس\n", r"f\.tsv, line 2"),
        ("word\trole\nكأس\t \n", r"f\.tsv, line 2"),
        ("word,role\nكأس,noun\n", r"f\.tsv, line 1: the header is 'word,role'"),
        ("# only comments\n", r"f\.tsv: no header line"),
    ],
)
def test_a_data_file_edited_badly_names_the_file_and_line(text, message):
    with pytest.raises(GazetteerError, match=message):
        _data_rows(text.encode(), "f.tsv", ("word", "role"), GazetteerError)


def test_a_data_file_saved_in_a_windows_code_page_says_so():
    raw = "word\trole\nكأس\tnoun\n".encode("cp1256")
    with pytest.raises(GazetteerError, match=r"f\.tsv: not UTF-8 text .*save the file as UTF-8"):
        _data_rows(raw, "f.tsv", ("word", "role"), GazetteerError)
