"""Properly shaped Arabic charts: renderer-aware text, Arabic fonts, right-to-left
layouts, word clouds and byte-for-byte reproducible figures.

Public API::

    renderer_capabilities()                      -> DataFrame (one row per renderer)
    arabic_text_preparation()                    -> DataFrame (its reader's summary)
    prepare_label(text, renderer="matplotlib")   -> str to hand that renderer
    story_labels(stories, max_chars=30)          -> {story_id: short title} for story_names=
    side_name(keyness_table, "reference", story_names=...) -> name of one side
    find_arabic_font(font=None) / font_family()  -> FontInfo / fallback list
    missing_glyphs(texts, font=None)             -> characters no font can draw
    use_style(font=None)                         -> apply khabar's rcParams
    top_terms_chart, compare_stories, keyness_chart, entity_counts_chart,
    bar_chart, word_cloud, comparison_cloud,
    term_scatter                                 -> matplotlib Figure
    stories_over_time, story_lengths_chart, cleaning_chart,
    top_by_group, top_terms_by_group, top_entities_by_group, quotes_by_group,
    time_series_chart, entity_heatmap            -> corpus-level views (helpers.charts.views)
    save_figure(fig, name, folder="figures")     -> [PNG, SVG] paths
    show_figure(fig, alt=None)                   -> shown in a notebook with an alt text
    figure_alt(fig)                              -> the description used as alt text (Arabic)
    show_in_notebooks()                          -> figures shown as images in Jupyter
    comparison_subtitle, stories_phrase, counted, selection_name, fold_others
                                                 -> the skeleton's shared wording and folding
    describe_selection(selection)                -> plain text of a selection, for tables
    group_tokens(corpus_counts, stories, by)     -> counted tokens per group (per 1,000)
    group_order(sizes), group_colours(groups, order)
                                                 -> the one order and colour of a run's groups

See the docstring of each function for the table columns it reads.
"""

from .alt import figure_alt
from .capabilities import (
    RendererInfo,
    arabic_text_preparation,
    renderer_capabilities,
    renderer_info,
    renderer_shapes,
)
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
from .save import save_figure, show_figure, show_in_notebooks
from .scatter import term_scatter
from .skeleton import (
    MAX_SERIES,
    MIN_GROUP_STORIES,
    MIN_GROUP_TOKENS,
    bidi_name,
    comparison_subtitle,
    counted,
    describe_selection,
    fold_others,
    group_colours,
    group_order,
    group_tokens,
    selection_name,
    stories_phrase,
)
from .style import chart_style, use_style
from .views import (
    arabic_date,
    cleaning_chart,
    entity_heatmap,
    far_dates,
    quotes_by_group,
    stories_over_time,
    story_lengths_chart,
    time_series_chart,
    top_by_group,
    top_entities_by_group,
    top_terms_by_group,
)

__all__ = [
    "MAX_SERIES",
    "MIN_GROUP_STORIES",
    "MIN_GROUP_TOKENS",
    "ChartWarning",
    "FontCoverageWarning",
    "FontInfo",
    "RendererInfo",
    "arabic_date",
    "arabic_text_preparation",
    "bar_chart",
    "bidi_name",
    "chart_style",
    "cleaning_chart",
    "compare_stories",
    "comparison_cloud",
    "comparison_subtitle",
    "counted",
    "describe_selection",
    "digits_to_arabic_indic",
    "ellipsise",
    "entity_counts_chart",
    "entity_heatmap",
    "far_dates",
    "figure_alt",
    "find_arabic_font",
    "fold_others",
    "font_family",
    "group_colours",
    "group_order",
    "group_tokens",
    "has_arabic",
    "keyness_chart",
    "missing_glyphs",
    "prepare_label",
    "quotes_by_group",
    "register_font",
    "renderer_capabilities",
    "renderer_info",
    "renderer_shapes",
    "save_figure",
    "selection_name",
    "shape_for_basic_renderer",
    "show_figure",
    "show_in_notebooks",
    "side_name",
    "stories_over_time",
    "stories_phrase",
    "story_labels",
    "story_lengths_chart",
    "term_scatter",
    "time_series_chart",
    "to_logical",
    "top_by_group",
    "top_entities_by_group",
    "top_terms_by_group",
    "top_terms_chart",
    "use_style",
    "word_cloud",
]

show_in_notebooks()  # khabar draws no pyplot figures: let Jupyter show them as images
