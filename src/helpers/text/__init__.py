"""Arabic text: normalisation, tokenisation with clitics, stopwords, stemming.

Public API::

    analyse_types(types, attested=(), known=(), **options) -> {surface: Analysis}
        Analysis = (norm, base, clitics, is_stop, kind): the one per-type analysis
        (normalisation, proclitics, stopword) every module uses for term keys
    Analyser(attested=(), known=(), **options)(surface, kind=None) -> Analysis (cached)
    normalize(text, **options)          -> str            (helpers.text.normalize)
    tokenize(text, **options)           -> tokens table   (helpers.text.tokenize)
    tokenize_zones(zones, include=...)  -> tokens table with story_id, zone
    stopwords(), is_stopword(base), reporting_verbs()
    stem(words)                         -> Snowball stems (exploration only)
    has_article(light, at=0)            -> bool: the article ال is written there

The tokens table's columns are listed in :data:`TOKEN_COLUMNS` and in DEVELOPING.md.
"""

from helpers.text.analyse import Analyser, Analysis, analyse_types
from helpers.text.clitics import ARTICLE_ALEFS, CliticSplitter, has_article
from helpers.text.normalize import DEFAULTS, normalize, normalizer_table
from helpers.text.stem import stem
from helpers.text.stopwords import is_stopword, reporting_verbs, stopwords
from helpers.text.tokenize import TOKEN_COLUMNS, iter_tokens, kind_of, tokenize, tokenize_zones

__all__ = [
    "ARTICLE_ALEFS",
    "DEFAULTS",
    "TOKEN_COLUMNS",
    "Analyser",
    "Analysis",
    "CliticSplitter",
    "analyse_types",
    "has_article",
    "is_stopword",
    "iter_tokens",
    "kind_of",
    "normalize",
    "normalizer_table",
    "reporting_verbs",
    "stem",
    "stopwords",
    "tokenize",
    "tokenize_zones",
]
