"""Session 21 (hostfix21): a hostile tester's confirmed defects, each fixed as a kind.
Every expected value below is worked out by hand from the rule it tests."""

import numpy as np
import pandas as pd
import pytest

from helpers.display import escape_markdown, markdown_code, rtl_markdown

# ------------------------------- 1. data is never read as Markdown (nor as HTML)

#: The tester's outlet name: a code span, a table bar, emphasis, a javascript: link,
#: an HTML tag and an entity, then Arabic.
HOSTILE = "`code` | *bold* [x](javascript:alert(1)) <i>i</i> &amp; سبق"


def _rendered(text: str) -> str:
    """``text`` as the notebook's HTML export renders it (nbconvert's mistune)."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(rtl_markdown(text))


def test_escape_markdown_escapes_markup_after_html():
    # & < > as entities first, then each of \ ` * _ [ ] | ~ backslash-escaped
    assert escape_markdown("*x* <b>") == "\\*x\\* &lt;b&gt;"
    assert escape_markdown("a_b\\c~d|e") == "a\\_b\\\\c\\~d\\|e"
    assert escape_markdown("[x](y)") == "\\[x\\](y)"
    # a line break starts no block: it is a space
    assert escape_markdown("a\n# h") == "a # h"


def test_a_hostile_name_shows_literally_in_the_sides_line():
    import html

    from helpers.study import Comparison

    side = Comparison({"outlet": HOSTILE}, None, ["a1"], ["b1", "b2"], HOSTILE, "بقية القصص")
    out = _rendered(side.describe())
    for tag in ("<a", "<em>", "<code>", "<i>", "<table"):
        assert tag not in out
    # the name reads as written (its entity &amp; shows as the five characters «&amp;»)
    assert f"= {HOSTILE} (قصة واحدة)؛" in html.unescape(out)
    assert "<strong>أ</strong>" in out  # the line's own Markdown still works


def test_markdown_code_fences_past_the_backticks_of_its_value():
    assert markdown_code("outlet") == "`outlet`"
    assert markdown_code("a`b") == "``a`b``"
    assert markdown_code("`a") == "`` `a ``"
    assert markdown_code("x\ny") == "`x y`"
    out = _rendered(f"العمود {markdown_code('a`*b*` [x](javascript:1)')} هنا")
    assert "<em>" not in out and "<a" not in out
    assert "<code>a`*b*` [x](javascript:1)</code>" in out


def test_a_hostile_column_name_stays_in_its_code_span_in_the_unit_note():
    from helpers.grouping import choose_group_by

    col = "x` *b* `y"
    stories = pd.DataFrame({"story_id": [f"s{i}" for i in range(10)], col: ["a", "b"] * 5})
    out = _rendered(choose_group_by(stories, col).describe())
    assert "<em>" not in out
    assert out.count("<code>x` *b* `y</code>") == 2  # the unit and the reason


# ------------------------------------ 2. terms over time: a small period's 0 is no point


def _tester_series(**extra):
    day1, day2 = pd.Timestamp("2015-07-20"), pd.Timestamp("2015-07-21")
    return pd.DataFrame(
        {
            "period": [day1, day1, day2, day2],
            "group": ["A", "B", "A", "B"],
            "key": "k",
            "label": "حج",
            "count": [5, 0, 0, 0],
            "per_1000": [50.0, 0.0, 0.0, 0.0],
            **extra,
        }
    )


def test_zeros_of_small_periods_are_left_out_and_nothing_left_is_no_chart():
    from helpers.charts import ChartWarning, time_series_chart
    from helpers.charts.skeleton import is_empty_figure

    # the tester's table: A on day 1 holds 5 * 1000 / 50 = 100 tokens (< 1,000); the
    # three zeros have tokens 100, 300, 400 (the column time_series writes): all small
    table = _tester_series(tokens=[100, 100, 300, 400])
    with pytest.warns(ChartWarning, match="لا نقطة فوق الصفر في الكلمات المختارة بعد حذف 4 نقاط"):
        fig = time_series_chart(table)
    assert is_empty_figure(fig)
    # without a tokens column only A's 50 says its tokens (100): left out; the zeros'
    # cells have no rate above 0, so their tokens are unknown and they are kept: zeros
    # only, no chart still
    with pytest.warns(ChartWarning, match="بعد حذف نقطة واحدة من أقل من 1,000 كلمة"):
        assert is_empty_figure(time_series_chart(_tester_series()))


def test_a_zero_of_a_large_period_is_drawn_and_a_flat_key_has_no_panel():
    from helpers.charts import time_series_chart

    table = _tester_series(tokens=[2000, 2000, 3000, 400])
    table["per_1000"] = [2.5, 0.0, 0.0, 0.0]
    flat = table.assign(key="z", label="صفر", count=0, per_1000=0.0)
    fig = time_series_chart(pd.concat([table, flat], ignore_index=True))
    axes = [ax for ax in fig.axes if ax.lines]
    assert len(axes) == 1  # the key «صفر» with zeros only has no panel
    ys = {ln.get_label(): ln.get_ydata() for ln in axes[0].lines if ln.get_label()[0] != "_"}
    a, b = ys["A"], ys["B"]
    # A: 2.5 (2,000 tokens), 0 (3,000): both drawn; B: 0 (2,000), then 0 of 400: out
    # (one point of the panel drawn; the flat key's own small point is not counted)
    assert a.tolist() == [2.5, 0.0]
    assert b[0] == 0.0 and np.isnan(b[1])
    text = fig._suptitle.get_text()
    assert "حُذفت نقطة واحدة من أقل من 1,000 كلمة" in text
    assert "تُركت كلمة واحدة لا نقطة لها فوق الصفر" in text


# ------------------ 3. side B leaves out the stories without a value of the unit


def _jsonl(path, outlets):
    import json

    lines = [
        json.dumps(
            {"id": f"n{k}", "title": f"عنوان {k}", "body": f"نص القصة رقم {k} " * 20, "outlet": o},
            ensure_ascii=False,
        )
        for k, o in enumerate(outlets)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_rest_leaves_out_stories_with_no_outlet_and_is_named_by_its_one_outlet(tmp_path):
    from helpers.sections import contrast
    from helpers.study import open_study

    # 5 of سبق, 4 of عكاظ, then an empty, a blank and a null outlet (the tester's 3)
    path = _jsonl(tmp_path / "c.jsonl", ["سبق"] * 5 + ["عكاظ"] * 4 + ["", " ", None])
    study = open_study(path, group_by="outlet")
    side = study.compare()
    # B: the 4 stories of عكاظ (n5..n8), not 7; one outlet left, so named by it
    assert side.reference_ids == ["n5", "n6", "n7", "n8"]
    assert side.describe() == "**أ** = سبق (5 قصص)؛ **ب** = عكاظ (4 قصص)."
    # the keyness table counts the same B
    assert contrast(study, None, None).reference_ids == ["n5", "n6", "n7", "n8"]


# ------------- 4. a period unit on a corpus none of whose dates could be read


def test_group_by_a_period_without_any_readable_date_says_so_and_names_the_corpus(tmp_path):
    import json

    from helpers.errors import ArgumentError
    from helpers.study import open_study

    path = tmp_path / "dates.jsonl"
    rows = [
        {"id": f"x{i}", "title": "t", "body": f"نص القصة {i} " * 9, "date": f"غدا {i}"}
        for i in range(3)
    ]
    rows.append({"id": "x3", "title": "t", "body": "نص آخر " * 9})  # no date field at all
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    with pytest.raises(ArgumentError) as err:
        open_study(path, group_by="date:D")
    text = str(err.value)
    assert "GROUP_BY 'date:D': no story of " in text and "dates.jsonl has a readable date" in text
    # the three values that are no date (the fourth story has none to read)
    assert "the cleaning report lists 3 date values it could not read" in text
    assert "--fields" not in text and "has columns" not in text


# --------------------- 5. notebook 01 says why stories over time is not drawn


def test_undated_overview_says_no_story_has_a_date(tmp_path):
    from helpers.charts import ChartWarning
    from helpers.sections import chart_note, corpus_overview
    from helpers.study import open_study

    path = _jsonl(tmp_path / "u.jsonl", ["سبق"] * 5 + ["عكاظ"] * 5)  # 10 stories, no date
    study = open_study(path)
    with pytest.warns(ChartWarning) as caught:
        names = [name for name, _ in corpus_overview(study)]
    assert names == ["01_story_lengths", "01_cleaning"]
    notes = [chart_note(str(w.message)) for w in caught]
    assert "_لم يُرسم الشكل: لا تاريخ لأي قصة._" in notes


# -------------------- 6. the duplicate rule refuses two stories of one id


def test_two_stories_of_one_id_are_refused_not_called_copies():
    from helpers.corpus.duplicates import drop_duplicates, story_hashes
    from helpers.errors import ArgumentError

    a = {"story_id": "s1", "title": "عنوان", "paragraphs": ["نص أول"], "outlet": "سبق"}
    b = {"story_id": "s1", "title": "عنوان", "paragraphs": ["نص آخر تماما"], "outlet": "سبق"}
    cut = [{"story_id": "s1", "paragraphs": ["نص أول"]}]
    with pytest.raises(ArgumentError, match="story_hashes: the story_id 's1' is given to more"):
        story_hashes([a, b], cut)
    with pytest.raises(ArgumentError, match="'s1'"):
        story_hashes([a, b])
    with pytest.raises(ArgumentError, match=r"story_hashes \(cut\): the story_id 's1'"):
        story_hashes([a], cut * 2)
    # the cluster path drops copies by id: it refuses them too
    with pytest.raises(ArgumentError, match="drop_duplicates: the story_id 's1'"):
        drop_duplicates([a, b], None, {"s1": "s0"})
    # distinct ids: as before, two stories of different bodies are no copies
    assert len(story_hashes([a, {**b, "story_id": "s2"}])) == 2


# ---------------------------------------------------------------------- 7. display


def test_shorten_cuts_before_a_code_and_writes_fffd_for_a_lone_surrogate():
    from helpers.display import shorten

    # «ab⟨U+202E⟩cdefghij» (18) cut to 6 fell inside the code («ab⟨U+…»): before it
    assert shorten("ab\u202ecdefghij", 6) == "ab…"
    assert shorten("\u202eabcdefghijklm", 6) == "…"  # the code first: nothing before it
    assert shorten("ab\u202ecdefghij", 12) == "ab⟨U+202E⟩c…"  # the whole code fits
    assert shorten("x\udcffy") == "x\ufffdy"  # as the docstring says (was «x?y»)


def test_rtl_table_refuses_two_columns_of_one_name():
    from helpers.display import rtl_table
    from helpers.errors import ArgumentError

    with pytest.raises(ArgumentError, match="more than one column named 'a'"):
        rtl_table(pd.DataFrame([[1, 2]], columns=["a", "a"]))


def test_scatter_term_labels_pass_the_one_safe_text():
    from helpers.charts.scatter import marker_label

    df = pd.DataFrame({"term": ["evil", "x"], "label": ["\u202eevil", "و\u2067x"]})
    a, b = np.array([1, 2]), np.array([1, 2])
    assert marker_label(df, a, b, 0) == "evil"
    df2 = df.assign(term=["evil", "aaa"])
    a2, b2 = np.array([1, 1]), np.array([1, 1])
    # one marker of two words: both cleaned, joined by «، »
    assert marker_label(df2, a2, b2, 0) == "evil، وx"


def test_the_loader_names_both_files_of_one_id_before_looking_for_copies(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.errors import CorpusFormatError

    # the same id and the same body in two files: the loader's own error, naming both
    # files (as at c11bf34), comes before the duplicate rule's guard (story_hashes)
    record = '{"id": "x", "title": "عنوان", "body": "نص الخبر نفسه في الملفين هنا."}\n'
    (tmp_path / "a.jsonl").write_text(record, "utf-8")
    (tmp_path / "b.jsonl").write_text(record, "utf-8")
    with pytest.raises(CorpusFormatError, match="story ids are not unique: 'x' is given by"):
        load_corpus(tmp_path)
