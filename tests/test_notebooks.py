"""The notebooks: committed clean, parameterised, and every one runs on the embedded corpus."""

import json
import re

import pytest
from jsonl_files import write_jsonl

from helpers.notebooks import PROJECT_ROOT, find_notebooks, run_notebook

NOTEBOOKS = find_notebooks(PROJECT_ROOT / "notebooks")
EXPECTED = {"01_corpus", "02_term_frequencies", "03_entities", "04_compare_stories"}


def _load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_numbered_notebooks_exist():
    assert {p.stem for p in NOTEBOOKS} >= EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    nb = _load(path)
    dirty = [
        i
        for i, c in enumerate(nb["cells"])
        if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))
    ]
    assert dirty == [], f"{path.name}: cells {dirty} carry outputs; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_parameters_cell_and_kernel(path):
    nb = _load(path)
    assert nb["metadata"]["kernelspec"]["name"] == "khabar"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    first = code[0]
    assert "parameters" in first.get("metadata", {}).get("tags", [])
    src = "".join(first["source"])
    for name in ("CORPUS", "PROCESSED", "FIGURES"):
        assert re.search(rf"^{name} = ", src, re.M), f"{path.name}: parameters lack {name}"
    everything = "\n".join("".join(c["source"]) for c in code)
    assert "sys.path" not in everything, "notebooks find helpers through the kernel"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_embedded_corpus(path, tmp_path):
    html = run_notebook(
        path,
        build_dir=tmp_path / "build",
        parameters={
            "CORPUS": str(PROJECT_ROOT / "data" / "raw"),
            "PROCESSED": str(tmp_path / "processed"),
            "FIGURES": str(tmp_path / "figures"),
        },
    )
    text = html.read_text(encoding="utf-8")
    assert "Traceback" not in text
    # charts are drawn as images, not printed as "<Figure size 750x800 with 1 Axes>"
    assert "&lt;Figure size" not in text
    # every image says what it shows (helpers.charts.show_figure), none nbconvert's default
    assert "No description has been provided" not in text
    if path.stem in ("02_term_frequencies", "03_entities", "04_compare_stories"):
        assert 'alt="رسم بياني: ' in text
    # the committed figures are exactly what the notebook draws: byte-for-byte reproducible
    # a notebook's figures are named after its number (02_top_terms_...); the set drawn
    # equals the set committed, so a notebook that stops drawing fails here too
    prefix = path.stem.split("_", 1)[0] + "_"
    drawn = sorted((tmp_path / "figures").glob("*"))
    committed = sorted((PROJECT_ROOT / "figures").glob(f"{prefix}*"))
    assert [f.name for f in drawn] == [f.name for f in committed], path.name
    for fig in drawn:
        committed_fig = PROJECT_ROOT / "figures" / fig.name
        assert committed_fig.read_bytes() == fig.read_bytes(), f"figures/{fig.name} is out of date"


ONE_STORY = """الرئيس يزور الرياض

زار الرئيس الرياض اليوم وقال: «نحن هنا للحوار».
"""


@pytest.mark.slow
@pytest.mark.parametrize("name", ["04_compare_stories", "05_quotes_and_context"])
def test_one_story_corpus_has_nothing_to_compare(name, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(ONE_STORY, encoding="utf-8")
    html = run_notebook(
        PROJECT_ROOT / "notebooks" / f"{name}.ipynb",
        build_dir=tmp_path / "build",
        parameters={
            "CORPUS": str(corpus),
            "PROCESSED": str(tmp_path / "processed"),
            "FIGURES": str(tmp_path / "figures"),
        },
    )
    text = html.read_text(encoding="utf-8")
    assert "لا شيء يُقارن" in text
    assert "SelectionError" not in text and "Traceback" not in text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_has_the_unit_parameters_and_says_what_next(path):
    nb = _load(path)
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    params = "".join(code[0]["source"])
    for name in ("FIELDS", "GROUP_BY"):
        assert re.search(rf"^{name} = ", params, re.M), f"{path.name}: parameters lack {name}"
    cells = ["".join(c["source"]) for c in nb["cells"]]
    assert "**The question:**" in cells[0] and "GROUP_BY" in cells[0]
    assert cells[-1].startswith("## What to look at next")
    # the unit is chosen by the one helper, never by a copy of the rule
    assert any("open_study(" in c for c in cells)


def _grouped_corpus(path):
    """12 stories of three outlets on four days, cut from the embedded stories' paragraphs."""
    from helpers.corpus import load_corpus

    paras = [p for ps in load_corpus(PROJECT_ROOT / "data" / "raw")["paragraphs"] for p in ps]
    records = []
    for i in range(12):
        body = "\n\n".join(paras[(i * 3 + k) % len(paras)] for k in range(4))
        record = {
            "id": f"n{i:02d}",
            "title": paras[i % len(paras)][:60],
            "body": body,
            "outlet": ["okaz", "aawsat", "sabq"][i % 3],
            "date": f"2015-07-2{i % 4}",
        }
        records.append(record)
    write_jsonl(path, records)


@pytest.mark.slow
def test_more_than_eight_stories_are_compared_by_outlet(tmp_path):
    from PIL import Image

    corpus = tmp_path / "stories.jsonl"
    _grouped_corpus(corpus)
    figures = tmp_path / "figures"
    for path in NOTEBOOKS:
        html = run_notebook(
            path,
            build_dir=tmp_path / "build",
            parameters={
                "CORPUS": str(corpus),
                "PROCESSED": str(tmp_path / "processed"),
                "FIGURES": str(figures),
            },
        )
        text = html.read_text(encoding="utf-8")
        assert "Traceback" not in text, path.name
        # the unit line (Unit.describe, Arabic since session 20) rendered as HTML, its
        # Markdown marks gone, its counts agreeing (3 outlets, 12 stories)
        assert "كل قيمة من قيم العمود" in text, path.name
        assert "**`outlet`**" not in text, path.name
        assert "(3 مجموعات، 12 قصة)" in text, path.name
    names = sorted(f.stem for f in figures.glob("*.png"))
    # no per-story figure past 8 stories: one figure per view
    assert not [n for n in names if "n0" in n or "n1" in n], names
    assert {"01_stories_over_time", "02_top_terms_by_group", "03_entities_by_group"} <= set(names)
    assert {"04_keyness", "05_quotes_by_group"} <= set(names)
    for png in figures.glob("*.png"):
        with Image.open(png) as im:
            assert max(im.size) <= 4000, png.name
