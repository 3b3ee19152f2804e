"""Persons found next to other persons (:mod:`helpers.entities.rules`): a name in
apposition after a role (:func:`_appositive_persons`), a bare name coordinated with a
found person (:func:`_coordinated_persons`) and a name between two persons of a list
(:func:`_listed_persons`)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from helpers.entities.keys import surface_key
from helpers.entities.rules.lexicons import (
    _OPEN_QUOTES,
    _TITLE_FIRST,
    CONSTRUCT_TITLES,
    FACILITY_HEADS,
    ORG_HEADS,
    PARTICLES,
    PLACE_HEADS,
    _keys,
)
from helpers.entities.rules.names import _foreign, _read_whole, hidden_name_word
from helpers.entities.rules.words import (
    _ORDINARY_ZIPF,
    _inflected,
    _name_like,
    _past_verb,
    _present_verb,
    ordinary,
)
from helpers.text.clitics import stems
from helpers.text.lexical import looks_like_name, suffixed_noun, zipf

#: Role nouns that put a name before them in apposition (:func:`_appositive_persons`:
#: زيجمار جابريل، وزير الاقتصاد; ماغمد داؤدوف رئيس البرلمان): the person titles (the
#: first words of :data:`TITLES`) but الدولي ("international", of airports and players
#: alike), the construct roles (:data:`CONSTRUCT_TITLES`) and a few more offices.
APPOSITION_ROLES = (_TITLE_FIRST | CONSTRUCT_TITLES | _keys("مسؤول مسؤولة منسق منسقة عضو")) - _keys(
    "الدولي"
)
#: Zipf under which both words of an appositive name are rare enough (:func:`_appositive_persons`).
_APPOSITION_ZIPF = 3.0


def _in_spans(*groups):
    """A test ``inside(t) -> bool`` of whether token index ``t`` lies in a span of
    ``groups`` (lists of :class:`helpers.entities.matcher.Span`); the set of indices is
    made at the first question, so a rule whose cheap conditions fail everywhere
    builds none."""
    taken = None

    def inside(t: int) -> bool:
        nonlocal taken
        if taken is None:
            taken = {u for spans in groups for s in spans for u in range(s.i, s.j)}
        return t in taken

    return inside


def _appositive_persons(z, cg, gaz_spans, found, stops) -> list:
    """PERSON spans for a foreign name of two words nobody listed, before a role in
    apposition (news style: the name, a comma, the office): ويتوجه زيجمار جابريل، وزير
    الاقتصاد الألماني؛ حضر الاجتماع ماغمد داؤدوف رئيس البرلمان؛ إن فيديريكا موغيريني،
    منسقة السياسة. Both words are words no Arabic word reads as (:func:`_foreign`), no
    everyday word, rarer than :data:`_APPOSITION_ZIPF` and not inflected
    (:func:`_inflected`), the second without a conjunction; then an optional comma and a
    role of :data:`APPOSITION_ROLES` with no proclitic. Not inside quote marks nor
    after a head noun of a body or place (شركة، قصر...: the name is the body's), and
    no word already in a span. Counted on the SaudiNewsNet stories of 2015-07-21:
    10 such names, 10 persons. ``method="context"``, ``priority=2``."""
    from helpers.entities.matcher import Span

    n = len(z)
    # the role stands two words after the name, or three with a comma between: only
    # the indices before a role are read (ascending, as a scan of the zone would)
    roles = z.where(APPOSITION_ROLES)
    if not roles:
        return []
    taken = _in_spans(found, gaz_spans)

    def rare(t: int) -> bool:
        light = z.light(t)
        # the span test last: its index set is built at the first question (_in_spans),
        # and most words fail a test before it
        return (
            _foreign(z, t, cg, stops)
            and not ordinary(z, t)
            and zipf(light) < _APPOSITION_ZIPF
            and not _inflected(light)
            and not taken(t)
        )

    out = []
    for i in sorted({i for a in roles for i in (a - 2, a - 3) if 0 <= i < n - 2}):
        a = i + 2
        if a < n and z.kind[a] == "punct" and z.key[a] in ("،", ","):
            a += 1
        if not (
            a < n
            and z.kind[a] == "word"
            and z.key[a] in APPOSITION_ROLES
            and z.peel[a] == 0
            and z.sentence[a] == z.sentence[i]
            and z.sentence[i + 1] == z.sentence[i]
        ):
            continue
        b = i - 1
        if b >= 0 and z.sentence[b] == z.sentence[i]:
            if z.kind[b] != "word" and z.key[b][:1] in _OPEN_QUOTES:
                continue  # «فيرست إنيرجي» مدير: a quoted name is a body's
            if z.kind[b] == "word" and (
                z.key[b] in ORG_HEADS or z.key[b] in PLACE_HEADS or z.key[b] in FACILITY_HEADS
            ):
                continue
        if rare(i) and rare(i + 1) and not z.clitics[i + 1]:
            out.append(Span(i, i + 2, "PERSON", "context", [], 2))
    return out


def _coordinated_persons(z, cg, gaz_spans, found, stops) -> list:
    """PERSON spans for a name nobody listed that is coordinated with a person's name
    (رونالدو وبيبي، غوميز ورونالدو: a list of people): the word after و right after a
    person's mention, or the word right before a person's mention written with و; the
    word must be one no Arabic word reads as (:func:`helpers.text.lexical.looks_like_name`),
    rarer than an everyday word, and no first name (the first-name rule reads those).
    ``method="context"``, ``priority=2``."""
    from helpers.entities.matcher import Span

    people = [s for s in gaz_spans if cg.types[s.cands[0]] == "PERSON"]
    people += [s for s in found if s.type == "PERSON"]
    if not people:
        return []
    n = len(z)
    taken = _in_spans(found, gaz_spans)

    def bare_name(t: int) -> bool:
        return (
            t not in stops
            and z.kind[t] == "word"
            and z.key[t] not in cg.first_names
            and _name_like(z, t, cg)
            and not z.definite[t]
            and looks_like_name(z.light(t))
            and zipf(z.light(t)) < _ORDINARY_ZIPF
            # وحققوا انتصارات، وواكبه: a plural verb (حقق attested) or a pronoun suffix
            and not (z.key[t].endswith("وا") and zipf(z.light(t)[:-2]) >= 2.0)
            and not z.key[t].endswith("ه")
            and not taken(t)  # last, as in _appositive_persons
        )

    out = []
    for s in people:
        t = s.j  # رونالدو وبيبي
        if t < n and z.sentence[t] == z.sentence[s.i] and z.clitics[t] == ("و",) and bare_name(t):
            out.append(Span(t, t + 1, "PERSON", "context", [], 2))
        t = s.i - 1  # غوميز ورونالدو
        if (
            t >= 0
            and z.sentence[t] == z.sentence[s.i]
            and z.clitics[s.i] == ("و",)
            and z.peel[t] == 0
            and bare_name(t)
        ):
            out.append(Span(t, t + 1, "PERSON", "context", [], 2))
    return out


#: The most words of a name between two persons of a list (:func:`_listed_persons`).
_LISTED_NAME_WORDS = 3
_COMMAS = frozenset(("،", ","))


def _madda_name(z, t: int) -> bool:
    """Token ``t`` is written with alef madda before ل (آلان): the article is never
    written so, but the lexicon's key folds آ into ا and reads الان "now" (Zipf 6.1),
    so its frequency says nothing of this spelling, a foreign name's (Alan)."""
    return z.text[z.start[t] + z.peel[t] : z.end[t]].startswith("آل")


def _listed_persons(z, cg, gaz_spans, found, stops) -> list:
    """PERSON spans for a name nobody listed between two persons of a list: ستيفن
    سوتلوف، وجايمس فولي، وديفيد هاينز، وآلان هايننغ، وبيتر كاسيغ (فولي "my beans" and
    آلان "now" to the lexicon). Two person mentions (gazetteer or found) of one
    sentence, the second written with و, and between them, after an optional comma and
    before an optional comma, one to :data:`_LISTED_NAME_WORDS` words, the first with
    the conjunction و as its only proclitic, the others with none or one the text layer
    wrongly read off (:func:`helpers.entities.rules.names.hidden_name_word`: فولي, then
    read whole); each word can be a
    name (:func:`_name_like`), has no article, is no known place or organisation
    (``stops``) nor in a span, is rarer than an everyday word (Zipf <
    :data:`_ORDINARY_ZIPF`; a word written آل… is read by its spelling,
    :func:`_madda_name`) and no verb by its persons. The list's type is the words'
    type. Session 21. ``method="context"``, ``priority=2``."""
    from helpers.entities.matcher import Span

    people = [s for s in gaz_spans if cg.types[s.cands[0]] == "PERSON"]
    people += [s for s in found if s.type == "PERSON"]
    if len(people) < 2:
        return []
    people.sort(key=lambda s: s.i)
    taken = _in_spans(found, gaz_spans)

    def word(t: int) -> bool:
        if t in stops or z.kind[t] != "word" or z.definite[t]:
            return False
        if not (_madda_name(z, t) or _name_like(z, t, cg)):
            return False  # آلان: الان "now" is a stopword to its key
        light = z.light(t)
        rare = _madda_name(z, t) or zipf(light) < _ORDINARY_ZIPF
        return rare and not _present_verb(light) and not _past_verb(light) and not taken(t)

    out = []
    for a, b in pairwise(people):
        m, k = a.j, b.i
        if not (0 < k - m <= _LISTED_NAME_WORDS + 2) or z.sentence[a.i] != z.sentence[b.i]:
            continue
        if z.clitics[k] != ("و",):
            continue
        if z.key[m] in _COMMAS and z.kind[m] == "punct":
            m += 1
        if k - 1 > m and z.key[k - 1] in _COMMAS and z.kind[k - 1] == "punct":
            k -= 1
        if not (0 < k - m <= _LISTED_NAME_WORDS) or z.clitics[m] != ("و",):
            continue
        # فولي: ف + ولي to the text layer, a surname read whole
        hidden = [t for t in range(m + 1, k) if z.clitics[t]]
        if any(not hidden_name_word(z, t, stops) or taken(t) for t in hidden):
            continue
        if all(t in hidden or word(t) for t in range(m, k)):
            for t in hidden:
                _read_whole(z, t)
            out.append(Span(m, k, "PERSON", "context", [], 2))
    return out


@lru_cache(maxsize=1)
def _possessed_heads() -> frozenset[str]:
    """Nouns that, with a pronoun suffix and no و, still open a phrase of their own
    right after a name (سالفا كير نائبه "Salva Kiir [accused] his deputy"): kin nouns
    (:data:`helpers.entities.rules.context.KIN_NOUNS`) and the roles a name stands
    before (:data:`ROLES_AFTER_NAME`, :data:`APPOSITION_ROLES`). Keys."""
    from helpers.entities.rules.context import KIN_NOUNS
    from helpers.entities.rules.lexicons import ROLES_AFTER_NAME

    return KIN_NOUNS | ROLES_AFTER_NAME | APPOSITION_ROLES


#: The pronoun suffixes a possessed noun after a name ends with: the third person only
#: (his, her, their). A name's word may end like the others: أبي (the kunya particle,
#: or "my father"), عمي (بن عمي, a family name), ويتي (Whitty).
_PRONOUN_ENDS = ("ه", "ها", "هم", "هما", "هن")


@lru_cache(maxsize=65536)
def _suffixed(light: str) -> bool:
    """:func:`helpers.text.lexical.suffixed_noun`, remembered per word (the rules ask
    it again for each name the word follows)."""
    return suffixed_noun(light)


@lru_cache(maxsize=65536)
def _possessed_head(light: str) -> bool:
    """``light`` is a kin or role noun (:func:`_possessed_heads`) + a pronoun suffix."""
    heads = _possessed_heads()
    return any(surface_key(s) in heads for s in stems(light, 2)[1:])


@lru_cache(maxsize=65536)
def _read_with_and(light: str) -> bool:
    """The text layer reads ``light`` as و + a word (:meth:`helpers.text.Analyser.reading`)."""
    from helpers.text import Analyser

    r = Analyser().reading(light)
    return r.clitics == "و" and r.peeled == 1


def possessed_noun(z, t: int) -> bool:
    """Token ``t`` is a noun with a pronoun suffix that opens a phrase of its own after
    a name, never a word of the name (session 23, canon23): with the conjunction و
    (``z.clitics[t]`` opens with و, or a و the text layer reads on a word a name rule
    read whole), any noun with a third-person pronoun suffix
    (:func:`helpers.text.lexical.suffixed_noun`: كيري ومساعده، صالح ونائبه، كيري وزوجته
    "Kerry and his aide / wife"); without it, a kin or role noun with one
    (:func:`_possessed_heads`: سالفا كير نائبه "Kiir [accused] his deputy"). Family
    names that end like a suffix (عبد ربه، وهبه، عطيه) are not read so: their stem is no
    noun that takes the article, or no kin or role noun, or the text layer reads the
    word whole; nor are name particles (أبي). Lexicon-backed (wordfreq's Arabic list,
    through :func:`helpers.text.lexical.zipf`); raises nothing."""
    if z.kind[t] != "word" or z.definite[t] or z.key[t] in PARTICLES:
        return False
    light = z.light(t)
    if not light.endswith(_PRONOUN_ENDS):
        return False
    if z.clitics[t][:1] == ("و",):
        # the text layer read و (the matcher may keep it in the written form: no peel)
        return _suffixed(light[1:] if z.peel[t] == 0 and light[:1] == "و" else light)
    if t in z.wholes and light[:1] == "و" and _read_with_and(light):
        # a name rule read the word whole (كيري ومساعده as one name): the text layer's
        # own reading decides (و + مساعده; وهبه, a family name, it reads whole)
        return _suffixed(light[1:])
    if z.clitics[t]:
        return False
    return _possessed_head(light)


def before_possessed_noun(z, sp):
    """A PERSON span of :func:`helpers.entities.rules.rule_spans` ends before a word
    past its first that is a noun with a pronoun suffix (:func:`possessed_noun`): كيري
    ومساعده → كيري، سالفا كير نائبه → سالفا كير. Other spans pass unchanged; the span
    keeps its first word at least (a one-word span is never cut)."""
    if sp.type != "PERSON":
        return sp
    for t in range(sp.i + 1, sp.j):
        if possessed_noun(z, t):
            return replace(sp, j=t)
    return sp
