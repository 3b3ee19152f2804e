"""Why a chart was drawn empty or drew less than it was given: the one table of the
reasons a :class:`helpers.charts.ChartWarning` (and a
:class:`helpers.charts.FontCoverageWarning`) gives, in Arabic.

A notebook shows such a warning as a note after «لم يُرسم الشكل» or «ملاحظة على
الشكل» (:func:`helpers.sections.chart_note`, right to left through
:func:`helpers.display.markdown`), so the reason is the reader's sentence: session 21
found «لم يُرسم الشكل: the table has no rows to draw.» in the notebooks. Every chart
takes its reason from here (a fixed phrase, or a function of the numbers it names);
none writes its own. The warning's message keeps, for a programmer, the chart
function's name before the reason (``bar_chart: …``, which ``chart_note`` leaves out)
and, for a figure drawn empty, :data:`EMPTY_SUFFIX` after it.

Numbers are Western digits with a thousands separator, counted nouns agreeing with the
number (:func:`helpers.charts.skeleton.counted`); a column is named as the table has it
(``per_1000``): the name a reader types.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "ALIKE",
    "CLEANED_NOTHING",
    "EMPTY_SUFFIX",
    "NO_DATE",
    "NO_ROWS",
    "NO_WORD",
    "all_zero",
    "bars_cut",
    "empty_labels",
    "missing_values",
    "no_glyph",
    "rows_cut",
]

#: Ends the message of a chart drawn empty (``helpers.charts.skeleton._empty_figure``;
#: :func:`helpers.sections.chart_note` reads it as «لم يُرسم الشكل»). For programmers
#: only: never shown in a notebook.
EMPTY_SUFFIX = "; drawing an empty figure"

#: The table has no rows to draw (every chart given an empty table, or one whose rows
#: were all left out).
NO_ROWS = "ليس في الجدول صف يُرسم"
#: A word cloud with no word left once stopwords and empty labels are out.
NO_WORD = "لم تبقَ كلمة تُرسم"
#: A comparison cloud whose stories use every term alike (no term leans to one side).
ALIKE = "لا تميل أي كلمة إلى جانب دون الآخر"
#: Stories over time, when no story has a date (also notebook 02's terms over time).
NO_DATE = "لا تاريخ لأي قصة"
#: The cleaning chart of an empty report (session 20: the newcomer nc26 read
#: «… cleaning removed nothing.» with its full stop at the wrong edge).
CLEANED_NOTHING = "لم يحذف التنظيف أي سطر"


def _columns(columns: Sequence[str]) -> str:
    """``columns`` as a reader's list: «count» or «count، per_1000»."""
    return "، ".join(str(c) for c in columns)


def missing_values(n: int, columns: Sequence[str]) -> str:
    """``n`` rows left out for a missing value (NaN) in ``columns``: «تُرك 3 صفوف بلا
    قيمة (NaN) في count». Raises :class:`helpers.errors.ArgumentError` for an ``n``
    that is not a whole number >= 0 (:func:`helpers.charts.skeleton.counted`)."""
    from helpers.charts.skeleton import counted

    return f"تُرك {counted(n, 'صف')} بلا قيمة (NaN) في {_columns(columns)}"


def all_zero(n: int, column: str) -> str:
    """Every one of ``n`` rows is 0 in ``column``: «كل قيم count صفر (3 صفوف): لا شيء
    يُرسم». Raises as :func:`missing_values`."""
    from helpers.charts.skeleton import counted

    return f"كل قيم {column} صفر ({counted(n, 'صف')}): لا شيء يُرسم"


def empty_labels(n: int, column: str) -> str:
    """``n`` rows left out for an empty (or whitespace-only) label in ``column``:
    «تُرك صف واحد بلا اسم في term». Raises as :func:`missing_values`."""
    from helpers.charts.skeleton import counted

    return f"تُرك {counted(n, 'صف')} بلا اسم في {column}"


def rows_cut(rows: int, fits: int, inches: float) -> str:
    """``rows`` categories do not fit in the figure's ``inches`` (its tallest side):
    «رُسم أول 140 من 200 صف: لا يتسع الشكل (40 بوصة) لأكثر». Raises nothing."""
    from helpers.charts.skeleton import counted

    return (
        f"رُسم أول {fits:,} من {counted(rows, 'صف', 'oblique')}: "
        f"لا يتسع الشكل ({inches:g} بوصة) لأكثر"
    )


def bars_cut(asked: int, n: int, panel_rows: int, inches: float) -> str:
    """Small multiples whose ``asked`` bars a panel, in ``panel_rows`` rows of panels, do
    not fit in ``inches``: «رُسم أول 12 من 20 في كل لوحة: لا يتسع الشكل (40 بوصة)
    لأكثر في 3 صفوف من اللوحات». Raises nothing."""
    from helpers.charts.skeleton import counted

    return (
        f"رُسم أول {n:,} من {asked:,} في كل لوحة: لا يتسع الشكل ({inches:g} بوصة) لأكثر "
        f"في {counted(panel_rows, 'صف', 'oblique')} من اللوحات"
    )


def no_glyph(fonts: str, names: str) -> str:
    """Characters no font draws (a :class:`helpers.charts.FontCoverageWarning`): «لا
    يرسم الخط DejaVu Sans هذه الحروف: U+4E2D CJK UNIFIED IDEOGRAPH-4E2D (中)؛ ستظهر
    مربعات فارغة؛ مرّر مسار خط فيه هذه الحروف بالمعامل font». ``fonts`` the families,
    ``names`` the characters as the warning lists them. No ``font=<path>``: its angle
    brackets turned round in the right-to-left note (seen in Chromium). Raises
    nothing."""
    return (
        f"لا يرسم الخط {fonts} هذه الحروف: {names}؛ ستظهر مربعات فارغة؛ "
        "مرّر مسار خط فيه هذه الحروف بالمعامل font"
    )
