"""Hostile .zip corpora: zip bombs, members pointing outside the archive, and members
whose story ids would collide (the hostile-input list of issue 10).

Decisions tested here:
- a member is never decompressed when its declared size is past
  ``ZIP_MAX_MEMBER_BYTES`` (1 GiB), when it is over 1 MiB and expands more than
  ``ZIP_MAX_RATIO`` (100) times its compressed size, or when the archive's members
  together would expand past 100 times the archive plus 1 MiB: each is a ``skipped``
  report row naming the member and the sizes (zipfile itself stops at the declared size,
  so the declared size is the bound);
- a member whose path is absolute or holds ``..`` is a ``skipped`` row whose ``text``
  is the name as stored; it is never read;
- two members of one folder with one stem (``a.json``, ``a.jsonl``) keep their suffix in
  the id, as files of a folder do; a ``.zip`` beside a folder of its name keeps ``.zip``.
"""

import warnings
import zipfile

import pytest

import helpers.corpus.load as load_mod
from helpers.corpus import KhabarWarning, load_corpus
from helpers.errors import CorpusFormatError

AR = "قال الرئيس إن الحكومة ستعمل"


def _load(f, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KhabarWarning)
        return load_corpus(f, return_report=True, **kw)


def _zip(path, members, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return path


def _skipped(rep):
    rows = rep[rep["action"] == "skipped"]
    return list(zip(rows["file"], rows["text"], rows["reason"], strict=True))


def test_a_member_expanding_more_than_100_times_is_not_read(tmp_path):
    # "عنوان\n" is 5 two-byte letters and a newline (11 bytes), then 5,000,000 two-byte
    # letters: 10,000,011 bytes that DEFLATE packs about 1,000 times.
    z = _zip(tmp_path / "day.zip", {"bomb.txt": "عنوان\n" + "ن" * 5_000_000, "ok.txt": AR})
    st, rep = _load(z)
    assert st["story_id"].tolist() == ["day/ok-01"]
    [(file, text, reason)] = _skipped(rep)
    assert (file, text) == (str(z / "bomb.txt"), "bomb.txt")
    assert reason.startswith("expands to 10,000,011 bytes, ")
    assert "more than 100 times: a zip bomb or a damaged archive; not read" in reason


def test_a_member_past_the_size_limit_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(load_mod, "ZIP_MAX_MEMBER_BYTES", 100)
    # AR: 23 letters (46 bytes) and 4 spaces = 50 bytes; big.txt is AR, newline, AR,
    # newline and one letter: 50 + 1 + 50 + 1 + 2 = 104 bytes
    z = _zip(
        tmp_path / "day.zip",
        {"big.txt": AR + "\n" + AR + "\n" + "ن", "small.txt": AR},
        zipfile.ZIP_STORED,
    )
    st, rep = _load(z)
    assert st["story_id"].tolist() == ["day/small-01"]
    assert _skipped(rep) == [
        (
            str(z / "big.txt"),
            "big.txt",
            "expands to 104 bytes, more than the 100 a zip member may have (zip_max_member_bytes); "
            "not read "
            "(unzip it and load the file itself)",
        )
    ]


def test_members_together_past_the_archive_budget_are_not_read(tmp_path, monkeypatch):
    # each member is 1,500,000 bytes of one letter (under the 2 MiB ratio exemption set
    # here); the archive is a few kB, so its budget is 100 x that + 2 MiB (< 3 MB): the
    # first member fits (1.5 MB), the second would pass 3 MB and the third too
    monkeypatch.setattr(load_mod, "ZIP_RATIO_FROM_BYTES", 2 * 2**20)
    body = "عنوان\n" + "ن" * 749_994  # 11 + 1,499,988 = 1,499,999 bytes
    z = _zip(tmp_path / "day.zip", {f"{k}.txt": body + str(k) for k in range(3)})
    st, rep = _load(z)
    assert st["story_id"].tolist() == ["day/0-01"]
    skipped = _skipped(rep)
    assert [s[1] for s in skipped] == ["1.txt", "2.txt"]
    assert all(
        r.startswith("expands to 1,500,000 bytes, past what the whole archive may expand to")
        for _, _, r in skipped
    )


@pytest.mark.parametrize(
    "name", ["../evil.txt", "/etc/evil.txt", "a/../../evil.txt", "C:/evil.txt", "..\\evil.txt"]
)
def test_members_pointing_outside_the_archive_are_reported(tmp_path, name):
    z = _zip(tmp_path / "day.zip", {name: AR, "ok.txt": AR})
    st, rep = _load(z)
    assert st["story_id"].tolist() == ["day/ok-01"]
    [(_file, text, reason)] = _skipped(rep)
    assert text == name
    assert reason == (
        "member path is absolute or holds '..' (it would point outside the archive); not read"
    )


def test_members_sharing_a_stem_keep_their_suffix(tmp_path):
    z = _zip(
        tmp_path / "day.zip",
        {
            "a.json": '[{"title": "عنوان", "body": "نص"}]',
            "a.jsonl": '{"title": "عنوان ب", "body": "نص ب"}\n',
            "sub/a.txt": AR,
            "b.txt": AR,
        },
    )
    st, _ = _load(z)
    assert st["story_id"].tolist() == [
        "day/a.json-01",
        "day/a.jsonl-01",
        "day/b-01",
        "day/sub/a-01",
    ]


def test_a_zip_beside_a_folder_of_its_name_keeps_zip_in_its_ids(tmp_path):
    (tmp_path / "day").mkdir()
    (tmp_path / "day" / "x.txt").write_text(AR, "utf-8")
    _zip(tmp_path / "day.zip", {"x.txt": AR})
    (tmp_path / "other.txt").write_text(AR, "utf-8")
    st, _ = _load(tmp_path)
    assert st["story_id"].tolist() == ["day/x-01", "day.zip/x-01", "other-01"]


def test_duplicate_ids_name_both_files(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "x", "title": "ع", "body": "ن"}\n', "utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "x", "title": "ع", "body": "ن"}\n', "utf-8")
    with pytest.raises(CorpusFormatError) as e:
        _load(tmp_path)
    assert str(e.value) == (
        f"{tmp_path}: story ids are not unique: 'x' is given by {tmp_path / 'a.jsonl'}, line 1 "
        f"and {tmp_path / 'b.jsonl'}, line 1 (give every record its own id)"
    )


def test_the_limits_as_arguments(tmp_path):
    # big.txt: AR, newline, AR, newline, one letter = 50 + 1 + 50 + 1 + 2 = 104 bytes
    z = _zip(
        tmp_path / "day.zip",
        {"big.txt": AR + "\n" + AR + "\n" + "ن", "small.txt": AR},
        zipfile.ZIP_STORED,
    )
    st, rep = _load(z, zip_max_member_bytes=100)
    assert st["story_id"].tolist() == ["day/small-01"]
    assert [r for _, _, r in _skipped(rep)] == [
        "expands to 104 bytes, more than the 100 a zip member may have (zip_max_member_bytes); "
        "not read "
        "(unzip it and load the file itself)"
    ]
    st, rep = _load(z, zip_max_member_bytes=104)
    assert st["story_id"].tolist() == ["day/big-01", "day/small-01"]


def test_a_higher_ratio_reads_the_member(tmp_path):
    # 10,000,011 bytes of one letter deflate to about 10 kB (about 1,000 times): past
    # 100, under 5,000
    z = _zip(tmp_path / "day.zip", {"big.txt": "عنوان\n" + "ن" * 5_000_000, "ok.txt": AR})
    st, rep = _load(z, zip_max_ratio=5_000)
    assert st["story_id"].tolist() == ["day/big-01", "day/ok-01"]
    assert _skipped(rep) == []


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        (
            {"zip_max_member_bytes": 0},
            "load_corpus: zip_max_member_bytes must be a whole number of bytes >= 1 or None, got 0",
        ),
        (
            {"zip_max_member_bytes": 1.5},
            "load_corpus: zip_max_member_bytes must be a whole number of bytes >= 1 or None, "
            "got 1.5",
        ),
        (
            {"zip_max_ratio": 0.5},
            "load_corpus: zip_max_ratio must be None or a number >= 1 (times the compressed "
            "size), got 0.5",
        ),
        (
            {"zip_max_ratio": True},
            "load_corpus: zip_max_ratio must be None or a number >= 1 (times the compressed "
            "size), got True",
        ),
    ],
)
def test_bad_limits(tmp_path, kw, message):
    from helpers.errors import ArgumentError

    z = _zip(tmp_path / "day.zip", {"ok.txt": AR})
    with pytest.raises(ArgumentError) as err:
        load_corpus(z, **kw)
    assert str(err.value).startswith(message)


def test_no_story_found_names_the_member_left_out_and_why(tmp_path):
    """A hostile tester set zip_max_member_bytes=100 on a real zip: the only member was
    left out (a warning) and the error said just "no story found (check the files hold
    text)". The error now carries the first file left out and its reason."""
    z = _zip(tmp_path / "c.zip", {"day/big.txt": AR * 4})
    size = len((AR * 4).encode())
    from helpers.errors import EmptyCorpusError

    with pytest.raises(EmptyCorpusError) as err:
        _load(z, zip_max_member_bytes=100)
    assert str(err.value) == (
        f"{z}: no story found (day/big.txt was left out: expands to {size:,} bytes, more "
        "than the 100 a zip member may have (zip_max_member_bytes); not read (unzip it "
        "and load the file itself))"
    )
