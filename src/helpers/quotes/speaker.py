"""Who a speaker phrase names (:func:`_speaker`): entity, phrase, role, statement or
nobody; and the subject of a clause or sentence whose verb has none after it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import pairwise

from helpers.charsets import TATWEEL, TEH_MARBUTA
from helpers.ids import story_scoped
from helpers.quotes.columns import (
    _NO_SUBJECT,
    _NOT_A_SPEAKER,
    _STATEMENT,
    _UNKNOWN,
    _UNNAMED_SOURCE,
    phrase_id,
)
from helpers.quotes.lexicon import _first_names, _stop
from helpers.quotes.names import (
    _first_then_everyday,
    _gender,
    _kunya,
    _other_gender,
    _ran_on,
    _written_in_full,
)
from helpers.quotes.phrase import _phrase, _platform
from helpers.quotes.religious import _god_named, _honorific, _narrated
from helpers.quotes.roles import (
    _add_role,
    _after_relative,
    _is_role,
    _name_before_role,
    _name_beside_org,
    _name_index,
    _named_or_bare,
    _org_possessor,
    _possessor,
    _titled_org_name,
)
from helpers.quotes.spans import _OPEN_CLOSE, _SENT_END, _clause_start
from helpers.quotes.wordkinds import (
    _clause_verb,
    _everyday,
    _function_word,
    _initials,
    _name_like,
    _nisba_key,
    _numeric,
    _someones,
    _suffixed,
)
from helpers.quotes.words import (
    _COMPLEMENTISERS,
    _CONDUCT,
    _DOCUMENTS,
    _EVERYDAY_ZIPF,
    _ISSUED,
    _ORG_NOUNS,
    _PHRASE_STOP,
    _PRONOUN_SUFFIXES,
    _QW,
    _ROLE_GAP,
    _SOURCE_PREPOSITIONS,
    _SOURCES,
    _STATEMENT_NOUNS,
    REPORTING_WORDS,
)
from helpers.quotes.zone import _MAX_MENTION, _definite, _Mentions, _Tok, _without_marks, _Zone
from helpers.text.lexical import looks_like_name
from helpers.text.normalize import normalize


def _clause_subject(z: _Zone, lo: int, hi: int, gender: str = "") -> dict[str, object] | None:
    """The subject of a clause whose verb has none after it: the first person mentioned
    in ``[lo, hi)`` that no preposition governs (دان وزير الخارجية عادل الجبير ...، وقال:
    but not في مجلس الشيوخ), else an organisation that opens the clause at most
    :data:`_ROLE_GAP` words before the verb. With ``gender``, the verb's
    (:func:`_verb_gender`), a person of the other gender is no subject
    (:func:`_other_gender`: التقت محمد ... وقالت; استقبل هدى ... وقال). Last, a
    relative's noun (``kin`` of ``quote_words.tsv``, definite, no title: الأم، الوالد) right after
    the clause's first word, a verb (:func:`~helpers.quotes.wordkinds._clause_verb`): the
    noun as written (وتروي الأم تفاصيل الواقعة، وتقول «...»)."""
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
            if _body_possessor(z, before, start):
                continue  # حمّلت المنظمة حكومة نتانياهو: the person owns the object
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
    # a relative named by a noun right after the clause's first verb: وتروي الأم تفاصيل
    # الواقعة، وتقول «...» (the mother, not the lawyer quoted before her)
    if (
        len(words) > 1
        and not z.text[words[0].end : words[1].start].strip()
        and _definite(words[1])
        and z.lex.base(words[1].surface) in _QW["kin"]
        and z.lex.title_key(words[1].surface) is None  # يصف المستشار: a role is carried
        and _clause_verb(z.conj(words[0]))
    ):
        # another story's الأم is another mother: an id of this story only
        kin = words[1].surface
        kin_id = story_scoped(phrase_id(kin), z.key[0])
        return {"speaker_id": kin_id, "speaker": kin, "_title": None}
    return None


def _body_possessor(z: _Zone, before: list[_Tok], start: int) -> bool:
    """The mention starting at ``start`` is the possessor of a body noun in construct
    right before it (``organisation`` of quote_words.tsv, no article, spaces only
    between: حكومة نتانياهو، إدارة أوباما، قوات حفتر): the clause speaks of the body the
    person heads, so the person is no subject of its verb (حمّلت منظمة التحرير حكومة
    نتانياهو المسؤولية، معتبرة أن «...»: the organisation speaks; session 21).
    ``before``: the zone's words before the mention, the last one read."""
    if not before or z.text[before[-1].end : start].strip():
        return False
    b = before[-1]
    return not _definite(b) and not z.lex.clitics(b.surface) and z.lex.base(b.surface) in _ORG_NOUNS


#: "Son of", "daughter of" (بن، ابن، بنت): a name opening with one lacks its first name
#: (بن دليم), the story's fuller name holds it (:meth:`_Mentions.person_holding`).
_PATRONYMIC = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))

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
    (بيان المعارضة), not an adjective (رسالة مهمة) nor a platform (تغريدة تويتر)."""
    words = z.words(*span)
    if not words:
        return False
    if _platform(words[0]):
        return False  # تغريدة تويتر، منشور فيسبوك: the medium, not the issuer
    # the issuer opens the complement (بيان وزارة الداخلية); a verb between them names
    # the publisher, not the issuer (تصريح نشرته وكالة الأنباء)
    return z.ments.starts(z.key, words[0].start) or _definite(words[0])


def _titled_owner(z: _Zone, span: tuple[int, int]) -> bool:
    """A statement noun's complement opens with a title in construct, a role and more
    words (بيان رئيس إقليم كردستان مسعود برزاني، تصريح وزير الخارجية عادل الجبير): the
    role's holder owns the statement when the phrase names one (the caller checks).
    The title is indefinite (no article: a definite one is :func:`_names_someone`'s)
    and no nisba adjective (تصريح صحافي، تصريحات صحافية: an adjective of the noun,
    no owner). Session 23."""
    words = z.words(*span)
    if len(words) < 2 or z.lex.clitics(words[0].surface):
        return False
    key = z.lex.title_key(words[0].surface)
    return key is not None and not _nisba_key(key)


def _speaker(
    z: _Zone,
    span: tuple[int, int],
    mentions: _Mentions,
    limit: int | None = None,
    depth: int = 0,
    gender: str = "",
) -> dict[str, object]:
    """Who a speaker phrase names: entity, phrase, role or nobody. ``gender``: the
    reporting verb's whose subject the phrase is (``"m"``, ``"f"``, ``""`` unknown or
    none): a surname alone takes no full name of the other gender
    (:func:`_named_in_full_before`).

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
    if _narrated(z, words[-1].end):
        # قال ابن عمر رضي الله عنهما، قال رسول الله صلى الله عليه وسلم: a hadith's
        # narrator or the Prophet is no news speaker, as God is none (قال تعالى)
        return dict(_UNKNOWN, _reason=_NOT_A_SPEAKER)
    if _god_named(z, words):
        # يقول الله عز وجل، ويقول الحق سبحانه وتعالى: «...»: a verse of scripture the
        # writer cites, as after قال تعالى; God is counted among no news speakers
        return dict(_UNKNOWN, _reason=_NOT_A_SPEAKER)
    head = words[0]
    styled = _styles_before_title(z, words)
    if styled and depth < 3:
        # وقال سمو الأمير، صاحب السمو الملكي الأمير، فضيلة الشيخ، معالي الوزير: an
        # honorific style is no name; the phrase is the title's (alone: an unnamed role,
        # as الأمير or الوزير alone; session 17, a hostile tester's phrase speakers)
        return _speaker(z, (words[styled].start, hi), mentions, limit, depth + 1)
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
        if title is None and len(words) == 1 and _other_gender(z, who, gender):
            # وقالت هدى الحذيفي ... وقال الحذيفي: a surname alone the entity layer gave
            # a person of the other gender than the verb's is someone else of the family
            # (session 19: the gender rule of _named_in_full_before, one place)
            full = _named_in_full_before(z, head, lo, gender)
            written = full or _without_marks(z, lo, hi)
            return {"speaker_id": None, "speaker": written, "_title": None}
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
        titled = _titled_org_name(z, words, hit)
        if titled is not None:  # البروفيسور واس: a name that reads as the agency's
            return titled
        beside = _name_beside_org(z, words, hit, title)
        if beside is not None:
            return beside
    if hit is not None and hit[2] == "ORG" and not quoted and _players_role(z, words):
        # قائد مانشستر يونايتد: a player's noun in construct with a club is a person's
        # role; with no name it is the holder named before, else unknown (unnamed_role),
        # never the club and never an office speaking as its body
        who = _named_or_bare(z, words, (lo, hi), hi, limit, mentions, title)
        who.pop("_body", None)
        return who
    if hit is not None and hit[2] == "ORG" and not role:
        wider = _qualified(z, words, hit[3])
        if wider is not None:  # الاتحاد الدولي: not the الاتحاد of the gazetteer
            return {"speaker_id": None, "speaker": _without_marks(z, lo, wider), "_title": title}
        return {"speaker_id": hit[0], "speaker": hit[1], "_title": title}
    if quoted:  # أعلنت «إي إف جي هيرميس»: a quoted name is a name
        if len(words) <= 2:
            # وقال "الحسين" after محمد بن سليمان الحسين: a surname in quote marks is the
            # story's person, as it is without them
            found = mentions.person_ending(key[0], [w.norm for w in words])
            if found is not None:
                return {"speaker_id": found[0], "speaker": found[1], "_title": None}
        if len(words) == 1:
            # وقال "الحسين" after محمد بن سليمان الحسين, a name the entity rules cut
            # short (session 21): the full name the zone wrote, as without marks
            full = _named_in_full_before(z, head, lo, gender) or _quoted_name_ending(z, head, lo)
            if full is not None:
                return {"speaker_id": None, "speaker": full, "_title": None}
        return {"speaker_id": None, "speaker": _without_marks(z, lo, hi), "_title": None}
    if (
        len(head.norm) < 2
        or (
            title is None
            and (head.norm in _stop() or z.conj(head) in _stop() or head.norm in _QW["everyone"])
            and not _initials(z, head)  # بي كي باتنايك
            and _kunya(z, words[:3], "") is None  # وقالت أم محمد: أم "or" is a kunya here
        )
        or _honorific(z, head)
    ):
        # a title that is also a stopword heads a role (أمين العاصمة، أمين منطقة الرياض)
        return dict(_UNKNOWN, _reason=_NOT_A_SPEAKER)
    if base in _STATEMENT_NOUNS and hit is None:
        return _statement(z, words, mentions, hi, limit, depth)
    if base in _DOCUMENTS and hit is None and not quoted:
        # وقال النص، تقول الوثيقة، نص القرار: a text whose author the phrase does not
        # name is no speaker (session 17); مذكرة وزارة الخارجية (a mention) speaks
        return dict(_UNKNOWN, _reason=_STATEMENT, _role=_without_marks(z, lo, hi))
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
        if found is not None and _other_gender(
            z, {"speaker_id": found[0], "speaker": found[1]}, gender
        ):
            found = None  # وقال الحذيفي after هدى الحذيفي: not her (session 19)
        if found is not None:  # الجبير after عادل الجبير in the story
            return {"speaker_id": found[0], "speaker": found[1], "_title": None}
    if title is None and len(words) == 1:
        full = _named_in_full_before(z, head, lo, gender)
        if full is not None:  # وقال الحذيفي after وزير الداخلية عبده الحذيفي (no mention)
            return {"speaker_id": None, "speaker": full, "_title": None}
    if title is None and 2 <= len(words) <= 3 and head.norm in _PATRONYMIC:
        # وأوضح بن دليم after الدكتور محمد بن دليم القحطاني: a name opening with بن is
        # the rest of a name the story wrote in full, its person's
        found = mentions.person_holding(key[0], [w.norm for w in words])
        if found is not None:
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


#: At most this many first names and name particles before a surname (عبده الحذيفي،
#: محمد بن سليمان الحسين).
_FULL_NAME_WORDS = 4


def _named_in_full_before(z: _Zone, head: _Tok, lo: int, gender: str = "") -> str | None:
    """The full name, as written, of a one-word speaker phrase ``head`` (a surname
    alone: وقال الحذيفي) that the zone wrote before ``lo`` after first names and name
    particles (``name_particle`` of quote_words.tsv), with no entity mention for it
    (وزير الداخلية اليمني عبده الحذيفي, a name the entity rules missed); None when the
    zone writes none, or two different ones (two people of one family), or ``head`` is
    itself a first name or a stopword (session 18). A full name whose first name is of
    the other gender than the reporting verb's ``gender`` (:func:`_gender`: وقالت
    الحذيفي after عبده الحذيفي, a man) is none. A mention is found before this
    (:meth:`~helpers.quotes.zone._Mentions.person_ending`)."""
    first, particles = _first_names(), _QW["name_particle"]
    if head.norm in first or head.norm in _stop() or len(head.norm) < 3:
        return None
    text, found = z.text, set()
    prev: list[_Tok] = []
    for w in z.iwords(0, lo):
        if w.norm == head.norm and prev:
            run: list[_Tok] = []
            for p in reversed(prev):
                nxt = run[0] if run else w
                if len(run) == _FULL_NAME_WORDS or text[p.end : nxt.start].strip():
                    break
                if p.norm not in first and p.norm not in particles:
                    break
                run.insert(0, p)
            while run and run[0].norm not in first:
                run.pop(0)  # بن سليمان الحسين: a name opens with a first name
            if run and not z.lex.clitics(run[0].surface):
                name = " ".join(text[run[0].start : w.end].split())
                if not gender or _gender({"speaker": name}) in ("", gender):
                    found.add(name)
        prev = [*prev, w][-_FULL_NAME_WORDS:]
    return found.pop() if len(found) == 1 else None


def _quoted_name_ending(z: _Zone, head: _Tok, lo: int) -> str | None:
    """The name of two to :data:`_FULL_NAME_WORDS` words, written in quote marks before
    ``lo`` in the zone (a quoted name, :attr:`_Zone.names`), whose last word is the
    one-word speaker ``head`` (وأشار "لصور" after مدير عام مكتب الصحة "الخضر لصور"):
    that name as written, the surname's person (session 21). None when the zone quotes
    none, or two different ones, or the name opens with a title."""
    found = set()
    for a, b in z.names:
        if b > lo:
            break
        words = z.words(a, b)
        if not 2 <= len(words) <= _FULL_NAME_WORDS or words[-1].norm != head.norm:
            continue
        if z.lex.title_key(words[0].surface) is None:
            found.add(" ".join(z.text[words[0].start : words[-1].end].split()))
    return found.pop() if len(found) == 1 else None


def _header_label(z: _Zone, words: list[_Tok]) -> bool:
    """The words before a colon that introduce a quote with no reporting word are a
    label, not a speaker: one definite everyday word (:func:`_everyday`: الموضوع، العنوان،
    الملخص, as a mail or a form heads its fields) that is no mention, no title, no
    organisation noun (الوزارة: a body) and no noun of a person (``kin``, ``source``,
    ``person`` of quote_words.tsv: الأم، المواطن). Session 21: a speaker is a person,
    an organisation or a named role, never a bare common noun."""
    if len(words) != 1 or not _definite(words[0]) or z.in_name(words[0].start):
        return False
    w = words[0]
    base = z.lex.base(w.surface)
    if z.lex.title_key(w.surface) is not None or z.ments.overlaps(z.key, w.start, w.end):
        return False
    if base in _ORG_NOUNS or base in _QW["kin"] | _QW["source"] | _QW["person"]:
        return False
    return _everyday(z, w)


def _styles_before_title(z: _Zone, words: list[_Tok]) -> int:
    """The number of honorific-style words (``style`` in quote_words.tsv: سمو، معالي،
    فضيلة، صاحب، and after صاحب its definite style and الملكي: صاحب السمو الملكي) that
    open ``words`` right before a title (:meth:`lex.title_key`: الأمير، الوزير، الشيخ),
    or 0: a style before anything else (خادم الحرمين الشريفين, a name) is left to the
    other rules."""
    styles = _QW["style"]
    i = 0
    while i < len(words):
        n = words[i].norm
        if n in styles or (i > 0 and ((n.startswith("ال") and n[2:] in styles) or n == "الملكي")):
            i += 1
            continue
        break
    if 0 < i < len(words) and z.lex.title_key(words[i].surface) is not None:
        return i
    return 0


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


def _agrees(z: _Zone, noun: _Tok, w: _Tok) -> bool:
    """``w``, the one word after the indefinite statement noun ``noun``, is its adjective,
    no name: both end in ta marbuta (feminine agreement: مقولة شهيرة، حكمة مأثورة), and
    ``w`` is no first name, no word the lexicon takes for a name and no mention (مقولة
    فاطمة، تغريدة بيكر name someone)."""

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
        after = z.iwords(hi, limit if limit is not None else hi + 80)
        # التقرير الـ51 لمؤسسة النقد: the report's number is passed over
        nxt = next((w for w in after if not _numeric(w)), None)
        if nxt and nxt.norm in _SOURCE_PREPOSITIONS:
            span = _phrase(z, nxt.end, limit if limit is not None else len(z.text))
        elif nxt and z.lex.clitics(nxt.surface)[:1] == "ل":
            # تقرير لمؤسسة النقد، بيان لوزارة الخارجية: the issuer after لـ, a mention
            issuer = [m for m in mentions.within(z.key, nxt.start, nxt.end + _MAX_MENTION)]
            if issuer and nxt.start < issuer[0][0] < nxt.end and issuer[0][2] in ("ORG", "PERSON"):
                _s, _e, _t, eid, canon = issuer[0]
                return {"speaker_id": eid, "speaker": canon, "_title": None}
    if span is None:
        return nobody
    who = _speaker(z, span, mentions, limit, depth + 1)
    if who.get("_unknown") or not (who.get("speaker") or who.get("_bare")):
        return nobody
    return who


def _subject_at(z: _Zone, i: int) -> int:
    """Where the subject of the reporting word at word ``i`` starts: right after it, or
    after the عن of a relay verb (:data:`_RELAY`: نقلت الوكالة عن مصادر ميدانية أن: the
    sources speak, the agency relays), or after نقلا عن following it (أفادت الوكالة نقلا
    عن مصدر: :meth:`helpers.quotes.zone._Zone.quoting_source`)."""
    if z.lex.relay(z.surfaces[i], z.infos[i][0]):
        an = z.relay_source(i)
        if an is not None:
            return an
    an = z.quoting_source(i)  # أفادت الوكالة نقلا عن مصدر: the source (session 22)
    return z.ends[i] if an is None else an


def _subject_title(z: _Zone, between: Iterable[_Tok]) -> bool:
    """Whether the words ``between`` a clause's opening verb and a PERSON mention are the
    mention's own title, so the mention is the verb's subject: nothing (انتقد نتنياهو)
    or one title (``z.lex.title_key``) with its construct complement and nisba
    adjectives (انتقد رئيس الوزراء الإسرائيلي [بنيامين نتنياهو]), a preposition with a
    pronoun before it allowed (وردت عليه المرشحة [هيلاري كلينتون]). Not a second title
    (واستقبل الملك الرئيس الفرنسي [هولاند]: the first is the subject, the man the
    object), a name or surname (واستقبل الجبير السفير [جون سميث]), a preposition
    (وأشاد بجهود الأمير ...) or any other word, each of which makes the mention an
    object or a complement."""
    titles = 0
    prev: _Tok | None = None  # the word before ``w`` (read one by one: an iterator will do)
    for w in between:
        w_prev, prev = prev, w
        if w.norm in _PRONOUN_PREPOSITIONS and titles == 0:
            continue
        if z.lex.title_key(w.surface) is not None:
            titles += 1
            if titles > 1:
                return False
            continue
        if titles and (_definite(w) and (w_prev is None or not _definite(w_prev))):
            continue  # رئيس الوزراء: the title's construct complement
        if titles and _definite(w) and w.norm.endswith(("ي", "ية", "يه")):
            continue  # الإسرائيلي: a nisba adjective
        return False
    return True


#: A preposition with a pronoun suffix, allowed before a subject's title
#: (:func:`_subject_title`: وردت عليه المرشحة).
_PRONOUN_PREPOSITIONS = frozenset(
    normalize(w) for w in ("عليه", "عليها", "عليهم", "له", "لها", "لهم", "منه", "منها")
)


def _sentence_subject(z: _Zone, lo: int, clause: int, gender: str) -> dict[str, object] | None:
    """The subject of the sentence right before the one starting at ``clause`` (within
    ``[lo, clause)``), when a verb opens it and a person follows the verb (وعبر كيري عن
    أمله ... . وقال: «...»): a PERSON mention right after the sentence's first word,
    spaces and the person's own title only between (:func:`_subject_title`: كشفت
    الممثلة منة شلبي، أقر الرئيس الكيني أوهورو كيناتا; session 14), that word a verb
    (:func:`~helpers.quotes.wordkinds._clause_verb` on it without its conjunction), the
    person not of the other ``gender`` (:func:`_other_gender`). When the sentence opens
    with no verb, a clause of it after a comma may (وفي خطاب متلفز، أقر الرئيس الكيني
    أوهورو كيناتا ...), if such clauses name one person only (:func:`_verb_first_subject`).
    None otherwise (وبلير الذي ... قام: a topic first is no verb-subject sentence)."""
    text = z.text
    end = clause
    while end > lo and (text[end - 1].isspace() or _SENT_END.match(text, end - 1)):
        end -= 1  # back over the sentence end and the line break before the clause
    if end <= lo:
        return None
    opens = max(_clause_start(text, lo, end), text.rfind("\n", lo, end) + 1)
    # the sentence, else one of its clauses after a comma (وفي خطاب متلفز، أول من أمس،
    # أقر الرئيس الكيني أوهورو كيناتا ...): the one person such a clause names
    found: dict[object, dict[str, object]] = {}
    for at in [opens, *(m.end() for m in _COMMA.finditer(text, opens, end))]:
        who = _verb_first_subject(z, at, end)
        if who is not None:
            who["_titled"] = who["_titled"] or at != opens
            found.setdefault(who["speaker_id"], who)
        if at == opens and who is not None:
            break
    if len(found) != 1:
        return None
    who = next(iter(found.values()))
    return None if _other_gender(z, who, gender) else who


#: The commas after which :func:`_sentence_subject` tries a clause.
_COMMA = re.compile("[،,]")


def _verb_first_subject(z: _Zone, opens: int, end: int) -> dict[str, object] | None:
    """The PERSON subject of the clause ``[opens, end)`` when a verb opens it
    (:func:`~helpers.quotes.wordkinds._clause_verb` on its first word without a
    conjunction) and the clause's first mention, after spaces and the person's own
    title only (:func:`_subject_title`), is a PERSON; None otherwise. ``_titled``: a
    title stood between (:func:`_sentence_subject` adds: or the clause opened after a
    comma), the reading session 14 added."""
    text = z.text
    k = bisect.bisect_left(z.starts, opens)
    if k + 1 >= len(z.starts) or z.starts[k] >= end or text[opens : z.starts[k]].strip():
        return None
    if not _clause_verb(z.lex.conj(z.surfaces[k])):
        return None
    for start, _end, typ, eid, canon in z.ments.within(z.key, z.ends[k], end):
        if typ == "NORP":
            continue  # أقر الرئيس الكيني أوهورو كيناتا: the title's nisba (session 16)
        between = z.words(z.ends[k], start)
        gaps = [z.ends[k], *(x for w in between for x in (w.start, w.end)), start]
        if any(text[a:b].strip() for a, b in zip(gaps[::2], gaps[1::2], strict=True)):
            return None  # punctuation between the verb and the name
        if typ != "PERSON" or not _subject_title(z, between):
            return None  # أقر الرئيس الكيني أوهورو كيناتا: his own title only
        return {"speaker_id": eid, "speaker": canon, "_title": None, "_titled": bool(between)}
    return None


def _fronted_subject(z: _Zone, i: int) -> dict[str, object] | None:
    """The subject written before the reporting word at word ``i`` (subject-verb order,
    a headline's or a topic's: كيري يحذّر إسرائيل: «...»): a PERSON or ORG mention that
    opens its clause (the line or sentence, a conjunction at most before it) and ends
    right before the word, spaces only between. The phrase after the word is then its
    object (إسرائيل, whom Kerry warns), never its subject. None otherwise (وقال كيري:
    verb-subject order; استقبل الملك الرئيس أوباما وقال: the mention is an object)."""
    text = z.text
    at = z.starts[i]
    line = text.rfind("\n", 0, at) + 1
    lo = _after_contrast(z, _clause_start(text, line, at), at)
    for start, end, typ, eid, canon in z.ments.within(z.key, lo, at):
        if typ not in ("PERSON", "ORG") or text[end:at].strip():
            continue
        if text[lo:start].strip() in ("", "و", "ف"):
            return {"speaker_id": eid, "speaker": canon, "_title": None}
    return _fronted_role(z, lo, at) or _relative_subject(z, i)


#: Singular relative pronouns and the gender they give their antecedent (the subject of
#: the reporting word after them: منظمة ... (أيباك) التي قالت).
_RELATIVE_GENDER = {normalize("الذي"): "m", normalize("التي"): "f"}


def _subject_follows(z: _Zone, at: int) -> bool:
    """Whether the reporting word ending at or before ``at``'s next word has a subject of
    its own after it: True when neither a colon, nor a quote mark, nor a complementiser
    follows it (each of those says the words after the verb are what is said)."""
    k = bisect.bisect_right(z.starts, at)
    after = z.text[z.ends[k - 1] : z.ends[k - 1] + 3].lstrip()[:1]
    complement = k < len(z.starts) and z.infos[k][0] in _COMPLEMENTISERS
    return not (after == ":" or after in _OPEN_CLOSE or complement)


#: At most this many words of an organisation's name may run on past its mention before
#: a relative pronoun (منظمة العمل [السياسي الأميركي - الإسرائيلي (أيباك)] التي).
_NAME_TAIL = 6


def _name_tail(z: _Zone, lo: int, hi: int) -> bool:
    """``text[lo:hi]``, between an organisation mention and a relative pronoun, is the
    rest of its name: at most :data:`_NAME_TAIL` words, none a verb or stopword, and
    only spaces, hyphens, parentheses and a final comma between them (السياسي الأميركي -
    الإسرائيلي (أيباك))."""
    gap = z.text[lo:hi]
    if any(ch in gap for ch in '.!?؟:؛;\n«»"'):
        return False
    words = z.words(lo, hi)
    if len(words) > _NAME_TAIL:
        return False
    if any(w.verb is not None or w.norm in _stop() or z.conj(w) != w.norm for w in words):
        return False
    rest = gap
    for w in words:
        rest = rest.replace(z.text[w.start : w.end], " ", 1)
    return not rest.strip(" ()-–،,")


def _relative_subject(z: _Zone, i: int) -> dict[str, object] | None:
    """The subject of a reporting word at word ``i`` that a singular relative pronoun
    opens (التي قالت، الذي أكد): the relative's antecedent, a PERSON or ORG mention
    ending right before it (spaces, a closing parenthesis or a comma between: منظمة
    العمل السياسي الأميركي - الإسرائيلي (أيباك) التي قالت: «...»), when the verb has no
    subject of its own after it (:func:`_subject_follows`) and a PERSON agrees with the
    relative's gender (:func:`_other_gender`), an ORG whose head ends in ة is no
    antecedent of الذي. None otherwise (the relative's clause
    with a subject of its own: الرجل الذي قال عنه الوزير). Session 23: gender22 had
    carried the story's last man to the feminine verb."""
    if i < 1:
        return None
    text, at = z.text, z.starts[i]
    rel = z.tok(i - 1)
    gender = _RELATIVE_GENDER.get(rel.norm)
    if gender is None or text[rel.end : at].strip() or _subject_follows(z, at):
        return None
    found = None
    for start, end, typ, eid, canon in z.ments.within(z.key, max(0, rel.start - 200), rel.start):
        tight = typ == "PERSON" and not text[end : rel.start].strip(" )،,")
        if tight or (typ == "ORG" and _name_tail(z, end, rel.start)):
            found = (start, typ, eid, canon)
    if found is None:
        return None
    _start, typ, eid, canon = found
    who = {"speaker_id": eid, "speaker": canon, "_title": None}
    if typ == "PERSON" and _other_gender(z, who, gender):
        return None
    head = normalize(canon).split()[:1]
    if typ == "ORG" and gender == "m" and head and head[0].endswith("ة"):
        # لجنة صياغة الدستور الأوروبي الذي قال: a feminine body takes التي; الذي is the
        # man named before it (جيسكار ديستان ... ورئيس لجنة ...)
        return None
    return who


def _after_contrast(z: _Zone, lo: int, at: int) -> int:
    """Where a clause starting at ``lo`` opens its subject: after a particle of contrast
    or addition (``contrast`` of quote_words.tsv, a conjunction allowed) and its أن/إن
    (غير أن، إلا أن، بيد أن، كما أن) or alone (لكن، ولكن), with nothing but spaces around
    them (session 21: غير أن عريقات أكد أنه «...», the subject before its verb);
    ``lo`` otherwise. Only words before ``at`` are read."""
    words = z.words(lo, at)[:2]
    if not words or z.text[lo : words[0].start].strip() or z.conj(words[0]) not in _CONTRAST:
        return lo
    if (
        len(words) > 1
        and not z.text[words[0].end : words[1].start].strip()
        and words[1].norm in _COMPLEMENTISERS
    ):
        return words[1].end
    # لكن alone: the subject follows it; غير، إلا، كما alone are other words (غير
    # معروف، كما قال)
    return words[0].end if z.conj(words[0]) == _LAKIN else lo


#: The particles of contrast or addition (:func:`_after_contrast`), and لكن, the one of
#: them that opens a clause without أن.
_CONTRAST = _QW["contrast"]
_LAKIN = normalize("لكن")


#: At most this many words of a role, source or body written before its reporting word
#: (:func:`_fronted_role`: وزير الخارجية الأميركي الأسبق قال).
_FRONTED_WORDS = 6


def _fronted_role(z: _Zone, lo: int, at: int) -> dict[str, object] | None:
    """The subject written before a reporting word at ``at`` with no mention: the clause
    from ``lo`` (its start) to the word is one noun phrase, spaces only between its at
    most :data:`_FRONTED_WORDS` words and nothing before it, that opens (a conjunction
    at most before it) with a title (وزير الرياضة قال إن، والمدرب العمر قال), a source
    noun (مصدر مطلع قال), an organisation noun (الوزارة قالت) or a statement noun
    (التقرير يقول), and that the phrase rules read whole (:func:`_phrase`: no
    preposition, time word or complementiser ends it early), the verb followed by a
    colon, a quote mark or a complementiser (no subject of its own after it). Who it
    names, as after the verb (:func:`_speaker`: a role's holder is found by
    :func:`_resolve`, a source is unnamed); the speaker of a subject-verb clause is
    never the last one carried. None otherwise (بدوره قال، من جانبه قال، اليوم قال)."""
    words = z.words(lo, at)
    if not words or len(words) > _FRONTED_WORDS or z.text[lo : words[0].start].strip():
        return None
    if any(z.text[a.end : b.start].strip() for a, b in pairwise(words)):
        return None
    if z.text[words[-1].end : at].strip() or any(w.verb is not None for w in words):
        return None
    head = words[0]
    base = z.lex.base(head.surface)
    if not (
        z.lex.title_key(head.surface) is not None
        or base in _SOURCES
        or base in _ORG_NOUNS
        or base in _STATEMENT_NOUNS
    ):
        return None
    # the verb has no subject of its own after it: a colon, a quote mark or a
    # complementiser follows (دراسة جامعة أوكسفورد يقول آش بارتون: a heading, then the
    # verb and its subject)
    if _subject_follows(z, at):
        return None
    ph = _phrase(z, head.start, at)
    if ph is None or ph[0] != head.start or ph[1] != words[-1].end:
        return None
    return _speaker(z, ph, z.ments, at)


def _players_role(z: _Zone, words: list[_Tok]) -> bool:
    """The speaker phrase ``words`` opens with a player's noun (``player`` of
    ``quote_words.tsv``: قائد، لاعب، مدرب, no article) in construct with an organisation
    mention (:func:`helpers.quotes.roles._org_possessor`: قائد مانشستر يونايتد، مدرب
    أرسنال): a person's role in a club, which names a person, not the club."""
    return z.lex.base(words[0].surface) in _QW["player"] and _org_possessor(z, words)


def _deemed(z: _Zone, verb: _Tok, span: tuple[int, int], who: dict[str, object]) -> bool:
    """The speaker phrase ``span`` after the reporting word ``verb`` is the verb's object:
    the verb describes or deems (``deem`` of ``quote_words.tsv``: وصف، اعتبر), the
    phrase names nobody (no entity, no title, no role, no body: ``who`` is a phrase
    as written) and its predicate follows it right away: a word in ب (وصف الاتفاق
    بأنه) or the quote's opening mark (تعتبر الاتفاق «خطأ تاريخيا»). The subject is
    then the one before the verb, or the last speaker. A verb written with its object
    pronoun (:func:`helpers.quotes.words.object_reporting`: اعتبرها عائق، تعتبرها «غارات
    خجولة») has its object already: a phrase naming nobody after it is the predicate,
    whatever follows, unless a predicate in ب follows the phrase right away: then the
    phrase is the verb's subject (وصفته الصحافة العالمية بـ"الحكيم": the press speaks;
    session 22)."""
    if verb.verb is None or normalize(verb.verb) not in _QW["deem"]:
        return False
    if who.get("speaker_id") or who.get("_unknown") or who.get("_bare") or who.get("_title"):
        return False
    if verb.norm not in REPORTING_WORDS and z.conj(verb) not in REPORTING_WORDS:
        # وصفته، اعتبرها: the object pronoun is on the verb; the phrase is the predicate
        # (اعتبرها عائق) unless a ب-predicate follows it (وصفته الصحافة بأنه، بـ"...")
        return not _bi_predicate_after(z, span[1])
    rest = z.text[span[1] : span[1] + 3].lstrip()
    if rest[:1] in _OPEN_CLOSE:
        return True
    return _bi_predicate_after(z, span[1])


#: ب written alone (a tatweel or nothing after it) before a quote mark, after a space.
_BI_MARK = re.compile("\\sب" + TATWEEL + "*\\s*[" + re.escape("".join(_OPEN_CLOSE)) + "]")


def _deem_subject(z: _Zone, verb: _Tok, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The speaker phrase ``span`` after ``verb`` cut before a predicate in ب written
    alone before a quote mark, when ``verb`` is a deeming verb with its object pronoun
    (وصفته الصحافة العالمية بـ"الحكيم": the quoted word, a name to the zone, was read into
    the phrase; the subject is الصحافة العالمية, the predicate بـ"الحكيم"); else
    ``span``. Arabic grammar: وصف (and اعتبر) take the object, then ب + the
    predicate."""
    if span is None or verb.verb is None or normalize(verb.verb) not in _QW["deem"]:
        return span
    if verb.norm in REPORTING_WORDS or z.conj(verb) in REPORTING_WORDS:
        return span  # no object pronoun: the phrase may be the object (وصف الاتفاق بـ)
    m = _BI_MARK.search(z.text, span[0], span[1])
    if m is None:
        return span
    cut = len(z.text[span[0] : m.start()].rstrip()) + span[0]
    return (span[0], cut) if cut > span[0] else None


def _bi_predicate_after(z: _Zone, end: int) -> bool:
    """The word right after offset ``end`` (spaces only between) carries the preposition
    ب (بأنه، بالضخم), or is ب written alone before a quote mark (بـ"الحكيم"، ب«...»): the
    predicate of a deeming verb (وصف X بـ Y)."""
    rest = z.text[end : end + 8].lstrip()
    if rest[:1] == "ب" and rest[1:].lstrip(TATWEEL)[:1] in _OPEN_CLOSE:
        return True  # بـ"الحكيم": ب alone before the mark (no word token of its own)
    k = bisect.bisect_left(z.starts, end)
    return (
        k < len(z.starts)
        and not z.text[end : z.starts[k]].strip()
        and z.lex.clitics(z.surfaces[k])[:1] == "ب"
    )
