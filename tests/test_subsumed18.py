"""Session 18 (branch ngram18): subsumed n-grams give way to the longer n-gram that holds
them (``helpers.freq.subsumed``), an option that is off by default. Every count below
was worked out by hand from the text."""

from __future__ import annotations

import pandas as pd
import pytest
from jsonl_files import write_jsonl

from helpers.errors import ArgumentError
from helpers.freq import term_frequencies
from helpers.text import tokenize

# رئيس بشار 2, بشار اسد 3; the trigram رئيس بشار اسد 2
ASAD = "الرئيس بشار الأسد. الرئيس بشار الأسد. بشار الأسد."


def _counts(table):
    return dict(zip(table["term"], table["count"], strict=True))


def _ranks(table):
    return dict(zip(table["term"], table["rank"], strict=True))


def test_a_pair_wholly_inside_the_trigram_goes_one_partly_inside_stays():
    tokens = tokenize(ASAD)
    plain = term_frequencies(tokens, by=None, n=2)
    assert _counts(plain) == {"بشار اسد": 3, "رئيس بشار": 2}
    out = term_frequencies(tokens, by=None, n=2, drop_subsumed=True)
    # رئيس بشار: 2 uses, both inside رئيس بشار اسد (2), which takes its place; بشار اسد
    # once on its own: it stays
    assert _counts(out) == {"بشار اسد": 3, "رئيس بشار اسد": 2}
    assert _ranks(out) == {"بشار اسد": 1, "رئيس بشار اسد": 2}
    assert out["n"].tolist() == [2, 3] and out["label"].tolist()[1] == "الرئيس بشار الأسد"
    assert out.attrs["subsumed_dropped"] == 1 and out.attrs["subsumed_longer"] == 1
    # off by default: the same table as without the option
    pd.testing.assert_frame_equal(
        plain, term_frequencies(tokens, by=None, n=2, drop_subsumed=False)
    )
    # unigrams against bigrams and trigrams: بشار 3 and اسد 3 give way to بشار اسد 3,
    # رئيس 2 to رئيس بشار 2 and رئيس بشار اسد 2 (both hold it as often)
    assert _counts(term_frequencies(tokens, by=None, n=1, drop_subsumed=True)) == {
        "بشار اسد": 3,
        "رئيس بشار": 2,
        "رئيس بشار اسد": 2,
    }
    # the longest order has nothing longer: unchanged
    assert _counts(term_frequencies(tokens, by=None, n=3, drop_subsumed=True)) == {
        "رئيس بشار اسد": 2
    }


def test_ties_both_pairs_of_one_trigram_give_way_to_it_once():
    # مجلس امن 2, امن دولي 2, trigram مجلس امن دولي 2: both pairs go, the trigram comes
    # in once (the name does not leave the list)
    tokens = tokenize("مجلس الأمن الدولي. مجلس الأمن الدولي. وزير الخارجية.")
    out = term_frequencies(tokens, by=None, n=2, drop_subsumed=True)
    # وزير خارجية 1 is in no trigram (a sentence end follows): it stays
    assert _counts(out) == {"مجلس امن دولي": 2, "وزير خارجية": 1}
    assert _ranks(out) == {"مجلس امن دولي": 1, "وزير خارجية": 2}
    assert out.attrs["subsumed_dropped"] == 2 and out.attrs["subsumed_longer"] == 1


def test_two_trigrams_that_together_cover_a_pair_do_not_subsume_it():
    # حكومة عراقية 2: once in حكومة عراقية جديدة (1), once in رئيس حكومة عراقية (1)
    tokens = tokenize("الحكومة العراقية الجديدة. رئيس الحكومة العراقية.")
    out = term_frequencies(tokens, by=None, n=2, drop_subsumed=True)
    # pairs seen once are never subsumed (REPEATED): رئيس حكومة، عراقية جديدة stay
    assert _counts(out) == _counts(term_frequencies(tokens, by=None, n=2))
    assert _counts(out) == {"حكومة عراقية": 2, "رئيس حكومة": 1, "عراقية جديدة": 1}
    assert out.attrs["subsumed_dropped"] == 0


def test_a_stopword_is_a_gap_for_the_longer_ngram_too():
    tokens = tokenize("وزير الخارجية في الرياض. وزير الخارجية في جدة.")
    # default: في is a stopword, so no trigram holds وزير خارجية: it stays
    out = term_frequencies(tokens, by=None, n=2, drop_subsumed=True)
    assert _counts(out) == {"وزير خارجية": 2}
    # stopwords kept: وزير خارجية في 2 holds both uses of وزير خارجية and of خارجية في;
    # في رياض 1 and في جدة 1, seen once, stay
    out = term_frequencies(tokens, by=None, n=2, drop_stop=False, drop_subsumed=True)
    assert _counts(out) == {"وزير خارجية في": 2, "في جدة": 1, "في رياض": 1}


def test_groups_are_apart_and_top_is_taken_after_the_drop():
    from helpers.freq.subsumed import subsumed, without_subsumed

    bigrams = pd.DataFrame(
        {
            "outlet": ["a", "a", "b"],
            "term": ["رئيس بشار", "بشار اسد", "رئيس بشار"],
            "n": [2, 2, 2],
            "count": [2, 1, 2],
            "rank": [1, 2, 1],
        }
    )
    trigrams = pd.DataFrame(
        {"outlet": ["b"], "term": ["رئيس بشار اسد"], "n": [3], "count": [2], "rank": [1]}
    )
    # only b's رئيس بشار is inside b's trigram; a has no trigram
    assert subsumed(bigrams, [trigrams]).tolist() == [False, False, True]
    out = without_subsumed(bigrams, [trigrams])
    assert out[["outlet", "term", "rank"]].values.tolist() == [
        ["a", "رئيس بشار", 1],
        ["a", "بشار اسد", 2],
        ["b", "رئيس بشار اسد", 1],
    ]
    out = without_subsumed(bigrams, [trigrams], top=1)
    assert out["term"].tolist() == ["رئيس بشار", "رئيس بشار اسد"]
    with pytest.raises(ArgumentError, match="grouped differently"):
        subsumed(bigrams, [trigrams.drop(columns="outlet")])
    with pytest.raises(ArgumentError, match="lacks column"):
        subsumed(bigrams.drop(columns="count"), [trigrams])


def test_bad_flag_and_corpus_counts_without_trigrams():
    from helpers.freq import count_corpus

    with pytest.raises(ArgumentError, match="drop_subsumed must be True or False"):
        term_frequencies(tokenize(ASAD), by=None, n=2, drop_subsumed="yes")
    stories = pd.DataFrame({"story_id": ["s1"], "title": [""], "body": [ASAD]})
    cc = count_corpus(stories, n=(1, 2))
    with pytest.raises(ArgumentError, match="n=3 was not counted"):
        term_frequencies(cc, by=None, n=2, drop_subsumed=True)


def test_embedded_story_two_loses_rais_bashar_only_when_asked(embedded_path):
    """terms18's measure: بشار اسد 5, رئيس بشار 2, رئيس بشار اسد 2 in story 2."""
    from helpers.corpus import load_corpus, zones
    from helpers.freq import count_corpus
    from helpers.text import tokenize_zones

    stories = load_corpus(embedded_path)
    tokens = tokenize_zones(zones(stories))
    plain = term_frequencies(tokens, n=2)
    two = plain[plain["story_id"].str.endswith("02")]
    assert _counts(two)["بشار اسد"] == 5 and _counts(two)["رئيس بشار"] == 2
    out = term_frequencies(tokens, n=2, drop_subsumed=True)
    two = out[out["story_id"].str.endswith("02")]
    assert "رئيس بشار" not in _counts(two) and _counts(two)["رئيس بشار اسد"] == 2
    assert _counts(two)["بشار اسد"] == 5 and _ranks(two)["بشار اسد"] == 1
    # a pair seen once stays a pair (not آخر مواقع الجيش 1, which overlapped the next)
    assert _counts(two)["اخر مواقع"] == 1 and "اخر مواقع جيش" not in _counts(two)
    # story 1: وزير خارجية 3 and حكومة عراقية 3 stay (rank 1); وجود عسكري 3 and عسكري
    # اميركي 3 give way to وجود عسكري اميركي 3
    one = out[out["story_id"].str.endswith("01")]
    assert _counts(one)["وزير خارجية"] == 3 and _counts(one)["حكومة عراقية"] == 3
    assert "عسكري اميركي" not in _counts(one) and "وجود عسكري" not in _counts(one)
    assert _counts(one)["وجود عسكري اميركي"] == 3
    # the corpus counts give the same table when they hold trigrams
    cc = count_corpus(stories, n=(1, 2, 3))
    pd.testing.assert_frame_equal(
        out.reset_index(drop=True),
        term_frequencies(cc, n=2, drop_subsumed=True).reset_index(drop=True),
        check_like=False,
    )


def test_notebook_02_group_tables_drop_only_when_asked(tmp_path):
    """Beyond 8 stories (per outlet): 9 stories «زار الرئيس الرياض» / «بشار الأسد.»; the
    title's two pairs are inside its trigram as often as they occur (the trigram takes
    their place), بشار اسد is in no trigram. The run's counts hold no trigrams: the
    option counts them in the process."""

    from helpers.sections import term_table, top_terms_figures
    from helpers.study import open_study

    path = tmp_path / "news.jsonl"
    records = []
    for i in range(9):
        record = {
            "id": f"t{i:02d}",
            "title": "زار الرئيس الرياض",
            "body": f"بشار الأسد. {i}",
            "source": "aawsat" if i < 3 else "sabq",
        }
        records.append(record)
    write_jsonl(path, records)
    study = open_study(path, fields={"outlet": "source"})
    plain = term_table(study, 2)
    assert sorted(plain["term"].unique()) == ["بشار اسد", "رئيس رياض", "زار رئيس"]
    out = term_table(study, 2, drop_subsumed=True)
    assert out[["outlet", "term", "count", "rank"]].values.tolist() == [
        ["سبق", "بشار اسد", 6, 1],
        ["سبق", "زار رئيس رياض", 6, 1],
        ["الشرق الأوسط", "بشار اسد", 3, 1],
        ["الشرق الأوسط", "زار رئيس رياض", 3, 1],
    ]
    ((name, _),) = top_terms_figures(study, out)
    assert name == "02_top_bigrams_by_group"
    # a table left empty is still the bigrams' chart, not the terms' one
    empty = term_table(study, 2, extra_stopwords=("بشار", "رئيس"))
    assert empty.empty
    ((name, _),) = top_terms_figures(study, empty)
    assert name == "02_top_bigrams_by_group"
