"""Notebook 05 reads each side's key terms in that side's stories only.

The newcomer of session 6 saw the target's concordance lines drawn from both sides (and
05 ignoring TARGET/REFERENCE); ``Contrast.side_tokens`` keeps the rows of one side.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.errors import ArgumentError
from helpers.sections import Contrast


def _contrast() -> Contrast:
    keyness = pd.DataFrame({"term": ["عيد"], "key_for": ["target"]})
    keyness.attrs.update({"target": ["w1-01", "w1-02"], "reference": ["w2-01"]})
    return Contrast(None, None, None, None, keyness, "أ", "ب")


def test_side_tokens_keeps_the_rows_of_one_side():
    tokens = pd.DataFrame(
        {
            "story_id": ["w1-01", "w1-01", "w2-01", "w1-02", "w3-01"],
            "token": ["عيد", "فطر", "عيد", "معايدة", "عيد"],
        }
    )
    c = _contrast()
    a = c.side_tokens(tokens, "target")
    b = c.side_tokens(tokens, "reference")
    assert a["token"].tolist() == ["عيد", "فطر", "معايدة"]  # rows 0, 1, 3
    assert a.index.tolist() == [0, 1, 3]
    assert b["token"].tolist() == ["عيد"] and b.index.tolist() == [2]
    # w3-01 is on neither side: in no side's lines


def test_side_tokens_refuses_an_unknown_side():
    with pytest.raises(ArgumentError, match="side must be 'target' or 'reference'"):
        _contrast().side_tokens(pd.DataFrame({"story_id": []}), "both")
