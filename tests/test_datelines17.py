"""Session 17: a wire credit in parentheses between a dateline's place and a dash
(«لندن (رويترز) -», «واشنطن (أ ف ب) –») is a credit (method ``byline``); a credit in
parentheses elsewhere is none. Expected rows read off each sentence by hand. (Session
23: the dateline-place flag of ``dateline_places`` is gone with the function, which had
no caller; the credit's method, which own_names reads, is still checked here.)"""

import pytest
from entity_stories import stories

from helpers.entities import extract_entities


def _rows(body):
    st = stories(body)
    m = extract_entities(st)
    return [
        (s, e, meth)
        for s, e, meth in zip(m["surface"], m["entity_id"], m["method"], strict=True)
        if e.startswith(("geonames:", "org:reuters", "org:afp", "org:dpa"))
    ]


@pytest.mark.parametrize(
    ("body", "place", "place_id", "credit", "credit_id"),
    [
        (
            "لندن (رويترز) - قال مسؤولون إن الخطة جاهزة.",
            "لندن",
            "geonames:2643743",
            "رويترز",
            "org:reuters",
        ),
        (
            "واشنطن (أ ف ب) – أعلن المتحدث أن الزيارة قريبة.",
            "واشنطن",
            "geonames:4140963",
            "أ ف ب",
            "org:afp",
        ),
        (
            "بيروت (د ب أ) - أعلن المتحدث أن الاجتماع انتهى.",
            "بيروت",
            "geonames:276781",
            "د ب أ",
            "org:dpa",
        ),
        # no space before the dash, an RLM beside a parenthesis
        (
            "لندن \u200f(رويترز)- قال مسؤولون إن الخطة جاهزة.",
            "لندن",
            "geonames:2643743",
            "رويترز",
            "org:reuters",
        ),
    ],
)
def test_a_credit_in_parentheses_before_a_dash_is_a_dateline(
    body, place, place_id, credit, credit_id
):
    assert _rows(body) == [
        (place, place_id, "gazetteer"),
        (credit, credit_id, "byline"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # inside a sentence: the credit follows other words, or no dash follows it
        "قال مسؤول في لندن (رويترز) إن المحادثات مستمرة.",
        "وذكرت الحكومة في لندن (رويترز) - وهي مصدر الخبر - أن الخطة جاهزة.",
        "لندن (رويترز) قال مسؤولون إن الخطة جاهزة.",
        # four words before the parenthesis: no dateline's place
        "قال اليوم مسؤول في لندن (رويترز) - إن الخطة جاهزة.",
    ],
)
def test_a_credit_in_parentheses_elsewhere_is_no_dateline(body):
    assert all(meth != "byline" for _, _, meth in _rows(body))


def test_the_dash_form_is_unchanged():
    assert _rows("القاهرة - رويترز: أعلنت الحكومة المصرية.") == [
        ("القاهرة", "geonames:360630", "gazetteer"),
        ("رويترز", "org:reuters", "byline"),
    ]
