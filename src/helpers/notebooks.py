"""Running khabar's notebooks headless: the main job behind ``make run``.

Each ``notebooks/NN_*.ipynb`` is executed with papermill
(https://papermill.readthedocs.io), which injects the parameters into the cell tagged
``parameters``, and exported to HTML with nbconvert.

A run (:func:`run_all`) is safe to start twice and safe to interrupt:

* every output folder (tables ``PROCESSED``, figures ``FIGURES``, the build folder
  with the executed notebooks and their HTML) is checked before any kernel starts:
  a folder that cannot be created or written, or a disk with less than
  :data:`MIN_FREE_BYTES` free, is an :class:`~helpers.errors.OutputError` naming it;
* the run takes a lock on each output folder (``<folder>/.khabar-run.lock``); a second
  run on the same folders fails at once, naming the process that holds it;
* the notebooks write into a fresh staging folder (``<folder>/.khabar-run/``); only
  when every notebook succeeded are the files moved into place (one rename each) and
  the files of the previous run that this run did not write again are removed (a
  run's files are listed in ``<build>/.khabar-outputs/``; files khabar did not write
  are never touched). A failed or interrupted run leaves the previous outputs whole;
  the executed notebooks of a failed run go to ``<build>/failed/``;
* the staging paths are written back as the real folders in the executed notebooks
  and their HTML, and the injected-parameters cell gets a fixed cell id instead of
  papermill's random one, so the HTML exports are the same bytes on every run;
* all tables of the run are gathered into ``tables.xlsx`` (:func:`helpers.io.write_workbook`;
  a table of more than ``WORKBOOK_MAX_CELLS`` cells or ``WORKBOOK_MAX_BYTES`` bytes only in
  its CSV);
* an HTML export over :data:`EXPORT_WARN_BYTES` (25 MB) gives an
  :class:`ExportSizeWarning` naming the cell (the table or chart) to shrink;
* a cell running longer than ``timeout`` seconds stops the run with one line naming
  the notebook, the cell and what to do.

Notebooks are independent of one another (none reads another's outputs), so up to
``jobs`` of them run at once, each in its own kernel.
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import json
import logging
import os
import re
import shutil
import socket
import sys
import tempfile
import threading
import warnings
from collections.abc import Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from datetime import UTC, datetime
from pathlib import Path

from helpers.display import PROJECT_ROOT, STAGING  # one definition (display: lower layer)
from helpers.errors import (
    ArgumentError,
    KhabarError,
    MalformedFileError,
    OutputError,
    VisibleWarning,
    check_seconds,
    check_text,
    check_whole,
    shown,
)
from helpers.io import atomic_write, read_json

__all__ = [
    "DEFAULT_TIMEOUT",
    "EXPORT_WARN_BYTES",
    "PROGRESS_FRAME",
    "ExportSizeWarning",
    "NotebookError",
    "NotebookTimeoutError",
    "OutputLock",
    "check_output_folder",
    "drop_progress",
    "find_notebooks",
    "kernel_name",
    "run_all",
    "run_notebook",
]

NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"
#: Seconds one cell may run before the run stops (``--timeout``).
DEFAULT_TIMEOUT = 900
#: An HTML export larger than this (25 MB) gives an :class:`ExportSizeWarning`.
EXPORT_WARN_BYTES = 25 * 1000 * 1000
#: Tables larger than this many cells are left out of ``tables.xlsx`` (their CSV has them).
WORKBOOK_MAX_CELLS = 1_000_000
#: ... and CSVs larger than this (25 MB): the stories table of a big corpus has few cells
#: but every body (100 MB on all 20,329 SaudiNewsNet articles), which no spreadsheet
#: hands on and which cost the workbook 10 CPU s.
WORKBOOK_MAX_BYTES = 25 * 1000 * 1000
#: A ranked table past those limits (``term_frequencies.csv``) keeps, in the workbook,
#: its rows of this rank or better in each group: notebook 02 shows 20; 100 leaves room
#: to read further while the sheet stays a few thousand rows (2,406 on two days of
#: SaudiNewsNet, 11 outlets x unigrams and bigrams).
WORKBOOK_TOP_RANK = 100
#: A ranked table (a ``rank`` column) of more cells than this keeps only those top
#: ranks in the workbook, though under :data:`WORKBOOK_MAX_CELLS`: a newcomer's 1,936
#: stories (4 outlets x 4 days) had a term_frequencies sheet of 108,139 rows (973,251
#: cells, under the 1 M limit), half the workbook's cells; cut to its 826 top rows the
#: workbook took 7.0 CPU s to write instead of 12.8 and 13.5 to read back with pandas
#: instead of 28.7 (benchmarks/README.md, session 14). Other tables keep the 1 M limit.
WORKBOOK_RANKED_CELLS = 250_000
#: Free space an output folder's disk must have before the run starts (50 MB).
MIN_FREE_BYTES = 50 * 1000 * 1000
LOCK = ".khabar-run.lock"
#: Folder (in the build folder) listing, per output folder, the files the last run wrote.
MANIFESTS = ".khabar-outputs"
INJECTED_CELL_ID = "injected-parameters"
#: One frame of a text progress bar (tqdm's ``\r  40%|████      | 2/5 [00:01<00:02,  1.9it/s]``):
#: a carriage return, then a bar and a bracketed timing, to the end of the line.
PROGRESS_FRAME = re.compile(r"\r[^\r\n]*\|[^\r\n]*\[[^\]\r\n]*\][^\r\n]*")


class NotebookError(KhabarError):
    """A notebook stopped at a failing cell."""


class NotebookTimeoutError(NotebookError):
    """A cell ran longer than the per-cell limit (``--timeout``)."""


class ExportSizeWarning(VisibleWarning):
    """An HTML export is larger than :data:`EXPORT_WARN_BYTES`."""


def _avoid_slow_optional_imports() -> None:
    """Keep jsonschema from importing ``rfc3987_syntax`` in the runner (1-2 s).

    nbformat validates notebooks with jsonschema, whose format checkers import the
    optional ``rfc3987_syntax`` package when it is installed (JupyterLab pulls it in);
    that package compiles a Lark grammar at import, which took 1.7 s of each run's
    start-up. Notebook schemas use no IRI formats, so the runner marks the package as
    absent (jsonschema skips it) unless something imported it already.
    """
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


def find_notebooks(folder: str | Path = PROJECT_ROOT / "notebooks") -> list[Path]:
    """The notebooks ``NN_*.ipynb`` in ``folder``, in numeric order."""
    return sorted(Path(folder).glob(NOTEBOOK_PATTERN))


def kernel_name(preferred: str = "khabar") -> str:
    """The Jupyter kernel to run notebooks with.

    ``khabar`` (registered by ``make setup``) when it exists, else ``python3``, the
    kernel of the interpreter running this code.
    """
    from jupyter_client.kernelspec import KernelSpecManager

    specs = KernelSpecManager().find_kernel_specs()
    return preferred if preferred in specs else "python3"


def _kernel_config():
    """Kernel-manager settings for headless runs: CurveZMQ-encrypted transport.

    ipykernel 7 warns "Kernel is running over TCP without encryption" on every start
    unless the manager provisions CurveZMQ keys. jupyter_client (8.7+) does so with
    ``KernelManager.transport_encryption = "auto"`` when the kernelspec declares
    ``supported_encryption: ["curve"]`` (ipykernel's kernelspecs do) and pyzmq has
    CURVE support; otherwise nothing changes and the kernel runs unencrypted as before.
    """
    import zmq
    from jupyter_client.manager import KernelManager
    from traitlets.config import Config

    config = Config()
    if "transport_encryption" in KernelManager.class_trait_names() and zmq.has("curve"):
        config.KernelManager.transport_encryption = "auto"
    return config


#: Kernel managers of the kernels running now (:func:`_tracked_manager`), for
#: :func:`_kill_kernels` when the run is interrupted.
_RUNNING: set = set()
_RUNNING_LOCK = threading.Lock()
#: CPU seconds of the kernel this thread ran last, read as it was shut down (nbclient
#: runs a notebook's kernel calls in the thread that executes it): ``_KERNEL.cpu``.
_KERNEL = threading.local()


def _process_cpu(process) -> float | None:
    """User + system CPU seconds of a running child process (a ``Popen``), with those of
    its children that have ended; None when unknown (no psutil, or it has ended)."""
    pid = getattr(process, "pid", None)
    if pid is None:
        return None
    try:
        import psutil

        t = psutil.Process(pid).cpu_times()
    except Exception:  # ImportError, psutil.Error: no record, never a failed run
        return None
    return t.user + t.system + t.children_user + t.children_system


@functools.cache
def _tracked_manager() -> type:
    """nbclient's kernel manager (``AsyncKernelManager``), keeping each manager in
    :data:`_RUNNING` from the start of its kernel to its shutdown. A kernel runs in a
    session of its own (jupyter_client), so the Ctrl-C of a terminal does not reach it:
    :func:`_kill_kernels` ends it."""
    from jupyter_client.manager import AsyncKernelManager

    class TrackedKernelManager(AsyncKernelManager):
        async def start_kernel(self, **kw):
            with _RUNNING_LOCK:
                _RUNNING.add(self)
            return await super().start_kernel(**kw)

        async def shutdown_kernel(self, *args, **kw):
            _KERNEL.cpu = _process_cpu(getattr(getattr(self, "provisioner", None), "process", None))
            try:
                return await super().shutdown_kernel(*args, **kw)
            finally:
                with _RUNNING_LOCK:
                    _RUNNING.discard(self)

    return TrackedKernelManager


def _kill_kernels() -> int:
    """Kill every kernel of this process still running, with its process group (the
    kernel and anything it started); returns how many. Their notebooks then stop with
    nbclient's ``DeadKernelError``."""
    import signal

    with _RUNNING_LOCK:
        managers = list(_RUNNING)
    killed = 0
    for km in managers:
        process = getattr(getattr(km, "provisioner", None), "process", None)
        # poll() is None: our child, not yet reaped, so its pid is still its own
        if process is None or process.poll() is not None:
            continue
        try:
            os.killpg(process.pid, signal.SIGKILL)  # its own session: pgid = pid
        except (AttributeError, OSError):  # Windows, or no group of that id
            with contextlib.suppress(OSError):
                process.kill()
        killed += 1
    return killed


def _check_timeout(timeout: object) -> int:
    return check_whole(timeout, "run_notebook", "timeout", unit="seconds")


def _cell_label(cell: Mapping, number: int) -> str:
    first = next((ln.strip() for ln in _source(cell).splitlines() if ln), "")
    if len(first) > 60:
        first = first[:59] + "…"
    return f"cell {number} ({first})" if first else f"cell {number}"


def _running_cell(executed: Path) -> str:
    """The cell that was running when papermill stopped (read from the executed notebook)."""
    try:
        nb = _notebook_json(executed)
    except (OSError, ValueError):
        return "a cell"
    code = [c for c in _cells(nb) if c.get("cell_type") == "code"]
    # papermill marks the cells not reached "pending"; the stopped cell is the last other
    started = [
        (number, cell)
        for number, cell in enumerate(code, 1)
        if isinstance(paper := cell["metadata"].get("papermill"), dict)
        and paper.get("status") not in (None, "pending")
    ]
    return _cell_label(started[-1][1], started[-1][0]) if started else "a cell"


#: The papermill engine of the main job (:func:`_engine`).
ENGINE = "khabar"


def _engine() -> str:
    """Register (once) and name papermill's nbclient engine without its per-cell saves.

    papermill writes the whole executed notebook (validated by nbformat) when each cell
    starts and again when it ends: 60 writes of a notebook growing to 2 MB of images
    for notebook 02, about 1 CPU s of the runner per run that nobody reads. This
    engine keeps every other write (the 30 s autosave of a long cell, the final one
    when the notebook ends, well or not, and the one papermill makes on an error), so
    the executed notebook on disk is the same file at the end, also of a failed or
    timed-out run (:func:`_running_cell` reads it).
    """
    from papermill.engines import NBClientEngine, NotebookExecutionManager, papermill_engines

    if ENGINE in papermill_engines._engines:
        return ENGINE

    class Manager(NotebookExecutionManager):
        _hold = False

        def save(self, **kwargs):
            if not self._hold:
                super().save(**kwargs)

        def cell_start(self, cell, cell_index=None, **kwargs):
            self._hold = True
            try:
                super().cell_start(cell, cell_index, **kwargs)
            finally:
                self._hold = False

        def cell_complete(self, cell, cell_index=None, **kwargs):
            self._hold = True
            try:
                super().cell_complete(cell, cell_index, **kwargs)
            finally:
                self._hold = False

    class Engine(NBClientEngine):
        @classmethod
        def execute_notebook(
            cls,
            nb,
            kernel_name,
            output_path=None,
            progress_bar=True,
            log_output=False,
            autosave_cell_every=30,
            **kwargs,
        ):  # papermill.engines.Engine.execute_notebook with the manager above
            nb_man = Manager(
                nb,
                output_path=output_path,
                progress_bar=progress_bar,
                log_output=log_output,
                autosave_cell_every=autosave_cell_every,
            )
            nb_man.notebook_start()
            try:
                cls.execute_managed_notebook(nb_man, kernel_name, log_output=log_output, **kwargs)
            finally:
                nb_man.cleanup_pbar()
                nb_man.notebook_complete()
            return nb_man.nb

    papermill_engines.register(ENGINE, Engine)
    return ENGINE


def _execute(
    path: Path,
    executed: Path,
    parameters: Mapping[str, object],
    kernel: str | None,
    timeout: int,
    shown: Path,
) -> None:
    """Run ``path`` with papermill into ``executed``; failures as NotebookError."""
    _avoid_slow_optional_imports()
    import papermill as pm
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    executed.parent.mkdir(parents=True, exist_ok=True)
    try:
        pm.execute_notebook(
            str(path),
            str(executed),
            parameters=dict(parameters),
            kernel_name=kernel or kernel_name(),
            cwd=str(path.parent),
            progress_bar=False,
            engine_name=_engine(),
            execution_timeout=timeout,
            config=_kernel_config(),
            kernel_manager_class=_tracked_manager(),  # for Ctrl-C (_kill_kernels)
            # the outputs are all in when the last cell ends: the kernel is killed at
            # once instead of asked to shut down (1.2 s wall a notebook), unless it may
            # have started a local Dask cluster of its own, which it must close
            shutdown_kernel="graceful" if parameters.get("WORKERS") else "immediate",
        )
    except pm.PapermillExecutionError as exc:
        raise NotebookError(
            f"cell {exc.exec_count} failed: {exc.ename}: {exc.evalue}",
            path=path,
            hint=f"open {shown} to see the cell",
        ) from None
    except CellTimeoutError:
        raise NotebookTimeoutError(
            f"{_running_cell(executed)} ran longer than the per-cell limit of {timeout} s",
            path=path,
            hint="give more time with --timeout SECONDS (make run TIMEOUT=...), or analyse a "
            "smaller corpus or fewer groups",
        ) from None
    except DeadKernelError:
        raise NotebookError(
            f"the kernel died while running {_running_cell(executed)} (out of memory?)",
            path=path,
            hint="analyse a smaller corpus, or close other programs",
        ) from None
    finally:
        _settle_tasks()


def _settle_tasks() -> int:
    """Finish the asyncio tasks nbclient left pending on this thread's event loop; returns
    how many there were.

    nbclient runs a notebook on the thread's loop (``jupyter_core.utils.run_sync``). When
    a cell times out (or the run stops on an error), it raises while its task reading the
    cell's output (``NotebookClient._async_poll_output_msg``) still waits on the kernel's
    IOPub socket; the kernel is shut down, but the task stays pending on a loop nobody
    runs again, and when the loop is collected (the worker thread ends, or the process
    exits) asyncio logs «Task was destroyed but it is pending!» with nbclient's task, the
    last lines of a ``make test`` run (the runner's timeout tests). Harmless, but noise
    that reads as a fault: the tasks are cancelled here and the loop run until they end,
    the shutdown nbclient leaves out (session 15, reproduced with a cell of
    ``time.sleep(20)`` and a 3-s timeout). A loop that is running (a notebook run from a
    notebook) is left alone.
    """
    import asyncio

    from jupyter_core.utils import ensure_event_loop

    loop = ensure_event_loop()
    if loop.is_running() or loop.is_closed():
        return 0
    left = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in left:
        task.cancel()
    if left:
        loop.run_until_complete(asyncio.gather(*left, return_exceptions=True))
    return len(left)


def _replace_paths(nb, replacements: Mapping[str, str]) -> None:
    """Write the staging folders back as the real ones in sources and outputs."""
    if not replacements:
        return
    from helpers.display import escape_html

    pairs = list(replacements.items())
    pairs += [(escape_html(a, None), escape_html(b, None)) for a, b in replacements.items()]
    pairs += _literal_pairs(replacements)

    def fix(text: str) -> str:
        for old, new in pairs:
            text = text.replace(old, new)
        return text

    def fix_value(value):
        if isinstance(value, str):
            return fix(value)
        if isinstance(value, list):
            return [fix_value(v) for v in value]
        if isinstance(value, dict):
            return {k: fix_value(v) for k, v in value.items()}
        return value

    for cell in nb.cells:
        cell["source"] = fix_value(cell["source"])
        for out in cell.get("outputs", []):
            for key in ("text", "evalue", "traceback"):
                if key in out:
                    out[key] = fix_value(out[key])
            if "data" in out:
                for mime, value in list(out["data"].items()):
                    if mime.startswith("text/") or mime.endswith("json"):
                        out["data"][mime] = fix_value(value)
    if "papermill" in nb.metadata:
        nb.metadata["papermill"] = fix_value(dict(nb.metadata["papermill"]))


def _literal_pairs(replacements: Mapping[str, str]) -> list[tuple[str, str]]:
    """The pairs of :func:`_replace_paths` for a path written inside a Python string
    literal: the parameters cell as papermill writes it (``PythonTranslator``:
    ``unicode_escape`` then ``\\"``, so ``/tmp/x/قصص أخبار`` was left as
    ``/tmp/x/\\u0642…`` and a path with ``"`` or ``\\`` in full; session 19,
    fixview19) and an output's ``repr`` (``'a\\\\b'``). The shown form is written as a
    literal of the same quote, its letters as they are (:func:`_literal_body`). A pair
    whose forms are the raw ones is left out (the raw pairs hold it)."""
    pairs: list[tuple[str, str]] = []
    for old, new in replacements.items():
        codified = old.encode("unicode_escape").decode("ascii").replace('"', '\\"')
        quote = repr(old)[0]
        for old_form, new_form in (
            (codified, _literal_body(new, '"')),
            (repr(old)[1:-1], _literal_body(new, quote)),
        ):
            if old_form != old and (old_form, new_form) not in pairs:
                pairs.append((old_form, new_form))
    return pairs


def _literal_body(text: str, quote: str) -> str:
    """``text`` as the inside of a Python string literal closed by ``quote``: a
    backslash and ``quote`` escaped, a character that does not print (a line break, a
    direction mark) as ``repr`` escapes it, every other character (Arabic, «…») as it
    is."""
    out = []
    for ch in text:
        if ch == "\\" or ch == quote:
            out.append("\\" + ch)
        elif ch.isprintable():
            out.append(ch)
        else:
            out.append(repr(ch)[1:-1])
    return "".join(out)


def drop_progress(nb) -> int:
    """Remove text progress bars from a notebook's outputs, in place.

    Progress bars (tqdm, on stderr) are feedback while a cell runs; their timings differ
    from run to run, so an executed notebook or HTML export that keeps them is never
    the same twice and shows stale "ETA" text to whoever reads the export. Every
    :data:`PROGRESS_FRAME` is cut from ``stderr`` stream outputs; an output left empty
    or holding only line breaks is dropped. Other outputs are untouched.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        A notebook (version 4).

    Returns
    -------
    int
        The number of stream outputs changed or dropped.
    """
    changed = 0
    for cell in nb.cells:
        outputs = cell.get("outputs")
        if not outputs:
            continue
        errs = [
            o for o in outputs if o.get("output_type") == "stream" and o.get("name") == "stderr"
        ]
        if not any(PROGRESS_FRAME.search(o.get("text", "")) for o in errs):
            continue
        kept = []
        for out in outputs:
            if any(out is o for o in errs):
                text = PROGRESS_FRAME.sub("", out.get("text", ""))
                if text != out.get("text", "") or not text.strip("\r\n"):
                    changed += 1
                if not text.strip("\r\n"):  # a bar's frames, or the line break that ends it
                    continue
                out["text"] = text
            kept.append(out)
        cell["outputs"] = kept
    return changed


def _export(
    executed: Path,
    html: Path,
    replacements: Mapping[str, str],
    exporter=None,
    notes: Mapping[str, str] | None = None,
) -> tuple[Path, int]:
    """Fix the executed notebook (ids, staging paths), write it and its HTML export.

    ``notes`` (parameter name -> comment) are written after the parameter's line in the
    injected-parameters cell (:func:`_shortened`)."""
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    _replace_paths(nb, replacements)
    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = INJECTED_CELL_ID  # papermill gives it a random id
            if notes:
                cell["source"] = _annotated(cell["source"], notes)
    drop_progress(nb)
    with atomic_write(executed, "w") as fh:
        nbformat.write(nb, fh)
    if exporter is None:
        from nbconvert import HTMLExporter

        exporter = HTMLExporter()
    body, _ = exporter.from_notebook_node(nb)
    data = body.encode("utf-8")
    if len(data) > EXPORT_WARN_BYTES:
        warnings.warn(_size_message(html, len(data), nb), ExportSizeWarning, stacklevel=3)
    with atomic_write(html, "wb") as fh:
        fh.write(data)
    return html, len(data)


def _annotated(source: str, notes: Mapping[str, str]) -> str:
    """``source`` with ``  # <note>`` after each line assigning a parameter of ``notes``."""
    lines = []
    for line in source.split("\n"):
        name = line.split("=", 1)[0].strip() if "=" in line else ""
        if name in notes and not line.lstrip().startswith("#"):
            line = f"{line}  # {notes[name]}"
        lines.append(line)
    return "\n".join(lines)


def _shortened(path: Path, notebook_dir: Path) -> str | None:
    """``…/<name>`` when the exports show ``path`` shortened (a folder outside the project
    and the home folder, :func:`_path_forms`), else None."""
    path = Path(os.path.abspath(path))
    home = Path(os.path.abspath(Path.home()))
    if path.is_relative_to(notebook_dir.parent) or path.is_relative_to(home):
        return None
    return _path_forms(path, notebook_dir)[1]


def _size_message(html: Path, size: int, nb) -> str:
    """Which cell makes an export large, and what to do about it."""
    biggest, label = 0, "a cell"
    number = 0
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        number += 1
        cell_size = len(json.dumps(cell.get("outputs", []), ensure_ascii=False).encode())
        if cell_size > biggest:
            biggest, label = cell_size, _cell_label(cell, number)
    return (
        f"{html}: the HTML export is {size / 1e6:.0f} MB, over {EXPORT_WARN_BYTES / 1e6:.0f} MB; "
        f"{label} makes {biggest / 1e6:.0f} MB of it: show fewer rows of that table "
        "(rtl_table max_rows) or fewer charts, or compare groups (--group-by) instead of "
        "stories"
    )


def run_notebook(
    path: str | Path,
    *,
    build_dir: str | Path = PROJECT_ROOT / "build",
    parameters: Mapping[str, object] | None = None,
    kernel: str | None = None,
    timeout: int = DEFAULT_TIMEOUT,
) -> Path:
    """Execute one notebook headless and export it to HTML.

    Writes straight into ``build_dir`` and the folders named by ``parameters``
    (no lock, no staging: use :func:`run_all` for the main job).

    Parameters
    ----------
    path : str or Path
        The notebook. It runs with its own folder as working directory, as in JupyterLab.
    build_dir : str or Path
        Receives ``notebooks/<name>.ipynb`` (executed) and ``html/<name>.html``.
    parameters : mapping, optional
        Values for the notebook's ``parameters`` cell (papermill), e.g. ``{"CORPUS": ...}``.
        A name the notebook does not define is passed with a papermill warning, not
        an error.
    kernel : str, optional
        Kernel name; default :func:`kernel_name`.
    timeout : int
        Seconds a single cell may run (default 900).

    Returns
    -------
    Path
        The HTML export.

    Raises
    ------
    NotebookError
        A cell raised; the message names the notebook, the cell and the error.
    NotebookTimeoutError
        A cell ran longer than ``timeout`` seconds; one line naming the notebook, the
        cell and what to do.
    ArgumentError
        ``timeout`` is not a whole number >= 1.
    OutputError
        The build folder cannot be written.
    """
    timeout = _check_timeout(timeout)
    path = Path(path).resolve()
    build_dir = Path(build_dir)
    executed = build_dir / "notebooks" / path.name
    _execute(path, executed, parameters or {}, kernel, timeout, executed)
    html, _ = _export(executed, build_dir / "html" / (path.stem + ".html"), {})
    return html


def check_output_folder(folder: str | Path, *, min_free: int = MIN_FREE_BYTES) -> Path:
    """Create ``folder`` if missing and check that it can be written; return it resolved.

    Runs before any kernel starts, so a bad output location fails in a second.

    Raises
    ------
    OutputError
        The folder (or a part of its path) cannot be created, is not a folder, is
        read-only, or its disk has less than ``min_free`` bytes free (default 50 MB).
    """
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(
            "exists and is not a folder",
            path=folder,
            hint="choose another output folder or move that file",
        ) from None
    except OSError as exc:
        from helpers.io import _output_error

        raise _output_error(folder, exc) from None
    try:
        fd, probe = tempfile.mkstemp(prefix=".khabar-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        from helpers.io import _output_error

        raise _output_error(folder, exc) from None
    free = shutil.disk_usage(folder).free
    if free < min_free:
        raise OutputError(
            f"the disk is (nearly) full: {free / 1e6:.1f} MB free, the run needs at least "
            f"{min_free / 1e6:.0f} MB",
            path=folder,
            hint="free some space or choose an output folder on another disk",
        )
    return folder.resolve()


class OutputLock:
    """An exclusive lock on output folders for one run (``<folder>/.khabar-run.lock``).

    Taken with ``fcntl.flock`` where available (released by the system when the
    process ends, even killed), else by creating the file exclusively. The lock file
    holds who took it (pid, host, user, start time, corpus) for the message another
    run gets.

    Raises
    ------
    OutputError
        (on ``__enter__``) another run holds one of the folders; the message names it
        and the holder.
    """

    def __init__(self, folders: Sequence[Path], *, about: str = "") -> None:
        self.folders = sorted({Path(f) for f in folders})
        self.about = about
        self._held: list[tuple[Path, int]] = []

    def __enter__(self) -> OutputLock:
        try:
            for folder in self.folders:
                self._held.append(self._take(folder / LOCK))
        except BaseException:
            self.release()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def _info(self) -> str:
        return json.dumps(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "user": _user(),
                "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
                "about": self.about,
            },
            ensure_ascii=False,
        )

    def _take(self, lock: Path) -> tuple[Path, int]:
        try:
            import fcntl
        except ImportError:  # Windows: an exclusively created file is the lock
            fcntl = None
        for _attempt in range(5):
            try:
                if fcntl is None:
                    fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
                else:
                    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
            except FileExistsError:
                raise self._busy(lock) from None
            except OSError as exc:
                from helpers.io import _output_error

                raise _output_error(lock, exc) from None
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    os.close(fd)
                    raise self._busy(lock) from None
                try:  # the file may have been removed by the run that just ended
                    same = os.fstat(fd).st_ino == os.stat(lock).st_ino
                except FileNotFoundError:
                    same = False
                if not same:
                    os.close(fd)
                    continue
            os.ftruncate(fd, 0)
            os.write(fd, self._info().encode("utf-8"))
            return lock, fd
        raise self._busy(lock)

    def _busy(self, lock: Path) -> OutputError:
        try:
            info = read_json(lock)
            holder = (
                f"pid {info['pid']} of {info['user']} on {info['host']}, started "
                f"{info['started']}" + (f", {info['about']}" if info.get("about") else "")
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            holder = "a process that is starting"
        return OutputError(
            f"another khabar run is writing to this folder ({holder})",
            path=lock.parent,
            hint="wait for it to finish, or choose other output folders (--processed, "
            f"--figures, --build); if no such run exists, delete {lock}",
        )

    def release(self) -> None:
        """Remove the lock files and release the locks (idempotent)."""
        while self._held:
            lock, fd = self._held.pop()
            with contextlib.suppress(OSError):
                os.unlink(lock)
            with contextlib.suppress(OSError):
                os.close(fd)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


class _Staging:
    """A fresh staging folder per output folder; moved into place by :meth:`commit`."""

    def __init__(self, targets: Sequence[Path], manifests: Path) -> None:
        self.targets = list(dict.fromkeys(targets))
        self.staged = {t: t / STAGING for t in self.targets}
        self.manifests = manifests

    def manifest(self, target: Path) -> Path:
        """Where the list of files the last run wrote into ``target`` is kept."""
        from helpers.io import safe_name

        return self.manifests / (safe_name(str(target.resolve())) + ".txt")

    def __enter__(self) -> _Staging:
        for stage in self.staged.values():
            shutil.rmtree(stage, ignore_errors=True)  # left by an interrupted run
            stage.mkdir(parents=True)
        return self

    def __exit__(self, *exc) -> None:
        for stage in self.staged.values():
            shutil.rmtree(stage, ignore_errors=True)

    def replacements(self) -> dict[str, str]:
        """Staging path -> real path, longest first (for writing paths back)."""
        pairs = {str(s): str(t) for t, s in self.staged.items()}
        return dict(sorted(pairs.items(), key=lambda kv: -len(kv[0])))

    def commit(self, sweep: Mapping[Path, Sequence[str]] | None = None) -> int:
        """Move every staged file into place; remove the previous run's leftovers.

        ``sweep`` names, per output folder, sub-folders (``"."`` for the whole folder)
        that hold nothing but khabar's outputs (the folders of ``build/runs/<name>/``):
        every file in them that this run did not write is removed too, also one an
        older khabar wrote without listing it. Returns the number of files removed.
        """
        removed = 0
        for target, stage in self.staged.items():
            written = sorted(
                p.relative_to(stage).as_posix() for p in stage.rglob("*") if p.is_file()
            )
            manifest = self.manifest(target)
            previous = []
            with contextlib.suppress(OSError, UnicodeDecodeError):
                previous = manifest.read_text(encoding="utf-8").splitlines()
            for sub in (sweep or {}).get(target, ()):
                previous += _files_in(target, sub)
            for rel in written:
                dest = target / rel
                try:
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(stage / rel, dest)
                except OSError as exc:
                    from helpers.io import _output_error

                    raise _output_error(dest, exc) from None
            for rel in sorted(set(previous) - set(written)):
                old = target / rel
                if ".." not in Path(rel).parts and old.is_file():
                    with contextlib.suppress(OSError):
                        old.unlink()
                        removed += 1
            if written or previous:
                with atomic_write(manifest, "w") as fh:
                    fh.write("".join(f"{rel}\n" for rel in written))
        return removed


def _files_in(target: Path, sub: str) -> list[str]:
    """Files under ``target/sub`` as paths relative to ``target``, leaving out the
    run's own machinery (staging folder, lock) and the folders of other targets."""
    folder = target / sub
    if not folder.is_dir() or folder.is_symlink():
        return []
    out = []
    for path in folder.rglob("*"):
        rel = path.relative_to(target)
        if rel.parts[0] in (STAGING, LOCK) or path.is_symlink() or not path.is_file():
            continue
        out.append(rel.as_posix())
    return out


def run_all(
    notebook_dir: str | Path = PROJECT_ROOT / "notebooks",
    *,
    build_dir: str | Path = PROJECT_ROOT / "build",
    parameters: Mapping[str, object] | None = None,
    kernel: str | None = None,
    timeout: int = DEFAULT_TIMEOUT,
    jobs: int | None = None,
    workbook: bool = True,
    tables: bool | None = None,
    run_folder: str | Path | None = None,
) -> list[Path]:
    """The main job: execute every ``NN_*.ipynb`` in ``notebook_dir``; return the HTML exports.

    Parameters
    ----------
    notebook_dir : str or Path
    build_dir : str or Path
        Receives ``notebooks/`` (executed notebooks) and ``html/`` (exports).
    parameters : mapping, optional
        Notebook parameters. ``PROCESSED`` and ``FIGURES`` name the output folders; left
        out, they are the notebooks' own defaults (``../data/processed``, ``../figures``
        from ``notebook_dir``) and are passed explicitly.
    kernel : str, optional
        Kernel name; default :func:`kernel_name`.
    timeout : int
        Seconds a single cell may run (default 900).
    jobs : int, optional
        Notebooks run at once, each in its own kernel (default: the number of CPUs,
        at most 2). Each kernel holds its own copy of the corpus: use 1 for a corpus
        near the machine's memory.
    workbook : bool
        Gather the run's CSV tables into ``PROCESSED/tables.xlsx`` (default True);
        tables of more than :data:`WORKBOOK_MAX_CELLS` cells or :data:`WORKBOOK_MAX_BYTES`
        bytes are left out (named in the
        log; their CSVs have them).
    tables : bool or None
        Compute the corpus-scale tables once, before the first kernel starts
        (:func:`helpers.study.prepare_study`: on Dask with the ``WORKERS`` /
        ``SCHEDULER`` parameters, else in this process), cache them in
        ``<build_dir>/cache/`` and pass that folder as the ``TABLES`` parameter.
        ``None`` (default): when a notebook's parameters cell has ``TABLES``.
    run_folder : str or Path, optional
        A folder that holds only khabar's outputs (``build/runs/<corpus name>/``, which
        ``python -m helpers run --corpus`` picks). The output folders inside it hold
        only this run's files afterwards: every file in them that this run did not
        write is removed (in the build folder: under ``html/`` and ``notebooks/``),
        also one that khabar's manifest does not list, and one line on stderr says
        that the earlier run there was replaced. Output folders outside it (your own
        ``--processed`` / ``--figures``) lose only the files khabar's previous run
        listed, never a file of yours.

    Returns
    -------
    list of Path
        The HTML exports, in notebook order.

    Raises
    ------
    OutputError
        An output folder cannot be written or its disk is full, or is inside the
        ``CORPUS`` folder (:func:`helpers.corpus.check_outputs_outside`), before any
        kernel starts; or another run holds its lock.
    NotebookError, NotebookTimeoutError
        A notebook failed; the previous outputs are left as they were and the executed
        notebooks of this run are in ``<build_dir>/failed/``.
    ArgumentError
        ``timeout`` or ``jobs`` is not a whole number >= 1; a path parameter
        (``CORPUS``, ``TABLES``, ``PROCESSED``, ``FIGURES``) is not a str or path
        (:func:`helpers.grouping.check_path_parameters`), before any kernel starts.
    """
    timeout = _check_timeout(timeout)
    if jobs is None:
        jobs = max(1, min(2, os.cpu_count() or 1))
    jobs = check_whole(jobs, "run_all", "jobs")
    notebook_dir = Path(notebook_dir).resolve()
    notebooks = find_notebooks(notebook_dir)
    if not notebooks:
        raise NotebookError("no NN_*.ipynb notebooks found", path=notebook_dir)
    params = dict(parameters or {})
    from helpers.grouping import check_path_parameters

    check_path_parameters(params, "run_all")  # papermill-style values of a wrong type
    # a parameter given as None takes its default, as check_path_parameters reads it
    processed = Path(params.get("PROCESSED") or notebook_dir / ".." / "data" / "processed")
    figures = Path(params.get("FIGURES") or notebook_dir / ".." / "figures")
    build = Path(build_dir)
    if params.get("CORPUS"):  # robust: no output folder inside a folder corpus
        from helpers.corpus import check_outputs_outside

        check_outputs_outside(
            _given(params["CORPUS"], notebook_dir),
            {"PROCESSED": processed, "FIGURES": figures, "the build folder": build},
        )
    # every output location is checked before the first kernel starts
    processed, figures, build = (check_output_folder(f) for f in (processed, figures, build))
    about = f"corpus {params['CORPUS']}" if "CORPUS" in params else "the embedded corpus"
    clock = _Clock()
    with (
        OutputLock([processed, figures, build], about=about),
        _Staging([processed, figures, build], build / MANIFESTS) as staging,
        _environ(LEXICON_CACHE, str(build / "cache")),
        _absolute_pythonpath(),
    ):
        _clear_failed(build)  # notebooks of an older failed run would mislead
        declared = {nb: _parameter_names(nb) for nb in notebooks}
        if tables is None:
            tables = any("TABLES" in (names or ()) for names in declared.values())
        # paths inside the project are passed relative to the notebooks' folder (their
        # working folder), so no absolute path of this machine is shown in an export
        if params.get("CORPUS"):
            params["CORPUS"] = _path_forms(_given(params["CORPUS"], notebook_dir), notebook_dir)[0]
        job = None
        if tables and "TABLES" not in params:
            started = clock.now()
            job, cache = _start_tables(notebook_dir, build, params)
            _watch_tables(job, clock, started)
            params["TABLES"] = _path_forms(cache, notebook_dir)[0]
        params["PROCESSED"] = _path_forms(staging.staged[processed], notebook_dir)[0]
        params["FIGURES"] = _path_forms(staging.staged[figures], notebook_dir)[0]
        stage_build = staging.staged[build]
        replacements, shown = _path_replacements(staging, params, notebook_dir)
        # a folder shown shortened (…/<name>) says so in the exports; the log has it whole
        notes = {}
        real = {"PROCESSED": processed, "FIGURES": figures}
        for name in ("CORPUS", "TABLES"):
            if params.get(name):
                real[name] = _given(params[name], notebook_dir)
        for name, path in real.items():
            short = _shortened(path, notebook_dir)
            if short is not None:
                notes[name] = (
                    "shortened, not runnable as shown: a path outside the project and "
                    "the home folder; its full path is in the run's log"
                )
                print(f"{name}: {path} (shown as {short} in the exports)", file=sys.stderr)
        _avoid_slow_optional_imports()
        # HTML exporters, each used by one export at a time and kept for the next (a
        # new one costs 0.3-0.5 CPU s: its templates), whichever thread exports
        exporters: list = []
        lanes = threading.Semaphore(jobs)
        gate = threading.Lock()  # one notebook at a time gathers every lane (no deadlock)
        _hold_lanes(job, lanes, jobs)
        stopping = threading.Event()  # a notebook failed: those still waiting for a lane skip
        interrupted = threading.Event()  # Ctrl-C: the running kernels are being killed
        alone = [nb for nb in notebooks if _alone(nb, job)]
        # the longest notebooks of the previous run start first, so the lanes end
        # together; those that need every lane after those that share them; while the
        # tables are computed beside the kernels (a small corpus), those that do not
        # use them; the exports are returned in notebook order either way (_plan)
        beside = job is not None and job.computing and not _big(job)
        order = (
            _plan(
                notebooks,
                alone=alone,
                durations={nb: _last_duration(build, nb) for nb in notebooks},
                first=[nb for nb in notebooks if beside and not _uses_tables(nb)],
            )
            if jobs > 1
            else list(notebooks)  # one lane: one after another, in notebook order
        )
        turns = _Turns(order)

        def one(nb: Path) -> Path:
            executed = stage_build / "notebooks" / nb.name
            names = declared[nb]
            own = params if names is None else {k: v for k, v in params.items() if k in names}
            need = jobs if nb in alone else 1
            with turns.take(nb, lanes, need, gate, stopping):
                if stopping.is_set():
                    return None
                _log(f"running {nb.name} ...")
                clock.first_kernel()
                start, _KERNEL.cpu = clock.now(), None
                try:
                    _execute(nb, executed, own, kernel, timeout, build / "failed" / nb.name)
                except NotebookError as exc:
                    if interrupted.is_set():  # its kernel was killed: no failure of its own
                        return None
                    stopping.set()
                    _keep_failed(stage_build, build, replacements)
                    raise type(exc)(_unstage(str(exc), replacements)) from None
                except BaseException:
                    stopping.set()
                    raise
                clock.add(nb.name, "notebook", start, _KERNEL.cpu, lanes=need)
            if interrupted.is_set():
                return None
            try:
                exporter = exporters.pop()  # list.pop is atomic: one thread gets it
            except IndexError:
                from nbconvert import HTMLExporter

                exporter = HTMLExporter()
            with clock.step(f"{nb.stem}.html", "export"):
                html, _ = _export(
                    executed,
                    stage_build / "html" / (nb.stem + ".html"),
                    shown,
                    exporter,
                    {k: v for k, v in notes.items() if k in own},
                )
            exporters.append(exporter)
            final = build / "html" / html.name
            # progress only: the HTML files are listed once, by the caller, at the end
            # (session 18: each path was printed twice, here and in the final list)
            _log(f"  {nb.name} done")
            return final

        # papermill changes the process's working folder to the notebook's folder while
        # it runs a notebook and restores it after; with notebooks running at once, one
        # restoring it could start another's kernel elsewhere. All notebooks share one
        # folder: being in it already makes every change and restore a no-op.
        cwd = os.getcwd()
        os.chdir(notebook_dir)
        try:
            if jobs == 1:
                out = [one(nb) for nb in notebooks]
            else:
                # a thread a notebook (they take their lanes in turn, _Turns): a
                # notebook's HTML export (in this process) never keeps the next
                # notebook from starting its kernel
                pool = ThreadPoolExecutor(max_workers=len(order))
                futures = {nb: pool.submit(one, nb) for nb in order}
                try:
                    # the first failure cancels the notebooks not yet started
                    wait(futures.values(), return_when=FIRST_EXCEPTION)
                    for f in futures.values():
                        f.cancel()
                    # the first failed notebook, in notebook order, raises its own error;
                    # one cancelled before it started (it may come earlier in that order
                    # than the failed one) is skipped, never reported as the cause
                    failed = [
                        futures[nb]
                        for nb in notebooks
                        if not futures[nb].cancelled() and futures[nb].exception() is not None
                    ]
                    if failed:
                        raise failed[0].exception()
                    out = [futures[nb].result() for nb in notebooks]
                except BaseException as exc:  # Ctrl-C (KeyboardInterrupt) or a notebook's error
                    _stop_lanes(futures, stopping, interrupted, exc)
                    if interrupted.is_set() and job is not None:
                        job.stop()  # it may hold the lanes the queued notebooks wait for
                    raise
                finally:
                    pool.shutdown(wait=True, cancel_futures=True)
                    if interrupted.is_set():
                        logging.getLogger("papermill").disabled = False
        except BaseException as exc:
            if not isinstance(exc, Exception):  # Ctrl-C with one lane: its kernel too
                _kill_kernels()
            if job is not None and job.done() and isinstance(exc, NotebookError):
                job.wait()  # the tables' own error, when they failed, says more
            if job is not None:
                job.stop()  # a run that stopped early leaves no process behind
            raise
        finally:
            os.chdir(cwd)
        if job is not None:
            job.wait()  # the tables were read by the notebooks: done, or an error
        if workbook:
            with clock.step("tables.xlsx", "workbook"):
                _write_workbook(staging.staged[processed])
        _write_timings(clock, stage_build, jobs, job)
        sweep = _sweep(run_folder, processed, figures, build)
        earlier = any(_files_in(t, sub) for t, subs in sweep.items() for sub in subs)
        removed = staging.commit(sweep)
        if earlier:
            print(
                f"{_shown_folder(Path(run_folder))}: replaced the earlier run there "
                f"({removed} of its files, not written by this run, removed)",
                file=sys.stderr,
                flush=True,
            )
    return out


def _stop_lanes(
    futures: Mapping, stopping: threading.Event, interrupted: threading.Event, exc: BaseException
) -> None:
    """The run stops early: notebooks not yet started never start (cancelled, or they
    see ``stopping`` when they get a lane) and, on Ctrl-C (a ``KeyboardInterrupt`` in
    the main thread), the running ones are stopped by killing their kernels
    (:func:`_kill_kernels`), so that waiting for their threads takes a second, not the
    rest of the run."""
    stopping.set()
    for f in futures.values():
        f.cancel()
    if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit
        interrupted.set()
        # nbclient would log "Kernel died while waiting for execute reply" for each
        logging.getLogger("papermill").disabled = True
        _kill_kernels()


def _sweep(
    run_folder: str | Path | None, processed: Path, figures: Path, build: Path
) -> dict[Path, list[str]]:
    """The parts of the output folders inside ``run_folder`` that hold only khabar's
    outputs (:meth:`_Staging.commit`): all of a tables or figures folder, the
    ``html/`` and ``notebooks/`` of the build folder."""
    if run_folder is None:
        return {}
    root = Path(run_folder).expanduser().resolve()
    sweep: dict[Path, list[str]] = {}
    folders = (processed, figures, build)
    for target in (processed, figures):
        # never a folder that holds another output folder (the build folder's cache)
        inner = any(o != target and o.is_relative_to(target) for o in folders)
        if target.is_relative_to(root) and target != build and not inner:
            sweep.setdefault(target, []).append(".")
    if build.is_relative_to(root):
        sweep.setdefault(build, []).extend(["html", "notebooks"])
    return sweep


def _shown_folder(folder: Path) -> str:
    """A folder as a log line names it: relative to the project when inside it."""
    folder = Path(os.path.abspath(folder))
    return (
        folder.relative_to(PROJECT_ROOT).as_posix()
        if folder.is_relative_to(PROJECT_ROOT)
        else str(folder)
    )


#: The environment variable naming where the wordfreq lexicon, keyed by normalised form,
#: is kept between processes (:mod:`helpers.text.lexicon`): the run's build cache, so
#: the tables process and the kernels build it once.
LEXICON_CACHE = "KHABAR_LEXICON_CACHE"


@contextlib.contextmanager
def _environ(name: str, value: str):
    """``os.environ[name] = value`` for the run (inherited by the tables process and the
    kernels), unless already set; restored after."""
    if name in os.environ:
        yield
        return
    os.environ[name] = value
    try:
        yield
    finally:
        os.environ.pop(name, None)


@contextlib.contextmanager
def _absolute_pythonpath():
    """``PYTHONPATH``'s relative entries made absolute for the run (restored after).
    The tables process and the kernels start in the notebooks' folder, where ``src``
    of ``PYTHONPATH=src python -m helpers run`` names nothing: they imported the
    installed package (another checkout's code) while the runner ran this one's."""
    old = os.environ.get("PYTHONPATH")
    if not old:
        yield
        return
    parts = [os.path.abspath(p) if p else p for p in old.split(os.pathsep)]
    os.environ["PYTHONPATH"] = os.pathsep.join(parts)
    try:
        yield
    finally:
        os.environ["PYTHONPATH"] = old


def _import_runner_modules() -> None:
    """Import papermill and nbconvert (1-2 CPU s) while the tables process reads the corpus."""
    _avoid_slow_optional_imports()
    import nbconvert  # noqa: F401
    import papermill  # noqa: F401


def _import_exporter_later() -> None:
    """Import nbconvert (0.4-0.6 CPU s) in a thread of its own: when no tables process
    reads the corpus meanwhile (a complete cache entry), the first kernels start
    without waiting for it; the first HTML export comes seconds later (its
    ``from nbconvert import ...`` waits for this import if it is not done). papermill,
    which starts the kernels, is imported now."""
    _avoid_slow_optional_imports()
    import papermill  # noqa: F401

    def load() -> None:
        with contextlib.suppress(Exception):  # the export's own import reports a failure
            import nbconvert  # noqa: F401

    threading.Thread(target=load, name="khabar-import-nbconvert", daemon=True).start()


_LOG = threading.Lock()


def _log(line: str) -> None:
    """One line on stderr, whole: two notebooks' lines never run into one another."""
    with _LOG:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()


def _csv_cells(path: Path, stop: int | None = None) -> int:
    """Cells of a CSV table: its records (the header's included) times the columns of
    its header, read with the csv module as :func:`helpers.io.write_csv` wrote it
    (UTF-8 with BOM, Excel's dialect), streaming: a quoted field holding line breaks or
    commas is one cell of one record. Counting stops once over ``stop`` cells, if
    given (the count returned is then only known to be over it)."""
    import csv

    limit = csv.field_size_limit()
    # a story's body is one field, of any length; a C long is 32 bits on Windows
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
            records = csv.reader(fh)
            header = next(records, None)
            if header is None:
                return 0
            rows = 1
            for _ in records:
                rows += 1
                if stop is not None and rows * len(header) > stop:
                    break
    finally:
        csv.field_size_limit(limit)
    return rows * len(header)


def _has_rank(path: Path) -> bool:
    """Does the CSV ``path``'s header have a ``rank`` column (a ranked table)?"""
    import csv

    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        return "rank" in next(csv.reader(fh), [])


def _top_ranked(source: Path, target: Path, top: int) -> tuple[int, int] | None:
    """Write into ``target`` the header and the rows of the CSV ``source`` whose
    ``rank`` is at most ``top`` (the top-ranked rows of each group of a ranked table:
    ``term_frequencies.csv`` ranks terms within each group and n), streaming, as UTF-8
    with BOM in Excel's dialect. Returns (rows kept, rows in all), or None when the
    table has no ``rank`` column (nothing written)."""
    import csv

    limit = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with open(source, encoding="utf-8-sig", errors="replace", newline="") as fh:
            records = csv.reader(fh)
            header = next(records, [])
            if "rank" not in header:
                return None
            at = header.index("rank")
            kept = total = 0
            with open(target, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(header)
                for record in records:
                    total += 1
                    try:
                        ranked = float(record[at]) <= top
                    except (ValueError, IndexError):
                        ranked = False
                    if ranked:
                        writer.writerow(record)
                        kept += 1
    finally:
        csv.field_size_limit(limit)
    return kept, total


def _write_workbook(folder: Path) -> Path | None:
    """``tables.xlsx`` of the run's tables (:func:`helpers.io.write_workbook`). A table
    of more than :data:`WORKBOOK_MAX_CELLS` cells (a ranked one: of more than
    :data:`WORKBOOK_RANKED_CELLS`) or :data:`WORKBOOK_MAX_BYTES` bytes of CSV is no
    hand-off whole (Excel cuts at 1,048,576 rows, and writing it costs
    minutes): a ranked one (a ``rank`` column: ``term_frequencies.csv``, 168,469 rows of
    9 columns on the two days 2015-07-25 + 08-03, 1.5 million cells) gives its sheet
    the rows of rank at most :data:`WORKBOOK_TOP_RANK` in each group, what a journalist
    comparing outlets reads (2,406 rows there), the ``about`` sheet saying ``cut`` and
    how many of its rows; any other is left out. The CSV has every row, and the job's
    log names the table."""
    from helpers.io import write_workbook

    csvs = sorted(folder.glob("*.csv"))
    part = folder / ".workbook"
    shutil.rmtree(part, ignore_errors=True)
    kept, cut = [], {}
    try:
        for c in csvs:
            ranked_only = False  # past the ranked tables' limit only: kept whole if not ranked
            big = c.stat().st_size > WORKBOOK_MAX_BYTES
            cells = 0 if big else _csv_cells(c, WORKBOOK_MAX_CELLS)
            if big:
                why = f"over {WORKBOOK_MAX_BYTES / 1e6:g} MB"
            elif cells > WORKBOOK_MAX_CELLS:
                why = f"over {WORKBOOK_MAX_CELLS:,} cells"
            elif cells > WORKBOOK_RANKED_CELLS and _has_rank(c):
                why, ranked_only = f"a ranked table over {WORKBOOK_RANKED_CELLS:,} cells", True
            else:
                kept.append(c)
                continue
            part.mkdir(exist_ok=True)
            counts = _top_ranked(c, part / c.name, WORKBOOK_TOP_RANK)
            small = counts is not None and counts[0] > 0
            if small and _csv_cells(part / c.name, WORKBOOK_MAX_CELLS) <= WORKBOOK_MAX_CELLS:
                n, total = counts
                cut[c.name] = (
                    f"the rows of rank {WORKBOOK_TOP_RANK} or better in each group: "
                    f"{n:,} of {total:,} rows (the table is {why}): the CSV has them all"
                )
                print(
                    f"tables.xlsx: {c.name} cut to its top {WORKBOOK_TOP_RANK} of each group "
                    f"({why}; open the CSV for every row)",
                    file=sys.stderr,
                    flush=True,
                )
                continue
            (part / c.name).unlink(missing_ok=True)
            if ranked_only:  # under the limit of every table: whole
                kept.append(c)
                continue
            print(
                f"tables.xlsx: {c.name} left out ({why}; open the CSV)", file=sys.stderr, flush=True
            )
        if not kept and not cut:
            return None
        left_out = [c.name for c in csvs if c not in kept and c.name not in cut]
        if not left_out and not cut:
            return write_workbook(folder, folder / "tables.xlsx")
        part.mkdir(exist_ok=True)
        for c in kept:
            try:
                os.link(c, part / c.name)
            except OSError:
                shutil.copyfile(c, part / c.name)
        return write_workbook(part, folder / "tables.xlsx", left_out=left_out, cut=cut)
    finally:
        shutil.rmtree(part, ignore_errors=True)


def _parameter_names(notebook: Path) -> set[str] | None:
    """The names the notebook's ``parameters`` cell assigns at its top level (what
    papermill can set); None when the notebook has no such cell (papermill then
    injects every parameter at its top, and they are all passed)."""
    import ast

    try:
        nb = _notebook_json(notebook)
    except (OSError, ValueError):
        return None
    for cell in _cells(nb):
        tags = cell["metadata"].get("tags")
        if not isinstance(tags, list) or "parameters" not in tags:
            continue
        source = _source(cell)
        try:
            tree = ast.parse(source)
        except SyntaxError:  # IPython syntax: names at the start of a line before "="
            return set(re.findall(r"^([A-Za-z_]\w*)\s*(?::[^=\n]*)?=(?!=)", source, re.M))
        names = set()
        for node in tree.body:
            targets = (
                node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            )
            for target in targets:
                for leaf in ast.walk(target) if target is not None else ():
                    if isinstance(leaf, ast.Name):
                        names.add(leaf.id)
        return names
    return None


def _has_parameter(notebook: Path, name: str) -> bool:
    """Whether the notebook's ``parameters`` cell assigns ``name``."""
    return name in (_parameter_names(notebook) or ())


def _clear_failed(build: Path) -> None:
    """Remove the executed notebooks an earlier failed run left in ``<build>/failed/``
    (``NN_*.ipynb``; other files are left alone), so that folder only ever holds the
    notebooks of the latest run that failed."""
    for old in (build / "failed").glob(NOTEBOOK_PATTERN):
        with contextlib.suppress(OSError):
            old.unlink()


def _given(path: object, notebook_dir: Path) -> Path:
    """A path parameter as the notebooks read it: ``~`` expanded, a relative path taken
    from the notebooks' folder (their working folder)."""
    path = Path(str(path)).expanduser()
    return Path(os.path.abspath(notebook_dir / path))


def _path_forms(path: Path, notebook_dir: Path) -> tuple[str, str]:
    """How a path is passed to the notebooks and how the exports show it.

    Inside the project (the notebooks' parent folder): both relative to the notebooks'
    folder (``../data/processed``). Elsewhere: passed absolute (the kernel must find
    it) and shown as ``~/...`` under the home folder (runnable: the notebooks expand
    ``~``), else as ``…/<name>``, so that an export names no absolute path of the machine
    it ran on; the ``…`` marks the value as shortened (a bare ``saudinewsnet`` would
    look like a runnable path relative to the notebooks' folder, and is not; the
    parameters cell says so too, :func:`_shortened`).
    """
    path = Path(os.path.abspath(path))
    if path.is_relative_to(notebook_dir.parent):
        rel = Path(os.path.relpath(path, notebook_dir)).as_posix()
        return rel, rel
    home = Path(os.path.abspath(Path.home()))
    if path.is_relative_to(home):
        return str(path), ("~/" + path.relative_to(home).as_posix()).rstrip("/")
    return str(path), ("…/" + path.name) if path.name else path.as_posix()


def _error_form(path: Path, root: Path) -> str:
    """How an error message names ``path``: relative to the project ``root`` (where
    ``make run`` and ``python -m helpers run`` are started) when inside it, else whole."""
    path = Path(os.path.abspath(path))
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


def _path_replacements(
    staging: _Staging, params: Mapping[str, object], notebook_dir: Path
) -> tuple[dict[str, str], dict[str, str]]:
    """Texts to replace, longest first: (for error messages: the staging folders and the
    corpus and tables folders, as passed, to the real folders, relative to the project
    root when inside it, :func:`_error_form`; for the executed notebooks and their exports: every
    path the run passed, staged, real or absolute, to the form it is shown in)."""
    root = Path(os.path.abspath(notebook_dir)).parent
    errors: dict[str, str] = {}
    shown: dict[str, str] = {}
    for target, stage in staging.staged.items():
        passed, _ = _path_forms(stage, notebook_dir)
        real_shown = _path_forms(target, notebook_dir)[1]
        errors[str(stage)] = str(target)
        # a cell's error names the path as passed, relative to the notebooks' folder
        # (../data/processed): the message is read from the project root (data/processed)
        errors[passed] = _error_form(target, root)
        shown[str(stage)] = real_shown
        shown[passed] = real_shown
        shown[str(target)] = real_shown
    for name in ("CORPUS", "TABLES"):
        if params.get(name):
            path = _given(params[name], notebook_dir)
            shown[str(path)] = _path_forms(path, notebook_dir)[1]
            errors[_path_forms(path, notebook_dir)[0]] = _error_form(path, root)
    # anything else of the project (a warning naming a module): relative, as above
    shown.setdefault(str(root) + os.sep, _path_forms(root, notebook_dir)[1] + "/")

    def longest_first(pairs: dict[str, str]) -> dict[str, str]:
        kept = {a: b for a, b in pairs.items() if a and a != b}
        return dict(sorted(kept.items(), key=lambda kv: -len(kv[0])))

    return longest_first(errors), longest_first(shown)


def _start_tables(notebook_dir: Path, build: Path, params: Mapping[str, object]):
    """Start the corpus-scale tables of the run's corpus (:func:`helpers.study.spawn_study`:
    a child process reads the corpus and checks ``GROUP_BY``, ``TARGET`` and
    ``REFERENCE`` against it now, then computes the tables while the kernels start and
    exits); returns the job and the cache folder passed to the notebooks as ``TABLES``.

    Raises
    ------
    The corpus's errors (:func:`helpers.corpus.load_corpus`) and those of
    :func:`helpers.study.check_options`, before any kernel starts.
    """
    from helpers.study import spawn_study

    # the corpus as the notebooks name it (their default: ../data/raw), read from their
    # folder, so that the cache entry is theirs (its key holds the path as given)
    corpus = (
        params.get("CORPUS") or _path_forms(notebook_dir.parent / "data" / "raw", notebook_dir)[0]
    )
    cache = build / "cache"
    print("corpus tables ...", file=sys.stderr, flush=True)
    ready = _cached_entry(corpus, cache, params, notebook_dir)
    if ready is not None:
        _import_exporter_later()
        _say_corpus(ready.entry)
        return ready, cache
    job = spawn_study(
        corpus,
        cache,
        fields=params.get("FIELDS"),
        workers=params.get("WORKERS"),
        scheduler=params.get("SCHEDULER"),
        group_by=params.get("GROUP_BY"),
        target=params.get("TARGET"),
        reference=params.get("REFERENCE"),
        cwd=notebook_dir,
        meanwhile=_import_runner_modules,
    )
    _say_corpus(job.entry)
    return job, cache


def _say_corpus(entry: Path) -> None:
    """One stderr line: the stories read and the duplicate stories dropped
    (:mod:`helpers.corpus.duplicates`), from the entry's ``about.json``; nothing when it
    cannot be read."""
    try:
        about = read_json(Path(entry) / "about.json")
        stories, dropped = int(about["stories"]), int(about["duplicates_dropped"])
    except (OSError, ValueError, KeyError, TypeError):
        return
    print(
        f"corpus: {stories:,} stories; {dropped:,} duplicate stories dropped (the same "
        "body as an earlier story of their outlet: cleaning_report.csv lists them)",
        file=sys.stderr,
        flush=True,
    )


def _cached_entry(corpus: object, cache: Path, params: Mapping[str, object], notebook_dir: Path):
    """A :class:`helpers.study.StudyJob` for the run's cache entry when it is complete
    and nothing needs the stories table before the kernels start (no ``GROUP_BY``,
    ``TARGET`` or ``REFERENCE`` to check, no ``WORKERS``/``SCHEDULER``): the key is
    computed here (:func:`helpers.study.study_key`, as the child and the kernels do,
    from the notebooks' folder), so no tables process is started (about 1 CPU s of a
    warm run). Else None: :func:`helpers.study.spawn_study` reads the corpus, checks
    the options and computes what is missing."""
    from helpers.study import StudyJob, _complete, _entry, study_key

    if any(params.get(n) for n in ("GROUP_BY", "TARGET", "REFERENCE", "WORKERS", "SCHEDULER")):
        return None
    from helpers.grouping import folder_groups, read_parameter

    try:
        with contextlib.chdir(notebook_dir):  # the corpus as the notebooks read it
            fields = read_parameter(params.get("FIELDS"), "FIELDS") or None
            key = study_key(corpus, fields=fields, group_from=folder_groups(corpus))
            entry = _entry(cache, key).absolute()
    except (KhabarError, OSError):
        return None  # the child reports the corpus's error as it always did
    if not _complete(entry):
        return None
    job = StudyJob(entry)
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        job.stories = read_json(entry / "about.json")["stories"]
    return job


#: Corpora of more stories than this have their tables computed alone: no notebook runs
#: until they are written (the tables step holds 0.6 GB at 5,000 articles, 1.3 GB at
#: 20,329). Smaller ones share the cores: the tables process takes one lane.
SHARED_TABLES_MAX_STORIES = 1000


def _big(job) -> bool:
    """Whether the run's corpus has more than :data:`SHARED_TABLES_MAX_STORIES` stories
    (an unknown count counts as big: the safe side)."""
    stories = getattr(job, "stories", None)
    return stories is None or stories > SHARED_TABLES_MAX_STORIES


def _hold_lanes(job, lanes: threading.Semaphore, jobs: int) -> None:
    """Let the tables process occupy lanes while it computes (:data:`SHARED_TABLES_MAX_STORIES`):
    every lane for a big corpus, so that its memory is never added to the kernels',
    else one of two or more (it uses a core); released when the process ends."""
    if job is None or not job.computing or job.process is None:
        return
    held = jobs if _big(job) else jobs - 1
    if held < 1:
        return
    for _ in range(held):
        lanes.acquire()

    def release() -> None:
        job.process.wait()
        for _ in range(held):
            lanes.release()

    threading.Thread(target=release, name="khabar-tables-lanes", daemon=True).start()


def _alone(notebook: Path, job) -> bool:
    """Whether ``notebook`` takes every lane (runs with no other kernel beside it).

    A notebook whose metadata holds ``"khabar": {"alone_on_big_corpus": true}`` does so
    for a corpus of more than :data:`SHARED_TABLES_MAX_STORIES` stories (the count the
    tables process or the complete cache entry gives; unknown counts as big). Declared
    by 01 and 02, the two largest kernels: at 20,329 SaudiNewsNet articles their peaks
    were 1,066 and 1,261 MB, and either beside any other kernel (760-832 MB) put the whole
    job over 2 GB (2,129 MB measured, main fb2988e, ``benchmarks/bench_main_job.py``);
    03, 04 and 05 two at a time stay under it. Small corpora are unaffected."""
    if job is None:
        return False
    try:
        nb = _notebook_json(notebook)
        declared = bool(nb["metadata"]["khabar"]["alone_on_big_corpus"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return declared and _big(job)


@contextlib.contextmanager
def _lanes(lanes: threading.Semaphore, need: int, gate: threading.Lock):
    """Hold ``need`` permits of ``lanes`` for the block: one at once without the gate;
    more under ``gate``, so two notebooks that each need every lane never hold one each
    and wait for the other."""
    if need == 1:
        with lanes:
            yield
        return
    with gate:
        for _ in range(need):
            lanes.acquire()
    try:
        yield
    finally:
        for _ in range(need):
            lanes.release()


def _uses_tables(notebook: Path) -> bool:
    """Whether a notebook reads the run's corpus tables (``study.counts``, ``.mentions``,
    ``.quotes``, ``.tables``): it waits for them, so it is started after those that do
    not while they are computed. A guess from the source; it orders, never decides."""
    try:
        nb = _notebook_json(notebook)
    except (OSError, ValueError):
        return True
    code = "\n".join(_source(c) for c in _cells(nb))
    return bool(re.search(r"\bstudy\.(counts|mentions|quotes|tables)\b", code))


def _cells(nb: dict) -> list[dict]:
    """The cells of a notebook's JSON that are objects, each with its ``metadata`` an
    object (``{}`` else): a damaged notebook (``"cells": null``, a number, a list of
    numbers, a cell whose metadata is a list) gives what it can, never a
    ``TypeError``."""
    cells = nb.get("cells")
    if not isinstance(cells, list):
        return []
    out = []
    for cell in cells:
        if isinstance(cell, dict):
            if not isinstance(cell.get("metadata"), dict):
                cell = {**cell, "metadata": {}}
            out.append(cell)
    return out


def _source(cell: dict) -> str:
    """A cell's source as one str (a list of lines joined; anything else is empty)."""
    src = cell.get("source", "")
    if isinstance(src, str):
        return src
    if isinstance(src, list):
        return "".join(x for x in src if isinstance(x, str))
    return ""


def _notebook_json(path: Path) -> dict:
    """The JSON object of the notebook file ``path`` (:func:`helpers.io.read_json`: any
    depth of nesting). Raises ``OSError`` when unreadable and
    :class:`~helpers.errors.MalformedFileError` (a ``ValueError``) naming the file when it
    is not JSON or its value is no object (a list, a number): every reader of a notebook
    in this module catches both and falls back as it says."""
    nb = read_json(path)
    if not isinstance(nb, dict):
        raise MalformedFileError(
            f"not a notebook: its JSON is a {type(nb).__name__}, not an object", path=path
        )
    return nb


def _last_duration(build: Path, notebook: Path) -> float:
    """Seconds the notebook took in the previous run (papermill's record), else infinity:
    also when that record is unreadable or malformed (not JSON, no duration, a duration
    that is no number of seconds >= 0: NaN, negative, text), so a damaged file of an
    earlier run never stops this one (it only orders the notebooks, :func:`_plan`). The
    record is read by :func:`helpers.io.read_json`, so a notebook nested 100,000 levels
    deep (a damaged or hostile output) is read, not a ``RecursionError``."""
    try:
        nb = _notebook_json(build / "notebooks" / notebook.name)
        return check_seconds(nb["metadata"]["papermill"]["duration"], "", "", infinite=True)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return float("inf")


def _plan(
    notebooks: Sequence[Path],
    *,
    alone: Sequence[Path] = (),
    durations: Mapping[Path, float] | None = None,
    first: Sequence[Path] = (),
) -> list[Path]:
    """The order in which the notebooks of a run take their lanes (:class:`_Turns`).

    1. Notebooks that share the cores (one lane each) before those that run ``alone``
       (every lane, :func:`_alone`): the shared ones fill both cores at once, and while
       an alone notebook keeps the other core free of kernels, the runner exports the
       HTML of the notebooks before it on that core (the exports leave the run's tail).
    2. Within each: those in ``first`` before the others (the notebooks that do not wait
       for the corpus tables, when the tables process shares the cores with the kernels,
       :data:`SHARED_TABLES_MAX_STORIES`; on a big corpus it holds every lane and
       ``first`` is empty).
    3. Then the longest of the previous run first (``durations``, seconds; a notebook
       with none counts as longest, so a new one starts early): with two lanes, the
       longest-first list schedule (Graham 1969, "Bounds on multiprocessing timing
       anomalies") ends the lanes within the shortest notebook of each other.
    4. Ties in notebook order.

    The order is the whole rule: a notebook starts only after the one before it in this
    order got its lanes, so no thread can take a lane out of turn (the race that put
    notebook 03 first and alone at 20,329 articles in session 7: +26 s wall).

    Parameters
    ----------
    notebooks : sequence of Path
        In notebook order.
    alone, first : sequence of Path
        Subsets of ``notebooks``.
    durations : mapping Path -> float, optional
        Seconds each took in the previous run; missing or infinite: unknown.

    Returns
    -------
    list of Path
        ``notebooks`` reordered.

    Raises
    ------
    helpers.errors.ArgumentError
        A notebook named twice, ``alone`` or ``first`` naming a notebook not in
        ``notebooks``, or a duration that is no number of seconds >= 0 (NaN, negative,
        not a number).
    """
    notebooks = list(notebooks)
    if len(set(notebooks)) != len(notebooks):
        twice = sorted({str(nb) for nb in notebooks if notebooks.count(nb) > 1})
        raise ArgumentError(f"_plan: notebooks named twice: {', '.join(twice)}")
    for name, subset in (("alone", alone), ("first", first)):
        strays = [str(nb) for nb in subset if nb not in set(notebooks)]
        if strays:
            raise ArgumentError(
                f"_plan: {name} names notebook(s) not in this run: {', '.join(strays)}"
            )
    durations = {
        nb: check_seconds(d, "_plan", f"the duration of {nb}", infinite=True)
        for nb, d in (durations or {}).items()
    }
    alone, first = set(alone), set(first)

    def key(item: tuple[int, Path]) -> tuple:
        number, nb = item
        return (nb in alone, nb not in first, -durations.get(nb, float("inf")), number)

    return [nb for _, nb in sorted(enumerate(notebooks), key=key)]


class _Turns:
    """Notebooks take their lanes one after another in :func:`_plan`'s order.

    :meth:`take` waits until every notebook before ``nb`` has its lanes (or the run is
    stopping), then takes ``nb``'s lanes and passes the turn on; a notebook that returns
    without running (cancelled, stopping) passes it on too (:meth:`skip`)."""

    def __init__(self, order: Sequence[Path]) -> None:
        self.order = list(order)
        self.turn = 0
        self.cond = threading.Condition()

    def _wait(self, nb: Path, stopping: threading.Event) -> None:
        with self.cond:
            while (
                self.turn < len(self.order)
                and self.order[self.turn] != nb
                and not stopping.is_set()
            ):
                self.cond.wait(0.1)

    def _pass(self, nb: Path) -> None:
        with self.cond:
            if self.turn < len(self.order) and self.order[self.turn] == nb:
                self.turn += 1
            self.cond.notify_all()

    @contextlib.contextmanager
    def take(self, nb: Path, lanes: threading.Semaphore, need: int, gate, stopping):
        """``need`` lanes for the block, taken in turn (:func:`_lanes`)."""
        self._wait(nb, stopping)
        try:
            held = _lanes(lanes, need, gate)
            held.__enter__()
        finally:
            self._pass(nb)
        try:
            yield
        finally:
            held.__exit__(None, None, None)

    def skip(self, nb: Path) -> None:
        """``nb`` will not run: the next notebook may take its lanes."""
        self._pass(nb)


# ----------------------------------------------------------------- timings of a run

#: The run's timings record, in the build folder (:func:`_write_timings`).
TIMINGS = "timings.json"


class _Clock:
    """Steps of a run with their start and end (seconds since the run started) and CPU
    seconds: the tables process, each notebook's kernel, each HTML export, the
    workbook. Thread-safe; :func:`_write_timings` writes the record."""

    def __init__(self) -> None:
        import time

        self._time = time.monotonic
        self.t0 = self._time()
        self.cpu0 = time.process_time()
        self.steps: list[dict] = []
        self.lock = threading.Lock()
        self.started = False

    def first_kernel(self) -> None:
        """Record the runner's start-up (its checks, the cache key, imports): from the
        run's start to the first kernel's, with the runner's CPU seconds meanwhile."""
        import time

        with self.lock:
            if self.started:
                return
            self.started = True
        self.add("runner start-up", "runner", 0.0, time.process_time() - self.cpu0)

    def now(self) -> float:
        return round(self._time() - self.t0, 2)

    def add(self, step: str, kind: str, start: float, cpu: float | None, **more) -> None:
        row = {"step": step, "kind": kind, "start": start, "end": self.now()}
        row["cpu_s"] = None if cpu is None else round(cpu, 2)
        row.update(more)
        with self.lock:
            self.steps.append(row)

    @contextlib.contextmanager
    def step(self, step: str, kind: str, **more):
        """Time the block in this thread (CPU: this thread's, :func:`time.thread_time`)."""
        import time

        start, cpu = self.now(), time.thread_time()
        try:
            yield
        finally:
            self.add(step, kind, start, time.thread_time() - cpu, **more)


def _watch_tables(job, clock: _Clock, start: float) -> None:
    """Record the tables process (start, end, CPU seconds sampled every 0.5 s until it
    exits: a lower bound by at most half a second of CPU) in a daemon thread."""
    import subprocess

    process = getattr(job, "process", None)
    if process is None or not getattr(job, "computing", False):
        return

    def watch() -> None:
        cpu = None
        while True:
            cpu = _process_cpu(process) if process.poll() is None else cpu
            try:
                process.wait(0.5)
                break
            except subprocess.TimeoutExpired:
                continue
        clock.add("corpus tables", "tables", start, cpu, lanes="all" if _big(job) else 1)

    threading.Thread(target=watch, name="khabar-tables-clock", daemon=True).start()


def critical_path(steps: Sequence[Mapping], *, slack: float = 1.0) -> list[dict]:
    """The chain of steps that set a run's wall time, from its first to its last.

    Walks back from the step that ended last: each step's predecessor is the step that
    ended last at or before it started (within ``slack`` seconds, for the runner's own
    bookkeeping between them); the walk stops at a step nothing ended before. A step
    on this path made the run longer by its whole duration; the gaps between them
    (``wait_s``: kernel start-up, a lane changing hands) too. (The critical path of a
    schedule, as in Kelley & Walker 1959, read off the record instead of a plan.)

    Parameters
    ----------
    steps : sequence of mappings
        With ``step`` (str), ``start`` and ``end`` (seconds, floats): the ``steps`` of
        ``<build>/timings.json``.
    slack : float
        Seconds a predecessor may end after its successor started.

    Returns
    -------
    list of dict
        ``step``, ``start``, ``end``, ``seconds`` (end - start) and ``wait_s`` (seconds
        between the predecessor's end and this step's start, 0 for the first), in time
        order.

    Raises
    ------
    helpers.errors.ArgumentError
        ``steps`` is not a list of mappings, a step lacks ``step``, ``start`` or ``end``
        or has one of the wrong kind (a start or end that is no number of seconds >= 0,
        an end before its start), or ``slack`` is no number of seconds >= 0; the message
        names the step by its place and name.
    """
    slack = check_seconds(slack, "critical_path", "slack")
    rows = [s for s in _checked_steps(steps, "critical_path") if s["end"] is not None]
    if not rows:
        return []
    path = [max(rows, key=lambda s: (s["end"], s["start"]))]
    while True:
        current = path[-1]
        before = [
            s
            for s in rows
            if s is not current
            and s["end"] <= current["start"] + slack
            and s["end"] < current["end"]
            and s["start"] < current["start"]
        ]
        if not before:
            break
        path.append(max(before, key=lambda s: (s["end"], -s["start"])))
    path.reverse()
    out = []
    for i, s in enumerate(path):
        wait = 0.0 if i == 0 else max(0.0, s["start"] - path[i - 1]["end"])
        out.append(
            {
                "step": s["step"],
                "start": s["start"],
                "end": s["end"],
                "seconds": round(s["end"] - s["start"], 2),
                "wait_s": round(wait, 2),
            }
        )
    return out


def _checked_steps(steps: object, func: str, *, named: bool = True) -> list[dict]:
    """``steps`` (the ``steps`` of ``<build>/timings.json``) as a list of dicts, each
    with ``start`` (float), ``end`` (float, or None: not ended) and, when ``named``,
    ``step`` (str), or :class:`ArgumentError` naming the first bad step (its place and
    name) and what is wrong with it."""
    if isinstance(steps, str | bytes | Mapping) or not isinstance(steps, Sequence):
        raise ArgumentError(
            f"{func}: steps must be a list of steps (mappings with step, start and end, "
            f"as in the steps of <build>/{TIMINGS}), got {shown(steps)}"
        )
    need = ("step", "start", "end") if named else ("start", "end")
    out = []
    for i, raw in enumerate(steps):
        if not isinstance(raw, Mapping):
            raise ArgumentError(
                f"{func}: steps[{i}] must be a mapping with {', '.join(need)}, got {shown(raw)}"
            )
        missing = [k for k in need if k not in raw]
        if missing:
            raise ArgumentError(
                f"{func}: steps[{i}] lacks {', '.join(missing)} (a step of <build>/{TIMINGS} "
                "has step, start and end; end is null for a step that did not end)"
            )
        row = dict(raw)
        if named:
            check_text(raw["step"], func, f"steps[{i}]['step']", "a str (the step's name)")
        where = f"steps[{i}]" + (f" ({raw['step']})" if isinstance(raw.get("step"), str) else "")
        row["start"] = check_seconds(raw["start"], func, f"{where} start")
        if raw["end"] is not None:
            row["end"] = check_seconds(raw["end"], func, f"{where} end")
            if row["end"] < row["start"]:
                raise ArgumentError(
                    f"{func}: {where} ends at {row['end']} s, before it starts at {row['start']} s"
                )
        out.append(row)
    return out


def idle_lanes(steps: Sequence[Mapping], lanes: int, wall: float) -> float:
    """Lane-seconds no step used: the integral over ``[0, wall]`` of ``lanes`` minus the
    steps running at once (at most ``lanes``). Every step counts as one busy core (a
    kernel, the tables process, an export or the workbook in the runner).

    Parameters
    ----------
    steps : sequence of mappings
        ``start`` and ``end`` (seconds since the run started; ``end`` None for a step
        that did not end, left out), as in :func:`critical_path` (``step`` optional).
    lanes : int
        The run's lanes (cores), >= 1.
    wall : float
        The run's wall time, seconds >= 0.

    Returns
    -------
    float
        Idle lane-seconds, rounded to 0.01.

    Raises
    ------
    helpers.errors.ArgumentError
        A malformed step (:func:`critical_path`), ``lanes`` not a whole number >= 1 or
        ``wall`` no number of seconds >= 0.
    """
    lanes = check_whole(lanes, "idle_lanes", "lanes")
    wall = check_seconds(wall, "idle_lanes", "wall")
    events = []
    for s in _checked_steps(steps, "idle_lanes", named=False):
        if s["end"] is None:
            continue
        events.append((max(0.0, s["start"]), 1))
        events.append((min(wall, s["end"]), -1))
    events.sort()
    idle, running, last = 0.0, 0, 0.0
    for t, change in events:
        t = min(max(t, 0.0), wall)
        idle += (lanes - min(running, lanes)) * (t - last)
        running += change
        last = t
    idle += (lanes - min(running, lanes)) * (wall - last)
    return round(idle, 2)


def _write_timings(clock: _Clock, folder: Path, jobs: int, job) -> dict:
    """``<folder>/timings.json`` (:data:`TIMINGS`): the run's steps, its critical path
    and idle lane-seconds; one line about it on stderr. Returns the record."""
    wall = clock.now()
    with clock.lock:
        steps = sorted(clock.steps, key=lambda s: (s["start"], s["step"]))
    self_cpu = os.times()  # the runner's threads; portable (resource is Unix-only)
    record = {
        "about": "seconds since the run started; cpu_s: CPU seconds of the step's process "
        "(kernels, tables) or thread (exports, workbook); see helpers.notebooks.critical_path",
        "lanes": jobs,
        "stories": getattr(job, "stories", None),
        "wall_s": wall,
        "runner_cpu_s": round(self_cpu.user + self_cpu.system, 2),
        "steps": steps,
        "critical_path": critical_path(steps),
        "idle_lane_s": idle_lanes(steps, jobs, wall),
    }
    with contextlib.suppress(OSError), atomic_write(folder / TIMINGS, "w") as fh:
        json.dump(record, fh, ensure_ascii=False, indent=1)
    chain = " → ".join(
        f"{s['step'].removesuffix('.ipynb')} {s['seconds']:.1f}" for s in record["critical_path"]
    )
    waits = sum(s["wait_s"] for s in record["critical_path"])
    print(
        f"timings: {wall:.1f} s; critical path: {chain} (+{waits:.1f} s between); "
        f"{record['idle_lane_s']:.1f} of {jobs} × {wall:.1f} lane-seconds idle ({TIMINGS} "
        "in the build folder)",
        file=sys.stderr,
        flush=True,
    )
    return record


def _unstage(text: str, replacements: Mapping[str, str]) -> str:
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text


def _keep_failed(stage_build: Path, build: Path, replacements: Mapping[str, str]) -> None:
    """Copy the executed notebooks of a failed run to ``<build>/failed/`` for reading,
    with the staging folders written back as the real ones."""
    src = stage_build / "notebooks"
    if not src.is_dir():
        return
    dest = build / "failed"
    with contextlib.suppress(OSError):
        dest.mkdir(parents=True, exist_ok=True)
        for nb in src.glob("*.ipynb"):
            text = _unstage(nb.read_text(encoding="utf-8"), _json_escaped(replacements))
            with atomic_write(dest / nb.name, "w") as fh:
                fh.write(text)


def _json_escaped(replacements: Mapping[str, str]) -> dict[str, str]:
    """Replacements as they appear inside JSON strings (a notebook file)."""
    return {json.dumps(a)[1:-1]: json.dumps(b)[1:-1] for a, b in replacements.items()}
