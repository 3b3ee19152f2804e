"""Reading the dates news corpora carry: ISO, day/month/year, Arabic month names.

:func:`parse_date` turns one cell into a :class:`pandas.Timestamp` (naive, UTC where
the cell gave an offset) or says why it cannot. Accepted, after Arabic-Indic
(``٠``-``٩``) and Eastern Arabic-Indic (``۰``-``۹``) digits are read as ASCII digits:

* ISO 8601 dates and date-times: ``2015-07-21``, ``2015-07-21 02:51:32``,
  ``2015-07-21T02:51:32Z``, ``2015-07-21T02:51:32+03:00`` (converted to UTC), also
  ``2015/07/21``;
* day first: ``21/07/2015``, ``21-07-2015``, ``21.07.2015`` (day/month/year, the order
  used in Arabic-speaking countries; never month first), optionally followed by a time;
* Arabic month names (:file:`data/arabic_months.csv`: the Egyptian/Gulf names from
  English, the Levantine and Iraqi Syriac names, the Maghreb names from French):
  ``5 أغسطس 2015``, ``5 آب 2015``, ``٥ أغسطس ٢٠١٥``, with an optional weekday before
  (``الأربعاء، 5 أغسطس 2015``), an optional ``م`` (Gregorian era) after the year and an
  optional time.

Years outside 1678-2261 (what ``datetime64[ns]`` holds) are refused; a year between
1300 and 1500 is named as a likely Hijri (AH) year, which is not converted.
"""

from __future__ import annotations

import csv
import functools
import re
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from helpers.charsets import ASCII_DIGITS, BASIC_LETTERS, LOOSE_FOLD, TATWEEL
from helpers.errors import ArgumentError, shown

__all__ = ["ARABIC_MONTHS", "parse_date"]

_DATA = Path(__file__).parent / "data" / "arabic_months.csv"


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s.translate(LOOSE_FOLD)).strip()


def _load_months() -> dict[str, int]:
    with open(_DATA, encoding="utf-8", newline="") as fh:
        return {row["name"]: int(row["month"]) for row in csv.DictReader(fh)}


#: Arabic month names as written in the data file -> month number (1-12).
ARABIC_MONTHS: dict[str, int] = _load_months()
_MONTHS_FOLDED = {_fold(k): v for k, v in ARABIC_MONTHS.items()}
_MONTH_ALT = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_MONTHS_FOLDED, key=len, reverse=True)
)
_TIME = r"(?:\s*(?:[,،\-]|T)?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
_ISO_LIKE = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}")
_YMD = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME + r"$")
_DMY = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})" + _TIME + r"$")
_ARABIC = re.compile(
    f"(?:[{BASIC_LETTERS}{TATWEEL}]+"
    + r"\s*[,،]?\s+)?(\d{1,2})\s*("
    + _MONTH_ALT
    + r")\s*[,،]?\s*(\d{4})"
    r"\s*(?:م\b|مـ)?" + _TIME + r"$"
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


def parse_date(value: str) -> tuple[pd.Timestamp | None, str]:
    """Parse one date cell.

    Parameters
    ----------
    value : str
        The cell as written. Surrounding whitespace is ignored.

    Returns
    -------
    (Timestamp or None, str)
        ``(timestamp, "")`` on success (naive; a UTC offset in the cell is applied and
        dropped); ``(None, "")`` for an empty cell; ``(None, reason)`` when the cell is
        not a date in a form listed in the module docstring (``reason`` says why, e.g.
        ``"not a date in a known form"``, ``"not a calendar date (day is out of range
        for month)"``, a Hijri year).

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
            if dt.tzinfo is not None:
                dt = dt.astimezone(UTC).replace(tzinfo=None)
            if 1678 <= dt.year <= 2261 and not dt.microsecond:
                return pd.Timestamp(dt), ""
    s = _fold(str(value).translate(ASCII_DIGITS))
    if not s:
        return None, ""
    if _ISO_LIKE.match(s):
        m = _YMD.match(s)
        if m:
            return _build(m[1], m[2], m[3], m[4], m[5], m[6])
        try:
            dt = datetime.fromisoformat(s)
        except ValueError:
            y = s[:4]
            if y.isdigit() and not 1678 <= int(y) <= 2261:
                return _build(y, 1, "1", None, None, None)
            return None, "not a valid ISO 8601 date or date-time"
        if dt.tzinfo is not None:
            dt = dt.astimezone(UTC).replace(tzinfo=None)
        return _build(str(dt.year), dt.month, str(dt.day), dt.hour, dt.minute, dt.second)
    m = _DMY.match(s)
    if m:
        return _build(m[4], m[3], m[1], m[5], m[6], m[7])
    m = _ARABIC.match(s)
    if m:
        month = _MONTHS_FOLDED[re.sub(r"\s+", " ", m[2])]
        return _build(m[3], month, m[1], m[4], m[5], m[6])
    return None, (
        "not a date in a known form (ISO 2015-07-21, 21/07/2015, or 21 يوليو 2015 with an "
        "Arabic month name)"
    )
