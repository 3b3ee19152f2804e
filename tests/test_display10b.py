"""Session 10 (branch display10b): what users see, a newcomer's and a hostile tester's
list. Every right value here is worked out by hand in the comment beside it."""

from __future__ import annotations

import itertools

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


def _mentions(written):
    """Two mentions of one place in one story: للمملكة (surface لمملكة, written المملكة)
    and المملكة (surface = written)."""
    import pandas as pd

    return pd.DataFrame(
        {
            "story_id": ["s1", "s1"],
            "zone": ["body", "body"],
            "type": ["LOC", "LOC"],
            "entity_id": ["Q851", "Q851"],
            "canonical": ["المملكة", "المملكة"],
            "surface": ["لمملكة", "المملكة"],
            "written": written,
        }
    )


def test_a_blank_written_cell_falls_back_to_the_surface():
    import pandas as pd

    from helpers.display import rtl_table, written_forms
    from helpers.entities import entity_counts

    old = _mentions(["المملكة", "المملكة"]).drop(columns="written").iloc[:1]
    new = _mentions(["المملكة", "المملكة"]).iloc[1:]
    both = pd.concat([new, old], ignore_index=True)  # the older row has NaN written
    assert both["written"].isna().sum() == 1
    # by hand: the new row's written المملكة, the old row's surface لمملكة
    assert list(written_forms(both)) == ["المملكة", "لمملكة"]
    counts = entity_counts(both)
    assert counts.loc[0, "count"] == 2
    assert sorted(counts.loc[0, "written"]) == ["المملكة", "لمملكة"]  # no nan among them
    html = rtl_table(both).data
    assert "nan" not in html and "—" not in html
    assert html.count(">لمملكة<") == 1  # the old row's written cell, surface hidden
    # a CSV's blank: None/pd.NA the same way; a counts table falls back to surfaces
    blank = _mentions(["المملكة", pd.NA])
    assert list(written_forms(blank)) == ["المملكة", "المملكة"]
    table = pd.DataFrame({"surfaces": [["لمملكة"]], "written": [None]})
    assert list(written_forms(table)) == [["لمملكة"]]
    assert "nan" not in rtl_table(table).data and "None" not in rtl_table(table).data


@pytest.mark.parametrize("rows", [1, 2])
def test_a_heatmap_of_one_group_and_few_rows_keeps_its_title_off_the_cells(rows):
    import warnings

    import pandas as pd
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from helpers.charts.views import entity_heatmap

    counts = pd.DataFrame(
        {
            "outlet": ["sabq"] * rows,
            "entity_id": ["Q1", "Q2"][:rows],
            "canonical": ["الرياض", "عبدالعزيز بن سلمان"][:rows],
            "type": ["LOC", "PERSON"][:rows],
            "count": [5, 3][:rows],
            "stories": [4, 2][:rows],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # «constrained_layout not applied» was a warning
        fig = entity_heatmap(counts, "outlet", value="stories_per_100", group_sizes={"sabq": 200})
        FigureCanvasAgg(fig).draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    title = fig._suptitle.get_window_extent(renderer)
    # the title block (with its subtitle) ends above the axes and their column names
    assert title.y0 >= ax.get_tightbbox(renderer).y1
    # the colour bar's label fits the figure's height
    bar = fig.axes[1].yaxis.label.get_window_extent(renderer)
    assert bar.y0 >= 0 and bar.y1 <= fig.bbox.height


def _stories(days):
    import pandas as pd

    return pd.DataFrame(
        [
            {"story_id": f"{d}-{o}", "date": pd.Timestamp(d), "outlet": o}
            for d in days
            for o in ("sabq", "alyaum")
        ]
    )


@pytest.mark.parametrize(
    "days",
    [
        # the tester's corpus: 21-23 July and 1-4 August 2015
        ["2015-07-21", "2015-07-22", "2015-07-23", *[f"2015-08-0{d}" for d in range(1, 5)]],
        # a full month, every day
        [f"2015-07-{d:02d}" for d in range(1, 32)],
    ],
)
def test_date_labels_never_overlap(days):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from helpers.charts.views import stories_over_time

    fig = stories_over_time(_stories(days), "outlet")
    FigureCanvasAgg(fig).draw()
    renderer = fig.canvas.get_renderer()
    boxes = sorted(
        (t.get_window_extent(renderer) for t in fig.axes[0].get_xticklabels() if t.get_text()),
        key=lambda b: b.x0,
    )
    assert len(boxes) >= 2
    assert all(a.x1 < b.x0 for a, b in itertools.pairwise(boxes))


def test_a_gap_in_the_dates_is_said():
    from helpers.charts.views import stories_over_time

    days = ["2015-07-21", "2015-07-22", "2015-07-23", "2015-08-01", "2015-08-04"]
    fig = stories_over_time(_stories(days), "outlet")
    text = fig._suptitle.get_text()
    # by hand: 24..31 July are 8 days, 2 and 3 August 2 more: 10 days without stories
    assert (
        "10 أيام بلا قصص: فراغ في الرسم (24 يوليو – 31 يوليو 2015، 2 أغسطس – 3 أغسطس 2015)" in text
    )
    assert "فراغ" not in stories_over_time(_stories(days[:3]), "outlet")._suptitle.get_text()


def test_heatmaps_of_one_unit_write_their_cells_alike():
    import pandas as pd

    from helpers.charts.views import entity_heatmap

    sizes = {"sabq": 200, "alyaum": 50}

    def cells(rows):
        counts = pd.DataFrame(
            rows, columns=["outlet", "entity_id", "canonical", "type", "count", "stories"]
        )
        fig = entity_heatmap(counts, "outlet", value="stories_per_100", group_sizes=sizes)
        return sorted(t.get_text() for t in fig.axes[0].texts if t.get_text())

    # by hand: one story of 200 is 0.5 per 100, so one decimal in both heatmaps;
    # places alone (6 of 200 = 3, 10 of 50 = 20) gave «3» and «20»
    who = cells([("sabq", "Q1", "محمد", "PERSON", 1, 1), ("alyaum", "Q1", "محمد", "PERSON", 2, 2)])
    where = cells([("sabq", "Q2", "جدة", "LOC", 6, 6), ("alyaum", "Q2", "جدة", "LOC", 10, 10)])
    assert who == ["0.5", "4.0"]
    assert where == ["20.0", "3.0"]


def test_number_columns_sit_under_their_headers_and_sides_are_named():
    import re

    import pandas as pd

    from helpers.display import NUMBER_ALIGN, rtl_table
    from helpers.sections import Contrast

    kt = pd.DataFrame(
        {
            "label": ["الرياض", "جدة", "اليوم"],
            "g2": [1110.4, 12.5, 0.1],
            "key_for": ["target", "reference", "neither"],
        }
    )
    c = Contrast(None, None, None, None, kt, a_name="الرياض", b_name="جدة")
    named = c.sides_named(kt)
    # by hand: the sides by their names, «neither» still a code, the CSV's table unchanged
    assert list(named["key_for"]) == ["الرياض", "جدة", "neither"]
    assert list(kt["key_for"]) == ["target", "reference", "neither"]
    html = rtl_table(named).data
    assert "الهدف" not in html and "المرجع" not in html
    rows = re.findall(r"<tr>(.*?)</tr>", html)
    cells = [re.findall(r'<t[hd] style="([^"]*)"', r) for r in rows]
    # the g2 column (second): header and every cell right, the text columns at start
    assert all(NUMBER_ALIGN in row[1] for row in cells)
    assert all("text-align:start" in row[0] and "text-align:start" in row[2] for row in cells)


def test_a_cleaning_report_read_back_from_csv_finds_its_stories(tmp_path):
    import pandas as pd

    from helpers.charts.views import cleaning_chart
    from helpers.corpus.groups import story_id_text

    stories = pd.DataFrame({"story_id": ["12", "13", "14"], "outlet": ["sabq", "sabq", "alyaum"]})
    report = pd.DataFrame(
        {"reason": ["html", "html", "html", "html"], "story_id": ["12", "14", "14", ""]}
    )
    path = tmp_path / "cleaning_report.csv"
    report.to_csv(path, index=False)
    back = pd.read_csv(path)  # ids 12, 14, 14, NaN: float64 with the blank
    assert back["story_id"].dtype == "float64"
    assert list(story_id_text(back["story_id"])) == ["12", "14", "14", ""]
    # ints both sides too (a stories table read back)
    assert list(story_id_text(pd.Series([12, 13]))) == ["12", "13"]

    def bars(report, stories):
        fig = cleaning_chart(report, stories, "outlet")
        return [t.get_text() for t in fig.axes[0].get_yticklabels()]

    # by hand: sabq has story 12 (1 line), alyaum story 14 (2 lines), one line outside
    expected = bars(report, stories)
    assert bars(back, stories) == expected
    ints = stories.assign(story_id=stories["story_id"].astype(int))
    assert bars(back, ints) == expected
    # alyaum's 2 lines first, sabq's 1, the line of no story apart, last
    assert expected == ["اليوم", "سبق", "خارج القصص"]
