"""The run's tables.xlsx leaves out tables too large for a sheet (their CSVs have them)."""

import re
import zipfile

import pandas as pd

import helpers.notebooks as nbmod
from helpers.io import write_csv


def _sheets(book):
    with zipfile.ZipFile(book) as z:
        return re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode("utf-8"))


def test_large_tables_stay_in_their_csv(tmp_path, monkeypatch, capsys):
    # 3 rows x 2 columns + header = 8 cells; 30 rows x 2 + header = 62 cells
    write_csv(pd.DataFrame({"term": ["ا", "ب", "ت"], "count": [3, 2, 1]}), tmp_path / "small.csv")
    write_csv(pd.DataFrame({"term": ["ث"] * 30, "count": range(30)}), tmp_path / "large.csv")
    monkeypatch.setattr(nbmod, "WORKBOOK_MAX_CELLS", 10)
    assert nbmod._csv_cells(tmp_path / "small.csv") == 8
    assert nbmod._csv_cells(tmp_path / "large.csv") == 62
    book = nbmod._write_workbook(tmp_path)
    assert book == tmp_path / "tables.xlsx"
    assert _sheets(book) == ["about", "small"]
    assert "large.csv left out (over 10 cells; open the CSV)" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["large.csv", "small.csv", "tables.xlsx"]
    monkeypatch.setattr(nbmod, "WORKBOOK_MAX_CELLS", 1000)
    assert _sheets(nbmod._write_workbook(tmp_path)) == ["about", "large", "small"]


def test_a_csv_of_few_cells_but_many_bytes_stays_out(tmp_path, monkeypatch, capsys):
    # the stories table of a big corpus: few cells, every body (2 x 3,000 bytes here)
    body = "ب" * 1500  # 1,500 letters of 2 bytes each in UTF-8
    write_csv(
        pd.DataFrame({"story_id": ["s-01", "s-02"], "body": [body, body]}), tmp_path / "stories.csv"
    )
    write_csv(pd.DataFrame({"term": ["ا"], "count": [1]}), tmp_path / "keyness.csv")
    monkeypatch.setattr(nbmod, "WORKBOOK_MAX_BYTES", 5_000_000 // 1000)  # 5,000 bytes
    book = nbmod._write_workbook(tmp_path)
    assert _sheets(book) == ["about", "keyness"]
    assert "stories.csv left out (over 0.005 MB; open the CSV)" in capsys.readouterr().err


def test_cells_of_a_csv_count_records_not_lines(tmp_path):
    """stories.csv of the full corpus (20,291 stories x 13 columns = 263,783 cells)
    was counted as 2,403,999 (its 184,923 lines) and left out of tables.xlsx. A
    quoted field holding line breaks or commas is one cell."""
    path = tmp_path / "stories.csv"
    path.write_bytes(
        "\ufeff".encode()
        + b'id,"body, with a comma"\r\n'
        + b'1,"line one\nline two\r\nline three"\r\n'
        + b"2,plain\r\n"
        + b'3,"a ""quoted"" word,\nand a comma"\r\n'
    )
    # 4 records (the header's included) x 2 columns; 8 lines and 3 commas in the header
    assert nbmod._csv_cells(path) == 8
    # counting stops once over the limit: records 1-3 give 6 cells > 5
    assert nbmod._csv_cells(path, stop=5) == 6
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert nbmod._csv_cells(empty) == 0


def test_a_story_body_longer_than_the_csv_modules_field_limit_is_one_cell(tmp_path):
    path = tmp_path / "long.csv"
    write_csv(pd.DataFrame({"id": ["a", "b"], "body": ["ن" * 200_000, "x\ny"]}), path)
    assert nbmod._csv_cells(path) == 6
