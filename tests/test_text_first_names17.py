"""Session 17: a listed first name is a word of its own, never proclitic + remainder.

A hostile tester found فراس read as ف + راس "head" (so «فراس الخطيب» was no person and
راس a top term), لجين as ل + جين "gene", وهيب as و + هيب. The first-name lists
(``helpers/text/data/first_names.txt`` and ``first_names_extra.txt``) are now exceptions
of the clitic splitter; a proclitic before the name still splits (وفراس → و + فراس), and
a name written with the article keeps the article reading (المعتصم → ال + معتصم).
Values worked out by hand.
"""

import pytest
from clitic_reading import one

from helpers.freq import count_terms


@pytest.mark.parametrize(
    "word", ["فراس", "لجين", "باراك", "وليام", "لويد", "بيلي", "كلايف", "باولا", "لمين"]
)
def test_a_listed_first_name_stays_whole(word):
    assert one(word) == ("", word)


@pytest.mark.parametrize(
    ("word", "clitics", "base"),
    [
        ("وفراس", "و", "فراس"),  # the conjunction before the name still splits
        ("ولجين", "و", "لجين"),
        ("المعتصم", "ال", "معتصم"),  # a name written with the article: the article reading
        ("للافروف", "ل", "لافروف"),  # no name of the lists: the lexicon decides as before
        ("وعلي", "و", "علي"),
        # a first name is kept whole but is no evidence for a split: وجود "existence"
        # is no و + the name جود (the hand list's words are: ولبنان)
        ("وجود", "", "وجود"),
        ("وفيصل", "و", "فيصل"),
        ("ولبنان", "و", "لبنان"),
    ],
)
def test_proclitics_around_names(word, clitics, base):
    assert one(word) == (clitics, base)


def test_a_name_no_longer_counts_as_head():
    table = count_terms(["وقال فراس الخطيب: «سأعود»."], progress=False)
    assert "فراس" in set(table["term"])
    assert "راس" not in set(table["term"])
