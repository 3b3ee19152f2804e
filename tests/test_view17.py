"""Session 17 (branch view17): what readers saw in the charts.

Values worked out by hand (geometry and table values, not pixels):

6. a term or pair label holds no invisible formatting character (bidi embeddings,
   ZWNJ, ZWJ, ZWSP...), on the token path and the corpus path alike.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd

# «دنقلا» between U+202B (RLE) and U+202C (PDF), as sabq and alwatan scrape it; ZWSP
# between و and its word; ZWNJ between two words
BIDI_TEXT = (
    "وصل إلى مدينة \u202bدنقلا\u202c مساء. وصل إلى مدينة \u202bدنقلا\u202c صباحا. "
    "مدينة دنقلا كبيرة. و\u200bالتصريحات كثيرة. وزير\u200cالخارجية"
)


def test_a_label_drops_every_invisible_formatting_character():
    from helpers.freq.counts import shown_labels

    raw = ["دنقلا\u202c", "\u2067غزة\u2069", "و\u200bالتصريحات", "وزير\u200cالخارجية", "ا\u200dب"]
    got = shown_labels(np.array(raw, dtype=object)).tolist()
    assert got == ["دنقلا", "غزة", "والتصريحات", "وزيرالخارجية", "اب"]


def test_pair_labels_hold_no_bidi_control_even_as_the_commonest_form():
    from helpers.corpus import zones
    from helpers.freq import count_corpus, term_frequencies
    from helpers.text import tokenize_zones

    stories = pd.DataFrame(
        {"story_id": ["s1"], "title": [""], "body": [BIDI_TEXT], "captions": [""]}
    )
    toks = tokenize_zones(zones(stories, ("title", "body")))
    for table in (toks, count_corpus(stories, n=(1, 2))):
        pairs = term_frequencies(table, n=2).set_index("label")["count"]
        # «مدينة دنقلا\u202c» twice, «مدينة دنقلا» once: one key, the label plain
        assert pairs["مدينة دنقلا"] == 3
        words = term_frequencies(table).set_index("label")["count"]
        assert words["دنقلا"] == 3 and words["والتصريحات"] == 1
        for labels in (pairs.index, words.index):
            assert not any(
                ch in label for label in labels for ch in "\u202b\u202c\u200b\u200c\u200d"
            )
