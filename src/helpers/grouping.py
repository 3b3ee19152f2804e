"""The unit of comparison a notebook uses: stories, outlets, folders, periods, or the corpus.

Every notebook has one ``GROUP_BY`` parameter and resolves it here, with
:func:`choose_group_by`, so the rule is written once:

* ``GROUP_BY = None`` (or ``"auto"``): ``story_id`` when the corpus has at most
  :data:`MAX_STORY_LEVEL` (8) stories (the embedded corpus keeps its per-story tables
  and figures); else ``outlet`` when the stories table has it for at least half of the
  stories; else ``group`` (the first-level folder, ``load_corpus(...,
  group_from="folder")``) on the same condition; else the whole corpus as one group
  (``corpus``). Stories without a value of the unit are left out of every table by it,
  and the unit's ``reason`` says how many;
* a column name (``"outlet"``, ``"author"``) or a period of the date column
  (``"date:D"``, ``"date:W"``, ``"date:M"``) is used as given, except a column where
  every story has its own value (``url``): that is story level, with the cap below;
* ``"story_id"``: story level. Per-story figure files are drawn for at most 8 stories;
  past that the notebooks draw per-group or corpus-level figures only.

Grouping itself (which story is in which group) is :func:`helpers.corpus.story_groups`;
this module only decides the unit and says it in words.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .corpus.dates import as_dates
from .corpus.records import column_of, field_name
from .display import PATH_COLUMNS, markdown_code, shown_path
from .errors import ArgumentError, CorpusFormatError, VisibleWarning, check_path, setting

__all__ = [
    "CORPUS_GROUP",
    "MAX_STORY_LEVEL",
    "PATH_PARAMETERS",
    "PERIODS",
    "Unit",
    "UnitWarning",
    "auto_period",
    "check_path_parameters",
    "choose_group_by",
    "folder_groups",
    "read_parameter",
]

#: Most stories for which per-story tables and figure files are made.
MAX_STORY_LEVEL = 8
#: Group column added for "the whole corpus as one group".
CORPUS_GROUP = "corpus"
PERIODS = {"date:D": "day", "date:W": "week", "date:M": "month"}
#: A period's counted noun (a row of ``charts/data/counted_nouns.tsv``), for
#: :meth:`Unit.describe` and the reasons of :func:`choose_group_by` (Arabic, session 20).
PERIOD_NOUNS = {"date:D": "يوم", "date:W": "أسبوع", "date:M": "شهر"}
AUTO_COLUMNS = ("outlet", "group")


class UnitWarning(VisibleWarning):
    """The GROUP_BY asked for was replaced (e.g. a column where every story differs)."""


@dataclass(frozen=True)
class Unit:
    """The unit of comparison in force.

    Attributes
    ----------
    by : str
        ``story_id``, a stories column (``outlet``, ``group``, :data:`CORPUS_GROUP`)
        or ``date:D`` / ``date:W`` / ``date:M``; pass it as ``by=`` to the counting
        functions.
    asked : str or None
        The ``GROUP_BY`` parameter as given.
    reason : str
        Why this unit (one Arabic sentence, for the notebook's opening; English before
        session 20).
    stories : int
        Stories in the corpus.
    groups : int
        Distinct groups (stories for story level; periods for dates).
    """

    by: str
    asked: str | None
    reason: str
    stories: int
    groups: int

    @property
    def per_story(self) -> bool:
        """True when per-story tables and figure files are made (story level, at most
        :data:`MAX_STORY_LEVEL` stories)."""
        return self.by == "story_id" and self.stories <= MAX_STORY_LEVEL

    @property
    def is_period(self) -> bool:
        return self.by in PERIODS

    def label(self, value) -> str:
        """How a group value is shown to a reader (charts, displayed tables; CSV files
        keep the value): an Arabic date for periods (``20 يوليو 2015`` a day, ``أسبوع
        20 يوليو 2015`` the week starting that Monday, ``يوليو 2015`` a month); an
        outlet by its Arabic name where known (``aawsat`` -> ``الشرق الأوسط``,
        :func:`helpers.charts.names.group_name`, ``charts/data/outlet_names.tsv``);
        the value as text otherwise (story ids always). The one rule is
        :func:`helpers.charts.names.group_label`, which charts also use."""
        from .charts.names import group_label

        return group_label(self.by, value)

    def column(self) -> str:
        """Name of the group column in output tables (``period`` for dates)."""
        return "period" if self.is_period else self.by

    def describe(self) -> str:
        """Markdown in Arabic (session 20; English before): the unit in force, why, and
        how to change it, the stories and groups counted by
        :func:`helpers.charts.skeleton.counted`: «**وحدة المقارنة:** كل قيمة من قيم
        العمود **`outlet`** (14 مجموعة، 20,329 قصة). …». Identifiers (``GROUP_BY``,
        column names, the values to set) stay as written, in code marks."""
        from .charts.skeleton import counted, stories_phrase

        what = {
            "story_id": "كل **قصة** على حدة",
            CORPUS_GROUP: "**القصص كلها** مجموعةً واحدة",
        }.get(self.by, f"كل **{PERIOD_NOUNS.get(self.by, self.by)}**")
        if self.by not in ("story_id", CORPUS_GROUP) and not self.is_period:
            what = f"كل قيمة من قيم العمود **{markdown_code(self.by)}**"
        stories = stories_phrase(self.stories)
        if self.by in ("story_id", CORPUS_GROUP):  # one group a story, or one group
            size = stories
        else:
            size = f"{counted(self.groups, PERIOD_NOUNS.get(self.by, 'مجموعة'))}، {stories}"
        return (
            f"**وحدة المقارنة:** {what} ({size}). {self.reason} لتغييرها اضبط "
            "`GROUP_BY` في خلية المعاملات "
            "(أو `-p GROUP_BY outlet` مع papermill، أو `--group-by` مع "
            '`python -m helpers run`): `"story_id"`، أو عمود من جدول القصص مثل '
            '`"outlet"` أو `"author"`، أو `"date:D"` أو `"date:W"` أو `"date:M"`.'
        )


def _nonempty(values: pd.Series) -> pd.Series:
    text = values.astype("string").str.strip()
    return values[values.notna() & (text != "")]


def choose_group_by(
    stories: pd.DataFrame,
    group_by: str | None = None,
    *,
    max_stories: int = MAX_STORY_LEVEL,
    fields: dict[str, str] | str | None = None,
    report: pd.DataFrame | None = None,
    corpus: str | Path | None = None,
) -> Unit:
    """Resolve a notebook's ``GROUP_BY`` parameter against a stories table.

    Parameters
    ----------
    stories : pandas.DataFrame
        The stories table (:func:`helpers.corpus.load_corpus`): ``story_id`` and any
        metadata columns (``outlet``, ``group``, ``date`` as datetime64...).
    group_by : str or None
        ``None`` / ``"auto"`` / ``""``: the rule of the module docstring; otherwise
        ``"story_id"``, a column name or ``"date:D"``/``"date:W"``/``"date:M"`` (any
        case; the ``date`` column itself, by name or by its ``FIELDS`` field, is
        ``"date:D"``).
    max_stories : int
        Most stories for story-level comparison when choosing automatically.
    fields : dict, JSON text or None
        The ``FIELDS`` mapping the stories were loaded with (khabar's column -> the
        file's field). A ``group_by`` naming a mapped field means its column:
        SaudiNewsNet's ``source`` under ``{"outlet": "source"}`` is ``outlet``.
    report : DataFrame or None
        The cleaning report the stories were loaded with: a period unit on stories
        none of which has a date says how many date values it lists as unreadable.
    corpus : path or None
        The corpus read, named in that message.

    Returns
    -------
    Unit
        When the unit is the whole corpus, the caller adds the column with
        ``stories.assign(corpus=...)`` (:data:`CORPUS_GROUP`); every other unit is a
        column of ``stories`` (or of its dates).

    Raises
    ------
    helpers.errors.ArgumentError
        ``group_by`` names a column the table lacks (the message lists the columns), a
        column empty for every story, a date period without a ``date`` column, or a
        column of file paths (:data:`helpers.display.PATH_COLUMNS`, the loader's
        ``source``): a path of the machine that read the corpus is never a unit of
        comparison, since the groups' names reach every chart and export.
    helpers.errors.CorpusFormatError
        ``stories`` is not a stories table (no ``story_id``).

    Warns
    -----
    UnitWarning
        A column where every story has its own value: story level is used instead.
    """
    if not isinstance(stories, pd.DataFrame) or "story_id" not in stories.columns:
        raise CorpusFormatError(
            "choose_group_by: stories must be the stories table of load_corpus (with story_id)"
        )
    n = len(stories)
    asked = group_by
    if isinstance(group_by, str):
        group_by = group_by.strip()
    if group_by in (None, "", "auto"):
        if n <= max_stories:
            return Unit(
                "story_id",
                asked,
                f"في المدونة {_stories(n)} (لا تزيد على {max_stories})، فتُقارن كل قصة على حدة.",
                n,
                n,
            )
        for col in AUTO_COLUMNS:
            if col not in stories.columns:
                continue
            values = _nonempty(stories[col])
            if len(values) * 2 < n:  # most stories have none: no unit (session 17)
                continue
            groups = values.astype(str).nunique()
            if groups < n or n == 0:
                return Unit(
                    col,
                    asked,
                    f"في المدونة {_stories(n)} وعمود {markdown_code(col)}، فتُقارن القصص بحسبه."
                    + _left_out(n, len(values), markdown_code(col)),
                    n,
                    groups,
                )
        return Unit(
            CORPUS_GROUP,
            asked,
            f"في المدونة {_stories(n)} وليس لأكثرها عمود `outlet` ولا مجلد، "
            "فتوصف كلها كمجموعة واحدة.",
            n,
            1,
        )
    if not isinstance(group_by, str):
        raise ArgumentError(
            f"choose_group_by: GROUP_BY must be a column name, 'story_id' or 'date:D', "
            f"'date:W', 'date:M', got {group_by!r}"
        )
    if group_by == "story_id":
        return Unit("story_id", asked, "تُقارن كل قصة على حدة، كما طُلب.", n, n)
    group_by = _period(group_by, fields, stories.columns)
    if group_by in PERIODS:
        if "date" in stories.columns and not stories["date"].notna().any():
            raise ArgumentError(
                _no_dates(group_by, report, corpus),
                hint=NO_DATE_HINT + setting("group_by", "outlet"),
            )
        if "date" not in stories.columns:
            raise ArgumentError(
                f"choose_group_by: GROUP_BY {group_by!r} needs a date column with dates; "
                f"the stories table has columns {', '.join(map(str, stories.columns))}",
                hint=f"load the corpus with {setting('fields', {'date': '<its date field>'})}",
            )
        dates = as_dates(stories["date"]).dropna()
        groups = dates.dt.to_period(group_by[-1]).nunique()
        return Unit(
            group_by,
            asked,
            f"تُقارن القصص {PERIOD_NOUNS[group_by]}اً ب{PERIOD_NOUNS[group_by]}، كما طُلب."
            + _left_out(n, len(dates), "`date`"),
            n,
            int(groups),
        )
    group_by = _field_column(group_by, fields, stories.columns)
    group_by = column_of(stories.columns, group_by)  # 'Outlet' as the file writes it
    if group_by in PATH_COLUMNS and group_by in stories.columns:
        raise ArgumentError(
            f"choose_group_by: GROUP_BY {group_by!r} is the file each story was read from "
            "(a path on this machine), not a field of the stories, so it cannot name "
            "groups shown in charts and exports",
            hint=f"group by a field of the stories: {setting('group_by', 'outlet')} (with "
            f"{setting('fields', {'outlet': 'source'})} mapping the file's outlet field), "
            "'group' for sub-folders, or 'date:D'",
        )
    if group_by not in stories.columns:
        raise ArgumentError(
            f"choose_group_by: GROUP_BY {group_by!r} is not a column of the stories table; "
            f"it has {', '.join(map(str, stories.columns))}",
            hint="use one of these, story_id, or date:D / date:W / date:M, e.g. "
            + setting(
                "group_by", next((c for c in AUTO_COLUMNS if c in stories.columns), "story_id")
            ),
        )
    values = _nonempty(stories[group_by])
    if values.empty:
        raise ArgumentError(
            f"choose_group_by: GROUP_BY column {group_by!r} is empty for every story; "
            f"the stories table has columns {', '.join(map(str, stories.columns))}"
        )
    groups = values.astype(str).nunique()
    if groups == n and n > 1:
        warnings.warn(
            f"GROUP_BY {group_by!r}: every story has its own value, so stories are "
            f"compared one by one (per-story figures only up to {max_stories} stories)",
            UnitWarning,
            stacklevel=2,
        )
        return Unit(
            "story_id",
            asked,
            f"لكل قصة قيمتها الخاصة في {markdown_code(group_by)}، فتُقارن كل قصة على حدة.",
            n,
            n,
        )
    return Unit(
        group_by,
        asked,
        f"تُقارن القصص بحسب {markdown_code(group_by)}، كما طُلب."
        + _left_out(n, len(values), markdown_code(group_by)),
        n,
        groups,
    )


#: What to do when no story has a readable date (:func:`_no_dates`; the option as the
#: reader sets it, :func:`helpers.errors.setting`, follows).
NO_DATE_HINT = (
    "read the cleaning report (notebook 01, report.csv: reason 'date not understood') "
    "for the dates' form, or group by another column, e.g. "
)


def _no_dates(group_by: str, report: pd.DataFrame | None, corpus: object) -> str:
    """The message of a period unit on a corpus whose ``date`` column is empty for
    every story (session 21: it listed ``date`` among the columns and advised
    ``--fields``, naming no file): no story has a readable date, how many date values
    the cleaning report lists as not understood or not plausible, and the corpus."""
    where = f" of {shown_path(corpus)}" if corpus is not None else ""
    text = f"choose_group_by: GROUP_BY {group_by!r}: no story{where} has a readable date"
    if isinstance(report, pd.DataFrame) and "reason" in report.columns:
        reasons = report["reason"].astype(str)
        bad = int(reasons.str.startswith(("date not understood", "date not plausible")).sum())
        text += (
            f"; the cleaning report lists {bad:,} date value{'s' * (bad != 1)} it could not "
            "read (not understood or not plausible)"
            if bad
            else "; the stories have an empty date"
        )
    return text


def _left_out(n: int, having: int, what: str) -> str:
    """The sentence a unit's reason ends with when ``n - having`` of the ``n`` stories
    have no value of the unit's column: every table by that unit leaves them out
    (session 17: before, they were left out without a word)."""
    missing = n - having
    if missing <= 0:
        return ""
    few = _stories(missing, "oblique")
    lam = "لـ" if few[0].isdigit() else "ل"  # «لـ3 قصص», «لقصتين»
    return (
        f" ليس {lam}{few} من {_stories(n, 'oblique')} قيمة في {what}، فتُترك خارج المقارنات بحسبه."
    )


def _stories(n: int, case: str = "nominative") -> str:
    """``n`` stories in Arabic (:func:`helpers.charts.skeleton.stories_phrase`)."""
    from .charts.skeleton import stories_phrase

    return stories_phrase(n, case)


def _period(group_by: str, fields: object, columns: pd.Index) -> str:
    """A period written in any case (``date:d`` is ``date:D``), and the date column
    itself, by its name or the file's field ``FIELDS`` maps to it (``date_extracted``),
    as ``date:D``: dates hold times, so every story would be its own group.

    Raises :class:`~helpers.errors.ArgumentError` for ``date:<X>`` whose ``X`` is no
    period code (``date:X``, ``date:Y``), unless the stories have a column of that name."""
    base, colon, unit = group_by.partition(":")
    if colon and field_name(base) == "date" and f"date:{unit.strip().upper()}" in PERIODS:
        return f"date:{unit.strip().upper()}"
    if colon and field_name(base) == "date" and group_by not in columns:
        raise ArgumentError(
            f"choose_group_by: GROUP_BY {group_by!r} asks for the period {unit.strip()!r} "
            "of the dates, which is none of D (day), W (week, Monday to Sunday) and M "
            "(calendar month)",
            hint=f"for example {setting('group_by', 'date:W')}",
        )
    mapped = _field_column(group_by, fields, columns)
    if not colon and "date" in columns and column_of(columns, mapped) == "date":
        return "date:D"
    return group_by


def _field_column(group_by: str, fields: object, columns: pd.Index) -> str:
    """The column a ``GROUP_BY`` means: a field the ``FIELDS`` mapping renamed gives
    the column it became (``source`` -> ``outlet``); anything else is itself."""
    fields = read_parameter(fields, "FIELDS")
    if not isinstance(fields, dict):
        return group_by
    asked = field_name(group_by)  # the loader's rule: case and spaces do not matter
    mapped = {
        field_name(k) for k, v in fields.items() if isinstance(v, str) and field_name(v) == asked
    }
    if len(mapped) == 1 and (column := mapped.pop()) in columns:
        return column
    return group_by


def read_parameter(value: Any, name: str = "parameter") -> Any:
    """A notebook parameter as the helpers take it, whether set in the notebook or passed
    as text by papermill's ``-p`` / ``python -m helpers run``.

    Text written as a JSON object or array, that is starting with ``{`` and ending with
    ``}`` or starting with ``[`` and ending with ``]`` (spaces around ignored), is read
    as JSON (``'{"outlet": "aawsat"}'``); other values are returned unchanged, so a story
    id that only starts with a bracket (``'[draft] notes-01'``, from a file named
    ``[draft] notes.txt``) is an id. A story id written wholly in brackets (only a
    file's own ``id`` field can give one, such as ``[1]``) is named as a JSON list of
    one id: ``'["[1]"]'``. In a mapping, a two-item list under ``date``
    (or ``date:D``/``date:W``/``date:M``) becomes a ``(start, end)`` tuple, the date
    range of :func:`helpers.corpus.select_stories` (JSON has no tuples):
    ``'{"date": ["2015-07-21", "2015-07-27"]}'`` -> ``{"date": ("2015-07-21",
    "2015-07-27")}``.

    Raises
    ------
    helpers.errors.ArgumentError
        Text written as a JSON object or array that is not valid JSON; the message
        names ``name``.
    """
    if isinstance(value, str) and _json_shaped(value):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise ArgumentError(
                f"{name}: {value!r} is not valid JSON ({exc.msg} at character {exc.pos})",
                hint='write it as JSON, e.g. \'{"outlet": "aawsat"}\'; a story id in '
                "brackets as a JSON list: '[\"[1]\"]'",
            ) from None
    if isinstance(value, dict):
        value = {
            k: tuple(v)
            if (k == "date" or str(k).startswith("date:")) and isinstance(v, list) and len(v) == 2
            else v
            for k, v in value.items()
        }
    return value


#: The notebook parameters that name a file or folder, each with whether the run writes
#: there (an output folder: a NUL in it is named by the writer, :func:`check_path`).
PATH_PARAMETERS = {"CORPUS": False, "TABLES": False, "PROCESSED": True, "FIGURES": True}


def check_path_parameters(params: Mapping[str, object], func: str) -> None:
    """Check the path parameters among ``params`` before any of them is used.

    The one check of a notebook's path parameters (:data:`PATH_PARAMETERS`: ``CORPUS``,
    ``TABLES``, ``PROCESSED``, ``FIGURES``), made by the main job
    (:func:`helpers.notebooks.run_all`, before the first kernel starts) and by each
    notebook (:func:`helpers.study.open_study`, its first helper call, before the
    notebook reads ``Path(PROCESSED)`` or saves into ``FIGURES``). A parameter that is
    absent or ``None`` is left alone (its default applies). papermill's ``-p PROCESSED
    5`` passes the number 5, which pathlib refused with a bare ``TypeError`` (session 23).

    Parameters
    ----------
    params : mapping
        Parameter name -> value, as the notebook or the run holds them.
    func : str
        The caller named in the message (``"run_all"``, ``"open_study"``).

    Raises
    ------
    helpers.errors.ArgumentError
        A path parameter that is not a str or path-like (a number, a list, bytes), or an
        input path holding a NUL: ``"open_study: PROCESSED must be a file or folder path
        (str or pathlib.Path), got 5"``.
    """
    for name, output in PATH_PARAMETERS.items():
        if params.get(name) is not None:
            check_path(params[name], func, name, output=output)


def _json_shaped(text: str) -> bool:
    """Whether ``text`` is written as a JSON object or array (first and last non-space
    characters ``{``/``}`` or ``[``/``]``): the rule of :func:`read_parameter`."""
    text = text.strip()
    return len(text) >= 2 and (text[0], text[-1]) in (("{", "}"), ("[", "]"))


def folder_groups(path: str | Path) -> str | None:
    """``"folder"`` when ``path`` is a folder with at least two non-hidden sub-folders
    (each sub-folder then is a group: ``load_corpus(path, group_from="folder")``), else
    ``None``. The embedded corpus (``data/raw``, no sub-folders) gives ``None``."""
    folder = Path(path).expanduser()
    if not folder.is_dir():
        return None
    subs = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return "folder" if len(subs) >= 2 else None


def auto_period(dates: pd.Series) -> str:
    """The period a time series of ``dates`` reads best in: ``"D"`` (days) for a span of
    at most 62 days, ``"W"`` (weeks) up to 2 years, ``"M"`` (months) beyond; ``"D"`` when
    there is no date."""
    dates = as_dates(dates).dropna()
    if dates.empty:
        return "D"
    span = (dates.max() - dates.min()).days
    return "D" if span <= 62 else "W" if span <= 730 else "M"
