"""Hostile and odd text: each input has one defined, tested result."""

import json
from html.parser import HTMLParser

import pandas as pd
import pytest

from helpers.corpus import KhabarWarning, load_corpus, trace_lines, zones
from helpers.display import rtl_table
from helpers.entities import extract_entities, highlight_html, story_html
from helpers.errors import DecodingError, EmptyCorpusError
from helpers.kwic import concordance, concordance_html
from helpers.text import tokenize_zones

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'
HOSTILE = f"عنوان {SCRIPT} خطير {IMG} جدا"


class _Tags(HTMLParser):
    """Every start tag and all text of an HTML string, as a browser would see them."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = [], []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _assert_shown_as_text(html):
    parsed = _Tags(html)
    assert not [t for t, _ in parsed.tags if t in {"script", "img", "iframe", "svg"}]
    assert not [a for _, a in parsed.tags if any(k.startswith("on") for k in a)]
    assert HOSTILE in "".join(parsed.text)  # the reader sees the markup as text


def test_rtl_table_escapes_corpus_text():
    df = pd.DataFrame({"story_id": ["x-01"], "title": [HOSTILE], "captions": [[IMG, SCRIPT]]})
    html = rtl_table(df, caption=SCRIPT).data
    _assert_shown_as_text(html)
    assert "&lt;script&gt;" in html


def test_rtl_table_escapes_column_names():
    html = rtl_table(pd.DataFrame({IMG: [HOSTILE]})).data
    _assert_shown_as_text(html)


def test_concordance_html_escapes_corpus_text():
    z = pd.DataFrame({"story_id": ["x-01"], "zone": ["body"], "text": [HOSTILE]})
    tokens = tokenize_zones(z)
    conc = concordance(tokens, "خطير", zones=z)
    assert len(conc) == 1
    html = concordance_html(conc)
    parsed = _Tags(html)
    assert not [t for t, _ in parsed.tags if t in {"script", "img"}]
    assert "alert" in "".join(parsed.text)  # shown, not run


def test_entity_highlighting_escapes_corpus_text_and_gazetteer_names():
    stories = pd.DataFrame(
        [
            {
                "story_id": "x-01",
                "title": f"بشار الأسد {SCRIPT} في دمشق {IMG}",
                "body": f"قال لافروف في موسكو {IMG}",
                "captions": [SCRIPT],
            }
        ]
    )
    z = zones(stories)
    mentions = extract_entities(stories)
    assert {"بشار الأسد", "دمشق", "لافروف", "موسكو"} <= set(mentions["surface"])
    html = story_html(z, mentions, "x-01")
    parsed = _Tags(html)
    assert not [t for t, _ in parsed.tags if t in {"script", "img"}]
    assert not [a for _, a in parsed.tags if any(k.startswith("on") for k in a)]
    shown = "".join(parsed.text)
    assert SCRIPT in shown and IMG in shown
    # a hostile canonical name (a user's gazetteer) stays inside its attribute
    evil = mentions.head(1).assign(canonical='"><script>alert(2)</script>')
    html = highlight_html(z["text"][0], evil)
    parsed = _Tags(html)
    assert not [t for t, _ in parsed.tags if t == "script"]
    assert [a.get("title") for t, a in parsed.tags if t == "mark"] == [
        'شخص (PERSON): "><script>alert(2)</script>'
    ]


# --- HTML in the corpus is removed before analysis, the original kept in the report --


def test_html_tags_and_entities_removed_and_reported(tmp_path):
    f = tmp_path / "h.txt"
    raw = '<p>قال الوزير &quot;نعم&quot; &amp; <b>أكد</b> ذلك&#1548; <a href="#">هنا</a></p>'
    f.write_text(f"<h1>عنوان &laquo;الخبر&raquo;</h1>\n{raw}\n", encoding="utf-8")
    with pytest.warns(
        KhabarWarning, match=r"h\.txt: lines repaired: HTML removed or decoded \(2 lines\)"
    ):
        st, report = load_corpus(f, return_report=True)
    assert st["title"][0] == "عنوان «الخبر»"
    assert st["paragraphs"][0] == ['قال الوزير "نعم" & أكد ذلك، هنا']
    assert st["repairs"][0] == ["HTML removed or decoded"]
    assert report["action"].tolist() == ["repaired", "repaired"]
    assert report["text"].tolist()[1] == raw  # the original line


def test_script_content_is_dropped_across_lines(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text(
        "عنوان\n<script>\nvar a = '<b>';\nalert(1)\n</script>نص الخبر.\n<style>p{}</style>\n",
        encoding="utf-8",
    )
    warned = r"s\.txt: lines repaired: HTML removed or decoded \(5 lines\); see the cleaning report"
    with pytest.warns(KhabarWarning, match=warned):
        st = load_corpus(f)
    assert st["paragraphs"][0] == ["نص الخبر."]
    with pytest.warns(KhabarWarning, match=warned):
        trace = trace_lines(f)
    assert trace["reason"].tolist() == [
        "",
        "inside <script> or <style>",
        "inside <script> or <style>",
        "inside <script> or <style>",
        "",
        "HTML markup only",
    ]


def test_less_than_sign_is_not_html(tmp_path):
    f = tmp_path / "lt.txt"
    f.write_text("عنوان\nالنسبة < 5 وأكثر > 2 و a<b\n", encoding="utf-8")
    st, report = load_corpus(f, return_report=True)
    assert st["paragraphs"][0] == ["النسبة < 5 وأكثر > 2 و a<b"]
    assert report.empty


def test_html_in_jsonl_fields_is_cleaned(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_text(
        json.dumps({"title": f"عنوان {SCRIPT}", "body": f"<p>نص</p>\n{IMG}\nاقرأ المزيد"}) + "\n",
        encoding="utf-8",
    )
    st, report = load_corpus(f, return_report=True)
    assert st["title"][0] == "عنوان"
    assert st["paragraphs"][0] == ["نص"]
    assert report["reason"].tolist() == [
        "HTML removed or decoded",
        "HTML removed or decoded",
        "HTML markup only",
        "navigation boilerplate",
    ]


# --- odd characters -------------------------------------------------------------------


def test_nul_bytes_removed(tmp_path):
    f = tmp_path / "nul.txt"
    f.write_bytes("عنوان\x00\nنص\x00 عربي\n\x00\n".encode())
    with pytest.warns(KhabarWarning, match="NUL bytes removed"):
        st, report = load_corpus(f, return_report=True)
    assert st["title"][0] == "عنوان"
    assert st["paragraphs"][0] == ["نص عربي"]
    assert report[["line", "action"]].values.tolist() == [
        [1, "repaired"],
        [2, "repaired"],
        [3, "dropped"],
    ]
    assert report["reason"][2] == "control characters only"


def test_control_characters_become_spaces(tmp_path):
    f = tmp_path / "c.txt"
    f.write_bytes("عنوان\nنص\x07عربي\x1b[0m\x85جديد\u2028سطر\n".encode())
    with pytest.warns(
        KhabarWarning,
        match=r"c\.txt: lines repaired: terminal control codes removed \(1 lines\), "
        r"control characters replaced by spaces \(1 lines\)",
    ):
        st = load_corpus(f)
    # ESC[0m is a terminal colour code, removed whole since session 17 (it kept «[0m»)
    assert st["paragraphs"][0] == ["نص عربي جديد سطر"]


def test_bidi_overrides_removed(tmp_path):
    # U+202E RIGHT-TO-LEFT OVERRIDE / U+202D LEFT-TO-RIGHT OVERRIDE ("Trojan Source")
    f = tmp_path / "b.txt"
    f.write_text("\u202eعنوان\u202c\nقال \u202dabc\u202c و\u2066نص\u2069 \u200fهنا\n")
    with pytest.warns(
        KhabarWarning, match=r"b\.txt: lines repaired: bidi control characters removed \(2 lines\)"
    ):
        st, report = load_corpus(f, return_report=True)
    assert st["title"][0] == "عنوان"
    assert st["paragraphs"][0] == ["قال abc ونص \u200fهنا"]  # RLM is a mark, kept
    assert report["reason"].tolist() == ["bidi control characters removed"] * 2


def test_lone_surrogates_from_json_become_replacement_characters(tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_text('{"title": "عنوان \\ud800", "body": "نص \\udfff عربي"}\n', encoding="utf-8")
    st, report = load_corpus(f, return_report=True)
    assert st["title"][0] == "عنوان \ufffd"
    assert st["paragraphs"][0] == ["نص \ufffd عربي"]
    assert set(report["reason"]) == {"lone surrogates replaced by U+FFFD"}
    # and the table can be written as UTF-8 and read back
    st.to_csv(tmp_path / "out.csv", encoding="utf-8")
    back = pd.read_csv(tmp_path / "out.csv", encoding="utf-8")
    assert back["title"].tolist() == ["عنوان \ufffd"]


def test_encoded_surrogate_bytes_are_a_decoding_error(tmp_path):
    f = tmp_path / "s.txt"
    head = "عنوان\n".encode()
    f.write_bytes(head + b"\xed\xa0\x80\n")  # CESU-style surrogate, invalid UTF-8
    with pytest.raises(DecodingError) as e:
        load_corpus(f)
    assert e.value.offset == len(head)


def test_five_megabyte_single_line(tmp_path):
    para = ("وزير الخارجية العراقي في موسكو " * 170_000).strip()
    assert len(para.encode()) > 5_000_000
    f = tmp_path / "big.txt"
    f.write_text(f"عنوان\n{para}\n", encoding="utf-8")
    st = load_corpus(f)
    assert st["paragraphs"][0] == [para]
    assert len(zones(st)["text"][1]) == len(para)


def test_file_of_only_punctuation(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("...!!!\n؟؟؟ ،،، «»\n", encoding="utf-8")
    with pytest.warns(KhabarWarning, match=r"p\.txt: holds no Arabic text"):
        st = load_corpus(f)
    assert st["title"].tolist() == ["...!!!"]
    assert st["paragraphs"][0] == ["؟؟؟ ،،، «»"]


def test_file_of_only_latin_text(tmp_path):
    f = tmp_path / "l.txt"
    f.write_text("Minister visits Moscow\nThe minister said yes.\n", encoding="utf-8")
    with pytest.warns(KhabarWarning, match=r"l\.txt: holds no Arabic text"):
        st = load_corpus(f)
    assert st["title"][0] == "Minister visits Moscow"
    assert st["layout"][0] == "plain"


def test_file_of_only_markup_is_empty(tmp_path):
    f = tmp_path / "m.txt"
    f.write_text("<div>\n<script>alert(1)</script>\n</div>\n", encoding="utf-8")
    with pytest.raises(EmptyCorpusError, match=r"m\.txt") as e:
        load_corpus(f)
    assert "no text after decoding and cleaning" in str(e.value)


def test_empty_file_in_a_folder_is_skipped_and_reported(tmp_path):
    (tmp_path / "a.txt").write_text("عنوان\nنص\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.warns(KhabarWarning, match=r"skipped: .*b\.txt"):
        st, report = load_corpus(tmp_path, return_report=True)
    assert st["story_id"].tolist() == ["a-01"]
    assert report[["line", "reason", "action"]].values.tolist() == [[0, "empty file", "skipped"]]


def test_line_endings_cr_crlf_lf_agree(tmp_path):
    text = "عنوان\nفقرة أولى\n\nفقرة ثانية\n"
    results = []
    for i, nl in enumerate(["\n", "\r\n", "\r"]):
        f = tmp_path / f"{i}.txt"
        f.write_bytes(text.replace("\n", nl).encode())
        results.append(load_corpus(f)["paragraphs"][0])
    assert results == [["فقرة أولى", "فقرة ثانية"]] * 3
