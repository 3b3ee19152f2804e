"""Conservative splitting of Arabic proclitics (و ف ب ك ل and the article ال).

No analyser on PyPI does this offline at khabar's speed: camel-tools needs its
morphology database downloaded at run time; qalsadi (with arramooz) works offline but
analyses a word in milliseconds, three orders of magnitude too slow for the streaming
path, and both split names (ب+شار). khabar therefore uses a documented rule set, an
exception lexicon (``data/clitic_exceptions.txt``) and **attestation**: a split that is
not marked by the article is made only where the remainder occurs as a word of its own.

Rules, applied to the *light* form of a word (normalised except for alef, so the hamza
of ألمانيا or إلا is still there and cannot be mistaken for the article ال):

1. Words of 2 letters or fewer, stopword forms (كان، ليس، فيما، الذي، بين) and the
   exception lexicon (لبنان، بيان، وليد، الله...) stay whole.
2. An optional conjunction و or ف is peeled off first when what follows is a
   recognisable word (steps 3-5) - وفي = و + في, والعراق = و + ال + عراق.
3. The article: ال + X, بال + X, كال + X (بالطبع = ب + ال + طبع) with X of 2+ letters.
4. ل + ال is written لل: للX is ل + لX when لX is attested (للافروف = ل + لافروف in a
   text that also has لافروف) or when الX... is a function word (للذي = ل + الذي);
   otherwise ل + ال + X (للوجود = ل + ال + وجود).
5. The prepositions ب and ل without the article, and the bare conjunction, split only
   when the remainder is *known*: attested as a standalone word in the same text or
   corpus (or passed in ``known``), a stopword form or a reporting verb, and at least
   3 letters long (2 for function words: وفي، ولا). لبشار = ل + بشار where بشار occurs
   on its own; لافروف stays whole because افروف does not.
6. ك without the article and the future prefix س are never split (كمال، كريم، سيارة،
   سنوات would break), a deliberate loss of recall.

The analysis is per word *type* and cached by the callers.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from helpers.text.normalize import _key, normalizer_table
from helpers.text.stopwords import _read_list, reporting_verbs, stopwords

__all__ = ["CliticSplitter", "exceptions"]

_MAX_LEN = 40  # longer runs (base64, URLs without scheme) are not words: keep whole


@lru_cache(maxsize=16)
def _exceptions(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    light = normalizer_table(**{**dict(options), "alef": False})
    return frozenset(w.translate(light) for w in _read_list("clitic_exceptions.txt"))


def exceptions(**options: bool) -> frozenset[str]:
    """Words never split (light-normalised, alef forms kept): ``data/clitic_exceptions.txt``."""
    return _exceptions(_key(options))


class CliticSplitter:
    """Split proclitics off word types, with a set of attested words as evidence.

    Parameters
    ----------
    known : iterable of str, optional
        Fully normalised words attested in the text or corpus at hand (see
        :meth:`attest`), plus any lexicon the caller trusts (gazetteer names...).
    **options : bool
        Normalisation options (:func:`helpers.text.normalize`).

    Methods
    -------
    split(light) -> (clitics, remainder)
        ``light`` is the word normalised with ``alef=False``; returns the proclitics
        as a ``+``-joined string (``"و+ال"``, ``""`` if none) and the remainder in the
        same light form. Fully normalise the remainder to get the term key.
    """

    def __init__(self, known: Iterable[str] = (), **options: bool) -> None:
        key = _key(options)
        self.options = dict(key)
        self.full = normalizer_table(**self.options)
        self.light = normalizer_table(**{**self.options, "alef": False})
        self.stop = stopwords(**self.options)
        self.function = self.stop | reporting_verbs(**self.options)
        self.exceptions = _exceptions(key)
        self.known: set[str] = set(self.function)
        self.known.update(w.translate(self.full) for w in self.exceptions)
        self.known.update(known)

    @staticmethod
    def attest(light_words: Iterable[str], full_table: dict) -> set[str]:
        """Fully normalised forms of ``light_words`` and of their article-less remainders."""
        out: set[str] = set()
        for w in light_words:
            out.add(w.translate(full_table))
            if w.startswith("ال") and len(w) >= 4:
                out.add(w[2:].translate(full_table))
        return out

    def _rest(self, rest: str, conj: list[str]) -> tuple[str, str] | None:
        full = self.full
        if conj and len(rest) >= 2 and rest.translate(full) in self.function:
            return "+".join(conj), rest
        if rest.startswith("لل") and len(rest) >= 4:
            x = rest[2:]
            if ("ال" + x).translate(full) in self.stop:
                return "+".join([*conj, "ل"]), "ال" + x
            if rest[1:].translate(full) in self.known:
                return "+".join([*conj, "ل"]), rest[1:]
            return "+".join([*conj, "ل", "ال"]), x
        for p in ("", "ب", "ك"):
            if rest.startswith(p + "ال") and len(rest) >= len(p) + 4:
                x = rest[len(p) + 2 :]
                if p and ("ال" + x).translate(full) in self.stop:
                    return "+".join([*conj, p]), "ال" + x
                return "+".join([*conj, *([p] if p else []), "ال"]), x
        if rest[:1] in ("ب", "ل") and len(rest) >= 3:
            x = rest[1:]
            fx = x.translate(full)
            if (len(x) >= 3 and fx in self.known) or fx in self.stop:
                return "+".join([*conj, rest[0]]), x
        if conj and len(rest) >= 3 and rest.translate(full) in self.known:
            return "+".join(conj), rest
        return None

    def split(self, light: str) -> tuple[str, str]:
        """Return ``(clitics, remainder)`` for one light-normalised word (see class doc)."""
        if len(light) <= 2 or len(light) > _MAX_LEN:
            return "", light
        if light in self.exceptions or light.translate(self.full) in self.stop:
            return "", light
        first = light[0]
        if first in ("و", "ف"):
            rest = light[1:]
            if rest not in self.exceptions:
                got = self._rest(rest, [first])
                if got is not None:
                    return got
            return "", light
        got = self._rest(light, [])
        return got if got is not None else ("", light)
