"""Choosing and reaching a Dask cluster: ``WORKERS`` / ``SCHEDULER`` to a ``Client``.

Three ways to run the corpus-scale tables, chosen by two parameters (the ``--workers`` /
``--scheduler`` options of ``python -m helpers run``, the ``WORKERS`` / ``SCHEDULER``
notebook parameters):

- neither (and no ``DASK_SCHEDULER_ADDRESS`` in the environment): today's
  single-process path; Dask is not imported at all;
- ``workers=N``: a ``distributed.LocalCluster`` on this machine with N worker processes
  of one thread each, listening on 127.0.0.1 only;
- ``scheduler="tcp://HOST:8786"`` (or the ``DASK_SCHEDULER_ADDRESS`` environment variable,
  Dask's own): a cluster someone already runs (``dask scheduler`` / ``dask worker``,
  dask-jobqueue, dask-kubernetes).

Every check on the arguments happens before anything is imported or started. A
scheduler address is first asked who it is (Dask's ``identity`` message) under a hard
deadline, because ``distributed.Client`` itself waits for ever on a port that accepts
connections and never answers.
"""

from __future__ import annotations

import asyncio
import os
import re
import threading
import warnings

from helpers.errors import ArgumentError, ClusterError

__all__ = [
    "ENV_SCHEDULER",
    "TIMEOUT",
    "check_scheduler",
    "check_workers",
    "client_from_parameters",
    "close_clients",
    "cluster_requested",
    "probe_scheduler",
]

#: Dask's environment variable naming the scheduler of an existing cluster.
ENV_SCHEDULER = "DASK_SCHEDULER_ADDRESS"
#: Seconds within which a scheduler must answer (connection, handshake, first worker).
TIMEOUT = 10.0

# scheme://host:port or host:port; host may be a name, an IPv4 address or [IPv6]
_ADDRESS = re.compile(
    r"^(?:(?P<scheme>[a-z][a-z0-9+.-]*)://)?(?P<host>\[[0-9a-fA-F:.]+\]|[^\s/:\[\]]+):(?P<port>\d{1,5})$"
)

_CLIENTS: dict[tuple, object] = {}  # (workers, address) -> running distributed.Client
_LOCK = threading.Lock()


def check_workers(workers: object, func: str = "client_from_parameters") -> int | None:
    """The ``workers`` parameter as a number of worker processes, or ``None`` (not given).

    ``None`` and ``""`` mean not given. A whole number >= 1, as an ``int`` or a string of
    digits (``"2"``, as ``papermill -r`` or a command line passes it), is accepted.

    Raises
    ------
    helpers.errors.ArgumentError
        Zero, a negative number, a fraction, a bool or anything that is not a number;
        the message starts with ``func`` and names ``workers``.
    """
    if workers is None or (isinstance(workers, str) and not workers.strip()):
        return None
    value: int | None = None
    if isinstance(workers, bool):
        value = None
    elif isinstance(workers, int):
        value = workers
    elif hasattr(workers, "__index__") and not isinstance(workers, float):
        value = int(workers.__index__())  # numpy integers
    elif isinstance(workers, str) and re.fullmatch(r"\s*\+?\d+\s*", workers):
        value = int(workers)
    if value is None or value < 1:
        raise ArgumentError(
            f"{func}: workers must be a whole number of worker processes >= 1 "
            f"(or None for the single-process path), got {workers!r}"
        )
    return value


def check_scheduler(scheduler: object, func: str = "client_from_parameters") -> str | None:
    """The ``scheduler`` parameter as a full address (``tcp://host:port``), or ``None``.

    ``None`` and ``""`` mean not given: then the ``DASK_SCHEDULER_ADDRESS`` environment
    variable is used when set. ``host:port`` without a scheme means ``tcp://host:port``.

    Raises
    ------
    helpers.errors.ArgumentError
        Not a string, or not of the form ``[scheme://]host:port`` with a port 1-65535,
        or an ``http(s)://`` address (the dashboard's, not the scheduler's); the message
        names where the value came from: the argument or the variable.
    """
    origin = "scheduler"
    if scheduler is None or (isinstance(scheduler, str) and not scheduler.strip()):
        scheduler = os.environ.get(ENV_SCHEDULER, "")
        origin = f"the environment variable {ENV_SCHEDULER}"
        if not scheduler.strip():
            return None
    if not isinstance(scheduler, str):
        raise ArgumentError(
            f"{func}: scheduler must be an address such as 'tcp://10.0.0.5:8786', "
            f"got {type(scheduler).__name__} {scheduler!r}"
        )
    text = scheduler.strip()
    m = _ADDRESS.match(text)
    if m is None or not 1 <= int(m["port"]) <= 65535:
        raise ArgumentError(
            f"{func}: {origin} must be a Dask scheduler address such as "
            f"'tcp://10.0.0.5:8786' (scheme://host:port, port 1-65535), got {scheduler!r}"
        )
    if m["scheme"] in ("http", "https"):
        raise ArgumentError(
            f"{func}: {origin} {scheduler!r} is a web address (the dashboard's, port 8787 by "
            "default), not the scheduler's: give the scheduler's address, such as "
            "'tcp://10.0.0.5:8786'"
        )
    return text if m["scheme"] else f"tcp://{text}"


def cluster_requested(workers: object = None, scheduler: object = None) -> bool:
    """Whether these parameters ask for a Dask cluster (Dask is not imported to decide).

    True when ``workers`` is given, ``scheduler`` is given, or ``DASK_SCHEDULER_ADDRESS``
    is set. Raises :class:`helpers.errors.ArgumentError` as :func:`client_from_parameters`.
    """
    w, s = _resolve(workers, scheduler, "cluster_requested")
    return w is not None or s is not None


def _resolve(workers: object, scheduler: object, func: str) -> tuple[int | None, str | None]:
    w = check_workers(workers, func)
    explicit = scheduler is not None and not (isinstance(scheduler, str) and not scheduler.strip())
    if w is not None and explicit:
        raise ArgumentError(
            f"{func}: give workers (a cluster started here) or scheduler (an existing "
            f"cluster), not both; got workers={workers!r}, scheduler={scheduler!r}"
        )
    if w is not None:
        return w, None  # an explicit --workers wins over DASK_SCHEDULER_ADDRESS
    return None, check_scheduler(scheduler, func)


async def _identity(address: str, timeout: float) -> dict:
    from distributed.comm import connect
    from distributed.security import Security

    comm = await connect(address, timeout=timeout, **Security().get_connection_args("client"))
    try:
        await comm.write({"op": "identity", "reply": True})
        return await comm.read()
    finally:
        comm.abort()


def _ask_identity(address: str, timeout: float) -> dict:
    """Dask's ``identity`` reply of ``address``, under a hard deadline of ``timeout`` s.

    Runs in its own thread and event loop (a notebook kernel's main thread already has
    one running).
    """
    box: dict = {}

    def run() -> None:
        try:
            box["reply"] = asyncio.run(asyncio.wait_for(_identity(address, timeout), timeout))
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run, name="khabar-dask-probe", daemon=True)
    thread.start()
    thread.join(timeout + 1.0)
    if "reply" in box:
        return box["reply"]
    exc = box.get("error")
    if exc is None or isinstance(exc, asyncio.TimeoutError | TimeoutError):
        why = f"did not answer within {timeout:g} s"
    elif isinstance(exc, OSError) and "Timed out" in str(exc):
        why = f"did not answer within {timeout:g} s (no connection)"
    elif isinstance(exc, OSError):
        why = f"cannot be reached ({exc.strerror or exc})"
    else:
        why = f"answered, but not as a Dask scheduler ({type(exc).__name__})"
    raise ClusterError(
        f"the Dask scheduler at {address} {why}",
        hint="check the address and port (default 8786), that `dask scheduler` runs "
        "there and that no firewall is in the way; or use --workers N for a cluster on "
        "this machine",
    )


def probe_scheduler(address: str, timeout: float = TIMEOUT) -> dict:
    """Ask the Dask scheduler at ``address`` who it is, under a hard deadline.

    Used before a run starts (``python -m helpers run --scheduler``) and before a client
    is made: ``distributed.Client`` itself waits for ever on a port that accepts
    connections and never answers.

    Returns
    -------
    dict
        The scheduler's ``identity`` reply (``type``, ``id``, ``address``, ``workers``...).

    Raises
    ------
    helpers.errors.ClusterError
        No answer within ``timeout`` seconds (refused, unreachable, silent), an answer
        that is not Dask's, or a Dask server that is not a scheduler (a worker); the
        message names the address.
    """
    reply = _ask_identity(address, timeout)
    kind = reply.get("type") if isinstance(reply, dict) else None
    if kind != "Scheduler":
        raise ClusterError(
            f"{address} is not a Dask scheduler (it says it is {kind or 'something else'})",
            hint="give the scheduler's address, not a worker's or the dashboard's",
        )
    return reply


def _local_client(workers: int, timeout: float):
    import logging

    from distributed import Client, LocalCluster

    try:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        )
    except Exception as exc:
        raise ClusterError(
            f"a local Dask cluster with {workers} worker processes could not start: "
            f"{type(exc).__name__}: {exc}"
        ) from None
    client = Client(cluster, set_as_default=False, timeout=timeout)
    print(
        f"Dask: local cluster, {workers} worker process{'es' if workers > 1 else ''} "
        f"(1 thread each); dashboard {client.dashboard_link}",
        flush=True,
    )
    return client


def _remote_client(address: str, timeout: float):
    probe_scheduler(address, timeout)
    from distributed import Client

    try:
        client = Client(address, set_as_default=False, timeout=timeout)
    except Exception as exc:
        raise ClusterError(
            f"could not connect to the Dask scheduler at {address}: {type(exc).__name__}: {exc}"
        ) from None
    try:
        client.wait_for_workers(1, timeout=timeout)
    except Exception:
        client.close()
        raise ClusterError(
            f"the Dask scheduler at {address} has no workers (none joined within {timeout:g} s)",
            hint="start workers with `dask worker " + address + "`",
        ) from None
    _check_workers_have_khabar(client, address)
    n = len(client.scheduler_info(n_workers=-1).get("workers", {}))
    print(
        f"Dask: scheduler {address}, {n} worker{'s' if n != 1 else ''}; "
        f"dashboard {client.dashboard_link}",
        flush=True,
    )
    return client


def _check_workers_have_khabar(client, address: str) -> None:
    """Every worker must import the same khabar, or keys could differ from the local path."""
    from importlib.metadata import PackageNotFoundError, version

    mine = version("khabar")
    theirs = client.run(version, "khabar", on_error="return")
    missing = sorted(w for w, v in theirs.items() if isinstance(v, PackageNotFoundError))
    if missing:
        client.close()
        raise ClusterError(
            f"workers of {address} do not have khabar installed: {', '.join(missing[:5])}",
            hint="install it on every worker (pip install -e . in a clone of the same "
            "commit), with the same requirements.txt",
        )
    other = {w: v for w, v in theirs.items() if isinstance(v, str) and v != mine}
    if other:
        warnings.warn(
            f"workers of {address} run khabar {sorted(set(other.values()))}, this kernel "
            f"{mine}: tables may differ from a single-process run",
            stacklevel=4,
        )


def client_from_parameters(
    workers: object = None, scheduler: object = None, *, timeout: float = TIMEOUT
):
    """A ``distributed.Client`` for the ``WORKERS`` / ``SCHEDULER`` parameters, or ``None``.

    Parameters
    ----------
    workers : int, str or None
        Number of worker processes of a ``distributed.LocalCluster`` started on this
        machine (1 thread each, listening on 127.0.0.1 only, dashboard on a free port).
    scheduler : str or None
        Address of the scheduler of an existing cluster, ``tcp://HOST:PORT`` (``HOST:PORT``
        means tcp). ``None`` falls back to the ``DASK_SCHEDULER_ADDRESS`` environment
        variable. Every worker needs khabar installed (the same commit) and must see the
        corpus files at the same path.
    timeout : float
        Seconds the scheduler has to answer and to have one worker (default 10).

    Returns
    -------
    distributed.Client or None
        ``None`` when neither is given and the variable is unset: the single-process
        path, and Dask is not imported. Otherwise a running client; one per parameter
        pair is kept for the kernel's life and returned again by later calls (close them
        with :func:`close_clients`). The first call prints the dashboard link.

    Raises
    ------
    helpers.errors.ArgumentError
        ``workers`` not a whole number >= 1; ``scheduler`` not an address; both given.
    helpers.errors.ClusterError
        The scheduler does not answer within ``timeout`` s (refused, unreachable, silent)
        or is not a Dask scheduler, has no workers, its workers lack khabar; a local
        cluster cannot start. The message names the address.
    """
    w, address = _resolve(workers, scheduler, "client_from_parameters")
    if w is None and address is None:
        return None
    if not isinstance(timeout, int | float) or isinstance(timeout, bool) or not timeout > 0:
        raise ArgumentError(
            f"client_from_parameters: timeout must be a number of seconds > 0, got {timeout!r}"
        )
    key = (w, address)
    with _LOCK:
        client = _CLIENTS.get(key)
        if client is not None and client.status == "running":
            return client
        client = _local_client(w, timeout) if w is not None else _remote_client(address, timeout)
        _CLIENTS[key] = client
        return client


def close_clients() -> None:
    """Close every client :func:`client_from_parameters` opened, and the local clusters it
    started (an existing cluster's scheduler and workers keep running)."""
    with _LOCK:
        while _CLIENTS:
            _, client = _CLIENTS.popitem()
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
