"""Where the SaudiNewsNet development corpus is and how its fields map: one place for
every benchmark and evaluation script (they import it from this folder).

The corpus is read in place and never copied into the repository (its README:
``../shared/corpora/saudinewsnet``: zips of JSON arrays, fields ``source, url,
date_extracted, title, author, content``).
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: An environment variable naming the corpus folder, checked before the search.
ENV_CORPUS = "KHABAR_SAUDINEWSNET"
#: ``load_corpus(..., fields=FIELDS)``: our names -> SaudiNewsNet's.
FIELDS = {"body": "content", "outlet": "source", "date": "date_extracted"}


def find_corpus(arg: str | os.PathLike | None = None) -> Path | None:
    """The SaudiNewsNet folder: ``arg``, else ``$KHABAR_SAUDINEWSNET``, else the first
    ``shared/corpora/saudinewsnet`` in a parent folder of the repository (``../shared``
    of a clone next to it, or of a git worktree further down). ``None`` if none
    exists."""
    if arg:
        p = Path(arg)
        return p if p.is_dir() else None
    if os.environ.get(ENV_CORPUS):
        p = Path(os.environ[ENV_CORPUS])
        return p if p.is_dir() else None
    for parent in ROOT.parents:
        p = parent / "shared" / "corpora" / "saudinewsnet"
        if p.is_dir():
            return p
    return None


#: The corpus folder, or where it would be next to the repository (a script checks
#: ``CORPUS.is_dir()`` and skips with a message when it is absent).
CORPUS = find_corpus() or ROOT.parent / "shared" / "corpora" / "saudinewsnet"
