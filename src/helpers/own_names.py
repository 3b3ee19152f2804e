"""A group's own name: the names an outlet calls itself, left out of its own views.

An outlet names itself in its bylines («عين اليوم – واشنطن») and as a source («قال
لـ"الشرق الأوسط"»); another outlet seldom does. Counted as news, its own name would top
every chart of its group. :func:`own_names` finds them (one rule for every chart, judged
over the stories' owners, :func:`story_owners`), :func:`own_words` gives their words as
term keys, :func:`without_own_names` and :func:`without_own_words` are the one filter
each entity and word view applies to a group's side, :func:`side_own_words` the words of
the owners of each side of notebook 04's comparison. Moved out of
:mod:`helpers.sections` in session 16 (no behaviour change); the sections call these.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from helpers.charsets import DOUBLE_QUOTE_PAIRS

__all__ = [
    "OWNER_COLUMN",
    "OWN_NAME_TYPES",
    "cited_outlet_words",
    "name_share",
    "namesake_places",
    "own_names",
    "own_words",
    "owner_column",
    "owners_are_groups",
    "side_own_words",
    "story_owners",
    "without_own_names",
    "without_own_words",
]

#: A group's own name: an outlet names itself in its bylines («عين اليوم – واشنطن») and
#: as a source («قال لـ"الشرق الأوسط"»); another outlet seldom does. The rule
#: (:func:`own_names`) compares the share of each group's stories naming it: a name is
#: the own name of the group holding more than this part of the sum of those shares
#: over all groups (size-neutral: a big outlet does not win by size) ...
OWN_NAME_LEAD = 0.5
#: ... and, unless it is a newspaper (``helpers/entities/data/newspapers.csv``), found
#: in at least this share of that group's stories.
OWN_NAME_STORIES = 0.3
#: ... (and only with a credit or newspaper noun as evidence: :func:`_named_as_outlet`)
#: ... and more than this lead: a byline is written by its outlet alone, while a topic
#: one outlet covers most is named by the others too (an organisation such as a
#: ministry; a place or person is never judged: :data:`OWN_NAME_TYPES`).
#: Newspapers keep :data:`OWN_NAME_LEAD` (sabq cites الجزيرة: its lead in aljazirah 0.53).
OWN_NAME_LABEL_LEAD = 0.9
#: ... and only a name of these entity types (the mentions table's ``type``): an
#: outlet's name for itself that ``newspapers.csv`` does not list is a byline, an
#: organisation's name («عين اليوم»). A place, a nationality (``NORP``, its country's
#: id) or a person is never an own name by the lead alone, however one outlet leads it:
#: with two outlets (aawsat and sabq, 2015-08-01..03) «الولايات المتحدة» (LOC and NORP
#: mentions of country:US) had 39.5 % of aawsat's stories and lead 0.907, and vanished
#: from aawsat's views (session 22; with four outlets its lead was 0.57, session 14).
#: A listed newspaper is judged by its own rule, whatever type its mentions carry.
OWN_NAME_TYPES = ("ORG",)
#: ... and found in at least this many of that group's stories: on a small corpus every
#: name one outlet alone mentions has a lead of 1 (18 stories of six outlets, three
#: each: الولايات المتحدة، بشار الأسد، حزب الله were "own names", 241 of 367 mentions
#: left out); a byline stands in dozens of its outlet's stories.
OWN_NAME_LABEL_MIN = 10
#: A newspaper needs less, but some: at least this share of the group's stories and
#: :data:`OWN_NAME_PAPER_MIN` of them (in SaudiNewsNet the least is alweeam's, 22 of
#: 1,551 stories, 1.4 %), so a paper outside the corpus that one outlet cites in a story
#: or two (الحياة "life", البيان "the statement") does not take its words from that
#: outlet's views.
OWN_NAME_PAPER_SHARE = 0.01
OWN_NAME_PAPER_MIN = 3


def _newspapers() -> dict[str, tuple[str, ...]]:
    """Newspaper entity id -> its names as listed in ``newspapers.csv`` (الشرق
    الأوسط، سبق، عكاظ): the names an outlet calls itself, in the order listed."""
    from helpers.entities.gazetteer import newspaper_names

    out: dict[str, tuple[str, ...]] = {}
    for eid, name in newspaper_names():
        out[eid] = (*out.get(eid, ()), name)
    return out


#: The stories column naming each story's outlet: whenever the stories carry it, an own
#: name is judged over it, whatever the run's groups (a day holds several outlets' stories,
#: so no day leads; each story is its outlet's).
OWNER_COLUMN = "outlet"


def owners_are_groups(study) -> bool:
    """True when the stories' owners (:func:`story_owners`) are the run's groups: the
    run is grouped by :data:`OWNER_COLUMN`, or the stories have no such column."""
    return study.by == OWNER_COLUMN or OWNER_COLUMN not in study.stories.columns


def owner_column(study) -> str:
    """The column of :func:`own_names` naming the owner of an own name: the run's group
    column (:attr:`Study.col`) when the owners are the groups, else :data:`OWNER_COLUMN`."""
    return study.col if owners_are_groups(study) else OWNER_COLUMN


def story_owners(study) -> pd.Series:
    """The owner of every story, whose own names are left out of it: its outlet (the
    stories' :data:`OWNER_COLUMN`, str) whenever the stories carry that column, else its
    group (:attr:`Study.groups`, labelled; the same when grouped by outlet). Indexed by
    story id; stories with no value left out; empty at story level."""
    if study.per_story:
        return pd.Series(dtype=object)
    if owners_are_groups(study):
        return study.groups
    return study.derived(("story_owners",), study.stories, lambda: _outlets(study.stories))


def _outlets(stories: pd.DataFrame) -> pd.Series:
    """story_id -> outlet (str) of the stories whose :data:`OWNER_COLUMN` is known."""
    values = stories[OWNER_COLUMN]
    known = stories[values.notna() & (values.astype(str).str.strip() != "")]
    if known.empty:
        return pd.Series(dtype=object)
    from helpers.corpus import story_groups

    return story_groups(known, OWNER_COLUMN).astype(str)


def own_names(
    study, mentions: pd.DataFrame, zones: Sequence[str] = ("title", "body")
) -> pd.DataFrame:
    """The names that are a group's own name (an outlet's name for itself), left out of
    that group's entity views (:func:`who_and_where`) and, as words, of its word views
    (:func:`own_words`): one rule for every chart.

    The owners are the stories' outlets whenever the stories carry an
    :data:`OWNER_COLUMN` (:func:`story_owners`), whatever the run's groups (with
    GROUP_BY=date:D no day leads, but each story is its outlet's); else the run's groups.
    Below, "group" means owner. The rule, judged by name, not by entity id:

    * a **newspaper** of ``helpers/entities/data/newspapers.csv`` (its ORG entity, found
      by the gazetteer or in quote marks and bylines) is the own name of the group that
      holds more than :data:`OWN_NAME_LEAD` of its *lead*: the share of the group's
      stories naming it, divided by the sum of that share over all groups (so a big
      outlet does not win by size), when it names it in at least
      :data:`OWN_NAME_PAPER_SHARE` of its stories and :data:`OWN_NAME_PAPER_MIN` of them;
    * any other **label** (the entity's canonical name, over every id of type
      :data:`OWN_NAME_TYPES`, ``ORG``, that carries it; judged on those mentions only)
      is an own name when it has a lead above :data:`OWN_NAME_LABEL_LEAD` (a byline no
      other outlet writes; a topic one outlet covers most is named by others too) and is
      found in at least :data:`OWN_NAME_STORIES` of the group's stories and in
      :data:`OWN_NAME_LABEL_MIN` of them, and only with evidence that it is the
      outlet's name for itself (:func:`_named_as_outlet`): one of the group's mentions
      of it is a credit (method :data:`helpers.entities.datelines.CREDIT`, a byline) or
      is written after a newspaper noun (``NEWSPAPER_HEADS``: «صحيفة/جريدة X»); a
      topical organisation one outlet alone covers (a ministry, a militia, a company)
      has neither and stays (session 22, branch hostfix22b). A place, a nationality or
      a person (``LOC``, ``NORP``, ``PERSON``) is never an own name unless
      ``newspapers.csv`` lists the name (session 22: with two outlets «الولايات
      المتحدة» led aawsat at 0.907); a table without ``type`` is judged on every
      mention;
    * a **news agency** (:func:`helpers.entities.gazetteer.news_agency_ids`, the
      agencies of ``press.txt``: واس، رويترز، فرانس برس، الأناضول، د ب أ ...) is no
      group's own name unless the group is that agency (outlet ``was``, «واس»): every
      outlet quotes the agencies, and on a small subset the one citing one most led;
    * a **dateline's place** (لندن in «لندن - رويترز», جدة in «واس- جدة») says where a
      story was filed; an outlet filing most of a subset's stories from one city made
      that city its own name (session 16, when its LOC mentions were set aside here).
      Since session 22 no place is judged by the label rule at all, so no dateline
      needs reading (session 23 removed the reader, ``dateline_places``);
    * a newspaper is left out in its **newspaper sense only**: its ORG entity and any
      other entity labelled by one of its listed names (okaz: a person عكاظ misread),
      or by one written after a newspaper noun
      (:data:`helpers.entities.rules.lexicons.NEWSPAPER_HEADS`: «صحيفة اليوم»، «جريدة
      الوطن», session 17),
      but a place (type ``LOC``): the city الرياض stays in alriyadh, the region الشرق
      الأوسط in aawsat (session 16; before, every id with the name was left out, and the
      capital vanished from alriyadh's side of notebook 04). Another own name (a
      byline) is left out under every id of :data:`OWN_NAME_TYPES` with its label.

    On the SaudiNewsNet development corpus (20,290 stories) this finds the paper of each
    of the 11 outlets listed in ``newspapers.csv`` in that outlet (aawsat: 24 % of its
    stories, lead 0.94; sabq 0.998; okaz 0.85, also under the id of a misread person
    عكاظ; alriyadh 0.81; aljazirah 0.53, as sabq cites الجزيرة too; عين اليوم in 3alyoum
    1.0), and no club, country or person (arreyadi's clubs lead but are in under 30 % of
    its stories; a country or person is not judged at all since session 22). At story
    level, or with one owner, nothing is an own name.

    Parameters
    ----------
    study : helpers.study.Study
    mentions : DataFrame
        The mentions table (``story_id, zone, entity_id, canonical, ...``).
    zones : sequence of str
        Zones whose mentions are counted (default title and body, as the counts).

    Returns
    -------
    DataFrame
        ``<owner column> (:func:`owner_column`: the run's group column and labels when
        the owners are the groups, else ``outlet`` and its values), name (str: the own
        name; a newspaper's first listed
        name), entity_id (str: an id left out for the group), stories (int64: stories
        of the group naming it), share (float64: of the group's stories), lead
        (float64)``: one row per group and id left out, sorted by group and id.
    """
    zones = tuple(zones)
    return study.derived(("own_names", zones), mentions, lambda: _own_names(study, mentions, zones))


def _own_names(study, mentions: pd.DataFrame, zones: tuple[str, ...]) -> pd.DataFrame:
    from helpers.entities.rules.lexicons import NEWSPAPER_HEADS
    from helpers.text import normalize

    col = owner_column(study)
    columns = [col, "name", "entity_id", "stories", "share", "lead"]
    empty = pd.DataFrame(columns=columns).astype(
        {"stories": "int64", "share": float, "lead": float}
    )
    groups = story_owners(study)
    if study.per_story or mentions.empty or groups.nunique() < 2:
        return empty
    papers = _newspapers()
    m = mentions[mentions["zone"].isin(list(zones))]
    labels = {c: normalize(c) for c in m["canonical"].unique()}  # each name once
    m = m.assign(_group=m["story_id"].map(groups), _label=m["canonical"].map(labels))
    m = m.dropna(subset=["_group"])
    # the name judged: a newspaper by its own entity id, any other entity by its label
    paper = m["entity_id"].isin(list(papers))
    m = m.assign(_name=m["entity_id"].where(paper, "label:" + m["_label"]))
    # a place, nationality or person is judged only as a listed paper's name
    judged = m[paper | m["type"].isin(OWN_NAME_TYPES)] if "type" in m.columns else m
    stories = judged.drop_duplicates(["story_id", "_name"]).groupby(["_group", "_name"]).size()
    sizes = groups.value_counts()
    share = stories / stories.index.get_level_values("_group").map(sizes).to_numpy(float)
    lead = share / share.groupby(level="_name").transform("sum")
    table = pd.DataFrame({"stories": stories, "share": share, "lead": lead})
    table = table.rename_axis(["group", "key"]).reset_index()
    is_paper = table["key"].isin(list(papers))
    paper_ok = (
        is_paper
        & (table["share"] >= OWN_NAME_PAPER_SHARE)
        & (table["stories"] >= OWN_NAME_PAPER_MIN)
    )
    label_ok = (
        ~is_paper
        & (table["share"] >= OWN_NAME_STORIES)
        & (table["lead"] > OWN_NAME_LABEL_LEAD)
        & (table["stories"] >= OWN_NAME_LABEL_MIN)
    )
    if label_ok.any():  # a label is judged only with evidence it is the outlet's name
        told = _named_as_outlet(study, judged[judged["_name"].isin(table.loc[label_ok, "key"])])
        label_ok &= pd.Series(
            [(g, k) in told for g, k in zip(table["group"], table["key"], strict=True)],
            index=table.index,
            dtype=bool,
        )
    own = table[(table["lead"] > OWN_NAME_LEAD) & (paper_ok | label_ok)]
    agencies = _agency_names(papers, m)
    rows = []
    for r in own.itertuples(index=False):
        if r.key in papers:  # the paper's id and every entity labelled by its names
            # but a place: the newspaper sense only, never the city or region so named
            # its listed names, «صحيفة/جريدة + name» (NEWSPAPER_HEADS: whatever id a
            # mention so labelled has) and the labels of its own mentions
            labels = {normalize(n) for n in papers[r.key]}
            labels |= {normalize(f"{h} {n}") for h in NEWSPAPER_HEADS for n in papers[r.key]}
            labels |= set(m.loc[m["entity_id"] == r.key, "_label"])
            sense = m["type"] != "LOC" if "type" in m.columns else True
            ids = {r.key} | set(m.loc[m["_label"].isin(labels) & sense, "entity_id"])
            name = papers[r.key][0]
        else:
            label = r.key.removeprefix("label:")
            mine = judged[judged["_label"] == label]  # its ORG mentions, never a place
            ids = set(mine["entity_id"])
            name = mine["canonical"].iloc[0]
            labels = {label}
        if _agency_not_owner(r.group, ids, labels, agencies):
            continue
        rows += [(r.group, name, eid, r.stories, r.share, r.lead) for eid in sorted(ids)]
    if not rows:
        return empty
    out = pd.DataFrame(rows, columns=columns).drop_duplicates([col, "entity_id"])
    return (
        out.sort_values([col, "entity_id"], kind="stable")
        .reset_index(drop=True)
        .astype({"stories": "int64", "share": float, "lead": float})
    )


def _named_as_outlet(study, m: pd.DataFrame) -> set[tuple[str, str]]:
    """The (group, judged name) pairs of ``m`` (mentions with ``_group`` and ``_name``)
    for which the group's stories hold evidence that the name is an outlet's name for
    itself: a mention of it credited in a byline or dateline (``method``
    :data:`helpers.entities.datelines.CREDIT`, «عين اليوم – واشنطن»), or one written
    right after a newspaper noun (:data:`helpers.entities.rules.lexicons.NEWSPAPER_HEADS`:
    «صحيفة عين اليوم», the head inside the mention or the last word before it). A
    topical organisation one outlet alone covers (a ministry, a militia, a company:
    session 22, branch hostfix22b) has neither. A table without ``method`` gives no
    credit; without ``start`` no text is read."""
    from helpers.entities.datelines import CREDIT
    from helpers.entities.rules.lexicons import NEWSPAPER_HEADS
    from helpers.text import normalize

    if m.empty:
        return set()
    heads = {normalize(h) for h in NEWSPAPER_HEADS}
    ok = pd.Series(False, index=range(len(m)))
    m = m.reset_index(drop=True)
    if "method" in m.columns:
        ok |= m["method"] == CREDIT
    ok |= m["_label"].map(lambda t: str(t).split(" ", 1)[0] in heads)  # _label: normalised
    if {"start", "zone"} <= set(m.columns) and not ok.all():
        from helpers.corpus import zones

        rest = m[~ok]
        stories = study.stories[study.stories["story_id"].isin(set(rest["story_id"]))]
        z = zones(stories, sorted(set(rest["zone"])))
        text = dict(zip(zip(z["story_id"], z["zone"], strict=True), z["text"], strict=True))
        for i, sid, zone, start in zip(
            rest.index, rest["story_id"], rest["zone"], rest["start"], strict=True
        ):
            before = text.get((sid, zone), "")[: int(start)].split()
            ok[i] = bool(before) and normalize(before[-1]) in heads
    hit = m[ok]
    return set(zip(hit["_group"], hit["_name"], strict=True))


def _agency_names(papers: dict[str, tuple[str, ...]], m: pd.DataFrame) -> dict[str, set[str]]:
    """News agency id (:func:`helpers.entities.gazetteer.news_agency_ids`) -> its names,
    normalised: those ``newspapers.csv`` lists (واس) and the labels its mentions carry in
    ``m`` (وكالة الأنباء السعودية), for :func:`_agency_not_owner`."""
    from helpers.entities.gazetteer import news_agency_ids
    from helpers.text import normalize

    out: dict[str, set[str]] = {}
    for eid in news_agency_ids():
        names = {normalize(n) for n in papers.get(eid, ())}
        names |= set(m.loc[m["entity_id"] == eid, "_label"])
        out[eid] = names
    return out


def _agency_not_owner(owner, ids: set[str], labels: set[str], agencies: dict) -> bool:
    """True when an own-name candidate of ``owner`` (a group label or an outlet value)
    is a news agency's name (one of ``ids`` is an agency's id, or one of ``labels`` an
    agency's name: :func:`_agency_names`) and ``owner`` is not that agency (neither the
    value nor its Arabic outlet name, :func:`helpers.charts.names.group_name`, is one
    of the agency's names: outlet ``was`` is «واس»). Every outlet quotes the agencies
    («واس- جدة» heads sabq's datelines): on a subset where one outlet cites one most, its
    lead made it that outlet's own name (own14: «واس» in sabq on 2015-07-22..23, 10
    mentions left out)."""
    from helpers.charts.names import group_name
    from helpers.text import normalize

    hit = [eid for eid, names in agencies.items() if eid in ids or names & labels]
    if not hit:
        return False
    said = {normalize(str(owner)), normalize(group_name(owner))}
    return not any(said & agencies[eid] for eid in hit)


#: An own-name word is left out of its owner's word views only when the owner's own
#: names (its mentions of them, :func:`own_names`) make at least this share of the
#: word's uses in the owner's stories (titles and bodies). Session 17: every word of an
#: outlet's name was left out, so «اليوم» "today" vanished from alyaum's views (on
#: 2015-08-01..04, 24 of its 1,090 uses are the paper's name) and «الوطن» "homeland"
#: from alwatan's; a name most uses of which are the outlet's own (a byline's «سبق»)
#: still goes.
OWN_WORD_SHARE = 0.5


def own_words(study, mentions: pd.DataFrame | None = None) -> dict[str, frozenset[str]]:
    """Each group's own-name words: the term keys (:func:`helpers.text.tokenize`,
    ``base``) of the words of its own names (:func:`own_names`): for a newspaper the
    names listed in ``newspapers.csv`` (الشرق الأوسط -> شرق، اوسط; سبق; عكاظ), for
    another own name its label; stopwords left out; and only a word the owner writes
    mostly as its own name (:func:`name_share`: at least :data:`OWN_WORD_SHARE` of its
    uses in the owner's stories are inside a mention of an own name): a word that is
    also everyday Arabic («اليوم» "today" in alyaum, «الوطن» "homeland" in alwatan)
    stays in the views, its few uses as the name with it (session 17). The word views
    (top terms by group, keyness, comparison cloud) leave these out of that group's
    side (:func:`without_own_words`), as the entity views leave out the names.

    Returns ``{owner: frozenset of term keys}`` (owners as in :func:`own_names`: the
    group label, or the outlet when the groups are not the outlets), only owners with
    own-name words (empty at story level). ``mentions`` defaults to the run's
    (``study.mentions()``).
    """
    if study.per_story:
        return {}
    from helpers.text import tokenize

    mentions = study.mentions() if mentions is None else mentions
    own = own_names(study, mentions)
    papers = {names[0]: names for names in _newspapers().values()}
    out: dict[str, set[str]] = {}
    pairs = own[[owner_column(study), "name"]].drop_duplicates()

    def add(group, names) -> None:
        for text in names:
            words = tokenize(text)
            words = words[(words["kind"] == "word") & ~words["is_stop"]]
            out.setdefault(group, set()).update(words["base"])

    for group, name in pairs.itertuples(index=False):
        add(group, papers.get(name, (name,)))
    own_papers = _owners_papers(study)
    for group, names in own_papers.items():  # its paper, cited in its own stories
        add(group, names)
    if not out:
        return {}
    share = name_share(study, mentions, out, own=own, cited=own_papers)
    kept = {g: {w for w in ws if share.get((g, w), 0.0) >= OWN_WORD_SHARE} for g, ws in out.items()}
    return {g: frozenset(w) for g, w in kept.items() if w}


#: Quote marks around an outlet's name cited in its own stories («الجزيرة»، لـ"الجزيرة"):
#: any of them on either side, as scraped text writes them (لـ»الجزيرة» with the
#: guillemets reversed: 7 of aljazirah's self-citations on the 12 SaudiNewsNet days): the
#: marks of :data:`helpers.charsets.DOUBLE_QUOTE_PAIRS`.
CITE_QUOTES = "".join(dict.fromkeys(m for pair in DOUBLE_QUOTE_PAIRS.items() for m in pair))
#: Brackets around it ((الجزيرة)): the opening ones and, in the same order, the closing.
CITE_OPEN = "(["
CITE_CLOSE = ")]"


def _owners_papers(study) -> dict[str, tuple[str, ...]]:
    """Each owner (:func:`story_owners`) that is a listed newspaper
    (``newspapers.csv``; the owner's value or its Arabic outlet name,
    :func:`helpers.charts.names.group_name`, is one of the paper's names, normalised):
    ``{owner: the paper's names}``. aljazirah -> («الجزيرة»,); an owner that is no
    listed paper (a day, a folder) is not a key. Empty at story level."""
    if study.per_story:
        return {}
    from helpers.charts.names import group_name
    from helpers.text import normalize

    by_name = {normalize(n): names for names in _newspapers().values() for n in names}
    out = {}
    for owner in story_owners(study).dropna().unique():
        for said in (str(owner), group_name(owner)):
            if normalize(said) in by_name:
                out[owner] = by_name[normalize(said)]
                break
    return out


def cited_own_name(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """The spans ``(start, end)`` (str offsets into ``text``) of each of ``names`` (a
    newspaper's names as written in ``newspapers.csv``) that ``text`` writes as a
    citation of that newspaper: between quote marks (any of :data:`CITE_QUOTES` on
    either side: «الجزيرة»، "الجزيرة"، »الجزيرة») or brackets (:data:`CITE_OPEN`,
    :data:`CITE_CLOSE`: (الجزيرة)), with a proclitic و or لـ before the opening mark
    (لـ«الجزيرة»), or right after a source noun (the ``source`` list of
    :func:`helpers.text.quote_words`: مصادر الجزيرة، مصدر الجزيرة) or a newspaper noun
    (:data:`helpers.entities.rules.lexicons.NEWSPAPER_HEADS`: صحيفة الجزيرة). The name
    written bare elsewhere is not matched (شبه الجزيرة، نادي الجزيرة، حي الجزيرة: a
    place or a club). The name is matched as written (its hamza and alef forms as the
    file writes them), whole, between non-letters. Session 23: the evidence that a bare
    written name in its outlet's own stories is the newspaper (:func:`name_share`)."""
    import re

    from helpers.entities.rules.lexicons import NEWSPAPER_HEADS
    from helpers.text import quote_words

    if not text or not names:
        return []
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    quotes = f"[{re.escape(CITE_QUOTES)}]"
    marks = "|".join(
        [
            f"{quotes}\\s*(?P<q>{alts})\\s*{quotes}",
            *(
                f"{re.escape(o)}\\s*(?P<b{i}>{alts})\\s*{re.escape(c)}"
                for i, (o, c) in enumerate(zip(CITE_OPEN, CITE_CLOSE, strict=True))
            ),
        ]
    )
    nouns = sorted({*quote_words()["source"], *NEWSPAPER_HEADS}, key=len, reverse=True)
    heads = "|".join(re.escape(h) for h in nouns)
    pattern = re.compile(
        f"(?:{marks})|(?<!\\w)(?:{heads})\\s+(?P<h>{alts})(?!\\w)", flags=re.UNICODE
    )
    spans = []
    for m in pattern.finditer(text):
        group = next(g for g, v in m.groupdict().items() if v is not None)
        spans.append(m.span(group))
    return spans


def name_share(
    study,
    mentions: pd.DataFrame,
    words: dict,
    *,
    own: pd.DataFrame | None = None,
    cited: dict | None = None,
) -> dict[tuple[str, str], float]:
    """For each owner and term key of ``words`` (``{owner: keys}``), the share of the
    key's uses in the owner's stories (the zones the word views count,
    :data:`helpers.study.COUNT_ZONES`: titles and bodies; the run's counts) that stand
    inside a mention of one of the owner's own names (:func:`own_names`; each
    mention's written form tokenised once per distinct form,
    :func:`helpers.text.tokenize`). Returns ``{(owner, key):
    float from 0 to 1}`` (a key the owner never writes: 0.0), for
    :func:`own_words`. ``own``: the :func:`own_names` table of ``mentions`` when the
    caller has it (computed otherwise). ``cited`` (session 23): ``{owner: its paper's
    names}`` (:func:`_owners_papers`); the owner's own paper written bare in its own
    stories as a citation (:func:`cited_own_name`: «الجزيرة»، لـ"الجزيرة"، مصادر
    الجزيرة) counts as a use inside its own name too, unless a mention of an own name
    already holds it (aljazirah's self-citations are seldom a mention, so الجزيرة was
    a key term of aljazirah against the others)."""
    from collections import Counter

    from helpers.display import written_forms
    from helpers.study import COUNT_ZONES
    from helpers.text import tokenize

    own = own_names(study, mentions) if own is None else own
    col = owner_column(study)
    owners = story_owners(study)
    m = mentions[mentions["zone"].isin(list(COUNT_ZONES))]
    m = m.assign(_owner=m["story_id"].map(owners), _written=written_forms(m))
    pairs = set(zip(own[col], own["entity_id"], strict=True))
    mine = [(o, e) in pairs for o, e in zip(m["_owner"], m["entity_id"], strict=True)]
    m = m[pd.Series(mine, index=m.index, dtype=bool)]
    keys_of: dict[str, list[str]] = {}  # per distinct written form, not per mention
    named: Counter = Counter()
    for owner, text in zip(m["_owner"], m["_written"], strict=True):
        if text not in keys_of:
            t = tokenize(str(text))
            keys_of[text] = t.loc[t["kind"] == "word", "base"].tolist()
        named.update((owner, k) for k in keys_of[text] if k in words.get(owner, ()))
    if cited:
        named.update(_cited_uses(study, m, words, cited))
    counts = study.counts()
    out: dict[tuple[str, str], float] = {}
    for owner, keys in words.items():
        ids = owners.index[owners == owner]
        used, _ = counts.side(ids, 1)
        for k in keys:
            total = int(used.get(k, 0))
            out[(owner, k)] = min(named[(owner, k)] / total, 1.0) if total else 0.0
    return out


def _cited_uses(study, mine: pd.DataFrame, words: dict, cited: dict) -> dict:
    """``{(owner, key): uses}``: the keys of ``words`` of each owner's paper written as a
    citation in the owner's own stories (titles and bodies, :func:`cited_own_name`)
    outside every mention of ``mine`` (the owner's own-name mentions, with ``start`` and
    ``end`` when the table has them)."""
    from collections import Counter

    from helpers.corpus import zones
    from helpers.study import COUNT_ZONES
    from helpers.text import tokenize

    owners = story_owners(study)
    held: dict = {}
    if {"start", "end"} <= set(mine.columns):
        for sid, zone, a, b in zip(
            mine["story_id"], mine["zone"], mine["start"], mine["end"], strict=True
        ):
            held.setdefault((sid, zone), []).append((int(a), int(b)))
    out: Counter = Counter()
    for owner, names in cited.items():
        keys = [k for n in names for k in tokenize(n).query("kind == 'word'")["base"]]
        keys = [k for k in keys if k in words.get(owner, ())]
        if not keys:
            continue
        ids = set(owners.index[owners == owner])
        stories = study.stories[study.stories["story_id"].isin(ids)]
        if stories.empty:
            continue
        z = zones(stories, list(COUNT_ZONES))
        for sid, zone, text in zip(z["story_id"], z["zone"], z["text"], strict=True):
            spans = held.get((sid, zone), ())
            for a, b in cited_own_name(str(text), names):
                if not any(a < e and s < b for s, e in spans):
                    out.update((owner, k) for k in keys)
    return out


def without_own_names(study, mentions: pd.DataFrame) -> pd.DataFrame:
    """``mentions`` without those of a story's owner's own name (:func:`own_names`,
    owners :func:`story_owners`), story by story: in aawsat's stories «صحيفة الشرق
    الأوسط» is not counted, in sabq's it is. The rule of notebook 03's heatmaps («—» in
    the group's own column) for counts over other units, notebook 04's sides (a side
    holds stories of several groups). Same columns and ``attrs``; unchanged at story
    level or when no owner has an own name (the very object returned)."""
    own = own_names(study, mentions)
    if own.empty:
        return mentions
    left_out = set(zip(own[owner_column(study)], own["entity_id"], strict=True))
    group = mentions["story_id"].map(story_owners(study))
    mine = [(g, e) in left_out for g, e in zip(group, mentions["entity_id"], strict=True)]
    out = mentions[~pd.Series(mine, index=mentions.index, dtype=bool)]
    out.attrs = dict(mentions.attrs)
    return out


def without_own_words(table: pd.DataFrame, col: str, words: dict) -> pd.DataFrame:
    """``table`` (term frequencies with a group column ``col``, or a keyness table with
    ``col="key_for"`` and ``words`` keyed ``target`` / ``reference``) without the rows
    whose term (a key, n-grams space-joined) holds one of its group's own-name words
    (:func:`own_words`). Other rows and their values are unchanged; ``attrs`` kept."""
    if not words or table.empty:
        return table
    keys = table["term"].astype(str).str.split(" ")
    own = [
        bool(words.get(g)) and not words[g].isdisjoint(k)
        for g, k in zip(table[col], keys, strict=True)
    ]
    out = table[~pd.Series(own, index=table.index)]
    out.attrs = dict(table.attrs)
    return out


def cited_outlet_words(study, mentions: pd.DataFrame | None = None) -> frozenset[str]:
    """The term keys of the newspapers' names (``helpers/entities/data/newspapers.csv``:
    عكاظ، سبق، الشرق الأوسط ...; stopwords left out) that the run's stories write mostly
    as a *cited* outlet's name: at least :data:`OWN_WORD_SHARE` of the word's uses in the
    run's counts (:data:`helpers.study.COUNT_ZONES`, every story), its uses inside an
    outlet's own name in its own stories (:func:`own_names`: aawsat's «الشرق الأوسط»,
    sabq's «سبق» bylines) set aside, stand inside a mention of a newspaper in its
    newspaper sense (its ORG id, not a place: the city الرياض is no citation) in a
    story of another outlet. An outlet citing another («نقلت صحيفة عكاظ») names a
    source, not a topic: a newcomer saw «عكاظ» as sabq's strongest key term (session
    19). Everyday words that name a paper stay (اليوم "today", الوطن "homeland"), and so
    does the region الشرق الأوسط outside aawsat's own pages: most of their uses are not
    a citation.

    For the optional list ``"outlets"`` of :func:`helpers.sections.extra_stopwords`
    (the notebooks' ``DROP_LISTS``), off by default: the word views leave these keys
    out of every group and side; counts and CSV files keep them. ``mentions`` defaults
    to the run's (``study.mentions()``). Returns a frozenset of str (empty when no
    story cites a newspaper)."""
    from collections import Counter

    from helpers.display import written_forms
    from helpers.study import COUNT_ZONES
    from helpers.text import tokenize

    mentions = study.mentions() if mentions is None else mentions
    papers = _newspapers()
    words: set[str] = set()
    for names in papers.values():
        for text in names:
            t = tokenize(text)
            words.update(t.loc[(t["kind"] == "word") & ~t["is_stop"], "base"])
    m = mentions[mentions["zone"].isin(list(COUNT_ZONES))]
    m = m[m["entity_id"].isin(list(papers))]
    if "type" in m.columns:
        m = m[m["type"] != "LOC"]  # the newspaper sense only
    if m.empty or not words:
        return frozenset()
    own = own_names(study, mentions)
    pairs = set(zip(own[owner_column(study)], own["entity_id"], strict=True))
    owners = m["story_id"].map(story_owners(study))
    cited: Counter = Counter()
    owned: Counter = Counter()  # uses inside the story's own outlet's name: set aside
    keys_of: dict[str, list[str]] = {}  # per distinct written form, not per mention
    for owner, eid, text in zip(owners, m["entity_id"], written_forms(m), strict=True):
        if text not in keys_of:
            t = tokenize(str(text))
            keys_of[text] = [k for k in t.loc[t["kind"] == "word", "base"] if k in words]
        (owned if (owner, eid) in pairs else cited).update(keys_of[text])
    used, _ = study.counts().side(list(study.stories["story_id"].astype(str)), 1)
    out = set()
    for key, n in cited.items():
        total = int(used.get(key, 0)) - owned[key]
        if total > 0 and n / total >= OWN_WORD_SHARE:
            out.add(key)
    return frozenset(out)


def side_own_words(study, side) -> dict[str, frozenset[str]]:
    """The own-name words (:func:`own_words`) of the owners (:func:`story_owners`: the
    outlets, whatever the run's groups) of each side's stories:
    ``{"target": keys, "reference": keys}``."""

    words = own_words(study)
    if not words:
        return {}
    groups = story_owners(study)  # the outlets of each side's stories, whatever the groups
    out = {}
    for name, ids in (("target", side.target_ids), ("reference", side.reference_ids)):
        keys = [words.get(g, frozenset()) for g in set(groups.reindex(ids).dropna())]
        out[name] = frozenset().union(*keys)
    return out


def namesake_places(study, mentions: pd.DataFrame) -> pd.DataFrame:
    """The places that bear the name of an owner's own newspaper (:func:`own_names`):
    the city الرياض beside the paper alriyadh, the region الشرق الأوسط beside aawsat.
    :func:`own_names` leaves a newspaper out in its newspaper sense only (a ``LOC``
    mention stays: session 16), so such a place is counted in its owner's stories, as
    it is a real place mention; a chart drawing it says so (session 21: a newcomer read
    الرياض at the top of alriyadh's entities under a note that the own name is not
    counted). A place is a namesake when its label, normalised
    (:func:`helpers.text.normalize`), is one of the newspaper's names listed in
    ``newspapers.csv``.

    Returns a DataFrame ``<owner column> (:func:`owner_column`), entity_id, canonical``
    (str), one row per owner and place; empty at story level, when no owner has a
    newspaper for own name, or when ``mentions`` has no ``type`` column."""
    from helpers.text import normalize

    col = owner_column(study)
    columns = [col, "entity_id", "canonical"]
    if "type" not in mentions.columns:
        return pd.DataFrame(columns=columns)
    own = own_names(study, mentions)
    papers = _newspapers()
    places = mentions.loc[mentions["type"] == "LOC", ["entity_id", "canonical"]]
    places = places.drop_duplicates()
    labels = places["canonical"].map(normalize)
    rows = []
    for owner, eid in own[[col, "entity_id"]].drop_duplicates().itertuples(index=False):
        if eid in papers:
            hit = places[labels.isin({normalize(n) for n in papers[eid]})]
            rows += [(owner, e, c) for e, c in hit.itertuples(index=False)]
    return pd.DataFrame(rows, columns=columns).drop_duplicates().reset_index(drop=True)
