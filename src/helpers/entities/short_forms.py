"""Short names of an institution within a story (internal to the recogniser).

The gold conventions (``tests/data/heldout/README.md``, "Entity conventions") count the
short names of an institution as mentions (البنك المركزي، المركزي، الطيران المدني، النيابة
العامة) and an anaphoric common noun as none (الهيئة، الجمعية، الوزارة، اللجنة). News
style names a body in full once and by a short form afterwards. The one rule, for every
story (all zones together, as :mod:`helpers.entities.aliases` does for persons):

1. **A body's own short form** (:func:`story_short_names`): an ORG the story names
   (gazetteer or rule) whose name opens with a definite head and a definite adjective
   (الهيئة الملكية للجبيل وينبع، البنك المركزي السعودي، المجلس البلدي لمحافظة جدة) gives
   the head with its adjectives, up to a ل-phrase, a nationality or an indefinite word,
   as a short form of two words or more, shorter than the name (الهيئة الملكية، البنك
   المركزي، المجلس البلدي). Its later uses (:func:`short_form_mentions`), each word
   definite, not followed by a definite word the short form does not have (اللجنة
   التنفيذية العليا is another committee), are mentions of the same entity, method
   ``alias``. A bare head alone (الهيئة، الوزارة) never is; nor is a head with an
   everyday adjective of ``data/short_names.tsv`` (``plain``: الهيئة العامة، المنظمة
   الدولية).
2. **A listed one-word short form** (``word`` rows: المركزي of البنك المركزي): where
   the story names a body by, or opening with, the short name, the word alone is a
   mention of that body, unless it follows a definite word (الجهاز المركزي: the
   adjective of another noun) or precedes one.
3. **A listed short name with no antecedent** (``generic`` rows; the short name is a
   gazetteer row of its own, a generic entity like ``org:parliament``: البنك المركزي) is
   the generic entity, unless the story names the specific body: one listed id of the
   row (مؤسسة النقد العربي السعودي for البنك المركزي) or one ORG whose name opens with
   the short name's words (البنك المركزي المصري); then it is that body
   (:func:`generic_links`). Two such bodies in a story leave it generic.

A ministry named without its head (وزارة الشؤون البلدية والقروية ... الشؤون البلدية) is
:func:`helpers.entities.extract._ministry_names`' rule, the name without the head where
that is the name.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.entities.keys import phrase_keys
from helpers.entities.rules import lexicons as _lexicons
from helpers.errors import GazetteerError

#: The kinds of row of ``data/short_names.tsv``.
KINDS = ("generic", "word", "plain")


@lru_cache(maxsize=1)
def short_name_rows() -> dict[str, dict]:
    """The rows of ``data/short_names.tsv`` by kind: ``{"generic": {entity id: frozenset
    of the specific ids}, "word": {keys of the short name: key of the one-word form},
    "plain": frozenset of adjective keys}`` (keys: :func:`helpers.entities.keys.
    phrase_keys`, the article removed; ``plain`` also holds
    :data:`helpers.entities.rules.lexicons._GENERAL`, العام and العامة).

    Raises :class:`~helpers.errors.GazetteerError` naming the file and the row for a kind
    not in :data:`KINDS`, a ``word`` form of more than one word or a short name of fewer
    than two, or a file that is not UTF-8 or has a wrong header or row
    (:func:`helpers.io.read_data_rows`)."""
    from helpers.io import read_data_rows

    path = "helpers/entities/data/short_names.tsv"
    _, rows = read_data_rows(
        "helpers.entities", "short_names.tsv", ("kind", "name", "of"), error=GazetteerError
    )
    generic: dict[str, frozenset[str]] = {}
    word: dict[tuple[str, ...], str] = {}
    plain: set[str] = set()
    for kind, name, of in rows:
        if kind not in KINDS:
            raise GazetteerError(
                f"{path}: the kind of {name!r} is {kind!r}, not one of {', '.join(KINDS)}"
            )
        if kind == "generic":
            generic[name] = frozenset(of.split("|"))
        elif kind == "word":
            form, short = phrase_keys(name), phrase_keys(of)
            if len(form) != 1 or len(short) < 2:
                raise GazetteerError(
                    f"{path}: the word row {name!r} of {of!r} needs one word of a short "
                    "name of two words or more"
                )
            word[short] = form[0]
        else:
            plain.update(phrase_keys(name))
    # العام، العامة: plain too, from their one definition (the general heads' adjective)
    plain.update(_lexicons._GENERAL)
    return {"generic": generic, "word": word, "plain": frozenset(plain)}


def _definite_word(z, t: int) -> bool:
    """Token ``t`` is a definite word other than a stopword, without a proclitic."""
    return z.kind[t] == "word" and z.definite[t] and not z.stop[t] and not z.clitics[t]


def names_another(z, j: int, norp_keys, starts=frozenset()) -> bool:
    """Whether token ``j``, right after a short name, makes it the start of another
    body's name (session 23, fix23a): a nationality (``norp_keys``: التعليم العالي
    السعودية، المصرف المركزي العراقي), or a word with the proclitic ل that opens a
    definite phrase, as a name's ل-phrase does: itself definite (للجبيل), or one of the
    two words after it definite or the start of a span (``starts``, token indices)
    (الهيئة الملكية لمحافظة العلا، المركز الوطني لقياس الأداء، البنك المركزي لدول غرب
    أفريقيا). An indefinite ل-phrase is the verb's (إخضاع أعضاء اللجنة التنفيذية
    لاختبارات نزاهة: FIFA's committee, 2015-07-22)."""
    if j >= len(z) or z.kind[j] != "word":
        return False
    if z.key[j] in norp_keys:
        return True
    if "ل" not in z.clitics[j]:
        return False
    if z.definite[j]:
        return True
    for t in (j + 1, j + 2):
        if t >= len(z) or z.kind[t] != "word":
            return False
        if z.definite[t] or t in starts:
            return True
    return False


def after_landmark_head(z, i: int) -> bool:
    """Whether the word before token ``i`` is the head of a landmark named after a body
    (:data:`helpers.entities.rules.lexicons.BODY_NAMESAKE_PLACE_HEADS`: شارع الهيئة
    الملكية، دوار الهيئة الملكية، جسر البنك المركزي): the short name is then part of a
    place's name, not the body (session 23, fix23a)."""
    return i > 0 and z.kind[i - 1] == "word" and z.key[i - 1] in _lexicons.BODY_NAMESAKE_PLACE_HEADS


def _other_bodies(zlist, keys: tuple[str, ...], own: set, norp_keys):
    """The story's uses of the short form ``keys`` as the start of a longer name, other
    than at the starts ``own`` (``(zone index, token)`` of the spans of the body
    itself): ``(another, first)``, ``another`` whether one is another body's name
    (:func:`names_another` after it: الهيئة الملكية لمحافظة العلا), ``first`` the
    ``(zone index, token)`` of the first followed by a definite word (المجلس الوطني
    الانتقالي, perhaps another body), or ``None``."""
    n = len(keys)
    another, first = False, None
    for zi, z in enumerate(zlist):
        for t in z.where({keys[0]}):
            if (zi, t) in own or tuple(z.key[t : t + n]) != keys:
                continue
            if names_another(z, t + n, norp_keys):
                another = True
            elif first is None and t + n < len(z) and _definite_word(z, t + n):
                first = (zi, t)
    return another, first


def _other_qualified(zlist, form: str, head: str) -> bool:
    """Whether the story writes the one-word form ``form`` (المركزي) as the adjective of
    a definite noun other than ``head`` (المستشفى المركزي، السوق المركزي): the bare word
    could then be either (session 23, fix23a)."""
    for z in zlist:
        for t in z.where({form}):
            b = t - 1
            if b >= 0 and z.kind[b] == "word" and z.definite[b] and z.key[b] != head:
                return True
    return False


def head_short_form(z, i: int, j: int, norp_keys) -> tuple[str, ...] | None:
    """The short form of the ORG name of tokens ``i..j`` (rule 1 of the module): the
    keys of its definite head and the definite adjectives after it, up to a word with a
    proclitic (a ل-phrase, a coordinated word), a nationality (``norp_keys``), an
    indefinite word or a stopword; ``None`` unless two words or more and shorter than
    the name, or where a word is a ``plain`` adjective of ``data/short_names.tsv``
    (الهيئة العامة). ``الهيئة الملكية للجبيل وينبع`` → ``("هيئه", "ملكيه")``."""
    if j - i < 3 or z.kind[i] != "word" or not z.definite[i] or z.stop[i]:
        return None
    end = i + 1
    while end < j and _definite_word(z, end) and z.key[end] not in norp_keys:
        end += 1
    if end - i < 2 or end >= j:
        return None
    keys = tuple(z.key[i:end])
    if any(k in short_name_rows()["plain"] for k in keys[1:]):
        return None
    return keys


def add_name(names: dict, shared: set, key: tuple[str, ...], value: tuple[str, str, str]) -> None:
    """Records ``value`` (type, entity_id, canonical) as what the short form ``key``
    names in a story, the first body kept; a key a second body of another entity_id
    also gives goes into ``shared``, to be left out (a bare use could be either). The
    one rule of a short form two bodies share: these short forms and
    :func:`helpers.entities.extract._ministry_names` (session 23, fix23a)."""
    if key in names and names[key][1] != value[1]:
        shared.add(key)
    names.setdefault(key, value)


def story_short_names(
    zlist, orgs, entity_of, norp_keys
) -> tuple[dict[tuple[str, ...], tuple[str, str, str]], dict[tuple[str, ...], tuple[int, int]]]:
    """The short forms of the story's ORG mentions (rules 1 and 2 of the module):
    ``orgs`` lists ``(zone index, span)`` of each ORG mention in reading order,
    ``entity_of(zone, span)`` gives its ``(entity_id, canonical)`` (asked only of a
    span that has a short form); returns ``({short form keys: ("ORG", entity_id,
    canonical)}, {short form keys: (zone index, first token) of the body's first
    mention})``, the first body named first; the second dict holds only the short forms
    the story writes before the body's first mention followed by a definite word, as
    another body's name (المجلس الوطني الانتقالي before المجلس الوطني السوري): their
    uses count only after that mention (:func:`short_form_mentions`). A use before
    the full name otherwise counts (أعضاء اللجنة التنفيذية before اللجنة التنفيذية
    للفيفا in a FIFA story of 2015-07-22). A short form is left out where a bare use
    could be another body (session 23; fix23a widened it): two bodies of the story share
    it (two committees named «اللجنة التنفيذية ل…»; two ministries differing by a
    nationality), or the story writes it elsewhere as the start of another name, with a
    ل-phrase or a nationality after it (:func:`names_another`: الهيئة الملكية لمحافظة
    العلا after الهيئة الملكية للجبيل وينبع). A ``word`` row's form is added, as one key,
    for a body whose name is or opens with its short name (البنك المركزي السعودي, or the
    generic البنك المركزي linked), unless the story writes the word after another
    definite noun (المستشفى المركزي)."""
    words = short_name_rows()["word"]
    word_firsts = {name[0] for name in words}
    names: dict[tuple[str, ...], tuple[str, str, str]] = {}
    first: dict[tuple[str, ...], tuple[int, int]] = {}
    own: dict[tuple[str, ...], set] = {}
    shared: set[tuple[str, ...]] = set()
    for zi, s in orgs:
        z = zlist[zi]
        short = head_short_form(z, s.i, s.j, norp_keys)
        found = [short] if short else []
        if z.key[s.i] in word_firsts:
            keys = tuple(z.key[s.i : s.j])
            found += [
                (form,)
                for name, form in words.items()
                if keys[: len(name)] == name and not _other_qualified(zlist, form, name[0])
            ]
        if not found:
            continue
        value = ("ORG", *entity_of(z, s))
        for k in found:
            add_name(names, shared, k, value)
            first.setdefault(k, (zi, s.i))
            if names[k][1] == value[1]:
                own.setdefault(k, set()).add((zi, s.i))
    before: dict[tuple[str, ...], tuple[int, int]] = {}
    for k in names:
        if len(k) < 2 or k in shared:
            continue
        another, other_first = _other_bodies(zlist, k, own[k], norp_keys)
        if another:
            shared.add(k)
        elif other_first is not None and other_first < first[k]:
            before[k] = first[k]
    kept = {k: v for k, v in names.items() if k not in shared}
    return kept, {k: before[k] for k in kept if k in before}


def short_form_use(z, i: int, j: int) -> bool:
    """Whether words ``i..j`` stand as a short name (rules 1 and 2): every word definite
    (a preposition before the first is fine: للهيئة الملكية), the next word no definite
    word the short name does not have (اللجنة التنفيذية العليا، المركزي الأوروبي), and a
    one-word form not right after a definite word, whose adjective it then is (الجهاز
    المركزي)."""
    if not all(z.definite[t] for t in range(i, j)):
        return False
    if j < len(z) and _definite_word(z, j):
        return False
    if after_landmark_head(z, i):
        return False
    return not (j - i == 1 and i > 0 and z.kind[i - 1] == "word" and z.definite[i - 1])


def short_form_mentions(zlist, names, covered, bare_mentions, first=None) -> list[tuple]:
    """The story's uses of its short forms (:func:`story_short_names`) not yet in
    ``covered`` (adds their tokens) and standing as a name (:func:`short_form_use`),
    found by ``bare_mentions`` (:func:`helpers.entities.extract._bare_mentions`). With
    ``first`` (the second value of :func:`story_short_names`), a short form listed in it
    counts only after the body's first mention (session 23, fix23a: المجلس الوطني
    before المجلس الوطني السوري, where المجلس الوطني الانتقالي came first, may be that
    other body), or in the title, which sums up the story's body.

    Returns list of (zone_index, first_token, end_token, type, entity_id, canonical)."""
    zone_of = {id(z): zi for zi, z in enumerate(zlist)}

    def where(z, i: int, j: int) -> bool:
        if not short_form_use(z, i, j):
            return False
        if first is None:
            return True
        start = first.get(tuple(z.key[i:j]))
        return start is None or z.zone == "title" or (zone_of[id(z)], i) > start

    return bare_mentions(zlist, names, covered, article=True, where=where)


def _another_bank(z, s, spans, norp_keys) -> bool:
    """Whether the generic short name of span ``s`` names a body other than the story's
    (session 23, fix23a): a ل-phrase or a nationality after it (:func:`names_another`:
    البنك المركزي لدول غرب أفريقيا), في + a place span of ``spans`` after it (البنك
    المركزي في الصين), or a landmark head before it (:func:`after_landmark_head`: شارع
    البنك المركزي)."""
    starts = {p.i for p in spans}
    if names_another(z, s.j, norp_keys, starts) or after_landmark_head(z, s.i):
        return True
    if s.j + 1 < len(z) and z.kind[s.j] == "word" and z.key[s.j] == "في":
        return any(p.i == s.j + 1 and p.type in ("LOC", "GPE") for p in spans)
    return False


def generic_links(zlist, selected, chosen, cg) -> dict[int, tuple[str, str]]:
    """The specific body each generic short name of the story is (rule 3 of the module):
    ``{id(span): (entity_id, canonical)}`` for the spans whose chosen gazetteer row is a
    ``generic`` id of ``data/short_names.tsv``, where the story names exactly one
    specific body for it: a listed id of the row, or an ORG of more words whose keys
    open with the generic name's (a rule's name: البنك المركزي المصري,
    ``rule:ORG:بنك_مركزي_مصري``). A story naming none, or two, keeps the generic id.
    The body's id and canonical are those the mentions table writes for it
    (:func:`helpers.entities.extract._span_entity`)."""
    from helpers.entities.extract import _span_entity

    generic = short_name_rows()["generic"]
    # most stories name no generic body: their chosen rows, each asked once, say so
    if not any(cg.ids[r] in generic for r in set(chosen.values()) if r is not None):
        return {}
    bare: dict[str, list] = {}
    shorts: dict[str, set[tuple[str, ...]]] = {}
    for z, spans in zip(zlist, selected, strict=True):
        for s in spans:
            row = chosen.get(id(s))
            if s.type == "ORG" and row is not None and cg.ids[row] in generic:
                if _another_bank(z, s, spans, cg.norp_keys):
                    continue
                bare.setdefault(cg.ids[row], []).append(s)
                shorts.setdefault(cg.ids[row], set()).add(tuple(z.key[s.i : s.j]))
    out: dict[int, tuple[str, str]] = {}
    for gid, spans in bare.items():
        named: dict[str, str] = {}
        for z, zspans in zip(zlist, selected, strict=True):
            for s in zspans:
                if s.type != "ORG":
                    continue
                row = chosen.get(id(s))
                if (row is not None and cg.ids[row] in generic[gid]) or (
                    row is None
                    and any(
                        s.j - s.i > len(k) and tuple(z.key[s.i : s.i + len(k)]) == k
                        for k in shorts[gid]
                    )
                ):
                    named.setdefault(*_span_entity(z, s, row, cg))
        if len(named) == 1:
            target = next(iter(named.items()))
            out.update((id(s), target) for s in spans)
    return out
