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
    "drop_terms",
    "entities_by_group",
    "extra_stopwords",
    "group_entity_counts",
    "group_term_frequencies",
    "group_tokens",
    "own_names",
    "quotes_by_group_table",
    "save_all",
    "terms_by_group",
    "terms_over_time",
    "types_by_group",
    "who_and_where",
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


def extra_stopwords(study, drop_reporting_verbs: bool | None = None) -> tuple[str, ...]:
    """The term keys every top-terms, keyness and comparison section leaves out besides
    the stopwords (which :func:`helpers.freq.term_frequencies` and
    :func:`helpers.freq.keyness` always leave out): the one place the notebooks'
    ``DROP_REPORTING_VERBS`` parameter is read.

    Parameters
    ----------
    study : helpers.study.Study
    drop_reporting_verbs : bool or None
        True: the reporting verbs (:func:`helpers.text.reporting_verbs`: قال، أضاف،
        أكد...) are left out; False: kept; None (default): left out beyond story level,
        where a corpus's top terms are otherwise led by وقال in every outlet (on 2,000
        SaudiNewsNet articles وقال ranks in the top 12 of 3alyoum, aawsat and
        aleqtisadiya), and kept at story level (the embedded stories' tables).

    Returns
    -------
    tuple of str
        Term keys, for ``extra_stopwords=`` of :func:`group_term_frequencies` and
        :func:`helpers.freq.term_frequencies`, and for :func:`drop_terms`.
    """
    from helpers.text import reporting_verbs

    drop = not study.per_story if drop_reporting_verbs is None else bool(drop_reporting_verbs)
    return tuple(sorted(reporting_verbs())) if drop else ()


def drop_terms(table: pd.DataFrame, extra: Sequence[str]) -> pd.DataFrame:
    """``table`` (keyness, shared terms: a ``term`` column of keys) without the rows of
    the ``extra`` keys (:func:`extra_stopwords`). Leaving a term out of a keyness table
    changes no other row: each term's statistics use the sides' token totals."""
    return table[~table["term"].isin(list(extra))] if len(extra) else table


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
    from helpers.charts import counted, stories_phrase, time_series_chart
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
        subtitle=f"{study.by}: {counted(study.unit.groups, 'مجموعة')}، "
        f"{stories_phrase(n_dated)} مؤرخة",
    )
    return [("02_terms_over_time", fig)]


def group_entity_counts(study, mentions: pd.DataFrame, zones=("title", "body")) -> pd.DataFrame:
    """Entity counts per group (:func:`helpers.entities.entity_counts`, ``by=`` the
    unit), the group column shown as labels."""
    from helpers.entities import entity_counts

    table = entity_counts(mentions, zones=zones, by=study.by, stories=study.stories)
    return _labelled(study, table)


#: "Who each group talks about": the entity types of the who-heatmap (people and
#: organisations). Places and nationality adjectives (LOC, NORP: an adjective carries
#: its country's id) have their own heatmap, "where", labelled by the place's name.
WHO_TYPES = ("PERSON", "ORG")
WHERE_TYPES = ("LOC", "NORP")
#: A group's own name (an outlet's byline «عين اليوم – واشنطن», its name as a source
#: «قال لـ"الشرق الأوسط"»): an entity found in at least this share of one group's
#: stories ...
OWN_NAME_STORIES = 0.3
#: ... with at least this share of all its mentions in that group.
OWN_NAME_MENTIONS = 2 / 3


def own_names(
    study, mentions: pd.DataFrame, zones: Sequence[str] = ("title", "body")
) -> pd.DataFrame:
    """The entities that are a group's own name, left out of the heatmaps of
    :func:`entities_by_group`: found in at least :data:`OWN_NAME_STORIES` of one group's
    stories with at least :data:`OWN_NAME_MENTIONS` of all their mentions in that group
    (an outlet names itself in its bylines and as a source; another outlet seldom
    does). A rule of thumb set on the SaudiNewsNet development corpus: it finds
    عين اليوم in 3alyoum (80 % of its stories, all its mentions) and الشرق الأوسط in
    aawsat (32 %, 70 %), and no club, country or person. At story level nothing is an
    own name (a story is its own group).

    Parameters
    ----------
    study : helpers.study.Study
    mentions : DataFrame
        The mentions table (``story_id, zone, entity_id, ...``).
    zones : sequence of str
        Zones whose mentions are counted (default title and body, as the counts).

    Returns
    -------
    DataFrame
        ``<group column> (label), entity_id (str), stories (int64: stories of the
        group mentioning it), share (float64: of the group's stories), mentions_share
        (float64: of the entity's mentions)``, one row per own name.
    """
    from helpers.corpus import story_groups

    col = study.col
    columns = [col, "entity_id", "stories", "share", "mentions_share"]
    if study.per_story or mentions.empty:
        return pd.DataFrame(columns=columns)
    groups = story_groups(study.stories, study.by).map(study.unit.label)
    m = mentions[mentions["zone"].isin(list(zones))]
    m = m.assign(**{col: m["story_id"].map(groups)}).dropna(subset=[col])
    per_group = m.groupby([col, "entity_id"]).size()
    share_of_mentions = per_group / per_group.groupby(level="entity_id").transform("sum")
    stories = m.drop_duplicates(["story_id", "entity_id"]).groupby([col, "entity_id"]).size()
    sizes = groups.value_counts()
    share = stories / stories.index.get_level_values(col).map(sizes).to_numpy(float)
    table = pd.DataFrame(
        {"stories": stories, "share": share, "mentions_share": share_of_mentions}
    ).reset_index()
    own = table[
        (table["share"] >= OWN_NAME_STORIES) & (table["mentions_share"] >= OWN_NAME_MENTIONS)
    ]
    return own[columns].reset_index(drop=True).astype({"stories": "int64"})


def _places(counts: pd.DataFrame, col: str) -> pd.DataFrame:
    """LOC and NORP rows of entity counts, summed per group and entity and labelled by
    the place's name (a country named by its adjective, السعودي, is shown as السعودية
    when the place is named too)."""
    where = counts[counts["type"].isin(WHERE_TYPES)]
    named = where.assign(_loc=where["type"] == "LOC").sort_values(
        ["_loc", "count"], ascending=False, kind="stable"
    )
    label = named.drop_duplicates("entity_id").set_index("entity_id")["canonical"]
    summed = where.groupby([col, "entity_id"], sort=False, as_index=False)["count"].sum()
    return summed.assign(canonical=summed["entity_id"].map(label), type="LOC")[
        [col, "entity_id", "canonical", "type", "count"]
    ]


def who_and_where(
    study, counts: pd.DataFrame, *, mentions: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The two tables of the entity heatmaps: who each group talks about and where.

    The rule: "who" holds people and organisations (:data:`WHO_TYPES`); "where" the
    places and nationality adjectives (:data:`WHERE_TYPES`), a country and its adjective
    summed into one row labelled by the place's name (السعودية, not سعودي); in both, a
    group's own name (:func:`own_names`: عين اليوم in 3alyoum's bylines) is left out
    for that group.

    Parameters
    ----------
    study : helpers.study.Study
    counts : DataFrame
        :func:`group_entity_counts`: ``<group column>, entity_id, canonical, type,
        count, ...``.
    mentions : DataFrame, optional
        The mentions ``counts`` come from (default the run's, ``study.mentions()``).

    Returns
    -------
    (DataFrame, DataFrame)
        ``who``: rows of ``counts``; ``where``: ``<group column>, entity_id, canonical,
        type ("LOC"), count (int64)``, one row per group and place.
    """
    col = study.col
    own = own_names(study, study.mentions() if mentions is None else mentions)
    if len(own):
        drop = pd.MultiIndex.from_frame(own[[col, "entity_id"]])
        counts = counts[~pd.MultiIndex.from_frame(counts[[col, "entity_id"]]).isin(drop)]
    return counts[counts["type"].isin(WHO_TYPES)], _places(counts, col)


def entities_by_group(
    study, counts: pd.DataFrame, *, mentions: pd.DataFrame | None = None
) -> list[tuple[str, object]]:
    """Notebook 03: who each group talks about (people and organisations) and where
    (places), the tables of :func:`who_and_where`, as heatmaps in mentions per 1,000
    counted tokens of the group (:func:`group_tokens`); then the people each group
    mentions most, as small multiples. ``counts``: :func:`group_entity_counts`;
    ``mentions``: the mentions they were counted from (default the run's)."""
    from helpers.charts import entity_heatmap, top_entities_by_group

    tokens = group_tokens(study)
    col, sizes = study.col, study.sizes
    who, where = who_and_where(study, counts, mentions=mentions)
    options = {"value": "per_1000", "group_sizes": sizes, "tokens": tokens}
    unit = "مرات الذكر لكل 1000 كلمة"
    heat_who = entity_heatmap(
        who, col, title=f"من تذكر كل مجموعة؟ الأشخاص والمنظمات ({unit})", **options
    )
    heat_where = entity_heatmap(
        where, col, title=f"أين؟ الأماكن التي تذكرها كل مجموعة ({unit})", **options
    )
    people = top_entities_by_group(
        who,
        col,
        types=("PERSON",),
        group_sizes=sizes,
        tokens=tokens,
        title="الأشخاص الأكثر ذكراً في كل مجموعة",
    )
    return [
        ("03_entities_by_group", heat_who),
        ("03_places_by_group", heat_where),
        ("03_people_by_group", people),
    ]


def types_by_group(study, counts: pd.DataFrame) -> pd.DataFrame:
    """Distinct entities and mentions per group and type
    (:func:`helpers.entities.counts_by_type` of :func:`group_entity_counts`): ``<group
    column>, type, entities, mentions``; at story level ``counts`` is per story and
    the table too."""
    from helpers.entities import counts_by_type

    col = "story_id" if study.per_story else study.col
    table = counts_by_type(counts.rename(columns={col: "story_id"}))
    return table.rename(columns={"story_id": col})


def quotes_by_group_table(study) -> tuple[pd.DataFrame, list[tuple[str, object]]]:
    """Notebook 05: quotations and quoted words per group and speaker
    (:func:`helpers.quotes.quotes_per_speaker` of the run's quotes, group column as
    labels) and the speakers each group quotes most, as small multiples."""
    from helpers.charts import quotes_by_group
    from helpers.quotes import quotes_per_speaker

    table = _labelled(study, quotes_per_speaker(study.quotes, by=study.by, stories=study.stories))
    fig = quotes_by_group(table, study.col, group_sizes=study.sizes)
    return table, [("05_quotes_by_group", fig)]
