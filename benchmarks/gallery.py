"""Draw the README gallery's figures of a real multi-outlet corpus (not a benchmark).

Reads the SaudiNewsNet development corpus (``../shared/corpora/saudinewsnet``: 12 zips
of JSON arrays, 20,329 articles; never copied into the repository), counts it with
:func:`helpers.cluster.corpus_tables` (terms, entities, quotes) and writes one PNG per
chart of :mod:`helpers.charts` to ``figures/gallery/`` (``sn_<notebook>_<chart>.png``,
200 dpi, at most 4,000 px a side): our own charts, never corpus text.

Usage::

    .venv/bin/python benchmarks/gallery.py [CORPUS] [--out figures/gallery]
        [--cache /tmp/sn_tables.pkl] [--only heatmap,keyness] [--by date:W]

Skips with a message (exit 0) when the corpus folder is absent. ``--cache`` keeps the
counted tables in a pickle outside the repository so that a second run only draws
(counting with entities and quotes takes several minutes). The comparison drawn is one
outlet (``--target``, default the largest) against all the other outlets. ``--by``
(default ``outlet``) draws the group charts by another unit (``date:D``, ``date:W``:
files ``sn_d_...``, ``sn_w_...``), labelled as the notebooks label them
(:meth:`helpers.grouping.Unit.label`), in one group order (most stories first for
outlets, by date for periods) passed to every chart.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from saudinewsnet import CORPUS as DEFAULT  # noqa: E402  (the corpus and its fields, once)
from saudinewsnet import FIELDS  # noqa: E402

BY = "outlet"


def tables(corpus: Path, cache: Path | None):
    """The counted tables (corpus_tables with entities and quotes) and the stories
    table with text (for story lengths), from ``cache`` when it exists."""
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)
    import dataclasses

    from helpers.cluster import corpus_tables
    from helpers.corpus import load_corpus

    start = time.perf_counter()
    # read once with load_corpus, which removes site boilerplate per outlet over the whole
    # corpus (corpus_tables of a path reads file by file and does not), then count
    loaded, report = load_corpus(corpus, fields=FIELDS, return_report=True)
    t = corpus_tables(loaded, entities=True, quotes=True)
    t = dataclasses.replace(t, report=report)
    stories = loaded[["story_id", "title", "body", BY, "date"]]
    print(f"counted {len(t.stories):,} stories in {time.perf_counter() - start:.0f} s")
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump((t, stories), fh)
    return t, stories


def draw(
    t, texts, out: Path, only: set[str] | None, target: str | None, by: str = BY
) -> list[Path]:
    """Every gallery chart; returns the PNG paths written."""
    from PIL import Image

    from helpers.charts import (
        bar_chart,
        cleaning_chart,
        comparison_cloud,
        comparison_subtitle,
        counted,
        entity_heatmap,
        group_order,
        keyness_chart,
        quotes_by_group,
        save_figure,
        selection_name,
        stories_over_time,
        stories_phrase,
        story_lengths_chart,
        term_scatter,
        time_series_chart,
        top_entities_by_group,
        top_terms_by_group,
    )
    from helpers.charts.names import unit_noun
    from helpers.corpus import resolve_sides, story_groups
    from helpers.freq import term_frequencies, vocabulary_overlap
    from helpers.grouping import choose_group_by

    stories = t.stories
    unit = choose_group_by(stories, by)
    col = unit.column()
    groups = story_groups(stories, by)
    # one group order for every chart: most stories first, or by date for periods
    raw_sizes = groups.value_counts()
    raw_order = sorted(raw_sizes.index) if unit.is_period else group_order(raw_sizes)
    order = [unit.label(g) for g in raw_order]
    sizes = groups.map(unit.label).value_counts()
    line_by = None if unit.is_period else by  # 01 charts: one series for periods

    def labelled(table):
        return table.assign(**{col: table[col].map(unit.label)})

    outlets = story_groups(stories, BY).value_counts()
    target = target or outlets.index[0]
    a_ids, b_ids = resolve_sides(stories, {BY: target})
    a_name, b_name = selection_name({BY: target}), "بقية الصحف"
    sub = comparison_subtitle(a_name, len(a_ids), b_name, len(b_ids))
    freq = labelled(t.term_frequencies(by=by))
    ents = labelled(t.entity_counts(by=by))
    tokens = t.counts.group_tokens(by, stories)
    tokens.index = [unit.label(g) for g in tokens.index]
    tokens = tokens.groupby(level=0).sum()
    prefix = "sn_" if by == BY else f"sn_{by[-1].lower()}_"
    written: list[Path] = []

    def save(name, make):
        if only and not any(k in name for k in only):
            return
        fig = make()
        written.extend(save_figure(fig, f"{prefix}{name}", out, formats=("png",)))
        with Image.open(written[-1]) as im:
            size = im.size
        # the bound every figure keeps at any corpus size (issue 11): 4,000 px a side
        assert max(size) <= 4000, f"{written[-1]} is {size[0]}x{size[1]} px"
        print("wrote", written[-1], f"{size[0]}x{size[1]} px")

    first = {"order": raw_order} if line_by else {}
    save("01_stories_over_time", lambda: stories_over_time(stories, line_by, **first))
    # story lengths a box a period under a period unit (as notebook 01)
    lengths_by = by if unit.is_period else line_by
    save("01_story_lengths", lambda: story_lengths_chart(texts, lengths_by, **first))
    save("01_cleaning", lambda: cleaning_chart(t.report, stories, line_by))
    in_order = {"order": order, "keep": ()}
    save(
        "02_top_terms_by_group",
        lambda: top_terms_by_group(freq, col, group_sizes=sizes, tokens=tokens, **in_order),
    )

    def terms_over_time():
        frequent = list(freq.groupby("term")["count"].sum().nlargest(200).index)
        daily = t.time_series(frequent, "D")
        peak = daily.groupby("key")["per_1000"].max() / daily.groupby("key")["per_1000"].mean()
        lines = group_order(outlets)  # the lines kept, and their colours, as in 01
        return time_series_chart(
            t.time_series(list(peak.nlargest(4).index), "D", by=BY),
            subtitle=f"{counted(len(lines), unit_noun(BY))}، "
            f"{stories_phrase(int(stories['date'].notna().sum()))} مؤرخة؛ "
            "أكثر الكلمات تقلباً من أكثر 200 كلمة تكراراً",
            order=lines,
        )

    save("02_terms_over_time", terms_over_time)
    save(
        "03_entity_heatmap",
        lambda: entity_heatmap(
            ents, col, group_sizes=sizes, tokens=tokens, types=("PERSON", "ORG", "LOC"), **in_order
        ),
    )
    save(
        "03_people_by_group",
        lambda: top_entities_by_group(
            ents,
            col,
            types=("PERSON",),
            value="per_1000",
            group_sizes=sizes,
            tokens=tokens,
            title=f"الأشخاص الأكثر ذكراً في كل {unit_noun(by)}",
            **in_order,
        ),
    )
    kt = t.keyness({BY: target})
    save(
        "04_keyness",
        lambda: keyness_chart(
            kt,
            target_name=a_name,
            reference_name=b_name,
            subtitle=sub,
            gloss=True,
            title=f"الكلمات المفتاحية: ما يميز «{a_name}» عن بقية الصحف",
        ),
    )
    save(
        "04_term_scatter",
        lambda: term_scatter(
            kt,
            target_name=a_name,
            reference_name=b_name,
            title=f"مفردات «{a_name}» وبقية الصحف",
            subtitle=sub,
            gloss=True,
        ),
    )

    def overlap():
        ov = vocabulary_overlap(t.counts, {BY: target}, None, stories=stories)
        sets = {"shared": "مشتركة", "only_a": f"فقط في\n{a_name}", "only_b": f"فقط في\n{b_name}"}
        table = ov[list(sets)].rename(sets).rename("types").rename_axis("set").reset_index()
        return bar_chart(
            table,
            label="set",
            value="types",
            title="المفردات المشتركة والخاصة",
            subtitle=sub,
        )

    save("04_overlap", overlap)

    def cloud():
        # the two sides compared, as notebook 04 draws them: target and the rest
        side = dict.fromkeys(b_ids, b_name) | dict.fromkeys(a_ids, a_name)
        sides = stories.assign(side=stories["story_id"].map(side))
        by_side = term_frequencies(t.counts, by="side", stories=sides)
        return comparison_cloud(
            by_side.rename(columns={"side": "story_id"}),
            stories=[a_name, b_name],
            title="سحابة المقارنة: كل كلمة بلون الجانب الذي تكثر فيه",
            subtitle=sub,
            group_sizes={a_name: len(a_ids), b_name: len(b_ids)},
            tokens=t.counts.group_tokens("side", sides),
            by="side",
        )

    save("04_comparison_cloud", cloud)
    per_speaker = labelled(t.quotes_per_speaker(by=by))
    save(
        "05_quotes_by_group",
        lambda: quotes_by_group(per_speaker, col, group_sizes=sizes, **in_order),
    )
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--out", type=Path, default=ROOT / "figures" / "gallery")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--only", default=None, help="comma-separated parts of chart names")
    ap.add_argument("--target", default=None, help="outlet compared with the rest")
    ap.add_argument("--by", default=BY, help="unit of the group charts: outlet, date:D, date:W")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"gallery: skipped, no corpus at {args.corpus}")
        return 0
    warnings.simplefilter("default")
    t, texts = tables(args.corpus, args.cache)
    only = set(args.only.split(",")) if args.only else None
    draw(t, texts, args.out, only, args.target, args.by)
    return 0


if __name__ == "__main__":
    sys.exit(main())
