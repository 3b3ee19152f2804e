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

__all__ = ["fold", "word_key"]


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


def phrase_keys(text: str) -> tuple[str, ...]:
    """Keys of the tokens of a gazetteer alias or lexicon phrase (no clitic peeling)."""
    from helpers.text.tokenize import iter_tokens

    out = []
    for _s, _e, surface, kind, _sent, _par in iter_tokens(text):
        norm = normalize(surface)
        out.append(word_key(norm) if kind == "word" else norm.casefold())
    return tuple(out)
