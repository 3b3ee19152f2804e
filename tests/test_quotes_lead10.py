"""A count before an unnamed source (a hostile tester, session 10): «وقالت 3 مصادر» gave
no_subject, the number read as the end of an empty phrase; the count is skipped and the
source is what it counts, as without the number. A number with no source after it is
still no speaker (أوضح 51 في المئة)."""

from __future__ import annotations

import pytest
from entity_stories import person_surfaces
from quote_cases import story_quotes


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("وقالت 3 مصادر مطلعة إن «الاتفاق قريب».", "مصادر مطلعة"),
        ("وقالت مصادر مطلعة إن «الاتفاق قريب».", "مصادر مطلعة"),
        ("وقال 5 شهود إن «الانفجار كان قويا».", "شهود"),
    ],
)
def test_a_counted_source_is_an_unnamed_source(text, role):
    q = story_quotes(text)
    assert list(q["unknown_reason"]) == ["unnamed_source"]
    assert list(q["speaker_role"]) == [role]
    assert q["speaker"].eq("").all()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('ونقلت الصحيفة عن الملك فيصل قوله "إن الوطن للجميع".', "فيصل"),
        ("ونقلت الصحيفة عن محامي ميليسا قوله، إن «السيدة تعيش وحدها».", "ميليسا"),
    ],
)
def test_the_verbal_noun_of_speech_ends_a_name(text, name):
    """قوله after a relayed speaker is no surname (a newcomer saw «فيصل قوله» among an
    outlet's top speakers; on 2015-07-21 the one mention «ميليسا قوله» became
    «ميليسا», the only change in 48,686)."""
    assert person_surfaces(text) == [name]
    assert "قوله" not in " ".join(story_quotes(text)["speaker"].dropna())
