"""Session 18 (branch fix18b): display and data-file defects a hostile tester confirmed.

A font warning showing a site-packages path in notebooks, ``drop_lists=5`` a bare
TypeError, «10.00» for 9.9996 in a 3-significant-digit column, and first-name lines the
reader's docstring calls errors read as names. Values worked out by hand.
"""

from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

from helpers.charts import FontCoverageWarning, find_arabic_font, missing_glyphs, top_terms_chart
from helpers.display import column_decimals, fixed_text
from helpers.errors import ArgumentError, GazetteerError, KhabarError
from helpers.sections import chart_note, extra_stopwords, noted

# ------------------------------------------------------------------ font warnings

# session 21: the reason is Arabic (helpers.charts.reasons.no_glyph), the characters
# named as Unicode names them
CJK = "U+4E2D CJK UNIFIED IDEOGRAPH-4E2D (中), U+6587 CJK UNIFIED IDEOGRAPH-6587 (文)"


def _said(fonts: str, names: str) -> str:
    return (
        f"لا يرسم الخط {fonts} هذه الحروف: {names}؛ ستظهر مربعات فارغة؛ "
        "مرّر مسار خط فيه هذه الحروف بالمعامل font"
    )


def _fonts() -> str:
    return f"{find_arabic_font().family} + DejaVu Sans"


def test_the_font_warning_names_the_font_by_family_not_by_file():
    with pytest.warns(FontCoverageWarning) as rec:
        assert missing_glyphs(["دمشق 中文"]) == ["中", "文"]
    message = str(rec[0].message)
    assert message == _said(_fonts(), CJK)
    assert str(find_arabic_font().path) not in message and ".ttf" not in message


def _cjk_chart():
    freq = pd.DataFrame(
        {"story_id": ["s"], "term": ["x"], "label": ["中文"], "count": [1], "per_1000": [1.0]}
    )
    return [("02_top_terms_s", top_terms_chart(freq))]


def test_in_a_notebook_a_font_warning_is_a_note_without_path(monkeypatch):
    import IPython.display

    import helpers.sections as sections

    shown = []
    monkeypatch.setattr(sections, "_in_notebook", lambda: True)
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(str(obj)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning left: it would raise here
        noted(_cjk_chart)()
    # one line, escaped (the advice has no < > since session 21)
    escaped = _said(_fonts(), CJK).replace("<", "&lt;").replace(">", "&gt;")
    assert shown == [f"_ملاحظة على الشكل: {escaped}._"]


def test_outside_a_notebook_the_font_warning_is_given_as_before():
    with pytest.warns(FontCoverageWarning, match=r"U\+4E2D CJK"):
        noted(_cjk_chart)()


def test_a_note_shows_html_and_markdown_in_a_message_as_written():
    message = "bar_chart: 2 row(s) of <b>x</b> & per_1000 [a] *b* `c` left out"
    assert chart_note(message) == (
        r"_ملاحظة على الشكل: 2 row(s) of &lt;b&gt;x&lt;/b&gt; &amp; per\_1000 \[a\] \*b\* "
        r"\`c\` left out._"
    )
    # a message over several lines is one line of note
    assert chart_note("a\n  b.") == "_ملاحظة على الشكل: a b._"


# ------------------------------------------------------------------ drop_lists


@pytest.mark.parametrize("bad", [5, True, {"weekdays": 1}, 2.5])
def test_drop_lists_of_another_type_is_an_argument_error_naming_it(bad):
    # session 19: the run's list «outlets» named too
    with pytest.raises(
        ArgumentError, match=r"^drop_lists must be .*\(generic, weekdays, outlets\)"
    ):
        extra_stopwords(None, drop_lists=bad)


def test_an_unknown_name_in_drop_lists_is_named_with_the_parameter():
    with pytest.raises(ArgumentError, match=r"^drop_lists: optional_stopwords: unknown list 5"):
        extra_stopwords(None, drop_lists=[5])
    with pytest.raises(ArgumentError, match=r"^drop_lists: .*unknown list 'months'"):
        extra_stopwords(None, drop_lists=("weekdays", "months"))
    # None, () and a set are none / those lists, as before
    assert extra_stopwords(None, drop_lists=None) == extra_stopwords(None)
    assert extra_stopwords(None, drop_lists={"weekdays"}) == extra_stopwords(
        None, drop_lists="weekdays"
    )


# ------------------------------------------------------------------ column decimals


@pytest.mark.parametrize(
    ("values", "decimals", "texts"),
    [
        # 9.9996 rounds to 3 significant digits as 10.0: one decimal for the column
        ([9.9996, 1.5], 1, ["10.0", "1.5"]),
        # 0.9995 rounds to 1.00 (not 0.9995 -> 3 decimals «1.000»)
        ([0.9995], 2, ["1.00"]),
        ([0.9994], 3, ["0.999"]),
        # as at 99.95 before: 100, whole numbers
        ([99.95, 1.5], 0, ["100", "2"]),
        ([99.94, 1.5], 1, ["99.9", "1.5"]),
        # 9.995 is 9.99499... in binary: 9.99, as fixed_text writes it
        ([9.995, 1.25], 2, ["9.99", "1.25"]),
        ([12.3, 0.5], 1, ["12.3", "0.5"]),
    ],
)
def test_column_decimals_round_to_three_significant_digits_first(values, decimals, texts):
    column = pd.Series(values, dtype=float)
    assert column_decimals("x", column) == decimals
    assert [fixed_text(v, decimals) for v in values] == texts


def test_just_below_the_floor_rounds_onto_it():
    # 0.0009996 is 0.00100 to 3 significant digits: 5 decimals; 0.00099949 stays
    # below 0.001: value by value (None)
    assert column_decimals("x", pd.Series([0.0009996])) == 5
    assert fixed_text(0.0009996, 5) == "0.00100"
    assert column_decimals("x", pd.Series([0.00099949])) is None


# ------------------------------------------------------------------ first-name lines


@pytest.mark.parametrize(
    ("line", "char"),
    [
        ("123", "U+0031"),
        ("abc123", "U+0061"),
        ("«محمد»", "U+00AB"),
        ("محمد علي", "U+0020"),  # compound names are listed joined: عبدالله
        ("محمد\u200cعلي", "U+200C"),
    ],
)
def test_a_line_that_is_no_name_is_an_error_naming_file_and_line(package_file, line, char):
    from helpers.text.first_names import first_name_lines

    package_file("helpers.text", "first_names.txt", f"# names\nأمل\n{line}\tcommon\n".encode())
    with pytest.raises(
        GazetteerError, match=rf"first_names\.txt, line 3: .*has {re.escape(char)}"
    ) as err:
        first_name_lines("first_names.txt")
    assert err.value.line == 3 and isinstance(err.value, KhabarError)


def test_names_with_short_vowels_and_flags_are_names(package_file):
    from helpers.text.first_names import first_name_lines

    package_file("helpers.text", "first_names.txt", "عُمَر\tnoun\nعبدالله\r\nگلاره\n".encode())
    assert first_name_lines("first_names.txt") == [
        ("عُمَر", "noun"),
        ("عبدالله", ""),
        ("گلاره", ""),
    ]


def test_a_byte_order_mark_inside_the_file_is_an_error_on_its_line(package_file):
    from helpers.text.first_names import first_name_lines

    # the start's is dropped; one further on (two files joined) stayed in the name
    package_file("helpers.text", "first_names.txt", "\ufeffأمل\nسعيد\n\ufeffعلي\n".encode())
    with pytest.raises(GazetteerError, match=r"first_names\.txt, line 3: a byte-order mark"):
        first_name_lines("first_names.txt")


def test_lines_are_counted_as_an_editor_counts_them(package_file):
    from helpers.io import read_data_rows
    from helpers.text.first_names import first_name_lines

    # U+2028 inside line 1 is no line break (and no letter of a name)
    package_file("helpers.text", "first_names.txt", "أم\u2028ل\nabc\n".encode())
    with pytest.raises(GazetteerError, match=r"line 1: .*U\+2028"):
        first_name_lines("first_names.txt")
    # nor in a comment: the bad line is 2 (it was reported as 3)
    package_file("helpers.text", "first_names.txt", "# x\u2028y\nabc\n".encode())
    with pytest.raises(GazetteerError, match=r"line 2: 'abc'"):
        first_name_lines("first_names.txt")
    # the same count for a table: \r\n, \r and \n break lines, U+2028 and U+0085 do not
    raw = "key\treason\r\n# a\u2028b\u0085c\rx\ty\nonly one cell\n".encode()
    package_file("helpers.text", "display_kept.tsv", raw)
    with pytest.raises(ArgumentError, match=r"display_kept\.tsv, line 4: 'only one cell'"):
        read_data_rows("helpers.text", "display_kept.tsv", ("key", "reason"))


def test_the_shipped_first_name_lists_still_load():
    from helpers.text.first_names import FIRST_NAME_LISTS, first_name_lines

    for name in FIRST_NAME_LISTS:
        got = first_name_lines(name)
        assert got and all(" " not in n and n.strip() == n for n, _ in got)
    assert ("عبدالله", "") in first_name_lines("first_names.txt")
