"""Session 14 (speed, no mention changed): the pieces that replaced per-token loops give
the values of the loops they replaced, worked out by hand here."""

from __future__ import annotations

import pytest

from helpers.entities.rules import spans as rules_spans
from helpers.entities.rules.words import KeyClass
from helpers.text.analyse import Analyser
from helpers.text.tokenize import _token_columns, iter_tokens


def test_key_class_tests_each_key_once_and_answers_per_zone():
    asked = []

    def test(k: str) -> bool:
        asked.append(k)
        return k.startswith("عبد")

    keys = KeyClass(test)
    assert keys.of(frozenset({"عبدالله", "قال", "محمد"})) == {"عبدالله"}
    # a second zone: only its new keys are tested; the answer is this zone's keys only
    assert keys.of(frozenset({"عبدالله", "عبدالرحمن", "ذهب"})) == {"عبدالله", "عبدالرحمن"}
    assert keys.of(frozenset({"قال"})) == frozenset()
    assert sorted(asked) == sorted(["عبدالله", "قال", "محمد", "عبدالرحمن", "ذهب"])


def test_key_class_starts_afresh_past_its_limit_with_the_same_answers():
    keys = KeyClass(lambda k: len(k) > 2, limit=3)
    assert keys.of(frozenset({"ab", "abc"})) == {"abc"}
    # 2 remembered + 2 new > 3: the memory starts again from this zone's keys
    assert keys.of(frozenset({"abcd", "x"})) == {"abcd"}
    assert keys.of(frozenset({"abc", "abcd"})) == {"abc", "abcd"}


@pytest.mark.parametrize(
    ("key", "head"),
    [
        ("جامعتي", "جامعه"),  # جامعتي الملك فيصل وأم القرى: the dual of جامعة
        ("كليتي", "كليه"),
        ("مدرستي", "مدرسه"),
        ("صحتي", "صحتي"),  # four letters: no dual of صحة (the old length test)
        ("جامعه", "جامعه"),  # the head itself
        ("قالتي", "قالتي"),  # قاله is no head
    ],
)
def test_dual_head_is_the_lookup_of_the_old_rule(key, head):
    assert rules_spans._dual_head(key) == head


def test_visited_finds_the_rest_again_after_a_reread():
    """A rule that reads a later word whole changes its key (Zone.reread): the words
    after the current one are found again from the new keys."""

    class FakeZone:
        def __init__(self, keys):
            self.key = list(keys)
            self.rereads = 0

        def __len__(self):
            return len(self.key)

        def types(self):
            return frozenset(self.key)

        def where(self, words):
            return [i for i, k in enumerate(self.key) if k in words]

    z = FakeZone(["قال", "في", "عبدالله", "هنا", "بن", "سعد", "ذهب"])
    heads = frozenset({"قال"})
    # قال (a head), عبدالله (عبد), هنا (before بن), and the opener given (6)
    assert list(rules_spans._visited(z, heads, {6})) == [0, 2, 3, 6]
    assert list(rules_spans._visited(z, heads, set())) == [0, 2, 3]
    got = []
    for i in rules_spans._visited(z, heads, set()):
        got.append(i)
        if i == 0:  # the rule at قال reads في and ذهب whole, as heads
            z.key[1] = z.key[6] = "قال"
            z.rereads += 1
        if i == 3:  # a word behind the current one changes: it is not read again
            z.key[0] = "هنا"
            z.rereads += 1
    assert got == [0, 1, 2, 3, 6]  # what a scan of every token would read
    assert list(rules_spans._visited(z, None, set())) == list(range(7))


def test_token_columns_count_sentences_and_paragraphs_by_hand():
    text = "قال. «نعم» ثم!\n\nذهب"
    starts, ends, surfaces, kinds, sentences, paragraphs = _token_columns(text)
    assert surfaces == ("قال", ".", "«", "نعم", "»", "ثم", "!", "ذهب")
    assert starts == (0, 3, 5, 6, 9, 11, 13, 16)
    assert ends == (3, 4, 6, 9, 10, 13, 14, 19)
    assert kinds == ("word", "punct", "punct", "word", "punct", "word", "punct", "word")
    # « opens the second sentence (no closer); » inside it; the blank line: a new
    # paragraph and sentence
    assert sentences == (0, 0, 1, 1, 1, 1, 1, 2)
    assert paragraphs == (0, 0, 0, 0, 0, 0, 0, 1)
    # a closer and a second final mark after the end stay in the sentence
    assert _token_columns("أ. » ب")[4] == (0, 0, 0, 1)
    assert _token_columns("أ.. ب")[4] == (0, 0, 0, 1)
    # a line break right after the final mark: one new sentence, not two
    assert _token_columns("أ.\nب ج")[4:] == ((0, 0, 1, 1), (0, 0, 1, 1))
    assert _token_columns("") == ()
    assert list(iter_tokens("أ. ب")) == [
        (0, 1, "أ", "word", 0, 0),
        (1, 2, ".", "punct", 0, 0),
        (3, 4, "ب", "word", 1, 0),
    ]


def test_analyser_each_gives_the_calls_answers():
    surfaces = ["وللجنة", "اللجنة", "،", "وللجنة", "2015"]
    kinds = ["word", "word", "punct", "word", "number"]
    a = Analyser()
    a.attest(["وللجنة", "اللجنة", "لجنة"])
    expected = [
        Analyser(attested=["وللجنة", "اللجنة", "لجنة"])(s, k)
        for s, k in zip(surfaces, kinds, strict=True)
    ]
    got = a.each(surfaces, kinds)
    assert got == expected
    # و + ل + (ال)لجنة: the base لجنة, the proclitics و and ل; the article alone
    assert [(r.base, r.clitics) for r in got] == [
        ("لجنة", "و+ل"),
        ("لجنة", "ال"),
        ("،", ""),
        ("لجنة", "و+ل"),
        ("2015", ""),
    ]
    assert a.each(surfaces, kinds) == expected  # the second time from the caches
    assert Analyser(cache=False).each(["قال"], ["word"]) == [Analyser()("قال", "word")]
