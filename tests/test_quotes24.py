"""Session 24 (quotes24): speakers as a reader names them. Sentences written for the
tests (the kinds seen on real SaudiNewsNet stories: aawsat's «أكد لـ«الشرق الأوسط»
الدكتور ...», «أبلغ المسؤول الصحافيين: «...»»); each expected row worked out by hand:
(quote, speaker, attribution, unknown_reason, speaker_role)."""

from __future__ import annotations

import pytest
from quote_cases import quote_rows

Q = "لن نتراجع عن موقفنا"


# 1. A description in construct before the name (an everyday noun with no article and its
# definite descriptors) is the role; the speaker is the name after it.
@pytest.mark.parametrize(
    ("body", "row"),
    [
        (
            "وقال رجل القصر الرئاسي القوي بكري حسن صالح «إن الحكومة ستعمل على تحقيق السلام».",
            (
                "إن الحكومة ستعمل على تحقيق السلام",
                "بكري حسن صالح",
                "named",
                "",
                "رجل القصر الرئاسي القوي",
            ),
        ),
        (
            "وقال صوت المعارضة البارز كفاح محمود «لن نقبل بهذا».",
            ("لن نقبل بهذا", "كفاح محمود", "named", "", "صوت المعارضة البارز"),
        ),
        # a kinship noun's complement owns the name: the phrase is no quote's speaker
        # (as before: the son of the president is not the president)
        ("وقال نجل الرئيس المصري محمد مرسي «والدي بريء».", None),
    ],
)
def test_description_before_the_name(body, row):
    assert quote_rows(body) == ([row] if row else [])


# 4a. An addressee between the reporting verb and its subject: لـ + a quoted outlet, or
# one definite word in ل that is no title; the subject after it speaks.
@pytest.mark.parametrize(
    ("body", "row"),
    [
        (
            "وقال لـ«الشرق الأوسط» سمير شيبا سفير جمهورية ألبانيا: «في ألبانيا مدن كثيرة».",
            ("في ألبانيا مدن كثيرة", "سمير شيبا", "named", "", ""),
        ),
        (
            "وأكد لـ«الحياة» مدير التعليم محمد الزهراني أن «العام الدراسي سيبدأ في موعده».",
            ("العام الدراسي سيبدأ في موعده", "محمد الزهراني", "named", "", "مدير التعليم"),
        ),
        (
            f"وقال للصحفيين وزير الخارجية عادل الجبير «{Q}».",
            (Q, "عادل الجبير", "named", "", "وزير الخارجية"),
        ),
        (f"وقال للصحفيين الوزير «{Q}».", (Q, "", "unknown", "unnamed_role", "الوزير")),
        # neighbours: the addressee after the subject (unchanged); لـ«...» with no
        # subject after it (unchanged: nobody named)
        (f"وقال عادل الجبير لـ«الحياة» «{Q}».", (Q, "عادل الجبير", "named", "", "")),
        (f"وقال لـ«الحياة»: «{Q}».", (Q, "", "unknown", "no_subject", "")),
        # a title in ل keeps the name after it: the addressee's (للاعب محمد نور)
        ("وقال للاعب محمد نور «أنت الأفضل».", ("أنت الأفضل", "", "unknown", "no_subject", "")),
    ],
)
def test_subject_after_the_addressee(body, row):
    assert quote_rows(body) == [row]


# 4b. أبلغ / أخبر + object: the subject speaks, the object (an audience noun, or a quoted
# outlet after the subject's first word) hears; a passive written with its damma names
# who was told, nobody who told.
@pytest.mark.parametrize(
    ("body", "row"),
    [
        (
            "أبلغ الوزير عادل الجبير الصحفيين أن «المملكة لن تتراجع عن موقفها».",
            ("المملكة لن تتراجع عن موقفها", "عادل الجبير", "named", "", "الوزير"),
        ),
        (
            "وأخبر محمد المومني الصحفيين بأن «الحدود مغلقة أمام الجميع».",
            ("الحدود مغلقة أمام الجميع", "محمد المومني", "named", "", ""),
        ),
        (
            "وأبلغ المسؤول الصحافيين: «قبل أسبوعين كان النقاش يدور حول الديون».",
            (
                "قبل أسبوعين كان النقاش يدور حول الديون",
                "",
                "unknown",
                "unnamed_source",
                "المسؤول",
            ),
        ),
        (
            "وأبلغ الوزير الصحفيين أن «المملكة لن تتراجع عن موقفها».",
            ("المملكة لن تتراجع عن موقفها", "", "unknown", "unnamed_role", "الوزير"),
        ),
        (
            "وأبلغ مصدر مسؤول «الشرق الأوسط» أن «الثوار تقدموا في الزبداني».",
            ("الثوار تقدموا في الزبداني", "", "unknown", "unnamed_source", "مصدر مسؤول"),
        ),
        (
            "وأبلغ الرئيس الأمريكي باراك أوباما نظيره الروسي فلاديمير بوتين أن «الحل سياسي».",
            ("الحل سياسي", "باراك أوباما", "named", "", "الرئيس الأمريكي"),
        ),
        # a medium right after a masculine verb of telling hears; the subject after a
        # quoted one speaks, else the speaker before goes on
        (
            "وأبلغ «الشرق الأوسط» الدكتور خالد الزهراني أن «العام الدراسي سيبدأ في موعده».",
            ("العام الدراسي سيبدأ في موعده", "خالد الزهراني", "named", "", "الدكتور"),
        ),
        (
            "وقال خالد الزهراني إن الوضع مستقر. وأبلغ «الشرق الأوسط» أن «العام الدراسي سيبدأ».",
            ("العام الدراسي سيبدأ", "خالد الزهراني", "carried", "", ""),
        ),
        # a feminine verb agrees with the agency next to it: the agency tells
        (
            "وأبلغت وكالة الأنباء السعودية الصحفيين أن «العام الدراسي سيبدأ في موعده».",
            ("العام الدراسي سيبدأ في موعده", "وكالة الأنباء السعودية", "named", "", ""),
        ),
        (
            "وأُبلغ عادل الجبير أن «المملكة لن تتراجع عن موقفها».",
            ("المملكة لن تتراجع عن موقفها", "", "unknown", "no_subject", ""),
        ),
    ],
)
def test_teller_speaks_hearer_listens(body, row):
    assert quote_rows(body) == [row]


# 3. A short quote after a reporting word with words between: an answer particle alone in
# quote marks is what was said (a particle names nothing), not a one-word name.
@pytest.mark.parametrize(
    ("body", "rows"),
    [
        ("وقال محمد المومني للصحفيين «نعم».", [("نعم", "محمد المومني", "named", "", "")]),
        ("وقال محمد المومني «لا».", [("لا", "محمد المومني", "named", "", "")]),
        # after أن the particle opens the speaker's clause: no quote of its own
        ("وأكد محمد المومني أن «لا» مكان للتراجع.", []),
        # no reporting word: a slogan on a banner, a name as before
        ("ورفع المتظاهرون لافتات «لا».", []),
    ],
)
def test_answer_particle_is_speech(body, rows):
    assert quote_rows(body) == rows
