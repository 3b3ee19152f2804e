"""Reading the dates news corpora carry: ISO, day/month/year, month names, RSS dates.

:func:`parse_date` turns one cell into a :class:`pandas.Timestamp` (naive: where
the cell gave an offset, its local time there, the offset dropped, never applied: a story
is on the calendar day of the place that dated it, :func:`local_time`) or says why it
cannot. Accepted, after Arabic-Indic
(``٠``-``٩``) and Eastern Arabic-Indic (``۰``-``۹``) digits are read as ASCII digits:

* ISO 8601 dates and date-times: ``2015-07-21``, ``2015-07-21 02:51:32``,
  ``2015-07-21T02:51:32Z``, ``2015-07-21T02:51:32+03:00`` (02:51 on the 21st), also
  ``2015/07/21`` and without leading zeros (``2015-7-21``);
* day first: ``21/07/2015``, ``21-07-2015``, ``21.07.2015`` (day/month/year, the order
  used in Arabic-speaking countries; never month first), optionally followed by a time;
* Arabic month names (:file:`data/arabic_months.csv`: the Egyptian/Gulf names from
  English, the Levantine and Iraqi Syriac names, the Maghreb names from French):
  ``5 أغسطس 2015``, ``5 آب 2015``, ``٥ أغسطس ٢٠١٥``, with an optional weekday before
  (``الأربعاء، 5 أغسطس 2015``, ``الثلاثاء - 21 يوليو 2015``), a second name of the
  same month in brackets or after a slash (``21 تموز (يوليو) 2015``, ``21 تموز/يوليو
  2015``), an optional ``م`` (Gregorian era) after the year and an optional time, on
  a 12-hour clock when ``ص`` (a.m.) or ``م`` (p.m.) follows it; a Hijri date before
  it, ending in ``هـ`` (``5 شوال 1436 هـ - 21 يوليو 2015 مـ``, Asharq Al-Awsat's
  dateline), is passed over, before any of these forms and with an optional
  ``الموافق`` ("corresponding to": ``1436/10/05 هـ الموافق 21/07/2015``); so is one
  after it (``1 أغسطس 2015 الموافق 16 شوال 1436 هـ``, ``1 أغسطس 2015م - 16 شوال
  1436هـ``); a Hijri date alone is refused as such.
* an Arabic weekday (:file:`data/arabic_weekdays.csv`, also after يوم / صباح / مساء, or
  و / ب on the article) before any of these forms or after the date is checked against
  the Gregorian date, and a weekday that disagrees refuses the cell, the refusal quoting
  the word as the cell writes it (``الأحد 1 أغسطس 2015``, ``يوم الأحد 2015-08-01``,
  ``السبت 16 شوال 1436 هـ - 2 أغسطس 2015``). The cell is matched after the text layer's
  normalisation (:func:`helpers.text.normalize`: diacritics, tatweel, presentation forms
  such as the lam-alef ligatures) and a loose fold of hamza seats, ى and ة.

* Latin month names (:file:`data/latin_months.csv`: English names and their
  abbreviations, French names with and without accents and their abbreviations as CLDR
  writes them), any case, day first or month first: ``21 July 2015``, ``21 Jul 2015``,
  ``July 21, 2015``, ``21 juillet 2015``, ``mar. 21 juil. 2015``, with
  an optional weekday before (:file:`data/latin_weekdays.csv`; one that disagrees with
  the date refuses the cell) and an optional time (``July 21, 2015 9:05 PM``: 12-hour
  with ``AM``/``PM`` takes hours 1-12 only, as with ص/م);
* RFC 2822 dates (its section 3.3), as RSS feeds write them (``Tue, 21 Jul 2015
  02:51:32 +0300``, 02:51 on the 21st), the zone checked and dropped; the zone is an
  offset of under 60 minutes' part or one of the names RFC 2822 lists (UT, GMT, the
  North American zones; also UTC and Z):
  other names (AST, Arabia Standard Time in a Gulf feed but Atlantic in email's table;
  CEST) are refused, never guessed.

Invisible format characters around or inside the cell (RLM, LRM, ALM, the BOM,
zero-width and bidi marks) are ignored.

Years outside 1678-2261 (what ``datetime64[ns]`` holds) are refused; a year between
1300 and 1500 is named as a likely Hijri (AH) year, which is not converted.

:func:`implausible_story_date` is the loader's second test, on a date that parsed: a
story dated before :data:`EARLIEST_STORY_DATE` (1900-01-01) or more than
:data:`STORY_DATE_AHEAD` (one year) after the day of loading is no news story's date (a
typo, 1850 for 2015, or a default, 2099-12-31); the loader treats it as missing.
"""

from __future__ import annotations

import csv
import functools
import re
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.charsets import ASCII_DIGITS, BASIC_LETTERS, DASHES, LOOSE_FOLD, TATWEEL
from helpers.errors import ArgumentError, CorpusFormatError, shown
from helpers.text.normalize import normalize

__all__ = [
    "ARABIC_MONTHS",
    "EARLIEST_STORY_DATE",
    "LATIN_MONTHS",
    "LATIN_WEEKDAYS",
    "STORY_DATE_AHEAD",
    "as_dates",
    "implausible_story_date",
    "parse_date",
]

#: The earliest date a story may carry (:func:`implausible_story_date`): the corpora
#: khabar reads are online news; a date before 1900 is a typo (1850 for 2015) or a
#: system's default (0001-01-01 is refused by :func:`parse_date` already).
EARLIEST_STORY_DATE = pd.Timestamp("1900-01-01")
#: How far after the day of loading a story's date may be (:func:`implausible_story_date`):
#: a scheduled story may be dated ahead by days, nothing by years (2099-12-31 is a default).
STORY_DATE_AHEAD = pd.DateOffset(years=1)

_DATA = Path(__file__).parent / "data" / "arabic_months.csv"
_LATIN_DATA = Path(__file__).parent / "data" / "latin_months.csv"


#: Invisible format characters a scraped cell may carry around a date (RLM, LRM, ALM,
#: the BOM, zero-width and bidi embedding/isolate marks): Unicode category Cf.
_FORMAT_CHARS = re.compile(r"[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
#: A Hijri date before the Gregorian one in a dateline (``5 شوال 1436 هـ - 21 يوليو
#: 2015``): the text up to the year marked ``هـ`` (folded: ``ه``) is dropped.
_HIJRI_FIRST = re.compile(rf"^.*?\d\s*ه(?![\w])\s*[{DASHES},،/]?\s*(?:الموافق\s*[:،,]?\s*)?")
#: A Hijri date after the Gregorian one (``1 أغسطس 2015 الموافق 16 شوال 1436 هـ``,
#: ``1 أغسطس 2015م - 16 شوال 1436هـ``): the Hijri date at the end of the cell, as day,
#: month name and year or as numbers, with what joins it to the Gregorian date, is dropped.
_HIJRI_LAST = re.compile(
    rf"\s*[{DASHES},،/]?\s*(?:الموافق\s*[:،,]?\s*)?"
    rf"(?:\d{{1,2}}\s*[{BASIC_LETTERS} ]+?\s*\d{{3,4}}|\d{{3,4}}/\d{{1,2}}/\d{{1,2}}"
    r"|\d{1,2}/\d{1,2}/\d{3,4})\s*ه$"
)


def _fold(s: str) -> str:
    """The cell as the date reader matches it: the text layer's one normalisation
    (:func:`helpers.text.normalize` with its defaults: NFC, diacritics and tatweel
    dropped, presentation forms such as the lam-alef ligature U+FEF7 decomposed,
    invisible marks dropped, digits read as ASCII) once, then :data:`LOOSE_FOLD`
    (hamza seats, ى, ة) and runs of white space made one space (session 23, fix23c:
    «الأحَد» with a fatha and «ﻷحد» were unreadable)."""
    s = _FORMAT_CHARS.sub("", normalize(s))
    return re.sub(r"\s+", " ", s.translate(LOOSE_FOLD)).strip()


def _load_months() -> dict[str, int]:
    with open(_DATA, encoding="utf-8", newline="") as fh:
        return {row["name"]: int(row["month"]) for row in csv.DictReader(fh)}


#: Arabic month names as written in the data file -> month number (1-12).
ARABIC_MONTHS: dict[str, int] = _load_months()


def _load_latin_months() -> dict[str, int]:
    with open(_LATIN_DATA, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {row["name"].casefold(): int(row["month"]) for row in rows}


#: Latin-script month names (English, French), case-folded -> month number (1-12).
LATIN_MONTHS: dict[str, int] = _load_latin_months()


def _load_latin_weekdays() -> dict[str, int]:
    path = _LATIN_DATA.with_name("latin_weekdays.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {row["name"].casefold(): int(row["weekday"]) for row in rows}


#: Latin-script weekday names (English, French), case-folded -> weekday (Monday = 0).
LATIN_WEEKDAYS: dict[str, int] = _load_latin_weekdays()


def _load_arabic_weekdays() -> dict[str, int]:
    path = _DATA.with_name("arabic_weekdays.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {_fold(row["name"]): int(row["weekday"]) for row in rows}


#: Arabic weekday names, folded as the date reader folds a cell (:func:`_fold`) ->
#: weekday (Monday = 0): ``data/arabic_weekdays.csv``.
ARABIC_WEEKDAYS: dict[str, int] = _load_arabic_weekdays()


def _alternatives(names) -> str:
    return "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))


#: What may stand before an Arabic weekday in a dateline: يوم (day), صباح / مساء /
#: ظهر / فجر / ليلة (morning, evening, noon, dawn, night), folded.
_WEEKDAY_LEAD = "يوم|صباح|مساء|ظهر|فجر|ليله"
#: An Arabic weekday opening a date cell, whatever the date after it (``الأحد 2 أغسطس
#: 2015``, ``يوم الأحد 2015-08-02``, ``السبت 16 شوال 1436 هـ - 1 أغسطس 2015``,
#: ``والأحد 2 …``): group 1 is the name (folded). Only before a digit.
_AR_WEEKDAY_FIRST = re.compile(
    rf"^(?:(?:{_WEEKDAY_LEAD})\s+)?(?:[وب](?=ال))?({_alternatives(ARABIC_WEEKDAYS)})"
    rf"\s*[,،{DASHES}]?\s*(?=\d)"
)
#: An Arabic weekday (with its article) closing a date cell: ``1 أغسطس 2015 الأحد``.
_AR_WEEKDAY_LAST = re.compile(
    rf"(?<=[\dمه])\s*[,،{DASHES}]?\s*(?:(?:{_WEEKDAY_LEAD})\s+)?"
    rf"({_alternatives(k for k in ARABIC_WEEKDAYS if k.startswith('ال'))})$"
)
_LATIN_ALT = _alternatives(LATIN_MONTHS)
#: A weekday name or abbreviation before a Latin date (``Tuesday,``, ``Tue``, ``mardi``).
_WEEKDAY = r"(?:(" + _alternatives(LATIN_WEEKDAYS) + r")\.?\s*,?\s+)?"
#: A time after a Latin date: ``14:30``, ``9:05 PM``, French ``14h30`` (also after ``à``).
_CLOCK = r"(?:\s*(?:,|at|à|-)?\s*(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?)?"
_LATIN_DAY_FIRST = re.compile(
    _WEEKDAY
    + r"(\d{1,2})(?:st|nd|rd|th|er)?\s+("
    + _LATIN_ALT
    + r")\.?,?\s+(\d{4})"
    + _CLOCK
    + r"$",
    re.IGNORECASE,
)
_LATIN_MONTH_FIRST = re.compile(
    _WEEKDAY + r"(" + _LATIN_ALT + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _CLOCK + r"$",
    re.IGNORECASE,
)
#: Time zones an RFC 2822 date may name (its section 4.3: UT, GMT and the North
#: American zones; Z and UTC as feeds write them). Any other name (AST is Arabia
#: Standard Time in a Gulf feed and Atlantic in email's table, CEST, KSA) is refused.
_RFC_ZONES = {
    "UT": 0,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
}
#: RFC 2822 (RSS ``pubDate``): ``Tue, 21 Jul 2015 02:51:32 +0300`` or ``... GMT``; also
#: with French names, as a French-locale feed writes it (``mar, 03 mars 2015 10:00:00 +0000``).
_RFC2822 = re.compile(
    r"(?:([A-Za-z\u00c0-\u00ff]{3,9})\.?,\s*)?(\d{1,2})\s+([A-Za-z\u00c0-\u00ff]{3,9})\.?\s+(\d{4})"
    r"\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"\s+([+-]\d{4}|[A-Za-z]{1,5})$"
)


def _weekday_agrees(name: str | None, ts: pd.Timestamp | None) -> str:
    """'' when ``name`` (a weekday or None) agrees with ``ts``, else why not."""
    if name is None or ts is None:
        return ""
    want = LATIN_WEEKDAYS.get(name.casefold())
    if want is None:
        return f"{name!r} is not a weekday name"
    if ts.weekday() == want:
        return ""
    day = next(k for k, v in LATIN_WEEKDAYS.items() if v == ts.weekday() and len(k) > 4)
    return f"the weekday {name!r} does not agree with the date (a {day.capitalize()})"


def _arabic_weekday_agrees(
    word: str, value: str, ts: pd.Timestamp
) -> tuple[pd.Timestamp | None, str]:
    """``(ts, "")`` unless ``word`` (an Arabic weekday, folded: :data:`ARABIC_WEEKDAYS`)
    is not the weekday of ``ts``: then ``(None, why)``, as :func:`_weekday_agrees`
    refuses an English or French one (session 23: «الأحد 1 أغسطس 2015», a Saturday,
    was read). ``why`` quotes the word as the cell ``value`` writes it (session 23,
    fix23c: it quoted the fold, «الاحد» for «الأحد»)."""
    want = ARABIC_WEEKDAYS[word]
    if want == ts.weekday():
        return ts, ""
    written = next(
        (
            t
            for t in re.split(rf"[\s,،{DASHES}]+", value)
            if _fold(t) in (word, "و" + word, "ب" + word)
        ),
        word,
    )
    day = next(k for k, v in LATIN_WEEKDAYS.items() if v == ts.weekday() and len(k) > 4)
    return None, f"the weekday {written!r} does not agree with the date (a {day.capitalize()})"


def _rfc2822(m: re.Match) -> tuple[pd.Timestamp | None, str]:
    wd, day, mon, year, hh, mm, ss, zone = m.groups()
    month = LATIN_MONTHS.get(mon.casefold())
    if month is None:
        return None, f"{mon!r} is not a month name"
    if zone[0] in "+-":
        if int(zone[3:]) >= 60:
            return None, f"the time zone offset {zone} has {zone[3:]} minutes"
        offset = (1 if zone[0] == "+" else -1) * (int(zone[1:3]) * 60 + int(zone[3:]))
    elif zone.upper() in _RFC_ZONES:
        offset = _RFC_ZONES[zone.upper()] * 60
    else:
        return None, (
            f"the time zone {zone!r} is not one an RSS date may name (UT, GMT, UTC, Z or "
            "the North American zones); write the offset, e.g. +0300"
        )
    ts, why = _build(year, month, day, hh, mm, ss)
    if ts is None:
        return ts, why
    why = _weekday_agrees(wd, ts)
    if why:
        return None, why
    del offset  # checked, not applied: the date and time are the writer's (local_time)
    return ts, ""


def _clock(hour: str | None, half: str | None) -> tuple[str | None, str]:
    """A 12-hour ``hour`` with ``a``/``p`` (AM/PM) as a 24-hour one, or why it cannot be."""
    if hour is None or half is None:
        return hour, ""
    if not 1 <= int(hour) <= 12:
        return None, f"hour {int(hour)} on a 12-hour clock (AM/PM takes 1-12)"
    return str(int(hour) % 12 + (12 if half.lower() == "p" else 0)), ""


def _latin(s: str) -> tuple[pd.Timestamp | None, str] | None:
    """A date written with a Latin month name or in RFC 2822, or None if it is neither."""
    m = _RFC2822.match(s)
    if m and m[8].upper() not in ("AM", "PM"):
        return _rfc2822(m)
    for pattern, day_at, month_at in ((_LATIN_DAY_FIRST, 2, 3), (_LATIN_MONTH_FIRST, 3, 2)):
        m = pattern.match(s)
        if m:
            hour, why = _clock(m[5], m[8])
            if why:
                return None, why
            month = LATIN_MONTHS[m[month_at].casefold()]
            ts, why = _build(m[4], month, m[day_at], hour, m[6], m[7])
            if ts is not None:
                why = _weekday_agrees(m[1], ts)
                if why:
                    return None, why
            return ts, why
    return None


_MONTHS_FOLDED = {_fold(k): v for k, v in ARABIC_MONTHS.items()}
_MONTH_ALT = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_MONTHS_FOLDED, key=len, reverse=True)
)
_TIME = r"(?:\s*(?:[,،\-]|T)?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
_ISO_LIKE = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}")
_YMD = re.compile(r"(\d{4})([/\-])(\d{1,2})\2(\d{1,2})" + _TIME + r"$")
_DMY = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})" + _TIME + r"$")
_ARABIC = re.compile(
    f"(?:[{BASIC_LETTERS}{TATWEEL}]+"
    + rf"\s*[,،{DASHES}]?\s+)?"
    + r"(\d{1,2})\s*("
    + _MONTH_ALT
    + r")(?:\s*[(/]\s*(?:"
    + _MONTH_ALT
    + r")\s*\)?)?\s*[,،]?\s*(\d{4})"
    r"\s*(?:م\b|مـ)?" + _TIME + r"(?:\s*(ص|م|صباحا|مساء)\b)?$"
)


def _build(y: str, m: int | str, d: str, hh, mm, ss) -> tuple[pd.Timestamp | None, str]:
    year = int(y)
    if 1300 <= year <= 1500:
        return None, f"year {year} looks like a Hijri (AH) year; only Gregorian dates are read"
    if not 1678 <= year <= 2261:
        return None, f"year {year} is outside 1678-2261"
    try:
        dt = datetime(year, int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError as exc:
        return None, f"not a calendar date ({exc})"
    return pd.Timestamp(dt), ""


def local_time(value):
    """A date-time without its time zone, at its local time there: ``2015-07-25 01:30
    +03:00`` is ``2015-07-25 01:30``, not ``2015-07-24 22:30`` (UTC). A news story is
    on the calendar day of the place that dated it, the day its readers saw on the page:
    converted to UTC, a story dated after midnight in Riyadh fell on the day before in
    every table and chart. The one rule for zones: :func:`parse_date` (an offset or
    zone written in a cell), :func:`as_dates` and :mod:`helpers.corpus.groups`
    (zone-aware columns, Timestamps and selection bounds). A value without a zone
    (``datetime``, :class:`pandas.Timestamp`) is returned as it is."""
    if getattr(value, "tzinfo", None) is None:
        return value
    if isinstance(value, pd.Timestamp):
        return value.tz_localize(None)
    return value.replace(tzinfo=None)


def implausible_story_date(ts: pd.Timestamp, today: pd.Timestamp | None = None) -> str:
    """Why ``ts`` (a Timestamp that :func:`parse_date` gave) is no plausible date of a
    news story, or ``""`` when it is: before :data:`EARLIEST_STORY_DATE` (1900-01-01),
    or its day after ``today`` (default: today's date, UTC) plus
    :data:`STORY_DATE_AHEAD` (one year). Used by :func:`helpers.corpus.load_corpus`
    (the stories' ``date``: such a date is NaT, with a ``flagged`` report row).
    Raises nothing.

    >>> implausible_story_date(pd.Timestamp("1850-03-15"), pd.Timestamp("2026-01-01"))
    'before 1900-01-01'
    >>> implausible_story_date(pd.Timestamp("2027-01-02"), pd.Timestamp("2026-01-01"))
    'more than a year after 2026-01-01, the day it was loaded'
    >>> implausible_story_date(pd.Timestamp("2027-01-01 23:00"), pd.Timestamp("2026-01-01"))
    ''
    """
    if ts < EARLIEST_STORY_DATE:
        return f"before {EARLIEST_STORY_DATE:%Y-%m-%d}"
    day = (pd.Timestamp.now(tz="UTC").tz_localize(None) if today is None else today).normalize()
    if ts.normalize() > day + STORY_DATE_AHEAD:
        return f"more than a year after {day:%Y-%m-%d}, the day it was loaded"
    return ""


def parse_date(value: str) -> tuple[pd.Timestamp | None, str]:
    """Parse one date cell.

    Parameters
    ----------
    value : str
        The cell as written. Surrounding whitespace is ignored.

    Returns
    -------
    (Timestamp or None, str)
        ``(timestamp, "")`` on success (naive; a UTC offset in the cell is dropped,
        not applied: :func:`local_time`); ``(None, "")`` for an empty cell;
        ``(None, reason)`` when the cell is not a date in a form listed in the module
        docstring (``reason`` says why, e.g. ``"not a date in a known form"``, ``"not a
        calendar date (day is out of range for month)"``, a Hijri year).

    Raises
    ------
    helpers.errors.ArgumentError
        ``value`` is not a str (``None``, a number, a Timestamp).
    """
    if not isinstance(value, str):
        raise ArgumentError(
            f"parse_date: value must be the date cell as a str, got {shown(value)}",
            hint="an empty cell is ''; Timestamps need no parsing",
        )
    return _parse(value)


@functools.lru_cache(maxsize=65536)
def _parse(value: str) -> tuple[pd.Timestamp | None, str]:
    if len(value) >= 10 and value[4] == "-" and value.isascii():  # ISO, the usual case
        try:
            dt = datetime.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            dt = local_time(dt)
            if 1678 <= dt.year <= 2261 and not dt.microsecond:
                return pd.Timestamp(dt), ""
    s = _fold(str(value).translate(ASCII_DIGITS))
    if not s:
        return None, ""
    # an Arabic weekday before or after the date, read once whatever the date's form
    m = _AR_WEEKDAY_FIRST.match(s) or _AR_WEEKDAY_LAST.search(s)
    if m is None:
        return _parse_folded(s)
    ts, why = _parse_folded(s[: m.start()] + " " + s[m.end() :])
    return (ts, why) if ts is None else _arabic_weekday_agrees(m[1], value, ts)


def _parse_folded(s: str) -> tuple[pd.Timestamp | None, str]:
    s = s.strip()
    m = _HIJRI_LAST.search(s) if s.endswith("ه") else None
    if m is not None and m.start() > 0:  # a Gregorian date first, then the Hijri one
        s = s[: m.start()]
    elif "ه" in s:  # a Hijri date first (``هـ``), then the Gregorian one: keep the latter
        rest = _HIJRI_FIRST.sub("", s, count=1)
        if not rest:
            return None, "a Hijri (AH) date only; only Gregorian dates are read"
        s = rest
    if _ISO_LIKE.match(s):
        m = _YMD.match(s)
        if m:
            return _build(m[1], m[3], m[4], m[5], m[6], m[7])
        try:
            dt = datetime.fromisoformat(s)
        except ValueError:
            y = s[:4]
            if y.isdigit() and not 1678 <= int(y) <= 2261:
                return _build(y, 1, "1", None, None, None)
            return None, "not a valid ISO 8601 date or date-time"
        dt = local_time(dt)
        return _build(str(dt.year), dt.month, str(dt.day), dt.hour, dt.minute, dt.second)
    m = _DMY.match(s)
    if m:
        return _build(m[4], m[3], m[1], m[5], m[6], m[7])
    latin = _latin(s)
    if latin is not None:
        return latin
    m = _ARABIC.match(s)
    if m:
        month = _MONTHS_FOLDED[re.sub(r"\s+", " ", m[2])]
        # 12-hour clock: ص / صباحا a.m., م / مساء p.m.
        half = None if m[7] is None else ("p" if m[7] in ("م", "مساء") else "a")
        hour, why = _clock(m[4], half)
        if why:
            return None, why
        ts, why = _build(m[3], month, m[1], hour, m[5], m[6])
        return ts, why
    return None, (
        "not a date in a known form (ISO 2015-07-21, 21/07/2015, 21 يوليو 2015 or 21 July "
        "2015 with a month name, or an RSS date)"
    )


def as_dates(values, name: str = "date") -> pd.Series:
    """A column of dates as ``datetime64[ns]``, read by the one date parser.

    For every module that reads a stories table's ``date`` column (grouping by period,
    charts over time): a column already ``datetime64`` (what :func:`load_corpus` makes)
    is returned as it is; otherwise each str cell is read by :func:`parse_date` (so
    ``05/08/2015`` is 5 August, never May 8, and Arabic month names are read), a
    Timestamp or datetime kept, ``None``/NaN/``""`` NaT.

    Parameters
    ----------
    values : Series or sequence
        The cells.
    name : str
        The column's name, for the error message.

    Returns
    -------
    Series
        dtype ``datetime64[ns]``, the index of ``values`` (a new RangeIndex for a
        sequence).

    Raises
    ------
    ArgumentError
        ``values`` not a Series, Index, array, list or tuple.
    CorpusFormatError
        A cell that is not a date (the message gives the count, the first such value
        and why); a cell of another type (a number).
    """
    if not isinstance(values, (pd.Series, pd.Index, np.ndarray, list, tuple)):
        raise ArgumentError(
            f"as_dates: values must be a Series or a list of date cells, got {shown(values)}"
        )
    s = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    if pd.api.types.is_datetime64_any_dtype(s.dtype):
        if getattr(s.dt, "tz", None) is not None:
            s = s.dt.tz_localize(None)  # local_time of each: the zone's wall clock
        return s.astype("datetime64[ns]")
    out: list = []
    bad: list[tuple[object, str]] = []
    for v in s.tolist():
        if v is None or (isinstance(v, float) and v != v) or v is pd.NaT:
            out.append(pd.NaT)
        elif isinstance(v, str):
            ts, why = _parse(v)
            if ts is None and why:
                bad.append((v, why))
            out.append(pd.NaT if ts is None else ts)
        elif isinstance(v, (pd.Timestamp, datetime)):
            out.append(local_time(pd.Timestamp(v)))
        else:
            bad.append((v, f"a {type(v).__name__}, not a date"))
            out.append(pd.NaT)
    if bad:
        value, why = bad[0]
        raise CorpusFormatError(
            f"column {name!r}: {len(bad):,} cell(s) are not dates, the first {shown(value)}: {why}",
            hint="load the corpus with load_corpus, which reports such cells and leaves them empty",
        )
    dates = pd.to_datetime(pd.Series(out, dtype=object)).to_numpy()
    return pd.Series(dates, index=s.index, name=s.name).astype("datetime64[ns]")
