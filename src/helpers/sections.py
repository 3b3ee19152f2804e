"""What the notebooks draw for a corpus compared by group: one function a section.

The notebooks keep their narrative and call these, so that no notebook cell carries a
long per-group branch and no branch is written twice. Each function takes the
:class:`helpers.study.Study` of the notebook (its stories, unit, sizes and the run's
tables) and returns ``[(figure name, matplotlib Figure), ...]`` (or tables), drawn with
:mod:`helpers.charts`; :func:`save_all` saves them under their names and gives the
figures back for :func:`helpers.charts.show_figure`. Group values are shown by
:meth:`helpers.grouping.Unit.label` (an Arabic date for periods).

Notebook 04's comparison (:func:`contrast` and the functions taking its
:class:`Contrast`) covers both levels, so the notebook has one path: at story level (at
most 8 stories) they draw exactly the per-story figures compared byte for byte with
``figures/``. So do the sections of notebooks 01-03 (:func:`term_table`,
:func:`top_terms_figures`, :func:`word_clouds`, :func:`entity_table`,
:func:`entity_figures`...): each notebook reads as narrative and short calls, with no
per-story / per-group branch in its cells.
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.display import column_label, escape_markdown
from helpers.errors import ArgumentError, CorpusFormatError, check_flag, check_whole
from helpers.grouping import CORPUS_GROUP, auto_period, read_parameter
from helpers.ids import story_scoped_ids
from helpers.own_names import (
    OWNER_COLUMN,
    own_names,
    own_words,
    owner_column,
    owners_are_groups,
    side_own_words,
    story_owners,
    without_own_names,
    without_own_words,
)

__all__ = [
    "DROPPED_DUPLICATES",
    "NO_GOLD",
    "OWN_NAMES_LEFT_OUT",
    "SEARCH_BELOW",
    "Contrast",
    "DaysApart",
    "back_to_back",
    "chart_note",
    "cleaning_table",
    "cleaning_view",
    "comparison_cloud_figure",
    "contrast",
    "corpus_overview",
    "dates_apart",
    "days_apart",
    "drop_terms",
    "duplicates_note",
    "empty_figure",
    "entities_by_group",
    "entities_compared",
    "entities_shared",
    "entity_figures",
    "entity_note",
    "entity_table",
    "extra_stopwords",
    "group_entity_counts",
    "group_order",
    "group_term_frequencies",
    "group_tokens",
    "in_group_order",
    "keyness_figure",
    "lists_off_note",
    "noted",
    "nothing_to_compare",
    "only_in_side",
    "overlap",
    "overlap_parts",
    "own_names_left_out",
    "peaking_note",
    "per_100_stories",
    "quotes_by_group_table",
    "quotes_compared",
    "quotes_table",
    "report_csv",
    "sample_note",
    "save_all",
    "scatter_figure",
    "show_all",
    "side_label",
    "some_stories",
    "stories_caption",
    "stories_csv",
    "stories_table",
    "story_level_note",
    "term_table",
    "terms_by_group",
    "terms_over_time",
    "tokens_caption",
    "top_terms_figures",
    "top_terms_tables",
    "types_by_group",
    "who_and_where",
    "without_formulas",
    "word_clouds",
    "zones_caption",
]

#: The G2 test's significance level of the comparison's word views: the keyness chart's
#: solid bars (its ``alpha``) and the comparison cloud's words (:meth:`Contrast.key_terms`).
KEY_ALPHA = 0.05
#: Terms followed over time when none are named: of the most frequent, those whose
#: daily rate peaks most above their mean.
FREQUENT = 200
FOLLOWED = 4
#: Fewest stories a term's peak period must hold it in for the term to be followed as
#: peaking (:func:`peaking_terms`): a peak made by one or two stories (a long release
#: repeating a word) is one text, not news the outlets followed (session 19).
MIN_PEAK_STORIES = 3


def story_level_note() -> str:
    """Why a chart of groups is not drawn at story level (:data:`helpers.grouping.
    MAX_STORY_LEVEL` stories or fewer, compared one by one): «يُرسم هذا الشكل لمدوّنة
    فيها أكثر من 8 قصص». Notebook 01's overview and :func:`terms_over_time` say it."""
    from helpers.charts.skeleton import counted
    from helpers.grouping import MAX_STORY_LEVEL

    return f"يُرسم هذا الشكل لمدوّنة فيها أكثر من {counted(MAX_STORY_LEVEL, 'قصة')}"


#: How the terms over time were chosen when the notebook's ``TERMS`` names them.
TERMS_NAMED = "الكلمات كما سُمّيت في المعاملات"


def peaking_note(k: int) -> str:
    """How :func:`terms_over_time` chose its ``k`` terms by default, one line in Arabic
    from the constants that choose them (:data:`FREQUENT`, :data:`MIN_PEAK_STORIES`;
    :func:`peaking_terms`): «4 كلمات من أكثر 200 كلمة تكراراً، أعلاها ذروةً فوق
    معدلها، وفي فترة ذروة كلٍّ منها 3 قصص على الأقل». Raises
    :class:`helpers.errors.ArgumentError` for a ``k`` that is not a whole number >= 0."""
    from helpers.charts.skeleton import counted

    return (
        f"{counted(k, 'كلمة')} من أكثر {counted(FREQUENT, 'كلمة')} تكراراً، أعلاها ذروةً "
        f"فوق معدلها، وفي فترة ذروة كلٍّ منها {counted(MIN_PEAK_STORIES, 'قصة')} على الأقل"
    )


def peaking_terms(daily: pd.DataFrame, k: int, min_stories: int = MIN_PEAK_STORIES) -> list:
    """The ``k`` keys of ``daily`` (a :func:`helpers.freq.time_series` table of one
    group: ``key``, ``period``, ``per_1000``, ``stories``) whose highest rate is
    furthest above their mean rate (max / mean), among the keys whose peak period (the
    first period of the highest rate) holds the key in at least ``min_stories``
    stories. Ties keep the keys' order in ``daily``.

    Example: a key at rates 0, 0, 9 whose peak day holds it in 2 stories is left out
    at ``min_stories=3``, whatever its ratio (3.0).

    The rows are read by position, whatever ``daily``'s index (a date or repeated
    index raised KeyError; session 19, fixview19). A missing rate (NaN) is left out of
    its key's max and mean; a key with no rate, or whose rates are all 0 (no ratio),
    is skipped, and an empty ``daily`` gives ``[]`` (these raised ValueError and
    TypeError).

    Returns
    -------
    list
        At most ``k`` keys, highest ratio first.

    Raises
    ------
    helpers.errors.CorpusFormatError
        ``daily`` is not a DataFrame or lacks a column.
    """
    from helpers.errors import check_table

    check_table(
        daily,
        "peaking_terms",
        name="daily",
        columns=("key", "period", "per_1000", "stories"),
        made_by="helpers.freq.time_series(counts, keys)",
    )
    rows = daily.reset_index(drop=True)  # labels 0..n-1: idxmax gives positions
    rows = rows[rows["per_1000"].notna()]
    if rows.empty:
        return []
    rate = rows.groupby("key", sort=False)["per_1000"]
    peak = rows.loc[rate.idxmax()].set_index("key")["stories"]
    ratio = (rate.max() / rate.mean())[peak.index[peak >= min_stories]]
    return list(ratio.dropna().astype(float).nlargest(k).index)


def chart_note(message: str) -> str:
    """A :class:`helpers.charts.ChartWarning` as a reader's note (one line of Markdown,
    its opening in Arabic, :data:`NOT_DRAWN` and :data:`NOTE_ON_CHART`, the reason
    after it Arabic too, from the one table :mod:`helpers.charts.reasons`, session 21):
    ``cleaning_chart: لم يحذف التنظيف أي سطر; drawing an empty figure`` is «_لم يُرسم
    الشكل: لم يحذف التنظيف أي سطر._»; any other (``bar_chart: تُرك 3 صفوف بلا قيمة
    (NaN) في count``) is «_ملاحظة على الشكل: ..._». No path, no
    code line, no warning class, no function name (the ``what: `` before the message).
    A :class:`helpers.charts.FontCoverageWarning` reads the same way (its message names
    fonts by family, no file). The message is escaped
    (:func:`helpers.display.escape_markdown`): a term or column name in it shows as
    written, never as HTML or Markdown. Raises
    :class:`helpers.errors.ArgumentError` for a ``message`` that is not a str."""
    if not isinstance(message, str):
        raise ArgumentError(f"chart_note: message must be a str, got {type(message).__name__}")
    from helpers.charts.reasons import EMPTY_SUFFIX

    what, sep, text = message.partition(": ")
    if not sep or " " in what:  # no "chart_function: " prefix
        text = message
    text = " ".join(text.split()).rstrip(".")  # one line
    if text.endswith(EMPTY_SUFFIX):
        return f"_{NOT_DRAWN}: {escape_markdown(text.removesuffix(EMPTY_SUFFIX), None)}._"
    return f"_{NOTE_ON_CHART}: {escape_markdown(text, None)}._"


#: The openings of :func:`chart_note` (Arabic, session 20; «Chart not drawn», «Note on
#: the chart» before). The warning's own message after them is the chart's reason, in
#: Arabic since session 21 (:mod:`helpers.charts.reasons`).
NOT_DRAWN = "لم يُرسم الشكل"
NOTE_ON_CHART = "ملاحظة على الشكل"


def _in_notebook() -> bool:
    """Is this code running in an IPython kernel (a notebook, papermill)?"""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a requirement
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


#: The registry of warnings :func:`noted` gives again (``warnings.warn_explicit``): a
#: "default" filter shows each once a place, as a warning given directly would be.
_GIVEN: dict = {}


def noted(func):
    """The one rule for chart warnings in the notebooks (session 18): a section that
    draws (every ``helpers.sections`` function returning figures carries this
    decorator) catches the :class:`helpers.charts.ChartWarning` its charts give and,
    in a notebook, shows each as one short note (:func:`chart_note`) instead of a
    warning line with a source path and a code line (``…/sections.py:524:
    ChartWarning: ...``, which every reader of a subset run's 01_corpus.html saw), and
    likewise a :class:`helpers.charts.FontCoverageWarning` (a term in a script no font
    draws, 中国 in a SaudiNewsNet body: it showed a site-packages font path).
    Outside a notebook (a script, the tests) the warning is given again as it was, for
    ``pytest.warns`` and ``-W error``. Other warnings pass through unchanged. A chart
    drawn empty is also left out by :func:`save_all` (neither saved nor shown)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from helpers.charts import ChartWarning, FontCoverageWarning

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            out = func(*args, **kwargs)
        notebook = _in_notebook()
        notes = []
        for w in caught:
            if notebook and issubclass(w.category, (ChartWarning, FontCoverageWarning)):
                note = chart_note(str(w.message))
                if note not in notes:
                    notes.append(note)
            else:
                # as it was given: the filters in force decide, once a place (_GIVEN)
                warnings.warn_explicit(
                    w.message, w.category, w.filename, w.lineno, registry=_GIVEN, source=w.source
                )
        _show_note("\n\n".join(notes))  # notes only in a notebook
        return out

    return wrapper


def empty_figure(fig) -> bool:
    """Is ``fig`` the titled empty figure a chart draws when it has nothing to draw
    (the words «لا توجد بيانات»)? Any other object: False. The charts mark the figure
    where they draw it: :func:`helpers.charts.skeleton.is_empty_figure`."""
    from helpers.charts.skeleton import is_empty_figure

    return is_empty_figure(fig)


def save_all(figures: Iterable[tuple[str, object]], folder: str | Path) -> list:
    """Save each ``(name, figure)`` with :func:`helpers.charts.save_figure` into
    ``folder``; return the figures in order (for ``show_figure``). A figure drawn empty
    (:func:`empty_figure`: the chart had nothing to draw, which :func:`noted` says in
    a note) is neither saved nor returned (session 18: the subset run drew an empty
    cleaning chart under a raw warning)."""
    from helpers.charts import save_figure

    out = []
    for name, fig in figures:
        if empty_figure(fig):
            continue
        save_figure(fig, name, folder)
        out.append(fig)
    return out


def show_all(figures: Iterable[tuple[str, object]], folder: str | Path) -> None:
    """Save each ``(name, figure)`` (:func:`save_all`) and show it in the notebook with
    its alt text (:func:`helpers.charts.show_figure`)."""
    from helpers.charts import show_figure

    for fig in save_all(figures, folder):
        show_figure(fig)


def _line_group(study) -> str | None:
    """The stories column drawn as one series a group, or None (stories, periods, the
    whole corpus: one series)."""
    by = study.by
    return None if by in ("story_id", CORPUS_GROUP) or study.unit.is_period else by


def _labelled(study, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with its group column shown as labels (Arabic dates for periods), its
    rows in the run's group order (:func:`in_group_order`). A table counted over
    :func:`_label_stories` already holds the labels: they are kept as they are."""
    col = study.col
    if _by_label(study):
        return in_group_order(study, table)
    return in_group_order(study, table.assign(**{col: table[col].map(study.unit.label)}))


def _by_label(study) -> bool:
    """True when the run's groups are a stories column (not a period, not story ids):
    its tables are counted by group label (:func:`_label_stories`)."""
    return not study.unit.is_period and study.by != "story_id" and study.by in study.stories.columns


def _label_stories(study) -> pd.DataFrame:
    """The stories table to count groups over: ``study.stories`` with the group column
    (a stories column, :func:`_by_label`) replaced by each story's group label
    (:attr:`Study.groups`, :meth:`Unit.label`; a story without a value gets none), so
    two values shown by one name (``okaz`` and ``www.okaz.com.sa``, both «عكاظ») are
    one group with one row per entity, term or speaker, its stories counted once
    (hostfix22b: they were two rows of one label, and 03's places chart, reading the
    larger, showed half the rate). Periods and story ids: ``study.stories``."""
    if not _by_label(study):
        return study.stories
    stories = study.stories
    labels = stories["story_id"].astype(str).map(study.groups)
    return stories.assign(**{study.by: labels})


def _group_sequence(study) -> list[str]:
    """Every group label of the run in the one group order: periods by date; other
    groups by stories, most first, ties by name."""
    from helpers.charts.skeleton import group_order as by_stories
    from helpers.corpus import story_groups

    if study.unit.is_period:
        starts = story_groups(study.stories, study.by).drop_duplicates()
        return [study.unit.label(v) for v in sorted(starts)]
    return by_stories(study.sizes)  # the charts' one rule: most stories first


def in_group_order(study, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` (a group column of labels, as the group tables of this module give it)
    with its rows in the order the charts draw the groups (:func:`group_order`, small
    groups included: by stories, most first, or by date for periods), so a table lists
    outlets as the charts do, not by their ids; the rows of one group keep their order
    (rank, count). Rows of a group the run does not know come last. At story level, or
    without the group column, ``table`` itself.

    Returns
    -------
    DataFrame
        The same rows and values, a new 0-based index, ``attrs`` kept.
    """
    import numpy as np

    col = study.col
    if study.per_story or col not in table.columns or table.empty:
        return table
    position = {g: i for i, g in enumerate(_group_sequence(study))}
    key = table[col].map(position).fillna(len(position)).to_numpy()
    out = table.iloc[np.argsort(key, kind="stable")].reset_index(drop=True)
    out.attrs = dict(table.attrs)
    return out


def group_values(study, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` as the CSVs keep it: its group column (labelled for display by
    :func:`_labelled`: «الشرق الأوسط») back to the stories' own values (``aawsat``), so
    a table joins the stories table on that column. Periods keep their labels (the
    Arabic date of the period's first day, as before); a label two values share (two
    spellings of one outlet's domain) is left as the label. At story level, or for a
    table without the group column, ``table`` itself.

    Returns
    -------
    DataFrame
        ``table`` with the group column replaced (object dtype), same rows and order.
    """
    from helpers.corpus import story_groups

    col = study.col
    if study.per_story or study.unit.is_period or col not in table.columns:
        return table
    shown: dict[str, list] = {}
    for value in story_groups(study.stories, study.by).drop_duplicates():
        shown.setdefault(study.unit.label(value), []).append(value)
    back = {label: values[0] for label, values in shown.items() if len(values) == 1}
    return table.assign(**{col: table[col].map(lambda v: back.get(v, v))})


def group_tokens(study, zones: Sequence[str] | None = None) -> pd.Series:
    """Counted tokens per group, indexed by the group's label (float64, name ``tokens``):
    the denominators charts use to leave out groups too small to compare."""
    from helpers.charts import group_tokens as tokens_of

    counts = study.counts() if zones is None else study.counts(zones)
    totals = tokens_of(counts, study.stories, study.by)
    totals.index = [study.unit.label(v) for v in totals.index]
    return totals.groupby(level=0, sort=False).sum().rename("tokens")


def group_order(study, tokens: pd.Series | None = None) -> list[str]:
    """The one order of the group axes of a run (panels, heatmap columns), as group
    labels: periods by date; other groups by stories, most first, ties by name. Groups
    too small to compare (:func:`helpers.charts.skeleton.small_groups`: fewer than 5
    stories, or fewer than 1,000 counted tokens when ``tokens`` is given) are not
    listed, so a chart still leaves them out and says so."""
    from helpers.charts.skeleton import small_groups

    order = _group_sequence(study)
    drop, _ = small_groups(order, stories=study.sizes, tokens=tokens)
    return [g for g in order if g not in set(drop)]


#: The rates every chart comparing sides of different size draws (raw counts stay in
#: the tables and CSV files): mentions per 1,000 counted tokens of the side, and
#: quotations per 100 stories of the side.
PER_1000_LABEL = f"مرات الذكر {column_label('per_1000')}"
PER_100_STORIES = "per_100_stories"
PER_100_STORIES_LABEL = "الاقتباسات لكل 100 قصة"
#: Entities in group charts are ranked by the stories that mention them (ties by
#: mentions) and drawn as a share of the group's stories (``charts.skeleton.
#: STORY_SHARE``): a story counts once however often it names someone. The axis label,
#: the heatmaps' unit and the note that says how bars are ranked.
STORY_SHARE_LABEL = "القصص التي تذكره من كل 100 قصة"
STORY_SHARE_UNIT = "من كل 100 قصة"
BY_STORIES_NOTE = "الترتيب بعدد القصص التي تذكره ثم بمرات ذكره"


def per_100_stories(table: pd.DataFrame, col: str, sizes) -> pd.DataFrame:
    """``table`` (quotations per group and speaker: ``<col>, ..., quotes``) with
    :data:`PER_100_STORIES` (float64) = ``quotes * 100 / stories of the group``, so
    groups and sides of different size compare; ``sizes``: stories per group (mapping or
    Series keyed as ``table[col]``). A group of unknown size gets NaN."""
    size = table[col].map(pd.Series(sizes, dtype=float))
    rate = table["quotes"].astype(float) * 100.0 / size.where(size > 0)
    return table.assign(**{PER_100_STORIES: rate})


#: Metadata columns of the stories table shown by :func:`stories_table` when the corpus
#: has them, in this order.
SHOWN_METADATA = ("outlet", "group", "date", "author")


def stories_table(study, *, tokens: bool = True) -> pd.DataFrame:
    """Notebook 01: the stories as a reader looks at them first, one row per story.

    Parameters
    ----------
    study : helpers.study.Study
    tokens : bool
        Add the counted tokens of each story (titles and bodies, the denominators of
        every rate; from the run's counts, ``study.counts()``).

    Returns
    -------
    DataFrame
        ``story_id, title`` (str), the columns of :data:`SHOWN_METADATA` the stories
        table has (``date`` as ``YYYY-MM-DD`` text), ``tokens`` (int64, with
        ``tokens``), ``characters, paragraphs, captions`` (int64; title + captions +
        body, :func:`helpers.corpus.describe`), ``photo_credits`` (str, only when a
        story has one), ``encoding`` (only when the files differ), ``source_file``
        (:data:`SOURCE_FILE`, the name ``stories.csv`` gives it too; ``corpus_file``
        before session 21; str: the story's file inside the corpus,
        ``2015-07-21.zip/2015-07-21.json``, or its name; never a folder of the machine).
        Show it with
        :func:`helpers.display.rtl_table`, which caps the rows. ``stories.csv``
        (:func:`stories_csv`) keeps every story and every column of the
        stories table, not the lengths computed here (write this frame to keep them).
    """
    import os

    from helpers.corpus import describe
    from helpers.corpus.dates import as_dates

    stories = study.stories
    base = describe(stories)
    out = base[["story_id", "title"]].copy()
    for col in SHOWN_METADATA:
        if col in stories.columns and stories[col].notna().any():
            values = stories[col]
            if col == "date":
                values = as_dates(values).dt.strftime("%Y-%m-%d")
            out[col] = values.to_numpy()
    if tokens:
        counts = study.counts()
        per_story = pd.Series(counts.tokens, index=list(counts.story_ids), dtype="int64")
        out["tokens"] = out["story_id"].map(per_story).fillna(0).astype("int64").to_numpy()
    for col in ("characters", "paragraphs", "captions"):
        out[col] = base[col].to_numpy()
    if (base["photo_credits"] != "").any():
        out["photo_credits"] = base["photo_credits"].to_numpy()
    if base["encoding"].nunique() > 1:
        out["encoding"] = base["encoding"].to_numpy()
    root = Path(study.corpus).expanduser()
    root = root if root.is_dir() else root.parent

    def inside(path) -> str:
        text = str(path)
        try:
            rel = os.path.relpath(text, root.resolve())
        except ValueError:  # another drive (Windows)
            rel = ".."
        return Path(rel).as_posix() if not rel.startswith("..") else Path(text).name

    out[SOURCE_FILE] = [inside(p) for p in stories["source"]]
    if "outlet" in out.columns:  # an outlet by its Arabic name, as the charts show it
        from helpers.charts.names import group_name

        out["outlet"] = out["outlet"].map(lambda v: group_name(v) if isinstance(v, str) else v)
    return out.reset_index(drop=True)


def cleaning_table(report: pd.DataFrame, root: str | Path | None = None) -> pd.DataFrame:
    """Notebook 01: the cleaning report as a reader looks at it, one row per line.

    With ``root`` (``CORPUS``) its ``file`` is the corpus-relative name that
    ``cleaning_report.csv`` writes (:func:`report_csv`, one rule: session 18, the table
    showed ``../data/raw/...`` beside the CSV's ``asharq-two-stories.txt``).

    ``text`` and ``kept`` are cut to what changed, with a little of the line either side
    (:func:`helpers.display.around_change`: 40 characters; a line dropped whole shows
    its first and last 40), so a dateline cut from a long paragraph shows as the
    dateline, not the paragraph; ``reason`` is the reason's Arabic name
    (:func:`helpers.charts.views.reason_name`, the cleaning chart's legend: «محارف
    اتجاه النص أزيلت»), a dropped copy's followed by the id of the story kept
    (:func:`helpers.corpus.duplicates.kept_ids`: «قصة مكررة (نسخة أخرى من قصة مُبقاة):
    r1»). An invisible or control character in ``file``, ``story_id``, ``text``,
    ``kept`` or ``reason`` (a removed U+202E, a zero-width joiner; a file name or id
    holding one) is shown as its code, ``⟨U+202E⟩``
    (:func:`helpers.display.visible_controls`), never as itself, which would reorder or
    hide the text around it (:func:`helpers.display.rtl_table` escapes HTML but shows
    such characters as they are). ``cleaning_report.csv`` keeps every line whole and
    the reasons in full.

    Parameters
    ----------
    report : DataFrame
        The cleaning report (:func:`helpers.corpus.load_corpus` with
        ``return_report=True``): ``file, line, text, reason, action, story_id, kept``.
    root : str or Path, optional
        The corpus path the report was made from; ``file`` relative to it as
        :func:`report_csv` writes it (without it: the loader's path as it is).

    Returns
    -------
    DataFrame
        The same rows and columns, ``text``, ``kept`` and ``reason`` (str) as shown,
        ``file`` as :func:`report_csv` writes it (``file`` and ``story_id`` with their
        control characters shown as codes).

    Raises
    ------
    helpers.errors.ArgumentError
        ``report`` is not a DataFrame.
    helpers.errors.CorpusFormatError
        ``report`` lacks ``text``, ``reason`` or ``kept``.
    """
    from helpers.charts.views import reason_name
    from helpers.corpus.duplicates import kept_ids
    from helpers.display import around_change, visible_controls
    from helpers.errors import check_table

    check_table(
        report,
        "cleaning_table",
        "report",
        columns=("text", "reason", "kept"),
        made_by="helpers.corpus.load_corpus(path, return_report=True)",
    )
    report = report_csv(report, root)
    shown = [around_change(t, k) for t, k in zip(report["text"], report["kept"], strict=True)]
    kept_story = kept_ids(report)
    reason = [
        r if not isinstance(r, str) else reason_name(r) + ("" if pd.isna(k) else f": {k}")
        for r, k in zip(report["reason"], kept_story, strict=True)
    ]
    out = report.assign(text=[t for t, _ in shown], kept=[k for _, k in shown], reason=reason)
    for col in ("file", "story_id", "text", "kept", "reason"):
        if col in out.columns:
            out[col] = [visible_controls(v) for v in out[col]]
    return out


#: What notebook 01 shows for a cleaning report with no rows (:func:`cleaning_view`):
#: every line of every file was kept as it was (the embedded two stories).
NOTHING_CLEANED = (
    "_لم تُحذف أي قصة ولا أي سطر، ولم يُصلح أي سطر: بقي كل سطر من ملفات المدونة كما "
    "هو، فلا جدول للتنظيف._"
)


def cleaning_view(report: pd.DataFrame, root: str | Path | None = None, source=None):
    """Notebook 01's cleaning section: :func:`cleaning_table` as
    :func:`helpers.display.rtl_table` (``source`` the file holding the whole table),
    or, when the report has no row (nothing dropped or repaired, e.g. the embedded two
    stories), the sentence :data:`NOTHING_CLEANED` as
    :func:`helpers.display.markdown` instead of an empty table with no word (session
    20). Raises as :func:`cleaning_table`."""
    from helpers.display import markdown, rtl_table

    table = cleaning_table(report, root=root)
    if table.empty:
        return markdown(NOTHING_CLEANED)
    return rtl_table(table, source=source)


def duplicates_note(report: pd.DataFrame) -> str:
    """Notebook 01: one Markdown sentence, in Arabic (session 21; «No duplicate story…»
    before), saying how many duplicate stories the loader dropped
    (:func:`helpers.corpus.duplicates.dropped_count` of the cleaning report; the rule:
    :mod:`helpers.corpus.duplicates`), and how to keep them: «_لا قصة مكررة: …_» or
    «_**حُذفت قصتان مكررتان**: …_». Raises :class:`helpers.errors.ArgumentError`
    when ``report`` is not a DataFrame."""
    from helpers.charts.views import reason_name
    from helpers.corpus.duplicates import dropped_count

    if not isinstance(report, pd.DataFrame):
        raise ArgumentError(
            f"duplicates_note: report must be the cleaning report (a DataFrame), "
            f"got {type(report).__name__}"
        )
    n = dropped_count(report)
    if not n:
        return "_لا قصة مكررة: لا يكرر نصُّ قصة نصَّ قصة أخرى من الصحيفة نفسها._"
    dropped = DROPPED_DUPLICATES.get(n) or f"حُذفت {_counted_stories(n)} مكررة"
    return (
        f"_**{dropped}**: نصها نص قصة سابقة من الصحيفة نفسها (أعاد الزاحف جلبها) لا يختلف "
        "إلا في المسافات (أو، بعد قطع نص الموقع، النص والعنوان معاً)، والسابقة هي التي "
        f"تبقى؛ يذكر تقرير التنظيف أدناه كلاً منها (السبب «{reason_name('duplicate story')}»). "
        '`load_corpus(..., duplicates="keep")` يُبقي كل القصص._'
    )


#: :func:`duplicates_note`'s opening for one and two stories (the adjective agrees with
#: the dual); from 3 on «حُذفت 3 قصص مكررة».
DROPPED_DUPLICATES = {1: "حُذفت قصة واحدة مكررة", 2: "حُذفت قصتان مكررتان"}


def _counted_stories(n: int) -> str:
    """``n`` stories in Arabic (:func:`helpers.charts.skeleton.counted` of «قصة»), without
    importing the charts until called. Raises as ``counted``."""
    from helpers.charts.skeleton import counted

    return counted(n, "قصة")


#: ``stories.csv``'s name for the loader's ``source`` column (the file a story came
#: from): a corpus's own ``source`` field is often the outlet (SaudiNewsNet's is), so the
#: file column is never written under that name.
SOURCE_FILE = "source_file"


def stories_csv(stories: pd.DataFrame, root: str | Path | None = None) -> pd.DataFrame:
    """Notebook 01: the stories table as ``stories.csv`` keeps it.

    Three changes, all to the file only (the stories table in memory keeps its columns):

    * ``paragraphs`` is left out: ``body`` holds the same paragraphs joined with a blank
      line (``"\\n\\n"``), so ``body.split("\\n\\n")`` gives them back (an empty body
      has none); written twice they doubled the file (97 MB for ten days of
      SaudiNewsNet; 37.5 MB -> 19.5 MB for the 5,000 stories of 2015-07-21/22);
    * ``source`` (the file the story came from) is written as :data:`SOURCE_FILE`
      (``source_file``), so nobody reads it as a corpus's own ``source`` field (in
      SaudiNewsNet the outlet, which ``FIELDS`` maps to ``outlet``). A corpus field
      already named ``source_file`` is written as ``meta_source_file``, the loader's
      rule for a field named like one of its columns;
    * with ``root`` (the corpus path the notebook read, ``CORPUS``), ``source_file`` is
      the file's path relative to the corpus root, ``/`` between its parts: the folder
      a folder corpus names, or the folder holding a file or zip corpus
      (``2015-07-21.zip/2015-07-21.json`` for SaudiNewsNet's folder of zips,
      ``asharq-two-stories.txt`` for the embedded corpus), so a shared stories.csv
      carries no folder of the machine that wrote it. A path outside the root is kept
      as it is.

    Parameters
    ----------
    stories : DataFrame
        The stories table (:func:`helpers.corpus.load_corpus`).
    root : str or Path, optional
        The corpus path the stories were loaded from; without it ``source_file`` is the
        loader's path as it is.

    Returns
    -------
    DataFrame
        The same rows, columns in the same order less ``paragraphs``, ``source``
        renamed (and relative to ``root`` when given).

    Raises
    ------
    helpers.errors.ArgumentError
        ``stories`` is not a DataFrame.
    helpers.errors.CorpusFormatError
        ``stories`` lacks ``story_id``.
    """
    from helpers.errors import check_table

    check_table(stories, "stories_csv", columns=("story_id",))
    out = stories.drop(columns=[c for c in ("paragraphs",) if c in stories.columns])
    names = {}
    if "source" in out.columns:
        names["source"] = SOURCE_FILE
        # a corpus field of that name moves aside, to the first free meta_ name
        # (meta_source_file, meta_meta_source_file...): no two columns share a name
        taken = set(out.columns)
        old = SOURCE_FILE
        while old in taken:
            new = f"meta_{old}"
            names[old] = new
            old = new
        if root is not None:
            out = out.assign(source=[_under(p, root) for p in out["source"]])
    return out.rename(columns=names)


def report_csv(report: pd.DataFrame, root: str | Path | None = None) -> pd.DataFrame:
    """Notebook 01: the cleaning report as ``cleaning_report.csv`` (and the workbook's
    sheet) keeps it: with ``root`` (``CORPUS``) its ``file`` column relative to the
    corpus root by the rule of :func:`stories_csv`'s ``source_file`` (one function,
    ``/`` between parts, a path outside the root kept), so a shared report names no
    folder of the machine that wrote it. Same rows and columns (``file``: str); a
    report without ``file`` is returned as it is.

    Raises
    ------
    helpers.errors.ArgumentError
        ``report`` is not a DataFrame.
    """
    from helpers.errors import check_table

    check_table(
        report,
        "report_csv",
        "report",
        made_by="helpers.corpus.load_corpus(path, return_report=True)",
    )
    if root is None or "file" not in report.columns:
        return report
    return report.assign(file=[_under(p, root) for p in report["file"]])


def _under(path, root: str | Path) -> object:
    """``path`` relative to the corpus ``root`` (its folder; a file's or zip's own
    folder), with ``/``; a path outside it, or no path, as it is. Compared as absolute
    paths from the working folder, without following links (the loader's paths are
    written from the same ``CORPUS``)."""
    if not isinstance(path, str) or not path:
        return path
    base = Path(os.path.abspath(Path(root).expanduser()))
    if not base.is_dir():
        base = base.parent
    try:
        return Path(os.path.abspath(path)).relative_to(base).as_posix()
    except ValueError:
        return path


@noted
def corpus_overview(study) -> list[tuple[str, object]]:
    """Notebook 01: stories per group over time (when dated, period by
    :func:`helpers.grouping.auto_period`), story lengths and what cleaning removed, per
    group (one series for stories, periods or the whole corpus; story lengths a box a
    period under a period unit, whose bars over time are the periods themselves).
    Undated stories: no stories over time, and a :class:`helpers.charts.ChartWarning`
    that :func:`noted` shows as «_لم يُرسم الشكل: لا تاريخ لأي قصة._»
    (:data:`helpers.charts.reasons.NO_DATE`, notebook 02's words)."""
    from helpers.charts import cleaning_chart, stories_over_time, story_lengths_chart

    group = _line_group(study)
    out = []
    if study.dated:
        period = auto_period(study.stories["date"])
        # the run's one group order: each outlet's place and colour as in every figure
        order = group_order(study) if group else None
        over_time = stories_over_time(study.stories, group, period=period, order=order)
        out.append(("01_stories_over_time", over_time))
    else:  # said, as notebook 02 says it (session 21: the cell was silent)
        from helpers.charts import ChartWarning
        from helpers.charts.reasons import EMPTY_SUFFIX, NO_DATE

        warnings.warn(ChartWarning(f"corpus_overview: {NO_DATE}{EMPTY_SUFFIX}"), stacklevel=2)
    # a period unit: a box a period (stories over time has a bar a period already)
    lengths_by = study.by if study.unit.is_period else group
    out.append(("01_story_lengths", story_lengths_chart(study.stories, lengths_by)))
    out.append(("01_cleaning", cleaning_chart(study.report, study.stories, group)))
    return out


def extra_stopwords(
    study, drop_reporting_verbs: bool | None = None, drop_lists=()
) -> tuple[str, ...]:
    """The term keys every top-terms, keyness and comparison section leaves out besides
    the stopwords (which :func:`helpers.freq.term_frequencies` and
    :func:`helpers.freq.keyness` always leave out): the one place the notebooks'
    ``DROP_REPORTING_VERBS`` parameter is read.

    Parameters
    ----------
    study : helpers.study.Study
        The notebook's study (kept for the callers: since session 15 the default no
        longer depends on its size).
    drop_reporting_verbs : bool or None
        True: the reporting verbs (:func:`helpers.text.reporting_verbs`: قال، أضاف،
        أكد...), the name parts (:func:`helpers.text.name_parts`: بن، أبو...) and the
        rows of ``text/data/display_added.tsv`` (المائة, month names such as يوليو /
        تموز, halves of spaced عبد names such as عزيز, Latin scrape residue and page
        furniture such as ``false``, ``next``) and the words that stand for a formula
        alone (:func:`helpers.text.formula_words`: خادم، حرمين، سمو، بد), i.e.
        :func:`helpers.text.display_stopwords` beyond the stopwords, are left out;
        False: kept; None (default): left out, at every corpus size. They are
        function words of news prose, not of a story's topic: beyond story level a
        corpus's top terms are otherwise led by وقال in every outlet (on 2,000
        SaudiNewsNet articles وقال ranks in the top 12 of 3alyoum, aawsat and
        aleqtisadiya), and in the two embedded stories أضاف was a top term and
        «وأضاف لافروف» a top word pair of a story about Iraq (session 15; until then
        they were kept at story level). The counts keep them (quotes need them).
        Anything else (``"no"``, ``0``) is an :class:`helpers.errors.ArgumentError`.
    drop_lists : str or sequence of str
        Names of optional lists whose keys are left out too
        (:func:`helpers.text.optional_stopwords`: ``"weekdays"`` السبت … الجمعة,
        ``"generic"`` العديد، الكثير، يجب، ينبغي); the notebooks' ``DROP_LISTS``
        parameter. Default none (session 18: a choice of the user, as in Voyant and
        AntConc; the embedded stories' rankings keep يوم الأحد). :data:`OUTLETS_LIST`
        ``"outlets"`` (session 19): the words of newspapers' names that the run's
        stories write mostly as a cited outlet's name
        (:func:`helpers.own_names.cited_outlet_words`: «عكاظ» in sabq's stories; not
        اليوم "today"), a citation rather than content. An unknown name, or a
        value that is neither a name nor a list, tuple or set of names (``5``), is an
        :class:`helpers.errors.ArgumentError` naming ``drop_lists``.

    Returns
    -------
    tuple of str
        Term keys, for ``extra_stopwords=`` of :func:`group_term_frequencies` and
        :func:`helpers.freq.term_frequencies`, and for :func:`drop_terms`.
    """
    from helpers.text import display_stopwords, optional_stopwords, stopwords

    # "no" or 0 would be read by truth value (session 22 hostfix22c)
    drop = drop_reporting_verbs is None or check_flag(
        drop_reporting_verbs, "extra_stopwords", "drop_reporting_verbs (DROP_REPORTING_VERBS)"
    )
    # the one list for rankings shown to readers, less what the stopwords already drop
    keys = display_stopwords() - stopwords() if drop else frozenset()
    names = _list_names(drop_lists)
    if OUTLETS_LIST in names:  # a list of the run, not of a file (session 19)
        from helpers.own_names import cited_outlet_words

        names = tuple(n for n in names if n != OUTLETS_LIST)
        keys = keys | (cited_outlet_words(study) - stopwords())
    if names:
        try:
            chosen = optional_stopwords(*names)
        except ArgumentError as exc:  # the parameter named, as the notebooks call it
            raise ArgumentError(
                f"drop_lists: {exc} (or {OUTLETS_LIST!r}: the names of the outlets cited)"
            ) from None
        keys = keys | (chosen - stopwords())
    return tuple(sorted(keys))


#: The optional list of :func:`extra_stopwords` computed from the run, not read from
#: ``optional_stopwords.tsv``: the words of newspapers' names the stories write mostly
#: as a cited outlet's name (:func:`helpers.own_names.cited_outlet_words`: عكاظ in sabq).
OUTLETS_LIST = "outlets"


def _list_names(drop_lists) -> tuple[str, ...]:
    """The optional lists ``drop_lists`` names (:func:`extra_stopwords`): None or ``()``
    none, a str one, a list, tuple or set those. Anything else (``5``, a dict) raises
    :class:`helpers.errors.ArgumentError` naming the parameter (session 18:
    ``drop_lists=5`` was a bare TypeError); the names themselves are checked by
    :func:`helpers.text.optional_stopwords`."""
    if drop_lists is None:
        return ()
    if isinstance(drop_lists, str):
        return (drop_lists,)
    if not isinstance(drop_lists, (list, tuple, set, frozenset)):
        from helpers.text.stopwords import OPTIONAL_LISTS

        raise ArgumentError(
            "drop_lists must be the name of an optional list or a list of names "
            f"({', '.join((*OPTIONAL_LISTS, OUTLETS_LIST))}), got "
            f"{type(drop_lists).__name__} {drop_lists!r}"
        )
    return tuple(drop_lists)


def drop_terms(table: pd.DataFrame, extra: Sequence[str]) -> pd.DataFrame:
    """``table`` (keyness, shared terms: a ``term`` column of keys) without the rows of
    the ``extra`` keys (:func:`extra_stopwords`). Leaving a term out of a keyness table
    changes no other row: each term's statistics use the sides' token totals."""
    if not len(extra):
        return table
    out = table[~table["term"].isin(list(extra))]
    out.attrs = dict(table.attrs)
    return out


def group_term_frequencies(
    study,
    n: int = 1,
    *,
    zones: Sequence[str] | None = None,
    extra_stopwords=(),
    min_count: int = 1,
    drop_subsumed: bool = False,
) -> pd.DataFrame:
    """Term frequencies per group (:func:`helpers.freq.term_frequencies` of the run's
    counts, ``by=`` the unit): ``<group column>, term, label, n, count, per_1000,
    rank, df, tfidf``, the group column shown as labels; terms seen fewer than
    ``min_count`` times in a group are left out (notebook 02 keeps bigrams seen at
    least twice: at 2,000 SaudiNewsNet articles 89 % of the group-bigram rows are
    seen once, and at 20,000 the full table runs to millions of rows). With
    ``drop_subsumed`` the n-grams inside one trigram as often as they occur give way to
    it (:mod:`helpers.freq.subsumed`); the run's counts hold no trigrams, so the
    stories are counted once more with n = 1, 2, 3 in this process
    (:meth:`helpers.study.Study.counts`, kept for the session). Its cost, measured by
    ``benchmarks/bench_subsumed.py`` on 2,000 SaudiNewsNet stories (session 19): 2.1-2.3
    s CPU for that count (the run's n = 1, 2 takes 1.8-1.9 s) and 0.8 s for the bigram
    table (0.35 s without the rule), so about 2.7 s CPU more on the first call, 0.5 s on
    later ones. The run's counts do not carry the trigrams instead: every run would pay
    about 0.3 s CPU a 2,000 stories and 143,453 more keys (beside 189,007 bigram keys) for
    an option off by default."""
    from helpers.freq import term_frequencies
    from helpers.study import COUNT_ZONES

    if drop_subsumed:
        counts = study.counts(COUNT_ZONES if zones is None else zones, n=(1, 2, 3))
    else:
        counts = study.counts() if zones is None else study.counts(zones)
    table = term_frequencies(
        counts,
        by=study.by,
        n=n,
        extra_stopwords=extra_stopwords,
        stories=_label_stories(study),
        min_count=min_count,
        drop_subsumed=drop_subsumed,
    )
    return _labelled(study, table)


@noted
def terms_by_group(
    study,
    table: pd.DataFrame,
    *,
    title: str | None = None,
    zones=None,
    own: bool = True,
    note: str | None = None,
) -> list[tuple[str, object]]:
    """Notebook 02: each group's top terms (``table`` of :func:`group_term_frequencies`,
    ``n`` 1 or 2) as small multiples on one scale, per 1,000 tokens of the group; with
    ``own`` (default) a group's own-name words (:func:`own_words`: سبق in sabq) are left
    out of its panel. ``note`` (:func:`lists_off_note`) ends the subtitle on a line of
    its own."""
    from helpers.charts import top_terms_by_group
    from helpers.charts.names import unit_noun

    formulas_dropped = table.attrs.get("formulas_dropped", 0)  # without_formulas
    if own:
        table = without_own_words(table, study.col, own_words(study))

    bigrams = _of_bigrams(table)
    options = {"title": title} if title else {}
    if not bigrams and not title:
        options["subtitle"] = f"{column_label('per_1000')} في كل {unit_noun(study.by)}"
    if formulas_dropped:  # without_formulas left some out: say so
        options["subtitle"] = "؛ ".join(p for p in (options.get("subtitle"), FORMULAS_NOTE) if p)
    if note:
        options["subtitle"] = "\n".join(p for p in (options.get("subtitle"), note) if p)
    tokens = group_tokens(study, zones)
    fig = top_terms_by_group(
        table,
        study.col,
        group_sizes=study.sizes,
        tokens=tokens,
        order=group_order(study, tokens),
        **options,
    )
    return [("02_top_bigrams_by_group" if bigrams else "02_top_terms_by_group", fig)]


#: Columns of the per-story top-terms tables of notebook 02.
STORY_TERM_COLUMNS = ["label", "term", "count", "per_1000", "rank", "df", "tfidf"]
#: The title of the bigram charts (kept for callers; the charts name the unit in its own
#: noun, «العبارات الأكثر تكراراً في كل صحيفة»: :func:`helpers.charts.top_terms_by_group`).
BIGRAMS_TITLE = "العبارات الأكثر تكراراً في كل مجموعة"


#: The note a chart of n-grams adds when :func:`without_formulas` left rows out (session
#: 23: the discourse connectives too, «من جهة أخرى»).
FORMULAS_NOTE = (
    "دون صيغ الألقاب والدعاء وعبارات الربط (خادم الحرمين الشريفين، صلى الله عليه وسلم، من جهة أخرى)"
)


def without_formulas(table: pd.DataFrame, drop: bool = True) -> pd.DataFrame:
    """``table`` (term frequencies, column ``n``) without its n-grams (``n`` >= 2) that lie
    inside a formula (:func:`helpers.text.is_formula`: titles of address, eulogies,
    praise of God, invocations of ``text/data/formulas.tsv``: خادم حرمين، صلى الله) or
    inside a discourse connective (:func:`helpers.text.is_connective`,
    ``text/data/connectives.tsv``: جهة اخرى of «من جهة أخرى», وقت سابق; session 23), each
    group's ``rank`` counted again over the rows kept (1 = most frequent, ties share
    the best rank); unigrams and every row when ``drop`` is False are kept. The one
    place notebook 02's ``DROP_FORMULAS`` is applied. ``attrs["formulas_dropped"]``
    (int) counts the rows left out. Raises :class:`helpers.errors.ArgumentError` for a
    ``drop`` that is not a bool."""
    from helpers.freq.subsumed import rerank
    from helpers.text import is_connective, is_formula

    if not isinstance(drop, bool):
        raise ArgumentError(
            f"without_formulas: DROP_FORMULAS must be True or False, got {drop!r}",
            hint="DROP_FORMULAS = False keeps صلى الله, خادم الحرمين... in the n-gram views",
        )
    if not drop or table.empty or "n" not in table.columns:
        return table
    stop_phrase = table["term"].map(lambda t: is_formula(t) or is_connective(t))
    out_of = (table["n"] >= 2) & stop_phrase.astype(bool)
    out = table[~out_of].copy()
    if out_of.any():
        out = rerank(out)  # the group column stands before ``term``
    out.attrs = {**table.attrs, "formulas_dropped": int(out_of.sum())}
    return out


def term_table(
    study,
    n: int = 1,
    *,
    tokens: pd.DataFrame | None = None,
    zones=None,
    extra_stopwords=(),
    drop_formulas: bool = True,
    drop_subsumed: bool = False,
) -> pd.DataFrame:
    """Notebook 02: the term frequencies of the unit in force. Per story (at most 8
    stories): :func:`helpers.freq.term_frequencies` of ``tokens`` (the tokens table of
    every story); beyond: :func:`group_term_frequencies` of the run's counts over
    ``zones``, bigrams seen once in a group left out (``min_count=2`` for ``n=2``).
    N-grams inside a formula (خادم الحرمين، صلى الله) left out unless ``drop_formulas``
    is False (:func:`without_formulas`, notebook 02's ``DROP_FORMULAS``). With
    ``drop_subsumed`` (notebook 02's ``DROP_SUBSUMED``, off by default) bigrams inside
    one trigram as often as they occur give way to it (:mod:`helpers.freq.subsumed`).
    Columns as :func:`helpers.freq.term_frequencies` (``story_id`` or the group column).
    """
    from helpers.freq import term_frequencies

    if study.per_story:
        table = term_frequencies(
            tokens, n=n, extra_stopwords=extra_stopwords, drop_subsumed=drop_subsumed
        )
    else:
        table = group_term_frequencies(
            study,
            n,
            zones=zones,
            extra_stopwords=extra_stopwords,
            min_count=1 if n == 1 else 2,
            drop_subsumed=drop_subsumed,
        )
    out = without_formulas(table, drop_formulas)
    out.attrs["order"] = n  # an empty table still says what it counted (_of_bigrams)
    return out


def _of_bigrams(table: pd.DataFrame) -> bool:
    """Whether ``table`` (:func:`term_table`) holds bigrams: its shortest ``n``, or for a table
    left empty (every bigram subsumed or seen once) the order :func:`term_table` counted,
    so that its chart is not named, and written over, as the terms' chart."""
    if len(table):  # with DROP_SUBSUMED a bigram table holds trigrams too
        return int(table["n"].min()) == 2
    return table.attrs.get("order") == 2


def top_terms_tables(study, table: pd.DataFrame, n: int = 20, *, source=None) -> list:
    """Notebook 02: the top ``n`` terms of ``table`` (:func:`term_table`) as HTML
    tables (:func:`helpers.display.rtl_table`): one a story (columns
    :data:`STORY_TERM_COLUMNS`, captioned by the story's title), or one capped table of
    every group's top ``n`` naming the CSV ``source``. Returns the objects to display."""
    n = check_whole(n, "top_terms_tables", "n (the TOP_N parameter)")
    from helpers.display import rtl_table

    if study.per_story:
        return [
            rtl_table(rows[STORY_TERM_COLUMNS].head(n), caption=study.names[story_id])
            for story_id, rows in table.groupby("story_id", sort=False)
        ]
    top = table[table["rank"] <= n][[study.col, "label", "count", "per_1000", "rank", "df"]]
    return [rtl_table(top, max_rows=60, source=source)]


@noted
def top_terms_figures(
    study, table: pd.DataFrame, n: int = 20, *, zones=None, drop_lists=None
) -> list[tuple[str, object]]:
    """Notebook 02: the top ``n`` terms (or bigrams) of ``table`` (:func:`term_table`):
    a bar chart a story (``02_top_terms_<id>`` / ``02_top_bigrams_<id>``, the embedded
    corpus's figures), else :func:`terms_by_group` (small multiples, one scale).

    ``drop_lists``: the notebook's ``DROP_LISTS`` (:func:`extra_stopwords`); given, each
    chart's subtitle ends with :func:`lists_off_note` on a line of its own, naming the
    optional lists that are off (session 20: a newcomer saw weekday names and generic
    words top the default rankings and nothing said the lists exist). None: no note.
    Raises :class:`helpers.errors.ArgumentError` as :func:`extra_stopwords` for a
    ``drop_lists`` that is no list of names."""
    n = check_whole(n, "top_terms_figures", "n (the TOP_N parameter)")
    from helpers.charts import top_terms_chart
    from helpers.charts.plots import one_story_subtitle

    note = None if drop_lists is None else lists_off_note(drop_lists)
    bigrams = _of_bigrams(table)
    if not study.per_story:
        # the chart's own title names the unit («العبارات الأكثر تكراراً في كل صحيفة»)
        return terms_by_group(study, table, zones=zones, note=note)
    out = []
    for story_id in table["story_id"].unique():
        # the chart's own subtitle (the story, its tokens), the note on a line of its own
        name = ""  # the title names the story (top_terms_chart gets no story_names for it)
        subtitle = None
        if note:
            subtitle = f"{one_story_subtitle(table, story_id, name)}\n{note}"
        if bigrams:
            title = f"أكثر العبارات تكراراً: {study.names[story_id]}"
            fig = top_terms_chart(
                table, story_id, n=n, title=title, noun="عبارة", subtitle=subtitle
            )
        else:
            fig = top_terms_chart(table, story_id, n=n, story_names=study.names, subtitle=subtitle)
        out.append((f"02_top_{'bigrams' if bigrams else 'terms'}_{story_id}", fig))
    return out


def lists_off_note(drop_lists) -> str | None:
    """The note of the top-terms charts naming the optional lists that ``drop_lists``
    (the notebooks' ``DROP_LISTS``, :func:`extra_stopwords`) leaves on: every list of
    :data:`helpers.text.stopwords.OPTIONAL_LISTS` and :data:`OUTLETS_LIST` not named,
    each by its Arabic name (:data:`LIST_NAMES`; every word on a figure is Arabic, the
    newcomer nc25 found ``DROP_LISTS`` and ``generic`` on the charts): «القوائم
    الاختيارية غير مفعّلة: الكلمات العامة، أيام الأسبوع، أسماء الصحف»; None when every
    list is on. Notebook 02's parameters cell names the lists as ``DROP_LISTS`` takes
    them. Raises
    :class:`helpers.errors.ArgumentError` as :func:`extra_stopwords` for a value that
    is no list of names."""
    from helpers.text.stopwords import OPTIONAL_LISTS

    on = _list_names(drop_lists)
    off = [name for name in (*OPTIONAL_LISTS, OUTLETS_LIST) if name not in on]
    if not off:
        return None
    return f"{LISTS_OFF}: {'، '.join(LIST_NAMES[name] for name in off)}"


#: The opening of :func:`lists_off_note`.
LISTS_OFF = "القوائم الاختيارية غير مفعّلة"
#: The Arabic name of each optional list (``DROP_LISTS``'s names:
#: :data:`helpers.text.stopwords.OPTIONAL_LISTS` and :data:`OUTLETS_LIST`), as the
#: charts' note gives it (:func:`lists_off_note`).
LIST_NAMES = {"generic": "الكلمات العامة", "weekdays": "أيام الأسبوع", OUTLETS_LIST: "أسماء الصحف"}


@noted
def word_clouds(study, unigrams: pd.DataFrame, n: int = 60) -> list[tuple[str, object]]:
    """Notebook 02: a word cloud a story (``02_word_cloud_<id>``, at most 8 stories);
    nothing beyond (the small multiples compare groups on one scale)."""
    from helpers.charts import word_cloud

    if not study.per_story:
        return []
    return [
        (f"02_word_cloud_{s}", word_cloud(unigrams, s, n=n, story_names=study.names))
        for s in unigrams["story_id"].unique()
    ]


@noted
def terms_over_time(
    study, unigrams: pd.DataFrame, terms: Sequence[str] | None = None, *, zones=None
) -> list[tuple[str, object]]:
    """Notebook 02: rates of ``terms`` per period (:func:`helpers.grouping.auto_period`),
    one line per group (a stories column) or one line; default terms: of the
    :data:`FREQUENT` most frequent terms of ``unigrams``, the :data:`FOLLOWED` whose
    daily rate peaks most above its mean, among those held by at least
    :data:`MIN_PEAK_STORIES` stories on their peak day (:func:`peaking_terms`). Groups
    under 5 stories are left out and named in the subtitle, which counts the groups
    and dated stories drawn (the rule of every per-group chart,
    :func:`helpers.charts.skeleton.small_groups`), and says on a line of its own how
    the terms were chosen (session 20): :func:`peaking_note`, or :data:`TERMS_NAMED`
    for the ``TERMS`` given. Nothing for undated stories
    (:data:`helpers.charts.reasons.NO_DATE`) or at story level
    (:func:`story_level_note`), with a :class:`helpers.charts.ChartWarning` that
    :func:`noted` shows after «لم يُرسم الشكل». Nothing
    either, with a :class:`helpers.charts.ChartWarning` shown after «لم يُرسم الشكل»
    by :func:`noted` («لا كلمة من أكثر 200 كلمة تكراراً في فترة ذروتها 3 قصص على
    الأقل»), when no frequent term is held by :data:`MIN_PEAK_STORIES` stories on its
    peak day (a small corpus: session 20, the run stopped on ``time_series`` of no
    terms)."""
    from helpers.charts import ChartWarning, counted, stories_phrase, time_series_chart
    from helpers.charts.names import unit_noun
    from helpers.charts.reasons import EMPTY_SUFFIX, NO_DATE
    from helpers.freq import time_series

    if not study.dated or study.per_story:  # said (session 20: nc25 found the cell
        # of notebook 02 empty and silent on the embedded stories, which have no date)
        why = story_level_note() if study.dated else NO_DATE
        warnings.warn(ChartWarning(f"terms_over_time: {why}{EMPTY_SUFFIX}"), stacklevel=2)
        return []
    counts = study.counts() if zones is None else study.counts(zones)
    period = auto_period(study.stories["date"])
    if not terms:
        frequent = list(unigrams.groupby("term")["count"].sum().nlargest(FREQUENT).index)
        daily = time_series(counts, frequent, stories=study.stories, period=period)
        terms = peaking_terms(daily, FOLLOWED)
        if not terms:  # session 20: a small corpus has no such term; the run went on
            none = (
                f"لا كلمة من أكثر {counted(FREQUENT, 'كلمة')} تكراراً في فترة ذروتها "
                f"{counted(MIN_PEAK_STORIES, 'قصة')} على الأقل"
            )
            warnings.warn(ChartWarning(f"terms_over_time: {none}{EMPTY_SUFFIX}"), stacklevel=2)
            return []
        chosen = peaking_note(len(terms))
    else:
        chosen = f"{TERMS_NAMED} (TERMS)"
    group = _line_group(study)
    series = time_series(counts, list(terms), stories=study.stories, period=period, by=group)
    # the groups every per-group chart leaves out (under 5 stories), left out and named
    # here too: the subtitle counts the groups and stories drawn, as notebook 01's
    # stories per day does («11 صحيفة، 2,818 قصة؛ تُركت خارج الرسم صحيفة واحدة ...»)
    drawn, groups, note = study.stories, study.unit.groups, None
    if group:
        from helpers.charts.skeleton import small_groups

        values = study.stories[group].astype(str)
        sizes = values.value_counts(sort=False)
        drop, note = small_groups(
            list(sizes.index), stories=sizes, noun=unit_noun(study.by, sizes.index)
        )
        series = series[~series["group"].astype(str).isin(drop)]
        drawn, groups = study.stories[~values.isin(drop)], groups - len(drop)
    n_dated = int(drawn["date"].notna().sum())
    subtitle = f"{counted(groups, unit_noun(study.by))}، {stories_phrase(n_dated)} مؤرخة"
    fig = time_series_chart(
        series,
        period=period,
        order=group_order(study) if group else None,  # the lines and colours of 01
        # how the terms were chosen on a line of its own (session 20)
        subtitle=f"{subtitle}؛ {note}\n{chosen}" if note else f"{subtitle}\n{chosen}",
    )
    return [("02_terms_over_time", fig)]


def group_entity_counts(study, mentions: pd.DataFrame, zones=("title", "body")) -> pd.DataFrame:
    """Entity counts per group (:func:`helpers.entities.entity_counts`, ``by=`` the
    unit), the group column shown as labels."""
    from helpers.entities import entity_counts

    table = entity_counts(mentions, zones=zones, by=study.by, stories=_label_stories(study))
    return _labelled(study, table)


#: "Who each group talks about": the entity types of the who-heatmap (people and
#: organisations). Places and nationality adjectives (LOC, NORP: an adjective carries
#: its country's id) have their own heatmap, "where", labelled by the place's name.
WHO_TYPES = ("PERSON", "ORG")
WHERE_TYPES = ("LOC", "NORP")
#: The note of a word view of notebook 04 that left some of a side's own-name words out
#: (:meth:`Contrast.term_notes`; {0} = the unit, «الصحيفة», {1} = the words and the side
#: each left «وطن من «الوطن»»): the words of an outlet's name for itself in its own
#: stories (:func:`helpers.own_names.own_words`), not the same words elsewhere.
OWN_WORDS_NOTE = "دون كلمات من اسم {0} في قصصها: {1}"
#: The note of a chart whose counts leave out each group's own name in its own stories
#: (:func:`without_own_names`; {0} = the unit, «الصحيفة»): the heatmap's «—» says it
#: cell by cell (``charts.views.OWN_CELL_NOTE``).
OWN_NAMES_NOTE = "لا يُعدّ اسم {0} نفسه في قصص {0}"
#: Notebooks 03 and 04: the line naming, on the run's data, each own name left out and
#: the outlet whose stories it left ({0} = the unit, «الصحيفة»; {1} = «الاسم» من
#: الصحيفة, joined by «؛ »), session 22: a reader could not tell which names the rule
#: took (with two outlets it took «الولايات المتحدة» from aawsat).
OWN_NAMES_LEFT_OUT = "لم يُعدّ اسم {0} نفسه في قصصها: {1}"
#: The own-names line names at most this many owner-name parts; the rest are counted
#: (:data:`OWN_NAMES_MORE`), and each name and owner is cut to
#: :data:`helpers.charts.skeleton.MAX_LABEL_CHARS` with «…» (hostfix22b: a 300-letter
#: outlet value made the line as long).
OWN_NAMES_SHOWN = 8
#: The tail of the own-names line past :data:`OWN_NAMES_SHOWN` parts ({0} = how many).
OWN_NAMES_MORE = "و{0} غيرها"


def _in_title(name: str) -> str:
    """A group's or side's name as a chart title writes it: cut to
    :data:`helpers.charts.skeleton.MAX_LABEL_CHARS` characters with «…»
    (:func:`helpers.charts.labels.ellipsise`), as the heatmaps' column labels are
    (hostfix22b: a 300-character outlet value, written twice in 04_entities' title, made
    the figure 3,959 px wide)."""
    from helpers.charts.labels import ellipsise
    from helpers.charts.skeleton import MAX_LABEL_CHARS

    return ellipsise(" ".join(str(name).split()), MAX_LABEL_CHARS)


def _natural_key(text: str) -> tuple:
    """A sort key ordering the numbers inside ``text`` by value: outlet6 before
    outlet10 (digits of any script read by :func:`int`)."""
    import re

    return tuple(
        (1, int(part), "") if part.isdigit() else (0, 0, part)
        for part in re.split(r"(\d+)", text)
        if part
    )


def own_names_left_out(study, mentions: pd.DataFrame | None = None, story_ids=None) -> str | None:
    """Notebooks 03 and 04: one italic Markdown line naming each own name
    (:func:`own_names`) the entity views left out of its owner's stories and that owner
    (:data:`OWN_NAMES_LEFT_OUT`: «_لم يُعدّ اسم الصحيفة نفسه في قصصها: «الشرق الأوسط» من
    الشرق الأوسط؛ «سبق» من سبق._»), sorted by owner value, then by name, numbers by
    value (outlet6 before outlet10; :func:`_natural_key`), each name and owner cut to
    :data:`helpers.charts.skeleton.MAX_LABEL_CHARS` characters with «…», at most
    :data:`OWN_NAMES_SHOWN` parts and then «و<n> غيرها» (:data:`OWN_NAMES_MORE`) (an owner shown
    by :func:`helpers.charts.names.group_name`: the outlet ``aawsat`` as «الشرق
    الأوسط»), one part per owner and name, not per entity id; names escaped
    (:func:`helpers.display.escape_markdown`). ``mentions``: the run's by default;
    ``story_ids``: only owners with a story among these (notebook 04's two sides), all
    by default. Returns a str, or None at story level or when no name was left out
    (the embedded stories: one outlet). :func:`entities_by_group` and
    :func:`entities_compared` show it in a notebook, above their charts."""
    from helpers.charts.names import group_name, unit_name

    if study.per_story:
        return None
    own = own_names(study, study.mentions() if mentions is None else mentions)
    col = owner_column(study)
    if story_ids is not None:
        here = set(story_owners(study).reindex(list(story_ids)).dropna())
        own = own[own[col].isin(here)]
    if own.empty:
        return None
    pairs = sorted(
        own[[col, "name"]].drop_duplicates().itertuples(index=False),
        key=lambda r: (_natural_key(str(r[0])), _natural_key(str(r[1]))),
    )

    def cut(text: str) -> str:
        return escape_markdown(_in_title(text), None)  # cut as a title cuts a name

    parts = [f"«{cut(str(name))}» من {cut(group_name(owner))}" for owner, name in pairs]
    if len(parts) > OWN_NAMES_SHOWN:
        more = len(parts) - OWN_NAMES_SHOWN
        parts = [*parts[:OWN_NAMES_SHOWN], OWN_NAMES_MORE.format(more)]
    unit = unit_name(study.by if owners_are_groups(study) else OWNER_COLUMN)
    return f"_{OWN_NAMES_LEFT_OUT.format(unit, '؛ '.join(parts))}._"


def _show_note(text: str | None) -> None:
    """Show ``text`` (Markdown) in a notebook, as :func:`noted` shows a chart's notes;
    nothing outside a notebook (a script, the tests) or for None."""
    if text and _in_notebook():
        from IPython.display import display

        from helpers.display import markdown

        display(markdown(text))


def _places(counts: pd.DataFrame, col: str) -> pd.DataFrame:
    """LOC and NORP rows of entity counts, summed per group and entity and labelled by
    the place's name (a country named by its adjective, السعودي, is shown as السعودية
    when the place is named too)."""
    where = counts[counts["type"].isin(WHERE_TYPES)]
    named = where.assign(_loc=where["type"] == "LOC").sort_values(
        ["_loc", "count"], ascending=False, kind="stable"
    )
    label = named.drop_duplicates("entity_id").set_index("entity_id")["canonical"]
    # stories: a group has one row of a place (entity_counts counts a country's adjective
    # with its name where the group names both, helpers.entities.one_place), so the max
    # is that row's; summing could count a story twice
    sums = {"count": ("count", "sum")}
    if "stories" in where.columns:  # a hand-made table may have none
        sums["stories"] = ("stories", "max")
    summed = where.groupby([col, "entity_id"], sort=False, as_index=False).agg(**sums)
    return summed.assign(canonical=summed["entity_id"].map(label), type="LOC")[
        [col, "entity_id", "canonical", "type", *sums]
    ]


@noted
def who_and_where(
    study, counts: pd.DataFrame, *, mentions: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The two tables of the entity heatmaps: who each group talks about and where.

    The rule: "who" holds people and organisations (:data:`WHO_TYPES`); "where" the
    places and nationality adjectives (:data:`WHERE_TYPES`), a country and its adjective
    summed into one row labelled by the place's name (السعودية, not سعودي); in both, a
    group's own name (:func:`own_names`: عين اليوم in 3alyoum's bylines) is left out
    for that group. When the groups are not the outlets (GROUP_BY=date:D and the
    stories carry an outlet), ``counts`` are recounted (:func:`group_entity_counts`)
    from ``mentions`` without each story's own outlet's names
    (:func:`without_own_names`), since a day's count mixes several outlets' stories.
    "Who" leaves out story-local people (a first name alone that no full name of its
    story explains, a story-scoped id: :func:`helpers.ids.story_scoped_ids`): each is one story's
    person, and twelve stories' «أحمد» were twelve identical bars of one people chart.

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
    mentions = study.mentions() if mentions is None else mentions
    own = own_names(study, mentions)
    if len(own) and owners_are_groups(study):
        drop = pd.MultiIndex.from_frame(own[[col, "entity_id"]])
        counts = counts[~pd.MultiIndex.from_frame(counts[[col, "entity_id"]]).isin(drop)]
    elif len(own):  # groups of several outlets: each story counted without its own names
        counts = group_entity_counts(study, without_own_names(study, mentions))
    who = counts[counts["type"].isin(WHO_TYPES) & ~story_scoped_ids(counts["entity_id"]).to_numpy()]
    return who, _places(counts, col)


@noted
def entities_by_group(
    study, counts: pd.DataFrame, *, mentions: pd.DataFrame | None = None
) -> list[tuple[str, object]]:
    """Notebook 03: who each group talks about (people and organisations) and where
    (places), the tables of :func:`who_and_where`, as heatmaps in mentions per 1,000
    counted tokens of the group (:func:`group_tokens`), a group's own name marked «—» in
    its column (left out there, not zero; no «—» when the groups are not the outlets:
    each story's own names are left out before counting); then the people each group
    mentions most, as small multiples. ``counts``: :func:`group_entity_counts`;
    ``mentions``: the mentions they were counted from (default the run's)."""
    from helpers.charts import entity_heatmap, top_entities_by_group
    from helpers.charts.names import unit_noun
    from helpers.charts.skeleton import STORY_SHARE

    tokens = group_tokens(study)
    col, sizes = study.col, study.sizes
    who, where = who_and_where(study, counts, mentions=mentions)
    _show_note(own_names_left_out(study, mentions))  # which names left which outlet
    order = group_order(study, tokens)  # one group order for every chart of the run
    # a group's own name, left out of its column: marked «—», not blank (read as zero)
    own = own_names(study, study.mentions() if mentions is None else mentions)
    if not owners_are_groups(study):  # left out story by story: no group's column
        own = own.iloc[:0].rename(columns={OWNER_COLUMN: col})
    # by stories, not mentions: one long story naming «يوسف» 60 times counts once
    options = {"value": STORY_SHARE, "group_sizes": sizes, "tokens": tokens, "order": order}
    options["own"] = list(zip(own[col], own["entity_id"], strict=True))
    # the unit in its own noun, in wordings without a verb that must agree with it
    noun = unit_noun(study.by)
    heat_who = entity_heatmap(
        who, col, title=f"من يُذكر في كل {noun}؟ الأشخاص والمنظمات ({STORY_SHARE_UNIT})", **options
    )
    heat_where = entity_heatmap(
        where, col, title=f"أين؟ الأماكن المذكورة في كل {noun} ({STORY_SHARE_UNIT})", **options
    )
    people = top_entities_by_group(
        who,
        col,
        types=("PERSON",),
        value=STORY_SHARE,
        group_sizes=sizes,
        tokens=tokens,
        order=order,
        title=f"الأشخاص الذين تذكرهم أكثر القصص في كل {noun}",
        subtitle=f"{STORY_SHARE_LABEL} من قصص كل {noun}؛ {BY_STORIES_NOTE}",
        xlabel=STORY_SHARE_LABEL,
    )
    return [
        ("03_entities_by_group", heat_who),
        ("03_places_by_group", heat_where),
        ("03_people_by_group", people),
    ]


def entity_table(study, mentions: pd.DataFrame, zones=("title", "body")) -> pd.DataFrame:
    """Notebook 03: entity counts of ``mentions`` in ``zones`` per story (at most 8
    stories, :func:`helpers.entities.entity_counts`) or per group
    (:func:`group_entity_counts`)."""
    from helpers.entities import entity_counts

    if study.per_story:
        return entity_counts(mentions, zones=zones)
    return group_entity_counts(study, mentions, zones)


#: Notebook 03's evaluation cell on a corpus other than the two embedded stories (no
#: hand annotation to score it against), in Arabic (session 21; English before).
NO_GOLD = (
    "_هذه المدونة ليست القصتين المضمّنتين، فلا توسيم يدوياً لقصصها يُقاس عليه: التقييم "
    "للقصتين المضمّنتين وحدهما. لتحكم على كيانات هذه المدونة، اقرأ عينة من القصص "
    "المظلّلة أعلاه._"
)


def entity_note(study, counts: pd.DataFrame) -> str | None:
    """Notebook 03: the one-line caption of the entity table (:func:`entity_table`)
    saying how a country's adjective is counted, or None when the table has no
    country (no ``entity_id`` starting ``country:``). The rule is
    :func:`helpers.entities.extract.one_place`: an adjective (العراقي، الأميركي, type
    ``NORP``, the country's id) counts as its country (``LOC``) in a story (or group)
    that also names the country, else it stays a nationality (in the embedded first
    story «الأميركي» is a bar of its own, «العراقي» counts under العراق); so a
    country's count here can exceed its word's count in notebook 02 (العراق: 12
    mentions with العراقي، العراقية; the term عراق fewer). Session 19: a newcomer read
    the two as a bug. The rule is kept (folding every adjective would change the
    embedded stories' entity counts); this says it where the counts are."""
    if counts.empty or not counts["entity_id"].astype(str).str.startswith("country:").any():
        return None
    from helpers.display import value_label

    where = "القصة" if study.per_story else "المجموعة"
    norp = value_label("type", "NORP")
    return (
        f"نعت البلد (العراقي، الأميركية) يُعدّ مع البلد حين تذكره {where} باسمه، وإلا "
        f"فهو «{norp}»؛ لذا قد يزيد عدد البلد هنا على عدد كلمته في دفتر الكلمات (02)"
    )


@noted
def entity_figures(
    study, counts: pd.DataFrame, *, mentions: pd.DataFrame | None = None, n: int = 8
) -> list[tuple[str, object]]:
    """Notebook 03: the entities of ``counts`` (:func:`entity_table`): per story one
    panel a type, the ``n`` most mentioned (``03_entities``); beyond, who and where each
    group talks about and the people it mentions most (:func:`entities_by_group`). The
    per-story chart's subtitle ends with :func:`entity_note` on a line of its own when
    it has a country (session 20: «الأميركي» was a bar of its own and «العراقي» folded
    into العراق with no word on the chart; the table's caption is the same string)."""
    n = check_whole(n, "entity_figures", "n (the TOP_N parameter)")
    from helpers.charts import entity_counts_chart

    if study.per_story:
        subtitle = None  # the chart's own: the stories it draws
        note = entity_note(study, counts)
        if note:  # how an adjective is counted, as the table's caption says (session 20)
            from helpers.charts.skeleton import stories_subtitle

            ids = list(dict.fromkeys(counts["story_id"]))
            subtitle = f"{stories_subtitle(ids, study.names)}\n{note}"
        fig = entity_counts_chart(counts, n=n, story_names=study.names, subtitle=subtitle)
        return [("03_entities", fig)]
    return entities_by_group(study, counts, mentions=mentions)


def entities_shared(study, counts: pd.DataFrame):
    """Notebook 03: the first story's entities against the other stories'
    (:func:`helpers.freq.shared_entities`) as a table, per story only; a line of
    Markdown in Arabic saying why not otherwise (one story: «_قصة واحدة: ليس معها ما
    تُقارن به._»; beyond 8 stories notebook 04 compares two groups: «_في أكثر من 8 قصص
    يقارن الدفتر 04 كيانات مجموعتين._»; English before session 20)."""
    from helpers.charts.skeleton import stories_phrase
    from helpers.display import markdown, rtl_table
    from helpers.freq import shared_entities
    from helpers.grouping import MAX_STORY_LEVEL

    if len(study.stories) == 1:
        return markdown("_قصة واحدة: ليس معها ما تُقارن به._")
    if not study.per_story:
        return markdown(
            f"_في أكثر من {stories_phrase(MAX_STORY_LEVEL, 'oblique')} يقارن الدفتر 04 "
            "كيانات مجموعتين._"
        )
    first = study.stories["story_id"].iloc[0]
    return rtl_table(shared_entities(counts, first, stories=study.stories), max_rows=40)


def sample_note(read: int, sample: int):
    """Notebook 05: the line under a side's key-term concordance beyond story level, in
    Arabic (session 20; «Read N stories that contain the key terms ...» before), the
    stories counted by :func:`helpers.charts.skeleton.counted`: «قُرئت 20 قصة تحوي
    الكلمات المفتاحية (حتى 20 قصة لكل كلمة، الأولى بترتيب المدونة): اضبط `SAMPLE`
    لقراءة المزيد.», as :func:`helpers.display.markdown` (right to left). ``read`` is
    the concordance's ``attrs["stories"]``, ``sample`` the notebook's ``SAMPLE``.
    Raises :class:`helpers.errors.ArgumentError` for a count that is not a whole number
    >= 0."""
    from helpers.charts.skeleton import stories_phrase
    from helpers.display import markdown

    return markdown(
        f"قُرئت {stories_phrase(read)} تحوي الكلمات المفتاحية (حتى {stories_phrase(sample)} "
        "لكل كلمة، الأولى بترتيب المدونة): اضبط `SAMPLE` لقراءة المزيد."
    )


def types_by_group(study, counts: pd.DataFrame) -> pd.DataFrame:
    """Distinct entities and mentions per group and type
    (:func:`helpers.entities.counts_by_type` of :func:`group_entity_counts`): ``<group
    column>, type, entities, mentions``; at story level ``counts`` is per story and
    the table too."""
    from helpers.entities import counts_by_type

    col = "story_id" if study.per_story else study.col
    table = counts_by_type(counts.rename(columns={col: "story_id"}))
    return table.rename(columns={"story_id": col})


#: Columns of the quotes table notebook 05 shows (:func:`quotes_table`), in this order.
QUOTES_SHOWN = ["story_id", "title", "speaker", "verb", "attribution", "unclosed", "text"]


def quotes_table(study, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Notebook 05: the quotes table as a reader looks at it, each quotation with the
    story it comes from: columns :data:`QUOTES_SHOWN`, ``title`` (str) the story's short
    name (:attr:`helpers.study.Study.names`, :func:`helpers.charts.labels.story_labels`:
    the title cut to 30 characters with «…», two alike numbered; a story with no title
    its id), the rest as the quotes table has them (DEVELOPING.md "The tables"). Session
    19: the table showed story ids only, which a reader cannot tell apart. Display only:
    ``quotes.csv`` keeps the quotes table's own columns.

    Parameters
    ----------
    study : helpers.study.Study
    quotes : DataFrame, optional
        A quotes table (:func:`helpers.quotes.extract_quotes`); default the run's
        (``study.quotes``).

    Raises
    ------
    helpers.errors.CorpusFormatError
        ``quotes`` lacks a column of :data:`QUOTES_SHOWN` other than ``title``.
    """
    quotes = study.quotes if quotes is None else quotes
    need = [c for c in QUOTES_SHOWN if c != "title"]
    missing = [c for c in need if c not in quotes.columns]
    if missing:
        raise CorpusFormatError(
            f"quotes_table: the quotes table lacks column(s) {', '.join(missing)}",
            hint="use study.quotes or helpers.quotes.extract_quotes",
        )
    ids = quotes["story_id"].astype(str)
    names = study.names
    titles = [names.get(i, i) for i in ids]
    return quotes.assign(title=titles)[QUOTES_SHOWN].reset_index(drop=True)


def some_stories(shown: int, total: int) -> str:
    """Which stories a table caption covers, in Arabic, after a noun or preposition
    (oblique case, :func:`helpers.charts.skeleton.stories_phrase`): all of them
    «قصتين» (2 of 2), or some «8 قصص من 322 قصة». The one phrase of the notebooks'
    captions over a sample of stories (:func:`zones_caption`, :func:`tokens_caption`).
    Raises :class:`helpers.errors.ArgumentError` for a count that is not a whole number
    >= 0 or ``shown`` > ``total``."""
    from helpers.charts.skeleton import stories_phrase

    text = stories_phrase(shown, "oblique")
    if check_whole(shown, "some_stories", "shown", minimum=0) > check_whole(
        total, "some_stories", "total", minimum=0
    ):
        raise ArgumentError(f"some_stories: shown ({shown}) is more than total ({total})")
    return text if shown == total else f"{text} من {stories_phrase(total, 'oblique')}"


def stories_caption(table: pd.DataFrame, per: str | None = None) -> str:
    """Notebook 01's caption of the stories table (:func:`stories_table`, shown by
    :func:`helpers.display.rtl_table` with the same ``per``): which stories it shows,
    from the table's own rule (:func:`helpers.display.rows_shown`; session 21: the
    notebook said «the first 50 stories» where a corpus of three outlets showed 16 of
    each). «كل القصص (قصتان)»; «أول 50 قصة من 342 قصة»; by group «أول 16 قصة من كل
    صحيفة: 33 قصة من 342 قصة» (a group of fewer stories shows them all; the noun of the
    group by :func:`helpers.charts.names.unit_noun`). Raises nothing."""
    from helpers.charts.names import unit_noun
    from helpers.charts.skeleton import stories_phrase
    from helpers.display import MAX_ROWS, rows_shown

    total = len(table)
    shown = rows_shown(table, per=per)
    if shown == total:
        return f"كل القصص ({stories_phrase(total)})"
    groups = table[per].nunique() if per is not None and per in table.columns else 1
    if groups <= 1:
        return f"أول {some_stories(shown, total)}"
    first = stories_phrase(max(1, MAX_ROWS // groups), "oblique")
    return f"أول {first} من كل {unit_noun(per)}: {some_stories(shown, total)}"


def zones_caption(shown: int, total: int) -> str:
    """Notebook 01's caption of the zones table: «أجزاء قصتين» (every story shown),
    «أجزاء 8 قصص من 322 قصة» (the first 8). Session 19: «the zones of 2 of 2 stories»,
    English above an Arabic table. Raises as :func:`some_stories`."""
    return f"أجزاء {some_stories(shown, total)}"


def tokens_caption(tokens: int, shown: int | None = None, total: int | None = None) -> str:
    """Notebook 02's caption of a tokens table: «678 رمزاً (كلمات وعلامات ترقيم) في
    قصتين» (``tokens`` of ``shown`` of ``total`` stories, :func:`some_stories`: the rows
    of :func:`helpers.text.tokenize_zones`, punctuation included, so «رمز», a token, not
    «كلمة»; session 19: a newcomer read «678 كلمة» against the 561 words counted), or
    «561 كلمة محسوبة» (the counted tokens, words only, no stories given). Session 19
    first: «678 tokens in 2 stories». The
    adjective agrees with the counted noun, feminine (``counted_nouns.tsv``'s gender of
    كلمة): «كلمة واحدة محسوبة» (1), «كلمتان محسوبتان» (2, the dual: session 19,
    fixview19, it read «كلمتان محسوبة»), «3 كلمات محسوبة» (3–10, a plural of things:
    feminine singular), «11 كلمة محسوبة», «0 كلمة محسوبة», «102 كلمة محسوبة» (a
    singular noun). Raises :class:`helpers.errors.ArgumentError` for a count that is
    not a whole number >= 0."""
    from helpers.charts.skeleton import counted

    if shown is None:
        return f"{counted(tokens, 'كلمة')} {'محسوبتان' if tokens == 2 else 'محسوبة'}"
    rows = counted(tokens, "رمز")
    return (
        f"{rows} (كلمات وعلامات ترقيم) في {some_stories(shown, shown if total is None else total)}"
    )


@noted
def quotes_by_group_table(study) -> tuple[pd.DataFrame, list[tuple[str, object]]]:
    """Notebook 05: quotations and quoted words per group and speaker
    (:func:`helpers.quotes.quotes_per_speaker` of the run's quotes, group column as
    labels; :data:`PER_100_STORIES` added: quotations per 100 stories of the group) and
    the speakers each group quotes most, as small multiples in that rate (groups differ
    in size: raw counts would let the biggest outlet win every panel); a group's own
    name (:func:`own_names`) as a speaker is left out of its panel, not of the table
    (when the groups are not the outlets, each quotation whose speaker is its story's
    outlet's own name is left out of the panel's counts)."""
    from helpers.charts import quotes_by_group
    from helpers.charts.names import unit_noun
    from helpers.quotes import quotes_per_speaker

    col = study.col
    table = _labelled(
        study, quotes_per_speaker(study.quotes, by=study.by, stories=_label_stories(study))
    )
    table = per_100_stories(table, col, study.sizes)
    own = own_names(study, study.mentions())  # an outlet quoting itself («صحيفة سبق»)
    own_ids = set(zip(own[owner_column(study)], own["entity_id"], strict=True))
    if owners_are_groups(study):
        speakers = zip(table[col], table["speaker_id"], strict=True)
        # a boolean Series, not a list: an empty list would select no column
        keep = pd.Series([k not in own_ids for k in speakers], index=table.index, dtype=bool)
        panel = table[keep]
    else:  # groups of several outlets: each quotation without its own outlet as speaker
        quotes = study.quotes
        owners = quotes["story_id"].map(story_owners(study))
        pairs = zip(owners, quotes["speaker_id"], strict=True)
        keep = pd.Series([k not in own_ids for k in pairs], index=quotes.index, dtype=bool)
        panel = _labelled(
            study, quotes_per_speaker(quotes[keep], by=study.by, stories=_label_stories(study))
        )
        panel = per_100_stories(panel, col, study.sizes)
    fig = quotes_by_group(
        panel,
        col,
        value=PER_100_STORIES,
        group_sizes=study.sizes,
        order=group_order(study),
        subtitle=f"{PER_100_STORIES_LABEL} من قصص كل {unit_noun(study.by)}",
        xlabel=PER_100_STORIES_LABEL,
    )
    return table, [("05_quotes_by_group", fig)]


# ---------------------------------------------------------------- comparing two sides


def nothing_to_compare(study, search_below: bool = False) -> str:
    """Markdown, in Arabic (session 21), for notebooks 04 and 05 when there are not two
    sides: the corpus has one story, or every story is in one group (the column named by
    :func:`helpers.display.markdown_code`): «**لا شيء يُقارن:** في المدونة قصة واحدة. …»;
    with ``search_below`` (notebook 05) a last sentence says the concordance of any word
    is still below. Raises nothing."""
    from helpers.display import markdown_code

    n = len(study.stories)
    if n <= 1:
        why = "في المدونة قصة واحدة" if n == 1 else "لا قصة في المدونة"
    else:
        why = (
            f"كل القصص ({_counted_stories(n)}) في مجموعة واحدة "
            f"(`GROUP_BY` = {markdown_code(study.by)})"
        )
    text = (
        f"**لا شيء يُقارن:** {why}. أضف قصصاً، أو اختر `GROUP_BY` آخر، أو سمِّ الجانبين "
        "بـ `TARGET` و`REFERENCE`."
    )
    return f"{text} {SEARCH_BELOW}" if search_below else text


#: Notebook 05's last sentence of :func:`nothing_to_compare`.
SEARCH_BELOW = "والبحث عن أي كلمة في سياقها أدناه."


@dataclass
class Contrast:
    """The two sides of notebook 04's comparison and their keyness table (:func:`contrast`).

    Attributes
    ----------
    study : helpers.study.Study
    target, reference
        Side A and side B as selections (story ids at story level; ``reference`` None =
        the rest of the corpus).
    data : DataFrame or helpers.freq.CorpusCounts
        What terms are counted from: the tokens table of every zone of every story at
        story level (at most 8 stories), else the run's corpus counts of titles and
        bodies.
    keyness : DataFrame
        :func:`helpers.freq.keyness` of A against B, the :func:`extra_stopwords` left
        out (``attrs`` kept: ``target`` / ``reference`` ids).
    a_name, b_name : str
        How charts name the sides.
    side : helpers.study.Comparison or None
        The group-level sides (None at story level).
    extra : tuple of str
        The term keys left out besides the stopwords (:func:`extra_stopwords`).
    own : dict
        ``{"target": keys, "reference": keys}``: the own-name words (:func:`own_words`)
        of the outlets on each side (:func:`story_owners`), left out of that side in the
        views (:attr:`shown`, the comparison cloud); empty at story level.
    lists : tuple of str
        The optional lists chosen (the notebook's ``DROP_LISTS``, :func:`_list_names`),
        for :meth:`term_notes`; ``None``: the caller gave none (no lists note).
    """

    study: object
    target: object
    reference: object
    data: object
    keyness: pd.DataFrame
    a_name: str
    b_name: str
    side: object = None
    extra: tuple = ()
    own: dict = field(default_factory=dict)
    lists: tuple | None = None

    @property
    def shown(self) -> pd.DataFrame:
        """The keyness table the views show (chart, table, notebook 05's key terms):
        :attr:`keyness` without each side's own-name words among the terms key for that
        side (:func:`without_own_words`). The CSV keeps every term."""
        return without_own_words(self.keyness, "key_for", self.own)

    def own_left_out(self, alpha: float = KEY_ALPHA) -> pd.DataFrame:
        """The rows :attr:`shown` leaves out that a view would otherwise draw: the
        terms holding one of a side's own-name words (:attr:`own`) that are key for
        that side with a G2 ``p_value`` below ``alpha``. Same columns as
        :attr:`keyness`; empty when nothing was left out."""
        gone = self.keyness[~self.keyness.index.isin(self.shown.index)]
        return gone[gone["p_value"] < alpha]

    def term_notes(self) -> list[str]:
        """The notes of every word view of the two sides (keyness chart, term scatter,
        comparison cloud; beyond story level), each exactly what the view did: which
        own-name words it left out of which side (:data:`OWN_WORDS_NOTE`, from
        :meth:`own_left_out`: «دون كلمات من اسم الصحيفة في قصصها: وطن من «الوطن»»),
        and the optional lists that are off (:func:`lists_off_note` of :attr:`lists`;
        session 21: weekday names topped an outlet's keyness and its comparison cloud,
        and only the top-terms charts named the lists). A list of Arabic lines, empty
        when there is nothing to say."""
        from helpers.charts.names import unit_name
        from helpers.own_names import OWNER_COLUMN, owners_are_groups

        notes = []
        if not self.per_story:
            gone = self.own_left_out()
            if not gone.empty:
                names = {"target": self.a_name, "reference": self.b_name}
                words = gone["label" if "label" in gone.columns else "term"].astype(str)
                said = [
                    f"{'، '.join(words[gone['key_for'] == side])} من «{names[side]}»"
                    for side in ("target", "reference")
                    if (gone["key_for"] == side).any()
                ]
                # the owners are the outlets whenever the stories name them (own_names)
                by = self.study.by if owners_are_groups(self.study) else OWNER_COLUMN
                notes.append(OWN_WORDS_NOTE.format(unit_name(by), "؛ ".join(said)))
        if self.lists is not None:
            off = lists_off_note(self.lists)
            if off:
                notes.append(off)
        return notes

    def key_terms(self, alpha: float = KEY_ALPHA) -> pd.DataFrame:
        """The terms a word view of the comparison draws (the comparison cloud beyond
        story level): the rows of :attr:`shown` (the keyness table's range filter,
        :func:`helpers.freq.keyness` ``min_stories``, and each side's own-name words
        out) that are key for a side (``key_for`` ``target`` or ``reference``) with a
        G2 ``p_value`` below ``alpha`` (the keyness chart's solid bars). Same columns
        and ``attrs`` as :attr:`keyness`."""
        shown = self.shown
        keep = shown["key_for"].isin(["target", "reference"]) & (shown["p_value"] < alpha)
        out = shown[keep]
        out.attrs = dict(shown.attrs)
        return out

    @property
    def per_story(self) -> bool:
        """Story level: per-story charts named by the stories' titles."""
        return self.side is None

    @property
    def table_groups(self) -> str:
        """The column that tells the rows of :func:`quotes_compared`'s table apart,
        for ``rtl_table(per=...)``: ``story_id`` at story level, else ``side``
        (session 18: notebook 04 shares the shown rows among them with ``per``, the
        one rule of a capped table, where ``quotes_shown`` wrote it a second time)."""
        return "story_id" if self.per_story else "side"

    @property
    def reference_ids(self) -> list:
        """The story ids of side B."""
        return list(self.keyness.attrs["reference"])

    def side_tokens(self, tokens: pd.DataFrame, side: str) -> pd.DataFrame:
        """The rows of a tokens table (:func:`helpers.text.tokenize_zones`, with
        ``story_id``) that belong to one side, ``"target"`` (A) or ``"reference"`` (B):
        notebook 05 reads a side's key terms in that side's stories only.

        Raises
        ------
        helpers.errors.ArgumentError
            ``side`` is neither ``"target"`` nor ``"reference"``.
        """
        if side not in ("target", "reference"):
            raise ArgumentError(f"side_tokens: side must be 'target' or 'reference', got {side!r}")
        ids = {str(i) for i in self.keyness.attrs[side]}
        return tokens[tokens["story_id"].astype(str).isin(ids)]

    def key_stories(self, side: str, terms: Iterable[str], n: int = 20) -> pd.DataFrame:
        """The stories read for a side's key-term concordance (notebook 05), a table of
        the study's stories' columns in corpus order.

        At story level (at most 8 stories) every story of the side. Beyond, for each
        term key of ``terms`` (the ``term`` column of :attr:`keyness`; n-gram keys
        space-joined) the first ``n`` stories of the side, in corpus order, whose
        per-story count of that key in the run's corpus counts (:attr:`data`, a
        :class:`helpers.freq.CorpusCounts`) is above 0; the union of those stories. So
        every key term the side's stories hold gets lines, however late in the corpus
        its first story comes (session 18: notebook 05 read the first ``SAMPLE`` stories
        of each group, and a key term of 120 stories could get no line). A key of an
        order the counts do not hold (a trigram) or that no story of the side holds
        picks no story. The counts are of titles and bodies, so a story picked holds
        the term there.

        Raises
        ------
        helpers.errors.ArgumentError
            ``side`` is neither ``"target"`` nor ``"reference"``, or ``n`` is not a whole
            number >= 1.
        """
        if side not in ("target", "reference"):
            raise ArgumentError(f"key_stories: side must be 'target' or 'reference', got {side!r}")
        n = check_whole(n, "Contrast.key_stories", "n")
        stories = self.study.stories
        ids = stories["story_id"].astype(str)
        on_side = ids.isin({str(i) for i in self.keyness.attrs[side]})
        if self.side is None:  # story level: everything is read
            return stories[on_side]
        counts = self.data
        rows = np.sort(counts.rows(ids[on_side]))  # the side's rows, corpus order
        chosen: set[int] = set()
        for term in dict.fromkeys(str(t) for t in terms):
            order = len(term.split(" "))
            if order not in counts.n:
                continue
            col = counts.term_index(order).get_indexer([term])[0]
            if col < 0:
                continue
            held = counts.matrix[order][rows, col].toarray().ravel() > 0
            chosen.update(rows[held][:n].tolist())
        picked = set(counts.story_ids[sorted(chosen)].astype(str))
        return stories[ids.isin(picked)]

    def key_concordance(
        self, side: str, terms: Iterable[str], n: int = 20, *, labels=None
    ) -> pd.DataFrame:
        """The concordance of a side's key terms (:func:`helpers.kwic.concordance`, the
        terms as keys, every zone) in the stories :meth:`key_stories` picks, their
        tokens read here (:func:`helpers.text.tokenize_zones`). ``attrs["stories"]`` is
        how many stories were read. ``labels`` as :func:`helpers.kwic.concordance`.

        Raises
        ------
        helpers.errors.ArgumentError
            As :meth:`key_stories` and :func:`helpers.kwic.concordance`.
        """
        from helpers.corpus import zones
        from helpers.kwic import concordance
        from helpers.text import tokenize_zones

        terms = [str(t) for t in terms]
        read = self.key_stories(side, terms, n)
        z = zones(read)
        out = concordance(tokenize_zones(z), terms, analyse=False, zones=z, labels=labels)
        out.attrs["stories"] = len(read)
        return out

    def describe(self):
        """What A and B are: at story level the stories with their side (an HTML table),
        else one line of Markdown naming each side and its stories, and the warning of
        :func:`dates_apart` when the sides' stories fall on different days."""
        from helpers.display import markdown, rtl_table

        if self.per_story:
            stories = self.study.stories
            side = stories["story_id"].map({self.target: "A"}).fillna("B")
            return rtl_table(stories[["story_id", "title"]].assign(side=side))
        apart = self.days_apart
        text = self.side.describe()
        return markdown(text if apart is None else f"{text}\n\n{apart.markdown()}")

    @functools.cached_property
    def days_apart(self) -> DaysApart | None:
        """:func:`days_apart` of the two sides (None at story level, when the sides
        were chosen by date, which differ in days by design, or below the threshold)."""
        if self.per_story or self._sides_by_date():
            return None
        return days_apart(self.study.stories, self.side.target_ids, self.side.reference_ids)

    def captioned(self, subtitle: str | None) -> str | None:
        """A figure's ``subtitle`` (beyond story level: what is compared, how many
        stories a side) with, when the sides fall on different days,
        :meth:`DaysApart.caption` on last lines of its own, so the warning travels with
        a shared PNG (the keyness chart, the comparison cloud and every other figure of
        the two sides)."""
        apart = self.days_apart
        if apart is None:
            return subtitle
        caption = apart.caption(self.a_name, self.b_name)
        return f"{subtitle}\n{caption}" if subtitle else caption

    def _sides_by_date(self) -> bool:
        """The sides were chosen by date: a side's selection names a date or a period
        (``{"date": [...]}``, ``{"date:W": ...}``; a period unit's default side is such a
        selection, :func:`helpers.corpus.default_target`)."""

        from helpers.corpus.records import field_name

        def dated(selection) -> bool:  # keys read as the loader reads field names
            return isinstance(selection, dict) and any(
                field_name(str(k)).startswith("date") for k in selection
            )

        return dated(self.side.target) or dated(self.side.reference)

    def sides_named(self, table: pd.DataFrame) -> pd.DataFrame:
        """``table`` (a keyness table's rows, :func:`quotes_compared`'s) for display,
        its ``key_for`` and ``side`` cells ``target`` / ``reference`` replaced by the
        sides' names (:attr:`a_name`, :attr:`b_name`: «الرياض», not «الهدف»);
        ``neither`` stays a code (:func:`helpers.display.value_label` shows it). Without
        those columns the table is returned as it is; the CSV keeps the codes."""
        names = {"target": self.a_name, "reference": self.b_name}
        named = {
            col: table[col].map(lambda v: names.get(v, v))
            for col in ("key_for", "side")
            if col in table.columns
        }
        return table.assign(**named) if named else table

    def top_terms(self, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """The keyness rows notebook 04 shows as its table: the rows its keyness chart
        draws (:func:`helpers.freq.top_key_terms` of :attr:`shown`:
        :data:`helpers.freq.KEY_TERMS_PER_SIDE` terms key for A by G2, then as many for
        B; one selection, so the table and the chart hold the same terms), ``key_for``
        by the sides' names (:meth:`sides_named`), only ``columns`` (all when None).
        Before session 15 the table showed 13 + 12 rows against the chart's 12 + 12.

        Raises
        ------
        helpers.errors.CorpusFormatError
            A column of ``columns`` is not in the keyness table.
        """
        from helpers.freq import top_key_terms

        rows = top_key_terms(self.shown)
        if columns is not None:
            missing = [c for c in columns if c not in rows.columns]
            if missing:
                raise CorpusFormatError(
                    f"Contrast.top_terms: the keyness table lacks column(s) {missing}",
                    hint=f"its columns are {list(rows.columns)}",
                )
            rows = rows[list(columns)]
        return self.sides_named(rows)

    def table(self, table: pd.DataFrame) -> pd.DataFrame:
        """``table`` (keyness, shared terms) with ``target`` and ``reference`` columns
        describing the sides in plain text (:func:`helpers.charts.describe_selection`),
        for the CSV files."""
        from helpers.charts import describe_selection

        reference = (
            ", ".join(self.reference_ids)
            if self.per_story
            else describe_selection(self.side.reference)
        )
        return table.assign(target=describe_selection(self.target), reference=reference)


#: Total variation distance between two sides' shares of stories per day from which
#: notebook 04 warns that its key terms may be the days' news rather than the sides'
#: (:func:`dates_apart`). A judgement, not a published threshold: 0.3 means at least
#: 30 % of one side's stories would have to move to other days to match the other's
#: calendar.
DATES_APART = 0.3
#: Fewest dated stories a side needs for :func:`dates_apart` to judge its calendar.
MIN_DATED = 5


@dataclass(frozen=True)
class DaysApart:
    """Two sides whose stories fall on different days (:func:`days_apart`).

    Attributes
    ----------
    tvd : float
        Total variation distance between the sides' stories per day (0 to 1).
    day : pandas.Timestamp
        The day where the sides' shares differ most.
    share_a, share_b : float
        The share (0 to 1) of side A's and side B's dated stories on ``day``.
    n_a, n_b : int
        Dated stories of each side.
    """

    tvd: float
    day: pd.Timestamp
    share_a: float
    share_b: float
    n_a: int
    n_b: int

    def markdown(self) -> str:
        """The warning as notebook 04 shows it, one paragraph of Markdown in Arabic
        (session 21; English before), the day as :meth:`caption` writes it: «**الجانبان
        في أيام مختلفة** (مسافة التباين الكلي 0.75 …): 0% من قصص الجانب أ مقابل 75% من
        قصص الجانب ب في 3 أغسطس 2015. …»."""
        from helpers.charts.views import arabic_date

        return (
            f"**الجانبان في أيام مختلفة** (مسافة التباين الكلي {self.tvd:.2f} بين "
            f"توزيعَي قصصهما على الأيام، على {_counted_stories(self.n_a)} مؤرخة في الجانب أ "
            f"و{self.n_b:,} في الجانب ب؛ 0 تقويم واحد، و1 لا يوم مشترك): "
            f"{self.share_a:.0%} من قصص الجانب أ مقابل {self.share_b:.0%} من قصص الجانب ب "
            f"في {arabic_date(self.day)}. قد تكون الكلمات المميزة أخبار ذلك اليوم لا ما "
            "يميز الجانبين: قارن الجانبين على الأيام نفسها باختيار `TARGET` / `REFERENCE` "
            "يسمّي مدى من التواريخ."
        )

    def caption(self, a_name: str, b_name: str) -> str:
        """The warning as a figure's caption, in Arabic, naming the sides, in three
        short lines (the scatter draws its heading lines as they are, unwrapped):
        «تنبيه: الجانبان في أيام مختلفة (مسافة التباين الكلي 0.45)» / «25 يوليو 2015:
        80% من قصص «سبق» مقابل 20% من قصص «بقية القصص»» / «قد يكون الفرق أخبار ذلك
        اليوم لا الجانبين». Percentages rounded to whole numbers, as :meth:`markdown`."""
        from helpers.charts.views import arabic_date

        return (
            f"تنبيه: الجانبان في أيام مختلفة (مسافة التباين الكلي {self.tvd:.2f})\n"
            f"{arabic_date(self.day)}: {self.share_a:.0%} من قصص «{a_name}» مقابل "
            f"{self.share_b:.0%} من قصص «{b_name}»\n"
            "قد يكون الفرق أخبار ذلك اليوم لا الجانبين"
        )


def days_apart(
    stories: pd.DataFrame, a_ids: Sequence, b_ids: Sequence, threshold: float = DATES_APART
) -> DaysApart | None:
    """Whether two sides' stories fall on different days, so that their keyness mixes
    who wrote with when (Al Riyadh's stories bunched on the day after Eid made العيد its
    key term against the other outlets).

    The measure is the total variation distance between the sides' distributions of
    stories over calendar days, TVD = ½ Σ_d |p_A(d) − p_B(d)| (0: the same calendar,
    1: no day shared; Levin, Peres and Wilmer, *Markov Chains and Mixing Times*, 2nd ed.,
    2017, §4.1). Stories without a date are left out of both distributions.

    Parameters
    ----------
    stories : pandas.DataFrame
        The stories table, ``story_id`` and (optionally) ``date`` (datetime64 or text).
    a_ids, b_ids : sequence of str
        Story ids of side A and side B.
    threshold : float
        Warn from this distance on (default :data:`DATES_APART`).

    Returns
    -------
    DaysApart or None
        None without a ``date`` column, when a side has fewer than :data:`MIN_DATED`
        dated stories (a repeated story id counts once), or when the distance is below
        ``threshold``; else the distance, the day where the sides' shares differ most
        and both shares (:meth:`DaysApart.markdown` for the notebook,
        :meth:`DaysApart.caption` for the figures).
    """
    from helpers.corpus.dates import as_dates

    if "date" not in stories.columns:
        return None
    day = as_dates(stories["date"]).dt.normalize()
    day.index = stories["story_id"].astype(str).to_numpy()
    day = day[~day.index.duplicated()]
    a = day.reindex([str(i) for i in a_ids]).dropna()
    b = day.reindex([str(i) for i in b_ids]).dropna()
    if min(len(a), len(b)) < MIN_DATED:
        return None
    pa = a.value_counts(normalize=True)
    pb = b.value_counts(normalize=True)
    # sort=True: the days in order (idxmax takes the earliest of tied days); explicit, as
    # pandas 4 stops sorting a concat of DatetimeIndexes by default (Pandas4Warning)
    share = pd.concat([pa.rename("a"), pb.rename("b")], axis=1, sort=True).fillna(0.0)
    gap = (share["a"] - share["b"]).abs()
    tvd = float(gap.sum() / 2)
    if tvd < threshold:
        return None
    worst = gap.idxmax()
    return DaysApart(
        tvd, worst, float(share.loc[worst, "a"]), float(share.loc[worst, "b"]), len(a), len(b)
    )


def dates_apart(
    stories: pd.DataFrame, a_ids: Sequence, b_ids: Sequence, threshold: float = DATES_APART
) -> str | None:
    """The warning of :func:`days_apart` in Markdown (:meth:`DaysApart.markdown`: one
    paragraph naming the distance and the day where the sides' shares differ most, with
    both shares in per cent), or None when it does not fire."""
    apart = days_apart(stories, a_ids, b_ids, threshold)
    return None if apart is None else apart.markdown()


def contrast(
    study,
    target=None,
    reference=None,
    *,
    drop_reporting_verbs: bool | None = None,
    drop_lists=(),
) -> Contrast | None:
    """Notebook 04: side A (``TARGET``) against side B (``REFERENCE``) and the keyness
    table; None when there is nothing to compare (:meth:`helpers.study.Study.can_compare`;
    show :func:`nothing_to_compare`).

    Story level (at most 8 stories): A defaults to the first story, B to the others;
    terms are counted over every zone (titles, captions, bodies) of the stories' tokens.
    The sides are resolved against the study's stories table, so a ``{column: value}``
    selection works as a story id does; a target that picks several stories
    (``{"outlet": "aawsat"}`` on a small corpus) is compared as a side, as beyond story
    level (:func:`_story_target`). Beyond: the sides of
    :meth:`helpers.study.Study.compare` (A the largest group, B the rest), counted
    from the run's corpus counts of titles and bodies. ``drop_reporting_verbs`` and
    ``drop_lists`` choose the keys left out of the tables shown (:func:`extra_stopwords`).

    Raises
    ------
    helpers.errors.SelectionError
        A side matches no story, or the sides overlap (:func:`helpers.corpus.resolve_sides`).
    """
    from helpers.freq import keyness

    target = read_parameter(target, "TARGET")
    reference = read_parameter(reference, "REFERENCE")
    if not study.can_compare(target):
        return None
    extra = extra_stopwords(study, drop_reporting_verbs, drop_lists)
    lists = _list_names(drop_lists)  # checked by extra_stopwords
    a = _story_target(study, target)
    if a is not None:
        from helpers.charts import side_name
        from helpers.corpus import select_stories, zones
        from helpers.text import tokenize_zones

        if reference is not None:  # story ids, as the story-level views read the sides
            reference = select_stories(reference, stories=study.stories, name="reference")
        tokens = tokenize_zones(zones(study.stories))
        kt = drop_terms(keyness(tokens, a, reference, stories=study.stories), extra)
        b_name = side_name(kt, "reference", story_names=study.names)
        return Contrast(
            study, a, reference, tokens, kt, study.names[a], b_name, None, extra, {}, lists
        )
    counts = study.counts()  # the run's counts of titles and bodies, computed once
    side = study.compare(target, reference)
    # the rest as the stories Study.compare kept (those with a value of the unit:
    # session 21), not every other story of the corpus
    rest = side.reference_ids if side.reference is None else side.reference
    kt = drop_terms(keyness(counts, side.target, rest, stories=study.stories), extra)
    return Contrast(
        study,
        side.target,
        rest,
        counts,
        kt,
        side.target_name,
        side.reference_name,
        side,
        extra,
        side_own_words(study, side),
        lists,
    )


def _story_target(study, target) -> str | None:
    """Side A of a story-level comparison as one story id (B then resolved to story ids
    in :func:`contrast`), or None when the comparison is of sides
    (:meth:`helpers.study.Study.compare`). Beyond story level: None. At story level:
    the first story when ``target`` is None, else the one story the selection picks,
    resolved against the study's stories table (:func:`helpers.corpus.select_stories`:
    a ``{column: value}`` selection or a mask works); a selection that picks several
    stories (``{"outlet": "aawsat"}`` on a small corpus) is a side, None: the
    story-level views draw one story against others.

    Raises
    ------
    helpers.errors.SelectionError
        The selection names no story of the corpus (:func:`select_stories`).
    """
    from helpers.corpus import select_stories

    if not study.per_story:
        return None
    if target is None:
        return str(study.stories["story_id"].iloc[0])
    ids = select_stories(target, stories=study.stories, name="target")
    return ids[0] if len(ids) == 1 else None


def _group_options(c: Contrast, notes: Sequence[str] = ()) -> dict:
    """The sides' names and the subtitle of a chart of the two sides: what is compared,
    then ``notes`` (:meth:`Contrast.term_notes` for a word view) on lines of their own,
    then the different-days caption (:meth:`Contrast.captioned`)."""
    subtitle = "\n".join(p for p in (c.side.subtitle, *notes) if p)
    return {
        "target_name": c.a_name,
        "reference_name": c.b_name,
        "subtitle": c.captioned(subtitle),
    }


@noted
def keyness_figure(c: Contrast) -> list[tuple[str, object]]:
    """Notebook 04: the keyness table as diverging bars (``04_keyness``), naming both
    sides (with a gloss of the log ratio beyond story level, and without each side's
    own-name words: :attr:`Contrast.shown`)."""
    from helpers.charts import keyness_chart

    if c.per_story:
        return [("04_keyness", keyness_chart(c.keyness, story_names=c.study.names))]
    fig = keyness_chart(
        c.shown,
        alpha=KEY_ALPHA,
        gloss=True,
        title=f"الكلمات المفتاحية: ما يميز «{_in_title(c.a_name)}» عن «{_in_title(c.b_name)}»",
        **_group_options(c, c.term_notes()),
    )
    return [("04_keyness", fig)]


@noted
def scatter_figure(c: Contrast) -> list[tuple[str, object]]:
    """Notebook 04: every term at once, its rate in B across and in A up
    (``04_term_scatter``); beyond story level without each side's own-name words among
    the terms key for that side (:attr:`Contrast.shown`, as the keyness chart)."""
    from helpers.charts import term_scatter

    if c.per_story:
        fig = term_scatter(c.keyness, story_names=c.study.names, title="مفردات القصتين")
    else:
        fig = term_scatter(  # each side's own-name words out, as in the keyness chart
            c.shown,
            title=f"مفردات «{_in_title(c.a_name)}» و«{_in_title(c.b_name)}»",
            **_group_options(c, c.term_notes()),
        )
    return [("04_term_scatter", fig)]


def _frequencies(c: Contrast) -> pd.DataFrame:
    """Term frequencies of the contrast's data: per story, or per side with the side's
    name in ``story_id`` (the comparison cloud's key). A term that leans to a side (a
    higher rate per 1,000 tokens there) and holds one of that side's own-name words
    (:attr:`Contrast.own`) is left out on both sides: taken from one side only, it
    would look like a word of the other."""
    from helpers.freq import term_frequencies

    if c.per_story:
        return term_frequencies(c.data, extra_stopwords=c.extra)
    sides = c.side.sides(c.study.stories)
    freq = term_frequencies(c.data, by="side", stories=sides, extra_stopwords=c.extra)
    freq = freq.assign(story_id=freq["side"])
    if not c.own or freq.empty:
        return freq
    rate = freq.pivot_table(index="term", columns="side", values="per_1000", fill_value=0.0)
    zero = pd.Series(0.0, index=rate.index)
    a, b = rate.get(c.a_name, zero), rate.get(c.b_name, zero)
    lean = pd.DataFrame(
        {"term": rate.index, "lean": ["target" if x else "reference" for x in a >= b]}
    )
    kept = without_own_words(lean, "lean", c.own)["term"]
    return freq[freq["term"].isin(set(kept))]


@noted
def back_to_back(c: Contrast) -> list[tuple[str, object]]:
    """Notebook 04, story level: story A's and the first story of B's most frequent
    terms, back to back (``04_compare_stories``); nothing beyond story level (notebook
    02 draws each group's top terms on one scale)."""
    from helpers.charts import compare_stories

    if not c.per_story:
        return []
    fig = compare_stories(_frequencies(c), c.target, c.reference_ids[0], story_names=c.study.names)
    return [("04_compare_stories", fig)]


@noted
def comparison_cloud_figure(c: Contrast) -> list[tuple[str, object]]:
    """Notebook 04: each word in the colour of the story (at story level) or of the
    side, A or B, that uses it most (``04_comparison_cloud``): the same two sides as
    the keyness chart, and beyond story level the same words, its significant ones
    (:meth:`Contrast.key_terms`: range filter, own-name words out, p < :data:`KEY_ALPHA`),
    sized by G2 as the chart ranks them, the subtitle saying so; the
    stories and counted tokens of each side passed to the chart (both sides drawn
    whatever their size: the user named them)."""
    from helpers.charts import comparison_cloud
    from helpers.charts import group_tokens as tokens_of

    study = c.study
    if c.per_story:
        stories = [c.target, *c.reference_ids]
        return [
            (
                "04_comparison_cloud",
                comparison_cloud(_frequencies(c), stories=stories, story_names=study.names),
            )
        ]
    from helpers.charts.plots import range_phrase

    sides = c.side.chart_sides
    how = (
        # one scale for both sides (the cloud sizes every word from one table), and a
        # side's colour is its letter's, A first, as the keyness chart's (session 21)
        f"حجم الكلمة: قوة الدليل على ميلها (G2)، {ONE_SCALE}؛ الكلمات المفتاحية الدالة "
        f"(احتمال الصدفة أقل من {KEY_ALPHA:g})"
    )
    spread = range_phrase(c.keyness, c.a_name, c.b_name)
    fig = comparison_cloud(
        _frequencies(c),
        stories=sides["order"],
        title=(
            "سحابة المقارنة: كل كلمة بلون الجانب الذي تكثر فيه، "
            f"«{_in_title(c.a_name)}» أو «{_in_title(c.b_name)}»"
        ),
        subtitle=c.side.subtitle,  # the cloud adds its count of sides to this line
        group_sizes=sides["group_sizes"],
        by="side",  # «جانبان», as every chart of the two sides counts them
        tokens=tokens_of(study.counts(), c.side.sides(study.stories), "side"),
        min_stories=0,
        min_tokens=0,
        method="g2",
        min_count=1,
        # the different-days caption, if any, last (Contrast.captioned)
        how=c.captioned("\n".join(p for p in (how, spread, *c.term_notes()) if p)),
        terms=c.key_terms()["term"],  # the keyness chart's selection
    )
    return [("04_comparison_cloud", fig)]


#: The comparison cloud's note that its two sides share one size scale: the cloud sizes
#: every word from one table (:func:`helpers.charts.comparison_cloud`), so a word of
#: side B as big as one of side A has as much evidence (session 21).
ONE_SCALE = "بمقياس واحد للجانبين"


def side_label(name: str) -> str:
    """A side's name as a bar's label: the name exactly as the other charts of notebook
    04 write it (a story by its title as :func:`helpers.charts.story_labels` shortens
    it, at most 30 characters, a group by its Arabic name), never cut again: no
    guillemets, which took a 30-character title past the 32 of a bar label
    (``charts.skeleton.MAX_LABEL_CHARS``), as the back-to-back chart's panel heads
    (session 15: the overlap's «فقط في «…»» labels cut titles at 22 characters,
    another shortening than every other chart's)."""
    return " ".join(str(name).split())


#: The overlap's three parts as a reader sees them named (the bars of ``04_overlap``,
#: hence its alt text, and the measures table's rows): a side's bar counts the words
#: found ONLY on that side (:func:`helpers.freq.vocabulary_overlap`'s ``only_a`` /
#: ``only_b``), not all its words, so its label says «فقط» (session 22: «سبق / بقية
#: القصص / مشتركة» read as each side's whole vocabulary, 6,050 words taken for 15,513);
#: the shared bar counts the words of both sides. ``{}`` is the side: «A» in guillemets
#: on a chart (:func:`overlap_parts`), أ / ب in the table (``helpers/data/value_names.tsv``,
#: ``measure``: «مفردات» + these words; a test keeps them equal).
ONLY_IN_SIDE = "في {} فقط"
IN_BOTH_SIDES = "في الجانبين"


def only_in_side(name: str) -> str:
    """A side's part of the overlap as a bar's label, :data:`ONLY_IN_SIDE` around the
    side's name in guillemets: «في «سبق» فقط» (the guillemets, as the keyness legend's
    :func:`helpers.charts.plots.more_in`, keep a name that is a word apart: alyaum's
    «اليوم» bare read «في اليوم فقط», "only today"). The name is :func:`side_label`'s
    (as the other charts of notebook 04 write it, never cut again; a label past 32
    characters wraps onto a second line, ``charts.skeleton.wrap_label``), with
    :func:`helpers.charts.skeleton.bidi_name`'s marks (a Latin name keeps its ends). A
    period named «من … إلى …» reads «في الفترة من … إلى … فقط», as ``more_in``."""
    from helpers.charts.skeleton import bidi_name

    name = side_label(name)
    if name.startswith("من ") and " إلى " in name:
        return ONLY_IN_SIDE.format(f"الفترة {name}")
    return ONLY_IN_SIDE.format(f"«{bidi_name(name)}»\u200f")


def overlap_parts(a_name: str, b_name: str) -> dict[str, str]:
    """``{"only_a": «في «A» فقط», "only_b": «في «B» فقط», "shared": «في الجانبين»}``:
    the names of the overlap's parts on its chart (:func:`only_in_side`,
    :data:`IN_BOTH_SIDES`); keys are the :func:`helpers.freq.vocabulary_overlap`
    measures the parts count.

    Example: ``overlap_parts("سبق", "بقية القصص")`` gives «في «سبق» فقط», «في «بقية
    القصص» فقط» and «في الجانبين» (with a right-to-left mark after each name)."""
    return {"only_a": only_in_side(a_name), "only_b": only_in_side(b_name), "shared": IN_BOTH_SIDES}


@noted
def overlap(c: Contrast) -> tuple[pd.Series, pd.DataFrame, list[tuple[str, object]]]:
    """Notebook 04: the vocabulary A and B share. Returns the
    :func:`helpers.freq.vocabulary_overlap` measures, the shared terms
    (:func:`helpers.freq.shared_terms`, status ``shared`` only, most evenly used first,
    the :func:`extra_stopwords` left out) and the bars of shared and own types
    (``04_overlap``: each side's own words, «في «A» فقط», in its colour, A's bar first,
    then B's, then the words of both, «في الجانبين», in grey: :func:`overlap_parts`)."""
    from helpers.charts import bar_chart
    from helpers.charts.skeleton import PALETTE
    from helpers.freq import shared_terms, vocabulary_overlap

    options = {} if c.per_story else {"stories": c.study.stories}
    measures = vocabulary_overlap(c.data, c.target, c.reference, **options)
    shared = shared_terms(c.data, c.target, c.reference, **options).query("status == 'shared'")
    # A first, then B, then the shared words, top to bottom (as every chart of the two
    # sides reads: A before B), whatever the sizes (``sort=False``)
    sets = overlap_parts(c.a_name, c.b_name)
    fig = bar_chart(
        measures[list(sets)].rename(sets).rename("types").rename_axis("set").reset_index(),
        label="set",
        value="types",
        title="المفردات الخاصة بكل جانب والمشتركة بينهما",
        sort=False,
        # each side's bar in its colour of the keyness chart (A blue, B red), the words
        # both use in the palette's neutral grey (its last colour)
        bar_colours=dict(zip(sets.values(), (*PALETTE[:2], PALETTE[-1]), strict=True)),
        # the sides by name (story titles at story level), never by story id
        **(
            {"subtitle": c.captioned(c.side.subtitle)}
            if c.side is not None
            else {"group_names": c.study.names}
        ),
    )
    return measures, drop_terms(shared, c.extra), [("04_overlap", fig)]


@noted
def entities_compared(c: Contrast, mentions: pd.DataFrame) -> tuple[pd.DataFrame, list]:
    """Notebook 04: the entities of A and B (:func:`helpers.freq.shared_entities`:
    shared, only in A, only in B) and the entities each side mentions most
    (``04_entities``: per story, or the two sides as two groups), in mentions per 1,000
    counted tokens (titles and bodies) of the story or side: the sides differ in size.
    Beyond story level the table and the chart leave out each story's owner's own names
    (:func:`without_own_names`: alyaum's «صحيفة اليوم» in alyaum's stories; kept where
    another outlet cites the paper), as notebook 03 does."""
    from helpers.charts import entity_counts_chart, top_entities_by_group
    from helpers.charts import group_tokens as tokens_of
    from helpers.charts.names import unit_name
    from helpers.entities import entity_counts
    from helpers.freq import shared_entities

    study = c.study
    counts = entity_counts(mentions)
    if c.per_story:
        table = shared_entities(counts, c.target, c.reference, stories=study.stories)
        stories = [c.target, *c.reference_ids]
        # the two sides differ in length: mentions per 1,000 tokens
        fig = entity_counts_chart(
            counts,
            stories=stories,
            story_names=study.names,
            value="per_1000",
            tokens=study.counts(),
        )
    else:
        from helpers.charts.skeleton import STORY_SHARE

        sides = c.side.sides(study.stories)
        # each group's own name left out of its own stories, as in notebook 03
        kept = without_own_names(study, mentions)
        # the table too (session 17: «صحيفة اليوم» topped alyaum's "only in A" rows)
        table = shared_entities(entity_counts(kept), c.target, c.reference, stories=study.stories)
        side_counts = entity_counts(kept, by="side", stories=sides)
        notes = [c.side.subtitle, f"{STORY_SHARE_LABEL} من قصص كل جانب؛ {BY_STORIES_NOTE}"]
        if len(kept) < len(mentions):
            notes.append(OWN_NAMES_NOTE.format(unit_name(study.by)))
            _show_note(own_names_left_out(study, mentions, sides["story_id"]))
        notes += _namesake_notes(study, kept, side_counts, sides)
        # the sides differ in size, and one long story must not top a side: the side's
        # stories that mention the entity per 100 of its stories
        fig = top_entities_by_group(
            side_counts,
            "side",
            n=10,
            value=STORY_SHARE,
            tokens=tokens_of(study.counts(), sides, "side"),
            subtitle=c.captioned("؛ ".join(notes)),
            xlabel=STORY_SHARE_LABEL,
            **c.side.chart_sides,
            title=(
                "الكيانات التي تذكرها أكثر القصص: "
                f"«{_in_title(c.a_name)}» مقابل «{_in_title(c.b_name)}»"
            ),
        )
    return table, [("04_entities", fig)]


#: The note of an entity chart that draws a place bearing the name of an outlet's own
#: newspaper in that outlet's side (:func:`helpers.own_names.namesake_places`; {0} the
#: place's name): the city الرياض in alriyadh's stories is a place, counted; the paper
#: is not (:data:`OWN_NAMES_NOTE`).
NAMESAKE_NOTE = "«{0}»: المكان، لا صحيفة {0}"


def _namesake_notes(study, mentions, side_counts, sides, n: int = 10) -> list[str]:
    """:data:`NAMESAKE_NOTE` for each place among a side's ``n`` entities drawn (by
    stories, then mentions: :data:`BY_STORIES_NOTE`) that bears the name of the own
    newspaper of an outlet with stories on that side (:func:`namesake_places`);
    ``sides``: the stories with their ``side``. Each place once, in the order drawn."""
    from helpers.own_names import namesake_places, owner_column, story_owners

    places = namesake_places(study, mentions)
    if places.empty or side_counts.empty:
        return []
    owners = story_owners(study)
    col = owner_column(study)
    out: list[str] = []
    for side, rows in side_counts.groupby("side", sort=False):
        ids = sides.loc[sides["side"] == side, "story_id"]
        here = set(owners.reindex(ids).dropna())
        mine = set(places.loc[places[col].isin(here), "entity_id"])
        top = rows.sort_values(["stories", "count"], ascending=False, kind="stable").head(n)
        for name in top.loc[top["entity_id"].isin(mine), "canonical"]:
            note = NAMESAKE_NOTE.format(name)
            if note not in out:
                out.append(note)
    return out


#: Rows of each status (shared, only in A, only in B) notebook 04's entity table shows.
ENTITIES_SHOWN = 10


def entities_shown(table: pd.DataFrame, n: int = ENTITIES_SHOWN) -> pd.DataFrame:
    """Notebook 04's entity table as readers see it, from :func:`entities_compared`'s
    table (:func:`helpers.freq.shared_entities`): the first ``n`` rows of each status in
    the order shared, only in A, only in B (the table's own order within a status:
    pooled count), so a corpus where the top 30 are all shared still shows what each
    side names alone; each entity by the name the charts give it
    (:func:`helpers.charts.names.entity_labels`: a nationality without a place row by
    its adjective, «أميركي», as the nationalities panel of ``04_entities`` writes
    ``country:US``), never by its id. Columns ``canonical, type, count_target, count_reference,
    status`` (display with ``rtl_table(group_by="status")``: each status once, as a
    row across the table). ``shared_entities.csv`` keeps every row and ``entity_id``.
    Raises :class:`helpers.errors.ArgumentError` for ``n`` not a whole number >= 1."""
    from helpers.charts.names import entity_labels
    from helpers.errors import check_whole

    n = check_whole(n, "entities_shown", "n")
    order = {"shared": 0, "only_target": 1, "only_reference": 2}
    shown = table.assign(canonical=entity_labels(table))
    shown = shown.iloc[shown["status"].map(order).fillna(3).argsort(kind="stable")]
    shown = shown.groupby("status", sort=False).head(n)
    columns = ["canonical", "type", "count_target", "count_reference", "status"]
    return shown[columns].reset_index(drop=True)


@noted
def quotes_compared(c: Contrast, quotes: pd.DataFrame) -> tuple[pd.DataFrame, list]:
    """Notebook 04: quotations and quoted words per speaker (:func:`helpers.quotes.
    quotes_per_speaker`), per story or per side, and their bars
    (``04_quotes_per_speaker``). Per side the table adds :data:`PER_100_STORIES`
    (quotations per 100 stories of the side) and the bars draw it: the sides differ in
    size. Per story the bars stay quotations (the embedded figure)."""
    from helpers.charts import bar_chart, quotes_by_group
    from helpers.quotes import quotes_per_speaker

    if c.per_story:
        per_speaker = quotes_per_speaker(quotes)
        fig = bar_chart(
            per_speaker,
            label="speaker",
            value="quotes",
            group="story_id",
            group_names=c.study.names,
            title="الاقتباسات لكل متحدث",
            noun="متحدث",
        )
        return per_speaker, [("04_quotes_per_speaker", fig)]
    per_speaker = quotes_per_speaker(quotes, by="side", stories=c.side.sides(c.study.stories))
    sides = c.side.chart_sides
    # side A's rows first, then B's, as the chart draws them (not by the sides' names)
    position = {name: i for i, name in enumerate(sides["order"])}
    per_speaker = per_speaker.iloc[
        per_speaker["side"].map(position).fillna(len(position)).argsort(kind="stable")
    ].reset_index(drop=True)
    # the sides differ in size: quotations per 100 stories of each side
    per_speaker = per_100_stories(per_speaker, "side", sides["group_sizes"])
    codes = {c.side.target_name: "target", c.side.reference_name: "reference"}
    fig = quotes_by_group(
        per_speaker,
        "side",
        value=PER_100_STORIES,
        subtitle=c.captioned(f"{c.side.subtitle}؛ {PER_100_STORIES_LABEL} من قصص كل جانب"),
        xlabel=PER_100_STORIES_LABEL,
        **sides,
        title=f"من يُقتبس أكثر: «{_in_title(c.a_name)}» مقابل «{_in_title(c.b_name)}»",
    )
    # the table names the sides by code, as keyness's key_for (session 17: the Arabic
    # names were the CSV's values); the display names them (:meth:`Contrast.sides_named`)
    per_speaker = per_speaker.assign(side=per_speaker["side"].map(codes).astype("str"))
    return per_speaker, [("04_quotes_per_speaker", fig)]
