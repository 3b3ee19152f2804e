"""Benchmark (not a test): the corpus-scale counts on a Dask LocalCluster of 1 and 2 workers.

Runs :func:`helpers.cluster.corpus_tables` on the SaudiNewsNet development corpus
(``../shared/corpora/saudinewsnet``: 12 zips of JSON arrays, 20,329 articles; never
copied into the repository) with ``workers=1`` and ``workers=2`` and records:

- wall time of ``corpus_tables`` (the cluster is started before the clock starts; its
  start-up time is reported on its own), and the speed-up 1 -> 2 workers;
- CPU seconds (user + system) of each worker process during the run, and of this
  process (client and, for a LocalCluster, the scheduler): on a shared machine the
  wall time says little, the CPU time still gives the work and how it was split;
- peak RSS of each worker process (``ru_maxrss`` of the worker, read on the worker);
- bytes moved between workers (each worker's ``transfer_outgoing_bytes_total``,
  distributed's own counter of data sent to other workers, and from its transfer log
  which task outputs they were) and the size of the result the client receives, next
  to the size of the corpus text (UTF-8 bytes of titles and bodies), which never moves:
  workers read their files themselves;
- the number of partitions (pieces of files) and the task seconds by step;
- ``uptime``'s load averages (1, 5, 15 min) before and after each run (the machine is
  shared).

Usage (the one command the README gives: entities and quotes, 1 then 2 workers)::

    .venv/bin/python benchmarks/bench_dask.py --workers 1,2

``--workers 0,1,2`` adds the single-process path (no Dask) as a baseline;
``--counts-only`` leaves out mentions and quotes (the costly steps);
``--no-boilerplate`` leaves out the site-boilerplate pass (on by default since it runs
on the cluster: each file is then read twice), as in the runs before it. Skips with a
message when the corpus folder is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from saudinewsnet import CORPUS, FIELDS  # noqa: E402  (this folder: the corpus, once)

DEFAULT = CORPUS


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _cpu_s() -> float:
    """CPU seconds (user + system) of the calling process so far."""
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _sent_bytes(dask_worker) -> int:
    return int(dask_worker.transfer_outgoing_bytes_total)


def _sent_by_step(dask_worker) -> dict:
    """Bytes this worker sent to other workers, by the step whose output they were."""
    from dask.utils import key_split

    out: dict[str, int] = {}
    for entry in dask_worker.transfer_outgoing_log:
        for key, nbytes in entry["keys"].items():
            out[key_split(key)] = out.get(key_split(key), 0) + int(nbytes)
    return out


def _uptime() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _text_bytes(path: Path) -> int:
    from helpers.corpus import iter_stories

    return sum(
        len(s["title"].encode()) + len(s["body"].encode())
        for s in iter_stories(path, fields=FIELDS, progress=False)
    )


def run(path: Path, workers: int | None, entities: bool, boilerplate: bool = True) -> dict:
    from helpers.cluster import client_from_parameters, close_clients, corpus_tables

    t0 = time.perf_counter()
    client = client_from_parameters(workers=workers)
    startup = time.perf_counter() - t0
    steps: dict[str, float] = {}
    pieces = None
    load0 = _uptime()
    cpu0 = _cpu_s()
    wcpu0 = client.run(_cpu_s) if client is not None else {}
    t0 = time.perf_counter()
    if client is None:
        tables = corpus_tables(
            path, fields=FIELDS, entities=entities, quotes=entities, boilerplate=boilerplate
        )
    else:
        from dask.utils import key_split
        from distributed import get_task_stream

        with get_task_stream(client) as stream:
            tables = corpus_tables(
                path,
                fields=FIELDS,
                workers=workers,
                entities=entities,
                quotes=entities,
                boilerplate=boilerplate,
            )
        for task in stream.data:
            for ss in task["startstops"]:
                if ss["action"] == "compute":
                    name = key_split(task["key"])
                    steps[name] = steps.get(name, 0.0) + ss["stop"] - ss["start"]
        from helpers.cluster import plan_pieces
        from helpers.corpus import corpus_files

        pieces = len(plan_pieces(corpus_files(path), None, workers))
    wall = time.perf_counter() - t0
    row = {
        "workers": workers or 0,
        "boilerplate": boilerplate,
        "stories": len(tables.counts.story_ids),
        "tokens": int(tables.counts.tokens.sum()),
        "mentions": None if tables.mentions is None else len(tables.mentions),
        "quotes": None if tables.quotes is None else len(tables.quotes),
        "wall_s": round(wall, 1),
        "startup_s": round(startup, 1),
        "uptime_before": load0,
        "uptime_after": _uptime(),
        "cpu_s_this_process": round(_cpu_s() - cpu0, 1),
    }
    if client is not None:
        wcpu = client.run(_cpu_s)
        rss = client.run(_peak_rss_mb)
        sent = client.run(_sent_bytes)
        by_step: dict[str, int] = {}
        for part in client.run(_sent_by_step).values():
            for k, v in part.items():
                by_step[k] = by_step.get(k, 0) + v
        row["cpu_s_per_worker"] = [round(wcpu[w] - wcpu0[w], 1) for w in sorted(wcpu)]
        row["peak_rss_mb_per_worker"] = [round(rss[w]) for w in sorted(rss)]
        row["bytes_between_workers"] = sum(sent.values())
        row["bytes_between_workers_by_step"] = by_step
        row["partitions"] = pieces
        row["task_seconds_by_step"] = {k: round(v, 1) for k, v in sorted(steps.items())}
        close_clients()
    else:
        row["peak_rss_mb_process"] = round(_peak_rss_mb())
    row["result_bytes_to_client"] = len(pickle.dumps(tables.counts))
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--counts-only", action="store_true", help="leave out mentions and quotes")
    parser.add_argument("--workers", default="1,2", help="0 = single process, no Dask")
    parser.add_argument(
        "--no-boilerplate", action="store_true", help="leave out the site-boilerplate pass"
    )
    args = parser.parse_args(argv)
    path = Path(args.corpus)
    if not path.is_dir():
        print(f"skipped: {path} not found (the development corpus is not in this clone)")
        return 0
    warnings.simplefilter("ignore")
    print(f"corpus text: {_text_bytes(path) / 1e6:.1f} MB (UTF-8, titles + bodies)", flush=True)
    print(f"uptime load averages at start: {_uptime()}; {os.cpu_count()} CPUs", flush=True)
    rows = []
    for w in (int(x) for x in args.workers.split(",")):
        rows.append(run(path, w or None, not args.counts_only, not args.no_boilerplate))
        print(json.dumps(rows[-1]), flush=True)
    walls = {r["workers"]: r["wall_s"] for r in rows}
    if 1 in walls and 2 in walls:
        print(f"speed-up 1 -> 2 workers: {walls[1] / walls[2]:.2f}x (wall time)")
        one = {r["workers"]: r for r in rows}
        work1 = sum(one[1]["cpu_s_per_worker"])
        busiest2 = max(one[2]["cpu_s_per_worker"])
        print(
            f"CPU-time model: 1 worker {work1:.1f} CPU s; 2 workers "
            f"{sum(one[2]['cpu_s_per_worker']):.1f} CPU s in all, the busier "
            f"{busiest2:.1f} s: speed-up on two free cores at most {work1 / busiest2:.2f}x"
        )
    if 0 in walls and 1 in walls:
        print(f"1 worker vs single process: {walls[1] / walls[0]:.2f}x the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
