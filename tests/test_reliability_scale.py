"""Streaming: stories come one at a time, files are found lazily, a progress bar on request."""

import pytest

import helpers.corpus.decode as decode
from helpers.corpus import corpus_files, iter_stories, load_corpus
from helpers.errors import DecodingError, EmptyCorpusError

STORY = "عنوان {n}\nTT\nعنوان {n}\nنص الخبر رقم {n}.\n\n"


def test_stories_stream_before_a_later_bad_file_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(STORY.format(n=1), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("عنوان\n".encode() + b"\xff")
    stories = iter_stories(tmp_path)
    first = next(stories)
    assert first["story_id"] == "a-01"
    with pytest.raises(DecodingError, match=r"b\.txt"):
        next(stories)


def test_stories_of_one_large_file_stream_line_by_line(tmp_path, monkeypatch):
    import helpers.corpus.load as load

    monkeypatch.setattr(decode, "STREAM_THRESHOLD", 0)  # treat the file as large
    monkeypatch.setattr(decode, "CHUNK", 64)
    consumed = []

    def counting_open_lines(path, errors="strict"):
        enc, lines = decode.open_lines(path, errors=errors)
        return enc, (consumed.append(line) or line for line in lines)

    monkeypatch.setattr(load, "open_lines", counting_open_lines)
    f = tmp_path / "big.txt"
    f.write_text("".join(STORY.format(n=n) for n in range(1, 1001)), encoding="utf-8")
    stories = iter_stories(f)
    assert next(stories)["title"] == "عنوان 1"
    # story 1 is finished when story 2's title is confirmed by its logo line: lines 1-8
    assert len(consumed) == 8
    assert next(stories)["title"] == "عنوان 2"
    assert len(consumed) == 13
    assert sum(1 for _ in stories) == 998
    assert len(consumed) == 5000


def test_large_file_with_a_bad_byte_fails_with_its_offset(tmp_path, monkeypatch):
    monkeypatch.setattr(decode, "STREAM_THRESHOLD", 0)
    monkeypatch.setattr(decode, "CHUNK", 64)
    f = tmp_path / "big.txt"
    good = "".join(STORY.format(n=n) for n in range(1, 40)).encode()
    f.write_bytes(good + b"\xff tail")
    with pytest.raises(DecodingError) as e:
        load_corpus(f)
    assert e.value.offset == len(good)


def test_folder_order_hidden_and_nested(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a-c.txt", ".hidden/x.txt", "a/.y.txt", "c/d/e.jsonl", "n.md"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(STORY.format(n=1), encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in corpus_files(tmp_path)]
    assert names == ["a/z.txt", "a-c.txt", "b.txt", "c/d/e.jsonl"]


def test_progress_bar_on_request(tmp_path, capsys):
    for n in range(3):
        (tmp_path / f"s{n}.txt").write_text(STORY.format(n=n), encoding="utf-8")
    load_corpus(tmp_path, progress=True)
    err = capsys.readouterr().err
    assert "reading corpus" in err and "100%" in err
    load_corpus(tmp_path)  # 3 small files: no bar by default
    assert capsys.readouterr().err == ""


def test_home_folder_is_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "s.txt").write_text(STORY.format(n=1), encoding="utf-8")
    st = load_corpus("~/corpus")
    assert st["story_id"].tolist() == ["s-01"]
    assert st["source"][0] == str(tmp_path / "corpus" / "s.txt")


def test_csv_and_jsonl_stream_and_keep_multiline_fields(tmp_path, monkeypatch):
    monkeypatch.setattr(decode, "STREAM_THRESHOLD", 0)
    monkeypatch.setattr(decode, "CHUNK", 16)
    (tmp_path / "a.csv").write_text(
        'id,title,body\nx1,عنوان,"سطر أول\r\nسطر ثان"\nx2,"قال ""نعم""",نص\n', encoding="utf-8"
    )
    (tmp_path / "b.jsonl").write_text(
        '{"title": "ب", "body": "نص\\nثان"}\n\n{"title": "ج", "body": "نص ج"}\n',
        encoding="utf-8",
    )
    st = load_corpus(tmp_path)
    assert st["story_id"].tolist() == ["x1", "x2", "b-01", "b-02"]
    assert st["paragraphs"].tolist() == [["سطر أول", "سطر ثان"], ["نص"], ["نص", "ثان"], ["نص ج"]]
    assert st["title"][1] == 'قال "نعم"'


def test_csv_header_only(tmp_path):
    f = tmp_path / "h.csv"
    f.write_text("title,body\n", encoding="utf-8")
    with pytest.raises(EmptyCorpusError, match=r"h\.csv: holds no records"):
        load_corpus(f)
