"""Session 24 (places24): a language name (بالإنجليزية، اللغة الفرنسية، مترجم من
الإنجليزية) is no mention; a nationality adjective stays a nationality and, by session
8's rule, counts with its country where the story or group names it. Values worked out
by hand from the sentences."""

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


def test_a_country_and_its_adjective_stay_one_place_without_the_languages():
    # session 8's rule is kept (the lead withdrew session 24's nationality change): a
    # story naming a country and its adjective counts them as one place, LOC; a
    # language (بالإنجليزية) is no mention, so only بريطانيا counts (2 before session
    # 24); a nationality in a league name (الدوري الإنجليزي) still counts for its
    # country, the case left open
    stories = pd.DataFrame(
        {
            "story_id": ["s1", "s2", "s3"],
            "title": [""] * 3,
            "body": [
                "سافر إلى فرنسا لدراسة الفرنسية.",
                "صدر التقرير بالإنجليزية في بريطانيا.",
                "تابع الدوري الإنجليزي في بريطانيا.",
            ],
        }
    )
    got = entity_counts(extract_entities(stories))
    assert got[["story_id", "entity_id", "type", "count"]].values.tolist() == [
        ["s1", "country:FR", "LOC", 2],
        ["s2", "country:GB", "LOC", 1],
        ["s3", "country:GB", "LOC", 2],
    ]


@pytest.mark.parametrize("word", ["بالإنجليزية", "باللغة الإنجليزية", "مترجم من الإنجليزية"])
def test_a_language_never_makes_britain_a_place(word):
    from helpers.sections import _places

    stories = pd.DataFrame(
        {"story_id": ["s1"], "title": [""], "body": [f"صدر التقرير {word} أمس."], "outlet": ["a"]}
    )
    m = extract_entities(stories)
    counts = entity_counts(m, by="outlet", stories=stories)
    assert m.empty and _places(counts, "outlet").empty
