"""Plots on small hand-made tables with the columns of DEVELOPING.md.

Words are taken from the embedded corpus (data/raw/asharq-two-stories.txt).
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from PIL import Image, ImageDraw, ImageFont

from helpers.charts import (
    ChartWarning,
    bar_chart,
    compare_stories,
    comparison_cloud,
    entity_counts_chart,
    find_arabic_font,
    keyness_chart,
    prepare_label,
    save_figure,
    story_labels,
    top_terms_chart,
    use_style,
    word_cloud,
)
from helpers.charts.cloud import _cloud_image, _words
from helpers.charts.labels import ELLIPSIS
from helpers.charts.plots import PALETTE
from helpers.errors import ArgumentError, KhabarError

pytestmark = [
    pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font"),
    pytest.mark.filterwarnings("error:constrained_layout not applied"),
]

S1, S2 = "asharq-two-stories-01", "asharq-two-stories-02"


def freq_table(story_id: str, rows: list[tuple[str, int]], tokens: int) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["label", "count"])
    df.insert(0, "story_id", story_id)
    df.insert(1, "term", df["label"])  # keys would be base forms; labels are what is drawn
    df["per_1000"] = df["count"] / tokens * 1000
    df["rank"] = np.arange(1, len(df) + 1)
    return df[["story_id", "term", "label", "count", "per_1000", "rank"]]


@pytest.fixture(scope="module")
def freq() -> pd.DataFrame:
    one = freq_table(
        S1,
        [("العراق", 9), ("لافروف", 8), ("الأميركي", 5), ("موسكو", 3), ("القرار 2254", 1)],
        400,
    )
    two = freq_table(S2, [("الأسد", 9), ("دمشق", 6), ("موسكو", 2), ("Reuters", 1)], 500)
    return pd.concat([one, two], ignore_index=True)


def tick_texts(ax, axis="y") -> list[str]:
    ticks = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [t.get_text() for t in ticks]


# ------------------------------------------------------------------ top terms / RTL


def test_top_terms_rtl_layout(freq):
    fig = top_terms_chart(freq, S1, n=4)
    ax = fig.axes[0]
    assert tick_texts(ax) == ["العراق", "لافروف", "الأميركي", "موسكو"]  # by count, labels
    assert ax.yaxis.get_ticks_position() == "right"  # labels on the right
    assert ax.xaxis_inverted()  # bars grow leftwards from zero at the right
    widths = [p.get_width() for p in ax.patches]
    assert widths == [9, 8, 5, 3]
    y = [p.get_y() + p.get_height() / 2 for p in ax.patches]
    assert y == sorted(y) and ax.yaxis_inverted()  # most frequent at the top
    title = fig._suptitle
    # title, then the subtitle: one story, its id and its 400 counted tokens (the
    # fixture's denominator), each line led by U+200F so it reads right to left
    # the title names the story; the subtitle counts its tokens, no id repeated
    assert title.get_text() == f"أكثر الكلمات تكراراً: {S1}\n\u200fقصة واحدة، 400 كلمة"
    assert title.get_ha() == "right"
    assert ax.xaxis.label.get_text() == "عدد المرات"
    assert ax.xaxis.label.get_ha() == "right"
    # every label is drawn with mathtext off
    assert all(t.get_parse_math() is False for t in ax.get_yticklabels())


def test_latin_labels_are_laid_out_left_to_right():
    table = pd.DataFrame({"credit": ["Reuters", "AFP", "EPA"], "photos": [3, 2, 1]})
    fig = bar_chart(table, "credit", "photos", title="Photo credits")
    ax = fig.axes[0]
    assert ax.yaxis.get_ticks_position() == "left"
    assert not ax.xaxis_inverted()
    assert fig._suptitle.get_ha() == "left"
    FigureCanvasAgg(fig).draw()
    # counts: integer ticks only
    assert all(float(t).is_integer() for t in ax.get_xticks())


def test_arabic_indic_digits_on_the_axis(freq):
    fig = top_terms_chart(freq, S1, digits="arabic-indic")
    fmt = fig.axes[0].xaxis.get_major_formatter()
    assert fmt(1234.5, 0) == "١٬٢٣٤٫٥"
    assert fmt(8, 0) == "٨"
    assert fmt(-2, 0) == "\u2212٢"
    # labels keep the digits the corpus uses
    assert "القرار 2254" in tick_texts(fig.axes[0])
    with pytest.raises(ValueError, match="digits"):
        top_terms_chart(freq, S1, digits="roman")
    western = top_terms_chart(freq, S1).axes[0].xaxis.get_major_formatter()
    assert western(-2.0, 0) == "\u22122" and western(2.5, 0) == "2.5" and western(0.0) == "0"


def test_per_1000_values(freq):
    fig = top_terms_chart(freq, S2, value="per_1000")
    assert [round(p.get_width(), 6) for p in fig.axes[0].patches] == [18.0, 12.0, 4.0, 2.0]
    assert fig.axes[0].xaxis.label.get_text() == "لكل 1,000 كلمة"


# ------------------------------------------------------------------ back to back


def test_compare_stories_back_to_back(freq):
    fig = compare_stories(freq, S1, S2, n=2, story_names={S1: "لافروف", S2: "الأسد"})
    left, mid, right = fig.axes
    # union of each story's top 2, ordered by summed per_1000:
    # العراق 22.5+0, لافروف 20+0, الأسد 0+18, دمشق 0+12
    assert [t.get_text() for t in mid.texts] == ["العراق", "لافروف", "الأسد", "دمشق"]
    assert [round(p.get_width(), 6) for p in right.patches] == [22.5, 20.0, 0.0, 0.0]  # S1
    assert [round(p.get_width(), 6) for p in left.patches] == [0.0, 0.0, 18.0, 12.0]  # S2
    assert left.xaxis_inverted() and not right.xaxis_inverted()
    assert right.get_title() == "لافروف"  # first story on the right for Arabic labels
    with pytest.raises(KhabarError, match="not in the table"):
        compare_stories(freq, S1, "no-such-story")


# ------------------------------------------------------------------ keyness


@pytest.fixture()
def keyness_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "term": ["لافروف", "العراق", "موسكو", "الأسد", "دمشق", "الإرهاب"],
            "label": ["لافروف", "العراق", "موسكو", "الأسد", "دمشق", "الإرهاب"],
            "count_target": [8, 9, 3, 0, 0, 3],
            "count_reference": [0, 0, 2, 9, 6, 2],
            "per_1000_target": [20.0, 22.5, 7.5, 0.0, 0.0, 7.5],
            "per_1000_reference": [0.0, 0.0, 4.0, 18.0, 12.0, 4.0],
            "g2": [14.1, 15.9, 0.6, 13.2, 8.8, 0.9],
            "p_value": [0.0002, 0.0001, 0.44, 0.0003, 0.003, 0.34],
            "log_ratio": [5.4, 5.5, 0.9, -5.5, -5.0, 0.9],
            "log_odds_z": [2.0, 2.1, 0.3, -2.0, -1.6, 0.3],
        }
    )


def test_keyness_diverging_bars_mark_significance(keyness_table):
    fig = keyness_chart(keyness_table, n=2)
    ax = fig.axes[0]
    # top 2 by G2 on each side, then ordered by log ratio
    assert tick_texts(ax) == ["العراق", "لافروف", "دمشق", "الأسد"]
    assert [p.get_width() for p in ax.patches] == [5.5, 5.4, -5.0, -5.5]
    fig = keyness_chart(keyness_table, n=3)
    ax = fig.axes[0]
    labels = tick_texts(ax)
    hatched = {lab: bool(p.get_hatch()) for lab, p in zip(labels, ax.patches, strict=True)}
    # n=3: the third target term by G2 is الإرهاب (0.9 > موسكو 0.6), not significant
    assert hatched == {"العراق": False, "لافروف": False, "الإرهاب": True,
                       "دمشق": False, "الأسد": False}  # fmt: skip
    legend = fig.legends[0]
    broken = keyness_table.assign(log_ratio=[np.nan, 5.5, 0.9, -5.5, -5.0, 0.9])
    with pytest.warns(ChartWarning, match="تُرك صف واحد بلا قيمة"):
        assert "لافروف" not in tick_texts(keyness_chart(broken, n=3).axes[0])
    with pytest.raises(ArgumentError, match=r"'log_ratio' holds 1 infinite value\(s\): inf"):
        keyness_chart(keyness_table.assign(log_ratio=[np.inf, 5.5, 0.9, -5.5, -5.0, 0.9]))
    # one entry a row (session 16: a row of three was wider than the plot): the
    # target's first, then the reference's, then the significance key
    assert [t.get_text().replace("\u200f", "") for t in legend.get_texts()] == [
        "أكثر في «القصة المستهدفة»",
        "أكثر في «المرجع»",
        "فرق غير دال (احتمال الصدفة 0.05 أو أكثر)",
    ]


# ------------------------------------------------------------------ entities, generic bars


def test_entity_counts_by_type_grouped():
    counts = pd.DataFrame(
        [
            (S1, "Q1", "سيرغي لافروف", "PERSON", 8, ["لافروف"]),
            (S2, "Q5", "بشار الأسد", "PERSON", 9, ["الأسد"]),
            (S1, "Q4", "موسكو", "LOC", 3, ["موسكو"]),
            (S2, "Q4", "موسكو", "LOC", 2, ["موسكو"]),
            (S2, "Q6", "دمشق", "LOC", 6, ["دمشق"]),
        ],
        columns=["story_id", "entity_id", "canonical", "type", "count", "surfaces"],
    )
    fig = entity_counts_chart(counts, story_names={S1: "لافروف", S2: "الأسد"})
    person, loc = fig.axes
    assert person.get_title(loc="right") == "أشخاص"  # Arabic only, no type tag
    assert tick_texts(person) == ["بشار الأسد", "سيرغي لافروف"]
    assert tick_texts(loc) == ["دمشق", "موسكو"]  # 6 vs 3+2
    # first group = story 1 bars, then story 2 bars
    assert [p.get_width() for p in loc.patches] == [0, 3, 6, 2]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["الأسد", "لافروف"]  # RTL


def test_entity_panels_name_nationalities_by_their_adjective():
    # السعودي/سعوديين are labelled «السعودية» in the mentions table (the country's
    # name, so views can merge them with the place); the nationality panel shows the
    # adjective of helpers/entities/data/nationalities.csv, the places panel the country
    counts = pd.DataFrame(
        [
            (S1, "country:SA", "السعودية", "LOC", 2, ["السعودية"]),
            (S1, "country:SA", "السعودية", "NORP", 3, ["السعودي", "سعوديين"]),
            (S2, "country:US", "الولايات المتحدة", "NORP", 1, ["الأميركية"]),
            (S2, "norp:x", "الشيعة", "NORP", 1, ["الشيعة"]),
        ],
        columns=["story_id", "entity_id", "canonical", "type", "count", "surfaces"],
    )
    fig = entity_counts_chart(counts)
    loc, norp = fig.axes
    assert [ax.get_title(loc="right") for ax in fig.axes] == ["أماكن", "جنسيات وجماعات"]
    assert tick_texts(loc) == ["السعودية"]
    # 3 mentions, then the two 1s by name: أميركي before الشيعة (a group keeps its name)
    assert tick_texts(norp) == ["سعودي", "أميركي", "الشيعة"]


def test_bar_chart_quotes_per_speaker_sums_duplicates():
    quotes = pd.DataFrame(
        {
            "speaker": ["سيرغي لافروف", "سيرغي لافروف", "بشار الأسد", "محمد علي الحكيم"],
            "story_id": [S1, S1, S2, S1],
            "count": [2, 2, 5, 1],
        }
    )
    fig = bar_chart(quotes, "speaker", "count", group="story_id", title="الاقتباسات")
    ax = fig.axes[0]
    assert tick_texts(ax) == ["بشار الأسد", "سيرغي لافروف", "محمد علي الحكيم"]
    assert [p.get_width() for p in ax.patches] == [0, 4, 1, 5, 0, 0]
    fig = bar_chart(quotes, "speaker", "count", sort=False)  # table order kept
    assert tick_texts(fig.axes[0]) == ["سيرغي لافروف", "بشار الأسد", "محمد علي الحكيم"]


# ------------------------------------------------------------------ bad input


def test_empty_table_gives_titled_figure_and_warning(freq):
    empty = freq.iloc[0:0]
    with pytest.warns(ChartWarning, match="ليس في الجدول صف يُرسم"):
        fig = top_terms_chart(empty, title="لا شيء هنا")
    assert fig._suptitle is None and fig.axes[0].get_title(loc="right") == "لا شيء هنا"
    assert fig.axes[0].texts[0].get_text() == "لا توجد بيانات"
    FigureCanvasAgg(fig).draw()
    no_stats = empty.assign(g2=[], p_value=[], log_ratio=[])
    for name, fn in [("keyness_chart", lambda: keyness_chart(no_stats)),
                     ("word_cloud", lambda: word_cloud(empty)),
                     ("bar_chart", lambda: bar_chart(empty, "label", "count"))]:  # fmt: skip
        with pytest.warns(ChartWarning, match=f"^{name}: ليس في الجدول صف يُرسم; drawing"):
            fig = fn()
        assert [t.get_text() for t in fig.axes[0].texts] == ["لا توجد بيانات"], name


def test_whitespace_only_label_is_left_out_with_a_warning():
    df = freq_table(S1, [("العراق", 3), ("   ", 2), ("دمشق", 1)], 100)
    with pytest.warns(ChartWarning, match="تُرك صف واحد بلا اسم في label"):
        fig = top_terms_chart(df)
    assert tick_texts(fig.axes[0]) == ["العراق", "دمشق"]


def test_very_long_label_is_ellipsised_keeping_its_start():
    # session 19: a bar's label wraps onto two lines of at most 32 characters (the
    # first filled, 26 characters; the second cut at a word), the rest cut
    long = "وزير الخارجية الروسي سيرغي لافروف يصافح نظيره العراقي محمد الحكيم في موسكو"
    df = freq_table(S1, [(long, 3), ("دمشق", 1)], 100)
    label = tick_texts(top_terms_chart(df).axes[0])[0]
    assert label == "وزير الخارجية الروسي سيرغي\nلافروف يصافح نظيره العراقي محمد" + ELLIPSIS
    assert long.startswith(label[:-1].replace("\n", " "))


def test_missing_columns_and_ambiguous_story(freq):
    with pytest.raises(KhabarError, match="no column"):
        top_terms_chart(freq.drop(columns=["label"]), S1)
    with pytest.raises(KhabarError, match="2 stories"):
        top_terms_chart(freq)
    with pytest.raises(KhabarError, match="at least two stories"):
        comparison_cloud(freq, stories=[S1])


def test_two_line_label_gets_a_taller_row():
    one = top_terms_chart(freq_table(S1, [("سيرغي لافروف", 2), ("دمشق", 1)] * 4, 100))
    two = top_terms_chart(
        freq_table(S1, [("سيرغي لافروف\nوزير الخارجية", 2), ("دمشق", 1)] * 4, 100)
    )
    # 8 rows; a label's second line adds the line height of 11-pt Noto Sans Arabic,
    # 2.1 em (0.3227 in measured with Agg: skeleton.HEADING_LINE_EM), to each: 8 * 2.1 *
    # 11 / 72 = 2.567 in, the title block, the axis and its label being the same
    assert two.get_figheight() - one.get_figheight() == pytest.approx(8 * 2.1 * 11 / 72)
    assert tick_texts(two.axes[0])[0] == "سيرغي لافروف\nوزير الخارجية"


def test_dollar_signs_are_not_mathtext():
    df = freq_table(S1, [("سعر $5 و $6", 2)], 100)
    fig = top_terms_chart(df)
    FigureCanvasAgg(fig).draw()
    assert tick_texts(fig.axes[0]) == ["سعر $5 و $6"]
    assert fig.axes[0].get_yticklabels()[0].get_parse_math() is False


# ------------------------------------------------------------------ saving


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_figure_is_byte_for_byte_reproducible(freq, tmp_path):
    first = save_figure(top_terms_chart(freq, S1), "top", tmp_path / "a")
    second = save_figure(top_terms_chart(freq, S1), "top.png", tmp_path / "b")
    assert [p.name for p in first] == ["top.png", "top.svg"]
    for a, b in zip(first, second, strict=True):
        assert _digest(a) == _digest(b)
    svg = first[1].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    with Image.open(first[0]) as img:
        assert round(img.info["dpi"][0]) == 200
    fig = top_terms_chart(freq, S1)
    again = save_figure(fig, "twice", tmp_path / "c", formats=("png", "svg", "pdf"))
    again2 = save_figure(fig, "twice", tmp_path / "d", formats=("png", "svg", "pdf"))
    for a, b in zip(again, again2, strict=True):
        assert a.read_bytes() == b.read_bytes()
    assert b"CreationDate" not in again[2].read_bytes()
    # nothing but the figures in the folder (no temporary files left behind)
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == [
        "twice.pdf",
        "twice.png",
        "twice.svg",
    ]


def test_save_figure_bad_input(freq, tmp_path):
    fig = top_terms_chart(freq, S1)
    for bad in ("", "  "):
        with pytest.raises(KhabarError, match="bad figure name"):
            save_figure(fig, bad, tmp_path)
    with pytest.raises(KhabarError, match="unknown format"):
        save_figure(fig, "x", tmp_path, formats=("jpg",))
    with pytest.raises(KhabarError, match="matplotlib Figure"):
        save_figure("not a figure", "x", tmp_path)


def test_use_style_sets_the_fallback_list_and_hashsalt():
    import matplotlib as mpl

    with mpl.rc_context():
        style = use_style()
        assert mpl.rcParams["font.family"] == ["Noto Sans Arabic", "DejaVu Sans"]
        assert mpl.rcParams["svg.hashsalt"] == style["svg.hashsalt"] == "khabar"
        assert mpl.rcParams["text.parse_math"] is False


# ------------------------------------------------------------------ word clouds

CLOUD_WORDS = ["الأسد", "دمشق", "المعارضة", "انتقلتُ", "وشكَّلت", "العراقـية", "القرار 2254",
               "«هيئة تحرير الشام»", "(الإرهاب)", "Reuters", "لا"]  # fmt: skip
CLOUD_COUNTS = [9, 6, 5, 1, 1, 1, 2, 1, 2, 1, 3]


def test_word_cloud_is_reproducible_and_seeded(freq):
    a = word_cloud(freq, S1, random_state=3)
    b = word_cloud(freq, S1, random_state=3)
    c = word_cloud(freq, S1, random_state=4)
    img = lambda f: f.axes[0].images[0].get_array()  # noqa: E731
    assert np.array_equal(img(a), img(b))
    assert not np.array_equal(img(a), img(c))
    assert a._suptitle.get_text().split("\n")[0] == f"سحابة الكلمات: {S1}"
    assert a._suptitle.get_ha() == "right"
    assert a._suptitle.get_text().endswith("، 400 كلمة")  # S1's counted tokens


def test_word_cloud_fallback_path_matches_raqm_oracle():
    """Force "Pillow cannot shape": words prepared for BASIC, drawn by BASIC layout.

    Oracle: draw each raw word with RAQM at the size and place the fallback cloud gave
    it; the two pictures must match within the Pillow-oracle tolerance (8 %, as the
    words include harakat). The old recipe drawn by RAQM in the same places fails.
    """
    import arabic_reshaper
    from bidi import get_display
    from test_charts_labels import unmatched

    path = find_arabic_font().path
    words = _words(CLOUD_WORDS, CLOUD_COUNTS, shapes=False)
    raw_of = {prepare_label(w, "pillow", shapes=False): w for w in CLOUD_WORDS}
    image, wc = _cloud_image(words, path, width=800, height=450, random_state=3,
                             color_func=lambda *a, **k: "black", layout="basic")  # fmt: skip

    def redraw(text_of) -> np.ndarray:
        img = Image.new("L", (800, 450), 255)
        draw = ImageDraw.Draw(img)
        for (word, _), size, (row, col), _, _ in wc.layout_:
            font = ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)
            font = ImageFont.TransposedFont(font, orientation=None)  # as wordcloud draws
            draw.text((col, row), text_of(raw_of[word]), fill=0, font=font, features=["-kern"])
        return np.asarray(img) < 128

    fallback = image[..., 0] < 128
    assert len(wc.layout_) == len(CLOUD_WORDS)
    assert unmatched(redraw(lambda raw: raw), fallback) <= 0.08
    old = redraw(lambda raw: get_display(arabic_reshaper.reshape(raw)))
    assert unmatched(old, fallback) >= 0.15


def test_comparison_cloud_colours_each_word_by_its_story(freq):
    fig = comparison_cloud(freq, story_names={S1: "لافروف", S2: "الأسد"})
    rgb = fig.axes[0].images[0].get_array()[..., :3].astype(int)
    for colour in PALETTE[:2]:
        target = np.array([round(c * 255) for c in to_rgb(colour)])
        assert (np.abs(rgb - target).sum(axis=-1) == 0).sum() > 500  # solid glyph interiors
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["الأسد", "لافروف"]  # right to left: first story on the right


# ------------------------------------------------------------------ story names


def test_story_labels_short_titles_for_readers(stories):
    names = story_labels(stories)
    # titles cut at the last space inside 29 characters, ellipsis in logical order
    assert names == {
        S1: "لافروف يأمل ألا تكون للوجود…",
        S2: "بيان منسوب لبشار الأسد: غادرت…",
    }
    same = pd.DataFrame(
        {"story_id": ["a", "b", "c"], "title": ["بيان الكرملين", "بيان الكرملين", "  \n "]}
    )
    # identical titles are told apart by position; an empty title keeps the id
    assert story_labels(same) == {"a": "بيان الكرملين (1)", "b": "بيان الكرملين (2)", "c": "c"}
    with pytest.raises(KhabarError, match="title"):
        story_labels(same[["story_id"]])


@pytest.fixture(scope="module")
def embedded_keyness(stories):
    from helpers.corpus import zones
    from helpers.freq import keyness
    from helpers.text import tokenize_zones

    return keyness(tokenize_zones(zones(stories)), S1)  # reference=None: the other story


def test_sides_are_named_by_story_not_none(embedded_keyness, stories):
    from helpers.charts import term_scatter

    kt = embedded_keyness
    ax = term_scatter(kt, n_labels=2).axes[0]
    # reference=None used to print "None: ..."; the rest of the corpus has a name
    assert ax.get_xlabel() == "تكرار لكل 1,000 كلمة في «بقية القصص»"
    assert ax.get_ylabel() == f"تكرار لكل 1,000 كلمة في «{S1}»"
    names = story_labels(stories)
    ax = term_scatter(kt, n_labels=2, story_names=names).axes[0]
    assert ax.get_xlabel() == "تكرار لكل 1,000 كلمة في «بيان منسوب لبشار الأسد: غادرت…»"
    assert ax.get_ylabel() == "تكرار لكل 1,000 كلمة في «لافروف يأمل ألا تكون للوجود…»"
    legend = keyness_chart(kt, n=2, story_names=names).legends[0]
    # one entry a row since session 16 (the legend never wider than the plot): A, B,
    # then the hatched bars, top to bottom (was one row, read right to left)
    assert [t.get_text().replace("\u200f", "") for t in legend.get_texts()][:2] == [
        "أكثر في «لافروف يأمل ألا تكون للوجود…»",
        "أكثر في «بيان منسوب لبشار الأسد: غادرت…»",
    ]
    assert "None" not in term_scatter(kt, reference_name=None).axes[0].get_xlabel()


def test_story_names_in_default_titles(freq):
    fig = top_terms_chart(freq, S1, story_names={S1: "لافروف يأمل"})
    assert fig.get_suptitle().split("\n")[0] == "أكثر الكلمات تكراراً: لافروف يأمل"
    fig = word_cloud(freq, S2, n=3, story_names={S2: "بيان الأسد"})
    assert fig.get_suptitle() == "سحابة الكلمات: بيان الأسد\n\u200fقصة واحدة، 500 كلمة"
    assert top_terms_chart(freq, S1, subtitle="").get_suptitle() == f"أكثر الكلمات تكراراً: {S1}"


def test_grouped_bars_centre_on_their_label():
    counts = pd.DataFrame(
        [
            (S1, "Q4", "موسكو", "LOC", 3, ["موسكو"]),
            (S2, "Q4", "موسكو", "LOC", 2, ["موسكو"]),
            (S2, "Q6", "دمشق", "LOC", 6, ["دمشق"]),
        ],
        columns=["story_id", "entity_id", "canonical", "type", "count", "surfaces"],
    )
    ax = entity_counts_chart(counts).axes[0]
    assert tick_texts(ax) == ["دمشق", "موسكو"]
    centres = [round(p.get_y() + p.get_height() / 2, 6) for p in ax.patches]
    widths = [p.get_width() for p in ax.patches]
    # two stories: bar height 0.4. دمشق (row 0) has only story 2's bar: on the label (0);
    # موسكو (row 1) has both: story 1 above (1 - 0.2), story 2 below (1 + 0.2)
    assert list(zip(widths, centres, strict=True)) == [(0, 0.0), (3, 0.8), (6, 0.0), (2, 1.2)]


def test_figures_show_as_png_in_jupyter(freq):
    # Figures made without pyplot printed "<Figure size ...>" in notebooks and HTML
    # exports; helpers.charts registers a PNG printer in the running IPython shell.
    import base64

    from IPython.core.interactiveshell import InteractiveShell

    from helpers.charts import show_in_notebooks

    shell = InteractiveShell.instance()
    try:
        assert show_in_notebooks(shell) is True
        data, _ = shell.display_formatter.format(top_terms_chart(freq, S1))
        png = base64.b64decode(data["image/png"])
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert show_in_notebooks(shell) is True  # idempotent, keeps the printer
    finally:
        InteractiveShell.clear_instance()
    assert show_in_notebooks(object()) is False  # not an IPython shell


def test_one_story_subtitles_never_show_the_story_id(freq):
    # story 1 has 400 counted tokens (freq_table): the default title names the story,
    # the subtitle says one story and its tokens
    fig = top_terms_chart(freq, S1, story_names={S1: "لافروف يأمل"})
    sub = fig._suptitle.get_text().replace("\u200f", "").split("\n")[-1]
    assert sub == "قصة واحدة، 400 كلمة"
    # a title of one's own: the story's name is added; without a name, no id
    fig = top_terms_chart(freq, S1, title="العبارات", story_names={S1: "لافروف"})
    assert "قصة واحدة: «لافروف»، 400 كلمة" in fig._suptitle.get_text().replace("\u200f", "")
    fig = top_terms_chart(freq, S1, title="العبارات")
    assert S1 not in fig._suptitle.get_text()
