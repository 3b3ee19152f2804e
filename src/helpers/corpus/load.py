"""Loading a corpus into the stories table, and the views later stages use.

``load_corpus`` reads a ``.txt`` file, a ``.csv``, ``.jsonl`` or ``.json`` file, a ``.zip``
of them, or a folder of them, and returns the **stories** table (with every metadata
field of the records as a column). ``iter_stories`` does the same one story at a
time, in memory that does not grow with the corpus (a scraped ``.txt`` file of any
size is read line by line; see :func:`helpers.corpus.decode.open_lines`), for corpora
too big to load at once. ``trace_lines`` says what became of every input line. ``zones``
turns stories into one row per text zone (title, caption, body) so later stages can
count by zone.
"""

from __future__ import annotations

import collections
import errno
import itertools
import json
import math
import os
import stat
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.charsets import ARABIC_LETTER_RE, WITHOUT_INVISIBLE, nfc
from helpers.corpus.boilerplate import remove_boilerplate
from helpers.corpus.clean import (
    LineCleaner,
    fix_name,
    is_navigation,
    needs_repair,
    strip_controls,
)
from helpers.corpus.dates import implausible_story_date, parse_date
from helpers.corpus.decode import (
    KhabarWarning,
    _lines_from_chunks,
    decode_stream,
    open_chunks,
    open_lines,
)
from helpers.corpus.duplicates import (
    check_duplicates,
    drop_duplicates,
    find_duplicates,
    story_hashes,
)
from helpers.corpus.layout import LineRecord, parse_lines, split_lines
from helpers.corpus.records import FieldMap, table_rows
from helpers.errors import (
    ArgumentError,
    CorpusFormatError,
    CorpusNotFoundError,
    EmptyCorpusError,
    KhabarError,
    OutputError,
    UnreadableFileError,
    check_choice,
    check_path,
    check_table,
    check_whole,
    setting,
    shown,
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
    "load_file",
    "trace_lines",
    "zones",
]

#: Files a corpus folder is searched for; the first four may also be members of a .zip.
SUFFIXES = (".txt", ".csv", ".jsonl", ".json", ".zip")
MEMBER_SUFFIXES = (".txt", ".csv", ".jsonl", ".json")
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
    para_lines: list[int] | None = None  # the line of each body paragraph
    line: int | None = None  # the line the story starts at (a record's line in a table)


def _walk(folder: Path, top: bool = True) -> Iterator[Path]:
    """Corpus files under ``folder`` in sorted path order, found lazily.

    One folder's names are in memory at a time; hidden files and folders are skipped.
    Entries with a corpus suffix that are not readable regular files (a symlink loop, a
    dangling symlink, a FIFO or device) are yielded too: the loader skips them with a
    warning and a ``skipped`` report row (:func:`_unreadable`), and so are names whose
    corpus suffix is followed by spaces (``"a.txt "``, :func:`_file_parts`).
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
        elif name.rstrip().lower().endswith(SUFFIXES):
            yield folder / name  # «a.txt »: yielded, to be left out with a reason


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
                hint="use .txt, .csv, .jsonl, .json or .zip",
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
            "folder holds no .txt, .csv, .jsonl, .json or .zip files",
            path=p,
            hint="point to your corpus files",
        )
    yield first
    yield from files


_HINT_UNREADABLE = "give a readable corpus file, or remove it from the corpus"


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
    check_path(path, "corpus_files")
    return list(_iter_corpus_files(path))


def check_outputs_outside(corpus: str | Path, outputs: dict[str, str | Path]) -> None:
    """Refuse output folders inside a corpus folder, before anything is written.

    A folder corpus is searched recursively (:func:`corpus_files`), so tables, exports
    or a cache written inside it would be read as stories by the next run on it (its
    ``stories.csv`` repeats every story id). ``corpus`` a file (or a ``.zip``) has no
    inside: nothing is refused. Paths are compared resolved (``~``, ``..`` and
    symbolic links followed; an output folder need not exist yet).

    Parameters
    ----------
    corpus : str or Path
        The corpus path.
    outputs : dict of str to str or Path
        How each output folder is named to the user (``"--processed"``,
        ``"PROCESSED"``) to its path.

    Raises
    ------
    helpers.errors.OutputError
        An output folder is the corpus folder or inside it; the message names the
        option, the output folder and the corpus folder.
    """
    root = Path(corpus).expanduser()
    if not root.is_dir():
        return
    root = root.resolve()
    for option, folder in outputs.items():
        out = Path(folder).expanduser().resolve()
        if out == root or out.is_relative_to(root):
            raise OutputError(
                f"{option} {out} is inside the corpus folder {root}: the run's files "
                "would become part of the corpus, and the next run on it would read "
                "them as stories",
                hint="choose an output folder outside the corpus folder",
            )


def _story_prefix(f: Path, root: Path, cache: dict[Path, frozenset[str]]) -> str:
    """The story id prefix of ``f``: its path under ``root`` without the suffix.

    The suffix is kept (so generated ids are unique by construction; other ids are
    unchanged) when two corpus files in one folder share a stem (``a.txt`` and
    ``a.csv`` give ``a.txt``, ``a.csv``), and for a ``.zip`` beside a folder of the same
    name (``a.zip`` holding ``x.txt`` and the folder ``a/`` holding ``x.txt`` would both
    give ``a/x-01``: the zip's is ``a.zip/x-01``). Bytes of the file name that are not
    UTF-8 are written as ``\\xff`` escapes, so the id is valid text.
    """
    rel = f.relative_to(root) if f != root and root.is_dir() else Path(f.name)
    if f.parent not in cache:
        cache.clear()  # folders are walked one after the other
        cache[f.parent] = _suffix_kept(f.parent)
    if f != root and f.name.lower() in cache[f.parent]:
        prefix = rel.as_posix()
    else:
        prefix = rel.with_suffix("").as_posix()
    return os.fsencode(prefix).decode("utf-8", "backslashreplace")


def _stem(name: str) -> str:
    return name.lower().rsplit(".", 1)[0]


def _clashing(names: Iterable[str], folders: Iterable[str] = ()) -> frozenset[str]:
    """Names (lower case) whose id prefix keeps the suffix: corpus files sharing a stem
    with another corpus file, and ``.zip`` files named like a folder beside them."""
    names = [n.lower() for n in names]
    counts = collections.Counter(_stem(n) for n in names)
    dirs = {d.lower() for d in folders}
    return frozenset(
        n for n in names if counts[_stem(n)] > 1 or (n.endswith(".zip") and _stem(n) in dirs)
    )


def _suffix_kept(folder: Path) -> frozenset[str]:
    """:func:`_clashing` of the corpus files and sub-folders of ``folder``."""
    try:
        with os.scandir(folder) as it:
            entries = [(e.name, _is_dir(e)) for e in it]
    except OSError:
        return frozenset()
    return _clashing(
        (n for n, d in entries if not d and n.lower().endswith(SUFFIXES)),
        (n for n, d in entries if d),
    )


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


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
        for fix in map(fix_name, r.fixes):
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


@dataclass
class _Source:
    """One corpus file to read: a file on disk, or a member of a ``.zip``.

    ``path`` is what the stories table's ``source`` and the report's ``file`` show
    (``corpus/2015-07-21.zip/2015-07-21.json`` for a member), ``prefix`` the story id
    prefix, ``group`` the first-level sub-folder (``group_from="folder"``).
    """

    path: Path
    prefix: str
    group: str = ""
    member: tuple | None = None  # (ZipFile, ZipInfo) of a .zip member

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()

    def lines(self, errors: str) -> tuple[str, Iterator[str]]:
        if self.member is None:
            return open_lines(self.path, errors=errors)
        enc, chunks = self.chunks(errors)
        return enc, _lines_from_chunks(chunks)

    def chunks(self, errors: str) -> tuple[str, Iterator[str]]:
        if self.member is None:
            return open_chunks(self.path, errors=errors)
        zf, info = self.member
        return decode_stream(zf.open(info), self.path, info.file_size, errors=errors)


def _iter_txt(src: _Source, errors: str, on_bytes, ctx: _Context) -> Iterator[_Part]:
    f = src.path
    encoding, lines = src.lines(errors)

    def counted():
        for line in lines:
            on_bytes(len(line) + 1)
            yield line

    n = 0
    arabic = False
    repaired: dict[str, int] = {}
    for layout, st, records in parse_lines(counted()):
        for r in records:
            for fix in map(fix_name, r.fixes):
                repaired[fix] = repaired.get(fix, 0) + 1
        if st is None:
            yield _Part(f, encoding, None, _report_rows(f, records, ""), records)
            continue
        n += 1
        sid = _plain_id(f"{src.prefix}-{n:02d}")
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
        if ctx.group_from:
            story["group"] = src.group
        para_lines = [r.line for r in records if r.role == "body"]
        first = min((r.line for r in records), default=None)
        yield _Part(f, encoding, story, _report_rows(f, records, sid), records, para_lines, first)
    if n == 0:
        raise EmptyCorpusError(
            "file is empty (no text after decoding and cleaning)",
            path=f,
            hint="remove the file or check that it holds the story text",
        )
    _file_warnings(f, arabic, repaired)


@dataclass
class _Context:
    """What every file of one load shares: the ``fields=`` mapping, grouping."""

    fields: FieldMap
    group_from: str | None = None
    zip_max_member_bytes: int | None = None  # None: ZIP_MAX_MEMBER_BYTES
    zip_max_ratio: float | None = None  # None: ZIP_MAX_RATIO

    def zip_limits(self) -> tuple[int, float]:
        """(most bytes a zip member may expand to, most times its compressed size)."""
        return (
            ZIP_MAX_MEMBER_BYTES
            if self.zip_max_member_bytes is None
            else self.zip_max_member_bytes,
            ZIP_MAX_RATIO if self.zip_max_ratio is None else self.zip_max_ratio,
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
    """Clean a CSV/JSONL field line by line; dropped/repaired lines go to ``report``.

    A field no repair can change (:func:`helpers.corpus.clean.needs_repair`, one search
    of the whole field) is only split, stripped and checked for navigation lines.
    """
    if not needs_repair(text, block=True):
        kept = []
        for raw in split_lines(text):
            t = raw.strip()
            if not t:
                continue
            if is_navigation(t):
                report.append(
                    {
                        "file": str(f),
                        "line": line,
                        "text": raw,
                        "reason": "navigation boilerplate",
                        "action": "dropped",
                        "story_id": sid,
                        "kept": "",
                    }
                )
                continue
            kept.append(t)
        return kept
    cleaner = LineCleaner()
    kept = []
    for raw in split_lines(text):
        c = cleaner(raw)
        if not c.fixes and not c.drop:
            if c.text:
                kept.append(c.text)
            continue
        for fix in map(fix_name, c.fixes):
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


#: Metadata columns with a type: ``date`` (datetime64[ns]), the others str.
TYPED_COLUMNS = {"date": "datetime64[ns]", "outlet": "str", "author": "str", "url": "str"}


def _plain(text: str) -> str:
    """An id or metadata text as tables, figures and exports can show it: control and
    bidi-override characters removed, lone surrogates replaced by U+FFFD
    (:func:`helpers.corpus.clean.strip_controls`, the rule for story text), surrounding
    whitespace stripped."""
    return strip_controls(text)[0].strip()


def _plain_id(text: str) -> str:
    """A story id as :func:`_plain` makes it, and without the invisible formatting
    characters (:data:`helpers.charsets.WITHOUT_INVISIBLE`: direction marks, zero-width
    characters, BOM) that nobody can type or see: ``"s1\u200f"`` is ``"s1"``, so it
    selects as written and two ids that differ only by such a mark are one id (refused as
    repeated); in Unicode NFC (:func:`helpers.charsets.nfc`: أ written as ا + U+0654 is
    أ) with a no-break space as a space, so ids that look the same are the same."""
    return nfc(_plain(text).translate(WITHOUT_INVISIBLE)).replace("\u00a0", " ").strip()


def _meta_value(name: str, value: object, f: Path, line: int, sid: str, report: list[dict]):
    """A metadata cell, typed for the well-known columns (:data:`TYPED_COLUMNS`); text
    cleaned by :func:`_plain`. A JSON list of strings as ``author`` is one cell, the
    names joined by «، »; any other list or object in a typed column raises
    :class:`CorpusFormatError` naming the file, line and field."""
    if isinstance(value, str):
        value = _plain(value)
    if name == "date":
        if value is None:
            return None
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        ts, why = parse_date(text)
        reason = f"date not understood: {why}" if why else ""
        odd = implausible_story_date(ts) if ts is not None else ""
        if odd:  # 1850-03-15, 2099-12-31: a typo or a default, never the story's day
            reason, ts = f"date not plausible for a news story: {odd}", None
        if reason:
            report.append(
                {
                    "file": str(f),
                    "line": line,
                    "text": text,
                    "reason": f"{reason}; the date is left empty (NaT)",
                    "action": "flagged",
                    "story_id": sid,
                    "kept": "",
                }
            )
        return ts
    if name in TYPED_COLUMNS:
        if value is None:
            return ""
        if isinstance(value, str):
            return value.strip()
        if name == "author" and isinstance(value, list) and all(isinstance(v, str) for v in value):
            # several authors (schema.org's author array): one cell, as a byline writes them
            return "، ".join(a for a in (_plain(v) for v in value) if a)
        if isinstance(value, list | dict):
            # a list as an outlet or a URL made the group '["x", "y"]' (session 17)
            raise CorpusFormatError(
                f"field {name!r} is a JSON {type(value).__name__}, not text",
                path=f,
                line=line,
                hint=f"give {name} as a string",
            )
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool | int | float):
        # a JSON number or true/false is text as JSON writes it (2 -> "2", 2.5 -> "2.5",
        # true -> "true"): a column of integers with one missing was float64, shown 2.0
        # in the stories table and as a group, "2" in a CSV of the same corpus
        return json.dumps(value, ensure_ascii=False)
    return value


def _iter_table(src: _Source, errors: str, on_bytes, ctx: _Context) -> Iterator[_Part]:
    f, fields = src.path, ctx.fields
    if src.suffix == ".json":
        encoding, pieces = src.chunks(errors)
    else:
        encoding, pieces = src.lines(errors)
    seen_text = False

    def counted():
        nonlocal seen_text
        for piece in pieces:
            on_bytes(len(piece) + 1)
            seen_text = seen_text or (not piece.isspace() and bool(piece))
            yield piece

    title_key, body_key = fields.title, fields.body
    id_names, cap_names = fields.id_names, fields.caption_names
    n = 0
    for n, (line, row) in enumerate(table_rows(f, counted(), fields), start=1):
        missing = object()
        title, body = row.pop(title_key, missing), row.pop(body_key, missing)
        if title is missing or body is missing:
            title, body = (None if v is missing else v for v in (title, body))
            raise CorpusFormatError(
                f"record has no {title_key if title is None else body_key} field "
                f"(its fields: {', '.join([title_key, body_key, *row][:20])})",
                path=f,
                line=line,
                hint="give both fields, or map yours: "
                + setting("fields", {"title": "headline", "body": "content"}),
            )
        # a null title or body (what scrapers write for none) is empty text
        title, body = ("" if v is None else v for v in (title, body))
        nameless = row.pop("", None)  # a JSON key "" (or only control characters)
        if nameless is not None and str(nameless).strip():
            raise CorpusFormatError(
                f'a field has no name (key "") but holds a value ({str(nameless)[:40]!r})',
                path=f,
                line=line,
                hint="name the field, or remove it",
            )
        sid = None
        for k in id_names:  # the first given is the id; a later one stays a column
            sid = row.pop(k, None)
            if sid is not None:
                break
        if sid is not None and (not isinstance(sid, str | int) or isinstance(sid, bool)):
            raise CorpusFormatError(
                f"the id is a {type(sid).__name__} ({json.dumps(sid)[:40]}), not text or "
                "a whole number",
                path=f,
                line=line,
                hint="give ids as strings",
            )
        sid = _plain_id(str(sid)) if sid is not None else ""
        sid = sid or f"{src.prefix}-{n:02d}"  # empty or blank: a generated id
        report: list[dict] = []
        fixes: list[str] = []
        title_lines = _clean_field(_as_text(title, f, line, "title"), f, line, sid, report, fixes)
        paragraphs = _clean_field(_as_text(body, f, line, "body"), f, line, sid, report, fixes)
        captions = None
        for k in cap_names:
            captions = row.pop(k, None)
            if captions is not None:
                break
        captions = captions or []
        if isinstance(captions, str):
            captions = [captions]
        if not isinstance(captions, list):
            captions = [_as_text(captions, f, line, "captions")]
        caption_lines: list[str] = []
        for c in captions:
            caption_lines.extend(
                _clean_field(_as_text(c, f, line, "captions"), f, line, sid, report, fixes)
            )
        if not title_lines and not paragraphs:
            report.append(
                {
                    "file": str(f),
                    "line": line,
                    "text": "",
                    "reason": "record has no title and no body (after cleaning)",
                    "action": "skipped",
                    "story_id": sid,
                    "kept": "",
                }
            )
            yield _Part(f, encoding, None, report, [])
            continue
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
        if ctx.group_from:
            story["group"] = src.group
        for key, name in fields.columns(tuple(row), story, f, line):
            story[name] = _meta_value(name, row[key], f, line, sid, report)
        yield _Part(f, encoding, story, report, [], [line] * len(paragraphs), line)
    if n == 0 and not seen_text:
        raise EmptyCorpusError(
            "file is empty (no text after decoding)",
            path=f,
            hint="remove the file or check that it holds the stories",
        )
    if n == 0:
        hint = {  # a .json array or .jsonl has no header (session 16: the CSV hint was given)
            ".csv": "add rows below the header",
            ".json": "a .json file holds one array of objects: [{...}, {...}]",
        }.get(src.suffix, "give one JSON object a line")
        raise EmptyCorpusError("holds no records", path=f, hint=hint)


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


def _skipped(f: Path, reason: str, text: str = "") -> _Part:
    """A file in a folder that is left out: a warning and a ``skipped`` report row."""
    warnings.warn(f"skipped: {f}: {reason}", KhabarWarning, stacklevel=4)
    row = {
        "file": str(f),
        "line": 0,
        "text": text,
        "reason": reason,
        "action": "skipped",
        "story_id": "",
        "kept": "",
    }
    return _Part(f, "", None, [row], [])


def _empty_hint(report: list[dict]) -> str:
    """What to check when no story was found: the files left out and the first reason
    (a zip member over ``zip_max_member_bytes`` was a warning above a bare "no story
    found"), else that the files hold text."""
    skipped = [r for r in report if r["action"] == "skipped"]
    if not skipped:
        return "check the files hold text"
    first = skipped[0]
    more = f" (and {len(skipped) - 1:,} more left out)" if len(skipped) > 1 else ""
    return f"{first['text'] or first['file']} was left out{more}: {first['reason']}"


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


def _group_of(f: Path, root: Path) -> str:
    """The first-level sub-folder of ``f`` under ``root`` (``""`` for top-level files)."""
    try:
        parts = f.relative_to(root).parts
    except ValueError:
        return ""
    return os.fsencode(parts[0]).decode("utf-8", "backslashreplace") if len(parts) > 1 else ""


def _read(src: _Source, errors: str, meter, ctx: _Context) -> Iterator[_Part]:
    reader = _iter_txt if src.suffix == ".txt" else _iter_table
    return reader(src, errors, meter, ctx)


#: A ``.zip`` member that would expand to more than this many bytes is not read (a
#: ``skipped`` report row says so): unzip it and load the file itself.
ZIP_MAX_MEMBER_BYTES = 2**30
#: A member of more than :data:`ZIP_RATIO_FROM_BYTES` that expands to more than this many
#: times its compressed size is not read, and the members of one archive together may
#: expand to at most this many times the archive's size plus :data:`ZIP_RATIO_FROM_BYTES`
#: (the rest are skipped): a zip bomb (a few kB expanding to gigabytes) is refused
#: before it is decompressed. Text compresses 3-10 times (SaudiNewsNet's JSON: 3.7);
#: DEFLATE's ceiling is about 1,032.
ZIP_MAX_RATIO = 100
#: Members up to this size are never refused for their ratio (1 MiB of one repeated
#: line is harmless).
ZIP_RATIO_FROM_BYTES = 2**20


def _zip_refusal(
    info: zipfile.ZipInfo, budget: int, max_bytes: int | None = None, max_ratio: float | None = None
) -> str:
    """Why the member ``info`` is not read (its declared sizes), or ``""``.

    The declared uncompressed size bounds what :mod:`zipfile` returns (it stops there
    and fails the CRC check when the data runs on), so checking it is enough.
    """
    max_bytes = ZIP_MAX_MEMBER_BYTES if max_bytes is None else max_bytes
    max_ratio = ZIP_MAX_RATIO if max_ratio is None else max_ratio
    size, packed = info.file_size, info.compress_size
    if size > max_bytes:
        return (
            f"expands to {size:,} bytes, more than the {max_bytes:,} a zip member "
            "may have (zip_max_member_bytes); not read (unzip it and load the file itself)"
        )
    if size > ZIP_RATIO_FROM_BYTES and size > max_ratio * packed:
        ratio = f"{size / packed:,.0f} times" if packed else "infinitely many times"
        return (
            f"expands to {size:,} bytes, {ratio} its compressed size ({packed:,} bytes), "
            f"more than {max_ratio:g} times: a zip bomb or a damaged archive; not read"
        )
    if size > budget:
        return (
            f"expands to {size:,} bytes, past what the whole archive may expand to "
            f"({max_ratio:g} times its size plus {ZIP_RATIO_FROM_BYTES:,} bytes): "
            "a zip bomb or a damaged archive; not read"
        )
    return ""


def _unsafe_member(name: str) -> bool:
    """A member path that is absolute (``/x``, ``\\x``, ``C:x``) or holds a ``..`` part."""
    norm = name.replace("\\", "/")
    return (
        norm.startswith("/")
        or (len(norm) > 1 and norm[1] == ":" and norm[0].isascii() and norm[0].isalpha())
        or ".." in norm.split("/")
    )


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its maker meant it.

    A name stored without the UTF-8 flag (bit 11) is decoded by :mod:`zipfile` as
    cp437, the old DOS code page; makers that ignore the flag store UTF-8 (macOS
    Archive Utility), the Windows OEM code page of their locale (cp720 on an Arabic
    Windows: Explorer, 7-Zip) or its ANSI code page (cp1256: some archivers and scripts).
    The bytes are taken back and read as UTF-8 when they are valid UTF-8, else as
    cp720, else as cp1256, the first that gives Arabic letters and no other non-ASCII
    character, else the cp437 name is kept (``café.json`` from a Western DOS zip). A backslash
    is a folder separator (old Windows tools write ``day\\a.json``; the format asks for
    ``/``)."""
    name = info.filename.replace("\\", "/")
    if info.flag_bits & 0x800 or name.isascii():
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:  # not a cp437 decoding after all
        return name
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for codec in ("cp720", "cp1256"):
        arabic = raw.decode(codec, "replace")
        other = [c for c in arabic if not c.isascii()]
        if other and all(ARABIC_LETTER_RE.match(c) for c in other):
            return arabic
    return name


def _zip_without_corpus(others: list[str]) -> tuple[str, str]:
    """(what, hint) for a ``.zip`` with no corpus member, naming the members it holds
    instead (at most 5): archives inside it (a zip of zips, read one level deep only),
    member paths outside the archive, files of other kinds."""
    what = "zip holds no .txt, .csv, .jsonl or .json member"
    if not others:
        return what, "put the corpus files in the archive"
    names = ", ".join(others[:5]) + (f" and {len(others) - 5:,} more" if len(others) > 5 else "")
    what += f" (it holds {names})"
    if any(n.lower().endswith(".zip") for n in others):
        return what, (
            "a zip inside a zip is not read: unzip the outer archive and give its folder, "
            "whose .zip files are read"
        )
    if any(_unsafe_member(n) for n in others):
        return what, (
            "a member path that is absolute or holds '..' is never read: re-create the "
            "archive with paths inside it"
        )
    return what, "put the corpus files in the archive"


def _iter_zip(f: Path, prefix: str, group: str, errors: str, meter, ctx, single: bool):
    """The parts of every corpus member of the ``.zip`` file ``f``, in name order.

    Members are read as files of their suffix (``.txt``, ``.csv``, ``.jsonl``,
    ``.json``); directories, hidden names and ``__MACOSX/`` are passed over. Skipped
    with a warning and a ``skipped`` report row (``text``: the member name as stored):
    other members (a nested ``.zip`` included), empty or unreadable members, member
    paths that are absolute or hold ``..`` (never read, whatever their content), and
    members past the size limits (:data:`ZIP_MAX_MEMBER_BYTES`,
    :data:`ZIP_MAX_RATIO`). Story ids: ``<zip path without .zip>/<member path without
    suffix>-<NN>``; the suffix is kept when two members of one folder share a stem
    (``a.json`` and ``a.jsonl``).
    """
    try:
        zf = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise CorpusFormatError(
            f"not a readable .zip file ({exc})", path=f, hint="re-create the archive"
        ) from None
    with zf:
        infos = sorted(zf.infolist(), key=lambda i: i.filename)
        members = []
        for info in infos:
            name = _member_name(info)
            parts = [p for p in name.split("/") if p]
            if info.is_dir() or not parts:
                continue
            if _unsafe_member(info.filename) or _unsafe_member(name):
                members.append((info, parts, "unsafe"))
                continue
            if any(p.startswith(".") for p in parts) or parts[0] == "__MACOSX":
                continue
            members.append((info, parts, ""))
        by_folder: dict[tuple[str, ...], list[str]] = collections.defaultdict(list)
        for _info, parts, why in members:
            if not why and parts[-1].lower().endswith(MEMBER_SUFFIXES):
                by_folder[tuple(parts[:-1])].append(parts[-1])
        keep_suffix = {(folder, n) for folder, names in by_folder.items() for n in _clashing(names)}
        max_bytes, max_ratio = ctx.zip_limits()
        budget = max_ratio * _size(f) + ZIP_RATIO_FROM_BYTES
        found = 0
        others: list[str] = []  # members not read: named when no corpus member is found
        seen: collections.Counter = collections.Counter()
        for info, parts, why in members:
            shown = Path(str(f)) / Path(*parts)
            path = "/".join(parts)  # as read: day\\a.json and day/a.json are one path
            seen[path] += 1
            if why:
                others.append(info.filename)
                yield _skipped(
                    shown,
                    "member path is absolute or holds '..' (it would point outside the "
                    "archive); not read",
                    text=info.filename,
                )
                continue
            suffix = shown.suffix.lower()
            if suffix not in MEMBER_SUFFIXES:
                others.append(path)
                yield _skipped(shown, f"not a corpus file ({suffix or 'no suffix'}) inside the zip")
                continue
            found += 1
            refused = _zip_refusal(info, budget, max_bytes, max_ratio)
            if refused:
                yield _skipped(shown, refused, text=info.filename)
                continue
            budget -= info.file_size
            stem = "/".join(parts)
            if (tuple(parts[:-1]), parts[-1].lower()) not in keep_suffix:
                stem = stem[: -len(suffix)]
            stem = stem.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            if seen[path] > 1:  # a member name the zip repeats (appended): its ids
                stem = f"{stem}~{seen[path]}"  # take the copy's number
            src = _Source(shown, f"{prefix}/{stem}", group, (zf, info))
            try:
                yield from _read(src, errors, meter, ctx)
            except EmptyCorpusError:
                yield _skipped(shown, "empty file")
            except (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError) as exc:
                # damaged, encrypted or unsupported compression
                yield _skipped(shown, f"cannot be read from the zip ({exc})")
        if not found:
            what, hint = _zip_without_corpus(others)
            if single:
                raise EmptyCorpusError(what, path=f, hint=hint)
            yield _skipped(f, f"{what}; {hint}")


def _iter_parts(
    path: str | Path, errors: str, progress: bool | None, ctx: _Context | None = None
) -> Iterator[_Part]:
    if isinstance(path, str) and not path.strip():
        raise CorpusNotFoundError(
            "the corpus path is empty", path=".", hint="set CORPUS to a file or folder"
        )
    ctx = ctx or _Context(FieldMap(None))
    root = Path(path).expanduser()
    files = _iter_corpus_files(root)
    first = next(files)  # raises the not-found errors before any bar is drawn
    single = not root.is_dir()
    bar = _progress(root, progress)
    stems: dict[Path, frozenset[str]] = {}
    try:
        for f in itertools.chain([first], files):
            yield from _file_parts(f, root, single, errors, _Meter(bar, _size(f)), ctx, stems)
    finally:
        bar.close()


def _file_parts(
    f: Path,
    root: Path,
    single: bool,
    errors: str,
    meter,
    ctx: _Context,
    stems: dict[Path, frozenset[str]],
) -> Iterator[_Part]:
    """The parts of one corpus file ``f`` of the corpus at ``root`` (a file read on its
    own when ``single``): what the folder walk yields for it, in the same order."""
    if not single:
        if f.name != f.name.rstrip():
            yield _skipped(
                f,
                f"the file name ends in spaces after its suffix ({f.name!r}); rename it "
                f"to {f.name.rstrip()!r} to have it read",
            )
            return
        why = _unreadable(f)
        if why:
            yield _skipped(f, why)
            return
    prefix = _story_prefix(f, root, stems)
    group = _group_of(f, root) if ctx.group_from else ""
    try:
        if f.suffix.lower() == ".zip":
            yield from _iter_zip(f, prefix, group, errors, meter, ctx, single)
        else:
            yield from _read(_Source(f, prefix, group), errors, meter, ctx)
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


def load_file(
    f: str | Path,
    root: str | Path,
    *,
    errors: str = "strict",
    fields: dict[str, str] | None = None,
    group_from: str | None = None,
    zip_max_member_bytes: int | None = None,
    zip_max_ratio: float | None = None,
    lines: bool = False,
) -> tuple[pd.DataFrame, pd.DataFrame] | tuple[pd.DataFrame, pd.DataFrame, list]:
    """One file of a corpus, exactly as :func:`load_corpus` ``(root)`` reads it.

    For reading a corpus file by file in separate processes (the Dask path,
    :mod:`helpers.cluster`): the stories have the story ids and ``group`` the folder
    walk gives them, and a file that cannot be read or is empty gives the same
    ``skipped`` report row. Concatenating the results of every file of
    :func:`corpus_files` ``(root)``, in that order, gives ``load_corpus(root,
    return_report=True)`` (the per-corpus checks, such as unique story ids, are the
    caller's).

    Parameters
    ----------
    f : str or Path
        A file of :func:`corpus_files` ``(root)``.
    root : str or Path
        The corpus path given to :func:`load_corpus` (a folder, or ``f`` itself).
    errors, fields, group_from, zip_max_member_bytes, zip_max_ratio
        As :func:`load_corpus`.
    lines : bool
        Also return, for each story, the input line of each paragraph (list of int, or
        None where the layout has no lines): the ``para_lines`` of
        :func:`helpers.corpus.boilerplate.apply_boilerplate`, for the cleaning-report
        rows of a site-boilerplate pass run file by file.

    Returns
    -------
    (stories, report) or (stories, report, para_lines) : (DataFrame, DataFrame[, list])
        The stories of the file (columns as :func:`load_corpus` with
        ``boilerplate=False``; possibly no rows) and its cleaning-report rows
        (:data:`REPORT_COLUMNS`).

    Raises
    ------
    As :func:`load_corpus` for this one file (a file read on its own when ``root`` is
    the file; inside a folder an unreadable or empty file is a ``skipped`` row);
    :class:`ArgumentError` when ``f`` is not under the folder ``root``, or ``lines``
    not a bool.
    """
    check_path(f, "load_file", "f")
    _check_args(root, errors, None, "load_file", "root")
    ctx = _context(fields, group_from, "load_file", zip_max_member_bytes, zip_max_ratio)
    _check_group_from(root, ctx, "load_file")
    if not isinstance(lines, bool):
        raise ArgumentError(f"load_file: lines must be True or False, got {shown(lines)}")
    f, root = Path(f).expanduser(), Path(root).expanduser()
    single = not root.is_dir()
    if not single and not f.is_relative_to(root):
        raise ArgumentError(
            f"load_file: f must be a file of the corpus folder {root}, got {shown(str(f))}",
            hint="take the files from helpers.corpus.corpus_files(root)",
        )
    stories: list[dict] = []
    para_lines: list[list[int] | None] = []
    report: list[dict] = []
    off = _progress(root, False)
    for part in _file_parts(f, root, single, errors, _Meter(off, 0), ctx, {}):
        if part.story is not None:
            stories.append(part.story)
            para_lines.append(part.para_lines)
        report.extend(part.report)
    off.close()
    table, rows = _stories_table(stories, para_lines, ctx.fields.mapping)
    rep = pd.DataFrame(report + rows, columns=REPORT_COLUMNS).astype({"line": "int64"})
    if lines:
        return table, rep, para_lines
    return table, rep


def _check_args(path, errors, progress, func: str, name: str = "path") -> None:
    """The arguments every reader shares: raise :class:`ArgumentError` for a path that is
    not a str or path-like, ``errors`` not ``"strict"``/``"replace"``, ``progress`` not
    True, False or None."""
    check_path(path, func, name)
    check_choice(errors, ("strict", "replace"), func, "errors")
    if progress is not None and not isinstance(progress, bool):
        raise ArgumentError(f"{func}: progress must be True, False or None, got {shown(progress)}")


def _context(
    fields,
    group_from,
    func: str,
    zip_max_member_bytes: int | None = None,
    zip_max_ratio: float | None = None,
) -> _Context:
    if group_from not in (None, "folder"):
        raise ArgumentError(f"{func}: group_from must be None or 'folder', got {group_from!r}")
    check_whole(zip_max_member_bytes, func, "zip_max_member_bytes", unit="bytes", none_ok=True)
    if zip_max_ratio is not None and (
        isinstance(zip_max_ratio, bool)
        or not isinstance(zip_max_ratio, (int, float))
        or not math.isfinite(zip_max_ratio)
        or zip_max_ratio < 1
    ):
        raise ArgumentError(
            f"{func}: zip_max_ratio must be None or a number >= 1 (times the compressed size), "
            f"got {shown(zip_max_ratio)}"
        )
    return _Context(FieldMap(fields, func), group_from, zip_max_member_bytes, zip_max_ratio)


def _check_group_from(path: str | Path, ctx: _Context, func: str) -> None:
    if ctx.group_from and not Path(path).expanduser().is_dir():
        raise ArgumentError(
            f"{func}: group_from='folder' needs a folder corpus (sub-folders are the groups), "
            f"got the file {path}"
        )


def iter_files(
    path: str | Path,
    *,
    errors: str = "strict",
    progress: bool | None = None,
    fields: dict[str, str] | None = None,
    group_from: str | None = None,
    zip_max_member_bytes: int | None = None,
    zip_max_ratio: float | None = None,
) -> Iterator[LoadedFile]:
    """Yield one :class:`LoadedFile` per corpus file, holding one file's stories in memory.

    Parameters are those of :func:`load_corpus`. Per-file work is stateless, so the
    result for a file does not depend on the others. An empty file in a folder is
    skipped with a warning and a ``skipped`` row in its report. Each member of a
    ``.zip`` is a file of its own. Site boilerplate is not removed (that needs the whole
    corpus: :func:`load_corpus`).
    """
    _check_args(path, errors, progress, "iter_files")
    ctx = _context(fields, group_from, "iter_files", zip_max_member_bytes, zip_max_ratio)
    _check_group_from(path, ctx, "iter_files")
    current: LoadedFile | None = None
    for part in _iter_parts(path, errors, progress, ctx):
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
    path: str | Path,
    *,
    errors: str = "strict",
    progress: bool | None = None,
    fields: dict[str, str] | None = None,
    group_from: str | None = None,
    zip_max_member_bytes: int | None = None,
    zip_max_ratio: float | None = None,
) -> Iterator[dict]:
    """Yield stories one at a time as dicts: the :data:`STORY_COLUMNS` keys, then
    ``group`` (with ``group_from``) and the record's metadata fields.

    Memory holds one story of a scraped ``.txt`` file (and the next one's header), one
    CSV/JSONL/JSON record, or one ``plain`` file (a single story), whatever the size of
    the corpus; files are found lazily and read line by line (a ``.json`` array chunk
    by chunk). Parameters and errors are those of :func:`load_corpus`; a ``date`` is a
    :class:`pandas.Timestamp` or None. Site boilerplate is not removed: finding it
    needs the whole corpus (:func:`load_corpus`, :mod:`helpers.corpus.boilerplate`).
    """
    _check_args(path, errors, progress, "iter_stories")
    ctx = _context(fields, group_from, "iter_stories", zip_max_member_bytes, zip_max_ratio)
    _check_group_from(path, ctx, "iter_stories")
    for part in _iter_parts(path, errors, progress, ctx):
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
        ``photo_credits``. CSV/JSONL/JSON records have no lines here (their repairs are
        in the cleaning report).

    Raises
    ------
    As :func:`load_corpus`.
    """
    _check_args(path, errors, None, "trace_lines")
    rows = []
    for part in _iter_parts(path, errors, False):
        sid = part.story["story_id"] if part.story else ""
        for r in part.records:
            rows.append(
                (str(part.path), r.line, sid, r.role, r.reason, r.text, r.kept, "; ".join(r.fixes))
            )
    return pd.DataFrame(rows, columns=LINE_COLUMNS).astype({"line": "int64"})


#: A metadata field (beyond the typed columns and the names of ``fields=``) becomes a
#: column of the stories table when at least this share of the stories have it; a
#: rarer field is left out with one cleaning-report row. Records that each carry a
#: field name of their own (4,000 records, 4,000 names) would otherwise make a table
#: of stories x names cells, which grows with the square of the corpus.
META_MIN_SHARE = 0.01


def _stories_table(
    stories: list[dict],
    para_lines: list[list[int] | None],
    keep: Iterable[str] = (),
) -> tuple[pd.DataFrame, list[dict]]:
    """The stories table and the report rows of the metadata fields left out.

    Columns: :data:`STORY_COLUMNS`, then ``group``, then metadata columns in the order
    first seen; typed columns (:data:`TYPED_COLUMNS`, ``group``) filled. A metadata
    field is a column when it is typed, named in ``keep`` (the columns ``fields=``
    names) or held by at least :data:`META_MIN_SHARE` of the stories; each other field
    is one ``dropped`` report row (``text`` the field name, ``reason`` how many
    records had it; ``file``, ``line`` and ``story_id`` of the first one)."""
    seen = set(STORY_COLUMNS)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, st in enumerate(stories):
        if len(st) > len(STORY_COLUMNS):
            for k in st:
                if k in seen:
                    continue
                if k in counts:
                    counts[k] += 1
                else:
                    counts[k], first[k] = 1, i
    always = set(TYPED_COLUMNS) | {"group"} | set(keep)
    need = len(stories) * META_MIN_SHARE
    extra = [k for k, c in counts.items() if c >= need or k in always]
    rows = []
    for k, c in counts.items():
        if c >= need or k in always:
            continue
        i = first[k]
        lines = para_lines[i]
        rows.append(
            {
                "file": stories[i]["source"],
                "line": lines[0] if lines else 0,
                "text": k,
                # the field's name is the row's text: one reason for every such field,
                # so the cleaning chart counts them under one name
                "reason": f"metadata field in only {c:,} of {len(stories):,} records "
                f"(under {META_MIN_SHARE:.0%}): left out of the stories table (name it in "
                "fields= to keep it)",
                "action": "dropped",
                "story_id": stories[i]["story_id"],
                "kept": "",
            }
        )
    if "group" in extra:
        extra.remove("group")
        extra.insert(0, "group")
    table = pd.DataFrame(stories, columns=STORY_COLUMNS + extra)
    for col in extra:
        if col == "date":
            table[col] = pd.to_datetime(table[col]).astype("datetime64[ns]")
        elif col in TYPED_COLUMNS or col == "group":
            table[col] = table[col].fillna("").astype(str)
        elif _all_text(table[col]):
            # any other field of scalars is text from the start (str, missing stays
            # missing): one group value however the file wrote it (:func:`_meta_value`)
            table[col] = table[col].astype(str)
    return table, rows


def _all_text(values: pd.Series) -> bool:
    """Whether every present value of a metadata column is text (numbers were made
    text by :func:`_meta_value`); a column holding a JSON list or object is kept as read."""
    return all(isinstance(v, str) for v in values if v is not None and v == v)


def _check_unique_ids(
    table: pd.DataFrame, path: str | Path, where: list[tuple[str, str, int | None]]
) -> None:
    """Raise :class:`CorpusFormatError` naming the first repeated id of ``table`` and
    every place the corpus gives it: ``where`` holds ``(story_id, file, line)`` of each
    story read, in corpus order (the file as the ``source`` column writes it: a zip
    member's inner path included; the line the record starts at, 1-based: a CSV row's
    line, a JSONL line, the line of a JSON array's object). At most
    :data:`_MAX_PLACES` places are named, then how many more."""
    ids = table["story_id"]
    repeated = ids.duplicated(keep=False)
    if not repeated.any():
        return
    first = ids[repeated].iloc[0]
    places = [_place(f, line) for sid, f, line in where if sid == first]
    if len(places) < 2:  # not expected: the table's rows come from ``where``
        places = table.loc[ids == first, "source"].astype(str).tolist()
    shown_places = places[:_MAX_PLACES]
    listed = ", ".join(shown_places[:-1]) + f" and {shown_places[-1]}"
    if len(places) > _MAX_PLACES:
        listed += f" ({len(places) - _MAX_PLACES:,} more)"
    others = ids[repeated].nunique() - 1
    raise CorpusFormatError(
        f"story ids are not unique: {first!r} is given by {listed}"
        + (f"; {others:,} other ids repeat too" if others else ""),
        path=path,
        hint=_names_hint(first, [f for sid, f, _ in where if sid == first])
        or "give every record its own id",
    )


def _names_hint(sid: str, files: list[str]) -> str | None:
    """The hint of a repeated id made from file names (a ``.txt`` file's, or a record's
    with no id) when two of the ``files`` holding it differ only by what an id leaves
    out (:func:`_plain_id`: control, direction and invisible characters, a line break
    read as a space): ``x.txt`` and ``x<U+200F>.txt`` both make ``x-01``. No record can
    be given an id there, so the hint names the files (as Python writes them: the
    invisible ones as escapes) and says to rename one; None when the files are one or
    their names differ otherwise (the id was written in them)."""
    names = list(dict.fromkeys(files))
    if len(names) < 2:
        return None
    plain = {_plain_id(Path(f).with_suffix("").as_posix()) for f in names}
    if len(plain) != 1 or not plain.pop().endswith(sid.rsplit("-", 1)[0]):
        return None
    return (
        f"the ids are made from the file names {names[0]!r} and {names[1]!r}, which differ "
        "only by characters an id leaves out (control, direction or invisible characters, "
        "line breaks): rename one of the files"
    )


#: How many places of a repeated story id the error names (:func:`_check_unique_ids`).
_MAX_PLACES = 5


def _place(f: str, line: int | None) -> str:
    """``<file>, line <n>`` (``<file>`` alone when the line is not known)."""
    return f"{f}, line {line}" if line else str(f)


def load_corpus(
    path: str | Path,
    *,
    fields: dict[str, str] | None = None,
    group_from: str | None = None,
    boilerplate: bool = True,
    errors: str = "strict",
    return_report: bool = False,
    progress: bool | None = None,
    zip_max_member_bytes: int | None = None,
    zip_max_ratio: float | None = None,
    duplicates: str = "drop",
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Load a corpus into the stories table.

    Every line is cleaned first (:mod:`helpers.corpus.clean`: mojibake repaired, HTML
    tags removed and entities decoded, control and bidi-override characters removed,
    navigation boilerplate dropped); each change is listed in the cleaning report with
    the original line.

    Parameters
    ----------
    path : str or Path
        A ``.txt`` file, a ``.csv``, ``.jsonl`` or ``.json`` (one array of objects) file
        with ``title`` and ``body`` fields (optional ``id`` or ``story_id``, optional
        ``captions``, any other fields kept as columns), a ``.zip`` of such files, or a
        folder searched recursively for them (SaudiNewsNet: a folder of ``.zip`` files
        each holding one JSON array).
    fields : dict of str to str, or None
        Our names -> the file's field names (compared ignoring case), for files that
        name them otherwise: ``{"body": "content", "outlet": "source", "date":
        "date_extracted"}``. Our names: ``title``, ``body``, ``id``, ``captions`` or any
        metadata column. Every mapped field must be in every table file.
    group_from : {None, "folder"}
        ``"folder"``: add the column ``group``, the first-level sub-folder of each
        story's file (``""`` for files at the top of the folder).
    boilerplate : bool
        Find and remove site boilerplate: a header or footer (at least 3 words) that
        begins or ends at least 20 stories and 2 % of one outlet's stories, the
        story's own title counting as one word (:mod:`helpers.corpus.boilerplate`
        states the rule and why). Each paragraph changed is a cleaning-report row
        (``reason`` starting ``site boilerplate``), listed after the rows of the
        files. ``False`` keeps the text as read.
    errors : {"strict", "replace"}
        What to do with bytes that decode in no supported encoding (see
        :func:`helpers.corpus.decode.decode_bytes`).
    return_report : bool
        Also return the cleaning report.
    progress : bool or None
        Show a progress bar (tqdm) over the corpus bytes; ``None`` shows it for more
        than 1,000 files or 100 MB.
    zip_max_member_bytes : int or None
        A ``.zip`` member declared to expand to more bytes is not read (a ``skipped``
        report row); None (default): :data:`ZIP_MAX_MEMBER_BYTES` (1 GiB).
    zip_max_ratio : int, float or None
        A member over :data:`ZIP_RATIO_FROM_BYTES` (1 MiB) declared to expand to more
        than this many times its compressed size is not read, and the members of one
        archive together may expand to at most this many times its size plus 1 MiB (a
        zip bomb refused before it is decompressed); None (default):
        :data:`ZIP_MAX_RATIO` (100; text compresses 3-10 times, DEFLATE's ceiling is
        about 1,032).
    duplicates : {"drop", "keep"}
        ``"drop"`` (default): of the stories of one outlet (else folder group, else the
        corpus) whose bodies as read are the same text but for whitespace, or whose
        bodies once site boilerplate is removed and titles are (a recrawl), keep the
        first in corpus order and drop the others, each
        with a ``dropped`` report row (``reason`` ``duplicate story (same body as <kept
        story_id>)``, ``text`` its title): the rule and why in
        :mod:`helpers.corpus.duplicates`. ``"keep"`` keeps every story as read.

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
        in the story's lines, e.g. ``"HTML removed or decoded"``); then ``group`` (str,
        with ``group_from``), then every other field of the records, named as in the
        file (lower-cased; ``meta_<name>`` when it is named like a column above), in
        the order first seen: ``date`` typed datetime64[ns] (parsed by
        :func:`helpers.corpus.dates.parse_date`; NaT where empty, and where
        unparseable with a ``flagged`` report row giving file, line, value and
        reason), ``outlet``, ``author``, ``url`` typed str (``""`` where missing),
        others as read (CSV: str; JSON: as parsed, None where missing). Zip members:
        ``source`` is ``<zip path>/<member path>`` and story ids
        ``<zip path without .zip>/<member path without suffix>-<NN>``. A record with no
        title and no body after cleaning is left out with a ``skipped`` report row.
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
    ArgumentError
        ``path`` not a str or path-like (``None``, a number) or holding a NUL;
        ``errors`` not ``"strict"``/``"replace"``; ``boilerplate``/``return_report``
        not a bool, ``progress`` not a bool or None; ``duplicates`` not ``"drop"`` or
        ``"keep"``; ``zip_max_member_bytes`` not None
        or a whole number >= 1, ``zip_max_ratio`` not None or a finite number >= 1;
        ``fields`` not a
        mapping of names,
        naming a column the loader makes, or mapping a column onto the file's
        title/body left unmapped; ``group_from`` not None or ``"folder"``, or
        ``"folder"`` for a single file.
    CorpusFormatError
        A file field named like a name ``fields=`` maps from another field, or two
        fields that would make one ``meta_`` column (both named); a mapped field
        (``fields=``) or title/body the file lacks (the message lists
        the fields it has); a ``.json`` file that is not one array of objects; a
        damaged ``.zip``; a CSV/JSONL file without title and body fields, invalid JSON
        or CSV, a field
        that is not text, unsupported suffix, duplicate story ids; a CSV header that
        repeats a column name (``Title`` and ``title`` count as one), a CSV row with
        more non-empty cells than the header has columns (empty trailing cells are
        ignored) or with no cell for a named column (a body's unquoted line break cuts
        its record in two; an empty cell is written ``,,``), a CSV row that repeats the
        header (files joined one after another); a JSON object that
        repeats a key, ``NaN``/``Infinity`` (not JSON, RFC 8259), an integer over
        4,300 digits, an ``id`` that is not a string or whole number. Numbers as
        title/body/captions are kept as written (``12``, ``3.5``); the message names
        the file and line.

    Warns
    -----
    KhabarWarning
        A file decoded from a legacy code page or UTF-16 without BOM, bytes replaced,
        lines repaired, a file with no Arabic, an empty file skipped.
    """
    _check_args(path, errors, progress, "load_corpus")
    ctx = _context(fields, group_from, "load_corpus", zip_max_member_bytes, zip_max_ratio)
    _check_group_from(path, ctx, "load_corpus")
    for name, value in (("boilerplate", boilerplate), ("return_report", return_report)):
        if not isinstance(value, bool):
            raise ArgumentError(f"load_corpus: {name} must be True or False, got {shown(value)}")
    check_duplicates(duplicates, "load_corpus")
    stories: list[dict] = []
    para_lines: list[list[int] | None] = []
    report: list[dict] = []
    where: list[tuple[str, str, int | None]] = []  # (story_id, file, line): a repeated id's places
    for part in _iter_parts(path, errors, progress, ctx):
        if part.story is not None:
            stories.append(part.story)
            para_lines.append(part.para_lines)
            where.append((part.story["story_id"], part.story["source"], part.line))
        report.extend(part.report)
    site_rows: list[dict] = []
    # the stories as read: remove_boilerplate gives each dict new paragraphs (in place)
    read = [dict(st) for st in stories] if duplicates == "drop" else []
    cut = None
    if boilerplate and stories:  # copies included: the rules count every story read
        lines_of = {st["story_id"]: pl for st, pl in zip(stories, para_lines, strict=True)}
        stories, site_rows, _templates = remove_boilerplate(stories, para_lines)
        para_lines = [lines_of.get(st["story_id"]) for st in stories]
        cut = stories
    if duplicates == "drop":  # as read, or after site boilerplate with the title
        # ids first: the duplicate rule matches stories by id (session 21: two stories
        # of one id were both dropped as copies, or refused without their files named)
        ids = pd.DataFrame(where, columns=["story_id", "source", "line"])
        _check_unique_ids(ids, path, where)
        dropped = find_duplicates(story_hashes(read, cut))
        stories, para_lines, rows = drop_duplicates(stories, para_lines, dropped)
        report.extend(rows)
        site_rows = [r for r in site_rows if r["story_id"] not in dropped]
    report.extend(site_rows)
    if not stories:
        raise EmptyCorpusError("no story found", path=path, hint=_empty_hint(report))
    table, rows = _stories_table(stories, para_lines, ctx.fields.mapping)
    report.extend(rows)
    _check_unique_ids(table, path, where)
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
    ArgumentError
        ``stories`` not a DataFrame; ``include`` empty or naming an unknown zone (a
        single zone name may be given as a str).
    CorpusFormatError
        ``stories`` lacks ``story_id``, ``title``, ``captions`` or ``body``.
    """
    check_table(stories, "zones", columns=("story_id", "title", "captions", "body"))
    want = [include] if isinstance(include, str) else include
    try:
        want = list(want)
    except TypeError:
        want = None
    if not want or not all(isinstance(z, str) and z in ZONES for z in want):
        raise ArgumentError(
            f"zones: include must be zone names taken from {', '.join(ZONES)}, got {shown(include)}"
        )
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

    Raises
    ------
    ArgumentError
        ``stories`` not a DataFrame.
    CorpusFormatError
        ``stories`` lacks one of the columns above.
    """
    check_table(
        stories,
        "describe",
        columns=("story_id", "title", "paragraphs", "captions", "photo_credits", "body"),
    )
    check_table(stories, "describe", columns=("encoding", "source"))
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
