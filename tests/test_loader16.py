"""Session 16 (loader16): a large zip member's code page, and every bad file a
CorpusFormatError."""

from __future__ import annotations

import json
import warnings
import zipfile

import pytest

from helpers.corpus import decode, load_corpus
from helpers.corpus.decode import SAMPLE_BYTES, STREAM_THRESHOLD, decode_stream
from helpers.errors import CorpusFormatError, DecodingError, KhabarError

SENTENCE = "قال وزير الخارجية إن المملكة ترحب بالاتفاق الذي وقع في الرياض اليوم. "


def _big_member(tmp_path, encoding: str, tail: bytes = b""):
    """``(zip, member, text)``: a zip holding one member of 17 MB of Arabic ``text`` in
    ``encoding`` (then the bytes ``tail``)."""
    text = SENTENCE * (17 * 2**20 // len(SENTENCE.encode(encoding)) + 1)
    data = text.encode(encoding) + tail
    assert len(data) > STREAM_THRESHOLD
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("news/big.txt", data)
    zf = zipfile.ZipFile(path)
    return zf, zf.getinfo("news/big.txt"), text


def test_a_zip_member_over_16_mb_in_cp1256_gets_its_code_page(tmp_path):
    # Before: a member over STREAM_THRESHOLD was read as UTF-8 only, so the cp1256
    # member raised DecodingError at byte 0. Now its first 4 MB are judged as
    # decode_bytes judges a whole file.
    zf, info, text = _big_member(tmp_path, "cp1256")
    with zf, pytest.warns(UserWarning, match="decoded as cp1256"):
        enc, chunks = decode_stream(zf.open(info), "big.zip/news/big.txt", info.file_size)
        got = "".join(chunks)
    assert enc == "cp1256" and got == text


def test_a_large_utf8_member_still_streams_as_utf8(tmp_path):
    zf, info, text = _big_member(tmp_path, "utf-8")
    with zf, warnings.catch_warnings():
        warnings.simplefilter("error")
        enc, chunks = decode_stream(zf.open(info), "big.zip/news/big.txt", info.file_size)
        got = "".join(chunks)
    assert enc == "utf-8" and got == text


def test_a_bad_byte_after_the_sample_is_named_while_reading(tmp_path):
    # the sample (4 MB) is UTF-8; a lone 0xff at the very end is found while reading
    zf, info, _ = _big_member(tmp_path, "utf-8", tail=b"\xff")
    with zf:
        enc, chunks = decode_stream(zf.open(info), "m.txt", info.file_size)
        assert enc == "utf-8"
        with pytest.raises(DecodingError) as e:
            "".join(chunks)
    assert e.value.offset == info.file_size - 1


def test_a_large_member_that_is_no_text_names_the_sample(tmp_path, monkeypatch):
    monkeypatch.setattr(decode, "STREAM_THRESHOLD", 10)
    path = tmp_path / "c.zip"
    data = bytes(range(0x80, 0xA0)) * 4  # C1 bytes: no UTF-8, Latin-1 nor Arabic text
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("x.txt", data)
    with pytest.raises(CorpusFormatError) as e:  # a DecodingError, caught as a bad file
        load_corpus(path)
    assert isinstance(e.value, DecodingError)
    assert "on its first 4 MB" in str(e.value) and "x.txt" in str(e.value)
    assert e.value.offset == 0


def test_load_corpus_reads_a_large_cp1256_member_by_its_sample(tmp_path, monkeypatch):
    # the loader's path through decode_stream with the two limits made small
    monkeypatch.setattr(decode, "STREAM_THRESHOLD", 100)
    monkeypatch.setattr(decode, "SAMPLE_BYTES", 64)
    rows = [{"id": f"a{i}", "title": "عنوان", "body": SENTENCE + str(i)} for i in range(3)]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode("cp1256")
    path = tmp_path / "d.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("in/x.jsonl", data)
    with pytest.warns(UserWarning, match="cp1256"):
        st = load_corpus(path)
    assert st["encoding"].tolist() == ["cp1256"] * 3
    assert st["body"].tolist() == [(SENTENCE + str(i)).strip() for i in range(3)]


def test_every_bad_file_error_is_a_corpus_format_error():
    assert issubclass(DecodingError, CorpusFormatError)
    assert issubclass(DecodingError, UnicodeError)  # as before
    assert issubclass(CorpusFormatError, KhabarError)
    assert SAMPLE_BYTES == 4 * 2**20


def test_an_undecodable_file_is_caught_as_a_bad_file(tmp_path):
    f = tmp_path / "broken.txt"
    f.write_bytes("عنوان\n".encode() + bytes(range(0x80, 0xA0)) * 4)
    try:
        load_corpus(f)
    except CorpusFormatError as exc:
        caught = exc
    assert isinstance(caught, DecodingError) and "broken.txt" in str(caught)
