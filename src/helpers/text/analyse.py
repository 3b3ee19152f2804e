"""Per-type analysis: the one public entry to khabar's word analysis.

Every module that turns a surface form into a term key goes through
:func:`analyse_types` (the tokeniser, the streaming counter in :mod:`helpers.freq`, the
entity keys and matcher, quotes), so a word gets one key everywhere. It analyses word
*types* (distinct surface forms), never tokens: callers count surfaces first and analyse
each distinct one once.

The analysis of one type: Unicode NFC, then the normalisation of
:func:`helpers.text.normalize` (``norm``); for Arabic words the proclitic analysis of
:mod:`helpers.text.clitics` (``clitics``, ``base``); for Latin words, abbreviations and
URLs the case-folded ``norm`` as ``base``; an Arabic ``base`` that is a listed house
spelling is replaced by its canonical form (:mod:`helpers.text.spelling`: امريكية →
اميركية, here and nowhere else), and a listed word whose article is written keeps it in
its key (``data/article_keys.tsv``: الأحد "Sunday" → الاحد, not احد "one of");
``is_stop`` says whether ``base`` is a stopword (:func:`helpers.text.stopwords`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from helpers.errors import ArgumentError
from helpers.text.clitics import PROCLITIC_LETTERS as _PROCLITIC_LETTERS
from helpers.text.normalize import _pair
from helpers.text.normalize import nfc as _nfc
from helpers.text.spelling import article_keys, bare_spelling_variants, spelling_variants
from helpers.text.stopwords import stopwords

if TYPE_CHECKING:
    from helpers.text.clitics import Reading

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


_SHARED_MAX = 100_000  # types kept in a process-wide cache before it is cleared


@lru_cache(maxsize=8)
def _shared(options: tuple[tuple[str, bool], ...]) -> tuple:
    """Per option set: options dict, full and light tables, one splitter (the lexicon is
    loaded once), one cache of lexicon-only results, and the word lists an analyser
    reads (stopwords, house spellings, article keys), so building an analyser per text
    looks nothing up."""
    from helpers.text.clitics import CliticSplitter
    from helpers.text.normalize import normalizer_table

    opts = dict(options)
    full = normalizer_table(**opts)
    light = normalizer_table(**{**opts, "alef": False})
    lists = (
        stopwords(**opts),
        spelling_variants(**opts),
        article_keys(**opts),
        bare_spelling_variants(**opts),
    )
    return (opts, full, light, CliticSplitter(**opts), {}, _pair(options), *lists)


@lru_cache(maxsize=64)
def _shared_for(items: frozenset) -> tuple:
    from helpers.text.normalize import _key

    return _shared(_key(dict(items)))


class _Attested:
    """The attested set of an :class:`Analyser`, built from its pending surfaces on the
    first membership test."""

    __slots__ = ("_owner", "_set")

    def __init__(self, owner: Analyser) -> None:
        self._owner = owner
        self._set: set[str] = set()

    def add_full(self, forms: Iterable[str]) -> None:
        self._set.update(forms)

    def _flush(self) -> set[str]:
        owner = self._owner
        if owner._pending:
            from helpers.text.clitics import has_article

            pair = owner._pair
            pending, owner._pending = owner._pending, []
            out = self._set
            add = out.add
            for w in _checked(pending):  # pair() applies NFC where a mark needs it
                lw, fw = pair(w)
                add(fw)
                if len(lw) >= 4 and has_article(lw):  # the article-less remainder too
                    add(fw[2:])
        return self._set

    def __contains__(self, form: object) -> bool:
        if self._owner._pending:
            self._flush()
        return form in self._set

    def __len__(self) -> int:
        return len(self._flush())

    def __iter__(self):
        return iter(self._flush())


class Analyser:
    """A reusable, caching analyser for one set of options and attested words.

    ``Analyser(attested=(), known=(), **options)(surface, kind=None) -> Analysis``.
    ``attested`` are surface forms of the corpus at hand (corpus attestation, the second
    signal of :mod:`helpers.text.clitics`), ``known`` extra words (gazetteer names);
    :meth:`attest` adds more. ``kind`` may be given when the caller already knows it
    (the tokeniser does), otherwise it is found with :func:`helpers.text.kind_of`.

    Results that depend on the lexicon alone are cached for the whole process (one
    cache per option set, cleared past 100,000 types), the others per analyser, so
    building an analyser per text costs microseconds; ``cache=False`` caches nothing (for
    callers that analyse each type once, e.g. a corpus's whole vocabulary). The lexicon is
    loaded on the first analyser of the process (about 1-2 s), not at import.

    :meth:`reading` gives what the entity matcher and quotes need: the word with its
    non-article proclitics peeled (:class:`helpers.text.clitics.Reading`).
    """

    def __init__(
        self,
        attested: Iterable[str] = (),
        *,
        known: Iterable[str] = (),
        cache: bool = True,
        **options: bool,
    ) -> None:
        self._caching = cache
        try:
            shared = _shared_for(frozenset(options.items()))
        except TypeError:  # an unhashable option value: let _key report it
            from helpers.text.normalize import _key

            shared = _shared(_key(options))
        self.options, self.full, self.light, self.splitter, self.shared, self._pair = shared[:6]
        # stopwords (the splitter reads function_words()); house spellings -> one key;
        # keys that keep their article (الأحد is not أحد); spellings merged only without
        # the article (سورية → سوريا, السورية the adjective kept)
        self.stop, self.variants, self.definite, self.bare = shared[6:]
        self._pending: list[str] = []
        self._attested = _Attested(self)
        self.cache: dict[tuple[str, str | None], Analysis] = {}
        if attested:
            self.attest(attested)
        if known:
            self._attested.add_full(w.translate(self.full) for w in _nfc_all(known))

    def attest(self, surfaces: Iterable[str]) -> None:
        """Add surface forms seen in the corpus as attestation (clears the local cache).

        The attested set is built when a decision first needs it (most never do: the
        lexicon decides), so attesting a sentence's words costs almost nothing.
        """
        if isinstance(surfaces, str):
            surfaces = (surfaces,)
        self._pending.extend(surfaces)
        if self.cache:
            self.cache = {}

    @property
    def attested(self) -> _Attested:
        """The attested forms (fully normalised, article-less remainders included)."""
        return self._attested

    def each(self, surfaces, kinds) -> list[Analysis]:
        """The analyses of ``surfaces`` (str) with ``kinds`` (str or None), in order:
        ``[self(s, k) for s, k in zip(surfaces, kinds)]``, the analyses already cached
        (:attr:`cache` first, then the analyser's ``shared`` table, as :meth:`__call__`
        looks) found at C level first, so that only the new ones cost a call
        (session 14, speed; the same analyses). For the analyses of a table's rows
        (:func:`helpers.text.tokenize_texts`); :meth:`many` gives the columns of many
        types without the tuples and caches."""
        if not self._caching:
            return list(map(self, surfaces, kinds))
        keys = list(zip(surfaces, kinds, strict=True))
        got = list(map(self.cache.get, keys, map(self.shared.get, keys)))
        if None in got:
            got = [g if g is not None else self(*k) for g, k in zip(got, keys, strict=True)]
        return got

    def __call__(self, surface: str, kind: str | None = None) -> Analysis:
        if not self._caching:
            return self._analyse(surface, kind)[0]
        key = (surface, kind)
        got = self.cache.get(key)
        if got is None:
            got = self.shared.get(key)
            if got is None:
                got, used = self._analyse(surface, kind)
                if used:
                    self.cache[key] = got
                else:
                    if len(self.shared) >= _SHARED_MAX:
                        self.shared.clear()
                    self.shared[key] = got
        return got

    def many(
        self, surfaces: Sequence[str], kinds: Sequence[str], *, attest: bool = False
    ) -> tuple[list[str], list[str], list[bool]]:
        """``(bases, clitics, is_stop)`` of many surfaces of known kinds, in order.

        The same values as ``[self(s, k) for s, k in zip(surfaces, kinds)]`` (after
        ``self.attest(words of surfaces)`` when ``attest`` is true), without the
        :class:`Analysis` tuples and caches: the per-type loop of the corpus counters,
        which analyse each type once. With ``attest`` the words' normalised forms are
        computed once for both the attestation and the analysis. Raises like
        :meth:`__call__`.
        """
        pair = self._pair
        pairs = [pair(s) if k == "word" else None for s, k in zip(surfaces, kinds, strict=True)]
        if attest:
            from helpers.text.clitics import has_article

            forms = set()
            add = forms.add
            for p in pairs:
                if p is not None:
                    lw, fw = p
                    add(fw)
                    if len(lw) >= 4 and has_article(lw):  # as _Attested._flush
                        add(fw[2:])
            self._attested.add_full(forms)
            if self.cache:
                self.cache = {}
        stop = self.stop
        word = self._word
        bases: list[str] = []
        clitics: list[str] = []
        stops: list[bool] = []
        add_b, add_c, add_s = bases.append, clitics.append, stops.append
        for s, k, p in zip(surfaces, kinds, pairs, strict=True):
            if p is not None:
                c, b, _ = word(p[0], p[1], s)
                add_b(b)
                add_c(c)
                add_s(b in stop)
            else:
                a = self._analyse(s, k)[0]
                add_b(a.base)
                add_c(a.clitics)
                add_s(a.is_stop)
        return bases, clitics, stops

    def reading(self, surface: str) -> Reading:
        """The clitic reading of one Arabic word (:class:`helpers.text.clitics.Reading`).

        ``clitics``, ``base`` as in :class:`Analysis`; ``form`` the normalised word
        without its non-article proclitics (article restored after ل: للعراق → العراق);
        ``peeled`` the number of proclitic *letters* before ``form`` (marks and tatweel
        of the surface not counted: map to surface offsets with
        :func:`helpers.text.letter_offset`); ``definite`` whether the article is there.
        A word the lexicon keeps whole (بروس is read ب + روس only if licensed) has
        ``peeled == 0``. Non-words give ``Reading("", norm, norm, 0, False)``.
        """
        from helpers.text.clitics import Reading

        light, full = self._pair(surface)
        if len(full) != len(light):
            return Reading("", full, full, 0, False)
        clitics, base, peeled, _ = self.splitter.analyse(light, full, self.attested, surface)
        base = self.variants.get(base, base)
        definite = clitics.endswith("ال")
        if not definite:
            return Reading(clitics, self.bare.get(base, base), base, peeled, False)
        key = "ال" + base if base in self.definite else base
        return Reading(clitics, key, "ال" + base, peeled, True)

    def _word(self, light: str, norm: str, surface: str = "") -> tuple[str, str, bool]:
        """``(clitics, base, used)`` of an Arabic word from its light and full forms
        (:attr:`_pair`) and ``surface`` as written (its marks: tanwin keeps كمًّا whole,
        :meth:`helpers.text.clitics.CliticSplitter.analyse`): the one place of the word
        rules after normalisation, which
        :meth:`__call__` (through :meth:`_analyse`) and :meth:`many` both call: the
        proclitics (:class:`helpers.text.clitics.CliticSplitter`), the house spelling
        (``data/spelling_variants.tsv``; ``data/bare_spelling_variants.tsv`` only for a
        word without the article: سورية → سوريا, not السورية) and the keys that keep their article
        (``data/article_keys.tsv``: الأحد "Sunday" is not أحد). ``used``: attestation
        was consulted (the result may not be cached across texts)."""
        if not light or light[0] not in _PROCLITIC_LETTERS:  # nothing to peel
            base = self.variants.get(norm, norm)
            return "", self.bare.get(base, base), False
        clitics, base, _, used = self.splitter.analyse(light, norm, self._attested, surface)
        base = self.variants.get(base, base)
        if not clitics.endswith("ال"):
            base = self.bare.get(base, base)  # سورية → سوريا; السورية stays (the adjective)
        elif base in self.definite:
            base = "ال" + base
        return clitics, base, used

    def _analyse(self, surface: str, kind: str | None) -> tuple[Analysis, bool]:
        if kind == "word":
            light, norm = self._pair(surface)
            clitics, base, used = self._word(light, norm, surface)
            return Analysis(norm, base, clitics, base in self.stop, kind), used
        if kind is None:
            from helpers.text.tokenize import kind_of

            try:
                kind = kind_of(surface)
            except ArgumentError:
                raise ArgumentError(
                    f"analyse_types: {surface!r} is not exactly one token (a word, number, "
                    "Latin word, abbreviation or URL)"
                ) from None
        if kind == "word":
            return self._analyse(surface, kind)
        norm = _nfc(surface).translate(self.full)
        if kind == "number" and norm and not norm[0].isdigit():
            # و2006، بـ15000: proclitic letters attached to a number
            i = 0
            while i < len(norm) and not norm[i].isdigit():
                i += 1
            from helpers.text.clitics import number_clitics

            return Analysis(norm, norm[i:], number_clitics(norm[:i]), False, kind), False
        if kind in ("latin", "abbrev", "url"):
            return Analysis(norm, norm.casefold(), "", False, kind), False
        return Analysis(norm, norm, "", False, kind), False


def _checked(words: Iterable[str]) -> Iterable[str]:
    for w in words:
        if not isinstance(w, str):
            raise ArgumentError(
                f"analyse_types: attested/known words must be str, got {type(w).__name__} {w!r}"
            )
        yield w


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
    analyse = Analyser(evidence, known=known, cache=len(distinct) < 10_000, **options)
    return {t: analyse(t) for t in distinct}


def letter_offset(surface: str, letters: int) -> int:
    """Code-point index in ``surface`` after its first ``letters`` letters.

    Marks, tatweel and invisible characters between letters are skipped as part of the
    letters before them, so ``letter_offset("وَالعراق", 1) == 2`` (after و and its fatha).
    Use it with :attr:`Reading.peeled` to find where the peeled form starts in the text.
    """
    from helpers.charsets import ARABIC_LETTER_SET

    if letters <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(surface):
        if ch in ARABIC_LETTER_SET or ch.isalnum():
            if seen == letters:
                return i
            seen += 1
    return len(surface)
