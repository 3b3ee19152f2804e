"""Run a benchmark script under another source tree of khabar: the one way the
``compare_*`` scripts (``compare_mentions.py``, ``compare_counts.py``) compute the same
tables with two trees (a ``git archive`` of a commit, or a worktree's ``src``).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path


def run_in_tree(script: str, src: Path, out: Path, args: list[str]) -> object:
    """Run ``script --child out args... src src`` in a child Python whose ``helpers`` is
    the tree ``src`` (``PYTHONPATH``), and return what the child pickled into ``out``.
    Exits (``SystemExit``) naming the tree when the child fails; its traceback is
    printed above."""
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, script, "--child", str(out), *args, str(src), str(src)]
    if subprocess.run(cmd, env=env).returncode:
        name = Path(script).stem
        raise SystemExit(f"{name}: the run of {src} failed (its traceback above)")
    return pickle.loads(out.read_bytes())
