"""Session 20 (branch hostfix20): four defects a hostile tester confirmed on d7da541,
each fixed as a kind, with values worked out by hand."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
from entity_stories import person_rows
from quote_cases import story_quotes

from helpers.charsets import BIDI_CONTROLS
from helpers.charts.labels import first_strong_is_ltr
from helpers.charts.skeleton import bidi_name
from helpers.corpus.duplicates import title_words
from helpers.display import interactive_table, rtl_table, shorten
from helpers.text.agreement import verb_gender
from helpers.text.clitics import without_conjunction

# --- 4. a title's invisible or typographic differences are no other title


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("مقتل\u200fجنود", "مقتلجنود"),  # RLM inside a word
        ("مقتل\u200bجنود", "مقتلجنود"),  # ZWSP
        ("مقتل\u200cجنود", "مقتلجنود"),  # ZWNJ
        ("مقت\u00adل جنود", "مقتل جنود"),  # soft hyphen
        ("مقتلـ جنود", "مقتل جنود"),  # tatweel
        ("مُقتل جنود", "مقتل جنود"),  # a damma
        ("مقتل ٥ جنود", "مقتل 5 جنود"),  # Arabic-Indic digit
        ("مقتل ۵ جنود", "مقتل 5 جنود"),  # Eastern Arabic-Indic digit
        (unicodedata.normalize("NFD", "أمير الرياض"), "أمير الرياض"),  # NFD hamza
    ],
)
def test_title_words_read_invisible_and_typographic_differences_as_one(variant, plain):
    assert title_words(variant) == title_words(plain)


def test_title_words_values():
    # worked by hand: RLM dropped (no space), tatweel and damma dropped, ٥ -> 5,
    # the quotation marks and the dash read as spaces
    assert title_words("مُقتلـ\u200f «جنود» - ٥") == "مقتل جنود 5"
    # NFD alef + U+0654 composed to أ, which is kept: a hamza is spelling, not typography
    assert title_words(unicodedata.normalize("NFD", "أمير")) == "أمير"
    assert title_words("إلى أبها") != title_words("الى أبها")
    # a different word stays a different title
    assert title_words("مقتل جنود") != title_words("مقتل جندي")


# --- 2. a reporting verb with its conjunction و/ف gives its subject's gender


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("واضافت", "f"),
        ("وتابعت", "f"),
        ("فاجابت", "f"),
        ("وختمت", "f"),
        ("واعربت", "f"),
        ("وتضيف", "f"),
        ("واضاف", "m"),
        ("واشار", "m"),
        ("وشدد", "m"),
        ("ويضيف", "m"),
        ("وقالت", "f"),
        ("وقال", "m"),
        # a listed word of its own beginning with و is read whole, not as و + word
        ("واصل", "m"),
        ("وصف", "m"),
        # no reporting word with or without و
        ("والتعليم", ""),
        ("وكتاب", ""),
    ],
)
def test_verb_gender_reads_the_verb_without_its_conjunction(word, gender):
    assert verb_gender(word) == gender


def test_without_conjunction():
    known = {"اضافت", "واصل", "اصل"}
    assert without_conjunction("واضافت", known) == "اضافت"
    assert without_conjunction("فاضافت", known) == "اضافت"
    assert without_conjunction("واصل", known) == "واصل"  # a known word itself
    assert without_conjunction("بالاضافت", known) == "بالاضافت"  # ب is no conjunction
    assert without_conjunction("وقال", known) == "وقال"  # قال is not in known


_HUDA = (
    "وقالت الدكتورة هدى الحذيفي إن التعليم مهم. وقال الأستاذ أحمد الحذيفي إن الصحة أهم. "
    "وأضافت الحذيفي: «المدارس جاهزة». وقالت الحذيفي: «الطلاب جاهزون»."
)


def test_a_bare_surname_after_a_verb_with_a_conjunction_takes_the_woman():
    huda, ahmad = "rule:PERSON:هدى_الحذيفي", "rule:PERSON:احمد_الحذيفي"
    assert person_rows(_HUDA, "entity_id") == [
        ("هدى الحذيفي", huda),
        ("أحمد الحذيفي", ahmad),
        ("الحذيفي", huda),  # after وأضافت: was أحمد (d7da541)
        ("الحذيفي", huda),
    ]
    q = story_quotes(_HUDA)
    # one woman, one speaker id (was phrase:هدى الحذيفي for the first quote)
    assert list(zip(q["speaker"], q["speaker_id"], strict=True)) == [("هدى الحذيفي", huda)] * 2


# --- 3. a Latin name in a chart's text keeps the neutral characters at its ends


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ('=HYPERLINK("http://e")', '\u200e=HYPERLINK("http://e")\u200e\u200f'),
        ("@alarabiya", "\u200e@alarabiya\u200e\u200f"),
        ("(BBC)", "\u200e(BBC)\u200e\u200f"),
        ("-sabq", "\u200e-sabq\u200e\u200f"),
        ("okaz", "\u200eokaz\u200e\u200f"),
        # an override in the name is removed first (safe_text), then the name is Latin
        ("\u202eevil-01", "\u200eevil-01\u200e\u200f"),
        # Arabic first, or no strong character: today's form, RLM only
        ("سبق-", "سبق-\u200f"),
        ("الـBBC", "الـBBC\u200f"),
        ("2015-07-21", "2015-07-21\u200f"),
        ("@", "@\u200f"),
    ],
)
def test_bidi_name(name, expected):
    assert bidi_name(name) == expected


def test_first_strong_is_ltr():
    assert first_strong_is_ltr("-sabq")
    assert first_strong_is_ltr("(BBC) عاجل")
    assert not first_strong_is_ltr("سبق okaz")
    assert not first_strong_is_ltr("123 @")


# --- 1. a bidi control in a table cell is shown as its code


_FILE = "news\u202eevil.txt"
_TITLE = "عنوان \u2066الخبر\u200f الأول"


def test_shorten_writes_bidi_controls_as_codes_and_keeps_the_marks():
    assert shorten(_FILE) == "news⟨U+202E⟩evil.txt"
    # U+2066 coded; the RLM after الخبر kept as itself (it opens nothing)
    assert shorten(_TITLE) == "عنوان ⟨U+2066⟩الخبر\u200f الأول"
    for c in BIDI_CONTROLS:
        assert shorten(f"a{c}b") == f"a⟨U+{ord(c):04X}⟩b"
    # the codes count towards the cut: 10 characters, the ellipsis included; the cut
    # falls before a code it would split (session 21: it kept «⟨U+202E» unclosed)
    assert shorten("ab\u202ecdefgh", 10) == "ab…"


@pytest.mark.parametrize("table", [rtl_table, interactive_table])
def test_tables_show_bidi_controls_as_codes(table):
    df = pd.DataFrame({"source_file": [_FILE, "other.txt"], "title": [_TITLE, "عنوان"]})
    html = table(df).data
    assert not any(c in html for c in BIDI_CONTROLS)
    assert "news⟨U+202E⟩evil.txt" in html
    assert "عنوان ⟨U+2066⟩الخبر\u200f الأول" in html
