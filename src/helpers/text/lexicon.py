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
option set, and cached for the life of the process. When the environment variable
``KHABAR_LEXICON_CACHE`` names a folder (the main job sets it to its build cache, so its
tables process and its five kernels build the list once, not five times), the keyed
list is also kept there as a pickle (about 14 MB, read in 0.3 s), named by a hash of
wordfreq's data file (path, size, modification time) and of the normalisation table,
so a change to either gives another file.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import pickle
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

    table = normalizer_table(**dict(options))
    data = _data_file()
    stored = _stored(data, table)
    if stored is not None:
        try:
            with open(stored, "rb") as fh:
                return pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError):
            pass
    from wordfreq import read_cBpack

    bins = read_cBpack(data)
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
    if stored is not None:
        _store(out, stored)
    return out


#: wordfreq's Arabic "large" list, inside the installed package.
DATA_FILE = os.path.join("data", "large_ar.msgpack.gz")


def _data_file() -> str:
    """The path of wordfreq's Arabic large list, found without importing wordfreq (its
    import, with langcodes and msgpack, takes 0.2 s of each kernel whose lexicon comes
    from the cache): the package folder from :func:`importlib.util.find_spec`, which
    reads no module, and ``data/large_ar.msgpack.gz`` in it, the same path string as
    ``wordfreq.available_languages("large")["ar"]``. When that file is not there (another
    wordfreq layout), the path wordfreq itself gives.
    """
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = os.path.join(folder, DATA_FILE)
        if os.path.isfile(path):
            return path
    from wordfreq import available_languages

    return available_languages("large")["ar"]


def _stored(data: str, table: dict) -> str | None:
    """Where the keyed list is kept (``$KHABAR_LEXICON_CACHE/lexicon-<hash>.pkl``), or
    None without that variable."""
    folder = os.environ.get("KHABAR_LEXICON_CACHE")
    if not folder:
        return None
    try:
        st = os.stat(data)
    except OSError:
        return None
    what = repr((SOURCE, data, st.st_size, st.st_mtime_ns, sorted(table.items())))
    digest = hashlib.sha256(what.encode("utf-8")).hexdigest()[:20]
    return os.path.join(folder, f"lexicon-{digest}.pkl")


def _store(out: dict[str, float], path: str) -> None:
    """Pickle the list to ``path`` through a temporary file renamed into place (a reader
    never sees half a file); a folder that cannot be written is skipped."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(out, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


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
