"""Discourse connectives written as a phrase leave the n-gram views as formulas do
(session 23, branch terms23): helpers.text.connectives / is_connective of
text/data/connectives.tsv, applied by helpers.sections.without_formulas.

Right values counted by hand from the stories below.
"""

import pandas as pd
import pytest

from helpers.errors import ArgumentError
from helpers.freq import count_corpus, term_frequencies
from helpers.sections import FORMULAS_NOTE, without_formulas
from helpers.text import connectives, is_connective
from helpers.text.stopwords import _connective_problem

# keys by hand (من، في، على stopwords, no part of an n-gram):
# a: جهة اخرى افتتح وزير معرض / وقت سابق افتتح وزير معرض
A = "ومن جهة أخرى افتتح الوزير المعرض. وفي وقت سابق افتتح الوزير المعرض."
# b: على صعيد اخر زار وزير جهة حكومية
B = "وعلى صعيد آخر زار الوزير جهة حكومية."


def test_the_phrases_of_connectives_tsv_keyed():
    assert connectives()[0] == ("من", "جهة", "اخرى")
    assert len(connectives()) == 8


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("جهة اخرى", True),
        ("وقت سابق", True),
        ("صعيد اخر", True),
        ("ناحية اخرى", True),
        ("جهة", False),  # one word
        ("جهة حكومية", False),  # leaves the phrase
        ("من جهة", False),  # holds a stopword: never counted as an n-gram
        ("اخرى جهة", False),  # not in order
        (None, False),
    ],
)
def test_is_connective(term, expected):
    assert is_connective(term) is expected


def test_the_bigram_view_leaves_them_out_and_closes_the_ranks():
    stories = pd.DataFrame(
        {"story_id": ["a", "b"], "title": ["", ""], "body": [A, B], "outlet": ["x", "x"]}
    )
    counts = count_corpus(stories)
    table = term_frequencies(counts, by="outlet", n=2, stories=stories)
    # bigrams by hand: جهة اخرى 1، اخرى افتتح 1، افتتح وزير 2، وزير معرض 2، وقت سابق 1،
    # سابق افتتح 1، صعيد اخر 1، اخر زار 1، زار وزير 1، وزير جهة 1، جهة حكومية 1
    assert dict(zip(table["term"], table["count"], strict=True))["وقت سابق"] == 1
    out = without_formulas(table)
    assert out.attrs["formulas_dropped"] == 3  # جهة اخرى، وقت سابق، صعيد اخر
    assert not {"جهة اخرى", "وقت سابق", "صعيد اخر"} & set(out["term"])
    # the words around a connective stay, and جهة of «جهة حكومية»
    assert {"اخرى افتتح", "جهة حكومية", "وزير جهة"} <= set(out["term"])
    # ranks close up: افتتح وزير and وزير معرض (2) first, the 6 bigrams seen once third
    assert sorted(out["rank"]) == [1, 1] + [3] * 6
    assert "من جهة أخرى" in FORMULAS_NOTE


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (("جهة", "x"), "one word"),
        (("من جهة أخرى.", "x"), "not one Arabic word"),
    ],
)
def test_a_damaged_row_is_named(row, problem):
    assert problem in _connective_problem(row)


def test_a_damaged_file_raises_naming_it_and_the_line(monkeypatch):
    from helpers import io

    real = io._package_bytes

    def fake(package, name):
        if name == "connectives.tsv":
            return "# a comment\nphrase\tsource\nمن جهة أخرى\tok\nجهة\tone word\n".encode()
        return real(package, name)

    monkeypatch.setattr(io, "_package_bytes", fake)
    connectives.cache_clear()
    try:
        with pytest.raises(ArgumentError, match=r"connectives\.tsv") as info:
            connectives()
        assert "line 4" in str(info.value) and "one word" in str(info.value)
    finally:
        connectives.cache_clear()
