"""Per-type analysis: the one public entry to khabar's word analysis.

Every module that turns a surface form into a term key goes through
:func:`analyse_types` (the tokeniser, the streaming counter in :mod:`helpers.freq`, the
entity keys and matcher, quotes), so a word gets one key everywhere. It analyses word
*types* (distinct surface forms), never tokens: callers count surfaces first and analyse
each distinct one once.

The analysis of one type: Unicode NFC, then the normalisation of
:func:`helpers.text.normalize` (``norm``); for Arabic words the proclitic analysis of
:mod:`helpers.text.clitics` (``clitics``, ``base``); for Latin words, abbreviations and
URLs the case-folded ``norm`` as ``base``; ``is_stop`` says whether ``base`` is a
stopword (:func:`helpers.text.stopwords`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import NamedTuple

from helpers.errors import ArgumentError

__all__ = ["Analyser", "Analysis", "analyse_types"]


class Analysis(NamedTuple):
    """The analysis of one surface type (a tuple: fields by name or position).

    ``norm`` (str): normalised form; ``base`` (str): normalised form without proclitics,
    the term key; ``clitics`` (str): the proclitics removed, ``+``-joined in reading
    order (``"و+ال"``), ``""`` if none; ``is_stop`` (bool): ``base`` is a stopword;
    ``kind`` (str): the token kind of the surface (``word``, ``number``, ``latin``,
    ``abbrev``, ``url``, ``punct``), as in the tokens table.
    """

    norm: str
    base: str
    clitics: str
    is_stop: bool
    kind: str


class Analyser:
    """A reusable, caching analyser for one set of options and attested words.

    ``Analyser(attested=..., **options)(surface, kind=None) -> Analysis``. Build it once
    per corpus (or per call of :func:`analyse_types`); results are cached per
    ``(surface, kind)``. ``kind`` may be given when the caller already knows it (the
    tokeniser does), otherwise it is found by matching the tokeniser's pattern.
    """

    def __init__(
        self, attested: Iterable[str] = (), *, known: Iterable[str] = (), **options: bool
    ) -> None:
        from helpers.text.clitics import CliticSplitter
        from helpers.text.normalize import _key, normalizer_table

        self.options = dict(_key(options))
        self.full = normalizer_table(**self.options)
        self.light = normalizer_table(**{**self.options, "alef": False})
        words = CliticSplitter.attest(
            (w.translate(self.light) for w in _nfc_all(attested)), self.full
        )
        words.update(w.translate(self.full) for w in _nfc_all(known))
        self.splitter = CliticSplitter(words, **self.options)
        self.stop = self.splitter.stop
        self.cache: dict[tuple[str, str | None], Analysis] = {}

    def __call__(self, surface: str, kind: str | None = None) -> Analysis:
        key = (surface, kind)
        got = self.cache.get(key)
        if got is not None:
            return got
        got = self.cache[key] = self._analyse(surface, kind)
        return got

    def _analyse(self, surface: str, kind: str | None) -> Analysis:
        from helpers.text.tokenize import kind_of

        if kind is None:
            try:
                kind = kind_of(surface)
            except ArgumentError:
                raise ArgumentError(
                    f"analyse_types: {surface!r} is not exactly one token (a word, number, "
                    "Latin word, abbreviation or URL)"
                ) from None
        norm = _nfc(surface).translate(self.full)
        if kind == "word":
            clitics, base = self.splitter.split(_nfc(surface).translate(self.light), norm)
            return Analysis(norm, base, clitics, base in self.stop, kind)
        if kind in ("latin", "abbrev", "url"):
            return Analysis(norm, norm.casefold(), "", False, kind)
        return Analysis(norm, norm, "", False, kind)


_NFC_NEEDED = re.compile("[\u0300-\u036f\u0653-\u0655]")


def _nfc(s: str) -> str:
    """Unicode NFC where a combining hamza/madda (or Latin mark) could compose; else s."""
    if _NFC_NEEDED.search(s) is None:
        return s
    import unicodedata

    return unicodedata.normalize("NFC", s)


def _nfc_all(words: Iterable[str]) -> Iterable[str]:
    if isinstance(words, str):
        words = (words,)
    for w in words:
        if not isinstance(w, str):
            raise ArgumentError(
                f"analyse_types: attested/known words must be str, got {type(w).__name__} {w!r}"
            )
        yield _nfc(w)


def analyse_types(
    types: Iterable[str],
    *,
    attested: Collection[str] = (),
    known: Iterable[str] = (),
    **options: bool,
) -> dict[str, Analysis]:
    """Analyse distinct surface forms: ``{surface: Analysis(norm, base, clitics, is_stop, kind)}``.

    Parameters
    ----------
    types : iterable of str
        Surface forms as found by the tokeniser (one token each: a word, a number, a Latin
        word, an abbreviation, a URL). Duplicates are analysed once. The types are
        themselves evidence for the clitic analysis (a corpus's own words attest each
        other, as in :func:`helpers.text.tokenize_zones`).
    attested : collection of str, optional
        Further surface forms seen in the corpus at hand (e.g. every word type of the
        whole corpus when ``types`` is a subset), used as corpus attestation.
    known : iterable of str, optional
        Extra words to treat as attested (e.g. gazetteer names), as in
        :func:`helpers.text.tokenize`.
    **options : bool
        Normalisation options (:func:`helpers.text.normalize`).

    Returns
    -------
    dict of str to Analysis
        One entry per distinct surface in ``types``; :class:`Analysis` fields ``norm``,
        ``base`` (the term key, as in the tokens table), ``clitics`` (``"و+ال"``, ``""``),
        ``is_stop`` (bool), ``kind`` (str). The values equal the ``norm``, ``base``,
        ``clitics``, ``is_stop`` and ``kind`` columns :func:`helpers.text.tokenize_zones`
        gives these surfaces in a corpus made of ``types`` and ``attested``.

    Raises
    ------
    helpers.errors.ArgumentError
        ``types`` is a single str (pass a list), or an item is not a str, or an
        item is not exactly one token (empty, or holds a space), or an unknown option.

    Examples
    --------
    >>> a = analyse_types(["والعراق"])["والعراق"]
    >>> a.norm, a.base, a.clitics, a.is_stop
    ('والعراق', 'عراق', 'و+ال', False)
    """
    if isinstance(types, str):
        raise ArgumentError(
            f"analyse_types: types is a single str ({types[:30]!r}); pass a list of surfaces"
        )
    distinct: dict[str, None] = {}
    for t in types:
        if not isinstance(t, str):
            raise ArgumentError(
                f"analyse_types: types must hold str surfaces, got {type(t).__name__} {t!r}"
            )
        distinct[t] = None
    if isinstance(attested, str):
        attested = (attested,)
    evidence = [*distinct, *attested]
    analyse = Analyser(evidence, known=known, **options)
    return {t: analyse(t) for t in distinct}
