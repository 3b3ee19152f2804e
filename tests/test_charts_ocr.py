"""Optional end-to-end check by OCR (Debian: tesseract-ocr, tesseract-ocr-ara).

Labels drawn by matplotlib from prepare_label() are read back by Tesseract's Arabic
model; the same labels drawn from the old recipe's output are not. OCR is weak (it
misreads some clean words), so this is an extra check, not the oracle: at least 8 of
the 12 clean labels must be read exactly (9 were on the development machine, with
tesseract 5.3), and none of the broken ones.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import arabic_reshaper
import pytest
from bidi import get_display
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from helpers.charts import font_family, prepare_label

LABELS = ["لافروف", "الأسد", "دمشق", "العراق", "الأميركي", "موسكو", "المعارضة السورية",
          "وزير الخارجية", "بشار الأسد", "هيئة تحرير الشام", "انتقلتُ", "العراقـية"]  # fmt: skip


def _has_arabic_ocr() -> bool:
    if shutil.which("tesseract") is None:
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return "ara" in langs.stdout.split()


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not _has_arabic_ocr(), reason="tesseract with Arabic data not installed"),
    pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font"),
]


def _read(text: str, tmp_path) -> str:
    fig = Figure(figsize=(8, 1.2), dpi=100)
    fig.text(0.5, 0.5, text, ha="center", va="center", fontsize=36,
             fontfamily=font_family(), parse_math=False)  # fmt: skip
    FigureCanvasAgg(fig)
    path = tmp_path / "label.png"
    fig.savefig(path, dpi=150, facecolor="white")
    out = subprocess.run(
        ["tesseract", str(path), "stdout", "-l", "ara", "--psm", "7"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def _norm(s: str) -> str:
    kept = (c for c in s if not unicodedata.combining(c) and c not in "\u0640\u200f\u200e")
    return " ".join("".join(kept).split())


def test_ocr_reads_prepared_labels_and_not_the_old_recipe(tmp_path):
    clean = sum(_norm(_read(prepare_label(t, "matplotlib"), tmp_path)) == _norm(t) for t in LABELS)
    broken = sum(
        _norm(_read(get_display(arabic_reshaper.reshape(t)), tmp_path)) == _norm(t) for t in LABELS
    )
    assert clean >= 8, clean
    assert broken == 0, broken
