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

Bare spellings (``data/bare_spelling_variants.tsv``, session 18): a country name whose
second spelling is also the feminine adjective (سورية "Syria" / سورية "Syrian") is merged
only when written without the article (:func:`bare_spelling_variants`): في سورية، وسورية
→ key سوريا, while السورية (الحكومة السورية, the adjective) keeps the key سورية. Listed
only where a sample of bare uses read by hand is mostly the country (the counts are in
the file's header: سورية 92 of 110; ليبية، تركية، روسية، بريطانية، ألمانية are the
adjective and are not listed).
"""

from __future__ import annotations

from functools import lru_cache

from helpers.errors import KhabarError
from helpers.text.normalize import _key, normalize

__all__ = ["article_keys", "bare_spelling_variants", "canonical_key", "spelling_variants"]


def _pairs(name: str, opts: dict[str, bool]) -> list[tuple[str, str, str, str]]:
    """``(written, canonical, variant key, canonical key)`` of each row of the text
    layer's data file ``name`` (columns variant, canonical, source), keys normalised with
    ``opts``; :class:`KhabarError` naming file and line for a malformed row."""
    from helpers.io import read_data_rows

    header = ("variant", "canonical", "source")
    rows = read_data_rows("helpers.text", name, header, error=KhabarError)[1]
    return [(w, c, normalize(w, **opts), normalize(c, **opts)) for w, c, _source in rows]


@lru_cache(maxsize=16)
def _variants(options: tuple[tuple[str, bool], ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for _w, _c, variant, canon in _pairs("spelling_variants.tsv", dict(options)):
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
    malformed (a row without three non-empty tab-separated cells, named by its line by
    :func:`helpers.io.read_data_rows`; a canonical form that is itself a variant).
    """
    return _variants(_key(options))


@lru_cache(maxsize=16)
def _bare_variants(options: tuple[tuple[str, bool], ...]) -> dict[str, str]:
    variants = _variants(options)
    out: dict[str, str] = {}
    for written, canonical, variant, canon in _pairs("bare_spelling_variants.tsv", dict(options)):
        if variant in variants or canon in variants:
            raise KhabarError(
                f"helpers/text/data/bare_spelling_variants.tsv: {written} / {canonical} is "
                "also a pair of spelling_variants.tsv; a pair belongs to one file"
            )
        if variant != canon:
            out[variant] = canon
    return out


def bare_spelling_variants(**options: bool) -> dict[str, str]:
    """``{variant key: canonical key}`` of ``data/bare_spelling_variants.tsv``: house
    spellings of a country's name that are merged only when the word is written without
    the article (سورية → سوريا; السورية, the adjective "Syrian", keeps the key سورية).
    Normalised with ``options``; do not modify the dict.

    Source: bare uses read by hand in SaudiNewsNet's non-held-out outlets (counts in the
    file's header). Raises :class:`helpers.errors.ArgumentError` for an unknown option and
    :class:`helpers.errors.KhabarError` naming the file for a malformed row or a pair that
    is also in ``spelling_variants.tsv``.
    """
    return _bare_variants(_key(options))


def canonical_key(key: str, **options: bool) -> str:
    """The canonical form of the term key ``key`` (itself when it is no listed variant).

    >>> canonical_key("امريكية")
    'اميركية'
    """
    return _variants(_key(options)).get(key, key)


@lru_cache(maxsize=16)
def _article_keys(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    from helpers.io import read_data_rows

    opts = dict(options)
    out = set()
    header = ("form", "definite", "source")
    for form, _definite, _source in read_data_rows(
        "helpers.text", "article_keys.tsv", header, error=KhabarError
    )[1]:
        key = normalize(form, **opts)
        out.add(_variants(options).get(key, key))
    return frozenset(out)


def article_keys(**options: bool) -> frozenset[str]:
    """Keys that keep the article when it is written (``data/article_keys.tsv``).

    A word whose clitics end in the article (``ال``, ``و+ال``, ``ب+ال``...) and whose key
    (after :func:`canonical_key`) is in this set gets the key ``"ال" + key``: الأحد →
    ``الاحد`` (Sunday), while أحد keeps ``احد`` ("one of", a stopword); بالمئة → ``المائة``
    (percent). Normalised with ``options``; a frozenset of str. Raises
    :class:`helpers.errors.ArgumentError` for an unknown option and
    :class:`helpers.errors.KhabarError` naming the file and line of a malformed row
    (:func:`helpers.io.read_data_rows`).
    """
    return _article_keys(_key(options))
