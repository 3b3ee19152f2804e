"""Session 23, branch fix23e: counting and text-layer defects a reviewer found.

Right values worked out by hand in the comments.
"""

import pytest

# 'قال: "لا. شكرا" ثم غادر. وقال: «كلا. أبدا» ومضى.': قال 0-2, : 3, space 4, " 5,
# لا 6-7, . 8, شكرا 10-13, " 14, ثم 16-17, غادر 19-22, . 23, وقال 25-28, : 29, « 31,
# كلا 32-34, . 35, أبدا 37-40, » 41, ومضى 43-46, . 47 (48 characters)
SPEECH = 'قال: "لا. شكرا" ثم غادر. وقال: «كلا. أبدا» ومضى.'


@pytest.mark.parametrize(
    "text",
    [
        SPEECH,
        "وقال «كلا. أبدا» ومضى.",  # a reporting word with its و, no colon
        "فأضاف «كلا. أبدا» ومضى.",  # أضاف with ف
        'قال :   "لا. شكرا"',  # spaces around the colon
    ],
)
def test_short_speech_after_a_colon_or_a_reporting_word_is_no_name(text):
    from helpers.text.tokenize import quoted_name_stops

    # every full stop inside the quote ends its sentence: none is a name's
    assert quoted_name_stops(text) == frozenset()


def test_short_speech_keeps_its_sentence_ends_in_both_layers():
    from helpers.quotes.spans import _sentence_ends
    from helpers.text.tokenize import tokenize

    assert [i for i, c in enumerate(SPEECH) if c == "."] == [8, 23, 35, 47]
    # the quote layer: one end just after each of the four stops
    assert _sentence_ends(SPEECH) == [9, 24, 36, 48]
    # the tokeniser: قال لا | شكرا ثم غادر | وقال كلا | أبدا ومضى (4 sentences)
    got = tokenize(SPEECH)
    words = got[got["kind"] == "word"]
    assert words["sentence"].tolist() == [0, 0, 1, 1, 1, 2, 2, 3, 3]


def test_a_name_in_quote_marks_after_its_head_keeps_its_marks():
    from helpers.text.tokenize import quoted_name_stops

    # معرض «كلا. أبدا»: after a name head (no colon, no reporting word) the quote is a
    # name; its stop at 13 (زار 0-2, معرض 4-7, « 9, كلا 10-12, . 13) ends no sentence
    assert quoted_name_stops("زار معرض «كلا. أبدا» ومضى.") == frozenset({13})
    # a word that is no reporting word before the colon-less quote: still a name
    assert quoted_name_stops("برنامج «من؟ ماذا» اليوم") == frozenset({10})


def _study(stories):
    import pandas as pd

    from helpers.study import Study

    return Study(corpus="x", stories=stories, report=pd.DataFrame(), unit=None, names={})


def test_study_counts_reads_zones_and_orders_in_one_order():
    import pandas as pd

    stories = pd.DataFrame({"story_id": ["a"], "title": ["مصر"], "body": ["لبنان سوريا"]})
    study = _study(stories)
    stored = object()  # the run's stored counts (title+body, n = 1, 2)
    study._cache["counts"] = stored
    # any order or container of the default zones and orders is the stored counts
    assert study.counts(("body", "title")) is stored
    assert study.counts({"title", "body"}) is stored
    assert study.counts(("title", "body"), n=(2, 1)) is stored
    assert study.counts(["body", "title", "body"], n=[1, 2, 2]) is stored
    # other zones are counted once under one key, whatever order they were asked in
    body = study.counts("body", n=(1,))
    assert study.counts(["body"], n=1) is body
    assert body.n == (1,) and body.zones == ("body",)
    # body: لبنان سوريا, two unigram keys with a count of 1 each
    assert sorted(body.keys) == ["سوريا", "لبنان"] and body.matrix[1].sum() == 2
    # the title and body in the other order with n = 1: one key, title first
    tb = study.counts(("body", "title"), n=1)
    assert study.counts(("title", "body"), n=(1,)) is tb and tb.zones == ("title", "body")
    assert set(study._cache) == {"counts", "counts:body:n=(1,)", "counts:title+body:n=(1,)"}


def test_one_digit_rule_gives_the_class_and_the_table():
    import re

    from helpers.charsets import ASCII_DIGITS, DIGIT_ZEROS, DIGITS

    # four blocks of ten by hand: 0-9, ٠-٩ (U+0660), ۰-۹ (U+06F0), ０-９ (U+FF10)
    assert DIGITS == "0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19"
    matched = {c for c in map(chr, range(0x10000)) if re.fullmatch(f"[{DIGITS}]", c)}
    assert len(matched) == 40 == 10 * len(DIGIT_ZEROS)
    # the table: exactly the 30 that are not ASCII, each to its ASCII digit
    assert {chr(k) for k in ASCII_DIGITS} == matched - set("0123456789")
    assert "٧۷７".translate(ASCII_DIGITS) == "777"


def test_address_titles_read_the_one_title_class(monkeypatch):
    import importlib

    from helpers.entities import extract
    from helpers.text.normalize import normalize

    stopwords = importlib.import_module("helpers.text.stopwords")  # the module, not the function

    extract._address_titles.cache_clear()
    # formulas.tsv's five titles of address; صاحب الفضيلة الشيخ has no word alone ("-")
    want = {("خادم", "الحرمين", "الشريفين"), ("السمو",), ("المعالي",)}
    assert extract._address_titles() == {tuple(normalize(w) for w in t) for t in want}
    # the class is stopwords.TITLE_CLASS, the one name of it: another class there
    # changes what counts as a title here (the living's eulogy حفظه الله: alone words)
    # rows حفظه الله (alone حفظه), حفظها الله (-), حفظهم الله (alone حفظهم)
    alone = {(normalize("حفظه"),), (normalize("حفظهم"),)}
    monkeypatch.setattr(stopwords, "TITLE_CLASS", "eulogy: the living")
    extract._address_titles.cache_clear()
    try:
        assert extract._address_titles() == alone
    finally:
        extract._address_titles.cache_clear()
