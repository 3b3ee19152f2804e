"""Preparing label text for a given renderer.

One function, :func:`prepare_label`, turns a display label (a ``label`` or
``canonical`` cell, in logical order, as written) into the string a renderer must be
given:

* a renderer that shapes and reorders (matplotlib 3.11 with libraqm, Pillow with
  raqm) gets the text **unchanged** (cleaned of surrounding whitespace, ellipsised if
  too long, with a right-to-left mark in front when a label that holds Arabic starts
  with Latin letters, so its base direction is right to left);
* a renderer that does not gets each line reshaped with ``arabic-reshaper``
  (presentation forms, harakat kept, only the obligatory lam-alef ligatures) and
  reordered with the Unicode Bidirectional Algorithm (UAX #9, ``python-bidi``'s
  reference implementation, base direction right to left), with mirrored brackets
  and guillemets (UAX #9 rule L4).

Text already in Arabic presentation forms (the output of the old
``get_display(arabic_reshaper.reshape(s))`` recipe) is detected and turned back into
logical-order base letters first, so nothing is ever shaped twice.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

import arabic_reshaper
from bidi import algorithm as _bidi
from bidi import get_display

from helpers.charsets import (
    ARABIC_INDIC_DIGITS,
    ARABIC_LETTER_RE,
    BIDI_CONTROLS,
    PRESENTATION_FORMS,
)

__all__ = [
    "ELLIPSIS",
    "RLM",
    "digits_to_arabic_indic",
    "ellipsise",
    "has_arabic",
    "prepare_label",
    "shape_for_basic_renderer",
    "story_labels",
    "to_logical",
]

RLM = "\u200f"
ELLIPSIS = "\u2026"

# Arabic letters (base block, supplement, extended-A) and presentation forms.
_ARABIC_LETTER = ARABIC_LETTER_RE
_PRESENTATION = re.compile(f"[{PRESENTATION_FORMS}]")


def has_arabic(text: str) -> bool:
    """True when ``text`` holds at least one Arabic letter (base or presentation form)."""
    return bool(_ARABIC_LETTER.search(text or ""))


def digits_to_arabic_indic(text: str) -> str:
    """Replace Western digits 0-9 by Arabic-Indic digits ٠-٩ (U+0660-U+0669)."""
    return str(text).translate(ARABIC_INDIC_DIGITS)


@functools.cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    # Only the lam-alef ligatures are obligatory (OpenType 'rlig'); every other
    # ligature depends on the font and is left off, so the prepared text matches
    # what HarfBuzz does with Noto Sans Arabic or DejaVu Sans.
    names = [
        name
        for group in (
            arabic_reshaper.ligatures.SENTENCES_LIGATURES,
            arabic_reshaper.ligatures.WORDS_LIGATURES,
            arabic_reshaper.ligatures.LETTERS_LIGATURES,
        )
        for name, _ in group
    ]
    config = {name: ("LAM WITH ALEF" in name) for name in names}
    config.update(
        delete_harakat=False,
        delete_tatweel=False,
        support_ligatures=True,
        shift_harakat_position=False,
    )
    return arabic_reshaper.ArabicReshaper(configuration=config)


def _form(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for form in ("INITIAL", "MEDIAL", "FINAL"):
        if f"{form} FORM" in name:
            return form
    return "ISOLATED"


_LOGICAL_PAIRS = {("INITIAL", "MEDIAL"), ("INITIAL", "FINAL"), ("MEDIAL", "FINAL")}
_VISUAL_PAIRS = {("FINAL", "MEDIAL"), ("FINAL", "INITIAL"), ("MEDIAL", "INITIAL")}


def _presentation_order(text: str) -> str:
    """Guess whether presentation-form text is in logical or visual order.

    In logical order joining forms run initial -> medial -> final; after the old
    recipe (visual order) they run final -> medial -> initial. Each adjacent pair of
    presentation forms votes; with no evidence (isolated letters only) the text is
    taken as visual, the old recipe's output being the usual source.
    """
    votes = 0
    for a, b in itertools.pairwise(text):
        if _PRESENTATION.match(a) and _PRESENTATION.match(b):
            pair = (_form(a), _form(b))
            votes += (pair in _LOGICAL_PAIRS) - (pair in _VISUAL_PAIRS)
    return "logical" if votes > 0 else "visual"


def to_logical(text: str) -> str:
    """Undo presentation forms: return logical-order text in base Arabic letters.

    Text with no presentation forms is returned unchanged. Presentation-form text in
    visual order (``get_display(reshape(s))``) is reordered back with UAX #9 (the
    reordering of a right-to-left line is its own inverse for the letters, digits
    and brackets found in labels; brackets that come out closing-first, as after a
    bidi implementation that mirrored them, are swapped back) and then
    NFKC-normalised, which maps each
    presentation form (U+FB50-U+FDFF, U+FE70-U+FEFF) to its base letters.
    """
    if not text or not _PRESENTATION.search(text):
        return text
    lines = []
    for line in text.split("\n"):
        if _PRESENTATION.search(line) and _presentation_order(line) == "visual":
            line = _fix_brackets(get_display(line, base_dir="R"))
        line = "".join(
            unicodedata.normalize("NFKC", ch) if _PRESENTATION.match(ch) else ch for ch in line
        )
        lines.append(line)
    return "\n".join(lines)


_PAIRS = ("()", "[]", "{}", "«»", "‹›")


def _fix_brackets(line: str) -> str:
    """Swap a bracket pair whose first occurrence in logical order is the closing one."""
    for opening, closing in _PAIRS:
        first = next((c for c in line if c in (opening, closing)), None)
        if first == closing:
            line = line.translate(str.maketrans({opening: closing, closing: opening}))
    return line


def ellipsise(text: str, max_chars: int) -> str:
    """Shorten ``text`` to at most ``max_chars`` code points, keeping its start.

    The cut falls at the last space inside the limit when there is one in its second
    half, never between a letter and its combining marks (harakat), and an ellipsis
    (U+2026) is appended in logical order, so in right-to-left text it appears at the
    left end. Each line of a multi-line label is shortened on its own. Text that ends in
    an ellipsis at the cut (an already shortened name) keeps one, not two.

    Raises
    ------
    ValueError
        When ``max_chars`` < 2.
    """
    if max_chars < 2:
        raise ValueError(f"max_chars must be at least 2, got {max_chars}")
    from helpers.display import cut_at_word  # the one rule of a cut text

    return "\n".join(cut_at_word(line, max_chars) for line in text.split("\n"))


def story_labels(stories, max_chars: int = 30) -> dict[str, str]:
    """Short display names of stories for chart titles, legends and axis labels.

    Readers know a story by its title, not by its id (``asharq-two-stories-01``). Each
    title is whitespace-collapsed and shortened with :func:`ellipsise` (keeping the
    start of the Arabic); a story with an empty title keeps its id. When two stories
    would get the same name, each of them gets its 1-based position in the table
    appended, ``"(2)"``, so legends never show two identical names.

    Parameters
    ----------
    stories : pandas.DataFrame
        The stories table (:func:`helpers.corpus.load_corpus`): columns ``story_id``
        (str) and ``title`` (str).
    max_chars : int
        Longest name in code points, ellipsis included (at least 2).

    Returns
    -------
    dict
        ``{story_id: name}`` in table order; pass it as ``story_names=`` to the chart
        functions.

    Raises
    ------
    helpers.errors.KhabarError
        When ``stories`` lacks ``story_id`` or ``title``.
    ValueError
        When ``max_chars`` < 2.
    """
    from ..errors import KhabarError

    missing = [c for c in ("story_id", "title") if c not in getattr(stories, "columns", ())]
    if missing:
        raise KhabarError(
            f"story_labels: the stories table lacks column(s) {missing}",
            hint="pass the table of helpers.corpus.load_corpus",
        )
    if max_chars < 2:
        raise ValueError(f"max_chars must be at least 2, got {max_chars}")
    ids = [str(i) for i in stories["story_id"]]
    names = {}
    for sid, title in zip(ids, stories["title"], strict=True):
        text = " ".join(_clean(title).split())
        names[sid] = ellipsise(text, max_chars) if text else sid
    seen: dict[str, int] = {}
    for name in names.values():
        seen[name] = seen.get(name, 0) + 1
    for pos, sid in enumerate(ids, start=1):
        if seen[names[sid]] > 1:
            suffix = f" ({pos})"
            title = " ".join(_clean(stories["title"].iloc[pos - 1]).split()) or sid
            names[sid] = ellipsise(title, max(2, max_chars - len(suffix))) + suffix
    return names


#: :meth:`str.translate` table removing :data:`helpers.charsets.BIDI_CONTROLS` from a
#: drawn text: an embedding, override or isolate from data (a folder «okaz<U+202E>evil»
#: named a bar of the cleaning chart «okazlive», session 23) reorders the rest of its
#: label; khabar's own chart texts steer direction with marks (LRM, RLM), which stay.
WITHOUT_BIDI_CONTROLS: dict[int, None] = {ord(c): None for c in BIDI_CONTROLS}


def _clean(text) -> str:
    if text is None:
        return ""
    if isinstance(text, float) and text != text:  # NaN
        return ""
    text = str(text).translate(WITHOUT_BIDI_CONTROLS)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def shape_for_basic_renderer(text: str) -> str:
    """Reshape and reorder one cleaned logical-order label for a non-shaping renderer.

    Each line is handled on its own (python-bidi's newer ``get_display`` would move
    the newline of a two-line label and glue the lines), so line order is kept.

    Method: arabic-reshaper 3 (Unicode presentation forms, Arabic joining as in the
    Unicode Standard ch. 9.2), then UAX #9 with base direction right to left for
    lines holding Arabic (python-bidi's ``bidi.algorithm``, which also applies the
    mirroring rule L4 to brackets and guillemets). Combining marks (harakat) end up
    just before their base letter in the visual string, which is where a left-to-right
    pen must meet them: Noto Sans Arabic, DejaVu Sans and Amiri all draw their
    zero-width marks to the right of the pen, over the glyph that follows.
    """
    lines = []
    for line in text.split("\n"):
        if has_arabic(line):
            shaped = _reshaper().reshape(line)
            line = _bidi.get_display(shaped, base_dir="R")
        lines.append(line)
    return "\n".join(lines)


def prepare_label(
    text,
    renderer: str = "matplotlib",
    *,
    shapes: bool | None = None,
    max_chars: int | None = None,
) -> str:
    """Return the string to give ``renderer`` so that ``text`` is drawn correctly.

    Parameters
    ----------
    text : str or None
        A display label in logical order (the ``label`` column of a term-frequency
        table, ``canonical`` of an entity-counts table). Presentation-form input is
        turned back into logical base letters first (:func:`to_logical`). ``None``,
        NaN and whitespace-only text give ``""``. Runs of spaces collapse to one;
        line breaks are kept; bidi embeddings, overrides and isolates are removed
        (:data:`WITHOUT_BIDI_CONTROLS`), direction marks kept.
    renderer : {"matplotlib", "pillow"}
        Which renderer will draw it; its capabilities are detected
        (:func:`helpers.charts.renderer_info`).
    shapes : bool, optional
        Override the detection: ``False`` prepares for a renderer that neither
        shapes nor reorders (e.g. Pillow's BASIC layout), ``True`` for one that does.
    max_chars : int, optional
        Ellipsise longer lines, keeping their start (:func:`ellipsise`).

    Returns
    -------
    str
        Where the renderer shapes: the cleaned text, unchanged, with U+200F RIGHT-TO-LEFT
        MARK prefixed when it holds Arabic but starts with a left-to-right letter.
        Elsewhere: visual-order presentation forms (:func:`shape_for_basic_renderer`).

    Raises
    ------
    ValueError
        For an unknown renderer.
    """
    from .capabilities import renderer_shapes

    if shapes is None:
        shapes = renderer_shapes(renderer)
    elif renderer not in ("matplotlib", "pillow"):
        raise ValueError(f"unknown renderer {renderer!r}: use 'matplotlib' or 'pillow'")
    cleaned = _clean(to_logical(_clean(text)))
    if max_chars is not None:
        cleaned = ellipsise(cleaned, max_chars)
    if not cleaned:
        return ""
    if not shapes:
        return shape_for_basic_renderer(cleaned)
    lines = []
    for line in cleaned.split("\n"):
        if has_arabic(line) and first_strong_is_ltr(line):
            line = RLM + line
        lines.append(line)
    return "\n".join(lines)


def first_strong_is_ltr(line: str) -> bool:
    """Whether the first strong character of ``line`` (UAX #9 bidi class L, R or AL,
    :func:`unicodedata.bidirectional`) is left-to-right: ``True`` for «-sabq»,
    «(BBC) عاجل»; ``False`` for «سبق okaz» and for a line with no strong character
    («123», «@»). Raises nothing for a str."""
    for ch in line:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return False
        if kind == "L":
            return True
    return False
