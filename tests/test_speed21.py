"""Session 21 (speed, no mention changed): the tests moved first give the answers the
full tests gave, worked out by hand here."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.entities import extract_entities, load_gazetteer
from helpers.entities.aliases import _compatible
from helpers.entities.matcher import compile_gazetteer


def test_compatible_refuses_other_last_keys_first():
    # worked by hand: محمد علي is no short form of أحمد علي (first keys differ), nor محمد
    # علي of محمد الشهري (last keys differ: refused before the lineage is asked)
    assert not _compatible(("محمد", "علي"), ("احمد", "علي"))
    assert not _compatible(("محمد", "علي"), ("محمد", "الشهري"))
    # a longer short name is refused as before
    assert not _compatible(("محمد", "بن", "علي"), ("محمد", "علي"))
    # the last keys compared after the spelling fold: مورينيو of جوزيه مورينهو
    assert _compatible(("مورينيو",), ("جوزيه", "مورينهو"))
    # a family name kept with the chain left out: محمد الشهري of محمد بن علي الشهري
    assert _compatible(("محمد", "الشهري"), ("محمد", "بن", "علي", "الشهري"))
    # a one-word name against a father's name at the end: سلمان is not محمد بن سلمان
    assert not _compatible(("سلمان",), ("محمد", "بن", "سلمان"))


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(None)


def test_bare_place_word_heading_a_phrase_is_no_place(gaz):
    # موصل للنجاح "leading to success": GeoNames' موصل (Mosul, written الموصل) is no
    # place here, nor رياض الأطفال "kindergartens"; الرياض with its article is one
    stories = pd.DataFrame(
        {
            "story_id": ["s21"],
            "title": [""],
            "body": ["زار الوفد رياض الأطفال في الرياض ثم عاد إلى موصل للنجاح."],
        }
    )
    m = extract_entities(stories, gaz)
    assert list(m["surface"]) == ["الرياض"]
    assert list(m["type"]) == ["LOC"]
    # the candidates' part is remembered once per candidate list: the one canonical name
    # with the article that a bare word must read as
    cg = compile_gazetteer(gaz)
    assert "الموصل" in cg.bare_heads.values()
    assert all(v is None or v == "" or v.startswith("ال") for v in cg.bare_heads.values())
