"""What the site-boilerplate pass and the scraping-artefact repair remove from
SaudiNewsNet, per outlet and rule (not a speed benchmark: counts; plus the pass's time).

    .venv/bin/python benchmarks/bench_boilerplate.py [CORPUS]

For each outlet and rule of the cleaning report (``reason`` without its story counts):
stories touched, paragraphs changed, and word tokens removed (``helpers.text.tokenize``
tokens of kind ``word``/``latin``/``abbrev`` in the report's ``text`` minus those in
``kept``), with the outlet's word tokens before cleaning for the share. Prints a
markdown table for benchmarks/README.md. Skips with a message when the corpus is absent.
"""

from __future__ import annotations

import re
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd
from saudinewsnet import FIELDS, find_corpus

from helpers.corpus import load_corpus
from helpers.text import tokenize

WORDS = {"word", "latin", "abbrev"}


def words(text: str) -> int:
    if not text:
        return 0
    return int(tokenize(text)["kind"].isin(WORDS).sum())


def rule(reason: str) -> str:
    """The rule of a report reason without its numbers: ``site boilerplate (footer:
    a block with «سمات»)``, ``site boilerplate (header: edge words)``."""
    if reason.startswith("site boilerplate"):
        parts = []
        for m in re.finditer(r"(header|footer) of [^:]*: (a block with «[^»]*»|in)", reason):
            parts.append(f"{m.group(1)}: {'edge words' if m.group(2) == 'in' else m.group(2)}")
        return "site boilerplate (" + "; ".join(parts) + ")"
    return reason


def main() -> int:
    corpus = find_corpus(sys.argv[1] if len(sys.argv) > 1 else None)
    if corpus is None:
        print("SaudiNewsNet is not here (../shared/corpora/saudinewsnet): nothing to measure")
        return 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0 = time.perf_counter()
        raw = load_corpus(corpus, fields=FIELDS, boilerplate=False, progress=False)
        t1 = time.perf_counter()
        st, rep = load_corpus(corpus, fields=FIELDS, return_report=True, progress=False)
        t2 = time.perf_counter()
    print(f"load_corpus: boilerplate=False {t1 - t0:.1f} s, with the pass {t2 - t1:.1f} s")
    outlet = dict(zip(raw["story_id"], raw["outlet"], strict=True))
    tokens = raw.groupby("outlet")["body"].apply(lambda b: sum(words(x) for x in b))
    stories = raw["outlet"].value_counts()
    keep = rep["reason"].str.startswith("site boilerplate") | rep["reason"].str.startswith(
        "scraping artefact"
    )
    rows = rep[keep & (rep["action"] != "skipped")].copy()
    rows["outlet"] = rows["story_id"].map(outlet)
    rows["rule"] = rows["reason"].map(rule)
    rows["removed"] = [words(t) - words(k) for t, k in zip(rows["text"], rows["kept"], strict=True)]
    table = (
        rows.groupby(["outlet", "rule"])
        .agg(
            stories=("story_id", "nunique"), paragraphs=("text", "size"), tokens=("removed", "sum")
        )
        .reset_index()
    )
    print(f"\n{len(st):,} stories after cleaning, {len(raw):,} before the pass\n")
    print("| outlet | rule | stories | of | paragraphs | word tokens removed | of the outlet's |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in table.itertuples(index=False):
        share = r.tokens / tokens[r.outlet]
        print(
            f"| {r.outlet} | {r.rule} | {r.stories:,} | {stories[r.outlet]:,} | {r.paragraphs:,} "
            f"| {r.tokens:,} | {share:.2%} |"
        )
    total = pd.Series({"stories": rows["story_id"].nunique(), "tokens": rows["removed"].sum()})
    print(
        f"\nall: {total['stories']:,} stories, {total['tokens']:,} word tokens of {tokens.sum():,}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
