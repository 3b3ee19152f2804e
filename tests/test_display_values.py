"""Session 7 (tables): coded values shown in Arabic, the cleaning report cut to what
changed, stories.csv without the second copy of the body and with its file column
named apart from a corpus's own ``source`` field. Values worked out by hand."""

import json
import re

import pandas as pd
import pytest

from helpers.display import (
    around_change,
    column_labels,
    interactive_table,
    rtl_table,
    value_label,
    value_labels,
    visible_controls,
)
from helpers.errors import ArgumentError, CorpusFormatError
from helpers.quotes import UNKNOWN_SPEAKER

# --- coded values in Arabic (value_names.tsv) ------------------------------------------


def test_coded_values_read_in_arabic_and_other_values_stay_the_same_object():
    assert value_label("type", "PERSON") == "شخص"
    assert value_label("type", "NORP") == "جنسية أو جماعة"
    assert value_label("method", "gazetteer") == "قائمة الأسماء"
    assert value_label("key_for", "reference") == "المرجع"
    # a text column's placeholder is no code: Arabic in the table itself, never relabelled
    assert value_label("speaker", UNKNOWN_SPEAKER) is UNKNOWN_SPEAKER
    assert value_label("is_stop", True) == "نعم" and value_label("unclosed", False) == "لا"
    name = "سيرغي لافروف"
    assert value_label("canonical", name) is name  # not a coded column
    assert value_label("type", name) is name  # not a code of that column
    assert value_label("count", 3) == 3


def test_rtl_table_shows_the_arabic_label_with_the_code_as_tooltip():
    df = pd.DataFrame({"canonical": ["لافروف"], "type": ["PERSON"], "unclosed": [False]})
    html = rtl_table(df).data
    assert 'title="PERSON">شخص</td>' in html
    assert 'title="False">لا</td>' in html
    assert ">لافروف</td>" in html and 'title="لافروف"' not in html
    assert ">PERSON<" not in html and ">False<" not in html
    assert df["type"].tolist() == ["PERSON"]  # the table keeps its codes


def test_interactive_table_shows_the_same_labels():
    df = pd.DataFrame({"zone": ["title", "body"], "type": ["LOC", "ORG"]})
    html = interactive_table(df).data
    assert "العنوان" in html and "النص" in html and "مكان" in html and "منظمة" in html
    assert df["zone"].tolist() == ["title", "body"]


def test_every_coded_column_has_an_arabic_header():
    headers = column_labels()
    for column in value_labels():
        assert column == "*" or column in headers, column


def test_a_broken_value_row_names_the_file_and_row(monkeypatch):
    import importlib.resources

    from helpers import display

    class Fake:
        def joinpath(self, _):
            return self

        def read_bytes(self):
            return b"column\tvalue\tlabel\ntype\tPERSON\n"

    display.value_labels.cache_clear()
    monkeypatch.setattr(importlib.resources, "files", lambda _: Fake())
    try:
        with pytest.raises(CorpusFormatError, match=r"value_names.tsv, line 2"):
            display.value_labels()
    finally:
        monkeypatch.undo()
        display.value_labels.cache_clear()


# --- the cleaning report cut to what changed --------------------------------------------


def test_around_change_shows_the_change_with_its_context():
    assert around_change("abcdefXghijk", "abcdefghijk", 3) == ("…defXghi…", "…defghi…")
    # a change at the start: no ellipsis on that side
    assert around_change("XYabcdef", "abcdef", 2) == ("XYab…", "ab…")


def test_a_dateline_cut_from_a_long_paragraph_shows_as_the_dateline():
    paragraph = "أعلنت الوزارة " + "و" * 200  # 214 characters
    text = "الرياض - واس: " + paragraph  # the dateline, 14 characters, then the paragraph
    shown, kept = around_change(text, paragraph)
    # the changed stretch is the dateline; 40 characters of the paragraph follow it
    assert shown == "الرياض - واس: " + paragraph[:40] + "…"
    assert kept == paragraph[:40] + "…"
    assert len(shown) == 14 + 40 + 1


def test_a_line_dropped_whole_shows_its_first_and_last_40_characters():
    line = "أ" * 50 + "ب" * 50
    assert around_change(line, "") == ("أ" * 40 + " … " + "ب" * 40, "")
    assert around_change("سطر قصير", float("nan")) == ("سطر قصير", "")
    with pytest.raises(ArgumentError, match="around_change: context"):
        around_change("a", "b", 0)


def test_cleaning_table_cuts_lines_and_names_reasons_in_arabic():
    from helpers.sections import cleaning_table

    para = "نص " * 40  # 120 characters
    report = pd.DataFrame(
        {
            "file": ["/c/a.json"],
            "line": [3],
            "text": [para + "\u202c"],
            "reason": ["bidi control characters removed"],
            "action": ["repaired"],
            "story_id": ["a-01"],
            "kept": [para],
        }
    )
    shown = cleaning_table(report)
    # the removed U+202C shown as its code, not as an invisible character; the 40
    # characters of context start on a space (para[-40:] is " نص نص ..."), so the shown
    # context starts after it, on a whole word (session 13: around_change cuts between
    # words)
    assert shown.loc[0, "text"] == "…" + para[-39:] + "⟨U+202C⟩"
    assert shown.loc[0, "kept"] == "…" + para[-39:]
    assert shown.loc[0, "reason"] == "محارف اتجاه النص أزيلت"
    assert report.loc[0, "text"] == para + "\u202c"  # the report keeps the line whole
    html = rtl_table(shown).data
    assert 'title="repaired">أُصلح</td>' in html


def test_a_removed_right_to_left_override_is_shown_as_its_code_not_obeyed():
    from helpers.sections import cleaning_table

    # U+202E reverses what follows it: shown raw, «ثم» after it would be drawn backwards
    line = "قال الوزير \u202eثم غادر"
    report = pd.DataFrame(
        {
            "file": ["a.json"],
            "line": [1],
            "text": [line],
            "reason": ["bidi control characters removed"],
            "action": ["repaired"],
            "story_id": ["a-01"],
            "kept": ["قال الوزير ثم غادر"],
        }
    )
    shown = cleaning_table(report)
    assert shown.loc[0, "text"] == "قال الوزير ⟨U+202E⟩ثم غادر"
    assert shown.loc[0, "kept"] == "قال الوزير ثم غادر"


def test_the_cleaning_table_names_the_kept_story_and_shows_controls_in_names_as_codes():
    from helpers.sections import cleaning_table

    # a copy whose file, id, title and kept story's id hold U+202E and HTML: the shown
    # reason names the kept story (as the CSV's does), every name is shown inert
    kept = "k\u202e<b>1"
    report = pd.DataFrame(
        {
            "file": ["a\u202e<i>.jsonl"],
            "line": [2],
            "text": ["عنوان \u202e<script>x</script>"],
            "reason": [f"duplicate story (same body as {kept})"],
            "action": ["dropped"],
            "story_id": ["d\u202e2"],
            "kept": [""],
        }
    )
    shown = cleaning_table(report)
    assert shown.loc[0, "reason"] == "قصة مكررة (نسخة أخرى من قصة مُبقاة): k⟨U+202E⟩<b>1"
    assert shown.loc[0, "file"] == "a⟨U+202E⟩<i>.jsonl"
    assert shown.loc[0, "story_id"] == "d⟨U+202E⟩2"
    assert shown.loc[0, "text"] == "عنوان ⟨U+202E⟩<script>x</script>"
    html = rtl_table(shown).data
    assert "\u202e" not in html and "<script>" not in html and "<b>" not in html
    assert "k⟨U+202E⟩&lt;b&gt;1" in html and "&lt;script&gt;" in html
    # another reason is its Arabic name alone
    other = report.assign(reason=["bidi control characters removed"])
    assert cleaning_table(other).loc[0, "reason"] == "محارف اتجاه النص أزيلت"


def test_invisible_and_control_characters_are_shown_as_codes():
    # one class for all (helpers.charsets.INVISIBLE and the control characters)
    assert visible_controls("a\u200db") == "a⟨U+200D⟩b"  # zero-width joiner
    assert visible_controls("\ufeffعنوان") == "⟨U+FEFF⟩عنوان"  # byte-order mark
    assert visible_controls("x\x01y\u2028z") == "x⟨U+0001⟩y⟨U+2028⟩z"
    assert visible_controls("\u2067ب\u2069") == "⟨U+2067⟩ب⟨U+2069⟩"  # an isolate
    assert visible_controls("a\tb") == "a\tb"  # a tab is a space to a reader
    assert visible_controls(None) is None


def test_around_change_never_cuts_inside_an_emoji_sequence_or_a_letter_and_its_marks():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl: 5 code points
    # the change (X) is 6 code points after the start; a context of 3 code points would
    # start inside the family: the whole emoji or none of it is shown
    assert around_change("a" + family + "X", "a" + family, 3) == ("…X", "…")
    # a context of 5 starts on the emoji's first code point: all of it shown
    assert around_change("a" + family + "X", "a" + family, 5) == ("…" + family + "X", "…" + family)
    # shadda and fatha (2 marks) on the second mim of محمد (code points م ح م ّ َ د, then
    # X at 6): a context of 2 or 3 reaches only the marks, so neither they nor their
    # letter are shown; a context of 4 reaches the letter, shown with its marks
    word = "محم\u0651\u064eد"
    assert around_change(word + "X", word, 2) == ("…دX", "…د")
    assert around_change(word + "X", word, 3) == ("…دX", "…د")
    marked = "م\u0651\u064eد"
    assert around_change(word + "X", word, 4) == ("…" + marked + "X", "…" + marked)
    # a long change is cut in the middle at grapheme edges too
    shown, _ = around_change(family * 3, "", 6)
    assert shown == family + " … " + family


# --- stories.csv ----------------------------------------------------------------------


def test_stories_csv_names_each_file_inside_the_corpus_not_on_this_machine(tmp_path):
    from helpers.sections import stories_csv

    corpus = tmp_path / "snn"
    corpus.mkdir()
    stories = pd.DataFrame(
        {
            "story_id": ["d-01", "e-01"],
            "source": [str(corpus / "2015-07-21.zip" / "2015-07-21.json"), "/elsewhere/x.txt"],
        }
    )
    out = stories_csv(stories, root=corpus)
    # relative to the corpus folder, with "/"; a path outside it as it was
    assert out["source_file"].tolist() == ["2015-07-21.zip/2015-07-21.json", "/elsewhere/x.txt"]
    # a corpus given as one file (a zip): relative to the folder holding it
    zipped = corpus / "2015-07-21.zip"
    zipped.write_bytes(b"")
    assert stories_csv(stories, root=zipped).loc[0, "source_file"] == (
        "2015-07-21.zip/2015-07-21.json"
    )
    assert stories.loc[0, "source"].startswith(str(tmp_path))  # the table keeps its path


def test_cleaning_report_names_its_files_as_stories_csv_does(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.sections import report_csv

    corpus = tmp_path / "snn"
    (corpus / "day1").mkdir(parents=True)
    # one story whose body holds a bidi control (U+202A): a repaired line in the report
    record = {"id": "s1", "title": "عنوان", "body": "قال \u202aالوزير إن الزيارة مهمة."}
    (corpus / "day1" / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n")
    _, report = load_corpus(corpus, return_report=True)
    assert report["file"].tolist() == [str(corpus / "day1" / "a.jsonl")]
    out = report_csv(report, root=corpus)
    assert out["file"].tolist() == ["day1/a.jsonl"]  # as stories.csv's source_file
    assert out.drop(columns="file").equals(report.drop(columns="file"))
    # a path outside the corpus is kept; no root: the report as it is
    far = report.assign(file="/elsewhere/x.txt")
    assert report_csv(far, root=corpus)["file"].tolist() == ["/elsewhere/x.txt"]
    assert report_csv(report) is report


def test_stories_csv_keeps_the_body_once_and_names_the_file_column_apart():
    from helpers.sections import stories_csv

    stories = pd.DataFrame(
        {
            "story_id": ["d-01"],
            "title": ["عنوان"],
            "body": ["فقرة أولى\n\nفقرة ثانية"],
            "paragraphs": [["فقرة أولى", "فقرة ثانية"]],
            "source": ["/corpora/snn/2015-07-21.zip/2015-07-21.json"],
            "outlet": ["aawsat"],
        }
    )
    out = stories_csv(stories)
    assert list(out.columns) == ["story_id", "title", "body", "source_file", "outlet"]
    assert out.loc[0, "source_file"] == "/corpora/snn/2015-07-21.zip/2015-07-21.json"
    assert out.loc[0, "body"].split("\n\n") == ["فقرة أولى", "فقرة ثانية"]
    # body is the paragraphs joined with a blank line (DEVELOPING: stories table)
    assert "\n\n".join(stories.loc[0, "paragraphs"]) == out.loc[0, "body"]
    assert "paragraphs" in stories.columns  # the table in memory is unchanged
    # a corpus field already named source_file is kept under the loader's meta_ rule
    clash = stories_csv(stories.assign(source_file="x.com"))
    assert clash.loc[0, "meta_source_file"] == "x.com"
    assert clash.loc[0, "source_file"].endswith("2015-07-21.json")
    with pytest.raises(CorpusFormatError, match="stories_csv"):
        stories_csv(pd.DataFrame({"title": ["x"]}))


def test_stories_csv_of_the_embedded_corpus(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.io import write_csv
    from helpers.sections import stories_csv

    stories = load_corpus("data/raw")
    path = write_csv(stories_csv(stories), tmp_path / "stories.csv")
    back = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    assert list(back.columns) == [
        "story_id",
        "title",
        "body",
        "captions",
        "photo_credits",
        "source_file",
        "encoding",
        "layout",
        "repairs",
    ]
    # the two stories' paragraphs, given back by the body alone
    for body, paragraphs in zip(back["body"], stories["paragraphs"], strict=True):
        assert body.split("\n\n") == list(paragraphs)
    assert back["source_file"].str.endswith("asharq-two-stories.txt").all()
    relative = stories_csv(stories, root="data/raw")
    assert relative["source_file"].tolist() == ["asharq-two-stories.txt"] * 2


# --- house spellings of عبد names out of word views ------------------------------------


def test_fused_and_spaced_abd_names_both_leave_word_views_and_stay_counted():
    """okaz and alriyadh write عبدالعزيز, other outlets عبد العزيز: with عبد a name part
    and العزيز's half a display stopword, only the fused spelling reached keyness of
    outlets. Both leave word views now; the counts keep both."""
    from helpers.freq import term_frequencies
    from helpers.text import display_stopwords, tokenize

    t = tokenize("استقبل عبدالعزيز وعبد العزيز ولعبدالله وعبد الله ضيوفهما عبدالإله")
    shown = term_frequencies(t, by=None, extra_stopwords=display_stopwords())
    # الله (13 % after a spaced عبد) stays a term, as before
    assert set(shown["term"]) == {"استقبل", "الله", "ضيوفهما"}
    counted = term_frequencies(t, by=None).set_index("term")["count"]
    assert counted["عبدالعزيز"] == 1 and counted["عبدالله"] == 1 and counted["عبدالاله"] == 1
    assert "عبده" not in display_stopwords()  # Abduh: a name of its own


def test_a_number_cell_does_not_wrap_and_a_text_cell_does():
    """A p-value such as 6.24e-86 broke after its minus sign onto a second line. A
    text longer than 24 characters wraps (a short name does not: session 12,
    test_charts12)."""
    import numpy as np

    label = "العيد في المملكة العربية السعودية"  # 33 characters
    df = pd.DataFrame({"label": [label], "p_value": [6.24e-86], "count": [np.int64(268)]})
    html = rtl_table(df).data
    cells = html.split("<td ")[1:]
    assert "white-space:pre-wrap" in cells[0] and "nowrap" not in cells[0]
    # session 17: a p-value column is written for humans, «< 0.001» (escaped)
    # read left to right (an isolate): «0.001 >» in the right-to-left cell read as
    # "greater than" (a newcomer, session 17); session 21: the text's own LRI ... PDI
    assert "white-space:nowrap" in cells[1] and ">\u2066&lt; 0.001\u2069</td>" in cells[1]
    assert "white-space:nowrap" in cells[2] and ">268</td>" in cells[2]


def test_a_date_id_or_file_cell_breaks_at_no_hyphen():
    """In the stories table of one SaudiNewsNet week (HTML export, 1,400 px) the date
    broke «2015-» / «07-21» and the story id at its hyphens."""
    long = "https://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=12345-abc"
    df = pd.DataFrame(
        {
            "story_id": ["2015-07-21/2015-07-21-01"],
            "date": ["2015-07-21"],
            "when": [pd.Timestamp("2015-07-21 02:51:32")],
            "title": ["بريطانيا: أربعة محاور - لمكافحة التطرف"],
            "url": [long],
        }
    )
    cells = [c.split(">", 1)[1] for c in rtl_table(df).data.split("<td ")[1:]]
    nowrap = '<span style="white-space:nowrap">'
    assert cells[0].startswith(f"{nowrap}2015-07-21/2015-07-21-01</span>")
    assert cells[1].startswith(f"{nowrap}2015-07-21</span>")
    assert cells[2].startswith(f"{nowrap}2015-07-21 02:51:32</span>")
    # text with spaces wraps as before; a token past 40 characters (72) may wrap too
    assert cells[3].startswith("بريطانيا: أربعة محاور - لمكافحة التطرف</td>")
    assert cells[4].startswith(f"{long}</td>")


def test_a_float_cell_never_reads_in_exponent_form_past_one_hundred():
    # notebook 05's key terms of a real week showed a G2 of 1,110.4 as «1.11e+03»
    # session 18: a G2 column is written with one decimal in every cell (display.DECIMALS,
    # one precision a column), so 1,110.4 keeps its decimal and 6.24e-86 reads 0.0
    values = [1110.4, 999.6, 320.4, 12345.6, 0.0866, 6.24e-86, -2.47]
    df = pd.DataFrame({"g2": values})
    cells = [
        re.sub("<[^>]+>", "", c.split(">", 1)[1].split("</td>", 1)[0])
        for c in rtl_table(df).data.split("<td ")[1:]
    ]
    assert cells == ["1,110.4", "999.6", "320.4", "12,345.6", "0.1", "0.0", "-2.5"]
    # a column of no named kind, a value at a time past 0.001 / 10**15 (number_text)
    from helpers.display import number_text

    shown = [number_text(v) for v in values]
    assert shown == ["1,110", "1,000", "320", "12,346", "0.0866", "6.24e-86", "-2.47"]


def test_p_values_are_written_for_humans_in_displays_only(tmp_path):
    """The keyness HTML showed 7.76e-55 beside 0.0312 (session 17): below 0.001 a
    p-value is «< 0.001», else 3 decimals; other columns keep the number rule, and the
    CSV keeps the float."""
    import numpy as np

    from helpers.display import p_value_text
    from helpers.errors import ArgumentError
    from helpers.io import write_csv

    # session 21: isolated left to right (LRI ... PDI), whatever shows it
    assert p_value_text(7.76e-55) == "\u2066< 0.001\u2069"
    assert p_value_text(0.000999) == "\u2066< 0.001\u2069"
    assert p_value_text(0.001) == "0.001"
    assert p_value_text(0.0312) == "0.031"
    assert p_value_text(0.5) == "0.500"
    assert p_value_text(1) == "1.000"
    for bad in (-0.1, 1.5, "0.1", True):
        with pytest.raises(ArgumentError):
            p_value_text(bad)
    df = pd.DataFrame({"g2": [7.76e-55, 245.31], "p_value": [7.76e-55, 0.0312]})
    df.loc[2] = [1.0, np.nan]
    html = rtl_table(df).data
    cells = re.findall(r"<td [^>]*>([^<]*)</td>", html)
    # g2 one decimal (display.DECIMALS, session 18); p_value: floor, 3 decimals, a dash
    # when missing
    assert cells == ["0.0", "\u2066&lt; 0.001\u2069", "245.3", "0.031", "1.0", "—"]
    path = write_csv(df, tmp_path / "k.csv")
    assert pd.read_csv(path)["p_value"].iloc[0] == pytest.approx(7.76e-55)


def test_an_id_beside_its_name_is_left_out_of_displays_only():
    """Notebook 03's mentions and entity tables showed entity ids (session 17): a
    display leaves out ``entity_id`` beside ``canonical`` and ``speaker_id`` beside
    ``speaker``; a table of ids alone keeps them; the table itself is unchanged."""
    df = pd.DataFrame(
        {
            "entity_id": ["rule:PERSON:احمد@s1"],
            "canonical": ["أحمد"],
            "speaker_id": ["phrase:الام@s1"],
            "speaker": ["الأم"],
            "count": [3],
        }
    )
    html = rtl_table(df).data
    assert "rule:PERSON" not in html and "phrase:" not in html
    assert "أحمد" in html and "الأم" in html
    assert "entity_id" in df.columns  # the table is not changed
    alone = rtl_table(df[["entity_id", "count"]]).data
    assert "rule:PERSON:احمد@s1" in alone
