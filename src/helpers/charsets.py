"""Character classes of Arabic text: the one definition every module uses.

The loader (is a file Arabic?), the decoder (does a decoding read as Arabic?), the
cleaner (is a run plausible cp1256 text?), the tokeniser (what is a word?), the streaming
counter, the gazetteer (is an alias written in Arabic letters?) and the chart labels (does
a label need right-to-left handling?) all import their classes from here.

Classes are given three ways where useful: as the body of a regular-expression character
class (``f"[{ARABIC_LETTERS}]"``), as a :class:`frozenset` of characters (``ch in
ARABIC_LETTER_SET``, the fastest test in a loop) and as a compiled pattern.

Source of the inventories: The Unicode Standard 15.0, code charts of the Arabic blocks
(U+0600-06FF Arabic, U+0750-077F Arabic Supplement, U+08A0-08FF Arabic Extended-A,
U+FB50-FDFF Arabic Presentation Forms-A, U+FE70-FEFF Presentation Forms-B), general
categories from Python's :mod:`unicodedata`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "ALEF_MAQSURA",
    "ALEF_WASLA",
    "ARABIC_INDIC_DIGITS",
    "ARABIC_INDIC_NUMBER",
    "ARABIC_LETTERS",
    "ARABIC_LETTER_RE",
    "ARABIC_LETTER_SET",
    "ARABIC_SCRIPT",
    "ARABIC_SCRIPT_SET",
    "ASCII_DIGITS",
    "ASCII_HYPHENS",
    "BASIC_LETTERS",
    "BASIC_LETTER_SET",
    "BIDI_CONTROLS",
    "COMPOSING_MARKS",
    "DASHES",
    "DASH_SET",
    "DECIMAL_SEPARATOR",
    "DIACRITICS",
    "DIACRITIC_CLASS",
    "DIGITS",
    "DIGIT_ZEROS",
    "DIRECTION_MARKS",
    "DOUBLE_QUOTE_PAIRS",
    "FILLERS",
    "HAMZA_ALEFS",
    "HONORIFIC_LIGATURES",
    "HONORIFIC_LIGATURE_SET",
    "INVISIBLE",
    "LATIN_MARKS",
    "LOOSE_FOLD",
    "NARRATION_LIGATURES",
    "NARRATION_LIGATURE_SET",
    "OTHER_MARKS",
    "OTHER_NUMERALS",
    "PRESENTATION_FORMS",
    "QUOTE_PAIRS",
    "REVERSED_OPENER",
    "SPACING_HARAKAT",
    "SPACING_HARAKAT_SET",
    "TANWIN",
    "TATWEEL",
    "TEH_MARBUTA",
    "THOUSANDS_SEPARATOR",
    "VARIATION_SELECTORS",
    "WITHOUT_DIRECTION_MARKS",
    "WITHOUT_INVISIBLE",
    "WITHOUT_LABEL_MARKS",
    "WORD_HYPHENS",
    "WORD_HYPHEN_SET",
    "WORD_LETTERS",
    "ZWNJ",
    "has_arabic_letter",
    "is_arabic_letter",
    "nfc",
]


def _chars(*ranges: tuple[int, int] | int) -> list[str]:
    out: list[str] = []
    for r in ranges:
        if isinstance(r, int):
            out.append(chr(r))
        else:
            out.extend(chr(c) for c in range(r[0], r[1] + 1))
    return out


def _set(cls: str) -> frozenset[str]:
    # every class here lies in the Arabic blocks: test only those code points
    pat = re.compile(f"[{cls}]")
    cps = [*range(0x0600, 0x0900), *range(0xFB50, 0xFF00)]
    return frozenset(c for c in map(chr, cps) if pat.match(c))


#: Honorific and blessing ligatures (regex class body): one glyph for a formula of
#: several words said after a name, never a name or part of one. ﷺ (U+FDFA, صلى الله
#: عليه وسلم) and ﷻ (U+FDFB, جل جلاله) are letters (category Lo, decomposed by NFKC
#: into their words); ﷽ ﷾ ﷿ (U+FDFD-FDFF: the basmala, سبحانه وتعالى، عز وجل) and the
#: honorifics U+FD40-FD4F and U+FDCF (﷏ سلامه علينا) added in Unicode 14 (﵀ رحمه
#: الله، ﵁ رضي الله عنه، ﵇ عليه السلام) are symbols (So) with no decomposition. The
#: pieces a legacy encoding spelt a blessing with are letters too: ﷵ (U+FDF5, named
#: SALAM, decomposed into صلعم, the abbreviation of صلى الله عليه وسلم), ﷷ (U+FDF7,
#: عليه), ﷸ (U+FDF8, وسلم), ﷹ (U+FDF9, صلى). Left out of the block (not blessings):
#: the Koranic stop signs U+FDF0-FDF1, ﷲ ﷳ ﷴ ﷶ (U+FDF2-FDF4, FDF6: الله، أكبر، محمد،
#: رسول: words, a name, a title), the rial sign U+FDFC and the ornate parentheses
#: U+FD3E-FD3F (no letters either: :data:`ARABIC_LETTERS`). Source: the Unicode 15.0
#: code chart of Arabic Presentation Forms-A, the characters named "ARABIC LIGATURE ...".
HONORIFIC_LIGATURES = "\ufd40-\ufd4f\ufdcf\ufdf5\ufdf7-\ufdfb\ufdfd-\ufdff"
HONORIFIC_LIGATURE_SET: frozenset[str] = _set(HONORIFIC_LIGATURES)

#: The ligatures of :data:`HONORIFIC_LIGATURES` said only after the name of a prophet or a
#: Companion of the Prophet (regex class body): the tarḍiya ﵁-﵅ (U+FD41-FD45, رضي الله
#: عنه ... عنهن), the tasliya ﵆ ﵌ ﷺ (U+FD46, FD4C, FDFA) with its pieces ﷵ ﷹ (U+FDF5,
#: FDF9: صلعم، صلى), and the taslīm ﵇-﵊ ﵍ (U+FD47-FD4A, FD4D: عليه السلام ...). Not the
#: tarḥīm ﵀ ﵏ (U+FD40, FD4F: رحمه الله, said of any dead person) nor God's praise.
#: Source: the Unicode 15.0 character names of these code points.
NARRATION_LIGATURES = "\ufd41-\ufd4a\ufd4c\ufd4d\ufdf5\ufdf9\ufdfa"
NARRATION_LIGATURE_SET: frozenset[str] = _set(NARRATION_LIGATURES)


def _class_body(chars: frozenset[str]) -> str:
    """A regex class body (escaped code-point ranges) matching exactly ``chars``."""
    cps = sorted(map(ord, chars))
    runs: list[list[int]] = []
    for c in cps:
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in runs)


#: Spacing forms of the harakat (U+FE70-FE72, FE74, FE76-FE7F: fathatan, dammatan,
#: kasratan, fatha, damma, kasra, shadda, sukun, isolated or on a tatweel): letters by
#: their general category (Lo), marks in use: a legacy encoder's way to write a haraka,
#: which NFKC turns into a space or tatweel and the combining mark. Inside a word they
#: are read as its marks (:func:`helpers.text.tokenize`), alone they are no token: a
#: letter class holding them made a word of a lone ﹰ, whose term key was empty.
SPACING_HARAKAT = "\ufe70-\ufe72\ufe74\ufe76-\ufe7f"
SPACING_HARAKAT_SET: frozenset[str] = frozenset(
    c
    for c in map(chr, range(0xFE70, 0xFE80))
    if any(unicodedata.combining(d) for d in unicodedata.normalize("NFKC", c))
)

#: Arabic letters of every Arabic-script language (regex class body): the 36 letters of
#: Arabic with hamza forms, Persian/Urdu/Kurdish/Pashto additions (ی ک ۀ ے پ چ ژ گ), the
#: supplement and Extended-A letters, presentation forms (ﻻ ﷲ, from PDFs and reshaped
#: text) and the :data:`HONORIFIC_LIGATURES`. Made from those blocks' ranges by the
#: Unicode general category: a letter (L*) is in, and so is a honorific ligature (So);
#: not included: tatweel (U+0640, a joining stroke), combining marks, the
#: :data:`SPACING_HARAKAT` (marks written as letters), digits, punctuation (، ؛ ؟ ٪ ۔
#: and the ornate parentheses ﴾ ﴿ U+FD3E-FD3F, Ps/Pe), the rial sign ﷼ (U+FDFC, Sc),
#: the spacing dots and rings of letters (U+FBB2-FBC1, Sk), signs (U+06FD, U+06FE) and
#: unassigned code points.
ARABIC_LETTER_SET: frozenset[str] = (
    frozenset(
        c
        for c in _set(
            "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef"
            "\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc"
        )
        if unicodedata.category(c).startswith("L") or c in HONORIFIC_LIGATURE_SET
    )
    - SPACING_HARAKAT_SET
)
ARABIC_LETTERS = _class_body(ARABIC_LETTER_SET)
ARABIC_LETTER_RE = re.compile(f"[{ARABIC_LETTERS}]")


#: The letters of Modern Standard Arabic (regex class body): hamza, alef forms, the 28
#: letters, ta marbuta, alef maqsura (U+0621-063A, U+0641-064A). Gazetteer aliases are
#: written in these.
BASIC_LETTERS = "\u0621-\u063a\u0641-\u064a"
BASIC_LETTER_SET: frozenset[str] = _set(BASIC_LETTERS)

#: Every code point of the Arabic-script blocks (letters, marks, digits, punctuation,
#: presentation forms): "is this character Arabic script at all" (regex class body).
ARABIC_SCRIPT = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
ARABIC_SCRIPT_SET: frozenset[str] = _set(ARABIC_SCRIPT)

#: Presentation forms (regex class body): contextual glyph codes, decomposed by NFKC.
PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefc"

#: The letters a word is made of (regex class body): :data:`ARABIC_LETTERS` without the
#: :data:`HONORIFIC_LIGATURES`, which the tokeniser splits off as tokens of their own
#: (محمدﷺ is محمد then ﷺ: the blessing ends the name, it is no letter of it).
WORD_LETTERS = _class_body(ARABIC_LETTER_SET - HONORIFIC_LIGATURE_SET)

#: The zeros of the digit blocks khabar reads as digits: Western ``0`` (U+0030),
#: Arabic-Indic ``٠`` (U+0660), Eastern Arabic-Indic ``۰`` (U+06F0, Persian/Urdu) and
#: fullwidth ``０`` (U+FF10, from CJK input methods and PDFs); each block is its zero
#: and the nine code points after it. The one digit rule: :data:`DIGITS` and
#: :data:`ASCII_DIGITS` are both built from it (session 23, branch fix23e).
DIGIT_ZEROS: tuple[int, ...] = (0x0030, 0x0660, 0x06F0, 0xFF10)

#: Western, Arabic-Indic, Eastern Arabic-Indic (Persian/Urdu) and fullwidth (U+FF10-FF19,
#: from CJK input methods and PDFs) digits (regex class body, from :data:`DIGIT_ZEROS`):
#: one kind, each read as its ASCII digit by :data:`ASCII_DIGITS` (session 23: fullwidth
#: ones kept their form).
DIGITS = "".join(f"{chr(z)}-{chr(z + 9)}" for z in DIGIT_ZEROS)


def _numerals() -> str:
    from helpers.errors import CorpusFormatError
    from helpers.io import read_data_rows

    def check(row: tuple[str, ...]) -> str | None:
        first, last, category = row
        if not (re.fullmatch("[0-9A-F]{4,6}", first) and re.fullmatch("[0-9A-F]{4,6}", last)):
            return f"code points must be 4 to 6 hex digits in capitals, got {first} {last}"
        if int(last, 16) < int(first, 16) or int(last, 16) > 0x10FFFF:
            return f"{first}-{last} is no range of code points"
        return None if category in ("Nd", "Nl", "No") else f"category {category} is no number's"

    _, rows = read_data_rows(
        "helpers",
        "numerals.tsv",
        ("first", "last", "category"),
        error=CorpusFormatError,
        check=check,
    )
    esc = "\\U{:08x}".format
    return "".join(
        esc(int(a, 16)) if a == b else f"{esc(int(a, 16))}-{esc(int(b, 16))}" for a, b, _ in rows
    )


#: Numerals of every other kind (regex class body, from ``helpers/data/numerals.tsv``):
#: the characters of Unicode's number categories (Nd decimal digits, Nl letter numbers,
#: No other numbers) that are not :data:`DIGITS`: other scripts' digits
#: (Devanagari ०-९), superscripts and subscripts (م² «square metre», ³), fractions (½),
#: circled numbers (①), Roman numerals (Ⅻ). The tokeniser reads a run of them as a
#: ``number`` token, never a counted term; inside a word of another script they stay
#: part of it (H₂O). Raises :class:`helpers.errors.CorpusFormatError` naming the file
#: and line if the file is broken (a bad edit or install). Source: the Unicode Character
#: Database's General_Category (the file says which version).
OTHER_NUMERALS = _numerals()

#: Dashes that join a byline or dateline's parts («عمر إبراهيم – عين اليوم»، «سبق-الرياض»):
#: hyphen-minus, en dash, em dash, as a set (:data:`DASH_SET`) and as a regex class body
#: (:data:`DASHES`, the hyphen escaped). Not the tatweel ـ (:data:`TATWEEL`), which
#: lengthens a word; a reader that also takes a lone ـ between words as a dash (a byline
#: «الرياضي ـ جدة») adds it itself (:mod:`helpers.entities.rules.lexicons`).
DASH_SET: frozenset[str] = frozenset("-\u2013\u2014")
DASHES = "".join(re.escape(c) for c in sorted(DASH_SET))

#: Hyphens inside a Latin-letter word (Coca-Cola, Al-Jazeera): hyphen-minus, the Unicode
#: HYPHEN U+2010 and NON-BREAKING HYPHEN U+2011 (word processors write Al‑Qaeda so), as
#: a set (:data:`WORD_HYPHEN_SET`) and a regex class body (:data:`WORD_HYPHENS`), read
#: by the tokenizer's ``latin`` kind and :func:`helpers.text.normalize.latin_key`, which
#: writes them all ``-`` (:data:`ASCII_HYPHENS`, a :meth:`str.translate` table). The
#: figure dash, en and em dashes and horizontal bar (U+2012-2015) are dashes between
#: words, not hyphens (session 19, fixent19).
WORD_HYPHEN_SET: frozenset[str] = frozenset("-\u2010\u2011")
WORD_HYPHENS = "".join(re.escape(c) for c in sorted(WORD_HYPHEN_SET))
ASCII_HYPHENS: dict[int, str] = {ord(c): "-" for c in WORD_HYPHEN_SET - {"-"}}

#: The Arabic decimal separator ٫ (U+066B) and thousands separator ٬ (U+066C).
DECIMAL_SEPARATOR = "\u066b"
THOUSANDS_SEPARATOR = "\u066c"

#: Arabic-Indic (U+0660-0669), Eastern Arabic-Indic (U+06F0-06F9) and fullwidth
#: (U+FF10-FF19) digits to ASCII ``0``-``9``: a :meth:`str.translate` table
#: (``"٢٠٢٤".translate(ASCII_DIGITS) == "2024"``, ``"２０２４"`` too). The one digit rule:
#: built from :data:`DIGIT_ZEROS` as :data:`DIGITS` is, every digit of :data:`DIGITS`
#: that is not ASCII is in it (NFC keeps fullwidth digits,
#: which only NFKC folds: this table does, without a second normaliser).
ASCII_DIGITS: dict[int, str] = {
    zero + i: str(i) for zero in DIGIT_ZEROS if zero != ord("0") for i in range(10)
}

#: ASCII digits ``0``-``9`` to Arabic-Indic ``٠``-``٩`` (U+0660-0669): a
#: :meth:`str.translate` table for numbers shown to Arabic readers (chart labels).
ARABIC_INDIC_DIGITS: dict[int, str] = {ord(str(i)): chr(0x0660 + i) for i in range(10)}
#: :data:`ARABIC_INDIC_DIGITS` plus ``.`` to the Arabic decimal separator ٫ and ``,`` to
#: the Arabic thousands separator ٬: a number written ``12,345.5`` becomes ``١٢٬٣٤٥٫٥``.
ARABIC_INDIC_NUMBER: dict[int, str] = {
    **ARABIC_INDIC_DIGITS,
    ord("."): DECIMAL_SEPARATOR,
    ord(","): THOUSANDS_SEPARATOR,
}

#: Combining marks of Arabic: harakat, tanwin, shadda, sukun, the combining hamza and
#: madda (U+0653-0655), dagger alef (U+0670), Quranic annotation marks.
DIACRITICS: list[str] = _chars(
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    0x0670,
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E6),  # includes the small waw and yeh of Quranic spelling (U+06E5-06E6)
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x08D3, 0x08E1),
    (0x08E3, 0x08FF),
)
#: Combining diacritics of Latin script (U+0300-036F, regex class body): accents of
#: decomposed Latin words (café as e + U+0301).
LATIN_MARKS = "\u0300-\u036f"
#: Combining marks of other scripts: Combining Diacritical Marks (U+0300-036F, less the
#: grapheme joiner U+034F of :data:`INVISIBLE`) and their Extended, Supplement, For
#: Symbols and Half Marks blocks (U+1AB0-1AFF, U+1DC0-1DFF, U+20D0-20FF, U+FE20-FE2F).
#: Inside an Arabic word (مدر + U+0301 + سة, pasted from a Latin keyboard) such a mark is
#: treated as the Arabic ones are: the word goes on across it (the tokeniser), the
#: surface keeps it and the ``diacritics`` step of :func:`helpers.text.normalize` drops
#: it from keys (session 18: the accent split the word in two). A Latin letter + accent
#: that NFC composes (e + U+0301 = é) is composed first (:func:`nfc`) and keeps it.
OTHER_MARKS: list[str] = _chars(
    (0x0300, 0x034E),
    (0x0350, 0x036F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)
#: Marks that Unicode NFC composes with the letter before them (regex class body): Latin
#: accents and the Arabic madda and hamza above/below (ا + U+0653 = آ, ي + U+0654 = ئ).
COMPOSING_MARKS = LATIN_MARKS + "\u0653-\u0655"

#: The three tanwin marks (fathatan, dammatan, kasratan, U+064B-U+064D): an indefinite
#: declinable noun or adjective ends in one; a function word never carries one.
TANWIN = "\u064b\u064c\u064d"
#: :data:`DIACRITICS` as the body of a regular-expression character class.
DIACRITIC_CLASS = "".join(re.escape(c) for c in DIACRITICS)
#: Tatweel (kashida), the joining stroke that lengthens a word: العراقـية.
TATWEEL = "\u0640"
#: Quote marks: each opening mark and the mark that closes it (the one definition of
#: which marks pair as quotes, session 24): guillemets « », curly double quotes “ ” and
#: the low-9 „ that German-style text closes with ”, curly single quotes ‘ ’, straight
#: double and single quotes (the same mark at both ends). Read by the quote layer's
#: spans (:mod:`helpers.quotes.spans`, every pair), the tokeniser's quoted names
#: (:func:`helpers.text.tokenize.quoted_name_stops`, the double ones), the matcher's
#: reversed guillemet (:data:`REVERSED_OPENER`) and an outlet's self-citation
#: (:data:`helpers.own_names.CITE_QUOTES`). Source: the Unicode 15.0 character names
#: (LEFT/RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK, LEFT/RIGHT DOUBLE QUOTATION MARK,
#: DOUBLE LOW-9 QUOTATION MARK, LEFT/RIGHT SINGLE QUOTATION MARK).
QUOTE_PAIRS: dict[str, str] = {
    "«": "»",
    "“": "”",
    "„": "”",
    "‘": "’",
    '"': '"',
    "'": "'",
}
#: The pairs of :data:`QUOTE_PAIRS` that are double marks (« “ „ "): the single ones
#: (‘ ’ ') are also written as apostrophes and elision marks (don't، Al'Ula), so only a
#: reader that tells them apart (the quote layer) pairs them.
DOUBLE_QUOTE_PAIRS: dict[str, str] = {o: c for o, c in QUOTE_PAIRS.items() if o not in "‘'"}
#: The closing guillemet that some outlets also write as the opening one (almadina:
#: لـ»المدينة»، 52 times in 40 stories of the non-held-out outlets; session 23, kinds23):
#: when it opens is the rule :func:`helpers.text.tokenize.opens_reversed`.
REVERSED_OPENER = "»"
#: Alef with hamza or madda (أ إ آ), alef wasla (ٱ) and the rarer hamza alefs (ٲ ٳ ٵ):
#: the letters the ``alef`` step of :func:`helpers.text.normalize` writes as bare ا.
HAMZA_ALEFS = "أإآٱٲٳٵ"
#: Alef wasla (U+0671) of vocalised and Quranic text: a bare alef with the wasla mark,
#: no hamza, so it writes the article (ٱلله, ٱلرحمن) as ا does.
ALEF_WASLA = "\u0671"
#: Alef maqsura ى (U+0649) and teh marbuta ة (U+0629), the two letters often written
#: for ي and ه (and the reverse).
ALEF_MAQSURA = "\u0649"
TEH_MARBUTA = "\u0629"
#: Farsi yeh (U+06CC): dotless at the end of a word, so Arabic typed on a Persian
#: keyboard writes the final ى of على، إلى، لدى with it (علی السوق), and the ي inside a
#: word (ایران). Source: The Unicode Standard 15, §9.2 (U+06CC "Farsi yeh": no dots in
#: final and isolated forms, two dots below in initial and medial forms).
FARSI_YEH = "\u06cc"
#: The combining hamza above (U+0654). After a yeh it writes the hamza seat ئ (NFC
#: composes ي + U+0654 to U+0626); after the Farsi yeh ی, which NFC leaves alone, it
#: writes the same seat on a Persian keyboard (ریٔس for رئس): :func:`helpers.text.
#: normalize.persian_yeh` makes the pair ئ, the one place this is decided (session 18).
HAMZA_ABOVE = "\u0654"
#: Yeh with hamza above ئ (U+0626), the seat :data:`FARSI_YEH` + :data:`HAMZA_ABOVE` is.
YEH_HAMZA = "\u0626"

#: A loose :meth:`str.translate` fold for matching a line or word against a fixed list
#: (navigation boilerplate, month names), where conflating letters costs nothing: every
#: :data:`HAMZA_ALEFS` to ا, ى to ي, ة to ه, tatweel dropped. Never a term key: keys
#: keep ى and ة apart (:func:`helpers.text.normalize`).
LOOSE_FOLD: dict[int, str | None] = {
    **{ord(c): "ا" for c in HAMZA_ALEFS},
    ord(ALEF_MAQSURA): "ي",
    ord(TEH_MARBUTA): "ه",
    ord(TATWEEL): None,
}

#: Directional marks (U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT MARK, U+061C
#: ARABIC LETTER MARK): invisible, they only steer the bidi algorithm. Story text keeps
#: them (:mod:`helpers.corpus.clean`); a label shown on its own (a term's label, a
#: group's name in a figure) does not: a chart or a table sets a label's direction
#: itself (:func:`helpers.charts.prepare_label` adds its own RLM), and a mark inside a
#: label is an invisible difference between two labels that look the same.
DIRECTION_MARKS = "\u200e\u200f\u061c"
#: :meth:`str.translate` table removing :data:`DIRECTION_MARKS`.
WITHOUT_DIRECTION_MARKS: dict[int, None] = {ord(c): None for c in DIRECTION_MARKS}

#: Bidi embeddings, overrides and isolates (U+202A-U+202E LRE RLE PDF LRO RLO,
#: U+2066-U+2069 LRI RLI FSI PDI): unlike :data:`DIRECTION_MARKS` they open or close a
#: run and reorder everything up to its end (the "Trojan Source" characters,
#: CVE-2021-42574). Story text loses them (:mod:`helpers.corpus.clean`); a table shows
#: them as codes (:func:`helpers.display.shorten`). One string of the nine characters,
#: for ``in`` tests and character classes alike.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE (two of :data:`BIDI_CONTROLS`):
#: khabar's own text between them reads left to right wherever it is shown, in an
#: HTML table, a right-to-left paragraph or a text dump of a page
#: (:func:`helpers.display.p_value_text`: «< 0.001» read «0.001 >», session 21).
LRI, PDI = "\u2066", "\u2069"

#: Variation selectors (U+FE00-FE0F): they choose a glyph's presentation (an emoji's
#: VS16), so an emoji keeps them; pasted inside a word they are invisible (in
#: :data:`INVISIBLE`), but a display never shows them as codes (:mod:`helpers.display`).
VARIATION_SELECTORS: list[str] = _chars((0xFE00, 0xFE0F))
#: Invisible formatting characters that sit inside words in scraped or pasted text.
INVISIBLE: list[str] = _chars(
    0x034F,  # combining grapheme joiner
    (0x200B, 0x200F),  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    0x061C,  # ALM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2064),  # word joiner and invisible operators
    (0x2066, 0x2069),  # bidi isolates
    0xFEFF,  # BOM / ZWNBSP
    0x00AD,  # soft hyphen
)
INVISIBLE += VARIATION_SELECTORS  # an emoji's VS16 pasted inside a word
#: ZERO WIDTH NON-JOINER (U+200C, in :data:`INVISIBLE`): in Persian and Urdu names it is
#: spelling (علی‌کریمی: the letters before it take their final form), so a curated name
#: keeps it as typed (:func:`helpers.entities.gazetteer.read_gazetteer_csv`).
ZWNJ = "\u200c"
#: Hangul fillers (U+115F, U+1160, U+3164, U+FFA0): letters (category Lo) that show
#: as blank space; pasted into a name they are invisible and match nothing. With the
#: format characters (category Cf) outside :data:`INVISIBLE` (TAG characters
#: U+E0000-E007F, U+180E, the interlinear annotation marks U+FFF9-FFFB) a curated name
#: holding one is refused (:func:`helpers.entities.gazetteer.read_gazetteer_csv`).
FILLERS = "\u115f\u1160\u3164\uffa0"
#: :meth:`str.translate` table removing :data:`INVISIBLE` (names and ids, never story text).
WITHOUT_INVISIBLE: dict[int, None] = {ord(c): None for c in INVISIBLE}
#: :meth:`str.translate` table of a term's label shown on its own (charts, tables of
#: terms): without :data:`INVISIBLE` (directional marks, bidi embeddings, overrides and
#: isolates, ZWSP, ZWNJ, ZWJ, word joiners, BOM, soft hyphen: a scraped «\u202bدنقلا\u202c»
#: made the pair label «مدينة دنقلا\u202c», invisible in a chart, a stray control in a CSV
#: and a second label that looks the same; session 17), :data:`DIACRITICS` (tashkeel: a
#: story's vowelled أستمدّ or آمنَ is shown أستمد, آمن: the letters of the word as
#: written, as the other labels are) and :data:`TATWEEL` (العراقـية → العراقية). Hamza and
#: alef forms, teh marbuta and alef maqsura are letters and stay.
WITHOUT_LABEL_MARKS: dict[int, None] = {
    **WITHOUT_INVISIBLE,
    **{ord(c): None for c in DIACRITICS},
    ord(TATWEEL): None,
}


def is_arabic_letter(ch: str) -> bool:
    """True when the one character ``ch`` is in :data:`ARABIC_LETTERS`. Raises nothing."""
    return ch in ARABIC_LETTER_SET


def has_arabic_letter(text: str | None) -> bool:
    """True when ``text`` holds at least one Arabic letter (:data:`ARABIC_LETTERS`)."""
    return bool(text) and ARABIC_LETTER_RE.search(text) is not None


_NFC_NEEDED = re.compile(f"[{COMPOSING_MARKS}]")


def nfc(text: str) -> str:
    """Unicode NFC (Unicode Standard Annex #15), the first step of every analysis and of
    every metadata cell read (dates).

    Text decomposed to NFD or NFKD writes a hamza seat as letter + combining hamza
    (رئيس as ر ي U+0654 س); dropping the mark as a diacritic would give رييس. NFC
    composes it back (ئ) first; so too a decomposed Latin accent (déc. as e + U+0301).
    A string without a composable mark is returned as is (no copy). Raises nothing for
    a str.
    """
    if _NFC_NEEDED.search(text) is None:
        return text
    return unicodedata.normalize("NFC", text)
