"""Headless Chromium for the tests that open an export as a reader does.

Debian's Chromium (``apt-get install chromium``; .ci/run installs it). Where it is
absent, :data:`CHROMIUM` is None and the tests that need it skip with a message
(:data:`NO_CHROMIUM`).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
NO_CHROMIUM = "Chromium not installed (apt-get install chromium; .ci/run installs it)"


def dump_dom(page: Path, profile: Path, budget_ms: int | None = None) -> str:
    """The DOM of ``page`` after loading, as headless Chromium serialises it.

    ``profile`` is a fresh user-data folder; ``budget_ms`` (milliseconds of virtual
    time) lets timers of the page run before the DOM is dumped. Fails the test with
    Chromium's last 2,000 characters of stderr when it exits non-zero."""
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ]
    if budget_ms is not None:
        flags.append(f"--virtual-time-budget={budget_ms}")
    proc = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def interactive_page(path: Path, show, tail: str = "") -> Path:
    """Writes to ``path`` the page a notebook export holds for one
    ``helpers.display.interactive_table`` call: ``show()`` makes the call, and the
    bundle it displays first (itables' offline JavaScript, once a notebook) comes before
    the table, then ``tail`` (a probe script). The page's title is «t»: a payload that
    ran would change it. Returns ``path``."""
    from unittest import mock

    with mock.patch("IPython.display.display") as display:
        table = show().data
    bundle = "".join(call.args[0].data for call in display.call_args_list)
    path.write_text(
        f"<html><head><meta charset='utf-8'><title>t</title></head><body>{bundle}{table}"
        f"{tail}</body></html>",
        encoding="utf-8",
    )
    return path
