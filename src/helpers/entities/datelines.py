"""A dateline's place: the city joined by a dash to a credit at the start of a line.

A story or paragraph opens with a dateline: a place and the outlet or agency credited,
joined by a dash, «لندن - رويترز:», «واس- جدة:», «سبق - الرياض», «عيسى الحربي- سبق-
الرياض». The credit is found by the entity rules (:func:`helpers.entities.rules.in_byline`,
mentions of ``method`` ``byline``); this module finds the place beside it, in the
mentions table, so a rule over mentions (a group's own name,
:func:`helpers.own_names.own_names`) can tell where a story was filed from what it is
about. The place stays a LOC mention in every table (the golds annotate it; session 13).
"""

from __future__ import annotations

import pandas as pd

from helpers.entities.rules.lexicons import _DASHES

__all__ = ["dateline_places"]

#: The method of a mention crediting an outlet or agency in a byline or dateline.
CREDIT = "byline"


def dateline_places(mentions: pd.DataFrame, texts: pd.DataFrame) -> pd.Series:
    """Which mentions are a dateline's place: a ``LOC`` mention with a credit (a mention
    of method :data:`CREDIT`, an outlet or agency credited among a line's first words,
    :func:`helpers.entities.rules.in_byline`) of the same story and zone right before or
    after it, with nothing between the two but white space and one dash (a dash of
    :data:`helpers.charsets.DASH_SET` or a lone tatweel ـ): «لندن - رويترز» and
    «واس- جدة» both ways. A place named in a sentence (ونقلت رويترز من لندن) is none.

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
    """
    out = pd.Series(False, index=mentions.index, dtype=bool)
    credits = mentions[mentions["method"] == CREDIT]
    if credits.empty:
        return out
    keys = set(zip(credits["story_id"], credits["zone"], strict=True))
    places = mentions[mentions["type"] == "LOC"]
    places = places[[k in keys for k in zip(places["story_id"], places["zone"], strict=True)]]
    if places.empty:
        return out
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
            if gap is not None and _one_dash(gap):
                out[idx] = True
                break
    return out


def _one_dash(gap: str) -> bool:
    """Whether ``gap`` is one dash with white space around it, and no line break."""
    bare = "".join(gap.split())
    return len(bare) == 1 and bare in _DASHES and "\n" not in gap
