"""Reading an ``interactive_table`` export as a reader sees it (session 20, itables20).

itables embeds a table's rows as JSON (``data_json``): a text cell as its (escaped)
text, a number cell as its rank in its column's ordered texts, which a ``render``
function of ``columnDefs`` holds (``var categories = [...]``). :func:`cells` gives each
row's texts as DataTables shows them, :func:`ranks` each row's sort values, and
:func:`fallback_cells` the texts of the static table shown without JavaScript.
"""

from __future__ import annotations

import json
import re


def _args(html: str) -> tuple[list, dict[int, list[str]]]:
    raw = re.search(r'"data_json": "(.*?)",\n', html).group(1)
    rows = json.loads(json.loads('"' + raw + '"'))
    defs = json.loads(re.search(r'"columnDefs": (.*),\n', html).group(1))
    texts = {}
    for d in defs:
        m = re.search(r"var categories = (.*); return type", d.get("render", ""))
        if m:
            texts[d["targets"]] = json.loads(m.group(1))
    return rows, texts


def cells(html: str) -> list[list[str]]:
    """Each row's cells as DataTables shows them (text, HTML-escaped as embedded)."""
    rows, texts = _args(html)
    return [[texts[i][v - 1] if i in texts else v for i, v in enumerate(row)] for row in rows]


def ranks(html: str) -> list[list[object]]:
    """Each row's sort values: a number column's rank (1 = the first category), any
    other cell as embedded."""
    return _args(html)[0]


def fallback_cells(html: str, table: str = "khabar-table-1") -> list[str]:
    """The texts of the body cells of the static table itables adds for a reader
    without JavaScript (``<div id="<table>_fallback">``), row by row."""
    start = html.find(f'<div id="{table}_fallback">')
    assert start >= 0
    body = html[html.find("<tbody>", start) : html.find("</tbody>", start)]
    return re.findall(r"<td[^>]*>([^<]*)</td>", body)
