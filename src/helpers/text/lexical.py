"""What the Arabic lexicon says about a written word, for the entity and quote rules.

The lexicon is the text layer's (:mod:`helpers.text.lexicon`): wordfreq 3.1.1's Arabic
"large" list (620,701 forms with frequencies, offline), keyed by the default normalised
form. A frequency is on the Zipf scale: log10(occurrences per billion words), 0 for a
form the list does not hold. Two questions are asked of it:

:func:`whole_word_wins`
    Is a word that starts like a proclitic (و ف ب ل ك) a word of its own rather than
    clitic + remainder? The remainder must be at least :data:`PEEL_MARGIN` Zipf units
    (:data:`CONJ_MARGIN` for و ف) more frequent than the whole word: بدمشق 3.85 vs
    دمشق 5.07 splits; فرقة 4.72 vs رقة 3.40, لدينا 5.15 vs دينا 4.25, بروس 4.16 vs
    روس 4.42 stay whole, so they never become الرقة, دينا or the Russians.
:func:`looks_like_name`
    Is a word no ordinary Arabic word? An Arabic noun or adjective takes the article
    and pronoun suffixes (مصدر 5.05 / المصدر 4.98 / مصدره 3.69); a foreign name does
    not (ترودو 3.30 / التردو 0; لافروف 3.17 / اللافروف 0; كلينتون 4.00 / الكلينتون 0),
    and a name nobody spelled before (هيوبا) is not in the list at all. Adverbs in -ا
    (مجددا، سابقا) are recognised by their attested stem (المجدد، السابق).

Both are used only next to other evidence (a title, a reporting verb, a first name): on
its own, a rare word is as likely a typo as a name.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = [
    "CONJ_MARGIN",
    "PEEL_MARGIN",
    "hal_participle",
    "hal_shape",
    "looks_like_name",
    "preposition_noun",
    "suffixed_noun",
    "verb_form",
    "whole_word_wins",
    "zipf",
]

#: Zipf units by which the remainder must beat the whole word for a preposition ب ل ك
#: to be peeled (بألمانيا 3.76 / ألمانيا 4.85 is the closest place split measured, 1.09;
#: بأنه 5.44 / أنه 6.19 is 0.75, بسام 0.53, بروس 0.26).
PEEL_MARGIN = 0.9
#: The same for the conjunction و ف alone, which attaches to any word, so وX is attested
#: for most frequent X (وإسبانيا 3.81 / إسبانيا 4.69: 0.88; وأستراليا 0.78), while a
#: word in و is far more frequent than its rest (وليد -1.10, ولاية -2.79) or close to
#: it (وسام 4.23 / سام 4.35: 0.12).
CONJ_MARGIN = 0.5
#: A definite form attested within this many Zipf units of the word marks an ordinary
#: word (ناشطون 4.20 / الناشطون 3.19 is ordinary; ماكرون 3.17 / الماكرون 1.90 a name).
_ARTICLE_GAP = 1.2


@lru_cache(maxsize=65536)
def zipf(light: str) -> float:
    """Zipf frequency (log10 per billion words, 0.0 if unattested) of a written form.

    Looked up in the text layer's lexicon (:func:`helpers.text.lexicon.zipf`, keyed by
    the default normalised form, so forms that differ only in hamza or alef are summed:
    the one copy of the list the tokeniser already holds).
    """
    from helpers.text import normalize
    from helpers.text.lexicon import zipf as text_zipf

    return text_zipf(normalize(light))


@lru_cache(maxsize=65536)
def whole_word_wins(whole: str, rest: str) -> bool:
    """True when the lexicon reads ``whole`` as one word rather than clitic + ``rest``.

    Both are light forms; ``rest`` is ``whole`` without its proclitic(s). An unattested
    whole word never wins (للافروف 0: ل + لافروف).
    """
    zw = zipf(whole)
    if zw == 0.0:
        return False
    conj = all(ch in "وف" for ch in whole[: len(whole) - len(rest)])
    return zipf(rest) - zw < (CONJ_MARGIN if conj else PEEL_MARGIN)


def takes_article(light: str, gap: float = _ARTICLE_GAP) -> bool:
    """True when ``light`` (no proclitic, no article) is a noun by the count of its
    definite form: ال + ``light`` is attested within ``gap`` Zipf units of the word
    (default :data:`_ARTICLE_GAP`: غضب 4.54 / الغضب 4.61, مصدر; not فاين 3.95 / الفاين
    1.73). The first test of :func:`looks_like_name`; the quotes layer's noun test
    (:func:`helpers.quotes.wordkinds._noun_reading`) asks it with a narrower gap."""
    za = zipf("ال" + light)
    return za > 0.0 and za >= zipf(light) - gap


def hal_shape(norm: str) -> bool:
    """``norm`` (a normalised word, no proclitic, tanween gone) has the shape of an
    indefinite accusative active participle, م...ا: 5 letters or more, starting in م and
    ending in ا, not in يا (ماليزيا، موريتانيا are places). Arabic grammar: the حال
    (circumstantial) is indefinite and accusative (معللا، محذرا، مستطردا)."""
    return len(norm) >= 5 and norm[0] == "م" and norm[-1] == "ا" and not norm.endswith("يا")


@lru_cache(maxsize=65536)
def hal_participle(norm: str, *, inflected: bool = False) -> bool:
    """``norm`` is an indefinite accusative participle (حال) that ends the name before
    it and is never a name itself: :func:`hal_shape` and an Arabic word, the word at
    Zipf >= 1.0 or its form without the alef at Zipf >= 2.0 (wordfreq's Arabic list:
    معددا 1.48، مستطردا 1.30، مختتما 1.73، معللا: معلل). The caller excludes listed
    first names and words with a proclitic. Used by the quotes (a speaker's name ends
    before it, session 22 quotes22) and by the entity rules (no unknown name after a
    title: وقال الرئيس معللا, session 22 hostfix22c).

    ``inflected``: also ask that the feminine, the form without the alef + ة, be attested
    (معللة 2.25، محذرة 3.01، متسائلة 2.85): a participle inflects for gender, a foreign
    name of the same shape does not (مادونا، مونيكا، مارتينا: 0.0). The entity rules
    ask it, where a name is at stake (المغنية مادونا); it loses the rare مستطردا،
    مختتما whose feminine wordfreq lacks."""
    if not (hal_shape(norm) and (zipf(norm) >= 1.0 or zipf(norm[:-1]) >= 2.0)):
        return False
    return not inflected or zipf(norm[:-1] + "ة") > 0.0


@lru_cache(maxsize=65536)
def looks_like_name(light: str) -> bool:
    """True when the lexicon gives no sign that ``light`` is an ordinary Arabic word.

    ``light`` has no proclitic and no article. False for words of fewer than 3 letters,
    words whose definite form is attested within :data:`_ARTICLE_GAP` Zipf units of the
    word (مصدر، مسؤول، خبراء), words attested with a pronoun suffix ه or ها, and
    accusative adverbs in ا whose stem takes the article (مجددا → المجدد), and verbs
    (their other persons are attested: زار → زارت، سيسافر → ستسافر).
    """
    if len(light) < 3 or light.startswith("ال") or light.endswith("ة"):
        return False  # ة ends Arabic nouns and names, not transliterated foreign names
    zw = zipf(light)
    if takes_article(light):
        return False
    if zipf(light + "ه") > 0.0 or zipf(light + "ها") > 0.0:
        return False
    if light.endswith("ا") and zipf("ال" + light[:-1]) >= 2.0:
        return False
    if suffixed_noun(light):
        return False
    if light.startswith("لل") and len(light) > 4:
        zr = zipf("ا" + light[1:])  # للتطوير = ل + التطوير
        if zr > 0.0 and zr >= zw - _ARTICLE_GAP:
            return False
    if light[0] in "لبوفك" and len(light) > 4:
        rest = light[1:]
        if suffixed_noun(rest):
            return False  # لمحققيه: a proclitic the tokeniser left on an ordinary word
        zr = zipf("ال" + rest)
        if zr > 0.0 and zr >= zw - _ARTICLE_GAP:
            # لاختبار (3.91): the rest takes the article (الاختبار 4.35), so the word is
            # a preposition + an ordinary noun the tokeniser left whole; لافروف is not
            # (الافروف 0), nor بوتين beside the rare الوتين
            return False
    return not verb_form(light)


#: Zipf from which a word in ل/ب/ك whose rest takes the article is read as preposition +
#: noun even after a first name (لاختبار 3.91); family names of that shape are rarer
#: (بترجي 2.18, though الترجي is 3.60).
_PREP_NOUN_ZIPF = 3.0


@lru_cache(maxsize=65536)
def preposition_noun(light: str) -> bool:
    """True when a word left whole by the tokeniser is a preposition ل ب ك + an ordinary
    indefinite noun: frequent itself (Zipf >= 3.0) and its rest takes the article within
    :data:`_ARTICLE_GAP` of it: لاختبار (3.91; الاختبار 4.35), بتطوير; not بترجي (a
    family name, 2.18), لافروف (اللافروف 0)."""
    if len(light) < 5 or light[0] not in "لبك":
        return False
    zw = zipf(light)
    if zw < _PREP_NOUN_ZIPF:
        return False
    zr = zipf("ال" + light[1:])
    return zr > 0.0 and zr >= zw - _ARTICLE_GAP


def suffixed_noun(light: str) -> bool:
    """A noun with a pronoun suffix: a stem of it without the suffix takes the article
    at Zipf >= 2. The stems are the text layer's (:func:`helpers.text.clitics.stems`,
    the one list of pronoun suffixes): حينها (الحين), كلمته (الكلمة: ت written for ة
    before a suffix), مسؤوليتها، عناصرهما (العناصر), مسلحيهم (المسلحين), وجودها
    (الوجود); a construct form in ي also without it, يديه (اليد). The accusative alef
    is no suffix (سابقا is an adverb). Construct forms that drop ن: dual صحيفتا
    (الصحيفة), plural محققو + ه (المحققون)."""
    from helpers.text.clitics import stems

    for stem in stems(light, 2)[1:]:
        if light.endswith("ا") and stem == light[:-1] and not light.endswith(("ها", "نا")):
            continue
        cands = [stem]
        if stem.endswith("ي") and len(stem) > 2:
            cands.append(stem[:-1])
        if any(zipf("ال" + c) >= 2.0 for c in cands):
            return True
    if light.endswith("تا") and zipf("ال" + light[:-2] + "ة") >= 2.0:
        return True
    for suf in ("وه", "وها", "وهم"):
        if light.endswith(suf) and zipf("ال" + light[: -len(suf)] + "ون") >= 2.0:
            return True
    return False


#: Zipf from which the stem of a word in ت (its masculine past, انتهت → انتهى written
#: انته) marks a feminine past verb (:func:`verb_form`).
_PAST_STEM_ZIPF = 3.0


@lru_cache(maxsize=65536)
def verb_form(light: str) -> bool:
    """A verb by its attested conjugations: past زار → زاروا، زارت; present يزور →
    تزور، نزور, future سيسافر → ستسافر. Names have none (ترودو → يرودو 0). A feminine
    or plural past is read from its other persons too: ارتفعت (ارتفع 4.30, ارتفعوا
    2.12), قتلوا (قتلت 3.13); names in ت have no such stem (جانيت، روبرت، هانت: هانوا
    1.82), names in وا none of three letters ending in a consonant (جنوا، ستيوا)."""
    if zipf(light + "وا") >= 1.5 or zipf(light + "ت") >= 2.0:
        return True
    if len(light) >= 4 and light.endswith("ت"):
        stem = light[:-1]
        if zipf(stem) >= _PAST_STEM_ZIPF and zipf(stem + "وا") >= 2.0:
            return True
    # a plural stem of three letters or more, no long vowel at its end (a defective
    # verb drops it: بقوا، مشوا), so no ستيوا (Steaua), جنوا (Genoa)
    stem = light[:-2]
    if (
        light.endswith("وا")
        and len(stem) >= 3
        and stem[-1] not in "اوي"
        and zipf(stem + "ت") >= 2.0
    ):
        return True
    head, rest = "", light
    if light[0] == "س" and light[1:2] in ("ي", "ت", "ن"):
        head, rest = "س", light[1:]
    if rest[0] in "يتنأ":
        for p in "يتنأ":
            if p != rest[0] and zipf(head + p + rest[1:]) >= 1.5:
                return True
    return False
