"""The one writer of small JSONL corpora for the tests (session 19: it replaced the
``json.dumps`` loop or join written out in 20 test modules, three of them as the same
``_write`` helper, and ``hostile_input._jsonl``, which two more imported)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def write_jsonl(path: str | Path, rows: Iterable[dict]) -> Path:
    """Write ``rows`` as one JSON object a line to ``path`` (UTF-8, Arabic written as
    itself, not ``\\u`` escapes; every line ends in a newline) and return ``path`` as a
    :class:`~pathlib.Path`. No rows give an empty file."""
    path = Path(path)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path.write_text(text, encoding="utf-8")
    return path
