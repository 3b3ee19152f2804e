"""Arabic stopwords, curated for news, matched on base forms (term keys).

Source list: **Arabic-Stopwords** 0.4.3 (T. Zerrouki, https://github.com/linuxscout/arabicstopwords,
PyPI ``Arabic-Stopwords``), a lexicon of 508 function-word lemmas, each classified
(preposition, particle, pronoun, demonstrative, kana and her sisters...) and expanded to
its inflected forms with enclitic pronouns (عليه، إليهم، أنها). We take the forms that
carry **no proclitic** (3,065 rows) because khabar strips proclitics itself: the base of
وفي is في and of للذي is الذي, so one entry catches every cliticised variant.

Why this list (compared in issue 3): stopwords-iso (``stopwordsiso``, 480 Arabic entries)
and ``stop-words`` (162) are flat, unclassified lists that mix in news content words
(عام، يوم، مليون، اليوم، قال، زيارة، الماضي) and clitic-bearing duplicates (وفي، وقال);
NLTK's list needs a download at run time. Zerrouki's list is a linguistic lexicon with
provenance and classes, has no news nouns and no proclitics.

Curated out (``data/stopwords_removed.txt``): name parts (``data/name_parts.txt``: أبو،
ابن، بن، آل، أخو...) and the name علي, so that no person's name loses a part, and
time/place/quantity nouns that carry meaning in news (عام، يوم، مليون، شهر، جنوب...). A
form that normalises to a curated-out word is removed too: with ``maqsura=True`` the form
على folds to علي and is *not* a stopword then, because a stopword must never delete a name.

Final yeh (:func:`stopwords`): a stopword's final ي written ى and final ى written ي is a
stopword too (فى، التى، الذى of في، التي، الذي; حتي، متي of حتى، متى), for counting only
(normalisation keeps the two apart: على / علي), unless that spelling is curated out
(علي, منى the name): the keyness top terms of outlet اليوم were التى and فى.

Added (``data/stopwords_added.tsv``, with the rule and the source of each row): function
words the lexicon lacks that rank among the top 100 term keys of SaudiNewsNet: the
inflected forms of كان and its sisters (كانت، يكون، تكون...; Zerrouki lists the lemma
only), the passive auxiliary تم / يتم and the quantifier أحد / إحدى "one of" (whose key
is not Sunday's: الأحد keeps its article in its key, ``data/article_keys.tsv``). The
clitic rules
(:mod:`helpers.text.clitics`) read the Zerrouki forms alone (:func:`function_words`), so an
addition never changes a split.

Three lists, one role each:

* :func:`stopwords`: dropped from every count of terms (``is_stop``: frequencies, keyness,
  n-grams holding one are not counted);
* :func:`reporting_verbs`: verbs of saying, kept in counts (quotes need them, and a
  researcher may study attribution) but not shown as top terms;
* name parts (``data/name_parts.txt``): kept in counts and n-grams (محمد بن سلمان), not
  shown as top terms.

:func:`display_stopwords` is the union of the three, of the words that stand for a
formula alone (:func:`formula_words`: خادم، الحرمين، السمو، بد of ``data/formulas.tsv``)
and of ``data/display_added.tsv``
(each row with its reason: keys that only complete a number, المائة "percent"; month
names of the Gregorian, Levantine and Hijri calendars, which split outlets by house
spelling, يوليو / تموز; the second halves of spaced compound names that almost only
follow عبد, العزيز; scrape residue and page furniture in Latin letters, ``false``,
``nbsp``, ``next``): the one list a top-terms view passes as ``extra_stopwords``
(:func:`helpers.freq.term_frequencies`; a keyness or shared-terms table drops its keys
with :func:`helpers.sections.drop_terms`, since :func:`helpers.freq.keyness` takes no
such argument). Counts keep all of them (term_frequencies.csv).

A separate optional list of news reporting verbs (قال، أضاف، أكد، أوضح، تابع، أشار...)
is in :func:`reporting_verbs`; whether to drop them depends on the question. It comes
from ``data/reporting_verbs.tsv``, the one file of reporting words, which also gives the
quote-introducing forms (:func:`reporting_words`).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from helpers.text.normalize import _key, normalize

__all__ = [
    "EULOGY_CLASS",
    "cliticised_function_words",
    "display_stopwords",
    "formula_words",
    "function_words",
    "is_stopword",
    "kaf_function_words",
    "kaf_indeclinable_words",
    "name_parts",
    "optional_stopwords",
    "reporting_plurals",
    "reporting_verbs",
    "reporting_words",
    "stopwords",
]


def _read_list(name: str) -> list[str]:
    """The entries of ``helpers/text/data/<name>`` (:func:`helpers.io.read_data_list`:
    UTF-8, ``#`` comments and blank lines skipped; an ``ArgumentError`` naming the file)."""
    from helpers.io import read_data_list

    return read_data_list("helpers.text", name)


@lru_cache(maxsize=1)
def _raw_forms() -> tuple[tuple[str, str], ...]:
    from arabicstopwords.stopwordsallforms import STOPWORDS

    forms = {
        (word, row["original"])
        for word, rows in STOPWORDS.items()
        for row in rows
        if row["procletic"] == "-"
    }
    return tuple(sorted(forms))


@lru_cache(maxsize=16)
def _function_words(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    opts = dict(options)
    removed_raw = _read_list("stopwords_removed.txt") + _read_list("name_parts.txt")
    removed = {normalize(w, **opts) for w in removed_raw}
    out = set()
    for word, lemma in _raw_forms():
        if lemma in removed_raw or normalize(lemma, **opts) in removed:
            continue
        form = normalize(word, **opts)
        if form and form not in removed:
            out.add(form)
    return frozenset(out)


@lru_cache(maxsize=16)
def _cliticised(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    from arabicstopwords.stopwordsallforms import STOPWORDS

    opts = dict(options)
    return frozenset(
        normalize(word, **opts)
        for word, rows in STOPWORDS.items()
        if any(row["procletic"] != "-" for row in rows)
    )


#: Zerrouki's categories of a nominal function word that the proclitic ك ("like") governs
#: as it governs a noun: demonstratives (كهذه، كذلك، كتلك، كهؤلاء) and comparatives
#: (كأكثر، كأقل). Not its particles (كأن: one particle, ka'anna) nor verbs (كان).
_KAF_CATEGORIES = frozenset({"اسم إشارة", "اسم تفضيل"})
#: Zerrouki's categories of a noun of quantity, likeness or exception that takes a
#: genitive and ك governs as a noun (session 17): اسم إضافة (ككل، كبعض، كمثل، كجميع،
#: كنحو), استثناء (كغير), توكيد (كنفس، كعامة); with a pronoun suffix too
#: (كغيرها، كبعضهم، كمثله), unlike the demonstratives. A stem beginning with an alef
#: (أي، ابن، أجمع) is left out: written bare, كاي، كابن are names too, and after a
#: written hamza the remainder alone decides (:mod:`helpers.text.clitics`).
_KAF_GENITIVE_CATEGORIES = frozenset({"اسم إضافة", "استثناء", "توكيد"})
#: ك + ما "as, just as": Zerrouki lists كما as one particle of comparison (حرف تشبيه),
#: the gold tokenisation of issue 13 (like the Penn Arabic Treebank's) as ك + ما, as it
#: reads لذلك as ل + ذلك.
_KAF_MA = "كما"


@lru_cache(maxsize=16)
def _kaf_forms(options: tuple[tuple[str, bool], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(every ك + function word form, the indeclinable ones: ما, demonstratives and
    comparatives)."""
    from arabicstopwords.stopwordsallforms import STOPWORDS

    opts = dict(options)
    fixed = {normalize(_KAF_MA, **opts)}
    every = set(fixed)
    for word, rows in STOPWORDS.items():
        for row in rows:
            if row["procletic"] != "ك-":
                continue
            stem = normalize(row["stem"], **opts)
            if (
                row["category"] in _KAF_CATEGORIES
                and row["encletic"] == "-"
                and len(stem) >= 3  # not كذا، كذي، كته
            ):
                fixed.add(normalize(word, **opts))
            elif (
                row["category"] in _KAF_GENITIVE_CATEGORIES
                and len(stem) >= 2
                and row["stem"][0] not in "اأإآ"
            ):
                every.add(normalize(word, **opts))
    return frozenset(every | fixed), frozenset(fixed)


def kaf_function_words(**options: bool) -> frozenset[str]:
    """Whole forms that are the proclitic ك + a function word (كما، كذلك، كهذه، كأكثر).

    Zerrouki's forms written with ك whose function word is a demonstrative or a
    comparative of 3+ letters (:data:`_KAF_CATEGORIES`; not كذا, whose reading as one
    word "such" the lexicon lists too), كما (:data:`_KAF_MA`), and, with or without a
    pronoun suffix, a noun of quantity, likeness or exception of 2+ letters not beginning
    with an alef (:data:`_KAF_GENITIVE_CATEGORIES`: ككل، كبعض، كمثل، كغيرها; session 17).
    The clitic rules split them as ك + the function word although the whole is a
    function word itself (:mod:`helpers.text.clitics`), following the gold convention of issue 13's
    proclitic scoring (function-word compounds such as لذلك، كما carry their clitic).
    Normalised with ``options`` (a frozenset of str); raises
    :class:`helpers.errors.ArgumentError` for an unknown option.
    """
    return _kaf_forms(_key(options))[0]


def kaf_indeclinable_words(**options: bool) -> frozenset[str]:
    """The forms of :func:`kaf_function_words` whose function word never takes tanwin
    (ما, the demonstratives and the comparatives, which are diptotes): a word written
    with tanwin is no such compound (كمًّا "quantity" is كمّ, not ك + ما). Normalised with
    ``options``; raises :class:`helpers.errors.ArgumentError` for an unknown option."""
    return _kaf_forms(_key(options))[1]


def cliticised_function_words(**options: bool) -> frozenset[str]:
    """Zerrouki's forms of function words written *with* a proclitic (بذلك، وأنه، لهما،
    فعدا), normalised with ``options``: the combinations of proclitic + function word the
    lexicon attests.

    The clitic rules take a split into proclitic + function word without the noun tests
    only when the whole is one of these (:mod:`helpers.text.clitics`), so a function word
    never licenses a split by being one: بعدا ("distance") is no ب + عدا. Normalised
    forms (a frozenset of str); raises :class:`helpers.errors.ArgumentError` for an unknown option.
    """
    return _cliticised(_key(options))


def function_words(**options: bool) -> frozenset[str]:
    """The curated Zerrouki forms alone (:func:`stopwords` without the additions).

    What the clitic rules of :mod:`helpers.text.clitics` read as function words (a word
    kept whole, a remainder after a proclitic), so that adding a stopword for counting
    never changes a split. Normalised with ``options``; raises
    :class:`helpers.errors.ArgumentError` for an unknown option.
    """
    return _function_words(_key(options))


@lru_cache(maxsize=1)
def _added_rows() -> tuple[tuple[str, str], ...]:
    from helpers.io import read_data_rows

    _, rows = read_data_rows("helpers.text", "stopwords_added.tsv", ("form", "class", "source"))
    return tuple((form, cls) for form, cls, _source in rows)


#: A word's last letter as the other final-yeh spelling writes it: ي and ى stand for
#: one another at a word's end in much news text (فى، التى، حتي), which normalisation
#: keeps apart on purpose (على the preposition, علي the name).
_FINAL_YEH_TWIN = {"ي": "ى", "ى": "ي"}


def _final_yeh_twins(forms: frozenset[str], opts: dict) -> frozenset[str]:
    """The forms of ``forms`` (normalised with ``opts``) with their last ي written ى or
    their last ى written ي (فى of في, التى of التي, حتي of حتى, متي of متى), when that
    spelling is no curated-out word (:func:`_removed`: علي, منى "Muna" of مني)."""
    removed = _removed(opts)
    out = set()
    for form in forms:
        twin = _FINAL_YEH_TWIN.get(form[-1:])
        if twin is None:
            continue
        other = normalize(form[:-1] + twin, **opts)
        if other and other not in removed:
            out.add(other)
    return frozenset(out)


def _removed(opts: dict) -> set[str]:
    """The curated-out words (``data/stopwords_removed.txt``, ``data/name_parts.txt``)
    normalised with ``opts``."""
    raw = _read_list("stopwords_removed.txt") + _read_list("name_parts.txt")
    return {normalize(w, **opts) for w in raw}


@lru_cache(maxsize=16)
def _stopwords(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    opts = dict(options)
    added = frozenset(normalize(form, **opts) for form, _ in _added_rows())
    words = _function_words(options) | added
    return words | _final_yeh_twins(words, opts)


def stopwords(**options: bool) -> frozenset[str]:
    """The curated stopword set, normalised with ``options`` (see :func:`normalize`).

    Returns
    -------
    frozenset of str
        About 1,300 normalised forms: the Zerrouki function words with their enclitic
        forms (:func:`function_words`) and ``data/stopwords_added.tsv``, each also with
        its final ي written ى and its final ى written ي (فى، التى، الذى، حتي، متي: news
        text writes the two at a word's end for one another), unless that spelling is a
        curated-out word (علي of على, منى of مني: names). Compare with a token's
        ``base`` (term key), not its surface.

    Raises
    ------
    helpers.errors.ArgumentError
        An unknown option.
    """
    return _stopwords(_key(options))


#: The names of the lists of ``data/optional_stopwords.tsv`` (:func:`optional_stopwords`).
OPTIONAL_LISTS = ("generic", "weekdays")


@lru_cache(maxsize=1)
def _optional_rows() -> tuple[tuple[str, str], ...]:
    from helpers.errors import KhabarError
    from helpers.io import read_data_rows

    def check(row: tuple[str, ...]) -> str | None:
        if row[1] not in OPTIONAL_LISTS:
            return f"list {row[1]!r} is none of {', '.join(OPTIONAL_LISTS)}"
        return None

    _, rows = read_data_rows(
        "helpers.text",
        "optional_stopwords.tsv",
        ("form", "list", "source"),
        error=KhabarError,
        check=check,
    )
    return tuple((form, name) for form, name, _source in rows)


@lru_cache(maxsize=16)
def _optional(names: tuple[str, ...], options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    from helpers.text.analyse import Analyser

    analyse = Analyser(cache=False, **dict(options))
    return frozenset(analyse(form).base for form, name in _optional_rows() if name in names)


def optional_stopwords(*names: str, **options: bool) -> frozenset[str]:
    """The term keys of the named optional lists of ``data/optional_stopwords.tsv``, for
    a user who wants them out of rankings (``extra_stopwords=`` of
    :func:`helpers.freq.term_frequencies`, :func:`helpers.sections.drop_terms` for a
    keyness table, ``drop_lists=`` of :func:`helpers.sections.extra_stopwords`). Off by
    default: no count and no default view changes by them.

    ``names``: any of :data:`OPTIONAL_LISTS`: ``"weekdays"`` (السبت … الجمعة; their keys
    keep the article, الاحد), ``"generic"`` (العديد، الكثير، يجب، ينبغي: quantifiers and
    modals that no published Arabic stop list has, so they are not default stopwords;
    the lists compared are in the file's header). Keys are the forms' term keys
    (:class:`helpers.text.Analyser`, normalised with ``options``); a frozenset of str.

    Source: session 18 (the file's header gives the rule of each list); Voyant and AntConc
    likewise let the user choose a stop list.

    Raises
    ------
    helpers.errors.ArgumentError
        An unknown list name or normalisation option.
    helpers.errors.KhabarError
        The data file is malformed (its line named).
    """
    from helpers.errors import ArgumentError

    unknown = [n for n in names if not isinstance(n, str) or n not in OPTIONAL_LISTS]
    if unknown:
        raise ArgumentError(
            f"optional_stopwords: unknown list {unknown[0]!r}; the lists of "
            f"helpers/text/data/optional_stopwords.tsv are {', '.join(OPTIONAL_LISTS)}"
        )
    return _optional(tuple(sorted(set(names))), _key(options))


@lru_cache(maxsize=16)
def _name_parts(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    return frozenset(normalize(w, **dict(options)) for w in _read_list("name_parts.txt"))


def name_parts(**options: bool) -> frozenset[str]:
    """Particles inside person names (أبو، ابن، بن، آل، عبد...; ``data/name_parts.txt``).

    Never stopwords (a name keeps its parts in counts and n-grams), dropped from top-terms
    displays by :func:`display_stopwords`. Normalised with ``options``; raises
    :class:`helpers.errors.ArgumentError` for an unknown option.
    """
    return _name_parts(_key(options))


@lru_cache(maxsize=16)
def _display(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    opts = dict(options)
    added = set()
    from helpers.io import read_data_rows

    for key, _reason in read_data_rows("helpers.text", "display_added.tsv", ("key", "reason"))[1]:
        if key.startswith("ال"):  # a key that keeps its article (article_keys.tsv)
            added.add("ال" + normalize(key[2:], **opts))
        else:
            added.add(normalize(key, **opts))
    kept = {
        normalize(key, **opts)
        for key, _reason in read_data_rows("helpers.text", "display_kept.tsv", ("key", "reason"))[1]
    }
    reporting = _reporting(options) - kept  # verbs that are also everyday nouns stay
    lists = _stopwords(options) | reporting | _name_parts(options)
    return lists | frozenset(added) | formula_words()


def display_stopwords(**options: bool) -> frozenset[str]:
    """Keys a top-terms view leaves out: :func:`stopwords`, :func:`reporting_verbs`
    (less those of ``data/display_kept.tsv``, as often an everyday noun with the
    article: النقل "transport"),
    :func:`name_parts`, ``data/display_added.tsv`` (المائة "percent", month names such
    as يوليو / تموز / شوال, name halves such as العزيز of a spaced عبد العزيز, Latin
    scrape residue such as ``false``; the file gives the reason of each row), normalised
    with ``options``, and the words that stand for a formula alone
    (:func:`formula_words`: خادم، حرمين، شريفين، سمو، بد, keyed with the default
    options).

    The one list for rankings shown to readers: pass it as ``extra_stopwords`` to
    :func:`helpers.freq.term_frequencies` for a chart or table of top terms, and drop its
    keys from a keyness table with :func:`helpers.sections.drop_terms`
    (:func:`helpers.freq.keyness` has no ``extra_stopwords``). Counts themselves keep
    reporting verbs (the quotes need them) and name parts (محمد بن سلمان stays a
    trigram of a name). Raises :class:`helpers.errors.ArgumentError` for an unknown
    option.
    """
    return _display(_key(options))


def _formula_problem(row: tuple[str, ...]) -> str | None:
    """What is wrong with a ``(phrase, class, alone)`` row of ``formulas.tsv``, or None:
    each word of the phrase must be one word token
    (:data:`helpers.text.tokenize.TOKEN_RE`), and ``alone`` ``-`` or words of the
    phrase (as written there)."""
    from helpers.text.tokenize import TOKEN_RE

    words = row[0].split()
    for w in words:
        m = TOKEN_RE.fullmatch(w)
        if m is None or m.lastgroup != "word":
            return f"{w!r} of the phrase is not one Arabic word (no punctuation, digits, Latin)"
    if row[2] != "-":
        for w in row[2].split():
            if w not in words:
                return f"{w!r} of alone is not a word of the phrase {row[0]!r} (or write -)"
    return None


@lru_cache(maxsize=1)
def formula_rows() -> tuple[tuple[str, str, str], ...]:
    """The rows of ``helpers/text/data/formulas.tsv`` as written, in file order:
    ``(phrase, class, alone)`` str triples (``("رحمه الله", "eulogy: the dead
    (tarḥīm)", "رحمه")``; ``alone`` ``"-"`` or the words of the phrase that stand for it
    alone). The one list of formulas and fixed expressions: :func:`formulas` keys them
    for the n-gram views, :func:`formula_words` keys the ``alone`` words for the
    single-word views, and the first words of the ``eulogy`` rows are the ``blessing``
    list of :func:`helpers.text.quote_words`.

    Raises
    ------
    helpers.errors.ArgumentError
        Naming ``helpers/text/data/formulas.tsv`` and the line of a damaged row: a wrong
        number of cells, an empty cell, a phrase word that is not one Arabic word
        (``رحمه الله.``, a full stop typed after it), an ``alone`` word that is not a
        word of the phrase.
    """
    from helpers.io import read_data_rows

    header = ("phrase", "class", "alone")
    rows = read_data_rows("helpers.text", "formulas.tsv", header, check=_formula_problem)[1]
    return tuple((p, c, a) for p, c, a in rows)


@lru_cache(maxsize=1)
def formula_words() -> frozenset[str]:
    """Term keys (:func:`helpers.text.analyse_types` ``base``, as the counts key them:
    ``خادم``, ``حرمين``, ``شريفين``, ``سمو``, ``بد``...) of the words that stand for a
    formula or fixed expression when counted alone: the ``alone`` column of
    ``data/formulas.tsv``, which states the rule (at least 85 % of a word's uses inside
    a listed phrase on three unread days, or a title of address wherever it stands),
    and the blessings written as one glyph that are their own key
    (:data:`helpers.charsets.HONORIFIC_LIGATURES` that :func:`helpers.text.normalize`
    keeps whole: ﷺ ﷻ ﵀ ﷽).

    Method: a stop-word list for the single-word rankings, decided per word from where
    it stands, not a count of the phrases' occurrences (the counts hold no sequences
    longer than 3 words): :func:`display_stopwords` holds them, so top terms and
    keyness shown to readers leave them out (السمو of «صاحب السمو الملكي» would rank
    as a key word of every outlet that writes it); the counts keep them, and the other
    words of a formula (الملك، الأمير، الله) stay, as words with a life of their own.
    Raises :class:`helpers.errors.ArgumentError` for a damaged row
    (:func:`formula_rows`)."""
    from helpers.charsets import HONORIFIC_LIGATURE_SET
    from helpers.text.analyse import analyse_types

    words = sorted({w for _, _, a in formula_rows() if a != "-" for w in a.split()})
    keys = analyse_types(words)
    # and a blessing written as one glyph, its key the glyph itself (ﷺ ﷻ ﵀ ﷽: not
    # ﷹ, keyed صلى, a word above, nor ﷸ, keyed سلم, a word of its own)
    glyphs = {c for c in HONORIFIC_LIGATURE_SET if normalize(c) == c}
    return frozenset(keys[w].base for w in words) | frozenset(glyphs)


@lru_cache(maxsize=1)
def formulas() -> tuple[tuple[str, ...], ...]:
    """The formulas of ``data/formulas.tsv`` as sequences of term keys, in file order:
    titles of address before a name (خادم الحرمين الشريفين الملك), eulogies after one
    (صلى الله عليه وسلم، رحمه الله), praise after the name of God (عز وجل) and
    invocations (إن شاء الله). Each word is keyed as the counts key it
    (:func:`helpers.text.analyse_types` ``base``: ``("خادم", "حرمين", "شريفين",
    "ملك")``). Raises :class:`helpers.errors.ArgumentError` naming the file and line for
    a damaged row (:func:`formula_rows`)."""
    from helpers.text.analyse import analyse_types

    phrases = [p for p, _, _ in formula_rows()]
    words = tuple(sorted({w for p in phrases for w in p.split()}))
    keys = analyse_types(words)
    return tuple(tuple(keys[w].base for w in p.split()) for p in phrases)


@lru_cache(maxsize=1)
def _formula_runs() -> frozenset[str]:
    runs = set()
    for keys in formulas():
        for n in range(2, len(keys) + 1):
            runs |= {" ".join(keys[i : i + n]) for i in range(len(keys) - n + 1)}
    return frozenset(runs)


def is_formula(term: str) -> bool:
    """True if the n-gram key ``term`` (term keys joined by one space, as
    :func:`helpers.freq.term_frequencies` writes ``n`` >= 2 keys) is two words or more
    standing next to each other, in order, inside one of :func:`formulas`:
    ``"خادم حرمين"``, ``"حرمين شريفين"``, ``"شريفين ملك"``, ``"صلى الله"``; never a
    single word (``"الله"``) nor a run that leaves the formula (``"ملك سلمان"``)."""
    return isinstance(term, str) and term in _formula_runs()


@lru_cache(maxsize=1)
def formula_ends() -> frozenset[str]:
    """Term keys of the words that close a phrase: the last word of the eulogies,
    praise and invocations of ``data/formulas.tsv`` (class starting ``eulogy``,
    ``praise`` or ``invocation``) that most of those formulas hold, the name of God
    (``الله``: رحمه الله، إن شاء الله، بحمد الله، حفظه الله; 25 of their 26 rows). Such a
    phrase is said after a name or of a result and closes there, and the name of God
    takes no modifier but a praise formula: the word after it starts a new phrase
    («تم بحمد لله تحرير مدينة دمشق»: no pair «لله تحرير»; «حزب الله اللبناني»: no pair
    «الله اللبناني»). The other last words have a life of their own (السلام "peace",
    حمد the name Hamad, سلم "ladder"), and titles of address are followed by the name
    (الملك سلمان): not in it. Read by :mod:`helpers.freq.pairs` (a pair from such a word
    to the next is no phrase unless the two keys stand inside a formula,
    :func:`is_formula`: الله تعالى). Raises as :func:`formula_rows`."""
    from helpers.text.analyse import analyse_types

    closing = [p.split() for p, c, _ in formula_rows() if c.startswith(_CLOSING_CLASSES)]
    words = sorted({w for p in closing for w in p})
    keys = analyse_types(words)
    keyed = [[keys[w].base for w in p] for p in closing]
    held = Counter(k for p in keyed for k in set(p))
    return frozenset(p[-1] for p in keyed if 2 * held[p[-1]] > len(keyed))


#: The class of the eulogies of ``formulas.tsv`` (a row's class starts with it: ``eulogy:
#: the dead (tarḥīm)``): the one spelling, read by :func:`formula_ends`, the quote
#: words' ``blessing`` list (:func:`helpers.text.quote_words`) and the quote layer's
#: narrators (:mod:`helpers.quotes.religious`).
EULOGY_CLASS = "eulogy"
#: The classes of ``formulas.tsv`` whose phrase closes where it ends (:func:`formula_ends`).
_CLOSING_CLASSES = (EULOGY_CLASS, "praise", "invocation")


def _connective_problem(row: tuple[str, ...]) -> str | None:
    """What is wrong with a ``(phrase, source)`` row of ``connectives.tsv``, or None: the
    phrase must be words (:func:`_formula_problem`'s rule) and at least two of them."""
    problem = _formula_problem((row[0], "", "-"))
    if problem is None and len(row[0].split()) < 2:
        return f"{row[0]!r} is one word: a connective phrase has two words or more"
    return problem


@lru_cache(maxsize=1)
def connectives() -> tuple[tuple[str, ...], ...]:
    """The discourse connectives written as a phrase (``data/connectives.tsv``: «من جهة
    أخرى»، «على صعيد آخر»، «في وقت سابق»...) as sequences of term keys, in file order
    (``("من", "جهة", "اخرى")``), keyed as the counts key them
    (:func:`helpers.text.analyse_types` ``base``). Function-word phrases that link a
    paragraph to what came before, no content of a story; the file gives the source
    of the class (the Leeds Arabic Discourse Treebank's connectives, Alsaif & Markert
    2011; Ryding 2005, ch. 21) and of each row (its bigram's rank and count on three
    SaudiNewsNet days, session 23). Raises :class:`helpers.errors.ArgumentError` naming
    ``helpers/text/data/connectives.tsv`` and the line of a damaged row (a phrase word
    that is not one Arabic word, a phrase of one word, a wrong number of cells)."""
    from helpers.io import read_data_rows
    from helpers.text.analyse import analyse_types

    rows = read_data_rows(
        "helpers.text", "connectives.tsv", ("phrase", "source"), check=_connective_problem
    )[1]
    phrases = [p for p, _ in rows]
    words = tuple(sorted({w for p in phrases for w in p.split()}))
    keys = analyse_types(words)
    return tuple(tuple(keys[w].base for w in p.split()) for p in phrases)


@lru_cache(maxsize=1)
def _connective_runs() -> frozenset[str]:
    stop = stopwords()
    runs = set()
    for keys in connectives():
        for n in range(2, len(keys) + 1):
            for i in range(len(keys) - n + 1):
                run = keys[i : i + n]
                if not stop.intersection(run):  # a stopword is no part of an n-gram
                    runs.add(" ".join(run))
    return frozenset(runs)


def is_connective(term: str) -> bool:
    """True if the n-gram key ``term`` (term keys joined by one space) is two words or
    more standing next to each other, in order, inside one of :func:`connectives`, none
    of them a stopword (the n-grams that are counted): ``"جهة اخرى"`` of «من جهة
    أخرى», ``"وقت سابق"``; never a single word (``"جهة"``) nor a run that leaves the
    phrase (``"جهة حكومية"``)."""
    return isinstance(term, str) and term in _connective_runs()


#: The class of ``formulas.tsv`` whose words are no terms inside it (:func:`title_pairs`).
TITLE_CLASS = "title of address"


@lru_cache(maxsize=1)
def title_pairs() -> frozenset[tuple[str, str]]:
    """The pairs of term keys ``(word, next word)`` standing next to each other inside a
    title of address of ``data/formulas.tsv`` (class :data:`TITLE_CLASS`): ``("صاحب",
    "سمو")``, ``("سمو", "ملكي")``, ``("ملكي", "امير")``, ``("خادم", "حرمين")``...
    Keys as the counts key them (:func:`helpers.text.analyse_types` ``base``, default
    options).

    The rule they serve (session 23, one rule for the words of a title): a word of a
    title of address standing inside the title is no term. Each such use is the first
    word of one of these pairs (every word of a title but its last, the head noun
    الملك / الأمير / الشيخ before the name, which stays a term: الأمير محمد); the counts
    (:func:`helpers.freq.finalize_counts`, and so every top-terms, keyness and
    comparison view beyond story level, and :func:`helpers.freq.term_frequencies` of a
    tokens table) take one use of the word off for each such pair counted, so صاحب of
    «صاحب العمل» and الملكي of «الديوان الملكي» count and those of «صاحب السمو
    الملكي الأمير» do not. The n-gram views leave the pairs out as formulas
    (:func:`is_formula`). Why: on 2015-07-25, 08-03 and 08-04 (the outlets not held
    out) صاحب stood before السمو in 266 of its 343 uses (78 %) and الملكي after السمو
    in 193 of 327 (59 %), below the 85 % of the ``alone`` column, so both ranked among
    the top 20 key terms of 3alyoum and alweeam while their pairs were out of the
    bigram views. Raises as :func:`formula_rows`."""
    from helpers.text.analyse import analyse_types

    titles = [p.split() for p, c, _ in formula_rows() if c.startswith(TITLE_CLASS)]
    words = sorted({w for p in titles for w in p})
    keys = analyse_types(words)
    keyed = [[keys[w].base for w in p] for p in titles]
    return frozenset((p[i], p[i + 1]) for p in keyed for i in range(len(p) - 1))


def is_stopword(base: str, **options: bool) -> bool:
    """True if the base form ``base`` (already normalised with ``options``) is a stopword."""
    return base in _stopwords(_key(options))


@lru_cache(maxsize=1)
def _reporting_rows() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Rows of ``data/reporting_verbs.tsv``: (form, lemma, lists), read by
    :func:`helpers.io.read_data_rows` (an ``ArgumentError`` names the file and line of a
    row edited badly)."""
    rows = []
    from helpers.io import read_data_rows

    header = ("form", "lemma", "lists")
    for form, lemma, lists in read_data_rows("helpers.text", "reporting_verbs.tsv", header)[1]:
        rows.append((form, lemma, frozenset(lists.split())))
    return tuple(rows)


@lru_cache(maxsize=16)
def _reporting(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    opts = dict(options)
    return frozenset(normalize(f, **opts) for f, _, lists in _reporting_rows() if "stop" in lists)


def reporting_verbs(**options: bool) -> frozenset[str]:
    """Optional list of news reporting verbs (قال، أضاف، أكد، أوضح، تابع، أشار...).

    Normalised with ``options``; the rows of khabar's one reporting-verb file
    (``data/reporting_verbs.tsv``) marked ``stop``: past and present tense, masculine
    and feminine singular. Pass it as ``extra_stopwords`` to
    :func:`helpers.freq.term_frequencies` to drop attribution verbs from a ranking.
    """
    return _reporting(_key(options))


@lru_cache(maxsize=16)
def _reporting_words(options: tuple[tuple[str, bool], ...]) -> dict[str, str]:
    opts = dict(options)
    return {
        normalize(f, **opts): lemma for f, lemma, lists in _reporting_rows() if "quote" in lists
    }


def reporting_words(**options: bool) -> dict[str, str]:
    """Words that introduce a quote: ``{normalised form: lemma as written}``.

    The rows of ``data/reporting_verbs.tsv`` marked ``quote`` (170 forms of 41 lemmas:
    past, present, participle, the verbal noun قوله, the relay verb نقل and the passive
    أُفيد); the lemma is what the quotes table's ``verb_lemma`` column shows. Normalised
    with ``options``; do not modify the dict.
    """
    return _reporting_words(_key(options))


@lru_cache(maxsize=16)
def _reporting_plurals(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    opts = dict(options)
    return frozenset(
        normalize(f, **opts) for f, _, lists in _reporting_rows() if {"quote", "plural"} <= lists
    )


def reporting_plurals(**options: bool) -> frozenset[str]:
    """The reporting words of :func:`reporting_words` whose subject is two or more: the
    rows of ``data/reporting_verbs.tsv`` marked ``plural``, duals (قالا، أضافتا، يقولان)
    and plurals (قالوا، أضفن، يقولون, the verbal noun قولهم). A continuation verb in one
    of these forms (وأضافا: «...») never goes on from one named person, and tells no
    gender; an ending in ا is no accusative participle (أضافا is not مضيفا). Normalised
    with ``options``.
    """
    return _reporting_plurals(_key(options))
