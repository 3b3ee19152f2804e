"""The project's error classes.

Every error khabar raises on bad input is a :class:`KhabarError`, so a notebook or
script can catch them all with one ``except``. Each message names the file (and,
where it applies, the line or byte offset) and says what to do.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ArgumentError",
    "ClusterError",
    "CorpusFormatError",
    "CorpusNotFoundError",
    "DecodingError",
    "EmptyCorpusError",
    "FontError",
    "GazetteerError",
    "KhabarError",
    "OutputError",
    "SelectionError",
    "UnreadableFileError",
]


class KhabarError(Exception):
    """Base class of every error khabar raises on bad input.

    Attributes
    ----------
    path : pathlib.Path or None
        The file or folder the problem is in.
    line : int or None
        1-based line number, where it applies.
    offset : int or None
        0-based byte offset, where it applies (decoding errors).
    hint : str or None
        What the user can do about it.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        offset: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.line = line
        self.offset = offset
        self.hint = hint
        where = ""
        if self.path is not None:
            where = str(self.path)
            if line is not None:
                where += f", line {line}"
            if offset is not None:
                where += f", byte offset {offset}"
            where += ": "
        text = where + message
        if hint:
            text += f" ({hint})"
        self.message = text
        super().__init__(text)

    def _render_traceback_(self) -> list[str]:  # IPython: show the message, not a traceback
        return [f"{type(self).__name__}: {self.message}"]


class CorpusNotFoundError(KhabarError, FileNotFoundError):
    """The corpus path does not exist, or a folder holds no corpus files."""


class UnreadableFileError(KhabarError, OSError):
    """A corpus path exists but cannot be read as a file: permissions, an I/O error, a
    symlink loop, or a device, FIFO or socket instead of a regular file."""


class OutputError(KhabarError, OSError):
    """An output file cannot be written: its folder is a file or read-only, the
    destination is a folder, the name is too long or holds a NUL character."""


class DecodingError(KhabarError, UnicodeError):
    """A file's bytes cannot be decoded as text in any supported encoding."""


class CorpusFormatError(KhabarError, ValueError):
    """A corpus file is readable but not in a usable shape (missing columns, bad JSON...)."""


class EmptyCorpusError(CorpusFormatError):
    """A corpus file or folder holds no text to analyse."""


class GazetteerError(KhabarError, ValueError):
    """A gazetteer file is malformed (missing column, duplicate id, bad type)."""


class FontError(KhabarError, OSError):
    """A font file was named that does not exist or cannot be read."""


class SelectionError(KhabarError, ValueError):
    """A target/reference selection of stories is empty, unknown or overlaps the other."""


class ClusterError(KhabarError, ConnectionError):
    """A Dask scheduler does not answer (or is not a Dask scheduler), or a cluster cannot
    be started or fails while computing (:mod:`helpers.cluster`)."""


class ArgumentError(KhabarError, TypeError, ValueError):
    """A function argument has the wrong type or a value outside the allowed ones.

    The message names the argument, what was given and what is allowed. It is also a
    ``TypeError`` and a ``ValueError``, so the usual ``except`` clauses catch it.
    """
