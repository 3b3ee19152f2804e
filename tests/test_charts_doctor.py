"""The ``python -m helpers doctor`` report."""

from __future__ import annotations

import sys
import types
from pathlib import Path

from helpers import doctor


def test_doctor_report_names_renderers_fonts_versions_and_kernel(capsys):
    assert doctor.main() == 0
    out = capsys.readouterr().out
    assert f"python             {sys.executable}" in out
    # the key is printed even when the kernel is "not registered": check its value
    kernel_dir = Path(sys.prefix) / "share" / "jupyter" / "kernels" / "khabar"
    assert f"khabar_kernelspec  {kernel_dir}\n" in out
    assert "matplotlib                 3.11.2" in out
    assert "matplotlib 3.11.2   shapes=True  reorders=True  libraqm 0.10.5" in out
    assert "Arabic font      Noto Sans Arabic (python package fontpkg-noto-sans-arabic)" in out
    assert "for matplotlib: all present" in out


def test_kernel_info_keys(monkeypatch):
    monkeypatch.delitem(sys.modules, "ipykernel", raising=False)
    info = doctor.kernel_info()
    assert info["python"] == sys.executable
    assert info["running_in_kernel"] == "no"
    # make setup registers the khabar kernel inside the venv, running this interpreter
    kernel_dir = Path(sys.prefix) / "share" / "jupyter" / "kernels" / "khabar"
    assert info["khabar_kernelspec"] == str(kernel_dir)
    assert info["same_python"] == "yes"
    monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))
    assert doctor.kernel_info()["running_in_kernel"] == "yes"
