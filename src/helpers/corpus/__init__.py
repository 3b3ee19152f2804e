"""Reading corpora: files to the stories table, zones and the cleaning report.

See :func:`load_corpus` (stories table), :func:`zones` (one row per text zone) and
:func:`iter_stories` (streaming, one file in memory at a time).
"""

from helpers.corpus.decode import DecodedText, KhabarWarning, decode_bytes, read_text
from helpers.corpus.layout import CREDITS, split_credit
from helpers.corpus.load import (
    REPORT_COLUMNS,
    STORY_COLUMNS,
    ZONES,
    corpus_files,
    describe,
    iter_files,
    iter_stories,
    load_corpus,
    zones,
)

__all__ = [
    "CREDITS",
    "REPORT_COLUMNS",
    "STORY_COLUMNS",
    "ZONES",
    "DecodedText",
    "KhabarWarning",
    "corpus_files",
    "decode_bytes",
    "describe",
    "iter_files",
    "iter_stories",
    "load_corpus",
    "read_text",
    "split_credit",
    "zones",
]
