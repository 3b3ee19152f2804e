"""Benchmark: a zip bomb is refused before it costs memory (issue 10, hostile input).

Builds, in a temporary folder, a ``.zip`` holding one small story and one member of
``--mb`` MB of one repeated Arabic line (DEFLATE packs it about 1,000 times, so the
archive is a few hundred kB), then loads it with ``helpers.corpus.load_corpus`` in a
fresh Python process, twice:

limits on
    the loader as shipped: the member expands more than ``ZIP_MAX_RATIO`` (100) times
    and is skipped with a report row from its declared size, never decompressed;
limits off
    ``ZIP_MAX_MEMBER_BYTES``, ``ZIP_MAX_RATIO`` and ``ZIP_RATIO_FROM_BYTES`` set past
    any size, which is how the loader behaved before (the member is read as one
    ``plain`` story: one title line and one body paragraph).

Each child reports its peak resident memory (``ru_maxrss``) and CPU seconds; the
result is the ratio off/on. A child that was only imported (no load) gives the
baseline of the interpreter with pandas.

Usage::

    python benchmarks/bench_zip.py [--mb 200]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

CHILD = r"""
import json, resource, sys, time, warnings
import helpers.corpus.load as L
from helpers.corpus import load_corpus
mode, path = sys.argv[1], sys.argv[2]
if mode == "off":
    L.ZIP_MAX_MEMBER_BYTES = L.ZIP_RATIO_FROM_BYTES = 2**62
    L.ZIP_MAX_RATIO = 2**62
t = time.process_time()
stories = rows = 0
if mode != "import":
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st, rep = load_corpus(path, return_report=True, boilerplate=False)
    stories, rows = len(st), int((rep["action"] == "skipped").sum())
print(json.dumps({
    "mode": mode,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "cpu_s": time.process_time() - t,
    "stories": stories,
    "skipped_rows": rows,
}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=200, help="size of the bomb member in MB")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        z = Path(tmp) / "bomb.zip"
        line = "قال الرئيس إن الحكومة ستعمل على الإصلاح\n".encode()
        reps = args.mb * 10**6 // len(line)
        with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("ok.txt", "عنوان\nنص الخبر")
            with zf.open("bomb.txt", "w", force_zip64=True) as fh:
                block = line * 10_000
                for _ in range(reps // 10_000):
                    fh.write(block)
        size = z.stat().st_size
        info = zipfile.ZipFile(z).getinfo("bomb.txt")
        print(
            f"archive {size:,} bytes; bomb.txt {info.file_size:,} bytes "
            f"({info.file_size / info.compress_size:,.0f}x)"
        )
        results = {}
        for mode in ("import", "on", "off"):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, mode, str(z)],
                capture_output=True,
                text=True,
                check=True,
            )
            results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
            print(results[mode])
        on, off = results["on"], results["off"]
        print(
            f"peak RSS off/on: {off['peak_rss_mb'] / on['peak_rss_mb']:.1f}x "
            f"({off['peak_rss_mb']:.0f} MB vs {on['peak_rss_mb']:.0f} MB; "
            f"import only {results['import']['peak_rss_mb']:.0f} MB)"
        )


if __name__ == "__main__":
    main()
