"""A real Dask cluster for the tests: `dask scheduler` and `dask worker` processes.

Started as separate processes on 127.0.0.1 (the scheduler on a free port it picks
itself, ``--port 0``, and announces in a scheduler file), with bounded waits, and
stopped by pid in a ``finally``. Each process also ends itself if the test process dies
(scheduler ``--idle-timeout``, workers ``--death-timeout`` and ``--lifetime``).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

STARTUP = 90.0  # seconds the processes get to start on a loaded 2-core machine


@dataclass
class Cluster:
    address: str
    scheduler: subprocess.Popen
    workers: list[subprocess.Popen] = field(default_factory=list)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGCONT)  # a stopped process cannot handle SIGTERM
        os.kill(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=15)


def _wait_for_file(path: Path, proc: subprocess.Popen, log: Path) -> dict:
    deadline = time.monotonic() + STARTUP
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dask scheduler exited: {log.read_text()[-2000:]}")
        if path.exists():
            try:
                return json.loads(path.read_text())
            except json.JSONDecodeError:
                pass  # being written
        time.sleep(0.2)
    raise RuntimeError(f"dask scheduler did not start within {STARTUP} s")


@contextlib.contextmanager
def dask_cluster(tmp: Path, n_workers: int = 2):
    """Yield a :class:`Cluster` with ``n_workers`` single-thread workers (no nanny, so
    each worker's pid is the process started here); stop everything on exit."""
    tmp.mkdir(parents=True, exist_ok=True)
    sched_file = tmp / "scheduler.json"
    procs: list[subprocess.Popen] = []
    py = [sys.executable, "-m", "dask"]
    env = {k: v for k, v in os.environ.items() if k != "DASK_SCHEDULER_ADDRESS"}
    try:
        log = tmp / "scheduler.log"
        with open(log, "wb") as out:
            sched = subprocess.Popen(
                [
                    *py,
                    "scheduler",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "0",
                    "--dashboard-address",
                    "127.0.0.1:0",
                    "--scheduler-file",
                    str(sched_file),
                    "--idle-timeout",
                    "600",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
            )
        procs.append(sched)
        address = _wait_for_file(sched_file, sched, log)["address"]
        cluster = Cluster(address, sched)
        for i in range(n_workers):
            with open(tmp / f"worker{i}.log", "wb") as out:
                w = subprocess.Popen(
                    [
                        *py,
                        "worker",
                        address,
                        "--host",
                        "127.0.0.1",
                        "--nthreads",
                        "1",
                        "--no-nanny",
                        "--no-dashboard",
                        "--name",
                        f"w{i}",
                        "--local-directory",
                        str(tmp / f"w{i}"),
                        "--death-timeout",
                        "60",
                        "--lifetime",
                        "900",
                    ],
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    env=env,
                )
            procs.append(w)
            cluster.workers.append(w)
        from distributed import Client

        with Client(address, timeout=STARTUP, set_as_default=False) as c:
            c.wait_for_workers(n_workers, timeout=STARTUP)
        yield cluster
    finally:
        for p in reversed(procs):
            _stop(p)
