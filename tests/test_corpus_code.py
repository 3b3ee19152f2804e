"""CSS and JavaScript left in scraped text: removed by a rule on code syntax, with the
Arabic (or any) text around it kept and a cleaning-report row naming what went."""

from __future__ import annotations

import json

import pytest

from helpers.corpus import load_corpus
from helpers.corpus.clean import LineCleaner, strip_code
from helpers.errors import ArgumentError

CSS = "float: right; width:380px; } .vote_area_graph {color: red;}"
JS = "jQuery.noConflict(); jQuery(document).ready(function(){ show(); });"


def test_css_and_js_between_arabic_text_are_removed():
    line = f"أعلنت الوزارة النتائج {CSS} {JS} وقال المتحدث إن العمل مستمر."
    kept, fixes = strip_code(line)
    assert kept == "أعلنت الوزارة النتائج وقال المتحدث إن العمل مستمر."
    # removed: the CSS and JS runs and the space between them, counted by hand
    assert fixes == [
        f"CSS/JavaScript code removed ({len(CSS) + 1 + len(JS)} characters: "
        "float: right; width:380px; } .vote_area_...)"  # its first 40 characters
    ]


def test_a_selector_before_its_block_goes_with_it():
    kept, fixes = strip_code("النص .box, #main > .item { margin: 0; padding: 2px; } بعده")
    assert kept == "النص بعده"
    # ".box, #main > .item" (19) + " " + "{ margin: 0; padding: 2px; }" (28)
    assert fixes and fixes[0].startswith("CSS/JavaScript code removed (48 characters")


def test_javascript_statements():
    kept, _ = strip_code("var total = 5; document.write(total); نهاية الخبر")
    assert kept == "نهاية الخبر"


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير (في بيان) إن الاجتماع ناجح; وأضاف {ملاحظة}",  # Arabic in braces
        "a {b} c {d}",  # braces only: one kind of marker
        "note: this; and that: there;",  # declarations only: one kind
        "النسبة 5%؛ والمبلغ: 300 ريال؛",  # Arabic semicolons are not code
        "function of the state (see below);",  # prose: function not followed by (
    ],
)
def test_text_that_is_not_code_stays(text):
    assert strip_code(text) == (text, [])


def test_a_line_of_code_only_is_dropped():
    c = LineCleaner()(f"{CSS} {JS}")
    assert c.text == "" and c.drop == "CSS/JavaScript code only"


def test_loader_reports_the_removal(tmp_path):
    body = f"الفقرة الأولى من الخبر.\nالفقرة الثانية {JS} تنتهي هنا.\nالفقرة الثالثة."
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"title": "عنوان", "body": body}, ensure_ascii=False), "utf-8")
    st, rep = load_corpus(path, return_report=True)
    assert st["paragraphs"].iloc[0] == [
        "الفقرة الأولى من الخبر.",
        "الفقرة الثانية تنتهي هنا.",
        "الفقرة الثالثة.",
    ]
    row = rep[rep["reason"].str.startswith("CSS/JavaScript code removed")]
    assert len(row) == 1
    assert row["action"].iloc[0] == "repaired"
    assert row["kept"].iloc[0] == "الفقرة الثانية تنتهي هنا."
    assert f"({len(JS)} characters" in row["reason"].iloc[0]
    assert st["repairs"].iloc[0] == ["CSS/JavaScript code removed"]


def test_embedded_corpus_has_no_code_row(embedded_path):
    _, rep = load_corpus(embedded_path, return_report=True)
    assert not rep["reason"].str.contains("CSS/JavaScript").any()


def test_not_a_string():
    with pytest.raises(ArgumentError, match="strip_code"):
        strip_code(b"x")
