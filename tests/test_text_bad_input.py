"""Issue 13, bad input: the same keys from the tokeniser and the streaming counter.

Each expected value is what an Arabic reader writes for the word in plain NFC text
(worked out by hand); the hostile spelling must give it on both paths.
"""

import unicodedata

import pytest

from helpers.freq import count_terms
from helpers.text import tokenize

# (hostile text, its one token's norm, clitics, base)
CASES = [
    # ZWNJ / ZWJ between a proclitic and the word
    ("و\u200cالعراق", "والعراق", "و+ال", "عراق"),
    ("ل\u200dلعراق", "للعراق", "ل+ال", "عراق"),
    # presentation forms (PDF text): ﻟﻠﻌﺮﺍﻕ = للعراق, ﺳﻴﻜﻮﻥ = سيكون, وﻻية = ولاية
    ("\ufedf\ufee0\ufecc\ufeae\ufe8d\ufed5", "للعراق", "ل+ال", "عراق"),
    ("\ufeb3\ufef4\ufedc\ufeee\ufee5", "سيكون", "س", "يكون"),
    ("و\ufefbية", "ولاية", "", "ولاية"),
    # Quranic spelling: alef wasla writes the article, harakat and small marks dropped
    ("بِٱلْعِرَاقِ", "بالعراق", "ب+ال", "عراق"),
    # Persian and Urdu letters: ک ی ۀ are folded to ك ي ه
    ("وکتاب", "وكتاب", "و", "كتاب"),
    ("فی", "في", "", "في"),
    # decomposed hamza seats
    (unicodedata.normalize("NFD", "والرئيس"), "والرئيس", "و+ال", "رئيس"),
    (unicodedata.normalize("NFKD", "بالمؤتمر"), "بالمؤتمر", "ب+ال", "مؤتمر"),
]


@pytest.mark.parametrize(("text", "norm", "clitics", "base"), CASES)
def test_hostile_spellings_tokenise_to_the_plain_word(text, norm, clitics, base):
    rows = tokenize(text)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["kind"], row["norm"], row["clitics"], row["base"]) == ("word", norm, clitics, base)
    assert text[row["start"] : row["end"]] == row["surface"] == text


@pytest.mark.parametrize(("text", "norm", "clitics", "base"), CASES)
def test_hostile_spellings_count_under_the_plain_key(text, norm, clitics, base):
    table = count_terms([text], progress=False, drop_stop=False)
    assert list(table["term"]) == [base]
    assert table.attrs["tokens"] == 1


@pytest.mark.parametrize(
    ("text", "clitics", "base"),
    [
        ("و۲۰۰۶", "و", "2006"),  # Eastern Arabic-Indic (Persian) digits
        ("ف٢٠٠٦", "ف", "2006"),  # Arabic-Indic digits after ف
        ("كـ15000", "ك", "15000"),  # tatweel between the clitic and the number
    ],
)
def test_a_clitic_on_digits_belongs_to_the_number(text, clitics, base):
    rows = tokenize(text)
    assert list(rows["kind"]) == ["number"]
    assert (rows["clitics"].iloc[0], rows["base"].iloc[0]) == (clitics, base)
    assert len(count_terms([text], progress=False)) == 0  # numbers are not terms
