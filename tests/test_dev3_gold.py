"""Form of the third development gold (tests/data/dev3, README there) and its scorer sets.

Checked without the corpus: columns, types, halves, outlets, days, spans. Checked against
SaudiNewsNet where it is present (skipped with a message where not): every article is in
the corpus with the annotated text, every span hashes to its recorded surface, every span
stands alone in its word (or after the proclitics و ف ب ل ك), and the seeded draw of
``tests/data/dev3/draw_dev3.py`` gives exactly the articles, positions and halves of
``articles.csv``. The checks are those of ``tests/dev_gold.py``, shared with dev4.
"""

import dev_gold as dg
import pytest

ed, draw_dev3, ARTICLES, MENTIONS = dg.load_set("dev3")
eh = ed.eh


def test_articles_unique_and_from_the_drawn_days_and_outlets():
    topics = {"sports", "health_education", "economy", "foreign", "local"}
    dg.check_articles(ARTICLES, topics, earlier=("dev", "dev2"))
    assert set(ARTICLES["article"].str[:10]) <= {"2015-07-23", "2015-08-01"}
    assert len(ARTICLES) == 40


def test_halves_are_tune_and_test_and_disjoint():
    dg.check_halves(ARTICLES, per_topic=8)


def test_mentions_well_formed_and_not_overlapping():
    dg.check_mentions(ARTICLES, MENTIONS)
    assert len(MENTIONS) == 580


def test_scorer_sets_read_the_halves():
    tune, test, both = (ed.read_set(n) for n in ("dev3tune", "dev3test", "dev3"))
    assert set(tune["articles"]["half"]) == {"tune"}
    assert set(tune["mentions"]["article"]) <= set(tune["articles"]["article"])
    assert set(test["articles"]["half"]) <= {"test"}
    assert len(both["mentions"]) == len(tune["mentions"]) + len(test["mentions"])
    assert len(both["mentions"]) == len(MENTIONS)
    # the earlier sets are read as before
    assert len(ed.read_set("dev")["mentions"]) == 356
    assert len(ed.read_set("dev2")["mentions"]) == 262
    with pytest.raises(ValueError, match="dev6"):
        ed.read_set("dev6")


def test_errors_refused_for_the_blind_halves():
    dg.check_blind(ed, ("dev4test", "dev4", "dev5test", "dev5"))
    assert ed.BLIND == ("dev4test", "dev4", "dev5test", "dev5")


@pytest.mark.parametrize("name", ["test", "dev3test", "dev2", "dev3"])
def test_errors_accepted_for_the_halves_spent_in_session_23(name, tmp_path, capsys):
    # test and dev3test were spent in session 23 (branch kinds23): --errors runs on them
    # and on the sets they complete; an empty corpus folder scores nothing, so every
    # article of the set is reported missing and the error list is empty
    assert ed.main(["--set", name, "--errors", "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    n = len(ed.read_set(name)["articles"])
    assert out.count(": not in the corpus") == n
    assert n == {"test": 10, "dev3test": 20, "dev2": 20, "dev3": 40}[name]
    assert ed.SPENT == ("test", "dev3test")
    assert "spent in session 23" in ed.__doc__


test_texts_and_spans_match_the_corpus, test_the_seeded_draw_gives_articles_csv = dg.corpus_tests(
    eh, ARTICLES, MENTIONS, draw_dev3.draw
)
