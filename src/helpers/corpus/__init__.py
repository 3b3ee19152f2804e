"""Reading corpora: files to the stories table, zones and the cleaning report.

See :func:`load_corpus` (stories table), :func:`zones` (one row per text zone) and
:func:`iter_stories` (streaming, one story in memory at a time), :func:`trace_lines`
(what became of every input line).
"""

from helpers.corpus.clean import BOILERPLATE, LineCleaner
from helpers.corpus.decode import DecodedText, KhabarWarning, decode_bytes, open_lines, read_text
from helpers.corpus.layout import CREDITS, split_credit, split_lines
from helpers.corpus.load import (
    LINE_COLUMNS,
    REPORT_COLUMNS,
    STORY_COLUMNS,
    ZONES,
    check_outputs_outside,
    corpus_files,
    describe,
    iter_files,
    iter_stories,
    load_corpus,
    load_file,
    trace_lines,
    zones,
)

__all__ = [
    "BOILERPLATE",
    "CREDITS",
    "LINE_COLUMNS",
    "REPORT_COLUMNS",
    "STORY_COLUMNS",
    "ZONES",
    "DecodedText",
    "KhabarWarning",
    "LineCleaner",
    "check_outputs_outside",
    "corpus_files",
    "decode_bytes",
    "describe",
    "iter_files",
    "iter_stories",
    "load_corpus",
    "load_file",
    "open_lines",
    "read_text",
    "split_credit",
    "split_lines",
    "trace_lines",
    "zones",
]

from helpers.corpus.groups import (
    PERIODS,
    default_target,
    group_column,
    group_selection,
    groups_for,
    period_start,
    resolve_sides,
    select_stories,
    story_groups,
)

__all__ += ["PERIODS", "group_column", "group_selection", "resolve_sides", "select_stories"]
__all__ += ["default_target", "groups_for", "period_start", "story_groups"]
