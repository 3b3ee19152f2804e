"""The quotes table's columns, its speaker ids and the codes of ``unknown_reason``
(the one place for each: :mod:`helpers.quotes`)."""

from __future__ import annotations

from helpers.text.normalize import normalize

#: Prefix of the ``speaker_id`` of a speaker found by phrase only (no entity mention).
PHRASE_ID_PREFIX = "phrase:"

# A speaker the story names by a common first name alone has a story-scoped id
# (``phrase:نور@2015-07-26/2015-07-26-159``: one person of that story, never counted with
# another story's نور), made and read by :mod:`helpers.ids`, the one place of the mark.


def phrase_id(phrase: str) -> str:
    """The ``speaker_id`` of a speaker known only by a phrase: ``"phrase:"`` + the phrase
    normalised by :func:`helpers.text.normalize` (default options: diacritics and
    tatweel dropped, alef forms folded), words joined by one space.

    Stable across stories and runs, so one phrase counts as one speaker corpus-wide
    (``groupby("speaker_id")``), and distinct from every entity id of
    :mod:`helpers.entities` (``person:...``, ``rule:...``), so a join with a mentions
    table on ``entity_id`` never matches it.

    >>> phrase_id("المعارضة"), phrase_id("وزيرُ  الدفاعِ")
    ('phrase:المعارضة', 'phrase:وزير الدفاع')
    """
    return PHRASE_ID_PREFIX + " ".join(normalize(phrase).split())


def phrase_name(phrase: str) -> str:
    """The ``speaker`` shown for a speaker known only by a phrase: the phrase as written
    without tatweel and diacritics (:func:`helpers.text.normalize` with ``alef=False``:
    hamza forms kept, as an entity's canonical name keeps them), words joined by one
    space. A display name never keeps a tatweel: «سالم سعـيد كبيش» is shown as سالم سعيد
    كبيش, as its :func:`phrase_id` already reads it.

    >>> phrase_name("سالم سعـيد  كبيش"), phrase_name("وزيرُ الدفاعِ")
    ('سالم سعيد كبيش', 'وزير الدفاع')
    """
    return " ".join(normalize(phrase, alef=False).split())


#: Columns of the quotes table, in order.
QUOTE_COLUMNS: list[str] = [
    "story_id",
    "zone",
    "start",
    "end",
    "text",
    "speaker_id",
    "speaker",
    "verb",
    "verb_lemma",
    "attribution",
    "unclosed",
    "speaker_role",
    "unknown_reason",
]


#: The ``speaker`` of unattributed quotations in :func:`quotes_per_speaker` (its
#: ``speaker_id`` is ``""``). ``speaker`` is a text column (names as the stories write
#: them), so its placeholder is Arabic in every medium: the table, its CSV and
#: tables.xlsx, the HTML export; the codes of coded columns stay English in files
#: (DEVELOPING.md, "Value labels").
UNKNOWN_SPEAKER = "(غير معروف)"


#: Values of the ``unknown_reason`` column.
_NOT_A_SPEAKER = "not_a_speaker"


_UNNAMED_ROLE = "unnamed_role"


_NO_SUBJECT = "no_subject"


_UNNAMED_SOURCE = "unnamed_source"


_STATEMENT = "statement"


_FIRST_NAME = "first_name"


#: The speaker of a quote nobody can be named for (a pronoun, a bare title with no
#: one of that title named before, an honorific): attribution ``unknown``, never carried.
_UNKNOWN: dict[str, object] = {"speaker_id": None, "speaker": None, "_unknown": True}


#: Entity ids of the gazetteer's people (:mod:`helpers.entities`): ``person:hassan-rouhani``.
_GAZETTEER_PERSON = "person:"
