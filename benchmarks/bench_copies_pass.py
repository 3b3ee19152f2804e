"""CPU seconds of corpus_tables' pass 0 (site-boilerplate rules) and pass 0b (copies on
the bodies once site text is cut, session 19) on one process.

Usage: ``PYTHONPATH=src python benchmarks/bench_copies_pass.py FOLDER`` (a folder of
SaudiNewsNet day zips; the fields are SaudiNewsNet's). Prints both times and the copies.
"""

import sys
import time
import warnings

from helpers.cluster import tables
from helpers.corpus import corpus_files

FIELDS = {"body": "content", "outlet": "source", "date": "date_extracted"}


def main(root: str) -> None:
    """Time both passes over ``root``'s files and print them (CPU s, copies found)."""
    warnings.simplefilter("ignore")
    spec = tables._Spec(root, FIELDS, None, "strict", (1,), ("title", "body"), 500, False, False)
    items = [str(f) for f in corpus_files(root)]
    start = time.process_time()
    spec.rules, _ = tables._first_pass_local(items, spec)
    first = time.process_time() - start
    start = time.process_time()
    dropped = tables._copies_local(items, spec)
    second = time.process_time() - start
    print(f"pass 0 {first:.2f} s CPU, pass 0b {second:.2f} s CPU, copies {len(dropped)}")


if __name__ == "__main__":
    main(sys.argv[1])
