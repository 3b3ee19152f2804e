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

