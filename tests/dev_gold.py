"""Checks shared by the tests of the drawn development golds (``tests/data/dev3``,
``tests/data/dev4``; README in each): form of ``articles.csv`` and ``mentions.csv``,
halves, spans against the corpus, and the seeded draw. Each function asserts; the test
modules call them with their set's tables."""

from __future__ import annotations

import importlib.util
import itertools
import re
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
READ = {"keep_default_na": False, "encoding": "utf-8", "dtype": str}
ARTICLE_COLUMNS = [
    *("article", "outlet", "pool_index", "topic", "half", "title_chars", "body_chars"),
    *("title_sha1", "body_sha1"),
]
MENTION_COLUMNS = ["article", "zone", "start", "end", "type", "canonical", "surface_sha1"]
HELD_OUT_OUTLETS = {"okaz", "alriyadh", "aljazirah", "aleqtisadiya"}


def load_module(name: str, path: Path):
    """The Python file at ``path`` as module ``name`` (scripts outside ``src``)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


#: ``benchmarks/eval_dev.py`` as a module (its ``eh`` is ``eval_heldout``).
EVAL_DEV = load_module("eval_dev", ROOT / "benchmarks" / "eval_dev.py")


def load_set(name: str):
    """``(eval_dev module, draw module, articles, mentions)`` of the drawn gold
    ``tests/data/<name>`` (its ``draw_<name>.py`` and :func:`read_gold` tables)."""
    gold_dir = ROOT / "tests" / "data" / name
    draw = load_module(f"draw_{name}", gold_dir / f"draw_{name}.py")
    return (EVAL_DEV, draw, *read_gold(gold_dir))


def read_gold(gold_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``articles.csv`` (strings) and ``mentions.csv`` (``start``, ``end`` int64)."""
    articles = pd.read_csv(gold_dir / "articles.csv", **READ)
    mentions = pd.read_csv(gold_dir / "mentions.csv", **READ)
    return articles, mentions.astype({"start": "int64", "end": "int64"})


def check_articles(articles: pd.DataFrame, topics: set[str], earlier: tuple[str, ...]):
    """Columns; unique keys ``<day>:<12 hex>``; no held-out outlet; topics from
    ``topics``; no article of the gold sets named in ``earlier`` (``tests/data/<name>``)."""
    assert list(articles.columns) == ARTICLE_COLUMNS
    assert articles["article"].is_unique
    assert articles["article"].str.fullmatch(r"\d{4}-\d\d-\d\d:[0-9a-f]{12}").all()
    assert not set(articles["outlet"]) & HELD_OUT_OUTLETS
    assert set(articles["topic"]) <= topics
    for sub in earlier:
        before = pd.read_csv(ROOT / "tests" / "data" / sub / "articles.csv", **READ)
        assert not set(before["article"]) & set(articles["article"]), sub


def check_halves(articles: pd.DataFrame, per_topic: int, first: dict[str, str] | None = None):
    """Halves ``tune`` / ``test``, disjoint, alternating in each topic's draw order
    (``per_topic`` drawn a topic; the 1st, 3rd, ... drawn are tune, or the half
    ``first[topic]`` where given)."""
    assert set(articles["half"]) <= {"tune", "test"}
    for topic, g in articles.groupby("topic"):
        order = g.sort_values("pool_index", key=lambda s: s.astype(int))["half"].tolist()
        pair = ["tune", "test"] if (first or {}).get(topic, "tune") == "tune" else ["test", "tune"]
        assert order == (pair * per_topic)[:per_topic], topic


def check_mentions(articles: pd.DataFrame, mentions: pd.DataFrame):
    """Columns, types PERSON/ORG/LOC, zones, known articles, SHA-1 prefixes, non-blank
    canonical names, offsets inside their zone (``*_chars``) and no two spans of a zone
    overlapping."""
    assert list(mentions.columns) == MENTION_COLUMNS
    assert set(mentions["type"]) <= {"PERSON", "ORG", "LOC"}
    assert set(mentions["zone"]) <= {"title", "body"}
    assert set(mentions["article"]) <= set(articles["article"])
    assert (mentions["start"] >= 0).all() and (mentions["start"] < mentions["end"]).all()
    assert mentions["surface_sha1"].str.fullmatch(r"[0-9a-f]{10}").all()
    assert (mentions["canonical"].str.strip() != "").all()
    chars = articles.set_index("article")[["title_chars", "body_chars"]].astype(int)
    for r in mentions.itertuples(index=False):
        assert r.end <= chars.loc[r.article, f"{r.zone}_chars"], r
    for _, g in mentions.groupby(["article", "zone"]):
        spans = sorted(zip(g["start"], g["end"], strict=True))
        assert all(e <= s2 for (_, e), (s2, _) in itertools.pairwise(spans)), g


def check_spans_in_corpus(eh, corpus: Path, articles: pd.DataFrame, mentions: pd.DataFrame):
    """Every article is in the corpus with the annotated text (``eh.load_texts``), every
    span hashes to its ``surface_sha1``, has no outer blank, starts its word (or follows
    one or two of the proclitics و ف ب ل ك that start it) and ends its word."""
    texts, problems = eh.load_texts(corpus, articles)
    assert problems == []
    letter = re.compile(r"[^\W\d_]")
    for r in mentions.itertuples(index=False):
        text = texts[r.article][r.zone]
        surface = text[r.start : r.end]
        assert eh.sha10(surface) == r.surface_sha1, r
        assert surface == surface.strip(), r
        head = re.search(r"(\w*)$", text[: r.start]).group(1)
        assert head == "" or (len(head) <= 2 and set(head) <= set("وفبلك")), (r, head)
        assert r.end == len(text) or not letter.match(text[r.end]), r


def check_draw(drawn: list[dict], articles: pd.DataFrame):
    """The seeded draw gives exactly the rows of ``articles.csv``, in order: key,
    outlet, ``pool_index``, topic, half."""
    cols = ["article", "outlet", "pool_index", "topic", "half"]
    got = [tuple(str(d[c]) for c in cols) for d in drawn]
    assert got == list(map(tuple, articles[cols].itertuples(index=False)))


def check_blind(ed, names: tuple[str, ...]):
    """``eval_dev.main`` refuses ``--errors`` (exits) for each of the sets ``names``."""
    for name in names:
        with pytest.raises(SystemExit):
            ed.main(["--set", name, "--errors", "--corpus", str(ROOT)])


def needs_corpus(corpus: Path | None):
    """The skip mark of the tests that read SaudiNewsNet, saying why where it is absent."""
    return pytest.mark.skipif(
        corpus is None, reason="SaudiNewsNet not found (../shared/corpora/saudinewsnet)"
    )


def corpus_tests(eh, articles: pd.DataFrame, mentions: pd.DataFrame, draw):
    """The two tests of a drawn gold that read SaudiNewsNet (skipped with a message
    where it is absent): :func:`check_spans_in_corpus`, and :func:`check_draw` of
    ``draw(corpus)``. A test module binds them to names beginning with ``test_``."""
    corpus = eh.find_corpus()
    mark = needs_corpus(corpus)

    @mark
    def texts_and_spans_match_the_corpus():
        check_spans_in_corpus(eh, corpus, articles, mentions)

    @mark
    def the_seeded_draw_gives_articles_csv():
        check_draw(draw(corpus), articles)

    return texts_and_spans_match_the_corpus, the_seeded_draw_gives_articles_csv
