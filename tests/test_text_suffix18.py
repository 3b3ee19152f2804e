"""Session 18 (branch suffix18): the suffixes :func:`helpers.text.clitics.stems` peels
come from the one list of pronoun suffixes (``data/pronoun_suffixes.tsv``), with the
ta marbuta and the accusative alef each written once as a rule."""

from __future__ import annotations

from helpers.text import pronoun_suffixes
from helpers.text.clitics import ACCUSATIVE_ALEF, stem_suffixes, stems

#: The hand-written tuple the data file replaced (as it stood at e62ac48).
OLD = (
    ("تهما", "ة"),
    ("تهم", "ة"),
    ("تهن", "ة"),
    ("تها", "ة"),
    ("تنا", "ة"),
    ("ته", "ة"),
    ("هما", ""),
    ("هم", ""),
    ("هن", ""),
    ("ها", ""),
    ("كم", ""),
    ("نا", ""),
    ("ه", ""),
    ("ي", ""),
    ("ا", ""),
)


def test_the_stem_sets_of_the_one_list():
    # stem: the noun set less ك (ذلك، كذلك، هناك end in it)
    assert set(pronoun_suffixes("stem")) == {"ه", "ها", "هما", "هم", "هن", "كم", "ي", "نا"}
    assert set(pronoun_suffixes("stem")) == set(pronoun_suffixes("noun")) - {"ك"}
    # marbuta: the third person and نا
    assert pronoun_suffixes("marbuta") == ("هما", "ها", "هم", "هن", "نا", "ه")
    assert set(pronoun_suffixes("marbuta")) <= set(pronoun_suffixes("stem"))
    assert ACCUSATIVE_ALEF == "ا"


def test_stem_suffixes_are_the_old_tuple():
    got = stem_suffixes()
    assert set(got) == set(OLD) and len(got) == len(OLD)
    # the ت + suffix pairs first, then plain, each longest first
    assert [len(s) for s, _ in got] == [4, 3, 3, 3, 3, 2, 3, 2, 2, 2, 2, 2, 1, 1, 1]
    assert [e for _, e in got] == ["ة"] * 6 + [""] * 9


def test_stems_by_hand():
    # ta marbuta + each marbuta suffix: ة restored, then the ت stem, then no alef stem
    assert stems("كلمتهما") == ["كلمتهما", "كلمة", "كلمت", "كلمتهم"]
    assert stems("بلديتنا") == ["بلديتنا", "بلدية", "بلديت"]
    assert stems("كلمته") == ["كلمته", "كلمة", "كلمت"]
    # كم is peeled, ت + كم is not read as ة
    assert stems("كلمتكم") == ["كلمتكم", "كلمت"]
    # ك is not peeled: ذلك، كذلك keep one form
    assert stems("كذلك") == ["كذلك"]
    assert stems("بوصلتك") == ["بوصلتك"]
    # ي after ت: the ت stem, no ة
    assert stems("سيارتي") == ["سيارتي", "سيارت"]
    # the accusative alef, not after ه or ن (ها، نا are suffixes)
    assert stems("فورا") == ["فورا", "فور"]
    assert stems("كتابنا") == ["كتابنا", "كتاب"]
