"""A continuation verb (وأضاف، وتابع) with no subject goes on from the last speaker only
when nothing says somebody else speaks: a hostile tester's four stories (session 13),
each carried to «باراك أوباما» / «سمر بدوي» before. Unknown is the right value: the
new subject (نتنياهو، كلينتون، الجمهوريون) is not a quote speaker the rules resolve."""

from __future__ import annotations

import pytest
from test_real_corpus_runs_s10 import story_quotes

OBAMA = 'وقال الرئيس باراك أوباما: "الاتفاق جيد". '


@pytest.mark.parametrize(
    "rest",
    [
        # a new subject of a verb that is no reporting verb, then وتابع
        'في المقابل، انتقد رئيس الوزراء الإسرائيلي بنيامين نتنياهو الاتفاق بشدة. وتابع: "إنه خطأ".',
        # a woman named as a new subject (وردت), then a feminine verb
        'وردت عليه المرشحة هيلاري كلينتون بأن الاتفاق ناقص. وأضافت: "نحتاج المزيد".',
        # a plural verb goes on from no single person
        'وهاجم الجمهوريون الاتفاق. وأضافوا: "سنصوت ضده".',
    ],
)
def test_a_continuation_verb_is_not_carried_to_the_last_speaker(rest):
    q = story_quotes(OBAMA + rest)
    assert list(q["speaker"]) == ["باراك أوباما", ""]
    assert list(q["attribution"]) == ["named", "unknown"]


def test_a_masculine_continuation_does_not_go_on_from_a_woman():
    q = story_quotes('وقالت الناشطة سمر بدوي: "نطالب بالإفراج". وأضاف: "هذا حقنا".')
    assert list(q["speaker"]) == ["سمر بدوي", ""]


def test_the_last_speaker_goes_on_when_nobody_new_is_named():
    q = story_quotes(OBAMA + 'وأضاف: "سنمضي قدما".')
    assert list(zip(q["speaker"], q["attribution"], strict=True)) == [
        ("باراك أوباما", "named"),
        ("باراك أوباما", "carried"),
    ]


def test_a_name_after_a_preposition_is_no_new_subject():
    # القذافي is the object of على, not the subject of واعتاد (a story of 2015-07-21)
    q = story_quotes(
        OBAMA + 'واعتاد خصوم القبائل المحسوبة على نظام القذافي انتقاده. وأضاف: "سنمضي قدما".'
    )
    assert list(zip(q["speaker"], q["attribution"], strict=True)) == [
        ("باراك أوباما", "named"),
        ("باراك أوباما", "carried"),
    ]


JUBEIR = 'قال وزير الخارجية عادل الجبير: "نرفض التدخل". '


@pytest.mark.parametrize(
    "rest",
    [
        # the speaker by his surname is the subject, the new man the object
        "واستقبل الجبير السفير الأمريكي جون سميث. ",
        # two titles: the first is the subject (the speaker), the second the object
        "واستقبل الوزير نظيره الفرنسي لوران فابيوس. ",
        # a preposition, fused or alone, or another word before the name: no subject
        "وأشاد بجهود الأمير محمد بن سلمان. ",
        "ووجه الدعوة للرئيس الفرنسي فرانسوا هولاند. ",
        "وأمر بتشكيل لجنة يرأسها الأمير خالد الفيصل. ",
        # a list after a comma opens with the name itself; a participle clause
        "وشارك في الاجتماع وزير المالية، وخالد الفالح المستشار. ",
        "وأشار إلى الاتفاق، مذكرا بأن الملك عبدالعزيز أسس الدولة. ",
    ],
)
def test_a_person_named_as_an_object_leaves_the_carry(rest):
    """A second hostile tester's stories: each had lost a right carry to the first form
    of the new-subject rule (any person within seven words of a clause's verb)."""
    q = story_quotes(JUBEIR + rest + 'وأضاف: "العلاقات قوية".')
    assert list(zip(q["speaker"], q["attribution"], strict=True)) == [
        ("عادل الجبير", "named"),
        ("عادل الجبير", "carried"),
    ]


def test_particles_before_the_new_subjects_verb():
    # كما / ثم before the verb: the clause still opens with a verb and its subject
    for particle in ("كما", "ثم"):
        q = story_quotes(
            JUBEIR + f'{particle} انتقد الرئيس الإيراني حسن روحاني المملكة. وأضاف: "نرفض".'
        )
        assert list(q["attribution"]) == ["named", "unknown"], particle
