"""The quotes of one zone: reporting context, speaker or carried speaker of each span
(steps 3 and 4 of :mod:`helpers.quotes`)."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import pairwise

from helpers.quotes.columns import _NO_SUBJECT, _STATEMENT, _UNKNOWN
from helpers.quotes.lexicon import _stop
from helpers.quotes.names import _alias_holder, _in_full, _other_gender
from helpers.quotes.phrase import _phrase
from helpers.quotes.roles import _holders, _resolve
from helpers.quotes.spans import _SENT_END, _clause_start, _paragraphs
from helpers.quotes.speaker import (
    _clause_subject,
    _deemed,
    _fronted_subject,
    _names_someone,
    _sentence_subject,
    _speaker,
    _subject_at,
)
from helpers.quotes.speech import _is_name, _listed_after
from helpers.quotes.wordkinds import _participle, _verb_gender
from helpers.quotes.words import (
    _AFTER_QUOTE_MARKERS,
    _AN,
    _AN_FORMS,
    _AS_SAID,
    _ILA,
    _ILA_FORMS,
    _PHRASE_STOP,
    _QAWL,
    _QW,
    _SOURCE_PREPOSITIONS,
    _STATEMENT_NOUNS,
)
from helpers.quotes.zone import _definite, _Mentions, _Zone


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
        fronted = _fronted_subject(z, i)
        ph = (w.end, w.end) if fronted else _phrase(z, _subject_at(z, i), n_text)
        if ph is not None and not in_quote(ph[0]):
            who = fronted or _speaker(z, ph, ments, n_text)
            if _deemed(z, w, ph, who):
                continue  # وصف الاتفاق بأنه: the object is no speaker
            who, _ = _resolve(who, holders_before(w.start))
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
                at = z.starts.index(verb_tok.start)
                fronted = _fronted_subject(z, at)
                ph = None if fronted else _phrase(z, _subject_at(z, at), sp.open)
                if fronted:
                    who, subjectless = fronted, False  # كيري يحذّر إسرائيل: «...»
                if ph is not None:
                    who = _speaker(z, ph, ments, sp.open)
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
