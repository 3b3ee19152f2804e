"""Tokenisation of Arabic news text into a tokens table with offsets.

One compiled regular expression finds every token of the original text, so that
``text[start:end] == surface`` always holds. Arabic words are runs of Arabic letters
that may hold combining marks (harakat, shadda: مخطَّط), tatweel (العراقـية) and
invisible format characters (ZWNJ, RLM...) *inside* them: Python's ``\\w`` does not
match those, so the word pattern lists them explicitly. None of them reaches ``norm``
or ``base`` (see :func:`helpers.text.normalize`).

Token kinds, tried in this order at each position:

``url``     ``http(s)://...``, ``www....`` and e-mail addresses
``abbrev``  letters joined by dots: إ.ب.أ، أ.ف.ب، U.S
``number``  Western, Arabic-Indic, Eastern Arabic-Indic or fullwidth digits with internal
            ``.`` ``,`` ٫ ٬ separators: 2254، ٢٠٢٤، 3.5، ١٢٫٥، 1,000; proclitics written
            onto the number belong to it (و2006، بـ15000: clitics و, ب; base the digits),
            the article too (الـ20، بالـ250، للـ5: clitics ال, ب+ال, ل+ال); a run of
            any other numerals (``charsets.OTHER_NUMERALS``: other scripts'
            digits, superscripts, fractions, circled and Roman numerals: the ² of م²)
``word``    Arabic letters (with marks, tatweel and invisibles inside)
``latin``   a letter of another script (Latin, Greek, Cyrillic...; no numeral) then
            letters or digits (COVID19, base64 blobs), with internal ' or -
``punct``   any other visible character, one per token: ، ؛ ؟ « » … ( ) . : - etc.

Whitespace and stray invisible or combining characters outside words are skipped.
Sentences end after ``. ! ? ؟ … ۔`` (closing quotes and brackets that follow stay in
the sentence) and at line breaks; paragraphs end at line breaks (one or more ``\\n``).
The pattern has no nested quantifiers, so a 10,000-letter run is matched in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from itertools import accumulate, chain, compress
from operator import attrgetter

import numpy as np
import pandas as pd

from helpers.charsets import (
    ARABIC_SCRIPT,
    DECIMAL_SEPARATOR,
    DIACRITICS,
    DIGITS,
    DOUBLE_QUOTE_PAIRS,
    HONORIFIC_LIGATURES,
    INVISIBLE,
    LATIN_MARKS,
    OTHER_MARKS,
    OTHER_NUMERALS,
    REVERSED_OPENER,
    SPACING_HARAKAT,
    TATWEEL,
    THOUSANDS_SEPARATOR,
    WORD_HYPHENS,
    WORD_LETTERS,
)
from helpers.text.clitics import ARTICLE_ALEFS

__all__ = [
    "COUNTED_KINDS",
    "COUNT_RE",
    "QUOTED_NAME_WORDS",
    "TOKEN_COLUMNS",
    "TOKEN_KINDS",
    "TOKEN_RE",
    "count_counted_surfaces",
    "counted_surfaces",
    "iter_tokens",
    "kind_of",
    "opens_reversed",
    "quoted_name_stops",
    "raw_tokens",
    "tokenize",
    "tokenize_texts",
    "tokenize_zones",
]

# marks (Arabic, and other scripts' combining marks: a Latin accent pasted inside an
# Arabic word, session 18), tatweel, invisibles and the spacing forms of the harakat (charsets.
# SPACING_HARAKAT: a legacy ﹰ after a word is its tanwin) continue a word; alone, none
# is a token (not punctuation either: a lone ﹰ made a word whose key was empty)
_INSIDE = (
    re.escape("".join(DIACRITICS) + TATWEEL + "".join(INVISIBLE) + "".join(OTHER_MARKS))
    + SPACING_HARAKAT
)
# letters without the blessing ligatures: محمدﷺ is the word محمد, then ﷺ as a word
# token of its own (charsets.WORD_LETTERS)
_ARABIC_LETTERS = WORD_LETTERS
_DIGITS = DIGITS
_ARABIC_BLOCKS = ARABIC_SCRIPT
_WORD = f"[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_INSIDE}]*|[{HONORIFIC_LIGATURES}]"
# a letter of another script: a word character that is no digit, numeral (² ½ ① Ⅻ,
# charsets.OTHER_NUMERALS: isalnum, so \w, but no letter; session 22) or Arabic
_OTHER_LETTER = rf"[^\W\d_{_ARABIC_BLOCKS}{OTHER_NUMERALS}]"
_URL = (
    r"(?:https?://|www\.)[^\s<>«»\"']*[^\s<>«»\"'.,;:!?)\]،؛؟]"
    # local part bounded at 64 characters (RFC 5321, 4.5.3.1.1): an unbounded one makes
    # every token start in a long run like "a+b+c+..." rescan the run (quadratic time)
    r"|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
_ARABIC_ABBREV = (
    f"[{_ARABIC_LETTERS}][{_INSIDE}]*(?:\\.[{_ARABIC_LETTERS}][{_INSIDE}]*){{1,5}}"
    f"(?![{_ARABIC_LETTERS}])"
)
_ABBREV = _ARABIC_ABBREV + r"|[A-Za-z](?:\.[A-Za-z]){1,5}(?![A-Za-z])"
# a letter, then letters or digits (COVID19, base64), with internal ' or a hyphen (don't,
# Al-Jazeera, Al‑Qaeda with U+2011: charsets.WORD_HYPHENS)
_LATIN = (
    rf"{_OTHER_LETTER}(?:[^\W_{_ARABIC_BLOCKS}]|[{LATIN_MARKS}]"
    rf"|['’{WORD_HYPHENS}](?={_OTHER_LETTER}))*"
)
# a proclitic written onto a number belongs to it (و2006، بـ15000، وب2006): one token;
# so does the article with its proclitics (الـ20، ال2015، بالـ250، والـ48، للـ5: ل + ال),
# which alone would be counted as the word آل (family), whose key is ال. Marks, tatweel
# and invisibles between the letters and the digits are inside the token, as inside a
# word (وَ2006، و<LRM>2006: session 17, one token however the text was encoded)
_NUMBER_CLITIC = (
    f"(?:[وف]?(?:[بك]?[{''.join(sorted(ARTICLE_ALEFS))}]ل|لل)|[وف][بلك]?|[بلك])[{_INSIDE}]*"
)
_SEPARATORS = f".,{DECIMAL_SEPARATOR}{THOUSANDS_SEPARATOR}"
# other numerals (Devanagari १२, superscripts: م², ½, ①) are a number too, a
# run of them one token: no counted term, never silently skipped (session 22)
_NUMBER = f"(?:{_NUMBER_CLITIC})?[{_DIGITS}]+(?:[{_SEPARATORS}][{_DIGITS}]+)*|[{OTHER_NUMERALS}]+"
_PUNCT = rf"[^\w\s{_INSIDE}{LATIN_MARKS}]|_"  # stray combining marks are skipped

# An Arabic word is tried first (session 15: one alternative tried per word instead of
# four; TOKEN_RE.finditer over the bench's 900 zones 0.060 -> 0.042 CPU s), with the
# tokens of the plain order url, abbrev, number, word (benchmarks/README.md, session 15):
# - a whole run of letters and marks (possessive: no shorter reading) that neither "."
#   nor a digit follows is a word: no URL, abbreviation (a lone letter, then ".") or
#   number (a proclitic written onto digits) can start where it starts;
# - otherwise a word only where neither an abbreviation nor a number starts (the
#   lookahead inside a one-letter lookbehind is read from the word's first letter);
# - an honorific ligature (ﷺ) is a word alone, as before.
_WORD_FIRST = (
    f"[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_INSIDE}]*+(?![.{_DIGITS}])"
    f"|[{HONORIFIC_LIGATURES}]"
    f"|[{_ARABIC_LETTERS}](?<=(?!{_ARABIC_ABBREV}|{_NUMBER_CLITIC}[{_DIGITS}]).)"
    f"[{_ARABIC_LETTERS}{_INSIDE}]*"
)

#: The token kinds and their patterns, in the order they are tried: the one definition of
#: a token, which :data:`TOKEN_RE` (one named group a kind) and :data:`COUNT_RE` (the
#: counted kinds as one group) are both built from. A URL cannot start at an Arabic
#: letter, a word of another script at a digit or an Arabic letter, and the word
#: alternative refuses to start where an abbreviation or a number starts, so the URL
#: may come first and the counted kinds (word, abbrev, latin) stand together
#: (session 16; tests/test_text_one_path15.py compares the two patterns' tokens).
TOKEN_KINDS: tuple[tuple[str, str], ...] = (
    ("url", _URL),
    ("word", _WORD_FIRST),
    ("abbrev", _ABBREV),
    ("latin", _LATIN),
    ("number", _NUMBER),
    ("punct", _PUNCT),
)
#: The token kinds counted as terms (Arabic words, words of another script,
#: abbreviations): every counter reads them from here.
COUNTED_KINDS: tuple[str, ...] = ("word", "latin", "abbrev")
#: The tokeniser's pattern; ``m.lastgroup`` is the token kind.
TOKEN_RE = re.compile("|".join(f"(?P<{kind}>{pat})" for kind, pat in TOKEN_KINDS))


def _count_pattern() -> re.Pattern:
    """:data:`TOKEN_KINDS` in their order with the counted kinds as the one group and the
    other kinds, and a line break, as gaps."""
    kinds = [k for k, _ in TOKEN_KINDS]
    at = [kinds.index(k) for k in COUNTED_KINDS]  # together (a test holds it)
    lo, hi = min(at), max(at)
    gaps = [f"(?:{pat})" for _, pat in TOKEN_KINDS]
    counted = "|".join(pat for _, pat in TOKEN_KINDS[lo : hi + 1])
    return re.compile("|".join([*gaps[:lo], f"({counted})", *gaps[hi + 1 :], "\n"]))


#: :data:`TOKEN_RE` read for counting (:func:`helpers.freq.count_corpus`): ``findall``
#: gives a counted surface (word, abbreviation, other-script word) or ``""`` for a gap
#: (URL, number, punctuation, line break). The same alternatives in the same order; one
#: group instead of six named ones, because ``findall`` of a pattern with one group
#: gives strings and of six gives tuples, which cost the counter about 40 % more
#: (benchmarks/README.md, session 16).
COUNT_RE = _count_pattern()
_COUNTED = frozenset(COUNTED_KINDS)
# the places of those kinds' groups in a TOKEN_RE.findall tuple (at most one is not "")
_W, _L, _A = (TOKEN_RE.groupindex[k] - 1 for k in COUNTED_KINDS)
# a run the word alternative matches to its end is one word token of TOKEN_RE: no
# alternative before it can match there (no scheme, dot, digit or @ in it) and the word
# alternative is greedy
_ONE_WORD = re.compile(_WORD).fullmatch

_SENTENCE_END = frozenset(".!?؟…۔‼⁉")
_CLOSERS = frozenset('»”’")]}›')

#: Most words of a name in quote marks (جمعية "كلانا"، هيئة «نزاهة»، معرض «الفهد ..
#: روح القيادة»): the entity rules' quoted names (``entities.rules.MAX_QUOTED_NAME_WORDS``)
#: and :func:`quoted_name_stops`.
QUOTED_NAME_WORDS = 3


def _quoted_span_pattern() -> re.Pattern:
    """A span in quote marks on one line: one alternative a pair of
    :data:`helpers.charsets.DOUBLE_QUOTE_PAIRS` (« », “ ”, „ ”, " ": paired in order, the
    first mark opens, the next closes; neither mark of the pair inside), then the
    :data:`~helpers.charsets.REVERSED_OPENER` » closed by » (no guillemet inside; kept
    only where :func:`opens_reversed` says it opens)."""
    pairs = [(o, c, o + c) for o, c in DOUBLE_QUOTE_PAIRS.items()]
    guillemets = next(o + c for o, c in DOUBLE_QUOTE_PAIRS.items() if c == REVERSED_OPENER)
    pairs.append((REVERSED_OPENER, REVERSED_OPENER, guillemets))
    alts = [
        f"{re.escape(o)}[^{re.escape(''.join(dict.fromkeys(n)))}\\n]*{re.escape(c)}"
        for o, c, n in pairs
    ]
    return re.compile("|".join(alts))


#: A span in quote marks on one line (:func:`_quoted_span_pattern`).
_QUOTED_SPAN = _quoted_span_pattern()
#: The marks a quoted span opens with.
_OPENING_MARKS = frozenset(DOUBLE_QUOTE_PAIRS) | {REVERSED_OPENER}


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _opens_speech(before: str) -> bool:
    """Whether a quote mark after ``before`` (the text up to it) opens speech: the
    text ends, spaces aside, with a colon or a reporting word
    (:func:`helpers.text.reporting_words`, a conjunction و/ف taken off by
    :func:`helpers.text.clitics.without_conjunction`)."""
    from helpers.text.clitics import without_conjunction
    from helpers.text.normalize import normalize
    from helpers.text.stopwords import reporting_words

    tail = before.rstrip()
    if tail.endswith(":"):
        return True
    m = _LAST_WORD.search(tail)
    if m is None:
        return False
    known = reporting_words()
    return without_conjunction(normalize(m.group(1)), known) in known


#: How far :func:`opens_reversed` looks back for the white space before a »: longer than
#: any word the tokeniser keeps whole (``clitics._MAX_LEN``, 40), so a real word is
#: always read from its start.
_REVERSED_LOOKBACK = 64


def opens_reversed(text: str, i: int) -> bool:
    """Whether the :data:`helpers.charsets.REVERSED_OPENER` » at ``text[i]`` opens a
    quotation, as « would (the one rule, session 24: the tokeniser's quoted names,
    :func:`quoted_name_stops`, and the entity matcher, which reads such a » as «). Some
    outlets set » at both ends of a quoted name (almadina: «لـ»المدينة»:», 52 times in
    40 stories of the non-held-out outlets; session 23, kinds23). It opens when the
    token right after it (:data:`TOKEN_RE`) is an Arabic word written against it, and
    the token right before it is not a word written against it (none, a space between,
    another kind) or is one that ends in the tatweel of لـ / بـ; a closing » stands
    against the word it closes (الضال»، مضيفة:»نحن: the first closes, the second opens).
    ``text`` a str, ``i`` an offset into it (int); a bool out: False where ``text[i]``
    is not », never an error for an offset inside the text. Tokens hold no white space,
    so the token before is found by tokenising from the last white space before ``i``,
    at most :data:`_REVERSED_LOOKBACK` characters back (a run without white space, as
    in text whose spaces were lost, made every » walk back to its start: quadratic,
    25 s for 16,000 characters; hostile24 F14)."""
    if text[i] != REVERSED_OPENER:
        return False
    after = TOKEN_RE.match(text, i + 1)
    if after is None or after.lastgroup != "word":
        return False
    k = i
    lo = max(0, i - _REVERSED_LOOKBACK)
    while k > lo and not text[k - 1].isspace():
        k -= 1
    before = None
    for before in TOKEN_RE.finditer(text, k, i):  # noqa: B007  (the last one is kept)
        pass
    if before is None or before.end() != i or before.lastgroup != "word":
        return True
    return before.group().endswith(TATWEEL)


def quoted_name_stops(text: str) -> frozenset[int]:
    """Offsets in ``text`` of the sentence-final marks (:data:`_SENTENCE_END`: ``.``,
    ``..``, ``…``, ``؟``, ``!``...) that stand between two words of a name in quote marks
    (at most :data:`QUOTED_NAME_WORDS` words between the marks): معرض "الفهد .. روح
    القيادة"، برنامج «من؟ ماذا؟ أين». Such a mark ends no sentence, the name goes on
    after it (session 23: the name's sentence ended at its dots, and a quote after it
    in the same sentence found no reporting word). A mark after the last word of the
    quote («لا تعليق.») still ends its sentence. Read by the tokeniser's sentence
    numbers and the quote layer's clause starts (:mod:`helpers.quotes.spans`), the one
    rule. A quote that opens right after a colon or a reporting word (the quote layer's
    :func:`helpers.text.reporting_words`, with or without و/ف) is speech, not a name,
    however short: its marks end sentences (قال: "لا. شكرا"، وقال «كلا. أبدا»; session
    23, branch fix23e). A str in; a frozenset of int out (empty for text without quote
    marks)."""
    if not any(o in text for o in _OPENING_MARKS):
        return frozenset()
    out: set[int] = set()
    pos = 0
    while (m := _QUOTED_SPAN.search(text, pos)) is not None:
        if text[m.start()] == REVERSED_OPENER and not opens_reversed(text, m.start()):
            pos = m.start() + 1  # a closing » with no opener: the next mark may open
            continue
        pos = m.end()
        inner = m.group()[1:-1]
        if _SENTENCE_END.isdisjoint(inner):  # no mark inside (one C-level pass)
            continue
        if _opens_speech(text[: m.start()]):
            continue
        words = [w for w in inner.split() if any(c.isalnum() for c in w)]
        if not words or len(words) > QUOTED_NAME_WORDS:
            continue
        # the last word's last letter or digit: a mark after it ends the quote's words
        last = max(i for i, c in enumerate(inner) if c.isalnum())
        base = m.start() + 1
        out.update(
            base + i
            for i, c in enumerate(inner[:last])
            if c in _SENTENCE_END and any(d.isalnum() for d in inner[:i])
        )
    return frozenset(out)


#: Columns of the tokens table, in order, with their dtypes.
TOKEN_COLUMNS: dict[str, str] = {
    "start": "int64",
    "end": "int64",
    "surface": "str",
    "kind": "str",
    "norm": "str",
    "base": "str",
    "clitics": "str",
    "sentence": "int64",
    "paragraph": "int64",
    "is_stop": "bool",
}


def kind_of(surface: str) -> str:
    """The token kind of one surface form (``word``, ``number``, ``latin``, ``abbrev``,
    ``url``, ``punct``), as :func:`tokenize` would give it.

    Raises :class:`helpers.errors.ArgumentError` when ``surface`` is not exactly one
    token (empty, holds a space, or two tokens such as ``"abc،"``).
    """
    m = TOKEN_RE.fullmatch(surface) if isinstance(surface, str) else None
    if m is None:
        from helpers.errors import ArgumentError

        raise ArgumentError(f"kind_of: {surface!r} is not exactly one token")
    return m.lastgroup


def counted_surfaces(text: str) -> list[str]:
    """The surfaces (str) of the counted tokens of ``text`` (kinds :data:`COUNTED_KINDS`:
    Arabic words, other-script words, abbreviations), in text order.

    The same tokens as :func:`tokenize`'s rows of those kinds, by the same pattern
    (:data:`TOKEN_RE`, one ``findall`` at C level, no offsets, sentences or analysis):
    the streaming counter (:func:`helpers.freq.count_terms`) tokenises through it, so a
    token rule is written once. No token holds a whitespace character, so the tokens of
    a text are those of its whitespace-separated runs. ``text`` must be a str (not
    checked: a hot path).

    >>> counted_surfaces("فاز الـ 51 لاعبا و2006 في www.x.com أ.ف.ب")
    ['فاز', 'الـ', 'لاعبا', 'في', 'أ.ف.ب']
    """
    w, a, la = _W, _A, _L
    return [x for t in TOKEN_RE.findall(text) if (x := t[w] or t[a] or t[la])]


def count_counted_surfaces(runs: Mapping[str, int]) -> Counter[str]:
    """Counter of the counted surfaces (:func:`counted_surfaces`, the same reading of
    :data:`TOKEN_RE`) of whitespace-free ``runs`` (str -> int, e.g. a ``Counter`` of
    ``text.split()``), each run's tokens counted as often as the run occurs: the
    streaming counter's loop, with no call per run and a run that is one whole word
    counted as it is (session 15: 0.06 s for the 61,922 runs of ``bench_text.py --mb 10
    --types 50000``, against 0.13 s through :func:`counted_surfaces`, as the former
    second pattern). Raises nothing for str keys and int values.
    """
    findall = TOKEN_RE.findall
    one_word = _ONE_WORD
    w, a, la = _W, _A, _L
    out: Counter[str] = Counter()
    for run, n in runs.items():
        if one_word(run):  # most runs: one word, TOKEN_RE's word alternative to the end
            out[run] += n
            continue
        for t in findall(run):
            if x := t[w] or t[a] or t[la]:
                out[x] += n
    return out


def _check_text(text: object, where: str) -> str:
    if not isinstance(text, str):
        from helpers.errors import ArgumentError

        raise ArgumentError(f"{where}: expected a str to tokenise, got {type(text).__name__}")
    return text


def iter_tokens(text: str) -> Iterator[tuple[int, int, str, str, int, int]]:
    """Yield ``(start, end, surface, kind, sentence, paragraph)`` for each token of ``text``.

    The raw layer under :func:`tokenize`: no normalisation, no clitics. A new paragraph
    (and sentence) starts at a token with a line break between it and the previous
    token; a new sentence at the first token after a sentence-final mark
    (``.!?؟…``) that is no closing quote or bracket and no further final mark
    (:func:`_token_columns`, the one place of the rule).
    """
    yield from zip(*_token_columns(text), strict=True)


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in TOKEN_COLUMNS.items()})


def _analyser(known: Iterable[str], options: dict[str, bool]):
    from helpers.text.analyse import Analyser

    return Analyser(known=known, **options)


_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group
_LASTGROUP, _LASTINDEX = attrgetter("lastgroup"), attrgetter("lastindex")

#: :data:`TOKEN_RE` after the whitespace before its token, for :func:`_token_columns`:
#: no kind's pattern matches at a whitespace character (a test holds it), so the
#: search finds each token where :data:`TOKEN_RE`'s finds it, in one step instead of
#: one failed try at each space before it (session 22, speed). The token is the group
#: of its kind (``m.lastindex``), which ends the match.
_SCAN_RE = re.compile(rf"\s*(?:{TOKEN_RE.pattern})")


def _token_columns(text: str) -> tuple[tuple, ...]:
    """The tokens of ``text`` as six columns (starts, ends, surfaces, kinds, sentences,
    paragraphs: :func:`iter_tokens`), ``()`` for no token: a zone's tokens kept as six
    tuples, not one tuple per token (fewer live objects for the garbage collector to
    scan while a table is built).

    The columns are read off the matches at C level (``map`` over the match objects),
    and the sentence and paragraph numbers counted from their breaks: a paragraph break
    before token ``t`` when the text between tokens ``t - 1`` and ``t`` holds a line
    break; a sentence break there too, and at the first token after a sentence-final
    punctuation mark that is neither a closer (:data:`_CLOSERS`) nor another final
    mark, unless a paragraph break comes first. (Session 14: the same columns as the
    token-by-token generator it replaces, in about half the time; benchmarks/README.md.)
    """
    ms = list(_SCAN_RE.finditer(text))
    if not ms:
        return ()
    n = len(ms)
    at = tuple(map(_LASTINDEX, ms))  # each token's group: the whitespace before is none
    starts = tuple(map(_START, ms, at))
    ends = tuple(map(_END, ms))
    surfaces = tuple(map(_GROUP, ms, at))
    kinds = tuple(map(_LASTGROUP, ms))
    del ms, at
    # 1 where a line break stands between a token and the one before it: no token holds
    # one, so each line break of the text goes before the first token starting after it
    # (a few per zone, found by bisection; a find between every two tokens cost a fifth
    # of this function)
    breaks = [0] * n
    at = text.find("\n")
    while at != -1:
        t = bisect_right(starts, at)
        if 0 < t < n:
            breaks[t] = 1
        at = text.find("\n", at + 1)
    news = breaks.copy()
    inside = None  # the marks inside a quoted name (quoted_name_stops), found when needed
    for p in compress(range(n), map(_SENTENCE_END.__contains__, surfaces)):
        if kinds[p] != "punct":
            continue
        if inside is None:
            inside = quoted_name_stops(text)
        if starts[p] in inside:
            continue
        t = p + 1
        while (
            t < n
            and not breaks[t]
            and kinds[t] == "punct"
            and (surfaces[t] in _CLOSERS or surfaces[t] in _SENTENCE_END)
        ):
            t += 1
        if t < n:
            news[t] = 1
    return (
        starts,
        ends,
        surfaces,
        kinds,
        tuple(accumulate(news)),
        tuple(accumulate(breaks)),
    )


def _rows(toks: tuple[tuple, ...], analyse, cols: dict[str, list] | None = None) -> dict[str, list]:
    """Columns of the tokens table for the columns ``toks`` of :func:`_token_columns`,
    appended to ``cols`` when given (no per-token appends)."""
    if cols is None:
        cols = {c: [] for c in TOKEN_COLUMNS}
    for c, v in _columns(toks, analyse).items():
        cols[c].extend(v)
    return cols


def _columns(toks: tuple[tuple, ...], analyse) -> dict[str, tuple]:
    """The tokens table's columns (:data:`TOKEN_COLUMNS` names, tuples) of the columns
    ``toks`` of :func:`_token_columns`: the analysis of every token (``analyse``, an
    :class:`helpers.text.analyse.Analyser`) added."""
    if not toks:
        return {c: () for c in TOKEN_COLUMNS}
    starts, ends, surfaces, kinds, sentences, paragraphs = toks
    norms, bases, clitics, stops, _ = zip(*analyse.each(surfaces, kinds), strict=True)
    return {
        "start": starts,
        "end": ends,
        "surface": surfaces,
        "kind": kinds,
        "norm": norms,
        "base": bases,
        "clitics": clitics,
        "sentence": sentences,
        "paragraph": paragraphs,
        "is_stop": stops,
    }


_STR = pd.StringDtype(storage="python", na_value=float("nan"))
_INT_COLS = ("start", "end", "sentence", "paragraph")
_COLUMN_INDEX = pd.Index(list(TOKEN_COLUMNS))
_AT = {c: i for i, c in enumerate(TOKEN_COLUMNS)}
_STR_COLS = tuple(c for c, d in TOKEN_COLUMNS.items() if d == "str")


def _block_maker():
    """A function building the tokens table from typed blocks, or None on another pandas.

    pandas 3.1 (pinned in requirements.txt): one int64 block (start, end, sentence,
    paragraph), one bool block, one str array per text column, assembled into a block
    manager without the checks and type inference of the public constructors, which are
    most of the cost of a one-sentence table (about 0.5 of 0.9 ms at load 10). This uses
    pandas internals (``pandas.core.internals``): the public route of the same blocks,
    :func:`_public_blocks`, makes one ``tokenize`` call about 1.8 times slower (0.85 against
    0.47 ms at load 19, session 5; the value checks of ``StringArray`` and of
    ``create_dataframe_from_blocks``; ``benchmarks/README.md``), past the 0.2 ms target,
    so it is the fallback when these internals change.
    """
    try:
        from pandas._libs.internals import BlockPlacement
        from pandas.core.internals.blocks import ExtensionBlock, NumpyBlock
        from pandas.core.internals.managers import BlockManager

        string_array = _STR.construct_array_type()
        simple_new = string_array._simple_new
        at_int = BlockPlacement(np.array([_AT[c] for c in _INT_COLS], dtype=np.intp))
        at_stop = BlockPlacement(np.array([_AT["is_stop"]], dtype=np.intp))
        at_str = [(c, BlockPlacement(np.array([_AT[c]], dtype=np.intp))) for c in _STR_COLS]
        from_mgr = pd.DataFrame._from_mgr
    except (AttributeError, ImportError):
        return None

    def make(cols: dict[str, list], n: int) -> pd.DataFrame:
        blocks = [
            NumpyBlock(np.array([cols[c] for c in _INT_COLS], dtype=np.int64), at_int, ndim=2),
            NumpyBlock(np.array([cols["is_stop"]], dtype=bool), at_stop, ndim=2),
        ]
        for c, at in at_str:
            o = np.empty(n, dtype=object)
            o[:] = cols[c]
            blocks.append(ExtensionBlock(simple_new(o, _STR), at, ndim=2))
        mgr = BlockManager(tuple(blocks), [_COLUMN_INDEX, pd.RangeIndex(n)], verify_integrity=False)
        return from_mgr(mgr, axes=mgr.axes)

    return make


_MAKE = _block_maker()
_AT_INT = np.array([_AT[c] for c in _INT_COLS], dtype=np.intp)
_AT_STOP = np.array([_AT["is_stop"]], dtype=np.intp)
_AT_STR = [(c, np.array([_AT[c]], dtype=np.intp)) for c in _STR_COLS]


def _public_blocks(cols: dict[str, list], n: int) -> pd.DataFrame:
    """The same blocks through pandas' public API (``pandas.api.internals``, pandas >= 3.0)."""
    from pandas.api.internals import create_dataframe_from_blocks

    blocks = [
        (np.array([cols[c] for c in _INT_COLS], dtype=np.int64), _AT_INT),
        (np.array([cols["is_stop"]], dtype=bool), _AT_STOP),
    ]
    for c, at in _AT_STR:
        o = np.empty(n, dtype=object)
        o[:] = cols[c]
        # the public StringArray constructor checks the values once (about 3 times
        # faster than pd.array's inference)
        blocks.append((pd.arrays.StringArray(o, dtype=_STR), at))
    return create_dataframe_from_blocks(blocks, pd.RangeIndex(n), _COLUMN_INDEX)


def _constructed(cols: dict[str, list], n: int) -> pd.DataFrame:
    """The tokens table through the public ``DataFrame`` constructor (the slowest)."""
    return pd.DataFrame({c: pd.Series(cols[c], dtype=d) for c, d in TOKEN_COLUMNS.items()})


def _frame(cols: dict[str, list]) -> pd.DataFrame:
    """The tokens table from its column lists (:data:`TOKEN_COLUMNS` names and dtypes):
    pandas internals, else its public block API, else the public constructor."""
    n = len(cols["start"])
    if not n:
        return _empty()
    for make in (_MAKE, _public_blocks):
        if make is not None:
            try:
                return make(cols, n)
            except (AttributeError, ImportError, TypeError, ValueError):  # pandas changed
                pass
    return _constructed(cols, n)


def tokenize(text: str, *, known: Iterable[str] = (), **options: bool) -> pd.DataFrame:
    """Tokenise one string into a tokens table (one row per token, in text order).

    Parameters
    ----------
    text : str
        The original text; offsets index into it.
    known : iterable of str, optional
        Extra words to treat as attested when deciding clitic splits (for instance
        names from a gazetteer). The words of ``text`` itself are always attested.
    **options : bool
        Normalisation options, see :func:`helpers.text.normalize`.

    Returns
    -------
    pandas.DataFrame
        Columns (dtypes): ``start``, ``end`` (int64, code-point offsets,
        ``text[start:end] == surface``), ``surface`` (str), ``kind`` (str: ``word``,
        ``number``, ``punct``, ``latin``, ``abbrev``, ``url``), ``norm`` (str,
        normalised form), ``base`` (str, normalised form without proclitics: the term
        key; Latin, abbreviations and URLs are case-folded), ``clitics`` (str, e.g.
        ``"و+ال"``, ``""`` if none), ``sentence``, ``paragraph`` (int64, 0-based),
        ``is_stop`` (bool, base is in :func:`helpers.text.stopwords`). Empty text gives
        an empty table with these columns and dtypes.

    Raises
    ------
    helpers.errors.ArgumentError
        ``text`` is not a string.

    Notes
    -----
    Clitic splits without the article need the remainder attested (see
    :mod:`helpers.text.clitics`), so ``tokenize("لبشار")`` alone keeps the word
    whole while a text that also contains بشار gives ل + بشار. Use
    :func:`tokenize_zones` on a whole corpus for consistent keys across stories.
    """
    text = _check_text(text, "tokenize")
    analyse = _analyser(known, options)
    toks = _token_columns(text)
    analyse.attest(_words(toks))
    return _frame(_rows(toks, analyse))


def _words(toks: tuple[tuple, ...]) -> list[str]:
    """The surfaces of the word tokens of :func:`_token_columns` columns, in order
    (picked at C level: ``itertools.compress``)."""
    return list(compress(toks[2], map(_IS_WORD, toks[3]))) if toks else []


_IS_WORD = "word".__eq__


def tokenize_zones(
    zones: pd.DataFrame,
    *,
    include: Iterable[str] | None = ("title", "body"),
    known: Iterable[str] = (),
    **options: bool,
) -> pd.DataFrame:
    """Tokenise every row of a zones table (:func:`helpers.corpus.zones`).

    Parameters
    ----------
    zones : pandas.DataFrame
        Columns ``story_id``, ``zone``, ``text`` (str).
    include : iterable of str, str or None
        Zones to keep; default title and body (captions only when asked, e.g.
        ``("title", "caption", "body")``; one zone may be a str, ``"body"``); ``None``
        keeps every row.
    known, **options
        As in :func:`tokenize`. Words are attested across the whole table, so a
        clitic split found in one story applies in all.

    Returns
    -------
    pandas.DataFrame
        ``story_id`` (str), ``zone`` (str), then the columns of :func:`tokenize`;
        offsets index into that row's ``text``.

    Raises
    ------
    helpers.errors.CorpusFormatError
        A required column is missing.
    helpers.errors.ArgumentError
        A text is not a string; ``include`` names a zone that is none of title,
        caption, body, or is no iterable of names (:func:`helpers.errors.check_names`).
    """
    from helpers.errors import CorpusFormatError

    missing = {"story_id", "zone", "text"} - set(getattr(zones, "columns", ()))
    if missing:
        raise CorpusFormatError(
            f"tokenize_zones: the zones table lacks column(s) {sorted(missing)}",
            hint="build it with helpers.corpus.zones(stories)",
        )
    if include is not None:
        from helpers.corpus.load import ZONES
        from helpers.errors import check_names

        include = check_names(include, ZONES, func="tokenize_zones", arg="include")
        zones = zones[zones["zone"].isin(list(include))]
    texts = [
        _check_text(t, f"story {s}, zone {z}")
        for s, z, t in zip(zones["story_id"], zones["zone"], zones["text"], strict=True)
    ]
    # one column dict for the whole table: building a frame per zone costs more than
    # tokenising short zones
    cols: dict[str, list] = {c: [] for c in TOKEN_COLUMNS}
    story_col: list[str] = []
    zone_col: list[str] = []
    zone_toks, analyse = _attested(texts, known, options)
    for zi, (sid, zone) in enumerate(zip(zones["story_id"], zones["zone"], strict=True)):
        toks, zone_toks[zi] = zone_toks[zi], None  # freed as the columns grow
        before = len(cols["start"])
        _rows(toks, analyse, cols)
        added = len(cols["start"]) - before
        story_col.extend([str(sid)] * added)
        zone_col.extend([str(zone)] * added)
    out = _frame(cols)
    out.insert(0, "zone", pd.Series(zone_col, dtype="str"))
    out.insert(0, "story_id", pd.Series(story_col, dtype="str"))
    return out


def tokenize_texts(
    texts: list[str], *, known: Iterable[str] = (), **options: bool
) -> Iterator[dict[str, tuple]]:
    """The tokens of each text as the columns of a tokens table, without building one.

    The rows :func:`tokenize_zones` gives, one text at a time: for each text of
    ``texts`` in order, a dict of :data:`TOKEN_COLUMNS` names to tuples of equal length
    (``start``, ``end``, ``sentence``, ``paragraph`` int; ``surface``, ``kind``,
    ``norm``, ``base``, ``clitics`` str; ``is_stop`` bool), empty tuples for a text
    without tokens (tuples: the garbage collector stops tracking them once seen).
    Words are attested across all of ``texts`` (``known`` and ``**options`` as in
    :func:`tokenize`), so the splits are those of :func:`tokenize_zones` on the same
    texts. For callers that read the tokens zone by zone
    (:func:`helpers.entities.extract_entities`): no table is built and read back.

    Raises :class:`helpers.errors.ArgumentError` when a text is not a str (before any
    text is yielded).
    """
    zone_toks, analyse = _raw(texts, known, options, "tokenize_texts")
    return _analysed(zone_toks, analyse)


def raw_tokens(texts: list[str], *, known: Iterable[str] = (), **options: bool) -> tuple:
    """The tokens of each text before their analysis, and the analyser that gives it.

    ``(columns, analyse)``: ``columns`` a list, one item per text of ``texts`` in order,
    each the text's tokens as six tuples of equal length (``start``, ``end`` int
    code-point offsets, end-exclusive; ``surface``, ``kind`` str; ``sentence``,
    ``paragraph`` int: :func:`iter_tokens`'s fields), or ``()`` for a text without
    tokens; ``analyse`` the :class:`helpers.text.analyse.Analyser` of ``known`` and
    ``**options`` (as in :func:`tokenize`) with the words of all of ``texts``
    attested. ``analyse(surface, kind)`` is then the analysis (``norm``, ``base``,
    ``clitics``, ``is_stop``) :func:`tokenize_texts` gives the token in its row: the
    same attestation, the same analyser. For a caller that reads each distinct
    ``(surface, kind)`` of the texts once (:func:`helpers.entities.extract_entities`),
    so that no per-token analysis columns are built.

    Raises :class:`helpers.errors.ArgumentError` when a text is not a str (naming
    ``raw_tokens`` and the text's index).
    """
    return _raw(texts, known, options, "raw_tokens")


def _raw(texts: list[str], known: Iterable[str], options: dict[str, bool], where: str):
    """:func:`_attested` of ``texts`` checked to be str (the error names ``where``)."""
    texts = [_check_text(t, f"{where}: text {i}") for i, t in enumerate(texts)]
    return _attested(texts, known, options)


def _attested(texts: list[str], known: Iterable[str], options: dict[str, bool]):
    """``(raw token columns of each text, analyser)``: the texts' words attested in the
    analyser (the one setup of :func:`tokenize_zones` and :func:`tokenize_texts`)."""
    analyse = _analyser(known, options)
    # one pass of the token pattern over each text: its tokens give the words attested
    # and then the rows (a second pass for the attested words alone cost a quarter of
    # the whole call)
    zone_toks: list[tuple | None] = [_token_columns(t) for t in texts]
    # the words in reading order, as a comprehension over the zones would add them
    analyse.attest(set(chain.from_iterable(map(_words, zone_toks))))
    return zone_toks, analyse


def _analysed(zone_toks: list, analyse) -> Iterator[dict[str, tuple]]:
    """The columns of each text's tokens (:func:`tokenize_texts`), each text's raw
    tokens freed once its columns are made."""
    for zi in range(len(zone_toks)):
        toks, zone_toks[zi] = zone_toks[zi], None
        yield _columns(toks, analyse)
