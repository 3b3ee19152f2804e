"""Quotations and their speakers, checked against counts worked out by hand.

Hand reading of data/raw/asharq-two-stories.txt (body zones):
story 1: 3 quotes by Lavrov (after وقال لافروف; after وشدد على أن موسكو, speaker carried
from the previous sentence; after وأضاف لافروف) and 2 by al-Hakim (the short
«دوراً مركزياً» after أكد وزير الخارجية العراقي محمد علي الحكيم، أن روسيا لعبت, and the
statement after ونقل بيان ... عن الحكيم قوله:). «داعش» (after تنظيم) is a name.
story 2: 6 spans by Assad (two in the first body paragraph: after نفى ... بشار الأسد and
after مؤكداً:; then وأوضح الأسد، وأضاف:، وتابع:، وأضاف الأسد), 1 by the opposition
(وورد في بيان المعارضة ...:, unknown since session 16: المعارضة, a generic collective, is
nobody named, unnamed_source) and 2 by the Kremlin (يعلن الكرملين أن «...»، مضيفاً: «...»).
«هيئة تحرير الشام» (after بقيادة) is a name.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus import load_corpus, zones
from helpers.errors import ArgumentError, CorpusFormatError, KhabarError
from helpers.quotes import QUOTE_COLUMNS, extract_quotes, quote_spans, quotes_per_speaker

CORPUS = Path(__file__).resolve().parents[1] / "data" / "raw" / "asharq-two-stories.txt"
S1, S2 = "asharq-two-stories-01", "asharq-two-stories-02"


@pytest.fixture(scope="module")
def stories() -> pd.DataFrame:
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def quotes(stories) -> pd.DataFrame:
    # a zones table: speakers are the phrases as written (no entity lookup)
    return extract_quotes(zones(stories))


MENTION_COLS = ["story_id", "zone", "start", "end", "type", "entity_id", "canonical"]


def _z(text: str, story_id: str = "t-01") -> pd.DataFrame:
    return pd.DataFrame({"story_id": [story_id], "zone": ["body"], "text": [text]})


def test_embedded_corpus_story_1(quotes):
    q = quotes[quotes.story_id == S1]
    assert list(q.columns) == QUOTE_COLUMNS
    # a surname alone is the full name the story wrote before it (session 18: سيرغي
    # لافروف، وزير الخارجية العراقي محمد علي الحكيم), with no entity lookup too
    assert list(q.speaker) == ["سيرغي لافروف"] * 3 + ["محمد علي الحكيم"] * 2
    assert list(q.attribution) == ["named", "carried", "named", "named", "named"]
    # the verb as the story writes it; its dictionary form in verb_lemma (session 14)
    assert list(q.verb) == ["وقال", "وشدد", "وأضاف", "أكد", "قوله"]
    assert list(q.verb_lemma) == ["قال", "شدد", "أضاف", "أكد", "قوله"]
    # أن روسيا لعبت «دوراً مركزياً»: a partial quote inside reported speech, the
    # minister's own words (session 18 keeps it: a quoted phrase in reported speech is
    # never a term)
    assert q.text.iloc[3] == "دوراً مركزياً"
    assert q.text.iloc[1].startswith("تحترم السيادة العراقية")
    assert q.text.iloc[4].endswith("منتصف شهر مايو (أيار) القادم")
    assert not q.text.str.contains("^داعش$").any()
    assert not q.unclosed.any()


def test_embedded_corpus_story_2(quotes):
    q = quotes[quotes.story_id == S2]
    assert len(q) == 9
    # the opposition's statement: a generic collective, nobody named (session 16)
    assert list(q.speaker) == ["بشار الأسد"] * 6 + ["", "الكرملين", "الكرملين"]
    assert list(q.attribution) == [
        "named",
        "carried",
        "named",
        "carried",
        "carried",
        "named",
        "unknown",
        "named",
        "carried",
    ]
    assert (q.unknown_reason.iloc[6], q.speaker_role.iloc[6]) == ("unnamed_source", "المعارضة")
    assert q.text.iloc[0] == "بشكل مخطَّط له كما أُشيع"
    assert q.text.iloc[7] == "الأسد وأفراد عائلته وصلوا إلى موسكو"
    assert q.text.iloc[8] == "منحتهم روسيا اللجوء لدواعٍ إنسانية"
    assert "هيئة تحرير الشام" not in set(q.text)


def test_offsets_index_the_zone_text(stories, quotes):
    z = zones(stories).set_index(["story_id", "zone"])["text"]
    for r in quotes.itertuples():
        text = z[(r.story_id, r.zone)]
        assert text[r.start : r.end] == r.text
        assert text[r.start - 1] == "«"


def test_mentions_give_speaker_ids():
    text = "وقال وزير الخارجية سيرغي لافروف: «نحن هنا». وأضاف: «سنبقى طويلاً»."
    s = text.index("سيرغي")
    mentions = pd.DataFrame(
        [
            {
                "story_id": "t-01",
                "zone": "body",
                "start": s,
                "end": s + len("سيرغي لافروف"),
                "surface": "سيرغي لافروف",
                "type": "PERSON",
                "entity_id": "sergey_lavrov",
                "canonical": "سيرغي لافروف",
                "method": "gazetteer",
            }
        ]
    )
    q = extract_quotes(_z(text), mentions=mentions)
    assert list(q.speaker_id) == ["sergey_lavrov", "sergey_lavrov"]
    assert list(q.attribution) == ["named", "carried"]
    assert list(q.text) == ["نحن هنا", "سنبقى طويلاً"]


def test_unclosed_quote_ends_at_paragraph_end():
    # (speakers are named roles: a bare title such as الوزير is no speaker, see
    # test_bare_title_is_not_a_speaker)
    text = (
        "وقال الوزير خالد العمر: «لن نتراجع عن موقفنا \n"
        "وفي فقرة أخرى قال المتحدث باسم الوزارة: «نعم هذا صحيح»."
    )
    q = extract_quotes(_z(text))
    assert len(q) == 2
    first = q.iloc[0]
    assert bool(first.unclosed) and first.text == "لن نتراجع عن موقفنا"
    assert first.speaker == "الوزير خالد العمر"
    assert not q.iloc[1].unclosed and q.iloc[1].text == "نعم هذا صحيح"
    # a role with no name, and nobody named with it before: unknown, the role kept
    # (issue 13: a speaker is a person, organisation or a role with a name)
    assert q.iloc[1].speaker == "" and q.iloc[1].attribution == "unknown"
    assert q.iloc[1].speaker_role == "المتحدث باسم الوزارة"
    assert q.iloc[1].unknown_reason == "unnamed_role"


def test_reporting_clause_after_the_quote_and_other_marks():
    text = '“الوضع خطير جداً”، قال المتحدث باسم الوزارة. "لا تعليق لدينا"، بحسب مصدر مطلع.'
    q = extract_quotes(_z(text))
    assert list(q.text) == ["الوضع خطير جداً", "لا تعليق لدينا"]
    # an unnamed spokesman is unknown (role kept); so is an unnamed source (its phrase
    # kept as the role: one kind of speaker, not ranked among named speakers)
    assert list(q.speaker.replace("", "-")) == ["-", "-"]
    assert list(q.unknown_reason) == ["unnamed_role", "unnamed_source"]
    assert list(q.speaker_role) == ["المتحدث باسم الوزارة", "مصدر مطلع"]
    assert list(q.verb.replace("", "-")) == ["قال", "-"]
    assert list(q.verb_lemma.replace("", "-")) == ["قال", "-"]


def test_names_and_scare_quotes_are_not_quotes():
    text = (
        "وقالت الحركة إن مقاتلي جماعة «أنصار الله» انسحبوا، وأكدت أن «الحوار» مستمر. "
        "وتابعت صحيفة «الشرق الأوسط» نشر التقارير."
    )
    assert extract_quotes(_z(text)).empty
    assert len(quote_spans(text)) == 3


def test_apostrophes_are_not_quote_marks():
    text = "He said it's fine. وقال الرجل: 'هذا جيد'."
    assert quote_spans(text) == [(text.index("هذا"), text.index("هذا") + len("هذا جيد"), False)]
    q = extract_quotes(_z(text))
    assert list(q.speaker) == ["الرجل"]


def test_carry_does_not_reach_far_back():
    text = (
        "وقال الوزير خالد العمر إن الأمر انتهى.\n\nفقرة أولى.\n\nفقرة ثانية.\n\nوأضاف: «لا جديد»."
    )
    q = extract_quotes(_z(text))
    assert q.attribution.iloc[0] == "unknown" and q.speaker.iloc[0] == ""
    assert q.speaker_id.iloc[0] == ""  # no speaker: an empty id, never NaN
    q2 = extract_quotes(_z(text), carry_paragraphs=3)
    assert q2.attribution.iloc[0] == "carried" and q2.speaker.iloc[0] == "الوزير خالد العمر"


def test_bad_input():
    with pytest.raises(CorpusFormatError, match="stories table"):
        extract_quotes(pd.DataFrame({"x": [1]}))
    with pytest.raises(ArgumentError, match=r"^extract_quotes: stories must be .* got str"):
        extract_quotes("not a table")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"carry_paragraphs": -1},
            "carry_paragraphs must be a whole number of paragraphs >= 0, got -1",
        ),
        ({"carry_paragraphs": 1.5}, "carry_paragraphs must be a whole number .* got 1.5"),
        ({"carry_paragraphs": None}, "carry_paragraphs must be a whole number .* got None"),
        (
            {"mentions": "لافروف"},
            "mentions must be a mentions table [(]a DataFrame[)] or None, got str",
        ),
    ],
)
def test_wrong_arguments_name_the_argument(kwargs, message):
    with pytest.raises(ArgumentError, match=f"^extract_quotes: {message}") as err:
        extract_quotes(_z("قال الوزير: «نعم»"), **kwargs)
    assert isinstance(err.value, KhabarError) and isinstance(err.value, ValueError)


def test_missing_values_and_short_tables_are_named():
    with pytest.raises(CorpusFormatError, match="story t-01, zone body: text must be a str"):
        extract_quotes(_z("x").assign(text=[None]))
    bare = pd.DataFrame({"story_id": ["a-01"], "title": [float("nan")], "body": ["قال: «نعم»"]})
    with pytest.raises(CorpusFormatError, match="story a-01: title and body must be strings"):
        extract_quotes(bare)
    # a stories table without captions is read (title and body zones)
    q = extract_quotes(bare.assign(title="عنوان"), mentions=pd.DataFrame(columns=MENTION_COLS))
    assert q[["zone", "start", "end", "text"]].values.tolist() == [["body", 6, 9, "نعم"]]
    with pytest.raises(CorpusFormatError, match=r"mentions table lacks column\(s\) canonical"):
        extract_quotes(_z("قال: «نعم»"), mentions=pd.DataFrame(columns=MENTION_COLS[:-1]))
    with pytest.raises(ArgumentError, match=r"^quotes_per_speaker: quotes must be the quotes"):
        quotes_per_speaker([])


def test_quotes_per_speaker(quotes):
    per = quotes_per_speaker(quotes)
    s2 = per[per.story_id == S2].set_index("speaker")
    assert list(s2.index) == ["بشار الأسد", "الكرملين", "(غير معروف)"]
    assert s2.loc["بشار الأسد", "quotes"] == 6
    assert s2.loc["الكرملين", "quotes"] == 2
    assert s2.loc["(غير معروف)", "quotes"] == 1  # the opposition: nobody named
    # words: «الأسد وأفراد عائلته وصلوا إلى موسكو» 6 + «منحتهم روسيا اللجوء لدواعٍ إنسانية» 5
    assert s2.loc["الكرملين", "words"] == 11
    s1 = per[per.story_id == S1]
    assert list(s1.speaker[:1]) == ["سيرغي لافروف"] and s1.quotes.iloc[0] == 3
    # from a zones table no speaker is an entity: ids are the normalised phrases
    # (الأسد with hamza gives الاسد), a surname's the full name written before it
    assert list(s2["speaker_id"]) == ["phrase:بشار الاسد", "phrase:الكرملين", ""]
    assert list(s1["speaker_id"]) == ["phrase:سيرغي لافروف", "phrase:محمد علي الحكيم"]


def test_phrase_speaker_ids_are_stable_and_never_missing():
    z = pd.DataFrame(
        {
            "story_id": ["a", "b", "c"],
            "zone": ["body"] * 3,
            "text": [
                # session 16: الكرملين for المعارضة (a generic collective, no speaker)
                "قال الكرملين: «لن نقبل». وأضاف: «أبداً».",
                "وقال الكرمـلين الروسي: «لا». وقال الكُرملين: «نرفض التسوية».",
                "وأضاف: «لا جديد».",
            ],
        }
    )
    q = extract_quotes(z)
    assert all(isinstance(x, str) for x in q["speaker_id"])
    speaker = q.speaker.replace("", "<missing>")
    assert list(zip(q.story_id, speaker, q.speaker_id, q.attribution, strict=True)) == [
        ("a", "الكرملين", "phrase:الكرملين", "named"),
        ("a", "الكرملين", "phrase:الكرملين", "carried"),
        # tatweel and diacritics differ in the text, not in the id, nor in the name
        # shown (session 12: a display name never keeps a tatweel, quotes.phrase_name)
        ("b", "الكرملين الروسي", "phrase:الكرملين الروسي", "named"),
        ("b", "الكرملين", "phrase:الكرملين", "named"),
        ("c", "<missing>", "", "unknown"),
    ]
    per = quotes_per_speaker(q)
    # one phrase, one speaker across stories: joins and counts by id
    assert per.groupby("speaker_id")["quotes"].sum().to_dict() == {
        "": 1,
        "phrase:الكرملين": 3,
        "phrase:الكرملين الروسي": 1,
    }
    assert per.loc[per.speaker_id == "", "speaker"].tolist() == ["(غير معروف)"]


def test_headline_name_and_colon():
    q = extract_quotes(_z("لافروف: «لن نتراجع عن موقفنا»"))
    assert list(q.speaker) == ["لافروف"] and list(q.attribution) == ["named"]
    assert q.verb.eq("").all() and q.verb_lemma.eq("").all()


def test_speakers_through_helpers_entities(stories):
    # with the stories table, speakers are resolved through helpers.entities
    q = extract_quotes(stories)
    s1, s2 = q[q.story_id == S1], q[q.story_id == S2]
    assert s1.speaker.value_counts().to_dict() == {"سيرغي لافروف": 3, "محمد علي الحكيم": 2}
    assert s2.speaker.value_counts().to_dict() == {"بشار الأسد": 6, "الكرملين": 2, "": 1}
    # one entity id per speaker; the opposition is not in the gazetteer: no id
    assert s1.groupby("speaker").speaker_id.nunique().to_dict() == {
        "سيرغي لافروف": 1,
        "محمد علي الحكيم": 1,
    }
    # the opposition, a generic collective, is nobody named (session 16)
    opp = s2[s2.speaker_role == "المعارضة"]
    assert opp[["speaker_id", "unknown_reason"]].values.tolist() == [["", "unnamed_source"]]
    assert set(s2[s2.speaker == "بشار الأسد"].speaker_id) == {"person:bashar-al-assad"}
    assert q.speaker_id.notna().all()


def test_nested_marks_stay_inside_one_quote():
    text = "وقال الشاهد: «سمعته يقول: «ارحلوا الآن» ثم غادر». وأضاف: ‘لم أره بعدها’."
    assert len(quote_spans(text)) == 2
    q = extract_quotes(_z(text))
    assert list(q.text) == ["سمعته يقول: «ارحلوا الآن» ثم غادر", "لم أره بعدها"]
    # an unnamed witness is an unnamed source, and so is the quote carried from it
    assert list(q.attribution) == ["unknown", "unknown"]
    assert list(q.unknown_reason) == ["unnamed_source", "unnamed_source"]
    assert list(q.speaker_role) == ["الشاهد", "الشاهد"]


def test_time_word_between_verb_and_subject():
    q = extract_quotes(_z("وقال أمس وزير الدفاع: «سنرد». وأكد الخميس: «لا تراجع»."))
    # the subject after the time word is the role وزير الدفاع; no one is named with it,
    # so both quotes (the second carried) have an unknown speaker with that role
    assert list(q.speaker_role) == ["وزير الدفاع", "وزير الدفاع"]
    assert list(q.attribution) == ["unknown", "unknown"]
    assert list(q.unknown_reason) == ["unnamed_role", "unnamed_role"]
