"""Session 8's hostile tester: defects found in what the session built, fixed by the
lead. Values worked out by hand."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from entity_stories import stories

from helpers.charts import figure_alt
from helpers.display import visible_controls


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # the ZWJ of an emoji sequence is part of one picture (Unicode TS #51): kept
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),
        ("🏳\ufe0f\u200d🌈", "🏳\ufe0f\u200d🌈"),  # after the flag's VS16
        ("👍🏽\u200d👨", "👍🏽\u200d👨"),  # after a skin tone
        # a ZWJ anywhere else is hidden text: shown as its code
        ("a\u200db", "a⟨U+200D⟩b"),
        ("\u200d👨", "⟨U+200D⟩👨"),
        ("ي\u200cی", "ي⟨U+200C⟩ی"),
        ("abc\u202edef", "abc⟨U+202E⟩def"),
    ],
)
def test_visible_controls_keeps_emoji_sequences_whole(text, shown):
    assert visible_controls(text) == shown


def test_alt_text_of_a_users_own_categorical_bar_chart():
    # ax.barh(names, counts): matplotlib gives the ticks as a list, not an array
    fig, ax = plt.subplots()
    ax.barh(["الرياض", "جدة"], [3, 2])
    try:
        assert figure_alt(fig) == "رسم بياني بلا عنوان. التسميات: الرياض، جدة."
    finally:
        plt.close(fig)


def _orgs(body: str) -> list[tuple[str, str]]:

    from helpers.entities import extract_entities

    m = extract_entities(stories(body))
    m = m[(m["zone"] == "body") & (m["type"] == "ORG")]
    return list(zip(m["surface"], m["method"], strict=True))


@pytest.mark.parametrize(
    ("body", "orgs"),
    [
        # a ل-phrase of purpose after a ministry or a listed name is not part of the name
        ("وتسعى وزارة الإسكان لتطوير الأحياء العشوائية في المدن.", [("وزارة الإسكان", "rule")]),
        ("وتحتاج وزارة التعليم لتدريب المعلمين الجدد.", [("وزارة التعليم", "rule")]),
        ("وتعمل هيئة السياحة لتنمية القطاع السياحي في المملكة.", [("هيئة السياحة", "gazetteer")]),
        ("ووجه مجلس الوزراء لتطوير التعليم.", [("مجلس الوزراء", "gazetteer")]),
        # a quotation after the name a reporting verb opens is speech, not a short form
        (
            "وقالت الجمعية الوطنية لحقوق الإنسان «نرفض» هذا القرار.",
            [("الجمعية الوطنية لحقوق الإنسان", "gazetteer")],
        ),
        # a Latin word after a ministry, an army or a club is no acronym of it
        ("أجرت وزارة الصحة PCR لجميع القادمين.", [("وزارة الصحة", "rule")]),
        ("جنود من الجيش الأمريكي AP", [("الجيش الأمريكي", "rule")]),
        ("وأعلن نادي الهلال FC عن صفقة جديدة.", [("نادي الهلال", "gazetteer")]),
        ("وقال رئيس مجلس إدارة شركة المراعي ok.", [("شركة المراعي", "gazetteer")]),
        # ... after a company it is (STC is a listed alias since session 18, latin18:
        # the gazetteer finds it; AP, FC, ok stay out)
        (
            "وأعلنت شركة الاتصالات السعودية STC عن عرض.",
            [("شركة الاتصالات السعودية", "gazetteer"), ("STC", "gazetteer")],
        ),
    ],
)
def test_organisation_names_do_not_run_on_or_take_other_words(body, orgs):
    assert _orgs(body) == orgs


def test_a_shared_arab_family_name_is_not_one_speaker_across_stories():

    from helpers.quotes import extract_quotes, quotes_per_speaker

    bodies = [
        "قال المحامي سعيد الغامدي: «القضية ستحسم قريبا».",
        "سجل اللاعب هدف الفوز للأهلي. وقال الغامدي بعد المباراة: «الفوز مهم للفريق».",
        "قال المدرب جوزيه مورينيو: «سنفوز».",
        "وقال مورينيو: «الفريق جاهز».",
    ]
    table = stories(*bodies).assign(outlet="x")
    per = quotes_per_speaker(extract_quotes(table), by="outlet", stories=table)
    got = dict(zip(per["speaker"], per["quotes"], strict=True))
    # the lawyer keeps his one quote; the footballer's الغامدي stays apart; a foreign
    # surname alone counts with the one full name that ends with it
    assert got == {"جوزيه مورينيو": 2, "الغامدي": 1, "سعيد الغامدي": 1}


@pytest.mark.parametrize(
    "body",
    [
        "وخصص البنك الدولي مليار دولار لتمويل المشاريع.",  # a sum of money
        "وقالت إحداهن: «لم نتلق أي مساعدة».",  # an indefinite pronoun
    ],
)
def test_numbers_currencies_and_pronouns_are_no_person(body):

    from helpers.entities import extract_entities

    m = extract_entities(stories(body))
    assert "PERSON" not in set(m["type"])


def test_group_counts_count_a_foreign_surname_with_its_one_full_name():
    # newcomer's report: جوزيف بلاتر 212 and بلاتر 69 were two people of one outlet
    # (بلاتر is listed in people.csv since session 12, so the rule is tested on a
    # surname no list holds)

    from helpers.entities import entity_counts, extract_entities

    bodies = [
        "قال رئيس الوزراء الكندي ستيفن هاربر إنه سيستقيل.",
        "وأكد هاربر أمس أنه باق.",
        "قال المحامي سعيد الغامدي إن القضية ستحسم.",
        "وسجل الغامدي هدف الفوز.",
    ]
    table = stories(*bodies).assign(outlet="x")
    m = extract_entities(table)
    per = entity_counts(m, by="outlet", stories=table)
    people = per[per["type"] == "PERSON"]
    got = dict(zip(people["canonical"], people["count"], strict=True))
    assert got["ستيفن هاربر"] == 2 and "هاربر" not in got
    assert got["سعيد الغامدي"] == 1  # الغامدي alone is not merged into him
    # per story, each story's row names the person as the story does
    one = entity_counts(m)
    assert one[one["story_id"] == "s2"]["canonical"].tolist() == ["هاربر"]


def test_one_speaker_id_written_two_ways_is_one_row_of_its_group():
    # newcomer: rule:PERSON:احمد_داود_اوغلو was «أحمد داود أوغلو» (5) and «احمد داود اوغلو» (3)
    import pandas as pd

    from helpers.quotes import quotes_per_speaker

    sid = "rule:PERSON:احمد_داود_اوغلو"
    spellings = ["أحمد داود أوغلو"] * 2 + ["احمد داود اوغلو"]
    q = pd.DataFrame(
        {
            "story_id": ["a", "b", "c"],
            "speaker_id": [sid] * 3,
            "speaker": spellings,
            "text": ["كلام مهم جدا", "كلام", "كلام مهم"],
        }
    )
    groups = pd.DataFrame({"story_id": ["a", "b", "c"], "outlet": ["x"] * 3})
    per = quotes_per_speaker(q, by="outlet", stories=groups)
    assert per[["outlet", "speaker", "quotes", "words"]].values.tolist() == [
        ["x", "أحمد داود أوغلو", 3, 6]
    ]
