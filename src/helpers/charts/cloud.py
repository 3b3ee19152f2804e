"""Word clouds from khabar's own counts, drawn by Pillow (via ``wordcloud``).

``WordCloud.process_text`` splits Arabic words at every haraka and at ZWNJ and
``wordcloud``'s bundled font has no Arabic letters, so khabar never lets wordcloud
tokenise: the clouds are built with ``generate_from_frequencies`` from a
term-frequency table, with the Arabic font of :func:`helpers.charts.find_arabic_font`
and each label prepared for Pillow by :func:`helpers.charts.prepare_label` (unchanged
where Pillow has raqm, reshaped and reordered where it does not). Words are never
rotated (``prefer_horizontal=1``): a vertical Arabic word is unreadable.
"""

from __future__ import annotations

import contextlib
import types
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from random import Random

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..display import column_label
from ..errors import ArgumentError, KhabarError
from . import reasons
from .fonts import find_arabic_font, missing_glyphs
from .labels import has_arabic, prepare_label
from .names import group_name, unit_noun
from .skeleton import (
    ALT_WORDS,
    COLOURS,
    MAX_SERIES,
    MIN_GROUP_STORIES,
    MIN_GROUP_TOKENS,
    OTHERS,
    _empty_figure,
    _fig_legend,
    _fold_series,
    _require,
    _rows,
    _story_name,
    _title,
    bidi_name,
    counted,
    drawing,
    group_tokens,
    group_tokens_from_rates,
    new_figure,
    small_groups,
    stories_phrase,
    stories_subtitle,
    tie_note,
)

__all__ = ["comparison_cloud", "word_cloud"]


@contextlib.contextmanager
def _pillow_layout(layout: str | None) -> Iterator[None]:
    """Make wordcloud's Pillow fonts use ``layout`` ("raqm" or "basic") inside the block.

    wordcloud calls ``ImageFont.truetype(path, size)`` with no layout engine; this
    swaps, for the duration of the block only, the ``ImageFont`` name that the
    ``wordcloud.wordcloud`` module uses for one that passes ``layout_engine``.
    """
    if layout is None:
        yield
        return
    import wordcloud.wordcloud as wcmod
    from PIL import ImageFont

    engine = {"raqm": ImageFont.Layout.RAQM, "basic": ImageFont.Layout.BASIC}[layout]
    shim = types.SimpleNamespace(
        truetype=lambda *a, **k: ImageFont.truetype(*a, layout_engine=engine, **k),
        TransposedFont=ImageFont.TransposedFont,
    )
    original = wcmod.ImageFont
    wcmod.ImageFont = shim
    try:
        yield
    finally:
        wcmod.ImageFont = original


#: Where a cloud's word is anchored on its position: the top left of its ink
#: (Pillow's ``"lt"``), where wordcloud measures it (``textbbox(..., anchor="lt")``).
WORD_ANCHOR = "lt"


#: The widest gap inside a word that placement treats as taken, as a share of its font
#: size: the room between a letter's body and its dots (ي، ت، ش), or under a tall
#: letter, where a smaller word would read as part of it. Measured on Noto Sans Arabic:
#: the dots of ي stand about 0.1 of the font size below its body.
DOT_GAP = 0.25


#: Room kept free around a placed word, as a share of its font size: a word placed
#: nearer than this to a large word's dots would look like their owner; and at least
#: :data:`ROOM_PX` pixels, so two small words never read as one («فعالياتداعش»).
DOT_ROOM = 0.06
ROOM_PX = 4

#: Room kept free beside a placed word, left and right, as a share of its font size:
#: about the width of a space in the cloud's font (Noto Sans Arabic's space is 0.26 of
#: the font size), so two words on one line stand at least a word space apart, as in
#: written text, and never read as one phrase or one word (a newcomer read
#: «المنطقةالسوري» on a SaudiNewsNet cloud where the band was DOT_ROOM's 0.06, 4 px).
SPACE_ROOM = 0.25

#: Room kept free beside a *large* word (its font size at least :data:`LARGE_SHARE` of
#: the cloud's largest), as a share of its font size: one word space beside two big
#: neighbours on one line read as a phrase («عيد جدة», «جيوسياسية الدولية»; session 17);
#: 0.4 of an em, a word space and a half, sets them apart. Only the large words get it,
#: and no more: wordcloud shrinks every later word when one does not fit, and the same
#: room around every word (0.5) left 57 of aawsat's 100 words placed, 0.75 em beside the
#: large words 61 (2015-08-03; 0.4 beside words from half the largest: 91; DEVELOPING.md).
LARGE_SPACE_ROOM = 0.4
#: The share of the cloud's largest font size from which a word is large.
LARGE_SHARE = 0.5


def _side_room(size: float, largest: float) -> float:
    """The room, as a share of a word's font ``size``, kept free left and right of a
    placed word: :data:`LARGE_SPACE_ROOM` for a word at least :data:`LARGE_SHARE` of the
    cloud's ``largest`` font size, else :data:`SPACE_ROOM`. Raises nothing."""
    return LARGE_SPACE_ROOM if largest and size >= LARGE_SHARE * largest else SPACE_ROOM


def _font_size(font) -> float:
    """The size of a Pillow font: a ``FreeTypeFont`` has its size; wordcloud's
    ``TransposedFont`` wraps one as ``.font``; 0 when neither says."""
    return getattr(font, "size", None) or getattr(getattr(font, "font", None), "size", 0)


def _close_gaps(image, draw, xy, text, font, anchor, side: float = SPACE_ROOM) -> None:
    """Mark as taken, on wordcloud's placement ``image`` (mode ``L``), the word's ink,
    every gap inside it narrower than :data:`DOT_GAP` of its font size, and a band
    around it of :data:`DOT_ROOM` of its font size above and below and
    :data:`SPACE_ROOM` (a word space) left and right (at least :data:`ROOM_PX`): the word
    is drawn alone on a scratch image padded by the gap's width, closed (dilation then
    erosion, ``scipy.ndimage.grey_closing`` with a square of that side: a gap narrower
    than the square is filled, the outline kept), dilated by the band
    (``grey_dilation``) and pasted back in white. Unlike the word's whole box, this
    keeps the room beside a short word free, so a cloud keeps its words and sizes."""
    from PIL import Image, ImageDraw
    from scipy import ndimage

    size = _font_size(font)
    k = max(1, round(DOT_GAP * size))
    x0, y0, x1, y1 = draw.textbbox(xy, text, font=font, anchor=anchor)
    scratch = Image.new("L", (x1 - x0 + 2 * k, y1 - y0 + 2 * k))
    ImageDraw.Draw(scratch).text(
        (xy[0] - x0 + k, xy[1] - y0 + k), text, fill=255, font=font, anchor=anchor
    )
    closed = ndimage.grey_closing(np.asarray(scratch), size=(k, k), mode="constant")
    mv = 2 * max(ROOM_PX, round(DOT_ROOM * size)) + 1  # above and below
    mh = 2 * max(ROOM_PX, round(side * size)) + 1  # left and right: a word space or more
    padded = np.pad(closed, ((mv, mv), (mh, mh)))
    taken = ndimage.grey_dilation(padded, size=(mv, mh), mode="constant")
    image.paste(255, (x0 - k - mh, y0 - k - mv), mask=Image.fromarray(taken))


@contextlib.contextmanager
def _drawn_as_measured(gaps: bool) -> Iterator[None]:
    """Inside the block, wordcloud draws each word where it measured it, and, with
    ``gaps``, its placement takes each placed word's gaps and a band around it.

    wordcloud measures a word's box with ``anchor="lt"`` (top left of the ink) but
    draws it with Pillow's default ``"la"`` (left, ascender line), so the ink stood
    lower than the free place it found, by the font's ascender above the word's top,
    and reached the word below. And it finds a free place on the image of the words
    drawn so far, pixel by pixel, so a small word could sit inside a big word: in the
    gap between the body of ي or ت and its dots, which then read as «..» beside the
    small word (SaudiNewsNet's comparison cloud: «..» beside حائل under a large
    المريض). Here every word is drawn with :data:`WORD_ANCHOR`, and with ``gaps``
    (placement: generating the layout) its gaps and a band around it are marked taken
    on the placement image (:func:`_close_gaps`); the figure is drawn afterwards
    (``gaps=False``) from the layout, the words alone. Taking each word's whole box
    instead emptied the clouds (of 100 words of an outlet's day, 54 to 94 placed, or
    every word shrunk to a fifth). wordcloud's free-place map (``IntegralOccupancyMap``)
    recomputes itself after each word only from the word's box's top left corner, so
    the room and gaps marked above and left of the box never counted: a word placed to
    the left of a big word touched it («بشاردمشق», «المعارضةسقوط» on the embedded story
    2's cloud; session 17); with ``gaps`` the map is recomputed whole after each word.
    Swaps the ``ImageDraw`` (and with ``gaps`` the ``IntegralOccupancyMap``) name of the
    ``wordcloud.wordcloud`` module for the block only.
    """
    import wordcloud.wordcloud as wcmod
    from PIL import ImageDraw

    class _Draw:
        def __init__(self, image):
            self._image = image
            self._draw = ImageDraw.Draw(image)
            self._largest = 0.0  # wordcloud places the largest word first

        def __getattr__(self, name):
            return getattr(self._draw, name)

        def text(self, xy, text, fill=None, font=None, **kw):
            kw.setdefault("anchor", WORD_ANCHOR)
            self._draw.text(xy, text, fill=fill, font=font, **kw)
            if gaps:
                size = _font_size(font)
                self._largest = self._largest or float(size)
                side = _side_room(size, self._largest)
                _close_gaps(self._image, self._draw, xy, text, font, kw["anchor"], side)

    class _Occupancy(wcmod.IntegralOccupancyMap):
        def update(self, img_array, pos_x, pos_y):
            # the room and gaps marked above and left of the word's box, too
            super().update(img_array, 0, 0)

    original = wcmod.ImageDraw, wcmod.IntegralOccupancyMap
    wcmod.ImageDraw = types.SimpleNamespace(Draw=_Draw)
    if gaps:
        wcmod.IntegralOccupancyMap = _Occupancy
    try:
        yield
    finally:
        wcmod.ImageDraw, wcmod.IntegralOccupancyMap = original


def _generate(wc, frequencies: dict[str, float]):
    """``wc.generate_from_frequencies(frequencies)`` (wordcloud 1.9's loop, step for
    step: the same sizes, random draws and places), except that a word with no free
    place even at ``wc.min_font_size`` is skipped and the next words are still tried.

    wordcloud ends the whole cloud at the first word that does not fit («we were unable
    to draw any more»), so one long word near the end dropped every word after it,
    however short: with the room kept beside each word (:func:`_close_gaps`) alyaum's
    cloud of 2015-08-03 stopped at 80 of its 100 words and sabq's at 63 (session 17).
    A skipped word leaves the running size as the last placed word left it (each word's
    size is the last placed word's scaled by their frequencies, ``relative_scaling``),
    so later words are never larger than earlier, more frequent ones. Returns ``wc``
    with ``layout_`` and ``words_`` set as wordcloud sets them. Raises ValueError (as
    wordcloud) when not even the first words find room."""
    import wordcloud.wordcloud as wcmod
    from PIL import Image

    ranked = sorted(frequencies.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked:
        raise ValueError("We need at least 1 word to plot a word cloud, got 0.")
    ranked = ranked[: wc.max_words]
    top = float(ranked[0][1])
    ranked = [(word, freq / top) for word, freq in ranked]
    random_state = wc.random_state if wc.random_state is not None else Random()
    height, width = wc.height, wc.width
    occupancy = wcmod.IntegralOccupancyMap(height, width, None)
    img_grey = Image.new("L", (width, height))
    draw = wcmod.ImageDraw.Draw(img_grey)
    img_array = np.asarray(img_grey)
    font_sizes, positions, orientations, colors, placed = [], [], [], [], []
    last_freq = 1.0
    if wc.max_font_size is not None:
        font_size = wc.max_font_size
    elif len(ranked) == 1:
        font_size = wc.height
    else:  # as wordcloud: the two most frequent words drawn as large as they fit
        wc.generate_from_frequencies(dict(ranked[:2]), max_font_size=wc.height)
        sizes = [x[1] for x in wc.layout_]
        if not sizes:
            raise ValueError("Couldn't find space to draw.")
        font_size = (
            int(2 * sizes[0] * sizes[1] / (sizes[0] + sizes[1])) if len(sizes) > 1 else sizes[0]
        )
    wc.words_ = dict(ranked)
    for word, freq in ranked:
        if freq == 0:
            continue
        before = font_size
        rs = wc.relative_scaling
        if rs != 0:
            font_size = round((rs * (freq / float(last_freq)) + (1 - rs)) * font_size)
        orientation = None if random_state.random() < wc.prefer_horizontal else Image.ROTATE_90
        tried_other_orientation = False
        result = None
        while font_size >= wc.min_font_size:
            font = wcmod.ImageFont.truetype(wc.font_path, font_size)
            transposed_font = wcmod.ImageFont.TransposedFont(font, orientation=orientation)
            box_size = draw.textbbox((0, 0), word, font=transposed_font, anchor="lt")
            result = occupancy.sample_position(
                box_size[3] + wc.margin, box_size[2] + wc.margin, random_state
            )
            if result is not None:
                break
            if not tried_other_orientation and wc.prefer_horizontal < 1:
                orientation = Image.ROTATE_90
                tried_other_orientation = True
            else:
                font_size -= wc.font_step
                orientation = None
        if result is None:  # no room even at the smallest size: skip it, not the rest
            font_size = before
            continue
        x, y = np.array(result) + wc.margin // 2
        draw.text((y, x), word, fill="white", font=transposed_font)
        placed.append((word, freq))
        positions.append((x, y))
        orientations.append(orientation)
        font_sizes.append(font_size)
        colors.append(
            wc.color_func(
                word,
                font_size=font_size,
                position=(x, y),
                orientation=orientation,
                random_state=random_state,
                font_path=wc.font_path,
            )
        )
        img_array = np.asarray(img_grey)
        occupancy.update(img_array, x, y)
        last_freq = freq
    wc.layout_ = list(zip(placed, font_sizes, positions, orientations, colors, strict=True))
    return wc


def _cloud_image(
    frequencies: dict[str, float],
    font_path: Path,
    *,
    width: int,
    height: int,
    random_state: int,
    color_func,
    layout: str | None,
) -> tuple[np.ndarray, object]:
    """The cloud as an RGB array, and the fitted ``WordCloud`` (its ``layout_`` lists
    each word's font size and position)."""
    from wordcloud import WordCloud

    wc = WordCloud(
        font_path=str(font_path),
        width=width,
        height=height,
        background_color="white",
        prefer_horizontal=1.0,
        random_state=random_state,
        max_words=len(frequencies),
        margin=4,
        relative_scaling=0.5,
        min_font_size=8,
        color_func=color_func,
    )
    with _pillow_layout(layout):
        try:
            with _drawn_as_measured(gaps=True):  # placement: gaps and room taken
                _generate(wc, frequencies)
        except ValueError as exc:  # wordcloud's own checks: never shown raw
            raise ArgumentError(f"word cloud: wordcloud cannot draw these words ({exc})") from exc
        with _drawn_as_measured(gaps=False):  # the figure: the words alone
            return wc.to_array(), wc


#: Height of one line of the note under a cloud (the picture's x label, small type), inches.
NOTE_LINE_INCHES = 0.22


def _cloud_figure(
    image, title, family, width, height, legend=None, rtl=True, subtitle=None, note=None
) -> Figure:
    """The figure of a cloud ``image``: title and ``subtitle`` above (what is compared),
    ``note`` (how the words were chosen and sized, one line each) under the picture in
    small type, above the legend: the picture's x label (no ticks, no frame; a
    ``fig.supxlabel`` shares the bottom margin with a legend drawn outside the axes and
    the two overlapped). The alt text reads it as the figure's note."""
    lines = note.split("\n") if note else []
    extra = (
        (0.5 if title else 0)
        + (0.25 if subtitle else 0)
        + 0.3 * (len(legend or ()) > 6)
        + NOTE_LINE_INCHES * len(lines)
    )
    fig = new_figure(width / 100, height / 100 + extra)
    ax = fig.add_subplot()
    ax.imshow(image, interpolation="nearest")
    ax.set_axis_off()
    _title(fig, title, rtl, family, subtitle)
    if lines:  # after the title, placed as for a picture (axes off)
        ax.set_axis_on()
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_xlabel(
            "\n".join(
                ("\u200f" if rtl else "") + prepare_label(line, "matplotlib") for line in lines
            ),
            loc="right" if rtl else "left",
            fontfamily=family,
            fontsize="small",
            parse_math=False,
        )
    if legend:
        _fig_legend(fig, rtl, family, legend)
    return fig


def _words(labels: Sequence, values: Sequence[float], shapes, max_chars: int = 30) -> dict:
    out: dict[str, float] = {}
    for label, value in zip(labels, values, strict=True):
        word = prepare_label(label, "pillow", shapes=shapes, max_chars=max_chars)
        if word and value > 0:
            out[word] = out.get(word, 0.0) + float(value)
    return out


def word_cloud(
    freq: pd.DataFrame,
    story_id=None,
    n: int = 80,
    *,
    value: str = "count",
    title: str | None = None,
    story_names: dict | None = None,
    width: int = 1000,
    height: int = 560,
    random_state: int = 7,
    font: str | Path | None = None,
    shapes: bool | None = None,
    layout: str | None = None,
    subtitle: str | None = None,
) -> Figure:
    """A word cloud of one story's terms, sized by ``value``.

    Parameters
    ----------
    freq : pandas.DataFrame
        Term-frequency table: ``story_id`` (str), ``term`` (str), ``label`` (str,
        display form, drawn as given), ``count`` (int), ``per_1000`` (float).
    story_id : str, optional
        May be omitted when the table holds one story.
    n : int
        The ``n`` terms with the largest ``value`` (a stable sort; ties by ``term`` in
        code-point order). When the cut falls inside a tie, the subtitle says how many
        terms with the ``n``-th's value are not drawn
        (:func:`helpers.charts.skeleton.tie_note`: «و11 كلمة أخرى بالتكرار نفسه خارج
        الرسم»), as :func:`helpers.charts.top_terms_chart`.
    value : {"count", "per_1000"}
    title : str, optional
        Default ``"سحابة الكلمات: <story name>"``.
    story_names : dict, optional
        Display names of the stories (:func:`helpers.charts.story_labels`) for the
        default title; the story id when absent.
    width, height : int
        Cloud size in pixels.
    random_state : int
        Seed of wordcloud's placement: the same seed gives the same cloud.
    font : str or Path, optional
        Arabic font file (default :func:`helpers.charts.find_arabic_font`).
    shapes, layout : optional
        For testing the fallback path: ``shapes=False`` prepares the words for a
        Pillow without raqm, and ``layout="basic"`` makes Pillow draw without raqm.
    subtitle : str, optional
        Second title line; default :func:`helpers.charts.plots.one_story_subtitle`
        (one story and its counted tokens; with a title of your own, also its name
        in ``story_names``; the story id never).

    Returns
    -------
    matplotlib.figure.Figure
        The cloud as an image, with a right-aligned title; its words, largest first, are
        kept for the alt text (:func:`helpers.charts.figure_alt`).

    Raises
    ------
    helpers.errors.ArgumentError
        A value to draw (counts, frequencies, statistics) that is not a number, is
        infinite, or is negative outside the signed ``log_ratio``/``log_odds(_z)``; the
        message names the column and the values. Rows with a missing value are left
        out and a table whose values are all 0 is drawn as the empty figure, each with
        a :class:`ChartWarning`.
    KhabarError
        Missing columns, several stories and no ``story_id``. ``FontError`` for a bad
        font path.
    """
    from .plots import one_story_titles

    df, title, subtitle = one_story_titles(
        freq, story_id, value, "word_cloud", "سحابة الكلمات", title, subtitle, story_names
    )
    info = find_arabic_font(font)
    with drawing(font) as family:
        df = _rows(df, "label", [value], "word_cloud", size=value)
        if df.empty:
            return _empty_figure(title, "word_cloud", family)
        df = df.sort_values([value, "term"], ascending=[False, True], kind="stable")
        tied = tie_note(df[value].tolist(), n)
        if tied:
            subtitle = f"{subtitle}، {tied}" if subtitle else tied
        df = df.head(n)
        missing_glyphs(list(df["label"]), info.path, renderer="pillow")
        words = _words(df["label"], df[value], shapes)
        if not words:  # every label empty once prepared, or every value 0
            return _empty_figure(title, "word_cloud", family, reasons.NO_WORD)
        colours = dict(zip(words, _shades(len(words)), strict=True))
        image, _ = _cloud_image(
            words,
            info.path,
            width=width,
            height=height,
            random_state=random_state,
            color_func=lambda word, **_: colours[word],
            layout=layout,
        )
        fig = _cloud_figure(
            image, title, family, width, height, rtl=has_arabic(title), subtitle=subtitle or None
        )
        setattr(fig, ALT_WORDS, [str(w) for w in df["label"] if str(w).strip()])
        return fig


def _big_groups(df, ids, group_sizes, tokens, subtitle, min_stories, min_tokens, keep=(), by=None):
    """The groups a comparison cloud of groups draws, and its subtitle: ``subtitle``, the
    groups and stories compared (counted in the unit's noun, :func:`unit_noun` of
    ``by``), the groups left out as too small (:func:`small_groups`; never those of
    ``keep``)."""
    known = group_tokens(tokens) if tokens is not None else group_tokens_from_rates(df, "story_id")
    noun = unit_noun(by, ids) if by is not None else "مجموعة"
    drop, note = small_groups(
        ids,
        stories=group_sizes,
        tokens=known,
        min_stories=min_stories,
        min_tokens=min_tokens,
        keep=keep,
        noun=noun,
    )
    ids = [g for g in ids if g not in set(drop)]
    sizes = pd.Series(group_sizes, dtype=float).reindex(ids).fillna(0)
    shown = f"{counted(len(ids), noun)}، {stories_phrase(int(sizes.sum()))}"
    if len(ids) > MAX_SERIES:
        shown += f" (تظهر أكبر {MAX_SERIES - 1} والباقي «{OTHERS}»)"
    parts = [subtitle, shown, note]
    return df[df["story_id"].isin(ids)], ids, "؛ ".join(p for p in parts if p)


def _shades(k: int) -> list[str]:
    """Colours from dark to lighter blue by rank (deterministic)."""
    cmap = mpl.colormaps["Blues"]
    return [mpl.colors.to_hex(cmap(0.95 - 0.45 * i / max(k - 1, 1))) for i in range(k)]


#: Fewest occurrences of a word in the group it is drawn for (evidence-weighted clouds).
MIN_CLOUD_COUNT = 3


def comparison_cloud(
    freq: pd.DataFrame,
    stories: Sequence | None = None,
    n: int = 100,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    story_names: dict | None = None,
    width: int = 1000,
    height: int = 560,
    random_state: int = 7,
    font: str | Path | None = None,
    shapes: bool | None = None,
    layout: str | None = None,
    group_sizes=None,
    tokens=None,
    min_stories: int = MIN_GROUP_STORIES,
    min_tokens: int = MIN_GROUP_TOKENS,
    method: str | None = None,
    min_count: int = MIN_CLOUD_COUNT,
    by: str | None = None,
    how: str | None = None,
    terms: Iterable | None = None,
) -> Figure:
    """A comparison cloud: each term in the colour of the story (or group) that uses it
    most, sized by how strongly it leans there.

    Each term is drawn in the colour of ``argmax_i p_i``, ``p_i`` its relative frequency
    per 1,000 tokens in story (group) ``i``. Its size depends on ``method``:

    * ``"g2"`` (default when the table has ``count`` and the token totals are known):
      the square root of the log-likelihood G2 (Rayson & Garside 2000, computed by
      :func:`helpers.freq.keyness_from_counts`) of that story against all the others
      together, i.e. the evidence that the term leans there; a term seen fewer than
      ``min_count`` times in that story is left out (the floor). Relative frequencies
      alone make a small group's rare words the biggest (a sports outlet of 128
      stories filled the SaudiNewsNet cloud): evidence grows with the text behind it.
      The square root (about a z-score) keeps one word from filling the cloud.
    * ``"deviation"`` (R's ``wordcloud::comparison.cloud``, Fellows; the default without
      counts): ``max_i (p_i − p̄)``, ``p̄`` the mean rate over the stories.

    Terms used at the same rate by all are left out. Each story (group) has its own
    top terms, at most ``n // len(stories)`` each (:func:`even_split`, as quanteda's
    comparison cloud), not the top ``n`` overall (mostly the bigger side's), and a note
    line under the cloud says how many words each has (:data:`SPLIT_NOTE`).

    Parameters
    ----------
    freq : pandas.DataFrame
        Term-frequency table: ``story_id``, ``term``, ``label``, ``per_1000`` (+
        ``count``, int, for ``method="g2"``).
    stories : sequence of str, optional
        Stories (or groups, or the two sides of a comparison) to compare, in the order
        of the legend (first on the right); default: all, in table order; at least two.
        Exactly these are drawn: named ones are never left out as too small.
    n : int
        Terms kept (largest size first; ties: by term).
        At most :data:`MAX_SERIES` (12) are drawn: past that the 11 with most tokens
        (``count``, else ``per_1000``) and one series "غيرها (N)" (its counts and tokens
        summed; with ``"deviation"`` its rate is the mean rate of the stories in it).
    story_names : dict, optional
        Display names for the legend.
    subtitle : str, optional
        Second title line (what is compared, stories on each side); default for stories
        (no ``group_sizes``): the stories compared
        (:func:`~helpers.charts.skeleton.stories_subtitle`). How the words are chosen
        and sized (``how``) is written under the cloud in small type (the picture's x
        label, the alt text's note), so the heading keeps the title and the sides.
    width, height, random_state, font, shapes, layout
        As in :func:`word_cloud` (the figure is at most 19 inches a side).
    group_sizes : mapping, optional
        Stories per group when the ``story_id`` column holds groups (outlets, weeks).
        Given, the cloud compares groups: those with fewer than ``min_stories`` stories
        or ``min_tokens`` counted tokens (``tokens``, :func:`helpers.charts.group_tokens`;
        by default recovered from ``count`` and ``per_1000``) are left out, since a group
        of 3 stories has rates that dominate the cloud, and a subtitle (added to
        ``subtitle``) says how many groups and stories are compared and which groups
        were left out and why. Without it (stories compared) nothing is left out.
        With it, each legend entry says its stories («عكاظ · 1,812 قصة»). Legend
        names: ``story_names``, else :func:`helpers.charts.names.group_name`.
    tokens : mapping or Series, optional
        Counted tokens per group (e.g. ``corpus_counts.group_tokens("outlet")``); by
        default recovered from ``count`` and ``per_1000``.
    min_stories, min_tokens
        See ``group_sizes``.
    method : {"g2", "deviation"}, optional
        See above; ``None`` chooses ``"g2"`` when it can.
    min_count : int
        The floor of ``"g2"``: fewest occurrences in the term's own story or group.
    by : str, optional
        The unit the ``story_id`` column holds (``outlet``, ``side``, ``period``...),
        to count the groups in its Arabic noun (:func:`helpers.charts.names.unit_noun`:
        «جانبان»، «12 صحيفة»); default «مجموعة».
    how : str, optional
        The note under the cloud, how the words were chosen and sized (e.g. when the
        caller chose them); default from ``method`` and ``min_count``.
    terms : iterable of str, optional
        Draw only these terms (keys of the ``term`` column), e.g. a keyness table's
        significant ones, still sized and coloured as above; default every term.

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
        a :class:`ChartWarning`. An unknown ``method``, or ``"g2"`` without counts and
        token totals.
    KhabarError
        Missing columns, fewer than two stories, or unknown story ids.
    """
    _require(freq, ["story_id", "term", "label", "per_1000"], "comparison_cloud")
    how_given = how
    if method not in (None, "g2", "deviation"):
        raise ArgumentError(
            f"comparison_cloud: method must be 'g2', 'deviation' or None, got {method!r}"
        )
    if title is None:
        title = "سحابة المقارنة: كل كلمة بلون القصة التي تكثر فيها"
    info = find_arabic_font(font)
    with drawing(font) as family:
        df = _rows(freq, "label", ["per_1000"], "comparison_cloud", size="per_1000")
        if df.empty:
            return _empty_figure(title, "comparison_cloud", family)
        ids = list(stories) if stories is not None else list(dict.fromkeys(df["story_id"]))
        unknown = [s for s in ids if s not in set(df["story_id"])]
        if unknown or len(ids) < 2:
            raise KhabarError(
                f"comparison_cloud: needs at least two stories present in the table; "
                f"asked for {ids}, unknown {unknown}"
            )
        df = df[df["story_id"].isin(ids)]
        if group_sizes is not None:
            named = list(stories) if stories is not None else ()
            df, ids, subtitle = _big_groups(
                df, ids, group_sizes, tokens, subtitle, min_stories, min_tokens, named, by
            )
        elif subtitle is None:
            subtitle = stories_subtitle(ids, story_names)
        known = group_tokens(tokens) if tokens is not None else None
        if known is None and "count" in df.columns:
            known = group_tokens_from_rates(df, "story_id")
        can_g2 = "count" in df.columns and known is not None and all(i in known.index for i in ids)
        if method == "g2" and not can_g2:
            raise ArgumentError(
                "comparison_cloud: method='g2' needs a count column and the token totals "
                "of every story or group compared (tokens=, or count and per_1000)"
            )
        method = method or ("g2" if can_g2 else "deviation")
        labels = df.drop_duplicates("term").set_index("term")["label"]
        if method == "g2":
            table, ids = _by_evidence(df, ids, known, min_count)
            floor = counted(min_count, "مرة", "oblique")  # «ما ورد مرتين»
            how = f"حجم الكلمة: قوة الدليل على ميلها (G2)، ما ورد {floor} على الأقل"
        else:
            table, ids = _by_deviation(df, ids)
            how = f"حجم الكلمة: فرق تكرارها {column_label('per_1000')} عن متوسطه"
        # how the words were chosen and sized: under the cloud, so the heading keeps the
        # title and the sides (at most 3 lines, as the other charts; 5 on a real subset)
        note = how if how_given is None else how_given
        table = table[table["size"] > 0].reset_index()
        if terms is not None:
            table = table[table["term"].isin(set(terms))]
        table = table.sort_values(["size", "term"], ascending=[False, True], kind="stable")
        table, per_side = even_split(table, n, len(ids))
        missing_glyphs([labels[t] for t in table["term"]], info.path, renderer="pillow")
        words: dict[str, float] = {}
        colour_of: dict[str, str] = {}
        for term, s, o in table[["term", "size", "owner"]].itertuples(index=False):
            word = prepare_label(labels[term], "pillow", shapes=shapes, max_chars=30)
            if not word:
                continue
            words[word] = words.get(word, 0.0) + float(s)
            colour_of.setdefault(word, COLOURS[int(o) % len(COLOURS)])
        if not words:  # the stories use every term alike: no term leans to one story
            return _empty_figure(title, "comparison_cloud", family, reasons.ALIKE)
        image, _ = _cloud_image(
            words,
            info.path,
            width=width,
            height=height,
            random_state=random_state,
            color_func=lambda word, **_: colour_of[word],
            layout=layout,
        )
        rtl = has_arabic(title)
        sizes = pd.Series(group_sizes if group_sizes is not None else {}, dtype=float)

        def entry(s) -> str:
            name = _story_name(story_names, s) if s in (story_names or {}) else group_name(s)
            if s in sizes.index:  # the stories behind each colour
                name = f"{bidi_name(name)} · {stories_phrase(int(sizes[s]))}"
            return prepare_label(name, "matplotlib")

        legend = [Patch(color=COLOURS[i % len(COLOURS)], label=entry(s)) for i, s in enumerate(ids)]

        def plain(s) -> str:
            return _story_name(story_names, s) if s in (story_names or {}) else group_name(s)

        # how many words each side has in the cloud, and why (session 19: one side's
        # colour filled the cloud, and nothing said so)
        shares = LIST_COMMA.join(
            f"«{bidi_name(plain(s))}» {int(per_side.get(i, 0)):,}" for i, s in enumerate(ids)
        )
        split = SPLIT_NOTE if len(ids) <= MAX_SHARES_LISTED else SPLIT_NOTE_MANY
        split = split.format(k=per_side.k, shares=shares)
        note = "\n".join([*([note] if note else []), split])
        fig = _cloud_figure(
            image,
            title,
            family,
            width,
            height,
            legend=legend,
            rtl=rtl,
            subtitle=subtitle,
            note=note,
        )
        setattr(fig, ALT_WORDS, [str(labels[t]) for t in table["term"]])
        return fig


#: The note line of a comparison cloud saying how many words each side has.
SPLIT_NOTE = "كلمات كل جانب، أقواها حتى {k:,}: {shares}"
#: Past :data:`MAX_SHARES_LISTED` sides the line gives only the most each may have.
SPLIT_NOTE_MANY = "كلمات كل جانب: أقواها حتى {k:,}"
MAX_SHARES_LISTED = 3
LIST_COMMA = "، "


class _Shares(dict):
    """Words drawn per owner (index into the ids), with ``k`` the most each may have."""

    k: int = 0


def even_split(table: pd.DataFrame, n: int, n_sides: int) -> tuple[pd.DataFrame, dict]:
    """The words of a comparison cloud: ``table`` (columns ``owner``, int, and
    ``size``; already sorted, largest first) cut to at most ``k = n // n_sides``
    (at least 1 when ``n`` > 0) rows of each owner, the first of each, in the table's order; a side
    with fewer words leaves its places empty. Returns the rows kept and the count kept
    per owner (a dict, owner -> count, with attribute ``k``).

    Method: each side's own top terms, as quanteda.textplots' ``textplot_wordcloud``
    with ``comparison = TRUE`` (``max_words`` "split evenly across categories"). The
    overall top ``n`` by G2 were mostly the bigger side's words, whose counts give
    more evidence (session 19: a two-outlet subset's cloud was mostly one colour).

    Example: ``n=6``, two sides, owners ``[0, 0, 0, 0, 1]`` in size order: k = 3, the
    first three of side 0 and the one of side 1 are kept, ``{0: 3, 1: 1}``.

    Raises
    ------
    ValueError
        ``n_sides`` < 1.
    """
    if n_sides < 1:
        raise ValueError(f"even_split: n_sides must be at least 1, got {n_sides}")
    k = max(1, n // n_sides) if n > 0 else 0  # n=0: no word (the empty figure)
    kept = table.groupby("owner", sort=False).head(k)
    shares = _Shares(kept["owner"].astype(int).value_counts().to_dict())
    shares.k = k
    return kept, shares


def _by_deviation(df: pd.DataFrame, ids: list) -> tuple[pd.DataFrame, list]:
    """Fellows' sizes: ``max_i (p_i − p̄)`` and the owner ``argmax_i p_i`` of each term
    (index ``term``), over at most :data:`MAX_SERIES` series (the rest folded, their
    rate the mean of the folded ones)."""
    n_ids = len(ids)
    df, ids = _fold_series(df, "story_id", "count" if "count" in df else "per_1000", ids)
    wide = df.pivot_table(
        index="term", columns="story_id", values="per_1000", aggfunc="sum", fill_value=0.0
    ).reindex(columns=ids, fill_value=0.0)
    if len(ids) < n_ids:  # "others": the mean rate of the stories folded into it
        wide[ids[-1]] /= n_ids - (len(ids) - 1)
    dev = wide.sub(wide.mean(axis=1), axis=0)
    owner = wide.to_numpy().argmax(axis=1)
    return pd.DataFrame({"size": dev.max(axis=1).to_numpy(), "owner": owner}, wide.index), ids


def _by_evidence(
    df: pd.DataFrame, ids: list, tokens: pd.Series, min_count: int
) -> tuple[pd.DataFrame, list]:
    """Evidence sizes: for each term, the story (group) where its rate is highest (the
    owner) and ``sqrt(G2)`` of the owner against all the others together
    (:func:`helpers.freq.keyness_from_counts`); 0 below ``min_count`` occurrences in the
    owner. At most :data:`MAX_SERIES` series (the rest folded: counts and tokens summed)."""
    from ..freq import keyness_from_counts

    totals = {i: float(tokens[i]) for i in ids}
    df, kept = _fold_series(df, "story_id", "count", ids)
    if len(kept) < len(ids):
        rest = [i for i in ids if i not in set(kept[:-1])]
        totals[kept[-1]] = sum(totals[i] for i in rest)
    size = np.array([totals[i] for i in kept])
    cnt = df.pivot_table(
        index="term", columns="story_id", values="count", aggfunc="sum", fill_value=0
    ).reindex(columns=kept, fill_value=0)
    counts = cnt.to_numpy(dtype=float)
    owner = (counts / size).argmax(axis=1)
    g2 = np.zeros(len(cnt))
    everything = counts.sum(axis=1)
    for j in range(len(kept)):
        mine = owner == j
        if not mine.any():
            continue
        terms = cnt.index[mine]
        stats = keyness_from_counts(
            pd.Series(counts[mine, j], index=terms),
            pd.Series(everything[mine] - counts[mine, j], index=terms),
            target_size=size[j],
            reference_size=size.sum() - size[j],
        ).set_index("term")
        lean = (stats["key_for"] == "target").reindex(terms.astype(str)).to_numpy()
        g = stats["g2"].reindex(terms.astype(str)).to_numpy()
        g2[mine] = np.where(lean & (counts[mine, j] >= min_count), np.sqrt(g), 0.0)
    return pd.DataFrame({"size": g2, "owner": owner}, index=cnt.index), kept
