"""Knowledge as data (issue 13, session 6): the gazetteer files of companies, public
bodies, parties, clubs and media, each with a header giving its source, and the club
names that are everyday words, read as clubs only in a sports story.

Every expected value was worked out by reading the sentence: a listed name is an ORG of
its row; an everyday word (الوصل "reaching", العدالة "justice", البلاد "the country")
outside its context is no entity.
"""

import itertools
from pathlib import Path

import pytest
from entity_stories import stories

from helpers.entities import extract_entities, read_gazetteer_csv
from helpers.entities.gazetteer import BUILTIN_FILES
from helpers.errors import GazetteerError

DATA = Path(__file__).resolve().parents[1] / "src" / "helpers" / "entities" / "data"
NEW_FILES = ("institutions.csv", "companies.csv", "parties.csv", "clubs.csv", "media.csv")


def found(m):
    return list(zip(m["surface"], m["type"], m["entity_id"], strict=True))


def test_new_files_are_built_in_and_open_with_their_source():
    for name in NEW_FILES:
        assert name in BUILTIN_FILES
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# ")
        # the opening comment block (later blocks of added rows may follow the header)
        header = list(itertools.takewhile(lambda ln: ln.startswith("# "), lines))
        assert any("Source:" in ln for ln in header), name
        # clubs.csv has the optional country column (orgs13: Jeddah's or Cairo's الأهلي)
        assert lines[len(header)] in (
            "entity_id,canonical,type,aliases,wikidata",
            "entity_id,canonical,type,aliases,wikidata,country",
        )


def test_comment_lines_are_skipped_and_errors_keep_file_lines(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text(
        "# Source: a test, written by hand\n# second comment, with a comma\n"
        "entity_id,canonical,type,aliases\norg:x,شركة سين,ORG,سين\n# between rows\n"
        "org:y,,ORG,\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError, match="line 6"):
        read_gazetteer_csv(p)
    p.write_text("# Source: x\nentity_id,canonical,type,aliases\norg:x,شركة سين,ORG,سين\n")
    df = read_gazetteer_csv(p)
    assert list(df["entity_id"]) == ["org:x"]
    assert df["aliases"].iloc[0] == ["شركة سين", "سين"]


def test_saudi_banks_and_companies_with_and_without_head_noun():
    m = extract_entities(
        stories(
            "أعلن البنك السعودي البريطاني (ساب) وبنك البلاد ومصرف الإنماء نتائجهم، "
            "وارتفع سهم سبكيم وينساب."
        )
    )
    assert found(m) == [
        ("البنك السعودي البريطاني", "ORG", "org:sabb"),
        ("ساب", "ORG", "org:sabb"),
        ("بنك البلاد", "ORG", "org:bank-albilad"),
        ("مصرف الإنماء", "ORG", "org:alinma"),
        ("سبكيم", "ORG", "org:sipchem"),
        ("ينساب", "ORG", "org:yansab"),
    ]


def test_everyday_words_of_company_names_alone_are_no_entities():
    # البلاد "the country", التصنيع "manufacturing", إعمار "reconstruction"
    m = extract_entities(stories("تحتاج البلاد إلى التصنيع وإعمار المدن المتضررة."))
    assert m.empty


def test_parties_and_movements_without_their_head_noun():
    m = extract_entities(
        stories(
            "صوت نواب المعسكر الصهيوني ويوجد مستقبل ضد القانون، وانتقد العدالة والتنمية القرار."
        )
    )
    assert found(m) == [
        ("المعسكر الصهيوني", "ORG", "org:zionist-union"),
        ("يوجد مستقبل", "ORG", "org:yesh-atid"),
        ("العدالة والتنمية", "ORG", "org:akp"),
    ]


def test_fifa_short_forms_and_the_agency_abbreviation():
    m = extract_entities(stories('قال رئيس الفيفا إن فيفا سيرد، بحسب وكالة "د ب أ".'))
    assert found(m) == [
        ("الفيفا", "ORG", "org:fifa"),
        ("فيفا", "ORG", "org:fifa"),
        ("د ب أ", "ORG", "org:dpa"),
    ]


def test_club_named_by_an_everyday_word_in_a_sports_story():
    # two sports words (المباراة، الدوري): الوصل and الشعلة are clubs
    m = extract_entities(stories("خسر الفريق أمام الوصل في المباراة، وتعادل الشعلة في الدوري."))
    assert ("الوصل", "ORG", "org:al-wasl") in found(m)
    assert ("الشعلة", "ORG", "org:al-shoulla") in found(m)


def test_the_same_words_outside_a_sports_story_are_no_entities():
    # الوصل "reaching", الشعلة "the torch", الوحدات "the units", العدالة "justice"
    m = extract_entities(
        stories("يهدف المشروع إلى الوصل بين الأحياء، وحملت الوحدات الشعلة باسم العدالة.")
    )
    assert m.empty


def test_an_opponent_the_gazetteer_knows_keeps_its_row():
    # روما is a city of GeoNames; after أمام in a sports story it is the club, with the
    # club's row (it was a club without a row, rule:ORG:روما, before clubs.csv)
    m = extract_entities(stories("لعب الفريق أمام روما في المباراة وسجل اللاعب هدفا."))
    assert found(m) == [("روما", "ORG", "org:as-roma")]
    m = extract_entities(stories("سافر الوفد إلى روما أمس."))
    assert found(m) == [("روما", "LOC", "geonames:3169070")]
    m = extract_entities(stories("لعب الفريق أمام نابولي في المباراة وسجل اللاعب هدفا."))
    assert found(m) == [("نابولي", "ORG", "org:napoli")]


def test_a_bracketed_short_form_is_the_organisation_and_marks_later_mentions():
    # كيو إل: in brackets after a company a rule found, then bare in the next sentence
    m = extract_entities(
        stories("وقعت شركة كوينتين المحدودة (كيو إل) العقد. وقالت كيو إل إن العمل بدأ.")
    )
    assert found(m) == [
        ("شركة كوينتين المحدودة", "ORG", "rule:ORG:شركه_كوينتين_محدوده"),
        ("كيو إل", "ORG", "rule:ORG:شركه_كوينتين_محدوده"),
        ("كيو إل", "ORG", "rule:ORG:شركه_كوينتين_محدوده"),
    ]
    assert list(m["method"]) == ["rule", "alias", "alias"]
    assert set(m["canonical"]) == {"شركة كوينتين المحدودة"}


def test_an_everyday_word_in_brackets_marks_only_its_bracket():
    # هدف is the fund's short name in its bracket, and "goal" elsewhere
    m = extract_entities(
        stories("أعلن صندوق تنمية الموارد البشرية (هدف) برنامجا جديدا، وحقق الهدف المطلوب.")
    )
    assert found(m) == [
        ("صندوق تنمية الموارد البشرية", "ORG", "org:hrdf"),
        ("هدف", "ORG", "org:hrdf"),
    ]


def test_a_slogan_or_description_in_brackets_is_no_short_form():
    m = extract_entities(stories("أطلقت وزارة الصحة (الصحة أولاً) حملة في جامعة غاريسا (شمال شرق)."))
    assert [s for s, _t, _e in found(m)] == ["وزارة الصحة", "جامعة غاريسا"]


def test_a_place_named_in_an_organisation_stays_a_place_later():
    # جامعة كاليفورنيا is an ORG; كاليفورنيا alone later is not that university
    m = extract_entities(stories("درس في جامعة كاليفورنيا، ثم عاد إلى كاليفورنيا للعمل."))
    assert ("كاليفورنيا", "ORG") not in [(s, t) for s, t, _e in found(m)]
    m = extract_entities(stories("وقعت شركة كوينتين على العقد. وقالت كوينتين إن العمل بدأ."))
    assert [(s, e) for s, _t, e in found(m)] == [
        ("شركة كوينتين", "rule:ORG:شركه_كوينتين"),
        ("كوينتين", "rule:ORG:شركه_كوينتين"),
    ]


def test_jeddah_in_a_dateline_and_grandmother_elsewhere():
    # جدة after a byline's dash (a dateline) is the city; جدة "grandmother" is not
    for text in (
        "نايف عبدالله – جدة لم يفلح التعادل",
        "ماجد هود ومحمد المرحبي ـ جدة تباينت الآراء",
    ):
        m = extract_entities(stories(text))
        assert ("جدة", "LOC", "geonames:105343") in found(m)
    m = extract_entities(stories("قالت الجدة - وهي أم محمد - إن جدة الطفل تعبت"))
    assert m.empty


def test_a_nationality_after_a_listed_name_is_no_part_of_it():
    # gold convention: الكنيست الإسرائيلي gives الكنيست; an official name that holds
    # the adjective (هيئة الهلال الأحمر السعودي) and a definite institution noun with
    # one (الجيش الإسرائيلي) stay whole
    m = extract_entities(
        stories("صادق الكنيست الإسرائيلي على القانون، وقال حزب الله اللبناني إنه يرفضه.")
    )
    assert found(m) == [("الكنيست", "ORG", "org:knesset"), ("حزب الله", "ORG", "org:hezbollah")]
    m = extract_entities(stories("وقالت هيئة الهلال الأحمر السعودي إن الجيش الإسرائيلي منع الفرق."))
    assert [s for s, _t, _e in found(m)] == ["هيئة الهلال الأحمر السعودي", "الجيش الإسرائيلي"]


def test_a_listed_name_takes_in_the_head_noun_before_it():
    # the gold convention: فريق أريس ليماسول، مجموعة صافولا; موقع تويتر gives تويتر
    m = extract_entities(
        stories("لعب أمام فريق أريس ليماسول أمس، وربحت مجموعة صافولا، وكتب على موقع تويتر.")
    )
    assert found(m) == [
        ("فريق أريس ليماسول", "ORG", "org:aris-limassol"),
        ("مجموعة صافولا", "ORG", "org:savola"),
        ("تويتر", "ORG", "org:twitter"),
    ]
