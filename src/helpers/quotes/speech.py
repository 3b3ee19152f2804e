"""Which quoted spans are names, titles or terms rather than speech (step 2 of
:mod:`helpers.quotes`)."""

from __future__ import annotations

import bisect

from helpers.charsets import TATWEEL
from helpers.quotes.lexicon import _stop
from helpers.quotes.spans import _MARK_CHARS, _SENT_END, _clause_start, _Span
from helpers.quotes.wordkinds import (
    _everyday,
    _function_word,
    _noun_reading,
    _numeric,
    _participle,
    _suffixed,
)
from helpers.quotes.words import (
    _COMPLEMENTISERS,
    _DESIGNATORS,
    _EVERYDAY_ZIPF,
    _NAME_PREPOSITIONS,
    _ORG_NOUNS,
    _PHRASE_STOP,
    _QAWL,
    _QW,
    _STATEMENT_NOUNS,
    _SUFFIXED_COMPLEMENTISERS,
    _TANWEEN_FATH,
    _TIME_WORDS,
)
from helpers.quotes.zone import _definite, _Mentions, _Tok, _Zone
from helpers.text.lexical import takes_article, verb_form, zipf


def _wordless(z: _Zone, sp: _Span) -> bool:
    """The quoted span ``sp`` holds no letter and no digit: empty («»), spaces, only
    punctuation («...»، «!؟») or tatweel («ـــ»). No quotation, whatever introduces it:
    a row of the quotes table always has words to read."""
    return not any(ch.isalnum() and ch != TATWEEL for ch in z.text[sp.start : sp.end])


#: A span of at most this many words opening with a number is a quantity in quote marks
#: (scare quotes: «180 درجة»), not speech, unless a colon introduces it.
_MAX_QUANTITY = 3


def _embedded(z: _Zone, sp: _Span, prev: _Tok | None) -> bool:
    """The quoted span ``sp`` stands inside a sentence, where a term or an apposition
    stands, not where speech does: the word right before its opening mark (``prev``,
    spaces only between) is no reporting word and no complementiser (قال «لا تغضب»، أن
    «...»: what was said), the span is closed and holds no sentence end, and after its
    closing mark the sentence goes on (no sentence end, colon, quote mark or line end
    next) with no reporting word right after it («...» قال، «...» مؤكدا: speech), and
    the span is not in the complement of a reporting word of its clause (أكد الحكيم أن
    روسيا لعبت «دوراً مركزياً»: a partial quote, the speaker's words).
    The scare quotes of :func:`_is_name`'s two-word rule (one word: always a name)."""
    text = z.text
    if prev is None or sp.unclosed or text[prev.end : sp.open].strip():
        return False
    if prev.verb is not None or {prev.norm, z.conj(prev), z.lex.base(prev.surface)} & (
        _COMPLEMENTISERS | _SUFFIXED_COMPLEMENTISERS
    ):
        return False
    if _SENT_END.search(text, sp.start, sp.end):
        return False
    rest = text[sp.close : sp.close + 40].lstrip(" \t")
    if not rest or rest[0] in ".!?؟:\n" or rest[0] in _MARK_CHARS:
        return False
    k = bisect.bisect_left(z.starts, sp.close)
    if k < len(z.starts) and z.infos[k][1] is not None:
        return False
    # حذر من أن رفض ... بسبب «الانتهاكات لحقوق الإنسان» يسهم: inside the complement of a
    # reporting word the words are the speaker's own
    return not _in_reported_speech(z, sp)


def _answer(z: _Zone, sp: _Span) -> bool:
    """The one-word span ``sp`` is an answer particle (the ``answer`` list of
    quote_words.tsv: لا، نعم، كلا) said in its clause: a reporting word with no
    complementiser after it before the opening mark (:func:`_reporting_before`
    ``"direct"``: ليقول الشعب اليوناني مرة أخرى «لا»، قال الوزير للصحفيين «نعم»). A
    particle names nothing, so the span is speech, not a one-word name (session 24);
    after أن the clause's words are the speaker's and the particle no quote of its own
    (أكد أن «لا» ...: unchanged).

    Not the idiom "say no / yes to X" (the lead, after hostile24 F18): a particle with a
    word in ل right after its closing mark (وقالت المملكة «لا» للإرهاب، وقال الشعب «نعم»
    للدستور) is a stance or a vote, no speech; a function word in ل, or ل + a function
    word (لكن، لأن، لذلك), is not that preposition."""
    inside = z.words(sp.start, sp.end)
    if len(inside) != 1 or z.conj(inside[0]) not in _QW["answer"]:
        return False
    after = z.text[sp.close : sp.close + 40]
    rest = after.lstrip()
    if rest.startswith("ل"):
        at = sp.close + len(after) - len(rest)
        nxt = z.words(at, at + 40)[:1]
        stop = _stop()
        word = nxt and nxt[0].start == at and not {nxt[0].norm, nxt[0].norm[1:]} & stop
        if rest[1:2] in _MARK_CHARS | {TATWEEL} or word:
            return False  # لـ«داعش»، للإرهاب، لخطة: not لكن، لأن، لذلك (ل + أن، ذلك)
    return _reporting_before(z, sp) == "direct"


def _in_reported_speech(z: _Zone, sp: _Span) -> bool:
    """The span ``sp`` stands in the complement of a reporting word of its clause: a
    reporting word, then a complementiser, before its opening mark (حذر بخاري من أن ...
    بسبب «...»، أكد الحكيم أن روسيا لعبت «...»)."""
    return _reporting_before(z, sp) == "reported"


def _reporting_before(z: _Zone, sp: _Span) -> str:
    """How a reporting word of its clause (from the line's clause start to the opening
    mark) governs the span ``sp``: ``"reported"`` when a complementiser follows the
    reporting word (أكد أن ...), ``"direct"`` when a reporting word comes with no
    complementiser after it (أكد الوزير ضرورة «...»: its object), ``""`` with none."""
    text = z.text
    line = text.rfind("\n", 0, sp.open) + 1
    reporting = False
    for w in z.iwords(_clause_start(text, line, sp.open), sp.open):
        if w.verb is not None:
            reporting = True
        elif reporting and {w.norm, z.conj(w), z.lex.base(w.surface)} & _COMPLEMENTISERS:
            return "reported"
    return "direct" if reporting else ""


#: A noun phrase in quote marks of at most this many words inside a clause is a term.
_MAX_TERM = 3
#: Punctuation inside a span that makes it more than a noun phrase (a clause, a list).
_TERM_BREAKS = frozenset(".!?؟:،,؛;")


def _noun_opening(z: _Zone, w: _Tok) -> bool:
    """``w`` opens a noun phrase by its form: the article and no other proclitic
    (الأرز), or the indefinite accusative, the tanween fath written (دوراً، دورًا) or an
    alef whose stem takes the article (دورا: الدور; :func:`helpers.text.lexical.takes_article`)."""
    if _definite(w):
        return True
    if _TANWEEN_FATH in w.surface:
        return True
    return (
        w.norm.endswith("ا")
        and len(w.norm) > 3
        and z.lex.clitics(w.surface) == ""
        and takes_article(w.norm[:-1])
    )


def _noun_phrase(z: _Zone, words: list[_Tok]) -> bool:
    """``words`` (a quoted span's) are a short noun phrase by their form: two to
    :data:`_MAX_TERM` words, none a function word (لا، لن، هو، في: speech has them), the
    first a noun by its form (:func:`_noun_opening`) or the head of a construct whose
    second word carries the article (عاصفة الحزم)."""
    if not 2 <= len(words) <= _MAX_TERM or any(_function_word(z, w) for w in words):
        return False
    head = words[0]
    construct = (
        _definite(words[1]) and not z.lex.clitics(head.surface) and takes_article(head.norm)
    )  # عاصفة الحزم (العاصفة), not سأشجع الجميع: a verb heads no construct
    return _noun_opening(z, head) or construct


def _after_plain_word(z: _Zone, sp: _Span, prev: _Tok | None) -> bool:
    """The quoted span ``sp`` is closed, has no punctuation inside
    (:data:`_TERM_BREAKS`) and follows the word ``prev`` with spaces only between, and
    ``prev`` takes no speech: no reporting word (nor one of :data:`_QAWL` after its
    conjunction), no statement noun (في تغريدة «أخيرا ترقد بسلام»: what was said) and no
    complementiser (بما قال إنها «الأنشطة المؤذية»: the predicate, the speaker's words).
    The shared first test of a term in its clause's slot (:func:`_term_in_clause`) and of
    a gloss in apposition (:func:`_apposition`)."""
    text = z.text
    if prev is None or sp.unclosed or text[prev.end : sp.open].strip():
        return False
    if any(ch in _TERM_BREAKS for ch in text[sp.start : sp.end]):
        return False
    if prev.verb is not None or z.conj(prev) in _QAWL:
        return False
    if z.conj(prev) in _STATEMENT_NOUNS or z.lex.base(prev.surface) in _STATEMENT_NOUNS:
        return False
    return not {prev.norm, z.conj(prev), z.lex.base(prev.surface)} & (
        _COMPLEMENTISERS | _SUFFIXED_COMPLEMENTISERS
    )


def _term_in_clause(z: _Zone, sp: _Span, prev: _Tok | None) -> bool:
    """The quoted span ``sp`` is a noun phrase in a slot of its clause, a term or scare
    quotes, not speech (session 18): closed, no punctuation inside
    (:data:`_TERM_BREAKS`), a short noun phrase by its form (:func:`_noun_phrase`:
    لزكاة «الأرز الحساوي»), right after a word (spaces only between) that is no
    reporting word, verbal noun or complementiser (قال إن «الحل سياسي»: what was said),
    in a clause with no reporting word before it (:func:`_reporting_before`: أكد الحكيم
    أن روسيا لعبت «دوراً مركزياً» is a partial quote, the speaker's own words, as the
    quotes_dev gold marks بخاري's بسبب «الانتهاكات لحقوق الإنسان»), and no reporting
    word right after its closing mark («الوضع مستقر» قال). The clause's verb stands
    outside the marks; the span may end the sentence. A predicate after its subject
    (إن الوضع «خطير جدا») has no noun form and stays speech."""
    text = z.text
    if not _after_plain_word(z, sp, prev):
        return False
    if not _noun_phrase(z, z.words(sp.start, sp.end)):
        return False
    if _reporting_before(z, sp):
        # وأكد الوزير ضرورة «تعزيز التعاون المشترك»: the verb's own words; أكد الحكيم أن
        # روسيا لعبت «دوراً مركزياً»، بسبب «الانتهاكات لحقوق الإنسان»: inside reported
        # speech a quoted phrase is the speaker's own words, a partial quote (the
        # quotes_dev gold's convention), whatever its slot
        return False
    after = z.words(sp.close, min(len(text), sp.close + 40))[:1]
    return not (
        after and after[0].verb is not None and text[sp.close : after[0].start].strip(" \t،,") == ""
    )


def _definite_phrase(z: _Zone, words: list[_Tok]) -> bool:
    """``words`` (a quoted span's) are a definite noun phrase by their form: two to
    :data:`_MAX_TERM` words, none a function word or in tanween, and either every word
    with the article (الإسلام المعتدل: a noun and its adjective) or a construct, every word
    but the last with no proclitic and taking the article
    (:func:`helpers.text.lexical.takes_article`), the last with it (خالة الطفلة، خيمة سوق
    عكاظ). A sentence (الوضع خطير: an indefinite predicate) is none."""
    if not 2 <= len(words) <= _MAX_TERM:
        return False
    if any(_function_word(z, w) or _TANWEEN_FATH in w.surface for w in words):
        return False
    if all(_definite(w) for w in words):
        return True
    return _definite(words[-1]) and all(
        not z.lex.clitics(w.surface) and takes_article(w.norm) and w.verb is None
        for w in words[:-1]
    )


#: The third-person pronouns that may stand before an apposition's first noun (هي
#: أختها «خالة الطفلة»), unlike the other words of ``phrase_stop``.
_PRONOUNS_HE_SHE = frozenset({"هو", "هي"})


def _apposition(z: _Zone, sp: _Span, prev: _Tok | None) -> bool:
    """The quoted span ``sp`` is a definite noun phrase (:func:`_definite_phrase`) in
    apposition to the definite word ``prev`` right before its opening mark (spaces only
    between): هي أختها «خالة الطفلة»، المدعى عليها «خالة الرضيعة»، الرئيس الفرنسي السابق
    «جيسكار ديستان». Arabic puts a definite noun after a definite noun to say who or what
    it is (بدل): the writer's gloss in scare quotes, not speech (session 23, the
    newcomer's kind: «خالة الطفلة» was quoted and given to the mother). ``prev`` has the
    article or a pronoun suffix (:func:`~helpers.quotes.wordkinds._suffixed`; عليها after
    المدعى: a participle's complement), is no reporting word, statement noun (في بيانه
    «...»: what it says) or complementiser (بما قال إنها «...»: a predicate), and the word
    before it no preposition or other word of ``phrase_stop`` but هو/هي (في الحقيقة
    «الضوء الأخضر»: an adverb, the quote the verb's object);
    the span is closed with no punctuation inside; and no reporting word with no
    complementiser governs it (قال وزير الخارجية «...»: the subject's words; after أن it
    may stand in reported speech: اعترفت الأم بأن المتسبب هي أختها «خالة الطفلة»)."""
    text = z.text
    if not _after_plain_word(z, sp, prev):
        return False
    k = bisect.bisect_left(z.ends, prev.start + 1) - 1
    if k >= 0 and not text[z.ends[k] : prev.start].strip():
        pp = z.tok(k)
        if pp.norm in _PHRASE_STOP and pp.norm not in _PRONOUNS_HE_SHE:
            return False  # سيمنح إيران في الحقيقة «الضوء الأخضر»: an adverb, no apposition
    if _function_word(z, prev) and prev.norm not in _ALA_PRONOUNS:
        return False  # أكلات منها «الأرز الحساوي»: a preposition's pronoun, no noun
    suffixed = _suffixed(z, prev) or (
        prev.norm in _ALA_PRONOUNS and z.lex.clitics(prev.surface) == ""
    )
    if not (_definite(prev) or suffixed):
        return False
    if not _definite_phrase(z, z.words(sp.start, sp.end)):
        return False
    return _reporting_before(z, sp) != "direct"


#: A span after a designator with a pronoun (كتابه، مذكرته) is a title up to this many
#: words: longer, it is what was said (طالبا عدم ذكر اسمه «نقلنا حتى الآن 12 جثة من
#: المكان»، وكتبت الصحيفة في عنوانها «...»: a headline is the paper's words).
_MAX_TITLE = 6


def _is_name(z: _Zone, sp: _Span, ments: _Mentions) -> bool:
    """The quoted span ``sp`` is a name, title or term, not speech: step 2 of
    :mod:`helpers.quotes` (an entity mention exactly, after a designator or an
    organisation noun in construct, one word, or two inside a sentence
    (:func:`_embedded`), unless a colon introduces it; a quantity; a short name in a
    subject's or a preposition's slot)."""
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
        n = z.conj(b)  # ومقالته «نحن والعرب»: the conjunction off
        stem = n[:-1] if n.endswith("ه") else n[:-2] if n.endswith("ها") else ""
        if stem.endswith("ت") and {stem[:-1] + "ه", stem[:-1] + "ة"} & _DESIGNATORS:
            return True  # كنيته «أبو الفداء»، لقبها «...»: the designator with a pronoun
        if stem in _DESIGNATORS and z.count(sp.start, sp.end) <= _MAX_TITLE:
            return True  # كتابه «...»، فيلمها «...»: a title of a work, no speech
    inner = z.count(sp.start, sp.end)
    colon = text[max(0, sp.open - 8) : sp.open].rstrip().endswith(":")
    if colon:
        # مطعم الاسبوع: «سالمونتيني»: one word that is no everyday word after a label with
        # no reporting word is a name the label introduces (ترامب: «كارثة» is speech)
        inside = z.words(sp.start, sp.end)
        after = z.words(sp.close, min(len(text), sp.close + 40))
        if (
            inner == 1
            and inside
            and _numeric(inside[0])
            and after
            and text[sp.close : after[0].start].strip() == ""
            and not _numeric(after[0])
        ):
            # التدريب التقني: «33» كلية: a number in marks with its counted noun right
            # after is a quantity (session 19); كيري: «2015». stays his one-word answer
            return True
        return inner == 1 and _label_name(z, sp)
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
    if inner <= 1 and _answer(z, sp):
        # ليقول الشعب اليوناني مرة أخرى «لا»: an answer particle is what was said
        return False
    if inner <= 1:
        return True
    if inner == 2 and _embedded(z, sp, before[-1] if before else None):
        # المحامية بيان زهران «وكيلة الأم» في تصريح: two words in quote marks in the
        # middle of a sentence are an apposition, a term or scare quotes, not speech
        return True
    if _term_in_clause(z, sp, before[-1] if before else None):
        # أن روسيا لعبت «دوراً مركزياً»، لزكاة «الأرز الحساوي»: a noun phrase in its
        # clause's slot, the clause's verb outside the marks (session 18)
        return True
    if _apposition(z, sp, before[-1] if before else None):
        # هي أختها «خالة الطفلة»: a definite noun phrase in apposition to the definite
        # word before it says who that is, the writer's words (session 23)
        return True
    if _after_naming_verb(z, sp):
        # يطلق عليه أحياناً «خبز بالتمر»: the name a thing is called (session 20)
        return True
    if _subject_of_verb_after(z, sp, ments):
        # «الأحوال المدنية» تعلن نتائج القبول: a headline's subject, the name of who
        # announces, not words said (session 20)
        return True
    if inner <= _MAX_QUANTITY:
        inside = z.words(sp.start, sp.end)
        if inside and _numeric(inside[0]):
            return True  # «180 درجة»، «100 مليار»: a quantity in quote marks, no speech
        if (
            len(inside) >= 2
            and _numeric(inside[-1])
            and not _SENT_END.search(text, sp.start, sp.end)
        ):
            return True  # «الفرقة 30»، «اللواء 93»: a word and its number, a unit's name
    if before and inner <= 4 and _construct_name(z, sp, before[-1], ments):
        return True  # مغامرة «سوبر ماريو»، إدراج «باركليز زيمبابوي»: a name in construct
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
            return not _everyday_words(z, inside)
        if text[prev.end : sp.open].strip() == "" and z.conj(prev) in _COMPLEMENTISERS:
            return _clause_subject_name(z, sp)
    return False


#: على with a pronoun: what a naming verb (يطلق عليه) names.
_ALA_PRONOUNS = frozenset({"عليه", "عليها", "عليهم", "عليهما", "عليهن"})


def _after_naming_verb(z: _Zone, sp: _Span) -> bool:
    """The short quoted span ``sp`` (at most four words, closed, no sentence end) is the
    name a naming verb gives (``naming`` of ``quote_words.tsv`` with على and its pronoun:
    يطلق عليه «خبز بالتمر»، أطلقوا عليها أحياناً «...»; one accusative adverb in tanween
    may stand before the mark), not speech: what a thing is called (session 20; the
    next item of its list, أو «خبز أسمر», follows by :func:`_listed_after`)."""
    text = z.text
    if sp.unclosed or z.count(sp.start, sp.end) > 4 or _SENT_END.search(text, sp.start, sp.end):
        return False
    near = z._range(max(0, sp.open - 60), sp.open)
    ws = [z.tok(i) for i in near][-3:]
    end = sp.open
    while ws and not text[ws[-1].end : end].strip():
        w = ws.pop()
        if _TANWEEN_FATH in w.surface and end == sp.open:
            end = w.start  # أحياناً: an adverb between the name and its verb
            continue
        if z.conj(w) not in _ALA_PRONOUNS or not ws or text[ws[-1].end : w.start].strip():
            return False
        return z.conj(ws[-1]) in _QW["naming"]
    return False


#: A quoted subject before its verb holds at most this many words (a body's name).
_MAX_SUBJECT = 4


def _subject_of_verb_after(z: _Zone, sp: _Span, ments: _Mentions) -> bool:
    """The short quoted span ``sp`` opening its line or sentence is the subject of the
    reporting verb right after its closing mark, a name (a body, a headline's actor:
    «الأحوال المدنية» تعلن نتائج القبول، «الصحة» تؤكد أن، «هيئة السياحة» تكشف عن; session
    20), not speech before its verb («الوضع مستقر» قال الوزير): two to
    :data:`_MAX_SUBJECT` words, closed, no punctuation inside (:data:`_TERM_BREAKS`),
    only spaces between the closing mark and the verb, and after the verb its object,
    never its subject: a complementiser (أن، إن), the preposition عن, or an indefinite
    everyday word (:func:`_everyday`) that is no title, no first name and opens no
    mention (نتائج، تفاصيل; a preposition written apart, «مدني عسير» يحذر من), or a
    common word (Zipf at least :data:`_EVERYDAY_ZIPF`, a first name too) in construct
    with a definite word (أسماء المقبولين). Speech before its verb is followed by who
    said it."""
    text = z.text
    if sp.unclosed or any(ch in _TERM_BREAKS for ch in text[sp.start : sp.end]):
        return False
    if not 2 <= z.count(sp.start, sp.end) <= _MAX_SUBJECT:
        return False
    line = text.rfind("\n", 0, sp.open) + 1
    lead = text[line : sp.open].strip()
    if lead and lead[-1] not in ".!?؟":
        return False
    after = z.words(sp.close, min(len(text), sp.close + 80))[:3]
    if len(after) < 2 or after[0].verb is None or text[sp.close : after[0].start].strip():
        return False
    verb, obj = after[:2]
    if text[verb.end : obj.start].strip():
        return False
    if {obj.norm, z.conj(obj)} & (_COMPLEMENTISERS | {"عن"}):
        return True
    if (
        _definite(obj)
        or z.lex.clitics(obj.surface)
        or obj.verb is not None
        or z.lex.title_key(obj.surface) is not None
        or ments.starts(z.key, obj.start)
    ):
        return False
    # أسماء المقبولين: a word that is also a first name, in construct with a definite
    # word and in no mention, is the noun
    construct = (
        len(after) > 2 and _definite(after[2]) and not text[obj.end : after[2].start].strip()
    )
    return _everyday(z, obj) or (construct and zipf(z.lex.base(obj.surface)) >= _EVERYDAY_ZIPF)


def _everyday_words(z: _Zone, words: list[_Tok]) -> bool:
    """Every word of ``words`` is an everyday word (:func:`_everyday`, the words after
    the first at a Zipf 0.3 lower) or a function word: words of every day in quote
    marks (تقول «خاص بالمسلمين»، «القوى السوداء») are someone's words, not a name."""
    return all(
        _everyday(z, w, _EVERYDAY_ZIPF - 0.3 * (k > 0)) or _function_word(z, w)
        for k, w in enumerate(words)
    )


def _clause_subject_name(z: _Zone, sp: _Span) -> bool:
    """A short quoted span right after a complementiser (أن، إن) is the subject of the
    clause it opens, a name, when a finite verb that reports nothing follows its closing
    mark with only a space between and not all its words are everyday words (أن «أرامكو
    السعودية» وقعت العقد; session 17, a hostile tester's case). Speech there ends its
    sentence or is followed by its reporting verb (أن «الوضع مستقر»، قال الوزير); a
    phrase of everyday words before its verb is the speaker's term, a partial quote (قال
    إن «القوى السوداء» تنشر...; so is an operation's name of everyday words, «عاصفة
    الحزم» حققت, which no rule here tells from one)."""
    after = z._range(sp.close, min(len(z.text), sp.close + 40))
    if not after or sp.unclosed:
        return False
    nxt = z.tok(after[0])
    if z.text[sp.close : nxt.start].strip() or nxt.verb is not None:
        return False
    if z.lex.clitics(nxt.surface) or nxt.norm in _stop():  # وأضاف، ثم: no predicate
        return False
    inside = z.words(sp.start, sp.end)
    # «عاصفة الحزم» حققت، «القوى السوداء» تنشر: a noun phrase of everyday words before
    # its verb is a name or a term, no speech either (session 18)
    return verb_form(nxt.norm) and (not _everyday_words(z, inside) or _noun_phrase(z, inside))


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


def _name_words(z: _Zone, inside: list[_Tok]) -> bool:
    """The quoted words read as a name, not as words of every day: no function word
    among them (a preposition or particle makes a phrase: إلقاء اللوم على تركيا، لعدة
    أيام وربما لشهر), and one at least neither an everyday word (:func:`_everyday`) nor a
    number (سوبر ماريو، باركليز زيمبابوي، قاعدة العند; تعزيز التعاون is not); or all
    of them Latin letters' names as Arabic spells them (يو إف إم: an acronym)."""
    if not inside:
        return False
    if all(w.norm in _QW["initial"] for w in inside):
        return True  # «يو إف إم»، «دي آي دبليو»: letters' names, an acronym
    if any(_function_word(z, w) or _TANWEEN_FATH in w.surface for w in inside):
        return False  # دوراً مركزياً: a noun with tanween is indefinite, no name
    return any(not (_everyday(z, w) or _numeric(w)) for w in inside)


#: A noun in construct before a quoted name is an everyday word from this Zipf (a
#: name's head: مستوطنة، إذاعة، مرثية; lower than :data:`_EVERYDAY_ZIPF`, a name never is
#: one: واشنطن).
_HEAD_ZIPF = 2.5


def _construct_name(z: _Zone, sp: _Span, prev: _Tok, ments: _Mentions) -> bool:
    """The short quoted span ``sp`` (no sentence end) is the complement of the noun
    ``prev`` right before its opening mark, in construct (Arabic إضافة: the first noun
    has no article and no pronoun suffix, the second is the name): مغامرة «سوبر ماريو»،
    إدراج «باركليز زيمبابوي»، أفراد «الفرقة 30». ``prev`` is an everyday word (no name)
    with no article, proclitic or pronoun suffix, no function word, reporting word,
    statement noun (تغريدة «...»: its words), participle, complementiser, time noun
    after a reporting word (قال الجبير مساء «...»: said then), verb
    (:func:`helpers.text.lexical.verb_form`: لعبت، تحاول; unless a noun reads first,
    :func:`~helpers.quotes.wordkinds._noun_reading`: نظام، تقدم) or number;
    the quoted words read as a name (:func:`_name_words`); after the closing mark the
    sentence goes on or ends, with no reporting word right after it («...» قال). What a
    noun in construct takes is a name, not what someone said (a partial quote of
    everyday words, ضرورة «تعزيز التعاون», stays speech)."""
    text = z.text
    if sp.unclosed or text[prev.end : sp.open].strip() or _SENT_END.search(text, sp.start, sp.end):
        return False
    from helpers.entities.rules.words import _accusative

    if (
        z.lex.clitics(prev.surface)
        or not _everyday(z, prev, _HEAD_ZIPF)  # واشنطن «ستسرع بيع الأسلحة»: a name is no head noun
        or _suffixed(z, prev)  # عند وصوله «سأشجع الجميع»: a noun in construct has no pronoun
        # لعبت «دوراً»، تحاول «...»، تود «لم الشمل»: a verb; not نظام «بنك الأفكار»، تقدم
        # «عاصفة الحزم»: a noun first, its genitive the name (session 15)
        or (verb_form(prev.norm) and not _noun_reading(prev.norm))
        or _accusative(prev.norm)  # جنديا «أصيب بجروح»: tanween, no construct
        or z.lex.base(prev.surface) in _STATEMENT_NOUNS  # في تغريدة «...»: what it says
        or prev.verb is not None
        or _function_word(z, prev)
        or _numeric(prev)
        or _participle(z.conj(prev))
        or {prev.norm, z.conj(prev)} & (_COMPLEMENTISERS | _SUFFIXED_COMPLEMENTISERS)
        or _TANWEEN_FATH in prev.surface
        # وقال الجبير مساء «نرفض القرار»، عشية «...»: a time noun after the speaker of a
        # reporting word is an adverb of time, what follows is said (session 22
        # hostfix22c; صباح، a first name too, was no everyday head already)
        or (prev.norm in _TIME_WORDS and _reporting_before(z, sp) == "direct")
    ):
        return False
    k = bisect.bisect_left(z.starts, sp.close)
    if k < len(z.starts) and z.infos[k][1] is not None:
        return False  # «...» قال: speech
    return _name_words(z, z.words(sp.start, sp.end))


#: Words a label (مطعم الاسبوع:) holds at most from its line's start to the colon.
_MAX_LABEL = 4


def _label_name(z: _Zone, sp: _Span) -> bool:
    """The one quoted word after a colon is a name a label introduces (مطعم الاسبوع:
    «سالمونتيني»): at most :data:`_MAX_LABEL` words from the line's start to the mark and
    no reporting word among them, no reporting word right after the closing mark, and
    the word reads as a name (:func:`_name_words`)."""
    text = z.text
    line = text.rfind("\n", 0, sp.open) + 1
    if z.count(line, sp.open) > _MAX_LABEL:
        return False  # بقول المسؤول لحارس الأمن: «طلعوه»: a sentence, no label
    if any(w.verb is not None for w in z.iwords(_clause_start(text, line, sp.open), sp.open)):
        return False
    k = bisect.bisect_left(z.starts, sp.close)
    if k < len(z.starts) and z.infos[k][1] is not None:
        return False
    return _name_words(z, z.words(sp.start, sp.end))


def _named_elsewhere(z: _Zone, spans: list[_Span], is_name: list[bool]) -> list[bool]:
    """``is_name`` with every short span (at most four words, no sentence end) whose
    words, normalised, are those of a span the zone reads as a name also read as a name:
    وقالت الجماعة التي تعرف باسم «الفرقة 30» ... وقتلوا خمسة من أفراد «الفرقة 30»: one
    name, one reading, wherever it stands in the zone."""

    def key(sp: _Span) -> tuple[str, ...]:
        return tuple(w.norm for w in z.words(sp.start, sp.end))

    names = {key(sp) for sp, name in zip(spans, is_name, strict=True) if name}
    names.discard(())
    out = list(is_name)
    for k, sp in enumerate(spans):
        if (
            not out[k]
            and not sp.unclosed
            and z.count(sp.start, sp.end) <= 4
            and not _SENT_END.search(z.text, sp.start, sp.end)
            and key(sp) in names
        ):
            out[k] = True
    return out
