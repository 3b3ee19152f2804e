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

Each rule reads a word's key (``base``) and proclitics (``clitics``, ``"و+ال"``), which
both counters have per token or per surface type, so both give the same counts.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

__all__ = ["pair_breaks", "word_features"]


@lru_cache(maxsize=1)
def _ends() -> frozenset[str]:
    from helpers.text import formula_ends

    return formula_ends()


@lru_cache(maxsize=1)
def _kept_article() -> frozenset[str]:
    from helpers.text import article_keys

    return frozenset("ال" + k for k in article_keys())


def word_features(bases, clitics) -> dict[str, np.ndarray]:
    """Per word (token or surface type): the bool arrays :func:`pair_breaks` reads.

    ``bases``: term keys (str); ``clitics``: proclitics as the tokens table writes them
    (``""``, ``"و"``, ``"و+ال"``). Returns ``fem`` (the article among the proclitics
    and a key ending in ة), ``nisba`` (the article alone as proclitic and a key of
    three letters or more ending in ي), ``end`` (the key is a :func:`formula_ends` word),
    and ``base`` (the keys, object array)."""
    base = np.asarray(list(bases), dtype=object)
    parts = [str(c).split("+") if c else [] for c in clitics]
    article = np.array(["ال" in p for p in parts], dtype=bool)
    only_article = np.array([p == ["ال"] for p in parts], dtype=bool)
    # a weekday keeps its article in its key (helpers.text.article_keys: الجمعة) and
    # agrees as the day it names: «يوم الجمعة الماضي» reads «الجمعة الماضي», a phrase
    days = _kept_article()
    fem = article & np.array([str(b).endswith("ة") and b not in days for b in base], dtype=bool)
    nisba = only_article & np.array([len(str(b)) >= 3 and str(b).endswith("ي") for b in base], bool)
    ends = _ends()
    end = np.array([b in ends for b in base], dtype=bool)
    return {"fem": fem, "nisba": nisba, "end": end, "base": base}


def pair_breaks(features: dict[str, np.ndarray], first, second) -> np.ndarray:
    """True where the pair (``first[i]``, ``second[i]``) is no phrase (rules 1-2 of the
    module docstring). ``features``: :func:`word_features` of the words; ``first`` and
    ``second``: int arrays of word positions (token rows or type ids) of the same
    length. Returns a bool array of that length."""
    from helpers.text import is_formula

    first = np.asarray(first, dtype=np.int64)
    second = np.asarray(second, dtype=np.int64)
    out = features["fem"][first] & features["nisba"][second]
    closes = np.flatnonzero(features["end"][first])
    if len(closes):
        base = features["base"]
        inside = np.array(
            [is_formula(f"{base[first[i]]} {base[second[i]]}") for i in closes], dtype=bool
        )
        out[closes[~inside]] = True
    return out
