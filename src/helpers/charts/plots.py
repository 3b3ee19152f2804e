"""Bar charts of khabar's tables, laid out the way their labels read.

Every function takes a table another module returns and gives back a
:class:`matplotlib.figure.Figure`, built on the shared skeleton of
:mod:`helpers.charts.skeleton` (checks, bounded figure size, at most 12 series, RTL
axes, titles, legends). Labels are used as given (the ``label`` column of term
frequencies and keyness, ``canonical`` of entity counts: surface forms, never stems),
prepared for matplotlib by :func:`helpers.charts.prepare_label`.

Right-to-left layout (when most category labels hold Arabic): category labels on the
right, bars growing leftwards from a zero line on the right, titles and axis labels
aligned right, legends with the swatch on the right. Latin-script labels get the
mirror image (left-to-right) from the same functions. Axis digits are Western by
default (as in the embedded corpus); ``digits="arabic-indic"`` gives ٠١٢٣٤٥٦٧٨٩.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..charsets import ARABIC_INDIC_NUMBER
from ..display import column_label
from ..errors import ArgumentError
from ..freq.keyness import KEY_TERMS_PER_SIDE, by_strength, top_key_terms
from .labels import has_arabic, prepare_label
from .names import entity_labels
from .skeleton import (
    ENTITY_TYPE_NAMES,
    HEADING_LINE_EM,
    NO_DATA,
    PALETTE,
    PANEL_INCHES,
    PANEL_TITLE_INCHES,
    TICKS_INCHES,
    UNITS,
    XLABEL_INCHES,
    ChartWarning,
    _check_glyphs,
    _empty_figure,
    _fig_legend,
    _fold_series,
    _formatter,
    _hbars,
    _is_rtl,
    _max_lines,
    _one_story,
    _prepare,
    _require,
    _rows,
    _story_name,
    _style_value_axis,
    _title,
    _wrap,
    bidi_name,
    category_inches,
    counted,
    drawing,
    fit_height,
    group_colours,
    group_tokens,
    group_tokens_from_rates,
    largest_first,
    legend_inches,
    new_figure,
    panel_tie_note,
    rows_that_fit,
    safe_text,
    same_value,
    side_name,
    sides_subtitle,
    stories_phrase,
    stories_subtitle,
    tie_note,
    tied_beyond,
    value_axis,
)

__all__ = [
    "ENTITY_TYPE_NAMES",
    "LOG_RATIO_GLOSS",
    "NO_DATA",
    "PALETTE",
    "ChartWarning",
    "bar_chart",
    "compare_stories",
    "entity_counts_chart",
    "keyness_chart",
    "one_story_subtitle",
    "p_phrase",
    "range_phrase",
    "side_name",
    "top_terms_chart",
]

#: Plain-language reading of the log ratio (Hardie 2014), added to axis labels.
#: Written without "+": matplotlib's bidi layout draws "+1" after Arabic text as "1+"
#: in some positions and "+1" in others (seen in rendered PNGs); bare numbers read alike.
LOG_RATIO_GLOSS = "1 = ضعف التكرار، 2 = أربعة أضعاف، 0 = التكرار نفسه"
#: Plain-language reading of a hatched (not significant) bar: the difference may be chance.
P_GLOSS = "فرق قد تصنعه الصدفة"
#: A hatched bar named without a gloss: a difference that is not significant.
P_NAME = "فرق غير دال"
#: The p-value in Arabic: the probability that chance makes a difference this large.
P_WORD = "احتمال الصدفة"
#: The log ratio (Hardie 2014) named on the value axis.
LOG_RATIO_NAME = "لوغاريتم النسبة"


def p_phrase(alpha: float, gloss: bool = False, digits: str = "western") -> str:
    """The legend entry of the hatched (not significant) keyness bars, in Arabic words:
    «فرق غير دال (احتمال الصدفة 0.05 أو أكثر)», with ``gloss`` «فرق قد تصنعه الصدفة
    (احتمال الصدفة 0.05 أو أكثر)» (:data:`P_GLOSS`); ``digits="arabic-indic"`` writes
    ٠٫٠٥ as the axes do. No Latin letter (the p of a p-value) and no ≥ (a mirrored
    glyph in right-to-left text) is drawn."""
    number = f"{alpha:g}"
    if digits == "arabic-indic":
        number = number.translate(ARABIC_INDIC_NUMBER)
    return f"{P_GLOSS if gloss else P_NAME} ({P_WORD} {number} أو أكثر)"


def more_in(name: str) -> str:
    """A keyness legend entry: «أكثر في «الرياض»» (more frequent in the side ``name``);
    a date range named «من 21 يوليو 2015 إلى 27 يوليو 2015» reads «أكثر في الفترة من …
    إلى …» (the period from ... to ...), a day «أكثر في «21 يوليو 2015»»."""
    name = str(name)
    if name.startswith("من ") and " إلى " in name:
        return f"أكثر في الفترة {name}"
    return f"أكثر في «{bidi_name(name)}»\u200f"


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
    subtitle: str | None = None,
    bar_colours: dict | None = None,
    noun: str = "صف",
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
        Keep the ``n`` labels with the largest total value (ties by the label's
        normalised form, :func:`~helpers.charts.skeleton.largest_first`). When the cut
        falls inside a tie (``sort``), the subtitle says how many labels with the
        ``n``-th's total are not drawn (:func:`~helpers.charts.skeleton.tie_note`,
        counting ``noun``).
    title, xlabel : str, optional
        Drawn right-aligned when the labels are Arabic. ``xlabel`` defaults to the unit
        of ``value`` when it is one of :data:`~helpers.charts.skeleton.UNITS`
        (``quotes``: عدد الاقتباسات, ``types``: عدد المفردات المختلفة...).
    digits : {"western", "arabic-indic"}
        Digits on the value axis.
    group_names : dict, optional
        Display names for the group values (legend, subtitle).
    sort : bool
        Largest total first (default; ties as for ``n``); ``False`` keeps the table's
        order.
    font : str or Path, optional
        Arabic font file (default: :func:`helpers.charts.find_arabic_font`).
    subtitle : str, optional
        Second title line: what is compared with what and how many stories each side
        has (:func:`helpers.charts.comparison_subtitle`). Default: for a table that
        records two sides in ``attrs["a"]``/``attrs["b"]`` (story ids, e.g. from
        :func:`helpers.freq.vocabulary_overlap`) the two sides and their stories
        (:func:`~helpers.charts.skeleton.sides_subtitle`); for ``group="story_id"`` the
        stories drawn (:func:`~helpers.charts.skeleton.stories_subtitle`); else none.
    noun : str
        What a bar is, for the tie note: a row of ``counted_nouns.tsv`` (default صف;
        متحدث for speakers, كلمة for words).
    bar_colours : dict, optional
        Without ``group``: a colour per label (``{label: "#1b6a8f"}``), e.g. the two
        sides' colours of the keyness chart (:data:`~helpers.charts.skeleton.PALETTE`
        0 and 1) for the bars of notebook 04's overlap; a label not in it gets the
        first colour. Ignored with ``group`` (a colour per group).

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
    if xlabel is None:
        xlabel = UNITS.get(value)
    if subtitle is None:
        sides = getattr(table, "attrs", {})
        if sides.get("a") is not None and sides.get("b") is not None:
            subtitle = sides_subtitle(list(sides["a"]), list(sides["b"]), group_names)
        elif group == "story_id" and len(table):
            subtitle = stories_subtitle(list(dict.fromkeys(table[group])), group_names)
    with drawing(font) as family:
        df = _rows(table, label, [value], "bar_chart", size=value)
        if df.empty:
            return _empty_figure(title, "bar_chart", family)
        df = df.assign(
            **{label: df[label].map(lambda s: prepare_label(s, "matplotlib", shapes=True))}
        )
        series = []
        if group:
            df, series = _fold_series(df, group, value, list(dict.fromkeys(df[group])))
            wide = df.pivot_table(
                index=label, columns=group, values=value, aggfunc="sum", fill_value=0, sort=False
            ).reindex(columns=series, fill_value=0)  # «غيرها (N)» last, as folded
        else:
            wide = df.groupby(label, sort=False)[[value]].sum()
        total = wide.sum(axis=1)
        # ties by the label's normalised form, not by the table's (story) order
        order = pd.Index(largest_first(total) if sort else total.index)
        if n is not None:
            tied = tie_note(total.reindex(order).tolist(), n, noun, same_value(value))
            if tied and sort:
                subtitle = f"{subtitle}، {tied}" if subtitle else tied.removeprefix("و")
            order = order[:n]
        wide = wide.loc[order]
        labels = _prepare(list(wide.index), "bar_chart")
        groups = [_story_name(group_names, g) for g in wide.columns] if group else None
        values = wide.to_numpy(dtype=float)
        by_label = None
        if bar_colours and not group:  # keys as the labels were prepared above
            shown = {prepare_label(k, "matplotlib", shapes=True): c for k, c in bar_colours.items()}
            by_label = [shown.get(k, PALETTE[0]) for k in wide.index]
        return _bar_figure(
            labels,
            values,
            groups,
            title,
            xlabel,
            digits,
            family,
            font,
            colors=list(group_colours(series).values()) if group else PALETTE,
            subtitle=subtitle,
            bar_colors=by_label,
        )


def _bar_figure(
    labels,
    values,
    groups,
    title,
    xlabel,
    digits,
    family,
    font,
    hatches=None,
    colors=PALETTE,
    subtitle=None,
    what="bar_chart",
    bar_colors=None,
):
    """One panel of (grouped) bars, as tall as its rows need (:func:`category_inches`,
    :func:`fit_height`); rows past :data:`MAX_INCHES` are dropped with a warning."""
    rtl = _is_rtl(labels)
    _check_glyphs([*labels, title or "", xlabel or "", *(groups or [])], font)
    n, k = values.shape
    fig = new_figure(7.5, 4.0)  # its height is set below, from its rows
    _title(fig, title, rtl, family, subtitle)
    legend = legend_inches(k) if groups and k > 1 else 0.0
    row = category_inches(_max_lines(labels), k)
    other = TICKS_INCHES + (XLABEL_INCHES if xlabel else 0.0) + legend
    n = rows_that_fit(fig, n, row, other, what)
    labels, values = labels[:n], values[:n]
    hatches = hatches[:n] if hatches is not None else None
    bar_colors = bar_colors[:n] if bar_colors is not None else None
    ax = fig.add_subplot()
    _hbars(
        ax,
        labels,
        values,
        groups,
        rtl=rtl,
        family=family,
        hatches=hatches,
        colors=colors,
        bar_colors=bar_colors,
    )
    _style_value_axis(ax, rtl, digits, family, xlabel)
    value_axis(ax, values)
    if groups and k > 1:
        handles, names = ax.get_legend_handles_labels()
        _fig_legend(fig, rtl, family, handles, names)
    fit_height(fig, n * row + other)
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
    subtitle: str | None = None,
    noun: str = "كلمة",
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
        ``"عدد المرات"`` (count) or ``"لكل 1,000 كلمة"`` (per 1,000 tokens).
    story_names : dict, optional
        Display names of the stories (:func:`helpers.charts.story_labels`) for the
        default title; the story id when absent.
    digits : {"western", "arabic-indic"}
    font : str or Path, optional
    subtitle : str, optional
        Second title line; default :func:`one_story_subtitle`: one story and its
        counted tokens (``قصة واحدة، 276 كلمة``: the default title names the story;
        with a title of your own, the story's name in ``story_names`` is added; the
        story id never is). When the ``n``-th bar's value is shared by terms not drawn,
        the subtitle says how many (:func:`helpers.charts.skeleton.tie_note`: «، و11
        كلمة أخرى بالتكرار نفسه خارج الرسم»): the cut inside a tie is only the order
        of ``term``.
    noun : str
        What a row is, for that note: ``"كلمة"`` (default) or ``"عبارة"`` (bigrams).

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
    df, title, subtitle = one_story_titles(
        freq,
        story_id,
        value,
        "top_terms_chart",
        "أكثر الكلمات تكراراً",
        title,
        subtitle,
        story_names,
    )
    if xlabel is None:
        xlabel = "عدد المرات" if value == "count" else column_label("per_1000")
    with drawing(font) as family:
        df = _rows(df, "label", [value], "top_terms_chart", size=value)
        if df.empty:
            return _empty_figure(title, "top_terms_chart", family)
        df = df.sort_values([value, "term"], ascending=[False, True], kind="stable")
        tied = tie_note(df[value].tolist(), n, noun)
        if tied:  # on the subtitle's first line (a note may follow on its own line)
            first, nl, rest = (subtitle or "").partition("\n")
            subtitle = f"{first}، {tied}{nl}{rest}" if first else tied + nl + rest
        df = df.head(n)
        labels = _prepare(df["label"], "top_terms_chart")
        values = df[[value]].to_numpy(dtype=float)
        return _bar_figure(
            labels,
            values,
            None,
            title,
            xlabel,
            digits,
            family,
            font,
            subtitle=subtitle,
            what="top_terms_chart",
        )


def one_story_subtitle(freq: pd.DataFrame, story_id, name: str | None = None) -> str:
    """The subtitle of a one-story chart (top terms, word cloud): ``قصة واحدة:
    <name>``, and the story's counted tokens when ``freq`` holds ``count`` and
    ``per_1000`` (``count * 1000 / per_1000``, the denominator of its relative
    frequencies): ``قصة واحدة: «لافروف يأمل…»، 276 كلمة``.

    ``name``: the story's display name (its shortened title,
    :func:`helpers.charts.story_labels`); ``""`` when the title line already names the
    story (the default titles of :func:`top_terms_chart` and ``word_cloud``): then
    ``قصة واحدة، 276 كلمة``; None: the story id, with bidi controls removed
    (:func:`~helpers.charts.skeleton.safe_text`: an id holding U+202E is never drawn
    reversed)."""
    if name is None:
        name = safe_text(story_id)
    text = stories_phrase(1) + (f": «{bidi_name(safe_text(name))}»\u200f" if name else "")
    rows = freq[freq["story_id"] == story_id] if "story_id" in freq.columns else freq
    tokens = group_tokens_from_rates(rows, "story_id") if len(rows) else None
    if tokens is not None and story_id in tokens.index:
        text += f"، {counted(int(tokens[story_id]), 'كلمة')}"
    return text


def one_story_titles(
    freq: pd.DataFrame, story_id, value: str, what: str, heading: str, title, subtitle, story_names
) -> tuple[pd.DataFrame, str, str | None]:
    """The one story a one-story chart draws (:func:`top_terms_chart`, ``word_cloud``)
    and its title lines: ``(rows, title, subtitle)``.

    ``freq`` must hold ``story_id, term, label`` and ``value``; its rows of
    ``story_id`` (which may be omitted when it holds one story) are kept. A ``title``
    of None is ``"<heading>: <story name>"`` (``story_names``, else the id); a
    ``subtitle`` of None is :func:`one_story_subtitle` (naming the story too when the
    title is the caller's own). Raises :class:`~helpers.errors.KhabarError` (missing
    columns, several stories and no ``story_id``, or an unknown one), naming ``what``."""
    _require(freq, ["story_id", "term", "label", value], what)
    df = _one_story(freq, story_id, what) if len(freq) else freq
    sid = story_id if story_id is not None else (df["story_id"].iloc[0] if len(df) else "")
    named = title is None
    if title is None:
        title = f"{heading}: {_story_name(story_names, sid)}" if sid != "" else heading
    if subtitle is None and sid != "":  # a default title names the story already
        subtitle = one_story_subtitle(df, sid, "" if named else (story_names or {}).get(sid, ""))
    return df, title, subtitle


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
    subtitle: str | None = None,
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
        Top terms taken from each story (largest ``value`` first, ties by ``term`` in
        code-point order; the chart's rows by the sum over both stories, then
        ``term``). When a story's cut falls inside a tie, the subtitle says how many
        of its terms with the value of its ``n``-th are drawn for neither story
        (:func:`helpers.charts.skeleton.panel_tie_note`: «خارج الرسم بالتكرار نفسه
        لآخر شريط: 3 كلمات في «A»»).
    value : {"per_1000", "count"}
        Relative frequency per 1,000 tokens (default: comparable across stories of
        different lengths) or raw count.
    story_names : dict, optional
        Display names of the stories (panel titles).
    subtitle : str, optional
        Second title line; default the two stories, one story each
        (:func:`~helpers.charts.skeleton.stories_subtitle`).

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
    with drawing(font) as family:
        df = _rows(freq, "label", [value], "compare_stories", size=value)
        if df.empty:
            return _empty_figure(title, "compare_stories", family)
        a = _one_story(df, story_a, "compare_stories")
        b = _one_story(df, story_b, "compare_stories")

        def ranked(d):
            return d.sort_values([value, "term"], ascending=[False, True], kind="stable")

        ranked_a, ranked_b = ranked(a), ranked(b)
        terms = list(dict.fromkeys([*ranked_a["term"][:n], *ranked_b["term"][:n]]))
        va = a.groupby("term")[value].sum().reindex(terms, fill_value=0)
        vb = b.groupby("term")[value].sum().reindex(terms, fill_value=0)
        label_of = pd.concat([a, b]).drop_duplicates("term").set_index("term")["label"]
        order = sorted(terms, key=lambda t: (-(va[t] + vb[t]), t))
        labels = _prepare([label_of[t] for t in order], "compare_stories")
        rtl = _is_rtl(labels)
        names = [_story_name(story_names, story_a), _story_name(story_names, story_b)]
        _check_glyphs([*labels, title, *names], font)
        fig = new_figure(9, 4.0)  # its height is set below, from its rows
        if subtitle is None:
            subtitle = stories_subtitle([story_a, story_b], story_names)

        def heading(drawn):  # each story's tie note: its tied terms drawn for neither
            cuts = []
            for name, d in zip(names, (ranked_a, ranked_b), strict=True):
                # its first n, then the terms after them that are not drawn at all
                kept = [i < n or t not in drawn for i, t in enumerate(d["term"])]
                cuts.append((name, tied_beyond(d[value][kept].tolist(), n)))
            ties = panel_tie_note(cuts, "كلمة", same_value(value))
            heading_rtl = True if rtl else has_arabic(title)
            _title(fig, title, heading_rtl, family, "؛ ".join(s for s in [subtitle, ties] if s))

        row = category_inches(_max_lines(labels))
        other = PANEL_TITLE_INCHES + TICKS_INCHES + XLABEL_INCHES
        m = len(order)
        while True:  # fewer rows can change the tie note and so the heading's height
            heading(set(order[:m]))
            fits = rows_that_fit(fig, m, row, other, "compare_stories")
            if fits >= m:
                break
            m = fits
        order, labels = order[:m], labels[:m]
        gs = fig.add_gridspec(1, 3, width_ratios=[1, 0.42, 1], wspace=0.0)
        left, mid, right = fig.add_subplot(gs[0]), fig.add_subplot(gs[1]), fig.add_subplot(gs[2])
        first, second = (right, left) if rtl else (left, right)
        both_values = np.concatenate([va.to_numpy(float), vb.to_numpy(float)])
        for ax, vals, name, color in (
            (first, va, names[0], PALETTE[0]),
            (second, vb, names[1], PALETTE[1]),
        ):
            ax.barh(np.arange(m), [vals[t] for t in order], color=color, height=0.75)
            ax.set_ylim(m - 0.5, -0.5)
            value_axis(ax, both_values)  # one scale for both halves
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
        unit = column_label("per_1000") if value == "per_1000" else "عدد المرات"
        for ax in (left, right):
            ax.set_xlabel(prepare_label(unit, "matplotlib"), fontfamily=family, parse_math=False)
        fit_height(fig, m * row + other)
        return fig


def keyness_chart(
    keyness: pd.DataFrame,
    n: int = KEY_TERMS_PER_SIDE,
    *,
    value: str = "log_ratio",
    alpha: float = 0.05,
    target_name: str | None = None,
    reference_name: str | None = None,
    story_names: dict | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    xlabel: str | None = None,
    gloss: bool = False,
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
        Terms per side (:data:`helpers.freq.KEY_TERMS_PER_SIDE`, 12), chosen by
        :func:`helpers.freq.top_key_terms`, the selection notebook 04's table shows.
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
    title : str, optional
        Default ``الكلمات المفتاحية: «<target>» مقابل «<reference>»``: the two sides
        named.
    subtitle : str, optional
        Second title line, e.g. :func:`comparison_subtitle` (what is compared with what
        and how many stories each side has); default, when ``keyness.attrs`` records
        the sides' story ids, their numbers of stories in the same order (``قصة واحدة
        مقابل قصة واحدة``). When the table was filtered by range
        (``keyness.attrs["min_stories"]`` above 1 on a side), :func:`range_phrase` is added
        as a further line, saying how many stories a word had to be in.
    xlabel : str, optional
        Value-axis label. Default: for ``log_ratio``, its name and how to read it
        (:data:`LOG_RATIO_NAME`: :data:`LOG_RATIO_GLOSS`, 1 = twice as frequent,
        2 = four times), on every chart whatever ``gloss`` (one rule for the
        embedded stories and a corpus run, session 19); else ``value``.
    gloss : bool
        Add the plain-language reading of the
        hatched bars to the legend, whose entry is drawn only when a bar is hatched
        (:data:`P_GLOSS`: a difference chance may make;
        without it :data:`P_NAME`, a difference that is not significant; both with the
        threshold in Arabic words, :func:`p_phrase`).

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
    ids_t, ids_r = keyness.attrs.get("target"), keyness.attrs.get("reference")
    if subtitle is None and ids_t is not None and ids_r is not None:
        subtitle = f"{stories_phrase(len(ids_t))} مقابل {stories_phrase(len(ids_r), 'oblique')}"
    # the range filter's line goes under the axes, so the heading keeps the title and
    # the sides (at most 3 lines; a real corpus had 4 with it)
    spread = range_phrase(keyness, target_name, reference_name)
    if title is None:
        title = (
            f"الكلمات المفتاحية: «{bidi_name(target_name)}»\u200f "
            f"مقابل «{bidi_name(reference_name)}»\u200f"
        )
    with drawing(font) as family:
        df = _rows(keyness, "label", dict.fromkeys([value, "log_ratio", "g2"]), "keyness_chart")
        df = df[df["log_ratio"] != 0]
        if df.empty:
            return _empty_figure(title, "keyness_chart", family)
        # the one selection of a keyness view (notebook 04's table shows the same rows)
        top = top_key_terms(df, n)
        pos, neg = top[top["log_ratio"] > 0], top[top["log_ratio"] < 0]

        def signed(d):
            return d[value].abs() * np.sign(d["log_ratio"]) if value != "log_ratio" else d[value]

        # the longest bar first on the target's side, last on the reference's (the
        # one ranking of strength, which the term scatter's labels follow too)
        pos = by_strength(pos, value)
        pos = pos.assign(_v=signed(pos))
        neg = by_strength(neg, value, weakest_first=True)
        neg = neg.assign(_v=signed(neg))
        both = pd.concat([pos, neg])
        labels = _prepare(both["label"], "keyness_chart")
        values = both[["_v"]].to_numpy(dtype=float)
        insignificant = (both["p_value"].to_numpy(dtype=float) >= alpha)[:, None]
        rtl = _is_rtl(labels)
        _check_glyphs([*labels, title, target_name, reference_name], font)
        fig = new_figure(7.5, 4.0)  # its height is set below, from its rows
        _title(fig, title, rtl, family, subtitle)
        row = category_inches(_max_lines(labels))
        notes = _wrap(spread, KEYNESS_NOTE_WRAP) if spread else []
        line = HEADING_LINE_EM * float(mpl.rcParams["font.size"]) / 72.0
        # the legend one entry a row: never wider than the plot (three long side names)
        keys = 3 if insignificant.any() else 2  # A, B and the hatched bars' key if any
        other = TICKS_INCHES + XLABEL_INCHES + len(notes) * line + legend_inches(keys, ncols=1)
        m = rows_that_fit(fig, len(both), row, other, "keyness_chart")
        if m < len(both):  # as many rows of each side as fit, the largest values kept
            keep = m // 2 if len(neg) else m
            both = pd.concat([pos.head(keep), neg.head(m - min(keep, len(pos)))])
            labels = _prepare(both["label"], "keyness_chart")
            values = both[["_v"]].to_numpy(dtype=float)
            insignificant = (both["p_value"].to_numpy(dtype=float) >= alpha)[:, None]
        m = len(both)
        ax = fig.add_subplot()
        _hbars(
            ax,
            labels,
            values,
            None,
            rtl=rtl,
            family=family,
            hatches=insignificant,
            bar_colors=np.where(values[:, 0] > 0, PALETTE[0], PALETTE[1]),
            bar_height=0.75,
            hatch_alpha=0.4,
        )
        if xlabel is None:  # a log ratio axis always says how to read it (session 19:
            # the embedded two stories' chart said nothing where a corpus run's did)
            xlabel = f"{LOG_RATIO_NAME}: {LOG_RATIO_GLOSS}" if value == "log_ratio" else value
        if notes:  # the range filter, under the axis name
            xlabel = "\n".join([xlabel, *notes])
        _style_value_axis(ax, rtl, digits, family, xlabel)
        _labels_at_zero(ax, labels, values[:, 0], rtl, family)
        handles = [
            Patch(color=PALETTE[0], label=prepare_label(more_in(target_name), "matplotlib")),
            Patch(color=PALETTE[1], label=prepare_label(more_in(reference_name), "matplotlib")),
        ]
        if insignificant.any():  # the key of hatched bars only where a bar is hatched
            handles.append(
                Patch(
                    facecolor="#999999",
                    alpha=0.4,
                    hatch="///",
                    label=p_phrase(alpha, gloss, digits),
                )
            )
        _fig_legend(fig, rtl, family, handles, ncols=1)
        fit_height(fig, m * row + other)
        return fig


#: Characters a line of the keyness chart's range note under the axis holds.
KEYNESS_NOTE_WRAP = 70


def _labels_at_zero(ax, labels: list[str], values: np.ndarray, rtl: bool, family) -> None:
    """Each term's label drawn beside the zero line, on the side its bar leaves empty (a
    term key for A, whose bar runs one way, has its label just across the line), so a
    label stands next to its bar, not at the far edge of the axes where the other
    side's bars end (a newcomer read the A labels as far from their bars). The x range
    is made the same both ways of zero, so each side has room for the other's labels.
    The tick labels stay the chart's categories (alt text, ``get_yticklabels``), drawn
    in no colour: the annotations are what a reader sees."""
    ax.tick_params(axis="y", labelcolor="none")
    value_axis(ax, values, symmetric=True)
    for i, (label, v) in enumerate(zip(labels, values, strict=True)):
        # the bar's direction on the page: right is +1 (an inverted axis in rtl)
        bar_right = (v > 0) != rtl
        ax.annotate(
            label,
            xy=(0, i),
            xytext=(-4 if bar_right else 4, 0),
            textcoords="offset points",
            ha="right" if bar_right else "left",
            va="center",
            fontfamily=family,
            parse_math=False,
            annotation_clip=False,
        )


def range_phrase(keyness: pd.DataFrame, target_name: str, reference_name: str) -> str:
    """The plain-language line for the range filter of a keyness table
    (``keyness.attrs["min_stories"]``, :func:`helpers.freq.keyness`): ``""`` when no side
    needs more than one story (nothing was filtered), else e.g. «دون الكلمات المحصورة في
    قصص قليلة (بحسب الجانب الذي تميزه الكلمة): 15 قصة على الأقل من «alriyadh»، أو 180
    قصة من «بقية المنافذ»». Its «:» and «،» end phrases (the rule; each side's floor),
    so a title wrapped at phrase ends (:func:`helpers.charts.skeleton._wrap`) never
    leaves «بحسب الجانب الذي تميزه» alone after a break, as the earlier wording did."""
    need = keyness.attrs.get("min_stories") or {}
    t, r = int(need.get("target", 1)), int(need.get("reference", 1))
    if t <= 1 and r <= 1:
        return ""
    return (
        "دون الكلمات المحصورة في قصص قليلة (بحسب الجانب الذي تميزه الكلمة): "
        f"{stories_phrase(t)} على الأقل من «{bidi_name(target_name)}»\u200f، "
        f"أو {stories_phrase(r)} من «{bidi_name(reference_name)}»\u200f"
    )


def entity_counts_chart(
    counts: pd.DataFrame,
    stories: Sequence | None = None,
    *,
    types: Sequence[str] = ("PERSON", "ORG", "LOC", "NORP"),
    n: int = 8,
    title: str | None = None,
    subtitle: str | None = None,
    story_names: dict | None = None,
    digits: str = "western",
    font: str | Path | None = None,
    value: str = "count",
    tokens=None,
) -> Figure:
    """Entity mentions per story, one panel per entity type, grouped bars per story,
    every panel on one value scale (bars compare across panels).

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
        Entities per panel: the ``n`` with most mentions over the chosen stories (ties
        by display name, then ``entity_id``, code-point order). When a panel's cut falls
        inside a tie, the subtitle says how many entities with as many mentions as its
        last one are not drawn (:func:`helpers.charts.skeleton.panel_tie_note`: «خارج
        الرسم بالتكرار نفسه لآخر شريط: كيانان في «أشخاص»»), also when rows are
        dropped to fit the figure.
        At most :data:`MAX_SERIES` (12) are drawn: past that the 11 with most mentions,
        in the given order, and the others summed as one series "غيرها (N)".
    story_names : dict, optional
        Display names of the stories (legend, subtitle).
    subtitle : str, optional
        Second title line (what is compared, stories on each side); default the
        stories drawn (:func:`~helpers.charts.skeleton.stories_subtitle`).
    value : {"count", "per_1000"}
        Bar length: mentions (default), or mentions per 1,000 counted tokens of the
        story (``count * 1000 / tokens``), so stories of different lengths compare.
        Entities are still chosen by mentions.
    tokens : CorpusCounts, mapping or Series, optional
        Counted tokens per story (:meth:`helpers.freq.CorpusCounts.group_tokens`), for
        ``value="per_1000"``; a story without a total is left out with a ChartWarning.

    Returns
    -------
    matplotlib.figure.Figure
        Title default «الكيانات المذكورة في كل قصة» (+ «لكل 1,000 كلمة» for rates);
        value axis labelled under the last panel.

    Raises
    ------
    helpers.errors.ArgumentError
        A value to draw (counts, frequencies, statistics) that is not a number, is
        infinite, or is negative outside the signed ``log_ratio``/``log_odds(_z)``; the
        message names the column and the values. Rows with a missing value are left
        out and a table whose values are all 0 is drawn as the empty figure, each with
        a :class:`ChartWarning`. ``value`` not ``count``/``per_1000``, or
        ``per_1000`` without ``tokens``.
    KhabarError
        Missing columns.
    """
    _require(counts, ["story_id", "entity_id", "canonical", "type", "count"], "entity_counts_chart")
    if value not in ("count", "per_1000"):
        raise ArgumentError(
            f"entity_counts_chart: value must be 'count' or 'per_1000', got {value!r}"
        )
    if value == "per_1000":
        if tokens is None:
            raise ArgumentError(
                "entity_counts_chart: value='per_1000' needs tokens= (the counted tokens "
                "of each story, e.g. the corpus counts); none given",
                hint="entity_counts_chart(counts, value='per_1000', tokens=study.counts())",
            )
        size = counts["story_id"].map(group_tokens(tokens, None, "story_id"))
        counts = counts.assign(per_1000=counts["count"] * 1000.0 / size.where(size > 0))
    unit = "مرات الذكر" if value == "count" else f"مرات الذكر {column_label('per_1000')}"
    if title is None:
        title = "الكيانات المذكورة في كل قصة"
        if value == "per_1000":
            title += f" ({column_label('per_1000')} من القصة)"
    with drawing(font) as family:
        df = _rows(
            counts,
            "canonical",
            dict.fromkeys(["count", value]),
            "entity_counts_chart",
            size="count",
        )
        if stories is not None:
            df = df[df["story_id"].isin(list(stories))]
        df = df[df["type"].isin(list(types))]
        if df.empty:
            return _empty_figure(title, "entity_counts_chart", family)
        story_ids = list(stories) if stories is not None else list(dict.fromkeys(df["story_id"]))
        if subtitle is None:
            subtitle = stories_subtitle(story_ids, story_names)
        df, story_ids = _fold_series(df, "story_id", "count", story_ids)
        present = [t for t in types if (df["type"] == t).any()]
        panels, ranked = [], []
        for t in present:
            sub = df[df["type"] == t]
            wide = sub.pivot_table(
                index="entity_id", columns="story_id", values=value, aggfunc="sum", fill_value=0
            )
            wide = wide.reindex(columns=story_ids, fill_value=0)
            mentions = sub.groupby("entity_id")["count"].sum()
            first = sub.drop_duplicates("entity_id")
            # a nationality by its adjective (سعودي), not its country's name
            names = pd.Series(entity_labels(first).to_numpy(), index=first["entity_id"])
            order = sorted(wide.index, key=lambda e: (-mentions[e], names[e], e))
            ranked.append([mentions[e] for e in order])
            order = order[:n]
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
        fig = new_figure(7.5, 4.0)  # its height is set below, from its rows

        def heading(keep):  # the subtitle's tie note names the types cut inside a tie
            cuts = [
                (ENTITY_TYPE_NAMES.get(t, t), tied_beyond(r, m))
                for (t, _, _), r, m in zip(panels, ranked, keep, strict=True)
            ]
            ties = panel_tie_note(cuts, "كيان")
            _title(fig, title, rtl, family, "؛ ".join(s for s in [subtitle, ties] if s) or None)

        row = category_inches(_max_lines(all_labels), k)
        other = len(panels) * PANEL_INCHES + XLABEL_INCHES
        other += legend_inches(k) if k > 1 else 0.0
        keep = [len(labels) for _, labels, _ in panels]
        while True:  # fewer rows can change the tie note and so the heading's height
            heading(keep)
            rows = sum(keep)
            fits = rows_that_fit(fig, rows, row, other, "entity_counts_chart")
            if fits >= rows:
                break
            # rows dropped from the panel with most, so small panels stay
            while sum(keep) > max(fits, len(panels)):
                keep[keep.index(max(keep))] -= 1
            if sum(keep) == rows:  # one row a panel: nothing more to drop
                break
        rows = sum(keep)
        panels = [(t, lab[:m], val[:m]) for (t, lab, val), m in zip(panels, keep, strict=True)]
        heights = [len(labels) for _, labels, _ in panels]
        axes = fig.subplots(len(panels), 1, gridspec_kw={"height_ratios": heights}, squeeze=False)[
            :, 0
        ]
        every_value = np.concatenate([v.ravel() for _, _, v in panels])
        colours = list(group_colours(story_ids).values())  # «غيرها (N)» grey
        for i, (ax, (t, labels, values)) in enumerate(zip(axes, panels, strict=True)):
            _hbars(ax, labels, values, legend_names, rtl=rtl, family=family, colors=colours)
            last = i == len(panels) - 1
            _style_value_axis(ax, rtl, digits, family, unit if last else None)
            value_axis(ax, every_value)  # one scale for every panel; whole counts, whole ticks
            _title(ax, ENTITY_TYPE_NAMES.get(t, t), rtl, family)  # Arabic only
        if k > 1:
            handles, labels = axes[0].get_legend_handles_labels()
            _fig_legend(fig, rtl, family, handles, labels)
        fit_height(fig, rows * row + other)
        return fig
