"""Arabic stopwords, curated for news, matched on base forms (term keys).

Source list: **Arabic-Stopwords** 0.4.3 (T. Zerrouki, https://github.com/linuxscout/arabicstopwords,
PyPI ``Arabic-Stopwords``), a lexicon of 508 function-word lemmas, each classified
(preposition, particle, pronoun, demonstrative, kana and her sisters...) and expanded to
its inflected forms with enclitic pronouns (عليه، إليهم، أنها). We take the forms that
carry **no proclitic** (3,065 rows) because khabar strips proclitics itself: the base of
وفي is في and of للذي is الذي, so one entry catches every cliticised variant.

Why this list (compared in issue 3): stopwords-iso (``stopwordsiso``, 480 Arabic entries)
and ``stop-words`` (162) are flat, unclassified lists that mix in news content words
(عام، يوم، مليون، اليوم، قال، زيارة، الماضي) and clitic-bearing duplicates (وفي، وقال);
NLTK's list needs a download at run time. Zerrouki's list is a linguistic lexicon with
provenance and classes, has no news nouns and no proclitics.

Curated out (``data/stopwords_removed.txt``): name parts (علي، أبو، ابن، بن، آل، أخو...)
so that no person's name loses a part, and time/place/quantity nouns that carry meaning in
news (عام، يوم، مليون، شهر، جنوب...). A form that normalises to a curated-out word is
removed too: with ``maqsura=True`` the form على folds to علي and is *not* a stopword then,
because a stopword must never delete a name.

A separate optional list of news reporting verbs (قال، أضاف، أكد، أوضح، تابع، أشار...)
is in :func:`reporting_verbs`; whether to drop them depends on the question. It comes
from ``data/reporting_verbs.tsv``, the one file of reporting words, which also gives the
quote-introducing forms (:func:`reporting_words`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from helpers.text.normalize import _key, normalize

__all__ = ["is_stopword", "reporting_verbs", "reporting_words", "stopwords"]


def _read_list(name: str) -> list[str]:
    text = (
        resources.files("helpers.text").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    )
    out = []
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            out.append(word)
    return out


@lru_cache(maxsize=1)
def _raw_forms() -> tuple[tuple[str, str], ...]:
    from arabicstopwords.stopwordsallforms import STOPWORDS

    forms = {
        (word, row["original"])
        for word, rows in STOPWORDS.items()
        for row in rows
        if row["procletic"] == "-"
    }
    return tuple(sorted(forms))


@lru_cache(maxsize=16)
def _stopwords(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    opts = dict(options)
    removed_raw = _read_list("stopwords_removed.txt")
    removed = {normalize(w, **opts) for w in removed_raw}
    out = set()
    for word, lemma in _raw_forms():
        if lemma in removed_raw or normalize(lemma, **opts) in removed:
            continue
        form = normalize(word, **opts)
        if form and form not in removed:
            out.add(form)
    return frozenset(out)


def stopwords(**options: bool) -> frozenset[str]:
    """The curated stopword set, normalised with ``options`` (see :func:`normalize`).

    Returns
    -------
    frozenset of str
        About 1,900 normalised forms (function words with their enclitic forms). Compare
        with a token's ``base`` (term key), not its surface.
    """
    return _stopwords(_key(options))


def is_stopword(base: str, **options: bool) -> bool:
    """True if the base form ``base`` (already normalised with ``options``) is a stopword."""
    return base in _stopwords(_key(options))


@lru_cache(maxsize=1)
def _reporting_rows() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Rows of ``data/reporting_verbs.tsv``: (form, lemma, lists)."""
    rows = []
    for line in _read_list("reporting_verbs.tsv")[1:]:  # [0] is the header
        form, lemma, lists = line.split("\t")
        rows.append((form, lemma, frozenset(lists.split())))
    return tuple(rows)


@lru_cache(maxsize=16)
def _reporting(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    opts = dict(options)
    return frozenset(normalize(f, **opts) for f, _, lists in _reporting_rows() if "stop" in lists)


def reporting_verbs(**options: bool) -> frozenset[str]:
    """Optional list of news reporting verbs (قال، أضاف، أكد، أوضح، تابع، أشار...).

    Normalised with ``options``; the rows of khabar's one reporting-verb file
    (``data/reporting_verbs.tsv``) marked ``stop``: past and present tense, masculine
    and feminine singular. Pass it as ``extra_stopwords`` to
    :func:`helpers.freq.term_frequencies` to drop attribution verbs from a ranking.
    """
    return _reporting(_key(options))


@lru_cache(maxsize=16)
def _reporting_words(options: tuple[tuple[str, bool], ...]) -> dict[str, str]:
    opts = dict(options)
    return {
        normalize(f, **opts): lemma for f, lemma, lists in _reporting_rows() if "quote" in lists
    }


def reporting_words(**options: bool) -> dict[str, str]:
    """Words that introduce a quote: ``{normalised form: lemma as written}``.

    The rows of ``data/reporting_verbs.tsv`` marked ``quote`` (124 forms of 29 lemmas:
    past, present, participle, the verbal noun قوله); the lemma is what the quotes
    table's ``verb`` column shows. Normalised with ``options``; do not modify the dict.
    """
    return _reporting_words(_key(options))
