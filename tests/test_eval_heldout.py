"""The held-out scorer (benchmarks/eval_heldout.py) on small hand-made examples.

The sentences are the test author's own writing; every expected value was worked out by
hand (counts shown next to each assertion). The gold files of tests/data/heldout are
checked for form here, and against the SaudiNewsNet texts where that corpus is present.
"""

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "eval_heldout", ROOT / "benchmarks" / "eval_heldout.py"
)
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)

# "Khalid al-Umari visited Riyadh and discussed with the Ministry of Finance the plans of
# the bank, then travelled to Jeddah."
TEXT = "زار خالد العمري الرياض وبحث مع وزارة المالية خطط البنك ثم سافر إلى جدة."


def _span(surface: str, type_: str, text: str = TEXT) -> dict:
    s = text.index(surface)
    return {"article": "a1", "zone": "body", "start": s, "end": s + len(surface), "type": type_}


@pytest.fixture()
def gold_mentions():
    return pd.DataFrame(
        [
            _span("خالد العمري", "PERSON"),
            _span("الرياض", "LOC"),
            _span("وزارة المالية", "ORG"),
            _span("جدة", "LOC"),
        ]
    )


@pytest.fixture()
def pred_mentions():
    s = TEXT.index("المالية")
    return pd.DataFrame(
        [
            _span("خالد العمري", "PERSON"),  # exact
            _span("الرياض", "LOC"),  # exact
            {"article": "a1", "zone": "body", "start": s, "end": s + 7, "type": "ORG"},  # part
            _span("خطط", "LOC"),  # spurious
            _span("جدة", "ORG"),  # right span, wrong type
            _span("زار", "NORP"),  # not scored: the gold has no NORP
        ]
    )


def test_entities_exact_and_lenient_by_hand(gold_mentions, pred_mentions):
    t = ev.score_entities(pred_mentions, gold_mentions).set_index("type")
    # exact: tp 2 (PERSON, Riyadh) of 5 predicted (NORP left out) and 4 gold
    micro = t.loc["micro"]
    assert (micro.n_gold, micro.n_pred, micro.tp) == (4, 5, 2)
    assert micro.precision == pytest.approx(2 / 5)
    assert micro.recall == pytest.approx(2 / 4)
    assert micro.f1 == pytest.approx(4 / 9)  # 2 * 0.4 * 0.5 / 0.9
    assert (t.loc["PERSON", "precision"], t.loc["PERSON", "recall"]) == (1.0, 1.0)
    # ORG: 2 predicted (the part of the ministry, Jeddah), 1 gold, no exact match
    assert (t.loc["ORG", "n_pred"], t.loc["ORG", "tp"], t.loc["ORG", "f1"]) == (2, 0, 0.0)
    # LOC: Riyadh right, خطط wrong; Jeddah (gold LOC) predicted as ORG
    assert t.loc["LOC", "precision"] == pytest.approx(0.5)
    assert t.loc["LOC", "recall"] == pytest.approx(0.5)
    # lenient: 3 of 5 predicted overlap a gold mention of their type (Khalid, Riyadh,
    # the ministry's part); 3 of 4 gold found by their type (all but Jeddah)
    assert micro.lenient_p == pytest.approx(3 / 5)
    assert micro.lenient_r == pytest.approx(3 / 4)
    assert micro.lenient_f1 == pytest.approx(2 / 3)  # 2 * 0.6 * 0.75 / 1.35


def test_coverage_counts_any_type_and_same_type(gold_mentions, pred_mentions):
    c = ev.coverage(pred_mentions, gold_mentions).set_index("type")
    # every gold span is overlapped by some prediction; Jeddah only by an ORG
    assert c.loc["all", "any_type"] == 1.0
    assert c.loc["all", "same_type"] == pytest.approx(3 / 4)
    assert c.loc["LOC", "same_type"] == pytest.approx(1 / 2)
    assert c.loc["PERSON", "n_gold"] == 1


# "And he said to the students: they will write a book with the pen. A boy ..."
WORDS = [  # word, gold clitics, predicted clitics (None: no token starts there)
    ("وقال", "و", "و"),
    ("للطلاب", "ل+ال", "ل+ال"),
    ("سيكتبون", "س", ""),
    ("كتابا", "", "ك"),
    ("بالقلم", "ب+ال", "ب+ال"),
    ("ولد", "", None),
]


def _clitic_tables(category_of_pen: str = ""):
    gold, pred, at = [], [], 0
    for w, g, p in WORDS:
        cat = category_of_pen if w == "بالقلم" else ""
        gold.append(("a1", "body", at, at + len(w), g, cat))
        if p is not None:
            pred.append(("a1", "body", at, p))
        at += len(w) + 1
    gold = pd.DataFrame(gold, columns=["article", "zone", "start", "end", "clitics", "category"])
    pred = pd.DataFrame(pred, columns=["article", "zone", "start", "clitics"])
    return pred, gold


def test_clitics_per_clitic_and_micro_by_hand():
    pred, gold = _clitic_tables()
    table, words = ev.score_clitics(pred, gold)
    t = table.set_index("clitic")
    assert (t.loc["و", "n_gold"], t.loc["و", "n_pred"], t.loc["و", "tp"]) == (1, 1, 1)
    # the future prefix missed: recall 0; precision undefined, reported 0
    assert (t.loc["س", "n_gold"], t.loc["س", "n_pred"], t.loc["س", "recall"]) == (1, 0, 0.0)
    # ك predicted on كتابا, where it is part of the word
    assert (t.loc["ك", "n_gold"], t.loc["ك", "n_pred"], t.loc["ك", "precision"]) == (0, 1, 0.0)
    assert (t.loc["ال", "n_gold"], t.loc["ال", "tp"]) == (2, 2)
    # micro over 7 clitics: gold و ل ال س ب ال = 6, predicted و ل ال ك ب ال = 6, tp 5
    assert (t.loc["micro", "n_gold"], t.loc["micro", "n_pred"], t.loc["micro", "tp"]) == (6, 6, 5)
    assert t.loc["micro", "precision"] == pytest.approx(5 / 6)
    assert t.loc["micro", "recall"] == pytest.approx(5 / 6)
    # without the article: gold و ل س ب, predicted و ل ك ب, tp 3
    row = t.loc[ev.MICRO_NO_ARTICLE]
    assert (row.n_gold, row.n_pred, row.tp) == (4, 4, 3)
    assert row.precision == pytest.approx(0.75) and row.recall == pytest.approx(0.75)
    # whole sequence right: وقال للطلاب بالقلم ولد (empty = no token = empty) = 4 of 6
    assert words == {"words": 6, "exact": pytest.approx(4 / 6), "unaligned": 1}


def test_clitics_exclude_a_category_and_restrict_the_clitics():
    pred, gold = _clitic_tables(category_of_pen="func")
    table, words = ev.score_clitics(pred, gold, exclude=("func",))
    t = table.set_index("clitic")
    # بالقلم left out: gold و ل ال س = 4, predicted و ل ال ك = 4, tp 3
    assert (t.loc["micro", "n_gold"], t.loc["micro", "n_pred"], t.loc["micro", "tp"]) == (4, 4, 3)
    assert words["words"] == 5
    table, _ = ev.score_clitics(pred, gold, clitics=("ك", "س"))
    assert list(table["clitic"]) == ["ك", "س", "micro", ev.MICRO_NO_ARTICLE]
    micro = table.set_index("clitic").loc["micro"]
    assert (micro.n_gold, micro.n_pred, micro.tp) == (1, 1, 0)


def test_norm_name_folds_what_spelling_varies():
    assert ev.norm_name("أحمدُ  عطيّة") == "احمد عطيه"
    assert ev.norm_name("«الرئاسة»") == "الرئاسه"
    assert ev.norm_name("مصطفى") == "مصطفي"


def test_quote_speakers_by_hand():
    gold = pd.DataFrame(
        [
            ("a1", "body", 10, 30, "خالد العمري"),
            ("a1", "body", 50, 70, "وزارة المالية"),
            ("a1", "body", 90, 100, "خالد العمري;وزارة المالية"),
        ],
        columns=["article", "zone", "start", "end", "speaker"],
    )
    pred = pd.DataFrame(
        [
            ("a1", "body", 12, 30, "الوزير العمري"),  # title + a gold surface: right
            ("a1", "body", 50, 69, "الوزير"),  # a bare title: wrong, not even partly
            ("a1", "title", 90, 100, "خالد العمري"),  # other zone: does not match
            ("a1", "body", 200, 210, None),  # spurious
        ],
        columns=["article", "zone", "start", "end", "speaker"],
    )
    names = {("a1", "خالد العمري"): {"العمري", "خالد العمري"}}
    q = ev.score_quotes(pred, gold, names)
    assert q == {
        "gold": 3,
        "found": 2,
        "speaker_right": 1,
        "accuracy": pytest.approx(1 / 3),
        "accuracy_found": pytest.approx(1 / 2),
        "speaker_partial": 1,
        "spurious": 2,  # the title-zone quote and the one at 200 overlap no gold quote
        "predicted": 4,
    }


def test_quote_speaker_part_of_a_name_counts_as_partial_only():
    gold = pd.DataFrame(
        [("a1", "body", 0, 10, "خالد العمري"), ("a1", "body", 20, 30, "خالد العمري")],
        columns=["article", "zone", "start", "end", "speaker"],
    )
    pred = pd.DataFrame(
        [
            ("a1", "body", 0, 10, "خالد"),  # the first name alone
            ("a1", "body", 20, 30, "المدير خالد العمري بالشركة"),  # name inside a phrase
        ],
        columns=["article", "zone", "start", "end", "speaker"],
    )
    q = ev.score_quotes(pred, gold, {})
    assert (q["speaker_right"], q["speaker_partial"]) == (0, 2)


def test_heldout_gold_files_are_stand_off_and_well_formed():
    gold = ev.read_gold()
    arts = gold["articles"]
    assert len(arts) == 36 and arts["article"].is_unique
    assert set(arts["outlet"]) == {"okaz", "alriyadh", "aljazirah", "aleqtisadiya"}
    assert (arts["clitics"] == "yes").sum() == 10
    known = set(arts["article"])
    m = gold["mentions"]
    assert set(m["type"]) == {"PERSON", "ORG", "LOC"}
    for name in ("mentions", "clitics", "clitics_ks", "quotes"):
        t = gold[name]
        assert set(t["article"]) <= known, name
        assert set(t["zone"]) <= {"title", "body"}, name
        assert (t["start"] < t["end"]).all(), name
    for name in ("clitics", "clitics_ks"):
        labels = {c for v in gold[name]["clitics"] for c in v.split("+") if c}
        assert labels <= set(ev.CLITICS), name
    # no corpus text: only short labels (canonical names), hashes and offsets
    assert m["canonical"].str.len().max() <= 60
    assert set(gold["clitics"].columns) == {
        "article",
        "zone",
        "start",
        "end",
        "clitics",
        "category",
        "surface_sha1",
    }


@pytest.mark.slow
def test_heldout_gold_offsets_match_the_corpus_text():
    corpus = ev.find_corpus()
    if corpus is None:
        pytest.skip("SaudiNewsNet (../shared/corpora/saudinewsnet) is absent in this checkout")
    gold = ev.read_gold()
    texts, problems = ev.load_texts(corpus, gold["articles"])
    assert problems == []
    assert ev.check_offsets(gold, texts) == []
