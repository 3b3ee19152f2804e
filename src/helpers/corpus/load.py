"""Loading a corpus into the stories table, and the views later stages use.

``load_corpus`` reads a ``.txt`` file, a ``.csv`` or ``.jsonl`` file, or a folder of
them, and returns the **stories** table. ``iter_stories`` does the same one story at a
time, in memory that does not grow with the corpus (a scraped ``.txt`` file of any
size is read line by line; see :func:`helpers.corpus.decode.open_lines`), for corpora
too big to load at once. ``trace_lines`` says what became of every input line. ``zones``
turns stories into one row per text zone (title, caption, body) so later stages can
count by zone.
"""

from __future__ import annotations

import collections
import csv
import errno
import itertools
import json
import math
import os
import stat
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.charsets import ARABIC_LETTER_RE
from helpers.corpus.clean import LineCleaner
from helpers.corpus.decode import KhabarWarning, open_lines
from helpers.corpus.layout import LineRecord, parse_lines, split_lines
from helpers.errors import (
    CorpusFormatError,
    CorpusNotFoundError,
    EmptyCorpusError,
    KhabarError,
    UnreadableFileError,
)

__all__ = [
    "LINE_COLUMNS",
    "REPORT_COLUMNS",
    "STORY_COLUMNS",
    "ZONES",
    "LoadedFile",
    "corpus_files",
    "describe",
    "iter_files",
    "iter_stories",
    "load_corpus",
    "trace_lines",
    "zones",
]

SUFFIXES = (".txt", ".csv", ".jsonl")
STORY_COLUMNS = [
    "story_id",
    "title",
    "body",
    "paragraphs",
    "captions",
    "photo_credits",
    "source",
    "encoding",
    "layout",
    "repairs",
]
#: The cleaning report: the first four columns are the contract; ``action`` is
#: ``dropped`` (the line is in no story), ``repaired`` (kept after a repair; ``text``
#: holds the original, ``kept`` what was kept), ``flagged`` (kept as written, but
#: suspect, e.g. mojibake that could not be repaired) or ``skipped`` (an empty or
#: unreadable file in a folder: ``line`` 0, ``reason`` says why).
REPORT_COLUMNS = ["file", "line", "text", "reason", "action", "story_id", "kept"]
#: :func:`trace_lines`: one row per input line.
LINE_COLUMNS = ["file", "line", "story_id", "role", "reason", "text", "kept", "fixes"]
ZONES = ("title", "caption", "body")
# Arabic letters (not the Arabic comma, question mark or digits)
_ARABIC = ARABIC_LETTER_RE


@dataclass
class LoadedFile:
    """The stories and cleaning-report rows recovered from one file."""

    path: Path
    stories: list[dict]
    report: list[dict]
    encoding: str


@dataclass
class _Part:
    """A piece of a file's result: one story (or none), its report rows and line records."""

    path: Path
    encoding: str
    story: dict | None
    report: list[dict]
    records: list[LineRecord]


def _walk(folder: Path, top: bool = True) -> Iterator[Path]:
    """Corpus files under ``folder`` in sorted path order, found lazily.

    One folder's names are in memory at a time; hidden files and folders are skipped.
    Entries with a corpus suffix that are not readable regular files (a symlink loop, a
    dangling symlink, a FIFO or device) are yielded too: the loader skips them with a
    warning and a ``skipped`` report row (:func:`_unreadable`).
    """
    entries = []
    try:
        listing = os.scandir(folder)
    except OSError:
        if top:
            raise
        yield folder  # a sub-folder that cannot be listed: skipped and reported by the loader
        return
    with listing as it:
        for e in it:
            if e.name.startswith("."):
                continue
            try:
                # like Path.rglob: symlinked folders are not entered (no loops)
                is_dir = e.is_dir() and not e.is_symlink()
            except OSError:  # a symlink loop: not a folder to enter
                is_dir = False
            entries.append((e.name, is_dir))
    entries.sort()
    for name, is_dir in entries:
        if is_dir:
            yield from _walk(folder / name, top=False)
        elif name.lower().endswith(SUFFIXES):
            yield folder / name


def _unreadable(f: Path) -> str | None:
    """Why ``f`` cannot be read as a corpus file, or None when it can.

    Follows symlinks; opens the file and reads one byte, so a file without read
    permission or that fails with an I/O error (``/proc/self/mem``) is caught here.
    """
    try:
        st = f.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop"
        if isinstance(exc, FileNotFoundError):
            return "symlink to a missing file"
        return f"cannot be read ({exc.strerror})"
    if stat.S_ISDIR(st.st_mode):
        try:
            os.listdir(f)
        except OSError as exc:
            return f"folder cannot be read ({exc.strerror})"
        return "a symlinked folder or a folder with a corpus file suffix (not entered)"
    if not stat.S_ISREG(st.st_mode):
        kind = "FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "device or socket"
        return f"not a regular file but a {kind}"
    try:
        with open(f, "rb") as fh:
            fh.read(1)
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    return None


def _iter_corpus_files(path: str | Path) -> Iterator[Path]:
    """:func:`corpus_files`, lazily; the errors are raised before the first file."""
    p = Path(path).expanduser()
    if str(path).strip() == "":
        raise CorpusNotFoundError(
            "the corpus path is empty", path=".", hint="set CORPUS to a file or folder"
        )
    if not p.exists():
        why = _unreadable(p) if p.is_symlink() else None
        if why == "symlink loop":
            raise UnreadableFileError(why, path=p, hint=_HINT_UNREADABLE)
        raise CorpusNotFoundError(
            why or "no such file or folder", path=p, hint="check the CORPUS parameter or path"
        )
    if not p.is_dir():
        why = _unreadable(p)
        if why and why.startswith("not a regular file"):
            raise UnreadableFileError(why, path=p, hint=_HINT_UNREADABLE)
        if p.suffix.lower() not in SUFFIXES:
            raise CorpusFormatError(
                f"unsupported file type {p.suffix or '(none)'}",
                path=p,
                hint="use .txt, .csv or .jsonl",
            )
        why = _unreadable(p)
        if why:
            raise UnreadableFileError(why, path=p, hint=_HINT_UNREADABLE)
        yield p
        return
    try:
        files = _walk(p)
        first = next(files, None)
    except OSError as exc:
        raise UnreadableFileError(
            f"folder cannot be read ({exc.strerror})", path=p, hint=_HINT_UNREADABLE
        ) from None
    if first is None:
        raise CorpusNotFoundError(
            "folder holds no .txt, .csv or .jsonl files", path=p, hint="point to your corpus files"
        )
    yield first
    yield from files


_HINT_UNREADABLE = "give a readable .txt, .csv or .jsonl file, or remove it from the corpus"


def corpus_files(path: str | Path) -> list[Path]:
    """The corpus files ``load_corpus(path)`` reads, in the order it reads them.

    ``~`` is expanded. A file is returned as is (it must end in .txt, .csv or .jsonl).
    A folder is searched recursively for those suffixes, skipping hidden files and
    folders, sorted by path (the loader itself walks the folder lazily in that order).

    Raises
    ------
    CorpusNotFoundError
        The path does not exist, or a folder holds no corpus files.
    CorpusFormatError
        A file with an unsupported suffix.
    UnreadableFileError
        A file given on its own that cannot be read (permissions, I/O error, symlink
        loop, FIFO or device). Inside a folder such files are listed; the loader skips
        them.
    """
    return list(_iter_corpus_files(path))


def _story_prefix(f: Path, root: Path, cache: dict[Path, frozenset[str]]) -> str:
    """The story id prefix of ``f``: its path under ``root`` without the suffix.

    When two corpus files in one folder share a stem (``a.txt`` and ``a.csv``), the
    suffix is kept (``a.txt``, ``a.csv``) so generated ids are unique by construction;
    other ids are unchanged. Bytes of the file name that are not UTF-8 are written as
    ``\\xff`` escapes, so the id is valid text.
    """
    rel = f.relative_to(root) if f != root and root.is_dir() else Path(f.name)
    if f.parent not in cache:
        cache.clear()  # folders are walked one after the other
        cache[f.parent] = _shared_stems(f.parent)
    if f != root and f.name.lower().rsplit(".", 1)[0] in cache[f.parent]:
        prefix = rel.as_posix()
    else:
        prefix = rel.with_suffix("").as_posix()
    return os.fsencode(prefix).decode("utf-8", "backslashreplace")


def _shared_stems(folder: Path) -> frozenset[str]:
    """Stems (lower case) that more than one corpus file in ``folder`` has."""
    try:
        names = [n.lower() for n in os.listdir(folder) if n.lower().endswith(SUFFIXES)]
    except OSError:
        return frozenset()
    counts = collections.Counter(n.rsplit(".", 1)[0] for n in names)
    return frozenset(s for s, k in counts.items() if k > 1)


def _action(fixes: Iterable[str]) -> str:
    """``flagged`` when a line was only flagged (kept as written), else ``repaired``."""
    return "flagged" if all(f.startswith("flagged") for f in fixes) else "repaired"


def _report_rows(f: Path, records: list[LineRecord], story_id: str) -> list[dict]:
    rows = []
    for r in records:
        if r.role == "dropped":
            rows.append(
                {
                    "file": str(f),
                    "line": r.line,
                    "text": r.text,
                    "reason": r.reason,
                    "action": "dropped",
                    "story_id": story_id,
                    "kept": "",
                }
            )
        elif r.fixes:
            rows.append(
                {
                    "file": str(f),
                    "line": r.line,
                    "text": r.text,
                    "reason": "; ".join(r.fixes),
                    "action": _action(r.fixes),
                    "story_id": story_id,
                    "kept": r.kept,
                }
            )
    return rows


def _repairs(records: list[LineRecord]) -> list[str]:
    out: list[str] = []
    for r in records:
        for fix in r.fixes:
            if fix not in out:
                out.append(fix)
    return out


def _file_warnings(f: Path, arabic: bool, repaired: dict[str, int]) -> None:
    if not arabic:
        warnings.warn(f"{f}: holds no Arabic text", KhabarWarning, stacklevel=5)
    if repaired:
        what = ", ".join(f"{k} ({n} lines)" for k, n in repaired.items())
        warnings.warn(
            f"{f}: lines repaired: {what}; see the cleaning report (action 'repaired')",
            KhabarWarning,
            stacklevel=5,
        )


def _iter_txt(f: Path, prefix: str, errors: str, on_bytes) -> Iterator[_Part]:
    encoding, lines = open_lines(f, errors=errors)

    def counted():
        for line in lines:
            on_bytes(len(line) + 1)
            yield line

    n = 0
    arabic = False
    repaired: dict[str, int] = {}
    for layout, st, records in parse_lines(counted()):
        for r in records:
            for fix in r.fixes:
                repaired[fix] = repaired.get(fix, 0) + 1
        if st is None:
            yield _Part(f, encoding, None, _report_rows(f, records, ""), records)
            continue
        n += 1
        sid = f"{prefix}-{n:02d}"
        arabic = arabic or bool(
            _ARABIC.search(st.title) or any(_ARABIC.search(p) for p in st.paragraphs)
        )
        story = {
            "story_id": sid,
            "title": st.title,
            "body": "\n\n".join(st.paragraphs),
            "paragraphs": st.paragraphs,
            "captions": st.captions,
            "photo_credits": st.photo_credits,
            "source": str(f),
            "encoding": encoding,
            "layout": layout,
            "repairs": _repairs(records),
        }
        yield _Part(f, encoding, story, _report_rows(f, records, sid), records)
    if n == 0:
        raise EmptyCorpusError(
            "file is empty (no text after decoding and cleaning)",
            path=f,
            hint="remove the file or check that it holds the story text",
        )
    _file_warnings(f, arabic, repaired)


def _field(row: dict, names: Iterable[str]) -> str | None:
    lower = {str(k).strip().lower(): v for k, v in row.items()}
    for n in names:
        if n in lower and lower[n] is not None:
            return lower[n]
    return None


def _table_rows(f: Path, lines: Iterator[str]) -> Iterator[tuple[int, dict]]:
    """Records of a CSV or JSONL file, with the line each starts on, read as a stream."""
    if f.suffix.lower() == ".csv":
        lines = iter(lines)
        first = next((ln for ln in lines if ln.strip()), None)
        if first is None:
            raise EmptyCorpusError(
                "file is empty (no text after decoding)",
                path=f,
                hint="remove the file or check that it holds the stories",
            )
        reader = csv.DictReader(ln + "\n" for ln in itertools.chain([first], lines))
        names = [str(c).strip().lower() for c in (reader.fieldnames or [])]
        repeated = sorted({c for c in names if c and names.count(c) > 1})
        if repeated:
            raise CorpusFormatError(
                f"CSV header repeats the column(s) {', '.join(repeated)} "
                "(names are compared ignoring case and spaces)",
                path=f,
                line=1,
                hint="give every column its own name",
            )
        fields = set(names)
        missing = {"title", "body"} - fields
        if missing:
            raise CorpusFormatError(
                f"CSV has no {' or '.join(sorted(missing))} column "
                f"(columns found: {', '.join(reader.fieldnames or []) or 'none'})",
                path=f,
                line=1,
                hint="name the columns title and body",
            )
        csv.field_size_limit(2**31 - 1)  # a 5 MB body is a field like any other
        start = reader.line_num + 1
        try:
            for row in reader:
                extra = row.pop(None, None)  # cells beyond the header (DictReader's restkey)
                if extra and any(str(c).strip() for c in extra):
                    raise CorpusFormatError(
                        f"row has {len(reader.fieldnames) + len(extra)} fields but the header "
                        f"has {len(reader.fieldnames)} columns",
                        path=f,
                        line=start,
                        hint='quote cells that hold commas ("...") or add the missing columns',
                    )
                yield start, row
                start = reader.line_num + 1
        except csv.Error as exc:
            raise CorpusFormatError(
                f"CSV cannot be parsed ({exc})",
                path=f,
                line=reader.line_num,
                hint="check the quoting on that line",
            ) from None
    else:
        for i, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
            except _JSONValueError as exc:
                raise CorpusFormatError(str(exc), path=f, line=i, hint=exc.hint) from None
            except (json.JSONDecodeError, RecursionError) as exc:
                msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                raise CorpusFormatError(
                    f"not valid JSON ({msg})", path=f, line=i, hint="one JSON object per line"
                ) from None
            except ValueError as exc:  # an integer over Python's 4,300-digit limit
                raise CorpusFormatError(
                    f"holds a number too long to read ({exc})".split(":")[0] + ")",
                    path=f,
                    line=i,
                    hint="give long numbers as strings",
                ) from None
            if not isinstance(row, dict):
                raise CorpusFormatError(
                    "line is not a JSON object", path=f, line=i, hint="one JSON object per line"
                )
            yield i, row


class _JSONValueError(ValueError):
    """A JSON line that parses but is refused (duplicate key, NaN/Infinity)."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """``object_pairs_hook``: refuse a key given twice (ignoring case and spaces)."""
    seen: dict[str, str] = {}
    for k, _ in pairs:
        key = k.strip().lower()
        if key in seen:
            both = repr(k) if seen[key] == k else f"{seen[key]!r} and {k!r}"
            raise _JSONValueError(
                f"JSON object gives the key {both} twice (keys are compared ignoring case)",
                hint="keep one of them",
            )
        seen[key] = k
    return dict(pairs)


def _no_constant(name: str) -> object:
    """``parse_constant``: NaN, Infinity and -Infinity are not JSON (RFC 8259, section 6)."""
    raise _JSONValueError(
        f"{name} is not a JSON value (RFC 8259)", hint="give text as strings, missing as null"
    )


def _as_text(value: object, f: Path, line: int, name: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    raise CorpusFormatError(
        f"field {name!r} is a {type(value).__name__}, not text",
        path=f,
        line=line,
        hint=f"give {name} as a string",
    )


def _clean_field(
    text: str, f: Path, line: int, sid: str, report: list[dict], fixes: list[str]
) -> list[str]:
    """Clean a CSV/JSONL field line by line; dropped/repaired lines go to ``report``."""
    cleaner = LineCleaner()
    kept = []
    for raw in split_lines(text):
        c = cleaner(raw)
        for fix in c.fixes:
            if fix not in fixes:
                fixes.append(fix)
        if c.drop:
            report.append(
                {
                    "file": str(f),
                    "line": line,
                    "text": raw,
                    "reason": c.drop,
                    "action": "dropped",
                    "story_id": sid,
                    "kept": "",
                }
            )
            continue
        if c.fixes:
            report.append(
                {
                    "file": str(f),
                    "line": line,
                    "text": raw,
                    "reason": "; ".join(c.fixes),
                    "action": _action(c.fixes),
                    "story_id": sid,
                    "kept": c.text,
                }
            )
        if c.text:
            kept.append(c.text)
    return kept


def _iter_table(f: Path, prefix: str, errors: str, on_bytes) -> Iterator[_Part]:
    encoding, lines = open_lines(f, errors=errors)
    seen_text = False

    def counted():
        nonlocal seen_text
        for line in lines:
            on_bytes(len(line) + 1)
            seen_text = seen_text or bool(line.strip())
            yield line

    n = 0
    for n, (line, row) in enumerate(_table_rows(f, counted()), start=1):
        title, body = _field(row, ["title"]), _field(row, ["body"])
        if title is None or body is None:
            raise CorpusFormatError(
                "record has no title or body field", path=f, line=line, hint="give both fields"
            )
        sid = _field(row, ["story_id", "id"])
        if sid is not None and (not isinstance(sid, str | int) or isinstance(sid, bool)):
            raise CorpusFormatError(
                f"the id is a {type(sid).__name__} ({json.dumps(sid)[:40]}), not text or "
                "a whole number",
                path=f,
                line=line,
                hint="give ids as strings",
            )
        sid = str(sid) if sid not in (None, "") else f"{prefix}-{n:02d}"
        report: list[dict] = []
        fixes: list[str] = []
        title_lines = _clean_field(_as_text(title, f, line, "title"), f, line, sid, report, fixes)
        paragraphs = _clean_field(_as_text(body, f, line, "body"), f, line, sid, report, fixes)
        captions = _field(row, ["captions", "caption"]) or []
        if isinstance(captions, str):
            captions = [captions]
        if not isinstance(captions, list):
            captions = [_as_text(captions, f, line, "captions")]
        caption_lines: list[str] = []
        for c in captions:
            caption_lines.extend(
                _clean_field(_as_text(c, f, line, "captions"), f, line, sid, report, fixes)
            )
        story = {
            "story_id": sid,
            "title": " ".join(title_lines),
            "body": "\n\n".join(paragraphs),
            "paragraphs": paragraphs,
            "captions": caption_lines,
            "photo_credits": [],
            "source": str(f),
            "encoding": encoding,
            "layout": "table",
            "repairs": fixes,
        }
        yield _Part(f, encoding, story, report, [])
    if n == 0 and not seen_text:
        raise EmptyCorpusError(
            "file is empty (no text after decoding)",
            path=f,
            hint="remove the file or check that it holds the stories",
        )
    if n == 0:
        raise EmptyCorpusError("holds no records", path=f, hint="add rows below the header")


def _progress(path: Path, progress: bool | None):
    """A tqdm bar over the corpus bytes; shown for big corpora or when asked.

    A widget in Jupyter when ipywidgets is installed, else a text bar on stderr (tqdm.auto
    without ipywidgets would print a TqdmWarning into the notebook).
    """
    import importlib.util

    if importlib.util.find_spec("ipywidgets") is not None:
        from tqdm.auto import tqdm
    else:
        from tqdm.std import tqdm

    if progress is False:
        return tqdm(disable=True)
    n = total = 0
    for f in _iter_corpus_files(path):  # a second lazy walk: sizes, nothing kept
        n += 1
        total += _size(f)
    show = progress if progress is not None else (n > 1000 or total > 100 * 2**20)
    return tqdm(total=total, unit="B", unit_scale=True, desc="reading corpus", disable=not show)


def _size(f: Path) -> int:
    try:
        return f.stat().st_size
    except OSError:
        return 0


def _skipped(f: Path, reason: str) -> _Part:
    """A file in a folder that is left out: a warning and a ``skipped`` report row."""
    warnings.warn(f"skipped: {f}: {reason}", KhabarWarning, stacklevel=4)
    row = {
        "file": str(f),
        "line": 0,
        "text": "",
        "reason": reason,
        "action": "skipped",
        "story_id": "",
        "kept": "",
    }
    return _Part(f, "", None, [row], [])


class _Meter:
    """Moves the bar by characters read (roughly bytes) and to the file's size at its end."""

    def __init__(self, bar, size: int) -> None:
        self.bar, self.size, self.shown = bar, size, 0

    def __call__(self, n: int) -> None:
        n = min(n, self.size - self.shown)
        if n > 0:
            self.shown += n
            self.bar.update(n)

    def done(self) -> None:
        self(self.size - self.shown)


def _iter_parts(path: str | Path, errors: str, progress: bool | None) -> Iterator[_Part]:
    if isinstance(path, str) and not path.strip():
        raise CorpusNotFoundError(
            "the corpus path is empty", path=".", hint="set CORPUS to a file or folder"
        )
    root = Path(path).expanduser()
    files = _iter_corpus_files(root)
    first = next(files)  # raises the not-found errors before any bar is drawn
    single = not root.is_dir()
    bar = _progress(root, progress)
    stems: dict[Path, frozenset[str]] = {}
    try:
        for f in itertools.chain([first], files):
            if not single:
                why = _unreadable(f)
                if why:
                    yield _skipped(f, why)
                    continue
            prefix = _story_prefix(f, root, stems)
            reader = _iter_txt if f.suffix.lower() == ".txt" else _iter_table
            meter = _Meter(bar, _size(f))
            try:
                yield from reader(f, prefix, errors, meter)
            except EmptyCorpusError:
                if single:
                    raise
                yield _skipped(f, "empty file")
            except OSError as exc:
                if isinstance(exc, KhabarError):
                    raise
                raise UnreadableFileError(
                    f"cannot be read ({exc.strerror or exc})", path=f, hint=_HINT_UNREADABLE
                ) from None
            finally:
                meter.done()
    finally:
        bar.close()


def iter_files(
    path: str | Path, *, errors: str = "strict", progress: bool | None = None
) -> Iterator[LoadedFile]:
    """Yield one :class:`LoadedFile` per corpus file, holding one file's stories in memory.

    Parameters are those of :func:`load_corpus`. Per-file work is stateless, so the
    result for a file does not depend on the others. An empty file in a folder is
    skipped with a warning and a ``skipped`` row in its report.
    """
    current: LoadedFile | None = None
    for part in _iter_parts(path, errors, progress):
        if current is None or current.path != part.path:
            if current is not None:
                yield current
            current = LoadedFile(part.path, [], [], part.encoding)
        if part.story is not None:
            current.stories.append(part.story)
        current.report.extend(part.report)
    if current is not None:
        yield current


def iter_stories(
    path: str | Path, *, errors: str = "strict", progress: bool | None = None
) -> Iterator[dict]:
    """Yield stories one at a time as dicts with the :data:`STORY_COLUMNS` keys.

    Memory holds one story of a scraped ``.txt`` file (and the next one's header), one
    CSV/JSONL record, or one ``plain`` file (a single story), whatever the size of the
    corpus; files are found lazily and read line by line. Parameters
    and errors are those of :func:`load_corpus`.
    """
    for part in _iter_parts(path, errors, progress):
        if part.story is not None:
            yield part.story


def trace_lines(path: str | Path, *, errors: str = "strict") -> pd.DataFrame:
    """What became of every line of every ``.txt`` file of the corpus.

    Returns
    -------
    DataFrame
        One row per input line, columns :data:`LINE_COLUMNS`: ``file`` (str), ``line``
        (int64, 1-based), ``story_id`` (str, ``""`` for lines before the first story),
        ``role`` (``title``, ``caption``, ``credit``, ``body``, ``blank``, ``dropped``), ``reason``
        (why a line was dropped, else ``""``), ``text`` (the line as decoded), ``kept``
        (the cleaned, stripped text the layout parser used), ``fixes`` (str,
        ``"; "``-joined repairs). A caption line's trailing credit goes to the story's
        ``photo_credits``. CSV/JSONL records have no lines here (their repairs are in
        the cleaning report).

    Raises
    ------
    As :func:`load_corpus`.
    """
    rows = []
    for part in _iter_parts(path, errors, False):
        sid = part.story["story_id"] if part.story else ""
        for r in part.records:
            rows.append(
                (str(part.path), r.line, sid, r.role, r.reason, r.text, r.kept, "; ".join(r.fixes))
            )
    return pd.DataFrame(rows, columns=LINE_COLUMNS).astype({"line": "int64"})


def load_corpus(
    path: str | Path,
    *,
    errors: str = "strict",
    return_report: bool = False,
    progress: bool | None = None,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Load a corpus into the stories table.

    Every line is cleaned first (:mod:`helpers.corpus.clean`: mojibake repaired, HTML
    tags removed and entities decoded, control and bidi-override characters removed,
    navigation boilerplate dropped); each change is listed in the cleaning report with
    the original line.

    Parameters
    ----------
    path : str or Path
        A ``.txt`` file, a ``.csv`` or ``.jsonl`` file with ``title`` and ``body`` fields
        (optional ``id`` or ``story_id``, optional ``captions``), or a folder searched
        recursively for such files.
    errors : {"strict", "replace"}
        What to do with bytes that decode in no supported encoding (see
        :func:`helpers.corpus.decode.decode_bytes`).
    return_report : bool
        Also return the cleaning report.
    progress : bool or None
        Show a progress bar (tqdm) over the corpus bytes; ``None`` shows it for more
        than 1,000 files or 100 MB.

    Returns
    -------
    stories : DataFrame
        One row per story, columns :data:`STORY_COLUMNS`: ``story_id`` (str, stable
        across runs: ``<file path without suffix>-<NN>``, or the file's own id column;
        when files of one folder share a stem, ``a.txt`` and ``a.csv``, the suffix is
        kept: ``a.txt-01``, ``a.csv-01``; file-name bytes that are not UTF-8 appear as
        ``\\xff`` escapes),
        ``title`` (str), ``body`` (str, paragraphs joined with ``"\\n\\n"``),
        ``paragraphs``, ``captions``, ``photo_credits`` (lists of str; credits mapped to
        standard agency names, ``"archive"`` for archive photos), ``source`` (str path),
        ``encoding`` (codec the file was decoded with), ``layout`` (``"asharq"``,
        ``"plain"`` or ``"table"``), ``repairs`` (list of str: the cleaning repairs made
        in the story's lines, e.g. ``"HTML removed or decoded"``).
    report : DataFrame, only with ``return_report=True``
        The cleaning report, columns :data:`REPORT_COLUMNS`: ``file`` (str), ``line``
        (int64, 1-based; 0 for a whole file), ``text`` (str, the original line),
        ``reason`` (str, e.g. ``"duplicate title"``, ``"logo artefact (TT)"``,
        ``"navigation boilerplate"``, or the repairs made), ``action`` (``dropped``,
        ``repaired``, ``flagged``, ``skipped``), ``story_id`` (str, ``""`` outside
        stories), ``kept`` (str, the text kept after a repair).

    Raises
    ------
    CorpusNotFoundError
        Missing path; folder without corpus files.
    EmptyCorpusError
        An empty file given on its own, or no story found at all. (An empty file in a
        folder is skipped with a warning and a ``skipped`` report row.)
    DecodingError
        Undecodable bytes (file and byte offset named) with ``errors="strict"``.
    UnreadableFileError
        A file given on its own that cannot be read: no permission, an I/O error, a
        symlink loop, a FIFO or device. (Inside a folder such a file is skipped with a
        warning and a ``skipped`` report row giving the reason, as an empty file is.)
    CorpusFormatError
        A CSV/JSONL file without title and body fields, invalid JSON or CSV, a field
        that is not text, unsupported suffix, duplicate story ids; a CSV header that
        repeats a column name (``Title`` and ``title`` count as one), a CSV row with
        more non-empty cells than the header has columns (empty trailing cells are
        ignored); a JSON object that repeats a key, ``NaN``/``Infinity`` (not JSON,
        RFC 8259), an integer over 4,300 digits, an ``id`` that is not a string or
        whole number. Numbers as title/body/captions are kept as written (``12``,
        ``3.5``); the message names the file and line.

    Warns
    -----
    KhabarWarning
        A file decoded from a legacy code page or UTF-16 without BOM, bytes replaced,
        lines repaired, a file with no Arabic, an empty file skipped.
    """
    stories: list[dict] = []
    report: list[dict] = []
    for part in _iter_parts(path, errors, progress):
        if part.story is not None:
            stories.append(part.story)
        report.extend(part.report)
    if not stories:
        raise EmptyCorpusError("no story found", path=path, hint="check the files hold text")
    table = pd.DataFrame(stories, columns=STORY_COLUMNS)
    dupes = table["story_id"][table["story_id"].duplicated()]
    if len(dupes):
        raise CorpusFormatError(
            f"story ids are not unique: {', '.join(map(str, dupes.unique()[:5]))}",
            path=path,
            hint="give every record its own id",
        )
    if return_report:
        rep = pd.DataFrame(report, columns=REPORT_COLUMNS).astype({"line": "int64"})
        return table, rep
    return table


def zones(stories: pd.DataFrame, include: Iterable[str] = ZONES) -> pd.DataFrame:
    """One row per story and text zone.

    Parameters
    ----------
    stories : DataFrame
        The stories table of :func:`load_corpus`.
    include : iterable of {"title", "caption", "body"}
        Zones to return, always in the order title, caption, body.

    Returns
    -------
    DataFrame
        Columns ``story_id`` (str), ``zone`` (str), ``text`` (str): the title; the
        captions joined with ``"\\n"``; the body (paragraphs joined with ``"\\n\\n"``).
        Stories without captions have no caption row. Offsets of later tables
        (tokens, mentions, quotes) index into this ``text``.

    Raises
    ------
    ValueError
        An unknown zone name.
    """
    want = list(include)
    unknown = set(want) - set(ZONES)
    if unknown:
        raise ValueError(f"unknown zone(s) {sorted(unknown)}; choose from {ZONES}")
    rows = []
    for st in stories.itertuples(index=False):
        texts = {"title": st.title, "caption": "\n".join(st.captions), "body": st.body}
        for z in ZONES:
            if z in want and texts[z]:
                rows.append((st.story_id, z, texts[z]))
    return pd.DataFrame(rows, columns=["story_id", "zone", "text"])


def describe(stories: pd.DataFrame) -> pd.DataFrame:
    """A per-story overview of the stories table, for a first look.

    Returns
    -------
    DataFrame
        ``story_id`` (str), ``title`` (str), ``paragraphs``, ``captions`` (int64 counts),
        ``photo_credits`` (str, ``", "``-joined), ``characters`` (int64, title + captions +
        body), ``encoding`` (str), ``source`` (str).
    """
    return pd.DataFrame(
        {
            "story_id": stories["story_id"],
            "title": stories["title"],
            "paragraphs": stories["paragraphs"].map(len).astype("int64"),
            "captions": stories["captions"].map(len).astype("int64"),
            "photo_credits": stories["photo_credits"].map(", ".join),
            "characters": (
                stories["title"].str.len()
                + stories["captions"].map(lambda c: sum(map(len, c)))
                + stories["body"].str.len()
            ).astype("int64"),
            "encoding": stories["encoding"],
            "source": stories["source"],
        }
    )
