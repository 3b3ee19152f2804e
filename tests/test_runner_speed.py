"""Issue 10, the two-story job's CPU (session 6, branch `runner`): what was cut must not
change what is written. The text-layout cache of save_figure gives the bytes matplotlib
gives without it; the lexicon's data file is found without importing wordfreq; a warm
cache entry starts no tables process; papermill no longer rewrites the executed
notebook at every cell; show_figure keeps a file name, not the image; make echoes one
clean command."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import matplotlib as mpl
import pytest
from matplotlib.figure import Figure

import helpers.notebooks as nbmod
from helpers.charts import save_figure, show_figure
from helpers.charts.fonts import font_family, text_layout_cache
from helpers.charts.save import _SAVED_PNG, _render
from helpers.charts.style import SVG_HASHSALT
from helpers.display import PROJECT_ROOT

RC = {"svg.hashsalt": SVG_HASHSALT, "svg.fonttype": "path", "pdf.fonttype": 42}


def _figure() -> Figure:
    """Arabic and Latin labels, a wrapped two-line title, a legend, constrained layout:
    every kind of text the layout measures."""
    fig = Figure(figsize=(5, 3.5), layout="constrained")
    ax = fig.add_subplot()
    ax.barh(["لافروف", "العراق", "Reuters (AP)"], [3, 5, 2], label="عدد المرات")
    ax.set_xlabel("مرات الذكر − per 1,000")
    ax.set_title("أكثر الأسماء\nفي القصتين", fontfamily=font_family())
    for label in ax.get_yticklabels():
        label.set_fontfamily(font_family())
    fig.legend(loc="outside lower center")
    fig.suptitle("عنوان الشكل", fontsize=14, fontfamily=font_family())
    return fig


def _plain() -> list[bytes]:
    """The PNG, then the SVG of one figure as matplotlib writes them without the cache,
    with save_figure's settings (in that order: the SVG of a figure drawn before as PNG
    is not byte for byte that of a fresh figure)."""
    fig = _figure()
    with mpl.rc_context(RC):
        return [_render(fig, fmt, 200).getvalue() for fmt in ("png", "svg")]


def test_the_text_layout_cache_writes_the_bytes_matplotlib_writes_without_it(tmp_path):
    png, svg = save_figure(_figure(), "f", tmp_path)
    assert [png.read_bytes(), svg.read_bytes()] == _plain()


def test_the_text_layout_cache_leaves_matplotlib_as_it_was():
    import matplotlib.text as mtext
    from matplotlib import font_manager

    before = (mtext.get_font, mtext._get_text_metrics_with_cache)
    with text_layout_cache():
        assert "_find_fonts_by_props" in vars(font_manager.fontManager)
        with text_layout_cache():  # nested: the outer block's
            pass
        assert mtext.get_font is not before[0]
    assert (mtext.get_font, mtext._get_text_metrics_with_cache) == before
    assert "_find_fonts_by_props" not in vars(font_manager.fontManager)


def test_the_lexicon_file_is_found_without_importing_wordfreq():
    code = (
        "import sys\n"
        "from helpers.text.lexicon import _data_file\n"
        "path = _data_file()\n"
        "assert 'wordfreq' not in sys.modules, 'wordfreq imported'\n"
        "from wordfreq import available_languages\n"
        "assert path == available_languages('large')['ar'], path\n"
        "assert path.endswith('large_ar.msgpack.gz')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_complete_cache_entry_starts_no_tables_process(tmp_path):
    from helpers.study import prepare_study

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"title": "لافروف في بغداد", "body": "قال لافروف إن العراق شريك."}\n'
        '{"title": "الطقس", "body": "الجو حار جدا هذا الأسبوع."}\n',
        encoding="utf-8",
    )
    notebooks = PROJECT_ROOT / "notebooks"
    cache = tmp_path / "cache"
    entry = prepare_study(corpus, cache)  # what the child makes (absolute corpus path)
    job = nbmod._cached_entry(str(corpus), cache, {"CORPUS": str(corpus)}, notebooks)
    assert job is not None and job.process is None and not job.computing
    assert job.entry == entry.absolute()
    assert job.stories == 2
    assert job.wait() == job.entry
    # options to check against the stories, or another corpus file: the child's work
    for params in ({"GROUP_BY": "outlet"}, {"TARGET": "c-01"}, {"WORKERS": 2}):
        assert nbmod._cached_entry(str(corpus), cache, params, notebooks) is None
    other = tmp_path / "d.jsonl"
    shutil.copy(corpus, other)
    assert nbmod._cached_entry(str(other), cache, {}, notebooks) is None
    assert nbmod._cached_entry(str(tmp_path / "missing.jsonl"), cache, {}, notebooks) is None


@pytest.mark.slow
def test_papermill_writes_the_executed_notebook_at_start_and_end_only(tmp_path, monkeypatch):
    import nbformat
    import papermill.engines

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(f"x{i} = {i}") for i in range(4)]
    nb.cells.append(nbformat.v4.new_code_cell("print(x3)"))
    path = tmp_path / "n.ipynb"
    nbformat.write(nb, path)
    writes = []
    real = papermill.engines.write_ipynb
    monkeypatch.setattr(
        papermill.engines, "write_ipynb", lambda nb, p: (writes.append(p), real(nb, p))
    )
    executed = tmp_path / "out" / "n.ipynb"
    nbmod._execute(path, executed, {}, None, 60, executed)
    # the engine's saves: notebook_start and notebook_complete (papermill's own final
    # write is in papermill.execute); before, two more for each of the five cells
    assert writes == [str(executed), str(executed)]
    out = nbformat.read(executed, as_version=4)
    assert out.cells[-1].outputs[0]["text"] == "3\n"
    assert all(c.metadata.papermill["status"] == "completed" for c in out.cells)


def test_show_figure_keeps_the_file_name_not_the_image(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: shown.append(obj))
    fig = Figure(figsize=(3, 2))
    fig.add_subplot().plot([1, 2], [2, 1])
    png, _ = save_figure(fig, "f", tmp_path)
    kept = getattr(fig, _SAVED_PNG)
    assert kept[0] == png and not any(isinstance(v, bytes | bytearray) for v in kept)
    show_figure(fig, alt="a")
    import base64

    assert base64.b64decode(shown[-1]["image/png"]) == png.read_bytes()
    # the file replaced by another image: the figure is drawn, not the other file shown
    other = io.BytesIO()
    Figure(figsize=(1, 1)).savefig(other, format="png")
    png.write_bytes(other.getvalue())
    show_figure(fig, alt="a")
    assert base64.b64decode(shown[-1]["image/png"]) != other.getvalue()
    png.unlink()  # and the file gone: drawn too
    show_figure(fig, alt="a")
    assert base64.b64decode(shown[-1]["image/png"])[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.skipif(shutil.which("make") is None, reason="no make on this machine")
def test_make_run_echoes_one_clean_command(tmp_path):
    stamp = Path(".venv/.khabar-installed")
    args = ["make", "-n", "-o", str(stamp), "-C", str(PROJECT_ROOT)]
    plain = subprocess.run([*args, "run"], capture_output=True, text=True, check=True)
    lines = [ln for ln in plain.stdout.splitlines() if "helpers run" in ln]
    assert lines == [".venv/bin/python -m helpers run"], plain.stdout
    assert "\\" not in plain.stdout
    given = subprocess.run(
        [*args, "run", "CORPUS=/x/y z", "JOBS=1"], capture_output=True, text=True, check=True
    )
    lines = [ln for ln in given.stdout.splitlines() if "helpers run" in ln]
    assert lines == [".venv/bin/python -m helpers run --corpus \"/x/y z\" --jobs '1'"], lines
