"""Look-ups into other modules' lists, cached for the quote rules: titles
(:mod:`helpers.entities.rules`), first names and their gender
(:mod:`helpers.entities.gazetteer`), clubs, stopwords; and the tests of a first name
alone that read them."""

from __future__ import annotations

from functools import lru_cache

from helpers.quotes.words import _QW
from helpers.text.lexical import looks_like_name, zipf
from helpers.text.normalize import normalize


@lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of one-word titles (وزير، الرئيس، المتحدث... of :mod:`helpers.entities.rules`,
    and the ``role`` words of ``quote_words.tsv``: عضو، ممثل، أمين...) and of title
    modifiers (السابق، الجديد...)."""
    from helpers.entities import rules
    from helpers.entities.keys import surface_key

    roles = {surface_key(w) for w in _QW["role"]}
    return frozenset({t[0] for t in rules.TITLES if len(t) == 1} | roles), rules.MODIFIERS


def _first_name_gender() -> dict[str, str]:
    """:func:`helpers.entities.gazetteer.first_name_gender` (imported when first asked)."""
    from helpers.entities.gazetteer import first_name_gender

    return first_name_gender()


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Normalised first names of :func:`helpers.entities.gazetteer.first_names`."""
    from helpers.entities.gazetteer import first_names

    return frozenset(first_names())


def _first_name_key(words: list[str]) -> str:
    """The key (:func:`helpers.entities.keys.word_key`) of the first name that opens a
    name given as normalised words, عبد and its next word fused as in
    :func:`helpers.entities.keys.name_keys` (عبد الله → عبدالله); ``""`` when the first
    word has the article (الحسين is a family name, not the first name حسين)."""
    from helpers.entities.keys import word_key

    if not words or words[0].startswith("ال"):
        return ""
    if words[0] == "عبد" and len(words) > 1:
        return word_key(words[0] + words[1])
    return word_key(words[0])


#: A word after a first name this common (Zipf) is no family name when the story has
#: several fuller names to choose from (لقي 4.14، اختفاء 4.13، رجل 5.46; الحربي 3.54).
_RUN_ON_ZIPF = 4.0


def _named_after_first(words: list[str]) -> bool:
    """The normalised words of a PERSON name go on as a name after the first name: one
    of them is a name particle (بن، آل، أبو), a first name, or no common word (Zipf <
    :data:`_RUN_ON_ZIPF`, or a word :func:`helpers.text.lexical.looks_like_name`
    takes for a name), the article off; خالد رجل، علي لقي، خالد اختفاء do not."""

    first = _first_names()
    for w in words[1:]:
        base = w[2:] if w.startswith("ال") and len(w) > 4 else w
        if w in _QW["name_particle"] or w in first or base in first:
            return True
        if zipf(base) < _RUN_ON_ZIPF or looks_like_name(base):
            return True
    return False


def _first_name_alone(name: str) -> str:
    """The first-name key when the speaker ``name`` (as written or canonical) is a common
    first name (:func:`helpers.entities.gazetteer.first_name_gender`) and nothing else
    (علي، عبد الله، حسن), else ``""`` (كيري, a surname; جون كيري)."""
    words = normalize(name).split()
    if not 1 <= len(words) <= 2 or (len(words) == 2 and words[0] != "عبد"):
        return ""
    key = _first_name_key(words)
    return key if key in _first_name_gender() else ""


@lru_cache(maxsize=1)
def _club_words() -> frozenset[str]:
    """Normalised club names of :func:`helpers.entities.gazetteer.sports_names` that are
    one definite word (الاتحاد، الهلال، الأهلي), without their article."""
    from helpers.entities.gazetteer import sports_names

    names = (normalize(name) for _eid, name in sports_names())
    return frozenset(n[2:] for n in names if " " not in n and n.startswith("ال"))


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    from helpers.text import stopwords

    return frozenset(stopwords())
