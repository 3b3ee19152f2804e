"""The corpus-scale tables on a Dask cluster, for corpora that outgrow one machine.

Importing this package imports no Dask: only ``WORKERS`` / ``SCHEDULER`` (or the
``DASK_SCHEDULER_ADDRESS`` environment variable) make khabar import ``distributed``.

Public API::

    corpus_tables(corpus, fields=..., entities=..., quotes=..., workers=WORKERS,
                  scheduler=SCHEDULER, piece_bytes=None) -> CorpusTables
    plan_pieces(files, piece_bytes, workers=1)            -> list[FilePiece]

    client_from_parameters(workers=None, scheduler=None) -> distributed.Client | None
    cluster_requested(workers=None, scheduler=None)      -> bool
    close_clients()

See :mod:`helpers.cluster.connect` (choosing and reaching a cluster) and
:mod:`helpers.cluster.tables` (partitions, map, tree reduction, pass 2).
"""

from helpers.cluster.connect import (
    ENV_SCHEDULER,
    TIMEOUT,
    check_scheduler,
    check_workers,
    client_from_parameters,
    close_clients,
    cluster_requested,
    probe_scheduler,
)
from helpers.cluster.tables import (
    CorpusTables,
    FilePiece,
    PartialTables,
    corpus_tables,
    file_bytes,
    plan_pieces,
)

__all__ = [
    "ENV_SCHEDULER",
    "TIMEOUT",
    "CorpusTables",
    "FilePiece",
    "PartialTables",
    "check_scheduler",
    "check_workers",
    "client_from_parameters",
    "close_clients",
    "cluster_requested",
    "corpus_tables",
    "file_bytes",
    "plan_pieces",
    "probe_scheduler",
]
