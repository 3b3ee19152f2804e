"""Duplicate stories (helpers.corpus.duplicates): a recrawl is counted once.

Right values worked out by hand from the records written here: which record repeats
which body (whitespace aside) inside one outlet, which is first in corpus order.
"""

import pandas as pd
import pytest
from jsonl_files import write_jsonl

from helpers.charts.views import reason_name
from helpers.cluster import corpus_tables
from helpers.corpus import load_corpus
from helpers.corpus.duplicates import (
    body_hash,
    cut_key,
    find_duplicates,
    story_hashes,
    title_words,
)
from helpers.errors import ArgumentError

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

A = "قال الوزير إن المشروع بدأ.\nوأضاف أن العمل يستمر."
# A with other spacing and one paragraph break fewer: the same text but for whitespace
A_SPACED = "قال   الوزير إن المشروع بدأ. وأضاف أن\tالعمل يستمر."
# A with one comma more: another version of the story, not a copy
A_EDITED = "قال الوزير، إن المشروع بدأ.\nوأضاف أن العمل يستمر."
B = "افتتح الأمير المعرض في جدة."


def _records() -> list[dict]:
    return [
        {"id": "r1", "title": "الوزير يعلن", "body": A, "outlet": "x"},  # line 1
        {"id": "r2", "title": "الوزير يعلن المشروع", "body": A_SPACED, "outlet": "x"},
        {"id": "r3", "title": "الأمير في جدة", "body": B, "outlet": "x"},
        {"id": "r4", "title": "الوزير يعلن", "body": A, "outlet": "x"},  # line 4
        {"id": "r5", "title": "الوزير يعلن", "body": A, "outlet": "y"},  # another outlet
        {"id": "r6", "title": "الوزير يعلن", "body": A_EDITED, "outlet": "x"},
        {"id": "r7", "title": "عنوان فقط", "body": "", "outlet": "x"},  # no body
        {"id": "r8", "title": "عنوان فقط", "body": "", "outlet": "x"},
    ]


def test_later_copies_in_one_outlet_are_dropped_and_reported(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", _records())
    stories, report = load_corpus(path, return_report=True)
    # r2 (A but for whitespace) and r4 (A) repeat r1 in outlet x; r5 is outlet y's own
    # story, r6 another version (a comma), r7/r8 have no body: never copies
    assert stories["story_id"].tolist() == ["r1", "r3", "r5", "r6", "r7", "r8"]
    rows = report[report["reason"].str.startswith("duplicate story")]
    assert rows[["story_id", "line", "text", "reason", "action", "kept"]].values.tolist() == [
        ["r2", 2, "الوزير يعلن المشروع", "duplicate story (same body as r1)", "dropped", ""],
        ["r4", 4, "الوزير يعلن", "duplicate story (same body as r1)", "dropped", ""],
    ]
    assert set(rows["file"]) == {str(path)}
    assert reason_name(rows["reason"].iloc[0]) == "قصة مكررة (نسخة أخرى من قصة مُبقاة)"


def test_keep_keeps_every_story(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", _records())
    stories, report = load_corpus(path, return_report=True, duplicates="keep")
    assert stories["story_id"].tolist() == [f"r{i}" for i in range(1, 9)]
    assert not report["reason"].str.startswith("duplicate story").any()


def test_first_in_corpus_order_is_kept_across_files(tmp_path):
    # files are read in name order: b-later.jsonl's copy goes, a-first.jsonl's stays
    folder = tmp_path / "c"
    folder.mkdir()
    write_jsonl(folder / "b-later.jsonl", [{"id": "late", "title": "ب", "body": B, "outlet": "x"}])
    write_jsonl(folder / "a-first.jsonl", [{"id": "early", "title": "أ", "body": B, "outlet": "x"}])
    stories, report = load_corpus(folder, return_report=True)
    assert stories["story_id"].tolist() == ["early"]
    assert report["reason"].tolist() == ["duplicate story (same body as early)"]


def test_body_hash_ignores_whitespace_only():
    assert body_hash(["قال  الوزير", "إن المشروع"]) == body_hash(["قال الوزير إن\nالمشروع"])
    assert body_hash(["قال الوزير"]) != body_hash(["قال الوزير."])
    assert 0 <= body_hash(["x"]) < 2**64


def test_find_duplicates_by_group_first_kept():
    rows = [("x", 1, None, "a"), ("y", 1, None, "b"), ("x", 2, None, "c"), ("x", 1, None, "d")]
    rows.append(("y", 1, None, "e"))
    assert find_duplicates(rows) == {"d": "a", "e": "b"}
    assert find_duplicates([]) == {}


def test_find_duplicates_raw_or_cut_key():
    # b: a's raw key; c: b's cut key (b a copy of a): c is a's copy too; d: a cut key only
    # (no raw body); e: another cut key; f: no key in common with a-e
    rows = [
        ("x", 1, 10, "a"),
        ("x", 1, 11, "b"),
        ("x", 2, 11, "c"),
        ("x", None, 10, "d"),
        ("x", 3, 12, "e"),
        ("y", 3, 12, "f"),
    ]
    assert find_duplicates(rows) == {"b": "a", "c": "a", "d": "a"}


def test_story_hashes_skip_empty_bodies():
    stories = [
        {"story_id": "s1", "paragraphs": ["نص"], "outlet": "x"},
        {"story_id": "s2", "paragraphs": [], "outlet": "x"},
        {"story_id": "s3", "paragraphs": ["نص"]},  # no outlet, no group: the corpus
    ]
    h = body_hash(["نص"])
    assert story_hashes(stories) == [("x", h, None, "s1"), ("", h, None, "s3")]


def test_story_hashes_cut_key_needs_a_cut_body_and_a_title():
    read = [
        {"story_id": "s1", "title": " عنوان  أول ", "paragraphs": ["نص", "تذييل"]},
        {"story_id": "s2", "title": "", "paragraphs": ["نص", "تذييل"]},  # no title
        {"story_id": "s3", "title": "عنوان", "paragraphs": ["تذييل"]},  # nothing left
        {"story_id": "s4", "title": "عنوان", "paragraphs": ["تذييل"]},  # removed by the cut
    ]
    cut = [
        {"story_id": "s1", "paragraphs": ["نص"]},
        {"story_id": "s2", "paragraphs": ["نص"]},
        {"story_id": "s3", "paragraphs": []},
    ]
    raw, foot = body_hash(["نص", "تذييل"]), body_hash(["تذييل"])
    assert story_hashes(read, cut) == [
        ("", raw, cut_key(["نص"], "عنوان أول"), "s1"),  # title's whitespace as a body's
        ("", raw, None, "s2"),
        ("", foot, None, "s3"),
    ]
    # body and title are told apart: «أ ب» + «ج» is not «أ» + «ب ج»
    assert cut_key(["أ ب"], "ج") != cut_key(["أ"], "ب ج")
    assert cut_key(["أ  ب"], " ج") == cut_key(["أ", "ب"], "ج")


@pytest.mark.parametrize("bad", ["yes", True, None, "DROP", 1])
def test_bad_duplicates_value_is_an_argument_error(tmp_path, bad):
    path = write_jsonl(tmp_path / "news.jsonl", _records())
    with pytest.raises(ArgumentError, match="duplicates must be one of 'drop', 'keep'"):
        load_corpus(path, duplicates=bad)
    with pytest.raises(ArgumentError, match="corpus_tables: duplicates must be one of"):
        corpus_tables(path, duplicates=bad)


def test_embedded_stories_have_no_copy(embedded_path):
    dropped, report = load_corpus(embedded_path, return_report=True)
    kept, report_kept = load_corpus(embedded_path, return_report=True, duplicates="keep")
    pd.testing.assert_frame_equal(dropped, kept)
    pd.testing.assert_frame_equal(report, report_kept)
    assert len(dropped) == 2


def test_corpus_tables_drop_the_same_copies_as_load_corpus(tmp_path):
    # 30 records in one file cut into pieces: copies in other pieces than their first
    recs = []
    for i in range(30):
        body = B if i % 10 == 3 else f"{A}\nالخبر رقم {i % 7}."
        recs.append({"id": f"n{i}", "title": f"خبر {i}", "body": body, "outlet": "x"})
    path = write_jsonl(tmp_path / "many.jsonl", recs)
    stories, report = load_corpus(path, return_report=True)
    # by hand: B at i = 3, 13, 23 (n13, n23 copies of n3); the others' body is
    # "... رقم i % 7": residues 0-2 and 4-6 first at i = 0-2, 4-6, residue 3 first at
    # i = 10 (i = 3 is B); so kept n0-n6 and n10, every other story a copy
    gone = report.loc[report["reason"].str.startswith("duplicate story"), "story_id"].tolist()
    expected = [f"n{i}" for i in range(7, 30) if i % 10 != 3 and i != 10] + ["n13", "n23"]
    assert sorted(gone) == sorted(expected)
    assert len(stories) == 30 - len(expected) == 8
    t = corpus_tables(path, piece_bytes=1024)
    assert sorted(t.stories["story_id"]) == sorted(stories["story_id"])
    pd.testing.assert_frame_equal(t.report, report)
    keep = corpus_tables(path, piece_bytes=1024, duplicates="keep")
    assert len(keep.stories) == 30
    assert not keep.report["reason"].str.startswith("duplicate story").any()


def test_the_notebook_and_the_runner_say_how_many_were_dropped(tmp_path, capsys):
    from helpers.notebooks import _say_corpus
    from helpers.sections import duplicates_note

    path = write_jsonl(tmp_path / "news.jsonl", _records())
    _, report = load_corpus(path, return_report=True)
    from helpers.corpus.duplicates import dropped_count

    assert dropped_count(report) == 2  # r2 and r4
    assert duplicates_note(report).startswith("_**حُذفت قصتان مكررتان**: نصها نص قصة سابقة")
    _, kept = load_corpus(path, return_report=True, duplicates="keep")
    assert dropped_count(kept) == 0
    assert duplicates_note(kept) == ("_لا قصة مكررة: لا يكرر نصُّ قصة نصَّ قصة أخرى من الصحيفة نفسها._")
    with pytest.raises(ArgumentError, match="duplicates_note: report must be"):
        duplicates_note(None)
    (tmp_path / "about.json").write_text('{"stories": 6, "duplicates_dropped": 2}', "utf-8")
    _say_corpus(tmp_path)
    assert capsys.readouterr().err.startswith("corpus: 6 stories; 2 duplicate stories dropped")
    (tmp_path / "about.json").write_text('{"stories": 6}', "utf-8")  # an older entry
    _say_corpus(tmp_path)
    assert capsys.readouterr().err == ""


CITIES = [
    "الرياض",
    "جدة",
    "مكة",
    "المدينة",
    "الدمام",
    "أبها",
    "تبوك",
    "حائل",
    "نجران",
    "جازان",
    "الطائف",
    "القصيم",
    "الخبر",
    "ينبع",
    "عرعر",
    "سكاكا",
    "الباحة",
    "القطيف",
    "الجبيل",
    "بريدة",
    "عنيزة",
    "الأحساء",
    "بيشة",
]
FOOTER = "رابط الخبر بصحيفة الوئام: "


def _footer_records(title_too: bool = False) -> list[dict]:
    """Outlet w: 23 stories ending in the site's footer repeating the title (Alweeam's,
    in 1,549 of its 1,551 SaudiNewsNet stories); w23, a recrawl of w5 whose footer writes
    its title «الى» for «إلى» (the footer is still cut: its words are compared with
    hamza folded, helpers.corpus.boilerplate step 2): raw bodies that differ in the
    footer only; its title is w5's, or with ``title_too`` also «الى» (SaudiNewsNet
    alweeam 2015-07-21-1548 and 2015-07-23-974: titles and footers with “ ” for « »)."""
    recs = []
    for i, city in enumerate(CITIES):
        title = f"وفد يصل إلى {city}"
        body = f"وصل الوفد صباح الأحد إلى {city}.\n{FOOTER}{title}"
        recs.append({"id": f"w{i}", "title": title, "body": body, "outlet": "w"})
    other = f"وفد يصل الى {CITIES[5]}"
    body = f"وصل الوفد صباح الأحد إلى {CITIES[5]}.\n{FOOTER}{other}"
    title = other if title_too else recs[5]["title"]
    recs.append({"id": "w23", "title": title, "body": body, "outlet": "w"})
    return recs


def _same_on_the_cluster_path(path, stories, report):
    """corpus_tables (in process, a file cut into pieces: pass 0b) gives load_corpus's
    stories and report."""
    t = corpus_tables(path, piece_bytes=1024)
    assert t.stories["story_id"].tolist() == stories["story_id"].tolist()
    pd.testing.assert_frame_equal(t.report, report)


def test_a_recrawl_differing_only_in_a_site_footer_is_a_copy(tmp_path):
    path = write_jsonl(tmp_path / "w.jsonl", _footer_records())
    stories, report = load_corpus(path, return_report=True)
    # the footer (5 words, <title> one of them) ends 24 >= 20 stories: cut from each;
    # then w23's body and title are w5's: w23 dropped, its footer's cut not reported
    assert len(CITIES) == 23
    assert stories["story_id"].tolist() == [f"w{i}" for i in range(23)]
    assert stories.loc[5, "body"] == "وصل الوفد صباح الأحد إلى أبها."
    copies = report[report["reason"].str.startswith("duplicate story")]
    assert copies[["story_id", "line", "reason", "action"]].values.tolist() == [
        ["w23", 24, "duplicate story (same body as w5)", "dropped"]
    ]
    site = report[report["reason"].str.startswith("site boilerplate")]
    assert sorted(site["story_id"]) == sorted(f"w{i}" for i in range(23))
    # without site boilerplate removal the raw bodies differ: both stay
    raw = load_corpus(path, boilerplate=False)
    assert len(raw) == 24
    _same_on_the_cluster_path(path, stories, report)


def test_a_recrawl_with_another_title_is_not_a_copy(tmp_path):
    # w23's title is «الى» too: the cut body is w5's, the title's words not: kept
    path = write_jsonl(tmp_path / "w.jsonl", _footer_records(title_too=True))
    stories, report = load_corpus(path, return_report=True)
    assert stories["story_id"].tolist() == [f"w{i}" for i in range(24)]
    assert stories.loc[23, "body"] == stories.loc[5, "body"] == "وصل الوفد صباح الأحد إلى أبها."
    assert not report["reason"].str.startswith("duplicate story").any()
    _same_on_the_cluster_path(path, stories, report)


def test_a_recrawl_whose_title_differs_in_quote_marks_only_is_a_copy(tmp_path):
    # SaudiNewsNet alweeam 2015-07-21-1548 / 2015-07-23-974: the recrawl quotes its
    # title (and so its footer) with “ ” where the first has « »; the words are the same
    # (duplicates.title_words), so w23 is a copy of w5
    recs = _footer_records()
    recs[5]["title"] = "توزيع «موسوعة خطب الجمعة» على المساجد"
    recs[5]["body"] = f"وصل الوفد صباح الأحد إلى أبها.\n{FOOTER}{recs[5]['title']}"
    recs[23]["title"] = "توزيع “موسوعة خطب الجمعة” على المساجد"
    recs[23]["body"] = f"وصل الوفد صباح الأحد إلى أبها.\n{FOOTER}{recs[23]['title']}"
    path = write_jsonl(tmp_path / "w.jsonl", recs)
    stories, report = load_corpus(path, return_report=True)
    assert stories["story_id"].tolist() == [f"w{i}" for i in range(23)]
    copies = report[report["reason"].str.startswith("duplicate story")]
    assert copies[["story_id", "reason"]].values.tolist() == [
        ["w23", "duplicate story (same body as w5)"]
    ]
    _same_on_the_cluster_path(path, stories, report)


def test_title_words_ignore_punctuation_and_symbols_only():
    assert title_words(" توزيع “موسوعة” -  2 ") == "توزيع موسوعة 2"
    assert title_words("وفد يصل الى أبها") != title_words("وفد يصل إلى أبها")  # a letter
    assert title_words("سعر ٥٪") == "سعر 5"  # ٪ is punctuation (Po); ٥ read as 5 (session 20)
    assert title_words("") == ""


def test_a_recrawl_of_site_text_only_is_a_copy(tmp_path):
    # hostile19 dup3: e1, e2, e3 are «<footer><title>» only, the same title (e3's with
    # a space more): their raw bodies are the same (a line's trailing space is cleaned)
    # and nothing is left once the footer is cut. e2 and e3 are copies of e1 (as before
    # load19); e1 keeps its title, its footer's cut reported
    recs = _footer_records()[:23]
    t = "صورة اليوم"
    recs.append({"id": "e1", "title": t, "body": f"{FOOTER}{t}", "outlet": "w"})
    recs.append({"id": "e2", "title": t, "body": f"{FOOTER}{t}", "outlet": "w"})
    recs.append({"id": "e3", "title": t + " ", "body": f"{FOOTER}{t} ", "outlet": "w"})
    path = write_jsonl(tmp_path / "w.jsonl", recs)
    stories, report = load_corpus(path, return_report=True)
    assert stories["story_id"].tolist() == [f"w{i}" for i in range(23)] + ["e1"]
    assert stories.iloc[-1][["title", "body"]].tolist() == [t, ""]
    e = report[report["story_id"].str.startswith("e")]
    assert e[["story_id", "line", "reason", "action"]].values.tolist() == [
        ["e2", 25, "duplicate story (same body as e1)", "dropped"],
        ["e3", 26, "duplicate story (same body as e1)", "dropped"],
        ["e1", 24, "site boilerplate (footer of w: in 24 of 26 stories with a body)", "dropped"],
    ]
    _same_on_the_cluster_path(path, stories, report)


def test_stories_told_apart_by_their_footer_only_are_not_copies(tmp_path):
    # hostile19 dup: v0, v1 «شاهد الفيديو.» + the footer with their own titles, which
    # differ: the cut bodies are the same, the titles (and raw bodies) not: both kept
    recs = _footer_records()[:23]
    for j, t in enumerate(["فيديو: حريق في مستودع بجدة", "فيديو: فوز الهلال على النصر"]):
        recs.append(
            {"id": f"v{j}", "title": t, "body": f"شاهد الفيديو.\n{FOOTER}{t}", "outlet": "w"}
        )
    path = write_jsonl(tmp_path / "w.jsonl", recs)
    stories, report = load_corpus(path, return_report=True)
    assert stories["story_id"].tolist() == [f"w{i}" for i in range(23)] + ["v0", "v1"]
    assert stories["body"].tolist()[-2:] == ["شاهد الفيديو.", "شاهد الفيديو."]
    assert not report["reason"].str.startswith("duplicate story").any()
    _same_on_the_cluster_path(path, stories, report)


def test_story_hashes_hash_a_body_once_unless_the_cut_changed_it(monkeypatch):
    # session 20: y's cut left it as read (equal paragraphs, another list), so its cut
    # key comes from its raw hash; x's footer was cut, so x's cut body is hashed too:
    # 3 body hashes for the two stories (y raw, x raw, x cut), not 4
    from helpers.corpus import duplicates

    read = [
        {"story_id": "y", "title": "عنوان", "paragraphs": ["نص"], "outlet": "o"},
        {"story_id": "x", "title": "«عنوان»", "paragraphs": ["نص", "تذييل"], "outlet": "o"},
    ]
    cut = [
        {"story_id": "y", "paragraphs": ["نص"]},
        {"story_id": "x", "paragraphs": ["نص"]},
    ]
    calls = []
    real = duplicates.body_hash
    monkeypatch.setattr(duplicates, "body_hash", lambda p: calls.append(list(p)) or real(p))
    rows = story_hashes(read, cut)
    assert calls == [["نص"], ["نص", "تذييل"], ["نص"]]
    # the same keys as hashing every cut body: x (cut body «نص», title words عنوان) is
    # y's copy by rule (b)
    raw_y, raw_x = real(["نص"]), real(["نص", "تذييل"])
    key = cut_key(["نص"], "عنوان")
    assert rows == [("o", raw_y, key, "y"), ("o", raw_x, key, "x")]
    assert find_duplicates(rows) == {"x": "y"}


def test_titled_key_is_cut_key_from_the_body_hash():
    from helpers.corpus.duplicates import titled_key

    paras = ["قال  الوزير", "إن المشروع"]
    assert titled_key(body_hash(paras), "توزيع “موسوعة”") == cut_key(paras, "توزيع «موسوعة»")
    assert titled_key(body_hash(paras), "أ") != titled_key(body_hash(paras), "ب")
    assert 0 <= titled_key(0, "") < 2**64
