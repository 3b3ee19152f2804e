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

__all__ = ["ARTICLE_ALEFS", "CliticSplitter", "exceptions", "has_article"]

_MAX_LEN = 40  # longer runs (base64, URLs without scheme) are not words: keep whole

#: The letters that write the alef of the article ال: the bare alef, and the alef wasla
#: of vocalised text. A hamzated alef (أ إ آ) is a root letter or the hamza of a verb
#: form, never the article: ألمانيا، ألبانيا، إلغاء، ألف، ألم، ألعاب، إلى، ألا، أليس.
ARTICLE_ALEFS = frozenset("\u0627\u0671")


def has_article(light: str, at: int = 0) -> bool:
    """Whether the article ال is *written* at index ``at`` of a word.

    The one place khabar decides this (the clitic splitter and the entity matcher
    both call it). It is decided on the surface, before alef normalisation: ``light``
    is the word normalised with ``alef=False`` (diacritics and tatweel gone, hamza
    forms kept), so ``has_article("ألمانيا")`` is ``False`` - the hamza proves the
    first letters are the root, not the article - while the hamza-less spelling
    ``has_article("المانيا")`` is ``True`` (the spelling cannot tell, and a bare alef
    + lam is read as the article). ``at`` is a code-point index (``"بالعراق"``, 1).
    Only the two letters are tested; callers apply their own length rules.
    Pure string test; raises nothing.
    """
    return light[at : at + 1] in ARTICLE_ALEFS and light[at + 1 : at + 2] == "\u0644"


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
    split(light, full=None) -> (clitics, base)
        ``light`` is the word normalised with ``alef=False``; returns the proclitics
        as a ``+``-joined string (``"و+ال"``, ``""`` if none) and the fully normalised
        remainder, the term key.
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
        add = out.add
        for w in light_words:
            f = w.translate(full_table)
            add(f)
            if len(w) >= 4 and has_article(w):
                add(f[2:])
        return out

    def _rest(self, light: str, full: str, o: int, c: str) -> tuple[str, str] | None:
        # light[o:] is what follows the conjunction (c is "" or "و+" / "ف+"); full is
        # light with alef unified, same length, so full[i:] is the key of light[i:].
        # Hot path of the streaming counter: plain character tests, no allocation.
        n = len(light) - o
        if c and full[o:] in self.function:
            return c[:-1], full[o:]
        ch = light[o]
        ch2 = light[o + 1]
        if ch == "ل":
            if light.startswith("لله", o) and n == 3:  # ل + الله (بحمد لله)
                return c + "ل", "الله"
            if ch2 == "ل" and n >= 4:  # ل + ال is written لل
                x = full[o + 2 :]
                if "ال" + x in self.stop:
                    return c + "ل", "ال" + x
                if full[o + 1 :] in self.known:
                    return c + "ل", full[o + 1 :]
                return c + "ل+ال", x
            x = full[o + 1 :]
            if (n >= 4 and x in self.known) or x in self.stop:
                return c + "ل", x
        elif ch in ARTICLE_ALEFS:
            if n >= 4 and has_article(light, o):
                if n == 4 and light.endswith("له"):  # والله: و + الله, not و + ال + له
                    return c[:-1], "الله"
                return c + "ال", full[o + 2 :]
        elif ch == "ب" or ch == "ك":
            if n >= 5 and has_article(light, o + 1):  # بال، كال (not بألمانيا)
                x = full[o + 3 :]
                if x == "له":  # بالله: ب + الله
                    return c + ch, "الله"
                if "ال" + x in self.stop:
                    return c + ch, "ال" + x
                return c + ch + "+ال", x
            if ch == "ب":
                x = full[o + 1 :]
                if (n >= 4 and x in self.known) or x in self.stop:
                    return c + "ب", x
        if c and n >= 3 and full[o:] in self.known:
            return c[:-1], full[o:]
        return None

    def split(self, light: str, full: str | None = None) -> tuple[str, str]:
        """Return ``(clitics, base)`` for one word (see the class docstring).

        ``light`` is the word normalised with ``alef=False``; ``full`` the same word
        fully normalised (computed if omitted). ``base`` is fully normalised: the key.
        """
        if full is None:
            full = light.translate(self.full)
        if len(light) <= 2 or len(light) > _MAX_LEN or len(full) != len(light):
            return "", full
        if full in self.stop or light in self.exceptions:
            return "", full
        first = light[0]
        if first == "و" or first == "ف":
            if light[1:] in self.exceptions:  # ولبنان، والله: the rest is a known word
                return first, full[1:]
            got = self._rest(light, full, 1, first + "+")
            if got is not None:
                return got
            return "", full
        got = self._rest(light, full, 0, "")
        return got if got is not None else ("", full)
