"""Showing tables of Arabic text in Jupyter: right-to-left, HTML-escaped.

Corpus text may hold markup (scraped pages), so every cell is HTML-escaped: nothing
from a corpus can run as script in a notebook. Each cell's direction follows its
first strong character (CSS ``unicode-bidi: plaintext``, the equivalent of
``dir="auto"``), so Arabic cells read right-to-left and Latin ones left-to-right, and
the full stop and ٪ land on the right side.
"""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["rtl_table"]


def _cell(value: object) -> str:
    if isinstance(value, list | tuple):
        value = " | ".join(map(str, value))
    if isinstance(value, float):
        value = f"{value:,.3g}" if abs(value) < 1e4 else f"{value:,.0f}"
    return html.escape(str(value))


def rtl_table(df: pd.DataFrame, *, max_rows: int = 50, caption: str | None = None):
    """Render ``df`` as an escaped, right-to-left HTML table for Jupyter.

    Parameters
    ----------
    df : DataFrame
        Any table; list cells are shown ``" | "``-joined, floats to 3 significant digits.
    max_rows : int
        Rows shown; a note says how many were left out.
    caption : str, optional
        Shown above the table (escaped).

    Returns
    -------
    IPython.display.HTML
        Displays itself in a notebook; ``.data`` holds the HTML string.
    """
    from IPython.display import HTML

    head = df.head(max_rows)
    cells = (
        "text-align:start;unicode-bidi:plaintext;padding:2px 8px;vertical-align:top;"
        "white-space:pre-wrap"
    )
    rows = [
        "<tr>"
        + "".join(f'<th style="{cells}">{html.escape(str(c))}</th>' for c in head.columns)
        + "</tr>"
    ]
    for rec in head.itertuples(index=False):
        rows.append("<tr>" + "".join(f'<td style="{cells}">{_cell(v)}</td>' for v in rec) + "</tr>")
    cap = f'<caption dir="auto">{html.escape(caption)}</caption>' if caption else ""
    more = f'<p dir="ltr">… {len(df) - max_rows} more rows</p>' if len(df) > max_rows else ""
    return HTML(
        f'<div dir="rtl"><table class="khabar-table" dir="rtl">{cap}{"".join(rows)}</table>'
        f"{more}</div>"
    )
