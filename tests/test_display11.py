"""Session 11 (branch display11): what users see on a real corpus (the gallery of
SaudiNewsNet). Every right value here is worked out by hand in the comment beside it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

# -------------------------------------------------------------- 1. cloud: boxes, furniture

#: Words of SaudiNewsNet's comparison cloud with letters whose dots stand apart from
#: their body at a large size (ي، ت، ش), then smaller words that used to nest between
#: a big word's body and its dots.
CLOUD_WORDS = [
    "المريض",
    "العيد",
    "سوريا",
    "حائل",
    "المدافع",
    "المشروعات",
    "النوم",
    "فعاليات",
    "إيران",
    "داعش",
    "الميليشيات",
    "الأوروبي",
    "الفيلم",
    "المرأة",
    "النووي",
    *(
        w + s
        for w in ["قطاع", "الطفل", "السفر", "زيادة", "مؤشر", "الترفيه", "العلاج", "الدنيا"]
        for s in ("", "ات")
    ),
]


def _ink_boxes(wc, font_path):
    """Each placed word's ink box as the figure draws it (anchor
    :data:`helpers.charts.cloud.WORD_ANCHOR` at its position)."""
    from PIL import Image, ImageDraw, ImageFont

    from helpers.charts.cloud import WORD_ANCHOR

    draw = ImageDraw.Draw(Image.new("L", (8, 8)))
    return [
        draw.textbbox(
            (y, x), word, font=ImageFont.truetype(str(font_path), size), anchor=WORD_ANCHOR
        )
        for (word, _), size, (x, y), _, _ in wc.layout_
    ]


def _black_cloud(freqs, width, height, seed):
    """(font path, RGB array, fitted WordCloud) of ``freqs`` drawn in black."""
    from helpers.charts import find_arabic_font
    from helpers.charts.cloud import _cloud_image

    font = find_arabic_font(None).path
    image, wc = _cloud_image(
        freqs,
        font,
        width=width,
        height=height,
        random_state=seed,
        color_func=lambda *a, **k: "black",
        layout=None,
    )
    return font, image, wc


@pytest.mark.parametrize(
    ("glyph", "ink", "gap"),
    [
        # «=» at 200 px, anchored at (100, 100): at its middle column two bars, rows
        # 100-114 and 139-153, and 24 empty rows between (115-138)
        ("=", [(100, 114), (139, 153)], (115, 138)),
        # «ي» at 200 px: at its middle column the body ends at row 229 and the dots
        # start at row 252: 22 empty rows (230-251), 0.11 of the font size
        ("ي", [(138, 152), (213, 229), (252, 263)], (230, 251)),
    ],
)
def test_a_gap_inside_a_word_is_taken_for_placement(glyph, ink, gap):
    from PIL import Image, ImageDraw, ImageFont

    from helpers.charts import find_arabic_font
    from helpers.charts.cloud import DOT_GAP, _close_gaps

    font = ImageFont.truetype(str(find_arabic_font(None).path), 200)
    drawn = Image.new("L", (600, 600))
    draw = ImageDraw.Draw(drawn)
    draw.text((100, 100), glyph, fill=255, font=font, anchor="lt")
    x0, _, x1, _ = draw.textbbox((100, 100), glyph, font=font, anchor="lt")
    column = np.asarray(drawn)[:, (x0 + x1) // 2] > 0
    rows = np.flatnonzero(column)
    runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    assert [(int(r[0]), int(r[-1])) for r in runs] == ink  # the glyph as measured
    taken = Image.new("L", (600, 600))
    _close_gaps(taken, ImageDraw.Draw(taken), (100, 100), glyph, font, "lt")
    taken = np.asarray(taken) > 0
    # the gap (24 and 22 rows) is narrower than DOT_GAP x 200 = 50 px: taken
    assert DOT_GAP * 200 == 50
    assert taken[gap[0] : gap[1] + 1, (x0 + x1) // 2].all()


def test_a_band_around_a_word_is_taken_for_placement():
    from PIL import Image, ImageDraw, ImageFont

    from helpers.charts import find_arabic_font
    from helpers.charts.cloud import DOT_ROOM, ROOM_PX, SPACE_ROOM, _close_gaps

    font = ImageFont.truetype(str(find_arabic_font(None).path), 200)
    drawn = Image.new("L", (600, 600))
    ImageDraw.Draw(drawn).text((100, 100), "=", fill=255, font=font, anchor="lt")
    taken = Image.new("L", (600, 600))
    _close_gaps(taken, ImageDraw.Draw(taken), (100, 100), "=", font, "lt")
    taken = np.asarray(taken) > 0
    # the band is DOT_ROOM x 200 = 12 px above and below (over ROOM_PX = 4) and, since
    # session 16, SPACE_ROOM x 200 = 50 px (a word space) left and right: on row 105,
    # inside the upper bar of «=» (rows 100-114, its left end square), taken up to
    # 50 px left of the leftmost ink, free from 51 px; in the bar's middle column,
    # taken up to 12 px above its top ink, free from 13 px
    ink = np.asarray(drawn) > 0
    left = int(np.flatnonzero(ink[105])[0])
    assert round(DOT_ROOM * 200) == 12 and ROOM_PX == 4 and round(SPACE_ROOM * 200) == 50
    assert taken[105, left - 50] and not taken[105, left - 51]
    col = left + 20
    top = int(np.flatnonzero(ink[:, col])[0])
    assert taken[top - 12, col] and not taken[top - 13, col]


def test_the_drawn_cloud_stays_inside_the_boxes():
    """The figure draws each word where the placement measured it: no ink outside the
    union of the boxes (before, «la» anchoring drew each word lower than its box)."""
    from PIL import Image, ImageDraw

    freqs = {w: 50.0 / (i + 1) for i, w in enumerate(CLOUD_WORDS[:8])}
    font, image, wc = _black_cloud(freqs, 600, 400, 3)
    inside = Image.new("L", (600, 400))
    for box in _ink_boxes(wc, font):
        ImageDraw.Draw(inside).rectangle(box, fill=255)
    ink = np.asarray(image).min(axis=2) < 128  # black words on white
    assert ink.sum() > 0
    assert int((ink & (np.asarray(inside) == 0)).sum()) == 0


@pytest.mark.parametrize("key", ["next", "previous", "protected"])
def test_latin_page_furniture_is_no_term_of_any_word_view(key):
    """«Next Previous» (3alyoum's slideshow) and «[email protected]» (Cloudflare) are
    display stopwords: the one list top terms, keyness and the comparison cloud leave
    out beyond story level (``sections.extra_stopwords``); counts keep them."""
    from helpers.corpus import zones
    from helpers.freq import keyness, term_frequencies
    from helpers.sections import drop_terms
    from helpers.text import display_stopwords, tokenize_zones

    assert key in display_stopwords()
    stories = pd.DataFrame(
        {
            "story_id": ["a", "b"],
            "title": ["", ""],
            "captions": ["", ""],
            # «Next» twice in story a only: key for a, were it a term
            "body": [f"{key.title()} {key.title()} المطر غزير", "المطر غزير جدا"],
        }
    )
    tokens = tokenize_zones(zones(stories))
    extra = sorted(display_stopwords())
    assert key in set(term_frequencies(tokens)["term"])  # counted
    assert key not in set(term_frequencies(tokens, extra_stopwords=extra)["term"])
    table = keyness(tokens, "a", ["b"])
    assert key in set(table["term"])  # a key term of «a» (2 of its 5 tokens)
    assert key not in set(drop_terms(table, extra)["term"])  # what keyness views show


def test_content_in_latin_letters_stays_a_term():
    from helpers.text import display_stopwords

    # CNN, Google, BBC are content (class 4 of display_added.tsv says so)
    assert not {"cnn", "google", "bbc"} & display_stopwords()


# -------------------------------------------------------------- 2. terms over time


def test_the_last_day_is_labelled_and_the_ticks_stand_on_days_with_stories():
    import matplotlib.dates as mdates

    from helpers.charts.skeleton import drawing, new_figure
    from helpers.charts.views import _spaced_ticks

    days = [*pd.date_range("2015-07-21", "2015-07-27"), *pd.date_range("2015-07-31", "2015-08-04")]
    x = mdates.date2num(pd.DatetimeIndex(days).to_pydatetime())
    with drawing(None):
        fig = new_figure(9.5, 4)
        ax = fig.add_subplot()
        ticks = _spaced_ticks(ax, x, "D", "gulf")
    got = [mdates.num2date(t).strftime("%m-%d") for t in ticks]
    # 12 days with stories, more than 8 ticks: ticks at least 14 / 7 = 2 days apart.
    # Labels (session 12) are short after the first: «21 يوليو 2015» (0.85 in in Noto
    # Sans Arabic at 11 pt), «23» (0.16 in), «2 أغسطس» (0.5 in); 15 days on 0.86 x
    # 9.5 in = 1.836 days an inch, so two labels need at most (0.85 + 0.5) / 2 + 0.3 gap
    # = 0.975 in = 1.79 days: the 2 days decide. From 21 July: 23, 25, 27, 31 July (29
    # and 30 have no stories), 2 and 4 August; the last day is labelled
    assert got == ["07-21", "07-23", "07-25", "07-27", "07-31", "08-02", "08-04"]


def _series(days, groups=("sabq", "alyaum")):
    """A time_series-shaped table: every day from the first to the last, NaN rates on
    days without stories (as :func:`helpers.freq.time_series` gives them)."""
    grid = pd.date_range(days[0], days[-1])
    rows = []
    for g in groups:
        for d in grid:
            has = d in set(pd.DatetimeIndex(days))
            rows.append(
                {
                    "period": d,
                    "group": g,
                    "key": "عيد",
                    "label": "عيد",
                    "count": 3 if has else 0,
                    "per_1000": 1.5 if has else np.nan,
                }
            )
    return pd.DataFrame(rows)


@pytest.mark.parametrize("value", ["per_1000", "count"])
def test_days_without_stories_are_a_grey_band_named_in_the_subtitle(value):
    from matplotlib.patches import Rectangle

    from helpers.charts import figure_alt, time_series_chart
    from helpers.charts.views import GAP_COLOUR

    days = pd.DatetimeIndex(["2015-07-23", "2015-07-27", "2015-07-28", "2015-07-31"])
    fig = time_series_chart(_series(days), value=value, min_tokens=0)
    ax = fig.axes[0]
    bands = [
        p
        for p in ax.patches
        if isinstance(p, Rectangle) and p.get_facecolor()[:3] == pytest.approx((236 / 255,) * 3)
    ]
    assert GAP_COLOUR == "#ececec"
    # two stretches without stories: 24-26 July (3 days) and 29-30 July (2 days), each
    # a band from half a day before its first to half a day after its last
    spans = sorted((round(b.get_x(), 1), round(b.get_width(), 1)) for b in bands)
    import matplotlib.dates as mdates

    d24 = mdates.date2num(pd.Timestamp("2015-07-24").to_pydatetime())
    d29 = mdates.date2num(pd.Timestamp("2015-07-29").to_pydatetime())
    assert spans == [(round(d24 - 0.5, 1), 3.0), (round(d29 - 0.5, 1), 2.0)]
    # no point drawn on a day without stories (count: not 0 but nothing)
    ys = ax.lines[0].get_ydata()
    assert int(np.isfinite(np.asarray(ys, float)).sum()) == 4
    text = " ".join(figure_alt(fig).split())
    # 3 + 2 = 5 days, the two runs named
    assert (
        "5 أيام بلا قصص: شريط رمادي يعبره خط متقطع (24 يوليو – 26 يوليو 2015، 29 يوليو – 30 "
        "يوليو 2015)"
    ) in text


# -------------------------------------------------------------- 3. subtitles by phrase

#: Subtitles of the SaudiNewsNet gallery (01_cleaning, 04_entities, 03_places_by_group).
CLEANING = (
    "6,488 سطراً في التقرير، 20,290 قصة؛ «خارج القصص»: 39 سطراً لا تنتمي إلى أي صحيفة، في شريط منفصل"
)
ENTITIES = (
    "«الرياض» (807 قصص) مقابل «بقية القصص» (4,120 قصة)؛ القصص التي تذكره من كل 100 قصة "
    "من قصص كل جانب؛ الترتيب بعدد القصص التي تذكره ثم بمرات ذكره؛ لا يُعدّ اسم الصحيفة "
    "نفسه في قصص الصحيفة؛ جانبان، 4,927 قصة"
)
PLACES = (
    "11 صحيفة، 4,924 قصة؛ الكيانات التي تذكرها أكثر القصص: 20 كياناً؛ الخلية: القصص التي "
    "تذكر الكيان من كل 100 قصة من قصص الصحيفة؛ «—»: اسم الصحيفة نفسه، لا يُعدّ في عمود الصحيفة"
)


def test_the_cleaning_subtitle_breaks_between_its_phrases():
    from helpers.charts.skeleton import _wrap

    # the gallery broke it after ««خارج القصص»:», away from «39 سطراً ...» it names.
    # Phrases after «؛»: 35 and 57 characters; at 50 the first fits, the second gets
    # lines of its own, split after «،» (outside guillemets): 13 + 31 + 13 characters
    # (««خارج القصص»:», «39 سطراً لا تنتمي إلى أي صحيفة،», «في شريط منفصل»), packed
    # balanced: 13 + 1 + 31 = 45 with 13, or 13 with 31 + 1 + 13 = 45: the first fits
    # the narrowest width (45) greedily
    assert _wrap(CLEANING, 50) == [
        "6,488 سطراً في التقرير، 20,290 قصة؛",
        "«خارج القصص»: 39 سطراً لا تنتمي إلى أي صحيفة،",
        "في شريط منفصل",
    ]
    # wide enough for both phrases apart (57 <= 60): one a line, never a word alone
    assert _wrap(CLEANING, 60) == [
        "6,488 سطراً في التقرير، 20,290 قصة؛",
        "«خارج القصص»: 39 سطراً لا تنتمي إلى أي صحيفة، في شريط منفصل",
    ]


def test_the_entities_subtitle_is_one_phrase_a_line():
    from helpers.charts.skeleton import _wrap

    # phrases after «؛»: 50, 46, 44, 41 and 17 characters; at 67 no two of the first
    # four fit together (50 + 1 + 46 = 97), the last two do (41 + 1 + 17 = 59). The
    # gallery broke «القصص التي تذكره / من كل 100 قصة» and «ثم بمرات / ذكره»
    assert _wrap(ENTITIES, 67) == [
        "«الرياض» (807 قصص) مقابل «بقية القصص» (4,120 قصة)؛",
        "القصص التي تذكره من كل 100 قصة من قصص كل جانب؛",
        "الترتيب بعدد القصص التي تذكره ثم بمرات ذكره؛",
        "لا يُعدّ اسم الصحيفة نفسه في قصص الصحيفة؛ جانبان، 4,927 قصة",
    ]


@pytest.mark.parametrize("text", [CLEANING, ENTITIES, PLACES])
@pytest.mark.parametrize("width", [30, 45, 60, 75, 90, 110])
def test_no_subtitle_line_is_one_word(text, width):
    from helpers.charts.skeleton import _wrap

    lines = _wrap(text, width)
    assert " ".join(lines) == text  # nothing lost, nothing added
    if len(lines) > 1:
        assert all(len(line.split()) > 1 for line in lines), lines


# -------------------------------------------------------------- 4. formulas


@pytest.mark.parametrize(
    ("term", "inside"),
    [
        # خادم الحرمين الشريفين الملك: keys خادم حرمين شريفين ملك, three bigrams inside
        ("خادم حرمين", True),
        ("حرمين شريفين", True),
        ("شريفين ملك", True),
        ("خادم حرمين شريفين", True),  # a trigram inside it too
        # صاحب السمو الملكي الأمير
        ("صاحب سمو", True),
        ("سمو ملكي", True),
        ("ملكي امير", True),
        # صلى الله عليه وسلم, رحمه الله
        ("صلى الله", True),
        ("رحمه الله", True),
        # the name after a title leaves the formula: content, kept
        ("ملك سلمان", False),
        ("امير محمد", False),
        # a word of a formula alone, a name with الله, words out of order: kept
        ("الله", False),
        ("حزب الله", False),
        ("حرمين خادم", False),
        # two formulas' words that never stand together in one
        ("شريفين سمو", False),
    ],
)
def test_an_ngram_is_a_formula_only_inside_one(term, inside):
    from helpers.text import is_formula

    assert is_formula(term) is inside


def _bigrams():
    """A bigram table of two outlets as term_frequencies gives it (ranks by count)."""
    rows = [
        ("sabq", "خادم حرمين", 9),
        ("sabq", "حرمين شريفين", 9),
        ("sabq", "ملك سلمان", 5),
        ("sabq", "مجلس وزراء", 4),
        ("alyaum", "صلى الله", 6),
        ("alyaum", "مجلس وزراء", 3),
    ]
    t = pd.DataFrame(rows, columns=["outlet", "term", "count"]).assign(label=lambda d: d["term"])
    t["n"] = 2
    t["rank"] = t.groupby("outlet")["count"].rank(method="min", ascending=False).astype("int64")
    return t


def test_formulas_leave_the_bigram_views_and_the_ranks_close_up():
    from helpers.sections import FORMULAS_NOTE, without_formulas

    out = without_formulas(_bigrams())
    # sabq keeps ملك سلمان (5, now rank 1) and مجلس وزراء (4, rank 2); alyaum keeps
    # مجلس وزراء (3, rank 1): the three formula bigrams are left out
    assert list(zip(out["outlet"], out["term"], out["rank"], strict=True)) == [
        ("sabq", "ملك سلمان", 1),
        ("sabq", "مجلس وزراء", 2),
        ("alyaum", "مجلس وزراء", 1),
    ]
    assert out.attrs["formulas_dropped"] == 3
    assert "خادم الحرمين الشريفين" in FORMULAS_NOTE
    # the user's switch: DROP_FORMULAS = False keeps every row as it was
    kept = without_formulas(_bigrams(), False)
    assert len(kept) == 6 and list(kept["rank"]) == [1, 1, 3, 4, 1, 2]


def test_drop_formulas_must_be_a_bool():
    from helpers.errors import ArgumentError, KhabarError
    from helpers.sections import without_formulas

    assert issubclass(ArgumentError, KhabarError)
    with pytest.raises(ArgumentError, match="DROP_FORMULAS must be True or False"):
        without_formulas(_bigrams(), "no")


# -------------------------------------------------------------- 5. scatter leaders


def _labels(centres, dots):
    """An axes 0-10 on both sides with one centred label a centre and its dot."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from helpers.charts.skeleton import drawing, new_figure

    with drawing(None):
        fig = new_figure(6, 6)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ax.set_xlim(0, 10)
        ax.set_ylim(0, 10)
        fig.canvas.draw()
        fig.set_layout_engine("none")
        texts = [
            ax.text(x, y, w, ha="center", va="center", fontsize=10)
            for (x, y), w in zip(centres, ["أول", "ثان", "ثالث"], strict=False)
        ]
    return fig, ax, texts


def _centres(ax, texts, renderer):
    out = []
    for t in texts:
        b = t.get_window_extent(renderer)
        x, y = ax.transData.inverted().transform(((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2))
        out.append((round(float(x), 1), round(float(y), 1)))
    return out


def test_two_crossing_leaders_swap_their_labels():
    from helpers.charts.scatter import _crosses, _untangle

    # label «أول» at (2, 8) for the dot (8, 2), «ثان» at (8, 8) for the dot (2, 2): the
    # leaders are the two diagonals of the square and cross at (5, 5). Swapped, each
    # label stands above its own dot, (8, 8) over (8, 2) and (2, 8) over (2, 2):
    # two parallel vertical leaders, no crossing
    assert _crosses((2, 8), (8, 2), (8, 8), (2, 2))
    assert not _crosses((8, 8), (8, 2), (2, 8), (2, 2))
    fig, ax, texts = _labels([(2, 8), (8, 8)], [(8, 2), (2, 2)])
    renderer = fig.canvas.get_renderer()
    assert _untangle(texts, [(8, 2), (2, 2)], ax, renderer) == 1
    assert _centres(ax, texts, renderer) == [(8.0, 8.0), (2.0, 8.0)]


def test_leaders_that_do_not_cross_stay():
    from helpers.charts.scatter import _untangle

    fig, ax, texts = _labels([(2, 8), (8, 8)], [(2, 2), (8, 2)])
    renderer = fig.canvas.get_renderer()
    assert _untangle(texts, [(2, 2), (8, 2)], ax, renderer) == 0
    assert _centres(ax, texts, renderer) == [(2.0, 8.0), (8.0, 8.0)]


def test_a_swap_that_would_leave_the_axes_is_refused():
    from helpers.charts.scatter import _untangle

    # the same crossing with «أول» at x = 0.4 and «ثان» a long label centred at 8: moved
    # to x = 0.4, «ثان» (wider than 0.8 units) would stick out left of the axes, so the
    # swap is refused and nothing moves
    fig, ax, texts = _labels([(0.4, 8), (8, 8)], [(8, 2), (0.4, 2)])
    texts[1].set_text("ثان " * 6)
    renderer = fig.canvas.get_renderer()
    before = _centres(ax, texts, renderer)
    assert _untangle(texts, [(8, 2), (0.4, 2)], ax, renderer) == 0
    assert _centres(ax, texts, renderer) == before


# -------------------------------------------------------------- 6. interactive tables


def test_interactive_number_columns_sit_under_their_headers_right_to_left():
    pytest.importorskip("itables")
    from helpers.display import NUMBER_ALIGN, NUMBER_CLASS, interactive_table

    df = pd.DataFrame(
        {
            "canonical": ["سلمان بن عبدالعزيز"],
            "type": ["PERSON"],
            "count": [1234],
            "per_1000": [6.75],
            "own": [True],
        }
    )
    html = interactive_table(df).data
    # laid out right to left as the static tables (first column at the right)
    assert html.startswith('<div dir="rtl">') and html.endswith("</div>")
    # the number columns by position: count (2) and per_1000 (3); a bool is no number
    # (session 20: sorted as numbers, "type": "num")
    assert f'{{"className": "{NUMBER_CLASS}", "targets": [2, 3], "type": "num"}}' in html
    # their header and cells at the right edge, as rtl_table's (NUMBER_ALIGN), the
    # header's title first in its row (DataTables reverses it for number columns)
    assert NUMBER_ALIGN == "text-align:right"
    table_id = html.split('<table id="', 1)[1].split('"', 1)[0]
    assert (
        f"#{table_id} td.{NUMBER_CLASS}, #{table_id} th.{NUMBER_CLASS} {{text-align:right" in html
    )
    assert f"#{table_id} th.{NUMBER_CLASS} div.dt-column-header {{flex-direction: row" in html


def test_an_interactive_table_without_numbers_has_no_number_columns():
    pytest.importorskip("itables")
    from helpers.display import NUMBER_CLASS, interactive_table

    html = interactive_table(pd.DataFrame({"left": ["قال"], "right": ["إن"]})).data
    assert f'"className": "{NUMBER_CLASS}"' not in html
