"""Wrong argument types raise ArgumentError naming the function, the argument, what it
got and what it takes (the hostile-input list of issue 10: each of these raised a raw
TypeError, ValueError or AttributeError before).

The messages are written out by hand: the function name, the argument, the value as
given (``None``, ``5``, ``'bogus'``; other values as type and repr) and what is allowed.
"""

import pandas as pd
import pytest

from helpers.corpus import describe, load_corpus, resolve_sides, select_stories, zones
from helpers.corpus.clean import LineCleaner, strip_html
from helpers.corpus.dates import parse_date
from helpers.corpus.decode import decode_bytes, read_text
from helpers.corpus.layout import split_credit, split_lines
from helpers.corpus.records import iter_json_array
from helpers.display import interactive_table, rtl_table
from helpers.errors import ArgumentError, CorpusFormatError, CorpusNotFoundError, KhabarError
from helpers.freq import count_corpus
from helpers.freq.keyness import keyness_from_counts
from helpers.freq.overlap import shared_entities
from helpers.freq.series import time_series
from helpers.io import atomic_write, safe_name, write_csv, write_workbook

STORIES = pd.DataFrame({"story_id": ["a", "b"], "title": ["ع", "ب"], "body": ["ن", "م"]})


@pytest.fixture(scope="module")
def counts(stories):
    return count_corpus(stories)


CASES = [
    (
        lambda: load_corpus(None),
        "load_corpus: path must be a file or folder path (str or pathlib.Path), got None",
    ),
    (
        lambda: load_corpus(5),
        "load_corpus: path must be a file or folder path (str or pathlib.Path), got 5",
    ),
    (
        lambda: load_corpus("a\x00b"),
        "load_corpus: path holds a NUL character, which no file name can: 'a\\x00b'",
    ),
    (
        lambda: load_corpus("data/raw", errors="bogus"),
        "load_corpus: errors must be one of 'strict', 'replace', got 'bogus'",
    ),
    (
        lambda: load_corpus("data/raw", return_report="yes"),
        "load_corpus: return_report must be True or False, got 'yes'",
    ),
    (
        lambda: load_corpus("data/raw", progress=1),
        "load_corpus: progress must be True, False or None, got 1",
    ),
    (
        lambda: resolve_sides([1, 2], "a"),
        "resolve_sides: stories must be the stories table (a DataFrame with a story_id "
        "column), got list [1, 2] (use helpers.corpus.load_corpus(path))",
    ),
    (
        lambda: resolve_sides(STORIES, "a", names="ab"),
        "resolve_sides: names must be two str, as ('target', 'reference'), got 'ab'",
    ),
    (
        lambda: select_stories("a", stories=STORIES, story_ids=5),
        "select_stories: story_ids must be the corpus's story ids (a list or Series of str), got 5",
    ),
    (
        lambda: select_stories("a", story_ids="ab"),
        "select_stories: story_ids must be the corpus's story ids (a list or Series of str), "
        "got 'ab'",
    ),
    (
        lambda: count_corpus(STORIES, zones=None),
        "count_corpus: zones must be taken from title, caption, body, got None",
    ),
    (
        lambda: safe_name("x", max_bytes=None),
        "safe_name: max_bytes must be a whole number of bytes >= 1, got None",
    ),
    (
        lambda: safe_name("x", max_bytes=0),
        "safe_name: max_bytes must be a whole number of bytes >= 1, got 0",
    ),
    (
        lambda: parse_date(None),
        "parse_date: value must be the date cell as a str, got None (an empty cell is ''; "
        "Timestamps need no parsing)",
    ),
    (
        lambda: parse_date(pd.Timestamp("2015-07-21")),
        "parse_date: value must be the date cell as a str, got Timestamp "
        "Timestamp('2015-07-21 00:00:00') (an empty cell is ''; Timestamps need no parsing)",
    ),
    (
        lambda: write_csv([1, 2], "/tmp/x.csv"),
        "write_csv: df must be a table (pandas DataFrame), got list [1, 2] (make it with a "
        "khabar function returning a table)",
    ),
    (
        lambda: write_csv(STORIES, None),
        "write_csv: path must be a file or folder path (str or pathlib.Path), got None",
    ),
    (
        lambda: write_workbook(3),
        "write_workbook: folder must be a file or folder path (str or pathlib.Path), got 3",
    ),
    (
        lambda: rtl_table([1, 2]),
        "rtl_table: df must be a table (pandas DataFrame), got list [1, 2] (make it with a "
        "khabar function returning a table)",
    ),
    (
        lambda: rtl_table(STORIES, caption=5),
        "rtl_table: caption must be a str or None, got 5",
    ),
    (
        lambda: rtl_table(STORIES, max_chars=0),
        "rtl_table: max_chars must be a whole number >= 1, got 0",
    ),
    (
        lambda: interactive_table(STORIES, max_bytes="1MB"),
        "interactive_table: max_bytes must be a whole number >= 1, got '1MB'",
    ),
    (
        lambda: zones("stories"),
        "zones: stories must be a table (pandas DataFrame), got 'stories' (make it with "
        "helpers.corpus.load_corpus(path))",
    ),
    (
        lambda: zones(STORIES.assign(captions=[[], []]), include="bogus"),
        "zones: include must be zone names taken from title, caption, body, got 'bogus'",
    ),
    (
        lambda: describe(None),
        "describe: stories must be a table (pandas DataFrame), got None (make it with "
        "helpers.corpus.load_corpus(path))",
    ),
    (
        lambda: split_lines(5),
        "split_lines: text must be a str, got 5",
    ),
    (
        lambda: split_credit(None),
        "split_credit: caption must be a str, got None",
    ),
    (
        lambda: decode_bytes("text"),
        "decode_bytes: data must be bytes, got 'text'",
    ),
    (
        lambda: read_text("data/raw", errors="ignore"),
        "read_text: errors must be one of 'strict', 'replace', got 'ignore'",
    ),
    (
        lambda: keyness_from_counts("bogus", {"a": 1}),
        "keyness_from_counts: target_counts must be a Series or dict of term -> number, "
        "got 'bogus'",
    ),
    (
        lambda: keyness_from_counts({"a": 1}, {"a": 2}, reference_size=[3]),
        "keyness_from_counts: reference_size must be a number of tokens or None, got list [3]",
    ),
    (
        lambda: keyness_from_counts({"a": 1}, {"a": 2}, prior={"a": "x"}),
        "keyness_from_counts: prior must be a Series or dict of term -> number, "
        "got dict {'a': 'x'}",
    ),
    (
        lambda: LineCleaner()(None),
        "needs_repair: text must be a str, got None",
    ),
    (
        lambda: strip_html(5),
        "strip_html: line must be a str, got 5",
    ),
    (
        lambda: list(iter_json_array(None)),
        "iter_json_array: chunks must be text chunks (an iterable of str), got None",
    ),
    (
        lambda: list(iter_json_array([b"[]"])),
        "iter_json_array: chunks must be text chunks (an iterable of str), got a chunk bytes b'[]'",
    ),
    (
        lambda: shared_entities("counts", "a"),
        "shared_entities: counts must be a table (pandas DataFrame), got 'counts' (make it "
        "with helpers.entities.entity_counts)",
    ),
]


@pytest.mark.parametrize(
    "call, message", CASES, ids=[m.split(":")[0] + str(i) for i, (_, m) in enumerate(CASES)]
)
def test_bad_argument_is_an_argument_error_naming_it(call, message):
    with pytest.raises(ArgumentError) as e:
        call()
    assert str(e.value) == message
    # still caught by the usual clauses
    assert isinstance(e.value, TypeError) and isinstance(e.value, ValueError)


def test_time_series_arguments(counts):
    with pytest.raises(ArgumentError) as e:
        time_series(counts, 5)
    assert str(e.value) == "time_series: keys must be one or more non-empty strings, got 5"
    with pytest.raises(ArgumentError) as e:
        time_series(counts, "اسد", period=["D"])
    assert str(e.value) == "time_series: period must be 'D', 'W' or 'M', got list ['D']"
    with pytest.raises(ArgumentError) as e:
        time_series(counts, "اسد", by=3)
    assert str(e.value) == (
        "time_series: by must be a stories column (a str such as 'outlet') or None, got 3"
    )


def test_atomic_write_arguments(tmp_path):
    with (
        pytest.raises(ArgumentError, match="atomic_write: mode must be 'wb' or 'w', got 'a'"),
        atomic_write(tmp_path / "x", "a"),
    ):
        pass
    assert not (tmp_path / "x").exists()


def test_a_table_without_its_columns_is_a_format_error():
    with pytest.raises(CorpusFormatError) as e:
        zones(STORIES)  # no captions column
    assert str(e.value) == (
        "zones: the stories table lacks the column(s) captions (its columns: story_id, "
        "title, body) (make it with helpers.corpus.load_corpus(path))"
    )


def test_reading_a_missing_file_is_a_project_error(tmp_path):
    with pytest.raises(CorpusNotFoundError) as e:
        read_text(tmp_path / "none.txt")
    assert str(e.value) == f"{tmp_path / 'none.txt'}: no such file (check the path)"
    with pytest.raises(KhabarError, match="is a folder, not a file"):
        read_text(tmp_path)


def test_load_file_of_another_folder(tmp_path):
    from helpers.corpus import load_file

    with pytest.raises(ArgumentError, match=r"load_file: f must be a file of the corpus folder"):
        load_file("/etc/hostname", tmp_path)
