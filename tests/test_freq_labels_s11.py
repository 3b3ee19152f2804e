"""A term's label shows the word its key counts (a newcomer, session 11).

In sports news «لكرة» (لكرة القدم) is written more often than «كرة», and in economy news
«بنسبة» more than «نسبة»: the label, the most frequent surface, showed the proclitic, and
a reader of the top-terms chart took it for a word the tokeniser had not split. The label
is now the most frequent surface without proclitics other than the article, else the most
frequent surface (one rule, ``helpers.freq.counts._labels``, and the streaming counter).
"""

from __future__ import annotations

import pandas as pd

from helpers.freq import count_terms, term_labels
from helpers.text import tokenize

# 3 × لكرة, 1 × كرة, 2 × بنسبة, 1 × النسبة, 2 × للاجئين (never written without ل)
TEXT = "لكرة القدم. لكرة اليد. لكرة السلة. كرة. بنسبة كبيرة. بنسبة قليلة. النسبة. للاجئين. للاجئين."


def test_the_label_is_the_word_without_its_proclitic():
    labels = term_labels(tokenize(TEXT))
    assert labels["كرة"] == "كرة"  # 1 beside لكرة's 3
    assert labels["نسبة"] == "النسبة"  # the article alone is no proclitic to hide
    assert labels["لاجئين"] == "للاجئين"  # no other surface: the proclitic stays


def test_the_streaming_counter_labels_the_same_way():
    got = count_terms([TEXT])
    by_term = dict(zip(got["term"], got["label"], strict=True))
    assert by_term["كرة"] == "كرة"
    assert by_term["نسبة"] == "النسبة"
    assert by_term["لاجئين"] == "للاجئين"


def test_the_corpus_counts_label_the_same_way():
    """The corpus-scale counts (the main job's tables beyond 8 stories) follow the rule:
    «كرة القدم» (once, after اتحاد) labels the key كرة قدم over «لكرة القدم» (3 times);
    كرة يد is only ever written «لكرة اليد» and keeps it."""
    from helpers.freq import count_corpus

    stories = pd.DataFrame(
        {
            "story_id": ["a", "b"],
            "title": ["", ""],
            "body": ["لكرة القدم. لكرة اليد. كرة.", "اتحاد كرة القدم. لكرة القدم. لكرة القدم."],
        }
    )
    c = count_corpus(stories)
    one = dict(zip(c.terms(1), c.labels(1), strict=True))
    two = dict(zip(c.terms(2), c.labels(2), strict=True))
    assert one["كرة"] == "كرة"
    assert two["كرة قدم"] == "كرة القدم"
    assert two["كرة يد"] == "لكرة اليد"
