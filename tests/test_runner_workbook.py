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
