"""House spellings (helpers.text.spelling, data/spelling_variants.tsv): one key for the
variant spellings of a word, the same on every path (tokens, streaming counts, corpus
counts, the entity matcher's reading). Expected values worked out by hand."""

import pandas as pd

from helpers.freq import count_corpus, count_terms
from helpers.text import Analyser, canonical_key, spelling_variants, stopwords, tokenize

TEXT = "قال المسئول الأمريكي إن المسؤول الأميركي زار أمريكا. والأمريكية ترى أن مئة مائة."


def test_variants_get_the_canonical_key_in_tokens():
    t = tokenize(TEXT)
    base = dict(zip(t["surface"], t["base"], strict=True))
    assert base["الأمريكي"] == base["الأميركي"] == "اميركي"
    assert base["المسئول"] == base["المسؤول"] == "مسؤول"
    assert base["أمريكا"] == "اميركا"
    assert base["والأمريكية"] == "اميركية"
    assert base["مئة"] == base["مائة"] == "مائة"  # المئة keeps its article: test_text_issue13
    # surface and norm keep what was written
    row = t[t["surface"] == "الأمريكي"].iloc[0]
    assert row["norm"] == "الامريكي" and row["clitics"] == "ال"


def test_same_key_on_every_path():
    t = tokenize(TEXT)
    words = t[(t["kind"] == "word") & ~t["is_stop"]]
    by_tokens = words["base"].value_counts().to_dict()
    streamed = count_terms([TEXT])
    assert dict(zip(streamed["term"], streamed["count"], strict=True)) == by_tokens
    assert by_tokens["اميركي"] == 2 and by_tokens["مسؤول"] == 2 and by_tokens["مائة"] == 2
    stories = pd.DataFrame({"story_id": ["s1"], "title": [""], "body": [TEXT]})
    cc = count_corpus(stories, n=(1,))
    keys = list(cc.terms(1))
    counts = dict(zip(keys, cc.matrix[1].toarray()[0], strict=True))
    assert counts["اميركي"] == 2 and counts["مسؤول"] == 2 and "امريكي" not in counts
    reading = Analyser().reading("للأمريكيين")
    assert (reading.base, reading.form, reading.peeled) == ("اميركيين", "الاميركيين", 1)


def test_data_file_is_sound():
    v = spelling_variants()
    assert len(v) == 30
    assert not set(v) & set(v.values())  # no chains
    assert not set(v) & stopwords()
    assert canonical_key("امريكية") == "اميركية" and canonical_key("عبدالله") == "عبدالله"
    assert "عبد الله" not in v and "عبدالله" not in v  # two-word names: see the file
