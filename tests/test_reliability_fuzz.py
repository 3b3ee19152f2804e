"""A bounded fuzz pass of the loader (the long run is tests/fuzz/fuzz_loader.py)."""

import codecs

from fuzz.fuzz_loader import any_bytes, check, layout_mix, truncated_utf8
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


def test_replace_never_raises_decoding_error(tmp_path):
    # with errors="replace" the only outcomes for garbage are a table or an empty file
    for i in range(256):
        data = bytes([i, (i * 7) % 256, 0xFF, 0xD8]) * 3
        assert check(data, ".txt", tmp_path, "replace") in {"table", "EmptyCorpusError"}
