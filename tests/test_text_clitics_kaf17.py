"""Session 17: the proclitic ك before a noun of quantity or likeness, a two-letter noun
after a written hamza, a whole that takes the article, and tanwin.

Each word is tokenised alone (no corpus attestation), so the lexicon (wordfreq 3.1.1's
Arabic list; Zipf values in the comments) and Zerrouki's stopword list decide. The
readings follow the gold convention of issue 13's proclitic scoring (function-word
compounds such as لذلك، كما carry their clitic), worked out by hand.
"""

import pytest
from clitic_reading import one

from helpers.text import Analyser, tokenize
from helpers.text.stopwords import kaf_function_words, kaf_indeclinable_words


@pytest.mark.parametrize(
    ("word", "clitics", "base"),
    [
        # ك + a noun of quantity, likeness or exception that takes a genitive (Zerrouki:
        # اسم إضافة، استثناء، توكيد), with a pronoun suffix too: «كغيرها من الدول»
        ("كغيرها", "ك", "غيرها"),
        ("كغيره", "ك", "غيره"),
        ("كغير", "ك", "غير"),
        ("ككل", "ك", "كل"),  # «المنطقة ككل»
        ("كبعض", "ك", "بعض"),
        ("كبعضهم", "ك", "بعضهم"),
        ("كمثل", "ك", "مثل"),
        ("كجميع", "ك", "جميع"),
        ("كنفسه", "ك", "نفسه"),
        ("وكغيرها", "و+ك", "غيرها"),
        # a declinable noun keeps its split with tanwin: «ككلٍّ»
        ("ككلٍّ", "ك", "كل"),
        # a two-letter noun after a written hamza, ten times the whole's (alef-keyed)
        # frequency and taking the article: أب 4.98 / كاب 3.74, أخ 4.35 / كاخ 2.54
        ("كأب", "ك", "اب"),
        ("كأخ", "ك", "اخ"),
        # a bare alef after ك whose whole takes no article splits as before
        ("كابن", "ك", "ابن"),
        ("كاجراء", "ك", "اجراء"),
        ("كاستثمار", "ك", "استثمار"),
    ],
)
def test_kaf_splits(word, clitics, base):
    assert one(word) == (clitics, base)


@pytest.mark.parametrize(
    "word",
    [
        # tanwin: a noun of its own, no ك + ما (كمًّا "quantity" = كمّ + accusative)
        "كمًّا",
        "كمّاً",
        # a two-letter remainder rarer than the whole (كأس 5.24 over أس 4.98), or a
        # function word (أم "or", أن)
        "كأس",
        "كأم",
        "كأن",
        # a bare alef after ك and a whole that takes the article (الكاهل 1.95):
        # «على كاهله» "on his shoulders" is no ك + أهله
        "كاهل",
        "كاهله",
        # stems beginning with an alef are left out of the new categories (كاي "Kai")
        "كاي",
    ],
)
def test_kaf_words_that_stay_whole(word):
    assert one(word)[0] == ""


def test_tanwin_keeps_only_the_indeclinable_forms_whole():
    # كما and the demonstratives never take tanwin; كل، بعض do, and stay split
    assert {"كما", "كذلك", "كهذه", "كاكثر"} <= kaf_indeclinable_words()
    assert not {"ككل", "كغيرها", "كبعض"} & kaf_indeclinable_words()
    assert kaf_indeclinable_words() < kaf_function_words()
    assert one("كما") == ("ك", "ما")
    # the same surface with tanwin in running text, every path (tokens table)
    rows = tokenize("اهتم بالموضوع كمًّا ونوعًا")
    assert rows[rows["surface"] == "كمًّا"][["clitics", "base"]].values.tolist() == [["", "كما"]]
    # the counters' per-type loop (Analyser.many) and the matcher's reading agree
    an = Analyser()
    assert an.many(["كمًّا", "كما"], ["word", "word"])[:2] == (["كما", "ما"], ["", "ك"])
    assert an.reading("كمًّا").clitics == ""
