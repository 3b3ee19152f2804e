"""Session 18: the Persian yeh with a combining hamza, a Latin accent inside an Arabic
word, and the one reader of the first-name lists (hand-worked values)."""

from __future__ import annotations

import pytest

from helpers.errors import GazetteerError, KhabarError
from helpers.text import normalize, tokenize
from helpers.text.normalize import light_full

FARSI_YEH, HAMZA = "\u06cc", "\u0654"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (FARSI_YEH + HAMZA, "ئ"),  # alone: normalize gave ي, the tokeniser ئ
        ("ر" + FARSI_YEH + HAMZA + "س", "رئس"),  # inside a word: both gave رس without the seat
        ("شاط" + FARSI_YEH + HAMZA, "شاطئ"),  # at the end: no ى/ي choice, the seat
        ("ر" + FARSI_YEH + "\u064e" + HAMZA + "س", "رئس"),  # a fatha between (NFC order)
        ("ر" + FARSI_YEH + HAMZA + "\u064e" + "س", "رئس"),  # and the order before NFC
    ],
)
def test_a_farsi_yeh_with_hamza_above_is_the_seat_everywhere(text, want):
    assert normalize(text) == want
    assert light_full(text) == (want, want)
    assert tokenize(text)["norm"].tolist() == [want]


def test_a_farsi_yeh_without_hamza_keeps_its_rule():
    # the neighbours: final ی is ى or ي by the lexicon, inside a word ي
    assert normalize("علی ایران فی") == "على ايران في"
    # the persian step off: ی stays, the hamza goes with the diacritics, in both paths
    assert normalize(FARSI_YEH + HAMZA, persian=False) == FARSI_YEH
    assert light_full(FARSI_YEH + HAMZA, persian=False)[0] == FARSI_YEH


def test_a_latin_accent_inside_an_arabic_word_is_a_mark_of_the_word():
    # U+0301 after ر split مدرسة into مدر and سة; now one word, the key without it
    t = tokenize("مدر\u0301سة كبيرة")
    assert t["surface"].tolist() == ["مدر\u0301سة", "كبيرة"]
    assert t["norm"].tolist() == ["مدرسة", "كبيرة"]
    assert normalize("مدر\u0301سة") == "مدرسة"
    # the other blocks of combining marks too (U+20D7 of the marks for symbols)
    assert tokenize("مدر\u20d7سة")["norm"].tolist() == ["مدرسة"]
    # kept with diacritics=False, as an Arabic mark is
    assert normalize("مدر\u0301سة", diacritics=False) == "مدر\u0301سة"
    # a Latin word NFC composes keeps its letter (é), one NFC leaves loses the mark
    assert tokenize("Me\u0301xico")["norm"].tolist() == ["México"]
    assert normalize("x\u0301y") == "xy"


def test_one_reader_gives_names_and_flags():
    from helpers.text.first_names import first_name_lines

    got = first_name_lines("first_names.txt")
    assert {"فراس": "", "سعيد": "common", "عمر": "noun"}.items() <= dict(got).items()
    assert all(flag in ("", "common", "noun") for _, flag in got)
    with pytest.raises(GazetteerError, match="no first-name list"):
        first_name_lines("places.txt")


def test_a_bad_first_name_line_is_one_error_in_both_layers(package_file):
    # the clitic splitter raised ArgumentError, the gazetteer GazetteerError, for the
    # same line: now both read it through helpers.text.first_names.first_name_lines
    from helpers.entities import gazetteer
    from helpers.text import clitics
    from helpers.text.normalize import _key

    package_file("helpers.text", "first_names.txt", "# names\nأمل\nسعيد\tcomon\n".encode())
    readers = (gazetteer.first_names.__wrapped__, lambda: clitics._name_words.__wrapped__(_key({})))
    for read in readers:
        with pytest.raises(GazetteerError, match=r"first_names\.txt, line 3") as err:
            read()
        assert err.value.line == 3
        assert isinstance(err.value, KhabarError)


def test_the_gazetteer_reader_reads_only_its_own_package(package_file):
    # gazetteer._lines chose helpers.text for a first-name file by its name; now it
    # reads helpers/entities/data only
    from helpers.entities import gazetteer

    package_file("helpers.entities", "first_names.txt", "زيد\n".encode())
    assert gazetteer._lines("first_names.txt") == ["زيد"]
