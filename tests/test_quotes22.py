"""Session 22 (quotes22): quote speakers on text nobody tuned for, one kind a test group.
Sentences written for the tests (the kinds were seen on raw SaudiNewsNet days of
non-held-out outlets); each expected row worked out by hand: (text, speaker, attribution,
unknown_reason, speaker_role)."""

from __future__ import annotations

import pytest
from quote_cases import quote_rows

from helpers.quotes import quote_spans

# 1. A time noun after a name ends the name


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (
            "وقال الرئيس الكيني أوهورو كينياتا عشية المحادثات إن «بلادنا مستعدة للتعاون».",
            "أوهورو كينياتا",
            "الرئيس الكيني",
        ),
        ("وقال فهد المليحان غداة الاجتماع: «الأسعار ستخضع للمراجعة».", "فهد المليحان", ""),
        ("وقال فهد المليحان صبيحة الاجتماع: «الأسعار ستخضع للمراجعة».", "فهد المليحان", ""),
        ("وقال فهد المليحان أثناء الاجتماع: «الأسعار ستخضع للمراجعة».", "فهد المليحان", ""),
        ("وقال فهد المليحان ليلة الاجتماع: «الأسعار ستخضع للمراجعة».", "فهد المليحان", ""),
        ("وقال فهد المليحان صباح أمس: «الأسعار ستخضع للمراجعة».", "فهد المليحان", ""),
        # صباح, a first name, before no time word: the name goes on
        (
            'وقال رئيس مجلس المحافظة صباح كرحوت لـ"الوطن" إن «الحكومة شكلت لجانا».',
            "صباح كرحوت",
            "رئيس مجلس المحافظة",
        ),
    ],
)
def test_time_noun_ends_the_name(body, speaker, role):
    assert [r[1:] for r in quote_rows(body)] == [(speaker, "named", "", role)]


def test_time_noun_before_the_subject_is_skipped_as_before():
    # وقال مساء أمس الوزير: a time phrase before the subject (lead_skip) still skipped
    rows = quote_rows("وقال صباح أمس وزير الطاقة خالد الفالح: «الأسعار ستتعافى».")
    assert [(r[1], r[4]) for r in rows] == [("خالد الفالح", "وزير الطاقة")]


# 2. An indefinite accusative participle (حال) after the name ends it


@pytest.mark.parametrize(
    "participle",
    ["معددا", "مضيفا", "موضحا", "مشيرا", "مستعرضا", "مستطردا", "متسائلا", "محذرا", "معللا"],
)
def test_participle_after_name_ends_it(participle):
    body = f"وقال فهد المليحان {participle} «إنجازات كثيرة تحققت هذا العام»."
    assert quote_rows(body) == [("إنجازات كثيرة تحققت هذا العام", "فهد المليحان", "named", "", "")]


def test_surname_alone_then_participle():
    # the raw-day case: a surname alone, then معددا (wordfreq: 1.48, "looks like a name")
    body = "وقال المليحان معددا «إنجازات كثيرة تحققت هذا العام»."
    assert quote_rows(body) == [("إنجازات كثيرة تحققت هذا العام", "المليحان", "named", "", "")]


def test_name_after_title_is_no_participle():
    # مها (a first name) or a word of the form م...ا inside a mention is no حال: the
    # name goes on (a listed first name is never read as one)
    body = "وقالت الكاتبة مها الفهد: «الرواية تحتاج إلى وقت»."
    assert [r[1] for r in quote_rows(body)] == ["مها الفهد"]


# 3. The ل-complement of an organisation runs to its end, through a quoted name


def test_organisation_complement_runs_to_its_end():
    body = "وقالت اللجنة التنفيذية لمعرض الرياض الدولي للكتاب في بيان: «المعرض سيفتتح في موعده»."
    assert quote_rows(body) == [
        (
            "المعرض سيفتتح في موعده",
            "اللجنة التنفيذية لمعرض الرياض الدولي للكتاب",
            "named",
            "",
            "",
        )
    ]


def test_quoted_exhibition_name_is_a_name_and_part_of_the_speaker():
    # معرض «...» is a designator with its name (no speech); the speaker phrase runs
    # through the quoted name
    body = "وقالت اللجنة التنفيذية لمعرض «الفهد روح القيادة» إن «المعرض سيفتتح في موعده»."
    assert quote_rows(body) == [
        (
            "المعرض سيفتتح في موعده",
            "اللجنة التنفيذية لمعرض الفهد روح القيادة",
            "named",
            "",
            "",
        )
    ]


@pytest.mark.parametrize("noun", ["مهرجان", "ملتقى", "مسابقة", "معرض"])
def test_event_designator_makes_a_name(noun):
    body = f"وشارك الفريق في {noun} «ليالي الصيف الجميلة» هذا العام."
    assert quote_rows(body) == []


# 4. A deeming verb with its object pronoun and a ب-predicate: the subject speaks


def test_deeming_verb_subject_before_a_bi_predicate():
    body = (
        "لقد ترك رحيل الأمير سعود الفيصل أثرا كبيرا، فقد وصفته الصحافة العالمية "
        'بـ"الحكيم" مثنية على مواجهته للأزمات، وأنه كان "الوجه الدولي للمملكة".'
    )
    assert quote_rows(body) == [("الوجه الدولي للمملكة", "الصحافة العالمية", "named", "", "")]


def test_deeming_verb_subject_before_bianna():
    body = "قال الوزير خالد العلي إن الأمر مهم، ووصفته الصحف المحلية بأنه «قرار تاريخي لا يتكرر»."
    assert quote_rows(body) == [("قرار تاريخي لا يتكرر", "الصحف المحلية", "named", "", "")]


def test_predicate_after_object_pronoun_still_no_speaker():
    # session 21's rule kept: اعتبرها عائق (no ب after the phrase) is the predicate
    body = (
        "قال الدكتور محمد القحطاني إن البيروقراطية التي اعتبرها عائق في التوظيف كثيرة. "
        "وأضاف: «العالم متغير من حولنا»."
    )
    assert [(r[0], r[1]) for r in quote_rows(body)] == [("العالم متغير من حولنا", "محمد القحطاني")]


# 5. أبلغ، أخبر، سأل report; نقلا عن brings the source


@pytest.mark.parametrize(
    ("body", "row"),
    [
        (
            "وسأل الوزير خالد العلي: «لماذا تأخر المشروع كل هذا الوقت؟».",
            ("لماذا تأخر المشروع كل هذا الوقت؟", "خالد العلي", "named", "", "الوزير"),
        ),
        (
            "وأفادت وكالة رويترز نقلا عن مصدر مطلع أن «الاتفاق قريب جدا».",
            ("الاتفاق قريب جدا", "", "unknown", "unnamed_source", "مصدر مطلع"),
        ),
        (
            "وذكرت صحيفة الحياة، نقلا عن الوزير خالد العلي، أن «الاتفاق قريب جدا».",
            ("الاتفاق قريب جدا", "خالد العلي", "named", "", "الوزير"),
        ),
        (
            "ونقلت وكالة الأنباء عن الوزير خالد العلي قوله: «الوضع مستقر».",
            ("الوضع مستقر", "خالد العلي", "named", "", "الوزير"),
        ),
    ],
)
def test_telling_asking_and_relaying_verbs(body, row):
    assert quote_rows(body) == [row]


def test_asking_verbs_are_in_the_one_list():
    from helpers.quotes import REPORTING_WORDS

    for form in ("سال", "سالت", "يسال", "تسال"):
        assert form in REPORTING_WORDS, form


def test_telling_verb_is_no_quote_verb_its_object_never_speaks():
    # أبلغ stays a stop row only (measured: as a quote verb its object, right after it,
    # spoke: إنها أبلغت مكتب التحقيقات، بوتين أبلغ نتنياهو، أبلغ «الشرق الأوسط»، الدكتور)
    body = (
        "وقالت المنظمة إنها أبلغت مكتب التحقيقات الاتحادي يوم الثلاثاء بأن «متطرفين هددوا موظفيها»."
    )
    assert quote_rows(body) == [("متطرفين هددوا موظفيها", "", "unknown", "unnamed_role", "المنظمة")]


# 6. A bare title or source noun is no named speaker: unknown says so


@pytest.mark.parametrize(
    ("body", "reason", "role"),
    [
        ("وقال المسؤول إن «العمل مستمر».", "unnamed_source", "المسؤول"),
        ("وقال المصدر: «لا تغيير في الموعد».", "unnamed_source", "المصدر"),
        ("وقال الوزير: «لا تغيير في الموعد».", "unnamed_role", "الوزير"),
    ],
)
def test_bare_title_is_unknown(body, reason, role):
    rows = quote_rows(body)
    assert [r[1:] for r in rows] == [("", "unknown", reason, role)]


# 7. A straight quote mark glued to a proclitic opens a quote


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('قال إن الوضع مستقر و"سنواصل العمل".', ["سنواصل العمل"]),
        ('وصفته بـ"الحكيم" و "الوزير الحضاري" أمس', ["الحكيم", "الوزير الحضاري"]),
        ('قال لـ"الشرق" إن', ["الشرق"]),
        ('قال ف"لا شيء" ثم', ["لا شيء"]),
        ('وقال وبـ"صوت عال" ثم', ["صوت عال"]),
        ("it's l'eau \"x y\"", ["x y"]),  # a Latin letter before an apostrophe: no mark
        ('قال سنو"ا ثم', []),  # a word, not a proclitic, before the mark: no opener
    ],
)
def test_mark_glued_to_proclitic_opens(text, spans):
    assert [text[a:b] for a, b, _ in quote_spans(text)] == spans


def test_quote_glued_to_wa_is_speech():
    body = 'وقال خالد العلي إن الوضع مستقر و"سنواصل العمل حتى النهاية".'
    assert quote_rows(body) == [("سنواصل العمل حتى النهاية", "خالد العلي", "named", "", "")]
