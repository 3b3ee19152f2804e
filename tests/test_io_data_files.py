"""Session 10: one reader for khabar's language-data files (helpers.io).

A hostile tester found the gazetteer's comma-separated lists read their own way
(``gazetteer._lines`` and ``line.split(",", 1)``): ``sports_names.csv`` with a row
without a comma gave a raw ValueError, an extra column was merged into the name, and a
byte-order mark before the first comment made the header a club called ``name``. Every
list and table of ``helpers/*/data`` now goes through ``helpers.io.read_data_rows``
(tables, ``.tsv`` or ``.csv``) or ``helpers.io.read_data_list`` (one entry a line).
"""

from __future__ import annotations

import pytest

import helpers.io as hio
from helpers import display
from helpers.entities import gazetteer
from helpers.errors import CorpusFormatError, GazetteerError, KhabarError

SPORTS = "helpers/entities/data/sports_names.csv"
HEADER = ("entity_id", "name")
GOOD_CSV = "# clubs\nentity_id,name\n\norg:al-hilal,الهلال\n# a comment\norg:al-nassr, النصر \n"
WANT = [("org:al-hilal", "الهلال"), ("org:al-nassr", "النصر")]


def csv_rows(text: str | bytes):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return hio._data_rows(raw, SPORTS, HEADER, GazetteerError, ",")


def test_a_csv_list_with_comments_blank_lines_and_spaces():
    assert csv_rows(GOOD_CSV) == (HEADER, WANT)
    # CRLF line ends read the same
    assert csv_rows(GOOD_CSV.replace("\n", "\r\n")) == (HEADER, WANT)


def test_a_byte_order_mark_before_the_first_comment_is_dropped():
    # read as text with the mark kept, the comment line was taken for the header and
    # the real header became a club with the id "entity_id" and the name "name"
    rows = csv_rows("\ufeff" + GOOD_CSV)[1]
    assert rows == WANT
    assert ("entity_id", "name") not in rows


def test_a_quoted_cell_may_hold_a_comma():
    text = 'entity_id,name\norg:x,"نادي الاتحاد, جدة"\norg:y,"قال ""لا"""\n'
    assert csv_rows(text)[1] == [("org:x", "نادي الاتحاد, جدة"), ("org:y", 'قال "لا"')]


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ("entity_id,name\norg:al-hilal الهلال\n", 2, "not 2 non-empty comma-separated"),
        ("entity_id,name\norg:al-hilal,الهلال,الرياض\n", 2, "not 2 non-empty"),
        ("entity_id,name\n\n# c\norg:al-hilal,\n", 4, "not 2 non-empty"),
        ('entity_id,name\norg:x,"الهلال\n', 2, "unclosed or stray double quote"),
        ("id,name\norg:x,الهلال\n", 1, "the header is 'id,name', expected 'entity_id,name'"),
    ],
    ids=["no comma", "extra column", "empty cell", "unclosed quote", "wrong header"],
)
def test_a_malformed_row_names_the_file_and_line(text, line, what):
    with pytest.raises(GazetteerError, match=what) as err:
        csv_rows(text)
    assert err.value.line == line
    assert str(err.value).startswith(f"{SPORTS}, line {line}: ")


def test_a_file_in_a_windows_code_page_says_so():
    with pytest.raises(GazetteerError, match=r"sports_names\.csv: not UTF-8 .*save the file"):
        csv_rows("entity_id,name\norg:al-hilal,الهلال\n".encode("cp1256"))
    with pytest.raises(KhabarError, match=r"f\.txt: not UTF-8"):
        hio._data_list("الدوري\n".encode("cp1256"), "f.txt", KhabarError)


def test_a_list_file_drops_the_mark_comments_and_blank_lines():
    text = "\ufeff# words\r\nالدوري\r\n\r\n  مباراة  # a match\r\n#\r\nسعيد\tcommon\r\n"
    got = hio._data_list(text.encode("utf-8"), "f.txt", KhabarError, ("common",))
    assert got == ["الدوري", "مباراة", "سعيد\tcommon"]


def test_the_gazetteer_lists_go_through_the_reader(package_file):
    package_file("helpers.entities", "sports_names.csv", b"entity_id,name\norg:x\n")
    with pytest.raises(GazetteerError, match=r"sports_names\.csv, line 2"):
        gazetteer.sports_names.__wrapped__()
    package_file("helpers.entities", "sports_context.txt", "\ufeffالدوري\n".encode())
    assert gazetteer.sports_context.__wrapped__() == frozenset({"الدوري"})
    package_file("helpers.entities", "press.txt", "org:reuters\n".encode("utf-16"))
    with pytest.raises(GazetteerError, match=r"press\.txt: not UTF-8"):
        gazetteer.agency_ids.__wrapped__()


def test_the_display_files_go_through_the_reader(package_file):
    package_file("helpers", "column_names.tsv", b"column\tlabel\ncount\n")
    with pytest.raises(CorpusFormatError, match=r"column_names\.tsv, line 2: .*not 2 non-empty"):
        display.column_labels.__wrapped__()
    package_file("helpers", "column_names.tsv", "column\tlabel\ncount\tعدد\ncount\tمرات\n".encode())
    with pytest.raises(CorpusFormatError, match="'count' is listed twice"):
        display.column_labels.__wrapped__()
    package_file("helpers", "value_names.tsv", b"column\tvalue\tlabel\n*\tTrue\n")
    with pytest.raises(CorpusFormatError, match=r"value_names\.tsv, line 2"):
        display.value_labels.__wrapped__()


def test_the_shipped_tables_read_as_before():
    # counted by hand in the files (rows after the header, comments left out)
    sports = gazetteer.sports_names()
    # 56, orgdata10's ten nicknames (الزعيم … السيتي), orgs13's Cairo الأهلي, orgs15's
    # سان جيرمان and ريمس
    assert len(sports) == 69
    assert ("org:al-ahly", "الأهلي") in sports
    assert sports[:2] == (("org:al-hilal", "الهلال"), ("org:al-nassr", "النصر"))
    # 20, and orgs15's 41 short names of the Tadawul and Dubai reports, and orgs17b's
    # معادن (no longer an alias of its row: "metals")
    assert len(gazetteer.stock_names()) == 62
    assert gazetteer.stock_names()[0] == ("org:alinma", "الإنماء")
    assert len(gazetteer.newspaper_names()) == 16
    assert ("org:sabq", "سبق") in gazetteer.newspaper_names()
    # media.csv through the curated-file reader: its rows are outlets bylines credit
    assert {"org:france24", "org:sky-news-arabia", "org:sabq"} <= gazetteer.press_ids()
    assert {"الدوري", "مباراة", "المباراة"} <= gazetteer.sports_context()
    assert display.column_labels()["story_id"] == "معرّف القصة"
    assert display.value_labels()["*"]["True"] == "نعم"


def test_the_text_layer_tables_go_through_the_reader(package_file):
    import importlib

    from helpers.text.normalize import _key

    spelling = importlib.import_module("helpers.text.spelling")
    stopwords = importlib.import_module("helpers.text.stopwords")  # the module, not the function

    bad = "variant\tcanonical\tsource\n# c\nأمريكي\tأميركي\n"
    package_file("helpers.text", "spelling_variants.tsv", bad.encode())
    with pytest.raises(KhabarError, match=r"spelling_variants\.tsv, line 3: .*not 3 non-empty"):
        spelling._variants.__wrapped__(_key({}))
    good = "\ufeffform\tclass\tsource\nكانت\tkana\tSaudiNewsNet\n"
    package_file("helpers.text", "stopwords_added.tsv", good.encode())
    assert stopwords._added_rows.__wrapped__() == (("كانت", "kana"),)


@pytest.mark.parametrize(
    "line",
    ["سعيد\tcommon\tx", "سعيد\tcomon", "\tcommon"],
    ids=["third cell", "misspelt flag", "no name"],
)
def test_a_first_name_line_with_a_bad_flag_names_its_line(package_file, line):
    # «name<TAB>common<TAB>x» was read silently as a name without its flag
    package_file("helpers.text", "first_names.txt", f"# names\nأمل\n{line}\n".encode())
    with pytest.raises(GazetteerError, match=r"first_names\.txt, line 3: .*not one entry") as err:
        gazetteer.first_names.__wrapped__()
    assert err.value.line == 3


def test_a_first_name_file_with_a_mark_before_its_comment(package_file):
    # the mark made the first comment line an entry, a first name «# names»
    raw = "\ufeff# names\nأمل\tcommon\nرافايل\n".encode()
    package_file("helpers.text", "first_names.txt", raw)
    package_file_extra = b"# none\n"
    real = hio._package_bytes

    def both(pkg: str, nm: str) -> bytes:
        return package_file_extra if nm == "first_names_extra.txt" else real(pkg, nm)

    hio._package_bytes, saved = both, hio._package_bytes
    try:
        names = gazetteer.first_names.__wrapped__()
    finally:
        hio._package_bytes = saved
    assert names == {"امل": True, "رافايل": False}


def test_a_list_without_flags_refuses_a_tab():
    with pytest.raises(KhabarError, match=r"f\.txt, line 1: .*then no tab"):
        hio._data_list("الدوري\tx\n".encode(), "f.txt", KhabarError)
