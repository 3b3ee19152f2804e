"""Session 14 (branch nlink14): wrong people, linked names and stopwords a newcomer saw.

Every expected value is worked out by hand from the words written in the test (the
rules: DEVELOPING.md, "Session 14 (branch nlink14)")."""

from __future__ import annotations

import pandas as pd
import pytest
from entity_stories import stories

from helpers.entities import extract_entities
from helpers.entities.gazetteer import death_dates
from helpers.text import stopwords, tokenize

# --- 1. a family's bare surname: the one alive at the story's date --------------------------

ASSAD = (
    "ألقى بشار الأسد خطابا في دمشق، بعد عقود من وصول والده حافظ الأسد إلى السلطة. "
    "وقال الأسد في خطابه إن الجيش يحتاج إلى الرجال."
)


def _assad(date) -> list[tuple[str, str]]:
    st = stories(ASSAD)
    if date is not None:
        st["date"] = pd.to_datetime([date])
    m = extract_entities(st)
    p = m[m["type"] == "PERSON"]
    return list(zip(p["surface"], p["entity_id"], strict=True))


def test_a_bare_family_surname_goes_to_the_one_alive_at_the_story_date():
    # aawsat 2015-08-01-05: «خطاب الأسد» of 2015 is Bashar's; Hafez died 2000-06-10
    assert _assad("2015-08-01") == [
        ("بشار الأسد", "person:bashar-al-assad"),
        ("حافظ الأسد", "person:hafez-al-assad"),
        ("الأسد", "person:bashar-al-assad"),
    ]


def test_before_the_death_or_without_a_date_the_last_named_keeps_the_surname():
    # 1999: both alive, point 4's order (the full name named last before: Hafez); a
    # stories table without a date column rules no one out
    expected = [
        ("بشار الأسد", "person:bashar-al-assad"),
        ("حافظ الأسد", "person:hafez-al-assad"),
        ("الأسد", "person:hafez-al-assad"),
    ]
    assert _assad("1999-01-01") == expected
    assert _assad(None) == expected


def test_death_dates_are_read_from_the_data_file():
    assert death_dates()["person:hafez-al-assad"] == "2000-06-10"


# --- 3. a newspaper that is an everyday word: a byline only near its line's start ----------


def _orgs(body: str) -> list[tuple[str, str]]:
    m = extract_entities(stories(body))
    o = m[m["type"] == "ORG"]
    return list(zip(o["surface"], o["entity_id"], strict=True))


def test_a_newspaper_word_set_off_by_dashes_in_a_sentence_is_the_word():
    # alyaum 2015-08-02-299: «ندرك ... أننا -اليوم- في حاجة» (the 12th word of its line)
    body = "ونحن في هذا الوطن الكبير ندرك جميعا بلا أي شك أننا -اليوم- في حاجة إلى الوحدة"
    assert _orgs(body) == []
    body = "ونحن في هذا البلد ندرك جميعا بلا أي شك أن الناس -المدينة- في حاجة إلى الوحدة"
    assert _orgs(body) == []


def test_a_newspaper_between_dashes_at_a_line_start_is_still_a_byline():
    # the byline of session 7: the third word of its line, between dashes
    assert _orgs("عيسى الحربي- سبق- الرياض: قال المدير إن العمل بدأ") == [("سبق", "org:sabq")]
    # a second paragraph's byline is near its own line's start
    body = (
        "خبر أول عن الطقس في المنطقة الشرقية خلال الأسبوع الجاري كله.\n"
        "فهد العلي- اليوم- الدمام: بدأ العمل"
    )
    assert _orgs(body) == [("اليوم", "org:al-yaum-newspaper")]


# --- 5. stopwords: a final ى and a final ي spell one another -------------------------------


def test_function_words_with_the_other_final_yeh_are_stopwords():
    sw = stopwords()
    for w in ("فى", "التى", "الذى", "حتي", "متي", "لدي", "هى"):
        assert w in sw, w
    # names are never stopwords: علي (of على), منى "Muna" (of مني "from me")
    assert "علي" not in sw and "منى" not in sw
    assert "في" in sw and "على" in sw and "مني" in sw


def test_the_maqsura_spellings_are_not_counted():
    t = tokenize("وقال فى الكلمة التى ألقاها علي حتي النهاية")
    assert dict(zip(t["surface"], t["is_stop"], strict=True)) == {
        "وقال": False,
        "فى": True,
        "الكلمة": False,
        "التى": True,
        "ألقاها": False,
        "علي": False,
        "حتي": True,
        "النهاية": False,
    }


@pytest.mark.parametrize("word", ["منى", "علي"])
def test_a_name_with_a_final_yeh_twin_stopword_is_counted(word):
    t = tokenize(f"قالت {word} إن")
    assert not t.loc[t["surface"] == word, "is_stop"].item()


# --- 2. a listed person's first and last name; his name quoted after his forces ------------


def _people(body: str) -> list[tuple[str, str, str]]:
    m = extract_entities(stories(body))
    m = m[m["type"].isin(["PERSON", "ORG"])]
    return list(zip(m["surface"], m["type"], m["entity_id"], strict=True))


def test_first_and_last_name_of_a_listed_person_with_a_middle_name_is_that_person():
    # «للرئيس اليمني السابق علي صالح» (9 stories of 2015-08-01..04): the father's name
    # dropped; the story's bare صالح after it is his alias
    body = "قال الرئيس اليمني السابق علي صالح إن الحرب طويلة. وأضاف صالح أن"
    assert _people(body) == [
        ("علي صالح", "PERSON", "person:ali-abdullah-saleh"),
        ("صالح", "PERSON", "person:ali-abdullah-saleh"),
    ]
    assert _people("وقال علي عبدالله صالح إن الحرب طويلة") == [
        ("علي عبدالله صالح", "PERSON", "person:ali-abdullah-saleh")
    ]


def test_a_persons_name_quoted_after_an_armed_force_is_no_organisation():
    # sabq 2015-08-01-434, 08-03-444, 08-04-463
    assert _people('قصف شنه الحوثيون وميليشيات "صالح" على أحياء سكنية') == [
        ("الحوثيون", "ORG", "org:houthis")
    ]
    assert _people('سقطت القاعدة في يد قوات المخلوع "صالح". وقال') == [
        ("قوات المخلوع", "ORG", "rule:ORG:قوات_مخلوع")
    ]
    # named in full in the story, the quoted surname is his alias
    body = 'وقال علي عبدالله صالح إن الحرب طويلة. وهاجمت ميليشيات الحوثي والمخلوع "صالح" المدينة'
    assert _people(body) == [
        ("علي عبدالله صالح", "PERSON", "person:ali-abdullah-saleh"),
        # session 22: the listed group (org:houthis), cut before و as listed names
        # are (تنظيم داعش | والخلافة)
        ("ميليشيات الحوثي", "ORG", "org:houthis"),
        ("صالح", "PERSON", "person:ali-abdullah-saleh"),
    ]
    # a body's own name in quotes after a force head that is no person's name stays
    assert _people('وأعلنت قوات "الحشد" عن برنامج') == [("الحشد", "ORG", "rule:ORG:حشد")]
