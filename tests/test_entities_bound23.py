"""Entity span boundaries, session 23 (branch bound23): a name never runs on into the
verb after it.

Kind: a future verb (the prefix س + an imperfect verb, written as one word) right after
a name was read as the name's last part: «عباس سيتوجه للجنائية الدولية» (2015-07-31,
3alyoum and alweeam), «الرئيس أوباما سيضطر لاستخدام حق الفيتو» (2015-07-22, aawsat).
The text layer reads س + يتوجه, but the entity matcher keeps a word the lexicon
attests whole (the future is always written as one word), so no proclitic stopped the
name. Every expected span and type below was read off its sentence by hand (the gold
conventions of tests/data/heldout/README.md: a person's name without title; للX gives
لX; a later short form of a name is a mention).
"""

from __future__ import annotations

import pytest
from entity_stories import mention_rows

from helpers.text.clitics import CliticSplitter, future_verb


def found(body: str) -> list[tuple[str, str]]:
    """(surface, type) of every mention of one story, in text order."""
    return mention_rows((body,), None, ("surface", "type"))


@pytest.mark.parametrize("word", ["سيتوجه", "سيضطر", "ستقوم", "سيكون", "سنعمل", "سيزوره"])
def test_future_verbs(word):
    # س + ي/ت/ن + a stem that conjugates with ي and ت (يتوجه/تتوجه, يضطر/تضطر)
    assert future_verb(word)


@pytest.mark.parametrize(
    "word",
    # names in سي/ست/سن: no verb stem (سيلفا's لفا would pass as لف without the
    # frequency test: يلفا is unattested), سا is never asked (ساجده), too short (سيف)
    ["سيلفا", "ستيفنز", "سنودن", "سيميوني", "سينيرلي", "ساجده", "سيف", "سالم", "سيبي"],
)
def test_names_are_no_future_verbs(word):
    assert not future_verb(word)


def test_the_splitter_reads_the_same_future_prefix():
    # the test moved to clitics.imperfect_stem is the splitter's own (one definition)
    s = CliticSplitter()
    assert s.split("سيتوجه") == ("س", "يتوجه")
    assert s.split("سيلفا") == ("", "سيلفا")


def test_a_first_name_stops_before_a_future_verb():
    # 2015-07-31: the name is عباس, a short form of محمود عباس named before it
    body = (
        "قال الرئيس الفلسطيني محمود عباس أمس إن القرار نهائي. "
        "وأضاف المتحدث أن عباس سيتوجه للجنائية الدولية."
    )
    assert found(body) == [
        ("الفلسطيني", "NORP"),
        ("محمود عباس", "PERSON"),
        ("عباس", "PERSON"),
        ("لجنائية الدولية", "ORG"),
    ]
    # alone, a first name of no context is no mention, and no name runs on
    assert found("وقال عباس سيتوجه للجنائية الدولية ردا على الجريمة.") == [
        ("لجنائية الدولية", "ORG")
    ]


def test_a_name_after_a_title_stops_before_a_future_verb():
    # 2015-07-22, aawsat
    assert found("وقال تلفزيون فوكس إن الرئيس أوباما سيضطر لاستخدام حق الفيتو.") == [
        ("أوباما", "PERSON")
    ]


def test_surnames_in_si_stay():
    assert found("وقال محمد سيلفا إن الفريق جاهز.") == [("محمد سيلفا", "PERSON")]
    assert found("وأكد خالد سندي أن الحفل ناجح.") == [("خالد سندي", "PERSON")]
    assert found("وقال المدرب دييغو سيميوني إن الفريق جاهز.") == [("دييغو سيميوني", "PERSON")]
    # 2015-08-02: سيبي (Seppi) has a two-letter stem, يبي "he wants" in Gulf spelling
    assert found("وفاز الإيطالي أندرياس سيبي الرابع في الدور الأول.") == [
        ("الإيطالي", "NORP"),
        ("أندرياس سيبي", "PERSON"),
    ]


# --- a body's official name keeps the ل-phrase of its field ------------------------
# Kind: the field noun was missing from data/org_fields.txt, so the span stopped at the
# name: مركز الملك سلمان | للأعمال الإغاثية (aawsat), شركة البحرين | للتسهيلات التجارية
# (aawsat), وكالة ... | للأنباء (alweeam; 2015-07-27 وكالة دوغان), مركز الملك عبدالعزيز
# ورجاله | للموهبة والإبداع (3alyoum). The convention: a prepositional phrase that is
# part of the official name stays in.


def test_a_relief_centre_keeps_its_field():
    body = "وأوضح المتحدث باسم مركز الملك سلمان للأعمال الإغاثية والإنسانية أن المركز بدأ."
    assert found(body) == [("مركز الملك سلمان للأعمال الإغاثية والإنسانية", "ORG")]


def test_a_company_keeps_its_field():
    body = "تلاه سعر سهم شركة البحرين للتسهيلات التجارية بواقع 1.38 في المائة."
    assert found(body) == [("شركة البحرين للتسهيلات التجارية", "ORG")]
    # a foreign company described by its field: the description is no part of the name
    body = "وقالت شركة نوفارتيس للمستحضرات الدوائية إن العقار جديد."
    assert found(body) == [("شركة نوفارتيس", "ORG")]


def test_an_institute_keeps_its_field():
    # 2015-08-03, aawsat; 2015-07-24, 3alyoum
    body = "وهو أستاذ إدارة دولية لدى معهد ماساتشوستس للتكنولوجيا. ويقول إن السوق تغير."
    assert found(body) == [("معهد ماساتشوستس للتكنولوجيا", "ORG")]


def test_a_news_agency_keeps_its_field():
    body = "وقالت وكالة دوغان للأنباء إن الطائرات قصفت أهدافا."
    assert found(body) == [("وكالة دوغان للأنباء", "ORG")]


def test_a_foundation_keeps_its_field():
    body = "بالتعاون مع مركز الملك عبدالعزيز ورجاله للموهبة والإبداع، والذي يستمر شهرا."
    assert found(body) == [("مركز الملك عبدالعزيز ورجاله للموهبة والإبداع", "ORG")]


def test_a_ministry_takes_no_field_phrase():
    # after a ministry a ل-phrase is its purpose or object, not part of its name
    assert found("وقدمت وزارة الصحة للأعمال الخيرية دعما.") == [("وزارة الصحة", "ORG")]
