"""Fill the README gallery with the main job's figures of a real multi-outlet corpus.

The gallery shows what a user gets: it runs the main job itself (``python -m helpers
run``, every notebook, the same code and defaults as ``make run CORPUS=...``) on the
SaudiNewsNet development corpus (``../shared/corpora/saudinewsnet``: 12 zips of JSON
arrays, 20,329 articles; never copied into the repository), once grouped by outlet (the
job's own choice for a multi-outlet corpus; its comparisons put the outlet with most
stories against the rest) and once by week (``--group-by date:W``), then copies the
PNGs the README shows into ``figures/gallery/``: ``sn_<figure>.png`` for the outlet run
and ``sn_w_<figure>.png`` for the week run, ``<figure>`` being the job's own file name
(``03_entities_by_group``). Our own charts, never corpus text. Nothing is drawn here:
a figure of the gallery is byte for byte the figure of the job's run.

Usage::

    .venv/bin/python benchmarks/gallery.py [CORPUS] [--out figures/gallery]
        [--work /tmp/khabar-gallery]

Skips with a message (exit 0) when the development corpus is absent; a CORPUS named on
the command line that is no folder is an error (exit 2). ``--work`` holds the two
runs' tables, figures and HTML (default: a folder in the system's temp folder, kept, so a
second call reuses the job's cached corpus tables); the week run reuses the outlet run's
cache. Exit code 1 with the job's message when a run fails or a figure the README shows
was not drawn; every PNG is checked to stay under 4,000 px a side (issue 11).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from saudinewsnet import ENV_CORPUS, FIELDS, find_corpus  # noqa: E402  (the corpus, once)

from helpers.__main__ import job_command  # noqa: E402  (the command line, once)

#: The figures the README's gallery shows, by run: ``(prefix, --group-by or None, names)``.
RUNS = (
    (
        "sn_",
        None,
        (
            "01_stories_over_time",
            "01_story_lengths",
            "01_cleaning",
            "02_top_terms_by_group",
            "02_terms_over_time",
            "03_entities_by_group",
            "03_people_by_group",
            "04_keyness",
            "04_term_scatter",
            "04_comparison_cloud",
            "04_overlap",
            "05_quotes_by_group",
        ),
    ),
    ("sn_w_", "date:W", ("02_top_terms_by_group", "03_entities_by_group")),
)

#: The bound every figure keeps at any corpus size (issue 11).
MAX_SIDE = 4000


def run_job(corpus: Path, work: Path, group_by: str | None, name: str) -> Path:
    """Run the main job on ``corpus`` into ``work/name``; return its figures folder.

    Raises :class:`SystemExit` (code 1) with the job's last lines when it fails.
    """
    out = work / name
    options = ["--group-by", group_by] if group_by else []
    # one build folder: the week run reuses the cached tables
    cmd = job_command(out, corpus=corpus, fields=FIELDS, build=work / "build", options=options)
    env = os.environ | {"PYTHONPATH": str(ROOT / "src")}
    print("gallery: running", " ".join(cmd[1:]), flush=True)
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-15:])
        raise SystemExit(f"gallery: the main job failed ({done.returncode}):\n{tail}")
    return out / "figures"


def copy_figures(figures: Path, prefix: str, names: tuple[str, ...], out: Path) -> list[Path]:
    """Copy ``figures/<name>.png`` to ``out/<prefix><name>.png`` (temp file, then rename).

    Raises :class:`SystemExit` (code 1) when a figure is missing or over 4,000 px a side.
    """
    from PIL import Image

    written = []
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        src = figures / f"{name}.png"
        if not src.is_file():
            raise SystemExit(f"gallery: the main job drew no {src.name} (in {figures})")
        with Image.open(src) as im:
            size = im.size
        if max(size) > MAX_SIDE:
            raise SystemExit(f"gallery: {src} is {size[0]}x{size[1]} px, over {MAX_SIDE}")
        dest = out / f"{prefix}{name}.png"
        tmp = dest.with_suffix(".png.tmp")
        shutil.copyfile(src, tmp)
        tmp.replace(dest)
        written.append(dest)
        print("gallery: wrote", dest, f"{size[0]}x{size[1]} px")
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=ROOT / "figures" / "gallery")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "khabar-gallery")
    args = ap.parse_args(argv)
    if args.corpus is None:
        args.corpus = find_corpus()
        if args.corpus is None:  # the development corpus is absent: nothing to draw
            print(f"gallery: skipped, SaudiNewsNet not found (${ENV_CORPUS} or ../shared)")
            return 0
    elif not args.corpus.is_dir():  # a folder named on the command line: a typo is an error
        print(f"gallery: no corpus folder at {args.corpus}", file=sys.stderr)
        return 2
    shown = set()
    for prefix, group_by, names in RUNS:
        figures = run_job(args.corpus.resolve(), args.work, group_by, prefix.strip("_"))
        shown |= {p.name for p in copy_figures(figures, prefix, names, args.out)}
    for old in sorted(args.out.glob("sn_*.png")):
        if old.name not in shown:  # a figure the README no longer shows
            old.unlink()
            print("gallery: removed", old)
    return 0


if __name__ == "__main__":
    sys.exit(main())
