"""Corpus-level views: outlets, days and weeks, people, at any number of stories.

Each function takes a table of :mod:`helpers.corpus`, :mod:`helpers.freq`,
:mod:`helpers.entities` or :mod:`helpers.quotes` with a group column (``outlet``,
``period``, ``story_id``...) and draws it on the shared skeleton
(:mod:`helpers.charts.skeleton`): at most 4,000 px a side at 200 dpi, at most
:data:`~helpers.charts.skeleton.MAX_SERIES` (12) groups or series (the largest, then
"غيرها (N)" = the others, or, for small multiples, the 12 largest groups and a subtitle
saying how many there are), labels cut with an ellipsis, counts on the axis, a title
and a subtitle that says what is compared and how many stories each side has.

Dates are written the way an Arabic newspaper writes them: day and month name (5 أغسطس,
the month names used in Saudi Arabia and Egypt; ``months="levant"`` gives آب), the
year where it changes; time runs left to right, as in Arabic newspapers' charts, while
titles and legends read right to left.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterable, Sequence
from importlib import resources
from itertools import pairwise
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from ..corpus.dates import as_dates
from ..corpus.groups import story_id_text
from ..errors import ArgumentError
from .labels import ellipsise, prepare_label
from .names import PERIODS, entity_labels, group_label, group_name, unit_name, unit_noun
from .reasons import CLEANED_NOTHING, NO_DATE, bars_cut
from .skeleton import (
    COLOURS,
    ENTITY_TYPE_NAMES,
    MAX_INCHES,
    MAX_LABEL_CHARS,
    MAX_SERIES,
    MIN_GROUP_STORIES,
    MIN_GROUP_TOKENS,
    OTHERS_COLOUR,
    PALETTE,
    PANEL_INCHES,
    STORY_SHARE,
    SUBTITLE_EM,
    TICKS_INCHES,
    UNITS,
    XLABEL_INCHES,
    ChartWarning,
    _check_glyphs,
    _empty_figure,
    _fig_legend,
    _formatter,
    _hbars,
    _is_rtl,
    _legend_labels,
    _max_lines,
    _prepare,
    _require,
    _rows,
    _style_value_axis,
    _title,
    bidi_name,
    category_inches,
    cell_format,
    counted,
    drawing,
    empty_groups,
    fit_height,
    group_colours,
    group_order,
    group_tokens,
    group_tokens_from_rates,
    heading_inches,
    in_group_order,
    largest_first,
    legend_columns,
    legend_inches,
    new_figure,
    others_name,
    panel_tie_note,
    phrases_inches,
    reading_direction,
    same_value,
    small_groups,
    stories_phrase,
    text_inches,
    tie_note,
    tied_beyond,
    value_axis,
)

__all__ = [
    "MONTHS",
    "arabic_date",
    "cleaning_chart",
    "entity_heatmap",
    "far_dates",
    "group_tokens",
    "quotes_by_group",
    "reason_name",
    "stories_over_time",
    "story_lengths_chart",
    "time_series_chart",
    "top_by_group",
    "top_entities_by_group",
    "top_terms_by_group",
]

#: Month names, January first: Gulf/Egyptian (يناير...) and Levantine/Iraqi (كانون الثاني...).
MONTHS = {
    "gulf": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "levant": (
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ),
}
#: Cleaning-report rows that belong to no story (a record or file skipped whole, a
#: line between stories): drawn apart, below a line, never as a group among the groups.
NO_STORY = "خارج القصص"
#: Longest group name above a heatmap column (the rest cut with an ellipsis).
HEATMAP_COLUMN_CHARS = 20
#: A heatmap's colour bar is this share of the cells' height (its label runs along it).
COLORBAR_SHRINK = 0.7
#: Inches added to the widest row label of a heatmap (:func:`entity_heatmap`) for the
#: gap between the cells and the label and the layout's padding.
ROW_LABEL_GAP = 0.3
#: Value columns that add up across groups (others = sum); any other (rates) is averaged.
ADDITIVE = frozenset({"count", "quotes", "words", "stories", "n"})


def arabic_date(value, period: str = "D", *, months: str = "gulf", year: bool = True) -> str:
    """A date as an Arabic reader expects it: ``5 أغسطس 2015`` (day), ``أغسطس 2015``
    (``period="M"``); ``year=False`` leaves the year out. Western digits.

    Raises :class:`helpers.errors.ArgumentError` for an unknown ``months`` style."""
    if months not in MONTHS:
        raise ArgumentError(f"arabic_date: months must be one of {sorted(MONTHS)}, got {months!r}")
    ts = pd.Timestamp(value)
    name = MONTHS[months][ts.month - 1]
    text = name if period == "M" else f"{ts.day} {name}"
    return f"{text} {ts.year}" if year else text


def _wide(
    table: pd.DataFrame,
    index: str,
    columns: str,
    value: str,
    *,
    max_columns: int = MAX_SERIES,
    gaps: bool = False,
    order: Sequence | None = None,
) -> tuple[pd.DataFrame, int]:
    """``table`` as index x columns (0 where absent; NaN where absent or missing when
    ``gaps``), at most ``max_columns`` columns: the largest by total (of ``count`` when
    the table has it, else ``value``), then one column "غيرها (N)": the sum (counts) or
    the mean (rates, missing values skipped) of the rest. ``order`` (e.g. the groups by
    size over a whole figure) replaces the table's own ranking, so that the panels of one
    figure keep and fold the same groups. Returns the wide table and N (0 when nothing
    was folded)."""
    if gaps:
        wide = table.groupby([index, columns], sort=False)[value].sum(min_count=1).unstack(columns)
    else:
        wide = table.pivot_table(
            index=index, columns=columns, values=value, aggfunc="sum", fill_value=0, sort=False
        )
    size_col = "count" if "count" in table.columns else value
    size = table.groupby(columns, sort=False)[size_col].sum().reindex(wide.columns)
    order = in_group_order(size.sort_values(ascending=False, kind="stable").index, order)
    wide = wide[order].astype(float)
    if len(order) <= max_columns:
        return wide, 0
    kept, rest = order[: max_columns - 1], order[max_columns - 1 :]
    folded = wide[rest].sum(axis=1) if value in ADDITIVE else wide[rest].mean(axis=1)
    wide = wide[kept].assign(**{others_name(len(rest)): folded})
    return wide, len(rest)


def _groups_subtitle(
    n_groups: int, shown: int, n_stories: int | None, by: str | None, values=()
) -> str:
    """«12 صحيفة، 20,290 قصة» (the groups counted in the unit's own Arabic noun,
    :func:`helpers.charts.names.unit_noun`; ``values``: the group labels, which tell the
    days, weeks or months of a ``period`` column); with ``by=None`` (one series: the
    corpus, or stories of many days drawn as one) the stories only."""
    if by is None:
        return stories_phrase(n_stories) if n_stories is not None else ""
    text = counted(n_groups, unit_noun(by, values))
    if n_stories is not None:
        text += f"، {stories_phrase(n_stories)}"
    if shown < n_groups:
        text += f" (تظهر أكبر {shown})"
    return text


def _kept_in_order(ranking: Sequence, order: Sequence | None, max_columns: int) -> list:
    """Every group of ``ranking`` (largest first), those a chart keeps (the
    ``max_columns - 1`` largest when there are more than ``max_columns``) first and in
    ``order``: what :func:`_wide` takes as ``order`` to keep the largest groups and draw
    them in the run's one group order."""
    ranking = list(ranking)
    kept = ranking[: max_columns - 1] if len(ranking) > max_columns else ranking
    return _in_order(kept, order) + [g for g in ranking if g not in set(kept)]


def _in_order(groups: Sequence, order: Sequence | None) -> list:
    """``groups`` in the run's one group order (:func:`helpers.charts.skeleton.
    in_group_order`: matched by value or shown name), those missing from it after."""
    return in_group_order(groups, order)


def _small_left_out(groups: pd.Series, by: str) -> tuple[pd.Series, str | None]:
    """Which stories of ``groups`` (each story's group value, str) a per-group view
    keeps, and the note naming the groups left out: those under
    :data:`helpers.charts.skeleton.MIN_GROUP_STORIES` stories, by the one rule of
    :func:`helpers.charts.skeleton.small_groups` (the rule every comparison applies),
    counted in the unit's noun. Returns (bool Series on ``groups.index``, str or None)."""
    sizes = groups.value_counts(sort=False)
    drop, note = small_groups(list(sizes.index), stories=sizes, noun=unit_noun(by, sizes.index))
    return ~groups.isin(drop), note


# ------------------------------------------------------------------ corpus at a glance

#: A date is "far from the bulk" (:func:`far_dates`) when the stories on it and beyond
#: are at most this share of the dated stories ...
FAR_SHARE = 0.10
#: ... and the gap to the next date is longer than the span of the dates left and than
#: this many days (a placeholder 1970-01-01 among stories of July 2015).
FAR_DAYS = 31


def far_dates(dates: pd.Series) -> pd.Series:
    """Which dates lie far outside the bulk of the corpus (a placeholder 1970-01-01 among
    stories of 2015): bool Series on ``dates.index`` (datetime64; NaT is never far).

    The rule, applied from each end in turn until nothing changes: the earliest (or
    latest) date is far when the stories on it are at most :data:`FAR_SHARE` (10 %) of
    the dated stories and the gap to the next date is longer than both :data:`FAR_DAYS`
    (31 days) and the span of the dates that remain. A corpus with a steady spread of
    dates (every gap shorter than the span of the rest) loses nothing."""
    values = as_dates(dates)
    far = pd.Series(False, index=dates.index)
    days = values.dropna().dt.normalize()
    if days.empty:
        return far
    counts = days.value_counts().sort_index()
    total = int(counts.sum())
    lo, hi = 0, len(counts) - 1
    dropped = 0
    changed = True
    while changed and hi - lo >= 1:
        changed = False
        for end in ("lo", "hi"):
            if hi - lo < 1:
                break
            i, j = (lo, lo + 1) if end == "lo" else (hi, hi - 1)
            rest = (
                counts.index[hi] - counts.index[lo + 1]
                if end == "lo"
                else (counts.index[hi - 1] - counts.index[lo])
            )
            gap = abs(counts.index[j] - counts.index[i])
            if (
                dropped + int(counts.iloc[i]) <= FAR_SHARE * total
                and gap > pd.Timedelta(days=FAR_DAYS)
                and gap > rest
            ):
                dropped += int(counts.iloc[i])
                lo, hi = (lo + 1, hi) if end == "lo" else (lo, hi - 1)
                changed = True
    keep = set(counts.index[lo : hi + 1])
    normal = values.dt.normalize()
    return (normal.notna() & ~normal.isin(keep)).reindex(dates.index, fill_value=False)


def _no_group(values: pd.Series) -> pd.Series:
    """Stories without a group value: missing (None, NaN) or blank (``""``, spaces: what
    the loader gives a record without the field). Bool Series on ``values.index``."""
    return values.isna() | (values.astype(str).str.strip() == "")


def _without_group_note(n: int, by) -> str:
    """«قصة واحدة بلا صحيفة خارج الرسم»: stories left out of a group chart for having no
    group value, counted in the unit's noun; ``""`` for none."""
    return f"{stories_phrase(n)} بلا {unit_noun(by)} خارج الرسم" if n else ""


def stories_over_time(
    stories: pd.DataFrame,
    by: str = "outlet",
    *,
    period: str = "D",
    title: str | None = None,
    months: str = "gulf",
    order: Sequence | None = None,
    font: str | Path | None = None,
) -> Figure:
    """Stories per group per day (week, month): stacked bars, one colour per group.

    Parameters
    ----------
    stories : pandas.DataFrame
        Stories table with ``story_id`` and ``date`` (datetime64; NaT rows are left out
        and counted in the subtitle) and, when ``by`` is given, column ``by`` (str).
        Stories dated far outside the bulk (:func:`far_dates`: a placeholder 1970-01-01
        among stories of 2015) and stories with a missing or blank ``by`` value are
        left out too, and the subtitle says how many (and the far dates). Groups of
        fewer than 5 stories are left out and named in the subtitle
        (:func:`helpers.charts.skeleton.small_groups`), as in every comparison.
    by : str or None
        Group column (``outlet``); ``None``: the whole corpus in one colour. At most 12
        groups: the first 11 of ``order``, then "غيرها (N)" (grey). Groups are shown by
        :func:`helpers.charts.names.group_name` (an outlet by its Arabic name).
    period : {"D", "W", "M"}
        Day, week (starting Monday) or month.
    order : sequence, optional
        The run's one group order (:func:`helpers.charts.skeleton.group_order`; values
        or shown names): the groups stacked and listed in it, each in its colour
        (:func:`helpers.charts.skeleton.group_colours`); default: the same rule on
        these stories (most stories first, ties by name).

    Returns
    -------
    matplotlib.figure.Figure
        x: period start (dates in Arabic, :func:`arabic_date`), y: stories. A corpus
        with one period only gives one bar and the subtitle says so.

    Raises
    ------
    KhabarError
        Missing columns. :class:`helpers.errors.ArgumentError` for an unknown
        ``period``.
    """
    if period not in ("D", "W", "M"):
        raise ArgumentError(f"stories_over_time: period must be 'D', 'W' or 'M', got {period!r}")
    _require(stories, ["story_id", "date", *([by] if by else [])], "stories_over_time")
    title = title or "عدد القصص في كل " + {"D": "يوم", "W": "أسبوع", "M": "شهر"}[period]
    dated = stories[stories["date"].notna()]
    far = far_dates(dated["date"])
    far_days = sorted(set(as_dates(dated.loc[far, "date"]).dt.normalize()))
    dated = dated[~far]
    ungrouped = _no_group(dated[by]) if by else pd.Series(False, index=dated.index)
    dated = dated[~ungrouped]
    small_note = None
    if by:  # groups under 5 stories left out and named, as in every comparison
        kept, small_note = _small_left_out(dated[by].astype(str), by)
        dated = dated[kept]
    with drawing(font) as family:
        if dated.empty:
            return _empty_figure(title, "stories_over_time", family, NO_DATE)
        starts = as_dates(dated["date"]).dt.to_period(period).dt.start_time
        long = pd.DataFrame(
            {
                "period": starts.to_numpy(),
                "group": dated[by].astype(str).to_numpy() if by else "الكل",
                "stories": 1,
            }
        )
        # the run's one group order (default: the rule itself on these stories), and
        # each group's colour from its place in it
        order = order if order is not None else group_order(long["group"].value_counts())
        wide, _ = _wide(long, "period", "group", "stories", order=order)
        wide = wide.sort_index()
        colours = group_colours(list(wide.columns), order)
        n_groups = long["group"].nunique()
        rtl = True
        names = _prepare([group_name(g) for g in wide.columns], "stories_over_time", wrap=False)
        _check_glyphs([title, *names], font)
        fig = new_figure(10, 5.2)
        ax = fig.add_subplot()
        x = mdates.date2num(pd.DatetimeIndex(wide.index).to_pydatetime())
        step = {"D": 1.0, "W": 7.0, "M": 30.0}[period]
        bottom = np.zeros(len(wide))
        for j, name in enumerate(names):
            vals = wide.iloc[:, j].to_numpy()
            colour = colours[wide.columns[j]]
            ax.bar(x, vals, bottom=bottom, width=0.85 * step, color=colour, label=name)
            bottom += vals
        _date_axis(ax, x, period, months, family)
        value_axis(ax, bottom, axis="y")
        ax.yaxis.set_major_formatter(_formatter("western"))
        ax.set_ylabel(prepare_label(UNITS["stories"], "matplotlib"), fontfamily=family)
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        undated = int(stories["date"].isna().sum())
        sub = _groups_subtitle(n_groups, len(names), len(dated), by, long["group"].unique())
        if len(wide) == 1:
            sub += f"؛ {_one_period(period)}: {arabic_date(wide.index[0], period, months=months)}"
        gaps = _gap_note(wide.index, period, months)
        if gaps:
            sub += f"؛ {gaps}"
        if undated:
            sub += f"؛ {stories_phrase(undated)} بلا تاريخ"
        if far_days:  # «قصة واحدة بتاريخ بعيد عن البقية (1 يناير 1970) خارج الرسم»
            when = "، ".join(arabic_date(d, "D", months=months) for d in far_days[:3])
            when += "…" if len(far_days) > 3 else ""
            sub += f"؛ {stories_phrase(int(far.sum()))} بتاريخ بعيد عن البقية ({when}) خارج الرسم"
        if ungrouped.any():
            sub += f"؛ {_without_group_note(int(ungrouped.sum()), by)}"
        if small_note:
            sub += f"؛ {small_note}"
        _title(fig, title, rtl, family, sub)
        if len(names) > 1:
            handles, labels = ax.get_legend_handles_labels()
            _fig_legend(fig, rtl, family, handles, labels, ncols=legend_columns(labels))
        return fig


def _unit_steps(data: np.ndarray, value: str, group_sizes, min_stories: int) -> np.ndarray:
    """The values that choose a heatmap's cell format (:func:`cell_format`): its cells,
    and for :data:`STORY_SHARE` also one story of each group of ``group_sizes`` with at
    least ``min_stories`` stories (100 / its stories), the smallest share any entity can
    have there. Two heatmaps of the same unit over the same groups (people and
    organisations, places) so write their cells alike (the people's «0.5» beside the
    places' «3» was «3.0»; both «3.0»), whichever entities each draws."""
    if value != STORY_SHARE or group_sizes is None:
        return data
    sizes = pd.Series(group_sizes, dtype=float)
    sizes = sizes[sizes >= max(min_stories, 1)]
    return np.concatenate([np.ravel(data), 100.0 / sizes.to_numpy()])


#: How each chart draws the periods without stories between its first and last, said
#: in its subtitle (:func:`_gap_note`): bars leave empty room; lines break over a grey
#: band (:data:`GAP_COLOUR`), so an empty stretch never reads as data.
GAP_SHOWN = {"bars": "فراغ في الرسم", "lines": "شريط رمادي يعبره خط متقطع"}
#: The band over a stretch of periods without stories on a time-series chart.
GAP_COLOUR = "#ececec"
#: The line joining a group's values across periods without a value (dashes 2 points
#: on, 2 off, thinner than the line itself), so a stretch without stories reads as a gap,
#: not as points with no line.
GAP_LINE_STYLE = (0, (2, 2))


def _across_gaps(y: np.ndarray) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` of consecutive values of ``y`` (NaN: no value) with periods
    without a value between them (``j > i + 1``): where a time series' line breaks and a
    dashed line joins the two sides (:data:`GAP_LINE_STYLE`)."""
    valid = np.flatnonzero(~np.isnan(np.asarray(y, dtype=float)))
    return [(int(i), int(j)) for i, j in pairwise(valid) if j > i + 1]


def _marked(y: np.ndarray, every: bool) -> list[int]:
    """Indices of the values of ``y`` drawn with a marker: all of them when ``every``
    (at most 31 periods), else those with no value on either side, which a line alone
    would not show."""
    y = np.asarray(y, dtype=float)
    valid = ~np.isnan(y)
    if every:
        return [int(i) for i in np.flatnonzero(valid)]
    before = np.r_[False, valid[:-1]]
    after = np.r_[valid[1:], False]
    return [int(i) for i in np.flatnonzero(valid & ~before & ~after)]


def _missing_runs(starts, period: str) -> list[list[pd.Timestamp]]:
    """The runs of consecutive periods without stories between the first and the last
    of ``starts`` (the period starts with stories), each a list of period starts,
    in time order; ``[]`` when none is missing."""
    starts = pd.DatetimeIndex(starts).sort_values()
    if len(starts) < 2:
        return []
    every = pd.period_range(starts[0], starts[-1], freq=period).start_time
    runs: list[list[pd.Timestamp]] = []
    for day in every.difference(starts):
        if runs and every.get_loc(day) == every.get_loc(runs[-1][-1]) + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def _gap_note(starts, period: str, months: str, shown: str = "bars") -> str:
    """How the chart draws the periods without stories between its first and last
    (the axis is time, so they keep their room; ``shown``, a key of :data:`GAP_SHOWN`,
    says how): «8 أيام بلا قصص: فراغ في الرسم (24 يوليو – 31 يوليو 2015)», the first
    two runs of missing periods named; ``""`` when no period between is missing.
    ``starts``: the period starts with stories."""
    runs = _missing_runs(starts, period)
    if not runs:
        return ""

    def named(run):
        first, last = run[0], run[-1]
        if first == last:
            return arabic_date(first, period, months=months)
        return (
            f"{arabic_date(first, period, months=months, year=first.year != last.year)}"
            f" – {arabic_date(last, period, months=months)}"
        )

    noun = {"D": "يوم", "W": "أسبوع", "M": "شهر"}[period]
    where = "، ".join(named(r) for r in runs[:2]) + ("…" if len(runs) > 2 else "")
    missing = sum(len(r) for r in runs)
    return f"{counted(missing, noun)} بلا قصص: {GAP_SHOWN[shown]} ({where})"


def _one_period(period: str) -> str:
    return {"D": "يوم واحد فقط", "W": "أسبوع واحد فقط", "M": "شهر واحد فقط"}[period]


def _date_labels(ticks: np.ndarray, period: str, months: str) -> list[str]:
    """The labels of date ticks (day numbers, ascending), written short as a reader of a
    dated axis expects: the month on the first tick and where it changes, the year on
    the first tick and where it changes, else the day alone: «24 يوليو 2015»، «25»، «1
    أغسطس» (days and weeks; a month's tick is its name, with the year on the first and
    where it changes: «يوليو 2015»، «أغسطس»). Western digits (:func:`arabic_date`)."""
    labels: list[str] = []
    last = None
    for value in ticks:
        ts = pd.Timestamp(mdates.num2date(value).replace(tzinfo=None))
        year = last is None or last.year != ts.year
        if period == "M" or last is None or (last.year, last.month) != (ts.year, ts.month):
            labels.append(arabic_date(ts, period, months=months, year=year))
        else:  # same month as the tick before: the day alone
            labels.append(str(ts.day))
        last = ts
    return labels


def _date_axis(ax, x: np.ndarray, period: str, months: str, family) -> None:
    """Dates under the bars or points: Arabic month names, on periods that have data, at
    most 8 ticks and no two labels closer than :data:`DATE_LABEL_GAP_INCHES`
    (:func:`_spaced_ticks`), written short (:func:`_date_labels`)."""
    ticks = _spaced_ticks(ax, x, period, months)
    ax.set_xticks(ticks, _date_labels(ticks, period, months))
    ax.tick_params(axis="x", labelfontfamily=family, labelrotation=0)
    ax.tick_params(axis="y", labelfontfamily=family)
    if len(x) == 1:
        pad = {"D": 3, "W": 14, "M": 60}[period]
        ax.set_xlim(x[0] - pad, x[0] + pad)


#: Least room between two date labels, in inches.
DATE_LABEL_GAP_INCHES = 0.3
#: The width of a time axis as a share of its figure's (the value axis, its label and
#: the margins take the rest: 0.86 of a 10-inch figure, measured on 01's chart).
DATE_AXIS_SHARE = 0.86
#: Most ticks on a time axis.
MAX_DATE_TICKS = 8


def _spaced_ticks(ax, x: np.ndarray, period: str, months: str) -> np.ndarray:
    """The ticks of a time axis from ``x`` (the periods with data, day numbers,
    ascending): at most :data:`MAX_DATE_TICKS`, and, walking from the first, a tick
    only where its label and the last kept one's (each as :func:`_date_labels` writes
    it, measured in the tick labels' font and size, :func:`text_inches`, centred on
    its tick) stand at least :data:`DATE_LABEL_GAP_INCHES` apart, on an axis of
    :data:`DATE_AXIS_SHARE` of the figure's width spanning the dates (the bars'
    half-widths included). Dates with a gap between them (21-23 July, 1-4 August) are
    thinned by their distance in time, not by their rank, so no two labels overlap;
    with at most 8 periods every one is labelled where the labels fit (24 and 25 July
    beside 1 August: «24 يوليو 2015»، «25»، «1 أغسطس»). The last period is always
    labelled (the ticks before it give way when too close), so both ends of the data
    are named; only when the two ends are closer than their labels' room is the first
    labelled alone."""
    x = np.sort(np.asarray(x, dtype=float))
    if len(x) <= 1:
        return x
    step = {"D": 1.0, "W": 7.0, "M": 30.0}[period]
    per_inch = (x[-1] - x[0] + step) / (DATE_AXIS_SHARE * ax.figure.get_figwidth())
    # more periods than ticks: at most 8, evenly at least (span / 7) apart in time
    least = (x[-1] - x[0]) / (MAX_DATE_TICKS - 1) if len(x) > MAX_DATE_TICKS else 0.0

    def fits(kept: list[float], v: float) -> bool:
        """``v`` after the ticks ``kept``: far enough from the last in time and in ink,
        each label as it would be written after the ticks before it."""
        first, second = _date_labels(np.array([*kept, v]), period, months)[-2:]
        half = (text_inches(first) + text_inches(second)) / 2
        return v - kept[-1] >= max(least, (half + DATE_LABEL_GAP_INCHES) * per_inch) - 1e-9

    kept = [x[0]]
    for v in x[1:]:
        if fits(kept, v):
            kept.append(v)
    if kept[-1] != x[-1]:  # the last period is labelled too: both ends of the data
        while len(kept) > 1 and not fits(kept, x[-1]):
            kept.pop()  # too close to the last period: the tick before gives way
        if fits(kept, x[-1]):
            kept.append(x[-1])
    return np.array(kept)


def story_lengths_chart(
    stories: pd.DataFrame,
    by: str | None = "outlet",
    *,
    title: str | None = None,
    order: Sequence | None = None,
    font: str | Path | None = None,
) -> Figure:
    """How long the stories of each group are: a box per group of words per story.

    Words are whitespace-separated words of title and body (a reader's count, not
    khabar's tokens). Box: quartiles; line: median; whiskers: 1.5 x IQR (Tukey); each
    story past a whisker drawn as a dot, and the subtitle says what the dots are and
    how many (:data:`OUTLIERS_NOTE`; session 18: they were hidden, so a reader could
    not tell a group of even lengths from one with a few very long stories). At most
    12 groups: the 12 with most stories (no "others" box: a box of mixed groups says
    nothing), and the subtitle says so. Each box is labelled
    with its group and its number of stories.

    Parameters
    ----------
    stories : pandas.DataFrame
        Stories table: ``story_id``, ``title``, ``body`` (str) and ``by``.
    by : str or None
        Group column; ``None``: one box for the corpus; a period unit ``date:D`` /
        ``date:W`` / ``date:M``: one box a day, week or month of the ``date`` column
        (the 12 with most stories, in time order; undated stories left out and counted
        in the subtitle). Groups are shown by
        :func:`helpers.charts.names.group_label`. Stories whose value is missing or
        blank (``""``) are left out and counted in the subtitle («قصة واحدة بلا صحيفة
        خارج الرسم»), as every other group view leaves them out. Groups (not periods) of
        fewer than 5 stories are left out and named in the subtitle
        (:func:`helpers.charts.skeleton.small_groups`: «تُركت خارج الرسم صحيفة واحدة
        أصغر من 5 قصص: الرياضي (قصة واحدة)»).
    order : sequence, optional
        The groups in the order to draw them, top first (the run's one group order);
        default: most stories first. The 12 with most stories are drawn either way.

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    KhabarError
        Missing columns.
    """
    period = PERIODS.get(str(by)) if by else None
    column = "date" if period else by
    _require(
        stories, ["story_id", "title", "body", *([column] if by else [])], "story_lengths_chart"
    )
    title = title or "طول القصص (كلمات في القصة الواحدة)"
    if period:  # a period unit: a box a day (week, month), from the date column
        values = as_dates(stories["date"]).dt.to_period(period).dt.start_time
        ungrouped = values.isna()
        noun = "تاريخ"
    else:
        values = stories[by] if by else pd.Series("الكل", index=stories.index)
        ungrouped = _no_group(values) if by else pd.Series(False, index=stories.index)
        noun = None
    left_out = int(ungrouped.sum())
    stories, values = stories[~ungrouped], values[~ungrouped]
    small_note = None
    if by and not period:  # groups under 5 stories left out and named
        kept, small_note = _small_left_out(values.astype(str), by)
        stories, values = stories[kept], values[kept]
    words = (stories["title"].fillna("") + " " + stories["body"].fillna("")).str.split().str.len()
    groups = values if period else values.astype(str)
    with drawing(font) as family:
        if stories.empty:
            return _empty_figure(title, "story_lengths_chart", family)
        sizes = groups.value_counts(sort=True)
        if period:  # the periods with most stories, in time order
            shown = sorted(sizes.index[:MAX_SERIES])
        else:
            # the run's one group order (default: the same rule on these stories)
            ranked = group_order(sizes) if order is None else list(sizes.index)
            shown = _in_order(ranked[:MAX_SERIES], order)
        data = [words[groups == g].to_numpy() for g in shown]
        outliers = sum(_tukey_outliers(d) for d in data)
        # every box says how many stories it holds («عكاظ · 1,812 قصة»)
        labels = _prepare(
            [f"{bidi_name(group_label(by, g))} · {stories_phrase(int(sizes[g]))}" for g in shown],
            "story_lengths_chart",
            wrap=False,
        )
        rtl = _is_rtl(labels) or True
        _check_glyphs([title, *labels], font)
        fig = new_figure(8, 1.6 + 0.42 * len(shown))
        ax = fig.add_subplot()
        ax.boxplot(
            data,
            orientation="horizontal",
            showfliers=True,
            flierprops={
                "marker": "o",
                "markersize": 3,
                "markerfacecolor": PALETTE[0],
                "markeredgecolor": "none",
                "alpha": 0.5,
            },
            widths=0.6,
            patch_artist=True,
            boxprops={"facecolor": "#cfe0ea", "edgecolor": PALETTE[0]},
            medianprops={"color": PALETTE[1]},
        )
        ax.set_yticks(np.arange(1, len(shown) + 1), labels, fontfamily=family)
        ax.set_ylim(len(shown) + 0.5, 0.5)
        reading_direction(ax, rtl)  # the boxes grow leftwards, as every bar chart
        _style_value_axis(ax, rtl, "western", family, "كلمات في القصة")
        sub = _groups_subtitle(len(sizes), len(shown), len(stories), by, sizes.index)
        if outliers:  # «النقاط: 12 قصة أطول أو أقصر من ...»
            sub += f"؛ {OUTLIERS_NOTE.format(stories_phrase(outliers))}"
        if left_out and noun:  # «قصتان بلا تاريخ خارج الرسم»
            sub += f"؛ {stories_phrase(left_out)} بلا {noun} خارج الرسم"
        elif left_out:
            sub += f"؛ {_without_group_note(left_out, by)}"
        if small_note:
            sub += f"؛ {small_note}"
        _title(fig, title, True, family, sub)
        return fig


#: The story lengths chart's note on its dots (:func:`story_lengths_chart`); ``{}`` the
#: stories drawn as dots («12 قصة»).
OUTLIERS_NOTE = "النقاط: {} أطول أو أقصر من صندوقها بأكثر من مرة ونصف عرضه"


def _tukey_outliers(values: np.ndarray) -> int:
    """How many of ``values`` lie past Tukey's fences (1.5 x the interquartile range
    beyond the quartiles), the points matplotlib's box plot draws as fliers (its
    default ``whis=1.5``, quartiles by linear interpolation, as ``np.percentile``)."""
    if len(values) == 0:
        return 0
    q1, q3 = np.percentile(values, [25, 75])
    reach = 1.5 * (q3 - q1)
    return int(np.sum((values < q1 - reach) | (values > q3 + reach)))


def cleaning_chart(
    report: pd.DataFrame,
    stories: pd.DataFrame,
    by: str | None = "outlet",
    *,
    title: str | None = None,
    font: str | Path | None = None,
) -> Figure:
    """What cleaning removed or repaired, per group: stacked bars of report rows by reason.

    Parameters
    ----------
    report : pandas.DataFrame
        Cleaning report of :func:`helpers.corpus.load_corpus` (``return_report=True``):
        ``reason`` (str), ``story_id`` (str, may be empty for lines outside any story),
        ``action`` (str).
    stories : pandas.DataFrame
        Stories table (``story_id`` and ``by``), to map each row to its group; rows of
        no story (records skipped whole, lines outside any story) belong to no group:
        they are one bar of their own, «خارج القصص» (:data:`NO_STORY`), drawn apart
        below the groups under a dashed line, never ranked, folded or counted among
        them, and the subtitle says what it holds; rows of stories whose ``by`` value
        is missing or blank are left out and counted in the subtitle.
    by : str or None
        Group column; ``None`` draws the corpus as one bar.

    Returns
    -------
    matplotlib.figure.Figure
        One bar per group (at most 12, the rest folded into "غيرها (N)"), one colour per
        reason (at most 12, the rest folded), reasons named in Arabic
        (:func:`reason_name`: a report row with several reasons counts under its
        first). Lines, not characters, are counted.

    Raises
    ------
    KhabarError
        Missing columns.
    """
    _require(report, ["reason", "story_id"], "cleaning_chart")
    _require(stories, ["story_id", *([by] if by else [])], "cleaning_chart")
    title = title or "ما أزاله التنظيف أو أصلحه (أسطر)"
    # ids compared as text: a report read back from CSV has int (or float) ids
    sid = story_id_text(report["story_id"])
    # a dropped copy is in no stories table: it counts for the outlet of the story it
    # repeats (the same outlet), not «outside the stories»
    from helpers.corpus.duplicates import kept_ids

    kept = kept_ids(report)
    sid = sid.where(kept.isna(), kept)
    blank = pd.Series(False, index=report.index)
    if by:  # rows of stories without a group value are left out and counted
        column = stories.set_index(pd.Index(story_id_text(stories["story_id"])))[by]
        empty = _no_group(column)
        group_of = column[~empty].astype(str)
        blank = sid.isin(set(column.index[empty].astype(str)))
        sid = sid[~blank]
        groups = sid.map(group_of).fillna(NO_STORY)
    else:
        groups = pd.Series("الكل", index=report.index)
    ungrouped = int(_no_group(stories[by]).sum()) if by else 0
    reasons = report.loc[~blank, "reason"].astype(str).map(reason_name)
    long = pd.DataFrame({"group": groups.to_numpy(), "reason": reasons.to_numpy()})
    with drawing(font) as family:
        if long.empty:
            return _empty_figure(f"{title}: لا شيء", "cleaning_chart", family, CLEANED_NOTHING)
        outside = long["group"] == NO_STORY if by else pd.Series(False, index=long.index)
        table = pd.crosstab(long["group"], long["reason"])
        wide = _fold_rows(table.drop(index=NO_STORY, errors="ignore"), MAX_SERIES)  # groups
        if outside.any():  # its own bar, below the groups: no group, never folded
            wide = pd.concat([wide, table.loc[[NO_STORY]]]).fillna(0)
        wide = _fold_rows(wide.T, MAX_SERIES).T  # reasons
        labels = _prepare(
            [NO_STORY if g == NO_STORY else group_name(g) for g in wide.index], "cleaning_chart"
        )
        reasons = _legend_labels(wide.columns)  # the legend: wrapped, never cut
        rtl = True
        _check_glyphs([title, *labels, *reasons], font)
        fig = new_figure(8.5, 1.8 + CLEANING_ROW_INCHES * len(wide))
        ax = fig.add_subplot()
        left = np.zeros(len(wide))
        y = np.arange(len(wide))
        for j, name in enumerate(reasons):
            vals = wide.iloc[:, j].to_numpy()
            ax.barh(y, vals, left=left, height=0.7, color=COLOURS[j], label=name)
            left += vals
        ax.set_yticks(y, labels, fontfamily=family, parse_math=False)
        if outside.any():  # the bar of no group stands apart: a dashed line, grey name
            ax.axhline(len(wide) - 1.5, color="#999999", linestyle="--", linewidth=0.8)
            ax.get_yticklabels()[-1].set_color("#555555")
        ax.set_ylim(len(wide) - 0.5, -0.5)
        ax.tick_params(axis="y", length=0)
        reading_direction(ax, rtl)
        _style_value_axis(ax, rtl, "western", family, "أسطر")
        value_axis(ax, left)
        n_stories = len(stories)
        sub = f"{counted(len(report), 'سطر')} في التقرير، {stories_phrase(n_stories)}"
        if blank.any():  # «قصتان بلا صحيفة خارج الرسم (3 أسطر)»
            lines = counted(int(blank.sum()), "سطر")
            sub += f"؛ {_without_group_note(ungrouped, by)} ({lines})"
        if outside.any():  # «خارج القصص: 4 أسطر لا تنتمي إلى أي صحيفة»
            lines = counted(int(outside.sum()), "سطر")
            noun = unit_noun(by, wide.index[:-1])
            sub += f"؛ «{NO_STORY}»: {lines} لا تنتمي إلى أي {noun}، في شريط منفصل"
        _title(fig, title, rtl, family, sub)
        handles, names = ax.get_legend_handles_labels()
        ncols = legend_columns(names)
        _fig_legend(fig, rtl, family, handles, names, ncols=ncols)
        # the rows, the value axis and the legend (its wrapped entries a line taller)
        # under the title: a legend of three rows had squeezed four outlets' bars to
        # hairlines and their names over each other (a newcomer, session 14)
        row = max(CLEANING_ROW_INCHES, category_inches(_max_lines(labels)))
        legend = legend_inches(len(names), ncols, _max_lines(names))
        fit_height(fig, len(wide) * row + TICKS_INCHES + XLABEL_INCHES + legend)
        return fig


#: Least height of one bar of :func:`cleaning_chart`, in inches.
CLEANING_ROW_INCHES = 0.4


@functools.lru_cache(maxsize=1)
def _reason_names() -> tuple[tuple[str, str], ...]:
    """Rows of ``data/cleaning_reasons.tsv`` (English start, Arabic name), longest first."""
    text = resources.files("helpers.charts").joinpath("data/cleaning_reasons.tsv")
    rows = [
        tuple(line.split("\t")[:2])
        for line in text.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ][1:]  # the header
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def reason_name(reason: str) -> str:
    """The Arabic name of a cleaning-report reason (:func:`helpers.corpus.load_corpus`),
    for the legend of :func:`cleaning_chart`: the row of
    ``helpers/charts/data/cleaning_reasons.tsv`` whose English start is the longest
    start of the reason (of its first reason when it holds several, ``"a; b"``):
    ``site boilerplate (footer of alweeam: in 1549 of 1551 stories with a body)`` -> «نص متكرر
    للموقع: تذييل». A reason no row matches is returned as it is."""
    first = str(reason).split("; ")[0].strip()
    for start, name in _reason_names():
        if first.startswith(start):
            return name
    return first


def _fold_rows(wide: pd.DataFrame, max_rows: int) -> pd.DataFrame:
    """At most ``max_rows`` rows (largest total first, ties by name:
    :func:`~helpers.charts.skeleton.largest_first`), the rest summed into "غيرها (N)"."""
    wide = wide.loc[largest_first(wide.sum(axis=1))]  # ties by name
    if len(wide) <= max_rows:
        return wide
    rest = wide.iloc[max_rows - 1 :].sum(axis=0)
    out = wide.iloc[: max_rows - 1].copy()
    out.loc[others_name(len(wide) - max_rows + 1)] = rest
    return out


# ------------------------------------------------------------------ small multiples


#: What a group of a small-multiples chart with no row lacks (:func:`top_by_group`
#: ``empty``), by table: named in the subtitle's note.
NOTHING_DRAWN = "بلا صف يُرسم"
NOTHING = {
    "terms": "بلا كلمة",
    "bigrams": "بلا عبارة",
    "entities": "بلا كيان",
    "quotes": "بلا اقتباس منسوب إلى متكلم",
}


def top_by_group(
    table: pd.DataFrame,
    group: str,
    label: str,
    value: str,
    n: int = 10,
    *,
    key: str | None = None,
    group_sizes: dict | pd.Series | None = None,
    order: Sequence | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    xlabel: str | None = None,
    digits: str = "western",
    tokens=None,
    min_stories: int = MIN_GROUP_STORIES,
    min_tokens: int = MIN_GROUP_TOKENS,
    keep: Sequence | None = None,
    empty: str = NOTHING_DRAWN,
    tie: str | None = None,
    noun: str = "صف",
    font: str | Path | None = None,
) -> Figure:
    """Small multiples: the ``n`` largest ``value`` of each group, one panel per group,
    every panel on the same value scale so bars compare across panels.

    Parameters
    ----------
    table : pandas.DataFrame
        Long table with columns ``group``, ``label`` (display text), ``value``
        (numeric >= 0) and ``key`` (the identity of a row within a group; default
        ``label``). Rows with the same group and key are summed.
    group, label, value, key : str
        Column names.
    n : int
        Bars per panel: a stable sort by ``value`` (largest first), ties broken by
        ``tie`` (largest first), then by ``key`` (code-point order, ascending), so the
        same table always draws the same rows. When a panel's cut falls inside a tie
        (rows not drawn equal the last bar drawn in ``value`` and ``tie``), the subtitle
        says how many in which panel (:func:`helpers.charts.skeleton.panel_tie_note`:
        «خارج الرسم بالتكرار نفسه لآخر شريط: 3 كلمات في «عكاظ»»).
    tie : str, optional
        A column that breaks ties of ``value`` (summed like it): ``count`` (mentions)
        for entities ranked by the stories that mention them (``value``
        :data:`STORY_SHARE`).
    noun : str
        What a row is, for the tie note: a row of ``counted_nouns.tsv`` (كلمة، عبارة،
        كيان، متحدث; default صف).
    group_sizes : mapping, optional
        Stories per group, shown in each panel title (``okaz · 1,234 قصة``) and used
        for ``min_stories`` and for ``value=`` :data:`STORY_SHARE` (``stories * 100 /
        stories of the group``) when the table has no such column.
    order : sequence, optional
        The groups in the order to draw them, first panel top right (the run's one
        group order, or target then reference); groups missing from it follow by size.
        The order is kept as given, never re-sorted. Groups named here are never left
        out as too small.
    title, subtitle, xlabel : str, optional
        ``xlabel`` defaults to the unit of ``value`` (:data:`UNITS`). The subtitle's
        first line opens the chart's line of notes (then the groups and stories drawn,
        the groups left out); its further lines (``"\n"``: the lists left out,
        :func:`helpers.sections.lists_off_note`) end the heading, each on its own line
        after the counts (session 21: «… أسماء الصحف؛ 12 صحيفة، 19,917 قصة»).
    tokens : CorpusCounts, mapping or Series, optional
        Counted tokens per group (:func:`group_tokens`; a ``CorpusCounts`` is summed
        per ``group``, a column of its stories), for ``min_tokens`` and for
        ``value="per_1000"`` when the table has no such column (``count * 1000 /
        tokens``, e.g. entity counts); by default recovered from ``count`` and
        ``per_1000`` when the table has both.
    min_stories, min_tokens : int
        Groups with fewer stories (known from ``group_sizes``) or fewer counted tokens
        are left out: their rates swing on one story and would top every panel. The
        subtitle names them and why (:func:`helpers.charts.skeleton.small_groups`);
        0 keeps every group.
    keep : sequence, optional
        Groups never left out as too small (the sides a user named); default the
        groups of ``order`` (pass ``keep=()`` with the run's whole group order).
    empty : str
        What a group of ``group_sizes`` with no row to draw lacks, in the subtitle's
        note that names it (:func:`helpers.charts.skeleton.empty_groups`: «تُركت خارج
        الرسم مجموعة واحدة بلا اقتباس منسوب إلى متكلم: الرياضي (125 قصة)»).

    Returns
    -------
    matplotlib.figure.Figure
        At most 12 panels: the groups with the largest total ``value`` (group_sizes when
        given), in ``order`` when given, else largest first; the subtitle says when
        groups were left out. Three panels a row (two for up to four groups). Panel
        titles show a group by :func:`helpers.charts.names.group_name` (an outlet by
        its Arabic name). Each panel's bars are in its group's colour
        (:func:`~helpers.charts.skeleton.group_colours` at its place in ``order``), the
        colour the group has in every figure of the run.

    Raises
    ------
    KhabarError
        Missing columns. :class:`helpers.errors.ArgumentError` for bad values or
        limits.
    """
    key = key or label
    _require(
        table, list(dict.fromkeys([group, label, key, *([tie] if tie else [])])), "top_by_group"
    )
    known = group_tokens(tokens, None, group) if tokens is not None else None
    table = _rates(table, group, value, known, "top_by_group")
    table = _story_shares(table, group, value, group_sizes, "top_by_group")
    _require(table, [value], "top_by_group")
    xlabel = xlabel if xlabel is not None else UNITS.get(value, value)
    with drawing(font) as family:
        df = _rows(table, label, [value], "top_by_group", size=value)
        if df.empty:
            return _empty_figure(title, "top_by_group", family)
        unit = unit_noun(group, df[group].unique())
        _, nothing = empty_groups(df[group].unique(), group_sizes, empty, unit)
        df, left_out = _big_groups(
            df,
            group,
            group_sizes,
            known,
            order if keep is None else keep,
            min_stories=min_stories,
            min_tokens=min_tokens,
        )
        ranks = [value, tie] if tie and tie != value else [value]
        df = df.groupby([group, key], sort=False, as_index=False).agg(
            **{label: (label, "first")}, **{c: (c, "sum") for c in ranks}
        )
        if group_sizes is not None:
            sizes = pd.Series(group_sizes, dtype=float).reindex(df[group].unique()).fillna(0)
        else:
            sizes = df.groupby(group, sort=False)[value].sum()
        groups = list(sizes.sort_values(ascending=False, kind="stable").index)
        shown = _in_order(groups[:MAX_SERIES], order)
        ncols = 2 if len(shown) <= 4 else 3
        ncols = min(ncols, len(shown))
        nrows = -(-len(shown) // ncols)
        fig = new_figure(4.2 * ncols, 4.0)  # its height is set below, from its rows
        drawn = int(sizes.reindex(shown).sum()) if group_sizes is not None else None
        first, *last = (subtitle or "").split("\n")  # further lines: after the counts
        notes = [
            first,
            _groups_subtitle(len(groups), len(shown), drawn, group, groups),
            left_out,
            nothing,
        ]
        panels, ranked = [], []
        for g in shown:
            sub = df[df[group] == g].sort_values(
                [*ranks, key], ascending=[*([False] * len(ranks)), True], kind="stable"
            )
            ranked.append(list(sub[ranks].itertuples(index=False, name=None)))
            sub = sub.head(n)
            panels.append((g, _prepare(sub[label], "top_by_group"), sub[[value]].to_numpy(float)))
        rtl = _is_rtl([s for _, labels, _ in panels for s in labels])

        def heading(n):  # the subtitle's tie note names the panels cut inside a tie
            cuts = [
                (ellipsise(group_name(g), MAX_LABEL_CHARS), tied_beyond(r, n))
                for g, r in zip(shown, ranked, strict=True)
            ]
            ties = panel_tie_note(cuts, noun, same_value(value))
            lines = ["؛ ".join(s for s in [*notes, ties] if s), *filter(None, last)]
            _title(fig, title, rtl, family, "\n".join(s for s in lines if s))

        # every row as tall as its label needs (row_inches), whatever the title's lines
        # and the panels; rows that cannot fit under MAX_INCHES are dropped, not squeezed
        row = category_inches(_max_lines([s for _, labels, _ in panels for s in labels]))
        asked = n
        while True:  # a smaller cut can change the tie note and so the heading's height
            heading(n)
            room = MAX_INCHES - heading_inches(fig) - 2 * XLABEL_INCHES - nrows * PANEL_INCHES
            fits = max(1, int(room / (nrows * row)))
            if fits >= n:
                break
            n = fits
        if n < asked:
            warnings.warn(
                f"top_by_group: {bars_cut(asked, n, nrows, MAX_INCHES)}",
                ChartWarning,
                stacklevel=2,
            )
            panels = [(g, labels[:n], values[:n]) for g, labels, values in panels]
        all_labels = [s for _, labels, _ in panels for s in labels]
        every_value = np.concatenate([v.ravel() for _, _, v in panels])
        _check_glyphs([*all_labels, title or "", *map(group_name, shown)], font)
        axes = fig.subplots(nrows, ncols, squeeze=False)
        # a gap between the columns of panels: a long label right of its bars
        # («محمد بن عبدالعزيز الصفيان») ran up to the next panel's bars (a newcomer)
        fig.get_layout_engine().set(wspace=PANEL_GAP_INCHES / fig.get_figwidth())
        colours = group_colours(shown, order)
        for i in range(nrows * ncols):
            # right-to-left reading: the first (largest) group in the top-right panel
            r, c = divmod(i, ncols)
            ax = axes[r, ncols - 1 - c] if rtl else axes[r, c]
            if i >= len(panels):
                ax.set_axis_off()
                continue
            g, labels, values = panels[i]
            # each group in its colour of every figure of the run (group_colours)
            colour = colours.get(g, PALETTE[0])
            _hbars(ax, labels, values, None, rtl=rtl, family=family, colors=[colour])
            # n rows in every panel: a panel with fewer entries keeps the same bar
            # thickness, its bars at the top, instead of one bar filling the panel
            ax.set_ylim(max(n, len(labels)) - 0.5, -0.5)
            # the unit under the lowest panel of each column (none drawn below it)
            lowest = i + ncols >= len(panels)
            _style_value_axis(ax, rtl, digits, family, xlabel if lowest else None)
            # a narrow panel: at most 4 ticks, or "0.25 0.5 0.75..." run into each other;
            # one scale for every panel, ending on a tick past the longest bar
            value_axis(ax, every_value, nbins=3)
            # a value of any length (junk in an outlet field) never widens the panels
            name = bidi_name(ellipsise(group_name(g), MAX_LABEL_CHARS))
            if group_sizes is not None:
                name += f" · {stories_phrase(int(sizes[g]))}"
            _title(ax, name, rtl, family)
        # the unit's label under the last row, and under the row above a short last row
        labelled_rows = 2 if nrows > 1 and len(panels) % ncols else 1
        fit_height(fig, nrows * (PANEL_INCHES + n * row) + labelled_rows * XLABEL_INCHES)
        return fig


def _big_groups(
    df: pd.DataFrame,
    group: str,
    group_sizes,
    tokens,
    order: Sequence | None,
    *,
    min_stories: int,
    min_tokens: int,
) -> tuple[pd.DataFrame, str | None]:
    """Rows of the groups large enough to compare (:func:`small_groups`), and the note
    naming those left out. Token totals: ``tokens`` (:func:`group_tokens`) when given,
    else recovered from ``count`` and ``per_1000``."""
    known = group_tokens(tokens) if tokens is not None else group_tokens_from_rates(df, group)
    drop, note = small_groups(
        list(dict.fromkeys(df[group])),
        stories=group_sizes,
        tokens=known,
        min_stories=min_stories,
        min_tokens=min_tokens,
        keep=list(order or ()),
        noun=unit_noun(group, df[group].unique()),
    )
    return (df[~df[group].isin(drop)] if drop else df), note


def _rates(table: pd.DataFrame, by: str, value: str, known, what: str) -> pd.DataFrame:
    """``table`` with ``per_1000`` = ``count * 1000 / tokens`` of its group when ``value``
    is ``per_1000`` and the table has no such column (groups without a token total get
    NaN, left out with a ChartWarning). Raises ArgumentError when the tokens are not
    known."""
    if value != "per_1000" or "per_1000" in table.columns:
        return table
    if known is None:
        raise ArgumentError(
            f"{what}: value='per_1000' needs a per_1000 column or tokens= (the counted "
            "tokens of each group); the table has neither",
            hint=f"{what}(table, by, tokens=corpus_counts) or value='count'",
        )
    _require(table, ["count"], what)
    size = table[by].map(known)
    return table.assign(per_1000=table["count"] * 1000.0 / size.where(size > 0))


def _story_shares(table: pd.DataFrame, by: str, value: str, group_sizes, what: str) -> pd.DataFrame:
    """``table`` with :data:`STORY_SHARE` = ``stories * 100 / stories of its group``
    (``group_sizes``) when ``value`` is :data:`STORY_SHARE` and the table has no such
    column (a group of unknown size gets NaN, left out with a ChartWarning). Raises
    ArgumentError without ``group_sizes`` and KhabarError without a ``stories``
    column (:func:`helpers.entities.entity_counts` has one)."""
    if value != STORY_SHARE or STORY_SHARE in table.columns:
        return table
    if group_sizes is None:
        raise ArgumentError(
            f"{what}: value={STORY_SHARE!r} needs group_sizes= (the stories of each group)",
            hint=f"{what}(table, by, group_sizes=study.sizes) or value='count'",
        )
    _require(table, ["stories"], what)
    size = table[by].map(pd.Series(group_sizes, dtype=float))
    return table.assign(**{STORY_SHARE: table["stories"] * 100.0 / size.where(size > 0)})


#: The small multiples of khabar's tables: the table's label column, its key column,
#: the rows left out, the default title ({} = the unit's noun,
#: :func:`helpers.charts.names.unit_noun`) and what a row is (the tie note's noun,
#: ``counted_nouns.tsv``).
PANELS = {
    "terms": ("label", "term", None, "الكلمات الأكثر تكراراً في كل {}", "كلمة"),
    "bigrams": ("label", "term", None, "العبارات الأكثر تكراراً في كل {}", "عبارة"),
    "entities": ("canonical", "entity_id", None, "الكيانات الأكثر ذكراً في كل {}", "كيان"),
    "quotes": ("speaker", "speaker_id", "speaker_id", "من يُقتبس أكثر في كل {}", "متحدث"),
}


#: The note of a quotes chart on the quotations it cannot draw (no known speaker):
#: «اقتباسات بلا متكلم معروف لا تظهر في الرسم: 45 اقتباساً في «الشرق الأوسط»، 12 اقتباساً
#: في «سبق»». ``{}`` the groups' counts, «، » between them.
UNATTRIBUTED_NOTE = "اقتباسات بلا متكلم معروف لا تظهر في الرسم: {}"


def unattributed_note(table: pd.DataFrame, by: str, order: Sequence | None = None) -> str:
    """What a quotes chart leaves out: the quotations of each group with no known
    speaker (rows of ``speaker_id == ""`` in a :func:`helpers.quotes.quotes_per_speaker`
    table; their ``quotes`` summed, or their rows counted without that column), for
    :func:`quotes_by_group`'s subtitle (a newcomer read 05_quotes_by_group as every
    quotation of each outlet). Groups in ``order``, then most such quotations first
    (ties by the group's name); a group with none is not named; at most
    :data:`~helpers.charts.skeleton.MAX_SERIES` groups, then «…». ``""`` when every
    quotation has a speaker. Raises KhabarError when ``by`` or ``speaker_id`` is
    missing."""
    _require(table, [by, "speaker_id"], "quotes_by_group")
    rows = table[table["speaker_id"].astype(str) == ""]
    if rows.empty:
        return ""
    counts = rows["quotes"] if "quotes" in rows.columns else pd.Series(1, index=rows.index)
    per_group = counts.groupby(rows[by], sort=False).sum()
    per_group = per_group[per_group > 0]
    if per_group.empty:
        return ""
    groups = sorted(per_group.index, key=lambda g: (-per_group[g], group_name(g)))
    groups = in_group_order(groups, order)  # the run's order first, the rest by count
    parts = [
        f"{counted(int(per_group[g]), 'اقتباس')} في «{bidi_name(group_name(g))}»"
        for g in groups[:MAX_SERIES]
    ]
    more = "، …" if len(groups) > MAX_SERIES else ""
    return UNATTRIBUTED_NOTE.format("، ".join(parts) + more)


def _panels(kind: str, table: pd.DataFrame, by: str, n: int, value: str, options: dict) -> Figure:
    """:func:`top_by_group` of one of the :data:`PANELS` tables; a quotes table's
    quotations with no known speaker are no panel entry and are counted in the
    subtitle (:func:`unattributed_note`)."""
    label, key, unnamed, title, noun = PANELS[kind]
    what = f"top_{kind}_by_group"
    _require(table, [by, key, label], what)
    if unnamed:  # unattributed rows (empty key) are not a panel entry, but are counted
        note = unattributed_note(table, by, options.get("order"))
        if note:
            given = options.get("subtitle")
            options = {**options, "subtitle": f"{given}؛ {note}" if given else note}
        table = table[table[unnamed].astype(str) != ""]
    # the unit in its own noun: «في كل صحيفة»، «في كل يوم»، «في كل جانب»
    title = title.format(unit_noun(by, table[by].unique()))
    options = {**options, "title": options.get("title") or title}
    options.setdefault("empty", NOTHING[kind])
    options.setdefault("noun", noun)
    return top_by_group(table, by, label, value, n, key=key, **options)


def top_terms_by_group(
    freq: pd.DataFrame, by: str, n: int = 10, *, value: str = "per_1000", **options
) -> Figure:
    """Top terms of each group as small multiples (:func:`top_by_group`).

    ``freq`` is a term-frequency table of :func:`helpers.freq.term_frequencies` with
    ``by=`` a group column: ``<by>, term, label, count, per_1000`` (+ others). ``value``
    ``per_1000`` (default: groups of different sizes compare) or ``count``.
    ``options``: the keywords of :func:`top_by_group` (``group_sizes``, ``order``,
    ``title``, ``subtitle``, ``tokens``, ``min_stories``, ``min_tokens``, ``font``...).
    The default title names the unit in its own noun (:func:`helpers.charts.names.
    unit_noun`): «الكلمات الأكثر تكراراً في كل صحيفة», or «العبارات ...» for a table of
    n-grams (column ``n`` >= 2: bigrams, with trigrams where ``drop_subsumed`` put them
    in). Raises as :func:`top_by_group`."""
    bigrams = "n" in freq.columns and len(freq) > 0 and bool((freq["n"] >= 2).all())
    return _panels("bigrams" if bigrams else "terms", freq, by, n, value, options)


def top_entities_by_group(
    counts: pd.DataFrame,
    by: str,
    n: int = 8,
    *,
    value: str = "count",
    types: Sequence[str] | None = None,
    **options,
) -> Figure:
    """Most mentioned entities of each group as small multiples (:func:`top_by_group`).

    ``counts``: :func:`helpers.entities.entity_counts` table with a group column
    ``by``: ``<by>, entity_id, canonical, type, count`` (+ ``per_1000``). ``types``
    keeps only those entity types (e.g. ``("PERSON",)``). ``value``: ``count``
    (mentions), ``per_1000`` (mentions per 1,000 counted tokens, with ``tokens=``) or
    :data:`STORY_SHARE` (the stories of the group that mention it per 100 stories, from
    the ``stories`` column and ``group_sizes=``; ties by mentions: what the notebooks
    draw, so one long story counts once). ``options``: as
    :func:`top_terms_by_group`. An entity's rows are summed by ``entity_id``, so a
    country and its adjective (LOC and NORP rows of ``country:SA``) are one entry named
    by the country; a nationality with no row of another type is named by its
    adjective (:func:`helpers.charts.names.entity_labels`: سعودي). Raises as
    :func:`top_by_group`."""
    _require(counts, [by, "entity_id", "canonical", "type"], "top_entities_by_group")
    if types is not None:
        counts = counts[counts["type"].isin(list(types))]
    # a country and its adjective summed as one entry (one entity_id) keep the country's
    # name; a nationality drawn alone is named by its adjective (سعودي)
    alone = ~counts["entity_id"].isin(counts.loc[counts["type"] != "NORP", "entity_id"])
    counts = counts.assign(canonical=entity_labels(counts).where(alone, counts["canonical"]))
    if value == STORY_SHARE and "count" in counts.columns:
        options = {"tie": "count", **options}  # as many stories: more mentions first
    return _panels("entities", counts, by, n, value, options)


def quotes_by_group(
    per_speaker: pd.DataFrame, by: str, n: int = 8, *, value: str = "quotes", **options
) -> Figure:
    """Who is quoted most in each group, as small multiples (:func:`top_by_group`).

    ``per_speaker``: :func:`helpers.quotes.quotes_per_speaker` table with a group column
    ``by``: ``<by>, speaker_id, speaker, quotes, words``. Unattributed quotations
    (``speaker_id == ""``) are no panel entry; the subtitle says how many each group
    has (:func:`unattributed_note`). ``value``: ``quotes`` or ``words``.
    ``options``: as :func:`top_terms_by_group` (no token totals: ``min_tokens`` applies
    only with ``tokens=``). Raises as :func:`top_by_group`."""
    return _panels("quotes", per_speaker, by, n, value, options)


# ------------------------------------------------------------------ over time


#: Why :func:`time_series_chart` draws nothing when no point above 0 is left (session
#: 21), in Arabic as it reads after «لم يُرسم الشكل» (:func:`_flat_reason` adds the
#: points left out as too small).
NO_POINT_ABOVE_ZERO = "لا نقطة فوق الصفر في الكلمات المختارة"


def _flat_reason(dropped: int, min_tokens: int) -> str:
    """:data:`NO_POINT_ABOVE_ZERO`, and how many points the token floor left out: «… بعد
    حذف نقطة واحدة من أقل من 1,000 كلمة»."""
    if not dropped:
        return NO_POINT_ABOVE_ZERO
    floor = counted(min_tokens, "كلمة", "oblique")
    return f"{NO_POINT_ABOVE_ZERO} بعد حذف {counted(dropped, 'نقطة')} من أقل من {floor}"


def _point_tokens(df: pd.DataFrame) -> np.ndarray:
    """The counted tokens of each row's group and period (float; inf where unknown):
    the table's ``tokens`` column (:func:`helpers.freq.time_series`) when it has one,
    else ``count * 1000 / per_1000``, which a rate of 0 cannot give: such a row takes
    the tokens of another key's row of the same group and period, and only when no
    row of that cell has a rate above 0 are its tokens unknown (inf: kept). Session
    21: a rate-0 point was given inf and always drawn, so a small period's 50 per
    1,000 was left out and its zeros drawn."""
    if "tokens" in df.columns:
        return df["tokens"].to_numpy(float)
    rate = df["per_1000"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        known = np.where(rate > 0, df["count"].to_numpy(float) * 1000 / rate, np.nan)
    cell = pd.Series(known, index=df.index).groupby([df["period"], df["group"]])
    return cell.transform("max").fillna(np.inf).to_numpy(float)


def time_series_chart(
    series: pd.DataFrame,
    *,
    value: str = "per_1000",
    period: str = "D",
    title: str | None = None,
    subtitle: str | None = None,
    months: str = "gulf",
    max_panels: int = 6,
    max_lines: int = 6,
    min_tokens: int = 1000,
    order: Sequence | None = None,
    font: str | Path | None = None,
) -> Figure:
    """Chosen terms or entities over time: one panel per key, one line per group.

    Parameters
    ----------
    series : pandas.DataFrame
        Table of :func:`helpers.freq.time_series`: ``period`` (datetime64, period
        start), ``group`` (str), ``key`` (str), ``label`` (str), ``count`` (int),
        ``per_1000`` (float).
    value : {"per_1000", "count"}
    period : {"D", "W", "M"}
        The period of the table (for the date labels).
    max_panels : int
        Keys drawn (the first ones in table order); the subtitle says if more were given.
    max_lines : int
        Lines a panel (at most 12): the first ``max_lines - 1`` groups of ``order``
        (without ``order``: those with most occurrences), then "غيرها (N)" (grey).
    min_tokens : int
        For ``per_1000``: a point whose group and period hold fewer counted tokens
        (the ``tokens`` column, else ``count * 1000 / per_1000``: :func:`_point_tokens`)
        is left out, a rate of 0 as any other, since one short story would make
        a spike (one word in a six-word story is 167 per 1,000); the subtitle says how
        many points were left out. A key with no point above 0 left has no panel (the
        subtitle counts such keys); with none left, no chart: a
        :class:`helpers.charts.ChartWarning` (:data:`NO_POINT_ABOVE_ZERO`) and an empty
        figure (session 21).
    order : sequence, optional
        The run's one group order (:func:`helpers.charts.skeleton.group_order`; values
        or shown names): its first groups are the lines kept (the largest outlets,
        whether or not they use the keys most), listed in it, and a group takes the
        colour of its place in it (:func:`helpers.charts.skeleton.group_colours`), as
        in :func:`stories_over_time` given the same order.

    Returns
    -------
    matplotlib.figure.Figure
        Panels share the date axis and the value scale, which starts
        :data:`ZERO_ROOM` below 0 so a line at 0 shows above the axis line. At most
        12 lines a panel: the 11 groups with most occurrences and "غيرها (N)"
        (summed counts; mean rate).
        A table with one period draws one point a line and the subtitle says
        "يوم واحد فقط" (one day only). Periods without stories between the first and
        the last (every group NaN in ``per_1000``) keep their room on the time axis:
        the lines break over a grey band (:data:`GAP_COLOUR`), a thin dashed line of
        the group's colour joining the values on either side (:data:`GAP_LINE_STYLE`,
        as across a period where the group alone has no value), and the subtitle names
        them (:func:`_gap_note`: «3 أيام بلا قصص: شريط رمادي يعبره خط متقطع (28
        يوليو – 30 يوليو 2015)»); with ``value="count"`` such a period has no point
        (not 0). Every value has a marker up to 31 periods; past that, a value with no
        value on either side still has one (:func:`_marked`). The date ticks stand on
        periods with stories, the first and the last always labelled
        (:func:`_spaced_ticks`).

    Raises
    ------
    KhabarError
        Missing columns. :class:`helpers.errors.ArgumentError` for bad values.
    """
    _require(series, ["period", "group", "key", "label", value], "time_series_chart")
    title = title or "تطور التكرار عبر الزمن"
    with drawing(font) as family:
        missing = series[value].isna()  # a group without tokens in a period: a gap
        df = _rows(series[~missing], "label", [value], "time_series_chart")
        if df.empty:
            return _empty_figure(title, "time_series_chart", family)
        df = pd.concat([df, series[missing]]) if missing.any() else df
        dropped = 0
        if value == "per_1000" and "count" in df.columns and min_tokens:
            rate = df["per_1000"].to_numpy(float)
            # a rate of 0 too (session 21); a gap (NaN, no tokens) is no point
            small = (_point_tokens(df) < min_tokens) & ~np.isnan(rate)
            dropped = int(small.sum())
            df = df.assign(per_1000=np.where(small, np.nan, rate))
        keys = list(dict.fromkeys(df["key"]))
        # a panel is drawn for a key with a point above 0 (session 21: the tester saw
        # panels of zeros only under a subtitle saying each term peaks above its mean)
        above = set(df.loc[df[value].to_numpy(float) > 0, "key"])
        flat = [k for k in keys if k not in above]
        keys = [k for k in keys if k in above]
        if not keys:
            return _empty_figure(
                title, "time_series_chart", family, _flat_reason(dropped, min_tokens)
            )
        if dropped:  # the points left out of the panels drawn
            dropped = int((small & df["key"].isin(keys[:max_panels]).to_numpy()).sum())
        shown = keys[:max_panels]
        labels = df.drop_duplicates("key").set_index("key")["label"]
        df = df.assign(period=pd.to_datetime(df["period"]), group=df["group"].astype(str))
        periods = sorted(df["period"].unique())
        x_all = mdates.date2num(pd.DatetimeIndex(periods).to_pydatetime())
        # the periods with stories: a rate where some group has tokens (time_series
        # gives every period between the first and last, NaN where a group has none)
        has_data = (
            series["per_1000"].notna() if "per_1000" in series.columns else series[value].notna()
        )
        data_periods = pd.DatetimeIndex(
            sorted(pd.to_datetime(series.loc[has_data, "period"]).unique())
        )
        if value == "count" and "per_1000" in df.columns:  # no tokens: no point, not 0
            df = df.assign(count=df["count"].where(df["per_1000"].notna()))
        gap_runs = _missing_runs(data_periods, period)
        step = {"D": 1.0, "W": 7.0, "M": 30.0}[period]
        groups_all = df.groupby("group", sort=False)["count" if "count" in df else value].sum()
        ranked = list(groups_all.sort_values(ascending=False, kind="stable").index)
        lines = min(max_lines, MAX_SERIES)
        # the run's one group order decides which lines are kept (its first groups: the
        # largest outlets, not those that happen to use these words most) and their
        # colours, as in stories_over_time; without it, most occurrences first
        ranked = in_group_order(ranked, order)
        colours = group_colours(ranked, order)
        panel_names = _prepare([labels[k] for k in shown], "time_series_chart", wrap=False)
        _check_glyphs([title, *panel_names, *map(group_name, ranked[:MAX_SERIES])], font)
        fig = new_figure(9.5, 1.4 + 2.4 * len(shown))
        axes = fig.subplots(len(shown), 1, sharex=True, sharey=True, squeeze=False)[:, 0]
        colour = {}
        top = 0.0
        for ax, k, name in zip(axes, shown, panel_names, strict=True):
            sub = df[df["key"] == k]
            wide, _ = _wide(
                sub,
                "period",
                "group",
                value,
                max_columns=lines,
                gaps=True,
                order=ranked,  # the same groups kept in every panel: one legend
            )
            wide = wide.reindex(periods)
            # the same group keeps the same colour in every panel
            cols = sorted(wide.columns, key=lambda g: ranked.index(g) if g in ranked else 99)
            for g in cols:
                # folded groups: grey, not a group colour
                colour.setdefault(g, colours.get(g, OTHERS_COLOUR))
                y = wide[g].to_numpy(float)
                ax.plot(
                    x_all,
                    y,
                    color=colour[g],
                    marker="o",
                    markevery=_marked(y, len(periods) <= 31),
                    markersize=4,
                    linewidth=1.6,
                    label=prepare_label(group_name(g), "matplotlib"),
                )
                for i, j in _across_gaps(y):  # a dashed line over periods without a value
                    ax.plot(
                        x_all[[i, j]],
                        y[[i, j]],
                        color=colour[g],
                        linestyle=GAP_LINE_STYLE,
                        linewidth=1.0,
                    )
            for run in gap_runs:  # a stretch without stories: a band the lines break over
                ends = mdates.date2num([run[0].to_pydatetime(), run[-1].to_pydatetime()])
                ax.axvspan(ends[0] - step / 2, ends[1] + step / 2, color=GAP_COLOUR, lw=0, zorder=0)
            _title(ax, name, True, family)
            ax.grid(color="#eeeeee", linewidth=0.6)
            ax.set_ylabel(prepare_label(UNITS.get(value, value), "matplotlib"), fontfamily=family)
            ax.yaxis.set_major_formatter(_formatter("western"))
            top = max(top, float(np.nanmax(wide.to_numpy(), initial=0.0)))
        upper = top * 1.08 or 1.0
        # one scale for every panel (sharey); zero a little above the axis line, so a
        # line or dashed stretch at 0 is drawn, not hidden under the axis
        axes[0].set_ylim(-ZERO_ROOM * upper, upper)
        # ticks on periods with stories, both ends labelled (:func:`_spaced_ticks`)
        x_data = mdates.date2num(data_periods.to_pydatetime()) if len(data_periods) else x_all
        _date_axis(axes[-1], x_data, period, months, family)
        notes = [subtitle] if subtitle else []
        gaps = _gap_note(data_periods, period, months, shown="lines")
        if gaps:
            notes.append(gaps)
        if len(periods) == 1:
            day = arabic_date(periods[0], period, months=months)
            notes.append(f"{_one_period(period)} في البيانات ({day}): نقطة واحدة لكل خط")
        if len(keys) > len(shown):
            notes.append(f"تظهر أول {len(shown)} من {counted(len(keys), 'كلمة', 'oblique')}")
        if dropped:
            floor = counted(min_tokens, "كلمة", "oblique")  # after من
            notes.append(f"حُذفت {counted(dropped, 'نقطة')} من أقل من {floor}")
        if flat:
            notes.append(f"تُركت {counted(len(flat), 'كلمة')} لا نقطة لها فوق الصفر")
        _title(fig, title, True, family, "؛ ".join(notes) or None)
        handles = [
            Line2D([], [], color=c, marker="o", label=_short(group_name(g)))
            for g, c in colour.items()
        ]
        if len(handles) > 1:
            ncols = legend_columns([h.get_label() for h in handles])
            _fig_legend(fig, True, family, handles, ncols=ncols)
        return fig


#: Room below zero on the value axis of a line chart, as a share of the axis's top: a
#: group's line at 0 (no use of a word on some days) lay on the axis line and its
#: dashed stretches across days without stories were hidden under it.
ZERO_ROOM = 0.04


def _short(name: str) -> str:
    return prepare_label(name, "matplotlib", max_chars=24)


# ------------------------------------------------------------------ entities x groups


#: A heatmap's unit in its title, and what its cell says in the subtitle ({} = the
#: unit, «الصحيفة»), by value.
HEATMAP_UNITS = {
    "per_1000": f"مرات الذكر {UNITS['per_1000']}",
    "count": "مرات الذكر",
    STORY_SHARE: "من كل 100 قصة",
}
HEATMAP_CELLS = {
    "per_1000": "مرات ذكر {1} " + UNITS["per_1000"] + " من نصوص {0}",
    "count": "مرات ذكر {1} في {0}",
    STORY_SHARE: "القصص التي تذكر {1} من كل 100 قصة من قصص {0}",
}
#: How a heatmap's subtitle names its rows, by the entity types of its table: (the
#: rows, ranked by stories; ranked by mentions; the counted noun of
#: :func:`~helpers.charts.skeleton.counted`; one row, in the cell's phrase). Notebook
#: 03's places heatmap said «الكيانات ...: 20 كياناً» and «تذكر الكيان» (session 17); a
#: table of other types keeps the last, general wording.
HEATMAP_ROWS = {
    frozenset({"PERSON"}): (
        "الأشخاص الذين تذكرهم أكثر القصص",
        "الأشخاص الأكثر ذكراً",
        "شخص",
        "الشخص",
    ),
    frozenset({"ORG"}): (
        "المنظمات التي تذكرها أكثر القصص",
        "المنظمات الأكثر ذكراً",
        "منظمة",
        "المنظمة",
    ),
    frozenset({"PERSON", "ORG"}): (
        "الأشخاص والمنظمات التي تذكرها أكثر القصص",
        "الأشخاص والمنظمات الأكثر ذكراً",
        "اسم",
        "الاسم",
    ),
    frozenset({"LOC"}): (
        "الأماكن التي تذكرها أكثر القصص",
        "الأماكن الأكثر ذكراً",
        "مكان",
        "المكان",
    ),
    frozenset({"LOC", "NORP"}): (
        "الأماكن والجنسيات التي تذكرها أكثر القصص",
        "الأماكن والجنسيات الأكثر ذكراً",
        "اسم",
        "الاسم",
    ),
}
#: :data:`HEATMAP_ROWS`' wording of a table of any other types (or without ``type``).
HEATMAP_ANY_ROWS = ("الكيانات التي تذكرها أكثر القصص", "الكيانات الأكثر ذكراً", "كيان", "الكيان")
#: The mark of a heatmap cell left out on purpose (a group's own name), on this grey,
#: and the subtitle's note saying why ({} = the unit, «الصحيفة»).
OWN_CELL = "—"
OWN_CELL_COLOUR = "#dddddd"
OWN_CELL_NOTE = "«—»: اسم {0} نفسه، لا يُعدّ في عمود {0}"
#: Least room between two columns of small-multiples panels (:func:`top_by_group`),
#: besides their labels, in inches.
PANEL_GAP_INCHES = 0.35
#: Colour of the «0» of a heatmap cell whose value is zero: written, but faint.
ZERO_CELL_COLOUR = "#a0a0a0"


def entity_heatmap(
    counts: pd.DataFrame,
    by: str,
    n: int = 20,
    *,
    value: str = "per_1000",
    group_sizes=None,
    order: Sequence | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    tokens=None,
    stories: pd.DataFrame | None = None,
    min_stories: int = MIN_GROUP_STORIES,
    min_tokens: int = MIN_GROUP_TOKENS,
    font: str | Path | None = None,
    types: Sequence[str] | None = None,
    keep: Sequence | None = None,
    own: Iterable | None = None,
) -> Figure:
    """Who each group talks about: entities (rows) x groups (columns), shaded by
    ``value``, each cell labelled with its number.

    Parameters
    ----------
    counts : pandas.DataFrame
        :func:`helpers.entities.entity_counts` table with group column ``by``:
        ``<by>, entity_id, canonical, type, count`` (+ ``per_1000``).
    by : str
        The group column of ``counts``.
    n : int
        Entities (rows): the ``n`` that most stories mention over the groups drawn, ties
        by mentions (the table's ``stories`` and ``count`` columns: one long story
        counts once), or the ``n`` most mentioned for a table without ``stories``; then
        by name (:func:`~helpers.charts.skeleton.largest_first`). When the cut falls
        inside a tie, the subtitle ends with how many entities equal to the last row in
        every rank column are not drawn (:func:`~helpers.charts.skeleton.tie_note`).
    value : {"per_1000", "count", "stories_per_100"}
        ``per_1000`` (default): mentions per 1,000 counted tokens of the group, so
        outlets of different sizes compare; taken from the table's ``per_1000`` column,
        else computed as ``count * 1000 / tokens`` from ``tokens``. ``count``: mentions.
        :data:`STORY_SHARE` (``stories_per_100``, what notebook 03 draws): the group's
        stories that mention the entity per 100 of its stories (``stories`` column and
        ``group_sizes``). Every cell is written in one format
        (:func:`helpers.charts.skeleton.cell_format`: the same decimals in each cell)
        and the subtitle says what a cell counts.
    group_sizes : mapping, optional
        Stories per group, shown under each column name, used for ``min_stories`` and,
        without ``order``, for the column order (most stories first, as the small
        multiples).
    order : sequence, optional
        The groups in the order of the columns, first on the right (the run's one
        group order), kept as given; groups missing from it follow. Also never left
        out as too small unless ``keep`` is given.
    keep : sequence, optional
        Groups never left out as too small; default the groups of ``order`` (pass
        ``keep=()`` with the run's whole group order).
    tokens : CorpusCounts, mapping or Series, optional
        Counted tokens per group (:func:`group_tokens`; a ``CorpusCounts`` is summed
        per ``by`` over ``stories``, default its own ``meta``). Needed for ``per_1000``
        when the table has no such column, and used for ``min_tokens``.
    stories : pandas.DataFrame, optional
        Stories table for a ``CorpusCounts`` ``tokens``.
    min_stories, min_tokens : int
        Groups with fewer stories or counted tokens are left out and named in the
        subtitle (:func:`helpers.charts.skeleton.small_groups`); 0 keeps all.
    types : sequence of str, optional
        Entity types drawn (``type`` column: ``("PERSON", "ORG", "LOC")`` leaves out
        nationality adjectives such as سعودي, NORP); named in the subtitle. Default all.
    own : iterable of (group, entity_id), optional
        Cells left out on purpose: a group's own name (:func:`helpers.own_names.
        own_names`, the city الرياض in the outlet الرياض), not counted for that group.
        Such a cell drawn is marked :data:`OWN_CELL` («—») on grey, and the subtitle
        says why (:data:`OWN_CELL_NOTE`); a zero cell is written «0» in
        :data:`ZERO_CELL_COLOUR` (a blank read as missing data).

    Returns
    -------
    matplotlib.figure.Figure
        Row labels (entities) and column names (groups) of any script or length are cut
        with an ellipsis (32 and 20 characters) and the figure grows to hold them.
        At most 12 columns: the groups with most stories (``group_sizes``; else with
        most mentions) in ``order`` (else that ranking), then "غيرها (N)" (sum of
        counts, mean of rates). First group on the right (right-to-left reading).
        Column names show a group by :func:`helpers.charts.names.group_name`. The
        subtitle says the unit, the groups and stories drawn and the groups left out.

    Raises
    ------
    KhabarError
        Missing columns. :class:`helpers.errors.ArgumentError` for bad values, or
        ``value="per_1000"`` with neither a ``per_1000`` column nor ``tokens``.
    """
    _require(counts, [by, "entity_id", "canonical"], "entity_heatmap")
    kinds = ""
    if types is not None:  # e.g. people, organisations and places, not nationalities
        _require(counts, ["type"], "entity_heatmap")
        counts = counts[counts["type"].isin(list(types))]
        kinds = "، ".join(ENTITY_TYPE_NAMES.get(t, str(t)) for t in types)
    known = group_tokens(tokens, stories, by) if tokens is not None else None
    counts = _rates(counts, by, value, known, "entity_heatmap")
    counts = _story_shares(counts, by, value, group_sizes, "entity_heatmap")
    _require(counts, [value], "entity_heatmap")
    unit = HEATMAP_UNITS.get(value, UNITS.get(value, value))
    # «من يُذكر في كل صحيفة؟»: the verb agrees with «من», whatever the unit's noun
    title = title or f"من يُذكر في كل {unit_noun(by, counts[by].unique())}؟ ({unit})"
    with drawing(font) as family:
        df = _rows(counts, "canonical", [value], "entity_heatmap", size=value)
        if df.empty:
            return _empty_figure(title, "entity_heatmap", family)
        df, left_out = _big_groups(
            df,
            by,
            group_sizes,
            known,
            order if keep is None else keep,
            min_stories=min_stories,
            min_tokens=min_tokens,
        )
        # rows: the entities most stories mention (ties by mentions) when the table
        # says so (entity counts' stories column), else the most mentioned
        ranks = [c for c in ("stories", "count") if c in df] or [value]
        totals = df.groupby("entity_id", sort=False)[ranks].sum()
        names = df.drop_duplicates("entity_id").set_index("entity_id")["canonical"]
        # ties by the name's normalised form, not by the table's order
        top = largest_first(totals, names)
        # the rows a cut inside a tie leaves out (equal in every rank column)
        cut = list(totals.loc[top].itertuples(index=False, name=None))
        ties = (tie_note(cut, n, "كيان", same_value(ranks[0])) or "").removeprefix("و")
        top = top[:n]
        n_groups = df[by].nunique()
        ranking = None
        if group_sizes is not None:  # the small multiples' ranking: most stories first
            ranked = pd.Series(group_sizes, dtype=float).reindex(df[by].unique()).fillna(0)
            ranking = list(ranked.sort_values(ascending=False, kind="stable").index)
        if order is not None:
            if ranking is None:  # most mentions first
                size = df.groupby(by, sort=False)["count" if "count" in df else value].sum()
                ranking = list(size.sort_values(ascending=False, kind="stable").index)
            ranking = _kept_in_order(ranking, order, MAX_SERIES)
        wide, _ = _wide(df[df["entity_id"].isin(top)], "entity_id", by, value, order=ranking)
        wide = wide.reindex(top, fill_value=0.0)
        wide = wide.iloc[:, ::-1]  # first group on the right
        rows = _prepare([names[e] for e in top], "entity_heatmap", wrap=False)
        sizes = pd.Series(group_sizes if group_sizes is not None else {}, dtype=float)
        # column names cut shorter than row labels: they stand at 45 degrees above
        # narrow columns; the stories of the group on a second line
        cols = [
            prepare_label(group_name(c), "matplotlib", max_chars=HEATMAP_COLUMN_CHARS)
            + (f"\n{stories_phrase(sizes[c])}" if c in sizes else "")
            for c in wide.columns
        ]
        _check_glyphs([title, *rows, *cols], font)
        longest = max(len(line) for c in cols for line in c.split("\n"))
        slanted = longest > 8
        # room for the slanted column names (about 0.07 in a character at 45 degrees)
        # and for the row labels, measured on the font (text_inches) plus ROW_LABEL_GAP,
        # so the cells keep their size: 0.09 in a character was 0.8 in too much for a
        # 32-letter Arabic name and 0.9 in too little for a Latin one, whose cells and
        # colour bar were then pushed to the figure's left edge (session 22)
        head = 0.07 * longest + 0.3 if slanted else 0.6
        side = max(text_inches(r, family) for r in rows) + ROW_LABEL_GAP
        fig = new_figure(2.0 + side + 0.85 * wide.shape[1], 1.6 + head + 0.34 * len(rows))
        ax = fig.add_subplot()
        data = wide.to_numpy(float)
        im = ax.imshow(data, cmap="Blues", aspect="auto", vmin=0)
        vmax = data.max() or 1.0
        left = {(str(g), str(e)) for g, e in own or ()}
        marked = {
            (i, j)
            for i, e in enumerate(wide.index)
            for j, g in enumerate(wide.columns)
            if (str(g), str(e)) in left
        }
        for i, j in sorted(marked):  # a cell left out on purpose: grey, «—», never "0"
            ax.add_patch(
                Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor=OWN_CELL_COLOUR, edgecolor="none")
            )
        # one format, the same decimals, in every cell, and in every heatmap of the
        # same unit and groups (03's people/organisations and places)
        number = cell_format(_unit_steps(data, value, group_sizes, min_stories))
        for (i, j), v in np.ndenumerate(data):
            text = number(v)
            if (i, j) in marked:
                ax.text(j, i, OWN_CELL, ha="center", va="center", fontsize=8, color="#333333")
                continue
            # a zero is written, faintly: a blank cell read as missing data (a newcomer)
            ax.text(
                j,
                i,
                text if v else "0",
                ha="center",
                va="center",
                fontsize=8,
                color=ZERO_CELL_COLOUR if not v else "white" if v > 0.6 * vmax else "#333333",
            )
        ax.set_yticks(np.arange(len(rows)), rows, fontfamily=family)
        ax.yaxis.tick_right()
        ax.set_xticks(np.arange(len(cols)), cols, fontfamily=family)
        ax.xaxis.tick_top()
        ax.tick_params(axis="x", labelrotation=45 if slanted else 0, length=0)
        ax.tick_params(axis="y", length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        cb = fig.colorbar(im, ax=ax, location="left", shrink=COLORBAR_SHRINK)
        bar_label = UNITS.get(value, value)
        cb.set_label(prepare_label(bar_label, "matplotlib"), fontfamily=family)
        cb.ax.yaxis.set_major_formatter(_formatter("western"))
        drawn = int(sizes.reindex(df[by].unique()).sum()) if len(sizes) else None
        note = _groups_subtitle(n_groups, min(n_groups, MAX_SERIES), drawn, by, df[by].unique())
        # the rows by their kind: «الأماكن التي تذكرها أكثر القصص: 20 مكاناً»
        present = frozenset(df["type"].astype(str)) if "type" in df else frozenset()
        by_stories, by_mentions, noun, one = HEATMAP_ROWS.get(present, HEATMAP_ANY_ROWS)
        which = by_stories if ranks[0] == "stories" else by_mentions
        note += f"؛ {which}: {counted(len(rows), noun)}"
        if kinds and present not in HEATMAP_ROWS:
            note += f" ({kinds})"
        # «من نصوص الصحيفة»، «من قصص اليوم»: the unit of every cell, said once
        cell = HEATMAP_CELLS.get(value)
        if cell:
            note += "؛ الخلية: " + cell.format(unit_name(by, df[by].unique()), one)
        if marked:
            note += "؛ " + OWN_CELL_NOTE.format(unit_name(by, df[by].unique()))
        notes = "؛ ".join(s for s in [subtitle, note, left_out, ties] if s)
        # wide enough for the title and each phrase of the subtitle on a line (a heatmap
        # of one group wrapped them mid-phrase); never past new_figure's widest side
        wide_enough = min(phrases_inches(title, notes), MAX_INCHES)
        if fig.get_figwidth() < wide_enough:
            fig.set_figwidth(wide_enough)
        _title(fig, title, True, family, notes)
        # one or two rows: the title block and the colour bar's label (drawn along
        # the bar, COLORBAR_SHRINK of the cells' height) need more height than the
        # rows; without it the layout collapsed and the title was drawn over the cells
        label_inches = len(bar_label) * SUBTITLE_EM * mpl.rcParams["font.size"] / 72.0
        body = max(head + 0.34 * len(rows), label_inches / COLORBAR_SHRINK) + TICKS_INCHES
        if heading_inches(fig) + body > fig.get_figheight():
            fit_height(fig, body)
        return fig
