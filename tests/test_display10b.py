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
