"""Hostile corpus files: CSV/JSONL shapes that would lose data silently, files that
cannot be read, and generated story ids that would collide (breaker findings 2-5, 7, 12).

Decisions tested here:
- a CSV row with more non-empty cells than the header, a repeated column name (``Title``
  and ``title`` count as one), a JSON object repeating a key, ``NaN``/``Infinity``, a
  5,000-digit number and an ``id`` that is an object: ``CorpusFormatError`` naming the
  file and line;
- a file that cannot be read (symlink loop, no permission, I/O error, FIFO, device):
  ``UnreadableFileError`` when given on its own; inside a folder it is skipped with a
  ``KhabarWarning`` and a ``skipped`` report row, as an empty file is;
- two files of one folder with the same stem (``a.txt``, ``a.csv``) keep their suffix
  in the story id (``a.txt-01``, ``a.csv-01``); other ids are unchanged;
- undecodable bytes of a file name are ``\\xff`` escapes in the story id.
"""

import os
import warnings

import pytest

from helpers.corpus import KhabarWarning, load_corpus
from helpers.errors import CorpusFormatError, CorpusNotFoundError, KhabarError, UnreadableFileError
from helpers.io import write_csv

AR = "قال الرئيس إن الحكومة ستعمل"


def _load(f, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KhabarWarning)
        return load_corpus(f, **kw)


def _write(tmp_path, name, text):
    f = tmp_path / name
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return f


# --- CSV -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "fields"),
    [
        (f"title,body\nعنوان,{AR}, ثم أضاف أن الوضع خطير\n", 2, 3),  # the unquoted comma
        (f"title,body\nt,{AR}\nعنوان,{AR},EXTRA,MORE\n", 3, 4),
        (f'title,body\n"t\nsecond line",{AR}\nعنوان,{AR},x\n', 4, 3),  # line after a quoted newline
    ],
)
def test_csv_row_with_more_fields_than_header(tmp_path, text, line, fields):
    f = _write(tmp_path, "extra.csv", text)
    with pytest.raises(
        CorpusFormatError,
        match=rf"extra\.csv, line {line}: row has {fields} fields but the header has 2 columns",
    ):
        _load(f)


def test_csv_empty_trailing_cells_lose_nothing_and_are_accepted(tmp_path):
    f = _write(tmp_path, "trail.csv", f"title,body\nعنوان,{AR},,\n")
    st = _load(f)
    assert (st.title[0], st.body[0]) == ("عنوان", AR)


@pytest.mark.parametrize(
    ("header", "named"),
    [("title,body,title", "title"), ("Title,body,title", "title"), ("title,body, BODY ", "body")],
)
def test_csv_repeated_column(tmp_path, header, named):
    f = _write(tmp_path, "dup.csv", f"{header}\nعنوان1,{AR},عنوان2\n")
    with pytest.raises(
        CorpusFormatError, match=rf"dup\.csv, line 1: CSV header repeats the column\(s\) {named} "
    ):
        _load(f)


# --- JSONL ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ('{"title":"A","body":"first","body":"second"}', "gives the key 'body' twice"),
        ('{"Title":"A","title":"B","body":"b"}', "gives the key 'Title' and 'title' twice"),
        ('{"title":"A","body":"b","captions":{"x":1,"x":2}}', "gives the key 'x' twice"),
        ('{"title": NaN, "body": "x"}', "NaN is not a JSON value"),
        ('{"title": "t", "body": Infinity}', "Infinity is not a JSON value"),
        ('{"title": "t", "body": -Infinity}', "-Infinity is not a JSON value"),
        ('{"title": ' + "9" * 5000 + ', "body": "x"}', "holds a number too long to read"),
        ('{"id": {"a": 1}, "title": "B", "body": "b"}', r"the id is a dict \(\{\"a\": 1\}\)"),
        ('{"id": [1], "title": "B", "body": "b"}', "the id is a list"),
        ('{"id": true, "title": "B", "body": "b"}', "the id is a bool"),
    ],
)
def test_jsonl_refused_values_name_file_and_line(tmp_path, record, message):
    f = _write(tmp_path, "bad.jsonl", '{"title": "t", "body": "ok"}\n\n' + record + "\n")
    with pytest.raises(CorpusFormatError, match=rf"bad\.jsonl, line 3: .*{message}"):
        _load(f)


def test_jsonl_numbers_are_kept_as_written(tmp_path):
    # documented conversion: finite numbers are text as JSON writes them; whole-number ids too
    f = _write(
        tmp_path, "n.jsonl", '{"id": 7, "title": 12, "body": 3.5}\n{"title": "t", "body": "b"}\n'
    )
    st = _load(f)
    assert st[["story_id", "title", "body"]].values.tolist() == [
        ["7", "12", "3.5"],
        ["n-02", "t", "b"],
    ]


# --- files that cannot be read -------------------------------------------------------


def test_symlink_loops_in_a_folder_are_skipped_and_reported(tmp_path):
    _write(tmp_path, "a.txt", f"عنوان\n{AR}\n")
    os.symlink("y.txt", tmp_path / "x.txt")
    os.symlink("x.txt", tmp_path / "y.txt")
    os.symlink(".", tmp_path / "self")  # a symlinked folder is never entered
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    with pytest.warns(KhabarWarning, match=r"^skipped: ") as rec:
        st, report = load_corpus(tmp_path, return_report=True)
    # one warning per skipped file, each naming the file and the reason
    assert sorted(str(w.message) for w in rec) == [
        f"skipped: {tmp_path / 'dangling.txt'}: symlink to a missing file",
        f"skipped: {tmp_path / 'x.txt'}: symlink loop",
        f"skipped: {tmp_path / 'y.txt'}: symlink loop",
    ]
    assert st.story_id.tolist() == ["a-01"]
    assert report[["file", "line", "reason", "action"]].values.tolist() == [
        [str(tmp_path / "dangling.txt"), 0, "symlink to a missing file", "skipped"],
        [str(tmp_path / "x.txt"), 0, "symlink loop", "skipped"],
        [str(tmp_path / "y.txt"), 0, "symlink loop", "skipped"],
    ]


def test_symlink_loop_given_on_its_own(tmp_path):
    os.symlink("y.txt", tmp_path / "x.txt")
    os.symlink("x.txt", tmp_path / "y.txt")
    with pytest.raises(UnreadableFileError, match=r"x\.txt: symlink loop"):
        load_corpus(tmp_path / "x.txt")
    os.symlink("nowhere.txt", tmp_path / "d.txt")
    with pytest.raises(CorpusNotFoundError, match=r"d\.txt: symlink to a missing file"):
        load_corpus(tmp_path / "d.txt")


def test_fifo_and_device(tmp_path):
    os.mkfifo(tmp_path / "f.txt")
    with pytest.raises(UnreadableFileError, match=r"f\.txt: not a regular file but a FIFO"):
        load_corpus(tmp_path / "f.txt")  # must not block on opening the FIFO
    with pytest.raises(UnreadableFileError, match="/dev/null: not a regular file but a device"):
        load_corpus("/dev/null")
    os.symlink("/dev/null", tmp_path / "null.txt")
    _write(tmp_path, "ok.txt", f"عنوان\n{AR}\n")
    with pytest.warns(KhabarWarning, match=r"^skipped: ") as rec:
        st, report = load_corpus(tmp_path, return_report=True)
    assert sorted(str(w.message) for w in rec) == [
        f"skipped: {tmp_path / 'f.txt'}: not a regular file but a FIFO (named pipe)",
        f"skipped: {tmp_path / 'null.txt'}: not a regular file but a device or socket",
    ]
    assert st.story_id.tolist() == ["ok-01"]
    assert report[["reason", "action"]].values.tolist() == [
        ["not a regular file but a FIFO (named pipe)", "skipped"],
        ["not a regular file but a device or socket", "skipped"],
    ]


def test_io_error_file(tmp_path):
    # /proc/self/mem stats as an empty regular file but reading it fails with EIO
    if not os.path.exists("/proc/self/mem"):
        pytest.skip("needs /proc")
    os.symlink("/proc/self/mem", tmp_path / "mem.txt")
    with pytest.raises(
        UnreadableFileError, match=r"mem\.txt: cannot be read \(Input/output error\)"
    ):
        load_corpus(tmp_path / "mem.txt")
    _write(tmp_path, "ok.txt", f"عنوان\n{AR}\n")
    st, report = _load(tmp_path, return_report=True)
    assert st.story_id.tolist() == ["ok-01"]
    assert report.reason.tolist() == ["cannot be read (Input/output error)"]


def test_unreadable_file_without_permission(tmp_path, monkeypatch):
    import builtins

    f = _write(tmp_path, "secret.txt", f"عنوان\n{AR}\n")
    _write(tmp_path, "ok.txt", f"عنوان\n{AR}\n")
    real_open = builtins.open

    def guarded(file, *a, **k):  # root ignores chmod 000, so refuse the way the OS would
        if str(file) == str(f):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr(builtins, "open", guarded)
    with pytest.raises(
        UnreadableFileError, match=r"secret\.txt: cannot be read \(Permission denied\)"
    ):
        load_corpus(f)
    st, report = _load(tmp_path, return_report=True)
    assert st.story_id.tolist() == ["ok-01"]
    assert report[["file", "reason", "action"]].values.tolist() == [
        [str(f), "cannot be read (Permission denied)", "skipped"]
    ]


def test_empty_path_is_not_the_current_folder():
    with pytest.raises(CorpusNotFoundError, match="the corpus path is empty"):
        load_corpus("")


# --- generated story ids ---------------------------------------------------------------


def test_same_stem_in_one_folder_keeps_the_suffix(tmp_path):
    _write(tmp_path, "a.txt", f"عنوان\n{AR}\n")
    _write(tmp_path, "a.csv", f"title,body\nt,{AR}\n")
    _write(tmp_path, "b.jsonl", '{"title": "t", "body": "b"}\n')
    _write(tmp_path, "sub/a.txt", f"عنوان\n{AR}\n")  # another folder: no clash
    # the same body in three files: kept, the ids are what is tested here (by default
    # the later two are copies, helpers.corpus.duplicates)
    st = _load(tmp_path, duplicates="keep")
    assert st.story_id.tolist() == ["a.csv-01", "a.txt-01", "b-01", "sub/a-01"]


def test_embedded_corpus_ids_unchanged(stories):
    assert stories.story_id.tolist() == ["asharq-two-stories-01", "asharq-two-stories-02"]


def test_undecodable_file_name_gives_a_text_id_and_writes(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(folder + b"/\xff\xfe.txt", "wb") as fh:
        fh.write(f"عنوان\n{AR}\n".encode())
    st = _load(tmp_path)
    assert st.story_id.tolist() == ["\\xff\\xfe-01"]
    out = write_csv(st[["story_id", "source"]], tmp_path / "out" / "s.csv")
    assert out.read_bytes().decode("utf-8-sig").splitlines()[1] == (
        f"\\xff\\xfe-01,{tmp_path}/\\udcff\\udcfe.txt"
    )


def test_all_new_errors_are_khabar_errors():
    assert issubclass(UnreadableFileError, KhabarError)
    assert issubclass(UnreadableFileError, OSError)
