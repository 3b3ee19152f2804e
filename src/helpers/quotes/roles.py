"""Roles and titles: a title-headed phrase, the person it names in its clause, the
holder of a bare role earlier in the story (``carried``), a role's body."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from helpers.quotes.columns import _UNKNOWN, _UNNAMED_ROLE
from helpers.quotes.lexicon import _first_names, _stop, _title_words
from helpers.quotes.names import _OFFICE_ZIPF, _name_run
from helpers.quotes.spans import _CLAUSE_END, _OPEN_CLOSE
from helpers.quotes.wordkinds import _everyday, _nisba_key, _numeric, _unattested_split
from helpers.quotes.words import (
    _COMPLEMENTISERS,
    _DESCRIPTOR_ZIPF,
    _EVERYDAY_ZIPF,
    _LEAD_SKIP,
    _NAME_PREPOSITIONS,
    _ORG_NOUNS,
    _PHRASE_STOP,
    _QW,
    _RELATIVES,
    _ROLE_GAP,
    _SOURCES,
)
from helpers.quotes.zone import _MAX_MENTION, _definite, _Mentions, _Tok, _without_marks, _Zone
from helpers.text import has_article
from helpers.text.lexical import looks_like_name, zipf
from helpers.text.normalize import normalize


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


def _titled_org_name(z: _Zone, words: list[_Tok], hit: tuple) -> dict[str, object] | None:
    """A person's title or descriptor right before a one-word organisation mention
    ``hit`` that opens the phrase's second word: the word is the person's name, not the
    body (ويؤكد البروفيسور واس: Professor Wass, not the agency واس). The head is
    definite, a title or a descriptor (:func:`_descriptor`: البروفيسور، الخبير) but no
    nisba adjective (السعودية); the word has no article or proclitic, only a space
    between, and the mention is that word alone. The speaker is the words from it to
    the phrase's end, the role the head. None if the phrase is not so."""
    from helpers.entities.keys import surface_key

    if len(words) < 2 or not _definite(words[0]):
        return None
    head, w = words[0], words[1]
    if z.text[head.end : w.start].strip() or z.lex.clitics(w.surface):
        return None
    if (hit[4], hit[3]) != (w.start, w.end):
        return None
    if z.lex.title_key(head.surface) is None and (
        not _descriptor(head.surface) or _nisba_key(surface_key(head.surface))
    ):
        return None
    who = {"speaker_id": None, "speaker": _without_marks(z, w.start, words[-1].end)}
    _add_role(z, who, words[:1], head.start, head.end)
    who["_title"] = z.lex.title_key(head.surface)
    return who


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


def _add_role(z: _Zone, who: dict, words: list[_Tok], lo: int, end: int) -> None:
    """Sets ``_role`` (the words of ``words`` before ``end`` as written, without trailing
    punctuation) and ``_rkeys`` (their keys) on ``who``."""
    from helpers.entities.keys import surface_key

    ws = [w for w in words if w.end <= end]
    if not ws:
        return
    who["_role"] = _without_marks(z, lo, ws[-1].end)
    who["_rkeys"] = tuple(surface_key(w.surface) for w in ws)


def _people_adjective(z: _Zone, words: list[_Tok], i: int) -> bool:
    """``words[i]``, a first name, is a people's nisba adjective instead (تركي Turkish
    and Turki, عربي): a NORP mention is exactly the word, and no name goes on after it
    (no next word, or one that is no first name, name particle or name-like word:
    مسؤول تركي، مصدر تركي مطلع; but أمير تركي بن طلال is a name). Read after an
    indefinite noun only (:func:`_name_index`): an indefinite noun takes an indefinite
    adjective, while after a definite title the word is in apposition, a name
    (الأمير تركي الفيصل).

    Right after an indefinite source noun (the ``source`` list of ``quote_words.tsv``:
    مصدر، مسؤول، دبلوماسي، شاهد) any first name with no name after it is read so, NORP
    mention or not (session 17): an indefinite noun takes no name in apposition, so the
    word is its adjective (مصدر عربي، مسؤول سامي "a senior official") or its possessor
    (والد علي), and the phrase stays an unnamed source either way."""

    w = words[i]
    after_source = i == 1 and not _definite(words[0]) and z.lex.base(words[0].surface) in _SOURCES
    if not after_source and not any(
        start == w.start and end == w.end and typ == "NORP"
        for start, end, typ, _e, _c in z.ments.within(z.key, w.start, w.end)
    ):
        return False
    if i + 1 == len(words):
        return True
    nxt = words[i + 1]
    first = _first_names()
    return not (
        nxt.norm in first
        or z.conj(nxt) in first
        or nxt.norm in _QW["name_particle"]
        or looks_like_name(z.lex.base(nxt.surface))
    )


def _name_index(z: _Zone, words: list[_Tok]) -> int | None:
    """Index of the first word after a title that starts a name, None if none: a first
    name; a word without the article after a definite word, outside a prepositional
    phrase (الصحافي السوري زيد قطريب، وزير الخارجية عادل الجبير: a definite noun takes
    no indefinite complement, so the word is in apposition, a name); or a word the
    lexicon knows as no ordinary word. Words in construct before the first definite
    word (رئيس إقليم كردستان) and after a preposition (المتحدث باسم حرس الحدود) are the
    role's."""

    first = _first_names()
    seen_definite = _definite(words[0])
    in_pp = False
    for i, w in enumerate(words[1:], 1):
        if _body_short_name(z, words, i):
            # مدير عام الشركة الوطنية السياحية «سياحية» المهندس صالح قدح: a quoted name
            # right after a body's words is the body's short name, not the person's
            # (session 20); the person is named after it
            seen_definite, in_pp = True, False
            continue
        if _org_name_word(z, words[i - 1], w):
            # مديرة مكتبة كادبوري البحثية: the word after an indefinite organisation
            # head is the body's name in construct (definite), not the person's
            seen_definite, in_pp = True, False
            continue
        if w.norm in first or z.conj(w) in first:
            if not seen_definite and _people_adjective(z, words, i):
                continue  # مسؤول تركي: the adjective of an indefinite noun (session 16)
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
            or (z.lex.clitics(w.surface) and not _unattested_split(z, w))
        ):
            prep = w.norm in _NAME_PREPOSITIONS or w.norm in _PHRASE_STOP
            in_pp = in_pp or prep or z.lex.clitics(w.surface)[:1] in ("ب", "ل")
            continue
        if seen_definite and not in_pp and z.lex.title_key(w.surface) is None:
            return i
        if looks_like_name(z.lex.base(w.surface)):
            return i
    return None


def _body_short_name(z: _Zone, words: list[_Tok], i: int) -> bool:
    """``words[i]`` lies in a quoted name that follows an organisation's words in the
    phrase ``words``: an organisation noun (``organisation`` of ``quote_words.tsv``:
    شركة، الشركة، وزارة) before it, in construct or with the article, and only its
    adjectives or complements between (الشركة الوطنية السياحية «سياحية»، هيئة السياحة
    «السياحة»), and either its words all words of the phrase before it (سياحية of
    السياحية) or a title or a first name right after its closing mark (المهندس صالح
    قدح). A name in quote marks there is the body's short name or nickname, in
    apposition to it, never the name of the person whose role the phrase writes
    (session 20); with no person after it, it is the person's name (المتحدث باسم
    الجماعة «قاري حمزة»، في بيان)."""
    name = z.name_at(words[i].start)
    if name is None:
        return False
    if not any(z.lex.base(v.surface) in _ORG_NOUNS and not z.in_name(v.start) for v in words[:i]):
        return False
    quoted = z.words(name[0], name[1])
    said = {z.lex.base(v.surface) for v in words[:i] if not z.in_name(v.start)}
    if quoted and all(z.lex.base(v.surface) in said for v in quoted):
        return True  # الشركة الوطنية السياحية «سياحية»: the body's own words, its nickname
    # the person named after the closing mark, opening with a title or a first name
    # («سياحية» المهندس صالح قدح); with none the quoted words are the person's name
    # (المتحدث باسم الجماعة «قاري حمزة»، في بيان)
    nxt = z.words(name[1], min(len(z.text), name[1] + 40))[:1]
    if not nxt or z.text[name[1] : nxt[0].start].strip():
        return False
    return z.lex.title_key(nxt[0].surface) is not None or z.conj(nxt[0]) in _first_names()


def _past_short_name(z: _Zone, hi: int) -> int:
    """``hi`` (the end of a role phrase), or the end of the quoted name it lies in: مدير
    عام الشركة الوطنية السياحية «سياحية» المهندس صالح قدح ends in the body's quoted
    short name (:func:`_body_short_name`), and the person is named after its closing
    mark (session 20)."""
    name = z.name_at(hi)
    return hi if name is None else name[1]


def _org_name_word(z: _Zone, head: _Tok, w: _Tok) -> bool:
    """``w`` is the name of the organisation ``head`` opens: ``head`` is an indefinite
    organisation head noun (no article, no proclitic; :data:`helpers.entities.rules.
    lexicons.ORG_HEADS`, the namesake and self-named heads: مكتبة، جامعة، شركة) and ``w``
    follows it with only a space between, without the article. A noun in construct
    needs its complement, so the word is the body's (مكتبة كادبوري، جامعة كامبريدج),
    never the name of the person whose role it is; that person is named after the
    body's name (مديرة مكتبة كادبوري البحثية سوزان ورال) or later in the clause."""
    from helpers.entities.keys import surface_key
    from helpers.entities.rules import lexicons as lx

    heads = lx.ORG_HEADS | lx.PATRONYMIC_NAMESAKE_ORG_HEADS | lx.SELF_NAMED_ORG_HEADS
    return (
        not z.text[head.end : w.start].strip()
        and not z.lex.clitics(head.surface)
        and not z.lex.clitics(w.surface)
        and surface_key(head.surface) in heads
    )


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
    # the mention may run past the word (قائد مانشستر يونايتد): any ORG opening at it
    opening = z.ments.within(z.key, w.start, w.start + _MAX_MENTION)
    return any(m[0] == w.start and m[2] == "ORG" for m in opening)


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


def _clause_after(z: _Zone, hi: int, limit: int | None) -> tuple[int, int] | None:
    """Where the name of a role may stand after a speaker phrase that ends at ``hi``
    (offsets into ``z.text``), one rule for :func:`_role_name` and
    :func:`_after_relative` (session 24): ``(start, stop)`` from past a short name
    written right after the phrase (:func:`_past_short_name`) to the first sentence end,
    colon or quote mark (:data:`helpers.quotes.spans._CLAUSE_END`) before ``limit``, or
    ``limit``; None when ``limit`` is None or nothing is left before it."""
    if limit is None or limit <= hi:
        return None
    hi = _past_short_name(z, hi)
    if limit <= hi:
        return None
    end = _CLAUSE_END.search(z.text, hi, limit)  # a sentence end, a colon or a quote mark
    return hi, end.start() if end else limit


def _role_name(
    z: _Zone, hi: int, limit: int | None, mentions: _Mentions
) -> dict[str, object] | None:
    """The person a role names later in its clause: the first PERSON mention in
    ``[hi, limit)`` before a complementiser (أن، إن...), a reporting word or a sentence
    end, at most :data:`_ROLE_GAP` words on; else a name ending the clause
    (:func:`_name_at_clause_end`); else the first words between commas after the role
    (، بيتر هينشكليف،) when they are two to four, without the article, the first a
    first name or a word the lexicon knows as no ordinary word."""
    clause = _clause_after(z, hi, limit)
    if clause is None:
        return None
    text = z.text
    hi, limit = clause
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
    the lexicon reads as a name (:func:`helpers.text.lexical.looks_like_name`).
    ``{"speaker_id": None, "speaker": the words as written}``, else None. The one test
    of :func:`_role_name`'s and :func:`_after_relative`'s appositions."""

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
    clause = _clause_after(z, hi, limit)
    if clause is None:
        return None
    text = z.text
    hi = clause[0]
    ws = z.words(*clause)
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


def _opens_name(word: str) -> bool:
    """``word`` (as written) can stand in a person's name: letters only, and a first
    name of the gazetteer (فضل، عبده، سكينة) or a word the lexicon knows as no ordinary
    word (أناغنوستيس، ديردي: :func:`helpers.text.lexical.looks_like_name`), an
    initial ال read as part of it (اليكسي، اليزابيت: يكسي is no word)."""

    if not word.isalpha():
        return False  # ب.و، 2015: initials and numbers name nobody across stories
    key = normalize(word)
    if key in _first_names() or key in _QW["name_particle"]:
        return True
    return looks_like_name(key[2:] if has_article(key) else key)


def _descriptor(word: str) -> bool:
    """``word`` is a definite descriptor before a name (الخبير، الاقتصادي، الأديب،
    البروفيسور), not a name written with an initial ال (اليكسي، اليزابيت): the word
    without its article attested at :data:`_DESCRIPTOR_ZIPF` or more, and no name."""

    key = normalize(word, alef=False)
    return has_article(key) and zipf(key[2:]) >= _DESCRIPTOR_ZIPF and not _opens_name(word)


def _construct_descriptor(z: _Zone, words: list[str]) -> bool:
    """``words`` (a phrase speaker's, as written) open with a description in construct
    before the name: an everyday noun with no article (رجل، نجم، صوت; Zipf at least
    :data:`_DESCRIPTOR_ZIPF`, no first name, no kinship or service noun of the
    ``kin`` list, no title) whose complement is a definite descriptor
    (:func:`_descriptor`: رجل القصر الرئاسي القوي بكري حسن صالح, the speaker بكري حسن
    صالح, session 24). No title may stand among the descriptors: in صديق الرئيس
    الراحل أحمد ... the name may be the complement's (the president's), so the phrase
    stays whole, as نجل الرئيس (kin) does."""
    if len(words) < 3 or not words[0].isalpha() or has_article(normalize(words[0])):
        return False
    key = normalize(words[0])
    if key in _QW["kin"] or _opens_name(words[0]) or zipf(key) < _DESCRIPTOR_ZIPF:
        return False
    if z.lex.title_key(words[0]) is not None or not _descriptor(words[1]):
        return False
    k = 1
    while k < len(words) and _descriptor(words[k]):
        if z.lex.title_key(words[k]) is not None:
            return False
        k += 1
    return True


def _lone_name(z: _Zone, toks: list[_Tok]) -> bool:
    """``toks``, the words after a role or descriptors in a phrase speaker, are one word
    that can be a name in apposition: no article, no proclitic (or one read on an
    unattested word, :func:`_unattested_split`), no stopword, phrase stop or title. The
    role rules already took it for the name (:func:`_name_index`: a definite noun takes
    no indefinite complement), so one rule splits every title + name alike: الجنرال
    فالس، الوزير بيكر as الجنرال باديش (session 17; the caller still refuses an
    everyday word and a common first name alone)."""
    if len(toks) != 1:
        return False
    t = toks[0]
    return (
        not _definite(t)
        and (not z.lex.clitics(t.surface) or _unattested_split(z, t))
        and t.norm not in _stop()
        and t.norm not in _PHRASE_STOP
        and z.lex.title_key(t.surface) is None
    )


def _role_apart(z: _Zone, who: dict[str, object]) -> dict[str, object]:
    """A speaker known by a phrase (no entity id) whose phrase keeps role words beside
    the name: the name alone as ``speaker``, the role words as ``_role`` (the
    ``speaker_role`` column) when it has none. Three ways a news sentence writes them:
    the role found by the role rules, then the name (حاكم منطقة العاصمة إيفانز كيديرو;
    one word after it too, :func:`_lone_name`: الجنرال فالس,
    role حاكم منطقة العاصمة: إيفانز كيديرو); definite descriptors, then the name
    (الخبير الاقتصادي فضل البوعينين: فضل البوعينين, role الخبير الاقتصادي; الأديب عبده
    جبير), after a description in construct too (:func:`_construct_descriptor`: رجل
    القصر الرئاسي القوي بكري حسن صالح, مسؤول الوحدة زكي أمير المحروس; session 24); the
    name, then a title (كورت بوك الرئيس التنفيذي للشركة: كورت بوك, role
    الرئيس التنفيذي للشركة: :meth:`_Words.title_key`). The name must read
    as one (:func:`helpers.quotes.names._name_run`: no article on its first word, no
    proclitic, no stopword; after a role or descriptors, two words or more are enough,
    since a definite noun takes no indefinite complement and the words are in
    apposition; before a title, its first word a name, :func:`_opens_name`: زكي أمير
    المحروس مسؤول stays whole), its last word no everyday word
    (:func:`helpers.quotes.wordkinds._everyday`, or a definite form at that Zipf or
    more: الرئيس الكيني قبيل الزيارة، الناطق ... شؤون الإرهاب stay whole), letters only (المواطنة
    ب.و stays whole), and not one common first name alone (النادل الأسمر سمير stays
    whole: سمير alone would count every story's سمير as one person). Anything else is returned
    unchanged; a split speaker is a new dict."""

    name = who.get("speaker")
    if who.get("speaker_id") is not None or who.get("_unknown") or not isinstance(name, str):
        return who
    words = name.split()
    role = str(who.get("_role") or "").split()

    def apart(name_words: list[str], role_words: list[str], loose: bool) -> dict | None:
        if not name_words or not all(w.isalpha() for w in name_words):
            return None  # ب.و: initials name nobody across stories
        toks = [_Tok(0, 0, w, *(z.lex.verbs.get(w) or z.lex._verb(w))) for w in name_words]
        last = toks[-1]
        if (
            not (_name_run(z, toks, loose) or (loose and _lone_name(z, toks)))
            or _everyday(z, last)
            or (_definite(last) and zipf(last.norm) >= _EVERYDAY_ZIPF)
        ):
            return None  # قبيل الزيارة، شؤون الإرهاب، سعيد بومدوحة مساعد: no name's end
        if len(name_words) == 1 and normalize(name_words[0]) in _first_names():
            return None
        out = {**who, "speaker": " ".join(name_words)}
        if not role:
            out["_role"] = " ".join(role_words)
        return out

    if role:
        key = [normalize(w) for w in role]
        if len(words) > len(role) and [normalize(w) for w in words[: len(role)]] == key:
            return apart(words[len(role) :], role, True) or who
        return who
    k = 1 if _construct_descriptor(z, words) else 0
    while k < len(words) and _descriptor(words[k]):
        k += 1
    if 0 < k < len(words):
        return apart(words[k:], words[:k], True) or who
    if k == 0 and len(words) >= 3 and _opens_name(words[0]):
        for i in range(2, len(words)):
            if z.lex.title_key(words[i]) is not None:
                return apart(words[:i], words[i:], False) or who
    return who
