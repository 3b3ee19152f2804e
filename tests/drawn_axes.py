"""An empty drawn axes for the scatter placement tests: 0..10 on both axes, square."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def drawn_axes(size: float = 4.0):
    """``(fig, ax, renderer)``: a ``size`` x ``size`` inch figure at 100 dpi whose one
    axes spans 0 to 10 on x and y, drawn once, so that texts measure with the renderer
    and data map to display pixels."""
    fig = Figure(figsize=(size, size), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    fig.canvas.draw()
    return fig, ax, fig.canvas.get_renderer()
