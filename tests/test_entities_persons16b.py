"""PERSON names cut before a ب/ك surname that a complement follows, and compound first
names in الله: session 16 (branch persons16b).

Each sentence is a shortened context of the lead's list or of SaudiNewsNet text
(non-held-out outlets); every expected span was read off the sentence by hand: the name
as a reader marks it, without title or role (tests/data/dev*/README.md). DEVELOPING.md,
"Session 16 (branch persons16b)", has the rules and what they changed on raw days.
"""

from __future__ import annotations

import pytest
from entity_stories import person_surfaces as surfaces

SURNAME_BEFORE_COMPLEMENT = [
    # باخ (ب + اخ to the text layer, Zipf 3.17) then ب + a verbal noun in construct
    # (عدم 5.54 / العدم 3.80): the surname, untitled or titled (was nothing / «توماس»)
    ("وتعهد توماس باخ بعدم التدخل في شؤون الاتحاد.", ["توماس باخ"]),
    ("وتعهد رئيس اللجنة توماس باخ بعدم التدخل.", ["توماس باخ"]),
    # after a title also a preposition or ل + noun
    ("والتقى رئيس اللجنة توماس باخ مع الرئيس الروسي.", ["توماس باخ"]),
    ("وقال رئيس اللجنة توماس باخ لوسائل الإعلام إن الألعاب مهمة.", ["توماس باخ"]),
]

MANNER_PHRASE_KEPT_OUT = [
    # untitled, a bare first name + a manner phrase is no name, whatever follows it
    ("وقال فهد بغضب: لن نقبل.", []),
    ("ورد فهد بغضب على الصحفي.", []),
    ("وقال فهد بغضب لوسائل الإعلام إنه غاضب.", []),
    # a second ب-phrase not in construct (قاسية is indefinite)
    ("ورد فهد بغضب بكلمات قاسية.", []),
]

ALLAH_COMPOUNDS = [
    # an everyday word + الله is a compound first name before a further name word
    # (was nothing: ضيف "guest", عطا, جار "neighbour", فضل "grace" open no name alone)
    ("وقال ضيف الله بن عايد السعدي إن العمل مستمر.", ["ضيف الله بن عايد السعدي"]),
    ("وقال عطا الله الشمري إن العمل مستمر.", ["عطا الله الشمري"]),
    ("وحضر جار الله المري الحفل.", ["جار الله المري"]),
    ("وقال فضل الله الحربي إن العمل مستمر.", ["فضل الله الحربي"]),
    # نصر is a listed first name: حسن نصر الله was found before and stays
    ("وقال حسن نصر الله إن الحرب مستمرة.", ["حسن نصر الله"]),
]

ALLAH_KEPT_OUT = [
    # God's grace, not a name: nothing after الله, or God's attribute (العظيم 4.94)
    ("وهذا من فضل الله علينا.", []),
    ("وهذا من فضل الله العظيم على عباده.", []),
    # the compound alone is no name (a bare first name, as فهد alone is none)
    ("وقال جار الله إن العمل مستمر.", []),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    SURNAME_BEFORE_COMPLEMENT + MANNER_PHRASE_KEPT_OUT + ALLAH_COMPOUNDS + ALLAH_KEPT_OUT,
)
def test_person_spans(body: str, expected: list[str]) -> None:
    assert surfaces(body) == expected
