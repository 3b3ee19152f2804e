"""Properly shaped Arabic charts: renderer-aware text, Arabic fonts, right-to-left
layouts, word clouds and byte-for-byte reproducible figures.

Public API::

    renderer_capabilities()                      -> DataFrame (one row per renderer)
    prepare_label(text, renderer="matplotlib")   -> str to hand that renderer
    story_labels(stories, max_chars=30)          -> {story_id: short title} for story_names=
    side_name(keyness_table, "reference", story_names=...) -> name of one side
    find_arabic_font(font=None) / font_family()  -> FontInfo / fallback list
    missing_glyphs(texts, font=None)             -> characters no font can draw
    use_style(font=None)                         -> apply khabar's rcParams
    top_terms_chart, compare_stories, keyness_chart, entity_counts_chart,
    bar_chart, word_cloud, comparison_cloud,
    term_scatter                                 -> matplotlib Figure
    save_figure(fig, name, folder="figures")     -> [PNG, SVG] paths
    show_in_notebooks()                          -> figures shown as images in Jupyter

See the docstring of each function for the table columns it reads.
"""

from .capabilities import RendererInfo, renderer_capabilities, renderer_info, renderer_shapes
from .cloud import comparison_cloud, word_cloud
from .fonts import (
    FontCoverageWarning,
    FontInfo,
    find_arabic_font,
    font_family,
    missing_glyphs,
    register_font,
)
from .labels import (
    digits_to_arabic_indic,
    ellipsise,
    has_arabic,
    prepare_label,
    shape_for_basic_renderer,
    story_labels,
    to_logical,
)
from .plots import (
    ChartWarning,
    bar_chart,
    compare_stories,
    entity_counts_chart,
    keyness_chart,
    side_name,
    top_terms_chart,
)
from .save import save_figure, show_in_notebooks
from .scatter import term_scatter
from .style import chart_style, use_style

__all__ = [
    "ChartWarning",
    "FontCoverageWarning",
    "FontInfo",
    "RendererInfo",
    "bar_chart",
    "chart_style",
    "compare_stories",
    "comparison_cloud",
    "digits_to_arabic_indic",
    "ellipsise",
    "entity_counts_chart",
    "find_arabic_font",
    "font_family",
    "has_arabic",
    "keyness_chart",
    "missing_glyphs",
    "prepare_label",
    "register_font",
    "renderer_capabilities",
    "renderer_info",
    "renderer_shapes",
    "save_figure",
    "shape_for_basic_renderer",
    "show_in_notebooks",
    "side_name",
    "story_labels",
    "term_scatter",
    "to_logical",
    "top_terms_chart",
    "use_style",
    "word_cloud",
]

show_in_notebooks()  # khabar draws no pyplot figures: let Jupyter show them as images
