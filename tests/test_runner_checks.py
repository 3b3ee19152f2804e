"""Issue 11, runner side: options checked against the corpus before any kernel starts,
parameters passed only to the notebooks that declare them, no stale failed notebooks,
no absolute path of the machine in an export; and the tables computed in a child
process that exits (issue 10, memory)."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from runner_notebooks import notebook
from test_study import _grouped  # the same 12-story, 3-outlet corpus as the study tests

import helpers.notebooks as nbmod
from helpers.__main__ import main
from helpers.errors import SelectionError
from helpers.notebooks import PROJECT_ROOT, _parameter_names, _path_forms, run_all
from helpers.study import check_options, spawn_study


@pytest.fixture
def no_kernel(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a notebook was started")

    monkeypatch.setattr(nbmod, "_execute", refuse)


COLUMNS = (
    "story_id, title, body, paragraphs, captions, photo_credits, source, encoding, layout, "
    "repairs, outlet, date"
)


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        (
            ["--group-by", "nope"],
            # the hint as typed on the command line (session 12), not in Python
            "error: choose_group_by: GROUP_BY 'nope' is not a column of the stories table; "
            f"it has {COLUMNS} (use one of these, story_id, or date:D / date:W / date:M, "
            "e.g. --group-by outlet (make: GROUP_BY=outlet))",
        ),
        (
            ["--target", '{"nocol": "x"}'],
            'error: TARGET {"nocol": "x"}: the target selects on column \'nocol\', which the '
            "stories table does not have (columns: story_id, title, body, paragraphs, "
            "captions, photo_credits, source, encoding, layout, repairs, outlet, date)",
        ),
        (
            ["--reference", '{"outlet": "nope"}'],
            "error: REFERENCE {\"outlet\": \"nope\"}: the reference {'outlet': 'nope'} selects "
            "no stories (check the column values (e.g. stories[column].unique()) or the dates)",
        ),
    ],
)
def test_group_by_and_sides_are_checked_before_any_kernel(
    tmp_path, capsys, no_kernel, option, expected
):
    corpus = _grouped(tmp_path / "news.jsonl")
    argv = ["run", "--corpus", str(corpus), "--fields", '{"outlet": "source"}', *option]
    argv += ["--processed", str(tmp_path / "p"), "--figures", str(tmp_path / "f")]
    assert main([*argv, "--build", str(tmp_path / "b")]) == 1
    out, err = capsys.readouterr()
    lines = [ln for ln in err.splitlines() if not ln.startswith(("outputs:", "corpus tables"))]
    assert lines == [expected]
    assert out == ""


def test_check_options_accepts_good_values_and_names_overlapping_sides(tmp_path):
    from helpers.corpus import load_corpus

    stories = load_corpus(_grouped(tmp_path / "news.jsonl"), fields={"outlet": "source"})
    check_options(stories, group_by="outlet", target='{"outlet": "okaz"}', reference="n01")
    check_options(stories, group_by="date:W")
    with pytest.raises(SelectionError, match=r"^TARGET and REFERENCE: stories in both"):
        check_options(stories, target="n01", reference='["n01", "n02"]')


def test_the_tables_process_exits_and_its_entry_is_complete(tmp_path):
    corpus = _grouped(tmp_path / "news.jsonl")
    job = spawn_study(corpus, tmp_path / "cache", fields={"outlet": "source"})
    assert job.process is not None and job.process.pid != os.getpid()
    assert (job.entry / "stories.pkl").is_file()  # before wait: the corpus is read
    assert job.wait() == job.entry
    assert job.process.returncode == 0
    assert sorted(p.name for p in job.entry.iterdir()) == [
        "about.json",
        "counts.pkl",
        "mentions.pkl",
        "quotes.pkl",
        "report.pkl",
        "stories.pkl",
    ]
    # a second run finds the entry: the child exits at once
    again = spawn_study(corpus, tmp_path / "cache", fields={"outlet": "source"})
    assert again.entry == job.entry and again.wait() == job.entry


def test_a_bad_corpus_in_the_tables_process_is_raised_in_the_runner(tmp_path):
    from helpers.errors import CorpusFormatError

    corpus = _grouped(tmp_path / "news.jsonl")
    with pytest.raises(CorpusFormatError, match="nofield"):
        spawn_study(corpus, tmp_path / "cache", fields={"outlet": "nofield"})


def test_parameter_names_are_read_from_the_parameters_cell(tmp_path):
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(
        'CORPUS = "../data/raw"  # a comment = not a name\nTOP_N: int = 20\nA, B = 1, 2\n'
        "if False:\n    HIDDEN = 1\nprint(CORPUS == 1)"
    )
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("LATER = 1")]
    nbformat.write(nb, tmp_path / "01_x.ipynb")
    assert _parameter_names(tmp_path / "01_x.ipynb") == {"CORPUS", "TOP_N", "A", "B"}
    nb.cells[0].source = "%matplotlib inline\nX = 1\nY == 2"  # IPython syntax
    nbformat.write(nb, tmp_path / "02_x.ipynb")
    assert _parameter_names(tmp_path / "02_x.ipynb") == {"X"}
    nb.cells = nb.cells[1:]
    nbformat.write(nb, tmp_path / "03_x.ipynb")
    assert _parameter_names(tmp_path / "03_x.ipynb") is None
    assert _parameter_names(PROJECT_ROOT / "notebooks" / "05_quotes_and_context.ipynb") == {
        "CORPUS",
        "PROCESSED",
        "FIGURES",
        "TARGET",  # 05 reads the key terms of 04's sides in context
        "REFERENCE",
        "FIELDS",
        "GROUP_BY",
        "WORKERS",
        "SCHEDULER",
        "TABLES",
        "SAMPLE",
        "DROP_REPORTING_VERBS",
        "DROP_LISTS",  # session 18: optional word lists left out of rankings
    }


def test_paths_are_passed_relative_inside_the_project_and_shown_without_the_machine():
    nbs = PROJECT_ROOT / "notebooks"
    assert _path_forms(PROJECT_ROOT / "data" / "processed", nbs) == (
        "../data/processed",
        "../data/processed",
    )
    home = Path.home()
    assert _path_forms(home / "corpora" / "gaza", nbs) == (
        str(home / "corpora" / "gaza"),
        "~/corpora/gaza",
    )
    assert _path_forms(Path("/srv/x/out/figures"), nbs) == (
        "/srv/x/out/figures",
        "…/figures",
    )


def _notebook(folder: Path, name: str, *sources: str) -> Path:
    return notebook(folder, name, *sources, params='PROCESSED = "p"\nFIGURES = "f"\nCORPUS = None')


SHOW = (
    "from pathlib import Path\n"
    "Path(PROCESSED).mkdir(parents=True, exist_ok=True)\n"
    "Path(PROCESSED, 'table.csv').write_text(Path(CORPUS).read_text(), encoding='utf-8')\n"
    "print('wrote', Path(PROCESSED, 'table.csv'), 'from', CORPUS, 'figures in', FIGURES)"
)


@pytest.mark.slow
def test_exports_name_no_absolute_path_and_no_unknown_parameter(tmp_path, capfd):
    """Outputs outside the notebooks' project, a corpus under it: the injected
    parameters are relative or bare names in the exports, yet the kernel found the
    files; only declared parameters are passed (no papermill warning); the failed
    notebooks of an older run are gone."""
    project = tmp_path / "project"
    nbs = project / "notebooks"
    _notebook(nbs, "01_show.ipynb", SHOW)
    corpus = project / "data" / "c.txt"
    corpus.parent.mkdir(parents=True)
    corpus.write_text("عنوان\nنص\n", encoding="utf-8")
    out = tmp_path / "elsewhere"
    build = out / "build"
    (build / "failed").mkdir(parents=True)
    (build / "failed" / "04_old.ipynb").write_text("{}", encoding="utf-8")
    (build / "failed" / "notes.txt").write_text("mine", encoding="utf-8")
    params = {
        "CORPUS": str(corpus),
        "PROCESSED": str(out / "processed"),
        "FIGURES": str(out / "figures"),
        "GROUP_BY": "outlet",  # not declared by the notebook: not passed
    }
    (html,) = run_all(nbs, build_dir=build, parameters=params, workbook=False)
    assert (out / "processed" / "table.csv").read_text(encoding="utf-8") == "عنوان\nنص\n"
    text = html.read_text(encoding="utf-8")
    executed = (build / "notebooks" / "01_show.ipynb").read_text(encoding="utf-8")
    for page in (text, executed):
        assert str(tmp_path) not in page
        assert str(PROJECT_ROOT) not in page
        assert str(Path.home()) + "/" not in page
    # folders outside the project and home are shown shortened, marked by …/
    assert "wrote …/processed/table.csv from ../data/c.txt figures in …/figures" in text
    assert "GROUP_BY" not in executed
    assert "Passed unknown parameter" not in capfd.readouterr().err
    assert sorted(p.name for p in (build / "failed").iterdir()) == ["notes.txt"]


@pytest.mark.slow
def test_main_job_exports_name_no_path_of_this_machine(tmp_path):
    """The real notebooks on the embedded corpus, outputs outside the project: no export
    names the project root, the home folder or the output folders."""
    params = {"PROCESSED": str(tmp_path / "processed"), "FIGURES": str(tmp_path / "figures")}
    exports = run_all(parameters=params, build_dir=tmp_path / "build", workbook=False)
    assert len(exports) == 5
    for page in exports:
        text = page.read_text(encoding="utf-8")
        for path in (PROJECT_ROOT, Path.home(), tmp_path):
            assert str(path) + "/" not in text, (page.name, path)
    executed = nbformat.read(tmp_path / "build" / "notebooks" / "01_corpus.ipynb", as_version=4)
    injected = next(c for c in executed.cells if c.get("id") == "injected-parameters")
    # the build folder's cache and the outputs shortened to their names, marked …/ and
    # noted (session 19: a bare name read as a runnable relative path); the corpus: the
    # default
    note = "  # shortened, not runnable as shown: a path outside the project and the home"
    assert 'TABLES = "…/cache"' + note in injected.source
    assert 'PROCESSED = "…/processed"' + note in injected.source
    assert "CORPUS" not in injected.source


def test_the_lexicon_is_kept_in_the_folder_the_main_job_names(tmp_path, monkeypatch):
    """KHABAR_LEXICON_CACHE (set by run_all to its build cache): the keyed list is
    written there once and read back by the next process instead of being rebuilt."""
    from helpers.text import normalize
    from helpers.text.lexicon import _lexicon
    from helpers.text.normalize import _key

    build = _lexicon.__wrapped__  # not the process's lru_cache
    monkeypatch.setenv("KHABAR_LEXICON_CACHE", str(tmp_path))
    first = build(_key({}))
    (stored,) = tmp_path.glob("lexicon-*.pkl")
    # values of wordfreq's Arabic large list (the brief's established facts)
    assert first[normalize("لافروف")] == 3.17 and first[normalize("والدته")] == 4.33
    assert normalize("للافروف") not in first
    assert build(_key({})) == first
    stored.write_bytes(__import__("pickle").dumps({"x": 1.0}))
    assert build(_key({})) == {"x": 1.0}  # read from the folder, not rebuilt
    # another normalisation gives another file
    build(_key({"alef": False}))
    assert len(list(tmp_path.glob("lexicon-*.pkl"))) == 2
