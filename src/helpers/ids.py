"""Story-scoped ids: the one mark that ties an id to one story, for every layer.

A name that says who only inside its story gets an id of that story alone: the
entities layer's bare first name that no full name of its story explains
(``rule:PERSON:احمد@<story_id>``, :func:`helpers.entities.aliases._story_local_id`) and
the quotes layer's speaker named by a first name or a kin noun alone
(``phrase:نور@<story_id>``, ``phrase:الام@<story_id>``, :mod:`helpers.quotes.names`,
:mod:`helpers.quotes.speaker`). Both layers make and read such ids here, so the mark
is written once (before session 15 each layer kept its own "@": the quotes layer cannot
import the entities layer, which imports :mod:`helpers.display`, which imports the
quotes table's columns).

This module imports nothing of khabar; any layer may import it.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["STORY_SCOPE", "is_story_scoped", "story_scoped", "story_scoped_ids"]

#: Between an id and a story id in a story-scoped id (``rule:PERSON:احمد@sub/a-01``).
#: Name keys and phrase ids never hold it from the text: a token holding "@" is an
#: e-mail address or a handle, which no entity or speaker rule takes as a name.
STORY_SCOPE = "@"


def story_scoped(base_id: str, story_id: str) -> str:
    """The id of ``base_id`` (an entity id or a phrase speaker id, str) in one story
    (str): ``<base_id>@<story_id>``. A story id may itself hold "@" (a file name); the
    id is read as story-scoped from its first mark (:func:`is_story_scoped`). Raises
    nothing (ids are made in the middle of extraction, where a refusal would lose a
    story's mentions).

    >>> story_scoped("rule:PERSON:احمد", "2015-07-21/2015-07-21-42")
    'rule:PERSON:احمد@2015-07-21/2015-07-21-42'
    """
    return f"{base_id}{STORY_SCOPE}{story_id}"


def is_story_scoped(one_id) -> bool:
    """Whether one id (str) is story-scoped (:func:`story_scoped`): it holds the mark
    after at least one character. A non-str value (None, NaN) is False; raises nothing.

    >>> is_story_scoped("phrase:نور@s1"), is_story_scoped("rule:PERSON:احمد")
    (True, False)
    """
    return isinstance(one_id, str) and one_id.find(STORY_SCOPE) > 0


def story_scoped_ids(ids) -> pd.Series:
    """Which of ``ids`` (a Series or a sequence of str) are story-scoped
    (:func:`is_story_scoped`, one at a time). Returns a bool Series on the Series' index
    (a new RangeIndex for a sequence). Raises nothing; a non-str id is False.

    Used by :func:`helpers.sections.who_and_where` (story-local people are no bars of
    "who each group names") and :func:`helpers.quotes.tables.phrase_people`.
    """
    series = ids if isinstance(ids, pd.Series) else pd.Series(list(ids), dtype=object)
    return series.map(is_story_scoped).astype(bool)
