"""Concordances over term keys, and their escaped right-to-left HTML."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers.errors import ArgumentError, CorpusFormatError, KhabarError, SelectionError
from helpers.kwic import CONCORDANCE_COLUMNS, concordance, concordance_html
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
    with pytest.raises(SelectionError, match="no word"):
        concordance(tokens, ["العراق", ""])
    with pytest.raises(CorpusFormatError, match=r"tokens table lacks column\(s\) base"):
        concordance(tokens.drop(columns="base"), "العراق")
    with pytest.raises(CorpusFormatError, match=r"zones table lacks column\(s\) text"):
        concordance(tokens, "العراق", zones=ZONES.drop(columns="text"))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"term": None}, "term must be a str or a list of str, got NoneType"),
        ({"term": 5}, "term must be a str or a list of str, got int"),
        ({"term": b"x"}, "term must be a str or a list of str, got bytes"),
        ({"term": ["العراق", None]}, "every term must be a str, got None"),
        ({"window": 2.5}, "window must be a whole number of tokens >= 0, got 2.5"),
        ({"window": -1}, "window must be a whole number of tokens >= 0, got -1"),
        ({"window": "6"}, "window must be a whole number of tokens >= 0, got '6'"),
        ({"window": True}, "window must be a whole number of tokens >= 0, got True"),
        ({"key": "nope"}, "key must be one of base, norm, surface; got 'nope'"),
        ({"analyse": "no"}, "analyse must be True or False, got 'no'"),
        ({"zones": "text"}, "zones must be the zones table [(]a DataFrame[)] or None, got str"),
    ],
)
def test_wrong_arguments_name_the_argument_and_what_is_allowed(tokens, kwargs, message):
    args = {"term": "العراق", **kwargs}
    with pytest.raises(ArgumentError, match=f"^concordance: {message}") as err:
        concordance(tokens, **args)
    # one class catches every khabar error; it is also what Python code expects
    assert isinstance(err.value, KhabarError)
    assert isinstance(err.value, TypeError) and isinstance(err.value, ValueError)


def test_tokens_must_be_a_table():
    with pytest.raises(ArgumentError, match=r"tokens must be the tokens table.*got NoneType"):
        concordance(None, "العراق")


def test_whole_numbers_of_any_integer_type_and_empty_term_lists(tokens):
    import numpy as np

    c = concordance(tokens, "العراق", window=np.int64(1), zones=ZONES)
    assert list(c.left) == ["الوفد ", "إن ", "وإن "]
    for empty in ([], pd.Series([], dtype="str")):
        for analyse in (True, False):
            out = concordance(tokens, empty, analyse=analyse)
            assert out.empty and list(out.columns) == CONCORDANCE_COLUMNS


def test_zones_that_are_not_the_tokens_own_are_refused(tokens):
    other = ZONES.assign(text="نص آخر لا علاقة له بالرموز")
    with pytest.raises(
        CorpusFormatError, match="zones table does not match the tokens of story s-01"
    ):
        concordance(tokens, "العراق", zones=other)


def test_concordance_html_bad_arguments(tokens):
    conc = concordance(tokens, "العراق", window=1, zones=ZONES)
    with pytest.raises(ArgumentError, match="max_rows must be a whole number >= 0, got -1"):
        concordance_html(conc, max_rows=-1)
    with pytest.raises(ArgumentError, match="conc must be a concordance table"):
        concordance_html(None)
    with pytest.raises(CorpusFormatError, match=r"lacks column\(s\) keyword"):
        concordance_html(conc.drop(columns="keyword"))
    assert concordance_html(conc, max_rows=0).count("<tr>") == 0
    with pytest.raises(ArgumentError, match="concordance_html: source must be a file"):
        concordance_html(conc, source=3)


def test_lines_left_out_name_the_file_holding_them(tokens):
    conc = concordance(tokens, "العراق", window=1, zones=ZONES)
    assert len(conc) == 3  # بالعراق، العراق، للعراق
    out = concordance_html(conc, max_rows=1, source="/srv/run/processed/concordance.csv")
    # session 19: in Arabic (two lines left out: the dual «سطران»)
    path = '<bdi dir="ltr">…/processed/concordance.csv</bdi>'
    assert f"… لم يظهر هنا سطران؛ الجدول كاملاً في {path}" in out
    assert "لم يظهر" not in concordance_html(conc, source="x.csv")


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


def test_story_ids_are_never_cut():
    # two stories of one day: their ids differ only in the last three characters
    ids = ["2015-07-21/2015-07-21-1119", "2015-07-21/2015-07-21-1361"]
    conc = pd.DataFrame({"story_id": ids, "left": ["قبل"] * 2, "keyword": ["عيد"] * 2})
    html = concordance_html(conc.assign(right=["بعد"] * 2))
    cells = re.findall(r'<td class="id">([^<]*)</td>', html)
    assert cells == ids
    rule = re.search(r"\.khabar-kwic td\.id\{([^}]*)\}", html).group(1)  # views21: td.id
    # no ellipsis, no nowrap/hidden cut of the id cell: it wraps at any character
    assert "text-overflow" not in rule and "white-space:normal" in rule, rule
    assert "overflow-wrap:anywhere" in rule, rule
