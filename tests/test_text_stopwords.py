"""Curated stopwords matched on base forms; reporting verbs; stemming."""

from helpers.text import is_stopword, reporting_verbs, stem, stopwords, tokenize


def test_function_words_are_stopwords():
    sw = stopwords()
    for w in ("في", "على", "الى", "ان", "الذي", "التي", "كان", "ليس", "فيما", "عليه", "هذه"):
        assert w in sw, w


def test_name_parts_and_news_words_curated_out():
    sw = stopwords()
    for w in ("علي", "ابو", "ابن", "بن", "ال", "عام", "يوم", "مليون", "شهر"):
        assert w not in sw, w


def test_ali_survives_with_and_without_maqsura_folding():
    t = tokenize("محمد علي الحكيم على الفور")
    assert dict(zip(t["surface"], t["is_stop"], strict=True)) == {
        "محمد": False,
        "علي": False,
        "الحكيم": False,
        "على": True,
        "الفور": False,
    }
    folded = tokenize("محمد علي الحكيم على الفور", maqsura=True)
    assert folded["is_stop"].tolist() == [False, False, False, False, False]
    assert not is_stopword("علي", maqsura=True)


def test_stopwords_match_base_forms():
    t = tokenize("وفي للذي ولا")
    assert t["base"].tolist() == ["في", "الذي", "لا"]
    assert t["is_stop"].all()


def test_reporting_verbs_separate():
    rv = reporting_verbs()
    assert {"قال", "اضاف", "اكد", "اوضح", "تابع", "اشار"} <= rv
    assert "قال" not in stopwords()


def test_snowball_stem_is_for_exploration():
    # Snowball Arabic (PyStemmer): the article goes, a proclitic-laden word stays
    assert stem("الأسد") == "اسد"
    assert stem(["والعراق"]) == ["والعراق"]


def test_reporting_words_one_file_gives_both_lists():
    from helpers.quotes import REPORTING_WORDS
    from helpers.text import reporting_verbs, reporting_words

    # the quotes list and the optional stopword list come from data/reporting_verbs.tsv
    assert reporting_words() == REPORTING_WORDS
    assert len(reporting_verbs()) == 46
    assert {"قال", "قالت", "اكد", "كشف", "نقلت"} <= reporting_verbs()
    assert reporting_words()["مؤكدا"] == "أكد"
    assert "كشف" not in reporting_words()  # a stopword-list verb that opens no quote
