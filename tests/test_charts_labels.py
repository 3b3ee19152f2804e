"""Label preparation per renderer, checked by a Pillow oracle.

Oracle: Pillow's RAQM layout (HarfBuzz shaping + FriBiDi reordering) drawing the raw
logical text is the reference. The text khabar prepares for a renderer that cannot
shape, drawn by Pillow's BASIC layout (one code point after another, left to right),
must give the same picture.

Tolerance, and why: the pictures are compared at a 100 px font size as ink masks; an
ink pixel "matches" when the other picture has ink within 2 px (2 % of the em).
At most 3 % of the ink may be unmatched, 8 % for labels with harakat. BASIC layout
rounds every advance to a whole pixel (RAQM keeps 1/64 px), which shifts later glyphs
by up to ~1 px, and it cannot apply GPOS (kerning pairs, the mark anchors that sit a
haraka over its letter), so a haraka may sit a few pixels off; the reference is drawn
with kerning off ("-kern") for the same reason. Broken text (unshaped letters, or
the old recipe's output given to a renderer that shapes) leaves 15 % or more of the
ink unmatched in every case below, so the tolerance cannot hide it.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import arabic_reshaper
import numpy as np
import pytest
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont
from scipy import ndimage

from helpers.charts import (
    find_arabic_font,
    prepare_label,
    renderer_capabilities,
    renderer_info,
    to_logical,
)
from helpers.charts.labels import ELLIPSIS, RLM, ellipsise

SIZE = 100
RADIUS = 2
CASES = {
    "lam-alef": "لا",
    "lam-alef-hamza": "الأسد",
    "damma": "انتقلتُ",
    "shadda-fatha": "وشكَّلت",
    "tatweel": "العراقـية",
    "digits": "القرار 2254",
    "latin": "Reuters",
    "guillemets": "«بالطبع»",
    "parentheses": "(الأربعاء)",
    "arabic-latin-brackets": "لافروف (Reuters)",
    "latin-first": "GDP نمو",
    "two-lines": "سيرغي لافروف\nوزير الخارجية",
}

# matplotlib reports a missing glyph with _api.warn_external, attributed to the caller's
# module, which pyproject's "error::UserWarning:matplotlib.*" does not match: match it
# by message so that tofu (and a layout that collapsed) fails the test.
pytestmark = [
    pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font"),
    pytest.mark.filterwarnings("error:constrained_layout not applied"),
]


def _font_path() -> Path:
    return find_arabic_font().path


def _ink(text: str, layout, features=None) -> np.ndarray:
    font = ImageFont.truetype(str(_font_path()), SIZE, layout_engine=layout)
    img = Image.new("L", (SIZE * 10, SIZE * 3), 0)
    kwargs = {"direction": "rtl", "features": features} if layout == ImageFont.Layout.RAQM else {}
    ImageDraw.Draw(img).multiline_text(
        (SIZE // 2, SIZE // 4), text, font=font, fill=255, align="right", **kwargs
    )
    return np.asarray(img) > 127


def unmatched(a: np.ndarray, b: np.ndarray, radius: int = RADIUS) -> float:
    """Largest share of one picture's ink with no ink of the other within ``radius``."""
    near = np.ones((2 * radius + 1, 2 * radius + 1), bool)
    a_out = (a & ~ndimage.binary_dilation(b, near)).sum() / max(a.sum(), 1)
    b_out = (b & ~ndimage.binary_dilation(a, near)).sum() / max(b.sum(), 1)
    return float(max(a_out, b_out))


def reference(text: str) -> np.ndarray:
    return _ink(text, ImageFont.Layout.RAQM, ["-kern"])


def has_harakat(text: str) -> bool:
    return any(unicodedata.combining(c) for c in text)


# ---------------------------------------------------------------- capabilities


def test_capabilities_report_this_machine():
    caps = renderer_capabilities()
    assert list(caps.columns) == ["renderer", "version", "shapes", "reorders", "engine", "evidence"]
    assert list(caps["renderer"]) == ["matplotlib", "pillow"]
    mpl_row = caps.iloc[0]
    # matplotlib 3.11 bundles libraqm: the probe must find shaping and reordering.
    assert mpl_row["shapes"] and mpl_row["reorders"]
    assert "libraqm" in mpl_row["engine"]
    assert "uniFE90" in mpl_row["evidence"]  # final beh glyph from the probe
    # the pinned Pillow wheel ships raqm with FriBiDi: the probe finds shaping and order
    pil_row = caps.iloc[1]
    assert (pil_row["shapes"], pil_row["reorders"]) == (True, True)
    assert pil_row["engine"].startswith("raqm ")
    assert "'اب' differs from the visual order by 0 px" in pil_row["evidence"]


def test_pillow_without_raqm_is_reported_as_not_shaping(monkeypatch):
    from PIL import features

    from helpers.charts.capabilities import _pillow_info

    monkeypatch.setattr(features, "check", lambda name: False)
    info = _pillow_info.__wrapped__()  # uncached: probe again with raqm missing
    assert (info.shapes, info.reorders) == (False, False)
    assert info.engine == "basic layout (FreeType only)"


# ---------------------------------------------------------------- shaping renderers


@pytest.mark.parametrize("name", [k for k in CASES if k != "latin-first"])
def test_shaping_renderer_gets_text_unchanged(name):
    text = CASES[name]
    assert renderer_info("matplotlib").shapes
    assert prepare_label(text, "matplotlib") == text
    assert prepare_label(text, "pillow", shapes=True) == text


def test_latin_first_label_gets_rtl_mark():
    # UAX #9 rule P2 would make "GDP نمو" left to right; an RLM in front makes it RTL.
    assert prepare_label("GDP نمو", "matplotlib") == RLM + "GDP نمو"
    assert prepare_label("Reuters", "matplotlib") == "Reuters"  # no Arabic: left alone


def test_old_recipe_input_is_detected_and_never_shaped_twice():
    for text in ["الأسد", "القرار 2254", "(الأربعاء)", "لافروف يصافح نظيره العراقي"]:
        old = get_display(arabic_reshaper.reshape(text))
        assert old != text
        assert to_logical(old) == text
        assert prepare_label(old, "matplotlib") == text
        # and for a non-shaping renderer, the result equals preparing the raw text
        assert prepare_label(old, "pillow", shapes=False) == prepare_label(
            text, "pillow", shapes=False
        )


def test_logical_presentation_forms_are_unshaped_without_reordering():
    reshaped_only = arabic_reshaper.reshape("دمشق")  # logical order, presentation forms
    assert to_logical(reshaped_only) == "دمشق"


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("blank", ["", "   ", "\t\n  ", None, float("nan")])
def test_blank_labels_become_empty(blank):
    assert prepare_label(blank, "matplotlib") == ""
    assert prepare_label(blank, "pillow", shapes=False) == ""


def test_spaces_collapse_lines_kept():
    assert prepare_label("  بشار   الأسد \n\n", "matplotlib") == "بشار الأسد"
    assert prepare_label("سيرغي\r\nلافروف", "matplotlib") == "سيرغي\nلافروف"


def test_long_label_keeps_the_start_of_the_arabic():
    text = "وزير الخارجية الروسي سيرغي لافروف يصافح نظيره العراقي محمد الحكيم"
    short = prepare_label(text, "matplotlib", max_chars=24)
    # cut at the last space within 23 characters, then U+2026 at the logical end
    assert short == "وزير الخارجية الروسي" + ELLIPSIS
    assert len(short) <= 24


def test_ellipsis_never_separates_a_letter_from_its_harakat():
    # و ش ك + fatha + shadda + ل ت: with room for 3 code points the kaf's harakat do
    # not fit, so the kaf goes too; with room for 5 it keeps both harakat.
    assert ellipsise("وشكَّلت", 4) == "وش" + ELLIPSIS
    assert ellipsise("وشكَّلت", 6) == "وشكَّ" + ELLIPSIS
    with pytest.raises(ValueError, match=r"^max_chars must be at least 2, got 1$"):
        ellipsise("abc", 1)


def test_ellipsis_is_not_doubled_on_a_shortened_name():
    # "في <shortened title> فقط" (35 code points) cut to 32: the cut falls on the space
    # before فقط, right after the title's own ellipsis; one ellipsis remains (31 long)
    text = "في لافروف يأمل ألا تكون للوجود" + ELLIPSIS + " فقط"
    assert ellipsise(text, 32) == "في لافروف يأمل ألا تكون للوجود" + ELLIPSIS


def test_unknown_renderer():
    with pytest.raises(ValueError, match="unknown renderer"):
        prepare_label("دمشق", "cairo")


# ---------------------------------------------------------------- fallback: Pillow oracle


def test_prepared_text_for_basic_keeps_harakat_and_lam_alef():
    prepared = prepare_label("وشكَّلت", "pillow", shapes=False)
    assert sorted(c for c in prepared if unicodedata.combining(c)) == ["\u064e", "\u0651"]
    assert prepare_label("لا", "pillow", shapes=False) == "\ufefb"  # LAM WITH ALEF ISOLATED
    assert prepare_label("الأسد", "pillow", shapes=False) == "\ufeaa\ufeb3\ufef7\ufe8d"
    # only the obligatory lam-alef ligatures: no ALLAH ligature U+FDF2
    assert "\ufdf2" not in prepare_label("الله", "pillow", shapes=False)


def test_brackets_and_guillemets_are_mirrored_for_basic():
    # visual order, left to right: the opening bracket of logical order is drawn
    # mirrored at the right end, so the string starts with "(" and ends with ")".
    prepared = prepare_label("(الأربعاء)", "pillow", shapes=False)
    assert prepared[0] == "(" and prepared[-1] == ")"
    prepared = prepare_label("«بالطبع»", "pillow", shapes=False)
    assert prepared[0] == "«" and prepared[-1] == "»"


def test_two_line_label_keeps_line_order():
    prepared = prepare_label(CASES["two-lines"], "pillow", shapes=False)
    first, second = prepared.split("\n")
    assert to_logical(first) == "سيرغي لافروف"
    assert to_logical(second) == "وزير الخارجية"
    # python-bidi's get_display on the whole string glues and swaps the lines
    glued = get_display(arabic_reshaper.reshape(CASES["two-lines"]), base_dir="R")
    assert glued.split("\n")[0] != first


@pytest.mark.parametrize("name", list(CASES))
def test_pillow_oracle_basic_layout_of_prepared_text_matches_raqm(name):
    text = CASES[name]
    prepared = prepare_label(text, "pillow", shapes=False)
    score = unmatched(reference(text), _ink(prepared, ImageFont.Layout.BASIC))
    assert score <= (0.08 if has_harakat(text) else 0.03), score


@pytest.mark.parametrize(
    "name", [k for k in CASES if k not in ("latin", "lam-alef")]
)  # one-glyph and Latin-only labels look the same under every recipe
def test_pillow_oracle_rejects_old_recipe_on_a_shaping_renderer(name):
    text = CASES[name]
    old = get_display(arabic_reshaper.reshape(text))
    score = unmatched(reference(text), _ink(old, ImageFont.Layout.RAQM))
    assert score >= 0.15, score


@pytest.mark.parametrize("name", ["lam-alef-hamza", "damma", "tatweel", "digits", "guillemets"])
def test_pillow_oracle_rejects_unshaped_text(name):
    text = CASES[name]
    unshaped = get_display(text, base_dir="R")  # reordered, but isolated letters
    score = unmatched(reference(text), _ink(unshaped, ImageFont.Layout.BASIC))
    assert score >= 0.15, score


# ---------------------------------------------------------------- the whole kind

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى"
_WORD = st.text(alphabet=_LETTERS, min_size=1, max_size=8)
_TOKEN = st.one_of(
    _WORD,
    st.integers(0, 99999).map(str),
    _WORD.map(lambda w: f"({w})"),
    _WORD.map(lambda w: f"«{w}»"),
)


@settings(max_examples=300, deadline=None)
@given(_WORD, st.lists(_TOKEN, max_size=4))
def test_old_recipe_output_always_recovers_the_logical_label(first, rest):
    """Any label starting with an Arabic word, with numbers, brackets and guillemets:
    the old recipe's output is turned back into exactly the logical text."""
    text = " ".join([first, *rest])
    old = get_display(arabic_reshaper.reshape(text))
    assert to_logical(old) == text
    assert prepare_label(old, "matplotlib") == text
