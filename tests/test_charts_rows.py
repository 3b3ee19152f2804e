"""Bar rows as tall as their labels, whatever the number of rows, panels or title lines.

The defect (full SaudiNewsNet run, 04_quotes_per_speaker and 04_entities): two panels
back to back under a title of five wrapped lines got a fixed figure height, so the title
took the rows' room; a row was 0.16 in, lower than the ink of its 11-pt Arabic label
(1.2-1.45 em, measured), and names ran over each other.
"""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from helpers.charts import quotes_by_group, top_entities_by_group
from helpers.charts.skeleton import MAX_SIDE_PX, ChartWarning

#: Row pitch a label needs: its ink (at most 1.45 em, «ظِلّ يُؤْيَّ» at 11 pt in Noto
#: Sans Arabic) and a gap of at least 0.15 em to the next label.
MIN_PITCH_EM = 1.6

LONG_NAMES = [
    "المرصد السوري لحقوق الإنسان في لندن ومقره بريطانيا",
    "جون كيري",
    "رجب طيب أردوغان",
    "محمد جواد ظريف",
    "ديفيد كاميرون",
    "باراك أوباما",
    "إبراهيم بن أحمد الغبان",
    "عبدالله بن عبدالعزيز بن عبدالرحمن آل سعود",
    "كارتر",
    "أحمد داود أوغلو",
    "الهيئة العامة للطيران المدني",
    "سيرجي لافروف",
]


def quotes_table(n_groups: int) -> tuple[pd.DataFrame, dict]:
    rows = []
    for g in range(n_groups):
        for s, name in enumerate(LONG_NAMES):
            rows.append(
                {
                    "outlet": f"صحيفة رقم {g + 1} ذات الاسم الطويل جداً جداً جداً",
                    "speaker_id": f"p{s}",
                    "speaker": name,
                    "quotes": (s * 7 + g * 3) % 23 + 1,
                    "words": 10,
                }
            )
    table = pd.DataFrame(rows)
    sizes = {o: 100 + i for i, o in enumerate(table["outlet"].unique())}
    return table, sizes


def drawn(fig):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def check_rows(fig) -> int:
    """Every panel's row pitch >= MIN_PITCH_EM ems of its labels; no label inside
    another panel; returns the panels checked."""
    renderer = drawn(fig)
    panels = [ax for ax in fig.axes if ax.axison]
    for ax in panels:
        ticks = ax.yaxis.get_major_ticks()
        size_px = ticks[0].label2.get_fontsize() * fig.dpi / 72
        (_, y0), (_, y1) = ax.transData.transform([(0, 0), (0, 1)])
        assert abs(y1 - y0) >= MIN_PITCH_EM * size_px, (abs(y1 - y0), size_px)
        for other in panels:
            if other is ax:
                continue
            box = other.patch.get_window_extent(renderer)
            for tick in ticks:
                for text in (tick.label1, tick.label2):
                    if text.get_visible() and text.get_text():
                        assert not text.get_window_extent(renderer).overlaps(box), text.get_text()
    width, height = fig.get_size_inches() * 200
    assert max(width, height) <= MAX_SIDE_PX
    return len(panels)


def test_two_panels_under_a_long_title_keep_rows_as_tall_as_their_labels():
    table, sizes = quotes_table(2)
    fig = quotes_by_group(
        table,
        "outlet",
        n=10,
        group_sizes=sizes,
        title="من يُقتبس أكثر: «الرياض» مقابل «بقية القصص»",
        subtitle="مقابل «بقية القصص» (17,162 قصة)؛ الاقتباسات لكل 100 قصة من قصص كل جانب؛ "
        "جانبان، 20,290 قصة؛ " * 3,
    )
    assert check_rows(fig) == 2


def test_fourteen_groups_of_long_names_keep_rows_and_shorten_names():
    table, sizes = quotes_table(14)
    fig = quotes_by_group(table, "outlet", n=10, group_sizes=sizes)
    assert check_rows(fig) == 12  # the 12 largest groups
    labels = [t.get_text() for ax in fig.axes if ax.axison for t in ax.get_yticklabels()]
    # the one rule for long names (session 19): wrapped onto two lines of at most
    # MAX_LABEL_CHARS (32), whole where they fit (50 characters: 27 + 22)
    assert "المرصد السوري لحقوق الإنسان\nفي لندن ومقره بريطانيا" in labels
    assert not any(s.endswith("…") for s in labels)


def test_more_rows_than_fit_are_dropped_not_squeezed():
    table, sizes = quotes_table(12)
    more = pd.concat(
        [table.assign(speaker_id=table["speaker_id"] + f"-{k}") for k in range(3)]
    )  # 36 speakers a group
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = quotes_by_group(more, "outlet", n=30, group_sizes=sizes)
    assert any(issubclass(w.category, ChartWarning) for w in caught)
    check_rows(fig)
    rows = {len(ax.get_yticklabels()) for ax in fig.axes if ax.axison}
    assert max(rows) < 30


@pytest.mark.parametrize("n_groups", [1, 2, 5])
def test_entity_panels_keep_their_rows(n_groups):
    table, sizes = quotes_table(n_groups)
    counts = table.rename(columns={"speaker_id": "entity_id", "speaker": "canonical"}).assign(
        type="PERSON", count=table["quotes"]
    )
    fig = top_entities_by_group(counts, "outlet", n=10, group_sizes=sizes)
    assert check_rows(fig) == n_groups


def test_panel_titles_of_long_names_stay_clear_of_each_other():
    table, sizes = quotes_table(3)
    # long web addresses in the outlet field, as a scraped corpus may hold
    wide = {
        o: f"news-{i}.a-very-long-domain-name-of-a-news-site.com.sa" for i, o in enumerate(sizes)
    }
    table = table.assign(outlet=table["outlet"].map(wide))
    fig = quotes_by_group(table, "outlet", n=5, group_sizes={wide[o]: n for o, n in sizes.items()})
    renderer = drawn(fig)
    titles = [ax.title if ax.get_title() else ax._right_title for ax in fig.axes if ax.axison]
    boxes = [t.get_window_extent(renderer) for t in titles]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)
    assert all("…" in t.get_text() for t in titles)


# ------------------------------------------------- per-story bar and keyness charts
# The same rule (skeleton.category_inches, fit_height) for the charts of one panel per
# story or side: on 14 outlets or long names their rows overlapped (a fixed 0.32 in a
# row times a factor of the bars, clamped to MAX_INCHES) or left empty space.


def row_pitch(fig) -> list[float]:
    """Inches between two rows of each panel, as drawn."""
    drawn(fig)
    out = []
    for ax in fig.axes:
        if ax.axison:
            (_, y0), (_, y1) = ax.transData.transform([(0, 0), (0, 1)])
            out.append(abs(y1 - y0) / fig.dpi)
    return out


def speakers_of(n_groups: int, column: str = "outlet") -> pd.DataFrame:
    rows = []
    for g in range(n_groups):
        for s, name in enumerate(LONG_NAMES):
            rows.append(
                {column: f"outlet{g:02d}", "speaker": name, "quotes": (s * 7 + g * 3) % 23 + 1}
            )
    return pd.DataFrame(rows)


def test_per_story_bars_of_fourteen_outlets_keep_rows_for_their_bars():
    from helpers.charts import bar_chart
    from helpers.charts.skeleton import COLOURS, OTHERS_COLOUR

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = bar_chart(speakers_of(14), "speaker", "quotes", group="outlet", title="من يُقتبس")
    check_rows(fig)
    # 12 bars a row (11 outlets and «غيرها (3)»), 0.14 in each (BAR_INCHES): 1.68 in a
    # row, not squeezed to fit (20 rows of that do not fit in 19 in: fewer, with a warning)
    (pitch,) = row_pitch(fig)
    assert pitch == pytest.approx(12 * 0.14, rel=0.05)
    assert any(issubclass(w.category, ChartWarning) for w in caught)
    # every series its own colour, the folded one grey and last
    bars = fig.axes[0].containers
    colours = [tuple(round(c, 3) for c in b.patches[0].get_facecolor()[:3]) for b in bars]
    assert len(set(colours)) == 12
    from matplotlib.colors import to_rgb

    assert colours[-1] == tuple(round(c, 3) for c in to_rgb(OTHERS_COLOUR))
    assert colours[0] == tuple(round(c, 3) for c in to_rgb(COLOURS[0]))


def test_per_story_bars_of_one_story_leave_no_empty_rows():
    from helpers.charts import bar_chart

    fig = bar_chart(speakers_of(1), "speaker", "quotes", title="من يُقتبس")
    check_rows(fig)
    # one bar a row: the row is its label's 1.7 em at 11 pt (0.2597 in) and, the
    # longest name wrapped onto two lines since session 19, a line of 2.1 em (0.3208 in)
    (pitch,) = row_pitch(fig)
    assert pitch == pytest.approx((1.7 + 2.1) * 11 / 72, rel=0.12)


def test_entity_counts_of_fourteen_stories_keep_their_rows():
    from helpers.charts import entity_counts_chart

    table = speakers_of(14, "story_id")
    counts = table.assign(
        canonical=table["speaker"],
        entity_id=table["speaker"],
        type=["PERSON" if i % 2 else "ORG" for i in range(len(table))],
        count=table["quotes"],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ChartWarning)
        fig = entity_counts_chart(counts)
    assert check_rows(fig) == 2
    assert [p == pytest.approx(12 * 0.14, rel=0.05) for p in row_pitch(fig)] == [True, True]
    two = entity_counts_chart(counts[counts["story_id"].isin(["outlet00", "outlet01"])])
    check_rows(two)
    # two bars a row need 0.28 in, less than a two-line label's 0.2597 + 0.3208 in
    # (the longest name wrapped since session 19)
    assert row_pitch(two) == [pytest.approx((1.7 + 2.1) * 11 / 72, rel=0.08)] * 2


def test_keyness_rows_of_long_two_line_labels_stay_apart():
    from helpers.charts import keyness_chart

    names = [f"{n}\nوزير الخارجية" if i % 3 == 0 else n for i, n in enumerate(LONG_NAMES)]
    kt = pd.DataFrame(
        {
            "term": [f"t{i}" for i in range(24)],
            "label": names * 2,
            "g2": [float(24 - i) for i in range(24)],
            "p_value": [0.01] * 24,
            "log_ratio": [3.0 - i * 0.2 for i in range(12)] + [-3.0 + i * 0.2 for i in range(12)],
        }
    )
    fig = keyness_chart(kt, target_name="الرياض", reference_name="بقية القصص", gloss=True)
    check_rows(fig)
    # 24 rows as tall as a two-line label: 1.7 em for its first line and 2.1 em (the
    # font's line height) for its second, at 11 pt: 3.8 * 11 / 72 = 0.5806 in
    (pitch,) = row_pitch(fig)
    assert pitch == pytest.approx(3.8 * 11 / 72, rel=0.12)
    assert len(fig.axes[0].get_yticklabels()) == 24
