"""A bounded fuzz pass of the loader (the long run is tests/fuzz/fuzz_loader.py)."""

import codecs

from fuzz.fuzz_loader import (
    any_bytes,
    as_json_array,
    check,
    layout_mix,
    markup_mix,
    truncated_utf8,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(st.binary(max_size=400), st.sampled_from(["strict", "replace"]))
def test_random_bytes(tmp_path, data, errors):
    check(data, ".txt", tmp_path, errors)


@FUZZ
@given(truncated_utf8())
def test_truncated_utf8(tmp_path, data):
    out = check(data, ".txt", tmp_path)
    assert out in {"table", "DecodingError", "EmptyCorpusError"}


@FUZZ
@given(layout_mix(), st.sampled_from(["strict", "replace"]))
def test_layout_mixes(tmp_path, data, errors):
    check(data, ".txt", tmp_path, errors)


@FUZZ
@given(any_bytes(), st.sampled_from([".csv", ".jsonl"]))
def test_tables(tmp_path, data, suffix):
    if suffix == ".csv":
        data = codecs.BOM_UTF8 + b"title,body\n" + data
    check(data, suffix, tmp_path, "replace")


@FUZZ
@given(markup_mix(), st.sampled_from([".txt", ".json", ".zip"]))
def test_malformed_markup_never_escapes_as_a_non_project_error(tmp_path, data, suffix):
    # html.parser raises AssertionError on "<![" + a non-keyword; the loader must not
    if suffix == ".json":
        data = as_json_array(data)
    assert check(data, suffix, tmp_path) in {"table", "EmptyCorpusError", "CorpusFormatError"}


def test_replace_never_raises_decoding_error(tmp_path):
    # with errors="replace" the only outcomes for garbage are a table or an empty file
    for i in range(256):
        data = bytes([i, (i * 7) % 256, 0xFF, 0xD8]) * 3
        assert check(data, ".txt", tmp_path, "replace") in {"table", "EmptyCorpusError"}


_PIECES = st.one_of(
    st.characters(codec="utf-8"),  # any character but a surrogate
    st.sampled_from(["<", ">", "&", ";", "#", "/", "=", '"', "<script>", "</script>", "&amp;"]),
    st.sampled_from(["&#", "<!--", "\x00", "\u202e", "\u2066", "\ud800", "\x85", "\u2028"]),
    st.sampled_from(["ط§", "Ø§", "TT", "<p>", "<img src=x onerror=alert(1)>", "&#1593;"]),
)
_LINE = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, max_size=6))
def test_line_cleaner_output_is_clean(lines):
    from helpers.corpus import LineCleaner

    cleaner = LineCleaner()
    for line in lines:
        c = cleaner(line)
        assert c.text == c.text.strip()
        bad = [
            ch
            for ch in c.text
            if ch in "\x00\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        ]
        assert bad == []
        assert not any(
            "\ud800" <= ch <= "\udfff"
            or ord(ch) < 32
            or 0x7F <= ord(ch) <= 0x9F
            or ch in "\u2028\u2029"
            for ch in c.text
        )
        assert (c.drop == "") or c.drop in {
            "navigation boilerplate",
            "inside <script> or <style>",
            "HTML markup only",
            "control characters only",
        }
