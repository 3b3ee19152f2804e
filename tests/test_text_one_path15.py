"""Session 15: one tokenising path for the tokens table and the counters.

A hostile tester asked whether a token rule (the detached article «الـ 51», «الـ20»)
would have to be written twice: in the tokeniser and in the streaming counter's
whitespace-split path. The streaming counter (:func:`helpers.freq.count_terms`) now reads
its tokens from :func:`helpers.text.tokenize.counted_surfaces`, the tokeniser's own
pattern (``TOKEN_RE``) and counted kinds, and both analyse a word through one method
(``Analyser._word``). These tests hold the tokens, and the keys, of the three paths
(tokens table, streaming counter, corpus counter) equal on tricky inputs; the expected
tokens are worked out by hand.
"""

import unicodedata
from collections import Counter

import pandas as pd
import pytest

from helpers.freq import count_corpus, count_terms
from helpers.text import tokenize, tokenize_zones
from helpers.text.tokenize import COUNTED_KINDS, count_counted_surfaces, counted_surfaces

TRICKY = {
    # the detached article: a word of its own before a space; written onto a number it
    # belongs to the number (not counted), in quotes, brackets and ranges too
    "detached article": (
        "فاز الـ 51 لاعبا والـ20 بالـ250 للـ5 ال2015 «الـ51» (الـ20) الـ20-30",
        ["فاز", "الـ", "لاعبا"],
    ),
    # proclitics written onto digits belong to the number; a lone لـ is a word
    "digit-attached clitics": (
        "و2006 ب15000 وبـ2006 فـ3 كـ100 لـ 5 وللـ7",
        ["لـ"],
    ),
    "NFD": (
        unicodedata.normalize("NFD", "رئيس المؤتمر الإسلاميّ"),
        [unicodedata.normalize("NFD", w) for w in ("رئيس", "المؤتمر", "الإسلاميّ")],
    ),
    # ZWNJ inside a word does not split it; Persian letters are word letters
    "ZWNJ and Persian letters": (
        "مي\u200cخواهم و\u200cالعراق پاکستان گفت",
        ["مي\u200cخواهم", "و\u200cالعراق", "پاکستان", "گفت"],
    ),
    # Quranic pause marks (ۚ ۖ) alone are no token; ﷺ after a name is a word of its own
    "Quranic marks": (
        "قَالَ ٱللَّهُ ۚ إِنَّ ٱلَّذِينَ ۖ ءَامَنُوا۟ محمدﷺ",
        ["قَالَ", "ٱللَّهُ", "إِنَّ", "ٱلَّذِينَ", "ءَامَنُوا۟", "محمد", "ﷺ"],
    ),
    # URLs and e-mail addresses are tokens but not counted; abbreviations and Latin are
    "URLs, abbreviations, Latin, tatweel": (
        "www.x.com/a a@b.co أ.ف.ب U.S COVID19 don't كـرئيس",
        ["أ.ف.ب", "U.S", "COVID19", "don't", "كـرئيس"],
    ),
}


def _table_surfaces(text):
    rows = tokenize(text)
    return list(rows.loc[rows["kind"].isin(COUNTED_KINDS), "surface"])


@pytest.mark.parametrize("name", list(TRICKY))
def test_streaming_tokens_are_the_tokenisers(name):
    text, expected = TRICKY[name]
    assert counted_surfaces(text) == expected
    assert _table_surfaces(text) == expected
    # and run by run (the streaming counter splits on whitespace first)
    assert [s for run in text.split() for s in counted_surfaces(run)] == expected
    assert count_counted_surfaces(Counter(text.split() * 2)) == Counter(expected * 2)


def test_the_detached_article_key_is_the_same_on_every_path():
    # «الـ 51»: the article before a space is the word الـ, key ال (آل's key), on the
    # tokens table and in the streaming counter alike
    rows = tokenize("فاز الـ 51 لاعبا")
    assert list(rows["base"]) == ["فاز", "ال", "51", "لاعبا"]
    counts = count_terms(["فاز الـ 51 لاعبا"], drop_stop=False, progress=False)
    assert dict(zip(counts["term"], counts["count"], strict=True)) == {
        "فاز": 1,
        "ال": 1,
        "لاعبا": 1,
    }


def test_keys_of_the_three_paths_agree_on_tricky_text():
    texts = [text for text, _ in TRICKY.values()]
    zones = pd.DataFrame(
        {"story_id": [f"s{i}" for i in range(len(texts))], "zone": "body", "text": texts}
    )
    table = tokenize_zones(zones)
    table = table[table["kind"].isin(COUNTED_KINDS)]
    expected = Counter(table["base"])
    streamed = count_terms(texts, drop_stop=False, progress=False)
    assert dict(zip(streamed["term"], streamed["count"], strict=True)) == expected
    stories = pd.DataFrame({"story_id": zones["story_id"], "title": "", "body": texts})
    cc = count_corpus(stories, n=(1,))
    totals = cc.matrix[1].sum(axis=0).A1
    assert dict(zip(cc.terms(1), totals.tolist(), strict=True)) == expected
    assert expected["ال"] == 1 and expected["رئيس"] == 2 and expected["عراق"] == 1


def test_one_definition_of_a_token():
    # session 16: TOKEN_RE and the counter's COUNT_RE are built from TOKEN_KINDS, in its
    # order; the counted kinds stand together there (COUNT_RE's one group)
    from helpers.text.tokenize import COUNT_RE, COUNTED_KINDS, TOKEN_KINDS, TOKEN_RE

    kinds = [k for k, _ in TOKEN_KINDS]
    assert list(TOKEN_RE.groupindex) == kinds
    at = sorted(kinds.index(k) for k in COUNTED_KINDS)
    assert at == list(range(at[0], at[0] + len(COUNTED_KINDS)))
    assert COUNT_RE.groups == 1
    for _, pat in TOKEN_KINDS:
        assert pat in COUNT_RE.pattern and pat in TOKEN_RE.pattern
