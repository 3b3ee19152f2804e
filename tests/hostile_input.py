"""Shared input of the adversarial tests (test_hostile_s5.py, test_hostile_s6.py): one
short Arabic story text, a JSONL writer and the loader with its cleaning report."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

LAVROV = (
    "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار في سوريا. "
    "وأضاف لافروف أن الأمم المتحدة تعمل من أجل السلام."
)


def _jsonl(path: Path, rows: list[dict]) -> Path:
    """Write ``rows`` as one JSON object a line (UTF-8) and return ``path``."""
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    return path


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
