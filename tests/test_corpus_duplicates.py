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
from helpers.corpus.duplicates import body_hash, find_duplicates, story_hashes
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
    rows = [("x", 1, "a"), ("y", 1, "b"), ("x", 2, "c"), ("x", 1, "d"), ("y", 1, "e")]
    assert find_duplicates(rows) == {"d": "a", "e": "b"}
    assert find_duplicates([]) == {}


def test_story_hashes_skip_empty_bodies():
    stories = [
        {"story_id": "s1", "paragraphs": ["نص"], "outlet": "x"},
        {"story_id": "s2", "paragraphs": [], "outlet": "x"},
        {"story_id": "s3", "paragraphs": ["نص"]},  # no outlet, no group: the corpus
    ]
    assert story_hashes(stories) == [("x", body_hash(["نص"]), "s1"), ("", body_hash(["نص"]), "s3")]


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
    assert duplicates_note(report).startswith("_**2 duplicate stories were dropped**")
    _, kept = load_corpus(path, return_report=True, duplicates="keep")
    assert dropped_count(kept) == 0
    assert duplicates_note(kept).startswith("_No duplicate story")
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


def _footer_records() -> list[dict]:
    """Outlet w: 23 stories ending in the site's footer repeating the title (Alweeam's,
    in 1,549 of its 1,551 SaudiNewsNet stories), and w23, a recrawl of w5 whose title
    and so footer were written «الى» for «إلى» (SaudiNewsNet alweeam 2015-07-21-1548 and
    2015-07-23-974: “ ” for « »): raw bodies that differ in the footer only."""
    recs = []
    for i, city in enumerate(CITIES):
        title = f"وفد يصل إلى {city}"
        body = f"وصل الوفد صباح الأحد إلى {city}.\n{FOOTER}{title}"
        recs.append({"id": f"w{i}", "title": title, "body": body, "outlet": "w"})
    title = f"وفد يصل الى {CITIES[5]}"
    body = f"وصل الوفد صباح الأحد إلى {CITIES[5]}.\n{FOOTER}{title}"
    recs.append({"id": "w23", "title": title, "body": body, "outlet": "w"})
    return recs


def test_a_recrawl_differing_only_in_a_site_footer_is_a_copy(tmp_path):
    path = write_jsonl(tmp_path / "w.jsonl", _footer_records())
    stories, report = load_corpus(path, return_report=True)
    # the footer (5 words, <title> one of them) ends 24 >= 20 stories: cut from each;
    # then w23's body is w5's: w23 dropped, its footer's cut not reported
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
    # the cluster path finds the same copy (pass 0b) in a file cut into pieces
    t = corpus_tables(path, piece_bytes=1024)
    assert sorted(t.stories["story_id"]) == sorted(stories["story_id"])
    pd.testing.assert_frame_equal(t.report, report)
