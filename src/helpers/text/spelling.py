"""House spellings: one term key for the variant spellings of one word.

Newsrooms write one word differently (الأمريكي / الأميركي, المئة / المائة, مسئول /
مسؤول, الأوربي / الأوروبي), so a count by key splits the word in two. The pairs are
language data, ``data/spelling_variants.tsv`` (variant, canonical, source of the pair),
applied to the term key in one place: :class:`helpers.text.Analyser` (every key of
:func:`helpers.text.tokenize`, :func:`helpers.freq.count_corpus`, keyness and the entity
matcher's :meth:`helpers.text.Analyser.reading` comes from it). Surface forms and ``norm``
keep what was written. The rule for the canonical form and the decision on two-word
names (عبد الله / عبدالله: the one-word form is the key form; the two-word spelling stays
two tokens) are written in the data file's header.

Words whose key keeps the article (``data/article_keys.tsv``): الأحد "Sunday" is another
word than أحد "one of", الخميس "Thursday" than the name خميس, المائة "percent" than مائة
"hundred"; their definite forms get the key ``ال`` + key (الاحد), applied after the house
spellings in the same place (:class:`helpers.text.Analyser`), so أحد can be a stopword
without deleting Sunday. The clitics column still shows the article.

Source of the pairs: frequent variant pairs of SaudiNewsNet's term keys (20,329 articles,
counts in the file), checked by hand to be one word.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.errors import KhabarError
from helpers.text.normalize import _key, normalize

__all__ = ["article_keys", "canonical_key", "spelling_variants"]


@lru_cache(maxsize=16)
def _variants(options: tuple[tuple[str, bool], ...]) -> dict[str, str]:
    from helpers.text.stopwords import _read_list

    opts = dict(options)
    out: dict[str, str] = {}
    for n, line in enumerate(_read_list("spelling_variants.tsv")[1:], 2):  # [0]: header
        fields = line.split("\t")
        if len(fields) != 3 or not fields[0] or not fields[1]:
            raise KhabarError(
                f"helpers/text/data/spelling_variants.tsv: row {n} needs variant, canonical "
                f"and source separated by tabs, got {line!r}"
            )
        variant, canon = normalize(fields[0], **opts), normalize(fields[1], **opts)
        if variant != canon:
            out[variant] = canon
    chained = sorted(v for v in out.values() if v in out)
    if chained:
        raise KhabarError(
            f"helpers/text/data/spelling_variants.tsv: canonical forms {chained} are also "
            "listed as variants; map every variant to the final form"
        )
    return out


def spelling_variants(**options: bool) -> dict[str, str]:
    """``{variant key: canonical key}`` of ``data/spelling_variants.tsv``, normalised with
    ``options`` (:func:`helpers.text.normalize`); do not modify the dict.

    Raises :class:`helpers.errors.ArgumentError` for an unknown option and
    :class:`helpers.errors.KhabarError` naming the file and row when the data file is
    malformed (a row without three fields, a canonical form that is itself a variant).
    """
    return _variants(_key(options))


def canonical_key(key: str, **options: bool) -> str:
    """The canonical form of the term key ``key`` (itself when it is no listed variant).

    >>> canonical_key("امريكية")
    'اميركية'
    """
    return _variants(_key(options)).get(key, key)


@lru_cache(maxsize=16)
def _article_keys(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    from helpers.text.stopwords import _read_list

    opts = dict(options)
    out = set()
    for n, line in enumerate(_read_list("article_keys.tsv")[1:], 2):  # [0]: header
        fields = line.split("\t")
        if len(fields) != 3 or not fields[0]:
            raise KhabarError(
                f"helpers/text/data/article_keys.tsv: row {n} needs form, definite and "
                f"source separated by tabs, got {line!r}"
            )
        key = normalize(fields[0], **opts)
        out.add(_variants(options).get(key, key))
    return frozenset(out)


def article_keys(**options: bool) -> frozenset[str]:
    """Keys that keep the article when it is written (``data/article_keys.tsv``).

    A word whose clitics end in the article (``ال``, ``و+ال``, ``ب+ال``...) and whose key
    (after :func:`canonical_key`) is in this set gets the key ``"ال" + key``: الأحد →
    ``الاحد`` (Sunday), while أحد keeps ``احد`` ("one of", a stopword); بالمئة → ``المائة``
    (percent). Normalised with ``options``; a frozenset of str. Raises
    :class:`helpers.errors.ArgumentError` for an unknown option and
    :class:`helpers.errors.KhabarError` naming the file and row for a malformed row.
    """
    return _article_keys(_key(options))
