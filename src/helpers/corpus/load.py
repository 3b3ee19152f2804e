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

import csv
import itertools
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.corpus.clean import LineCleaner
from helpers.corpus.decode import KhabarWarning, open_lines
from helpers.corpus.layout import LineRecord, parse_lines, split_lines
from helpers.errors import CorpusFormatError, CorpusNotFoundError, EmptyCorpusError

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
#: suspect, e.g. mojibake that could not be repaired) or ``skipped`` (an empty file in a
#: folder).
REPORT_COLUMNS = ["file", "line", "text", "reason", "action", "story_id", "kept"]
#: :func:`trace_lines`: one row per input line.
LINE_COLUMNS = ["file", "line", "story_id", "role", "reason", "text", "kept", "fixes"]
ZONES = ("title", "caption", "body")
# Arabic letters (not the Arabic comma, question mark or digits)
_ARABIC = re.compile(
    r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]"
)


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


def _walk(folder: Path) -> Iterator[Path]:
    """Corpus files under ``folder`` in sorted path order, found lazily.

    One folder's names are in memory at a time; hidden files and folders are skipped.
    """
    with os.scandir(folder) as it:
        # like Path.rglob: symlinked folders are not entered (no loops); symlinked files are read
        entries = sorted(
            (e.name, e.is_dir() and not e.is_symlink(), e.is_file())
            for e in it
            if not e.name.startswith(".")
        )
    for name, is_dir, is_file in entries:
        if is_dir:
            yield from _walk(folder / name)
        elif is_file and name.lower().endswith(SUFFIXES):
            yield folder / name


def _iter_corpus_files(path: str | Path) -> Iterator[Path]:
    """:func:`corpus_files`, lazily; the errors are raised before the first file."""
    p = Path(path).expanduser()
    if not p.exists():
        raise CorpusNotFoundError(
            "no such file or folder", path=p, hint="check the CORPUS parameter or path"
        )
    if p.is_file():
        if p.suffix.lower() not in SUFFIXES:
            raise CorpusFormatError(
                f"unsupported file type {p.suffix or '(none)'}",
                path=p,
                hint="use .txt, .csv or .jsonl",
            )
        yield p
        return
    files = _walk(p)
    first = next(files, None)
    if first is None:
        raise CorpusNotFoundError(
            "folder holds no .txt, .csv or .jsonl files", path=p, hint="point to your corpus files"
        )
    yield first
    yield from files


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
    """
    return list(_iter_corpus_files(path))


def _story_prefix(f: Path, root: Path) -> str:
    rel = f.relative_to(root) if f != root and root.is_dir() else Path(f.name)
    return rel.with_suffix("").as_posix()


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
        fields = {str(c).strip().lower() for c in (reader.fieldnames or [])}
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
                row = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                raise CorpusFormatError(
                    f"not valid JSON ({msg})", path=f, line=i, hint="one JSON object per line"
                ) from None
            if not isinstance(row, dict):
                raise CorpusFormatError(
                    "line is not a JSON object", path=f, line=i, hint="one JSON object per line"
                )
            yield i, row


def _as_text(value: object, f: Path, line: int, name: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
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
        total += f.stat().st_size
    show = progress if progress is not None else (n > 1000 or total > 100 * 2**20)
    return tqdm(total=total, unit="B", unit_scale=True, desc="reading corpus", disable=not show)


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
    root = Path(path).expanduser()
    files = _iter_corpus_files(root)
    first = next(files)  # raises the not-found errors before any bar is drawn
    single = root.is_file()
    bar = _progress(root, progress)
    try:
        for f in itertools.chain([first], files):
            prefix = _story_prefix(f, root)
            reader = _iter_txt if f.suffix.lower() == ".txt" else _iter_table
            meter = _Meter(bar, f.stat().st_size)
            try:
                yield from reader(f, prefix, errors, meter)
            except EmptyCorpusError as exc:
                if single:
                    raise
                warnings.warn(f"skipped: {exc}", KhabarWarning, stacklevel=3)
                yield _Part(
                    f,
                    "",
                    None,
                    [
                        {
                            "file": str(f),
                            "line": 0,
                            "text": "",
                            "reason": "empty file",
                            "action": "skipped",
                            "story_id": "",
                            "kept": "",
                        }
                    ],
                    [],
                )
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
        across runs: ``<file path without suffix>-<NN>``, or the file's own id column),
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
    CorpusFormatError
        A CSV/JSONL file without title and body fields, invalid JSON or CSV, a field
        that is not text, unsupported suffix, duplicate story ids.

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
