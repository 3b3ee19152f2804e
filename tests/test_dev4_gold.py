"""Form of the fourth development gold (tests/data/dev4, README there) and its scorer sets.

Checked without the corpus (``tests/dev_gold.py``, shared with dev3): columns, types,
halves, outlets, topics, offsets inside their zone, no overlapping spans. Checked against
SaudiNewsNet where it is present (skipped with a message where not): every article is in
the corpus with the annotated text, every span's SHA-1 prefix matches its surface, every
span stands alone in its word (or after the proclitics و ف ب ل ك), and the seeded draw of
``tests/data/dev4/draw_dev4.py`` gives exactly the rows of ``articles.csv``.
"""

import dev_gold as dg

ed, draw_dev4, ARTICLES, MENTIONS = dg.load_set("dev4")
eh = ed.eh


def test_forty_articles_ten_a_topic_from_the_eight_outlets():
    dg.check_articles(ARTICLES, set(draw_dev4.TOPICS), earlier=("dev", "dev2", "dev3", "heldout"))
    assert ARTICLES.groupby("topic").size().to_dict() == dict.fromkeys(draw_dev4.TOPICS, 10)
    per_outlet = ARTICLES["outlet"].value_counts()
    assert set(per_outlet.index) == {
        *("3alyoum", "aawsat", "almadina", "alwatan", "alweeam", "alyaum", "arreyadi", "sabq"),
    }
    assert per_outlet.max() <= draw_dev4.PER_OUTLET
    body = ARTICLES["body_chars"].astype(int)
    assert body.between(400, 1800).all()


def test_halves_alternate_within_each_topic():
    dg.check_halves(ARTICLES, per_topic=10)
    assert ARTICLES["half"].value_counts().to_dict() == {"tune": 20, "test": 20}


def test_mentions_well_formed_and_not_overlapping():
    dg.check_mentions(ARTICLES, MENTIONS)


def test_counts_per_half_as_in_the_readme():
    # counted when each half was committed (README, table of counts)
    tune, test = (ed.read_set(n)["mentions"] for n in ("dev4tune", "dev4test"))
    assert tune["type"].value_counts().to_dict() == {"ORG": 142, "PERSON": 106, "LOC": 93}
    assert tune["zone"].value_counts().to_dict() == {"body": 316, "title": 25}
    assert test["type"].value_counts().to_dict() == {"ORG": 138, "LOC": 107, "PERSON": 69}
    assert test["zone"].value_counts().to_dict() == {"body": 288, "title": 26}
    assert len(MENTIONS) == 655


def test_scorer_sets_read_the_halves():
    tune, test, both = (ed.read_set(n) for n in ("dev4tune", "dev4test", "dev4"))
    assert set(tune["articles"]["half"]) == {"tune"} and len(tune["articles"]) == 20
    assert set(test["articles"]["half"]) == {"test"} and len(test["articles"]) == 20
    assert set(tune["mentions"]["article"]) <= set(tune["articles"]["article"])
    assert set(test["mentions"]["article"]) <= set(test["articles"]["article"])
    assert len(both["mentions"]) == len(tune["mentions"]) + len(test["mentions"])
    assert len(both["mentions"]) == len(MENTIONS)


def test_errors_refused_for_the_blind_sets():
    dg.check_blind(ed, ("dev4test", "dev4"))


def test_topic_rule():
    # the first keyword topic wins; no keyword: local (titles of this set)
    assert draw_dev4.topic_of("مدرب برشلونة لا يفضل الرحلات الطويلة") == "sports"
    assert draw_dev4.topic_of("بدء تفعيل تحرير أسعار الوقود في الإمارات") == "economy"
    assert draw_dev4.topic_of("باكستان تتهم الهند بانتهاك الهدنة في كشمير") == "foreign"
    assert draw_dev4.topic_of("طفرة شاملة لصيدليات الدواء") == "local"


test_texts_and_spans_match_the_corpus, test_the_seeded_draw_gives_articles_csv = dg.corpus_tests(
    eh, ARTICLES, MENTIONS, draw_dev4.draw
)
