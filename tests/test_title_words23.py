"""A title of address's words are no terms inside the title (session 23, branch terms23).

helpers.text.title_pairs and helpers.freq.corpus_counts.without_title_uses: one use of a
title word is taken off the unigram counts for each (word, next word) pair of a title
of formulas.tsv counted in the story; the head noun before the name (الأمير) and every
use outside a title (صاحب العمل، الديوان الملكي) stay. Right values counted by hand.
"""

import pandas as pd
import pytest

from helpers.freq import count_corpus, keyness, term_frequencies
from helpers.text import title_pairs

# keys by hand, story a: استقبل صاحب سمو ملكي امير فيصل صاحب عمل / صدر امر ملكي من ديوان
# ملكي (8 + 6 words)
A = "استقبل صاحب السمو الملكي الأمير فيصل صاحب العمل. صدر الأمر الملكي من الديوان الملكي."
# story b: صاحب معالي وزير زار خادم حرمين شريفين ملك سلمان (9 words)
B = "صاحب المعالي الوزير زار خادم الحرمين الشريفين الملك سلمان."


def _stories():
    return pd.DataFrame(
        {"story_id": ["a", "b"], "title": ["", ""], "body": [A, B], "outlet": ["x", "y"]}
    )


def test_title_pairs_are_the_titles_of_formulas_tsv():
    # the five titles of address of formulas.tsv, each pair of neighbours once:
    # خادم حرمين شريفين ملك (3), صاحب سمو ملكي امير (3), صاحب سمو امير (+1: سمو امير),
    # صاحب معالي (1), صاحب فضيلة شيخ (2)
    assert title_pairs() == {
        ("خادم", "حرمين"),
        ("حرمين", "شريفين"),
        ("شريفين", "ملك"),
        ("صاحب", "سمو"),
        ("سمو", "ملكي"),
        ("ملكي", "امير"),
        ("سمو", "امير"),
        ("صاحب", "معالي"),
        ("صاحب", "فضيلة"),
        ("فضيلة", "شيخ"),
    }


def test_counts_leave_out_the_uses_inside_a_title():
    counts = count_corpus(_stories())
    table = term_frequencies(counts, by="story_id")
    got = {(r.story_id, r.term): r.count for r in table.itertuples()}
    # story a: صاحب twice, once inside the title -> 1 (صاحب العمل); سمو once, inside -> 0;
    # ملكي three times, once inside -> 2 (الأمر الملكي، الديوان الملكي); امير, the head: 1
    assert got[("a", "صاحب")] == 1
    assert ("a", "سمو") not in got
    assert got[("a", "ملكي")] == 2
    assert got[("a", "امير")] == 1
    assert got[("a", "فيصل")] == 1
    # story b: صاحب once, inside «صاحب المعالي» -> 0; معالي is the title's last word: 1
    # (a display stopword, formulas.tsv's alone column); خادم حرمين شريفين inside -> 0;
    # ملك the head: 1
    assert ("b", "صاحب") not in got
    assert got[("b", "معالي")] == 1
    assert not {("b", "خادم"), ("b", "حرمين"), ("b", "شريفين")} & set(got)
    assert got[("b", "ملك")] == 1
    # tokens are still tokens: the per-1,000 denominators keep them (a: 14 counted
    # words, من a stopword among them; b: 9)
    assert counts.tokens.tolist() == [14, 9]


def test_keyness_reads_the_same_counts():
    counts = count_corpus(_stories())
    table = keyness(counts, ["a"], ["b"], min_stories=1)
    row = table.set_index("term")
    assert row.loc["صاحب", "count_target"] == 1 and row.loc["صاحب", "count_reference"] == 0
    assert row.loc["ملكي", "count_target"] == 2
    assert "سمو" not in row.index


def test_the_bigrams_keep_the_pairs_for_the_formula_rule():
    # the bigram counts are unchanged: the n-gram views leave the pairs out as formulas
    counts = count_corpus(_stories())
    table = term_frequencies(counts, by="story_id", n=2)
    got = {(r.story_id, r.term): r.count for r in table.itertuples()}
    assert got[("a", "صاحب سمو")] == 1 and got[("a", "ديوان ملكي")] == 1
    assert got[("b", "صاحب معالي")] == 1


def test_the_tokens_path_gives_the_same_counts():
    # story level reads a tokens table: the same rule, the same counts and sizes
    from helpers.corpus import zones
    from helpers.text import tokenize_zones

    stories = _stories()
    tokens = tokenize_zones(zones(stories.assign(captions=[[], []]), ["title", "body"]))
    table = term_frequencies(tokens, by="story_id")
    got = {(r.story_id, r.term): r.count for r in table.itertuples()}
    assert got[("a", "صاحب")] == 1 and got[("a", "ملكي")] == 2 and got[("a", "امير")] == 1
    assert ("a", "سمو") not in got and ("b", "صاحب") not in got
    from_counts = term_frequencies(count_corpus(stories), by="story_id")
    cols = ["story_id", "term", "count", "per_1000", "rank"]
    pd.testing.assert_frame_equal(
        table[cols].reset_index(drop=True), from_counts[cols].reset_index(drop=True)
    )
    kt = keyness(tokens, ["a"], ["b"], min_stories=1).set_index("term")
    kc = keyness(count_corpus(stories), ["a"], ["b"], min_stories=1).set_index("term")
    assert kt.loc["صاحب", "count_target"] == 1 and "سمو" not in kt.index
    assert kt.loc["ملكي", "g2"] == pytest.approx(kc.loc["ملكي", "g2"])


def test_a_pair_across_a_comma_is_no_title():
    # «صاحب، السمو»: the comma breaks the pair, both words count (the bigram is not
    # counted either)
    from helpers.freq.counts import title_uses
    from helpers.text import tokenize

    assert not title_uses(tokenize("صاحب، السمو")).any()
    assert title_uses(tokenize("صاحب السمو")).tolist() == [True, False]


def test_unigram_counts_do_not_depend_on_the_orders_counted():
    # the reviewer's case (session 23, fix23e): a: استقبل صاحب سمو ملكي امير محمد وفد /
    # صاحب عمل حاضر; b: قال صاحب سمو امير خالد ان صاحب. صاحب: 2 uses in each story, one
    # inside a title -> 1 and 1; سمو 2 uses, both inside -> 0; ملكي 1, inside -> 0;
    # امير the head, once in each -> 1 and 1. Counting unigrams alone gave صاحب 2 and 2,
    # سمو, ملكي kept (the bigrams the rule reads were not counted); the tokens path
    # always gave the values here.
    stories = pd.DataFrame(
        {
            "story_id": ["a", "b"],
            "title": ["", ""],
            "body": [
                "استقبل صاحب السمو الملكي الأمير محمد الوفد. صاحب العمل حاضر.",
                "وقال صاحب السمو الأمير خالد إن صاحب.",
            ],
        }
    )
    for n in [1, (1,), (1, 2), (1, 3), (1, 2, 3)]:
        counts = count_corpus(stories, n=n)
        table = term_frequencies(counts, by="story_id")
        got = {(r.story_id, r.term): r.count for r in table.itertuples()}
        assert got[("a", "صاحب")] == got[("b", "صاحب")] == 1, n
        assert got[("a", "امير")] == got[("b", "امير")] == 1, n
        assert not {("a", "سمو"), ("b", "سمو"), ("a", "ملكي")} & set(got), n
        # the order counted for the rule alone is not kept
        want = (n,) if isinstance(n, int) else n
        assert counts.n == want and sorted(counts.matrix) == list(want), n
