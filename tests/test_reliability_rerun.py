"""Re-running the main job over its own outputs gives byte-identical files."""

import hashlib

import pytest

from helpers.notebooks import PROJECT_ROOT, run_all


def _digests(*folders):
    out = {}
    for folder in folders:
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                out[f.relative_to(folder.parent).as_posix()] = hashlib.sha256(
                    f.read_bytes()
                ).hexdigest()
    return out


@pytest.mark.slow
def test_main_job_rerun_is_byte_identical(tmp_path):
    processed, figures = tmp_path / "processed", tmp_path / "figures"
    params = {
        "CORPUS": str(PROJECT_ROOT / "data" / "raw"),
        "PROCESSED": str(processed),
        "FIGURES": str(figures),
    }
    run_all(parameters=params, build_dir=tmp_path / "build1")
    first = _digests(processed, figures)
    assert first, "the main job wrote no tables or figures"
    run_all(parameters=params, build_dir=tmp_path / "build2")  # over the existing outputs
    second = _digests(processed, figures)
    changed = sorted(k for k in first if first[k] != second.get(k))
    assert changed == [], f"outputs differ between runs: {changed}"
    assert sorted(second) == sorted(first)
    # no temporary files left behind by atomic writes
    assert not [k for k in second if k.rsplit("/", 1)[-1].startswith(".")]
