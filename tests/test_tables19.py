"""Session 19 (branch tables19): tables and notebook text a newcomer found wrong.
Every expected value here was worked out by hand."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace
from unittest import mock

import numpy as np
import pandas as pd
import pytest
from interactive_cells import cells, ranks

import helpers.display as d
from helpers.display import left_out_note, rtl_table, shown_number, whole_table_in
from helpers.errors import ArgumentError, CorpusFormatError
from helpers.own_names import cited_outlet_words, own_names
from helpers.sections import (
    entity_note,
    extra_stopwords,
    quotes_table,
    some_stories,
    tokens_caption,
    zones_caption,
)
from helpers.study import open_study

# --- item 1: captions and notes in Arabic -------------------------------------------


def test_captions_count_stories_and_tokens_in_arabic():
    assert zones_caption(2, 2) == "أجزاء قصتين"  # every story: no «من»
    assert zones_caption(8, 322) == "أجزاء 8 قصص من 322 قصة"
    assert zones_caption(1, 1) == "أجزاء قصة واحدة"
    # the tokens table has punctuation rows: its count is of tokens (رمز), not words
    assert tokens_caption(678, 2, 2) == "678 رمزاً (كلمات وعلامات ترقيم) في قصتين"
    assert tokens_caption(2, 1, 3) == "رمزان (كلمات وعلامات ترقيم) في قصة واحدة من 3 قصص"
    assert tokens_caption(561) == "561 كلمة محسوبة"
    assert some_stories(16, 40) == "16 قصة من 40 قصة"
    with pytest.raises(ArgumentError, match="some_stories: shown"):
        some_stories(3, 2)


def test_the_note_under_a_long_table_is_arabic_and_keeps_the_path_left_to_right():
    assert left_out_note(0, "صف") == ""
    assert left_out_note(1, "صف") == '<p dir="rtl">… لم يظهر هنا صف واحد</p>'
    assert left_out_note(46, "صف", "/x/processed/mentions.csv") == (
        '<p dir="rtl">… لم يظهر هنا 46 صفاً؛ الجدول كاملاً في '
        '<bdi dir="ltr">…/processed/mentions.csv</bdi></p>'
    )
    assert left_out_note(102, "سطر") == '<p dir="rtl">… لم يظهر هنا 102 سطر</p>'
    assert whole_table_in("/x/processed/quotes.csv") == "الجدول كاملاً في …/processed/quotes.csv"
    html = rtl_table(pd.DataFrame({"a": range(60)}), source="/x/processed/t.csv").data
    assert "… لم يظهر هنا 10 صفوف؛" in html and "more rows" not in html


def test_the_sides_are_named_in_arabic():
    from helpers.study import Comparison

    ids = [f"w{i}" for i in range(322)]
    side = Comparison({"outlet": "alweeam"}, None, ids, ["s1", "s2"], "الوئام", "سبق")
    assert side.describe() == "**أ** = الوئام (322 قصة)؛ **ب** = سبق (قصتان)."


# --- item 2: paragraphs (and sentences) counted from 1 in displays --------------------


def test_paragraph_and_sentence_are_shown_from_one_and_the_table_keeps_zero():
    df = pd.DataFrame({"surface": ["قال", "إن"], "sentence": [0, 2], "paragraph": [0, 1]})
    html = rtl_table(df).data
    static = re.findall(r"<td[^>]*>([^<]*)</td>", html)
    assert static == ["قال", "1", "1", "إن", "3", "2"]
    assert df["paragraph"].tolist() == [0, 1]  # the table itself unchanged
    with mock.patch("IPython.display.display"):
        inter = d.interactive_table(df).data
    # sentence and paragraph from 1, each number column as texts with an order
    assert cells(inter) == [["قال", "1", "1"], ["إن", "3", "2"]]


# --- item 3: the quotes table names each quotation's story -------------------------


def test_the_quotes_table_shows_the_story_title():
    quotes = pd.DataFrame(
        {
            "story_id": ["s2", "s1", "s2"],
            "speaker": ["لافروف", "", "الأسد"],
            "verb": ["قال", "", "أكد"],
            "attribution": ["named", "none", "named"],
            "unclosed": [False, False, True],
            "text": ["نص أول", "نص ثان", "نص ثالث"],
            "quote_id": ["q1", "q2", "q3"],
        }
    )
    study = SimpleNamespace(names={"s1": "عنوان الأول", "s2": "لافروف يأمل ألا تكون للوجود…"})
    shown = quotes_table(study, quotes)
    assert list(shown.columns) == [
        "story_id",
        "title",
        "speaker",
        "verb",
        "attribution",
        "unclosed",
        "text",
    ]
    assert shown["title"].tolist() == [
        "لافروف يأمل ألا تكون للوجود…",
        "عنوان الأول",
        "لافروف يأمل ألا تكون للوجود…",
    ]
    # a story the names do not know keeps its id
    other = quotes_table(SimpleNamespace(names={}), quotes.head(1))
    assert other["title"].tolist() == ["s2"]
    with pytest.raises(CorpusFormatError, match=r"quotes_table: .* lacks column"):
        quotes_table(study, quotes.drop(columns="verb"))


# --- item 4: one missing-value rule for both tables ---------------------------------


def test_shown_number_writes_a_missing_value_as_a_dash():
    for value in (np.nan, None, pd.NA, pd.NaT, np.float32("nan")):
        assert shown_number("count", value) == "—"
    assert shown_number("count", 1.5, 2) == "1.50"


def test_interactive_table_shows_missing_values_as_the_static_table_does(monkeypatch):
    monkeypatch.setattr(d, "_INTERACTIVE", {"ready": True, "count": 0})
    df = pd.DataFrame(
        {
            "count": [1.5, np.nan],
            "n": pd.array([1, None], dtype="Int64"),
            "name": ["أ", None],
            "date": [pd.Timestamp("2015-07-21"), pd.NaT],
            # a text holding what itables writes for a NaN stays as written
            "text": ['["NaN", "___NaN___"]', "ب"],
        }
    )
    html = d.interactive_table(df).data
    assert cells(html) == [
        ["1.50", "1", "أ", "2015-07-21", '["NaN", "___NaN___"]'],
        ["—", "—", "—", "—", "ب"],
    ]
    # session 20: a missing number is ranked below every number of its column
    assert [r[:2] for r in ranks(html)] == [[2, 2], [1, 1]]
    static = rtl_table(df).data
    assert static.count("—") == 4  # the same four missing cells


# --- item 5: other outlets' names, an optional list ---------------------------------


def _three_outlets(path):
    """18 stories of three outlets on one day, 6 each. okaz: each names its paper as a
    source («قالت صحيفة عكاظ»); sabq: stories 1, 7, 13 cite okaz («نقلت صحيفة عكاظ»),
    the others do not, and all name Riyadh; alyaum: each names its paper once
    («لصحيفة اليوم») and writes اليوم "today" twice."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(18):
            outlet = ("okaz", "sabq", "alyaum")[i % 3]
            if outlet == "okaz":
                body = "وقالت صحيفة عكاظ إن الأمطار تهطل على المنطقة."
            elif outlet == "sabq" and i % 2:
                body = "ونقلت صحيفة عكاظ عن مصدر أن الاجتماع يعقد في الرياض."
            elif outlet == "sabq":
                body = "وذكر مصدر أن الاجتماع يعقد في الرياض."
            else:
                body = "وقال المدير لصحيفة اليوم إن الاجتماع يعقد اليوم في الرياض وينتهي اليوم."
            record = {
                "id": f"s{i}",
                "title": f"خبر رقم {i}",
                "body": f"{body} {i}",
                "source": outlet,
                "date": "2015-08-01",
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_cited_outlets_are_an_optional_list_off_by_default(tmp_path):
    study = open_study(
        _three_outlets(tmp_path / "news.jsonl"), fields={"outlet": "source"}, group_by="outlet"
    )
    # okaz's own name: okaz names it in 6 of 6 stories, sabq in 3 of 6: lead 1 / 1.5 >
    # 0.5; alyaum's: its paper in 6 of 6, nobody else
    own = own_names(study, study.mentions())
    assert sorted(zip(own["outlet"], own["entity_id"], strict=True)) == [
        ("اليوم", "org:al-yaum-newspaper"),  # grouped by outlet: its Arabic label
        ("عكاظ", "org:okaz-newspaper"),
    ]
    # عكاظ: 9 uses, okaz's 6 its own name (set aside), sabq's 3 citations: 3/3 -> out;
    # يوم: 18 uses, all in alyaum, 6 of them its own name, 0 cited -> kept; الرياض the
    # city (LOC) is never judged
    assert cited_outlet_words(study) == frozenset({"عكاظ"})
    default = set(extra_stopwords(study))
    assert "عكاظ" not in default  # off by default: sabq's views keep it
    assert set(extra_stopwords(study, None, ("outlets",))) - default == {"عكاظ"}
    assert set(extra_stopwords(study, None, "outlets")) - default == {"عكاظ"}
    with pytest.raises(ArgumentError, match=r"unknown list 'paper'.*'outlets'"):
        extra_stopwords(study, None, ("outlets", "paper"))


# --- item 6: a country's adjective, said where the entity counts are ----------------


def test_the_entity_table_says_how_a_country_adjective_is_counted():
    counts = pd.DataFrame({"entity_id": ["country:IQ", "person:x"], "type": ["LOC", "PERSON"]})
    note = entity_note(SimpleNamespace(per_story=True), counts)
    assert note.startswith("نعت البلد (العراقي، الأميركية) يُعدّ مع البلد حين تذكره القصة")
    assert "«جنسية أو جماعة»" in note
    grouped = entity_note(SimpleNamespace(per_story=False), counts)
    assert "تذكره المجموعة باسمه" in grouped
    assert entity_note(SimpleNamespace(per_story=True), counts.tail(1)) is None
