"""Stories tables for the entity tests: one story a body, no title or captions."""

from __future__ import annotations

import pandas as pd


def stories(*bodies: str) -> pd.DataFrame:
    """``story_id`` s1, s2…, empty ``title``, ``body`` as given, no ``captions``."""
    n = len(bodies)
    return pd.DataFrame(
        {
            "story_id": [f"s{i + 1}" for i in range(n)],
            "title": [""] * n,
            "body": list(bodies),
            "captions": [[] for _ in range(n)],
        }
    )
