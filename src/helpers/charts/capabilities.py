"""Which renderers shape and reorder Arabic text themselves.

Arabic breaks in charts in two opposite ways: a renderer that cannot shape draws
isolated letters in reversed order, and a renderer that can shape breaks text that
was already reshaped by the old ``get_display(arabic_reshaper.reshape(s))`` recipe.
khabar therefore asks each renderer what it does, by detection, never by habit:

* **matplotlib** shapes and reorders with libraqm (HarfBuzz + FriBiDi) from 3.11 on;
  the bundled version is ``matplotlib.ft2font.__libraqm_version__``.
* **Pillow** (the renderer under ``wordcloud``) shapes only when it was built with
  raqm: ``PIL.features.check("raqm")``; it reorders only when FriBiDi is present.

Detection is backed by a probe (evidence): a two-letter Arabic string is laid out
with DejaVu Sans (which matplotlib ships) and the result is compared with the
isolated, logical-order glyphs.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pandas as pd

__all__ = [
    "RendererInfo",
    "arabic_text_preparation",
    "renderer_capabilities",
    "renderer_info",
    "renderer_shapes",
]

RENDERERS = ("matplotlib", "pillow")

# Probes: two behs must get initial and final forms when shaped; in alef-beh (alef
# does not join leftwards, so both stay isolated) the beh is drawn leftmost when the
# text is reordered right to left.
_SHAPE_PROBE = "\u0628\u0628"  # بب: two behs must get initial and final forms
_ORDER_PROBE = "\u0627\u0628"  # اب: drawn right to left, beh is leftmost


@dataclass(frozen=True)
class RendererInfo:
    """What one renderer does with complex text.

    Attributes
    ----------
    renderer : str
        ``"matplotlib"`` or ``"pillow"``.
    version : str
        The renderer's version.
    shapes : bool
        It applies Arabic joining forms and ligatures itself (HarfBuzz via libraqm).
    reorders : bool
        It applies the Unicode Bidirectional Algorithm (UAX #9) itself (FriBiDi).
    engine : str
        The text engine and its version(s).
    evidence : str
        How this was established (version attribute, feature flag, probe result).
    """

    renderer: str
    version: str
    shapes: bool
    reorders: bool
    engine: str
    evidence: str


def _dejavu_path() -> str:
    from pathlib import Path

    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


@functools.cache
def _matplotlib_info() -> RendererInfo:
    import matplotlib
    from matplotlib import ft2font

    raqm = getattr(ft2font, "__libraqm_version__", None)
    layout = getattr(ft2font.FT2Font, "_layout", None)
    if raqm is None or layout is None:
        return RendererInfo(
            "matplotlib",
            matplotlib.__version__,
            False,
            False,
            f"FreeType {ft2font.__freetype_version__}, no libraqm",
            "ft2font has no __libraqm_version__: glyphs are drawn one code point at a "
            "time, left to right",
        )
    font = ft2font.FT2Font(_dejavu_path())
    isolated = font.get_char_index(0x0628)
    shaped_items = font._layout(_SHAPE_PROBE, ft2font.LoadFlags.NO_HINTING)
    shapes = any(item.glyph_index != isolated for item in shaped_items)
    order_items = font._layout(_ORDER_PROBE, ft2font.LoadFlags.NO_HINTING)
    reorders = bool(order_items) and order_items[0].char == "\u0628"
    evidence = (
        f"ft2font.__libraqm_version__ = {raqm}; probe with DejaVu Sans: "
        f"'بب' -> glyphs {[font.get_glyph_name(i.glyph_index) for i in shaped_items]}, "
        f"'اب' drawn first: {order_items[0].char if order_items else '?'!r}"
    )
    return RendererInfo(
        "matplotlib",
        matplotlib.__version__,
        shapes,
        reorders,
        f"libraqm {raqm} (bundled), FreeType {ft2font.__freetype_version__}",
        evidence,
    )


@functools.cache
def _pillow_info() -> RendererInfo:
    import numpy as np
    import PIL
    from PIL import Image, ImageDraw, ImageFont, features

    raqm = bool(features.check("raqm"))
    fribidi = bool(features.check("fribidi"))
    harfbuzz = features.version("harfbuzz") if raqm else None
    engine = (
        f"raqm {features.version('raqm')}, HarfBuzz {harfbuzz}, "
        f"FriBiDi {features.version('fribidi') if fribidi else 'absent'}"
        if raqm
        else "basic layout (FreeType only)"
    )
    if not raqm:
        return RendererInfo(
            "pillow",
            PIL.__version__,
            False,
            False,
            engine,
            "PIL.features.check('raqm') is False: Pillow draws code points one by one",
        )

    def ink(text: str, layout: int) -> np.ndarray:
        font = ImageFont.truetype(_dejavu_path(), 40, layout_engine=layout)
        img = Image.new("L", (120, 60), 0)
        ImageDraw.Draw(img).text((10, 5), text, font=font, fill=255)
        return np.asarray(img) > 127

    raqm_img = ink(_SHAPE_PROBE, ImageFont.Layout.RAQM)
    basic_img = ink(_SHAPE_PROBE, ImageFont.Layout.BASIC)
    shapes = bool((raqm_img != basic_img).any())
    # Reordering: RAQM on logical "اب" equals BASIC on the visual string "با".
    # Reordering: RAQM on logical "اب" is closer to BASIC on the visual string "با"
    # than to BASIC on the logical string.
    order_raqm = ink(_ORDER_PROBE, ImageFont.Layout.RAQM)
    to_visual = int((order_raqm ^ ink(_ORDER_PROBE[::-1], ImageFont.Layout.BASIC)).sum())
    to_logical = int((order_raqm ^ ink(_ORDER_PROBE, ImageFont.Layout.BASIC)).sum())
    reorders = fribidi and to_visual < to_logical
    evidence = (
        f"PIL.features.check('raqm') = True, check('fribidi') = {fribidi}; probe with "
        f"DejaVu Sans: RAQM and BASIC images of 'بب' differ: {shapes}; 'اب' differs from "
        f"the visual order by {to_visual} px, from the logical order by {to_logical} px"
    )
    return RendererInfo("pillow", PIL.__version__, shapes, reorders, engine, evidence)


def renderer_info(renderer: str) -> RendererInfo:
    """Return what ``renderer`` does with Arabic text (cached after the first call).

    Parameters
    ----------
    renderer : {"matplotlib", "pillow"}

    Returns
    -------
    RendererInfo

    Raises
    ------
    ValueError
        For an unknown renderer name.
    """
    if renderer == "matplotlib":
        return _matplotlib_info()
    if renderer == "pillow":
        return _pillow_info()
    raise ValueError(f"unknown renderer {renderer!r}: use one of {RENDERERS}")


def renderer_shapes(renderer: str) -> bool:
    """True when ``renderer`` both shapes and reorders Arabic itself (see :func:`renderer_info`)."""
    info = renderer_info(renderer)
    return info.shapes and info.reorders


def renderer_capabilities() -> pd.DataFrame:
    """Report, for matplotlib and Pillow, whether each shapes and reorders Arabic.

    Returns
    -------
    pandas.DataFrame
        One row per renderer, columns ``renderer`` (str), ``version`` (str),
        ``shapes`` (bool), ``reorders`` (bool), ``engine`` (str), ``evidence`` (str).
        Shaping follows the OpenType Arabic shaping model (HarfBuzz); reordering
        is the Unicode Bidirectional Algorithm, UAX #9.
    """
    rows = [renderer_info(name).__dict__ for name in RENDERERS]
    df = pd.DataFrame(
        rows, columns=["renderer", "version", "shapes", "reorders", "engine", "evidence"]
    )
    return df.astype({"shapes": bool, "reorders": bool})


#: What each renderer draws in khabar's figures (:func:`arabic_text_preparation`).
DRAWS = {"matplotlib": "الأشرطة والخرائط الحرارية ومخططات التشتت", "pillow": "سحب الكلمات"}
#: How Arabic text is handed to a renderer (:func:`helpers.charts.prepare_label`).
PREPARED = {
    True: "كما كُتب (الأداة تصل الحروف وترتّب السطر)",
    False: "حروف موصولة بترتيب العرض (arabic-reshaper و python-bidi)",
}


def arabic_text_preparation() -> pd.DataFrame:
    """The reader's summary of :func:`renderer_capabilities` (notebook 02): which renderer
    draws which figures, whether it shapes and orders Arabic itself
    (:func:`renderer_shapes`: both), and so how khabar hands it Arabic text
    (:func:`helpers.charts.prepare_label`). The probe's evidence (glyph names, pixel
    offsets) is for ``python -m helpers doctor`` (:mod:`helpers.doctor`).

    Returns
    -------
    pandas.DataFrame
        One row per renderer (:data:`RENDERERS`), columns ``renderer`` (str, name and
        version), ``draws`` (str, :data:`DRAWS`), ``shapes`` (bool: it joins and orders
        Arabic itself), ``text_given`` (str, :data:`PREPARED`). The texts are Arabic and
        the headers are shown in Arabic (``column_names.tsv``), as every table of the
        notebooks (session 19: a newcomer found this one in English).
    """
    rows = []
    for name in RENDERERS:
        info = renderer_info(name)
        both = bool(info.shapes and info.reorders)
        rows.append(
            {
                "renderer": f"{'Pillow' if name == 'pillow' else name} {info.version}",
                "draws": DRAWS[name],
                "shapes": both,
                "text_given": PREPARED[both],
            }
        )
    return pd.DataFrame(rows, columns=["renderer", "draws", "shapes", "text_given"])
