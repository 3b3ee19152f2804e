"""One zone text read for quotes: its word tokens (:class:`_Words`, :class:`_Tok`),
the zone (:class:`_Zone`) and the entity mentions index (:class:`_Mentions`)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from typing import NamedTuple

import pandas as pd

from helpers.quotes.columns import _GAZETTEER_PERSON
from helpers.quotes.lexicon import (
    _first_name_alone,
    _first_name_key,
    _first_names,
    _named_after_first,
    _title_words,
)
from helpers.quotes.spans import _MARK_CHARS, _SENT_END, _Span
from helpers.quotes.words import (
    _AN,
    _ASPECT_VERB_LEMMAS,
    _BY_WAY,
    _CLITIC_VERBS,
    _COMPLEMENTISERS,
    _LEAD_SKIP,
    _NAME_PREPOSITIONS,
    _PRONOUN_SUFFIXES,
    _QW,
    _RELAY,
    _RELAY_ADVERBS,
    _RELAY_GAP,
    _SEATS,
    _TEXT_VERB_LEMMAS,
    _TEXT_VERB_NEXT,
    REPORTING_WORDS,
    object_reporting,
)
from helpers.text import Analyser, has_article, letter_offset
from helpers.text.lexical import hal_participle, hal_shape, looks_like_name, zipf
from helpers.text.normalize import nfc, normalize, normalizer_table, persian_yeh
from helpers.text.stopwords import _reporting_rows
from helpers.text.tokenize import TOKEN_RE

#: The reporting words as written (``reporting_verbs.tsv``'s quote rows): the ``known``
#: words of :class:`_Words`' analyser.
_KNOWN_VERBS = tuple(f for f, _, lists in _reporting_rows() if "quote" in lists)


#: The verbal noun of saying without proclitics and article (بالقول، القول):
#: :meth:`_Zone._opens_quote`.
_QAWL_NOUN = normalize("قول")


#: Token kinds of :data:`helpers.text.tokenize.TOKEN_RE` that are words here.
_WORD_KINDS = frozenset({"word", "latin", "number", "abbrev"})


_SPEAKER_TYPES = ("PERSON", "ORG", "NORP", "LOC")


_MAX_MENTION = 200  # characters; longer mentions are not looked up as speakers


class _Tok(NamedTuple):
    start: int
    end: int
    surface: str
    norm: str  # normalised (helpers.text.normalize)
    verb: str | None  # dictionary form of a reporting word, else None


class _Words:
    """Word tokens of zone texts, with per-type analyses cached for one call.

    Words are the word, Latin, number and abbreviation tokens of
    :data:`helpers.text.tokenize.TOKEN_RE`. Proclitics are read by
    :class:`helpers.text.Analyser` (lexicon only, no corpus attestation), so a word has
    the same reading in every story and every call; it is asked only about words that
    could be a reporting word with a proclitic (a proclitic letter of
    :data:`helpers.text.PROCLITIC_LETTERS` before a reporting word) and about the few
    words near a quote mark. The reporting words are its ``known`` words: a form the
    lexicon lacks (the dual and feminine plural وأضفن، وأوضحتا، واستطردا: 0 in
    wordfreq's list, whole and without و) splits off its و/ف by the clitic module's
    rule for unattested forms, as a name of the gazetteer would."""

    def __init__(self) -> None:
        self.analyse = Analyser(known=_KNOWN_VERBS)
        self.table = normalizer_table()
        self.verbs: dict[str, tuple[str, str | None]] = {}  # surface -> (norm, verb)
        self.conjs: dict[str, tuple[str, str, str]] = {}  # surface -> (conj, clitics, base)
        self.titles: dict[str, str | None] = {}
        self.hal: dict[str, bool] = {}  # surface -> circumstantial participle
        self.name_hal: dict[str, bool] = {}  # surface -> a participle ending a name
        self.keys: dict[str, str] = {}  # surface -> helpers.entities.keys.surface_key

    def _verb(self, surface: str) -> tuple[str, str | None]:
        norm = persian_yeh(nfc(surface)).translate(self.table)
        verb = REPORTING_WORDS.get(norm)
        if verb is None and norm in _CLITIC_VERBS:
            verb = REPORTING_WORDS.get(self.conj(surface))
        if verb is None:
            # وصفته، اعتبرها، ووصفها: a reporting verb with an object pronoun
            verb = object_reporting(norm)
            if verb is None and norm[:1] in ("و", "ف"):
                verb = object_reporting(norm[1:])
        got = self.verbs[surface] = (norm, verb)
        return got

    def key(self, surface: str) -> str:
        """:func:`helpers.entities.keys.surface_key` of the word, cached for the call."""
        got = self.keys.get(surface)
        if got is None:
            from helpers.entities.keys import surface_key

            got = self.keys[surface] = surface_key(surface)
        return got

    def relay(self, surface: str, norm: str) -> bool:
        """The word (normalised ``norm``) is a relay verb (:data:`_RELAY`: نقلت، ونقلت)."""
        if norm in _RELAY:
            return True
        return norm[1:] in _RELAY and norm[:1] in ("و", "ف") and self.conj(surface) in _RELAY

    def conj(self, surface: str) -> str:
        """The normalised word without a conjunction و/ف that :class:`Analyser` reads as
        its first proclitic (وقال → قال, والرئيس → الرئيس), else the normalised word."""
        return self._conj(surface)[0]

    def clitics(self, surface: str) -> str:
        """The proclitics :class:`Analyser` reads on the word (``"ل+ال"``, ``""``)."""
        return self._conj(surface)[1]

    def base(self, surface: str) -> str:
        """The normalised word without any proclitic, the article included (بلقب → لقب)."""
        return self._conj(surface)[2]

    def _conj(self, surface: str) -> tuple[str, str, str]:
        got = self.conjs.get(surface)
        if got is None:
            a = self.analyse(surface)
            conj = a.norm
            if a.kind == "word" and a.clitics[:1] in ("و", "ف") and len(conj) > 2:
                conj = normalize(surface[letter_offset(surface, 1) :])
            elif conj[:1] in ("و", "ف") and conj in REPORTING_WORDS and conj[1:] in REPORTING_WORDS:
                # وأردف، وأضفن: a form reporting_verbs.tsv lists with its و because the
                # lexicon keeps it whole; the form without it is listed too
                conj = conj[1:]
            got = self.conjs[surface] = (conj, a.clitics, a.base)
        return got

    def circumstantial(self, surface: str) -> bool:
        """An indefinite accusative participle of manner (حال) after a verb: مخاطبا،
        مخاطبًا، موجها، متوجها. It is never the subject, and what follows it is its object
        (the addressee): a word of the form م...ا (5 letters or more, tanween or not,
        no proclitic, not ending in يا: ماليزيا) whose form without the alef the
        lexicon holds (Zipf >= 2, wordfreq's Arabic list) and that is no name
        (:func:`helpers.text.lexical.looks_like_name`, the first names of
        :mod:`helpers.entities.gazetteer`) nor a reporting word."""
        got = self.hal.get(surface)
        if got is None:
            got = self.hal[surface] = self._circumstantial(surface)
        return got

    def _circumstantial(self, surface: str) -> bool:
        norm = self._participle_shape(surface)
        if norm is None or looks_like_name(norm):
            return False
        return zipf(norm[:-1]) >= 2.0 and norm not in REPORTING_WORDS

    def _participle_shape(self, surface: str) -> str | None:
        """The normalised word when it has the shape of an indefinite accusative
        participle, م...ا (5 letters or more, no proclitic, not ending in يا: ماليزيا, no
        listed first name), else None."""
        norm = self.conj(surface)  # normalised: the tanween is gone (مخاطبًا → مخاطبا)
        if not hal_shape(norm):
            return None  # ماليزيا، موريتانيا (...يا): a place, not a participle
        if self.clitics(surface) or norm in _first_names():
            return None
        return norm

    def name_participle(self, surface: str) -> bool:
        """After the first word of a speaker phrase, an indefinite accusative participle
        (حال) that ends the name: المليحان معددا، الوزير مضيفا، ظريف موضحا. The shape of
        :meth:`circumstantial` (م...ا, 5 letters or more, no proclitic, no first name, not
        ...يا) and an Arabic word: the word at Zipf >= 1.0 or its form without the alef at
        Zipf >= 2.0 (wordfreq's Arabic list: معددا 1.48، مستطردا 1.30، مختتما 1.73). Unlike
        :meth:`circumstantial` it does not ask :func:`helpers.text.lexical.looks_like_name`,
        which takes rare participles for names (معددا، متسائلا، محذرا); the caller keeps
        mentions and quoted names whole. Arabic grammar: a حال is indefinite and
        accusative, never part of the name before it."""
        got = self.name_hal.get(surface)
        if got is None:
            norm = self._participle_shape(surface)
            got = norm is not None and hal_participle(norm)
            self.name_hal[surface] = got
        return got

    def tokens(self, text: str, hi: int) -> tuple[list[int], list[int], list[str], list]:
        """Starts, ends, surfaces and ``(norm, verb)`` of the words of ``text[:hi]``."""
        kinds = _WORD_KINDS
        ms = [m for m in TOKEN_RE.finditer(text, 0, hi) if m.lastgroup in kinds]
        surfaces = [m.group() for m in ms]
        verbs, verb = self.verbs, self._verb
        infos = [verbs.get(s) or verb(s) for s in surfaces]
        return [m.start() for m in ms], [m.end() for m in ms], surfaces, infos

    def title_key(self, surface: str) -> str | None:
        """Key of a one-word title (``الوزير``, ``والوزير`` → ``وزير``), or None."""
        if surface not in self.titles:
            from helpers.entities.keys import surface_key

            titles = _title_words()[0]
            k = surface_key(surface)
            if k not in titles:
                k = None
                if self.conj(surface) != persian_yeh(nfc(surface)).translate(self.table):
                    k2 = surface_key(surface[letter_offset(surface, 1) :])
                    k = k2 if k2 in titles else None
            self.titles[surface] = k
        return self.titles[surface]


def _text_verb_next(norm: str) -> bool:
    """``norm`` opens what a text verb reports: في، على، ضمن, alone or with a pronoun
    suffix (جاء فيه، ورد عليها)."""
    if norm in _TEXT_VERB_NEXT:
        return True
    return any(norm.endswith(x) and norm[: -len(x)] in _TEXT_VERB_NEXT for x in _PRONOUN_SUFFIXES)


class _Zone:
    """One zone text with its words (up to the end of the last quote's sentence), quote
    spans and paragraphs."""

    def __init__(
        self,
        key: tuple[str, str],
        text: str,
        spans: list[_Span],
        words: _Words,
        ments: _Mentions,
    ):
        self.key = key
        self.text = text
        self.spans = spans
        self.lex = words
        self.ments = ments
        self.names: list[tuple[int, int]] = []  # (open, close) of spans that are names
        self.kept: dict[str, str] = {}  # first name -> "public", "recurring" or "" (_in_full)
        self.ran_on: set[str] = set()  # ids of PERSON mentions that ran on (_ran_on)
        # (position, normalised words, phrase) of the zone's speakers named by a phrase of
        # two words or more with no entity, in the order found (_in_full; session 23)
        self.phrase_names: list[tuple[int, list[str], str]] = []
        # nothing after the sentence (or line) that follows the last quote is read
        last = spans[-1].close
        end = _SENT_END.search(text, last)
        hi = end.start() if end else len(text)
        nl = text.find("\n", last, hi)
        hi = hi if nl == -1 else nl
        self.starts, self.ends, self.surfaces, self.infos = words.tokens(text, hi)
        negation, impersonal = _QW["negation"], _QW["impersonal"]
        question = _QW["interrogative"]
        n_words = len(self.infos)
        for i, (norm, verb) in enumerate(self.infos):
            if verb is None:
                continue
            # عدم ذكر اسمه، دون ذكر: a verbal noun after a negation noun reports nothing;
            # فيما جاء الجامايكي ثالثا: جاء reports only a text, its preposition next or
            # after one word (جاء في البيان، وجاء أيضا في); نقل المصابين: a relay verb
            # reports only with عن after it (نقلت الوكالة عن مصادر)
            nxt = [self.infos[j][0] for j in range(i + 1, min(i + 3, n_words))]
            if (
                (i and words.conj(self.surfaces[i - 1]) in negation)
                # لماذا كتبت إسرائيل هذا التقرير: an indirect question reports nothing
                or (i and words.conj(self.surfaces[i - 1]) in question)
                or (verb in _TEXT_VERB_LEMMAS and not any(map(_text_verb_next, nxt)))
                or (words.relay(self.surfaces[i], norm) and self.relay_source(i) is None)
                # ويكمل المشهد ... "«...»", اختتمت فعاليات مؤتمر «...»: to complete or
                # conclude, no speech (the verb opens no quote of its own)
                or (verb in _ASPECT_VERB_LEMMAS and not self._opens_quote(i))
            ):
                self.infos[i] = (norm, None)
            # ويذكر أن: the impersonal passive (يُذكر) reports nobody
            elif i + 1 < n_words and words.conj(self.surfaces[i]) in impersonal:
                nxt = self.infos[i + 1][0]
                nxt2 = self.infos[i + 2][0] if i + 2 < n_words else ""
                if nxt in _COMPLEMENTISERS or (
                    nxt in _NAME_PREPOSITIONS and nxt2 in _COMPLEMENTISERS
                ):
                    self.infos[i] = (norm, None)

    def _opens_quote(self, i: int) -> bool:
        """Whether the reporting word at word ``i`` opens a quote of its own (the test of
        an ``aspect_verb`` of ``quote_words.tsv``): the next quote mark lies in its
        sentence and line, and before it stand nothing but spaces (واختتم «...»), or
        words ending in a colon (وأكمل الوزير: «...»), in a complementiser (بأن «...») or
        in the verbal noun القول (بالقول «...»), or words holding another reporting word
        (وواصل حديثه قائلا «...»); or a quote closes right before it, a comma at most
        between («...»، ختم الوزير)."""
        text, start, end = self.text, self.starts[i], self.ends[i]
        opens = [sp.open for sp in self.spans]
        k = bisect.bisect_left(opens, end)
        if k > 0 and not text[self.spans[k - 1].close : start].strip(" \t،,"):
            return self.spans[k - 1].close <= start
        if k == len(opens):
            return False
        between = text[end : opens[k]]
        if "\n" in between or _SENT_END.search(between):
            return False
        if not between.strip() or between.rstrip().endswith(":"):
            return True
        inner = range(i + 1, bisect.bisect_left(self.starts, opens[k]))
        if inner and self.infos[inner[-1]][0] in _COMPLEMENTISERS:
            return True
        if inner and self.lex.base(self.surfaces[inner[-1]]) == _QAWL_NOUN:
            return True  # وختم المؤلف هذا الفصل بالقول «...»: the verbal noun of saying
        return any(self.infos[j][1] is not None for j in inner)

    def relay_source(self, i: int) -> int | None:
        """End of the عن that brings the source of the relay verb at word ``i``
        (نقلت وكالة الأنباء الألمانية عن مصدر: the source follows it), at most
        :data:`_RELAY_GAP` words on and before a sentence end; None if none, if the
        word is in quote marks (شركة “أفيد”: a name) or if the عن is that of عن طريق
        ("by way of": نقل ابني عن طريق الهلال الأحمر, a transfer)."""
        text = self.text
        if text[self.starts[i] - 1 : self.starts[i]] in _MARK_CHARS:
            return None
        for j in range(i + 1, min(i + 1 + _RELAY_GAP, len(self.infos))):
            if _SENT_END.search(text, self.ends[j - 1], self.starts[j]):
                return None
            if self.infos[j][0] == _AN:
                way = j + 1 < len(self.infos) and self.infos[j + 1][0] == _BY_WAY
                return None if way else self.ends[j]
        return None

    def quoting_source(self, i: int) -> int | None:
        """End of the عن of a "quoting" adverb (:data:`_RELAY_ADVERBS`: نقلا) that follows
        the reporting word at word ``i`` within :data:`_RELAY_GAP` words, before a
        sentence end or a quote mark (أفادت وكالة رويترز نقلا عن مصدر مطلع أن، ذكرت صحيفة
        الحياة، نقلا عن الوزير، أن: the source speaks, the verb's subject relays); None
        if none."""
        text, infos = self.text, self.infos
        for j in range(i + 1, min(i + _RELAY_GAP, len(infos) - 1)):
            between = text[self.ends[j - 1] : self.starts[j]]
            if _SENT_END.search(between) or any(ch in _MARK_CHARS for ch in between):
                return None
            if infos[j][0] in _RELAY_ADVERBS and infos[j + 1][0] == _AN:
                if text[self.ends[j] : self.starts[j + 1]].strip():
                    return None
                return self.ends[j + 1]
        return None

    def _range(self, lo: int, hi: int) -> range:
        return range(bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.ends, hi))

    def words(self, lo: int, hi: int) -> list[_Tok]:
        """Words lying within ``[lo, hi)``."""
        return [self.tok(i) for i in self._range(lo, hi)]

    def iwords(self, lo: int, hi: int) -> Iterator[_Tok]:
        """Words lying within ``[lo, hi)``, made as they are read."""
        return map(self.tok, self._range(lo, hi))

    def next_word(self, pos: int) -> _Tok | None:
        """The first word starting at or after ``pos``, or None (read in O(log n): a
        zone may be one long paragraph, session 15)."""
        k = bisect.bisect_left(self.starts, pos)
        return self.tok(k) if k < len(self.starts) else None

    def count(self, lo: int, hi: int) -> int:
        """How many words lie within ``[lo, hi)``, letters and digits written together
        (بلس1) counted as one."""
        r = self._range(lo, hi)
        starts, ends = self.starts, self.ends
        return sum(1 for i in r if i == r.start or starts[i] != ends[i - 1])

    def tok(self, i: int) -> _Tok:
        return _Tok(self.starts[i], self.ends[i], self.surfaces[i], *self.infos[i])

    def conj(self, w: _Tok) -> str:
        """``w.norm`` without a conjunction و/ف read as a proclitic (:meth:`_Words.conj`)."""
        return self.lex.conj(w.surface)

    def in_name(self, pos: int) -> bool:
        """Whether ``pos`` lies within a quoted name, marks included (``«إي إف جي»``)."""
        return self.name_at(pos) is not None

    def name_at(self, pos: int) -> tuple[int, int] | None:
        """The quoted name ``pos`` lies within, ``(start, end)`` of ``names`` (marks
        included), or None."""
        k = bisect.bisect_right(self.names, (pos, len(self.text) + 1)) - 1
        return self.names[k] if k >= 0 and pos < self.names[k][1] else None

    def verb_indices(self) -> list[int]:
        """Indices of the reporting words."""
        return [i for i, (_n, v) in enumerate(self.infos) if v is not None]

    def index_at(self, start: int) -> int:
        """Index of the word starting at ``start`` (bisection; ValueError if none, as
        ``list.index``)."""
        k = bisect.bisect_left(self.starts, start)
        if k == len(self.starts) or self.starts[k] != start:
            raise ValueError(f"no word starts at {start}")
        return k

    @functools.cached_property
    def positions(self) -> dict[str, list[int]]:
        """``{norm: indices of the words of that norm}``, in text order (read once a
        zone, so a search for a phrase costs its hits, not the zone's words)."""
        out: dict[str, list[int]] = {}
        for i, (norm, _verb) in enumerate(self.infos):
            out.setdefault(norm, []).append(i)
        return out

    @functools.cached_property
    def conj_positions(self) -> dict[str, list[int]]:
        """``{norm without a conjunction (:meth:`conj`): indices of its words}``, in text
        order, read once a zone."""
        out: dict[str, list[int]] = {}
        conj = self.lex.conj
        for i, surface in enumerate(self.surfaces):
            out.setdefault(conj(surface), []).append(i)
        return out

    def last_before(self, norm: str, hi: int) -> _Tok | None:
        """The last word lying before ``hi`` whose norm without a conjunction is
        ``norm`` (:attr:`conj_positions`), or None."""
        found = self.conj_positions.get(norm, ())
        k = bisect.bisect_left(found, bisect.bisect_right(self.ends, hi)) - 1
        return self.tok(found[k]) if k >= 0 else None

    @functools.cached_property
    def people_by_head(self) -> dict[str, list[tuple[list[str], str, str]]]:
        """The zone's PERSON mentions as written, by their first normalised word:
        ``{word: [(normalised words, entity_id, canonical), ...]}`` in text order."""
        out: dict[str, list[tuple[list[str], str, str]]] = {}
        for start, end, typ, eid, canon in self.ments.within(self.key, 0, len(self.text)):
            if typ == "PERSON":
                written = normalize(self.text[start:end]).split()
                if written:
                    out.setdefault(written[0], []).append((written, eid, canon))
        return out


class _Mentions:
    def __init__(self, mentions: pd.DataFrame | None):
        self.by_zone: dict[tuple[str, str], list[tuple[int, int, str, str, str]]] = {}
        self._people: dict[str, dict[str, tuple[list[str], str]]] | None = None
        self._by_end: dict[str, tuple[dict, dict]] = {}
        #: each story's PERSON mentions as written: ``{story_id: {(entity_id, surface)}}``
        #: (:meth:`_people_by_end`: تميم بن حمد آل ثاني, whose canonical name is shorter)
        self._written: dict[str, set[tuple[str, str]]] = {}
        if mentions is None or len(mentions) == 0:
            return
        if "surface" in mentions.columns:
            person = mentions["type"].astype(str) == "PERSON"
            for sid, eid, surface in zip(
                mentions["story_id"][person].astype(str),
                mentions["entity_id"][person].astype(str),
                mentions["surface"][person].astype(str),
                strict=True,
            ):
                self._written.setdefault(sid, set()).add((eid, surface))
        cols = [mentions[c].tolist() for c in ("story_id", "zone", "start", "end")]
        cols += [mentions[c].astype(str).tolist() for c in ("type", "entity_id", "canonical")]
        by_zone = self.by_zone
        for sid, zone, start, end, typ, eid, canon in zip(*cols, strict=True):
            key = (str(sid), str(zone))
            row = (int(start), int(end), typ, eid, canon)
            got = by_zone.get(key)
            if got is None:
                by_zone[key] = [row]
            else:
                got.append(row)
        for v in by_zone.values():
            v.sort()

    def _story_people(self, story_id: str) -> dict[str, tuple[list[str], str]]:
        """The story's PERSON entities: ``{entity_id: (normalised words, canonical)}``."""
        if self._people is None:
            people: dict[str, dict[str, tuple[list[str], str]]] = {}
            for (sid, _zone), rows in self.by_zone.items():
                for _s, _e, typ, eid, canon in rows:
                    if typ == "PERSON":
                        people.setdefault(sid, {})[eid] = (normalize(canon).split(), canon)
            self._people = people
        return self._people.get(story_id, {})

    def person_starting(self, story_id: str, first: str) -> tuple[str, str] | None:
        """``(entity_id, canonical)`` of the one PERSON of the story whose name of two
        words or more opens with the first name whose key is ``first``
        (:func:`_first_name_key`: محمد → محمد بن سليمان الحسين); None if none or
        several (a mention that ran on into a common word, خالد رجل beside خالد بن سعد,
        is left out when there are several: :func:`_named_after_first`). Persons of the
        gazetteer (``person:`` ids) are left out: the news names the famous by surname,
        so a حسن of a story that names حسن روحاني is someone else."""
        found = [
            (eid, canon, words)
            for eid, (words, canon) in self._story_people(story_id).items()
            if _first_name_key(words) == first
            and not _first_name_alone(canon)
            and not eid.startswith(_GAZETTEER_PERSON)
        ]
        if len(found) > 1:
            # خالد بن سعد beside خالد رجل: a mention that ran on into a word of every day
            # (رجل، لقي، اختفاء) is no fuller name
            found = [f for f in found if _named_after_first(f[2])]
        return found[0][:2] if len(found) == 1 else None

    def person_holding(self, story_id: str, norms: list[str]) -> tuple[str, str] | None:
        """``(entity_id, canonical)`` of the one PERSON of the story whose canonical name is
        longer than the normalised words ``norms`` and holds them in a row, not at its
        start (بن دليم: محمد بن دليم القحطاني); None if none or several."""
        n = len(norms)
        found = {
            (eid, canon)
            for eid, (words, canon) in self._story_people(story_id).items()
            if len(words) > n
            and any(words[i : i + n] == norms for i in range(1, len(words) - n + 1))
        }
        return found.pop() if len(found) == 1 else None

    def person_ending(self, story_id: str, norms: list[str]) -> tuple[str, str] | None:
        """``(entity_id, canonical)`` of the one PERSON of the story whose canonical name
        is longer than and ends with the normalised words ``norms`` (الجبير: عادل
        الجبير); failing that, for one word, the one PERSON whose name of three words or
        more ran on into a time word after it (كيري: جون كيري الجمعة); None if none or
        several. A mention written longer than its entity's canonical name ends a name
        too (آل ثاني: الشيخ تميم بن حمد آل ثاني, canonical تميم بن حمد; session 19)."""
        from helpers.entities.aliases import ends_name  # link_persons' surname rule

        n = len(norms)
        if not n:
            return None
        last, before_last = self._people_by_end(story_id)
        # one entry an entity: its canonical name or a mention as written may end so
        found = list(
            dict.fromkeys(
                (eid, canon)
                for eid, words, canon in last.get(norms[-1], ())
                if len(words) > n and ends_name(words, norms)
            )
        )
        if not found and n == 1 and len(norms[0]) > 2:
            # a name that ran on into a time word (جون كيري الجمعة): its last name word
            found = [
                (eid, canon)
                for eid, words, canon in before_last.get(norms[0], ())
                if len(words) > 2 and words[-1] in _LEAD_SKIP
            ]
        return found[0] if len(found) == 1 else None

    def _people_by_end(self, story_id: str) -> tuple[dict, dict]:
        """The story's PERSON entities (:meth:`_story_people`) by their last and their
        next-to-last normalised word: ``({word: [(entity_id, words, canonical)]}, {...})``,
        made once a story (a story's every quote looks its surname up: session 15)."""
        got = self._by_end.get(story_id)
        if got is None:
            last: dict[str, list] = {}
            before_last: dict[str, list] = {}
            people = self._story_people(story_id)
            for eid, (words, canon) in people.items():
                if words:
                    last.setdefault(words[-1], []).append((eid, words, canon))
                if len(words) > 1:
                    before_last.setdefault(words[-2], []).append((eid, words, canon))
            # a mention written longer than its canonical name (الشيخ تميم بن حمد آل
            # ثاني, canonical تميم بن حمد): وقال آل ثاني is his too (session 19)
            for eid, surface in self._written.get(story_id, ()):
                words = normalize(surface).split()
                if eid in people and len(words) > len(people[eid][0]) and words:
                    last.setdefault(words[-1], []).append((eid, words, people[eid][1]))
            got = self._by_end[story_id] = (last, before_last)
        return got

    def exact(self, key: tuple[str, str], start: int, end: int, text: str) -> bool:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        zone = self.by_zone.get(key, ())
        k = bisect.bisect_left(zone, (s,))
        while k < len(zone) and zone[k][0] == s:
            if zone[k][1] == e:
                return True
            k += 1
        return False

    def starts(self, key: tuple[str, str], pos: int) -> bool:
        """Whether a PERSON, ORG or LOC mention starts at ``pos``."""
        zone = self.by_zone.get(key, ())
        k = bisect.bisect_left(zone, (pos,))
        return k < len(zone) and zone[k][0] == pos

    def overlaps(self, key: tuple[str, str], start: int, end: int) -> bool:
        """Whether a PERSON, ORG or LOC mention holds a character of ``[start, end)``
        (بجامعة: a mention opening after the proclitic)."""
        zone = self.by_zone.get(key, ())
        lo = bisect.bisect_left(zone, (start - _MAX_MENTION,))
        hi = bisect.bisect_left(zone, (end,))
        return any(m[1] > start for m in zone[lo:hi])

    def within(self, key: tuple[str, str], lo: int, hi: int) -> list[tuple]:
        """Mentions lying within ``[lo, hi)``, in text order."""
        zone = self.by_zone.get(key, ())
        k = bisect.bisect_left(zone, (lo,))
        out = []
        for m in zone[k:]:
            if m[0] >= hi:
                break
            if m[1] <= hi:
                out.append(m)
        return out

    def first_within(self, key: tuple[str, str], lo: int, hi: int) -> tuple | None:
        """The first mention lying within ``[lo, hi)`` (``within(...)[:1]``, read no
        further than it), or None."""
        zone = self.by_zone.get(key, ())
        for m in zone[bisect.bisect_left(zone, (lo,)) :]:
            if m[0] >= hi:
                return None
            if m[1] <= hi:
                return m
        return None

    def first_person(self, key: tuple[str, str], lo: int, hi: int) -> int:
        """Start of the first PERSON mention that ends after ``lo`` and starts before
        ``hi`` (``hi`` if none)."""
        zone = self.by_zone.get(key, ())
        k = bisect.bisect_left(zone, (lo - _MAX_MENTION,))
        for m in zone[k:]:
            if m[0] >= hi:
                break
            if m[1] > lo and m[2] == "PERSON":
                return max(m[0], lo)
        return hi

    def best(self, key: tuple[str, str], lo: int, hi: int) -> tuple[str, str, str, int, int] | None:
        """``(entity_id, canonical, type, end, start)`` of the speaker mention of the
        phrase ``[lo, hi)``: the first PERSON, else ORG, NORP, LOC (a NORP or LOC only
        when it is the whole phrase; a LOC only a country or a seat); None if none."""
        zone = self.by_zone.get(key, ())
        # mentions are sorted by start; none is longer than _MAX_MENTION characters
        k = bisect.bisect_left(zone, (lo - _MAX_MENTION,))
        found = []
        for m in zone[k:]:
            if m[0] >= hi:
                break
            if m[1] > lo:
                found.append(m)
        for t in _SPEAKER_TYPES:
            for start, end, typ, eid, canon in sorted(found):
                if typ != t:
                    continue
                if t in ("NORP", "LOC") and (start - lo > 2 or end < hi):
                    # a nationality or place inside a longer phrase is no speaker:
                    # قال مسؤول أميركي is an (unnamed) official, not America
                    continue
                if t == "LOC" and not (eid.startswith("country:") or normalize(canon) in _SEATS):
                    # a place speaks only for its government: a country or a capital
                    # (أعلنت الرياض); other places written alone are a person's name
                    # (الأحمدي) or no speaker
                    continue
                return eid, canon, typ, end, start
        return None


def _definite(w: _Tok) -> bool:
    """The word carries the article and no other proclitic (الرئيس, not والرئيس)."""
    return has_article(normalize(w.surface, alef=False))


def _without_marks(z: _Zone, lo: int, hi: int) -> str:
    """``text[lo:hi]`` without the marks of quoted names (صحيفة «الخبر» → صحيفة الخبر)."""
    phrase = z.text[lo:hi]
    if not z.names:
        return phrase
    return "".join(
        ch for i, ch in enumerate(phrase, lo) if ch not in _MARK_CHARS or not z.in_name(i)
    )
