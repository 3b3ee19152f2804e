"""Session 16 (loader16): a large zip member's code page, and every bad file a
CorpusFormatError."""

from __future__ import annotations

import json
import warnings
import zipfile

import pytest
from jsonl_files import write_jsonl

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


# -- a dateline's place is no outlet's own name ---------------------------------------

OWN_FIELDS = {"outlet": "source"}


def _dateline_news(path, opening: str):
    """24 stories, aawsat the even ones, sabq the odd ones; each aawsat body opens with
    ``opening`` (a dateline, or a sentence naming London), no sabq story names London."""
    records = []
    for i in range(24):
        outlet = ("aawsat", "sabq")[i % 2]
        body = "قال الوزير إن الزيارة مهمة."
        if outlet == "aawsat":
            body = opening + body
        record = {"id": f"s{i}", "title": f"زيارة الوزير {i}", "body": body + f" {i}"}
        records.append({**record, "source": outlet})
    write_jsonl(path, records)
    return path


def test_a_dateline_city_is_not_an_outlets_own_name(tmp_path):
    # «لندن - رويترز:» opens all 12 of aawsat's stories and no sabq story names London:
    # before, لندن had share 1.0, lead 1.0 > 0.9 and 12 >= 10 stories, an own name of
    # aawsat, and its 12 mentions were left out. Now the city of a dateline is not
    # counted, so nothing is an own name and the 12 LOC mentions stay.
    from helpers.own_names import own_names, without_own_names
    from helpers.study import open_study

    study = open_study(
        _dateline_news(tmp_path / "news.jsonl", "لندن - رويترز: "), fields=OWN_FIELDS
    )
    m = study.mentions()
    london = m[m["canonical"] == "لندن"]
    assert len(london) == 12 and set(london["type"]) == {"LOC"}
    assert set(m.loc[m["canonical"] == "رويترز", "method"]) == {"byline"}
    assert own_names(study, m).empty
    kept = without_own_names(study, m)
    assert (kept["canonical"] == "لندن").sum() == 12


def test_a_city_in_the_news_of_one_outlet_alone_is_no_own_name_either(tmp_path):
    # the other way: «وزار الوفد لندن.» in all 12 aawsat stories is no dateline (no dash,
    # no credit); لندن leads 1.0 in 12 stories, an own name until session 22. A place is
    # never an outlet's own name now (own_names.OWN_NAME_TYPES): its 12 mentions stay.
    from helpers.own_names import own_names, without_own_names
    from helpers.study import open_study

    study = open_study(
        _dateline_news(tmp_path / "news.jsonl", "وزار الوفد لندن. "), fields=OWN_FIELDS
    )
    m = study.mentions()
    assert own_names(study, m).empty
    assert (without_own_names(study, m)["canonical"] == "لندن").sum() == 12


def test_an_empty_json_array_says_what_a_json_file_holds_not_a_header(tmp_path):
    # a hostile tester's file: «[]» was told to "add rows below the header"
    from helpers.errors import EmptyCorpusError

    f = tmp_path / "none.json"
    f.write_text("[]", encoding="utf-8")
    with pytest.raises(EmptyCorpusError) as e:
        load_corpus(f)
    assert str(e.value) == (
        f"{f}: holds no records (a .json file holds one array of objects: [{{...}}, {{...}}])"
    )
    csv = tmp_path / "none.csv"
    csv.write_text("id,title,body\n", encoding="utf-8")
    with pytest.raises(EmptyCorpusError, match="add rows below the header"):
        load_corpus(csv)
