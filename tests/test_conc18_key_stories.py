"""Notebook 05's key-term concordances read the stories that hold the key terms.

Session 18: on the README subset (alweeam + 3alyoum) notebook 05 read the first
``SAMPLE`` stories of each group, so side A's top key terms (حزب، غارات) and all of side
B's got no line. ``Contrast.key_stories`` picks, per key term, the first ``n`` stories of
the side (corpus order) whose counts hold the term. Made-up corpus of 12 stories (two
outlets, group level) whose first stories lack the terms; every expected id is worked
out by hand from the bodies below.
"""

from __future__ import annotations

import pytest
from jsonl_files import write_jsonl

from helpers.errors import ArgumentError
from helpers.sections import contrast
from helpers.study import open_study

BODIES = {  # id -> (outlet, body); a number ends each body so no two are copies
    "w0": ("weeam", "افتتح المعرض في الجامعة"),
    "w1": ("weeam", "افتتح المعرض في المدينة"),
    "w2": ("weeam", "زار الوفد المعرض اليوم"),
    "w3": ("weeam", "أعلن الحزب موقفه من الغارات"),
    "w4": ("weeam", "وانتقد حزب المعارضة القرار"),
    "w5": ("weeam", "شنت الطائرات غارات على المواقع"),
    "w6": ("weeam", "وقال حزب العمال إن الغارات توقفت"),
    "y0": ("yawm", "ارتفعت أسعار النفط اليوم"),
    "y1": ("yawm", "انخفضت أسعار الذهب اليوم"),
    "y2": ("yawm", "زار الطلاب الجامعة صباحا"),
    "y3": ("yawm", "افتتحت جامعة الملك مبنى"),
    "y4": ("yawm", "هطلت الأمطار على المدينة"),
}


@pytest.fixture(scope="module")
def sides(tmp_path_factory):
    path = tmp_path_factory.mktemp("conc18") / "news.jsonl"
    records = []
    for i, (sid, (outlet, body)) in enumerate(BODIES.items()):
        record = {"id": sid, "title": f"خبر {i}", "body": f"{body}. {i}", "source": outlet}
        records.append(record)
    write_jsonl(path, records)
    study = open_study(path, fields={"outlet": "source"})
    assert not study.per_story  # 12 stories: per outlet
    c = contrast(study)  # A: weeam (7 stories, the largest), B: yawm
    assert set(c.keyness.attrs["target"]) == {f"w{i}" for i in range(7)}
    return c


def _ids(table):
    return table["story_id"].astype(str).tolist()


def test_first_n_stories_that_hold_the_term(sides):
    # حزب is in w3 (الحزب), w4, w6; the first two in corpus order
    assert _ids(sides.key_stories("target", ["حزب"], 2)) == ["w3", "w4"]
    assert _ids(sides.key_stories("target", ["حزب"], 20)) == ["w3", "w4", "w6"]


def test_union_over_terms_in_corpus_order(sides):
    # n=1: حزب -> w3, غارات -> w3 (الغارات); n=2: حزب w3 w4, غارات w3 w5
    assert _ids(sides.key_stories("target", ["حزب", "غارات"], 1)) == ["w3"]
    assert _ids(sides.key_stories("target", ["غارات", "حزب"], 2)) == ["w3", "w4", "w5"]


def test_a_side_reads_its_own_stories_only(sides):
    # جامعة is in w0 (side A) and y2, y3 (side B): B reads y2, y3
    assert _ids(sides.key_stories("reference", ["جامعة"], 20)) == ["y2", "y3"]
    assert _ids(sides.key_stories("target", ["جامعة"], 20)) == ["w0"]


def test_a_term_no_story_holds_picks_none(sides):
    assert _ids(sides.key_stories("target", ["نفط", "عراق", "حزب عمال سعودي"], 5)) == []


def test_bigram_key(sides):
    assert _ids(sides.key_stories("target", ["حزب عمال"], 5)) == ["w6"]


def test_key_concordance_has_a_line_per_occurrence(sides):
    conc = sides.key_concordance("target", ["حزب", "غارات"], 2)
    assert conc.attrs["stories"] == 3  # w3, w4, w5
    # w3: الحزب, الغارات; w4: حزب; w5: غارات (w6 not read: n=2 each)
    assert _ids(conc) == ["w3", "w3", "w4", "w5"]
    assert conc["keyword"].tolist() == ["الحزب", "الغارات", "حزب", "غارات"]


def test_refusals(sides):
    with pytest.raises(ArgumentError, match="side must be"):
        sides.key_stories("both", ["حزب"])
    with pytest.raises(ArgumentError):
        sides.key_stories("target", ["حزب"], 0)


def test_story_level_reads_every_story_of_the_side():
    from helpers.corpus import zones
    from helpers.kwic import concordance
    from helpers.notebooks import PROJECT_ROOT
    from helpers.text import tokenize_zones

    study = open_study(PROJECT_ROOT / "data" / "raw")
    c = contrast(study)
    terms = c.shown[c.shown["key_for"] == "reference"]["term"].head(3).tolist()
    ids = _ids(study.stories)
    assert len(ids) == 2  # the two embedded stories: A the first, B the other
    assert _ids(c.key_stories("reference", terms, 1)) == [ids[1]]  # n does not cut
    assert _ids(c.key_stories("target", terms, 1)) == [ids[0]]
    z = zones(study.stories)  # what notebook 05 read before: the side's rows of every token
    old = concordance(c.side_tokens(tokenize_zones(z), "reference"), terms, analyse=False, zones=z)
    new = c.key_concordance("reference", terms, 1)
    assert new.equals(old) and new.attrs["stories"] == 1
