"""The corpus-scale tables of a corpus, on one process or on a Dask cluster.

One function, :func:`corpus_tables`, runs the same steps on either path:

1. **Partitions.** A corpus path is cut into :class:`FilePiece` partitions
   (:func:`plan_pieces`): every corpus file (:func:`helpers.corpus.corpus_files`; a
   ``.zip`` is one file) is one piece on one process; on a cluster a file larger than
   ``piece_bytes`` (uncompressed; default the corpus's bytes / (8 x workers), between
   1 MiB and 64 MiB) is cut into that many equal story ranges, so that unequal files
   (SaudiNewsNet: 4.2 to 12.6 MB a day) still give every worker the same work. A
   stories table is cut into partitions of ``partition_size`` rows.
2. **Site boilerplate and copies** (with a corpus path and ``boilerplate=True`` or
   ``duplicates="drop"``, what :func:`helpers.corpus.load_corpus` does by default):
   the rules need every story of an outlet, and a copy the stories before it, so it
   is a pass of its own over the same pieces, before the counts (as the clitic
   attestation of step 5 needs every type): map :func:`map_first_pass`
   (:func:`helpers.corpus.boilerplate.edge_counts`: signatures of each story's first
   and last words and word counts per outlet, no text; and
   :func:`helpers.corpus.duplicates.story_hashes`: each story's body hash and id, when
   ``boilerplate=False``), a tree reduction in corpus order, then
   :func:`helpers.corpus.boilerplate.boilerplate_rules` and
   :func:`helpers.corpus.duplicates.find_duplicates` on the worker holding the merged
   counts. Copies are bodies equal once site boilerplate is cut, so with both, a pass
   0b (:func:`map_copies_pass`) reads the pieces again, cuts the site text and hashes
   the bodies. The rules (small: signatures and the word keys of site text) and the ids
   of the copies are sent with every task of step 3, which cuts the site text from its
   stories (:func:`helpers.corpus.boilerplate.apply_boilerplate`) and drops the copies
   (:func:`helpers.corpus.duplicates.drop_duplicates`) before counting; those report
   rows follow the files' rows, copies first, as in :func:`helpers.corpus.load_corpus`.
   Each file is thus read two or three times (once a pass), never sent.
3. **Map** (:func:`map_partition`, a plain picklable function): a piece's file is
   read where the map runs (:func:`helpers.corpus.load_file`: same story ids and
   cleaning-report rows as :func:`helpers.corpus.load_corpus`, including the
   ``skipped`` row of a file that cannot be read) and its story range kept (piece 0
   of a file carries the file's report rows), its site boilerplate cut (step 2),
   then counted in chunks of
   ``chunk_size`` stories (:func:`helpers.freq.count_chunk`, pass 1 over the text:
   surface types and n-grams per story); with ``entities`` / ``quotes``, mentions
   (:func:`helpers.entities.extract_entities`) and quotations
   (:func:`helpers.quotes.extract_quotes`) are found per chunk. Out comes a
   :class:`PartialTables`: counters and small tables, no text of the corpus.
4. **Reduce** (:func:`merge_partials`): partials merged in corpus order, associative, so
   Dask runs it as a tree (``dask.bag.Bag.reduction`` with ``split_every``): what
   moves between workers is counters, not texts.
5. **Pass 2 over types**: the merged types are gathered first and every surface type
   of the whole corpus is analysed once, with the whole corpus's types as clitic
   attestation (:func:`helpers.freq.analyse_types`; on Dask in one slice per worker,
   each worker receiving the types, not the counts); then the keys are applied to
   the merged counts (:func:`finish`: :func:`helpers.freq.finalize_counts`, on the
   worker holding them). Out comes a :class:`helpers.freq.CorpusCounts`, the only
   thing sent back to the client with the report, mentions and quotes.

On one process the partitions are mapped and merged in a loop; with ``workers`` or
``scheduler`` (or ``DASK_SCHEDULER_ADDRESS``) by Dask (:mod:`helpers.cluster.connect`).
Both run the same functions on the same partitions in the same order, so the tables
are identical; Dask is imported only on the cluster path. No scheduler, queue or pool
of khabar's own: a failed or lost task is Dask's to retry.

What is sent to the workers: with a corpus path, the path of each file (the workers
read the files themselves, so they must see them at the same path); with a stories
table, the rows themselves, texts included.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial, reduce
from pathlib import Path

import pandas as pd

from helpers.errors import ArgumentError, CorpusFormatError, EmptyCorpusError, check_whole

__all__ = [
    "CorpusTables",
    "FilePiece",
    "PartialTables",
    "corpus_tables",
    "file_bytes",
    "finish",
    "map_first_pass",
    "map_partition",
    "merge_partials",
    "plan_pieces",
]

#: Partials merged per node of Dask's reduction tree.
SPLIT_EVERY = 8
#: On a cluster, partitions per worker the automatic ``piece_bytes`` aims at: with
#: pieces handed out as workers free up, the last piece leaves a worker idle for at
#: most about 1/8 of its share.
PIECES_PER_WORKER = 8
#: Bounds of the automatic ``piece_bytes`` (uncompressed bytes of corpus file).
MIN_PIECE_BYTES = 1 << 20
MAX_PIECE_BYTES = 64 << 20
#: A file is cut into at most this many pieces (each piece parses the whole file).
MAX_PIECES_PER_FILE = 64


@dataclass(frozen=True)
class FilePiece:
    """Partition ``index`` of ``of`` of one corpus file (picklable; what a task receives).

    Of the ``n`` stories :func:`helpers.corpus.load_file` reads from ``path``, the piece
    holds those at positions ``n * index // of`` to ``n * (index + 1) // of`` (end
    excluded); the file's cleaning-report rows go with piece 0. The pieces ``0 .. of-1``
    of a file, in order, are thus exactly the file.
    """

    path: str
    index: int = 0
    of: int = 1


@dataclass
class _Spec:
    """What every partition is asked to compute (picklable; sent with each task)."""

    root: str | None
    fields: dict | None
    group_from: str | None
    errors: str
    n: tuple[int, ...]
    zones: tuple[str, ...]
    chunk_size: int
    entities: bool
    quotes: bool
    #: Site-boilerplate rules of the whole corpus (pass 0), applied to each partition's
    #: stories before counting; None: the text as read.
    rules: object | None = None
    #: ``duplicates=`` and ``boilerplate=`` of :func:`corpus_tables`.
    duplicates: str = "drop"
    boilerplate: bool = True
    #: The copies of the whole corpus (pass 0, :func:`helpers.corpus.duplicates.
    #: find_duplicates`): ``{dropped story_id: kept story_id}``, dropped from each
    #: partition before anything else; None or empty: none.
    dropped: dict | None = None


@dataclass
class PartialTables:
    """The map step's output for one or more partitions (picklable, mergeable).

    Attributes
    ----------
    surface : helpers.freq.SurfaceCounts or None
        Pass-1 counts of the partition's stories (None: no story).
    report : pandas.DataFrame
        Cleaning-report rows (:data:`helpers.corpus.REPORT_COLUMNS`) of the partition's
        files, in corpus order (empty for a stories table).
    mentions : pandas.DataFrame or None
        Mentions table rows of the partition (``entities=True``).
    quotes : pandas.DataFrame or None
        Quotes table rows of the partition (``quotes=True``).
    duplicate_report : pandas.DataFrame or None
        Cleaning-report rows of the copies dropped (:func:`helpers.corpus.duplicates.
        drop_duplicates`), which :func:`helpers.corpus.load_corpus` lists after the rows
        of every file and before those of site boilerplate; None when none was dropped.
    site_report : pandas.DataFrame or None
        Cleaning-report rows of the site-boilerplate pass (``reason`` starting ``site
        boilerplate``), which :func:`helpers.corpus.load_corpus` lists after the rows of
        every file; None when the pass did not run.
    titled : frozenset
        :func:`helpers.entities.aliases.titled_marks` of the partition's PERSON mentions
        (read from its text, which the merged tables do not keep).
    """

    surface: object | None
    report: pd.DataFrame
    mentions: pd.DataFrame | None = None
    quotes: pd.DataFrame | None = None
    site_report: pd.DataFrame | None = None
    titled: frozenset = frozenset()
    duplicate_report: pd.DataFrame | None = None

    def __sizeof__(self) -> int:
        """Bytes held, roughly: what Dask's memory accounting and transfer counters see
        (``dask.sizeof`` falls back to ``sys.getsizeof``; without this, 56 bytes)."""
        return _deep_size(self.surface) + sum(
            int(t.memory_usage(deep=True).sum())
            for t in (self.report, self.mentions, self.quotes, self.site_report)
            if t is not None
        )


@dataclass
class CorpusTables:
    """Everything the corpus-scale tables are made from (:func:`corpus_tables`).

    Attributes
    ----------
    counts : helpers.freq.CorpusCounts
        Term-key counts per story (sparse), for term frequencies, keyness, overlap,
        time series.
    stories : pandas.DataFrame
        The stories' non-text columns (``story_id`` first, then ``outlet``, ``date``...),
        one row per story in corpus order: what ``by=`` and selections resolve against.
    report : pandas.DataFrame
        The cleaning report, as :func:`helpers.corpus.load_corpus` ``(...,
        return_report=True)`` gives it (empty when a stories table was given).
    mentions : pandas.DataFrame or None
        The mentions table (:func:`helpers.entities.extract_entities`), with
        ``entities=True``.
    quotes : pandas.DataFrame or None
        The quotes table (:func:`helpers.quotes.extract_quotes`), with ``quotes=True``.
    titled : frozenset or None
        Mentions written right after a royal title, ``(story_id, zone, start)``
        (:func:`helpers.entities.aliases.titled_marks`): what :meth:`entity_counts` would
        read from the text these tables do not keep. None: ``stories`` has the text
        (a study's tables).
    """

    counts: object
    stories: pd.DataFrame
    report: pd.DataFrame
    mentions: pd.DataFrame | None = None
    quotes: pd.DataFrame | None = None
    titled: frozenset | None = None

    def term_frequencies(self, by: str = "story_id", n: int = 1, **options) -> pd.DataFrame:
        """:func:`helpers.freq.term_frequencies` of these counts (same columns)."""
        from helpers.freq import term_frequencies

        return term_frequencies(self.counts, by=by, n=n, stories=self.stories, **options)

    def keyness(self, target, reference=None, *, n: int = 1, **options) -> pd.DataFrame:
        """:func:`helpers.freq.keyness` of two selections of stories (same table)."""
        from helpers.freq import keyness

        return keyness(self.counts, target, reference, stories=self.stories, n=n, **options)

    def time_series(self, keys, period: str = "D", by: str | None = None) -> pd.DataFrame:
        """:func:`helpers.freq.time_series` of term keys (``period, group, key, label,
        count, per_1000``)."""
        from helpers.freq import time_series

        return time_series(self.counts, keys, stories=self.stories, period=period, by=by)

    def entity_counts(self, by: str = "story_id") -> pd.DataFrame:
        """:func:`helpers.entities.entity_counts` of the mentions, by group."""
        from helpers.entities import entity_counts

        return entity_counts(
            self._need("mentions"), by=by, stories=self.stories, titled_marks=self.titled
        )

    def quotes_per_speaker(self, by: str = "story_id") -> pd.DataFrame:
        """:func:`helpers.quotes.quotes_per_speaker` of the quotes, by group."""
        from helpers.quotes import quotes_per_speaker

        return quotes_per_speaker(self._need("quotes"), by=by, stories=self.stories)

    def _need(self, name: str) -> pd.DataFrame:
        table = getattr(self, name)
        if table is None:
            raise ArgumentError(
                f"CorpusTables: no {name} table; call corpus_tables(..., {name}=True)"
            )
        return table


# ----------------------------------------------------------------------- map / reduce


def _deep_size(obj) -> int:
    """Bytes of the arrays and tables of a counts object (numpy ``nbytes``; str objects
    by ``sys.getsizeof``)."""
    import sys

    import numpy as np

    if obj is None:
        return 0
    if isinstance(obj, np.ndarray):
        if obj.dtype == object:
            return obj.nbytes + sum(sys.getsizeof(x) for x in obj)
        return obj.nbytes
    if isinstance(obj, pd.DataFrame):
        return int(obj.memory_usage(deep=True).sum())
    if isinstance(obj, dict | tuple | list):
        items = obj.values() if isinstance(obj, dict) else obj
        return sum(_deep_size(x) for x in items)
    if hasattr(obj, "__dataclass_fields__"):
        return sum(_deep_size(getattr(obj, f)) for f in obj.__dataclass_fields__)
    return sys.getsizeof(obj)


def _empty_report() -> pd.DataFrame:
    from helpers.corpus import REPORT_COLUMNS

    return pd.DataFrame(
        {c: pd.Series([], dtype="int64" if c == "line" else object) for c in REPORT_COLUMNS}
    )


def map_partition(item: FilePiece | str | os.PathLike | pd.DataFrame, spec: _Spec) -> PartialTables:
    """Map step: one partition (a piece of a corpus file, a whole corpus file, or a slice
    of a stories table) -> partial.

    Runs where Dask puts it (or in the calling process). A corpus file is read with
    :func:`helpers.corpus.load_file` against the corpus root, so a file this process
    cannot read gives the same ``skipped`` report row as the local loader; of a
    :class:`FilePiece`, only its story range is kept (its report rows only in piece 0);
    stories are counted ``spec.chunk_size`` at a time (:func:`helpers.freq.count_chunk`).

    Raises
    ------
    The errors of :func:`helpers.corpus.load_file` (e.g. :class:`DecodingError` with
    ``errors="strict"``), :func:`helpers.freq.count_chunk`.
    """
    from helpers.freq import count_chunk, merge_counts

    site_report = duplicate_report = None
    if isinstance(item, pd.DataFrame):
        stories, report = item, _empty_report()
    else:
        stories, report, lines = _read_piece(item, spec)
        stories, lines, site_report = _cut_site_text(stories, lines, spec)
        if spec.dropped:  # the corpus's later copies (pass 0), after site boilerplate
            from helpers.corpus import REPORT_COLUMNS
            from helpers.corpus.duplicates import drop_duplicates

            stories, lines, rows = drop_duplicates(stories, lines, spec.dropped)
            if rows:
                duplicate_report = pd.DataFrame(rows, columns=REPORT_COLUMNS)
            if site_report is not None:  # a dropped copy's cuts are not reported
                site_report = site_report[~site_report["story_id"].isin(spec.dropped)]
                site_report = site_report.reset_index(drop=True)
        if site_report is not None and not len(site_report):
            site_report = None  # an empty frame's object columns would not concat to
            # the str dtype of load_corpus's report
    counts, mentions, quotes = [], [], []
    titled: set = set()
    for start in range(0, len(stories), spec.chunk_size):
        chunk = stories.iloc[start : start + spec.chunk_size]
        counts.append(count_chunk(chunk, n=spec.n, zones=spec.zones))
        found = None
        if spec.entities or spec.quotes:
            from helpers.entities import extract_entities

            # each story read alone: the tables must not depend on how the corpus is
            # cut into partitions and chunks (corpus-level names: extract_entities);
            # each mention keeps its own spelling: one name an id is chosen over the
            # merged table (finish, one_canonical_table), not per chunk (fix23d)
            found = extract_entities(chunk, corpus=False, one_name=False)
            if spec.entities:
                from helpers.entities.aliases import titled_marks

                mentions.append(found)
                titled |= titled_marks(found[found["type"] == "PERSON"], chunk)
        if spec.quotes:
            from helpers.entities.extract import one_canonical_table
            from helpers.quotes import extract_quotes

            # the speakers are matched as before, by the chunk's names (the rule of
            # extract_entities' one call); finish gives them the corpus's names
            quotes.append(extract_quotes(chunk, mentions=one_canonical_table(found)))
    return PartialTables(
        surface=merge_counts(*counts) if counts else None,
        report=report,
        mentions=_shared_strings(_concat(mentions)) if spec.entities else None,
        quotes=_shared_strings(_concat(quotes)) if spec.quotes else None,
        site_report=site_report,
        titled=frozenset(titled),
        duplicate_report=duplicate_report,
    )


def _shared_strings(table: pd.DataFrame | None) -> pd.DataFrame | None:
    """``table`` with every text cell one shared object per value (``sys.intern``), the
    same values and dtypes: a mention's surface, written form, entity id and canonical
    name are built anew for each mention (73,845 objects for 13,620 surfaces on
    SaudiNewsNet's 2015-07-26, 07-27 and 08-01), so the corpus's mentions table held
    each repeat of a name as its own string until the run ended, and the pickles the
    notebooks read (pickle keeps one object per shared value) did too. Per process, so
    the partitions of one process share across the corpus. Columns of the ``str``
    dtype only. None stays None."""
    if table is None:
        return None
    intern = sys.intern
    for col in table.columns:
        values = table[col]
        if isinstance(values.dtype, pd.StringDtype):  # not object: lists stay as they are
            shared = [intern(v) if type(v) is str else v for v in values.array]
            table[col] = pd.Series(pd.array(shared, dtype=values.dtype), index=table.index)
    return table


def _cut_site_text(stories: pd.DataFrame, lines: list, spec: _Spec):
    """A piece's stories with the corpus's site boilerplate cut (``spec.rules``; as read
    when None), their paragraph lines and the cuts' report rows (None when none)."""
    if spec.rules is None:
        return stories, lines, None
    from helpers.corpus.boilerplate import apply_boilerplate

    lines_of = dict(zip(stories["story_id"], lines, strict=True))
    stories, site_report = apply_boilerplate(stories, spec.rules, lines)
    return stories, [lines_of[sid] for sid in stories["story_id"]], site_report


def _read_piece(item: FilePiece | str | os.PathLike, spec: _Spec):
    """A piece's stories (its story range of the file, index from 0), its report rows
    (piece 0 only) and its stories' paragraph lines, read where the task runs."""
    from helpers.corpus import load_file

    piece = item if isinstance(item, FilePiece) else FilePiece(os.fspath(item))
    stories, report, lines = load_file(
        piece.path,
        spec.root,
        errors=spec.errors,
        fields=spec.fields,
        group_from=spec.group_from,
        lines=True,
    )
    if piece.of > 1:
        n = len(stories)
        lo, hi = n * piece.index // piece.of, n * (piece.index + 1) // piece.of
        stories, lines = stories.iloc[lo:hi].reset_index(drop=True), lines[lo:hi]
        if piece.index:
            report = report.iloc[:0]
    return stories, report, lines


def map_first_pass(item: FilePiece | str | os.PathLike, spec: _Spec) -> tuple:
    """Pass 0 (map) on one piece of a corpus file: ``(edges, hashes)``, the
    site-boilerplate counts of its stories (:func:`helpers.corpus.boilerplate.
    edge_counts`: signatures of the stories' edges and word counts per outlet, no
    text; None without ``spec.rules`` asked, i.e. ``boilerplate=False``) and the body
    hashes of its stories in file order (:func:`helpers.corpus.duplicates.
    story_hashes`; ``[]`` with ``duplicates="keep"``, and with ``boilerplate=True``,
    when the copies are found on the bodies without site boilerplate by
    :func:`map_copies_pass`). Every story read is counted, copies included
    (:mod:`helpers.corpus.duplicates` says why). Raises as :func:`map_partition`."""
    from helpers.corpus.boilerplate import edge_counts
    from helpers.corpus.duplicates import story_hashes

    stories = _read_piece(item, spec)[0]
    edges = edge_counts(stories) if spec.boilerplate else None
    hashes = spec.duplicates == "drop" and not spec.boilerplate
    return edges, story_hashes(stories) if hashes else []


def map_copies_pass(item: FilePiece | str | os.PathLike, spec: _Spec) -> list:
    """Pass 0b (map), with ``boilerplate=True`` and ``duplicates="drop"``: the body hashes
    of a piece's stories in file order once the corpus's site boilerplate
    (``spec.rules``, pass 0) is cut (:func:`helpers.corpus.duplicates.story_hashes`): a
    recrawl whose raw text differs only in a site footer is a copy
    (:mod:`helpers.corpus.duplicates`). Each body is hashed as read, and a second time
    only when the cut changed it. Raises as :func:`map_partition`."""
    from helpers.corpus.duplicates import story_hashes

    stories, _report, lines = _read_piece(item, spec)
    # apply_boilerplate returns a new table and leaves ``stories`` as read
    return story_hashes(stories, _cut_site_text(stories, lines, spec)[0])


def _first_pass_partition(items: Iterable, spec: _Spec):
    """Dask bag ``perpartition`` of pass 0 (a partition holds one item)."""
    return _merge_first_pass([map_first_pass(item, spec) for item in items])


def _merge_first_pass(parts: Sequence) -> tuple:
    """Pass 0 (reduce) of consecutive partitions, in corpus order (associative): edge
    counts by :func:`helpers.corpus.boilerplate.merge_edge_counts`, body hashes
    concatenated."""
    from helpers.corpus.boilerplate import merge_edge_counts

    parts = list(parts)
    edges = [e for e, _ in parts if e is not None]
    hashes = [h for _, part in parts for h in part]
    return (reduce(merge_edge_counts, edges) if edges else None), hashes


def _first_pass_result(merged: tuple) -> tuple:
    """Pass 0's result from the merged counts: the site-boilerplate rules (None without
    edge counts) and the copies to drop (:func:`helpers.corpus.duplicates.
    find_duplicates`)."""
    from helpers.corpus.boilerplate import boilerplate_rules
    from helpers.corpus.duplicates import find_duplicates

    edges, hashes = merged
    return (boilerplate_rules(edges) if edges is not None else None), find_duplicates(hashes)


def _concat(tables: list[pd.DataFrame | None]) -> pd.DataFrame | None:
    tables = [t for t in tables if t is not None]
    if not tables:
        return None
    if len(tables) == 1:
        return tables[0]
    return pd.concat(tables, ignore_index=True)


def merge_partials(parts: Sequence[PartialTables], *, consume: bool = False) -> PartialTables:
    """Reduce step: partials of consecutive partitions -> one, keeping corpus order.

    Associative (so Dask may merge in a tree): counts by
    :func:`helpers.freq.merge_counts`, tables concatenated. ``consume=True`` (one
    process merging every partition at once): ``parts``, a list, is emptied and the
    counts of each part freed as they are copied, so the peak holds about one copy of
    the corpus's counts, not the two of a fold's last step; the same result.
    """
    from helpers.freq import merge_counts

    given = parts
    parts = list(parts)
    if len(parts) == 1:
        return parts[0]
    surfaces = [p.surface for p in parts if p.surface is not None]
    if consume:
        given.clear()
        for p in parts:  # the merged counts below hold the only references
            p.surface = None
    reports = [p.report for p in parts if len(p.report)]
    return PartialTables(
        surface=(merge_counts(surfaces, consume=consume) if surfaces else None),
        report=pd.concat(reports, ignore_index=True) if reports else parts[0].report,
        mentions=_concat([p.mentions for p in parts]),
        quotes=_concat([p.quotes for p in parts]),
        site_report=_concat([p.site_report for p in parts]),
        titled=frozenset().union(*(p.titled for p in parts)),
        duplicate_report=_concat([p.duplicate_report for p in parts]),
    )


def _one_partition(items: Iterable, spec: _Spec) -> PartialTables:
    """Dask bag ``perpartition``: a partition holds exactly one item."""
    parts = [map_partition(item, spec) for item in items]
    return merge_partials(parts)


# --------------------------------------------------------------------------- driver


def file_bytes(path: str | os.PathLike) -> int:
    """Bytes of corpus text a file holds, as the partition planner weighs it: the
    uncompressed size of a ``.zip``'s members (read from its directory, nothing
    decompressed), else the file's size; 0 for a file this process cannot open (the
    loader skips it or raises)."""
    import zipfile

    path = Path(path)
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as zf:
                return sum(i.file_size for i in zf.infolist() if not i.is_dir())
        return path.stat().st_size
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        return 0


def plan_pieces(
    files: Sequence[str | os.PathLike], piece_bytes: int | None, workers: int = 1
) -> list[FilePiece]:
    """The partitions of a corpus's files, in corpus order.

    Parameters
    ----------
    files : sequence of paths
        :func:`helpers.corpus.corpus_files` of the corpus.
    piece_bytes : int or None
        Target size of a partition, in uncompressed bytes of corpus file
        (:func:`file_bytes`): a file of ``b`` bytes becomes ``ceil(b / piece_bytes)``
        pieces (at most :data:`MAX_PIECES_PER_FILE`). ``None``: the corpus's bytes /
        (:data:`PIECES_PER_WORKER` x ``workers``), kept between :data:`MIN_PIECE_BYTES`
        and :data:`MAX_PIECE_BYTES`.
    workers : int
        Workers of the cluster (for the automatic ``piece_bytes``).

    Returns
    -------
    list of FilePiece
        File by file in the order given, each file's pieces ``0 .. of-1`` in order.
    """
    sizes = [file_bytes(f) for f in files]
    if piece_bytes is None:
        piece_bytes = sum(sizes) // (PIECES_PER_WORKER * max(1, workers))
        piece_bytes = min(max(piece_bytes, MIN_PIECE_BYTES), MAX_PIECE_BYTES)
    pieces = []
    for f, size in zip(files, sizes, strict=True):
        of = min(MAX_PIECES_PER_FILE, max(1, -(-size // piece_bytes)))
        pieces.extend(FilePiece(str(f), i, of) for i in range(of))
    return pieces


def _partitions(corpus, partition_size: int) -> tuple[list, str | None]:
    """The partition items (stories-table slices, or the corpus files, not yet cut into
    pieces) and the corpus root (None for a stories table)."""
    if isinstance(corpus, pd.DataFrame):
        if "story_id" not in corpus.columns:
            raise CorpusFormatError(
                "corpus_tables: the stories table lacks the column 'story_id'",
                hint="load it with helpers.corpus.load_corpus(path)",
            )
        items = [corpus.iloc[i : i + partition_size] for i in range(0, len(corpus), partition_size)]
        return items, None
    if isinstance(corpus, str | os.PathLike):
        from helpers.corpus import corpus_files

        root = Path(corpus).expanduser()
        return [str(f) for f in corpus_files(root)], str(root)
    raise ArgumentError(
        "corpus_tables: corpus must be a corpus path (file or folder) or a stories table, "
        f"got {type(corpus).__name__}"
    )


#: With ``progress=None``, a bar is shown from this many partitions on: decided by the
#: corpus's size, not by a clock, so that a notebook's output (its HTML export) does not
#: depend on how fast or loaded the machine is.
PROGRESS_MIN_PARTITIONS = 8


def _show_progress(total: int, progress: bool | None) -> bool:
    return bool(progress) or (progress is None and total >= PROGRESS_MIN_PARTITIONS)


def _progress_bar(total: int, progress: bool | None, desc: str = "corpus tables"):
    """tqdm over partitions on stderr (counts, rate, ETA); ``None``: from
    :data:`PROGRESS_MIN_PARTITIONS` partitions on."""
    from tqdm.std import tqdm

    return tqdm(
        total=total,
        desc=desc,
        unit="partition",
        disable=not _show_progress(total, progress),
        file=sys.stderr,
    )


def _run_local(
    items: list, spec: _Spec, known: tuple[str, ...], progress: bool | None = False
) -> CorpusTables:
    parts = []
    with _progress_bar(len(items), progress) as bar:
        for item in items:
            parts.append(map_partition(item, spec))
            bar.update(1)
    merged = merge_partials(parts, consume=True)  # the same as a left fold of pairs
    return finish(merged, spec, known, consume=True)


def _first_pass_local(items: list, spec: _Spec, progress: bool | None = False) -> tuple:
    """Pass 0 in this process: the site-boilerplate rules and the copies of the whole
    corpus (:func:`_first_pass_result`)."""
    with _progress_bar(len(items), progress, "site boilerplate") as bar:

        def mapped():
            for item in items:
                yield map_first_pass(item, spec)
                bar.update(1)

        return _first_pass_result(reduce(lambda a, b: _merge_first_pass([a, b]), mapped()))


def _first_pass_dask(client, items: list, spec: _Spec, progress: bool | None = False) -> tuple:
    """Pass 0 on the cluster: edge counts and body hashes per piece, merged in a tree
    in corpus order, the rules and copies made on the worker holding the merged counts;
    only they (signatures and word keys of site text, story ids; no story text) come
    back, to be sent with every task of pass 1."""
    return _tree_reduce(
        client,
        items,
        partial(_first_pass_partition, spec=spec),
        _merge_first_pass,
        _first_pass_result,
        progress,
    )


def _copies_local(items: list, spec: _Spec, progress: bool | None = False) -> dict:
    """Pass 0b in this process: the copies of the whole corpus, found on the bodies
    without site boilerplate (:func:`map_copies_pass`,
    :func:`helpers.corpus.duplicates.find_duplicates`)."""
    from helpers.corpus.duplicates import find_duplicates

    with _progress_bar(len(items), progress, "copies") as bar:

        def mapped():
            for item in items:
                yield from map_copies_pass(item, spec)
                bar.update(1)

        return find_duplicates(mapped())


def _copies_partition(items: Iterable, spec: _Spec) -> list:
    """Dask bag ``perpartition`` of pass 0b (a partition holds one item)."""
    return [h for item in items for h in map_copies_pass(item, spec)]


def _join_hashes(parts: Sequence) -> list:
    """Pass 0b (reduce) of consecutive partitions in corpus order: hashes concatenated."""
    return [h for part in parts for h in part]


def _copies_dask(client, items: list, spec: _Spec, progress: bool | None = False) -> dict:
    """Pass 0b on the cluster: body hashes per piece, concatenated in corpus order, the
    copies found on the worker holding them; only their ids come back."""
    from helpers.corpus.duplicates import find_duplicates

    return _tree_reduce(
        client,
        items,
        partial(_copies_partition, spec=spec),
        _join_hashes,
        find_duplicates,
        progress,
    )


def _tree_reduce(client, items: list, per_partition, combine, finish, progress) -> object:
    """One pass on the cluster, one item a partition: ``per_partition`` maps each piece,
    ``combine`` merges the results in a tree of ``SPLIT_EVERY`` in corpus order, and
    ``finish`` runs on the worker holding the merged result; only what ``finish``
    returns comes back (dask.bag ``reduction``). Shared by pass 0 and pass 0b."""
    import dask
    import dask.bag as db

    bag = db.from_sequence(items, npartitions=len(items))
    merged = bag.reduction(per_partition, combine, split_every=SPLIT_EVERY)
    future = client.compute(dask.delayed(finish, pure=True)(merged))
    _dask_progress(client, future, len(items), progress)
    return future.result()


def _dask_progress(client, future, total: int, progress: bool | None) -> None:
    if _show_progress(total, progress):  # a text bar of tasks done (distributed)
        from distributed import progress as show_progress

        # the client is not Dask's default one: the bar is told the scheduler's address
        show_progress(future, notebook=False, scheduler=client.scheduler.address, interval="2s")


def _n_workers(client) -> int:
    return max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))


def _run_dask(
    client, items: list, spec: _Spec, known: tuple[str, ...], progress: bool | None = False
) -> CorpusTables:
    import dask
    import dask.bag as db

    bag = db.from_sequence(items, npartitions=len(items))
    merged = bag.reduction(
        partial(_one_partition, spec=spec), merge_partials, split_every=SPLIT_EVERY
    )
    # pass 2: the corpus's types (not the counts) go to every worker, each analyses a
    # slice of them with all of them as attestation; the worker holding the merged
    # counts then maps surface counts to keys. Only the result comes back.
    k = _n_workers(client)
    types = dask.delayed(_types_of, pure=True)(merged)
    slices = [dask.delayed(_analyse_slice, pure=True)(types, i, k, known) for i in range(k)]
    analysis = dask.delayed(_join_analysis, pure=True)(slices)
    tables = dask.delayed(finish, pure=True)(merged, spec, known, analysis)
    future = client.compute(tables)
    _dask_progress(client, future, len(items), progress)
    return future.result()


def _types_of(merged: PartialTables):
    """The surface types of the merged counts (an empty array when there is no story)."""
    import numpy as np

    return merged.surface.types if merged.surface is not None else np.array([], dtype=object)


def _analyse_slice(types, i: int, k: int, known: tuple[str, ...]):
    """Pass 2, slice ``i`` of ``k``: :func:`helpers.freq.analyse_types` of a contiguous
    part of the types, every type of the corpus attesting."""
    import numpy as np

    from helpers.freq import analyse_types

    lo, hi = (int(x) for x in np.linspace(0, len(types), k + 1)[i : i + 2].round())
    return analyse_types(list(types[lo:hi]), known=known, attested=types)


def _join_analysis(slices):
    import numpy as np

    keys = [key for part in slices for key in part[0]]
    clitics = [c for part in slices for c in part[1]]
    stop = np.concatenate([np.asarray(part[2], bool) for part in slices])
    return keys, clitics, stop


def finish(
    merged: PartialTables,
    spec: _Spec,
    known: tuple[str, ...],
    analysis=None,
    *,
    consume: bool = False,
) -> CorpusTables:
    """Pass 2 over types on the merged partials: the :class:`CorpusTables`.

    ``analysis``: :func:`helpers.freq.analyse_types` of the merged types, when already
    computed (on the cluster, in slices); default computed here. ``consume``: the
    merged surface counts are freed as they are turned into term-key counts
    (:func:`helpers.freq.finalize_counts`; ``merged.surface`` is emptied).

    Raises :class:`EmptyCorpusError` (no story) and :class:`CorpusFormatError` (story
    ids repeated across files), as :func:`helpers.corpus.load_corpus` does.
    """
    from helpers.freq import finalize_counts

    if merged.surface is None or len(merged.surface) == 0:
        raise EmptyCorpusError("no story found", path=spec.root, hint="check the files hold text")
    ids = pd.Index(merged.surface.story_ids)
    if ids.has_duplicates:
        dupes = ids[ids.duplicated()].unique()[:5]
        meta = merged.surface.meta
        where = ""
        if "source" in meta.columns:  # the files of the first repeated id, in corpus order
            files = meta.loc[ids == dupes[0], "source"].astype(str).tolist()
            where = f" ({dupes[0]!r} is given by {', '.join(files[:-1])} and {files[-1]})"
        raise CorpusFormatError(
            f"story ids are not unique: {', '.join(map(str, dupes))}{where}",
            path=spec.root,
            hint="give every record its own id; load_corpus names the lines",
        )
    counts = finalize_counts(merged.surface, known=known, analysis=analysis, consume=consume)
    report = merged.report
    # files' rows, the copies dropped, site boilerplate: load_corpus's order. Empty
    # frames left out: their object columns would turn the str columns of load_corpus's
    # report into object columns
    extra = [t for t in (merged.duplicate_report, merged.site_report) if t is not None and len(t)]
    if extra:
        parts = [t for t in (report, *extra) if len(t)]
        report = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    mentions, quotes = merged.mentions, merged.quotes
    if mentions is not None:
        mentions, quotes = _one_name_per_entity(mentions, quotes)
    return CorpusTables(
        counts=counts,
        stories=counts.meta,
        report=report.astype({"line": "int64"}).reset_index(drop=True),
        mentions=mentions,
        quotes=quotes,
        titled=merged.titled,
    )


def _one_name_per_entity(mentions: pd.DataFrame, quotes: pd.DataFrame | None) -> tuple:
    """The merged mentions with one canonical name an entity id over the whole corpus
    (:func:`helpers.entities.extract.one_canonical_table`, the rule one call over all
    the stories applies), and the quotes whose ``speaker`` is one of a relabelled id's
    spellings given that id's chosen name. Session 23 (fix23d): each chunk chose its
    own name, so the cached tables depended on the chunking and the story order."""
    import numpy as np

    from helpers.entities.extract import one_canonical_table

    named = one_canonical_table(mentions)
    if named is mentions or quotes is None or not len(quotes):
        return named, quotes
    changed = named["canonical"].to_numpy() != mentions["canonical"].to_numpy()
    spellings = set(
        zip(mentions["entity_id"][changed], mentions["canonical"][changed], strict=True)
    )
    chosen = dict(zip(named["entity_id"][changed], named["canonical"][changed], strict=True))
    keys = zip(quotes["speaker_id"].tolist(), quotes["speaker"].tolist(), strict=True)
    hit = np.fromiter(((k in spellings) for k in keys), bool, len(quotes))
    if hit.any():
        quotes = quotes.copy()
        quotes.loc[hit, "speaker"] = quotes.loc[hit, "speaker_id"].map(chosen).to_numpy()
    return named, quotes


def corpus_tables(
    corpus: str | os.PathLike | pd.DataFrame,
    *,
    fields: dict[str, str] | None = None,
    group_from: str | None = None,
    errors: str = "strict",
    n: int | Sequence[int] = (1, 2),
    zones: Sequence[str] = ("title", "body"),
    entities: bool = False,
    quotes: bool = False,
    known: Iterable[str] = (),
    workers: object = None,
    scheduler: object = None,
    partition_size: int = 2000,
    chunk_size: int = 500,
    piece_bytes: int | None = None,
    progress: bool | None = False,
    boilerplate: bool = True,
    duplicates: str = "drop",
) -> CorpusTables:
    """The corpus-scale counts and tables of a corpus, on this process or a Dask cluster.

    The one call a notebook makes: ``corpus_tables(CORPUS, fields=FIELDS,
    entities=True, quotes=True, workers=WORKERS, scheduler=SCHEDULER)``; then
    ``.term_frequencies(by=...)``, ``.keyness(target, reference)``,
    ``.time_series(keys, period, by)``, ``.entity_counts(by=...)``,
    ``.quotes_per_speaker(by=...)`` give the usual tables. Method: module docstring.

    Parameters
    ----------
    corpus : str, path or pandas.DataFrame
        A corpus file or folder (partitions of files, each read by the worker that maps
        it: only paths are sent), or a stories table (partitions of ``partition_size``
        rows; the rows, texts included, are sent to the workers).
    fields, group_from, errors, boilerplate, duplicates
        As :func:`helpers.corpus.load_corpus`. With a corpus path and ``boilerplate``
        (the default), site boilerplate is found and removed in a pass of its own
        before the counts (module docstring, step 2), so the tables are those of
        ``load_corpus(corpus)``; ``boilerplate=False`` gives those of
        ``load_corpus(corpus, boilerplate=False)``. With ``duplicates="drop"`` (the
        default) the same pass finds the later copies of a story
        (:mod:`helpers.corpus.duplicates`), dropped before anything else, with
        ``load_corpus``'s report rows. A stories table is counted as given
        (``load_corpus`` has already removed its site boilerplate and copies).
    n, zones, known
        As :func:`helpers.freq.count_corpus`.
    entities, quotes : bool
        Also find mentions / quotations (the costly steps) per partition.
    workers : int, str or None
        Start a ``distributed.LocalCluster`` with this many worker processes.
    scheduler : str or None
        Use the Dask cluster at this address (``tcp://HOST:8786``); ``None`` falls back
        to ``DASK_SCHEDULER_ADDRESS``. With neither, everything runs in this process and
        Dask is not imported (:func:`helpers.cluster.client_from_parameters`).
    partition_size : int
        Stories per partition when ``corpus`` is a stories table (>= 1).
    chunk_size : int
        Stories counted at a time inside a partition (>= 1).
    piece_bytes : int or None
        With a corpus path: cut files larger than this many uncompressed bytes into
        equal story ranges (:func:`plan_pieces`; >= 1). ``None``: on a cluster, the
        corpus's bytes / (8 x workers), between 1 and 64 MiB; on one process, one
        partition per file. The tables do not depend on it.
    progress : bool or None
        A progress bar on stderr (partitions done, rate, ETA; on Dask, its text bar of
        tasks done); ``None``: shown from 8 partitions on (by size, not by time, so
        that the output does not depend on the machine's speed).

    Returns
    -------
    CorpusTables
        ``counts`` (:class:`helpers.freq.CorpusCounts`), ``stories`` (non-text columns),
        ``report`` (cleaning report), ``mentions``, ``quotes``. The same values on
        every path.

    Raises
    ------
    helpers.errors.ArgumentError
        Bad ``workers`` / ``scheduler`` / sizes / ``corpus`` type; ``duplicates`` not
        ``"drop"`` or ``"keep"``.
    helpers.errors.ClusterError
        The scheduler does not answer within 10 s (message names the address).
    helpers.errors.EmptyCorpusError
        No story at all.
    helpers.errors.CorpusFormatError
        Story ids not unique across the corpus; a stories table without ``story_id``.
    Others
        As :func:`helpers.corpus.load_corpus` (missing path, undecodable bytes...).
    """
    from helpers.cluster.connect import client_from_parameters
    from helpers.freq.corpus_counts import _check_n, _check_zones

    ns = _check_n(n, "corpus_tables")
    zs = _check_zones(zones, "corpus_tables")
    partition_size = check_whole(partition_size, "corpus_tables", "partition_size")
    chunk_size = check_whole(chunk_size, "corpus_tables", "chunk_size")
    if piece_bytes is not None:
        piece_bytes = check_whole(piece_bytes, "corpus_tables", "piece_bytes")
    if not isinstance(boilerplate, bool):
        raise ArgumentError(
            f"corpus_tables: boilerplate must be True or False, got {boilerplate!r}"
        )
    from helpers.corpus.duplicates import check_duplicates

    check_duplicates(duplicates, "corpus_tables")
    client = client_from_parameters(workers, scheduler)  # arguments checked first
    items, root = _partitions(corpus, partition_size)
    if not items:
        raise EmptyCorpusError("corpus_tables: the stories table has no rows")
    if root is not None and (client is not None or piece_bytes is not None):
        items = plan_pieces(items, piece_bytes, _n_workers(client) if client else 1)
    spec = _Spec(
        root,
        dict(fields) if fields else None,
        group_from,
        errors,
        ns,
        zs,
        chunk_size,
        bool(entities),
        bool(quotes),
    )
    known = tuple(known) if not isinstance(known, str) else (known,)
    spec.duplicates, spec.boilerplate = duplicates, boilerplate
    if root is not None and (boilerplate or duplicates == "drop"):
        # pass 0: the corpus's site-boilerplate rules and copies
        run = _first_pass_local if client is None else partial(_first_pass_dask, client)
        spec.rules, spec.dropped = run(items, spec, progress)
        if boilerplate and duplicates == "drop":  # pass 0b: copies once site text is cut
            run = _copies_local if client is None else partial(_copies_dask, client)
            spec.dropped = run(items, spec, progress)
    if client is None:
        return _run_local(items, spec, known, progress)
    return _run_dask(client, items, spec, known, progress)
