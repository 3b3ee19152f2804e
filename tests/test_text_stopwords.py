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


def test_issue_13_function_words_are_no_top_terms():
    # issue 13: كانت، أحد، تم، يتم ranked among top and key terms of real news. أحد is a
    # stopword; Sunday (الأحد) keeps its article in its key and stays a term
    # (data/article_keys.tsv, data/stopwords_added.tsv)
    from helpers.freq import term_frequencies

    text = (
        "كانت الحكومة قد أعلنت أن أحد المشاريع تم افتتاحه وأن المشروع الثاني يتم بناؤه. "
        "وكانت الحكومة تم إعلامها يوم الأحد. فتم الاتفاق."
    )
    tokens = tokenize(text)
    stop = dict(zip(tokens["surface"], tokens["is_stop"], strict=True))
    for w in ("كانت", "وكانت", "تم", "فتم", "يتم"):
        assert stop[w], w
    assert stop["أحد"] and not stop["الأحد"]
    terms = list(term_frequencies(tokens, by=None)["term"])
    assert terms[0] == "حكومة"  # 2, the most frequent content word
    assert not {"كانت", "تم", "يتم", "احد"} & set(terms)
    assert "الاحد" in terms


def test_additions_never_change_a_split():
    from helpers.text import function_words

    assert "كانت" in stopwords() and "كانت" not in function_words()
    assert stopwords() - function_words() >= {"كانت", "تم", "يتم", "يكون"}
    assert "احد" in stopwords() and "احد" not in function_words()
    # واحد stays whole (the split و + احد is not licensed by the stopword احد)
    t = tokenize("واحد وتم")
    assert list(t["base"]) == ["واحد", "تم"]
    assert list(t["clitics"]) == ["", "و"]


def test_display_stopwords_one_list_for_top_terms_views():
    from helpers.freq import term_frequencies
    from helpers.text import display_stopwords, name_parts

    assert {"بن", "ابن", "ابو", "عبد", "ال"} <= name_parts()
    assert not name_parts() & stopwords()  # name parts are never stopwords
    assert "علي" not in display_stopwords()  # a name, not a particle
    assert {"قال", "اكد", "بن", "كانت"} <= display_stopwords()
    tokens = tokenize("وقال محمد بن سلمان إن الاتفاق مهم. وقال الوزير إن الاتفاق نهائي.")
    counted = term_frequencies(tokens, by=None)
    assert dict(zip(counted["term"], counted["count"], strict=True))["قال"] == 2
    shown = term_frequencies(tokens, by=None, extra_stopwords=display_stopwords())
    assert list(shown["term"][:1]) == ["اتفاق"]
    assert not {"قال", "بن"} & set(shown["term"])
    # the bigram of the name keeps its particle
    bigrams = set(term_frequencies(tokens, by=None, n=2)["term"])
    assert "محمد بن" in bigrams and "بن سلمان" in bigrams
