"""show_figure shows the PNG save_figure just wrote (no third drawing of the figure),
and draws the figure again when it changed after it was saved."""

import base64
import io

import pytest
from matplotlib.figure import Figure
from PIL import Image

from helpers.charts import save_figure, show_figure


def _figure() -> Figure:
    fig = Figure(figsize=(4, 3))
    ax = fig.add_subplot()
    ax.bar([1, 2], [3, 4])
    fig.suptitle("x")
    return fig


@pytest.fixture
def shown(monkeypatch):
    out = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: out.append(obj))
    return out


def _width_attr(html: str) -> int:
    return int(html.split(";width:")[1].split("px")[0])


def test_a_saved_figure_is_shown_from_the_file_just_written(tmp_path, shown):
    fig = _figure()
    png_path, _ = save_figure(fig, "f", tmp_path)
    show_figure(fig, alt="a")
    (out,) = shown
    # the bytes of the 200 dpi file, shown at the width of a 100 dpi drawing
    assert base64.b64decode(out["image/png"]) == png_path.read_bytes()
    width = Image.open(png_path).size[0]
    assert _width_attr(out["text/html"]) == round(width * 100 / 200)


@pytest.mark.parametrize(
    "change",
    [
        lambda fig: fig.axes[0].set_title("new"),
        lambda fig: fig.axes[0].patches[0].set_height(9),
        lambda fig: fig.suptitle("y"),
        lambda fig: fig.text(0.1, 0.1, "z"),
        lambda fig: fig.set_size_inches(3, 3),
    ],
    ids=["title", "bar", "suptitle", "new text", "size"],
)
def test_a_figure_changed_after_saving_is_drawn_again(tmp_path, shown, change):
    fig = _figure()
    png_path, _ = save_figure(fig, "f", tmp_path)
    change(fig)
    show_figure(fig, alt="a")
    (out,) = shown
    png = base64.b64decode(out["image/png"])
    assert png != png_path.read_bytes()
    # drawn at 100 dpi: the image is as wide as its width attribute
    assert Image.open(io.BytesIO(png)).size[0] == _width_attr(out["text/html"])


def test_a_figure_saved_without_png_is_drawn_for_showing(tmp_path, shown):
    fig = _figure()
    save_figure(fig, "f", tmp_path, formats=("svg",))
    show_figure(fig, alt="a")
    (out,) = shown
    png = Image.open(io.BytesIO(base64.b64decode(out["image/png"])))
    assert png.size[0] == _width_attr(out["text/html"])
