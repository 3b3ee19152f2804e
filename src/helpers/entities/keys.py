"""Matching keys: how a word is compared with gazetteer aliases and rule lexicons.

A word's **key** is its normalised form (:func:`helpers.text.normalize`: diacritics,
tatweel, alef/hamza forms), with proclitics peeled by the caller, the article ال removed
when at least three letters remain (الأسد → اسد, الشام → شام, but الله stays) and
ta marbuta folded to ha (سورية and سوريه meet). Whether the article is there is
decided on the surface (:func:`helpers.text.has_article`, given the word's ``light``
form): ألمانيا keeps its ال (the hamza proves it is no article, key المانيا), the
hamza-less spelling المانيا loses it (key مانيا). Dropping the article on both sides lets
الروسي and روسي, العراق and للعراق meet one key. Alef maqsura is *not* folded, so the
preposition على never becomes the name علي.
"""

from __future__ import annotations

from helpers.text import has_article, normalize

__all__ = ["fold", "peel_article_clitic", "peel_light", "phrase_keys", "surface_key", "word_key"]


def fold(norm: str) -> str:
    """Fold a normalised string for matching: ة → ه (nothing else)."""
    return norm.replace("ة", "ه")


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


def surface_key(word: str) -> str:
    """Key of one written word without proclitics: :func:`word_key` with its light form.

    ``surface_key("ألكسندر") == "الكسندر"`` (hamza: no article), ``surface_key("الأسد")
    == "اسد"``. Used for lexicon words (first names, rule lexicons).
    """
    norm = normalize(word)
    light = normalize(word, alef=False)
    return word_key(norm, light if len(light) == len(norm) else None)


def peel_light(norm: str, light: str) -> tuple[str, str]:
    """:func:`peel_article_clitic` on a word's normalised and ``light`` forms together.

    ``light`` is the word normalised with ``alef=False``; returns both forms peeled
    alike. The article must be written in ``light`` (:func:`helpers.text.has_article`):
    ``بألمانيا`` is not ب + ال + مانيا and stays whole.
    """
    if len(norm) >= 6 and norm[0] in "وفبك" and norm[1:3] == "ال" and has_article(light, 1):
        return norm[1:], light[1:]
    if len(norm) >= 5 and norm.startswith("لل"):
        return "ا" + norm[1:], "ا" + light[1:]
    return norm, light


def peel_article_clitic(norm: str) -> str:
    """Remove a proclitic that stands before the article, where that is unambiguous.

    ``والعراق`` → ``العراق``, ``بالجيش`` → ``الجيش``, ``للأمم`` (ل + ال) → ``الامم``.
    Used on gazetteer aliases (المفوضية السامية للأمم المتحدة) so that they meet the
    keys the text gets; a proclitic without the article is left alone (ambiguous).
    """
    if len(norm) >= 6 and norm[0] in "وفبك" and norm[1:3] == "ال":
        return norm[1:]
    if len(norm) >= 5 and norm.startswith("لل"):
        return "ا" + norm[1:]
    return norm


def phrase_keys(text: str) -> tuple[str, ...]:
    """Keys of the tokens of a gazetteer alias or lexicon phrase.

    Words are normalised; a proclitic before the article is removed
    (:func:`peel_light`), then :func:`word_key` applies, the article being decided on
    the written form (``phrase_keys("ألمانيا") == ("المانيا",)``).
    """
    from helpers.text.tokenize import iter_tokens

    out = []
    for _s, _e, surface, kind, _sent, _par in iter_tokens(text):
        norm = normalize(surface)
        if kind != "word":
            out.append(norm.casefold())
            continue
        light = normalize(surface, alef=False)
        if len(light) != len(norm):
            out.append(word_key(peel_article_clitic(norm)))
            continue
        out.append(word_key(*peel_light(norm, light)))
    return tuple(out)
