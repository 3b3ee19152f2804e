"""Writing outputs atomically, reproducibly and safely.

Every file khabar writes goes to a temporary file in the destination folder and is
then renamed over the target (:func:`os.replace`, atomic on POSIX and Windows), so
an interrupted run never leaves a truncated CSV or PNG behind.

File names made from story ids, group values or titles go through :func:`safe_name`,
the one function that maps any text to a portable file name, unique per text.

Text cells of CSV files are neutralised against formula injection (OWASP, "CSV
Injection", https://owasp.org/www-community/attacks/CSV_Injection): a cell that begins
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a leading
apostrophe (``'=HYPERLINK(...)``), so Excel, LibreOffice and Google Sheets show it as
text instead of running it. Only the written file changes: the pandas tables the
notebooks use keep their values.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pandas as pd

from helpers.errors import OutputError

__all__ = ["FORMULA_TRIGGERS", "atomic_write", "neutralise_formulas", "safe_name", "write_csv"]


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
    if getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(
            "the disk is full (or your quota is used up)",
            path=path,
            hint="free some space or choose an output folder on another disk",
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


#: Characters that make a spreadsheet cell a formula (OWASP CSV Injection guidance).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formulas(value: object) -> object:
    """A text cell that would start a formula, prefixed with an apostrophe; else as is.

    OWASP's CSV-injection guidance (https://owasp.org/www-community/attacks/CSV_Injection):
    a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run
    as a formula by Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)`` sends the
    reader's data away). A leading ``'`` makes it text. Numbers are left alone, so a
    negative number stays a number.

    Parameters
    ----------
    value : object
        A cell. Only ``str`` values change.

    Returns
    -------
    object
        ``"'" + value`` for a str starting with one of :data:`FORMULA_TRIGGERS`, else
        ``value`` unchanged.
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


# path separators, characters Windows refuses, controls, lone surrogates, bidi controls
# (they make a name read differently from what it is) and "~", which only the hash uses
_UNSAFE_NAME = re.compile(
    '[\x00-\x1f\x7f/\\\\:*?"<>|~\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]'
)
_EDGE = re.compile(r"^[ .]+|[ .]+$")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{d}{i}" for d in ("com", "lpt") for i in range(10)
}
#: Bytes (UTF-8) kept of the text before the hash, so a name plus prefix, hash and
#: extension stays well under the 255-byte limit of common file systems.
NAME_BYTES = 150
HASH_CHARS = 12


def safe_name(text: object, *, max_bytes: int = NAME_BYTES) -> str:
    """A portable file name (without folder or extension) for ``text``, unique per text.

    The one function that turns story ids, group values and titles into file names.
    Ids keep their ``/`` (a nested folder corpus gives ``june/day1-01``); their file
    names cannot. The name is ``text`` itself when that is already safe: no path
    separator, control, bidi control, lone surrogate, ``: * ? " < > | ~``, no leading
    or trailing space or dot, not a Windows device name (``con``, ``nul``...), no
    upper-case letter, at most ``max_bytes`` bytes of UTF-8. Otherwise each unsafe
    character becomes ``_``, the text is cut to ``max_bytes`` and ``~`` plus the first
    12 hex digits of the SHA-1 of the original text are appended. So ``x`` and
    ``x `` (``x`` and ``x_~…``), ``a/b`` and ``a_b``, ``Story`` and ``story`` never
    share a file, also on the case-insensitive file systems of macOS and Windows:
    a name without ``~`` is the text itself, and a name with ``~`` carries the hash
    of its text.

    Parameters
    ----------
    text : object
        Converted with ``str``. Unicode is put in NFC first (a name typed on macOS and
        one typed on Linux are the same file).
    max_bytes : int
        UTF-8 bytes kept of the text before the hash (default 150).

    Returns
    -------
    str
        Never empty, never ``.`` or ``..``, no ``/`` or ``\\``; the same on every run
        and machine.
    """
    original = str(text)
    name = _UNSAFE_NAME.sub("_", unicodedata.normalize("NFC", original))
    name = _EDGE.sub(lambda m: "_" * len(m.group()), name)
    encoded = name.encode("utf-8")
    if len(encoded) > max_bytes:
        name = encoded[:max_bytes].decode("utf-8", "ignore")
    reserved = name.split(".", 1)[0].lower() in _WINDOWS_RESERVED
    if name and name == original and name == name.casefold() and not reserved:
        return name
    digest = hashlib.sha1(original.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{name}~{digest[:HASH_CHARS]}"


def write_csv(df: pd.DataFrame, path: str | Path, *, index: bool = False) -> Path:
    """Write ``df`` as CSV in UTF-8 with a BOM (so Excel shows Arabic), atomically.

    List-valued cells are written as ``" | "``-joined strings. Text cells and column
    names that begin with a formula trigger (``= + - @``, tab, carriage return) get a
    leading apostrophe (:func:`neutralise_formulas`, OWASP); ``df`` itself is not
    changed. Line endings are
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
        if pd.api.types.is_object_dtype(out[col]) or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(
                lambda v: (
                    neutralise_formulas(" | ".join(map(str, v)))
                    if isinstance(v, list | tuple)
                    else neutralise_formulas(v)
                )
            )
    out.columns = [neutralise_formulas(c) for c in out.columns]
    with atomic_write(path, "w", encoding="utf-8-sig", errors="backslashreplace") as fh:
        out.to_csv(fh, index=index, lineterminator="\n")
    return Path(path)
