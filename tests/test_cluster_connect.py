"""helpers.cluster.connect: WORKERS / SCHEDULER to a Dask client, and its bad input."""

import os
import socket
import subprocess
import sys
import threading

import pytest

from helpers.cluster import (
    check_scheduler,
    check_workers,
    client_from_parameters,
    close_clients,
    cluster_requested,
)
from helpers.errors import ArgumentError, ClusterError, KhabarError

pytestmark = pytest.mark.usefixtures("no_dask_address", "dask_leftovers_collected")


def test_single_process_path_does_not_import_dask():
    code = (
        "import sys\n"
        "import helpers.cluster, helpers.corpus, helpers.freq\n"
        "from helpers.cluster import client_from_parameters, cluster_requested\n"
        "assert client_from_parameters(None, None) is None\n"
        "assert client_from_parameters('', '') is None\n"
        "assert cluster_requested() is False\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DASK_SCHEDULER_ADDRESS"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("value", [0, -1, "0", "two", 2.5, "2.5", True, [2], "-3"])
def test_workers_not_a_whole_number_at_least_one(value):
    with pytest.raises(ArgumentError, match=r"client_from_parameters: workers must be") as e:
        client_from_parameters(workers=value)
    assert repr(value) in str(e.value)


@pytest.mark.parametrize(
    ("value", "expected"), [(1, 1), (3, 3), ("2", 2), (" 4 ", 4), (None, None), ("", None)]
)
def test_workers_accepted(value, expected):
    assert check_workers(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("10.0.0.5:8786", "tcp://10.0.0.5:8786"),
        ("tcp://dask.example.org:8786", "tcp://dask.example.org:8786"),
        ("tls://[::1]:8786", "tls://[::1]:8786"),
        (None, None),
        ("  ", None),
    ],
)
def test_scheduler_addresses(value, expected):
    assert check_scheduler(value) == expected


@pytest.mark.parametrize("value", ["nonsense", "tcp://host", "host:99999", "http://h:x", 8786])
def test_scheduler_not_an_address(value):
    with pytest.raises(ArgumentError, match="scheduler") as e:
        client_from_parameters(scheduler=value)
    assert repr(value) in str(e.value)


def test_environment_variable_names_the_scheduler(monkeypatch):
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "10.1.2.3:8786")
    assert cluster_requested() is True
    assert check_scheduler(None) == "tcp://10.1.2.3:8786"
    # an explicit --workers wins over the variable
    assert cluster_requested(workers=2) is True
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "not an address")
    with pytest.raises(ArgumentError, match="environment variable DASK_SCHEDULER_ADDRESS"):
        client_from_parameters()


def test_workers_and_scheduler_together_refused():
    with pytest.raises(ArgumentError, match="not both"):
        client_from_parameters(workers=2, scheduler="tcp://127.0.0.1:8786")


def _bounded(func, limit=60.0):
    """Run func in a thread; a hang becomes a test failure, not a stuck CI job."""
    box = {}

    def run():
        try:
            box["value"] = func()
        except BaseException as exc:
            box["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(limit)
    assert not t.is_alive(), "the call hung"
    return box


@pytest.fixture
def silent_port():
    """A port that accepts connections and never says a word."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    conns = []

    def accept():
        while True:
            try:
                conns.append(srv.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield srv.getsockname()[1]
    srv.close()
    for c in conns:
        c.close()


def test_silent_scheduler_fails_naming_the_address(silent_port):
    address = f"tcp://127.0.0.1:{silent_port}"
    box = _bounded(lambda: client_from_parameters(scheduler=address, timeout=2))
    err = box.get("error")
    assert isinstance(err, ClusterError) and isinstance(err, KhabarError)
    assert f"the Dask scheduler at {address} did not answer within 2 s" in str(err)


def test_corpus_tables_with_a_silent_scheduler_in_the_environment(silent_port, monkeypatch):
    """The public call, the address from DASK_SCHEDULER_ADDRESS, the default deadline."""
    from pathlib import Path

    from helpers.cluster import corpus_tables

    address = f"tcp://127.0.0.1:{silent_port}"
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", f"127.0.0.1:{silent_port}")
    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    box = _bounded(lambda: corpus_tables(raw))
    err = box.get("error")
    assert isinstance(err, ClusterError), box
    assert f"the Dask scheduler at {address} did not answer within 10 s" in str(err)


def test_refused_port_fails_naming_the_address():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    box = _bounded(lambda: client_from_parameters(scheduler=f"127.0.0.1:{port}", timeout=2))
    assert isinstance(box.get("error"), ClusterError)
    assert f"tcp://127.0.0.1:{port}" in str(box["error"])


def test_a_server_that_is_not_dask():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)

    def answer():
        c = srv.accept()[0]
        c.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
        c.close()

    threading.Thread(target=answer, daemon=True).start()
    port = srv.getsockname()[1]
    try:
        box = _bounded(lambda: client_from_parameters(scheduler=f"127.0.0.1:{port}", timeout=5))
    finally:
        srv.close()
    assert isinstance(box.get("error"), ClusterError)
    assert f"tcp://127.0.0.1:{port}" in str(box["error"])


@pytest.mark.slow
def test_real_cluster_client_and_a_worker_address(real_cluster):
    try:
        client = client_from_parameters(scheduler=real_cluster.address)
        assert sorted(client.run(os.getpid).values()) == sorted(w.pid for w in real_cluster.workers)
        # the same parameters give the same client back
        assert client_from_parameters(scheduler=real_cluster.address) is client
        worker = next(iter(client.scheduler_info()["workers"]))
    finally:
        close_clients()
    with pytest.raises(ClusterError, match=f"{worker} is not a Dask scheduler .* Worker"):
        client_from_parameters(scheduler=worker)


def test_cli_refuses_a_scheduler_that_is_no_address(capsys):
    from helpers.__main__ import main

    assert main(["run", "--scheduler", "nonsense"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == (
        "error: --scheduler: scheduler must be a Dask scheduler address such as "
        "'tcp://10.0.0.5:8786' (scheme://host:port, port 1-65535), got 'nonsense'"
    )
