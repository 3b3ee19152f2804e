"""Command line: ``python -m helpers run`` (the main job) and ``python -m helpers doctor``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers.errors import KhabarError


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` and run the sub-command; return the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="execute every notebook headless (the main job)")
    run.add_argument("--corpus", help="a .txt/.csv/.jsonl file or a folder (default: data/raw)")
    run.add_argument("--processed", help="folder for tables (default: data/processed)")
    run.add_argument("--figures", help="folder for figures (default: figures)")
    run.add_argument("--build", default=None, help="folder for executed notebooks and HTML")
    sub.add_parser("doctor", help="report renderers, fonts, versions and the kernel")
    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            from helpers.notebooks import PROJECT_ROOT, run_all

            params = {
                name: str(Path(value).resolve())
                for name, value in (
                    ("CORPUS", args.corpus),
                    ("PROCESSED", args.processed),
                    ("FIGURES", args.figures),
                )
                if value
            }
            build = Path(args.build) if args.build else PROJECT_ROOT / "build"
            for html in run_all(parameters=params, build_dir=build):
                print(html)
            return 0
        from helpers.doctor import main as doctor_main

        return doctor_main() or 0
    except KhabarError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
