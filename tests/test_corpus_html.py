"""HTML in scraped text: entities decoded before tags are stripped; no parser error escapes."""

import json

import pytest

from helpers.corpus import load_corpus
from helpers.corpus.clean import strip_html


def test_escaped_script_is_removed_as_markup_and_reported(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(
        "عنوان الخبر\n&lt;script&gt;alert(1)&lt;/script&gt;\nقال الوزير &lt;b&gt;نعم&lt;/b&gt;.\n",
        encoding="utf-8",
    )
    st, rep = load_corpus(f, return_report=True)
    assert st["paragraphs"][0] == ["قال الوزير نعم."]
    assert "<script>" not in st["body"][0] and "alert" not in st["body"][0]
    assert rep["line"].tolist() == [2, 3]
    assert rep["action"].tolist() == ["dropped", "repaired"]
    assert rep["reason"].tolist() == ["HTML markup only", "HTML removed or decoded"]
    assert rep["text"][0] == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_escaped_script_in_a_json_record(tmp_path):
    f = tmp_path / "a.json"
    body = "نص أول\n&lt;script&gt;alert(1)&lt;/script&gt;"
    f.write_text(json.dumps([{"title": "عنوان", "body": body}]), encoding="utf-8")
    st, rep = load_corpus(f, return_report=True)
    assert st["body"][0] == "نص أول"
    assert rep["reason"].tolist() == ["HTML markup only"]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("<p>نص &amp; <b>عريض</b></p>", " نص & عريض "),
        ("5 &lt; 6", "5 < 6"),  # a decoded "<" that opens no tag stays text
        ("a &amp;lt; b", "a &lt; b"),  # one round of decoding only
        ("&#1593;", "ع"),
        ("<![ x]> نص", " نص"),  # html.parser raises AssertionError on this
        ("نص <![if x]> آخر", "نص آخر"),
        ("<![ نص", " "),  # unterminated: removed to the end of the line
    ],
)
def test_strip_html(line, text):
    assert strip_html(line)[0] == text


def test_marked_section_that_breaks_html_parser_loads(tmp_path):
    # "<![" followed by anything but a keyword: AssertionError from html.parser before
    f = tmp_path / "a.txt"
    f.write_text("عنوان\n<![ x]> نص الخبر\n<![ x\n", encoding="utf-8")
    st, rep = load_corpus(f, return_report=True)
    assert st["paragraphs"][0] == ["نص الخبر"]
    assert rep["line"].tolist() == [2, 3]
    assert rep["action"].tolist() == ["repaired", "dropped"]
