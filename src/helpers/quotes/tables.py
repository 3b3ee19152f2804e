"""The public tables: :func:`extract_quotes` (the quotes table),
:func:`quotes_per_speaker` and :func:`surname_speakers`."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from helpers.errors import ArgumentError, CorpusFormatError, check_whole, in_story
from helpers.ids import is_story_scoped, story_scoped, story_scoped_ids
from helpers.quotes.attribution import _zone_quotes
from helpers.quotes.columns import (
    _GAZETTEER_PERSON,
    PHRASE_ID_PREFIX,
    QUOTE_COLUMNS,
    UNKNOWN_SPEAKER,
    phrase_id,
    phrase_name,
)
from helpers.quotes.spans import _spans
from helpers.quotes.words import _QW
from helpers.quotes.zone import _Mentions, _Words, _Zone
from helpers.text.lexical import looks_like_name, zipf
from helpers.text.normalize import nfc, normalize

#: The text columns of the quotes table: ``""`` where a row has no value, never NaN.
_TEXT_COLUMNS = ["speaker_id", "speaker", "verb", "verb_lemma", "speaker_role", "unknown_reason"]

#: dtypes of the quotes table's columns (:func:`extract_quotes`, :func:`read_quotes`).
_DTYPES = {
    "story_id": "str",
    "zone": "str",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "speaker_id": "str",
    "speaker": "str",
    "verb": "str",
    "verb_lemma": "str",
    "attribution": "str",
    "unclosed": "bool",
    "speaker_role": "str",
    "unknown_reason": "str",
}

#: A one-word phrase speaker counts as a surname across stories (:func:`surname_speakers`)
#: only below this Zipf (as written, article off): غنام 3.06 is a name, عمدة 4.09 a title.
_SURNAME_ZIPF = 3.5


def _load_mentions(stories: pd.DataFrame) -> pd.DataFrame | None:
    try:
        from helpers.entities import extract_entities
    except ImportError:  # helpers.entities not installed: speakers stay as written
        return None
    return extract_entities(stories)


def extract_quotes(
    stories: pd.DataFrame,
    *,
    mentions: pd.DataFrame | None = None,
    carry_paragraphs: int = 1,
) -> pd.DataFrame:
    """Direct quotations with their speakers (rules in the module docstring).

    Parameters
    ----------
    stories : DataFrame
        The stories table of :func:`helpers.corpus.load_corpus`, or a zones table
        (``story_id``, ``zone``, ``text``) of :func:`helpers.corpus.zones`.
    mentions : DataFrame, optional
        Mentions table of :func:`helpers.entities.extract_entities` (``story_id, zone,
        start, end, type, entity_id, canonical``), offsets into the zone texts. Default:
        computed from ``stories`` with :func:`helpers.entities.extract_entities` when
        that module is available and ``stories`` is a stories table.
    carry_paragraphs : int
        How many paragraphs back a speaker may be carried from (a whole number >= 0;
        0 = same paragraph).

    Returns
    -------
    DataFrame
        Columns :data:`QUOTE_COLUMNS`, one row per quotation, in story, zone and text order,
        with no missing value (a text cell the row has no value for is ``""``, never NaN, so
        :func:`read_quotes` of the table's CSV gives the table back): ``story_id`` (str),
        ``zone`` (str), ``start``/``end`` (int64, offsets of the quoted text without its
        marks into the zone text), ``text`` (str, the quoted words), ``speaker_id`` (str,
        never missing: the entity id of the speaker's mention (``person:sergey-lavrov``,
        ``rule:PERSON:...``); for a speaker found only by phrase (المعارضة, in no gazetteer)
        ``"phrase:"`` + the normalised phrase (:func:`phrase_id`: ``phrase:المعارضة``); for
        a speaker the story names by a common first name alone, the subject of two reporting
        words (قالت نور ... شددت نور), that id + :data:`helpers.ids.STORY_SCOPE` + the story id
        (``phrase:نور@<story_id>``: one person of that story); ``""`` when the attribution
        is ``unknown``), ``speaker`` (str: canonical name, or the speaker phrase as written
        without the role words, which are ``speaker_role``; ``""`` when unknown), ``verb``
        (str: the reporting word as the story writes it, proclitics and marks included, e.g.
        وأضافت، قالَ، مؤكداً, so a reader finds it in the text; ``""`` when the quote is
        introduced by a colon alone), ``verb_lemma`` (str: its dictionary form, the
        ``lemma`` of ``helpers/text/data/reporting_verbs.tsv``, e.g. أضاف for وأضافت and أكد
        for مؤكداً, to count verbs across their forms; ``""`` with ``verb``),
        ``attribution`` (str: ``named``, ``carried`` or ``unknown``), ``unclosed`` (bool:
        the closing mark is missing and the quote was cut at the paragraph end),
        ``speaker_role`` (str: the role written where the speaker is named or titled, وزير
        الخارجية for وزير الخارجية عادل الجبير, ``""`` if none), ``unknown_reason`` (str:
        ``""`` unless ``unknown``; then ``unnamed_role`` (a role with no name and nobody
        named with it earlier in the story), ``not_a_speaker`` (a pronoun, preposition or
        honorific where the subject would be), ``first_name`` (a common first name alone,
        with no fuller name of that person in the story, no name written in full in the
        phrase, no sign that it is a player's public name or the story's name for its
        speaker: the name in ``speaker_role``) or ``no_subject`` (no subject and nobody to
        carry)).

    Raises
    ------
    helpers.errors.ArgumentError
        ``stories`` or ``mentions`` is not a DataFrame, or ``carry_paragraphs`` is not a
        whole number >= 0 (also a ``TypeError``/``ValueError``).
    helpers.errors.CorpusFormatError
        ``stories`` is neither a stories nor a zones table, a title, body or zone text
        is not a str (a missing value), or ``mentions`` lacks a column.
    """
    if not isinstance(stories, pd.DataFrame):
        raise ArgumentError(
            f"extract_quotes: stories must be the stories table or a zones table (a "
            f"DataFrame), got {type(stories).__name__}",
            hint="use helpers.corpus.load_corpus(path)",
        )
    if mentions is not None and not isinstance(mentions, pd.DataFrame):
        raise ArgumentError(
            f"extract_quotes: mentions must be a mentions table (a DataFrame) or None, got "
            f"{type(mentions).__name__}",
            hint="use helpers.entities.extract_entities(stories)",
        )
    carry_paragraphs = check_whole(
        carry_paragraphs,
        "extract_quotes",
        "carry_paragraphs",
        minimum=0,
        unit="paragraphs",
        hint="0 keeps a speaker within its paragraph; the default is 1",
    )
    if mentions is not None:
        need = ("story_id", "zone", "start", "end", "type", "entity_id", "canonical")
        missing = [c for c in need if c not in mentions.columns]
        if missing:
            raise CorpusFormatError(
                f"extract_quotes: the mentions table lacks column(s) {', '.join(missing)}",
                hint="use helpers.entities.extract_entities(stories)",
            )
    if {"story_id", "zone", "text"} <= set(stories.columns):
        zones = stories
    elif {"story_id", "title", "body"} <= set(stories.columns):
        from helpers.corpus import zones as make_zones

        for sid, t, b in zip(stories["story_id"], stories["title"], stories["body"], strict=True):
            if not isinstance(t, str) or not isinstance(b, str):
                raise CorpusFormatError(
                    f"extract_quotes: story {sid}: title and body must be strings (empty is fine)",
                    hint="use helpers.corpus.load_corpus(path)",
                )
        if "captions" not in stories.columns:
            stories = stories.assign(captions=[[] for _ in range(len(stories))])
        zones = make_zones(stories)
        if mentions is None:
            mentions = _load_mentions(stories)
    else:
        raise CorpusFormatError(
            "extract_quotes needs a stories table (story_id, title, body, ...) or a zones "
            f"table (story_id, zone, text); got columns {', '.join(map(str, stories.columns))}",
            hint="use helpers.corpus.load_corpus(path)",
        )
    for sid, zone, text in zip(zones["story_id"], zones["zone"], zones["text"], strict=True):
        if not isinstance(text, str):
            raise CorpusFormatError(
                f"extract_quotes: story {sid}, zone {zone}: text must be a str, got "
                f"{type(text).__name__}"
            )
    ments = _Mentions(mentions)
    words = _Words()
    rows: list[dict[str, object]] = []
    holders: list[dict[str, object]] = []  # people named with a role in this story
    last_story = None
    sids = zones["story_id"].tolist()
    for n, (sid, zone, text) in enumerate(zip(sids, zones["zone"], zones["text"], strict=True)):
        if sid != last_story:
            holders, last_story = [], sid
        spans = _spans(text)
        if spans:  # most zones hold no quote mark: nothing to tokenise
            with in_story(sid, zone):
                z = _Zone((str(sid), str(zone)), text, spans, words, ments)
                last = n + 1 == len(sids) or sids[n + 1] != sid
                rows.extend(_zone_quotes(z, ments, carry_paragraphs, holders, last))
    out = pd.DataFrame(_merge_phrases(rows), columns=QUOTE_COLUMNS)
    if not out.empty:
        by_phrase = out["speaker_id"].isna() & out["speaker"].notna()
        out.loc[by_phrase, "speaker_id"] = out.loc[by_phrase, "speaker"].map(phrase_id)
        out["speaker_id"] = out["speaker_id"].fillna("")
        by_phrase = out["speaker_id"].str.startswith(PHRASE_ID_PREFIX)
        out.loc[by_phrase, "speaker"] = out.loc[by_phrase, "speaker"].map(phrase_name)
        _story_scoped_phrases(out)
    # one missing-value convention: a text cell the row has no value for is "", never
    # NaN, so the table read back from its CSV (read_quotes) is the table itself
    out[_TEXT_COLUMNS] = out[_TEXT_COLUMNS].fillna("")
    return out.astype(_DTYPES)


def _merge_phrases(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Within a story, a speaker phrase (no entity id) that ends with another speaker
    phrase is the same speaker with a title: الرئيس السوري المخلوع بشار الأسد -> الأسد.
    Rewrites the ``speaker`` of ``rows`` in place (one pass per story) and returns them."""
    by_story: dict[object, list[dict[str, object]]] = {}
    for r in rows:
        by_story.setdefault(r["story_id"], []).append(r)
    for sub in by_story.values():
        phrases = {r["speaker"] for r in sub if r["speaker_id"] is None and r["speaker"]}
        if len(phrases) < 2:
            continue
        words = {p: p.split() for p in phrases}
        mapping = {}
        for p, w in words.items():
            tails = [o for o, ow in words.items() if len(ow) < len(w) and w[-len(ow) :] == ow]
            if tails:
                mapping[p] = min(tails, key=lambda o: (len(words[o]), o))
        for r in sub:
            if r["speaker"] in mapping:
                r["speaker"] = mapping[r["speaker"]]
    return rows


def _speaker_type(speaker_id: str) -> str:
    """The entity type a ``speaker_id`` carries: ``rule:PERSON:...`` → PERSON, a
    gazetteer person ``person:...`` → PERSON, ``phrase:...`` → ``phrase``, other
    gazetteer ids → their prefix (``org``, ``country``)."""
    if speaker_id.startswith("rule:"):
        return speaker_id.split(":", 2)[1]
    if speaker_id.startswith(_GAZETTEER_PERSON):
        return "PERSON"
    return speaker_id.split(":", 1)[0]


def surname_speakers(quotes: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """Speakers named by a surname alone that are one full-name speaker of the same
    quotes table: ``{surname speaker_id: (full speaker_id, full speaker)}``.

    Within a story the surname is already its person's (:meth:`_Mentions.person_ending`);
    across stories it is not (مورينيو in one story, جوزيه مورينيو in another: two ids).
    The rule is :func:`helpers.entities.aliases.corpus_surnames` (one word, no first
    name, no article: الغامدي is many people's; exactly one full name ends with it),
    over the speakers of type PERSON (``speaker_id`` ``person:`` or ``rule:PERSON:``)
    and the phrases (no entity: a name written alone after a reporting verb) whose word
    is no everyday word or title (:func:`helpers.text.lexical.looks_like_name`, or,
    as written without the article, Zipf < :data:`_SURNAME_ZIPF` in wordfreq's Arabic
    list: العمدة 4.09، المفتي 4.07 are titles). The table is read as a whole, after
    every partition is combined, so one process and a Dask cluster give the same
    mapping.

    Parameters
    ----------
    quotes : DataFrame
        A quotes table (:data:`QUOTE_COLUMNS`; ``speaker_id`` and ``speaker`` are read).

    Returns
    -------
    dict of str to (str, str)
        Surname ``speaker_id`` -> full-name ``(speaker_id, speaker)``; empty if none.
    """
    from helpers.entities.aliases import corpus_surnames

    def phrase_may_be_name(sid: str, name: str) -> bool:
        if _speaker_type(sid) != "phrase":
            return False
        # العمدة، المفتي، النبي: a title or an everyday word is no surname
        return not _everyday_word(name)

    pairs = _speaker_pairs(quotes)
    rows = (
        (sid, name, _speaker_type(sid) == "PERSON")
        for sid, name in zip(pairs["speaker_id"], pairs["speaker"].astype(str), strict=True)
    )
    return corpus_surnames(rows, short_ok=phrase_may_be_name)


def _everyday_word(name: str) -> bool:
    """The one word ``name`` (a phrase speaker as written) is an everyday word or a title,
    no name: as written without the article, Zipf >= :data:`_SURNAME_ZIPF` in wordfreq's
    Arabic list and not taken for a name by
    :func:`helpers.text.lexical.looks_like_name` (العمدة 4.09; not غنام 3.06,
    الغامدي 1.51). False for two words or more."""

    words = nfc(name.strip()).split()
    if len(words) != 1:
        return False
    base = words[0][2:] if words[0].startswith("ال") else words[0]
    return not looks_like_name(normalize(base)) and zipf(base) >= _SURNAME_ZIPF


def _generic_person(name: str) -> bool:
    """The phrase ``name`` is one definite noun of a person nobody names: the article and
    a word of the ``kin``, ``source`` or ``person`` lists of ``quote_words.tsv`` (الأم،
    الأب، الرجل، الوالدة، المتهم). Not a name that is also a word (الأسد، الأحمدي,
    which the lists lack)."""
    words = normalize(name).split()
    if len(words) != 1 or not words[0].startswith("ال"):
        return False
    return words[0][2:] in _QW["kin"] | _QW["source"] | _QW["person"]


def _story_scoped_phrases(out: pd.DataFrame) -> None:
    """A phrase speaker that is one definite noun of a person nobody names
    (:func:`_generic_person`: الأم، الأب، الرجل، المتهم) is somebody of its story only:
    two stories' «الأم» are two mothers. Its ``speaker_id`` gets :data:`helpers.ids.STORY_SCOPE` and
    the story id (``phrase:الام@<story_id>``), as a common first name alone and a
    relative after a verb (:func:`helpers.quotes.speaker._clause_subject`) do, so
    :func:`quotes_per_speaker` never pools it across stories (session 15). Other phrases
    keep their corpus-wide id (الأسد, a name that is also a word; المعارضة). ``out`` is
    changed in place."""
    sids = out["speaker_id"]
    plain = sids.str.startswith(PHRASE_ID_PREFIX) & ~story_scoped_ids(sids)
    if not plain.any():
        return
    generic = plain.copy()
    generic[plain] = [_generic_person(str(n)) for n in out.loc[plain, "speaker"]]
    out.loc[generic, "speaker_id"] = [
        story_scoped(base, str(story))
        for base, story in zip(
            out.loc[generic, "speaker_id"], out.loc[generic, "story_id"], strict=True
        )
    ]


def _speaker_pairs(quotes: pd.DataFrame) -> pd.DataFrame:
    """``speaker_id, speaker`` of each named speaker of ``quotes``, once (the first row)."""
    pairs = quotes.loc[quotes["speaker_id"].fillna("") != "", ["speaker_id", "speaker"]]
    return pairs.drop_duplicates("speaker_id")


def phrase_people(quotes: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """Phrase speakers that are a person speaker of the same quotes table written in
    full: ``{phrase speaker_id: (person speaker_id, person speaker)}``.

    A name the entity rules found in one story (``rule:PERSON:سالم_سعيد_كبيش``) is only
    a phrase where they did not (``phrase:سالم سعيد كبيش``, a tatweel or a title in the
    way): one person, two rows of :func:`quotes_per_speaker`. The rule: the phrase,
    normalised (:func:`phrase_id`: diacritics, tatweel and alef forms folded), is
    exactly the normalised name of one person speaker (``speaker_id`` ``person:`` or
    ``rule:PERSON:``) of at least two words; with two such persons (one name, two ids)
    nothing is merged. A story-scoped phrase (``phrase:نور@<story_id>``) and a one-word
    phrase (a surname: :func:`surname_speakers`) are left alone.

    Parameters
    ----------
    quotes : DataFrame
        A quotes table (:data:`QUOTE_COLUMNS`; ``speaker_id`` and ``speaker`` are read).

    Returns
    -------
    dict of str to (str, str)
        Phrase ``speaker_id`` -> ``(speaker_id, speaker)`` of the person; empty if none.
    """
    pairs = _speaker_pairs(quotes)
    people: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for sid, name in zip(pairs["speaker_id"], pairs["speaker"].astype(str), strict=True):
        if _speaker_type(sid) == "PERSON":
            key = phrase_id(name)[len(PHRASE_ID_PREFIX) :]
            if len(key.split()) >= 2:
                people.setdefault(key, set()).add(sid)
                names[sid] = name
    out = {}
    for sid in pairs["speaker_id"]:
        if not sid.startswith(PHRASE_ID_PREFIX) or is_story_scoped(sid):
            continue
        got = people.get(sid[len(PHRASE_ID_PREFIX) :], set())
        if len(got) == 1:
            (pid,) = got
            out[sid] = (pid, names[pid])
    return out


def _quotes_per_group(quotes: pd.DataFrame, by: str, stories) -> pd.DataFrame:
    """:func:`quotes_per_speaker` per group of stories (``by`` other than story_id)."""
    from helpers.corpus.groups import group_column, groups_for

    groups = groups_for("quotes_per_speaker", stories, by)
    name = group_column(by)
    q = quotes[quotes["story_id"].astype(str).isin(groups.index)]
    q = q.assign(
        _g=q["story_id"].astype(str).map(groups),
        speaker=q["speaker"].fillna("").replace("", UNKNOWN_SPEAKER),
        speaker_id=q["speaker_id"].fillna(""),
        _words=q["text"].astype(str).str.split().str.len(),
    )
    # one name a speaker: the spelling written most often over the table (first seen on
    # a tie), so أحمد داود أوغلو and احمد داود اوغلو (one id) are one row, not two
    named = q["speaker_id"] != ""
    shown = {
        sid: Counter(part).most_common(1)[0][0]
        for sid, part in q.loc[named, "speaker"].groupby(q.loc[named, "speaker_id"], sort=False)
    }
    q.loc[named, "speaker"] = q.loc[named, "speaker_id"].map(shown)
    if q.empty:  # a corpus without quotations: the table's columns, no row
        return pd.DataFrame(
            {
                name: pd.Series([], dtype="str"),
                "speaker_id": pd.Series([], dtype="str"),
                "speaker": pd.Series([], dtype="str"),
                "quotes": pd.Series([], dtype="int64"),
                "words": pd.Series([], dtype="int64"),
            }
        )
    out = (
        q.groupby(["_g", "speaker_id", "speaker"], sort=False)
        .agg(quotes=("text", "size"), words=("_words", "sum"))
        .reset_index()
        .rename(columns={"_g": name})
    )
    out = out.sort_values(
        [name, "quotes", "speaker"], ascending=[True, False, True], kind="stable"
    ).reset_index(drop=True)
    return out.astype({"quotes": "int64", "words": "int64"})


def quotes_per_speaker(
    quotes: pd.DataFrame, *, by: str = "story_id", stories: pd.DataFrame | None = None
) -> pd.DataFrame:
    """How many quotations, and how many quoted words, each speaker has in each story.

    Parameters
    ----------
    quotes : DataFrame
        The quotes table of :func:`extract_quotes`.
    by : str
        Groups (:mod:`helpers.corpus.groups`): ``story_id`` (default), a stories column
        (``"outlet"``) or ``"date:D"``/``"date:W"``/``"date:M"``; other than
        ``story_id`` needs ``stories``, and the first column is then
        :func:`helpers.corpus.group_column` ``(by)``, groups sorted. Stories without a
        group value are left out.
    stories : DataFrame, optional
        The stories table, for ``by``.

    A phrase speaker written as a person speaker's full name elsewhere in ``quotes`` is
    that person (:func:`phrase_people`: ``phrase:سالم سعيد كبيش`` with
    ``rule:PERSON:سالم_سعيد_كبيش``), per story and per group.
    With ``by`` other than ``story_id``, the spellings of one person's name are one
    speaker, with the id and name the entity counts give them
    (:func:`helpers.entities.aliases.with_corpus_people`: جوزيه مورينهو with جوزيه
    مورينيو, محمد بن نايف with محمد بن نايف بن عبدالعزيز), and a speaker named by a
    surname alone that is exactly one full-name speaker of ``quotes`` counts with it
    (:func:`surname_speakers`: مورينيو with جوزيه مورينيو), over the whole table, so the
    counts are the same from one process or a cluster. Per story, each story's row
    names the speaker as that story does.

    Wire copies count once per copy (session 17's decision, after session 16's
    measure): a quotation published by two outlets (an agency story run by both) is two
    quotations, one in each story, because each outlet printed it and a newsroom
    comparing outlets counts what each one ran. :func:`helpers.corpus.load_corpus`
    drops only copies with equal bodies in the same group. To count a speaker's
    distinct quotations across outlets, drop repeated ``(speaker_id, text)`` rows of
    ``quotes`` first (``quotes.drop_duplicates(["speaker_id", "text"])``: the first
    copy stays); a story-scoped speaker (``phrase:الرجل@<story_id>``) stays one row per
    copy either way.

    Returns
    -------
    DataFrame
        Columns ``story_id`` (str), ``speaker_id`` (str, as in :func:`extract_quotes`:
        entity id, ``phrase:<normalised phrase>`` for a speaker that is no known
        entity, ``""`` for unattributed quotes), ``speaker`` (str;
        :data:`UNKNOWN_SPEAKER`, «(غير معروف)», for unattributed quotes; per group, the
        spelling of the id written most often in ``quotes``, so one id is one row),
        ``quotes`` (int64, number of quotations),
        ``words`` (int64, whitespace-separated words inside them). Sorted by story (first-appearance
        order), then ``quotes`` descending, then ``speaker``.

    Raises
    ------
    helpers.errors.ArgumentError
        ``quotes`` is not a DataFrame.
    helpers.errors.CorpusFormatError
        ``quotes`` lacks a column of :data:`QUOTE_COLUMNS`.
    """
    if not isinstance(quotes, pd.DataFrame):
        raise ArgumentError(
            f"quotes_per_speaker: quotes must be the quotes table (a DataFrame), got "
            f"{type(quotes).__name__}",
            hint="use helpers.quotes.extract_quotes(stories)",
        )
    missing = [c for c in ("story_id", "speaker_id", "speaker", "text") if c not in quotes]
    if missing:
        raise CorpusFormatError(
            f"quotes_per_speaker needs the quotes table; missing column(s) {missing}",
            hint="pass the table of helpers.quotes.extract_quotes",
        )
    from helpers.entities.aliases import with_corpus_people, with_full_names

    # a phrase that is a person speaker's full name is that person (phrase_people)
    quotes = with_full_names(quotes, phrase_people(quotes), id_col="speaker_id", name_col="speaker")
    if by != "story_id":
        # per group only: a story's own row names only who that story names

        # spellings of one person's name, and the forms of one patronymic chain, are
        # one speaker, as in the entity counts (جوزيه مورينيو / جوزيه مورينهو: the
        # group's id and name)
        person = quotes["speaker_id"].fillna("").astype(str).map(_speaker_type) == "PERSON"
        quotes = with_corpus_people(quotes, id_col="speaker_id", name_col="speaker", where=person)
        # a surname speaker counts as its full-name speaker (surname_speakers)
        quotes = with_full_names(
            quotes, surname_speakers(quotes), id_col="speaker_id", name_col="speaker"
        )
        return _quotes_per_group(quotes, by, stories)
    q = quotes.assign(
        speaker=quotes["speaker"].fillna("").replace("", UNKNOWN_SPEAKER),
        speaker_id=quotes["speaker_id"].fillna(""),
        _words=quotes["text"].astype(str).str.split().str.len(),
    )
    out = (
        q.groupby(["story_id", "speaker_id", "speaker"], sort=False)
        .agg(quotes=("text", "size"), words=("_words", "sum"))
        .reset_index()
    )
    order = {s: i for i, s in enumerate(dict.fromkeys(q["story_id"]))}
    out = (
        out.assign(_o=out["story_id"].map(order))
        .sort_values(["_o", "quotes", "speaker"], ascending=[True, False, True], kind="stable")
        .drop(columns="_o")
        .reset_index(drop=True)
    )
    return out.astype({"quotes": "int64", "words": "int64"})


def read_quotes(path) -> pd.DataFrame:
    """The quotes table of :func:`extract_quotes` read back from the CSV that
    :func:`helpers.io.write_csv` wrote of it (notebook 05's ``quotes.csv``): the same
    values and dtypes as in memory. A plain ``pandas.read_csv`` reads the empty text
    cells (an unknown speaker's ``speaker_id`` and ``speaker``, a colon's ``verb`` and
    ``verb_lemma``, ``speaker_role``, ``unknown_reason``) as NaN; this keeps them
    ``""``, the table's one missing-value convention, and takes off the apostrophe
    ``write_csv`` put before a cell that opened with a formula trigger (``= + - @``: a
    quote that opens with a dash).

    Parameters
    ----------
    path : str or pathlib.Path
        A CSV file with a header of :data:`QUOTE_COLUMNS` (more columns are kept). A
        file written before ``verb_lemma`` existed (its ``verb`` held the dictionary
        form) is read with ``verb_lemma`` a copy of ``verb``.

    Returns
    -------
    DataFrame
        Columns and dtypes of :func:`extract_quotes` (``start``/``end`` int64,
        ``unclosed`` bool, the others str, no NaN).

    Raises
    ------
    helpers.errors.ArgumentError
        ``path`` is not a path.
    helpers.errors.CorpusNotFoundError
        No file at ``path``.
    helpers.errors.CorpusFormatError
        The file lacks a column of :data:`QUOTE_COLUMNS`, or ``start``, ``end`` or
        ``unclosed`` holds a value that is no whole number or no True/False (the
        message names the file, the column and the first bad value).
    """
    from helpers.errors import CorpusNotFoundError, check_path
    from helpers.io import restore_formulas

    where = check_path(path, "read_quotes")
    if not where.is_file():
        raise CorpusNotFoundError(
            "read_quotes: no quotes table here", path=where, hint="write one with write_csv"
        )
    table = pd.read_csv(where, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    if "verb_lemma" not in table.columns and "verb" in table.columns:
        # written before session 14, whose ``verb`` held the dictionary form: that
        # column is the lemma, and the surface form is not known
        table.insert(list(table.columns).index("verb") + 1, "verb_lemma", table["verb"])
    missing = [c for c in QUOTE_COLUMNS if c not in table.columns]
    if missing:
        raise CorpusFormatError(
            f"read_quotes: not a quotes table, column(s) {', '.join(missing)} missing",
            path=where,
            hint="read the quotes.csv that extract_quotes' table was written to",
        )
    for col in table.columns:
        table[col] = table[col].map(restore_formulas)
    for col in ("start", "end"):
        bad = ~table[col].str.fullmatch(r"-?\d+")
        if bad.any():
            raise CorpusFormatError(
                f"read_quotes: column {col} holds {table.loc[bad, col].iloc[0]!r}, no whole number",
                path=where,
            )
    bad = ~table["unclosed"].isin(["True", "False"])
    if bad.any():
        raise CorpusFormatError(
            f"read_quotes: column unclosed holds {table.loc[bad, 'unclosed'].iloc[0]!r}, "
            "not True or False",
            path=where,
        )
    table["unclosed"] = table["unclosed"] == "True"
    return table.astype(_DTYPES)
