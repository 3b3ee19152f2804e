"""Notebooks for the runner's tests: a parameters cell and code cells, written to disk."""

from __future__ import annotations

from pathlib import Path

import nbformat


def notebook(
    folder: Path, name: str, *sources: str, params: str = 'PROCESSED = "p"\nFIGURES = "f"'
) -> Path:
    """``<folder>/<name>``: a python3 notebook whose first cell, tagged ``parameters``,
    holds ``params``, then one code cell per source; the folder is created."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Py"}
    cell = nbformat.v4.new_code_cell(params)
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell, *(nbformat.v4.new_code_cell(s) for s in sources)]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    nbformat.write(nb, path)
    return path
