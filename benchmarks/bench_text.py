"""Benchmark: khabar's streaming count path against a bare regex baseline.

Builds a synthetic Arabic corpus from the embedded stories (default 50 MB, UTF-8)
with a realistic vocabulary: word types made by recombining the stories' stems (halves
of two stems joined), proclitics (و ف ب ل ال وال بال لل...) and suffixes (ه ها هم ات
ين ون ية...), at least 200,000 distinct types drawn with a Zipf-Mandelbrot law
(p(r) ~ 1 / (r + 2.7)), with some diacritics, tatweel, punctuation, numbers and
paragraph breaks. Then, in the same process and on the same 1 MB chunks:

(a) baseline: one compiled ``re.sub`` dropping diacritics and tatweel, one compiled
    ``findall`` of Arabic letter runs, ``collections.Counter``;
(b) khabar: ``helpers.freq.count_terms`` (tokenise, normalise, clitics, stopwords,
    keys and labels).

First the per-call time of ``tokenize`` on one sentence against a regex ``findall``.
Reports MB/s and tokens/s of both, the ratio b/a (target >= 0.40; wall time, and CPU
time, which does not count the waits for a core of a loaded machine), and the peak
Python memory (tracemalloc) of the streaming path at 10 MB and 50 MB, the chunks
being generated lazily so the corpus itself is never held.

Then ``--rounds`` interleaved rounds (baseline, khabar, baseline, ...): the median and
range of the per-round CPU ratio, the figure to quote on a shared machine (session 17).

Last, the counter's pattern ``COUNT_RE`` against ``TOKEN_RE`` for what ``count_corpus``
reads (CPU time; session 16).

Usage: ``python benchmarks/bench_text.py [--mb 50] [--types 250000] [--repeat 3] [--rounds 5]``
"""

from __future__ import annotations

import argparse
import gc
import re
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from helpers.corpus import load_corpus, zones
from helpers.freq import count_terms
from helpers.text import tokenize_zones

ROOT = Path(__file__).resolve().parents[1]
CHUNK_BYTES = 1_000_000
PROCLITICS = ["", "", "", "و", "ف", "ب", "ل", "ال", "ال", "وال", "بال", "لل", "فال", "وب", "ول"]
SUFFIXES = ["", "", "", "ه", "ها", "هم", "ات", "ين", "ون", "ية", "يات", "ان", "نا", "كم"]
MARKS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u064b", "\u0652"]


def build_vocabulary(n_types: int, seed: int = 7) -> list[str]:
    """``n_types`` distinct word types from the embedded stories' stems."""
    tokens = tokenize_zones(zones(load_corpus(ROOT / "data/raw/asharq-two-stories.txt")))
    stems = sorted(set(tokens.loc[(tokens["kind"] == "word") & ~tokens["is_stop"], "base"]))
    stops = sorted(set(tokens.loc[tokens["is_stop"], "surface"]))
    rng = np.random.default_rng(seed)
    vocab: list[str] = list(stops)  # function words take the top ranks, as in real text
    seen = set(vocab)
    while len(vocab) < n_types:
        a, b = rng.integers(len(stems), size=2)
        sa, sb = stems[a], stems[b]
        stem = sa if rng.random() < 0.15 else sa[: max(1, len(sa) // 2)] + sb[len(sb) // 2 :]
        word = PROCLITICS[rng.integers(len(PROCLITICS))] + stem
        word += SUFFIXES[rng.integers(len(SUFFIXES))]
        roll = rng.random()
        if roll < 0.04:  # a diacritic somewhere inside
            i = int(rng.integers(1, len(word) + 1))
            word = word[:i] + MARKS[rng.integers(len(MARKS))] + word[i:]
        elif roll < 0.05 and len(word) > 2:  # tatweel
            word = word[:2] + "\u0640" + word[2:]
        if word not in seen:
            seen.add(word)
            vocab.append(word)
    return vocab


def chunks(
    vocab: list[str], total_bytes: int, seed: int = 11, cycle: int | None = None
) -> Iterator[str]:
    """Yield ~1.6 MB texts until ``total_bytes`` of UTF-8 have been produced (lazy).

    ``cycle=k`` repeats the first k chunks, so the vocabulary stops growing.
    """
    ranks = np.arange(len(vocab), dtype=float)
    p = 1.0 / (ranks + 2.7)
    p /= p.sum()
    cdf = np.cumsum(p)
    arr = np.array(vocab, dtype=object)
    produced = 0
    i = 0
    while produced < total_bytes:
        rng = np.random.default_rng(seed + (i % cycle if cycle else i))
        n = 110_000  # ~1 MB of Arabic text
        words = arr[np.searchsorted(cdf, rng.random(n))]
        seps = np.full(n, " ", dtype=object)
        r = rng.random(n)
        seps[r < 0.06] = "، "
        seps[r < 0.03] = ". "
        seps[r < 0.004] = ".\n\n"
        seps[r < 0.002] = " 2024 "
        text = "".join(np.char.add(words.astype(str), seps.astype(str)).tolist())
        produced += len(text.encode("utf-8"))
        i += 1
        yield text


DROP = re.compile("[\u064b-\u065f\u0670\u0640]")
FIND = re.compile("[\u0621-\u064a]+")


def baseline(texts: list[str]) -> tuple[Counter, int]:
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(FIND.findall(DROP.sub("", t)))
    return counts, sum(counts.values())


def khabar(texts: list[str]):
    table = count_terms(texts, progress=False)
    return table, table.attrs["tokens"]


def timed(fn, texts, repeat):
    """Best wall time and best CPU time (``time.process_time``) of ``repeat`` runs, and
    the last output. On a shared machine the wall time also counts the time the process
    waited for a core; the CPU time does not."""
    best = best_cpu = float("inf")
    out = None
    for _ in range(repeat):
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn(texts)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best, best_cpu, out


def interleaved(texts: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """Per-round CPU ratios baseline/khabar and wall ratios, the two paths alternated
    within each round (baseline, then khabar) so a change in machine load between them
    is at most one run long. Session 17: the best-of-``repeat`` times of each path,
    taken one after the other, moved the ratio by ±0.06 between identical runs."""
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(rounds):
        ta, ca, _ = timed(baseline, texts, 1)
        tb, cb, _ = timed(khabar, texts, 1)
        cpu.append(ca / cb)
        wall.append(ta / tb)
    return cpu, wall


def peak_memory(vocab: list[str], mb: int, cycle: int | None = None) -> tuple[float, dict]:
    gc.collect()
    tracemalloc.start()
    table = count_terms(chunks(vocab, mb * 1_000_000, cycle=cycle), progress=False)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6, {"keys": len(table), **table.attrs}


def report_long_tokens(normal: str) -> None:
    """Throughput of tokenize and count_terms on hostile 1 MB inputs, relative to news text."""
    from helpers.text import tokenize

    size = 1_000_000
    cases = {
        "news text": normal[:size],
        "one Arabic letter run": "ب" * size,
        "base64 blob": ("aGVsbG8gd29ybGQ" * (size // 15 + 1))[:size],
        "a+b+c+ run": ("abcd+" * (size // 5 + 1))[:size],
        "dotted letters": ("إ." * (size // 2 + 1))[:size],
        "shadda run": "ب" + "\u0651" * size,
    }
    base = None
    for name, text in cases.items():
        t0 = time.perf_counter()
        tokenize(text)
        count_terms([text], progress=False)
        took = time.perf_counter() - t0
        base = base or took
        print(
            f"long tokens: {name:22s} {len(text) / took / 1e6:6.2f} M chars/s "
            f"(time relative to news text {took / base:5.2f})"
        )


def report_tokenize_overhead(repeat: int = 7) -> None:
    """Per-call time of ``tokenize`` on one sentence, against one regex ``findall`` on it.

    Both are timed in the same process, interleaved, fastest of ``repeat`` rounds; the
    lexicon is loaded before (its one-off load is reported separately).
    """
    from helpers.text import tokenize

    sentence = "وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين إن بلاده مستعدة للحوار."
    t0 = time.perf_counter()
    tokenize(sentence)
    print(f"first tokenize call (lexicon load): {time.perf_counter() - t0:.2f} s")
    best_t = best_r = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(200):
            tokenize(sentence)
        best_t = min(best_t, (time.perf_counter() - t0) / 200)
        t0 = time.perf_counter()
        for _ in range(2000):
            FIND.findall(sentence)
        best_r = min(best_r, (time.perf_counter() - t0) / 2000)
    print(
        f"tokenize, one sentence ({len(sentence)} chars): {best_t * 1e3:.3f} ms per call; "
        f"regex findall {best_r * 1e6:.2f} us; ratio {best_t / best_r:.0f}x"
    )


def report_count_pattern(texts: list[str], repeat: int) -> None:
    """The counter's pattern (``COUNT_RE``: the counted kinds as one group) against
    ``TOKEN_RE`` itself (six named groups) for what ``count_corpus`` needs: every counted
    surface, and a gap for anything else and for a line break. Session 16: why two
    compiled patterns are built from the one ``TOKEN_KINDS``."""
    from helpers.text.tokenize import COUNT_RE, COUNTED_KINDS, TOKEN_RE

    w, a, b = (TOKEN_RE.groupindex[k] - 1 for k in COUNTED_KINDS)

    def one_group(texts):
        out: list[str] = []
        for t in texts:
            out.extend(COUNT_RE.findall(t))
        return out

    def named_groups(texts):
        out: list[str] = []
        append = out.append
        for t in texts:
            for line in t.split("\n"):
                for g in TOKEN_RE.findall(line):
                    append(g[w] or g[a] or g[b])
                append("")
        return out

    _, c1, x = timed(one_group, texts, repeat)
    _, c2, y = timed(named_groups, texts, repeat)
    same = [t for t in x if t] == [t for t in y if t]
    print(
        f"count_corpus's pattern: COUNT_RE.findall {c1:.2f} CPU s, TOKEN_RE.findall + "
        f"selection {c2:.2f} CPU s ({c2 / c1:.2f}x; same counted tokens: {same})"
    )


def report_memory(vocab: list[str], sizes: list[int]) -> None:
    for label, cycle in (("Zipf stream", None), ("same 10 MB repeated", 6)):
        for mb in sizes:
            peak, info = peak_memory(vocab, mb, cycle)
            print(
                f"streaming peak memory, {label}, {mb:3d} MB: {peak:7.1f} MB "
                f"({info['types']:,} surface types, {info['keys']:,} keys, "
                f"{peak * 1e6 / info['types']:.0f} bytes/type)"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=50, help="corpus size in MB (default 50)")
    ap.add_argument("--types", type=int, default=250_000, help="vocabulary size")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs, best kept")
    ap.add_argument(
        "--rounds", type=int, default=5, help="interleaved baseline/khabar rounds (0: none)"
    )
    ap.add_argument("--memory", type=int, nargs="*", default=[10, 50], help="MB sizes")
    ap.add_argument("--no-timing", action="store_true", help="only the memory runs")
    args = ap.parse_args()
    if args.no_timing:
        report_memory(build_vocabulary(args.types), args.memory)
        return

    report_tokenize_overhead()
    t0 = time.perf_counter()
    vocab = build_vocabulary(args.types)
    texts = list(chunks(vocab, args.mb * 1_000_000))
    mbytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(
        f"corpus: {mbytes:.1f} MB in {len(texts)} chunks, vocabulary {len(vocab):,} types "
        f"(built in {time.perf_counter() - t0:.1f} s)"
    )

    ta, ca, (base_counts, base_tokens) = timed(baseline, texts, args.repeat)
    tb, cb, (table, k_tokens) = timed(khabar, texts, args.repeat)
    print(f"observed types (baseline keys): {len(base_counts):,}; khabar keys: {len(table):,}")
    print(f"(a) baseline: {ta:6.2f} s  {mbytes / ta:6.2f} MB/s  {base_tokens / ta:12,.0f} tokens/s")
    print(f"(b) khabar:   {tb:6.2f} s  {mbytes / tb:6.2f} MB/s  {k_tokens / tb:12,.0f} tokens/s")
    print(f"ratio b/a (throughput): {ta / tb:.2f}  (target >= 0.40)")
    print(f"CPU time: (a) {ca:.2f} s, (b) {cb:.2f} s, ratio b/a {ca / cb:.2f}")
    if args.rounds:
        cpu, wall = interleaved(texts, args.rounds)
        print(
            f"interleaved, {args.rounds} rounds: CPU ratio b/a median {np.median(cpu):.2f} "
            f"(range {min(cpu):.2f}-{max(cpu):.2f}); wall median {np.median(wall):.2f} "
            f"(range {min(wall):.2f}-{max(wall):.2f})"
        )
    report_long_tokens(texts[0])
    report_count_pattern(texts, args.repeat)
    del texts
    report_memory(vocab, args.memory)


if __name__ == "__main__":
    main()
