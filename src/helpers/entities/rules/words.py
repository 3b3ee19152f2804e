"""Tests on one word or token of a zone used by every rule of
:mod:`helpers.entities.rules`: the word's form (verb, noun, adjective, adverb,
accusative, nisba, an everyday word by Zipf frequency), a name-like word, a weekday,
a dash between two tokens, the key of a word after its ل."""

from __future__ import annotations

from functools import lru_cache

from helpers.entities.keys import normal
from helpers.entities.rules.lexicons import (
    _ADJ_ENDINGS,
    _DASHES,
    _TITLE_FIRST,
    _VERB_ZIPF,
    ADJECTIVES,
    NOT_NAMES,
    WEEKDAYS,
    _keys,
)
from helpers.text import normalize
from helpers.text.clitics import (
    _FUTURE_NEXT,
    PROCLITIC_LETTERS,
    bare_hamza,
    pronoun_suffixes,
    without_proclitics,
)
from helpers.text.lexical import looks_like_name, preposition_noun, verb_form, zipf


def _weekday(z, i: int) -> bool:
    """Token ``i`` is a weekday name written with the article (:data:`WEEKDAYS`)."""
    k = z.key[i]
    return z.definite[i] and (k in WEEKDAYS or (k[:2] == "ال" and k[2:] in WEEKDAYS))


def _name_like(z, i: int, cg) -> bool:
    k = z.key[i]
    return (
        z.kind[i] == "word"
        and not z.stop[i]
        and not z.tanween[i]
        and len(k) >= 2
        and k not in NOT_NAMES
        and not _weekday(z, i)
        and k not in cg.norp_keys
        # a title is never the name it introduces: وزير الدفاع is no person (أمين,
        # a first name and a title, stays a name)
        and (k not in _TITLE_FIRST or k in cg.first_names)
    )


def _preposition_name(light: str, cg) -> bool:
    """A word the tokeniser left whole that is the preposition ل or ب + a name the
    gazetteer knows (لرويترز: رويترز), so no unknown name: the rest has five letters or
    more and is a word of a gazetteer alias (``cg.known``)."""
    return len(light) >= 6 and light[0] in "لب" and normal(light[1:]) in cg.known


#: Zipf frequency from which a lone indefinite word after a head noun is read as an
#: everyday noun (تدريب 4.9), not a name (حميميم 2.4).
_ORDINARY_ZIPF = 4.0


def _nisba_like(light: str) -> bool:
    """A definite word in ي whose stem is a word of its own: a nisba adjective, which
    names a family (العربي: عرب 4.78), not النبي (نب 2.65)."""
    return light.endswith("ي") and zipf(light[2:-1]) >= 3.0


def _present_verb(light: str) -> bool:
    """A present-tense verb by its attested persons: a word in ي or ت whose forms with
    both other prefixes of ي ت ن are attested (Zipf >= 1.5 each, 4.5 together): تخلف
    (يخلف 3.7, نخلف 2.1), يستبق. Names have at most one (يامين: تامين; توين: يوين
    2.34 but نوين 1.86; تشيك، ييلين: none)."""
    if len(light) < 3 or light[0] not in "يت":
        return False
    others = [zipf(p + light[1:]) for p in "يتن" if p != light[0]]
    return min(others) >= 1.5 and sum(others) >= 4.5


#: Zipf from which the definite form of a word's stem without its final alef makes the
#: word an accusative noun whose tanween is not written (زعيما: الزعيم 4.57).
_ACCUSATIVE_ZIPF = 3.5


def _accusative(light: str) -> bool:
    """An indefinite noun in the accusative with its tanween alef but no mark (زعيما،
    رئيسا، مدربا): the stem without the alef takes the article at Zipf >= 3.5 and is at
    least as frequent as the alef form. Names in -ا are not (ماريا: الماري 1.78;
    أوباما: 0; زكريا 1.87)."""
    if len(light) < 4 or not light.endswith("ا"):
        return False
    stem = light[:-1]
    return zipf("ال" + stem) >= _ACCUSATIVE_ZIPF and zipf(stem) >= zipf(light)


#: Zipf from which an indefinite word in -ا is an adverb (:func:`_adverb`): سابقا 5.07،
#: لاحقا 5.14، مؤخرا 5.03; and from which its stem with the article is a word
#: (اللاحق 3.41، المؤخر 2.91).
_ADVERB_ZIPF = 4.0
_ADVERB_STEM_ZIPF = 2.9


def _adverb(light: str) -> bool:
    """An adverb in the accusative with its tanween alef (سابقا، حاليا، لاحقا، مؤخرا،
    رسميا): a frequent word (Zipf >= :data:`_ADVERB_ZIPF`) of four letters or more in -ا
    whose stem takes the article (Zipf >= :data:`_ADVERB_STEM_ZIPF`). It ends a name
    (الملك عبدالعزيز سابقا); a surname in -ا has no definite stem (سيلفا: السيلف 1.41،
    أوباما: 0). First names are not asked (دينا، أنجيلا)."""
    return (
        len(light) >= 4
        and light.endswith("ا")
        and zipf(light) >= _ADVERB_ZIPF
        and zipf("ال" + light[:-1]) >= _ADVERB_STEM_ZIPF
    )


def ordinary(z, i: int) -> bool:
    """Token ``i`` is an everyday word by the lexicon: frequent (Zipf ≥ 4.0) and not
    read as a name (:func:`helpers.text.lexical.looks_like_name`): تعتمد 4.6,
    يناهز."""
    light = z.light(i)
    return zipf(light) >= _ORDINARY_ZIPF and not looks_like_name(light)


#: Zipf from which an unknown word after a title, or its rest after a proclitic letter
#: the tokeniser left on it, is an everyday word (:func:`prefixed_everyday`,
#: :func:`everyday_word`).
_TITLE_WORD_ZIPF = 3.0
#: The proclitic letters a word may carry: :data:`helpers.text.clitics.PROCLITIC_LETTERS`
#: without the alefs of the article, and without ك, which opens foreign names more
#: often than it stands on an everyday word (كيرن ريجيجو: يرن "rings"; كاتي بيري;
#: 2015-07-27).
_CLITIC_LETTERS = frozenset(c for c in PROCLITIC_LETTERS if c in "وفبلس")


@lru_cache(maxsize=65536)
def prefixed_everyday(light: str) -> bool:
    """A word the tokeniser left whole that is a proclitic + an everyday word, so no
    name where a title's name would stand (اللاعب الأرجنتيني بتسديد، رئيس المجلس الأعلى
    لتصدير، أمير المنطقة باهتمام، حارس الأمن لعدم): a preposition + noun
    (:func:`helpers.text.lexical.preposition_noun`: بتسديد، لتصدير، باهتمام), or a
    letter of :data:`_CLITIC_LETTERS` (س only before an imperfect prefix,
    :data:`helpers.text.clitics._FUTURE_NEXT`: سولاي مونتاري is a name) on a word of
    Zipf >= :data:`_TITLE_WORD_ZIPF` that is more frequent than the whole and no name by the lexicon
    (:func:`helpers.text.lexical.looks_like_name`): لعدم 4.70 / عدم 5.54، لقوى،
    وخصوصا، ليتسنى. A name keeps its letter: بلازيو (لازيو reads as a name), بيدار، بابيس
    (rests rarer than Zipf 3.0). Session 15, 2015-07-24/26."""
    if preposition_noun(light):
        return True
    if (
        len(light) >= 4
        and light[0] in _CLITIC_LETTERS
        and (light[0] != "س" or normalize(light[1]) in _FUTURE_NEXT)
    ):
        rest = light[1:]
        zr = zipf(rest)
        return zr >= _TITLE_WORD_ZIPF and zr > zipf(light) and not looks_like_name(rest)
    return False


@lru_cache(maxsize=65536)
def everyday_word(light: str) -> bool:
    """A word of Zipf >= :data:`_TITLE_WORD_ZIPF` that is no name by the lexicon
    (:func:`helpers.text.lexical.looks_like_name`: its definite form, a suffixed form
    or its verb persons are attested): حرص 3.70 (a verb), أمناء 3.78، كفيل 3.74، سادس،
    انعقد. After a title it is no one-word name (وزير التعليم حرص، رئيس مجلس أمناء); a
    name of two words may open with one (وزير الاقتصاد ظفر تشاغلايان، المفوضية مينا
    أندريفا), and a one-word nickname is lost (البرازيلي هالك "Hulk", 2015-07-24).
    Session 15, 2015-07-24/26."""
    return zipf(light) >= _TITLE_WORD_ZIPF and not looks_like_name(light)


#: Zipf from which the past verb a suffixed word is read off is attested enough
#: (:func:`verb_with_object`), and from which its other persons are.
_OBJECT_VERB_ZIPF = 3.0
_OBJECT_PERSON_ZIPF = 2.0


@lru_cache(maxsize=65536)
def verb_with_object(light: str) -> bool:
    """A past verb with an object pronoun of :data:`_OBJECT_SUFFIXES`, so no name where
    a title's name would stand (وقال سمو الشيخ أعادتني الذكرى: أعادت + ني): the word
    less the suffix is a past verb attested at Zipf >= :data:`_OBJECT_VERB_ZIPF` whose
    other persons the lexicon holds at Zipf >= :data:`_OBJECT_PERSON_ZIPF`: a feminine
    past in ت with its masculine and plural (أعادت: أعاد، أعادوا; منحتني، سألته), or a
    masculine past with its plural and feminine (أبلغهم: أبلغوا، أبلغت). A name ending
    in such letters reads as no conjugated verb (بولوني: بولو has no بولووا; كارني: كاروا
    1.16; زيداني، ماركيني، هاني). Session 16, the prec15 sample's سمو الشيخ أعادتني."""
    for suf in _OBJECT_SUFFIXES:
        stem = light[: -len(suf)]
        if not light.endswith(suf) or len(stem) < 3:
            continue
        if stem.endswith("ت") and len(stem) >= 4:
            base = stem[:-1]
            if (
                zipf(stem) >= _OBJECT_VERB_ZIPF
                and zipf(base) >= _OBJECT_PERSON_ZIPF
                and zipf(base + "وا") >= _OBJECT_PERSON_ZIPF
            ):
                return True
        if (
            zipf(stem) >= _OBJECT_VERB_ZIPF
            and zipf(stem + "وا") >= _OBJECT_PERSON_ZIPF
            and zipf(stem + "ت") >= _OBJECT_PERSON_ZIPF
        ):
            return True
    return False


@lru_cache(maxsize=65536)
def clause_verb(light: str) -> bool:
    """A conjugated verb that opens a clause, so no word of a name after an ORG head:
    a past verb with an object pronoun (:func:`verb_with_object`: منظمة اعتبرها الاتحاد
    الأوروبي إرهابية "an organisation the EU deemed terrorist"), a present verb
    (no noun first) in ي / ت with an object pronoun of
    :data:`_OBJECT_SUFFIXES` whose stem the lexicon conjugates
    (:func:`helpers.text.lexical.verb_form`) at Zipf >= :data:`_OBJECT_VERB_ZIPF`
    (هيئة يرأسها الوزير: يرأس 3.79), or a past verb conjugated
    for its subject (:func:`_subject_verb`: ت، وا) whose stem is a verb of three letters or
    more (not صوت "voice": إذاعة صوت العرب, 2015-08-01). Names after a head are none of
    these (أرامكو، نوكيا، تويوتا، تبوك، سامسونج). A bare present verb is left to
    :func:`helpers.entities.rules.verbs._before_verb`, which reads it with its context
    (لجنة تقصي الحقائق: تقصي is the noun). Session 18 (orgmine18)."""
    if verb_with_object(light):
        return True
    if _subject_verb(light):
        # the stem without the subject ending is a verb of three letters or more:
        # اعتبرت (اعتبر), not صوت "voice" (إذاعة صوت العرب: صو)
        stem = light[:-2] if light.endswith("وا") else light[:-1]
        return len(stem) >= 3 and verb_form(stem)
    for suf in _OBJECT_SUFFIXES:
        stem = light[: -len(suf)]
        if (
            light.endswith(suf)
            and len(stem) >= 3
            and stem[0] in "يت"
            and zipf(stem) >= _OBJECT_VERB_ZIPF
            and verb_form(stem)
            and zipf("ال" + stem) < zipf(stem) - 0.5
        ):
            return True
    return False


def _adjective_like(key: str) -> bool:
    return key in ADJECTIVES or key.endswith(_ADJ_ENDINGS)


#: Definite time words that may follow an indefinite adjective (قوات أمريكية الأسبوع
#: الماضي): no genitive of a construct chain.
_TIME_WORDS = _keys(
    "الأسبوع الشهر العام السنة الماضي الماضية المقبل المقبلة الجاري الجارية الحالي "
    "الحالية المنصرم المنصرمة الفائت الفائتة المنقضي المنقضية القادم القادمة"
)


def human_plural(key: str) -> bool:
    """Whether a word's key (article and proclitics off, :func:`helpers.entities.matcher.word_key`)
    looks like a sound masculine plural of people: a participle in م (متطرفين،
    مواطنين، مهندسون) or a nisba in يين (إيرانيين، صحفيين). Form only, no lexicon
    (session 20): الفنون، التموين، القانون، التلفزيون are none; a nominative nisba
    (صحفيون) is missed and ميادين is a false positive, both accepted."""
    if key.endswith("يون"):
        return False  # تلفزيون، مليون: a singular; the nominative nisba is left out
    if key.endswith("يين") and len(key) >= 5:
        return True
    return key.startswith("م") and key.endswith(("ين", "ون")) and len(key) >= 5


def _lam_key(z, j: int) -> str:
    """Key of token ``j`` without the preposition ل that the text layer read but left
    on a frequent word (لرعاية: clitics ``("ل",)``, peel 0, key لرعايه → رعايه); else
    its key."""
    key = z.key[j]
    if z.clitics[j][-1:] == ("ل",) and z.peel[j] == 0 and key.startswith("ل"):
        return key[1:]
    return key


def bare_key(z, j: int) -> str:
    """Key of token ``j`` without the proclitics the text layer read but left on the
    word (peel 0: بجائزة, clitics ``("ب",)``, key بجائزه → جائزه), by
    :func:`helpers.text.clitics.without_proclitics`; a peeled word's key is bare
    already."""
    if z.peel[j] or not z.clitics[j]:
        return z.key[j]
    return without_proclitics(z.key[j], z.clitics[j])


def _present_verb_word(z, t: int, cg) -> bool:
    """Token ``t`` is a present-tense verb, bare or with an object pronoun
    (:data:`_OBJECT_SUFFIXES`), no word of a gazetteer name (``cg.known``: تونس، تدمر
    read as verbs too): an indefinite word with no proclitic that
    :func:`_present_verb` reads as a verb, itself or its stem, and that is rare with
    the article (:data:`_VERB_ARTICLE_ZIPF`): تتفاعل، تستضيف، يقدمها، يرافقه."""
    if z.kind[t] != "word" or z.definite[t] or z.peel[t] or z.tanween[t]:
        return False
    light = z.light(t)
    if normal(light) in cg.known:
        return False
    stems = [light] + [
        light[: -len(suf)]
        for suf in _OBJECT_SUFFIXES
        if light.endswith(suf) and len(light) - len(suf) >= 3
    ]
    return any(_present_verb(st) and zipf("ال" + st) < _VERB_ARTICLE_ZIPF for st in stems)


#: Zipf under which a word's form with the article is no sign of a noun: a verb takes
#: none (التستضيف 0), a verbal noun or a name in ي / ت does (التقصي 2.68: لجنة تقصي
#: الحقائق; اليوبي 2.28: ولاية يوبي).
_VERB_ARTICLE_ZIPF = 2.0


class KeyClass:
    """The keys of a zone that pass a test of one key, remembered across zones.

    ``KeyClass(test).of(types)``: the keys of ``types`` (a zone's distinct keys,
    :meth:`helpers.entities.matcher.Zone.types`) for which ``test(key)`` is true, as a
    frozenset. ``test`` must be a pure function of the key (str -> bool). Each key is
    tested once (the keys not met before: one C-level set difference), the others are
    one set intersection: a rule that asks the test of every word of every zone pays
    for the zone's new words only. At most ``limit`` keys are remembered; past it the
    memory starts afresh (the answers are the same, only slower). A thread that meets
    the reset keeps the pair of sets it read: a key enters the remembered keys only
    after its answer (session 14, speed: benchmarks/README.md)."""

    def __init__(self, test, limit: int = 1 << 16) -> None:
        self._test = test
        self._limit = limit
        self._state: tuple[set[str], set[str]] = (set(), set())

    def of(self, types: frozenset[str]) -> frozenset[str]:
        """The keys of ``types`` that pass the test (a subset of ``types``)."""
        seen, passed = self._state
        new = types - seen
        if new:
            if len(seen) + len(new) > self._limit:
                seen, passed = self._state = (set(), set())
                new = types
            passed.update(filter(self._test, new))
            seen.update(new)
        return types & passed


@lru_cache(maxsize=65536)
def _past_verb(light: str) -> bool:
    """A past-tense verb before its subject: frequent (Zipf >= :data:`_VERB_ZIPF`), its
    plural and feminine attested (خاض → خاضوا 3.13، خاضت 3.28; رفض، سجل، انضم), and
    no noun first (its definite form at least 0.5 rarer: دافع 4.23 / الدافع 4.11 and
    صوت are nouns; names read as verbs by one form, جوديت، تولغا, fail one of them)."""
    z = zipf(light)
    return (
        z >= _VERB_ZIPF
        and zipf(light + "وا") >= 1.5
        and zipf(light + "ت") >= 2.0
        and zipf("ال" + light) < z - 0.5
    )


#: The past verbs (:func:`_past_verb`) among a zone's keys: :func:`_verb_openers`.
PAST_VERBS = KeyClass(_past_verb)


#: Subject endings of a past-tense verb that no name of the lists ends a surname with
#: after a first name: the feminine ت (هيلاري حاولت "Hillary tried") and the plural وا
#: (الفارو قتلوا "the Faroese killed").
_SUBJECT_ENDINGS = ("ت", "وا")


@lru_cache(maxsize=65536)
def _subject_verb(light: str) -> bool:
    """A past-tense verb conjugated for its subject, where a surname would stand after
    a first name: it ends in :data:`_SUBJECT_ENDINGS`, the lexicon conjugates it
    (:func:`helpers.text.lexical.verb_form`), it is frequent (Zipf >=
    :data:`_VERB_ZIPF`) and the lexicon does not read it as a name
    (:func:`helpers.text.lexical.looks_like_name`). Zipf: حاولت 4.79, قتلوا 4.66,
    وجدوا 4.17; names in ت are spared: جانيت، روبرت، هانت are names by the lexicon or
    no verb form, and the first names رفعت، مدحت، حكمت، نشأت are listed (the rule
    asks this of words no first-name list holds)."""
    return (
        light.endswith(_SUBJECT_ENDINGS)
        and zipf(light) >= _VERB_ZIPF
        and verb_form(light)
        and not looks_like_name(light)
    )


#: Endings of a noun or verb form whose stem takes the article (:func:`_noun_form`): a
#: possessive suffix that :func:`helpers.text.lexical.suffixed_noun` leaves to
#: context (a name may end in ي or ك: خططك، شقتي، كلمني), a dual (تحالفان، والداه),
#: a plural in construct (متداولو، مفتشو), a sound plural or present plural (يفتون),
#: and the accusative alef (مغموما).
_NOUN_ENDINGS = ("كم", "نا", "ني", "هم", "ها", "ه", "ك", "ي", "ان", "اه", "و", "وه", "ون", "ا")


#: Object pronouns a verb takes (:func:`_noun_form`): كلمني، أدخلتهم (the one list's
#: ``verb`` set, :func:`helpers.text.clitics.pronoun_suffixes`).
_OBJECT_SUFFIXES = pronoun_suffixes("verb")
#: Possessive pronoun suffixes of a noun, longest first (رأسه، رأسها، رأسهم، رأسي; the
#: one list's ``noun`` set).
POSSESSIVE_SUFFIXES = pronoun_suffixes("noun")


#: Zipf from which the word a prefix or suffix is read off is attested enough for
#: :func:`_inflected` (هنأت 2.50، أحنى 2.34، تتفرغ 2.37، ذكاء 4.12; a foreign surname's
#: rest is unattested: تيرلينغ 0).
_INFLECTED_STEM_ZIPF = 2.0
#: Pronoun suffixes :func:`_inflected` reads off (the one list's noun and verb sets,
#: longest first), without ي: a nisba family name ends in it (حضرمي، سندابي).
_INFLECTED_SUFFIXES = tuple(
    sorted({*POSSESSIVE_SUFFIXES, *_OBJECT_SUFFIXES} - {"ي"}, key=len, reverse=True)
)


def _verb_first(z, i: int) -> bool:
    """Token ``i``, a first name, reads as a feminine past verb opening its clause, its
    subject after it (ورفعت كيمارا الغرامة: رفعت "she raised", the name رفعت too): the
    word ends in ت and the lexicon conjugates it
    (:func:`helpers.text.lexical.verb_form`), and it carries و or ف or opens its
    sentence or follows punctuation."""
    light = z.light(i)
    if not (light.endswith("ت") and verb_form(light)):
        return False
    return (
        bool({"و", "ف"} & set(z.clitics[i][:1]))
        or i == 0
        or z.kind[i - 1] != "word"
        or z.sentence[i - 1] != z.sentence[i]
    )


def _inflected(light: str) -> bool:
    """A word that is another word with a prefix or suffix, by the lexicon, where the
    rest is attested at Zipf >= :data:`_INFLECTED_STEM_ZIPF` without the article
    (:func:`_noun_form` asks the article): a pronoun suffix (كامل أناقتهن: أناقة،
    سيرين هنأتني: هنأت، بريق ذكائك: ذكاء; ت read as ة, a final ئ or ؤ as ء by
    :func:`helpers.text.clitics.bare_hamza`), the
    future prefix س before a present-tense prefix (رمضان ستتفرغ: تتفرغ، عربي سيحطون:
    يحطون), the negation لا written onto a present-tense verb (رمضان لاتقام: تقام, by
    :func:`helpers.text.lexical.verb_form`), or a conjunction و ف the text layer
    left on (بريق وأحنى: أحنى). Foreign surnames are none of these (ستيرلينغ: تيرلينغ 0;
    لابورتا: بورتا takes no present-tense prefix)."""
    if len(light) < 4:
        return False
    for suf in _INFLECTED_SUFFIXES:
        stem = light[: -len(suf)]
        if light.endswith(suf) and len(stem) >= 3:
            stems = {stem}
            if stem[-1] == "ت":
                stems.add(stem[:-1] + "ة")
            stems.add(bare_hamza(stem))
            if any(zipf(st) >= _INFLECTED_STEM_ZIPF for st in stems):
                return True
    if light[0] == "س" and light[1] in "يتن" and zipf(light[1:]) >= _INFLECTED_STEM_ZIPF:
        return True
    # the negation written onto a present-tense verb: رمضان لاتقام (لا تقام)
    if light[:2] == "لا" and light[2:3] in ("ي", "ت", "ن") and verb_form(light[2:]):
        return True
    return light[0] in "وف" and zipf(light[1:]) >= _INFLECTED_STEM_ZIPF


def _noun_form(light: str) -> bool:
    """A noun (or verb) with an ending of :data:`_NOUN_ENDINGS` whose stem (ت read as ة)
    takes the article at Zipf >= 2.5 (خططك: الخطط، شقتي: الشقة، تحالفان: التحالف،
    والداه: الوالد، متداولو: المتداول), or a verb with an object pronoun of
    :data:`_OBJECT_SUFFIXES` (the stem a verb by
    :func:`helpers.text.lexical.verb_form`: كلمني); not غاندي (الغاند 0),
    لودريان (اللودري 0)."""
    for suf in _NOUN_ENDINGS:
        stem = light[: -len(suf)]
        if light.endswith(suf) and len(stem) >= 2:
            stems = (stem, stem[:-1] + "ة") if stem.endswith("ت") else (stem,)
            if any(zipf("ال" + st) >= 2.5 for st in stems):
                return True
            # a verb with an object pronoun: كلمني (كلم → كلموا، كلمت)
            if suf in _OBJECT_SUFFIXES and len(stem) >= 3 and verb_form(stem):
                return True
    return False


def _dash_between(z, a: int, b: int) -> bool:
    """A dash is token ``a`` or ``b``, or stands between them (a lone tatweel ـ is no
    token)."""
    return (
        z.key[a] in _DASHES
        or z.key[b] in _DASHES
        or bool(_DASHES & set(z.text[z.end[a] : z.start[b]]))
    )


#: Zipf (with the article) from which a definite word of a derived verbal-noun pattern
#: (:func:`verbal_noun`) is an everyday word (التأكيد 4.29، الترحيب 4.07، الاجتماع 4.79).
_VERBAL_NOUN_ZIPF = 3.5
#: Zipf from which the feminine in ية of a word in ي is a word: then the word is a nisba
#: (التركية 4.88), no verbal noun (التصدية 0، التعدية 1.69).
_NISBA_FEMININE_ZIPF = 2.5


def verbal_noun(light: str) -> bool:
    """A definite word (``light`` with its article) of a derived verbal-noun (masdar)
    pattern that the lexicon finds frequent (Zipf >= :data:`_VERBAL_NOUN_ZIPF`): تفعيل
    (التأكيد، الترحيب), تفاعل (التعاون), إفعال (الإعلان), افتعال / انفعال (الاجتماع،
    الانسحاب), استفعال (الاستمرار), مفاعلة (المشاركة، المطالبة). Patterns of the
    derived forms of the Arabic verb (Wright, *A Grammar of the Arabic Language* I
    §195-§207); and the defective تفعّل in ي (التصدي، التحدي، التبني) when its feminine
    in ية is no word (Zipf < :data:`_NISBA_FEMININE_ZIPF`: التصدية 0; a nisba has one,
    التركية 4.88). Other words in ي are never one (التويجري، الانصاري): family names
    take that shape. Such a word after a name is the verb's object (وجدد كيري التأكيد
    على، كيري التصدي لـ), no family name."""
    if not light.startswith("ال"):
        return False
    s = light[2:]
    n = len(s)
    if s.endswith("ي"):
        return (
            n == 4
            and s[0] == "ت"
            and zipf(light) >= _VERBAL_NOUN_ZIPF
            and zipf(light + "ة") < _NISBA_FEMININE_ZIPF
        )
    shape = (
        (n == 5 and s[0] == "ت" and s[3] == "ي")  # تفعيل
        or (n == 5 and s[0] == "ت" and s[2] == "ا")  # تفاعل
        or (n == 5 and s[0] == "ا" and s[3] == "ا")  # إفعال
        or (n == 6 and s[0] == "ا" and s[4] == "ا")  # افتعال، انفعال
        or (n == 7 and s.startswith("است") and s[5] == "ا")  # استفعال
        or (n == 6 and s[0] == "م" and s[2] == "ا" and s[5] == "ة")  # مفاعلة
    )
    return shape and zipf(light) >= _VERBAL_NOUN_ZIPF


#: Zipf from which a word in ه is read as a name in ة written with ه (شحاته: شحاتة
#: 3.39، حماده: حمادة 3.87، جمعه: جمعة 4.54), not a noun with the suffix "his"
#: (تطلعه: تطلعة 0، رغبته: رغبتة 1.99، شكره: شكرة 2.44).
_TA_MARBUTA_ZIPF = 3.0
#: Zipf from which the stem of a word with a pronoun suffix takes the article as an
#: everyday noun (:func:`possessed_noun`: التطلع 2.87، الولوج 3.89; not الوج 2.15).
_POSSESSED_STEM_ZIPF = 2.5


def possessed_noun(light: str) -> bool:
    """An indefinite word that is a common noun with a third-person, second-person or
    "our" pronoun suffix (the suffixes of :func:`helpers.text.clitics.stem_suffixes` but
    ي and the accusative alef) whose stem takes the article at Zipf >=
    :data:`_POSSESSED_STEM_ZIPF`: تطلعه (التطلع)، رغبته (الرغبة)، استيعابها. Not a name
    in ة written with ه (:data:`_TA_MARBUTA_ZIPF`: شحاته، سلامه), nor a name in ي or
    ا (وجيه، كوستا: :func:`helpers.text.lexical.suffixed_noun` also reads those as
    construct forms). After a name such a word is the verb's object (وأكد شكري تطلعه
    إلى), no surname: a surname carries no "his"."""
    from helpers.text.clitics import ACCUSATIVE_ALEF, stem_suffixes

    if light.endswith("ه") and zipf(light[:-1] + "ة") >= _TA_MARBUTA_ZIPF:
        return False
    for suf, end in stem_suffixes():
        if suf in ("ي", ACCUSATIVE_ALEF) or not light.endswith(suf) or len(light) - len(suf) < 3:
            continue
        stem = bare_hamza(light[: -len(suf)] + end)
        if zipf("ال" + stem) >= _POSSESSED_STEM_ZIPF:
            return True
    return False
