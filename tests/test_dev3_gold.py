"""Form of the third development gold (tests/data/dev3, README there) and its scorer sets.

Checked without the corpus: columns, types, halves, outlets, days, spans. Checked against
SaudiNewsNet where it is present (skipped with a message where not): every article is in
the corpus with the annotated text, every span hashes to its recorded surface, every span
stands alone in its word (or after the proclitics و ف ب ل ك), and the seeded draw of
``tests/data/dev3/draw_dev3.py`` gives exactly the articles, positions and halves of
``articles.csv``.
"""

import importlib.util
import itertools
import re
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV3 = ROOT / "tests" / "data" / "dev3"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ed = _load("eval_dev", ROOT / "benchmarks" / "eval_dev.py")
eh = ed.eh
draw_dev3 = _load("draw_dev3", DEV3 / "draw_dev3.py")

READ = {"keep_default_na": False, "encoding": "utf-8", "dtype": str}
ARTICLES = pd.read_csv(DEV3 / "articles.csv", **READ)
MENTIONS = pd.read_csv(DEV3 / "mentions.csv", **READ).astype({"start": "int64", "end": "int64"})
CORPUS = eh.find_corpus()


def test_columns_as_in_dev2_plus_topic():
    assert list(ARTICLES.columns) == [
        *("article", "outlet", "pool_index", "topic", "half", "title_chars", "body_chars"),
        *("title_sha1", "body_sha1"),
    ]
    assert list(MENTIONS.columns) == [
        *("article", "zone", "start", "end", "type", "canonical", "surface_sha1"),
    ]


def test_articles_unique_and_from_the_drawn_days_and_outlets():
    assert ARTICLES["article"].is_unique
    assert ARTICLES["article"].str.fullmatch(r"\d{4}-\d\d-\d\d:[0-9a-f]{12}").all()
    assert set(ARTICLES["article"].str[:10]) <= {"2015-07-23", "2015-08-01"}
    assert not set(ARTICLES["outlet"]) & {"okaz", "alriyadh", "aljazirah", "aleqtisadiya"}
    assert set(ARTICLES["topic"]) <= {"sports", "health_education", "economy", "foreign", "local"}


def test_no_article_of_the_earlier_development_sets():
    for sub in ("dev", "dev2"):
        earlier = pd.read_csv(ROOT / "tests" / "data" / sub / "articles.csv", **READ)
        assert not set(earlier["article"]) & set(ARTICLES["article"]), sub


def test_halves_are_tune_and_test_and_disjoint():
    assert set(ARTICLES["half"]) <= {"tune", "test"}
    tune = set(ARTICLES.loc[ARTICLES["half"] == "tune", "article"])
    test = set(ARTICLES.loc[ARTICLES["half"] == "test", "article"])
    assert not tune & test
    # 8 a topic, alternating in draw order: the 1st, 3rd, 5th, 7th drawn are tune
    for topic, g in ARTICLES.groupby("topic"):
        order = g.sort_values("pool_index", key=lambda s: s.astype(int))["half"].tolist()
        assert order == ["tune", "test"] * 4, topic


def test_mentions_well_formed():
    assert set(MENTIONS["type"]) <= {"PERSON", "ORG", "LOC"}
    assert set(MENTIONS["zone"]) <= {"title", "body"}
    assert set(MENTIONS["article"]) <= set(ARTICLES["article"])
    assert (MENTIONS["start"] >= 0).all() and (MENTIONS["start"] < MENTIONS["end"]).all()
    assert MENTIONS["surface_sha1"].str.fullmatch(r"[0-9a-f]{10}").all()
    assert (MENTIONS["canonical"].str.strip() != "").all()
    chars = ARTICLES.set_index("article")[["title_chars", "body_chars"]].astype(int)
    for r in MENTIONS.itertuples(index=False):
        assert r.end <= chars.loc[r.article, f"{r.zone}_chars"], r


def test_mentions_do_not_overlap():
    for _, g in MENTIONS.groupby(["article", "zone"]):
        spans = sorted(zip(g["start"], g["end"], strict=True))
        assert all(e <= s2 for (_, e), (s2, _) in itertools.pairwise(spans)), g


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
    with pytest.raises(ValueError, match="dev4"):
        ed.read_set("dev4")


def test_errors_refused_for_the_blind_halves():
    for name in ("dev3test", "dev3", "test", "dev2"):
        with pytest.raises(SystemExit):
            ed.main(["--set", name, "--errors", "--corpus", str(ROOT)])


needs_corpus = pytest.mark.skipif(
    CORPUS is None, reason="SaudiNewsNet not found (../shared/corpora/saudinewsnet)"
)


@needs_corpus
def test_texts_and_spans_match_the_corpus():
    texts, problems = eh.load_texts(CORPUS, ARTICLES)
    assert problems == []
    letter = re.compile(r"[^\W\d_]")
    for r in MENTIONS.itertuples(index=False):
        text = texts[r.article][r.zone]
        surface = text[r.start : r.end]
        assert eh.sha10(surface) == r.surface_sha1, r
        assert surface == surface.strip(), r
        # the span starts a word, or follows one or two proclitics that start it
        head = re.search(r"(\w*)$", text[: r.start]).group(1)
        assert head == "" or (len(head) <= 2 and set(head) <= set("وفبلك")), (r, head)
        assert r.end == len(text) or not letter.match(text[r.end]), r


@needs_corpus
def test_the_seeded_draw_gives_articles_csv():
    drawn = draw_dev3.draw(CORPUS)
    got = [(d["article"], d["outlet"], str(d["pool_index"]), d["topic"], d["half"]) for d in drawn]
    cols = ["article", "outlet", "pool_index", "topic", "half"]
    want = list(map(tuple, ARTICLES[cols].itertuples(index=False)))
    assert [g for g in got if g[0] in set(ARTICLES["article"])] == want
