"""Session 17 (branch gaz17): places and people read from everyday words (hostile tester).

1. الرباط "ligament" + the adjective of a ligament (الصليبي، الجانبي...) is no Rabat
   (data/place_idioms.tsv); الرباط alone stays the city.
2. A place + a qualifier that makes another place is that place, the longest alias
   winning: روسيا البيضاء Belarus, غينيا الجديدة New Guinea, ألمانيا الشرقية, أفريقيا
   الوسطى; بروسيا دورتموند is the club, no ب + روسيا.
3. A first name that is also a noun (flag ``noun``: جو، رحاب) opens no name before a verb
   (جو يسوده) or a frequent noun (رحاب مسجد); before a first name it still does.

Sentences written for this file; expected values worked out by hand."""

from __future__ import annotations

from entity_stories import mention_rows, spans

COLS = ("story_id", "surface", "entity_id")


def test_ligament_is_no_rabat():
    assert spans("أصيب اللاعب بقطع في الرباط الصليبي للركبة.") == []
    assert spans("تعرض لإصابة في الرباط الجانبي.") == []
    assert spans("وصل الوزير إلى الرباط الخميس.") == [("الرباط", "LOC")]


def test_qualified_place_is_another_place():
    got = mention_rows(
        (
            "زار الوزير روسيا البيضاء أمس.",
            "وصل إلى غينيا الجديدة.",
            "عاش في ألمانيا الشرقية سابقا.",
            "اندلع القتال في أفريقيا الوسطى.",
            "زار بيلاروسيا ثم روسيا.",
        ),
        "LOC",
        COLS,
    )
    assert got == [
        ("s1", "روسيا البيضاء", "country:BY"),
        ("s2", "غينيا الجديدة", "loc:new-guinea"),
        ("s3", "ألمانيا الشرقية", "loc:east-germany"),
        ("s4", "أفريقيا الوسطى", "country:CF"),
        ("s5", "بيلاروسيا", "country:BY"),
        ("s5", "روسيا", "country:RU"),
    ]


def test_borussia_dortmund_is_no_russia():
    assert spans("فاز بروسيا دورتموند على الفريق.") == [("بروسيا دورتموند", "ORG")]


def test_noun_first_name_before_a_verb_or_a_noun():
    assert spans("وعقد الاجتماع في جو يسوده الود.") == []
    assert spans("مر اللقاء في جو تسوده المحبة.") == []
    assert spans("صلى في رحاب مسجد المصطفى.") == []
    assert spans("مر الحفل في جو يملؤه الفرح.") == []
    assert spans("مر الحفل في جو مفعم بالحب.") == []
    # a rare foreign surname that verb_form reads as a verb is still one (2015-08-02)
    assert spans("وقال رئيس الشركة جو توتشي إن الأمر انتهى.") == [("جو توتشي", "PERSON")]
    # before a first name it is still a name
    assert spans("وقالت رحاب محمد إن الأمر انتهى.") == [("رحاب محمد", "PERSON")]
    assert spans("وقال عماد متعب إن الأمر انتهى.") == [("عماد متعب", "PERSON")]
    # a name particle goes on with the name (2015-08-01, lost in a first draft)
    assert spans("قال عمر بن صالح المهنا إن الأمر انتهى.") == [("عمر بن صالح المهنا", "PERSON")]


def test_conjunction_before_a_name_in_b():
    # و + بروسيا دورتموند: the text layer reads و + ب + روسيا; the club's name wins
    got = mention_rows(
        ("فاز الفريق وبروسيا دورتموند.", "زار الصين وبروسيا.", "تمسكوا باتصالاتهم بروسيا."),
        None,
        COLS,
    )
    assert got == [
        ("s1", "بروسيا دورتموند", "org:dortmund"),
        ("s2", "الصين", "country:CN"),
        ("s2", "روسيا", "country:RU"),  # وبروسيا alone: "and in Russia"
        ("s3", "روسيا", "country:RU"),  # بروسيا alone: "with Russia" (2015-08-02)
    ]


def test_qualifier_phrases_found_in_raw_text():
    # the listing of place + qualifier phrases the gazetteer lacked (2015-07-21..08-02)
    got = mention_rows(
        (
            "توتر في بحر الصين الجنوبي.",
            "قتال في الكونغو الديمقراطية.",
            "فاز المغرب التطواني على ضيفه.",
            "ولد في اليمن الشمالي سابقا.",
        ),
        None,
        COLS,
    )
    assert got == [
        ("s1", "بحر الصين الجنوبي", "loc:south-china-sea"),
        ("s2", "الكونغو الديمقراطية", "country:CD"),
        ("s3", "المغرب التطواني", "org:moghreb-tetouan"),
        ("s4", "اليمن الشمالي", "loc:north-yemen"),
    ]


def test_turf_is_no_place():
    assert spans("يلعب الفريق على النجيلة الطبيعية في ملعبه.") == []
