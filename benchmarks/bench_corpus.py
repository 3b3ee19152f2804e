"""Benchmark: the corpus loader and the streaming counter hold memory flat as the corpus grows.

Two corpus shapes, each at two sizes, each measured in a fresh Python process:

folder
    N small files (one scraped-layout story of about 2 KB each, 1,000 files per
    sub-folder), read with ``helpers.corpus.iter_stories``.
file
    One scraped-layout ``.txt`` file of S MB holding many stories, read with
    ``iter_stories`` (decoded and parsed line by line, see
    ``helpers.corpus.decode.open_lines``).

For each, the child process streams every story's body into
``helpers.freq.count_terms`` (when helpers.freq exists) and reports its peak resident
memory (``ru_maxrss``), wall time and MB/s; with ``--trace`` a second child reports
the peak Python allocation (``tracemalloc``, which slows the run about 20x). The
result is the ratio large/small of each peak: flat memory gives a ratio near 1 while
the corpus grows 5-10x. The stories are built from the embedded corpus's paragraphs,
so the vocabulary stops growing early and the counter stays small; a real corpus's
vocabulary grows (Heaps' law) and the counter with it, which is not the loader's
memory.

Two more measurements:

jsonl (``--only jsonl``)
    Speed of ``load_corpus`` on a JSON Lines corpus against plain ``json.loads`` of
    the same lines (read, decode, split lines, parse each), CPU time
    (``time.process_time``, so other jobs on the machine matter less), fastest of
    ``--repeat`` runs interleaved in one process; with ``boilerplate=False`` (reading
    and cleaning) and with the default corpus-level boilerplate step. The corpus is
    SaudiNewsNet written out as JSONL to a temporary folder when
    ``../shared/corpora/saudinewsnet`` is there, else a synthetic one built from the
    embedded stories.
json (``--only json``)
    Peak RSS of ``iter_stories`` over one ``.json`` file holding a single array of
    records, at two sizes (fresh process each): the array is parsed incrementally, so
    the peak should not grow with the file.

Usage::

    python benchmarks/bench_corpus.py         # 2,000 vs 20,000 files; 20 vs 100 MB file
    python benchmarks/bench_corpus.py --full  # 10,000 vs 100,000 files; 100 vs 500 MB file
    python benchmarks/bench_corpus.py --trace # also tracemalloc peaks
    python benchmarks/bench_corpus.py --only jsonl [--repeat 3]
    python benchmarks/bench_corpus.py --only json  # 20 vs 200 MB JSON array
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from saudinewsnet import CORPUS, FIELDS  # noqa: E402  (this folder: the corpus, once)

EMBEDDED = ROOT / "data" / "raw" / "asharq-two-stories.txt"


def _paragraphs() -> list[str]:
    from helpers.corpus import load_corpus

    st = load_corpus(EMBEDDED)
    return [p for ps in st["paragraphs"] for p in ps]


def _story(rng: random.Random, paras: list[str], n: int) -> str:
    title = f"خبر رقم {n}: " + rng.choice(paras)[:60]
    caption = f"صورة للخبر {n} (رويترز)"
    body = "\n".join(rng.sample(paras, 4))
    return f"{title}\n\n{caption}\n{caption}\nTT\n\n{title}\n\n{caption}\n\n{body}\n\n\n"


def make_folder(root: Path, n_files: int, seed: int = 1) -> int:
    rng, paras = random.Random(seed), _paragraphs()
    total = 0
    for i in range(n_files):
        d = root / f"{i // 1000:04d}"
        if i % 1000 == 0:
            d.mkdir(parents=True, exist_ok=True)
        data = _story(rng, paras, i).encode()
        (d / f"story{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def make_file(path: Path, megabytes: int, seed: int = 1) -> int:
    rng, paras = random.Random(seed), _paragraphs()
    target, total, n = megabytes * 2**20, 0, 0
    with open(path, "wb") as fh:
        while total < target:
            block = "".join(_story(rng, paras, n + k) for k in range(200)).encode()
            fh.write(block)
            total += len(block)
            n += 200
    return total


SNN, SNN_FIELDS = CORPUS, FIELDS


def make_jsonl(path: Path, megabytes: int = 70, seed: int = 1) -> tuple[int, dict | None]:
    """SaudiNewsNet as JSONL (if present), else synthetic records; bytes and fields=."""
    import zipfile

    if SNN.is_dir():
        total = 0
        with open(path, "w", encoding="utf-8") as out:
            for z in sorted(SNN.glob("*.zip")):
                with zipfile.ZipFile(z) as zf:
                    for name in zf.namelist():
                        for rec in json.loads(zf.read(name)):
                            line = json.dumps(rec, ensure_ascii=False) + "\n"
                            total += out.write(line)
        return path.stat().st_size, SNN_FIELDS
    rng, paras = random.Random(seed), _paragraphs()
    target, n = megabytes * 2**20, 0
    with open(path, "w", encoding="utf-8") as out:
        while out.tell() < target:
            rec = {
                "title": f"خبر رقم {n}: " + rng.choice(paras)[:60],
                "body": "\n".join(rng.sample(paras, 5)),
                "outlet": rng.choice(["aawsat", "okaz", "sabq"]),
                "date": f"2015-07-{rng.randint(1, 31):02d} 10:00:00",
            }
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return path.stat().st_size, None


def bench_jsonl(tmp: Path, repeat: int) -> None:
    import warnings

    warnings.simplefilter("ignore")
    from helpers.corpus import load_corpus

    f = tmp / "corpus.jsonl"
    size, fields = make_jsonl(f)
    label = "SaudiNewsNet as JSONL" if fields else "synthetic JSONL"

    def plain():
        for line in f.read_bytes().decode("utf-8").splitlines():
            json.loads(line)

    def ours(bp: bool):
        return load_corpus(f, fields=fields, boilerplate=bp, return_report=True, progress=False)

    times: dict[str, list[float]] = {
        "json.loads": [],
        "load_corpus, no boilerplate": [],
        "load_corpus": [],
    }
    rows = {}
    for _ in range(repeat):
        for name, fn in (
            ("json.loads", plain),
            ("load_corpus, no boilerplate", lambda: ours(False)),
            ("load_corpus", lambda: ours(True)),
        ):
            t0 = time.process_time()
            out = fn()
            times[name].append(time.process_time() - t0)
            if out is not None:
                rows[name] = (len(out[0]), len(out[1]))
    base = min(times["json.loads"])
    print(f"{label}: {size / 2**20:.1f} MB, CPU seconds, fastest of {repeat}")
    for name, ts in times.items():
        extra = (
            f"  {rows[name][0]:,} stories, {rows[name][1]:,} report rows" if name in rows else ""
        )
        print(
            f"  {name:30s} {min(ts):6.2f} s  {size / 2**20 / min(ts):6.1f} MB/s  "
            f"ratio {base / min(ts):.3f}{extra}"
        )


def make_json_array(path: Path, megabytes: int, seed: int = 1) -> int:
    rng, paras = random.Random(seed), _paragraphs()
    target, n = megabytes * 2**20, 0
    with open(path, "w", encoding="utf-8") as out:
        out.write("[")
        while out.tell() < target:
            rec = {"title": f"خبر {n}", "body": "\n".join(rng.sample(paras, 4)), "source": "x"}
            out.write(("," if n else "") + json.dumps(rec, ensure_ascii=False, indent=4))
            n += 1
        out.write("]")
    return path.stat().st_size


def child(path: str, trace: bool) -> dict:
    """Stream the corpus at ``path``; return peaks. Runs in a fresh process."""
    import tracemalloc
    import warnings

    warnings.simplefilter("ignore")
    from helpers.corpus import iter_stories

    try:
        from helpers.freq import count_terms
    except ImportError:  # pragma: no cover - freq not there yet
        count_terms = None
    if trace:
        tracemalloc.start()
    t0 = time.perf_counter()
    stories = 0

    def bodies():
        nonlocal stories
        for s in iter_stories(path, progress=False):
            stories += 1
            yield s["body"]

    if count_terms is not None:
        terms = len(count_terms(bodies(), progress=False))
    else:
        terms = -1
        for _ in bodies():
            pass
    seconds = time.perf_counter() - t0
    out = {
        "stories": stories,
        "terms": terms,
        "seconds": seconds,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if trace:
        out["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    return out


def _run_child(path: Path, trace: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", str(path)] + (["--trace"] if trace else [])
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def measure(label: str, path: Path, nbytes: int, trace: bool) -> dict:
    rss = _run_child(path, trace=False)
    traced = _run_child(path, trace=True) if trace else {"traced_peak_mb": float("nan")}
    row = {
        "corpus": label,
        "MB": nbytes / 2**20,
        "stories": rss["stories"],
        "seconds": rss["seconds"],
        "MB/s": nbytes / 2**20 / rss["seconds"],
        "peak_rss_mb": rss["maxrss_mb"],
        "traced_peak_mb": traced["traced_peak_mb"],
    }
    print(
        f"{label:28s} {row['MB']:8.1f} MB {row['stories']:8d} stories "
        f"{row['seconds']:7.1f} s {row['MB/s']:6.2f} MB/s  peak RSS {row['peak_rss_mb']:7.1f} MB"
        f"  peak traced {row['traced_peak_mb']:7.2f} MB",
        flush=True,
    )
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="corpus loader memory at two corpus sizes")
    ap.add_argument("--full", action="store_true", help="100,000 files and a 500 MB file")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument(
        "--trace", action="store_true", help="also measure tracemalloc peaks (about 20x slower)"
    )
    ap.add_argument(
        "--only", choices=["folder", "file", "jsonl", "json"], help="run one measurement"
    )
    ap.add_argument("--repeat", type=int, default=3, help="jsonl: runs, fastest kept")
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.trace)))
        return 0
    files = (10_000, 100_000) if args.full else (2_000, 20_000)
    mbs = (100, 500) if args.full else (20, 100)
    results = {}
    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        tmp = Path(tmp)
        if args.only in (None, "folder"):
            rows = []
            for n in files:
                d = tmp / f"folder{n}"
                size = make_folder(d, n)
                rows.append(measure(f"folder of {n:,} files", d, size, args.trace))
            results["folder"] = rows
        if args.only in (None, "jsonl"):
            bench_jsonl(tmp, args.repeat)
        if args.only in (None, "json"):
            rows = []
            for mb in (20, 200):
                f = tmp / f"array{mb}.json"
                size = make_json_array(f, mb)
                rows.append(measure(f"one {mb} MB JSON array", f, size, args.trace))
                f.unlink()
            results["json"] = rows
        if args.only in (None, "file"):
            rows = []
            for mb in mbs:
                f = tmp / f"single{mb}.txt"
                size = make_file(f, mb)
                rows.append(measure(f"one {mb} MB file", f, size, args.trace))
                f.unlink()
            results["file"] = rows
    for shape, (small, large) in results.items():
        grow = large["MB"] / small["MB"]
        rss = large["peak_rss_mb"] / small["peak_rss_mb"]
        traced = large["traced_peak_mb"] / small["traced_peak_mb"]
        print(f"{shape}: corpus x{grow:.1f} -> peak RSS x{rss:.2f}, peak traced x{traced:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
