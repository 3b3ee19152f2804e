"""Form of the fifth development gold (tests/data/dev5, README there) and its scorer sets.

Checked without the corpus (``tests/dev_gold.py``, shared with dev3 and dev4): columns,
types, halves, outlets, topics, offsets inside their zone, no overlapping spans. Checked
against SaudiNewsNet where it is present (skipped with a message where not): every
article is in the corpus with the annotated text, every span's SHA-1 prefix matches its
surface, every span stands alone in its word (or after the proclitics و ف ب ل ك), and
the seeded draw of ``tests/data/dev5/draw_dev5.py`` gives exactly the rows of
``articles.csv``.
"""

import dev_gold as dg

ed, draw_dev5, ARTICLES, MENTIONS = dg.load_set("dev5")
eh = ed.eh


def test_twenty_articles_five_a_topic_of_the_four_days():
    dg.check_articles(
        ARTICLES, set(draw_dev5.TOPICS), earlier=("dev", "dev2", "dev3", "dev4", "heldout")
    )
    assert ARTICLES.groupby("topic").size().to_dict() == dict.fromkeys(draw_dev5.TOPICS, 5)
    per_outlet = ARTICLES["outlet"].value_counts()
    assert per_outlet.max() <= draw_dev5.PER_OUTLET
    assert ARTICLES.groupby(["topic", "outlet"]).size().max() <= draw_dev5.PER_OUTLET_TOPIC
    assert set(ARTICLES["article"].str[:10]) <= set(draw_dev5.DAYS)
    assert ARTICLES["body_chars"].astype(int).between(600, 2500).all()


def test_halves_alternate_within_each_topic_ten_and_ten():
    # sports and foreign (1st and 3rd topic) start with tune, economy and local with test
    first = {"sports": "tune", "economy": "test", "foreign": "tune", "local": "test"}
    dg.check_halves(ARTICLES, per_topic=5, first=first)
    assert ARTICLES["half"].value_counts().to_dict() == {"tune": 10, "test": 10}


def test_mentions_well_formed_and_not_overlapping():
    dg.check_mentions(ARTICLES, MENTIONS)


def test_counts_per_half_as_in_the_readme():
    # counted when the gold was committed (README, table of counts)
    tune, test = (ed.read_set(n)["mentions"] for n in ("dev5tune", "dev5test"))
    assert tune["type"].value_counts().to_dict() == {"ORG": 69, "LOC": 43, "PERSON": 23}
    assert tune["zone"].value_counts().to_dict() == {"body": 122, "title": 13}
    assert test["type"].value_counts().to_dict() == {"ORG": 66, "PERSON": 58, "LOC": 41}
    assert test["zone"].value_counts().to_dict() == {"body": 157, "title": 8}
    assert len(MENTIONS) == 300


def test_scorer_sets_read_the_halves():
    tune, test, both = (ed.read_set(n) for n in ("dev5tune", "dev5test", "dev5"))
    assert set(tune["articles"]["half"]) == {"tune"} and len(tune["articles"]) == 10
    assert set(test["articles"]["half"]) == {"test"} and len(test["articles"]) == 10
    assert set(tune["mentions"]["article"]) <= set(tune["articles"]["article"])
    assert set(test["mentions"]["article"]) <= set(test["articles"]["article"])
    assert len(both["mentions"]) == len(tune["mentions"]) + len(test["mentions"])
    assert len(both["mentions"]) == len(MENTIONS)


def test_errors_refused_for_the_blind_sets():
    dg.check_blind(ed, ("dev5test", "dev5"))


def test_topic_rule_and_halves_rule():
    # dev4's topic rule (titles of this set; the rule, not a reader, gives the topic)
    assert draw_dev5.topic_of("الهلال يلاقي سبور التركي في أول لقاءاته الودية") == "sports"
    assert draw_dev5.topic_of("الهلال الأحمر: 670 متدربة في 60 دورة") == "sports"
    assert draw_dev5.topic_of("عراقجي: أي قرارات بعد انتهاء مدة الاتفاق النووي") == "foreign"
    assert draw_dev5.topic_of("8 ملايين ريال تدعم التحول إلى معايير المحاسبة الدولية") == (
        "economy"
    )
    assert draw_dev5.topic_of("سمير غانم يصعد خشبة المسرح من جديد") == "local"
    assert draw_dev5.topic_of("وزير الخارجية الروسي يجتمع مع مشعل ويدعوه لزيارة موسكو") == (
        "foreign"
    )
    assert draw_dev5.HALVES == ("tune", "test")


test_texts_and_spans_match_the_corpus, test_the_seeded_draw_gives_articles_csv = dg.corpus_tests(
    eh, ARTICLES, MENTIONS, draw_dev5.draw
)
