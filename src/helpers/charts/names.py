"""What a reader sees for a group and for the unit of comparison: Arabic words only.

Charts and displayed tables show an outlet by its Arabic name (``aawsat`` -> «الشرق
الأوسط», ``okaz.com.sa`` -> «عكاظ»: ``data/outlet_names.tsv``), and name the unit of
comparison in Arabic (``outlet`` -> «الصحيفة», ``date:W`` -> «الأسبوع»:
``data/unit_names.tsv``). CSV files keep the raw values; only what is drawn or shown
goes through these functions. Both lists are data: add a row to name another outlet or
column.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import pandas as pd

__all__ = [
    "entity_labels",
    "group_label",
    "group_name",
    "nationality_names",
    "outlet_names",
    "unit_name",
    "unit_noun",
]

#: Unit name and counted noun of a group column not in ``unit_names.tsv``.
GENERIC_UNIT = ("المجموعة", "مجموعة")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("helpers.charts").joinpath(f"data/{name}").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]  # rows[0] is the header


def _key(value) -> str:
    """A value as looked up: stripped, lower case, without ``http(s)://``, ``www.`` and a
    trailing ``/``."""
    text = str(value).strip().lower()
    text = re.sub(r"^https?://", "", text)
    text = re.sub(r"^www\.", "", text)
    return text.rstrip("/")


@functools.lru_cache(maxsize=1)
def outlet_names() -> dict[str, str]:
    """``{value: Arabic name}`` of ``helpers/charts/data/outlet_names.tsv`` (values as
    looked up: lower case, no ``www.``): SaudiNewsNet's 14 outlet ids and the web
    domains of the same papers."""
    return {_key(row[0]): row[1] for row in _rows("outlet_names.tsv")}


def group_name(value) -> str:
    """How a group value is shown to a reader: the outlet's Arabic name when the value
    is a known outlet id or web domain (``"aawsat"``, ``"AAWSAT"``, ``"www.okaz.com.sa"``
    -> «الشرق الأوسط», «الشرق الأوسط», «عكاظ»), else the value as text, unchanged
    (``"asharq-two-stories-01"``, an Arabic name, a date label). Missing values (None,
    NaN) give ``""``."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return outlet_names().get(_key(value), str(value))


#: The period units of comparison (``GROUP_BY``), by the pandas period letter.
PERIODS = {"date:D": "D", "date:W": "W", "date:M": "M"}


def group_label(by, value) -> str:
    """The one rule for how a group value of unit ``by`` is shown to a reader (charts,
    displayed tables; CSV files keep the value): for a period unit (``date:D``,
    ``date:W``, ``date:M``; ``value`` the period's first day) an Arabic date: ``20 يوليو
    2015`` a day, ``أسبوع 20 يوليو 2015`` the week starting that Monday, ``يوليو 2015`` a
    month (:func:`helpers.charts.arabic_date`); a story id as itself; any other value by
    :func:`group_name` (an outlet by its Arabic name). :meth:`helpers.grouping.Unit.label`
    is this function for the unit in force."""
    if str(by) in PERIODS:
        from .views import arabic_date

        if by == "date:W":
            return f"أسبوع {arabic_date(value, 'D')}"
        return arabic_date(value, PERIODS[by])
    if by == "story_id":
        return str(value)
    return group_name(value)


@functools.lru_cache(maxsize=1)
def nationality_names() -> dict[str, str]:
    """``{entity_id: nationality adjective}`` of the entities helper's
    ``helpers/entities/data/nationalities.csv`` (``country:SY`` -> سوري, ``country:US``
    -> أميركي): the masculine singular adjective, the first column a reader expects in a
    list of nationalities."""
    import csv
    import io

    text = resources.files("helpers.entities").joinpath("data/nationalities.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]  # # comments
    rows = csv.DictReader(io.StringIO("\n".join(lines)))
    return {r["entity_id"]: r["canonical"] for r in rows if r.get("type") == "NORP"}


def entity_labels(counts: pd.DataFrame) -> pd.Series:
    """What a chart shows for each row of an entity counts table (columns ``entity_id``,
    ``canonical``, ``type``; str): ``canonical``, except for a nationality (type
    ``NORP`` with a country's id), shown as its adjective (:func:`nationality_names`):
    the mentions table labels «السعودي» / «سعوديين» by the country, «السعودية», so that
    views can merge a country with its adjective; a panel or row of nationalities shows
    «سعودي» instead, and is not read as a second list of places. Other NORP rows (a
    group without a country) keep their name. Returns a str Series on ``counts.index``."""
    names = nationality_names()
    canon = counts["canonical"].astype(str)
    if "type" not in counts.columns or not len(counts):
        return canon
    adjective = counts["entity_id"].astype(str).map(names)
    use = (counts["type"].astype(str) == "NORP") & adjective.notna()
    return canon.where(~use, adjective)


@functools.lru_cache(maxsize=1)
def _units() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in _rows("unit_names.tsv")}


#: Labels of a month period (Unit.label of date:M: «يوليو 2015»): a name and a year.
_MONTH_LABEL = re.compile(r"^\D+ \d{4}$")


def _period_kind(values) -> str | None:
    """``date:W`` / ``date:M`` / ``date:D`` read from the labels of a ``period`` column
    (:meth:`helpers.grouping.Unit.label`: «أسبوع 20 يوليو 2015», «يوليو 2015», «20 يوليو
    2015»); None without labels."""
    labels = [str(v) for v in values if isinstance(v, str) and v]
    if not labels:
        return None
    if all(s.startswith("أسبوع") for s in labels):
        return "date:W"
    if all(_MONTH_LABEL.match(s) for s in labels):
        return "date:M"
    return "date:D"


def _unit(by, values=()) -> tuple[str, str]:
    by = str(by)
    if by == "period":
        by = _period_kind(values) or by
    return _units().get(by, GENERIC_UNIT)


def unit_name(by, values=()) -> str:
    """The unit of comparison named in Arabic, definite: ``outlet`` -> «الصحيفة»,
    ``story_id`` -> «القصة», ``side`` -> «الجانب», ``date:D``/``date:W``/``date:M`` ->
    «اليوم»/«الأسبوع»/«الشهر»; the group column ``period`` is read from its labels
    ``values`` when given («الفترة» otherwise); any other column «المجموعة».
    From ``helpers/charts/data/unit_names.tsv``."""
    return _unit(by, values)[0]


def unit_noun(by, values=()) -> str:
    """The counted noun of the unit (for :func:`helpers.charts.counted`): ``outlet`` ->
    صحيفة (12 صحيفة), ``date:D`` -> يوم (12 يوماً), ``side`` -> جانب (جانبان); as
    :func:`unit_name` for ``period`` and unknown columns (مجموعة)."""
    return _unit(by, values)[1]
