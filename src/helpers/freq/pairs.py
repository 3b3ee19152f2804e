"""Where a word pair is no phrase: the one rule for n-grams inside a sentence.

Every n-gram counter (:func:`helpers.freq.term_frequencies` on a tokens table,
:func:`helpers.freq.finalize_counts` at corpus scale) already stops at punctuation, a
number, a URL, a line break, a sentence, paragraph or zone end, and a stopword. Inside a
run of counted words, two neighbours can still belong to different phrases; a newcomer
read «الخارجية العراقي» and «لله تحرير» among the top bigrams of the embedded stories.
:func:`pair_breaks` says, for each pair of neighbours, whether a phrase ends between
them; an n-gram holding such a pair is not counted (the words themselves are):

1. **The two words do not agree**: a definite word ending in ة (feminine) followed by a
   word that is the article and a key ending in ي, nothing else (a masculine nisba
   adjective): «وزير الخارجية العراقي», the adjective qualifies وزير, so «الخارجية
   العراقي» is no phrase (an adjective agrees with its noun in gender). A preposition
   on the second word (للنادي) makes it no adjective: the pair stays; so does a weekday
   («يوم الجمعة الماضي»: the day agrees as يوم).
2. **The first word closes a formula**: :func:`helpers.text.formula_ends`, the name of
   God, that ends the eulogies and invocations (بحمد الله، رحمه الله) and takes no
   modifier but a praise formula: «تم بحمد لله تحرير مدينة دمشق». A pair that stands
   inside a formula (الله تعالى, :func:`helpers.text.is_formula`) is kept.

A conjunction on the second word is no boundary: on raw text (alyaum and alwatan,
2015-08-04) 18 of 40 sampled pairs so joined were binomials readers use as one phrase
(«الجيش والشرطة», «الأرواح والممتلكات», «ليلاً ونهارًا»); the pair keeps its و as
written («وإسقاط الطاغية» too, a conjunction on the first word).

Each rule reads a word's key (``base``), its written form (``surface``) and its
proclitics (``clitics``, ``"و+ال"``), which both counters have per token or per surface
type, so both give the same counts. Rule 1 reads the written form, not the key (which
folds ة to ه with ``teh_marbuta=True``, ى to ي with ``maqsura=True``), and needs the
proclitics (without them it is off); it keeps a masculine noun in ة
(:func:`masculine_teh_marbuta`: «الخليفة العباسي», «العلامة السعودي»). Rule 2 reads
keys, and for a formula's own pair the keys of the default options: both options give
the same pairs as the defaults.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

__all__ = ["masculine_teh_marbuta", "pair_breaks", "word_features"]


@lru_cache(maxsize=1)
def _ends() -> frozenset[str]:
    from helpers.text import formula_ends

    return formula_ends()


@lru_cache(maxsize=1)
def _kept_article() -> frozenset[str]:
    """The stems that keep the article, weekdays and المائة (``article_keys`` of the
    default options, which fold no ة, ى or ي: the written form)."""
    from helpers.text import article_keys

    return frozenset(article_keys())


@lru_cache(maxsize=1)
def masculine_teh_marbuta() -> frozenset[str]:
    """Masculine nouns written with a final ة (``helpers/text/data/masculine_teh_marbuta.txt``:
    خليفة، داعية، علامة، رحالة، نابغة...; a man named by his office or his gift, of the
    patterns fa'ila and fa''ala), in written form (:func:`helpers.text.normalize` with
    its default options), without the article. They take a masculine adjective, so the
    gender rule keeps «الخليفة العباسي». Raises :class:`helpers.errors.ArgumentError`
    naming the file when it cannot be read."""
    from helpers.io import read_data_list
    from helpers.text import normalize

    words = read_data_list("helpers.text", "masculine_teh_marbuta.txt")
    return frozenset(normalize(w) for w in words)


def _stem(written: str, parts: list[str]) -> str:
    """``written`` without the letters of its proclitics ``parts`` (ل + ال is written لل);
    ``written`` itself when it does not start with them."""
    prefix = "".join(parts).replace("لال", "لل")
    return written[len(prefix) :] if written.startswith(prefix) else written


@lru_cache(maxsize=4096)
def _default_key(surface: str) -> str:
    """The term key of one word under the default normalisation options (the keys
    :func:`helpers.text.is_formula` holds)."""
    from helpers.text.analyse import analyse_types

    return analyse_types([surface])[surface].base


def word_features(bases, clitics, surfaces) -> dict[str, np.ndarray]:
    """Per word (token or surface type): the arrays :func:`pair_breaks` reads.

    ``bases``: term keys (str, any normalisation options); ``clitics``: proclitics as
    the tokens table writes them (``""``, ``"و"``, ``"و+ال"``), or ``None`` when they
    are not known (the gender rule is then off: it needs them; the formula rule is not);
    ``surfaces``: the words as written (the tokens' ``surface`` or the surface types),
    of the same length. The gender rule reads the written form (:func:`helpers.text.normalize`
    with its default options, which fold no ة, ى or ي), so it does not depend on the
    options that made the keys. Returns bool arrays ``fem`` (the article among the
    proclitics, a written form ending in ة, not a weekday nor a
    :func:`masculine_teh_marbuta` noun), ``nisba`` (the article alone as proclitic and a
    written stem of three letters or more ending in ي), ``end`` (the key is a
    :func:`helpers.text.formula_ends` word), and object arrays ``base`` (the keys) and
    ``surface`` (the surfaces). Raises :class:`helpers.errors.ArgumentError` when the
    lengths differ."""
    from helpers.errors import ArgumentError
    from helpers.text import normalize

    base = np.asarray(list(bases), dtype=object)
    surface = np.asarray([str(w) for w in surfaces], dtype=object)
    n = len(base)
    fem = np.zeros(n, dtype=bool)
    nisba = np.zeros(n, dtype=bool)
    if clitics is not None:
        parts = [str(c).split("+") if c else [] for c in clitics]
        if not len(parts) == len(surface) == n:
            raise ArgumentError(
                f"word_features: {n} keys, {len(parts)} clitics, {len(surface)} surfaces"
            )
        days, masculine = _kept_article(), masculine_teh_marbuta()
        for i, p in enumerate(parts):
            if "ال" not in p:
                continue
            stem = _stem(normalize(surface[i]), p)
            if stem.endswith("ة"):
                # a weekday agrees as the day it names: «يوم الجمعة الماضي» (and the
                # percent word: «في المائة» is no noun an adjective follows)
                fem[i] = stem not in days and stem not in masculine
            elif p == ["ال"]:
                nisba[i] = len(stem) >= 3 and stem.endswith("ي")
    elif len(surface) != n:
        raise ArgumentError(f"word_features: {n} keys, {len(surface)} surfaces")
    ends = _ends()
    end = np.array([b in ends for b in base], dtype=bool)
    return {"fem": fem, "nisba": nisba, "end": end, "base": base, "surface": surface}


def pair_breaks(features: dict[str, np.ndarray], first, second) -> np.ndarray:
    """True where the pair (``first[i]``, ``second[i]``) is no phrase (rules 1-2 of the
    module docstring). ``features``: :func:`word_features` of the words; ``first`` and
    ``second``: int arrays of word positions (token rows or type ids) of the same
    length. A formula's own pair is found on the keys of the default options (as
    :func:`helpers.text.is_formula` holds them), whatever options made ``base``.
    Returns a bool array of that length."""
    from helpers.text import is_formula

    first = np.asarray(first, dtype=np.int64)
    second = np.asarray(second, dtype=np.int64)
    out = features["fem"][first] & features["nisba"][second]
    closes = np.flatnonzero(features["end"][first])
    if len(closes):
        base, surface = features["base"], features["surface"]

        def inside(i: int, j: int) -> bool:
            if is_formula(f"{base[i]} {base[j]}"):
                return True
            return is_formula(f"{_default_key(surface[i])} {_default_key(surface[j])}")

        kept = np.array([inside(first[c], second[c]) for c in closes], dtype=bool)
        out[closes[~kept]] = True
    return out
