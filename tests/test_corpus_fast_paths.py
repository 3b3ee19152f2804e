"""The loader's cheap pre-tests (speed) never change a result: same text, same report."""

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers.corpus.clean as clean
import helpers.corpus.decode as decode
import helpers.corpus.load as load
from helpers.corpus import LineCleaner, load_corpus
from helpers.errors import DecodingError

MOJI = "الرئيس".encode().decode("cp1256")  # ط§ظ„ط±ط¦ظٹط³
_PIECES = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(["ط،", "ط»", "ظ»", MOJI, "Ø§Ù„", "&amp;", "<b>", "<script>", "</script>"]),
    st.sampled_from(["اقرأ المزيد", "شارك", "ـ", "\u064b", " ", "\t", "\x00", "\u202e", "\xa0"]),
    st.sampled_from(["<![ x]>", "&lt;p&gt;", "TT", "عين اليوم", "قال الوزير", ":", "»"]),
)
_LINES = st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=5)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_line_cleaner_fast_path_equals_full_path(lines):
    fast, full = LineCleaner(), LineCleaner()
    real = clean.needs_repair
    for line in lines:
        a = fast(line)
        clean.needs_repair = lambda text, block=False: True
        try:
            b = full(line)
        finally:
            clean.needs_repair = real
        assert a == b


@settings(max_examples=200, deadline=None)
@given(_LINES)
def test_field_fast_path_equals_full_path(lines):
    from pathlib import Path

    text = "\n".join(lines)
    out_a, rep_a, fix_a = None, [], []
    out_a = load._clean_field(text, Path("f"), 1, "s", rep_a, fix_a)
    real = load.needs_repair
    load.needs_repair = lambda text, block=False: True
    try:
        rep_b, fix_b = [], []
        out_b = load._clean_field(text, Path("f"), 1, "s", rep_b, fix_b)
    finally:
        load.needs_repair = real
    assert (out_a, rep_a, fix_a) == (out_b, rep_b, fix_b)


@pytest.mark.parametrize(
    ("line", "flag"),
    [
        ("الوسط، والمحيط» " * 3, None),  # genuine text with ط، and ط» pairs
        (MOJI, "mojibake (UTF-8 read as Windows-1256)"),
        ("ط» ط» ط» ط»", clean.MOJIBAKE_FLAG),  # dense pairs that decode to no Arabic
    ],
)
def test_repair_mojibake_pairs(line, flag):
    assert clean.repair_mojibake(line)[1] == flag


def _big_file(tmp_path, tail: bytes):
    f = tmp_path / "big.jsonl"
    rec = '{"title": "عنوان", "body": "نص الخبر رقم واحد في سطر طويل"}\n'.encode()
    good = rec * (5 * 2**20 // len(rec))  # past the 4 MB head that decides the encoding
    f.write_bytes(good + tail + rec)
    return f, len(good)


def test_large_utf8_file_with_a_late_bad_byte(tmp_path, monkeypatch):
    monkeypatch.setattr(decode, "STREAM_THRESHOLD", 2**20)
    f, at = _big_file(tmp_path, b'{"title": "\xff", "body": "x"}\n')
    with pytest.raises(DecodingError) as e:
        load_corpus(f, progress=False)
    assert e.value.offset == at + len(b'{"title": "')
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        st_ = load_corpus(f, errors="replace", progress=False)
    assert any("replaced by U+FFFD (first at byte offset" in str(x.message) for x in w)
    assert "\ufffd" in set(st_["title"])
