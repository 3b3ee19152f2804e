"""What one word is, for the speaker rules: a number, a name-like word, a function
word, an everyday word, a noun with a pronoun suffix, a club glued to a name, a
reporting word's gender or participle."""

from __future__ import annotations

import bisect
import re

from helpers.quotes.lexicon import _club_words, _first_names, _stop, _title_words
from helpers.quotes.words import (
    _EVERYDAY_ZIPF,
    _HA_SUFFIXES,
    _NOUN_SUFFIXES,
    _PLURAL_VERBS,
    _QW,
    _SOURCES,
    _TANWEEN_FATH,
    REPORTING_WORDS,
)
from helpers.quotes.zone import _definite, _Tok, _Zone
from helpers.text.agreement import feminine, verb_gender
from helpers.text.lexical import looks_like_name, suffixed_noun, takes_article, verb_form, zipf

_DIGIT = re.compile(r"\d")


def _numeric(w: _Tok) -> bool:
    """A number (51، 9.92، ٢٠١٥) or the article written apart with a tatweel before one
    (الـ of الـ51; not آل of آل الشيخ, whose normalised form is the same): a count, a
    score, a year or a serial number, never part of a speaker's name."""
    return w.surface == "الـ" or _DIGIT.search(w.norm) is not None


#: The Zipf (wordfreq's Arabic list) under which neither a word nor what is left of it
#: without the proclitic the analyser reads is attested (:func:`_unattested_split`).
_UNATTESTED_ZIPF = 2.0


def _unattested_split(z: _Zone, w: _Tok) -> bool:
    """The analyser reads a proclitic (ب، ل، ك، و، ف) on ``w`` although neither the word
    nor its rest is attested (Zipf < :data:`_UNATTESTED_ZIPF`): a name whose first
    letter is a proclitic's (الجنرال باديش → ب + اديش 1.94; الوزير كبراوي → ك + براوي
    1.65), not a preposition and its noun (بالوزارة → وزارة 5.52، بلندن → لندن 5.02).
    Session 15 (item 4: a title with its name read as a bare role)."""

    base = z.lex.base(w.surface)
    return zipf(w.norm) < _UNATTESTED_ZIPF and zipf(base) < _UNATTESTED_ZIPF


def _name_like(z: _Zone, w: _Tok) -> bool:
    """The word may be part of a person's name: a first name, or a word the lexicon knows
    as no ordinary word (:func:`helpers.text.lexical.looks_like_name`, article and
    proclitics off; but a proclitic read on an unattested word, :func:`_unattested_split`,
    is the name's own letter: كبراوي, not ك + براوي)."""

    if w.norm in _first_names() or z.conj(w) in _first_names():
        return True
    if _unattested_split(z, w):
        return looks_like_name(w.norm)
    return looks_like_name(z.lex.base(w.surface))


def _function_word(z: _Zone, w: _Tok) -> bool:
    """A preposition, pronoun or other stopword of :func:`helpers.text.stopwords` (with or
    without a conjunction), or a lone letter such as لـ; not a name particle (أبو، بن),
    nor the first of a name's initials (:func:`_initials`: بي كي باتنايك), nor a
    source noun (أحد السكان: an unnamed source)."""
    if w.norm in _QW["name_particle"] or w.norm in _first_names() or z.lex.title_key(w.surface):
        return False  # أبو مازن، أمين العاصمة: a name particle, a first name or a title
    if w.norm in _SOURCES or _initials(z, w):
        return False
    return len(w.norm) < 2 or w.norm in _stop() or z.conj(w) in _stop()


def _initials(z: _Zone, w: _Tok) -> bool:
    """``w`` opens a run of two or more Latin letters' names (``initial`` of
    ``quote_words.tsv``: بي كي، جي بي), spaces only between them, followed by a word
    that is no stopword: a transliterated name's initials (بي كي باتنايك)."""
    initials = _QW["initial"]
    if w.norm not in initials:
        return False
    k = bisect.bisect_left(z.starts, w.start)
    n = k
    while n < len(z.starts) and z.infos[n][0] in initials:
        if n > k and z.text[z.ends[n - 1] : z.starts[n]].strip():
            return False
        n += 1
    if n - k < 2 or n >= len(z.starts) or z.text[z.ends[n - 1] : z.starts[n]].strip():
        return False
    return z.infos[n][0] not in _stop()


def _glued_club(z: _Zone, name: _Tok, w: _Tok) -> bool:
    """``w``, the last word of a speaker phrase, is a club's name glued to the name
    before it without its article (زيكو اتحاد: Zico of Al-Ittihad, as fans write it): an
    indefinite word with no proclitic whose form with the article is a one-word club name
    of ``sports_names.csv`` (:func:`_club_words`), no first name (نصر، هلال، رائد are
    names too) nor quoted, after a name-like word (:func:`_name_like`) or a definite one
    (a family name: الحربي; an indefinite noun after a definite one is no adjective nor
    in construct with it) with only a space between."""
    return (
        w.norm in _club_words()
        and not z.lex.clitics(w.surface)
        and w.norm not in _first_names()
        and not z.in_name(w.start)
        and not z.text[name.end : w.start].strip()
        and (_name_like(z, name) or _definite(name))
    )


def _someones(z: _Zone, w: _Tok) -> bool:
    """``w`` is a noun of a person with a pronoun suffix of the one list (noun set:
    نجله، والدي، أستاذنا، مساعدها, ت written for ة before it: زوجته): without the suffix
    and its proclitics, a title (:func:`_title_words`), or a ``kin``, ``role`` or
    ``source`` noun of ``quote_words.tsv``; not a first name nor a word the lexicon
    takes for a name (أميري)."""
    from helpers.entities.keys import surface_key

    base = z.lex.base(w.surface)
    if w.norm in _first_names() or base in _first_names() or looks_like_name(base):
        return False
    titles = _title_words()[0]
    people = _QW["kin"] | _QW["role"] | _QW["source"]
    for suffix in _NOUN_SUFFIXES:
        stem = base[: -len(suffix)]
        if not base.endswith(suffix) or len(stem) < 2:
            continue
        for st in (stem, stem[:-1] + "ة") if stem.endswith("ت") else (stem,):
            if st in people or surface_key(st) in titles:
                return True
    return False


def _suffixed(z: _Zone, w: _Tok) -> bool:
    """A noun with a pronoun suffix in ه (وقتها، نجله، سموه:
    :func:`helpers.text.lexical.suffixed_noun`), not a first name."""

    base = z.lex.base(w.surface)
    if w.norm in _first_names() or base in _first_names():
        return False
    return base.endswith(_HA_SUFFIXES) and suffixed_noun(base)


def _everyday(z: _Zone, w: _Tok, least: float = _EVERYDAY_ZIPF) -> bool:
    """The word is an everyday word and no name: a noun with a pronoun suffix in ه (سموه،
    اسمه; :func:`helpers.text.lexical.suffixed_noun`), or, without its proclitics and
    article, a form the lexicon holds at Zipf >= ``least`` that
    :func:`helpers.text.lexical.looks_like_name` does not take for a name, and no
    first name."""

    base = z.lex.base(w.surface)
    names = _first_names()
    if w.norm in names or z.conj(w) in names or base in names or w.norm in _QW["name_particle"]:
        return False  # ابن القيم، أبو مازن: a name particle makes a name
    if len(base) < 2 or (base.endswith(_HA_SUFFIXES) and suffixed_noun(base)):
        return True
    return zipf(base) >= least and not looks_like_name(base)


def _nisba_key(key: str) -> bool:
    """A word key that reads as a nisba adjective (لبناني، الأميركية → اميركية)."""
    return key.endswith(("ي", "ية", "يه")) and len(key) > 3


#: The gender a reporting word gives its subject, and its feminine test: the one rule
#: of both layers (:mod:`helpers.text.agreement`).
_feminine = feminine
_verb_gender = verb_gender


def _participle(norm: str) -> bool:
    """A reporting word in the accusative active participle (قائلا، مؤكدة، واصفا): it
    reports for the clause's subject, and the words after it are its object or
    complement, never its subject. A dual in ا (أضافا، قالتا) is a finite verb
    (:data:`_PLURAL_VERBS`)."""
    return (
        norm in REPORTING_WORDS
        and norm.endswith(("ا", "ة"))
        and not norm.endswith("وا")
        and norm not in _PLURAL_VERBS
    )


#: :func:`_manner`: the masculine form of an accusative participle (ساخر of ساخرا،
#: مستنكر of مستنكرة) is a word of the lexicon at least this often (Zipf, wordfreq's
#: Arabic list): متهكم 1.58، مستنكر 1.97، ساخر 3.60 (a name alone is asked first).
_MANNER_ZIPF = 1.5


#: Lists of ``quote_words.tsv`` whose nouns are never a manner (:func:`_manner`).
_MANNER_NOT = ("statement", "designator", "organisation", "source", "role", "kin", "media")


def _manner(z: _Zone, w: _Tok) -> bool:
    """``w`` is an indefinite accusative adjective or participle of manner (حال) in
    either gender: ساخرا، مستنكرة، متهكما، مبتسمة، مستطردة (with tanween or not). It
    says how the speaker spoke, never who: a reporting word in the accusative
    participle (:func:`_participle`), a word written with tanween fath (ساخراً), or a
    word of no proclitic and no article, of four letters or more, ending in ا (not يا:
    ماليزيا, nor وا) or ة, whose form without that ending has a participle's shape
    (opening with م: مستنكر، مبتسم; or four letters, ا the second: ساخر) and is in the
    lexicon
    (:data:`_MANNER_ZIPF`) and not taken for a name
    (:func:`helpers.text.lexical.looks_like_name`; the whole word may be: متهكما),
    and that is no first name, title, function word (فيها، إليها), noun with a pronoun
    suffix, nor a noun of the lists :data:`_MANNER_NOT` (مقولة، منظمة، مصدر).
    Callers ask it only of a word standing alone where a speaker would be (a one-word
    speaker phrase, a one-word headline before a colon): منظمة in منظمة العفو is read
    with its complement, never here."""
    from helpers.entities.keys import word_key

    norm = z.conj(w)
    if _participle(norm) or _TANWEEN_FATH in w.surface:
        return True
    if z.lex.clitics(w.surface) not in ("", "و", "ف") or _definite(w) or len(norm) < 4:
        return False
    if not norm.endswith(("ا", "ة")) or norm.endswith(("يا", "وا")):
        return False
    if word_key(norm) in _first_names() or norm in _SOURCES or z.lex.title_key(w.surface):
        return False  # فاطمة، أسامة: a first name (keyed with ه for ة)
    if _function_word(z, w) or _suffixed(z, w) or _someones(z, w):
        return False  # فيها، إليها: a preposition with its pronoun
    if any(norm in _QW[k] for k in _MANNER_NOT):
        return False  # مقولة «...»، منظمة: a statement, a designator, a body
    stem = norm[:-1]
    if not (stem.startswith("م") or (len(stem) == 4 and stem[1] == "ا")):
        return False  # the participle's shapes: مُفعِل، مُستفعِل، فاعِل (باشا is none)
    return zipf(stem) >= _MANNER_ZIPF and not looks_like_name(stem)


def _past_verb_word(z: _Zone, w: _Tok) -> bool:
    """``w`` is a past-tense verb with no proclitic (عرف، قتل), by the entity rules' test
    (:func:`helpers.entities.rules.words._past_verb`: frequent, its plural and feminine
    attested, no noun first), and no first name, title, reporting word, mention or
    quoted name: after a speaker phrase has begun it opens the clause that describes
    the subject (رجل ملثم عرف عن نفسه بأنه ...: the speaker is رجل ملثم), no part of
    its name. Three letters at least (بن، دل of دل نيرو، كي of بي كي باتنايك read as
    verbs alone), no name particle, no madda first (آخر "last" reads as the verb أخّر).
    """
    from helpers.entities.rules.words import _past_verb

    return (
        w.verb is None
        and len(w.norm) >= 3  # بن، دل، كي: name particles and initials
        and not w.surface.startswith("آ")  # آخر، آل: "last", "family of"
        and w.norm not in _QW["name_particle"]
        and not z.lex.clitics(w.surface)
        and w.norm not in _first_names()
        and z.lex.title_key(w.surface) is None
        and not z.in_name(w.start)
        and not z.ments.overlaps(z.key, w.start, w.end)
        and _past_verb(w.norm)
    )


#: How far below the bare word's Zipf its form with the article may be and still make it
#: a noun first (:func:`_noun_reading`: نظام 5.51, النظام 5.50; انتقد 4.16, الانتقد 0).
_NOUN_ARTICLE_MARGIN = 0.5

#: How far below the bare word's Zipf its own past forms (+وا, +ت) must stay for the
#: word to be a noun first in construct (:func:`_noun_reading`: أمن 5.20, أمنوا 4.24;
#: أكد 4.72, أكدت 4.52).
_NOUN_PAST_MARGIN = 0.9

#: The Zipf under which a past form (+وا, +ت) is no evidence of a verb
#: (:func:`_noun_only`: يدوا 1.68; verb_form takes +وا from 1.5).
_NOUN_PAST_NOISE = 2.0


def _noun_with_article(norm: str) -> tuple[bool, float, float]:
    """``(article, own, past)``: whether the lexicon writes ``norm`` with the article
    about as often as without (:func:`helpers.text.lexical.takes_article` within
    :data:`_NOUN_ARTICLE_MARGIN`), its own Zipf, and the Zipf of its commoner past form
    (+وا, +ت)."""

    own = zipf(norm)
    article = own > 0 and takes_article(norm, gap=_NOUN_ARTICLE_MARGIN)
    return article, own, max(zipf(norm + "وا"), zipf(norm + "ت"))


def _noun_reading(norm: str) -> bool:
    """The normalised word, which :func:`helpers.text.lexical.verb_form` may take for
    a verb (its prefix swapped or its past endings attested), is read first as a noun
    when a noun stands in its place: the lexicon (wordfreq's Arabic list) writes it with
    the article about as often as without (at most :data:`_NOUN_ARTICLE_MARGIN` below)
    and its own past forms are rarer by :data:`_NOUN_PAST_MARGIN` (نظام، أمن، يد، تقدم،
    بدء، عمل، ممثل; not تحاول، لعبت، تود، أكد، قال, whose article forms are not words).
    For a word followed by its genitive (a quoted name after it): session 15, item 1."""
    article, own, past = _noun_with_article(norm)
    return article and past < own - _NOUN_PAST_MARGIN


def _noun_only(norm: str) -> bool:
    """A noun whatever follows it: written with the article as :func:`_noun_reading`
    asks, and no past form of its own above noise (:data:`_NOUN_PAST_NOISE`: نظام، يد،
    يوم، نائب، يمين; not أمن, whose أمنوا is آمنوا, nor بحث، أمر، شكر، رأس, verbs that
    open news sentences)."""
    article, _own, past = _noun_with_article(norm)
    return article and past < _NOUN_PAST_NOISE


def _clause_verb(norm: str) -> bool:
    """The normalised word (its conjunction off) is a verb that may open a clause and
    take a subject after it (:func:`helpers.text.lexical.verb_form`), and no noun
    only (:func:`_noun_only`: «نظام الرئيس بشار الأسد» opens with a noun whose
    genitive is the person, not with a verb whose subject he is). Session 15."""

    return verb_form(norm) and not _noun_only(norm)
