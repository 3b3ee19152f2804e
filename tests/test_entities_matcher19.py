"""Session 19 (branch matcher19): an inner word of a listed name that carries a
proclitic (بجدة of «الغرفة التجارية الصناعية بجدة», ومركز of «… ومركز الأبحاث») is matched
inside its name only; everywhere else the text layer's split stands, so the place or
head noun after the proclitic is still found (:func:`helpers.entities.matcher.
compile_gazetteer`, :func:`helpers.entities.matcher._inner_readings`).

Each test reads the same text with the built-in gazetteer, then with a test-only CSV
row added (``files=``): what lies outside the listed name must not change. Sentences
written for this file (the third is the sentence of 2015-08-03, alyaum/sabq/alweeam);
expected values worked out by hand."""

from __future__ import annotations

import pytest
from entity_stories import stories

from helpers.entities import extract_entities, load_gazetteer

HEADER = "entity_id,canonical,type,aliases,wikidata\n"
ROWS = (
    "org:test-chamber,الغرفة التجارية الصناعية بجدة,ORG,,\n"
    "org:test-society,جمعية الثقافة ومركز الفنون,ORG,,\n"
)


@pytest.fixture(scope="module")
def gazetteers(tmp_path_factory):
    """The built-in gazetteer, and the same with the two test-only rows of ``ROWS``."""
    f = tmp_path_factory.mktemp("matcher19") / "rows.csv"
    f.write_text(HEADER + ROWS, encoding="utf-8")
    return load_gazetteer(), load_gazetteer(files=[f])


def found(body: str, gaz) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, surface, type, entity_id)`` of every mention of one story."""
    m = extract_entities(stories(body), gazetteer=gaz)
    cols = ["start", "end", "surface", "type", "entity_id"]
    return [tuple(r) for r in m[cols].itertuples(index=False, name=None)]


def test_a_place_after_b_outside_a_listed_name_with_that_word(gazetteers):
    plain, listed = gazetteers
    body = "وصل الوفد بجدة أمس، وعقد اجتماعا في الغرفة التجارية الصناعية بجدة."
    jeddah = (11, 14, "جدة", "LOC", "geonames:105343")
    assert jeddah in found(body, plain)
    got = found(body, listed)
    # بجدة (offsets 10-14) is ب + جدة as without the row; the listed name whole
    assert jeddah in got
    assert (36, 65, "الغرفة التجارية الصناعية بجدة", "ORG", "org:test-chamber") in got
    assert [r for r in got if r[3] == "LOC"] == [jeddah]


def test_a_head_after_wa_outside_a_listed_name_with_that_word(gazetteers):
    plain, listed = gazetteers
    body = "زار الأمير ومركز الملك فهد الثقافي ومعرض الكتاب."
    centre = (12, 34, "مركز الملك فهد الثقافي", "ORG", "rule:ORG:مركز_ملك_فهد_ثقافي")
    assert found(body, plain) == [centre]
    # ومركز read whole made «فهد الثقافي» a PERSON
    assert found(body, listed) == [centre]


def test_the_listed_name_is_still_matched_whole(gazetteers):
    _, listed = gazetteers
    body = "افتتحت جمعية الثقافة ومركز الفنون معرضا."
    assert found(body, listed) == [(7, 33, "جمعية الثقافة ومركز الفنون", "ORG", "org:test-society")]


def test_yanbu_after_wa_outside_the_royal_commission(gazetteers):
    # «الهيئة الملكية للجبيل وينبع» is listed: وينبع was one word everywhere, and ينبع
    # after و (الجبيل وينبع ورأس الخير) was lost
    plain, _ = gazetteers
    body = "تشرف الهيئة الملكية للجبيل وينبع على المدن الصناعية بعد الجبيل وينبع ورأس الخير."
    got = found(body, plain)
    assert got[0][2:] == ("الهيئة الملكية للجبيل وينبع", "ORG", "org:royal-commission-jubail-yanbu")
    assert [r[2] for r in got if r[3] == "LOC"] == ["الجبيل", "ينبع", "رأس الخير"]


def test_no_span_starts_on_the_preposition_of_a_listed_body(gazetteers):
    # «المركز الوطني للأرصاد» is listed (org:ncm): the whole name, never the one-word
    # alias الأرصاد of org:saudi-pme on للأرصاد (surface «لأرصاد», the ل + ال convention)
    plain, _ = gazetteers
    body = "وتوقع المركز الوطني للأرصاد هطول أمطار."
    assert found(body, plain) == [(6, 27, "المركز الوطني للأرصاد", "ORG", "org:ncm")]
