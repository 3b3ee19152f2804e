"""The speaker phrase after a reporting word: where it starts and where it ends
(step 4 of :mod:`helpers.quotes`, the words it runs over and those that end it)."""

from __future__ import annotations

import bisect

from helpers.quotes.lexicon import _first_names, _stop
from helpers.quotes.religious import _GOD, _honorific
from helpers.quotes.wordkinds import (
    _everyday,
    _glued_club,
    _manner,
    _numeric,
    _past_verb_word,
    _someones,
    _suffixed,
)
from helpers.quotes.words import (
    _HEARERS,
    _ISSUED,
    _LEAD_SKIP,
    _ORG_NOUNS,
    _PARTITIVE,
    _PHRASE_STOP,
    _PLATFORMS,
    _QW,
    _SOURCES,
    _STATEMENT_NOUNS,
    _SUFFIXED_COMPLEMENTISERS,
    _SUFFIXED_STOPS,
    _TANWEEN_FATH,
    _TELLING,
    _TIME_ADJECTIVES,
    _TIME_WORDS,
)
from helpers.quotes.zone import _definite, _Tok, _Zone
from helpers.text.normalize import latin_key, normalize

#: Words a manner or addressee phrase may run over before the subject (وقال بصوت عال
#: الوزير، وقال لوسائل الإعلام الوزير): :func:`_past_manner`.
_MANNER_WORDS = 3


#: A word with ب after a speaker's name is a manner (بلهفة، بطريقة عفوية) when, without
#: its proclitics, it is an everyday word this frequent (Zipf; لهفة 2.9); names read as ب +
#: a word (باريخ، برون) are rare forms.
_MANNER_ZIPF = 2.8


_BI_ISM = normalize("باسم")


_MAX_PHRASE = 10


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
    telling = _telling_before(z, lo)
    if telling and (_passive_telling(z, lo) or _pronoun_before_telling(z, lo)):
        # وأُبلغ الجبير أن: who was told, not who told; إنها أبلغت مكتب التحقيقات: the
        # subject is the complementiser's pronoun, the words after it the object
        return None
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
        if first is None and telling == "m" and (z.in_name(w.start) or _media_noun(z, w)):
            # وأبلغ وكالة "رويترز" للأنباء أن: a medium right after a masculine verb of
            # telling is its object, who heard (a feminine noun next to its verb takes
            # a feminine verb: أبلغت وكالة الأنباء is the agency telling); a subject may
            # follow a quoted one (أبلغ «الشرق الأوسط» الدكتور ...), else the verb's
            # subject is before it (session 24)
            j = _past_addressee(z, words, k, quoted=True)
            if j is None:
                return None
            skip_to = j
            prev_end = words[j - 1].end
            continue
        if telling and first is not None and (z.in_name(w.start) or n in _HEARERS):
            # أبلغ الوزير الصحفيين، أبلغ مصدر مسؤول «الشرق الأوسط»: the object of a verb of
            # telling hears, it is no part of the speaker (session 24)
            break
        if (
            telling
            and first is not None
            and z.ments.starts(z.key, w.start)
            and any(m[1] == prev_end for m in z.ments.within(z.key, first, w.start))
        ):
            # وأبلغ محمد العتيبي خالد القحطاني: a second name right after the subject's
            # is the one told (the lead, after hostile24 F7: the two men were one speaker)
            break
        if z.in_name(w.start):  # the words of a quoted name are the name (إي إف جي)
            first = w.start if first is None else first
            last = prev_end = w.end
            prev = w
            continue
        if first is None and n in _LEAD_SKIP:
            prev_end = w.end  # وقال أمس وزير الدفاع: the time word is not the speaker
            continue
        if first is None:
            j = _past_addressee(z, words, k)
            if j is not None:
                # وقال لـ«الشرق الأوسط» سمير شيبا، أكد للصحفيين وزير الخارجية: the
                # addressee stands between the verb and its subject (session 24)
                skip_to = j
                prev_end = words[j - 1].end
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
        if first is not None and _ends_name(z, prev, w):
            break  # كينياتا عشية المحادثات، المليحان معددا: a time noun or a حال
        if (
            first is None
            and (
                k + 1 == len(words)
                or (text[w.end : words[k + 1].start].strip() and not z.in_name(words[k + 1].start))
            )
            and not z.ments.starts(z.key, w.start)
            and _manner(z, w)
        ):
            return None  # وتابع ساخرا: «...»، وتابعت مستطردة: a manner alone (not صحيفة «بليك»)
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
            # a title in construct takes the noun (وزير خارجيتها); a definite one cannot
            # (وواصل الوزير حديثه، وختم الرئيس كلمته: the object, session 15)
            and (z.lex.title_key(prev.surface) is None or _definite(prev))
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
        if (
            first is not None
            and not _definite(prev)
            and prev.norm not in _first_names()
            and k + 1 < len(words)
            and not text[w.end : words[k + 1].start].strip()
            and (
                words[k + 1].norm in _PHRASE_STOP
                or words[k + 1].norm in _SUFFIXED_STOPS
                or (
                    _definite(words[k + 1])
                    and prev is head
                    and z.lex.title_key(prev.surface) is None
                    and z.lex.base(prev.surface) not in _STATEMENT_NOUNS | _ORG_NOUNS
                )
            )
            and _past_verb_word(z, w)
        ):
            # رجل ملثم عرف عن نفسه: a past verb and its preposition after an indefinite
            # subject open the clause that describes it (دار الإفتاء، زيد قطريب go on);
            # so does a past verb and its definite object right after the head, a noun
            # that is no title, statement or body (رجل شاهد الحادث، مواطن حضر الحفل);
            # after those it is their construct (تقرير دار الإفتاء، مدير عام الشركة)
            break
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


def _ends_name(z: _Zone, prev: _Tok, w: _Tok) -> bool:
    """``w``, after ``prev`` in a speaker phrase, ends the phrase: a time noun (``time_word``
    of quote_words.tsv: قال كينياتا عشية المحادثات، المليحان غداة الاجتماع) or an indefinite
    accusative participle (:meth:`helpers.quotes.zone._Words.name_participle`: المليحان
    معددا، مضيفا، موضحا), outside a mention and a quoted name. A listed first name (صباح، فجر) right
    after a title begins the name (الشيخ صباح الأحمد), and is no time word there."""
    if z.in_name(w.start) or z.ments.overlaps(z.key, w.start, w.end):
        return False
    if w.norm in _TIME_WORDS:
        if w.norm not in _first_names():
            return True
        # صباح أمس، صباح الثلاثاء: a first name ends the name only before a time word
        # (رئيس مجلس المحافظة صباح كرحوت، الشيخ صباح الأحمد: a name)
        nxt = z.next_word(w.end)
        return (
            nxt is not None
            and not z.text[w.end : nxt.start].strip()
            and (nxt.norm in _LEAD_SKIP or nxt.norm in _PHRASE_STOP)
        )
    return z.lex.name_participle(w.surface)


def _subject_word(z: _Zone, w: _Tok) -> bool:
    """``w`` may open a subject after a phrase put before it: a title (الوزير، رئيس) or
    the start of a mention."""
    return z.lex.title_key(w.surface) is not None or z.ments.starts(z.key, w.start)


def _platform(w: _Tok) -> bool:
    """``w`` names a social platform or messaging app (تويتر، واتساب، Twitter; the
    ``platform`` list of quote_words.tsv, Latin compared by the one Latin key,
    :func:`helpers.text.normalize.latin_key`: Twitter, TWITTER)."""
    return latin_key(w.norm) in _PLATFORMS


def _past_manner(z: _Zone, words: list[_Tok], k: int) -> int | None:
    """Index in ``words`` of the subject after the manner or addressee phrase that
    ``words[k]`` opens with ب or ل (وقال بصوت عال الوزير، وقال ولوسائل الإعلام الوزير
    عادل الجبير), or None: the phrase is ``words[k]`` and one to
    :data:`_MANNER_WORDS` - 1 words more, none a title, a mention, a verb, a stop word
    or a number, with only spaces between; the subject is the next word, a title or a
    mention (:func:`_subject_word`). A title or mention right after the preposition's
    word is its complement, no subject (قال بحضور الأمير فيصل): None; so is a platform
    anywhere in the phrase (بحسابه بموقع تويتر: :func:`_platform`)."""
    text = z.text
    for j in range(k + 1, min(k + 1 + _MANNER_WORDS, len(words))):
        w = words[j]
        if text[words[j - 1].end : w.start].strip():
            return None  # punctuation: وقال بهدوء: «...»
        if _platform(w):
            # قال بحسابه بموقع تويتر، بحسابه الرسمي في واتساب: the platform is where it
            # was said, the preposition's complement, no subject after the phrase
            return None
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


def _telling_before(z: _Zone, lo: int) -> str:
    """``"m"`` or ``"f"`` when the word that ends at or right before ``lo`` (spaces
    between) is a reporting verb of telling (:data:`_TELLING`: أبلغ، أخبر and their
    forms), whose object hears: ``"f"`` for the feminine past (أبلغت، أخبرت), else
    ``"m"``; ``""`` for any other word."""
    k = bisect.bisect_right(z.ends, lo) - 1
    if k < 0 or z.text[z.ends[k] : lo].strip():
        return ""
    tok = z.tok(k)
    if tok.verb is None or normalize(tok.verb) not in _TELLING:
        return ""
    return "f" if tok.norm.endswith("ت") else "m"


def _pronoun_before_telling(z: _Zone, lo: int) -> bool:
    """The verb of telling right before ``lo`` follows a complementiser with a pronoun
    suffix (إنها أبلغت، أنه أخبر: :data:`_SUFFIXED_COMPLEMENTISERS`), spaces only
    between: the pronoun is its subject (subject-verb order), so the words after the
    verb are its object (session 22's case: إنها أبلغت مكتب التحقيقات)."""
    k = bisect.bisect_right(z.ends, lo) - 1
    if k < 1 or z.text[z.ends[k - 1] : z.starts[k]].strip():
        return False
    prev = z.tok(k - 1)
    return prev.norm in _SUFFIXED_COMPLEMENTISERS or z.conj(prev) in _SUFFIXED_COMPLEMENTISERS


def _passive_telling(z: _Zone, lo: int) -> bool:
    """The verb of telling right before ``lo`` (:func:`_telling_before`) is written as a
    passive, a damma on its first letter after any conjunction (وأُبلغ الوزير أن: the
    word after it is who was told, the teller unnamed)."""
    if not _telling_before(z, lo):
        return False
    k = bisect.bisect_right(z.ends, lo) - 1
    surface = z.tok(k).surface
    letters = surface[1:] if surface[:1] in ("و", "ف") and surface[1:2] in ("أ", "ا") else surface
    return letters[1:2] == "\u064f"


def _media_noun(z: _Zone, w: _Tok) -> bool:
    """``w`` is a news medium's noun (the ``media`` list: وكالة، صحيفة، قناة), with no
    proclitic but a conjunction."""
    return z.conj(w) in _QW["media"]


def _past_addressee(z: _Zone, words: list[_Tok], k: int, quoted: bool = False) -> int | None:
    """Index in ``words`` of the subject right after the addressee that ``words[k]``
    opens, or None. With ``quoted``, ``words[k]`` opens the object of a verb of telling:
    a quoted name, or a medium's noun and the quoted name after it (أبلغ «الشرق الأوسط»
    الدكتور ...). Else two forms (session 24, aawsat's «أكد لـ«الشرق الأوسط» الدكتور
    خالد ...»): a detached لـ with a quoted name (لـ«الشرق الأوسط»، لـ"الحياة"), and one
    word with ل and the article that is no title and no mention (للصحفيين، للصحافيين،
    للوكالة). The subject is the next word, with only spaces between (no comma), a
    title or a mention's start (:func:`_subject_word`). Arabic grammar: the name in
    quote marks closes the prepositional phrase, and a definite noun takes no
    complement in construct, so what follows is no part of the addressee (للأمير محمد:
    a title in ل keeps its name, the addressee's)."""
    text = z.text
    w = words[k]
    if quoted:
        # after a verb of telling, the medium itself (``words[k]``) is the object: a
        # quoted name («الشرق الأوسط») or a medium's noun and the quoted name after it
        at = k if z.in_name(w.start) else k + 1
        if at >= len(words) or not z.in_name(words[at].start):
            return None
        if text[w.end : words[at].start].strip(' \u0640«"“') and at != k:
            return None
        name = z.name_at(words[at].start)
        j = next((i for i in range(at, len(words)) if words[i].start >= name[1]), None)
        if j is None or text[name[1] : words[j].start].strip():
            return None
    elif w.norm == "ل" and k + 1 < len(words) and z.in_name(words[k + 1].start):
        if text[w.end : words[k + 1].start].strip(" \u0640") not in ("", "«", '"', "“"):
            return None
        name = z.name_at(words[k + 1].start)
        j = next((i for i in range(k + 1, len(words)) if words[i].start >= name[1]), None)
        if j is None or text[name[1] : words[j].start].strip():
            return None
    elif (
        z.lex.clitics(w.surface) == "ل+ال"
        and z.lex.title_key(w.surface) is None
        and not z.ments.overlaps(z.key, w.start, w.end)
        and k + 1 < len(words)
    ):
        j = k + 1
        if text[w.end : words[j].start].strip():
            return None
    else:
        return None
    return j if _subject_word(z, words[j]) and not z.in_name(words[j].start) else None


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
