"""The project's error classes.

Every error khabar raises on bad input is a :class:`KhabarError`, so a notebook or
script can catch them all with one ``except``. Each message names the file (and,
where it applies, the line or byte offset) and says what to do.
"""

from __future__ import annotations

import functools
import re
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
    "MalformedFileError",
    "OutputError",
    "SelectionError",
    "UnreadableFileError",
    "VisibleWarning",
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
        text = visible_message(where + message + (f" ({hint})" if hint else ""))
        self.message = text
        super().__init__(text)

    def _render_traceback_(self) -> list[str]:  # IPython: show the message, not a traceback
        return [f"{type(self).__name__}: {self.message}"]


#: How a code opens and closes (``⟨U+202E⟩``): the one notation of a character shown by
#: its code point, in messages (:func:`visible_message`) and in tables
#: (:func:`helpers.display.visible_controls`, :func:`helpers.display.shorten`).
CODE_OPEN, CODE_CLOSE = "⟨U+", "⟩"


def visible_message(text: str) -> str:
    """``text`` (a message for a terminal, a log or a notebook's error output) with the
    characters that would act instead of show written as codes ``⟨U+001B⟩``: C0 controls
    but the tab (ESC starts a terminal sequence that clears the screen or sets the
    window's title; CR rewrites the line; NUL), DEL, C1 controls, the bidi embeddings,
    overrides and isolates (:data:`helpers.charsets.BIDI_CONTROLS`: a U+202E in a file
    name drew the rest of the message backwards), the directional marks
    (:data:`helpers.charsets.DIRECTION_MARKS`: LRM, RLM, ALM) and the BOM U+FEFF. A
    message is one line: the line feed and the line and paragraph separators
    (U+2028, U+2029) are coded too, so a file name holding one cannot forge a second
    line (session 22, hostfix22a); khabar's own message text holds no line break.
    Every :class:`KhabarError` message and every ``KhabarWarning`` passes it, so a file
    name, id or value a message quotes from the data is shown, never obeyed (session
    22). Other text is unchanged (a ZWNJ, a letter joiner; a lone surrogate of an
    undecodable file name too: Python's stderr writes it as an escape). ``text`` must be
    a str; returns a str. ``"a\\nb\\u200fc"`` gives ``"a⟨U+000A⟩b⟨U+200F⟩c"``."""
    return _message_coded().sub(
        lambda m: f"{CODE_OPEN}{ord(m.group(0)):04X}{CODE_CLOSE}",
        text,
    )


@functools.cache
def _message_coded() -> re.Pattern:
    """The class of characters :func:`visible_message` writes as codes: C0 controls but
    the tab (so the line feed too), DEL, C1, U+2028, U+2029, the BOM,
    :data:`helpers.charsets.BIDI_CONTROLS` and :data:`helpers.charsets.DIRECTION_MARKS`
    (compiled on first use: :mod:`helpers.charsets` imports this module)."""
    from helpers.charsets import BIDI_CONTROLS, DIRECTION_MARKS

    return re.compile(
        f"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff{BIDI_CONTROLS}{DIRECTION_MARKS}]"
    )


class VisibleWarning(UserWarning):
    """The base of khabar's warnings (a :class:`UserWarning`): a str message passes
    :func:`visible_message`, so a file name's terminal escapes or bidi overrides that a
    warning quotes are shown as codes, not obeyed (session 22)."""

    def __init__(self, *args: object) -> None:
        if args and isinstance(args[0], str):
            args = (visible_message(args[0]), *args[1:])
        super().__init__(*args)


class CorpusNotFoundError(KhabarError, FileNotFoundError):
    """The corpus path does not exist, or a folder holds no corpus files."""


class UnreadableFileError(KhabarError, OSError):
    """A corpus path exists but cannot be read as a file: permissions, an I/O error, a
    symlink loop, or a device, FIFO or socket instead of a regular file."""


class OutputError(KhabarError, OSError):
    """An output file cannot be written: its folder is a file or read-only, the
    destination is a folder, the name is too long or holds a NUL character."""


class CorpusFormatError(KhabarError, ValueError):
    """A corpus file is not in a usable shape (missing columns, bad JSON...): the base of
    every bad-file error of the loader (:class:`DecodingError`, :class:`EmptyCorpusError`),
    so ``except CorpusFormatError`` catches each of them."""


class DecodingError(CorpusFormatError, UnicodeError):
    """A file's bytes cannot be decoded as text in any supported encoding. A
    :class:`CorpusFormatError` (a bad file, session 16) and a :class:`UnicodeError`."""


class EmptyCorpusError(CorpusFormatError):
    """A corpus file or folder holds no text to analyse."""


class GazetteerError(KhabarError, ValueError):
    """A gazetteer file is malformed (missing column, duplicate id, bad type)."""


class MalformedFileError(KhabarError, ValueError):
    """A file khabar reads back (a notebook of a previous run, a JSON record) is not
    what it should be: not UTF-8, not JSON (:func:`helpers.io.read_json`)."""


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


# --- hints: a setting as the user types it -------------------------------------------

__all__ += ["COMMAND_LINE_ENV", "setting"]

#: Set (to ``"1"``) by the main job's command line (``python -m helpers run``, what
#: ``make run`` calls) for itself and every process it starts (the corpus tables'
#: process, the kernels): a hint then names a setting as typed on the command line.
COMMAND_LINE_ENV = "KHABAR_COMMAND_LINE"
#: The settings a hint may name: Python name (a keyword argument or a notebook
#: parameter), command-line option, ``make`` variable.
_SETTINGS = {
    "fields": ("fields=", "--fields", "FIELDS"),
    "group_by": ("GROUP_BY = ", "--group-by", "GROUP_BY"),
}


def setting(name: str, value: object = None) -> str:
    """How the user gives the setting ``name`` (``"fields"``, ``"group_by"``) the value
    ``value``, in the syntax of where they work, for an error's hint. In Python (a
    notebook, a script): ``fields={"body": "content"}``, ``GROUP_BY = "outlet"``. Under
    the main job's command line (:data:`COMMAND_LINE_ENV` set): ``--fields '{"body":
    "content"}' (make: FIELDS='{"body": "content"}')``, ``--group-by outlet (make:
    GROUP_BY=outlet)``. A mapping or list is written as JSON (valid Python too); text
    quoted in Python, bare (or in single quotes when it holds a space or quote) on the
    command line. ``value`` None: the setting's name alone (``fields=``; ``--fields
    (make: FIELDS)``).

    Raises
    ------
    ArgumentError
        ``name`` is not a setting of :data:`_SETTINGS`.
    """
    import json
    import os
    import shlex

    if name not in _SETTINGS:
        raise ArgumentError(f"setting: name must be one of {sorted(_SETTINGS)}, got {shown(name)}")
    python, option, variable = _SETTINGS[name]
    text = None
    if value is not None:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if not os.environ.get(COMMAND_LINE_ENV):
        if text is None:
            return python.strip()
        return python + (json.dumps(value, ensure_ascii=False) if isinstance(value, str) else text)
    if text is None:
        return f"{option} (make: {variable})"
    typed = shlex.quote(text)
    return f"{option} {typed} (make: {variable}={typed})"


# --- argument checks: the one way a public function refuses an argument --------------

__all__ += [
    "check_choice",
    "check_flag",
    "check_path",
    "check_seconds",
    "check_table",
    "check_text",
    "check_whole",
    "shown",
    "visible_message",
]


class in_story:
    """Name the story (and zone) in an unexpected error raised inside the block.

    A :class:`KhabarError` already says what is wrong and passes unchanged; any other
    exception (a defect of khabar meeting text its rules did not foresee) gets a note,
    ``while reading story <id>, zone <zone>``, shown under its traceback (PEP 678
    ``add_note``), so the main job's log names the story to report. So does an
    :class:`ArgumentError`: raised while a story is read, it is one of khabar's own
    functions refusing what another passed it (a defect too, :func:`is_defect`).
    Re-raises the same exception object; an exception that is no :class:`Exception`
    (KeyboardInterrupt) passes unnoted. Use: ``with in_story(sid, zone): ...``.
    A class, not a ``contextlib.contextmanager`` generator: entered once per zone of
    every story, the generator's setup cost about 1 % of entity extraction (session 14).
    """

    __slots__ = ("story_id", "zone")

    def __init__(self, story_id: object, zone: object = None) -> None:
        self.story_id = story_id
        self.zone = zone

    def __enter__(self) -> None:
        return None

    def __exit__(self, typ, exc, tb) -> bool:
        if exc is None or not isinstance(exc, Exception):
            return False
        if isinstance(exc, KhabarError) and not isinstance(exc, ArgumentError):
            return False
        zone = self.zone
        where = f"story {self.story_id}" + (f", zone {zone}" if zone is not None else "")
        exc.add_note(f"{_IN_STORY} {where}")
        return False


#: How :func:`in_story`'s note opens.
_IN_STORY = "while reading"


def is_defect(exc: BaseException) -> bool:
    """Whether ``exc`` is a defect of khabar to report with its traceback, not bad input
    a message explains: any exception that is no :class:`KhabarError`, and any that
    :func:`in_story` noted (an :class:`ArgumentError` raised while a story was read)."""
    if not isinstance(exc, Exception):
        return False
    notes = getattr(exc, "__notes__", None) or ()
    return not isinstance(exc, KhabarError) or any(
        isinstance(n, str) and n.startswith(_IN_STORY + " story") for n in notes
    )


def shown(value: object, limit: int = 60) -> str:
    """How a refused value is named in a message: ``None``, ``5``, ``'bogus'`` as
    written; other values as their type and a cut repr (``list [1, 2]``)."""
    import reprlib

    if value is None or isinstance(value, bool | int | float | str):
        try:
            text = repr(value)
        except ValueError:  # an int of more than 4,300 digits (sys.int_info)
            text = f"<an int of {value.bit_length():,} bits>"
    else:  # nested containers are cut a few levels down: never a RecursionError
        short = reprlib.Repr()
        short.maxlevel, short.maxother, short.maxstring = 3, limit, limit
        try:
            text = short.repr(value)
        except (RecursionError, ValueError):
            text = object.__repr__(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    if value is None or isinstance(value, bool | int | float | str):
        return text
    return f"{type(value).__name__} {text}"


def check_path(value: object, func: str, name: str = "path", *, output: bool = False) -> Path:
    """``value`` as a :class:`~pathlib.Path` (``~`` expanded), or :class:`ArgumentError`:
    not a str or path-like, or holding a NUL character (an input path; for an output
    path, ``output=True``, the writer's :class:`OutputError` names the NUL)."""
    import os

    if isinstance(value, bytes | bytearray) or not isinstance(value, str | os.PathLike):
        raise ArgumentError(
            f"{func}: {name} must be a file or folder path (str or pathlib.Path), "
            f"got {shown(value)}"
        )
    text = os.fspath(value)
    if not isinstance(text, str):
        raise ArgumentError(
            f"{func}: {name} must be a file or folder path (str or pathlib.Path), "
            f"got {shown(value)}"
        )
    if "\x00" in text and not output:
        raise ArgumentError(
            f"{func}: {name} holds a NUL character, which no file name can: {shown(text)}"
        )
    return Path(text).expanduser()


def check_choice(value: object, choices: tuple, func: str, name: str) -> object:
    """``value`` when it is one of ``choices`` (compared with ``==``, same type), else
    :class:`ArgumentError` listing them."""
    for c in choices:
        if type(value) is type(c) and value == c:
            return value
    listed = ", ".join(map(repr, choices))
    raise ArgumentError(f"{func}: {name} must be one of {listed}, got {shown(value)}")


def check_seconds(value: object, func: str, name: str, *, infinite: bool = False) -> float:
    """``value`` as a float when it is a real number of seconds (int or float, not a
    bool), not NaN and not negative; infinity only with ``infinite=True`` (unknown).
    Else :class:`ArgumentError` naming ``func``, ``name`` and what was given."""
    import math
    from numbers import Real

    ok = isinstance(value, Real) and not isinstance(value, bool)
    if ok:
        value = float(value)
        ok = not math.isnan(value) and value >= 0 and (infinite or math.isfinite(value))
    if not ok:
        more = " or infinity (unknown)" if infinite else ""
        raise ArgumentError(
            f"{func}: {name} must be a number of seconds >= 0{more}, got {shown(value)}"
        )
    return value


def check_whole(
    value: object,
    func: str,
    name: str,
    minimum: int = 1,
    *,
    unit: str = "",
    none_ok: bool = False,
    hint: str | None = None,
) -> int | None:
    """``value`` as an int when it is a whole number (int or numpy integer, not a bool)
    >= ``minimum``; None as None when ``none_ok``. Else :class:`ArgumentError` naming
    ``func``, ``name`` and what was given, one message for the fault wherever it is
    checked: ``"keyness: min_count must be a whole number >= 1, got 0.5"`` (2.5, True,
    ``"3"``, -1 alike); ``unit`` names what is counted (``"concordance: window must be a
    whole number of tokens >= 0, got -1"``), ``none_ok`` adds ``" or None"`` to the
    message, ``hint`` is the error's hint. The one check of a whole-number argument."""
    import numbers

    if value is None and none_ok:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < minimum:
        of = f" of {unit}" if unit else ""
        alternative = " or None" if none_ok else ""
        raise ArgumentError(
            f"{func}: {name} must be a whole number{of} >= {minimum}{alternative}, "
            f"got {shown(value)}",
            hint=hint,
        )
    return int(value)


def check_flag(value: object, func: str, name: str) -> bool:
    """``value`` when it is True or False (a bool or numpy bool), else
    :class:`ArgumentError`: ``drop_stop="no"`` or ``drop_stop=0`` would otherwise be
    read by truth value (the string keeps stopwords dropped)."""
    import numpy as np

    if not isinstance(value, bool | np.bool_):
        raise ArgumentError(f"{func}: {name} must be True or False, got {shown(value)}")
    return bool(value)


def check_text(value: object, func: str, name: str, what: str = "a str") -> str:
    """``value`` when it is a str, else :class:`ArgumentError`."""
    if not isinstance(value, str):
        raise ArgumentError(f"{func}: {name} must be {what}, got {shown(value)}")
    return value


def check_table(
    value: object,
    func: str,
    name: str = "stories",
    columns: tuple[str, ...] = (),
    made_by: str = "helpers.corpus.load_corpus(path)",
):
    """``value`` when it is a DataFrame with ``columns``.

    Raises
    ------
    ArgumentError
        Not a DataFrame (the message names what was given and what makes the table).
    CorpusFormatError
        A DataFrame lacking some of ``columns`` (the message lists them and the
        columns it has).
    """
    import pandas as pd

    if not isinstance(value, pd.DataFrame):
        raise ArgumentError(
            f"{func}: {name} must be a table (pandas DataFrame), got {shown(value)}",
            hint=f"make it with {made_by}",
        )
    missing = [c for c in columns if c not in value.columns]
    if missing:
        raise CorpusFormatError(
            f"{func}: the {name} table lacks the column(s) {', '.join(missing)} (its columns: "
            f"{', '.join(map(str, value.columns[:20]))})",
            hint=f"make it with {made_by}",
        )
    return value


def check_names(value: object, allowed: tuple[str, ...], *, func: str, arg: str) -> tuple[str, ...]:
    """Validate a tuple of names (zones, types): a str is one name; every name allowed.

    The one check of a parameter that names zones or types (``ZONES``, ``COUNT_ZONES``:
    :func:`helpers.entities.extract_entities`, :func:`helpers.entities.entity_counts`,
    :func:`helpers.text.tokenize_zones`, :meth:`helpers.study.Study.counts`), so that
    papermill's ``-p ZONES body`` is the zone ``body`` everywhere, never the letters
    b, o, d, y (session 23: tokens and grouped entity counts came out empty). An
    empty tuple names nothing and is returned as such.

    Returns
    -------
    tuple of str
        The names, in the order given.

    Raises
    ------
    ArgumentError
        Naming ``func``, ``arg``, the bad value and the allowed names: ``value`` is not
        an iterable of names (a number, None, bytes, a dict), or a name is not allowed.
    """
    from collections.abc import Iterable

    if isinstance(value, str):
        value = (value,)
    if isinstance(value, (bytes, dict)) or not isinstance(value, Iterable):
        raise ArgumentError(
            f"{func}: {arg} must be a tuple of names from {', '.join(allowed)}; got "
            f"{type(value).__name__}",
            hint=f"for example {arg}={allowed[:2]!r}",
        )
    names = tuple(value)
    unknown = [n for n in names if not isinstance(n, str) or n not in allowed]
    if unknown:
        raise ArgumentError(
            f"{func}: unknown name(s) in {arg}: {', '.join(repr(u) for u in unknown)}; allowed: "
            f"{', '.join(allowed)}",
            hint=f"for example {arg}={allowed[:2]!r}",
        )
    return names
