"""Benchmark: quote extraction on a real corpus, its growth with size, against tokenising.

Loads SaudiNewsNet (``../shared/corpora/saudinewsnet`` or ``--corpus``; without it the
script says so and exits 0) with ``fields={"body": "content", "outlet": "source", "date":
"date_extracted"}``, takes the first ``--small`` stories (default 2,000) and all stories
(20,329), and for each size measures, in one process, by CPU time
(:func:`time.process_time`, so other jobs on a shared machine weigh less than on wall
time):

(a) ``helpers.text.tokenize_zones`` on the zones of the same stories (the baseline: one
    pass over the same text, with clitics and keys);
(b) ``helpers.entities.extract_entities`` once (the mentions table the main job computes
    anyway; not part of the quotes step);
(c) ``helpers.quotes.extract_quotes(stories, mentions=m)``: the quotes step as the main
    job runs it;
(d) ``extract_quotes(stories)`` without mentions (which extracts entities itself): only
    with ``--without`` (it is (b) + (c)).

Reports CPU seconds, quotes found, and the ratios (c) 20k / (c) 2k (linear growth is the
ratio of the text sizes, about 10) and (c) / (a).

Usage: ``python benchmarks/bench_quotes.py [--corpus DIR] [--small 2000] [--without]
[--profile FILE]`` (``--profile`` writes cProfile stats of (c) on all stories).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from saudinewsnet import CORPUS, FIELDS  # noqa: E402  (this folder: the corpus, once)


def cpu(fn, *args, **kwargs):
    t0, w0 = time.process_time(), time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.process_time() - t0, time.perf_counter() - w0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--small", type=int, default=2000)
    ap.add_argument("--without", action="store_true", help="also time extract_quotes(stories)")
    ap.add_argument("--profile", type=Path, help="cProfile stats of (c) on all stories")
    args = ap.parse_args(argv)
    corpus = args.corpus
    if not corpus.is_dir():
        print(f"bench_quotes: no corpus at {args.corpus}; nothing measured")
        return 0

    from helpers.corpus import load_corpus, zones
    from helpers.entities import extract_entities
    from helpers.quotes import extract_quotes
    from helpers.text import tokenize_zones

    stories, t_load, _ = cpu(load_corpus, corpus, fields=FIELDS)
    print(f"loaded {len(stories):,} stories in {t_load:.1f} CPU s; load {os.getloadavg()}")
    sizes = [("small", stories.iloc[: args.small].reset_index(drop=True)), ("all", stories)]
    res = {}
    for name, st in sizes:
        z = zones(st)
        mb = sum(len(t.encode("utf-8")) for t in z["text"]) / 1e6
        _, t_tok, _ = cpu(tokenize_zones, z)
        m, t_ent, _ = cpu(extract_entities, st)
        if args.profile and name == "all":
            prof = cProfile.Profile()
            prof.enable()
        q, t_q, w_q = cpu(extract_quotes, st, mentions=m)
        if args.profile and name == "all":
            prof.disable()
            prof.dump_stats(args.profile)
        line = (
            f"{name}: {len(st):,} stories, {mb:.1f} MB; tokenize_zones {t_tok:.1f} s; "
            f"extract_entities {t_ent:.1f} s ({len(m):,} mentions); "
            f"extract_quotes(mentions=m) {t_q:.2f} CPU s ({w_q:.2f} wall), {len(q):,} quotes"
        )
        if args.without:
            _, t_wo, _ = cpu(extract_quotes, st)
            line += f"; extract_quotes(stories) {t_wo:.1f} s"
        print(line, flush=True)
        res[name] = (mb, t_tok, t_q)
    (mb_s, tok_s, q_s), (mb_a, tok_a, q_a) = res["small"], res["all"]
    print(
        f"text ratio all/small {mb_a / mb_s:.2f}; quotes time ratio {q_a / q_s:.2f}; "
        f"tokenize ratio {tok_a / tok_s:.2f}; quotes/tokenize all {q_a / tok_a:.3f}, "
        f"small {q_s / tok_s:.3f}; load {os.getloadavg()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
