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
