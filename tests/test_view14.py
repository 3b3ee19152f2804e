"""Session 14 (branch nview14): what a newcomer saw in the charts, tables, HTML and
README of a run on 4 outlets x 4 days of SaudiNewsNet (aawsat, sabq, alyaum, alwatan,
2015-08-01..04), each fixed for its kind; every value below is worked out by hand in
the comment beside it."""

import itertools

import numpy as np
import pandas as pd
import pytest

# --- 1. the cleaning chart: four outlets' names over each other, hairline bars ----------


def test_a_legend_row_is_a_line_taller_for_each_wrapped_line():
    from helpers.charts.skeleton import legend_inches

    # 7 entries in rows of 3: 3 rows; a two-line entry adds 2.1 em at 11 pt
    # (2.1 * 11 / 72 = 0.320833 in) to the 0.4 in of a row: 3 * 0.720833 = 2.1625
    assert legend_inches(7, 3, 2, fontsize=11) == pytest.approx(2.1625)
    assert legend_inches(7, 3) == pytest.approx(1.2)  # 3 rows of one line
    assert legend_inches(0, 3, 2) == 0.0


def test_the_cleaning_chart_gives_each_outlet_a_row_its_name_fits():
    from helpers.charts import cleaning_chart
    from helpers.charts.skeleton import heading_inches

    outlets = ["sabq", "alyaum", "aawsat", "alwatan"]
    stories = pd.DataFrame({"story_id": [f"s{i}" for i in range(4)], "outlet": outlets})
    report = pd.DataFrame(
        {
            "reason": ["duplicate story (same body as s0)", "bidi control characters removed"] * 4,
            "story_id": ["", "s0", "s1", "s1", "s2", "s2", "s3", "s3"],
            "action": ["dropped", "repaired"] * 4,
        }
    )
    fig = cleaning_chart(report, stories, by="outlet")
    # two legend entries, the longest line «قصة مكررة (نسخة» 15 + 4 characters: 96 // 19
    # = 5 a row, so one row of two, two lines tall: 0.4 + 0.320833 = 0.720833 in; under
    # the title 4 rows of 0.4 in, the value axis 0.5 and its label 0.45: 3.270833 in
    assert fig.get_figheight() - heading_inches(fig) == pytest.approx(3.270833, abs=1e-4)
    fig.canvas.draw()
    boxes = [t.get_window_extent() for t in fig.axes[0].get_yticklabels()]
    assert len(boxes) == 4  # (the outside-the-stories row is a fifth when present)
    for upper, lower in itertools.pairwise(boxes):
        assert not upper.overlaps(lower)


# --- 2. the term scatter: labels inside the axes, leaders over fewer dots ---------------


def test_a_leader_counts_the_dots_it_passes_over():
    from matplotlib.transforms import Bbox

    from helpers.charts.scatter import _leader_dots

    box = Bbox.from_extents(0, 0, 20, 10)  # centre (10, 5); the leader leaves it at x = 20
    dots = np.array([(15.0, 5.0), (30.0, 6.0), (30.0, 20.0), (40.0, 5.0)])
    # (15, 5) is under the label itself, (30, 20) 15 px off the line, (40, 5) the own
    # dot: only (30, 6), 1 px from the leader (reach 2), is passed over
    assert _leader_dots(box, (40.0, 5.0), dots, reach=2.0, shortest=4.0) == 1
    # a dot 2 px right of the box: under the 4 px of the shortest leader, none drawn
    assert _leader_dots(box, (22.0, 5.0), dots, reach=2.0, shortest=4.0) == 0


def test_a_label_past_the_axes_edge_is_moved_inside():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from helpers.charts.scatter import _apart

    fig = Figure(figsize=(4, 4), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    text = ax.text(9.8, 5, "المملكة", fontsize=10)  # starts 0.2 units from the right edge
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    assert text.get_window_extent(renderer).x1 > ax.get_window_extent(renderer).x1
    assert _apart([text], ax, renderer, np.empty((0, 2)), np.array([[0.0, 0.0]])) == [text]
    box, inside = text.get_window_extent(renderer), ax.get_window_extent(renderer)
    assert inside.x0 <= box.x0 and box.x1 <= inside.x1


# --- 4. small multiples: each group in its colour of every figure -----------------------


def test_each_panel_of_top_by_group_is_in_its_group_colour():
    from matplotlib.colors import to_hex

    from helpers.charts.skeleton import COLOURS
    from helpers.charts.views import top_by_group

    table = pd.DataFrame(
        {
            "outlet": ["sabq", "sabq", "aawsat", "aawsat"],
            "label": ["المنطقة", "العمل", "العام", "رئيس"],
            "per_1000": [4.0, 3.0, 3.5, 2.5],
        }
    )
    # the run's order puts aawsat first: it takes COLOURS[0], sabq COLOURS[1], whatever
    # their panels' places
    fig = top_by_group(table, "outlet", "label", "per_1000", order=["aawsat", "sabq"])
    colour = {}
    for ax in fig.axes:
        if ax.axison and ax.patches:
            title = " ".join(ax.get_title(loc=side) for side in ("left", "center", "right"))
            outlet = "sabq" if "سبق" in title else "aawsat"
            colour[outlet] = to_hex(ax.patches[0].get_facecolor())
    assert colour == {"aawsat": to_hex(COLOURS[0]), "sabq": to_hex(COLOURS[1])}


# --- 6. the entity heatmap: a zero cell says 0, faintly -------------------------------


def test_a_zero_cell_of_the_entity_heatmap_is_written_faintly():
    from matplotlib.colors import to_hex

    from helpers.charts import entity_heatmap
    from helpers.charts.views import ZERO_CELL_COLOUR

    counts = pd.DataFrame(
        {
            "outlet": ["okaz", "okaz", "aawsat"],
            "entity_id": ["iraq", "lavrov", "iraq"],
            "canonical": ["العراق", "لافروف", "العراق"],
            "type": ["LOC", "PERSON", "LOC"],
            "count": [6, 2, 3],
        }
    )
    fig = entity_heatmap(
        counts,
        "outlet",
        tokens={"okaz": 2000, "aawsat": 6000},
        group_sizes={"okaz": 10, "aawsat": 30},
    )
    ax = fig.axes[0]
    # cells (as test_charts_groups works them out): [[3.0, 0.5], [1.0, 0.0]]: aawsat
    # never names لافروف, the cell at row 1, column 1
    cells = {(round(t.get_position()[1]), round(t.get_position()[0])): t for t in ax.texts}
    assert cells[(1, 1)].get_text() == "0"
    assert to_hex(cells[(1, 1)].get_color()) == ZERO_CELL_COLOUR
    assert cells[(0, 1)].get_text() == "0.5"
    assert to_hex(cells[(0, 1)].get_color()) != ZERO_CELL_COLOUR


# --- 3. small multiples: a long label stops short of the next panel ---------------------


def test_a_long_label_of_a_left_panel_stays_clear_of_the_right_panel():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from helpers.charts.views import PANEL_GAP_INCHES, top_by_group

    short = ["جون كيري", "علي شايف", "جاموس"]
    long = ["الحسين", "محمد بن عبدالعزيز الصفيان", "عزام الدخيل"]
    table = pd.DataFrame(
        {
            "side": ["a"] * 3 + ["b"] * 3,
            "label": short + long,
            "value": [6.8, 2.2, 1.8, 1.8, 1.5, 1.2],
        }
    )
    fig = top_by_group(table, "side", "label", "value", order=["a", "b"])
    FigureCanvasAgg(fig)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    panels = [ax for ax in fig.axes if ax.axison and ax.patches]
    right, left = sorted(panels, key=lambda ax: -ax.get_window_extent(renderer).x0)
    # b (second in the order) is the left panel, its labels right of its bars
    label_end = max(t.get_window_extent(renderer).x1 for t in left.get_yticklabels())
    room = right.get_window_extent(renderer).x0 - label_end
    # the gap is PANEL_GAP_INCHES (0.35 in) of the figure, less the layout's own padding
    assert room >= 0.5 * PANEL_GAP_INCHES * fig.dpi


# --- 8. notebook 05's quotes table: an unknown speaker shown «(غير معروف)» ------------


def test_an_empty_speaker_cell_is_shown_unknown_and_other_columns_stay_blank():
    from helpers.display import _values_shown, rtl_table, value_label
    from helpers.quotes import UNKNOWN_SPEAKER

    assert UNKNOWN_SPEAKER == "(غير معروف)"
    assert value_label("speaker", "") == "(غير معروف)"
    assert value_label("speaker", float("nan")) == "(غير معروف)"
    assert value_label("speaker", "جون كيري") == "جون كيري"
    assert value_label("verb", "") == ""  # only the speaker names its empty cell
    quotes = pd.DataFrame({"speaker": ["", "جون كيري"], "verb": ["", "قال"]})
    html = rtl_table(quotes).data
    assert html.count("(غير معروف)") == 1
    assert 'title=""' not in html  # an empty cell has no code for a tooltip
    # the interactive tables (itables) take the same values
    assert _values_shown(quotes)["speaker"].tolist() == ["(غير معروف)", "جون كيري"]
    assert quotes["speaker"].tolist() == ["", "جون كيري"]  # the table itself unchanged


# --- 7. the author column: SaudiNewsNet's byline line, not a writer's name ------------


def test_the_author_column_is_headed_as_a_byline_line():
    from helpers.display import column_label

    # SaudiNewsNet's author field holds «لندن: «الشرق الأوسط»» and «سبق- أبها:»: a
    # dateline with the writer (or the outlet), so the header does not promise a writer
    assert column_label("author") == "سطر الكاتب"


# --- 10. tables.xlsx: a ranked table keeps its top ranks past a lower limit -----------


def test_a_ranked_table_is_cut_past_its_own_limit_an_unranked_one_kept_whole(
    tmp_path, monkeypatch, capsys
):
    import re
    import zipfile

    import helpers.notebooks as nbmod
    from helpers.io import write_csv

    # ranked: 150 rows of ranks 1..150 in one group x 3 columns + header = 453 cells;
    # unranked: 150 rows x 2 columns + header = 302 cells; both under the 1,000 of
    # every table, both over the 300 of a ranked table
    ranked = pd.DataFrame({"outlet": ["sabq"] * 150, "term": ["ا"] * 150, "rank": range(1, 151)})
    write_csv(ranked, tmp_path / "term_frequencies.csv")
    write_csv(pd.DataFrame({"term": ["ب"] * 150, "count": range(150)}), tmp_path / "shared.csv")
    monkeypatch.setattr(nbmod, "WORKBOOK_MAX_CELLS", 1000)
    monkeypatch.setattr(nbmod, "WORKBOOK_RANKED_CELLS", 300)
    book = nbmod._write_workbook(tmp_path)
    with zipfile.ZipFile(book) as z:
        names = re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode("utf-8"))
    assert names == ["about", "shared", "term_frequencies"]
    sheets = pd.read_excel(book, sheet_name=None)
    assert len(sheets["term_frequencies"]) == 100  # ranks 1..100 (WORKBOOK_TOP_RANK)
    assert len(sheets["shared"]) == 150  # not ranked: whole
    err = capsys.readouterr().err
    assert "term_frequencies.csv cut to its top 100 of each group" in err
    assert "shared.csv" not in err
