"""Corpus-level views and the skeleton's bounds, on small hand-made tables.

Outlet names are SaudiNewsNet's (okaz, aawsat...); words are from the embedded corpus
or everyday news Arabic. Every expected value below is counted by hand from the table
built in the test.
"""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest
from chart_text import plain
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image

from helpers.charts import (
    ChartWarning,
    arabic_date,
    cleaning_chart,
    comparison_cloud,
    comparison_subtitle,
    entity_counts_chart,
    entity_heatmap,
    far_dates,
    figure_alt,
    fold_others,
    keyness_chart,
    quotes_by_group,
    save_figure,
    selection_name,
    stories_over_time,
    stories_phrase,
    story_lengths_chart,
    term_scatter,
    time_series_chart,
    top_by_group,
    top_entities_by_group,
    top_terms_by_group,
)
from helpers.charts.skeleton import MAX_INCHES, new_figure
from helpers.errors import ArgumentError, KhabarError

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]

OUTLETS = [f"outlet{i:02d}" for i in range(20)]


def png_size(fig, tmp_path, name="fig") -> tuple[int, int]:
    path = save_figure(fig, name, tmp_path, formats=("png",))[0]
    with Image.open(path) as im:
        return im.size


def panel(axes, name: str):
    """The panel whose (right-aligned) title starts with ``name``."""
    return next(
        ax for ax in axes if ax.get_title(loc="right").replace("\u200f", "").startswith(name)
    )


def texts(ax) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


# ------------------------------------------------------------------ skeleton wording


def test_stories_phrase_agrees_with_the_number():
    # Arabic counted nouns: 1 and 2 have their own forms, 3-10 take the plural,
    # 11-99 the singular; 103-110 the plural again
    assert stories_phrase(1) == "قصة واحدة"
    assert stories_phrase(2) == "قصتان"
    assert stories_phrase(3) == "3 قصص"
    assert stories_phrase(10) == "10 قصص"
    assert stories_phrase(11) == "11 قصة"
    assert stories_phrase(105) == "105 قصص"
    assert stories_phrase(1234) == "1,234 قصة"


def test_comparison_subtitle_names_both_sides_and_their_sizes():
    text = (
        comparison_subtitle("okaz", 12, "بقية المنافذ", 3)
        .replace("\u200f", "")
        .replace("\u200e", "")
    )
    assert text == "«okaz» (12 قصة) مقابل «بقية المنافذ» (3 قصص)"
    assert plain(comparison_subtitle("okaz", 1)) == "«okaz» (قصة واحدة)"


def test_selection_name():
    # an outlet by its Arabic name (charts/data/outlet_names.tsv); an unknown value as is
    assert selection_name({"outlet": "okaz"}) == "عكاظ"
    assert selection_name({"outlet": ["sabq", "my-blog"]}) == "سبق، my-blog"
    # a date range reads right to left in words (a dash between two dates was reordered
    # by the bidi algorithm and read backwards in a newcomer's chart)
    assert selection_name({"date": ("2015-07-21", "2015-07-27")}) == (
        "من 21 يوليو 2015 إلى 27 يوليو 2015"
    )
    assert selection_name({"date": ["2015-07-20", "2015-08-04"]}) == (
        "من 20 يوليو 2015 إلى 4 أغسطس 2015"
    )
    # a range of one day is that day, not «from 23 July to 23 July»
    assert selection_name({"date": ("2015-07-23", "2015-07-23")}) == "23 يوليو 2015"
    assert selection_name({"outlet": ["okaz", "sabq"]}) == "عكاظ، سبق"
    assert selection_name(("2015-07-21", "2015-07-27")) == "2015-07-21 – 2015-07-27"
    assert selection_name(["a", "b", "c", "d", "e"]) == "a، b، c +2"
    assert selection_name(None, "بقية القصص") == "بقية القصص"


def test_arabic_date():
    assert arabic_date("2015-08-05") == "5 أغسطس 2015"
    assert arabic_date("2015-08-05", months="levant") == "5 آب 2015"
    assert arabic_date("2015-08-05", "M") == "أغسطس 2015"
    assert arabic_date("2015-01-31", year=False) == "31 يناير"
    with pytest.raises(ArgumentError, match="months"):
        arabic_date("2015-08-05", months="maghreb")


def test_fold_others_keeps_eleven_largest_and_names_the_rest():
    # 14 groups with 14, 13, ..., 1 stories: the 11 largest stay, 3 are folded
    table = pd.DataFrame(
        {"outlet": [f"o{i}" for i in range(14)], "stories": list(range(14, 0, -1))}
    )
    out = fold_others(table, "outlet", "stories")
    assert out["outlet"].nunique() == 12
    assert out.attrs["folded"] == 3
    folded = out[out["outlet"] == "غيرها (3)"]
    assert folded["stories"].sum() == 3 + 2 + 1
    assert list(out["outlet"].iloc[:11]) == [f"o{i}" for i in range(11)]
    small = fold_others(table.head(12), "outlet", "stories")
    assert small["outlet"].tolist() == [f"o{i}" for i in range(12)] and small.attrs["folded"] == 0
    with pytest.raises(ArgumentError, match="max_groups"):
        fold_others(table, "outlet", "stories", max_groups=1)


def test_new_figure_is_clamped_to_the_page():
    fig = new_figure(300, 0.2)
    assert fig.get_size_inches().tolist() == [MAX_INCHES, 1.0]


# ------------------------------------------------------------------ existing charts, bounded


def many_story_counts(k: int) -> pd.DataFrame:
    rows = []
    for i in range(k):
        sid = f"story-{i:03d}"
        rows.append((sid, "person:lavrov", "سيرغي لافروف", "PERSON", 1 + i % 3))
        rows.append((sid, "country:IQ", "العراق", "LOC", 2))
        rows.append((sid, f"org:{i}", f"منظمة رقم {i}", "ORG", 1))
    return pd.DataFrame(rows, columns=["story_id", "entity_id", "canonical", "type", "count"])


def test_entity_counts_chart_is_bounded_at_fifty_stories(tmp_path):
    fig = entity_counts_chart(many_story_counts(50))
    w, h = png_size(fig, tmp_path)
    assert w <= 4000 and h <= 4000
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert len(legend) == 12  # 11 stories and "others"
    assert "غيرها (39)" in legend  # 50 - 11 stories folded


def test_comparison_cloud_is_bounded_at_sixty_stories(tmp_path):
    rows = []
    for i in range(60):
        for word, c in (("العراق", 1 + i % 5), (f"كلمة{i}", 3)):
            rows.append((f"s{i:02d}", word, word, c, c * 10.0))
    freq = pd.DataFrame(rows, columns=["story_id", "term", "label", "count", "per_1000"])
    fig = comparison_cloud(freq)
    w, h = png_size(fig, tmp_path)
    assert w <= 4000 and h <= 4000
    assert len(fig.legends[0].get_texts()) == 12


def test_term_scatter_draws_at_most_2000_terms_and_says_so():
    n = 5000
    rng = np.random.default_rng(1)
    a = rng.integers(0, 20, n)
    b = rng.integers(0, 20, n)
    kt = pd.DataFrame(
        {
            "term": [f"t{i:04d}" for i in range(n)],
            "label": [f"كلمة{i}" for i in range(n)],
            "count_target": a,
            "count_reference": b,
            "log_odds_z": (a - b) / 3.0,
        }
    )
    kt.attrs.update(target_size=int(a.sum()), reference_size=int(b.sum()))
    fig = term_scatter(kt, n_labels=4)
    # filled dots (both sides) and crosses (absent from one side) together: terms of
    # the same counts are one marker, its area their number (session 15); a cross at
    # most CROSS_MOST terms' area (session 22), so the crosses' areas count fewer
    from helpers.charts.scatter import CROSS_AREA, CROSS_MOST, DOT_AREA

    dots, crosses = fig.axes[0].collections[:2]
    drawn = dots.get_sizes().sum() / DOT_AREA + crosses.get_sizes().sum() / CROSS_AREA
    assert drawn <= 2000
    assert crosses.get_sizes().max() == CROSS_MOST * CROSS_AREA
    assert "2,000 من 5,000" in fig._supxlabel.get_text()


def test_keyness_chart_names_the_comparison():
    kt = pd.DataFrame(
        {
            "term": ["حج", "نفط"],
            "label": ["الحج", "النفط"],
            "g2": [10.0, 8.0],
            "p_value": [0.001, 0.004],
            "log_ratio": [1.5, -2.0],
        }
    )
    sub = comparison_subtitle("okaz", 40, "بقية المنافذ", 300)
    fig = keyness_chart(
        kt, target_name="okaz", reference_name="بقية المنافذ", subtitle=sub, gloss=True
    )
    title = fig._suptitle.get_text().replace("\u200f", "").replace("\u200e", "")
    assert "«okaz» (40 قصة) مقابل «بقية المنافذ» (300 قصة)" in title
    assert "1 = ضعف التكرار، 2 = أربعة أضعاف" in fig.axes[0].get_xlabel()
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "أكثر في «okaz»" in [plain(t) for t in legend]


# ------------------------------------------------------------------ corpus at a glance


def stories_table() -> pd.DataFrame:
    # okaz: 3 stories on 20 and 21 July; aawsat: 1 on 21 July; one story without a date
    return pd.DataFrame(
        {
            "story_id": ["a", "b", "c", "d", "e"],
            "title": ["عنوان", "عنوان", "عنوان", "عنوان", "عنوان"],
            "body": ["واحد اثنان", "واحد", "واحد اثنان ثلاثة", "واحد", "واحد"],
            "outlet": ["okaz", "okaz", "okaz", "aawsat", "aawsat"],
            "date": pd.to_datetime(["2015-07-20", "2015-07-21", "2015-07-21", "2015-07-21", None]),
        }
    )


def test_stories_over_time_stacks_outlets_per_day():
    fig = stories_over_time(stories_table(), "outlet")
    ax = fig.axes[0]
    # two days x two outlets = four bar patches; okaz first (3 stories) at the bottom
    heights = [p.get_height() for p in ax.patches]
    assert heights == [1, 2, 0, 1]  # okaz: 20th 1, 21st 2; aawsat: 20th 0, 21st 1
    sub = fig._suptitle.get_text()
    assert "قصة واحدة بلا تاريخ" in sub
    assert "4 قصص" in sub


def test_stories_over_time_one_day_says_so():
    one = stories_table().iloc[1:4]
    fig = stories_over_time(one, "outlet")
    assert "يوم واحد فقط" in fig._suptitle.get_text()
    assert [p.get_height() for p in fig.axes[0].patches] == [2, 1]


def test_stories_over_time_rejects_an_unknown_period():
    with pytest.raises(ArgumentError, match="period"):
        stories_over_time(stories_table(), period="Y")


def test_story_lengths_one_box_per_outlet():
    fig = story_lengths_chart(stories_table(), "outlet")
    ax = fig.axes[0]
    # every box names its outlet and its stories: okaz 3, aawsat 2
    assert [t.replace("\u200f", "") for t in texts(ax)] == [
        "عكاظ · 3 قصص",
        "الشرق الأوسط · قصتان",
    ]
    # okaz word counts (title + body): 3, 2, 4 -> median 3; aawsat: 2, 2 -> median 2
    medians = [line.get_xdata()[0] for line in ax.lines if line.get_color() == "#c8553d"]
    assert medians == [3.0, 2.0]


def test_cleaning_chart_counts_lines_per_outlet_and_reason():
    report = pd.DataFrame(
        {
            "story_id": ["a", "a", "b", "d", ""],
            "reason": ["repeated title", "boilerplate", "boilerplate", "repeated title", "logo"],
        }
    )
    fig = cleaning_chart(report, stories_table(), "outlet")
    ax = fig.axes[0]
    assert [t.replace("\u200f", "") for t in texts(ax)] == ["عكاظ", "الشرق الأوسط", "خارج القصص"]
    # per reason (one barh call each) the widths per row: okaz, aawsat, —
    widths = {}
    for p in ax.patches:
        widths.setdefault(p.get_label() if p.get_label() else None, []).append(p.get_width())
    totals = np.zeros(3)
    for p in ax.patches:
        totals[round(p.get_y() + p.get_height() / 2)] += p.get_width()
    assert totals.tolist() == [3, 1, 1]
    # unknown reasons keep their text; the legend of known ones is Arabic
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert sorted(legend) == ["boilerplate", "logo", "repeated title"]


def test_cleaning_reasons_are_named_in_arabic():
    from helpers.charts.views import reason_name

    footer = "site boilerplate (footer of alweeam: in 1549 of 1551 stories with a body)"
    assert reason_name(footer) == "نص متكرر للموقع: تذييل"
    assert reason_name("HTML removed or decoded; bidi control characters removed") == (
        "وسوم HTML أزيلت أو فُكّت"
    )
    assert reason_name("mojibake (UTF-8 read as Windows-1256)") == "ترميز مشوَّه أُصلح"
    assert reason_name("something new") == "something new"


# ------------------------------------------------------------------ small multiples


def freq_by_outlet() -> pd.DataFrame:
    rows = [
        ("okaz", "حج", "الحج", 9, 4.5),
        ("okaz", "نفط", "النفط", 3, 1.5),
        ("aawsat", "عراق", "العراق", 8, 2.0),
        ("aawsat", "حج", "الحج", 2, 0.5),
        ("sabq", "مكه", "مكة", 1, 1.0),
    ]
    return pd.DataFrame(rows, columns=["outlet", "term", "label", "count", "per_1000"])


def test_top_terms_by_group_panels_share_one_scale():
    fig = top_terms_by_group(
        freq_by_outlet(),
        "outlet",
        n=2,
        group_sizes={"okaz": 5, "aawsat": 4, "sabq": 1},
        min_stories=0,  # every group drawn: this test is about the shared scale
    )
    panels = [ax for ax in fig.axes if ax.axison]
    assert len(panels) == 3
    # one scale, RTL, ending on a tick past the longest bar (session 18): 4.5 in at
    # most 3 steps of 1, 2, 2.5, 5 -> step 2, ticks 0 ... 6, the axis 2 % past 6
    assert [ax.get_xlim() for ax in panels] == [(pytest.approx(6.12), 0.0)] * 3
    titles = {ax.get_title(loc="right").replace("\u200f", "") for ax in panels}
    assert titles == {"عكاظ · 5 قصص", "الشرق الأوسط · 4 قصص", "سبق · قصة واحدة"}
    okaz = panel(panels, "عكاظ")
    assert texts(okaz) == ["الحج", "النفط"]
    assert [p.get_width() for p in okaz.patches] == [4.5, 1.5]


def test_top_by_group_shows_at_most_twelve_groups():
    table = pd.DataFrame(
        {"outlet": OUTLETS, "label": ["الحج"] * 20, "count": list(range(20, 0, -1))}
    )
    fig = top_by_group(table, "outlet", "label", "count", n=1)
    assert len([ax for ax in fig.axes if ax.axison]) == 12
    assert "تظهر أكبر 12" in fig._suptitle.get_text()


def test_top_entities_by_group_filters_types_and_sums_one_entity():
    counts = pd.DataFrame(
        {
            "outlet": ["okaz", "okaz", "okaz", "aawsat"],
            "entity_id": ["person:x", "person:x", "country:IQ", "person:x"],
            "canonical": ["محمد بن سلمان", "محمد بن سلمان", "العراق", "محمد بن سلمان"],
            "type": ["PERSON", "PERSON", "LOC", "PERSON"],
            "count": [2, 3, 7, 1],
        }
    )
    fig = top_entities_by_group(counts, "outlet", types=("PERSON",))
    okaz = panel(fig.axes, "عكاظ")
    assert texts(okaz) == ["محمد بن سلمان"]
    assert [p.get_width() for p in okaz.patches] == [5]


def test_quotes_by_group_leaves_out_unattributed_quotes():
    q = pd.DataFrame(
        {
            "outlet": ["okaz", "okaz", "aawsat"],
            "speaker_id": ["person:lavrov", "", "person:lavrov"],
            "speaker": ["لافروف", "(غير معروف)", "لافروف"],
            "quotes": [3, 9, 1],
            "words": [30, 90, 10],
        }
    )
    fig = quotes_by_group(q, "outlet")
    okaz = panel(fig.axes, "عكاظ")
    assert texts(okaz) == ["لافروف"]
    assert [p.get_width() for p in okaz.patches] == [3]


def test_very_long_latin_and_mixed_labels_are_cut_with_an_ellipsis():
    long = "هيئة " * 30
    table = pd.DataFrame(
        {
            "outlet": ["okaz", "okaz", "okaz"],
            "label": [long, "Saudi Press Agency " * 5, "وكالة SPA للأنباء"],
            "count": [3, 2, 1],
        }
    )
    fig = top_by_group(table, "outlet", "label", "count")
    labels = texts(fig.axes[0])
    # since session 19 a bar's label wraps onto two lines of at most 32 characters,
    # the rest cut (skeleton.wrap_label)
    lines = [line.replace("\u200f", "") for t in labels for line in t.split("\n")]
    assert all(len(line) <= 32 for line in lines)
    assert [t.count("\n") for t in labels] == [1, 1, 0]
    assert labels[0].endswith("…") and labels[1].endswith("…")
    assert labels[2] == "وكالة SPA للأنباء"


# ------------------------------------------------------------------ time series, heatmap


def series_table(days: int) -> pd.DataFrame:
    rows = []
    for d in range(days):
        day = pd.Timestamp("2015-07-20") + pd.Timedelta(days=d)
        rows.append((day, "okaz", "حج", "الحج", d + 1, (d + 1) * 0.5))  # 2,000 tokens a day
        rows.append((day, "aawsat", "حج", "الحج", 1, 0.5))
    return pd.DataFrame(rows, columns=["period", "group", "key", "label", "count", "per_1000"])


def test_time_series_one_line_per_group():
    fig = time_series_chart(series_table(3))
    ax = fig.axes[0]
    assert [line.get_ydata().tolist() for line in ax.lines] == [[0.5, 1.0, 1.5], [0.5, 0.5, 0.5]]
    # the highest point + 8 %, and 4 % of that below 0 (session 13: a line at 0 stands
    # above the axis line, charts.views.ZERO_ROOM): 1.62 and -0.0648
    assert ax.get_ylim() == pytest.approx((-0.04 * 1.5 * 1.08, 1.5 * 1.08))
    # dates in Arabic: the first tick carries the month and the year, the next days of
    # the same month their day alone (session 12: short labels, so adjacent days fit)
    fig.canvas = FigureCanvasAgg(fig)
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks == ["20 يوليو 2015", "21", "22"]
    legend = [t.get_text().replace("\u200f", "") for t in fig.legends[0].get_texts()]
    assert sorted(legend) == ["الشرق الأوسط", "عكاظ"]


def test_time_series_leaves_out_points_of_tiny_samples_and_gaps():
    table = series_table(3)
    # 21 July: okaz had one short story, 6 tokens with one حج: 166.7 per 1,000
    table.loc[2, ["count", "per_1000"]] = [1, 1000 / 6]
    # 22 July: aawsat has no story at all, so no rate (NaN): a gap, not a 0
    table.loc[5, ["count", "per_1000"]] = [0, np.nan]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", ChartWarning)
        fig = time_series_chart(table)
    lines = fig.axes[0].lines
    # the groups' lines, then okaz's dashed join over the point left out (session 12)
    okaz, aawsat = (line.get_ydata() for line in lines if line.get_linestyle() == "-")
    assert okaz[0] == 0.5 and np.isnan(okaz[1]) and okaz[2] == 1.5
    (join,) = (line for line in lines if line.get_linestyle() != "-")
    assert join.get_ydata().tolist() == [0.5, 1.5]
    assert aawsat[:2].tolist() == [0.5, 0.5] and np.isnan(aawsat[2])
    assert "حُذفت نقطة واحدة من أقل من 1,000 كلمة" in fig._suptitle.get_text()


def test_time_series_with_one_day_shows_one_point_and_says_so():
    fig = time_series_chart(series_table(1))
    assert [len(line.get_xdata()) for line in fig.axes[0].lines] == [1, 1]
    assert "يوم واحد فقط في البيانات (20 يوليو 2015)" in fig._suptitle.get_text()


def test_entity_heatmap_cells_and_columns():
    counts = pd.DataFrame(
        {
            "outlet": ["okaz", "okaz", "aawsat"],
            "entity_id": ["person:x", "country:IQ", "country:IQ"],
            "canonical": ["لافروف", "العراق", "العراق"],
            "type": ["PERSON", "LOC", "LOC"],
            "count": [2, 6, 3],
            "per_1000": [1.0, 3.0, 0.75],
        }
    )
    fig = entity_heatmap(counts, "outlet")
    ax = fig.axes[0]
    data = ax.images[0].get_array()
    # rows: العراق (9 mentions) then لافروف (2); columns right-to-left: okaz on the right
    assert texts(ax) == ["العراق", "لافروف"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["الشرق الأوسط", "عكاظ"]
    assert np.asarray(data).tolist() == [[0.75, 3.0], [0.0, 1.0]]


def test_views_raise_on_missing_columns():
    with pytest.raises(KhabarError, match="outlet"):
        top_terms_by_group(freq_by_outlet().drop(columns="outlet"), "outlet")
    with pytest.raises(KhabarError, match="period"):
        time_series_chart(series_table(2).drop(columns="period"))


def test_empty_time_series_draws_the_empty_figure():
    with pytest.warns(ChartWarning):
        fig = time_series_chart(series_table(2).iloc[0:0])
    assert fig.axes[0].texts[0].get_text() == "لا توجد بيانات"


# ------------------------------------------------------------------ alt text


def test_figure_alt_describes_title_axes_and_items():
    fig = top_by_group(freq_by_outlet(), "outlet", "label", "count", n=2, title="أكثر الكلمات")
    alt = figure_alt(fig)
    assert alt.startswith("رسم بياني: أكثر الكلمات")
    assert "اللوحة: عكاظ" in alt
    assert "التسميات: الحج، النفط" in alt


def test_show_figure_publishes_an_img_with_alt(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: shown.append(obj))
    from helpers.charts import show_figure

    fig = top_by_group(freq_by_outlet(), "outlet", "label", "count", title='<b>"x"</b>')
    show_figure(fig, alt='a <b>"bold"</b> alt')
    (out,) = shown
    assert 'alt="a &lt;b&gt;&quot;bold&quot;&lt;/b&gt; alt"' in out["text/html"]
    assert out["text/plain"] == 'a <b>"bold"</b> alt'
    png = Image.open(io.BytesIO(__import__("base64").b64decode(out["image/png"])))
    assert png.format == "PNG"


def test_top_by_group_order_puts_the_target_first_on_the_right():
    table = pd.DataFrame(
        {"side": ["okaz", "بقية القصص"], "label": ["الحج", "الحج"], "count": [1, 5]}
    )
    fig = top_by_group(
        table,
        "side",
        "label",
        "count",
        order=["okaz", "بقية القصص"],
        group_sizes={"okaz": 4, "بقية القصص": 8},
    )
    # RTL: the first group in the top-right panel (the second column of one row)
    right = fig.axes[1].get_title(loc="right").replace("\u200f", "")
    assert right == "عكاظ · 4 قصص"


def test_multi_row_legends_read_along_rows():
    from helpers.charts.skeleton import _reading_order

    # matplotlib fills columns top to bottom; five entries in two columns, right to left:
    # row 1 reads a, b from the right, row 2 c, d, row 3 e alone on the right
    names = list("abcde")
    assert _reading_order(names, names, 2, True)[1] == ["b", "d", "", "a", "c", "e"]
    assert _reading_order(names, names, 2, False)[1] == ["a", "c", "e", "b", "d", ""]
    assert _reading_order(names, names, 6, True)[1] == ["e", "d", "c", "b", "a"]


# ------------------------------------------------------------------ session 6 follow-ups


def test_term_scatter_says_what_it_compares_and_draws_absent_terms_as_crosses():
    # three terms: حج in both stories, نفط only in the target, غاز only in the reference
    kt = pd.DataFrame(
        {
            "term": ["حج", "نفط", "غاز"],
            "label": ["الحج", "النفط", "الغاز"],
            "count_target": [2, 3, 0],
            "count_reference": [1, 0, 4],
            "log_odds_z": [0.5, 1.5, -1.8],
        }
    )
    kt.attrs.update(target=["s1"], reference=["s2"], target_size=100, reference_size=200)
    fig = term_scatter(kt, story_names={"s1": "قصة الحج", "s2": "قصة الغاز"}, title="مفردات")
    ax = fig.axes[0]
    title = ax.get_title(loc="right").replace("\u200f", "")
    assert "«قصة الحج» (قصة واحدة) مقابل «قصة الغاز» (قصة واحدة)" in title
    # how to read it: under the axes since session 15 (a 3-line heading at most)
    notes = fig._supxlabel.get_text().replace("\u200f", "")
    assert "كل علامة كلمة؛ فوق الخط المتقطع: أكثر تكراراً في «قصة الحج»" in notes
    assert "العلامات × في الشريط الرمادي: كلمات غابت عن أحد الجانبين" in notes
    filled, crosses = ax.collections[:2]
    assert len(filled.get_offsets()) == 1  # حج only
    assert len(crosses.get_offsets()) == 2  # نفط and غاز, absent from one side
    # another marker than the dots: not a measured rate
    assert crosses.get_paths()[0].vertices.tolist() != filled.get_paths()[0].vertices.tolist()
    # the colour scale is named in Arabic words only
    assert not any(c.isascii() and c.isalpha() for c in fig.axes[1].get_ylabel())


def test_far_dates_leave_out_a_placeholder_and_keep_a_steady_spread():
    # 1970-01-01 + 11 stories of 21/22 July 2015: 1 of 12 (8 % <= 10 %), gap 45 years
    # > 31 days and > the 1-day span of the rest
    dates = pd.Series(pd.to_datetime(["1970-01-01"] + ["2015-07-21"] * 5 + ["2015-07-22"] * 6))
    assert far_dates(dates).tolist() == [True] + [False] * 11
    # a story a day from 1 January to 30 April 2015 and one on 31 December 2014: the
    # gap (1 day) is shorter than the span of the rest; nothing is far
    spread = pd.Series(
        [pd.Timestamp("2014-12-31"), *pd.date_range("2015-01-01", "2015-04-30", freq="D")]
    )
    assert not far_dates(spread).any()
    # two placeholder dates, one at each end, each 1 story of 22
    both = pd.Series(pd.to_datetime(["1970-01-01"] + ["2015-07-21"] * 20 + ["2099-01-01"]))
    assert far_dates(both).tolist() == [True] + [False] * 20 + [True]
    # three stories of 12 on 1970-01-01 (25 % > 10 %): a real part of the corpus, kept
    many = pd.Series(pd.to_datetime(["1970-01-01"] * 3 + ["2015-07-21"] * 9))
    assert not far_dates(many).any()


def test_stories_over_time_names_the_far_dates_it_leaves_out():
    # the 4 dated stories of stories_table() twice (8), one more on 21 July (okaz),
    # and one placeholder: 1 of 10 dated stories (10 %), 45 years before the rest
    table = pd.concat([stories_table()] * 2, ignore_index=True)
    table.loc[len(table)] = ["f", "عنوان", "واحد", "okaz", pd.Timestamp("2015-07-21")]
    table.loc[len(table)] = ["g", "عنوان", "واحد", "okaz", pd.Timestamp("1970-01-01")]
    fig = stories_over_time(table, "outlet")
    sub = fig._suptitle.get_text().replace("\u200f", "")
    assert "قصة واحدة بتاريخ بعيد عن البقية (1 يناير 1970) خارج الرسم" in sub
    assert "قصتان بلا تاريخ" in sub
    # okaz: 20th 2, 21st 5; aawsat's 2 dated stories are under 5: left out and named
    assert [p.get_height() for p in fig.axes[0].patches] == [2, 5]
    assert "صحيفة واحدة أصغر من 5 قصص: الشرق الأوسط (قصتان)" in sub


def test_group_charts_leave_out_stories_without_an_outlet_and_say_so():
    table = stories_table().assign(outlet=["okaz", "okaz", "", "aawsat", None])
    fig = story_lengths_chart(table, "outlet")
    assert [t.replace("\u200f", "") for t in texts(fig.axes[0])] == [
        "عكاظ · قصتان",
        "الشرق الأوسط · قصة واحدة",
    ]
    assert "قصتان بلا صحيفة خارج الرسم" in fig._suptitle.get_text().replace("\u200f", "")
    fig = stories_over_time(table, "outlet")
    # okaz 20th 1, 21st 1; aawsat 21st 1; the story of '' (21st) and the undated one out
    assert [p.get_height() for p in fig.axes[0].patches] == [1, 1, 0, 1]
    sub = fig._suptitle.get_text().replace("\u200f", "")
    assert "قصة واحدة بلا صحيفة خارج الرسم" in sub and "قصة واحدة بلا تاريخ" in sub


def test_entity_heatmap_title_agrees_with_every_unit():
    counts = pd.DataFrame(
        {
            "outlet": ["okaz", "aawsat"],
            "entity_id": ["country:IQ", "country:IQ"],
            "canonical": ["العراق", "العراق"],
            "count": [6, 3],
            "per_1000": [3.0, 0.75],
        }
    )
    title = entity_heatmap(counts, "outlet")._suptitle.get_text()
    assert title.startswith("من يُذكر في كل صحيفة؟")
    days = counts.rename(columns={"outlet": "period"}).assign(
        period=["20 يوليو 2015", "21 يوليو 2015"]
    )
    assert entity_heatmap(days, "period")._suptitle.get_text().startswith("من يُذكر في كل يوم؟")


def test_top_entities_by_group_names_a_nationality_by_its_adjective():
    # السعودية (LOC, 5) and السعودي (NORP, 3) are one entity, summed (8), named by the
    # country; الأميركي alone (NORP, 2) by its adjective
    counts = pd.DataFrame(
        {
            "outlet": ["okaz", "okaz", "okaz"],
            "entity_id": ["country:SA", "country:SA", "country:US"],
            "canonical": ["السعودية", "السعودية", "الولايات المتحدة"],
            "type": ["LOC", "NORP", "NORP"],
            "count": [5, 3, 2],
        }
    )
    fig = top_entities_by_group(counts, "outlet", min_stories=0, min_tokens=0)
    assert texts(fig.axes[0]) == ["السعودية", "أميركي"]
    assert [p.get_width() for p in fig.axes[0].patches] == [8, 2]


def test_a_label_of_two_lines_sits_on_its_bar():
    from helpers.charts import bar_chart

    table = pd.DataFrame({"set": ["مشتركة", "فقط في\nقصة الحج"], "types": [18, 143]})
    fig = bar_chart(table, "set", "types")
    ax = fig.axes[0]
    FigureCanvasAgg(fig).draw()
    renderer = fig.canvas.get_renderer()
    for label, bar in zip(ax.get_yticklabels(), ax.patches, strict=True):
        text, box = label.get_window_extent(renderer), bar.get_window_extent(renderer)
        # the label's middle within a pixel of its bar's middle
        assert abs((text.y0 + text.y1) / 2 - (box.y0 + box.y1) / 2) <= 1.0


def test_story_lengths_a_box_a_day_under_a_period_unit():
    # stories_table(): 20 July okaz (3 words); 21 July okaz (2, 4) and aawsat (2);
    # one undated story
    fig = story_lengths_chart(stories_table(), "date:D")
    ax = fig.axes[0]
    assert [t.replace("\u200f", "") for t in texts(ax)] == [
        "20 يوليو 2015 · قصة واحدة",
        "21 يوليو 2015 · 3 قصص",
    ]
    medians = [line.get_xdata()[0] for line in ax.lines if line.get_color() == "#c8553d"]
    assert medians == [3.0, 2.0]
    sub = fig._suptitle.get_text().replace("\u200f", "")
    assert "يومان" in sub and "قصة واحدة بلا تاريخ خارج الرسم" in sub
    week = story_lengths_chart(stories_table(), "date:W")  # Monday 20 July 2015
    assert [t.replace("\u200f", "") for t in texts(week.axes[0])] == ["أسبوع 20 يوليو 2015 · 4 قصص"]


def test_term_scatter_ticks_at_powers_of_ten_past_3_6_decades():
    # target 1,000,000 tokens, reference 2,000: a term seen once in the target alone
    # sits at 0.001 per 1,000 (y), one seen 5 times in both at 0.005 (y) and 2.5 (x);
    # axes from 0.001 / 1.6 to 2.5 * 1.6 span log10(6,400) = 3.8 decades, past 3.6
    # (the 0.001 and 0.002 labels ran into each other at 3.9 decades)
    kt = pd.DataFrame(
        {
            "term": ["a", "b"],
            "label": ["أ", "ب"],
            "count_target": [1, 5],
            "count_reference": [0, 5],
            "log_odds_z": [0.5, -0.5],
        }
    )
    kt.attrs.update(target_size=1_000_000, reference_size=2_000)
    ax = term_scatter(kt).axes[0]
    lo, hi = ax.get_xlim()
    ticks = [t for t in ax.get_xticks() if lo <= t <= hi]
    assert ticks and all(np.isclose(np.log10(t), round(np.log10(t))) for t in ticks)


def test_cleaning_chart_leaves_out_rows_of_stories_without_an_outlet():
    # stories c ('') and e (NaN) have no outlet: their 3 report rows are left out, the
    # row of no story goes to «خارج القصص», okaz keeps its 2 rows
    table = stories_table().assign(outlet=["okaz", "okaz", "", "aawsat", None])
    report = pd.DataFrame(
        {
            "story_id": ["a", "b", "c", "c", "e", ""],
            "reason": ["HTML tags removed"] * 6,
            "action": ["repaired"] * 6,
        }
    )
    fig = cleaning_chart(report, table, "outlet")
    ax = fig.axes[0]
    assert sorted(t.replace("\u200f", "") for t in texts(ax)) == ["خارج القصص", "عكاظ"]
    assert sorted(p.get_width() for p in ax.patches) == [1, 2]
    sub = fig._suptitle.get_text().replace("\u200f", "")
    assert "قصتان بلا صحيفة خارج الرسم (3 أسطر)" in sub


def test_heatmap_marks_a_cell_left_out_as_own_name():
    from helpers.charts import entity_heatmap
    from helpers.charts.skeleton import ALT_TITLE

    # outlet a's own name is the city (its row left out for a); b names it 4 times
    counts = pd.DataFrame(
        {
            "outlet": ["a", "b", "a", "b"],
            "entity_id": ["country:SA", "country:SA", "city:x", "city:x"],
            "canonical": ["السعودية", "السعودية", "جدة", "جدة"],
            "type": ["LOC"] * 4,
            "count": [3, 2, 1, 4],
        }
    )
    counts = counts[~((counts["outlet"] == "a") & (counts["entity_id"] == "city:x"))]
    tokens = {"a": 1000, "b": 2000}  # per 1,000: a 3 (السعودية); b 1 and 2
    fig = entity_heatmap(counts, "outlet", tokens=tokens, own=[("a", "city:x")], order=["a", "b"])
    ax = fig.axes[0]
    cells = {
        (round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts
    }
    # rows: السعودية (5 mentions), جدة (4); columns right to left: a on the right (x=1)
    assert cells == {(0, 1): "3", (0, 0): "1", (1, 1): "—", (1, 0): "2"}, cells
    assert any(p.get_facecolor()[:3] == (221 / 255,) * 3 for p in ax.patches)
    text = " ".join(getattr(fig, ALT_TITLE))
    assert "«—»: اسم الصحيفة نفسه، لا يُعدّ في عمود الصحيفة" in text, text
    # without own=, the same cell is blank (a zero)
    plain = entity_heatmap(counts, "outlet", tokens=tokens, order=["a", "b"])
    assert "—" not in {t.get_text() for t in plain.axes[0].texts}


def test_an_empty_cleaning_chart_says_why_in_arabic():
    """An empty report: no bars, and the note a notebook shows is Arabic (the newcomer
    nc26 read «لم يُرسم الشكل: cleaning removed nothing.», its stop at the wrong edge)."""
    from helpers.charts import ChartWarning
    from helpers.sections import chart_note

    empty = pd.DataFrame({"story_id": pd.Series([], dtype=str), "reason": pd.Series([], dtype=str)})
    with pytest.warns(ChartWarning) as caught:
        cleaning_chart(empty, stories_table(), "outlet")
    notes = [chart_note(str(w.message)) for w in caught if w.category is ChartWarning]
    assert notes == ["_لم يُرسم الشكل: لم يحذف التنظيف أي سطر._"]
