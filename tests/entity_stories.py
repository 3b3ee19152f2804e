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


def person_rows(body: str, column: str) -> list[tuple[str, str]]:
    """``(surface, <column>)`` of the PERSON mentions that
    :func:`helpers.entities.extract_entities` finds in one story of ``body``, in text
    order (``column``: ``method``, ``entity_id``, ``canonical``...)."""
    from helpers.entities import extract_entities

    m = extract_entities(stories(body))
    m = m[m["type"] == "PERSON"]
    return list(zip(m["surface"], m[column], strict=True))


def person_surfaces(body: str) -> list[str]:
    """The surfaces of :func:`person_rows`."""
    return [s for s, _ in person_rows(body, "surface")]


def picked(m: pd.DataFrame, typ: str | None, columns: tuple[str, ...]) -> list[tuple]:
    """``columns`` of each row of the mentions table ``m`` of type ``typ`` (None: every
    type), in table order: what an entity test compares."""
    if typ is not None:
        m = m[m["type"] == typ]
    return list(m[list(columns)].itertuples(index=False, name=None))


def mention_rows(bodies: tuple[str, ...], typ: str | None, columns: tuple[str, ...]) -> list:
    """:func:`picked` of the mentions :func:`helpers.entities.extract_entities` finds in
    :func:`stories` of ``bodies`` (one story a body: s1, s2...)."""
    from helpers.entities import extract_entities

    return picked(extract_entities(stories(*bodies)), typ, columns)


def spans(body: str) -> list[tuple[str, str]]:
    """``(surface, type)`` of every mention :func:`helpers.entities.extract_entities`
    finds in one story of ``body``, in text order."""
    return mention_rows((body,), None, ("surface", "type"))
