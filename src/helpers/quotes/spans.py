"""Spans of quoted text: quote marks, paragraphs and clause starts (step 1 of
:mod:`helpers.quotes`)."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from helpers.charsets import DIACRITICS, OTHER_MARKS, QUOTE_PAIRS, TATWEEL
from helpers.text.clitics import CONJUNCTIONS, JOINED_PREPOSITIONS
from helpers.text.tokenize import quoted_name_stops

#: Each opening quote mark and its closing mark: :data:`helpers.charsets.QUOTE_PAIRS`.
_OPEN_CLOSE = QUOTE_PAIRS


_MARKS = frozenset(DIACRITICS) | frozenset(OTHER_MARKS)


#: Opening quote marks (their closing marks: :data:`_OPEN_CLOSE`).
_OPENERS = re.compile("[" + re.escape("".join(_OPEN_CLOSE)) + "]")


_GUILLEMETS = re.compile("[«»]")


_MARK_CHARS = frozenset(_OPEN_CLOSE) | frozenset(_OPEN_CLOSE.values())


_SENT_END = re.compile(r"[.!?؟]")


_CLAUSE_END = re.compile("[.!?؟:" + re.escape("".join(_OPEN_CLOSE)) + "]")


@dataclass
class _Span:
    open: int  # index of the opening mark
    start: int  # content start
    end: int  # content end
    close: int  # index just after the closing mark (== end if unclosed)
    unclosed: bool
    paragraph: int


def _paragraphs(text: str) -> list[tuple[int, int, int]]:
    """(start, end, index) of each non-empty line; index counts non-empty lines."""
    out, pos, k = [], 0, 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line), k))
            k += 1
        pos += len(line) + 1
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in _MARKS


def _proclitic_before(text: str, p_start: int, i: int) -> bool:
    """The word right before index ``i`` (a quote mark) is only proclitics written alone:
    a conjunction (و، ف), a joined preposition (ب، ك، ل) or both, one each, with an
    optional tatweel (و"سنواصل"، بـ"الحكيم"، وبـ"..."، لـ"..."): the mark opens a quote
    glued to them, as it would after a space (:data:`helpers.text.clitics.CONJUNCTIONS`,
    :data:`~helpers.text.clitics.JOINED_PREPOSITIONS`)."""
    j = i
    while j > p_start and text[j - 1] == TATWEEL:
        j -= 1
    k = j
    while k > p_start and _is_word_char(text[k - 1]):
        k -= 1
    run = text[k:j]
    if not run or len(run) > 2:
        return False
    if len(run) == 2:
        return run[0] in CONJUNCTIONS and run[1] in JOINED_PREPOSITIONS
    return run in CONJUNCTIONS or run in JOINED_PREPOSITIONS


def _spaced_opener(text: str, i: int, p_start: int, p_end: int) -> bool:
    """A straight double quote at ``i`` written with a space on both sides opens a quote
    when the paragraph's next straight double quote closes one: a space or a word
    before it and no word right after it (وقال سموه " إن الدولة ماضية في تطوير الخدمات ".:
    the quote is the words between; read as a closer without an opener, the second mark
    opened a quote that ran to the paragraph's next mark, 5,941 characters of a cabinet
    statement on SaudiNewsNet, session 23's newcomer)."""
    if text[i] != '"' or not (i == p_start or text[i - 1].isspace()):
        return False
    j = text.find('"', i + 1, p_end)
    return j > i + 1 and not _is_word_char(text[j + 1 : j + 2])


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """Spans between quote marks in ``text``, before deciding which are speech.

    Parameters
    ----------
    text : str
        One zone text (title, captions or body).

    Returns
    -------
    list of (start, end, unclosed)
        Offsets of the quoted text without its marks (``text[start:end]``), and whether
        the closing mark was missing (then ``end`` is the paragraph end, trailing spaces
        excluded). Only outermost spans; nested marks stay inside.
    """
    return [(s.start, s.end, s.unclosed) for s in _spans(text)]


def _close_of(text: str, i: int, p_end: int) -> int:
    """Index of the mark closing the one at ``i`` within ``[i + 1, p_end)``, or -1.
    ``«`` nests; an ASCII ``'`` closes only at a word end."""
    ch = text[i]
    if ch == "«":
        depth = 0
        for m in _GUILLEMETS.finditer(text, i + 1, p_end):
            if m.group() == "»":
                if depth == 0:
                    return m.start()
                depth -= 1
            else:
                depth += 1
        return -1
    close_ch = _OPEN_CLOSE[ch]
    j = text.find(close_ch, i + 1, p_end)
    if ch == "'":
        while j != -1 and _is_word_char(text[j + 1 : j + 2]):
            j = text.find(close_ch, j + 1, p_end)
    return j


def _spans(text: str) -> list[_Span]:
    spans: list[_Span] = []
    if _OPENERS.search(text) is None:
        return spans
    for p_start, p_end, p_idx in _paragraphs(text):
        i = p_start
        while i < p_end:
            m = _OPENERS.search(text, i, p_end)
            if m is None:
                break
            i = m.start()
            ch = text[i]
            prev = text[i - 1] if i > p_start else " "
            nxt = text[i + 1] if i + 1 < p_end else " "
            glued = _is_word_char(prev) and _proclitic_before(text, p_start, i)
            if ch in "'\"" and (
                (_is_word_char(prev) and not glued)
                or (nxt.isspace() and not _spaced_opener(text, i, p_start, p_end))
            ):
                i += 1  # an apostrophe or a closing straight quote without an opener
                continue
            found = _close_of(text, i, p_end)
            if found >= 0:
                spans.append(_Span(i, i + 1, found, found + 1, False, p_idx))
                i = found + 1
            else:
                end = p_end
                while end > i + 1 and text[end - 1].isspace():
                    end -= 1
                spans.append(_Span(i, i + 1, end, end, True, p_idx))
                i = p_end
    return spans


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause ending at ``pos``: after the last sentence end in [lo, pos).

    The sentence ends of ``text`` are found once (:func:`_sentence_ends`) and the last one
    before ``pos`` by bisection: a paragraph of n characters with q quotes costs n + q log n,
    not n × q, when it has no line break (session 15; it read [lo, pos) for every quote)."""
    ends = _sentence_ends(text)
    k = bisect.bisect_right(ends, pos) - 1  # the last end whose mark lies before pos
    return ends[k] if k >= 0 and ends[k] - 1 >= lo else lo


@functools.lru_cache(maxsize=8)
def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end of ``text`` (:data:`_SENT_END`), in order; a
    dot inside a word (بي.بي.سي، www.site.com، 3.5) ends no sentence, nor a mark inside
    a quoted name (:func:`helpers.text.tokenize.quoted_name_stops`). Cached for the last
    texts read (a zone's text is read for each of its quotes)."""
    out = []
    inside = None
    for m in _SENT_END.finditer(text):
        p = m.start()
        if text[p] == "." and text[p - 1 : p].isalnum() and text[p + 1 : p + 2].isalnum():
            continue
        if inside is None:
            inside = quoted_name_stops(text)
        if p in inside:  # معرض "الفهد .. روح القيادة": the name goes on (session 23)
            continue
        out.append(m.end())
    return out
