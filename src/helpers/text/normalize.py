"""Orthographic normalisation of Arabic text.

Every step is a character-to-string mapping, so :func:`normalize` is one
:meth:`str.translate` call through a table built once per combination of options
(cached). Steps and their defaults:

========================  =======  ==================================================
option                    default  what it does
========================  =======  ==================================================
``diacritics``            on       drop harakat, tanwin, shadda, sukun, dagger alef
                                   (U+0670) and Quranic annotation marks; and the
                                   combining marks of other scripts that NFC left
                                   (``charsets.OTHER_MARKS``: a Latin U+0301 inside
                                   an Arabic word)
``tatweel``               on       drop tatweel/kashida (U+0640): العراقـية → العراقية
``alef``                  on       أ إ آ ٱ (and ٲ ٳ ٵ) → ا
``maqsura``               off      ى → ي. Off because folding turns the preposition على
                                   into the name علي (محمد علي الحكيم), so a stopword
                                   list applied after folding would delete every Ali.
``teh_marbuta``           off      ة → ه. Off because it conflates words (مدرسة/مدرسه
                                   is harmless, but حملة "campaign" / حمله "carry it").
``persian``               on       Persian/Urdu letters to Arabic: ې ۍ ێ → ي,
                                   ک ڪ → ك, ە ھ ہ ۀ ۂ → ه, ۃ → ة; Farsi yeh ی
                                   (U+06CC) → ي inside a word, at its end ى or
                                   ي as the lexicon spells it (:func:`persian_yeh`)
``digits``                on       Arabic-Indic ٠-٩, Eastern Arabic-Indic ۰-۹ and
                                   fullwidth ０-９ to 0-9 (``charsets.ASCII_DIGITS``,
                                   the one digit rule); ٫ (U+066B) → ``.``, ٬ (U+066C)
                                   → ``,``
``presentation``          on       presentation forms (U+FB50-FDFF, U+FE70-FEFF, e.g.
                                   ﻻ U+FEFB from PDFs or reshaped text) to base letters,
                                   by Unicode NFKC decomposition; not the two ligatures
                                   of several words, ﷺ ﷻ (U+FDFA-FDFB), kept whole
``invisible``             on       drop ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings,
                                   overrides and isolates, word joiner, BOM, soft hyphen
========================  =======  ==================================================

Before the table, text is put in Unicode NFC (:func:`nfc`), so NFD and NFKD text
give the same forms as NFC text (رئيس, not رييس). :func:`normalizer_table` is the table
alone: callers of ``s.translate(table)`` apply :func:`nfc` first.

Normalising twice changes nothing (the table is closed under itself), and the
output never contains a character that one of the active steps removes or maps.
Source of the character inventories: The Unicode Standard 15, Arabic block charts
(U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from helpers.charsets import (
    ALEF_MAQSURA,
    ARABIC_LETTERS,
    ASCII_DIGITS,
    ASCII_HYPHENS,
    COMPOSING_MARKS,
    DECIMAL_SEPARATOR,
    DIACRITICS,
    FARSI_YEH,
    HAMZA_ABOVE,
    HAMZA_ALEFS,
    INVISIBLE,
    OTHER_MARKS,
    TATWEEL,
    TEH_MARBUTA,
    THOUSANDS_SEPARATOR,
    WORD_HYPHENS,
    YEH_HAMZA,
    nfc,
)
from helpers.errors import ArgumentError

__all__ = [
    "DEFAULTS",
    "DIACRITICS",
    "INVISIBLE",
    "TATWEEL",
    "latin_key",
    "light_full",
    "nfc",
    "normalize",
    "normalizer_table",
    "persian_yeh",
]

DEFAULTS: dict[str, bool] = {
    "diacritics": True,
    "tatweel": True,
    "alef": True,
    "maqsura": False,
    "teh_marbuta": False,
    "persian": True,
    "digits": True,
    "presentation": True,
    "invisible": True,
}


ALEF = {c: "ا" for c in HAMZA_ALEFS}
MAQSURA = {ALEF_MAQSURA: "ي"}
TEH_MARBUTA_FOLD = {TEH_MARBUTA: "ه"}
PERSIAN = {
    FARSI_YEH: "ي",  # inside a word; at its end persian_yeh() has made it ى
    "ې": "ي",
    "ۍ": "ي",
    "ێ": "ي",
    "ک": "ك",
    "ڪ": "ك",
    "ە": "ه",
    "ھ": "ه",
    "ہ": "ه",
    "ۀ": "ه",
    "ۂ": "ه",
    "ۃ": "ة",
}
#: ی at the end of a word (no Arabic letter after it, past any marks and tatweel), with
#: the letters of the word before it (group 1)
_FINAL_FARSI_YEH = re.compile(
    f"([{ARABIC_LETTERS}{re.escape(''.join(DIACRITICS))}{COMPOSING_MARKS}{TATWEEL}]*)"
    f"{FARSI_YEH}(?![{re.escape(''.join(DIACRITICS))}{COMPOSING_MARKS}{TATWEEL}]*"
    f"[{ARABIC_LETTERS}])"
)

#: ی, other Arabic marks (NFC puts harakat before the hamza), the combining hamza above:
#: the seat ئ with those marks (group 1) after it
_FARSI_YEH_HAMZA = re.compile(
    f"{FARSI_YEH}([{re.escape(''.join(c for c in DIACRITICS if c != HAMZA_ABOVE))}]*){HAMZA_ABOVE}"
)


def persian_yeh(text: str) -> str:
    """``text`` with each Farsi yeh ی (U+06CC) at the end of a word written as the
    Arabic letter the word ends in: alef maqsura ى or yeh ي, whichever spelling of the
    word the lexicon (:func:`helpers.text.lexicon.zipf`, wordfreq's Arabic list, default
    options) counts more often; ي when neither is counted more.

    A Persian keyboard has one yeh, dotless at the end of a word, so it writes both the
    ى of على، لدى، مصطفى and the ي of في، السعودي: علی السوق → على السوق (Zipf 7.18
    against علي 6.14: the preposition, not the name), فی → في (7.54 / فى 6.12),
    السعودی → السعودي. A ی inside a word is left to the ``persian`` step of the tables
    (→ ي: ایران → ايران). A ی carrying the combining hamza above (U+0654, other
    harakat between allowed) is the seat ئ wherever it stands, before NFC or after (ریٔس
    → رئس, شاطیٔ → شاطئ; session 18: :func:`normalize` gave ي and the tokeniser ئ
    for یٔ, as NFC composes ي + U+0654 but not ی + U+0654). The one place this fold is
    written: :func:`normalize` and :func:`light_full` apply it first; callers of
    :func:`normalizer_table` on words apply it before ``translate``. A str in, a str out
    (as long, less one for each ی + hamza pair); loads the lexicon on the first text with
    a final ی (never at import).

    >>> persian_yeh("علی السوق فی"), persian_yeh("ایران")
    ('على السوق في', 'ایران')
    """
    if FARSI_YEH not in text:
        return text
    if HAMZA_ABOVE in text:
        text = _FARSI_YEH_HAMZA.sub(YEH_HAMZA + r"\1", text)
        if FARSI_YEH not in text:
            return text
    return _FINAL_FARSI_YEH.sub(_final_yeh, text)


def _final_yeh(match: re.Match) -> str:
    from helpers.text.lexicon import zipf

    word = match.group(1)
    stem = nfc(word).translate(_table(_key({})))
    if zipf(stem + ALEF_MAQSURA) > zipf(stem + "ي"):
        return word + ALEF_MAQSURA
    return word + "ي"


DIGITS = {chr(k): v for k, v in ASCII_DIGITS.items()}
DIGITS.update({DECIMAL_SEPARATOR: ".", THOUSANDS_SEPARATOR: ","})


def _presentation_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        dec = unicodedata.normalize("NFKC", ch)
        if dec != ch:
            # isolated harakat forms (U+FE70...) decompose to space + mark: keep the mark
            dec = dec.strip(" ")
            if " " in dec:
                # ﷺ ﷻ (U+FDFA-FDFB): several words in one glyph, kept whole: a term key
                # holds no space (n-gram keys are joined by spaces), and the glyph is a
                # formula (helpers.text.formula_words), not its words
                continue
            out[ch] = dec
    return out


PRESENTATION = _presentation_map()


@lru_cache(maxsize=64)
def _table(options: tuple[tuple[str, bool], ...]) -> dict[int, str | None]:
    opts = dict(options)
    steps: dict[str, str] = {}
    drop: set[str] = set()
    if opts["diacritics"]:
        drop.update(DIACRITICS)
        drop.update(OTHER_MARKS)  # a Latin accent inside an Arabic word (session 18)
    if opts["tatweel"]:
        drop.add(TATWEEL)
    if opts["invisible"]:
        drop.update(INVISIBLE)
    for flag, mapping in (
        ("alef", ALEF),
        ("maqsura", MAQSURA),
        ("teh_marbuta", TEH_MARBUTA_FOLD),
        ("persian", PERSIAN),
        ("digits", DIGITS),
        ("presentation", PRESENTATION),
    ):
        if opts[flag]:
            steps.update(mapping)

    def apply(s: str) -> str:
        # map every character of s through the single-character steps until stable
        for _ in range(4):
            new = "".join("" if c in drop else steps.get(c, c) for c in s)
            if new == s:
                break
            s = new
        return s

    table: dict[int, str | None] = {ord(c): None for c in drop}
    for c in steps:
        if c not in drop:
            table[ord(c)] = apply(c)
    return table


#: :func:`_key` of each options dict met, by its items in call order; only dicts of
#: known names with bool values are kept (an unknown name raises before it is stored),
#: so the table stays as small as the set of option combinations a program uses
_KEYS: dict[tuple, tuple[tuple[str, bool], ...]] = {}


def _key(options: dict[str, bool]) -> tuple[tuple[str, bool], ...]:
    """The options merged into :data:`DEFAULTS`, as a hashable tuple in the defaults'
    order (the cache key of every table built per option set). Raises
    :class:`helpers.errors.ArgumentError` for an unknown option name. Memoised: every
    :func:`normalize` and lexicon call asks it, so the merge is done once per options
    dict seen, not once per word."""
    memo = tuple(options.items())
    try:
        got = _KEYS.get(memo)
    except TypeError:  # an unhashable value (a list): merged, bool() of it, not kept
        got = None
    if got is None:
        got = _merged_key(options)
        if all(type(v) is bool for _k, v in memo):
            _KEYS[memo] = got
    return got


def _merged_key(options: dict) -> tuple[tuple[str, bool], ...]:
    unknown = set(options) - set(DEFAULTS)
    if unknown:
        raise ArgumentError(
            f"normalize() got unknown option(s) {sorted(unknown)}; known: {list(DEFAULTS)}"
        )
    merged = {**DEFAULTS, **options}
    return tuple((k, bool(merged[k])) for k in DEFAULTS)


@lru_cache(maxsize=16)
def _pair(options: tuple[tuple[str, bool], ...]):
    opts = dict(options)
    full = _table(options)
    light = _table(_key({**opts, "alef": False}))
    changed = "".join(re.escape(chr(k)) for k in light)
    needs = re.compile(f"[{changed}{COMPOSING_MARKS}]")
    differ = "".join(re.escape(chr(k)) for k in full if full.get(k) != light.get(k))
    alefs = re.compile(f"[{differ}]") if differ else None

    yeh = opts["persian"]

    def pair(s: str) -> tuple[str, str]:
        if needs.search(s) is not None:
            if yeh:
                s = persian_yeh(s)
            s = _recompose(nfc(s).translate(light), light)
        if alefs is not None and alefs.search(s) is not None:
            return s, s.translate(full)
        return s, s

    return pair


def light_full(text: str, **options: bool) -> tuple[str, str]:
    """``(light, full)``: ``text`` normalised without and with the alef step, NFC first.

    ``full`` is :func:`normalize` with ``options``; ``light`` the same with
    ``alef=False`` (hamza forms kept, the form the article test reads). Strings that no
    step changes are returned as they are (no copy): the per-type hot path of the
    tokeniser and counters. Raises :class:`helpers.errors.ArgumentError` for an unknown
    option.
    """
    return _pair(_key(options))(text)


def normalizer_table(**options: bool) -> dict[int, str | None]:
    """The :meth:`str.translate` table that :func:`normalize` uses for ``options``.

    For hot loops: ``persian_yeh(nfc(s)).translate(normalizer_table())`` equals
    ``normalize(s)`` (without :func:`persian_yeh`, every ی becomes ي).
    Raises :class:`helpers.errors.ArgumentError` (a ``TypeError``) for an unknown option name.
    """
    return _table(_key(options))


def normalize(text: str, **options: bool) -> str:
    """Return ``text`` in normalised form (see the module docstring for the steps).

    Parameters
    ----------
    text : str
        Any Unicode string. Length may change (dropped marks, decomposed ligatures).
    **options : bool
        ``diacritics``, ``tatweel``, ``alef``, ``maqsura``, ``teh_marbuta``,
        ``persian``, ``digits``, ``presentation``, ``invisible``: switch a step on or
        off; unnamed steps keep their defaults (:data:`DEFAULTS`).

    Returns
    -------
    str
        The normalised string. ``normalize(normalize(s)) == normalize(s)``.

    Raises
    ------
    helpers.errors.ArgumentError
        ``text`` is not a str, or an option name is unknown (also a ``TypeError``).

    Examples
    --------
    >>> normalize("مخطَّط")
    'مخطط'
    >>> normalize("العراقـية")
    'العراقية'
    >>> normalize("على علي")  # maqsura kept by default: the name survives
    'على علي'
    >>> normalize("علی ایران فی")  # Farsi yeh: على and في as the lexicon spells them
    'على ايران في'
    >>> normalize("٢٠٢٤ ١٢٫٥")
    '2024 12.5'
    """
    if not isinstance(text, str):
        raise ArgumentError(f"normalize() needs a str, got {type(text).__name__}")
    key = _key(options)
    table = _table(key)
    text = nfc(text)
    persian = _PERSIAN.get(key)
    if persian is None:
        persian = _PERSIAN[key] = dict(key)["persian"]
    if persian:
        text = persian_yeh(text)
    return _recompose(text.translate(table), table)


#: Whether an options key (:func:`_key`) asks for the Persian step, per key met: a dict
#: made from the key at every call cost a fifth of :func:`normalize` (session 15).
_PERSIAN: dict[tuple[tuple[str, bool], ...], bool] = {}


def _recompose(s: str, table: dict) -> str:
    """NFC again where a step put a composing mark next to a letter: a presentation
    form unfolded before a combining hamza (ﴒ + U+0654 → ط ي U+0654 → ط ئ), so that
    normalising twice gives the same string."""
    again = nfc(s)
    return s if again == s else again.translate(table)


#: An abbreviation in Latin letters written with dots (S.T.C, U.N.): its key drops them.
_DOTTED_LATIN = re.compile(r"[a-z](?:\.[a-z])+\.?")
#: The Arabic article written in Latin letters at the start of one token, before the
#: name: Al-/El- with a hyphen (any of :data:`helpers.charsets.WORD_HYPHENS`:
#: Al‑Qaeda), or Al/El joined to a capitalised name (AlJazeera, ElBaradei); not the
#: first letters of a word (Alstom, Elsevier, Albert). Group 1 is
#: the article, the name starts at the match's end. Read by :func:`latin_key` and by
#: :func:`helpers.entities.keys.latin_article_split`.
LATIN_ARTICLE = re.compile(rf"([Aa][Ll]|[Ee][Ll])(?:[{WORD_HYPHENS}]|(?=[A-Z][a-z]))(?=[A-Za-z])")


def latin_key(norm: str) -> str:
    """Key of a token that is no Arabic word (Latin word, abbreviation, number, mark):
    its case folded, so that an alias STC meets stc and Stc (brands write themselves
    in small letters: stc, mbc), and an abbreviation of single Latin letters with dots
    written without them (S.T.C → stc, U.N. → un). A leading Latin article (Al/El) with
    a hyphen or joined to a capitalised name is written joined (Al-Jazeera, AlJazeera
    → aljazeera; session 19), as :func:`helpers.entities.keys.join_latin_article` joins
    it when written as a token of its own (Al Jazeera); other hyphens stay (Coca-Cola →
    coca-cola; the Unicode hyphens U+2010/U+2011 are written ``-``: Al‑Qaeda → alqaeda,
    Coca‑Cola → coca-cola). The one rule for gazetteer aliases and the text alike
    (:func:`helpers.entities.keys.phrase_keys`, :mod:`helpers.entities.matcher`, which
    import it from :mod:`helpers.entities.keys`) and for the quote layer's Latin words
    (:func:`helpers.quotes.phrase._platform`); here, below both, since session 19.
    Pure string work; raises nothing.

    >>> latin_key("STC"), latin_key("S.T.C"), latin_key("Al-Jazeera"), latin_key("3.5")
    ('stc', 'stc', 'aljazeera', '3.5')
    >>> latin_key("AlJazeera"), latin_key("Alstom")
    ('aljazeera', 'alstom')
    """
    norm = norm.translate(ASCII_HYPHENS)
    m = LATIN_ARTICLE.match(norm)
    if m:
        norm = m.group(1) + norm[m.end() :]
    k = norm.casefold()
    if _DOTTED_LATIN.fullmatch(k):
        return k.replace(".", "")
    return k
