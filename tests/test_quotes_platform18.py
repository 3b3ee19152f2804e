"""Quotes, session 18 (branch speak18): a platform is no speaker. A social platform or
messaging app named as where words were said (في تغريدة بحسابه بموقع تويتر، عبر
واتساب) is the complement of a preposition or of a statement noun: the speaker is the
one the clause names or carries, as without the platform phrase. A company that speaks
(وقالت شركة تويتر، وقالت تويتر right after the verb) stays a named speaker. The right
values are worked out by hand; the sentences are written for these tests (the kind was
met in SaudiNewsNet, not copied from it). Each story goes through the entity extractor
(:func:`quote_cases.story_quotes`), as a user's would.
"""

from __future__ import annotations

import pytest
from quote_cases import quote_rows

from helpers.quotes.words import _PLATFORMS
from helpers.text.normalize import normalize

_LEAD = "أشاد الدكتور محمد العريفي بالمقاومة. "
_SAID = "لا يزال الأبطال صامدين"
_CARRIED = (_SAID, "محمد العريفي", "carried", "", "")


_rows = quote_rows


@pytest.mark.parametrize(
    "clause",
    [
        # the newcomer's shape: statement noun, ب + account, ب + site, then the platform
        # (before: speaker تويتر, named)
        "وقال في تغريدة بحسابه بموقع تويتر:",
        # the same with another platform and a Latin spelling, case-folded
        "وقال في منشور بصفحته بموقع فيسبوك:",
        "وقال بحسابه بموقع Twitter:",
        # a statement noun whose complement is the platform itself
        "وقال في تغريدة تويتر:",
        # a preposition written as a word before the platform
        "وكتب عبر واتساب:",
        "وقال في حسابه على تويتر:",
    ],
)
def test_a_platform_named_as_the_medium_is_no_speaker(clause):
    assert _rows(f"{_LEAD}{clause} «{_SAID}».") == [_CARRIED]


def test_a_named_speaker_before_the_platform_phrase_keeps_the_quote():
    body = f"وقال وزير الخارجية عادل الجبير في تغريدة بحسابه بموقع تويتر: «{_SAID}»."
    assert _rows(body) == [(_SAID, "عادل الجبير", "named", "", "وزير الخارجية")]


@pytest.mark.parametrize(
    "body",
    [
        # the company speaks: its head noun, or the name right after the verb
        f"وقالت شركة تويتر في بيان: «{_SAID}».",
        f"وقالت تويتر في بيان: «{_SAID}».",
    ],
)
def test_the_company_speaking_stays_a_named_speaker(body):
    assert _rows(body) == [(_SAID, "تويتر", "named", "", "")]


def test_the_platform_list_is_read_normalised_and_latin_lower_case():
    # one list (quote_words.tsv, kind platform): Arabic rows normalised (إنستغرام with
    # hamza reads as انستغرام), Latin rows lower case
    assert normalize("إنستغرام") in _PLATFORMS
    assert {"twitter", "تويتر", "واتساب"} <= _PLATFORMS
    assert "Twitter" not in _PLATFORMS
