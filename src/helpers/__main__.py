"""Command line: ``python -m helpers run`` (the main job) and ``python -m helpers doctor``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers.errors import KhabarError


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


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` and run the sub-command; return the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="execute every notebook headless (the main job)")
    run.add_argument("--corpus", help="a .txt/.csv/.jsonl file or a folder (default: data/raw)")
    run.add_argument(
        "--processed",
        help="folder for tables (default: data/processed, or build/runs/NAME/ with --corpus)",
    )
    run.add_argument(
        "--figures",
        help="folder for figures (default: figures, or build/runs/NAME/ with --corpus)",
    )
    run.add_argument("--build", default=None, help="folder for executed notebooks and HTML")
    sub.add_parser("doctor", help="report renderers, fonts, versions and the kernel")
    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            from helpers.notebooks import PROJECT_ROOT, run_all

            # every path is checked before the first kernel starts
            params = {}
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
            if "CORPUS" in params:
                # your own corpus never overwrites the committed figures and tables: its
                # outputs go to build/runs/<corpus name>/ unless you name the folders
                run_dir = PROJECT_ROOT / "build" / "runs" / Path(params["CORPUS"]).stem
                params.setdefault("PROCESSED", str(run_dir / "processed"))
                params.setdefault("FIGURES", str(run_dir / "figures"))
                if args.build is None:
                    build = run_dir
                print(
                    f"outputs: {params['PROCESSED']}, {params['FIGURES']}, {build / 'html'}",
                    file=sys.stderr,
                )
            for html in run_all(parameters=params, build_dir=build):
                print(html)
            return 0
        from helpers.doctor import main as doctor_main

        return doctor_main() or 0
    except (KhabarError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
