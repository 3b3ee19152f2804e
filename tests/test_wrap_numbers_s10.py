"""Session 10: titles and subtitles wrap between words, never between a number and its
noun, and a number is kept only with its noun: not with a function word, another
number or a sign (``charts.skeleton._wrap`` glued every number to whatever followed it,
so «5 6 7 ... 22» was one unbreakable run wider than the figure). Lines worked out by
hand."""

from __future__ import annotations

import pytest

from helpers.charts.skeleton import _wrap


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        # a run of numbers breaks like words (was one line of 47 characters at width 20)
        (
            "الأسبوع 30 2015 مقابل الأسبوع 31 2015 ثم 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20"
            " 21 22",
            20,
            [
                "الأسبوع 30",
                "2015 مقابل الأسبوع",
                "31 2015 ثم 5 6 7 8 9",
                "10 11 12 13 14 15 16",
                "17 18 19 20 21 22",
            ],
        ),
        # a date stays whole (day, month, year); «21 إلى» may break: إلى is no noun
        (
            "من 21 إلى 27 يوليو 2015 (7,375 قصة) مقابل 12 صحيفة",
            20,
            ["من 21 إلى", "27 يوليو 2015", "(7,375 قصة)", "مقابل 12 صحيفة"],
        ),
        # a number and its noun never apart, Arabic-Indic digits too
        ("١٢ صحيفة و٣٠ قصة في ٢١ يوليو", 20, ["١٢ صحيفة و٣٠ قصة", "في ٢١ يوليو"]),
        # phrase ends first (session 11): «صحيفتان، 40 قصة؛» (16) fits; the rest (41)
        # splits after «:» into 32 + 8; the 32 wrap between words, balanced at 18
        (
            "صحيفتان، 40 قصة؛ الكيانات التي تذكرها أكثر القصص: 3 كيانات",
            20,
            ["صحيفتان، 40 قصة؛", "الكيانات التي", "تذكرها أكثر القصص:", "3 كيانات"],
        ),
    ],
)
def test_numbers_wrap_with_their_noun_only(text, width, lines):
    got = _wrap(text, width)
    assert got == lines
    assert " ".join(got) == text  # no space lost, none added: nothing glued
    # no line longer than the width unless a single unbreakable unit
    assert all(len(line) <= width for line in got)
