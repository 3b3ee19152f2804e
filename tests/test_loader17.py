"""Session 17: a hostile tester's loader findings (hand-worked files, values by hand).

- a JSON list as ``outlet`` (or ``url``) was loaded silently as the text '["x", "y"]',
  which became a group: it is now a ``CorpusFormatError`` naming the file, line and
  field; a list of strings as ``author`` (schema.org's author array) is one byline;
- a JSON Lines file joined from two files saved with a byte-order mark failed with
  "not valid JSON (Expecting value)": the error now names the U+FEFF.
"""

import pytest

from helpers.corpus import load_corpus
from helpers.errors import CorpusFormatError


def _write(tmp_path, text: str, name: str = "s.jsonl"):
    f = tmp_path / name
    f.write_bytes(text.encode("utf-8"))
    return f


@pytest.mark.parametrize("field", ["outlet", "url"])
@pytest.mark.parametrize("value", ['["x", "y"]', '{"name": "x"}'])
def test_a_list_or_object_as_a_text_column_is_refused(tmp_path, field, value):
    f = _write(
        tmp_path,
        f'{{"title": "أ", "body": "ب"}}\n{{"title": "ج", "body": "د", "{field}": {value}}}\n',
    )
    with pytest.raises(CorpusFormatError, match=rf"s\.jsonl, line 2: field '{field}' is a JSON"):
        load_corpus(f)


def test_several_authors_are_one_byline(tmp_path):
    f = _write(tmp_path, '{"title": "أ", "body": "ب", "author": ["سعد علي", " منى ", ""]}\n')
    assert load_corpus(f)["author"].tolist() == ["سعد علي، منى"]


def test_a_byte_order_mark_inside_json_lines_is_named(tmp_path):
    f = _write(tmp_path, '{"title": "أ", "body": "ب"}\n\ufeff{"title": "ج", "body": "د"}\n')
    with pytest.raises(
        CorpusFormatError, match=r"line 2: .*byte-order mark \(U\+FEFF\) at column 1"
    ):
        load_corpus(f)


def test_a_byte_order_mark_at_the_start_still_loads(tmp_path):
    f = _write(tmp_path, '\ufeff{"title": "أ", "body": "ب"}\n')
    assert load_corpus(f)["title"].tolist() == ["أ"]
