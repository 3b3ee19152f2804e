"""Groups and selections of stories: the one place that says which stories go together.

Every table-making function of khabar takes ``by=`` (term frequencies, entity counts,
quotes per speaker, overlap, time series) and every comparison takes selections
(``target``/``reference`` of keyness, ``a``/``b`` of overlap). Both are resolved here,
against the stories table (:func:`helpers.corpus.load_corpus`).

``by`` (the unit of a table)
    ``"story_id"`` (default: one group per story); any column of the stories table
    (``"outlet"``, ``"author"``, ``"group"``...); or a period of the ``date`` column:
    ``"date:D"`` (day), ``"date:W"`` (week starting Monday, ISO 8601), ``"date:M"``
    (calendar month). The output tables name their first column
    :func:`group_column` ``(by)``: the column name itself, or ``"period"`` for periods.

Selections (one side of a comparison)
    * a story id (``str``);
    * a list, tuple, set, :class:`pandas.Index` or Series of story ids;
    * a boolean mask the length of the stories table;
    * a mapping ``{column: value}``, every pair must hold. The value is one value, a
      list/set/tuple of values ("any of these") or, on a datetime column (``date``), a
      ``(start, end)`` pair: an inclusive range of dates (strings such as
      ``"2015-07-21"`` or Timestamps; an end given as a day includes that whole day).
      A single value on a datetime column selects that day. The key may also be a
      period ``"date:D"`` / ``"date:W"`` / ``"date:M"`` with any day of the period as
      value: ``{"date:W": "2015-07-21"}`` (a Tuesday) selects the week of Monday 20 to
      Sunday 26 July 2015, ``{"date:M": "2015-07-15"}`` all of July 2015; a list gives
      several periods.
    * A value is one text, number or date, or a list of them; a number or ``true``
      matches the text the loader makes of it (``{"outlet": 1}`` selects the outlet
      ``"1"``, and ``"1"`` a number 1 in a column kept as in the file); a mapping
      or a list of lists as a value is a :class:`~helpers.errors.SelectionError`
      naming the key. An empty mapping ``{}`` names no column and is refused as well.

A story whose group value is missing (NaN, None, empty string, NaT) belongs to no
group: :func:`story_groups` leaves it out, and the group tables do not count it.

Dates have one parser: a ``date`` column (or a period's column) holding text, and every
date written in a selection, are read by :func:`helpers.corpus.dates.parse_date`, the
loader's parser (``01/02/2015`` is 1 February, day first; ``5 أغسطس 2015`` is read), never
by pandas. Time-zone-aware dates (a column or a selection bound) keep their local time,
the zone dropped, as ``parse_date`` does with an offset written in a cell
(:func:`helpers.corpus.dates.local_time`), so days and weeks are the calendar days and
weeks of the places that dated the stories.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from helpers.corpus.dates import local_time, parse_date
from helpers.corpus.records import column_of
from helpers.errors import ArgumentError, SelectionError, check_text, setting, shown

__all__ = [
    "PERIODS",
    "default_target",
    "group_column",
    "group_selection",
    "period_start",
    "resolve_sides",
    "select_stories",
    "story_groups",
]

#: Period codes of ``by="date:<code>"``: day, week (starting Monday), calendar month.
PERIODS: dict[str, str] = {"D": "day", "W": "week (Monday to Sunday)", "M": "calendar month"}
_DATE = "date"


def _parse_by(by: Any, func: str = "group_column") -> tuple[str, str | None]:
    """``by`` -> (column, period code or None). Raises ArgumentError on a bad value."""
    if not isinstance(by, str) or not by:
        raise ArgumentError(
            f"{func}: by must be 'story_id', a column of the stories table or "
            f"'date:D' / 'date:W' / 'date:M', got {type(by).__name__} {by!r}"
        )
    if ":" in by:
        col, _, code = by.partition(":")
        if code not in PERIODS or not col:
            raise ArgumentError(
                f"{func}: by={by!r} is not a period; use '{col or _DATE}:D' (day), "
                f"'{col or _DATE}:W' (week) or '{col or _DATE}:M' (month)"
            )
        return col, code
    return by, None


def group_column(by: str) -> str:
    """Name of the group column of output tables for ``by``.

    ``"story_id"`` and story columns (``"outlet"``) name themselves; a period
    (``"date:D"``, ``"date:W"``, ``"date:M"``) gives ``"period"``.

    Raises
    ------
    helpers.errors.ArgumentError
        ``by`` is not a non-empty string or names an unknown period code.
    """
    _, code = _parse_by(by)
    return "period" if code else by


def _missing(values: pd.Series) -> np.ndarray:
    """True where a group value is missing: NaN/None/NaT or an all-whitespace string."""
    miss = values.isna().to_numpy(dtype=bool, copy=True)
    if values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
        text = values.astype(str).str.strip()
        miss |= (text == "").to_numpy()
    return miss


def _one_date(value: Any) -> tuple[pd.Timestamp | None, str]:
    """(Timestamp or None, why not): a text cell by :func:`parse_date`, a datetime as is
    (a zone dropped at its local time: :func:`helpers.corpus.dates.local_time`),
    anything else not a date."""
    if isinstance(value, str):
        return parse_date(value)
    if isinstance(value, datetime.datetime | datetime.date | np.datetime64):
        t = pd.Timestamp(value)
        return (None, "") if t is pd.NaT else (local_time(t), "")
    return None, f"a {type(value).__name__}, not a date"


def _as_dates(values: pd.Series, col: str, func: str) -> pd.Series:
    """``values`` as datetime64[ns] without a time zone.

    A datetime column is taken as it is; a time-zone-aware one keeps its local time and
    drops the zone (:func:`helpers.corpus.dates.local_time`: a story at 00:30 in Riyadh
    is on that day, as in a column parsed from text with its offset). A column of text is read by
    :func:`helpers.corpus.dates.parse_date` (the loader's parser: ``01/02/2015`` is 1
    February, Arabic month names are read), each distinct value once; a cell that is
    not a date is NaT.
    """
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return values.dt.tz_localize(None).astype("datetime64[ns]")  # local_time
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return values
    seen: dict[Any, pd.Timestamp | None] = {}
    out = []
    for v in values:
        try:
            t = seen[v]
        except KeyError:
            t = seen[v] = None if _empty(v) else _one_date(v)[0]
        except TypeError:  # an unhashable cell (a list): not a date
            t = None
        out.append(t)
    parsed = pd.Series(out, index=values.index, dtype="datetime64[ns]")
    if parsed.notna().sum() == 0:
        raise ArgumentError(
            f"{func}: the column {col!r} holds no dates (first values: "
            f"{', '.join(map(repr, values.head(3).tolist()))})",
            hint=f"load the corpus with {setting('fields', {'date': '<its date field>'})}",
        )
    return parsed


def _empty(v: Any) -> bool:
    return v is None or v is pd.NaT or (isinstance(v, float) and np.isnan(v))


def _period_start(dates: pd.Series, code: str) -> pd.Series:
    """Start of the day / ISO week (Monday) / month of each date (NaT stays NaT)."""
    day = dates.dt.normalize()
    if code == "D":
        return day
    if code == "W":
        return day - pd.to_timedelta(day.dt.day_of_week, unit="D")
    return day - pd.to_timedelta(day.dt.day - 1, unit="D")


def _check_stories(stories: Any, func: str) -> pd.DataFrame:
    if not isinstance(stories, pd.DataFrame) or "story_id" not in stories.columns:
        got = "a DataFrame without story_id" if isinstance(stories, pd.DataFrame) else None
        raise ArgumentError(
            f"{func}: stories must be the stories table (a DataFrame with a story_id "
            f"column), got {got or shown(stories)}",
            hint="use helpers.corpus.load_corpus(path)",
        )
    return stories


def _check_corpus(stories: Any, story_ids: Any, func: str) -> tuple[Any, Any]:
    """``stories`` None or the stories table, ``story_ids`` None or an iterable of ids (not
    one str); else :class:`ArgumentError`. ``story_ids`` comes back as a list."""
    if stories is not None:
        _check_stories(stories, func)
    if story_ids is None:
        return stories, None
    if isinstance(story_ids, str | bytes | Mapping) or not isinstance(story_ids, Iterable):
        raise ArgumentError(
            f"{func}: story_ids must be the corpus's story ids (a list or Series of str), "
            f"got {shown(story_ids)}"
        )
    return stories, list(story_ids)


def story_id_text(ids) -> pd.Series:
    """Story ids as text, the one rule for comparing ids across tables: a table read
    back from a CSV has its ids as int64 (``12``) or, with a blank, float64 (``12.0``)
    while the stories table has ``"12"``. Each id is ``str`` of it, a whole float
    without its ``.0``, a missing one (None, NaN) ``""``. ``ids``: a Series or Index
    (any dtype); returns a Series of str on its index (a RangeIndex for an Index).
    No error is raised."""

    def text(v) -> str:
        if v is None or v is pd.NA or (isinstance(v, float) and v != v):
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)

    series = ids if isinstance(ids, pd.Series) else pd.Series(list(ids))
    return series.map(text).astype(object)


def story_groups(stories: pd.DataFrame, by: str = "story_id") -> pd.Series:
    """The group of every story: a Series indexed by story id.

    Parameters
    ----------
    stories : DataFrame
        The stories table (``story_id`` and the ``by`` column).
    by : str
        ``"story_id"``, a stories column, or ``"date:D"`` / ``"date:W"`` / ``"date:M"``.

    Returns
    -------
    pandas.Series
        Index ``story_id`` (str, corpus order); values: the group label, ``str`` for a
        column (the story id itself for ``"story_id"``), ``datetime64[ns]`` (the start
        of the day, Monday of the ISO week, or first of the month) for a period. Name:
        :func:`group_column` ``(by)``. Stories whose value is missing are left out.

    Raises
    ------
    helpers.errors.ArgumentError
        ``by`` is not a column of ``stories`` (the message lists the columns), is empty
        for every story, or is a period over a column that holds no dates.
    """
    func = "story_groups"
    stories = _check_stories(stories, func)
    col, code = _parse_by(by, func)
    col = column_of(stories.columns, col)
    name = "period" if code else col
    ids = story_id_text(stories["story_id"])
    if col not in stories.columns:
        raise ArgumentError(
            f"{func}: by={by!r} names no column of the stories table; its columns are "
            f"{', '.join(map(str, stories.columns))}",
            hint="group by 'story_id', one of these columns, or 'date:D'/'date:W'/'date:M' "
            "when there is a date column",
        )
    values = stories[col]
    if code:
        values = _period_start(_as_dates(values, col, func), code)
    miss = _missing(values)
    if len(values) and miss.all():
        raise ArgumentError(
            f"{func}: by={by!r}: the column {col!r} is empty for every story "
            f"({len(values)} stories); columns: {', '.join(map(str, stories.columns))}",
            hint=f"choose another column or load the corpus with {setting('fields')} naming it",
        )
    keep = ~miss
    if code:
        out = pd.Series(values.to_numpy()[keep], index=ids.to_numpy()[keep], name=name)
        return out.astype("datetime64[ns]").rename_axis("story_id")
    labels = values[keep].astype(str).str.strip() if col != "story_id" else ids[keep]
    return pd.Series(
        labels.to_numpy(dtype=object),
        index=pd.Index(ids.to_numpy()[keep], name="story_id"),
        name=name,
        dtype="str",
    )


def groups_for(func: str, stories: pd.DataFrame | None, by: str) -> pd.Series:
    """:func:`story_groups` for a table function's ``by=`` other than ``story_id``: the
    one check, and the one message, that such a ``by`` needs the stories table
    (``entity_counts``, ``quotes_per_speaker``: their tables hold story ids, not groups).

    Parameters
    ----------
    func : str
        The public function's name, shown first in the message (``"entity_counts"``).
    stories : DataFrame or None
        The stories table, as the caller's ``stories=`` received it.
    by : str
        As for :func:`story_groups`.

    Returns
    -------
    pandas.Series
        :func:`story_groups` ``(stories, by)``: index ``story_id`` (str), the group label.

    Raises
    ------
    helpers.errors.ArgumentError
        ``stories`` is None («<func>: by='outlet' needs stories= (the stories table) to
        know each story's group»), or any error of :func:`story_groups`.
    """
    if stories is None:
        raise ArgumentError(
            f"{func}: by={by!r} needs stories= (the stories table) to know each story's group",
            hint=f"{func}(..., by={by!r}, stories=helpers.corpus.load_corpus(path))",
        )
    return story_groups(stories, by)


def group_selection(value: Any, by: str = "story_id") -> Any:
    """A selection written as group value(s) of ``by``, as a selection mapping.

    With ``by="story_id"`` (or a value that is already a mapping, a mask or None) the
    value is returned as it is; otherwise ``"aawsat"`` with ``by="outlet"`` becomes
    ``{"outlet": "aawsat"}``, ``["okaz", "sabq"]`` becomes ``{"outlet": ["okaz",
    "sabq"]}`` and ``"2015-07-20"`` with ``by="date:W"`` becomes ``{"date:W":
    "2015-07-20"}`` (that week). Raises :class:`helpers.errors.ArgumentError` for a bad
    ``by``.
    """
    _parse_by(by, "group_selection")
    if by == "story_id" or value is None or isinstance(value, Mapping):
        return value
    if isinstance(value, str | pd.Timestamp):
        return {by: value}
    if isinstance(value, list | tuple | set | frozenset) and not any(
        isinstance(v, bool | np.bool_) for v in value
    ):
        return {by: list(value)}
    return value


#: What a value of a ``{column: value}`` selection may be, for error messages.
_VALUES = (
    "a value is one text, number or date, a list of them (any of these), or on a date "
    "column a [start, end] pair"
)


def _check_value(col: str, value: Any, name: str) -> None:
    """A selection value is a scalar or a flat list/tuple/set of scalars; else
    :class:`SelectionError` naming the key (a JSON object or a nested list as a value
    would otherwise reach pandas and stop with a bare ValueError)."""
    items = list(value) if isinstance(value, list | tuple | set | frozenset) else [value]
    for item in items:
        if isinstance(item, Mapping | list | tuple | set | frozenset | bytes | bytearray):
            kind = "an object" if isinstance(item, Mapping) else f"a {type(item).__name__}"
            raise SelectionError(
                f"the {name} gives {kind} for column {col!r} ({_brief(item)}); {_VALUES}",
                hint='e.g. {"outlet": "aawsat"}, {"outlet": ["okaz", "sabq"]} or '
                '{"date": ["2015-07-21", "2015-07-27"]}',
            )


def _as_text(value: Any) -> str | None:
    """A selection value or a cell as text for matching: text as it is, a number or a
    bool as the loader writes one in a text column (JSON: ``1``, ``1.5``, ``true``);
    None for anything else (a missing value, a list...)."""
    if isinstance(value, str):
        return value
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, bool | int) or (isinstance(value, float) and np.isfinite(value)):
        return json.dumps(value)
    return None


def _brief(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def period_start(value: Any, by: str) -> pd.Timestamp | None:
    """The start of the period of ``by`` (``"date:D"``/``"date:W"``/``"date:M"``) that
    holds the one date ``value`` (text read by :func:`helpers.corpus.dates.parse_date`,
    as selections are: ``"05/08/2015"`` is 5 August; or a Timestamp): the day, the
    Monday of its ISO week, the first of its month. None when ``value`` is not one date
    (a range, a list, text that is no date) or ``by`` is no period. What names a
    period selection (``{"date:W": "2015-07-21"}`` is the week of Monday 20 July)."""
    try:
        _, code = _parse_by(by)
    except ArgumentError:
        return None
    if code is None or _empty(value) or isinstance(value, list | tuple | set | Mapping):
        return None
    t, _why = _one_date(value)
    if t is None:
        return None
    return _period_start(pd.Series([t], dtype="datetime64[ns]"), code).iloc[0]


def default_target(stories: pd.DataFrame, by: str = "story_id") -> Any:
    """The target of a comparison when none is given: the one rule the notebooks
    (:meth:`helpers.study.Study.compare`) and the check before the run
    (:func:`helpers.study.check_options`) share.

    ``by="story_id"``: the first story's id (``str``). Otherwise the group of ``by``
    with the most stories, as a selection ``{by: value}`` (ties: the value
    :meth:`pandas.Series.value_counts` puts first; a period as its start, a Timestamp).

    Raises
    ------
    helpers.errors.ArgumentError
        As :func:`story_groups` (``by`` not a column, empty for every story...).
    """
    stories = _check_stories(stories, "default_target")
    if by == "story_id":
        return stories["story_id"].iloc[0]
    return {by: story_groups(stories, by).value_counts().index[0]}


def _column_mask(stories: pd.DataFrame, col: str, value: Any, name: str) -> pd.Series:
    """Boolean mask over ``stories`` for one ``{col: value}`` pair of a selection."""
    _check_value(col, value, name)
    base, code = (col, None)
    if ":" in col:
        try:
            base, code = _parse_by(col, "select_stories")
        except ArgumentError as exc:
            raise SelectionError(f"the {name}: {exc}") from None
    base = column_of(stories.columns, base)
    if base not in stories.columns:
        raise SelectionError(
            f"the {name} selects on column {base!r}, which the stories table "
            f"does not have (columns: {', '.join(map(str, stories.columns))})"
        )
    values = stories[base]
    # the date column is read as dates even when it holds text (a table made by hand)
    is_date = (
        code is not None or base == _DATE or pd.api.types.is_datetime64_any_dtype(values.dtype)
    )
    if not is_date:
        many = isinstance(value, list | tuple | set | frozenset)
        value = _typed_values(values, list(value) if many else value, many)
        mask = values.isin(list(value)) if many else values == value
        # a number or true/false matches the text the loader made of it (an outlet
        # given as 1 in a JSON file is the text "1"), and a text "1" a number 1
        texts = {t for t in map(_as_text, value if many else [value]) if t is not None}
        if texts:
            mask |= values.map(_as_text).isin(texts)
        return mask
    try:
        dates = _as_dates(values, base, "select_stories")
    except ArgumentError as exc:
        raise SelectionError(f"the {name}: {exc}") from None
    if code is not None:
        dates = _period_start(dates, code)

    def stamp(v: Any) -> pd.Timestamp:
        if _empty(v):
            raise SelectionError(f"the {name} gives an empty date for column {base!r}")
        t, why = _one_date(v)
        if t is None:
            raise SelectionError(
                f"the {name} gives {v!r} for the date column {base!r}, which is not a date"
                + (f" ({why})" if why else ""),
                hint="write dates as 'YYYY-MM-DD' (or 21/07/2015, day first)",
            )
        return t

    if isinstance(value, tuple) and code is None:
        if len(value) != 2:
            raise SelectionError(
                f"the {name} gives {len(value)} values for the date range of {base!r}; "
                "a range is (start, end)",
                hint="e.g. {'date': ('2015-07-21', '2015-07-27')}; a list selects days",
            )
        start, end = stamp(value[0]), stamp(value[1])
        if end < start:
            raise SelectionError(
                f"the {name} date range of {base!r} ends ({end.date()}) before it starts "
                f"({start.date()})"
            )
        if end == end.normalize():  # a day: include the whole day
            return (dates >= start) & (dates < end + pd.Timedelta(days=1))
        return (dates >= start) & (dates <= end)
    if code is not None:  # a period key: any day of each period given selects it
        wanted = value if isinstance(value, list | tuple | set | frozenset) else [value]
        starts = _period_start(pd.Series([stamp(v) for v in wanted], dtype="datetime64[ns]"), code)
        return dates.isin(starts.tolist())
    wanted = value if isinstance(value, list | set | frozenset) else [value]
    return dates.dt.normalize().isin([stamp(v).normalize() for v in wanted])


def _typed_values(column: pd.Series, value: Any, many: bool) -> Any:
    """The str ``value`` (or each str of the list ``value`` when ``many``) of a column
    selection read as a story id typed is read (:func:`select_stories`, the one rule):
    as given when the column holds it or :func:`_as_loaded` of it is not there either,
    else :func:`_as_loaded` of it («sabq<U+200F>» pasted from a right-to-left page is
    sabq; session 23, fix23c: in a list it silently matched nothing). Other values as
    given. Raises nothing."""
    wanted = value if many else [value]
    odd = [v for v in wanted if isinstance(v, str) and _as_loaded(v) != v]
    if not odd:
        return value
    present = set(column.dropna().tolist())
    fixed = {v: _as_loaded(v) for v in odd if v not in present and _as_loaded(v) in present}
    if not fixed:
        return value
    typed = [fixed.get(v, v) if isinstance(v, str) else v for v in wanted]
    return typed if many else typed[0]


def _as_loaded(story_id: str) -> str:
    """``story_id`` as the loader writes an id (:func:`helpers.corpus.load._plain_id`:
    controls, bidi controls and invisible marks removed, NFC, no-break space as space,
    stripped)."""
    from helpers.corpus.load import _plain_id

    return _plain_id(story_id)


def typed_ids(selection: Any) -> Any:
    """A selection whose story ids are read as the loader writes ids: a str, or each str
    of a list or tuple, through :func:`helpers.corpus.load._plain_id` («s1» typed
    «s1<U+200F>» or « s1» is s1); anything else (a mapping, a mask, None) as given. For
    the callers that name a side by its selection (:meth:`helpers.study.Study.compare`),
    so that the name is the id resolved, never a pasted bidi control (session 23).
    Raises nothing."""
    if isinstance(selection, str):
        return _as_loaded(selection)
    if isinstance(selection, list | tuple) and all(isinstance(v, str) for v in selection):
        return type(selection)(_as_loaded(v) for v in selection)
    return selection


def select_stories(
    selection: Any,
    *,
    stories: pd.DataFrame | None = None,
    story_ids: Iterable[str] | None = None,
    name: str = "selection",
) -> list[str]:
    """Resolve a story selection to a list of story ids, in corpus order.

    The one place khabar resolves selections (keyness, overlap, shared entities, time
    series all call it). Accepted forms are listed in the module docstring.

    Parameters
    ----------
    selection
        The selection.
    stories : DataFrame, optional
        The stories table (needed for mappings and masks; its ``story_id`` column is
        the corpus when ``story_ids`` is not given).
    story_ids : iterable of str, optional
        Every story id of the corpus, in order (default: ``stories.story_id``).
    name : str
        ``"target"``, ``"reference"``... used in error messages.

    Returns
    -------
    list of str
        The selected story ids, in corpus order, without duplicates.

    Raises
    ------
    helpers.errors.SelectionError
        Unknown story ids or columns, a mask of the wrong length, a mapping or mask
        without a stories table, an empty mapping, a value that is a mapping or a
        nested list (the message names the key), a bad date or date range, or a
        selection matching no story (the message names the side). A selection of
        none of the accepted forms, such as a number: story ids are strings, and a
        number is not taken as a position.
    helpers.errors.ArgumentError
        ``stories`` not a DataFrame with ``story_id``, ``story_ids`` not an iterable of
        ids (one str is refused), ``name`` not a str.
    """
    func = "select_stories"
    check_text(name, func, "name", "a str such as 'target'")
    stories, story_ids = _check_corpus(stories, story_ids, func)
    if story_ids is None:
        if stories is None:
            raise SelectionError(
                f"the {name} cannot be resolved: neither stories nor story_ids given",
                hint="pass stories=the stories table",
            )
        story_ids = stories["story_id"]
    universe = list(dict.fromkeys(str(s) for s in story_ids))
    known = set(universe)
    if selection is None:
        raise SelectionError(f"the {name} selects no stories (got None)")

    def _ids(ids: Iterable[Any]) -> list[str]:
        ids = [str(i) for i in ids]
        # an id typed is read as a loaded id is made (load._plain_id, the one rule): " day1-01"
        # with a space, "s1\u200f" with an RLM pasted from a right-to-left page, an NFD
        # أ are day1-01, s1, أ (session 23: a mark or bidi control made it unknown)
        ids = [i if i in known or _as_loaded(i) not in known else _as_loaded(i) for i in ids]
        unknown = [i for i in ids if i not in known]
        if unknown:
            shown = ", ".join(universe[:5]) + (" ..." if len(universe) > 5 else "")
            broken = [i for i in unknown if i.strip()[:1] in ("{", "[")]
            raise SelectionError(
                f"the {name} names stories not in the corpus: {', '.join(unknown[:5])}"
                + (
                    f" ({broken[0]!r} is no JSON selection either: a selection is written "
                    "as a whole JSON object or array, {...} or [...])"
                    if broken
                    else ""
                ),
                hint=f"known story ids: {shown}",
            )
        wanted = set(ids)
        return [s for s in universe if s in wanted]

    if isinstance(selection, str):
        chosen = _ids([selection])
    elif isinstance(selection, Mapping):
        if stories is None:
            raise SelectionError(
                f"the {name} is a column selection {dict(selection)!r} but no stories "
                "table was given",
                hint="pass stories=the stories table",
            )
        if not selection:
            raise SelectionError(
                f"the {name} is an empty mapping {{}}: it names no column, so it would "
                "select every story",
                hint='give {column: value}, e.g. {"outlet": "aawsat"}, or leave it None '
                "for the default",
            )
        mask = pd.Series(True, index=stories.index)
        for col, value in selection.items():
            mask &= _column_mask(stories, str(col), value, name).to_numpy()
        sel = stories.loc[mask.to_numpy(), "story_id"].astype(str)
        chosen = [s for s in dict.fromkeys(sel) if s in known]
        if not chosen:
            raise SelectionError(
                f"the {name} {dict(selection)!r} selects no stories",
                hint="check the column values (e.g. stories[column].unique()) or the dates",
            )
    elif (
        isinstance(selection, bytes | bytearray)
        or not isinstance(selection, Iterable)
        or getattr(selection, "ndim", 1) == 0
    ):
        raise SelectionError(
            f"the {name} must be a story id (str), a list of story ids, a "
            "{column: value} mapping or a boolean mask over stories=; got "
            f"{type(selection).__name__} {selection!s}",
            hint="story ids are strings such as "
            f"{universe[0] if universe else 'asharq-two-stories-01'!r}; to pick stories by "
            "position use stories.story_id.iloc[[0, 1]]",
        )
    else:
        values = np.asarray(list(selection) if not hasattr(selection, "dtype") else selection)
        if values.dtype == bool:
            if stories is None:
                raise SelectionError(
                    f"the {name} is a boolean mask but no stories table was given",
                    hint="pass stories=the stories table the mask was made from",
                )
            if len(values) != len(stories):
                raise SelectionError(
                    f"the {name} mask has {len(values)} entries but the stories table "
                    f"has {len(stories)} rows"
                )
            chosen = _ids(stories.loc[values, "story_id"])
        else:
            chosen = _ids(values.tolist())
    if not chosen:
        raise SelectionError(
            f"the {name} selects no stories",
            hint="check the story ids or the column=value selection",
        )
    return chosen


def resolve_sides(
    stories: pd.DataFrame | None,
    target: Any,
    reference: Any = None,
    *,
    story_ids: Iterable[str] | None = None,
    names: tuple[str, str] = ("target", "reference"),
) -> tuple[list[str], list[str]]:
    """Resolve the two sides of a comparison to disjoint lists of story ids.

    Parameters
    ----------
    stories : DataFrame or None
        The stories table (needed for mapping and mask selections).
    target, reference
        Selections (module docstring); ``reference=None`` is every story of the corpus
        not in the target.
    story_ids : iterable of str, optional
        The corpus (default ``stories.story_id``), e.g. the stories of a tokens table.
    names : (str, str)
        How the sides are called in messages (``("first selection (a)", "second
        selection (b)")`` for overlap).

    Returns
    -------
    (list of str, list of str)
        Target and reference story ids, each in corpus order.

    Raises
    ------
    helpers.errors.SelectionError
        A side selects no story (the message names it), the reference left over by
        ``reference=None`` is empty (the target holds the whole corpus), both sides
        select the same stories, or a story is on both sides.
    helpers.errors.ArgumentError
        ``stories`` not None or a DataFrame with ``story_id``; ``story_ids`` not an
        iterable of ids; ``names`` not two str.
    """
    func = "resolve_sides"
    if (
        not isinstance(names, tuple | list)
        or len(names) != 2
        or not all(isinstance(n, str) for n in names)
    ):
        raise ArgumentError(
            f"{func}: names must be two str, as ('target', 'reference'), got {shown(names)}"
        )
    stories, story_ids = _check_corpus(stories, story_ids, func)
    if story_ids is None:
        if stories is None:
            raise SelectionError("cannot resolve the selections: no stories table given")
        story_ids = stories["story_id"].astype(str)
    universe = list(dict.fromkeys(str(s) for s in story_ids))
    t_name, r_name = names
    t_ids = select_stories(target, story_ids=universe, stories=stories, name=t_name)
    if reference is None:
        taken = set(t_ids)
        r_ids = [s for s in universe if s not in taken]
        if not r_ids:
            raise SelectionError(
                f"the {r_name} (every story not in the {t_name}) is empty: the {t_name} "
                "already holds the whole corpus",
                hint=f"choose a smaller {t_name} or give a {r_name}",
            )
    else:
        r_ids = select_stories(reference, story_ids=universe, stories=stories, name=r_name)
    if set(t_ids) == set(r_ids):
        raise SelectionError(
            f"{t_name} and {r_name} select the same stories ({', '.join(t_ids[:5])}): "
            "a text compared with itself has no key terms",
            hint=f"pick a different {r_name}, or leave it None for the rest of the corpus",
        )
    r_set = set(r_ids)
    both = [s for s in t_ids if s in r_set]
    if both:
        raise SelectionError(
            f"stories in both {t_name} and {r_name}: {', '.join(both[:5])}"
            + (f" and {len(both) - 5} more" if len(both) > 5 else "")
            + " (both selections hold them)",
            hint="a story can be on one side of a comparison only",
        )
    return t_ids, r_ids
