"""Writing outputs atomically and reproducibly.

Every file khabar writes goes to a temporary file in the destination folder and is
then renamed over the target (:func:`os.replace`, atomic on POSIX and Windows), so
an interrupted run never leaves a truncated CSV or PNG behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pandas as pd

from helpers.errors import OutputError

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

    Raises
    ------
    OutputError
        ``path`` is a folder, a part of its folder path is a file, the folder is
        read-only, the name is too long or holds a NUL character (the error names the
        path and what to do; ``path`` is untouched).
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise OutputError(
                "the destination is a folder, not a file",
                path=path,
                hint="give a file name inside the folder",
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError) as exc:
        if isinstance(exc, OutputError):
            raise
        raise _output_error(path, exc) from None
    if "b" not in mode:
        open_kwargs.setdefault("encoding", "utf-8")
        open_kwargs.setdefault("newline", "")
    try:
        # the temporary name is kept short, so a 255-byte target name still has room
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:64]}.", suffix=".tmp", dir=path.parent)
    except (OSError, ValueError) as exc:
        raise _output_error(path, exc) from None
    try:
        with os.fdopen(fd, mode, **open_kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        try:
            os.replace(tmp, path)
        except (OSError, ValueError) as exc:
            raise _output_error(path, exc) from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _output_error(path: Path, exc: BaseException) -> OutputError:
    """An :class:`OutputError` naming ``path`` and what to do, from an OS error."""
    name = str(path.name)
    if "\x00" in str(path):
        return OutputError("the file name holds a NUL character", path=path, hint="remove it")
    if isinstance(exc, IsADirectoryError):
        return OutputError(
            "the destination is a folder, not a file",
            path=path,
            hint="give a file name inside the folder",
        )
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return OutputError(
            "a part of the folder path is a file, not a folder",
            path=path,
            hint="choose another output folder or move that file",
        )
    if isinstance(exc, PermissionError) or getattr(exc, "errno", None) == errno.EROFS:
        return OutputError(
            "the folder is read-only or not writable",
            path=path,
            hint="choose a folder you can write to",
        )
    if getattr(exc, "errno", None) == errno.ENAMETOOLONG:
        return OutputError(
            f"the file name is too long ({len(name.encode('utf-8', 'surrogateescape'))} bytes)",
            path=path,
            hint="use a shorter name (at most 255 bytes)",
        )
    return OutputError(
        f"cannot be written ({exc.strerror if isinstance(exc, OSError) else exc})",
        path=path,
        hint="check the folder exists, is writable and has free space",
    )


def write_csv(df: pd.DataFrame, path: str | Path, *, index: bool = False) -> Path:
    """Write ``df`` as CSV in UTF-8 with a BOM (so Excel shows Arabic), atomically.

    List-valued cells are written as ``" | "``-joined strings. Line endings are
    ``\\n`` on every platform, so the file is byte-for-byte reproducible. Text that
    is not valid Unicode (lone surrogates, e.g. from a file name with undecodable bytes
    in a ``source`` column) is written as ``\\udcff`` escapes instead of failing.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    OutputError
        As :func:`atomic_write`.
    """
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, list | tuple)).any():
            out[col] = out[col].map(
                lambda v: " | ".join(map(str, v)) if isinstance(v, list | tuple) else v
            )
    with atomic_write(path, "w", encoding="utf-8-sig", errors="backslashreplace") as fh:
        out.to_csv(fh, index=index, lineterminator="\n")
    return Path(path)
