"""khabar's chart style: one set of rcParams, applied by one function.

The plot functions of :mod:`helpers.charts` apply this style themselves while they
build a figure (``matplotlib.rc_context``) and set the font family on every text they
draw, so they need no global state; :func:`use_style` applies the same settings
globally for the user's own plots.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib as mpl

from .fonts import font_family

__all__ = ["SVG_HASHSALT", "chart_style", "use_style"]

SVG_HASHSALT = "khabar"


def chart_style(font: str | Path | None = None) -> dict:
    """The rcParams of khabar's charts.

    Parameters
    ----------
    font : str or Path, optional
        An Arabic font file to use instead of :func:`helpers.charts.find_arabic_font`.

    Returns
    -------
    dict
        rcParams: the font fallback list (Arabic font, then DejaVu Sans), mathtext
        parsing off (a label holding two ``$`` would otherwise be parsed as mathtext
        and lose its shaping), a fixed ``svg.hashsalt`` and path-outlined SVG text
        (byte-for-byte reproducible SVG), 200 dpi PNG, TrueType (Type 42) PDF fonts.

    Raises
    ------
    FontError
        When ``font`` does not exist or cannot be read.
    """
    return {
        "font.family": font_family(font),
        "font.size": 11.0,
        "axes.titlesize": 13.0,
        "axes.titleweight": "normal",
        "axes.labelsize": 11.0,
        "axes.spines.top": False,
        "axes.unicode_minus": True,
        "text.parse_math": False,
        "svg.hashsalt": SVG_HASHSALT,
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
        "savefig.dpi": 200,
        "figure.dpi": 100,
        "figure.facecolor": "white",
        "savefig.facecolor": "white",
    }


def use_style(font: str | Path | None = None) -> dict:
    """Apply :func:`chart_style` to ``matplotlib.rcParams`` (the one global change).

    Returns the rcParams applied. Raises :class:`helpers.errors.FontError` for a bad
    ``font`` path.
    """
    style = chart_style(font)
    mpl.rcParams.update(style)
    return style
