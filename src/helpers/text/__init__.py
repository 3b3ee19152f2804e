"""Arabic text: normalisation, tokenisation with clitics, stopwords, stemming.

Public API::

    normalize(text, **options)          -> str            (helpers.text.normalize)
    tokenize(text, **options)           -> tokens table   (helpers.text.tokenize)
    tokenize_zones(zones, include=...)  -> tokens table with story_id, zone
    stopwords(), is_stopword(base), reporting_verbs()
    stem(words)                         -> Snowball stems (exploration only)
    has_article(light, at=0)            -> bool: the article ال is written there

The tokens table's columns are listed in :data:`TOKEN_COLUMNS` and in DEVELOPING.md.
"""

from helpers.text.clitics import ARTICLE_ALEFS, CliticSplitter, has_article
from helpers.text.normalize import DEFAULTS, normalize, normalizer_table
from helpers.text.stem import stem
from helpers.text.stopwords import is_stopword, reporting_verbs, stopwords
from helpers.text.tokenize import TOKEN_COLUMNS, iter_tokens, tokenize, tokenize_zones

__all__ = [
    "ARTICLE_ALEFS",
    "DEFAULTS",
    "TOKEN_COLUMNS",
    "CliticSplitter",
    "has_article",
    "is_stopword",
    "iter_tokens",
    "normalize",
    "normalizer_table",
    "reporting_verbs",
    "stem",
    "stopwords",
    "tokenize",
    "tokenize_zones",
]
