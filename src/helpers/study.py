"""One set-up for every notebook: the corpus, the unit of comparison, and the
corpus-scale tables, computed once a run.

Every notebook opens with one call::

    study = open_study(CORPUS, fields=FIELDS, group_by=GROUP_BY, workers=WORKERS,
                       scheduler=SCHEDULER, tables=TABLES)

and takes from it the stories table, the cleaning report, the unit of comparison
(:class:`helpers.grouping.Unit`), the stories' short names, the stories per group, and
the corpus-scale tables of :func:`helpers.cluster.corpus_tables` (term-key counts,
mentions, quotes). Those tables are the costly part (entity recognition reads every
word of the corpus); they are computed **once per run**:

* the main job (:func:`helpers.notebooks.run_all`) calls :func:`prepare_study` before
  the first kernel starts, on Dask when ``--workers`` / ``--scheduler`` are given, else
  in its own process (Dask not imported), and passes the cache folder to the notebooks
  as the ``TABLES`` parameter;
* a notebook run alone (JupyterLab, nbconvert, papermill) with ``TABLES = None``
  computes what it uses itself, when it first uses it.

The cache (``<TABLES>/study-<key>/``, one pickle per table, written into a temporary
folder and renamed into place, so a reader never sees half an entry) is keyed by
:func:`study_key`: the corpus files (path, size, modification time), ``fields``,
``group_from``, the counting options, and the files of the ``helpers`` package and of
the gazetteer folder. Changing any of them changes the key, so a stale entry is never
read; entries beyond the newest :data:`KEEP_ENTRIES` are removed.

What is counted is fixed, so every notebook sees the same numbers: unigrams and
bigrams over titles and bodies (:data:`COUNT_ZONES`, captions repeat the body);
mentions over titles, captions and bodies with the default gazetteer
(:data:`helpers.entities.extract.ZONES`, :func:`helpers.entities.load_gazetteer`);
quotations with those mentions (``extract_quotes(stories, mentions=...)``, so entities
are never recognised twice). A notebook asking for other zones or another gazetteer
gets them computed in its kernel (:meth:`Study.counts`, :meth:`Study.mentions`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import shutil
import socket
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.errors import KhabarError, check_path, check_whole, is_defect
from helpers.grouping import (
    CORPUS_GROUP,
    Unit,
    check_path_parameters,
    choose_group_by,
    folder_groups,
    read_parameter,
)
from helpers.io import read_json

__all__ = [
    "COUNT_N",
    "COUNT_ZONES",
    "KEEP_ENTRIES",
    "Comparison",
    "Study",
    "StudyError",
    "StudyJob",
    "check_options",
    "open_study",
    "prepare_study",
    "spawn_study",
    "start_study",
    "study_key",
]

#: Zones counted for term frequencies, keyness, overlap and time series.
COUNT_ZONES = ("title", "body")
#: n-gram lengths counted.
COUNT_N = (1, 2)
#: Cache entries kept in a ``TABLES`` folder (the newest).
KEEP_ENTRIES = 4
#: Stories per partition of the corpus-scale step (one progress step, one Dask task).
PARTITION_SIZE = 1000
#: Bump when the layout of a cache entry changes.
FORMAT = 1
TABLE_FILES = ("stories", "report", "counts", "mentions", "quotes")
#: In an entry while its tables are computed: ``{"pid": ..., "host": ...}``.
PENDING = "pending.json"
#: In an entry whose tables could not be computed: the error, one line.
FAILED = "failed.txt"
PACKAGE = Path(__file__).resolve().parent


# ------------------------------------------------------------------------------ key


def _stat_rows(root: Path, files) -> list[tuple[str, int, int]]:
    rows = []
    for f in files:
        try:
            st = Path(f).stat()
        except OSError:
            continue
        rel = os.path.relpath(f, root) if root.is_dir() else Path(f).name
        rows.append((rel, st.st_size, st.st_mtime_ns))
    return rows


def _tree(folder: Path) -> list[tuple[str, int, int]]:
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return _stat_rows(folder, files)


def study_key(
    corpus: str | os.PathLike,
    *,
    fields: dict[str, str] | None = None,
    group_from: str | None = None,
) -> str:
    """The cache key of a corpus's tables: 20 hex digits of a SHA-256.

    Hashes: the corpus path as given (the stories table names its files that way)
    and resolved and, for every file of
    :func:`helpers.corpus.corpus_files`, its path, size and modification time (ns);
    ``fields``; ``group_from``; :data:`COUNT_ZONES`, :data:`COUNT_N`, :data:`FORMAT`;
    the path, size and modification time of every file of the ``helpers`` package and
    of the gazetteer folder (:data:`helpers.entities.gazetteer.DEFAULT_USER_DIR`); the
    Python and pandas versions (pickles are read back by the same ones). A file added,
    removed, edited or touched gives another key.

    A file name holding bytes that are not UTF-8 is hashed as its bytes.

    Raises
    ------
    The errors of :func:`helpers.corpus.corpus_files` (missing corpus, no corpus file).
    """
    from helpers.corpus import corpus_files
    from helpers.entities.gazetteer import DEFAULT_USER_DIR

    root = Path(corpus).expanduser().resolve()
    what = {
        "format": FORMAT,
        "corpus": str(root),
        "given": str(corpus),  # the stories name their files as the corpus was given
        "files": _stat_rows(root, corpus_files(root)),
        "fields": sorted((fields or {}).items()),
        "group_from": group_from,
        "zones": COUNT_ZONES,
        "n": COUNT_N,
        "code": _tree(PACKAGE),
        "gazetteer": _tree(Path(DEFAULT_USER_DIR)),
        "python": sys.version,
        "pandas": pd.__version__,
    }
    text = json.dumps(what, ensure_ascii=False, sort_keys=True, default=str)
    # a file name's bytes that are not UTF-8 are lone surrogates in str (os.fsdecode):
    # encoded back to those bytes, so the key is the names' own (session 22: was a
    # UnicodeEncodeError traceback of `python -m helpers run`)
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:20]


def _entry(cache: Path, key: str) -> Path:
    return cache / f"study-{key}"


# -------------------------------------------------------------------------- compute


def _load(corpus, fields, group_from, progress):
    from helpers.corpus import load_corpus

    return load_corpus(
        corpus, fields=fields, group_from=group_from, return_report=True, progress=progress
    )


def _tables(stories, *, entities: bool, workers=None, scheduler=None, progress=None):
    """:func:`helpers.cluster.corpus_tables` of a stories table with the study's options
    (partitions of :data:`PARTITION_SIZE` stories; a progress bar on stderr when there is
    more than one, or as ``progress`` says)."""
    from helpers.cluster import corpus_tables

    if progress is None:  # by size, never by time: a notebook's output must not vary
        progress = len(stories) > PARTITION_SIZE
    return corpus_tables(
        stories,
        n=COUNT_N,
        zones=COUNT_ZONES,
        entities=entities,
        quotes=entities,
        workers=workers,
        scheduler=scheduler,
        partition_size=PARTITION_SIZE,
        progress=progress,
    )


class StudyError(KhabarError):
    """The run's corpus tables could not be computed (the message says why)."""


def _dump(value: object, path: Path) -> None:
    """Pickle ``value`` to ``path`` atomically (a temporary file renamed into place)."""
    from helpers.io import atomic_write

    with atomic_write(path, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _pending_alive(entry: Path) -> bool:
    """Whether the process computing the entry's tables (``pending.json``) still runs:
    its pid on this host (a process on another host is taken to run)."""
    try:
        who = read_json(entry / PENDING)
    except (OSError, ValueError):
        return False
    if not isinstance(who, dict):  # a damaged record: no process to wait for
        return False
    if who.get("host") != socket.gethostname():
        return True
    try:
        os.kill(int(who["pid"]), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, KeyError, TypeError, ValueError):
        return True
    return True


def _complete(entry: Path) -> bool:
    return all((entry / f"{name}.pkl").is_file() for name in TABLE_FILES)


_MISSING = object()


def _read_table(entry: Path, name: str, poll: float = 0.05):
    """``<entry>/<name>.pkl``, waiting while the runner still computes it; ``_MISSING``
    when the entry will not have it (its runner stopped).

    Raises
    ------
    StudyError
        The runner failed to compute the tables (``failed.txt``).
    """
    path = entry / f"{name}.pkl"
    while True:
        # pending.json is read first: the runner writes the tables (or failed.txt)
        # before removing it, so once it is gone they are seen below. Read last, a
        # runner ending between the looks was taken for one that stopped (the table
        # then computed again here, or its error raised as its own class)
        alive = _pending_alive(entry)
        if path.is_file():
            with open(path, "rb") as fh:
                return pickle.load(fh)
        if (entry / FAILED).is_file():
            raise StudyError(
                (entry / FAILED).read_text(encoding="utf-8").strip(),
                hint="the main job's log says more",
            )
        if not alive:
            return _MISSING
        time.sleep(poll)


def _prune(cache: Path, keep: Path) -> None:
    """Remove all but the newest :data:`KEEP_ENTRIES` entries (never ``keep``)."""
    entries = sorted(
        (p for p in cache.glob("study-*") if p.is_dir() and p != keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in entries[KEEP_ENTRIES - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


class StudyJob:
    """The run's corpus tables being computed (:func:`start_study`, :func:`spawn_study`).

    ``entry`` is usable at once: it holds ``stories.pkl`` and ``report.pkl``; the
    other tables appear in it when done (a notebook asking for one waits). Call
    :meth:`wait` before using the run's outputs. The computation runs in a thread of
    this process (``thread``) or in a child process (``process``, a
    :class:`subprocess.Popen`) that exits when the tables are written.
    """

    def __init__(self, entry: Path, thread: threading.Thread | None = None, process=None) -> None:
        self.entry = entry
        self.thread = thread
        self.process = process
        self.error: BaseException | None = None
        #: stories in the corpus, and whether its tables are being computed (not read
        #: from the cache): set by :func:`spawn_study`
        self.stories: int | None = None
        self.computing = thread is not None

    def done(self) -> bool:
        """Whether the computation has ended (well or not)."""
        if self.process is not None:
            return self.process.poll() is not None
        return self.thread is None or not self.thread.is_alive()

    def stop(self) -> None:
        """End a child process still computing (a run that stopped early); its entry
        is made again by the next run. A thread cannot be stopped and is left to end."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except Exception:  # TimeoutExpired: it did not listen
                self.process.kill()
                self.process.wait()

    def wait(self) -> Path:
        """Wait for the tables; return the entry.

        Raises
        ------
        The error the computation raised (:func:`helpers.cluster.corpus_tables`...); from
        a child process, the same class rebuilt from ``failed.txt``
        (:class:`StudyError` when it is no :class:`~helpers.errors.KhabarError`).
        """
        if self.thread is not None:
            self.thread.join()
        if self.process is not None and self.process.wait() != 0 and self.error is None:
            try:
                line = (self.entry / FAILED).read_text(encoding="utf-8").strip()
            except OSError:
                code = self.process.returncode
                line = f"StudyError: the corpus tables' process ended with code {code}"
            self.error = _rebuilt(line)
        if self.error is not None:
            raise self.error
        return self.entry


def _rebuilt(line: str) -> KhabarError:
    """A ``Type: message`` line (``failed.txt``, a child's report) as an error of that
    type when it is a :class:`~helpers.errors.KhabarError` of khabar, else a
    :class:`StudyError` holding the whole line. The message is kept as it was."""
    import helpers.errors

    name, _, message = line.partition(": ")
    cls = getattr(helpers.errors, name, None) or globals().get(name)
    if isinstance(cls, type) and issubclass(cls, KhabarError) and message:
        return cls(message)
    return StudyError(line)


def _compute(job: StudyJob, stories, workers, scheduler, progress) -> None:
    """Thread body: the tables into ``job.entry``, then ``pending.json`` removed; on an
    error, ``failed.txt`` (read by the notebooks waiting) first."""
    entry = job.entry
    try:
        tables = _tables(
            stories, entities=True, workers=workers, scheduler=scheduler, progress=progress
        )
        for name in ("counts", "mentions", "quotes"):
            _dump(getattr(tables, name), entry / f"{name}.pkl")
    except BaseException as exc:
        job.error = exc
        if is_defect(exc):
            # a defect, not bad input: the whole traceback (with the story it was
            # reading, helpers.errors.in_story) goes to the main job's log
            print("corpus tables failed; please report this:", file=sys.stderr)
            traceback.print_exception(exc, file=sys.stderr)
        with contextlib.suppress(OSError):  # helpers.io.OutputError is one
            from helpers.io import atomic_write

            # atomically: a reader that sees failed.txt must see its message (written
            # in place, a loaded machine showed a notebook the empty file)
            with atomic_write(entry / FAILED, "w") as fh:
                fh.write(f"{type(exc).__name__}: {exc}")
    finally:
        with contextlib.suppress(OSError):
            (entry / PENDING).unlink()


def start_study(
    corpus: str | os.PathLike,
    cache: str | os.PathLike,
    *,
    fields: dict[str, str] | str | None = None,
    workers: object = None,
    scheduler: object = None,
    progress: bool | None = None,
    check=None,
) -> StudyJob:
    """Begin computing a corpus's tables for the notebooks of a run; return at once.

    The corpus is read here (:func:`helpers.corpus.load_corpus`, with
    ``group_from="folder"`` when :func:`helpers.grouping.folder_groups` says so) and its
    entry ``<cache>/study-<key>/`` made with ``stories.pkl``, ``report.pkl``,
    ``about.json`` and ``pending.json`` (this process's id); then a thread counts it and
    finds mentions and quotations (:func:`helpers.cluster.corpus_tables`, on the Dask
    cluster named by ``workers`` / ``scheduler``, else in this process) and writes
    ``counts.pkl``, ``mentions.pkl``, ``quotes.pkl`` (each atomically) before removing
    ``pending.json``, or writes ``failed.txt``. Kernels start meanwhile: a notebook
    needs the stories at once and the tables only later. A complete entry for the
    same key is reused; an incomplete one whose process is gone is made again.

    Parameters
    ----------
    corpus : str or path
        The ``CORPUS`` of the notebooks.
    cache : str or path
        The ``TABLES`` folder; created if missing.
    fields : dict, JSON text or None
        The ``FIELDS`` mapping (:func:`helpers.grouping.read_parameter`).
    workers, scheduler
        As :func:`helpers.cluster.corpus_tables` (``--workers`` / ``--scheduler``).
    progress : bool or None
        tqdm progress bars on stderr (bytes read, partitions counted); ``None``: for
        big corpora only.
    check : callable or None
        Called with the stories table once it is read (or found in the cache), and the
        keywords ``report`` (the cleaning report) and ``corpus``, before anything is
        computed or written: :func:`check_options` of the run's options, whose error
        stops here.

    Returns
    -------
    StudyJob

    Raises
    ------
    The errors of :func:`helpers.corpus.load_corpus` (at once) and, from
    :meth:`StudyJob.wait`, of :func:`helpers.cluster.corpus_tables`;
    :class:`helpers.errors.OutputError` when ``cache`` cannot be written.
    """
    from helpers.corpus.duplicates import dropped_count
    from helpers.io import _output_error

    fields = read_parameter(fields, "FIELDS") or None
    group_from = folder_groups(corpus)
    key = study_key(corpus, fields=fields, group_from=group_from)
    cache = Path(cache).expanduser()
    entry = _entry(cache, key)
    if entry.is_dir():
        if _complete(entry) or _pending_alive(entry):
            if check is not None:
                stories = _read_table(entry, "stories")
                if stories is not _MISSING:
                    report = _read_table(entry, "report")
                    report = None if report is _MISSING else report
                    check(stories, report=report, corpus=corpus)
                del stories
            return StudyJob(entry)
        shutil.rmtree(entry, ignore_errors=True)  # left by a run that stopped
    stories, report = _load(corpus, fields, group_from, progress)
    if check is not None:
        check(stories, report=report, corpus=corpus)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".study-{key}-", dir=cache))
    except OSError as exc:
        raise _output_error(cache, exc) from None
    try:
        _dump(stories, tmp / "stories.pkl")
        _dump(report, tmp / "report.pkl")
        about = {
            "corpus": str(corpus),
            "fields": fields,
            "group_from": group_from,
            "stories": len(stories),
            "duplicates_dropped": dropped_count(report),
            "zones": COUNT_ZONES,
            "n": COUNT_N,
        }
        (tmp / "about.json").write_text(
            json.dumps(about, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
        )
        (tmp / PENDING).write_text(
            json.dumps({"pid": os.getpid(), "host": socket.gethostname()}), encoding="utf-8"
        )
        try:
            os.replace(tmp, entry)
        except OSError:
            if entry.is_dir():  # another run made it meanwhile: use theirs
                return StudyJob(entry)
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _prune(cache, keep=entry)
    job = StudyJob(entry)
    job.thread = threading.Thread(
        target=_compute,
        args=(job, stories, workers, scheduler, progress),
        name="khabar-corpus-tables",
        daemon=True,
    )
    job.thread.start()
    return job


def check_options(
    stories: pd.DataFrame,
    *,
    group_by: object = None,
    target: object = None,
    reference: object = None,
    fields: object = None,
    report: pd.DataFrame | None = None,
    corpus: str | os.PathLike | None = None,
) -> None:
    """Check the run's ``GROUP_BY``, ``TARGET`` and ``REFERENCE`` against a stories table,
    as the notebooks will use them, so that a bad value stops the main job before any
    notebook starts.

    ``group_by`` must be a unit :func:`helpers.grouping.choose_group_by` accepts (a
    column of ``stories`` with a value for some story, or a period of its ``date``
    column); ``target`` and ``reference`` (story ids, lists, JSON selections) must each
    select at least one story (:func:`helpers.corpus.select_stories`) and, ``target``
    given, resolve to two sides as the notebooks resolve them
    (:func:`helpers.corpus.resolve_sides`: not overlapping, and with ``reference`` None
    the rest of the corpus not empty). ``fields`` is the run's ``FIELDS`` mapping: a
    ``group_by`` naming a mapped field means its column (``source`` -> ``outlet``).
    ``report`` and ``corpus`` (the cleaning report and the corpus read) let a period
    unit on a corpus without a readable date say so, with the report's count of
    unreadable dates, naming the corpus (:func:`helpers.grouping.choose_group_by`).

    Raises
    ------
    helpers.errors.ArgumentError, helpers.errors.CorpusFormatError
        ``group_by`` names a missing column, one empty for every story, or the file-path
        column ``source``; the message starts with ``GROUP_BY`` and lists the columns.
    helpers.errors.SelectionError
        A selection names a missing column or value, or selects no story; the message
        starts with ``TARGET`` or ``REFERENCE``.
    """
    import warnings

    from helpers.corpus import default_target, resolve_sides, select_stories
    from helpers.errors import SelectionError

    group_by = read_parameter(group_by, "GROUP_BY")
    try:
        with warnings.catch_warnings():  # the notebooks say it, once each
            warnings.simplefilter("ignore")
            unit = choose_group_by(stories, group_by, fields=fields, report=report, corpus=corpus)
    except KhabarError as exc:
        if "GROUP_BY" in str(exc):
            raise
        raise type(exc)(f"GROUP_BY {group_by!r}: {exc}") from None
    sides = {}
    for name, value in (("TARGET", target), ("REFERENCE", reference)):
        value = read_parameter(value, name)
        if value is None:
            continue
        try:
            select_stories(value, stories=stories, name=name.lower())
        except KhabarError as exc:
            raise type(exc)(f"{name} {_shown(value)}: {exc}") from None
        sides[name] = value
    # the notebooks' own resolution: REFERENCE None is the rest; TARGET None is the
    # default target where notebook 04 compares (Study.can_compare / compare)
    target, what = sides.get("TARGET"), "TARGET"
    compares = len(stories) > 1 and unit.groups > 1 and unit.by != CORPUS_GROUP
    if target is None and "REFERENCE" in sides and compares:
        target = default_target(stories, unit.by)
        what = f"TARGET (not given: {_shown(target)})"
    if target is not None:
        try:
            resolve_sides(stories, target, sides.get("REFERENCE"))
        except KhabarError as exc:
            raise SelectionError(f"{what} and REFERENCE: {exc}") from None


def _shown(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:79] + "…"


def spawn_study(
    corpus: str | os.PathLike,
    cache: str | os.PathLike,
    *,
    fields: dict[str, str] | str | None = None,
    workers: object = None,
    scheduler: object = None,
    progress: bool | None = None,
    group_by: object = None,
    target: object = None,
    reference: object = None,
    cwd: str | os.PathLike | None = None,
    meanwhile=None,
) -> StudyJob:
    """:func:`start_study` in a child process, which exits when the tables are written.

    What the main job calls: the tables step holds the corpus, its counters and the
    entity recogniser (1.4 GB at 20,329 articles); in a child process that memory goes
    back to the system when it ends, and the runner itself never holds stories or
    tables. Returns once the child has read the corpus, checked the options
    (:func:`check_options`) and made the entry (``stories.pkl``, ``report.pkl``,
    ``pending.json`` naming the child): notebooks can open it at once and wait for
    the other tables there. The child's progress bars and warnings go to this
    process's stderr.

    Parameters
    ----------
    corpus, cache, fields, workers, scheduler, progress
        As :func:`start_study`.
    group_by, target, reference
        The run's ``GROUP_BY``, ``TARGET``, ``REFERENCE`` (:func:`check_options`).
    cwd : str, path or None
        The child's working folder: the notebooks' folder, so that a relative
        ``corpus`` is read (and its files named in the tables) as the notebooks do.
    meanwhile : callable or None
        Called (no arguments) once the child is started, while it reads the corpus
        (the runner imports papermill and nbconvert then).

    Returns
    -------
    StudyJob
        With ``process`` set; :meth:`StudyJob.wait` raises the child's error.

    Raises
    ------
    The errors of :func:`start_study` and :func:`check_options`, rebuilt from the
    child's report (same class and message).
    """
    import subprocess

    request = {
        "corpus": str(corpus),
        "cache": str(Path(cache).expanduser().absolute()),
        "fields": read_parameter(fields, "FIELDS") or None,
        "workers": workers,
        "scheduler": scheduler,
        "progress": progress,
        "group_by": group_by,
        "target": target,
        "reference": reference,
    }
    code = "import sys; from helpers.study import _serve; sys.exit(_serve(sys.argv[1]))"
    process = subprocess.Popen(
        [sys.executable, "-c", code, json.dumps(request, ensure_ascii=False, default=str)],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        text=True,
        encoding="utf-8",
    )
    try:
        if meanwhile is not None:
            meanwhile()
        line = process.stdout.readline()
    except BaseException:  # Ctrl-C while the child reads the corpus: it goes too
        process.kill()
        process.wait()
        raise
    process.stdout.close()
    try:
        answer = json.loads(line)
    except ValueError:
        answer = {}
    if "entry" not in answer:
        process.wait()
        error = answer.get("error") or (
            f"StudyError: the corpus tables' process ended with code {process.returncode} "
            "before reading the corpus"
        )
        raise _rebuilt(error)
    job = StudyJob(Path(cwd or ".", answer["entry"]).absolute(), process=process)
    job.stories = answer.get("stories")
    job.computing = bool(answer.get("computing"))
    return job


def _serve(request: str) -> int:
    """Body of the :func:`spawn_study` child: one JSON line on stdout (``{"entry": ...}``
    once the corpus is read, or ``{"error": "Type: message"}``), then the tables."""
    import functools

    args = json.loads(request)
    report = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # anything else printed goes to the job's log, not the pipe
    check = functools.partial(
        check_options,
        group_by=args["group_by"],
        target=args["target"],
        reference=args["reference"],
        fields=args["fields"],
    )
    try:
        job = start_study(
            args["corpus"],
            args["cache"],
            fields=args["fields"],
            workers=args["workers"],
            scheduler=args["scheduler"],
            progress=args["progress"],
            check=check,
        )
    except BaseException as exc:  # reported as one line; the runner raises it
        report.write(json.dumps({"error": f"{type(exc).__name__}: {exc}"}, ensure_ascii=False))
        report.write("\n")
        report.close()
        return 1
    try:
        stories = json.loads((job.entry / "about.json").read_text(encoding="utf-8"))["stories"]
    except (OSError, ValueError, KeyError):
        stories = None
    ready = {"entry": str(job.entry), "stories": stories, "computing": not job.done()}
    report.write(json.dumps(ready, ensure_ascii=False) + "\n")
    report.close()
    try:
        job.wait()
    except BaseException:  # in failed.txt for the notebooks and the runner
        return 1
    return 0


def prepare_study(
    corpus: str | os.PathLike,
    cache: str | os.PathLike,
    *,
    fields: dict[str, str] | str | None = None,
    workers: object = None,
    scheduler: object = None,
    progress: bool | None = None,
) -> Path:
    """Compute a corpus's tables once and cache them: :func:`start_study` and wait.

    Returns the entry ``<cache>/study-<key>/`` (``stories.pkl``, ``report.pkl``,
    ``counts.pkl`` (:class:`helpers.freq.CorpusCounts`), ``mentions.pkl``,
    ``quotes.pkl``, ``about.json``). An entry another process is still computing is
    returned at once (its tables are waited for when read). Parameters and errors as
    :func:`start_study`.
    """
    return start_study(
        corpus, cache, fields=fields, workers=workers, scheduler=scheduler, progress=progress
    ).wait()


# ----------------------------------------------------------------------- comparison


@dataclass(frozen=True)
class Comparison:
    """Two sides of a corpus compared at group level (:meth:`Study.compare`).

    Attributes
    ----------
    target, reference
        The selections as :func:`helpers.corpus.select_stories` takes them
        (``reference`` None: the rest of the corpus).
    target_ids, reference_ids : list of str
        The story ids on each side (:func:`helpers.corpus.resolve_sides`).
    target_name, reference_name : str
        How charts and tables name each side (an Arabic date for a period; «بقية
        القصص», the other stories, for the rest; the rest's group when it is one
        group, as with two outlets).
    """

    target: object
    reference: object
    target_ids: list[str]
    reference_ids: list[str]
    target_name: str
    reference_name: str

    @property
    def subtitle(self) -> str:
        """What the charts compare, with the stories on each side
        (:func:`helpers.charts.comparison_subtitle`)."""
        from helpers.charts import comparison_subtitle

        return comparison_subtitle(
            self.target_name, len(self.target_ids), self.reference_name, len(self.reference_ids)
        )

    @property
    def chart_sides(self) -> dict[str, object]:
        """``group_sizes`` and ``order`` for the group charts drawn by side."""
        return {
            "group_sizes": {
                self.target_name: len(self.target_ids),
                self.reference_name: len(self.reference_ids),
            },
            "order": [self.target_name, self.reference_name],
        }

    def sides(self, stories: pd.DataFrame) -> pd.DataFrame:
        """``stories`` with a ``side`` column: the side's name, missing for a story on
        neither side (for ``by="side"``)."""
        side = {
            **dict.fromkeys(self.reference_ids, self.reference_name),
            **dict.fromkeys(self.target_ids, self.target_name),
        }
        return stories.assign(side=stories["story_id"].map(side))

    def describe(self) -> str:
        """Markdown, in Arabic as the tables around it: which side is أ (A, the target)
        and which ب (B), with their stories counted by
        :func:`helpers.charts.skeleton.stories_phrase`: «**أ** = الوئام (322 قصة)؛ **ب** =
        سبق (3 قصص).» (session 19: «(322 stories)»; the letters as ``value_names.tsv``
        shows the sides). The names are data (an outlet, a group): written by
        :func:`helpers.display.escape_markdown`, never read as Markdown or HTML."""
        from helpers.charts.skeleton import stories_phrase
        from helpers.display import escape_markdown

        a, b = (stories_phrase(len(ids)) for ids in (self.target_ids, self.reference_ids))
        return (
            f"**أ** = {escape_markdown(self.target_name)} ({a})؛ "
            f"**ب** = {escape_markdown(self.reference_name)} ({b})."
        )


# ---------------------------------------------------------------------------- study


@dataclass
class Study:
    """A corpus opened for the notebooks (:func:`open_study`).

    Attributes
    ----------
    corpus : str
        The corpus path as given.
    stories : pandas.DataFrame
        The stories table (:func:`helpers.corpus.load_corpus`; with a
        :data:`helpers.grouping.CORPUS_GROUP` column when the unit is the whole corpus).
    report : pandas.DataFrame
        The cleaning report.
    unit : helpers.grouping.Unit
        The unit of comparison in force.
    names : dict
        ``{story_id: short title}`` (:func:`helpers.charts.story_labels`).
    entry : Path or None
        The cache entry the tables come from (None: computed in this process).
    """

    corpus: str
    stories: pd.DataFrame
    report: pd.DataFrame
    unit: Unit
    names: dict[str, str]
    entry: Path | None = None
    workers: object = None
    scheduler: object = None
    _cache: dict[str, object] = field(default_factory=dict, repr=False)

    # the unit, in the names the notebooks use
    @property
    def by(self) -> str:
        """``by=`` of the counting functions (:attr:`helpers.grouping.Unit.by`)."""
        return self.unit.by

    @property
    def col(self) -> str:
        """The group column of output tables (``period`` for dates)."""
        return self.unit.column()

    @property
    def per_story(self) -> bool:
        """Per-story tables and figure files (story level, at most 8 stories)."""
        return self.unit.per_story

    @property
    def groups(self) -> pd.Series:
        """The group label (:meth:`Unit.label`) of every story, indexed by story id
        (:func:`helpers.corpus.story_groups`, labelled; stories with no value left out).
        Computed once a study."""
        if "groups" not in self._cache:
            from helpers.corpus import story_groups

            self._cache["groups"] = story_groups(self.stories, self.by).map(self.unit.label)
        return self._cache["groups"]

    @property
    def sizes(self) -> pd.Series:
        """Stories per group, indexed by the group's label (:meth:`Unit.label`),
        largest first (int64)."""
        if "sizes" not in self._cache:
            self._cache["sizes"] = self.groups.value_counts()
        return self._cache["sizes"]

    def derived(self, key: tuple, source: object, make):
        """``make()``, computed once a study for ``key`` and the very object ``source``
        it is made from (a table of this study, such as :meth:`mentions`): the next call
        with the same key and source returns the stored result. For the sections'
        group-level derivations that several notebook cells ask for."""
        hit = self._cache.get(key)
        if hit is not None and hit[0] is source:
            return hit[1]
        value = make()
        self._cache[key] = (source, value)
        return value

    @property
    def dated(self) -> bool:
        """The stories have a ``date`` column with at least one date."""
        return "date" in self.stories.columns and bool(self.stories["date"].notna().any())

    def describe(self):
        """The unit in force, why, and how to change it (IPython Markdown, which prints
        as its text in a plain script: :func:`helpers.display.markdown`)."""
        from helpers.display import markdown

        return markdown(self.unit.describe())

    # the corpus-scale tables
    def _stored(self, name: str):
        if name not in self._cache:
            value = _MISSING if self.entry is None else _read_table(self.entry, name)
            if value is not _MISSING:
                self._cache[name] = value
            else:
                entities = name in ("mentions", "quotes")
                tables = _tables(
                    self.stories,
                    entities=entities,
                    workers=self.workers,
                    scheduler=self.scheduler,
                )
                self._cache["counts"] = tables.counts
                if entities:
                    self._cache["mentions"] = tables.mentions
                    self._cache["quotes"] = tables.quotes
        return self._cache[name]

    def counts(self, zones: Sequence[str] = COUNT_ZONES, n: Sequence[int] = COUNT_N):
        """Term-key counts per story (:class:`helpers.freq.CorpusCounts`) of the n-gram
        orders ``n`` (default :data:`COUNT_N`, unigrams and bigrams) over ``zones``: the
        run's cached counts for :data:`COUNT_ZONES` and :data:`COUNT_N`, else
        :func:`helpers.freq.count_corpus` in this process (kept for the session; n = (1,
        2, 3) is what notebook 02's ``DROP_SUBSUMED`` asks for). ``zones`` is checked by
        :func:`helpers.errors.check_names` (one zone may be a str: ``"body"``); an
        :class:`~helpers.errors.ArgumentError` names a bad one. Zones and orders are
        taken in their one order (zones as :data:`helpers.corpus.load.ZONES`, orders
        ascending, repeats dropped) before the cache is read, so ``("body", "title")``, a
        set and ``(2, 1)`` find the same counts as the defaults (session 23)."""
        from helpers.corpus.load import ZONES
        from helpers.errors import check_names
        from helpers.freq.corpus_counts import _check_n

        zones = check_names(zones, ZONES, func="Study.counts", arg="zones")
        zones = tuple(z for z in ZONES if z in zones)
        n = _check_n(n, "Study.counts")
        if zones == COUNT_ZONES and n == COUNT_N:
            return self._stored("counts")
        key = "counts:" + "+".join(zones) + ("" if n == COUNT_N else f":n={n}")
        if key not in self._cache:
            from helpers.freq import count_corpus

            self._cache[key] = count_corpus(self.stories, n=n, zones=zones)
        return self._cache[key]

    def mentions(self, gazetteer: str | os.PathLike | None = None, zones=None) -> pd.DataFrame:
        """The mentions table (:func:`helpers.entities.extract_entities`).

        ``gazetteer`` (a folder of CSV files) and ``zones`` default to those of
        :func:`helpers.entities.extract_entities`; with them the run's cached table is
        returned, otherwise the mentions are found in this process.
        """
        from helpers.entities.extract import ZONES
        from helpers.entities.gazetteer import DEFAULT_USER_DIR

        zones = ZONES if zones is None else tuple(zones)
        default = gazetteer is None or (
            Path(gazetteer).expanduser().resolve() == Path(DEFAULT_USER_DIR).resolve()
        )
        if default and zones == tuple(ZONES):
            return self._stored("mentions")
        key = f"mentions:{gazetteer}:{'+'.join(zones)}"
        if key not in self._cache:
            from helpers.entities import extract_entities, load_gazetteer

            gaz = load_gazetteer(gazetteer) if gazetteer is not None else None
            self._cache[key] = extract_entities(self.stories, gaz, zones=zones)
        return self._cache[key]

    @property
    def quotes(self) -> pd.DataFrame:
        """The quotes table (:func:`helpers.quotes.extract_quotes` with the run's
        mentions)."""
        return self._stored("quotes")

    def tables(self):
        """The run's tables as a :class:`helpers.cluster.CorpusTables` (its ``stories``
        is this study's stories table)."""
        from helpers.cluster import CorpusTables

        return CorpusTables(
            counts=self.counts(),
            stories=self.stories,
            report=self.report,
            mentions=self.mentions(),
            quotes=self.quotes,
        )

    # comparisons
    def can_compare(self, target: object = None) -> bool:
        """Whether there are two sides: more than one story, and story level, a
        ``target`` given, or more than one group."""
        return len(self.stories) > 1 and (
            self.per_story or target is not None or self.unit.groups > 1
        )

    def compare(self, target: object = None, reference: object = None) -> Comparison:
        """The two sides of a comparison: ``target`` (default: the first story at story
        level, else the group with most stories) against
        ``reference`` (default: the rest of the corpus, named «بقية القصص», or by its
        group when the rest is one group: two outlets; beyond story level the rest
        leaves out the stories with no value of the unit, as every comparison by it
        does: session 21). Selections as
        :func:`helpers.corpus.select_stories` (also JSON text, :func:`read_parameter`).

        Raises
        ------
        helpers.errors.SelectionError
            A side matches no story, the sides overlap or are the same
            (:func:`helpers.corpus.resolve_sides`), or the default rest has no story
            with a value of the unit.
        """
        from helpers.charts import selection_name
        from helpers.charts.views import arabic_date
        from helpers.corpus import default_target, period_start, resolve_sides
        from helpers.corpus.groups import typed_ids
        from helpers.errors import SelectionError

        # ids as loaded (a pasted RLM or bidi control would name the side)
        target = typed_ids(read_parameter(target, "TARGET"))
        reference = typed_ids(read_parameter(reference, "REFERENCE"))
        if target is None:  # robust: the rule check_options shares
            target = default_target(self.stories, self.by)
        ids_a, ids_b = resolve_sides(self.stories, target, reference)

        def name(selection: object, default: str | None = None) -> str:
            # one period of the unit ({"date:W": any day of it}) is named as the
            # unit's groups are, by its start; one day of its date column ({"date":
            # day}) by that day (robust: corpus.period_start reads the selection's
            # dates as the selection does)
            if self.unit.is_period and isinstance(selection, dict) and len(selection) == 1:
                (key, value), base = next(iter(selection.items())), self.by.partition(":")[0]
                if key == self.by and (start := period_start(value, key)) is not None:
                    return self.unit.label(start)
                if key == base and (day := period_start(value, f"{base}:D")) is not None:
                    return arabic_date(day, "D")
            return selection_name(selection, default)

        rest = "بقية القصص"
        if reference is None and not self.per_story:
            # the rest holds only stories with a value of the unit: those without one are
            # left out of every comparison by it, as the unit's note says (session 21:
            # side B counted three stories with no outlet)
            grouped = set(self.groups.index)
            ids_b = [i for i in ids_b if i in grouped]
            if not ids_b:
                raise SelectionError(
                    f"the reference (every story not in the target with a value of "
                    f"{self.by!r}) is empty: the other stories have no {self.by!r}",
                    hint="choose a smaller target or give a reference",
                )
            # the rest of the corpus is one group (two outlets): named as that group
            rest_groups = self.groups.reindex(list(ids_b))
            if rest_groups.notna().all() and rest_groups.nunique() == 1:
                rest = str(rest_groups.iloc[0])
        return Comparison(
            target,
            reference,
            list(ids_a),
            list(ids_b),
            name(target),
            name(reference, rest),
        )

    # samples, for what needs tokens
    def sample(self, n: int = 20) -> pd.DataFrame:
        """Stories whose tokens may be held: every story at story level (at most 8),
        else the first ``n`` stories of each group, in corpus order (a table of
        :attr:`stories`' columns). Raises :class:`~helpers.errors.ArgumentError` when ``n``
        is not a whole number >= 1, at story level too."""
        n = check_whole(n, "Study.sample", "n")  # refused at story level too
        if self.per_story:
            return self.stories
        from helpers.corpus import story_groups

        groups = story_groups(self.stories, self.by)
        chosen = groups.groupby(groups, sort=False).head(n).index
        return self.stories[self.stories["story_id"].isin(chosen)]


def open_study(
    corpus: str | os.PathLike,
    *,
    fields: dict[str, str] | str | None = None,
    group_by: str | None = None,
    workers: object = None,
    scheduler: object = None,
    tables: str | os.PathLike | None = None,
    progress: bool | None = None,
    processed: str | os.PathLike | None = None,
    figures: str | os.PathLike | None = None,
) -> Study:
    """Open a corpus for a notebook: stories, report, unit, names and (lazily) the tables.

    Parameters
    ----------
    corpus : str or path
        The ``CORPUS`` parameter: a file, a folder or a ``.zip``.
    fields : dict, JSON text or None
        The ``FIELDS`` parameter (:func:`helpers.grouping.read_parameter`).
    group_by : str or None
        The ``GROUP_BY`` parameter (:func:`helpers.grouping.choose_group_by`).
    workers, scheduler
        The ``WORKERS`` / ``SCHEDULER`` parameters: where tables not found in the cache
        are computed (:func:`helpers.cluster.corpus_tables`).
    tables : str, path or None
        The ``TABLES`` parameter: a cache folder (the main job passes its own). The
        entry for this corpus is read from it, or computed and written into it. None:
        nothing is cached; tables are computed in this process when first used.
    progress : bool or None
        Progress bars while reading and counting (``None``: big corpora only).
    processed, figures : str, path or None
        The ``PROCESSED`` / ``FIGURES`` parameters (the notebook's output folders),
        only checked here (:func:`helpers.grouping.check_path_parameters`), so that a
        wrong type stops the notebook at its first helper call, before it is used.

    Returns
    -------
    Study

    Raises
    ------
    The errors of :func:`helpers.corpus.load_corpus` (missing corpus, a ``fields``
    mapping naming a missing field...) and :func:`helpers.grouping.choose_group_by`
    (a ``GROUP_BY`` naming a missing or empty column); :class:`helpers.errors.ArgumentError`
    when ``corpus``, ``tables``, ``processed`` or ``figures`` is no path (papermill's
    ``-p CORPUS 5`` passes the number 5: session 22, was a ``TypeError`` deep in
    pathlib; ``PROCESSED`` and ``FIGURES`` session 23).
    """
    check_path(corpus, "open_study", "CORPUS")  # also when None: CORPUS is required
    check_path_parameters(
        {"TABLES": tables, "PROCESSED": processed, "FIGURES": figures}, "open_study"
    )
    fields = read_parameter(fields, "FIELDS") or None
    group_by = read_parameter(group_by, "GROUP_BY")
    group_from = folder_groups(corpus)
    entry = None
    if tables is not None and str(tables).strip():
        # the stories now; the other tables when first used (waiting for the runner)
        entry = start_study(
            corpus, tables, fields=fields, workers=workers, scheduler=scheduler, progress=progress
        ).entry
        stories, report = _read_table(entry, "stories"), _read_table(entry, "report")
    else:
        stories, report = _load(corpus, fields, group_from, progress)
    unit = choose_group_by(stories, group_by, fields=fields, report=report, corpus=corpus)
    if unit.by == CORPUS_GROUP:  # the whole corpus as one group
        stories = stories.assign(**{CORPUS_GROUP: Path(corpus).resolve().name})
    from helpers.charts.labels import story_labels

    return Study(
        corpus=str(corpus),
        stories=stories,
        report=report,
        unit=unit,
        names=story_labels(stories),
        entry=entry,
        workers=workers,
        scheduler=scheduler,
    )
