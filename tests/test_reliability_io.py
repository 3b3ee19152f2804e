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
