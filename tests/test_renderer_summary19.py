"""Notebook 02's renderer table is a reader's summary; the probe's evidence is the
doctor's (session 19)."""

import json

import pytest

from helpers.charts import arabic_text_preparation, capabilities
from helpers.charts.capabilities import PREPARED, RendererInfo
from helpers.notebooks import PROJECT_ROOT


def test_the_summary_says_how_each_renderer_gets_arabic(monkeypatch):
    infos = {
        "matplotlib": RendererInfo("matplotlib", "3.11.2", True, True, "libraqm", "probe"),
        # Pillow built without raqm: shapes nothing, so it gets pre-shaped text
        "pillow": RendererInfo("pillow", "13.0.0", False, False, "basic", "probe"),
    }
    monkeypatch.setattr(capabilities, "renderer_info", infos.__getitem__)
    table = arabic_text_preparation()
    assert table.to_dict("records") == [
        {
            "renderer": "matplotlib 3.11.2",
            "draws": "الأشرطة والخرائط الحرارية ومخططات التشتت",
            "shapes": True,
            "text_given": "كما كُتب (الأداة تصل الحروف وترتّب السطر)",
        },
        {
            "renderer": "Pillow 13.0.0",
            "draws": "سحب الكلمات",
            "shapes": False,
            "text_given": "حروف موصولة بترتيب العرض (arabic-reshaper و python-bidi)",
        },
    ]


@pytest.mark.parametrize(("shapes", "reorders"), [(True, False), (False, True)])
def test_a_renderer_doing_half_the_work_gets_prepared_text(monkeypatch, shapes, reorders):
    # prepare_label hands plain text only to a renderer that both shapes and reorders
    info = RendererInfo("pillow", "1", shapes, reorders, "x", "y")
    monkeypatch.setattr(capabilities, "renderer_info", lambda name: info)
    table = arabic_text_preparation()
    assert table["shapes"].tolist() == [False, False]
    assert table["text_given"].tolist() == [PREPARED[False]] * 2


def test_notebook_02_shows_the_summary_and_the_doctor_the_evidence():
    nb = json.loads((PROJECT_ROOT / "notebooks" / "02_term_frequencies.ipynb").read_text("utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "rtl_table(arabic_text_preparation())" in code
    assert "renderer_capabilities" not in code
    from helpers.doctor import report

    text = report()
    assert "evidence: " in text and "probe with DejaVu Sans" in text


def test_the_summary_is_shown_with_arabic_headers_and_values():
    from helpers.display import rtl_table

    html = rtl_table(arabic_text_preparation()).data
    for header in ("أداة الرسم", "يرسم", "يشكّل الحروف", "النص الذي يُعطاه"):
        assert header in html
    assert "shapes" not in html.replace('title="shapes"', "")  # an English name as tooltip only
