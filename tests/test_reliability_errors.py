"""Errors users can act on: every loader error names the file, the line where it
applies, and says what to do."""

import pytest

from helpers.corpus import load_corpus
from helpers.errors import (
    CorpusFormatError,
    CorpusNotFoundError,
    DecodingError,
    EmptyCorpusError,
    KhabarError,
)

CASES = {
    # name: (files to write {relative path: bytes}, path to load, error, line)
    "missing": ({}, "nope", CorpusNotFoundError, None),
    "suffix": ({"a.docx": b"PK"}, "a.docx", CorpusFormatError, None),
    "empty folder": ({"notes.md": b"x"}, ".", CorpusNotFoundError, None),
    "empty file": ({"e.txt": b""}, "e.txt", EmptyCorpusError, None),
    "markup only": ({"m.txt": b"<div></div>\n"}, "m.txt", EmptyCorpusError, None),
    "bad bytes": ({"b.txt": "عنوان\nنص\n".encode() + b"\xff"}, "b.txt", DecodingError, 3),
    "csv columns": ({"c.csv": b"headline,text\nx,y\n"}, "c.csv", CorpusFormatError, 1),
    "csv no rows": ({"c.csv": b"title,body\n"}, "c.csv", EmptyCorpusError, None),
    "json syntax": (
        {"j.jsonl": b'{"title": "a", "body": "b"}\n{"title"\n'},
        "j.jsonl",
        CorpusFormatError,
        2,
    ),
    "json array": ({"j.jsonl": b"[1, 2]\n"}, "j.jsonl", CorpusFormatError, 1),
    "json field": (
        {"j.jsonl": b'{"title": "a", "body": ["b"]}\n'},
        "j.jsonl",
        CorpusFormatError,
        1,
    ),
    "json no body": ({"j.jsonl": b'\n{"title": "a"}\n'}, "j.jsonl", CorpusFormatError, 2),
    "duplicate ids": (
        {"d.csv": b"id,title,body\n1,a,b\n1,c,d\n"},
        "d.csv",
        CorpusFormatError,
        None,
    ),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_error_names_file_line_and_remedy(tmp_path, case):
    files, target, error, line = CASES[case]
    for rel, data in files.items():
        (tmp_path / rel).write_bytes(data)
    path = tmp_path / target
    with pytest.raises(error) as e:
        load_corpus(path)
    err = e.value
    assert isinstance(err, KhabarError)
    assert err.path is not None and str(err.path.resolve()) == str(path.resolve())
    message = str(err)
    assert message.startswith(str(err.path))
    assert err.line == line
    if line is not None:
        assert f", line {line}" in message
    assert err.hint, f"{case}: no hint on what to do"
    assert message.endswith(f"({err.hint})")
    # in a notebook the error shows as this one line, not a traceback
    assert err._render_traceback_() == [f"{type(err).__name__}: {message}"]
