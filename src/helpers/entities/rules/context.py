"""The context passes of the matcher (:mod:`helpers.entities.rules`): places read as
places by their context (:func:`context_places`, :func:`foreign_cue`), newspapers in
quotes or bylines, sports opponents and clubs, events, and companies in a list of
shares."""

from __future__ import annotations

import re
import weakref
from functools import lru_cache

from helpers.charsets import HAMZA_ALEFS, INVISIBLE
from helpers.entities.rules.bodies import _quoted, in_hotel_room
from helpers.entities.rules.lexicons import (
    _CLOSE_QUOTES,
    _DASHES,
    _OPEN_QUOTES,
    ARM_NOUNS,
    CLUB_EPITHET_HEADS,
    CLUB_NAME_TAILS,
    EVERY,
    LOC_PREPOSITIONS,
    NOT_NAMES,
    THING_HEADS,
    _k,
    _keys,
    _nisbas,
)
from helpers.entities.rules.names import _OPENING_MARKS, _foreign
from helpers.entities.rules.words import (
    _dash_between,
    _lam_key,
    _name_like,
    _past_verb,
    _present_verb,
    bare_key,
    ordinary,
)
from helpers.text import normalize
from helpers.text.lexical import takes_article, zipf

#: A dateline's place stands among the first words of a body: a byline of up to four
#: names and a dash before it (ماجد هود ومحمد المرحبي ـ جدة).
DATELINE_WORDS = 10


#: Family nouns: a word in construct after one is a relative, not a place
#: (زوجة جده "his grandfather's wife", ابن عمه).
KIN_NOUNS = _keys(
    "زوجة زوج ابن ابنة بنت أخ أخت والد والدة أم أب عم عمة خال خالة حفيد حفيدة جد "
    "أبناء بنات أحفاد أخوة إخوة أخوات"
)


#: Nouns of a region's parts, people or waters: a definite context place in construct
#: after one is the place (دول الخليج، مياه الخليج، سكان الخبر).
REGION_NOUNS = _keys("دول بلدان مياه سواحل شواطئ عواصم شعوب حكومات سكان أهالي")


#: Nouns of a Saudi region's governor: the region after them is the Saudi one (أمير
#: الشرقية، نائب أمير الجوف), as after a locative preposition.
GOVERNOR_NOUNS = _keys("أمير")


def _row_country(cg, r: int) -> str:
    """Country id of gazetteer row ``r``: its ``country`` column, or its own id for a
    country or a nationality adjective (``country:EG``), else ``""``."""
    return cg.countries[r] or (cg.ids[r] if cg.ids[r].startswith("country:") else "")


def _saudi_row(cg, r: int) -> bool:
    """Row ``r`` is a Saudi place: country ``country:SA``, or a region or town of the
    repository's ``places.csv`` (ids ``loc:sa-…``, ``loc:saudi-…``, no country)."""
    return _row_country(cg, r) == "country:SA" or cg.ids[r].startswith(("loc:sa-", "loc:saudi-"))


def foreign_cue(z, s, cg, gaz_spans) -> bool:
    """The guarded match ``s`` of a Saudi place (:func:`_saudi_row`; الشرقية is also
    Egypt's Sharqia) is tied to a place or nationality of another country
    (``gaz_spans``: the gazetteer's matches), so it is that country's place: the
    nationality right after it (محافظة الشرقية المصرية), a foreign place right
    before a locative preposition and it (جامعة الزقازيق في الشرقية), or a foreign
    place coordinated with it (الشرقية والمنصورة، المنصورة والشرقية). A route or a
    list elsewhere in the sentence is no tie (وصل إلى جدة من القاهرة). The one rule
    of :func:`context_places` and :func:`rule_spans`' place heads (محافظة الشرقية)."""
    if not any(_saudi_row(cg, c) for c in s.cands):
        return False

    def foreign(g) -> bool:
        countries = {_row_country(cg, c) for c in g.cands if cg.types[c] in ("LOC", "NORP")}
        return bool(countries) and not countries & {"", "country:SA"}

    n = len(z)
    for g in gaz_spans:
        if z.sentence[g.i] != z.sentence[s.i] or not foreign(g):
            continue
        if g.i == s.j and z.peel[g.i] == 0:
            return True  # الشرقية المصرية
        if g.i == s.j and z.clitics[g.i][:1] == ("و",):
            return True  # الشرقية والمنصورة
        if g.j == s.i and z.clitics[s.i][:1] == ("و",):
            return True  # المنصورة والشرقية
        if g.j + 1 == s.i and g.j < n and z.key[g.j] in LOC_PREPOSITIONS and z.peel[s.i] == 0:
            return True  # جامعة الزقازيق في الشرقية
    return False


def context_places(z, cg, gaz_spans, guarded_spans) -> list:
    """Places of ``data/place_context.txt`` (جدة، آمل، الخمس، الأقصى) where the context
    reads them as places.

    A guarded match of such a name counts when it follows a locative preposition
    (:data:`LOC_PREPOSITIONS`: وصل إلى جدة) or the proclitic ب or ل (بجدة، لجدة), or,
    written without the article, an indefinite noun it completes (سكان جدة), or is
    coordinated with a known place (الرياض وجدة، جدة والرياض) or with one this rule found
    right before it (في أبين والضالع), or is a dateline (right
    after a dash among the first :data:`DATELINE_WORDS` tokens of the zone, or first
    and right before a dash: نايف عبدالله – جدة، جدة - واس); and the next word of the
    sentence is not a definite word other than a time word, a nationality or another
    nisba adjective (الخمس الأوائل، جدة الطفل read as nouns; بجدة اليوم، جدة التاريخية
    as the place). Returns spans with ``method="context"``,
    ``priority=2``.
    """
    from helpers.entities.matcher import Span

    if not guarded_spans or not cg.context_rows:
        return []
    n = len(z)
    locs = [s for s in gaz_spans if cg.types[s.cands[0]] == "LOC"]
    loc_starts = {s.i for s in locs}
    loc_ends = {s.j for s in locs}
    out = []
    # in text order, so a place this rule finds counts for the next one coordinated with
    # it (في أبين والضالع: الضالع after أبين, both guarded)
    for s in sorted(guarded_spans, key=lambda s: (s.i, s.j)):
        cands = [c for c in s.cands if c in cg.context_rows and cg.types[c] == "LOC"]
        if not cands:
            continue
        i, j = s.i, s.j
        same = i > 0 and z.sentence[i - 1] == z.sentence[i]
        clitic = z.clitics[i] if z.peel[i] > 0 else ()
        after_prep = (
            same and z.peel[i] == 0 and z.key[i - 1] in (LOC_PREPOSITIONS | GOVERNOR_NOUNS)
        ) or ("ب" in clitic or "ل" in clitic)
        # an indefinite name after an indefinite noun, in construct: سكان جدة، مستشفيات جدة
        construct = (
            (
                same
                and z.peel[i] == 0
                and not z.definite[i]
                and z.kind[i - 1] == "word"
                and not z.definite[i - 1]
                and not z.stop[i - 1]
                and z.key[i - 1] not in KIN_NOUNS  # زوجة جده "his grandfather's wife"
            )
            or (
                # a definite name after a noun of a region's parts: دول الخليج، مياه الخليج
                same
                and z.peel[i] == 0
                and z.definite[i]
                and z.kind[i - 1] == "word"
                and not z.definite[i - 1]
                # without the text layer's proclitics: لدول الخليج, whose key keeps لدول
                # whole (each proclitic is one letter)
                and (
                    z.key[i - 1] in REGION_NOUNS
                    or _k(z.form[i - 1][len(z.clitics[i - 1]) - z.peel[i - 1] :]) in REGION_NOUNS
                )
            )
        )
        coordinated = (same and clitic[:1] == ("و",) and i in loc_ends) or (
            j in loc_starts and z.clitics[j][:1] == ("و",) and z.sentence[j] == z.sentence[i]
        )
        # a dateline: the place after or before a dash among the first words of a
        # zone (نايف عبدالله – جدة، جدة - واس)
        dateline = i < DATELINE_WORDS and (
            (i > 0 and z.peel[i] == 0 and _dash_between(z, i - 1, i))
            or (i == 0 and j < n and _dash_between(z, j - 1, j))
        )
        if not (after_prep or coordinated or construct or dateline):
            continue
        if foreign_cue(z, s, cg, gaz_spans):
            continue  # في الشرقية المصرية: Egypt's Sharqia, not the Saudi region
        if not _spelled_like(z.light(i), [_guarded_forms(cg, c) for c in cands]):
            continue  # أمل "hope" is not آمل: the writer's hamza differs from the name's
        if j < n and z.key[j] == "ان" and not z.definite[i]:
            # آمل أن "I hope that": a verb, not a place; a definite word is no verb
            # (قال أمير الشرقية إن)
            continue
        if (
            j < n
            and not ("ب" in clitic and not z.definite[i])
            and z.sentence[j] == z.sentence[i]
            and z.kind[j] == "word"
            and z.definite[j]
            and z.peel[j] == 0
            and not z.stop[j]
            and z.key[j] not in NOT_NAMES
            and z.key[j] not in cg.norp_keys
            and not z.key[j].endswith("يه")
        ):
            # الخمس الأوائل، جدة الطفل: a definite word right after reads it as a noun
            # (not a time word, بجدة اليوم, nor a nisba adjective, جدة التاريخية); after
            # the preposition ب a name without the article is the place (ألقت الجهات
            # الأمنية بجدة القبض، مستشفى الملك فهد بجدة السعة: all 12 of 2015-07-21/25/26);
            # a definite one keeps its noun reading (التعريف بالوجه الحقيقي "the face")
            continue
        out.append(Span(i, j, "LOC", "context", cands, 2))
        loc_ends.add(j)
    return out


def context_newspapers(z, cg, gaz_spans=()) -> list:
    """Newspapers of ``data/newspapers.csv`` named by a place or an everyday word
    (الشرق الأوسط، الرياض، سبق) where the context cites them: alone between quote marks
    (قال لـ«الشرق الأوسط»، نشرت «الرياض») or after the dash of a byline, before a
    dash or a colon (عيسى الحربي- سبق- الرياض، أيمن حسن- سبق:), among the first
    :data:`DATELINE_WORDS` tokens of its line (:func:`_near_line_start`: a word set off by
    dashes in a sentence, ندرك أننا -اليوم- في حاجة, is the word), unless a place of
    ``gaz_spans`` has those words (the dateline of الحربي- الرياض: is the city).
    Returns ``ORG`` spans of the newspaper's row,
    ``method="context"``, ``priority=-1`` (they win over the place of the same words:
    «الشرق الأوسط» is the paper, منطقة الشرق الأوسط the region)."""
    from helpers.entities.matcher import Span

    if not cg.newspapers:
        return []
    n = len(z)
    places = {(s.i, s.j) for s in gaz_spans if cg.types[s.cands[0]] == "LOC"}
    out = []
    for i in z.where(cg.newspaper_firsts):
        if i >= n - 1:
            break
        before = z.key[i - 1] if i else ""
        quoted = before in _OPEN_QUOTES
        # a byline: after a dash, or first on its line before a dash (سبق – وكالات:،
        # الرياضي ـ جدة): the newspaper heads the story
        line_start = i == 0 or "\n" in z.text[z.end[i - 1] : z.start[i]]
        dash_after = i + 1 < n and (
            z.key[i + 1] in _DASHES
            or any(c in _DASHES for c in z.text[z.end[i] : z.start[i + 1]])  # ـ (no token)
        )
        # after a dash only near its line's start, where bylines stand (عيسى الحربي-
        # سبق- الرياض); not a word set off by dashes in a sentence (أننا -اليوم- في)
        byline = (before in _DASHES and _near_line_start(z, i)) or (line_start and dash_after)
        if not (quoted or byline) or z.kind[i] != "word":
            continue
        for j in range(i + 1, min(i + 4, n)):
            row = cg.newspapers.get(tuple(z.key[i:j]))
            if row is None:
                continue
            after = z.key[j]
            if (quoted and after in _CLOSE_QUOTES) or (
                byline
                and (after in _DASHES or after == ":" or (line_start and j == i + 1))
                and z.sentence[j] == z.sentence[i]
                and (i, j) not in places
            ):
                out.append(Span(i, j, "ORG", "context", [row], -1))
            break
    return out


def _near_line_start(z, i: int) -> bool:
    """Whether token ``i`` of a zone is among the first :data:`DATELINE_WORDS` tokens of
    its line (a line: text between newlines), where a byline or a credit line stands."""
    line = z.text.rfind("\n", 0, z.start[i]) + 1
    k = i
    while k > 0 and z.start[k - 1] >= line:
        k -= 1
    return i - k < DATELINE_WORDS


def in_byline(z, i: int, j: int) -> bool:
    """Whether tokens ``i`` to ``j`` of a zone stand in a byline or a credit line:
    among the first :data:`DATELINE_WORDS` tokens, after a dash and before a dash, a
    colon or the line's end (عيسى الحربي- سبق- الرياض، أيمن حسن- سبق:، الرياض – واس)
    or first on a line before a dash (عين اليوم – الرياض، سبق – وكالات:). The outlet
    or agency credited there is no news content (:func:`helpers.entities.entity_counts`
    leaves such mentions out by default)."""
    if i >= DATELINE_WORDS:
        return False
    n = len(z)
    after_dash = i > 0 and _dash_between(z, i - 1, i)
    line_start = i == 0 or "\n" in z.text[z.end[i - 1] : z.start[i]]
    dash = j < n and _dash_between(z, j - 1, j)
    line_end = j == n or "\n" in z.text[z.end[j - 1] : z.start[j]]
    if after_dash:  # أيمن حسن- سبق: ، الرياض – واس
        return dash or line_end or z.key[j] == ":"
    if line_start and dash:  # a line opening «هيئة الأرصاد:» is a heading, no byline
        return True
    return paren_credit(z, i, j)


_INVISIBLE = re.escape("".join(INVISIBLE))
#: A dateline's place before a credit in parentheses: one to three words opening the
#: line, then ``(`` («لندن (»، «ريو دي جانيرو (»); invisible format characters
#: (:data:`helpers.charsets.INVISIBLE`: RLM, LRM, BOM) around them are stepped over.
_PLACE_BEFORE_PAREN = re.compile(
    rf"[{_INVISIBLE}]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,2}}[ \t{_INVISIBLE}]*"
)


def paren_credit(z, i: int, j: int) -> bool:
    """Whether tokens ``i`` to ``j`` of a zone are a wire credit in parentheses between
    a dateline's place and a dash, the wire services' dateline (Reuters' and AFP's
    Arabic services write «لندن (رويترز) -», «واشنطن (أ ف ب) –»): token ``i - 1`` is
    ``(``, token ``j`` is ``)``, a dash follows it, and the ``(`` follows one to three
    words that open the line (:data:`_PLACE_BEFORE_PAREN`). A credit inside a sentence
    («قال مسؤول في لندن (رويترز) إن») or after other words is none. Read by
    :func:`in_byline`."""
    n = len(z)
    if i < 2 or j + 1 >= n or z.key[i - 1] != "(" or z.key[j] != ")":
        return False
    if not _dash_between(z, j, j + 1):
        return False
    paren = z.start[i - 1]
    line = z.text.rfind("\n", 0, paren) + 1
    return _PLACE_BEFORE_PAREN.fullmatch(z.text, line, paren) is not None


#: Words after which a match report names the opposing team: يلاقي نيس، أمام بني ياس،
#: نظيره العين، ضد، للقاء، مواجهة، التغلب على. ``فريق`` heads the club's name
#: (فريق إيجلز، فريق أريس ليماسول: the head noun is part of the mention).
OPPONENT_CUES = _keys("أمام ضد نظيره نظيرهم يلاقي يواجه لقاء مواجهة التغلب")
#: Nouns in construct with a club in a sports story, read like an opponent cue: جماهير
#: نجران، معسكر نجران (a city there is its club; a country stays LOC: معسكر تركيا).
CLUB_CUES = _keys("جماهير معسكر")
#: The roles of a club's players and staff, indefinite, in construct with the club: a
#: city after them that the gazetteer knows a club by is that club (لاعب ميلان، مهاجم
#: موناكو، لاعبي روما; not لاعبي باريس, no club of that one word); a country is the
#: national team, LOC (مدرب ويلز), and an unknown word may be an adjective (لاعب هاو
#: "an amateur player") or a name (مدرب إنتر روبرتو مانشيني), so only a city counts,
#: or a country that a club of the gazetteer is named by alone (مهاجم موناكو; session 16).
ROLE_CUES = _keys("لاعب لاعبو لاعبي مهاجم مدافع حارس مدرب")
_TEAM = _k("فريق")
_NATIONAL_TEAM = _k("منتخب")
_ON = _k("على")


def context_opponents(z, cg, gaz_spans) -> list:
    """Clubs named after an opponent cue (:data:`OPPONENT_CUES`, or فريق) in a story the
    caller has found to be a sports story: a city of the gazetteer there is its club
    (أمام برشلونة، نظيره العين; a country stays LOC: the national team is named by
    its country), and so are one or two words no Arabic word reads as
    (:func:`_foreign`: يلاقي نيس، أمام بني ياس). ``ORG`` spans, ``method="context"``,
    ``priority=-1`` (over the city reading of the same words), with the gazetteer's club
    row where one names the same words (نابولي: ``org:napoli``), else no row. A club
    whose name is a stopword (العين "the eye", ``sports_names.csv``), which no
    gazetteer match reads, is read here only, after a cue (أمام العين، نظيره العين)."""
    from helpers.entities.matcher import Span

    n = len(z)
    cities = {
        s.i: s
        for s in gaz_spans
        if s.cands and cg.types[s.cands[0]] == "LOC" and cg.ids[s.cands[0]].startswith("geonames:")
    }
    # a country after فريق is a club named by it (فريق الكويت: Kuwait SC), not the
    # national team, which a story names by the country alone (مواجهة الأرجنتين)
    countries = {
        s.i: s
        for s in gaz_spans
        if s.cands and cg.types[s.cands[0]] == "LOC" and cg.ids[s.cands[0]].startswith("country:")
    }
    # a club the gazetteer knows by these words (روما، نابولي، بني ياس) keeps its row
    clubs: dict[tuple[int, int], list[int]] = {}
    for s in gaz_spans:
        rows = [c for c in s.cands if c in cg.sports_rows or cg.types[c] == "ORG"]
        if rows:
            clubs.setdefault((s.i, s.j), rows)

    named_clubs = {
        s.i: (s.j, rows) for s in gaz_spans if (rows := [c for c in s.cands if c in cg.sports_rows])
    }

    def club(start: int, j: int, e: int) -> list[int]:
        return clubs.get((start, e)) or clubs.get((j, e)) or cg.club_keys.get(tuple(z.key[j:e]), [])

    out = []
    for i in range(n - 1):
        k = z.key[i]
        team = k == _TEAM and not z.definite[i]
        # منتخب ألمانيا: the national team with its head noun is an ORG
        national = k == _NATIONAL_TEAM and not z.definite[i]
        role = k in ROLE_CUES and not z.definite[i]
        cue = team or national or k in OPPONENT_CUES or (k in CLUB_CUES and not z.definite[i])
        if k == _ON and i > 0 and z.key[i - 1] in OPPONENT_CUES:
            cue = True  # التغلب على تشيلسي
        j = i + 1
        # a country the gazetteer also knows a club by, alone, is the club after a role
        # (مهاجم موناكو: Monaco has no national team in the news; not مدرب ويلز)
        role_country = (
            j in countries and tuple(z.key[j : countries[j].j]) in cg.club_keys if role else False
        )
        if role and z.sentence[j] == z.sentence[i] and z.peel[j] == 0 and role_country:
            e = countries[j].j
            out.append(Span(j, e, "ORG", "context", club(j, j, e), -1))
            continue
        if role and z.sentence[j] == z.sentence[i] and z.peel[j] == 0 and j not in countries:
            if j in cities and cities[j].j - j <= 2 and club(j, j, cities[j].j):
                # a city the gazetteer knows a club by (ميلان، موناكو); not لاعبي باريس,
                # a city no listed club is named by alone (the players in Paris)
                e = cities[j].j
                out.append(Span(j, e, "ORG", "context", club(j, j, e), -1))
            elif j in named_clubs:
                # a club of sports_names.csv: not the player's name (للاعب فولهام الشاب)
                e, rows = named_clubs[j]
                out.append(Span(j, e, "ORG", "context", rows, -1))
            elif _club_of_country(z, j, cg):
                # لاعب ليوبارد الكونغولي: a foreign word, no first name, and the club's
                # nationality after it (session 21, org21b)
                e = _club_tail(z, j + 1)
                out.append(Span(j, e, "ORG", "context", club(j, j, e), -1))
            continue
        if not cue or z.sentence[j] != z.sentence[i] or z.peel[j] > 0:
            continue
        start = i if team or national else j
        if national and j not in countries:
            continue  # منتخب الشباب، منتخب جديد: only a country's team is named so
        stop_club = cg.club_keys.get((z.key[j],), []) if z.stop[j] else []
        if stop_club:
            # a club whose name is a function word (العين "the eye"): only after a cue
            out.append(Span(start, j + 1, "ORG", "context", stop_club, -1))
        elif j in cities and cities[j].j - j <= 2:
            e = _club_tail(z, cities[j].j)  # فريق طرابزون سبور
            out.append(Span(start, e, "ORG", "context", club(start, j, e), -1))
        elif (team or national) and j in countries and countries[j].j - j <= 2:
            e = countries[j].j
            out.append(Span(start, e, "ORG", "context", club(start, j, e), -1))
        elif (_foreign(z, j, cg) and not ordinary(z, j)) or _unseen_word(z, j, cg):
            e = j + 1
            if e < n and z.sentence[e] == z.sentence[j] and _foreign(z, e, cg):
                e += 1
            e = _club_tail(z, e)  # فريق غازينتاب سبور: the club's "Spor", whole
            out.append(Span(start, e, "ORG", "context", club(start, j, e), -1))
    out += _coordinated_opponents(z, cg, out, cities, club)
    return out


#: Zipf under which a definite word in ي after a club's foreign name is read as its
#: nationality (الكونغولي 3.25، الكاميروني 3.35; الجديد 5.5 and الدولي 5.4 are not).
_NISBA_ZIPF = 4.0


def _club_tail(z, e: int) -> int:
    """End of a club's name read up to token ``e`` (exclusive): one more token when
    ``e`` is a word of :data:`CLUB_NAME_TAILS` in the same sentence, with no article or
    proclitic (فريق غازينتاب | سبور → فريق غازينتاب سبور, Gaziantepspor), else ``e``."""
    if (
        e < len(z)
        and z.key[e] in CLUB_NAME_TAILS
        and z.sentence[e] == z.sentence[e - 1]
        and not z.definite[e]
        and not z.clitics[e]
    ):
        return e + 1
    return e


def _club_of_country(z, j: int, cg) -> bool:
    """Token ``j``, right after an indefinite role of :data:`ROLE_CUES` (لاعب، مدرب...)
    in a sports story, is a club's foreign name: a word no Arabic word reads as
    (:func:`_foreign`, not :func:`ordinary`), no listed first name, then (after a club
    tail word, if one: :func:`_club_tail`) a definite nationality adjective with no
    proclitic in the same sentence (``cg.norp_keys``,
    :func:`~helpers.entities.gazetteer.nisba_keys`, or a word in ي/ى below
    :data:`_NISBA_ZIPF`), the club's country (لاعب ليوبارد الكونغولي "a
    player of AC Léopards, the Congolese"). A player's own name after his role is
    written with the article (اللاعب ميسي الأرجنتيني), which :data:`ROLE_CUES` do not
    take; a first name (مدرب إنتر روبرتو مانشيني) is no club. Session 21 (org21b),
    dev5tune's kind 4 (the club was read as a person)."""
    if not _foreign(z, j, cg) or ordinary(z, j) or z.key[j] in cg.first_names:
        return False
    a = _club_tail(z, j + 1)
    if not (
        a < len(z)
        and z.sentence[a] == z.sentence[j]
        and z.definite[a]
        and not z.clitics[a]
        and z.key[a].endswith(("ي", "ى"))
    ):
        return False
    k = z.key[a]
    if k in cg.norp_keys or k in _nisbas():
        return True
    # a nationality neither list has (الكونغولي، الكونغولى), as rare as a name: a
    # relative adjective the lexicon sees less than an everyday word (الجديد، الدولي
    # are everyday: Zipf > 5)
    return zipf(z.light(a)[:-1] + "ي") < _NISBA_ZIPF


def _unseen_word(z, j: int, cg) -> bool:
    """Token ``j`` is a word of four letters or more, with no article or proclitic and no
    listed first name, that the lexicon has never seen (Zipf 0): after an opponent cue a
    club's foreign name even where :func:`helpers.text.lexical.looks_like_name` reads an
    Arabic stem + suffix in it (أمام كوكيزي الألباني: كوكيز + ي, الكوكيز "cookies")."""
    light = z.light(j)
    return (
        len(light) >= 4
        and _name_like(z, j, cg)
        and not z.definite[j]
        and z.peel[j] == 0
        and z.key[j] not in cg.first_names
        and zipf(light) == 0.0
    )


def _coordinated_opponents(z, cg, found: list, cities: dict, club) -> list:
    """Clubs coordinated by و after a club :func:`context_opponents` found, each with its
    masculine nationality adjective (:func:`masculine_nationality`, which agrees with نادي
    and not with a city): أمام فريق الكويت الكويتي وأزميت التركي (İzmit's club, not the
    town). The word after و is a city of the gazetteer or one no Arabic word reads as
    (:func:`helpers.text.lexical.looks_like_name`), in the same sentence; without the
    adjective it stays what it was (أمام الهلال وجدة: a club and a city)."""
    from helpers.entities.matcher import Span
    from helpers.text.lexical import looks_like_name

    n = len(z)
    out = []
    for s in found:
        e = s.j + 1 if masculine_nationality(z, s.j, cg) else s.j
        while (
            e < n
            and z.kind[e] == "word"
            and z.clitics[e] == ("و",)
            and not z.definite[e]
            and z.sentence[e] == z.sentence[s.i]
        ):
            if e in cities and cities[e].j - e <= 2:
                end = cities[e].j
            elif _name_like(z, e, cg) and looks_like_name(z.light(e)) and not ordinary(z, e):
                end = e + 1
            else:
                break
            if not masculine_nationality(z, end, cg):
                break
            out.append(Span(e, end, "ORG", "context", club(e, e, end), -1))
            e = end + 1
    return out


@lru_cache(maxsize=1)
def titled_event_keys() -> frozenset[str]:
    """Keys of the ``titled`` words of ``data/event_words.tsv``: nouns of an award, a
    programme or a project named after a titled person (وسام الملك عبدالعزيز، برنامج
    الأمير نايف، توسعة الملك عبدالله), read as the noun of a name only before a royal
    title (:func:`in_event_name` with ``titled=True``)."""
    from helpers.entities.gazetteer import event_words

    return frozenset(_k(w) for w, r in event_words().items() if r == "titled")


@lru_cache(maxsize=1)
def event_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the ``noun`` and ``link`` words of ``data/event_words.tsv``
    (:func:`helpers.entities.gazetteer.event_words`): a name right after a noun, or
    after a link that follows one, names an event or a competition (كأس الخليج, the
    Gulf Cup; دوري أبطال آسيا), not a club or a place."""
    from helpers.entities.gazetteer import event_words

    words = event_words()
    return (
        frozenset(_k(w) for w, r in words.items() if r == "noun"),
        frozenset(_k(w) for w, r in words.items() if r == "link"),
    )


#: Marks that open a quoted or bracketed name: معرض "الفيصل.. شاهد وشهيد"، معرض (الملك
#: فيصل .. شاهد وشهيد)، معرض «...»، معرض “...”.
_NAME_OPENERS = _OPEN_QUOTES | _OPENING_MARKS


def after_opening_marks(z, i: int) -> int:
    """The index of the first of the opening marks (quotation marks, brackets) right
    before token ``i`` of zone ``z`` in its sentence, or ``i`` when there is none: the
    noun that names a quoted name stands right before it (معرض "الفيصل...")."""
    q = i
    while (
        q > 0
        and z.kind[q - 1] != "word"
        and z.key[q - 1][:1] in _NAME_OPENERS
        and z.sentence[q - 1] == z.sentence[i]
    ):
        q -= 1
    return q


def in_event_name(z, i: int, *, titled: bool = False) -> bool:
    """Whether token ``i`` follows, in its sentence, a noun of an event's name or such a
    noun and a link (:func:`event_keys`), each without article and with no conjunction
    between: كأس آسيا، دوري أبطال آسيا، كأس أمم أفريقيا (not الاتفاق والقادسية, two
    clubs); opening quotation marks or brackets between the noun and the token count as
    nothing (:func:`after_opening_marks`: معرض "الفيصل.. شاهد وشهيد"، معرض (الملك فيصل ..
    شاهد وشهيد): the name of the exhibition). ``titled``: token ``i`` is a royal title,
    and the nouns of an award or a programme (:func:`titled_event_keys`: وسام، برنامج)
    count too."""
    nouns, links = event_keys()
    if titled:
        nouns = nouns | titled_event_keys()

    def word(t: int) -> bool:
        # a noun in construct: no article (الاتفاق is a club), no conjunction after it
        return (
            t >= 0
            and z.kind[t] == "word"
            and z.sentence[t] == z.sentence[i]
            and not z.definite[t]
            and z.clitics[t + 1][:1] not in (("و",), ("ف",))
        )

    # a noun with a proclitic the text layer left on it reads as the bare noun
    # (بجائزة «عبداللطيف جميل» as جائزة: :func:`bare_key`)
    p = after_opening_marks(z, i) - 1
    if not word(p):
        return False
    if bare_key(z, p) in nouns:
        return True
    return z.key[p] in links and word(p - 1) and bare_key(z, p - 1) in nouns


#: Words that open a list of shares (أسهم شركات سابك والإنماء، سهمي شركة الدريس ورعاية):
#: the names listed after them are companies (:func:`context_shares`).
SHARE_CUES = _keys("سهم سهمي سهما أسهم أسهما")
_COMPANY_NOUNS = _keys("شركة شركتي شركات")

#: Words of a market report (session 15): a sentence with one of them, or with a word
#: of :data:`SHARE_CUES`, is about the market, and a list of two names or more in it
#: that holds a known organisation lists companies (:func:`context_shares`): وتبعه
#: البحري، وسابك، واللجين والمتقدمة (the sentence names سهم earlier). Article-free keys.
MARKET_CUES = SHARE_CUES | _keys("مؤشر نقطة نقاط تداول تداولات بورصة صفقة")

#: A one-word short name at least this frequent in the lexicon is an everyday word too
#: often to count anywhere in a story that names its company (the third context of
#: :func:`context_shares`): خدمات الاتصالات (4.84) "telecommunication services" in a
#: story on شركة الاتصالات السعودية (2015-07-31: 19 such, all the word); إعمار (4.02)
#: and التصنيع (3.91) stay under it, كيان (4.13) and البحري (4.25) count in lists only.
STORY_SHORT_ZIPF = 4.1

#: Marks a list of shares steps over: commas, and quote marks around a name.
_LIST_MARKS = frozenset((",", "،")) | _OPEN_QUOTES | _CLOSE_QUOTES

#: Words that open an item's figure in a market report's list (session 18): الراجحي
#: بنسبة 3.21% ومعادن 2.38% (:func:`context_shares` steps over the figure).
_FIGURE_WORDS = _keys("بنسبة بنحو بمقدار")
#: Marks that close a figure: a per cent sign.
_FIGURE_MARKS = frozenset(("%", "٪"))

#: Nouns after which a name is a sector, not a company: قطاع الاتصالات والكهرباء.
_SECTOR_NOUNS = _keys("قطاع قطاعي قطاعات")

#: Nouns of a stock market (session 16): followed by a place or a nationality adjective
#: of a country (سوق دبي، السوق السعودية، البورصة الكويتية) they name that country's
#: exchange, and a listed company's short name after them is of that exchange
#: (:func:`_market_country`).
_MARKET_NOUNS = _keys("سوق بورصة أسواق بورصات")
#: Head nouns of an exchange's name (سوق دبي المالي، بورصة الكويت): :func:`context_exchanges`.
_EXCHANGE_HEADS = _keys("سوق بورصة")
#: A word between a market noun and its country: سوق الأسهم السعودية.
_SHARE_WORDS = _keys("أسهم")


def _market_country(z, cg, gaz_spans) -> list[tuple[int, str, bool]]:
    """The markets zone ``z`` names, in text order: ``(token, country id, exchange)``
    for each exchange of the gazetteer that begins with a word of :data:`_MARKET_NOUNS`
    and whose row has a ``country`` (سوق دبي المالي ``country:AE``, بورصة الكويت, السوق
    المالية السعودية), and each such word followed (after an optional الأسهم) by a
    gazetteer place or nationality adjective with a country (سوق دبي، السوق السعودية،
    سوق الأسهم السعودية، البورصة العمانية). ``exchange`` is True when the words surely
    name an exchange: its gazetteer row, or a market noun in a sentence of a market
    report (a word of :data:`MARKET_CUES`, which holds بورصة and أسهم); «دخولها السوق
    السعودية» ("entering the Saudi market") is a market in the commercial sense, False.
    Session 16: a Gulf market report lists Dubai's إعمار and سلامة in one story with
    Tadawul's; the last market named before a short name tells its exchange
    (:func:`context_shares`)."""
    starts: dict[int, list] = {}
    for s in gaz_spans:
        if s.cands:
            starts.setdefault(s.i, []).append(s)
    reports = {z.sentence[t] for t in z.where(MARKET_CUES)}
    out = []
    for t in z.where(_MARKET_NOUNS):
        if z.kind[t] != "word":
            continue
        nxt = t + 2 if t + 2 < len(z) and z.key[t + 1] in _SHARE_WORDS else t + 1
        for s in (*starts.get(t, ()), *starts.get(nxt, ())):
            row = s.cands[0]
            kind = cg.types[row]
            # the exchange's own row (سوق دبي المالي) or a place or adjective after the noun
            if (kind == "ORG" and s.i == t) or (kind in ("LOC", "NORP") and s.i == nxt):
                country = _row_country(cg, row)
                if country:
                    out.append((t, country, kind == "ORG" or z.sentence[t] in reports))
                    break
    return out


#: Exchange name prefixes per compiled gazetteer (:func:`_exchange_prefixes`).
_EXCHANGE_PREFIXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _exchange_prefixes(cg) -> dict[tuple[str, ...], list[int]]:
    """Keys of the proper beginnings of the ORG names that open with a word of
    :data:`_EXCHANGE_HEADS` and have a ``country`` (سوق دبي of سوق دبي المالي, سوق
    أبوظبي of سوق أبوظبي للأوراق المالية, سوق مسقط) -> their rows; built once per
    compiled gazetteer."""
    got = _EXCHANGE_PREFIXES.get(cg)
    if got is None:
        from helpers.entities.keys import phrase_keys

        got = {}
        table = cg.gazetteer.table
        for row, (typ, canonical, aliases) in enumerate(
            zip(table["type"], table["canonical"], table["aliases"], strict=True)
        ):
            if typ != "ORG" or not cg.countries[row]:
                continue
            for name in dict.fromkeys((canonical, *aliases)):
                keys = phrase_keys(name)
                if len(keys) > 2 and keys[0] in _EXCHANGE_HEADS:
                    for k in range(2, len(keys)):
                        rows = got.setdefault(keys[:k], [])
                        if row not in rows:
                            rows.append(row)
        _EXCHANGE_PREFIXES[cg] = got
    return got


def context_exchanges(z, cg, gaz_spans) -> list:
    """An exchange named by its head noun and its city or country alone (وسجلت سوق دبي
    تراجعا، سوق أبوظبي، سوق الكويت): an indefinite سوق or بورصة right before a gazetteer
    place whose words, after the head, open the name of an exchange with a ``country``
    (:func:`_exchange_prefixes`: سوق دبي المالي) becomes an ``ORG`` span of that
    exchange, ``method="context"``, ``priority=2`` (it wins over the place inside it).
    Not when the place's rows name other countries too (سوق عمان: Amman or Oman), nor
    before a definite adjective of the same sentence (سوق دبي العقارية "Dubai's property
    market", سوق دبي السينمائي "the Dubai film market"). Session 17 (orgs17b): the
    place alone had been the mention."""
    from helpers.entities.matcher import Span

    n = len(z)
    out = []
    places = {s.i: s for s in gaz_spans if s.cands and cg.types[s.cands[0]] == "LOC"}
    for t in z.where(_EXCHANGE_HEADS):
        s = places.get(t + 1)
        if s is None or z.definite[t] or z.peel[t + 1] or z.sentence[s.j - 1] != z.sentence[t]:
            continue
        rows = _exchange_prefixes(cg).get((z.key[t], *z.key[t + 1 : s.j]))
        if not rows:
            continue
        countries = {_row_country(cg, c) for c in s.cands if cg.types[c] == "LOC"}
        rows = [r for r in rows if {cg.countries[r]} == countries]
        if not rows:
            continue
        if (
            s.j < n
            and z.kind[s.j] == "word"
            and z.definite[s.j]
            and z.peel[s.j] == 0
            and z.sentence[s.j] == z.sentence[t]
        ):
            continue  # سوق دبي العقارية: a market of Dubai, described
        out.append(Span(t, s.j, "ORG", "context", rows, 2))
    return out


def context_quoted(z, cg, guarded_spans, story_ids=frozenset()) -> list:
    """Short names of companies and bodies that are everyday words or persons' names
    (``data/quoted_names.csv``: آبل، فورد، شل، نزاهة) written alone in quote marks
    («آبل» تطلق، تأخرت «فورد»، شركة «معادن»): each becomes an ``ORG`` span of its row,
    ``method="context"``, ``priority=0`` (session 17: it wins over the unlinked span of
    a quoted name after a head noun; elsewhere ``priority=2``). Outside quote marks
    they count nowhere (إبل "camels", فورد a person), except (session 17) a name that
    is an everyday word (:func:`helpers.text.lexical.takes_article`: نزاهة "integrity",
    معادن "metals", تداول "trading") and no first name, in a story that names its body
    by a known name (``story_ids``, the entity ids of the story's gazetteer ORG spans:
    الهيئة الوطنية لمكافحة الفساد ... مسؤولو نزاهة، تقرير تداول), unless its grammar
    reads it as the word (:func:`_everyday_body_name`: بنزاهة، بكل نزاهة، نزاهة
    الانتخابات، تعليق تداول سهم)."""
    from helpers.entities.matcher import Span

    out = []
    for s in guarded_spans:
        rows = [c for c in s.cands if c in cg.quoted_rows]
        if not rows:
            continue
        if s.i > 0 and _quoted(z, s.i - 1) == (s.i, s.j):
            # priority 0: the row wins over the unlinked rule span of a quoted name
            # after a head noun (شركة «معادن»، جمعية «كلانا»: bodies.QUOTED_ORG_HEADS)
            out.append(Span(s.i, s.j, "ORG", "context", rows, 0))
            continue
        mine = [c for c in rows if cg.ids[c] in story_ids]
        if mine and _everyday_body_name(z, s.i, s.j, cg):
            out.append(Span(s.i, s.j, "ORG", "context", mine, 2))
    return out


def _everyday_body_name(z, i: int, j: int, cg) -> bool:
    """The one-word name ``i:j`` of ``quoted_names.csv`` is an everyday word that, in a
    story naming its body, is the body here: no first name, no proclitic ب, not after
    كل, and the next word of its sentence, when it has no proclitic, is a stopword or a
    verb (not a definite word it governs, نزاهة الانتخابات, nor an indefinite object or
    adjective, تداول سهم، نزاهة فائقة). See :func:`context_quoted`."""
    if j - i != 1 or z.key[i] in cg.first_names or not takes_article(z.light(i)):
        return False
    if "ب" in (z.clitics[i] if z.peel[i] else ()):
        return False  # بنزاهة "with integrity"
    if i > 0 and z.key[i - 1] in EVERY and z.sentence[i - 1] == z.sentence[i]:
        return False  # بكل نزاهة
    if not (
        j < len(z) and z.kind[j] == "word" and z.peel[j] == 0 and z.sentence[j] == z.sentence[i]
    ):
        return True
    if z.definite[j]:
        return False  # نزاهة الانتخابات
    # an indefinite content word after it is its object or adjective (تعليق تداول سهم
    # "suspending the trading of a share", بعزم ونزاهة فائقة); a verb opens a clause
    # whose subject it is (نزاهة تخالف استراتيجيتها، معادن تنظم المؤتمر)
    light = z.light(j)
    return z.stop[j] or _present_verb(light) or _past_verb(light)


def context_shares(z, cg, gaz_spans, guarded_spans, story_ids=frozenset()) -> list:
    """Short names of listed companies (``data/stock_names.csv``: الإنماء، الراجحي، كيان)
    where they name the company; each becomes an ``ORG`` span of its company,
    ``method="context"``, ``priority=2``. A list runs over known organisations (any ORG
    of the gazetteer) and such names, joined by و or a comma, in one sentence, quote
    marks around a name stepped over; a word that is neither ends it (الأكثر نشاطا).
    Three contexts:

    - a list after a word of :data:`SHARE_CUES` and an optional شركة/شركات (أسهم شركات
      سابك والإنماء، سهما الدريس ورعاية), one name or more;
    - session 15: a list of two names or more, at least one a known organisation, in a
      sentence with a word of :data:`MARKET_CUES` (وتبعه البحري، وسابك، واللجين
      والمتقدمة), not after a sector noun (قطاع الاتصالات والكهرباء, quote marks
      between allowed);
    - session 15: anywhere in a story that names the company by a known name
      (``story_ids``, the entity ids of the story's gazetteer ORG spans): شركة إعمار
      العقارية ... وسجلت إعمار; the row of that id is the span's only candidate; not
      after a sector noun (قطاع «الاتصالات وتقنية المعلومات»), and a one-word name only
      below :data:`STORY_SHORT_ZIPF` (خدمات الاتصالات is the word).

    Outside these the names are everyday words and count nowhere. Session 16: where
    a row of the name has a ``country`` (the company's exchange, ``companies.csv``), a
    nationality adjective right after the name (إعمار الإماراتية) or else the last
    market the zone names before it (:func:`_market_country`: سوق دبي، السوق السعودية)
    keeps only the rows of that country; with none left the span stays an ``ORG`` with
    no row (a rule id): Dubai's سلامة is not the Saudi insurer. Session 16 (fix16a): a
    market named outside a market report's sentence (السوق السعودية as a destination:
    «أعلنت إعمار العقارية دخولها السوق السعودية») decides only for a name in such a
    sentence (a word of :data:`MARKET_CUES`); an exchange's row always decides."""
    from helpers.entities.matcher import Span

    n = len(z)
    known = {s.i: s.j for s in gaz_spans if s.cands and cg.types[s.cands[0]] == "ORG"}
    short = {}
    for s in guarded_spans:
        rows = [c for c in s.cands if c in cg.stock_rows]
        if rows and s.j > short.get(s.i, (0, []))[0]:
            short[s.i] = (s.j, rows)
    if not short:
        return []

    def figure(j: int) -> int:
        """End of the figure of the item that ends at ``j`` (``j`` if none): an optional
        word of :data:`_FIGURE_WORDS`, a number and a per cent sign (بنسبة 3.21%)."""
        k = j + 1 if j < n and z.key[j] in _FIGURE_WORDS else j
        if k < n and z.kind[k] == "number" and k + 1 < n and z.key[k + 1] in _FIGURE_MARKS:
            return k + 2
        return j

    def chain(j: int, sentence: int) -> list[tuple[int, int, bool]]:
        """The list from token ``j``: ``(start, end, is_short)`` items; an item's figure
        (:func:`figure`) is stepped over, and the list holds figures when every item
        has one (``figures[0]``)."""
        items: list[tuple[int, int, bool]] = []
        figures[0] = True
        while j < n and z.sentence[j] == sentence:
            if items and z.key[j - 1] not in _FIGURE_MARKS and figure(j) > j:
                j = figure(j)  # الراجحي بنسبة 3.21% | ومعادن 2.38%
                continue
            if z.kind[j] != "word":
                if z.key[j] in _LIST_MARKS:
                    j += 1  # a comma, or quote marks around a name: سهم «الاتصالات»
                    continue
                break
            if items and z.key[j] == "و" and j + 1 < n and z.kind[j + 1] != "word":
                j += 1  # و written apart before a quoted name: "إعمار" و"كيان"
                continue
            if items and z.clitics[j][:1] != ("و",) and z.kind[j - 1] == "word":
                break  # the next item is joined by و or a comma
            if j in short and (j not in known or short[j][0] >= known[j]):
                items.append((j, short[j][0], True))
            elif j in known:
                items.append((j, known[j], False))
            else:
                break
            j = items[-1][1]
            figures[0] = figures[0] and figure(j) > j
        return items

    def sector(j: int) -> bool:
        """Token ``j`` follows a sector noun, quote marks between allowed: قطاع
        «الاتصالات وتقنية المعلومات» names a sector, not the company."""
        p = j - 1
        while p >= 0 and z.kind[p] != "word" and z.key[p] in _NAME_OPENERS:
            p -= 1
        return p >= 0 and z.key[p] in _SECTOR_NOUNS

    found: dict[int, Span] = {}
    figures = [True]

    def take(items) -> None:
        for a, _b, is_short in items:
            if is_short:
                e, rows = short[a]
                found.setdefault(a, Span(a, e, "ORG", "context", rows, 2))

    for i in z.where(SHARE_CUES):
        if z.kind[i] != "word" or z.definite[i]:
            continue  # الأسهم العالمية "world shares": a definite cue lists nothing
        j = i + 1
        if j < n and z.key[j] in _COMPANY_NOUNS and z.sentence[j] == z.sentence[i]:
            j += 1
        take(chain(j, z.sentence[i]))
    market = {z.sentence[t] for t in z.where(MARKET_CUES)}
    if market:
        starts = sorted(set(short) | set(known))
        reached = -1
        for j in starts:
            if j < reached or z.sentence[j] not in market:
                continue
            items = chain(j, z.sentence[j])
            if not items:
                continue
            reached = items[-1][1]
            if (
                len(items) >= 2
                # a known organisation among them, or each with its figure: الإنماء
                # بنسبة 9.15% والراجحي بنسبة 3.21% ومعادن 2.38% (session 18)
                and (figures[0] or not all(is_short for _a, _b, is_short in items))
                and not sector(j)
            ):
                take(items)
    if story_ids:
        for a, (e, rows) in short.items():
            mine = [r for r in rows if cg.ids[r] in story_ids]
            if (
                mine
                and a not in found
                and not sector(a)
                and (e - a > 1 or zipf(z.light(a)) < STORY_SHORT_ZIPF)
            ):
                found[a] = Span(a, e, "ORG", "context", mine, 2)
    markets = _market_country(z, cg, gaz_spans)
    if markets and found:
        adjectives = {
            x.i: _row_country(cg, x.cands[0])
            for x in gaz_spans
            if x.cands and cg.types[x.cands[0]] == "NORP"
        }
        for a, s in found.items():
            # a market in the commercial sense («دخولها السوق السعودية») counts only
            # for a name in a market report's sentence (سهم إعمار): the full name the
            # story gave (شركة إعمار العقارية ... وقال رئيس إعمار) keeps its row
            report = z.sentence[a] in market
            named = [c for t, c, exchange in markets if t < a and (exchange or report)]
            country = adjectives.get(s.j) or (named[-1] if named else "")
            if not country or not any(cg.countries[r] for r in s.cands):
                continue
            # a nationality adjective after the name (لإعمار الإماراتية), else the
            # exchange of the last market named before it: Dubai's إعمار, not the Saudi
            # namesake; a company of that country with no row stays an ORG, unlinked (a
            # rule id), rather than the namesake's
            s.cands = [r for r in s.cands if cg.countries[r] == country]
    return [found[a] for a in sorted(found)]


#: Nouns of a competition: the word after them names the competition (كأس الخليج,
#: the Gulf Cup), not a club of sports_names.csv.
COMPETITION_NOUNS = _keys("كأس بطولة دورة")


#: A club name at least this frequent in the lexicon (الشباب 5.36 "the youth",
#: الاتحاد 5.58, الخليج 5.12, التعاون 4.95) counts, even in a sports story, only in a
#: body sentence with a word of sports_context.txt or another club: مقهى الشباب is no
#: club. A sports story's title, short and about the sport, needs neither.
COMMON_CLUB_ZIPF = 4.9

#: A club name at least this frequent (الاتفاق 4.70 "the agreement", الوحدة 4.84
#: "unity", الفتح 4.47, الرائد 4.42 "the pioneer", الهلال 4.69) is an everyday word
#: too, so its neighbours can read it as one (:func:`_everyday_club_word`); a
#: nationality after it still names the club (الهلال السعودي، الأهلي المصري) below
#: COMMON_CLUB_ZIPF.
EVERYDAY_CLUB_ZIPF = 4.4

#: Nouns after which a club name as frequent as an everyday word (COMMON_CLUB_ZIPF) is
#: that word, even in a sports story: رعاية الشباب "youth welfare", فئة/درجة الشباب
#: "the youth category" (درجتي الشباب والناشئين), وزارة/هيئة الشباب، دعم/تشغيل/توظيف
#: الشباب "employing young people", تمكين الشباب، بعض الشباب، احتواء الشباب; دعم الاتحاد،
#: هيئة الاتحاد. Session 14: فئات (في فئات الناشئين والشباب) and منتخب (منتخب الشباب
#: "the youth national team"; المنتخب السعودي للشباب, see :func:`_everyday_club_word`).
EVERYDAY_CLUB_HEADS = _keys(
    "رعاية فئة درجة فئتي درجتي فئات وزارة هيئة دعم تشغيل توظيف تمكين تأهيل أوساط بعض احتواء منتخب"
)

#: Club names whose everyday sense is itself a body: الاتحاد (a sports federation, the
#: European Union). :func:`helpers.entities.extract._unattested_clubs` keeps them (an
#: ORG either way; on 2015-07-27 and 08-03, 7 of the 8 it would have dropped named a
#: football federation, linked to the club: left for a federation rule).
BODY_CLUB_NAMES = _keys("الاتحاد")

#: Words after which such a name is the everyday word: والشابات (الشباب والشابات
#: "young men and women"), the other age categories (الشباب والناشئين، الشباب والأشبال);
#: and before it, the name with و (الناشئين والشباب، الكبار والشباب: session 14).
EVERYDAY_CLUB_PARTNERS = _keys("الشابات الفتيات الناشئين الناشئات الأشبال البراعم الكبار")


def masculine_nationality(z, a: int, cg) -> bool:
    """Token ``a`` is a definite masculine singular nationality adjective with no
    proclitic (الإسباني، الإيطالي; not الإسبانية، الإيطاليين)."""
    return (
        a < len(z)
        and z.kind[a] == "word"
        and z.definite[a]
        and z.peel[a] == 0
        and z.key[a] in cg.norp_keys
        and not z.key[a].endswith(("ه", "ات", "ين", "ون", "ان"))
    )


def context_clubs(z, cg, guarded_spans) -> list:
    """Club names of ``data/sports_names.csv`` (النصر، الهلال، الاتحاد، ليون) in a story
    the caller has found to be a sports story (two distinct words of
    ``data/sports_context.txt``): each guarded match of such a name that is not a
    nationality adjective's reading becomes an ``ORG`` span of its club,
    ``method="context"``, ``priority=2`` (a longer known name still wins: نادي النصر);
    not after a competition noun (كأس الخليج), and a name as frequent as an everyday
    word (:data:`COMMON_CLUB_ZIPF`) only in a sentence about sport (a word of
    sports_context.txt, or another club's name: the same name twice, تحفظ الشباب ...
    أن الشباب, is no other club)."""
    from helpers.entities.matcher import Span

    out = []
    clubs_in = _clubs_by_sentence(z, cg, guarded_spans)
    sporty = {z.sentence[t] for t in range(len(z)) if z.key[t] in cg.sports_keys}
    named = {s.j - 1 for s in guarded_spans}  # the last word of each listed name
    for s in guarded_spans:
        cands = [c for c in s.cands if c in cg.sports_rows]
        if in_event_name(z, s.i):
            continue  # كأس الخليج is the Gulf Cup, not the club الخليج
        sentence = z.sentence[s.i]
        if (
            z.zone != "title"  # a sports story's title is about the sport
            and s.j - s.i == 1
            and zipf(z.display(s.i)) >= COMMON_CLUB_ZIPF
            and sentence not in sporty
            and not _other_club(clubs_in.get(sentence, []), z.key[s.i])
        ):
            continue  # مقهى الشباب، الشباب السعودي: the youth, in a story on sport
        if s.j - s.i == 1 and _everyday_club_word(z, s.i, cg):
            continue
        if s.j - s.i == 1 and _club_epithet(z, s.i, cands, cg, named):
            continue
        if cands:
            out.append(Span(s.i, s.j, "ORG", "context", cands, 2))
    return out


def _club_epithet(z, i: int, rows, cg, named=frozenset()) -> bool:
    """Token ``i``, a one-word club name of ``sports_names.csv``, is an epithet after a
    definite club noun (:data:`CLUB_EPITHET_HEADS`: النادي البافاري، الفريق الكتالوني),
    "the Bavarian club", a description and no mention (the development golds annotate
    no such phrase; session 16), unless the name is a word of its club's own names
    (النادي الأهلي: الأهلي opens الأهلي السعودي). Session 17 (orgs17b): the nickname
    row البافاري had made البافاري an ORG there.

    Session 22 (prec22): a nickname (a name that is a word of none of its club's own
    names, الراقي of الأهلي) written right after any other definite word of its
    sentence, no stopword and not the last word of a listed name (``named``: token
    indices), is that word's adjective, not the club: التعامل الراقي "classy
    treatment" (2015-08-02, a sports story). After a club's name it stays (الأهلي
    الراقي), and so does a nickname with a proclitic (للراقي) or after an indefinite
    word (جماهير الراقي)."""
    if i == 0 or z.peel[i] or not z.definite[i - 1] or z.kind[i - 1] != "word":
        return False
    if z.sentence[i - 1] != z.sentence[i]:
        return False
    head = z.key[i - 1] in CLUB_EPITHET_HEADS
    if not head and (z.stop[i - 1] or i - 1 in named):
        return False
    table = cg.gazetteer.table
    word = normalize(z.display(i))
    return not any(
        word in normalize(name).split()
        for r in rows
        for name in (table["canonical"].iat[r], *table["aliases"].iat[r])
    )


def _clubs_by_sentence(z, cg, guarded_spans) -> dict[int, list[str]]:
    """Sentence -> keys of the club names of sports_names.csv in it, one a mention (the
    guarded spans with a row of ``cg.sports_rows``)."""
    out: dict[int, list[str]] = {}
    for s in guarded_spans:
        if any(c in cg.sports_rows for c in s.cands):
            out.setdefault(z.sentence[s.i], []).append(" ".join(z.key[s.i : s.j]))
    return out


def _other_club(keys: list[str], key: str) -> bool:
    """Whether the club names ``keys`` of a sentence hold a club other than ``key``: a
    different name (الخليج × الشباب); the same name twice is the same word (تحفظ
    الشباب، واضاف ان الشباب), except for a name of :data:`BODY_CLUB_NAMES`, whose
    everyday sense is a body too (بيان الاتحاد ... ام ان الاتحاد: a federation, an
    ORG either way; two mentions count, as before session 14)."""
    if key in BODY_CLUB_NAMES:
        return len(keys) >= 2
    return any(k != key for k in keys)


def sport_attested_clubs(z, cg, spans) -> set[str]:
    """Keys of the club names of sports_names.csv that zone ``z`` uses at least once in
    a sentence about sport: a body or caption sentence (not the title) with a word of
    sports_context.txt or the name of another club (``spans``: the zone's gazetteer
    spans, guarded or not, so an unambiguous club counts: وفاز الأهلي على الزمالك).
    A one-word club name as frequent as an everyday word
    (:data:`EVERYDAY_CLUB_ZIPF`: الاتفاق، الوحدة، الشباب) that no zone of a story
    attests so is that word in every mention of the story, title included
    (:func:`helpers.entities.extract._unattested_clubs`): an opinion piece on the Iran
    deal (الاتفاق) or on the youth (الشباب) that says هدف "aim" and فريق "team"
    somewhere is no sports story for them."""
    if z.zone == "title":
        return set()
    clubs_in = _clubs_by_sentence(z, cg, spans)
    sporty = {z.sentence[t] for t in range(len(z)) if z.key[t] in cg.sports_keys}
    out = set()
    for s in spans:
        if not any(c in cg.sports_rows for c in s.cands):
            continue
        key = " ".join(z.key[s.i : s.j])
        sentence = z.sentence[s.i]
        if sentence in sporty or _other_club(clubs_in.get(sentence, []), key):
            out.add(key)
    return out


def _everyday_club_word(z, i: int, cg) -> bool:
    """Token ``i``, a one-word club name of ``sports_names.csv`` as frequent as an
    everyday word (:data:`EVERYDAY_CLUB_ZIPF`, looked up with the article that ``لل``
    hides restored: للشباب is ل + الشباب), is read as that word by its neighbours:
    with ب before مع (بالتعاون مع "in cooperation with");
    after a noun of :data:`EVERYDAY_CLUB_HEADS` (رعاية الشباب، فئة الشباب، الرئيس العام
    لرعاية الشباب: :func:`_lam_key`); with ل right after an event's name (بطولة آسيا
    للشباب: :func:`in_event_name`) or after such a noun and a nationality (المنتخب
    السعودي للشباب); with و after a word of :data:`EVERYDAY_CLUB_PARTNERS` (الناشئين
    والشباب); after a
    definite masculine sound plural it qualifies, if at least :data:`COMMON_CLUB_ZIPF`
    (اللاعبين الشباب "the young players"; not after a comma, and a name with و or
    before one is a list: النصر والشباب، الغريمين التقليديين الاتحاد والأهلي;
    وكلفت الصفقة الشباب keeps the club: a singular does not take it as adjective);
    before a masculine nationality adjective if at least :data:`COMMON_CLUB_ZIPF`
    (الشباب السعودي، الاتحاد السعودي "the Saudi federation"; الهلال السعودي is the
    club), another
    definite adjective in ي (الاتحاد الدولي "the International Federation", التعاون
    الخليجي) or in ين/ون (الشباب الراغبين), or a word of
    :data:`EVERYDAY_CLUB_PARTNERS` (الشباب والشابات)."""
    freq = zipf(z.display(i))
    if freq < EVERYDAY_CLUB_ZIPF:
        return False
    nxt = i + 1
    nxt_word = nxt < len(z) and z.kind[nxt] == "word"
    if nxt_word and "ب" in z.clitics[i] and z.key[nxt] == "مع":
        return True  # بالتعاون مع، بالاتفاق مع "in cooperation / agreement with"
    prev = i - 1
    if prev >= 0 and z.kind[prev] == "word" and z.sentence[prev] == z.sentence[i]:
        if "ل" in z.clitics[i] and in_event_name(z, prev):
            return True  # بطولة آسيا للشباب، كأس العالم للشباب: the youth category
        if _lam_key(z, prev) in EVERYDAY_CLUB_HEADS:
            return True  # رعاية الشباب، لرعاية الشباب (the ل left on the word)
        if "و" in z.clitics[i] and z.key[prev] in EVERYDAY_CLUB_PARTNERS:
            return True  # الناشئين والشباب، الكبار والشباب: the other age category
        if (
            "ل" in z.clitics[i]
            and prev >= 1
            and z.key[prev - 1] in EVERYDAY_CLUB_HEADS
            and masculine_nationality(z, prev, cg)
        ):
            return True  # المنتخب السعودي للشباب: the youth national team
        if (
            freq >= COMMON_CLUB_ZIPF
            and z.definite[prev]
            and not z.clitics[i]
            and z.key[prev].endswith(("ين", "ون"))
            and not (nxt_word and "و" in z.clitics[nxt])
        ):
            return True
    if nxt_word:
        if masculine_nationality(z, nxt, cg):
            return freq >= COMMON_CLUB_ZIPF
        if z.key[nxt] in EVERYDAY_CLUB_PARTNERS:
            return True
        if z.definite[nxt] and not z.clitics[nxt] and z.key[nxt].endswith(("ين", "ون", "ي")):
            return True
    return False


def _strip_article(w: str) -> str:
    """``w`` without its article when it is longer than four letters (الشرقية → شرقية)."""
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


#: Per compiled gazetteer: row -> its guarded aliases as :func:`_spelled_like` compares
#: them (:func:`helpers.text.normalize` with ``alef=False``, :func:`_strip_article`),
#: each row's worked out at its first question (session 15: the table's column and the
#: normalisation were read again for every guarded place met).
_GUARDED_FORMS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _guarded_forms(cg, row: int) -> tuple[str, ...]:
    """The guarded aliases of gazetteer row ``row`` of ``cg`` as :func:`_spelled_like`
    reads them (cached per compiled gazetteer)."""
    forms = _GUARDED_FORMS.get(cg)
    if forms is None:
        forms = _GUARDED_FORMS[cg] = {}
    got = forms.get(row)
    if got is None:
        aliases = cg.gazetteer.table["guarded"].iat[row]
        got = forms[row] = tuple(_strip_article(normalize(a, alef=False)) for a in aliases)
    return got


def _spelled_like(light: str, form_lists) -> bool:
    """Whether a written word (``alef=False`` light form) can be one of the aliases as
    spelled: letter for letter, except that a writer may drop a hamza (ا for أ إ آ) and
    write ه for ة; a hamza the name does not have (أمل for آمل) is another word.
    ``form_lists``: per candidate row, its aliases as :func:`_guarded_forms` gives them."""
    t = _strip_article(light)
    for forms in form_lists:
        for al in forms:
            if len(al) == len(t) and all(
                x == y or (x == "ا" and y in HAMZA_ALEFS) or (x == "ه" and y == "ة")
                for x, y in zip(t, al, strict=True)
            ):
                return True
    return False


def generic_readings(z, cg, normal: list) -> list:
    """The gazetteer spans ``normal`` of zone ``z`` without the ORG names that read as
    an everyday phrase here (session 19, fixent19), so the rules read the words as if
    unlisted: (1) a name right after a noun of a military arm of :data:`ARM_NOUNS`, in
    construct with it, no proclitic on the name (نفذ سلاح الطيران العماني طلعات: the
    Omani air force, العماني a nationality; not Oman Air, الطيران العماني); (2) a name
    headed by a :data:`THING_HEADS` noun (غرفة) that is a room one is in, in a sentence
    about a hotel (:func:`helpers.entities.rules.bodies.in_hotel_room`: أقام في غرفة
    الطائف المطلة على الحديقة بالفندق: a hotel room named after the town, not the
    chamber of commerce; none of the 140 uses of a listed غرفة + town name on
    SaudiNewsNet's non-held-out outlets is in a hotel sentence). Per span one key test
    (more for a غرفة name after a preposition); raises nothing."""
    out = []
    for s in normal:
        i = s.i
        if s.cands and cg.types[s.cands[0]] == "ORG":
            if (
                i > 0
                and z.key[i - 1] in ARM_NOUNS
                and z.peel[i] == 0
                and z.sentence[i - 1] == z.sentence[i]
            ):
                continue
            if z.key[i] in THING_HEADS and in_hotel_room(z, i):
                continue
        out.append(s)
    return out
