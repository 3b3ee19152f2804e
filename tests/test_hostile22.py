"""Session 22 (hostile22): a hostile tester's confirmed defects, each fixed as a kind.
Every expected value below is worked out by hand from the rule it tests."""

import re
import unicodedata

import pytest

from helpers.charsets import DIGITS, OTHER_NUMERALS
from helpers.io import read_data_rows
from helpers.text.tokenize import counted_surfaces, kind_of, tokenize

# ------------------------------- 1. numerals outside DIGITS are numbers, not terms


def _numerals_in_file() -> set[str]:
    _, rows = read_data_rows("helpers", "numerals.tsv", ("first", "last", "category"))
    return {chr(c) for a, b, _ in rows for c in range(int(a, 16), int(b, 16) + 1)}


def _numerals_of_unicode() -> set[str]:
    digit = re.compile(f"[{DIGITS}]")
    return {
        ch
        for ch in map(chr, range(0x110000))
        if unicodedata.category(ch) in ("Nd", "Nl", "No") and not digit.match(ch)
    }


def test_numerals_file_is_the_unicode_number_categories_less_digits():
    # the header names the Unicode version the file was made from: on that version the
    # file is exactly the N* code points outside DIGITS; on a later one, each of its code
    # points is still one (General_Category of an assigned number does not change)
    listed = _numerals_in_file()
    ours = _numerals_of_unicode()
    from importlib.resources import files

    text = files("helpers").joinpath("data/numerals.tsv").read_text(encoding="utf-8")
    version = re.search(r"Unicode Character Database (\d+\.\d+\.\d+)", text).group(1)
    if unicodedata.unidata_version == version:
        assert listed == ours
    else:
        assert listed <= ours
    # by hand: superscript two, one half, Devanagari one, circled one, Roman numeral
    # twelve are in; ASCII 5, Arabic-Indic ٥, Persian ۵, fullwidth ５ (a digit since
    # session 23, hostfix23) and a letter are not
    assert {"\u00b2", "\u00bd", "\u0967", "\u2460", "\u216b"} <= listed
    assert not {"5", "\u0665", "\u06f5", "\uff15", "a", "\u0645"} & listed
    assert re.fullmatch(f"[{OTHER_NUMERALS}]+", "\u00b2\u0967\U0001d7ce")


def test_a_superscript_after_a_unit_is_a_number_not_a_term():
    # م² «square metre»: the word م, then ² as a number; before, ² was a latin term
    toks = tokenize("مساحة 500 م² و30 كم²")
    assert toks[["surface", "kind"]].values.tolist() == [
        ["مساحة", "word"],
        ["500", "number"],
        ["م", "word"],
        ["²", "number"],
        ["و30", "number"],
        ["كم", "word"],
        ["²", "number"],
    ]
    assert counted_surfaces("مساحة 500 م² و30 كم²") == ["مساحة", "م", "كم"]


@pytest.mark.parametrize(
    "text",
    [
        "\uff11\uff12\uff13",  # fullwidth １２３: was dropped (a digit since hostfix23)
        "\u0967\u0968",  # Devanagari १२: dropped too
        "\u00bd",  # ½: was a latin term
        "\u2460",  # ①
        "\u216b",  # Ⅻ
        "\u00b2\u00b3",  # ²³: one run, one token
    ],
)
def test_every_other_numeral_run_is_one_number_token(text):
    toks = tokenize(f"قال {text} امس")
    assert toks[["surface", "kind"]].values.tolist() == [
        ["قال", "word"],
        [text, "number"],
        ["امس", "word"],
    ]
    assert kind_of(text) == "number"
    assert counted_surfaces(f"قال {text} امس") == ["قال", "امس"]


def test_a_numeral_inside_a_word_of_another_script_stays_in_it():
    # H₂O and x² are words of Latin letters holding a numeral, as COVID19
    assert counted_surfaces("H₂O CO₂ x² COVID19") == ["H₂O", "CO₂", "x²", "COVID19"]


# ------------------------------- 2. a file name of bytes that are not UTF-8


def test_study_key_of_a_file_name_that_is_not_utf8(tmp_path):
    import os

    from helpers.study import study_key

    # bad\xff.txt: the name's byte 0xff is the lone surrogate U+DCFF in str (os.fsdecode);
    # the key hashed it with "utf-8" strict: UnicodeEncodeError, a traceback of `run`
    name = os.fsencode(str(tmp_path)) + b"/bad\xff.txt"
    with open(name, "w", encoding="utf-8") as f:
        f.write("عنوان\nقال الوزير إن الاتفاق مهم.\n")
    key = study_key(tmp_path)
    assert re.fullmatch("[0-9a-f]{20}", key)
    assert study_key(tmp_path) == key  # the same names, the same key
    os.rename(name, os.fsencode(str(tmp_path)) + b"/bad\xfe.txt")  # another byte, another key
    assert study_key(tmp_path) != key


# ------------------------------- 3. data quoted in a message is shown, never obeyed


def test_visible_message_codes_controls_and_bidi_overrides():
    from helpers.errors import visible_message

    # ESC (a terminal sequence), BEL, CR, NUL, DEL, a C1 control and U+202E are coded;
    # a tab, Arabic and a ZWNJ (a letter joiner, no control) stay; a line feed is coded
    # since hostfix22a (a message is one line, tests/test_hostfix22.py)
    assert visible_message("a\x1b[2Jb\x07\r\x00\x7f\x85\u202ec") == (
        "a⟨U+001B⟩[2Jb⟨U+0007⟩⟨U+000D⟩⟨U+0000⟩⟨U+007F⟩⟨U+0085⟩⟨U+202E⟩c"
    )
    assert visible_message("سبق\tعكاظ\nمي\u200cخواهم") == "سبق\tعكاظ⟨U+000A⟩مي\u200cخواهم"


def test_an_error_naming_a_hostile_file_shows_its_codes(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.errors import EmptyCorpusError

    (tmp_path / "evil\x1b]0;pwned\x07\u202e.txt").write_text("", encoding="utf-8")
    with pytest.raises(EmptyCorpusError) as info, pytest.warns(UserWarning) as caught:
        load_corpus(tmp_path)
    shown_name = "evil⟨U+001B⟩]0;pwned⟨U+0007⟩⟨U+202E⟩.txt"
    assert shown_name in str(info.value)
    assert "\x1b" not in str(info.value) and "\u202e" not in str(info.value)
    # the warning that skipped the file says the same
    texts = [str(w.message) for w in caught]
    assert any(shown_name in t for t in texts)
    assert not any("\x1b" in t or "\u202e" in t for t in texts)


def test_every_khabar_warning_class_codes_its_message():
    from helpers.charts.fonts import FontCoverageWarning
    from helpers.charts.skeleton import ChartWarning
    from helpers.corpus.decode import KhabarWarning
    from helpers.grouping import UnitWarning
    from helpers.notebooks import ExportSizeWarning

    for cls in (KhabarWarning, UnitWarning, ExportSizeWarning, FontCoverageWarning, ChartWarning):
        assert issubclass(cls, UserWarning)
        assert str(cls("outlet \u202eokaz")) == "outlet ⟨U+202E⟩okaz"


# ------------------------------- 4. file names that one id cannot tell apart


@pytest.mark.parametrize(
    ("first", "second", "sid"),
    [
        ("x.txt", "x\u200f.txt", "x-01"),  # an RLM an id leaves out
        ("x y.txt", "x\ny.txt", "x y-01"),  # a line break read as a space
    ],
)
def test_two_file_names_one_id_says_rename_a_file(tmp_path, first, second, sid):
    from helpers.corpus import load_corpus
    from helpers.errors import CorpusFormatError

    (tmp_path / first).write_text("عنوان\nقال الوزير إن الاتفاق مهم.\n", encoding="utf-8")
    (tmp_path / second).write_text("عنوان\nقال الوزير إن الأمن مستتب.\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError) as info:
        load_corpus(tmp_path)
    text = str(info.value)
    assert f"story ids are not unique: {sid!r}" in text
    assert "rename one of the files" in text
    assert "give every record its own id" not in text  # a .txt file has no id to give


def test_a_repeated_id_written_in_a_file_keeps_its_hint(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.errors import CorpusFormatError

    (tmp_path / "a.csv").write_text(
        "story_id,title,body\nx,t,قال الوزير إن الاتفاق مهم\nx,t,قال الوزير إن الأمن مستتب\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusFormatError, match="give every record its own id"):
        load_corpus(tmp_path)


# ------------------------------- 5. a notebook's path parameter that is no path


@pytest.mark.parametrize(("corpus", "tables", "name"), [(5, None, "CORPUS"), ("x", 7, "TABLES")])
def test_open_study_refuses_a_parameter_that_is_no_path(corpus, tables, name):
    from helpers.errors import ArgumentError
    from helpers.study import open_study

    # papermill -p CORPUS 5 gives the int 5: was a TypeError from pathlib
    with pytest.raises(ArgumentError, match=f"open_study: {name} must be a file or folder path"):
        open_study(corpus, tables=tables)
