"""A large list of attested Arabic word forms with frequencies: the clitic analyser's lexicon.

Source: **wordfreq** 3.1.1 (R. Speer, https://github.com/rspeer/wordfreq, PyPI ``wordfreq``,
Apache-2.0; data CC-BY-SA), its Arabic ``large`` list: 620,701 word forms with their
frequencies, pooled from Wikipedia, subtitles (OPUS), news (NewsCrawl), web text
(OSCAR) and Twitter up to 2021, shipped inside the package (no download). Forms are as
wordfreq tokenises them: diacritics and tatweel removed, hamza forms kept, proclitics
*not* split (والدته and لافروف are entries). wordfreq's data is frozen (the author
announced in 2024 that it will not be updated); a frozen list is what khabar needs, and
3.1.1 installs from PyPI alone.

Frequencies are given on the **Zipf scale** (van Heuven, Mandera, Keuleers & Brysbaert
2014, "SUBTLEX-UK", QJEP 67(6)): ``log10`` of the frequency per billion words, so 7 is a
word like في, 3 a word seen about once per million words, and 0 a form absent from the
list. wordfreq keeps forms down to about Zipf 1.

The list is re-keyed by khabar's normalised form (:func:`helpers.text.normalize` with the
caller's options: أحمد and احمد become one key whose frequency is the *sum* of theirs).
It is loaded lazily on first use (about 1-2 s, never at ``import helpers``), once per
option set, and cached for the life of the process.
"""

from __future__ import annotations

import math
from functools import lru_cache

from helpers.text.normalize import _key, normalizer_table

__all__ = ["SOURCE", "lexicon", "zipf"]

#: Where the lexicon comes from (package, version, list).
SOURCE = "wordfreq 3.1.1, Arabic 'large' list"


@lru_cache(maxsize=4)
def _lexicon(options: tuple[tuple[str, bool], ...]) -> dict[str, float]:
    """Read wordfreq's Arabic large list and key it by normalised form (Zipf values).

    Read with :func:`wordfreq.read_cBpack` (not ``get_frequency_dict``, whose cache would
    keep a second copy for the life of the process): a list of frequency bins, bin ``i``
    holding the forms of frequency ``10 ** (-i / 100)``.
    """
    import unicodedata

    from wordfreq import available_languages, read_cBpack

    table = normalizer_table(**dict(options))
    bins = read_cBpack(available_languages("large")["ar"])
    out: dict[str, float] = {}
    get = out.get
    for i, forms in enumerate(bins):
        f = 10.0 ** (-i / 100.0)
        for form in forms:
            key = unicodedata.normalize("NFC", form).translate(table)
            out[key] = get(key, 0.0) + f
        bins[i] = []  # free as we go
    # Zipf, rounded to 0.01 as wordfreq does; equal values share one float object
    shared: dict[float, float] = {}
    for key, f in out.items():
        z = round(math.log10(f) + 9.0, 2)
        out[key] = shared.setdefault(z, z)
    return out


def lexicon(**options: bool) -> dict[str, float]:
    """The lexicon: ``{normalised form: Zipf frequency}`` (about 560,000 keys).

    Keys are normalised with ``options`` (:func:`helpers.text.normalize`); values are
    Zipf frequencies (float, ≥ 0, two decimals). Loaded on first call and cached; do not
    modify the returned dict. Raises :class:`helpers.errors.ArgumentError` for an unknown
    option.
    """
    return _lexicon(_key(options))


def zipf(form: str, **options: bool) -> float:
    """Zipf frequency of one normalised form (0.0 when the lexicon lacks it).

    ``form`` must already be normalised with the same ``options``
    (``zipf(normalize("لافروف")) == 3.17``). Raises nothing for a str.
    """
    return _lexicon(_key(options)).get(form, 0.0)
