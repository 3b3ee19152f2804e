"""Quote speakers and blessing ligatures, session 11 (branch quotes11b): a hostile
tester's findings, each fixed as a kind, right values worked out by hand.

The sentences are written for these tests (patterns seen in the outlets), not copied
from a corpus.
"""

from __future__ import annotations

import unicodedata

from entity_stories import person_rows
from quote_cases import speaker_cols as _cols
from quote_cases import story_quotes

from helpers.charsets import HONORIFIC_LIGATURE_SET
from helpers.text import tokenize


def test_every_blessing_ligature_of_the_block_is_taken():
    # Unicode 15.0 names: U+FDF5 SALAM (NFKC صلعم), U+FDF7 ALAYHE (عليه), U+FDF8
    # WASALLAM (وسلم), U+FDF9 SALLA (صلى) are pieces of the blessing; U+FDF0-FDF1 are
    # Koranic stop signs, U+FDF2-FDF4 and U+FDF6 الله، أكبر، محمد، رسول
    assert unicodedata.normalize("NFKC", "\ufdf5") == "صلعم"
    assert unicodedata.normalize("NFKC", "\ufdf9") == "صلى"
    assert {"\ufdf5", "\ufdf7", "\ufdf8", "\ufdf9"} <= HONORIFIC_LIGATURE_SET
    assert not {"\ufdf0", "\ufdf1", "\ufdf2", "\ufdf3", "\ufdf4", "\ufdf6"} & HONORIFIC_LIGATURE_SET
    assert not {"\ufd3e", "\ufd3f", "\ufdfc"} & HONORIFIC_LIGATURE_SET
    # 16 (U+FD40-FD4F) + 4 (FDF5, FDF7-FDF9) + 2 (FDFA-FDFB) + 3 (FDFD-FDFF)
    assert len(HONORIFIC_LIGATURE_SET) == 25


def test_a_ligature_glued_to_a_word_is_a_token_of_its_own():
    t = tokenize("قال محمدﷺ ونايف﷾ إن")
    assert list(t["surface"]) == ["قال", "محمد", "ﷺ", "ونايف", "﷾", "إن"]
    assert list(t["start"]) == [0, 4, 8, 10, 15, 17]
    assert list(t["kind"]) == ["word"] * 6
    # a word with no ligature is one token as before; ﷲ (الله) is a letter of a word
    assert list(tokenize("عبدﷲ")["surface"]) == ["عبدﷲ"]


def test_a_glued_ligature_ends_the_name_and_keeps_it():
    # the whole token محمدﷺ was a stop token: the name was lost
    assert person_rows("وقال محمد بن نايف﷾ إن الأمن مستتب.", "surface") == [
        ("محمد بن نايف", "محمد بن نايف")
    ]
    assert person_rows("وقال خالد الفيصلﷺ إن الأمن مستتب.", "surface") == [
        ("خالد الفيصل", "خالد الفيصل")
    ]
    assert person_rows("قال محمد بن نايفﷹ إن الدين يسر.", "surface") == [
        ("محمد بن نايف", "محمد بن نايف")
    ]
    q = story_quotes("وقال خالد الفيصل﷾: «لن نقبل»")
    assert _cols(q) == [("خالد الفيصل", "named", "", "")]
