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
import json
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

import pandas as pd

from helpers.errors import (
    ArgumentError,
    MalformedFileError,
    OutputError,
    check_path,
    check_table,
    check_whole,
    shown,
)

__all__ = [
    "FORMULA_TRIGGERS",
    "atomic_write",
    "neutralise_formulas",
    "read_json",
    "restore_formulas",
    "safe_name",
    "write_csv",
    "write_workbook",
]


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
    ArgumentError
        ``path`` not a str or path-like; ``mode`` not ``"wb"`` or ``"w"``.
    """
    path = check_path(path, "atomic_write", output=True)
    if mode not in ("wb", "w"):
        raise ArgumentError(f"atomic_write: mode must be 'wb' or 'w', got {shown(mode)}")
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


# path separators, characters Windows refuses, controls, lone surrogates, line and
# paragraph separators and "~", which only the hash uses
_UNSAFE_NAME = re.compile('[\x00-\x1f\x7f/\\\\:*?"<>|~\ud800-\udfff\u2028\u2029]')
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
    separator, control, invisible format character (Unicode category Cf: bidi
    controls and marks such as U+061C and U+200F, zero-width U+200B-U+200D, U+2060,
    U+FEFF, the soft hyphen U+00AD, tags...), lone surrogate, ``: * ? " < > | ~``, no leading
    or trailing space or dot, not a Windows device name (``con``, ``nul``...), no
    upper-case letter, at most ``max_bytes`` bytes of UTF-8. Otherwise format characters
    are dropped (they are invisible, so two names that look the same would differ), each
    other unsafe character becomes ``_``, the text is cut to ``max_bytes`` and ``~``
    plus the first
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
        Never empty, never ``.`` or ``..``, no ``/`` or ``\\``, no Cf character; the
        same on every run and machine.

    Raises
    ------
    helpers.errors.ArgumentError
        ``max_bytes`` not a whole number >= 1.

    The zero-width non-joiner (U+200C), which Persian writes inside words (می‌خواهم),
    is dropped too: a file name is a label of the id, not the id (tables keep the id
    as written, and the hash keeps names with and without it apart), and a
    ZWNJ where it changes no joining is invisible, the spoofing this rule prevents.
    """
    max_bytes = check_whole(max_bytes, "safe_name", "max_bytes", unit="bytes")
    original = str(text)
    name = unicodedata.normalize("NFC", original)
    if not name.isascii():
        name = "".join(c for c in name if unicodedata.category(c) != "Cf")
    name = _UNSAFE_NAME.sub("_", name)
    name = _EDGE.sub(lambda m: "_" * len(m.group()), name)
    encoded = name.encode("utf-8")
    if len(encoded) > max_bytes:
        name = encoded[:max_bytes].decode("utf-8", "ignore")
    reserved = name.split(".", 1)[0].lower() in _WINDOWS_RESERVED
    if name and name == original and name == name.casefold() and not reserved:
        return name
    digest = hashlib.sha1(original.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{name}~{digest[:HASH_CHARS]}"


def _csv_cell(value: object) -> object:
    """One cell as written to a CSV file: lists ``" | "``-joined, a bare carriage return
    written as a line feed (pandas quotes a cell holding ``\\n`` but not one holding only
    ``\\r``, and a reader would start a new row, and so a new cell, after it), then
    :func:`neutralise_formulas`."""
    if isinstance(value, list | tuple):
        value = " | ".join(map(str, value))
    if isinstance(value, str) and "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return neutralise_formulas(value)


def write_csv(df: pd.DataFrame, path: str | Path, *, index: bool = False) -> Path:
    """Write ``df`` as CSV in UTF-8 with a BOM (so Excel shows Arabic), atomically.

    List-valued cells are written as ``" | "``-joined strings. Text cells and column
    names that begin with a formula trigger (``= + - @``, tab, carriage return) get a
    leading apostrophe (:func:`neutralise_formulas`, OWASP), the index too when it is
    written; a carriage return inside a cell is written as a line feed, so the cell is
    quoted and no reader starts a new cell after it; ``df`` itself is not changed. Line
    endings are
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
    ArgumentError
        ``df`` not a DataFrame, ``path`` not a str or path-like, ``index`` not a bool.
    """
    check_table(df, "write_csv", "df", made_by="a khabar function returning a table")
    check_path(path, "write_csv", output=True)
    if not isinstance(index, bool):
        raise ArgumentError(f"write_csv: index must be True or False, got {shown(index)}")
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_object_dtype(out[col]) or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(_csv_cell)
    out.columns = [_csv_cell(c) for c in out.columns]
    if index:
        out.index = out.index.map(_csv_cell)
        out.index.names = [_csv_cell(n) for n in out.index.names]
    with atomic_write(path, "w", encoding="utf-8-sig", errors="backslashreplace") as fh:
        out.to_csv(fh, index=index, lineterminator="\n")
    return Path(path)


#: Rows Excel can show on one sheet (the header included).
EXCEL_MAX_ROWS = 1_048_576
#: Characters Excel keeps in one cell.
EXCEL_MAX_CHARS = 32_767
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_INTEGER = re.compile(r"-?(?:0|[1-9]\d*)")
#: Excel's last column (XFD): a table wider than this is cut (the about sheet says so).
EXCEL_MAX_COLUMNS = 16_384
#: Excel keeps 15 significant digits of a number: a longer run of digits (a long id) is
#: written as text, so the sheet shows what the CSV holds.
EXCEL_DIGITS = 15


def _cell_kind(col: str, values: list[str]) -> str:
    """``int``, ``float``, ``p`` or ``text``: how :func:`write_workbook` writes a column.
    Ids (``story_id``, ``*_id``) and any value Excel could not hold exactly (more than
    :data:`EXCEL_DIGITS` digits, or out of a float's range) make a text column."""
    if not values or col == "story_id" or col.endswith("_id"):
        return "text"

    def exact(v: str) -> bool:
        digits = len(v.split("e")[0].split("E")[0].replace("-", "").replace(".", "").lstrip("0"))
        return digits <= EXCEL_DIGITS and math.isfinite(float(v))

    if all(_INTEGER.fullmatch(v) and exact(v) for v in values):
        return "int"
    if all(_NUMBER.fullmatch(v) and exact(v) for v in values):
        return "p" if "p_value" in col else "float"
    return "text"


_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
# a fixed creation date: the workbook is the same bytes on every run
_WORKBOOK_DATE = (2000, 1, 1)


def restore_formulas(value: str) -> str:
    """The text :func:`neutralise_formulas` was given: a cell read back from a CSV of
    :func:`write_csv` without the apostrophe it added before a formula trigger
    (``"'-"`` → ``"-"``). Any other text is returned as it is. No error is raised."""
    if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def _sheet_names(stems: list[str]) -> list[str]:
    names: list[str] = []
    for stem in stems:
        base = _SHEET_BAD.sub("_", stem).strip("'") or "table"
        name, n = base[:31], 2
        while name.casefold() in {x.casefold() for x in names} or name.casefold() == "about":
            suffix = f"~{n}"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        names.append(name)
    return names


def write_workbook(
    folder: str | Path,
    path: str | Path | None = None,
    *,
    left_out: Sequence[str] = (),
    cut: Mapping[str, str] | None = None,
) -> Path:
    """Gather every CSV table of ``folder`` into one Excel workbook, atomically.

    The journalists' hand-off beside the CSVs: one sheet per table (named after the
    CSV file, cut to Excel's 31 characters), right-to-left sheets for Arabic, a bold
    frozen header row, and an ``about`` sheet first listing every table of the run in
    file-name order: its sheet, its CSV file, its number of rows and whether it is in
    this workbook (``yes``; ``cut``, with a note; ``no`` for the ``left_out`` tables,
    with a note naming the CSV). Numbers are stored in full and *shown* rounded (``0.00``;
    ``p_value`` columns ``0.0000``; whole numbers as they are); the CSVs keep full
    precision either way. Text cells are stored as text, never as formulas: a cell that
    begins with ``= + - @``, a tab or a carriage return gets Excel's own quote-prefix
    (shown as written, not run; OWASP CSV-injection guidance). The CSVs' apostrophe
    added by :func:`write_csv` is removed first, so a text that itself began with an
    apostrophe followed by one of those characters shows without that apostrophe.
    A table longer than Excel's 1,048,576 rows or wider than its 16,384 columns is cut
    (the ``about`` sheet says so); a cell longer than 32,767 characters is cut with
    ``…``. Ids (``story_id``, ``*_id``) and numbers Excel cannot hold exactly (more than
    15 digits, beyond a float's range) are written as text, as the CSV has them; a
    header cell gets the quote-prefix like any other. Written with XlsxWriter
    (https://xlsxwriter.readthedocs.io) with a fixed creation date, so the same tables
    give the same bytes.

    The main job (:func:`helpers.notebooks.run_all`) calls it after all notebooks
    succeeded, on the run's tables folder.

    Parameters
    ----------
    folder : str or Path
        Folder of ``*.csv`` tables written by :func:`write_csv` (UTF-8 with BOM).
    path : str or Path, optional
        The workbook; default ``<folder>/tables.xlsx``.
    left_out : sequence of str
        Names of CSV files of the run not gathered (too large for a sheet): the
        ``about`` sheet lists each among the tables, ``no`` in its "in this workbook"
        column and a note naming the CSV, so the workbook itself says what it lacks.
    cut : mapping of str to str, optional
        CSV files of ``folder`` that the caller already cut to part of a run's table
        (``{file name: note}``: the top-ranked rows of each group of a table too large
        for a sheet, :func:`helpers.notebooks.run_all`): the ``about`` sheet says ``cut``
        with the note.

    Returns
    -------
    pathlib.Path
        The workbook written.

    Raises
    ------
    CorpusNotFoundError
        ``folder`` holds no CSV file.
    OutputError
        As :func:`atomic_write`.
    ArgumentError
        ``folder`` or ``path`` not a str or path-like; ``left_out`` not a list of str.
    """
    from datetime import datetime

    import xlsxwriter

    from helpers.errors import CorpusNotFoundError

    folder = check_path(folder, "write_workbook", "folder")
    if path is not None:
        check_path(path, "write_workbook", output=True)
    path = Path(path) if path is not None else folder / "tables.xlsx"
    if isinstance(left_out, str) or not all(isinstance(n, str) for n in left_out):
        raise ArgumentError(
            f"write_workbook: left_out must be a list of file names, got {shown(left_out)}"
        )
    csvs = sorted(folder.glob("*.csv"))
    if not csvs:
        raise CorpusNotFoundError("no CSV tables to gather into a workbook", path=folder)
    with atomic_write(path, "wb") as fh:
        wb = xlsxwriter.Workbook(fh, {"constant_memory": True, "strings_to_formulas": False})
        wb.set_properties({"created": datetime(*_WORKBOOK_DATE)})
        head = wb.add_format({"bold": True, "bg_color": "#EEEEEE"})
        head_quoted = wb.add_format({"bold": True, "bg_color": "#EEEEEE", "quote_prefix": True})
        quoted = wb.add_format({"quote_prefix": True})
        fmt = {
            "int": wb.add_format({"num_format": "0"}),
            "float": wb.add_format({"num_format": "0.00"}),
            "p": wb.add_format({"num_format": "0.0000"}),
        }
        about = wb.add_worksheet("about")
        about.right_to_left()
        about.write_row(0, 0, ["sheet", "file", "rows", "in this workbook", "note"], head)
        about.set_column(0, 1, 28)
        about.set_column(3, 3, 16)
        about.set_column(4, 4, 60)
        names = _sheet_names([c.stem for c in csvs])
        # every table of the run, gathered or not, one row each in file-name order
        # (written last: constant_memory writes a sheet's rows in order only)
        listed: dict[str, list] = {}
        for csv, name in zip(csvs, names, strict=True):
            table = pd.read_csv(csv, encoding="utf-8-sig", dtype=str, keep_default_na=False)
            ws = wb.add_worksheet(name)
            ws.right_to_left()
            ws.freeze_panes(1, 0)
            notes = []
            if table.shape[1] > EXCEL_MAX_COLUMNS:
                notes.append(
                    f"cut to the first {EXCEL_MAX_COLUMNS:,} of {table.shape[1]:,} columns"
                )
                table = table.iloc[:, :EXCEL_MAX_COLUMNS]
            # each column once as a list of str: reading a pandas column cell by cell
            # costs several times the cells themselves (same cells, same bytes)
            cells = [table[c].tolist() for c in table.columns]
            kinds = [
                _cell_kind(str(c), [v for v in col if v != ""])
                for c, col in zip(table.columns, cells, strict=True)
            ]
            for j, col in enumerate(table.columns):
                label = restore_formulas(str(col))
                ws.write_string(
                    0, j, label, head_quoted if label.startswith(FORMULA_TRIGGERS) else head
                )
                width = max([len(str(col))] + [len(v) for v in cells[j][:200]])
                ws.set_column(j, j, min(max(width, 6), 60))
            rows = min(len(table), EXCEL_MAX_ROWS - 1)
            write_string, write_number = ws.write_string, ws.write_number
            for r, rec in enumerate(zip(*(col[:rows] for col in cells), strict=True), 1):
                for j, (value, kind) in enumerate(zip(rec, kinds, strict=True)):
                    if value == "":
                        continue
                    if kind == "text":
                        text = restore_formulas(value)
                        if len(text) > EXCEL_MAX_CHARS:
                            text = text[: EXCEL_MAX_CHARS - 1] + "…"
                        if text.startswith(FORMULA_TRIGGERS):
                            write_string(r, j, text, quoted)
                        else:
                            write_string(r, j, text)
                    else:
                        write_number(r, j, float(value), fmt[kind])
            if rows < len(table):
                notes.append(f"cut to the first {rows:,} of {len(table):,} rows")
            note = "; ".join(notes) + (": the CSV has them all" if notes else "")
            if cut and csv.name in cut:
                notes.append(cut[csv.name])
                note = "; ".join(notes)
            listed[csv.name] = [name, csv.name, len(table), "cut" if notes else "yes", note]
        for name in left_out:
            note = "left out of this workbook (too large for a sheet): open the CSV"
            listed.setdefault(str(name), ["—", str(name), None, "no", note])
        for i, file in enumerate(sorted(listed), 1):
            for j, value in enumerate(listed[file]):
                if isinstance(value, int):
                    about.write_number(i, j, value)
                elif value:
                    about.write_string(i, j, value)
        wb.close()
    return path


def read_data_rows(
    package: str,
    name: str,
    header: Sequence[str] | None,
    *,
    error: type[Exception] = ArgumentError,
    check: Callable[[tuple[str, ...]], str | None] | None = None,
) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The rows of one of khabar's language-data tables (``<package>/data/<name>``):
    tab-separated (``.tsv``) or comma-separated (``.csv``), read the one way every such
    file is read.

    The file is UTF-8 (a byte-order mark is dropped); lines that are blank or start with
    ``#`` are comments; the first other line is the header, every later line a row of
    as many cells as the header has, each cell stripped of spaces and none empty. In a
    ``.csv`` file a cell may be written in double quotes to hold a comma (``"a, b"``,
    a quote inside as ``""``; a row is one line). With ``header`` given, the file's
    header must be exactly that.

    Returns ``(header, rows)``: the header's names and the rows as tuples of str, in file
    order.

    Raises ``error`` (a :class:`~helpers.errors.KhabarError` subclass; default
    :class:`~helpers.errors.ArgumentError`; its ``path`` and ``line`` name the place)
    for text that is not UTF-8 (a file saved in a Windows code page), a wrong header, a
    row of another number of cells (a missing separator, an extra column), an empty
    cell or an unclosed quote, so that a data file edited by hand fails with its place,
    not a traceback or a silently wrong table. ``check``, if given, is called on each
    row's cells; a string it returns is that row's problem, raised the same way (a
    formula whose phrase holds a full stop: :func:`helpers.text.formulas`).
    """
    sep = "," if name.endswith(".csv") else "\t"
    raw = _package_bytes(package, name)
    return _data_rows(raw, _where(package, name), header, error, sep, check)


def read_data_list(
    package: str,
    name: str,
    *,
    flags: Sequence[str] = (),
    error: type[Exception] = ArgumentError,
    check: Callable[[str], str | None] | None = None,
) -> list[str]:
    """The entries of one of khabar's language-data lists (``<package>/data/<name>``,
    one entry a line: a word or an id; with ``flags``, a word may be followed by a tab
    and one of them, ``سعيد<TAB>common``), in file order.

    The file is UTF-8 (a byte-order mark is dropped); ``#`` starts a comment, on a line
    of its own or after an entry; blank lines are skipped; an entry is stripped of
    spaces (a flagged one is returned as ``word<TAB>flag``). Raises ``error`` (a
    :class:`~helpers.errors.KhabarError` subclass; default
    :class:`~helpers.errors.ArgumentError`) naming the file, and the line where it
    applies, for text that is not UTF-8, an entry with a tab where no flag is allowed,
    a flag not in ``flags`` or a third cell. ``check``, if given, is called on each
    entry's word (without its flag); a string it returns is that line's problem, raised
    the same way (a first name with a digit: :func:`helpers.text.first_names.first_name_lines`).
    Lines are counted as an editor counts them (:func:`_lines`).
    """
    raw = _package_bytes(package, name)
    return _data_list(raw, _where(package, name), error, tuple(flags), check)


def _package_bytes(package: str, name: str) -> bytes:
    """The bytes of ``<package>/data/<name>`` (the one place the data files are opened)."""
    from importlib import resources

    return resources.files(package).joinpath("data").joinpath(name).read_bytes()


def _where(package: str, name: str) -> str:
    return f"{package.replace('.', '/')}/data/{name}"


def _data_text(raw: bytes, where: str, error) -> str:
    """The text of a data file: UTF-8, a byte-order mark at its start dropped; ``error``
    otherwise, and for a byte-order mark (U+FEFF) further on, named with its line (two
    files joined: it would stay, unseen, inside the entry it opens)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(
            f"not UTF-8 text at byte {exc.start}", path=where, hint="save the file as UTF-8"
        ) from None
    if "\ufeff" in text:
        raise error(
            "a byte-order mark (U+FEFF) inside the file",
            path=where,
            line=len(_LINE_BREAK.findall(text, 0, text.index("\ufeff"))) + 1,
            hint="delete it: a file pasted or joined onto another brings one",
        )
    return text


#: The line breaks a data file's lines are counted by: those of a text editor and of
#: Python's universal newlines (``\r\n``, ``\r``, ``\n``), not :meth:`str.splitlines`',
#: which also breaks at U+2028, U+2029, U+0085 and form feeds, so that a line number
#: in an error named a later line than the editor shows (session 18).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _lines(text: str) -> list[str]:
    """``text`` split into lines as :data:`_LINE_BREAK` counts them (a final line break
    ends the last line, as with :meth:`str.splitlines`)."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _data_list(raw: bytes, where: str, error, flags: tuple[str, ...] = (), check=None) -> list[str]:
    """:func:`read_data_list` on the bytes of a file shown as ``where``."""
    out = []
    for number, line in enumerate(_lines(_data_text(raw, where, error)), start=1):
        cells = [c.strip() for c in line.split("#", 1)[0].split("\t")]
        while cells and not cells[-1]:
            cells.pop()  # a trailing tab or a blank line
        if not cells:
            continue
        entry = cells[0]
        if len(cells) > 1:
            if len(cells) > 2 or cells[1] not in flags or not cells[0]:
                allowed = f"a tab and one of {', '.join(flags)}" if flags else "no tab"
                raise error(
                    f"{line!r} is not one entry (a word, then {allowed})",
                    path=where,
                    line=number,
                )
            entry = "\t".join(cells)
        problem = check(cells[0]) if check is not None else None
        if problem:
            raise error(f"{line!r}: {problem}", path=where, line=number)
        out.append(entry)
    return out


def _cells(line: str, sep: str) -> list[str] | None:
    """The cells of one line, stripped; None for a ``.csv`` line whose quotes do not
    close (or a stray quote)."""
    if sep == "\t":
        return [c.strip() for c in line.split("\t")]
    import csv

    try:
        rows = list(csv.reader([line], strict=True))
    except csv.Error:
        return None
    return [c.strip() for c in rows[0]] if rows else []


def _data_rows(
    raw: bytes, where: str, header, error, sep: str = "\t", check=None
) -> tuple[tuple[str, ...], list]:
    """:func:`read_data_rows` on the bytes of a file shown as ``where``, cells separated
    by ``sep`` (a tab, or a comma with CSV quoting)."""
    what = "tab-separated" if sep == "\t" else "comma-separated"
    shown_sep = "<TAB>" if sep == "\t" else ","
    found: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    for number, line in enumerate(_lines(_data_text(raw, where, error)), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = _cells(line, sep)
        if cells is None:
            raise error(
                f"{line!r} has an unclosed or stray double quote",
                path=where,
                line=number,
                hint='write a quote inside a cell as ""',
            )
        if found is None:
            found = tuple(cells)
            if header is not None and found != tuple(header):
                raise error(
                    f"the header is {shown_sep.join(found)!r}, expected {shown_sep.join(header)!r}",
                    path=where,
                    line=number,
                )
            continue
        if len(cells) != len(found) or not all(cells):
            raise error(
                f"{line!r} is not {len(found)} non-empty {what} cells ({', '.join(found)})",
                path=where,
                line=number,
            )
        problem = check(tuple(cells)) if check is not None else None
        if problem:
            raise error(f"{line!r}: {problem}", path=where, line=number)
        rows.append(tuple(cells))
    if found is None:
        raise error("no header line", path=where)
    return found, rows


def read_json(path: str | Path) -> object:
    """The JSON value held by the UTF-8 file ``path`` (a notebook, a lock or record file),
    however deeply nested.

    ``json.loads`` recurses once per level of nesting and raises ``RecursionError`` past
    about a thousand (a damaged or hostile notebook of 100,000 nested lists); such text is
    read again by :func:`_loads_iteratively`, which keeps its own stack, so the value is
    the one ``json.loads`` gives with a deep enough stack (same constants: ``NaN``,
    ``Infinity``; a repeated key keeps its last value).

    Raises
    ------
    OSError
        The file cannot be read (as :meth:`pathlib.Path.read_bytes` raises it).
    helpers.errors.MalformedFileError
        (also a ``ValueError``) the bytes are not UTF-8 or the text is not one JSON
        value; the message names the file and, for JSON, the line and column.
    """
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MalformedFileError(f"not UTF-8 text at byte {exc.start}", path=path) from None
    try:
        try:
            return json.loads(text)
        except RecursionError:
            return _loads_iteratively(text)
    except json.JSONDecodeError as exc:
        raise MalformedFileError(
            f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", path=path
        ) from None


_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_JSON_CONSTANT = re.compile(
    r"(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?|true|false|null|NaN|Infinity|-Infinity"
)
_CONSTANTS = {
    "true": True,
    "false": False,
    "null": None,
    "NaN": float("nan"),
    "Infinity": float("inf"),
    "-Infinity": float("-inf"),
}


def _loads_iteratively(text: str) -> object:
    """``json.loads(text)`` with an explicit stack of open containers instead of the call
    stack (strings are read by :func:`json.decoder.scanstring`, numbers and constants by
    the grammar of RFC 8259 as :mod:`json` reads them). Raises
    :class:`json.JSONDecodeError` at the first character that breaks the grammar."""
    from json.decoder import scanstring

    def space(at: int) -> int:
        return _JSON_SPACE.match(text, at).end()

    def key(at: int) -> tuple[str, int]:
        if text[at : at + 1] != '"':
            raise json.JSONDecodeError(
                "Expecting property name enclosed in double quotes", text, at
            )
        name, at = scanstring(text, at + 1)
        at = space(at)
        if text[at : at + 1] != ":":
            raise json.JSONDecodeError("Expecting ':' delimiter", text, at)
        return name, space(at + 1)

    stack: list[list] = []  # [container, pending key (None in a list)]
    at = space(0)
    while True:
        ch = text[at : at + 1]
        if ch in ("{", "["):
            at = space(at + 1)
            if text[at : at + 1] == ("}" if ch == "{" else "]"):
                value, at = ({} if ch == "{" else []), at + 1
            elif ch == "{":
                name, at = key(at)
                stack.append([{}, name])
                continue
            else:
                stack.append([[], None])
                continue
        elif ch == '"':
            value, at = scanstring(text, at + 1)
        else:
            m = _JSON_CONSTANT.match(text, at)
            if m is None or not m.group(0):
                raise json.JSONDecodeError("Expecting value", text, at)
            word = m.group(0)
            if word in _CONSTANTS:
                value = _CONSTANTS[word]
            elif m.group(2) or m.group(3):
                value = float(word)
            else:
                value = int(word)
            at = m.end()
        while True:  # the value closes containers until a comma opens the next value
            if not stack:
                at = space(at)
                if at != len(text):
                    raise json.JSONDecodeError("Extra data", text, at)
                return value
            top = stack[-1]
            container = top[0]
            if top[1] is None:
                container.append(value)
            else:
                container[top[1]] = value
            at = space(at)
            mark = text[at : at + 1]
            if mark == ",":
                at = space(at + 1)
                if top[1] is not None:
                    top[1], at = key(at)
                break
            if mark != ("]" if top[1] is None else "}"):
                raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
            stack.pop()
            value, at = container, at + 1
