"""Fonts: the packaged Arabic font, the fallback list, per-code-point coverage."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest
from fontTools import subset
from fontTools.ttLib import TTFont
from matplotlib import font_manager
from matplotlib.backends.backend_agg import get_hinting_flag

from helpers.charts import (
    FontCoverageWarning,
    find_arabic_font,
    font_family,
    missing_glyphs,
    register_font,
    top_terms_chart,
)
from helpers.charts.fonts import resolved_font_path
from helpers.errors import FontError, KhabarError

ARABIC_ONLY_FAMILY = "Khabar Test Arabic Only"

# matplotlib reports a missing glyph with _api.warn_external, attributed to the caller's
# module, which pyproject's "error::UserWarning:matplotlib.*" does not match: match it
# by message so that tofu (and a layout that collapsed) fails the test.
pytestmark = [
    pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font"),
    pytest.mark.filterwarnings("error:constrained_layout not applied"),
]


@pytest.fixture(scope="module")
def arabic_only_font(tmp_path_factory) -> Path:
    """Noto Sans Arabic cut down to the Arabic blocks, renamed: like the notofonts
    build of Noto Sans Arabic, it has no Latin letters, parentheses or minus sign."""
    src = find_arabic_font().path
    out = tmp_path_factory.mktemp("fonts") / "ArabicOnly.ttf"
    font = TTFont(str(src))
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    sub = subset.Subsetter(opts)
    sub.populate(
        unicodes=[*range(0x0600, 0x0700), *range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00), 0x20]
    )
    sub.subset(font)
    for rec in font["name"].names:
        if rec.nameID in (1, 4, 16):
            rec.string = ARABIC_ONLY_FAMILY
        elif rec.nameID == 6:
            rec.string = "KhabarTestArabicOnly"
    font.save(str(out))
    return out


def test_default_font_is_the_packaged_noto_sans_arabic():
    info = find_arabic_font()
    assert info.family == "Noto Sans Arabic"
    assert info.source == "python package fontpkg-noto-sans-arabic"
    assert info.path.name == "NotoSansArabic[wdth,wght].ttf"
    # matplotlib resolves the family to that very file, even when a system font
    # (Debian's fonts-noto-core) carries the same family name
    assert resolved_font_path("Noto Sans Arabic") == info.path.resolve()
    assert font_family() == ["Noto Sans Arabic", "DejaVu Sans"]


def test_nonexistent_font_path_is_a_clear_error(tmp_path):
    missing = tmp_path / "nope.ttf"
    with pytest.raises(FontError, match="font file does not exist") as err:
        font_family(missing)
    assert err.value.path == missing
    assert isinstance(err.value, KhabarError)
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"not a font")
    with pytest.raises(FontError, match="cannot read font"):
        register_font(bogus)
    freq = pd.DataFrame(
        {"story_id": ["s"], "term": ["دمشق"], "label": ["دمشق"], "count": [1], "per_1000": [1.0]}
    )
    with pytest.raises(FontError, match=r"nope\.ttf: font file does not exist"):
        top_terms_chart(freq, font=missing)


def test_coverage_check_names_missing_characters(arabic_only_font):
    texts = ["لافروف (Reuters)", "−5"]
    with pytest.warns(FontCoverageWarning) as rec:
        missing = missing_glyphs(texts, arabic_only_font, renderer="pillow")
    # Pillow has one font: everything outside the Arabic blocks is missing
    assert missing == ["(", ")", "5", "R", "e", "r", "s", "t", "u", "\u2212"]
    assert "U+0028 LEFT PARENTHESIS" in str(rec[0].message)
    # matplotlib falls back to DejaVu Sans per character: nothing missing
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert missing_glyphs(texts, arabic_only_font, renderer="matplotlib") == []


def test_character_no_font_has_is_reported_before_drawing():
    with pytest.warns(FontCoverageWarning, match=r"U\+4E2D CJK"):
        assert missing_glyphs(["دمشق 中"]) == ["中"]
    freq = pd.DataFrame(
        {"story_id": ["s"], "term": ["x"], "label": ["中文"], "count": [1], "per_1000": [1.0]}
    )
    with pytest.warns(FontCoverageWarning, match=r"U\+4E2D CJK .*U\+6587 CJK"):
        fig = top_terms_chart(freq)
    # matplotlib's own missing-glyph warning is an error in this test suite
    # (pyproject: error::UserWarning:matplotlib.*), so tofu cannot pass unnoticed
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with pytest.raises(UserWarning, match="missing from font"):
        FigureCanvasAgg(fig).draw()


def test_fallback_list_draws_latin_with_dejavu(arabic_only_font):
    family = font_family(arabic_only_font)
    assert family == [ARABIC_ONLY_FAMILY, "DejaVu Sans"]
    labels = ["لافروف (Reuters)", "القرار 2254", "دمشق"]
    freq = pd.DataFrame(
        {
            "story_id": "s",
            "term": labels,
            "label": labels,
            "count": [3, 2, 1],
            "per_1000": [3.0, 2.0, 1.0],
        }
    )
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = top_terms_chart(freq, "s", font=arabic_only_font)
    calls = []
    renderer = FigureCanvasAgg(fig).get_renderer()
    original = renderer.draw_text

    def record(gc, x, y, s, prop, angle, ismath=False, mtext=None):
        calls.append((s, prop.copy()))
        return original(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)

    renderer.draw_text = record
    fig.draw(renderer)  # a missing glyph would raise (matplotlib UserWarning -> error)
    drawn = dict(calls)
    prop = drawn["لافروف (Reuters)"]
    font = renderer._prepare_font(prop)
    used = {
        (i.char, Path(i.ft_object.fname).name)
        for i in font._layout("لافروف (Reuters)", get_hinting_flag())
    }
    assert ("R", "DejaVuSans.ttf") in used
    assert ("(", "DejaVuSans.ttf") in used
    assert ("ل", "ArabicOnly.ttf") in used
    assert Path(font_manager.findfont(ARABIC_ONLY_FAMILY)).name == "ArabicOnly.ttf"
