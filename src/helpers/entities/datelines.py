"""A dateline's place: the city joined by a dash to a credit at the start of a line.

A story or paragraph opens with a dateline: a place and the outlet or agency credited,
joined by a dash, «لندن - رويترز:», «واس- جدة:», «سبق - الرياض», «عيسى الحربي- سبق-
الرياض», or a wire credit in parentheses before the dash, «لندن (رويترز) -». The
credit is found by the entity rules (:func:`helpers.entities.rules.in_byline`,
mentions of ``method`` ``byline``); this module finds the place beside it, in the
mentions table, so a rule over mentions can tell where a story was filed from what it
is about (:func:`helpers.own_names.own_names` read it from session 16 to 21; since
session 22 it judges no place at all, so it needs none). The place stays a LOC mention
in every table (the golds annotate it; session 13).
"""

from __future__ import annotations

import pandas as pd

from helpers.charsets import WITHOUT_INVISIBLE
from helpers.entities.rules.lexicons import _DASHES
from helpers.errors import ArgumentError

__all__ = ["dateline_places"]

#: The method of a mention crediting an outlet or agency in a byline or dateline.
CREDIT = "byline"

#: The columns :func:`dateline_places` reads from the mentions table.
COLUMNS = ("story_id", "zone", "start", "end", "type", "method")


def dateline_places(mentions: pd.DataFrame, texts: pd.DataFrame) -> pd.Series:
    """Which mentions are a dateline's place: a ``LOC`` mention with a credit (a mention
    of method :data:`CREDIT`, an outlet or agency credited among a line's first words,
    :func:`helpers.entities.rules.in_byline`) of the same story and zone right before or
    after it, with nothing between the two but white space, invisible format characters
    (:data:`helpers.charsets.INVISIBLE`: RLM, LRM, ZWNJ, BOM; «لندن \u200f- رويترز») and
    one dash (a dash of :data:`helpers.charsets.DASH_SET` or a lone tatweel ـ): «لندن -
    رويترز» and «واس- جدة» both ways; or the credit in parentheses right after the place
    and before a dash, the wire services' form «لندن (رويترز) -», «واشنطن (أ ف ب) –»
    (:func:`helpers.entities.rules.context.paren_credit` marks such a credit ``byline``;
    session 17). A place named in a sentence (ونقلت رويترز من لندن)
    is none. Rows are judged by position, so a repeated index (``pd.concat``) is fine.

    Parameters
    ----------
    mentions : DataFrame
        The mentions table (``story_id, zone, start, end, type, method``).
    texts : DataFrame
        The zones table (:func:`helpers.corpus.zones`: ``story_id, zone, text``) of at
        least the stories holding a credit; offsets of ``mentions`` index into ``text``.

    Returns
    -------
    Series of bool
        Indexed as ``mentions``: True for a dateline's place.

    Raises
    ------
    helpers.errors.ArgumentError
        ``mentions`` lacks one of :data:`COLUMNS` (named in the message).
    """
    missing = [c for c in COLUMNS if c not in mentions.columns]
    if missing:
        raise ArgumentError(
            f"dateline_places: the mentions table has no column {', '.join(missing)}; "
            f"it needs {', '.join(COLUMNS)}"
        )
    flags = [False] * len(mentions)
    out_index = mentions.index
    mentions = mentions.reset_index(drop=True)  # positions, not labels
    credits = mentions[mentions["method"] == CREDIT]
    if credits.empty:
        return _as_series(flags, out_index)
    keys = set(zip(credits["story_id"], credits["zone"], strict=True))
    places = mentions[mentions["type"] == "LOC"]
    places = places[[k in keys for k in zip(places["story_id"], places["zone"], strict=True)]]
    if places.empty:
        return _as_series(flags, out_index)
    text = {
        (s, z): t for s, z, t in zip(texts["story_id"], texts["zone"], texts["text"], strict=True)
    }
    by_zone: dict[tuple, list[tuple[int, int]]] = {}
    for s, z, a, b in zip(
        credits["story_id"], credits["zone"], credits["start"], credits["end"], strict=True
    ):
        by_zone.setdefault((s, z), []).append((int(a), int(b)))
    for idx, s, z, a, b in zip(
        places.index,
        places["story_id"],
        places["zone"],
        places["start"],
        places["end"],
        strict=True,
    ):
        t = text.get((s, z))
        if t is None:
            continue
        for ca, cb in by_zone[(s, z)]:
            gap = t[b:ca] if cb > b else t[cb:a] if ca < a else None
            if gap is not None and (_one_dash(gap) or (cb > b and _in_parens(t, b, ca, cb))):
                flags[idx] = True
                break
    return _as_series(flags, out_index)


def _as_series(flags: list[bool], index: pd.Index) -> pd.Series:
    return pd.Series(flags, index=index, dtype=bool)


def _in_parens(text: str, b: int, ca: int, cb: int) -> bool:
    """Whether the credit at ``ca:cb`` stands in parentheses right after a place that
    ends at ``b`` and before a dash: «لندن (رويترز) -», «واشنطن (أ ف ب) –» (white space
    and invisible format characters allowed around each mark, no line break)."""
    before = text[b:ca]
    after = text[cb : cb + 8]  # ") - " with room for spaces and marks
    if "\n" in before or "".join(before.translate(WITHOUT_INVISIBLE).split()) != "(":
        return False
    bare = "".join(after.translate(WITHOUT_INVISIBLE).split("\n")[0].split())
    return len(bare) >= 2 and bare[0] == ")" and bare[1] in _DASHES


def _one_dash(gap: str) -> bool:
    """Whether ``gap`` is one dash with white space or invisible format characters
    (:data:`helpers.charsets.INVISIBLE`) around it, and no line break."""
    bare = "".join(gap.translate(WITHOUT_INVISIBLE).split())
    return len(bare) == 1 and bare in _DASHES and "\n" not in gap
