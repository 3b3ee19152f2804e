"""save_figure refuses bad resolutions and unwritable destinations with KhabarErrors."""

import math

import pytest
from matplotlib.figure import Figure

from helpers.charts import save_figure
from helpers.errors import ArgumentError, OutputError


@pytest.fixture
def fig():
    f = Figure(figsize=(2, 1))
    f.add_subplot().plot([1, 2])
    return f


@pytest.mark.parametrize("dpi", [0, -1, 0.0, 100000, 1200.5, math.nan, math.inf, True, "200"])
def test_bad_dpi(fig, tmp_path, dpi):
    with pytest.raises(ArgumentError, match=r"save_figure: dpi must be .*<= 1200, got"):
        save_figure(fig, "x", tmp_path, dpi=dpi)
    assert list(tmp_path.iterdir()) == []


def test_dpi_limits_accepted(fig, tmp_path):
    (png,) = save_figure(fig, "x", tmp_path, formats=("png",), dpi=1200)
    # 1200 dpi: the PNG header's width is over 2 inches * 1200 (bbox 'tight' adds padding)
    width = int.from_bytes(png.read_bytes()[16:20], "big")
    assert width > 2000


def test_destination_png_is_a_folder(fig, tmp_path):
    (tmp_path / "top.png").mkdir()
    with pytest.raises(OutputError, match=r"top\.png: the destination is a folder"):
        save_figure(fig, "top", tmp_path)


def test_folder_is_a_file(fig, tmp_path):
    (tmp_path / "figs").write_text("x")
    with pytest.raises(OutputError, match=r"figs/top\.png: a part of the folder path is a file"):
        save_figure(fig, "top", tmp_path / "figs")


def test_nul_and_too_long_names(fig, tmp_path):
    with pytest.raises(OutputError, match="NUL character"):
        save_figure(fig, "a\x00b", tmp_path)
    with pytest.raises(OutputError, match="too long"):
        save_figure(fig, "b" * 300, tmp_path)
    assert list(tmp_path.iterdir()) == []
