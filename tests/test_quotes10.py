"""Quote speakers, session 10 (issue 13, item 4): kinds a hostile tester and a newcomer
found, each fixed as a kind and tested on its instance, right values worked out by hand;
and the one list of pronoun suffixes.

The sentences are written for these tests (patterns the testers reported, seen in the
outlets), not copied from a corpus.
"""

from __future__ import annotations

import pytest

from helpers.entities import rules
from helpers.errors import ArgumentError
from helpers.text import pronoun_suffixes


def test_the_one_list_of_pronoun_suffixes_and_its_named_sets():
    # the suffixed personal pronouns of the grammars (Wright, vol. 1), longest first
    assert pronoun_suffixes("third") == ("هما", "ها", "هم", "هن", "ه")
    assert set(pronoun_suffixes("noun")) == {"ه", "ها", "هما", "هم", "هن", "ك", "كم", "ي", "نا"}
    # on a verb the first person singular is ني (كلمني), not ي
    assert set(pronoun_suffixes("verb")) == {"ه", "ها", "هما", "هم", "هن", "ك", "كم", "ني", "نا"}
    # on a preposition in a news report: third and first person, no ك (ذلك، كذلك)
    assert set(pronoun_suffixes("speech")) == {"ه", "ها", "هما", "هم", "هن", "ي", "نا"}
    with pytest.raises(ArgumentError, match="pronoun_suffixes: which must be one of"):
        pronoun_suffixes("object")


def test_every_rule_reads_its_suffixes_from_the_one_list():
    from helpers import quotes

    # the three lists that differed (session 9) are subsets of the one list, with what
    # each rule read before: the possessive and object lists of the entity rules, the
    # third-person and preposition lists of the quote rules
    assert set(rules.POSSESSIVE_SUFFIXES) == {"هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"}
    assert rules.POSSESSIVE_SUFFIXES == pronoun_suffixes("noun")
    # the object list gained هما and هن, which no noun ending of _noun_form is, so the
    # rule reads the same suffixes as before (ني نا هم ها ه ك كم)
    assert rules._OBJECT_SUFFIXES == pronoun_suffixes("verb")
    assert set(rules._NOUN_ENDINGS) & set(rules._OBJECT_SUFFIXES) == {
        "ني",
        "نا",
        "هم",
        "ها",
        "ه",
        "ك",
        "كم",
    }
    assert quotes._HA_SUFFIXES == pronoun_suffixes("third")
    assert quotes._PRONOUN_SUFFIXES == pronoun_suffixes("speech")
