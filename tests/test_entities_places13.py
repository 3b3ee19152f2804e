"""Session 13 (branch places13): LOC recall of small places and districts.

1. ب before a multi-word place that the lexicon reads as one word (بمكة 4.22 against
   مكة 4.90, بحفر "by digging", بوادي "in deserts"): where the next words complete a
   listed place, the word is ب + the place's first word (بمكة المكرمة، بحفر الباطن،
   بوادي الدواسر); بعين الاعتبار "into account" stays no place.

Every sentence was written for this file after the kinds read on 2015-07-23; expected
values worked out by hand. Offsets count code points from the start of the body."""

from __future__ import annotations

from entity_stories import mention_rows

COLS = ("story_id", "surface", "start", "entity_id")


def test_b_before_a_multiword_place():
    got = mention_rows(
        (
            "يقيم بمكة المكرمة منذ عام.",
            "عمل بحفر الباطن ثم بوادي الدواسر.",
            "أخذ الأمر بعين الاعتبار.",
        ),
        "LOC",
        COLS,
    )
    # "يقيم ب" 6: مكة المكرمة at 6
    # "عمل ب" 5: حفر الباطن at 5 (10 letters and space, to 15);
    # " ثم ب" 5 more: 15 + 5 = 20, وادي الدواسر at 20
    assert got == [
        ("s1", "مكة المكرمة", 6, "geonames:104515"),
        ("s2", "حفر الباطن", 5, "loc:sa-hafr-al-batin"),
        ("s2", "وادي الدواسر", 20, "loc:sa-wadi-dawasir"),
    ]
