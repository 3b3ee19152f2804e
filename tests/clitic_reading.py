"""The one test helper for a word's proclitic reading, shared by the clitic tests
(session 17: it was copied line for line into five test modules)."""

from helpers.text import tokenize


def one(word):
    """(clitics, base) of ``word`` tokenised alone, so no corpus attests any form and
    the lexicon decides: ``one("كما") == ("ك", "ما")``. Fails (AssertionError naming the
    surfaces) when ``word`` is not one token."""
    rows = tokenize(word)
    assert len(rows) == 1, list(rows["surface"])
    return rows["clitics"].iloc[0], rows["base"].iloc[0]
