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


def _three_days():
    """A time_series-shaped table over 24 July-1 August 2015 with stories on 24, 25
    July and 1 August only (NaN rates between, as :func:`helpers.freq.time_series`)."""
    import numpy as np

    rows = []
    for d in pd.date_range("2015-07-24", "2015-08-01"):
        has = d.strftime("%m-%d") in {"07-24", "07-25", "08-01"}
        for g, rate in (("sabq", 2.0), ("alyaum", 1.0)):
            rows.append(
                {
                    "period": d,
                    "group": g,
                    "key": "عيد",
                    "label": "عيد",
                    "count": 4 if has else 0,
                    "per_1000": rate if has else np.nan,
                }
            )
    return pd.DataFrame(rows)


def test_a_line_over_days_apart_is_joined_by_dashes_across_the_gap():
    """24, 25 July and 1 August: each group's line runs solid from 24 to 25 July, and a
    dashed line of its colour joins 25 July to 1 August over the grey band (1 August
    was a dot alone beside nothing); every value has a marker; the ticks name the
    three days."""
    import matplotlib.dates as mdates

    from helpers.charts import time_series_chart
    from helpers.charts.views import GAP_LINE_STYLE

    fig = time_series_chart(_three_days(), min_tokens=0)
    ax = fig.axes[0]
    solid = [ln for ln in ax.lines if ln.get_linestyle() == "-"]
    dashed = [ln for ln in ax.lines if ln.get_linestyle() != "-"]
    assert len(solid) == 2 and len(dashed) == 2
    d25, d01 = mdates.date2num([pd.Timestamp("2015-07-25"), pd.Timestamp("2015-08-01")])
    for line, rate in zip(dashed, (2.0, 1.0), strict=True):
        assert list(line.get_xdata()) == [d25, d01]
        assert list(line.get_ydata()) == [rate, rate]
    assert GAP_LINE_STYLE == (0, (2, 2))
    # the solid line has its three values marked: indices 0, 1 and 8 of nine days
    assert solid[0].get_markevery() == [0, 1, 8]
    fig.canvas.draw()
    assert [t.get_text() for t in ax.get_xticklabels()] == ["24 يوليو 2015", "25", "1 أغسطس"]


def test_markers_past_31_periods_only_on_values_alone():
    import numpy as np

    from helpers.charts.views import _across_gaps, _marked

    y = np.array([1.0, 2.0, np.nan, 3.0, np.nan, np.nan, 4.0, 5.0])
    assert _across_gaps(y) == [(1, 3), (3, 6)]
    assert _marked(y, every=False) == [3]  # 3.0 has no neighbour: a line would not show it
    assert _marked(y, every=True) == [0, 1, 3, 6, 7]
    assert _across_gaps(np.array([np.nan, 1.0])) == []


# ------------------------------------------------------- keyness chart and scatter


def test_the_range_line_breaks_only_between_its_phrases():
    """The keyness chart's range filter was broken before «بحسب الجانب الذي تميزه»,
    which qualified the whole sentence: its «،» read as a phrase end. Now the
    qualifier sits in brackets by the rule and «:» / «،» end real phrases."""
    from helpers.charts.plots import range_phrase
    from helpers.charts.skeleton import _wrap

    k = pd.DataFrame()
    k.attrs["min_stories"] = {"target": 9, "reference": 19}
    line = range_phrase(k, "عين اليوم", "بقية القصص").replace("\u200f", "")
    assert line == (
        "دون الكلمات المحصورة في قصص قليلة (بحسب الجانب الذي تميزه الكلمة): "
        "9 قصص على الأقل من «عين اليوم»، أو 19 قصة من «بقية القصص»"
    )
    # 117 characters at 90 a line: the rule (68) and the two floors (29 + 1 + 24 = 54)
    assert _wrap(line, 90) == [
        "دون الكلمات المحصورة في قصص قليلة (بحسب الجانب الذي تميزه الكلمة):",
        "9 قصص على الأقل من «عين اليوم»، أو 19 قصة من «بقية القصص»",
    ]
    k.attrs["min_stories"] = {"target": 2, "reference": 1}  # the nominative dual
    assert "قصتان على الأقل من «أ»" in range_phrase(k, "أ", "ب").replace("\u200f", "")


def _keyness_rows():
    """A keyness-shaped table (10,000 tokens a side): «بعيد» 10 times in the target
    and once in the reference (ratio 10, the farthest from the diagonal, z 2.1); eight
    target terms used more often in both, closer to the diagonal, with higher z; the
    same mirrored for the reference («نائي»)."""
    rows = [("بعيد", 10, 1, 2.1), ("نائي", 1, 10, -2.1)]
    for i in range(8):
        rows.append((f"ه{i}", 200 + 10 * i, 100, 5.0 + i))
        rows.append((f"م{i}", 100, 200 + 10 * i, -5.0 - i))
    df = pd.DataFrame(rows, columns=["term", "count_target", "count_reference", "log_odds_z"])
    df["label"] = df["term"]
    df.attrs.update(target_size=10_000, reference_size=10_000)
    return df


def test_the_point_farthest_from_the_diagonal_is_labelled_first():
    from helpers.charts import term_scatter

    fig = term_scatter(_keyness_rows(), n_labels=6, target_name="أ", reference_name="ب")
    labels = [t.get_text() for t in fig.axes[0].texts]
    # three a side: the farthest, then the next longest bars of the keyness chart
    # (ه7 270 against 100, ه6 260); session 20: placed strongest first across both
    # sides (helpers.freq.by_strength: |log2 ratio| 3.32 for بعيد and نائي, 1.43 for
    # ه7 and م7, ties by term, م before ه), no longer a side at a time
    assert labels == ["بعيد", "نائي", "م7", "ه7", "م6", "ه6"]


# ------------------------------------------------------------ the keyness table


def test_a_short_name_never_wraps_in_a_table_and_a_long_text_does():
    from helpers.display import rtl_table

    df = pd.DataFrame(
        {
            "key_for": ["بقية القصص", "عين اليوم"],
            "title": ["عنوان طويل لقصة في صحيفة يومية سعودية", "قصير"],
        }
    )
    cells = rtl_table(df).data.split("<td ")[1:]
    assert "white-space:nowrap" in cells[0] and ">بقية القصص</td>" in cells[0]
    assert "white-space:pre-wrap" in cells[1]  # 38 characters: a text, it wraps
    headers = rtl_table(df).data.split("<th ")[1:]
    assert all("white-space:pre-wrap" in h for h in headers)  # headers still wrap


# ------------------------------------------ the forms listed for an entity are its own


def _mentions(body):
    from helpers.entities import extract_entities

    stories = pd.DataFrame({"story_id": ["s"], "title": [""], "body": [body]})
    return extract_entities(stories)[["surface", "entity_id", "method"]].values.tolist()


def test_an_aside_or_a_clause_in_brackets_is_no_short_form():
    """«رئيس الهلال (تحديدا)» (SaudiNewsNet 2015-07-24) made تحديدا a written form of
    نادي الهلال: an everyday noun's indefinite accusative (تحديد + ا) is an adverb.
    A present of the third person (يكسب) or a headline's clause after a name is no
    short form either."""
    hilal = _mentions("كما يجب على رئيس نادي الهلال (تحديدا) أن يحدد أدوار الأعضاء.")
    assert hilal == [["نادي الهلال", "org:al-hilal", "gazetteer"]]
    fateh = _mentions("وقال نادي الفتح «يكسب» الجولة الأولى")
    assert fateh == [["نادي الفتح", "org:al-fateh", "gazetteer"]]


def test_short_forms_in_brackets_stay():
    """The neighbours: short forms that end in alef (فيفا، ساما، كلانا) or are nouns in
    ت (تداول) are still the organisation's."""
    fifa = _mentions("قال الاتحاد الدولي لكرة القدم (فيفا) إن البطولة ستقام.")
    assert ["فيفا", "org:fifa", "gazetteer"] in fifa
    sama = _mentions("أعلنت مؤسسة النقد العربي السعودي (ساما) اليوم.")
    assert ["ساما", "org:sama", "gazetteer"] in sama
    kulana = _mentions(
        'وقعت جمعية الأمير فهد بن سلمان الخيرية لرعاية مرضى الفشل الكلوي "كلانا" عقدا'
    )
    assert [m[0] for m in kulana] == [
        "جمعية الأمير فهد بن سلمان الخيرية لرعاية مرضى الفشل الكلوي",
        "كلانا",
    ]


def test_a_long_name_is_cut_at_a_word_end_everywhere():
    """«الهيئة العامة للسياحة والترا…»: a table cell was cut mid-word (a chart label
    already ended at a word): both now take the one rule, display.cut_at_word. By hand:
    36 characters, cut to 29: the last space inside, after للسياحة (index 21), is in
    the second half (> 14), so the cell ends there."""
    from helpers.charts.labels import ellipsise
    from helpers.display import cut_at_word, shorten

    name = "الهيئة العامة للسياحة والتراث الوطني"
    assert shorten(name, 29) == "الهيئة العامة للسياحة…"
    assert ellipsise(name, 29) == shorten(name, 29) == cut_at_word(name, 29)
    assert shorten(name, 30) == "الهيئة العامة للسياحة والتراث…"  # the space at 29
    assert shorten("abcdefghijklmnop", 5) == "abcd…"  # no space: cut inside the word
    assert shorten(name, 1) == "…"


def test_a_cut_falls_at_a_no_break_space_or_tab_as_at_a_space():
    # the loader keeps U+00A0 (143 of 593 open-outlet bodies of 2015-08-01 hold one)
    from helpers.display import cut_at_word

    for gap in (" ", "\u00a0", "\t"):
        words = gap.join(["الهيئة", "العامة", "للسياحة", "والتراث"])
        assert cut_at_word(words, 20) == gap.join(["الهيئة", "العامة"]) + "…"
