"""Shared input of the adversarial tests (test_hostile_s5.py, test_hostile_s6.py): one
short Arabic story text and the loader with its cleaning report (the JSONL writer is
jsonl_files.write_jsonl)."""

from __future__ import annotations

import warnings
from pathlib import Path

LAVROV = (
    "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار في سوريا. "
    "وأضاف لافروف أن الأمم المتحدة تعمل من أجل السلام."
)


def _load(path: Path, **kw):
    """``load_corpus(path, return_report=True, duplicates="keep", **kw)`` with its
    warnings silenced. The hostile corpora write one story's body (:data:`LAVROV`) under
    many titles: every record is kept, since copies are not what these tests read
    (``tests/test_corpus_duplicates.py`` tests them)."""
    from helpers.corpus import load_corpus

    kw.setdefault("duplicates", "keep")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(path, return_report=True, **kw)
