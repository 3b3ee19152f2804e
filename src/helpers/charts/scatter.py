"""Term scatter in the manner of Scattertext: each term's rate in one story against another.

Kessler (2017), "Scattertext: a browser-based tool for visualizing how corpora
differ" (ACL System Demonstrations), plots every term at (frequency in category A,
frequency in category B) so that terms on the diagonal are used alike and terms far
from it are distinctive. This version draws the same idea with matplotlib for print
and for notebooks: relative frequencies per 1,000 tokens on log scales, colour by the
weighted log-odds z-score (Monroe et al. 2008) of :func:`helpers.freq.keyness`, and the
most distinctive terms labelled (the keyness chart's, strongest first), each at the
first place near its marker clear of the other labels and markers where no other
marker is as near it (:func:`_place_near`, :func:`reads_as_own`; the candidate-position
search of cartographic point labelling, as textalloc, https://pypi.org/project/textalloc/).
"""

from __future__ import annotations

import functools
from itertools import pairwise
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import TwoSlopeNorm
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
from matplotlib.transforms import Bbox

from ..display import column_label
from ..errors import ArgumentError, KhabarError
from ..freq.keyness import KEY_TERMS_PER_SIDE, by_strength, top_key_terms
from .labels import ellipsise, prepare_label
from .skeleton import (
    _check_values,
    _require,
    bidi_name,
    counted,
    safe_text,
    side_name,
    sides_subtitle,
    text_inches,
)
from .style import chart_style

__all__ = ["term_scatter"]

_NEEDED = ("term", "label", "count_target", "count_reference", "log_odds_z")
#: Most terms drawn: a corpus of thousands of stories has tens of thousands of types, and
#: a dot each (and adjustText's repulsion from each) would cost minutes and gigabytes.
MAX_POINTS = 2000


def _most_telling(df: pd.DataFrame, n_labels: int) -> pd.DataFrame:
    """At most :data:`MAX_POINTS` rows of a keyness table: the rows the keyness chart
    would draw with ``max(n_labels, KEY_TERMS_PER_SIDE)`` terms a side
    (:func:`helpers.freq.top_key_terms`, the candidates of :func:`_labelled`), then the
    most frequent terms (count over both sides, ties by term). A table that fits is
    returned unchanged (same rows, same order); ``attrs["terms_total"]`` keeps the
    number of terms before the cut."""
    total = len(df)
    if total <= MAX_POINTS:
        return df
    n = df["count_target"] + df["count_reference"]
    ranked = df.assign(_n=n)
    extreme = list(top_key_terms(df, max(n_labels, KEY_TERMS_PER_SIDE)).index)
    rest = ranked.drop(index=extreme).sort_values(
        ["_n", "term"], ascending=[False, True], kind="stable"
    )
    keep = sorted(set(extreme) | set(rest.index[: MAX_POINTS - len(set(extreme))]))
    out = df.loc[keep].reset_index(drop=True)
    out.attrs = {**df.attrs, "terms_total": total}
    return out


def _with_key_statistics(df: pd.DataFrame, nt: float, nr: float) -> pd.DataFrame:
    """``df`` with the keyness chart's columns ``g2`` and ``log_ratio``, which choose and
    order the scatter's labels (:func:`_labelled`): a table of
    :func:`helpers.freq.keyness` has them and is returned as it is; a table made by hand
    with only the counts gets them from :func:`helpers.freq.keyness_from_counts` of its
    counts and the sides' sizes ``nt`` and ``nr`` (tokens). Raises
    :class:`helpers.errors.SelectionError` as that function does (a count larger than
    its side's size)."""
    if {"g2", "log_ratio"} <= set(df.columns):
        return df
    from helpers.freq import keyness_from_counts

    keys = [str(i) for i in range(len(df))]
    with np.errstate(divide="ignore", invalid="ignore"):  # its log-odds, unused here
        stats = keyness_from_counts(
            pd.Series(df["count_target"].to_numpy(float), index=keys),
            pd.Series(df["count_reference"].to_numpy(float), index=keys),
            target_size=float(nt),
            reference_size=float(nr),
        ).set_index("term")
    out = df.assign(
        g2=stats["g2"].reindex(keys).to_numpy(),
        log_ratio=stats["log_ratio"].reindex(keys).to_numpy(),
    )
    out.attrs = dict(df.attrs)
    return out


#: Axis label: relative frequency in the named side ("per 1,000 words in «name»").
AXIS_LABEL = "تكرار " + column_label("per_1000") + " في «{}»"
#: Most decades an axis spans with ticks at 1, 2 and 5 x 10^k (else at 10^k only). At
#: 3.9 decades (SaudiNewsNet, al-Riyadh against the rest: 0.00075 to 6.4 per 1,000)
#: the labels 0.001 and 0.002 ran into each other; 3.2 decades (0.004 to 6.4) read well.
MAX_DECADES_125 = 3.6
#: Least space between two x tick labels of the scatter, in ems of their font: closer,
#: and the 1-2-5 ticks give way to 1-3, then to powers of ten.
TICK_GAP_EM = 1.5
#: The scatter's square axes: at most this wide (8-in figure less the y labels and the
#: colour bar) and this tall less its title lines (7-in figure less the x labels), in
#: inches; measured on the rendered figures (4.6 in under five title lines).
SIDE_INCHES = (5.6, 6.5)
#: Height of one title line of the scatter (13 pt Noto Sans Arabic), in inches.
HEADING_LINE_INCHES = 0.38
#: Plain-language reading of the log-odds z-score (Monroe et al. 2008): |z| > 1.96 is
#: the two-sided 5 % level of a standard normal.
#: Written to start with Arabic (a right-to-left line) and without brackets or signs
#: around Latin text, which matplotlib's bidi layout misplaces (seen in rendered PNGs).
#: The colour bar's title: what the colour says, in the words of a reader, not the
#: statistic's name. The colour is the z-score of the weighted log-odds ratio (Monroe et
#: al. 2008): its sign the side a word leans to, its size how sure the difference is;
#: session 22: the bar read «الدرجة المعيارية للوغاريتم نسبة الأرجحية», which a
#: journalist does not read (the table keeps the statistic's name,
#: ``column_names.tsv``).
Z_NAME = "قوة الفرق بين الجانبين"
Z_GLOSS = "فرق قوته أبعد من 2 في أي اتجاه: نادراً ما تصنعه الصدفة، احتمالها أقل من 0.05"
#: How to read the scatter ({} = the target's name, the vertical axis), a subtitle line
#: short enough not to widen the figure (below the line: more in the reference).
READING = "فوق الخط المتقطع: أكثر تكراراً في «{}»\u200f"
#: Longest default subtitle kept on one line (characters); longer, one side a line.
WRAP_AT = 60
#: What the crosses are: terms absent from one side (drawn at half an occurrence).
ABSENT_NOTE = "العلامات × في الشريط الرمادي: كلمات غابت عن أحد الجانبين"
#: What a larger marker is: terms of the same two counts, one marker (:func:`_places`).
SIZE_NOTE = "كل علامة كلمة، والأكبر كلمات عدة بالتكرار نفسه، مساحتها بعددها"
#: Opens the reading line when no two terms share a marker.
ONE_EACH = "كل علامة كلمة"
#: The colour key, a line under the axes (read across, as the other notes): each side's
#: colour by its name. Session 17: it was the colour bar's label, two long vertical
#: lines of Arabic beside the bar; the bar's label is :data:`Z_NAME` alone.
SIDES_COLOURS = "الألوان: أزرق أكثر في «{}»\u200f، أحمر أكثر في «{}»\u200f"
#: Longest colour key kept on one line (characters); longer, one side a line.
KEY_WRAP_AT = 90
#: Area of one term's marker (points squared): a dot, a cross; a place shared by k
#: terms gets k times the area.
DOT_AREA = 14.0
CROSS_AREA = 12.0
#: A cross grows with its number of terms up to this many (:func:`cross_areas`); a cross
#: of more terms is drawn at this size, and :data:`CROSS_MOST_NOTE` says so. Session 22:
#: the 99 terms of embedded story 1 absent from story 2 made one pale cross 35 points
#: wide that ran out of the grey band over the dots beside it (SaudiNewsNet: hundreds).
CROSS_MOST = 4
#: Added to :data:`ABSENT_NOTE` when a cross holds more than :data:`CROSS_MOST` terms
#: ({} = «4 كلمات»).
CROSS_MOST_NOTE = "، أكبرها {} فأكثر"
#: The outline every cross is drawn with (points, colour), as the dots' grey edge: a
#: cross of a word used alike on both sides is near-white on the grey band.
CROSS_EDGE = (2.0, "#8c8c8c")


def cross_areas(many: np.ndarray) -> np.ndarray:
    """The area in points squared of each cross of the scatter, ``many`` its number of
    terms (whole numbers >= 1): :data:`CROSS_AREA` times that number, at most
    :data:`CROSS_MOST` times (``[1, 3, 4, 99]`` gives ``[12, 36, 48, 48]``). Raises
    nothing for an array of numbers."""
    return CROSS_AREA * np.minimum(np.asarray(many, float), CROSS_MOST)


def _places(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The markers of the scatter: terms with the same count on both sides (``a`` in the
    target, ``b`` in the reference) have the same rates and the same ``log_odds_z``,
    so they are one point, drawn once. Returns ``(first, many)``: the index of the
    first term of each place (table order) and, per term, how many terms share its
    place. Session 15: a ±6 % jitter drew the 99 terms seen once in embedded story 1
    and never in story 2 (117 the other way) as overlapping crosses that merged into a
    blot; the 271 terms notebook 04 draws are 22 markers."""
    codes, _ = pd.factorize(pd.MultiIndex.from_arrays([a, b]))
    k = np.bincount(codes)
    _, first = np.unique(codes, return_index=True)
    return np.sort(first), k[codes]


def _labelled(df: pd.DataFrame, a: np.ndarray, b: np.ndarray, n: int) -> list:
    """The rows of ``df`` the scatter labels, in the order their labels are placed
    (:func:`_place_near`: the first get the free space near their markers). On each
    side ``n // 2`` of the terms the keyness chart draws there
    (:func:`helpers.freq.top_key_terms` with ``max(n // 2, KEY_TERMS_PER_SIDE)`` a side,
    the chart's 12 by default), its longest bars first (:func:`helpers.freq.by_strength`
    of ``log_ratio``: the chart's order, the farthest from the scatter's diagonal), then
    the side's next terms by G2 (the chart's ranking past its last bar); then, when a
    side has too few, the most frequent other terms (ties by term). The
    chosen terms of both sides are placed strongest first (:func:`by_strength` again),
    the others after them. Session 20: the labels were chosen by ``log_odds_z`` and
    placed a side at a time; on alyaum against alwatan (SaudiNewsNet 2015-07-25..27)
    the keyness chart's first and third bars, التدخين (48 against 0) and القطيف (46
    against 1), were left unnamed while weaker terms were named.

    One label a marker: terms of the same two counts are one marker (:func:`_places`),
    and the first of them in this order names it; the next term of the list takes the
    others' turns (session 16: «الحكيم» and «الأميركي», 0 against 3, had two leaders
    to one cross, read as one crossing the other's)."""
    half = max(1, n // 2)
    drawn = max(half, KEY_TERMS_PER_SIDE)  # the chart's terms a side
    ranked = top_key_terms(df, len(df))  # each side by G2, as the chart chooses
    ratio = pd.to_numeric(ranked["log_ratio"], errors="coerce")
    chosen: list = []
    places: set = set()

    def new_place(i) -> bool:
        place = (a[i], b[i])
        if place in places:
            return False
        places.add(place)
        return True

    for side in (ratio > 0, ratio < 0):
        taken: list = []
        rows = ranked[side]
        for i in [*by_strength(rows.head(drawn)).index, *rows.index[drawn:]]:
            if len(taken) == half:
                break  # a side's terms past its first half new places stay unnamed
            if new_place(i):
                taken.append(i)
        chosen += taken
    chosen = list(by_strength(df.loc[chosen]).index)
    if len(chosen) < n:
        order = df.assign(_n=a + b)
        rest = order.drop(index=chosen).sort_values(["_n", "term"], ascending=[False, True])
        for i in rest.index:
            if len(chosen) == n:
                break
            if new_place(i):
                chosen.append(i)
    return chosen


#: Most characters of one word of a scatter label (longer words end in an ellipsis).
LABEL_CHARS = 24
#: A marker of at most this many words is labelled with all of them, when they fit in
#: :data:`LABEL_CHARS` joined by «، » (:func:`marker_label`).
ALL_WORDS = 3


def others_phrase(n: int) -> str:
    """«and n other words» after a label's first word, the noun agreeing with ``n``
    (:func:`~helpers.charts.skeleton.counted`): 1 «وكلمة أخرى», 2 «وكلمتان أخريان»,
    3-10 «و3 كلمات أخرى», 11 and more «و12 كلمة أخرى». Raises ArgumentError for
    ``n`` < 1."""
    if n < 1:
        raise ArgumentError(f"others_phrase: n must be at least 1, got {n!r}")
    if n == 1:
        return "وكلمة أخرى"
    if n == 2:
        return "وكلمتان أخريان"
    return f"و{counted(n, 'كلمة')} أخرى"


def marker_label(df: pd.DataFrame, a: np.ndarray, b: np.ndarray, i) -> str:
    """The label of the marker of row ``i`` of the scatter's table ``df`` (``a``, ``b``:
    each row's counts in the target and the reference; rows of the same two counts are
    one marker, :func:`_places`). A marker of one word is labelled with it. A marker of
    several words is labelled truthfully (a reviewer: one word of three named the
    marker as if it were that word's alone): all its words, row ``i``'s first and then
    the others by term, joined by «، », when they are at most :data:`ALL_WORDS` and
    fit in :data:`LABEL_CHARS` characters; else row ``i``'s word and how many others
    share the marker (:func:`others_phrase`: «العراق و5 كلمات أخرى»). A word longer
    than :data:`LABEL_CHARS` ends in an ellipsis. Each word is data: it passes
    :func:`helpers.charts.skeleton.safe_text` as the side names do (session 21: a term
    ``"\u202eevil"`` was drawn live, reversing its label). Returns the label (str,
    logical order, not yet prepared for the renderer)."""
    same = np.flatnonzero((a == a[i]) & (b == b[i]))
    first = ellipsise(safe_text(df.at[i, "label"]), LABEL_CHARS)
    if len(same) <= 1:
        return first
    others = sorted((j for j in same if j != i), key=lambda j: str(df.at[j, "term"]))
    words = [first, *(safe_text(df.at[j, "label"]) for j in others)]
    joined = "، ".join(words)
    if len(words) <= ALL_WORDS and len(joined) <= LABEL_CHARS:
        return joined
    return f"{first} {others_phrase(len(others))}"


def term_scatter(
    keyness: pd.DataFrame,
    *,
    n_labels: int = 16,
    target_name: str | None = None,
    reference_name: str | None = None,
    story_names: dict | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    font: str | Path | None = None,
    gloss: bool = False,
) -> Figure:
    """Scatter of every term's relative frequency in the target (y) against the reference (x).

    Parameters
    ----------
    keyness : DataFrame
        Table of :func:`helpers.freq.keyness` (columns ``term``, ``label``,
        ``count_target``, ``count_reference``, ``log_odds_z``; the corpus sizes are
        read from ``df.attrs["target_size"]``/``["reference_size"]``, or from
        ``per_1000_*`` when the attrs were lost).
    n_labels : int
        Terms labelled, ``n_labels // 2`` on each side (target and reference): the
        keyness chart's terms of that side, its longest bars first (:func:`_labelled`,
        :func:`helpers.freq.by_strength`); then the most frequent shared terms if a side
        has too few. Labels are placed strongest first across both sides, each where it
        reads as naming its own marker (:func:`reads_as_own`) or not at all. The
        columns ``g2`` and ``log_ratio`` of the table choose them; a table without them
        gets them from its counts (:func:`_with_key_statistics`).
    target_name, reference_name : str, optional
        Axis names of the two sides. Default: from ``keyness.attrs`` and
        ``story_names``: a one-story side is named by its story, the rest of the corpus
        (``reference=None`` in :func:`helpers.freq.keyness`) ``"بقية القصص"``, else
        ``"القصة المستهدفة"`` / ``"المرجع"``.
    story_names : dict, optional
        Display names of the stories (:func:`helpers.charts.story_labels`).
    title : str, optional
        Figure title.
    subtitle : str, optional
        Second title line (what is compared, stories on each side); default from
        ``keyness.attrs`` (:func:`~helpers.charts.skeleton.sides_subtitle`: each
        one-story side by its name, else its number of stories; a subtitle longer
        than :data:`WRAP_AT` characters takes a line a side), so the heading is at most
        three lines. Under the axes (the figure's ``supxlabel``, in the alt text as a
        note), always, how to read the figure (:data:`READING`: above the dashed line
        more frequent in the target), the colour key (:data:`SIDES_COLOURS`: each side's
        colour by its name, one line, or a line a side past :data:`KEY_WRAP_AT`
        characters; the colour bar's label is :data:`Z_NAME` alone) and, when a term is
        absent from a side,
        :data:`ABSENT_NOTE` (with :data:`CROSS_MOST_NOTE` when a cross holds more than
        :data:`CROSS_MOST` terms), when terms share a marker :data:`SIZE_NOTE`. When the
        table has more than :data:`MAX_POINTS` (2,000) terms only that many are drawn
        (the most distinctive on each side, then the most frequent) and a note says so.
        A marker of several terms is labelled with all of them when short, else with
        its first term and how many others share it (:func:`marker_label`: «العراق
        و5 كلمات أخرى»).
    font : str or Path, optional
        Arabic font file (default :func:`helpers.charts.find_arabic_font`).
    gloss : bool
        Add the plain-language reading of the colour scale to the notes under the axes
        (:data:`Z_GLOSS`: beyond 2 either way, a difference chance rarely makes, p < 0.05).

    The figure has no randomness (no ``seed``; session 16 removed the argument, ignored
    since session 15 dropped the jitter): terms with the same counts are one marker
    whose area grows with their number (:func:`_places`), and the notes under the axes
    say so. Passing ``seed=`` raises ``TypeError``.

    Returns
    -------
    matplotlib.figure.Figure
        Axes in per 1,000 tokens, log scales. A term absent from one side is drawn at
        the rate of half an occurrence there (the smoothing of the log ratio, Hardie
        2014), in the shaded "absent" band along that axis, as a cross × (no
        dot looks like a measured rate; measured dots have a thin grey edge,
        so a near-white one is seen). Terms with the same two counts are one marker
        (dots in ``fig.axes[0].collections[0]``, crosses in ``[1]``) whose area is
        :data:`DOT_AREA` times their number (a cross: :func:`cross_areas`, at most
        :data:`CROSS_MOST` times :data:`CROSS_AREA`, outlined in grey,
        :data:`CROSS_EDGE`). The dashed diagonal
        marks equal rates. Colour: ``log_odds_z`` on a symmetric scale of at least ±2
        (blue: target, red: reference, each named in the colour key under the axes). The
        labelled texts are ``fig.axes[0].texts``.

    Raises
    ------
    KhabarError
        Missing columns, or an empty table (also after rows with a missing count or
        ``log_odds_z`` are left out, with a :class:`ChartWarning`).
        :class:`helpers.errors.ArgumentError` for a count or ``log_odds_z`` that is not a
        number, is infinite, or (counts) is negative.
    """
    _require(keyness, _NEEDED, "term_scatter")
    keyness = _check_values(
        keyness, ["count_target", "count_reference", "log_odds_z"], "term_scatter"
    )
    if keyness.empty:
        raise KhabarError("term_scatter: the keyness table has no rows")
    target_name = side_name(keyness, "target", target_name, story_names)
    reference_name = side_name(keyness, "reference", reference_name, story_names)
    whole = keyness.reset_index(drop=True)
    nt = keyness.attrs.get("target_size")
    nr = keyness.attrs.get("reference_size")
    if not nt or not nr:
        # recover sizes from a row with a nonzero count
        wa = whole["count_target"].to_numpy(float)
        wb = whole["count_reference"].to_numpy(float)
        ia, ib = np.flatnonzero(wa > 0), np.flatnonzero(wb > 0)
        nt = wa[ia[0]] / whole["per_1000_target"].iloc[ia[0]] * 1000 if len(ia) else 1.0
        nr = wb[ib[0]] / whole["per_1000_reference"].iloc[ib[0]] * 1000 if len(ib) else 1.0
    df = _most_telling(_with_key_statistics(whole, nt, nr), n_labels)
    a = df["count_target"].to_numpy(float)
    b = df["count_reference"].to_numpy(float)
    y = np.where(a > 0, a, 0.5) / nt * 1000.0
    x = np.where(b > 0, b, 0.5) / nr * 1000.0
    xs, ys = x, y  # no jitter: terms of the same two counts are one marker (_places)
    z_raw = df["log_odds_z"].to_numpy(float)
    zmax = float(max(2.0, np.ceil(np.nanmax(np.abs(z_raw)))))
    z = np.clip(z_raw, -zmax, zmax)
    first, many = _places(a, b)

    chosen = _labelled(df, a, b, n_labels)

    with mpl.rc_context(chart_style(font)):
        family = mpl.rcParams["font.family"]
        # a note line more (how many are named) takes its height from the figure, not
        # from the axes (a smaller square's title overran the y label; session 19)
        fig = Figure(figsize=(8, 7 + (NOTE_LINE_INCHES if chosen else 0.0)), layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ax.set_xscale("log")
        ax.set_yscale("log")
        lo = min(x.min(), y.min()) / 1.6
        hi = max(x.max(), y.max()) * 1.6
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        absent_x = 0.5 / nr * 1000.0 * 1.1
        absent_y = 0.5 / nt * 1000.0 * 1.1
        ax.axvspan(lo, absent_x, color="#f2f2f2", zorder=0)
        ax.axhspan(lo, absent_y, color="#f2f2f2", zorder=0)
        ax.plot([lo, hi], [lo, hi], ls="--", color="#888888", lw=0.8, zorder=1)
        norm = TwoSlopeNorm(vmin=-zmax, vcenter=0, vmax=zmax)
        cmap = mpl.colormaps["RdBu"]
        absent = (a == 0) | (b == 0)
        dot = np.zeros(len(df), bool)
        dot[first] = True  # one marker a place, its area the number of terms there
        measured, crossed = dot & ~absent, dot & absent
        sc = ax.scatter(
            xs[measured],
            ys[measured],
            c=z[measured],
            cmap=cmap,
            norm=norm,
            s=DOT_AREA * many[measured],
            alpha=0.8,
            # a thin grey edge: a term used alike on both sides (z near 0) is near-white
            edgecolors="#8c8c8c",
            linewidths=0.3,
            zorder=2,
        )
        if absent.any():  # crosses: placed at half an occurrence, not measured
            ax.scatter(
                xs[crossed],
                ys[crossed],
                marker="x",
                color=cmap(norm(z[crossed])),
                linewidths=0.9,
                s=cross_areas(many[crossed]),
                alpha=0.9,
                zorder=2,
                # a grey outline under the colour, so a pale cross reads on the band
                path_effects=[
                    patheffects.Stroke(linewidth=CROSS_EDGE[0], foreground=CROSS_EDGE[1]),
                    patheffects.Normal(),
                ],
            )
        ax.set_xlabel(
            prepare_label(AXIS_LABEL.format(reference_name), "matplotlib"),
            fontfamily=family,
            parse_math=False,
        )
        ax.set_ylabel(
            prepare_label(AXIS_LABEL.format(target_name), "matplotlib"),
            fontfamily=family,
            parse_math=False,
        )
        cb = fig.colorbar(sc, ax=ax, shrink=0.6)
        # the statistic alone along the bar; the sides' colours, by name, as every
        # chart of the comparison names them, a line under the axes, read across
        sides = SIDES_COLOURS.format(bidi_name(target_name), bidi_name(reference_name))
        if len(sides) > KEY_WRAP_AT:
            sides = sides.replace("، أحمر", "\nأحمر", 1)
        cb.set_label(prepare_label(Z_NAME, "matplotlib"), fontfamily=family, parse_math=False)
        if subtitle is None and keyness.attrs.get("target") and keyness.attrs.get("reference"):
            subtitle = sides_subtitle(
                list(keyness.attrs["target"]), list(keyness.attrs["reference"]), story_names
            )
            if len(subtitle) > WRAP_AT:  # one side a line, as the other charts' titles
                subtitle = subtitle.replace(" مقابل ", "\nمقابل ", 1)
        # how to read it, under the axes (the heading keeps the title and the sides, at
        # most 3 lines; session 15: 5 lines of heading on the embedded stories)
        notes = [READING.format(bidi_name(target_name)), *sides.split("\n")]
        if gloss:  # and what the numbers mean
            notes.append(Z_GLOSS)
        if absent.any():
            most = (many[crossed] > CROSS_MOST).any()
            notes.append(
                ABSENT_NOTE + (CROSS_MOST_NOTE.format(counted(CROSS_MOST, "كلمة")) if most else "")
            )
        if (many > 1).any():
            notes.append(SIZE_NOTE)
        else:
            notes[0] = f"{ONE_EACH}؛ {notes[0]}"
        shown = df.attrs.get("terms_total")
        if shown:
            of = counted(shown, "كلمة", "oblique")  # after من
            notes.append(f"{len(df):,} من {of}: الأكثر تمييزاً ثم الأكثر تكراراً")
        if chosen:  # how many of the chosen markers are named (filled in once placed)
            notes.append(named_phrase(len(chosen), len(chosen), len(chosen)))
        # right-aligned at the figure's right edge, as every other chart's notes
        # (session 19: the scatter's were centred)
        note = fig.supxlabel(
            "\n".join(prepare_label(n, "matplotlib") for n in notes),
            x=NOTE_X,
            ha="right",
            multialignment="right",
            fontfamily=family,
            fontsize="small",
            parse_math=False,
        )
        if title or subtitle:
            text = prepare_label(title or "", "matplotlib")
            if subtitle:
                lines = [prepare_label(line, "matplotlib") for line in subtitle.split("\n")]
                text = "\n".join([text, *lines]).strip("\n")
            ax.set_title(text, loc="right", fontfamily=family, parse_math=False)
        # ticks at 1, 2, 5 x 10^k; past MAX_DECADES_125 decades (a corpus of millions of
        # tokens reaches rates of 0.0001 per 1,000) at powers of ten only, or they
        # overlap; fewer where the axes' side leaves the labels too close (_tick_subs)
        subs = (1.0, 2.0, 5.0) if np.log10(hi / lo) <= MAX_DECADES_125 else (1.0,)
        if subs != (1.0,):
            heading = ax.get_title(loc="right").count("\n") + 1 if ax.get_title(loc="right") else 0
            # the notes under the axes take their height too (smaller lines: counted whole)
            subs = _tick_subs(lo, hi, heading + len(notes), family)
        for axis in (ax.xaxis, ax.yaxis):
            # plain numbers (1, 2, 5, 10...): mathtext is off so Arabic labels keep shaping
            axis.set_major_locator(LogLocator(base=10, subs=subs))
            axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
            axis.set_minor_formatter(NullFormatter())
        ax.set_aspect("equal")
        ax.tick_params(labelfontfamily=family)
        # the labels last, once the title, ticks, aspect and colour bar have set the
        # axes' place: labels moved apart on axes that later shrink would touch again
        shown = _place_labels(
            ax,
            [xs[i] for i in chosen],
            [ys[i] for i in chosen],
            [prepare_label(marker_label(df, a, b, i), "matplotlib") for i in chosen],
            xs,
            ys,
            family,
            many,
        )
        if chosen:  # the last note line: how many chosen terms are named, how many not
            unnamed = len(chosen) - sum(shown)
            # the words the named labels hold: each marker's words of its two counts
            words = sum(
                int(np.count_nonzero((a == a[i]) & (b == b[i])))
                for i, kept in zip(chosen, shown, strict=True)
                if kept
            )
            line = named_phrase(sum(shown), len(chosen), words)
            if unnamed:
                line += unnamed_phrase(unnamed)
            lines = note.get_text().split("\n")
            note.set_text("\n".join([*lines[:-1], prepare_label(line, "matplotlib")]))
        # the named markers stand out, the others stay behind them faint
        named = {(a[i], b[i]) for i, kept in zip(chosen, shown, strict=True) if kept}
        on = np.array([(u, v) in named for u, v in zip(a, b, strict=True)], dtype=bool)
        _emphasise(ax.collections[0], on[measured], dots=True)
        if absent.any():
            _emphasise(ax.collections[1], on[crossed], dots=False)
    return fig


#: Opacity of a marker no label names (its colour still read against the colour bar):
#: session 16, a newcomer saw many big unlabelled markers and could not tell which
#: markers the labels named; the named ones are drawn opaque with a dark edge.
FAINT_ALPHA = 0.45
#: Opacity of a named marker.
NAMED_ALPHA = 0.95


def _emphasise(markers, named: np.ndarray, *, dots: bool) -> None:
    """Draws the markers of ``named`` (one flag a marker, in drawing order) opaque, a
    dot with a dark grey edge 0.6 pt wide, a cross 1.2 pt; the others at
    :data:`FAINT_ALPHA`, a dot's edge light grey 0.3 pt, a cross 0.7 pt. Sizes are not
    touched (a marker's area is still its number of terms)."""
    n = len(named)
    if n == 0:
        return
    markers.set_alpha(np.where(named, NAMED_ALPHA, FAINT_ALPHA))
    if dots:
        markers.set_edgecolor(["#333333" if k else "#8c8c8c" for k in named])
        markers.set_linewidth(np.where(named, 0.6, 0.3))
    else:
        markers.set_linewidth(np.where(named, 1.4, 1.0))


#: Least gap between two labels of the scatter, in points (about 0.3 em of the 10-pt
#: labels): :func:`_place_near` keeps labels this far apart; :func:`_apart` checks it and
#: moves or drops any that still touch (its ink box, :func:`label_box`).
LABEL_GAP_PT = 3.0
#: Least gap between two labels side by side (their boxes overlapping in height), in
#: points: one em of the 10-pt labels, four word spaces of Noto Sans Arabic (0.25 em).
#: At :data:`LABEL_GAP_PT` two labels on one line read as one phrase (session 16:
#: «العيد» + «النووي» read «العيد النووي»).
LABEL_SIDE_GAP_PT = 10.0


def _room(box, up: float, side: float):
    """``box`` (a matplotlib ``Bbox``, pixels) widened by ``side`` left and right and
    ``up`` above and below (negative: narrowed)."""
    from matplotlib.transforms import Bbox

    return Bbox.from_extents(box.x0 - side, box.y0 - up, box.x1 + side, box.y1 + up)


#: Shortest leader line, in points: a label nearer its dot than this gets none.
MIN_LEADER_PT = 4.0
#: Longest leader line, as a fraction of the axes' shorter side: :func:`_place_near`
#: tries no place farther, and a label left farther from its dot is not drawn (its dot
#: stays, unnamed, and the note counts it, :data:`UNNAMED_NOTE`). Session 19 (view19):
#: 0.25, on a two-outlet subset «قوات» and «سوريا» stood across the plot from their
#: dots; scatter19: 0.15 (0.7 inch of a 4.7-inch side), labels placed near, not pushed.
MAX_LEADER_FRACTION = 0.15
#: Height of one line of the notes under the axes, in inches (small type, measured on
#: the saved figures: 54 px at 200 dpi).
NOTE_LINE_INCHES = 0.27
#: The notes' right edge, in figure coordinates (the title's right edge is the axes').
NOTE_X = 0.98
#: The scatter's last note line: how many of the markers chosen for the most telling
#: terms are named ({shown}, of {chosen}: :func:`counted` علامة after من), and how many
#: words the named labels hold ({words}, :data:`NAMED_WORDS`) when a label names
#: several (one marker, the words of the same two counts: :func:`marker_label`).
#: Session 24: «الكلمات المسماة: 11 من أكثر 16 تمييزاً؛ 5 بلا اسم» counted markers as
#: words, and a newcomer read 11 named and 5 unnamed of 16 against labels naming more.
NAMED_NOTE = "سُمّيت {shown:,} من {chosen} لأكثر الكلمات تمييزاً"
#: Added to :data:`NAMED_NOTE` when the named labels hold more words than markers.
NAMED_WORDS = "، فيها {words}"
#: Added to it when some markers are not named (:func:`unnamed_phrase`): no room near
#: them within the longest leader. {count}: the markers counted (:func:`counted` of
#: علامة), {near}: «near it» agreeing with them.
UNNAMED_NOTE = "؛ {count} بلا اسم: لا مكان لاسم {near}"


def named_phrase(shown: int, chosen: int, words: int) -> str:
    """The scatter's last note line (:data:`NAMED_NOTE`): ``shown`` of ``chosen``
    markers named, whose labels hold ``words`` words (said when more than ``shown``):
    «سُمّيت 11 من 16 علامة لأكثر الكلمات تمييزاً، فيها 14 كلمة». Raises
    :class:`helpers.errors.ArgumentError` for ``chosen`` < 1, ``shown`` outside 0 to
    ``chosen`` or ``words`` < ``shown``."""
    if not 0 <= shown <= chosen or chosen < 1 or words < shown:
        raise ArgumentError(
            f"named_phrase: need 0 <= shown <= chosen, chosen >= 1, words >= shown; "
            f"got {shown!r}, {chosen!r}, {words!r}"
        )
    line = NAMED_NOTE.format(shown=int(shown), chosen=counted(int(chosen), "علامة", "oblique"))
    return line + (NAMED_WORDS.format(words=counted(int(words), "كلمة")) if words > shown else "")


def unnamed_phrase(n: int) -> str:
    """The scatter's note on ``n`` chosen markers left unnamed (:data:`UNNAMED_NOTE`),
    the counted noun علامة (feminine) and its pronoun agreeing with ``n``
    (:func:`~helpers.charts.skeleton.counted`): 1 «؛ علامة واحدة بلا اسم: لا مكان لاسم
    قربها», 2 «؛ علامتان بلا اسم: لا مكان لاسم قربهما» (the dual), 3 and more «؛ 4
    علامات بلا اسم: لا مكان لاسم قربها» (a plural of things takes the feminine singular
    pronoun). Session 20: «4 بلا اسم: لا مكان له قرب علامته» had no noun; session 24:
    markers, not words, are counted (:data:`NAMED_NOTE`). Raises
    :class:`helpers.errors.ArgumentError` for ``n`` < 1."""
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 1:
        raise ArgumentError(f"unnamed_phrase: n must be a whole number >= 1, got {n!r}")
    near = "قربهما" if int(n) == 2 else "قربها"
    return UNNAMED_NOTE.format(count=counted(int(n), "علامة"), near=near)


def _place_labels(ax, lx, ly, names, xs, ys, family, many=None) -> list[bool]:
    """Write ``names`` at their points (``lx``, ``ly``; most telling first), place each
    at the first clear place near its point (:func:`_place_near`, which drops a label
    with none), then make sure no two labels touch (:func:`_apart`), uncross the
    leaders (:func:`_untangle`), leave out a label left farther from its dot than
    :data:`MAX_LEADER_FRACTION` of the axes (:func:`_near`), leave out a label whose
    leader still crosses the leader of a more telling one (:func:`_uncrossed`) and
    draw a leader from each label that stands away from its dot to the dot.
    ``many``: per point, how many terms share its marker (its area,
    :func:`_marker_reach`). ``xs``, ``ys``: every point drawn, which
    :func:`_place_near` keeps clear of (session 19, scatter19: it replaced adjustText,
    which pushed labels from at most 300 of them). Returns, for each name, whether it
    is drawn."""
    fig = ax.get_figure()
    fig.canvas.draw()  # the constrained layout: the axes' final place and size
    fig.set_layout_engine("none")  # kept as it is: labels do not move the axes
    texts = [
        ax.text(x, y, name, fontsize=10, fontfamily=family, parse_math=False, zorder=3)
        for x, y, name in zip(lx, ly, names, strict=True)
        if name
    ]
    if not texts:
        return [False] * len(names)
    points = [(x, y) for x, y, name in zip(lx, ly, names, strict=True) if name]
    every = texts  # one a name
    renderer = fig.canvas.get_renderer()
    dots = ax.transData.transform(np.column_stack([xs, ys]))  # every dot drawn, in pixels
    anchors = ax.transData.transform(np.asarray(points, dtype=float))  # each label's dot
    reach = _marker_reach(many if many is not None else np.ones(len(dots)), fig.dpi / 72.0)
    placed = _place_near(texts, ax, renderer, dots, anchors, reach)
    anchors = np.array([a for t, a in zip(texts, anchors, strict=True) if t in placed])
    points = [p for t, p in zip(texts, points, strict=True) if t in placed]
    texts = placed
    kept = _apart(texts, ax, renderer, dots, anchors, reach)  # each left where it is
    _untangle(kept, [p for t, p in zip(texts, points, strict=True) if t in kept], ax, renderer)
    _snap(kept, ax)
    kept = _near(kept, [p for t, p in zip(texts, points, strict=True) if t in kept], ax, renderer)
    kept = _uncrossed(
        kept, [p for t, p in zip(texts, points, strict=True) if t in kept], ax, renderer
    )
    px = fig.dpi / 72.0
    for text, (x, y) in zip(texts, points, strict=True):
        if text not in kept:
            if text.axes is not None:  # not yet removed by _uncrossed
                text.remove()  # no room left near its dot: the dot stays, unlabelled
            continue
        box = label_box(text, renderer)
        tx, ty = ax.transData.transform((x, y))
        dx = max(box.x0 - tx, tx - box.x1, 0.0)
        dy = max(box.y0 - ty, ty - box.y1, 0.0)
        if max(dx, dy) >= MIN_LEADER_PT * px:
            # from the label's centre (cut at its box, patchA): the line leaves the box
            # on the side facing its dot, the segment _untangle uncrossed
            centre = ax.transData.inverted().transform(
                ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
            )
            arrow = FancyArrowPatch(
                posA=tuple(centre),
                posB=(x, y),
                patchA=text,
                transform=ax.transData,
                arrowstyle="-",
                color="#555555",
                lw=0.5,
                zorder=2.5,
            )
            ax.add_patch(arrow)
    drawn = iter(text in kept for text in every)
    return [bool(name) and next(drawn) for name in names]


def _within(box, frame) -> bool:
    """Whether ``box`` lies wholly inside ``frame`` (both with ``x0 y0 x1 y1``, pixels;
    touching edges count as inside)."""
    return frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1


def leader_too_long(box, dot, axes_box, fraction: float = MAX_LEADER_FRACTION) -> bool:
    """True if a label whose box is ``box`` (pixels, anything with ``x0 y0 x1 y1``)
    stands farther from its ``dot`` (pixels) than ``fraction`` of the shorter side of
    ``axes_box`` (pixels): the gap from the box's nearest edge to the dot, the larger
    of the horizontal and vertical gaps (0 when the dot is inside the box).

    Example: axes of 400 x 500 px, fraction 0.15: a label 61 px right of its dot is
    too far, one 60 px away is not."""
    dx = max(box.x0 - dot[0], dot[0] - box.x1, 0.0)
    dy = max(box.y0 - dot[1], dot[1] - box.y1, 0.0)
    side = min(axes_box.x1 - axes_box.x0, axes_box.y1 - axes_box.y0)
    return max(dx, dy) > fraction * side


def _near(texts, points, ax, renderer) -> list:
    """The labels of ``texts`` (``points`` their dots, data coordinates) that stand
    within :data:`MAX_LEADER_FRACTION` of the axes of their dots
    (:func:`leader_too_long`); the others are removed, their dots left unnamed."""
    frame = ax.get_window_extent(renderer)
    kept = []
    for text, point in zip(texts, points, strict=True):
        dot = ax.transData.transform(point)
        if leader_too_long(label_box(text, renderer), dot, frame, MAX_LEADER_FRACTION):
            text.remove()
        else:
            kept.append(text)
    return kept


def _leader(box, dot, shortest: float):
    """The leader of a label whose box (pixels) stands ``shortest`` or more from its
    ``dot`` (pixels): the segment from the box's centre to the dot, as drawn (cut at the
    box); None when the label is near enough to need none."""
    dx = max(box.x0 - dot[0], dot[0] - box.x1, 0.0)
    dy = max(box.y0 - dot[1], dot[1] - box.y1, 0.0)
    if max(dx, dy) < shortest:
        return None
    return ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2), tuple(dot)


def _uncrossed(texts, points, ax, renderer) -> list:
    """The labels of ``texts`` (most telling first; ``points`` their dots, data
    coordinates) whose leaders cross no leader of a label kept before them: a label
    whose leader would cross one is removed (its dot stays, unnamed). Two crossing
    leaders lead the eye to the wrong dot (session 16: «الأميركي»'s leader read as
    ending at «الحكيم»'s cross); :func:`_untangle` swaps what it can, a label is dropped
    rather than cross. Likewise a label whose leader passes over a label kept before it,
    or whose box a leader kept before it passes over (:func:`_over_box`; session 17)."""
    shortest = MIN_LEADER_PT * ax.get_figure().dpi / 72.0
    kept, leaders, boxes = [], [], []
    for text, point in zip(texts, points, strict=True):
        box = label_box(text, renderer)
        line = _leader(box, ax.transData.transform(point), shortest)
        if (line is not None and any(_crosses(*line, *other) for other in leaders)) or (
            # a leader over a label reads as pointing at it, or strikes it through
            (line is not None and any(_over_box(line, other) for other in boxes))
            or any(_over_box(other, box) for other in leaders)
        ):
            text.remove()
            continue
        kept.append(text)
        boxes.append(box)
        if line is not None:
            leaders.append(line)
    return kept


def _over_box(line, box) -> bool:
    """True if the segment ``line`` (two points, pixels) passes through ``box`` (a
    ``Bbox``, pixels) shrunk by a pixel (a leader that only grazes a box's edge does
    not count). Raises nothing."""
    from matplotlib.path import Path
    from matplotlib.transforms import Bbox

    if box.width <= 2 or box.height <= 2:
        return False
    inner = Bbox.from_extents(box.x0 + 1, box.y0 + 1, box.x1 - 1, box.y1 - 1)
    return bool(Path(np.asarray(line, dtype=float)).intersects_bbox(inner, filled=False))


#: Passes of :func:`_untangle` over every pair of labels (a fixed count, as adjustText's
#: iterations: the same figure everywhere); it stops sooner when a pass swaps nothing.
UNTANGLE_PASSES = 4


def _crosses(a, b, c, d) -> bool:
    """True if the segments ``a``-``b`` and ``c``-``d`` (points ``(x, y)``) cross at one
    point inside both (touching ends or collinear overlaps do not count)."""

    def side(p, q, r) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    d1, d2 = side(c, d, a), side(c, d, b)
    d3, d4 = side(a, b, c), side(a, b, d)
    return d1 * d2 < 0 and d3 * d4 < 0


def _untangle(texts, points, ax, renderer) -> int:
    """Swap the places of two labels whose leaders cross, so fewer leaders cross.

    A leader runs from the centre of its label's box to its dot (``points``, data
    coordinates, one a label). Two straight segments that cross are uncrossed by
    swapping their ends: each label moves so its box's centre stands where the other's
    stood. For each pair in turn (most telling labels first), a swap is kept only when
    it lowers the number of crossing leaders of all the labels and leaves both boxes
    (:data:`LABEL_GAP_PT` wider above and below, :data:`LABEL_SIDE_GAP_PT` beside)
    clear of every other label and inside the axes; :data:`UNTANGLE_PASSES` passes at
    most. Returns the number of swaps made.
    Deterministic (no random step), so the figure's bytes stay reproducible."""
    if len(texts) < 2:
        return 0
    px = ax.get_figure().dpi / 72.0
    gap, side = LABEL_GAP_PT * px / 2, LABEL_SIDE_GAP_PT * px / 2
    inside = ax.get_window_extent(renderer)
    dots = [tuple(ax.transData.transform(p)) for p in points]

    def box(t):
        return label_box(t, renderer)

    def centre(t):
        b = box(t)
        return ((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2)

    def crossings() -> int:
        ends = [(centre(t), d) for t, d in zip(texts, dots, strict=True)]
        return sum(
            _crosses(*ends[i], *ends[j]) for i in range(len(ends)) for j in range(i + 1, len(ends))
        )

    def shift(t, dx, dy) -> None:
        x, y = ax.transData.transform(t.get_position())
        t.set_position(ax.transData.inverted().transform((x + dx, y + dy)))

    swaps, now = 0, crossings()
    for _ in range(UNTANGLE_PASSES):
        before = swaps
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                a, b = texts[i], texts[j]
                if not _crosses(centre(a), dots[i], centre(b), dots[j]):
                    continue
                (ax_, ay), (bx, by) = centre(a), centre(b)
                shift(a, bx - ax_, by - ay)
                shift(b, ax_ - bx, ay - by)
                pa, pb = _room(box(a), gap, side), _room(box(b), gap, side)
                others = [_room(box(t), gap, side) for t in texts if t is not a and t is not b]
                clear = not pa.overlaps(pb) and not any(
                    p.overlaps(o) for p in (pa, pb) for o in others
                )
                within = all(
                    inside.x0 <= p.x0
                    and p.x1 <= inside.x1
                    and inside.y0 <= p.y0
                    and p.y1 <= inside.y1
                    for p in (box(a), box(b))
                )
                fewer = clear and within and crossings() < now
                if fewer:
                    now, swaps = crossings(), swaps + 1
                else:  # back where they were
                    shift(a, ax_ - bx, ay - by)
                    shift(b, bx - ax_, by - ay)
        if swaps == before:
            break
    return swaps


def _snap(texts, ax) -> None:
    """Puts each label's anchor on a whole device pixel. adjustText's layout is floating
    point work whose last bits differ between CPUs (numpy's AVX-512 and AVX2 loops round
    differently); unsnapped, such a difference moved a leader's end by a fraction of a
    pixel and changed 8 pixels of ``figures/04_term_scatter.png`` by one grey level on
    another machine. A whole pixel is reached from either side of a last-bit difference,
    so the drawn bytes are the same on every machine."""
    to_display = ax.transData
    for text in texts:
        x, y = to_display.transform(text.get_position())
        text.set_position(to_display.inverted().transform((round(x), round(y))))


#: Radius of a dot of the scatter (``s=14`` square points: 3.7 pt across) and a little
#: room around it, in points: a label's box that comes this near a dot's centre covers it.
DOT_RADIUS_PT = 2.5


def _marker_reach(many: np.ndarray, px: float) -> np.ndarray:
    """Per point, in pixels (``px`` pixels a point), how near a label's box may come to
    its centre before the box touches its marker: the marker's radius (a marker of
    ``many`` terms is :data:`DOT_AREA` x ``many`` square points, ``sqrt(area) / 2`` pt
    across half) and half a point for its edge, at least :data:`DOT_RADIUS_PT`. One
    radius for every marker let a label's box cover a big marker's edge (session 17:
    «العديد» over the markers beside it)."""
    radius = np.sqrt(DOT_AREA * np.asarray(many, dtype=float)) / 2 + 0.5
    return np.maximum(radius, DOT_RADIUS_PT) * px


#: Where :func:`_apart` may try a label: (half widths right, half heights up), up to six
#: half heights up or down and two half widths either side; tried nearest first in
#: pixels (a long leader across the cloud to a label moved far up or down read worse
#: than the label moved beside its place).
_SHIFTS = [(i, j) for j in range(-6, 7) for i in range(-2, 3) if not (i and abs(j) > 2)]
#: Farther places :func:`_apart` tries, after :data:`_SHIFTS`, for a label none of whose
#: near places is clear of markers (a dense cloud): up to twelve half heights up or
#: down and four half widths either side. A label with no place clear of markers is left
#: out (session 17: labels were drawn over the markers on a white ground, «العديد»).
_FAR_SHIFTS = [(i, j) for j in range(-12, 13) for i in range(-4, 5) if (i, j) not in set(_SHIFTS)]


def _leader_dots(box, anchor, dots, reach: float, shortest: float) -> int:
    """How many of ``dots`` (pixels) a leader from ``box`` to its dot ``anchor`` would
    pass within ``reach`` of: the segment from the box's centre, cut where it leaves the
    box, to the anchor (its own dot, within ``reach`` of the anchor, not counted); 0
    when the box stands within ``shortest`` of the anchor (no leader is drawn)."""
    ax_, ay = anchor
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    dx, dy = ax_ - cx, ay - cy
    if max(box.x0 - ax_, ax_ - box.x1, box.y0 - ay, ay - box.y1) < shortest:
        return 0
    # where the segment centre -> anchor leaves the box: the smaller of the two exits
    tx = (box.width / 2) / abs(dx) if dx else np.inf
    ty = (box.height / 2) / abs(dy) if dy else np.inf
    t0 = min(tx, ty, 1.0)
    sx, sy = cx + t0 * dx, cy + t0 * dy
    vx, vy = ax_ - sx, ay - sy
    length2 = vx * vx + vy * vy
    if length2 == 0 or len(dots) == 0:
        return 0
    px, py = dots[:, 0] - sx, dots[:, 1] - sy
    t = np.clip((px * vx + py * vy) / length2, 0.0, 1.0)
    near = np.hypot(px - t * vx, py - t * vy) < reach
    own = np.hypot(dots[:, 0] - ax_, dots[:, 1] - ay) < reach
    return int(np.sum(near & ~own))


#: Padding of a label's white ground (:func:`_apart`), in points.
GROUND_PAD_PT = 0.5
#: Free places :func:`_apart` weighs for a label's leader (nearest first): a farther
#: place clear of dots drew a long leader that read worse than a short one over a dot.
LEADER_CHOICES = 4


def _apart(texts, ax, renderer, dots=None, anchors=None, reaches=None) -> list:
    """Labels that touch neither another label nor another term's dot: each label in
    turn (most telling first) is kept where it is when its box, :data:`LABEL_GAP_PT`
    wider above and below and :data:`LABEL_SIDE_GAP_PT` beside, overlaps no label kept
    before it and holds no dot of ``dots``
    (pixels, every point drawn; a dot within its ``reaches``, pixels, of the box counts:
    :func:`_marker_reach`, default :data:`DOT_RADIUS_PT`);
    else moved by :data:`_SHIFTS` (up or down by half its height, at most six, or left
    or right by half its width, at most two; nearest first, inside the axes), then by
    :data:`_FAR_SHIFTS`, to the
    first place free of both (of those, with ``anchors``, each label's own dot in
    pixels, of the :data:`LEADER_CHOICES` nearest such places the one whose leader to
    its dot passes over the fewest other dots, :func:`_leader_dots`: a newcomer's
    «مدير» and «الدكتور» had leaders across the cloud);
    no place, the label's own included, reaching outside the axes (a white ground cut
    by the plot's edge, «المملكة», a newcomer, session 14);
    else left out: no label hides a marker (session 17; before, a label went to the
    first place free of labels, over the dots, on a white ground that hid them,
    «العديد»). adjustText's fixed iterations pushed labels from at most
    :data:`MAX_AVOIDED` points and left them over the others (SaudiNewsNet, 2015-07-25
    + 08-03: «القلب» and «سوريا» on the dots of other words). Returns the labels kept,
    in order."""
    px = ax.get_figure().dpi / 72.0
    gap, side = LABEL_GAP_PT * px / 2, LABEL_SIDE_GAP_PT * px / 2
    reach = DOT_RADIUS_PT * px
    inside = ax.get_window_extent(renderer)
    dots = np.empty((0, 2)) if dots is None else np.asarray(dots, dtype=float)
    near = np.full(len(dots), reach) if reaches is None else np.asarray(reaches, dtype=float)

    def covers_dot(box) -> bool:
        x, y = dots[:, 0], dots[:, 1]
        return bool(
            np.any(
                (x > box.x0 - near)
                & (x < box.x1 + near)
                & (y > box.y0 - near)
                & (y < box.y1 + near)
            )
        )

    shortest = MIN_LEADER_PT * px
    ground = GROUND_PAD_PT * px
    boxes, kept = [], []
    inks, leaders = [], []  # kept labels' boxes as drawn and their leaders

    def over_labels(ink) -> bool:
        """A leader kept crosses ``ink``, or ``ink``'s leader crosses a label kept."""
        line = None if anchor is None else _leader(ink, anchor, shortest)
        return any(_over_box(other, ink) for other in leaders) or (
            line is not None and any(_over_box(line, other) for other in inks)
        )

    for k, text in enumerate(texts):
        box = _room(label_box(text, renderer), gap, side)
        w, h = box.width, box.height
        # nearest first; ties: up before down, right before left, as listed
        shifts = sorted(_SHIFTS, key=lambda ij: (np.hypot(ij[0] * w, ij[1] * h), -ij[1], -ij[0]))
        shifts += sorted(
            _FAR_SHIFTS, key=lambda ij: (np.hypot(ij[0] * w, ij[1] * h), -ij[1], -ij[0])
        )
        anchor = None if anchors is None else anchors[k]
        shift, crossed, free = None, None, 0
        for tried, (i, j) in enumerate(shifts):
            if tried == len(_SHIFTS) and shift is not None:
                break  # the far places only when no near one is clear
            moved = box.translated(i * w / 2, j * h / 2)
            # a moved label keeps its gap inside the axes; one left where it is only its
            # ink and white ground (GROUND_PAD_PT)
            ink = moved if (i or j) else _room(moved, ground - gap, ground - side)
            if not _within(ink, inside):
                continue
            if any(moved.overlaps(other) for other in boxes):
                continue
            if not covers_dot(_room(moved, 0.0, gap - side)) and not over_labels(
                _room(moved, -gap, -side)
            ):  # dots: LABEL_GAP_PT all round; no leader over a label
                if anchor is None:
                    shift = (i, j)
                    break
                n = _leader_dots(_room(moved, -gap, -side), anchor, dots, reach, shortest)
                if crossed is None or n < crossed:  # nearest first: ties keep the nearer
                    shift, crossed = (i, j), n
                free += 1
                if n == 0 or free == LEADER_CHOICES:
                    break
                continue
        if shift is None:  # no place clear of markers: no label hides one
            continue
        i, j = shift
        moved = box.translated(i * w / 2, j * h / 2)
        if i or j:
            x, y = ax.transData.transform(text.get_position())
            text.set_position(ax.transData.inverted().transform((x + i * w / 2, y + j * h / 2)))
        boxes.append(moved)
        kept.append(text)
        inks.append(_room(moved, -gap, -side))
        line = None if anchor is None else _leader(inks[-1], anchor, shortest)
        if line is not None:
            leaders.append(line)
    return kept


def _tick_subs(lo: float, hi: float, heading_lines: int, family) -> tuple[float, ...]:
    """Ticks a decade of the scatter's log axes: 1, 2 and 5 x 10^k when every two
    neighbouring x labels stand :data:`TICK_GAP_EM` ems apart, else 1 and 3, else
    powers of ten only. The axes' side is estimated from the figure (8 x 7 in, square
    axes under ``heading_lines`` lines of title and notes, :data:`SIDE_INCHES`) and the labels'
    widths are measured in the tick font (:func:`helpers.charts.skeleton.text_inches`), so
    no figure is drawn to decide («0.0050.01» on the full SaudiNewsNet run: 3.1
    decades under a title of five lines)."""
    from matplotlib.font_manager import FontProperties

    size = float(FontProperties(size=mpl.rcParams["xtick.labelsize"]).get_size_in_points())
    side = max(1.0, min(SIDE_INCHES[0], SIDE_INCHES[1] - heading_lines * HEADING_LINE_INCHES))
    inch_per_decade = side / max(np.log10(hi / lo), 1e-9)

    def width(v: float) -> float:  # inches
        return text_inches(f"{v:g}", family, size)

    for subs in ((1.0, 2.0, 5.0), (1.0, 3.0)):
        ticks = [
            m * 10.0**k
            for k in range(int(np.floor(np.log10(lo))), int(np.ceil(np.log10(hi))) + 1)
            for m in subs
            if lo <= m * 10.0**k <= hi
        ]
        apart = all(
            np.log10(b / a) * inch_per_decade - (width(a) + width(b)) / 2
            >= TICK_GAP_EM * size / 72.0
            for a, b in pairwise(ticks)
        )
        if apart:
            return subs
    return (1.0,)


#: Gaps between a label's ink and its dot's marker that :func:`_place_near` tries, in
#: points, nearest first (each in the 8 compass directions, :data:`COMPASS`); the last
#: ring is :data:`MAX_LEADER_FRACTION` of the axes' shorter side. Session 19 (scatter19):
#: adjustText pushed labels up to a third of the axes from their dots, and the labels
#: farther than a quarter were dropped (the embedded scatter named 7 of its 16 words).
RINGS_PT = (0.0, 6.0)
#: Farther gaps :func:`_place_near` tries after :data:`RINGS_PT`, as fractions of the
#: axes' shorter side (the last is :data:`MAX_LEADER_FRACTION`).
RINGS_FRACTION = (0.05, 0.10, 0.15)
#: The directions :func:`_place_near` tries at each ring, in order: left, right (a label
#: beside its dot reads along its line), above, below, then the four corners. (x, y)
#: unit steps; a label to the left ends at its dot, as Arabic text does.
COMPASS = ((-1, 0), (1, 0), (0, 1), (0, -1), (-1, 1), (1, 1), (-1, -1), (1, -1))


def compass_offsets(w: float, h: float, gaps) -> list[tuple[float, float]]:
    """Where :func:`_place_near` tries the centre of a label ``w`` x ``h`` pixels wide
    and high, relative to its dot (pixels): for each gap of ``gaps`` (pixels, from the
    dot's centre to the label's nearest edge, nearest first), each direction of
    :data:`COMPASS`, the centre ``(ux * (w / 2 + gap), uy * (h / 2 + gap))``: beside
    the dot the label's edge stands ``gap`` from it, at a corner both edges do; then,
    at the same gap, the places slid along that edge (:data:`SLIDES`): beside the dot
    up or down by ``s * h``, above or below it left or right by ``s * w / 2``.

    Example: a 40 x 10 px label, gap 5: left of its dot its centre is at (-25, 0),
    above at (0, 10), above right at (25, 10); slid, left and up (-25, 5)."""
    out = []
    for g in gaps:
        ex, ny = w / 2 + g, h / 2 + g
        out += [(ux * ex, uy * ny) for ux, uy in COMPASS]
        for sl in SLIDES:
            out += [(ux * ex, uy * sl * h) for ux in (-1, 1) for uy in (1, -1)]
            out += [(ux * sl * w / 2, uy * ny) for uy in (1, -1) for ux in (-1, 1)]
    return out


#: How far :func:`compass_offsets` slides a label along the side of its dot, in its
#: heights (beside) or half widths (above, below).
SLIDES = (0.5, 1.0)


#: Step of the grid of places :func:`grid_offsets` adds, in points (both ways).
GRID_STEP_PT = 3.0


def grid_offsets(w: float, h: float, nearest: float, farthest: float, px: float, skip=()) -> list:
    """More places for a label ``w`` x ``h`` pixels wide and high than :func:`compass_offsets`
    gives, tried by :func:`_place_near` after those (session 20, scatter20b): its
    centre, relative to its dot (pixels), on a grid of :data:`GRID_STEP_PT` points
    (``px`` pixels a point) both ways, wherever the label's nearest edge stands from
    ``nearest`` to ``farthest`` pixels from the dot (the larger of the horizontal and
    vertical gaps, as :func:`leader_too_long` measures), nearest first (ties: the
    smaller rise or fall, then up before down, right before left: above or below its dot
    a label stands as far right as the gap allows, at its dot's upper right, the place
    cartographers try first); places already in ``skip`` are left out. The compass and
    its slides leave no place between two rows of markers or beside a column's
    neighbour: on the embedded scatter, «الاستعداد و7 كلمات أخرى» and the lower band's
    crosses found room only there.

    Example: a 12 x 6 px label, px 1 (step 3 px), gaps 6 to 9: first (12, 0) and (-12,
    0) (gap 6 beside), then (12, 3), (-12, 3), (12, -3), (-12, -3); 64 places in all,
    the last at gap 9, among them (15, 12) (a corner, 9 px off both ways)."""
    step = GRID_STEP_PT * px
    nx = int(np.ceil((w / 2 + farthest) / step))
    ny = int(np.ceil((h / 2 + farthest) / step))
    seen = set(skip)
    out = []
    for i in range(-nx, nx + 1):
        for j in range(-ny, ny + 1):
            dx, dy = i * step, j * step
            g = max(abs(dx) - w / 2, abs(dy) - h / 2)
            if nearest <= g <= farthest and (dx, dy) not in seen:
                out.append((g, abs(j), -j, -i, dx, dy))
    out.sort()
    return [(dx, dy) for *_, dx, dy in out]


def ring_gaps(base: float, px: float, short: float) -> list[float]:
    """The gaps (pixels, from a dot's centre to its label's nearest edge, nearest
    first) at which :func:`_place_near` tries a label: ``base`` (pixels, clear of its
    own marker) plus each of :data:`RINGS_PT` (points; ``px`` pixels a point), then
    each of :data:`RINGS_FRACTION` of the axes' shorter side ``short`` (pixels). None
    is below ``base``; the last ring stands a pixel inside the leader's limit,
    :data:`MAX_LEADER_FRACTION` of ``short``, so that it is tried (session 20: a ring at
    exactly the limit was filtered out).

    Example: base 20, px 2, short 400: 20, 32, then 20 (5 % of 400, already there),
    40 and 59 (15 % of 400 less a pixel)."""
    longest = MAX_LEADER_FRACTION * short - 1.0
    gaps = [base + g * px for g in RINGS_PT]
    gaps += [min(f * short, longest) for f in RINGS_FRACTION]
    return sorted({g for g in gaps if base <= g <= longest})


def _place_near(texts, ax, renderer, dots, anchors, reaches) -> list:
    """Places each label of ``texts`` (most telling first; ``anchors`` their dots,
    pixels) at the first place near its dot that is clear: the places of
    :func:`compass_offsets`, then those of :func:`grid_offsets` (scatter20b), the
    gaps :data:`RINGS_PT` beyond its marker's reach (``reaches``, pixels,
    :func:`_marker_reach`) and :data:`LABEL_GAP_PT`, at most
    :data:`MAX_LEADER_FRACTION` of the axes' shorter side. A place is clear when the
    label's box (measured with the renderer, ``get_window_extent``) stays inside the
    axes, reads as naming its own marker (:func:`reads_as_own`: no other marker as near
    it; session 20), stands :data:`LABEL_GAP_PT` (above, below) and :data:`LABEL_SIDE_GAP_PT`
    (beside) from every label placed before it, holds no marker of ``dots`` (pixels,
    every point drawn, each with its reach), its leader crosses no leader placed before
    and passes over no label, and no leader placed before passes over it. Of the
    first :data:`LEADER_CHOICES` clear places the one whose leader passes over the
    fewest other markers (:func:`_leader_dots`; ties: the first). A label with no clear
    place is removed (its marker stays, unnamed; the note counts it). Deterministic:
    no random step, no time limit. Returns the labels kept, in order."""
    px = ax.get_figure().dpi / 72.0
    gap, side = LABEL_GAP_PT * px / 2, LABEL_SIDE_GAP_PT * px / 2
    frame = ax.get_window_extent(renderer)
    short = min(frame.width, frame.height)
    shortest = MIN_LEADER_PT * px
    reach = DOT_RADIUS_PT * px
    dots = np.asarray(dots, dtype=float).reshape(-1, 2)
    near = np.asarray(reaches, dtype=float)
    kept, rooms, inks, leaders = [], [], [], []
    for text, anchor, own in zip(
        texts, anchors, _own_reach(anchors, dots, near, reach), strict=True
    ):
        ink = label_box(text, renderer)
        w, h = ink.width, ink.height
        base = own + LABEL_GAP_PT * px + 0.5  # clear of its own marker, as of any other
        gaps = ring_gaps(base, px, short)
        best = None
        tries = compass_offsets(w, h, gaps)
        for dx, dy in tries + grid_offsets(w, h, gaps[0], gaps[-1], px, tries):
            cx, cy = anchor[0] + dx, anchor[1] + dy
            box = Bbox.from_extents(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            if not _within(box, frame):
                continue
            room = _room(box, gap, side)
            if any(room.overlaps(other) for other in rooms):
                continue
            ground = _room(box, gap, gap)  # markers: LABEL_GAP_PT all round
            x, y = dots[:, 0], dots[:, 1]
            if np.any(
                (x > ground.x0 - near)
                & (x < ground.x1 + near)
                & (y > ground.y0 - near)
                & (y < ground.y1 + near)
            ):
                continue
            line = _leader(box, anchor, shortest)
            if not reads_as_own(box, anchor, dots, near, px, line is not None):
                continue  # another marker as near: the label would name it
            if any(_over_box(other, box) for other in leaders) or (
                line is not None
                and (
                    any(_over_box(line, other) for other in inks)
                    or any(_crosses(*line, *other) for other in leaders)
                )
            ):
                continue
            best = box, line
            break
        if best is None:
            text.remove()  # no clear place near its dot: the marker stays, unnamed
            continue
        box, line = best
        x, y = ax.transData.transform(text.get_position())
        text.set_position(
            ax.transData.inverted().transform((x + box.x0 - ink.x0, y + box.y0 - ink.y0))
        )
        kept.append(text)
        rooms.append(_room(box, gap, side))
        inks.append(box)
        if line is not None:
            leaders.append(line)
    return kept


#: How much farther than its own marker every other marker stands from a scatter
#: label, in points, for the label to read as naming its own (:func:`reads_as_own`):
#: a label between two markers at nearly the same distance names either (session 20:
#: «العراقية» stood between the crosses at 22 and 18 per 1,000 of the embedded
#: scatter, 6 pt from its own and 3 pt from the other).
NEAREST_MARGIN_PT = 3.0
#: A marker at least this far from a label's box (points, edge to edge) is clear of it
#: whatever the label's own distance: farther than the nearest places a label of that
#: marker itself would take (:data:`LABEL_GAP_PT` + the last of :data:`RINGS_PT`) by
#: :data:`NEAREST_MARGIN_PT`. A nearer marker than the label's own stands there only
#: if the label's leader is drawn (session 20: «الحكيم، الوجود» stood 9 pt beside the
#: cross at 14.5 per 1,000, its leader running 14 pt to its own at 18, read as naming
#: the cross beside it).
CLEAR_OF_OTHERS_PT = LABEL_GAP_PT + RINGS_PT[-1] + NEAREST_MARGIN_PT


def marker_gaps(box, dots, reaches) -> np.ndarray:
    """Per marker of ``dots`` (pixels, ``(k, 2)``; ``reaches`` their radii, pixels,
    :func:`_marker_reach`), the gap between it and a label's ``box`` (a ``Bbox``,
    pixels): the distance from its centre to the nearest point of the box less its
    radius, 0 when it touches or is inside (pixels, float64).

    Example: a box from (0, 0) to (40, 10) and a marker of radius 3 at (50, 5): 7; at
    (45, 15): ``hypot(5, 5) - 3`` = 4.07."""
    dots = np.asarray(dots, dtype=float).reshape(-1, 2)
    dx = np.maximum(np.maximum(box.x0 - dots[:, 0], dots[:, 0] - box.x1), 0.0)
    dy = np.maximum(np.maximum(box.y0 - dots[:, 1], dots[:, 1] - box.y1), 0.0)
    return np.maximum(np.hypot(dx, dy) - np.asarray(reaches, dtype=float), 0.0)


def reads_as_own(box, anchor, dots, reaches, px: float, leader: bool) -> bool:
    """Whether a label whose ink box is ``box`` (pixels) reads as naming its own marker
    at ``anchor`` (pixels) among the markers ``dots`` (pixels, every marker drawn, its
    own among them: those within a pixel of ``anchor``; ``reaches`` their radii,
    pixels; ``px`` pixels a point). The rule of :func:`_place_near`, in one place: every
    other marker stands from the box (:func:`marker_gaps`) at least
    :data:`NEAREST_MARGIN_PT` farther than the own marker does (the own is clearly the
    nearest), or, when ``leader`` (a leader line to the own marker is drawn), at least
    :data:`CLEAR_OF_OTHERS_PT` away. A label nearer another marker without a leader, or
    as near another as its own, is ambiguous: its place is refused.

    Example (1 px a point): a label's box from (0, 0) to (40, 10), its marker of
    radius 2.5 at (-5.5, 5) (gap 3): another marker of radius 2.5 at (47, 5) (gap 4.5)
    makes it ambiguous, one at (50, 5) (gap 7.5) does not."""
    dots = np.asarray(dots, dtype=float).reshape(-1, 2)
    reaches = np.asarray(reaches, dtype=float)
    gaps = marker_gaps(box, dots, reaches)
    own = np.hypot(dots[:, 0] - anchor[0], dots[:, 1] - anchor[1]) <= 1.0
    if not own.any():
        own_gap = float(marker_gaps(box, [anchor], [0.0])[0])
    else:
        own_gap = float(gaps[own].min())
    others = gaps[~own]
    clear = others >= own_gap + NEAREST_MARGIN_PT * px
    if leader:
        clear |= others >= CLEAR_OF_OTHERS_PT * px
    return bool(clear.all())


def _own_reach(anchors, dots, near, default: float) -> list[float]:
    """Per anchor (pixels), the reach of the marker drawn there (the nearest of
    ``dots`` within a pixel, its ``near``), else ``default``."""
    out = []
    for a in np.asarray(anchors, dtype=float).reshape(-1, 2):
        if len(dots):
            d = np.hypot(dots[:, 0] - a[0], dots[:, 1] - a[1])
            k = int(np.argmin(d))
            out.append(float(near[k]) if d[k] <= 1.0 else default)
        else:
            out.append(default)
    return out


def label_box(text, renderer):
    """The box of a scatter label's ink (a ``Bbox``, pixels): its line's width
    (``text.get_window_extent(renderer)``) and, in height, from the lowest to the
    highest point of its glyphs (:class:`matplotlib.textpath.TextPath` of its string
    and font, measured once a string and size, :func:`_ink_rows`). Noto Sans Arabic's
    line box is about 1.7 times the height of the letters (21 pt for 10-pt labels,
    the ink 12.7 pt of «الأميركي، الخارجية، وزير»): labels kept a line's empty space
    apart found no room near crowded markers (session 19, scatter19)."""
    box = text.get_window_extent(renderer)
    low, high = _ink_rows(text.get_text(), text.get_fontproperties())
    px = renderer.points_to_pixels(1.0)
    base = text.get_transform().transform(text.get_position())[1]
    return Bbox.from_extents(box.x0, base + low * px, box.x1, base + high * px)


@functools.lru_cache(maxsize=4096)
def _ink_rows(string: str, prop) -> tuple[float, float]:
    """Lowest and highest point of ``string``'s glyphs in font ``prop``, in points
    from the baseline (0, 0 for a string with no ink)."""
    from matplotlib.textpath import TextPath

    if not string.strip():
        return 0.0, 0.0
    ext = TextPath((0, 0), string, prop=prop).get_extents()
    return float(ext.y0), float(ext.y1)
