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

#: The held-out outlets (issue 13): their stories are never read by a benchmark.
HELD_OUT = frozenset({"okaz", "alriyadh", "aljazirah", "aleqtisadiya"})


def day_tokens(corpus: Path, day: str, outlets=None):
    """``(stories, tokens)`` of one day's zip (``2015-07-26``): the stories of
    ``outlets`` (default: every outlet but :data:`HELD_OUT`, which are always left
    out), renumbered from 0, and their tokens (``helpers.text.tokenize_zones`` of
    their zones)."""
    from helpers.corpus import load_corpus, zones
    from helpers.text import tokenize_zones

    stories = load_corpus(corpus / f"{day}.zip", fields=FIELDS)
    keep = ~stories["outlet"].isin(HELD_OUT)
    if outlets is not None:
        keep &= stories["outlet"].isin(list(outlets))
    stories = stories[keep].reset_index(drop=True)
    return stories, tokenize_zones(zones(stories))
