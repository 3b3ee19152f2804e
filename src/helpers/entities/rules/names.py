"""The extent of a person's name (:mod:`helpers.entities.rules`): from its first
token through first names, particles (بن، أبو، عبد، آل), chains of patronymics,
compound names (عبدالله، جلال الدين), family names and surnames, foreign names and
particles (:func:`_name_extent`), and the tests a rule asks of a name's words
(family names, nisbas, a first name that is also a town, a surname that is a company)."""

from __future__ import annotations

from helpers.entities.keys import ABD, ALLAH_FIRSTS, ALLAH_FUSED, fused_abd, normal, surface_key
from helpers.entities.rules.lexicons import (
    _LA,
    _TITLE_FIRST,
    ADJECTIVES,
    COMPOUND_PARTICLES,
    CONSTRUCT_TITLES,
    FACILITY_TAIL_NOUNS,
    FOREIGN_PARTICLES,
    HIJRI_MONTHS,
    MODIFIERS,
    NAME_PART_TITLES,
    NOT_NAMES,
    ORG_HEADS,
    PARTICLES,
    PLACE_HEADS,
    PREPOSITIONS_AFTER_NAME,
    RANK_BARE_QUALIFIERS,
    RANK_QUALIFIERS,
    RANKS_BEFORE_NAMES,
    ROLES_AFTER_NAME,
    THAT_PARTICLES,
    TITLE_NAMES,
    TITLES,
    VENUE_TAILS,
    VERB_SUBJECT_SKIP,
    _generated_first_names,
    _k,
    _keys,
    _noun_names,
)
from helpers.entities.rules.words import (
    _ORDINARY_ZIPF,
    _TIME_WORDS,
    _accusative,
    _adjective_like,
    _adverb,
    _dash_between,
    _inflected,
    _name_like,
    _nisba_like,
    _noun_form,
    _past_verb,
    _preposition_name,
    _present_verb,
    _subject_verb,
    ordinary,
    possessed_noun,
    prefixed_everyday,
    verbal_noun,
)
from helpers.text import normalize
from helpers.text.clitics import future_verb, stems
from helpers.text.lexical import (
    hal_participle,
    looks_like_name,
    preposition_noun,
    suffixed_noun,
    takes_article,
    verb_form,
    zipf,
)


def _foreign(z, i: int, cg, stops=()) -> bool:
    """Token ``i`` can be a name nobody listed: a word with no article or proclitic
    that the lexicon does not know as an ordinary Arabic word
    (:func:`helpers.text.lexical.looks_like_name`: ترودو، كلينتون، شولمان)."""
    return (
        _name_like(z, i, cg)
        and not z.definite[i]
        and z.peel[i] == 0
        and i not in stops
        and z.key[i] not in cg.first_names
        and not fused_abd(z.key[i])  # عبدربه opens a name of its own (keys.fused_abd)
        and z.key[i] not in ALLAH_FUSED  # عطاالله الشمري: a first name, the same
        and z.key[i] not in ORG_HEADS
        and z.key[i] not in PLACE_HEADS
        and looks_like_name(z.light(i))
        and not _preposition_name(z.light(i), cg)
    )


def _foreign_middle(z, e: int, cg, stops=()) -> bool:
    """Tokens ``e``, ``e + 1`` go on a foreign name (after a word of :func:`_foreign`):
    ``e`` is a word the lexicon knows but no everyday word (:func:`ordinary`: بارون
    "baron", Zipf 3.41), with no article, proclitic or conjunction, and ``e + 1`` is a
    word no Arabic word reads as (:func:`_foreign`): بيتاني بارون جيبس. A middle word
    alone, with no such surname after it, is left out (قال ترودو مستغربا)."""
    a = e + 1
    return (
        a < len(z)
        and z.sentence[a] == z.sentence[e] == z.sentence[e - 1]
        and e not in stops
        and _name_like(z, e, cg)
        and not z.definite[e]
        and z.peel[e] == 0
        and not ordinary(z, e)
        and not {"و", "ف"} & set(z.clitics[a])
        and _foreign(z, a, cg, stops)
    )


#: Name particles that make the word before them a first name: جلوي بن عبدالعزيز.
_SON_OF = _keys("بن ابن بنت")
_AAL = _k("آل")


def _family_name(z, j: int, cg) -> bool:
    """Token ``j`` can close a name after ``بن X`` as a definite family name
    (عبدالرحمن بن عبدالله العبدالجبار، عبداللطيف بن راشد الزياني): the lexicon finds the
    definite word rare (Zipf < 3.2) or far more frequent than its indefinite form (a
    nisba used as a family name: الغامدي 3.66 / غامدي 1.51), and it is no feminine or
    plural noun, title or nationality."""
    k = z.key[j]
    if not (z.definite[j] and z.peel[j] == 0 and _name_like(z, j, cg)):
        return False
    if k.endswith(("يه", "ات")) or k in cg.norp_keys:
        return False
    light = z.light(j)
    whole = zipf(light)
    return whole < 3.2 or whole - zipf(light[2:]) >= 0.85


#: Zipf under which a definite nisba in ي closes a patronymic before punctuation
#: (:func:`_closing_family_name`: بن مانع العمري، 4.07).
_NISBA_FAMILY_ZIPF = 4.5
#: First parts of compound first names with الدين (جلال الدين، سراج الدين، صلاح الدين):
#: the pair is one first name, a surname may follow (جلال الدين حقاني).
DIN_FIRSTS = _keys(
    "جلال سراج صلاح نور عز علاء بدر شمس نصر خير بهاء فخر تاج شهاب كمال محي محيي زين "
    "عماد سيف ضياء نجم قطب قمر جمال حسام تقي معين ركن غياث برهان شرف صدر ناصر محب "
    "عصام نظام حسن"
)
_DIN = _k("الدين")
# ALLAH_FIRSTS / ALLAH_FUSED (ضيف الله، عطاالله): helpers.entities.keys, which also
# gives the spellings of one such name one key (keys.allah_key)


def _din_end(z, i: int) -> int:
    """``i + 2`` when tokens ``i, i + 1`` are a compound first name in الدين (جلال
    الدين: :data:`DIN_FIRSTS`) or in الله (ضيف الله: :data:`ALLAH_FIRSTS`), both
    without proclitic, the first indefinite, else ``i``."""
    if (
        i + 1 < len(z.key)
        and not z.definite[i]
        and z.peel[i + 1] == 0
        and z.sentence[i + 1] == z.sentence[i]
        and (
            (z.key[i] in DIN_FIRSTS and z.key[i + 1] == _DIN and z.definite[i + 1])
            or (z.key[i] in ALLAH_FIRSTS and z.key[i + 1] == _ALLAH)
        )
    ):
        return i + 2
    return i


def _closing_family_name(z, j: int, cg) -> bool:
    """Token ``j`` closes a patronymic name as a family name that is also an everyday
    word (عزام بن محمد الدخيّل: الدخيل "the intruder", Zipf 3.56, as frequent as دخيل):
    a definite word with no proclitic, no plural, feminine or nisba-adjective ending
    (-ات -ية -ون -ين), no time word, title or modifier, less frequent than an everyday
    noun (Zipf < 4.0: التقى محمد بن سلمان الوفد is the verb's object), and the clause
    ends right after it: punctuation, the end of the zone, a reporting verb or إن / أن
    (:data:`THAT_PARTICLES`); or, for a word rarer than :data:`_NISBA_FAMILY_ZIPF`, a
    role in construct follows (:func:`_role_after`: فهد بن عبد الله العسكر نائب
    السكرتير, 4.13). A noun after ``X بن Y`` in running text has words of its own after
    it."""
    k = z.key[j]
    if not (z.definite[j] and z.peel[j] == 0 and _name_like(z, j, cg)):
        return False
    if k.endswith(("ات", "يه", "ون", "ين")) or k in _TIME_WORDS or k in MODIFIERS:
        return False
    # التقى محمد بن سلمان الوفد: a frequent noun is the verb's object; a nisba in ي is
    # a family name up to a higher frequency (العمري 4.07, "my age" عمري beside it)
    zw = zipf(z.light(j))
    limit = _NISBA_FAMILY_ZIPF if k.endswith("ي") else _ORDINARY_ZIPF
    if zw < limit and _clause_ends_after(z, j, cg, that=True):
        return True
    # خالد بن صالح العباد رئيس المراسم (4.01): a role in construct after it ends the
    # name as well, up to the frequency of a nisba family name
    return zw < _NISBA_FAMILY_ZIPF and _role_after(z, j)


def _nisba_family_in_clause(z, j: int, cg) -> bool:
    """Token ``j``, right after ``بن`` + a name (the token before it follows بن, بنت or
    ابن), closes the patronymic as a family name in the middle of its clause: a
    definite nisba in ي (:func:`_nisba_like`: its stem is a word) with no proclitic,
    rarer than :data:`_NISBA_FAMILY_ZIPF`, no nationality, modifier or time word:
    عبد الله بن محمد بن سعد الشهري وعدد من المسؤولين (الشهري 4.10, "monthly", as
    frequent as شهري 4.23, so :func:`_family_name` refuses it, and the clause goes on,
    so :func:`_closing_family_name` does too). After بن and a name an adjective has
    nothing to describe but the man, and the tribal names in ي are the commonest
    family names of the Saudi press. The caller leaves out a name after a royal title,
    which an institution's adjective may follow (مركز الملك عبدالعزيز بن ... التخصصي)."""
    k = z.key[j]
    if j < 2 or z.key[j - 2] not in _SON_OF or z.peel[j - 2] or z.peel[j - 1]:
        return False
    if not (z.definite[j] and z.peel[j] == 0 and k.endswith("ي") and _name_like(z, j, cg)):
        return False
    if k in cg.norp_keys or k in MODIFIERS or k in _TIME_WORDS:
        return False
    light = z.light(j)
    return zipf(light) < _NISBA_FAMILY_ZIPF and _nisba_like(light)


def _first_name_family(z, j: int, cg) -> bool:
    """Token ``j`` closes a patronymic as a family name formed from a first name with
    the article (أحمد بن محمد السالم، سعود بن عبدالله الراشد، عبدالعزيز بن صالح
    العلي: Najdi family names): a definite word with no proclitic whose key is a listed
    first name that is no everyday noun (``noun`` in ``data/first_names.txt``), no
    title, modifier or time word, rarer than :data:`_NISBA_FAMILY_ZIPF` (الحمد "praise"
    4.76 is the word) and not opening a religious formula (الحمد لله)."""
    k = z.key[j]
    return (
        z.definite[j]
        and z.peel[j] == 0
        and z.kind[j] == "word"
        and k in cg.first_names
        and k not in _noun_names()
        and k not in _TITLE_FIRST
        and k not in MODIFIERS
        and k not in _TIME_WORDS
        and not z.stop[j]
        and zipf(z.light(j)) < _NISBA_FAMILY_ZIPF
        and not (j + 1 < len(z) and z.key[j + 1] == _ALLAH)
    )


def _royal_definite_unsupported(z, j: int, cg, *, royal: bool) -> bool:
    """Token ``j``, a definite word right after a first name that a royal title
    (الملك، الأمير، السلطان) opened with no بن chain (``royal``), has no evidence of
    being his family name, so it is not one: no listed surname (الفيصل), no family name
    by the lexicon (:func:`_family_name`: rare, or a nisba far more frequent with its
    article, السديري 3.32 / 1.17), no first name with the article
    (:func:`_first_name_family`), no second part of a compound (الله، الدين), and no
    adjective by form (a nisba in ي/ية, a participle in م, a word of
    :data:`ADJECTIVES`), which an institution named after him takes as before
    (متنزه الملك عبدالله البيئي، مكتبة الملك عبدالعزيز المتنقلة). A royal is named by his
    first name, so a definite noun after it in an institution's name is the sentence's
    next word (جامعة الملك سعود النتائج 4.89, مستشفى الملك فهد التابع 4.67). Session 21
    (org21c), a kind of dev5tune's errors."""
    k = z.key[j]
    stem = k[:-1] if k.endswith("ه") else k
    adjective = (
        k.endswith(("ي", "يه")) or k in ADJECTIVES or (stem.startswith("م") and len(stem) >= 4)
    )
    return (
        royal
        and z.definite[j]
        and not adjective
        and k not in COMPOUND_SECONDS
        and k not in cg.person_surnames
        and not _family_name(z, j, cg)
        and not _first_name_family(z, j, cg)
    )


def _second_family_name(z, j: int, cg, p: int) -> bool:
    """Token ``j`` is a second family name after the first one that closed a patronymic
    (يحيى بن محمد الرفيدي القحطاني: clan, then tribe): a definite nisba in ي of the
    same sentence that :func:`_family_name` reads as a family name (a rare word, or
    one far more frequent with the article than without: القحطاني) and no
    nationality (السعودي) or modifier (الحالي)."""
    return (
        j < len(z)
        and z.sentence[j] == z.sentence[p]
        and z.kind[j] == "word"
        and z.key[j].endswith("ي")
        and z.key[j] not in MODIFIERS
        and z.key[j] not in _TIME_WORDS
        and _family_name(z, j, cg)
    )


def _plain_word(z, j: int, cg) -> bool:
    """Token ``j`` is a plain word: an indefinite word with no proclitic peeled that is
    no listed first name and no fused عبد name (عبدالله). The common part of
    :func:`_middle_before_family` and :func:`_bare_title_after`, which add their own
    conditions."""
    k = z.key[j]
    return (
        z.kind[j] == "word"
        and not z.definite[j]
        and z.peel[j] == 0
        and k not in cg.first_names
        and not fused_abd(k)
    )


def _middle_before_family(z, j: int, cg, p: int) -> bool:
    """Token ``j``, just taken as the surname after a first name, is a middle name word
    and token ``j + 1`` the family name that closes the name: ``j`` is an indefinite
    word with no proclitic, no listed first name or surname, rarer than
    :data:`_WHOLE_SURNAME_ZIPF` (سحيمان 0.0: a name, no Arabic word), and ``j + 1`` is
    a definite nisba family name of :func:`_second_family_name` (الشراري 2.87; not a
    nationality, modifier or time word): محمد سحيمان الشراري، ضيف الله سحيمان الشراري
    (was cut after سحيمان). A modifier or nationality after it (محمد سحيمان الحالي،
    السعودي), or an adjective common without its article (جيريمي كوربين الاشتراكي:
    :data:`_BARE_NISBA_ZIPF`), is no family name; a listed first name in the middle
    already carries the name on (محمد علي الشراري)."""
    k = z.key[j]
    return (
        _plain_word(z, j, cg)
        and not z.tanween[j]
        and k not in cg.person_surnames
        and zipf(z.light(j)) < _WHOLE_SURNAME_ZIPF
        and _second_family_name(z, j + 1, cg, p)
        # جيريمي كوربين الاشتراكي: an adjective in everyday use without its article
        # (اشتراكي 3.34) describes the man; a tribal nisba is rare bare (شراري 1.47)
        # or frequent as a first name (الحمدي: حمدي 4.07)
        and (
            zipf(z.light(j + 1)[2:]) < _BARE_NISBA_ZIPF
            or surface_key(z.light(j + 1)[2:]) in cg.first_names
        )
    )


#: Zipf of a nisba without its article under which it is a family name after a middle
#: name word (:func:`_middle_before_family`): قحطاني 1.68، رشيدي 2.40، ألمعي 2.58 (or
#: a first name bare: الحمدي، حمدي 4.07); the adjectives of politics are everyday words
#: bare (اشتراكي 3.34، يساري 3.48، ديمقراطي 3.80).
_BARE_NISBA_ZIPF = 3.0


def _name_part_title(z, j: int, fn, stops=()) -> bool:
    """Token ``j`` is an honorific of :data:`NAME_PART_TITLES` (شيخ، سيد) that is a
    part of the name it stands in: written with no article, proclitic or tanween,
    right after a first name (``fn`` or a fused عبد name) and right before a first name
    of the hand-written list (no generated one), all three in one sentence: حسن شيخ
    محمود، شريف شيخ أحمد (was cut into حسن and محمود). Before a definite word (حسن شيخ
    القبيلة "the tribe's chief") or a word no list holds it is left out."""
    a = j + 1
    if j < 1 or a >= len(z) or a in stops or j in stops:
        return False
    if z.key[j] not in NAME_PART_TITLES or z.definite[j] or z.peel[j] or z.tanween[j]:
        return False
    if not (z.sentence[j - 1] == z.sentence[j] == z.sentence[a]):
        return False
    prev, nxt = z.key[j - 1], z.key[a]
    if not (prev in fn or fused_abd(prev)) or z.definite[j - 1]:
        return False
    return (
        z.kind[a] == "word"
        and not z.definite[a]
        and z.peel[a] == 0
        and ((nxt in fn and nxt not in _generated_first_names()) or fused_abd(nxt))
    )


#: Zipf (with the article) from which a word in ـتي is read as a noun in ة in the dual
#: construct or with the suffix "my" (برقيتي: البرقية 3.31), not a family name in -تي.
_DUAL_NOUN_ZIPF = 3.0


def _word_after_chain(light: str) -> bool:
    """A word (its ``light`` form) after a بن-chain that is an ordinary word, not a
    family name no Arabic word reads as: a noun with a pronoun suffix
    (:func:`helpers.text.lexical.suffixed_noun`), a noun in ة in the dual construct or
    with "my" (برقيتي "his two telegrams of", the article form at Zipf >=
    :data:`_DUAL_NOUN_ZIPF`), or a function word after و or ف written whole (والى "and
    to"): محمد بن نايف [برقيتي تهنئة]، محمد بن سلمان بن عبدالعزيز [والى كافة]."""
    from helpers.text.stopwords import is_stopword

    return (
        suffixed_noun(light)
        or (light.endswith("تي") and zipf("ال" + light[:-2] + "ة") >= _DUAL_NOUN_ZIPF)
        or (len(light) > 2 and light[0] in "وف" and is_stopword(normal(light[1:])))
    )


def _rare_family_closing(z, j: int, cg) -> bool:
    """Token ``j``, right after ``بن`` + a name, is an indefinite family name that the
    lexicon knows as a word (so :func:`_foreign` refuses it) but a rare one (Zipf <
    :data:`_WHOLE_SURNAME_ZIPF`): no article, proclitic or stopword, no first name, no
    word :func:`_word_after_chain` reads as ordinary; and the name ends after it: a
    role in construct follows (:func:`_role_after`) or the clause ends
    (:func:`_clause_ends_after`, with إن / أن): حازم بن مصطفى زقزوق رئيس الجمعية
    (زقزوق 2.23). A rare word that goes on to words of its own is left out, and so is
    one whose و or ف stands on a word (وأدبه: و + أدبه "his manners")."""
    if z.definite[j] or z.peel[j] or z.stop[j] or z.tanween[j] or z.kind[j] != "word":
        return False
    k = z.key[j]
    if k in cg.first_names or fused_abd(k) or not _name_like(z, j, cg):
        return False
    light = z.light(j)
    if zipf(light) >= _WHOLE_SURNAME_ZIPF or _word_after_chain(light):
        return False
    # الأمير محمد بن سلمان وأدبه،: و or ف the tokeniser left on a word (أدبه "his
    # manners", a noun with a pronoun) opens the next phrase; فلاتة، فقيه stay names
    rest = light[1:]
    if light[:1] in ("و", "ف") and (zipf(rest) >= _WHOLE_SURNAME_ZIPF or suffixed_noun(rest)):
        return False
    return _role_after(z, j) or _clause_ends_after(z, j, cg, that=True)


def _dual_or_plural(light: str) -> bool:
    """A word in ين، ان or ون whose stem without them is an everyday word (Zipf >=
    :data:`_ORDINARY_ZIPF`): a dual or plural (جاهزان: جاهز 4.22), no surname."""
    return light.endswith(("ين", "ان", "ون")) and zipf(light[:-2]) >= _ORDINARY_ZIPF


def _third_name_closing(z, p: int, j: int, cg, *, after_title: bool) -> bool:
    """Token ``j``, right after two first names (محمد علي، هبة الله علي), is the family
    name that closes the name though it is no nisba: an indefinite word with no
    proclitic, tanween or stopword (:func:`_plain_word`: no listed first name), no
    listed surname's article form, rarer than :data:`_WHOLE_SURNAME_ZIPF` (شريم 2.51:
    a name more than a word), no noun with a pronoun or dual construct
    (:func:`_word_after_chain`), in the sentence of the name; and the context says
    person: a title or role before the name (``after_title``), or the clause ends right
    after it (punctuation, a reporting verb, إن / أن: :func:`_clause_ends_after`) or a
    role in construct follows (:func:`_role_after`). After two first names the old rule
    took only a nisba (محمد صلاح جاهزيته: the second first name is the surname and the
    rest the clause's); a rare word closing the clause has nothing of the clause to be.
    Refused: a listed name before it (:func:`_listed_whole`: زيارة جون كيري مرتقبة),
    a word more frequent with the article (:data:`_THIRD_ARTICLE_GAP`: مرتقبة 2.54 /
    المرتقبة 3.48, an adjective; شريم 2.51 / 2.60 stays) and a dual or plural in ين/ان/ون
    of an everyday noun (علي سلمان عملين "two works": عمل, Zipf >= 4.0). Left out: a
    story naming the person elsewhere (no story-level evidence here). Session 18: after
    two listed first names neither of which is an everyday word (flag ``common``:
    محمد علي, not صقر خالد) the rare word closes the name without that context."""
    if not _plain_word(z, j, cg) or z.tanween[j] or z.stop[j]:
        return False
    if z.sentence[j] != z.sentence[j - 1] or not _name_like(z, j, cg):
        return False
    light = z.light(j)
    zw = zipf(light)
    # حسين علي أميري إن، محمد علي جعفري قائد: a word in ي the lexicon reads as a noun
    # with "my" (أمير + ي) is a nisba-like family name here, up to a rarer Zipf, where
    # the context closes the name (session 19)
    my_noun = light.endswith("ي") and not light.endswith("تي") and suffixed_noun(light)
    if my_noun:
        if zw >= _MY_NOUN_SURNAME_ZIPF or _past_verb(light):
            return False
    elif zw >= _WHOLE_SURNAME_ZIPF or _word_after_chain(light) or _past_verb(light):
        return False
    if zipf("ال" + light) >= zw + _THIRD_ARTICLE_GAP or _listed_whole(z, p, j, cg):
        return False
    if _dual_or_plural(light):
        return False
    if after_title or _clause_ends_after(z, j, cg, that=True) or _role_after(z, j):
        return True
    if my_noun:
        return False  # mid-clause a noun with "my" is the clause's (علي كتابي)
    # وحضر محمد علي شريم الحفل: after two first names that are no everyday word, a rare
    # word is the family name mid-clause too (session 18; صقر، شايع stay out)
    fn = cg.first_names
    return all(z.key[t] in fn and not fn[z.key[t]] for t in (j - 2, j - 1))


#: Zipf under which a word in ي that reads as a noun with "my" closes a name after two
#: first names where the context closes it (:func:`_third_name_closing`: أميري 3.57،
#: جعفري 3.21 pass; كتابي 4.07، بيتي 4.37، قلبي 4.83 do not).
_MY_NOUN_SURNAME_ZIPF = 4.0
#: Zipf by which the definite form of a word after two first names may outdo the word
#: for it to be no family name (:func:`_third_name_closing`: مرتقبة 2.54 / المرتقبة 3.48).
_THIRD_ARTICLE_GAP = 0.5


def _compound_first_surname(z, j: int, cg) -> bool:
    """Token ``j`` is the surname after a compound first name (عبد القادر، أبو بكر),
    which is one first name as محمد is: an indefinite word of the same sentence with no
    proclitic that is no everyday word (:func:`ordinary`: عنوان، استخدام), no past-tense
    verb (:func:`_past_verb`: اختطف، كسب) and no noun with a pronoun suffix other than
    ي, which nisba names end in (:func:`helpers.text.lexical.suffixed_noun`: تأكيده،
    نائبه; not خمري): عبد القادر خمري، عبد القيوم ذاكر، عبد الغني باتاي."""
    light = z.light(j)
    return (
        z.sentence[j] == z.sentence[j - 1]
        and z.kind[j] == "word"
        and not z.definite[j]
        and z.peel[j] == 0
        and _name_like(z, j, cg)
        and not ordinary(z, j)
        and not _past_verb(light)
        and not (suffixed_noun(light) and not light.endswith("ي"))
    )


#: Marks that open what follows (a quotation, a bracket): no end of a clause before them
#: (مكتبة الملك عبدالعزيز تدشن «قطار القراءة»: تدشن is the verb, its object quoted).
_OPENING_MARKS = frozenset("«(“[{")


def _clause_ends_after(z, j: int, cg, *, that: bool = False) -> bool:
    """The clause ends right after token ``j``: punctuation other than an opening mark
    (:data:`_OPENING_MARKS`), the end of the zone or of the sentence, or a reporting
    verb; with ``that``, also the particle إن / أن that opens reported speech or a
    clause of its own (:data:`THAT_PARTICLES`: محمد بن عبدالله المرشد إن). A number or
    a Latin word goes on with the clause (رجب تزن 851 طنا: a verb and its object)."""
    a = j + 1
    if a >= len(z) or z.sentence[a] != z.sentence[j]:
        return True
    if z.kind[a] == "word":
        return z.key[a] in cg.reporting or (that and z.key[a] in THAT_PARTICLES and z.peel[a] == 0)
    return z.kind[a] == "punct" and z.key[a][:1] not in _OPENING_MARKS


#: The feminine royal titles: a royal is named by her first name (الملكة علياء).
_ROYAL_TITLES_FEMININE = _keys("الملكة الأميرة السلطانة")


def _adjective_title(light: str) -> bool:
    """A title word in ي that is as often an adjective: its feminine in ية is at least
    as frequent (الدولي 5.41 / الدولية 5.47: "international"); not القاضي (4.84 /
    3.87), الصحفي (4.60 / 4.26)."""
    return light.endswith("ي") and zipf(light + "ة") >= zipf(light)


def _bare_title_after(z, j: int, cg) -> bool:
    """Nothing a title takes follows token ``j`` (a title word after a titled first
    name, :func:`_name_extent`): the clause ends (:func:`_clause_ends_after`, with إن /
    أن), or the next word is an indefinite word with no proclitic that is no stopword,
    first name, nationality or title (المهندس صالح القاضي ترسية المشروع: ترسية is the
    verb's object). A definite word (its complement or adjective: الوزير السعودي), a
    name, a preposition or a proclitic (الوزير في مكتبه، القاضي بالمحكمة) make the title
    a title."""
    if _clause_ends_after(z, j, cg, that=True):
        return True
    a = j + 1
    k = z.key[a]
    return (
        _plain_word(z, a, cg) and not z.stop[a] and k not in cg.norp_keys and k not in _TITLE_FIRST
    )


def _compound_family_before(z, j: int, p: int) -> bool:
    """Tokens ``j - 2``, ``j - 1`` of the name opened at ``p`` are a compound family
    name: عبد written with the article (العبد, no proclitic) after a first word of the
    name, then a name of God with the article (الله، اللطيف، الكريم): محمد العبد الله،
    خالد العبد الكريم (Gulf family names, also written as one word: العبدالله)."""
    a = j - 2
    return (
        a > p
        and z.key[a] == ABD
        and z.definite[a]
        and z.peel[a] == 0
        and z.peel[j - 1] == 0
        and (z.definite[j - 1] or z.key[j - 1] == _ALLAH)
        and z.sentence[j - 1] == z.sentence[a] == z.sentence[p]
    )


#: The most first names a Gulf nasab chain holds with the article before its family name
#: (:func:`_nasab_chain_end`: جابر المبارك الحمد الصباح، ناصر المحمد الأحمد الصباح).
_NASAB_CHAIN = 3


def _nasab_chain_end(z, j: int, cg) -> int:
    """The end (exclusive) of a Gulf nasab chain at token ``j``, else ``j``: one to
    :data:`_NASAB_CHAIN` listed first names written with the article (the father's and
    grandfather's names, المبارك الحمد: keys in ``cg.first_names``), then a definite
    word that is a listed person's surname (``cg.person_surnames``: الصباح of صباح
    الأحمد الجابر الصباح; a first name too, صباح), the longest such chain, every word
    with no proclitic, no stopword, in ``j``'s
    sentence: الشيخ جابر المبارك الحمد الصباح (Kuwait's prime minister; the extent
    stopped at الحمد, "praise", an everyday word). Set look-ups only; asked where the
    extent reads a definite first name. Source: session 20 (person20)."""
    n = len(z)
    fn = cg.first_names
    end = j
    e = j
    while e < n and e - j <= _NASAB_CHAIN and z.sentence[e] == z.sentence[j]:
        if not (z.definite[e] and z.peel[e] == 0 and z.kind[e] == "word" and not z.stop[e]):
            break
        if e > j and z.key[e] in cg.person_surnames:
            end = e + 1  # the longest chain closing in a listed family name
        if z.key[e] not in fn:
            break
        e += 1
    return end


#: The most gazetteer words a name chain may run through to its family name
#: (:func:`_place_in_chain_end`).
_PLACE_IN_CHAIN = 2


def _place_in_chain_end(z, p: int, j: int, cg) -> int:
    """The end (exclusive) of a name chain from ``p`` running through token ``j``, the
    start of a known place with no context (a gazetteer word), to a family name, else
    ``j``: up to :data:`_PLACE_IN_CHAIN` indefinite words of ``p``'s sentence with no
    proclitic that can be names (:func:`_name_like`) from ``j``, then a definite
    word with no proclitic whose key is one of the chain's own words before ``j``
    (الصبيح after صبيح). Inside هند صبيح براك الصبيح (Kuwait's minister) براك, a Libyan
    village in the gazetteer, is the grandfather's name: a family name الـX that
    repeats the chain's X closes the name. Source: session 21 (person21b)."""
    n = len(z)
    own = {z.key[q] for q in range(p, j) if not z.definite[q]}
    if not own:
        return j
    e = j
    while e < n and e - j <= _PLACE_IN_CHAIN and z.sentence[e] == z.sentence[p]:
        if z.kind[e] != "word" or z.peel[e] or z.stop[e]:
            return j
        if z.definite[e]:
            return e + 1 if e > j and z.key[e] in own else j
        if not _name_like(z, e, cg) or z.tanween[e]:
            return j
        e += 1
    return j


def _family_after_compound(z, j: int, cg) -> bool:
    """Token ``j``, right after a compound family name (:func:`_compound_family_before`),
    is a second family name: a definite word with no proclitic of the same sentence,
    no modifier or time word, that is a listed person's surname (الصباح of صباح الأحمد
    الجابر الصباح, though صباح "morning" is no name word alone: ``NOT_NAMES``) or a
    family name by the lexicon (:func:`_family_name`: الشمري). A noun after the name
    is the clause's (زار محمد العبد اللطيف المعرض: the verb's object)."""
    if j >= len(z) or z.sentence[j] != z.sentence[j - 1] or z.kind[j] != "word":
        return False
    k = z.key[j]
    if not z.definite[j] or z.peel[j] or z.stop[j] or k in MODIFIERS or k in _TIME_WORDS:
        return False
    return k in cg.person_surnames or _family_name(z, j, cg)


#: The name of God, which closes religious formulas after a verb (رحمه الله).
_ALLAH = "الله"
#: First names that open an oath before الله (معاذ الله "God forbid"): there no name.
OATH_NAMES = _keys("معاذ")


def _formula(z, j: int, cg) -> bool:
    """Token ``j`` opens a religious formula: a word that is no first name or name
    particle, followed in its sentence by الله (رحمه الله، حفظه الله، صلى الله عليه
    وسلم). عبد الله and نصر الله (a first name), عطا الله (:data:`ALLAH_FIRSTS`)
    stay names."""
    k = z.key[j]
    return (
        j + 1 < len(z)
        and z.key[j + 1] == _ALLAH
        and z.sentence[j + 1] == z.sentence[j]
        and k not in PARTICLES
        and k not in cg.first_names
        # زايد بن عطا الله الزايد: a compound name, written so (session 18; not عطا لله)
        and not (k in ALLAH_FIRSTS and _din_end(z, j) > j)
    )


def _listed_whole(z, p: int, j: int, cg) -> bool:
    """Tokens ``p`` to ``j`` (exclusive), two or more, are the whole of a name the
    gazetteer lists for a person (``cg.person_first_last``: جون كيري، محمود عباس). Such
    a name is complete at its listed length: a definite word after it is the sentence's
    (جون كيري الاتجار بالبشر "trafficking", محمود عباس الموقف "the position"), never a
    family name of his; a longer form the gazetteer lists matches as itself. A listed
    surname in عبد/أبو (عبد العاطي of بدر عبد العاطي) is no whole name: it is also a
    compound first name, and عبد العاطي العبيدي another man."""
    if j - p < 2 or z.key[p] in COMPOUND_PARTICLES:
        return False
    keys = tuple(z.key[p:j])
    return any(listed == keys for listed, _row in cg.person_first_last.get((keys[0], keys[-1]), ()))


def _surname_of_noun(z, j: int, cg) -> bool:
    """Token ``j`` can follow a first name that is also a noun (flag ``noun`` of
    ``data/first_names.txt``)
    as its surname: a known person's surname, a family name (:func:`_family_name`:
    a rare definite word, المحيسن, or a nisba, الغامدي; not المملكة), or an
    indefinite word that is no noun with a pronoun suffix
    (عماد متعب; not عماد وجودها, whose stem وجود takes the article)."""
    if z.key[j] in cg.person_surnames:
        return True
    if z.definite[j]:
        return _plain_family_name(z, j, cg)
    if z.key[j] in cg.first_names:
        return True  # عماد متعب، رحاب محمد: a second first name is a father's name
    return not suffixed_noun(z.light(j)) and not _everyday_after_noun(z, j)


def _everyday_after_noun(z, j: int) -> bool:
    """Token ``j`` (indefinite, not a listed first name or surname), right after a
    first name that is also a noun, is an everyday word that makes that first name the
    noun: a verb by its conjugations (:func:`helpers.text.lexical.verb_form`, the word
    or its stem without an object pronoun, Zipf >= :data:`_EVERYDAY_VERB_ZIPF`: في جو
    يسوده الود "in an atmosphere of friendliness", جو تسوده) or a frequent noun in
    construct or an adjective (Zipf >= :data:`_EVERYDAY_NOUN_ZIPF` and no name by
    :func:`helpers.text.lexical.looks_like_name`: في رحاب مسجد المصطفى "in the precincts
    of the mosque", في جو مفعم بالحب). Session 17 (gaz17)."""
    if z.key[j] in PARTICLES:
        return False  # عمر بن صالح المهنا: a name particle goes on with the name
    light = z.light(j)
    if zipf(light) >= _EVERYDAY_NOUN_ZIPF and not looks_like_name(light) and not verb_form(light):
        return True  # رحاب مسجد، جو مفعم: a noun or adjective, not a name
    return any(zipf(stem) >= _EVERYDAY_VERB_ZIPF and verb_form(stem) for stem in stems(light, 3))


#: Zipf from which a verb read by its conjugations (:func:`verb_form`), or the verb
#: under its object pronoun, is an everyday verb and no foreign surname after a first
#: name that is also a noun: يملؤه 2.61, يسود 3.85 (of يسوده), تسود 3.97; not توتشي
#: 2.0 (جو توتشي, Joe Tucci, which :func:`verb_form` reads as a verb by its rare أوتشي).
_EVERYDAY_VERB_ZIPF = 2.5
#: Zipf from which a word the lexicon reads as no name (:func:`looks_like_name`) is an
#: everyday noun or adjective there: مسجد 4.84, مفعم 3.2 (في جو مفعم بالحب).
_EVERYDAY_NOUN_ZIPF = 3.0


def _plain_family_name(z, j: int, cg) -> bool:
    """:func:`_family_name`, stricter, where the word before is also an everyday word
    (عماد، جميل، رمضان): a frequent definite word counts only as a nisba in ي that is
    no time word (الغامدي, not الماضي), a rare one only if it is no sound plural
    (الزريع, not المنشدين); frequent nouns (المملكة، الناس) never."""
    k = z.key[j]
    if k.endswith(("ين", "ون")) or k in _TIME_WORDS or not _family_name(z, j, cg):
        return False
    return k.endswith("ي") or zipf(z.light(j)) < 3.2


#: Zipf from which a definite word is too common a noun to be a family name after a
#: first name (الخليج 5.12، النبي 5.29، الأمن 5.44; family names: الحربي 4.43، الشريف
#: 4.62, الحسن 4.93).
_EVERYDAY_ZIPF = 5.0
#: Second parts of compound names that are among the commonest words: حمد الله،
#: سيف الإسلام، سراج الدين (no everyday noun there).
COMPOUND_SECONDS = _keys("الله الدين الإسلام")


#: Proclitics the text layer may read off the first letter of a foreign surname
#: (بلينيل، باطوق، كنون، بحاح: ب or ك + a rest no more a word than the whole);
#: و ف ل are left out: after a name they open the next clause (فأكد، ليتسع).
SURNAME_PROCLITICS = frozenset({("ب",), ("ك",)})
#: Zipf under which a word read as ب/ك + rest may be a surname read whole (بحاح 2.96;
#: بجهود، بكل are far more frequent).
_WHOLE_SURNAME_ZIPF = 3.0
#: A rest that looks like a name, at least this frequent and this many Zipf units more
#: frequent than the whole word, is a name after a preposition (بترودو، بميركل).
_NAMED_REST_ZIPF = 3.0
_NAMED_REST_GAP = 2.0


def _whole_surname(z, j: int, cg) -> bool:
    """Token ``j``, which the text layer reads as ب or ك + rest, is a surname read whole
    right after a name (إيدوي بلينيل، محمد كنون، عبد الناصر باطوق، كريم بوضيف): the
    whole word is no ordinary word by the lexicon (looks_like_name), rarer than
    :data:`_WHOLE_SURNAME_ZIPF`, and its rest is no word of a gazetteer alias or first
    name (بروسيا، بكيري، بمحمد keep their preposition) nor a foreign name written alone
    far more often (بترودو). Measured on 1,319 unread stories
    (DEVELOPING.md, session 10): 17 such surnames, none wrong."""
    if z.kind[j] != "word" or z.peel[j] != 1 or z.clitics[j] not in SURNAME_PROCLITICS:
        return False
    if z.stop[j] or z.tanween[j] or z.definite[j]:
        return False  # محمد بالطيور: ب + a definite noun
    whole = normalize(z.text[z.start[j] : z.end[j]])
    rest = whole[1:]
    zw = zipf(whole)
    if zw >= _WHOLE_SURNAME_ZIPF or not looks_like_name(whole):
        return False
    if cg.first_names.get(surface_key(rest)) is False or (
        rest in cg.known and looks_like_name(rest)
    ):
        return False  # بمحمد، بنجران; نون of كنون is an ordinary word (flagged so)
    # التقى أوباما بترودو: the rest is a foreign name written alone far more often
    # (ترودو 3.30 / بترودو 0; not انديا 3.04 / بانديا 1.29, ايدون 2.09 / بايدون 0)
    zr = zipf(rest)
    return not (zr >= _NAMED_REST_ZIPF and zr - zw >= _NAMED_REST_GAP and looks_like_name(rest))


#: Zipf under which a word read as a preposition + rest closes a name as its surname
#: when the clause ends after it (:func:`_closing_whole_surname`: باخ 3.17، كلاين 3.43،
#: كلوني 3.35; the commonest manner phrases are more frequent: بسرعة 5.07، بقوة 4.78).
_CLOSING_SURNAME_ZIPF = 3.5


def _closing_whole_surname(z, j: int, cg, *, after_title: bool) -> bool:
    """Token ``j``, right after a first name, is a surname that a reading as ب or ك +
    rest hid, because the clause ends right after it (:func:`_clause_ends_after`, with
    إن / أن), an adverb stands after it (:func:`_adverb_after`: توماس باخ أمس) or a
    role in construct follows (:func:`_role_after`): توماس باخ إن،
    توماس باخ رئيس اللجنة (ب + اخ to the text layer, a verb form to the lexicon)، وائل
    كفوري، (ك + فوري)، جورج كلوني، (ك + لوني, a preposition and a noun to
    :func:`helpers.text.lexical.preposition_noun`). :func:`_whole_surname` asks the
    whole word to be no word of the lexicon; here the end of the clause stands for
    that: a preposition and an indefinite noun right after a name go on to their
    complement (مصطفى بتشكيل لجنة، فهد بإجمالي تعويض). The whole word is no frequent
    word (Zipf < :data:`_CLOSING_SURNAME_ZIPF`); neither it nor its rest carries a
    pronoun suffix other than ي (طاهر بمكتبه أمين عام: ب + مكتبه); its rest is no word
    of a gazetteer alias and no first name (الملك فهد بجدة، بمحمد). Without a title
    before the name, the rest must also be no noun that takes the article
    (:func:`helpers.text.lexical.takes_article`): وقال فهد بغضب: is a manner phrase
    (الغضب 4.61 / غضب 4.54), فهد كفاين، a surname (الفاين 1.73 / فاين 3.95). Left: a
    manner phrase after a title (قال المدرب فهد بغضب:) reads as a surname."""
    if z.kind[j] != "word" or z.stop[j] or z.tanween[j] or z.definite[j]:
        return False
    if z.peel[j] == 1:
        if z.clitics[j] not in SURNAME_PROCLITICS:
            return False
    elif z.peel[j] != 0 or z.key[j][:1] not in "بك":
        return False
    whole = normalize(z.text[z.start[j] : z.end[j]])
    rest = whole[1:]
    if len(whole) < 3 or zipf(whole) >= _CLOSING_SURNAME_ZIPF:
        return False
    if (suffixed_noun(whole) or suffixed_noun(rest)) and not whole.endswith("ي"):
        return False  # بنفسه، بمكتبه; a word in ي is a nisba-like surname, no "my X"
    if surface_key(rest) in cg.first_names or rest in cg.known:
        return False
    if _manner_phrase(whole):
        return False  # قال المدرب فهد بغضب: ب + a noun it governs with or without ال
    if _clause_ends_after(z, j, cg, that=True) or _role_after(z, j) or _adverb_after(z, j):
        return after_title or not takes_article(rest)
    return _complement_after(z, j, cg, after_title=after_title)


#: Zipf by which ب + ال + noun may be rarer than ب + noun for the pair to be a manner
#: phrase (:func:`_manner_phrase`): بحسرة 2.77 / بالحسرة 2.20 (0.57) is one; the
#: surnames بدير 3.32 / بالدير 2.46 (0.86) and باخ 3.17 / بالاخ 2.57 are not.
_MANNER_ARTICLE_GAP = 0.6
#: Zipf from which the noun after ب, with its article, is an everyday noun
#: (:func:`_manner_phrase`: الغضب 4.61، اللهجة 4.08، الحماس 3.92; الدير 3.99).
_MANNER_NOUN_ZIPF = 3.5


def _manner_phrase(whole: str) -> bool:
    """A word written ب + noun (``whole``, normalised) that is a manner phrase, no
    surname, by the lexicon: the noun has three letters or more and is an everyday noun
    with the article (``ال`` + noun at Zipf >= :data:`_MANNER_NOUN_ZIPF`), and ب governs
    it with the article about as often as without (``بال`` + noun within
    :data:`_MANNER_ARTICLE_GAP` of ``whole``): بغضب 3.47 / بالغضب 3.62، بلهجة 3.42 /
    3.69، بثقة 3.49 / 3.59، بحماس 3.47 / 3.08، بمرارة 3.11 / 2.75. A surname read as ب +
    a noun is far rarer with the article inside (بدير 3.32 / بالدير 2.46), and باخ's
    rest (اخ) is too short for a noun of this kind. Session 16's whole-word and rest
    frequencies did not separate the two (بغضب 3.47 beside كلاين 3.43)."""
    if len(whole) < 4 or whole[0] != "ب":
        return False
    rest = whole[1:]
    return (
        zipf("ال" + rest) >= _MANNER_NOUN_ZIPF
        and zipf("بال" + rest) >= zipf(whole) - _MANNER_ARTICLE_GAP
    )


def _adverb_after(z, j: int) -> bool:
    """Token ``j + 1`` is an adverb of time or manner that stands beside a clause's
    subject (:data:`VERB_SUBJECT_SKIP`: أمس، اليوم، أيضا، بدوره), written with no
    proclitic in the sentence of ``j``: ووصل توماس باخ أمس من كوالالمبور. A word
    that has a complement of its own is followed by it, not by such an adverb, so
    :func:`_closing_whole_surname` reads the adverb as it reads the clause end."""
    a = j + 1
    return (
        a < len(z)
        and z.sentence[a] == z.sentence[j]
        and z.kind[a] == "word"
        and z.peel[a] == 0
        and z.key[a] in VERB_SUBJECT_SKIP
    )


def _complement_after(z, j: int, cg, *, after_title: bool) -> bool:
    """A complement of the clause's verb opens right after token ``j`` (a rare ب/ك word
    after a first name, :func:`_closing_whole_surname`), so ``j`` has none of its own
    and is the surname: a ب + indefinite noun in construct with a definite word (وتعهد
    توماس باخ بعدم التدخل: a manner phrase in ب rarely takes a second one in ب, and
    then not in construct: ورد فهد بغضب بكلمات قاسية), and after a title also ل + a
    noun or a preposition (:data:`PREPOSITIONS_AFTER_NAME`: رئيس اللجنة توماس باخ مع
    الرئيس). Without a title a manner phrase goes on to a ل or a preposition phrase
    (رد فهد بغضب على، قال فهد بغضب لوسائل الإعلام), so only ب counts there. The noun
    takes the article within :data:`_COMPLEMENT_ARTICLE_GAP` (a verbal noun is mostly
    in construct: عدم 5.54 / العدم 3.80) and is no first name or gazetteer word (باخ
    بمحمد)."""
    a = j + 1
    if a >= len(z) or z.sentence[a] != z.sentence[j] or z.kind[a] != "word":
        return False
    if z.peel[a] == 0 and z.key[a] in PREPOSITIONS_AFTER_NAME:
        return after_title
    if z.peel[a] > 1 or z.clitics[a] not in (_BA_LAM if after_title else _BA):
        return False
    if z.stop[a] or z.definite[a] or z.tanween[a]:
        return False
    # بعدم is left whole by the text layer, which still names its proclitic
    rest = z.light(a) if z.peel[a] else z.light(a)[1:]
    if not after_title:
        # ورد فهد بغضب بكلمات قاسية: untitled, the ب-noun must be in construct
        b = a + 1
        if not (
            b < len(z)
            and z.sentence[b] == z.sentence[a]
            and z.kind[b] == "word"
            and z.definite[b]
            and z.peel[b] == 0
        ):
            return False
    return (
        len(rest) >= 3
        and takes_article(rest, _COMPLEMENT_ARTICLE_GAP)
        and surface_key(rest) not in cg.first_names
        and rest not in cg.known
    )


#: Zipf gap within which the definite form of a complement's noun is attested
#: (:func:`_complement_after`; the lexical default 1.0 misses verbal nouns in construct,
#: عدم 5.54 / العدم 3.80).
_COMPLEMENT_ARTICLE_GAP = 2.0
#: The proclitics of a complement after a name (:func:`_complement_after`).
_BA = frozenset({("ب",)})
_BA_LAM = _BA | {("ل",)}


def _whole_name_part(z, j: int, cg) -> bool:
    """Token ``j``, right after a name particle (بن، ابن، أبو، آل...), which the text
    layer reads as one proclitic + rest, is a name part read whole (فهد بن لويبان
    الرشيدي، ساير بن لافي، أسامة بن لادن: ل + ويبان, ل + افي): after بن a name
    follows, so no ordinary-word test of the whole word is asked, only that it carries
    no article after the proclitic (ابن للعميد), no pronoun suffix or inflection (ابن
    بلده، ابن خالته) and is no stopword."""
    if z.kind[j] != "word" or z.peel[j] != 1 or z.key[j - 1] not in PARTICLES:
        return False
    if z.stop[j] or z.tanween[j] or z.definite[j] or z.sentence[j] != z.sentence[j - 1]:
        return False
    whole = normalize(z.text[z.start[j] : z.end[j]])
    return not (suffixed_noun(whole) or _noun_form(whole) or whole in cg.stop)


def _chained_patronymic(z, i: int, cg, *, twice: bool = False) -> bool:
    """Tokens ``i``, ``i+1`` (بن), ``i+2`` open a patronymic chain that no first-name
    list needs to vouch for: the father's name (an unlisted word, or one the text layer
    read as proclitic + rest, :func:`_whole_name_part`) is followed by a second بن or a
    definite family name (:func:`_plain_family_name`: a nisba in ي or a rare word):
    ساير بن لافي بن ساير الرشيدي، مطلق بن دغيم الخمعلي. With ``twice``, only a second
    بن counts: then even a first word that is an everyday word is a name (صفر، ضيف)."""
    j = i + 2
    if j + 1 >= len(z) or z.sentence[j + 1] != z.sentence[i]:
        return False
    if not (_name_like(z, j, cg) and (z.peel[j] == 0 or _whole_name_part(z, j, cg))):
        return False
    after = j + 1
    if z.key[after] in _SON_OF and z.peel[after] == 0:
        return True
    return not twice and z.peel[after] == 0 and _plain_family_name(z, after, cg)


#: The son-of particles after which an everyday word before a listed first name is a
#: first name (:func:`everyday_patronymic`): ابن is left out, since «رحيل ابن عبود»،
#: «خيمة ابن المقرب»، «جامع ابن إبراهيم» are a noun in construct with a name ابن opens.
_SON_OF_BIN = _keys("بن بنت")


def everyday_patronymic(z, i: int, fn) -> bool:
    """Tokens ``i``, ``i+1``, ``i+2``: an everyday word (:func:`ordinary`) that is a
    first name here because بن or بنت (not ابن, :data:`_SON_OF_BIN`) follows it and a
    first name of the hand-written list (``fn`` without the generated names; or a fused
    عبد name) comes after, no article and no proclitic on the three: مساعد بن محمد
    العيبان، متعب بن عبدالله بن، عارف بن غازي الشمري. The patronymic is the evidence
    that the list cannot give. A past-tense verb is refused (:func:`_past_verb`: استقبل
    بن زايد), and the caller still asks for a family name or a second بن after the
    father's name (four tokens at least), so «نظام بن علي» (Ben Ali's regime) stays
    no name."""
    if i + 2 >= len(z) or z.sentence[i + 2] != z.sentence[i]:
        return False
    if z.key[i + 1] not in _SON_OF_BIN or z.peel[i + 1] or z.peel[i + 2] or z.definite[i + 2]:
        return False
    father = z.key[i + 2]
    if not ((father in fn and father not in _generated_first_names()) or fused_abd(father)):
        return False
    return not _past_verb(z.light(i))


def short_patronymic(z, i: int, cg, fn) -> bool:
    """Tokens ``i``, ``i+1`` (بن/بنت), ``i+2`` are a whole name with no family name
    (ضيف بن سميحان، عقلا بن علي), which :func:`everyday_patronymic` alone does not
    vouch for (its caller asks for a fourth word: «نظام بن علي» is Ben Ali's regime):
    the first word is an everyday word rarer than :data:`_EVERYDAY_ZIPF` (ضيف 4.37،
    عقلا 3.41; نظام 5.51, حكم, عهد: the commonest nouns in construct), and the context
    says person: a reporting verb right before it in its sentence (وقال ضيف بن
    سميحان), or a role in construct right after the father's name
    (:func:`_role_after`: عقلا بن علي مدير المدرسة). A noun after a preposition or
    a verb's object (بعد سقوط بن علي) has neither."""
    if not everyday_patronymic(z, i, fn) or zipf(z.light(i)) >= _EVERYDAY_ZIPF:
        return False
    reported = (
        i > 0
        and z.sentence[i - 1] == z.sentence[i]
        and z.kind[i - 1] == "word"
        and z.key[i - 1] in cg.reporting
    )
    return reported or _role_after(z, i + 2)


def whole_key(z, j: int) -> str:
    """The key of token ``j`` read whole, its proclitic letters kept (باطوق for the
    token the text layer reads as ب + اطوق)."""
    return surface_key(normal(z.text[z.start[j] : z.end[j]]))


def _read_whole(z, j: int) -> None:
    """Read token ``j`` of a zone as one word, its proclitic part of it (a surname of
    :func:`_whole_surname`, or its later bare mention, :mod:`helpers.entities.aliases`):
    key, form, peel and proclitics of the token are replaced, so the name's span,
    display and id take the whole word (باطوق, not اطوق)."""
    whole = normalize(z.text[z.start[j] : z.end[j]])
    z.reread(j, surface_key(whole), whole)


#: Zipf from which a definite word after first names is an everyday noun, no family
#: name (:func:`_everyday_definite`: الحفل 4.56، الملعب 4.72، الحضور 4.70; family
#: names that are no first name nor nisba stay under it: النجار 4.00، الحكيم 4.41).
_EVERYDAY_DEFINITE_ZIPF = 4.5


def _everyday_definite(z, j: int, cg) -> bool:
    """Token ``j``, a definite word after one or two first names, is an everyday noun
    of the clause (the verb's object, a place, an event), not the family name: Zipf >=
    :data:`_EVERYDAY_DEFINITE_ZIPF` with the article, no more frequent with it than
    without by the margin of a family name (:func:`_family_name`: الغامدي 3.66 / 1.51),
    and no family name of another kind: a listed surname, a first name with the article
    (الصالح، الحسين، العمر: their key is a first name), a nisba (:func:`_nisba_like`:
    الحربي) or the second word of a compound (الله، الدين). So «اللاعب صقر الحفل» and
    «وحضر محمد علي الحفل» are no names (صقر and محمد علي are, session 18) where a verb
    stands before the name (:func:`_verb_before`: the noun is its object; family names
    that are everyday words, الطيب، البيض، العودة، الصغير، الجبال, stand elsewhere on
    2015-07-26, so the verb is asked for); the rule was
    :data:`_EVERYDAY_ZIPF` (5.0) and only without a title. A reporting verb or إن / أن
    right after it (no proclitic) makes it the speaker's family name: فارس عبدالله الجبل
    قال (2015-07-25)."""
    k = z.key[j]
    if not z.definite[j] or z.peel[j] or z.kind[j] != "word":
        return False
    if k in cg.first_names or k in cg.person_surnames or k in COMPOUND_SECONDS:
        return False
    light = z.light(j)
    if _nisba_like(light) or zipf(light) < _EVERYDAY_DEFINITE_ZIPF:
        return False
    a = j + 1
    if (
        a < len(z)
        and z.sentence[a] == z.sentence[j]
        and z.kind[a] == "word"
        and not z.peel[a]
        and (z.key[a] in cg.reporting or z.key[a] in THAT_PARTICLES)
    ):
        return False  # فارس عبدالله الجبل قال: the speaker's family name
    return not _family_name(z, j, cg)


def _verb_after_first(z, j: int, light: str) -> bool:
    """Token ``j`` (indefinite, no first name nor listed surname: the caller asks),
    right after a first name, is the clause's past verb and not a family name: the
    lexicon reads it as a past verb (:func:`_past_verb` and
    :func:`helpers.text.lexical.verb_form`: حضر، شارك، وصل) and the clause goes on in
    its sentence with a definite word (its object: موسى حضر الاجتماع) or a function
    word (its preposition: موسى حضر إلى), not إن / أن. A surname closing the clause or followed by
    a name stays a surname. Source: session 23's newcomer, «موسى حضر» a person and حضر
    alone its alias; session 24."""
    a = j + 1
    return (
        z.peel[j] == 0
        and z.key[j] not in FACILITY_TAIL_NOUNS  # هيفاء مول أمس: مول "mall", not موّل
        and a < len(z)
        and z.kind[a] == "word"
        and z.sentence[a] == z.sentence[j]
        and (z.definite[a] or z.stop[a])
        and z.key[a] not in THAT_PARTICLES  # وقال موسى حضر إن: the speaker's surname
        and _past_verb(light)
        and verb_form(light)
    )


def _verb_before(z, p: int, cg, *, after_title: bool) -> bool:
    """A past or present verb (:func:`_past_verb`, :func:`_present_verb`: حضر، تعطي),
    without the article and no stopword (هي passes :func:`_past_verb`), or a reporting
    verb of ``reporting_verbs.tsv`` (:attr:`CompiledGazetteer.reporting`: قال، أكد are
    stopwords too; session 19), right before the name at ``p`` or, after a one-word
    title, right before the title (وحضر اللاعب صقر): the name is the verb's subject, so
    a definite everyday noun after it is the verb's object (:func:`_everyday_definite`)."""
    for v in (p - 1, p - 2) if after_title else (p - 1,):
        if v < 0 or z.kind[v] != "word" or z.sentence[v] != z.sentence[p]:
            return False
        if z.key[v] in cg.reporting:
            return True
        if z.stop[v] or z.definite[v]:
            continue  # هي ابنة ابراهيم الطيب: a pronoun (هي reads as a past verb)
        if _past_verb(z.light(v)) or _present_verb(z.light(v)):
            return True
    return False


def _stopword_father(z, j: int, cg) -> bool:
    """Token ``j`` is a father's name the stopword list also holds (عوض "instead", أمين
    "amen", خلف "behind"): it follows بن or بنت (:data:`_SON_OF_BIN`; no proclitic on
    either, no article on it, one sentence), and a second بن/ابن/بنت or a definite
    family name (:func:`_plain_family_name`: a nisba in ي or a rare definite word)
    closes the chain after it: علي بن عوض العنزي، محمد بن خلف بن محمد. A function word
    has neither after it (بن على في، بنت من منكن); an indefinite last word is not asked
    (إياد بن أمين مدني stays cut: مدني "civil"). Counted on raw SaudiNewsNet days
    2015-07-21, 07-24, 07-31 (session 22): عوض ×5، خلف ×2، أمين ×2 after بن."""
    if j < 1 or j + 1 >= len(z):
        return False
    b, a = j - 1, j + 1
    if (
        z.key[b] not in _SON_OF_BIN
        or z.peel[b]
        or not z.stop[j]
        or z.kind[j] != "word"
        or z.peel[j]
        or z.definite[j]
        or z.tanween[j]
        or z.sentence[b] != z.sentence[j]
        or z.sentence[a] != z.sentence[j]
        or z.peel[a]
        or z.kind[a] != "word"
    ):
        return False
    return z.key[a] in _SON_OF or (z.definite[a] and _plain_family_name(z, a, cg))


def _name_extent(z, p: int, cg, *, after_title: bool, stops=()) -> int:
    """End (exclusive) of a person's name starting at token ``p``, or ``p`` if none.

    ``stops``: token indices where a known place or organisation starts; a name never
    runs into one (حسن رشاد الدوحة: the name is حسن رشاد).
    """
    n = len(z)
    fn = cg.first_names
    # a first name that is also a nationality (تركي) opens a name when written
    # without the article (the first-name rule then needs a family name after it)
    nisba_first = z.key[p] in fn and z.key[p] in cg.norp_keys and not z.definite[p]
    # a first name that is also a stopword (أمين "amen", a title too) opens a name of
    # two words or more after a title: الرئيس الأسبق أمين الجميل
    stop_first = (
        after_title
        and z.stop[p]
        and (z.key[p] in fn or z.key[p] in TITLE_NAMES)
        and z.kind[p] == "word"
        and not z.definite[p]
        and z.peel[p] == 0
        and not z.tanween[p]
    )
    if (
        after_title
        and z.key[p] in NOT_NAMES
        and z.key[p] in fn
        and z.kind[p] == "word"
        and not z.definite[p]
        and z.peel[p] == 0
        and p + 1 < n
        and z.sentence[p + 1] == z.sentence[p]
        and z.definite[p + 1]
        and z.key[p + 1] in fn
        and (e := _nasab_chain_end(z, p + 1, cg)) > p + 1
    ):
        # الشيخ صباح الخالد الحمد الصباح: after a title a first name that is also an
        # everyday word (صباح "morning", NOT_NAMES) opens a Gulf nasab chain closing
        # in a listed family name (session 21, person21b)
        return e
    if (
        not (_name_like(z, p, cg) or stop_first or (nisba_first and z.kind[p] == "word"))
        or p in stops
    ):
        if p not in stops or (e := _place_in_chain_end(z, p, p, cg)) == p:
            return p
        return e
    if z.key[p] in OATH_NAMES and p + 1 < n and z.key[p + 1] == _ALLAH:
        return p  # معاذ الله "God forbid": an oath, no name
    if _noun_before_title(z, p, cg):
        return p  # منح الرئيس وسام الملك عبدالعزيز: "medal", in construct, no name
    j = p + 1
    # عبدربه، عبدالعزيز written as one word are first names like عبد ربه (keys.fused_abd)
    first = z.key[p] in fn or fused_abd(z.key[p]) or z.key[p] in ALLAH_FUSED or stop_first
    # جلال الدين حقاني: a compound first name in الدين counts as one word
    base = p
    if _din_end(z, p) > p:
        first, j, base = True, p + 2, p + 1
    opened = first or z.key[p] in PARTICLES
    # a word before بن is a first name: [جلوي بن عبدالعزيز بن مساعد]
    son_of = (
        j < n
        and z.key[j] in _SON_OF
        and z.peel[j] == 0
        and not z.definite[p]
        and z.peel[p] == 0
        and z.sentence[j] == z.sentence[p]
    )
    # a name before آل is a first name: رئيس النادي [هذيل آل شرمه]
    family_of = (
        j < n
        and z.key[j] == _AAL
        and z.peel[j] == 0
        and not z.definite[p]
        and z.peel[p] == 0
        and z.sentence[j] == z.sentence[p]
        and j + 1 < n
        and z.sentence[j + 1] == z.sentence[p]
        and z.kind[j + 1] == "word"
    )
    opened = opened or son_of or family_of
    if not opened and not after_title:
        return p
    if not opened and z.peel[p] == 0 and hal_participle(z.key[p], inflected=True):
        # وقال الرئيس معللا، المتحدث معددا، مدير المستشفى محذرا: an indefinite
        # accusative participle (حال) after a title describes how he spoke, no name
        # (the quotes' own test, one definition, with its feminine attested: المغنية
        # مادونا stays a name; session 22 hostfix22c)
        return p
    if not opened:
        # an unknown name after a title (الرئيس ماكرون، الوزير إيلكا هيوبا): not an
        # adjective or ة-noun; a second word joins if it looks like a surname (no
        # article, no proclitic, not a present-tense verb in ي-, not a ة-noun)
        # a foreign name in -ي or -يه (ريبيري) is no adjective: the lexicon knows no
        # ordinary word of that spelling
        if _adjective_like(z.key[p]) and not (_foreign(z, p, cg, stops) and not ordinary(z, p)):
            return p
        if j < n and z.sentence[j] == z.sentence[p] and _foreign_particle_end(z, j, cg, stops) > j:
            return j + 2  # رافايل دا سيلفا
        if (
            j < n
            and j not in stops
            and z.sentence[j] == z.sentence[p]
            and z.key[p] not in cg.person_surnames  # الرئيس أوباما: a whole name
            and _whole_surname(z, j, cg)
        ):
            _read_whole(z, j)  # الكاتب الفرنسي إيدوي بلينيل
            return j + 1
        if (
            j < n
            and j not in stops
            and _name_like(z, j, cg)
            and z.sentence[j] == z.sentence[p]
            and not z.definite[j]
            and z.peel[j] == 0
            and not z.key[j].startswith("ي")
            and not z.key[j].endswith("ه")
            and z.key[j] not in ADJECTIVES
            # an accusative noun without its tanween mark: دونيس برنامجا (البرنامج)
            and not (z.key[j].endswith("ا") and zipf("ال" + z.light(j)[:-1]) >= 2.0)
            # an everyday word is no surname of an unknown name: ريبيري هدف البايرن
            and not ordinary(z, j)
            # nor a future verb: الرئيس أوباما سيضطر (session 23)
            and not (future_verb(z.light(j)) and z.key[j] not in cg.known)
        ):
            return j + 1
        return j
    surname_ok = first  # after a first name a surname may close the name
    patronymic = False  # a بن/ابن/بنت seen: then a definite surname must be a family name
    # a first name that is also a noun in construct (عمر "age", عماد "pillar", رحاب
    # "precincts"): without a title, its definite complement is a family name only if
    # the lexicon reads it as one (عماد المحيسن, not عماد العمل, عمر المتقدم)
    noun_first = not after_title and surname_ok and z.key[p] in _noun_names()
    # right after a royal title (الملك، الأمير): a royal is named by his first name
    royal = p > 0 and z.key[p - 1] in _ROYAL_TITLES
    # a patronymic chain may run longer (محمد بن فهد بن محمد بن عبدالرحمن)
    while j < n and (j - p < 6 or (patronymic and j - p < 10)):
        if j in stops:
            j = _place_in_chain_end(z, p, j, cg)
            break
        if z.peel[j] > 0 and _whole_name_part(z, j, cg):
            _read_whole(z, j)  # فهد بن لويبان: a name after بن, read whole
        if z.peel[j] > 0:
            # no part of a name after the first carries a proclitic (بحمد لله), but a
            # surname the text layer read as ب/ك + rest closes it (محمد كنون)
            if (
                surname_ok
                and z.sentence[j] == z.sentence[p]
                and (
                    _whole_surname(z, j, cg)
                    # توماس باخ إن: a rare ب/ك word closing the clause after a first name
                    or _closing_whole_surname(z, j, cg, after_title=after_title)
                )
            ):
                _read_whole(z, j)
                j += 1
            break
        if z.start[j] > z.end[j - 1] + 1 and _dash_between(z, j - 1, j):
            break  # أم محمد ـ الخبر: a byline's dash ends the name (a lone ـ is no token)
        if _formula(z, j, cg):
            break  # رحمه الله، صلى الله عليه وسلم: a religious formula, no name
        if j == p + 1 and z.key[j] == _ALLAH and "ب" in z.clitics[p]:
            break  # بحمد الله، بفضل الله "thanks to God": a preposition opens no name
        if noun_first and j == p + 1 and not _surname_of_noun(z, j, cg):
            break
        if z.definite[j] and z.key[j] not in COMPOUND_SECONDS and _listed_whole(z, p, j, cg):
            break  # جون كيري الاتجار، محمود عباس الموقف: a listed name is whole as listed
        # a nisba that is also a nationality (منصور التركي، محمد المصري) can close a name
        nisba = surname_ok and z.definite[j] and z.key[j] in cg.norp_keys and not z.stop[j]
        # شاهين الباكستاني: after a first name only the generated list holds, with no
        # title, a nationality describes the person (no part of a span), no family name
        if nisba and not after_title and z.key[j - 1] in _generated_first_names():
            break
        if nisba and z.sentence[j] == z.sentence[p] and z.kind[j] == "word":
            j += 1
            break
        k = z.key[j]
        prev = z.key[j - 1]
        # جابر المبارك الحمد الصباح: definite first names, then a listed family name
        if z.definite[j] and k in fn and (e := _nasab_chain_end(z, j, cg)) > j:
            j = e
            break
        # محمد العبد الله الصباح، خالد العبد اللطيف: a family name in العبد + a name of
        # God is one family name; after it only a family name goes on (not المعرض)
        if _compound_family_before(z, j, p):
            if _family_after_compound(z, j, cg):
                j += 1
            break
        # a word written with nothing peeled off, no stopword: what a name part can be
        plain = z.kind[j] == "word" and z.peel[j] == 0 and not z.stop[j]
        # a definite title word so written (الشيخ، الوزير، المرشد)
        title_word = plain and k in _TITLE_FIRST and z.definite[j]
        if k in _TIME_WORDS and z.definite[j] and prev in HIJRI_MONTHS:
            break  # شهر شعبان الجاري: a month (a first name too) and a time word
        if k in MODIFIERS and z.definite[j]:
            break  # الحالي، السابق، الجديد qualify the word before, they are no surname
        if k in FOREIGN_PARTICLES and _foreign_particle_end(z, j, cg, stops) > j:
            j = _foreign_particle_end(z, j, cg, stops)
            break  # رافايل دا سيلفا
        # after بن a nisba-like given name is a name (فيصل بن تركي، not "Turkish")
        after_particle = (
            prev in PARTICLES
            and k in cg.norp_keys
            and not z.definite[j]
            and z.kind[j] == "word"
            and not z.stop[j]
        ) or (prev == _AAL and plain)
        # ولد الشيخ، بن الشيخ: after a particle a definite title word is a name part
        # (إسماعيل ولد الشيخ أحمد), not the title of the next name
        after_particle = after_particle or (prev in PARTICLES and title_word)
        # عبدالرحمن بن نجم البادي: after بن a word the title list holds with the
        # article (النجم "the star") is the father's name when written without it
        # (session 18, almadina 2015-07-24)
        after_particle = after_particle or (
            prev in _SON_OF
            and plain
            and not z.definite[j]
            and k in _TITLE_FIRST
            and k not in CONSTRUCT_TITLES  # بن وزير الخارجية: a title in construct
        )
        # محمد بن عبدالله المرشد، : a title word closing a patronymic before the clause
        # ends is the family name (المرشد), as _closing_family_name reads everyday words;
        # not after a royal title, whose chains close with «آل X» (استقبل الأمير محمد بن
        # نايف السفير: the title is the verb's object)
        # علي بن عوض العنزي، إياد بن أمين مدني: after بن a stopword that is also a
        # first name (عوض "instead", أمين "amen") is the father's name when a second بن
        # or a family name follows it (:func:`_stopword_father`; session 22)
        after_particle = after_particle or _stopword_father(z, j, cg)
        title_family = (
            patronymic and not royal and title_word and _clause_ends_after(z, j, cg, that=True)
        )
        # المهندس صالح القاضي ترسية: after a title other than a royal one, a one-word
        # title right after one first name is his family name when nothing a title
        # takes follows it (:func:`_bare_title_after`: no complement, name or
        # preposition; استقبل الدكتور أحمد الوزير في مكتبه is the verb's object)
        title_family = title_family or (
            after_title
            and not royal
            and z.key[p - 1] not in _ROYAL_TITLES_FEMININE  # مطار الملكة علياء الدولي
            # the word's own tests (locals, a set) before its lexicon look-ups: most
            # words after a title are no one-word title (speed; the same answer)
            and first
            and j == p + 1
            and (k,) in TITLES
            and z.definite[j]
            and plain
            and not _adjective_title(z.light(j))
            and _bare_title_after(z, j, cg)
        )
        if title_family and z.sentence[j] == z.sentence[p]:
            j += 1
            break
        if _name_part_title(z, j, fn, stops):
            j += 1  # حسن شيخ محمود: an honorific between two first names, a name part
            continue
        if (not _name_like(z, j, cg) and not after_particle) or z.sentence[j] != z.sentence[p]:
            break
        if prev == _AAL and plain:
            j += 1  # آل الشيخ، آل سعود، آل ثاني: any word names the family
            break
        if prev in PARTICLES:
            j += 1
            if prev in _SON_OF and _din_end(z, j - 1) > j - 1:
                j += 1  # زايد بن عطا الله الزايد: a compound father's name is one word
            # عبد الفتاح، أبو محمد open a name: a surname may follow; بن سلمان does not
            surname_ok = prev in COMPOUND_PARTICLES
            patronymic = patronymic or prev in _SON_OF
            continue
        if _noun_before_title(z, j, cg):
            break  # منح الملك سلمان وسام الملك عبدالعزيز: "medal", in construct
        if k in PARTICLES or ((k in fn or fused_abd(k)) and not z.definite[j]):
            j += 1
            surname_ok = k in fn or fused_abd(k)
            continue
        # the surname closes the name; after two or more first names only a nisba
        # (الحكيم) is taken: محمد صلاح جاهزيته، نواف سلام سيزور
        # a definite plural in -ات is a noun, not a family name: عمر السيارات "the age
        # of the cars", فيصل التطبيقات
        plural = z.definite[j] and k.endswith(("ات", "يه"))  # also فهد المركزية
        # after a title a rare definite word in -ية is a family name: وزير الخارجية
        # القطري خالد العطية (3.08; المركزية 4.79)
        if plural and after_title and k.endswith("يه") and zipf(z.light(j)) < 3.2:
            plural = False
        # عن عمر يناهز "at the age of": a frequent present-tense verb is no surname
        verb = not z.definite[j] and k.startswith(("ي", "ت")) and ordinary(z, j)
        # محمد لاختبار "Muhammad for a test": a preposition + noun is no surname
        # (but جورج كلوني، : a rare such word closing the clause is the surname)
        verb = verb or (
            not z.definite[j]
            and preposition_noun(z.light(j))
            and not _closing_whole_surname(z, j, cg, after_title=after_title)
        )
        # الملا منصور زعيما جديدا: an accusative noun whose tanween is not written
        verb = verb or (not z.definite[j] and k not in fn and _accusative(z.light(j)))
        if not z.definite[j] and k not in fn and k not in cg.person_surnames:
            light = z.light(j)
            # دي ماريا تخلف عن: a present-tense verb by the lexicon, however rare, where
            # the clause goes on after it (a verb has its complement; a surname closing
            # the clause is a name: الدكتور سمير توكل، دونالد تاسك، جانيت يلين،);
            # without a title, أكرم منا، يوسف بدلا: a word among the commonest
            # الملك عبدالعزيز سابقا: an adverb ends the name, title or not
            verb = (
                verb
                or (_present_verb(light) and not _clause_ends_after(z, j, cg))
                or (not after_title and zipf(light) >= _EVERYDAY_ZIPF)
                # هيلاري حاولت، الفارو قتلوا: a past verb conjugated for its subject
                or _subject_verb(light)
                # موسى حضر الاجتماع: right after a first name, a bare past verb by the
                # lexicon with its object or preposition after it (session 24)
                or (not after_title and j == p + 1 and _verb_after_first(z, j, light))
                # عباس سيتوجه، أوباما سيضطر: a future verb (س + imperfect), however rare
                # and wherever the clause goes (session 23)
                or (future_verb(light) and k not in cg.known)
                # الملك عبدالله أطلق: after a royal title (a royal is named by his first
                # name) an everyday word the lexicon conjugates is the verb, even bare
                or (royal and verb_form(light) and ordinary(z, j))
                # not a place's name in -ا (الرئيس رافائيل كوريا: الكوري is a word too)
                or (_adverb(light) and light not in cg.known)
            )
        # after a patronymic (سلطان بن عبد العزيز) a definite word closes the name only
        # as a family name the lexicon supports (العبدالجبار), not الوفد "the delegation"
        family = (
            not patronymic
            or not z.definite[j]
            or _family_name(z, j, cg)
            or _closing_family_name(z, j, cg)
        )
        # a first name only the generated list holds (عرفات، خلدون: often a surname),
        # without a title: its surname must be no everyday word (عرفات كمية، دشتي
        # مرفوض) and, definite, a family name by the lexicon (not خلدون العلامة)
        if not after_title and prev in _generated_first_names():
            if z.definite[j]:
                family = family and (_family_name(z, j, cg) or _closing_family_name(z, j, cg))
            elif ordinary(z, j):
                family = False
        # ويزور كيري الخليج، نور النبي: a definite word as frequent as the commonest
        # nouns is the verb's object or a noun, no family name; so too after a royal
        # title, which names a royal by his first name (أطلق الملك سلمان المشروع، ووعد
        # الأمير فيصل الشباب: the object), his family name a listed surname (الفيصل)
        if (
            (not after_title or royal)
            and z.definite[j]
            and k not in COMPOUND_SECONDS  # حمد الله، سيف الإسلام، سراج الدين
            and k not in cg.person_surnames
            and zipf(z.light(j)) >= _EVERYDAY_ZIPF
            and not _nisba_like(z.light(j))  # نبيل العربي
        ):
            family = False
        # جامعة الملك سعود | النتائج، مستشفى الملك فهد | التابع: right after a royal
        # title's first name a definite word is a family name only on evidence: a
        # listed surname (الفيصل), a word the lexicon reads as a family name (rare, or a
        # nisba far more frequent with its article: السديري) or a first name with the
        # article (:func:`_first_name_family`); آل and بن chains take their own paths.
        # Session 21 (org21c).
        if family and _royal_definite_unsupported(z, j, cg, royal=royal and not patronymic):
            family = False
        # وحضر اللاعب صقر الحفل، وحضر محمد علي الحفل: after first names only, title or
        # not, a definite everyday noun after a verb's subject is its object (session 18)
        if family and not patronymic and _everyday_definite(z, j, cg):
            if j == p + 1 and (z.key[p],) in TITLES and not royal:
                # مستشار قائد الثورة: a title in construct, no first name (كلية الأمير
                # سلطان الصناعية: after a royal title سلطان is the prince)
                return p
            if _verb_before(z, p, cg, after_title=after_title):
                family = False  # the verb's subject, then its object
            elif after_title and j == p + 1 and not royal and fn.get(z.key[p], True):
                # ولي العهد صقر الأمن، سيدة جمال الأخلاق: right after a title, an everyday
                # word (no first name, or one flagged as an everyday word: صقر "falcon")
                # and an everyday noun with the article is an epithet ("the falcon of
                # security"), no name, and its first word is none either; a plain first
                # name keeps its family name (الداعية سلمان العودة). Session 19.
                return p
        # كرم الأمير فيصل بن بندر المتفوقين، استقبل الملك سلمان المهنئين: after a royal
        # title a definite sound plural is the verb's object, never a family name
        royal_plural = (
            royal and z.definite[j] and k.endswith(("ين", "ون")) and k not in cg.person_surnames
        )
        family = family and not royal_plural
        # وجدد كيري التأكيد على، وأكد شكري تطلعه إلى: a frequent verbal noun of a derived
        # pattern (words.verbal_noun) or a common noun with a pronoun suffix
        # (words.possessed_noun) is the verb's object, no surname, title or not
        object_word = (
            z.kind[j] == "word"
            and k not in fn
            and k not in cg.person_surnames
            and (verbal_noun(z.light(j)) if z.definite[j] else possessed_noun(z.light(j)))
        )
        verb = verb or object_word
        if surname_ok and (j - base < 2 or z.definite[j]) and not plural and not verb and family:
            j += 1
            if j not in stops and _middle_before_family(z, j - 1, cg, p):
                j += 1  # محمد سحيمان الشراري: a rare middle name word, then the family name
        elif (
            surname_ok
            and j - base == 2
            and not verb
            and family
            and _third_name_closing(z, p, j, cg, after_title=after_title)
        ):
            j += 1  # هبة الله علي شريم، محمد علي شريم إن: a rare surname after two firsts
        elif (
            surname_ok
            and j == p + 2
            and z.key[p] in COMPOUND_PARTICLES
            and not verb
            and _compound_first_surname(z, j, cg)
        ):
            j += 1  # عبد القادر خمري، عبد الله غل: a compound first name is one
        elif surname_ok and not patronymic and _nisba_family_before_role(z, j, cg):
            j += 1  # أشرف العربي وزير التخطيط، محمد علي جعفري قائد الحرس
        elif (
            not surname_ok
            and prev not in PARTICLES
            and not royal_plural
            and (
                _family_name(z, j, cg)
                or _closing_family_name(z, j, cg)
                or _first_name_family(z, j, cg)
                or (not royal and _nisba_family_in_clause(z, j, cg))
            )
        ):
            j += 1  # بن راشد الزياني، بن محمد الدخيّل: a family name after a patronymic
            if _second_family_name(z, j, cg, p):
                j += 1  # يحيى بن محمد الرفيدي القحطاني: clan, then tribe
        elif (
            not surname_ok
            and prev not in PARTICLES
            and z.key[j - 2] in _SON_OF
            and j not in stops
            and (
                (_foreign(z, j, cg, stops) and not _word_after_chain(z.light(j)))
                or _rare_family_closing(z, j, cg)
            )
        ):
            j += 1  # سعيد بن محمد مخايش: a family name no Arabic word reads as
        elif (
            surname_ok
            and not z.definite[j]
            and z.sentence[j] == z.sentence[p]
            and _foreign(z, j, cg, stops)
        ):
            j += 1  # رمضان أحمد قاديروف: a surname no Arabic word reads as
        break
    if z.key[j - 1] in PARTICLES:
        j -= 1
    # رويال ألبرت هول، ماديسون سكوير غاردن: a name a venue word ends (or one right after
    # it) is the name of a building, no person
    if any(
        z.key[t] in VENUE_TAILS and z.kind[t] == "word" and z.sentence[t] == z.sentence[p]
        for t in range(p + 1, min(j + 1, n))
    ):
        return p
    if stop_first and j - p < 2:
        return p  # قال الرئيس لي إن "told me": no name of one stopword
    # هند صبيح براك الصبيح: a place word of no context inside the chain, then the
    # chain's own family name
    return _place_in_chain_end(z, p, j, cg) if j > p + 1 else j


#: Proclitics a given name keeps before it in a list of people (ورشيد التلمساني): a
#: conjunction; a preposition (بعمران، لرياض) reads the word as a place.
_NAME_CONJUNCTIONS = frozenset({"و", "ف"})

#: Royal titles that open a second name after a noun in construct (وسام الملك عبدالعزيز،
#: جائزة الأمير سلطان); الشيخ، الإمام are family names too (محمد سعيد الشيخ).
_ROYAL_TITLES = _keys("الملك الأمير السلطان")


def _role_follows(z, j: int, cg) -> bool:
    """A role or a report follows token ``j`` in its sentence: an indefinite title noun
    in construct (:data:`CONSTRUCT_TITLES`: وزير التخطيط، قائد الحرس), a reporting verb,
    or the end of the clause (:func:`_clause_ends_after`)."""
    return _role_after(z, j) or _clause_ends_after(z, j, cg)


def _role_after(z, j: int) -> bool:
    """An indefinite role noun in construct (:data:`ROLES_AFTER_NAME`: وزير التخطيط،
    رئيس اللجنة، مساعد المدير، عضو المجلس, no proclitic) follows token ``j`` in its
    sentence."""
    a = j + 1
    return (
        a < len(z)
        and z.sentence[a] == z.sentence[j]
        and z.kind[a] == "word"
        and z.key[a] in ROLES_AFTER_NAME
        and not z.definite[a]
        and z.peel[a] == 0
    )


def _nisba_family_before_role(z, j: int, cg) -> bool:
    """Token ``j``, right after a listed first name, is a family name that reads as a
    nisba adjective, because a role or a report follows it (:func:`_role_follows`):
    أشرف العربي وزير التخطيط (العربي "Arab": a definite nisba whose stem is a word,
    :func:`_nisba_like`), محمد علي جعفري قائد الحرس الثوري (an indefinite word in ي whose
    stem is a listed first name: جعفر). No modifier or time word (السابق، الماضي)."""
    k = z.key[j]
    if z.kind[j] != "word" or z.peel[j] or z.stop[j] or k in MODIFIERS or k in _TIME_WORDS:
        return False
    light = z.light(j)
    if z.definite[j]:
        nisba = _nisba_like(light)
    else:
        nisba = k.endswith("ي") and len(k) >= 4 and k[:-1] in cg.first_names
    return nisba and _role_follows(z, j, cg)


#: Zipf under which a word no Arabic word reads as may be the surname of a first name
#: that is also an everyday word (:func:`_foreign_surname`: مموزيني 0، كوادرادو 2.38،
#: حكيموف 1.6; ordinary surnames of Arabic names are asked by the lexicon's family-name
#: tests instead).
_FOREIGN_SURNAME_ZIPF = 3.0


def _foreign_surname(z, j: int, cg, stops=()) -> bool:
    """Token ``j``, right after a listed first name that is also an everyday word (flag
    ``common``: سعيد، خوان، حسن، نبيل), is its surname because no Arabic word reads as it:
    وقال سعيد مموزيني، قبل أن يضيف إليهم خوان كوادرادو، وحسن حكيموف نائب رئيس. A word
    of :func:`_foreign` (no article, proclitic, first name or gazetteer word of that
    shape, :func:`helpers.text.lexical.looks_like_name`) rarer than
    :data:`_FOREIGN_SURNAME_ZIPF`, and no inflected noun or verb (:func:`_noun_form`:
    كامل وعيك، كامل لياقتي), accusative (:func:`_accusative`) or present-tense verb
    (:func:`_present_verb`). Judged on the SaudiNewsNet stories of 2015-07-21
    (DEVELOPING.md, session 11, branch persons11)."""
    if j >= len(z) or z.sentence[j] != z.sentence[j - 1] or not _foreign(z, j, cg, stops):
        return False
    light = z.light(j)
    return (
        zipf(light) < _FOREIGN_SURNAME_ZIPF
        and not _noun_form(light)
        and not _accusative(light)
        and not _present_verb(light)
        and not _inflected(light)
    )


#: Indefinite office nouns in construct after a role (:func:`_office_complement`: رئيس
#: وزراء، وزيرة خارجية، رئيس حكومة، رئيس أركان); the definite ones (الوزراء، الخارجية)
#: are complements already.
OFFICE_COMPLEMENTS = _keys("وزراء حكومة خارجية دفاع داخلية مالية أركان")
#: Roles whose office a country names in construct (:func:`_office_complement`: رئيس
#: فرنسا، سفير نيوزيلندا، ملك إنجلترا); not أمير (أمير منطقة القصيم is a governor, the
#: word after is the clause's verb: واكب).
COUNTRY_ROLES = CONSTRUCT_TITLES | _keys("سفير سفيرة ملك ملكة")


def _office_complement(z, j: int, t: int, construct: bool, starts, cg) -> bool:
    """Token ``j`` goes on the role that ended at ``t``, a title in construct of
    :data:`COUNTRY_ROLES` (no article: رئيس، وزيرة، سفير), because a place the gazetteer
    knows names its country: ``j`` is that place right after the title (سفير فرنسا), or
    an indefinite office noun of :data:`OFFICE_COMPLEMENTS` with the place or a known
    body right after it (رئيس وزراء اليونان أليسكيس تسيبراس، وزيرة خارجية الاتحاد
    الأوروبي فيديريكا موغيريني), or that place after such a noun. An office noun with no
    known place after it ends the role (وزير دفاع مقرب منه, رئيس وزراء لوكسمبرغ: the
    word after is no name). Neither carries a proclitic."""
    if not construct or z.key[t - 1] not in COUNTRY_ROLES or z.peel[j] != 0:
        return False
    if j == t and not z.definite[j] and z.key[j] in OFFICE_COMPLEMENTS:
        a = j + 1
        return a in starts and cg.types[starts[a][1][0]] in ("LOC", "ORG")
    placed = j == t or (j == t + 1 and z.key[t] in OFFICE_COMPLEMENTS and not z.definite[t])
    return placed and j in starts and cg.types[starts[j][1][0]] == "LOC"


def _noun_before_title(z, j: int, cg) -> bool:
    """Token ``j``, a first name that is an everyday word (flag ``common``: وسام "medal"),
    is a noun in construct with a royal title after it (:data:`_ROYAL_TITLES`) and a
    first name after that: منح الملك سلمان وسام الملك عبدالعزيز. It ends the name
    before it (سلمان)."""
    a = j + 1
    return (
        cg.first_names.get(z.key[j]) is True
        and not z.definite[j]
        and a + 1 < len(z)
        and z.key[a] in _ROYAL_TITLES
        and z.definite[a]
        and z.peel[a] == 0
        and z.sentence[a + 1] == z.sentence[j]
        and (z.key[a + 1] in cg.first_names or fused_abd(z.key[a + 1]))
    )


#: Zipf under which a transliterated one-word ORG name is rare enough to be a surname
#: after a first name (رينو 3.7، بيجو 3.36); a body the news names daily is not (داعش
#: 5.13 in الجهادي جون داعش, حماس 4.73، طالبان 4.09).
SURNAME_COMPANY_ZIPF = 4.0


def surname_company(z, s, cg) -> bool:
    """The one-word gazetteer ORG span ``s`` is a person's surname: a transliterated name
    (no ordinary Arabic word by the lexicon, :func:`helpers.text.lexical.looks_like_name`,
    written without article or proclitic) right after a listed first name in its sentence
    (الممثل الفرنسي جان رينو: the actor, not the carmaker رينو), a rare word (Zipf under
    :data:`SURNAME_COMPANY_ZIPF`: not داعش). A first name is the
    stronger cue: a company is not written after one. Read by :func:`rule_spans` (such a
    name does not stop a person's name; the longer person span then wins)."""
    i = s.i
    if (
        i == 0
        or cg.types[s.cands[0]] != "ORG"
        or z.kind[i] != "word"
        or z.definite[i]
        or z.peel[i] > 0
        or z.clitics[i]
        or not looks_like_name(z.light(i))
        or zipf(z.light(i)) >= SURNAME_COMPANY_ZIPF
    ):
        return False
    b = i - 1
    return (
        z.sentence[b] == z.sentence[i]
        and z.kind[b] == "word"
        and not z.definite[b]
        and z.key[b] in cg.first_names
        and z.end[b] + 1 >= z.start[i]
    )


def first_name_town(z, i: int, cg) -> bool:
    """Token ``i``, a one-word place name, is a listed first name used as one: written
    without the article or a preposition (a conjunction may precede), and in a name's
    context in its sentence: after a first name, a name particle or a title (هاشم
    عمران، آل عمران، الملكة رانيا), or before a first name, a definite family name the
    lexicon supports (:func:`_family_name`, a nisba :func:`_nisba_like`) or a word no
    Arabic word reads as (:func:`_foreign`): رياض ياسين، رياض المهيدب، رشيد التلمساني،
    عمران فلاتة. Not رياض الأطفال "kindergartens", صنعاء وعمران, محافظة عمران.

    Read by :func:`rule_spans` (such a town does not stop a person's name) and by
    ``extract._without_surname_towns`` (the place row is dropped)."""
    if (
        z.kind[i] != "word"
        or z.definite[i]
        or z.key[i] not in cg.first_names
        or not set(z.clitics[i]) <= _NAME_CONJUNCTIONS
    ):
        return False
    sent = z.sentence[i]
    b = i - 1
    if b >= 0 and z.sentence[b] == sent and z.kind[b] == "word" and not z.clitics[i]:
        kb = z.key[b]
        if kb in _TITLE_FIRST or kb in PARTICLES or (kb in cg.first_names and not z.definite[b]):
            return True
    a = i + 1
    if a >= len(z) or z.sentence[a] != sent or z.kind[a] != "word" or z.clitics[a]:
        return False
    if z.key[a] in cg.first_names and not z.definite[a]:
        return True
    if z.definite[a]:
        return _family_name(z, a, cg) or _nisba_like(z.light(a))
    return _foreign(z, a, cg)


def _foreign_particle_end(z, j: int, cg, stops=()) -> int:
    """``j + 2`` when token ``j`` is a European name particle (:data:`FOREIGN_PARTICLES`)
    followed in its sentence by a name-like word without article or proclitic
    (دا سيلفا), else ``j``. لا is the Arabic negation unless the word after it is no
    ordinary Arabic word (:func:`helpers.text.lexical.looks_like_name`): جبل طارق لا
    تستطيع، أحمد منصور لا يقل، عمر لا يمكنه، عباس لا يؤمن، خالد لا شيء تغير; so is any
    particle that is also a function word (تمارا رالف لا تعترف); and a frequent
    present-tense verb (:func:`_present_verb` and :func:`ordinary`) follows no particle
    (not دي ماريا، فون دير لاين)."""
    if (
        j + 1 < len(z)
        and z.key[j] in FOREIGN_PARTICLES
        and z.peel[j] == 0
        and z.sentence[j + 1] == z.sentence[j]
        and j + 1 not in stops
        and _name_like(z, j + 1, cg)
        and not z.definite[j + 1]
        and z.peel[j + 1] == 0
        and not (_present_verb(z.light(j + 1)) and ordinary(z, j + 1))
        and (z.key[j] != _LA or looks_like_name(z.light(j + 1)))
        # a particle that is also a function word (لا: the negation) only before a word
        # no Arabic word reads as
        and not (z.stop[j] and not looks_like_name(z.light(j + 1)))
    ):
        return j + 2
    return j


def _first_name_title(z, i: int, j: int, fn) -> bool:
    """Whether the title at ``i`` is one word that is also a first name (سلطان، قائد:
    :data:`TITLES` and the first-name list ``fn``) right before word ``j``: then the
    two words are a man's first name and family name (اللاعب سلطان الشريف، ناصر بن
    سلطان الشريف), not a title and a listed person's surname (عمر الشريف)."""
    return j == i + 1 and z.key[i] in fn


def rank_end(z, i: int) -> int:
    """End (exclusive) of a rank at ``i`` with its qualifiers: a definite rank of
    :data:`RANKS_BEFORE_NAMES` (no proclitic), then up to three words of
    :data:`RANK_QUALIFIERS` (with or without the article: ركن، الركن، طيار، البحري) or
    of :data:`RANK_BARE_QUALIFIERS` (written bare: مهندس، أول), in the same sentence and
    with no proclitic, at least one of them no أول (الفريق أول alone is not read): the
    title before a name (العميد ركن أحمد عسيري، العميد الطيار الركن صالح بن طالب،
    الفريق أول ركن عبدالرحمن البنيان، اللواء مهندس بندر بن علي المشعوف). ``i`` when no
    qualifier follows, or when ركن opens ركن الدين (a compound first name). Session
    19."""
    n = len(z)
    if z.key[i] not in RANKS_BEFORE_NAMES or not z.definite[i] or z.peel[i]:
        return i
    j = i + 1
    qualified = False
    while j < n and j - i <= 3 and z.kind[j] == "word" and z.sentence[j] == z.sentence[i]:
        k = z.key[j]
        if z.peel[j] or not (
            k in RANK_QUALIFIERS or (k in RANK_BARE_QUALIFIERS and not z.definite[j])
        ):
            break
        if k == _RUKN and j + 1 < n and z.key[j + 1] == _DIN:
            break  # العميد ركن الدين ...: a compound first name
        qualified = qualified or k != _AWWAL
        j += 1
    return j if qualified else i


_RUKN = _k("ركن")
_AWWAL = _k("أول")


def rank_first_name(z, i: int, cg) -> bool:
    """Whether token ``i`` is a definite rank of :data:`RANKS_BEFORE_NAMES` (الفريق،
    اللواء) right before a one-word title that is also a first name of ``cg``
    (رائد "major"), written without the article, and a name-like word (no article,
    proclitic or stopword) of the same sentence after that: then the rank is the title and the
    word after it the man's first name (الفريق رائد شاكر جودت), not a second rank with
    the name after it (was «شاكر جودت»; and الفريق alone reads "the team"). Session
    18."""
    n = len(z)
    return (
        i + 2 < n
        and z.key[i] in RANKS_BEFORE_NAMES
        and z.definite[i]
        and z.peel[i] == 0
        and (z.key[i + 1],) in TITLES
        and z.key[i + 1] in cg.first_names
        and not z.definite[i + 1]
        and z.peel[i + 1] == 0
        and z.kind[i + 2] == "word"
        and not z.definite[i + 2]
        and z.peel[i + 2] == 0
        and not z.stop[i + 2]  # الفريق رائد في مجاله: "the team leads in"
        and _name_like(z, i + 2, cg)
        and z.sentence[i] == z.sentence[i + 1] == z.sentence[i + 2]
    )


def _title_end(z, i: int) -> int:
    if z.key[i] not in _TITLE_FIRST:
        return i
    for length in (3, 2, 1):
        if i + length > len(z):
            continue
        if tuple(z.key[i : i + length]) in TITLES and all(
            z.kind[t] == "word" for t in range(i, min(i + length, len(z)))
        ):
            return i + length
    return i


def _titled_family(z, j: int, cg, stops=()) -> bool:
    """Tokens ``j, j + 1`` right after a definite title (the caller's check: not a
    construct title, whose complement is an office: مدير إدارة المسالخ) are a first name
    that is also an everyday word and a family name (الدكتور مطلق العتيبي: مطلق
    "absolute"), as
    the first-name rule reads a listed common first name (جميل الزريع): ``j`` is an
    indefinite word with no proclitic, no verb (:func:`helpers.text.lexical.verb_form`,
    :func:`_present_verb`: الرئيس يعين العتيبي), and ``j + 1`` a family name the
    lexicon reads as one (:func:`_plain_family_name`: a nisba or a rare definite word),
    neither a known place or organisation, ``j`` no head noun of one, nor a preposition
    + noun."""
    a = j + 1
    if a >= len(z) or z.sentence[a] != z.sentence[j] or j in stops or a in stops:
        return False
    light = z.light(j)
    return (
        _name_like(z, j, cg)
        and not z.definite[j]
        and z.peel[j] == 0
        and len(light) >= 3
        and not verb_form(light)
        and not _present_verb(light)
        and not _noun_form(light)
        and not preposition_noun(light)  # بوضع العراقيل
        and z.key[j] not in ORG_HEADS
        and z.key[j] not in PLACE_HEADS  # الدكتور شارع: no head noun
        and z.key[a] not in NOT_NAMES
        and _plain_family_name(z, a, cg)
    )


#: The most words a name nobody listed may have after a player's role
#: (:func:`bare_name_end`), and after a nationality (:func:`unknown_run_end`).
_BARE_NAME_WORDS = 2
_NATIONALITY_NAME_WORDS = 4


def _unknown_word(z, e: int, cg, stops=()) -> bool:
    """Token ``e`` can be a word of a foreign name nobody listed (session 21): a word of
    its sentence that can be a name (:func:`_name_like`: no stopword, nationality or
    title), with no article, proclitic or clitic, no known place or organisation
    (``stops``) nor head noun of one, rarer than an everyday word (Zipf <
    :data:`_ORDINARY_ZIPF`: شيري 3.60، فيا 3.99, not صاحب 5.16), and no verb by its
    attested persons (:func:`_present_verb`, :func:`_past_verb`), accusative adverb
    (:func:`_accusative`, :func:`_adverb`), proclitic + everyday word
    (:func:`prefixed_everyday`), word in ة (مدعومة) or noun with a pronoun suffix
    ه، ها، هم (:func:`helpers.text.lexical.suffixed_noun`: أوراقه، رضاه)."""
    if e >= len(z) or e in stops or not _name_like(z, e, cg):
        return False
    if z.definite[e] or z.peel[e] or z.clitics[e]:
        return False
    k = z.key[e]
    if k in ORG_HEADS or k in PLACE_HEADS:
        return False
    light = z.light(e)
    return (
        len(light) >= 3
        and not light.endswith("ة")  # محمد رضا بهلوي مدعومة: an Arabic noun or adjective
        # يوهاندري أوراقه، جوميز رضاه: a noun with a pronoun suffix
        and not (light.endswith(("ه", "ها", "هم")) and suffixed_noun(light))
        and zipf(light) < _ORDINARY_ZIPF
        and not _present_verb(light)
        and not _past_verb(light)
        and not _accusative(light)
        and not _adverb(light)
        and not prefixed_everyday(light)
    )


def bare_name_end(z, j: int, cg, stops=()) -> int:
    """The end of a player's or coach's bare name at ``j``, right after a role of
    :data:`PLAYER_ROLES` (المدرب بينات، اللاعب تجارون شيري ،), else ``j``: one or two
    words of :func:`_unknown_word` (at most :data:`_BARE_NAME_WORDS`), then punctuation
    or the end of the sentence; a word after them is read as the role's verb or
    complement, no name (المدرب حرص على). The caller asks it only where no other
    rule found a name after the role. Session 21 (person20's kind «one bare word after
    a role»)."""
    e, n = j, len(z)
    while e - j < _BARE_NAME_WORDS and e < n and z.sentence[e] == z.sentence[j]:
        if not _unknown_word(z, e, cg, stops):
            break
        e += 1
    if e == j:
        return j
    if e < n and z.sentence[e] == z.sentence[j] and z.kind[e] == "word":
        return j
    return e


def unknown_run_end(z, j: int, e: int, cg, stops=()) -> int:
    """The end of a name ``j:e`` read after a nationality (الإسباني دافيد فيا، الفنان
    الكاميروني ريشارد بونا، الجناح البلجيكي يانيك فيريرا كاراسكو), run on over the
    following words of its sentence that are words of :func:`_unknown_word` whose
    definite form the lexicon does not hold as often (:func:`takes_article`: not هداف،
    طلق) and, in ي or ت, no word the lexicon reads as an Arabic word (not يتأهب; a name:
    يوفانوفسكي), no dual or plural of an everyday word (:func:`_dual_or_plural`: جاهزان),
    up to :data:`_NATIONALITY_NAME_WORDS` words in all, or a last word that
    hid in ف (:func:`_hidden_last_word`: فيا "Villa"). It stops at a known place or
    organisation, a verb, an everyday word (صاحب) or any word with an article or
    proclitic; a name whose last word has the article or ends in ة runs on no further
    (عبد الفتاح السيسي منفذي المشروع، الطفلة زينب نتيجة). The caller asks it only of a
    name no gazetteer match covers. Session 21."""
    last = z.light(e - 1)
    if z.definite[e - 1] or last.endswith("ة"):
        return e
    n = len(z)
    while e - j < _NATIONALITY_NAME_WORDS and e < n and z.sentence[e] == z.sentence[e - 1]:
        light = z.light(e) if z.kind[e] == "word" else ""
        if (
            _unknown_word(z, e, cg, stops)
            and not takes_article(light)
            and not (light[0] in "يت" and not looks_like_name(light))
            and not _dual_or_plural(light)  # دييغو كوستا جاهزان للمباراة
        ):
            e += 1
        elif _hidden_last_word(z, e, stops):
            _read_whole(z, e)  # فيا: ف + يا to the text layer
            return e + 1
        else:
            break
    return e


def hidden_name_word(z, e: int, stops=()) -> bool:
    """Token ``e``, which the text layer reads as ف + rest (:data:`_HIDDEN_CLITICS`),
    can be a foreign name's word read whole (فيا: ف + يا; فولي: ف + ولي): no stopword,
    article or known place or organisation, and the whole word rarer than an everyday
    word (Zipf < :data:`_ORDINARY_ZIPF`: فيا 3.99، فولي 3.20) and no verb by its
    persons. The caller reads it whole (:func:`_read_whole`) when it takes it."""
    if e in stops or z.kind[e] != "word" or z.peel[e] != 1 or z.clitics[e] not in _HIDDEN_CLITICS:
        return False
    if z.stop[e] or z.tanween[e] or z.definite[e]:
        return False
    whole = normalize(z.text[z.start[e] : z.end[e]])
    return zipf(whole) < _ORDINARY_ZIPF and not _present_verb(whole) and not _past_verb(whole)


def _hidden_last_word(z, e: int, stops=()) -> bool:
    """Token ``e`` is the last word of a name run on by :func:`unknown_run_end`
    (دافيد فيا صاحب الهدف): a word of :func:`hidden_name_word` after which no word of
    its sentence follows, or an everyday one (:func:`ordinary`) does."""
    if not hidden_name_word(z, e, stops):
        return False
    a = e + 1
    return a >= len(z) or z.sentence[a] != z.sentence[e] or z.kind[a] != "word" or ordinary(z, a)


#: The proclitic letters a foreign name's word may hide (:func:`hidden_name_word`): ف
#: only; ب and ك stand on nouns after a name (مجدي الصديق بتصميم، جروس بحصة, 2015-08-02)
#: and have their own rule (:func:`_whole_surname`).
_HIDDEN_CLITICS = (("ف",),)
