"""benchmarks/gallery.py, the README gallery of a real corpus: without the corpus it
says so and does nothing; a corpus named that is no folder is an error (the full run
needs SaudiNewsNet and ~15 minutes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _gallery(*args, env=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "gallery.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_gallery_skips_without_the_corpus(tmp_path):
    out = tmp_path / "gallery"
    env = os.environ | {"KHABAR_SAUDINEWSNET": str(tmp_path / "absent")}
    run = _gallery("--out", str(out), env=env)
    assert run.returncode == 0, run.stderr
    want = "gallery: skipped, SaudiNewsNet not found ($KHABAR_SAUDINEWSNET or ../shared)"
    assert run.stdout.strip() == want
    assert not out.exists()


def test_a_corpus_named_that_is_no_folder_is_an_error(tmp_path):
    out = tmp_path / "gallery"
    run = _gallery(str(tmp_path / "typo"), "--out", str(out))
    assert run.returncode == 2
    assert run.stderr.strip() == f"gallery: no corpus folder at {tmp_path / 'typo'}"
    assert not out.exists()
