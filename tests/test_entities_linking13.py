"""Session 13 (branch linking13): one person, one id, from a newcomer's people tables.

Every expected value is worked out by hand from the names written in the test (the
conventions: DEVELOPING.md, "Session 13 (branch linking13)")."""

from __future__ import annotations

from entity_stories import stories
from test_entities_linking11 import _titled  # titled(id): the ids given

from helpers.entities import entity_counts, extract_entities
from helpers.entities.aliases import corpus_lineages


def _persons(body: str) -> list[tuple[str, str]]:
    m = extract_entities(stories(body))
    p = m[m["type"] == "PERSON"]
    return list(zip(p["surface"], p["canonical"], strict=True))


# --- «آل X» closing a name is the house: X alone is never this man -------------------------


def test_the_house_after_aal_is_no_surname_alias_of_a_listed_king():
    # King Salman's alias ends «آل سعود»; a bare سعود later (Saud al-Faisal, a son's name,
    # the house) was his alias: the house is no surname, so nothing is found there
    body = "استقبل الملك سلمان بن عبدالعزيز آل سعود الوفد. وقال إن سعود كان رجلا"
    assert _persons(body) == [("سلمان بن عبدالعزيز آل سعود", "سلمان بن عبدالعزيز")]


def test_the_house_after_aal_is_no_surname_alias_of_a_chain_or_a_family_name():
    # «يا سعود» after the chain of King Faisal addresses Saud al-Faisal, not King Faisal
    body = "توفي الأمير فيصل بن عبدالعزيز آل سعود. وداعا يا سعود"
    assert _persons(body) == [("فيصل بن عبدالعزيز آل سعود", "فيصل بن عبدالعزيز آل سعود")]
    # «آل الشيخ» said again is the man (the two-word tail, session 11), الشيخ alone is a
    # title (the sheikh), never his alias
    body = "وقال الدكتور صالح آل الشيخ إن الأمر مهم. وأكد آل الشيخ أن الشيخ"
    assert _persons(body) == [
        ("صالح آل الشيخ", "صالح آل الشيخ"),
        ("آل الشيخ", "صالح آل الشيخ"),
    ]


# --- one rule for "a royal title before this name" ----------------------------------------


def test_a_royal_title_is_a_listed_title_with_its_article_written():
    from helpers.entities.aliases import royal_title
    from helpers.entities.keys import surface_key

    # the key is the word's without the article: الأمير → امير (alef folded), الملك → ملك
    assert royal_title("الأمير") == surface_key("الأمير") == "امير"
    assert royal_title("الملك") == "ملك"
    # after a proclitic (و، ب) or ل + ال written لل
    assert royal_title("والأمير") == "امير"
    assert royal_title("بالملك") == "ملك"
    assert royal_title("للأمير") == "امير"
    assert royal_title("السلطان") == "سلطان"
    # without the article: a first name (سلطان، أمير) or a noun (ملك الأردن), no title
    assert royal_title("سلطان") is None
    assert royal_title("أمير") is None
    assert royal_title("ملك") is None
    # other titles are not royal: الوزير، الدكتور
    assert royal_title("الوزير") is None
    assert royal_title("الدكتور") is None


def test_the_story_rule_and_the_table_rule_read_a_title_the_same_way():
    from helpers.entities.aliases import _title_before, title_key
    from helpers.entities.gazetteer import load_gazetteer
    from helpers.entities.matcher import compile_gazetteer, read_raw_zone
    from helpers.text import raw_tokens

    text = "قال الأمير خالد وقال سلطان خالد وقال للأمير فهد"
    names = [text.index("خالد"), text.rindex("خالد"), text.index("فهد")]
    # the tables' rule reads the raw text before each name's offset: titled, not (سلطان
    # without the article is a first name), titled (ل + ال)
    assert [_title_before(text, at) for at in names] == [True, False, True]
    # the story's rule reads the zone's tokens: the same answers, with the title's key
    cg = compile_gazetteer(load_gazetteer())
    cols, analyse = raw_tokens([text])
    z = read_raw_zone("s1", "body", text, cols[0], analyse, {}, cg)
    at = {z.start[i]: i for i in range(len(z))}
    assert [title_key(z, at[n]) for n in names] == ["امير", None, "امير"]


# --- one chain, written with and without its house «آل X», across stories ----------------


def test_a_chain_closed_by_its_house_joins_the_longer_chain_of_that_house():
    # the newcomer's three ids of one crown prince: the short chain had two longest
    # extensions («... آل سعود» and «... بن عبدالعزيز آل سعود»), so it joined neither, and
    # «محمد بن نايف آل سعود» joined nothing. «آل سعود» is the house: the one longest chain
    # is محمد بن نايف بن عبدالعزيز آل سعود, and all four are one man, named by the id with
    # the most mentions (rule:c, 5)
    rows = [
        ("rule:a", "محمد بن نايف", 3),
        ("rule:b", "محمد بن نايف آل سعود", 1),
        ("rule:c", "محمد بن نايف بن عبدالعزيز", 5),
        ("rule:d", "محمد بن نايف بن عبدالعزيز آل سعود", 2),
    ]
    head = ("rule:c", "محمد بن نايف بن عبدالعزيز")
    titled = _titled("rule:a", "rule:b", "rule:c", "rule:d")
    assert corpus_lineages(rows, titled) == {"rule:a": head, "rule:b": head, "rule:d": head}


def test_a_chain_closed_by_its_house_is_not_a_longer_chain_without_one():
    # King Abdullah (عبدالله بن عبدالعزيز آل سعود) and Prince عبدالله بن عبدالعزيز بن مساعد:
    # the bare chain has two longest readings, the house form is not covered by the other
    # man's chain: nothing joins. Another house (آل ثاني) is another man too.
    rows = [
        ("rule:k", "عبدالله بن عبدالعزيز", 5),
        ("rule:s", "عبدالله بن عبدالعزيز آل سعود", 4),
        ("rule:m", "عبدالله بن عبدالعزيز بن مساعد", 1),
    ]
    assert corpus_lineages(rows, _titled("rule:k", "rule:s", "rule:m")) == {}
    rows = [("rule:x", "خالد بن حمد آل سعود", 1), ("rule:y", "خالد بن حمد بن خليفة آل ثاني", 1)]
    assert corpus_lineages(rows, _titled("rule:x", "rule:y")) == {}


def test_the_house_form_and_the_longest_chain_count_once_in_an_outlet():
    # 3alyoum, 2015-07-24: «حمدان بن محمد آل مكتوم» and «حمدان بن محمد بن راشد آل مكتوم» (the
    # crown prince of Dubai) were two rows of one outlet's people table
    st = stories(
        "واستقبل الشيخ حمدان بن محمد آل مكتوم الوفد في دبي أمس",
        "وأكد الشيخ حمدان بن محمد بن راشد آل مكتوم أن المشروع مهم",
    ).assign(outlet=["a", "a"])
    got = entity_counts(extract_entities(st), by="outlet", stories=st)
    got = got[got["type"] == "PERSON"]
    # one id, 2 stories; the tie of 1 mention each goes to the sorted first id
    assert list(zip(got["canonical"], got["stories"], strict=True)) == [
        ("حمدان بن محمد آل مكتوم", 2)
    ]


# --- a surname opening a quoted title after an event noun names no one of the story -------


def test_a_surname_opening_a_quoted_exhibition_title_is_no_alias():
    # almadina, alweeam, sabq, 3alyoum, 2015-07-21..27: the exhibition «الفيصل.. شاهد وشهيد»
    # (on King Faisal) counted as Khalid al-Faisal, who opens it. Every opening mark the
    # outlets wrote: " ( « “
    for opening, closing in ['""', "()", "«»", "“”"]:
        body = f"افتتح الأمير خالد الفيصل معرض {opening}الفيصل.. شاهد وشهيد{closing} في الطائف"
        assert _persons(body) == [("خالد الفيصل", "خالد الفيصل")], opening
    # the headline's «الفيصل يرعى ...» (no event noun, no quote) is still the prince
    body = "الفيصل يرعى افتتاح شاهد وشهيد. وافتتح الأمير خالد الفيصل المعرض"
    assert _persons(body) == [("الفيصل", "خالد الفيصل"), ("خالد الفيصل", "خالد الفيصل")]


# --- a bare first name after a royal title is named with it -------------------------------


def test_a_bare_first_name_after_a_royal_title_is_not_a_bare_first_name_elsewhere():
    # «عبدالعزيز» alone was one id in every story: the founder (الملك عبدالعزيز) and a
    # lecturer (الدكتور عبدالعزيز) in one row of a people table
    m = extract_entities(
        stories(
            "وقال إن الملك عبدالعزيز وحد البلاد",
            "وقال الدكتور عبدالعزيز إن الدراسة مهمة",
            "وأكد للأمير نايف أن الأمن مستتب",
        )
    )
    p = m[m["type"] == "PERSON"]
    assert list(zip(p["surface"], p["entity_id"], p["canonical"], strict=True)) == [
        ("عبدالعزيز", "rule:PERSON:ملك_عبدالعزيز", "الملك عبدالعزيز"),
        # untitled, linked to no full name: its story's own id (session 14, bare14)
        ("عبدالعزيز", "rule:PERSON:عبدالعزيز@s2", "عبدالعزيز"),
        # the title as written without its proclitic (للأمير → الأمير); the id its key
        ("نايف", "rule:PERSON:امير_نايف", "الأمير نايف"),
    ]


def test_a_titled_first_name_said_again_bare_in_its_story_stays_one_man():
    # the bare عبدالعزيز after «الملك عبدالعزيز» in one story is the king (one id)
    m = extract_entities(
        stories("وكان الملك عبدالعزيز رحمه الله قد وحد البلاد. وقال عبدالعزيز إن الوحدة قوة")
    )
    p = m[m["type"] == "PERSON"]
    assert set(p["entity_id"]) == {"rule:PERSON:ملك_عبدالعزيز"}
    # a first name linked to the story's full name keeps that man's id (خالد الفيصل)
    body = "استقبل الأمير خالد الفيصل الوفد. وقال الأمير خالد إن"
    assert _persons(body) == [("خالد الفيصل", "خالد الفيصل"), ("خالد", "خالد الفيصل")]


def test_a_titled_name_inside_a_quoted_exhibition_title_is_no_mention():
    # the other spelling of the same title: «معرض (الملك فيصل .. شاهد وشهيد)»; a name
    # inside the name of an event is not annotated, with or without the quotation marks
    # (rules.in_event_name reads past the opening marks: rules.after_opening_marks)
    for opening, closing in ['""', "()", "«»", "“”"]:
        body = f"حفل افتتاح معرض {opening}الملك فيصل .. شاهد وشهيد{closing} في متنزه الردف"
        assert _persons(body) == [], opening
    # without an event noun before the marks the king stays: قال "الملك فيصل ..."
    assert _persons('وقال الكاتب: "الملك فيصل كان قائدا"') == [("فيصل", "الملك فيصل")]
