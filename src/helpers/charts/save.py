"""Saving figures byte-for-byte reproducibly and atomically."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from numbers import Real
from pathlib import Path

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..errors import ArgumentError, KhabarError
from ..io import atomic_write, safe_name
from .alt import figure_alt
from .fonts import text_layout_cache
from .labels import has_arabic
from .skeleton import ALT_WORDS, MAX_SIDE_PX
from .style import SVG_HASHSALT

__all__ = ["ALT_WORDS", "FORMATS", "figure_alt", "save_figure", "show_figure", "show_in_notebooks"]

FORMATS = ("png", "svg", "pdf")
#: Highest PNG resolution accepted (print quality is 300-600 dpi; 1200 dpi already
#: makes a 10-inch figure 12,000 pixels wide).
MAX_DPI = 1200
# Metadata that would change from run to run (dates) or between machines is left out.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}


def save_figure(
    fig: Figure,
    name: str,
    folder: str | Path = "figures",
    formats: Sequence[str] = ("png", "svg"),
    *,
    dpi: int = 200,
) -> list[Path]:
    """Write ``fig`` as ``<folder>/<name>.<format>`` for each format, reproducibly.

    PNG is rendered at ``dpi`` (200); SVG keeps text as glyph outlines (so it shows
    the same shaping everywhere) with a fixed ``svg.hashsalt``; no dates or software
    versions are written into the files, so saving the same figure twice gives
    identical bytes. Each file is written to a temporary file and renamed
    (:func:`helpers.io.atomic_write`), so an interrupted run leaves no half-written
    figure.

    PDF is written on request only: its text is embedded as TrueType (Type 42) and
    draws correctly, but text *extracted* from a matplotlib 3.11 PDF (copy-paste,
    search, pdftotext) maps Arabic glyph clusters to the wrong characters (pdftotext
    gives "روف الأ أسد" for "لافروف الأسد"), an upstream limitation. Share PNG or SVG.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    name : str
        File name without folder, usually made from a story id or group value; a known
        extension (``.png``...) is dropped. It goes through :func:`helpers.io.safe_name`:
        a safe name is kept as it is (``02_top_terms_asharq-two-stories-01``); an id
        holding ``/`` (nested folders), a trailing space, an upper-case letter or
        another unsafe character is mapped and gets a short hash, so two ids never
        share a file (``x`` and ``x `` give ``x`` and ``x_~93bb4c5d2dc8``).
    folder : str or Path
        Created if missing. Notebooks pass their ``FIGURES`` parameter.
    formats : sequence of {"png", "svg", "pdf"}
    dpi : int or float
        Resolution of the PNG, in dots per inch, > 0 and <= :data:`MAX_DPI` (1200).
        A PNG that would be wider or taller than :data:`MAX_SIDE_PX` (4,000 px) is
        rendered again at the resolution that brings its longer side under it (khabar's
        charts are sized to stay under it at 200 dpi; this catches any other figure).

    Returns
    -------
    list of pathlib.Path
        The files written, in the order of ``formats``.

    Raises
    ------
    KhabarError
        An empty or blank name, an unknown format, or a ``fig`` that is not a
        matplotlib Figure.
    ArgumentError
        ``dpi`` not a number in (0, 1200].
    OutputError
        The folder is a file or read-only, ``<name>.<format>`` is a folder, or the disk
        is full (from :func:`helpers.io.atomic_write`).
    """
    if not isinstance(fig, Figure):
        raise KhabarError(f"save_figure: expected a matplotlib Figure, got {type(fig).__name__}")
    stem = str(name)
    for ext in FORMATS:
        if stem.lower().endswith("." + ext):
            stem = stem[: -len(ext) - 1]
    if not stem.strip():
        raise KhabarError(
            f"save_figure: bad figure name {name!r}",
            hint="give a bare file name such as 'top-terms-story-01'; put the folder in folder=",
        )
    stem = safe_name(stem)
    if (
        not isinstance(dpi, Real)
        or isinstance(dpi, bool)
        or not math.isfinite(dpi)
        or not 0 < dpi <= MAX_DPI
    ):
        raise ArgumentError(
            f"save_figure: dpi must be a number of dots per inch > 0 and <= {MAX_DPI}, got {dpi!r}"
        )
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise KhabarError(f"save_figure: unknown format(s) {unknown or formats}; use {FORMATS}")
    if fig.canvas is None or not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    written = []
    folder = Path(folder)
    png, png_dpi = None, dpi
    with (
        mpl.rc_context({"svg.hashsalt": SVG_HASHSALT, "svg.fonttype": "path", "pdf.fonttype": 42}),
        text_layout_cache(),
    ):
        for fmt in formats:
            buf = _render(fig, fmt, dpi)
            if fmt == "png":
                side = max(_png_size(buf))
                if side > MAX_SIDE_PX:  # a figure drawn past the bound: keep the bound
                    png_dpi = dpi * (MAX_SIDE_PX - 8) / side
                    buf = _render(fig, fmt, png_dpi)
            path = folder / f"{stem}.{fmt}"
            with atomic_write(path, "wb") as fh:
                fh.write(buf.getvalue())
            if fmt == "png":
                png = path
            written.append(path)
    _keep_png(fig, png, png_dpi)
    return written


#: Attribute of a saved figure naming its PNG for :func:`show_figure`: ``(the file,
#: its size and modification time, its dpi, the figure's state when it was drawn)``.
#: The file, not its bytes: a notebook drawing hundreds of figures holds no copy of
#: each image.
_SAVED_PNG = "_khabar_saved_png"


def _state(fig: Figure) -> tuple:
    """What :func:`show_figure` compares to tell whether a figure changed since
    :func:`save_figure` drew it: its size, facecolour and artists, none of them
    ``stale`` (matplotlib marks an artist stale when it or anything in it changes,
    until it is drawn again); ``()`` when one is."""
    children = fig.get_children()
    if any(child.stale for child in children):
        return ()
    return (tuple(fig.get_size_inches()), fig.get_facecolor(), tuple(map(id, children)))


def _stamp(path: Path) -> tuple[int, int] | None:
    """Size and modification time (ns) of a file, None when it cannot be read."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _keep_png(fig: Figure, png: Path | None, dpi: float) -> None:
    """Name the PNG just written on ``fig`` for :func:`show_figure`. ``savefig``
    leaves the figure's artists marked stale (it sets and restores the facecolour and
    the layout around the tight bounding box, which draw the same), so they are
    marked drawn here: a change made afterwards marks them stale again and the PNG is
    not reused."""
    stamp = _stamp(png) if png is not None else None
    if stamp is None:
        setattr(fig, _SAVED_PNG, None)
        return
    for child in fig.get_children():
        child.stale = False  # a False is not passed up to the figure
    setattr(fig, _SAVED_PNG, (png, stamp, dpi, _state(fig)))


def _saved_png(fig: Figure) -> tuple[bytes, float] | None:
    """The PNG :func:`save_figure` wrote for ``fig`` and its dpi, when the figure has
    not changed since and the file is still the one written (same size and
    modification time); else None."""
    kept = getattr(fig, _SAVED_PNG, None)
    if not kept:
        return None
    path, stamp, dpi, state = kept
    if _state(fig) != state or _stamp(path) != stamp:
        return None
    try:
        png = path.read_bytes()
    except OSError:
        return None
    return (png, dpi) if len(png) == stamp[0] else None


def _render(fig: Figure, fmt: str, dpi: float) -> io.BytesIO:
    buf = io.BytesIO()
    fig.savefig(
        buf,
        format=fmt,
        dpi=dpi,
        metadata=_METADATA[fmt],
        bbox_inches="tight",
        pad_inches=0.15,
        facecolor="white",
    )
    return buf


def _png_size(buf: io.BytesIO) -> tuple[int, int]:
    """Width and height of a PNG from its IHDR chunk (bytes 16-24, big-endian)."""
    head = buf.getvalue()[16:24]
    return int.from_bytes(head[:4], "big"), int.from_bytes(head[4:], "big")


def show_in_notebooks(shell=None) -> bool:
    """Make Jupyter draw khabar's figures as images (PNG) in cell outputs.

    khabar builds figures with :class:`matplotlib.figure.Figure` directly, never through
    ``pyplot``, so IPython's inline backend is never activated and a cell ending in
    ``fig`` (or ``display(fig)``) would print ``<Figure size 750x800 with 1 Axes>``
    instead of the chart, in JupyterLab and in the HTML exports alike. This registers
    IPython's own PNG printer (:func:`IPython.core.pylabtools.print_figure`) for
    ``Figure``, unless a printer for it is already registered (e.g. by ``%matplotlib
    inline`` or ``%config InlineBackend.figure_formats``, which it leaves alone).
    Called on ``import helpers.charts``; a no-op outside IPython.

    Parameters
    ----------
    shell : IPython InteractiveShell, optional
        Default: the running shell (:func:`IPython.get_ipython`).

    Returns
    -------
    bool
        True when a PNG printer for figures is in place in ``shell``.
    """
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:  # IPython not installed: nothing to register
            return False
        shell = get_ipython()
    formatters = getattr(getattr(shell, "display_formatter", None), "formatters", None)
    if not formatters:
        return False
    from functools import partial

    from IPython.core.pylabtools import print_figure

    for mime in ("image/png", "image/svg+xml", "image/jpeg", "application/pdf"):
        if mime in formatters and Figure in formatters[mime].type_printers:
            return True
    formatters["image/png"].for_type(Figure, partial(print_figure, fmt="png", base64=True))
    return True


def show_figure(fig: Figure, alt: str | None = None, *, dpi: int = 100) -> None:
    """Show ``fig`` in a notebook as an image with an ``alt`` text.

    nbconvert's HTML export writes ``alt="No description has been provided for this
    image"`` on every image output, and neither it nor JupyterLab reads an alt text from
    output metadata; an ``<img>`` in an HTML output keeps its own ``alt``. So the figure
    is published as one display output holding ``text/html`` (an ``<img>`` with the
    PNG inline and ``alt`` = ``alt`` or :func:`figure_alt`, HTML-escaped, with
    ``lang="ar" dir="rtl"`` when it holds Arabic), ``image/png``
    (for front ends that prefer images) and ``text/plain`` (the alt text).

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    alt : str, optional
        Description; default :func:`figure_alt`.
    dpi : int
        Resolution of the shown PNG (100: the figure's size in inches x 100 px).

    Raises
    ------
    KhabarError
        ``fig`` is not a matplotlib Figure.
    """
    import base64
    import html

    from IPython.display import display

    if not isinstance(fig, Figure):
        raise KhabarError(f"show_figure: expected a matplotlib Figure, got {type(fig).__name__}")
    if fig.canvas is None or not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    saved = _saved_png(fig)
    text = alt if alt is not None else figure_alt(fig)
    if saved is not None:
        # the PNG just saved (200 dpi) is shown at the width a ``dpi`` rendering would
        # have: sharper on high-density screens, and the figure is not drawn again
        png, saved_dpi = saved
        width = round(_png_size(io.BytesIO(png))[0] * dpi / saved_dpi)
    else:
        with mpl.rc_context({"svg.hashsalt": SVG_HASHSALT}):
            png = _render(fig, "png", dpi).getvalue()
        width, _ = _png_size(io.BytesIO(png))
    data = base64.b64encode(png).decode("ascii")
    # an Arabic description is read by a screen reader in an Arabic voice, right to left
    lang = ' lang="ar" dir="rtl"' if has_arabic(text) else ""
    tag = (
        f'<img src="data:image/png;base64,{data}" alt="{html.escape(text, quote=True)}"'
        f'{lang} style="max-width:100%;width:{width}px" />'
    )
    display({"text/html": tag, "image/png": data, "text/plain": text}, raw=True)
