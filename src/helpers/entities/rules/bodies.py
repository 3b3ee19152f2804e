"""The extent of an ORG or a place after its head noun (:mod:`helpers.entities.rules`):
the construct chain of a body (:func:`_chain`), a body named after a person, a field or
a quoted name, its tails (nationality, kind and field adjectives, ل-phrases of a field)
and a facility's adjectives."""

from __future__ import annotations

from dataclasses import replace

from helpers.charsets import DASH_SET
from helpers.entities.rules.lexicons import (
    _AN,
    _CENTRE,
    _CLOSE_QUOTES,
    _HAYY,
    _IN,
    _NAMED_BODY_ZIPF,
    _OPEN_QUOTES,
    _ROAD,
    ACTION_HEADS,
    ADJECTIVE_COMPLEMENTS,
    ADJECTIVES,
    AFFILIATION_WORDS,
    ANAPHORIC_AREAS,
    BODY_RANK_ADJECTIVES,
    COMPASS_WORDS,
    COMPOUND_BODY_HEADS,
    COMPOUND_FIELDS,
    COORDINATED_HEADS,
    COURT_ADJECTIVES,
    DIRECTORATE_FIELDS,
    DIRECTORATE_HEADS,
    DIRECTORATE_OFFICE_HEADS,
    DOMAIN_NAMED_HEADS,
    EVERYDAY_COMPLEMENT_ZIPF,
    FACILITY_HEADS,
    FIELD_BODY_HEADS,
    FORCE_HEADS,
    GENERIC_FORCE_COMPLEMENTS,
    HOTEL_WORDS,
    LOC_PREPOSITIONS,
    MAX_QUOTED_NAME_WORDS,
    MODIFIERS,
    NAMESAKE_TITLES,
    NOT_ORG_COMPLEMENTS,
    ORG_HEADS,
    ORG_LOC_HEADS,
    ORG_TAIL_ADJECTIVES,
    PATRONYMIC_NAMESAKE_ORG_HEADS,
    PATRONYMIC_NAMESAKE_PLACE_HEADS,
    PLACE_HEADS,
    PLACE_HEADS_DEFINITE_OK,
    PLACE_TAIL_ADJECTIVES,
    PREPOSITION_PROCLITICS,
    ROLES_AFTER_NAME,
    SELF_NAMED_ORG_HEADS,
    SETTLEMENT_HEADS,
    STATE_ADJECTIVE_FIRST,
    STREET_NAMESAKE_HEADS,
    THING_HEADS,
    TITLES,
    UNIT_HEADS,
    UNIT_MANAGED_NOUNS,
    UNIT_ROLES,
    VERBAL_NOUN_HEADS,
    _keys,
    _org_fields,
)
from helpers.entities.rules.names import _SON_OF, _foreign, _name_extent
from helpers.entities.rules.words import (
    _ORDINARY_ZIPF,
    _TIME_WORDS,
    _adjective_like,
    _lam_key,
    _name_like,
    _present_verb,
    clause_verb,
    human_plural,
    ordinary,
)
from helpers.text.clitics import has_article
from helpers.text.lexical import suffixed_noun, zipf


def _chain(z, i: int, cg, starts: dict[int, tuple[int, list[int]]], *, definite_ok: bool):
    """Construct chain after a head noun at ``i``: ``(end, inner span or None)`` or None."""
    n = len(z)
    j = i + 1
    if (
        z.key[i] in ORG_HEADS
        and j + 1 < n
        and z.key[j] in SETTLEMENT_HEADS
        and not z.definite[j]
        and z.peel[j] == 0
        and z.peel[j + 1] == 0
        and z.sentence[j + 1] == z.sentence[i]
    ):
        # an organisation of a place named with its place noun: شرطة مدينة زيوريخ،
        # بلدية محافظة جدة (one ORG, the place inside it, as أمانة منطقة الرياض)
        if j + 1 in starts and cg.types[starts[j + 1][1][0]] == "LOC":
            return starts[j + 1][0], None
        got = _chain(z, j, cg, {}, definite_ok=z.key[j] in PLACE_HEADS_DEFINITE_OK)
        if got is not None:
            return got[0], None
    genitive = False  # the word before is a noun in construct with a definite word
    if j < n and j in starts and _place_after_preposition(z, j):
        return None  # قرية بجدة "a village in Jeddah": the place is where it lies
    while j < n and j - i <= 4:
        if j in starts and cg.types[starts[j][1][0]] != "NORP":
            end, cands = starts[j]
            return end, (j, end, cands)
        if not _name_like(z, j, cg) or z.sentence[j] != z.sentence[i]:
            break
        if z.key[j] in cg.reporting and not z.definite[j]:
            # a reporting verb ends the name: هيئة الرياضة قالت; a definite word is
            # none (وزارة النقل: نقل "reported" is a reporting verb)
            break
        if j > i + 1 and z.key[j] in COMPASS_WORDS:
            break  # مقبرة وادي عقاب | غرب الموصل: a direction opens a new phrase
        if not z.definite[j] and z.peel[j] == 0 and clause_verb(z.light(j)):
            # a verb opens a clause: right after the head no name (منظمة اعتبرها
            # الاتحاد، هيئة يرأسها الوزير); after one rare or foreign word that word is
            # the name (شركة مدوام تعتبر، إدارة جنوى رفضت); else as before (a present
            # verb inside the span is cut by verbs._before_verb: إقليم فيكتوريا يجب)
            if j == i + 1:
                break
            if (
                j == i + 2
                and z.peel[i + 1] == 0
                and not z.definite[i + 1]
                and (
                    _foreign(z, i + 1, cg)
                    or (not _adjective_like(z.key[i + 1]) and zipf(z.light(i + 1)) < _ORDINARY_ZIPF)
                )
            ):
                return j, None
        if j > i + 1 and cg.first_names.get(z.key[j]) is False:
            break  # a first name opens a person: رئيس نادي هجر فؤاد المسلم
        if (
            z.peel[j] > 0 or z.clitics[j][:1] == ("و",) or (j > i + 1 and z.clitics[j])
        ) and not z.definite[j]:
            # و/ل/ب before an indefinite word: coordination or a new phrase (إدارة
            # وتشغيل "management and operation", where the lexicon keeps وتشغيل whole;
            # past the name's first word, إقليم كردستان بتسليم, where the name's key
            # keeps بتسليم whole; a first word keeps its letters: مدينة لوزان)
            break
        if z.peel[j] > 0 and j > i + 1:
            break  # معهد تدريب للصيد: a ل-phrase after an indefinite word is no name
        if z.definite[j]:
            if j == i + 1 and not definite_ok:
                return None
            if j == i + 1 and z.peel[j] > 0 and z.clitics[j][-1:] in (("ل",), ("ب",)):
                return None  # متنزه للأسر "a park for families", مدينة للألعاب: no name
            if j > i + 1 and z.key[j] in AFFILIATION_WORDS:
                return j, None
            if (
                j > i + 1
                and not genitive
                and (z.key[j] in cg.norp_keys or _adjective_like(z.key[j]))
            ):
                return j, None  # مدينة زيوريخ السويسرية: the nationality is no part
            return j + 1, None
        # an ending like an adjective's on a noun in construct: شؤون المعلمين، صحة البيئة
        genitive = _adjective_like(z.key[j]) and _construct(z, j, cg)
        if genitive and j == i + 1 and z.key[j] in ORG_HEADS:
            return None  # تنظيم وزارة الإسكان "organising the ministry": the inner head
        if _adjective_like(z.key[j]) and not _foreign(z, j, cg) and not genitive:
            break  # شركة سوني: a foreign name in -ي is no adjective
        j += 1
    one_name = (
        j >= i + 2
        and z.peel[i + 1] == 0
        and not z.definite[i + 1]
        and (
            _foreign(z, i + 1, cg)
            or (not _adjective_like(z.key[i + 1]) and zipf(z.light(i + 1)) < _ORDINARY_ZIPF)
        )
    )
    if j == i + 2 and one_name:
        # one indefinite proper name: قاعدة حميميم، شركة أرامكو; not an everyday noun
        # (معهد تدريب "a training institute")
        return j, None
    if (
        j < n
        and j > i + 2
        and z.key[j] in COMPASS_WORDS
        and one_name
        and zipf(z.light(i + 2)) >= _ORDINARY_ZIPF
    ):
        # ولاية قندهار عاصمة | الجنوب: the name is its first word when an everyday noun
        # follows it and a direction closes the phrase
        return i + 2, None
    if (
        z.key[i] in FACILITY_HEADS
        and j in (i + 3, i + 4)
        and _foreign(z, j - 1, cg)
        and not ordinary(z, j - 1)
    ):
        # a foreign name of two or three words, the last no Arabic word: ملعب بارك
        # كوينز، ملعب ستامفورد بريدج
        return j, None
    if (
        z.key[i] in SELF_NAMED_ORG_HEADS
        and j in (i + 3, i + 4)
        and one_name
        and _foreign(z, i + 1, cg)
        and _foreign(z, j - 1, cg)
        and not ordinary(z, j - 1)
        and not any(_article_inside(z.light(t)) for t in range(i + 1, j))
    ):
        # a body's own foreign name of two or three words, the first and the last no
        # Arabic word: نادي كوينز بارك ريجنز، شركة جنرال إلكتريك (not شركة كوينتين
        # تعمل: a verb or everyday noun last stays out; nor شركة مايكروسفت بالتزامن, a
        # preposition + article the tokeniser left whole, 2015-07-24)
        return j, None
    return None


def _article_inside(light: str) -> bool:
    """A word the tokeniser left whole whose article is written after a proclitic letter
    (بالتزامن، والعمل، للتطوير: :func:`helpers.text.clitics.has_article` at index 1, or
    لل): an Arabic phrase, never a word of a foreign name."""
    return light.startswith("لل") or (light[:1] in "وفبكل" and has_article(light, 1))


def directorate_end(z, i: int, cg, places) -> tuple[int, list[int]] | None:
    """``(end, candidate rows)`` (end exclusive) of a directorate or office named by its
    field and then the place it serves, or None: an indefinite
    :data:`DIRECTORATE_OFFICE_HEADS` head (إدارة، مديرية، مكتب), a definite field of
    :data:`DIRECTORATE_FIELDS` with no proclitic (التعليم، الصحة، العمل) and its tail
    (:func:`_tail`: الأمن العام), then, in the same sentence, a place phrase: ب or في
    before a listed place (``places``, start -> ``(end, candidates)``, guarded names
    included: بجدة), a settlement noun (:data:`SETTLEMENT_HEADS`, with the article or
    not: بمحافظة الليث، في منطقة تبوك، بالمدينة) or an anaphoric area
    (:data:`ANAPHORIC_AREAS`: بالمنطقة). The place phrase is outside the span, as in the
    golds (tests/data/heldout/README.md: "a trailing place phrase does not"): إدارة
    التعليم | بمحافظة جدة. A field that is a listed body (الجوازات, the passports
    directorate) gives its rows and the listed name's end (إدارة الجوازات بالمنطقة is
    that body with its head noun). Session 17 (orgs17b): إدارة + a definite word was
    read as a body's staff (إدارة الأهلي), so these directorates were no mention."""
    n = len(z)
    j = i + 1
    if (
        z.key[i] not in DIRECTORATE_OFFICE_HEADS
        or z.definite[i]
        or j >= n
        or not z.definite[j]
        or z.peel[j]
        or z.key[j] not in DIRECTORATE_FIELDS
        or z.sentence[j] != z.sentence[i]
    ):
        return None
    rows: list[int] = []
    if j in places and any(cg.types[c] == "ORG" for c in places[j][1]):
        end, rows = places[j][0], [c for c in places[j][1] if cg.types[c] == "ORG"]
    else:
        end = _tail(z, j + 1, cg, nationality=False)
    p = end
    if p < n and z.key[p] == _IN and z.peel[p] == 0:
        p += 1
    elif not (p < n and z.peel[p] and "ب" in z.clitics[p]):
        return None
    if p >= n or z.sentence[p] != z.sentence[i]:
        return None
    if (p in places and any(cg.types[c] == "LOC" for c in places[p][1])) or (
        z.key[p] in SETTLEMENT_HEADS or z.key[p] in ANAPHORIC_AREAS
    ):
        return end, rows
    return None


#: Field words a unit's name holds at most after its head (إدارة العلاقات العامة
#: والتوجيه المعنوي): the head and four words.
UNIT_NAME_WORDS = 4


def unit_end(z, i: int, cg, starts) -> int | None:
    """End (exclusive) of an administrative unit named after its director's role, or
    None: token ``i`` is a :data:`UNIT_HEADS` noun (إدارة، قسم، شعبة، وحدة) with no
    article and no proclitic, right after an indefinite :data:`UNIT_ROLES` noun of the
    same sentence (مدير، رئيس, in construct: "the director of the department of ...");
    then a definite field noun with no proclitic that is no body, place or facility noun
    (:data:`UNIT_MANAGED_NOUNS`: مدير إدارة المستشفى manages the hospital), no title, no
    nationality and no listed name (``starts``: مدير إدارة الدفاع المدني is left to the
    gazetteer); then up to :data:`UNIT_NAME_WORDS` definite words in all with no
    proclitic but the conjunction و (a coordinated field: إدارة الحج والعمرة; not a
    body's or place's head, :data:`COORDINATED_HEADS`), none a title, a role or a
    listed name (the chain stops before العقيد of
    «مدير شعبة التحقيق العقيد»). The golds annotate such units as ORG (إدارة صحة
    البيئة، إدارة مكافحة المخدرات; tests/data/heldout/README.md: a head noun directly
    before the name is in the span). After a verb the same words are as often a body's
    staff (قالت إدارة المكتبة، إدارة الفندق) as a unit, so only the role decides.
    Counted on the non-held-out outlets (session 24, org24): the role + unit head + a
    definite word 169 times (مدير إدارة العلاقات العامة 17, رئيس قسم الطوارئ 7 ...)."""
    n = len(z)
    j = i + 1
    if (
        z.key[i] not in UNIT_HEADS
        or z.definite[i]
        or z.peel[i]
        or i == 0
        or j >= n
        or z.key[i - 1] not in UNIT_ROLES
        or z.definite[i - 1]
        or z.sentence[i - 1] != z.sentence[i]
    ):
        return None

    def field(t: int) -> bool:
        return (
            z.kind[t] == "word"
            and z.definite[t]
            # a coordinated field is part of the name (إدارة الحج والعمرة، إدارة
            # التشغيل والصيانة); a body's or place's head after و opens another
            and (
                z.peel[t] == 0
                or (t > j and z.clitics[t] == ("و",) and z.key[t] not in COORDINATED_HEADS)
            )
            and z.sentence[t] == z.sentence[i]
            and t not in starts
            and (z.key[t],) not in TITLES
            and z.key[t] not in ROLES_AFTER_NAME
            and z.key[t] not in cg.norp_keys
        )

    if not field(j) or z.key[j] in UNIT_MANAGED_NOUNS:
        return None
    end = j + 1
    while end < n and end - i <= UNIT_NAME_WORDS and field(end):
        end += 1
    return end


def two_word_nationality(z, j: int, cg) -> bool:
    """Whether tokens ``j`` and ``j + 1`` are one nationality adjective of two words
    (``cg.norp_pairs``: الكورية الجنوبية، الكوري الجنوبي), both definite, with no
    proclitic, in one sentence: at the end of a body's name it is the name's
    nationality, whole (الحكومة الكورية الجنوبية, as الحكومة المصرية; session 24)."""
    return (
        j + 1 < len(z)
        and (z.key[j], z.key[j + 1]) in cg.norp_pairs
        and z.definite[j]
        and z.definite[j + 1]
        and z.peel[j] == 0
        and z.peel[j + 1] == 0
        and z.sentence[j + 1] == z.sentence[j]
    )


def _place_after_preposition(z, j: int) -> bool:
    """Token ``j``, a listed name right after a head noun, carries the preposition ب or
    ل (peeled by the text layer): قرية بجدة، مستشفى بالرياض، مكتب لندن is one name but
    مكتب بلندن "an office in London" is the head and a place apart, never one span
    (session 13: «في قرية بولاية بورنو» had read قرية بولاية بورنو)."""
    return z.peel[j] > 0 and bool(set(z.clitics[j]) & {"ب", "ل"})


def _named_body_end(z, i: int, cg, starts) -> int | None:
    """End (exclusive) of the ORG named after a :data:`NAMED_ONLY_ORG_HEADS` head at
    ``i`` (indefinite, the caller checks), or None when the words after it are no name:

    - its construct chain (:func:`_chain`) closed by a definite adjective of
      :data:`ORG_TAIL_ADJECTIVES`: مركز دار العرب الطبي، مجموعة ناس القابضة، مركز
      أبحاث الفسيولوجيا الخلوية is not (الخلوية is no tail adjective);
    - after شبكة or مجموعة, one rare word (Zipf < :data:`_NAMED_BODY_ZIPF`, no
      proclitic) ending the phrase: an indefinite name not in ة, شبكة حقاني; a definite
      family nisba in ي, مجموعة الجريسي (after مركز one word is a Saudi district, a
      place: مركز طبب).

    A present verb after the head opens a clause (مركز يدعم ...): None.

    A listed name after the head is left to the gazetteer (:data:`LISTED_NAME_HEADS`).
    Kinds counted on SaudiNewsNet 2015-08-04 (DEVELOPING, session 10 orgs10)."""
    n = len(z)
    if i + 1 < n and _present_verb(z.light(i + 1)):
        return None  # مركز يدعم المواقع العربية: "a centre that supports"
    got = _chain(z, i, cg, starts, definite_ok=True)
    if got is not None and got[1] is None:
        end = got[0]
        if (
            end < n
            and z.definite[end]
            and z.peel[end] == 0
            and z.key[end] in ORG_TAIL_ADJECTIVES
            and z.sentence[end] == z.sentence[i]
        ):
            return _tail(z, end, cg, nationality=False)
    j = i + 1
    if (
        j < n
        and z.key[i] != _CENTRE  # مركز طبب، مركز خثعم: a Saudi district, a place
        and j not in starts
        and z.peel[j] == 0
        and not z.clitics[j]
        and _name_like(z, j, cg)
        and z.sentence[j] == z.sentence[i]
        and zipf(z.light(j)) < _NAMED_BODY_ZIPF
        # an indefinite feminine word agrees with the head: an adjective (مجموعة قصصية،
        # مجموعة وليدة); a definite one is a family nisba (الجريسي)
        and (z.key[j].endswith("ي") if z.definite[j] else not z.key[j].endswith("ه"))
        and (j + 1 >= n or not _name_like(z, j + 1, cg) or z.definite[j + 1] != z.definite[j])
    ):
        return j + 1
    return None


#: Pronoun suffixes that no name after an ORG head ends in (a construct plural's ي
#: does: لجنة نحاتي الخليج، جمعية صيادي المحارات; and names do: قناة عالي).
_PERSONAL_SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "كما", "نا")


def in_hotel_room(z, i: int) -> bool:
    """Whether token ``i`` (a :data:`THING_HEADS` noun, غرفة) is a room one is in: after
    a locative preposition of :data:`LOC_PREPOSITIONS` or with the proclitic ب (في
    غرفة، داخل غرفة، بغرفة), in a sentence that holds a word of :data:`HOTEL_WORDS`
    (أقام في غرفة الطائف المطلة على الحديقة بالفندق); not the chamber of a role
    (وقال رئيس غرفة الرياض إن الفندق...). Session 19, fixent19."""
    if not (
        (i > 0 and z.key[i - 1] in LOC_PREPOSITIONS and z.sentence[i - 1] == z.sentence[i])
        or (z.peel[i] and "ب" in z.clitics[i])
    ):
        return False
    sent = z.sentence[i]
    a = i
    while a > 0 and z.sentence[a - 1] == sent:
        a -= 1
    b = i
    n = len(z)
    while b < n and z.sentence[b] == sent:
        b += 1
    return any(z.key[t] in HOTEL_WORDS for t in range(a, b))


def _everyday_complement(z, i: int, places) -> bool:
    """The ORG head at ``i`` and the next word make an everyday phrase, not a name:
    the word is an indefinite noun with a pronoun suffix of :data:`_PERSONAL_SUFFIXES`
    (شبكة اتصالاتها، شركة مقرها طوكيو، وزارة خارجيتها;
    :func:`helpers.text.lexical.suffixed_noun`); or, after a :data:`THING_HEADS`
    head, an everyday definite noun that starts no listed name (``places``: start
    token -> ``(end, rows)`` of the gazetteer's and guarded matches; غرفة الكشف); or
    the word is one of :data:`NOT_ORG_COMPLEMENTS` (حركة السير، مجلس الإدارة، هيئة
    التدريس), the head is no :data:`DOMAIN_NAMED_HEADS` noun (وزارة العمل is the
    ministry), and no definite ORG tail adjective follows the word, save after a
    :data:`VERBAL_NOUN_HEADS` head (اتحاد النقل الجوي، هيئة الطيران المدني are bodies;
    حركة الملاحة البحرية is traffic); or a :data:`THING_HEADS` head in a sentence about a
    hotel (:func:`in_hotel_room`: غرفة الطائف المطلة على الحديقة بالفندق)."""
    j = i + 1
    if j >= len(z) or z.kind[j] != "word" or z.sentence[j] != z.sentence[i]:
        return False
    light = z.light(j)
    if (
        not z.definite[j]
        and z.peel[j] == 0
        and j not in places  # أبها is no أب + ها
        and light.endswith(_PERSONAL_SUFFIXES)
        and suffixed_noun(light)
    ):
        return True
    if z.key[i] in THING_HEADS and in_hotel_room(z, i):
        return True  # غرفة الطائف المطلة على الحديقة بالفندق: a hotel room (fixent19)
    if (
        z.key[i] in THING_HEADS
        and z.definite[j]
        and z.peel[j] == 0
        and j not in places
        and z.key[j] not in NOT_ORG_COMPLEMENTS
        and zipf(z.light(j)) >= EVERYDAY_COMPLEMENT_ZIPF
    ):
        return True
    if z.key[i] in ACTION_HEADS and _action_complement(z, j, places):
        return True
    if z.key[j] not in NOT_ORG_COMPLEMENTS or z.key[i] in DOMAIN_NAMED_HEADS:
        return False
    if z.key[i] in VERBAL_NOUN_HEADS:
        return True
    a = j + 1
    return not (
        a < len(z)
        and z.definite[a]
        and z.peel[a] == 0
        and z.key[a] in ORG_TAIL_ADJECTIVES
        and z.key[a] not in BODY_RANK_ADJECTIVES  # رئيس مجلس الإدارة التنفيذي
        and z.sentence[a] == z.sentence[i]
    )


def generic_body(z, i: int, cg) -> bool:
    """The ORG head at ``i`` and the next word make a common noun phrase, no name: a
    :data:`FORCE_HEADS` head before a kind of force of :data:`GENERIC_FORCE_COMPLEMENTS`
    (قوات الأمن، قوات الجيش، قوات الاحتلال), or any head before an anaphoric area of
    :data:`ANAPHORIC_AREAS` (شرطة المنطقة، بلدية المحافظة), the word definite, with no
    proclitic, and no definite nationality or adjective of the same sentence after it
    (they make a body: قوات الأمن التركية، قوات الأمن الخاصة، قوات الجيش الوطني، شرطة
    المنطقة الشرقية; a nationality after one coordinated kind, قوات الأمن والدفاع
    التشادية, not قوات الجيش والشرطة والمنشآت الهامة; a title does not: بشرطة المنطقة
    العقيد فلان). Source: session 15, the precision sample of 2015-07-26 (قوات الأمن،
    قوات الجيش، شرطة المحافظة judged no entity) and the tune halves' golds."""
    j = i + 1
    n = len(z)
    if j >= n or not z.definite[j] or z.peel[j] or z.sentence[j] != z.sentence[i]:
        return False
    k, kj = z.key[i], z.key[j]
    if not ((k in FORCE_HEADS and kj in GENERIC_FORCE_COMPLEMENTS) or kj in ANAPHORIC_AREAS):
        return False
    a = j + 1
    if (
        a + 1 < n
        and z.clitics[a][:1] == ("و",)
        and z.definite[a]
        and z.definite[a + 1]
        and z.peel[a + 1] == 0
        and z.key[a + 1] in cg.norp_keys
        and z.sentence[a + 1] == z.sentence[i]
    ):
        return False  # a coordinated kind, then the nationality: قوات الأمن والدفاع التشادية
    return not (
        a < n
        and z.kind[a] == "word"
        and z.definite[a]
        and z.peel[a] == 0
        and z.sentence[a] == z.sentence[i]
        and (
            z.key[a] in cg.norp_keys
            or z.key[a] in ORG_TAIL_ADJECTIVES
            or z.key[a] in PLACE_TAIL_ADJECTIVES
            or _adjective_like(z.key[a])
        )
    )


def _action_complement(z, j: int, places) -> bool:
    """Token ``j``, right after an :data:`ACTION_HEADS` head, is the object of the action
    the head names, not a body's name: an indefinite everyday word (:func:`ordinary`:
    حفل، دورة، قضايا) with no proclitic that is no field of ``data/org_fields.txt``, no ORG
    head, facility head (مطار) or directorate head (مرور، شرطة), and starts no gazetteer
    or guarded name (``places``, as in :func:`_everyday_complement`). A place noun that
    names no facility is an object (تنظيم حقل "organising a field")."""
    return (
        not z.definite[j]
        and z.peel[j] == 0
        and j not in places
        and z.key[j] not in _org_fields()
        and not (z.key[j] in ORG_LOC_HEADS and z.key[j] not in PLACE_HEADS)
        and z.key[j] not in FACILITY_HEADS
        and z.key[j] not in DIRECTORATE_HEADS
        and ordinary(z, j)
    )


#: Heads of a company whose construct chain may describe it before its quoted name.
COMPANY_HEADS = _keys("شركة مجموعة")


def _company_description(z, i: int, end: int, cg) -> tuple[int, int] | None:
    """``(start, end)`` of the quoted name of the company that the rule-built span
    ``i:end`` after a :data:`COMPANY_HEADS` head describes, or None: up to three
    definite adjectives after ``end``, at least one of them, or the span's last word,
    a nationality, then a name in quote marks (شركة البرمجيات والتكنولوجيا الأميركية
    «مايكروسوفت»، شركة صناعة الهواتف | المحمولة الفنلندية «نوكيا»: the gold has the
    quoted name alone, :func:`_quoted`). Session 22: so does a description of its
    trade alone: the word after the head a field of ``data/org_fields.txt`` (definite,
    or indefinite in construct with a definite word), every later word definite, none
    with a proclitic (شركة الطاقة «فيرست إنيرجي»، شركة العقارات التجارية «كولييرز
    إنترناشونال»، شركة صناعة السيارات «فيات كرايسلر»: about 15 in 3,371 stories of
    2015-07-21 and 07-24), when the quoted words are a short name (up to
    :data:`MAX_QUOTED_NAME_WORDS` words, no stopword or reporting verb). Otherwise,
    without a nationality, the words before the quote are the company's own name
    (شركة اتحاد الاتصالات «موبايلي»، شركة الرمال القابضة «رمال»)."""
    if z.key[i] not in COMPANY_HEADS:
        return None
    n = len(z)
    nationality = z.key[end - 1] in cg.norp_keys
    trade = (
        end > i + 1
        and z.key[i + 1] in _org_fields()
        and (z.definite[i + 1] or end > i + 2)
        and all(
            (z.definite[t] or t == i + 1) and z.peel[t] == 0 and z.kind[t] == "word"
            for t in range(i + 1, end)
        )
    )
    j = end
    while j < n and j - end < 3 and z.kind[j] == "word" and z.definite[j] and z.peel[j] == 0:
        nationality = nationality or z.key[j] in cg.norp_keys
        j += 1
    if nationality:
        return _quoted(z, j)
    got = _quoted(z, j) if trade else None
    if got is None or got[1] - got[0] > MAX_QUOTED_NAME_WORDS:
        return None
    if any(z.stop[t] or z.key[t] in cg.reporting for t in range(*got)):
        return None
    return got


def _construct(z, j: int, cg) -> bool:
    """Indefinite token ``j`` is a noun in construct with the definite word after it,
    whatever its ending (شؤون المعلمين، صحة البيئة: an indefinite adjective takes no
    definite genitive): the next word of its sentence is definite, carries no
    proclitic, can be part of a name and is no nationality or time word."""
    a = j + 1
    return (
        a < len(z)
        and not z.definite[j]
        and z.key[j] not in cg.norp_keys
        and z.key[j] not in ADJECTIVES
        and z.sentence[a] == z.sentence[j]
        and z.definite[a]
        and z.peel[a] == 0
        and _name_like(z, a, cg)
        and z.key[a] not in _TIME_WORDS
    )


def _quoted(z, q: int) -> tuple[int, int] | None:
    """``(start, end)`` of the words between the quote mark at token ``q`` and its
    closing mark, one to five words of one sentence, or None."""
    n = len(z)
    if q >= n or z.key[q] not in _OPEN_QUOTES:
        return None
    j = q + 1
    while (
        j < n and j - q <= 6 and z.kind[j] in ("word", "latin") and z.sentence[j] == z.sentence[q]
    ):
        j += 1
    if j == q + 1 or j >= n or j - q > 6 or z.key[j] not in _CLOSE_QUOTES:
        return None
    return q + 1, j


def peeled_name_start(z, i: int) -> bool:
    """Whether token ``i``, the first word of a name in quote marks after its head noun
    (:func:`_quoted`), lost a letter of the name to a proclitic reading: the text layer
    peeled و ف ب ل ك or the future prefix س with no article after them, so the span
    would start inside the word (شركة «فيات كرايسلر»: ف + يات; منظمة «بلاند بيرنتهود»:
    ب + لاند; جماعة "لايون إيد": ل + ايون; شركة «ساراس»: س + اراس). Right after an
    opening mark after a head noun no conjunction, preposition or verb prefix stands:
    the whole word is the name's (session 21, gold21: 7 of 9
    mentions that started one letter after an opening mark on 2015-07-31 were cut so;
    the other two, “بالدمام” and لـ«للشرق الأوسط», carry the article and are left as
    they are)."""
    return z.kind[i] == "word" and z.peel[i] > 0 and not z.definite[i] and z.clitics[i] != ()


def leader_in_quotes(z, head: int, i: int, j: int, cg) -> bool:
    """Whether the quoted words ``i:j`` after an armed force's head at token ``head``
    (:data:`FORCE_HEADS`: قوات، ميليشيات; the head may open a longer name, قوات المخلوع)
    are one word that names a person, a first name of the list or a listed person's
    surname (ميليشيات "صالح"، قوات المخلوع "صالح"، قوات "حفتر"): the leader the force is
    named after, no organisation's name."""
    return (
        j - i == 1
        and z.key[head] in FORCE_HEADS
        and (z.key[i] in cg.first_names or z.key[i] in cg.person_surnames)
    )


#: Definite words other than a nisba that close a field phrase (لتحفيظ القرآن الكريم،
#: للكرة الطائرة "volleyball").
FIELD_TAIL_WORDS = _keys("الكريم الشريف الشريفين الطائرة")
#: Most words of a field phrase after its ل-noun (لرعاية مرضى الفشل الكلوي: 3).
FIELD_WORDS = 3


def field_tail(z, j: int, cg, *, any_field: bool = False) -> int:
    """End of an ORG name ending at ``j`` with the ل-phrase of its field of activity
    (``data/org_fields.txt``): ``لرعاية مرضى الفشل الكلوي``، ``للإطارات``،
    ``للصحافة والنشر``. The phrase is the ل-noun, then up to :data:`FIELD_WORDS`
    words of its construct chain, definite adjectives or و + definite nouns, in the
    same sentence; ``j`` when the word at ``j`` opens no such phrase. With
    ``any_field=True`` (session 20: after a definite body noun and a scope or
    nationality adjective, الشبكة السعودية | للمدفوعات، المركز الإقليمي | للأرصاد) any
    definite ل-noun (لل) opens the phrase, except a time word (للعام)."""
    n = len(z)
    if (
        j >= n
        or z.kind[j] != "word"
        or z.clitics[j] != ("ل",)
        or z.sentence[j] != z.sentence[j - 1]
    ):
        return j
    key = _lam_key(z, j)
    if key not in _org_fields() and not (
        any_field and z.definite[j] and z.peel[j] > 0 and key not in _TIME_WORDS
    ):
        return j
    k = j + 1
    definite = z.definite[j]
    # session 21: a definite ل-noun may take definite adjectives agreeing with it
    # (للكشاف المسلم، للسور الأخضر الكبير، للطب البديل), while nothing else came between
    feminine = key.endswith("ه") if definite else None
    while k < n and k - j <= FIELD_WORDS and z.kind[k] == "word" and z.sentence[k] == z.sentence[j]:
        # لكلية الملك فهد: the ل-noun is a head named after a titled person
        named = _namesake_end(z, k, cg) if k == j + 1 and key in ORG_LOC_HEADS else k
        if named > k:
            k = named  # لكلية الملك فهد (الأمنية): a body named after a titled person
            definite = True
        elif (
            z.definite[k]
            and (
                not definite  # الفشل (after مرضى), الإنسان (after لحقوق)
                # والنشر; not a body's head noun, which opens a second body (الهيئة
                # المصرية للكتاب | والمركز القومي للترجمة), nor people (session 20)
                or (
                    z.clitics[k] == ("و",)
                    and z.key[k] not in COORDINATED_HEADS
                    and z.key[k] not in FIELD_BODY_HEADS
                    and not human_plural(z.key[k])
                )
                or (z.peel[k] == 0 and z.key[k].endswith(("ي", "يه")))  # الكلوي
                or z.key[k] in FIELD_TAIL_WORDS
            )
            and (z.peel[k] == 0 or z.clitics[k] == ("و",))
        ):
            k += 1  # not a title or a noun after the name (للكهرباء الدكتور)
            definite = True
        elif feminine is not None and _agreeing_adjective(z, k, feminine):
            k += 1
            continue  # the next word may be a second adjective (الأخضر | الكبير)
        elif not definite and z.peel[k] == 0 and _construct(z, k, cg):
            k += 1  # مرضى (الفشل): an indefinite noun in construct, before any definite
        else:
            break  # للكهرباء رفعت الأسعار: a verb after the name
        feminine = None
    return k


def _agreeing_adjective(z, k: int, feminine: bool) -> bool:
    """Token ``k`` is a definite adjective with no proclitic that agrees in gender with
    the definite ل-noun of a field phrase before it (``feminine``: the noun's key ends
    in ة, folded ه): by form, a participle in م (المسلم، المحترفة), فعيل (البديل، الكبير),
    أفعل (الأخضر), or a word of :data:`ADJECTIVES`; a feminine one ends in ة, a
    masculine one in none of ة، ات، ون، ين. Not a title (للكهرباء | المهندس), a role, a
    time word or a nationality (:func:`_tail` takes those). Session 21: الاتحاد العربي
    للكشاف المسلم, the field phrase cut at «للكشاف | المسلم» before."""
    key = z.key[k]
    if not (
        z.kind[k] == "word"
        and z.definite[k]
        and z.peel[k] == 0
        and not z.clitics[k]
        and key not in _TIME_WORDS
        and key not in ROLES_AFTER_NAME
        and (key,) not in TITLES
    ):
        return False
    if feminine:
        if not key.endswith("ه"):
            return False
        stem = key[:-1]
    else:
        if key.endswith(("ه", "ات", "ون", "ين")):
            return False
        stem = key
    if key in ADJECTIVES:
        return True
    return (stem.startswith("م") and len(stem) >= 4) or (
        len(stem) == 4 and (stem[2] == "ي" or stem[0] == "ا")
    )


def compound_tail(z, i: int, j: int) -> int:
    """End of an ORG span ``i:j`` whose head noun (token ``i``) joins a second head and
    its field with و in one official name (:data:`COMPOUND_BODY_HEADS`,
    :data:`COMPOUND_FIELDS`): و + the second head (indefinite, no other proclitic) +
    its definite field with no proclitic, in the same sentence, and no definite nisba
    after the field naming a centre of its own: مستشفى الملك فيصل
    التخصصي ومركز الأبحاث (session 21); ``j`` otherwise (مستشفى الملك خالد الجامعي |
    ومركز الأمير سلطان للقلب، مستشفى الملك فهد | ومركز الأبحاث الطبية: a second body).
    A set look-up on the head first."""
    seconds = COMPOUND_BODY_HEADS.get(z.key[i])
    f = j + 1
    if (
        seconds is None
        or f >= len(z)
        or z.clitics[j] != ("و",)
        or z.key[j] not in seconds
        or z.definite[j]
        or z.key[f] not in COMPOUND_FIELDS
        or not z.definite[f]
        or z.peel[f] != 0
        or z.sentence[f] != z.sentence[i]
    ):
        return j
    a = f + 1
    if (
        a < len(z)
        and z.definite[a]
        and z.peel[a] == 0
        and z.key[a].endswith(("ي", "يه"))
        and z.sentence[a] == z.sentence[f]
    ):
        return j  # ومركز الأبحاث الطبية: a centre named in full, a second body
    return a


def _namesake_end(z, k: int, cg) -> int:
    """End of a royal title and the name after it at token ``k`` (:data:`NAMESAKE_TITLES`,
    definite, no proclitic, then :func:`_name_extent` in the same sentence), inside the
    name of a body (لكلية الملك فهد الأمنية: the person is part of the college's name);
    ``k`` when no titled name opens there."""
    if not (
        k + 1 < len(z)
        and z.key[k] in NAMESAKE_TITLES
        and z.definite[k]
        and z.peel[k] == 0
        and z.sentence[k + 1] == z.sentence[k]
    ):
        return k
    e = _name_extent(z, k + 1, cg, after_title=True)
    return e if e > k + 1 else k


def _place_tail(z, i: int, j: int) -> int:
    """End of a LOC span ``i:j`` opened by a facility noun (:data:`FACILITY_HEADS`):
    up to two definite adjectives of :data:`PLACE_TAIL_ADJECTIVES` in the same sentence
    are part of its name (مطار حائل الإقليمي، طريق المنتزة البري); other spans end at
    ``j``."""
    if z.key[i] not in FACILITY_HEADS:
        return j
    n = len(z)
    taken = 0
    while (
        j < n
        and taken < 2
        and z.kind[j] == "word"
        and z.definite[j]
        and z.peel[j] == 0
        and z.key[j] in PLACE_TAIL_ADJECTIVES
        and z.sentence[j] == z.sentence[i]
    ):
        j += 1
        taken += 1
    return j


def _tail(z, j: int, cg, *, nationality: bool = True, coordinated: bool = True) -> int:
    """End of an ORG span after its name ends at ``j``: coordinated definite words
    (والتنمية) and up to two definite nationality or tail adjectives, none written with
    a preposition (:data:`PREPOSITION_PROCLITICS`: مجلس التنمية السياحية | بالسعودية); with
    ``nationality=False`` (a name ending in an indefinite word, جامعة هايدلبرج
    الألمانية) the nationality is left out, as gold conventions have it; with
    ``coordinated=False`` (the name is a listed one, whole: قوات الجيش الوطني
    والمقاومة الشعبية names two bodies) no coordinated word is taken."""
    n = len(z)
    # coordinated names: حزب العدالة والتنمية، حزب الحرية والعدالة; a body's or
    # place's head noun after و opens a second one (اتحاد الكرة | والشرطة الصربية،
    # المنتخب الأردني | والفريق الأول)
    while (
        coordinated
        and j < n
        and z.definite[j]
        and z.peel[j] > 0
        and z.clitics[j] == ("و",)
        and z.key[j] not in COORDINATED_HEADS  # والشرطة، والفريق، والمملكة
        # a title opens a person's role: وكيل وزارة المالية | والرئيس التنفيذي لشركة
        and z.key[j] not in ROLES_AFTER_NAME
        and (z.key[j],) not in TITLES
        # session 20: people are no second field of a body's name (مجلس التعاون |
        # والمتطرفين); after people they may be (نقابة الصحفيين والإعلاميين)
        and not (human_plural(z.key[j]) and not human_plural(z.key[j - 1]))
    ):
        j += 1
    taken = 0
    while (
        j < n
        and taken < 2
        and z.kind[j] == "word"
        and z.definite[j]
        and not PREPOSITION_PROCLITICS & set(z.clitics[j])  # بالسعودية "in Saudi Arabia"
    ):
        if (
            j + 1 < n
            and z.key[j + 1] in ADJECTIVE_COMPLEMENTS
            and z.definite[j + 1]
            and z.peel[j + 1] == 0
        ):
            break  # دول مجلس الأمن | الدائمة العضوية: the adjective describes دول
        if not nationality and taken == 0 and _state_adjective(z, j, cg):
            j += 2  # شركة شيفرون العربية السعودية: a state's official adjective, whole
            taken += 2
        elif nationality and two_word_nationality(z, j, cg):
            j += 2  # وزارة الخارجية الكورية الجنوبية: a nationality of two words, whole
            taken += 2
        elif (nationality and z.key[j] in cg.norp_keys) or z.key[j] in ORG_TAIL_ADJECTIVES:
            j += 1
            taken += 1
            if nationality and _paired_nationality(z, j - 1, cg):
                j += 2  # مجلس الأعمال السعودي - الأمريكي: two states' body, one name
        elif _field_adjective(z, j, cg):
            j += 1  # مجلس التنمية السياحية، معهد البحوث الاقتصادية والاجتماعية
            while j < n and z.clitics[j] == ("و",) and _field_adjective(z, j, cg, coordinated=True):
                j += 1
            taken += 1
        else:
            break
    return j


def _paired_nationality(z, j: int, cg) -> bool:
    """Token ``j``, a definite nationality adjective taken into an ORG span, is followed
    by a dash (:data:`helpers.charsets.DASH_SET`, spaced or not) and a second definite
    nationality with no proclitic, in one sentence: the body of two states, whose name
    goes on past the dash (اللجنة العراقية - الروسية المشتركة، مجلس الأعمال السعودي -
    الأمريكي; session 19)."""
    d, a = j + 1, j + 2
    return (
        a < len(z)
        and z.key[j] in cg.norp_keys
        and z.key[d] in DASH_SET
        and z.kind[a] == "word"
        and z.definite[a]
        and z.peel[a] == 0
        and z.key[a] in cg.norp_keys
        and z.sentence[a] == z.sentence[j]
    )


def _state_adjective(z, j: int, cg) -> bool:
    """Tokens ``j``, ``j + 1`` are a state's official adjective of two words
    (:data:`STATE_ADJECTIVE_FIRST` + a definite feminine nationality, no proclitic on
    either, one sentence): العربية السعودية in شركة شيفرون العربية السعودية."""
    a = j + 1
    return (
        a < len(z)
        and z.key[j] in STATE_ADJECTIVE_FIRST
        and z.sentence[a] == z.sentence[j]
        and z.kind[a] == "word"
        and z.definite[a]
        and z.peel[a] == 0
        and z.key[a] in cg.norp_keys
        and z.key[a].endswith("يه")
    )


#: Zipf of the other gender's form (السياحي for السياحية) from which a definite word in
#: -ي / -ية is a relational adjective, not an abstract noun (المسؤولي 1.29).
_NISBA_PAIR_ZIPF = 2.5


def _relational(z, j: int, cg, *, coordinated: bool = False) -> bool:
    """Token ``j`` is a definite relational adjective with no proclitic (with
    ``coordinated``, و only): in -ي / -ية, written in the other gender too
    (:data:`_NISBA_PAIR_ZIPF`: السياحية / السياحي 3.89, an adjective; المسؤولية /
    المسؤولي 1.29, an abstract noun: وزارة الصحة | المسؤولية), no nationality, modifier,
    time word or adjective of :data:`ADJECTIVES` (الرسمية، العسكرية)."""
    k = z.key[j]
    if not (
        z.kind[j] == "word"
        and z.definite[j]
        and (z.peel[j] == 0 or (coordinated and z.clitics[j] == ("و",)))
        and k.endswith(("ي", "يه"))
        and k not in MODIFIERS
        and k not in ADJECTIVES
        and k not in _TIME_WORDS
        and k not in cg.norp_keys
    ):
        return False
    light = z.light(j)
    other = light[:-1] if k.endswith("يه") else light + "ة"
    return zipf(other) >= _NISBA_PAIR_ZIPF


def _court_kinds(z, i: int, j: int) -> int:
    """End of a court's name (head at ``i``) after its words up to ``j``: the definite
    adjectives of :data:`COURT_ADJECTIVES` that follow in its sentence, at most two words
    after the head when it is the name (المحكمة الجزائية المتخصصة) and all of a run of
    them after a place (محكمة جدة الجزائية المتخصصة)."""
    n = len(z)
    limit = i + 3 if j == i + 1 else j + 2
    while (
        j < n
        and j < limit
        and z.key[j] in COURT_ADJECTIVES
        and z.definite[j]
        and z.peel[j] == 0
        and z.sentence[j] == z.sentence[i]
    ):
        j += 1
    return j


def _kind_adjectives(z, i: int, j: int, cg) -> int:
    """End of an ORG span ``i:j`` whose name after the head noun is a place (نادي
    الباحة، بلدية المعابدة): up to two relational adjectives (:func:`_relational`) of
    the same sentence that agree with the head noun in gender name its kind and are
    part of the name: نادي الباحة الأدبي الثقافي، نادي الترجي الرياضي، بلدية المعابدة
    الفرعية. An adjective of the other gender belongs to a noun after the name."""
    feminine = z.key[i].endswith(("ه", "ات"))
    taken = 0
    while (
        j < len(z)
        and taken < 2
        and z.sentence[j] == z.sentence[i]
        and _relational(z, j, cg)
        and z.key[j].endswith("يه") == feminine
    ):
        j += 1
        taken += 1
    return j


def _field_adjective(z, j: int, cg, *, coordinated: bool = False) -> bool:
    """Token ``j`` is a relational adjective (:func:`_relational`) that names the field
    before it, part of an organisation's name: right after a definite field noun of
    ``data/org_fields.txt`` (التنمية، البحوث، الشؤون، الفنون), in the same sentence,
    or, with ``coordinated``, و + one after another such adjective: مجلس التنمية
    السياحية، لجنة الشؤون الخارجية، معهد البحوث الاقتصادية والاجتماعية، وزارة الشؤون
    البلدية والقروية. After an everyday noun (وكالة الأنباء الرسمية) an adjective
    describes the body and stays out; after a place, see :func:`_kind_adjectives`."""
    if not (j > 0 and z.sentence[j] == z.sentence[j - 1]):
        return False
    if not _relational(z, j, cg, coordinated=coordinated):
        return False
    f = j - 1
    return coordinated or (z.definite[f] and z.kind[f] == "word" and z.key[f] in _org_fields())


def _patronymic_namesake(z, i: int, cg, stops=()):
    """The span of an institution or a place named after a person by his patronymic
    with no title, opening at token ``i``, or None: an indefinite head noun of
    :data:`PATRONYMIC_NAMESAKE_ORG_HEADS` (ORG) or :data:`PATRONYMIC_NAMESAKE_PLACE_HEADS`
    (LOC), then a person's name (:func:`_name_extent`) with بن، بنت or ابن inside:
    مركز محمد بن نايف، مدرسة سعد بن أبي وقاص (ORG, with the ل-phrase of a listed field:
    :func:`field_tail`), شارع خالد بن الوليد، ملعب حمود بن أحمد الرياضي (LOC, with a
    facility's adjective: :func:`_place_tail`). The longer span wins over the person's
    (a name inside a name is not annotated). Without بن the person stays (إدارة
    أوباما، مشروع سعود الفيصل), except after a street's or square's head of
    :data:`STREET_NAMESAKE_HEADS`, where a name of two words or more is the street's
    (شارع أحمد عرابي، ميدان طلعت حرب)."""
    k = z.key[i]
    org = k in PATRONYMIC_NAMESAKE_ORG_HEADS
    if not (org or k in PATRONYMIC_NAMESAKE_PLACE_HEADS) or z.definite[i] or i + 2 >= len(z):
        return None
    p = i + 1
    if z.peel[p] or z.sentence[p] != z.sentence[i] or z.kind[p] != "word":
        return None
    if k == _HAYY and z.definite[p]:
        # a neighbourhood's own name is definite (حي الصفا، حي الروضة); a person named
        # after it is no namesake (حي الصفا صبري بن عمر الكثيري: LOC حي الصفا, then the
        # PERSON; dev4tune, lost by session 23's حي namesake rule)
        return None
    e = _name_extent(z, p, cg, after_title=False, stops=stops)
    street = (
        k in STREET_NAMESAKE_HEADS
        and e - p >= 2
        and not (k == _ROAD and i > 0 and z.key[i - 1] == _AN)  # عن طريق "by way of"
    )
    if not street and (e - p < 3 or not any(z.key[t] in _SON_OF for t in range(p + 1, e - 1))):
        return None
    from helpers.entities.matcher import Span

    if org:  # no coordinated name: مؤسسة الوليد بن طلال والمعهد العربي is two bodies
        return Span(i, field_tail(z, e, cg), "ORG", "rule", [], 1)
    return Span(i, _place_tail(z, i, e), "LOC", "rule", [], 1)


#: Words read after و as the second name of a coordination (قناة العربية والجزيرة: one
#: word; قناة العربية والجزيرة مباشر, up to three).
COORDINATED_WORDS = 3


def coordinated_names(z, cg, normal: list) -> list:
    """Second names of a coordination that share the head noun of a listed name before
    them: after a gazetteer ORG span of two words or more (``normal``), a word with the
    proclitic و alone (no other clitic), in the same sentence, that with the span's
    first word (its head noun) and up to :data:`COORDINATED_WORDS` - 1 words after it
    is a listed ORG name itself, article agreeing (قناة العربية والجزيرة: قناة + الجزيرة
    is قناة الجزيرة; وزارة الداخلية والخارجية). Each becomes an ``ORG`` span of that
    name's rows without the و, ``method="context"``, ``priority=0``; the longest such
    name wins. In the matcher's spans given to :func:`helpers.entities.rules.rule_spans`,
    so :func:`before_listed` ends a rule span before it (قناة الجزيرة | والعربية was
    one rule ORG). Session 19, fixent19; raises nothing."""
    from helpers.entities.matcher import Span

    n = len(z)
    out = []
    for s in normal:
        t = s.j
        if (
            s.j - s.i < 2
            or t >= n
            or not s.cands
            or cg.types[s.cands[0]] != "ORG"
            or z.clitics[t] != ("و",)
            or z.kind[t] != "word"
            or z.sentence[t] != z.sentence[s.i]
        ):
            continue
        head = z.key[s.i]
        for m in range(min(COORDINATED_WORDS, n - t), 0, -1):
            if z.sentence[t + m - 1] != z.sentence[t]:
                continue
            hit = cg.automaton.get(" " + " ".join((head, *z.key[t : t + m])) + " ", None)
            if hit is None or hit[1] < 0 or hit[1] in cg.guarded_ci:
                continue
            rows = cg.candidates[hit[1]]
            sigs = cg.signatures[hit[1]]
            sig = (z.definite[s.i], *z.definite[t : t + m])
            if cg.types[rows[0]] != "ORG" or (sigs is not None and sig not in sigs):
                continue
            out.append(Span(t, t + m, "ORG", "context", list(rows), 0))
            break
    return out


def before_listed(z, sp, cg, listed: dict[int, list[int]]):
    """An ORG or LOC span of :func:`rule_spans` ends before a listed name it reaches
    across و: a listed name (``listed``: start token → gazetteer rows of the zone's
    matches) opening at a token inside the span, past its first word, whose proclitics
    begin with و names a second body, never part of the first (جامعة ستانفورد |
    وجامعة برنستون، جامعة ستانفورد | والمارينز، جامعة كورنيل | وبرنستون). A span left
    with its head noun alone names nothing: None. A nationality (NORP) is no listed
    name here; other spans pass unchanged. A body named with two parts joined by و
    keeps them when its second part is no listed name (وزارة العمل والتنمية
    الاجتماعية، هيئة الأمر بالمعروف والنهي عن المنكر)."""
    if sp.type not in ("ORG", "LOC") or sp.method != "rule":
        return sp
    for t in range(sp.i + 1, sp.j):
        rows = listed.get(t)
        if rows and z.clitics[t][:1] == ("و",) and cg.types[rows[0]] != "NORP":
            if t == sp.i + 1:
                return None
            return replace(sp, j=t)
    return sp


def before_affiliation(z, sp):
    """An ORG or LOC span of :func:`rule_spans` ends before an affiliation word inside
    it (:data:`AFFILIATION_WORDS`: التابع، التابعة "affiliated to"), past its first
    word: the body the ل-phrase after it names is a second mention, its parent, never
    part of the first (مستشفى الملك فهد | التابع لوزارة الصحة، جامعة الملك عبدالعزيز |
    التابعة لوزارة التعليم; a person's name read after الملك took the definite word as
    a family name). Session 21 (org21b), dev5tune's kind 2; :func:`_chain` already
    stopped there. A span whose head is followed by the word names nothing: None.
    PERSON spans and listed names pass unchanged."""
    if sp.type not in ("ORG", "LOC") or sp.method != "rule":
        return sp
    for t in range(sp.i + 1, sp.j):
        if z.key[t] in AFFILIATION_WORDS and z.definite[t]:
            if t == sp.i + 1:
                return None
            return replace(sp, j=t)
    return sp
