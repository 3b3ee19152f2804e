"""The quotes of one zone: reporting context, speaker or carried speaker of each span
(steps 3 and 4 of :mod:`helpers.quotes`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import pairwise

from helpers.quotes.columns import (
    _FIRST_NAME,
    _GAZETTEER_PERSON,
    _NO_SUBJECT,
    _NOT_A_SPEAKER,
    _STATEMENT,
    _UNKNOWN,
    _UNNAMED_ROLE,
)
from helpers.quotes.lexicon import _stop
from helpers.quotes.names import (
    _alias_holder,
    _gender,
    _in_full,
    _other_gender,
    _story_gender,
)
from helpers.quotes.phrase import _phrase
from helpers.quotes.roles import _holders, _resolve, _role_apart
from helpers.quotes.spans import _SENT_END, _clause_start, _paragraphs
from helpers.quotes.speaker import (
    _clause_subject,
    _deem_subject,
    _deemed,
    _fronted_subject,
    _header_label,
    _names_someone,
    _sentence_subject,
    _speaker,
    _subject_at,
    _subject_title,
    _titled_owner,
)
from helpers.quotes.speech import _is_name, _listed_after, _named_elsewhere, _wordless
from helpers.quotes.wordkinds import _clause_verb, _manner, _participle, _verb_gender
from helpers.quotes.words import (
    _AFTER_QUOTE_MARKERS,
    _AN,
    _AN_FORMS,
    _AS_SAID,
    _HEADING_WORDS,
    _ILA,
    _ILA_FORMS,
    _PHRASE_STOP,
    _PLURAL_VERBS,
    _QAWL,
    _QW,
    _SOURCE_PREPOSITIONS,
    _STATEMENT_NOUNS,
    REPORTING_WORDS,
)
from helpers.quotes.zone import _definite, _Mentions, _Tok, _Zone
from helpers.text import has_article
from helpers.text.normalize import normalize

#: What ends a sentence or introduces speech: a line holding none of them, and short, is
#: a heading (:func:`_section_speaker`).
_HEADING_END = re.compile("[.!?؟:]")

#: What a continuation verb follows when it opens its clause (:func:`_continuation`).
_OPENS_AFTER = (".", "!", "?", "؟", ":", "\n", "،", ",", "؛", ";")

#: Entity ids of people (a gazetteer person, a person of the entity rules): the only
#: speakers :func:`_section_speaker` carries beyond the window.
_PERSON_IDS = (_GAZETTEER_PERSON, "rule:PERSON:")


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
    is_name = _named_elsewhere(z, spans, is_name)  # «الفرقة 30» once a name, always one
    z.names = [(sp.open, sp.close) for sp, name in zip(spans, is_name, strict=True) if name]
    # «» and «...» are no quotation (_wordless), nor a name
    speech = [
        sp for sp, name in zip(spans, is_name, strict=True) if not name and not _wordless(z, sp)
    ]
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
        fronted = _fronted_subject(z, i)
        ph = (w.end, w.end) if fronted else _phrase(z, _subject_at(z, i), n_text)
        if not fronted:
            ph = _deem_subject(z, w, ph)  # وصفته الصحافة بـ"الحكيم": the subject only
        if ph is not None and not in_quote(ph[0]):
            who = fronted or _speaker(z, ph, ments, n_text)
            if _deemed(z, w, ph, who):
                continue  # وصف الاتفاق بأنه: the object is no speaker
            issuer = _statement_issuer(z, who, ev_pos, ev_data, w.start)
            who, _ = (issuer, "carried") if issuer else _resolve(who, holders_before(w.start))
            who = _in_full(z, _alias_holder(z, who), w.start)
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
        verb_tok = _outer_verb(
            z, words, next((w for w in reversed(words) if w.verb is not None), None), sp.open
        )
        colon = text[clause_lo : sp.open].rstrip().endswith(":")
        verb: _Tok | None = None  # the reporting word (its surface and dictionary form)
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
            verb = verb_tok
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
                at = z.index_at(verb_tok.start)
                fronted = _fronted_subject(z, at)
                ph = None if fronted else _phrase(z, _subject_at(z, at), sp.open)
                ph = _deem_subject(z, verb_tok, ph)
                if fronted:
                    who, subjectless = fronted, False  # كيري يحذّر إسرائيل: «...»
                if ph is not None:
                    who = _speaker(z, ph, ments, sp.open, gender=gender)
                    subjectless = False
                    if _deemed(z, verb_tok, ph, who):
                        # تعتبر الاتفاق «خطأ تاريخيا»: the phrase is the object; the
                        # subject before the verb, else the last speaker, speaks
                        who = _clause_subject(z, clause_lo, verb_tok.start, gender)
                    head = z.words(*ph)[0]
                    if who is not None and who.get("_reason") == _STATEMENT and not _definite(head):
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
            verb = first if rep is not None else None
            anchor = first
            if as_said:  # «...» على حد قوله: the speaker last named
                verb = after[2] if after[2].verb else None
            elif rep is None and len(after) > 1 and after[1].verb is not None:
                anchor = verb = after[1]
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
                    if ph is not None and _titled_owner(z, ph):
                        # وجاء في بيان رئيس إقليم كردستان مسعود برزاني «...»: the role's
                        # holder, when the phrase names one (session 23)
                        owner = _speaker(z, ph, ments, sp.open)
                        bare = owner.get("_unknown") or owner.get("_bare")
                        if owner.get("speaker") and not bare:
                            who = owner
                            break
        # headline style, a name and a colon: لافروف: «...»
        headline = colon and 0 < len(words) <= 4
        headline = headline and not any(w.norm in _PHRASE_STOP for w in words)
        # ... but a clause that starts with a conjunction is no name (وواصل: «...»)
        headline = headline and z.conj(words[0]) == words[0].norm
        # ... and a name is one run of words: سألتها، فردت: «...» is two clauses
        headline = headline and not any(z.text[a.end : b.start].strip() for a, b in pairwise(words))
        # ... and a participle of manner is none (، مستنكرة: «...»; مفكرة: a rubric)
        headline = headline and not (len(words) == 1 and _manner(z, words[0]))
        if who is None and verb_tok is None and headline:
            if _header_label(z, words):
                # الموضوع: «أخبار خراسان» (a mail's header): a label names nobody
                who = dict(_UNKNOWN, _reason=_NOT_A_SPEAKER)
            else:
                who = _speaker(z, (words[0].start, words[-1].end), ments)
        if who is None and (verb is not None or colon) and not relayed:
            # the subject before the verb (فابيوس ... يقول: «...»، دان الجبير ...، وقال:)
            # or, with the verb after the quote (مشددا), anywhere in the clause
            who = _clause_subject(
                z, clause_lo, verb_tok.start if verb_tok else sp.open, gender=gender
            )
        if who is not None and (issuer := _statement_issuer(z, who, ev_pos, ev_data, clause_lo)):
            # وقالت الوزارة في بيان ... وأضاف البيان: «...»: the statement's issuer
            who, attribution = issuer, "carried"
        elif who is not None:
            who, attribution = _resolve(who, holders_before(sp.open))
            who = _in_full(z, _alias_holder(z, who), sp.open)
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
            if (
                k >= 0
                and cur - ev_data[k][0] <= carry_paragraphs
                and subjectless
                and not relayed
                and (
                    _plural_after_one(z, ev_data[k][1], verb_tok)
                    or (
                        _continuation(z, verb_tok)
                        and _no_continuation(
                            z, ev_data[k][1], ev_pos[k], clause_lo, verb_tok, in_quote
                        )
                    )
                )
            ):
                # وأضافت after a man, وأضافوا after one person, وتابع after انتقد
                # نتنياهو: the verb goes on from somebody other than the last speaker
                who, attribution = dict(_UNKNOWN, _reason=_NO_SUBJECT), "unknown"
            elif k >= 0 and cur - ev_data[k][0] <= carry_paragraphs:
                who, attribution = dict(ev_data[k][1]), "carried"
                if who.get("_unknown"):
                    attribution = "unknown"  # the last subject was nobody nameable
            elif (
                subjectless
                and (before := _sentence_subject(z, first_lo, clause_lo, gender)) is not None
                and not _plural_after_one(z, before, verb_tok)
                and not (
                    before.get("_titled")
                    and k >= 0
                    and _continuation(z, verb_tok)
                    and _person_speaker(z, ev_data[k][1], gender)
                )
            ):
                # وعبر كيري عن أمله ... وقال: «...»: nobody spoke before, but a sentence
                # opened by a verb and its subject did: that person goes on speaking; a
                # verb that goes on (وأضاف) from a titled subject with a person who spoke
                # further back is either's (واستقبل الرئيس باراك أوباما ... وأضاف after
                # كيري); a body or a phrase further back is carried within the window
                # only (_section_speaker), so the subject speaks (session 16)
                who = {key: val for key, val in before.items() if key != "_titled"}
                attribution = "carried"
            elif (
                subjectless
                and not relayed
                and _continuation(z, verb_tok)
                and (far := _section_speaker(z, ev_pos, ev_data, k, clause_lo, gender, in_quote))
                is not None
                and not _plural_after_one(z, far, verb_tok)
            ):
                # وقال جون كيري ... (paragraphs with nobody new) ... وأضاف: «...»: the last
                # speaker of the story's section goes on speaking
                who, attribution = dict(far), "carried"
                if who.get("_unknown"):
                    attribution = "unknown"
            else:
                who, attribution = dict(_UNKNOWN, _reason=_NO_SUBJECT), "unknown"
            if gender == "f" and (
                (attribution == "unknown" and who.get("_reason") in (_NO_SUBJECT, _UNNAMED_ROLE))
                or (_she_before(z, verb_tok) and _gender(who) != "f" and not _story_gender(z, who))
            ):
                # زوجها بيل كلينتون ... فهي تقول «...»: a feminine verb whom no speaker
                # agrees with, or whose subject is هي, goes on from the woman the zone
                # named last (session 23)
                woman = _woman_before(z, first_lo, clause_lo, in_quote)
                if woman is not None:
                    who, attribution = woman, "carried"
        if attribution != "unknown" or who.get("_unknown"):
            k = bisect.bisect_left(ev_pos, sp.open)
            ev_pos.insert(k, sp.open)
            ev_data.insert(k, (para_index(sp.open), who))
        if attribution == "named":
            add_holder(sp.open, who)
        prev_close[sp.paragraph] = sp.close
        who = _role_apart(z, who)  # الخبير الاقتصادي فضل البوعينين: the name, its role
        rows.append(
            {
                "story_id": story_id,
                "zone": zone,
                "start": sp.start,
                "end": sp.end,
                "text": text[sp.start : sp.end],
                "speaker_id": who["speaker_id"],
                "speaker": who["speaker"],
                "verb": verb.surface if verb else "",
                "verb_lemma": verb.verb if verb else "",
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


#: The feminine pronoun of the third person as a subject before its verb (فهي تقول).
_SHE = frozenset({"هي", "وهي", "فهي"})


def _she_before(z: _Zone, verb: _Tok | None) -> bool:
    """The word right before the reporting word ``verb`` (spaces only between) is the
    pronoun هي, with و or ف or alone: its subject (فهي تقول «...»)."""
    if verb is None:
        return False
    k = bisect.bisect_left(z.ends, verb.start + 1) - 1
    if k < 0 or z.text[z.ends[k] : verb.start].strip():
        return False
    return z.tok(k).norm in _SHE


def _woman_before(
    z: _Zone, lo: int, hi: int, in_quote: Callable[[int], bool]
) -> dict[str, object] | None:
    """The last PERSON mentioned in ``[lo, hi)`` outside quote marks who is a woman by
    her first name or by the story (:func:`helpers.quotes.names._gender`,
    :func:`helpers.quotes.names._story_gender`: وتحدثت هيلاري كلينتون, زوجته كيم),
    as a speaker; None if none. The speaker of a feminine reporting word that no
    earlier speaker agrees with (a wife quoted after her husband is named)."""
    found = None
    for start, _e, typ, eid, canon in z.ments.within(z.key, lo, hi):
        if typ != "PERSON" or in_quote(start):
            continue
        who = {"speaker_id": eid, "speaker": canon, "_title": None}
        if (_gender(who) or _story_gender(z, who)) == "f":
            found = who
    return found


def _continuation(z: _Zone, verb: _Tok | None) -> bool:
    """The reporting word ``verb`` goes on from what was said before: a finite verb (no
    participle) written with the conjunction و or ف (وأضاف، وتابع، وأوضح، فقال: the
    word without it a reporting word, so وصفها, whose و is the verb's own, is not),
    opening its clause (only a sentence end, a line break, a colon or a comma before it:
    وأما سياسته ... فأشارت has its subject before the verb), whose
    next word, spaces only between, is no subject the phrase rules left unnamed: no
    definite word, no demonstrative (``demonstrative`` of ``quote_words.tsv``: وأكدت هذه
    الاتهامات). A preposition (وقال لمجلس، وقال في بيان) or punctuation may follow."""
    if verb is None or _participle(verb.norm) or z.conj(verb) == verb.norm:
        return False
    if z.conj(verb) not in REPORTING_WORDS:
        return False  # وصفها: a verb whose first letter is و, no conjunction before it
    opens = max(z.text.rfind(ch, 0, verb.start) for ch in _OPENS_AFTER)
    if z.text[opens + 1 : verb.start].strip():
        return False  # وأما سياسته ... فأشارت: a subject before the verb in its clause
    nxt = z.next_word(verb.end)
    if nxt is None or z.text[verb.end : nxt.start].strip():
        return True
    return not _definite(nxt) and nxt.norm not in _QW["demonstrative"]


def _outer_verb(z: _Zone, words: list[_Tok], verb: _Tok | None, hi: int) -> _Tok | None:
    """The reporting word of a clause whose last reporting word is ``verb`` (its words
    ``words``, the quote opening at ``hi``): ``verb`` itself, unless it is a finite verb
    with no conjunction (رأى، شاهد; not وأضاف, a participle nor قوله) standing right after the
    subject phrase of an earlier finite reporting word, spaces only between (وقال شاهد
    عيان رأى الحادث من بعيد: «...»): a past verb inside the speaker phrase opens the
    clause that describes the subject, no new reporting verb; the earlier word reports
    and the phrase (:func:`helpers.quotes.phrase._phrase`, which ends before a reporting
    word) is its subject; after a relay verb (نقل عن) the phrase is its source, not its
    subject, and ``verb`` stays. Hostile tester, session 14."""
    if verb is None or _participle(verb.norm) or verb.norm in _QAWL or z.conj(verb) != verb.norm:
        return verb  # ونقل عنه قوله: the verbal noun of a relay is its own rule
    earlier = next((w for w in reversed(words) if w.verb is not None and w.end <= verb.start), None)
    if earlier is None or _participle(earlier.norm) or z.lex.relay(earlier.surface, earlier.norm):
        return verb
    ph = _phrase(z, _subject_at(z, z.index_at(earlier.start)), hi)
    if ph is None or ph[1] > verb.start or z.text[ph[1] : verb.start].strip():
        return verb
    return earlier


def _plural_after_one(z: _Zone, who: dict[str, object], verb: _Tok | None) -> bool:
    """The reporting word ``verb`` is dual or plural (وأضافا، وقالتا، وأضافوا، ويقولون:
    :data:`_PLURAL_VERBS`) and ``who``, the speaker it would carry, one person: a PERSON
    entity, or a first name alone (``unknown`` with reason ``first_name``, its name the
    role). A plural or dual verb never goes on from one named person, wherever it stands:
    after a new sentence (وقالتا), after the quote in the same sentence («...» وأضافا),
    or after a sentence opened by that person. Hostile tester, session 14."""
    if verb is None or z.conj(verb) not in _PLURAL_VERBS:
        return False
    own = str(who.get("speaker_id") or "")
    return own.startswith(_PERSON_IDS) or who.get("_reason") == _FIRST_NAME


def _no_continuation(
    z: _Zone, who: dict[str, object], lo: int, hi: int, verb: _Tok, in_quote: Callable[[int], bool]
) -> bool:
    """Whether a continuation verb (:func:`_continuation`) at ``verb`` cannot go on from
    ``who``, the last speaker (its quote opening at ``lo``; the verb's clause at ``hi``):
    the verb is dual or plural (وأضافوا، ويقولون، وأضافا، وقالتا, :data:`_PLURAL_VERBS`)
    and ``who`` one named person; the verb is of the
    other gender (:func:`helpers.quotes.names._other_gender`: وأضافت after «قال باراك
    أوباما»); or a clause between opens with a verb whose subject, after nothing but its
    own title (:func:`_subject_title`), is a PERSON mention outside quote marks, other
    than ``who`` and not of the other gender than the verb (انتقد رئيس الوزراء الإسرائيلي
    بنيامين نتنياهو الاتفاق. وتابع: the new subject goes on). Two hostile testers'
    stories (session 13)."""
    own = str(who.get("speaker_id") or "")
    person = own.startswith(_PERSON_IDS)
    if person and z.conj(verb) in _PLURAL_VERBS:
        return True  # وأضافوا، وأضافا، وقالتا after one person
    gender = _verb_gender(z.conj(verb))
    if person and gender and _other_gender(z, who, gender):
        return True
    text = z.text
    for start, _end, typ, eid, canon in z.ments.within(z.key, lo, hi):
        if typ != "PERSON" or eid == own or in_quote(start):
            continue
        if gender and _other_gender(z, {"speaker": canon, "speaker_id": eid}, gender):
            continue  # وأضافت skips the men named since (the carry window's own rule)
        opens = max(text.rfind(ch, lo, start) for ch in _OPENS_AFTER)
        # the clause's words by index, made only as read (a clause with no mark before
        # it reaches back to the zone's start: session 15's long paragraphs)
        span = z._range(opens + 1, start)
        if not span:
            continue  # وخالد الفالح: the clause opens with the name itself
        i = span.start
        # كما انتقد، ثم هاجم، وقد أكد: particles before the clause's verb
        while i < span.stop - 1 and z.conj(z.tok(i)) in _stop():
            i += 1
        first = z.conj(z.tok(i))
        # a past verb of a feminine subject (وردت) by its masculine form (رد); a
        # particle the lexicon also reads as a verb (لكن) is none
        verb_first = _clause_verb(first) or (first.endswith("ت") and _clause_verb(first[:-1]))
        if (
            verb_first
            and first not in _stop()
            and _subject_title(z, map(z.tok, span[i - span.start + 1 :]))
        ):
            return True
    return False


def _person_speaker(z: _Zone, who: dict[str, object], gender: str) -> bool:
    """``who`` is a person by its entity id (``_PERSON_IDS``), not of the other
    ``gender`` (:func:`helpers.quotes.names._other_gender`): a speaker
    :func:`_section_speaker` may carry beyond the carry window."""
    own = str(who.get("speaker_id") or "")
    return own.startswith(_PERSON_IDS) and not _other_gender(z, who, gender)


def _section_speaker(
    z: _Zone,
    ev_pos: list[int],
    ev_data: list[tuple[int, dict[str, object]]],
    k: int,
    hi: int,
    gender: str,
    in_quote: Callable[[int], bool],
) -> dict[str, object] | None:
    """The speaker a continuation verb with no subject (:func:`_continuation`) takes when
    the last speaker of the zone is further back than the carry window: ``ev_data[k]``
    (the last speaker event before ``hi``, at ``ev_pos[k]``) when nothing between marks
    a new speaker or a new section of the story: no PERSON mention outside quote marks
    other than the speaker's own (by entity id), the speaker not of the other ``gender``
    (:func:`helpers.quotes.names._other_gender`), and no heading line between (a
    non-empty line of at most :data:`_HEADING_WORDS` words with no ``. ! ? ؟ :``).
    None otherwise (``k`` < 0: nobody spoke before). The news-writing convention that a
    reporting verb with no subject continues the last named source is Pouliquen,
    Steinberger and Best (2007)'s "anaphoric" attribution, bounded here by the section.
    """
    if k < 0:
        return None
    who = ev_data[k][1]
    own = str(who.get("speaker_id") or "")
    if not _person_speaker(z, who, gender):
        return None  # a phrase, a body or a place is carried within the window only
    lo = ev_pos[k]
    for start, _end, typ, eid, _canon in z.ments.within(z.key, lo, hi):
        if typ == "PERSON" and eid != own and not in_quote(start):
            return None  # somebody new is named between: never carried across
    text = z.text
    words = z.words(lo, hi)
    for p, a, b in zip(words, words[1:], words[2:], strict=False):
        # a sentence or line opened by a verb whose subject is a title: وانتقل حاكم
        # لويزيانا ... (a new person the entity rules may not have named)
        gap = text[p.end : a.start]
        opens = "\n" in gap or _HEADING_END.search(gap) is not None
        if opens and z.lex.title_key(b.surface) is not None and _clause_verb(z.conj(a)):
            return None
    first = text.find("\n", lo)
    if first != -1 and first < hi:
        for line in text[first:hi].split("\n")[1:-1]:
            words = line.split()
            if words and len(words) <= _HEADING_WORDS and not _HEADING_END.search(line):
                return None  # a heading opens a new section
    return who


def _statement_issuer(
    z: _Zone,
    who: dict[str, object] | None,
    ev_pos: list[int],
    ev_data: list[tuple[int, dict[str, object]]],
    hi: int,
) -> dict[str, object] | None:
    """The issuer of a statement the story named before, for a subject that is the bare
    definite statement noun (``who`` unknown with reason ``statement`` and the one word
    البيان، التقرير in its role): the speaker named in the sentence of the noun's last
    indefinite use before ``hi`` (وقالت وزارة الداخلية التركية في بيان ... وأضاف البيان:
    the ministry; وجاء في بيان صادر عن وزارة التعليم «...» ... ويضيف البيان: the
    ministry), the event nearest to it (``ev_pos``/``ev_data``: the zone's speakers so
    far) that names somebody. None when ``who`` is no such statement, no indefinite use
    comes before, or its sentence names nobody (a statement that is only the story's
    own word for an unnamed issuer stays ``unknown``/``statement``). A copy of the
    speaker, without its role."""
    if who is None or who.get("_reason") != _STATEMENT:
        return None
    role = str(who.get("_role") or "").split()
    if len(role) != 1:
        return None
    key = normalize(role[0])
    if not has_article(key) or key[2:] not in _STATEMENT_NOUNS:
        return None
    bare = key[2:]
    text = z.text
    use = z.last_before(bare, hi)
    if use is None:
        return None
    lo = max(text.rfind("\n", 0, use.start) + 1, 0)
    ends = [m.start() for m in _SENT_END.finditer(text, lo, use.start)]
    lo = ends[-1] + 1 if ends else lo
    stop = _SENT_END.search(text, use.end)
    nl = text.find("\n", use.end)
    up = min(x for x in (stop.start() if stop else len(text), nl if nl != -1 else len(text)))
    near = [
        (abs(p - use.start), d)
        for p, (_par, d) in zip(ev_pos, ev_data, strict=True)
        if lo <= p < up and not d.get("_unknown") and d.get("speaker")
    ]
    if not near:
        return None
    found = min(near, key=lambda x: x[0])[1]
    return {k: v for k, v in found.items() if k != "_role"}
