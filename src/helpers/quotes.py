"""Direct quotations in Arabic news text, and who said them.

:func:`extract_quotes` finds spans in quote marks, decides which are reported speech,
and attributes each to a speaker. The rules are the reporting-verb and quote-mark
patterns of Pouliquen, Steinberger and Best (2007), "Automatic detection of quotations
in multilingual news" (RANLP), adapted to Arabic wire copy: verb-subject order
(``VERB + SUBJECT + (أن/إن) + «...»``), conjunction clitics on the verb (وقال، فأضاف) and
the participle of manner after a comma (مؤكداً: «...»):

1. **Spans.** An opening mark ``«`` ``“`` ``„`` ``‘`` ``"`` or ``'`` starts a span that
   ends at its closing mark (``»`` ``”`` ``”`` ``’`` ``"`` ``'``) within the same
   paragraph (``«`` nests). A mark that never closes ends the span at the paragraph end
   and sets ``unclosed``: it never swallows the rest of the story. ASCII ``'`` opens only
   at a word start and closes only at a word end, so apostrophes in Latin text are not
   marks.
2. **Names are not quotes.** A span is a name, title or term, not speech, when it is
   exactly an entity mention (from :mod:`helpers.entities`), or follows a designator
   noun in construct (تنظيم «داعش»، بقيادة «هيئة تحرير الشام»، حركة، جماعة، حزب، صحيفة،
   دار، بلقب...), or is a single word not introduced by a colon (scare quotes), or is a
   short name (at most four words, no sentence end) right after a preposition (لـ، بـ،
   عن، مثل...) or a reporting verb whose subject it is (أعلنت «إي إف جي هيرميس» أن).
3. **Reporting context.** The span is speech when, in its clause (from the sentence
   start, or the previous quote in the paragraph, up to the opening mark), there is a
   reporting word (:data:`REPORTING_WORDS`: قال، أضاف، أكد، أوضح، تابع، شدد، أشار، نفى،
   أعلن... in past, present and participle forms, and the verbal noun قوله), or the mark
   follows a colon, or a reporting clause follows the closing mark
   («...»، قال لافروف).
4. **Speaker.** ``named``: the phrase right after the nearest reporting word (Arabic
   verb-subject order: وقال لافروف، أكد وزير الخارجية العراقي محمد علي الحكيم); for
   قوله the phrase after the preceding عن (نقل بيان ... عن الحكيم قوله); when the verb
   has no subject, the phrase after a statement noun when it names a source (بيان
   المعارضة, not رسالة مهمة), else the subject before the verb: the first person
   mentioned in the clause that no preposition governs, or an organisation opening it
   (فابيوس ... يقول: «...»؛ دان الجبير ...، وقال: «...»). The phrase runs through a quoted
   name (وقالت «إي إف جي هيرميس»: the company) and stops at punctuation, at a stop word,
   at a second reporting word and at an addressee (ل + a word after a name: وقال بنيتز
   للصحفيين); a first word read as ب/ل + a word (للصحفيين، بهدوء) is no subject.
   A pronoun, preposition or honorific (فيه، عليها، لـ، تعالى، جلّ وعزّ) is nobody:
   ``unknown``. An unnamed source (مصدر، المصادر، مسؤول كبير) is ``unknown`` with
   ``unknown_reason`` ``unnamed_source`` and its phrase in ``speaker_role``; a statement
   (البيان، التقرير) speaks only through its issuer (بيان المعارضة، بيان صادر عن
   الوزارة), else ``unknown`` (``statement``). Everyday words with no name and no
   definite word (عدم وجود خلل، سموه، اسمه: :data:`_EVERYDAY_ZIPF`) are no subject. A
   bare organisation noun (الوزارة) is the organisation last named with it in the story.
   A surname alone is the story's person with that name; a common first name alone
   (:func:`helpers.entities.gazetteer.first_name_gender`: محمد، حسن) is the story's one
   person whose fuller name opens or ends with it, or the name the phrase writes in
   full, or a player's public name in a sports story, or the story's name for a
   speaker it is the subject of twice (an id of that story only), else nobody named
   (``first_name``); a feminine reporting word (قالت، وأضافت) skips the men named before
   it, a masculine one (قال، أكد) the women. A place speaks only as its
   government: a country or a capital (``seat`` list; أعلنت الرياض); another place name
   alone is a person's name, kept as the phrase.
   A role (a phrase headed by a title: وزير الدفاع، الوزير، المتحدث باسم الوزارة) is the
   person named with it in its clause (رئيس الغرفة في المحافظة سياف بن عامر آل خشيل،
   ممثل الغرفة، بيتر هينشكليف، إن); with no name, the person last named with that role
   earlier in the story (``carried``), else, when the role names its body (an
   organisation mentioned in it: المتحدث باسم وزارة الداخلية), that office as written
   (``named``), else ``unknown`` (``unknown_reason`` ``unnamed_role``, the role in
   ``speaker_role``: a bare title, الوزير، رئيس الاتحاد, names nobody).
   ``carried``: no
   subject in the clause (وأضاف: «...»، مؤكداً: «...»، وشدد على أن ...), so the speaker
   is the most recent one named in the same zone, in this paragraph or the previous
   one (``carry_paragraphs``); with nobody named before, a verb with no subject phrase
   (وقال: «...») goes on from the subject of the sentence right before when a verb
   opens it (وعبر كيري عن أمله ... . وقال: «...»). ``unknown``: nobody to carry.
   The phrase is matched to an entity mention (PERSON, then ORG, NORP, LOC) to give
   ``speaker_id`` and the canonical ``speaker``; without a mention ``speaker`` is the
   phrase as written and ``speaker_id`` is ``"phrase:"`` + the normalised phrase
   (:func:`phrase_id`). Within a story, a phrase that ends with another speaker's phrase
   is taken for the same speaker with a title (الرئيس السوري المخلوع بشار الأسد and
   الأسد are both shown as الأسد, with one id).
   Session 11: a span after a verb that opens with a particle is speech, never a
   subject (فقال «لا تغضب»); a saying or proverb (مقولة، المثل) is a statement; after
   نسب, إلى before قوله brings the speaker (ونسبت الصحيفة إلى الوزير قوله); a title before
   a possessed relative (المرحوم والدي) is unnamed; ل + a person's noun with a pronoun
   (لنظيره) and an everyday indefinite word after a definite one (الفاتيكان ربط) end the
   phrase; a blessing ligature (ﷺ) ends it and speaks for nobody; a style's short form
   (خادم الحرمين) is the person its full form names in the story.

Words are the word tokens of :data:`helpers.text.tokenize.TOKEN_RE`; proclitics (وقال،
للصحفيين) are read by :class:`helpers.text.Analyser`, never peeled here. Only zones
with a quote mark are tokenised, once, up to the sentence after their last quote, so the
time is linear in the text (``benchmarks/bench_quotes.py``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from numbers import Integral
from typing import NamedTuple

import pandas as pd

from helpers.charsets import DIACRITICS, HONORIFIC_LIGATURE_SET, TEH_MARBUTA
from helpers.errors import ArgumentError, CorpusFormatError, in_story
from helpers.text import PROCLITIC_LETTERS, Analyser, has_article, letter_offset, pronoun_suffixes
from helpers.text.normalize import nfc, normalize, normalizer_table
from helpers.text.quoting import quote_words
from helpers.text.stopwords import reporting_words
from helpers.text.tokenize import TOKEN_RE

__all__ = [
    "QUOTE_COLUMNS",
    "REPORTING_WORDS",
    "UNKNOWN_SPEAKER",
    "extract_quotes",
    "phrase_id",
    "phrase_name",
    "quote_spans",
    "quotes_per_speaker",
    "surname_speakers",
]

#: Prefix of the ``speaker_id`` of a speaker found by phrase only (no entity mention).
PHRASE_ID_PREFIX = "phrase:"
#: Between a phrase id and a story id in the ``speaker_id`` of a speaker the story names
#: by a common first name alone (``phrase:نور@2015-07-26/2015-07-26-159``): one person of
#: that story, never counted with another story's نور.
STORY_SCOPE = "@"


def phrase_id(phrase: str) -> str:
    """The ``speaker_id`` of a speaker known only by a phrase: ``"phrase:"`` + the phrase
    normalised by :func:`helpers.text.normalize` (default options: diacritics and
    tatweel dropped, alef forms folded), words joined by one space.

    Stable across stories and runs, so one phrase counts as one speaker corpus-wide
    (``groupby("speaker_id")``), and distinct from every entity id of
    :mod:`helpers.entities` (``person:...``, ``rule:...``), so a join with a mentions
    table on ``entity_id`` never matches it.

    >>> phrase_id("المعارضة"), phrase_id("وزيرُ  الدفاعِ")
    ('phrase:المعارضة', 'phrase:وزير الدفاع')
    """
    return PHRASE_ID_PREFIX + " ".join(normalize(phrase).split())


def phrase_name(phrase: str) -> str:
    """The ``speaker`` shown for a speaker known only by a phrase: the phrase as written
    without tatweel and diacritics (:func:`helpers.text.normalize` with ``alef=False``:
    hamza forms kept, as an entity's canonical name keeps them), words joined by one
    space. A display name never keeps a tatweel: «سالم سعـيد كبيش» is shown as سالم سعيد
    كبيش, as its :func:`phrase_id` already reads it.

    >>> phrase_name("سالم سعـيد  كبيش"), phrase_name("وزيرُ الدفاعِ")
    ('سالم سعيد كبيش', 'وزير الدفاع')
    """
    return " ".join(normalize(phrase, alef=False).split())


#: Columns of the quotes table, in order.
QUOTE_COLUMNS: list[str] = [
    "story_id",
    "zone",
    "start",
    "end",
    "text",
    "speaker_id",
    "speaker",
    "verb",
    "attribution",
    "unclosed",
    "speaker_role",
    "unknown_reason",
]

_OPEN_CLOSE = {"«": "»", "“": "”", "„": "”", "‘": "’", '"': '"', "'": "'"}


#: Reporting words (normalised form -> dictionary form shown in the ``verb`` column): the
#: rows marked ``quote`` of the one list, ``helpers/text/data/reporting_verbs.tsv``
#: (past, present, the accusative active participle used after a comma: مؤكداً، مضيفاً).
REPORTING_WORDS: dict[str, str] = reporting_words()

#: Forms that may be a reporting word behind a proclitic (وقال، فأضاف): the
#: :class:`helpers.text.Analyser` decides.
_CLITIC_VERBS = frozenset(p + w for p in PROCLITIC_LETTERS for w in REPORTING_WORDS)


_QW = quote_words()
_QAWL = _QW["qawl"]
#: Relay verbs (نقلت الوكالة عن مصادر أن): the speaker follows عن, at most this many
#: words after the verb (:data:`_RELAY_GAP`).
_RELAY = _QW["relay"]
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
#: Words that end a speaker phrase (complementisers, prepositions, time words).
_PHRASE_STOP = _QW["phrase_stop"]
#: The prepositions and complementisers of :data:`_PHRASE_STOP` that take a pronoun
#: suffix (``suffix_host``), with a suffix of the one list (noun and verb sets: عنها،
#: إننا، أنني، عليه; ى written ي before it): they end a speaker phrase too (كتبت
#: الأميركية سوزان سونتاج عنها بأنها، وقال جوليان أسانج إننا).
_SUFFIXED_STOPS = frozenset(
    (stop[:-1] + "ي" if stop.endswith("ى") else stop) + suffix
    for stop in _QW["suffix_host"]
    for suffix in {*pronoun_suffixes("noun"), *pronoun_suffixes("verb")}
)
#: Time words that may stand between a verb and its subject (وقال أمس الوزير).
_LEAD_SKIP = _QW["lead_skip"]
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
#: Words a manner or addressee phrase may run over before the subject (وقال بصوت عال
#: الوزير، وقال لوسائل الإعلام الوزير): :func:`_past_manner`.
_MANNER_WORDS = 3
_AFTER_QUOTE_MARKERS = _QW["after_quote"]
#: Honorifics after God's name (قال الله تعالى، قال تعالى): never a speaker of their own.
_NOT_SPEAKERS = _QW["honorific"]
#: Honorifics that are also names or words (عز of عز الدين، أحمد عز; جل "most"): only
#: in their pair (عز وجل، جل وعز، جل جلاله) are they the honorific, so the next word
#: must be one of :data:`_PAIR_NEXT`.
_PAIRED = frozenset({normalize("عز"), normalize("جل")})
_PAIR_NEXT = frozenset({normalize("وجل"), normalize("وعز"), normalize("جلاله")})
#: First words of a blessing (رحمه الله، صلى الله عليه وسلم، رضي الله عنه): one only
#: right before :data:`_GOD`, and then like an honorific, never a speaker.
_BLESSINGS = _QW["blessing"]
_GOD = normalize("الله")
#: Participles between a statement noun and its source: بيان صادر عن الوزارة.
_ISSUED = _QW["issued"]
#: Reporting words whose subject is a text (جاء في البيان، ورد): they report only before
#: :data:`_TEXT_VERB_NEXT`, and tell no gender.
_TEXT_VERBS = _QW["text_verb"]
#: Their dictionary forms as :data:`REPORTING_WORDS` gives them (the ``verb`` column).
_TEXT_VERB_LEMMAS = frozenset(v for v in REPORTING_WORDS.values() if normalize(v) in _TEXT_VERBS)
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
#: The ``speaker`` of unattributed quotations in :func:`quotes_per_speaker` (its
#: ``speaker_id`` is ``""``). ``speaker`` is a text column (names as the stories write
#: them), so its placeholder is Arabic in every medium: the table, its CSV and
#: tables.xlsx, the HTML export; the codes of coded columns stay English in files
#: (DEVELOPING.md, "Value labels").
UNKNOWN_SPEAKER = "(غير معروف)"
#: Values of the ``unknown_reason`` column.
_NOT_A_SPEAKER = "not_a_speaker"
_UNNAMED_ROLE = "unnamed_role"
_NO_SUBJECT = "no_subject"
_UNNAMED_SOURCE = "unnamed_source"
_STATEMENT = "statement"
_FIRST_NAME = "first_name"
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
#: A word with ب after a speaker's name is a manner (بلهفة، بطريقة عفوية) when, without
#: its proclitics, it is an everyday word this frequent (Zipf; لهفة 2.9); names read as ب +
#: a word (باريخ، برون) are rare forms.
_MANNER_ZIPF = 2.8
#: A one-word phrase speaker counts as a surname across stories (:func:`surname_speakers`)
#: only below this Zipf (as written, article off): غنام 3.06 is a name, عمدة 4.09 a title.
_SURNAME_ZIPF = 3.5
_BI_ISM = normalize("باسم")
#: Pronoun suffixes of a noun read as a pronoun's noun (سموه، اسمه، معاليه، حديثها): the
#: ``third`` set of the one list (:func:`helpers.text.clitics.pronoun_suffixes`).
_HA_SUFFIXES = pronoun_suffixes("third")
#: Pronoun suffixes of a preposition (عنه، لها، لي، إليهم): the ``speech`` set.
_PRONOUN_SUFFIXES = pronoun_suffixes("speech")
#: Possessive suffixes of a noun (نجله، أستاذنا، والدي): the ``noun`` set.
_NOUN_SUFFIXES = pronoun_suffixes("noun")
#: The speaker of a quote nobody can be named for (a pronoun, a bare title with no
#: one of that title named before, an honorific): attribution ``unknown``, never carried.
_UNKNOWN: dict[str, object] = {"speaker_id": None, "speaker": None, "_unknown": True}
#: Token kinds of :data:`helpers.text.tokenize.TOKEN_RE` that are words here.
_WORD_KINDS = frozenset({"word", "latin", "number", "abbrev"})
_MARKS = frozenset(DIACRITICS)
#: Opening quote marks (their closing marks: :data:`_OPEN_CLOSE`).
_OPENERS = re.compile("[" + re.escape("".join(_OPEN_CLOSE)) + "]")
_GUILLEMETS = re.compile("[«»]")
_MARK_CHARS = frozenset(_OPEN_CLOSE) | frozenset(_OPEN_CLOSE.values())
_SENT_END = re.compile(r"[.!?؟]")
_DIGIT = re.compile(r"\d")
#: A span of at most this many words opening with a number is a quantity in quote marks
#: (scare quotes: «180 درجة»), not speech, unless a colon introduces it.
_MAX_QUANTITY = 3
_CLAUSE_END = re.compile("[.!?؟:" + re.escape("".join(_OPEN_CLOSE)) + "]")
_MAX_PHRASE = 10
#: The accusative ending of an indefinite noun (دائمًا، أيضًا): an adverb, never in a name.
_TANWEEN_FATH = "\u064b"
_SPEAKER_TYPES = ("PERSON", "ORG", "NORP", "LOC")
#: Entity ids of the gazetteer's people (:mod:`helpers.entities`): ``person:hassan-rouhani``.
_GAZETTEER_PERSON = "person:"
_MAX_MENTION = 200  # characters; longer mentions are not looked up as speakers


@dataclass
class _Span:
    open: int  # index of the opening mark
    start: int  # content start
    end: int  # content end
    close: int  # index just after the closing mark (== end if unclosed)
    unclosed: bool
    paragraph: int


def _paragraphs(text: str) -> list[tuple[int, int, int]]:
    """(start, end, index) of each non-empty line; index counts non-empty lines."""
    out, pos, k = [], 0, 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line), k))
            k += 1
        pos += len(line) + 1
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in _MARKS


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """Spans between quote marks in ``text``, before deciding which are speech.

    Parameters
    ----------
    text : str
        One zone text (title, captions or body).

    Returns
    -------
    list of (start, end, unclosed)
        Offsets of the quoted text without its marks (``text[start:end]``), and whether
        the closing mark was missing (then ``end`` is the paragraph end, trailing spaces
        excluded). Only outermost spans; nested marks stay inside.
    """
    return [(s.start, s.end, s.unclosed) for s in _spans(text)]


def _close_of(text: str, i: int, p_end: int) -> int:
    """Index of the mark closing the one at ``i`` within ``[i + 1, p_end)``, or -1.
    ``«`` nests; an ASCII ``'`` closes only at a word end."""
    ch = text[i]
    if ch == "«":
        depth = 0
        for m in _GUILLEMETS.finditer(text, i + 1, p_end):
            if m.group() == "»":
                if depth == 0:
                    return m.start()
                depth -= 1
            else:
                depth += 1
        return -1
    close_ch = _OPEN_CLOSE[ch]
    j = text.find(close_ch, i + 1, p_end)
    if ch == "'":
        while j != -1 and _is_word_char(text[j + 1 : j + 2]):
            j = text.find(close_ch, j + 1, p_end)
    return j


def _spans(text: str) -> list[_Span]:
    spans: list[_Span] = []
    if _OPENERS.search(text) is None:
        return spans
    for p_start, p_end, p_idx in _paragraphs(text):
        i = p_start
        while i < p_end:
            m = _OPENERS.search(text, i, p_end)
            if m is None:
                break
            i = m.start()
            ch = text[i]
            prev = text[i - 1] if i > p_start else " "
            nxt = text[i + 1] if i + 1 < p_end else " "
            if ch in "'\"" and (_is_word_char(prev) or nxt.isspace()):
                i += 1  # an apostrophe or a closing straight quote without an opener
                continue
            found = _close_of(text, i, p_end)
            if found >= 0:
                spans.append(_Span(i, i + 1, found, found + 1, False, p_idx))
                i = found + 1
            else:
                end = p_end
                while end > i + 1 and text[end - 1].isspace():
                    end -= 1
                spans.append(_Span(i, i + 1, end, end, True, p_idx))
                i = p_end
    return spans


class _Tok(NamedTuple):
    start: int
    end: int
    surface: str
    norm: str  # normalised (helpers.text.normalize)
    verb: str | None  # dictionary form of a reporting word, else None


class _Words:
    """Word tokens of zone texts, with per-type analyses cached for one call.

    Words are the word, Latin, number and abbreviation tokens of
    :data:`helpers.text.tokenize.TOKEN_RE`. Proclitics are read by
    :class:`helpers.text.Analyser` (lexicon only, no corpus attestation), so a word has
    the same reading in every story and every call; it is asked only about words that
    could be a reporting word with a proclitic (a proclitic letter of
    :data:`helpers.text.PROCLITIC_LETTERS` before a reporting word) and about the few
    words near a quote mark."""

    def __init__(self) -> None:
        self.analyse = Analyser()
        self.table = normalizer_table()
        self.verbs: dict[str, tuple[str, str | None]] = {}  # surface -> (norm, verb)
        self.conjs: dict[str, tuple[str, str, str]] = {}  # surface -> (conj, clitics, base)
        self.titles: dict[str, str | None] = {}
        self.hal: dict[str, bool] = {}  # surface -> circumstantial participle
        self.keys: dict[str, str] = {}  # surface -> helpers.entities.keys.surface_key

    def _verb(self, surface: str) -> tuple[str, str | None]:
        norm = nfc(surface).translate(self.table)
        verb = REPORTING_WORDS.get(norm)
        if verb is None and norm in _CLITIC_VERBS:
            verb = REPORTING_WORDS.get(self.conj(surface))
        got = self.verbs[surface] = (norm, verb)
        return got

    def key(self, surface: str) -> str:
        """:func:`helpers.entities.keys.surface_key` of the word, cached for the call."""
        got = self.keys.get(surface)
        if got is None:
            from helpers.entities.keys import surface_key

            got = self.keys[surface] = surface_key(surface)
        return got

    def relay(self, surface: str, norm: str) -> bool:
        """The word (normalised ``norm``) is a relay verb (:data:`_RELAY`: نقلت، ونقلت)."""
        if norm in _RELAY:
            return True
        return norm[1:] in _RELAY and norm[:1] in ("و", "ف") and self.conj(surface) in _RELAY

    def conj(self, surface: str) -> str:
        """The normalised word without a conjunction و/ف that :class:`Analyser` reads as
        its first proclitic (وقال → قال, والرئيس → الرئيس), else the normalised word."""
        return self._conj(surface)[0]

    def clitics(self, surface: str) -> str:
        """The proclitics :class:`Analyser` reads on the word (``"ل+ال"``, ``""``)."""
        return self._conj(surface)[1]

    def base(self, surface: str) -> str:
        """The normalised word without any proclitic, the article included (بلقب → لقب)."""
        return self._conj(surface)[2]

    def _conj(self, surface: str) -> tuple[str, str, str]:
        got = self.conjs.get(surface)
        if got is None:
            a = self.analyse(surface)
            conj = a.norm
            if a.kind == "word" and a.clitics[:1] in ("و", "ف") and len(conj) > 2:
                conj = normalize(surface[letter_offset(surface, 1) :])
            got = self.conjs[surface] = (conj, a.clitics, a.base)
        return got

    def circumstantial(self, surface: str) -> bool:
        """An indefinite accusative participle of manner (حال) after a verb: مخاطبا،
        مخاطبًا، موجها، متوجها. It is never the subject, and what follows it is its object
        (the addressee): a word of the form م...ا (5 letters or more, tanween or not,
        no proclitic, not ending in يا: ماليزيا) whose form without the alef the
        lexicon holds (Zipf >= 2, wordfreq's Arabic list) and that is no name
        (:func:`helpers.entities.lexicon.looks_like_name`, the first names of
        :mod:`helpers.entities.gazetteer`) nor a reporting word."""
        got = self.hal.get(surface)
        if got is None:
            got = self.hal[surface] = self._circumstantial(surface)
        return got

    def _circumstantial(self, surface: str) -> bool:
        from helpers.entities.lexicon import looks_like_name, zipf

        norm = self.conj(surface)  # normalised: the tanween is gone (مخاطبًا → مخاطبا)
        if not (norm.startswith("م") and norm.endswith("ا") and len(norm) >= 5):
            return False
        if norm.endswith("يا"):
            return False  # ماليزيا، موريتانيا: a place, not a participle
        if self.clitics(surface) or norm in _first_names() or looks_like_name(norm):
            return False
        return zipf(norm[:-1]) >= 2.0 and norm not in REPORTING_WORDS

    def tokens(self, text: str, hi: int) -> tuple[list[int], list[int], list[str], list]:
        """Starts, ends, surfaces and ``(norm, verb)`` of the words of ``text[:hi]``."""
        kinds = _WORD_KINDS
        ms = [m for m in TOKEN_RE.finditer(text, 0, hi) if m.lastgroup in kinds]
        surfaces = [m.group() for m in ms]
        verbs, verb = self.verbs, self._verb
        infos = [verbs.get(s) or verb(s) for s in surfaces]
        return [m.start() for m in ms], [m.end() for m in ms], surfaces, infos

    def title_key(self, surface: str) -> str | None:
        """Key of a one-word title (``الوزير``, ``والوزير`` → ``وزير``), or None."""
        if surface not in self.titles:
            from helpers.entities.keys import surface_key

            titles = _title_words()[0]
            k = surface_key(surface)
            if k not in titles:
                k = None
                if self.conj(surface) != nfc(surface).translate(self.table):
                    k2 = surface_key(surface[letter_offset(surface, 1) :])
                    k = k2 if k2 in titles else None
            self.titles[surface] = k
        return self.titles[surface]


def _text_verb_next(norm: str) -> bool:
    """``norm`` opens what a text verb reports: في، على، ضمن, alone or with a pronoun
    suffix (جاء فيه، ورد عليها)."""
    if norm in _TEXT_VERB_NEXT:
        return True
    return any(norm.endswith(x) and norm[: -len(x)] in _TEXT_VERB_NEXT for x in _PRONOUN_SUFFIXES)


class _Zone:
    """One zone text with its words (up to the end of the last quote's sentence), quote
    spans and paragraphs."""

    def __init__(
        self,
        key: tuple[str, str],
        text: str,
        spans: list[_Span],
        words: _Words,
        ments: _Mentions,
    ):
        self.key = key
        self.text = text
        self.spans = spans
        self.lex = words
        self.ments = ments
        self.names: list[tuple[int, int]] = []  # (open, close) of spans that are names
        self.kept: dict[str, str] = {}  # first name -> "public", "recurring" or "" (_in_full)
        self.ran_on: set[str] = set()  # ids of PERSON mentions that ran on (_ran_on)
        # nothing after the sentence (or line) that follows the last quote is read
        last = spans[-1].close
        end = _SENT_END.search(text, last)
        hi = end.start() if end else len(text)
        nl = text.find("\n", last, hi)
        hi = hi if nl == -1 else nl
        self.starts, self.ends, self.surfaces, self.infos = words.tokens(text, hi)
        negation, impersonal = _QW["negation"], _QW["impersonal"]
        question = _QW["interrogative"]
        n_words = len(self.infos)
        for i, (norm, verb) in enumerate(self.infos):
            if verb is None:
                continue
            # عدم ذكر اسمه، دون ذكر: a verbal noun after a negation noun reports nothing;
            # فيما جاء الجامايكي ثالثا: جاء reports only a text, its preposition next or
            # after one word (جاء في البيان، وجاء أيضا في); نقل المصابين: a relay verb
            # reports only with عن after it (نقلت الوكالة عن مصادر)
            nxt = [self.infos[j][0] for j in range(i + 1, min(i + 3, n_words))]
            if (
                (i and words.conj(self.surfaces[i - 1]) in negation)
                # لماذا كتبت إسرائيل هذا التقرير: an indirect question reports nothing
                or (i and words.conj(self.surfaces[i - 1]) in question)
                or (verb in _TEXT_VERB_LEMMAS and not any(map(_text_verb_next, nxt)))
                or (words.relay(self.surfaces[i], norm) and self.relay_source(i) is None)
            ):
                self.infos[i] = (norm, None)
            # ويذكر أن: the impersonal passive (يُذكر) reports nobody
            elif i + 1 < n_words and words.conj(self.surfaces[i]) in impersonal:
                nxt = self.infos[i + 1][0]
                nxt2 = self.infos[i + 2][0] if i + 2 < n_words else ""
                if nxt in _COMPLEMENTISERS or (
                    nxt in _NAME_PREPOSITIONS and nxt2 in _COMPLEMENTISERS
                ):
                    self.infos[i] = (norm, None)

    def relay_source(self, i: int) -> int | None:
        """End of the عن that brings the source of the relay verb at word ``i``
        (نقلت وكالة الأنباء الألمانية عن مصدر: the source follows it), at most
        :data:`_RELAY_GAP` words on and before a sentence end; None if none, if the
        word is in quote marks (شركة “أفيد”: a name) or if the عن is that of عن طريق
        ("by way of": نقل ابني عن طريق الهلال الأحمر, a transfer)."""
        text = self.text
        if text[self.starts[i] - 1 : self.starts[i]] in _MARK_CHARS:
            return None
        for j in range(i + 1, min(i + 1 + _RELAY_GAP, len(self.infos))):
            if _SENT_END.search(text, self.ends[j - 1], self.starts[j]):
                return None
            if self.infos[j][0] == _AN:
                way = j + 1 < len(self.infos) and self.infos[j + 1][0] == _BY_WAY
                return None if way else self.ends[j]
        return None

    def _range(self, lo: int, hi: int) -> range:
        return range(bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.ends, hi))

    def words(self, lo: int, hi: int) -> list[_Tok]:
        """Words lying within ``[lo, hi)``."""
        return [self.tok(i) for i in self._range(lo, hi)]

    def iwords(self, lo: int, hi: int) -> Iterator[_Tok]:
        """Words lying within ``[lo, hi)``, made as they are read."""
        return map(self.tok, self._range(lo, hi))

    def count(self, lo: int, hi: int) -> int:
        """How many words lie within ``[lo, hi)``, letters and digits written together
        (بلس1) counted as one."""
        r = self._range(lo, hi)
        starts, ends = self.starts, self.ends
        return sum(1 for i in r if i == r.start or starts[i] != ends[i - 1])

    def tok(self, i: int) -> _Tok:
        return _Tok(self.starts[i], self.ends[i], self.surfaces[i], *self.infos[i])

    def conj(self, w: _Tok) -> str:
        """``w.norm`` without a conjunction و/ف read as a proclitic (:meth:`_Words.conj`)."""
        return self.lex.conj(w.surface)

    def in_name(self, pos: int) -> bool:
        """Whether ``pos`` lies within a quoted name, marks included (``«إي إف جي»``)."""
        k = bisect.bisect_right(self.names, (pos, len(self.text) + 1)) - 1
        return k >= 0 and pos < self.names[k][1]

    def verb_indices(self) -> list[int]:
        """Indices of the reporting words."""
        return [i for i, (_n, v) in enumerate(self.infos) if v is not None]


def _phrase(z: _Zone, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker phrase right after ``lo``: words up to punctuation or a stop word."""
    text = z.text
    nl = text.find("\n", lo, hi)
    hi = min(hi if nl == -1 else nl, lo + 40 * _MAX_PHRASE)
    words = list(z.iwords(lo, hi))
    first = last = prev_last = None
    prev_end = lo
    prev: _Tok | None = None
    head: _Tok | None = None  # the phrase's first word (not a quoted name's)
    issued = False
    skip_to = 0
    for k, w in enumerate(words):
        if k < skip_to:
            continue  # the words of a manner phrase (_past_manner)
        gap = text[prev_end : w.start]
        if gap.strip():
            if not all(ch.isspace() or z.in_name(prev_end + i) for i, ch in enumerate(gap)):
                break  # punctuation ends the phrase; the marks of a quoted name do not
            if first is not None and not z.in_name(w.start) and not z.ments.starts(z.key, w.start):
                break  # after the name, only a mention goes on: مدير «المرصد» رامي عبد الرحمن
        n = w.norm
        if _numeric(w):  # also a quantity in quote marks: الطفلة شروق العالي "11 عاما"
            if first is None and k + 1 < len(words) and words[k + 1].norm in _SOURCES:
                prev_end = w.end  # وقالت 3 مصادر: the count of an unnamed source
                continue
            if first is None:
                return None  # أوضح 51 في المئة: a number or quantity is no speaker
            if prev is not None and _counts_number(z, prev):
                # اللاعب صاحب الـ3 أهداف: the noun whose complement is the number goes
                # with it (صاحب "owner of", رقم "number"); with nothing left, no subject
                if prev is head:
                    return None
                last = prev_last
            break  # التقرير الـ51، المتحدث باسم الوزارة 3 مرات: a number ends a name
        if (
            first is not None
            and z.in_name(w.start)
            and n in _PHRASE_STOP
            and k + 1 < len(words)
            and _suffixed(z, words[k + 1])
        ):
            # وقال "الفوزان في حديثه لقناة "المجد: a stray quote mark paired the marks
            # wrongly; a preposition with a noun and its pronoun is in no name
            break
        if z.in_name(w.start):  # the words of a quoted name are the name (إي إف جي)
            first = w.start if first is None else first
            last = prev_end = w.end
            prev = w
            continue
        if first is None and n in _LEAD_SKIP:
            prev_end = w.end  # وقال أمس وزير الدفاع: the time word is not the speaker
            continue
        if first is None and (n in _TIME_ADJECTIVES or _time_head(z, words, k)):
            prev_end = w.end  # وقال الأسبوع الماضي الوزير، مساء أمس الأول: a time phrase
            continue
        if first is None and (n in _ISSUED or (k > 0 and issued and n == "عن")):
            issued = True  # بيان صادر عن الوزارة: the source follows عن
            prev_end = w.end
            continue
        if first is not None and _honorific(z, w):
            break  # قال الله تعالى: the honorific is not part of the name
        if first is None and w.verb is not None:
            return None  # وتابع قائلا: «...»: a second reporting word, no subject
        if z.lex.circumstantial(w.surface) and not z.ments.starts(z.key, w.start):
            if first is None:
                return None  # وقال مخاطبا الحضور: the addressee of a participle, no subject
            break  # وقال ظريف مخاطبا النواب: the participle ends the subject
        if first is None and _TANWEEN_FATH in w.surface:
            prev_end = w.end  # وهو يقول ساخرًا: an accusative adverb is no subject
            continue
        cl = z.lex.clitics(w.surface)
        if (
            first is None
            and cl[:2] in ("و+", "ف+")
            and cl[2:3] in ("ب", "ل")
            and not z.ments.overlaps(z.key, w.start, w.end)
        ):
            # اعترف وبمنتهى الوضوح: a manner after the conjunction, no subject, unless a
            # subject follows the phrase (وقال وبصوت عال الوزير)
            skip_to = _past_manner(z, words, k)
            if skip_to is None:
                return None
            prev_end = words[skip_to - 1].end
            continue
        if cl[:1] in ("ب", "ل") and not z.ments.starts(z.key, w.start):
            if first is None:
                # وقال للصحفيين، قال بهدوء: an addressee or a manner, no subject, unless
                # a subject follows the phrase (وقال بصوت عال الوزير)
                skip_to = _past_manner(z, words, k)
                if skip_to is None:
                    return None
                prev_end = words[skip_to - 1].end
                continue
            if cl[:1] == "ل" and not _definite(prev) and z.lex.title_key(prev.surface) is None:
                break  # وقال مسؤول كبير للصحفيين: the addressee ends the phrase
            if cl[:1] == "ل" and (_suffixed(z, w) or _someones(z, w)):
                # وقال وزير الخارجية لنظيره الأمريكي: a person's noun with a pronoun
                # in ل is the addressee, never the role's body (لوزارة التعليم is one)
                break
            if (
                cl == "ب"  # بالسفارة الأمريكية: a place in the role
                and head is not None
                and z.lex.title_key(head.surface) is None  # مدير مستشفى ... بمدينة
                and _everyday(z, w, _MANNER_ZIPF)
                and _BI_ISM not in (prev.norm, w.norm)  # المتحدثة باسم بتسليم
                and z.lex.title_key(prev.surface) is None
                and prev.norm not in _first_names()  # لوران بلان، محمد بوسعيد
                and not z.ments.overlaps(z.key, w.start, w.end)  # بجامعة ستانفورد
            ):
                # وقال عز بلهفة، بطريقة عفوية: a manner ends the phrase (an everyday word
                # after ب; باريخ، برون are names)
                break
        if (
            first is not None
            and z.lex.clitics(w.surface) == "و"
            and _suffixed(z, w)
            and w.norm not in _stop()  # المصدر نفسه
            and not any(m[2] == "PERSON" for m in z.ments.within(z.key, w.start, w.end + 40))
            and not z.ments.starts(z.key, w.start)
            and not z.in_name(w.start)
        ):
            break  # فقال عز وعيناه تضيعان: و + a noun with a pronoun suffix opens a clause
        if n in _PHRASE_STOP or k >= _MAX_PHRASE or z.conj(w) in _PHRASE_STOP:
            break
        if (
            first is not None
            and not z.lex.clitics(w.surface)
            and w.norm not in _stop()  # المصدر نفسه
            and _suffixed(z, w)
            and prev.norm not in _first_names()  # بدر باسلمه: a family name
            and z.lex.title_key(prev.surface) is None
            and z.lex.base(prev.surface) not in _ORG_NOUNS
            and prev.norm not in _QW["kin"]
            and not z.ments.overlaps(z.key, w.start, w.end)
            and not z.in_name(w.start)
        ):
            # أبدى المدرب سعادته، ويصف المطيري حالته، وقال شولوز وقتها: a noun with a
            # pronoun suffix after the subject is the verb's object or a time adverb (in
            # a role's construct it is the role's: وزير خارجيتها، مكتب رئاسته)
            break
        if first is not None and _partitive(z, words, k):
            break  # عارف حسن احد اشهر مهندسي التخطيط: "one of the ..." is an apposition
        if first is not None and _glued_club(z, prev, w):
            break  # زيكو اتحاد: a club glued to the name is no part of it
        if first is not None and _object_after(z, head, prev, w):
            break  # وأعرب الفاتيكان ربط، أعلن سلاح الجو استمرار الغارات: the object
        if first is not None and n in _SUFFIXED_STOPS and n not in _first_names():
            break  # سوزان سونتاج عنها، جوليان أسانج إننا: a preposition with its pronoun
        if first is not None and _TANWEEN_FATH in w.surface:
            break  # الزبون دائمًا: an accusative adverb is no part of a name
        if w.verb is not None and first is not None:
            break
        if first is None:
            first = w.start
            head = w
        prev_last = last
        last = w.end
        prev_end = w.end
        prev = w
    if first is None:
        return None
    return first, last


def _subject_word(z: _Zone, w: _Tok) -> bool:
    """``w`` may open a subject after a phrase put before it: a title (الوزير، رئيس) or
    the start of a mention."""
    return z.lex.title_key(w.surface) is not None or z.ments.starts(z.key, w.start)


def _past_manner(z: _Zone, words: list[_Tok], k: int) -> int | None:
    """Index in ``words`` of the subject after the manner or addressee phrase that
    ``words[k]`` opens with ب or ل (وقال بصوت عال الوزير، وقال ولوسائل الإعلام الوزير
    عادل الجبير), or None: the phrase is ``words[k]`` and one to
    :data:`_MANNER_WORDS` - 1 words more, none a title, a mention, a verb, a stop word
    or a number, with only spaces between; the subject is the next word, a title or a
    mention (:func:`_subject_word`). A title or mention right after the preposition's
    word is its complement, no subject (قال بحضور الأمير فيصل): None."""
    text = z.text
    for j in range(k + 1, min(k + 1 + _MANNER_WORDS, len(words))):
        w = words[j]
        if text[words[j - 1].end : w.start].strip():
            return None  # punctuation: وقال بهدوء: «...»
        if _subject_word(z, w):
            return j if j > k + 1 else None
        if (
            w.verb is not None
            or w.norm in _PHRASE_STOP
            or w.norm in _stop()
            or _numeric(w)
            or z.in_name(w.start)
        ):
            return None
    return None


def _partitive(z: _Zone, words: list[_Tok], k: int) -> bool:
    """``words[k]`` is "one of" (:data:`_PARTITIVE`: أحد، إحدى, hamza or none) before a
    definite word (أحد المهندسين) or an elative, أفعل: four letters opening with alef
    after normalisation (أحد أشهر، احد ابرز), with only spaces between: after a name it
    opens an apposition ("one of the ..."), as a role after a name does (Arabic grammar:
    أحد in construct with a definite plural or a superlative is a partitive noun)."""
    if words[k].norm not in _PARTITIVE or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    if z.text[words[k].end : nxt.start].strip():
        return False
    if _definite(nxt):
        return True
    n = nxt.norm
    return len(n) == 4 and n[0] == "ا" and not z.lex.clitics(nxt.surface)


def _time_head(z: _Zone, words: list[_Tok], k: int) -> bool:
    """``words[k]`` heads a time phrase: a definite word, no title nor mention, right
    before an adjective of time (الأسبوع الماضي، العام المقبل; الوزير الأول is a
    title)."""
    w = words[k]
    return (
        k + 1 < len(words)
        and words[k + 1].norm in _TIME_ADJECTIVES
        and not z.text[w.end : words[k + 1].start].strip()
        and _definite(w)
        and not _subject_word(z, w)
        and not z.in_name(w.start)
    )


def _object_after(z: _Zone, head: _Tok | None, prev: _Tok, w: _Tok) -> bool:
    """``w``, after the definite word ``prev`` of a speaker phrase, opens the verb's
    object, not more of the subject: an indefinite word (no article, no proclitic) is
    neither the adjective of a definite noun (adjectives agree in definiteness) nor its
    complement (a definite noun heads no construct), so after one it starts a new
    phrase (الفاتيكان ربط، سلاح الجو الليبي استمرار الغارات، البعض وجود مشكلات، المصدر
    استكمال المرحلة). Only an everyday word (:func:`_everyday`), no title, outside a
    quoted name and a mention, and not in a phrase that ``head``, its first word, opens
    with a title or a source noun: a name after a role is indefinite too, and may be a
    word (الصحافي النيجري صديق آبا، وزيرة شؤون المهجرين أليس شبطيني، المصدر ذاته)."""
    return (
        head is not None
        and z.lex.title_key(head.surface) is None
        and z.lex.base(head.surface) not in _SOURCES
        and _definite(prev)
        and prev.norm != _GOD  # عبيد الله عبيد: a name with الله goes on
        and w.norm not in _stop()  # الصحيفة نفسها، المصدر ذاته
        and not z.lex.clitics(w.surface)
        and not z.in_name(w.start)
        and not z.ments.overlaps(z.key, w.start, w.end)
        and z.lex.title_key(w.surface) is None
        and z.lex.title_key(prev.surface) is None
        and _everyday(z, w)
    )


def _counts_number(z: _Zone, w: _Tok) -> bool:
    """``w``, the word right before a number in a speaker phrase, is a noun in construct
    with that number (صاحب الـ3 أهداف، رقم 10، ذو الـ25 عاما), not part of a name: an
    indefinite word with no proclitic, outside a quoted name and a mention, no title, and
    an everyday word (:func:`_everyday`; صاحب 5.16، رقم 5.40). A definite word (المتحدث
    باسم الوزارة 3 مرات), a first name or a name before the number stays in the phrase."""
    return (
        not _definite(w)
        and not z.lex.clitics(w.surface)
        and not z.in_name(w.start)
        and not z.ments.starts(z.key, w.start)
        and z.lex.title_key(w.surface) is None
        and _everyday(z, w)
    )


def _numeric(w: _Tok) -> bool:
    """A number (51، 9.92، ٢٠١٥) or the article written apart with a tatweel before one
    (الـ of الـ51; not آل of آل الشيخ, whose normalised form is the same): a count, a
    score, a year or a serial number, never part of a speaker's name."""
    return w.surface == "الـ" or _DIGIT.search(w.norm) is not None


def _honorific(z: _Zone, w: _Tok) -> bool:
    """``w`` is God's honorific or a blessing here, never a speaker: a word of the
    ``honorific`` list, تعالى، سبحانه always, عز and جل (:data:`_PAIRED`) only right
    before their pair word (عز وجل، جل وعز، جل جلاله), so the name عز (عز الدين، أحمد
    عز) is a name; the first word of a blessing (``blessing``: رحمه، صلى، رضي) only
    right before الله (الفقيد رحمه الله، يقول صلى الله عليه وسلم); a blessing or
    honorific written as one ligature (ﷺ، ﷻ، ﵁: :data:`helpers.charsets.HONORIFIC_LIGATURES`)
    always."""
    if not HONORIFIC_LIGATURE_SET.isdisjoint(w.surface):
        return True  # قال رسول الله ﷺ: the blessing is no part of the speaker's name
    if w.norm in _BLESSINGS:
        nxt = frozenset({_GOD})
    elif w.norm in _PAIRED:
        nxt = _PAIR_NEXT
    else:
        return w.norm in _NOT_SPEAKERS
    k = bisect.bisect_left(z.starts, w.end)
    return k < len(z.starts) and z.infos[k][0] in nxt


#: Proclitics of a prepositional phrase (للصحفيين، بالقول): no speaker starts with one.
_PREP_ARTICLE = frozenset({"ل+ال", "ب+ال", "و+ل+ال", "و+ب+ال"})


class _Mentions:
    def __init__(self, mentions: pd.DataFrame | None):
        self.by_zone: dict[tuple[str, str], list[tuple[int, int, str, str, str]]] = {}
        self._people: dict[str, dict[str, tuple[list[str], str]]] | None = None
        if mentions is None or len(mentions) == 0:
            return
        cols = [mentions[c].tolist() for c in ("story_id", "zone", "start", "end")]
        cols += [mentions[c].astype(str).tolist() for c in ("type", "entity_id", "canonical")]
        by_zone = self.by_zone
        for sid, zone, start, end, typ, eid, canon in zip(*cols, strict=True):
            key = (str(sid), str(zone))
            row = (int(start), int(end), typ, eid, canon)
            got = by_zone.get(key)
            if got is None:
                by_zone[key] = [row]
            else:
                got.append(row)
        for v in by_zone.values():
            v.sort()

    def _story_people(self, story_id: str) -> dict[str, tuple[list[str], str]]:
        """The story's PERSON entities: ``{entity_id: (normalised words, canonical)}``."""
        if self._people is None:
            people: dict[str, dict[str, tuple[list[str], str]]] = {}
            for (sid, _zone), rows in self.by_zone.items():
                for _s, _e, typ, eid, canon in rows:
                    if typ == "PERSON":
                        people.setdefault(sid, {})[eid] = (normalize(canon).split(), canon)
            self._people = people
        return self._people.get(story_id, {})

    def person_starting(self, story_id: str, first: str) -> tuple[str, str] | None:
        """``(entity_id, canonical)`` of the one PERSON of the story whose name of two
        words or more opens with the first name whose key is ``first``
        (:func:`_first_name_key`: محمد → محمد بن سليمان الحسين); None if none or
        several (a mention that ran on into a common word, خالد رجل beside خالد بن سعد,
        is left out when there are several: :func:`_named_after_first`). Persons of the
        gazetteer (``person:`` ids) are left out: the news names the famous by surname,
        so a حسن of a story that names حسن روحاني is someone else."""
        found = [
            (eid, canon, words)
            for eid, (words, canon) in self._story_people(story_id).items()
            if _first_name_key(words) == first
            and not _first_name_alone(canon)
            and not eid.startswith(_GAZETTEER_PERSON)
        ]
        if len(found) > 1:
            # خالد بن سعد beside خالد رجل: a mention that ran on into a word of every day
            # (رجل، لقي، اختفاء) is no fuller name
            found = [f for f in found if _named_after_first(f[2])]
        return found[0][:2] if len(found) == 1 else None

    def person_ending(self, story_id: str, norms: list[str]) -> tuple[str, str] | None:
        """``(entity_id, canonical)`` of the one PERSON of the story whose canonical name
        is longer than and ends with the normalised words ``norms`` (الجبير: عادل
        الجبير); failing that, for one word, the one PERSON whose name of three words or
        more ran on into a time word after it (كيري: جون كيري الجمعة); None if none or
        several."""
        n = len(norms)
        people = self._story_people(story_id)
        found = [
            (eid, canon)
            for eid, (words, canon) in people.items()
            if len(words) > n and words[-n:] == norms
        ]
        if not found and n == 1 and len(norms[0]) > 2:
            # a name that ran on into a time word (جون كيري الجمعة): its last name word
            found = [
                (eid, canon)
                for eid, (words, canon) in people.items()
                if len(words) > 2 and words[-1] in _LEAD_SKIP and words[-2] == norms[0]
            ]
        return found[0] if len(found) == 1 else None

    def exact(self, key: tuple[str, str], start: int, end: int, text: str) -> bool:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        zone = self.by_zone.get(key, ())
        k = bisect.bisect_left(zone, (s,))
        while k < len(zone) and zone[k][0] == s:
            if zone[k][1] == e:
                return True
            k += 1
        return False

    def starts(self, key: tuple[str, str], pos: int) -> bool:
        """Whether a PERSON, ORG or LOC mention starts at ``pos``."""
        zone = self.by_zone.get(key, ())
        k = bisect.bisect_left(zone, (pos,))
        return k < len(zone) and zone[k][0] == pos

    def overlaps(self, key: tuple[str, str], start: int, end: int) -> bool:
        """Whether a PERSON, ORG or LOC mention holds a character of ``[start, end)``
        (بجامعة: a mention opening after the proclitic)."""
        zone = self.by_zone.get(key, ())
        lo = bisect.bisect_left(zone, (start - _MAX_MENTION,))
        hi = bisect.bisect_left(zone, (end,))
        return any(m[1] > start for m in zone[lo:hi])

    def within(self, key: tuple[str, str], lo: int, hi: int) -> list[tuple]:
        """Mentions lying within ``[lo, hi)``, in text order."""
        zone = self.by_zone.get(key, ())
        k = bisect.bisect_left(zone, (lo,))
        out = []
        for m in zone[k:]:
            if m[0] >= hi:
                break
            if m[1] <= hi:
                out.append(m)
        return out

    def first_person(self, key: tuple[str, str], lo: int, hi: int) -> int:
        """Start of the first PERSON mention that ends after ``lo`` and starts before
        ``hi`` (``hi`` if none)."""
        zone = self.by_zone.get(key, ())
        k = bisect.bisect_left(zone, (lo - _MAX_MENTION,))
        for m in zone[k:]:
            if m[0] >= hi:
                break
            if m[1] > lo and m[2] == "PERSON":
                return max(m[0], lo)
        return hi

    def best(self, key: tuple[str, str], lo: int, hi: int) -> tuple[str, str, str, int, int] | None:
        """``(entity_id, canonical, type, end, start)`` of the speaker mention of the
        phrase ``[lo, hi)``: the first PERSON, else ORG, NORP, LOC (a NORP or LOC only
        when it is the whole phrase; a LOC only a country or a seat); None if none."""
        zone = self.by_zone.get(key, ())
        # mentions are sorted by start; none is longer than _MAX_MENTION characters
        k = bisect.bisect_left(zone, (lo - _MAX_MENTION,))
        found = []
        for m in zone[k:]:
            if m[0] >= hi:
                break
            if m[1] > lo:
                found.append(m)
        for t in _SPEAKER_TYPES:
            for start, end, typ, eid, canon in sorted(found):
                if typ != t:
                    continue
                if t in ("NORP", "LOC") and (start - lo > 2 or end < hi):
                    # a nationality or place inside a longer phrase is no speaker:
                    # قال مسؤول أميركي is an (unnamed) official, not America
                    continue
                if t == "LOC" and not (eid.startswith("country:") or normalize(canon) in _SEATS):
                    # a place speaks only for its government: a country or a capital
                    # (أعلنت الرياض); other places written alone are a person's name
                    # (الأحمدي) or no speaker
                    continue
                return eid, canon, typ, end, start
        return None


@lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of one-word titles (وزير، الرئيس، المتحدث... of :mod:`helpers.entities.rules`,
    and the ``role`` words of ``quote_words.tsv``: عضو، ممثل، أمين...) and of title
    modifiers (السابق، الجديد...)."""
    from helpers.entities import rules
    from helpers.entities.keys import surface_key

    roles = {surface_key(w) for w in _QW["role"]}
    return frozenset({t[0] for t in rules.TITLES if len(t) == 1} | roles), rules.MODIFIERS


def _first_name_gender() -> dict[str, str]:
    """:func:`helpers.entities.gazetteer.first_name_gender` (imported when first asked)."""
    from helpers.entities.gazetteer import first_name_gender

    return first_name_gender()


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Normalised first names of :func:`helpers.entities.gazetteer.first_names`."""
    from helpers.entities.gazetteer import first_names

    return frozenset(first_names())


def _first_name_key(words: list[str]) -> str:
    """The key (:func:`helpers.entities.keys.word_key`) of the first name that opens a
    name given as normalised words, عبد and its next word fused as in
    :func:`helpers.entities.keys.name_keys` (عبد الله → عبدالله); ``""`` when the first
    word has the article (الحسين is a family name, not the first name حسين)."""
    from helpers.entities.keys import word_key

    if not words or words[0].startswith("ال"):
        return ""
    if words[0] == "عبد" and len(words) > 1:
        return word_key(words[0] + words[1])
    return word_key(words[0])


#: A word after a first name this common (Zipf) is no family name when the story has
#: several fuller names to choose from (لقي 4.14، اختفاء 4.13، رجل 5.46; الحربي 3.54).
_RUN_ON_ZIPF = 4.0


def _named_after_first(words: list[str]) -> bool:
    """The normalised words of a PERSON name go on as a name after the first name: one
    of them is a name particle (بن، آل، أبو), a first name, or no common word (Zipf <
    :data:`_RUN_ON_ZIPF`, or a word :func:`helpers.entities.lexicon.looks_like_name`
    takes for a name), the article off; خالد رجل، علي لقي، خالد اختفاء do not."""
    from helpers.entities.lexicon import looks_like_name, zipf

    first = _first_names()
    for w in words[1:]:
        base = w[2:] if w.startswith("ال") and len(w) > 4 else w
        if w in _QW["name_particle"] or w in first or base in first:
            return True
        if zipf(base) < _RUN_ON_ZIPF or looks_like_name(base):
            return True
    return False


def _first_name_alone(name: str) -> str:
    """The first-name key when the speaker ``name`` (as written or canonical) is a common
    first name (:func:`helpers.entities.gazetteer.first_name_gender`) and nothing else
    (علي، عبد الله، حسن), else ``""`` (كيري, a surname; جون كيري)."""
    words = normalize(name).split()
    if not 1 <= len(words) <= 2 or (len(words) == 2 and words[0] != "عبد"):
        return ""
    key = _first_name_key(words)
    return key if key in _first_name_gender() else ""


def _in_full(z: _Zone, who: dict[str, object]) -> dict[str, object]:
    """A speaker named by a common first name alone (a mention cut to it, وقال علي; a
    person the story names by one name only, يقول حسن) is:

    1. the one person of the story whose fuller name opens with that first name
       (:meth:`_Mentions.person_starting`: محمد → محمد بن سليمان الحسين) or ends with it,
       the first name being that person's family name (:meth:`_Mentions.person_ending`:
       عبد الرحمن → رامي عبد الرحمن، عباس → محمود عباس, gazetteer persons included).
       When one person opens with it and another ends with it, a title or style before
       the first name (الأمير علي، الشيخ محمد: Arab honorifics go with the first name)
       chooses the one it opens, none chooses the one it ends (news names people by
       their family name);
    2. else the person's public name, kept as it is, when the story shows it is one
       (:func:`_public_name`: a sports story calls a player or coach by it, لاعبه
       الدولي فريد);
    3. else the story's name for its speaker when it is the subject of
       :data:`_RECURRING` reporting words (:func:`_recurring_subject`: قالت نور ...
       شددت نور), with a ``speaker_id`` of this story only (``phrase:نور@<story_id>``);
    4. else nobody named: a first name alone names a different person in every story,
       so it is never a speaker of its own (``unknown_reason`` ``first_name``, the name
       as written, with its title, in ``speaker_role``).

    Other speakers are returned as they are."""
    name = who.get("speaker")
    if not name or who.get("_unknown") or who.get("_bare"):
        return who
    key = _first_name_alone(str(name))
    if not key:
        return who
    sid = z.key[0]
    opens = z.ments.person_starting(sid, key)
    if opens is not None and _cut_short(z, str(who.get("speaker_id") or "")):
        opens = None  # اللواء علي الأحمدي read as علي is not the story's علي عبد الله صالح
    ends = z.ments.person_ending(sid, normalize(str(name)).split())
    # محمد عقب: a mention that ran on past the phrase (_ran_on) is no fuller name
    opens = None if opens is None or opens[0] in z.ran_on else opens
    ends = None if ends is None or ends[0] in z.ran_on else ends
    found = opens or ends
    if opens is not None and ends is not None and opens[0] != ends[0]:
        found = opens if who.get("_title") else ends
    if found is not None:
        return dict(who, speaker_id=found[0], speaker=found[1])
    kept = z.kept.get(str(name))
    if kept is None:  # once a zone and name: a zone may hold many of its quotes
        kept = "public" if _public_name(z, str(name)) else ""
        kept = kept or ("recurring" if _recurring_subject(z, str(name)) else "")
        z.kept[str(name)] = kept
    if kept == "public":
        return who
    if kept == "recurring":
        # the story's one name for its speaker (نور، منيرة، فؤاد): kept, with an id of
        # this story only, as another story's نور is someone else
        return dict(who, speaker_id=f"{phrase_id(str(name))}{STORY_SCOPE}{sid}")
    role = str(who.get("_role") or "")
    written = f"{role} {name}" if role and not role.endswith(str(name)) else str(name)
    return dict(_UNKNOWN, _reason=_FIRST_NAME, _role=written)


def _alias_holder(z: _Zone, who: dict[str, object]) -> dict[str, object]:
    """A speaker phrase of two words or more that opens a PERSON mention of the zone
    found by a role alias sharing no word with the person's name (``people.csv``:
    خادم الحرمين الشريفين for الملك سلمان), or that the zone writes, elsewhere, right
    before a person's name with at most :data:`_STYLE_TAIL` definite words between
    (خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز; the phrase opening with a style or
    title, not ولد الشيخ), is that person: the short form of
    the style (وقال خادم الحرمين في كلمة) names whom its full form names in the story.
    Other speakers are returned as they are."""
    name = who.get("speaker")
    if not name or who.get("speaker_id") or who.get("_unknown") or who.get("_bare"):
        return who
    # the phrase's words as tokens: a phrase may keep punctuation (سألتها، فردت)
    surfaces = [m.group() for m in TOKEN_RE.finditer(str(name)) if m.lastgroup in _WORD_KINDS]
    words = [normalize(w) for w in surfaces]
    if len(words) < 2:
        return who
    n = len(words)
    for start, end, typ, eid, canon in z.ments.within(z.key, 0, len(z.text)):
        if typ != "PERSON":
            continue
        written = normalize(z.text[start:end]).split()
        if len(written) > n and written[:n] == words and not set(written) & set(canon.split()):
            return dict(who, speaker_id=eid, speaker=canon, _role=str(name))
    head = surfaces[0]
    if words[0] not in _QW["style"] and z.lex.title_key(head) is None:
        return who  # ولد الشيخ: only a style or title names whom it titles
    norms = [info[0] for info in z.infos]
    for i in range(len(norms) - n):
        if norms[i : i + n] != words:
            continue
        for k in range(i + n, min(i + n + _STYLE_TAIL + 1, len(norms))):
            got = z.ments.within(z.key, z.starts[k], z.ends[-1])[:1]
            if got and got[0][0] == z.starts[k] and got[0][2] == "PERSON":
                return dict(who, speaker_id=got[0][3], speaker=got[0][4], _role=str(name))
            if not _definite(z.tok(k)) or z.text[z.ends[k - 1] : z.starts[k]].strip():
                break
    return who


#: How many definite words may stand between a style and the name it titles
#: (:func:`_alias_holder`: خادم الحرمين | الشريفين الملك | سلمان).
_STYLE_TAIL = 2


#: How many times a common first name must follow a reporting word in a zone to be the
#: story's name for its speaker (:func:`_recurring_subject`).
_RECURRING = 2


def _recurring_subject(z: _Zone, name: str) -> bool:
    """The common first name ``name`` is the subject of at least :data:`_RECURRING`
    reporting words in the zone, right after them (قال فؤاد ... قال فؤاد، شددت نور ...
    قالت نور): the story calls its speaker by that name alone (a refugee, a witness the
    story names by first name only)."""
    target = normalize(name).split()
    n = len(target)
    norms = [info[0] for info in z.infos]
    hits = 0
    for i in z.verb_indices():
        if norms[i + 1 : i + 1 + n] == target and not z.text[z.ends[i] : z.starts[i + 1]].strip():
            hits += 1
    return hits >= _RECURRING


def _public_name(z: _Zone, name: str) -> bool:
    """A common first name is the public name of the person the story quotes (a
    footballer known by one name: فريد، هالك): the zone is a sports story
    (:func:`helpers.entities.gazetteer.sports_story`: two distinct words of
    ``sports_context.txt``) and one of the name's occurrences has a player's or coach's
    noun (``player`` of ``quote_words.tsv``, article and a pronoun suffix off: لاعبه،
    المهاجم) among the three words before it in its sentence (لاعبه الدولي فريد)."""
    from helpers.entities.gazetteer import sports_story

    players = _QW["player"]
    target = normalize(name).split()
    n = len(target)
    norms = [info[0] for info in z.infos]
    for i in range(len(norms) - n + 1):
        if norms[i : i + n] != target:
            continue
        for k in range(max(0, i - 3), i):
            if _SENT_END.search(z.text, z.ends[k], z.starts[i]):
                continue  # the noun of another sentence
            base = z.lex.base(z.surfaces[k])
            stem = next((base[: -len(s)] for s in _HA_SUFFIXES if base.endswith(s)), base)
            if base in players or stem in players:
                return sports_story(map(z.lex.key, z.surfaces))
    return False


#: How many words after a mention cut to a first name may finish the name as written.
_MAX_NAME_TAIL = 3
#: A definite word after a first name this frequent (Zipf, article off) is an office in
#: apposition, not the family name (المفتي 4.07، الخطيب; الأحمدي 3.63، الحربي 3.54 are
#: family names).
_OFFICE_ZIPF = 3.9


def _written_in_full(z: _Zone, words: list[_Tok], hit: tuple) -> str | None:
    """The speaker's name as the phrase writes it, when the PERSON mention ``hit`` of the
    phrase ``words`` is a common first name alone (:func:`_first_name_alone`) cut short
    of the words that finish the name (الدكتور إبراهيم نجم، الناطق باسم النيابة جان
    باسكال تورو، اللواء علي الأحمدي: the entity rules stopped at نجم, a word of every
    day, or at a name they do not know): the mention's text and the run of one to
    :data:`_MAX_NAME_TAIL` words right after it in the phrase, spaces only between them.
    A word without the article is the name's, a title too (عبدالقادر شيخ علي ديني،
    إبراهيم نجم); the run ends with its first definite word (علي الأحمدي) and stops
    before a definite title, modifier or common word (:func:`_everyday` at
    :data:`_OFFICE_ZIPF`: علي جمعة المفتي السابق → علي جمعة), a stopword, a reporting
    word, a time word, a word with a proclitic other than the article (وزملاؤه، بحزن)
    or an accusative adverb (ساخرًا). None when the mention is no first name alone or
    nothing follows it."""
    start, end = hit[4], hit[3]
    if not _first_name_alone(hit[1]):
        return None
    from helpers.entities.keys import surface_key

    titles, modifiers = _title_words()
    run: list[_Tok] = []
    prev_end = end
    for w in words:
        if w.start < end:
            continue
        if z.text[prev_end : w.start].strip() or len(run) == _MAX_NAME_TAIL:
            break
        definite = _definite(w)
        office = definite and (
            surface_key(w.surface) in titles
            or surface_key(w.surface) in modifiers
            or _everyday(z, w, _OFFICE_ZIPF)
        )
        if (
            office
            or w.verb is not None
            or w.norm in _stop()
            or w.norm in _PHRASE_STOP
            or w.norm in _LEAD_SKIP
            or z.lex.clitics(w.surface) not in ("", "ال")
            or _TANWEEN_FATH in w.surface
            or z.in_name(w.start)
        ):
            break
        run.append(w)
        prev_end = w.end
        if definite:
            break  # a family name with the article ends the name: علي الأحمدي
    if not run:
        return None
    return z.text[start : run[-1].end]


def _cut_short(z: _Zone, eid: str) -> bool:
    """A mention of the entity ``eid`` in the zone was cut short: a name-like word
    (definite, or :func:`_name_like`) follows it with only spaces between (اللواء علي
    الأحمدي read as علي), so it is not the person of the story who shares its first
    name (علي عبد الله صالح)."""
    if not eid:
        return False
    for _s, end, typ, m_eid, _c in z.ments.within(z.key, 0, len(z.text)):
        if m_eid != eid or typ != "PERSON":
            continue
        k = bisect.bisect_left(z.starts, end)
        if k >= len(z.starts) or z.text[end : z.starts[k]].strip():
            continue
        w = z.tok(k)
        if w.verb is not None or w.norm in _stop() or w.norm in _PHRASE_STOP:
            continue
        if _definite(w) or _name_like(z, w):
            return True
    return False


def _bare_title(words: list[_Tok]) -> bool:
    """A title with no name: الوزير، وزير، الرئيس الأميركي، المتحدث السابق. A title in
    construct with its office (وزير الدفاع، رئيس الوزراء) or followed by a name or an
    organisation (المتحدث باسم الوزارة) is a named role."""
    from helpers.entities.keys import surface_key

    titles, modifiers = _title_words()
    if len(words) == 1:
        return True
    if not _definite(words[0]):
        return False
    for w in words[1:]:
        k = surface_key(w.surface)
        nisba = _definite(w) and w.norm.endswith(("ي", "ية", "يه"))
        if not (k in titles or k in modifiers or nisba):
            return False
    return True


def _clause_subject(z: _Zone, lo: int, hi: int, gender: str = "") -> dict[str, object] | None:
    """The subject of a clause whose verb has none after it: the first person mentioned
    in ``[lo, hi)`` that no preposition governs (دان وزير الخارجية عادل الجبير ...، وقال:
    but not في مجلس الشيوخ), else an organisation that opens the clause at most
    :data:`_ROLE_GAP` words before the verb. With ``gender``, the verb's
    (:func:`_verb_gender`), a person of the other gender is no subject
    (:func:`_other_gender`: التقت محمد ... وقالت; استقبل هدى ... وقال)."""
    text = z.text
    governed_end = -1  # end of the last PERSON a preposition governs
    for start, end, typ, eid, canon in z.ments.within(z.key, lo, hi):
        before = z.words(max(lo, start - 30), start)
        if typ == "PERSON":
            if before and text[before[-1].end : start].strip() == "":
                b = before[-1]
                if b.norm in _PHRASE_STOP or z.conj(b) in _PHRASE_STOP:
                    governed_end = end
                    continue  # في/من/عن + name: not the subject
            if _governed(z, start, governed_end):
                governed_end = end
                continue  # لميريام فارس وهيفاء وهبي: a list after لـ is no subject
            who = {"speaker_id": eid, "speaker": canon, "_title": None}
            if _other_gender(z, who, gender):
                continue  # التقت محمد ... وقالت: the man is not the verb's subject
            cut = _first_then_everyday(z, (eid, canon, typ, end, start))
            if cut is not None:  # واستنكر الأمير خالد اختفاء ... قائلا: the first name
                z.ran_on.add(eid)
                return {"speaker_id": None, "speaker": text[start:cut], "_title": None}
            return who
    for start, end, typ, eid, canon in z.ments.within(z.key, lo, hi):
        if typ == "ORG" and z.count(lo, start) <= 1 and z.count(end, hi) <= _ROLE_GAP:
            # far from the verb, the organisation is another verb's subject: وتواصلت
            # «سبق» مع والدتها ... ولسان حال العائلة يقول
            return {"speaker_id": eid, "speaker": canon, "_title": None}
    # a surname of a person of the story, not after a preposition (من جانبه أشاد البياوي
    # بأداء اللاعبين قائلا: ناصيف البياوي)
    prev = None
    for w in z.iwords(lo, hi):
        free = prev is None or not (prev.norm in _PHRASE_STOP or z.conj(prev) in _PHRASE_STOP)
        mentioned = z.ments.first_person(z.key, w.start, w.end) < w.end  # seen above
        if free and not mentioned and z.lex.title_key(w.surface) is None and len(w.norm) > 2:
            found = z.ments.person_ending(z.key[0], [w.norm])
            who = None if found is None else {"speaker_id": found[0], "speaker": found[1]}
            if who is not None and not _other_gender(z, who, gender):
                return dict(who, _title=None)
        prev = w
    # a kunya no mention found, not after a preposition (رد عليه أبو فهد قائلا: a name)
    kunya = _kunya(z, z.words(lo, hi), gender)
    if kunya is not None:
        return kunya
    # a role with its name after the clause's verb: ويحلل مدير شرطة الطرق في إيطاليا،
    # روبرتو سغالا، الأرقام قائلا
    words = z.words(lo, hi)
    if len(words) > 2 and z.lex.title_key(words[1].surface) is not None:
        ph = _phrase(z, words[0].end, hi)
        if ph is not None:
            who = _speaker(z, ph, z.ments, hi)
            if who.get("speaker"):
                return who
    return None


#: The two words of a kunya (أبو فهد، أم محمد) and the gender each gives its bearer.
_KUNYA = {normalize("أبو"): "m", normalize("أم"): "f"}


def _kunya(z: _Zone, words: list[_Tok], gender: str) -> dict[str, object] | None:
    """The first kunya among ``words`` (a clause before its reporting word): أبو or أم
    with no proclitic, then a first name or a word the lexicon takes for a name (أبو
    فهد، أم محمد), not right after a preposition (عن أبو فهد) nor inside a mention, and
    of the reporting word's ``gender`` (:func:`_verb_gender`; ``""``: either). A kunya
    is a name: the speaker as written, None if there is none."""
    for i, w in enumerate(words[:-1]):
        prev, nxt = (words[i - 1] if i else None), words[i + 1]
        if (
            w.norm not in _KUNYA
            or z.lex.clitics(w.surface)
            or z.ments.overlaps(z.key, w.start, w.end)
        ):
            continue
        if gender and _KUNYA[w.norm] != gender:
            continue
        if prev is not None and (prev.norm in _PHRASE_STOP or z.conj(prev) in _PHRASE_STOP):
            continue
        if z.text[w.end : nxt.start].strip() or not _name_like(z, nxt):
            continue
        if nxt.norm == "عبد" and i + 2 < len(words):
            nxt = words[i + 2]  # أبو عبد الله: عبد and its next word are one name
        return {"speaker_id": None, "speaker": z.text[w.start : nxt.end], "_title": None}
    return None


#: Proclitics before a name that make it a prepositional object (لميريام، وبهيفاء).
_GOVERNING_PREFIXES = frozenset({"ل", "ب", "ول", "وب", "فل", "فب"})


def _governed(z: _Zone, start: int, governed_end: int) -> bool:
    """The PERSON mention starting at ``start`` is governed by a preposition: it opens
    inside a word after the proclitic ل or ب (لميريام فارس: the mention starts after ل),
    or it is the next item of a list whose item before, ending at ``governed_end``, was
    governed (لميريام فارس وهيفاء وهبي: only و، أو or a comma between them)."""
    k = bisect.bisect_right(z.starts, start) - 1
    if (
        k >= 0
        and z.starts[k] < start < z.ends[k]
        and z.text[z.starts[k] : start].replace("ـ", "") in _GOVERNING_PREFIXES
    ):
        return True
    if governed_end < 0:
        return False
    gap = z.text[governed_end:start].strip()
    return gap in ("", "و", "،", ",", "أو", "او") or gap.endswith((" و", "، و"))


def _names_someone(z: _Zone, span: tuple[int, int]) -> bool:
    """A statement noun's complement names a source: a mention or a definite noun
    (بيان المعارضة), not an adjective (رسالة مهمة)."""
    words = z.words(*span)
    if not words:
        return False
    # the issuer opens the complement (بيان وزارة الداخلية); a verb between them names
    # the publisher, not the issuer (تصريح نشرته وكالة الأنباء)
    return z.ments.starts(z.key, words[0].start) or _definite(words[0])


def _definite(w: _Tok) -> bool:
    """The word carries the article and no other proclitic (الرئيس, not والرئيس)."""
    return has_article(normalize(w.surface, alef=False))


def _speaker(
    z: _Zone,
    span: tuple[int, int],
    mentions: _Mentions,
    limit: int | None = None,
    depth: int = 0,
) -> dict[str, object]:
    """Who a speaker phrase names: entity, phrase, role or nobody.

    Returns ``speaker_id``/``speaker`` plus private keys: ``_title`` (key of a leading
    one-word title), ``_role`` (the role as written, when the phrase starts with a
    title: وزير الخارجية for وزير الخارجية عادل الجبير), ``_rkeys`` (its word keys, for
    :func:`_resolve`), ``_bare`` (a role with no name: resolved by :func:`_resolve`),
    ``_unknown`` (no speaker: a pronoun or preposition such as فيه، عليها، لـ, or an
    honorific such as تعالى; ``_reason`` says which). A role whose name follows later
    in the clause, up to ``limit`` (رئيس مجلس إدارة الغرفة في المحافظة سياف آل خشيل:،
    ممثل الغرفة، بيتر هينشكليف، إن) is that person.
    """
    lo, hi = span
    key = z.key
    words = z.words(lo, hi)
    if not words:
        return dict(_UNKNOWN, _reason=_NO_SUBJECT)
    head = words[0]
    if (
        not z.in_name(head.start)
        and not mentions.starts(key, head.start)
        and _function_word(z, head)
    ):
        if (
            len(words) > 1
            and head.norm.endswith(_PRONOUN_SUFFIXES)
            and mentions.best(key, words[1].start, hi) is not None
            and depth < 2
        ):
            # قالت عنه المستشارة أنجيلا ميركل: a preposition with its pronoun stands
            # between the verb and its subject
            return _speaker(z, (words[1].start, hi), mentions, limit, depth + 1)
        # لـ«الشرق الأوسط»، أحد الشهود، بلا حماس: a preposition or pronoun heads no
        # speaker, even when a name follows it (the addressee, the object)
        return dict(_UNKNOWN, _reason=_NOT_A_SPEAKER)
    hit = mentions.best(key, lo, hi)
    title = z.lex.title_key(head.surface)
    if hit is None or hit[2] != "PERSON":
        named = _after_relative(z, hi, limit, mentions)
        if named is not None:
            # كبير الباحثين الذين قاموا بالدراسة، سيث بولاك إن: the name after the
            # relative clause is the phrase's, the phrase its role
            who = dict(named, _title=title)
            _add_role(z, who, words, lo, hi)
            return who
    if hit is not None and _possessor(z, words, mentions):
        # محامي حبري إبراهيم ديوارا، مستشار أوباما: the person named right after a noun
        # in construct is its possessor; the speaker is the one named after it, or the
        # role (head + possessor) with no name: carried from a holder, else unknown
        after = [m for m in mentions.within(key, words[1].end, hi) if m[2] == "PERSON"]
        if after and after[0][0] > words[1].start:
            _s, _e, _t, eid, canon = after[0]
            who = {"speaker_id": eid, "speaker": canon, "_title": title}
            _add_role(z, who, words, lo, after[0][0])
            return who
        # the possessor's mention, as _possessor found it: it may run past the phrase
        # (محامي ميليسا قوله: the mention «ميليسا قوله» ends after the phrase's end)
        possessed = mentions.within(key, words[1].start, z.ends[-1])[0][1]
        return _named_or_bare(z, words, (lo, min(hi, possessed)), hi, limit, mentions, title)
    if hit is not None and hit[2] == "PERSON" and _ran_on(z, hit, words):
        # قال محمد عقب المباراة: the mention محمد عقب ran on past the word that ends the
        # phrase; the speaker is the name the phrase holds (a first name alone: _in_full)
        who = {"speaker_id": None, "speaker": z.text[max(hit[4], lo) : words[-1].end]}
        who["_title"] = title
        z.ran_on.add(hit[0])  # no fuller name of the speaker's (_in_full)
        if title is not None:
            _add_role(z, who, words, lo, hit[4])
        return who
    cut = None if hit is None or hit[2] != "PERSON" else _first_then_everyday(z, hit)
    if cut is not None:
        # واستنكر الأمير خالد اختفاء بعض الأقلام: the mention ran on from a first name
        # into the verb's object; the speaker is the first name (_in_full: the story's
        # خالد آل سعود), and the mention is no fuller name of anyone's
        who = {"speaker_id": None, "speaker": z.text[max(hit[4], lo) : cut], "_title": title}
        z.ran_on.add(hit[0])
        if title is not None:
            _add_role(z, who, words, lo, hit[4])
        return who
    if hit is not None and hit[2] == "PERSON":
        who = {"speaker_id": hit[0], "speaker": hit[1], "_title": title}
        written = _written_in_full(z, words, hit)
        if written is not None:  # الدكتور إبراهيم نجم read as the mention إبراهيم
            who.update(speaker_id=None, speaker=written)
        if title is not None:
            start = mentions.first_person(key, lo, hi)
            _add_role(z, who, words, lo, start)
        return who
    quoted = z.in_name(head.start)
    base = z.lex.base(head.surface)
    if (
        not quoted
        and base in _SOURCES
        and not _honorific(z, head)  # جل وعز
        and not mentions.starts(key, head.start)
        and _name_index(z, words) is None
    ):
        # مصدر عسكري، المصادر، مسؤول كبير: an unnamed source is nobody named (but مسؤول
        # الشرطة ماركوس دانلادي is named); a word in ل after it is the addressee (أحد
        # الشهود لوكالة الأنباء), no part of the source
        to = next((w.start for w in words[1:] if z.lex.clitics(w.surface)[:1] == "ل"), hi)
        end = max((w.end for w in words if w.end <= to), default=hi)
        return dict(_UNKNOWN, _reason=_UNNAMED_SOURCE, _role=_without_marks(z, lo, end))
    if (
        hit is None
        and not quoted
        and len(words) > 1
        and _someones(z, words[1])
        and (len(words) == 2 or not _definite(words[2]))  # كبير باحثي الطوارئ: construct
        and _name_index(z, words) in (None, 1)  # no name but the relative (والدي)
    ):
        # وقال المرحوم والدي، قالت الراحلة أمي: a title before a relative the writer
        # possesses is that relative, unnamed (as والدي alone: :func:`_someones`)
        return dict(_UNKNOWN, _reason=_UNNAMED_SOURCE, _role=_without_marks(z, lo, hi))
    role = title is not None and not quoted and _is_role(z, words)
    if hit is not None and hit[2] == "ORG" and not quoted:
        beside = _name_beside_org(z, words, hit, title)
        if beside is not None:
            return beside
    if hit is not None and hit[2] == "ORG" and not role:
        wider = _qualified(z, words, hit[3])
        if wider is not None:  # الاتحاد الدولي: not the الاتحاد of the gazetteer
            return {"speaker_id": None, "speaker": _without_marks(z, lo, wider), "_title": title}
        return {"speaker_id": hit[0], "speaker": hit[1], "_title": title}
    if quoted:  # أعلنت «إي إف جي هيرميس»: a quoted name is a name
        return {"speaker_id": None, "speaker": _without_marks(z, lo, hi), "_title": None}
    if (
        len(head.norm) < 2
        or (
            title is None
            and (head.norm in _stop() or z.conj(head) in _stop())
            and not _initials(z, head)  # بي كي باتنايك
            and _kunya(z, words[:3], "") is None  # وقالت أم محمد: أم "or" is a kunya here
        )
        or _honorific(z, head)
    ):
        # a title that is also a stopword heads a role (أمين العاصمة، أمين منطقة الرياض)
        return dict(_UNKNOWN, _reason=_NOT_A_SPEAKER)
    if base in _STATEMENT_NOUNS and hit is None:
        return _statement(z, words, mentions, hi, limit, depth)
    if role:
        return _named_or_bare(z, words, (lo, hi), hi, limit, mentions, title)
    if title is not None and not _definite(head) and _name_index(z, words) is None:
        # متحدث باسم الصندوق، وزير سابق: an indefinite title with no name, unnamed
        return dict(_UNKNOWN, _reason=_UNNAMED_SOURCE, _role=_without_marks(z, lo, hi))
    if hit is not None:
        return {"speaker_id": hit[0], "speaker": hit[1], "_title": title}
    if hit is None and _name_index(z, words) is None and _someones(z, head):
        # وقال نجله، قال أستاذنا المرحوم، أكد والدي: a person the story does not name,
        # someone's relative, teacher or official, not the last speaker: unknown
        return dict(_UNKNOWN, _reason=_UNNAMED_SOURCE, _role=_without_marks(z, lo, hi))
    if (
        not quoted
        and title is None
        and hit is None
        and _suffixed(z, head)
        and _name_index(z, words) is None
        and not any(z.in_name(w.start) for w in words)
    ):
        # وكتبت وقتها وعند التعاقد، وقال نجله: a noun with a pronoun suffix and no name
        # after it is no subject (a time adverbial, a relative of someone named before)
        return dict(_UNKNOWN, _reason=_NO_SUBJECT, _skip=True)
    if len(words) == 1 and not _definite(head) and head.norm + "ا" in REPORTING_WORDS:
        # وقد يقول قائل: the verb's own participle as its subject is anyone, nobody named
        return dict(_UNKNOWN, _reason=_NOT_A_SPEAKER)
    if base in _ORG_NOUNS and (
        (len(words) == 1 and _definite(head))
        or (
            2 <= len(words) <= 3
            and title is None
            and all(_definite(w) and not z.in_name(w.start) for w in words[1:])
        )
    ):
        # قالت الوزارة: the organisation last named with this noun (وزارة الصحة); a body
        # with no name, إدارة النادي، الشركة المشغلة، النيابة العامة, likewise: the one
        # named with these words earlier in the story, else an unnamed role (unknown)
        who = {"speaker_id": None, "speaker": None, "_title": None, "_bare": True}
        _add_role(z, who, words, lo, hi)
        return who
    if title is None and len(words) <= 2:
        found = mentions.person_ending(key[0], [w.norm for w in words])
        if found is not None:  # الجبير after عادل الجبير in the story
            return {"speaker_id": found[0], "speaker": found[1], "_title": None}
    if (
        title is None
        and not any(_definite(w) for w in words)
        and base not in _ORG_NOUNS
        and not mentions.exact(key, lo, hi, z.text)
        and all(
            _everyday(z, w, _EVERYDAY_ZIPF - 0.3 * (k > 0)) and not z.in_name(w.start)
            for k, w in enumerate(words)
        )
    ):
        # عدم وجود خلل، أهمية، سموه، اسمه: no name, the verb's object or a noun with a
        # pronoun: no subject (the clause's subject or the last speaker is carried). A
        # definite phrase may be a collective or an organisation (المعارضة، الرجل، جهاز
        # مكافحة الإرهاب).
        return dict(_UNKNOWN, _reason=_NO_SUBJECT, _skip=True)
    if title is None and not any(z.in_name(w.start) for w in words):
        named = _name_before_role(z, words, hi)
        if named is not None:  # بدر باسلمه وزير النقل اليمني: the name, then its role
            return named
    who = {"speaker_id": None, "speaker": _without_marks(z, lo, hi), "_title": title}
    if title is not None:  # الوزير خالد العمر: the role is the words before the name
        i = _name_index(z, words)
        if i is not None:
            _add_role(z, who, words[:i], lo, words[i - 1].end)
    return who


def _ran_on(z: _Zone, hit: tuple, words: list[_Tok]) -> bool:
    """The mention ``hit`` (:meth:`_Mentions.best`) of the speaker phrase ``words`` runs
    past the phrase's last word into a word that ends a phrase: an adverbial or a time
    preposition (``phrase_stop``: عقب، إثر، وفقا، بعد), a time word (``lead_skip``:
    أمس، الجمعة), a number (محمد عقب، فهد إثر: the entity rules read the adverbial as a
    family name) or a club glued to the name (:func:`_glued_club`: زيكو أهلي). Its
    words from the phrase's end on are no part of the name."""
    end = words[-1].end
    if hit[3] <= end:
        return False
    k = bisect.bisect_left(z.starts, end)
    if k >= len(z.starts) or z.starts[k] >= hit[3]:
        return False
    w = z.tok(k)
    return (
        w.norm in _PHRASE_STOP
        or z.conj(w) in _PHRASE_STOP
        or w.norm in _LEAD_SKIP
        or _numeric(w)
        or _glued_club(z, words[-1], w)
    )


def _first_then_everyday(z: _Zone, hit: tuple) -> int | None:
    """End of the first name of the PERSON mention ``hit`` (:meth:`_Mentions.best`) when
    the mention is a common first name (:func:`_first_name_alone`; عبد + name one name)
    followed only by words of every day (not :func:`_named_after_first`: خالد اختفاء،
    علي لقي), the entity rules having run the name on into the verb's object, and the
    story names another person whose fuller name opens with that first name and goes on
    as a name (خالد آل سعود: the one :func:`_in_full` then picks), and a title stands
    right before the mention (الأمير خالد: Arab honorifics go with the first name); None
    otherwise (محمد الحربي; محمد فاضل، وديع خان، محمد بكر: with no title, the word after
    the first name may be a family name that is also a word)."""
    words = normalize(hit[1]).split()
    n = 2 if words[:1] == ["عبد"] else 1
    if len(words) <= n or not _first_name_alone(" ".join(words[:n])):
        return None
    if _named_after_first(words[n - 1 :]):
        return None
    k = bisect.bisect_left(z.starts, hit[4]) - 1
    if k < 0 or z.lex.title_key(z.surfaces[k]) is None or z.text[z.ends[k] : hit[4]].strip():
        return None  # وديع خان، محمد بكر: with no title before it, a family name may be a word
    key = _first_name_key(words)
    if not any(
        eid != hit[0] and _first_name_key(ws) == key and _named_after_first(ws)
        for eid, (ws, _c) in z.ments._story_people(z.key[0]).items()
    ):
        return None
    toks = z.words(hit[4], hit[3])
    return toks[n - 1].end if len(toks) > n else None


def _name_like(z: _Zone, w: _Tok) -> bool:
    """The word may be part of a person's name: a first name, or a word the lexicon knows
    as no ordinary word (:func:`helpers.entities.lexicon.looks_like_name`, article and
    proclitics off)."""
    from helpers.entities.lexicon import looks_like_name

    if w.norm in _first_names() or z.conj(w) in _first_names():
        return True
    return looks_like_name(z.lex.base(w.surface))


def _name_run(z: _Zone, run: list[_Tok], loose: bool) -> bool:
    """``run`` (2 to 4 words, or 1 when it is a first name or name-like) reads as a
    person's name: its first word without article or proclitic, no stopword, and a word
    of it name-like (:func:`_name_like`); with ``loose``, two or more words without
    the article are enough (عبيد مسلم after an organisation: a definite noun takes no
    indefinite complement, so the words are in apposition, a name)."""
    if not run or len(run) > 4 or _definite(run[0]) or z.lex.clitics(run[0].surface):
        return False
    if any(w.norm in _stop() or w.norm in _PHRASE_STOP for w in run):
        return False
    if any(_name_like(z, w) for w in run):
        return True
    return loose and len(run) >= 2 and not any(_definite(w) for w in run[:1])


def _name_beside_org(
    z: _Zone, words: list[_Tok], hit: tuple, title: str | None
) -> dict[str, object] | None:
    """A person named beside the organisation a role belongs to, in the speaker phrase
    ``words`` whose best mention ``hit`` is that organisation: after it, when a title
    heads the phrase (مدير مستشفى العيص عبيد مسلم، الناطق باسم المجلس علي الأحمدي;
    title words and a place in ب before the name are the role's: مدير جمعية الثقافة
    والفنون بجدة عمر الجاسر); or
    before the role, when the phrase opens with the name (جيري رايس المتحدث باسم صندوق
    النقد الدولي). The name is a run of words of :func:`_name_run`; None if there is
    none."""
    start, end = hit[4], hit[3]
    if title is not None and start > words[0].start:
        after = [w for w in words if w.start >= end]
        cut = next((i for i, w in enumerate(after) if z.lex.circumstantial(w.surface)), None)
        if cut is not None:
            after = after[:cut]  # المتحدث باسم الوزارة مخاطبا الوزير: the addressee follows
        while (
            after
            and (
                z.lex.title_key(after[0].surface) is not None
                or (  # بجدة: a place in ب after the organisation is still its name's
                    z.lex.clitics(after[0].surface)[:1] == "ب"
                    and z.ments.within(z.key, after[0].start, after[0].end)
                )
            )
        ):
            after = after[1:]
        if _name_run(z, after, loose=True) and not z.ments.starts(z.key, after[0].start):
            who = {"speaker_id": None, "speaker": z.text[after[0].start : after[-1].end]}
            _add_role(z, who, words, words[0].start, end)
            who["_title"] = title
            return who
        return None
    if title is None and start > words[0].start:
        return _name_before_role(z, words, end, before=start)
    return None


def _heads_role(z: _Zone, role: list[_Tok]) -> bool:
    """``role``, words opening with a title after a name, is a role in apposition, not
    the rest of the name (عاصم شيخ، زكي أمير المحروس: شيخ and أمير are family names
    there): a definite title (المستشار الإعلامي); or an indefinite one in construct with
    a title (نائب وزير الخارجية), a mention or a quoted name (مدير "آفجين ليمتد") or a
    definite everyday word (وزير النقل، حاكم الإقليم: :func:`_everyday` at
    :data:`_OFFICE_ZIPF`; المحروس 3.03 is a family name)."""
    head = role[0]
    if _definite(head):
        return True
    if len(role) == 1:
        k = bisect.bisect_left(z.starts, head.end)
        after = z.text[head.end : z.starts[k] if k < len(z.starts) else len(z.text)].strip()
        return after[:1] in _OPEN_CLOSE  # مدير "آفجين ليمتد": a quoted name follows
    nxt = role[1]
    return (
        z.lex.title_key(nxt.surface) is not None
        or z.in_name(nxt.start)
        or z.ments.starts(z.key, nxt.start)
        or (_definite(nxt) and _everyday(z, nxt, _OFFICE_ZIPF))
    )


def _name_before_role(
    z: _Zone, words: list[_Tok], end: int, before: int | None = None
) -> dict[str, object] | None:
    """A speaker phrase ``words`` that opens with a name and goes on with its role in
    apposition (بدر باسلمه وزير النقل اليمني، كفاح محمود المستشار الإعلامي، جيري رايس
    المتحدث باسم صندوق النقد الدولي): the words before the first title word are a name
    (:func:`_name_run`, not loose); the speaker is that name, the role the words from
    the title to ``end``. With ``before``, the title must start before it (the role's
    organisation). None if the phrase is not so."""
    k = next((i for i, w in enumerate(words) if z.lex.title_key(w.surface)), None)
    if k is None or k == 0 or (before is not None and words[k].start >= before):
        return None
    if not _name_run(z, words[:k], loose=False) or not _heads_role(z, words[k:]):
        return None
    who = {"speaker_id": None, "speaker": z.text[words[0].start : words[k - 1].end]}
    _add_role(z, who, words[k:], words[k].start, end)
    who["_title"] = None
    return who


def _possessor(z: _Zone, words: list[_Tok], mentions: _Mentions) -> bool:
    """The phrase opens with a noun in construct whose possessor is a person: an
    indefinite kinship or service noun (``kin`` of ``quote_words.tsv``: نجل، زوجة، محامي;
    no proclitic, no article; not a first name, a name particle such
    as ابن، أبو, an honorific style such as سمو، معالي, an organisation noun such as
    مكتب (the office speaks for its person), or a quoted name) right before a
    PERSON mention that starts the second word (محامي حبري، مستشار أوباما، نجل صالح).
    """
    if len(words) < 2:
        return False
    head, nxt = words[0], words[1]
    if z.text[head.end : nxt.start].strip() or z.in_name(head.start):
        return False
    if z.lex.clitics(head.surface) or mentions.starts(z.key, head.start):
        return False
    n = head.norm
    if n in _first_names() or n in _QW["name_particle"] or n in _QW["style"]:
        return False
    if n not in _QW["kin"]:
        return False  # بختيار دوغان، أمير عبد اللهيان: a first name or a title before a name
    if n in _ORG_NOUNS:
        return False  # بيان من مكتب زوما: a person's office speaks for the person
    got = mentions.within(z.key, nxt.start, z.ends[-1] if z.ends else nxt.end)
    return bool(got) and got[0][0] == nxt.start and got[0][2] == "PERSON"


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


@lru_cache(maxsize=1)
def _club_words() -> frozenset[str]:
    """Normalised club names of :func:`helpers.entities.gazetteer.sports_names` that are
    one definite word (الاتحاد، الهلال، الأهلي), without their article."""
    from helpers.entities.gazetteer import sports_names

    names = (normalize(name) for _eid, name in sports_names())
    return frozenset(n[2:] for n in names if " " not in n and n.startswith("ال"))


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
    from helpers.entities.lexicon import looks_like_name

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
    :func:`helpers.entities.lexicon.suffixed_noun`), not a first name."""
    from helpers.entities.lexicon import suffixed_noun

    base = z.lex.base(w.surface)
    if w.norm in _first_names() or base in _first_names():
        return False
    return base.endswith(_HA_SUFFIXES) and suffixed_noun(base)


def _qualified(z: _Zone, words: list[_Tok], end: int) -> int | None:
    """End of the definite nisba adjectives that follow a mention ending at ``end`` in
    the speaker phrase ``words`` (الاتحاد الدولي، وزارة الخارجية الإريترية: the phrase
    names a body the mention alone does not), None if the next word is none."""
    last = None
    if len(words) < 2 or words[0].end != end or not _definite(words[0]):
        return None  # only a one-word definite mention (الاتحاد) may name another body
    for w in words:
        if w.start < end:
            continue
        if _definite(w) and _nisba_key(w.norm):
            last = w.end
            continue
        break
    return last


def _everyday(z: _Zone, w: _Tok, least: float = _EVERYDAY_ZIPF) -> bool:
    """The word is an everyday word and no name: a noun with a pronoun suffix in ه (سموه،
    اسمه; :func:`helpers.entities.lexicon.suffixed_noun`), or, without its proclitics and
    article, a form the lexicon holds at Zipf >= ``least`` that
    :func:`helpers.entities.lexicon.looks_like_name` does not take for a name, and no
    first name."""
    from helpers.entities.lexicon import looks_like_name, suffixed_noun, zipf

    base = z.lex.base(w.surface)
    names = _first_names()
    if w.norm in names or z.conj(w) in names or base in names or w.norm in _QW["name_particle"]:
        return False  # ابن القيم، أبو مازن: a name particle makes a name
    if len(base) < 2 or (base.endswith(_HA_SUFFIXES) and suffixed_noun(base)):
        return True
    return zipf(base) >= least and not looks_like_name(base)


def _agrees(z: _Zone, noun: _Tok, w: _Tok) -> bool:
    """``w``, the one word after the indefinite statement noun ``noun``, is its adjective,
    no name: both end in ta marbuta (feminine agreement: مقولة شهيرة، حكمة مأثورة), and
    ``w`` is no first name, no word the lexicon takes for a name and no mention (مقولة
    فاطمة، تغريدة بيكر name someone)."""
    from helpers.entities.lexicon import looks_like_name

    return (
        noun.surface.endswith(TEH_MARBUTA)
        and w.surface.endswith(TEH_MARBUTA)
        and w.norm not in _first_names()
        and not looks_like_name(z.lex.base(w.surface))
        and not z.ments.overlaps(z.key, w.start, w.end)
    )


def _statement(
    z: _Zone, words: list[_Tok], mentions: _Mentions, hi: int, limit: int | None, depth: int
) -> dict[str, object]:
    """The speaker of a phrase headed by a statement noun (بيان، تقرير، دراسة): its
    issuer when the phrase names one (بيان المعارضة; بيان صادر عن الوزارة, بيان من مكتب
    زوما: after عن/من; التقرير الـ51 لمؤسسة النقد: an organisation or person mentioned
    right after لـ, past the statement's number; استطلاع قامت به كاسبرسكي لاب: after the
    verb of ``conduct`` of ``quote_words.tsv``), else nobody: ``unknown``, ``_reason``
    ``statement``, the phrase in ``_role``."""
    rest = [w for w in words[1:] if w.norm not in _ISSUED]
    nobody = dict(_UNKNOWN, _reason=_STATEMENT, _role=_without_marks(z, words[0].start, hi))
    if depth > 1:
        return nobody
    span = None
    made = 1
    while made < len(words) and words[made].norm in _CONDUCT:
        made += 1
    if made > 1:
        # استطلاع قامت به كاسبرسكي لاب، دراسة أجرتها جامعة هارفارد: the maker after
        # the verb is the issuer; none after it, nobody
        if made == len(words):
            return nobody
        span = (words[made].start, hi)
    elif rest and rest[0].start == words[1].start:
        first = rest[0]
        construct = len(rest) > 1 and _definite(rest[1])  # تقرير دار الإفتاء
        alone = len(rest) == 1  # تغريدة بيكر: one word after the noun, a name
        if not (
            _names_someone(z, (first.start, hi))
            or construct
            or _name_like(z, first)
            or (alone and not _everyday(z, first) and not _agrees(z, words[0], first))
        ) or (alone and _nisba_key(first.norm) and not z.ments.starts(z.key, first.start)):
            # رسالة وداع طويلة، المثل الشامي، التقرير السنوي: an indefinite phrase or a
            # lone nisba adjective names no issuer (بيان المعارضة، تقرير دار الإفتاء،
            # تغريدة بيكر، مقولة تشرشل do); nor does a rarer adjective that agrees
            # with the noun (مقولة شهيرة، حكمة مأثورة)
            return nobody
        span = (first.start, hi)
    elif not rest:
        after = z.words(hi, limit if limit is not None else hi + 80)
        while after and _numeric(after[0]):
            after = after[1:]  # التقرير الـ51 لمؤسسة النقد: the report's number
        nxt = after[:1]
        if nxt and nxt[0].norm in _SOURCE_PREPOSITIONS:
            span = _phrase(z, nxt[0].end, limit if limit is not None else len(z.text))
        elif nxt and z.lex.clitics(nxt[0].surface)[:1] == "ل":
            # تقرير لمؤسسة النقد، بيان لوزارة الخارجية: the issuer after لـ, a mention
            issuer = [m for m in mentions.within(z.key, nxt[0].start, nxt[0].end + _MAX_MENTION)]
            if (
                issuer
                and nxt[0].start < issuer[0][0] < nxt[0].end
                and issuer[0][2] in ("ORG", "PERSON")
            ):
                _s, _e, _t, eid, canon = issuer[0]
                return {"speaker_id": eid, "speaker": canon, "_title": None}
    if span is None:
        return nobody
    who = _speaker(z, span, mentions, limit, depth + 1)
    if who.get("_unknown") or not (who.get("speaker") or who.get("_bare")):
        return nobody
    return who


def _add_role(z: _Zone, who: dict, words: list[_Tok], lo: int, end: int) -> None:
    """Sets ``_role`` (the words of ``words`` before ``end`` as written, without trailing
    punctuation) and ``_rkeys`` (their keys) on ``who``."""
    from helpers.entities.keys import surface_key

    ws = [w for w in words if w.end <= end]
    if not ws:
        return
    who["_role"] = _without_marks(z, lo, ws[-1].end)
    who["_rkeys"] = tuple(surface_key(w.surface) for w in ws)


def _name_index(z: _Zone, words: list[_Tok]) -> int | None:
    """Index of the first word after a title that starts a name, None if none: a first
    name; a word without the article after a definite word, outside a prepositional
    phrase (الصحافي السوري زيد قطريب، وزير الخارجية عادل الجبير: a definite noun takes
    no indefinite complement, so the word is in apposition, a name); or a word the
    lexicon knows as no ordinary word. Words in construct before the first definite
    word (رئيس إقليم كردستان) and after a preposition (المتحدث باسم حرس الحدود) are the
    role's."""
    from helpers.entities.lexicon import looks_like_name

    first = _first_names()
    seen_definite = _definite(words[0])
    in_pp = False
    for i, w in enumerate(words[1:], 1):
        if w.norm in first or z.conj(w) in first:
            return i
        if _definite(w):
            seen_definite, in_pp = True, False
            continue
        if (
            len(w.norm) < 2  # و written apart: الأوراق المالية و الاستثمار
            or w.norm in _stop()  # المصدر نفسه: a pronoun is no name
            or w.norm in _PHRASE_STOP
            or w.norm in _NAME_PREPOSITIONS
            or w.norm in _LEAD_SKIP
            or z.lex.clitics(w.surface)
        ):
            prep = w.norm in _NAME_PREPOSITIONS or w.norm in _PHRASE_STOP
            in_pp = in_pp or prep or z.lex.clitics(w.surface)[:1] in ("ب", "ل")
            continue
        if seen_definite and not in_pp and z.lex.title_key(w.surface) is None:
            return i
        if looks_like_name(z.lex.base(w.surface)):
            return i
    return None


def _is_role(z: _Zone, words: list[_Tok]) -> bool:
    """A title-headed phrase is a role with no name in it: a bare title (الوزير، الرئيس
    الأميركي), or a title with its office (وزير الدفاع، المتحدث باسم الوزارة، عضو
    اللجنة الفنية). Not a role: a title with a name (الوزير خالد العمر:
    :func:`_name_index`), or an indefinite title with indefinite adjectives only
    (مسؤول كبير، مصادر وزارية: an unnamed source, kept as the phrase). An organisation
    named in construct after an indefinite title is its office as a definite noun is
    (قائد أرسنال)."""
    if _org_possessor(z, words):
        return True  # قائد أرسنال، رئيس أرامكو: the body is the role's, never the speaker
    if not _definite(words[0]) and words[0].norm in _first_names():
        return False  # سلطان اللويحق: a first name that is also a title
    if _bare_title(words):
        return True
    if _name_index(z, words) is not None:
        return False
    if _definite(words[0]):
        return True
    # an indefinite title is a role in construct with a definite noun (وزير الدفاع،
    # رئيس مجلس إدارة الغرفة), not before a preposition
    # (متحدث باسم دار النشر: a spokesman, unnamed)
    for w in words[1:]:
        if _definite(w):
            return True
        if w.norm in _NAME_PREPOSITIONS or z.lex.clitics(w.surface)[:1] in ("ب", "ل"):
            return False
    return False


def _org_possessor(z: _Zone, words: list[_Tok]) -> bool:
    """The phrase ``words`` opens with an indefinite title (no article) whose next word,
    with only a space between, starts an ORG mention: the organisation is the title's
    possessor in construct (قائد أرسنال ومنتخب إنجلترا السابق، رئيس أرامكو), the phrase
    a role; a name after the organisation stays the role's name (مدرب أرسنال أرسين
    فينغر: :func:`_name_beside_org`)."""
    if len(words) < 2 or _definite(words[0]) or z.text[words[0].end : words[1].start].strip():
        return False
    w = words[1]
    if z.lex.clitics(w.surface):
        return False
    return any(m[0] == w.start and m[2] == "ORG" for m in z.ments.within(z.key, w.start, w.end))


def _name_at_clause_end(z: _Zone, ws: list[_Tok]) -> dict[str, object] | None:
    """A name of two to five words that ends the words ``ws`` of a reporting clause
    after a role (... في المحافظة سياف بن عامر آل خشيل:، ... المصري متولي أبو سريع
    أن): a run with no punctuation, stop word or proclitic other than the article, whose
    first word has no article, holding a name particle after its first word (بن، آل،
    أبو، عبد... of ``quote_words.tsv``), starting with a first name or right after a
    title (السيدة نجلاء محمد الشيراوي)."""
    particles = _QW["name_particle"]
    run: list[_Tok] = []
    text = z.text
    for w in reversed(ws):
        if run and text[w.end : run[-1].start].strip():
            break
        if _numeric(w):
            break  # صاحب الـ3 أهداف: a count is no name
        if w.norm not in particles and (
            w.norm in _stop()
            or w.norm in _PHRASE_STOP
            or z.lex.clitics(w.surface) not in ("", "ال")
        ):
            break  # the article is allowed: عادل الجبير
        run.append(w)
        if len(run) == 5:
            break
    run.reverse()
    titled = False
    while run and _definite(run[0]) and run[0].norm not in particles:
        titled = z.lex.title_key(run.pop(0).surface) is not None
    if len(run) < 2:
        return None
    particle = any(w.norm in particles for w in run[1:])
    if not (particle or titled or run[0].norm in _first_names()):
        return None
    return {"speaker_id": None, "speaker": text[run[0].start : run[-1].end]}


def _named_or_bare(
    z: _Zone,
    words: list,
    role: tuple[int, int],
    hi: int,
    limit: int | None,
    mentions: _Mentions,
    title: str | None,
) -> dict[str, object]:
    """A role (the characters ``role`` of the phrase ``words``) with the person it names
    later in its clause (:func:`_role_name`), else the bare role, for :func:`_resolve`;
    ``_body`` is set on a bare role that names its body, an organisation mentioned in
    it (المتحدث باسم وزارة الداخلية; not المتحدث باسم الوزارة)."""
    named = _role_name(z, hi, limit, mentions)
    who = named if named is not None else {"speaker_id": None, "speaker": None, "_bare": True}
    _add_role(z, who, words, *role)
    who["_title"] = title
    if named is None and any(
        m[2] == "ORG" and not _addressee(z, m[0]) for m in mentions.within(z.key, *role)
    ):
        who["_body"] = True
    return who


def _addressee(z: _Zone, start: int) -> bool:
    """A mention starting at ``start`` is a news medium after the proclitic ل (``media``
    of ``quote_words.tsv``: وقال رئيس الاتحاد لقناة العربية: the channel is spoken to,
    no body of the role; المتحدث الرسمي لوزارة التعليم names its body)."""
    k = bisect.bisect_right(z.starts, start) - 1
    if k < 0 or start >= z.ends[k]:
        return False
    surface = z.surfaces[k]
    if z.starts[k] < start:  # the mention opens after the proclitic: لقناة → قناة
        la = z.text[z.starts[k] : start].replace("ـ", "") in ("ل", "ول", "فل")
        return la and normalize(z.text[start : z.ends[k]]) in _QW["media"]
    la = z.lex.clitics(surface).replace("و+", "").startswith("ل")
    return la and z.lex.base(surface) in _QW["media"]


def _role_name(
    z: _Zone, hi: int, limit: int | None, mentions: _Mentions
) -> dict[str, object] | None:
    """The person a role names later in its clause: the first PERSON mention in
    ``[hi, limit)`` before a complementiser (أن، إن...), a reporting word or a sentence
    end, at most :data:`_ROLE_GAP` words on; else a name ending the clause
    (:func:`_name_at_clause_end`); else the first words between commas after the role
    (، بيتر هينشكليف،) when they are two to four, without the article, the first a
    first name or a word the lexicon knows as no ordinary word."""
    if limit is None or limit <= hi:
        return None
    text = z.text
    end = _CLAUSE_END.search(text, hi, limit)  # a sentence end, a colon or a quote mark
    limit = end.start() if end else limit
    ws = z.words(hi, limit)
    stop = len(ws)
    for i, w in enumerate(ws):
        if (
            w.verb is not None
            or w.norm in _COMPLEMENTISERS
            or i >= _ROLE_GAP
            or z.lex.circumstantial(w.surface)
        ):
            # a participle of manner (مخاطبا، موجها) ends the clause: who follows it is
            # the addressee (وقال الوزير مخاطبا الرئيس الأمريكي دونالد ترامب)
            stop = i
            break
    if stop == 0:
        return None
    hi_name = ws[stop - 1].end
    for start, _e, typ, eid, canon in mentions.within(z.key, hi, hi_name):
        if typ != "PERSON":
            continue
        before = [w for w in ws[:stop] if w.end <= start][-1:]
        if before and (before[0].norm in _PHRASE_STOP or before[0].norm in _NAME_PREPOSITIONS):
            break  # في رده على ستيفان دجريك: a name governed by a preposition is not the role's
        return {"speaker_id": eid, "speaker": canon}
    named = _name_at_clause_end(z, ws[:stop])
    if named is not None:
        return named
    # apposition: ROLE، NAME، / ROLE في إيطاليا، NAME، (the first comma-delimited run)

    prev_end = hi
    for i, w in enumerate(ws[:stop]):
        gap = text[prev_end : w.start].strip()
        prev_end = w.end
        if gap not in ("،", ","):
            continue
        run = [w]
        for v in ws[i + 1 : stop]:
            if text[run[-1].end : v.start].strip():
                break
            run.append(v)
        after = text[run[-1].end : run[-1].end + 2].strip()[:1]
        if after not in ("،", ",", ":"):
            return None
        return _unlisted_name(z, run)
    return None


def _unlisted_name(z: _Zone, run: list, *, proclitics: bool = True) -> dict[str, object] | None:
    """The speaker named by the words ``run`` in apposition to a role, a name nobody
    listed: two to four words, none definite, a stop word or a phrase stop (nor, with
    ``proclitics=False``, written with a proclitic), the first a first name or a word
    the lexicon reads as a name (:func:`helpers.entities.lexicon.looks_like_name`).
    ``{"speaker_id": None, "speaker": the words as written}``, else None. The one test
    of :func:`_role_name`'s and :func:`_after_relative`'s appositions."""
    from helpers.entities.lexicon import looks_like_name

    if not 2 <= len(run) <= 4:
        return None
    if any(
        _definite(v)
        or v.norm in _stop()
        or v.norm in _PHRASE_STOP
        or (not proclitics and z.lex.clitics(v.surface))
        for v in run
    ):
        return None
    first = run[0]
    if first.norm not in _first_names() and not looks_like_name(z.lex.base(first.surface)):
        return None
    return {"speaker_id": None, "speaker": z.text[run[0].start : run[-1].end]}


def _after_relative(
    z: _Zone, hi: int, limit: int | None, mentions: _Mentions
) -> dict[str, object] | None:
    """The name in apposition after a speaker phrase's relative clause: the words from
    ``hi`` (the phrase's end) to a sentence end, colon or quote mark before ``limit``
    open with a relative pronoun
    (``relative`` of ``quote_words.tsv``); the clause runs to its first comma, at most
    :data:`_ROLE_GAP` words on; right after the comma, a PERSON mention, or two to four
    words with no article, stop word or proclitic, the first a first name or a word the
    lexicon reads as a name, followed by a complementiser, a comma or the clause end
    (كبير الباحثين الذين قاموا بالدراسة، سيث بولاك إن). Else None: the role is unnamed
    here (a name inside the relative clause is its object, never the role's)."""

    if limit is None or limit <= hi:
        return None
    text = z.text
    end = _CLAUSE_END.search(text, hi, limit)
    ws = z.words(hi, end.start() if end else limit)
    if not ws or ws[0].norm not in _RELATIVES or text[hi : ws[0].start].strip():
        return None
    for i in range(1, min(len(ws), _ROLE_GAP)):
        if text[ws[i - 1].end : ws[i].start].strip() not in ("،", ","):
            continue
        start = ws[i].start
        for m_start, _e, typ, eid, canon in mentions.within(z.key, start, start + 1):
            if typ == "PERSON" and m_start == start:
                return {"speaker_id": eid, "speaker": canon}
        run = [ws[i]]
        for v in ws[i + 1 :]:
            if text[run[-1].end : v.start].strip() or v.norm in _COMPLEMENTISERS or len(run) == 4:
                break
            run.append(v)
        nxt = ws[i + len(run)] if i + len(run) < len(ws) else None
        after = text[run[-1].end : nxt.start if nxt else run[-1].end + 2].strip()[:1]
        ends = after in ("،", ",", ":", "") and (
            nxt is None or after or nxt.norm in _COMPLEMENTISERS
        )
        if not ends:
            return None
        return _unlisted_name(z, run, proclitics=False)
    return None


def _without_marks(z: _Zone, lo: int, hi: int) -> str:
    """``text[lo:hi]`` without the marks of quoted names (صحيفة «الخبر» → صحيفة الخبر)."""
    phrase = z.text[lo:hi]
    if not z.names:
        return phrase
    return "".join(
        ch for i, ch in enumerate(phrase, lo) if ch not in _MARK_CHARS or not z.in_name(i)
    )


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    from helpers.text import stopwords

    return frozenset(stopwords())


def _resolve(
    who: dict[str, object], holders: Callable[[], list[dict[str, object]]]
) -> tuple[dict, str]:
    """``(who, attribution)`` of a speaker: a role with no name (``_bare``) is the person
    last named with that role in ``holders`` (the speakers and people named with a role
    earlier in the story, in text order: وقال وزير الخارجية سيرغي لافروف ... وقال
    الوزير → Lavrov, ``carried``): the holder's role words hold the role's words, with
    the same title first (الوزير, وزير الخارجية, الوزير الروسي all match وزير الخارجية
    الروسي; وزير الدفاع does not). Else a role that names its body (``_body``:
    المتحدث باسم وزارة الداخلية, :func:`_named_or_bare`) is its own speaker, the role as
    written (``named``). Otherwise ``unknown``, with ``_reason`` ``unnamed_role`` and
    the role kept in ``_role``."""
    if who.get("_unknown"):
        return dict(who), "unknown"
    if not who.get("_bare"):
        return who, "named"
    rk = who.get("_rkeys") or (who.get("_title"),)
    modifiers = _title_words()[1]
    need = {k for k in rk if k not in modifiers}
    for h in reversed(holders()):
        hk = h.get("_rkeys")
        if not hk or hk[0] != rk[0]:
            continue
        have = set(hk)
        # الوزير اللبناني is وزير الزراعة أكرم شهيب, but not وزير الخارجية الألماني
        if not any(_nisba_key(k) for k in hk):
            have |= {k for k in need if _nisba_key(k)}
        if need <= have:
            out = {k: v for k, v in h.items() if k in ("speaker_id", "speaker", "_title")}
            return dict(out, _role=who.get("_role"), _rkeys=hk), "carried"
    if who.get("_body") and who.get("_role"):
        # المتحدث باسم وزارة الداخلية: a role that names its body speaks as that office
        # (its phrase id is one office across stories); a bare title does not. No role
        # keys: it is no holder a later bare title is carried from (no person)
        role = who["_role"]
        out = {"speaker_id": None, "speaker": role, "_title": who.get("_title"), "_role": role}
        return out, "named"
    return dict(_UNKNOWN, _reason=_UNNAMED_ROLE, _role=who.get("_role")), "unknown"


def _nisba_key(key: str) -> bool:
    """A word key that reads as a nisba adjective (لبناني، الأميركية → اميركية)."""
    return key.endswith(("ي", "ية", "يه")) and len(key) > 3


def _holders(z: _Zone) -> list[tuple[int, dict[str, object]]]:
    """People named with a role in the zone: a PERSON mention right after a title phrase
    in its clause (أكد وزير الخارجية العراقي محمد علي الحكيم), as ``(position, who)``
    with ``_rkeys`` the keys of the role's words (:func:`_resolve`); and organisations
    whose name an organisation noun heads (وزارة الصحة: ``_rkeys`` its words' keys), for
    a later bare الوزارة."""
    from helpers.entities.keys import surface_key

    out = []
    hi = z.ends[-1] if z.ends else 0
    ments = z.ments.within(z.key, 0, hi)
    ends = sorted(m[1] for m in ments if m[2] == "PERSON")
    for start, end, typ, eid, canon in ments:
        if typ == "LOC":
            # مؤسسة جسر الملك فهد: an organisation noun before a place names a body
            r = z._range(max(0, start - 30), start)
            b = z.tok(r[-1]) if len(r) else None
            org = b is not None and z.lex.base(b.surface) in _ORG_NOUNS
            if org and not _definite(b) and not z.text[b.end : start].strip():
                keys = (
                    surface_key(b.surface),
                    *(surface_key(w.surface) for w in z.words(start, end)),
                )
                who = {"speaker_id": None, "speaker": z.text[b.start : end], "_rkeys": keys}
                out.append((b.start, who))
            continue
        if typ == "ORG":
            # وزارة الصحة، المرصد السوري: the organisation a later الوزارة / المرصد is
            ws = z.words(start, end)
            r = z._range(max(0, start - 30), start)
            if ws and z.lex.base(ws[0].surface) not in _ORG_NOUNS and len(r):
                b = z.tok(r[-1])  # مؤسسة جسر الملك فهد: the noun just before the name
                if z.lex.base(b.surface) in _ORG_NOUNS and not z.text[b.end : start].strip():
                    ws = [b, *ws]
            if ws and z.lex.base(ws[0].surface) in _ORG_NOUNS:
                keys = tuple(surface_key(w.surface) for w in ws)
                out.append((start, {"speaker_id": eid, "speaker": canon, "_rkeys": keys}))
            continue
        if typ != "PERSON":
            continue
        r = z._range(max(0, start - 80), start)
        j = None
        nxt = start
        for i in reversed(r):
            w = z.tok(i)
            gap = z.text[w.end : nxt].strip()
            if gap and not (nxt == start and gap in ("،", ",")):
                break
            if w.verb is not None or w.norm in _PHRASE_STOP or z.conj(w) in _PHRASE_STOP:
                break
            if z.lex.circumstantial(w.surface):
                break  # الوزير مخاطبا الرئيس ترامب: the role before the participle is not his
            k = bisect.bisect_right(ends, w.start)
            if k < len(ends) and ends[k] <= nxt and ends[k] > w.start and ends[k] != start:
                break  # another mention: الرئيس الروسي فلاديمير بوتين والرئيس ...
            if z.lex.title_key(w.surface) is not None:
                j = i
            if z.conj(w) != w.norm:
                break  # والرئيس الأميركي باراك أوباما: the role starts at the conjunction
            nxt = w.start
        if j is not None:
            keys = tuple(surface_key(z.surfaces[i]) for i in range(j, r.stop))
            out.append((start, {"speaker_id": eid, "speaker": canon, "_rkeys": keys}))
    out.sort(key=lambda x: x[0])  # stable: mentions in text order
    return out


def _load_mentions(stories: pd.DataFrame) -> pd.DataFrame | None:
    try:
        from helpers.entities import extract_entities
    except ImportError:  # helpers.entities not installed: speakers stay as written
        return None
    return extract_entities(stories)


def extract_quotes(
    stories: pd.DataFrame,
    *,
    mentions: pd.DataFrame | None = None,
    carry_paragraphs: int = 1,
) -> pd.DataFrame:
    """Direct quotations with their speakers (rules in the module docstring).

    Parameters
    ----------
    stories : DataFrame
        The stories table of :func:`helpers.corpus.load_corpus`, or a zones table
        (``story_id``, ``zone``, ``text``) of :func:`helpers.corpus.zones`.
    mentions : DataFrame, optional
        Mentions table of :func:`helpers.entities.extract_entities` (``story_id, zone,
        start, end, type, entity_id, canonical``), offsets into the zone texts. Default:
        computed from ``stories`` with :func:`helpers.entities.extract_entities` when
        that module is available and ``stories`` is a stories table.
    carry_paragraphs : int
        How many paragraphs back a speaker may be carried from (a whole number >= 0;
        0 = same paragraph).

    Returns
    -------
    DataFrame
        Columns :data:`QUOTE_COLUMNS`, one row per quotation, in story, zone and text
        order: ``story_id`` (str), ``zone`` (str), ``start``/``end`` (int64, offsets of
        the quoted text without its marks into the zone text), ``text`` (str, the
        quoted words), ``speaker_id`` (str, never missing: the entity id of the
        speaker's mention (``person:sergey-lavrov``, ``rule:PERSON:...``); for a
        speaker found only by phrase (المعارضة, in no gazetteer) ``"phrase:"`` + the
        normalised phrase (:func:`phrase_id`: ``phrase:المعارضة``); for a speaker the
        story names by a common first name alone, the subject of two reporting words
        (قالت نور ... شددت نور), that id + :data:`STORY_SCOPE` + the story id
        (``phrase:نور@<story_id>``: one person of that story); ``""`` when the
        attribution is ``unknown``), ``speaker`` (str: canonical name, or the speaker
        phrase as written, missing when unknown), ``verb`` (str: dictionary form of
        the reporting word, e.g. قال، أضاف، أكد; missing when the quote is
        introduced by a colon alone), ``attribution`` (str: ``named``, ``carried`` or
        ``unknown``), ``unclosed`` (bool: the closing mark is missing and the quote was
        cut at the paragraph end), ``speaker_role`` (str: the role written where the
        speaker is named or titled, وزير الخارجية for وزير الخارجية عادل الجبير, ``""``
        if none), ``unknown_reason`` (str: ``""`` unless ``unknown``; then
        ``unnamed_role`` (a role with no name and nobody named with it earlier in the
        story), ``not_a_speaker`` (a pronoun, preposition or honorific where the
        subject would be), ``first_name`` (a common first name alone, with no fuller
        name of that person in the story, no name written in full in the phrase, no
        sign that it is a player's public name or the story's name for its speaker:
        the name in ``speaker_role``) or
        ``no_subject`` (no subject and nobody to carry)).

    Raises
    ------
    helpers.errors.ArgumentError
        ``stories`` or ``mentions`` is not a DataFrame, or ``carry_paragraphs`` is not a
        whole number >= 0 (also a ``TypeError``/``ValueError``).
    helpers.errors.CorpusFormatError
        ``stories`` is neither a stories nor a zones table, a title, body or zone text
        is not a str (a missing value), or ``mentions`` lacks a column.
    """
    if not isinstance(stories, pd.DataFrame):
        raise ArgumentError(
            f"extract_quotes: stories must be the stories table or a zones table (a "
            f"DataFrame), got {type(stories).__name__}",
            hint="use helpers.corpus.load_corpus(path)",
        )
    if mentions is not None and not isinstance(mentions, pd.DataFrame):
        raise ArgumentError(
            f"extract_quotes: mentions must be a mentions table (a DataFrame) or None, got "
            f"{type(mentions).__name__}",
            hint="use helpers.entities.extract_entities(stories)",
        )
    if (
        not isinstance(carry_paragraphs, Integral)
        or isinstance(carry_paragraphs, bool)
        or carry_paragraphs < 0
    ):
        raise ArgumentError(
            "extract_quotes: carry_paragraphs must be a whole number of paragraphs >= 0, "
            f"got {carry_paragraphs!r}",
            hint="0 keeps a speaker within its paragraph; the default is 1",
        )
    if mentions is not None:
        need = ("story_id", "zone", "start", "end", "type", "entity_id", "canonical")
        missing = [c for c in need if c not in mentions.columns]
        if missing:
            raise CorpusFormatError(
                f"extract_quotes: the mentions table lacks column(s) {', '.join(missing)}",
                hint="use helpers.entities.extract_entities(stories)",
            )
    if {"story_id", "zone", "text"} <= set(stories.columns):
        zones = stories
    elif {"story_id", "title", "body"} <= set(stories.columns):
        from helpers.corpus import zones as make_zones

        for sid, t, b in zip(stories["story_id"], stories["title"], stories["body"], strict=True):
            if not isinstance(t, str) or not isinstance(b, str):
                raise CorpusFormatError(
                    f"extract_quotes: story {sid}: title and body must be strings (empty is fine)",
                    hint="use helpers.corpus.load_corpus(path)",
                )
        if "captions" not in stories.columns:
            stories = stories.assign(captions=[[] for _ in range(len(stories))])
        zones = make_zones(stories)
        if mentions is None:
            mentions = _load_mentions(stories)
    else:
        raise CorpusFormatError(
            "extract_quotes needs a stories table (story_id, title, body, ...) or a zones "
            f"table (story_id, zone, text); got columns {', '.join(map(str, stories.columns))}",
            hint="use helpers.corpus.load_corpus(path)",
        )
    for sid, zone, text in zip(zones["story_id"], zones["zone"], zones["text"], strict=True):
        if not isinstance(text, str):
            raise CorpusFormatError(
                f"extract_quotes: story {sid}, zone {zone}: text must be a str, got "
                f"{type(text).__name__}"
            )
    ments = _Mentions(mentions)
    words = _Words()
    rows: list[dict[str, object]] = []
    holders: list[dict[str, object]] = []  # people named with a role in this story
    last_story = None
    sids = zones["story_id"].tolist()
    for n, (sid, zone, text) in enumerate(zip(sids, zones["zone"], zones["text"], strict=True)):
        if sid != last_story:
            holders, last_story = [], sid
        spans = _spans(text)
        if spans:  # most zones hold no quote mark: nothing to tokenise
            with in_story(sid, zone):
                z = _Zone((str(sid), str(zone)), text, spans, words, ments)
                last = n + 1 == len(sids) or sids[n + 1] != sid
                rows.extend(_zone_quotes(z, ments, carry_paragraphs, holders, last))
    out = pd.DataFrame(_merge_phrases(rows), columns=QUOTE_COLUMNS)
    if not out.empty:
        by_phrase = out["speaker_id"].isna() & out["speaker"].notna()
        out.loc[by_phrase, "speaker_id"] = out.loc[by_phrase, "speaker"].map(phrase_id)
        out["speaker_id"] = out["speaker_id"].fillna("")
        by_phrase = out["speaker_id"].str.startswith(PHRASE_ID_PREFIX)
        out.loc[by_phrase, "speaker"] = out.loc[by_phrase, "speaker"].map(phrase_name)
    out = out.astype(
        {
            "story_id": "str",
            "zone": "str",
            "start": "int64",
            "end": "int64",
            "text": "str",
            "speaker_id": "str",
            "speaker": "str",
            "verb": "str",
            "attribution": "str",
            "unclosed": "bool",
            "speaker_role": "str",
            "unknown_reason": "str",
        }
    )
    return out


def _merge_phrases(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Within a story, a speaker phrase (no entity id) that ends with another speaker
    phrase is the same speaker with a title: الرئيس السوري المخلوع بشار الأسد -> الأسد.
    Rewrites the ``speaker`` of ``rows`` in place (one pass per story) and returns them."""
    by_story: dict[object, list[dict[str, object]]] = {}
    for r in rows:
        by_story.setdefault(r["story_id"], []).append(r)
    for sub in by_story.values():
        phrases = {r["speaker"] for r in sub if r["speaker_id"] is None and r["speaker"]}
        if len(phrases) < 2:
            continue
        words = {p: p.split() for p in phrases}
        mapping = {}
        for p, w in words.items():
            tails = [o for o, ow in words.items() if len(ow) < len(w) and w[-len(ow) :] == ow]
            if tails:
                mapping[p] = min(tails, key=lambda o: (len(words[o]), o))
        for r in sub:
            if r["speaker"] in mapping:
                r["speaker"] = mapping[r["speaker"]]
    return rows


def _feminine(norm: str) -> bool:
    """A reporting word in the feminine (قالت، أكدت، نفت، تقول، مؤكدة، قولها): its
    masculine form, without the ت of the past (with ى for it after a long vowel: نفت →
    نفى، ادعت → ادعى), with ي for the ت of the present, with ا for the ة of the
    participle, or with ه for the ها of the verbal noun, is a reporting word too
    (:data:`REPORTING_WORDS`)."""
    return (
        (
            norm.endswith("ت")
            and (norm[:-1] in REPORTING_WORDS or norm[:-1] + "ى" in REPORTING_WORDS)
        )
        or (norm.startswith("ت") and "ي" + norm[1:] in REPORTING_WORDS)
        or (norm.endswith(("ة", "ه")) and norm[:-1] + "ا" in REPORTING_WORDS)
        or (norm.endswith("ها") and norm[:-1] in REPORTING_WORDS)
    )


def _verb_gender(norm: str) -> str:
    """The gender a reporting word gives its subject: ``"f"`` (:func:`_feminine`), ``"m"``
    for the other singular forms (قال، أكد، يقول، مؤكدا، قوله), ``""`` for a plural
    (قالوا، يقولون، قولهم) and for a word whose subject is a text or nobody (جاء في
    البيان، ورد: the ``text_verb`` list of ``quote_words.tsv``)."""
    if norm not in REPORTING_WORDS:
        return ""
    if _feminine(norm):
        return "f"
    if norm.endswith(("وا", "ون", "هم", "هما")) or REPORTING_WORDS[norm] in _TEXT_VERB_LEMMAS:
        return ""
    return "m"


def _gender(who: dict[str, object]) -> str:
    """The speaker's gender by the first name opening its name
    (:func:`helpers.entities.gazetteer.first_name_gender`: ``"m"`` for محمد بن سليمان،
    حسن روحاني, ``"f"`` for هدى حسين); ``""`` for a body, an unknown speaker, a name
    whose first name is not listed or is of both genders (نور)."""
    name = who.get("speaker")
    if not name or who.get("_unknown"):
        return ""
    key = _first_name_key(normalize(str(name)).split())
    gender = _first_name_gender().get(key, "")
    return gender if gender in ("m", "f") else ""


def _lost_first_name(z: _Zone, who: dict[str, object]) -> bool:
    """A mention of the speaker lost its first name: a name-like word (:func:`_name_like`,
    no title, no article) right before one of its mentions in the zone (جوسيب ماريا
    بارتوميو read as ماريا بارتوميو: Maria is his middle name, not a woman's first
    name)."""
    eid = who.get("speaker_id")
    if not eid:
        return False
    for start, _e, _t, m_eid, _c in z.ments.within(z.key, 0, len(z.text)):
        if m_eid != eid:
            continue
        k = bisect.bisect_left(z.ends, start + 1) - 1  # the word ending before the mention
        if k < 0 or z.text[z.ends[k] : start].strip():
            continue
        w = z.tok(k)
        if z.lex.title_key(w.surface) is None and not _definite(w) and _name_like(z, w):
            return True
    return False


def _other_gender(z: _Zone, who: dict[str, object], verb_gender: str) -> bool:
    """The speaker ``who`` cannot be the subject of a reporting word of ``verb_gender``
    (:func:`_verb_gender`): قالت skips the men, قال the women (:func:`_gender`), unless
    its mention lost its first name (:func:`_lost_first_name`)."""
    if not verb_gender or _gender(who) in ("", verb_gender):
        return False
    return not _lost_first_name(z, who)


def _subject_at(z: _Zone, i: int) -> int:
    """Where the subject of the reporting word at word ``i`` starts: right after it, or
    after the عن of a relay verb (:data:`_RELAY`: نقلت الوكالة عن مصادر ميدانية أن: the
    sources speak, the agency relays)."""
    if z.lex.relay(z.surfaces[i], z.infos[i][0]):
        an = z.relay_source(i)
        if an is not None:
            return an
    return z.ends[i]


def _sentence_subject(z: _Zone, lo: int, clause: int, gender: str) -> dict[str, object] | None:
    """The subject of the sentence right before the one starting at ``clause`` (within
    ``[lo, clause)``), when a verb opens it and a person follows the verb (وعبر كيري عن
    أمله ... . وقال: «...»): a PERSON mention right after the sentence's first word,
    spaces only between, that word a verb (:func:`helpers.entities.lexicon.verb_form`
    on it without its conjunction), the person not of the other ``gender``
    (:func:`_other_gender`). None otherwise (وبلير الذي ... قام: a topic first is no
    verb-subject sentence)."""
    from helpers.entities.lexicon import verb_form

    text = z.text
    end = clause
    while end > lo and (text[end - 1].isspace() or _SENT_END.match(text, end - 1)):
        end -= 1  # back over the sentence end and the line break before the clause
    if end <= lo:
        return None
    opens = max(_clause_start(text, lo, end), text.rfind("\n", lo, end) + 1)
    k = bisect.bisect_left(z.starts, opens)
    if k + 1 >= len(z.starts) or z.starts[k] >= end or text[opens : z.starts[k]].strip():
        return None
    if not verb_form(z.lex.conj(z.surfaces[k])):
        return None
    for start, _end, typ, eid, canon in z.ments.within(z.key, z.ends[k], end):
        if typ != "PERSON" or text[z.ends[k] : start].strip():
            return None
        who = {"speaker_id": eid, "speaker": canon, "_title": None}
        return None if _other_gender(z, who, gender) else who
    return None


def _participle(norm: str) -> bool:
    """A reporting word in the accusative active participle (قائلا، مؤكدة، واصفا): it
    reports for the clause's subject, and the words after it are its object or
    complement, never its subject."""
    return norm in REPORTING_WORDS and norm.endswith(("ا", "ة")) and not norm.endswith("وا")


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause ending at ``pos``: after the last sentence end in [lo, pos)."""
    last = lo
    for m in _SENT_END.finditer(text, lo, pos):
        p = m.start()
        if text[p] == "." and text[p - 1 : p].isalnum() and text[p + 1 : p + 2].isalnum():
            continue  # a dot inside a word (بي.بي.سي، www.site.com، 3.5) ends no sentence
        last = m.end()
    return last


def _is_name(z: _Zone, sp: _Span, ments: _Mentions) -> bool:
    text = z.text
    if ments.exact(z.key, sp.start, sp.end, text):
        return True
    near = z._range(max(0, sp.open - 40), sp.open)
    before = [z.tok(near[-1])] if near else []  # the word right before the mark
    if before and text[before[-1].end : sp.open].strip() == "":
        b = before[-1]
        # تنظيم «داعش»، بلقب «...»: a designator in construct (with no article)
        no_article = "ال" not in z.lex.clitics(b.surface).split("+")
        base = z.lex.base(b.surface)
        if b.norm in _DESIGNATORS or (no_article and base in _DESIGNATORS):
            return True
        if no_article and base in _ORG_NOUNS:
            return True  # شبكة «سكاي سبورتس»: an organisation noun in construct
        n = b.norm
        stem = n[:-1] if n.endswith("ه") else n[:-2] if n.endswith("ها") else ""
        if stem.endswith("ت") and {stem[:-1] + "ه", stem[:-1] + "ة"} & _DESIGNATORS:
            return True  # كنيته «أبو الفداء»، لقبها «...»: the designator with a pronoun
    inner = z.count(sp.start, sp.end)
    colon = text[max(0, sp.open - 8) : sp.open].rstrip().endswith(":")
    if colon:
        return False
    if (
        inner <= 1
        and before
        and text[before[-1].end : sp.open].strip() == ""
        and before[-1].norm in _SUFFIXED_COMPLEMENTISERS
    ):
        # أكدت نيكول كيدمان أنها «سعيدة»: after a complementiser with its pronoun (the
        # complement's subject) the quoted word is the predicate, the speaker's own
        # word (a partial quote), not a name (أن «داعش» is one)
        return False
    if inner <= 1:
        return True
    if inner <= _MAX_QUANTITY:
        inside = z.words(sp.start, sp.end)
        if inside and _numeric(inside[0]):
            return True  # «180 درجة»، «100 مليار»: a quantity in quote marks, no speech
    # a short name in the slot of a subject or a prepositional object, not speech:
    # أعلنت «إي إف جي هيرميس» أن...، قال لـ«الشرق الأوسط»
    if before and inner <= 4 and not _SENT_END.search(text, sp.start, sp.end):
        prev = before[-1]
        if text[prev.end : sp.open].strip() == "" and prev.norm in _NAME_PREPOSITIONS:
            return True
        if (
            text[prev.end : sp.open].strip() == ""
            and prev.verb is not None
            and z.conj(prev) not in _QAWL
            and not _participle(z.conj(prev))
        ):
            # قوله «لن نستسلم»، قائلا «...»: what follows the verbal noun or a
            # participle is what was said, its object, never its subject
            # أعلنت «إي إف جي هيرميس»: a name, not words of every day (تقول «خاص
            # بالمسلمين» is what a sign says)
            inside = z.words(sp.start, sp.end)
            if inside and _function_word(z, inside[0]) and not ments.starts(z.key, sp.start):
                # فقال «لا تغضب»، قال «لن نستسلم»: words opening with a particle or
                # pronoun are speech; a name opens with no function word
                return False
            return not all(
                _everyday(z, w, _EVERYDAY_ZIPF - 0.3 * (k > 0)) or _function_word(z, w)
                for k, w in enumerate(inside)
            )
    return False


#: What may join two quoted names of a list: «العهد» و«حق ميت»، «تشيللو» أو «24 قيراط».
_LIST_JOINERS = frozenset({"و", "او", "أو", "،", ","})


def _listed_after(z: _Zone, prev: _Span, sp: _Span) -> bool:
    """``sp`` is the next item of a list of quoted names whose item before is ``prev``
    (a name): only و، أو or a comma between them, and ``sp`` a short name (at most four
    words, no sentence end): «العهد» و«حق ميت»."""
    if prev.paragraph != sp.paragraph or prev.unclosed:
        return False
    if z.text[prev.close : sp.open].strip() not in _LIST_JOINERS:
        return False
    return z.count(sp.start, sp.end) <= 4 and not _SENT_END.search(z.text, sp.start, sp.end)


def _zone_quotes(
    z: _Zone,
    ments: _Mentions,
    carry_paragraphs: int,
    story_holders: list[dict[str, object]],
    last_zone: bool = False,
) -> list[dict[str, object]]:
    """The quotes of one zone. ``story_holders``: people named with a role in the
    story's earlier zones (:func:`_resolve`); this zone's are appended to it."""
    story_id, zone = z.key
    text, spans = z.text, z.spans
    paras = _paragraphs(text)
    par_starts = [p[0] for p in paras]

    def para_index(pos: int) -> int:
        k = bisect.bisect_right(par_starts, pos) - 1
        return paras[k][2] if k >= 0 else 0

    # quoted names first: a speaker phrase may run through one (أعلنت «إي إف جي هيرميس»)
    is_name = [_is_name(z, sp, ments) for sp in spans]
    for k in range(1, len(spans)):
        if not is_name[k] and is_name[k - 1] and _listed_after(z, spans[k - 1], spans[k]):
            is_name[k] = True
    z.names = [(sp.open, sp.close) for sp, name in zip(spans, is_name, strict=True) if name]
    speech = [sp for sp, name in zip(spans, is_name, strict=True) if not name]
    opens = [s.open for s in speech]  # spans are sorted and do not overlap

    def in_quote(pos: int) -> bool:
        k = bisect.bisect_right(opens, pos) - 1
        return k >= 0 and pos < speech[k].close

    # people named with a role, sorted by position (earlier zones of the story first)
    # the zone's mentions are read for holders only when a role with no name needs one
    # (most zones have none): speakers named with a role are kept in the order found
    added: list[tuple[int, dict[str, object]]] = []
    held: list[list] = []  # [hold_pos, hold_data] once built

    def add_holder(pos: int, who: dict[str, object]) -> None:
        if who.get("_rkeys") and who.get("speaker") and not who.get("_unknown"):
            added.append((pos, who))
            if held:
                k = bisect.bisect_right(held[0], pos)
                held[0].insert(k, pos)
                held[1].insert(k, who)

    def build() -> list[list]:
        if not held:
            # the zone's holders before speakers at the same position, speakers in the
            # order they were added (as if each were inserted after equal positions)
            both = [(p, 0, i, h) for i, (p, h) in enumerate(_holders(z))]
            both += [(p, 1, i, h) for i, (p, h) in enumerate(added)]
            both.sort(key=lambda x: x[:3])
            held.append([-1] * len(story_holders) + [x[0] for x in both])
            held.append(list(story_holders) + [x[3] for x in both])
        return held

    def holders_before(pos: int) -> Callable[[], list[dict[str, object]]]:
        def get() -> list[dict[str, object]]:
            hold_pos, hold_data = build()
            return hold_data[: bisect.bisect_left(hold_pos, pos)]

        return get

    # speaker events, sorted by position: paragraph and speaker, from named reporting verbs
    ev_pos: list[int] = []
    ev_data: list[tuple[int, dict[str, object]]] = []
    n_text = len(text)
    for i in z.verb_indices():
        w = z.tok(i)
        if w.norm in _QAWL or in_quote(w.start) or _participle(w.norm):
            continue  # واصفة العمل بالضخم: a participle's words are its object
        ph = _phrase(z, _subject_at(z, i), n_text)
        if ph is not None and not in_quote(ph[0]):
            who, _ = _resolve(_speaker(z, ph, ments, n_text), holders_before(w.start))
            who = _in_full(z, _alias_holder(z, who))
            if who.get("_skip"):
                continue  # وقال سموه، أكد عدم وجود خلل: no subject, nobody new speaks
            ev_pos.append(w.start)
            ev_data.append((para_index(w.start), who))
            add_holder(w.start, who)

    rows: list[dict[str, object]] = []
    prev_close: dict[int, int] = {}  # paragraph -> end of the previous quote's mark
    for sp in speech:
        p_lo = par_starts[bisect.bisect_right(par_starts, sp.open) - 1]
        lo = max(p_lo, prev_close.get(sp.paragraph, p_lo))
        clause_lo = _clause_start(text, lo, sp.open)
        words = z.words(clause_lo, sp.open)
        verb_tok = next((w for w in reversed(words) if w.verb is not None), None)
        colon = text[clause_lo : sp.open].rstrip().endswith(":")
        verb = None
        who: dict[str, object] | None = None
        relay = verb_tok is not None and z.lex.relay(verb_tok.surface, verb_tok.norm)
        relayed = False  # قوله after عنه: the speaker is a pronoun's antecedent
        # the verb has no subject phrase of its own (وقال: «...»، ومضى قائلا): the
        # previous sentence's subject may go on speaking (_sentence_subject)
        subjectless = verb_tok is not None and (
            not _participle(verb_tok.norm) or sum(1 for w in words if w.end <= verb_tok.start) <= 1
        )
        gender = "" if verb_tok is None or relay else _verb_gender(z.conj(verb_tok))
        if verb_tok is not None:
            verb = verb_tok.verb
            if verb_tok.norm in _QAWL:
                forms = _AN_FORMS
                if any(z.conj(w) in _QW["ascribe"] for w in words):
                    forms = {**_AN_FORMS, **_ILA_FORMS}  # نسبت الصحيفة إلى الوزير قوله
                an = [w for w in words if w.end <= verb_tok.start and w.norm in forms]
                if an and an[-1].norm not in (_AN, _ILA):
                    # ونقلت عنه الوكالة قوله: the pronoun's antecedent speaks, the last
                    # speaker of its gender (carried below), never the relaying subject
                    relayed = True
                    gender = forms[an[-1].norm]
                elif an:
                    ph = _phrase(z, an[-1].end, verb_tok.start)
                    if ph is not None:
                        who = _speaker(z, ph, ments, verb_tok.start)
            elif not _participle(verb_tok.norm):
                ph = _phrase(z, _subject_at(z, z.starts.index(verb_tok.start)), sp.open)
                if ph is not None:
                    who = _speaker(z, ph, ments, sp.open)
                    subjectless = False
                    head = z.words(*ph)[0]
                    if who.get("_reason") == _STATEMENT and not _definite(head):
                        # خالد السلطاني، كتب رسالة وداع: an indefinite statement with no
                        # issuer after the verb is its object; a subject before the verb
                        # speaks (وقال البيان, definite, is the verb's subject)
                        who = _clause_subject(z, clause_lo, verb_tok.start, gender) or who
        elif not colon:
            # a reporting clause after the quote: «...»، قال لافروف / بحسب ...
            after_hi = _SENT_END.search(text, sp.close)
            hi = after_hi.start() if after_hi else len(text)
            nl = text.find("\n", sp.close)
            if nl != -1:
                hi = min(hi, nl)
            after = z.words(sp.close, hi)
            if not after or text[sp.close : after[0].start].strip(" \t،,") != "":
                continue
            first = after[0]
            rep = first.verb
            as_said = [w.norm for w in after[:2]] == _AS_SAID and len(after) > 2
            if rep is None and first.norm not in _AFTER_QUOTE_MARKERS and not as_said:
                continue
            verb = rep
            anchor = first
            if as_said:
                verb = after[2].verb  # «...» على حد قوله: the speaker last named
            elif rep is None and len(after) > 1 and after[1].verb is not None:
                anchor, verb = after[1], after[1].verb
            ph = None if as_said else _phrase(z, anchor.end, hi)
            if ph is not None:
                who = _speaker(z, ph, ments, hi)
        if who is not None and who.get("_reason") == _NO_SUBJECT:
            who = None  # وذكر بيان من مكتب زوما: the statement is no speaker, its source is
        if who is None and (verb_tok is not None or colon):
            # no subject after the verb: a statement noun's complement (بيان المعارضة،
            # بيان من مكتب زوما)
            for w in reversed(words):
                if w.norm in _stop():
                    continue  # مثل "like" is no statement noun (المثل "the proverb" is)
                if w.norm in _STATEMENT_NOUNS or z.conj(w) in _STATEMENT_NOUNS:
                    ph = _phrase(z, w.end, sp.open)
                    if ph is None:
                        nxt = z.words(w.end, sp.open)[:1]
                        if nxt and nxt[0].norm in _SOURCE_PREPOSITIONS:
                            ph = _phrase(z, nxt[0].end, sp.open)
                    if ph is not None and _names_someone(z, ph):
                        who = _speaker(z, ph, ments, sp.open)
                        break
        # headline style, a name and a colon: لافروف: «...»
        headline = colon and 0 < len(words) <= 4
        headline = headline and not any(w.norm in _PHRASE_STOP for w in words)
        # ... but a clause that starts with a conjunction is no name (وواصل: «...»)
        headline = headline and z.conj(words[0]) == words[0].norm
        # ... and a name is one run of words: سألتها، فردت: «...» is two clauses
        headline = headline and not any(z.text[a.end : b.start].strip() for a, b in pairwise(words))
        if who is None and verb_tok is None and headline:
            who = _speaker(z, (words[0].start, words[-1].end), ments)
        if who is None and (verb is not None or colon) and not relayed:
            # the subject before the verb (فابيوس ... يقول: «...»، دان الجبير ...، وقال:)
            # or, with the verb after the quote (مشددا), anywhere in the clause
            who = _clause_subject(
                z, clause_lo, verb_tok.start if verb_tok else sp.open, gender=gender
            )
        if who is not None:
            who, attribution = _resolve(who, holders_before(sp.open))
            who = _in_full(z, _alias_holder(z, who))
            if who.get("_unknown"):
                attribution = "unknown"
        else:
            cur = para_index(sp.open)
            k = bisect.bisect_left(ev_pos, sp.open) - 1
            if gender:
                # وقالت: a feminine verb skips the men named since (the woman, or a body,
                # named before them speaks), وقال the women; with none, the last speaker
                # still (a quote inside reported speech: تؤكد أن «...»، التقرير يقول)
                j = k
                while (
                    j >= 0
                    and cur - ev_data[j][0] <= carry_paragraphs
                    and _other_gender(z, ev_data[j][1], gender)
                ):
                    j -= 1
                if j >= 0 and cur - ev_data[j][0] <= carry_paragraphs:
                    k = j
            first_lo = paras[max(0, cur - carry_paragraphs)][0] if paras else 0
            if k >= 0 and cur - ev_data[k][0] <= carry_paragraphs:
                who, attribution = dict(ev_data[k][1]), "carried"
                if who.get("_unknown"):
                    attribution = "unknown"  # the last subject was nobody nameable
            elif (
                subjectless
                and (before := _sentence_subject(z, first_lo, clause_lo, gender)) is not None
            ):
                # وعبر كيري عن أمله ... وقال: «...»: nobody spoke before, but a sentence
                # opened by a verb and its subject did: that person goes on speaking
                who, attribution = before, "carried"
            else:
                who, attribution = dict(_UNKNOWN, _reason=_NO_SUBJECT), "unknown"
        if attribution != "unknown" or who.get("_unknown"):
            k = bisect.bisect_left(ev_pos, sp.open)
            ev_pos.insert(k, sp.open)
            ev_data.insert(k, (para_index(sp.open), who))
        if attribution == "named":
            add_holder(sp.open, who)
        prev_close[sp.paragraph] = sp.close
        rows.append(
            {
                "story_id": story_id,
                "zone": zone,
                "start": sp.start,
                "end": sp.end,
                "text": text[sp.start : sp.end],
                "speaker_id": who["speaker_id"],
                "speaker": who["speaker"],
                "verb": verb,
                "attribution": attribution,
                "unclosed": sp.unclosed,
                "speaker_role": who.get("_role") or "",
                "unknown_reason": (who.get("_reason") or _NO_SUBJECT)
                if attribution == "unknown"
                else "",
            }
        )
    if not last_zone:  # a later zone of the story may carry a role named here
        hold_pos, hold_data = build()
        story_holders.extend(h for p, h in zip(hold_pos, hold_data, strict=True) if p >= 0)
    return rows


def _speaker_type(speaker_id: str) -> str:
    """The entity type a ``speaker_id`` carries: ``rule:PERSON:...`` → PERSON, a
    gazetteer person ``person:...`` → PERSON, ``phrase:...`` → ``phrase``, other
    gazetteer ids → their prefix (``org``, ``country``)."""
    if speaker_id.startswith("rule:"):
        return speaker_id.split(":", 2)[1]
    if speaker_id.startswith(_GAZETTEER_PERSON):
        return "PERSON"
    return speaker_id.split(":", 1)[0]


def surname_speakers(quotes: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """Speakers named by a surname alone that are one full-name speaker of the same
    quotes table: ``{surname speaker_id: (full speaker_id, full speaker)}``.

    Within a story the surname is already its person's (:meth:`_Mentions.person_ending`);
    across stories it is not (مورينيو in one story, جوزيه مورينيو in another: two ids).
    The rule is :func:`helpers.entities.aliases.corpus_surnames` (one word, no first
    name, no article: الغامدي is many people's; exactly one full name ends with it),
    over the speakers of type PERSON (``speaker_id`` ``person:`` or ``rule:PERSON:``)
    and the phrases (no entity: a name written alone after a reporting verb) whose word
    is no everyday word or title (:func:`helpers.entities.lexicon.looks_like_name`, or,
    as written without the article, Zipf < :data:`_SURNAME_ZIPF` in wordfreq's Arabic
    list: العمدة 4.09، المفتي 4.07 are titles). The table is read as a whole, after
    every partition is combined, so one process and a Dask cluster give the same
    mapping.

    Parameters
    ----------
    quotes : DataFrame
        A quotes table (:data:`QUOTE_COLUMNS`; ``speaker_id`` and ``speaker`` are read).

    Returns
    -------
    dict of str to (str, str)
        Surname ``speaker_id`` -> full-name ``(speaker_id, speaker)``; empty if none.
    """
    from helpers.entities.aliases import corpus_surnames
    from helpers.entities.lexicon import looks_like_name, zipf

    def phrase_may_be_name(sid: str, name: str) -> bool:
        if _speaker_type(sid) != "phrase":
            return False
        written = nfc(name.strip())
        base = written[2:] if written.startswith("ال") else written
        # العمدة، المفتي، النبي: a title or an everyday word is no surname
        return looks_like_name(normalize(base)) or zipf(base) < _SURNAME_ZIPF

    pairs = quotes.loc[quotes["speaker_id"].fillna("") != "", ["speaker_id", "speaker"]]
    pairs = pairs.drop_duplicates("speaker_id")
    rows = (
        (sid, name, _speaker_type(sid) == "PERSON")
        for sid, name in zip(pairs["speaker_id"], pairs["speaker"].astype(str), strict=True)
    )
    return corpus_surnames(rows, short_ok=phrase_may_be_name)


def _quotes_per_group(quotes: pd.DataFrame, by: str, stories) -> pd.DataFrame:
    """:func:`quotes_per_speaker` per group of stories (``by`` other than story_id)."""
    from helpers.corpus.groups import group_column, story_groups

    if stories is None:
        raise ArgumentError(
            f"quotes_per_speaker: by={by!r} needs stories= (the stories table) to know "
            "each story's group"
        )
    groups = story_groups(stories, by)
    name = group_column(by)
    q = quotes[quotes["story_id"].astype(str).isin(groups.index)]
    q = q.assign(
        _g=q["story_id"].astype(str).map(groups),
        speaker=q["speaker"].fillna(UNKNOWN_SPEAKER),
        speaker_id=q["speaker_id"].fillna(""),
        _words=q["text"].astype(str).str.split().str.len(),
    )
    # one name a speaker: the spelling written most often over the table (first seen on
    # a tie), so أحمد داود أوغلو and احمد داود اوغلو (one id) are one row, not two
    named = q["speaker_id"] != ""
    shown = {
        sid: Counter(part).most_common(1)[0][0]
        for sid, part in q.loc[named, "speaker"].groupby(q.loc[named, "speaker_id"], sort=False)
    }
    q.loc[named, "speaker"] = q.loc[named, "speaker_id"].map(shown)
    out = (
        q.groupby(["_g", "speaker_id", "speaker"], sort=False)
        .agg(quotes=("text", "size"), words=("_words", "sum"))
        .reset_index()
        .rename(columns={"_g": name})
    )
    out = out.sort_values(
        [name, "quotes", "speaker"], ascending=[True, False, True], kind="stable"
    ).reset_index(drop=True)
    return out.astype({"quotes": "int64", "words": "int64"})


def quotes_per_speaker(
    quotes: pd.DataFrame, *, by: str = "story_id", stories: pd.DataFrame | None = None
) -> pd.DataFrame:
    """How many quotations, and how many quoted words, each speaker has in each story.

    Parameters
    ----------
    quotes : DataFrame
        The quotes table of :func:`extract_quotes`.
    by : str
        Groups (:mod:`helpers.corpus.groups`): ``story_id`` (default), a stories column
        (``"outlet"``) or ``"date:D"``/``"date:W"``/``"date:M"``; other than
        ``story_id`` needs ``stories``, and the first column is then
        :func:`helpers.corpus.group_column` ``(by)``, groups sorted. Stories without a
        group value are left out.
    stories : DataFrame, optional
        The stories table, for ``by``.

    With ``by`` other than ``story_id``, the spellings of one person's name are one
    speaker, with the id and name the entity counts give them
    (:func:`helpers.entities.aliases.with_corpus_people`: جوزيه مورينهو with جوزيه
    مورينيو, محمد بن نايف with محمد بن نايف بن عبدالعزيز), and a speaker named by a
    surname alone that is exactly one full-name speaker of ``quotes`` counts with it
    (:func:`surname_speakers`: مورينيو with جوزيه مورينيو), over the whole table, so the
    counts are the same from one process or a cluster. Per story, each story's row
    names the speaker as that story does.

    Returns
    -------
    DataFrame
        Columns ``story_id`` (str), ``speaker_id`` (str, as in :func:`extract_quotes`:
        entity id, ``phrase:<normalised phrase>`` for a speaker that is no known
        entity, ``""`` for unattributed quotes), ``speaker`` (str;
        :data:`UNKNOWN_SPEAKER`, «(غير معروف)», for unattributed quotes; per group, the
        spelling of the id written most often in ``quotes``, so one id is one row),
        ``quotes`` (int64, number of quotations),
        ``words`` (int64, whitespace-separated words inside them). Sorted by story (first-appearance
        order), then ``quotes`` descending, then ``speaker``.

    Raises
    ------
    helpers.errors.ArgumentError
        ``quotes`` is not a DataFrame.
    helpers.errors.CorpusFormatError
        ``quotes`` lacks a column of :data:`QUOTE_COLUMNS`.
    """
    if not isinstance(quotes, pd.DataFrame):
        raise ArgumentError(
            f"quotes_per_speaker: quotes must be the quotes table (a DataFrame), got "
            f"{type(quotes).__name__}",
            hint="use helpers.quotes.extract_quotes(stories)",
        )
    missing = [c for c in ("story_id", "speaker_id", "speaker", "text") if c not in quotes]
    if missing:
        raise CorpusFormatError(
            f"quotes_per_speaker needs the quotes table; missing column(s) {missing}",
            hint="pass the table of helpers.quotes.extract_quotes",
        )
    if by != "story_id":
        # per group only: a story's own row names only who that story names
        from helpers.entities.aliases import with_corpus_people, with_full_names

        # spellings of one person's name, and the forms of one patronymic chain, are
        # one speaker, as in the entity counts (جوزيه مورينيو / جوزيه مورينهو: the
        # group's id and name)
        person = quotes["speaker_id"].fillna("").astype(str).map(_speaker_type) == "PERSON"
        quotes = with_corpus_people(quotes, id_col="speaker_id", name_col="speaker", where=person)
        # a surname speaker counts as its full-name speaker (surname_speakers)
        quotes = with_full_names(
            quotes, surname_speakers(quotes), id_col="speaker_id", name_col="speaker"
        )
        return _quotes_per_group(quotes, by, stories)
    q = quotes.assign(
        speaker=quotes["speaker"].fillna(UNKNOWN_SPEAKER),
        speaker_id=quotes["speaker_id"].fillna(""),
        _words=quotes["text"].astype(str).str.split().str.len(),
    )
    out = (
        q.groupby(["story_id", "speaker_id", "speaker"], sort=False)
        .agg(quotes=("text", "size"), words=("_words", "sum"))
        .reset_index()
    )
    order = {s: i for i, s in enumerate(dict.fromkeys(q["story_id"]))}
    out = (
        out.assign(_o=out["story_id"].map(order))
        .sort_values(["_o", "quotes", "speaker"], ascending=[True, False, True], kind="stable")
        .drop(columns="_o")
        .reset_index(drop=True)
    )
    return out.astype({"quotes": "int64", "words": "int64"})
