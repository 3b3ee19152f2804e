"""``python -m helpers run``: bad paths fail fast, in one line, before any kernel starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

import helpers.notebooks
from helpers.__main__ import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def no_kernel(monkeypatch):
    """Fail the test if the CLI gets as far as running notebooks."""

    def refuse(*args, **kwargs):
        raise AssertionError("run_all was called: a kernel would have started")

    monkeypatch.setattr(helpers.notebooks, "run_all", refuse)


@pytest.fixture
def recorded(monkeypatch):
    """Record what the CLI passes to run_all instead of running the notebooks."""
    calls = []

    def record(*args, **kwargs):
        calls.append(kwargs)
        return []

    monkeypatch.setattr(helpers.notebooks, "run_all", record)
    return calls


def _error_line(capsys) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err  # one clean line, no traceback, no "running ..." line
    return lines[0]


@pytest.mark.parametrize(
    ("corpus", "expected"),
    [
        (
            "{tmp}/nope",
            "error: --corpus {tmp}/nope: no such file or folder (CorpusNotFoundError; "
            "check the path, or see the README, 'Analyse your own corpus')",
        ),
        ("", "error: --corpus is empty: give a .txt, .csv or .jsonl file or a folder"),
        ("   ", "error: --corpus is empty: give a .txt, .csv or .jsonl file or a folder"),
        (
            "{tmp}/story.docx",
            "error: --corpus: {tmp}/story.docx: unsupported file type .docx "
            "(use .txt, .csv, .jsonl, .json or .zip)",
        ),
        (
            "{tmp}/empty",
            "error: --corpus: {tmp}/empty: folder holds no .txt, .csv, .jsonl, .json or .zip files "
            "(point to your corpus files)",
        ),
    ],
)
def test_bad_corpus_fails_before_any_kernel(tmp_path, capsys, no_kernel, corpus, expected):
    (tmp_path / "story.docx").write_bytes(b"PK")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("x", encoding="utf-8")
    tmp = str(tmp_path)
    assert main(["run", "--corpus", corpus.format(tmp=tmp)]) == 1
    assert _error_line(capsys) == expected.format(tmp=tmp)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_pipe_or_device_is_not_a_corpus(tmp_path, capsys, no_kernel):
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    assert main(["run", "--corpus", str(fifo)]) == 1
    assert _error_line(capsys) == (
        f"error: --corpus {fifo}: not a regular file or a folder (a device, pipe or socket)"
    )


def test_output_option_that_is_a_file_or_empty(tmp_path, capsys, no_kernel):
    corpus = tmp_path / "c.txt"
    corpus.write_text("عنوان\nنص\n", encoding="utf-8")
    assert main(["run", "--corpus", str(corpus), "--figures", str(corpus)]) == 1
    assert _error_line(capsys) == f"error: --figures {corpus}: exists and is not a folder"
    assert main(["run", "--corpus", str(corpus), "--processed", ""]) == 1
    assert _error_line(capsys) == "error: --processed is empty: give a folder"


def test_good_paths_reach_the_runner_resolved(tmp_path, monkeypatch, recorded):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("عنوان\nنص\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["run", "--corpus", "raw", "--processed", "out", "--build", "b"]) == 0
    assert recorded == [
        {
            "parameters": {
                "CORPUS": str(tmp_path / "raw"),
                "PROCESSED": str(tmp_path / "out"),
                # figures not named: they go beside the run, not over the committed ones
                "FIGURES": str(
                    helpers.notebooks.PROJECT_ROOT / "build" / "runs" / "raw" / "figures"
                ),
            },
            "build_dir": tmp_path / "b",
            # build/runs/raw holds only this run's files afterwards
            "run_folder": helpers.notebooks.PROJECT_ROOT / "build" / "runs" / "raw",
        }
    ]


def test_job_command_is_the_command_line_main_reads(tmp_path, recorded):
    """The one builder of the main job's command line (benchmarks and tests use it)."""
    from helpers.__main__ import job_command

    corpus = tmp_path / "c.txt"
    corpus.write_text("عنوان\nنص\n", encoding="utf-8")
    out = tmp_path / "out"
    cmd = job_command(
        out, corpus=corpus, fields={"body": "content"}, options=["--group-by", "outlet"]
    )
    assert cmd == [
        sys.executable,
        "-m",
        "helpers",
        "run",
        "--corpus",
        str(corpus),
        "--fields",
        '{"body": "content"}',
        "--processed",
        str(out / "processed"),
        "--figures",
        str(out / "figures"),
        "--build",
        str(out / "build"),
        "--group-by",
        "outlet",
    ]
    assert job_command(out, build=tmp_path / "b")[4:] == [
        "--processed",
        str(out / "processed"),
        "--figures",
        str(out / "figures"),
        "--build",
        str(tmp_path / "b"),
    ]
    assert main(cmd[3:]) == 0  # what ``python -m helpers`` reads after its own name
    assert recorded == [
        {
            "parameters": {
                "CORPUS": str(corpus),
                "PROCESSED": str(out / "processed"),
                "FIGURES": str(out / "figures"),
                "FIELDS": {"body": "content"},
                "GROUP_BY": "outlet",
            },
            "build_dir": out / "build",
            "run_folder": helpers.notebooks.PROJECT_ROOT / "build" / "runs" / "c",
        }
    ]


def test_module_entry_point_prints_one_line_and_exits_1():
    proc = subprocess.run(
        [sys.executable, "-m", "helpers", "run", "--corpus", "/nonexistent/khabar"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr == (
        "error: --corpus /nonexistent/khabar: no such file or folder (CorpusNotFoundError; "
        "check the path, or see the README, 'Analyse your own corpus')\n"
    )


def test_kernels_get_curve_encryption_when_available(monkeypatch):
    import zmq

    # the pinned jupyter_client (8.7+) and pyzmq (built with CURVE) support it
    config = helpers.notebooks._kernel_config()
    assert config == {"KernelManager": {"transport_encryption": "auto"}}
    # pyzmq without CURVE: nothing is configured, the kernel runs unencrypted as before
    monkeypatch.setattr(zmq, "has", lambda capability: False)
    assert "KernelManager" not in helpers.notebooks._kernel_config()


@pytest.mark.slow
def test_headless_run_prints_no_tcp_warning(tmp_path, capfd):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("print(6 * 7)")]
    path = tmp_path / "01_probe.ipynb"
    nbformat.write(nb, path)
    html = helpers.notebooks.run_notebook(path, build_dir=tmp_path / "build")
    executed = nbformat.read(tmp_path / "build" / "notebooks" / path.name, as_version=4)
    assert executed.cells[0].outputs[0]["text"] == "42\n"
    assert html.is_file()
    _out, err = capfd.readouterr()  # the kernel's own stderr is inherited at fd level
    assert "without encryption" not in err


def test_own_corpus_outputs_do_not_touch_committed_figures(tmp_path, monkeypatch):
    """--corpus without output folders writes under build/runs/<corpus name>/."""
    import helpers.notebooks as nbmod
    from helpers.__main__ import main

    corpus = tmp_path / "mine"
    corpus.mkdir()
    (corpus / "a.txt").write_text("عنوان\nنص الخبر", encoding="utf-8")
    seen = {}

    def fake_run_all(*, parameters, build_dir, run_folder):
        seen.update(parameters=dict(parameters), build=build_dir, run_folder=run_folder)
        return []

    monkeypatch.setattr(nbmod, "run_all", fake_run_all)
    assert main(["run", "--corpus", str(corpus)]) == 0
    run_dir = nbmod.PROJECT_ROOT / "build" / "runs" / "mine"
    assert seen["parameters"] == {
        "CORPUS": str(corpus.resolve()),
        "PROCESSED": str(run_dir / "processed"),
        "FIGURES": str(run_dir / "figures"),
    }
    assert seen["build"] == seen["run_folder"] == run_dir
    # named folders win
    assert main(["run", "--corpus", str(corpus), "--figures", str(tmp_path / "f")]) == 0
    assert seen["parameters"]["FIGURES"] == str((tmp_path / "f").resolve())
