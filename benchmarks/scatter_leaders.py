"""Count the term scatter's crossing leader lines, with and without untangling.

For each of the largest outlets of one SaudiNewsNet day (the four held-out outlets
left out: their stories are never read), the term scatter of that outlet against the
other outlets is drawn twice, as the main job draws it (``helpers.charts.term_scatter``
of :func:`helpers.freq.keyness`): once as session 10 drew it (``scatter.UNTANGLE_PASSES
= 0``, each leader counted from its label's anchor, where it was drawn from) and once
as now (the swaps of ``scatter._untangle``, leaders from the label's centre). The part
of a leader inside its label's box is not drawn; two leaders cross when the drawn parts
do (``scatter._crosses``).
Prints, per outlet, the labels with a leader and the crossing pairs before and after,
and checks the figure's PNG bytes are the same on a second drawing (reproducible).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/scatter_leaders.py [DAY] [--outlets 4]

``DAY`` is a zip name of the corpus (default ``2015-08-01``). Skips with a message
(exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from saudinewsnet import day_tokens, find_corpus


def crossings(fig, start: str = "posA") -> tuple[int, int]:
    """(leaders, crossing pairs) of a term scatter figure: each leader as drawn, from
    its start (``posA``; ``start="anchor"``: the label's anchor, where session 10 drew
    it from) to its dot (``posB``), the part inside its label's box cut off (matplotlib
    clips it there, ``patchA``)."""
    from matplotlib.patches import FancyArrowPatch

    from helpers.charts.scatter import _crosses

    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    segs = []
    for arrow in (p for p in ax.patches if isinstance(p, FancyArrowPatch)):
        box = arrow.patchA.get_window_extent(renderer)
        a, b = (ax.transData.transform(p) for p in arrow._posA_posB)
        if start == "anchor":
            a = ax.transData.transform(arrow.patchA.get_position())
        # walk from the dot towards the start until the box: the visible part
        for k in range(1, 201):
            t = k / 200
            x, y = b[0] + (a[0] - b[0]) * t, b[1] + (a[1] - b[1]) * t
            if box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1:
                break
        segs.append(((x, y), tuple(b)))
    pairs = sum(_crosses(*a, *b) for a, b in itertools.combinations(segs, 2))
    return len(segs), pairs


def png_hash(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return hashlib.sha1(buf.getvalue()).hexdigest()[:12]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("day", nargs="?", default="2015-08-01")
    ap.add_argument("--outlets", type=int, default=4)
    args = ap.parse_args(argv)
    corpus = find_corpus()
    if corpus is None:
        print("scatter_leaders: skipped, SaudiNewsNet not found")
        return 0
    import matplotlib.pyplot as plt

    from helpers.charts import scatter, term_scatter
    from helpers.freq import keyness

    stories, tokens = day_tokens(corpus, args.day)
    sizes = stories["outlet"].value_counts()
    print(f"{args.day}: {len(stories):,} stories of {len(sizes)} outlets (held-out four left out)")
    total = [0, 0, 0]
    for outlet in sizes.index[: args.outlets]:
        target = list(stories.loc[stories["outlet"] == outlet, "story_id"])
        kt = keyness(tokens, target, stories=stories)
        names = {"target_name": outlet, "reference_name": "rest"}
        passes = scatter.UNTANGLE_PASSES
        scatter.UNTANGLE_PASSES = 0
        try:
            before = crossings(term_scatter(kt, **names), start="anchor")
        finally:
            scatter.UNTANGLE_PASSES = passes
        fig = term_scatter(kt, **names)
        after = crossings(fig)
        same = png_hash(fig) == png_hash(term_scatter(kt, **names))
        plt.close("all")
        print(
            f"{outlet:>10} ({sizes[outlet]:>4} stories): {after[0]:>2} leaders; crossing "
            f"pairs {before[1]} -> {after[1]}; second drawing byte-identical: {same}"
        )
        total = [total[0] + before[1], total[1] + after[1], total[2] + (not same)]
    print(f"all: crossing pairs {total[0]} -> {total[1]}; drawings that differed: {total[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
