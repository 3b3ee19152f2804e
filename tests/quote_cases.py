"""Builders shared by the quote-speaker tests: a zones table of sentences, a mention found
in a sentence, and the columns a speaker test compares. The sentences themselves stay in
each test."""

from __future__ import annotations

import pandas as pd

#: Columns of a mentions table that :func:`helpers.quotes.extract_quotes` reads.
MENTION_COLS = ["story_id", "zone", "start", "end", "type", "entity_id", "canonical"]


def zones(*texts: str) -> pd.DataFrame:
    """One body zone a text, story ids q0, q1, ..."""
    return pd.DataFrame(
        {"story_id": [f"q{i}" for i in range(len(texts))], "zone": "body", "text": list(texts)}
    )


def mention(text: str, name: str, typ: str, eid: str, nth: int = 0, sid: str = "q0") -> dict:
    """The mentions-table row of the ``nth`` occurrence (0: the first) of ``name`` in
    ``text``, character offsets found in the text."""
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return dict(zip(MENTION_COLS, [sid, "body", s, s + len(name), typ, eid, name], strict=True))


def speaker_cols(q: pd.DataFrame, *, with_id: bool = False) -> list[tuple]:
    """(speaker or "-", attribution, unknown_reason, speaker_role) of each quote; with
    ``with_id``, (speaker or "-", speaker_id, attribution, unknown_reason, speaker_role)."""
    ids = [q["speaker_id"]] if with_id else []
    return list(
        zip(
            q["speaker"].replace("", "-"),
            *ids,
            q["attribution"],
            q["unknown_reason"],
            q["speaker_role"],
            strict=True,
        )
    )


def story_quotes(body: str) -> pd.DataFrame:
    """:func:`helpers.quotes.extract_quotes` of one story of ``body`` (the stories table
    of :func:`entity_stories.stories`, its mentions found by the entity extractor)."""
    from entity_stories import stories

    from helpers.quotes import extract_quotes

    return extract_quotes(stories(body))


#: The columns :func:`quote_rows` gives, in order.
QUOTE_ROW_COLUMNS = ("text", "speaker", "attribution", "unknown_reason", "speaker_role")


def quote_rows(body: str) -> list[tuple[str, ...]]:
    """(text, speaker, attribution, unknown_reason, speaker_role) of each quote of one
    story of ``body`` (:func:`story_quotes`), every cell as text."""
    q = story_quotes(body)
    return [tuple(str(r[c]) for c in QUOTE_ROW_COLUMNS) for _, r in q.iterrows()]


def named_quotes(text: str, *named: tuple) -> pd.DataFrame:
    """:func:`helpers.quotes.extract_quotes` of one story ``text`` (:func:`zones`) with the
    mentions ``named`` and no other, each ``(name, type, entity_id)`` or ``(name, type,
    entity_id, nth)`` (:func:`mention`): the speaker rules alone, whatever the entity
    rules would find."""
    from helpers.quotes import extract_quotes

    rows = [mention(text, *n) for n in named]
    return extract_quotes(zones(text), mentions=pd.DataFrame(rows, columns=MENTION_COLS))
