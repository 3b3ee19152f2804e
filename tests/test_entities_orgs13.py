"""Session 13 (branch orgs13): ORG recall and linking by kind, from 100 raw stories of
2015-07-23 (outlets other than the held-out four).

1. A curated row may name its country (``country`` column, ISO code): the namesake clubs
   الأهلي of Jeddah (Saudi league) and of Cairo (Egyptian league) are told apart by the
   other clubs and places a story names; Jeddah's when nothing decides, and a
   nationality adjective (a club's Egyptian player) decides nothing.

Every sentence was written for this file; expected values worked out by hand. Offsets
count code points from the start of the body: a word's offset is the length of the text
before it."""

from __future__ import annotations

import pytest
from entity_stories import picked, stories

from helpers.entities import extract_entities, read_gazetteer_csv
from helpers.errors import GazetteerError

COLUMNS = ("story_id", "surface", "start", "entity_id")
SPORT = "وقال المدرب إن المباراة صعبة. "  # 30 code points


def orgs(m):
    return picked(m, "ORG", COLUMNS)


# --- 1. a row's country, and namesake clubs ------------------------------------------


def test_a_row_may_name_its_country_with_an_iso_code(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text(
        "entity_id,canonical,type,aliases,wikidata,country\n"
        "org:a,نادي ألف,ORG,,,EG\n"
        "org:b,نادي باء,ORG,,\n",  # the trailing optional column left out
        encoding="utf-8",
    )
    df = read_gazetteer_csv(p)
    assert list(df["country"]) == ["country:EG", ""]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("org:a,نادي ألف,ORG,,,Egypt", "malformed country 'Egypt' for org:a"),
        ("org:a,نادي ألف,ORG,,,eg", "malformed country 'eg' for org:a"),
        # a nationality adjective's country is its own id
        ("country:EG,مصري,NORP,,,EG", "country 'EG' given for country:EG"),
    ],
)
def test_a_bad_country_names_the_file_and_line(tmp_path, row, problem):
    p = tmp_path / "g.csv"
    p.write_text("entity_id,canonical,type,aliases,wikidata,country\n" + row + "\n", "utf-8")
    with pytest.raises(GazetteerError) as e:
        read_gazetteer_csv(p)
    assert problem in str(e.value)
    assert "g.csv" in str(e.value) and "line 2" in str(e.value)


def test_al_ahli_of_an_egyptian_league_story_is_cairos():
    m = extract_entities(
        stories(
            # SPORT (30) + "وفاز " (5): الأهلي at 35; "الأهلي على " (11): الزمالك at 46;
            # "الزمالك في " (11): الإسكندرية at 57 (an Egyptian club and city)
            SPORT + "وفاز الأهلي على الزمالك في الإسكندرية.",
            # SPORT + "وقال رئيس " (10): النادي الأهلي at 40; "النادي الأهلي إن " (17):
            # لاعبي at 57, "لاعبي " (6): سموحة at 63
            SPORT + "وقال رئيس النادي الأهلي إن لاعبي سموحة تدربوا.",
        )
    )
    assert orgs(m) == [
        ("s1", "الأهلي", 35, "org:al-ahly"),
        ("s1", "الزمالك", 46, "org:zamalek"),
        ("s2", "النادي الأهلي", 40, "org:al-ahly"),
        ("s2", "سموحة", 63, "org:smouha"),
    ]


def test_al_ahli_of_a_saudi_or_undecided_story_is_jeddahs():
    m = extract_entities(
        stories(
            # SPORT + "وفاز " (5): الأهلي at 35; "الأهلي على " (11): الهلال at 46
            SPORT + "وفاز الأهلي على الهلال في جدة.",
            # nothing decides: Jeddah's, the corpus's own league (SPORT + "وفاز ": 35)
            SPORT + "وفاز الأهلي بالمباراة.",
            # an Egyptian player's adjective decides nothing: SPORT + "وضم " (4): الأهلي
            # at 34
            SPORT + "وضم الأهلي اللاعب المصري أمس.",
            # SPORT + "وقال رئيس " (10): النادي الأهلي at 40, "النادي الأهلي إن " (17):
            # النصر at 57
            SPORT + "وقال رئيس النادي الأهلي إن النصر تدرب.",
        )
    )
    assert orgs(m) == [
        ("s1", "الأهلي", 35, "org:al-ahli-saudi"),
        ("s1", "الهلال", 46, "org:al-hilal"),
        ("s2", "الأهلي", 35, "org:al-ahli-saudi"),
        ("s3", "الأهلي", 34, "org:al-ahli-saudi"),
        ("s4", "النادي الأهلي", 40, "org:al-ahli-saudi"),
        ("s4", "النصر", 57, "org:al-nassr"),
    ]


def test_a_club_with_its_nationality_is_that_countrys_whatever_the_story():
    # the adjective chooses the club and is no part of its name, as النصر السعودي gives
    # النصر (extract._without_nationality)
    m = extract_entities(
        stories(
            # SPORT + "وفاز " (5): الأهلي at 35, Cairo's in a Saudi story; "الأهلي المصري
            # على " (18): الهلال at 53
            SPORT + "وفاز الأهلي المصري على الهلال.",
        )
    )
    assert orgs(m) == [
        ("s1", "الأهلي", 35, "org:al-ahly"),
        ("s1", "الهلال", 53, "org:al-hilal"),
    ]


# --- 2. a ministry named by its domain ----------------------------------------------


def titled(title: str, *bodies: str):
    """:func:`stories` with the same ``title`` on each."""
    st = stories(*bodies)
    st["title"] = [title] * len(st)
    return st


def test_a_ministry_named_in_the_body_is_named_by_its_domain_in_strong_positions():
    m = extract_entities(
        titled(
            "الصحة: حالة وفاة بكورونا",  # the title's first word, before a colon: 0
            # "أعلنت " (6): وزارة الصحة at 6; "أعلنت وزارة الصحة أمس تسجيل حالة وفاة. "
            # (39) + "وأوضحت " (7): الصحة at 46, after a feminine reporting verb;
            # "الصحة أن المريض مواطن. " (23) + "وقالت «" (7): الصحة at 76, in quote marks
            "أعلنت وزارة الصحة أمس تسجيل حالة وفاة. وأوضحت الصحة أن المريض مواطن. "
            "وقالت «الصحة» إن العمل جار.",
        )
    )
    assert picked(m, "ORG", ("zone", "surface", "start", "entity_id", "method")) == [
        ("title", "الصحة", 0, "rule:ORG:وزاره_صحه", "alias"),
        ("body", "وزارة الصحة", 6, "rule:ORG:وزاره_صحه", "rule"),
        ("body", "الصحة", 46, "rule:ORG:وزاره_صحه", "alias"),
        ("body", "الصحة", 76, "rule:ORG:وزاره_صحه", "alias"),
    ]


def test_a_domain_is_the_everyday_word_elsewhere_or_without_the_ministry():
    m = extract_entities(
        titled(
            "الصحة: حالة وفاة بكورونا",
            # the story names no وزارة الصحة: the title's الصحة is no mention
            "وقال الطبيب إن الصحة العامة بخير.",
            # with an adjective the name lacks, with a preposition, after a verb that
            # reports nothing: the everyday word (trade, work)
            "وأعلنت وزارة التجارة إغلاق محل. وسجلت التجارة الدولية نموا. "
            "وأشادت بالتجارة. وأغلقت التجارة معملا.",
        )
    )
    # "وأعلنت " (7): وزارة التجارة at 7
    assert picked(m, "ORG", ("story_id", "surface", "start")) == [("s2", "وزارة التجارة", 7)]


# --- 3. a name given in quote marks after its head, written again in quote marks ----


def test_a_quoted_name_written_again_in_quote_marks_is_the_same_body():
    m = extract_entities(
        stories(
            # "وقدمت جمعية «" (13): بناء at 13 (the rule's span, the quoted words);
            # "بناء» الدعم للأسر. " (19) + "وأوضحت «" (8): بناء at 40, again in quote
            # marks; "بناء» أن البرنامج مستمر. " (25) + "وقال رئيس " (10): بناء at 75
            # bare, the everyday word "building" as far as the story shows: no mention
            "وقدمت جمعية «بناء» الدعم للأسر. وأوضحت «بناء» أن البرنامج مستمر. "
            "وقال رئيس بناء الجمعية إن العمل جار.",
            # after a programme's noun the quoted name is the programme (event_words.tsv,
            # role programme): "وقدمت جمعية «" (13): بناء at 13 only
            "وقدمت جمعية «بناء» الدعم للأسر ضمن برنامج «بناء» الصيفي.",
        )
    )
    assert picked(m, "ORG", ("story_id", "surface", "start", "entity_id", "method")) == [
        ("s1", "بناء", 13, "rule:ORG:بناء", "rule"),
        ("s1", "بناء", 40, "rule:ORG:بناء", "alias"),
        ("s2", "بناء", 13, "rule:ORG:بناء", "rule"),
    ]


# --- 4. تطبيق after a preposition is "applying", not an app --------------------------


def test_quoted_words_after_applying_name_no_body_after_an_app_they_do():
    m = extract_entities(
        stories(
            "وأكد التزام الوزارة بتطبيق «حماية الأجور» على المنشآت.",
            "وعجزت منشآت عن تطبيق «حماية الأجور» أمس.",
            # "وحصريا على تطبيق \"" (18): أنغامي at 18, the app
            'وحصريا على تطبيق "أنغامي" أمس.',
        )
    )
    assert picked(m, "ORG", ("story_id", "surface", "start")) == [("s3", "أنغامي", 18)]


# --- 5. a company's short name that is an everyday word, in quote marks --------------


def test_a_short_name_of_quoted_names_counts_in_quote_marks_only():
    m = extract_entities(
        titled(
            # the title of both stories: «أبل» at 1 (after the opening mark), "سامسونج"
            # (listed anyway) at 8 after "«أبل» و\""
            '«أبل» و"سامسونج" تطلقان مبادرة',
            # s1: "وتأخرت «" (8): فورد at 8; the bare فورد of "وقال فورد" is no company
            "وتأخرت «فورد» عن منافسيها. وقال فورد إن السوق صعبة.",
            # s2: إبل "camels" without quote marks is no company: the title's two only
            "وباع المزارع إبل القرية.",
        )
    )
    assert picked(m, "ORG", ("story_id", "zone", "surface", "start", "entity_id")) == [
        ("s1", "title", "أبل", 1, "org:apple"),
        ("s1", "title", "سامسونج", 8, "org:samsung"),
        ("s1", "body", "فورد", 8, "org:ford-company"),
        ("s2", "title", "أبل", 1, "org:apple"),
        ("s2", "title", "سامسونج", 8, "org:samsung"),
    ]
