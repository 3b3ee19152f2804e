"""Session 12 (branch charts12): what users see in the charts and tables of a real run."""

from __future__ import annotations

import re

import pandas as pd

#: A number of four digits or more written without its thousands separator: «1000»,
#: not «1,000». Years stand alone as four digits («يوليو 2015»), so this reads only
#: the fixed texts of units and headers, where no year is written.
_BARE_THOUSANDS = re.compile(r"(?<![\d,])\d{4,}(?![\d,])")


def test_one_number_format_in_every_unit_and_header():
    """A rate per 1,000 words is written «لكل 1,000 كلمة» in every chart unit, heatmap
    cell, axis label and table header, as every count of a thousand or more is
    («20,290 قصة», :func:`helpers.charts.skeleton.counted`); «لكل 1000 كلمة» stood in
    the charts' axes and the tables' headers."""
    from helpers.charts import scatter, skeleton, views
    from helpers.display import column_labels
    from helpers.sections import PER_1000_LABEL

    texts = {
        **{f"column {k}": v for k, v in column_labels().items()},
        **{f"unit {k}": v for k, v in skeleton.UNITS.items()},
        **{f"heatmap unit {k}": v for k, v in views.HEATMAP_UNITS.items()},
        **{f"heatmap cell {k}": v for k, v in views.HEATMAP_CELLS.items()},
        "scatter axis": scatter.AXIS_LABEL,
        "sections": PER_1000_LABEL,
    }
    bare = {k: v for k, v in texts.items() if _BARE_THOUSANDS.search(v)}
    assert bare == {}
    assert skeleton.UNITS["per_1000"] == "لكل 1,000 كلمة"
    assert column_labels()["per_1000_target"] == "لكل 1,000 كلمة في الهدف"
    assert PER_1000_LABEL == "مرات الذكر لكل 1,000 كلمة"
    assert scatter.AXIS_LABEL.format("س") == "تكرار لكل 1,000 كلمة في «س»"


# ------------------------------------------------------------------ the time axis


def _ticks(days, width=10.0, period="D"):
    import matplotlib.dates as mdates

    from helpers.charts.skeleton import drawing, new_figure
    from helpers.charts.views import _date_labels, _spaced_ticks

    x = mdates.date2num(pd.DatetimeIndex(days).to_pydatetime())
    with drawing(None):
        fig = new_figure(width, 4)
        ticks = _spaced_ticks(fig.add_subplot(), x, period, "gulf")
    return _date_labels(ticks, period, "gulf")


def test_scattered_days_each_get_a_tick():
    """24 and 25 July beside 1 August (three days of SaudiNewsNet): 25 July had no tick,
    because the label was measured as the widest with its year («25 يوليو 2015») and
    ticks were kept at least span / 7 apart (8 / 7 days) even with three periods. By
    hand: 9 days on 0.86 x 10 in = 1.047 days an inch; «24 يوليو 2015» is 0.88 in
    and «25» 0.16 in at 11 pt, so they need (0.88 + 0.16) / 2 + 0.3 = 0.82 in = 0.86
    day apart; they are 1 day apart."""
    assert _ticks(["2015-07-24", "2015-07-25", "2015-08-01"]) == ["24 يوليو 2015", "25", "1 أغسطس"]
    # the same three days as weeks: 20 and 27 July (Mondays) are one week apart
    assert _ticks(["2015-07-20", "2015-07-27"], period="W") == ["20 يوليو 2015", "27"]


def test_date_labels_name_the_month_and_year_where_they_change():
    import matplotlib.dates as mdates

    from helpers.charts.views import _date_labels

    def labels(days, period="D"):
        x = mdates.date2num(pd.DatetimeIndex(days).to_pydatetime())
        return _date_labels(x, period, "gulf")

    assert labels(["2015-12-30", "2015-12-31", "2016-01-01", "2016-01-02"]) == [
        "30 ديسمبر 2015",
        "31",
        "1 يناير 2016",
        "2",
    ]
    assert labels(["2015-07-01", "2015-08-01", "2016-01-01"], "M") == [
        "يوليو 2015",
        "أغسطس",
        "يناير 2016",
    ]


# ------------------------------------------------- hints in the user's own syntax


def test_a_setting_is_named_as_the_user_types_it(monkeypatch):
    from helpers.errors import COMMAND_LINE_ENV, setting

    monkeypatch.delenv(COMMAND_LINE_ENV, raising=False)
    assert setting("fields", {"body": "content"}) == 'fields={"body": "content"}'
    assert setting("group_by", "outlet") == 'GROUP_BY = "outlet"'
    assert setting("fields") == "fields="
    monkeypatch.setenv(COMMAND_LINE_ENV, "1")
    assert setting("fields", {"body": "content"}) == (
        '--fields \'{"body": "content"}\' (make: FIELDS=\'{"body": "content"}\')'
    )
    assert setting("group_by", "date:W") == "--group-by date:W (make: GROUP_BY=date:W)"
    assert setting("fields") == "--fields (make: FIELDS)"


def test_the_command_line_hint_for_a_file_without_body(tmp_path, capsys, monkeypatch):
    """``make run CORPUS=x.json`` without FIELDS: the hint said «fields={'body':
    'content'}», Python a make user cannot type; it now names --fields and FIELDS=, and a
    notebook or script still reads Python (its error from load_corpus)."""
    import json

    import pytest

    from helpers.__main__ import main
    from helpers.corpus import load_corpus
    from helpers.errors import COMMAND_LINE_ENV, CorpusFormatError

    monkeypatch.delenv(COMMAND_LINE_ENV, raising=False)
    f = tmp_path / "c" / "s.json"
    f.parent.mkdir()
    f.write_text(json.dumps([{"title": "عنوان", "content": "نص"}]), encoding="utf-8")
    out = tmp_path / "out"
    folders = ["--processed", str(out / "p"), "--figures", str(out / "f")]
    code = main(["run", "--corpus", str(f), *folders, "--build", str(out / "b")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().endswith(
        '(name the fields title and body, or map yours: --fields \'{"body": "content"}\' '
        '(make: FIELDS=\'{"body": "content"}\'))'
    )
    import os

    assert COMMAND_LINE_ENV not in os.environ  # restored when main returns
    with pytest.raises(CorpusFormatError) as e:
        load_corpus(f)
    assert str(e.value).endswith('or map yours: fields={"body": "content"})')
