"""Choosing an Arabic-capable font and checking that it covers every label.

Order of preference (:func:`find_arabic_font`):

1. a font installed from ``requirements.txt`` as a Python package, so a fresh
   machine gets it: ``fontpkg-noto-sans-arabic`` (Noto Sans Arabic 2.012, Google
   Fonts build, OFL-1.1; a variable font whose default instance, weight 400, is what
   matplotlib and Pillow draw: neither applies variation axes by default);
2. system fonts known to matplotlib: Noto Sans Arabic, Noto Naskh Arabic, Amiri,
   IBM Plex Sans Arabic, Noto Kufi Arabic, Scheherazade New, Vazirmatn;
3. DejaVu Sans, which matplotlib ships (it has the basic Arabic letters).

matplotlib is given a *fallback list* (the Arabic font, then DejaVu Sans) and draws
each character with the first family that has it: the Noto Sans Arabic build from
Debian/notofonts has no Latin letters, parentheses or minus sign. Pillow (word
clouds) draws with one font only. Coverage is checked per code point actually drawn
(:func:`missing_glyphs`), and a :class:`FontCoverageWarning` names the characters
instead of drawing empty boxes (tofu).
"""

from __future__ import annotations

import contextlib
import functools
import threading
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import FontError, VisibleWarning
from .reasons import no_glyph

__all__ = [
    "FALLBACK_FAMILY",
    "FontCoverageWarning",
    "FontInfo",
    "find_arabic_font",
    "font_family",
    "missing_glyphs",
    "register_font",
    "resolved_font_path",
    "text_layout_cache",
]

FALLBACK_FAMILY = "DejaVu Sans"
SYSTEM_FAMILIES = (
    "Noto Sans Arabic",
    "Noto Naskh Arabic",
    "Amiri",
    "IBM Plex Sans Arabic",
    "Noto Kufi Arabic",
    "Scheherazade New",
    "Vazirmatn",
)
# Letters every Arabic font must have to be chosen: alef, beh, lam, meem, yeh, teh marbuta.
_REQUIRED = "\u0627\u0628\u0644\u0645\u064a\u0629"


class FontCoverageWarning(VisibleWarning):
    """Some characters of the labels have no glyph in the fonts that will draw them."""


@dataclass(frozen=True)
class FontInfo:
    """The font chosen for Arabic text.

    Attributes
    ----------
    path : pathlib.Path
        The font file.
    family : str
        Its family name as matplotlib knows it.
    source : str
        ``"python package <name>"``, ``"system"`` or ``"matplotlib (DejaVu Sans)"``.
    """

    path: Path
    family: str
    source: str


def _charmap(path: str | Path) -> frozenset[int]:
    return _charmap_cached(str(Path(path).resolve()))


@functools.cache
def _charmap_cached(path: str) -> frozenset[int]:
    from matplotlib import ft2font

    return frozenset(ft2font.FT2Font(path).get_charmap())


def register_font(path: str | Path) -> str:
    """Make a font file known to matplotlib; return its family name.

    Parameters
    ----------
    path : str or Path
        A TrueType/OpenType font file (``.ttf``, ``.otf``, ``.ttc``).

    Returns
    -------
    str
        The family name to put in ``font.family`` / ``fontfamily``.

    Raises
    ------
    FontError
        When the file does not exist or FreeType cannot read it.
    """
    from matplotlib import font_manager

    p = Path(path)
    if not p.is_file():
        raise FontError(
            "font file does not exist",
            path=p,
            hint="give the path of a .ttf or .otf file, or omit `font` to use the default",
        )
    try:
        family = font_manager.FontProperties(fname=str(p)).get_name()
        real = str(p.resolve())
        if real not in {str(Path(f.fname).resolve()) for f in font_manager.fontManager.ttflist}:
            font_manager.fontManager.addfont(real)
        _charmap(p)
    except (OSError, RuntimeError, ValueError) as exc:
        raise FontError(f"cannot read font: {exc}", path=p) from exc
    # Another file may carry the same family name (Debian's fonts-noto-core ships a
    # Noto Sans Arabic without Latin letters); put this file first so that the family
    # name resolves to it, as the user asked for this file.
    mgr = font_manager.fontManager
    mine = [f for f in mgr.ttflist if str(Path(f.fname).resolve()) == real]
    mgr.ttflist[:] = mine + [f for f in mgr.ttflist if str(Path(f.fname).resolve()) != real]
    mgr._findfont_cached.cache_clear()
    return family


def resolved_font_path(family: str) -> Path:
    """The file matplotlib draws for ``family`` (regular style and weight)."""
    from matplotlib import font_manager

    prop = font_manager.FontProperties(family=family)
    return Path(font_manager.findfont(prop, fallback_to_default=False)).resolve()


def _packaged_fonts() -> list[FontInfo]:
    out = []
    try:
        import fontpkg_noto_sans_arabic as pkg
    except ImportError:
        return out
    for f in sorted((Path(pkg.ROOT) / "files").glob("*.[ot]tf")):
        out.append(FontInfo(f, pkg.FAMILY, "python package fontpkg-noto-sans-arabic"))
    return out


def _has_arabic(path: Path) -> bool:
    cmap = _charmap(path)
    return all(ord(c) in cmap for c in _REQUIRED)


@functools.cache
def _find_default() -> FontInfo:
    from matplotlib import font_manager

    for info in _packaged_fonts():
        if _has_arabic(info.path):
            register_font(info.path)
            return info
    by_family: dict[str, list] = {}
    for entry in font_manager.fontManager.ttflist:
        by_family.setdefault(entry.name, []).append(entry)
    for family in SYSTEM_FAMILIES:
        entries = sorted(
            by_family.get(family, []),
            key=lambda e: (e.style != "normal", abs(_weight(e.weight) - 400), e.fname),
        )
        for entry in entries:
            if _has_arabic(Path(entry.fname)):
                return FontInfo(Path(entry.fname), family, "system")
    path = Path(font_manager.findfont(FALLBACK_FAMILY, fallback_to_default=False))
    return FontInfo(path, FALLBACK_FAMILY, "matplotlib (DejaVu Sans)")


def _weight(w) -> int:
    if isinstance(w, int):
        return w
    from matplotlib.font_manager import weight_dict

    return weight_dict.get(str(w), 400)


def find_arabic_font(font: str | Path | None = None) -> FontInfo:
    """Return the best Arabic-capable font present (see the module docstring).

    Parameters
    ----------
    font : str or Path, optional
        A font file to use instead of the search; it is registered with matplotlib.

    Returns
    -------
    FontInfo

    Raises
    ------
    FontError
        When ``font`` is given and does not exist or cannot be read.
    """
    if font is None:
        return _find_default()
    family = register_font(font)
    return FontInfo(Path(font), family, "given")


def font_family(font: str | Path | None = None) -> list[str]:
    """The matplotlib fallback list: the Arabic font's family, then DejaVu Sans.

    Raises
    ------
    FontError
        When ``font`` is given and does not exist or cannot be read.
    """
    family = find_arabic_font(font).family
    return [family] if family == FALLBACK_FAMILY else [family, FALLBACK_FAMILY]


def _ignorable(ch: str) -> bool:
    # Line breaks, spaces and format characters (RLM, ZWJ, ZWNJ) draw no glyph.
    return ch in "\n\r\t" or unicodedata.category(ch) in ("Cf", "Cc", "Zl", "Zp")


def missing_glyphs(
    texts: Iterable[str],
    font: str | Path | None = None,
    *,
    renderer: str = "matplotlib",
    warn: bool = True,
) -> list[str]:
    """Characters of ``texts`` that no font in the fallback list can draw.

    Parameters
    ----------
    texts : iterable of str
        The strings to be drawn (labels, titles, tick labels).
    font : str or Path, optional
        The Arabic font (default: :func:`find_arabic_font`).
    renderer : {"matplotlib", "pillow"}
        matplotlib falls back to DejaVu Sans per character; Pillow uses one font.
    warn : bool
        Emit a :class:`FontCoverageWarning` naming the missing characters and the fonts
        by family name (never the font file's path: users share logs and notebooks,
        session 18).

    Returns
    -------
    list of str
        The missing characters, sorted by code point, without duplicates.

    Raises
    ------
    FontError
        When ``font`` is given and does not exist or cannot be read.
    """
    from matplotlib import font_manager

    info = find_arabic_font(font)
    primary = resolved_font_path(info.family) if renderer == "matplotlib" else info.path
    maps = [_charmap(primary)]
    if renderer == "matplotlib" and info.family != FALLBACK_FAMILY:
        maps.append(_charmap(font_manager.findfont(FALLBACK_FAMILY, fallback_to_default=False)))
    needed = {ch for text in texts for ch in str(text) if not _ignorable(ch)}
    missing = sorted((ch for ch in needed if not any(ord(ch) in m for m in maps)), key=ord)
    if missing and warn:
        names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '?')} ({c})" for c in missing)
        fonts = info.family if renderer == "pillow" else f"{info.family} + {FALLBACK_FAMILY}"
        warnings.warn(
            no_glyph(fonts, names),
            FontCoverageWarning,
            stacklevel=2,
        )
    return missing


_IN_CACHE = threading.local()


def _prop_key(prop) -> tuple | None:
    """What a :class:`matplotlib.font_manager.FontProperties` hashes (its attributes, as
    ``FontProperties.__hash__`` takes them), frozen now; None for anything else."""
    from matplotlib.font_manager import FontProperties

    if not isinstance(prop, FontProperties):
        return None
    key = tuple(prop.__dict__.values())
    try:
        hash(key)
    except TypeError:
        return None
    return key


@contextlib.contextmanager
def text_layout_cache() -> Iterator[None]:
    """Within the block, matplotlib looks each font and each text's size up once.

    A figure saved as PNG and SVG with ``bbox_inches="tight"`` is drawn four times
    (a layout pass and the real drawing, for each format), each with a new renderer:
    matplotlib's own text-metrics cache is kept per renderer, so every label is
    measured (shaped by libraqm) four times, and for every text of every drawing
    ``Text._get_layout`` looks its fonts up again (``findfont`` for each family of the
    fallback list, building a tuple of 11 rcParams each time) and reads the font's
    ``OS/2`` and ``head`` tables anew. :func:`helpers.charts.save_figure` draws inside
    this block, which memoises, for the block only:

    * ``fontManager._find_fonts_by_props`` by the font properties' values (what
      ``FontProperties.__hash__`` uses) and its other arguments;
    * the SFNT tables ``Text._get_layout`` reads, per font file object;
    * ``matplotlib.text._get_text_metrics_with_cache`` by (renderer class, renderer dpi,
      text, font properties, math mode, figure dpi) instead of per renderer object:
      a renderer's ``get_text_width_height_descent`` depends on nothing else
      (``RendererAgg``: its dpi; ``RendererSVG``: text-to-path at 72 dpi).

    rcParams are not changed inside the block (they are part of every lookup), so the
    results, and the bytes of the files written, are those of the uncached calls
    (``tests/test_runner_speed.py``). Not thread-safe: drawing happens in one
    thread. A nested block is the outer one.
    """
    if getattr(_IN_CACHE, "on", False):
        yield
        return
    import matplotlib.text as mtext
    from matplotlib import font_manager

    mgr = font_manager.fontManager
    find = mgr._find_fonts_by_props
    get_font = mtext.get_font
    metrics = mtext._get_text_metrics_with_cache
    found: dict = {}
    fonts: dict = {}
    measured: dict = {}

    def find_cached(prop, fontext="ttf", directory=None, fallback_to_default=True,
                    rebuild_if_missing=True):  # fmt: skip
        key = _prop_key(prop)
        if key is None:
            return find(prop, fontext, directory, fallback_to_default, rebuild_if_missing)
        key = (key, fontext, directory, fallback_to_default, rebuild_if_missing)
        hit = found.get(key)
        if hit is None:
            hit = found[key] = find(prop, fontext, directory, fallback_to_default,
                                    rebuild_if_missing)  # fmt: skip
        return hit

    class Tables:
        """A font as ``Text._get_layout`` uses it: its SFNT tables, read once."""

        def __init__(self, font) -> None:
            self.font = font
            self.tables: dict = {}

        def get_sfnt_table(self, name):
            if name not in self.tables:
                self.tables[name] = self.font.get_sfnt_table(name)
            return self.tables[name]

        def __getattr__(self, name):
            return getattr(self.font, name)

    def get_font_cached(*args, **kwargs):
        font = get_font(*args, **kwargs)
        hit = fonts.get(id(font))
        if hit is None or hit.font is not font:
            hit = fonts[id(font)] = Tables(font)
        return hit

    def metrics_cached(renderer, text, fontprop, ismath, dpi):
        key = _prop_key(fontprop)
        if key is None:
            return metrics(renderer, text, fontprop, ismath, dpi)
        key = (type(renderer), getattr(renderer, "dpi", None), text, key, ismath, dpi)
        hit = measured.get(key)
        if hit is None:
            hit = measured[key] = metrics(renderer, text, fontprop, ismath, dpi)
        return hit

    _IN_CACHE.on = True
    mgr._find_fonts_by_props = find_cached  # the instance's, over the class's method
    mtext.get_font = get_font_cached
    mtext._get_text_metrics_with_cache = metrics_cached
    try:
        yield
    finally:
        del mgr._find_fonts_by_props
        mtext.get_font = get_font
        mtext._get_text_metrics_with_cache = metrics
        _IN_CACHE.on = False
