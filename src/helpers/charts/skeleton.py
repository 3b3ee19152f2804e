"""The one chart skeleton every khabar chart is built on.

A chart function in :mod:`helpers.charts` is short because everything it shares with
the others lives here:

* **checks**: :func:`_require` (columns), :func:`_check_values` (the numbers drawn),
  :func:`_drop_empty` (empty labels);
* **size**: :func:`new_figure` clamps every figure to :data:`MAX_INCHES` a side, so a
  PNG saved at 200 dpi is at most 4,000 px a side whatever the corpus
  (:func:`helpers.charts.save_figure` checks the saved pixels again);
* **series**: :func:`fold_others` keeps at most :data:`MAX_SERIES` (12) groups or series,
  the largest, and folds the rest into one "others" series named with how many it holds;
* **text**: :func:`_prepare` (a bar's label wrapped onto at most :data:`MAX_LABEL_LINES`
  lines of :data:`MAX_LABEL_CHARS`, :func:`wrap_label`; other labels cut with an ellipsis),
  :func:`_title` (title right-aligned for Arabic, with an optional subtitle line saying
  what is compared with what), :func:`stories_phrase` (Arabic counted noun:
  قصة واحدة، قصتان، 3 قصص، 11 قصة);
* **right-to-left layout**: :func:`_is_rtl` (majority of labels Arabic), :func:`_hbars`
  (bars growing leftwards from labels on the right), :func:`_fig_legend` (swatch on the
  right, wrapped to rows of at most six entries), :func:`_style_value_axis` (counts on
  the value axis, Western or Arabic-Indic digits).

Right-to-left layout (when most category labels hold Arabic): category labels on the
right, bars growing leftwards from a zero line on the right, titles and axis labels
aligned right, legends with the swatch on the right. Latin-script labels get the
mirror image (left-to-right) from the same functions.

Every chart checks the numbers it draws the same way (``_check_values``): a value that
is not a number, is infinite, or is a negative count or frequency raises
:class:`helpers.errors.ArgumentError` naming the column and the values; rows with a
missing value (NaN) are left out with a :class:`ChartWarning`; a table whose values are
all 0 is drawn like a table with no rows (a titled empty figure and a ChartWarning).
"""

from __future__ import annotations

import contextlib
import functools
import re
import textwrap
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..charsets import ARABIC_INDIC_NUMBER
from ..display import column_label
from ..errors import ArgumentError, KhabarError, VisibleWarning, check_choice, check_whole
from . import reasons
from .fonts import missing_glyphs
from .labels import ellipsise, first_strong_is_ltr, has_arabic, prepare_label
from .names import group_name
from .style import chart_style

#: Largest side of a saved PNG, in pixels, and the resolution it is saved at.
MAX_SIDE_PX = 4000
SAVE_DPI = 200
#: Largest figure side in inches: 19 in x 200 dpi = 3,800 px, leaving room for the
#: 0.15 in padding of a tight bounding box.
MAX_INCHES = 19.0
#: Most groups or series one chart draws; the rest are folded into "others".
MAX_SERIES = 12
#: Name of the folded series: "others (N)".
OTHERS = "غيرها"

#: Smallest group a corpus-level chart compares (small multiples, heatmap, comparison
#: cloud): a group of 3 stories or a few hundred tokens has rates that swing on one
#: story and would top every ranking. Smaller groups are left out and named in the
#: subtitle (:func:`small_groups`).
MIN_GROUP_STORIES = 5
MIN_GROUP_TOKENS = 1000

MAX_LABEL_CHARS = 32
#: Lines a bar chart's category label may take (:func:`wrap_label`): a longer label
#: wraps between words onto this many lines of at most :data:`MAX_LABEL_CHARS`, and
#: only what is past the last line is cut with an ellipsis (session 19: «اللجنة
#: العراقية - الروسية…» was cut at 32 characters on one line).
MAX_LABEL_LINES = 2
#: Mean width of a subtitle character in ems (Noto Sans Arabic and Latin mixed, measured
#: on the rendered figures): a 7.5-inch figure takes lines of about 82 characters.
SUBTITLE_EM = 0.55
#: Legend entries per row.
LEGEND_COLUMNS = 6
PALETTE = ("#1b6a8f", "#c8553d", "#3a7d44", "#7d5ba6", "#b08d1a", "#5f6b73")
#: Colours of up to MAX_SERIES (12) series: PALETTE then six of tab10 (distinct hues).
COLOURS = (*PALETTE, "#d62728", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22")
NO_DATA = "لا توجد بيانات"  # "no data"
#: Attribute of a figure drawn as an image (a word cloud) listing its words, largest
#: first, for :func:`helpers.charts.figure_alt`: an image has no text to describe.
ALT_WORDS = "khabar_alt_words"
#: Attribute of a figure legend listing its entries in reading order, first entry first,
#: for :func:`helpers.charts.figure_alt`: a legend of several rows holds its entries
#: column by column (:func:`_reading_order`), which is not the order a reader reads.
ALT_LEGEND = "khabar_alt_legend"
#: Attribute of a figure listing its title and subtitle lines as written, before
#: :func:`_title` wrapped them to the figure's width, for :func:`helpers.charts.figure_alt`:
#: the alt text reads a sentence as one, not cut where the figure's width cut it.
ALT_TITLE = "khabar_alt_title"
#: Axis label of each value column a chart draws (its unit), in Arabic.
UNITS = {
    "per_1000": column_label("per_1000"),  # «لكل 1,000 كلمة», as the tables' header
    "count": "عدد المرات",
    "quotes": "عدد الاقتباسات",
    "words": "عدد الكلمات المقتبسة",
    "stories": "عدد القصص",
    "stories_per_100": "القصص التي تذكره من كل 100 قصة",
    "types": "عدد المفردات المختلفة",
}
#: The value of the group charts of entities: the stories of a group that mention the
#: entity per 100 stories of the group (entity counts' ``stories`` x 100 / the group's
#: stories). A story counts once however often it names the entity, so one long story
#: (a 34,000-character list naming «يوسف» 60 times) cannot make it a group's top person;
#: per 100 stories, groups of different sizes compare.
STORY_SHARE = "stories_per_100"


def cell_format(values) -> Callable[[float], str]:
    """One number format for every cell of a chart (a heatmap's numbers): the same
    decimals in each cell, enough that the first significant digit of the smallest
    nonzero magnitude shows, so no nonzero value prints as 0: none when it is 1 or more,
    one from 0.1, else two; a magnitude under 0.01 is written «<0.01» (negative:
    «>-0.01»). Thousands are separated by commas (12,400). Zero (and -0.0) is written
    ``0`` with the chosen decimals, never ``-0``. Infinities and magnitudes from
    :data:`helpers.display.WHOLE_LIMIT` (10**15) follow the tables' number rule,
    :func:`helpers.display.number_text` (``∞``, ``1e+20``, not 21 digits).

    (Python rounds half to even: at no decimals 0.5 gave «0» and 2.5 «2»; with the
    smallest magnitude >= 10**-decimals no nonzero value can round to 0.)

    ``values``: the numbers of the chart (any array-like of float; NaN, inf and zeros
    do not choose). Returns ``format(v) -> str`` for one value (``""`` is the
    caller's for zero: a blank cell; NaN gives ``nan``). No error is raised."""
    from ..display import WHOLE_LIMIT, number_text

    v = np.abs(np.asarray(values, dtype=float).ravel())
    nonzero = v[np.isfinite(v) & (v > 0)]
    least = float(nonzero.min()) if nonzero.size else 1.0
    decimals = 0 if least >= 1 else 1 if least >= 0.1 else 2
    floor = 10.0**-decimals

    def fmt(value: float) -> str:
        if value == 0:
            return f"{0.0:.{decimals}f}"
        if np.isinf(value) or abs(value) >= WHOLE_LIMIT:
            return number_text(value)
        if 0 < value < floor:
            return f"<{floor:.{decimals}f}"
        if -floor < value < 0:
            return f">-{floor:.{decimals}f}"
        return f"{value:,.{decimals}f}"

    return fmt


ENTITY_TYPE_NAMES = {
    "PERSON": "أشخاص",
    "ORG": "منظمات",
    "LOC": "أماكن",
    "NORP": "جنسيات وجماعات",
}


class ChartWarning(VisibleWarning):
    """A chart was drawn from degenerate input (no rows, empty labels, missing or all-zero
    values)."""


# --------------------------------------------------------------------------- helpers


def largest_first(totals: pd.Series | pd.DataFrame, names=None) -> list:
    """The index of ``totals`` largest first: by each column of a DataFrame in turn
    (``stories`` then ``count``), or by a Series' values, all descending; ties by the
    name's normalised form (:func:`helpers.text.normalize`), then by the name as
    written, then by the index as a string. ``names`` maps an index value to the name
    a reader sees (default: the index value as a string). The one tie rule of every
    top-N list of a chart (bars, heatmap rows, folded rows): rows of equal counts in a
    fixed order whatever the order of the table (session 17: two speakers of two
    quotations each stood in story order).

    Raises nothing; an empty ``totals`` gives ``[]``."""
    from helpers.text import normalize

    frame = totals.to_frame() if isinstance(totals, pd.Series) else totals
    values = frame.to_numpy(dtype=float)
    index = list(frame.index)

    def name(k) -> str:
        got = names.get(k, k) if isinstance(names, dict) else names[k] if names is not None else k
        return str(got)

    def key(i: int):
        written = name(index[i])
        return (*(-values[i]), normalize(written), written, str(index[i]))

    return [index[i] for i in sorted(range(len(index)), key=key)]


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
            f"{what}: {reasons.missing_values(int((~keep).sum()), columns)}",
            ChartWarning,
            stacklevel=3,
        )
        out = out.loc[keep]
    if size is not None and len(out) and (out[size].to_numpy(dtype=float) == 0).all():
        warnings.warn(
            f"{what}: {reasons.all_zero(len(out), size)}",
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
    Western digits with a thousands separator from 1,000 on (``64,000``), or, when
    asked, Arabic-Indic digits with the Arabic decimal (U+066B) and thousands (U+066C)
    separators."""
    if digits not in ("western", "arabic-indic"):
        raise ValueError(f"digits must be 'western' or 'arabic-indic', got {digits!r}")

    def fmt(value: float, _pos=None) -> str:
        value = 0.0 if abs(value) < 1e-12 else value
        if digits == "western":  # thousands separated from 1,000 on, as in the subtitles
            text = f"{value:,.10g}" if abs(value) >= 1000 else f"{value:.10g}"
            return text.replace("-", "\u2212")
        # Arabic-Indic digits, decimal (U+066B) and thousands (U+066C) separators
        return f"{value:,.10g}".translate(ARABIC_INDIC_NUMBER).replace("-", "\u2212")

    return FuncFormatter(fmt)


def wrap_label(text, max_chars: int = MAX_LABEL_CHARS, max_lines: int = MAX_LABEL_LINES) -> str:
    """A category label as a bar chart draws it, in logical order: whitespace
    collapsed; a label of at most ``max_chars`` characters whole on one line; a longer
    one wrapped between words (:func:`_wrap`, balanced lines) onto at most
    ``max_lines`` lines joined with ``"\\n"``, and what does not fit on them cut at a
    word with an ellipsis on the last line (:func:`helpers.charts.labels.ellipsise`).
    A single word longer than ``max_chars`` is cut, as before; a label that already
    has lines («سيرغي لافروف\\nوزير الخارجية») keeps them, each cut on its own.

    Example: «اللجنة العراقية - الروسية المشتركة للتعاون الاقتصادي» (52 characters)
    gives two lines, «اللجنة العراقية - الروسية» and «المشتركة للتعاون الاقتصادي».

    A label of combining marks only (harakat with no letter, «ّّّ»: no letter to keep
    them with, no width to wrap) is drawn as it is, whitespace collapsed, whatever its
    length, as a chart keeps any label that is not empty (:func:`_drop_empty`; session
    19, fixview19: it was drawn «…»).

    Raises
    ------
    ValueError
        ``max_chars`` < 2 or ``max_lines`` < 1.
    """
    if max_chars < 2 or max_lines < 1:
        raise ValueError(f"max_chars >= 2 and max_lines >= 1, got {max_chars}, {max_lines}")
    if "\n" in str(text).strip():  # lines the caller chose: kept, each cut on its own
        return ellipsise("\n".join(" ".join(x.split()) for x in str(text).split("\n")), max_chars)
    flat = " ".join(str(text).split())
    if len(flat) <= max_chars or all(unicodedata.combining(c) or c == " " for c in flat):
        return flat
    lines = _wrap(flat, max_chars) if max_lines > 1 else [flat]
    if len(lines) > max_lines:  # too long for the lines: fill the first ones, cut the last
        lines = textwrap.wrap(flat, max_chars, break_long_words=False, break_on_hyphens=False)
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return "\n".join(ellipsise(line, max_chars) for line in lines)


def _prepare(labels: Sequence, what: str, *, wrap: bool = True) -> list[str]:
    """Category labels prepared for the renderer: with ``wrap`` (every bar chart) a
    long label on up to :data:`MAX_LABEL_LINES` lines (:func:`wrap_label`); without
    (panel titles, a line chart's legend, box and heatmap rows, sized for one line) cut
    at :data:`MAX_LABEL_CHARS` with an ellipsis."""
    if wrap:
        return [prepare_label(wrap_label(s), "matplotlib") for s in labels]
    return [prepare_label(s, "matplotlib", max_chars=MAX_LABEL_CHARS) for s in labels]


def _legend_labels(labels: Sequence) -> list[str]:
    """Legend entries as drawn: never cut (a legend names a colour once, and a cut name,
    «قصة مكررة (نسخة أخرى من قصة...», names nothing), a label longer than
    :data:`MAX_LABEL_CHARS` wrapped between words onto lines of at most that width
    (:func:`_wrap`), each line prepared for the renderer (:func:`prepare_label`)."""
    out = []
    for label in labels:
        text = " ".join(str(label).split())
        lines = _wrap(text, MAX_LABEL_CHARS) if len(text) > MAX_LABEL_CHARS else [text]
        out.append(prepare_label("\n".join(lines), "matplotlib"))
    return out


def _drop_empty(df: pd.DataFrame, column: str, what: str) -> pd.DataFrame:
    labels = df[column].map(lambda s: prepare_label(s, "matplotlib", shapes=True))
    empty = labels == ""
    if empty.any():
        warnings.warn(
            f"{what}: {reasons.empty_labels(int(empty.sum()), column)}",
            ChartWarning,
            stacklevel=3,
        )
    return df.loc[~empty]


#: A number and the word after it («20,290 قصة», «17,162 قصة»): never split over two
#: title lines, where «قصة» alone would start a line.
_NUMBER_AND_WORD = re.compile(r"(\d) (?=([^\W\d_]+))")
#: A word and the year after it («يوليو 2015»، «عام 2015»): four digits standing alone
#: (counts of a thousand or more are written 1,000), so a date stays on one line.
_WORD_AND_YEAR = re.compile(r"(?<=[^\W\d_]) (?=\d{4}(?![\d,.٫٬]))")
#: «لكل» and the number after it, the rate's unit («مرات الذكر لكل 1,000 كلمة»): one line.
_RATE_UNIT = re.compile(r"(لكل) (?=\d)")
#: A name in guillemets («بقية القصص», «الشرق الأوسط»), then the same with the count in
#: brackets after it («الشرق الأوسط» (1,368 قصة)): each kept on one line when at most
#: :data:`KEEP_TOGETHER` of a line long (a longer one, a story's whole title, may break).
_QUOTED = (re.compile(r"«[^«»]*»"), re.compile(r"«[^«»]*»\u200f? \([^()]*\)"))
KEEP_TOGETHER = 0.6
#: Where a list's item starts in a title or subtitle: after «، », «: » or «؛ » (inside brackets
#: too) and at a « (» that opens a bracket. Each stretch between two such places that
#: fits on a line is kept on one line (:func:`_wrap`), so a list wraps between its items,
#: never inside one (session 22: «(خادم الحرمين / الشريفين، …)», «أيام / الأسبوع»).
_ITEM_STARTS = re.compile(r"(?<=[،:؛]) | (?=\()")


#: Where a phrase of a title or subtitle ends, coarsest first: «؛» between the parts of
#: a subtitle (what is compared; what a cell holds; the order), then «،» and «:» inside
#: one part; never inside brackets or guillemets. See :func:`_wrap`.
PHRASE_ENDS = ("؛", "،:")
#: The separator of a subtitle's parts, dropped where a wrapped line ends on it: the line
#: break parts the two phrases, and a line ending in «؛» read as cut (seen on the
#: stories-per-day chart of 2015-07-25 + 08-03: «… (26 يوليو – 2 أغسطس 2015)؛»).
LINE_END_DROPPED = "؛"
#: Brackets a phrase never ends inside: (…), «…».
_OPEN, _CLOSE = "(«", ")»"


def _split_phrases(text: str, ends: str) -> list[str]:
    """``text`` split at each space after one of the characters ``ends`` that stands
    outside brackets and guillemets (the character stays with the phrase it ends)."""
    parts, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)
        elif ch == " " and depth == 0 and i and text[i - 1] in ends:
            parts.append(text[start:i])
            start = i + 1
    return [*parts, text[start:]]


def _counted_noun(m: re.Match) -> str:
    """:data:`_NUMBER_AND_WORD`'s replacement: a number kept with the word after it (its
    noun: «40 قصة»، «27 يوليو») unless that word is a function word (Zerrouki's list,
    :func:`helpers.text.function_words`: «21 إلى»، «2015 في»): the line may break there.
    A number before another number or a sign is never kept with it («30 2015»، «5 6 7»
    ran into one unbreakable line longer than the figure)."""
    from helpers.text import function_words, normalize

    if normalize(m.group(2)) in function_words():
        return m.group(0)
    return m.group(1) + "\x00"


def _wrap(text: str, width: int) -> list[str]:
    """``text`` wrapped at spaces to lines of at most ``width`` characters (a longer
    word keeps its line, cut to ``width`` with «…»), at the ends of phrases: the text
    is split after each «؛»
    (:data:`PHRASE_ENDS`, outside brackets and guillemets), the phrases that fit on a
    line share lines, and a longer phrase gets lines of its own, split after «،» or «:»
    the same way, at last between words; where that would leave one word alone on a
    line, the whole text wraps between words (a «؛» ending a line is dropped when it is
    drawn: :func:`_drop_line_ends`). Between words, never between a number
    and its noun after it («40 قصة»; a
    function word, another number or a sign after a number may start a line:
    :func:`_counted_noun`), nor between a word and a year («27 يوليو 2015» stays whole),
    nor after the «لكل» of a rate («لكل 1,000 كلمة»), nor inside a short name in
    guillemets, and
    balanced: the lines are as even as the same number of lines allows (the narrowest
    width that wraps to as many lines as ``width`` does), so no word or count is left
    alone on the last line.

    No line is longer than ``width``: a word longer than it is cut with «…»
    (:func:`_within`).

    Example: 93 characters at ``width=90`` give two lines of 46 and 46 characters,
    not one of 82 and an orphan «20,290 قصة»."""
    kept = _NUMBER_AND_WORD.sub(_counted_noun, text)  # NUL: not a space to textwrap
    kept = _WORD_AND_YEAR.sub("\x00", kept)
    kept = _RATE_UNIT.sub("\\1\x00", kept)
    for quoted in _QUOTED:
        kept = quoted.sub(
            lambda m: (
                m.group(0).replace(" ", "\x00")
                if len(m.group(0)) <= KEEP_TOGETHER * width
                else m.group(0)
            ),
            kept,
        )
    kept = " ".join(
        item.replace(" ", "\x00") if len(item) <= width else item
        for item in _ITEM_STARTS.split(kept)
    )

    def balanced(text: str) -> list[str]:
        def wrapped(w: int) -> list[str]:
            return textwrap.wrap(text, w, break_long_words=False, break_on_hyphens=False)

        lines = wrapped(width)
        if len(lines) > 1:  # fewer lines never come from a narrower width: bisect it
            low, high = max(len(word) for word in text.split()), width
            while low < high:
                mid = (low + high) // 2
                low, high = (low, mid) if len(wrapped(mid)) <= len(lines) else (mid + 1, high)
            lines = wrapped(high)
        return lines

    def by_phrase(text: str, ends: Sequence[str]) -> list[str]:
        # phrases that fit share lines (balanced); a longer one gets lines of its own,
        # broken at the next level of PHRASE_ENDS, at last between words
        if len(text) <= width or not ends:
            return balanced(text)
        parts = _split_phrases(text, ends[0])
        if len(parts) == 1:
            return by_phrase(text, ends[1:])
        lines: list[str] = []
        run: list[str] = []
        for part in parts:
            if len(part) <= width:
                run.append(part.replace(" ", "\x00"))
                continue
            lines += balanced(" ".join(run)) if run else []
            run = []
            lines += by_phrase(part, ends[1:])
        return lines + (balanced(" ".join(run)) if run else [])

    lines = by_phrase(kept, PHRASE_ENDS)
    if len(lines) > 1 and any(len(line.replace("\x00", " ").split()) == 1 for line in lines):
        lines = balanced(kept)  # a phrase of one word alone on a line: by words
    return [piece for line in lines for piece in _within(line.replace("\x00", " "), width)]


def _within(line: str, width: int) -> list[str]:
    """``line`` (one line of :func:`_wrap`) as lines of at most ``width`` characters:
    itself when it fits; else wrapped between words, and a word still longer (a
    300-letter outlet value, a URL) cut with «…» (:func:`helpers.charts.labels.ellipsise`,
    hostfix22b: `_wrap("الصحف: " + "A" * 200, 40)` gave a 200-character line)."""
    if len(line) <= width:
        return [line]
    from helpers.charts.labels import ellipsise

    pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    return [p if len(p) <= width else ellipsise(p, max(width, 2)) for p in pieces]


def _drop_line_ends(lines: list[str]) -> list[str]:
    """``lines`` (one text wrapped) as drawn: a line but the last that ends on
    :data:`LINE_END_DROPPED` («؛») loses it, the line break parting the phrases."""
    return [
        line[: -len(LINE_END_DROPPED)].rstrip()
        if i < len(lines) - 1 and line.endswith(LINE_END_DROPPED)
        else line
        for i, line in enumerate(lines)
    ]


def _sides_apart(line: str, width: int) -> list[str]:
    """A line longer than ``width``: when it is only the two sides compared, «A (n) مقابل
    B (m)», one side a line if each fits on one (``["A (n)", "مقابل B (m)"]``); any
    other line (the sides and more, after «؛») wrapped evenly by :func:`_wrap` (side A
    alone on its line above a wrapped rest left an orphan: «… جانبان،» / «7,375 قصة»)."""
    head, sep, tail = line.partition(" مقابل ")
    if sep and "؛" not in tail and len(head) <= width and len(tail) + 6 <= width:
        return [head, f"مقابل {tail}"]
    return _wrap(line, width) or [line]


def _title_x(fig: Figure, rtl: bool) -> float:
    """Where a figure's title ends (right-to-left) or starts, as a fraction of its
    width: at the constrained layout's side padding (``w_pad``, inches), the edge the
    layout keeps every axis, tick label and legend inside, so a long label right of its
    bars (an entity name, a heatmap row) never runs past the title's edge; 1 % of the
    width for a figure drawn as a picture (an axes switched off: a word cloud, whose
    image stops short of the padding) or without constrained layout. Panels drawn after
    the title (small multiples) have their axes on."""
    engine = fig.get_layout_engine()
    picture = any(not ax.axison for ax in fig.axes)
    if isinstance(engine, ConstrainedLayoutEngine) and not picture:
        pad = engine.get()["w_pad"] / fig.get_figwidth()
    else:
        pad = 0.01
    return 1.0 - pad if rtl else pad


def phrases_inches(title: str | None, subtitle: str | None) -> float:
    """The width in inches a figure needs for :func:`_title` to set ``title`` on one
    line and each phrase of ``subtitle`` (its parts between «؛» and line breaks) on a
    line of its own: :func:`_title`'s characters a line (:data:`SUBTITLE_EM` ems of 13
    pt a title character, of 12 pt a subtitle's) read backwards, plus a tenth of an
    inch. A narrow figure (a heatmap of one group) wrapped its subtitle inside phrases
    («الكيانات التي تذكرها / أكثر القصص», session 17); widened to this, it wraps only
    between them. Raises nothing; 0 without text."""
    longest_title = len(title or "")
    phrases = [p.strip() for line in (subtitle or "").split("\n") for p in line.split("؛")]
    longest = max((len(p) + len(LINE_END_DROPPED) for p in phrases if p), default=0)
    need = max(longest_title * 13, longest * 12) * SUBTITLE_EM / 72.0
    return need + 0.1 if need else 0.0


def _title(
    ax_or_fig, title: str | None, rtl: bool, family: list[str], subtitle: str | None = None
) -> None:
    """Title of a figure (``suptitle``) or of one panel, right-aligned when ``rtl``.

    ``subtitle`` (what is compared with what, how many stories on each side) is drawn as
    a second, smaller line under the title of a figure, or as a second line of a panel
    title."""
    if not title and not subtitle:
        return
    if isinstance(ax_or_fig, Figure):
        written = [title or "", *(subtitle or "").split("\n")]
        setattr(ax_or_fig, ALT_TITLE, [line for line in written if line.strip()])
    text = prepare_label(title or "", "matplotlib")
    if isinstance(ax_or_fig, Figure):
        # a title longer than the figure is wide is wrapped at spaces, so it never runs
        # off the figure nor widens it («الكلمات المفتاحية: ما يميز «الرياض» عن ...»)
        width = int(ax_or_fig.get_figwidth() * 72 / (13 * SUBTITLE_EM))
        if len(text) > width:
            text = "\n".join(_drop_line_ends(_sides_apart(text, width)))
    if isinstance(ax_or_fig, Figure) and subtitle:
        # lines longer than the figure is wide are wrapped at spaces, not cut off
        # (a tight bounding box would otherwise widen the PNG past the chart)
        width = int(ax_or_fig.get_figwidth() * 72 / (12 * SUBTITLE_EM))
        subtitle = "\n".join(
            wrapped
            for line in subtitle.split("\n")
            for wrapped in (
                _drop_line_ends(_sides_apart(line, width)) if len(line) > width else [line]
            )
        )
    if subtitle and rtl:
        # U+200F first: a line that starts with a Latin name or a number ("outlet: 12
        # مجموعة") is still laid out right to left (matplotlib lays out each line alone)
        subtitle = "\n".join(f"\u200f{line}" for line in subtitle.split("\n"))
    if isinstance(ax_or_fig, Figure):
        if subtitle:
            # one Text holds both lines so that constrained layout makes room for both
            text = f"{text}\n{prepare_label(subtitle, 'matplotlib')}" if text else subtitle
        ax_or_fig.suptitle(
            text,
            x=_title_x(ax_or_fig, rtl),
            ha="right" if rtl else "left",
            fontfamily=family,
            fontsize=13 if not subtitle else 12,
            parse_math=False,
        )
    else:
        if subtitle:
            text = f"{text}\n{prepare_label(subtitle, 'matplotlib')}" if text else subtitle
        ax_or_fig.set_title(
            text, loc="right" if rtl else "left", fontfamily=family, parse_math=False
        )


def is_empty_figure(fig) -> bool:
    """Is ``fig`` the titled empty figure a chart draws when it has nothing to draw
    (:func:`_empty_figure`, which marks it)? Any other object, a figure or not: False.
    Raises nothing."""
    return getattr(fig, "khabar_empty", False) is True


def _empty_figure(
    title: str | None, what: str, family: list[str], reason: str = reasons.NO_ROWS
) -> Figure:
    """The titled empty figure of a chart with nothing to draw, with a
    :class:`ChartWarning` «``what``: ``reason``» and :data:`reasons.EMPTY_SUFFIX`
    (``reason`` one of :mod:`helpers.charts.reasons`, Arabic: a notebook shows it after
    «لم يُرسم الشكل»)."""
    warnings.warn(
        f"{what}: {reason}{reasons.EMPTY_SUFFIX}",
        ChartWarning,
        stacklevel=3,
    )
    fig = Figure(figsize=(7, 2.5), layout="constrained")
    fig.khabar_empty = True  # read by is_empty_figure; not drawn, not saved
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
    bar_colors: Sequence[str] | None = None,
    bar_height: float | None = None,
    hatch_alpha: float = 0.45,
) -> None:
    """Horizontal (grouped) bars, first label at the top; values has shape (n, k).

    ``colors`` gives one colour per group (column); ``bar_colors`` (one group only) one
    colour per bar, e.g. by the sign of a keyness statistic. ``bar_height`` overrides the
    drawn bar thickness (default 95 % of the group's slot). Bars where ``hatches`` is
    True are hatched and drawn with ``hatch_alpha`` (not significant, say)."""
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
            y + offset if k > 1 else y,
            values[:, j],
            height=bar_height if bar_height is not None else height * 0.95,
            color=bar_colors if bar_colors is not None else colors[j % len(colors)],
            label=groups[j] if groups else None,
        )
        if hatches is not None:
            for bar, hatched in zip(bars, hatches[:, j], strict=True):
                if hatched:
                    bar.set_hatch("///")
                    bar.set_alpha(hatch_alpha)
    ax.set_yticks(y, labels, fontfamily=family, parse_math=False)
    if any("\n" in str(label) for label in labels):
        # a label of several lines centred on its bar, its lines close together (the
        # tick default, centre_baseline, hangs the lines below the bar, between two
        # bars); both sides' labels, as a right-to-left chart shows label2
        for tick in ax.yaxis.get_major_ticks():
            for text in (tick.label1, tick.label2):
                text.set_verticalalignment("center")
                text.set_linespacing(1.0)
    ax.set_ylim(n - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    reading_direction(ax, rtl)
    ax.axvline(0, color="#333333", linewidth=0.8)


def reading_direction(ax, rtl: bool) -> None:
    """The one direction rule of a chart whose values run along x beside a column of
    labels (bars, boxes): right to left (``rtl``, an Arabic chart) the value axis grows
    leftwards from 0 at the right, the labels stand on the right, and the left spine
    goes; left to right, the right spine goes. Every such chart calls this (bar charts
    through :func:`_hbars`, the cleaning chart, the story lengths' boxes: session 21, a
    newcomer saw the boxes run left to right under bars that grow leftwards). Call it
    once, after the data are drawn and before :func:`value_axis` (which keeps the
    axis's direction)."""
    if rtl:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.spines["left"].set_visible(False)
    else:
        ax.spines["right"].set_visible(False)


def legend_columns(labels: Sequence[str], width_chars: int = 96) -> int:
    """Legend entries a row so that a row of ``labels`` fits about ``width_chars``
    characters (at least 1, at most :data:`LEGEND_COLUMNS`)."""
    longest = max(  # a wrapped label (:func:`_legend_labels`) by its longest line
        (max(len(line) for line in str(s).split("\n")) + 4 for s in labels), default=1
    )
    return max(1, min(LEGEND_COLUMNS, len(labels), width_chars // longest))


def _fig_legend(
    fig, rtl: bool, family: list[str], handles, labels=None, ncols: int | None = None
) -> None:
    """A legend below the plot, outside the axes; for right-to-left charts the first
    entry is on the right and each swatch is to the right of its text. At most
    :data:`LEGEND_COLUMNS` entries a row (a legend never widens the figure past a page)."""
    if labels is None:
        labels = [h.get_label() for h in handles]
    ncols = ncols or min(len(handles), LEGEND_COLUMNS)
    entries = [str(label) for label in labels]
    handles, labels = _reading_order(list(handles), list(labels), ncols, rtl)
    legend = fig.legend(
        handles,
        labels,
        loc="outside lower center",
        ncols=ncols,
        markerfirst=not rtl,
        prop={"family": family},
        frameon=False,
    )
    for text in legend.get_texts():  # a wrapped entry's lines flush with its swatch
        text.set_multialignment("right" if rtl else "left")
    setattr(legend, ALT_LEGEND, entries)  # the entries in reading order, for the alt text


def _reading_order(handles: list, labels: list, ncols: int, rtl: bool) -> tuple[list, list]:
    """Legend entries placed so that they read in order along each row, from the right
    for ``rtl``. matplotlib fills a legend column by column, so a legend of several
    rows is given its entries column by column, padded with invisible entries where the
    last row is short; a one-row legend is only reversed for ``rtl``."""
    n = len(handles)
    if ncols >= n:
        return (handles[::-1], labels[::-1]) if rtl else (handles, labels)
    nrows = -(-n // ncols)
    out_h, out_l = [], []
    for col in range(ncols):
        logical = ncols - 1 - col if rtl else col
        for row in range(nrows):
            k = row * ncols + logical
            if k < n:
                out_h.append(handles[k])
                out_l.append(labels[k])
            else:
                out_h.append(Patch(visible=False))
                out_l.append("")
    return out_h, out_l


#: Room past a value axis's end tick, a share of the axis span (:func:`value_axis`).
END_ROOM = 0.02


def value_axis(
    ax,
    values,
    *,
    axis: str = "x",
    nbins: int | str = "auto",
    symmetric: bool = False,
) -> np.ndarray:
    """The value axis of a bar chart ends on a tick at or past its longest bar.

    The one rule of every bar chart's value axis (a newcomer's 02_top_terms_by_group on
    a real subset ticked 0-3 with bars to 3.9, the axis ending unlabelled at 4.1):
    matplotlib's :class:`~matplotlib.ticker.MaxNLocator` (steps 1, 2, 2.5, 5, 10 of a
    power of ten; whole steps when every value is whole) picks the ticks of 0 ..
    the largest value, and the axis runs from 0 to the first tick at or past it, the
    ticks fixed there. ``symmetric`` (signed bars, the keyness chart) runs from minus
    that tick to plus it, by the largest absolute value. The axis keeps its direction
    (an inverted right-to-left axis stays inverted).

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        The bars' axes, already drawn (its size gives the ticks' room with ``"auto"``).
    values : array-like of float
        The bars' lengths (stacked bars: their totals); non-finite values are ignored.
    axis : {"x", "y"}
        The value axis: ``"x"`` for horizontal bars, ``"y"`` for vertical ones.
    nbins : int or "auto"
        Most intervals between ticks (``MaxNLocator``'s ``nbins``): 3 in a narrow panel.

    Returns
    -------
    numpy.ndarray
        The ticks drawn (floats, ascending); the last is the one the axis ends just
        past.
    """
    from matplotlib.ticker import FixedLocator

    vals = np.asarray(values, dtype=float).ravel()
    vals = np.abs(vals[np.isfinite(vals)]) if symmetric else vals[np.isfinite(vals)]
    top = float(vals.max()) if vals.size else 0.0
    top = top if top > 0 else 1.0
    whole = bool(vals.size) and bool(np.all(vals == np.round(vals)))
    locator = MaxNLocator(nbins=nbins, steps=[1, 2, 2.5, 5, 10], integer=whole, min_n_ticks=2)
    axis_obj = ax.xaxis if axis == "x" else ax.yaxis
    locator.set_axis(axis_obj)
    low = -top if symmetric else 0.0
    ticks = np.asarray(locator.tick_values(low, top), dtype=float)
    end = float(ticks[ticks >= top - 1e-9 * top].min())
    start = -end if symmetric else 0.0
    ticks = ticks[(ticks >= start - 1e-9 * end) & (ticks <= end + 1e-9 * end)]
    inverted = axis_obj.get_inverted()
    # a hair past the end tick: a bar as long as it never sits on the axes' edge, where
    # the layout's float noise turned its last pixel column between two saves
    pad = END_ROOM * (end - start)
    lim = (end + pad, start - pad * symmetric) if inverted else (start - pad * symmetric, end + pad)
    (ax.set_xlim if axis == "x" else ax.set_ylim)(*lim)
    axis_obj.set_major_locator(FixedLocator(ticks))
    return ticks


def _max_lines(labels: Sequence[str]) -> int:
    """Most lines in one label: a two-line label needs a row twice as tall."""
    return max((s.count("\n") + 1 for s in labels), default=1)


def _check_glyphs(texts: Sequence[str], font) -> None:
    missing_glyphs([t for t in texts if t], font, renderer="matplotlib")


def safe_text(value) -> str:
    """``value`` as text a figure may draw: bidi embeddings, overrides and isolates
    (U+202A-U+202E, U+2066-U+2069) removed and other control characters made spaces
    (:func:`helpers.corpus.clean.strip_controls`, the one rule for story text), so a
    story id such as ``"\u202eevil-01"`` is drawn ``evil-01``, never reversed; and the
    directional marks LRM, RLM, ALM (:data:`helpers.charsets.DIRECTION_MARKS`) removed:
    the figure sets the name's direction itself (:func:`bidi_name`)."""
    from helpers.charsets import WITHOUT_DIRECTION_MARKS
    from helpers.corpus.clean import strip_controls

    return strip_controls(str(value))[0].translate(WITHOUT_DIRECTION_MARKS)


def _story_name(story_names: dict | None, story_id) -> str:
    """A story's display name: its name in ``story_names``, else its id; bidi-safe
    (:func:`safe_text`)."""
    return safe_text((story_names or {}).get(story_id, story_id))


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
        return safe_text(story_names[ids[0]])
    if rest:
        return REST_NAME
    if len(ids) == 1:
        return safe_text(ids[0])
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


# --------------------------------------------------------------------------- shared parts


@contextlib.contextmanager
def drawing(font: str | Path | None = None) -> Iterator[list[str]]:
    """Inside the block khabar's chart style is in force; yields the font family list.

    Raises :class:`helpers.errors.FontError` for a bad ``font`` path."""
    with mpl.rc_context(chart_style(font)):
        yield mpl.rcParams["font.family"]


def new_figure(width: float, height: float, **kwargs) -> Figure:
    """A constrained-layout figure of ``width`` x ``height`` inches, each side clamped
    to :data:`MAX_INCHES` (so at most 4,000 px a side at 200 dpi) and at least 1 inch."""
    w = float(min(max(width, 1.0), MAX_INCHES))
    h = float(min(max(height, 1.0), MAX_INCHES))
    return Figure(figsize=(w, h), layout="constrained", **kwargs)


#: Height of one bar row, in ems of its label: the ink of an Arabic label runs from the
#: top of an alef or lam to the dots under a yeh, 1.2-1.45 em in Noto Sans Arabic (measured
#: on «إبراهيم بن أحمد الغبان» and a shadda-and-hamza line at 11 pt), plus a gap, so that
#: a label never reaches the next row's label whatever the number of rows.
ROW_EM = 1.7
#: Height of one line of a figure's title or subtitle, in ems: the line height Noto Sans
#: Arabic sets (0.35 in at 12 pt, measured with matplotlib's Agg renderer).
HEADING_LINE_EM = 2.1


def row_inches(fontsize: float | None = None) -> float:
    """Height in inches of one bar row whose label is set at ``fontsize`` points
    (default: the tick label size in force, 11 pt in khabar's style): :data:`ROW_EM`
    ems, 0.26 in at 11 pt."""
    size = float(fontsize if fontsize is not None else mpl.rcParams["font.size"])
    return ROW_EM * size / 72.0


def text_inches(text: str, family=None, size: float | None = None) -> float:
    """The width in inches of ``text`` set in ``family`` (default: the font family in
    force) at ``size`` points (default: the tick labels' size in force, 11 pt in khabar's
    style), measured on the font's outlines (:class:`matplotlib.textpath.TextPath`), so
    no figure is drawn to decide a layout. Letters are not joined (no shaping), which
    changes an Arabic word's width by a few per cent."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextPath

    prop = FontProperties(
        family=family if family is not None else mpl.rcParams["font.family"],
        size=size if size is not None else mpl.rcParams["xtick.labelsize"],
    )
    if not text:
        return 0.0
    return TextPath((0, 0), text, prop=prop).get_extents().width / 72.0


def heading_inches(fig: Figure) -> float:
    """Height in inches that the figure's title and subtitle take (0 without one): its
    lines, as :func:`_title` wrapped them to the figure's width, times
    :data:`HEADING_LINE_EM` ems of its font size."""
    title = fig._suptitle
    if title is None or not title.get_text():
        return 0.0
    lines = title.get_text().count("\n") + 1
    return lines * HEADING_LINE_EM * float(title.get_fontsize()) / 72.0


#: Least thickness of one bar of a row of grouped bars (one bar a story or group), in
#: inches: 0.14 in is 28 px at 200 dpi, a bar still told from its neighbour.
BAR_INCHES = 0.14
#: Height of a panel's title (13 pt, one line) above its axes, in inches.
PANEL_TITLE_INCHES = 0.45
#: Height of a value axis and its tick labels under the bars, in inches.
TICKS_INCHES = 0.5
#: Height of a small-multiples panel besides its rows: its title above, its value axis
#: and tick labels below.
PANEL_INCHES = PANEL_TITLE_INCHES + TICKS_INCHES
#: Height of the value axis label under the bottom row of panels, in inches.
XLABEL_INCHES = 0.45
#: Height of one row of a legend under the plot (11 pt entries and their gap), in inches.
LEGEND_ROW_INCHES = 0.4


def category_inches(lines: int = 1, bars: int = 1, fontsize: float | None = None) -> float:
    """Height in inches of one category of a bar chart: a label of ``lines`` lines beside
    ``bars`` bars (:data:`BAR_INCHES` each), whichever needs more. A label of one line
    takes :func:`row_inches` (:data:`ROW_EM`); each further line adds the font's line
    height, :data:`HEADING_LINE_EM` ems (a two-line label at 11 pt: 0.2597 + 0.3208 in).
    The one rule of every bar chart's rows: per story, per group, keyness."""
    size = float(fontsize if fontsize is not None else mpl.rcParams["font.size"])
    label = row_inches(size) + (max(1, lines) - 1) * HEADING_LINE_EM * size / 72.0
    return max(label, max(1, bars) * BAR_INCHES)


def legend_inches(
    entries: int, ncols: int | None = None, lines: int = 1, fontsize: float | None = None
) -> float:
    """Height in inches of a legend of ``entries`` entries in rows of ``ncols`` (default
    :data:`LEGEND_COLUMNS`), as :func:`_fig_legend` draws it; 0 for no entries. A row
    whose longest entry is wrapped to ``lines`` lines (:func:`_legend_labels`) is taller
    by the font's line height, :data:`HEADING_LINE_EM` ems at ``fontsize`` (default: the
    size in force, 11 pt) for each line after the first: 7 entries in rows of 3 with a
    two-line entry, 3 x (0.4 + 0.3208) in = 2.1625 in."""
    if entries <= 0:
        return 0.0
    ncols = ncols or min(entries, LEGEND_COLUMNS)
    size = float(fontsize if fontsize is not None else mpl.rcParams["font.size"])
    row = LEGEND_ROW_INCHES + (max(1, lines) - 1) * HEADING_LINE_EM * size / 72.0
    return -(-entries // ncols) * row


def rows_that_fit(fig: Figure, rows: int, per_row: float, other_inches: float, what: str) -> int:
    """How many of ``rows`` categories of ``per_row`` inches fit in :data:`MAX_INCHES`
    beside the figure's title (:func:`heading_inches`, so set the title first) and
    ``other_inches`` (axes, legend): ``rows`` when they all fit, else fewer (at least 1)
    with a :class:`ChartWarning` naming ``what``. Rows that do not fit are dropped,
    never squeezed over each other."""
    room = MAX_INCHES - heading_inches(fig) - other_inches
    fits = max(1, int(room / per_row)) if per_row > 0 else rows
    if fits < rows:
        warnings.warn(
            f"{what}: {reasons.rows_cut(rows, fits, MAX_INCHES)}",
            ChartWarning,
            stacklevel=3,
        )
        return fits
    return rows


def fit_height(fig: Figure, body_inches: float) -> None:
    """Make ``fig`` as tall as its title block (:func:`heading_inches`) plus
    ``body_inches`` (the rows, panel titles, axes and legends it draws under it), so a
    title that wraps to four lines adds height instead of squeezing the rows; clamped to
    :data:`MAX_INCHES` as :func:`new_figure`."""
    height = min(max(heading_inches(fig) + body_inches, 1.0), MAX_INCHES)
    fig.set_size_inches(fig.get_figwidth(), height)


#: Colour of a folded «غيرها (N)» series: grey, never a group's colour.
OTHERS_COLOUR = "#b5b5b5"


def group_order(sizes) -> list:
    """The one rule for the order of a run's groups (outlets...) in every figure:
    stories, most first, ties by the name a reader sees (:func:`group_name`).

    ``sizes``: mapping or Series ``{group: stories}`` (numbers). Returns the groups as a
    list (the keys of ``sizes``). Charts take it as ``order=`` (stacks, legends,
    panels, heatmap columns, the lines kept) and :func:`group_colours` gives each group
    its colour from it, so an outlet has one place and one colour in every figure."""
    sizes = pd.Series(sizes, dtype=float)
    return sorted(sizes.index, key=lambda g: (-float(sizes[g]), group_name(g), str(g)))


def _place(order: Sequence | None) -> dict[str, int]:
    """``{value or shown name: place}`` of ``order``: a group matches its place by its
    value (``aawsat``) or by its shown name («الشرق الأوسط»), since tables carry either."""
    place: dict[str, int] = {}
    for i, g in enumerate(order or ()):
        place.setdefault(str(g), i)
        place.setdefault(group_name(g), i)
    return place


def in_group_order(groups: Sequence, order: Sequence | None) -> list:
    """``groups`` in the run's group order ``order`` (:func:`group_order`), each matched
    by its value or its shown name; groups not in ``order`` follow in their own
    sequence. ``order=None`` keeps ``groups`` as they are."""
    groups = list(groups)
    if order is None:
        return groups
    place = _place(order)

    def where(g):
        return place.get(str(g), place.get(group_name(g)))

    known = [g for g in groups if where(g) is not None]
    return sorted(known, key=where) + [g for g in groups if where(g) is None]


def group_colours(groups: Sequence, order: Sequence | None = None) -> dict:
    """The one rule for a group's colour: :data:`COLOURS` at the group's place in the
    run's group order ``order`` (:func:`group_order`; matched by value or shown name),
    so the same outlet has the same colour in every figure of a run; a group not in
    ``order`` takes the next place after it, in the sequence of ``groups``; a folded
    «غيرها (N)» series is :data:`OTHERS_COLOUR`. Returns ``{group: colour}`` for
    ``groups``."""
    place = _place(order if order is not None else groups)
    extra = len(order) if order is not None else len(groups)
    out = {}
    for g in groups:
        if str(g).startswith(OTHERS):
            out[g] = OTHERS_COLOUR
            continue
        at = place.get(str(g), place.get(group_name(g)))
        if at is None:
            at, extra = extra, extra + 1
        out[g] = COLOURS[at % len(COLOURS)]
    return out


def bidi_name(text) -> str:
    """``text`` followed by U+200F RIGHT-TO-LEFT MARK, for a name (``okaz``, a story id,
    a date) set inside Arabic text: without it a number after a Latin name is attached
    to the name by the bidi algorithm (UAX #9 rule W7) and ``okaz · 85 قصة`` reads
    "قصة okaz · 85". Bidi controls in ``text`` are removed (:func:`safe_text`).

    A name whose first strong character is Latin (UAX #9 class L) is also set between
    two U+200E LEFT-TO-RIGHT MARKs, so the neutral characters at its ends (= @ ( ) - ")
    stay with it: without them a neutral between the Arabic before the name and its
    first Latin letter takes the line's right-to-left direction (UAX #9 rule N2) and
    ``-sabq`` is drawn ``sabq-``, ``@alarabiya`` ``alarabiya@`` (session 20; viewed as
    drawn by matplotlib 3.11 with libraqm, which honours the marks). A name that starts
    with an Arabic letter, or has no strong character, keeps its characters as they
    are, so the figures drawn before stay byte-identical.

    >>> bidi_name("-sabq") == "\u200e-sabq\u200e\u200f"
    True
    >>> bidi_name("سبق-") == "سبق-\u200f"
    True
    """
    name = safe_text(text)
    if first_strong_is_ltr(name):
        return f"\u200e{name}\u200e\u200f"
    return f"{name}\u200f"


def others_name(folded: int) -> str:
    """Name of the series that holds ``folded`` groups folded together: ``غيرها (N)``."""
    return f"{OTHERS} ({folded})"


def fold_others(
    table: pd.DataFrame,
    group: str,
    value: str,
    *,
    max_groups: int = MAX_SERIES,
    order: Sequence | None = None,
) -> pd.DataFrame:
    """Keep at most ``max_groups`` values of column ``group``: the largest by the sum
    of ``value``, and one more row set named :func:`others_name` holding the rest.

    Parameters
    ----------
    table : pandas.DataFrame
        Any long table with columns ``group`` and ``value`` (numeric).
    group, value : str
        Column names.
    max_groups : int
        Most groups kept, "others" included (>= 2).
    order : sequence, optional
        Groups in the order to keep them (default: by total ``value``, largest first,
        ties in order of first appearance).

    Returns
    -------
    pandas.DataFrame
        ``table`` unchanged when it has at most ``max_groups`` groups; otherwise the
        rows of the ``max_groups - 1`` largest groups unchanged and the others' rows
        with ``group`` set to ``"غيرها (N)"`` (N = number of groups folded), as strings.
        Callers sum rows with the same keys. ``attrs["folded"]`` = N (0 when nothing
        was folded).

    Raises
    ------
    helpers.errors.ArgumentError
        ``max_groups`` < 2.
    """
    max_groups = check_whole(max_groups, "fold_others", "max_groups", minimum=2)
    if order is None:
        totals = table.groupby(group, sort=False)[value].sum()
        order = list(totals.sort_values(ascending=False, kind="stable").index)
    else:
        order = [g for g in order if g in set(table[group])]
        order += [g for g in dict.fromkeys(table[group]) if g not in set(order)]
    out = table.copy()
    out.attrs["folded"] = 0
    if len(order) <= max_groups:
        return out
    keep = set(order[: max_groups - 1])
    folded = len(order) - (max_groups - 1)
    mask = ~out[group].isin(keep)
    out[group] = out[group].astype(object)
    out.loc[mask, group] = others_name(folded)
    out.attrs["folded"] = folded
    return out


@functools.lru_cache(maxsize=1)
def _counted_nouns() -> dict[str, dict[str, str]]:
    """Rows of ``data/counted_nouns.tsv``: noun -> {column of the header: form}, read by
    :func:`helpers.io.read_data_rows` (an ``ArgumentError`` names the file and line of a
    row edited badly)."""
    from helpers.io import read_data_rows

    header, rows = read_data_rows("helpers.charts", "counted_nouns.tsv", None)
    return {row[0]: dict(zip(header[1:], row[1:], strict=True)) for row in rows}


#: The grammatical cases :func:`counted` takes: ``nominative`` (subject, predicate, a
#: phrase standing alone: «قصتان»), ``oblique`` (genitive or accusative: after a
#: preposition such as في، من، على، بـ، or after مقابل: «في قصتين»).
CASES = ("nominative", "oblique")


def _whole_count(n) -> int:
    """``n`` as a count for :func:`counted`: a whole number >= 0 (an int, a whole float,
    a numpy integer). Raises :class:`~helpers.errors.ArgumentError` for anything else
    (1.9, -2, NaN, None, a string): «قصة واحدة» for 1.9 would be a wrong sentence."""
    import numbers

    if isinstance(n, bool) or not isinstance(n, numbers.Real):
        raise ArgumentError(f"counted: n must be a whole number of things, got {n!r}")
    if n != n or n < 0 or n != int(n):
        raise ArgumentError(f"counted: n must be a whole number >= 0, got {n!r}")
    return int(n)


def counted(n: int, noun: str, case: str = "nominative") -> str:
    """``n`` of ``noun`` in Arabic, the counted noun agreeing with the number and the
    phrase's case (the one rule every chart subtitle uses): 1 مجموعة واحدة, 2 مجموعتان
    (nominative) / مجموعتين (oblique: «وردت في قصتين»), 3–10 مجموعات (plural),
    11–99 مجموعة / كياناً (singular, accusative), 0 and 100, 1,000... مجموعة / كيان
    (singular); past 100 the last two digits decide (103 قصص, 111 قصة). Only the dual
    changes its written form with the case: after 3–10 the noun is the number's genitive,
    after 11–99 its accusative tamyiz, whatever the case of the phrase (W. Wright, *A
    Grammar of the Arabic Language*, 3rd ed., vol. II §99-§101).

    The forms are data (``helpers/charts/data/counted_nouns.tsv``): قصة، مجموعة، كلمة،
    نقطة، كيان، سطر، اقتباس، متحدث، يوم، أسبوع، شهر، مرة، صحيفة، جانب، فترة، كاتب،
    مكان، شخص، منظمة، اسم، عبارة، صف (a table row), رمز (a token; both session 19).
    Digits are Western with a thousands separator (``1,234 قصة``), as on the axes.

    Parameters
    ----------
    n : int
        The number (>= 0).
    noun : str
        A row of the table (its singular).
    case : str
        ``"nominative"`` (default: a phrase standing alone, a subject) or ``"oblique"``
        (after a preposition or مقابل, an object): :data:`CASES`.

    Raises
    ------
    helpers.errors.ArgumentError
        ``noun`` is not in the table (the message lists the nouns it has), ``case``
        is not one of :data:`CASES`, or ``n`` is not a whole number >= 0.
    """
    forms = _counted_nouns().get(noun)
    if forms is None:
        raise ArgumentError(
            f"counted: no counted forms for noun {noun!r}; known: {', '.join(_counted_nouns())}",
            hint="add a row to helpers/charts/data/counted_nouns.tsv",
        )
    check_choice(case, CASES, "counted", "case")
    n = _whole_count(n)
    if n == 1:
        return forms["one"]
    if n == 2:
        return forms["two" if case == "nominative" else "two_oblique"]
    last = n % 100
    word = forms["plural" if 3 <= last <= 10 else "tamyiz" if last >= 11 else "hundred"]
    return f"{n:,} {word}"


def tied_beyond(values: Sequence, n: int) -> int:
    """How many rows after the first ``n`` of ``values`` (a chart's ranking values,
    largest first: the order it draws its top ``n`` in; a tuple per row when a second
    column breaks ties, e.g. ``(stories_per_100, count)``) equal the ``n``-th: the rows a
    top-``n`` cut leaves out inside a tie (0 when nothing is cut or the cut falls between
    two values). The one rule of the top-``n`` charts' tie notes (:func:`tie_note`,
    :func:`panel_tie_note`). Which of the tied rows are drawn is only the chart's
    documented last sort key (``term``, ``entity_id``, ``speaker_id`` or the name, in
    code-point order), so the same table always draws the same rows."""
    values = list(values)
    if n <= 0 or len(values) <= n:
        return 0
    last = values[n - 1]
    return sum(1 for v in values[n:] if v == last)


#: What a top-``n`` chart's tie note calls equal, by the value it ranks by
#: (:func:`tie_note`); any other value: «بالتكرار نفسه» (a count or a rate of a word,
#: an entity's mentions).
SAME_VALUE = {
    "quotes": "بعدد الاقتباسات نفسه",
    "words": "بعدد الكلمات المقتبسة نفسه",
    STORY_SHARE: "بالنسبة نفسها",
    # entity_heatmap's rows: the stories that mention an entity, ties by mentions
    "stories": "بعدد القصص ومرات الذكر نفسه",
}


def same_value(value: str) -> str:
    """The phrase of :data:`SAME_VALUE` for a chart ranked by column ``value``
    («بالتكرار نفسه» by default)."""
    return SAME_VALUE.get(value, "بالتكرار نفسه")


def other_word(n: int, noun: str) -> str:
    """«other» agreeing with ``n`` of ``noun`` (nominative): a feminine noun (gender
    ``f`` of ``counted_nouns.tsv``) أخرى, dual أخريان; a masculine one آخر, dual آخران,
    and after 3-10 (a plural) أخرى for a thing (``m``: «3 كيانات أخرى»), آخرين for a
    person (``mh``: «3 متحدثين آخرين», the plural's genitive); 11-99 and 0, 100...
    (a singular) آخر / أخرى (Wright, *Grammar*, vol. II §99-§101, as :func:`counted`).
    Raises :class:`helpers.errors.ArgumentError` as :func:`counted`."""
    counted(n, noun)  # the same checks (a known noun, a whole n >= 0)
    gender = _counted_nouns()[noun]["gender"]
    last = n % 100
    if n == 2:
        return "أخريان" if gender == "f" else "آخران"
    if gender == "f":
        return "أخرى"
    if 3 <= last <= 10:
        return "آخرين" if gender == "mh" else "أخرى"
    return "آخر"


def tie_note(values: Sequence, n: int, noun: str = "كلمة", same: str | None = None) -> str | None:
    """The note of a top-``n`` chart whose cut falls inside a tie (:func:`tied_beyond`):
    ``و11 كلمة أخرى بالتكرار نفسه خارج الرسم`` (the rows not drawn that have the value
    of the last bar drawn; which of the tied rows are drawn is only their order, e.g.
    alphabetical), else None. ``noun``: a row of
    ``helpers/charts/data/counted_nouns.tsv`` (:func:`counted`; «other» agrees with it,
    :func:`other_word`): كلمة، عبارة، كيان، متحدث... ``same``: what is equal
    (:func:`same_value`; default «بالتكرار نفسه»).

    Raises :class:`helpers.errors.ArgumentError` as :func:`counted` (an unknown noun)."""
    k = tied_beyond(values, n)
    if not k:
        return None
    return f"و{counted(k, noun)} {other_word(k, noun)} {same or same_value('')} خارج الرسم"


def panel_tie_note(
    cuts: Sequence[tuple[str, int]], noun: str = "كلمة", same: str | None = None
) -> str | None:
    """The tie note of a chart of panels (one top ``n`` a panel: small multiples, entity
    types, two stories back to back): ``cuts`` is (panel name, :func:`tied_beyond` of
    that panel) in panel order; the panels with a tie at their cut are named, in that
    order: ``خارج الرسم بالتكرار نفسه لآخر شريط: 3 كلمات في «عكاظ»، كلمتان في
    «الرياض»``; None when no panel's cut falls inside a tie. ``noun`` and ``same`` as
    :func:`tie_note`. Raises as :func:`counted`."""
    named = [f"{counted(k, noun)} في «{bidi_name(name)}»\u200f" for name, k in cuts if k]
    if not named:
        return None
    return f"خارج الرسم {same or same_value('')} لآخر شريط: " + "، ".join(named)


def stories_phrase(n: int, case: str = "nominative") -> str:
    """``n`` stories in Arabic: ``counted(n, "قصة", case)``: قصة واحدة (1), قصتان (2;
    قصتين oblique), 3–10 قصص, 11 قصة and above (ending 03–10: قصص), 0 قصة."""
    return counted(n, "قصة", case)


def comparison_subtitle(
    target_name: str, n_target: int, reference_name: str | None = None, n_reference: int = 0
) -> str:
    """The line that says what a chart compares: ``«A» (12 قصة) مقابل «B» (3 قصص)``, or
    for one side only ``«A» (12 قصة)``. A name longer than :data:`MAX_LABEL_CHARS` is
    cut with «…» (:func:`helpers.charts.labels.ellipsise`, hostfix22b)."""
    from helpers.charts.labels import ellipsise

    def name(text: str) -> str:
        return bidi_name(ellipsise(" ".join(str(text).split()), MAX_LABEL_CHARS))

    text = f"«{name(target_name)}»\u200f ({stories_phrase(n_target)})"
    if reference_name is not None:
        text += f" مقابل «{name(reference_name)}»\u200f ({stories_phrase(n_reference)})"
    return text


def stories_subtitle(story_ids: Sequence, story_names: dict | None = None) -> str:
    """The subtitle of a per-story chart: which stories it draws and how many, e.g.
    ``«لافروف يأمل…» (قصة واحدة)`` for one story, ``«A» (قصة واحدة) مقابل «B» (قصة
    واحدة)`` for two (:func:`comparison_subtitle`), ``5 قصص: «A»، «B»، «C» …`` past
    two. Names from ``story_names`` (:func:`helpers.charts.story_labels`), else the ids."""
    ids = list(story_ids)
    names = [_story_name(story_names, s) for s in ids]
    if len(ids) == 1:
        return comparison_subtitle(names[0], 1)
    if len(ids) == 2:
        return comparison_subtitle(names[0], 1, names[1], 1)
    shown = "، ".join(f"«{bidi_name(n)}»\u200f" for n in names[:3])
    return f"{stories_phrase(len(ids))}: {shown}" + (" …" if len(ids) > 3 else "")


def sides_subtitle(
    a_ids: Sequence,
    b_ids: Sequence,
    story_names: dict | None = None,
    a_name: str | None = None,
    b_name: str | None = None,
) -> str:
    """What a two-sided chart compares and how many stories each side has: a side is
    named by ``a_name``/``b_name``, else by its story when it is one story (its name in
    ``story_names``, else its id), else by its number of stories only: ``«A» (قصة واحدة)
    مقابل «B» (قصة واحدة)``, ``3,128 قصة مقابل 17,162 قصة``."""

    def side(ids, name, case):
        ids = list(ids)
        if name is None and len(ids) == 1:
            name = _story_name(story_names, ids[0])
        if name is not None:  # the count stands alone in its brackets: nominative
            return f"«{bidi_name(name)}»\u200f ({stories_phrase(len(ids))})"
        return stories_phrase(len(ids), case)

    # after مقابل the noun is its genitive: «قصتان مقابل قصتين»
    return f"{side(a_ids, a_name, 'nominative')} مقابل {side(b_ids, b_name, 'oblique')}"


def selection_name(selection, default: str | None = None) -> str:
    """A reader's name for a story selection (the forms of
    :func:`helpers.freq.select_stories`): a story id or value as itself, an outlet by
    its Arabic name (:func:`helpers.charts.names.group_name`), a list joined
    with ``"، "`` (up to three, then "+N"), ``{"outlet": "okaz"}`` as ``عكاظ``,
    ``{"date": ("2015-07-21", "2015-07-27")}`` (or a JSON list of two dates) as ``من 21
    يوليو 2015 إلى 27 يوليو 2015``, a bare pair as ``2015-07-21 – 2015-07-27``; ``None``
    gives ``default`` (``""`` when not given)."""
    if selection is None:
        return default or ""
    if isinstance(selection, dict):
        parts = [_range_name(v) or selection_name(v) for v in selection.values()]
        return "، ".join(p for p in parts if p)
    if isinstance(selection, tuple) and len(selection) == 2:
        a, b = (pd.Timestamp(v).strftime("%Y-%m-%d") if _is_date(v) else str(v) for v in selection)
        return f"{a} – {b}"
    if isinstance(selection, list | set | frozenset | pd.Index | pd.Series | np.ndarray):
        items = [group_name(v) for v in selection]
        more = f" +{len(items) - 3}" if len(items) > 3 else ""
        return "، ".join(items[:3]) + more
    return group_name(selection)


def _range_name(value) -> str | None:
    """A date range of a selection (a pair of dates, tuple or JSON list) in words an
    Arabic reader follows in a right-to-left line: ``من 21 يوليو 2015 إلى 27 يوليو
    2015`` (a dash between two Western-digit dates is reordered by the bidi algorithm
    and reads backwards); a range of one day is that day (``23 يوليو 2015``). None for
    anything else."""
    if not (isinstance(value, tuple | list) and len(value) == 2 and all(map(_is_date, value))):
        return None
    from helpers.charts.views import arabic_date

    first, last = arabic_date(value[0]), arabic_date(value[1])
    return first if first == last else f"من {first} إلى {last}"  # one day: the day


def describe_selection(selection, default: str = "rest of the corpus") -> str:
    """A plain, one-line description of a story selection, for tables and CSV files
    (the ``target``/``reference`` columns of ``keyness.csv``), never a Python repr.

    ``{"outlet": "aawsat"}`` -> ``outlet = aawsat``; ``{"outlet": ["a", "b"]}`` ->
    ``outlet = a, b``; ``{"date": ("2015-07-21", "2015-07-27")}`` (a date range) ->
    ``date 2015-07-21 … 2015-07-27``; several columns joined with ``"; "``; a story id as
    itself; a list of story ids joined with ``", "`` (all of them: a table keeps what
    was compared); a boolean mask -> ``N stories``; ``None`` -> ``default`` (a
    reference of ``None`` is the rest of the corpus in :func:`helpers.freq.keyness`).
    Dates are written ``YYYY-MM-DD``.
    """
    if selection is None:
        return default
    if isinstance(selection, dict):
        parts = []
        for col, value in selection.items():
            if isinstance(value, tuple) and len(value) == 2 and all(map(_is_date, value)):
                a, b = (pd.Timestamp(v).strftime("%Y-%m-%d") for v in value)
                parts.append(f"{col} {a} … {b}")
            else:
                parts.append(f"{col} = {_plain(value)}")
        return "; ".join(parts)
    if isinstance(selection, list | tuple | set | frozenset | pd.Index | pd.Series | np.ndarray):
        values = list(selection)
        if values and all(isinstance(v, bool | np.bool_) for v in values):
            return f"{sum(map(bool, values)):,} stories"
    return _plain(selection)


def _plain(value) -> str:
    """A value or a list of values as plain text: dates ``YYYY-MM-DD``, lists joined."""
    if isinstance(value, list | tuple | set | frozenset | pd.Index | pd.Series | np.ndarray):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _is_date(value) -> bool:
    if isinstance(value, pd.Timestamp):
        return True
    try:
        pd.Timestamp(str(value))
    except (ValueError, TypeError):
        return False
    return isinstance(value, str) and any(ch.isdigit() for ch in value) and "-" in value


def group_tokens(counts, stories: pd.DataFrame | None = None, by: str = "outlet") -> pd.Series:
    """Counted tokens of each group: the denominators of relative frequencies per group
    (:meth:`helpers.freq.CorpusCounts.group_tokens`, as floats).

    Parameters
    ----------
    counts : helpers.freq.CorpusCounts, mapping or pandas.Series
        Corpus counts (``tokens`` per story, :func:`helpers.freq.count_corpus` or
        ``CorpusTables.counts``), summed per group of ``by``; a mapping or Series
        (group -> tokens) is returned as a Series unchanged.
    stories : pandas.DataFrame, optional
        Stories table for ``by`` (default ``counts.meta``, the non-text columns the
        counts keep).
    by : str
        A stories column or ``"date:D"``/``"date:W"``/``"date:M"``
        (:func:`helpers.corpus.story_groups`).

    Returns
    -------
    pandas.Series
        float64 tokens indexed by group value (str; period start for dates), named
        ``tokens``. Stories without a group value are left out.

    Raises
    ------
    helpers.errors.ArgumentError
        ``counts`` is none of these, or ``by`` names no column
        (:func:`helpers.corpus.story_groups`).
    """
    if isinstance(counts, pd.Series | dict):
        return pd.Series(counts, dtype=float, name="tokens")
    if not callable(getattr(counts, "group_tokens", None)):
        raise ArgumentError(
            f"group_tokens: counts must be CorpusCounts (helpers.freq.count_corpus) or a "
            f"mapping group -> tokens, got {type(counts).__name__}"
        )
    return counts.group_tokens(by, stories).astype(float)


def group_tokens_from_rates(table: pd.DataFrame, group: str) -> pd.Series | None:
    """Counted tokens of each group, recovered from a table holding both ``count`` and
    ``per_1000`` (``per_1000 = count * 1000 / tokens``, so ``tokens = count * 1000 /
    per_1000``; the median over the group's rows, rounded). ``None`` when the table
    lacks either column; groups with no row of positive count and rate are absent."""
    if "count" not in table.columns or "per_1000" not in table.columns:
        return None
    count = pd.to_numeric(table["count"], errors="coerce")
    rate = pd.to_numeric(table["per_1000"], errors="coerce")
    ok = (count > 0) & (rate > 0)
    tokens = (count[ok] * 1000.0 / rate[ok]).groupby(table.loc[ok, group], sort=False).median()
    return tokens.round()


def small_groups(
    groups: Sequence,
    *,
    stories: pd.Series | dict | None = None,
    tokens: pd.Series | dict | None = None,
    min_stories: int = MIN_GROUP_STORIES,
    min_tokens: int = MIN_GROUP_TOKENS,
    keep: Sequence = (),
    noun: str = "مجموعة",
) -> tuple[list, str | None]:
    """The groups too small to compare, and the subtitle note that names them.

    A group is left out when it has fewer than ``min_stories`` stories (``stories``:
    group -> stories) or fewer than ``min_tokens`` counted tokens (``tokens``: group ->
    tokens); a size not given (``None``, or a group missing from it) is not checked.
    Groups in ``keep`` (the sides a user named) are never left out. When every group
    would be left out none is, and the note says so. ``noun`` is the unit's counted
    noun (:func:`helpers.charts.names.unit_noun`: صحيفة for outlets), the word the note
    counts the groups in.

    Returns
    -------
    (list, str or None)
        The groups left out (in ``groups`` order) and the note, e.g. «تُركت خارج الرسم
        صحيفتان أصغر من 5 قصص أو 1,000 كلمة: عكاظ (3 قصص)، سبق (812 كلمة)» (at most
        four named, then «وN غيرها»; the limits after من in the oblique case: «أصغر من
        قصتين»), or «كل الصحف أصغر من …: رُسمت كلها»; ``None`` when nothing was checked
        or left out.

    Raises
    ------
    helpers.errors.ArgumentError
        ``min_stories`` or ``min_tokens`` is not a whole number >= 0; ``noun`` is not a
        row of ``counted_nouns.tsv``.
    """
    for name, value in (("min_stories", min_stories), ("min_tokens", min_tokens)):
        check_whole(value, "small_groups", name, minimum=0)
    n_st = pd.Series(stories if stories is not None else {}, dtype=float)
    n_tok = pd.Series(tokens if tokens is not None else {}, dtype=float)
    kept = set(keep)
    out, why = [], []
    for g in groups:
        if g in kept:
            continue
        reasons = []
        if g in n_st.index and n_st[g] < min_stories:
            reasons.append(stories_phrase(int(n_st[g])))
        if g in n_tok.index and n_tok[g] < min_tokens:
            reasons.append(counted(int(n_tok[g]), "كلمة"))
        if reasons:
            out.append(g)
            why.append(f"{bidi_name(group_name(g))} ({'، '.join(reasons)})")
    counted(0, noun)  # an unknown noun fails here, before any group is named
    limits = []
    if len(n_st):
        limits.append(stories_phrase(min_stories, "oblique"))
    if len(n_tok):
        limits.append(counted(min_tokens, "كلمة", "oblique"))
    limit = " أو ".join(limits)
    if out and len(out) == len([g for g in groups if g not in kept]) and not kept:
        return [], f"كل ال{_counted_nouns()[noun]['plural']} أصغر من {limit}: رُسمت كلها"
    if not out:
        return [], None
    return out, _left_out(why, f"أصغر من {limit}", noun)


def _left_out(named: Sequence[str], why: str, noun: str) -> str:
    """The one note naming groups a chart left out, counted in the unit's ``noun``:
    «تُركت خارج الرسم صحيفتان <why>: a، b» (at most four named, then «وN غيرها»)."""
    text = "، ".join(named[:4]) + (
        f" و{counted(len(named) - 4, noun)} غيرها" if len(named) > 4 else ""
    )
    return f"تُركت خارج الرسم {counted(len(named), noun)} {why}: {text}"


def empty_groups(
    groups: Sequence, stories: pd.Series | dict | None, why: str, noun: str = "مجموعة"
) -> tuple[list, str | None]:
    """The groups with stories (``stories``: group -> stories, > 0) that are not in
    ``groups`` (those with something to draw), and the note that names them as
    :func:`small_groups` does, counted in the unit's ``noun`` (a row of
    ``counted_nouns.tsv``), ``why`` saying what they lack: «تُركت خارج الرسم صحيفة
    واحدة بلا اقتباس منسوب إلى متكلم: الرياضي (125 قصة)». ``([], None)`` when none
    (or ``stories`` is None)."""
    if stories is None:
        return [], None
    sizes = pd.Series(stories, dtype=float)
    present = set(groups)
    out = [g for g, n in sizes.items() if n > 0 and g not in present]
    if not out:
        return [], None
    named = [f"{bidi_name(group_name(g))} ({stories_phrase(int(sizes[g]))})" for g in out]
    return out, _left_out(named, why, noun)


def _rows(
    table: pd.DataFrame, label: str, values: Sequence[str], what: str, *, size: str | None = None
) -> pd.DataFrame:
    """The rows a chart draws: empty ``label`` rows left out (:func:`_drop_empty`), the
    ``values`` columns checked (:func:`_check_values`, ``size`` the bar/word size)."""
    return _check_values(_drop_empty(table, label, what), list(values), what, size=size)


def _fold_series(df: pd.DataFrame, column: str, value: str, ids: list) -> tuple[pd.DataFrame, list]:
    """Fold the series of ``column`` (in the order ``ids``) to at most :data:`MAX_SERIES`:
    the 11 with the largest total ``value`` keep their place in ``ids``, the rest become
    one last series :func:`others_name`. Returns the table and the series in order."""
    if len(ids) <= MAX_SERIES:
        return df, ids
    totals = df.groupby(column, sort=False)[value].sum().reindex(ids, fill_value=0)
    top = set(totals.sort_values(ascending=False, kind="stable").index[: MAX_SERIES - 1])
    kept = [s for s in ids if s in top]
    other = others_name(len(ids) - len(kept))
    df = df[df[column].isin(ids)].copy()
    df[column] = df[column].astype(object).where(df[column].isin(top), other)
    return df, [*kept, other]
