"""save_figure refuses bad resolutions and unwritable destinations with KhabarErrors."""

import hashlib
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


def _sha1_12(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def test_nul_and_too_long_names_are_mapped_inside_the_folder(fig, tmp_path):
    (png,) = save_figure(fig, "a\x00b", tmp_path, formats=("png",))
    assert png == tmp_path / f"a_b~{_sha1_12('a' + chr(0) + 'b')}.png"
    (png,) = save_figure(fig, "b" * 300, tmp_path, formats=("png",))
    assert png == tmp_path / f"{'b' * 150}~{_sha1_12('b' * 300)}.png"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"a_b~{_sha1_12('a' + chr(0) + 'b')}.png", f"{'b' * 150}~{_sha1_12('b' * 300)}.png"]
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a nested-folder corpus id (README: june/day1-01) used to stop notebook 02
        ("02_top_terms_june/day1-01", "02_top_terms_june_day1-01~{h}.png"),
        ("a\\b", "a_b~{h}.png"),
        ("../x", "___x~{h}.png"),
        ("x ", "x_~{h}.png"),  # was stripped to "x", overwriting story x's figure
        ("X", "X~{h}.png"),  # x and X are one file on macOS and Windows
        ("a\nb", "a_b~{h}.png"),  # a file name with a newline
        ("02_top_terms_asharq-two-stories-01", "02_top_terms_asharq-two-stories-01.png"),
    ],
)
def test_ids_become_safe_unique_names_in_the_folder(fig, tmp_path, name, expected):
    (png,) = save_figure(fig, name, tmp_path, formats=("png",))
    assert png.parent == tmp_path
    assert png.name == expected.format(h=_sha1_12(name))
    assert png.is_file()


def test_x_and_x_space_and_case_variants_keep_their_own_figures(fig, tmp_path):
    names = ["x", "x ", "X", "x.", " x"]
    files = [save_figure(fig, n, tmp_path, formats=("png",))[0] for n in names]
    assert len({f.name.casefold() for f in files}) == 5
    assert files[0].name == "x.png"
