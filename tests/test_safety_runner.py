"""Issue 14 items 3 and 5, issue 10 item 4, issue 12 item 2: the main job's options,
lock, staging, output checks and per-cell limit."""

from __future__ import annotations

import json
import subprocess
import sys

import nbformat
import pytest
from runner_notebooks import notebook

import helpers.notebooks as nbmod
from helpers.__main__ import main
from helpers.errors import OutputError
from helpers.notebooks import (
    LOCK,
    MANIFESTS,
    NotebookError,
    NotebookTimeoutError,
    OutputLock,
    _Staging,
    check_output_folder,
    run_all,
)


@pytest.fixture
def recorded(monkeypatch):
    calls = []

    def record(**kwargs):
        calls.append(kwargs)
        return []

    monkeypatch.setattr(nbmod, "run_all", record)
    return calls


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("عنوان\nنص\n", encoding="utf-8")
    return path


def _error_line(capsys) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_options_become_notebook_parameters(corpus, tmp_path, recorded):
    argv = ["run", "--corpus", str(corpus), "--processed", str(tmp_path / "p")]
    argv += ["--figures", str(tmp_path / "f"), "--build", str(tmp_path / "b")]
    argv += ["--fields", '{"body": "content", "outlet": "source"}', "--group-by", "outlet"]
    argv += ["--target", '{"outlet": "aawsat"}', "--reference", "c-01"]
    argv += ["--workers", "2", "--timeout", "60", "--jobs", "1"]
    assert main(argv) == 0
    (call,) = recorded
    assert call["parameters"] == {
        "CORPUS": str(corpus),
        "PROCESSED": str(tmp_path / "p"),
        "FIGURES": str(tmp_path / "f"),
        "FIELDS": {"body": "content", "outlet": "source"},
        "GROUP_BY": "outlet",
        "TARGET": {"outlet": "aawsat"},
        "REFERENCE": "c-01",
        "WORKERS": 2,
    }
    assert call["timeout"] == 60 and call["jobs"] == 1
    recorded.clear()
    assert main(["run", "--scheduler", "tcp://10.0.0.5:8786", "--target", "123"]) == 0
    # a plain id stays text even when it looks like a JSON number
    assert recorded[0]["parameters"] == {"SCHEDULER": "tcp://10.0.0.5:8786", "TARGET": "123"}
    assert "timeout" not in recorded[0]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--workers", "0"], "error: --workers 0: give a whole number >= 1"),
        (["--workers", "two"], "error: --workers two: give a whole number >= 1"),
        (["--workers", "1.5"], "error: --workers 1.5: give a whole number >= 1"),
        (
            ["--workers", "2", "--scheduler", "tcp://h:8786"],
            "error: give --workers (a cluster on this machine) or --scheduler, not both",
        ),
        (["--timeout", "0"], "error: --timeout 0: give a whole number >= 1"),
        (["--jobs", "-1"], "error: --jobs -1: give a whole number >= 1"),
        (["--group-by", " "], "error: --group-by is empty: give story_id, a column or date:D/W/M"),
        (["--target", ""], "error: --target is empty: give a story id or a JSON selection"),
        (
            ["--fields", "{body: content}"],
            "error: --fields {body: content}: not JSON (Expecting property name enclosed in "
            """double quotes); give an object such as '{"body": "content", "outlet": "source"}'""",
        ),
        (
            ["--fields", '["body"]'],
            """error: --fields ["body"]: give a JSON object of names to names, such as """
            """'{"body": "content", "outlet": "source"}'""",
        ),
    ],
)
def test_bad_options_fail_in_one_line_before_any_kernel(capsys, recorded, argv, expected):
    assert main(["run", *argv]) == 1
    assert _error_line(capsys) == expected
    assert recorded == []


@pytest.fixture
def no_execution(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a notebook was executed: a kernel would have started")

    monkeypatch.setattr(nbmod, "_execute", refuse)


def test_unwritable_build_folder_fails_before_any_kernel(tmp_path, capsys, no_execution):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["run", "--build", str(blocker / "build")]) == 1
    assert _error_line(capsys) == (
        f"error: {blocker / 'build'}: a part of the folder path is a file, not a folder "
        "(choose another output folder or move that file)"
    )


def test_full_disk_fails_before_any_kernel(tmp_path, monkeypatch, capsys, no_execution):
    import shutil

    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(1, 1, 1000))
    assert main(["run", "--build", str(tmp_path / "b"), "--processed", str(tmp_path / "p")]) == 1
    assert _error_line(capsys) == (
        f"error: {tmp_path / 'p'}: the disk is (nearly) full: 0.0 MB free, the run needs at "
        "least 50 MB (free some space or choose an output folder on another disk)"
    )


def test_read_only_folder_is_an_output_error(tmp_path, monkeypatch):
    import errno
    import tempfile

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(OutputError) as e:
        check_output_folder(tmp_path)
    assert str(e.value) == (
        f"{tmp_path}: the folder is read-only or not writable (choose a folder you can write to)"
    )


def test_second_run_on_the_same_folder_fails_at_once_naming_the_holder(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from helpers.notebooks import OutputLock\n"
            f"with OutputLock([Path({str(out)!r})], about='corpus A'):\n"
            "    print('locked', flush=True)\n"
            "    time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "locked\n"
        assert main(["run", "--build", str(out), "--processed", str(out / "p")]) == 1
        line = _error_line(capsys)
        assert line.startswith(
            f"error: {out}: another khabar run is writing to this folder (pid {holder.pid} of "
        )
        assert ", corpus A) (wait for it to finish, or choose other output folders" in line
    finally:
        holder.kill()
        holder.wait()
    # the holder died: its lock went with it, a new run can take the folder
    with OutputLock([out]):
        assert (out / LOCK).is_file()
    assert not (out / LOCK).exists()


def test_lock_in_the_same_process_is_refused_too(tmp_path):
    with OutputLock([tmp_path], about="first"):
        with pytest.raises(OutputError, match=r"another khabar run .*, first\)"):
            OutputLock([tmp_path]).__enter__()
        assert (tmp_path / LOCK).is_file()
    assert list(tmp_path.iterdir()) == []


def test_staging_moves_files_only_on_success_and_removes_its_own_leftovers(tmp_path):
    target = tmp_path / "figures"
    target.mkdir()
    (target / "mine.png").write_bytes(b"user's own file")  # never written by khabar
    (target / "old.png").write_bytes(b"previous run")
    manifests = tmp_path / "build" / MANIFESTS
    staging = _Staging([target], manifests)
    manifests.mkdir(parents=True)
    staging.manifest(target).write_text("old.png\n", encoding="utf-8")
    # a failing run: nothing moves
    with pytest.raises(RuntimeError), staging:
        (staging.staged[target] / "new.png").write_bytes(b"half")
        raise RuntimeError("notebook failed")
    assert sorted(p.name for p in target.iterdir()) == ["mine.png", "old.png"]
    # a successful run: new files in place, the previous run's old.png gone, mine.png kept
    with staging:
        (staging.staged[target] / "new.png").write_bytes(b"new")
        staging.commit()
    assert sorted(p.name for p in target.iterdir()) == ["mine.png", "new.png"]
    assert staging.manifest(target).read_text(encoding="utf-8") == "new.png\n"
    assert (target / "mine.png").read_bytes() == b"user's own file"


WRITE = (
    "from pathlib import Path\n"
    "Path(PROCESSED).mkdir(parents=True, exist_ok=True)\n"
    "Path(PROCESSED, 'table.csv').write_text('new', encoding='utf-8')\n"
    "print('wrote', Path(PROCESSED, 'table.csv'))"
)


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_failed_run_leaves_previous_outputs_whole(tmp_path, jobs):
    nbs = tmp_path / "notebooks"
    notebook(nbs, "01_write.ipynb", WRITE)
    notebook(nbs, "02_fail.ipynb", "raise ValueError('boom')")
    notebook(nbs, "03_never.ipynb", WRITE.replace("table.csv", "late.csv"))
    processed = tmp_path / "processed"
    processed.mkdir()
    (processed / "table.csv").write_text("previous", encoding="utf-8")
    params = {"PROCESSED": str(processed), "FIGURES": str(tmp_path / "figures")}
    with pytest.raises(NotebookError) as e:
        run_all(nbs, build_dir=tmp_path / "build", parameters=params, jobs=jobs, workbook=False)
    assert str(e.value) == (
        f"{nbs / '02_fail.ipynb'}: cell 3 failed: ValueError: boom "
        f"(open {tmp_path / 'build' / 'failed' / '02_fail.ipynb'} to see the cell)"
    )
    assert (processed / "table.csv").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in processed.iterdir()) == ["table.csv"]
    assert (tmp_path / "build" / "failed" / "02_fail.ipynb").is_file()
    assert not (tmp_path / "build" / "html").exists()


@pytest.mark.slow
def test_two_lanes_report_the_failed_notebook_not_one_cancelled_before_it(tmp_path):
    """With two lanes the notebook that failed last time-longest starts first; when it
    fails, a notebook earlier in notebook order that never started is cancelled. The
    run raises the failed notebook's one-line error, never a bare CancelledError (a
    newcomer's run of notebook 04 with a bad selection ended in that traceback)."""
    nbs = tmp_path / "notebooks"
    notebook(nbs, "01_wait.ipynb", "import time\ntime.sleep(20)")
    notebook(nbs, "02_next.ipynb", WRITE)
    notebook(nbs, "03_never.ipynb", WRITE.replace("table.csv", "late.csv"))
    notebook(nbs, "04_fail.ipynb", "raise ValueError('bad target')")
    build = tmp_path / "build"
    (build / "notebooks").mkdir(parents=True)
    # 04 starts first with 01; when 04 fails, 02 takes its lane and 03 is cancelled
    for name, seconds in (("01_wait", 1), ("02_next", 1), ("03_never", 1), ("04_fail", 100)):
        record = {"metadata": {"papermill": {"duration": seconds}}}
        (build / "notebooks" / f"{name}.ipynb").write_text(json.dumps(record), encoding="utf-8")
    params = {"PROCESSED": str(tmp_path / "processed"), "FIGURES": str(tmp_path / "figures")}
    with pytest.raises(NotebookError) as e:
        run_all(nbs, build_dir=build, parameters=params, jobs=2, workbook=False)
    assert str(e.value).startswith(
        f"{nbs / '04_fail.ipynb'}: cell 3 failed: ValueError: bad target"
    )
    assert not (tmp_path / "processed" / "table.csv").exists()


@pytest.mark.slow
def test_run_writes_real_paths_and_identical_html_and_accepts_unknown_parameters(tmp_path):
    nbs = tmp_path / "notebooks"
    notebook(nbs, "01_write.ipynb", WRITE)
    processed = tmp_path / "processed"
    params = {"PROCESSED": str(processed), "FIGURES": str(tmp_path / "f"), "GROUP_BY": "outlet"}
    exports = []
    for build in ("b1", "b2"):
        (html,) = run_all(nbs, build_dir=tmp_path / build, parameters=params, workbook=False)
        assert html == tmp_path / build / "html" / "01_write.html"
        exports.append(html.read_text(encoding="utf-8").replace(str(tmp_path / build), "<b>"))
    # papermill's injected cell had a random id: two runs gave two different exports
    assert exports[0] == exports[1]
    # the output folder inside the notebooks' parent folder is passed (and shown) relative
    assert "wrote ../processed/table.csv" in exports[0]
    assert str(tmp_path) not in exports[0]
    assert ".khabar-run" not in exports[0]
    assert (processed / "table.csv").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in processed.iterdir()) == ["table.csv"]


@pytest.mark.slow
def test_cell_over_the_time_limit_ends_in_one_line(tmp_path):
    nbs = tmp_path / "notebooks"
    notebook(nbs, "01_slow.ipynb", "x = 1", "import time\ntime.sleep(60)")
    with pytest.raises(NotebookTimeoutError) as e:
        run_all(nbs, build_dir=tmp_path / "build", timeout=3, workbook=False)
    assert str(e.value) == (
        f"{nbs / '01_slow.ipynb'}: cell 4 (import time) ran longer than the per-cell limit "
        "of 3 s (give more time with --timeout SECONDS (make run TIMEOUT=...), or analyse a "
        "smaller corpus or fewer groups)"
    )


def test_corpus_named_dots_does_not_write_over_build(tmp_path, recorded):
    import hashlib

    corpus = tmp_path / "...txt"
    corpus.write_text("عنوان\nنص\n", encoding="utf-8")
    assert main(["run", "--corpus", str(corpus)]) == 0
    digest = hashlib.sha1(b"..").hexdigest()[:12]
    run_dir = nbmod.PROJECT_ROOT / "build" / "runs" / f"__~{digest}"
    assert recorded[0]["build_dir"] == run_dir
    assert recorded[0]["parameters"]["PROCESSED"] == str(run_dir / "processed")


def test_oversized_export_warns_naming_the_cell_to_shrink(tmp_path, monkeypatch):
    from helpers.notebooks import ExportSizeWarning, _export

    nb = nbformat.v4.new_notebook()
    small = nbformat.v4.new_code_cell("print('x')")
    big = nbformat.v4.new_code_cell("rtl_table(unigrams, max_rows=100000)")
    big.outputs = [nbformat.v4.new_output("stream", name="stdout", text="ب" * 2_000_000)]
    nb.cells = [small, big]
    executed = tmp_path / "02_terms.ipynb"
    nbformat.write(nb, executed)
    monkeypatch.setattr(nbmod, "EXPORT_WARN_BYTES", 1_000_000)
    with pytest.warns(ExportSizeWarning) as w:
        html, size = _export(executed, tmp_path / "02_terms.html", {})
    assert size > 4_000_000 and html.stat().st_size == size
    # other warnings (an event loop left by an earlier test) may be recorded too
    messages = [str(r.message) for r in w if r.category is ExportSizeWarning]
    assert messages == [
        f"{tmp_path / '02_terms.html'}: the HTML export is {size / 1e6:.0f} MB, over 1 MB; "
        "cell 2 (rtl_table(unigrams, max_rows=100000)) makes 4 MB of it: show fewer rows of "
        "that table (rtl_table max_rows) or fewer charts, or compare groups (--group-by) "
        "instead of stories"
    ]


def test_corpus_on_a_read_only_file_system_is_read(tmp_path, monkeypatch, recorded):
    """Nothing is written beside the corpus: every write under it fails as on a read-only
    mount, and loading and the command line still work."""
    import builtins
    import errno
    import os

    from helpers.corpus import load_corpus

    corpus = tmp_path / "ro"
    corpus.mkdir()
    (corpus / "a.txt").write_text("عنوان الخبر\nنص الخبر هنا\n", encoding="utf-8")
    real_open, real_os_open = builtins.open, os.open

    def guarded_open(file, mode="r", *args, **kwargs):
        if str(file).startswith(str(corpus)) and any(c in mode for c in "wax+"):
            raise OSError(errno.EROFS, "Read-only file system", str(file))
        return real_open(file, mode, *args, **kwargs)

    def guarded_os_open(path, flags, *args, **kwargs):
        writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if str(path).startswith(str(corpus)) and writing:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    stories = load_corpus(corpus)
    assert stories["title"].tolist() == ["عنوان الخبر"]
    assert main(["run", "--corpus", str(corpus)]) == 0
    assert recorded[0]["parameters"]["CORPUS"] == str(corpus)


@pytest.mark.slow
def test_a_10_mb_title_gives_a_small_notebook_and_the_full_title_in_the_csv(tmp_path):
    from helpers.notebooks import run_notebook

    title = "عنوان " * 1_666_667  # 10,000,002 characters on one line
    corpus = tmp_path / "huge.txt"
    corpus.write_text(title + "\n\nنص الخبر الأول.\n", encoding="utf-8")
    html = run_notebook(
        nbmod.PROJECT_ROOT / "notebooks" / "01_corpus.ipynb",
        build_dir=tmp_path / "build",
        parameters={
            "CORPUS": str(corpus),
            "PROCESSED": str(tmp_path / "p"),
            "FIGURES": str(tmp_path / "f"),
        },
    )
    # the whole title was shown before: an export larger than the title itself
    assert html.stat().st_size < 2_000_000
    import pandas as pd

    stories = pd.read_csv(tmp_path / "p" / "stories.csv", encoding="utf-8-sig")
    assert len(stories.loc[0, "title"]) == len(title.strip())


def test_drop_progress_cuts_tqdm_frames_and_keeps_other_output():
    """A tqdm bar's frames (stderr, each starting with a carriage return) and the line
    break that ends it leave the executed notebook; stdout, other stderr text and the
    other cells' outputs stay as they were."""
    import nbformat

    from helpers.notebooks import drop_progress

    def stream(name, text):
        return nbformat.v4.new_output("stream", name=name, text=text)

    bar = nbformat.v4.new_code_cell("loop()")
    bar.outputs = [
        stream("stderr", "a warning\n"),
        stream("stderr", "\rcorpus tables:   0%|          | 0/3 [00:00<?, ?partition/s]"),
        stream("stderr", "\rcorpus tables:  67%|██████▋   | 2/3 [00:12<00:06,  6.40s/partition]"),
        stream("stdout", "done\n"),
        stream("stderr", "\n"),
    ]
    plain = nbformat.v4.new_code_cell("print()")
    plain.outputs = [stream("stderr", "\n"), stream("stdout", "x | y [1]\n")]
    nb = nbformat.v4.new_notebook(cells=[bar, plain])

    assert drop_progress(nb) == 3
    assert [(o["name"], o["text"]) for o in bar.outputs] == [
        ("stderr", "a warning\n"),
        ("stdout", "done\n"),
    ]
    # no progress frame in this cell: its lone line break and its text stay
    assert [(o["name"], o["text"]) for o in plain.outputs] == [
        ("stderr", "\n"),
        ("stdout", "x | y [1]\n"),
    ]
