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

With ``--paragraph N`` it measures instead how the time grows with one paragraph's
length (session 15): the stories of 2015-07-25 and 26 from outlets other than the four
held-out ones whose every paragraph balances its « » and holds no other quote mark, N of
them written as one paragraph (line breaks made spaces) and 10 N of them, each as one
story; entities are extracted once for each, and (c) is timed best of three. Linear
growth is a time ratio near the text ratio.

Usage: ``python benchmarks/bench_quotes.py [--corpus DIR] [--small 2000] [--without]
[--profile FILE] [--paragraph N]`` (``--profile`` writes cProfile stats of (c) on all
stories).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from saudinewsnet import CORPUS, FIELDS, HELD_OUT  # noqa: E402  (this folder: the corpus, once)


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
    ap.add_argument("--paragraph", type=int, help="time one paragraph of N and 10 N stories")
    args = ap.parse_args(argv)
    corpus = args.corpus
    if not corpus.is_dir():
        print(f"bench_quotes: no corpus at {args.corpus}; nothing measured")
        return 0
    if args.paragraph:
        return _paragraph(corpus, args.paragraph)

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


def _paragraph(corpus: Path, n: int) -> int:
    """Time ``extract_quotes`` on one paragraph of ``n`` stories and of ``10 n`` (see the
    module docstring); prints CPU seconds, quotes and the ratios."""
    import pandas as pd

    from helpers.corpus import load_corpus
    from helpers.entities import extract_entities
    from helpers.quotes import extract_quotes

    days = [load_corpus(corpus / f"{d}.zip", fields=FIELDS) for d in ("2015-07-25", "2015-07-26")]
    st = pd.concat(days, ignore_index=True)
    st = st[~st["outlet"].isin(HELD_OUT)]

    def balanced(body: str) -> bool:
        paras = body.split("\n")
        return (
            "«" in body
            and not any(ch in body for ch in '"“”„‘’')
            and all(p.count("«") == p.count("»") for p in paras)
        )

    bodies = [b.replace("\n", " ") for b in st["body"] if balanced(b)]
    if len(bodies) < 10 * n:
        print(f"bench_quotes: {len(bodies)} stories balance their marks, fewer than {10 * n}")
        return 1
    res = []
    for k in (1, 10):
        body = " ".join(bodies[: k * n])
        one = pd.DataFrame(
            {"story_id": ["p"], "body": [body], "title": [""], "outlet": ["x"], "date": [""]}
        )
        one["date"] = pd.Timestamp("2015-07-25")
        m = extract_entities(one)
        best = min(cpu(extract_quotes, one, mentions=m)[1] for _ in range(3))
        q = extract_quotes(one, mentions=m)
        res.append((len(body), best, len(q)))
        print(
            f"{k * n} stories, one paragraph of {len(body):,} characters: "
            f"extract_quotes {best:.3f} CPU s, {len(q):,} quotes",
            flush=True,
        )
    (c1, t1, q1), (c10, t10, q10) = res
    print(
        f"text ratio {c10 / c1:.2f}; quotes ratio {q10 / max(q1, 1):.2f}; time ratio "
        f"{t10 / t1:.2f}; load {os.getloadavg()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
