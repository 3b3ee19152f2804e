"""Session 24 (speed24): the cyclic garbage collector is paused for one recogniser call.

``helpers.entities.extract._collector_paused`` switches Python's collector off for the
call of the offline recogniser and back on at its end, error or not, only if it was on.
The states below follow from that rule; the mentions of the call are checked elsewhere
(the output is proven identical by the benchmarks, DEVELOPING.md session 24).
"""

from __future__ import annotations

import gc

import pandas as pd
import pytest


@pytest.fixture
def collector_on():
    """The collector on before the test and after it, whatever the test did."""
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_paused_inside_and_on_again_after(collector_on):
    from helpers.entities.extract import _collector_paused

    with _collector_paused():
        assert gc.isenabled() is False
    assert gc.isenabled() is True


def test_a_collector_switched_off_by_the_caller_stays_off(collector_on):
    from helpers.entities.extract import _collector_paused

    gc.disable()
    with _collector_paused():
        assert gc.isenabled() is False
    assert gc.isenabled() is False


def test_on_again_after_an_error(collector_on):
    from helpers.entities.extract import _collector_paused

    with pytest.raises(ZeroDivisionError), _collector_paused():
        _ = 1 / 0
    assert gc.isenabled() is True


def test_extract_entities_runs_the_stories_with_the_collector_off(collector_on, monkeypatch):
    from helpers.entities import extract, extract_entities

    states = []
    story_mentions = extract._story_mentions

    def spy(*args, **kwargs):
        states.append(gc.isenabled())
        return story_mentions(*args, **kwargs)

    monkeypatch.setattr(extract, "_story_mentions", spy)
    stories = pd.DataFrame(
        {"story_id": ["a", "b"], "title": ["", ""], "body": ["زار محمد الرياض", "وقال علي"]}
    )
    extract_entities(stories)
    # one call of _story_mentions per story, each with the collector off; on after
    assert states == [False, False]
    assert gc.isenabled() is True


def test_the_collector_is_on_after_a_refused_call(collector_on):
    from helpers.entities import extract_entities
    from helpers.errors import KhabarError

    with pytest.raises(KhabarError):
        extract_entities(pd.DataFrame({"story_id": ["a"], "title": [1], "body": [""]}))
    assert gc.isenabled() is True


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        # معرض 0-3, space 4, " 5, الفهد 6-10, space 11, the two dots at 12 and 13,
        # between two words of the quoted name: they end no sentence
        ('معرض "الفهد .. روح القيادة" افتتح', {12, 13}),
        # speech after a reporting word: its marks end sentences
        ('قال "لا. شكرا"', set()),
        # a quoted name without a mark inside (the test isdisjoint now makes at C level)
        ('جمعية "كلانا" تعمل', set()),
        # a mark after the quote's last word ends its sentence: وقت 7-9, "." at 10
        ("عنوان «وقت.» هنا", set()),
    ],
)
def test_quoted_name_stops_marks_inside_a_quoted_name(text, stops):
    from helpers.text.tokenize import quoted_name_stops

    assert quoted_name_stops(text) == frozenset(stops)
