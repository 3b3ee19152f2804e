"""helpers.entities on hand-written sentences: rules, variants, ambiguity, aliases, HTML.

Every expected value below was worked out by reading the sentence; none of these names
is special-cased in code (some are gazetteer rows, the others are found by rules).
"""

import pandas as pd
import pytest

from helpers.entities import (
    BackendUnavailableError,
    entity_counts,
    extract_entities,
    highlight_html,
    load_gazetteer,
)


def stories(*bodies, titles=None):
    n = len(bodies)
    return pd.DataFrame(
        {
            "story_id": [f"s{i + 1}" for i in range(n)],
            "title": list(titles) if titles else [""] * n,
            "body": list(bodies),
            "captions": [[] for _ in range(n)],
        }
    )


def found(m, typ=None):
    if typ is not None:
        m = m[m["type"] == typ]
    return list(zip(m["surface"], m["canonical"], strict=True))


def test_spelling_variants_meet_one_entity():
    m = extract_entities(stories("وصل سيرجي لافروف إلى سورية، وانتقد الموقف الأمريكي."))
    assert ("سيرجي لافروف", "سيرغي لافروف") in found(m, "PERSON")
    assert ("سورية", "سوريا") in found(m, "LOC")
    norp = m[m["type"] == "NORP"]
    assert list(norp["surface"]) == ["الأمريكي"] and list(norp["entity_id"]) == ["country:US"]


def test_definite_feminine_is_the_adjective_not_the_country():
    m = extract_entities(stories("زار سورية ثم انتقد الحكومة السورية."))
    assert found(m) == [("سورية", "سوريا"), ("الحكومة السورية", "الحكومة السورية")]
    assert list(m["type"]) == ["LOC", "ORG"]


def test_longest_match_wins():
    m = extract_entities(stories("أعلنت وزارة الخارجية الروسية أمس."))
    assert found(m) == [("وزارة الخارجية الروسية", "وزارة الخارجية الروسية")]
    assert list(m["type"]) == ["ORG"]


def test_proclitics_are_peeled_and_left_out_of_the_span():
    text = "وصل الوفد بموسكو ثم والعراق وللعراق."
    m = extract_entities(stories(text))
    assert list(m["surface"]) == ["موسكو", "العراق", "لعراق"]
    assert [text[s:e] for s, e in zip(m["start"], m["end"], strict=True)] == list(m["surface"])
    assert list(m["entity_id"])[1:] == ["country:IQ", "country:IQ"]


def test_person_rules_title_and_first_name():
    m = extract_entities(
        stories(
            "وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن الوضع صعب. "
            "وأكد رئيس الحكومة المغربية عزيز أخنوش أن الإصلاحات مستمرة."
        )
    )
    people = found(m, "PERSON")
    assert ("رامي عبد الرحمن", "رامي عبد الرحمن") in people
    assert ("عزيز أخنوش", "عزيز أخنوش") in people
    # لحقوق after a title is not a name: it carries a proclitic
    assert all("حقوق" not in s for s, _ in people)


def test_first_name_that_is_a_common_word_needs_a_title():
    m = extract_entities(stories("أكد سعيد أن الأمل ما زال قائما في المدينة."))
    assert m.empty  # سعيد "happy", الأمل "hope" (not the town آمل), المدينة "the city"


def test_tanween_ends_a_name_and_is_not_a_place():
    m = extract_entities(stories("وسجل محمد صلاح هدفاً رائعاً، ولعب دوراً كبيراً."))
    assert found(m) == [("محمد صلاح", "محمد صلاح")]


def test_lam_lam_institution_takes_the_article_of_its_adjective():
    # للجنة is ل + اللجنة here: the adjectives are definite (السورية - التركية المشتركة);
    # the surface can only drop the preposition (لجنة...), the canonical name restores ال
    text = "قدم الوفد مقترحا للجنة السورية - التركية المشتركة، وليس للجنة أخرى."
    m = extract_entities(stories(text))
    assert found(m, "ORG") == [
        ("لجنة السورية - التركية المشتركة", "اللجنة السورية - التركية المشتركة")
    ]
    assert text[int(m["start"].iloc[0]) - 1] == "ل"  # the preposition stays outside


def test_lam_lam_canonical_names_are_dictionary_forms():
    # ل + ال written لل: the surface starts after the preposition, the canonical name is
    # the form a reader looks up (article restored; tatweel and shadda removed)
    texts = [
        "قال المتحدث إن للحكومة السورية موقفا واضحا.",
        "وجه رسالة للأمم المتحدة أمس.",
        "دعا لمجلس الأمن إلى الانعقاد.",
        "وللجيش الإسرائيلي قواعد في المنطقة.",
        "قدم مقترحا للجـنة السورية المشتركة ثم للّجنة التركية، وقالت اللجنة السورية المشتركة.",
        "وللبنك المركزي المصري رأي، وللخارجية العراقية آخر.",
    ]
    m = extract_entities(stories(*texts))
    assert list(zip(m["story_id"], m["surface"], m["canonical"], m["method"], strict=True)) == [
        ("s1", "لحكومة السورية", "الحكومة السورية", "rule"),
        ("s2", "لأمم المتحدة", "الأمم المتحدة", "gazetteer"),
        ("s3", "مجلس الأمن", "مجلس الأمن الدولي", "gazetteer"),
        ("s4", "لجيش الإسرائيلي", "الجيش الإسرائيلي", "gazetteer"),
        ("s5", "لجـنة السورية المشتركة", "اللجنة السورية المشتركة", "rule"),
        ("s5", "لّجنة التركية", "اللجنة التركية", "rule"),
        ("s5", "اللجنة السورية المشتركة", "اللجنة السورية المشتركة", "rule"),
        ("s6", "لبنك المركزي المصري", "البنك المركزي المصري", "rule"),
        ("s6", "لخارجية العراقية", "الخارجية العراقية", "rule"),
    ]
    # with and without the preposition, one entity and one canonical name
    counts = entity_counts(m)
    joint = counts[counts["entity_id"] == "rule:ORG:لجنه_سوريه_مشتركه"]
    assert joint[["canonical", "count"]].values.tolist() == [["اللجنة السورية المشتركة", 2]]


def test_org_head_noun_chain_and_coordination():
    m = extract_entities(stories("قالت حركة النهضة التونسية إن حزب العدالة والتنمية فاز."))
    assert [s for s, _ in found(m, "ORG")] == ["حركة النهضة التونسية", "حزب العدالة والتنمية"]


def test_place_nouns_and_guarded_names():
    m = extract_entities(
        stories(
            "نشرت صور من مدينة صور، وسقطت قذيفة في بلدة الباب قرب قاعدة حميميم، "
            "لكن منطقة عازلة لم تقم، وحذفت قاعدة البيانات."
        )
    )
    assert [s for s, _ in found(m, "LOC")] == ["مدينة صور", "بلدة الباب", "قاعدة حميميم"]
    tyre = m[m["surface"] == "مدينة صور"].iloc[0]
    assert tyre["canonical"] == "صور" and tyre["entity_id"].startswith("geonames:")


def test_ambiguous_place_follows_the_country_the_story_names():
    m = extract_entities(stories("وصل الوفد إلى طرابلس.", "وصل الوفد إلى طرابلس في شمال لبنان."))
    gaz = load_gazetteer().table.set_index("entity_id")
    trip = m[m["surface"] == "طرابلس"].set_index("story_id")["entity_id"]
    assert gaz.at[trip["s1"], "country"] == "country:LY"  # most populous Tripoli
    assert gaz.at[trip["s2"], "country"] == "country:LB"  # the story names Lebanon


def test_surname_alias_needs_the_full_name_in_the_story():
    with_full = "قال الرئيس بشار الأسد إن الوضع صعب. وأضاف الأسد أن القرار نهائي."
    without = "شاهد الأطفال الأسد في حديقة الحيوان."
    m = extract_entities(stories(with_full, without))
    counts = entity_counts(m)
    assert counts[counts["story_id"] == "s1"].iloc[0][["canonical", "count"]].tolist() == [
        "بشار الأسد",
        2,
    ]
    assert m[m["story_id"] == "s2"].empty


def test_headline_surname_links_to_a_full_name_in_the_body():
    m = extract_entities(
        stories(
            "أكد وزير الخارجية الفنلندي إيلكا هيوبا أن بلاده مستعدة. وقال هيوبا إن الحوار ضروري.",
            titles=["هيوبا: الحوار ضروري"],
        )
    )
    # إيلكا is not in the first-names list: the title rule finds the two-word name;
    # the headline surname and the later one link to it
    people = m[m["type"] == "PERSON"]
    assert list(zip(people["zone"], people["surface"], people["method"], strict=True)) == [
        ("title", "هيوبا", "alias"),
        ("body", "إيلكا هيوبا", "rule"),
        ("body", "هيوبا", "alias"),
    ]
    assert set(people["canonical"]) == {"إيلكا هيوبا"}


def test_short_form_merges_with_the_longer_name():
    m = extract_entities(stories("التقى محمد علي الحكيم نظيره. وقال محمد الحكيم إن الحكيم سيعود."))
    people = m[m["type"] == "PERSON"]
    assert people["entity_id"].nunique() == 1
    assert set(people["canonical"]) == {"محمد علي الحكيم"}
    assert list(people["method"]) == ["rule", "rule", "alias"]


def test_adjective_position_is_not_an_alias():
    m = extract_entities(stories("قال محمد علي الحكيم إن القرار الحكيم صدر."))
    assert list(m["surface"]) == ["محمد علي الحكيم"]


def test_html_is_escaped_and_marks_mentions():
    text = 'زار <script>alert(1)</script> لافروف <img src=x onerror="alert(2)"> موسكو'
    m = extract_entities(stories(text))
    html = highlight_html(text, m[m["zone"] == "body"])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in html
    assert html.count("<mark") == 2 and 'dir="rtl"' in html
    assert 'title="شخص (PERSON): سيرغي لافروف"' in html


def test_html_rejects_offsets_outside_the_text():
    bad = pd.DataFrame({"start": [3], "end": [99], "type": ["LOC"], "canonical": ["x"]})
    with pytest.raises(ValueError, match="outside"):
        highlight_html("abc def", bad)


def test_camel_backend_missing_is_a_clear_error():
    pytest.importorskip("pandas")
    try:
        import camel_tools  # noqa: F401
    except ImportError:
        with pytest.raises(BackendUnavailableError, match="camel-tools"):
            extract_entities(stories("قال لافروف"), backend="camel")
    else:  # pragma: no cover - only where camel-tools is installed
        pytest.skip("camel-tools is installed here")


def test_unknown_backend():
    with pytest.raises(ValueError, match="unknown backend"):
        extract_entities(stories("نص"), backend="spacy")


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير",
        "الرئيس",
        "المتحدث باسم",
        "نظيره",
        "مدينة",
        "حركة",
        "محمد",
        "محمد بن",
        "الحكومة",
        "قاعدة",
        "و",
        "«",
    ],
)
def test_a_zone_may_end_on_any_rule_word(text):
    # a title, head noun, first name or particle as the last token: no name follows,
    # so no mention (and no IndexError); found by the pipeline property tests
    m = extract_entities(stories(text, titles=["بشار الأسد"]))
    assert m[["zone", "surface"]].values.tolist() == [["title", "بشار الأسد"]]


def test_inner_name_parts_carry_no_proclitic():
    # بحمد لله is "praise be to God", not a person حمد الله: لله carries the preposition ل
    m = extract_entities(
        stories("تم بحمد لله تحرير المدينة، وقال رامي حمد الله إن الحكومة مستعدة.")
    )
    assert found(m, "PERSON") == [("رامي حمد الله", "رامي حمد الله")]


def test_known_surname_after_a_title():
    # أحمد الشرع and أسعد الشيباني are gazetteer people; their surnames alone follow titles
    m = extract_entities(
        stories("قال الرئيس الشرع إن البلاد تتغير، والتقى وزير الخارجية الشيباني.")
    )
    people = m[m["type"] == "PERSON"]
    assert list(zip(people["surface"], people["canonical"], strict=True)) == [
        ("الشرع", "أحمد الشرع"),
        ("الشيباني", "أسعد الشيباني"),
    ]


def test_hamza_alef_is_not_the_article():
    # ألكسندر and إلياس begin with أل/إل, not the article ال: they open names
    m = extract_entities(stories("وقال الرئيس الفنلندي ألكسندر ستوب، وقال إلياس أبو صعب."))
    assert [s for s, _ in found(m, "PERSON")] == ["ألكسندر ستوب", "إلياس أبو صعب"]


def test_ali_is_the_preposition_where_a_writer_never_writes_alef_maqsura():
    # a text with ي for ى everywhere: علي الحكومة is "on the government"
    m = extract_entities(
        stories(
            "وافق البرلمان علي الحكومة الجديدة وصوت علي الميزانية.",
            "وافق البرلمان على الحكومة، وقال علي الأحمد إن التصويت تم.",
        )
    )
    assert found(m, "PERSON") == [("علي الأحمد", "علي الأحمد")]
    assert set(m.loc[m["type"] == "PERSON", "story_id"]) == {"s2"}


def test_generic_head_nouns_are_not_names():
    text = "أعلنت منطقة حظر طيران، وزار مركز المدينة، ووضع صندوق الاقتراع في دولة مالي."
    m = extract_entities(stories(text))
    assert found(m) == [("دولة مالي", "مالي")]  # مالي alone is "financial": guarded


@pytest.mark.parametrize(
    "body,surface,canonical",
    [
        ("زار الرئيس ألمانيا أمس.", "ألمانيا", "ألمانيا"),
        ("ألمانيا", "ألمانيا", "ألمانيا"),
        ("عاد من فرنسا وألمانيا أمس.", "ألمانيا", "ألمانيا"),  # و is not in the mention
        ("أقام طويلا بألمانيا قبل عودته.", "ألمانيا", "ألمانيا"),
        ("وصل الوزير إلى ألبانيا أمس.", "ألبانيا", "ألبانيا"),
        ("زار الرئيس المانيا أمس.", "المانيا", "ألمانيا"),  # hamza-less: as before
        ("عاد من فرنسا والمانيا أمس.", "المانيا", "ألمانيا"),
    ],
)
def test_hamza_alef_lam_country_is_found(body, surface, canonical):
    # ألمانيا with its hamza is not ال + مانيا (helpers.text.has_article)
    assert (surface, canonical) in found(extract_entities(stories(body)), "LOC")


def test_hamza_less_rest_is_not_the_country():
    # مانيا alone ("mania") is not ألمانيا read as ال + مانيا
    assert found(extract_entities(stories("أصابت الناس مانيا الشراء.")), "LOC") == []


def test_keys_keep_a_hamzated_alef_lam():
    from helpers.entities.keys import phrase_keys, surface_key, word_key

    assert phrase_keys("ألمانيا") == ("المانيا",)
    assert phrase_keys("بألمانيا") == ("بالمانيا",)  # no article: ب stays
    assert phrase_keys("وزارة الخارجية الألمانية") == ("وزاره", "خارجيه", "المانيه")
    assert surface_key("ألكسندر") == "الكسندر" and surface_key("الأسد") == "اسد"
    assert word_key("المانيا") == "مانيا"  # the hamza-less spelling reads as ال + مانيا
