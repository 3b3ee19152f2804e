"""rtl_table: escaped cells, each cell and the caption taking the direction of its text."""

import pandas as pd

from helpers.display import rtl_table


def test_caption_and_cells_follow_their_own_direction():
    html = rtl_table(
        pd.DataFrame({"label": ["الأسد"], "count": [8]}), caption="678 tokens in 2 stories"
    ).data
    # a Latin caption inside a right-to-left table must not read "tokens in 2 stories 678"
    assert '<caption dir="auto">678 tokens in 2 stories</caption>' in html
    assert html.count("unicode-bidi:plaintext") == 4  # 2 header cells + 2 data cells
    assert '<table class="khabar-table" dir="rtl">' in html


def test_markup_in_cells_and_caption_is_shown_as_text():
    html = rtl_table(pd.DataFrame({"<b>": ["<script>alert(1)</script>"]}), caption="<i>x</i>").data
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
