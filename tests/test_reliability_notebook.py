"""A notebook pointed at a bad corpus stops at the first failing cell with a clean message."""

import json

import pytest

from helpers.notebooks import PROJECT_ROOT, NotebookError, run_notebook

NOTEBOOK = PROJECT_ROOT / "notebooks" / "01_corpus.ipynb"


def test_missing_corpus_stops_with_the_project_message(tmp_path):
    missing = tmp_path / "no-such-corpus"
    build = tmp_path / "build"
    with pytest.raises(NotebookError) as e:
        run_notebook(
            NOTEBOOK,
            build_dir=build,
            parameters={
                "CORPUS": str(missing),
                "PROCESSED": str(tmp_path / "processed"),
                "FIGURES": str(tmp_path / "figures"),
            },
        )
    msg = str(e.value)
    assert "01_corpus.ipynb" in msg
    assert f"CorpusNotFoundError: {missing}: no such file or folder" in msg
    assert "check the CORPUS parameter" in msg  # what to do
    # the executed notebook shows the one-line message, not a traceback, and stops there
    nb = json.loads((build / "notebooks" / NOTEBOOK.name).read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    errors = [
        (i, o)
        for i, c in enumerate(code)
        for o in c.get("outputs", [])
        if o["output_type"] == "error"
    ]
    assert len(errors) == 1
    failed, out = errors[0]
    assert out["traceback"] == [
        f"CorpusNotFoundError: {missing}: no such file or folder "
        "(check the CORPUS parameter or path)"
    ]
    assert all(c.get("execution_count") is None for c in code[failed + 1 :])
    assert not (tmp_path / "processed").exists() or not any((tmp_path / "processed").iterdir())
