"""helpers.freq: term frequencies, n-grams, df/TF-IDF, streaming counts."""

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.corpus import load_corpus, zones
from helpers.errors import DecodingError, KhabarError
from helpers.freq import FREQ_COLUMNS, count_terms, term_frequencies
from helpers.text import reporting_verbs, tokenize, tokenize_zones

ROOT = Path(__file__).resolve().parents[1]
S1, S2 = "asharq-two-stories-01", "asharq-two-stories-02"


@pytest.fixture(scope="module")
def zone_table():
    return zones(load_corpus(ROOT / "data/raw/asharq-two-stories.txt"))


@pytest.fixture(scope="module")
def tokens(zone_table):
    return tokenize_zones(zone_table)


@pytest.fixture(scope="module")
def unigrams(tokens):
    return term_frequencies(tokens)


def row(freq, story, term):
    got = freq[(freq["story_id"] == story) & (freq["term"] == term)]
    assert len(got) == 1, term
    return got.iloc[0]


def test_columns_and_dtypes(unigrams):
    assert list(unigrams.columns) == ["story_id", *FREQ_COLUMNS]
    assert {c: str(unigrams[c].dtype) for c in FREQ_COLUMNS} == FREQ_COLUMNS


def test_key_counts_and_labels(unigrams):
    lav = row(unigrams, S1, "لافروف")
    assert (lav["count"], lav["label"]) == (7, "لافروف")
    assad = row(unigrams, S2, "اسد")
    assert (assad["count"], assad["label"], assad["rank"]) == (8, "الأسد", 1)
    # the label is the most frequent surface form, not the key
    assert row(unigrams, S1, "اميركي")["label"] == "الأميركي"


def test_no_stopword_in_top_20(tokens, unigrams):
    stops = set(tokens.loc[tokens["is_stop"], "base"])
    assert stops  # the stories do contain stopwords (في، على، أن...)
    for story in (S1, S2):
        top = unigrams[(unigrams["story_id"] == story) & (unigrams["rank"] <= 20)]
        assert len(top) >= 20
        assert not set(top["term"]) & stops


def test_per_1000_df_tfidf(tokens, unigrams):
    s1 = tokens[tokens["story_id"] == S1]
    n_tokens = s1["kind"].isin(["word", "latin", "abbrev"]).sum()
    lav = row(unigrams, S1, "لافروف")
    assert lav["per_1000"] == pytest.approx(7 / n_tokens * 1000)
    # لافروف occurs in story 1 only; يوم (اليوم، يوم) in both
    assert lav["df"] == 1
    assert lav["tfidf"] == pytest.approx(7 * (math.log(3 / 2) + 1))
    # story 2: اليوم in the title (its repeat on line 30 is dropped) + يوم 4 times in the body
    yawm = row(unigrams, S2, "يوم")
    assert (yawm["count"], yawm["df"]) == (5, 2)
    assert yawm["tfidf"] == pytest.approx(5 * (math.log(3 / 3) + 1))


def test_bigrams_and_trigrams(tokens):
    bi = term_frequencies(tokens, n=2)
    top = row(bi, S2, "بشار اسد")
    assert (top["count"], top["label"], top["rank"]) == (5, "بشار الأسد", 1)
    assert row(bi, S1, "وزير خارجية")["label"] == "وزير الخارجية"
    tri = term_frequencies(tokens, n=3)
    assert row(tri, S2, "رئيس بشار اسد")["count"] == 2


def test_ngrams_never_cross_boundaries():
    text = "وزير الخارجية، لافروف. الخارجية لافروف\nلافروف موسكو في بغداد 2254 دمشق"
    bi = term_frequencies(tokenize(text), by=None, n=2)
    # comma, sentence end, line break, stopword في and the number all break
    assert sorted(bi["term"]) == ["خارجية لافروف", "لافروف موسكو", "وزير خارجية"]


def test_extra_stopwords_and_top(tokens):
    with_verbs = term_frequencies(tokens, n=1)
    no_verbs = term_frequencies(tokens, n=1, extra_stopwords=reporting_verbs())
    assert "اضاف" in set(with_verbs["term"])
    assert "اضاف" not in set(no_verbs["term"])
    top5 = term_frequencies(tokens, top=5)
    assert top5.groupby("story_id").size().tolist() == [5, 5]


def test_empty_and_bad_input():
    empty = term_frequencies(tokenize(""), by=None)
    assert list(empty.columns) == list(FREQ_COLUMNS)
    assert len(empty) == 0
    with pytest.raises(
        KhabarError, match=r"^term_frequencies: the tokens table lacks column\(s\) \['story_id'\]"
    ):
        term_frequencies(tokenize("نص"))
    with pytest.raises(KhabarError, match=r"^term_frequencies: n must be 1, 2 or 3 .*, got 4$"):
        term_frequencies(tokenize("نص"), by=None, n=4)


def test_count_terms_matches_token_table(zone_table, tokens):
    texts = zone_table.loc[zone_table["zone"].isin(["title", "body"]), "text"].tolist()
    streamed = count_terms(iter(texts), progress=False)
    table = term_frequencies(tokens, by=None)
    assert streamed.attrs["tokens"] == tokens["kind"].isin(["word", "latin", "abbrev"]).sum()
    merged = streamed.merge(table, on="term", suffixes=("_s", "_t"))
    assert len(merged) == len(table) == len(streamed)
    assert (merged["count_s"] == merged["count_t"]).all()
    assert streamed.set_index("term").loc["لافروف", "count"] == 7


def test_count_terms_reads_files(tmp_path):
    (tmp_path / "a.txt").write_text("والعراق العراق لافروف", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes("العراق".encode("cp1256"))
    got = count_terms([tmp_path / "a.txt"], progress=False)
    assert dict(zip(got["term"], got["count"], strict=True)) == {"عراق": 2, "لافروف": 1}
    with pytest.raises(DecodingError, match=r"b\.txt"):
        count_terms([bad], progress=False)
    with pytest.raises(KhabarError, match="expected str or path"):
        count_terms([42], progress=False)


def test_label_ties_prefer_the_form_without_proclitics(tokens, zone_table):
    # وجود: للوجود 2, الوجود 2, وجود 1 -> الوجود; سقوط: لسقوط, سقوط, وسقوط once each -> سقوط
    uni = term_frequencies(tokens)
    assert row(uni, S1, "وجود")["label"] == "الوجود"
    assert row(uni, S2, "سقوط")["label"] == "سقوط"
    texts = zone_table.loc[zone_table["zone"] != "caption", "text"]
    streamed = count_terms(texts, progress=False).set_index("term")
    assert streamed.loc["وجود", "label"] == "الوجود"
    assert streamed.loc["سقوط", "label"] == "سقوط"


def test_one_label_per_key_in_every_table(tokens):
    # وجود in story 1: للوجود 2, الوجود 2, وجود 1 (title and body; captions add none).
    # keyness used to break the tie by first occurrence (للوجود, in the title); every
    # table now takes term_labels, so the key reads الوجود in all of them.
    from helpers.freq import keyness, shared_terms, term_labels

    labels = term_labels(tokens)
    assert labels["وجود"] == "الوجود"
    assert labels["سقوط"] == "سقوط"
    kt = keyness(tokens, S1, S2).set_index("term")
    assert kt.loc["وجود", "label"] == "الوجود"
    assert kt.loc["سقوط", "label"] == "سقوط"
    st_ = shared_terms(tokens, S1, S2).set_index("term")
    assert st_.loc["وجود", "label"] == "الوجود"
    uni = term_frequencies(tokens).drop_duplicates("term").set_index("term")["label"]
    common = uni.index.intersection(kt.index)
    assert len(common) > 200
    assert (uni[common] == kt.loc[common, "label"]).all()
    assert (uni[common] == labels[common]).all()


ALPHABET = "وفبلكالعراقسدمحنيةىأإآ" + "\u064e\u0651\u0640\u200c\u200f" + " .،:«»\n" + "ab1٢@/"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_streaming_keys_equal_token_table_keys(text):
    table = term_frequencies(tokenize(text), by=None)
    streamed = count_terms([text], progress=False)
    assert dict(zip(streamed["term"], streamed["count"], strict=True)) == dict(
        zip(table["term"], table["count"], strict=True)
    )
