"""Session 23 (branch fix23c): the date and input defects hostile23b found, each as a kind.

Every date below was worked out from the calendar: 1 August 2015 was a Saturday, 2 August
a Sunday, 3 August a Monday; 16 Shawwal 1436 AH is 1 August 2015.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.corpus.dates import parse_date

SAT = "does not agree with the date (a Saturday)"

# ------------------- F5: every spelling of a weekday, and before a Hijri date, is checked


@pytest.mark.parametrize(
    ("cell", "written", "day"),
    [
        ("الثلاثا 3 أغسطس 2015", "الثلاثا", "Monday"),  # was read as 2015-08-03
        ("الثلثاء 2 أغسطس 2015", "الثلثاء", "Sunday"),
        ("الاتنين 1 أغسطس 2015", "الاتنين", "Saturday"),
        ("الاربعا 1 أغسطس 2015", "الاربعا", "Saturday"),
        ("بالأحد 1 أغسطس 2015", "بالأحد", "Saturday"),
        ("والأحد 1 أغسطس 2015", "والأحد", "Saturday"),
        # a Hijri date between the weekday and the Gregorian date: the weekday is still read
        ("السبت 16 شوال 1436 هـ - 2 أغسطس 2015", "السبت", "Sunday"),
    ],
)
def test_a_weekday_in_any_spelling_or_before_a_hijri_date_is_checked(cell, written, day):
    assert parse_date(cell) == (
        None,
        f"the weekday {written!r} does not agree with the date (a {day})",
    )


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("الاتنين 3 أغسطس 2015", "2015-08-03"),
        ("الثلاثا 4 أغسطس 2015", "2015-08-04"),
        ("الثلثاء 4 أغسطس 2015", "2015-08-04"),
        ("الاربعا 5 أغسطس 2015", "2015-08-05"),
        ("السبت 16 شوال 1436 هـ - 1 أغسطس 2015", "2015-08-01"),
        ("الرياض 1 أغسطس 2015", "2015-08-01"),  # a city before the day: as before
        ("واحد 1 أغسطس 2015", "2015-08-01"),  # و + أحد without the article is no weekday
    ],
)
def test_the_right_weekday_in_those_forms_is_read(cell, day):
    assert parse_date(cell) == (pd.Timestamp(day), "")


# ------------------- F6: a right weekday in any ordinary form keeps the date readable


@pytest.mark.parametrize(
    "cell",
    [
        "يوم الأحد 2 أغسطس 2015",
        "صباح الأحد 2 أغسطس 2015",
        "الأحد 2015-08-02",
        "الأحد 02/08/2015",
        "الاحد 2/8/2015",
        "الأحَد 2 أغسطس 2015",  # a fatha
        "ا\ufef7حد 2 أغسطس 2015",  # the lam-alef-hamza ligature U+FEF7
        "2 أغسطس 2015 الأحد",  # the weekday after the date
        "الأحد ٢ أغسطس ٢٠١٥",
    ],
)
def test_a_right_weekday_in_an_ordinary_form_is_read(cell):
    assert parse_date(cell) == (pd.Timestamp("2015-08-02"), "")


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("يوم الأحد 1 أغسطس 2015", "الأحد"),
        ("الأحد 2015-08-01", "الأحد"),
        ("الاحد 1/8/2015", "الاحد"),
        ("الأحَد 1 أغسطس 2015", "الأحَد"),
        ("ا\ufef7حد 1 أغسطس 2015", "ا\ufef7حد"),
        ("1 أغسطس 2015 الأحد", "الأحد"),
    ],
)
def test_a_wrong_weekday_in_those_forms_refuses_the_cell(cell, written):
    assert parse_date(cell) == (None, f"the weekday {written!r} {SAT}")


# ------------------- F25: the refusal quotes the weekday as the cell writes it


@pytest.mark.parametrize("written", ["الجمعة", "الأربعاء", "الأحد", "الإثنين"])
def test_the_refusal_quotes_the_word_as_written(written):
    assert parse_date(f"{written} 1 أغسطس 2015") == (None, f"the weekday {written!r} {SAT}")


# ------------------- F4: a Gregorian date first, then the Hijri one: the Gregorian is read


@pytest.mark.parametrize(
    "cell",
    [
        "السبت 1 أغسطس 2015 الموافق 16 شوال 1436 هـ",
        "1 أغسطس 2015 الموافق 16 شوال 1436 هـ",
        "1 أغسطس 2015 - 16 شوال 1436 هـ",
        "1 أغسطس 2015م - 16 شوال 1436هـ",
        "01/08/2015 الموافق 1436/10/16 هـ",
        "2015-08-01 - 16/10/1436 هـ",
    ],
)
def test_a_gregorian_first_dual_date_is_read(cell):
    assert parse_date(cell) == (pd.Timestamp("2015-08-01"), "")


@pytest.mark.parametrize("cell", ["16 شوال 1436 هـ", "السبت 16 شوال 1436 هـ", "1436/10/16 هـ"])
def test_a_hijri_date_alone_is_still_refused_as_such(cell):
    assert parse_date(cell) == (None, "a Hijri (AH) date only; only Gregorian dates are read")


# ------------------- F12: a gazetteer's invisible marks removed, unmatchable ones refused


def _one_row_gazetteer(tmp_path, eid, canonical, aliases=""):
    p = tmp_path / "g.csv"
    p.write_text(
        f"entity_id,canonical,type,aliases,wikidata\n{eid},{canonical},ORG,{aliases},\n",
        encoding="utf-8",
    )
    return p


@pytest.mark.parametrize(
    "mark",
    ["\u200f", "\u061c", "\u200d", "\u2060", "\u200b", "\ufeff", "\u00ad"],  # INVISIBLE
)
def test_an_invisible_mark_in_a_gazetteer_field_is_removed(tmp_path, mark):
    from helpers.entities import extract_entities, load_gazetteer
    from helpers.entities.gazetteer import read_gazetteer_csv

    p = _one_row_gazetteer(tmp_path, f"org:q{mark}", f"مجموعة{mark} قمرية", f"قمرية{mark}")
    table = read_gazetteer_csv(p)
    assert table["entity_id"].tolist() == ["org:q"]
    assert table["canonical"].tolist() == ["مجموعة قمرية"]
    assert table["aliases"].tolist() == [["مجموعة قمرية", "قمرية"]]
    gaz = load_gazetteer(None, files=[p], builtin=False, countries=False, cities=False)
    stories = pd.DataFrame(
        {"story_id": ["s"], "title": [""], "body": ["أعلنت مجموعة قمرية أرباحها."]}
    )
    found = extract_entities(stories, gaz)
    assert found[["entity_id", "canonical"]].values.tolist() == [["org:q", "مجموعة قمرية"]]


@pytest.mark.parametrize("space", ["\u2028", "\u2029", "\u00a0", "\u2009"])
def test_other_white_space_in_a_gazetteer_name_is_one_space(tmp_path, space):
    from helpers.entities.gazetteer import read_gazetteer_csv

    table = read_gazetteer_csv(_one_row_gazetteer(tmp_path, "org:q", f"مجموعة{space} قمرية"))
    assert table["canonical"].tolist() == ["مجموعة قمرية"]
    table = read_gazetteer_csv(_one_row_gazetteer(tmp_path, "org:q", f"مجموعة{space}قمرية"))
    assert table["canonical"].tolist() == ["مجموعة قمرية"]


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\U000e0041", "TAG LATIN CAPITAL LETTER A"),
        ("\u3164", "HANGUL FILLER"),
        ("\u180e", "MONGOLIAN VOWEL SEPARATOR"),
        ("\ufff9", "INTERLINEAR ANNOTATION ANCHOR"),
    ],
)
def test_an_unmatchable_invisible_character_is_refused_with_file_and_line(tmp_path, char, name):
    from helpers.entities.gazetteer import read_gazetteer_csv
    from helpers.errors import GazetteerError

    p = _one_row_gazetteer(tmp_path, "org:q", f"مجموعة{char} قمرية")
    with pytest.raises(GazetteerError) as err:
        read_gazetteer_csv(p)
    msg = str(err.value)
    assert str(p) in msg and "line 2" in msg
    assert f"U+{ord(char):04X} ({name}) in column canonical" in msg


# ------------------- F13: a pasted column value is read as a pasted id is


def _two_outlets():
    return pd.DataFrame(
        {
            "story_id": ["s1", "s2", "s3"],
            "outlet": ["sabq", "aawsat", "sabq"],
            "title": ["", "", ""],
        }
    )


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u061c", "\u200b", "\ufeff", "\u2066"])
def test_a_pasted_column_value_with_a_mark_selects_as_written(mark):
    from helpers.corpus.groups import select_stories

    st = _two_outlets()
    # in a list: sabq's two stories were silently left out (['s2'])
    assert select_stories({"outlet": [f"sabq{mark}", "aawsat"]}, stories=st) == ["s1", "s2", "s3"]
    # alone: was refused as selecting no stories
    assert select_stories({"outlet": f"{mark}sabq"}, stories=st) == ["s1", "s3"]
    assert select_stories({"story_id": f"s1{mark}"}, stories=st) == ["s1"]


def test_a_column_value_that_holds_the_mark_itself_is_matched_as_it_is():
    from helpers.corpus.groups import select_stories

    st = _two_outlets()
    st.loc[1, "outlet"] = "aawsat\u200f"
    assert select_stories({"outlet": "aawsat\u200f"}, stories=st) == ["s2"]
    assert select_stories({"outlet": ["sabq", "nothing"]}, stories=st) == ["s1", "s3"]
