"""Dates with a Latin-script month name and RSS (RFC 2822) dates: values worked out by hand."""

import pytest

from helpers.corpus.dates import LATIN_MONTHS, parse_date


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("21 July 2015", "2015-07-21 00:00"),
        ("21 Jul 2015", "2015-07-21 00:00"),
        ("21st July 2015", "2015-07-21 00:00"),
        ("July 21, 2015", "2015-07-21 00:00"),
        ("JULY 21 2015", "2015-07-21 00:00"),
        ("Sept. 3, 2015", "2015-09-03 00:00"),
        ("Tuesday, July 21, 2015", "2015-07-21 00:00"),
        # 12-hour clock: 9:05 PM is 21:05, 12:30 AM is 00:30
        ("July 21, 2015 9:05 PM", "2015-07-21 21:05"),
        ("July 21, 2015 12:30 AM", "2015-07-21 00:30"),
        ("21 July 2015 14:10", "2015-07-21 14:10"),
        # French, as Maghreb outlets write it, with and without accents, any case
        ("21 juillet 2015", "2015-07-21 00:00"),
        ("mardi 21 juillet 2015", "2015-07-21 00:00"),
        ("1er août 2015", "2015-08-01 00:00"),
        ("21 AOÛT 2015", "2015-08-21 00:00"),
        ("3 fevrier 2016", "2016-02-03 00:00"),
        # French abbreviations (CLDR fr: janv., févr., avr., juil., déc.; Larousse juill.)
        ("21 juil. 2015", "2015-07-21 00:00"),
        ("mar. 21 juil. 2015", "2015-07-21 00:00"),
        ("21 juill. 2015", "2015-07-21 00:00"),
        ("3 févr. 2016", "2016-02-03 00:00"),
        ("3 janv. 2016", "2016-01-03 00:00"),
        ("3 avr. 2016", "2016-04-03 00:00"),
        ("24 déc. 2015 18:30", "2015-12-24 18:30"),
        ("2 fév. 2015", "2015-02-02 00:00"),
        ("2 fev 2015", "2015-02-02 00:00"),
        # French time 14h30 after à; a French-locale RSS date (3 March 2015 was a Tuesday)
        ("lun. 20 juil. 2015 à 14h30", "2015-07-20 14:30"),
        ("mar, 03 mars 2015 10:00:00 +0000", "2015-03-03 10:00"),
        ("dim., 19 juil. 2015 08:00:00 GMT", "2015-07-19 08:00"),
        # decomposed (NFD) accents are composed first: e + U+0301 is é
        ("3 de\u0301c. 2015", "2015-12-03 00:00"),
        ("3 fe\u0301vrier 2015", "2015-02-03 00:00"),
        # RSS pubDate: the writer's local time, the zone dropped (session 13): 02:51 in
        # Riyadh (+0300) is a story of the 21st, not of 23:51 UTC the day before
        ("Tue, 21 Jul 2015 02:51:32 +0300", "2015-07-21 02:51"),
        ("Tue, 21 Jul 2015 02:51:32 GMT", "2015-07-21 02:51"),
        ("21 Jul 2015 08:00:00 -0500", "2015-07-21 08:00"),
    ],
)
def test_latin_month_names_and_rss_dates_are_read(cell, expected):
    ts, why = parse_date(cell)
    assert why == ""
    assert ts.strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("31 June 2015", "not a calendar date (day is out of range for month)"),
        ("21 July 1436", "year 1436 looks like a Hijri (AH) year; only Gregorian dates are read"),
    ],
)
def test_a_latin_date_that_is_no_calendar_date_says_why(cell, why):
    assert parse_date(cell) == (None, why)


@pytest.mark.parametrize("cell", ["21 Julyy 2015", "May 2015", "July 2015", "21 Foo 2015"])
def test_a_misspelt_month_or_a_missing_day_is_not_a_date(cell):
    ts, why = parse_date(cell)
    assert ts is None and why.startswith("not a date in a known form")


def test_every_month_has_an_english_and_a_french_name():
    assert sorted(set(LATIN_MONTHS.values())) == list(range(1, 13))
    assert LATIN_MONTHS["june"] == LATIN_MONTHS["juin"] == 6
    assert LATIN_MONTHS["août"] == LATIN_MONTHS["aout"] == LATIN_MONTHS["aug"] == 8


def test_a_column_of_mixed_latin_and_arabic_dates(tmp_path):
    from helpers.corpus import load_corpus

    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "a", "title": "ع", "body": "نص", "date": "21 July 2015"}\n'
        '{"id": "b", "title": "ع", "body": "نص", "date": "21 يوليو 2015"}\n'
        '{"id": "c", "title": "ع", "body": "نص", "date": "Wed, 22 Jul 2015 10:00:00 GMT"}\n',
        encoding="utf-8",
    )
    stories = load_corpus(path, duplicates="keep")  # one body three times, kept
    assert stories["date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2015-07-21",
        "2015-07-21",
        "2015-07-22",
    ]


# --- found by a hostile test: wrong dates silently read -------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # AM/PM after an abbreviated month was read as an RSS time zone and dropped
        ("21 Jul 2015 09:05 PM", "2015-07-21 21:05"),
        ("Tue, 21 Jul 2015 02:51:32 PM", "2015-07-21 14:51"),
        ("21 Jul 2015 12:30 AM", "2015-07-21 00:30"),
        # the weekday agrees with the date: 21 July 2015 was a Tuesday (local time kept)
        ("Tue, 21 Jul 2015 02:51:32 +0300", "2015-07-21 02:51"),
        ("Tuesday, July 21, 2015", "2015-07-21 00:00"),
        # Arabic 12-hour clock: 9:30 م is 21:30, 12:10 ص is 00:10
        ("21 يوليو 2015 9:30 م", "2015-07-21 21:30"),
        ("21 يوليو 2015 12:10 ص", "2015-07-21 00:10"),
    ],
)
def test_twelve_hour_times_and_weekdays_are_read_right(cell, expected):
    ts, why = parse_date(cell)
    assert why == ""
    assert ts.strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        # AST is Arabia Standard Time (+3) in a Gulf feed and Atlantic (-4) in email's table
        (
            "Tue, 21 Jul 2015 02:51:32 AST",
            "the time zone 'AST' is not one an RSS date may name (UT, GMT, UTC, Z or the "
            "North American zones); write the offset, e.g. +0300",
        ),
        (
            "Tue, 21 Jul 2015 02:51:32 CEST",
            "the time zone 'CEST' is not one an RSS date may name (UT, GMT, UTC, Z or the "
            "North American zones); write the offset, e.g. +0300",
        ),
        ("Tue, 21 Jul 2015 02:51:32 +0099", "the time zone offset +0099 has 99 minutes"),
        (
            "Mon, 21 Jul 2015 02:51:32 +0300",
            "the weekday 'Mon' does not agree with the date (a Tuesday)",
        ),
        ("Monday, 21 July 2015", "the weekday 'Monday' does not agree with the date (a Tuesday)"),
        ("lun. 21 juil. 2015", "the weekday 'lun' does not agree with the date (a Tuesday)"),
        ("Xyz, 21 Jul 2015 02:51:32 GMT", "'Xyz' is not a weekday name"),
        ("July 21, 2015 13:05 PM", "hour 13 on a 12-hour clock (AM/PM takes 1-12)"),
        ("July 21, 2015 15:00 AM", "hour 15 on a 12-hour clock (AM/PM takes 1-12)"),
        ("21 يوليو 2015 15:00 ص", "hour 15 on a 12-hour clock (AM/PM takes 1-12)"),
        ("21 يوليو 2015 0:00 م", "hour 0 on a 12-hour clock (AM/PM takes 1-12)"),
    ],
)
def test_a_date_that_contradicts_itself_is_refused_with_its_reason(cell, why):
    assert parse_date(cell) == (None, why)


@pytest.mark.parametrize("cell", ["Hello 21 July 2015", "Paid 21 July 2015", "مرحبا 21 July 2015"])
def test_only_a_weekday_may_stand_before_a_latin_date(cell):
    ts, why = parse_date(cell)
    assert ts is None and why.startswith("not a date in a known form")
