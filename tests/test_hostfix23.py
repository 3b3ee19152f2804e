"""Session 23 (hostfix23): defects testers and a review left open, each fixed as a kind.
Every expected value is worked out by hand."""

import json
import re
from pathlib import Path

import pytest

from helpers.errors import ArgumentError, KhabarError

ROOT = Path(__file__).resolve().parents[1]
EMBEDDED = ROOT / "data" / "raw"

# --------------------- 1. PROCESSED / FIGURES of a wrong type (papermill's -p PROCESSED 5)


@pytest.mark.parametrize(
    ("name", "value", "got"),
    [("PROCESSED", 5, "got 5"), ("FIGURES", 5, "got 5"), ("FIGURES", [1], "got list [1]")],
)
def test_open_study_refuses_an_output_parameter_that_is_no_path(name, value, got):
    from helpers.study import open_study

    kwargs = {name.lower(): value}
    with pytest.raises(ArgumentError) as caught:
        open_study(EMBEDDED, **kwargs)
    # the parameter and the expected type, as typed in the notebook
    assert str(caught.value).startswith(
        f"open_study: {name} must be a file or folder path (str or pathlib.Path), {got}"
    )
    assert isinstance(caught.value, KhabarError)


@pytest.mark.parametrize("name", ["PROCESSED", "FIGURES", "CORPUS", "TABLES"])
def test_run_all_refuses_a_path_parameter_that_is_no_path(name, tmp_path):
    from helpers.notebooks import run_all

    # before any kernel starts and before any folder is made: build stays empty
    with pytest.raises(ArgumentError, match=f"^run_all: {name} must be a file or folder path"):
        run_all(parameters={name: 5}, build_dir=tmp_path / "build")
    assert not (tmp_path / "build").exists()


def test_every_notebook_passes_its_output_folders_to_open_study_first():
    # open_study is where a notebook's parameters are checked: it must get PROCESSED and
    # FIGURES, and no cell before its own may use them
    for nb in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        cells = [
            "".join(c["source"])
            for c in json.loads(nb.read_text(encoding="utf-8"))["cells"]
            if c["cell_type"] == "code"
        ]
        opening = next(i for i, s in enumerate(cells) if "open_study(" in s and "import" not in s)
        call = cells[opening][cells[opening].index("open_study(") :]
        assert "processed=PROCESSED" in call and "figures=FIGURES" in call, nb.name
        before = "\n".join(cells[1:opening]) + cells[opening][: cells[opening].index("open_study(")]
        body = re.sub(r"(?m)^(PROCESSED|FIGURES) = .*$", "", before)  # the parameters cell
        assert not re.search(r"\b(PROCESSED|FIGURES)\b", body), nb.name
