"""Command line: ``python -m helpers run`` (the main job) and ``python -m helpers doctor``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from helpers.errors import COMMAND_LINE_ENV, ArgumentError, KhabarError, shown

DEFAULT_TIMEOUT = 900  # helpers.notebooks.DEFAULT_TIMEOUT, without importing the runner


class UsageError(Exception):
    """A command-line argument is unusable; printed as one ``error:`` line."""


def _check_corpus(value: str) -> Path:
    """The ``--corpus`` path, checked before any kernel starts.

    It must be a ``.txt``/``.csv``/``.jsonl`` file or a folder holding such files
    (:func:`helpers.corpus.corpus_files`). An empty value is refused: it would mean the
    current folder.
    """
    if not value.strip():
        raise UsageError("--corpus is empty: give a .txt, .csv or .jsonl file or a folder")
    path = Path(value).expanduser()
    try:
        if not path.exists():
            raise UsageError(
                f"--corpus {value}: no such file or folder (CorpusNotFoundError; check the "
                "path, or see the README, 'Analyse your own corpus')"
            )
        if not (path.is_file() or path.is_dir()):
            raise UsageError(
                f"--corpus {value}: not a regular file or a folder (a device, pipe or socket)"
            )
        from helpers.corpus import corpus_files

        corpus_files(path)  # suffix of a file; a folder holds corpus files
    except KhabarError as exc:
        raise UsageError(f"--corpus: {exc}") from None
    except OSError as exc:  # unreadable folder, symlink loop...
        raise UsageError(f"--corpus {value}: {exc.strerror or exc}") from None
    return path.resolve()


def _check_folder(option: str, value: str) -> Path:
    """An output folder option: not empty, and not an existing file."""
    if not value.strip():
        raise UsageError(f"{option} is empty: give a folder")
    path = Path(value).expanduser()
    if path.exists() and not path.is_dir():
        raise UsageError(f"{option} {value}: exists and is not a folder")
    return path.resolve()


def _whole(option: str, value: str, *, minimum: int = 1) -> int:
    """A whole-number option (``--workers``, ``--timeout``, ``--jobs``)."""
    try:
        number = int(value.strip())
    except ValueError:
        number = None
    if number is None or number < minimum:
        raise UsageError(f"{option} {value}: give a whole number >= {minimum}")
    return number


def _fields(value: str) -> dict[str, str]:
    """``--fields``: a JSON object mapping khabar's names to the file's names."""
    try:
        fields = json.loads(value)
    except ValueError as exc:
        raise UsageError(
            f"--fields {value}: not JSON ({exc.msg}); give an object such as "
            '\'{"body": "content", "outlet": "source"}\''
        ) from None
    if not isinstance(fields, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in fields.items()
    ):
        raise UsageError(
            f"--fields {value}: give a JSON object of names to names, such as "
            '\'{"body": "content", "outlet": "source"}\''
        )
    return fields


def _selection(option: str, value: str) -> object:
    """``--target`` / ``--reference``: a JSON object or list, else the text as a story id."""
    if not value.strip():
        raise UsageError(f"{option} is empty: give a story id or a JSON selection")
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    return parsed if isinstance(parsed, dict | list) else value


def _notebook_options(args: argparse.Namespace) -> dict[str, object]:
    """The notebook parameters named on the command line (only those given)."""
    params: dict[str, object] = {}
    if args.fields is not None:
        params["FIELDS"] = _fields(args.fields)
    if args.group_by is not None:
        if not args.group_by.strip():
            raise UsageError("--group-by is empty: give story_id, a column or date:D/W/M")
        params["GROUP_BY"] = args.group_by
    if args.target is not None:
        params["TARGET"] = _selection("--target", args.target)
    if args.reference is not None:
        params["REFERENCE"] = _selection("--reference", args.reference)
    if args.workers is not None and args.scheduler is not None:
        raise UsageError("give --workers (a cluster on this machine) or --scheduler, not both")
    if args.workers is not None:
        params["WORKERS"] = _whole("--workers", args.workers)
    if args.scheduler is not None:
        if not args.scheduler.strip():
            raise UsageError("--scheduler is empty: give an address such as tcp://host:8786")
        from helpers.cluster import check_scheduler

        try:  # the form of the address; whether it answers is checked by the notebook
            address = check_scheduler(args.scheduler.strip(), "--scheduler")
        except KhabarError as exc:
            raise UsageError(str(exc)) from None
        params["SCHEDULER"] = address
    return params


def job_command(
    out: str | Path,
    *,
    corpus: str | Path | None = None,
    fields: dict[str, str] | None = None,
    build: str | Path | None = None,
    options: Sequence[str] = (),
) -> list[str]:
    """The command line of the main job (``python -m helpers run``) writing into ``out``.

    A list of strings for :func:`subprocess.run`: this interpreter, ``-m helpers run``,
    ``--corpus`` (when given), ``--fields`` (``fields`` as JSON, when given),
    ``--processed out/processed``, ``--figures out/figures``, ``--build`` (``build``, else
    ``out/build``), then ``options`` (more options, e.g. ``["--group-by", "outlet"]``)
    unchanged. The values are checked by the command itself before its first kernel
    starts (:func:`main`). The one builder of this command line, used by the
    benchmarks (``gallery.py``, ``bench_main_job.py``) and the tests.

    Raises
    ------
    helpers.errors.ArgumentError
        ``options`` is a string (``"--jobs"`` would be split into its letters): give a
        list of strings, one per argument.
    """
    if isinstance(options, str | bytes):
        raise ArgumentError(
            f"job_command: options must be a list of strings, one per argument, not the "
            f"string {shown(options)} (write [{options!r}])"
        )
    out = Path(out)
    cmd = [sys.executable, "-m", "helpers", "run"]
    if corpus is not None:
        cmd += ["--corpus", str(corpus)]
    if fields is not None:
        cmd += ["--fields", json.dumps(fields, ensure_ascii=False)]
    cmd += ["--processed", str(out / "processed"), "--figures", str(out / "figures")]
    cmd += ["--build", str(out / "build" if build is None else build)]
    return cmd + [str(option) for option in options]


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` and run the sub-command; return the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="execute every notebook headless (the main job)")
    run.add_argument(
        "--corpus",
        help="a .txt/.csv/.json/.jsonl/.zip file or a folder of them (default: data/raw)",
    )
    run.add_argument(
        "--processed",
        help="folder for tables (default: data/processed, or build/runs/NAME/ with --corpus)",
    )
    run.add_argument(
        "--figures",
        help="folder for figures (default: figures, or build/runs/NAME/ with --corpus)",
    )
    run.add_argument("--build", default=None, help="folder for executed notebooks and HTML")
    run.add_argument(
        "--fields",
        help='JSON mapping our field names to the file\'s, e.g. \'{"body": "content"}\' (FIELDS)',
    )
    run.add_argument(
        "--group-by", help="story_id, a stories column (outlet) or date:D/W/M (GROUP_BY)"
    )
    run.add_argument("--target", help='story id, or a JSON selection such as \'{"outlet": "x"}\'')
    run.add_argument("--reference", help="as --target; default: every story not in the target")
    run.add_argument("--workers", help="start a local Dask cluster of N worker processes")
    run.add_argument("--scheduler", help="use the Dask cluster at this address (tcp://host:8786)")
    run.add_argument(
        "--timeout",
        help=f"seconds one notebook cell may run (default {DEFAULT_TIMEOUT})",
    )
    run.add_argument("--jobs", help="notebooks run at once (default: CPUs, at most 2)")
    sub.add_parser("doctor", help="report renderers, fonts, versions and the kernel")
    args = parser.parse_args(argv)
    # hints name settings as typed here (--fields '{...}', make: FIELDS=...), in this
    # process and every one it starts (helpers.errors.setting); restored on return
    before = os.environ.get(COMMAND_LINE_ENV)
    os.environ[COMMAND_LINE_ENV] = "1"
    try:
        if args.command == "run":
            from helpers.notebooks import PROJECT_ROOT, run_all

            # every option and path is checked before the first kernel starts
            params = {}
            options = _notebook_options(args)
            timeout = (
                _whole("--timeout", args.timeout) if args.timeout is not None else DEFAULT_TIMEOUT
            )
            jobs = _whole("--jobs", args.jobs) if args.jobs is not None else None
            if args.corpus is not None:
                params["CORPUS"] = str(_check_corpus(args.corpus))
            for name, option, value in (
                ("PROCESSED", "--processed", args.processed),
                ("FIGURES", "--figures", args.figures),
            ):
                if value is not None:
                    params[name] = str(_check_folder(option, value))
            build = (
                _check_folder("--build", args.build)
                if args.build is not None
                else PROJECT_ROOT / "build"
            )
            if "CORPUS" in params:  # robust: no output folder inside a folder corpus
                from helpers.corpus import check_outputs_outside

                named = {
                    "--processed": params.get("PROCESSED"),
                    "--figures": params.get("FIGURES"),
                    "--build": build if args.build is not None else None,
                }
                check_outputs_outside(params["CORPUS"], {k: v for k, v in named.items() if v})
            if "CORPUS" in params:
                # your own corpus never overwrites the committed figures and tables: its
                # outputs go to build/runs/<corpus name>/ unless you name the folders
                # the folder is named by helpers.io.safe_name: a corpus file named
                # "...txt" (stem "..") must not write over build/ itself
                from helpers.io import safe_name

                run_dir = PROJECT_ROOT / "build" / "runs" / safe_name(Path(params["CORPUS"]).stem)
                params.setdefault("PROCESSED", str(run_dir / "processed"))
                params.setdefault("FIGURES", str(run_dir / "figures"))
                if args.build is None:
                    build = run_dir
                print(
                    f"outputs: {params['PROCESSED']}, {params['FIGURES']}, {build / 'html'}",
                    file=sys.stderr,
                )
            params.update(options)
            extra = {}
            if timeout != DEFAULT_TIMEOUT:
                extra["timeout"] = timeout
            if jobs is not None:
                extra["jobs"] = jobs
            if "CORPUS" in params:
                extra["run_folder"] = run_dir  # holds only this run's files afterwards
            for html in run_all(parameters=params, build_dir=build, **extra):
                print(html)
            return 0
        from helpers.doctor import main as doctor_main

        return doctor_main() or 0
    except (KhabarError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C: the run has stopped its kernels and left no process
        print(
            "interrupted: the run was stopped (Ctrl-C); the outputs of the previous run "
            "are left as they were",
            file=sys.stderr,
        )
        return 130  # 128 + SIGINT, as a shell reports a command it interrupted
    finally:
        if before is None:
            os.environ.pop(COMMAND_LINE_ENV, None)
        else:
            os.environ[COMMAND_LINE_ENV] = before


if __name__ == "__main__":
    sys.exit(main())
