"""Aliases within a story: one person, several names.

News style names a person in full once (وزير الخارجية الروسي سيرغي لافروف) and by
surname afterwards (وأكد لافروف), sometimes in a headline before the full name. Within
one story (all zones together, so a headline surname finds the full name in the body):

1. Person names found by rules are merged with a longer name of the same story, or with
   a gazetteer person, when they share the first and the last name and the shorter is a
   subsequence of the longer: محمد الحكيم and محمد علي الحكيم are one person.
2. The last name of every multi-word person name, and a one-word name found from
   context (:func:`helpers.entities.rules.rule_spans`: وقال ترودو), becomes an alias
   for that story. A
   word not covered by another mention whose key equals that surname, with the same
   article (الأسد, not the indefinite أسد), becomes an ``alias`` mention.
3. A surname that is also a common noun (الأسد "the lion", الحكيم "the wise") counts
   only where the story supports it: the full name must occur in the story, and the
   word must not stand as an adjective right after a definite noun (القرار الحكيم), the
   typical position of the common reading. A title before it (الرئيس الأسد) is fine.
4. Two people of one story who share a surname (بشار الأسد, حافظ الأسد): a bare
   surname goes to the only one of them alive at the story's date (``data/
   people_dates.csv``, :func:`helpers.entities.gazetteer.death_dates`: a 2015 story's
   «خطاب الأسد» is Bashar's, though it names his late father حافظ الأسد after him);
   else, among the living (or all, for a story without a date), to the one whose full
   name was mentioned last before it (in reading order: title, captions, body), or to
   the first introduced.
5. Spelling variants of one transliterated name (مورينيو / مورينهو, فالكاو / فالكاوو)
   are one name part when the story has both: names and surnames are compared by
   :func:`variant_key`, which folds only the letters that transliteration writes two
   ways for one sound, never a root letter of an Arabic name. Two names of one story
   with the same first name whose last keys differ only by letters one foreign sound is
   written with (:func:`letter_fold`, ``data/transliteration_letters.tsv``: Persian گ
   as ك، غ or ج, بيجن زنكنه / بيجن زنغنه) are one person too. Across stories, entity
   ids stay as written (a story with only مورينهو gives its own id).
6. A first name alone (الأمير خالد، رافايل), found by a rule after a title or as a
   first name, is the person of the story whose longer name opens with it (خالد
   الفيصل، رافايل دا سيلفا; :func:`_full_name`), when it is no person's surname (point
   4) and one person only has that first name (in a list of محمد يعقوبي، محمد المرابط
   ... محمد alone may be any of them: its own id; so too a bare first name, no title
   before it, of a man named by it alone and of another's full name: الملك عبدالله ...
   عبدالله العتيبي ... وأضاف عبدالله); after a royal title only a listed
   person, one titled so in full, or a patronymic (:func:`_royal_name`: الملك خالد is
   not the artist خالد حنيف); never the
   father of a patronymic
   (:func:`_same_lineage`: الملك عبدالعزيز is not سعود بن عبدالعزيز). Said alone from context
   (وقال رافايل), its later bare mentions are aliases. A first name linked to no full
   name and written after a royal title in its story is named with the title
   (:func:`_titled_id`: الملك عبدالعزيز, not the id of every bare عبدالعزيز); any other
   first name linked to no full name is its story's own person (:func:`_story_local_id`:
   ``rule:PERSON:احمد@<story_id>``), never one id of every story's «أحمد».
7. Across stories, a patronymic chain written shorter in some stories and longer in
   others is one man in the tables of a group (:func:`corpus_lineages`): محمد بن نايف،
   محمد بن نايف بن عبدالعزيز and محمد بن نايف بن عبدالعزيز آل سعود, when the corpus has
   one longest chain extending the short one (and the chains between the two join
   with them: محمد بن نايف بن عبدالعزيز); only بن-links and a final «آل X» extend a
   chain, and «آل X» is the house, no link: محمد بن نايف آل سعود is محمد بن نايف بن
   عبدالعزيز آل سعود (:func:`_covers`). The mentions table keeps each story's own ids.
8. A listed person's surname alias (بولوني، الجبير of ``data/people.csv``) said alone in a
   story that names someone else of that surname in full and never the listed person
   (أمين المنطقة الشرقية فهد الجبير ... وأضاف الجبير) is the story's person
   (:func:`_story_surnames`), not the listed one.
9. Never across genders (session 19): a bare surname or a one-word name is no alias of
   a person (:func:`person_gender`, by the first name) of the other gender than a
   gendered title or a clause-opening reporting word right before it (:func:`said_gender`;
   the rule :func:`helpers.text.agreement.clashes`, the quote layer's too): «هدى الحذيفي
   ... وقال الحذيفي» is a man of her family, not هدى.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from helpers.entities import rules
from helpers.entities.gazetteer import first_name_gender
from helpers.entities.keys import (
    ABD,
    ABU,
    ALLAH_FIRSTS,
    ALLAH_FUSED,
    allah_key,
    fold,
    fused_abd,
    id_keys,
    name_keys,
    normal,
    surface_key,
)
from helpers.entities.rules import lexicons as rules_lexicons
from helpers.entities.rules import names as rules_names
from helpers.entities.rules import words as rules_words
from helpers.ids import story_scoped
from helpers.text.agreement import clashes, verb_gender
from helpers.text.lexical import suffixed_noun, verb_form, zipf

__all__ = [
    "NAMED_AFTER_HEADS",
    "NOT_SURNAMES",
    "Person",
    "after_title",
    "corpus_lineages",
    "corpus_surnames",
    "corpus_variants",
    "ends_name",
    "find_aliases",
    "find_full_names",
    "link_persons",
    "royal_title",
    "title_key",
    "transliteration_key",
    "variant_key",
    "with_corpus_people",
    "with_full_names",
]

#: Indefinite head nouns before a surname that make it the name of a body or place
#: named after the person (شبكة حقاني، مؤسسة كلينتون، جامعة جورج واشنطن), not a
#: mention of the person; heads of a possessor stay (قوات صالح، إدارة أوباما).
NAMED_AFTER_HEADS = rules_lexicons._keys(
    "شبكة عائلة أسرة مؤسسة جامعة مستشفى مركز مدرسة جائزة شارع مسجد جامع حي مطار "
    "ملعب استاد قاعة كلية معهد برج"
)

#: Last names never used alone as an alias: الله ends compound names (نصر الله، عبد الله)
#: and stands alone in every religious formula (بحمد لله، إن شاء الله).
NOT_SURNAMES = frozenset(
    {"الله"}
    # a regnal number ends a name but names nobody alone: «النائب الثاني» is not
    # عبد الله الثاني (keys, as name keys write them: the article off)
    | {
        surface_key(w)
        for w in ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع"]
    }
    # and so does a generation's epithet (جورج بوش الأب / الابن: session 24)
    | rules_lexicons.GENERATION_EPITHETS
)


@dataclass(eq=False)
class Person:
    """A person of one story: id, canonical name and the name key tuples seen."""

    entity_id: str
    canonical: str
    names: list[tuple[str, ...]] = field(default_factory=list)
    surname_definite: bool = False
    #: (last key, written with the article) of each multi-word rule or gazetteer name
    #: of the story linked to the person (:func:`_same_article`).
    last_articles: set = field(default_factory=set)
    #: A one-word name found from context (وقال ترودو): the word is no ordinary word,
    #: so its later bare mentions in the story are aliases too.
    solo: bool = False
    #: Names that are a role of the gazetteer (خادم الحرمين الشريفين, see Span.role),
    #: not a name: never looked for again as a full name.
    roles: set = field(default_factory=set)
    #: First-name keys of the person's full names that read as names
    #: (:func:`_full_name`): a first name alone in the story may be this person.
    full_firsts: set = field(default_factory=set)
    #: First names said alone from context (وقال فؤاد) and linked to this person: their
    #: later bare mentions in the story are aliases, as a :attr:`solo` name's are.
    bare_firsts: set = field(default_factory=set)
    #: Keys of the royal or religious titles a full name of the person follows (الأمير
    #: خالد الفيصل): that title and the first name alone may name the person again.
    royal: set = field(default_factory=set)
    #: A full name of the person follows a name right before it (جوسيب | ماريا بارتوميو,
    #: the rules reading two names): its first word may be a middle name (Maria, of a
    #: man), so the first name tells no gender (:func:`person_gender`).
    lost_first: bool = False


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(k in it for k in short)


@lru_cache(maxsize=65536)
def variant_key(key: str) -> str:
    """The key of a name part with the spelling variants of transliteration folded, so
    that two spellings of one foreign name compare equal (module docstring, point 5).

    Only these letters, written differently for one sound, are folded: a final ``يو`` or
    ``هو`` after a consonant to ``و`` (Portuguese nh, lh: مورينيو / مورينهو → مورينو,
    كوتينيو / كوتينهو), and a doubled ``وو`` to ``و`` (فالكاوو / فالكاو, داوود / داود);
    ``ة`` and ``ه`` are already one letter in a key. A final ``ى`` written for ``ي``
    (the Egyptian habit, kept by :func:`helpers.entities.keys.maqsura_key` where the
    lexicon does not know the word: مونتارى / مونتاري, اليحيى / اليحيي) is read as ``ي``
    in a key of four letters or more (session 23; على / علي, the preposition and the
    name, stay apart). Keys of fewer than five letters are otherwise left alone, and nothing
    else: Arabic names that differ in a root letter (سلمان / سليمان، حمود / حمد) stay
    apart. No fuzzy (edit-distance) matching.

    >>> variant_key("مورينهو"), variant_key("مونتارى"), variant_key("حمود")
    ('مورينو', 'مونتاري', 'حمود')
    """
    if len(key) >= 4 and key.endswith("ى"):
        key = key[:-1] + "ي"
    if len(key) < 5 or "و" not in key:
        return key
    out = key.replace("وو", "و")
    if len(out) >= 5 and out.endswith(("يو", "هو")) and out[-3] not in "اويه":
        out = out[:-2] + "و"
    return out


@lru_cache(maxsize=1)
def _letter_groups() -> dict[str, str]:
    from helpers.errors import GazetteerError
    from helpers.io import read_data_rows

    _, rows = read_data_rows(
        "helpers.entities",
        "transliteration_letters.tsv",
        ("sound", "letters", "source"),
        error=GazetteerError,
    )
    return {
        letter: letters.split()[0] for _sound, letters, _src in rows for letter in letters.split()
    }


@lru_cache(maxsize=65536)
def letter_fold(key: str) -> str:
    """The key with each letter of ``data/transliteration_letters.tsv`` written as the
    first letter of its row (the Persian گ, written ك، غ or ج: زنغنه → زنكنه). Read only
    for two names of one story with the same first name (:func:`_compatible`, module
    docstring point 5): a surname alone is never folded (كمال / جمال stay apart).
    Raises :class:`helpers.errors.GazetteerError` for a bad row of the file."""
    groups = _letter_groups()
    return "".join(groups.get(ch, ch) for ch in key)


def _transliterated(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    # بيجن زنكنه / بيجن زنغنه: the same first name, last keys one by letter_fold, both
    # foreign surnames: no first name among them (سامية كمال / سامية جمال, two women of
    # one story, 2015-07-21, "she changed one letter of her name") and one that reads as
    # no Arabic word (helpers.text.lexical.looks_like_name, as transliteration_key)
    if len(short) < 2 or short[0] != long[0] or len(short[-1]) < 4:
        return False
    a, b = variant_key(short[-1]), variant_key(long[-1])
    if letter_fold(a) != letter_fold(b):
        return False
    from helpers.entities.gazetteer import first_names
    from helpers.text.lexical import looks_like_name

    names = first_names()
    return a not in names and b not in names and (looks_like_name(a) or looks_like_name(b))


def _compatible(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    # every True below has the same last key (and no more keys than the long name):
    # tested first, on the last keys only (speed; most pairs of a story differ there).
    # A kunya surname (أبو ثنين، أبوثنين: أبو among the keys or opening the last) is
    # compared by the keys ids are made of (keys.id_keys, أبو and the next word one
    # key), the one rule of ids (session 24)
    if (
        short
        and long
        and (ABU in short or ABU in long or short[-1][:3] == ABU or long[-1][:3] == ABU)
    ):
        # أبوثنين of عبدالله أبو ثنين: the keys ids are made of (keys.id_keys)
        short, long = id_keys(short), id_keys(long)
    if len(short) > len(long):
        return False
    if short and variant_key(short[-1]) != variant_key(long[-1]):
        if not _transliterated(short, long):
            return False
        short = (*short[:-1], long[-1])  # زنغنه written as the long name's زنكنه
    short = tuple(variant_key(k) for k in short)
    long = tuple(variant_key(k) for k in long)
    if len(short) > len(long):
        return False
    if not _same_lineage(short, long):
        return False
    if len(short) == 1:
        return ends_name(long, short)
    return short[0] == long[0] and short[-1] == long[-1] and _subsequence(short, long)


def ends_name(name: Sequence[str], last: Sequence[str]) -> bool:
    """The surname rule, one definition (session 24): whether the name ``name`` ends
    with the words ``last``, so that ``last`` written alone may stand for it (الجبير for
    عادل الجبير, كفاح محمود for محمود). Both are sequences of the same type (two tuples of
    keys, :func:`helpers.entities.keys.name_keys`, in :func:`link_persons`; two lists
    of normalised words in the quote layer's bare names,
    :func:`helpers.quotes.names`); an empty ``last`` or one longer than ``name`` ends
    nothing. Whether ``name`` must be longer is the caller's: a one-word name ends
    itself. A bool out; no error."""
    n = len(last)
    return 0 < n <= len(name) and name[-n:] == last


def _same_lineage(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether a shorter name keeps the patronymic chain of a longer one: a word after
    بن، ابن، بنت names a father (or a grandfather), and leaving a link out makes
    another person. So every بن-link of ``short`` sits where ``long`` has it, from the
    first word (محمد بن سلمان of محمد بن سلمان بن عبدالعزيز; not محمد بن سعود of محمد بن
    سلمان آل سعود, nor محمد بن عبدالعزيز of محمد بن نايف بن عبدالعزيز), and a ``long``
    whose last word is a father's name ends ``short`` the same way (محمد العبدالعزيز, a
    family name, is not محمد بن سلمان بن عبدالعزيز; سلمان alone is not محمد بن سلمان).
    Family names and foreign names (no بن) are not touched: بشار الأسد of بشار حافظ
    الأسد. Keys as :func:`helpers.entities.keys.name_keys` gives them."""
    for i, k in enumerate(short[:-1]):
        if k in rules_names._SON_OF and short[: i + 2] != long[: i + 2]:
            return False
    if len(long) >= 2 and long[-2] in rules_names._SON_OF:
        return len(short) >= 2 and short[-2] in rules_names._SON_OF
    return True


#: The key of الملك: a chain written after it names a king, who is no longer chain of the
#: story written without it (الملك فهد بن عبدالعزيز ... فهد بن عبدالعزيز بن معمر).
_KING = surface_key("الملك")


@lru_cache(maxsize=4096)
def royal_title(word: str) -> str | None:
    """The key of the royal or religious title a written word is, or None: the one rule
    of "a title before this name" for a story's people (:func:`link_persons`) and the
    tables of a group (:func:`after_title`, :func:`titled_marks`).

    A title is a word of :data:`helpers.entities.rules.NAMESAKE_TITLES` (الملك، الأمير،
    الشيخ، الإمام، السلطان) with its article written, after any proclitic (الأمير،
    والأمير، بالأمير; ل + ال as للأمير). Without the article it is no title: سلطان and
    أمير are first names as well (فهد سلطان، سلطان سعود), ملك a noun (ملك الأردن). The
    key is :func:`helpers.entities.keys.phrase_keys`' (the article off: الملك → ملك)."""
    from helpers.entities.keys import phrase_keys
    from helpers.text import normalize

    keys = phrase_keys(word)  # the last key: a word written onto punctuation (،الأمير)
    if not keys or keys[-1] not in rules.NAMESAKE_TITLES:
        return None
    n = normalize(word)
    return keys[-1] if n.endswith(("ال" + keys[-1], "لل" + keys[-1])) else None


def title_key(z, i: int) -> str | None:
    """The :func:`royal_title` (str key) of the word right before token ``i`` of zone
    ``z`` (a :class:`helpers.entities.matcher.Zone`) in its sentence (الأمير in الأمير
    خالد الفيصل), or None; for the people of a story (:func:`link_persons`) and the
    event names a titled person is part of
    (:func:`helpers.entities.extract._without_event_names`)."""
    if i <= 0 or z.kind[i - 1] != "word" or z.sentence[i - 1] != z.sentence[i]:
        return None
    return royal_title(z.text[z.start[i - 1] : z.end[i - 1]])


def _shorter_chain(short: tuple[str, ...], long: tuple[str, ...], king: bool, p) -> bool:
    """Whether, in one story, a patronymic chain (second word بن، ابن، بنت) is a longer
    chain of the story cut short: ``long`` is ``short`` followed by more fathers and at
    most «آل X», or by more fathers before ``short``'s own «آل X» (:func:`_covers`, the
    rule :func:`corpus_lineages` applies across stories). فيصل بن خالد and فيصل بن خالد
    بن عبدالعزيز in one story are one man: the story names him further back once.
    Within a story no title is asked for (across stories a commoner's chain may meet a
    prince's); another word after the chain (a family name without آل) still makes
    another man, and so does a longer chain of the person ``p`` (a :class:`Person`)
    never written after الملك when ``king`` (the short chain follows الملك: الملك فهد بن
    عبدالعزيز is not فهد بن عبدالعزيز بن معمر).
    Keys as :func:`helpers.entities.keys.name_keys` gives them."""
    if len(short) < 3 or short[1] not in rules_names._SON_OF or len(long) <= len(short):
        return False
    return _covers(long, short) and (not king or _KING in p.royal)


def _named_last_before(order, zi: int, i: int, among) -> Person | None:
    """Of the persons ``among``, the one whose full name (``order``: (zone index, token
    index, Person) of each full name) is written last before token ``i`` of zone ``zi``;
    None when none is. The one rule of "the man named last before" for a shared surname
    (جون كيندي ... روبرت كيندي ... كيندي) and a shared first name (عبدالله السالم ...
    عبدالله الفهد ... وقال عبدالله; session 24)."""
    last = None
    for oz, ot, p in sorted(order, key=lambda t: (t[0], t[1])):
        if (oz, ot) >= (zi, i):
            break
        if p in among:
            last = p
    return last


def link_persons(items, cg) -> tuple[dict[int, Person], list[tuple[int, int, Person]]]:
    """Group a story's PERSON spans into people (module docstring, point 1).

    Parameters
    ----------
    items : list of (zone_index, Zone, Span, entity_row or None)
        The story's selected PERSON spans in reading order; ``entity_row`` is the
        gazetteer row for gazetteer matches, ``None`` for rule matches.
    cg : CompiledGazetteer

    Returns
    -------
    (dict, list)
        ``id(span) -> Person`` for every input span, and where each multi-word name
        occurs as ``(zone_index, token_index, Person)`` (input of :func:`find_aliases`).
    """
    people: dict[str, Person] = {}
    by_span: dict[int, Person] = {}
    order: list[tuple[int, int, Person]] = []  # (zone_index, token, person) of full names
    titled_bare: dict[int, tuple[Person, str, str]] = {}  # bare first names after a title
    ends = {(zi, s.j) for zi, _z, s, _row in items}  # where a name ends: lost_first

    def keys_of(z, s):
        # عبد الله and عبدالله are one key (helpers.entities.keys.name_keys)
        return name_keys(z.key[s.i : s.j], z.definite[s.i : s.j])

    # gazetteer people first, then rule names longest first
    def sort_key(it):
        zi, _z, s, row = it
        return (row is None, -(s.j - s.i), zi, s.i)

    for zi, z, s, row in sorted(_story_surnames(items, cg), key=sort_key):
        keys = keys_of(z, s)
        title = title_key(z, s.i)  # الملك، الأمير ... right before the name, or None
        person = None
        if row is not None:
            eid = cg.ids[row]
            person = people.get(eid)
            if person is None:
                person = people[eid] = Person(eid, cg.canonicals[row])
        else:
            fits = [
                p
                for p in people.values()
                if any(
                    _compatible(keys, n) or _shorter_chain(keys, n, title == _KING, p)
                    for n in p.names
                )
                # الشيخ يوسف is not عبدالعزيز اليوسف: a one-word name and a surname
                # agree in the article; a name of عبد + ال (عبد المجيد، عبدالمجيد)
                # keeps its article in the key, however it is spaced, so the key
                # decides (المستشار عبد المجيد of عيسى عبدالمجيد)
                and (len(keys) == 1 or _same_article(keys, z, s, p))
                and (
                    len(keys) > 1
                    or all(len(n) == 1 for n in p.names)
                    or p.surname_definite == z.definite[s.i]
                    or keys[0].startswith(ABD + "ال")
                )
            ]
            said = said_gender(z, s.i) if len(keys) == 1 else ""
            if said:
                # هدى الحذيفي ... وقال الدكتور الحذيفي: a one-word name after a word of
                # the other gender is another person (said_gender, person_gender)
                fits = [p for p in fits if not clashes(person_gender(p), said)]
            by_first = []
            apart = False
            if (
                fits
                and title is None
                and len(keys) == 1
                and all(len(n) == 1 for p in fits for n in p.names)
                and any(keys[0] in p.full_firsts for p in people.values() if p not in fits)
            ):
                # الملك عبدالله ... عبدالله العتيبي ... وأضاف عبدالله: the first name
                # alone may be the man named by it alone or the one of the full name:
                # its own id, neither's (point 6)
                fits, apart = [], True
            if not fits and not apart and len(keys) == 1 and keys[0] in cg.first_names:
                # الأمير خالد ... خالد الفيصل: a first name alone (point 6)
                by_first = [
                    p
                    for p in people.values()
                    if keys[0] in p.full_firsts
                    and (title is None or _royal_name(keys[0], title, p))
                    and not clashes(person_gender(p), said)
                ]
                if len(by_first) == 1:
                    fits = by_first
                elif by_first:
                    # عبدالله السالم ... عبدالله الفهد ... وقال عبدالله: the man of that
                    # first name named in full last before it (as a shared surname,
                    # جون كيندي ... روبرت كيندي ... كيندي; session 24); none before: apart
                    last = _named_last_before(order, zi, s.i, by_first)
                    if last is not None:
                        fits, by_first = [last], []  # no bare_firsts: each is read
            if fits:
                person = fits[0]
                if len(fits) > 1 and len(id_keys(keys)) == 1:
                    # جون كيندي ... روبرت كيندي ... كيندي: the full name named last before
                    # (أبو زنط, one id key, too: session 24)
                    last = _named_last_before(order, zi, s.i, fits)
                    if last is not None:
                        person = last
                if person in by_first and s.method == "context":
                    person.bare_firsts.add(keys[0])
            if person is None and len(keys) >= 2:
                # a gazetteer person with the same first and last name, one name a
                # subsequence of the other (بشار حافظ الأسد / بشار الأسد; علي صالح of
                # علي عبد الله صالح), when one listed person only fits
                raw = tuple(z.key[s.i : s.j])  # the gazetteer's keys are written apart
                rows = {
                    cg.ids[r]: r
                    for name, r in cg.person_first_last.get((raw[0], raw[-1]), ())
                    if _compatible(raw, name) or _compatible(name, raw)
                }
                row = next(iter(rows.values())) if len(rows) == 1 else None
                if row is not None:
                    eid = cg.ids[row]
                    person = people.get(eid) or Person(eid, cg.canonicals[row])
                    people[eid] = person
            if person is None and apart:
                # not in ``people``: the man named by the first name alone may take a
                # title's id (:func:`_titled_id`), this mention keeps the bare one
                person = Person(_bare_id(keys), z.phrase(s.i, s.j))
            if person is None:
                eid = _bare_id(keys, _last_definite(keys, z, s))
                person = people.get(eid) or Person(eid, z.phrase(s.i, s.j))
                people[eid] = person
                if len(keys) == 1 and s.method == "context":
                    person.solo = True
        if keys not in person.names:
            person.names.append(keys)
        if getattr(s, "role", False):
            person.roles.add(keys)
        by_span[id(s)] = person
        if len(keys) == 1 and title is not None and person.entity_id == _bare_id(keys):
            titled_bare.setdefault(id(person), (person, title, z.display(s.i - 1)))
        if len(keys) >= 2:
            order.append((zi, s.i, person))
            if (zi, s.i) in ends or _first_before(z, s.i, cg):
                person.lost_first = True
            # the surname's article, before a generation's epithet (بوش of جورج بوش الابن)
            last = s.j - 2 if keys[-1] in rules_lexicons.GENERATION_EPITHETS else s.j - 1
            person.surname_definite = z.definite[last]
            person.last_articles.add((keys[-1], _last_definite(keys, z, s)))
            if _full_name(z, s, cg):
                person.full_firsts.add(keys[0])
            if title is not None:
                person.royal.add(title)

    for person, title, written in titled_bare.values():
        _titled_id(person, title, written)
    if items:
        story_id = items[0][1].story_id
        for person in {id(p): p for p in by_span.values()}.values():
            _story_local_id(person, story_id, cg)
    return by_span, order


def _last_definite(keys: tuple[str, ...], z, s) -> bool:
    """Whether the last word of the multi-word name ``s`` (zone ``z``, name keys
    ``keys``) is written with the article, unless it is inside a fused key (عبد المجيد
    is the key عبدالمجيد, which keeps its article already): False for a one-word name."""
    return len(keys) > 1 and z.definite[s.j - 1] and keys[-1] == z.key[s.j - 1]


def _same_article(keys: tuple[str, ...], z, s, p: Person) -> bool:
    """Whether the multi-word name ``s`` may be person ``p`` as far as the article of
    its last word goes: a family name with ال and a father's (or second) name without it
    are two men (محمد العلي، محمد علي; session 18, as their ids since session 17), so
    when ``p`` has a multi-word name ending in the same last key, one of them must agree
    in the article. Gazetteer names and names with another last word do not decide."""
    mine = _last_definite(keys, z, s)
    theirs = {d for k, d in p.last_articles if variant_key(k) == variant_key(keys[-1])}
    return not theirs or mine in theirs


def _bare_id(keys: tuple[str, ...], definite: bool = False) -> str:
    """The entity id of a rule name that is no listed person's: its name keys, the last
    written with the article when the name's last word has it (``definite``): محمد العلي
    is ``rule:PERSON:محمد_العلي`` and محمد علي (a first name and a father's name)
    ``rule:PERSON:محمد_علي``, two men (session 17: keys drop the article, so they shared
    one id and one row of every people table). أبو and the word after it are one key
    however written (:func:`helpers.entities.keys.id_keys`: عبدالله أبو ثنين and
    عبدالله أبوثنين are ``rule:PERSON:عبدالله_ابوثنين``; session 23)."""
    last = keys[-1] if keys else ""
    if definite and not last.startswith("ال"):
        keys = (*keys[:-1], "ال" + last)
    return "rule:PERSON:" + "_".join(id_keys(keys))


def _titled_id(person: Person, title: str, written: str) -> None:
    """Names, in place, a story's person known only by a first name written after a royal
    title somewhere in the story (الملك عبدالعزيز, his later bare عبدالعزيز with him) by
    the title and the name: id ``rule:PERSON:<title key>_<name key>``, canonical «الملك
    عبدالعزيز» (``written``: the title as written, proclitics off). Across stories one
    bare first name is anybody's: the founder King Abdulaziz (الملك عبدالعزيز) and a
    lecturer (الدكتور عبدالعزيز) shared the id ``rule:PERSON:عبدالعزيز`` and one row of a
    people table; a title after the king (الأمير نايف) keeps its own row too."""
    person.entity_id = _bare_id((title, *person.names[0]))
    person.canonical = f"{written} {person.canonical}"


def _story_local_id(person: Person, story_id: str, cg) -> None:
    """Gives, in place, a story's person known only by a bare first name the story-local
    id ``rule:PERSON:<name key>@<story_id>``; the canonical stays the name as written.
    Such a person: every name of the person one word and a first name of
    :func:`helpers.entities.gazetteer.first_names`; no royal title before it in the story
    (:func:`_titled_id` runs first); no gazetteer match (a listed person's alias keeps the
    listed id). A first name alone says who only inside its story: «أحمد» was one id and
    one row of a people table for an injured child, a doctor and an academic of three
    stories. A first name the story links to a full name has that person's id already
    (module docstring, point 6) and is left alone; so is a one-word name that is no first
    name (a surname said from context, وقال ترودو), which :func:`corpus_surnames` may join
    to a corpus's full name. The same first name in another story, and a first name that
    is also a listed person's surname written without the article (صالح), are other ids:
    nothing in the story says which man."""
    if not person.names or any(len(n) != 1 for n in person.names):
        return
    key = person.names[0][0]
    if person.entity_id != _bare_id((key,)):
        return
    if all(n[0] in cg.first_names for n in person.names):
        person.entity_id = story_scoped(person.entity_id, story_id)


def _story_surnames(items, cg) -> list:
    """``items`` of :func:`link_persons` with the gazetteer row dropped (``None``: read
    like a rule name) from each one-word gazetteer match whose key is the last word of a
    rule name of two words or more of the story, when the story names that gazetteer
    person with no match of two words or more (module docstring, point 8): فهد الجبير
    ... الجبير is فهد الجبير, not the listed عادل الجبير; a story that also says عادل
    الجبير keeps the listed person for the bare surname, and so does a story whose name
    is the listed one written shorter or longer (جواد ظريف of محمد جواد ظريف)."""
    rule_names: dict[str, list[tuple[str, ...]]] = {}
    for _zi, z, s, row in items:
        if row is None and s.j - s.i > 1:
            rule_names.setdefault(z.key[s.j - 1], []).append(tuple(z.key[s.i : s.j]))
    if not rule_names:
        return items
    full = {cg.ids[row] for _zi, _z, s, row in items if row is not None and s.j - s.i > 1}

    def namesake(z, s, row) -> bool:
        names = rule_names.get(z.key[s.i]) if s.j - s.i == 1 else None
        if not names or cg.ids[row] in full:
            return False
        # جواد ظريف is the listed محمد جواد ظريف written shorter: no namesake
        listed = tuple(surface_key(w) for w in cg.canonicals[row].split())
        return not any(_subsequence(n, listed) or _subsequence(listed, n) for n in names)

    return [
        (zi, z, s, None) if row is not None and namesake(z, s, row) else (zi, z, s, row)
        for zi, z, s, row in items
    ]


#: Zipf from which the definite form of an indefinite word in ة marks an everyday noun
#: (المبايعة 2.28), not a family name in ة (حمزة، عطية are names of the first-name list).
_NOUN_IN_TA_ZIPF = 2.0


def _full_name(z, s, cg) -> bool:
    """Whether a person's span of two words or more reads as a full name that a first
    name alone may stand for (module docstring, point 6), by its last word: a first
    name (تميم بن حمد), a listed person's surname (خالد الفيصل), a word after a name
    particle (رافايل دا سيلفا، علي بن صالح الخبتي), a surname a rule read whole
    (:meth:`helpers.entities.matcher.Zone.reread`: توماس باخ, ب + اخ to the text
    layer, a verb form to the lexicon); else no word with a proclitic
    (منصور وحلفائه), a definite word only as a family name
    (:func:`helpers.entities.rules.names._plain_family_name`: الشمري، الخيبري; not التهنئة،
    طلب فؤاد العون "Fouad asked for help"), an
    indefinite word no verb, inflected noun or noun with a suffix (عمر قتل، شكري أبلغه،
    عبدالعزيز باعتبارهم: a rule's span run on) and rarer than
    :data:`helpers.entities.rules.words._ORDINARY_ZIPF` (حنيف 3.16; not عيد 5.27)."""
    j = s.j - 1
    k = z.key[j]
    if k in cg.first_names or (k in cg.person_surnames and not z.definite[j]):
        return True  # not العون after a first name: عون is a listed surname, indefinite
    if z.key[j - 1] in rules.PARTICLES or (
        z.key[j - 1] in rules.FOREIGN_PARTICLES and not z.stop[j - 1]
    ):
        return True  # not لا (a stopword): فؤاد لا يرى
    if j in z.wholes:
        return True  # توماس باخ: a surname a rule read whole (ب + اخ), verb form or not
    if z.clitics[j]:
        return False
    if z.definite[j]:
        return rules_names._plain_family_name(z, j, cg)
    light = z.light(j)
    if verb_form(light) or rules_words._present_verb(light) or rules_words._noun_form(light):
        return False
    if light.endswith("ة") and zipf("ال" + light) >= _NOUN_IN_TA_ZIPF:
        return False  # عمر مبايعة: a noun in ة that takes the article (المبايعة)
    return not suffixed_noun(light) and zipf(light) < rules_words._ORDINARY_ZIPF


def _royal_name(first: str, title: str, p: Person) -> bool:
    """Whether a person may be the one a royal title and a first name alone name (الملك
    خالد، الأمير خالد; ``title`` the title's key): a listed person, one named in full
    after the same title (الأمير خالد الفيصل; not أنفاق الملك خالد), or a patronymic full
    name (خالد بن عبدالعزيز), as royals are named; not the artist خالد حنيف of a story
    that also names الملك خالد."""
    if title in p.royal or p.entity_id.startswith("person:"):
        return True
    return any(n[0] == first and any(k in rules_names._SON_OF for k in n) for n in p.names)


def _alive(cands: list[Person], date: str | None) -> list[Person]:
    """The people of ``cands`` not dead at ``date`` (``YYYY-MM-DD`` or None: all of
    them) by :func:`helpers.entities.gazetteer.death_dates`; ``cands`` itself when
    none is alive (a story of past history keeps point 4's order)."""
    if not date:
        return cands
    from helpers.entities.gazetteer import death_dates

    died = death_dates()
    alive = [p for p in cands if not (p.entity_id in died and died[p.entity_id] < date)]
    return alive or cands


def _listed(p: Person) -> bool:
    """Whether ``p`` is a person of the gazetteer (``person:`` ids of people.csv), not
    one a rule read from the text (``rule:`` ids)."""
    return not p.entity_id.startswith("rule:")


#: Zipf from which a definite word that closes a rule's name is too common a noun to
#: stand alone for the person (الحكومة 5.61، الماضي 5.47، الشعب 5.42): family names
#: stay below it (البشر 5.07، الجمعة 5.14، الخير 5.24، الحق 5.35; checked on
#: 2015-07-24, where «بدرية البشر» ... البشر is the novelist).
_EVERYDAY_SURNAME_ZIPF = 5.4


def _everyday_surname(z, i: int) -> bool:
    """Token ``i``, a bare word the story's rule names end in, is an everyday word the
    lexicon never reads as a family name (session 22, 2015-08-02): a definite word at
    least as frequent as :data:`_EVERYDAY_SURNAME_ZIPF` that is no nisba (العربي 5.61
    stays, :func:`helpers.entities.rules.words._nisba_like`), or such a time word
    (الماضي 5.47; المقبل 4.66, a family name too, stays). The rule names (إياد علاوي
    الحكومة «بزعامة نائب رئيس الجمهورية إياد علاوي الحكومة من غضب الشعب») ran on into
    such a word, and every later use of the word in the story had become the person.
    An indefinite word is left alone: خطيرة (رهام خطيرة «حالة الوالدة رهام خطيرة
    للغاية») and the surname سلامة read alike to the lexicon."""
    light = z.light(i)
    if not z.definite[i] or zipf(light) < _EVERYDAY_SURNAME_ZIPF:
        return False
    return z.key[i] in rules_words._TIME_WORDS or not rules_words._nisba_like(light)


def find_aliases(
    zones, covered, people, order, cg, date: str | None = None
) -> list[tuple[int, int, Person]]:
    """Bare surnames of a story's people (module docstring, points 2-4).

    Parameters
    ----------
    zones : list of Zone
        The story's zones in reading order.
    covered : list of set of int
        Per zone, the token indices already inside a mention.
    people : iterable of Person
    order : list of (zone_index, token_index, Person)
        Where each full (multi-word) name occurs.
    cg : CompiledGazetteer
    date : str, optional
        The story's date, ``YYYY-MM-DD``: of people sharing a surname, the dead at that
        date (:func:`_alive`) do not take it (point 4). None: no one is ruled out.

    Returns
    -------
    list of (zone_index, token_index, Person)
    """
    out: list[tuple[int, int, Person]] = []
    surnames: dict[str, list[Person]] = {}
    # whether each person writes the key with the article, per (key, id of person): two
    # men of one story may share a key, one with it (محمد العلي) and one without (محمد
    # علي); a single flag per key was the last man's, and «العلي» lost its man when
    # محمد علي came second (session 18)
    definite: dict[tuple[str, int], bool] = {}
    for p in people:
        for name in p.names:
            if len(name) >= 3 and name[-1] in rules_lexicons.GENERATION_EPITHETS:
                name = name[:-1]  # جورج بوش الابن ... بوش: the surname before the epithet
            if name[-1] in NOT_SURNAMES:
                continue
            if len(name) >= 3 and (
                name[-2] in rules_names._SON_OF or name[-2] == _AAL or name[-2] in _KUNYA
            ):
                # محمد بن نايف: نايف is the father, no surname of the son; سلمان بن
                # عبدالعزيز آل سعود، صالح آل الشيخ: سعود، الشيخ name the house (and
                # الشيخ is a title), never this man alone (آل الشيخ is :func:`_tail_name`'s);
                # فيصل أبو ثنين: ثنين is no name of his without أبو (أبو ثنين is), and
                # أبوثنين, the same name written as one word, is (keys.id_keys: the one
                # rule of أبو + a name; session 24)
                if name[-2] == ABU:
                    joined = id_keys(name)[-1]
                    # أبوالغيط of أحمد أبو الغيط: the token's key keeps the article
                    for k in (joined, ABU + "ال" + joined[3:]):
                        if p not in surnames.get(k, []):
                            surnames.setdefault(k, []).append(p)
                            definite[k, id(p)] = False
                continue
            last = variant_key(name[-1])
            if (len(name) >= 2 or p.solo) and p not in surnames.get(last, []):
                surnames.setdefault(last, []).append(p)
                definite[last, id(p)] = p.surname_definite
        for first in p.bare_firsts:
            first = variant_key(first)
            if p not in surnames.get(first, []):
                surnames.setdefault(first, []).append(p)
                definite[first, id(p)] = False  # a first name: without the article
    middles = _middle_names(people, cg, surnames)
    for k, p in middles.items():
        surnames[k] = [p]
        definite[k, id(p)] = False  # a middle name is written without the article
    if not surnames:
        return out
    full = sorted(order, key=lambda t: (t[0], t[1]))
    # surnames a rule read whole with ب or ك at their start (باطوق): only then is a
    # peeled word read whole again below
    bk_surnames = any(k[:1] in "بك" for k in surnames)
    for zi, z in enumerate(zones):
        for i in _surname_positions(z, surnames, bk_surnames):
            raw = z.key[i]
            # variant_key changes only keys with و or a final ى (the speed path)
            k = variant_key(raw) if "و" in raw or raw[-1:] == "ى" else raw
            whole = False
            if (
                bk_surnames
                and k not in surnames
                and z.peel[i] == 1
                and z.clitics[i] in rules.SURNAME_PROCLITICS
                and rules.whole_key(z, i) in surnames
            ):
                # وأضاف باطوق: a surname the rules read whole (ب + اطوق to the text layer)
                k, raw, whole = rules.whole_key(z, i), rules.whole_key(z, i), True
            if k not in surnames or i in covered[zi] or z.kind[i] != "word":
                continue
            if raw in cg.stop:
                continue
            # the people who write the key as this word is written, with or without ال
            cands = [p for p in surnames[k] if definite[k, id(p)] == z.definite[i]]
            if not cands:
                continue
            if k in middles and zipf(z.light(i)) >= rules_names._WHOLE_SURNAME_ZIPF:
                continue  # قائد "commander" of عباس قائد رحمت: the word as written
            if _everyday_surname(z, i) and not any(_listed(p) for p in cands):
                continue  # إياد علاوي الحكومة ... الحكومة: a rule's name run on, the word
            if (
                i > 0
                and z.kind[i - 1] == "word"
                and z.definite[i - 1]
                and (z.key[i - 1],) not in rules.TITLES
                and z.sentence[i - 1] == z.sentence[i]
            ):
                continue  # adjective position: القرار الحكيم
            if (
                i > 0
                and z.kind[i - 1] == "word"
                and not z.definite[i - 1]
                and z.key[i - 1] in NAMED_AFTER_HEADS
                and z.sentence[i - 1] == z.sentence[i]
            ):
                continue  # شبكة حقاني، مؤسسة كلينتون: a body named after the person
            if i > 0 and z.key[i - 1] == _AAL and z.sentence[i - 1] == z.sentence[i]:
                continue  # حكم آل سعود: the family, not the person of the story
            if (
                (k,) in rules.TITLES
                and i + 1 < len(z)
                and i + 1 in covered[zi]
                and z.sentence[i + 1] == z.sentence[i]
            ):
                # الملا أختر محمد منصور after «عمر الملا»: a title right before another
                # name is that man's title, no surname (the lead, after newcomer nc34);
                # المهندس المخرج أن (Al-Mukhrij) stays his
                continue
            if _opens_quoted_name(z, i):
                continue  # معرض "الفيصل.. شاهد وشهيد": the exhibition's title
            if i > 0 and z.sentence[i - 1] == z.sentence[i]:
                cands = _same_first(z, i - 1, cands, cg)
                if not cands:
                    continue  # شايع شراحيلي ... متعب شراحيلي: another man of the family
            said = said_gender(z, i)
            if said:
                cands = [p for p in cands if not clashes(person_gender(p), said)]
                if not cands:
                    continue  # هدى الحذيفي ... وقال الحذيفي: a man of her family
            person = cands[0]
            if len(cands) > 1:
                cands = _alive(cands, date)
                person = cands[0]
            if len(cands) > 1:
                before = [p for (fz, ft, p) in full if (fz, ft) < (zi, i) and p in cands]
                person = before[-1] if before else cands[0]
            if whole:
                rules_names._read_whole(z, i)
            out.append((zi, i, person))
    return out


def person_gender(p: Person) -> str:
    """A story's person's gender by the first names opening the person's names of two
    words or more (:func:`helpers.entities.gazetteer.first_name_gender`): ``"m"`` for
    هدى's brother محمد الحذيفي, ``"f"`` for هدى الحذيفي; ``""`` when no such first name
    is listed, it is of both genders (نور), the person's names disagree, or a full name
    of the person may have lost its first name (:attr:`Person.lost_first`)."""
    if p.lost_first:
        return ""
    table = first_name_gender()
    found = {table.get(n[0], "") for n in p.names if len(n) >= 2}
    return found.pop() if len(found) == 1 and found <= {"m", "f"} else ""


@lru_cache(maxsize=1)
def _title_genders() -> dict[str, str]:
    """One-word titles of :data:`helpers.entities.rules.TITLES` (keys) with the gender
    they give the name after them: a title whose key ends in the ta marbuta (key ه) and
    whose form without it is a title too is ``"f"`` (الدكتورة، الأميرة، الوزيرة), the
    form without it ``"m"`` (الدكتور، الأمير، الوزير). A title of one form only (الداعية،
    النائب، اللواء) says nothing, and is not in the dict."""
    ones = {t[0] for t in rules.TITLES if len(t) == 1}
    out = {}
    for k in ones:
        if k.endswith("ه") and k[:-1] in ones:
            out[k], out[k[:-1]] = "f", "m"
    return out


def said_gender(z, i: int) -> str:
    """The gender that the words right before token ``i`` (in its sentence) give the name
    there: a gendered title with its article right before it (:func:`_title_genders`:
    الدكتورة، الأمير),
    the reporting word right before it or before that title
    (:func:`helpers.text.agreement.verb_gender`: وقال الحذيفي، وأضافت الدكتورة الحذيفي).
    ``"m"`` or ``"f"``; ``""`` when none of them is there or the two disagree."""
    k = i - 1
    if k < 0 or z.sentence[k] != z.sentence[i] or z.kind[k] != "word":
        return ""
    title = ""
    if (z.key[k],) in rules.TITLES:
        # with its article only: نجمه الشمراني is «his star», no feminine نجمة (3alyoum
        # 2015-07-24)
        title = _title_genders().get(z.key[k], "") if z.definite[k] else ""
        k -= 1
    verb = ""
    if k >= 0 and z.sentence[k] == z.sentence[i] and z.kind[k] == "word" and _opens(z, k):
        verb = verb_gender(normal(z.light(k)))  # normalize, remembered per word
    if title and verb and title != verb:
        return ""
    return title or verb


def _first_before(z, i: int, cg) -> bool:
    """A name may stand right before token ``i`` in its sentence: a word without the
    article or a proclitic that is a listed first name (``cg.first_names``) or rarer
    than an everyday word (:data:`helpers.entities.rules.words._ORDINARY_ZIPF`: خوسيب
    of خوسيب ماريا بارتوميو, alweeam 2015-07-21)."""
    k = i - 1
    return (
        k >= 0
        and z.kind[k] == "word"
        and z.sentence[k] == z.sentence[i]
        and not z.definite[k]
        and not z.peel[k]
        and not z.stop[k]
        and (z.key[k] in cg.first_names or zipf(z.light(k)) < rules_words._ORDINARY_ZIPF)
    )


def _opens(z, k: int) -> bool:
    """Token ``k`` opens its clause: with the conjunction و or ف (وقال، فأضافت), first in
    the zone or its sentence, or after a mark (، «). A reporting word after another word
    may have its subject before it, and the name after it is its object (إن إيران لا ترى
    الأسد رئيسا: الأسد is no subject of ترى; aawsat 2015-07-31)."""
    if k == 0 or z.kind[k - 1] != "word" or z.sentence[k - 1] != z.sentence[k]:
        return True
    return bool(z.clitics[k]) and z.clitics[k][0] in ("و", "ف")


def _middle_names(people, cg, taken) -> dict[str, Person]:
    """Middle names a story's person may be named by alone (إبراهيم مضواح الألمعي ...
    ثم قدم مضواح): ``{key: person}`` for each word between the first and the last of a
    rule-found name of three words or more (no gazetteer ``person:``, whose bare
    middle names the news does not use) that is no name particle (بن، أبو، عبد، آل...)
    nor the word after one (دليم of محمد بن دليم القحطاني: the father, whom a bare
    دليم may name), no foreign particle, no listed first name (a bare
    محمد or علي may be anyone: the middle name of an Arabic name is the father's first
    name), no compound first name (عبدالله، عطاالله), no surname or first name
    already ``taken`` (the story's bare-name keys), rarer than Zipf 3.0 (the
    lexicon's ordinary words, ``rules.names._WHOLE_SURNAME_ZIPF``: مضواح 1.36), and
    a name word of this one person only in the story. The caller links only an
    indefinite bare word (the middle name is written without the article) whose
    written form is that rare too (a key loses its hamza: قائد → قايد)."""
    count: dict[str, set[int]] = {}
    for p in people:
        for name in p.names:
            for k in name:
                count.setdefault(k, set()).add(id(p))
    out: dict[str, Person] = {}
    for p in people:
        if p.entity_id.startswith("person:"):
            continue
        for name in p.names:
            if len(name) < 3 or name in p.roles:
                continue
            for t in range(1, len(name) - 1):
                k = name[t]
                if (
                    k in rules.PARTICLES
                    or name[t - 1] in rules.PARTICLES  # محمد بن دليم القحطاني: the father
                    or k in rules.FOREIGN_PARTICLES
                    or k in cg.first_names
                    or k in NOT_SURNAMES
                    or k in taken
                    or k in cg.stop
                    or len(count.get(k, ())) != 1
                    or fused_abd(k)
                    or allah_key(k) is not None
                ):
                    continue
                if zipf(k) < rules_names._WHOLE_SURNAME_ZIPF:
                    out.setdefault(k, p)
    return out


def _opens_quoted_name(z, i: int) -> bool:
    """Whether token ``i`` opens a title in quotation marks or brackets right after a
    noun that names an event or a work by it (:func:`helpers.entities.rules.
    in_event_name`: معرض، مهرجان، جائزة; or :data:`NAMED_AFTER_HEADS`: مؤسسة، مركز), in
    its sentence: معرض "الفيصل.. شاهد وشهيد"، معرض (الفيصل.. شاهد وشهيد). The names
    inside the name of an event or a work are not annotated (the conventions), and a
    surname there names the exhibition's subject (King Faisal), not the story's person
    of that surname (خالد الفيصل, who opens it)."""
    q = rules.after_opening_marks(z, i) - 1  # the word before the opening marks
    if q == i - 1 or q < 0 or z.sentence[q] != z.sentence[i]:
        return False
    return rules.in_event_name(z, i) or (
        z.kind[q] == "word" and not z.definite[q] and z.key[q] in NAMED_AFTER_HEADS
    )


#: The keys :func:`variant_key` changes (a spelling variant folded): :func:`_surname_positions`.
_FOLDED_KEYS = rules_words.KeyClass(lambda k: variant_key(k) != k)


def _same_first(z, i: int, cands: list, cg) -> list:
    """The candidates of a bare surname at ``i + 1`` that a first name right before it
    (token ``i`` of zone ``z``, a word of ``cg.first_names`` outside any mention) may
    name: those whose full names open with that first name. A surname after another
    first name is another man of the family (sabq 2015-08-02: «شايع شراحيلي» in a list
    where the rules found only the surname, and «متعب شراحيلي» named later; session 18),
    so with no such candidate the surname links to none. Any name word but the last
    counts (عبداللطيف بن محمد البنيان: محمد is the father's name). ``cands`` unchanged
    when token ``i`` is no first name of the hand-written lists (يا مستر كاميرون), or
    the surname carries a proclitic (إدواردو وألميدا: و joins two people). Keys
    compared by :func:`variant_key`."""
    if z.kind[i] != "word" or z.definite[i] or z.peel[i + 1] or z.key[i] not in cg.first_names:
        return cands
    if z.key[i] in rules_names._generated_first_names():
        return cands  # يا مستر كاميرون: a word only the generated list holds
    first = variant_key(z.key[i])
    return [
        p for p in cands if any(first in map(variant_key, n[:-1]) for n in p.names if len(n) > 1)
    ]


def _surname_positions(z, surnames: dict, bk_surnames: bool) -> list[int]:
    """The tokens of zone ``z`` that :func:`find_aliases` reads (ascending): a key
    whose :func:`variant_key` is one of ``surnames``, found from the zone's distinct
    keys (:meth:`helpers.entities.matcher.Zone.types`), and with ``bk_surnames`` every
    word with one letter peeled (it may be a surname read whole, باطوق)."""
    types = z.types()
    # a key variant_key leaves alone is a hit when it is a surname itself (one C-level
    # intersection); only the keys it folds (:data:`_FOLDED_KEYS`, each tested once
    # across zones; few) have their variant looked up: the hits of a test of every key
    folded = _FOLDED_KEYS.of(types)
    hits = (surnames.keys() & types) - folded
    hits.update(r for r in folded if variant_key(r) in surnames)
    found = z.where(hits) if hits else []
    if bk_surnames:
        found = sorted({*found, *(i for i, p in enumerate(z.peel) if p == 1)})
    return found


#: The family particle آل: آل شرمه, the later short form of هذيل آل شرمه.
_AAL = rules_names._AAL
#: The kunya particles أبو / أم (and the case forms أبي، أبا) of a family name in أبو:
#: أبو ثنين, the later short form of فيصل أبو ثنين (:func:`_tail_name`).
_KUNYA = rules_lexicons.KUNYA_PARTICLES


def _tail_name(name: tuple[str, ...], p: Person) -> bool:
    """Whether the last two words of a person's name are a short form of it said again
    later: a European particle and the surname (أنخيل دي ماريا ... دي ماريا، ديفيد دي
    خيا ... دي خيا), a kunya family name (:data:`_KUNYA`: فيصل أبو ثنين ... وقال أبو
    ثنين), or آل and the family name of a name no gazetteer row gives
    (هذيل آل شرمه ... وأكد آل شرمه; آل سعود of a listed king is the family, and so is
    the «آل X» closing a بن-chain: فهد بن عبدالعزيز آل سعود ... بمشروع الملك عبدالله بن
    عبدالعزيز آل سعود, the house of a genealogy, not this man)."""
    if name[-2] in rules.FOREIGN_PARTICLES or name[-2] in _KUNYA:
        return True  # دي ماريا؛ أبو ثنين of فيصل أبو ثنين، أبو الغيط of أحمد أبو الغيط
    return (
        name[-2] == _AAL
        and not p.entity_id.startswith("person:")
        and not any(k in rules_names._SON_OF for k in name)
    )


def find_full_names(zones, covered, people) -> list[tuple[int, int, int, Person]]:
    """A story's people named again in full where no rule found the name (a list of
    names after بطولة: the rules read the first of them only): every run of uncovered
    word tokens whose key tuple (:func:`helpers.entities.keys.name_keys`, عبد + name
    fused) is a multi-word name of a person of the story. Adds the token indices to
    ``covered``.

    Returns
    -------
    list of (zone_index, first_token, end_token, Person)
    """
    names: dict[tuple[str, ...], Person] = {}
    for p in people:
        for name in p.names:
            if len(name) >= 2 and name not in p.roles:
                names.setdefault(name, p)
    for p in people:
        for name in p.names:
            if len(name) >= 3 and name not in p.roles and _tail_name(name, p):
                names.setdefault(name[-2:], p)
            elif (
                len(name) >= 2 and name not in p.roles and len(name[-1]) > 5 and name[-1][:3] == ABU
            ):
                # عبدالله أبوثنين ... وقال أبو ثنين: the kunya surname written apart
                # (keys.id_keys read backwards; session 24)
                rest = name[-1][3:]
                names.setdefault((ABU, rest[2:] if rest[:2] == "ال" else rest), p)
    out: list[tuple[int, int, int, Person]] = []
    if not names:
        return out
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(names, key=len, reverse=True):  # longest first
        by_first.setdefault(name[0], []).append(name)
    longest = max(len(n) for n in names)
    # raw keys a name can start at: its first key, or عبد (عطا...) where that key is
    # fused
    starts = set(by_first) | {ABD} | ALLAH_FIRSTS | ALLAH_FUSED
    for zi, z in enumerate(zones):
        n = len(z)
        after = 0  # the end of the last name found: the scan goes on from there
        for i in z.where(starts):
            if i < after or i in covered[zi] or z.kind[i] != "word":
                continue
            # up to `longest` words from i with عبد + name fused (name_keys)
            fk: list[str] = []
            ends: list[int] = []
            t = i
            while t < n and len(fk) < longest:
                if (z.key[t] == ABD or z.key[t] in ALLAH_FIRSTS) and t + 1 < n:
                    two = name_keys(z.key[t : t + 2], z.definite[t : t + 2])
                    if len(two) == 1:
                        fk.append(two[0])
                        ends.append(t + 2)
                        t += 2
                        continue
                fk.append(allah_key(z.key[t]) or z.key[t])  # عطالله: عطاالله
                ends.append(t + 1)
                t += 1
            hit = None
            for name in by_first.get(fk[0], ()):
                if tuple(fk[: len(name)]) != name:
                    continue
                b = ends[len(name) - 1]
                toks = range(i, b)
                if any(u in covered[zi] or z.kind[u] != "word" for u in toks):
                    continue
                if any(z.sentence[u] != z.sentence[i] for u in toks):
                    continue
                hit = (b, names[name])
                break
            if hit is None:
                continue
            out.append((zi, i, hit[0], hit[1]))
            covered[zi].update(range(i, hit[0]))
            after = hit[0]
    return out


def _name_word_behind_clitic(written: str, words: set[str]) -> bool:
    """True when ``written`` (a token as written) is one of ``words`` (name keys, the
    words a full name writes before بن) behind one or two proclitic letters
    (:data:`helpers.text.clitics.PROCLITIC_LETTERS`): لعمر is ل + عمر, a stopword as
    written, so «لعمر بن الخطاب» names عمر بن الخطاب, and بن الخطاب there is no short
    mention of its own (:func:`son_of_aliases`; session 22, a wrong span person22 read
    on 2015-07-25)."""
    from helpers.text.clitics import PROCLITIC_LETTERS

    form = fold(normal(written))
    for w in words:
        head = form[: len(form) - len(w)]
        if form.endswith(w) and 0 < len(head) <= 2 and set(head) <= PROCLITIC_LETTERS:
            return True
    return False


def son_of_aliases(zones, covered, people, cg) -> list[tuple[int, int, int, Person]]:
    """A story's person named again by «بن + father's or family name» alone, as Gulf
    news names a man after his full name (حمدان بن دلموك ... وأضاف بن دلموك; محمد بن
    دليم القحطاني ... وأوضح بن دليم; سلمان بن إبراهيم آل خليفة ... وقال بن إبراهيم):
    the two uncovered tokens بن (or بنت) and X, no proclitic on either, one sentence,
    whose keys stand next to each other inside a full name (three words or more, not a
    role) of exactly one person of the story, بن not its first word. The word before
    بن must open nothing: the sentence's start, a non-word token (punctuation, a quote
    mark), a stopword, a reporting verb (``cg.reporting``) or a past-tense verb
    (:func:`helpers.entities.rules.words._past_verb`: وأشاد بن مشيط), so the tail of a name the
    rules cut short (خالد الفيصل | بن عبدالعزيز) or a noun in construct (مخطط بن حمد)
    is no mention. Session 22 (person22), counted on raw SaudiNewsNet days 2015-07-24
    and 07-31: 9 such short mentions, none found before. Adds the token indices to
    ``covered``.

    Returns
    -------
    list of (zone_index, first_token, end_token, Person): end_token = first_token + 2
    """
    pairs: dict[tuple[str, str], Person | None] = {}
    before: dict[tuple[str, str], set[str]] = {}  # the name words written before بن
    for p in people:
        for name in p.names:
            if len(name) < 3 or name in p.roles:
                continue
            for t in range(1, len(name) - 1):
                if name[t] not in rules_names._SON_OF_BIN:
                    continue
                pair = (name[t], name[t + 1])
                # one pair of two people of the story (two brothers' father): neither
                pairs[pair] = p if pairs.get(pair, p) is p else None
                before.setdefault(pair, set()).add(name[t - 1])
    pairs = {k: v for k, v in pairs.items() if v is not None}
    out: list[tuple[int, int, int, Person]] = []
    if not pairs:
        return out
    sons = {k for k, _x in pairs}
    for zi, z in enumerate(zones):
        n = len(z)
        for i in z.where(sons):
            j = i + 1
            if (
                j >= n
                or i in covered[zi]
                or j in covered[zi]
                or z.peel[i]
                or z.peel[j]
                or z.kind[j] != "word"
                or z.sentence[j] != z.sentence[i]
            ):
                continue
            p = pairs.get((z.key[i], z.key[j]))
            if p is None:
                continue
            b = i - 1
            if (
                b >= 0
                and z.kind[b] == "word"
                and _name_word_behind_clitic(
                    z.text[z.start[b] : z.end[b]], before[(z.key[i], z.key[j])]
                )
            ):
                continue
            if not (
                i == 0
                or z.sentence[b] != z.sentence[i]
                or z.kind[b] != "word"
                or z.stop[b]
                or z.key[b] in cg.reporting
                # وأشاد بن مشيط، استقبل بن زايد: a past verb's subject or object
                or rules_words._past_verb(z.light(b))
            ):
                continue
            out.append((zi, i, j + 1, p))
            covered[zi].update((i, j))
    return out


def corpus_surnames(rows, short_ok=None) -> dict[str, tuple[str, str]]:
    """Names written as a surname alone that are one full name of the same table, across
    stories: ``{short id: (full id, full name)}``.

    Within a story a surname is already its person's (:func:`find_aliases`); across
    stories it is not (بلاتر in one story, جوزيف بلاتر in another: two ids). The one rule
    for the entity counts of a group (:func:`helpers.entities.entity_counts`) and the
    speakers of a group (:func:`helpers.quotes.surname_speakers`).

    ``rows``: iterable of ``(id, name, is_person)``, one per id (the first is used). A
    short name counts with a full name when (1) it is one word of three letters or more
    (normalised), no first name (:func:`helpers.entities.gazetteer.first_names`:
    باتريك، كيري may be anyone's) and no word with the article (الغامدي، القحطاني: an
    Arab family or nisba name is thousands of people's; a foreign surname, مورينيو،
    بلاتر, is written without); (2) it is a person's, or ``short_ok(id, name)`` says
    it may be one (a quote's speaker known only by a phrase); (3) exactly one person's
    name of two words or more ends with that word (with two, جون كيربي and جيمس كيربي,
    nothing is merged). A name of two words is such a short name too when it is the
    last two words of exactly one person's name of three words or more that opens with
    a first name, and reads as a surname of two words (:func:`_two_word_surname`: داود
    أوغلو of أحمد داود أوغلو, بن لادن of أسامة بن لادن). Reads the whole table, so the
    mapping is the same from one process or a cluster. Returns an empty dict when nothing merges.
    """
    from helpers.entities.gazetteer import first_names
    from helpers.entities.keys import word_key
    from helpers.text import normalize

    first = first_names()
    full: dict[object, set[str]] = {}
    names: dict[str, str] = {}
    short: dict[str, object] = {}
    seen: set[str] = set()
    for rid, name, is_person in rows:
        if rid in seen or not rid:
            continue
        seen.add(rid)
        words = normalize(str(name)).split()
        if len(words) >= 2 and is_person:
            full.setdefault(words[-1], set()).add(rid)
            if len(words) >= 3 and word_key(words[0]) in first:
                # the words before a surname of two words open with a first name: not
                # «يحث ابن تيمية», a verb run onto a name
                full.setdefault(tuple(words[-2:]), set()).add(rid)
            names[rid] = str(name)
        if len(words) == 2 and _two_word_surname(words, first):
            if is_person or (short_ok is not None and short_ok(rid, str(name))):
                short[rid] = tuple(words)
        elif len(words) == 1 and len(words[0]) >= 3:
            w = words[0]
            if word_key(w) in first or w.startswith("ال"):
                continue
            if is_person or (short_ok is not None and short_ok(rid, str(name))):
                short[rid] = w
    out = {}
    for rid, w in short.items():
        got = full.get(w, set())
        if len(got) == 1:
            (fid,) = got
            out[rid] = (fid, names[fid])
    return out


def _two_word_surname(words: list[str], first) -> bool:
    """Whether two normalised words may be a surname of two words said alone: neither
    has the article, and the second is no first name (``first``:
    :func:`helpers.entities.gazetteer.first_names`): داود اوغلو، بن لادن; not عبدالله
    صالح (صالح is a first name: two words of a chain of names), not محمد الحربي."""
    from helpers.entities.keys import word_key

    return (
        not any(w.startswith("ال") for w in words)
        and len(words[1]) >= 3
        and word_key(words[1]) not in first
    )


def with_full_names(table, mapping: dict, *, id_col: str, name_col: str, where=None):
    """``table`` with each id of ``mapping`` (:func:`corpus_surnames`: ``{short id: (full
    id, full name)}``) counted as its full name: ``id_col`` and ``name_col`` replaced on
    the rows whose ``id_col`` is a key of ``mapping`` (and, when given, ``where`` is
    true: a boolean Series aligned with ``table``). The one place the surname rule is
    applied, for the entity counts of a group (:func:`helpers.entities.entity_counts`)
    and the speakers of a group (:func:`helpers.quotes.quotes_per_speaker`).

    ``table``: a DataFrame with (str or missing) columns ``id_col`` and ``name_col``; a
    missing id matches nothing. Returns a copy with those two columns changed (other
    columns and the row order as given), or ``table`` itself when nothing is replaced.
    """
    if not mapping:
        return table
    ids = table[id_col].fillna("")
    hit = ids.isin(mapping)
    if where is not None:
        hit &= where
    if not hit.any():
        return table
    out = table.copy()
    out.loc[hit, name_col] = ids[hit].map(lambda s: mapping[s][1])
    out.loc[hit, id_col] = ids[hit].map(lambda s: mapping[s][0])
    return out


#: Long-vowel letters that transliteration writes or leaves out inside a foreign name
#: (ترمب / ترامب، جوزف / جوزيف، تسيبراس / تسبيراس).
_LONG_VOWELS = str.maketrans("", "", "اوي")


def transliteration_key(name: str) -> tuple[str, ...] | None:
    """The key under which spellings of one foreign person's name meet across stories,
    or None for a name that is not grouped.

    A name is grouped only when its last word is a foreign surname: no article, four
    letters or more, and a word no Arabic word reads as
    (:func:`helpers.text.lexical.looks_like_name`: ترامب، بلاتر; not الغامدي, not
    مخايش's neighbours of Arabic shape). Each such word is folded: :func:`variant_key`,
    then the long-vowel letters ا و ي inside it (not its first or last letter) left
    out, which transliteration writes one way or another (ترامب → ترمب، جوزيف → جزف،
    ميشال / ميشيل → مشل). A word the lexicon reads as ordinary Arabic (سعد، سعيد، حمد،
    حمود) is kept as written, so Arabic names that differ in a vowel letter stay apart.
    """
    from helpers.entities.gazetteer import first_names
    from helpers.entities.keys import word_key
    from helpers.text import normalize
    from helpers.text.lexical import looks_like_name

    words = normalize(str(name)).split()
    if not words or words[-1].startswith("ال") or len(words[-1]) < 4:
        return None
    # a first name as the last word is an Arabic patronymic (محمد بن سلمان / سليمان)
    if not looks_like_name(words[-1]) or word_key(words[-1]) in first_names():
        return None
    out = []
    for w in words:
        if len(w) >= 4 and looks_like_name(w):
            v = variant_key(w)
            w = v[0] + v[1:-1].translate(_LONG_VOWELS) + v[-1]
        out.append(w)
    return tuple(out)


def corpus_variants(rows) -> dict[str, tuple[str, str]]:
    """Person ids whose names are spellings of one foreign name, across stories:
    ``{id: (group id, group name)}`` for every id that is not its group's own id.

    ``rows``: iterable of ``(id, name, mentions)``, one per id (the first is used).
    Ids meet when their names have one :func:`transliteration_key` (ترمب / ترامب،
    جوزيف بلاتر / جوزف بلاتر). A group is named by a gazetteer id if it holds one (an id
    not starting ``rule:``), else by the id with the most mentions, ties by the id in
    sorted order, so the same table always gives the same mapping, in one process or on
    a cluster. Returns an empty dict when nothing meets."""
    seen: set[str] = set()
    groups: dict[tuple[str, ...], list[tuple[bool, int, str, str]]] = {}
    for rid, name, count in rows:
        if not rid or rid in seen:
            continue
        seen.add(rid)
        key = transliteration_key(name)
        if key is not None:
            groups.setdefault(key, []).append(
                (str(rid).startswith("rule:"), -int(count), str(rid), str(name))
            )
    out: dict[str, tuple[str, str]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort()
        heads: list[tuple[str, str]] = []
        for _r, _c, rid, name in members:
            head = next((h for h in heads if _spelling_of(name, h[1])), None)
            if head is None:
                heads.append((rid, name))
            else:
                out[rid] = head
    return out


def with_corpus_people(table, *, id_col: str, name_col: str, where=None, titled=None):
    """``table`` with the names of one person across stories counted as one person:
    the spellings of one foreign name (:func:`corpus_variants`: مورينيو / مورينهو، ترمب /
    ترامب), then, when ``titled`` is given, the shorter and longer forms of one
    patronymic chain (:func:`corpus_lineages`: محمد بن نايف / محمد بن نايف بن عبدالعزيز آل
    سعود). ``id_col`` and ``name_col`` are replaced by the group's id and name on the
    rows of ``where`` (a boolean Series aligned with ``table``: the rows of people;
    default every row). Each id is weighed by its rows in ``table`` (mentions, quotes).
    ``titled``: ``titled(id) -> bool``, whether the id is written after a royal title
    somewhere (:func:`after_title`). The one place these rules are applied, for the
    entity counts of a group (:func:`helpers.entities.entity_counts`) and the speakers of
    a group (:func:`helpers.quotes.quotes_per_speaker`, spellings only: a quote does not
    hold its speaker's position); the table is read as a whole, so one process and a
    cluster give the same ids. Returns a copy, or ``table`` itself when nothing is
    replaced (:func:`with_full_names`)."""
    finders = [corpus_variants]
    if titled is not None:
        finders.append(lambda rows: corpus_lineages(rows, titled))
    for find in finders:
        rows = table if where is None else table[where]
        ids = rows[id_col].fillna("").astype(str)
        counts = ids.value_counts()
        found = find(
            (e, c, int(counts[e])) for e, c in zip(ids, rows[name_col].astype(str), strict=True)
        )
        table = with_full_names(table, found, id_col=id_col, name_col=name_col, where=where)
    return table


def after_title(mentions, stories=None, *, marks=None):
    """``titled(id) -> bool``: whether a mention of the entity id follows a definite royal
    or religious title (:data:`helpers.entities.rules.NAMESAKE_TITLES`: الأمير، الملك،
    الشيخ، الإمام، السلطان, with a proclitic: والأمير، للأمير) in its story, read on the
    written word right before the mention (title and body zones; a caption's mention
    never counts). The gate of :func:`corpus_lineages`: a prince or a king is written so
    (الأمير محمد بن نايف), a commoner's chain cut before its family name is not (الدكتور
    فهد بن عبدالله [تونسي]).

    ``mentions``: the mentions table (``story_id``, ``zone``, ``start``, ``entity_id``);
    ``stories``: the stories table (``story_id``, ``title``, ``body``), read on first
    asking, per id; or ``marks``: the :func:`titled_marks` of these mentions, worked out
    where the text was (the corpus tables keep no text): the same answers."""
    where: dict[str, list[tuple[str, str, int]]] = {}
    rows = mentions[mentions["zone"].isin(["title", "body"])]
    for eid, sid, zone, start in zip(
        rows["entity_id"].astype(str),
        rows["story_id"].astype(str),
        rows["zone"],
        rows["start"],
        strict=True,
    ):
        where.setdefault(eid, []).append((sid, str(zone), int(start)))
    if marks is not None:
        return lambda eid: any(w in marks for w in where.get(eid, ()))
    texts = _zone_texts(stories)

    def titled(eid: str) -> bool:
        return any(
            zone in texts and _title_before(str(texts[zone].get(sid, "")), start)
            for sid, zone, start in where.get(eid, ())
        )

    return titled


def titled_marks(mentions, stories) -> frozenset[tuple[str, str, int]]:
    """``(story_id, zone, start)`` of every mention of ``mentions`` (title and body zones)
    written right after a definite royal or religious title (:func:`after_title`'s test),
    from the stories' text. A cluster worker computes them for its stories, the union over
    the pieces is the whole corpus's (:func:`helpers.cluster.corpus_tables`), and
    ``entity_counts(..., titled_marks=)`` reads them where the stories' text is gone."""
    texts = _zone_texts(stories)
    rows = mentions[mentions["zone"].isin(list(texts))]
    return frozenset(
        (sid, str(zone), int(start))
        for sid, zone, start in zip(
            rows["story_id"].astype(str), rows["zone"], rows["start"], strict=True
        )
        if _title_before(str(texts[zone].get(sid, "")), int(start))
    )


def _zone_texts(stories) -> dict[str, dict[str, str]]:
    """``{zone: {story_id: text}}`` of the title and body zones a stories table has."""
    if stories is None:
        return {}
    return {
        zone: dict(zip(stories["story_id"].astype(str), stories[zone].fillna(""), strict=True))
        for zone in ("title", "body")
        if zone in stories
    }


def _title_before(text: str, start: int) -> bool:
    """The written word right before offset ``start`` of ``text`` is a title
    (:func:`royal_title`: الأمير، والأمير، للأمير)."""
    # the last word only: rsplit stops at the first space from the right (a cluster
    # piece asks this of every PERSON mention, split() would cut the whole story)
    before = text[:start].rsplit(None, 1)[-1:]
    return bool(before) and royal_title(before[-1]) is not None


def _head(members) -> tuple[str, str]:
    """The ``(id, name)`` that names a group of ids of one person: a gazetteer id (not
    starting ``rule:``) if the group holds one, else the id with the most mentions, ties
    by the id in sorted order. ``members``: iterable of ``(id, name, mentions)``."""
    rid, name, _c = min(members, key=lambda m: (str(m[0]).startswith("rule:"), -m[2], m[0]))
    return rid, name


def _chain_keys(name: str) -> tuple[str, ...]:
    """A canonical name's words as chain keys: normalised, ة read as ه, عبد + a word
    with the article fused (عبد العزيز → عبدالعزيز, as :func:`helpers.entities.keys.
    name_keys` does), and a compound first name in الله one key
    (:func:`helpers.entities.keys.allah_key`: عطا الله، عطالله → عطاالله)."""
    from helpers.entities.keys import ABD, fold
    from helpers.text import normalize

    words = [fold(w) for w in normalize(str(name)).split()]
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == ABD and i + 1 < len(words) and words[i + 1].startswith("ال"):
            out.append(ABD + words[i + 1])
            i += 2
        elif i + 1 < len(words) and allah_key(words[i], words[i + 1]):
            out.append(allah_key(words[i], words[i + 1]))  # عطا الله: عطاالله
            i += 2
        else:
            out.append(allah_key(words[i]) or words[i])
            i += 1
    return tuple(out)


def _extends(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``long`` is ``short`` followed by more fathers (بن X ...) and at most a family name
    «آل X» at the end: the same man named further back (module docstring, point 7).
    Any other word after the chain (a family name without آل: عبدالله بن عبدالعزيز
    الربيعة is not King Abdullah) makes another person."""
    if long[: len(short)] != short:
        return False
    rest = long[len(short) :]
    if len(rest) % 2:
        return False
    pairs = [rest[i : i + 2] for i in range(0, len(rest), 2)]
    for j, (link, _name) in enumerate(pairs):
        if link in rules_names._SON_OF:
            continue
        if link == rules_names._AAL and j == len(pairs) - 1:
            continue
        return False
    return True


def _covers(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether chain ``long`` names the man of chain ``short`` further back (module
    docstring, point 7): :func:`_extends`, or ``short`` closes with a family name «آل X»
    and ``long`` is its chain followed by more fathers and the same «آل X» (محمد بن نايف
    آل سعود of محمد بن نايف بن عبدالعزيز آل سعود: «آل سعود» is the house, no link of the
    chain). A chain closed by «آل X» is not covered by a longer chain with no family
    name (عبدالله بن عبدالعزيز آل سعود, King Abdullah, is not عبدالله بن عبدالعزيز بن
    مساعد), nor by one of another house. Keys as :func:`_chain_keys` gives them."""
    if _extends(short, long):
        return True
    return (
        len(short) >= 5
        and short[-2] == rules_names._AAL
        and len(long) > len(short)
        and long[-2:] == short[-2:]
        and _extends(short[:-2], long[:-2])
    )


def corpus_lineages(rows, titled) -> dict[str, tuple[str, str]]:
    """Person ids whose names are one patronymic chain written shorter and longer,
    across stories: ``{id: (group id, group name)}`` for every id that is not its
    group's own id (module docstring, point 7).

    ``rows``: iterable of ``(id, name, mentions)``, one per id (the first is used);
    ``titled``: ``titled(id) -> bool`` (:func:`after_title`). A name is a chain when its
    second word is بن، ابن or بنت (محمد بن نايف). A chain written after a royal title
    somewhere (``titled``: الأمير محمد بن نايف; a commoner's chain cut before its family
    name, الدكتور فهد بن عبدالله [تونسي], is not the prince فهد بن عبدالله بن محمد آل
    سعود) joins a longer name of the table that extends it (:func:`_extends`: more بن-links,
    then at most «آل X»: محمد بن نايف بن عبدالعزيز، محمد بن نايف بن عبدالعزيز آل سعود)
    only when that is unambiguous in the table: every name extending it is a prefix of
    one longest name (with محمد بن سلمان بن عبدالعزيز and محمد بن سلمان بن محمد both in
    the table, محمد بن سلمان joins neither). A chain between the two, never titled
    itself (محمد بن نايف بن عبدالعزيز، محمد بن نايف آل سعود), joins too when it covers
    the titled chain and that one longest name is the only one extending it. A name
    that leaves a link out is another man (:func:`_same_lineage`: محمد بن سعود is not
    محمد بن سلمان آل سعود). A group is named by :func:`_head`; a group holding two
    gazetteer ids (two listed men) is left apart, and a listed man's chain joins only
    itself followed by «آل X» (his name as the gazetteer gives it is whole: فهد بن
    عبدالعزيز بن معمر is not King Fahd). Returns an empty dict when nothing joins."""
    seen: set[str] = set()
    members: dict[tuple[str, ...], list[tuple[str, str, int]]] = {}
    for rid, name, count in rows:
        if not rid or rid in seen:
            continue
        seen.add(rid)
        keys = _chain_keys(name)
        if len(keys) >= 3 and keys[1] in rules_names._SON_OF:
            members.setdefault(keys, []).append((str(rid), str(name), int(count)))
    top: dict[tuple[str, ...], tuple[str, ...]] = {}
    ends: dict[tuple[str, ...], tuple[str, ...]] = {}
    for keys in members:
        longer = [k for k in members if k != keys and _covers(k, keys)]
        if any(not r.startswith("rule:") for r, _n, _c in members[keys]):
            # a listed man's chain is as long as the gazetteer knows it: a longer chain
            # with more fathers is another man (فهد بن عبدالعزيز بن معمر, Taif's governor,
            # is not King Fahd); only his family name «آل X» may follow
            longer = [k for k in longer if len(k) == len(keys) + 2 and k[-2] == rules_names._AAL]
        tops = [k for k in longer if not any(o != k and _covers(o, k) for o in longer)]
        if len(tops) == 1:
            ends[keys] = tops[0]
            if any(titled(r) for r, _n, _c in members[keys]):
                top[keys] = tops[0]
    # a chain between a titled chain and its one longest chain (محمد بن نايف بن عبدالعزيز,
    # محمد بن نايف آل سعود between الأمير محمد بن نايف and محمد بن نايف بن عبدالعزيز آل
    # سعود) is that man too: it names him further back than the titled chain, and the
    # longest chain is the only one that extends it
    for keys, end in ends.items():
        if keys not in top and any(
            top.get(s) == end and _covers(keys, s) for s in top if s != keys
        ):
            top[keys] = end
    out: dict[str, tuple[str, str]] = {}
    groups: dict[tuple[str, ...], list[tuple[str, str, int]]] = {}
    for keys, rows_ in members.items():
        groups.setdefault(top.get(keys, keys), []).extend(rows_)
    for group in groups.values():
        # two gazetteer people are two men, whatever their names
        if len(group) < 2 or sum(not r.startswith("rule:") for r, _n, _c in group) > 1:
            continue
        head = _head(group)
        for rid, _name, _c in group:
            if rid != head[0]:
                out[rid] = head
    return out


def _spelling_of(a: str, b: str) -> bool:
    """Two names of one :func:`transliteration_key` are spellings of one name when each
    pair of words (:func:`variant_key` folded: مورينهو / مورينيو) is equal or one is the
    other with long-vowel letters added (ترمب in ترامب, جوزف in جوزيف), never with a
    letter replaced or moved (تسيبراس / تسبيراس stay apart) (بروين / براون، رينولد / رونالد،
    جريج / جورج: other names)."""
    from helpers.text import normalize

    pairs = zip(normalize(a).split(), normalize(b).split(), strict=True)
    return all(
        _added_vowels(x, y) or _added_vowels(y, x)
        for x, y in ((variant_key(x), variant_key(y)) for x, y in pairs)
    )


def _added_vowels(short: str, long: str) -> bool:
    """``long`` is ``short`` with letters of ا و ي inserted."""
    it = iter(long)
    if not all(ch in it for ch in short):
        return False
    rest = list(long)
    for ch in short:
        rest.remove(ch)
    return all(ch in "اوي" for ch in rest)
