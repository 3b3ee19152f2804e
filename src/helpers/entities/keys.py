"""Matching keys: how a word is compared with gazetteer aliases and rule lexicons.

A word's **key** is its normalised form (:func:`helpers.text.normalize`: diacritics,
tatweel, alef/hamza forms), with proclitics peeled by the caller, the article ال removed
when at least three letters remain (الأسد → اسد, الشام → شام, but الله stays) and
ta marbuta folded to ha (سورية and سوريه meet). Whether the article is there is
decided on the surface (:func:`helpers.text.has_article`, given the word's ``light``
form): ألمانيا keeps its ال (the hamza proves it is no article, key المانيا), the
hamza-less spelling المانيا loses it (key مانيا). Dropping the article on both sides lets
الروسي and روسي, العراق and للعراق meet one key. Alef maqsura is *not* folded by
:func:`fold`, so the preposition على never becomes the name علي; a final ى written
for ي (the Egyptian habit: الدولى، دبى) is read as ي where the lexicon says the ي
spelling is the word's usual one (:func:`maqsura_key`), on the gazetteer's aliases and
the text's words alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.charsets import ARABIC_LETTER_SET
from helpers.text import has_article, normalize
from helpers.text.normalize import (  # the one Latin key (text layer; session 19)
    LATIN_ARTICLE,
    latin_key,
)

__all__ = [
    "ABD",
    "ABU",
    "ALLAH_FIRSTS",
    "ALLAH_FUSED",
    "allah_key",
    "fold",
    "fused_abd",
    "id_keys",
    "join_latin_article",
    "latin_article_split",
    "latin_key",
    "maqsura_key",
    "name_keys",
    "peel_surface",
    "phrase_keys",
    "surface_key",
    "word_key",
]

#: The key of عبد ("servant of"), which opens theophoric names with a name of God
#: written as one word or two: عبد الله / عبدالله, عبد العزيز / عبدالعزيز, عبد ربه /
#: عبدربه (Schimmel, *Islamic Names*, 1989, ch. 1: ʿAbd + one of the divine names).
ABD = "عبد"
#: The key of أبو / ابو ("father of"), the kunya particle that opens a family name
#: written as one word or two: أبو ثنين / أبوثنين، أبو جلاس / أبوجلاس، أبو الغيط /
#: أبوالغيط (session 23: SaudiNewsNet writes both, and they were two ids;
#: :func:`id_keys`). Only the nominative أبو: أبي / أبا are also "my father" / the
#: accusative of other phrases.
ABU = "ابو"
#: The one divine name after عبد written without the article (عبد ربه "servant of his
#: Lord"); the others take it (عبد الرحمن، عبد العزيز) or are الله.
_ABD_BARE = frozenset({"ربه"})


#: The keys of the Latin article written as a token of its own (Al Jazeera).
_LATIN_ARTICLE_KEYS = frozenset(("al", "el"))
#: A key of a Latin-letter word (what may follow the article).
_LATIN_WORD_KEY = re.compile(r"[a-z][a-z0-9-]*")


def latin_article_split(norm: str) -> tuple[str, str] | None:
    """The keys of a one-token name with a leading Latin article (:func:`latin_key`) as
    written in two tokens, or None: ``("al", "jazeera")`` for Al-Jazeera and AlJazeera,
    so that an alias written so also meets the text's «Al Jazeera» (session 19).

    >>> latin_article_split("Al-Jazeera"), latin_article_split("Alstom")
    (('al', 'jazeera'), None)
    """
    m = LATIN_ARTICLE.match(norm)
    if not m:
        return None
    return m.group(1).casefold(), latin_key(norm[m.end() :])


def join_latin_article(keys: tuple[str, ...]) -> tuple[str, ...]:
    """``keys`` with each Latin article written as a token of its own (key al/el) joined
    to the Latin-letter key after it, the key :func:`latin_key` gives the name written in
    one token: ``("قناه", "al", "jazeera")`` → ``("قناه", "aljazeera")`` (session 19:
    Al Jazeera, Al-Jazeera and AlJazeera are one name). Other keys unchanged.

    >>> join_latin_article(("al", "jazeera")), join_latin_article(("al",))
    (('aljazeera',), ('al',))
    """
    if not _LATIN_ARTICLE_KEYS.intersection(keys):
        return keys
    out: list[str] = []
    t = 0
    while t < len(keys):
        k = keys[t]
        nxt = keys[t + 1] if t + 1 < len(keys) else ""
        if k in _LATIN_ARTICLE_KEYS and _LATIN_WORD_KEY.fullmatch(nxt):
            out.append(k + nxt)
            t += 2
            continue
        out.append(k)
        t += 1
    return tuple(out)


def fold(norm: str) -> str:
    """Fold a normalised string for matching: ة → ه (nothing else)."""
    return norm.replace("ة", "ه")


#: Zipf units by which the lexicon's ي spelling of a word ending in ى must beat the ى
#: spelling for :func:`maqsura_key` to read the ى as ي: الدولي 5.41 / الدولى 3.44,
#: دبي 5.01 / دبى 3.41, المصري 5.27 / المصرى 4.31 are read as ي; أجرى 4.33 / أجري
#: 4.20 (the verb "conducted", never the town أجري), مستشفى، يحيى، موسى، الأعلى keep ى,
#: and so does تولى 4.35 / تولي 4.39 (under the margin).
MAQSURA_MARGIN = 0.5


@lru_cache(maxsize=65536)
def maqsura_key(key: str, form: str) -> str:
    """A word's key with a final ى read as ي when the lexicon says so.

    ``key`` is the word's key (:func:`word_key`), ``form`` its normalised form without
    proclitics (the article kept), ending like ``key``. Keys of fewer than three letters,
    and keys not ending in ى, are returned as they are; otherwise the ى becomes ي when
    the ي spelling of ``form`` is at least :data:`MAQSURA_MARGIN` Zipf units more
    frequent in the lexicon (:func:`helpers.text.lexical.zipf`, wordfreq's Arabic
    list). So the one rule serves both sides: the text's الدولى and the gazetteer's
    الدولي give the key دولي, while على and أجرى keep ى. A first name written with ى
    (:func:`helpers.entities.gazetteer.first_names`: منى، يسرى، رضى، سعدى) keeps it: the
    lexicon counts مني "from me" and the male name يسري, not the name. Loads the lexicon
    on the first key ending in ى (never at import).

    >>> maqsura_key("دولى", "الدولى"), maqsura_key("دولي", "الدولي"), maqsura_key("على", "على")
    ('دولي', 'دولي', 'على')
    """
    if len(key) < 3 or not key.endswith("ى") or not form.endswith("ى"):
        return key
    from helpers.entities.gazetteer import first_names
    from helpers.text.lexical import zipf

    if key in first_names():
        return key
    if zipf(form[:-1] + "ي") - zipf(form) >= MAQSURA_MARGIN:
        return key[:-1] + "ي"
    return key


def word_key(norm: str, light: str | None = None) -> str:
    """Key of one normalised word without proclitics (see the module docstring).

    ``light`` is the same word normalised with ``alef=False`` (same length as
    ``norm``); when given, the article is removed only if it is written there
    (``word_key("المانيا", "ألمانيا") == "المانيا"``). Without it, a normalised
    ال is read as the article (lexicon words, which are written with their hamza
    checked by hand).

    >>> word_key(normalize("الأسد")), word_key("الله"), word_key(normalize("سورية"))
    ('اسد', 'الله', 'سوريه')
    """
    if norm.startswith("ال") and len(norm) >= 5 and (light is None or has_article(light)):
        norm = norm[2:]
    return fold(norm)


def fused_abd(key: str) -> bool:
    """Whether a word key is عبد + a divine name written as one word: عبدالله،
    عبدالعزيز (عبد + ال...), عبدربه; not عبد alone or عبدة.

    >>> fused_abd("عبدالعزيز"), fused_abd("عبدربه"), fused_abd("عبد"), fused_abd("عبدو")
    (True, True, False, False)
    """
    if not key.startswith(ABD):
        return False
    rest = key[len(ABD) :]
    return (rest.startswith("ال") and len(rest) >= 4) or rest in _ABD_BARE


#: The name of God, the second word of the compound first names of :data:`ALLAH_FIRSTS`
#: (its key keeps the article: :func:`word_key`).
_ALLAH = "الله"
#: First words of compound first names in الله written apart or as one word (ضيف الله /
#: ضيفالله، عطا الله / عطاالله / عطالله، جار الله، فضل الله، هبة الله): everyday words
#: alone ("guest", "gift", "neighbour", "grace", "gift"), so the entity rules open a name with them
#: only before الله and a further name word
#: (:func:`helpers.entities.rules.names._din_end`). Not نصر (نصر الله المؤمنين "God gave
#: victory"), nor عبد (:func:`fused_abd`). Keys (:func:`word_key`: هبة → هبه).
ALLAH_FIRSTS = frozenset({"ضيف", "عطا", "جار", "فضل", "هبه"})
#: The same names written as one word: each first word + الله, and a first word in ا
#: with one alef (عطالله for عطاالله).
ALLAH_FUSED = frozenset(
    {f + _ALLAH for f in ALLAH_FIRSTS} | {f[:-1] + _ALLAH for f in ALLAH_FIRSTS if f.endswith("ا")}
)


def allah_key(first: str, second: str | None = None) -> str | None:
    """The one key of a compound first name in الله, however it is written, or None.

    ``first`` alone: a word key of :data:`ALLAH_FUSED` (عطالله with one alef is read as
    عطاالله); ``first`` + ``second``: a key of :data:`ALLAH_FIRSTS` followed by الله
    (عطا + الله → عطاالله). So عطا الله، عطاالله and عطالله are one name, as عبد الله
    and عبدالله are (:func:`name_keys`).

    >>> allah_key("عطا", "الله"), allah_key("عطالله"), allah_key("عطاالله"), allah_key("عطا")
    ('عطاالله', 'عطاالله', 'عطاالله', None)
    """
    if second is not None:
        return first + _ALLAH if first in ALLAH_FIRSTS and second == _ALLAH else None
    if first not in ALLAH_FUSED:
        return None
    stem = first[: -len(_ALLAH)]
    return stem + "ا" + _ALLAH if stem + "ا" in ALLAH_FIRSTS else first


def name_keys(keys, definite) -> tuple[str, ...]:
    """The key tuple of a name with عبد + name fused into one key, so that
    the spaced and the fused spellings are one name: ``علي عبد الله صالح`` and
    ``علي عبدالله صالح`` both give ``("علي", "عبدالله", "صالح")``; the compound first
    names in الله the same way (:func:`allah_key`: عطا الله، عطاالله، عطالله →
    عطاالله). The one rule of a name's keys: person ids (:mod:`helpers.entities.aliases`)
    and the ids of rule-built places and bodies (طريق الملك عبد الله / عبدالله:
    :func:`helpers.entities.extract_entities`) are made from it, with :func:`id_keys`.

    ``keys``: the word keys of the name's tokens (:func:`word_key`, article removed);
    ``definite``: per token, whether the written word has the article, which the fused
    key restores (عبد + العزيز → عبدالعزيز; الله keeps its ال in its key). A عبد not
    followed by such a name (the last word, or before a word with no article other than
    ربه) stays a key of its own.

    >>> name_keys(("عبد", "عزيز", "سعود"), (False, True, False))
    ('عبدالعزيز', 'سعود')
    >>> name_keys(("عبد", "ربه", "منصور"), (False, False, False))
    ('عبدربه', 'منصور')
    >>> name_keys(("عطا", "الله", "شمري"), (False, False, True))
    ('عطاالله', 'شمري')
    """
    out: list[str] = []
    i = 0
    n = len(keys)
    while i < n:
        k = keys[i]
        fused = allah_key(k, keys[i + 1]) if i + 1 < n else None
        if fused is not None:
            out.append(fused)
            i += 2
            continue
        fused = allah_key(k)
        if fused is not None:
            out.append(fused)
            i += 1
            continue
        if k == ABD and i + 1 < n:
            nxt = keys[i + 1]
            if definite[i + 1] and not nxt.startswith("ال"):
                nxt = "ال" + nxt
            if fused_abd(ABD + nxt):
                out.append(fold(ABD + nxt))
                i += 2
                continue
        out.append(k)
        i += 1
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def normal(text: str, alef: bool = True) -> str:
    """:func:`helpers.text.normalize` of a word or phrase of a zone (``alef`` its
    option, True by default as there), remembered per written string: a mention's words
    are normalised for its written form, its canonical name and the lexicon, and the
    rules normalise the same words, story after story (the one cache of the entity
    layer: :mod:`helpers.entities.matcher` and the rules read it)."""
    return normalize(text, alef=alef)


def surface_key(word: str) -> str:
    """Key of one written word without proclitics: :func:`word_key` with its light form.

    ``surface_key("ألكسندر") == "الكسندر"`` (hamza: no article), ``surface_key("الأسد")
    == "اسد"``. Used for lexicon words (first names, rule lexicons).
    """
    norm = normal(word)
    light = normal(word, False)
    return word_key(norm, light if len(light) == len(norm) else None)


@lru_cache(maxsize=65536)
def peel_surface(surface: str) -> tuple[str, str]:
    """A written word's normalised and ``light`` forms without a proclitic that stands
    before its article, as the text layer reads it (:meth:`helpers.text.Analyser.reading`,
    the one place that analyses clitics, lexicon-backed).

    ``light`` is the form normalised with ``alef=False`` (the norm where the lengths
    differ). ``والعراق`` → ``العراق``, ``بالجيش`` → ``الجيش``, ``للأمم`` (ل + ال) →
    ``الامم``; a proclitic without the article is left alone (ambiguous), and so is a
    word the lexicon reads as whole (``كالغاري`` is Calgary, not ك + الغاري). Used on
    gazetteer aliases (المفوضية السامية للأمم المتحدة) so that they meet the keys the
    text gets.
    """
    from helpers.text import Analyser

    norm = normalize(surface)
    light = normalize(surface, alef=False)
    if len(light) != len(norm):
        light = norm
    r = Analyser().reading(surface)
    p = r.peeled
    if p <= 0 or not r.definite or p >= len(norm):
        return norm, light
    if norm[p:].startswith("ال"):
        return norm[p:], light[p:]
    if norm[p - 1 : p + 1] == "لل":  # ل + ال written لل: restore the article's alef
        return "ا" + norm[p:], "ا" + light[p:]
    return norm, light


def phrase_keys(text: str) -> tuple[str, ...]:
    """Keys of the tokens of a gazetteer alias or lexicon phrase.

    Words are normalised; a proclitic before the article is removed
    (:func:`peel_surface`), then :func:`word_key` applies, the article being decided on
    the written form (``phrase_keys("ألمانيا") == ("المانيا",)``).
    """
    from helpers.text.tokenize import iter_tokens

    out = []
    for _s, _e, surface, kind, _sent, _par in iter_tokens(text):
        if kind != "word":
            out.append(latin_key(normalize(surface)))
            continue
        same = len(normalize(surface, alef=False)) == len(normalize(surface))
        norm, light = peel_surface(surface)
        out.append(maqsura_key(word_key(norm, light if same else None), norm))
    return tuple(out)


def id_keys(keys) -> tuple[str, ...]:
    """The keys an entity id is made of: a name's keys (:func:`name_keys`) with the
    kunya particle أبو and the word after it as one key, without that word's article,
    however the name is written: ``("ناصر", "ابو", "جلاس")`` and ``("ناصر",
    "ابوجلاس")`` both give ``("ناصر", "ابوجلاس")``, أبو الغيط (keys ابو، غيط) and
    أبوالغيط (key ابوالغيط) both ``ابوغيط``. Session 23 (canon23): the two spellings
    were two ids, so two rows of a people table (SaudiNewsNet: عبدالله أبو ثنين /
    عبدالله أبوثنين). Only ids: a person's name keys keep أبو apart, as the story's
    later «أبو ثنين» is found by its words (:mod:`helpers.entities.aliases`). An أبو
    last, or before a key that is not Arabic letters, stays as it is.

    >>> id_keys(("ناصر", "ابو", "جلاس")), id_keys(("ناصر", "ابوجلاس")), id_keys(("ابوالغيط",))
    (('ناصر', 'ابوجلاس'), ('ناصر', 'ابوجلاس'), ('ابوغيط',))
    """
    if not any(k.startswith(ABU) for k in keys):
        return tuple(keys)
    out: list[str] = []
    i, n = 0, len(keys)
    while i < n:
        k = keys[i]
        if k == ABU and i + 1 < n and set(keys[i + 1]) <= ARABIC_LETTER_SET:
            k = ABU + keys[i + 1]
            i += 1
        if k.startswith(ABU + "ال") and len(k) > len(ABU) + 3:
            k = ABU + k[len(ABU) + 2 :]
        out.append(k)
        i += 1
    return tuple(out)
