"""Session 18 (terms18): term keys of country names written two ways, and the optional
word lists a user can drop from rankings. Values worked out by hand."""

from __future__ import annotations

import pytest

from helpers.errors import ArgumentError
from helpers.freq import count_terms, term_frequencies
from helpers.sections import extra_stopwords
from helpers.text import (
    Analyser,
    bare_spelling_variants,
    optional_stopwords,
    stopwords,
    tokenize,
)


def _counts(text: str) -> dict[str, int]:
    table = count_terms([text])
    return dict(zip(table["term"], table["count"], strict=True))


def test_bare_syria_spellings_are_one_key():
    # alwatan writes the country سورية, the other outlets سوريا (session 18's counts)
    assert bare_spelling_variants() == {"سورية": "سوريا"}
    a = Analyser()
    for surface in ("سورية", "وسورية", "بسورية", "لسورية", "سوريا"):
        assert a(surface).base == "سوريا", surface


def test_the_adjective_with_the_article_keeps_its_key():
    # السورية is the adjective "Syrian" (الحكومة السورية): the article decides
    a = Analyser()
    assert a("السورية").base == "سورية"
    assert a("والسورية").base == "سورية"


def test_other_country_adjectives_are_not_merged():
    # bare تركية، ليبية، روسية are the adjective in the sample read (24/25, 24/24, 25/25)
    a = Analyser()
    assert [a(w).base for w in ("تركية", "ليبية", "روسية")] == ["تركية", "ليبية", "روسية"]


def test_reading_keeps_the_written_form():
    r = Analyser().reading("بسورية")
    assert (r.clitics, r.base, r.form, r.peeled, r.definite) == ("ب", "سوريا", "سورية", 1, False)


def test_counts_merge_the_country_not_the_adjective():
    text = "زار الوزير سورية ثم سوريا. وقالت الحكومة السورية إن سورية بخير"
    c = _counts(text)
    # سورية (bare, twice) + سوريا = 3; السورية alone is the key سورية
    assert c["سوريا"] == 3
    assert c["سورية"] == 1


def test_function_words_of_published_lists_are_stopwords():
    # يمكن، ضد in stopwords-iso, stop-words and spaCy; عدة in the first two
    s = stopwords()
    assert {"يمكن", "ضد", "عدة"} <= s
    # in no published list: not default stopwords, an optional list instead
    assert not {"عديد", "كثير", "يجب", "ينبغي"} & s
    assert _counts("يمكن القول إن عدة دول ضد القرار") == {
        "قول": 1,
        "دول": 1,
        "قرار": 1,
    }


def test_optional_lists_by_name():
    assert optional_stopwords("weekdays") == {
        "السبت",
        "الاحد",
        "الاثنين",
        "الثلاثاء",
        "الاربعاء",
        "الخميس",
        "الجمعة",
    }
    assert optional_stopwords("generic") == {"عديد", "كثير", "يجب", "ينبغي"}
    assert optional_stopwords() == frozenset()
    assert len(optional_stopwords("weekdays", "generic")) == 11
    with pytest.raises(ArgumentError, match="unknown list 'months'"):
        optional_stopwords("months")


def test_extra_stopwords_drop_lists_is_an_option():
    default = set(extra_stopwords(None))
    assert "الاحد" not in default and "عديد" not in default
    week = set(extra_stopwords(None, drop_lists=("weekdays",)))
    assert week - default == optional_stopwords("weekdays")
    assert set(extra_stopwords(None, drop_lists="generic")) - default == {
        "عديد",
        "كثير",
        "يجب",
        "ينبغي",
    }
    # without the display list, only the chosen list
    assert set(extra_stopwords(None, False, ("weekdays",))) == optional_stopwords("weekdays")
    with pytest.raises(ArgumentError):
        extra_stopwords(None, drop_lists=("weekday",))


def test_term_frequencies_without_weekdays():
    tokens = tokenize("وصل الوفد يوم الأحد وغادر يوم الخميس")
    tokens["story_id"] = "s"
    kept = term_frequencies(tokens)
    assert set(kept["term"]) == {"وصل", "وفد", "يوم", "الاحد", "غادر", "الخميس"}
    dropped = term_frequencies(tokens, extra_stopwords=optional_stopwords("weekdays"))
    assert set(dropped["term"]) == {"وصل", "وفد", "يوم", "غادر"}
    assert dropped.set_index("term").loc["يوم", "count"] == 2
