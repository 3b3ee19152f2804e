"""rtl_table: escaped cells, each cell and the caption taking the direction of its text."""

import re

import pandas as pd
import pytest

from helpers.display import PROJECT_ROOT, escape_html, rtl_table, shorten, shown_path, wrote
from helpers.entities import story_html
from helpers.errors import ArgumentError
from helpers.kwic import concordance_html


def test_caption_and_cells_follow_their_own_direction():
    html = rtl_table(
        pd.DataFrame({"label": ["الأسد"], "count": [8]}), caption="678 tokens in 2 stories"
    ).data
    # a Latin caption inside a right-to-left table must not read "tokens in 2 stories 678"
    assert '<caption dir="auto">678 tokens in 2 stories</caption>' in html
    # 2 header cells and the text cell by their first strong letter; the number cell
    # left to right whatever the viewer (session 24: dir="ltr", isolated)
    assert html.count("unicode-bidi:plaintext") == 3
    assert html.count('dir="ltr"') == 1
    assert html.count("direction:ltr;unicode-bidi:isolate") == 1
    assert '<table class="khabar-table" dir="rtl">' in html


def test_markup_in_cells_and_caption_is_shown_as_text():
    html = rtl_table(pd.DataFrame({"<b>": ["<script>alert(1)</script>"]}), caption="<i>x</i>").data
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# --- issue 14: one escaping helper, bounded displays ------------------------------------

HOSTILE = "<img src=x onerror=\"document.title='KHABARXSS'\">"


def test_escape_html_leaves_no_tag_and_no_attribute_exit():
    assert escape_html(HOSTILE) == (
        "&lt;img src=x onerror=&quot;document.title=&#x27;KHABARXSS&#x27;&quot;&gt;"
    )
    assert escape_html("a & b") == "a &amp; b"
    assert escape_html(["<a>", 1]) == "&lt;a&gt; | 1"


def test_escape_html_replaces_lone_surrogates_so_the_export_is_utf8():
    # a file name with an undecodable byte (0xff) arrives as the lone surrogate U+DCFF;
    # written U+FFFD, as shorten's docstring says (session 21: it was «?»)
    assert escape_html("ملف\udcff.txt") == "ملف\ufffd.txt"


def test_shorten_cuts_to_the_limit_with_an_ellipsis():
    assert shorten("abcdef", 4) == "abc…"
    assert shorten("abcd", 4) == "abcd"
    assert len(shorten("ب" * 10_000_000)) == 300  # a 10 MB title shows 300 characters
    assert shorten("x" * 1000, None) == "x" * 1000
    with pytest.raises(ArgumentError, match=r"shorten: limit must be a whole number >= 1"):
        shorten("x", 0)


def test_table_of_a_10_mb_title_is_bounded_and_names_the_full_file():
    title = "خبر " * 2_500_000  # 10,000,000 characters
    df = pd.DataFrame({"story_id": [f"s{i}" for i in range(60)], "title": [title] * 60})
    html = rtl_table(df, source="/x/processed/stories.csv").data
    assert len(html) < 50 * 1000  # 50 rows x 300 characters, not 500 MB
    assert html.count("…</td>") == 50
    # outside the project only the file's folder and name are shown, never the full path
    # session 19: in Arabic (10 صفوف: 3-10 the plural), the file kept left to right
    note = '… لم يظهر هنا 10 صفوف؛ الجدول كاملاً في <bdi dir="ltr">…/processed/stories.csv</bdi>'
    assert note in html


def test_paths_are_shown_relative_to_the_project_root(tmp_path, monkeypatch, capsys):
    root = PROJECT_ROOT
    assert shown_path(root / "data" / "processed" / "stories.csv") == "data/processed/stories.csv"
    assert (
        shown_path(str(root / "build/runs/snn/processed/x.csv")) == "build/runs/snn/processed/x.csv"
    )
    assert shown_path(root / "notebooks" / ".." / "figures") == "figures"
    # a notebook's relative default, from the notebooks folder
    monkeypatch.chdir(root / "notebooks")
    assert shown_path("../data/processed/keyness.csv") == "data/processed/keyness.csv"
    # outside the project: the last two parts only
    assert shown_path("/home/ana/corpora/gaza/day1.txt") == "…/gaza/day1.txt"
    assert shown_path("/day1.txt") == "…/day1.txt"
    assert shown_path("/") == "…"
    # a relative path leading out of the project stays as written
    assert shown_path("../../elsewhere/a.csv") == "../../elsewhere/a.csv"
    assert shown_path(tmp_path / "a" / "b.csv", root=tmp_path) == "a/b.csv"
    # the main job's staging folder is shown as the folder its files are moved into
    staged = root / "build/runs/snn/processed/.khabar-run/stories.csv"
    assert shown_path(staged) == "build/runs/snn/processed/stories.csv"
    assert shown_path("/srv/x/processed/.khabar-run/keyness.csv") == "…/processed/keyness.csv"
    assert wrote(root / "data/processed/stories.csv", "/srv/x/processed/quotes.csv") is None
    # session 21: one Arabic Markdown list, each path in a code span (printed outside
    # a notebook as its text)
    out = "- كُتب `data/processed/stories.csv`\n- كُتب `…/processed/quotes.csv`\n"
    assert capsys.readouterr().out == out
    with pytest.raises(ArgumentError, match=r"shown_path: path must be a file or folder path"):
        shown_path(3)


def test_path_columns_are_shown_relative_and_the_table_keeps_them():
    stories = pd.DataFrame(
        {
            "story_id": ["a-01", "b-01"],
            "source": [str(PROJECT_ROOT / "data/raw/a.txt"), "/home/ana/gaza/b.txt"],
            "title": ["/home/ana/not-a-path-column", "t"],
        }
    )
    html = rtl_table(stories).data
    assert ">data/raw/a.txt<" in html and ">…/gaza/b.txt<" in html
    assert "/home/ana/gaza" not in html and str(PROJECT_ROOT) not in html
    assert "/home/ana/not-a-path-column" in html  # other columns are shown as they are
    assert stories["source"].iloc[1] == "/home/ana/gaza/b.txt"


def test_hostile_ids_are_escaped_in_highlighted_stories_and_concordances():
    zones = pd.DataFrame({"story_id": [HOSTILE], "zone": ["<b>title"], "text": ["نص <i>"]})
    mentions = pd.DataFrame(
        columns=["story_id", "zone", "start", "end", "type", "canonical"]
    ).astype({"start": int, "end": int})
    out = story_html(zones, mentions, HOSTILE)
    assert "<b>" not in out and "<i>" not in out and "&lt;b&gt;title" in out
    conc = pd.DataFrame(
        {"story_id": [HOSTILE], "left": ["<svg onload=x>"], "keyword": ["k"], "right": ["r"]}
    )
    conc.attrs["terms"] = ["<script>"]
    out = concordance_html(conc)
    assert "<img" not in out and "<svg" not in out and "<script>" not in out
    assert "&lt;img src=x onerror=&quot;document.title=&#x27;KHABARXSS&#x27;&quot;&gt;" in out


def test_interactive_table_escapes_and_numbers_its_tables(monkeypatch):
    from unittest import mock

    import helpers.display as d

    monkeypatch.setattr(d, "_INTERACTIVE", {"ready": False, "count": 0})
    df = pd.DataFrame({"<b>": ["<script>alert(1)</script>", "ب" * 1000]})
    with mock.patch("IPython.display.display") as display:
        first = d.interactive_table(df, caption="<i>x</i>").data
        second = d.interactive_table(df).data
    assert display.call_count == 2  # the DataTables bundle (and its set-up) once only
    assert 'id="khabar-table-1"' in first and 'id="khabar-table-2"' in second
    for html in (first, second):
        assert "<script>alert" not in html and "<b>" not in html
    assert "<i>" not in first and "&lt;i&gt;x&lt;/i&gt;" in first
    assert "ب" * 299 + "…" in first and "ب" * 300 not in first  # cells cut to 300


def test_interactive_table_without_itables_is_the_static_table(monkeypatch):
    import sys

    import helpers.display as d

    monkeypatch.setitem(sys.modules, "itables", None)
    df = pd.DataFrame({"a": ["<x>"]})
    assert d.interactive_table(df, caption="c").data == rtl_table(df, caption="c").data


def test_missing_values_show_as_a_dash_not_nan():
    import numpy as np

    # (a column other than speaker, whose empty cell is «(غير معروف)» since session 14)
    df = pd.DataFrame({"name": ["أ", None, np.nan], "n": [1.5, np.nan, 2.0]})
    html = rtl_table(df).data
    assert "nan" not in html.lower() and "None" not in html
    assert html.count("—") == 3  # one missing name written None, one NaN, one NaN count


# --- session 6: Arabic headers in what the reader sees, English names in the tables ----


def test_displayed_headers_are_arabic_and_the_table_keeps_its_english_names():
    df = pd.DataFrame({"term": ["مطر"], "count": [3], "per_1000": [2.5], "story_id": ["a-01"]})
    html = rtl_table(df).data
    headers = [
        '<th style="{s}" title="term">مفتاح الكلمة</th>',
        '<th style="{n}" title="count">عدد المرات</th>',
        '<th style="{n}" title="per_1000">لكل 1,000 كلمة</th>',
        '<th style="{s}" title="story_id">معرّف القصة</th>',
    ]
    style = "text-align:start;unicode-bidi:plaintext;padding:2px 8px;vertical-align:top;"
    style += "white-space:pre-wrap"
    # number columns' headers at the right, over their cells (session 10b)
    number = style.replace("text-align:start", "text-align:right")
    assert "".join(h.format(s=style, n=number) for h in headers) in html
    assert list(df.columns) == ["term", "count", "per_1000", "story_id"]  # not renamed


def test_a_column_khabar_does_not_know_is_shown_by_its_name_without_tooltip():
    from helpers.display import column_label

    assert column_label("category") == "category"  # a corpus's own metadata field
    assert column_label(0) == "0"
    assert column_label("log_ratio") == "لوغاريتم النسبة"
    html = rtl_table(pd.DataFrame({"category": ["رياضة"]})).data
    assert ">category</th>" in html and "title=" not in html


def test_interactive_headers_are_arabic_and_a_shared_label_is_numbered(monkeypatch):
    from unittest import mock

    import helpers.display as d

    monkeypatch.setattr(d, "_INTERACTIVE", {"ready": False, "count": 0})
    # «group» and «folder» are both shown as «المجموعة»: itables needs distinct names
    df = pd.DataFrame({"group": ["أ"], "folder": ["ب"], "speaker": ["ج"]})
    with mock.patch("IPython.display.display"):
        html = d.interactive_table(df).data
    assert "المجموعة" in html and "المجموعة 2" in html and "المتحدث" in html
    assert "speaker" not in html
    assert list(df.columns) == ["group", "folder", "speaker"]


def test_every_column_the_docs_name_for_a_shown_table_has_one_arabic_label():
    from helpers.display import column_labels

    labels = column_labels()
    # the columns of the tables notebooks 02 and 04 show (DEVELOPING.md)
    for column in ["label", "term", "count", "per_1000", "rank", "df", "g2", "p_value"]:
        assert column in labels
    assert labels["per_1000_target"] == "لكل 1,000 كلمة في الهدف"
    assert labels["count_reference"] == "عدد المرات في المرجع"
    assert "count_b" not in labels  # session 17: one naming scheme, target / reference
    assert all(label.strip() and label != column for column, label in labels.items())


def test_every_number_cell_reads_left_to_right():
    """Session 24: «< 0.001» showed as «0.001 >» in a right-to-left keyness table. Every
    number cell (count, float, negative, p-value) carries dir="ltr" and the isolate
    style; text and missing cells keep the first-strong-letter rule."""
    df = pd.DataFrame(
        {
            "label": ["العراق", "بشار"],
            "count": [8, 0],
            "log_ratio": [-1.6, 1.65],
            "p_value": [0.0001, 0.5],
            "note": ["نص", None],
        }
    )
    html = rtl_table(df).data
    cells = re.findall(r"<td [^>]*>.*?</td>", html)
    assert len(cells) == 10
    numbers = [c for c in cells if 'dir="ltr"' in c]
    # 2 rows x 3 number columns, and no text cell
    assert len(numbers) == 6
    assert all("direction:ltr;unicode-bidi:isolate" in c for c in numbers)
    assert all("unicode-bidi:plaintext" not in c for c in numbers)
    shown = [re.sub(r"<[^>]+>", "", c) for c in numbers]
    assert shown == ["8", "-1.60", "\u2066&lt; 0.001\u2069", "0", "1.65", "0.500"]
    texts = [c for c in cells if 'dir="ltr"' not in c]
    assert len(texts) == 4 and all("unicode-bidi:plaintext" in c for c in texts)
