"""PERSON names cut inside: a rare middle name word before a family name, an honorific
between two first names, a ب-read surname before a time word, fused X+الله first names:
session 16 (branch persons16c).

Each sentence is a shortened context of the lead's list or of SaudiNewsNet text
(non-held-out outlets); every expected span was read off the sentence by hand: the name
as a reader marks it, without title or role (tests/data/dev*/README.md). DEVELOPING.md,
"Session 16 (branch persons16c)", has the rules and what they changed on raw days.
"""

from __future__ import annotations

import pytest
from entity_stories import person_rows
from entity_stories import person_surfaces as surfaces

MIDDLE_BEFORE_FAMILY = [
    # سحيمان (Zipf 0.0, no listed name) then the nisba الشراري (2.87): was «… سحيمان»
    ("وقال محمد سحيمان الشراري إن العمل مستمر.", ["محمد سحيمان الشراري"]),
    ("وحضر محمد سحيمان الشراري الحفل.", ["محمد سحيمان الشراري"]),
    ("وقال ضيف الله سحيمان الشراري إن العمل مستمر.", ["ضيف الله سحيمان الشراري"]),
    # a listed middle name carried the name on already
    ("وحضر محمد علي الشراري الحفل.", ["محمد علي الشراري"]),
]

MIDDLE_KEPT_SHORT = [
    # a modifier or a nationality after the middle word is no family name
    ("وحضر محمد سحيمان الحالي الحفل.", ["محمد سحيمان"]),
    ("وقال محمد سحيمان السعودي إن العمل مستمر.", ["محمد سحيمان"]),
    # an adjective in everyday use bare (اشتراكي 3.34) describes the man (2015-08-02)
    ("إذا فاز جيريمي كوربين الاشتراكي المخضرم بزعامة الحزب.", ["جيريمي كوربين"]),
    # a nisba whose bare form is a first name (حمدي 4.07) is a family name (2015-07-26)
    ("وقدمه رجل الأعمال عبدالكريم عويض الحمدي للفائزين.", ["عبدالكريم عويض الحمدي"]),
    # a tribal nisba rare bare (صيعري 0.0) closes the name (2015-08-02)
    ("وقال المدير التنفيذي للمرصد، فادي محرس الصيعري، إن العمل مستمر.", ["فادي محرس الصيعري"]),
]

HONORIFIC_IN_NAME = [
    # شيخ / سيد with no article between two listed first names (was حسن, محمود apart)
    ("وقال الرئيس الصومالي حسن شيخ محمود إن العمل مستمر.", ["حسن شيخ محمود"]),
    ("وقال حسن شيخ محمود إن العمل مستمر.", ["حسن شيخ محمود"]),
    ("وزار شريف شيخ أحمد مقديشو.", ["شريف شيخ أحمد"]),
    ("وقال محمد سيد أحمد إن العمل مستمر.", ["محمد سيد أحمد"]),
]

HONORIFIC_KEPT_OUT = [
    # before a definite word or a word no list holds, شيخ is "chief of"
    ("وقال حسن شيخ القبيلة إن العمل مستمر.", []),
    ("والتقى محمد شيخ عشيرة في المدينة.", []),
]

SURNAME_BEFORE_ADVERB = [
    # باخ (ب + اخ to the text layer) before أمس: the surname (was «توماس»)
    ("ووصل رئيس اللجنة توماس باخ أمس من كوالالمبور.", ["توماس باخ"]),
    ("وقال رئيس اللجنة توماس باخ اليوم إن الألعاب مهمة.", ["توماس باخ"]),
]

MANNER_BEFORE_ADVERB = [
    # untitled, a manner phrase (الغضب takes the article) before an adverb stays out
    ("وقال فهد بغضب أمس إنه غاضب.", []),
    ("وقال فهد بغضب اليوم إنه غاضب.", []),
]

FUSED_ALLAH = [
    # عطاالله written as one word is the compound first name (was «عطاالله», context)
    ("وقال عطاالله الشمري إن العمل مستمر.", ["عطاالله الشمري"]),
    ("وحضر ضيفالله بن عايد السعدي الحفل.", ["ضيفالله بن عايد السعدي"]),
    ("وحضر الحفل فضلالله الحربي وآخرون.", ["فضلالله الحربي"]),
    # God's attribute after it (العظيم 4.94) goes on no name
    ("وهذا من فضلالله العظيم علينا.", []),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    MIDDLE_BEFORE_FAMILY
    + MIDDLE_KEPT_SHORT
    + HONORIFIC_IN_NAME
    + HONORIFIC_KEPT_OUT
    + SURNAME_BEFORE_ADVERB
    + MANNER_BEFORE_ADVERB
    + FUSED_ALLAH,
)
def test_person_spans(body: str, expected: list[str]) -> None:
    assert surfaces(body) == expected


def test_fused_allah_is_the_first_name_rule() -> None:
    # the first-name rule finds it whole; the reporting verb's context rule left out
    assert person_rows("وقال عطاالله الشمري إن العمل مستمر.", "method") == [
        ("عطاالله الشمري", "rule")
    ]
