"""A person as the subject of a reporting or past verb (:mod:`helpers.entities.rules`):
the name after the verb (:func:`_verb_subject`), the verbs that may open a clause
before their subject, and a name right before a present verb."""

from __future__ import annotations

from dataclasses import replace

from helpers.entities.rules.lexicons import CLAUSE_OPENERS, PARTICLES, SUBJECT_OPENERS
from helpers.entities.rules.names import _foreign, _foreign_particle_end
from helpers.entities.rules.words import (
    _ORDINARY_ZIPF,
    PAST_VERBS,
    _name_like,
    _noun_form,
    _past_verb,
    _present_verb_word,
    ordinary,
)
from helpers.text.lexical import zipf


def _before_verb(z, sp, cg):
    """An ORG or LOC span of :func:`rule_spans` ends before a present-tense verb inside
    it (:func:`_present_verb_word`): the verb opens a clause whose subject the name is
    (إقليم فيكتوريا | يجب التوقف). A span whose head noun is followed by the verb names
    nothing and is dropped (None): شرطة تتفاعل "police interact", مدينة تستضيف "a city
    that hosts", حركة تتخللها. PERSON spans pass unchanged (their own rules read verbs)."""
    if sp.type not in ("ORG", "LOC"):
        return sp
    for t in range(sp.i + 1, sp.j):
        if _present_verb_word(z, t, cg):
            if t == sp.i + 1:
                return None
            return replace(sp, j=t)
    return sp


#: Zipf under which a word's definite form is no sign of a noun (a foreign name is
#: almost never written with the article: اللودريان 0, الخفر 2.9).
_ARTICLE_NAME_ZIPF = 1.5


def _verb_openers(z) -> set[int]:
    """The words of zone ``z`` that pass the cheap conditions of :func:`_verb_subject`,
    found in one pass over the zone (speed, and the one test :func:`rule_spans` asks
    before it skips a word that heads no other rule): a past-tense verb
    (:func:`_past_verb`) without article that opens its clause (with a proclitic, at the
    start, after punctuation or after an opener, all stopwords), followed by a word
    without article or peeled proclitic. Token indices (int)."""
    kind, key, definite, peel, stop = z.kind, z.key, z.definite, z.peel, z.stop
    # the verbs first, among the zone's distinct keys (each key tested once across
    # zones: PAST_VERBS), then the conditions on their few positions: the same set as
    # the conditions tested at every token, in a fraction of the time
    verbs = PAST_VERBS.of(z.types())
    last = len(key) - 1
    return {
        i
        for i in z.where(verbs)
        if i < last
        and kind[i] == "word"
        and not definite[i]
        and not definite[i + 1]
        and peel[i + 1] == 0
        and (peel[i] > 0 or i == 0 or kind[i - 1] != "word" or stop[i - 1])
    }


def _verb_subject(z, i: int, cg, stops=()) -> bool:
    """Token ``i + 1`` is a person's one-word name as the subject of the verb at ``i``
    (news style for players and foreign figures named once in full: وخاض رافايل 110
    مباراة، ودافع رافايل الذي، أصاب لودريان النجاح).

    Token ``i`` is a past-tense verb (:func:`_past_verb`: خاض → خاضوا، خاضت), no first
    name or name particle, that opens its clause (with و or ف, after punctuation, or
    after :data:`SUBJECT_OPENERS` or :data:`CLAUSE_OPENERS`), and no number stands before
    it (30 ألف). Token ``i + 1``, in its sentence, has no article or proclitic, is no
    known place or organisation (``stops``), and is either a first name that is no
    everyday word (رافايل; not سعيد, nor علي where ي is written for ى) or a word no
    Arabic word reads as (:func:`_foreign`), rarer than an everyday word, never written
    with the article, of three letters or more, not in و or ه, and no inflected noun or
    verb (:func:`_noun_form`). The name must stand alone: the word after it is
    punctuation, a function word, a word with و/ف or an everyday word; after a word no
    first name, also a definite word or a word with ب ل ك (the verb's complement).
    Returns False for anything else; the span is ``method="context"``."""
    j = i + 1
    k = z.key[j]
    fn = cg.first_names
    if (
        z.kind[i] != "word"
        or z.definite[i]
        or (z.stop[i] and z.key[i] not in cg.reporting)  # قال is a stopword and a verb
        or z.sentence[j] != z.sentence[i]
        or z.kind[j] != "word"
        or z.definite[j]
        or z.peel[j] > 0
        or j in stops
        or z.key[i] in fn
        or z.key[i] in PARTICLES  # ابن خلدون: ابن is no verb "build"
        or z.key[i].endswith("ه")
        or len(z.key[i]) < 3
        # the subject: a first name that is no everyday word, or no word of the stop
        # list (the lexicon's tests follow, once the verb is found)
        or (fn[k] or k in cg.maqsura_names if k in fn else z.stop[j] or len(k) < 3)
    ):
        return False
    # the verb opens its clause: with و or ف (وخاض), after punctuation or at the start,
    # or after a clause opener (بعدما رفض، ثم غادر)
    opens = z.clitics[i] in (("و",), ("ف",)) or (
        z.peel[i] == 0
        and (
            i == 0
            or z.kind[i - 1] != "word"
            or z.sentence[i - 1] != z.sentence[i]
            or z.key[i - 1] in SUBJECT_OPENERS
            or z.key[i - 1] in CLAUSE_OPENERS
        )
    )
    # the key serves the lexicon as the light form does (zipf folds hamza and alef; a
    # verb has no ة, and a key in ه was refused above), without normalising again
    if not opens or not _past_verb(z.key[i]):
        return False
    if i > 0 and z.kind[i - 1] == "number":
        return False  # 30 ألف هكتار: a number word, no verb
    if k in fn:
        named = not fn[k] and k not in cg.maqsura_names and _name_like(z, j, cg)
    else:
        # the cheap tests on the key first (speed: the key's lexicon figures are the
        # light form's, see above), the light form only for what passes them
        if (
            k[0] in "وف"
            or k.endswith("ه")
            or zipf(k) >= _ORDINARY_ZIPF
            or zipf("ال" + k) >= _ARTICLE_NAME_ZIPF
        ):
            return False
        light = z.light(j)
        named = (
            _foreign(z, j, cg, stops)
            and zipf(light) < _ORDINARY_ZIPF
            # never with the article (خفر السواحل: الخفر), no noun form of its own
            and zipf("ال" + light) < _ARTICLE_NAME_ZIPF
            and not _noun_form(light)
            # و left on a word (وأرخى), a pronoun suffix ه (حتفه، خذه), two letters (جو)
            and len(light) >= 3
            and light[0] not in "وف"
            and not light.endswith("ه")
        )
    if not named:
        return False
    a = j + 1
    if a >= len(z) or z.sentence[a] != z.sentence[j] or z.kind[a] != "word":
        return True
    # the name stands alone before a function word, a conjunction or an everyday word
    # (ودافع رافايل الذي، أطلق غاندي حملة); any other word may be its surname (انتقل
    # ديميتري باييه), which the first-name rule reads or leaves. After a first name, a
    # word with ب ل ك may be a surname the tokeniser peeled (وأقر تشاك بليزر) and a
    # definite word its family name (كلف عبدالله الجميعة); after a word no first name,
    # they are the verb's complement (ووصف داركود بأنه، أصاب لودريان النجاح)
    if z.key[a] in PARTICLES or _foreign_particle_end(z, a, cg, stops) > a:
        return False  # وقال حسين آل فويز، لويس فان جال: the name goes on (قال فيليب لا
        # يريد: لا the negation)
    if z.stop[a] or set(z.clitics[a][:1]) & {"و", "ف"}:
        return True
    if k in fn:
        return z.peel[a] == 0 and not z.definite[a] and ordinary(z, a)
    return z.peel[a] > 0 or z.definite[a] or ordinary(z, a)
