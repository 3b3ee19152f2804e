"""The offline recogniser: one Aho-Corasick automaton over all gazetteer aliases, plus rules.

How a zone is read
------------------
1. :func:`helpers.text.tokenize_zones` gives tokens with offsets, normalised forms and
   proclitic splits.
2. Each word gets a **key** (:mod:`helpers.entities.keys`): the whole word when the
   gazetteer or the rule lexicons know it (لبنان stays لبنان), else the text layer's
   reading of its proclitics (:mod:`helpers.text.clitics`, the one place that analyses
   them: وبموسكو → موسكو, لبشار → بشار, للاذقية → لاذقيه). The matcher peels nothing
   itself; it only refuses a split into a *name* where the lexicon reads the written
   word as one word (بروس is no ب + روس, :func:`_whole`), and takes the split of the
   rules' head nouns as it is (لتنظيم، بمحافظة). An inner word of a listed name that
   the text layer splits (بجدة of الغرفة التجارية الصناعية بجدة) is not "known": the
   name is listed with the split key too, and بجدة elsewhere stays ب + جدة.
3. The keys of the zone, space-joined, run through one ``pyahocorasick`` automaton built
   over the space-joined keys of every alias (and its spelling variants), so matching is
   linear in the text length whatever the gazetteer size. Matches must start and end at
   token boundaries, and the article must agree with the alias (الأمل "hope" is not the
   town آمل; nationality adjectives take it or not); a one-word match is dropped when
   the word is a stopword (عنه is not the town عنة) or carries tanween (دوراً "a role"
   is not the town Dura).
4. Rules (:mod:`helpers.entities.rules`) add spans for unlisted names.
5. Overlaps are resolved longest first (a gazetteer match beats a rule on a tie):
   ``وزارة الخارجية الروسية`` beats ``الروسية``.
6. Per story: an ambiguous place takes the candidate whose country the story names
   (طرابلس in a story that names لبنان is Tripoli, Lebanon), otherwise the most
   populous; then :mod:`helpers.entities.aliases` links surnames to full names.

Spelling variants generated for every alias: غ/ج in foreign names (سيرغي/سيرجي,
فاغنر/فاجنر), ير/ري (أميركي/أمريكي), final يا/ية for places (سوريا/سورية). A variant
never takes a key that an explicit alias already has. Nationality adjectives get their
feminine, dual and sound plural forms (روسي → روسية، روسيان، روسيون، روسيين).

Mentions exclude attached proclitics: ``للافروف`` gives ``لافروف``, ``والعراق``
gives ``العراق``; for ``لل`` only the preposition is removed (``للخارجية`` gives
``لخارجية``, the article's ل and what follows). Offsets can drop letters but never add
the article's alef, so the surface of such a mention lacks it while its canonical name
(built by a rule) restores it: surface ``لخارجية العراقية``, canonical ``الخارجية
العراقية``. Where the stem itself starts with ل, ``لل`` writes ل + ال + ل (``للجنة``
= ل + اللجنة); the surface is ``لجنة…`` and, when a rule reads the word as definite
(a definite adjective follows), the canonical is ``اللجنة…``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, repeat

import ahocorasick

from helpers.charsets import (
    DIACRITICS,
    HONORIFIC_LIGATURE_SET,
    INVISIBLE,
    QUOTE_PAIRS,
    REVERSED_OPENER,
    TATWEEL,
)
from helpers.entities import rules
from helpers.entities.gazetteer import (
    Gazetteer,
    agency_adjectives,
    agency_ids,
    bare_alef_names,
    first_names,
    newspaper_names,
    place_context,
    quoted_names,
    sports_context_keys,
    sports_names,
    stock_names,
)
from helpers.entities.keys import (
    fold,
    join_latin_article,
    latin_article_split,
    latin_key,
    maqsura_key,
    peel_surface,
    phrase_keys,
    word_key,
)
from helpers.entities.keys import (
    normal as _normal,
)
from helpers.text import has_article, normalize, reporting_verbs, stopwords
from helpers.text.lexical import takes_article, whole_word_wins, zipf
from helpers.text.tokenize import opens_reversed

__all__ = [
    "CompiledGazetteer",
    "Span",
    "Zone",
    "compile_gazetteer",
    "read_raw_zone",
]

_TANWEEN = frozenset("\u064b\u064c\u064d")


@dataclass(slots=True)
class Span:
    """A candidate mention: tokens ``i`` to ``j`` (exclusive) of one zone."""

    i: int
    j: int
    type: str
    method: str  # gazetteer, rule, alias
    cands: list[int] = field(default_factory=list)  # gazetteer rows, best first
    priority: int = 0  # lower wins on equal length
    #: The rule read the first token as definite though the article is not written
    #: apart: للجنة as ل + اللجنة (ل + ال + لجنة, the article's ل merged with the
    #: stem's). Its canonical name restores the article (:meth:`Zone.phrase`).
    article: bool = False
    #: The candidate order was decided by the word's own vowel marks (عمّان Amman,
    #: عُمان Oman): the story's countries do not override it.
    fixed: bool = False
    #: A person named by a role alias of the gazetteer, no word of the name
    #: (خادم الحرمين الشريفين): before the name itself it is only the title.
    role: bool = False


@dataclass
class Zone:
    """Tokens of one zone with their matching keys (internal to the recogniser).

    One column a token attribute: tuples, except the four a rule may change when it
    reads a word whole (:meth:`reread`: ``key``, ``form``, ``peel``, ``clitics``, lists).
    """

    story_id: str
    zone: str
    text: str
    start: tuple[int, ...]
    end: tuple[int, ...]
    kind: tuple[str, ...]
    key: list[str]
    form: list[str]  # normalised word without the non-article proclitics
    peel: list[int]  # letters of proclitic to skip at the start of the surface
    #: the text layer's proclitics of each word other than the article, in reading
    #: order (``("و", "ل")`` for وللجنة; ``()`` for none): what the rules ask about
    #: a word's proclitics (a conjunction, the preposition ل), never its letters
    clitics: list[tuple[str, ...]]
    definite: tuple[bool, ...]
    stop: tuple[bool, ...]
    tanween: tuple[bool, ...]
    sentence: tuple[int, ...]
    #: :meth:`light` of each token asked, by index: the rules ask the same word's
    #: lexicon form many times (a title's name, a verb's subject, a coordinated name)
    _lights: dict[int, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    #: :meth:`types`, until a word is read again (:meth:`reread`)
    _types: frozenset | None = field(default=None, init=False, repr=False, compare=False)
    #: how many times :meth:`reread` changed a key: a loop over positions found from
    #: the keys (:meth:`where`) asks again when this moves
    rereads: int = field(default=0, init=False, repr=False, compare=False)
    #: the tokens :meth:`reread` read whole (a rule vouched for the whole word as a
    #: name: :func:`helpers.entities.aliases._full_name` asks no more of it)
    wholes: set[int] = field(default_factory=set, init=False, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.key)

    def types(self) -> frozenset[str]:
        """The distinct keys of the zone (worked out once, again after :meth:`reread`):
        a rule that starts only at some words asks this set first (a C-level set
        operation), and scans the tokens only when one of its words is there."""
        if self._types is None:
            self._types = frozenset(self.key)
        return self._types

    def where(self, words) -> list[int]:
        """Indices (ascending) of the tokens whose key is in ``words`` (a set of keys);
        ``[]`` at once when the zone holds none of them (:meth:`types`)."""
        found = self.types() & words
        if not found:
            return []
        # the membership test of each key mapped at C level (itertools.compress): the
        # same indices as a comprehension over enumerate(self.key), about 3 times faster
        return list(compress(range(len(self.key)), map(found.__contains__, self.key)))

    def reread(self, j: int, key: str, form: str) -> None:
        """Read token ``j`` as one whole word with ``key`` and ``form``, its proclitic
        part of it (no peeled letters, no proclitics): a name the rules read whole
        (:func:`helpers.entities.rules.names._read_whole`). The one place a key changes."""
        self.key[j] = key
        self.form[j] = form
        self.peel[j] = 0
        self.clitics[j] = ()
        self._types = None
        self.rereads += 1
        self.wholes.add(j)

    def display(self, i: int, *, article: bool = False) -> str:
        """Token ``i`` for display: without proclitics and marks, hamza kept, in its
        dictionary form (the article that ``لل`` hides restored).

        ``للخارجية`` → ``الخارجية`` (ل + ال: the surface after the preposition is
        ``لخارجية``, the article's alef is restored), ``وإيلكا`` → ``إيلكا``. With
        ``article=True`` (a rule read the word as definite, see :attr:`Span.article`),
        a word whose form shows no article gets one: ``للجنة`` → ``اللجنة``.
        """
        word = _normal(self.text[self.char_start(i) : self.end[i]], False)
        return self.hidden_article(i, article=article) + word

    def hidden_article(self, i: int, *, article: bool = False) -> str:
        """The letters of the article that the writing of token ``i`` hides after the
        preposition ل, to write before its surface (its text after the peeled
        proclitics, ``text[char_start(i):end[i]]``): ``"ا"`` for للمملكة (surface
        ``لمملكة``: ل + المملكة, the article's alef not written), ``"ال"`` for
        للبنانيين (ل + اللبنانيين: alef and lam not written, the form says so), ``"ال"`` with
        ``article=True`` for a word whose form shows no article (للجنة read as ل + ال +
        لجنة, :attr:`Span.article`), else ``""`` (the article written, المملكة، بالمملكة;
        or none). The one rule of :meth:`display` (canonical names) and of a mention's
        ``written`` form (:func:`helpers.entities.extract_entities`)."""
        form = self.form[i]
        if not article and not form.startswith("ال"):
            return ""  # no article in the form, none asked: whatever the surface
        word = _normal(self.text[self.char_start(i) : self.end[i]], True)
        if word.startswith("ال"):
            return ""
        if form.startswith("ال"):
            # the letters the form has before the written word: ل + المملكة hides the
            # alef (للمملكة); ل + اللبنانيين hides alef and lam (للبنانيين)
            hidden = len(form) - len(word)
            return form[:hidden] if hidden in (1, 2) else "ا"
        return "ال" if article else ""

    def phrase(self, i: int, j: int, *, article: bool = False) -> str:
        """Tokens ``i`` to ``j`` for display: the text from the first token's name (its
        proclitics removed, its article restored, see :meth:`display`) to the end of the
        last, marks (diacritics, tatweel) removed, so inner words keep their proclitics
        (العدالة والتنمية، معهد ماساتشوستس للتكنولوجيا)."""
        rest = _normal(self.text[self.end[i] : self.end[j - 1]], False)
        return " ".join((self.display(i, article=article) + rest).split())

    def light(self, i: int) -> str:
        """Token ``i`` as written without its peeled proclitics, normalised with
        ``alef=False`` (hamza kept): the form looked up in the lexicon (worked out once
        per token)."""
        got = self._lights.get(i)
        if got is None:
            got = self._lights[i] = _normal(self.text[self.char_start(i) : self.end[i]], False)
        return got

    def char_start(self, i: int) -> int:
        """Offset of token ``i`` in the zone text, after its peeled proclitics."""
        s = self.start[i]
        k = self.peel[i]
        if not k and _MARK_OF.get(self.text[s]) is False:
            return s  # most tokens: nothing peeled, a letter first (one met before)
        pos = s
        end = self.end[i]
        while k > 0 and pos < end:
            if not _is_mark(self.text[pos]):
                k -= 1
            pos += 1
        while pos < end and _is_mark(self.text[pos]):
            pos += 1
        return pos


#: Characters written inside a word that are no letter: Arabic combining marks, tatweel
#: and invisible formatting characters (helpers.charsets, the one definition).
_MARKS = frozenset(DIACRITICS) | frozenset(INVISIBLE) | {TATWEEL}


#: :func:`_is_mark` of each character met.
_MARK_OF: dict[str, bool] = {}


def _is_mark(ch: str) -> bool:
    got = _MARK_OF.get(ch)
    if got is None:
        got = _MARK_OF[ch] = ch in _MARKS or unicodedata.category(ch) == "Mn"
    return got


def _final_tanween(word: str) -> bool:
    """Whether a written word ends in tanween (an indefinite case ending: كتابٌ،
    كتاباً، كتابًا، هدىً): a tanween mark among the marks after its last letter, or
    after the letter before a final alef. A mark inside the word is no case ending:
    a name part written with a stray mark in it (الجبً ير) stays a name
    (persons, session 7)."""
    if _TANWEEN.isdisjoint(word):
        return False  # most words: no tanween mark at all
    end = len(word)
    while end > 0 and _is_mark(word[end - 1]):
        end -= 1
    if not _TANWEEN.isdisjoint(word[end:]):
        return True
    if end > 1 and word[end - 1] in "اى":
        core = end - 1
        while core > 0 and _is_mark(word[core - 1]):
            core -= 1
        return not _TANWEEN.isdisjoint(word[core : end - 1])
    return False


def _variants(keys: tuple[str, ...], typ: str) -> set[tuple[str, ...]]:
    """Spelling variants of an alias's keys (see the module docstring)."""
    out: set[tuple[str, ...]] = set()
    if typ in ("PERSON", "LOC", "ORG", "NORP"):
        for a, b in (("غ", "ج"), ("ج", "غ")):
            v = tuple(k.replace(a, b) for k in keys)
            if v != keys:
                out.add(v)
    if typ in ("LOC", "NORP", "ORG"):
        for a, b in (("يرك", "ريك"), ("ريك", "يرك")):
            v = tuple(k.replace(a, b) for k in keys)
            if v != keys:
                out.add(v)
    if typ == "PERSON":
        out |= _abd_variants(keys)
    if typ == "LOC" and len(keys[-1]) >= 4:
        last = keys[-1]
        if last.endswith("يا"):
            out.add((*keys[:-1], last[:-1] + "ه"))
        elif last.endswith("يه"):
            out.add((*keys[:-1], last[:-1] + "ا"))
    return out


def _abd_variants(keys: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A compound name in عبد written fused or spaced (عبد الفتاح / عبدالفتاح، عبد ربه /
    عبدربه): for an alias's spaced pair (keys ``عبد``, ``فتاح``: the article is not in a
    key) the fused word with and without the article (``عبدالفتاح``, ``عبدفتاح``); for a
    fused word (``عبدالله``, ``عبدربه``) the spaced pair."""
    out: set[tuple[str, ...]] = set()
    for t, k in enumerate(keys):
        if k == "عبد" and t + 1 < len(keys):
            rest = keys[t + 1]
            for fused in ("عبدال" + rest, "عبد" + rest):
                out.add((*keys[:t], fused, *keys[t + 2 :]))
        elif k.startswith("عبد") and len(k) > 4:
            rest = k[3:]
            rest = rest[2:] if rest.startswith("ال") and len(rest) > 3 else rest
            out.add((*keys[:t], "عبد", rest, *keys[t + 1 :]))
    return out


def _variant_signature(keys: tuple[str, ...], v: tuple[str, ...], sig):
    """The article signature of variant ``v`` of ``keys`` (signature ``sig``, one flag a
    key, or None): the same where the words stay; a fused عبد word (:func:`_abd_variants`)
    has no article of its own, and of a spaced pair the second word has the article the
    fused word held after عبد (عبدالله → عبد + الله)."""
    if sig is None or len(v) == len(keys):
        return sig
    t = next(t for t, (a, b) in enumerate(zip(keys, v, strict=False)) if a != b)
    if len(v) < len(keys):  # عبد + فتاح -> عبدالفتاح
        return (*sig[:t], False, *sig[t + 2 :])
    return (*sig[:t], False, keys[t][3:].startswith("ال"), *sig[t + 1 :])


def _everyday_variant(variant: tuple[str, ...], readings) -> bool:
    """A generated one-word spelling of a place that is an everyday word: the lexicon
    gives no sign of a name (:func:`helpers.text.lexical.looks_like_name`) and knows
    it better than every written spelling of the alias (جريان "flowing", a ج-spelling of
    the Libyan town غريان: 3.28 against 2.58). Such a variant is not matched."""
    from helpers.text.lexical import looks_like_name, zipf

    if len(variant) != 1:
        return False
    word = variant[0]
    if looks_like_name(word):
        return False
    return all(zipf(word) > zipf(" ".join(k)) for k, _ in readings if len(k) == 1)


def _inflect_norp(keys: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Feminine, dual and sound plural forms of a nationality adjective's keys."""
    out = set()
    if all(k.endswith("ي") for k in keys if len(k) > 2):
        for suffix in ("ه", "ان", "ون", "ين", "تان", "تين"):
            out.add(tuple(k + suffix if len(k) > 2 else k for k in keys))
    return out


@dataclass(eq=False)
class CompiledGazetteer:
    """A gazetteer compiled for matching (built once per :class:`Gazetteer`).

    Attributes
    ----------
    gazetteer : Gazetteer
    automaton : ahocorasick.Automaton
        Over ``" " + " ".join(keys) + " "`` of every alias and variant; the value is
        ``(n_tokens, candidate_list_index)``.
    candidates : list of tuple of int
        Gazetteer rows per distinct alias key sequence, best first (tuples: the garbage
        collector stops tracking them once seen, so a full collection skips them).
    vocab : set of str
        Every word key the automaton or the rules can use (for key choice), read
        whole wherever written; not the inner words of listed names that the text
        layer reads as a proclitic + a word (بجدة، ومركز): those are matched inside
        their names only (:func:`_inner_readings`).
    known : set of str
        Normalised alias words and first names (usable as ``known`` words of
        :func:`helpers.text.tokenize`; the recogniser itself does not need them).
    n_patterns : int
        Distinct key sequences in the automaton.
    """

    gazetteer: Gazetteer
    automaton: ahocorasick.Automaton
    candidates: list[tuple[int, ...]]
    vocab: set[str]
    known: set[str]
    n_patterns: int
    guarded_ci: set[int]
    signatures: list
    norp_keys: set[str]
    #: key of a nationality adjective's spelling or inflection -> the same inflection of
    #: its canonical name (امريكي → اميركي, امريكيه → اميركيه): rule-built entity ids
    #: use it, so الجيش الأمريكي and الجيش الأميركي are one entity
    norp_canon: dict[str, str]
    person_first_last: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]]
    person_surnames: dict[str, list[int]]
    maqsura_names: frozenset[str]  # first names that are a stopword with ى: علي/على
    types: list[str]
    countries: list[str]
    ids: list[str]
    canonicals: list[str]
    #: entity id of a country -> its name (the LOC row's canonical): the label of its
    #: nationality adjectives' mentions (country:SA -> السعودية, never سعودي)
    country_names: dict[str, str]
    first_names: dict[str, bool]
    stop: frozenset[str]
    reporting: frozenset[str]  # keys of reporting verbs (قال، أكد، وأضاف...)
    context_rows: frozenset[int]  # rows with a guarded name of data/place_context.txt
    marks: dict[int, list[frozenset]]  # row -> vowel-mark signatures of its aliases
    sports_rows: frozenset[int]  # ORG rows with a club name of data/sports_names.csv
    sports_keys: frozenset[str]  # keys of data/sports_context.txt
    #: ORG rows with a short name of data/stock_names.csv (rules.context_shares)
    stock_rows: frozenset[int]
    #: ORG rows with a short name of data/quoted_names.csv (rules.context_quoted)
    quoted_rows: frozenset[int]
    #: keys of a club name of data/sports_names.csv -> its ORG rows, whether or not a
    #: place shares the name (روما): an opponent cue picks the club
    club_keys: dict[tuple[str, ...], list[int]]
    #: keys of a newspaper name of data/newspapers.csv -> its ORG row
    newspapers: dict[tuple[str, ...], int]
    #: key pairs of the nationality adjectives of two words (الكورية الجنوبية، الكوري
    #: الجنوبي): a body's nationality at the end of its name (rules, session 24)
    norp_pairs: frozenset[tuple[str, str]]
    #: key of a nationality adjective that names a news agency after a source word
    #: (data/agency_adjectives.tsv: الفرنسية AFP) -> the agency's row
    agency_adjectives: dict[str, int]
    #: first keys of the names of ``newspapers`` (a word that starts none is skipped)
    newspaper_firsts: frozenset[str]
    #: ``(title keys, name keys)`` of a PERSON alias written with its title (الملك
    #: سلمان) -> the row: the title rule links such a name to the entity
    titled: dict[tuple[tuple[str, ...], tuple[str, ...]], int]
    #: candidate lists (automaton values) of PERSON role aliases (see Span.role)
    role_ci: frozenset[int]
    #: keys whose split by the text layer is taken as is (see _choose): the rules' head
    #: nouns and the news agencies a story credits (:func:`_credited_agencies`)
    heads: frozenset[str]
    #: one-word keys of LOC aliases written with the article that are also a NORP
    #: form (السعودية): the context decides, see gazetteer_spans
    definite_places: frozenset[str]
    #: cache of :func:`_reading` per distinct token (kind, norm, base, clitics, surface)
    choices: dict = field(default_factory=dict)
    #: keys that are words of a multi-word alias (وينبع of الهيئة الملكية للجبيل وينبع):
    #: the conjunction split of :func:`_choose` never applies to them
    phrase_words: frozenset[str] = frozenset()
    #: keys of the one-word aliases (لحج، لوزان): after the conjunction, a word the text
    #: layer reads as و + ل + حج is read as و + لحج (see :func:`_choose`)
    single_names: frozenset[str] = frozenset()
    #: keys of first names in أل whose bare-alef spelling is read whole, not as the
    #: article (:func:`helpers.entities.gazetteer.bare_alef_names`: الكسندر)
    bare_alef: frozenset[str] = frozenset()
    #: first key of a multi-word LOC alias -> the keys of its other words, one tuple
    #: an alias (مكه -> {("مكرمه",)}): a word the lexicon reads whole though it is
    #: ب + that first word (بمكة) is read ب + it before the rest (:func:`_place_after_b`)
    place_phrases: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    #: cache of :func:`_place_after_b`: written form -> (key, form) of the word after
    #: ب, or None where the form cannot start a place
    b_places: dict = field(default_factory=dict)
    #: first key in ب/ل/ك of a multi-word alias of any type -> the keys of its other
    #: words (بروسيا -> {("دورتموند",)}): a word the text layer reads و + ب + روسيا is
    #: و + that first word before the rest (:func:`_name_after_conjunction`)
    clitic_phrases: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    #: cache of :func:`_name_after_conjunction`: ب/ل/ك + written form -> its key
    clitic_wholes: dict = field(default_factory=dict)
    #: cache of :func:`_bare_noun_head`: automaton value (candidate rows) -> the one
    #: normalised canonical name that all are (LOC, with the article), else None
    bare_heads: dict = field(default_factory=dict)


_COMPILED: dict[int, tuple[Gazetteer, CompiledGazetteer]] = {}
_SPORTS_NAMES = frozenset(name for _eid, name in sports_names())
_STOCK_NAMES = frozenset(name for _eid, name in stock_names())
_QUOTED_NAMES = frozenset(name for _eid, name in quoted_names())


def compile_gazetteer(gaz: Gazetteer) -> CompiledGazetteer:
    """Build (or fetch from a small cache) the automaton and lexicons for ``gaz``.

    Cost is linear in the total number of alias characters; the result is cached per
    gazetteer object.
    """
    hit = _COMPILED.get(id(gaz))
    if hit is not None and hit[0] is gaz:
        return hit[1]
    table = gaz.table
    tier = {"cldr": 1, "geonames": 2}
    explicit: dict[tuple[str, ...], list[tuple]] = {}
    generated: dict[tuple[str, ...], list[tuple]] = {}
    articles: dict[tuple[str, ...], set[tuple[bool, ...]]] = {}
    guarded: dict[tuple[str, ...], list[tuple]] = {}
    guarded_articles: dict[tuple[str, ...], set] = {}
    known: set[str] = set()
    titled: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
    roles: set[tuple[str, ...]] = set()
    for row, (typ, aliases, source, pop, guard) in enumerate(
        zip(
            table["type"],
            table["aliases"],
            table["source"],
            table["population"],
            table["guarded"],
            strict=True,
        )
    ):
        rank = (tier.get(source, 0), -int(pop), row)
        for alias in guard:
            keys = phrase_keys(alias)
            if keys:
                guarded.setdefault(keys, []).append((*rank, row))
                # the article must agree as for other aliases: خمس دقائق is not الخمس
                for gkeys, sig in _alias_readings(alias):
                    guarded_articles.setdefault(gkeys, set()).add(None if typ == "NORP" else sig)
        canon_keys = set(phrase_keys(table["canonical"].iat[row])) if typ == "PERSON" else set()
        for alias in aliases:
            readings = _alias_readings(alias)
            if not readings[0][0]:
                continue
            if typ == "PERSON":
                keys = readings[0][0]
                title = next(
                    (n for n in (3, 2, 1) if n < len(keys) and keys[:n] in rules.TITLES), 0
                )
                if title:
                    # الملك سلمان: the name after the title, linked by the title rule
                    titled.setdefault((keys[:title], keys[title:]), row)
                    continue
                if not canon_keys & set(keys):
                    roles.add(keys)  # خادم الحرمين الشريفين
            for w in normalize(alias).split():
                known.add(w)
                if w.startswith("ال") and len(w) >= 5:
                    known.add(w[2:])
            for keys, sig in readings:
                if typ == "NORP":
                    sig = None
                for v in (keys, *_variants(keys, typ)):
                    articles.setdefault(v, set()).add(_variant_signature(keys, v, sig))
                explicit.setdefault(keys, []).append((*rank, row))
            keys = readings[0][0]
            extra = set().union(*(_variants(k, typ) for k, _ in readings))
            if typ == "LOC":
                extra = {v for v in extra if not _everyday_variant(v, readings)}
            if typ == "NORP":
                # inflected forms are real forms: they rank as explicit aliases
                for v in {v for k, _ in readings for v in _inflect_norp(k)}:
                    explicit.setdefault(v, []).append((*rank, row))
                    extra |= _variants(v, typ)
                    for w in (v, *_variants(v, typ)):
                        articles.setdefault(w, set()).add(None)
            for v in extra:
                generated.setdefault(v, []).append((*rank, row))
    patterns: dict[tuple[str, ...], list[int]] = {}
    for keys, ranks in explicit.items():
        patterns[keys] = _dedupe(ranks)
    for keys, ranks in generated.items():
        if keys not in patterns:
            patterns[keys] = _dedupe(ranks)
    auto = ahocorasick.Automaton()
    candidates: list[tuple[int, ...]] = []
    guarded_ci: set[int] = set()
    for keys, ranks in guarded.items():
        if keys not in patterns:
            patterns[keys] = _dedupe(ranks)
            guarded_ci.add(len(patterns) - 1)
    names = first_names()
    lexicon_keys = _lexicon_keys(names)
    # an inner word of a listed phrase that the text layer reads as a proclitic + a
    # word (بجدة، ومركز) is no vocabulary: it is matched inside its phrase only (below);
    # a first word, a one-word name and the rules' lexicons are read whole everywhere
    vocab: set[str] = {k for keys in patterns for k in keys} | lexicon_keys
    inner_only = {k for keys in patterns for k in keys[1:]} - {k[0] for k in patterns}
    inner_only -= lexicon_keys
    phrase_words = frozenset(k for keys in patterns for k in keys if len(keys) > 1)
    single_names = frozenset(keys[0] for keys in patterns if len(keys) == 1)
    bare_alef = bare_alef_names()
    heads = frozenset().union(
        rules.ORG_HEADS,
        rules.PLACE_HEADS,
        rules.DIRECTORATE_HEADS,
        *(frozenset(t[:1]) for t in rules.TITLES if not t[0].startswith("ال")),
        _credited_agencies(table),
    )
    split = _inner_readings(
        inner_only, vocab - inner_only, heads, phrase_words, single_names, bare_alef
    )
    vocab -= split.keys()
    for keys, ci in [(k, ci) for ci, k in enumerate(patterns) if set(k[1:]) & split.keys()]:
        # the phrase as the text reads it: ومركز of «… ومركز الأبحاث» is و + مركز in the
        # text (no longer vocabulary), so the phrase is also listed with مركز, the
        # article flag of such a word being the text's (بجدة: none)
        v = (keys[0], *(split[k][0] if k in split else k for k in keys[1:]))
        if v in patterns:
            continue
        patterns[v] = patterns[keys]
        flags = [None, *(split[k][1] if k in split else None for k in keys[1:])]
        sigs = guarded_articles if ci in guarded_ci else articles
        sigs[v] = {
            None if sig is None else tuple(map(_flag, flags, sig)) for sig in sigs.get(keys, ())
        }
        if ci in guarded_ci:
            guarded_ci.add(len(patterns) - 1)
        if keys in roles:
            roles.add(v)
    signatures = [None] * len(patterns)
    for ci, keys in enumerate(patterns):
        # a guarded-only pattern takes its own names' signatures, never an explicit one's
        sigs = guarded_articles.get(keys) if ci in guarded_ci else articles.get(keys)
        if sigs and None not in sigs:
            signatures[ci] = frozenset(sigs)
    norp_keys: set[str] = set()
    norp_pairs: set[tuple[str, ...]] = set()
    person_first_last: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = {}
    person_surnames: dict[str, list[int]] = {}
    for keys, rows in explicit.items():
        row = _dedupe(rows)[0]
        if len(keys) >= 2 and table["type"].iat[row] == "PERSON":
            person_first_last.setdefault((keys[0], keys[-1]), []).append((keys, row))
            if keys[-1] != "الله" and row not in person_surnames.setdefault(keys[-1], []):
                person_surnames[keys[-1]].append(row)
    role_ci: set[int] = set()
    for ci, (keys, rows) in enumerate(patterns.items()):
        if keys in roles:
            role_ci.add(len(candidates))
        auto.add_word(" " + " ".join(keys) + " ", (len(keys), len(candidates)))
        candidates.append(tuple(rows))
        if (
            len(keys) == 1
            and ci not in guarded_ci
            and any(table["type"].iat[r] == "NORP" for r in rows)
        ):
            norp_keys.add(keys[0])
        elif (
            len(keys) == 2
            and ci not in guarded_ci
            and any(table["type"].iat[r] == "NORP" for r in rows)
        ):
            norp_pairs.add(keys)
    norp_canon: dict[str, str] = {}
    for row in range(len(table)):
        if table["type"].iat[row] != "NORP":
            continue
        canon = phrase_keys(table["canonical"].iat[row])
        if len(canon) != 1:
            continue
        for alias in table["aliases"].iat[row]:
            keys = phrase_keys(alias)
            if len(keys) != 1 or keys == canon:
                continue
            for v in sorted({keys, *_variants(keys, "NORP")} - {canon}):
                for suffix in ("", "ه", "ان", "ون", "ين", "تان", "تين"):
                    form = v[0] + suffix
                    if form in norp_keys and form != canon[0] + suffix:
                        norp_canon.setdefault(form, canon[0] + suffix)
        for v in sorted(_variants(canon, "NORP")):
            for suffix in ("", "ه", "ان", "ون", "ين", "تان", "تين"):
                if v[0] + suffix in norp_keys:
                    norp_canon.setdefault(v[0] + suffix, canon[0] + suffix)
    if not candidates:
        auto.add_word(" \x00 ", (1, -1))
    auto.make_automaton()
    known.update(names)
    clitic_phrases = _clitic_phrases(patterns, guarded_ci)
    # بروسيا (of بروسيا دورتموند) is ب + روسيا elsewhere: a first word that is ب/ل/ك + a
    # one-word name is left to the text layer's split, the phrase read whole only where
    # the next words complete it (:func:`_name_after_conjunction`)
    singles = {
        keys[0] for ci, keys in enumerate(patterns) if len(keys) == 1 and ci not in guarded_ci
    }
    for k in clitic_phrases:
        if k[1:] in singles and (k,) not in patterns and k not in names:
            vocab.discard(k)
    compiled = CompiledGazetteer(
        gazetteer=gaz,
        automaton=auto,
        candidates=candidates,
        vocab=vocab,
        known=known,
        n_patterns=len(patterns),
        guarded_ci=guarded_ci,
        signatures=signatures,
        norp_keys=norp_keys,
        norp_canon=norp_canon,
        norp_pairs=frozenset(norp_pairs),
        person_first_last=person_first_last,
        person_surnames=person_surnames,
        maqsura_names=frozenset(
            k for k in names if k.endswith("ي") and normalize(k[:-1] + "ى") in stopwords()
        ),
        types=table["type"].tolist(),
        countries=table["country"].tolist(),
        ids=table["entity_id"].tolist(),
        canonicals=table["canonical"].tolist(),
        country_names={
            eid: name
            for eid, typ, name in zip(
                table["entity_id"], table["type"], table["canonical"], strict=True
            )
            if typ == "LOC"
        },
        first_names=dict(names),
        stop=frozenset(fold(w) for w in stopwords())
        | frozenset(fold(w) for w in reporting_verbs()),
        reporting=_reporting_keys(),
        context_rows=frozenset(
            row
            for row, names in enumerate(table["guarded"])
            if any(normalize(a) in place_context() for a in names)
        ),
        marks=_alias_marks(table),
        sports_rows=frozenset(
            row
            for row, (typ, names) in enumerate(zip(table["type"], table["guarded"], strict=True))
            if typ == "ORG" and any(n in _SPORTS_NAMES for n in names)
        ),
        sports_keys=sports_context_keys(),
        stock_rows=frozenset(
            row
            for row, (typ, names) in enumerate(zip(table["type"], table["guarded"], strict=True))
            if typ == "ORG" and any(n in _STOCK_NAMES for n in names)
        ),
        quoted_rows=frozenset(
            row
            for row, (typ, names) in enumerate(zip(table["type"], table["guarded"], strict=True))
            if typ == "ORG" and any(n in _QUOTED_NAMES for n in names)
        ),
        club_keys={
            keys: rows
            for keys, ranks in guarded.items()
            if (
                rows := [
                    r
                    for r in _dedupe(ranks)
                    if table["type"].iat[r] == "ORG"
                    and any(n in _SPORTS_NAMES for n in table["guarded"].iat[r])
                ]
            )
        },
        newspapers=(papers := _newspapers(table)),
        agency_adjectives=_agency_adjectives(table),
        newspaper_firsts=frozenset(k[0] for k in papers),
        titled=titled,
        role_ci=frozenset(role_ci),
        definite_places=frozenset(
            keys[0]
            for keys, rows in explicit.items()
            if len(keys) == 1
            and keys[0] in norp_keys
            and any(
                table["type"].iat[r[-1]] == "LOC"
                and any(
                    normalize(a).startswith("ال") and phrase_keys(a) == keys
                    for a in table["aliases"].iat[r[-1]]
                )
                for r in rows
            )
        ),
        phrase_words=phrase_words,
        single_names=single_names,
        bare_alef=bare_alef,
        place_phrases=_place_phrases(patterns, guarded_ci, table),
        clitic_phrases=clitic_phrases,
        heads=heads,
    )
    if len(_COMPILED) > 8:
        _COMPILED.clear()
    _COMPILED[id(gaz)] = (gaz, compiled)
    return compiled


def _flag(new: bool | None, old: bool) -> bool:
    """An article flag of a signature: ``new`` where given, else ``old``."""
    return old if new is None else new


def _lexicon_keys(names) -> set[str]:
    """Keys every text reads whole where written (vocabulary besides the gazetteer's
    names): first names and the rules' lexicons (heads, institutions, titles...)."""
    out = set(names)
    for lex in (
        rules.ORG_HEADS,
        rules.INSTITUTIONS,
        rules.PLACE_HEADS,
        rules.MODIFIERS,
        rules.PARTICLES,
        rules.TITLE_COMPLEMENT_HEADS,
        rules.ORG_TAIL_ADJECTIVES,
    ):
        out.update(lex)
    for t in rules.TITLES:
        out.update(t)
    return out


def _inner_readings(words, vocab, heads, phrase_words, single_names, bare_alef) -> dict:
    """Key -> ``(key, definite)`` the text gives the written word when it is no
    vocabulary, for the inner words of listed phrases (``words``) that the text layer
    reads as a proclitic other than the article + a word: ``{"بجده": ("جده", False),
    "ومركز": ("مركز", False)}`` (:func:`_choose`'s split with ``vocab``, which lacks
    ``words``). A word the lexicon reads whole (:func:`_whole`), one with no proclitic
    or only the article (المع of رجال ألمع: its key keeps the article, a short word) is
    left out, and stays vocabulary.

    Session 19 (matcher19): an inner word with a proclitic (بجدة of «الغرفة التجارية
    الصناعية بجدة», ومركز of «… ومركز الأبحاث») was vocabulary, so :func:`_choose` read it
    whole in every text: جدة after ب was lost everywhere, ومركز الملك فهد الثقافي
    became a PERSON. Now the phrase is listed a second time with these keys
    (:func:`compile_gazetteer`) and the word is split everywhere else. The word is
    read from its key (normalised, ة folded to ه): the phrase keeps its written keys
    too, so a text that reads the word whole still meets it.
    """
    from helpers.text.tokenize import tokenize

    out = {}
    for k in sorted(words):
        if not k or " " in k or "\x00" in k:
            continue
        toks = tokenize(k)
        if len(toks) != 1 or toks["kind"].iat[0] != "word":
            continue
        norm, base, clitics = toks["norm"].iat[0], toks["base"].iat[0], toks["clitics"].iat[0]
        if not set(clitics.split("+")) - {"", "ال"}:
            continue  # no proclitic, or the article only
        light = normalize(k, alef=False)
        if len(light) != len(norm):
            light = norm
        got, form, p, d = _choose(
            norm, base, clitics, vocab, light, heads, phrase_words, single_names, bare_alef
        )
        got = maqsura_key(got, form)
        if got != k:
            # the article flag as _reading sets it
            out[k] = (got, d and (has_article(light, p) or light[p - 1 : p + 1] == "لل"))
    return out


def _reporting_keys() -> frozenset[str]:
    """Keys of the reporting verbs that are no function word (بين "between" is also
    بيّن): each verb's key, and the verb with the conjunction و or ف fused, the key of a
    token the lexicon reads whole (وأضافت، وأشار، وشدد are frequent words of their own,
    so :func:`_whole` keeps the proclitic in the key, and a rule looking for أضافت
    missed «وأضافت العمل أن ...»)."""
    verbs = frozenset(fold(w) for w in reporting_verbs()) - frozenset(fold(w) for w in stopwords())
    return verbs | frozenset(c + v for v in verbs for c in "وف")


def _place_phrases(patterns, guarded_ci, table) -> dict[str, frozenset[tuple[str, ...]]]:
    """First key -> the other keys of each multi-word alias whose best row is a LOC
    (guarded names of place_stoplist / place_context left out): see
    :attr:`CompiledGazetteer.place_phrases`."""
    out: dict[str, set[tuple[str, ...]]] = {}
    types = table["type"]
    for ci, (keys, rows) in enumerate(patterns.items()):
        if len(keys) > 1 and ci not in guarded_ci and types.iat[rows[0]] == "LOC":
            out.setdefault(keys[0], set()).add(keys[1:])
    return {k: frozenset(v) for k, v in out.items()}


def _clitic_phrases(patterns, guarded_ci) -> dict[str, frozenset[tuple[str, ...]]]:
    """First key -> the other keys of each multi-word alias (any type, guarded names
    left out) whose first word begins with a proclitic letter ب ل ك (بروسيا دورتموند):
    see :attr:`CompiledGazetteer.clitic_phrases`."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for ci, keys in enumerate(patterns):
        if len(keys) > 1 and ci not in guarded_ci and keys[0][:1] in ("ب", "ل", "ك"):
            out.setdefault(keys[0], set()).add(keys[1:])
    return {k: frozenset(v) for k, v in out.items()}


def _credited_agencies(table) -> frozenset[str]:
    """Keys of the one-word names of news agencies (:func:`agency_ids`: رويترز، سانا)
    that the lexicon writes more often alone than after the preposition ل.

    Where a story credits its source (قال مسؤول لرويترز) the fused form is frequent
    enough in wordfreq's list (لرويترز 3.52 against رويترز 4.34) for
    :func:`_whole` to keep it whole, and the agency is lost; for these keys the text
    layer's split is taken (see ``heads`` of :func:`_choose`). A name whose ل-form is
    unattested is split anyway; one whose ل-form is the more frequent word is left to
    the lexicon margin.
    """
    agencies = agency_ids()
    out = set()
    for eid, aliases in zip(table["entity_id"], table["aliases"], strict=True):
        if eid not in agencies:
            continue
        for alias in aliases:
            keys = phrase_keys(alias)
            light = normalize(alias, alef=False)
            if len(keys) == 1 and 0.0 < zipf("ل" + light) < zipf(light):
                out.add(keys[0])
    return frozenset(out)


def _agency_adjectives(table) -> dict[str, int]:
    """Key of each adjective of ``data/agency_adjectives.tsv`` (الفرنسية) -> the row of
    its agency's ORG entity (org:afp); an agency the gazetteer lacks is left out."""
    rows = {
        eid: row
        for row, (eid, typ) in enumerate(zip(table["entity_id"], table["type"], strict=True))
        if typ == "ORG"
    }
    out: dict[str, int] = {}
    for adjective, eid in agency_adjectives():
        keys = phrase_keys(adjective)
        if eid in rows and len(keys) == 1:
            out.setdefault(keys[0], rows[eid])
    return out


def _newspapers(table) -> dict[tuple[str, ...], int]:
    """Keys of the names of ``data/newspapers.csv`` -> the row of their ORG entity (names
    of entities the gazetteer lacks are left out)."""
    rows = {
        eid: row
        for row, (eid, typ) in enumerate(zip(table["entity_id"], table["type"], strict=True))
        if typ == "ORG"
    }
    out: dict[tuple[str, ...], int] = {}
    for eid, name in newspaper_names():
        keys = phrase_keys(name)
        if eid in rows and keys:
            out.setdefault(keys, rows[eid])
    return out


def mark_signature(word: str) -> frozenset[tuple[int, str]]:
    """Vowel marks of a written word as ``(letter index, mark)`` pairs (shadda, short
    vowels, sukun): ``mark_signature("عمّان") == {(1, "\u0651")}``."""
    out = []
    n = -1
    for ch in word:
        if "\u064b" <= ch <= "\u0652":
            if n >= 0:
                out.append((n, ch))
        elif ch != TATWEEL and ch not in INVISIBLE:
            n += 1
    return frozenset(out)


def _alias_marks(table) -> dict[int, list[frozenset]]:
    """Rows with a vocalised alias (عمّان، عُمان) -> the mark signatures of those aliases."""
    out: dict[int, list[frozenset]] = {}
    for row, aliases in enumerate(table["aliases"]):
        sigs = [mark_signature(a) for a in aliases if " " not in a]
        sigs = [g for g in sigs if g]
        if sigs:
            out[row] = sigs
    return out


def _alias_readings(alias: str) -> list[tuple[tuple[str, ...], tuple[bool, ...]]]:
    """``(keys, article signature)`` of an alias as written, then as spelt without hamza.

    The written reading decides the article on the surface
    (:func:`helpers.text.has_article`): ألمانيا has none (keys ``("المانيا",)``,
    signature ``(False,)``). Writers often drop the hamza, and the hamza-less spelling
    المانيا looks like ال + مانيا; when a word of the alias starts with a hamzated alef
    + lam, a second reading (keys ``("مانيا",)``, signature ``(True,)``) lets that
    spelling meet the same entity.
    """
    from helpers.text.tokenize import iter_tokens

    written, bare, sig, bare_sig = [], [], [], []
    split: list[str] = []  # the Latin article in a token of its own (Al Jazeera)
    arabic: set[str] = set()  # the keys of the alias's Arabic words
    for _s, _e, surface, kind, _a, _b in iter_tokens(alias):
        norm = normalize(surface)
        if kind != "word":
            for out in (written, bare):
                out.append(latin_key(norm))
            split.extend(latin_article_split(norm) or (latin_key(norm),))
            sig.append(False)
            bare_sig.append(False)
            continue
        norm, light = peel_surface(surface)
        written.append(maqsura_key(word_key(norm, light), norm))
        split.append(written[-1])
        arabic.add(written[-1])
        bare.append(maqsura_key(word_key(norm), norm))
        sig.append(_definite(norm) and has_article(light))
        bare_sig.append(_definite(norm))
    out = [(tuple(written), tuple(sig))]
    if bare != written:
        out.append((tuple(bare), tuple(bare_sig)))
    # a Latin article written apart, joined or with a hyphen is one name (session 19:
    # Al Jazeera, AlJazeera, Al-Jazeera; :func:`helpers.entities.keys.latin_key`); the
    # Latin keys take no article signature, the Arabic words keep theirs in order
    if len(split) != len(written) or join_latin_article(tuple(written)) != tuple(written):
        words = [g for g, k in zip(sig, written, strict=True) if k in arabic]
        for other in (join_latin_article(tuple(written)), tuple(split)):
            if all(o != other for o, _ in out):
                it = iter(words)
                out.append((other, tuple(next(it) if k in arabic else False for k in other)))
    return out


def _dedupe(ranks: list[tuple]) -> list[int]:
    out: list[int] = []
    for r in sorted(ranks):
        if r[-1] not in out:
            out.append(r[-1])
    return out


def _choose(
    norm: str,
    base: str,
    clitics: str,
    vocab: set[str],
    light: str | None = None,
    heads: frozenset[str] = frozenset(),
    phrase_words: frozenset[str] = frozenset(),
    single_names: frozenset[str] = frozenset(),
    bare_alef: frozenset[str] = frozenset(),
) -> tuple[str, str, int, bool]:
    """Pick a word's key: ``(key, form, peeled letters, definite)`` (module docstring).

    ``light`` is the word normalised with ``alef=False`` (same length as ``norm``): the
    article is removed from a key only where it is written (ألمانيا keeps its ال).
    ``heads``: keys of the rules' head nouns (وزارة، محافظة، تنظيم); where the text
    layer splits a word into proclitics + one of them (لتنظيم، بمحافظة) the split is
    taken as it is, the lexicon margin (:func:`_whole`) guarding only names, whose
    false split would make an entity (بروس is no ب + روس).
    """
    if light is None or len(light) != len(norm):
        light = norm

    def lt(f: str) -> str:
        # the light form of a suffix f of norm (or of "ا" + a suffix, ل + ال as لل)
        return light[len(light) - len(f) :] if len(f) <= len(light) else f

    k0 = word_key(norm, light)
    parts = [p for p in clitics.split("+") if p]
    if bare_alef and (not parts or parts[-1] == "ال"):
        # الكسندر is ألكسندر written with a bare alef, no article + كسندر (``bare_alef``:
        # foreign first names in أل); والكسندر is و + that name
        form = "ال" + base if parts else norm
        if fold(form) in bare_alef:
            return fold(form), form, len(norm) - len(form), False
    if (
        k0 in vocab
        and k0 not in phrase_words
        and parts
        and set(parts) <= {"و", "ف"}
        and len(parts) == 1
    ):
        # وجدة: the Moroccan town Oujda, or و + جدة (Jeddah, far more written): where
        # the text layer reads a conjunction and the rest is a name of its own, the
        # lexicon decides (وجدة 3.66 against جدة 4.83)
        k1 = word_key(base, lt(base))
        if k1 in vocab and not _whole(light, 1):
            return k1, base, 1, _definite(base, lt(base))
    if k0 in vocab or not norm:
        return k0, norm, 0, _definite(norm, light)
    if len(parts) == 2 and parts[0] in ("و", "ف") and parts[1] in ("ل", "ب", "ك"):
        # ولحج، ولوزان: the text layer reads و + ل + حج (pilgrimage); where the word
        # after the conjunction alone is a one-word listed name (``single_names``: the
        # Yemeni governorate لحج, 29 times so in five days), it is و + that name, as
        # وجدة above is و + جدة
        k2 = word_key(norm[1:], lt(norm[1:]))
        if k2 in single_names and k2 not in heads:
            return k2, norm[1:], 1, _definite(norm[1:], lt(norm[1:]))
    if parts:
        # the text layer's reading (helpers.text.clitics): the key of its remainder
        k1 = word_key(base, lt(base)) if "ال" not in parts else fold(base)
        peeled = sum(1 for p in parts if p != "ال")
        if k1 in heads or not _whole(light, peeled):
            form = ("ال" + base) if "ال" in parts else base
            return (k1 if k1 in vocab else fold(base)), form, peeled, "ال" in parts
    return k0, norm, 0, _definite(norm, light)


def _whole(light: str, peeled: int) -> bool:
    """Whether the lexicon reads the written word as one word, not proclitic(s) + rest.

    ``peeled`` letters of proclitic would be removed. See
    :func:`helpers.text.lexical.whole_word_wins`: فرقة stays whole (not ف + رقة),
    لدينا stays whole (not ل + دينا), بروس stays whole (not ب + روس). A preposition ل
    before ل (لل: ل + ال, or ل + a word in ل) and a proclitic before the written article
    (والتنمية) are always proclitics.
    """
    if peeled <= 0 or len(light) <= peeled:
        return False
    if light[peeled - 1 : peeled + 1] == "لل" or has_article(light, peeled):
        return False  # لل, or the article after the proclitic (والتنمية): unambiguous
    return whole_word_wins(light, light[peeled:])


def _definite(form: str, light: str | None = None) -> bool:
    """Whether a normalised word form carries the article (written, if ``light`` given)."""
    if light is not None and not has_article(light):
        return False
    return form.startswith("ال") and (len(form) >= 5 or form == "الله")


@lru_cache(maxsize=64)
def _proclitics(clitics: str) -> tuple[str, ...]:
    """The tokens table's ``clitics`` (``"و+ل+ال"``) without the article: ``("و", "ل")``."""
    return tuple(c for c in clitics.split("+") if c and c != "ال")


def read_raw_zone(
    story_id: str, zone: str, text: str, raw: tuple, analyse, seen: dict, cg: CompiledGazetteer
) -> Zone:
    """Build a :class:`Zone` from the tokens of one zone before their analysis.

    ``raw`` is the zone's item of :func:`helpers.text.raw_tokens` (six tuples: start,
    end, surface, kind, sentence, paragraph; ``()`` for no token), ``analyse`` the
    analyser it gave. ``seen`` (a dict, kept by the caller for the texts of one
    ``raw_tokens`` call, whose attestation decides the analyses) maps each
    ``(surface, kind)`` met to its reading: a token is analysed (``analyse(surface,
    kind)``: norm, base, clitics, as :func:`helpers.text.tokenize_texts` gives them)
    and read (:func:`_reading`, ``cg.choices``) once per distinct surface and kind, not
    once per token (session 22, speed). The one way a zone is read: ``extract_entities``,
    the benchmarks' miners and the tests alike (session 23 removed ``read_zone``, which
    read the same zone from the columns of :func:`helpers.text.tokenize_texts`)."""
    if raw:
        starts, ends, surfaces, kinds, sentences, _ = raw
        pairs = list(zip(surfaces, kinds, strict=True))
        readings = list(map(seen.get, pairs))
        if None in readings:
            readings = [
                r or _reading_of(pair, analyse, seen, cg)
                for r, pair in zip(readings, pairs, strict=True)
            ]
        del pairs
    else:
        starts = ends = surfaces = kinds = sentences = ()
        readings = []
    return _zone(story_id, zone, text, (starts, ends, surfaces, kinds, sentences), readings, cg)


def _reading_of(pair: tuple[str, str], analyse, seen: dict, cg: CompiledGazetteer) -> tuple:
    """The reading of token ``pair`` (``(surface, kind)``) for :func:`read_raw_zone`:
    its analysis by ``analyse``, then :func:`_reading` of its columns (``cg.choices``
    first); stored in ``seen``."""
    got = seen.get(pair)
    if got is None:
        surface, kind = pair
        norm, base, clitics = analyse(surface, kind)[:3]
        token = (kind, norm, base, clitics, surface)
        got = seen[pair] = cg.choices.get(token) or _reading(token, cg)
    return got


def _zone(story_id: str, zone: str, text: str, cols: tuple, readings: list, cg) -> Zone:
    """The :class:`Zone` of :func:`read_raw_zone`: ``cols`` the
    zone's starts, ends, surfaces, kinds and sentences, ``readings`` each token's
    :func:`_reading` (freed here)."""
    starts, ends, surfaces, kinds, sentences = cols
    if readings:
        keys, forms, peels, defs, stops, procl = zip(*readings, strict=True)
    else:
        keys, forms, peels, defs, stops, procl = (), (), (), (), (), ()
    readings.clear()
    # the columns a rule may change (Zone.reread) are lists, the others tuples: a
    # tuple of str, int or bool is left alone by the garbage collector once seen
    keys, forms, peels, procl = list(keys), list(forms), list(peels), list(procl)
    if _CLOSE_GUILLEMET in text:
        _opening_guillemets(text, keys, starts)
    defs = _place_after_b(keys, forms, peels, procl, defs, cg)
    _name_after_conjunction(keys, forms, peels, procl, cg)
    return Zone(
        story_id=story_id,
        zone=zone,
        text=text,
        start=starts,
        end=ends,
        kind=kinds,
        key=keys,
        form=forms,
        peel=peels,
        clitics=procl,
        definite=defs,
        stop=stops,
        tanween=_tanween(text, starts, ends, surfaces),
        sentence=sentences,
    )


#: The closing guillemet some outlets also write as the opening one, and the opening one
#: a rule reads in its place (:data:`helpers.charsets.QUOTE_PAIRS`).
_CLOSE_GUILLEMET = REVERSED_OPENER
_OPEN_GUILLEMET = next(o for o, c in QUOTE_PAIRS.items() if c == REVERSED_OPENER)


def _opening_guillemets(text: str, keys: list, starts) -> None:
    """Read a » that opens a quotation as « (in place, ``keys`` only; the text and the
    offsets stay): every rule that looks for an opening mark before a name (the
    newspaper after لـ, a company after شركة) missed almadina's «لـ»المدينة»:» (a test
    miss of session 23, kinds23). Which » opens: :func:`helpers.text.tokenize.opens_reversed`,
    the tokeniser's rule too. ``text`` the zone's text, ``keys`` and ``starts`` its
    columns as :func:`_zone` receives them."""
    q = -1
    while True:
        try:
            q = keys.index(_CLOSE_GUILLEMET, q + 1)  # the marks only, found at C speed
        except ValueError:
            return
        if opens_reversed(text, starts[q]):
            keys[q] = _OPEN_GUILLEMET


def _place_after_b(keys, forms, peels, procl, defs, cg: CompiledGazetteer) -> tuple:
    """Read a word ب + the first word of a multi-word place where the next words
    complete it, though the lexicon reads the word whole (in place; returns ``defs``).

    The lexicon attests the written ب-forms of a frequent place (بمكة 4.22 against مكة
    4.90, بحفر "by digging", بوادي "in deserts"), so :func:`_choose` keeps them whole
    and بمكة المكرمة، بحفر الباطن، بوادي الدواسر were no place (58 times بمكة المكرمة
    on 2015-07-24/25). Only a multi-word LOC alias that the next keys complete decides
    (بعين الاعتبار stays whole); a one-word name after ب is left to the lexicon margin
    (بحلة "in a dress", برباط "with a bond"). Lists ``keys``, ``forms``, ``peels``,
    ``procl`` change in place.
    """
    phrases = cg.place_phrases
    if not phrases:
        return defs
    cache = cg.b_places
    changed = None
    # the few words in ب first (most zones hold a handful): the forms starting with ب
    # found at C level (compress over str.startswith), then their length tested, all
    # before the loop changes a form
    in_b = compress(range(len(forms) - 1), map(str.startswith, forms, repeat("ب")))
    for i in [i for i in in_b if len(forms[i]) >= 4]:
        f = forms[i]
        got = cache.get(f, 0)
        if got == 0:
            k1 = word_key(f[1:], f[1:])
            got = cache[f] = (k1, f[1:]) if k1 in phrases else None
        if got is None:
            continue
        k1, rest = got
        if not any(tuple(keys[i + 1 : i + 1 + len(r)]) == r for r in phrases[k1]):
            continue
        keys[i], forms[i], peels[i] = k1, rest, peels[i] + 1
        if "ب" not in procl[i]:  # the text layer's reading may hold it already (بحفر)
            procl[i] = (*procl[i], "ب")
        if changed is None:
            changed = list(defs)
        changed[i] = False
    return defs if changed is None else tuple(changed)


#: Proclitic letters that also begin listed names (بروسيا، لاس فيغاس، كوريا).
_NAME_LETTERS = frozenset("بلك")


def _name_after_conjunction(keys, forms, peels, procl, cg: CompiledGazetteer) -> None:
    """Read a word that the text layer split into (و/ف +) ب/ل/ك + rest as one word
    where that word and the next words are a listed multi-word name (in place).

    بروسيا دورتموند and وبروسيا دورتموند were ب + روسيا, a place (Russia) inside the
    club's name (Borussia Dortmund). Only a multi-word alias the next keys complete
    decides: بروسيا alone stays "in/with Russia" (:func:`compile_gazetteer` keeps such a
    first word out of ``vocab``, so :func:`_choose` takes the split). The words looked
    at are those whose last proclitic is ب، ل or ك; lists change in place. Session 17
    (gaz17)."""
    phrases = cg.clitic_phrases
    if not phrases:
        return
    last = len(keys) - 1
    cache = cg.clitic_wholes
    # the words with a proclitic found at C level (compress: an empty tuple is false)
    with_procl = compress(range(len(procl)), procl)
    for i in [i for i in with_procl if procl[i][-1] in _NAME_LETTERS]:
        if i == last or peels[i] < 1:
            continue
        whole = procl[i][-1] + forms[i]
        k = cache.get(whole)
        if k is None:
            k = cache[whole] = word_key(whole, whole)
        tails = phrases.get(k)
        if tails is None or not any(tuple(keys[i + 1 : i + 1 + len(r)]) == r for r in tails):
            continue
        keys[i], forms[i], peels[i], procl[i] = k, whole, peels[i] - 1, procl[i][:-1]


#: A tanween mark anywhere in a text.
_TANWEEN_RE = re.compile(f"[{''.join(sorted(_TANWEEN))}]")


def _tanween(text: str, starts, ends, surfaces) -> tuple[bool, ...]:
    """Per token, whether its surface ends in tanween (:func:`_final_tanween`): only the
    tokens a tanween mark of the text falls in are looked at (most words hold none)."""
    found = {}
    for m in _TANWEEN_RE.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < ends[i] and i not in found:
            found[i] = _final_tanween(surfaces[i])
    marks = [False] * len(starts)
    for i, final in found.items():
        marks[i] = final
    return tuple(marks)


def _root_al(light: str, p: int) -> bool:
    """Whether the ال written at index ``p`` of ``light`` (a word normalised with
    ``alef=False``) is the start of a form-VIII masdar of a root in ل, not the article
    (session 21): a word الت… that itself takes the article, by the lexicon
    (:func:`helpers.text.lexical.takes_article`: الالتفاف 3.60 / التفاف 3.34، الالتزام
    4.60 / التزام 4.30), is indefinite: «حركة التفافية» is "an encircling movement",
    no body named by a definite genitive. ال + a noun in ت is never so read (الالتجارة،
    الالتنمية unattested). Once per distinct token (the reading is cached)."""
    return light[p : p + 3] == "الت" and takes_article(light[p:])


def _reading(token: tuple[str, str, str, str, str], cg: CompiledGazetteer) -> tuple:
    """``(key, form, peeled letters, definite, stopword, proclitics)`` of a token given
    as ``(kind, norm, base, clitics, surface)`` (its tokens-table columns), stored in
    ``cg.choices`` (the same token always reads the same way)."""
    kind, norm, base, clitics, surface = token
    stop = cg.stop
    if kind == "word":
        light = normalize(surface, alef=False)
        k, f, p, d = _choose(
            norm,
            base,
            clitics,
            cg.vocab,
            light,
            cg.heads,
            cg.phrase_words,
            cg.single_names,
            cg.bare_alef,
        )
        k = maqsura_key(k, f)  # الدولى: the lexicon's usual spelling الدولي
        if d:
            # the article is written ال with a bare alef (helpers.text.has_article):
            # ألكسندر، إلياس and ألمانيا have none
            d = has_article(light, p) or (p > 0 and light[p - 1 : p + 1] == "لل")
            d = d and not _root_al(light, p)
        # a stopword key, or a word the tokeniser reads as proclitic + stopword:
        # بأنه is ب + أنه, never the Iranian town بانه (its key once hamza is folded);
        # a definite word is no verb: النقل، الطلب are nouns though نقل، طلب are
        # reporting verbs (cg.stop holds those too)
        st = (k in stop or (clitics != "" and fold(base) in stop)) and not (d and k in cg.reporting)
        # ﷺ (صلى الله عليه وسلم in one glyph) after النبي محمد: a blessing, no
        # name nor part of one (charsets.HONORIFIC_LIGATURES)
        st = st or not HONORIFIC_LIGATURE_SET.isdisjoint(surface)
    else:
        k, f, p, d = latin_key(norm), norm, 0, False
        st = k in stop
    got = cg.choices[token] = (k, f, p, d, st, _proclitics(clitics) if clitics else ())
    return got


def gazetteer_spans(z: Zone, cg: CompiledGazetteer) -> list[Span]:
    """All gazetteer matches in a zone (overlapping; resolved by :func:`select`)."""
    if not z.key:
        return []
    hay, offsets = _haystack(z.key)
    out = []
    for end_idx, (n, ci) in cg.automaton.iter(hay):
        if ci < 0:
            continue
        # a pattern ends with the space that opens the token after the match
        i_end = bisect.bisect_left(offsets, end_idx)
        i = i_end - n
        if i < 0:
            continue
        cands = cg.candidates[ci]
        sigs = cg.signatures[ci]
        if sigs is not None and tuple(z.definite[i:i_end]) not in sigs:
            continue  # الأمل (hope) is not the town آمل: the article must agree
        if n == 1 and z.stop[i]:
            continue  # عنه "about him" is not the town عنة: a stopword is never a name
        if n == 1 and z.tanween[i] and cg.types[cands[0]] != "NORP":
            continue  # دوراً is "a role", not the town Dura: names take no tanween here
        if n == 1 and _bare_noun_head(z, i, cands, cg):
            continue  # رياض الأطفال، رياض أطفال "kindergartens" are not الرياض
        method = "guarded" if ci in cg.guarded_ci else "gazetteer"
        cands = list(cands)
        fixed = False
        if n == 1 and len(cands) > 1:
            # سورية the country or (ال)سورية the adjective: the article decides
            want = "NORP" if z.definite[i] else "LOC"
            if not z.definite[i] and z.key[i] in cg.definite_places:
                # a country named with its article (السعودية) is never written without
                # it: سعودية is the adjective (شركة سعودية، مصادر سعودية), not the country
                want = "NORP"
            elif want == "NORP" and z.key[i] in cg.definite_places:
                # السعودية is also the country's own name: an adjective follows a
                # definite noun (الحكومة السعودية), the country stands anywhere else
                # (في السعودية، زار السعودية)
                adj = (
                    i > 0
                    and z.definite[i - 1]
                    and z.sentence[i - 1] == z.sentence[i]
                    and not z.clitics[i]  # والسعودية، للسعودية: an adjective takes none
                )
                want = "NORP" if adj else "LOC"
            kinds = {cg.types[c] for c in cands}
            if kinds >= {"NORP", "LOC"}:
                cands.sort(key=lambda c: cg.types[c] != want)
            if any(c in cg.marks for c in cands):
                # the writer's vowel marks decide: عمّان is Amman, عُمان is Oman
                marks = mark_signature(z.text[z.char_start(i) : z.end[i]])
                if marks:
                    score = {
                        c: max((len(marks & g) for g in cg.marks.get(c, ())), default=0)
                        for c in cands
                    }
                    best = max(score.values())
                    if best > 0 and list(score.values()).count(best) == 1:
                        cands.sort(key=lambda c: -score[c])
                        fixed = True
        out.append(
            Span(i, i_end, cg.types[cands[0]], method, cands, 0, fixed=fixed, role=ci in cg.role_ci)
        )
    return out


def _haystack(keys: list[str]) -> tuple[str, list[int]]:
    """The keys of a zone as the automaton reads them, ``" k1 k2 ... kn "`` (a space in
    a key written as U+0000, an empty key as U+0000), and the offsets of the spaces
    before each key and of the closing one (``n + 1``, ascending): a match ends at one
    of them, and its index there is the index of the token after the match."""
    hay = " " + " ".join(keys) + " "
    if hay.count(" ") != len(keys) + 1 or "  " in hay:  # a key holds a space, or is empty
        keys = [k.replace(" ", "\x00") or "\x00" for k in keys]
        hay = " " + " ".join(keys) + " "
    # the space before key i stands after i spaces and the letters of the keys before it
    return hay, list(accumulate(map((1).__add__, map(len, keys)), initial=0))


def _bare_noun_head(z, i: int, cands, cg) -> bool:
    """Token ``i``, written without the article, matches places whose one-word names
    are the same word with it (الرياض، الموصل، البصرة; GeoNames aliases رياض، موصل
    lack it), and heads a construct or takes an object: the next word of its sentence
    is a word that is no stopword (رياض الأطفال، رياض أطفال، رياض الخبراء "gardens
    of", طريق موصل للنجاح "a road leading to", يتحسن بصره): an everyday word, not
    the place, which is written with its article. A first name followed by its
    surname (رياض ياسين) is the PERSON rule's."""
    j = i + 1
    if z.definite[i] or j >= len(z) or z.kind[j] != "word" or z.sentence[j] != z.sentence[i]:
        return False
    if z.stop[j]:
        return False
    # the candidates' part, once per candidate list (speed: the same answer as a test
    # of every candidate at every hit): all LOC and one canonical name with the article
    # (a word written "ال" + X equals no other), else no hit can pass
    got = cg.bare_heads.get(cands, False)
    if got is False:
        names = {_normal(cg.canonicals[c], True) for c in cands}
        if any(cg.types[c] != "LOC" for c in cands) or len(names) > 1:
            got = None
        elif names:
            (got,) = names
            got = got if got.startswith("ال") else None
        else:
            got = ""  # no candidate: all() of nothing holds
        cg.bare_heads[cands] = got
    if got is None:
        return False
    return not got or "ال" + _normal(z.text[z.char_start(i) : z.end[i]], True) == got


def select(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans, longest first (then priority, then leftmost)."""
    taken: set[int] = set()
    out = []
    for s in sorted(spans, key=lambda s: (-(s.j - s.i), s.priority, s.i)):
        rng = range(s.i, s.j)
        if not taken.isdisjoint(rng):
            continue
        taken.update(rng)
        out.append(s)
    return sorted(out, key=lambda s: s.i)
