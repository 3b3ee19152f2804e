"""Site boilerplate: text an outlet puts at the start or end of many of its stories.

Scraped news carries the site's own text around each story: a footer repeating the
title (Alweeam: «رابط الخبر بصحيفة الوئام: <title>» ends 1,549 of its 1,551 stories in
SaudiNewsNet), bylines and datelines («عين اليوم – متابعات»), a columnist's SMS
footer («للتواصل مع الكاتب ارسل رسالة SMS ...»). Counted as words they become top
bigrams and entities of the outlet. :func:`remove_boilerplate` finds them at corpus
level, per outlet, and removes them.

The rule (constants below):

1. Stories are grouped by ``outlet`` when the table has that column, else by
   ``group`` (``group_from="folder"``), else the corpus is one group.
2. A story's body edge is read as words: split at whitespace, punctuation stripped from
   each word's ends (a word of punctuation only is no word), compared in a normalised
   form (:func:`helpers.corpus.clean.boilerplate_key`: hamza/alef variants, ``ى``/
   ``ة`` folded, tatweel and tanween removed, Latin lower-cased; harakat removed; every
   run of digits, ASCII or Arabic-Indic, is ``0``). The story's own title, where it
   occurs (as words, at least 2), counts as one word ``<title>``.
3. A **header** of a group is a sequence of at least :data:`MIN_WORDS` words that
   begins the body of at least :data:`MIN_STORIES` stories and at least
   :data:`MIN_SHARE` of the group's stories; a **footer** the same at the end of the
   body. It must be set off from the story text: a paragraph break or punctuation
   (``. : – » ...``) between them (``... للحصول على العلاج. رابط الخبر ...``), and the
   word next to the story text may not be a number (``بنسبة 5. رابط الخبر``: the 5 is
   the story's), so a template does not grow into a closing phrase many stories share.
   A header or footer set off in at least :data:`MIN_STORIES` stories and
   :data:`MIN_SHARE` of the group is then cut from every story of the group whose
   edge is exactly its words, set off or not: Alweeam's footer ends 25 stories glued to
   their last sentence (``... الرائد بدر السحيباني رابط الخبر بصحيفة الوئام: <title>``).
4. Each story loses its longest header and its longest footer (at most
   :data:`MAX_WORDS` words each). Every paragraph changed is a cleaning-report row:
   ``dropped`` when nothing is left of it, else ``repaired`` with the text kept; the
   reason names the outlet and how many of its stories carry the header or footer.

Why these thresholds: on SaudiNewsNet (20,290 stories, 12 outlets) they find the
Alweeam footer, the SMS footers of Almadina and Okaz columnists, the bylines and
datelines of 3alyoum and Sabq, and nothing else (``benchmarks/README.md`` lists them);
the most repeated real text, an eight-part memoir series title in Asharq Al-Awsat, is in
8 of 2,120 stories (0.4 %). A corpus of fewer than :data:`MIN_STORIES` stories per
group, such as the embedded two stories, is never changed. Site text in the middle of
a story is not found by this rule; navigation lines are dropped line by line by
:mod:`helpers.corpus.clean`.
"""

from __future__ import annotations

import collections
import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from helpers.charsets import DIACRITIC_CLASS, DIGITS
from helpers.corpus.clean import boilerplate_key

__all__ = [
    "MAX_WORDS",
    "MIN_SHARE",
    "MIN_STORIES",
    "MIN_WORDS",
    "Template",
    "find_templates",
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
REASON = "site boilerplate"

_WORD = re.compile(r"\S+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_HARAKAT = re.compile(f"[{DIACRITIC_CLASS}]")
_DIGITS = re.compile(f"[{DIGITS}]+")
TITLE = "<title>"
_FIRST_LOOK = 4  # words read at first from each edge; more where a template goes on


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
_BOUNDARY = frozenset(".!?؟:؛،…–—-|/•*»«\"'“”‘’()[]{}")


def _after_ok(para: str, end: int) -> bool:
    rest = para[end:].lstrip()
    return not rest or rest[0] in _BOUNDARY or para[end - 1] in _BOUNDARY


def _before_ok(para: str, start: int) -> bool:
    before = para[:start].rstrip()
    return not before or before[-1] in _BOUNDARY or para[start] in _BOUNDARY


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
    words, more = _edge(paragraphs, side, want)
    if more and len(title) >= 2 and not set(title).isdisjoint(w[0] for w in words):
        # the title may begin among these words: read enough to see all of it
        words, more = _edge(paragraphs, side, want + len(title))
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
    """A header or footer found in one group."""

    group: str
    side: str  # "header" or "footer"
    words: tuple[str, ...]
    stories: int  # stories of the group it begins (ends)
    group_size: int


def _seq(words: list[_Word], side: str) -> list[str]:
    keys = [w[0] for w in words]
    return keys if side == "head" else keys[::-1]


def _oks(words: list[_Word], side: str) -> list[bool]:
    oks = [w[4] for w in words]
    return oks if side == "head" else oks[::-1]


def find_templates(
    edges: dict[int, list], groups: dict[int, str], grow
) -> dict[int, tuple[Template | None, Template | None]]:
    """The longest header and footer of each story (see the module docstring).

    ``edges`` maps a story index to ``[head words, foot words, head complete, foot
    complete]`` (title replaced); ``grow(i, side_index, want)`` replaces an incomplete
    edge by a longer one. ``groups`` maps a story index to its group. Returns story
    index -> (header, footer). Level-wise (a sequence is frequent only if its shorter
    prefix is): level ``n`` counts, for the stories whose first ``n - 1`` words are
    frequent, the pair (prefix, ``n``-th word), so each level costs one step per story
    still in play, and only those stories' edges are read further.
    """
    by_group: dict[str, list[int]] = collections.defaultdict(list)
    for i, g in groups.items():
        by_group[g].append(i)
    found: dict[int, list] = {i: [None, None] for i in edges}
    for g, members in by_group.items():
        need = max(MIN_STORIES, math.ceil(MIN_SHARE * len(members)))
        if len(members) < need:
            continue
        for s, side in enumerate(("head", "foot")):
            seqs = {i: _seq(edges[i][s], side) for i in members}
            oks = {i: _oks(edges[i][s], side) for i in members}
            prefix = dict.fromkeys(members, 0)  # id of the story's frequent prefix so far
            support = {0: len(members)}
            alive = [i for i in members if seqs[i]]
            best: dict[int, tuple[int, int]] = {}
            path: dict[int, list[tuple[int, int]]] = collections.defaultdict(list)
            set_off: collections.Counter = collections.Counter()
            for n in range(1, MAX_WORDS + 1):
                for i in alive:
                    if len(seqs[i]) < n and not edges[i][2 + s]:
                        grow(i, s, min(MAX_WORDS, 2 * n))
                        seqs[i] = _seq(edges[i][s], side)
                        oks[i] = _oks(edges[i][s], side)
                pairs = {i: (prefix[i], seqs[i][n - 1]) for i in alive if len(seqs[i]) >= n}
                counts = collections.Counter(pairs.values())
                ids = {k: len(support) + j for j, (k, c) in enumerate(counts.items()) if c >= need}
                if not ids:
                    break
                for k, new in ids.items():
                    support[new] = counts[k]
                alive = [i for i, k in pairs.items() if k in ids]
                for i in alive:
                    prefix[i] = ids[pairs[i]]
                    if n >= MIN_WORDS:
                        path[i].append((n, prefix[i]))
                    if n >= MIN_WORDS and seqs[i][n - 1] != "0" and oks[i][n - 1]:
                        # set off from the story text; a number next to it is the story's
                        best[i] = (n, prefix[i])
                        set_off[prefix[i]] += 1
            # a template set off in enough stories is the site's own text: cut it from
            # every story of the group whose edge is exactly those words, set off or not
            # («... مستمر رابط الخبر بصحيفة الوئام: <title>»)
            for i, steps in path.items():
                for n, pid in reversed(steps):
                    if set_off[pid] >= need:
                        if n > best.get(i, (0, 0))[0]:
                            best[i] = (n, pid)
                        break
            made: dict[int, Template] = {}
            for i, (n, pid) in best.items():
                if pid not in made:
                    words = seqs[i][:n]
                    made[pid] = Template(
                        g,
                        "header" if side == "head" else "footer",
                        tuple(words) if side == "head" else tuple(reversed(words)),
                        support[pid],
                        len(members),
                    )
                found[i][s] = made[pid]
    return {i: (h, f) for i, (h, f) in found.items()}


def remove_boilerplate(
    stories: list[dict], para_lines: list[list[int] | None]
) -> tuple[list[dict], list[dict], list[Template]]:
    """Find and remove site boilerplate from loaded stories (see the module docstring).

    Parameters
    ----------
    stories : list of dict
        Stories as :func:`helpers.corpus.iter_stories` yields them (``paragraphs``,
        ``body``, ``title``, ``source``, ``story_id``, optional ``outlet``/``group``).
        Changed in place: ``paragraphs``, ``body``, ``repairs`` (``"site boilerplate
        removed"`` added).
    para_lines : list of (list of int or None)
        For each story, the input line of each paragraph (for the report).

    Returns
    -------
    (stories, report rows, templates)
        The stories left (a story with neither title nor body left is removed, with a
        ``skipped`` row), cleaning-report rows (:data:`helpers.corpus.REPORT_COLUMNS`)
        and the templates applied, one per (group, side, words), with their counts.
    """
    key = "outlet" if any("outlet" in s for s in stories) else None
    if key is None and any("group" in s for s in stories):
        key = "group"
    groups = {i: str(s.get(key) or "") if key else "" for i, s in enumerate(stories)}
    sizes = collections.Counter(groups.values())
    candidates = {
        i for i, g in groups.items() if sizes[g] >= MIN_STORIES and stories[i]["paragraphs"]
    }
    if not candidates:
        return stories, [], []
    edges: dict[int, list] = {}
    titles: dict[int, list[str]] = {}
    for i in candidates:
        st = stories[i]
        titles[i] = [k for w in _WORD.findall(st["title"]) if (k := _key(w))]
        head = _edge_words(st["paragraphs"], titles[i], "head", _FIRST_LOOK)
        foot = _edge_words(st["paragraphs"], titles[i], "foot", _FIRST_LOOK)
        edges[i] = [head[0], foot[0], head[1], foot[1]]

    def grow(i: int, s: int, want: int) -> None:
        side = ("head", "foot")[s]
        edges[i][s], edges[i][2 + s] = _edge_words(stories[i]["paragraphs"], titles[i], side, want)
        if want >= MAX_WORDS:
            edges[i][2 + s] = True  # never longer than MAX_WORDS

    found = find_templates(edges, {i: groups[i] for i in candidates}, grow)
    report: list[dict] = []
    applied: dict[tuple, Template] = {}
    keep: list[dict] = []
    for i, st in enumerate(stories):
        header, footer = found.get(i, (None, None))
        if header is None and footer is None:
            keep.append(st)
            continue
        head, foot = edges[i][0], edges[i][1]
        paras = list(st["paragraphs"])
        cut: dict[int, list[tuple[int, int, Template]]] = collections.defaultdict(list)
        if header is not None:
            applied.setdefault((header.group, "header", header.words), header)
            _, last_para, _, last_end, _ = head[len(header.words) - 1]
            for p in range(last_para):
                cut[p].append((0, len(paras[p]), header))
            cut[last_para].append((0, last_end, header))
        if footer is not None:
            applied.setdefault((footer.group, "footer", footer.words), footer)
            _, first_para, first_start, _, _ = foot[len(foot) - len(footer.words)]
            cut[first_para].append((first_start, len(paras[first_para]), footer))
            for p in range(first_para + 1, len(paras)):
                cut[p].append((0, len(paras[p]), footer))
        lines = para_lines[i] or [0] * len(paras)
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
            reason = "; ".join(
                f"{REASON} ({t.side} of {t.group or 'the corpus'}: in {t.stories} of "
                f"{t.group_size} stories)"
                for t in which
            )
            report.append(
                {
                    "file": st["source"],
                    "line": lines[p] if p < len(lines) else 0,
                    "text": text,
                    "reason": reason,
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
    return keep, report, list(applied.values())
