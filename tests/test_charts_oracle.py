"""matplotlib oracle: the glyphs matplotlib draws equal HarfBuzz's for the raw text.

For each text a figure draws, the test records the string and font properties handed
to the Agg renderer, lays the string out exactly as ``RendererAgg.draw_text`` does
(``FT2Font._layout``, libraqm) and compares the glyph names, in visual order left to
right, with those uharfbuzz gives for the raw logical label with the same font file
(Arabic runs shaped right to left, Latin and digit runs left to right, runs placed
right to left as UAX #9 does in a right-to-left line). The old recipe's output fails
this oracle.
"""

from __future__ import annotations

import re

import arabic_reshaper
import pandas as pd
import pytest
import uharfbuzz as hb
from bidi import get_display
from matplotlib import ft2font
from matplotlib.backends.backend_agg import FigureCanvasAgg, get_hinting_flag
from matplotlib.figure import Figure

from helpers.charts import find_arabic_font, prepare_label, top_terms_chart
from helpers.charts.labels import RLM

CASES = [
    "لا",
    "الأسد",
    "انتقلتُ",
    "وشكَّلت",
    "العراقـية",
    "القرار 2254",
    "Reuters",
    "«بالطبع»",
    "(الأربعاء)",
    "لافروف (Reuters)",
    "GDP نمو",
]
_LTR_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .\-]*[A-Za-z0-9]|[A-Za-z0-9]")

# matplotlib reports a missing glyph with _api.warn_external, attributed to the caller's
# module, which pyproject's "error::UserWarning:matplotlib.*" does not match: match it
# by message so that tofu (and a layout that collapsed) fails the test.
pytestmark = [
    pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font"),
    pytest.mark.filterwarnings("error:constrained_layout not applied"),
]


def _hb_font(path):
    return hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))


def _hb_names(text: str, path, direction: str) -> list[str]:
    font = _hb_font(path)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = direction
    hb.shape(font, buf, {})
    return [font.glyph_to_string(info.codepoint) for info in buf.glyph_infos]


def harfbuzz_visual(text: str, path) -> list[str]:
    """Glyph names for one right-to-left line, left to right on the page.

    Itemisation for the labels used here: maximal runs of Latin letters and digits
    are left to right, everything else (Arabic, spaces, brackets, guillemets) is
    right to left; in a right-to-left line the runs are placed from right to left.
    Pure Latin text is one left-to-right run.
    """
    text = text.replace(RLM, "")
    if not re.search(r"[\u0600-\u06ff]", text):
        return _hb_names(text, path, "ltr")
    runs, pos = [], 0
    for m in _LTR_RUN.finditer(text):
        if m.start() > pos:
            runs.append((text[pos : m.start()], "rtl"))
        runs.append((m.group(), "ltr"))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], "rtl"))
    names: list[str] = []
    for run, direction in reversed(runs):
        names += _hb_names(run, path, direction)
    return names


def matplotlib_visual(text: str, font_path) -> list[str]:
    """Glyph names matplotlib's Agg renderer lays out for ``text`` (one line)."""
    font = ft2font.FT2Font(str(font_path))
    font.set_size(12, 72)
    items = font._layout(text, get_hinting_flag())
    return [item.ft_object.get_glyph_name(item.glyph_index) for item in items if item.char != RLM]


@pytest.fixture(scope="module")
def arabic_font():
    return find_arabic_font().path


@pytest.mark.parametrize("text", CASES)
def test_matplotlib_glyphs_equal_harfbuzz(text, arabic_font):
    drawn = prepare_label(text, "matplotlib")
    assert matplotlib_visual(drawn, arabic_font) == harfbuzz_visual(text, arabic_font)


@pytest.mark.parametrize("text", [t for t in CASES if t not in ("Reuters", "لا")])
def test_oracle_fails_on_old_recipe(text, arabic_font):
    old = get_display(arabic_reshaper.reshape(text))
    assert matplotlib_visual(old, arabic_font) != harfbuzz_visual(text, arabic_font)


def test_oracle_fails_on_unshaped_reversed_text(arabic_font):
    # isolated letters in visual order: what a non-shaping renderer would show
    text = "لافروف"
    reversed_letters = text[::-1]
    assert matplotlib_visual(reversed_letters, arabic_font) != harfbuzz_visual(text, arabic_font)


class Recorder:
    """Wraps a RendererAgg and records every draw_text call."""

    def __init__(self, renderer):
        self.renderer = renderer
        self.calls: list[tuple[str, object, object]] = []
        original = renderer.draw_text

        def draw_text(gc, x, y, s, prop, angle, ismath=False, mtext=None):
            self.calls.append((s, prop.copy(), ismath))
            return original(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)

        renderer.draw_text = draw_text


def drawn_texts(fig: Figure):
    canvas = FigureCanvasAgg(fig)
    rec = Recorder(canvas.get_renderer())
    fig.draw(rec.renderer)
    return rec


def test_figure_labels_pass_the_oracle_and_skip_mathtext(arabic_font):
    labels = ["لافروف", "الأسد", "القرار 2254", "(الأربعاء)", "Reuters", "سعر $5 و $6"]
    freq = pd.DataFrame(
        {
            "story_id": "s1",
            "term": labels,
            "label": labels,
            "count": [6, 5, 4, 3, 2, 1],
            "per_1000": [6.0, 5.0, 4.0, 3.0, 2.0, 1.0],
            "rank": [1, 2, 3, 4, 5, 6],
        }
    )
    fig = top_terms_chart(freq, "s1")
    rec = drawn_texts(fig)
    by_text = {s: (prop, ismath) for s, prop, ismath in rec.calls}
    for label in labels:
        assert label in by_text, f"{label!r} not drawn"
        prop, ismath = by_text[label]
        assert ismath is False  # two "$" must not switch to mathtext
        renderer = rec.renderer
        font = renderer._prepare_font(prop)
        items = font._layout(label, get_hinting_flag())
        got = [i.ft_object.get_glyph_name(i.glyph_index) for i in items]
        assert got == harfbuzz_visual(label, arabic_font), label
    # the title was drawn right-aligned text in the Arabic font too
    assert any(s.startswith("أكثر الكلمات") for s, _, _ in rec.calls)
