"""Arabic proclitics (و ف ب ك ل س and the article ال): the one place khabar analyses them.

The tokeniser, the streaming counter, the entity keys and matcher and quotes all ask
this module (through :func:`helpers.text.analyse_types`, :class:`helpers.text.Analyser`
or :class:`CliticSplitter`), so a word is split one way everywhere.

A written word W may be a word of its own or proclitic(s) + remainder R. Which reading
is right is decided by **evidence from a lexicon** of 570,000 attested Arabic word forms
with frequencies (:mod:`helpers.text.lexicon`: wordfreq's Arabic "large" list, on the
Zipf scale z, 0 = absent), so the decision does not depend on the size of the corpus;
words of the corpus at hand (and ``known`` words) are a second signal where the lexicon
knows neither form. Forms are compared after normalisation; the article is decided on
the *light* form (normalised except for alef, so the hamza of ألمانيا or إلا is still
there and cannot be mistaken for the article ال, see :func:`has_article`).

Rules, in order:

1. Whole: words of 2 letters or fewer, stopword forms (كان، ليس، فيما، لدينا، الذي) and
   the exception lexicon (``data/clitic_exceptions.txt``: لبنان، وليد، الله...). But ك +
   a function word is split first (:func:`helpers.text.stopwords.kaf_function_words`:
   كما، كذلك، كهذه، كتلك، كأكثر، ككل، كغيرها، كمثل; not كأن، كان، كلما، كذا), unless a form
   whose function word takes no tanwin is written with it (كمًّا "quantity": the
   ``surface`` of :meth:`CliticSplitter.analyse`).
2. Candidates: an optional conjunction و/ف, then one of: the article ال (ال + X with
   X of 2+ letters: always a split, the article is written); ب/ك + ال + X; لل + Y, read
   as ل + لY (للافروف), ل + ال + Y (للوجود) or ل + ال + لY (للاجئين, three lams written
   two), ب/ك + a function word written with the article (بالذي، كالتي, never a form of
   إلى: كاليه "Calais" is not ك + إليه); ب/ل/ك + R; the future prefix س + R where R
   starts like an imperfect verb (ي ت ن ا: سيكون = س + يكون), its stem after that
   prefix has 2+ letters (3+ after ا: not سان، ساهم، ساعد، سامر) and it is attested as a
   verb: with both ي and ت at z >= 3, itself or without one pronoun suffix (يكون، تكون;
   سأكتسبه: يكتسب، تكتسب; ستوب "Stubb" is not س + توب: يوب 2.66).
3. A candidate split W = p + R is **licensed** (``_licensed``) when, with z(W) > 0:

   - z(R) > 0 and z(R) >= z(W) - tau[p], tau = 1.0 for و ف ب ل, 0 for س and -1.0 for
     ك (0 when the article is written after it: كالعادة). The remainder of a true split
     is a word at most a factor 10 rarer than the cliticised form (بوضوح 4.51 / وضوح
     3.94, بشأن / شأن), or, with the article written after p and a stem of 3+ letters,
     z(R) >= 3.0 (بالإضافة 5.49 / الإضافة 3.54: a fixed phrase); س and ك, whose
     letters begin many words (سيارة، سيدي، كمال، كريم، كلين), need the remainder at
     least as frequent, ك ten times as frequent (كرئيس 4.12 / رئيس 5.69), or three
     times as frequent with the **ك tests** below (كوسيلة 4.06 / وسيلة 4.79);
   - a remainder stem of 2 letters needs z(R) >= z(W) (وفي، فقد = ف + قد), and +0.5
     more after the article (بالدم splits, بالمر "Palmer" does not); never after ك
     (كلم "km", كيا "Kia");
   - the **article test** (a proclitic cannot follow the article): where no article
     follows p, W is a word of its own when z(ال + W) >= z(W) - 1.0 (الواحد 4.96 against
     واحد 5.81: واحد stays whole though احد is frequent; likewise ولاية، لجنة، كمال);
   - a remainder that is a stopword is licensed by the tests above when the stopword
     lexicon lists the whole as that proclitic + function word (بذلك، وانه، لهما:
     :func:`helpers.text.stopwords.cliticised_function_words`); otherwise it goes
     through the nominal and stem tests below like any word (لحين، لأول، بحول split;
     بعدا "distance" stays whole); never after ك (كانا، كفى: ك takes no pronoun or
     particle);
   - the **nominal test** (ب and ك take nouns, not verbs or names they happen to begin):
     when z(R) - z(W) < 0.7, R or one of its suffix stems (:func:`stems`) must take the
     article at z >= 2.5 (بكين: الكين 2.16, باتت، برنت، بلوتو stay whole; بحقهم: الحق);
     ل likewise at 1.5 unless R starts like an imperfect verb (ليصل), so لوكاس، لاجارد
     stay whole and لاستكمال (الاستكمال 2.39) splits;
   - the **ك tests** (ك + R, no article written): W is a word of its own when ب + W or
     ل + W is in the lexicon at z >= 1.0 (a preposition never precedes ك: لكولن، بكلين,
     so كولن، كلين، كلاي، كنيته stay whole); and a remainder only 3 to 10 times as
     frequent as the whole (0.5 <= z(R) - z(W) < 1.0) licenses the split only when R
     is clearly a noun (z(ال + R or a suffix stem) >= 3.0), W has no pronoun suffix or
     accusative alef (not كسرنا، كعبا، كيدهم), W is no perfect verb (ي + W, ي + W less a
     final ت, below 2.0: not كادت، كلفت) and R does not begin with a bare alef in the
     written form (كايلا، كاميل; a written hamza, كأداة, is evidence): كجزء، كوسيلة،
     كبديل، كمثال، كمرشح split;
   - the **stem article test**: W is a word of its own when one of its suffix stems
     takes the article at z >= 2.5 and >= z(W) - 1.0, more readily than R's stems do
     (margin 0.5): واحدا → الواحد, فورا → الفور, ليلا → الليل, لهبها → اللهب; not بدنيا
     (البدني 3.71 < الدنيا 4.99).

   After ك, a hamzated alef (أ إ آ) starts the remainder too: the split is licensed
   as above, or when the remainder (3+ letters, no stopword) is at z >= 3.0 and takes the
   article at z >= 3.0, whatever the whole form's frequency (the alef-keyed lexicon reads
   كأميرة as كاميرة "camera"): كأحد، كأداة، كأميرة، كإجراء; a two-letter remainder
   splits when ten times as frequent as the whole and a noun (كأب، كأخ; كأس "cup" stays
   whole), and كأنه (a stopword) stays whole. With a bare alef after ك, a whole that
   itself or less a pronoun suffix takes the article at ``KAF_RARE_Z`` is a word of its
   own (كاهل، كاهله: الكاهل; session 17).

   After و/ف, a hamzated alef (أ إ آ) starts the remainder: the split is licensed when the
   remainder is a function word or a lexicon word of 3+ letters (وأحد = و + أحد; the
   alef-keyed lexicon would read the whole as واحد "one"; فأس، فأر stay whole). Before
   any of this, the **conjunction stack test**: a whole of 4+ letters (no hamzated alef
   after و/ف) attested after its own first letter (و + W, ف + W) at ``CONJ_STACK_Z`` 1.0
   or more and at most ``CONJ_STACK_GAP`` 1.5 below W is a word of its own (the
   conjunction is not written twice: وافق، واصل، وجدها، فرضوا، وهيب، وليم; وولكن is a
   typo, 4.45 below ولكن; session 18).

   After ب, a remainder that begins with و or ي, is below ``ARTICLE_Z`` and takes the
   article below ``KAF_RARE_Z`` (itself, a suffix stem, or less ك/ي/ى with ت read as ة)
   is a transliterated name or a colloquial verb, whatever the frequencies: بوناتي،
   بوهلال، بيقولو stay whole; بوزارة، بواشنطن، بولايتك split (session 18).

   With z(W) = 0 (the lexicon lacks the whole form), a split is licensed when the
   article is written after p, or the remainder (3+ letters) is in the lexicon or
   attested in the corpus / ``known`` (للافروف = ل + لافروف: لافروف 3.17, للافروف 0);
   after ك or ب a remainder that begins with و، ي or a bare alef (a transliterated name:
   كوفتون، كيديرو، كايبارا، بافينو) must also be at z >= 3.0 or take the article at
   z >= 1.5.
   No ب or ك before a form of إلى written without its hamza (بالي "Bali", باليه
   "ballet", كاليه "Calais" stay whole): prepositions do not stack.
   Stopwords never license a split by being stopwords (د، اية، عدا، لكي، اين are in the
   list): only frequencies and the stopword lexicon's own cliticised forms do.
4. Among the readings of لل the licensed one with the most frequent remainder wins;
   when none is licensed and z(W) = 0, ل + لY if لY is attested, else ل + ال + Y.

The scoring follows the frequency-based splitting of Koehn & Knight (2003, "Empirical
Methods for Compound Splitting", EACL: a split is accepted when its parts are frequent
relative to the whole), adapted to proclitics, which are closed-class and frequent: only
the remainder is compared with the whole; the article test uses the distribution of the
article (Ryding 2005, "A Reference Grammar of Modern Standard Arabic", ch. 9: proclitic
prepositions and conjunctions precede the article, never follow it); the nominal test uses
the same distribution for the remainder (a preposition governs a noun, which takes the
article; Ryding ch. 16). The thresholds were set on the examples of issue 13 and on
development text from outlets other than the held-out ones (benchmarks/README.md,
"Proclitic splitting on text not tuned on").

The analysis is per word *type*; callers cache it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from helpers.charsets import ALEF_WASLA, HAMZA_ALEFS, TANWIN, TEH_MARBUTA
from helpers.text.first_names import FIRST_NAME_LISTS, first_name_lines
from helpers.text.normalize import _key, normalizer_table
from helpers.text.stopwords import (
    _read_list,
    cliticised_function_words,
    function_words,
    kaf_function_words,
    kaf_indeclinable_words,
)

__all__ = [
    "ACCUSATIVE_ALEF",
    "ARTICLE_ALEFS",
    "CONJUNCTIONS",
    "PROCLITIC_LETTERS",
    "CliticSplitter",
    "Reading",
    "bare_hamza",
    "exceptions",
    "has_article",
    "number_clitics",
    "pronoun_suffixes",
    "stem_suffixes",
    "stems",
    "without_conjunction",
    "without_proclitics",
]

_MAX_LEN = 40  # longer runs (base64, URLs without scheme) are not words: keep whole

#: The letters that write the alef of the article ال: the bare alef, and the alef wasla
#: of vocalised text. A hamzated alef (أ إ آ) is a root letter or the hamza of a verb
#: form, never the article: ألمانيا، ألبانيا، إلغاء، ألف، ألم، ألعاب، إلى، ألا، أليس.
ARTICLE_ALEFS = frozenset("\u0627" + ALEF_WASLA)
#: Alefs that carry a hamza (أ إ آ and their extended forms, not the wasla ٱ): after و or
#: ف they begin the remainder, since no word has و or ف before a hamzated alef as root
#: letters often enough to outweigh it (وأحد is و + أحد, not واحد).
HAMZA_SEATS = frozenset(HAMZA_ALEFS) - ARTICLE_ALEFS
#: Letters a word with a proclitic can start with (و ف ب ك ل س, and ا of the article).
PROCLITIC_LETTERS = frozenset("وفبكلسا\u0671")
#: The conjunctions written joined to the next word (و and, ف so): a word's first proclitic.
CONJUNCTIONS = frozenset("وف")
#: The prepositions written joined to the next word (ب with, ك like, ل for/to): after a
#: conjunction, before the article; written alone before a quote mark or a digit with a
#: tatweel or nothing (بـ"الحكيم"، و"سنواصل"، لـ«الشرق الأوسط»).
JOINED_PREPOSITIONS = frozenset("بكل")

#: Zipf margin by proclitic (rule 3): remainder at most this much rarer than the whole
#: (negative: the remainder must be that much *more* frequent than the whole).
TAU = {"و": 1.0, "ف": 1.0, "ب": 1.0, "ل": 1.0, "ك": -1.0, "س": 0.0}
#: Article test margin: W is a word of its own when z(ال + W) >= z(W) - KAPPA.
KAPPA = 1.0
#: Nominal test (rule 3): a remainder after ب ك (and ل before no imperfect prefix) less
#: than RISKY Zipf more frequent than the whole needs its definite form at NOUN_Z or more.
RISKY = 0.7
NOUN_Z = 2.5
#: Margin of the stem article test: the word's definite stem against the remainder's.
DEF_MARGIN = 0.5
#: With the article written after the proclitic, a definite remainder (3+ letter stem) this
#: frequent licenses the split whatever the whole form's frequency: fixed phrases such as
#: بالإضافة (5.49; الإضافة 3.54) and بالنسبة (5.55; النسبة 4.40) are far more frequent
#: than their remainders, while names read as ب + ال + X have a rare or absent ال + X
#: (بالدوين: الدوين 1.09; كاليفورنيا، فالنسيا: 0).
ARTICLE_Z = 3.0
NOUN_Z_L = 1.5  # ل: purpose ل before rarer verbal nouns (لاستكمال 2.39، لمحو 2.44)
#: The accusative alef of an indefinite noun or adverb (واحدا، فورا، ليلا), the tanwin
#: not written: :func:`stems` peels it like a pronoun suffix.
ACCUSATIVE_ALEF = "\u0627"
#: The letter ta (ت) that writes a ta marbuta (ة) before a pronoun suffix (كلمته → كلمة).
_TA = "\u062a"
#: Final hamza seats written before a suffix (ئ ؤ), back to the bare hamza ء once the
#: suffix is gone (:func:`bare_hamza`: اجوائها → اجواء).
_FINAL_SEATS = frozenset("ئؤ")
#: Extra margin for a two-letter stem after a proclitic and the article.
SHORT_MARGIN = 0.5
_FUTURE_NEXT = frozenset("يتنا")  # imperfect prefixes (أ normalised to ا)
_IMPERFECT = frozenset("يتن")  # ل before these may be the ل of purpose on a verb
#: The future prefix س needs the verb stem attested with ي and with ت at this Zipf.
VERB_Z = 3.0
#: ك + noun (rule 3, the ك tests). A word attested after ب or ل at this Zipf or more is
#: a word of its own: a preposition never stands before the proclitic ك (لكولن، بكلين
#: are attested, لكرئيس is not).
KAF_STACK_Z = 1.0
#: A remainder less than 1.0 but at least KAF_NEAR Zipf more frequent than the whole
#: (three to ten times) licenses ك + R only when R is clearly a noun (its definite form at
#: KAF_NOUN_Z or more), the whole carries no pronoun suffix or accusative alef and is no
#: perfect verb (ي + W, or ي + W without a final ت, below KAF_VERB_Z), and R does not
#: begin with a bare alef (names: كايلا، كاميل): كوسيلة 4.06 / وسيلة 4.79، كبديل، كجزء.
KAF_NEAR = 0.5
KAF_NOUN_Z = 3.0
KAF_VERB_Z = 2.0
#: The conjunction is not written twice: a form attested after its own first letter as
#: the conjunction (و + W, ف + W) at this Zipf or more, and at most :data:`CONJ_STACK_GAP`
#: below W itself, begins with that letter as a root letter or a name's: وافق (ووافق 3.62
#: / 4.51 "agreed", not و + أفق), واصل، وجدها، وصلوا، فرضوا، وهيب (ووهيب 1.59 / 2.92), وليم.
#: A true split is written after a second و only by mistake, as often as any typo: ولكن
#: 6.05 / وولكن 1.60, وهذا 5.58 / 1.04 (session 18).
CONJ_STACK_Z = 1.0
CONJ_STACK_GAP = 1.5
#: A whole the lexicon lacks, ك + a remainder that begins with و، ي or a bare alef (the
#: vowel of a transliterated name: كوفتون، كيديرو، كايبارا), is a word of its own unless
#: the remainder takes the article at this Zipf or more (ك governs a noun) or is itself at
#: :data:`ARTICLE_Z` or more; other remainders split as before (كغاندي، كمحطتي، كمقرض).
#: The same test reads ب + a remainder in و or ي whatever the whole's frequency (بوناتي،
#: بوهلال) and ب + a bare alef when the lexicon lacks the whole (بافينو): session 18,
#: :meth:`CliticSplitter._vowel_name`.
KAF_RARE_Z = 1.5
#: The verbal nouns of the derived forms VII (انفعال), X (استفعال) and VIII (افتعال: ا, a
#: root letter, ت), which begin with a bare alef (hamzat al-wasl) and are no names: after
#: ب or ك a rare one is a noun all the same (يعجل بانفراجة). Source: Ryding 2005, ch. 27-35.
_DERIVED_NOUN = re.compile("ان..|است..|ا.ت..")

#: The named subsets of ``data/pronoun_suffixes.tsv`` (:func:`pronoun_suffixes`).
PRONOUN_SETS = ("noun", "verb", "third", "speech", "stem", "marbuta")


@lru_cache(maxsize=1)
def stem_suffixes() -> tuple[tuple[str, str], ...]:
    """What :func:`stems` peels, longest first: ``(ending, restored)`` pairs (str, str),
    built from the one list (``data/pronoun_suffixes.tsv``) by two rules written once
    here: a suffix of the ``marbuta`` set after ت is peeled with the ت, which is read
    back as ة (``("تها", "ة")``: لمستها → لمسة); every suffix of the ``stem`` set and the
    :data:`ACCUSATIVE_ALEF` are peeled alone (``("ها", "")``, ``("ا", "")``). The ت +
    suffix pairs come first, then the plain suffixes, each longest first (ties in file
    order: one form ends in at most one of them), so the endings one form has are tried
    longest first, as by the hand-written tuple this replaced (session 18, suffix18:
    ``benchmarks/stems_check.py`` gives the same stems for the 89,802 types of 10 MB).

    >>> stem_suffixes()[:2], stem_suffixes()[-3:]
    ((('تهما', 'ة'), ('تها', 'ة')), (('ه', ''), ('ي', ''), ('ا', '')))

    Raises
    ------
    helpers.errors.ArgumentError
        The data file has a bad row (see :func:`pronoun_suffixes`).
    """
    marbuta = [(_TA + s, TEH_MARBUTA) for s in pronoun_suffixes("marbuta")]
    plain = [(s, "") for s in (*pronoun_suffixes("stem"), ACCUSATIVE_ALEF)]
    return (*marbuta, *plain)  # pronoun_suffixes: longest first; the alef is one letter


def bare_hamza(stem: str) -> str:
    """``stem`` with a final hamza seat (ئ ؤ) read back as the bare hamza ء: a word whose
    final hamza sits on ي or و before a suffix (اجوائها، ذكائك، أبناؤه) writes it bare
    without one (اجواء، ذكاء، أبناء). The one place of this rule, for :func:`stems` and
    the entity rules' stem tests (:mod:`helpers.entities.rules.words`). Other strings,
    and the empty string, are returned as they are; raises nothing.

    >>> bare_hamza("اجوائ"), bare_hamza("ابناؤ"), bare_hamza("لمسة")
    ('اجواء', 'ابناء', 'لمسة')
    """
    if stem[-1:] in _FINAL_SEATS:
        return stem[:-1] + "ء"
    return stem


def imperfect_stem(stem: str, lex: dict[str, float]) -> bool:
    """Whether ``stem`` (a fully normalised word after the future prefix س and its
    imperfect prefix: توجه of سيتوجه) is a verb stem by the lexicon ``lex`` (normalised
    form -> Zipf): it, or it without one pronoun suffix (:func:`stems`: سأكتسبه →
    كتسب), conjugates with both ي and ت at Zipf >= :data:`VERB_Z` (يتوجه 3.69 /
    تتوجه 3.48; not توب of ستوب, يدي of سيدي). The one test of the future prefix, for
    the splitter (:meth:`CliticSplitter.split`) and :func:`future_verb`. Pure look-ups;
    raises nothing."""
    get = lex.get
    return any(min(get("ي" + s, 0.0), get("ت" + s, 0.0)) >= VERB_Z for s in stems(stem, 2))


@lru_cache(maxsize=65536)
def future_verb(light: str) -> bool:
    """Whether ``light`` (one word, normalised with ``alef=False`` or fully) is the
    future prefix س + an imperfect verb by the default lexicon: س, an imperfect prefix
    of the second or third person or of "we" (ي ت ن, :data:`_IMPERFECT`; the "I" of
    سأ is left out, سا opens many names: ساجده، ساحلي), a stem of three letters or
    more that :func:`imperfect_stem` reads as a verb: سيتوجه، سيضطر، ستقوم، سيكون, with an object
    pronoun سيزوره; the verb without س at least as frequent as the word. The whole
    word may be attested (the future is written as one word),
    so this asks the stem, not :func:`helpers.text.lexical.whole_word_wins`; names in
    سي / ست are no verb stem (سيلفا: لفا، ستيفنز: يفنز، سيميوني، سنودن). Used by the
    entity rules: a future verb is never part of a name (عباس سيتوجه للجنائية: the name
    is عباس; DEVELOPING.md, session 23). Raises nothing for a str."""
    from helpers.text.lexicon import lexicon as _lexicon
    from helpers.text.normalize import normalize

    w = normalize(light)
    # a stem of three letters or more: a two-letter one is read as a verb too often
    # (سيبي، the tennis player Seppi: يبي / تبي "want" in Gulf spelling)
    if not (len(w) >= 5 and w[0] == "س" and w[1] in _IMPERFECT):
        return False
    lex = _lexicon()
    # the verb without its future prefix is written at least as often as with it
    # (يتوجه 3.69 / سيتوجه 3.07، يكون 5.99 / سيكون 5.34); a name is not (سيلفا 3.93 /
    # يلفا 0, whose لفا the accusative test of stems() would read as لف)
    return lex.get(w[1:], 0.0) >= lex.get(w, 0.0) and imperfect_stem(w[2:], lex)


def stems(form: str, shortest: int = 3) -> list[str]:
    """``form`` and its stems without one pronoun suffix or accusative alef (:func:`stem_suffixes`).

    For the article tests of rule 3: a word whose stem takes the article is a noun of its
    own (واحدا → واحد, لهبها → لهب, لمستها → لمسة, اجوائها → اجواء). Stems keep
    ``shortest`` letters or more. Pure string work on a normalised form; raises nothing.

    >>> stems("لمستها")
    ['لمستها', 'لمسة', 'لمست']
    >>> stems("اجوائها")
    ['اجوائها', 'اجواء']
    """
    out = [form]
    for suf, end in stem_suffixes():
        if form.endswith(suf) and len(form) - len(suf) + len(end) >= shortest:
            s = form[: -len(suf)] + end
            if s[-1] in _FINAL_SEATS:
                s = bare_hamza(s)
            elif suf == ACCUSATIVE_ALEF and s[-1] in "هن":  # ها، نا are suffixes of their own
                continue
            if s not in out:
                out.append(s)
            if s[-1] == "ي" and suf != "ي":  # construct plural: منسوبيها → منسوبين
                out.append(s + "ن")
    return out


class Reading(NamedTuple):
    """How a word reads once its proclitics are peeled (:meth:`CliticSplitter.reading`).

    ``clitics`` (str, ``"و+ال"``), ``base`` (str, the term key), ``form`` (str: the
    normalised word without the proclitics other than the article, the article restored
    after ل: للعراق gives العراق), ``peeled`` (int: letters of proclitics before
    ``form`` in the light form, the article not counted), ``definite`` (bool: the article
    is there, written or merged in لل).
    """

    clitics: str
    base: str
    form: str
    peeled: int
    definite: bool


def pronoun_suffixes(which: str) -> tuple[str, ...]:
    """The pronoun suffixes (ضمائر متصلة) of one named subset of the one list,
    ``helpers/text/data/pronoun_suffixes.tsv``, normalised, longest first (ties in file
    order): ``"noun"`` possessive (ه ها هما هم هن ك كم ي نا), ``"verb"`` object (ي
    becomes ني), ``"third"`` the third person (ه ها هما هم هن), ``"speech"`` what news
    reporting puts on a preposition, third and first person (عنه، عليها، لي، عنا: the
    second person ك is left out, as ذلك، كذلك end in it), ``"stem"`` what :func:`stems`
    peels (the noun set less ك), ``"marbuta"`` what it also peels after a ta marbuta
    written ت (ه ها هما هم هن نا: :func:`stem_suffixes`). Source: W. Wright, *A Grammar
    of the Arabic Language*, vol. 1, the suffixed personal pronouns.

    >>> pronoun_suffixes("third")
    ('هما', 'ها', 'هم', 'هن', 'ه')

    Raises
    ------
    helpers.errors.ArgumentError
        ``which`` is not one of :data:`PRONOUN_SETS`, or the file has a bad row (its
        name and line are given) or a set name not among them.
    """
    from helpers.errors import check_choice

    return _pronoun_suffixes(check_choice(which, PRONOUN_SETS, "pronoun_suffixes", "which"))


@lru_cache(maxsize=8)
def _pronoun_suffixes(which: str) -> tuple[str, ...]:
    from helpers.errors import ArgumentError
    from helpers.io import read_data_rows

    where = "helpers/text/data/pronoun_suffixes.tsv"
    _, rows = read_data_rows("helpers.text", "pronoun_suffixes.tsv", ("suffix", "person", "sets"))
    out = []
    for suffix, _person, sets in rows:
        unknown = sorted(set(sets.split()) - set(PRONOUN_SETS))
        if unknown:
            raise ArgumentError(
                f"{where}: the suffix {suffix!r} names set(s) {', '.join(unknown)}, not among "
                f"{', '.join(PRONOUN_SETS)}"
            )
        if which in sets.split():
            out.append(suffix)
    return tuple(sorted(out, key=len, reverse=True))


def number_clitics(prefix: str) -> str:
    """The proclitics written onto a number, ``+``-joined as in the tokens table's
    ``clitics`` column: ``prefix`` is the normalised letters before the digits
    (:data:`helpers.text.tokenize.TOKEN_RE` takes و ف, ب ك ل and the article ال there):
    ``"و"`` → ``"و"``, ``"وب"`` → ``"و+ب"``, ``"ال"`` → ``"ال"``, ``"بال"`` →
    ``"ب+ال"``, ``"لل"`` (ل + ال, the article's alef not written) → ``"ل+ال"``,
    ``"ولل"`` → ``"و+ل+ال"``. Pure string function; raises nothing.
    """
    if len(prefix) >= 2 and prefix[-2] in ARTICLE_ALEFS and prefix[-1] == "\u0644":
        return "+".join([*prefix[:-2], "ال"])
    if prefix.endswith("لل"):
        return "+".join([*prefix[:-2], "ل", "ال"])
    return "+".join(prefix)


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


def without_conjunction(norm: str, known) -> str:
    """``norm`` (a normalised word) without its first letter when that letter is a
    conjunction (:data:`CONJUNCTIONS`, و or ف) and the rest is one of the words
    ``known`` (any container of normalised words) while ``norm`` itself is not:
    واضافت → اضافت and فاجابت → اجابت when ``known`` holds اضافت and اجابت, but واصل
    stays واصل when ``known`` holds it (a word of its own, not و + اصل). Else ``norm``
    unchanged. A lookup in ``known``, no clitic reading: for a closed list of words
    (the reporting words, :func:`helpers.text.agreement.verb_gender`). Raises nothing
    for a str."""
    if norm[:1] in CONJUNCTIONS and norm not in known and norm[1:] in known:
        return norm[1:]
    return norm


def without_proclitics(key: str, clitics: tuple[str, ...]) -> str:
    """A term key with the proclitic letters the clitic reading found on the word
    (``clitics``: the tokens table's ``clitics``, split on ``+``; the article ال is
    never part of a key) taken off its start, when a reader kept the word whole
    (بجائزة: ``("ب",)``, key بجائزه → جائزه; وبكأس: ``("و", "ب")`` → كاس). ``key``
    unchanged when it does not start with those letters or would keep fewer than two.
    Pure string function; raises nothing."""
    prefix = "".join(c for c in clitics if c != "ال")
    if prefix and key.startswith(prefix) and len(key) - len(prefix) >= 2:
        return key[len(prefix) :]
    return key


@lru_cache(maxsize=16)
def _exceptions(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    light = normalizer_table(**{**dict(options), "alef": False})
    return frozenset(w.translate(light) for w in _read_list("clitic_exceptions.txt"))


@lru_cache(maxsize=16)
def _name_words(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    light = normalizer_table(**{**dict(options), "alef": False})
    words = set()
    for fname in FIRST_NAME_LISTS:
        for name, _flag in first_name_lines(fname):
            w = name.translate(light)
            if " " not in w and not has_article(w):  # المعتصم: the article is peeled
                words.add(w)
    return frozenset(words)


def exceptions(**options: bool) -> frozenset[str]:
    """Words never split (light-normalised, alef forms kept): ``data/clitic_exceptions.txt``
    and the one-word first names of ``data/first_names.txt`` and ``first_names_extra.txt``
    not written with the article (:data:`helpers.text.first_names.FIRST_NAME_LISTS`,
    read by :func:`helpers.text.first_names.first_name_lines`). Only the first file's
    words are also evidence for a split (ولبنان → و + لبنان): a first name is not (وجود is
    no و + the name جود). Raises :class:`~helpers.errors.ArgumentError` naming the file
    and line of a bad entry of ``clitic_exceptions.txt``, and
    :class:`~helpers.errors.GazetteerError` naming those of a first-name list."""
    key = _key(options)
    return _exceptions(key) | _name_words(key)


class CliticSplitter:
    """Split proclitics off word types, with the lexicon and attested words as evidence.

    Parameters
    ----------
    known : iterable of str, optional
        Fully normalised words attested in the text or corpus at hand (see
        :meth:`attest`), plus any lexicon the caller trusts (gazetteer names...): the
        second signal, used where the lexicon lacks the whole form.
    lexicon : bool
        Use the frequency lexicon (:mod:`helpers.text.lexicon`, loaded on first use and
        cached); ``False`` leaves only attestation (for tests of the fallback).
    **options : bool
        Normalisation options (:func:`helpers.text.normalize`).

    Methods
    -------
    split(light, full=None) -> (clitics, base)
        ``light`` is the word normalised with ``alef=False``; returns the proclitics
        as a ``+``-joined string (``"و+ال"``, ``""`` if none) and the fully normalised
        remainder, the term key.
    reading(light, full=None) -> Reading
        The same analysis with the form and letter count a matcher needs.
    """

    def __init__(self, known: Iterable[str] = (), *, lexicon: bool = True, **options: bool):
        key = _key(options)
        self.options = dict(key)
        self.full = normalizer_table(**self.options)
        self.light = normalizer_table(**{**self.options, "alef": False})
        self.stop = function_words(**self.options)  # never the additions: see stopwords
        self.stop_forms = cliticised_function_words(**self.options)  # بذلك، وأنه، لهما
        self.kaf_forms = kaf_function_words(**self.options)  # كما، كذلك، كهذه، كأكثر
        self.kaf_fixed = kaf_indeclinable_words(**self.options)  # كما، كذلك: no tanwin
        self.exceptions = _exceptions(key)  # kept whole, and evidence for a split
        self.whole = exceptions(**self.options)  # kept whole: the list and the names
        if lexicon:
            from helpers.text.lexicon import lexicon as _lexicon

            self.lex: dict[str, float] = _lexicon(**self.options)
        else:
            self.lex = {}
        self.known: set[str] = {w.translate(self.full) for w in self.exceptions}
        self.known.update(known)
        # per-call attestation (see analyse): a second set, and whether it was consulted
        self._extra: set[str] | frozenset[str] = frozenset()
        self._used = False

    def _attested(self, form: str) -> bool:
        self._used = True
        return form in self.known or form in self._extra

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

    def _definite(self, form: str) -> float:
        """Highest Zipf of ال + ``form`` or ال + one of its suffix stems (0.0 if none)."""
        get = self.lex.get
        return max(get("ال" + s, 0.0) for s in stems(form, 2))

    def _licensed(
        self, w: str, r: str, p: str, article: bool, zw: float, bare: bool = False
    ) -> bool:
        """Rule 3 of the module docstring: evidence that ``w`` is ``p`` + ``r``.

        ``zw`` is the lexicon's Zipf value of ``w`` (looked up once by the caller);
        ``bare``: ``r`` begins with a bare alef in the written (light) form (read by the
        ك tests only).
        """
        stem = len(r) - 2 if article else len(r)
        if stem < 2:
            return False
        if zw == 0.0:  # the lexicon lacks the whole form (hot: rare words)
            if article:
                return True
            if stem < 3 or not (r in self.lex or self._attested(r)):
                return False
            # ك or ب + a rare remainder that begins with و، ي or a bare alef and takes
            # no article: a transliterated name (كوفتون، كيديرو، كايبارا، بافينو)
            return not ((p == "ك" or p == "ب") and self._vowel_name(r, bare))
        lex = self.lex
        zr = lex.get(r, 0.0)
        if zr == 0.0:
            return False
        if p == "ب" and (r[0] == "و" or r[0] == "ي") and self._vowel_name(r, False):
            return False  # بوناتي، بوهلال، بيقولو: a name or a colloquial verb, no ب + noun
        if stem == 2:
            if p == "ك" or zr < zw + (SHORT_MARGIN if article else 0.0):
                return False
        elif p == "ك" and not article:
            if r in self.stop or not self._kaf(w, r, zw, zr, bare):
                return False  # كانا، كفى، كيا: no pronoun or particle after ك
        elif zr < zw - (max(TAU[p], 0.0) if article else TAU[p]) and not (
            article and zr >= ARTICLE_Z
        ):
            return False  # (the article written after ك is evidence: كالعادة at 0)
        if article:
            return True
        get = lex.get
        if get("ال" + w, 0.0) >= zw - KAPPA:
            return False  # the article test: الواحد، الولاية
        if r in self.stop and w in self.stop_forms:
            return True  # بذلك، وانه، لهما: a combination the stopword lexicon lists
        dr = self._definite(r)
        if zr - zw < RISKY and (
            ((p == "ب" or p == "ك") and dr < NOUN_Z)
            or (p == "ل" and r[0] not in _IMPERFECT and dr < NOUN_Z_L)
        ):
            return False  # بكين، باتت، برنت، لوكاس: the remainder is no noun
        # the article test on the stems of the word (واحدا → الواحد، لهبها → اللهب), unless
        # the remainder's definite stem is more frequent (بدنيا: الدنيا over البدني)
        dw = max((get("ال" + s, 0.0) for s in stems(w)[1:]), default=0.0)
        return not (dw >= NOUN_Z and dw >= zw - KAPPA and dw > dr - DEF_MARGIN)

    def _vowel_name(self, r: str, bare: bool) -> bool:
        """Whether the remainder ``r`` of ك or ب + ``r`` reads as a transliterated name
        (or, after ب, a colloquial verb in بي: بيقولو): it begins with و، ي or (``bare``)
        a bare alef, is below :data:`ARTICLE_Z` and takes the article below
        :data:`KAF_RARE_Z`, itself or a stem less a pronoun suffix (:func:`stems`, and
        the second-person ك and ى/ي after a ت written for ة: بولايتك، بولادتي are ب +
        a noun)."""
        if not (r[0] == "و" or r[0] == "ي" or bare) or self.lex.get(r, 0.0) >= ARTICLE_Z:
            return False
        if bare and _DERIVED_NOUN.match(r):
            return False  # بانفراجة، كاستعراض: a verbal noun of form VII, VIII or X
        if self._definite(r) >= KAF_RARE_Z:
            return False
        for suf in ("ك", "ي", "ى"):
            if r.endswith(suf) and len(r) > 3:
                s = r[:-1]
                if self._definite(s) >= KAF_RARE_Z or (
                    s[-1] == "ت" and self._definite(s[:-1] + "ة") >= KAF_RARE_Z
                ):
                    return False
        return True

    def _kaf(self, w: str, r: str, zw: float, zr: float, bare: bool) -> bool:
        """The frequency margin and the ك tests of rule 3 for ``w`` = ك + ``r`` (no
        article written; remainder of 3+ letters, ``zw`` and ``zr`` > 0): the remainder
        ten times as frequent as the whole (:data:`TAU`), or three times with a clear
        noun, an unsuffixed whole that is no verb and no bare alef after ك; never a
        whole attested after ب or ل, nor, with a bare alef after ك (``bare``: أ would be
        written for ك + a noun in أ), a whole that itself or less a pronoun suffix takes
        the article at :data:`KAF_RARE_Z` (الكاهل: كاهل، كاهله "his shoulders"; session
        17)."""
        if zr < zw + KAF_NEAR:
            return False
        get = self.lex.get
        if get("ب" + w, 0.0) >= KAF_STACK_Z or get("ل" + w, 0.0) >= KAF_STACK_Z:
            return False  # لكولن، بكلين: a word of its own (no preposition before ك)
        if bare and self._definite(w) >= KAF_RARE_Z:
            return False  # كاهل، كاهله: الكاهل "the shoulder", the whole takes the article
        if zr >= zw - TAU["ك"]:
            return True
        return not (
            bare
            or self._definite(r) < KAF_NOUN_Z
            or len(stems(w)) > 1  # كسرنا، كعبا، كيدهم: a suffix on the whole
            or get("ي" + w, 0.0) >= KAF_VERB_Z
            or (w[-1] == "ت" and get("ي" + w[:-1], 0.0) >= KAF_VERB_Z)  # كادت، كلفت
        )

    def _rest(self, light: str, full: str, o: int) -> tuple[str, str, int] | None:
        """Analysis of ``light[o:]`` (no conjunction): ``(clitics, base, peeled)`` or None.

        ``full`` is ``light`` with alef unified (same length), so ``full[i:]`` is the key
        of ``light[i:]``. ``peeled`` counts the letters before the base's form (article
        excluded). Hot path of the streaming counter: plain tests and dict lookups.
        """
        w = full[o:] if o else full
        if w in self.kaf_forms:  # كما، كذلك، كهذه: ك + a function word (rule 1)
            return "ك", w[1:], 1
        n = len(w)
        if n <= 2 or w in self.stop or light[o:] in self.whole:
            return None
        ch = light[o]
        if ch == "ا" or ch == "\u0671":
            if n >= 4 and light[o + 1] == "ل":  # the article ال is written (has_article)
                return "ال", w[2:], 0
            return None
        lex = self.lex
        zw = lex.get(w, 0.0)
        if ch == "ل":
            if n == 3 and w == "لله":  # ل + الله (بحمد لله)
                return "ل", "الله", 1
            y1 = w[1:]
            if w[1] == "ل" and n >= 4:  # ل + ال is written لل
                y = w[2:]
                if "ال" + y in self.stop:
                    return "ل", "ال" + y, 1
                best = None
                best_z = -1.0
                for clitics, base, r, art in (
                    ("ل", y1, y1, False),  # للافروف: ل + لافروف
                    ("ل+ال", y, "ال" + y, True),  # للوجود: ل + ال + وجود
                    ("ل+ال", y1, "ال" + y1, True),  # للاجئين: ل + ال + لاجئين
                ):
                    if self._licensed(w, r, "ل", art, zw):
                        zr = lex.get(r, 0.0)
                        if zr > best_z:
                            best, best_z = (clitics, base, 1), zr
                if best is not None:
                    if best_z == 0.0 and self._attested(y1):  # no frequency: attestation
                        return "ل", y1, 1
                    return best
                if zw == 0.0:
                    return ("ل", y1, 1) if self._attested(y1) else ("ل+ال", y, 1)
                return None
            if self._licensed(w, y1, "ل", False, zw):
                return "ل", y1, 1
            return None
        if ch == "ب" or ch == "ك":
            if w[1:4] == "الي" and w[1:] in self.stop:
                return None  # بالي "Bali", باليه "ballet": no preposition before إلى
            if n >= 5 and has_article(light, o + 1):  # بال، كال (not بألمانيا)
                x = w[3:]
                if x == "له":  # بالله: ب + الله
                    return ch, "الله", 1
                if "ال" + x in self.stop:
                    if x[0] == "ي":  # اليه، اليها are إليه، إليها: no article, no ب/ك before
                        return None
                    return ch, "ال" + x, 1  # بالذي، كالتي
                if self._licensed(w, w[1:], ch, True, zw):
                    return ch + "+ال", x, 1
                return None
            if ch == "ك" and light[o + 1] in HAMZA_SEATS:
                # the alef-keyed lexicon reads كأميرة as كاميرة "camera": the remainder
                # alone decides (a noun of 3+ letters, كأحد، كأداة، كإجراء; كأنه is a stopword)
                r = w[1:]
                if r in self.stop:
                    return None
                if n == 3:  # كأب، كأخ، كأم: a two-letter noun, ten times the whole
                    zr = self.lex.get(r, 0.0)
                    if zr >= zw - TAU["ك"] and zr >= KAF_NOUN_Z and self._definite(r) >= KAF_NOUN_Z:
                        return ch, r, 1
                    return None  # كأس "cup" (5.24 over أس 4.98)
                if (
                    self.lex.get(r, 0.0) >= KAF_NOUN_Z and self._definite(r) >= KAF_NOUN_Z
                ) or self._licensed(w, r, ch, False, zw):
                    return ch, r, 1
                return None
            if self._licensed(w, w[1:], ch, False, zw, light[o + 1] == "ا"):
                return ch, w[1:], 1
            return None
        if (
            ch == "س"
            and w[1] in _FUTURE_NEXT
            and n - 2 >= (3 if w[1] == "ا" else 2)  # سان، سال، ساهم، ساعد: no verb stem
            and self._licensed(w, w[1:], "س", False, zw)
            # the remainder must be an imperfect verb (imperfect_stem)
            and imperfect_stem(w[2:], self.lex)
        ):
            return "س", w[1:], 1
        return None

    def _analyse(self, light: str, full: str) -> tuple[str, str, int]:
        if len(light) <= 2 or len(light) > _MAX_LEN or len(full) != len(light):
            return "", full, 0
        if ALEF_WASLA in light:  # a bare alef (ARTICLE_ALEFS): ٱلله is the exception الله
            light = light.replace(ALEF_WASLA, "\u0627")
        if full in self.kaf_forms:
            return "ك", full[1:], 1
        if full in self.stop or light in self.whole:
            return "", full, 0
        first = light[0]
        if first == "و" or first == "ف":
            rest_full = full[1:]
            if light[1:] in self.exceptions:  # ولبنان، والله: the rest is a known word
                return first, rest_full, 1
            if len(light) == 5 and light.endswith("الله"):
                return first, "الله", 1
            article = light[1] in ARTICLE_ALEFS and light[2] == "ل"
            zw = self.lex.get(full, 0.0)
            if (
                zw > 0.0
                and len(full) >= 4  # a two-letter remainder: وكي، وست، ورز are و + R
                and light[1] not in HAMZA_SEATS  # وأفق: the written hamza is evidence
                and self.lex.get(first + full, 0.0) >= max(CONJ_STACK_Z, zw - CONJ_STACK_GAP)
            ):
                return "", full, 0  # ووافق، ووهيب: W is attested after the conjunction
            if light[1] in HAMZA_SEATS:
                # the lexicon is keyed by the alef-normalised form, so وأحد would be read
                # as واحد "one": after a hamzated alef the remainder alone decides
                licensed = (rest_full in self.stop and full in self.stop_forms) or (
                    len(rest_full) >= 3 and rest_full in self.lex
                )
            else:
                licensed = self._licensed(full, rest_full, first, article, zw)
            if licensed:
                rest = self._rest(light, full, 1)
            elif zw == 0.0:
                rest = self._rest(light, full, 1)  # an unknown form: its parts decide
                if rest is None:
                    return "", full, 0
            else:
                return "", full, 0
            if rest is None:
                return first, rest_full, 1
            return first + "+" + rest[0], rest[1], rest[2] + 1
        got = self._rest(light, full, 0)
        return got if got is not None else ("", full, 0)

    def analyse(
        self,
        light: str,
        full: str,
        extra: set[str] | frozenset[str] = frozenset(),
        surface: str = "",
    ) -> tuple[str, str, int, bool]:
        """``(clitics, base, peeled, used)`` with ``extra`` as further attested forms.

        ``surface``, the word as written, is read for its marks: a form of
        :func:`helpers.text.stopwords.kaf_indeclinable_words` written with tanwin
        (:data:`helpers.charsets.TANWIN`) is a noun of its own, no ك + function word
        (كمًّا "quantity" is not كما; a function word never takes tanwin).

        ``used`` says whether attestation was consulted: a result with ``used`` False
        depends on the lexicon alone and may be cached across texts.
        """
        self._extra = extra
        self._used = False
        if surface and full in self.kaf_fixed and any(c in surface for c in TANWIN):
            return "", full, 0, False  # كمًّا "quantity": tanwin, so no ك + ما
        clitics, base, peeled = self._analyse(light, full)
        return clitics, base, peeled, self._used

    def split(self, light: str, full: str | None = None) -> tuple[str, str]:
        """Return ``(clitics, base)`` for one word (see the module docstring).

        ``light`` is the word normalised with ``alef=False``; ``full`` the same word
        fully normalised (computed if omitted). ``base`` is fully normalised: the key.
        """
        if full is None:
            full = light.translate(self.full)
        clitics, base, _ = self._analyse(light, full)
        return clitics, base

    def reading(self, light: str, full: str | None = None) -> Reading:
        """The analysis of one word with what a matcher needs (:class:`Reading`).

        >>> CliticSplitter().reading("للعراق")
        Reading(clitics='ل+ال', base='عراق', form='العراق', peeled=1, definite=True)
        """
        if full is None:
            full = light.translate(self.full)
        clitics, base, peeled = self._analyse(light, full)
        definite = clitics == "ال" or clitics.endswith("+ال")
        form = "ال" + base if definite else base
        return Reading(clitics, base, form, peeled, definite)
