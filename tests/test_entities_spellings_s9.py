"""A compound name in عبد written fused or spaced meets its gazetteer row either way
(session 9, lead; a newcomer found «عبدالفتاح السيسي» counted apart from the listed
«عبد الفتاح السيسي»). Expected values worked out by hand from people.csv."""

from __future__ import annotations

import pytest
from entity_stories import stories

from helpers.entities import extract_entities
from helpers.entities.matcher import _abd_variants, _variant_signature


@pytest.mark.parametrize(
    "body, surface",
    [
        ("وقال الرئيس عبدالفتاح السيسي إن مصر تدعم الحل.", "عبدالفتاح السيسي"),
        ("وقال الرئيس عبد الفتاح السيسي إن مصر تدعم الحل.", "عبد الفتاح السيسي"),
    ],
)
def test_fused_and_spaced_abd_names_are_one_listed_person(body, surface):
    m = extract_entities(stories(body))
    m = m[m["type"] == "PERSON"]
    assert list(m["surface"]) == [surface]
    assert list(m["entity_id"]) == ["person:abdel-fattah-el-sisi"]
    assert list(m["method"]) == ["gazetteer"]


def test_abd_variants_and_their_article_signatures():
    # spaced alias keys (the article is not in a key) give both fused spellings
    assert _abd_variants(("عبد", "فتاح", "سيسي")) == {
        ("عبدالفتاح", "سيسي"),
        ("عبدفتاح", "سيسي"),
    }
    # a fused alias gives the spaced pair, without the article in the key
    assert _abd_variants(("عبدالله",)) == {("عبد", "له")}
    # the fused word has no article of its own; of the spaced pair the second has it
    assert _variant_signature(
        ("عبد", "فتاح", "سيسي"), ("عبدالفتاح", "سيسي"), (False, True, True)
    ) == (
        False,
        True,
    )
    assert _variant_signature(("عبدالله",), ("عبد", "له"), (False,)) == (False, True)
    assert _variant_signature(("a",), ("b",), None) is None
