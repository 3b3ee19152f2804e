"""tables.xlsx of a run's processed folder: CPU seconds to write it
(helpers.notebooks._write_workbook) and to read it back with pandas (every sheet).

Usage: PYTHONPATH=src .venv/bin/python benchmarks/bench_workbook.py COPY_OF_PROCESSED CELLS

COPY_OF_PROCESSED: a copy of a run's processed folder (its tables.xlsx is written over);
CELLS: helpers.notebooks.WORKBOOK_RANKED_CELLS for this measure (a ranked table of more
cells keeps its top ranks). Prints one line; CPU seconds do not depend on the load, wall
seconds (in brackets) do.
"""

import sys
import time
from pathlib import Path

import pandas as pd

import helpers.notebooks as nb


def main() -> None:
    folder, cells = Path(sys.argv[1]), int(sys.argv[2])
    nb.WORKBOOK_RANKED_CELLS = cells
    (folder / "tables.xlsx").unlink(missing_ok=True)
    t0, c0 = time.perf_counter(), time.process_time()
    out = nb._write_workbook(folder)
    t1, c1 = time.perf_counter(), time.process_time()
    sheets = pd.read_excel(out, sheet_name=None)
    t2, c2 = time.perf_counter(), time.process_time()
    rows = sum(len(s) for s in sheets.values())
    terms = len(sheets.get("term_frequencies", []))
    print(
        f"ranked cells {cells:,}: write {c1 - c0:.1f} CPU s ({t1 - t0:.1f} wall), read back "
        f"{c2 - c1:.1f} CPU s ({t2 - t1:.1f} wall), {out.stat().st_size / 1e6:.1f} MB, "
        f"{rows:,} rows in {len(sheets)} sheets; term_frequencies {terms:,} rows"
    )


if __name__ == "__main__":
    main()
