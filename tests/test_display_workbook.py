"""Session 7 (tables): tables.xlsx's first sheet lists every table of the run, its CSV
and whether it is in the workbook, so a table left out (too large for a sheet) is
named in the workbook itself. Cells read from the sheet's XML, values by hand."""

import re
import zipfile

import pandas as pd

from helpers.io import write_csv, write_workbook


def _about_rows(book) -> list[list[str]]:
    with zipfile.ZipFile(book) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    rows = []
    for row in re.findall(r"<row [^>]*>(.*?)</row>", xml):
        cells = re.findall(r'<c r="([A-Z]+)\d+"[^>]*>(?:<is><t>(.*?)</t></is>|<v>(.*?)</v>)', row)
        line = {col: text or number for col, text, number in cells}
        rows.append([line.get(c, "") for c in "ABCDE"])
    return rows


def test_about_lists_every_table_and_whether_it_is_in_the_workbook(tmp_path):
    write_csv(pd.DataFrame({"term": ["ا", "ب"], "count": [2, 1]}), tmp_path / "keyness.csv")
    write_csv(pd.DataFrame({"story_id": ["s-01"]}), tmp_path / "quotes.csv")
    book = write_workbook(tmp_path, left_out=["mentions.csv", "stories.csv"])
    rows = _about_rows(book)
    note = "left out of this workbook (too large for a sheet): open the CSV"
    assert rows == [
        ["sheet", "file", "rows", "in this workbook", "note"],
        ["keyness", "keyness.csv", "2", "yes", ""],
        ["—", "mentions.csv", "", "no", note],
        ["quotes", "quotes.csv", "1", "yes", ""],
        ["—", "stories.csv", "", "no", note],
    ]
    with zipfile.ZipFile(book) as z:  # the about sheet comes first, then one per table
        names = re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode())
    assert names == ["about", "keyness", "quotes"]


def test_pandas_reads_the_workbook_back_with_its_values(tmp_path):
    # openpyxl is a requirement so that a user's pd.read_excel opens tables.xlsx
    write_csv(
        pd.DataFrame({"term": ["السعودية", "=1+1"], "count": [12, 3], "per_1000": [1.25, 0.5]}),
        tmp_path / "keyness.csv",
    )
    book = write_workbook(tmp_path)
    sheets = pd.read_excel(book, sheet_name=None)
    assert list(sheets) == ["about", "keyness"]
    keyness = sheets["keyness"]
    assert keyness["term"].tolist() == ["السعودية", "=1+1"]  # a formula-like cell stays text
    assert keyness["count"].tolist() == [12, 3]
    assert keyness["per_1000"].tolist() == [1.25, 0.5]
