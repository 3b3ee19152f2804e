"""Benchmark of the whole main job (``python -m helpers run``): wall time and peak memory.

Not a test: it measures, and prints a table for benchmarks/README.md.

Two modes:

* ``--embedded N``: the main job on the two embedded stories, N times (the issue-10
  target: at most 15 s wall after set-up on a quiet machine). Prints each run's wall
  time, the CPU time of the runner and its kernels, and the load average.
* default: the main job on samples of the SaudiNewsNet development corpus
  (``../shared/corpora/saudinewsnet/``, read in place, never copied into the repository):
  ``--sizes 2000 5000 20329`` articles. Each sample is drawn with a fixed seed from all
  12 days (all articles for 20,329) and written as one JSONL file into a temporary
  folder (deleted afterwards). When the loader understands ``fields=`` (branch
  ``loader``) the articles keep their own field names and the job gets
  ``--fields '{"body": "content", "outlet": "source", "date": "date_extracted"}'``;
  otherwise the JSONL holds ``title``/``body`` plus the metadata under our names.
  Records wall time, the peak resident memory of the runner process and of each kernel
  (and of all kernels at once), and the time ratio of each size to the smallest. Skips
  with a message where the corpus folder is absent.

Run from the project root::

    .venv/bin/python benchmarks/bench_main_job.py                  # 2,000 / 5,000 / 20,329
    .venv/bin/python benchmarks/bench_main_job.py --sizes 200      # a quick check
    .venv/bin/python benchmarks/bench_main_job.py --embedded 3     # the two-story job
    (other options: --jobs N, --timeout S, --extra "--group-by outlet")

Results are also written to ``benchmarks/out/main_job.json`` (ignored by git).
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import json
import os
import random
import shlex
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from saudinewsnet import CORPUS, FIELDS  # noqa: E402  (this folder: the corpus, once)

SEED = 20150721


def articles(folder: Path) -> list[dict]:
    """Every article of every ``YYYY-MM-DD.zip`` (a JSON array inside), in file order."""
    out = []
    for z in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                if name.endswith(".json"):
                    out.extend(json.loads(zf.read(name).decode("utf-8")))
    return out


def loader_takes_fields() -> bool:
    from helpers.corpus import load_corpus

    return "fields" in inspect.signature(load_corpus).parameters


def write_sample(records: list[dict], n: int, path: Path, *, raw: bool) -> Path:
    """``n`` articles drawn with a fixed seed (all when ``n`` >= their number), as JSONL."""
    chosen = records if n >= len(records) else random.Random(SEED).sample(records, n)
    with open(path, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(chosen, 1):
            if not raw:
                rec = {
                    "id": f"snn-{i:05d}",
                    "title": rec.get("title", ""),
                    "body": rec.get("content", ""),
                    "outlet": rec.get("source", ""),
                    "date": rec.get("date_extracted", ""),
                    "author": rec.get("author", ""),
                    "url": rec.get("url", ""),
                }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


class Sampler(threading.Thread):
    """Polls the runner's process tree every 0.2 s for resident memory, CPU and state (psutil).

    Each child is one of: a kernel (``ipykernel`` in its command line), the corpus-tables
    process (``helpers.study``), or another process (Dask workers of ``--workers``).
    Keeps each kind's peak, the whole job's summed peak (``total``: runner + every child
    at one sampling instant), and per kernel process (by pid) the seconds it was first
    and last seen, its peak and how many samples found it in each process state (``R``
    running or waiting for a core, ``S`` asleep: waiting for an event, a lock, a pipe, a
    timer; ``D`` waiting for the disk). A kernel is named after its notebook only after
    the run (:func:`kernel_notebooks`), from the runner's own record of each notebook's
    start and end: two lanes start their kernels at the same instant, so the order in
    which their log lines or their processes appear says nothing (it swapped 03 and 04
    in session 11's records).
    ``timeline``: seconds, runner, tables, kernels MB, and the pids of the kernels alive.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        import psutil

        self.proc = psutil.Process(pid)
        self.stop = threading.Event()
        self.started = time.perf_counter()
        self.runner = 0
        self.kernel = 0
        self.kernels = 0
        self.tables = 0
        self.others = 0
        self.total = 0  # runner + every child, summed at one sampling instant
        #: kernel pid -> {"first", "last" (s), "peak" (bytes), "states": {state: n}}
        self.kernel_procs: dict[int, dict] = {}
        self.cpu: dict[int, tuple[str, float]] = {}  # pid -> (kind, CPU s at last sample)
        self.timeline: list[tuple] = []

    @staticmethod
    def _kind(child) -> str:
        cmd = " ".join(child.cmdline())
        if "ipykernel" in cmd:
            return "kernel"
        return "tables" if "helpers.study" in cmd else "other"

    def _kernel_sample(self, child, rss: int, now: float) -> None:
        import psutil

        rec = self.kernel_procs.setdefault(
            child.pid, {"first": now, "last": now, "peak": 0, "states": {}}
        )
        rec["last"] = now
        rec["peak"] = max(rec["peak"], rss)
        with contextlib.suppress(psutil.Error):
            state = {"running": "R", "sleeping": "S", "disk-sleep": "D"}.get(
                child.status(), "other"
            )
            rec["states"][state] = rec["states"].get(state, 0) + 1

    def run(self) -> None:
        import psutil

        while not self.stop.is_set():
            try:
                now = round(time.perf_counter() - self.started, 1)
                runner = self.proc.memory_info().rss
                t = self.proc.cpu_times()
                self.cpu[self.proc.pid] = ("runner", t.user + t.system)
                self.runner = max(self.runner, runner)
                sums = {"kernel": 0, "tables": 0, "other": 0}
                alive = []
                for child in self.proc.children(recursive=True):
                    try:
                        rss = child.memory_info().rss
                        kind = self._kind(child)
                    except psutil.Error:
                        continue
                    sums[kind] += rss
                    with contextlib.suppress(psutil.Error):
                        t = child.cpu_times()
                        self.cpu[child.pid] = (kind, t.user + t.system)
                    if kind == "kernel":
                        self.kernel = max(self.kernel, rss)
                        self._kernel_sample(child, rss, now)
                        alive.append(child.pid)
                self.kernels = max(self.kernels, sums["kernel"])
                self.tables = max(self.tables, sums["tables"])
                self.others = max(self.others, sums["other"])
                self.total = max(self.total, runner + sum(sums.values()))
                self.timeline.append(
                    (
                        now,
                        round(runner / 1e6),
                        round(sums["tables"] / 1e6),
                        round(sums["kernel"] / 1e6),
                        alive,
                    )
                )
            except psutil.Error:
                pass
            self.stop.wait(0.2)


def kernel_notebooks(kernels: dict[int, dict], steps: list[dict]) -> dict[int, str]:
    """Kernel pid -> notebook file name, from the runner's record (``timings.json``
    steps of kind ``notebook``, seconds since the runner's start) and the sampler's
    first and last sight of each kernel (seconds since the sampler's start, which the
    runner's start follows by its import time). The pairs are taken in order of the
    smallest mismatch of start and end (greedy): lanes that start together end apart.
    A kernel no step is left for is named ``"?"``."""
    notebooks = [s for s in steps if s.get("kind") == "notebook"]
    if not notebooks or not kernels:
        return dict.fromkeys(kernels, "?")
    # the runner's clock starts later than the sampler's: the earliest kernel start
    # against the earliest notebook start
    offset = min(k["first"] for k in kernels.values()) - min(s["start"] for s in notebooks)
    pairs = sorted(
        (abs(k["first"] - offset - s["start"]) + abs(k["last"] - offset - s["end"]), pid, s["step"])
        for pid, k in kernels.items()
        for s in notebooks
    )
    names: dict[int, str] = {}
    for _cost, pid, step in pairs:
        if pid not in names and step not in names.values():
            names[pid] = step
    return {pid: names.get(pid, "?") for pid in kernels}


def run_job(args: list[str], out: Path, timeout: int | None) -> dict:
    """One main job into ``out``: wall time, peak memory, and CPU seconds of the runner and
    every process it waited for (kernels, the tables process), from the system's
    accounting of this process's children (``getrusage(RUSAGE_CHILDREN)``)."""
    import resource

    from helpers.__main__ import job_command

    cmd = job_command(out, options=args)
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace"
    )
    sampler = Sampler(proc.pid)
    sampler.start()
    log: list[str] = []

    def read_log() -> None:
        log.extend(proc.stderr)

    reader = threading.Thread(target=read_log, daemon=True)
    reader.start()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    wall = time.perf_counter() - start
    reader.join()
    proc.stdout.close()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler.stop.set()
    sampler.join()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # the runner's own record (helpers.notebooks._write_timings): each step's start,
    # end and CPU seconds, the critical path and the idle lane-seconds
    timings = {}
    with contextlib.suppress(OSError, ValueError):
        timings = json.loads((out / "build" / "timings.json").read_text(encoding="utf-8"))
    names = kernel_notebooks(sampler.kernel_procs, timings.get("steps", []))
    named = {
        pid: ("kernel " + names[pid], c) for pid, (kind, c) in sampler.cpu.items() if pid in names
    }
    by_process = {**sampler.cpu, **named}
    return {
        "command": shlex.join(cmd),
        "ok": proc.returncode == 0,
        "error": "" if proc.returncode == 0 else "".join(log)[-800:],
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "runner_rss_mb": round(sampler.runner / 1e6),
        "tables_rss_mb": round(sampler.tables / 1e6),
        "kernel_rss_mb": round(sampler.kernel / 1e6),
        "kernels_rss_mb": round(sampler.kernels / 1e6),
        "workers_rss_mb": round(sampler.others / 1e6),
        "total_rss_mb": round(sampler.total / 1e6),
        "kernel_peaks_mb": {
            names[pid]: round(k["peak"] / 1e6) for pid, k in sorted(sampler.kernel_procs.items())
        },
        # CPU s of each process at its last sample (a lower bound; rusage gives the total)
        "cpu_by_process": {
            what.removeprefix("kernel "): round(
                sum(c for w, c in by_process.values() if w == what), 1
            )
            for what in sorted({w for w, _ in by_process.values()})
        },
        # each kernel's samples by process state: R (running, or ready and waiting for a
        # core: a loaded machine), S (asleep: waiting for an event, a lock, a timer), D
        # (the disk); a notebook that waits for something is S while it waits
        "kernel_states": {
            names[pid]: k["states"] for pid, k in sorted(sampler.kernel_procs.items())
        },
        "timeline": [
            (*row[:4], "+".join(sorted(names[pid][:2] for pid in row[4])))
            for row in sampler.timeline
        ],
        "critical_path": [
            f"{c['step']} {c['seconds']} s (+{c['wait_s']})"
            for c in timings.get("critical_path", [])
        ],
        "idle_lane_s": timings.get("idle_lane_s"),
        "timings": timings.get("steps", []),
        "load_after": round(os.getloadavg()[0], 2),
        "load_before": round(load, 2),
    }


def _short(r: dict) -> dict:
    """A result without its timeline (printed as it comes; the JSON file keeps it)."""
    return {k: v for k, v in r.items() if k not in ("timeline", "timings")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 20329])
    parser.add_argument("--embedded", type=int, default=0, help="runs on the embedded corpus")
    parser.add_argument("--jobs", type=int, default=None, help="notebooks at once (--jobs)")
    parser.add_argument("--timeout", type=int, default=None, help="per-cell limit (--timeout)")
    parser.add_argument("--extra", default="", help="more options for helpers run")
    args = parser.parse_args(argv)
    common = shlex.split(args.extra)
    if args.jobs:
        common += ["--jobs", str(args.jobs)]
    if args.timeout:
        common += ["--timeout", str(args.timeout)]
    results = []
    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        tmp = Path(tmp)
        if args.embedded:
            for i in range(args.embedded):
                r = run_job(common, tmp / f"embedded{i}", None)
                r["size"] = "embedded (2 stories)"
                results.append(r)
                print(json.dumps(_short(r), ensure_ascii=False), flush=True)
        else:
            if not CORPUS.is_dir():
                print(f"skipped: {CORPUS} is absent (the SaudiNewsNet development corpus)")
                return 0
            records = articles(CORPUS)
            raw = loader_takes_fields()
            print(f"{len(records):,} articles in {CORPUS}; loader takes fields=: {raw}")
            for n in args.sizes:
                sample = write_sample(records, n, tmp / f"snn-{n}.jsonl", raw=raw)
                job = ["--corpus", str(sample), *common]
                if raw:
                    job += ["--fields", json.dumps(FIELDS)]
                r = run_job(job, tmp / f"out-{n}", None)
                r["size"] = min(n, len(records))
                r["sample_mb"] = round(sample.stat().st_size / 1e6, 1)
                results.append(r)
                print(json.dumps(_short(r), ensure_ascii=False), flush=True)
            base = next((r for r in results if r["ok"]), None)
            for r in results:
                if base and r["ok"]:
                    r["time_ratio_to_smallest"] = round(r["wall_s"] / base["wall_s"], 2)
                    r["cpu_ratio_to_smallest"] = round(r["cpu_s"] / base["cpu_s"], 2)
    print()
    print(
        "| size | ok | wall s | CPU s | runner MB | tables MB | max kernel MB | kernels MB "
        "| workers MB | whole job MB | load before/after | wall ratio | CPU ratio |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['size']} | {'yes' if r['ok'] else 'no'} | {r['wall_s']} | {r['cpu_s']} | "
            f"{r['runner_rss_mb']} | {r['tables_rss_mb']} | {r['kernel_rss_mb']} | "
            f"{r['kernels_rss_mb']} | {r['workers_rss_mb']} | {r['total_rss_mb']} | "
            f"{r['load_before']}/{r['load_after']} | "
            f"{r.get('time_ratio_to_smallest', '')} | {r.get('cpu_ratio_to_smallest', '')} |"
        )
    for r in results:
        if not r["ok"]:
            print(f"\nsize {r['size']} failed:\n{r['error']}")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    name = "main_job_embedded.json" if args.embedded else "main_job.json"
    (out / name).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
