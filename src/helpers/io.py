"""Writing outputs atomically and reproducibly.

Every file khabar writes goes to a temporary file in the destination folder and is
then renamed over the target (:func:`os.replace`, atomic on POSIX and Windows), so
an interrupted run never leaves a truncated CSV or PNG behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pandas as pd

__all__ = ["atomic_write", "write_csv"]


@contextlib.contextmanager
def atomic_write(path: str | Path, mode: str = "wb", **open_kwargs) -> Iterator[IO]:
    """Open a temporary file next to ``path``; rename it over ``path`` on success.

    Parameters
    ----------
    path : str or Path
        Destination file. Its parent folder is created if missing.
    mode : {"wb", "w"}
        Binary or text mode. Text mode takes ``encoding`` and ``newline`` in
        ``open_kwargs`` (default UTF-8, ``newline=""``).

    Yields
    ------
    file object
        Write to it; on a clean exit it is flushed, fsynced and renamed to ``path``.
        On an exception the temporary file is removed and ``path`` is untouched.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if "b" not in mode:
        open_kwargs.setdefault("encoding", "utf-8")
        open_kwargs.setdefault("newline", "")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **open_kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_csv(df: pd.DataFrame, path: str | Path, *, index: bool = False) -> Path:
    """Write ``df`` as CSV in UTF-8 with a BOM (so Excel shows Arabic), atomically.

    List-valued cells are written as ``" | "``-joined strings. Line endings are
    ``\\n`` on every platform, so the file is byte-for-byte reproducible.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, list | tuple)).any():
            out[col] = out[col].map(
                lambda v: " | ".join(map(str, v)) if isinstance(v, list | tuple) else v
            )
    with atomic_write(path, "w", encoding="utf-8-sig") as fh:
        out.to_csv(fh, index=index, lineterminator="\n")
    return Path(path)
