"""How many of a cloud's words find a place, and how large, with and without the
placement rule of ``helpers.charts.cloud`` (``_drawn_as_measured``: each placed word's
gaps closed and a band around it taken, every word drawn where it was measured).

For each of three outlets of one SaudiNewsNet day (the held-out four never read), the
word cloud of its 100 most frequent terms (display stopwords left out, as notebook 02
draws it) is laid out twice by ``charts.cloud._cloud_image`` at 1000 x 560 px, seed 7:
once with wordcloud's own placement (the rule switched off) and once with the rule.
Prints words placed, the largest font size and the mean font size (px).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/cloud_placement.py [DAY]

``DAY`` is a zip of the corpus (default ``2015-07-26``). Skips with a message (exit 0)
when the corpus is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from saudinewsnet import day_tokens, find_corpus

#: The outlets drawn (none of the held-out four).
OUTLETS = ("aawsat", "alyaum", "sabq")


def layout(freqs: dict, rule: bool) -> tuple[int, int, float]:
    """(words placed, largest font size, mean font size) of one cloud."""
    import helpers.charts.cloud as cloud
    from helpers.charts import find_arabic_font

    kept = cloud._drawn_as_measured
    if not rule:
        cloud._drawn_as_measured = lambda gaps: contextlib.nullcontext()
    try:
        _, wc = cloud._cloud_image(
            freqs,
            find_arabic_font(None).path,
            width=1000,
            height=560,
            random_state=7,
            color_func=lambda *a, **k: "black",
            layout=None,
        )
    finally:
        cloud._drawn_as_measured = kept
    sizes = [size for _, size, _, _, _ in wc.layout_]
    return len(sizes), max(sizes), round(sum(sizes) / len(sizes), 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("day", nargs="?", default="2015-07-26")
    args = ap.parse_args(argv)
    corpus = find_corpus()
    if corpus is None:
        print("cloud_placement: skipped, SaudiNewsNet not found")
        return 0
    from helpers.charts.labels import prepare_label
    from helpers.freq import term_frequencies
    from helpers.text import display_stopwords

    stories, tokens = day_tokens(corpus, args.day, OUTLETS)
    extra = sorted(display_stopwords())
    tf = term_frequencies(tokens, by="outlet", stories=stories, extra_stopwords=extra)
    for outlet, rows in tf.groupby("outlet"):
        top = rows.sort_values(["count", "term"], ascending=[False, True]).head(100)
        freqs = {
            prepare_label(lab, "pillow"): float(c)
            for lab, c in zip(top["label"], top["count"], strict=True)
        }
        before, after = layout(freqs, rule=False), layout(freqs, rule=True)
        print(
            f"{args.day} {outlet}: words placed / largest / mean font size (px): "
            f"without the rule {before}, with it {after}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
