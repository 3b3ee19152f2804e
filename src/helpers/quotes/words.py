"""The word lists the quote rules read (``helpers/text/data/quote_words.tsv`` through
:func:`helpers.text.quoting.quote_words`, the reporting words of ``reporting_verbs.tsv``)
and the thresholds of the rules that read them."""

from __future__ import annotations

from helpers.text import PROCLITIC_LETTERS, pronoun_suffixes
from helpers.text.agreement import TEXT_VERB_LEMMAS
from helpers.text.normalize import latin_key, normalize
from helpers.text.quoting import quote_words
from helpers.text.stopwords import reporting_plurals, reporting_words

#: Reporting words (normalised form -> dictionary form, the ``verb_lemma`` column): the
#: rows marked ``quote`` of the one list, ``helpers/text/data/reporting_verbs.tsv``
#: (past, present, the accusative active participle used after a comma: مؤكداً، مضيفاً).
REPORTING_WORDS: dict[str, str] = reporting_words()


#: Reporting words whose subject is two or more (``plural`` rows of the one list: قالا،
#: أضافتا، أضفن، قالوا، يقولون، قولهم): they tell no gender and go on from no one person.
_PLURAL_VERBS: frozenset[str] = reporting_plurals()


#: Forms that may be a reporting word behind a proclitic (وقال، فأضاف): the
#: :class:`helpers.text.Analyser` decides.
_CLITIC_VERBS = frozenset(p + w for p in PROCLITIC_LETTERS for w in REPORTING_WORDS)


#: Object pronouns a finite verb takes (the one list's ``verb`` set,
#: :func:`helpers.text.clitics.pronoun_suffixes`: ه، ها، هما، هم، هن، ك، كم، ني، نا).
_VERB_OBJECTS = pronoun_suffixes("verb")


def object_reporting(norm: str) -> str | None:
    """The dictionary form of a finite verb of describing or deeming written with an
    object pronoun (وصفته إسرائيل بأنه «...»: وصفت + ه; اعتبرها، يصفه), else None.
    ``norm`` is the normalised word without its conjunction. The word less a suffix of
    the one list's ``verb`` set is a row of :data:`REPORTING_WORDS` of three letters or
    more, no accusative participle (مؤكدا، واصفة: their object follows as إياه), no
    plural (قالوا drops its alef before a pronoun), whose lemma is a ``deem`` word of
    ``quote_words.tsv`` (وصف، اعتبر): the thing described is the pronoun, the quote its
    predicate. Other verbs with an object are left alone: a relay in a relative clause
    (تصريحات نقلتها صحيفة: the paper only carries them) and ما قاله/أعلنه/أوضحه (the
    relative's subject, often right, sometimes a name the quote is about) changed
    raw SaudiNewsNet speakers wrongly as often as rightly. A form the one list gives
    whole (قوله، قولها: the verbal noun) is read by its own row, never here. Session 21
    (quotes21b): a scare-quoted word after وصفته was credited to the clause after it."""
    if norm in REPORTING_WORDS:
        return None
    for suf in _VERB_OBJECTS:
        stem = norm[: -len(suf)]
        if not norm.endswith(suf) or len(stem) < 3 or stem not in REPORTING_WORDS:
            continue
        if stem in _PLURAL_VERBS or stem.endswith(("ا", "ة")):
            continue
        lemma = REPORTING_WORDS[stem]
        return lemma if normalize(lemma) in _QW["deem"] else None
    return None


_QW = quote_words()


_QAWL = _QW["qawl"]


#: Relay verbs (نقلت الوكالة عن مصادر أن): the speaker follows عن, at most this many
#: words after the verb (:data:`_RELAY_GAP`).
_RELAY = _QW["relay"]
#: "Quoting" (نقلا): after a reporting verb and its subject, نقلا عن brings the source.
_RELAY_ADVERBS = _QW["relay_adverb"]


_RELAY_GAP = 10


_BY_WAY = normalize("طريق")


_AN = normalize("عن")


#: عن and عن with a third-person suffix (عنه، عنها، عنهم) before the verbal noun قوله,
#: with the gender the suffix gives its antecedent (``""``: none, a dual or plural).
_AN_FORMS = {
    _AN: "",
    **{_AN + s: {"ه": "m", "ها": "f"}.get(s, "") for s in pronoun_suffixes("third")},
}


#: إلى and إلى with a third-person suffix after a verb that ascribes words (``ascribe``:
#: ونسبت الصحيفة إلى الوزير قوله): before قوله they bring the speaker as :data:`_AN_FORMS`.
_ILA = normalize("إلى")


_ILA_FORMS = {
    _ILA: "",
    **{normalize("إلي" + s): {"ه": "m", "ها": "f"}.get(s, "") for s in pronoun_suffixes("third")},
}


#: Words after which a quoted span is a name, not speech.
_DESIGNATORS = _QW["designator"]


#: Statement nouns whose complement names the speaker: بيان المعارضة.
_STATEMENT_NOUNS = _QW["statement"]

#: Nouns of a written text (النص، الوثيقة): as a subject with no mention, nobody named.
_DOCUMENTS = _QW["document"]

#: Social platforms and messaging apps (تويتر، واتساب, Latin lower case): named as the
#: medium after a preposition or a statement noun, never the speaker. Keyed by
#: :func:`helpers.text.normalize.latin_key` (a no-op on the Arabic forms), as the text's
#: words are (:func:`helpers.quotes.phrase._platform`).
_PLATFORMS = frozenset(map(latin_key, _QW["platform"]))


#: Words that end a speaker phrase (complementisers, prepositions, time words).
_PHRASE_STOP = _QW["phrase_stop"]
#: Reporting verbs of telling someone (أبلغ، أخبر: lemmas) and the audience nouns that
#: are their object after the subject (الصحفيين): the speaker phrase ends there
#: (:func:`helpers.quotes.phrase._phrase`; session 24).
_TELLING = _QW["telling"]
_HEARERS = _QW["hearer"]


#: The prepositions and complementisers of :data:`_PHRASE_STOP` that take a pronoun
#: suffix (``suffix_host``), with a suffix of the one list (noun and verb sets: عنها،
#: إننا، أنني، عليه; ى written ي before it): they end a speaker phrase too (كتبت
#: الأميركية سوزان سونتاج عنها بأنها، وقال جوليان أسانج إننا), and the one-letter
#: preposition ل (``clitic_host``) with a third-person suffix only (له، لها، لهم:
#: صاحبنا الثائر له; لي is a name too: لي كه تشيانغ).
_SUFFIXED_STOPS = frozenset(
    (stop[:-1] + "ي" if stop.endswith("ى") else stop) + suffix
    for stop in _QW["suffix_host"]
    for suffix in {*pronoun_suffixes("noun"), *pronoun_suffixes("verb")}
) | frozenset(host + suffix for host in _QW["clitic_host"] for suffix in pronoun_suffixes("third"))


#: Time words that may stand between a verb and its subject (وقال أمس الوزير).
_LEAD_SKIP = _QW["lead_skip"]


#: Time nouns that end a speaker phrase after its first word (كينياتا عشية المحادثات).
_TIME_WORDS = _QW["time_word"]


#: Adjectives of time that make a time phrase with the word before them (الأسبوع الماضي،
#: أمس الأول): skipped, as :data:`_LEAD_SKIP`, before a subject.
_TIME_ADJECTIVES = _QW["time_adjective"]


#: "One of" (أحد، إحدى): after a name, before a definite word or an elative, an
#: apposition opens (:func:`_partitive`).
_PARTITIVE = _QW["partitive"]


#: Relative pronouns: after a role, a relative clause whose name follows its comma
#: (:func:`_after_relative`).
_RELATIVES = _QW["relative"]


#: A verb with its به or pronoun between a statement noun and its maker (استطلاع قامت
#: به، دراسة أجرتها): :func:`_statement`.
_CONDUCT = _QW["conduct"]


_AFTER_QUOTE_MARKERS = _QW["after_quote"]


#: Participles between a statement noun and its source: بيان صادر عن الوزارة.
_ISSUED = _QW["issued"]


#: Reporting words whose subject is a text (جاء في البيان، ورد): they report only before
#: :data:`_TEXT_VERB_NEXT`, and tell no gender.
_TEXT_VERBS = _QW["text_verb"]


#: Their dictionary forms as :data:`REPORTING_WORDS` gives them (``verb_lemma``).
_TEXT_VERB_LEMMAS = TEXT_VERB_LEMMAS  # helpers.text.agreement: the one place


#: Reporting words whose first sense is to go on, complete or conclude (``aspect_verb``
#: of ``quote_words.tsv``, by dictionary form: أكمل، يكمل، اختتمت، مختتما، واصل): they
#: report only a quote they open (:class:`helpers.quotes.zone._Zone`).
_ASPECT_VERB_LEMMAS = frozenset(
    v for v in REPORTING_WORDS.values() if normalize(v) in _QW["aspect_verb"]
)


_TEXT_VERB_NEXT = frozenset(normalize(w) for w in ("في", "على", "علي", "ضمن"))  # علي: عليها


#: Words right before guillemets that make the quoted words a name: a preposition
#: (قال لـ«الشرق الأوسط»، نقلا عن «رويترز») or a reporting verb whose subject is the
#: quoted name (أعلنت «إي إف جي هيرميس» أن ...).
_NAME_PREPOSITIONS = _QW["name_preposition"]


#: «...» على حد قوله / تعبيره: the quote is the last named speaker's.
_AS_SAID = [normalize("على"), normalize("حد")]


#: Prepositions between a statement noun and its source: بيان من مكتب زوما.
_SOURCE_PREPOSITIONS = frozenset({normalize("من"), normalize("عن")})


#: Complementisers: a role's name comes before them (قال وزير الخارجية عادل الجبير إن).
_COMPLEMENTISERS = _QW["complementiser"]


#: A complementiser with a pronoun suffix of the one list (أنها، إنه، بأنه، أننا، إنني):
#: the pronoun is the complement's subject, so a quoted word after it is its predicate.
_SUFFIXED_COMPLEMENTISERS = frozenset(
    c + s for c in _COMPLEMENTISERS for s in {*pronoun_suffixes("noun"), *pronoun_suffixes("verb")}
)


#: How many words after a role its name may come (رئيس مجلس إدارة الغرفة في المحافظة
#: سياف بن عامر آل خشيل).
_ROLE_GAP = 12


#: Nouns of unnamed sources (مصدر، مسؤول، شهود): no named speaker.
_SOURCES = _QW["source"]


#: Nouns heading an organisation's name (وزارة، شركة، المرصد).
_ORG_NOUNS = _QW["organisation"]


#: Capitals named for their government (أعلنت الرياض): places that may be speakers.
_SEATS = _QW["seat"]


#: A speaker phrase whose first word is an everyday word this frequent (Zipf, wordfreq's
#: Arabic list; the words after it 0.3 less: خلل 4.19) and no name is no subject (عدم
#: وجود خلل، أهمية): the verb's object. كيري 3.90، روني 3.91، جولي 4.25، هول 3.95 stay
#: names; عدم 5.54، وجود 5.59، تثبت 4.43، اختبار 4.68 are everyday words.
_EVERYDAY_ZIPF = 4.3


#: Pronoun suffixes of a noun read as a pronoun's noun (سموه، اسمه، معاليه، حديثها): the
#: ``third`` set of the one list (:func:`helpers.text.clitics.pronoun_suffixes`).
_HA_SUFFIXES = pronoun_suffixes("third")


#: Pronoun suffixes of a preposition (عنه، لها، لي، إليهم): the ``speech`` set.
_PRONOUN_SUFFIXES = pronoun_suffixes("speech")


#: Possessive suffixes of a noun (نجله، أستاذنا، والدي): the ``noun`` set.
_NOUN_SUFFIXES = pronoun_suffixes("noun")


#: The accusative ending of an indefinite noun (دائمًا، أيضًا): an adverb, never in a name.
_TANWEEN_FATH = "\u064b"


#: A line of at most this many words with no sentence end (``. ! ? ؟ :``) between a
#: speaker and a continuation verb with no subject (وأضاف: «...») is a heading: it opens
#: a new section of the story, and no speaker is carried across it
#: (:func:`helpers.quotes.attribution._section_speaker`).
_HEADING_WORDS = 8


#: A definite word before a name is a descriptor (الخبير، الأديب، المدعى، البروفيسور)
#: only when the word without its article is attested at least this often (Zipf, in
#: wordfreq's Arabic list): خبير 4.43، مدعى 2.77; a name written with an initial ال is
#: not (اليكسي: يكسي 1.82; اليزابيت: يزابيت 0) (:func:`helpers.quotes.roles._descriptor`).
_DESCRIPTOR_ZIPF = 2.5
