"""Session 13 (branch royal13): a hostile tester's entity findings, each a kind.

Every expected value is worked out by hand from the names written in the test (the
conventions: DEVELOPING.md, "Session 13 (branch royal13)")."""

from __future__ import annotations

import pytest
from entity_stories import mention_rows, stories
from test_entities_linking11 import _titled  # titled(id): the ids given

from helpers.entities import entity_counts, extract_entities
from helpers.entities.aliases import corpus_lineages

# --- a royal chain written four ways across the stories of one outlet -------------------

_NAYEF = [
    "استقبل الأمير محمد بن نايف السفير الأمريكي.",
    "أكد محمد بن نايف بن عبدالعزيز أهمية الأمن.",
    "قال محمد بن نايف آل سعود إن الأمن مستتب.",
    "التقى محمد بن نايف بن عبدالعزيز آل سعود الوزير.",
    "وقال الأمير محمد بن نايف إن الأمن مستتب.",
]


def test_a_chain_between_a_titled_chain_and_its_longest_chain_is_that_man():
    st = stories(*_NAYEF)
    st["outlet"] = "spa"
    c = entity_counts(extract_entities(st), by="outlet", stories=st)
    p = c[c["type"] == "PERSON"]
    # one man: the titled chain (2 stories) is the head (most mentions), the other three
    # forms (1 story each) join it: 5 stories, 5 mentions
    assert list(zip(p["entity_id"], p["stories"], p["count"], strict=True)) == [
        ("rule:PERSON:محمد_بن_نايف", 5, 5)
    ]


def test_an_untitled_middle_chain_joins_only_with_a_titled_shorter_chain():
    # ids start rule: (found by rules; another id is a listed man)
    rows = [
        ("rule:a", "محمد بن نايف", 2),
        ("rule:b", "محمد بن نايف بن عبدالعزيز", 1),
        ("rule:c", "محمد بن نايف آل سعود", 1),
        ("rule:d", "محمد بن نايف بن عبدالعزيز آل سعود", 1),
    ]
    # a titled: a, b, c and d one man, named a (2 mentions)
    got = corpus_lineages(rows, _titled("rule:a"))
    assert got == {f"rule:{k}": ("rule:a", "محمد بن نايف") for k in "bcd"}
    # nothing titled: the gate stays shut, nothing joins
    assert corpus_lineages(rows, _titled()) == {}
    # a second longest chain (بن محمد) makes b's prefix a ambiguous: a joins nothing, so
    # neither does b (its own longest chain is one, but no titled chain below it leads there)
    rows2 = [*rows, ("rule:e", "محمد بن نايف بن محمد", 1)]
    assert corpus_lineages(rows2, _titled("rule:a")) == {}


# --- a reporting verb the lexicon reads whole with its conjunction (وأضافت) -------------


def test_a_ministry_named_by_its_domain_after_a_verb_written_with_wa():
    # وأضافت is a frequent word of its own, so its key keeps و: the ministry rule (a
    # domain right after a feminine reporting verb) missed it, while وأكدت worked
    for verb in ("وأضافت", "وأكدت", "وأشارت", "فأضافت"):
        m = extract_entities(
            stories(f"وقالت وزارة العمل إن البرنامج جديد. {verb} العمل أن البرنامج مستمر.")
        )
        got = list(zip(m["surface"], m["entity_id"], m["method"], strict=True))
        assert got == [
            ("وزارة العمل", "rule:ORG:وزاره_عمل", "rule"),
            ("العمل", "rule:ORG:وزاره_عمل", "alias"),
        ], verb


def test_reporting_keys_hold_the_verb_with_a_fused_conjunction_and_no_function_word():
    from helpers.entities.matcher import _reporting_keys

    keys = _reporting_keys()
    # أضاف / أضافت folded: alef with hamza → bare alef; و and ف fused in front
    assert {"اضاف", "اضافت", "واضاف", "واضافت", "فاضافت", "وشدد"} <= keys
    # بين "between" is a function word (a stopword), never a reporting verb, nor وبين
    assert "بين" not in keys and "وبين" not in keys


# --- a surname of عبد + ال said alone is the story's person, however it is spaced -----------


def test_a_titled_abd_surname_is_the_person_named_earlier_in_any_spacing():
    from entity_stories import person_rows

    want = "rule:PERSON:عيسى_عبدالمجيد"  # the full name's keys: عبد المجيد fused
    for full, short in [
        ("عيسى عبد المجيد", "عبد المجيد"),
        ("عيسى عبد المجيد", "عبدالمجيد"),
        ("عيسى عبدالمجيد", "عبد المجيد"),
    ]:
        body = f"قال {full} إن الوضع صعب. وأضاف المستشار {short} أن الحل قريب."
        assert person_rows(body, "entity_id") == [(full, want), (short, want)]


def test_a_one_word_name_still_agrees_in_the_article_with_a_surname():
    from entity_stories import person_rows

    # يوسف (no article) is not the surname اليوسف: the sheikh is named with his title
    body = "قال الدكتور عبدالعزيز اليوسف إن الوضع صعب. وأضاف الشيخ يوسف أن الحل قريب."
    assert person_rows(body, "entity_id") == [
        ("عبدالعزيز اليوسف", "rule:PERSON:عبدالعزيز_اليوسف"),
        ("يوسف", "rule:PERSON:شيخ_يوسف"),
    ]


# --- after a royal title, an everyday definite word is the verb's object ------------------


def test_an_everyday_definite_word_after_a_royal_first_name_is_no_surname():
    from entity_stories import person_rows

    # المشروع "the project" and الشباب "the youth" (Zipf 5 or more) are objects of the
    # verb: the royal is named by his first name, and the word is no alias either
    assert person_rows("أطلق الملك عبدالله المشروع.", "surface") == [("عبدالله", "عبدالله")]
    body = "ووعد الأمير فيصل الشباب بإيجاد ما يرضيهم. وقال إن الشباب هم المستقبل."
    assert person_rows(body, "surface") == [("فيصل", "فيصل")]
    # a family name the gazetteer lists (الفيصل) still closes the name
    assert person_rows("افتتح الأمير خالد الفيصل المعرض.", "surface") == [
        ("خالد الفيصل", "خالد الفيصل")
    ]


def test_a_verb_after_a_royal_first_name_ends_the_name():
    from entity_stories import person_rows

    # أطلق، رفض: everyday words the lexicon conjugates (أطلقوا، رفضت): the verb
    assert person_rows("وقال إن الملك عبدالله أطلق المشروع.", "surface") == [("عبدالله", "عبدالله")]
    assert person_rows("وكان الملك فاروق رفض العرض.", "entity_id") == [
        ("فاروق", "rule:PERSON:ملك_فاروق")
    ]


# --- a first name alone that may be two men of the story -----------------------------------


def test_a_bare_first_name_of_a_titled_man_and_of_a_full_name_is_neither():
    from entity_stories import person_rows

    # the king is named by his first name after الملك (the titled id), العتيبي in full;
    # the later bare عبدالله may be either: its own bare id
    body = "قال عبدالله العتيبي إن الملك عبدالله أطلق المشروع. وأضاف عبدالله أن المشروع مهم."
    assert person_rows(body, "entity_id") == [
        ("عبدالله العتيبي", "rule:PERSON:عبدالله_العتيبي"),
        ("عبدالله", "rule:PERSON:ملك_عبدالله"),
        # its story's own id: a bare first name says who only in its story (bare14)
        ("عبدالله", "rule:PERSON:عبدالله@s1"),
    ]
    # with the king alone, the bare name is his
    body = "أطلق الملك عبدالله المشروع. وقال عبدالله إن المشروع مهم."
    assert person_rows(body, "entity_id") == [
        ("عبدالله", "rule:PERSON:ملك_عبدالله"),
        ("عبدالله", "rule:PERSON:ملك_عبدالله"),
    ]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("كرم الأمير فيصل بن بندر المتفوقين.", "فيصل بن بندر"),
        ("هنأ الأمير سلطان بن سلمان الفائزين.", "سلطان بن سلمان"),
        ("استقبل الملك سلمان المهنئين.", "سلمان"),
        # a plural after بن is a father's name in the chain's own rule, not this one
        ("وصل الملك عبدالله الثاني بن الحسين إلى الرياض.", "عبدالله الثاني بن الحسين"),
    ],
)
def test_a_royal_name_takes_no_plural_noun_as_its_family_name(body, name):
    """A second hostile tester: after a royal title a definite sound plural (المتفوقين
    "the outstanding", المهنئين "the well-wishers") is the verb's object; the names were
    «فيصل بن بندر المتفوقين», «سلمان المهنئين»."""
    assert [s for s, _t in mention_rows((body,), "PERSON", ("surface", "type"))] == [name]
