"""Concordances over term keys, and their escaped right-to-left HTML."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers.errors import SelectionError
from helpers.kwic import concordance, concordance_html
from helpers.text import tokenize_zones

TEXT = (
    "زار الوفد بالعراق أمس. <script>alert(1)</script> قال إن العراق "
    '<img src=x onerror="alert(2)"> بلد مهم، وإن للعراق دوراً.'
)
ZONES = pd.DataFrame({"story_id": ["s-01"], "zone": ["body"], "text": [TEXT]})


@pytest.fixture(scope="module")
def tokens() -> pd.DataFrame:
    return tokenize_zones(ZONES)


def test_search_runs_over_term_keys(tokens):
    c = concordance(tokens, "العراق", window=2, zones=ZONES)
    # بالعراق، العراق، للعراق: one key, three surface forms
    assert list(c.keyword) == ["بالعراق", "العراق", "للعراق"]
    for r in c.itertuples():
        assert TEXT[r.start : r.end] == r.keyword
    # window = 2 words each side, punctuation not counted, original spacing kept
    assert c.left.iloc[0] == "زار الوفد "
    assert c.right.iloc[0] == " أمس. <script"
    assert c.left.iloc[2] == "مهم، وإن "
    assert c.right.iloc[2] == " دوراً"
    # a prefixed query finds the same key
    assert list(concordance(tokens, "والعراق", window=2).keyword) == list(c.keyword)


def test_context_rebuilt_from_tokens_without_zones(tokens):
    c = concordance(tokens, "العراق", window=1)
    assert c.left.iloc[0] == "الوفد "
    assert c.right.iloc[0] == " أمس"
    assert c.keyword.iloc[2] == "للعراق"


def test_phrase_search_and_several_terms(tokens):
    c = concordance(tokens, "الوفد بالعراق", window=1, zones=ZONES)
    assert list(c.keyword) == ["الوفد بالعراق"]
    both = concordance(tokens, ["بلد", "الوفد"], window=0)
    assert list(both.keyword) == ["الوفد", "بلد"]  # corpus order


def test_html_is_rtl_aligned_and_escaped(tokens):
    html = concordance_html(concordance(tokens, "العراق", window=6, zones=ZONES))
    assert 'dir="rtl"' in html
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "onerror=&quot;alert(2)&quot;" in html
    rows = re.findall(r"<tr>.*?</tr>", html)
    assert len(rows) == 3
    # every line has exactly one keyword cell, after the preceding context
    for row in rows:
        assert row.count('class="kw"') == 1
        assert row.index('class="pre"') < row.index('class="kw"') < row.index('class="post"')


def test_bad_queries(tokens):
    with pytest.raises(SelectionError, match="no word"):
        concordance(tokens, "،")
    with pytest.raises(SelectionError, match="window"):
        concordance(tokens, "العراق", window=-1)
    with pytest.raises(SelectionError, match="lacks column"):
        concordance(tokens.drop(columns="base"), "العراق")


def test_search_by_term_key(tokens):
    # keys from a frequency/keyness table are matched as they are, not re-analysed
    c = concordance(tokens, ["عراق"], window=0, analyse=False)
    assert list(c.keyword) == ["بالعراق", "العراق", "للعراق"]
    assert concordance(tokens, "العراق", window=0, analyse=False).empty


def test_context_across_paragraphs_is_one_line():
    zones = pd.DataFrame(
        {"story_id": ["p-01"], "zone": ["body"], "text": ["أولى.\n\nالعراق ثانية"]}
    )
    c = concordance(tokenize_zones(zones), "العراق", window=2, zones=zones)
    assert c.left.iloc[0] == "أولى. "
    assert c.attrs["terms"] == ["العراق"]
