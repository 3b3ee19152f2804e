"""Session 11: what a newcomer's real week found after the merges (the lead's tests).

quotes11's ``_alias_holder`` passed a speaker phrase's first word with its comma
(«سألتها،») to the one-word title lookup, whose ArgumentError stopped the main job on an
aawsat interview of 2015-07-21 («... معهم؟ سألتها، فردّت: «...»»); the job's log said
nothing more, because an ArgumentError is a KhabarError and only other errors got their
traceback. The slow test of ``test_real_corpus_runs_s10`` runs every story of the corpus;
these are the unit cases of the kind.
"""

from __future__ import annotations

import pandas as pd
import pytest
from quote_cases import speaker_cols, story_quotes

from helpers.errors import ArgumentError, CorpusFormatError, in_story, is_defect


def test_a_headline_name_is_one_run_of_words():
    """«سألتها، فردّت: «...»» is two clauses (I asked her, and she answered), no name
    before a colon: the speaker is unknown, no subject; a comma inside the words before
    the colon ends the headline reading (لافروف: «...» keeps it)."""
    q = story_quotes(
        "وعينك على من من المخرجين العرب لتتعاوني معهم؟ سألتها، فردّت: «تشهد الساحة الفنية "
        "العربية حاليا وجود مواهب عدة في مجال الإخراج»."
    )
    assert list(q["text"]) == ["تشهد الساحة الفنية العربية حاليا وجود مواهب عدة في مجال الإخراج"]
    assert list(q["speaker_id"]) == [""]
    assert list(q["unknown_reason"]) == ["no_subject"]


def test_a_style_then_a_question_keeps_the_king():
    """The style's short form names the king the story names (quotes11's rule), and a
    question with a comma after it («ثم سألته، فقال:») carries him on."""
    q = story_quotes(
        "وقال خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز: «نحن بخير». ثم سألته، فقال: "
        "«شكرا للجميع على الحضور»."
    )
    assert speaker_cols(q, with_id=True) == [
        ("سلمان بن عبدالعزيز", "person:king-salman", "named", "", ""),
        ("سلمان بن عبدالعزيز", "person:king-salman", "carried", "", ""),
    ]


def test_an_argument_error_inside_a_story_is_a_defect_with_its_story():
    """An ArgumentError raised while a story is read is khabar refusing what khabar passed
    itself: it gains the story's note and counts as a defect (its traceback goes to the
    job's log); bad input (a CorpusFormatError) passes unchanged and is no defect."""
    with pytest.raises(ArgumentError) as got, in_story("s7", "body"):
        raise ArgumentError("x is not one token")
    assert got.value.__notes__ == ["while reading story s7, zone body"]
    assert is_defect(got.value)
    with pytest.raises(CorpusFormatError) as bad, in_story("s7"):
        raise CorpusFormatError("bad")
    assert not is_defect(bad.value)
    assert is_defect(IndexError("list index out of range"))
    assert not is_defect(ArgumentError("a user's bad argument, outside any story"))


def test_job_command_refuses_options_given_as_one_string():
    """A hostile tester's «options='--jobs'» became the arguments '-', '-', 'j', 'o'...:
    a string is refused with the list it should have been; a list passes unchanged."""
    from helpers.__main__ import job_command

    with pytest.raises(ArgumentError, match=r"\['--jobs'\]"):
        job_command("out", options="--jobs")
    assert job_command("out", options=["--jobs", "2"])[-2:] == ["--jobs", "2"]


def test_formulas_left_out_of_one_ungrouped_table_rank_the_rest_together():
    """A table without a group column (term_frequencies(..., by=None)) was ranked by its
    first column, ``term``, so every row got rank 1 (a hostile tester): the kept rows are
    ranked together, 1, 2, 2 by count (ties share the best rank)."""
    import pandas as pd

    from helpers.sections import without_formulas

    rows = [("خادم حرمين", 9), ("ملك سلمان", 5), ("مجلس وزراء", 4), ("ولي عهد", 4)]
    t = pd.DataFrame(rows, columns=["term", "count"]).assign(n=2, rank=[1, 2, 3, 3])
    out = without_formulas(t)
    assert list(zip(out["term"], out["rank"], strict=True)) == [
        ("ملك سلمان", 1),
        ("مجلس وزراء", 2),
        ("ولي عهد", 2),
    ]


def test_the_language_data_behind_rules_is_read_once():
    """A merge left ``rules.event_keys`` without its cache (the decorator landed on the
    new ``titled_event_keys`` twice): the event words were read and keyed again for every
    candidate, 40 % more entity CPU on the benchmark. Every zero-argument reader of
    language data in the modules of ``rules`` returns the same object on a second call."""
    import importlib
    import inspect
    import pkgutil

    from helpers.entities import rules

    modules = [
        importlib.import_module(f"{rules.__name__}.{m.name}")
        for m in pkgutil.iter_modules(rules.__path__)
    ]
    readers = [
        f
        for module in modules
        for name, f in vars(module).items()
        if inspect.isfunction(inspect.unwrap(f))
        and inspect.unwrap(f).__module__ == module.__name__
        and not inspect.signature(inspect.unwrap(f)).parameters
        and name.endswith(("_keys", "_words", "_names"))
    ]
    assert rules.event_keys in readers and rules.titled_event_keys in readers
    assert rules.lexicons._noun_names in readers
    for f in readers:
        assert f() is f(), f.__name__


def test_a_prince_named_with_his_family_name_is_no_late_king():
    """ebd32fa listed the late kings (الملك فهد، الملك خالد… as aliases); a third newcomer
    then found «الأمير خالد آل سعود» (a living prince, 2015-07-24, 3alyoum) counted as
    King Khalid with 6 quotes: a rule name of first name + «آل سعود» links to a listed
    man with that first and family name. The rows were withdrawn: the prince is a rule
    name of his own, and a bare «فهد» after الملك is one too, named with his title
    since session 13 (aliases._titled_id)."""
    from entity_stories import mention_rows

    body = "هاجم الأمير خالد آل سعود الكاتب المصري. وفي عهد الملك فهد رحمه الله."
    assert mention_rows((body,), "PERSON", ("surface", "entity_id")) == [
        ("خالد آل سعود", "rule:PERSON:خالد_ال_سعود"),
        ("فهد", "rule:PERSON:ملك_فهد"),
    ]


def _two_outlets(a: str, b: str) -> pd.DataFrame:
    """Stories ``a`` (outlet x) and ``b`` (outlet y), empty titles: a corpus of two
    groups for the counts by outlet."""
    return pd.DataFrame(
        {"story_id": ["a", "b"], "title": ["", ""], "outlet": ["x", "y"], "body": [a, b]}
    )


def test_a_living_namesake_with_more_fathers_is_not_the_listed_king():
    """A second hostile tester: once King Fahd was listed (فهد بن عبدالعزيز), Taif's
    governor «فهد بن عبدالعزيز بن معمر» of another outlet joined him in the counts by
    outlet (aliases.corpus_lineages: a longer chain extends a shorter one). A listed
    man's name is whole as the gazetteer gives it: only «آل X» may follow. The late kings
    are no longer listed (see below), so the case is shown with King Salman."""
    from helpers.entities import entity_counts, extract_entities

    stories = _two_outlets(
        "قال الملك سلمان بن عبدالعزيز إن البلاد بخير.",
        "وكان في استقبال سموه محافظ الطائف سلمان بن عبدالعزيز بن معمر.",
    )
    c = entity_counts(extract_entities(stories), by="outlet", stories=stories)
    people = c[c["type"] == "PERSON"]
    assert list(zip(people["outlet"], people["entity_id"], strict=True)) == [
        ("x", "person:king-salman"),
        ("y", "rule:PERSON:سلمان_بن_عبدالعزيز_بن_معمر"),
    ]


def test_a_regnal_number_is_no_short_form():
    """«النائب الثاني» (the second deputy) was the alias of عبد الله الثاني in stories
    that name Jordan's king (aawsat, alwatan): an ordinal names nobody alone."""
    from entity_stories import mention_rows

    body = (
        "تلقى ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء الأمير محمد بن سلمان "
        "اتصالا هاتفيا من الملك عبدالله الثاني ملك الأردن."
    )
    assert [r for r in mention_rows((body,), "PERSON", ("surface", "entity_id"))] == [
        ("محمد بن سلمان", "person:mohammed-bin-salman"),
        ("عبدالله الثاني", "person:king-abdullah-ii"),
    ]


def test_grouped_counts_without_the_text_join_a_lineage_as_with_it():
    """The corpus tables keep no story text, so the royal-title gate of
    ``aliases.corpus_lineages`` never opened there: CI's real-cluster test found one row
    more by outlet than the single-process path (1,554 against 1,553). The title marks
    are read where the text is (``aliases.titled_marks``, per cluster piece) and given to
    ``entity_counts``: the same table as with the text."""
    from helpers.entities import entity_counts, extract_entities
    from helpers.entities.aliases import titled_marks

    stories = _two_outlets(
        "وقال الأمير محمد بن نايف إن الأمن مستتب.",
        "ووصل محمد بن نايف بن عبدالعزيز إلى جدة.",
    )
    m = extract_entities(stories)
    with_text = entity_counts(m, by="outlet", stories=stories)
    no_text = stories[["story_id", "outlet"]]
    marks = titled_marks(m[m["type"] == "PERSON"], stories)
    assert marks == {("a", "body", 12)}  # «وقال الأمير » is 12 characters: محمد at 12
    pd.testing.assert_frame_equal(
        entity_counts(m, by="outlet", stories=no_text, titled_marks=marks), with_text
    )
    # the two chains are one man (the longer, the shorter's only extension)
    people = with_text[with_text["type"] == "PERSON"]
    assert people["entity_id"].nunique() == 1
    # without the marks and the text, the gate stays shut: two men
    apart = entity_counts(m, by="outlet", stories=no_text)
    assert apart[apart["type"] == "PERSON"]["entity_id"].nunique() == 2
