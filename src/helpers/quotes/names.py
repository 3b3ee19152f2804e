"""Whole names of speakers: a first name alone (its fuller name in the story, a
public name, the story's recurring name), a style's short form, a name written in
full past a cut mention, a kunya, and a speaker's gender by first name."""

from __future__ import annotations

import bisect

from helpers.ids import story_scoped
from helpers.quotes.columns import _FIRST_NAME, _UNKNOWN, phrase_id
from helpers.quotes.lexicon import (
    _first_name_alone,
    _first_name_gender,
    _first_name_key,
    _named_after_first,
    _stop,
    _title_words,
)
from helpers.quotes.spans import _SENT_END
from helpers.quotes.wordkinds import (
    _everyday,
    _glued_club,
    _name_like,
    _nisba_key,
    _numeric,
    _unattested_split,
)
from helpers.quotes.words import _HA_SUFFIXES, _LEAD_SKIP, _PHRASE_STOP, _QW, _TANWEEN_FATH
from helpers.quotes.zone import _WORD_KINDS, _definite, _Tok, _Zone
from helpers.text.agreement import clashes, kin_gender, subject_gender
from helpers.text.normalize import normalize
from helpers.text.tokenize import TOKEN_RE


def _in_full(z: _Zone, who: dict[str, object], pos: int | None = None) -> dict[str, object]:
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
    2b. else, ``pos`` given, the one speaker the zone named before ``pos`` by a phrase
       of two words or more with no entity (a name the entity rules did not find: كفاح
       محمود) whose last or first word is that first name (وتابع محمود ان «...» after
       أكد كفاح محمود): the rule :func:`helpers.entities.aliases.link_persons` links a
       surname mention by (a one-word name that ends a longer name of the story is its
       person), over the zone's phrase speakers (session 23);
    3. else the story's name for its speaker when it is the subject of
       :data:`_RECURRING` reporting words (:func:`_recurring_subject`: قالت نور ...
       شددت نور), with a ``speaker_id`` of this story only (``phrase:نور@<story_id>``);
    4. else nobody named: a first name alone names a different person in every story,
       so it is never a speaker of its own (``unknown_reason`` ``first_name``, the name
       as written, with its title, in ``speaker_role``).

    Other speakers are returned as they are; a speaker phrase of two words or more with
    no entity id is noted in ``z.phrase_names`` at ``pos`` for 2b."""
    name = who.get("speaker")
    if not name or who.get("_unknown") or who.get("_bare"):
        return who
    key = _first_name_alone(str(name))
    if not key:
        if pos is not None and not who.get("speaker_id"):
            words = normalize(str(name)).split()
            if len(words) > 1:
                z.phrase_names.append((pos, words, str(name)))
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
    if pos is not None:
        phrase = _phrase_named_before(z, normalize(str(name)).split(), pos)
        if phrase is not None:
            return dict(who, speaker_id=None, speaker=phrase)
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
        return dict(who, speaker_id=story_scoped(phrase_id(str(name)), sid))
    role = str(who.get("_role") or "")
    written = f"{role} {name}" if role and not role.endswith(str(name)) else str(name)
    return dict(_UNKNOWN, _reason=_FIRST_NAME, _role=written)


def _phrase_named_before(z: _Zone, norms: list[str], pos: int) -> str | None:
    """The one phrase of ``z.phrase_names`` noted before ``pos`` that is longer than the
    normalised words ``norms`` and ends or opens with them (كفاح محمود for محمود), as
    written; None if none or several different ones."""
    from helpers.entities.aliases import ends_name  # the surname rule of link_persons

    n = len(norms)
    found = {
        phrase
        for at, words, phrase in z.phrase_names
        if at < pos and len(words) > n and (ends_name(words, norms) or words[:n] == norms)
    }
    return found.pop() if len(found) == 1 else None


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
    for written, eid, canon in z.people_by_head.get(words[0], ()):
        if len(written) > n and written[:n] == words and not set(written) & set(canon.split()):
            return dict(who, speaker_id=eid, speaker=canon, _role=str(name))
    head = surfaces[0]
    if words[0] not in _QW["style"] and z.lex.title_key(head) is None:
        return who  # ولد الشيخ: only a style or title names whom it titles
    infos, n_words = z.infos, len(z.infos)
    for i in z.positions.get(words[0], ()):
        if i >= n_words - n or [info[0] for info in infos[i : i + n]] != words:
            continue
        for k in range(i + n, min(i + n + _STYLE_TAIL + 1, n_words)):
            got = z.ments.first_within(z.key, z.starts[k], z.ends[-1])
            if got and got[0] == z.starts[k] and got[2] == "PERSON":
                return dict(who, speaker_id=got[3], speaker=got[4], _role=str(name))
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
    if not target:
        return False
    n, infos = len(target), z.infos
    hits = 0
    for j in z.positions.get(target[0], ()):  # the name's first word right after a verb
        i = j - 1
        if i < 0 or infos[i][1] is None:
            continue
        if [info[0] for info in infos[j : j + n]] == target and not z.text[
            z.ends[i] : z.starts[j]
        ].strip():
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
    if not target:
        return False
    n, infos = len(target), z.infos
    for i in z.positions.get(target[0], ()):
        if [info[0] for info in infos[i : i + n]] != target:
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
    or an accusative adverb (ساخرًا). The same for a name of the entity rules (a
    ``rule:PERSON:`` id, one word or more: عامير of عامير أورين، مايكل of مايكل بي
    أورين، بيجن نامدار of بيجن نامدار زنكنه, session 20), whose run
    holds no everyday word (:func:`_everyday`) but a letter's name (``initial``: بي),
    no title, no player's noun (روني لاعب الفريق stays روني) and no definite word but
    a nisba or a name (فانينج الملقب stays فانينج), and ends with no initial. None
    when the mention is neither or nothing follows it."""
    start, end = hit[4], hit[3]
    alone = bool(_first_name_alone(hit[1]))
    # a name of the entity rules, one word (عامير of عامير أورين) or more (بيجن نامدار of
    # بيجن نامدار زنكنه: the rules stopped before a surname they do not know; session 20)
    single = not alone and hit[0].startswith("rule:PERSON:")
    if not alone and not single:
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
        if single and (
            z.lex.title_key(w.surface) is not None
            or z.lex.base(w.surface) in _QW["player"]
            or (_everyday(z, w) and w.norm not in _QW["initial"])
            or (definite and not _nisba_key(w.norm) and not _name_like(z, w))
        ):
            # روني لاعب الفريق، فانينج الملقب بالبرق: no more of the name (a family
            # name with the article is a nisba, الزهراني، or a name)
            break
        run.append(w)
        prev_end = w.end
        if definite:
            break  # a family name with the article ends the name: علي الأحمدي
    while single and run and run[-1].norm in _QW["initial"]:
        run.pop()  # مايكل بي: a letter's name opens a name, it ends none
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


def _name_run(z: _Zone, run: list[_Tok], loose: bool) -> bool:
    """``run`` (2 to 4 words, or 1 when it is a first name or name-like) reads as a
    person's name: its first word without article or proclitic (a proclitic the analyser
    reads on an unattested word, :func:`_unattested_split`, is the name's letter: الجنرال
    باديش; session 16), no stopword, and a word
    of it name-like (:func:`_name_like`); with ``loose``, two or more words without
    the article are enough (عبيد مسلم after an organisation: a definite noun takes no
    indefinite complement, so the words are in apposition, a name)."""
    if not run or len(run) > 4 or _definite(run[0]):
        return False
    if z.lex.clitics(run[0].surface) and not _unattested_split(z, run[0]):
        return False  # بالوزارة، لندن: a proclitic's noun (but باديش, كبراوي: names)
    if any(w.norm in _stop() or w.norm in _PHRASE_STOP for w in run):
        return False
    if any(_name_like(z, w) for w in run):
        return True
    return loose and len(run) >= 2 and not any(_definite(w) for w in run[:1])


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


def _story_gender(z: _Zone, who: dict[str, object]) -> str:
    """The speaker's gender as the story tells it, for a name whose first name tells
    none (:func:`_gender`: بيل، هيلاري are not listed): the word right before its
    mentions in the zone, a kinship noun with a pronoun in apposition
    (:func:`helpers.text.agreement.kin_gender`: زوجها بيل كلينتون is a man, زوجته
    هيلاري a woman) or a reporting word whose subject the mention is
    (:func:`helpers.text.agreement.verb_gender`: وقالت هيلاري كلينتون is a woman) or a verb
    of speaking that reports nothing (:func:`helpers.text.agreement.subject_gender`:
    وتحدثت هيلاري كلينتون; session 23).
    ``"m"`` or ``"f"`` when the words before its mentions tell one gender only; ``""``
    for none, both, a speaker with no entity id, or no PERSON (an organisation after a
    verb is often its object: تعتبر حزب العمال «منظمة إرهابية»; session 22, gender22)."""
    eid = who.get("speaker_id")
    if not eid or who.get("_unknown"):
        return ""
    told = set()
    for start, _e, typ, m_eid, _c in z.ments.within(z.key, 0, len(z.text)):
        if m_eid != eid or typ != "PERSON":
            continue
        k = bisect.bisect_left(z.ends, start + 1) - 1  # the word ending before the mention
        if k < 0 or z.text[z.ends[k] : start].strip():
            continue
        w = z.tok(k)
        g = kin_gender(w.norm) or subject_gender(w.norm)
        if g:
            told.add(g)
    return told.pop() if len(told) == 1 else ""


def _other_gender(z: _Zone, who: dict[str, object], verb_gender: str) -> bool:
    """The speaker ``who`` cannot be the subject of a reporting word of ``verb_gender``
    (:func:`_verb_gender`): قالت skips the men, قال the women, by the first name
    (:func:`_gender`) or, when it tells none, by the story (:func:`_story_gender`:
    زوجها بيل كلينتون ... فهي تقول skips Bill), unless its mention lost its first name
    (:func:`_lost_first_name`). The gender rule is
    :func:`helpers.text.agreement.clashes`, the entity layer's too."""
    if not verb_gender:
        return False
    if not clashes(_gender(who) or _story_gender(z, who), verb_gender):
        return False
    return not _lost_first_name(z, who)
