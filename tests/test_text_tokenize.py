"""helpers.text.tokenize: token boundaries, kinds, offsets, sentences, bad input."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.errors import KhabarError
from helpers.text import TOKEN_COLUMNS, tokenize


def surfaces(text):
    return tokenize(text)["surface"].tolist()


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("مخطَّط", "مخطط"),  # shadda and fatha inside
        ("العراقـية", "عراقية"),  # tatweel inside
        ("ع\u200cراق", "عراق"),  # ZWNJ inside
        ("سو\u200fريا", "سوريا"),  # RLM inside
        ("تبيَّن", "تبين"),
    ],
)
def test_marks_inside_words_do_not_split_or_leak(word, key):
    t = tokenize(f"قال {word} اليوم")
    assert t["surface"].tolist() == ["قال", word, "اليوم"]
    assert t["base"].iloc[1] == key
    for ch in ("\u0651", "\u064e", "\u0640", "\u200c", "\u200f"):
        assert not t["base"].str.contains(ch).any()
        assert not t["norm"].str.contains(ch).any()


@pytest.mark.parametrize("abbrev", ["إ.ب.أ", "أ.ف.ب", "U.S"])
def test_abbreviations_whole(abbrev):
    t = tokenize(f"موسكو ({abbrev})")
    assert t["surface"].tolist() == ["موسكو", "(", abbrev, ")"]
    assert t["kind"].tolist() == ["word", "punct", "abbrev", "punct"]


@pytest.mark.parametrize(
    ("number", "norm"),
    [("2254", "2254"), ("٢٠٢٤", "2024"), ("3.5", "3.5"), ("١٢٫٥", "12.5"), ("1,000", "1,000")],
)
def test_numbers_whole(number, norm):
    t = tokenize(f"القرار {number}، ثم")
    assert t["surface"].tolist() == ["القرار", number, "،", "ثم"]
    assert t["kind"].tolist() == ["word", "number", "punct", "word"]
    assert t["norm"].iloc[1] == norm


def test_date_numbers_are_numbers():
    t = tokenize("الأحد 8 ديسمبر 2024")
    assert t["kind"].tolist() == ["word", "number", "word", "number"]


def test_arabic_and_latin_punctuation():
    text = "قال: «نعم»؛ لماذا؟ لا… (أي) - نعم!"
    t = tokenize(text)
    punct = t.loc[t["kind"] == "punct", "surface"].tolist()
    assert punct == [":", "«", "»", "؛", "؟", "…", "(", ")", "-", "!"]


def test_url_email_latin():
    t = tokenize("راجع https://example.com/a?b=1. أو a.b@mail.org وكالة Reuters")
    assert t["kind"].tolist() == ["word", "url", "punct", "word", "url", "word", "latin"]
    assert t["base"].iloc[-1] == "reuters"


def test_sentences_and_paragraphs():
    text = "جملة أولى. جملة «ثانية.» هنا؟ ثالثة\nفقرة ثانية"
    t = tokenize(text)
    got = list(zip(t["surface"], t["sentence"], t["paragraph"], strict=True))
    assert got == [
        ("جملة", 0, 0),
        ("أولى", 0, 0),
        (".", 0, 0),
        ("جملة", 1, 0),
        ("«", 1, 0),
        ("ثانية", 1, 0),
        (".", 1, 0),
        ("»", 1, 0),
        ("هنا", 2, 0),
        ("؟", 2, 0),
        ("ثالثة", 3, 0),
        ("فقرة", 4, 1),
        ("ثانية", 4, 1),
    ]


def test_empty_text_gives_typed_empty_table():
    t = tokenize("")
    assert list(t.columns) == list(TOKEN_COLUMNS)
    assert len(t) == 0
    assert {c: str(t[c].dtype) for c in t.columns} == TOKEN_COLUMNS


def test_text_without_arabic():
    t = tokenize("Hello, world 42")
    assert t["kind"].tolist() == ["latin", "punct", "latin", "number"]


def test_long_token_whole_and_unsplit():
    blob = "ب" * 5000
    b64 = "aGVsbG8gd29ybGQ" * 400
    t = tokenize(f"{blob} {b64}")
    assert t["surface"].tolist() == [blob, b64]
    assert t["clitics"].tolist() == ["", ""]


def test_not_a_string_is_a_khabar_error():
    with pytest.raises(KhabarError, match=r"^tokenize: expected a str to tokenise, got NoneType$"):
        tokenize(None)


@given(st.text())
def test_offsets_slice_back_any_unicode(s):
    t = tokenize(s)
    for start, end, surface in zip(t["start"], t["end"], t["surface"], strict=True):
        assert s[start:end] == surface
        assert end > start


def test_tokenize_zones_empty_and_missing_columns():
    import pandas as pd

    from helpers.text import tokenize_zones

    empty = tokenize_zones(pd.DataFrame({"story_id": [], "zone": [], "text": []}))
    assert list(empty.columns) == ["story_id", "zone", *TOKEN_COLUMNS]
    assert len(empty) == 0
    assert str(empty["start"].dtype) == "int64"
    with pytest.raises(
        KhabarError, match=r"^tokenize_zones: the zones table lacks column\(s\) \['text'\]"
    ):
        tokenize_zones(pd.DataFrame({"story_id": ["a"], "zone": ["body"]}))


def test_decomposed_latin_accents_stay_in_the_word():
    # session 18: a Latin accent after an Arabic letter is inside the word as an Arabic
    # mark is (charsets.OTHER_MARKS): the surface keeps it, the key drops it (it was
    # skipped, so the surface was «و» and a mark inside a word split the word)
    t = tokenize("Me\u0301xico و\u0301")
    assert t["surface"].tolist() == ["Me\u0301xico", "و\u0301"]
    assert t["norm"].tolist() == ["México", "و"]


def test_the_three_ways_of_building_the_tokens_table_agree():
    # the fast path (pandas internals), its public-API fallback and the constructor
    import sys

    import pandas as pd

    tk = sys.modules["helpers.text.tokenize"]
    text = "وقال لافروف للافروف: «بالطبع» إن 2015 مخطَّط"
    cols = tk._rows(tk._token_columns(text), tk._analyser((), {}))
    n = len(cols["start"])
    assert n == 10
    fast = tk._MAKE(cols, n)
    assert list(fast["surface"][:3]) == ["وقال", "لافروف", "للافروف"]
    assert list(fast["base"][:3]) == ["قال", "لافروف", "لافروف"]
    pd.testing.assert_frame_equal(fast, tk._public_blocks(cols, n))
    pd.testing.assert_frame_equal(fast, tk._constructed(cols, n))


def test_tokenize_texts_gives_each_texts_rows_of_tokenize_zones():
    # a name no lexicon lists: لهيوبا alone stays whole; where another text writes
    # هيوبا, the word is ل + هيوبا (attested across the texts, as tokenize_zones does)
    import pandas as pd

    from helpers.text import tokenize_texts, tokenize_zones

    assert next(tokenize_texts(["لهيوبا"]))["clitics"] == ("",)
    texts = ["قال لهيوبا.", "", "هيوبا"]
    parts = list(tokenize_texts(texts))
    assert [len(p["start"]) for p in parts] == [3, 0, 1]
    assert parts[0]["surface"] == ("قال", "لهيوبا", ".")
    assert parts[0]["base"] == ("قال", "هيوبا", ".")
    assert parts[0]["clitics"] == ("", "ل", "")
    assert parts[0]["start"] == (0, 4, 10)
    assert list(parts[0]) == list(TOKEN_COLUMNS)
    table = tokenize_zones(
        pd.DataFrame({"story_id": ["a", "b", "c"], "zone": ["body"] * 3, "text": texts}),
        include=None,
    )
    for c in TOKEN_COLUMNS:
        assert table[c].tolist() == [*parts[0][c], *parts[2][c]]


def test_tokenize_texts_names_the_text_that_is_no_string():
    from helpers.text import tokenize_texts

    with pytest.raises(
        KhabarError, match=r"^tokenize_texts: text 1: expected a str to tokenise, got int$"
    ):
        tokenize_texts(["قال", 3])
