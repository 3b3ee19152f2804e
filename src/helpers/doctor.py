"""``python -m helpers doctor``: what this machine does with Arabic text.

Reports the Python and the Jupyter kernel in use, the versions of the libraries that
decide how Arabic is drawn, whether matplotlib and Pillow shape and reorder Arabic
themselves (with the evidence, :func:`helpers.charts.renderer_capabilities`), the
Arabic font chosen and its coverage of Latin letters, digits and punctuation.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
from pathlib import Path

__all__ = ["kernel_info", "main", "report"]

PACKAGES = (
    "khabar",
    "matplotlib",
    "pillow",
    "wordcloud",
    "arabic-reshaper",
    "python-bidi",
    "fontpkg-noto-sans-arabic",
    "pandas",
    "numpy",
    "ipykernel",
    "uharfbuzz",
)
# Characters a label may hold beyond Arabic letters: Latin, digits, brackets, signs.
COVERAGE_SAMPLE = "AZaz09()[]«»−-%٪.،؛؟٠٩…"


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def kernel_info() -> dict[str, str]:
    """The interpreter running now and the ``khabar`` Jupyter kernel, if registered.

    Returns
    -------
    dict
        ``python`` (path of this interpreter), ``running_in_kernel`` ("yes"/"no"),
        ``khabar_kernelspec`` (folder of the kernelspec or "not registered"),
        ``kernel_python`` (the interpreter that kernel starts), ``same_python``.
    """
    info = {
        "python": sys.executable,
        "python_version": sys.version.split()[0],
        "running_in_kernel": "yes" if "ipykernel" in sys.modules else "no",
    }
    try:
        from jupyter_client.kernelspec import KernelSpecManager

        spec = KernelSpecManager().get_kernel_spec("khabar")
        info["khabar_kernelspec"] = str(spec.resource_dir)
        kernel_python = spec.argv[0] if spec.argv else "?"
        info["kernel_python"] = kernel_python
        same = Path(kernel_python).resolve() == Path(sys.executable).resolve()
        info["same_python"] = "yes" if same else "no"
    except Exception as exc:
        info["khabar_kernelspec"] = f"not registered ({type(exc).__name__})"
    return info


def report() -> str:
    """The doctor report as text (what :func:`main` prints)."""
    from matplotlib import font_manager

    from helpers.charts import find_arabic_font, missing_glyphs, renderer_capabilities
    from helpers.charts.fonts import FALLBACK_FAMILY, resolved_font_path

    lines = ["khabar doctor", "", "Python and kernel"]
    for key, value in kernel_info().items():
        lines.append(f"  {key:18} {value}")
    lines += ["", "Versions"]
    for name in PACKAGES:
        lines.append(f"  {name:26} {_version(name)}")
    lines += ["", "Renderers (does it shape and reorder Arabic itself?)"]
    for row in renderer_capabilities().itertuples(index=False):
        lines.append(
            f"  {row.renderer:10} {row.version:8} shapes={row.shapes!s:5} "
            f"reorders={row.reorders!s:5} {row.engine}"
        )
        lines.append(f"  {'':10} evidence: {row.evidence}")
    lines += ["", "Fonts"]
    info = find_arabic_font()
    lines.append(f"  Arabic font      {info.family} ({info.source})")
    lines.append(f"  file             {info.path}")
    lines.append(f"  matplotlib draws {resolved_font_path(info.family)}")
    dejavu = font_manager.findfont(FALLBACK_FAMILY, fallback_to_default=False)
    lines.append(f"  fallback         {FALLBACK_FAMILY} ({dejavu})")
    for renderer in ("matplotlib", "pillow"):
        missing = missing_glyphs([COVERAGE_SAMPLE], renderer=renderer, warn=False)
        status = "all present" if not missing else "missing " + json.dumps(missing)
        lines.append(f"  coverage of {COVERAGE_SAMPLE!r} for {renderer}: {status}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print :func:`report`; return 0 (the process exit code)."""
    print(report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
