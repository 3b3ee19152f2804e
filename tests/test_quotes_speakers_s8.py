"""Quote speakers, session 8 (issue 13, item 4): kinds seen among the top speakers of 3,000
SaudiNewsNet stories of outlets that are not held out (2015-07-31 to 2015-08-04), each
with both readings.

A common first name alone (محمد، حسن، علي) names a different person in every story: it is
the story's one person whose fuller name opens with it, else nobody named (unknown,
``first_name``); عز and جل are God's honorific only in their pair (عز وجل), so عز الدين and
أحمد عز are names; وهو / وهي open a circumstantial clause that ends the speaker phrase, and
so does an indefinite word of manner in ب after a name (بلهفة، بطريقة) but not a place
in a role (بالسفارة). The sentences are written for these tests (patterns seen in
SaudiNewsNet outlets that are not held out), not copied from a corpus.
"""

from __future__ import annotations

import pandas as pd
import pytest
from quote_cases import mention as _mention
from quote_cases import named_quotes
from quote_cases import speaker_cols as _cols
from quote_cases import zones as _z

from helpers.entities.gazetteer import first_name_gender
from helpers.quotes import extract_quotes, quotes_per_speaker


def test_the_common_first_names_are_data_with_a_gender():
    names = first_name_gender()
    assert (names["محمد"], names["ساميه"], names["هيفاء"]) == ("m", "f", "f")
    # a surname and a name rare in the Arab countries are not common first names
    assert "كيري" not in names and "توماس" not in names


def test_a_common_first_name_alone_is_nobody_named():
    # a man the story names by his first name only: his quote is kept, nobody is named
    q = extract_quotes(_z("يقول حسن، مالك المطعم: «نحاول الاقتراب من الطعم الأصلي»."))
    assert _cols(q) == [("-", "unknown", "first_name", "حسن")]
    # ... and its carried quotes too
    text = "وقال حسن: «الطعم أصلي». وأضاف: «والزبائن راضون»."
    q = extract_quotes(_z(text))
    assert list(q["unknown_reason"]) == ["first_name", "first_name"]


def test_a_first_name_is_the_person_of_the_story_whose_name_opens_with_it():
    text = "وأوضح إبراهيم جميل غيث أن المدرسة بعيدة. وقال إبراهيم: «الطريق طويل كل صباح»."
    m = pd.DataFrame(
        [
            _mention(text, "إبراهيم جميل غيث", "PERSON", "rule:PERSON:ابراهيم_جميل_غيث"),
            _mention(text, "إبراهيم", "PERSON", "rule:PERSON:ابراهيم", nth=1),
        ]
    )
    q = extract_quotes(_z(text), mentions=m)
    assert list(q["speaker_id"]) == ["rule:PERSON:ابراهيم_جميل_غيث"]
    assert _cols(q) == [("إبراهيم جميل غيث", "named", "", "")]


def test_a_surname_that_is_no_common_first_name_stays_a_speaker():
    q = extract_quotes(_z("وقال كيري: «سيكون هذا خطأ فادحا»."))
    assert list(q["speaker_id"]) == ["phrase:كيري"]


def test_iz_and_jall_are_the_honorific_only_in_their_pair():
    # عز الدين: the name, not God's honorific
    text = "وقال حاكم الولاية عز الدين كجك في تصريحات: «الحدود آمنة تماما»."
    q = named_quotes(text, ("عز الدين كجك", "PERSON", "rule:PERSON:عزالدين_كجك"))
    assert list(q["speaker"]) == ["عز الدين كجك"]
    assert list(q["speaker_role"]) == ["حاكم الولاية"]
    # عز وجل still is the honorific, nobody
    q = extract_quotes(_z("وقال عز وجل: «وأوفوا بالعهد إن العهد كان مسؤولا»."))
    assert _cols(q) == [("-", "unknown", "not_a_speaker", "")]
    # جل الباحثين "most researchers": an unnamed source, not God's honorific
    q = extract_quotes(_z("ويقول جل الباحثين: «اللعب مهم للطفل»."))
    assert _cols(q) == [("-", "unknown", "unnamed_source", "جل الباحثين")]


def test_wa_huwa_and_a_manner_end_the_speaker_phrase():
    q = extract_quotes(_z("ويؤكد المصمم وهو يلمسها: «إنها في غاية العملية»."))
    assert list(q["speaker"]) == ["المصمم"]
    q = extract_quotes(_z("وقال النائب براد شيرمان وهو يبتسم: «لن نوافق على الاتفاق»."))
    assert list(q["speaker"]) == [
        "براد شيرمان"
    ]  # session 13: the role words are speaker_role, not the name
    # بلهفة after a name is a manner; بالسفارة after a role is the role's place
    q = extract_quotes(_z("وقال سمير الجابري بلهفة وقلق: «وهل جاء السائق قبلها؟»."))
    assert list(q["speaker"]) == ["سمير الجابري"]
    text = "وقال دبلوماسي رفيع بالسفارة الأمريكية اللواء تشارلز هوبر: «الطائرات وصلت»."
    q = named_quotes(text, ("تشارلز هوبر", "PERSON", "rule:PERSON:تشارلز_هوبر"))
    assert list(q["speaker"]) == ["تشارلز هوبر"]


def _quotes(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """A quotes table of (story_id, speaker_id, speaker) rows, one quote of two words each."""
    return pd.DataFrame(
        [
            dict(
                story_id=s,
                zone="body",
                start=0,
                end=5,
                text="كلام مهم",
                speaker_id=i,
                speaker=n,
                verb="قال",
                attribution="named",
                unclosed=False,
                speaker_role="",
                unknown_reason="",
            )
            for s, i, n in rows
        ]
    )


def test_a_surname_speaker_counts_with_the_one_full_name_speaker_of_the_table():
    q = _quotes(
        [
            ("a", "rule:PERSON:جوزيه_مورينيو", "جوزيه مورينيو"),
            ("a", "rule:PERSON:جوزيه_مورينيو", "جوزيه مورينيو"),
            ("b", "rule:PERSON:مورينيو", "مورينيو"),
            # a family or nisba name with the article is many people's (the hostile
            # tester's الغامدي: a lawyer, a footballer and a woman): never merged
            ("c", "phrase:الفهداوي", "الفهداوي"),
            ("d", "rule:PERSON:قاسم_فهداوي", "قاسم الفهداوي"),
            # a title alone (العمدة) and a first name alone (حسن) are nobody's surname
            ("e", "phrase:العمدة", "العمدة"),
            ("e", "rule:PERSON:عادل_عمده", "عادل العمدة"),
            ("f", "rule:PERSON:حسن", "حسن"),
            ("f", "rule:PERSON:صدام_حسين", "صدام حسن"),
            # two full-name speakers end with كيربي: nothing is merged
            ("g", "phrase:كيربي", "كيربي"),
            ("g", "rule:PERSON:جون_كيربي", "جون كيربي"),
            ("h", "rule:PERSON:جيمس_كيربي", "جيمس كيربي"),
        ]
    )
    from helpers.quotes import surname_speakers

    assert surname_speakers(q) == {
        "rule:PERSON:مورينيو": ("rule:PERSON:جوزيه_مورينيو", "جوزيه مورينيو"),
    }
    per = quotes_per_speaker(
        q, by="outlet", stories=pd.DataFrame({"story_id": list("abcdefgh"), "outlet": ["x"] * 8})
    )
    got = dict(zip(per["speaker"], per["quotes"], strict=True))
    assert got["جوزيه مورينيو"] == 3 and "مورينيو" not in got
    assert got["قاسم الفهداوي"] == 1 and got["الفهداوي"] == 1
    assert got["العمدة"] == 1 and got["حسن"] == 1
    assert got["كيربي"] == 1
    # per story, a story's row names the speaker as that story does
    per = quotes_per_speaker(q)
    assert per[per["story_id"] == "b"][["speaker_id", "quotes"]].values.tolist() == [
        ["rule:PERSON:مورينيو", 1]
    ]


def test_a_body_with_no_name_is_the_one_named_before_else_an_unnamed_role():
    # إدارة النادي، الشركة المشغلة: no name; nobody named with these words before
    q = extract_quotes(_z("وقالت إدارة النادي: «لن نبيع اللاعب هذا الموسم»."))
    assert _cols(q) == [("-", "unknown", "unnamed_role", "إدارة النادي")]
    q = extract_quotes(_z("وأكدت الشركة المشغلة أن «الخدمة ستعود غدا»."))
    assert _cols(q) == [("-", "unknown", "unnamed_role", "الشركة المشغلة")]
    # one of them (إحداهن) is an unnamed source
    q = extract_quotes(_z("ونقلت الصحيفة عن إحداهن قولها إن «الخدعة نجحت»."))
    assert list(q["unknown_reason"]) == ["unnamed_source"]


def test_the_next_name_of_a_list_after_la_is_no_subject():
    # لميريام فارس وهيفاء وهبي: both are governed by لـ; the interviewee named before speaks
    text = (
        "وقال المغني جوزيف عطية: «أنا سعيد». وعن التمثيل، وقد شهد الموسم أعمالا لميريام "
        "فارس وهيفاء وهبي، أجاب: «الموضوع لا يراودني»."
    )
    q = named_quotes(
        text,
        ("جوزيف عطية", "PERSON", "rule:PERSON:جوزيف_عطيه"),
        ("ميريام فارس", "PERSON", "rule:PERSON:ميريام_فارس"),
        ("هيفاء وهبي", "PERSON", "rule:PERSON:هيفاء_وهبي"),
    )
    assert list(q["speaker"]) == ["جوزيف عطية", "جوزيف عطية"]
    assert list(q["attribution"]) == ["named", "carried"]
    # a name after a proclitic لـ or بـ is governed; the subject after it speaks
    text = "وهو الأكثر معارضة لبلاتر، لكن تشونج رأى أن النجم ملوث، مضيفا: «إنه نتاج النظام الحالي»."
    m = pd.DataFrame(
        [
            _mention(text, "تشونج", "PERSON", "rule:PERSON:تشونج"),
            _mention(text, "بلاتر", "PERSON", "rule:PERSON:بلاتر"),
        ]
    )
    assert text[m.loc[1, "start"] - 1] == "ل"  # the mention opens after the proclitic
    q = extract_quotes(_z(text), mentions=m)
    assert list(q["speaker"]) == ["تشونج"]


def test_a_feminine_verb_looks_for_a_woman_or_a_body_not_a_man():
    # وأضافت: the last speaker is a man; the woman named before him speaks
    text = (
        "قالت ماجدة الرومي: «الأغنية صاخبة اليوم». ورد الملحن سامي العلي: «لكل زمن لونه». "
        "وأضافت: «الموضة تغلب الإبداع»."
    )
    m = pd.DataFrame(
        [
            _mention(text, "ماجدة الرومي", "PERSON", "rule:PERSON:ماجده_رومي"),
            _mention(text, "سامي العلي", "PERSON", "rule:PERSON:سامي_علي"),
        ]
    )
    q = extract_quotes(_z(text), mentions=m)
    assert list(q["speaker"]) == ["ماجدة الرومي", "سامي العلي", "ماجدة الرومي"]
    # ... and the masculine وأضاف keeps the man
    q = extract_quotes(_z(text.replace("وأضافت", "وأضاف")), mentions=m)
    assert list(q["speaker"]) == ["ماجدة الرومي", "سامي العلي", "سامي العلي"]
    # the subject before a feminine verb is the woman of the clause, not the man before her
    text = "واستقبل محمد العلي الفنانة منى الشريف التي قالت: «سعيدة بهذه الزيارة»."
    q = named_quotes(
        text,
        ("محمد العلي", "PERSON", "rule:PERSON:محمد_علي"),
        ("منى الشريف", "PERSON", "rule:PERSON:منى_شريف"),
    )
    assert list(q["speaker"]) == ["منى الشريف"]
    # with no woman or body before, the man stays (a quote inside his reported speech)
    text = "وقال خالد العمر إن العمليات تؤكد أن «التنظيمات تستهدف الجميع بلا استثناء»."
    q = named_quotes(text, ("خالد العمر", "PERSON", "rule:PERSON:خالد_عمر"))
    assert list(q["speaker"]) == ["خالد العمر"]


def test_a_mention_cut_to_its_first_name_is_not_the_namesake_of_the_story():
    # اللواء علي الأحمدي read as علي: not علي عبد الله صالح, named in the same story
    text = (
        "وهاجم أتباع علي عبد الله صالح المدينة. وأفاد اللواء علي الأحمدي بأن «مدة التدريب "
        "ستكون ثلاثة أشهر»."
    )
    m = pd.DataFrame(
        [
            _mention(text, "علي عبد الله صالح", "PERSON", "rule:PERSON:علي_عبدالله_صالح"),
            _mention(text, "علي", "PERSON", "rule:PERSON:علي", nth=1),
        ]
    )
    q = extract_quotes(_z(text), mentions=m)
    # session 9: the name as the phrase writes it is the speaker (it was nobody named)
    assert _cols(q) == [("علي الأحمدي", "named", "", "اللواء")]
    assert list(q["speaker_id"]) == ["phrase:علي الاحمدي"]


def test_a_scholarship_student_nobody_names_is_an_unnamed_source():
    q = extract_quotes(_z("وقال المبتعث إلى جامعة لاتروب: «النظام هناك صارم جدا»."))
    assert list(q["unknown_reason"]) == ["unnamed_source"]


#: ``(text, named mentions, speaker_cols rows)``: :func:`quote_cases.named_quotes` cases.
CASES = [
    pytest.param(
        # a mention cut to the first name after a title: the title stays with the name ...
        "وقال الدكتور علي: «الفكرة قديمة جدا».",
        (("علي", "PERSON", "rule:PERSON:علي"),),
        [("-", "unknown", "first_name", "الدكتور علي")],
        id="a_common_first_name_alone_is_nobody_named-1",
    ),
    pytest.param(
        # ... and when the phrase writes the name in full, that name speaks (session 9;
        # المفتي السابق is his office, not his name)
        "وقال الدكتور علي جمعة المفتي السابق: «الفكرة قديمة جدا».",
        (("علي", "PERSON", "rule:PERSON:علي"),),
        [("علي جمعة", "named", "", "الدكتور")],
        id="a_common_first_name_alone_is_nobody_named-2",
    ),
    pytest.param(
        # the famous are named by surname: حسن of a story that names حسن روحاني is someone else
        "وانتقد حسن روحاني العقوبات. ويقول حسن: «الطعم أصلي».",
        (("حسن روحاني", "PERSON", "person:hassan-rouhani"),),
        [("-", "unknown", "first_name", "حسن")],
        id="a_first_name_is_the_person_of_the_story_whose_name_opens_with_it-1",
    ),
    pytest.param(
        # two people with that first name: nobody can be chosen
        "والتقى محمد العلي ومحمد السالم. وقال محمد: «الاجتماع مثمر».",
        (
            ("محمد العلي", "PERSON", "rule:PERSON:محمد_علي"),
            ("محمد السالم", "PERSON", "rule:PERSON:محمد_سالم"),
        ),
        [("-", "unknown", "first_name", "محمد")],
        id="a_first_name_is_the_person_of_the_story_whose_name_opens_with_it-2",
    ),
    pytest.param(
        # ... named before in the story: that body (the rule of a bare الوزارة)
        "وأعلنت إدارة النادي الأهلي رحيل المدرب. وقالت إدارة النادي: «شكرا له».",
        (("إدارة النادي الأهلي", "ORG", "rule:ORG:اداره_نادي_اهلي"),),
        [("إدارة النادي الأهلي", "carried", "", "إدارة النادي")],
        id="a_body_with_no_name_is_the_one_named_before_else_an_unnamed_role-1",
    ),
]


@pytest.mark.parametrize(("text", "named", "expected"), CASES)
def test_speakers(text, named, expected):
    assert _cols(named_quotes(text, *named)) == expected
