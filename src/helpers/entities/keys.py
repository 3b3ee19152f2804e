"""Matching keys: how a word is compared with gazetteer aliases and rule lexicons.

A word's **key** is its normalised form (:func:`helpers.text.normalize`: diacritics,
tatweel, alef/hamza forms), with proclitics peeled by the caller, the article ال removed
when at least three letters remain (الأسد → اسد, الشام → شام, but الله stays) and
ta marbuta folded to ha (سورية and سوريه meet). Dropping the article on both sides lets
الروسي and روسي, العراق and للعراق meet one key. Alef maqsura is *not* folded, so the
preposition على never becomes the name علي.
"""

from __future__ import annotations

from helpers.text import normalize

__all__ = ["fold", "peel_article_clitic", "phrase_keys", "word_key"]


def fold(norm: str) -> str:
    """Fold a normalised string for matching: ة → ه (nothing else)."""
    return norm.replace("ة", "ه")


def word_key(norm: str) -> str:
    """Key of one normalised word without proclitics (see the module docstring).

    >>> word_key(normalize("الأسد")), word_key("الله"), word_key(normalize("سورية"))
    ('اسد', 'الله', 'سوريه')
    """
    if norm.startswith("ال") and len(norm) >= 5:
        norm = norm[2:]
    return fold(norm)


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
    (:func:`peel_article_clitic`), then :func:`word_key` applies.
    """
    from helpers.text.tokenize import iter_tokens

    out = []
    for _s, _e, surface, kind, _sent, _par in iter_tokens(text):
        norm = normalize(surface)
        out.append(word_key(peel_article_clitic(norm)) if kind == "word" else norm.casefold())
    return tuple(out)
