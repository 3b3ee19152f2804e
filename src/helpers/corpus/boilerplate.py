"""Site boilerplate: text an outlet puts at the start or end of many of its stories.

Scraped news carries the site's own text around each story: a footer repeating the
title (Alweeam: «رابط الخبر بصحيفة الوئام: <title>» ends 1,549 of its 1,551 stories in
SaudiNewsNet), bylines and datelines («عين اليوم – متابعات»), a columnist's SMS
footer («للتواصل مع الكاتب ارسل رسالة SMS ...»). Counted as words they become top
bigrams and entities of the outlet. :func:`remove_boilerplate` finds them at corpus
level, per outlet, and removes them.

The rule (constants below):

1. Stories are grouped by ``outlet`` when the story has that field, else by
   ``group`` (``group_from="folder"``), else the corpus is one group. A group of fewer
   than ``need`` = max(:data:`MIN_STORIES`, :data:`MIN_SHARE` x its stories with a
   body) stories is never changed.
2. A story's body edge is read as words: split at whitespace (and where a Latin run is
   glued to an Arabic word, ``name@mail.comللتواصل``: the scraper lost the line break,
   so the Arabic word counts as set off), punctuation stripped from each word's ends (a
   word of punctuation only is no word), compared in a normalised form
   (:func:`helpers.corpus.clean.boilerplate_key`: hamza/alef variants, ``ى``/``ة``
   folded, tatweel and tanween removed, Latin lower-cased; harakat removed; every run
   of digits, ASCII or Arabic-Indic, is ``0``). The story's own title, where it occurs
   (as words, at least 2), counts as one word ``<title>``.
3. **Edge words.** A header of a group is a sequence of at least :data:`MIN_WORDS` words
   that begins the body of at least ``need`` stories (copies of one story, with the same
   paragraphs, count once: a story scraped 25 times is not a site header); a footer the
   same at the end of the body. It must be set off from the story text: a paragraph
   break or punctuation (``. : – » ...``) between them (``... للحصول على العلاج. رابط
   الخبر ...``), and the word next to the story text may not be a number (``بنسبة 5.
   رابط الخبر``: the 5 is the story's), so a template does not grow into a closing
   phrase many stories share. A header or footer set off in at least ``need`` stories is
   then cut from every story of the group whose edge is exactly its words, set off or
   not: Alweeam's footer ends 25 stories glued to their last sentence.
4. **Blocks around a site word (anchors).** Site text whose edge varies (a dateline
   «NAME- سبق- CITY:», a byline «NAME – عين اليوم», a tag list «سمات TAG TAG», a list of
   the writer's other articles «مقالات أخرى للكاتب TITLE TITLE») has no fixed edge
   words, but a fixed word at a fixed place. A **header block** is the leading short
   paragraphs, then the start of the next one up to its first colon, together at most
   :data:`LEAD_WORDS` words, without a full stop, with more of the story after it. A
   **footer block** runs from a word set off before it (punctuation or a paragraph
   break) within the last :data:`MAX_WORDS` words to the end of the body, with text
   before it and no full stop in it (a story's sentences end in one: 15,512 of
   SaudiNewsNet's 20,290 bodies end in a full stop; none of these site blocks does).
   (Copies of one story count as many stories here: a block holds no full stop, so a
   story's own sentences are never one.) An **anchor** of a group and side is a word
   (not a number) in such a block in at least ``need`` stories and in at least
   :data:`ANCHOR_SHARE` of the group's stories that hold the word among their first or
   last :data:`MAX_WORDS` words (the edges read anyway): a word of the language (قال،
   وأضاف، الرياض in running text) is spread over the text, near the edges too, a site's
   label is not. A block holding an anchor is cut (a header up to its last segment with
   an anchor, a footer from its first anchor), but only from a story whose edge words
   are not a frequent sequence of step 3 (where the edge is a fixed text, step 3 alone
   decides). In a header block a dash splits words (``عبدالله البرقاوي-سبق-الرياض:``
   holds the anchor «سبق»).
   **Lines of the anchor blocks' shape.** Where at least :data:`ANCHOR_SHARE` of a
   group's header blocks holding an anchor are a *dash line* (a first paragraph of its
   own, 2 or 3 parts of at most :data:`LINE_PART_WORDS` words joined by a dash, no
   full stop or colon: «عمر إبراهيم – عين اليوم»), a dash line without the anchor is
   the same site text with another name in it (3alyoum's «مكة المكرمة – حامد القرشي»,
   «نايف السعدي – الطائف»: a reporter and a city) and is cut too (where no other
   header is cut).
5. Each story loses its longest header and its longest footer (of steps 3 and 4; step 3
   wins a tie). Every paragraph changed is a cleaning-report row: ``dropped`` when
   nothing is left of it, else ``repaired`` with the text kept; the reason names the
   outlet and how many of its stories carry the header or footer (``site boilerplate
   (footer of alweeam: in 1549 of 1551 stories with a body)``) or, for a block, the anchor
   (``site boilerplate (header of sabq: a block with «سبق», in 1017 of 1208 stories with a body)``).

**Two passes** (what :func:`remove_boilerplate` runs in one process, and the Dask path
file by file): :func:`edge_counts` (map: a set of stories -> :class:`EdgeCounts`, per
group: stories, 64-bit BLAKE2b signatures of every edge prefix of 3-40 words with
whether it is set off, anchor-word and edge-word story counts; no text),
:func:`merge_edge_counts` (reduce: associative, commutative),
:func:`boilerplate_rules` (-> :class:`BoilerplateRules`) and :func:`apply_boilerplate`
(pass 2, per story). Parts in any order give the rules of the whole corpus.

Why these thresholds: on SaudiNewsNet (20,290 stories, 12 outlets) step 3 finds the
Alweeam footer, the SMS footers of Almadina and Okaz columnists, the bylines and
datelines of 3alyoum and Sabq, and nothing else; step 4 adds the datelines and bylines
with a varying name or city (Sabq, 3alyoum, Arreyadi), 3alyoum's tag lists and
Aljazirah's lists of a writer's other articles, and nothing else
(``benchmarks/README.md``, ``bench_boilerplate.py``, lists what each removes per
outlet); the most repeated real text, an eight-part memoir series title in Asharq
Al-Awsat, is in 8 of 2,120 stories (0.4 %). The embedded two stories are never changed.
Site text in the middle of a story is not found by these rules; navigation lines are
dropped line by line, and scraping artefacts (Cloudflare's ``[email protected]``)
removed, by :mod:`helpers.corpus.clean`.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from helpers.charsets import DASH_SET, DASHES, DIACRITIC_CLASS, DIGITS
from helpers.corpus.clean import boilerplate_key
from helpers.corpus.duplicates import body_hash, story_group
from helpers.errors import ArgumentError, check_table, shown

__all__ = [
    "ANCHOR_SHARE",
    "LEAD_WORDS",
    "LINE_PART_WORDS",
    "MAX_WORDS",
    "MIN_SHARE",
    "MIN_STORIES",
    "MIN_WORDS",
    "BoilerplateRules",
    "EdgeCounts",
    "Template",
    "apply_boilerplate",
    "boilerplate_rules",
    "edge_counts",
    "merge_edge_counts",
    "remove_boilerplate",
]

#: A header or footer is in at least this many stories of its group...
MIN_STORIES = 20
#: ... and in at least this share of them.
MIN_SHARE = 0.02
#: It has at least this many words (``<title>`` counting as one)...
MIN_WORDS = 3
#: ... and at most this many.
MAX_WORDS = 40
#: A header block (a dateline, a byline) has at most this many words.
LEAD_WORDS = 12
#: A part of a dash line (a byline «NAME – PLACE») has at most this many words.
LINE_PART_WORDS = 4
#: An anchor word is in a header or footer block in at least this share of the group's
#: stories that hold it among their first or last MAX_WORDS words (and in at least
#: ``need`` stories).
ANCHOR_SHARE = 0.8
REASON = "site boilerplate"

#: A word: a run of non-space characters; a Latin run glued to an Arabic word ends
#: there (``name@mail.comللتواصل``: the scraper lost the line break between an address
#: and the site's footer), and the Arabic word counts as set off.
_WORD = re.compile(r"[^\s\u0600-\u06ff]*[A-Za-z0-9](?=[\u0600-\u06ff])|\S+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_HARAKAT = re.compile(f"[{DIACRITIC_CLASS}]")
_DIGITS = re.compile(f"[{DIGITS}]+")
TITLE = "<title>"


@functools.lru_cache(maxsize=2**17)
def _key(word: str) -> str:
    w = _EDGE_PUNCT.sub("", word)
    if not w:
        return ""
    w = _HARAKAT.sub("", boilerplate_key(w))
    return _DIGITS.sub("0", w)


# a word of an edge: (key, paragraph index, start, end, edge), offsets into the
# paragraph; edge: a template may end at this word (the story text beyond it is set off
# by a paragraph break or punctuation, see _BOUNDARY)
_Word = tuple[str, int, int, int, bool]
#: What sets a header or footer off from the story: a paragraph break, or one of these
#: at the end of the text before a footer / the start of the text after a header.
_BOUNDARY = frozenset(".!?؟:؛،…|/•*»«\"'“”‘’()[]{}") | DASH_SET


_SPACE_RUN = re.compile(r"\s*")


def _after_ok(para: str, end: int) -> bool:
    nxt = _SPACE_RUN.match(para, end).end()
    return nxt == len(para) or para[nxt] in _BOUNDARY or para[end - 1] in _BOUNDARY


def _before_ok(para: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and para[i].isspace():
        i -= 1
    return (
        i < 0
        or para[i] in _BOUNDARY
        or para[start] in _BOUNDARY
        or (i == start - 1 and para[i].isascii() and para[i].isalnum() and _arabic(para[start]))
    )


def _arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _edge(paragraphs: Sequence[str], side: str, limit: int) -> tuple[list[_Word], bool]:
    """The first (``head``) or last (``foot``, in reading order) ``limit`` words of a
    body, and whether there are more. Only the paragraphs' ends are read."""
    out: list[_Word] = []
    if side == "head":
        for p, para in enumerate(paragraphs):
            for m in _WORD.finditer(para):
                k = _key(m.group())
                if k:
                    if len(out) >= limit:
                        return out, True
                    out.append((k, p, m.start(), m.end(), _after_ok(para, m.end())))
        return out, False
    window = 10 * limit
    for p in range(len(paragraphs) - 1, -1, -1):
        para = paragraphs[p]
        lo = max(0, len(para) - window)
        spans = [m.span() for m in _WORD.finditer(para, lo)]
        if lo and spans and spans[0][0] == lo and not para[lo - 1].isspace():
            spans = spans[1:]  # a word cut by the window
        words: list[_Word] = []
        for a, b in reversed(spans):
            k = _key(para[a:b])
            if k:
                if len(out) + len(words) >= limit:
                    out[:0] = words[::-1]
                    return out, True
                words.append((k, p, a, b, _before_ok(para, a)))
        out[:0] = words[::-1]
        if lo:  # words before the window: treat as more
            return out, True
    return out, False


def _edge_words(
    paragraphs: Sequence[str], title: list[str], side: str, want: int
) -> tuple[list[_Word], bool]:
    """``want`` words of an edge with the title replaced; True when that is all of it."""
    # read enough to see all of a title that begins among the first ``want`` words
    words, more = _edge(paragraphs, side, want + len(title) if len(title) >= 2 else want)
    words = _with_title(words, title, side)
    if more:
        words = words[:want] if side == "head" else words[-want:] if want else []
    return words, not more


def _with_title(words: list[_Word], title: list[str], side: str) -> list[_Word]:
    """Replace the title's words (its last occurrence in a footer, first in a header)."""
    n = len(title)
    if n < 2 or len(words) < n:
        return words
    keys = [w[0] for w in words]
    starts = [i for i in range(len(keys) - n + 1) if keys[i] == title[0]]
    for i in starts if side == "head" else reversed(starts):
        if keys[i : i + n] == title:
            ok = words[i + n - 1][4] if side == "head" else words[i][4]
            span = (TITLE, words[i][1], words[i][2], words[i + n - 1][3], ok)
            if words[i][1] != words[i + n - 1][1]:
                return words  # a title across paragraphs: left as words
            return [*words[:i], span, *words[i + n :]]
    return words


@dataclass(frozen=True)
class Template:
    """A header or footer found in one group.

    ``kind``: ``"edge"`` (the same words at the edge of every story it is cut from),
    ``"anchor"`` (a block around a site word, ``words`` = that word's key, see
    :data:`ANCHOR_SHARE`) or ``"line"`` (a dash line of a group whose anchor blocks are
    dash lines, ``words`` = that anchor)."""

    group: str
    side: str  # "header" or "footer"
    words: tuple[str, ...]
    stories: int  # stories of the group it begins (ends); for an anchor: blocks holding it
    group_size: int
    kind: str = "edge"

    def reason(self) -> str:
        """The cleaning-report reason for text cut by this template."""
        where = f"{self.side} of {self.group or 'the corpus'}"
        if self.kind == "line":
            return (
                f"{REASON} ({where}: a dash line as its blocks with «{self.words[0]}» "
                f"(in {self.stories} of {self.group_size} stories with a body))"
            )
        if self.kind == "anchor":
            return (
                f"{REASON} ({where}: a block with «{self.words[0]}», in {self.stories} of "
                f"{self.group_size} stories with a body)"
            )
        # «with a body»: the group's stories the search read (a story of a title alone
        # has no edge), so the count differs from the group's stories in the notebooks
        return f"{REASON} ({where}: in {self.stories} of {self.group_size} stories with a body)"


# --- per story: what both passes read -----------------------------------------------


def _full_stop(text: str) -> bool:
    """Whether ``text`` holds a full stop: one ``.`` not between digits (``5.5``) and
    not part of ``..``. A story's sentences end in one; a site's label and list do not
    (SaudiNewsNet: 15,512 of 20,290 bodies end in a full stop; none of the Sabq
    datelines, 3alyoum tag lists or Alweeam footers does)."""
    return _FULL_STOP.search(text) is not None


_FULL_STOP = re.compile(r"(?<!\.)\.(?![.\d])")
#: A header block ends here (or at the end of the first paragraph).
_LEAD_END = ":"
#: A dash between two words of a header block splits them (``البرقاوي-سبق-الرياض``).
_LEAD_DASH = re.compile(f"[{DASHES}]")
_PART = rf"[^\s.:!?؟{DASHES}]+(?:\s+[^\s.:!?؟{DASHES}]+){{0,{LINE_PART_WORDS - 1}}}"
#: A dash line: 2 or 3 parts joined by a dash (see the module docstring, step 4).
_DASH_LINE = re.compile(rf"\s*{_PART}(?:\s*[{DASHES}]\s*{_PART}){{1,2}}\s*")


@dataclass
class _Edges:
    """What the rules read of one story (offsets into its paragraphs)."""

    group: str
    head: list  # _Word list, title replaced, at most MAX_WORDS
    foot: list
    lead: list[tuple[int, int, list[str]]]  # header block segments: (para, end, anchor keys)
    tail: list[tuple[int, str]]  # (index into foot, key) of words that may open a footer block
    words: set[str]  # word keys of the edges (first and last MAX_WORDS words)
    line: bool  # the first paragraph is a dash line (the first lead segment)
    body: int  # 64-bit BLAKE2b of the paragraphs: copies of one story share it


def _edges(st, hashed: bool = True) -> _Edges | None:
    """What the rules read of a story (None without paragraphs); ``hashed=False``: its
    ``body`` is 0, not :func:`body_hash` (cutting does not count copies: not hashed)."""
    paras = list(st["paragraphs"])
    if not paras:
        return None
    title = [k for w in _WORD.findall(st["title"] or "") if (k := _key(w))]
    head = _edge_words(paras, title, "head", MAX_WORDS)[0][:MAX_WORDS]
    foot = _edge_words(paras, title, "foot", MAX_WORDS)[0][-MAX_WORDS:]
    words = {w[0] for w in head} | {w[0] for w in foot}
    lead = _lead(paras)
    line = bool(lead) and lead[0][:2] == (0, len(paras[0])) and _dash_line(paras[0])
    # footer block: from a word set off before it to the end of the body, no full stop
    tail: list[tuple[int, str]] = []
    for j, (k, p, a, _, ok) in enumerate(foot):
        if ok and _anchor_word(k) and (j or _has_text_before(paras, p, a)):
            tail.append((j, k))
    if tail:
        tail = _without_full_stop(paras, foot, tail)
    body = body_hash(paras) if hashed else 0
    return _Edges(story_group(st), head, foot, lead, tail, words, line, body)


def _dash_line(para: str) -> bool:
    """Whether ``para`` is a dash line: «عمر إبراهيم – عين اليوم», «مكة المكرمة – حامد
    القرشي», «هشام لاشين-القاهرة» (2 or 3 parts of at most :data:`LINE_PART_WORDS`
    words, no full stop or colon)."""
    return _DASH_LINE.fullmatch(para) is not None


def _lead(paras: Sequence[str]) -> list[tuple[int, int, list[str]]]:
    """The segments a header block may be made of: the leading short paragraphs, then
    the start of the next paragraph up to its first colon, together at most
    :data:`LEAD_WORDS` words without a full stop, with more of the story after them (a
    dateline «الرياض - واس:», a byline line «الاسم – عين اليوم»). Each segment:
    (paragraph, end offset, anchor-word keys in reading order)."""
    out: list[tuple[int, int, list[str]]] = []
    total = 0
    for p, para in enumerate(paras):
        whole = p < len(paras) - 1
        for end in (len(para), para.find(_LEAD_END) + 1):
            if end <= 0 or (end == len(para) and not whole):
                continue
            part = para[:end]
            keys = _some_keys(_LEAD_DASH.sub(" ", part), LEAD_WORDS - total)
            if not keys or _full_stop(part):
                continue
            if end < len(para) and not para[end:].strip():
                continue
            out.append((p, end, [k for k in keys if _anchor_word(k)]))
            total += len(keys)
            if end == len(para):
                break
            return out
        else:
            return out
    return out


def _some_keys(text: str, most: int) -> list[str] | None:
    """The word keys of ``text``, or None when it has more than ``most`` words (read no
    further)."""
    keys: list[str] = []
    for m in _WORD.finditer(text):
        k = _key(m.group())
        if k:
            if len(keys) == most:
                return None
            keys.append(k)
    return keys


def _has_text_before(paras: Sequence[str], p: int, a: int) -> bool:
    return bool(paras[p][:a].strip()) or any(q.strip() for q in paras[:p])


def _without_full_stop(paras: Sequence[str], foot: list, tail: list) -> list:
    """The openings of ``tail`` whose block (to the end of the body) holds no full stop:
    those after the body's last full stop."""
    last = (-1, -1)
    for p in range(len(paras) - 1, foot[tail[0][0]][1] - 1, -1):
        stops = [m.start() for m in _FULL_STOP.finditer(paras[p])]
        if stops:
            last = (p, stops[-1])
            break
    return [(j, k) for j, k in tail if (foot[j][1], foot[j][2]) > last]


def _anchor_word(k: str) -> bool:
    """A word key that may anchor a block: not a number, not the title, 2+ characters."""
    return len(k) >= 2 and k != TITLE and not k.isdigit() and k != "0"


_MASK = 2**64 - 1
_MULT = 0x100000001B3  # the 64-bit FNV prime: odd, so each step is a bijection


@functools.lru_cache(maxsize=2**17)
def _word_hash(word: str) -> int:
    """A stable 64-bit hash of a word key (BLAKE2b: the same in every process, unlike
    :func:`hash`)."""
    digest = hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def _signatures(group: str, side: str, seq: list[str]) -> list[int]:
    """Stable 64-bit signatures of the prefixes of ``seq`` of length MIN_WORDS..len: a
    polynomial rolling hash over the words' BLAKE2b hashes, seeded by group and side
    (about 1.5 M prefixes for SaudiNewsNet: a collision has odds near 1e-7)."""
    h = _word_hash(f"{group}\x1e{side}")
    out = []
    for n, w in enumerate(seq, 1):
        h = (h * _MULT + _word_hash(w)) & _MASK
        if n >= MIN_WORDS:
            out.append(h)
    return out


def _seq(words: list[_Word], side: str) -> list[str]:
    """Word keys read from the edge inwards."""
    keys = [w[0] for w in words]
    return keys if side == "head" else keys[::-1]


def _oks(words: list[_Word], side: str) -> list[bool]:
    oks = [w[4] for w in words]
    return oks if side == "head" else oks[::-1]


# --- pass 1: map and reduce -----------------------------------------------------------


@dataclass
class EdgeCounts:
    """Pass 1 of the boilerplate rule over some stories: counts, no text.

    ``sizes``: group -> stories with a body. ``prefixes``: (group, side) -> list of
    ``(signature, set_off, body)`` arrays, one entry per story and prefix length from
    :data:`MIN_WORDS` to :data:`MAX_WORDS` (``numpy`` uint64 / bool / uint64: ``body``
    the hash of the story's paragraphs, so copies of one story count once). ``anchors``:
    (group, side) -> Counter of word keys -> stories holding the word in a header
    block / opening a footer block; ``lines``: group -> Counter of word keys -> stories
    holding the word in a header block that is a dash line. ``words``: group -> Counter
    of word keys -> stories holding the word among their first or last
    :data:`MAX_WORDS` words.
    """

    sizes: collections.Counter = field(default_factory=collections.Counter)
    prefixes: dict = field(default_factory=dict)
    anchors: dict = field(default_factory=dict)
    words: dict = field(default_factory=dict)
    lines: dict = field(default_factory=dict)


def _records(stories) -> list:
    """Stories as a list of mappings (a DataFrame's rows as dicts)."""
    if hasattr(stories, "to_dict") and hasattr(stories, "columns"):
        check_table(stories, "edge_counts", columns=("story_id", "title", "paragraphs"))
        return stories.to_dict("records")
    if not isinstance(stories, (list, tuple)):
        raise ArgumentError(
            f"edge_counts: stories must be a stories DataFrame or a list of story dicts, "
            f"got {shown(stories)}"
        )
    return list(stories)


def edge_counts(stories) -> EdgeCounts:
    """Pass 1 (map) of the site-boilerplate rule: count what the rule needs.

    Parameters
    ----------
    stories : DataFrame or list of dict
        Stories table rows or story dicts (``title``, ``paragraphs``; ``outlet`` or
        ``group`` for the group).

    Returns
    -------
    EdgeCounts
        Per group: stories, header/footer prefix signatures, anchor-word counts and
        word document frequencies. Merge parts with :func:`merge_edge_counts`.

    Raises
    ------
    ArgumentError
        ``stories`` neither a DataFrame nor a list.
    CorpusFormatError
        A DataFrame without ``story_id``, ``title``, ``paragraphs``.
    """
    return _count([_edges(st) for st in _records(stories)])


def _count(edges: list) -> EdgeCounts:
    out = EdgeCounts()
    sigs: dict = collections.defaultdict(lambda: ([], [], []))
    for e in edges:
        if e is None:
            continue
        g = e.group
        out.sizes[g] += 1
        for side, words in (("head", e.head), ("foot", e.foot)):
            seq, oks = _seq(words, side), _oks(words, side)
            s, f, b = sigs[(g, side)]
            for n, sig in enumerate(_signatures(g, side, seq), MIN_WORDS):
                s.append(sig)
                f.append(seq[n - 1] != "0" and oks[n - 1])
                b.append(e.body)
        if e.lead:
            keys = {k for _, _, keys in e.lead for k in keys}
            out.anchors.setdefault((g, "header"), collections.Counter()).update(keys)
            if e.line:
                out.lines.setdefault(g, collections.Counter()).update(keys)
        if e.tail:
            out.anchors.setdefault((g, "footer"), collections.Counter()).update(
                {k for _, k in e.tail}
            )
        out.words.setdefault(g, collections.Counter()).update(e.words)
    for key, (s, f, b) in sigs.items():
        out.prefixes[key] = [
            (np.array(s, dtype=np.uint64), np.array(f, dtype=bool), np.array(b, dtype=np.uint64))
        ]
    return out


def merge_edge_counts(a: EdgeCounts, b: EdgeCounts) -> EdgeCounts:
    """Pass 1 (reduce): the counts of two sets of stories together (a new object;
    associative and commutative).

    Raises
    ------
    ArgumentError
        ``a`` or ``b`` not an :class:`EdgeCounts`.
    """
    for name, v in (("a", a), ("b", b)):
        if not isinstance(v, EdgeCounts):
            raise ArgumentError(
                f"merge_edge_counts: {name} must be an EdgeCounts (from edge_counts), "
                f"got {shown(v)}"
            )
    out = EdgeCounts(collections.Counter(a.sizes) + collections.Counter(b.sizes))
    for key in a.prefixes.keys() | b.prefixes.keys():
        out.prefixes[key] = [*a.prefixes.get(key, []), *b.prefixes.get(key, [])]
    for mine, theirs, into in (
        (a.anchors, b.anchors, out.anchors),
        (a.words, b.words, out.words),
        (a.lines, b.lines, out.lines),
    ):
        for key in mine.keys() | theirs.keys():
            c = collections.Counter(mine.get(key, {}))
            c.update(theirs.get(key, {}))
            into[key] = c
    return out


@dataclass(frozen=True)
class BoilerplateRules:
    """What pass 2 cuts, per group (from :func:`boilerplate_rules`).

    ``sizes``: group -> stories with a body; ``frequent``: (group, side) -> {signature:
    stories} of prefixes in at least ``need`` stories; ``set_off``: (group, side) ->
    signatures set off from the story text in at least ``need`` stories (cut set off or
    not); ``anchors``: (group, "header"/"footer") -> {word key: stories}; ``lines``:
    group -> (header anchor, stories) when at least :data:`ANCHOR_SHARE` of its blocks
    are dash lines (any dash line of the group is cut).
    """

    sizes: dict
    frequent: dict
    set_off: dict
    anchors: dict
    lines: dict = field(default_factory=dict)

    def need(self, group: str) -> int:
        """Stories a header or footer must be in: :data:`MIN_STORIES` and
        :data:`MIN_SHARE` of the group's stories."""
        return max(MIN_STORIES, math.ceil(MIN_SHARE * self.sizes.get(group, 0)))


def boilerplate_rules(counts: EdgeCounts) -> BoilerplateRules:
    """The removal rules from the counts of a whole corpus (see the module docstring).

    Raises
    ------
    ArgumentError
        ``counts`` not an :class:`EdgeCounts`.
    """
    if not isinstance(counts, EdgeCounts):
        raise ArgumentError(
            "boilerplate_rules: counts must be an EdgeCounts (from edge_counts), "
            f"got {shown(counts)}"
        )
    sizes = dict(counts.sizes)
    rules = BoilerplateRules(sizes, {}, {}, {})
    for (g, side), parts in counts.prefixes.items():
        need = rules.need(g)
        if sizes[g] < need:
            continue
        sig = np.concatenate([s for s, _, _ in parts]) if parts else np.zeros(0, np.uint64)
        off = np.concatenate([f for _, f, _ in parts]) if parts else np.zeros(0, bool)
        body = np.concatenate([b for _, _, b in parts]) if parts else np.zeros(0, np.uint64)
        # copies of one story (same paragraphs) count once: a prefix is frequent in
        # different stories, not in one story scraped many times
        _, first = np.unique(np.stack([sig, body], axis=1), axis=0, return_index=True)
        sig, off = sig[first], off[first]
        uniq, inverse, n = np.unique(sig, return_inverse=True, return_counts=True)
        n_off = np.bincount(inverse, weights=off, minlength=len(uniq))
        keep = n >= need
        rules.frequent[(g, side)] = dict(zip(uniq[keep].tolist(), n[keep].tolist(), strict=True))
        rules.set_off[(g, side)] = frozenset(uniq[keep & (n_off >= need)].tolist())
    for (g, side), c in counts.anchors.items():
        need = rules.need(g)
        if sizes.get(g, 0) < need:
            continue
        df = counts.words.get(g, {})
        found = {k: n for k, n in c.items() if n >= need and n >= ANCHOR_SHARE * df.get(k, n)}
        if found:
            rules.anchors[(g, side)] = found
        lines = counts.lines.get(g, {}) if side == "header" else {}
        shaped = [k for k in found if lines.get(k, 0) >= ANCHOR_SHARE * found[k]]
        if shaped:
            k = max(shaped, key=lambda k: (found[k], k))
            rules.lines[g] = (k, found[k])
    return rules


# --- pass 2: apply --------------------------------------------------------------------


def _edge_template(e: _Edges, rules: BoilerplateRules, side: str) -> tuple[int, Template | None]:
    """How many edge words of a story are a frequent prefix of its group (0 when fewer
    than :data:`MIN_WORDS`), and its longest edge template (or None)."""
    g = e.group
    frequent = rules.frequent.get((g, side))
    if not frequent:
        return 0, None
    words = e.head if side == "head" else e.foot
    seq, oks = _seq(words, side), _oks(words, side)
    set_off = rules.set_off[(g, side)]
    best = longest_set_off = n_frequent = 0
    sigs = _signatures(g, side, seq)
    for n, sig in enumerate(sigs, MIN_WORDS):
        if sig not in frequent:
            break
        n_frequent = n
        if seq[n - 1] != "0" and oks[n - 1]:
            best = n
        if sig in set_off:
            longest_set_off = n
    n = max(best, longest_set_off)
    if not n:
        return n_frequent, None
    words_n = seq[:n]
    return n, Template(
        g,
        "header" if side == "head" else "footer",
        tuple(words_n) if side == "head" else tuple(reversed(words_n)),
        frequent[sigs[n - MIN_WORDS]],
        rules.sizes[g],
    )


def _cuts(e: _Edges, rules: BoilerplateRules):
    """(header end (para, offset, Template) or None, footer start likewise).

    An anchor block is cut only from a story whose edge words are no frequent prefix
    (of :data:`MIN_WORDS` or more): where the edge is a fixed text, the edge rule alone
    decides (and it wants that text set off somewhere)."""
    header = footer = None
    n, t = _edge_template(e, rules, "head")
    if t is not None:
        _, p, _, end, _ = e.head[n - 1]
        header = (p, end, t)
    anchors = rules.anchors.get((e.group, "header"), {})
    if e.lead and anchors and (t is not None or not n):
        hit = [(p, end, k) for p, end, keys in e.lead for k in keys if k in anchors]
        if hit and (header is None or hit[-1][:2] > header[:2]):
            k = max((k for _, _, k in hit), key=lambda k: (anchors[k], k))
            a = Template(e.group, "header", (k,), anchors[k], rules.sizes[e.group], "anchor")
            header = (*hit[-1][:2], a)
    line = rules.lines.get(e.group)
    if header is None and not n and e.line and line is not None:
        a = Template(e.group, "header", (line[0],), line[1], rules.sizes[e.group], "line")
        header = (*e.lead[0][:2], a)
    n, t = _edge_template(e, rules, "foot")
    if t is not None:
        _, p, start, _, _ = e.foot[len(e.foot) - n]
        footer = (p, start, t)
    anchors = rules.anchors.get((e.group, "footer"), {})
    for j, k in e.tail if anchors and (t is not None or not n) else ():
        if k in anchors:
            _, p, start, _, _ = e.foot[j]
            if footer is None or (p, start) < footer[:2]:
                a = Template(e.group, "footer", (k,), anchors[k], rules.sizes[e.group], "anchor")
                footer = (p, start, a)
            break
    return header, footer


def apply_boilerplate(stories, rules: BoilerplateRules, para_lines=None):
    """Pass 2: cut the site text :func:`boilerplate_rules` found from each story.

    Parameters
    ----------
    stories : DataFrame or list of dict
        Stories (as :func:`edge_counts` takes them). A list is changed in place.
    rules : BoilerplateRules
        From the counts of the whole corpus.
    para_lines : list of (list of int or None), or None
        For each story, the input line of each paragraph (the report's ``line``); None:
        0.

    Returns
    -------
    (stories, report)
        The stories left, of the type given (a story with neither title nor body left
        is removed, with a ``skipped`` row), with ``paragraphs``, ``body`` and
        ``repairs`` (``"site boilerplate removed"`` added) changed; and the
        cleaning-report rows (DataFrame, :data:`helpers.corpus.REPORT_COLUMNS`): one per
        paragraph changed, ``dropped`` when nothing is left of it, else ``repaired``
        with ``kept``; ``reason`` from :meth:`Template.reason`.

    Raises
    ------
    ArgumentError
        ``rules`` not a :class:`BoilerplateRules`; ``stories`` as :func:`edge_counts`.
    """
    import pandas as pd

    from helpers.corpus.load import REPORT_COLUMNS

    if not isinstance(rules, BoilerplateRules):
        raise ArgumentError(
            "apply_boilerplate: rules must be a BoilerplateRules (from boilerplate_rules), "
            f"got {shown(rules)}"
        )
    frame = hasattr(stories, "columns")
    records = _records(stories)
    keep, rows = _apply(records, rules, para_lines)
    report = pd.DataFrame(rows, columns=REPORT_COLUMNS).astype({"line": "int64"})
    if frame:
        kept = {id(st) for st in keep}
        mask = [id(st) in kept for st in records]
        out = stories.loc[mask].copy()
        for col in ("paragraphs", "body", "repairs"):
            out[col] = [st[col] for st in keep]
        return out.reset_index(drop=True), report
    return keep, report


def _apply(
    records: list, rules: BoilerplateRules, para_lines, edges: list | None = None
) -> tuple[list, list[dict]]:
    report: list[dict] = []
    keep: list = []
    for i, st in enumerate(records):
        g = story_group(st)
        if rules.sizes.get(g, 0) < rules.need(g) or not (
            (g, "head") in rules.frequent
            or (g, "foot") in rules.frequent
            or (g, "header") in rules.anchors
            or (g, "footer") in rules.anchors
        ):  # rules.lines[g] implies (g, "header") in rules.anchors
            keep.append(st)
            continue
        e = edges[i] if edges is not None else _edges(st, hashed=False)
        if e is None:
            keep.append(st)
            continue
        paras = list(st["paragraphs"])
        header, footer = _cuts(e, rules)
        if header is None and footer is None:
            keep.append(st)
            continue
        cut: dict[int, list[tuple[int, int, Template]]] = collections.defaultdict(list)
        if header is not None:
            last_para, last_end, t = header
            for p in range(last_para):
                cut[p].append((0, len(paras[p]), t))
            cut[last_para].append((0, last_end, t))
        if footer is not None:
            first_para, first_start, t = footer
            cut[first_para].append((first_start, len(paras[first_para]), t))
            for p in range(first_para + 1, len(paras)):
                cut[p].append((0, len(paras[p]), t))
        lines = (para_lines[i] if para_lines is not None else None) or [0] * len(paras)
        new_paras = []
        for p, text in enumerate(paras):
            if p not in cut:
                new_paras.append(text)
                continue
            spans = sorted((a, b) for a, b, _ in cut[p])
            merged = [list(spans[0])]
            for a, b in spans[1:]:  # a header and a footer may meet in a short story
                if a <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], b)
                else:
                    merged.append([a, b])
            kept = text
            for a, b in reversed(merged):
                kept = kept[:a] + " " + kept[b:]
            kept = " ".join(kept.split())
            if kept and not any(ch.isalnum() for ch in kept):
                kept = ""  # only punctuation left
            which = list(dict.fromkeys(t for _, _, t in cut[p]))
            report.append(
                {
                    "file": st["source"],
                    "line": lines[p] if p < len(lines) else 0,
                    "text": text,
                    "reason": "; ".join(t.reason() for t in which),
                    "action": "repaired" if kept else "dropped",
                    "story_id": st["story_id"],
                    "kept": kept,
                }
            )
            if kept:
                new_paras.append(kept)
        st["paragraphs"] = new_paras
        st["body"] = "\n\n".join(new_paras)
        st["repairs"] = [*st["repairs"], "site boilerplate removed"]
        if not new_paras and not st["title"]:
            report.append(
                {
                    "file": st["source"],
                    "line": lines[0] if lines else 0,
                    "text": "",
                    "reason": "story has no title and no body after removing site boilerplate",
                    "action": "skipped",
                    "story_id": st["story_id"],
                    "kept": "",
                }
            )
            continue
        keep.append(st)
    return keep, report


def remove_boilerplate(
    stories: list[dict], para_lines: list[list[int] | None], counted: Sequence[dict] = ()
) -> tuple[list[dict], list[dict], list[Template]]:
    """Find and remove site boilerplate from loaded stories (see the module docstring):
    :func:`edge_counts`, :func:`boilerplate_rules` and :func:`apply_boilerplate` in
    one process.

    Parameters
    ----------
    stories : list of dict
        Stories as :func:`helpers.corpus.iter_stories` yields them (``paragraphs``,
        ``body``, ``title``, ``source``, ``story_id``, optional ``outlet``/``group``).
        Changed in place: ``paragraphs``, ``body``, ``repairs`` (``"site boilerplate
        removed"`` added).
    para_lines : list of (list of int or None)
        For each story, the input line of each paragraph (for the report).
    counted : sequence of dict
        More stories counted for the rules but neither changed nor returned: the
        copies :func:`helpers.corpus.load_corpus` drops
        (:mod:`helpers.corpus.duplicates`), which the cluster path's pass 0 counts as
        it reads every story (copies of one story count once in step 3 anyway).

    Returns
    -------
    (stories, report rows, rules)
        The stories left (a story with neither title nor body left is removed, with a
        ``skipped`` row), cleaning-report rows (dicts of
        :data:`helpers.corpus.REPORT_COLUMNS`) and the :class:`BoilerplateRules`.
    """
    edges = [_edges(st) for st in stories]
    rules = boilerplate_rules(_count(edges + [_edges(st) for st in counted]))
    keep, rows = _apply(stories, rules, para_lines, edges)
    return keep, rows, rules
