"""Session 23 (canon23): one entity, one row.

A name written two ways (عبد الله / عبدالله, أبو ثنين / أبوثنين, مونتاري / مونتارى) is
one entity id and one canonical name; a name span never takes in و + a noun with a
pronoun suffix (كيري ومساعده). Values worked out by hand from the texts below.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.entities import entity_counts, extract_entities, load_gazetteer
from helpers.entities.aliases import corpus_variants, variant_key
from helpers.entities.extract import one_canonical
from helpers.entities.keys import id_keys, name_keys
from helpers.freq import shared_entities


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(None)


def _extract(bodies, gaz, outlets=None):
    stories = pd.DataFrame(
        {
            "story_id": [f"s{i}" for i in range(len(bodies))],
            "title": [""] * len(bodies),
            "body": list(bodies),
            "outlet": outlets or ["x"] * len(bodies),
        }
    )
    return stories, extract_entities(stories, gaz)


# --- keys -------------------------------------------------------------------------


def test_id_keys_fuse_abu_written_apart_or_joined():
    assert id_keys(("ناصر", "ابو", "جلاس")) == ("ناصر", "ابوجلاس")
    assert id_keys(("ناصر", "ابوجلاس")) == ("ناصر", "ابوجلاس")
    # the article of the word after أبو is no part of the id key, written apart or not
    assert id_keys(("احمد", "ابو", "الغيط")) == ("احمد", "ابوغيط")
    assert id_keys(("احمد", "ابوالغيط")) == ("احمد", "ابوغيط")
    # أبو last, or before a number, stays a key of its own; other names are untouched
    assert id_keys(("محمد", "ابو")) == ("محمد", "ابو")
    assert id_keys(("ابو", "2015")) == ("ابو", "2015")
    assert id_keys(("محمد", "علي")) == ("محمد", "علي")


def test_name_keys_keep_abu_apart_for_linking():
    # the person's name keys keep أبو apart (a later «أبو ثنين» is found by its words)
    assert name_keys(("فيصل", "ابو", "ثنين"), (False, False, False)) == ("فيصل", "ابو", "ثنين")


# --- one canonical per id ---------------------------------------------------------


def _row(eid, canonical, surface):
    end = len(surface)
    return ("s", "body", 0, end, surface, "PERSON", eid, canonical, "rule", "name", surface)


def test_one_canonical_most_mentions_then_code_point_order():
    rows = [
        _row("a", "عبد الله بن مساعد", "عبد الله بن مساعد"),
        _row("a", "عبدالله بن مساعد", "عبدالله بن مساعد"),
        _row("a", "عبدالله بن مساعد", "بن مساعد"),
        _row("b", "جمال عبدالناصر", "جمال عبدالناصر"),
        _row("b", "جمال عبد الناصر", "جمال عبد الناصر"),
    ]
    out = one_canonical(rows)
    assert [r[7] for r in out] == ["عبدالله بن مساعد"] * 3 + ["جمال عبد الناصر"] * 2
    # each mention keeps its own surface and written form
    assert [r[4] for r in out] == [r[4] for r in rows]
    assert [r[10] for r in out] == [r[10] for r in rows]
    # nothing to change: the same list back
    same = [_row("c", "x", "x")]
    assert one_canonical(same) is same


def test_compound_abd_is_one_entity_and_one_name_across_stories(gaz):
    bodies = [
        "قال الأمير عبد الله بن مساعد إن الفريق جاهز.",
        "أكد الأمير عبدالله بن مساعد أن الفريق جاهز.",
        "وقال الأمير عبدالله بن مساعد إن الموسم طويل.",
    ]
    stories, m = _extract(bodies, gaz, ["a", "b", "b"])
    p = m[m["type"] == "PERSON"]
    assert p["entity_id"].tolist() == ["rule:PERSON:عبدالله_بن_مساعد"] * 3
    # two mentions of three are written joined: that is the label
    assert p["canonical"].tolist() == ["عبدالله بن مساعد"] * 3
    assert p["surface"].tolist() == ["عبد الله بن مساعد", "عبدالله بن مساعد", "عبدالله بن مساعد"]
    # per story, by outlet, and in the outlet comparison: one row, one name
    per_story = entity_counts(m)
    assert set(per_story.loc[per_story["type"] == "PERSON", "canonical"]) == {"عبدالله بن مساعد"}
    by_outlet = entity_counts(m, by="outlet", stories=stories)
    people = by_outlet[by_outlet["type"] == "PERSON"]
    assert people[["outlet", "canonical", "count"]].values.tolist() == [
        ["a", "عبدالله بن مساعد", 1],
        ["b", "عبدالله بن مساعد", 2],
    ]
    shared = shared_entities(per_story, ["s0"], ["s1", "s2"])
    row = shared[shared["type"] == "PERSON"]
    assert row[["canonical", "count_target", "count_reference", "status"]].values.tolist() == [
        ["عبدالله بن مساعد", 1, 2, "shared"]
    ]


def test_abu_names_written_apart_or_joined_are_one_id(gaz):
    _, m = _extract(["قال ناصر أبو جلاس إن", "قال ناصر أبوجلاس إن", "قال ناصر أبوجلاس إن"], gaz)
    p = m[m["type"] == "PERSON"]
    assert p["entity_id"].tolist() == ["rule:PERSON:ناصر_ابوجلاس"] * 3
    assert p["canonical"].tolist() == ["ناصر أبوجلاس"] * 3


def test_rule_place_with_compound_abd_is_one_id(gaz):
    _, m = _extract(["افتتح طريق الملك عبد الله في جدة", "افتتح طريق الملك عبدالله في جدة"], gaz)
    loc = m[m["entity_id"].str.startswith("rule:LOC:")]
    assert loc["entity_id"].tolist() == ["rule:LOC:طريق_ملك_عبدالله"] * 2
    # one mention each: the tie goes to the spelling first in code-point order (space)
    assert loc["canonical"].tolist() == ["طريق الملك عبد الله"] * 2


# --- و + a noun with a pronoun suffix ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "not_in_name"),
    [
        ("وصل كيري ومساعده إلى القاهرة.", "ومساعده"),
        ("قال جون كيري وزوجته إنهما سعيدان.", "وزوجته"),
        ("اتهم رئيس البلاد سالفا كير نائبه السابق رياك مشار بالتخطيط", "نائبه"),
    ],
)
def test_name_never_takes_in_a_possessed_noun(gaz, body, not_in_name):
    _, m = _extract([body], gaz)
    surfaces = m.loc[m["type"] == "PERSON", "surface"].tolist()
    assert surfaces and not any(not_in_name in s for s in surfaces)


def test_kerry_and_his_aide_is_kerry(gaz):
    _, m = _extract(["وصل كيري ومساعده إلى القاهرة."], gaz)
    p = m[m["type"] == "PERSON"]
    assert p[["surface", "entity_id"]].values.tolist() == [["كيري", "person:john-kerry"]]


def test_family_name_ending_like_a_suffix_stays(gaz):
    # وهبه (Wahba) is a family name the text layer reads whole, عبد ربه a compound name
    _, m = _extract(["قال الدكتور محمد وهبه إن", "قال الرئيس عبد ربه منصور هادي إن"], gaz)
    assert m.loc[m["type"] == "PERSON", "surface"].tolist() == [
        "محمد وهبه",
        "عبد ربه منصور هادي",
    ]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # name words that end like a first-person suffix or hold a kin noun: no possessed noun
        ("قال الشاعر زهير بن أبي سلمى", "زهير بن أبي سلمى"),  # أبي: the kunya particle
        ("وقال جيرمي بن عمي إن", "جيرمي بن عمي"),  # عمي: a family name, not "my uncle"
        ("وقال أندرو ويتي إن", "أندرو ويتي"),  # و + يتي is no noun of his
    ],
)
def test_name_words_ending_like_other_suffixes_stay(gaz, body, name):
    _, m = _extract([body], gaz)
    assert m.loc[m["type"] == "PERSON", "surface"].tolist() == [name]


# --- transliteration variants ------------------------------------------------------


def test_variant_key_reads_final_maqsura_as_ya():
    assert variant_key("مونتارى") == "مونتاري"
    assert variant_key("مونتاري") == "مونتاري"
    assert variant_key("يحيى") == "يحيي"
    assert variant_key("على") == "على"  # the preposition and the name علي stay apart
    assert variant_key("حمود") == "حمود"


def test_corpus_variants_group_a_maqsura_spelling():
    rows = [
        ("rule:PERSON:كوامي_مونتارى", "كوامي مونتارى", 1),
        ("rule:PERSON:كوامي_مونتاري", "كوامي مونتاري", 2),
    ]
    assert corpus_variants(rows) == {
        "rule:PERSON:كوامي_مونتارى": ("rule:PERSON:كوامي_مونتاري", "كوامي مونتاري")
    }


def test_surname_in_final_maqsura_still_finds_its_alias(gaz):
    # the alias finder's speed path folds a key with a final ى too (variant_key)
    _, m = _extract(["قال محسن العيسى إن العمل مستمر. وأضاف العيسى أن"], gaz)
    p = m[m["type"] == "PERSON"]
    assert p[["surface", "entity_id", "method"]].values.tolist() == [
        ["محسن العيسى", "rule:PERSON:محسن_العيسى", "rule"],
        ["العيسى", "rule:PERSON:محسن_العيسى", "alias"],
    ]
