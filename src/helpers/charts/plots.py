"""Bar charts of khabar's tables, laid out the way their labels read.

Every function takes a table another module returns and gives back a
:class:`matplotlib.figure.Figure`. Labels are used as given (the ``label`` column of
term frequencies and keyness, ``canonical`` of entity counts: surface forms, never
stems), prepared for matplotlib by :func:`helpers.charts.prepare_label`.

Right-to-left layout (when most category labels hold Arabic): category labels on the
right, bars growing leftwards from a zero line on the right, titles and axis labels
aligned right, legends with the swatch on the right. Latin-script labels get the
mirror image (left-to-right) from the same functions. Axis digits are Western by
default (as in the embedded corpus); ``digits="arabic-indic"`` gives ٠١٢٣٤٥٦٧٨٩.

Every chart checks the numbers it draws the same way (``_check_values``): a value that
is not a number, is infinite, or is a negative count or frequency raises
:class:`helpers.errors.ArgumentError` naming the column and the values; rows with a
missing value (NaN) are left out with a :class:`ChartWarning`; a table whose values are
all 0 is drawn like a table with no rows (a titled empty figure and a ChartWarning).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..errors import ArgumentError, KhabarError
from .fonts import missing_glyphs
from .labels import digits_to_arabic_indic, has_arabic, prepare_label
from .style import chart_style

__all__ = [
    "ENTITY_TYPE_NAMES",
    "ChartWarning",
    "bar_chart",
    "compare_stories",
    "entity_counts_chart",
    "keyness_chart",
    "side_name",
    "top_terms_chart",
]

MAX_LABEL_CHARS = 32
PALETTE = ("#1b6a8f", "#c8553d", "#3a7d44", "#7d5ba6", "#b08d1a", "#5f6b73")
NO_DATA = "لا توجد بيانات"  # "no data"
ENTITY_TYPE_NAMES = {
    "PERSON": "أشخاص",
    "ORG": "منظمات",
    "LOC": "أماكن",
    "NORP": "جنسيات وجماعات",
}


class ChartWarning(UserWarning):
    """A chart was drawn from degenerate input (no rows, empty labels, missing or all-zero
    values)."""


# --------------------------------------------------------------------------- helpers


def _require(table: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise KhabarError(f"{what}: expected a pandas DataFrame, got {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise KhabarError(
            f"{what}: the table has no column(s) {missing}; it has {list(table.columns)}",
            hint="pass the table returned by helpers.freq / helpers.entities unchanged",
        )


#: Columns that hold signed statistics (a negative value is meaningful): the others
#: are counts or frequencies, >= 0.
SIGNED_COLUMNS = frozenset({"log_ratio", "log_odds", "log_odds_z"})


def _shown(values) -> str:
    """Up to five distinct bad values, for an error message."""
    distinct = list(dict.fromkeys(values))
    more = f" and {len(distinct) - 5} more" if len(distinct) > 5 else ""
    return ", ".join(repr(v.item() if hasattr(v, "item") else v) for v in distinct[:5]) + more


def _check_values(
    df: pd.DataFrame, columns: Sequence[str], what: str, *, size: str | None = None
) -> pd.DataFrame:
    """The one check of the numbers every khabar chart draws.

    For each column of ``columns``:

    * a value that is not a number (``"x"``, a list...) raises
      :class:`helpers.errors.ArgumentError` naming the column and the values;
    * ``inf``/``-inf`` raises ``ArgumentError`` (no bar or word size can show it);
    * a negative value raises ``ArgumentError``, except in the signed statistics
      (:data:`SIGNED_COLUMNS`: ``log_ratio``, ``log_odds``, ``log_odds_z``): counts and
      frequencies are never below 0;
    * rows with a missing value (NaN, None) are left out with a :class:`ChartWarning`.

    When ``size`` (the column giving bar length or word size) is 0 in every remaining
    row there is nothing to draw: a ``ChartWarning`` is given and an empty table is
    returned, so the chart draws its empty titled figure, as for a table with no rows.

    Returns the table with those columns as numbers (unchanged when they already are).
    """
    out = df
    keep = np.ones(len(df), bool)
    for col in columns:
        raw = df[col]
        kind = raw.dtype
        if (
            not pd.api.types.is_numeric_dtype(kind)
            or pd.api.types.is_bool_dtype(kind)
            or (pd.api.types.is_complex_dtype(kind))
        ):
            # text, objects, True/False, complex: only real numbers (and missing values) pass
            is_text = raw.map(lambda v: isinstance(v, str | bytes | bool | np.bool_ | complex))
            num = pd.to_numeric(raw.mask(is_text), errors="coerce")
            bad = (raw.notna() & num.isna()).to_numpy()
            if bad.any():
                raise ArgumentError(
                    f"{what}: column {col!r} must hold numbers; it holds "
                    f"{int(bad.sum())} non-numeric value(s): {_shown(raw[bad])}",
                    hint="pass the table returned by helpers.freq / helpers.entities, "
                    "or convert the column with pandas.to_numeric",
                )
            out = out.assign(**{col: num})
        given = out[col].to_numpy()
        values = given.astype(float)
        infinite = np.isinf(values)
        if infinite.any():
            raise ArgumentError(
                f"{what}: column {col!r} holds {int(infinite.sum())} infinite value(s): "
                f"{_shown(given[infinite])}; a chart can only draw finite numbers",
                hint="drop or replace those rows",
            )
        negative = values < 0
        if col not in SIGNED_COLUMNS and negative.any():
            raise ArgumentError(
                f"{what}: column {col!r} holds {int(negative.sum())} negative value(s): "
                f"{_shown(given[negative])}; counts and frequencies are >= 0",
            )
        keep &= ~np.isnan(values)
    if not keep.all():
        warnings.warn(
            f"{what}: {int((~keep).sum())} row(s) with a missing (NaN) value in "
            f"{', '.join(map(repr, columns))} left out",
            ChartWarning,
            stacklevel=3,
        )
        out = out.loc[keep]
    if size is not None and len(out) and (out[size].to_numpy(dtype=float) == 0).all():
        warnings.warn(
            f"{what}: every value of {size!r} is 0 ({len(out)} row(s)): nothing to draw",
            ChartWarning,
            stacklevel=3,
        )
        out = out.iloc[0:0]
    return out


def _is_rtl(labels: Sequence[str]) -> bool:
    labels = [s for s in labels if s]
    return bool(labels) and sum(map(has_arabic, labels)) * 2 >= len(labels)


def _formatter(digits: str) -> FuncFormatter:
    """Tick formatter: U+2212 MINUS SIGN for negatives (whatever the global rcParams),
    and Arabic-Indic digits with the Arabic decimal (U+066B) and thousands (U+066C)
    separators when asked."""
    if digits not in ("western", "arabic-indic"):
        raise ValueError(f"digits must be 'western' or 'arabic-indic', got {digits!r}")

    def fmt(value: float, _pos=None) -> str:
        value = 0.0 if abs(value) < 1e-12 else value
        if digits == "western":
            return f"{value:.10g}".replace("-", "\u2212")
        text = f"{value:,.10g}".replace(",", "\u066c")  # Arabic thousands separator
        text = text.replace(".", "\u066b").replace("-", "\u2212")  # Arabic decimal separator
        return digits_to_arabic_indic(text)

    return FuncFormatter(fmt)


def _prepare(labels: Sequence, what: str) -> list[str]:
    out = [prepare_label(s, "matplotlib", max_chars=MAX_LABEL_CHARS) for s in labels]
    return out


def _drop_empty(df: pd.DataFrame, column: str, what: str) -> pd.DataFrame:
    labels = df[column].map(lambda s: prepare_label(s, "matplotlib", shapes=True))
    empty = labels == ""
    if empty.any():
        warnings.warn(
            f"{what}: {int(empty.sum())} row(s) with an empty or whitespace-only "
            f"{column!r} left out",
            ChartWarning,
            stacklevel=3,
        )
    return df.loc[~empty]


def _title(ax_or_fig, title: str | None, rtl: bool, family: list[str]) -> None:
    if not title:
        return
    text = prepare_label(title, "matplotlib")
    if isinstance(ax_or_fig, Figure):
        ax_or_fig.suptitle(
            text,
            x=0.99 if rtl else 0.01,
            ha="right" if rtl else "left",
            fontfamily=family,
            fontsize=13,
            parse_math=False,
        )
    else:
        ax_or_fig.set_title(
            text, loc="right" if rtl else "left", fontfamily=family, parse_math=False
        )


def _empty_figure(
    title: str | None, what: str, family: list[str], reason: str = "the table has no rows to draw"
) -> Figure:
    warnings.warn(
        f"{what}: {reason}; drawing an empty figure",
        ChartWarning,
        stacklevel=3,
    )
    fig = Figure(figsize=(7, 2.5), layout="constrained")
    ax = fig.add_subplot()
    ax.set_axis_off()
    rtl = True if not title else has_arabic(title)
    _title(ax, title or NO_DATA, rtl, family)
    ax.text(
        0.5,
        0.5,
        NO_DATA,
        ha="center",
        va="center",
        fontfamily=family,
        color="#666",
        parse_math=False,
    )
    return fig


def _style_value_axis(ax, rtl: bool, digits: str, family: list[str], xlabel: str | None) -> None:
    ax.xaxis.set_major_formatter(_formatter(digits))
    ax.tick_params(axis="both", labelfontfamily=family)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    if xlabel:
        ax.set_xlabel(
            prepare_label(xlabel, "matplotlib"),
            loc="right" if rtl else "left",
            fontfamily=family,
            parse_math=False,
        )


def _hbars(
    ax,
    labels: list[str],
    values: np.ndarray,
    groups: list[str] | None,
    *,
    rtl: bool,
    family: list[str],
    colors: Sequence[str] = PALETTE,
    hatches: np.ndarray | None = None,
) -> None:
    """Horizontal (grouped) bars, first label at the top; values has shape (n, k)."""
    n, k = values.shape
    y = np.arange(n)
    height = 0.8 / k
    # Centre the bars a category actually has on its label: a value in only one group
    # sits on the label, not in its group's slot beside an empty one. Groups keep their
    # order (first group on top) and zero bars stay (width 0) so patches stay in order.
    present = values != 0
    slot = np.cumsum(present, axis=1) - 1  # position among the bars present in the row
    count = present.sum(axis=1)
    for j in range(k):
        offset = np.where(present[:, j], (slot[:, j] - (count - 1) / 2) * height, 0.0)
        bars = ax.barh(
            y + offset,
            values[:, j],
            height=height * 0.95,
            color=colors[j % len(colors)],
            label=groups[j] if groups else None,
        )
        if hatches is not None:
            for bar, hatched in zip(bars, hatches[:, j], strict=True):
                if hatched:
                    bar.set_hatch("///")
                    bar.set_alpha(0.45)
    ax.set_yticks(y, labels, fontfamily=family, parse_math=False)
    ax.set_ylim(n - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    if rtl:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.spines["left"].set_visible(False)
    else:
        ax.spines["right"].set_visible(False)
    ax.axvline(0, color="#333333", linewidth=0.8)


def _fig_legend(fig, rtl: bool, family: list[str], handles, labels=None) -> None:
    """A legend below the plot, outside the axes; for right-to-left charts the first
    entry is on the right and each swatch is to the right of its text."""
    if labels is None:
        labels = [h.get_label() for h in handles]
    if rtl:
        handles, labels = handles[::-1], labels[::-1]
    fig.legend(
        handles,
        labels,
        loc="outside lower center",
        ncols=len(handles),
        markerfirst=not rtl,
        prop={"family": family},
        frameon=False,
    )


def _integer_ticks(ax, values: np.ndarray) -> None:
    if np.all(np.isfinite(values)) and np.all(values == np.round(values)):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def _max_lines(labels: Sequence[str]) -> int:
    """Most lines in one label: a two-line label needs a row twice as tall."""
    return max((s.count("\n") + 1 for s in labels), default=1)


def _check_glyphs(texts: Sequence[str], font) -> None:
    missing_glyphs([t for t in texts if t], font, renderer="matplotlib")


def _story_name(story_names: dict | None, story_id) -> str:
    return str((story_names or {}).get(story_id, story_id))


SIDE_NAMES = {"target": "القصة المستهدفة", "reference": "المرجع"}
REST_NAME = "بقية القصص"  # "the other stories": reference=None in helpers.freq.keyness


def side_name(table: pd.DataFrame, side: str, name=None, story_names: dict | None = None) -> str:
    """Display name of one side (``"target"`` or ``"reference"``) of a keyness table.

    ``name`` when given; else, from ``table.attrs[side]`` (the story ids that
    :func:`helpers.freq.keyness` records): the story's name in ``story_names`` when the
    side is one story; ``"بقية القصص"`` when the reference is the rest of the corpus
    (``attrs["reference_rest"]``); the story id when the side is one unnamed story;
    otherwise the generic ``"القصة المستهدفة"`` / ``"المرجع"``.

    Raises
    ------
    ValueError
        ``side`` is neither ``"target"`` nor ``"reference"``.
    """
    if side not in SIDE_NAMES:
        raise ValueError(f"side must be 'target' or 'reference', got {side!r}")
    if name is not None:
        return str(name)
    ids = list(getattr(table, "attrs", {}).get(side) or [])
    rest = side == "reference" and bool(table.attrs.get("reference_rest"))
    if len(ids) == 1 and ids[0] in (story_names or {}):
        return str(story_names[ids[0]])
    if rest:
        return REST_NAME
    if len(ids) == 1:
        return str(ids[0])
    return SIDE_NAMES[side]


def _one_story(df: pd.DataFrame, story_id, what: str) -> pd.DataFrame:
    ids = list(dict.fromkeys(df["story_id"]))
    if story_id is None:
        if len(ids) > 1:
            raise KhabarError(
                f"{what}: the table holds {len(ids)} stories; pass story_id= one of {ids[:10]}"
            )
        return df
    if story_id not in ids:
        raise KhabarError(f"{what}: story_id {story_id!r} is not in the table; it has {ids[:10]}")
    return df[df["story_id"] == story_id]


# --------------------------------------------------------------------------- plots


def bar_chart(
    table: pd.DataFrame,
    label: str,
    value: str,
    *,
    group: str | None = None,
    n: int | None = 20,
    title: str | None = None,
    xlabel: str | None = None,
    digits: str = "western",
    group_names: dict | None = None,
    sort: bool = True,
    font: str | Path | None = None,
) -> Figure:
    """Horizontal bars of ``value`` per ``label``, optionally grouped by ``group``.

    The generic helper, e.g. quotes per speaker per story:
    ``bar_chart(counts, label="speaker", value="count", group="story_id")``.

    Parameters
    ----------
    table : pandas.DataFrame
        Must have columns ``label`` (str, display text) and ``value`` (numeric),
        and ``group`` (any hashable) when given. Rows with the same label (and
        group) are summed.
    label, value, group : str
        Column names.
    n : int or None
        Keep the ``n`` labels with the largest total value (ties: label order).
    title, xlabel : str, optional
        Drawn right-aligned when the labels are Arabic.
    digits : {"western", "arabic-indic"}
        Digits on the value axis.
    group_names : dict, optional
        Display names for the group values (legend).
    sort : bool
        Largest total first (default); ``False`` keeps the table's order.
    font : str or Path, optional
        Arabic font file (default: :func:`helpers.charts.find_arabic_font`).

    Returns
    -------
    matplotlib.figure.Figure
        An empty titled figure, with a :class:`ChartWarning`, when the table has no rows.

    Raises
    ------
    helpers.errors.ArgumentError
        A value to draw (counts, frequencies, statistics) that is not a number, is
        infinite, or is negative outside the signed ``log_ratio``/``log_odds(_z)``; the
        message names the column and the values. Rows with a missing value are left
        out and a table whose values are all 0 is drawn as the empty figure, each with
        a :class:`ChartWarning`.
    KhabarError
        When a named column is missing. ``FontError`` for a bad ``font`` path.
    """
    cols = [label, value] + ([group] if group else [])
    _require(table, cols, "bar_chart")
    with mpl.rc_context(chart_style(font)):
        family = mpl.rcParams["font.family"]
        df = _drop_empty(table, label, "bar_chart")
        df = _check_values(df, [value], "bar_chart", size=value)
        if df.empty:
            return _empty_figure(title, "bar_chart", family)
        df = df.assign(
            **{label: df[label].map(lambda s: prepare_label(s, "matplotlib", shapes=True))}
        )
        if group:
            wide = df.pivot_table(
                index=label, columns=group, values=value, aggfunc="sum", fill_value=0, sort=False
            )
        else:
            wide = df.groupby(label, sort=False)[[value]].sum()
        total = wide.sum(axis=1)
        order = total.sort_values(ascending=False, kind="stable").index if sort else total.index
        if n is not None:
            order = order[:n]
        wide = wide.loc[order]
        labels = _prepare(list(wide.index), "bar_chart")
        groups = [_story_name(group_names, g) for g in wide.columns] if group else None
        return _bar_figure(
            labels, wide.to_numpy(dtype=float), groups, title, xlabel, digits, family, font
        )


def _bar_figure(
    labels, values, groups, title, xlabel, digits, family, font, hatches=None, colors=PALETTE
):
    rtl = _is_rtl(labels)
    _check_glyphs([*labels, title or "", xlabel or "", *(groups or [])], font)
    n, k = values.shape
    row = 0.32 * max(1, k * 0.7) * _max_lines(labels)  # inches per category
    fig = Figure(figsize=(7.5, max(2.8, 1.6 + row * n)), layout="constrained")
    ax = fig.add_subplot()
    _hbars(ax, labels, values, groups, rtl=rtl, family=family, hatches=hatches, colors=colors)
    _style_value_axis(ax, rtl, digits, family, xlabel)
    _integer_ticks(ax, values)
    _title(fig, title, rtl, family)
    if groups and k > 1:
        handles, labels = ax.get_legend_handles_labels()
        _fig_legend(fig, rtl, family, handles, labels)
    return fig


def top_terms_chart(
    freq: pd.DataFrame,
    story_id=None,
    n: int = 20,
    *,
    value: str = "count",
    title: str | None = None,
    xlabel: str | None = None,
    story_names: dict | None = None,
    digits: str = "western",
    font: str | Path | None = None,
) -> Figure:
    """The ``n`` most frequent terms of one story, as horizontal bars.

    Parameters
    ----------
    freq : pandas.DataFrame
        A term-frequency table (``helpers.freq.term_frequencies``): columns
        ``story_id`` (str), ``term`` (str, key), ``label`` (str, display form),
        ``count`` (int), ``per_1000`` (float, relative frequency per 1,000 tokens),
        ``rank`` (int).
    story_id : str, optional
        The story to draw; may be omitted when the table holds one story.
    n : int
        Number of terms (largest ``value`` first; ties broken by ``term``).
    value : {"count", "per_1000"}
        Bar length: raw count or relative frequency per 1,000 tokens.
    title, xlabel : str, optional
        Default title: ``"أكثر الكلمات تكراراً: <story name>"``; default x label
        ``"عدد المرات"`` (count) or ``"لكل 1000 كلمة"`` (per 1,000 tokens).
    story_names : dict, optional
        Display names of the stories (:func:`helpers.charts.story_labels`) for the
        default title; the story id when absent.
    digits : {"western", "arabic-indic"}
    font : str or Path, optional

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    helpers.errors.ArgumentError
        A value to draw (counts, frequencies, statistics) that is not a number, is
        infinite, or is negative outside the signed ``log_ratio``/``log_odds(_z)``; the
        message names the column and the values. Rows with a missing value are left
        out and a table whose values are all 0 is drawn as the empty figure, each with
        a :class:`ChartWarning`.
    KhabarError
        Missing columns, or several stories and no ``story_id``, or an unknown one.
    """
    _require(freq, ["story_id", "term", "label", value], "top_terms_chart")
    df = _one_story(freq, story_id, "top_terms_chart") if len(freq) else freq
    sid = story_id if story_id is not None else (df["story_id"].iloc[0] if len(df) else "")
    if title is None:
        name = _story_name(story_names, sid)
        title = f"أكثر الكلمات تكراراً: {name}" if sid != "" else "أكثر الكلمات تكراراً"
    if xlabel is None:
        xlabel = "عدد المرات" if value == "count" else "لكل 1000 كلمة"
    with mpl.rc_context(chart_style(font)):
        family = mpl.rcParams["font.family"]
        df = _drop_empty(df, "label", "top_terms_chart")
        df = _check_values(df, [value], "top_terms_chart", size=value)
        if df.empty:
            return _empty_figure(title, "top_terms_chart", family)
        df = df.sort_values([value, "term"], ascending=[False, True], kind="stable").head(n)
        labels = _prepare(df["label"], "top_terms_chart")
        values = df[[value]].to_numpy(dtype=float)
        return _bar_figure(labels, values, None, title, xlabel, digits, family, font)


def compare_stories(
    freq: pd.DataFrame,
    story_a,
    story_b,
    n: int = 15,
    *,
    value: str = "per_1000",
    title: str | None = None,
    story_names: dict | None = None,
    digits: str = "western",
    font: str | Path | None = None,
) -> Figure:
    """Two stories back to back on a shared term axis.

    The terms are the union of each story's top ``n`` by ``value``, ordered by the
    sum over both stories; each term's label is drawn once, in the middle. For
    Arabic labels the first story is on the right (where an Arabic reader starts),
    for Latin labels on the left.

    Parameters
    ----------
    freq : pandas.DataFrame
        Term-frequency table with columns ``story_id``, ``term``, ``label`` and
        ``value``; a term missing from one story counts 0 there.
    story_a, story_b : str
        The two story ids.
    n : int
        Top terms taken from each story.
    value : {"per_1000", "count"}
        Relative frequency per 1,000 tokens (default: comparable across stories of
        different lengths) or raw count.
    story_names : dict, optional
        Display names of the stories (panel titles).

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    helpers.errors.ArgumentError
        A value to draw (counts, frequencies, statistics) that is not a number, is
        infinite, or is negative outside the signed ``log_ratio``/``log_odds(_z)``; the
        message names the column and the values. Rows with a missing value are left
        out and a table whose values are all 0 is drawn as the empty figure, each with
        a :class:`ChartWarning`.
    KhabarError
        Missing columns, or a story id not in the table.
    """
    _require(freq, ["story_id", "term", "label", value], "compare_stories")
    if title is None:
        title = "مقارنة الكلمات الأكثر تكراراً"
    with mpl.rc_context(chart_style(font)):
        family = mpl.rcParams["font.family"]
        df = _drop_empty(freq, "label", "compare_stories")
        df = _check_values(df, [value], "compare_stories", size=value)
        if df.empty:
            return _empty_figure(title, "compare_stories", family)
        a = _one_story(df, story_a, "compare_stories")
        b = _one_story(df, story_b, "compare_stories")

        def top(d):
            return d.sort_values([value, "term"], ascending=[False, True], kind="stable").head(n)

        terms = list(dict.fromkeys([*top(a)["term"], *top(b)["term"]]))
        va = a.groupby("term")[value].sum().reindex(terms, fill_value=0)
        vb = b.groupby("term")[value].sum().reindex(terms, fill_value=0)
        label_of = pd.concat([a, b]).drop_duplicates("term").set_index("term")["label"]
        order = sorted(terms, key=lambda t: (-(va[t] + vb[t]), t))
        labels = _prepare([label_of[t] for t in order], "compare_stories")
        rtl = _is_rtl(labels)
        names = [_story_name(story_names, story_a), _story_name(story_names, story_b)]
        _check_glyphs([*labels, title, *names], font)
        m = len(order)
        fig = Figure(
            figsize=(9, max(3.0, 1.6 + 0.32 * m * _max_lines(labels))), layout="constrained"
        )
        gs = fig.add_gridspec(1, 3, width_ratios=[1, 0.42, 1], wspace=0.0)
        left, mid, right = fig.add_subplot(gs[0]), fig.add_subplot(gs[1]), fig.add_subplot(gs[2])
        first, second = (right, left) if rtl else (left, right)
        xmax = float(max(va.max(), vb.max())) * 1.05 or 1.0
        for ax, vals, name, color in (
            (first, va, names[0], PALETTE[0]),
            (second, vb, names[1], PALETTE[1]),
        ):
            ax.barh(np.arange(m), [vals[t] for t in order], color=color, height=0.75)
            ax.set_ylim(m - 0.5, -0.5)
            ax.set_xlim(0, xmax)
            ax.set_yticks([])
            ax.tick_params(axis="x", labelfontfamily=family)
            ax.xaxis.set_major_formatter(_formatter(digits))
            ax.grid(axis="x", color="#dddddd", linewidth=0.6)
            ax.set_axisbelow(True)
            ax.set_title(
                prepare_label(name, "matplotlib"),
                fontfamily=family,
                color=color,
                parse_math=False,
                fontsize=11,
            )
        left.invert_xaxis()  # the left panel grows leftwards, away from the labels
        left.spines["left"].set_visible(False)
        right.spines["right"].set_visible(False)
        mid.set_ylim(m - 0.5, -0.5)
        mid.set_axis_off()
        for i, text in enumerate(labels):
            mid.text(0.5, i, text, ha="center", va="center", fontfamily=family, parse_math=False)
        unit = "لكل 1000 كلمة" if value == "per_1000" else "عدد المرات"
        for ax in (left, right):
            ax.set_xlabel(prepare_label(unit, "matplotlib"), fontfamily=family, parse_math=False)
        _title(fig, title, True if rtl else has_arabic(title), family)
        return fig


def keyness_chart(
    keyness: pd.DataFrame,
    n: int = 12,
    *,
    value: str = "log_ratio",
    alpha: float = 0.05,
    target_name: str | None = None,
    reference_name: str | None = None,
    story_names: dict | None = None,
    title: str | None = None,
    digits: str = "western",
    font: str | Path | None = None,
) -> Figure:
    """Diverging bars of keyness: terms key for the target and for the reference.

    The ``n`` terms with the largest log-likelihood G2 on each side (``log_ratio`` > 0:
    more frequent in the target; < 0: in the reference) are drawn with bar length
    ``value`` (default the log ratio, Hardie 2014: binary log of the ratio of relative
    frequencies). Bars of terms with ``p_value`` < ``alpha`` (G2 test, Rayson &
    Garside 2000) are solid; the others are hatched and pale, and the legend says so.

    Parameters
    ----------
    keyness : pandas.DataFrame
        ``helpers.freq.keyness`` table: columns ``term`` (str), ``label`` (str),
        ``g2`` (float), ``p_value`` (float), ``log_ratio`` (float) (+ others).
    n : int
        Terms per side.
    value : str
        Column for bar length (``log_ratio`` or ``g2``; with ``g2`` the sign of
        ``log_ratio`` gives the side).
    alpha : float
        Significance level.
    target_name, reference_name : str, optional
        Legend names of the two sides. Default: from ``keyness.attrs`` and
        ``story_names``: a one-story side is named by its story, the rest of the corpus
        (``reference=None`` in :func:`helpers.freq.keyness`) ``"بقية القصص"``, else
        ``"القصة المستهدفة"`` / ``"المرجع"``.
    story_names : dict, optional
        Display names of the stories (:func:`helpers.charts.story_labels`).

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    helpers.errors.ArgumentError
        A value to draw (counts, frequencies, statistics) that is not a number, is
        infinite, or is negative outside the signed ``log_ratio``/``log_odds(_z)``; the
        message names the column and the values. Rows with a missing value are left
        out and a table whose values are all 0 is drawn as the empty figure, each with
        a :class:`ChartWarning`.
    KhabarError
        Missing columns.
    """
    _require(keyness, ["term", "label", "g2", "p_value", "log_ratio", value], "keyness_chart")
    target_name = side_name(keyness, "target", target_name, story_names)
    reference_name = side_name(keyness, "reference", reference_name, story_names)
    if title is None:
        title = "الكلمات المفتاحية (log ratio)"
    with mpl.rc_context(chart_style(font)):
        family = mpl.rcParams["font.family"]
        df = _drop_empty(keyness, "label", "keyness_chart")
        df = _check_values(df, list(dict.fromkeys([value, "log_ratio", "g2"])), "keyness_chart")
        df = df[df["log_ratio"] != 0]
        if df.empty:
            return _empty_figure(title, "keyness_chart", family)
        pos = (
            df[df["log_ratio"] > 0]
            .sort_values(["g2", "term"], ascending=[False, True], kind="stable")
            .head(n)
        )
        neg = (
            df[df["log_ratio"] < 0]
            .sort_values(["g2", "term"], ascending=[False, True], kind="stable")
            .head(n)
        )

        def signed(d):
            return d[value].abs() * np.sign(d["log_ratio"]) if value != "log_ratio" else d[value]

        pos = pos.assign(_v=signed(pos)).sort_values(
            ["_v", "term"], ascending=[False, True], kind="stable"
        )
        neg = neg.assign(_v=signed(neg)).sort_values(
            ["_v", "term"], ascending=[False, True], kind="stable"
        )
        both = pd.concat([pos, neg])
        labels = _prepare(both["label"], "keyness_chart")
        values = both[["_v"]].to_numpy(dtype=float)
        insignificant = (both["p_value"].to_numpy(dtype=float) >= alpha)[:, None]
        rtl = _is_rtl(labels)
        _check_glyphs([*labels, title, target_name, reference_name], font)
        m = len(both)
        fig = Figure(
            figsize=(7.5, max(3.0, 1.9 + 0.32 * m * _max_lines(labels))), layout="constrained"
        )
        ax = fig.add_subplot()
        colors = np.where(values[:, 0] > 0, PALETTE[0], PALETTE[1])
        y = np.arange(m)
        bars = ax.barh(y, values[:, 0], color=colors, height=0.75)
        for bar, pale in zip(bars, insignificant[:, 0], strict=True):
            if pale:
                bar.set_hatch("///")
                bar.set_alpha(0.4)
        ax.set_yticks(y, labels, fontfamily=family, parse_math=False)
        ax.set_ylim(m - 0.5, -0.5)
        ax.tick_params(axis="y", length=0)
        if rtl:
            ax.invert_xaxis()
            ax.yaxis.tick_right()
            ax.spines["left"].set_visible(False)
        else:
            ax.spines["right"].set_visible(False)
        ax.axvline(0, color="#333333", linewidth=0.8)
        xlabel = "لوغاريتم النسبة (log ratio)" if value == "log_ratio" else value
        _style_value_axis(ax, rtl, digits, family, xlabel)
        _title(fig, title, rtl, family)
        handles = [
            Patch(color=PALETTE[0], label=prepare_label(f"أكثر في {target_name}", "matplotlib")),
            Patch(color=PALETTE[1], label=prepare_label(f"أكثر في {reference_name}", "matplotlib")),
            Patch(facecolor="#999999", alpha=0.4, hatch="///", label=f"p ≥ {alpha:g}"),
        ]
        _fig_legend(fig, rtl, family, handles)
        return fig


def entity_counts_chart(
    counts: pd.DataFrame,
    stories: Sequence | None = None,
    *,
    types: Sequence[str] = ("PERSON", "ORG", "LOC", "NORP"),
    n: int = 8,
    title: str | None = None,
    story_names: dict | None = None,
    digits: str = "western",
    font: str | Path | None = None,
) -> Figure:
    """Entity mentions per story, one panel per entity type, grouped bars per story.

    Parameters
    ----------
    counts : pandas.DataFrame
        ``helpers.entities.entity_counts`` table: columns ``story_id`` (str),
        ``entity_id`` (str), ``canonical`` (str, display name), ``type`` (str:
        PERSON, ORG, LOC, NORP), ``count`` (int) (+ ``surfaces``).
    stories : sequence of str, optional
        Stories to draw, in this order (default: all, in table order).
    types : sequence of str
        Entity types to draw, one panel each (types absent from the table are skipped).
    n : int
        Entities per panel: the ``n`` with most mentions over the chosen stories.
    story_names : dict, optional
        Display names of the stories (legend).

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    helpers.errors.ArgumentError
        A value to draw (counts, frequencies, statistics) that is not a number, is
        infinite, or is negative outside the signed ``log_ratio``/``log_odds(_z)``; the
        message names the column and the values. Rows with a missing value are left
        out and a table whose values are all 0 is drawn as the empty figure, each with
        a :class:`ChartWarning`.
    KhabarError
        Missing columns.
    """
    _require(counts, ["story_id", "entity_id", "canonical", "type", "count"], "entity_counts_chart")
    if title is None:
        title = "الكيانات المذكورة في كل قصة"
    with mpl.rc_context(chart_style(font)):
        family = mpl.rcParams["font.family"]
        df = _drop_empty(counts, "canonical", "entity_counts_chart")
        df = _check_values(df, ["count"], "entity_counts_chart", size="count")
        if stories is not None:
            df = df[df["story_id"].isin(list(stories))]
        df = df[df["type"].isin(list(types))]
        if df.empty:
            return _empty_figure(title, "entity_counts_chart", family)
        story_ids = list(stories) if stories is not None else list(dict.fromkeys(df["story_id"]))
        present = [t for t in types if (df["type"] == t).any()]
        panels = []
        for t in present:
            sub = df[df["type"] == t]
            wide = sub.pivot_table(
                index="entity_id", columns="story_id", values="count", aggfunc="sum", fill_value=0
            )
            wide = wide.reindex(columns=story_ids, fill_value=0)
            names = sub.drop_duplicates("entity_id").set_index("entity_id")["canonical"]
            total = wide.sum(axis=1)
            order = sorted(wide.index, key=lambda e: (-total[e], names[e]))[:n]
            panels.append(
                (
                    t,
                    _prepare([names[e] for e in order], "entity_counts_chart"),
                    wide.loc[order].to_numpy(dtype=float),
                )
            )
        all_labels = [s for _, labels, _ in panels for s in labels]
        rtl = _is_rtl(all_labels)
        legend_names = [prepare_label(_story_name(story_names, s), "matplotlib") for s in story_ids]
        _check_glyphs([*all_labels, title, *legend_names, *ENTITY_TYPE_NAMES.values()], font)
        k = len(story_ids)
        heights = [
            1.1 + 0.3 * len(labels) * max(1, 0.6 * k) * _max_lines(labels)
            for _, labels, _ in panels
        ]
        fig = Figure(figsize=(7.5, 0.9 + sum(heights)), layout="constrained")
        axes = fig.subplots(len(panels), 1, gridspec_kw={"height_ratios": heights}, squeeze=False)[
            :, 0
        ]
        for ax, (t, labels, values) in zip(axes, panels, strict=True):
            _hbars(ax, labels, values, legend_names, rtl=rtl, family=family)
            _style_value_axis(ax, rtl, digits, family, None)
            ax.xaxis.get_major_locator().set_params(integer=True)
            _title(ax, f"{ENTITY_TYPE_NAMES.get(t, t)} ({t})", rtl, family)
        if k > 1:
            handles, labels = axes[0].get_legend_handles_labels()
            _fig_legend(fig, rtl, family, handles, labels)
        _title(fig, title, rtl, family)
        return fig
