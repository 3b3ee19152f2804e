"""Session 6 adversarial tests: the fixes of session 5's hostile defects, and new hostile
input against what sessions 5 and 6 built (``--fields``, selections, ``--group-by``
values, output folders, small and odd corpora).

A test that shows a defect not yet fixed is marked ``xfail(strict=True)`` with the
defect as its reason: the suite stays green while the defect is there and turns red
(XPASS) the day it is fixed; then drop the mark. Expected values are worked out by hand
from the input written in each test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hostile_input import LAVROV, _load
from jsonl_files import write_jsonl

# --- metadata fields each record names its own way ------------------------------------


def test_a_field_of_one_record_in_101_is_a_report_row_not_a_column(tmp_path):
    """101 records: 1 % is 1.01 records, so a field one record has (x) is left out and
    one two records have (y) is kept; author (a typed column) and note (named in
    fields=) are kept although one record has them."""
    rows = [{"title": f"خبر {i}", "body": LAVROV} for i in range(101)]
    rows[4]["x"] = "once"  # record 5, line 5
    rows[7]["y"] = "a"
    rows[9]["y"] = "b"
    rows[10]["author"] = "سعد"
    rows[0]["note"] = "n"  # a mapped field: the first record must have it
    stories, report = _load(
        write_jsonl(tmp_path / "f.jsonl", rows), boilerplate=False, fields={"note": "note"}
    )
    extra = list(stories.columns[10:])
    assert extra == ["note", "y", "author"]
    assert (stories["y"].iloc[7], stories["y"].iloc[9]) == ("a", "b")
    assert stories["y"].isna().sum() == 99
    dropped = report[report["text"] == "x"]
    assert len(dropped) == 1
    row = dropped.iloc[0]
    assert (row["line"], row["action"], row["story_id"]) == (5, "dropped", "f-05")
    assert "1 of 101 records" in row["reason"] and "fields=" in row["reason"]
    assert row["file"].endswith("f.jsonl")
    # the other report rows are not about fields
    assert (report["action"] == "dropped").sum() == 1


def test_four_thousand_records_each_with_its_own_field_make_no_square_table(tmp_path):
    """The session 5 finding: 4,000 records, each with a field named after it, made a
    table of 4,000 x 4,010 cells. Now: the ten shared columns plus outlet, and 4,000
    report rows, one a field, each saying 1 of 4,000."""
    rows = [
        {"title": f"خبر {i}", "body": LAVROV, "outlet": "okaz", f"x_{i}": i} for i in range(4000)
    ]
    stories, report = _load(write_jsonl(tmp_path / "own.jsonl", rows), boilerplate=False)
    assert stories.shape == (4000, 11)
    fields = report[report["reason"].str.startswith("metadata field")]
    assert len(fields) == 4000
    assert fields["text"].tolist()[:2] == ["x_0", "x_1"]
    assert fields["reason"].str.contains("in only 1 of 4,000 records").all()
    # one reason for them all (the name is the row's text): the cleaning chart of notebook
    # 01 drew eleven legend entries «metadata field 'x_1' in only 1…» and «غيرها (3989)»
    from helpers.charts.views import cleaning_chart

    fig = cleaning_chart(fields, stories, "outlet")
    legend = fig.axes[0].get_legend() or fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["حقل بيانات نادر لم يُجعل عموداً"]


def test_nine_records_each_with_its_own_field_keep_them_all(tmp_path):
    """9 records: one record is 11 % of them, over the 1 % share: every field is kept
    (the rule only bites where a field is rare in a large corpus)."""
    rows = [{"title": f"خبر {i}", "body": LAVROV, f"f{i}": "v"} for i in range(9)]
    stories, report = _load(write_jsonl(tmp_path / "nine.jsonl", rows), boilerplate=False)
    assert list(stories.columns[10:]) == [f"f{i}" for i in range(9)]
    assert not report["reason"].str.startswith("metadata field").any()


# --- output folders inside the corpus -------------------------------------------------


def test_the_command_line_refuses_processed_inside_the_corpus_naming_both(tmp_path, capsys):
    from helpers.__main__ import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("عنوان\n\n" + LAVROV, encoding="utf-8")
    inside = corpus / "results"
    rc = main(
        [
            "run",
            "--corpus",
            str(corpus),
            "--processed",
            str(inside),
            "--figures",
            str(tmp_path / "fig"),
            "--build",
            str(tmp_path / "build"),
        ]
    )
    err = capsys.readouterr().err
    assert rc == 1
    assert f"--processed {inside} is inside the corpus folder {corpus}" in err
    assert not inside.exists()  # refused before anything was created


def test_the_build_folder_equal_to_the_corpus_is_refused(tmp_path):
    from helpers.corpus import check_outputs_outside
    from helpers.errors import OutputError

    corpus = tmp_path / "c"
    corpus.mkdir()
    with pytest.raises(OutputError, match="--build"):
        check_outputs_outside(corpus, {"--build": tmp_path / "c" / "." / "x" / ".."})


def test_outputs_beside_a_corpus_file_or_above_a_corpus_folder_are_accepted(tmp_path):
    from helpers.corpus import check_outputs_outside

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text("", encoding="utf-8")
    # a file corpus has no inside; a parent folder of the corpus is not inside it
    assert check_outputs_outside(corpus / "a.jsonl", {"--processed": corpus / "out"}) is None
    assert check_outputs_outside(corpus, {"--processed": tmp_path}) is None


# --- selections ------------------------------------------------------------------------


@pytest.fixture
def dated(tmp_path):
    rows = [
        {"id": "a", "title": "أ", "body": LAVROV, "outlet": "okaz", "date": "2015-07-20"},
        {"id": "b", "title": "ب", "body": LAVROV, "outlet": "okaz", "date": "2015-07-26"},
        {"id": "c", "title": "ج", "body": LAVROV, "outlet": "sabq", "date": "2015-07-27"},
        {"id": "[1]", "title": "د", "body": LAVROV, "outlet": "sabq", "date": "2015-08-31"},
    ]
    stories, _ = _load(write_jsonl(tmp_path / "dated.jsonl", rows))
    return stories


@pytest.mark.parametrize(
    ("selection", "ids"),
    [
        # Sunday 26 July 2015 is in the week of Monday 20 July; Monday 27 starts the next
        ({"date:W": "2015-07-26"}, ["a", "b"]),
        ({"date:W": ["2015-07-22", "2015-07-29"]}, ["a", "b", "c"]),
        ({"date:M": "2015-08-01"}, ["[1]"]),
        ({"date:D": "2015-07-27"}, ["c"]),
    ],
)
def test_periods_by_any_of_their_days(dated, selection, ids):
    from helpers.corpus import select_stories

    assert select_stories(selection, stories=dated) == ids


@pytest.mark.parametrize("value", [{"a": 1}, [["okaz"]], [{"x": 1}], ["okaz", ["sabq"]]], ids=str)
def test_a_value_that_is_an_object_or_a_nested_list_names_the_key(dated, value):
    from helpers.corpus import select_stories
    from helpers.errors import SelectionError

    with pytest.raises(SelectionError, match=r"column 'outlet'.*a list of them"):
        select_stories({"outlet": value}, stories=dated, name="target")


def test_a_story_id_written_wholly_in_brackets_is_named_as_a_json_list(dated):
    from helpers.corpus import select_stories
    from helpers.grouping import read_parameter

    assert read_parameter('["[1]"]', "TARGET") == ["[1]"]
    assert select_stories(read_parameter('["[1]"]', "TARGET"), stories=dated) == ["[1]"]
    # only text written as an object or array is JSON: a bracket at one end is an id
    assert read_parameter("[draft] notes-01") == "[draft] notes-01"
    assert read_parameter("notes [draft]") == "notes [draft]"
    assert read_parameter("  {}  ") == {}


def test_an_empty_mapping_is_refused_by_select_stories_itself(dated):
    from helpers.corpus import select_stories
    from helpers.errors import SelectionError

    with pytest.raises(SelectionError, match="empty mapping"):
        select_stories({}, stories=dated, name="reference")


# --- fields= ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [{"date": "date", "Date ": "x"}, {"id": "url", "story_id": "guid"}],
    ids=["date-twice", "id-and-story_id"],
)
def test_fields_naming_one_column_twice_is_refused(tmp_path, fields):
    """Keys are compared stripped and lower-cased, story_id as id: two keys for one
    column used to keep the last silently (the date read from a field named x)."""
    from helpers.errors import ArgumentError

    path = write_jsonl(tmp_path / "a.jsonl", [{"title": "أ", "body": LAVROV, "date": "2015-07-21"}])
    with pytest.raises(ArgumentError, match=r"names the column '(date|id)' twice"):
        _load(path, fields=fields)


def test_a_number_in_a_selection_matches_the_outlet_the_loader_wrote_as_text(tmp_path):
    """JSON outlets 1 and true are loaded as the text "1" and "true" (typed column);
    --target '{"outlet": 1}' used to select no story (1 != "1")."""
    from helpers.corpus import select_stories

    rows = [
        {"id": "a", "title": "أ", "body": LAVROV, "outlet": 1, "n": 7},
        {"id": "b", "title": "ب", "body": LAVROV, "outlet": "1", "n": "7"},
        {"id": "c", "title": "ج", "body": LAVROV, "outlet": True, "n": 7.5},
        {"id": "d", "title": "د", "body": LAVROV, "outlet": 2},
    ]
    stories, _ = _load(write_jsonl(tmp_path / "num.jsonl", rows), boilerplate=False)
    assert stories["outlet"].tolist() == ["1", "1", "true", "2"]
    assert select_stories({"outlet": 1}, stories=stories) == ["a", "b"]
    assert select_stories({"outlet": [True, 2]}, stories=stories) == ["c", "d"]
    # n is kept as in the file (7, "7", 7.5, missing): 7 and "7" match both
    assert select_stories({"n": "7"}, stories=stories) == ["a", "b"]
    assert select_stories({"n": 7.5}, stories=stories) == ["c"]


# --- zip member names without the UTF-8 flag -------------------------------------------


def _zip_with_raw_name(path: Path, raw: bytes, record: dict) -> Path:
    """A zip of one .jsonl member whose name is the bytes ``raw`` + ``.jsonl``, stored
    without the UTF-8 flag (as macOS Archive Utility or an Arabic Windows writes it)."""
    import io
    import zipfile

    placeholder = b"P" * len(raw) + b".jsonl"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(placeholder.decode("ascii"), json.dumps(record, ensure_ascii=False) + "\n")
    data = buf.getvalue()
    assert data.count(placeholder) == 2  # local header and central directory
    path.write_bytes(data.replace(placeholder, raw + b".jsonl"))
    return path


@pytest.mark.parametrize(
    ("raw", "stem"),
    [
        ("أخبار".encode(), "أخبار"),  # UTF-8 bytes, no flag (macOS)
        ("خبر عاجل".encode("cp720"), "خبر عاجل"),  # the Arabic DOS code page (Windows)
        ("خبر عاجل".encode("cp1256"), "خبر عاجل"),  # the Arabic ANSI code page (Windows)
        ("تقرير الظهيرة".encode("cp1256"), "تقرير الظهيرة"),  # ظ ة ء: letters cp720 lacks
        ("café".encode("cp437"), "café"),  # a Western DOS name stays as zipfile reads it
    ],
    ids=["utf8", "cp720", "cp1256", "cp1256-more", "cp437"],
)
def test_zip_member_names_without_the_utf8_flag(tmp_path, raw, stem):
    """zipfile reads a name without the flag as cp437: «أخبار» came out as «╪ú╪«╪¿╪º╪▒»
    in story ids and the report."""
    path = _zip_with_raw_name(tmp_path / "day.zip", raw, {"title": "أ", "body": LAVROV})
    stories, _ = _load(path)
    assert stories["story_id"].tolist() == [f"day/{stem}-01"]
    assert stories["source"].iloc[0].endswith(f"day.zip/{stem}.jsonl")


# --- charts of hostile group values (views) --------------------------------------------


def test_a_very_long_group_value_does_not_widen_the_small_multiples():
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from helpers.charts.views import top_terms_by_group

    long = "x" * 300
    freq = pd.DataFrame(
        {
            "outlet": ["okaz", "okaz", long, long],
            "term": ["أ", "ب", "أ", "ب"],
            "label": ["أ", "ب", "أ", "ب"],
            "count": [3, 2, 3, 2],
            "per_1000": [30.0, 20.0, 30.0, 20.0],
        }
    )
    fig = top_terms_by_group(freq, "outlet")
    try:
        FigureCanvasAgg(fig).draw()
        drawn = fig.get_tightbbox(fig.canvas.get_renderer()).width  # inches
        assert drawn <= 1.2 * fig.get_size_inches()[0]
    finally:
        plt.close(fig)


# --- the check before the run: a REFERENCE equal to the default target ----------------


def test_a_reference_equal_to_the_default_target_is_refused_before_the_notebooks():
    """Embedded corpus, `--reference asharq-two-stories-01` alone: notebook 04 takes the
    first story as TARGET (the default), which is the reference; the run used to pass
    the check, run notebooks 01-03 and fail in 04 ('select the same stories')."""
    from helpers.corpus import load_corpus
    from helpers.display import PROJECT_ROOT
    from helpers.errors import SelectionError
    from helpers.study import check_options

    stories = load_corpus(PROJECT_ROOT / "data" / "raw")
    with pytest.raises(
        SelectionError,
        match=r"^TARGET \(not given: asharq-two-stories-01\) and REFERENCE: target and "
        "reference select the same stories",
    ):
        check_options(stories, reference="asharq-two-stories-01")
    check_options(stories, reference="asharq-two-stories-02")  # the other story: fine


def test_a_reference_holding_the_largest_group_is_refused_before_the_notebooks(tmp_path):
    """12 stories, okaz 5, sabq 4, wam 3, GROUP_BY outlet: the default target is okaz,
    the largest group; a REFERENCE of okaz and sabq overlaps it."""
    from helpers.corpus import default_target
    from helpers.errors import SelectionError
    from helpers.study import check_options

    outlets = ["okaz"] * 5 + ["sabq"] * 4 + ["wam"] * 3
    rows = [{"title": f"خبر {i}", "body": LAVROV, "outlet": o} for i, o in enumerate(outlets)]
    stories, _ = _load(write_jsonl(tmp_path / "g.jsonl", rows), boilerplate=False)
    assert default_target(stories, "outlet") == {"outlet": "okaz"}
    assert default_target(stories) == "g-01"
    with pytest.raises(SelectionError, match="stories in both target and reference: g-01"):
        check_options(stories, group_by="outlet", reference='{"outlet": ["okaz", "sabq"]}')
    check_options(stories, group_by="outlet", reference='{"outlet": "wam"}')


def test_term_scatter_dots_of_shared_terms_are_visible():
    import matplotlib.pyplot as plt

    from helpers.charts import term_scatter
    from helpers.corpus import zones
    from helpers.freq import keyness
    from helpers.text import tokenize_zones

    stories = pd.DataFrame(
        {"story_id": ["a", "b"], "title": ["خبر"] * 2, "body": [LAVROV] * 2, "captions": [[]] * 2}
    )
    table = keyness(tokenize_zones(zones(stories)), "a", "b")
    assert set(table["log_odds_z"]) == {0.0}  # identical texts: nothing leans either way
    fig = term_scatter(table)
    try:
        dots = fig.axes[0].collections[0]
        colours = list(dots.get_facecolors()) + list(dots.get_edgecolors())
        # some colour of every dot (face or edge) is darker than light grey
        assert colours and min(max(c[:3]) for c in colours) < 0.85
    finally:
        plt.close(fig)


# --- record fields ---------------------------------------------------------------------


def test_a_null_title_is_an_empty_title_and_null_both_a_skipped_record(tmp_path):
    """A scraper writes null for a missing title: the story was refused with 'record has
    no title field (its fields: title, body)', a message that contradicts itself."""
    rows = [
        {"id": "a", "title": None, "body": LAVROV},
        {"id": "b", "title": None, "body": None},
        {"id": "c", "title": "ج", "body": LAVROV},
    ]
    stories, report = _load(write_jsonl(tmp_path / "null.jsonl", rows), boilerplate=False)
    assert stories["story_id"].tolist() == ["a", "c"]
    assert stories["title"].tolist() == ["", "ج"]
    skipped = report[report["action"] == "skipped"]
    assert skipped["story_id"].tolist() == ["b"]


@pytest.mark.parametrize(
    ("key", "column"),
    # a NUL between two characters is a space since session 17 (strip_controls)
    [("\u202eoutlet", "outlet"), ("a\x00b", "a b"), (" Author\u200f ", "author")],
    ids=["rlo", "nul", "rlm"],
)
def test_control_characters_in_field_names_are_removed(tmp_path, key, column):
    """A field named '\\u202eoutlet' became a column of that name: reversed in every
    table header, CSV and workbook; one with a NUL could not be a file name."""
    path = write_jsonl(tmp_path / "k.jsonl", [{"title": "أ", "body": LAVROV, key: "x"}])
    stories, _ = _load(path)
    assert list(stories.columns[10:]) == [column]
    assert stories[column].tolist() == ["x"]


def test_a_csv_header_with_a_bidi_override_names_the_column_without_it(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text(f"title,body,\u202eoutlet\nأ,{LAVROV},okaz\n", encoding="utf-8")
    stories, _ = _load(path)
    assert stories["outlet"].tolist() == ["okaz"]


def test_a_json_field_without_a_name_is_refused_when_it_holds_a_value(tmp_path):
    from helpers.errors import CorpusFormatError

    path = write_jsonl(tmp_path / "e.jsonl", [{"title": "أ", "body": LAVROV, "": "x"}])
    with pytest.raises(CorpusFormatError, match=r"e\.jsonl, line 1: a field has no name"):
        _load(path)
    # empty, as a spreadsheet's trailing column: left out
    path = write_jsonl(tmp_path / "e.jsonl", [{"title": "أ", "body": LAVROV, "\u200f": ""}])
    stories, _ = _load(path)
    assert "" not in stories.columns and len(stories.columns) == 10


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # ISO without leading zeros was refused while 21/7/2015 was read
        ("2015-7-21", "2015-07-21 00:00"),
        ("2015-7-21 9:05", "2015-07-21 09:05"),
        # a Hijri date, "corresponding to", the Gregorian one (Saudi datelines)
        ("1436/10/05 هـ الموافق 21/07/2015", "2015-07-21 00:00"),
        ("الثلاثاء 5 شوال 1436 هـ الموافق 21 يوليو 2015م", "2015-07-21 00:00"),  # a Tuesday
        ("١٤٣٦/١٠/٥ هـ - ٢٠١٥/٠٧/٢١", "2015-07-21 00:00"),
    ],
)
def test_dates_scrapers_write(cell, expected):
    from helpers.corpus.dates import parse_date

    ts, why = parse_date(cell)
    assert why == "" and ts.strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize("cell", ["5 شوال 1436 هـ", "١٤٣٦/١٠/٥ هـ"])
def test_a_hijri_date_alone_is_named_as_such(cell):
    from helpers.corpus.dates import parse_date

    assert parse_date(cell) == (None, "a Hijri (AH) date only; only Gregorian dates are read")


def test_a_story_id_with_spaces_around_is_the_story(dated):
    from helpers.corpus import select_stories

    assert select_stories(" a ", stories=dated) == ["a"]


def test_a_half_written_json_selection_is_named_as_such(dated):
    """'{"outlet": "okaz"' (no closing brace) is not written as JSON, so it is text: a
    story id; the error says it is no JSON selection either."""
    from helpers.corpus import select_stories
    from helpers.errors import SelectionError
    from helpers.grouping import read_parameter

    text = '{"outlet": "okaz"'
    assert read_parameter(text) == text
    with pytest.raises(SelectionError, match="is no JSON selection either"):
        select_stories(read_parameter(text), stories=dated, name="target")


def test_a_week_named_by_any_of_its_days_is_labelled_by_its_monday(tmp_path):
    """GROUP_BY date:W, TARGET {"date:W": "2015-07-22"} (a Wednesday): the side is the
    week of Monday 20 July and is named as the week's group is, «أسبوع 20 يوليو 2015»;
    a day of the date column under the week unit is named as that day, not as a week
    starting on it; 05/08/2015 is 5 August (day first), as the selection reads it."""
    from helpers.study import open_study

    rows = [
        {"id": "a", "title": "أ", "body": LAVROV, "date": "2015-07-20"},
        {"id": "b", "title": "ب", "body": f"{LAVROV} 2", "date": "2015-07-26"},
        {"id": "c", "title": "ج", "body": f"{LAVROV} 3", "date": "2015-08-05"},
        {"id": "d", "title": "د", "body": f"{LAVROV} 4", "date": "2015-05-08"},
    ]  # bodies apart by a number: one body four times would be one story and 3 copies
    study = open_study(write_jsonl(tmp_path / "w.jsonl", rows), group_by="date:W")
    side = study.compare('{"date:W": "2015-07-22"}')
    assert (side.target_ids, side.target_name) == (["a", "b"], "أسبوع 20 يوليو 2015")
    side = study.compare('{"date": "2015-07-26"}')
    assert (side.target_ids, side.target_name) == (["b"], "26 يوليو 2015")
    side = study.compare('{"date:W": "05/08/2015"}')
    assert (side.target_ids, side.target_name) == (["c"], "أسبوع 3 أغسطس 2015")
    # the reference is named by the same rule (it was shown raw: «2015-07-22»)
    side = study.compare('{"date:W": "2015-08-06"}', '{"date:W": "2015-07-22"}')
    assert (side.target_name, side.reference_name) == (
        "أسبوع 3 أغسطس 2015",
        "أسبوع 20 يوليو 2015",
    )
    assert study.compare('{"date:W": "2015-08-06"}').reference_name == "بقية القصص"


def test_a_backslash_in_a_zip_member_name_is_a_folder(tmp_path):
    """Old Windows tools write 'day\\\\a.json'; the story id kept the backslash
    ('bs/day\\\\a-01') beside 'bs/day/a-01' of the member day/a.json. Now both are
    day/a.json: the second copy gets ~2, as a repeated member name does; and
    '..\\\\..\\\\evil.json' is refused as a path outside the archive."""
    import zipfile

    path = tmp_path / "bs.zip"
    with zipfile.ZipFile(path, "w") as z:
        for name, title in (("day\\a.json", "أ"), ("day/a.json", "ب"), ("..\\..\\e.json", "ج")):
            z.writestr(name, json.dumps([{"title": title, "body": LAVROV}], ensure_ascii=False))
    stories, report = _load(path)
    assert stories["story_id"].tolist() == ["bs/day/a.json-01", "bs/day/a.json~2-01"]
    assert stories["title"].tolist() == ["ب", "أ"]  # day/a.json sorts before day\a.json
    assert report["text"].tolist() == ["..\\..\\e.json"]
    assert report["action"].tolist() == ["skipped"]


# --- column names as the file writes them ----------------------------------------------


def test_group_by_the_name_as_the_file_writes_it(tmp_path):
    from helpers.grouping import choose_group_by

    path = tmp_path / "c.csv"
    path.write_text(
        f"title,body,Outlet\nأ,{LAVROV},okaz\nب,{LAVROV},okaz\nج,{LAVROV},sabq\n",
        encoding="utf-8",
    )
    stories, _ = _load(path)
    assert choose_group_by(stories, "Outlet").by == "outlet"


def test_a_selection_by_the_name_as_the_file_writes_it(tmp_path):
    from helpers.corpus import select_stories

    path = tmp_path / "c.csv"
    path.write_text(f"title,body,Outlet\nأ,{LAVROV},okaz\nب,{LAVROV},sabq\n", encoding="utf-8")
    stories, _ = _load(path)
    assert select_stories({"Outlet": "okaz"}, stories=stories) == ["c-01"]
