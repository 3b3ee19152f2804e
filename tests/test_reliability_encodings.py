"""Encodings: detected, decoded and reported per file; mojibake repaired; bad bytes named."""

import codecs
import warnings

import pytest

import helpers.corpus.decode as decode
from helpers.corpus import KhabarWarning, load_corpus, trace_lines
from helpers.corpus.clean import repair_mojibake
from helpers.errors import DecodingError

TITLE = "الرئيس السوري المخلوع بشار الأسد"
BODY = "قال الوزير، في بيان «رسمي»، إن الاجتماع عُقد في دمشق – يوم الأحد 8 ديسمبر."
TEXT = f"{TITLE}\n{BODY}\n"


def _load(f, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KhabarWarning)
        return load_corpus(f, **kw)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by its NUL/control pattern
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.replace("–", "-").encode("cp1256"), "cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1256"],
)
def test_each_encoding_is_decoded_and_reported(tmp_path, data, encoding):
    f = tmp_path / "s.txt"
    f.write_bytes(data)
    st = _load(f)
    assert st["encoding"].tolist() == [encoding]
    assert st["title"][0] == TITLE
    assert st["paragraphs"][0] == [BODY if encoding != "cp1256" else BODY.replace("–", "-")]


def test_iso_8859_6_letters_only(tmp_path):
    # ISO-8859-6 has no guillemets or harakat: plain letters and the Arabic comma
    text = "عنوان الخبر\nقال الوزير، إن الاجتماع في دمشق\n"
    f = tmp_path / "iso.txt"
    f.write_bytes(text.encode("iso8859_6"))
    st = _load(f)
    # the same bytes read as cp1256 are "ظوèاو انخبر": only ISO-8859-6 gives the text back
    assert st["encoding"][0] == "iso8859_6"
    assert st["title"][0] == "عنوان الخبر"
    assert st["paragraphs"][0] == ["قال الوزير، إن الاجتماع في دمشق"]


@pytest.mark.parametrize(
    ("wrong", "label"),
    [
        ("cp1256", "mojibake (UTF-8 read as Windows-1256)"),
        ("latin-1", "mojibake (UTF-8 read as Latin-1/Windows-1252)"),
    ],
)
def test_real_mojibake_is_repaired_and_reported(tmp_path, wrong, label):
    # the classic accident: UTF-8 bytes opened as a legacy code page, then saved as UTF-8
    garbled_title = TITLE.encode("utf-8").decode(wrong)
    garbled_body = BODY.encode("utf-8").decode(wrong)
    assert garbled_title != TITLE
    f = tmp_path / "moj.txt"
    f.write_text(f"{garbled_title}\n{garbled_body}\n", encoding="utf-8")
    with pytest.warns(KhabarWarning, match="lines repaired"):
        st, report = load_corpus(f, return_report=True)
    assert st["title"][0] == TITLE
    assert st["paragraphs"][0] == [BODY]
    assert st["repairs"][0] == [label]
    assert report[["line", "action", "reason"]].values.tolist() == [
        [1, "repaired", label],
        [2, "repaired", label],
    ]
    assert report["text"].tolist() == [garbled_title, garbled_body]  # the original is kept
    assert report["kept"].tolist() == [TITLE, BODY]


@pytest.mark.parametrize(
    "correct",
    [
        TITLE,
        BODY,
        "فقط، ط؟ ظ»",  # letters that look like mojibake pairs but are not
        "Café au lait, naïve – “quoted”",
        "قال: «نعم». السعر 5 €",
    ],
)
def test_correct_text_is_not_repaired(correct):
    assert repair_mojibake(correct) == (correct, None)


def test_mixed_line_repairs_only_the_garbled_part():
    garbled = "الرئيس".encode().decode("cp1256")
    line = f"قال {garbled} السوري"
    assert repair_mojibake(line) == ("قال الرئيس السوري", "mojibake (UTF-8 read as Windows-1256)")


def test_truncated_utf8_names_the_offset(tmp_path):
    data = TEXT.encode("utf-8")
    cut = data[:-4] + "ع".encode()[:1]  # a two-byte letter cut in half at the end
    f = tmp_path / "cut.txt"
    f.write_bytes(cut)
    with pytest.raises(DecodingError) as e:
        load_corpus(f)
    assert e.value.offset == len(cut) - 1
    assert "cut.txt" in str(e.value) and f"byte offset {len(cut) - 1}" in str(e.value)
    assert "errors='replace'" in str(e.value)  # says what to do


def test_bad_utf16_after_bom(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes(codecs.BOM_UTF16_LE + "عنوان".encode("utf-16-le") + b"\x00\xd8" + b"a\x00")
    with pytest.raises(DecodingError, match="utf-16-le") as e:
        load_corpus(f)
    # BOM (2 bytes) + 5 letters x 2 bytes: the unpaired high surrogate starts at byte 12
    assert e.value.offset == 12
    assert "u16.txt, line 1, byte offset 12" in str(e.value)


def test_replace_warns_with_count(tmp_path):
    f = tmp_path / "b.txt"
    f.write_bytes(TITLE.encode() + b"\n\xff\xfe" + "نص".encode() + b"\xc3\n")
    with pytest.warns(KhabarWarning, match=r"undecodable byte sequence\(s\) replaced"):
        st = load_corpus(f, errors="replace")
    assert st["paragraphs"][0] == ["\ufffd\ufffdنص\ufffd"]


def test_unknown_errors_value(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    with pytest.raises(ValueError, match="errors must be"):
        load_corpus(f, errors="ignore")


# --- the streaming path for large files: same result as reading whole ---------------


@pytest.fixture
def tiny_threshold(monkeypatch):
    """Make every file 'large' and chunks tiny, so the streaming decoder is exercised."""
    monkeypatch.setattr(decode, "STREAM_THRESHOLD", 0)
    monkeypatch.setattr(decode, "CHUNK", 7)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.replace("\n", "\r").encode("utf-16-le"), "utf-16-le"),
        (TEXT.replace("–", "-").encode("cp1256"), "cp1256"),
    ],
)
def test_streaming_decoder_equals_whole_file(tmp_path, tiny_threshold, data, encoding):
    f = tmp_path / "s.txt"
    f.write_bytes(data)
    st = _load(f)
    assert st["encoding"][0] == encoding
    assert st["title"][0] == TITLE
    assert st["paragraphs"][0] == [BODY if encoding != "cp1256" else BODY.replace("–", "-")]


def test_streaming_embedded_corpus_identical(tiny_threshold, embedded_path, stories):
    streamed = load_corpus(embedded_path)
    assert streamed.equals(stories)
    assert len(trace_lines(embedded_path)) == len(embedded_path.read_text().splitlines())


def test_streaming_bad_byte_offset(tmp_path, tiny_threshold):
    good = ("عنوان\n" + "نص عربي طويل " * 20).encode()
    f = tmp_path / "bad.txt"
    f.write_bytes(good + b"\xff" + b"x")
    with pytest.raises(DecodingError) as e:
        load_corpus(f)
    assert e.value.offset == len(good)


def test_decoding_error_names_the_line(tmp_path):
    f = tmp_path / "l.txt"
    head = "عنوان\n\nسطر ثان\n".encode()
    f.write_bytes(head + "نص ".encode() + b"\xc0\xaf")
    with pytest.raises(DecodingError) as e:
        load_corpus(f)
    assert e.value.line == 4
    assert str(e.value).startswith(f"{f}, line 4, byte offset {len(head) + len('نص '.encode())}:")


def test_streaming_decoding_error_names_the_line(tmp_path, tiny_threshold):
    f = tmp_path / "l.txt"
    head = "عنوان\nسطر\n".encode() * 5
    f.write_bytes(head + b"\xff")
    with pytest.raises(DecodingError) as e:
        load_corpus(f)
    assert (e.value.line, e.value.offset) == (11, len(head))


def test_unrepairable_mojibake_is_flagged(tmp_path):
    # cp1256 mojibake whose every word lost its first byte: no run decodes as UTF-8
    garbled = " ".join(w.encode().decode("cp1256")[1:] for w in BODY.split())
    assert repair_mojibake(garbled)[0] == garbled
    f = tmp_path / "m.txt"
    f.write_text(f"{TITLE}\n{garbled}\n", encoding="utf-8")
    with pytest.warns(KhabarWarning, match="flagged: looks like mojibake"):
        st, report = load_corpus(f, return_report=True)
    assert st["paragraphs"][0] == [garbled]  # kept as written
    assert report[["line", "action", "reason"]].values.tolist() == [
        [2, "flagged", "flagged: looks like mojibake, could not be repaired"]
    ]


# --- UTF-16 without a BOM in a large (streamed) file: found, or refused; never UTF-8 ---


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_streaming_utf16_without_bom_is_detected(tmp_path, tiny_threshold, encoding):
    # the breaker's 17 MB file, shrunk: every file is 'large' under tiny_threshold
    f = tmp_path / "u16big.txt"
    f.write_bytes(("عنوان\n" + "قال الرئيس إن الحكومة\n" * 300).encode(encoding))
    with pytest.warns(KhabarWarning, match=f"no byte-order mark; decoded as {encoding}"):
        st = load_corpus(f)
    assert st.encoding.tolist() == [encoding]
    assert st.title.tolist() == ["عنوان"]
    assert st.paragraphs[0] == ["قال الرئيس إن الحكومة"] * 300


def test_streaming_utf16_without_bom_equals_whole_file(tmp_path, monkeypatch):
    f = tmp_path / "u.txt"
    f.write_bytes(TEXT.encode("utf-16-le"))
    whole = _load(f)
    monkeypatch.setattr(decode, "STREAM_THRESHOLD", 0)
    monkeypatch.setattr(decode, "CHUNK", 5)  # odd chunks split code units
    streamed = _load(f)
    assert streamed[["title", "body", "encoding"]].equals(whole[["title", "body", "encoding"]])
    assert streamed.title[0] == TITLE


def test_latin_utf16_without_bom_is_not_read_as_utf8(tmp_path):
    # NUL bytes are valid UTF-8: before, English UTF-16 came out as 'T\x00i\x00t...'
    f = tmp_path / "en.txt"
    f.write_bytes("Title\nThe minister said\n".encode("utf-16-le"))
    st = _load(f)
    assert (st.encoding[0], st.title[0], st.body[0]) == ("utf-16-le", "Title", "The minister said")


@pytest.mark.parametrize("threshold", [None, 0])
def test_broken_utf16_without_bom_is_a_decoding_error(tmp_path, monkeypatch, threshold):
    # a UTF-16 byte pattern with an odd trailing byte: not UTF-16, and not to be read as UTF-8
    if threshold is not None:
        monkeypatch.setattr(decode, "STREAM_THRESHOLD", threshold)
    f = tmp_path / "odd.txt"
    f.write_bytes(TEXT.encode("utf-16-le") + b"A")
    with pytest.raises(DecodingError, match=r"odd\.txt: looks like UTF-16-LE without a byte"):
        _load(f)
