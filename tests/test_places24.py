"""Session 24 (places24): a language name is no mention, and a nationality adjective is
no place: the places views count places (LOC) only, a nationality (NORP) apart. Values
worked out by hand from the sentences."""

import pandas as pd
import pytest

from helpers.entities import entity_counts, extract_entities
from helpers.entities.gazetteer import LANGUAGE_CUE_KINDS, language_cues


def _mentions(texts: list[str]) -> list[list[tuple[str, str, str]]]:
    stories = pd.DataFrame(
        {
            "story_id": [f"s{i}" for i in range(len(texts))],
            "title": [""] * len(texts),
            "body": texts,
        }
    )
    m = extract_entities(stories)
    return [
        [(r.surface, r.type, r.entity_id) for r in m[m["story_id"] == f"s{i}"].itertuples()]
        for i in range(len(texts))
    ]


# each sentence names a language, and nothing else the gazetteer knows
LANGUAGES = [
    "نشرت الصحيفة المقال بالإنجليزية أمس.",  # ب + the article: "in English"
    "وبالفرنسية قال إنه سعيد.",  # و + ب
    "يتحدث اللغة الفرنسية بطلاقة.",  # after اللغة
    "صدر الكتاب بلغة فرنسية.",  # after بلغة, indefinite
    "يدرس اللغة الإنكليزية.",  # another spelling of English
    "باللغة التركية",
    "الكتاب مترجم من الإنجليزية إلى العربية.",  # translation, then a chain by إلى
    "ترجم الرواية عن الفرنسية.",  # a word of translation, its object, عن
    "ترجمة إلى الألمانية",
    "يتكلم الروسية",  # a verb whose object is a language
    "أتقن الإنجليزية والفرنسية.",  # and a second one after و
    "تعلم اللغتين العربية والإنجليزية.",  # العربية is no mention; the chain goes on
    "تقدم باللغتين الإنجليزية والعربية.",
    "كتب بالعربية والإنجليزية.",
]


def test_a_language_name_is_no_mention():
    # before session 24 each of these was a NORP of its country (الإنجليزية ->
    # country:GB, الفرنسية -> country:FR ...), which the places views counted as
    # the country
    assert _mentions(LANGUAGES) == [[] for _ in LANGUAGES]


def test_a_nationality_is_still_a_nationality_and_a_place_a_place():
    got = _mentions(
        [
            "تابع الدوري الإنجليزي.",
            "قال الرئيس السوري إن الحل سياسي.",
            "وصل وزير الخارجية الفرنسي إلى باريس.",
            "نقلت قناة العربية الخبر.",
            "قالت الفرنسية إنها سعيدة.",  # no cue before: a nationality (a woman)
            "سافر إلى فرنسا لدراسة الفرنسية.",  # لدراسة is no cue: kept, doubtful
            "يتكلم الرئيس الروسي.",  # a speak verb, then no language word
        ]
    )
    assert got == [
        [("الإنجليزي", "NORP", "country:GB")],
        [("السوري", "NORP", "country:SY")],
        [("الفرنسي", "NORP", "country:FR"), ("باريس", "LOC", "geonames:2988507")],
        [("قناة العربية", "ORG", "org:al-arabiya")],
        [("الفرنسية", "NORP", "country:FR")],
        [("فرنسا", "LOC", "country:FR"), ("الفرنسية", "NORP", "country:FR")],
        [("الروسي", "NORP", "country:RU")],
    ]


def test_language_cues_are_keys_of_every_kind():
    cues = language_cues()
    assert tuple(cues) == LANGUAGE_CUE_KINDS == ("language", "speak", "translate")
    # keys: the article and ة folded (اللغة -> لغه), hamza seats folded (أتقن -> اتقن)
    assert "لغه" in cues["language"] and "لغتين" in cues["language"]
    assert "يتحدث" in cues["speak"] and "اتقن" in cues["speak"]
    assert "مترجم" in cues["translate"] and "ترجمه" in cues["translate"]


def _counts_table():
    # one story names Syria twice by name and three times by its adjective, another
    # only by its adjective (twice); one story names Britain once
    rows = [
        ("s1", "LOC", "country:SY", "سوريا", "سوريا"),
        ("s1", "LOC", "country:SY", "سوريا", "سوريا"),
        ("s1", "NORP", "country:SY", "سوريا", "السوري"),
        ("s1", "NORP", "country:SY", "سوريا", "السورية"),
        ("s1", "NORP", "country:SY", "سوريا", "السوري"),
        ("s2", "NORP", "country:SY", "سوريا", "السوري"),
        ("s2", "NORP", "country:SY", "سوريا", "السوريين"),
        ("s2", "LOC", "country:GB", "بريطانيا", "بريطانيا"),
    ]
    return pd.DataFrame(
        [(s, "body", 10 * i, 10 * i + 5, t, e, c, f) for i, (s, t, e, c, f) in enumerate(rows)],
        columns=["story_id", "zone", "start", "end", "type", "entity_id", "canonical", "surface"],
    )


def test_entity_counts_keep_a_nationality_apart_from_its_country():
    got = entity_counts(_counts_table())
    assert got[["story_id", "entity_id", "type", "count"]].values.tolist() == [
        ["s1", "country:SY", "NORP", 3],
        ["s1", "country:SY", "LOC", 2],
        ["s2", "country:SY", "NORP", 2],
        ["s2", "country:GB", "LOC", 1],
    ]


def test_the_places_table_of_a_group_is_its_places_only():
    from helpers.sections import _places

    stories = pd.DataFrame({"story_id": ["s1", "s2"], "outlet": ["a", "a"]})
    counts = entity_counts(_counts_table(), by="outlet", stories=stories)
    where = _places(counts, "outlet")
    # Syria by name: 2 mentions in 1 story (not 7 in 2); Britain 1 in 1
    assert where[["outlet", "entity_id", "type", "count", "stories"]].values.tolist() == [
        ["a", "country:SY", "LOC", 2, 1],
        ["a", "country:GB", "LOC", 1, 1],
    ]
    assert set(counts.loc[counts["type"] == "NORP", "count"]) == {5}


@pytest.mark.parametrize("word", ["بالإنجليزية", "باللغة الإنجليزية", "مترجم من الإنجليزية"])
def test_a_language_never_makes_britain_a_place(word):
    from helpers.sections import _places

    stories = pd.DataFrame(
        {"story_id": ["s1"], "title": [""], "body": [f"صدر التقرير {word} أمس."], "outlet": ["a"]}
    )
    m = extract_entities(stories)
    counts = entity_counts(m, by="outlet", stories=stories)
    assert m.empty and _places(counts, "outlet").empty
