"""Session 19 (branch tidy19): one place for each rule. The hamza-seat rule of the stem
tests is :func:`helpers.text.clitics.bare_hamza`, used by ``stems`` and the entity rules;
the one Latin key, :func:`helpers.text.normalize.latin_key`, keys the quote layer's
platforms too. Values worked out by hand."""

from __future__ import annotations

import pytest

from helpers.text.clitics import bare_hamza, stems


@pytest.mark.parametrize(
    ("stem", "bare"),
    [
        ("اجوائ", "اجواء"),  # اجوائها less ها
        ("ذكائ", "ذكاء"),  # ذكائك less ك
        ("ابناؤ", "ابناء"),  # ابناؤه less ه
        ("لمسة", "لمسة"),  # no seat at the end: as it is
        ("ئسر", "ئسر"),  # a seat elsewhere: as it is
        ("", ""),
    ],
)
def test_bare_hamza_reads_a_final_seat_as_the_bare_hamza(stem, bare):
    assert bare_hamza(stem) == bare


def test_stems_and_the_entity_rules_read_the_seat_by_the_one_rule():
    from helpers.entities.rules.words import _inflected

    assert stems("اجوائها") == ["اجوائها", "اجواء"]
    # بريق ذكائك: ذكاء (the stem read through bare_hamza) is an everyday word
    assert _inflected("ذكائك")


def test_the_latin_key_lives_in_the_text_layer_and_the_entities_use_it():
    from helpers.entities import keys
    from helpers.text.normalize import latin_key

    assert keys.latin_key is latin_key
    assert latin_key("S.T.C") == "stc"
    assert latin_key("TWITTER") == "twitter"


def test_a_platform_is_read_by_the_latin_key():
    from helpers.quotes.phrase import _platform
    from helpers.quotes.zone import _Tok

    def tok(norm):
        return _Tok(0, len(norm), norm, norm, None)

    for word in ("Twitter", "TWITTER", "twitter", "تويتر", "YouTube"):
        assert _platform(tok(word))
    for word in ("Tweet", "تغريدة", "STC"):
        assert not _platform(tok(word))
