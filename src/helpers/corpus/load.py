"""Loading a corpus into the stories table, and the views later stages use.

``load_corpus`` reads a ``.txt`` file, a ``.csv`` or ``.jsonl`` file, or a folder of
them, and returns the **stories** table. ``iter_stories`` does the same one file at a
time, holding one file in memory, for corpora too big to load at once. ``zones``
turns stories into one row per text zone (title, caption, body) so later stages can
count by zone.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.corpus.decode import KhabarWarning, read_text
from helpers.corpus.layout import parse_text
from helpers.errors import CorpusFormatError, CorpusNotFoundError, EmptyCorpusError

__all__ = [
    "REPORT_COLUMNS",
    "STORY_COLUMNS",
    "ZONES",
    "LoadedFile",
    "corpus_files",
    "describe",
    "iter_files",
    "iter_stories",
    "load_corpus",
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
]
REPORT_COLUMNS = ["file", "line", "text", "reason"]
ZONES = ("title", "caption", "body")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


@dataclass
class LoadedFile:
    """The stories and cleaning-report rows recovered from one file."""

    path: Path
    stories: list[dict]
    report: list[dict]
    encoding: str


def corpus_files(path: str | Path) -> list[Path]:
    """The corpus files ``load_corpus(path)`` reads, in the order it reads them.

    A file is returned as is (it must end in .txt, .csv or .jsonl). A folder is searched
    recursively for those suffixes, skipping hidden files and folders, sorted by path.

    Raises
    ------
    CorpusNotFoundError
        The path does not exist, or a folder holds no corpus files.
    CorpusFormatError
        A file with an unsupported suffix.
    """
    p = Path(path)
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
        return [p]
    files = sorted(
        f
        for f in p.rglob("*")
        if f.is_file()
        and f.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in f.relative_to(p).parts)
    )
    if not files:
        raise CorpusNotFoundError(
            "folder holds no .txt, .csv or .jsonl files", path=p, hint="point to your corpus files"
        )
    return files


def _story_prefix(f: Path, root: Path) -> str:
    rel = f.relative_to(root) if f != root and root.is_dir() else Path(f.name)
    return rel.with_suffix("").as_posix()


def _read_txt(f: Path, prefix: str, errors: str) -> LoadedFile:
    decoded = read_text(f, errors=errors)
    if not decoded.text.strip():
        raise EmptyCorpusError("file is empty (no text after decoding)", path=f)
    layout, parsed, records = parse_text(decoded.text)
    if not _ARABIC.search(decoded.text):
        warnings.warn(f"{f}: holds no Arabic text", KhabarWarning, stacklevel=4)
    stories = []
    for n, st in enumerate(parsed, start=1):
        stories.append(
            {
                "story_id": f"{prefix}-{n:02d}",
                "title": st.title,
                "body": "\n\n".join(st.paragraphs),
                "paragraphs": st.paragraphs,
                "captions": st.captions,
                "photo_credits": st.photo_credits,
                "source": str(f),
                "encoding": decoded.encoding,
                "layout": layout,
            }
        )
    report = [
        {"file": str(f), "line": r.line, "text": r.text, "reason": r.reason}
        for r in records
        if r.role == "dropped"
    ]
    return LoadedFile(f, stories, report, decoded.encoding)


def _field(row: dict, names: Iterable[str]) -> str | None:
    lower = {str(k).strip().lower(): v for k, v in row.items()}
    for n in names:
        if n in lower and lower[n] is not None:
            return lower[n]
    return None


def _table_rows(f: Path, text: str) -> Iterator[tuple[int, dict]]:
    if f.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text))
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
        for i, row in enumerate(reader, start=2):
            yield i, row
    else:
        for i, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusFormatError(
                    f"not valid JSON ({exc.msg})", path=f, line=i, hint="one JSON object per line"
                ) from None
            if not isinstance(row, dict):
                raise CorpusFormatError("line is not a JSON object", path=f, line=i)
            yield i, row


def _read_table(f: Path, prefix: str, errors: str) -> LoadedFile:
    decoded = read_text(f, errors=errors)
    if not decoded.text.strip():
        raise EmptyCorpusError("file is empty (no text after decoding)", path=f)
    stories = []
    for n, (line, row) in enumerate(_table_rows(f, decoded.text), start=1):
        title, body = _field(row, ["title"]), _field(row, ["body"])
        if title is None or body is None:
            raise CorpusFormatError(
                "record has no title or body field", path=f, line=line, hint="give both fields"
            )
        sid = _field(row, ["story_id", "id"])
        paragraphs = [p.strip() for p in str(body).splitlines() if p.strip()]
        captions = _field(row, ["captions", "caption"]) or []
        if isinstance(captions, str):
            captions = [c.strip() for c in captions.splitlines() if c.strip()]
        stories.append(
            {
                "story_id": str(sid) if sid not in (None, "") else f"{prefix}-{n:02d}",
                "title": str(title).strip(),
                "body": "\n\n".join(paragraphs),
                "paragraphs": paragraphs,
                "captions": list(captions),
                "photo_credits": [],
                "source": str(f),
                "encoding": decoded.encoding,
                "layout": "table",
            }
        )
    if not stories:
        raise EmptyCorpusError("holds no records", path=f)
    return LoadedFile(f, stories, [], decoded.encoding)


def iter_files(path: str | Path, *, errors: str = "strict") -> Iterator[LoadedFile]:
    """Yield one :class:`LoadedFile` per corpus file, holding one file in memory.

    Parameters are those of :func:`load_corpus`. Per-file work is stateless, so the
    result for a file does not depend on the others.
    """
    root = Path(path)
    for f in corpus_files(root):
        prefix = _story_prefix(f, root)
        if f.suffix.lower() == ".txt":
            yield _read_txt(f, prefix, errors)
        else:
            yield _read_table(f, prefix, errors)


def iter_stories(path: str | Path, *, errors: str = "strict") -> Iterator[dict]:
    """Yield stories one at a time as dicts with the :data:`STORY_COLUMNS` keys."""
    for loaded in iter_files(path, errors=errors):
        yield from loaded.stories


def load_corpus(
    path: str | Path, *, errors: str = "strict", return_report: bool = False
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Load a corpus into the stories table.

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

    Returns
    -------
    stories : DataFrame
        One row per story, columns :data:`STORY_COLUMNS`: ``story_id`` (str, stable
        across runs: ``<file path without suffix>-<NN>``, or the file's own id column),
        ``title`` (str), ``body`` (str, paragraphs joined with ``"\\n\\n"``),
        ``paragraphs``, ``captions``, ``photo_credits`` (lists of str; credits mapped to
        standard agency names, ``"archive"`` for archive photos), ``source`` (str path),
        ``encoding`` (codec the file was decoded with), ``layout`` (``"asharq"``,
        ``"plain"`` or ``"table"``).
    report : DataFrame, only with ``return_report=True``
        The lines dropped while cleaning: ``file`` (str), ``line`` (int, 1-based),
        ``text`` (str), ``reason`` (str, e.g. ``"duplicate title"``, ``"logo artefact (TT)"``).

    Raises
    ------
    CorpusNotFoundError
        Missing path; folder without corpus files.
    EmptyCorpusError
        An empty file, or no story found at all.
    DecodingError
        Undecodable bytes (file and byte offset named) with ``errors="strict"``.
    CorpusFormatError
        A CSV/JSONL file without title and body fields, invalid JSON, unsupported suffix.

    Warns
    -----
    KhabarWarning
        A file decoded from a legacy code page, bytes replaced, a file with no Arabic.
    """
    stories: list[dict] = []
    report: list[dict] = []
    for loaded in iter_files(path, errors=errors):
        stories.extend(loaded.stories)
        report.extend(loaded.report)
    if not stories:
        raise EmptyCorpusError("no story found", path=path)
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
