"""Session 17: terminal colour codes and NUL bytes between words in the loader.

Every expected value is worked out by hand from the line given.
"""

import pytest

from helpers.corpus import KhabarWarning, LineCleaner, load_corpus
from helpers.corpus.clean import fix_name, needs_repair, strip_controls


@pytest.mark.parametrize(
    ("line", "text", "removed"),
    [
        # a whole CSI sequence (ESC [ parameters final byte): colour, bold+colour, reset
        ("\x1b[31mعاجل\x1b[0m: خبر", "عاجل: خبر", r"\x1b[31m \x1b[0m"),
        ("\x1b[1;32mنص", "نص", r"\x1b[1;32m"),
        # other CSI sequences: clear screen, cursor home; an ESC and one byte (ESC M)
        ("\x1b[2J\x1b[Hنص", "نص", r"\x1b[2J \x1b[H"),
        ("نص\x1bM خبر", "نص خبر", r"\x1bM"),
        # the ESC already lost: «[31m» with no «]» closing it is a colour code
        ("[31mعاجل[0m: خبر", "عاجل: خبر", "[31m [0m"),
        ("[1;31mنص", "نص", "[1;31m"),
        # a code alone between two spaces takes one of them along
        ("نص [0m جديد", "نص جديد", "[0m"),
        # a remnant right before a real footnote: the remnant goes, the footnote stays
        ("[31m[1] نص", "[1] نص", "[31m"),
    ],
)
def test_terminal_codes_are_removed_whole(line, text, removed):
    out, fixes = strip_controls(line)
    assert (out, fixes) == (text, [f"terminal control codes removed ({removed})"])
    assert needs_repair(line)
    assert fix_name(fixes[0]) == "terminal control codes removed"


@pytest.mark.parametrize(
    "line",
    [
        "انظر [1] و[2] هنا",  # footnotes
        "ارتفاع [5m] فقط",  # a closed bracket: «5 m», text
        "مدة [3min] فقط",
        "قال [5m الارتفاع] هنا",  # a «]» closes it before the next «[»
        "[m] و [] و [12]",
        "[١٢m نص",  # Arabic-Indic digits are no colour code's
    ],
)
def test_brackets_that_are_text_stay(line):
    assert strip_controls(line) == (line, [])
    assert LineCleaner()(line).text == line


@pytest.mark.parametrize(
    ("line", "text", "fixes"),
    [
        # a NUL between two words took the space's place
        ("نص\x00خبر", "نص خبر", ["NUL bytes between words replaced by spaces"]),
        ("نص\x00\x00\x00خبر", "نص خبر", ["NUL bytes between words replaced by spaces"]),
        ("abc\x00123", "abc 123", ["NUL bytes between words replaced by spaces"]),
        # next to a space or at an end a NUL is removed, as before
        ("نص\x00 خبر", "نص خبر", ["NUL bytes removed"]),
        ("\x00\x00نص", "نص", ["NUL bytes removed"]),
        ("نص \x00\x00خبر\x00", "نص خبر", ["NUL bytes removed"]),
        # other C0 controls between words became a space already
        ("نص\x07خبر", "نص خبر", ["control characters replaced by spaces"]),
        ("نص\x1fخبر", "نص خبر", ["control characters replaced by spaces"]),
    ],
)
def test_a_nul_between_words_becomes_a_space(line, text, fixes):
    assert strip_controls(line) == (text, fixes)


def test_the_cleaning_report_records_both_repairs(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("عنوان\nخبر\x00عاجل في [31mالرياض[0m اليوم\nانظر [1] و[5m] هنا\n".encode())
    with pytest.warns(KhabarWarning, match="terminal control codes removed"):
        st, report = load_corpus(f, return_report=True)
    assert st["paragraphs"][0] == ["خبر عاجل في الرياض اليوم", "انظر [1] و[5m] هنا"]
    assert report[["line", "action"]].values.tolist() == [[2, "repaired"]]
    assert report["reason"][0] == (
        "terminal control codes removed ([31m [0m); NUL bytes between words replaced by spaces"
    )
    assert report["text"][0] == "خبر\x00عاجل في [31mالرياض[0m اليوم"
    assert report["kept"][0] == "خبر عاجل في الرياض اليوم"
    assert st["repairs"][0] == [
        "terminal control codes removed",
        "NUL bytes between words replaced by spaces",
    ]
