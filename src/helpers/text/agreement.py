"""Gender agreement of a reporting word and the person who is its subject.

Arabic marks the subject's gender on the verb (قال / قالت، يقول / تقول، مؤكدا / مؤكدة),
so a reporting word says whether its subject is a man or a woman. The one rule, read by
both the entity layer (a bare surname after a reporting word: «هدى الحذيفي ... وقال
الحذيفي» is no alias of هدى, :mod:`helpers.entities.aliases`) and the quote layer (a
speaker of the other gender is no subject: :func:`helpers.quotes.names._other_gender`):
:func:`clashes`. The gender of a person comes from the entity layer's first-name list
(:func:`helpers.entities.gazetteer.first_name_gender`); this module reads only words of
the text layer (``data/reporting_verbs.tsv`` and ``quote_words.tsv``), so both layers
may import it.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.text.clitics import without_conjunction
from helpers.text.normalize import normalize
from helpers.text.quoting import quote_words
from helpers.text.stopwords import reporting_plurals, reporting_words

#: Reporting words (normalised form -> dictionary form): :func:`helpers.text.stopwords.
#: reporting_words`, the rows marked ``quote`` of ``data/reporting_verbs.tsv``.
REPORTING_WORDS: dict[str, str] = reporting_words()

#: Reporting words whose subject is two or more (قالا، قالتا، أضفن، قالوا، يقولون، قولهم):
#: :func:`helpers.text.stopwords.reporting_plurals`. They tell no gender.
PLURAL_VERBS: frozenset[str] = reporting_plurals()

#: Dictionary forms (as :data:`REPORTING_WORDS` gives them) of the reporting words whose
#: subject is a text (جاء في البيان، ورد: the ``text_verb`` list of ``quote_words.tsv``).
TEXT_VERB_LEMMAS: frozenset[str] = frozenset(
    v for v in REPORTING_WORDS.values() if normalize(v) in quote_words()["text_verb"]
)


def feminine(norm: str) -> bool:
    """A reporting word in the feminine (قالت، أكدت، نفت، تقول، مؤكدة، قولها): its
    masculine form, without the ت of the past (with ى for it after a long vowel: نفت →
    نفى، ادعت → ادعى), with ي for the ت of the present, with ا for the ة of the
    participle, or with ه for the ها of the verbal noun, is a reporting word too
    (:data:`REPORTING_WORDS`). ``norm``: the word normalised
    (:func:`helpers.text.normalize.normalize`, defaults), without its proclitics."""
    return (
        (
            norm.endswith("ت")
            and (norm[:-1] in REPORTING_WORDS or norm[:-1] + "ى" in REPORTING_WORDS)
        )
        or (norm.startswith("ت") and "ي" + norm[1:] in REPORTING_WORDS)
        or (norm.endswith(("ة", "ه")) and norm[:-1] + "ا" in REPORTING_WORDS)
        or (norm.endswith("ها") and norm[:-1] in REPORTING_WORDS)
    )


def verb_gender(norm: str) -> str:
    """The gender a reporting word gives its subject: ``"f"`` (:func:`feminine`), ``"m"``
    for the other singular forms (قال، أكد، يقول، مؤكدا، قوله), ``""`` for a word that is
    no reporting word, a dual or plural (:data:`PLURAL_VERBS`) and a word whose subject
    is a text or nobody (:data:`TEXT_VERB_LEMMAS`). ``norm`` as for :func:`feminine`,
    or with a conjunction و/ف before it (وأضافت, فأجابت: read without it,
    :func:`helpers.text.clitics.without_conjunction`; session 20: the entity layer passes
    a word the clitic reader did not peel, and «وأضافت الحذيفي» gave no gender)."""
    norm = without_conjunction(norm, REPORTING_WORDS)
    if norm not in REPORTING_WORDS or norm in PLURAL_VERBS:
        return ""
    if feminine(norm):
        return "f"
    if REPORTING_WORDS[norm] in TEXT_VERB_LEMMAS:
        return ""
    return "m"


#: Verbs of speaking that report no quotation (``speaking`` of ``quote_words.tsv``: تحدث،
#: تكلم), past masculine singular, normalised.
_SPEAKING: frozenset[str] = quote_words()["speaking"]


def subject_gender(norm: str) -> str:
    """The gender a word gives the name right after it as its subject: a reporting word's
    (:func:`verb_gender`), else that of a verb of speaking that reports nothing
    (``speaking`` of ``quote_words.tsv``): ``"f"`` for its past with ت or present with ت
    (تحدثت، تتحدث، تكلمت), ``"m"`` for its past or present with ي (تحدث، يتحدث), ``""``
    for any other word. ``norm`` as for :func:`verb_gender` (a conjunction و/ف may stand
    before it: وتحدثت). Session 23: «وتحدثت هيلاري كلينتون» tells a woman though تحدث
    introduces no quote."""
    got = verb_gender(norm)
    if got:
        return got
    for conj in ("", "و", "ف"):
        if conj and not norm.startswith(conj):
            continue
        w = norm[len(conj) :]
        if w in _SPEAKING or w in _speaking_present():
            return "m"
        if (w.endswith("ت") and w[:-1] in _SPEAKING) or (
            w[:1] == "ت" and "ي" + w[1:] in _speaking_present()
        ):
            return "f"
    return ""


@lru_cache(maxsize=1)
def _speaking_present() -> frozenset[str]:
    """The present third-person masculine forms of :data:`_SPEAKING` (تحدث → يتحدث: the
    verbs of the list are of form V, ي before the past stem)."""
    return frozenset("ي" + v for v in _SPEAKING)


def clashes(person_gender: str, verb: str) -> bool:
    """Whether a person of ``person_gender`` (``"m"``, ``"f"``; ``""`` or ``"-"``:
    unknown or either) cannot be the subject of a reporting word of gender ``verb``
    (:func:`verb_gender`; ``""``: either): both known and different (قالت after a man's
    name, قال after a woman's)."""
    return person_gender in ("m", "f") and verb in ("m", "f") and person_gender != verb


@lru_cache(maxsize=1)
def _kin_genders() -> dict[str, str]:
    """``data/kin_gender.tsv`` as normalised word -> ``"m"``/``"f"``, read by the shared
    reader (:func:`helpers.io.read_data_rows`), which checks each row's gender and
    names the file and line of a bad one (:class:`helpers.errors.ArgumentError`)."""
    from helpers.io import read_data_rows

    def check(row: tuple[str, ...]) -> str | None:
        word, gender = row
        return None if gender in ("m", "f") else f"the gender of {word!r} is {gender!r}, not m or f"

    _, rows = read_data_rows("helpers.text", "kin_gender.tsv", ("word", "gender"), check=check)
    return {normalize(word): gender for word, gender in rows}


def kin_gender(norm: str) -> str:
    """The gender of the person a kinship noun with a possessive pronoun names
    (``data/kin_gender.tsv``): ``"m"`` for زوجها، ابنه، شقيقه، والده; ``"f"`` for زوجته،
    ابنته، شقيقتها، أمه; ``""`` for any other word, and for a bare noun (زوجة، ابن): in
    construct the name after it is the possessor (زوجة بيل كلينتون "Bill Clinton's
    wife": Bill is no woman), while after the pronoun form it is the relative in
    apposition (زوجها بيل كلينتون "her husband, Bill Clinton": a man, whatever his first
    name). ``norm``: one word normalised (:func:`helpers.text.normalize.normalize`,
    defaults), with or without a conjunction و/ف before it; the pronoun is one of
    :func:`helpers.text.clitics.pronoun_suffixes` ``"third"`` (ه ها هما هم هن: a
    first-person أبي، أخي is left out, أبي also being a name part), after a ة written
    ت (زوجته → زوجة). Source: W. Wright, *A Grammar of the Arabic Language*, the nouns of
    kinship and apposition. Raises :class:`helpers.errors.ArgumentError` for a bad row
    of the file (its name, the word and its gender)."""
    from helpers.text.clitics import pronoun_suffixes

    kin = _kin_genders()
    for suffix in pronoun_suffixes("third"):
        if norm.endswith(suffix) and len(norm) > len(suffix) + 1:
            stem = without_conjunction(norm[: -len(suffix)], kin)
            if stem.endswith("ت") and stem[:-1] + "ة" in kin:
                return kin[stem[:-1] + "ة"]
            if stem in kin:
                return kin[stem]
    return ""
