"""Issue 11, runner side: a run on your corpus replaces the earlier run in
build/runs/<name>/ (its files not written again are removed, also those an older khabar
wrote without a list, and one line says so), while a folder of your own loses only the
files khabar's previous run listed, never one of yours."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

import helpers.notebooks as nbmod
from helpers.__main__ import main
from helpers.notebooks import run_all


@pytest.fixture
def fake_kernel(monkeypatch):
    """Notebooks "run" in no kernel: each writes one figure named after GROUP_BY."""

    def execute(path, executed, parameters, kernel, timeout, shown):
        figures = Path(path.parent, parameters["FIGURES"])
        figures.mkdir(parents=True, exist_ok=True)
        group = parameters.get("GROUP_BY") or "story_id"
        (figures / f"{path.stem}_{group}.png").write_text(group, encoding="utf-8")
        executed.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nbformat.read(path, as_version=4), executed)

    monkeypatch.setattr(nbmod, "_execute", execute)


def _notebooks(folder: Path) -> Path:
    folder.mkdir(parents=True)
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('PROCESSED = "p"\nFIGURES = "f"\nGROUP_BY = None')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params]
    nbformat.write(nb, folder / "01_a.ipynb")
    return folder


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_run_replaces_the_earlier_run_in_its_run_folder(tmp_path, fake_kernel, capsys):
    nbs = _notebooks(tmp_path / "notebooks")
    run = tmp_path / "build" / "runs" / "corpus"
    figures = run / "figures"
    figures.mkdir(parents=True)
    (figures / "older.png").write_text("an older khabar, no list", encoding="utf-8")
    (run / "html").mkdir()
    (run / "html" / "03_gone.html").write_text("older", encoding="utf-8")
    outside = tmp_path / "build" / "runs" / "other.png"
    outside.write_text("another run's", encoding="utf-8")
    for group in (None, "outlet"):
        params = {"PROCESSED": str(run / "processed"), "FIGURES": str(figures)}
        if group:
            params["GROUP_BY"] = group
        run_all(nbs, build_dir=run, parameters=params, workbook=False, run_folder=run)
        err = capsys.readouterr().err
        assert "build/runs/corpus: replaced the earlier run there" in err.replace(str(tmp_path), "")
    assert _names(figures) == ["01_a_outlet.png"]
    assert _names(run / "html") == ["01_a.html"]
    assert outside.read_text(encoding="utf-8") == "another run's"
    line = next(x for x in err.splitlines() if "replaced the earlier run" in x)
    removed = line.split("(")[1].split(" of its files")[0]
    assert removed == "1"  # 01_a_story_id.png of the first run


def test_a_folder_of_your_own_keeps_your_files(tmp_path, fake_kernel, capsys):
    nbs = _notebooks(tmp_path / "notebooks")
    run = tmp_path / "build" / "runs" / "corpus"
    mine = tmp_path / "my-figures"
    mine.mkdir()
    (mine / "notes.png").write_text("mine", encoding="utf-8")
    for group in (None, "outlet"):
        params = {"PROCESSED": str(run / "processed"), "FIGURES": str(mine)}
        if group:
            params["GROUP_BY"] = group
        run_all(nbs, build_dir=run, parameters=params, workbook=False, run_folder=run)
    # the first run's figure (listed by khabar) is gone, the user's file stays
    assert _names(mine) == ["01_a_outlet.png", "notes.png"]
    assert "replaced the earlier run" in capsys.readouterr().err


def test_without_a_run_folder_nothing_unlisted_is_removed(tmp_path, fake_kernel, capsys):
    nbs = _notebooks(tmp_path / "notebooks")
    figures = tmp_path / "figures"
    figures.mkdir()
    (figures / "older.png").write_text("not listed", encoding="utf-8")
    params = {"PROCESSED": str(tmp_path / "processed"), "FIGURES": str(figures)}
    run_all(nbs, build_dir=tmp_path / "build", parameters=params, workbook=False)
    assert _names(figures) == ["01_a_story_id.png", "older.png"]
    assert "replaced" not in capsys.readouterr().err


def test_the_main_job_names_build_runs_as_the_run_folder(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(nbmod, "run_all", lambda **kwargs: calls.append(kwargs) or [])
    corpus = tmp_path / "gaza.txt"
    corpus.write_text("عنوان\nنص\n", encoding="utf-8")
    assert main(["run", "--corpus", str(corpus), "--figures", str(tmp_path / "f")]) == 0
    assert calls[0]["run_folder"] == nbmod.PROJECT_ROOT / "build" / "runs" / "gaza"
    calls.clear()
    assert main(["run"]) == 0  # the embedded corpus: figures/ and data/processed/, no sweep
    assert "run_folder" not in calls[0]


def test_a_corpus_outside_the_project_is_shown_shortened_and_says_so(tmp_path, monkeypatch, capsys):
    import json

    def execute(path, executed, parameters, kernel, timeout, shown):
        nb = nbformat.read(path, as_version=4)
        lines = [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in parameters.items()]
        cell = nbformat.v4.new_code_cell("# Parameters\n" + "\n".join(lines) + "\n")
        cell.metadata["tags"] = ["injected-parameters"]
        nb.cells.insert(1, cell)
        executed.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, executed)

    monkeypatch.setattr(nbmod, "_execute", execute)
    project = tmp_path / "project"
    nbs = _notebooks(project / "notebooks")
    source = nbs / "01_a.ipynb"
    nb = nbformat.read(source, as_version=4)
    nb.cells[0].source = 'CORPUS = "c"\nPROCESSED = "p"\nFIGURES = "f"'
    nbformat.write(nb, source)
    corpus = tmp_path / "elsewhere" / "saudinewsnet"  # outside the project and home
    corpus.mkdir(parents=True)
    params = {"CORPUS": str(corpus), "PROCESSED": str(project / "p")}
    params["FIGURES"] = str(project / "f")
    build = project / "build"
    run_all(nbs, build_dir=build, parameters=params, workbook=False, tables=False)
    cell = nbformat.read(build / "notebooks" / "01_a.ipynb", as_version=4).cells[1]
    # shown marked as shortened (a bare "saudinewsnet" would read as a path relative to
    # the notebooks' folder, which a reader could run and which does not exist)
    assert cell.source.splitlines()[1] == (
        'CORPUS = "…/saudinewsnet"  # shortened, not runnable as shown: a path outside the '
        "project and the home folder; its full path is in the run's log"
    )
    # folders inside the project are shown relative, with no note
    assert cell.source.splitlines()[2:] == ['PROCESSED = "../p"', 'FIGURES = "../f"']
    assert f"CORPUS: {corpus} (shown as …/saudinewsnet in the exports)" in capsys.readouterr().err
    assert str(corpus) not in (build / "html" / "01_a.html").read_text(encoding="utf-8")
