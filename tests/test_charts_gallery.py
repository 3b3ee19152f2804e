"""benchmarks/gallery.py, the README gallery of a real corpus: without the corpus it
says so and does nothing (the full run needs SaudiNewsNet and ~15 minutes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_gallery_skips_without_the_corpus(tmp_path):
    out = tmp_path / "gallery"
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "gallery.py"),
            str(tmp_path / "absent"),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"gallery: skipped, no corpus at {tmp_path / 'absent'}"
    assert not out.exists()
