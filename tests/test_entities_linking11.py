"""Session 11 (branch linking11): one man, one entity across stories.

Every expected value is worked out by hand from the names written in the test (the
conventions: DEVELOPING.md, "Session 11 (branch linking11)")."""

from __future__ import annotations

from entity_stories import spans, stories

from helpers.entities import entity_counts, extract_entities
from helpers.entities.aliases import corpus_lineages


def _titled(*ids):
    return lambda rid: rid in ids


# --- one patronymic chain, shorter and longer -------------------------------------------------


def test_a_chain_joins_the_one_longest_chain_that_extends_it():
    rows = [
        ("rule:a", "محمد بن نايف", 35),
        ("rule:b", "محمد بن نايف بن عبدالعزيز", 56),
        ("rule:c", "محمد بن نايف بن عبد العزيز آل سعود", 18),
    ]
    # a and b are extended only by names that are prefixes of c (b: c; a: b and c): one
    # group of three, named by the id with most mentions (b, 56)
    want = {
        "rule:a": ("rule:b", "محمد بن نايف بن عبدالعزيز"),
        "rule:c": ("rule:b", "محمد بن نايف بن عبدالعزيز"),
    }
    assert corpus_lineages(rows, _titled("rule:a", "rule:b", "rule:c")) == want
    # the same rows in another order: the same mapping
    assert corpus_lineages(rows[::-1], _titled("rule:a", "rule:b", "rule:c")) == want


def test_a_chain_with_two_longest_extensions_joins_neither():
    rows = [
        ("rule:a", "فهد بن عبدالله", 4),
        ("rule:b", "فهد بن عبدالله بن محمد", 2),
        ("rule:c", "فهد بن عبدالله بن عبدالعزيز", 3),
    ]
    # b and c both extend a and neither extends the other: a may be either man
    assert corpus_lineages(rows, _titled("rule:a", "rule:b", "rule:c")) == {}


def test_a_chain_with_a_link_left_out_or_a_family_name_without_aal_is_another_man():
    titled = _titled("person:mohammed-bin-salman", "rule:s", "rule:k")
    rows = [
        ("person:mohammed-bin-salman", "محمد بن سلمان", 9),
        ("rule:s", "محمد بن سعود", 2),
        ("rule:l", "محمد بن سلمان آل سعود", 1),
        # King Abdullah and the minister عبدالله بن عبدالعزيز الربيعة
        ("rule:k", "عبدالله بن عبدالعزيز", 5),
        ("rule:r", "عبدالله بن عبدالعزيز الربيعة", 2),
    ]
    # محمد بن سلمان + آل سعود is one man (the gazetteer id names him); محمد بن سعود leaves
    # the link سلمان out (not a prefix); الربيعة is a family name without آل
    assert corpus_lineages(rows, titled) == {
        "rule:l": ("person:mohammed-bin-salman", "محمد بن سلمان"),
    }


def test_an_untitled_chain_does_not_join_and_two_listed_men_stay_apart():
    rows = [("rule:a", "فهد بن عبدالله", 1), ("rule:b", "فهد بن عبدالله بن محمد آل سعود", 1)]
    # the short chain is never written after a royal title: a commoner's name cut
    # before its family name (الدكتور فهد بن عبدالله تونسي)
    assert corpus_lineages(rows, _titled("rule:b")) == {}
    rows = [("person:x", "سعود بن فيصل", 1), ("person:y", "سعود بن فيصل بن عبدالعزيز", 1)]
    assert corpus_lineages(rows, _titled("person:x", "person:y")) == {}


def test_grouped_counts_count_a_prince_once_and_a_commoner_apart():
    st = stories(
        "واستقبل الأمير محمد بن نايف وزير الخارجية في جدة أمس",
        "وأكد الأمير محمد بن نايف بن عبدالعزيز أن الأمن مستتب",
        "وأعفى الأمر الأمير فهد بن عبدالله بن محمد آل سعود من منصبه",
        "وعين الدكتور فهد بن عبدالله مستشارا في الديوان",
    ).assign(outlet=["a", "b", "a", "b"])
    m = extract_entities(st)
    persons = m[m["type"] == "PERSON"]
    # each story keeps its own id in the mentions table
    assert sorted(persons["canonical"]) == [
        "فهد بن عبدالله",
        "فهد بن عبدالله بن محمد آل سعود",
        "محمد بن نايف",
        "محمد بن نايف بن عبدالعزيز",
    ]
    got = entity_counts(m, by="outlet", stories=st)
    got = got[got["type"] == "PERSON"]
    # محمد بن نايف: one entity in both outlets (1 mention each; the tie is broken by the
    # sorted id: rule:PERSON:محمد_بن_نايف); the two فهد بن عبدالله stay two
    rows = sorted(zip(got["outlet"], got["canonical"], got["stories"], strict=True))
    assert rows == [
        ("a", "فهد بن عبدالله بن محمد آل سعود", 1),
        ("a", "محمد بن نايف", 1),
        ("b", "فهد بن عبدالله", 1),
        ("b", "محمد بن نايف", 1),
    ]
    prince = got[got["canonical"] == "محمد بن نايف"]["entity_id"]
    assert prince.nunique() == 1


# --- a run-on after a بن-chain ----------------------------------------------------------------


def test_an_ordinary_word_after_a_chain_is_no_family_name():
    # برقيتي: the dual of برقية "telegram" in construct (البرقية, Zipf 3.31 >= 3.0);
    # والى: و + the preposition إلى written whole
    assert spans("والأمير محمد بن نايف برقيتي تهنئة لحاكم عام جامايكا") == [
        ("محمد بن نايف", "PERSON"),
        ("جامايكا", "LOC"),
    ]
    assert spans("الأمير محمد بن سلمان بن عبدالعزيز والى كافة الشعب") == [
        ("محمد بن سلمان بن عبدالعزيز", "PERSON"),
    ]
    # a family name no Arabic word reads as still closes the chain
    assert spans("وقال سعيد بن محمد مخايش إن") == [("سعيد بن محمد مخايش", "PERSON")]


# --- a king's name inside the name of a body, a place or an award -----------------------------


def test_a_titled_name_after_a_place_head_spelled_mutanazzah_is_the_place():
    # متنزه is the everyday spelling of منتزه (a park): the place, no person inside
    assert spans("زار الوفد متنزه الملك عبدالعزيز في الباحة") == [
        ("متنزه الملك عبدالعزيز", "LOC"),
        ("الباحة", "LOC"),
    ]


def test_a_titled_name_after_the_dual_of_a_head_is_the_body():
    # جامعتي "the two universities of": the dual in construct of جامعة
    assert spans("تم افتتاح جامعتي الملك فيصل بالدمام") == [
        ("جامعتي الملك فيصل", "ORG"),
        ("الدمام", "LOC"),
    ]


def test_a_titled_name_after_a_head_in_a_field_phrase_is_part_of_the_body():
    assert spans("أعلنت المديرية العامة لكلية الملك فهد الأمنية عن نتائج القبول") == [
        ("المديرية العامة لكلية الملك فهد", "ORG"),
    ]
    # a field noun that is no head (لرعاية) takes no titled name after its chain
    assert spans("وقدمت الجمعية الخيرية لرعاية الأيتام الملك سلمان") == [
        ("الجمعية الخيرية لرعاية الأيتام", "ORG"),
        ("سلمان", "PERSON"),
    ]


def test_a_titled_name_inside_an_award_or_initiative_is_not_annotated():
    # event_words.tsv, role titled: the name of an award or a programme, nothing inside
    assert spans("منح الرئيس وسام الملك عبد العزيز للسفير") == []
    assert spans("تم تسليم قلادة الملك عبدالعزيز للرئيس") == []
    assert spans("وأكد أن مبادرة الملك عبدالله هي الأساس") == []
    # without a title the noun opens no name: a place after it stays
    assert spans("وتسلم منحة السعودية للطلاب اليمنيين") == [
        ("السعودية", "LOC"),
        ("اليمنيين", "NORP"),
    ]
    # the king said alone after his title is a person
    assert spans("وقال الملك عبدالله إن الأمن مستتب") == [("عبدالله", "PERSON")]


def test_a_place_head_before_a_purpose_phrase_names_no_place():
    # ل + a definite noun right after the head: "a park for families", no name
    assert spans("فهي تحتوي على مساحة ترفيهية كبيرة ومتنزه للأسر والمصطافين") == []
    assert spans("وافتتح مدينة للألعاب") == []
    # a facility's adjective closes the park's name (FACILITY_HEADS)
    assert spans("ردت لأملاك الدولة متنزه جدة الوطني، وكذلك") == [("متنزه جدة الوطني", "LOC")]


def test_the_aal_family_closing_a_chain_is_no_short_form_of_the_man():
    # آل سعود after a removed project name is the house, not فهد بن عبدالعزيز آل سعود
    body = (
        "وحضر الأمير فهد بن عبدالعزيز آل سعود الحفل. وفيما يتعلق بمشروع الملك عبدالله "
        "بن عبدالعزيز آل سعود لرفع الطاقة"
    )
    assert spans(body) == [("فهد بن عبدالعزيز آل سعود", "PERSON")]
    # a name without بن keeps آل + family as its short form
    body = "وقال رئيس النادي هذيل آل شرمه إن الفريق جاهز. وأكد آل شرمه أن"
    assert spans(body) == [("هذيل آل شرمه", "PERSON"), ("آل شرمه", "PERSON")]
