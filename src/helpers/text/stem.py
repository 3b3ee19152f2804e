"""Optional light stemming, for exploration only.

Snowball's Arabic stemmer (Snowball project, https://snowballstem.org/algorithms/arabic/
stemmer.html) through PyStemmer. It groups inflections (مؤتمر/المؤتمرات) but also maps
الأسد to اسد and leaves والعراق whole, so a stem is **never** a term key for names,
an entity key, or a label shown to readers. Use it as an extra column to explore.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

__all__ = ["stem"]


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("arabic")


def stem(words: str | Iterable[str]) -> str | list[str]:
    """Snowball Arabic stem of one word (returns str) or of each word (returns list).

    Input is used as given; pass ``tokens["base"]`` for stems of clitic-free keys.
    Raises ``TypeError`` if ``words`` is neither a str nor an iterable of str.
    """
    st = _stemmer()
    if isinstance(words, str):
        return st.stemWord(words)
    return st.stemWords(list(words))
