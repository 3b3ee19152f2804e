"""Running khabar's notebooks headless: the main job behind ``make run``.

Each ``notebooks/NN_*.ipynb`` is executed in order with papermill
(https://papermill.readthedocs.io), which injects the parameters into the cell tagged
``parameters``, and exported to HTML with nbconvert. Executed notebooks and their
HTML go to ``build/`` (ignored by git); the notebooks themselves write ``figures/`` and
``data/processed/``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from helpers.errors import KhabarError
from helpers.io import atomic_write

__all__ = ["NotebookError", "find_notebooks", "kernel_name", "run_all", "run_notebook"]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"


class NotebookError(KhabarError):
    """A notebook stopped at a failing cell."""


def find_notebooks(folder: str | Path = PROJECT_ROOT / "notebooks") -> list[Path]:
    """The notebooks ``NN_*.ipynb`` in ``folder``, in numeric order."""
    return sorted(Path(folder).glob(NOTEBOOK_PATTERN))


def kernel_name(preferred: str = "khabar") -> str:
    """The Jupyter kernel to run notebooks with.

    ``khabar`` (registered by ``make setup``) when it exists, else ``python3``, the
    kernel of the interpreter running this code.
    """
    from jupyter_client.kernelspec import KernelSpecManager

    specs = KernelSpecManager().find_kernel_specs()
    return preferred if preferred in specs else "python3"


def _kernel_config():
    """Kernel-manager settings for headless runs: CurveZMQ-encrypted transport.

    ipykernel 7 warns "Kernel is running over TCP without encryption" on every start
    unless the manager provisions CurveZMQ keys. jupyter_client (8.7+) does so with
    ``KernelManager.transport_encryption = "auto"`` when the kernelspec declares
    ``supported_encryption: ["curve"]`` (ipykernel's kernelspecs do) and pyzmq has
    CURVE support; otherwise nothing changes and the kernel runs unencrypted as before.
    """
    import zmq
    from jupyter_client.manager import KernelManager
    from traitlets.config import Config

    config = Config()
    if "transport_encryption" in KernelManager.class_trait_names() and zmq.has("curve"):
        config.KernelManager.transport_encryption = "auto"
    return config


def run_notebook(
    path: str | Path,
    *,
    build_dir: str | Path = PROJECT_ROOT / "build",
    parameters: Mapping[str, object] | None = None,
    kernel: str | None = None,
    timeout: int = 900,
) -> Path:
    """Execute one notebook headless and export it to HTML.

    Parameters
    ----------
    path : str or Path
        The notebook. It runs with its own folder as working directory, as in JupyterLab.
    build_dir : str or Path
        Receives ``notebooks/<name>.ipynb`` (executed) and ``html/<name>.html``.
    parameters : mapping, optional
        Values for the notebook's ``parameters`` cell (papermill), e.g. ``{"CORPUS": ...}``.
    kernel : str, optional
        Kernel name; default :func:`kernel_name`.
    timeout : int
        Seconds a single cell may run.

    Returns
    -------
    Path
        The HTML export.

    Raises
    ------
    NotebookError
        A cell raised; the message names the notebook, the cell and the error.
    """
    import nbformat
    import papermill as pm
    from nbconvert import HTMLExporter

    path = Path(path).resolve()
    build_dir = Path(build_dir)
    executed = build_dir / "notebooks" / path.name
    executed.parent.mkdir(parents=True, exist_ok=True)
    try:
        pm.execute_notebook(
            str(path),
            str(executed),
            parameters=dict(parameters or {}),
            kernel_name=kernel or kernel_name(),
            cwd=str(path.parent),
            progress_bar=False,
            execution_timeout=timeout,
            config=_kernel_config(),
        )
    except pm.PapermillExecutionError as exc:
        raise NotebookError(
            f"cell {exc.exec_count} failed: {exc.ename}: {exc.evalue}",
            path=path,
            hint=f"open {executed} to see the cell",
        ) from None
    nb = nbformat.read(executed, as_version=4)
    body, _ = HTMLExporter().from_notebook_node(nb)
    html = build_dir / "html" / (path.stem + ".html")
    with atomic_write(html, "w") as fh:
        fh.write(body)
    return html


def run_all(
    notebook_dir: str | Path = PROJECT_ROOT / "notebooks",
    *,
    build_dir: str | Path = PROJECT_ROOT / "build",
    parameters: Mapping[str, object] | None = None,
    kernel: str | None = None,
) -> list[Path]:
    """Execute every ``NN_*.ipynb`` in ``notebook_dir`` in order; return the HTML exports.

    Stops at the first failing notebook with :class:`NotebookError`.
    """
    notebooks = find_notebooks(notebook_dir)
    if not notebooks:
        raise NotebookError("no NN_*.ipynb notebooks found", path=notebook_dir)
    out = []
    for nb in notebooks:
        print(f"running {nb.name} ...", file=sys.stderr, flush=True)
        out.append(run_notebook(nb, build_dir=build_dir, parameters=parameters, kernel=kernel))
        print(f"  -> {out[-1]}", file=sys.stderr, flush=True)
    return out
