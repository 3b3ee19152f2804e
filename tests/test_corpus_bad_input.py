"""Bad input: each case gives a KhabarError (or a warning) naming the file."""

import codecs
import warnings

import pytest

from helpers.corpus import KhabarWarning, load_corpus
from helpers.errors import (
    CorpusFormatError,
    CorpusNotFoundError,
    DecodingError,
    EmptyCorpusError,
    KhabarError,
)

ARABIC = "عنوان الخبر\nوزير الخارجية الروسي سيرغي لافروف في موسكو.\n"


def test_missing_path(tmp_path):
    with pytest.raises(CorpusNotFoundError, match="no such file") as e:
        load_corpus(tmp_path / "nope")
    assert str(tmp_path / "nope") in str(e.value)


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    with pytest.raises(EmptyCorpusError, match="empty") as e:
        load_corpus(f)
    assert "empty.txt" in str(e.value)


def test_whitespace_only_file(tmp_path):
    f = tmp_path / "blank.txt"
    f.write_text(" \n\n\t\n", encoding="utf-8")
    with pytest.raises(EmptyCorpusError, match=r"blank\.txt: file is empty"):
        load_corpus(f)


def test_file_without_arabic_warns(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_text("A title\nSome English text.\n", encoding="utf-8")
    with pytest.warns(KhabarWarning, match="latin.txt: holds no Arabic"):
        st = load_corpus(f)
    assert st["title"][0] == "A title"


def test_windows_1256_is_decoded_and_reported(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes(ARABIC.encode("cp1256"))
    with pytest.warns(KhabarWarning, match="legacy.txt: not UTF-8; decoded as cp1256"):
        st = load_corpus(f)
    assert st["encoding"][0] == "cp1256"
    assert st["paragraphs"][0] == ["وزير الخارجية الروسي سيرغي لافروف في موسكو."]


def test_iso_8859_6_is_decoded(tmp_path):
    f = tmp_path / "iso.txt"
    text = "عنوان\nقال الوزير في بغداد\n"  # no letters outside ISO-8859-6
    f.write_bytes(text.encode("iso8859_6"))
    # the two code pages put Arabic letters at different bytes (ع: 0xD9 in ISO-8859-6,
    # 0xDA in cp1256), so only the right one gives back the text
    with pytest.warns(KhabarWarning, match=r"iso\.txt: not UTF-8; decoded as iso8859_6"):
        st = load_corpus(f)
    assert st["title"][0] == "عنوان"
    assert st["paragraphs"][0] == ["قال الوزير في بغداد"]
    assert st["encoding"][0] == "iso8859_6"


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    ],
)
def test_byte_order_marks(tmp_path, bom, codec, name):
    f = tmp_path / "bom.txt"
    f.write_bytes(bom + ARABIC.encode(codec))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        st = load_corpus(f)
    assert st["encoding"][0] == name
    assert st["title"][0] == "عنوان الخبر"


def test_undecodable_bytes_name_file_and_offset(tmp_path):
    f = tmp_path / "broken.txt"
    good = "عنوان\nنص عربي ".encode()
    f.write_bytes(good + b"\xff\xfe\x00\x81 tail" + "لا".encode() + b"\x9d\x90")
    with pytest.raises(DecodingError) as e:
        load_corpus(f)
    assert e.value.offset == len(good)
    assert f"byte offset {len(good)}" in str(e.value)
    assert "broken.txt" in str(e.value)


def test_undecodable_bytes_replaced_on_request(tmp_path):
    f = tmp_path / "broken.txt"
    f.write_bytes("عنوان\nنص".encode() + b"\xff" + "عربي".encode())
    with pytest.warns(KhabarWarning, match="1 undecodable"):
        st = load_corpus(f, errors="replace")
    assert st["paragraphs"][0] == ["نص\ufffdعربي"]


def test_csv_without_title_body(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("headline,text\nا,ب\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match="no body or title column") as e:
        load_corpus(f)
    assert "t.csv" in str(e.value) and "line 1" in str(e.value)


def test_bad_jsonl_line(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text('{"title": "ا", "body": "ب"}\n{"title": \n', encoding="utf-8")
    with pytest.raises(CorpusFormatError, match="line 2: not valid JSON"):
        load_corpus(f)


def test_folder_without_txt(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    with pytest.raises(CorpusNotFoundError, match=r"holds no \.txt"):
        load_corpus(tmp_path)


def test_unsupported_suffix(tmp_path):
    f = tmp_path / "story.docx"
    f.write_bytes(b"PK")
    with pytest.raises(CorpusFormatError, match=r"unsupported file type \.docx"):
        load_corpus(f)


def test_all_errors_share_the_project_class():
    for cls in (CorpusNotFoundError, CorpusFormatError, DecodingError, EmptyCorpusError):
        assert issubclass(cls, KhabarError)
