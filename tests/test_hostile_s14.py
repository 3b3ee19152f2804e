"""A hostile tester's session-14 findings, each a reproduction with values worked out by hand.

- A CSV row with fewer cells than the header (a body with an unquoted line break cuts its
  record in two) was read as two stories with their cells moved one column on: now a
  ``CorpusFormatError`` naming the file, the line and the columns the row lacks.
- A word written with the alef wasla of vocalised text (ٱلله) was split as the article +
  له: the exception list is compared with the wasla read as the bare alef it is.
- A zip whose only members are zips (or paths outside the archive) said only that it held
  no corpus member: the message names the members and what to do.
"""

from __future__ import annotations

import io
import json
import warnings
import zipfile

import pytest

from helpers.corpus import KhabarWarning, load_corpus
from helpers.errors import CorpusFormatError, EmptyCorpusError
from helpers.text import tokenize

AR = "قال الوزير إن المشروع سيبدأ قريبا"


def _load(f, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KhabarWarning)
        return load_corpus(f, progress=False, **kw)


# --- CSV rows short of the header ----------------------------------------------------


def test_csv_body_with_an_unquoted_line_break_is_refused_not_read_as_two_stories(tmp_path):
    # before: 3 stories, the second titled «إن المشروع سيبدأ قريبا» with body «سبق» and
    # outlet «2015-08-01»
    f = tmp_path / "news.csv"
    f.write_text(
        "title,body,outlet,date\n"
        "عنوان أول,قال الوزير محمد العلي\n"
        "إن المشروع سيبدأ قريبا,سبق,2015-08-01\n"
        "عنوان ثان,نص الخبر الثاني,عكاظ,2015-08-02\n",
        encoding="utf-8",
    )
    with pytest.raises(
        CorpusFormatError,
        match=r"news\.csv, line 2: row has 2 fields but the header has 4 columns "
        r"\(no cell for outlet, date\)",
    ):
        _load(f)


def test_csv_row_of_one_cell_names_the_missing_columns(tmp_path):
    f = tmp_path / "one.csv"
    f.write_text(f"title,body\nعنوان,{AR}\nعنوان فقط\n", encoding="utf-8")
    with pytest.raises(
        CorpusFormatError,
        match=r"one\.csv, line 3: row has 1 field but the header has 2 columns "
        r"\(no cell for body\)",
    ):
        _load(f)


def test_csv_empty_cells_and_unnamed_trailing_columns_are_still_accepted(tmp_path):
    f = tmp_path / "ok.csv"
    # empty cells written as ,, ; a header with unnamed trailing columns the rows omit
    f.write_text(f"title,body,outlet,date,,\nعنوان,{AR},,\n", encoding="utf-8")
    st = _load(f)
    assert (len(st), st.title[0], st.body[0], st.outlet[0]) == (1, "عنوان", AR, "")


def test_csv_quoted_line_break_is_one_story(tmp_path):
    f = tmp_path / "quoted.csv"
    f.write_text(f'title,body,outlet\nعنوان,"{AR}\nإن العمل مستمر",سبق\n', encoding="utf-8")
    st = _load(f)
    assert (len(st), st.body[0], st.outlet[0]) == (1, f"{AR}\n\nإن العمل مستمر", "سبق")


# --- the alef wasla --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "clitics", "base"),
    [
        ("ٱلله", "", "الله"),  # was ال + له
        ("ٱللَّهِ", "", "الله"),  # vocalised as in the Quran
        ("ٱللهم", "", "اللهم"),  # was ال + لهم
        ("وٱلله", "و", "الله"),
        ("الله", "", "الله"),  # the plain spelling, unchanged
        ("ٱلرحمن", "ال", "رحمن"),  # the article written with the wasla is still split
        ("ٱلكتاب", "ال", "كتاب"),
    ],
)
def test_alef_wasla_is_read_as_the_bare_alef(word, clitics, base):
    row = tokenize(word).iloc[0]
    assert (row.surface, row.clitics, row.base) == (word, clitics, base)


def test_alef_wasla_and_plain_spelling_count_as_one_key():
    tokens = tokenize("قال ٱلله تعالى والله أعلم")
    assert tokens.base.tolist().count("الله") == 2


# --- zips without a corpus member ------------------------------------------------------


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members:
            z.writestr(name, data)
    return path


def test_zip_of_zips_names_the_inner_archives_and_says_what_to_do(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("day.json", json.dumps([{"title": "t", "body": AR}]))
    f = _zip(tmp_path / "days.zip", [("a.zip", inner.getvalue()), ("b.zip", inner.getvalue())])
    with pytest.raises(EmptyCorpusError) as info:
        _load(f)
    assert str(info.value) == (
        f"{f}: zip holds no .txt, .csv, .jsonl or .json member (it holds a.zip, b.zip) "
        "(a zip inside a zip is not read: unzip the outer archive and give its folder, "
        "whose .zip files are read)"
    )


def test_zip_of_paths_outside_the_archive_names_them(tmp_path):
    f = _zip(tmp_path / "slip.zip", [("../x.json", "[]")])
    with pytest.raises(EmptyCorpusError, match=r"\(it holds \.\./x\.json\) \(a member path"):
        _load(f)


def test_zip_of_zips_in_a_folder_is_a_skipped_row_naming_them(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("day.json", json.dumps([{"title": "t", "body": AR}]))
    _zip(tmp_path / "days.zip", [("a.zip", inner.getvalue())])
    (tmp_path / "b.txt").write_text(AR, encoding="utf-8")
    st, report = _load(tmp_path, return_report=True)
    assert len(st) == 1
    rows = report[report.file == str(tmp_path / "days.zip")]
    assert rows.reason.tolist() == [
        "zip holds no .txt, .csv, .jsonl or .json member (it holds a.zip); a zip inside a "
        "zip is not read: unzip the outer archive and give its folder, whose .zip files "
        "are read"
    ]


# --- the article written onto a number -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "clitics", "base"),
    [
        ("الـ20", "ال", "20"),  # was the word الـ (key ال, the key of آل) and 20
        ("ال2015", "ال", "2015"),
        ("بالـ250", "ب+ال", "250"),
        ("والـ48", "و+ال", "48"),
        ("للـ5", "ل+ال", "5"),
        ("ولل٥", "و+ل+ال", "5"),
        ("و2006", "و", "2006"),  # proclitics without the article, as before
        ("وب2006", "و+ب", "2006"),
        ("لـ2015", "ل", "2015"),
    ],
)
def test_article_written_onto_a_number_belongs_to_the_number(text, clitics, base):
    tokens = tokenize(text)
    assert tokens[["surface", "kind", "clitics", "base"]].values.tolist() == [
        [text, "number", clitics, base]
    ]


def test_article_on_a_number_is_not_counted_as_the_word_al():
    from helpers.freq import count_terms

    counts = count_terms(["القمة الـ20 والـ48 بالـ250 للـ5 في الرياض آل سعود"])
    # only آل (family) is counted under the key ال; the numbers are no words
    assert dict(zip(counts.term, counts["count"], strict=True)) == {
        "ال": 1,
        "رياض": 1,
        "سعود": 1,
        "قمة": 1,
    }
    tokens = tokenize("القمة الـ20 في الرياض")
    assert tokens.surface.tolist() == ["القمة", "الـ20", "في", "الرياض"]


def test_a_word_ending_in_al_before_digits_is_still_a_word():
    tokens = tokenize("جمال2015")
    assert tokens[["surface", "kind"]].values.tolist() == [["جمال", "word"], ["2015", "number"]]


# --- a CSV separated by semicolons, tabs or vertical bars ------------------------------


@pytest.mark.parametrize(
    ("sep", "said"), [(";", "semicolons (;)"), ("\t", "tabs"), ("|", "vertical bars (|)")]
)
def test_csv_with_another_separator_says_which(tmp_path, sep, said):
    f = tmp_path / "excel.csv"
    f.write_text(f"\ufeffTitle{sep}Body{sep}outlet\nعنوان{sep}{AR}{sep}سبق\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError) as info:
        _load(f)
    assert str(info.value) == (
        f"{f}, line 1: CSV has no body or title column (columns found: "
        f"Title{sep}Body{sep}outlet) (the columns are separated by {said}, not commas: "
        "save the file as comma-separated CSV (UTF-8))"
    )


def test_csv_without_title_keeps_the_mapping_hint(tmp_path):
    f = tmp_path / "other.csv"
    f.write_text(f"headline,content\nعنوان,{AR}\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match=r"map yours: fields="):
        _load(f)


def test_csv_files_joined_with_their_headers_are_refused_at_the_second_header(tmp_path):
    # before: 3 stories, the second titled «title» with body «body» of the outlet «outlet»
    f = tmp_path / "all.csv"
    f.write_text(
        f"title,body,outlet\nعنوان,{AR},سبق\nTitle, Body ,OUTLET\nعنوان2,{AR} أيضا,عكاظ\n",
        encoding="utf-8",
    )
    with pytest.raises(
        CorpusFormatError,
        match=r"all\.csv, line 3: row repeats the header \(files joined one after another\?\)",
    ):
        _load(f)


def test_csv_story_with_one_cell_like_its_column_name_is_read(tmp_path):
    f = tmp_path / "one.csv"
    f.write_text(f"title,body\ntitle,{AR}\n", encoding="utf-8")
    st = _load(f)
    assert (st.title[0], st.body[0]) == ("title", AR)
