"""Quote speakers, session 7 (issue 13, item 4): kinds seen among the top speakers of the
whole SaudiNewsNet run (outlets that are not held out), each with both readings.

A speaker is a person, an organisation or a named role with a name: a title that is also
a stopword (أمين) still heads a role; the object of a participle of manner (مخاطبا
الحضور) is the addressee, not the speaker; a person nobody names (الزبون، المواطن،
المصدر نفسه) is an unnamed source; the person named right after a noun in construct is
its possessor (محامي حبري), not the speaker; a person named beside the organisation of a
role is the speaker, not the organisation. The sentences are written for these tests
(patterns seen in SaudiNewsNet outlets that are not held out), not copied from a corpus.
"""

from __future__ import annotations

import pandas as pd

from helpers.quotes import extract_quotes

MENTION_COLS = ["story_id", "zone", "start", "end", "type", "entity_id", "canonical"]


def _z(*texts: str) -> pd.DataFrame:
    return pd.DataFrame(
        {"story_id": [f"q{i}" for i in range(len(texts))], "zone": "body", "text": list(texts)}
    )


def _mention(text: str, name: str, typ: str, eid: str, nth: int = 0, sid: str = "q0") -> dict:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return dict(zip(MENTION_COLS, [sid, "body", s, s + len(name), typ, eid, name], strict=True))


def _cols(q: pd.DataFrame) -> list[tuple]:
    return list(
        zip(
            q["speaker"].fillna("-"),
            q["attribution"],
            q["unknown_reason"],
            q["speaker_role"],
            strict=True,
        )
    )


def test_amin_heads_a_role_though_it_is_a_stopword():
    # أمين is a stopword of helpers.text; as a title it heads the role of the name after it
    text = "وقال أمين العاصمة المقدسة أسامة البار: «سنبدأ المشروع غدا»."
    m = pd.DataFrame([_mention(text, "أسامة البار", "PERSON", "rule:PERSON:اسامه_بار")])
    q = extract_quotes(_z(text), mentions=m)
    assert _cols(q) == [("أسامة البار", "named", "", "أمين العاصمة المقدسة")]
    # without a mention, the phrase is the speaker (the role's words kept before the name)
    q = extract_quotes(_z(text))
    assert _cols(q) == [("أمين العاصمة المقدسة أسامة البار", "named", "", "أمين العاصمة المقدسة")]
    # with no name, the role is an unnamed role (it was not_a_speaker), kept in speaker_role
    q = extract_quotes(_z("وقال أمين منطقة الرياض: «سنبدأ المشروع غدا»."))
    assert _cols(q) == [("-", "unknown", "unnamed_role", "أمين منطقة الرياض")]


def test_the_object_of_a_participle_of_manner_is_the_addressee():
    # وقال مخاطبا الحضور: the audience is spoken to; nobody named, so nothing to carry
    q = extract_quotes(_z("وقال مخاطبًا الحضور: «أنتم أمل الأمة»."))
    assert _cols(q) == [("-", "unknown", "no_subject", "")]
    # ... and the speaker named before the participle speaks: ظريف, not النواب
    text = "وقال ظريف مخاطبا النواب: «الاتفاق جيد»."
    m = pd.DataFrame([_mention(text, "ظريف", "PERSON", "person:zarif")])
    q = extract_quotes(_z(text), mentions=m)
    assert _cols(q) == [("ظريف", "named", "", "")]
    # with the participle, the last speaker is carried (the addressee is no subject)
    text = "وقال ظريف: «الاتفاق جيد». ثم قال مخاطبا النواب: «صوتوا له»."
    m = pd.DataFrame([_mention(text, "ظريف", "PERSON", "person:zarif")])
    q = extract_quotes(_z(text), mentions=m)
    assert _cols(q) == [("ظريف", "named", "", ""), ("ظريف", "carried", "", "")]
    # a name of the same shape (م...ا) is a name: ماريا speaks
    q = extract_quotes(_z("وقالت ماريا: «أنا سعيدة»."))
    assert _cols(q) == [("ماريا", "named", "", "")]


def test_a_person_nobody_names_is_an_unnamed_source():
    q = extract_quotes(
        _z(
            "وقال الزبون: «أريد الحساب».",
            "وقال المواطن: «لا نريد شيئا».",
            "وأضاف المصدر نفسه أن «الوضع مستقر».",
        )
    )
    assert _cols(q) == [
        ("-", "unknown", "unnamed_source", "الزبون"),
        ("-", "unknown", "unnamed_source", "المواطن"),
        ("-", "unknown", "unnamed_source", "المصدر نفسه"),
    ]
    # with a name, the noun is that person's description: the person speaks
    text = "وقال المواطن محمد العلي: «لا نريد شيئا»."
    m = pd.DataFrame([_mention(text, "محمد العلي", "PERSON", "rule:PERSON:محمد_علي")])
    q = extract_quotes(_z(text), mentions=m)
    assert list(q["speaker"]) == ["محمد العلي"]
    assert list(q["attribution"]) == ["named"]


def test_a_possessor_before_the_speaker_is_not_the_speaker():
    text = (
        "وقال الرئيس السابق حسين حبري إنه بريء. "
        "وأكد محامي حبري إبراهيم ديوارا لوكالة الصحافة الفرنسية أن موكله «بحال جيدة». "
        "وقال محامي حبري: «لن نتراجع»."
    )
    m = pd.DataFrame(
        [
            _mention(text, "حسين حبري", "PERSON", "rule:PERSON:حسين_حبري"),
            _mention(text, "حبري", "PERSON", "rule:PERSON:حسين_حبري", nth=1),
            _mention(text, "إبراهيم ديوارا", "PERSON", "rule:PERSON:ابراهيم_ديوارا"),
            _mention(text, "حبري", "PERSON", "rule:PERSON:حسين_حبري", nth=2),
        ]
    )
    q = extract_quotes(_z(text), mentions=m)
    # the lawyer named after his client speaks; the same role later is carried to him
    assert _cols(q) == [
        ("إبراهيم ديوارا", "named", "", "محامي حبري"),
        ("إبراهيم ديوارا", "carried", "", "محامي حبري"),
    ]
    assert list(q["speaker_id"]) == ["rule:PERSON:ابراهيم_ديوارا"] * 2
    # a possessor with no one named after it: the role speaks, nobody known
    text = "وقال نجل صالح: «والدي بخير»."
    m = pd.DataFrame([_mention(text, "صالح", "PERSON", "person:saleh")])
    q = extract_quotes(_z(text), mentions=m)
    assert _cols(q) == [("-", "unknown", "unnamed_role", "نجل صالح")]
    # an honorific style is no possessor: سمو الأمير is the prince himself
    text = "وقال سمو الأمير محمد بن سلمان: «لن نتراجع»."
    m = pd.DataFrame([_mention(text, "الأمير محمد بن سلمان", "PERSON", "person:mbs")])
    q = extract_quotes(_z(text), mentions=m)
    assert list(q["speaker_id"]) == ["person:mbs"]


def test_a_person_named_beside_the_organisation_of_a_role_speaks():
    text = "وقال رئيس بلدية تشاتانوغا أندي بيرك لشبكة «سي إن إن» إن «الوضع مستقر»."
    m = pd.DataFrame([_mention(text, "بلدية تشاتانوغا", "ORG", "rule:ORG:بلديه_تشاتانوغا")])
    q = extract_quotes(_z(text), mentions=m)
    assert _cols(q) == [("أندي بيرك", "named", "", "رئيس بلدية تشاتانوغا")]
    # the name first, then the role
    text = "وقال جيري رايس المتحدث باسم صندوق النقد الدولي: «لم تعد اليونان متأخرة»."
    m = pd.DataFrame([_mention(text, "صندوق النقد الدولي", "ORG", "org:imf")])
    q = extract_quotes(_z(text), mentions=m)
    assert _cols(q) == [("جيري رايس", "named", "", "المتحدث باسم صندوق النقد الدولي")]
    # the organisation itself speaks when no name is beside it
    text = "وقالت وزارة الخارجية الإريترية في بيان: «الهدف هو التجنيد»."
    m = pd.DataFrame([_mention(text, "وزارة الخارجية الإريترية", "ORG", "org:mfa-er")])
    q = extract_quotes(_z(text), mentions=m)
    assert list(q["speaker_id"]) == ["org:mfa-er"]
    # ... and a role of it with no name is an unnamed role
    text = "وقال المتحدث باسم وزارة الخارجية: «الوضع مستقر»."
    m = pd.DataFrame([_mention(text, "وزارة الخارجية", "ORG", "org:mfa")])
    q = extract_quotes(_z(text), mentions=m)
    assert _cols(q) == [("-", "unknown", "unnamed_role", "المتحدث باسم وزارة الخارجية")]
