"""helpers.freq given arguments of the wrong type or value (breaker report, finding 10).

A single string where a collection of names is expected is one name (kinds="word" is
("word",)), never a sequence of one-letter names; count_terms refuses a bare string (a
text or a file name?); numbers are not story ids; unsupported n, top and kinds values
raise ArgumentError naming the argument and the allowed values.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers.corpus import load_corpus, zones
from helpers.errors import ArgumentError, KhabarError, SelectionError
from helpers.freq import (
    count_terms,
    keyness,
    shared_terms,
    term_frequencies,
    term_labels,
    vocabulary_overlap,
)
from helpers.text import tokenize, tokenize_zones

ROOT = Path(__file__).resolve().parents[1]
S1, S2 = "asharq-two-stories-01", "asharq-two-stories-02"


@pytest.fixture(scope="module")
def tokens():
    return tokenize_zones(zones(load_corpus(ROOT / "data/raw/asharq-two-stories.txt")))


def counts(table) -> dict:
    return dict(zip(table["term"], table["count"], strict=True))


# ---------------------------------------------------------------- one string = one name


def test_single_kind_string_is_one_kind():
    toks = tokenize("العراق Reuters العراق")
    words = term_frequencies(toks, by=None, kinds="word")
    # two word tokens: عراق twice, per 1,000 of the 2 counted tokens
    assert counts(words) == {"عراق": 2}
    assert words["per_1000"].tolist() == [1000.0]
    latin = term_frequencies(toks, by=None, kinds="latin")
    assert counts(latin) == {"reuters": 1}
    assert latin["label"].tolist() == ["Reuters"]
    pd.testing.assert_frame_equal(words, term_frequencies(toks, by=None, kinds=("word",)))
    # None counts every kind: 3 tokens, عراق 2 of them
    every = term_frequencies(toks, by=None, kinds=None)
    assert counts(every) == {"عراق": 2, "reuters": 1}
    assert every.set_index("term").loc["عراق", "per_1000"] == pytest.approx(2000 / 3)
    assert term_labels(toks, kinds="latin").to_dict() == {"reuters": "Reuters"}


def test_single_extra_stopword_string_is_one_word():
    toks = tokenize("قال الرئيس إن الرئيس وصل")
    # إن is a stopword; قال is a reporting verb, kept unless asked
    assert counts(term_frequencies(toks, by=None)) == {"رئيس": 2, "قال": 1, "وصل": 1}
    dropped = counts(term_frequencies(toks, by=None, extra_stopwords="رئيس"))
    assert dropped == {"قال": 1, "وصل": 1}


def test_kinds_string_in_keyness_and_overlap(tokens):
    one = keyness(tokens, S1, S2, kinds="word")
    pd.testing.assert_frame_equal(one, keyness(tokens, S1, S2, kinds=("word",)))
    # only words counted: the corpus sizes are the word tokens of each story
    words = tokens[tokens["kind"] == "word"]
    assert one.attrs["target_size"] == int((words["story_id"] == S1).sum())
    pd.testing.assert_frame_equal(
        shared_terms(tokens, S1, S2, kinds="word"), shared_terms(tokens, S1, S2, kinds=["word"])
    )
    assert vocabulary_overlap(tokens, S1, S2, kinds="word").equals(
        vocabulary_overlap(tokens, S1, S2, kinds=("word",))
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda t: term_frequencies(t, kinds="words"), "term_frequencies: unknown kinds 'words'"),
        (lambda t: term_frequencies(t, kinds=["word", 1]), "kinds must hold strings, got 1"),
        (lambda t: term_frequencies(t, kinds=5), "kinds must be a string or a list"),
        (lambda t: term_frequencies(t, extra_stopwords=[None]), "extra_stopwords must hold"),
        (lambda t: keyness(t, S1, S2, kinds="Word"), "keyness: unknown kinds 'Word'"),
        (lambda t: shared_terms(t, S1, S2, kinds=("wrod",)), "shared_terms: unknown kinds"),
        (lambda t: vocabulary_overlap(t, S1, S2, kinds="x"), "vocabulary_overlap: unknown"),
        (lambda t: term_labels(t, kinds="latn"), "term_labels: unknown kinds 'latn'"),
    ],
)
def test_bad_kinds_name_the_argument_and_allowed_values(tokens, call, message):
    with pytest.raises(ArgumentError, match=message) as err:
        call(tokens)
    if "unknown" in message:
        assert str(err.value).endswith("allowed: word, number, punct, latin, abbrev, url")


# ---------------------------------------------------------------- n and top


@pytest.mark.parametrize("n", [0, 4, 5, -1, 1.5, "2", True, None])
def test_unsupported_ngram_size(tokens, n):
    with pytest.raises(ArgumentError, match=r"n must be 1, 2 or 3 \(unigrams, bigrams, trigrams\)"):
        term_frequencies(tokens, n=n)


def test_numpy_ngram_size_is_accepted(tokens):
    pd.testing.assert_frame_equal(
        term_frequencies(tokens, n=np.int64(2)), term_frequencies(tokens, n=2)
    )


@pytest.mark.parametrize("top", [-1, 0, 1.5, "5", True])
def test_bad_top(tokens, top):
    with pytest.raises(ArgumentError, match=r"top must be a whole number >= 1 or None"):
        term_frequencies(tokens, top=top)


def test_top_one_keeps_each_storys_first_row(tokens):
    full = term_frequencies(tokens)
    top1 = term_frequencies(tokens, top=1)
    assert top1["story_id"].tolist() == [S1, S2]
    # the first row of each story: rank 1 (ties in term order)
    expected = full.groupby("story_id").head(1).reset_index(drop=True)
    pd.testing.assert_frame_equal(top1, expected)
    assert top1.set_index("story_id").loc[S2, "term"] == "اسد"  # الأسد, 8 times


# ---------------------------------------------------------------- count_terms


@pytest.mark.parametrize("texts", ["نص", "data/raw/asharq-two-stories.txt", b"abc"])
def test_count_terms_refuses_a_bare_string(texts):
    with pytest.raises(ArgumentError, match=r"count_terms: texts is a single (str|bytes)") as err:
        count_terms(texts, progress=False)
    assert "count_terms([text])" in str(err.value)


def test_count_terms_refuses_a_non_iterable():
    with pytest.raises(ArgumentError, match=r"texts must be an iterable .* got int"):
        count_terms(5, progress=False)


def test_count_terms_single_path_is_one_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("والعراق العراق لافروف", encoding="utf-8")
    assert counts(count_terms(f, progress=False)) == {"عراق": 2, "لافروف": 1}
    # known: one string is one attested word, as a one-element list. لزيلوخوف (a name
    # the lexicon lacks, as it lacks زيلوخوف) stays whole unless زيلوخوف is attested
    # (a string read letter by letter would attest nothing)
    g = tmp_path / "b.txt"
    g.write_text("لزيلوخوف والعراق", encoding="utf-8")
    assert counts(count_terms([g], progress=False)) == {"عراق": 1, "لزيلوخوف": 1}
    assert counts(count_terms([g], known="زيلوخوف", progress=False)) == {
        "زيلوخوف": 1,
        "عراق": 1,
    }
    pd.testing.assert_frame_equal(
        count_terms([g], known="زيلوخوف", progress=False),
        count_terms([g], known=["زيلوخوف"], progress=False),
    )


def test_count_terms_folder_path_names_it(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for texts in ([folder], folder):
        with pytest.raises(ArgumentError, match="is a folder, not a text file") as err:
            count_terms(texts, progress=False)
        assert err.value.path == folder
        assert str(err.value).startswith(f"{folder}: ")
        assert "glob('*.txt')" in str(err.value)


# ---------------------------------------------------------------- keyness selections


@pytest.mark.parametrize(
    ("target", "reference", "side", "given"),
    [
        (1, 2, "target", "int 1"),
        (np.nan, None, "target", "float nan"),
        (np.int64(0), None, "target", "int64 0"),
        (S1, 2, "reference", "int 2"),
        (S1, 2.5, "reference", "float 2.5"),
        (b"x", None, "target", "bytes b'x'"),
        (True, None, "target", "bool True"),
    ],
)
def test_keyness_non_string_selection(tokens, target, reference, side, given):
    with pytest.raises(SelectionError) as err:
        keyness(tokens, target, reference)
    text = str(err.value)
    assert text.startswith(
        f"the {side} must be a story id (str), a list of story ids, a {{column: value}} "
        f"mapping or a boolean mask over stories=; got {given}"
    )
    assert f"story ids are strings such as '{S1}'" in text
    assert isinstance(err.value, KhabarError)


def test_keyness_list_of_numbers_names_them_as_unknown_ids(tokens):
    with pytest.raises(SelectionError, match="the target names stories not in the corpus: 1, 2"):
        keyness(tokens, [1, 2])
