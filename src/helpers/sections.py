"""What the notebooks draw for a corpus compared by group: one function a section.

The notebooks keep their narrative and call these, so that no notebook cell carries a
long per-group branch and no branch is written twice. Each function takes the
:class:`helpers.study.Study` of the notebook (its stories, unit, sizes and the run's
tables) and returns ``[(figure name, matplotlib Figure), ...]`` (or tables), drawn with
:mod:`helpers.charts`; :func:`save_all` saves them under their names and gives the
figures back for :func:`helpers.charts.show_figure`. Group values are shown by
:meth:`helpers.grouping.Unit.label` (an Arabic date for periods).

Story level (at most 8 stories) is not drawn here: the notebooks keep their per-story
cells, whose figures are compared byte for byte with ``figures/``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

from helpers.grouping import CORPUS_GROUP, auto_period

__all__ = [
    "corpus_overview",
    "entities_by_group",
    "group_entity_counts",
    "group_term_frequencies",
    "group_tokens",
    "quotes_by_group_table",
    "save_all",
    "terms_by_group",
    "terms_over_time",
]

#: Terms followed over time when none are named: of the most frequent, those whose
#: daily rate peaks most above their mean.
FREQUENT = 200
FOLLOWED = 4


def save_all(figures: Iterable[tuple[str, object]], folder: str | Path) -> list:
    """Save each ``(name, figure)`` with :func:`helpers.charts.save_figure` into
    ``folder``; return the figures in order (for ``show_figure``)."""
    from helpers.charts import save_figure

    out = []
    for name, fig in figures:
        save_figure(fig, name, folder)
        out.append(fig)
    return out


def _line_group(study) -> str | None:
    """The stories column drawn as one series a group, or None (stories, periods, the
    whole corpus: one series)."""
    by = study.by
    return None if by in ("story_id", CORPUS_GROUP) or study.unit.is_period else by


def _labelled(study, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with its group column shown as labels (Arabic dates for periods)."""
    col = study.col
    return table.assign(**{col: table[col].map(study.unit.label)})


def group_tokens(study, zones: Sequence[str] | None = None) -> pd.Series:
    """Counted tokens per group, indexed by the group's label (float64, name ``tokens``):
    the denominators charts use to leave out groups too small to compare."""
    from helpers.charts import group_tokens as tokens_of

    counts = study.counts() if zones is None else study.counts(zones)
    totals = tokens_of(counts, study.stories, study.by)
    totals.index = [study.unit.label(v) for v in totals.index]
    return totals.groupby(level=0, sort=False).sum().rename("tokens")


def corpus_overview(study) -> list[tuple[str, object]]:
    """Notebook 01: stories per group over time (when dated, period by
    :func:`helpers.grouping.auto_period`), story lengths and what cleaning removed, per
    group (one series for stories, periods or the whole corpus)."""
    from helpers.charts import cleaning_chart, stories_over_time, story_lengths_chart

    group = _line_group(study)
    out = []
    if study.dated:
        period = auto_period(study.stories["date"])
        out.append(("01_stories_over_time", stories_over_time(study.stories, group, period=period)))
    out.append(("01_story_lengths", story_lengths_chart(study.stories, group)))
    out.append(("01_cleaning", cleaning_chart(study.report, study.stories, group)))
    return out


def group_term_frequencies(
    study,
    n: int = 1,
    *,
    zones: Sequence[str] | None = None,
    extra_stopwords=(),
    min_count: int = 1,
) -> pd.DataFrame:
    """Term frequencies per group (:func:`helpers.freq.term_frequencies` of the run's
    counts, ``by=`` the unit): ``<group column>, term, label, n, count, per_1000,
    rank, df, tfidf``, the group column shown as labels; terms seen fewer than
    ``min_count`` times in a group are left out (notebook 02 keeps bigrams seen at
    least twice: at 2,000 SaudiNewsNet articles 89 % of the group-bigram rows are
    seen once, and at 20,000 the full table runs to millions of rows)."""
    from helpers.freq import term_frequencies

    counts = study.counts() if zones is None else study.counts(zones)
    table = term_frequencies(
        counts,
        by=study.by,
        n=n,
        extra_stopwords=extra_stopwords,
        stories=study.stories,
        min_count=min_count,
    )
    return _labelled(study, table)


def terms_by_group(
    study, table: pd.DataFrame, *, title: str | None = None, zones=None
) -> list[tuple[str, object]]:
    """Notebook 02: each group's top terms (``table`` of :func:`group_term_frequencies`,
    ``n`` 1 or 2) as small multiples on one scale, per 1,000 tokens of the group."""
    from helpers.charts import top_terms_by_group

    bigrams = bool(len(table)) and int(table["n"].iloc[0]) == 2
    options = {"title": title} if title else {}
    if not bigrams and not title:
        options["subtitle"] = f"{study.col}: لكل 1000 كلمة في كل مجموعة"
    fig = top_terms_by_group(
        table,
        study.col,
        group_sizes=study.sizes,
        tokens=group_tokens(study, zones),
        **options,
    )
    return [("02_top_bigrams_by_group" if bigrams else "02_top_terms_by_group", fig)]


def terms_over_time(
    study, unigrams: pd.DataFrame, terms: Sequence[str] | None = None, *, zones=None
) -> list[tuple[str, object]]:
    """Notebook 02: rates of ``terms`` per period (:func:`helpers.grouping.auto_period`),
    one line per group (a stories column) or one line; default terms: of the
    :data:`FREQUENT` most frequent terms of ``unigrams``, the :data:`FOLLOWED` whose
    daily rate peaks most above its mean. Nothing for undated stories."""
    from helpers.charts import stories_phrase, time_series_chart
    from helpers.freq import time_series

    if not study.dated:
        return []
    counts = study.counts() if zones is None else study.counts(zones)
    period = auto_period(study.stories["date"])
    if not terms:
        frequent = list(unigrams.groupby("term")["count"].sum().nlargest(FREQUENT).index)
        daily = time_series(counts, frequent, stories=study.stories, period=period)
        rate = daily.groupby("key")["per_1000"]
        terms = list((rate.max() / rate.mean()).nlargest(FOLLOWED).index)
    series = time_series(
        counts, list(terms), stories=study.stories, period=period, by=_line_group(study)
    )
    n_dated = int(study.stories["date"].notna().sum())
    fig = time_series_chart(
        series,
        period=period,
        subtitle=f"{study.by}: {study.unit.groups} مجموعة، {stories_phrase(n_dated)} مؤرخة",
    )
    return [("02_terms_over_time", fig)]


def group_entity_counts(study, mentions: pd.DataFrame, zones=("title", "body")) -> pd.DataFrame:
    """Entity counts per group (:func:`helpers.entities.entity_counts`, ``by=`` the
    unit), the group column shown as labels."""
    from helpers.entities import entity_counts

    table = entity_counts(mentions, zones=zones, by=study.by, stories=study.stories)
    return _labelled(study, table)


def entities_by_group(study, counts: pd.DataFrame) -> list[tuple[str, object]]:
    """Notebook 03: the heatmap of who each group talks about, in mentions per 1,000
    counted tokens of the group (:func:`group_tokens`), and the people each group
    mentions most, as small multiples."""
    from helpers.charts import entity_heatmap, top_entities_by_group

    tokens = group_tokens(study)
    col, sizes = study.col, study.sizes
    heat = entity_heatmap(counts, col, value="per_1000", group_sizes=sizes, tokens=tokens)
    people = top_entities_by_group(
        counts,
        col,
        types=("PERSON",),
        group_sizes=sizes,
        tokens=tokens,
        title="الأشخاص الأكثر ذكراً في كل مجموعة",
    )
    return [("03_entities_by_group", heat), ("03_people_by_group", people)]


def quotes_by_group_table(study) -> tuple[pd.DataFrame, list[tuple[str, object]]]:
    """Notebook 05: quotations and quoted words per group and speaker
    (:func:`helpers.quotes.quotes_per_speaker` of the run's quotes, group column as
    labels) and the speakers each group quotes most, as small multiples."""
    from helpers.charts import quotes_by_group
    from helpers.quotes import quotes_per_speaker

    table = _labelled(study, quotes_per_speaker(study.quotes, by=study.by, stories=study.stories))
    fig = quotes_by_group(table, study.col, group_sizes=study.sizes)
    return table, [("05_quotes_by_group", fig)]
