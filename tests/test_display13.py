"""Session 13 (branch display13): what users see in charts, tables and notebooks. The
findings of two newcomers and a hostile tester on real days of SaudiNewsNet
(2015-07-25 and 2015-08-03), each fixed for its kind; every value below is worked out
by hand in the comment beside it."""

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from jsonl_files import write_jsonl

from helpers.charts.skeleton import ALT_TITLE, _drop_line_ends, _legend_labels, _sides_apart
from helpers.display import around_change

# --- 1. the cleaning report's lines are cut between words ----------------------------


def test_around_change_cuts_its_context_between_words():
    a = "one two three X four five six"
    b = "one two three four five six"
    # common start "one two three " (14), the change "X " in a; 6 characters after it
    # are "four f": the last space in the second half of that stretch (after "four")
    # ends the shown part; before it "three " starts after a space already
    assert around_change(a, b, 6) == ("…three X four…", "…three four…")
    # 4 characters before the change, "ree ", hold no space in their first half: cut
    # inside the word, as cut_at_word does when no space falls in the half kept
    assert around_change(a, b, 4) == ("…ree X four…", "…ree four…")


def test_a_dateline_dropped_from_a_paragraph_shows_whole_words_after_it():
    paragraph = "أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة بفيروس كورونا في المنطقة الشرقية"
    line = "الرياض - واس: " + paragraph
    # the 40 characters after the dateline end inside «جديدة» («… تسجيل حالات ج»): the
    # shown part ends at the space before it, after «حالات» (39 characters)
    shown, kept = around_change(line, paragraph)
    assert shown == "الرياض - واس: أعلنت وزارة الصحة اليوم عن تسجيل حالات…"
    assert kept == "أعلنت وزارة الصحة اليوم عن تسجيل حالات…"


def test_a_long_change_is_cut_in_its_middle_between_words():
    line = "aaa bbb ccc ddd eee fff ggg hhh"  # 31 characters, dropped whole
    # context 9: the first part line[0:9] = "aaa bbb c" ends inside "ccc": cut at the
    # space at 7, in its second half; the last part line[22:31] = "f ggg hhh" starts
    # inside "fff": from after the space at 23, in its first half
    assert around_change(line, "", 9) == ("aaa bbb … ggg hhh", "")
    # context 6: "aaa bb" has its only space at 3, which would keep 3 of 6, not more
    # than half: cut in the word, as cut_at_word does; so is "gg hhh" (space at 27)
    assert around_change(line, "", 6) == ("aaa bb … gg hhh", "")


# --- 1. a subtitle line never ends on «؛»; a legend entry is never cut ----------------

STORIES_PER_DAY = (  # the stories-per-day subtitle of 2015-07-25 + 08-03 (141 characters)
    "11 صحيفة، 2,818 قصة؛ 8 أيام بلا قصص: فراغ في الرسم (26 يوليو – 2 أغسطس 2015)؛ "
    "تُركت خارج الرسم صحيفة واحدة أصغر من 5 قصص: الرياضي (قصة واحدة)"
)


def test_a_wrapped_subtitle_line_loses_its_final_semicolon():
    lines = _sides_apart(STORIES_PER_DAY, 80)
    # wrapped after the «؛» that ends the first two phrases (76 characters with it)
    assert lines[0].endswith("2015)؛")
    drawn = _drop_line_ends(lines)
    assert drawn == [
        "11 صحيفة، 2,818 قصة؛ 8 أيام بلا قصص: فراغ في الرسم (26 يوليو – 2 أغسطس 2015)",
        "تُركت خارج الرسم صحيفة واحدة أصغر من 5 قصص: الرياضي (قصة واحدة)",
    ]
    # the last line keeps what it ends on, and a «؛» inside a line stays
    assert _drop_line_ends(["أ؛ ب؛", "ج؛"]) == ["أ؛ ب", "ج؛"]


def test_a_long_legend_entry_is_wrapped_not_cut():
    # 35 characters, past the 32 of a bar label: two lines of whole words, no ellipsis,
    # the bracket (25 characters) whole on its line (session 22: lists and brackets wrap
    # between their items, skeleton._ITEM_STARTS)
    label = "قصة مكررة (نسخة أخرى من قصة مُبقاة)"
    assert _legend_labels([label, "نص متكرر للموقع: تذييل"]) == [
        "قصة مكررة\n(نسخة أخرى من قصة مُبقاة)",
        "نص متكرر للموقع: تذييل",
    ]


def test_the_cleaning_chart_legend_names_every_reason_whole():
    from helpers.charts import cleaning_chart

    stories = pd.DataFrame({"story_id": ["a-01", "a-02"], "outlet": ["sabq", "sabq"]})
    report = pd.DataFrame(
        {
            "reason": ["duplicate story (same body as a-01)", "bidi control characters removed"],
            "story_id": ["", "a-01"],
            "action": ["dropped", "repaired"],
        }
    )
    fig = cleaning_chart(report, stories, by="outlet")
    texts = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "قصة مكررة\n(نسخة أخرى من قصة مُبقاة)" in texts
    assert not any("…" in t for t in texts)


# --- 2. notebook 04's different-days warning on the figures -----------------------------


def _three_days():
    """A: 6 stories on 25 July, 2 on the 26th; B: 1 on the 25th, 1 on the 26th, 6 on
    3 August. Shares A 0.75 / 0.25 / 0, B 0.125 / 0.125 / 0.75; gaps 0.625, 0.125, 0.75:
    TVD = (0.625 + 0.125 + 0.75) / 2 = 0.75, the widest gap on 3 August (0 % against 75 %)."""
    days = ["2015-07-25"] * 6 + ["2015-07-26"] * 2 + ["2015-07-25", "2015-07-26"]
    days += ["2015-08-03"] * 6
    ids = [f"s{i:02d}" for i in range(16)]
    return pd.DataFrame({"story_id": ids, "date": pd.to_datetime(days)}), ids


def test_days_apart_gives_the_distance_the_day_and_both_shares():
    from helpers.sections import DaysApart, dates_apart, days_apart

    stories, ids = _three_days()
    apart = days_apart(stories, ids[:8], ids[8:])
    assert apart == DaysApart(0.75, pd.Timestamp("2015-08-03"), 0.0, 0.75, 8, 8)
    assert apart.caption("سبق", "بقية القصص").split("\n") == [
        "تنبيه: الجانبان في أيام مختلفة (مسافة التباين الكلي 0.75)",
        "3 أغسطس 2015: 0% من قصص «سبق» مقابل 75% من قصص «بقية القصص»",
        "قد يكون الفرق أخبار ذلك اليوم لا الجانبين",
    ]
    # the notebook's paragraph is the same finding, from the same object
    assert dates_apart(stories, ids[:8], ids[8:]) == apart.markdown()
    said = apart.markdown()  # session 21: Arabic, the day as the caption writes it
    assert said.startswith("**الجانبان في أيام مختلفة** (مسافة التباين الكلي 0.75 بين")
    assert "على 8 قصص مؤرخة في الجانب أ و8 في الجانب ب" in said
    assert "0% من قصص الجانب أ مقابل 75% من قصص الجانب ب في 3 أغسطس 2015." in said


def test_every_two_sides_figure_carries_the_warning_as_its_last_lines():
    from helpers.sections import Contrast, _group_options

    stories, ids = _three_days()
    side = SimpleNamespace(
        target={"outlet": "sabq"},
        reference=None,
        target_ids=ids[:8],
        reference_ids=ids[8:],
        subtitle="«سبق» (8 قصص) مقابل «بقية القصص» (8 قصص)",
    )
    c = Contrast(
        SimpleNamespace(stories=stories), None, None, None, None, "سبق", "بقية القصص", side
    )
    lines = _group_options(c)["subtitle"].split("\n")  # the keyness chart and the scatter
    assert lines[0] == side.subtitle
    assert lines[1] == "تنبيه: الجانبان في أيام مختلفة (مسافة التباين الكلي 0.75)"
    assert lines[3] == "قد يكون الفرق أخبار ذلك اليوم لا الجانبين"
    # sides chosen by date differ in days by design: no warning
    by_date = SimpleNamespace(**{**vars(side), "target": {"date": "2015-07-25"}})
    c2 = Contrast(SimpleNamespace(stories=stories), None, None, None, None, "أ", "ب", by_date)
    assert c2.captioned(side.subtitle) == side.subtitle


def test_the_caption_is_drawn_on_the_keyness_chart():
    from helpers.charts import keyness_chart

    table = pd.DataFrame(
        {
            "term": ["أ", "ب"],
            "label": ["أ", "ب"],
            "count_target": [30, 1],
            "count_reference": [1, 30],
            "g2": [40.0, 40.0],
            "log_ratio": [4.9, -4.9],
            "p_value": [1e-9, 1e-9],
            "key_for": ["target", "reference"],
        }
    )
    caption = "تنبيه: الجانبان في أيام مختلفة"
    fig = keyness_chart(
        table, target_name="سبق", reference_name="بقية القصص", subtitle=f"س\n{caption}"
    )
    assert caption in getattr(fig, ALT_TITLE)


# --- 4. narrative numbers come from the data -----------------------------------------------


def test_terms_over_time_counts_the_groups_and_stories_it_draws(tmp_path):
    """Two outlets of 6 stories and one of a single story, on two days: the chart
    leaves the small one out, as every per-group chart does, and counts 2 outlets and
    12 stories, not 3 and 13."""
    from helpers.sections import terms_over_time
    from helpers.study import open_study

    path = tmp_path / "news.jsonl"
    rows = [("okaz", i) for i in range(6)] + [("sabq", i) for i in range(6)] + [("was", 0)]
    records = []
    for k, (outlet, i) in enumerate(rows):
        record = {
            "id": f"n{k:02d}",
            "title": "زار الرئيس الرياض",
            # a body of its own (the loader drops a copy of an earlier story's); long
            # enough that an outlet's day (3 stories) holds 1,000 counted tokens: with
            # 30 repeats every point was under the floor and, since session 21, a chart
            # with no point above 0 is not drawn
            "body": "وقال الوزير إن المطر هطل على الرياض وجدة " * 80 + f"العدد {k}",
            "outlet": outlet,
            "date": f"2015-07-2{5 + i % 2}",
        }
        records.append(record)
    write_jsonl(path, records)
    study = open_study(path, group_by="outlet")
    ((name, fig),) = terms_over_time(study, pd.DataFrame(), ["مطر"])
    assert name == "02_terms_over_time"
    subtitle = getattr(fig, ALT_TITLE)[1]
    assert subtitle.startswith("صحيفتان، 12 قصة مؤرخة؛ تُركت خارج الرسم صحيفة واحدة أصغر من 5 قصص")
    # how the terms were chosen, on a line of its own (session 20)
    assert getattr(fig, ALT_TITLE)[2].startswith("الكلمات كما سُمّيت في المعاملات (TERMS)")
    assert "(قصة واحدة)" in subtitle
    drawn = {line.get_label() for ax in fig.axes for line in ax.get_lines()}
    assert not any("واس" in str(label) for label in drawn)  # was: «واس», left out


# --- 5. a line at zero is drawn above the axis; a story's date is its local day --------


def test_a_zero_line_stands_above_the_axis():
    from helpers.charts import time_series_chart

    series = pd.DataFrame(
        {
            "period": pd.to_datetime(["2015-07-25", "2015-07-26"] * 2),
            "group": ["a", "a", "b", "b"],
            "key": ["k"] * 4,
            "label": ["مطر"] * 4,
            "count": [20, 10, 0, 0],
            "per_1000": [2.0, 1.0, 0.0, 0.0],
        }
    )
    fig = time_series_chart(series, min_tokens=0)
    # top 2.0: the axis runs to 2.0 × 1.08 = 2.16 and starts 4 % of that below 0
    low, high = fig.axes[0].get_ylim()
    assert high == pytest.approx(2.16)
    assert low == pytest.approx(-0.0864)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # 01:30 in Riyadh on the 25th is a story of the 25th (22:30 UTC on the 24th)
        ("Sat, 25 Jul 2015 01:30:00 +0300", pd.Timestamp("2015-07-25 01:30")),
        ("2015-07-25T01:30:00+03:00", pd.Timestamp("2015-07-25 01:30")),
        # 23:00 in New York on the 24th is of the 24th (03:00 UTC on the 25th)
        ("Fri, 24 Jul 2015 23:00:00 -0400", pd.Timestamp("2015-07-24 23:00")),
    ],
)
def test_a_date_with_a_zone_keeps_its_local_calendar_day(cell, expected):
    from helpers.corpus.dates import as_dates, parse_date

    assert parse_date(cell) == (expected, "")
    aware = pd.Series([pd.Timestamp("2015-07-25 01:30", tz="Asia/Riyadh")])
    assert as_dates(aware).tolist() == [pd.Timestamp("2015-07-25 01:30")]
    assert as_dates([pd.Timestamp("2015-07-25 01:30+03:00")]).tolist() == [
        pd.Timestamp("2015-07-25 01:30")
    ]


def test_the_stories_per_day_chart_puts_a_story_on_its_local_day():
    from helpers.charts import stories_over_time
    from helpers.corpus.dates import as_dates

    dates = as_dates(["Sat, 25 Jul 2015 01:30:00 +0300"] * 3 + ["Mon, 03 Aug 2015 09:00:00 +0300"])
    stories = pd.DataFrame({"story_id": list("abcd"), "date": dates})
    fig = stories_over_time(stories, by=None)
    ax = fig.axes[0]
    heights = sorted(p.get_height() for p in ax.patches if p.get_height() > 0)
    assert heights == [1, 3]  # 3 stories on 25 July, 1 on 3 August: none on the 24th
    assert np.isclose(
        max(p.get_x() + p.get_width() / 2 for p in ax.patches if p.get_height() == 3),
        pd.Timestamp("2015-07-25").to_julian_date() - 2440587.5,
    )


# --- 6. tables.xlsx: a ranked table too large for a sheet keeps its top rows ---------------


def test_a_ranked_table_too_large_keeps_its_top_ranks_in_the_workbook(tmp_path, monkeypatch):
    import openpyxl

    import helpers.notebooks as nbmod
    from helpers.io import write_csv

    # two outlets x 150 ranked terms = 300 rows x 3 columns + header = 903 cells
    terms = pd.DataFrame(
        {
            "outlet": ["sabq"] * 150 + ["alweeam"] * 150,
            "term": [f"ك{i}" for i in range(300)],
            "rank": list(range(1, 151)) * 2,
        }
    )
    write_csv(terms, tmp_path / "term_frequencies.csv")
    write_csv(pd.DataFrame({"story_id": ["s-01"], "title": ["ع"]}), tmp_path / "stories.csv")
    monkeypatch.setattr(nbmod, "WORKBOOK_MAX_CELLS", 800)  # 903 cells: too many
    book = nbmod._write_workbook(tmp_path)
    wb = openpyxl.load_workbook(book, read_only=True)
    assert wb.sheetnames == ["about", "stories", "term_frequencies"]
    # ranks 1-100 of each outlet: 200 rows (+ the header); the rest only in the CSV
    rows = list(wb["term_frequencies"].iter_rows(values_only=True))
    assert len(rows) == 201 and max(r[2] for r in rows[1:]) == 100
    about = {r[1]: r for r in wb["about"].iter_rows(values_only=True)}
    assert about["term_frequencies.csv"][3] == "cut"
    assert "200 of 300 rows" in about["term_frequencies.csv"][4]
    # an unranked table past the limit is still left out whole
    write_csv(terms.drop(columns="rank"), tmp_path / "mentions.csv")  # 903 - 301 = 602
    monkeypatch.setattr(nbmod, "WORKBOOK_MAX_CELLS", 600)
    wb = openpyxl.load_workbook(nbmod._write_workbook(tmp_path), read_only=True)
    assert wb.sheetnames == ["about", "stories"]  # the cut table (603 cells) too large too


# --- 5. a scatter label covers no other term's dot ---------------------------------------


def _one_label():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4, 4), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    text = ax.text(5, 5, "كلمة", fontsize=10)
    fig.canvas.draw()
    return fig, ax, text, fig.canvas.get_renderer()


def test_a_label_on_another_dot_moves_to_a_free_place():
    from helpers.charts.scatter import _apart, label_box

    _, ax, text, renderer = _one_label()
    box = label_box(text, renderer)  # its ink (scatter19), as _apart measures it
    # one dot in the middle of the label's box: half a height up or down leaves it at
    # the box's edge, within a dot's reach; a whole height up (nearer than half a width
    # aside, and up before down) frees it
    dot = [((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)]
    kept = _apart([text], ax, renderer, np.array(dot))
    assert kept == [text]
    moved = label_box(text, renderer)
    assert moved.y0 == pytest.approx(box.y0 + box.padded(3.0 * 100 / 72 / 2).height)
    assert moved.x0 == pytest.approx(box.x0)
    assert not moved.padded(2.5 * 100 / 72).contains(*dot[0])
    assert text.get_bbox_patch() is None  # a free place: no white ground


def test_a_label_no_place_spares_is_left_out():
    from helpers.charts.scatter import _apart

    _, ax, text, renderer = _one_label()
    # a dot every 4 pixels over the whole axes: every place covers dots. Since session
    # 17 the label is left out (it stood on a white ground that hid the markers)
    x0, y0, x1, y1 = ax.get_window_extent(renderer).extents
    grid = np.array([(x, y) for x in np.arange(x0, x1, 4) for y in np.arange(y0, y1, 4)])
    assert _apart([text], ax, renderer, grid) == []
    assert text.get_bbox_patch() is None


def test_terms_over_time_draws_nothing_with_a_note_when_no_term_peaks(tmp_path):
    """Six stories of two outlets, one a day (the hostile tester's small week, session
    20): no term is held by MIN_PEAK_STORIES = 3 stories on its peak day, so there is
    no term to follow. The section draws nothing and says why («لم يُرسم الشكل» in a
    notebook); the run used to stop on ``time_series`` of no terms."""
    from helpers.charts import ChartWarning
    from helpers.sections import chart_note, terms_over_time
    from helpers.study import open_study

    path = tmp_path / "week.jsonl"
    records = [
        {
            "id": f"w{k}",
            "title": f"خبر اليوم {k}",
            "body": f"وقال الوزير إن المطر هطل على الرياض في اليوم {k} " * 20,
            "outlet": ("sabq", "alyaum")[k % 2],
            "date": f"2015-07-2{1 + k}",
        }
        for k in range(6)
    ]
    write_jsonl(path, records)
    study = open_study(path, group_by="outlet")
    unigrams = pd.DataFrame({"term": ["مطر", "الرياض"], "count": [80, 80]})
    with pytest.warns(ChartWarning) as caught:
        assert terms_over_time(study, unigrams) == []
    (message,) = [str(w.message) for w in caught if w.category is ChartWarning]
    assert chart_note(message) == (
        "_لم يُرسم الشكل: لا كلمة من أكثر 200 كلمة تكراراً في فترة ذروتها 3 قصص على الأقل._"
    )


def test_terms_over_time_says_why_it_draws_nothing_at_story_level(tmp_path):
    """Two stories (story level, at most MAX_STORY_LEVEL = 8): no chart over time, and
    the note says why, as notebook 01's overview does (the newcomer nc25 found the
    cell of notebook 02 empty and silent)."""
    from helpers.charts import ChartWarning
    from helpers.sections import chart_note, story_level_note, terms_over_time
    from helpers.study import open_study

    path = tmp_path / "two.jsonl"
    records = [
        {
            "id": f"s{k}",
            "title": f"خبر {k}",
            "body": f"هطل المطر على الرياض في اليوم {k}. " * 5,
            "outlet": "sabq",
            "date": f"2015-07-2{1 + k}",
        }
        for k in range(2)
    ]
    write_jsonl(path, records)
    study = open_study(path)
    assert study.per_story
    assert story_level_note() == "يُرسم هذا الشكل لمدوّنة فيها أكثر من 8 قصص"
    with pytest.warns(ChartWarning) as caught:
        assert terms_over_time(study, pd.DataFrame(), ["مطر"]) == []
    (message,) = [str(w.message) for w in caught if w.category is ChartWarning]
    assert chart_note(message) == "_لم يُرسم الشكل: يُرسم هذا الشكل لمدوّنة فيها أكثر من 8 قصص._"


def test_terms_over_time_says_the_stories_have_no_date(tmp_path):
    """The embedded stories have no date: notebook 02's cell over time says so."""
    from helpers.charts import ChartWarning
    from helpers.sections import chart_note, terms_over_time
    from helpers.study import open_study

    path = tmp_path / "undated.jsonl"
    records = [{"id": f"u{k}", "title": f"خبر {k}", "body": f"المطر {k}. " * 5} for k in range(2)]
    write_jsonl(path, records)
    with pytest.warns(ChartWarning) as caught:
        assert terms_over_time(open_study(path), pd.DataFrame(), ["مطر"]) == []
    (message,) = [str(w.message) for w in caught if w.category is ChartWarning]
    assert chart_note(message) == "_لم يُرسم الشكل: لا تاريخ لأي قصة._"
