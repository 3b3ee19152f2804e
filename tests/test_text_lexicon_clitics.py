"""Issue 13: lexicon-backed proclitics, one text layer, bad input.

Expected values are the readings an Arabic reader gives these words (worked out by hand);
Zipf values quoted in comments are wordfreq 3.1.1's Arabic large list.
"""

import unicodedata

import pytest
from clitic_reading import one

from helpers.charsets import ARABIC_LETTER_SET, has_arabic_letter, is_arabic_letter
from helpers.text import Analyser, analyse_types, letter_offset, normalize, tokenize
from helpers.text.lexicon import zipf


@pytest.mark.parametrize(
    ("word", "clitics", "base"),
    [
        # the examples, each word tokenised alone
        ("للافروف", "ل", "لافروف"),  # لافروف 3.17, افروف absent
        ("للاجئين", "ل+ال", "لاجئين"),  # ل + ال + لاجئين, three lams written two
        ("والدته", "", "والدته"),  # his mother, not و + ال + دته
        ("ولاية", "", "ولاية"),  # not و + ل + اية
        ("واحد", "", "واحد"),  # not و + احد: الواحد is a word (article test)
        ("ولد", "", "ولد"),  # not و + ل + د
        ("كاليفورنيا", "", "كاليفورنيا"),
        ("فالنتينو", "", "فالنتينو"),
        ("بالمر", "", "بالمر"),  # Palmer, not ب + ال + مر
        ("بشأن", "ب", "شان"),
        ("باسم", "ب", "اسم"),
        ("لصالح", "ل", "صالح"),
        ("بوضوح", "ب", "وضوح"),
        ("سيكون", "س", "يكون"),  # future prefix
        ("ستكون", "س", "تكون"),
        ("سيتم", "س", "يتم"),
        ("كرئيس", "ك", "رئيس"),  # ك where the lexicon supports it
        # and where it does not: root letters
        ("كمال", "", "كمال"),
        ("كريم", "", "كريم"),
        ("كبير", "", "كبير"),
        ("سيارة", "", "سيارة"),
        ("سنوات", "", "سنوات"),
        ("سمير", "", "سمير"),
        ("سيدي", "", "سيدي"),
        ("ستوب", "", "ستوب"),  # Stubb: توب is no verb (يوب is rare)
        # function words after a conjunction
        ("وفي", "و", "في"),
        ("فقد", "ف", "قد"),
        ("وقد", "و", "قد"),
        ("وبالتالي", "و+ب+ال", "تالي"),
        ("كالعادة", "ك+ال", "عادة"),
        ("بالدم", "ب+ال", "دم"),
        # the words from real articles
        ("بأنه", "ب", "انه"),  # not the place بانه
        ("بانه", "ب", "انه"),
        ("فرقة", "", "فرقة"),  # a band, not ف + رقة (Raqqa)
        ("لدينا", "", "لدينا"),  # a stopword form, not ل + دينا
        ("وزير", "", "وزير"),
    ],
)
def test_word_alone(word, clitics, base):
    assert one(word) == (clitics, base)


def test_splits_do_not_depend_on_the_corpus():
    # the same word gets the same reading alone and inside a text without its remainder
    for word in ("للافروف", "للاجئين", "بشأن", "سيكون", "والدته", "واحد"):
        alone = one(word)
        rows = tokenize(f"قال المتحدث إن الوزير {word} أمس")
        row = rows[rows["surface"] == word].iloc[0]
        assert (row["clitics"], row["base"]) == alone


@pytest.mark.parametrize(
    "host",
    # their remainders after a wrong split would be the stopword-list entries
    # د، اية، عدا، لكي، اين: a stopword never licenses a split by being one
    ["ولد", "ولاية", "بد", "فلكي"],
)
def test_stopwords_never_license_a_split(host):
    clitics, base = one(host)
    assert clitics == ""
    assert base == normalize(host)


def test_corpus_attestation_is_the_second_signal():
    # a name the lexicon lacks: whole alone, split when the text has it bare
    assert zipf("زيلوخوف") == 0.0
    assert one("لزيلوخوف") == ("", "لزيلوخوف")
    got = analyse_types(["لزيلوخوف"], attested=["زيلوخوف"])["لزيلوخوف"]
    assert (got.clitics, got.base) == ("ل", "زيلوخوف")


def test_lexicon_values_used_in_the_docstrings():
    # published values of wordfreq 3.1.1 (the brief quotes them)
    assert zipf("لافروف") == 3.17
    assert zipf("للافروف") == 0.0
    assert zipf("افروف") == 0.0
    assert zipf("دته") == 0.0


def test_lexicon_is_not_loaded_at_import():
    import subprocess
    import sys

    code = (
        "import sys, helpers, helpers.text, helpers.freq, helpers.corpus;"
        "print(any(m.startswith('wordfreq') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- bad input ---------------------------------------------------------------------

NEWS = "قال رئيس المؤتمر إن المسؤولين سيبحثون شؤون اللاجئين في آب"


@pytest.mark.parametrize("form", ["NFD", "NFKD", "NFKC"])
def test_decomposed_text_gives_the_same_keys(form):
    text = unicodedata.normalize(form, NEWS)
    assert text != NEWS or form == "NFKC"
    base = list(tokenize(NEWS)["base"])
    assert list(tokenize(text)["base"]) == base
    assert base[1:3] == ["رئيس", "مؤتمر"]
    assert normalize(unicodedata.normalize("NFD", "رئيس")) == "رئيس"  # not رييس
    assert normalize(unicodedata.normalize("NFD", "مؤتمر")) == "مؤتمر"  # not موتمر


def test_nfd_keys_in_streaming_counts_too():
    from helpers.freq import count_terms

    nfd = unicodedata.normalize("NFD", "رئيس مؤتمر")
    assert sorted(count_terms([nfd], progress=False)["term"]) == ["رئيس", "مؤتمر"]


def test_presentation_forms():
    # ﻻ (U+FEFB) and ﷲ (U+FDF2) from PDFs; reshaped word forms of قال
    text = "\ufefb \ufdf2 \ufed7\ufe8e\ufedd"
    rows = tokenize(text)
    assert list(rows["norm"]) == ["لا", "الله", "قال"]
    assert list(rows["kind"]) == ["word"] * 3


def test_zwnj_and_zwj_inside_words():
    rows = tokenize("ال\u200cعراق وال\u200dحكومة")
    assert list(rows["surface"]) == ["ال\u200cعراق", "وال\u200dحكومة"]
    assert list(rows["base"]) == ["عراق", "حكومة"]
    assert list(rows["clitics"]) == ["ال", "و+ال"]


def test_persian_and_urdu_letters():
    # ی (U+06CC) ک (U+06A9) ۀ (U+06C0) are letters, folded to ي ك ه
    rows = tokenize("کتاب الکبیر ۀ")
    assert list(rows["kind"]) == ["word", "word", "word"]
    assert list(rows["norm"]) == ["كتاب", "الكبير", "ه"]
    assert list(rows["base"])[1] == "كبير"
    assert all(is_arabic_letter(c) for c in "یکۀ")


def test_quranic_marks():
    # ٱ (alef wasla), small high marks, dagger alef, small waw (U+06E5)
    text = "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝ إِلَٰهِهِۥ"
    rows = tokenize(text)
    words = rows[rows["kind"] == "word"]
    assert list(words["norm"]) == ["بسم", "الله", "الرحمن", "الرحيم", "الهه"]
    assert list(words["base"])[2:4] == ["رحمن", "رحيم"]


@pytest.mark.parametrize(
    ("text", "surface", "clitics", "base"),
    [
        ("و2006", "و2006", "و", "2006"),
        ("ب15000 دولار", "ب15000", "ب", "15000"),
        ("بـ15000", "بـ15000", "ب", "15000"),
        ("وب2006", "وب2006", "و+ب", "2006"),
        ("ل٢٠٢٤", "ل٢٠٢٤", "ل", "2024"),
    ],
)
def test_clitic_on_a_number_is_not_a_token(text, surface, clitics, base):
    rows = tokenize(text)
    row = rows.iloc[0]
    assert (row["surface"], row["kind"], row["clitics"], row["base"]) == (
        surface,
        "number",
        clitics,
        base,
    )
    assert text[row["start"] : row["end"]] == surface


def test_clitic_on_a_number_is_not_counted_as_a_word():
    from helpers.freq import count_terms

    table = count_terms(["و2006 وزير"], progress=False)
    assert list(table["term"]) == ["وزير"]
    assert table.attrs["tokens"] == 1


# --- the API the entity matcher and quotes use ---------------------------------------


def test_reading_peels_what_the_lexicon_allows():
    a = Analyser()
    r = a.reading("للعراق")
    assert (r.clitics, r.base, r.form, r.peeled, r.definite) == ("ل+ال", "عراق", "العراق", 1, True)
    # no split licensed for بالمر (Palmer) and فرقة (band)
    assert a.reading("فرقة").peeled == 0
    assert a.reading("بالمر").peeled == 0
    r = a.reading("وَالعراق")
    assert (r.form, r.peeled) == ("العراق", 1)
    assert letter_offset("وَالعراق", r.peeled) == 2


def test_charsets_one_definition():
    assert has_arabic_letter("x ب") and not has_arabic_letter("، ٣ ـ")
    assert "\u0640" not in ARABIC_LETTER_SET  # tatweel is no letter
    assert "\u060c" not in ARABIC_LETTER_SET  # Arabic comma
    assert "\ufefb" in ARABIC_LETTER_SET  # lam-alef ligature
