"""Outputs are written atomically and reproducibly."""

import pandas as pd
import pytest

from helpers.io import atomic_write, write_csv


class Boom(Exception):
    pass


class Exploding:
    """A cell that fails to print: to_csv raises after writing the rows before it."""

    def __str__(self):
        raise Boom("disk full, or the kernel was interrupted")


def _table(n=2000):
    return pd.DataFrame(
        {
            "term": [f"كلمة{i}" for i in range(n)],
            "count": range(n),
            "per_1000": [i / 7 for i in range(n)],
            "surfaces": [["العراق", "والعراق"]] * n,
        }
    )


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_exception_mid_csv_leaves_old_file_intact(tmp_path):
    out = tmp_path / "freq.csv"
    write_csv(_table(), out)
    before = out.read_bytes()
    bad = _table()
    bad["term"] = bad["term"].astype(object)
    bad.loc[1500, "term"] = Exploding()
    with pytest.raises(Boom):
        write_csv(bad, out)
    assert out.read_bytes() == before
    assert _leftovers(tmp_path) == []  # no temporary file left behind


def test_exception_mid_binary_write_leaves_old_file_intact(tmp_path):
    out = tmp_path / "fig.png"
    out.write_bytes(b"\x89PNG old figure")
    with pytest.raises(Boom), atomic_write(out) as fh:
        fh.write(b"\x89PNG new fig")
        raise Boom
    assert out.read_bytes() == b"\x89PNG old figure"
    assert _leftovers(tmp_path) == []


def test_keyboard_interrupt_also_leaves_old_file(tmp_path):
    out = tmp_path / "a.txt"
    with atomic_write(out, "w") as fh:
        fh.write("قديم")
    with pytest.raises(KeyboardInterrupt), atomic_write(out, "w") as fh:
        fh.write("جديد")
        raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "قديم"


def test_rewrite_is_byte_identical_and_has_bom(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b" / "a.csv"
    write_csv(_table(), a)
    write_csv(_table(), b)
    write_csv(_table(), a)  # over an existing output
    assert a.read_bytes() == b.read_bytes()
    data = a.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfterm,count,per_1000,surfaces\n")
    assert b"\r\n" not in data
    assert "كلمة1,1,0.14285714285714285,العراق | والعراق\n".encode() in data


def test_written_file_is_readable_by_others(tmp_path):
    out = write_csv(_table(3), tmp_path / "x.csv")
    assert oct(out.stat().st_mode & 0o777) == "0o644"


# --- destinations that cannot be written: OutputError naming the path, old file kept ---


def test_destination_folder_is_a_file(tmp_path):
    from helpers.errors import OutputError

    (tmp_path / "afile").write_text("x")
    with pytest.raises(OutputError, match=r"afile/out\.csv: a part of the folder path is a file"):
        write_csv(_table(3), tmp_path / "afile" / "out.csv")
    assert (tmp_path / "afile").read_text() == "x"


def test_destination_is_a_folder(tmp_path):
    from helpers.errors import OutputError

    (tmp_path / "out.csv").mkdir()
    with pytest.raises(OutputError, match=r"out\.csv: the destination is a folder"):
        write_csv(_table(3), tmp_path / "out.csv")
    assert list((tmp_path / "out.csv").iterdir()) == []
    assert _leftovers(tmp_path) == []


def test_nul_in_name_and_name_too_long(tmp_path):
    from helpers.errors import OutputError

    with pytest.raises(OutputError, match="NUL character"):
        write_csv(_table(3), tmp_path / "a\x00b.csv")
    with pytest.raises(OutputError, match=r"too long \(304 bytes\)"):
        write_csv(_table(3), tmp_path / ("a" * 300 + ".csv"))
    assert _leftovers(tmp_path) == []
    # a 254-byte name is legal: the temporary file's name must not push it over 255
    ok = tmp_path / ("a" * 250 + ".csv")
    write_csv(_table(3), ok)
    assert ok.read_bytes().startswith(b"\xef\xbb\xbfterm,count")
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("errno_", [13, 30])  # EACCES, EROFS (root ignores chmod, so simulate)
def test_read_only_folder(tmp_path, monkeypatch, errno_):
    import os
    import tempfile

    from helpers.errors import OutputError

    def refuse(*a, **k):
        raise OSError(errno_, os.strerror(errno_))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match=r"out\.csv: the folder is read-only or not writable"):
        write_csv(_table(3), tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


def test_rename_failure_is_output_error_and_keeps_old_file(tmp_path, monkeypatch):
    import os

    from helpers.errors import OutputError

    out = tmp_path / "out.csv"
    write_csv(_table(3), out)
    before = out.read_bytes()

    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="read-only or not writable"):
        write_csv(_table(5), out)
    assert out.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_lone_surrogates_are_escaped_not_an_error(tmp_path):
    # a file name with the bytes ff fe, decoded by Python with surrogateescape
    df = pd.DataFrame({"source": ["corpus/\udcff\udcfe.txt"], "n": [1]})
    out = write_csv(df, tmp_path / "s.csv")
    assert out.read_bytes() == b"\xef\xbb\xbfsource,n\ncorpus/\\udcff\\udcfe.txt,1\n"
